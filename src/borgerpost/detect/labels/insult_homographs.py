"""Epithets spelled like a present-tense verb: "jobcentret taber de svageste".

"taber" is "a loser" after an article, a "din" or a copula ("du er en taber", "din taber"),
and the verb "loses" after its subject or before an inverted one ("så taber vi", "Bo taber
altid"). Part of the insult detector's epithet reading (``insult.py``).
"""

from __future__ import annotations

from borgerpost.detect import lexicon
from borgerpost.detect.labels.insult_clause import clause_before
from borgerpost.detect.labels.insult_frames import ARTICLES, COPULA
from borgerpost.detect.labels.insult_lexicon import degrading_hit
from borgerpost.detect.textview import SENTENCE, STAFF, TokenView

# probe round 25: epithets spelled like a present-tense verb ("jobcentret taber de svageste",
# "hvis I taber sagen"); the noun has an article, a "din" or a copula before it instead
VERB_HOMOGRAPHS = frozenset(("taber",))
VERB_SUBJECTS = frozenset(
    "jeg du han hun vi I de man der som hvem nogen ingen alle mange flere folk borgerne "  # noqa: SIM905
    "ikke aldrig altid også nok jo da bare kun ofte".split()
)
DEFINITE_ENDINGS = ("en", "et", "ne", "ret")
INVERTED_SUBJECTS = frozenset("jeg du han hun vi I de man".split())  # noqa: SIM905
NOUN_DETERMINERS = frozenset(
    "din dit dine den det de denne dette disse hvilken hvilket sikken sådan sådanne "  # noqa: SIM905
    "hans hendes jeres deres vores min mit mine".split()
)


def verb_homograph(view: TokenView, i: int) -> bool:
    """ "Jobcentret taber de svageste", "så taber vi alle", "Bo taber altid": the word is the
    verb after its subject (a pronoun, a name, a definite noun) or before an inverted one;
    "en taber", "din taber", "du er en taber", "den dovne taber" stay the noun."""
    words = view.words
    if words[i] not in VERB_HOMOGRAPHS or i == 0 or view.clause_break[i]:
        return False
    prev = words[i - 1]
    if prev == SENTENCE or prev in ARTICLES or prev in COPULA or prev in NOUN_DETERMINERS:
        return False
    if any(w in ARTICLES or w in NOUN_DETERMINERS for w in clause_before(view, i, 3)):
        return False  # "en fed taber", "den dovne gamle taber"
    nxt = i + 1
    if nxt < len(words) and not view.clause_break[nxt] and words[nxt] in INVERTED_SUBJECTS:
        return True  # "så taber vi", "nu taber I"
    if prev in VERB_SUBJECTS or prev == STAFF:
        return True
    return (
        prev.endswith(DEFINITE_ENDINGS)
        and len(prev) > 3
        and degrading_hit(prev) is None
        and lexicon.profanity().lookup(prev) is None
    )
