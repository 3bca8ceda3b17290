"""An epithet that is the subject of a film, a book or a talk, not a name for anyone.

probe round 299: "har I set programmet om narcissister og psykopater?" asks about a
television programme; the word after "om" names what the work is about. A staff name right
after the word ("en bog om psykopaten Bo Vind") makes it a name for that person again."""

from __future__ import annotations

from borgerpost.detect.textview import SENTENCE, STAFF, STAFF_GENITIVE, TokenView

# the works a subject is told in ("dokumentaren", "en tv-serie", "lærebogen", "foredraget")
WORK_ENDINGS = (
    "dokumentar", "dokumentaren", "dokumentarer", "film", "filmen", "serie", "serien",
    "podcast", "podcasten", "program", "programmet", "udsendelse", "udsendelsen", "bog",
    "bogen", "bøger", "artikel", "artiklen", "artikler", "foredrag", "foredraget",
    "forelæsning", "forelæsningen", "roman", "romanen", "reportage", "reportagen", "indslag",
    "indslaget", "afhandling", "afhandlingen", "undersøgelse", "undersøgelsen", "kursus",
    "kurset", "krimi", "krimien", "thriller", "thrilleren", "forskning", "forskningen",
)  # fmt: skip
# words that may stand between "om" and the epithet ("om farlige psykopater", "om de
# såkaldte narcissister", "om idioter og psykopater")
_BETWEEN_REACH = 3


def topic_of_a_work(view: TokenView, i: int) -> bool:
    """Word ``i`` follows "om" (past at most two other words of its phrase) right after a
    noun for a work, and no staff name follows it."""
    words = view.words
    if i + 1 < len(words) and words[i + 1] in (STAFF, STAFF_GENITIVE):
        return False
    k = i - 1
    while k >= 0 and i - k <= _BETWEEN_REACH and words[k] != "om":
        if words[k] == SENTENCE or view.clause_break[k + 1]:
            return False
        k -= 1
    if k < 1 or words[k] != "om":
        return False
    return words[k - 1].endswith(WORK_ENDINGS)
