"""The words between a copula and an insult word that still leave the person called it:
an oath or a hedge ("du er sgu en klovn", "hun er vist en heks"), a floated quantifier ("I er
alle sammen nogle svin"), a partitive or a softener ("en af de største svin", "lidt af en
klovn") and a superlative ("det værste pak"). ``insult_frames`` reads the rest of the frame.
"""

from __future__ import annotations

from collections.abc import Sequence

# probe round 25: a mild oath right after the copula swears at the noun ("du er sgu en
# klovn", "I er fandme nogle klovne", "hun er simpelthen en ko"); the softening "da bare"
# ("han er da bare en klovn") and "ikke" are no such thing
PARTICLES = frozenset(
    "sgu sku fandme fanme fandeme fandenme satme sateme satans kraftedeme kraftme "  # noqa: SIM905
    # stop 37: a hedge says it all the same ("X er vist en klovn", "hun er nok en heks")
    "simpelthen vist vistnok nok "
    # probe round 433: "bare" says it too ("du er bare det værste svin", "han er bare en ko")
    "bare".split()
)
# probe round 255: two-word hedges and oaths after the copula say it all the same ("hun er
# godt nok en ko", "han er ærlig talt et stykke lort")
PARTICLE_PAIRS = (("godt", "nok"), ("ærlig", "talt"), ("da", "bare"), ("jo", "bare"))


# probe round 82: a quantifier floated after the copula ("I er alle sammen nogle svin", "de
# er begge to nogle køer", "I er allesammen svin"): the group named, then the word
FLOATED = (("alle", "sammen"), ("begge", "to"), ("allesammen",), ("alle",), ("begge",))


def _after_quantifier(between: list[str]) -> list[str]:
    """``between`` without a floated quantifier at its start (and a particle after it:
    "I er alle sammen sgu nogle svin"); unchanged when none opens it or nothing follows."""
    for quantifier in FLOATED:
        n = len(quantifier)
        if len(between) > n and tuple(between[:n]) == quantifier:
            rest = between[n:]
            while len(rest) > 1 and rest[0] in PARTICLES:
                rest = rest[1:]
            return rest
    return between


# round 169: a partitive before a superlative ("I er noget af det værste pak", "han er en af
# de største svin", "de er nogle af de værste rotter"): the person ranked among the worst of
# the word's kind, as "det værste pak" alone
PARTITIVES = frozenset(("noget", "en", "et", "nogle", "én", "ét"))
_SOFTENERS = frozenset(("lidt", "noget"))  # "lidt af en klovn" (stop 37)


def _after_partitive(between: list[str]) -> list[str]:
    """``between`` without "noget af"/"en af"/"nogle af" where a superlative follows it, and
    without a softening "lidt af"/"noget af" before an article (stop 37: "X er lidt af en
    klovn" calls X a clown all the same)."""
    partitive = len(between) > 3 and between[0] in PARTITIVES and between[1] == "af"
    if partitive and _superlative(between[2:]):
        return between[2:]
    softened = len(between) >= 3 and between[0] in _SOFTENERS and between[1] == "af"
    if softened and between[2] in ("en", "et"):
        return between[2:]
    return between


# "er den største lort af dem alle", "er det værste svin", "er den mest ækle ko": a superlative
# after the definite article ranks the person first among the word's kind; not an order
# ("den første ko", "den sidste gris") or a "best" that praises
NOT_SUPERLATIVE = frozenset(("første", "sidste", "næste", "eneste", "bedste", "højeste",
                             "yngste", "ældste", "seneste", "nærmeste"))
DEFINITE = frozenset(("den", "det", "de"))


def _superlative(between: list[str]) -> bool:
    """The words between copula and noun open with "den/det/de" and a superlative
    ("den største", "det værste", "de mest", "den mest ækle")."""
    if len(between) < 2 or between[0] not in DEFINITE:
        return False
    word = between[1]
    if word in ("mest", "meste"):
        return True
    return word.endswith("ste") and len(word) > 4 and word not in NOT_SUPERLATIVE


# probe round 267: the writer's opinion said between the copula and the noun ("hun er efter
# min mening en ko", "han er i mine øjne et svin"): the person is called it all the same
OPINION_HEDGES = (
    ("efter", "min", "mening"), ("efter", "min", "opfattelse"), ("efter", "min", "vurdering"),
    ("efter", "mit", "skøn"), ("i", "mine", "øjne"), ("for", "mig", "at", "se"),
)  # fmt: skip


def hedge_length(words: Sequence[str]) -> int:
    """The number of words an opinion hedge takes at the start of ``words`` (text order),
    0 when none opens them."""
    for hedge in OPINION_HEDGES:
        if tuple(words[: len(hedge)]) == hedge:
            return len(hedge)
    return 0


# probe round 267: a first predicate joined by "og" before the article of the noun ("han er
# racist og et svin", "hun er doven og en ko"): the noun is said of the person too; a verb
# after "og" ("han er landmand og har et svin") starts a new predicate, and a denied first
# one ("ikke") is left to the negation rules
COORDINATED_ARTICLES = frozenset(("en", "et", "nogle"))
COORDINATED_REACH = 2  # words of the first predicate ("racist", "dybt uhøflig")
DENIALS = frozenset(("ikke", "aldrig", "ik", "ikk"))


def _after_coordination(between: list[str]) -> list[str]:
    for k in range(1, min(len(between) - 1, COORDINATED_REACH + 1)):
        if between[k] != "og":
            continue
        if between[k + 1] in COORDINATED_ARTICLES and DENIALS.isdisjoint(between[:k]):
            return between[k + 1 :]
        return between
    return between


# probe round 323: two adjectives joined by "og" after the article ("han er et grådigt og
# selvfedt svin", "hun er en sur og nærig ko") fill one adjective slot of the frame; the
# joined words must look like adjectives, so a verb after "og" ("en mand og ejer svin")
# still starts a new predicate
ADJECTIVE_ENDINGS = ("ende", "ig", "ige", "igt", "isk", "iske", "løs", "løse", "løst", "som",
                     "somme", "somt", "bar", "bare", "dt", "lt", "nt", "rt", "st", "ede", "et")
PLAIN_ADJECTIVES = frozenset(
    "kold kolde sur sure grim grimme dum dumme ond onde klam klamme led lede fed fede "  # noqa: SIM905
    "gammel gamle doven dovne hård hårde grov grove stor store".split()
)


def _adjectival(word: str) -> bool:
    return word in PLAIN_ADJECTIVES or (len(word) > 3 and word.endswith(ADJECTIVE_ENDINGS))


def _joined_adjectives(between: list[str]) -> list[str]:
    """``between`` without the "og" of "et grådigt og selvfedt" (article, adjective, "og",
    adjective); unchanged otherwise."""
    if (
        len(between) == 4
        and between[0] in COORDINATED_ARTICLES
        and between[2] == "og"
        and _adjectival(between[1])
        and _adjectival(between[3])
    ):
        return [between[0], between[1], between[3]]
    return between


# probe round 417: "nothing but" after the copula says the noun all the more ("de er intet
# andet end en flok svin", "han er ikke andet end en rotte"); "ikke andet end at" (a clause)
# has no article after it
NOTHING_BUT = (("intet", "andet", "end"), ("ikke", "andet", "end"), ("ik", "andet", "end"))


def _after_nothing_but(between: list[str]) -> list[str]:
    for phrase in NOTHING_BUT:
        n = len(phrase)
        if len(between) > n and tuple(between[:n]) == phrase:
            return between[n:]
    return between


def after_copula(between: list[str]) -> tuple[list[str], bool]:
    """``between`` (the words from the copula to the noun, in text order) with oaths,
    hedges, a floated quantifier, a partitive and a ranking superlative taken off its
    start, and whether such a superlative ranked the person among the word's kind."""
    if (n := hedge_length(between)) and len(between) > n:
        between = between[n:]  # "hun er efter min mening en ko"
    while len(between) > 1 and between[0] in PARTICLES:
        between = between[1:]  # "du er sgu en klovn", "I er fandme nogle klovne"
    if len(between) > 2 and tuple(between[:2]) in PARTICLE_PAIRS:
        between = between[2:]  # "hun er godt nok en ko"
    between = _after_nothing_but(between)  # "de er intet andet end en flok svin"
    between = _joined_adjectives(_after_coordination(between))
    between = _after_partitive(_after_quantifier(between))
    ranked = _superlative(between)
    return (between[2:] if ranked else between), ranked


# probe round 417: a genitive of the place or the world and a superlative rank the person
# as the article would ("X = kommunens største heks", "Bo – verdens værste svin"); an order
# ("kommunens første ko") or a "best" that praises ranks no one
def ranked_genitive(between: Sequence[str]) -> bool:
    """``between`` (text order) is a genitive and a ranking superlative only."""
    if len(between) != 2 or not between[0].endswith("s") or len(between[0]) < 4:
        return False
    word = between[1]
    return word.endswith("ste") and len(word) > 4 and word not in NOT_SUPERLATIVE
