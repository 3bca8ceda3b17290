"""probe round 263: an ambiguous epithet ("svin", "klovn", "rotte") as the one an office has
hired ("Sikke en rotte kommunen har ansat", "I har hyret en klovn som leder"): only a person
is hired, and only the office or its people are the hirer; the writer's own hire is left
alone ("vi har hyret en klovn til festen" is a clown), and so is a pig the farm keeps.

Two orders: the word first, its hirer after ("hvad er det for en rotte, de har hyret?",
"hvilken klovn har de ansat?"), or the hirer first ("I har ansat et svin til at …").
"""

from __future__ import annotations

from borgerpost.detect.textview import SENTENCE, STAFF, TokenView

HIRING = frozenset(
    "ansat ansatte ansætter ansætte ansættes hyret hyrer hyrede hyre fastansat fastansatte "  # noqa: SIM905
    "ansættelse".split()
)
# who may have hired the person: the office, its managers, the addressees ("I", "de")
HIRERS = frozenset(
    "I de man kommunen jobcentret jobcenteret jobcenter ledelsen chefen chefer cheferne "  # noqa: SIM905
    "lederen ledere lederne direktøren forvaltningen afdelingen teamlederen borgmesteren "
    "personalechefen".split()
) | {STAFF}
# small words that may stand between the word and its hiring ("… I dog virkelig har ansat")
FILLERS = frozenset(
    "har havde er blev bliver været fået får der som dog virkelig sgu nu så egentlig da jo "  # noqa: SIM905
    "bare nogensinde faktisk åbenbart vist".split()
)
# what opens the word's noun phrase before a hiring after it: a question or an exclamation
# ("hvad er det for et", "sikke en", "hvilken"); a bare article may be a clown at a party
# ("det var en klovn, de havde hyret")
OPENERS = frozenset("for sikke hvilken hvilket hvilke sådan sådanne".split())  # noqa: SIM905
# the hirer before the word: the office or the addressees, not "de" or "man" (a family's
# party: "de har hyret en klovn")
OFFICE_HIRERS = HIRERS - {"de", "man"}
ARTICLES = frozenset("en et nogle sådan sådanne sikke".split())  # noqa: SIM905
AFTER_REACH = 5  # words from the epithet to its hiring verb
ADJECTIVES = 2  # adjectives between the article and the word ("en lille klam rotte")


# stop 40: an entertainer hired for an event ("Torben hyrede en klovn til børnenes
# juletræsfest", "lederen har hyret en klovn til sommerfesten") is a clown, whoever hired him
EVENT_ENDINGS = (
    "fest", "festen", "fødselsdag", "fødselsdagen", "arrangement", "arrangementet", "bryllup",
    "brylluppet", "jubilæum", "jubilæet", "julefrokost", "julefrokosten", "show", "showet",
    "forestilling", "forestillingen",
)  # fmt: skip
EVENT_REACH = 5  # words after the epithet to the event ("til børnenes store juletræsfest")


def hired(view: TokenView, i: int) -> bool:
    """The ambiguous epithet at ``i`` names someone the office (not the writer) hired."""
    return (_hired_after(view, i) or _hired_before(view, i)) and not _for_an_event(view, i)


def _for_an_event(view: TokenView, i: int) -> bool:
    """ "… en klovn til børnenes juletræsfest": the hire is for a party or a show."""
    words = view.words
    for k in range(i + 1, min(len(words), i + 1 + EVENT_REACH)):
        if words[k] == SENTENCE:
            return False
        if words[k].endswith(EVENT_ENDINGS):
            return True
    return False


def _hired_after(view: TokenView, i: int) -> bool:
    """ "hvad er det for en rotte, de har hyret", "sikke en klovn jobcentret har ansat"."""
    words = view.words
    opened = [words[k] for k in range(max(0, i - 3), i)]
    if not opened or not OPENERS.intersection(opened) or SENTENCE in opened:
        return False
    hirer = False
    for k in range(i + 1, min(len(words), i + 1 + AFTER_REACH)):
        word = words[k]
        if word in HIRING:
            return hirer or (k > i + 1 and words[k - 1] in ("er", "blev", "bliver"))
        if word in HIRERS:
            hirer = True
        elif word not in FILLERS:
            return False
    return False


def _hired_before(view: TokenView, i: int) -> bool:
    """ "I har ansat et svin", "kommunen har hyret en rotte": the hirer, the hiring verb,
    then the article of the word (an adjective or two may come before it)."""
    words = view.words
    seen_article = False
    for k in range(i - 1, max(-1, i - 1 - ADJECTIVES - 2), -1):
        word = words[k]
        if word == SENTENCE:
            return False
        if word in ARTICLES:
            seen_article = True
        elif word in HIRING:
            return seen_article and _hirer_before(view, k)
        elif seen_article:
            return False  # "et svin" must stand right after the hiring verb
    return False


def _hirer_before(view: TokenView, k: int) -> bool:
    """A hirer of ``HIRERS`` within three words before the hiring verb at ``k``, only
    ``FILLERS`` between."""
    for j in range(k - 1, max(-1, k - 4), -1):
        word = view.words[j]
        if word in OFFICE_HIRERS:
            return True
        if word not in FILLERS:
            return False
    return False
