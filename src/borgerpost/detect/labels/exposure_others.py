"""Whether an attack's sentence turns to other people than the named staff member
("resten af jer", "kollegerne", "de andre"): read by ``exposure._linked``, which then does
not tie the attack to the name. Kept apart (probe round 401) to keep ``exposure`` short.
"""

from __future__ import annotations

from collections.abc import Sequence

from borgerpost.detect.staff_words import THIRD_SINGULAR

WE = frozenset(("vi", "os"))
NOBODY = frozenset(("ingen", "nogen"))  # "ingen andre", "nogen andre": nobody else
PUBLIC = [[w] for w in ("folk", "folks", "mennesker", "menneskers", "borgere", "borgeres")]
OTHERS = frozenset("resten andre kolleger kollegerne kollegaer kollegaerne kollega".split())  # noqa: SIM905
AMONG = frozenset(("blandt", "mellem", "ligesom", "sammen"))  # "han, ligesom de andre"
# probe round 401 (oth): "resten af sit liv", "resten af dagen", "resten af hendes karriere":
# the rest of a stretch of time, no other people ("Hun skal ikke regne med at gå trygt
# resten af sit liv"); "resten af hans kolleger", "resten af jer" are others
OWN_FOR = frozenset("sit sin sine hans hendes dit din dine deres jeres".split())  # noqa: SIM905
SPANS_OF_TIME = frozenset(
    "liv livet dage dagene dag dagen tid tiden uge ugen år året måned måneden karriere "  # noqa: SIM905
    "karrieren weekend weekenden aften aftenen nat natten morgen morgenen arbejdsliv "
    "arbejdslivet levetid levetiden vagt vagten".split()
)


def turns_to_others(words: Sequence[str]) -> bool:
    """A word of ``words`` (an attack's sentence, lower case) names other people than the
    one attacked: colleagues, "resten", "andre" — not "vi andre", "ingen andre", "hvem
    andre", "andre end X", "andre folks penge", "blandt de andre" said of him or her
    (probe rounds 235-323), nor "resten af sit liv" (round 401)."""
    return any(
        w in OTHERS
        and not (w == "andre" and k > 0 and words[k - 1] in WE | NOBODY | {"hvem"})
        and not (w == "andre" and words[k + 1 : k + 2] == ["end"])
        and not (w == "andre" and words[k + 1 : k + 2] in PUBLIC)
        and not (w == "andre" and not AMONG.isdisjoint(words[max(k - 4, 0) : k])
                 and not THIRD_SINGULAR.isdisjoint(words[:k]))
        and not (w == "resten" and _rest_of_time(words[k + 1 : k + 4]))
        and not _joined_with(words, k)
        for k, w in enumerate(words)
    )  # fmt: skip


def _joined_with(words: Sequence[str], k: int) -> bool:
    """probe round 417: the others joined to the one named ("han og hans kollegaer er en flok
    svin", "hun og de andre"): the attack is on him or her too."""
    before = words[max(k - 3, 0) : k]
    return any(
        w in THIRD_SINGULAR and before[j + 1 : j + 2] == ["og"] for j, w in enumerate(before)
    )


def _rest_of_time(after: Sequence[str]) -> bool:
    """ "af sit liv", "af dagen", "af hendes karriere": the rest of a span of time."""
    if not after or after[0] != "af":
        return False
    rest = list(after[1:])
    if rest and rest[0] in OWN_FOR:
        rest = rest[1:]
    return bool(rest) and rest[0] in SPANS_OF_TIME
