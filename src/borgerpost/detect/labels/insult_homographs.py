"""Epithets spelled like a present-tense verb: "jobcentret taber de svageste".

"taber" is "a loser" after an article, a "din" or a copula ("du er en taber", "din taber"),
and the verb "loses" after its subject or before an inverted one ("så taber vi", "Bo taber
altid"). Part of the insult detector's epithet reading (``insult.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from borgerpost.detect import lexicon
from borgerpost.detect.labels.insult_clause import COPULA, clause_before, gap_after
from borgerpost.detect.labels.insult_frames import ARTICLES, VOCATIVE
from borgerpost.detect.labels.insult_lexicon import degrading_hit, epithet_hit
from borgerpost.detect.labels.literal_trash import literal_trash
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
# round 191: things that lose papers, never a "loser" ("jeres system taber papirer"); the
# determiner before them ("jeres", "det") belongs to the thing, not to "taber"
THING_SUBJECTS = frozenset(
    "system systemet systemer systemerne jobcenter jobcentret jobcenteret kommune kommunen "  # noqa: SIM905
    "afdeling afdelingen forvaltning forvaltningen kontor kontoret postkasse postkassen "
    "portal portalen e-boks eboks it-system it-systemet".split()
)
# before a noun, not a verb: "en taber", "din taber", "er taber"
NOUN_MARKERS = ARTICLES | NOUN_DETERMINERS | COPULA


def verb_homograph(view: TokenView, i: int) -> bool:
    """ "Jobcentret taber de svageste", "så taber vi alle", "Bo taber altid": the word is the
    verb after its subject (a pronoun, a name, a definite noun) or before an inverted one;
    "en taber", "din taber", "du er en taber", "den dovne taber" stay the noun."""
    words = view.words
    if _reflexive_verb(view, i):
        return True
    if words[i] not in VERB_HOMOGRAPHS or i == 0 or view.clause_break[i]:
        return False
    if _equated(view, i):
        return False  # probe round 337: "Kim Holm = taber", the name set equal to the noun
    prev = words[i - 1]
    if prev == "der":
        return True  # probe round 57: "det er altid de svage der taber"
    nxt = i + 1
    if (
        nxt < len(words)
        and not view.clause_break[nxt]
        and prev not in NOUN_MARKERS
        and _plural_subject(words[nxt], definite=True)
    ):
        return True  # probe round 57: "med de nye regler taber familierne igen"
    if _pronoun_subject(view, i):
        return True
    near = clause_before(view, i, 3)
    if any(w in COPULA for w in near) and "som" not in near:
        return False  # probe round 57: "han er bare taber", "du er da bare taber"
    if prev in THING_SUBJECTS:
        return True  # round 191: "jeres system taber papirer", "deres kommune taber sager"
    if prev == SENTENCE or prev in NOUN_MARKERS:
        return False
    if any(w in ARTICLES or w in NOUN_DETERMINERS for w in clause_before(view, i, 3)):
        return False  # "en fed taber", "den dovne gamle taber"
    if nxt < len(words) and not view.clause_break[nxt] and words[nxt] in INVERTED_SUBJECTS:
        return True  # "så taber vi", "nu taber I"
    if prev in VERB_SUBJECTS or prev == STAFF:
        return True
    if _plural_subject_before(view, i):
        return True
    return (
        prev.endswith(DEFINITE_ENDINGS)
        and len(prev) > 3
        and degrading_hit(prev) is None
        and lexicon.profanity().lookup(prev) is None
    )


def _equated(view: TokenView, i: int) -> bool:
    """ "Søren Vad = taber": an equals sign between the word and the one before is a copula
    written as a symbol (probe round 337), so the word is the noun; the verb never follows
    "=" ("Lis taber" has only a space between)."""
    return gap_after(view, i - 1).strip() == "="


# round 136: an animal word that is also a reflexive verb ("kapitalister, der rotter sig
# sammen", "de rottede sig sammen mod mig"): the verb, with "sig" right after it in the same
# clause; "I rotter, sig mig …" breaks the clause and stays the noun
REFLEXIVE_VERBS = frozenset(("rotter", "rotte", "rottede", "rottet"))


def _reflexive_verb(view: TokenView, i: int) -> bool:
    nxt = i + 1
    return (
        view.words[i] in REFLEXIVE_VERBS
        and nxt < len(view.words)
        and view.words[nxt] == "sig"
        and not view.clause_break[nxt]
    )


# stop 31: "den"/"det" opening a clause, then the word and an adverb or an owned object, is a
# subject and its verb ("…, den taber altid mine papirer"); "den taber!" and "den dovne
# taber" stay the noun
_PRONOUN_SUBJECTS = frozenset(("den", "det"))
_AFTER_THE_VERB = frozenset(
    "altid aldrig også jo bare igen tit ofte konstant hele min mit mine din dit dine hans "  # noqa: SIM905
    "hendes vores jeres deres folks borgernes".split()
)


def _pronoun_subject(view: TokenView, i: int) -> bool:
    """ "…, den taber altid mine papirer": the pronoun opens its clause and the next word is
    one that follows a verb, not a noun."""
    j = i - 1
    if view.words[j] not in _PRONOUN_SUBJECTS:
        return False
    opens = j == 0 or view.clause_break[j] or view.words[j - 1] == SENTENCE
    nxt = i + 1
    return (
        opens
        and nxt < len(view.words)
        and not view.clause_break[nxt]
        and view.words[nxt] in _AFTER_THE_VERB
    )


# probe round 57: the verb after a plural subject with a tail ("borgere med angst og høretab
# taber", "ledige uden bil taber på det", "mennesker på kanten taber hver gang"); a clause
# with an article, a "din" or a copula keeps the noun ("sikke en klam taber", "han er bare
# taber"), and so does one with no subject at all ("hold kæft taber")
PLURAL_SUBJECT_ENDINGS = ("ere", "erne", "ene", "ier", "sker", "skerne")
PLURAL_SUBJECTS = frozenset(
    "børn børnene ledige syge svage svageste ældre unge forældre familier patienter "  # noqa: SIM905
    "borgere mennesker".split()
)


def _plural_subject_before(view: TokenView, i: int) -> bool:
    before = clause_before(view, i, 6)
    if len(before) < 2 or any(
        w in NOUN_MARKERS or w in VOCATIVE for w in before
    ):
        return False
    return any(_plural_subject(w) for w in before)


def _plural_subject(word: str, *, definite: bool = False) -> bool:
    """A plural noun that can be the subject of "taber" ("borgere", "familierne", "børn");
    with ``definite`` only the definite plural (an inverted subject: "taber familierne")."""
    if word in PLURAL_SUBJECTS and (not definite or word.endswith("ne")):
        return True
    return (
        word.endswith(("erne", "ene", "rne") if definite else PLURAL_SUBJECT_ENDINGS)
        and len(word) > 4
        and word not in VERB_HOMOGRAPHS
        and not word.startswith("taber")
        and degrading_hit(word) is None
        and lexicon.profanity().lookup(word) is None
    )


# probe round 65: "tåbe" typed without the å ("en tabe", "din dumme tabe", leet "3n t@b3") is
# spelt like the verb "tabe" ("at tabe sagen", "vi kan tabe", "lad en tabe ansigt"): the noun
# only right after "en", "din" or an exclamation, with at most two adjectives between
PLAIN_A_EPITHETS = {"tabe": "tåbe", "taben": "tåbe", "tabens": "tåbe"}
PLAIN_A_DETERMINERS = frozenset(("en", "din", "sikke", "sikken", "hvilken", "1"))
# verbs that take "en" as the object of a bare infinitive ("lade en tabe", "få en til")
OBJECT_INFINITIVE_VERBS = frozenset(
    "lade lader lod lad få får fik se ser så set hjælpe hjælper hjalp høre hører hørte".split()  # noqa: SIM905
)
PLAIN_A_ADJECTIVES = frozenset(
    "stor store kæmpe total totalt komplet fuldstændig fuldstændigt ren rent gammel gamle "  # noqa: SIM905
    "lille fucking fkn skide møg lorte pisse satans forbandede sølle fed fede dum dumme".split()
)


def plain_a_epithet(view: TokenView, i: int) -> str | None:
    """ "du er en tabe", "din dumme tabe", "sikke en tabe": the base of the epithet typed
    without its "å", in a noun frame; the verb "tabe" ("at tabe", "kan tabe") is none."""
    base = PLAIN_A_EPITHETS.get(view.words[i])
    if base is None:
        return None
    k = i - 1
    while (
        k >= 0
        and i - k <= 2
        and not view.clause_break[k + 1]
        and (view.words[k] in PLAIN_A_ADJECTIVES or degrading_hit(view.words[k]) is not None)
    ):
        k -= 1
    if k < 0 or view.clause_break[k + 1] or view.words[k] not in PLAIN_A_DETERMINERS:
        return None
    if view.words[k] == "en" and k > 0 and view.words[k - 1] in OBJECT_INFINITIVE_VERBS:
        return None  # "lade en tabe ansigt": "en" is the object, "tabe" the verb
    if i + 1 < len(view.words) and view.words[i + 1] in GAME_WORDS:
        return None  # "en tabe-tabe-situation", "en tabe/vinde-sag": the verb in a compound
    return base


GAME_WORDS = frozenset("tabe vinde vind situation situationen sag spil kamp".split())  # noqa: SIM905


# probe round 79: "høre" typed without its "ø" ("bare lige for at hore om mit papir", "vil
# bare hore om", "jeg horer fra jer") is spelt like the slur "hore": the verb after an
# infinitive marker or a modal ("at", "vil", "kan", adverbs between), "horer" after a subject
# pronoun or opening a sign-off ("Horer fra dig"); "en hore", "din hore", "du er en hore",
# "kan den hore …" and "han horer rundt" keep the slur
PLAIN_O_VERBS = {"hore": "høre", "horer": "hører"}
HEAR_LICENSERS = frozenset(
    "at å vil ville kan kunne ku skal skulle må maa gider gad lad la bør burde tør turde".split()  # noqa: SIM905
)
# a question word after "hore" makes it the verb ("og hore hvornar …", "og hore om …")
HEAR_QUESTIONS = frozenset(
    "hvornår hvornar hvornaar hvad hvordan hvorfor hvem hvilken hvilket hvor om".split()  # noqa: SIM905
)
# … unless an article or a determiner makes it a noun ("en hore om natten")
SLUR_DETERMINERS = frozenset("en den din dit sådan saadan sån san lille gamle som".split())  # noqa: SIM905
HEAR_ADVERBS = frozenset(
    "bare lige gerne blot også ogsaa osse ikke ik ikk aldrig nok da jo godt sgu altså "  # noqa: SIM905
    "hellere snart straks engang".split()
)
HEAR_SUBJECTS = frozenset("jeg vi man æ".split())  # noqa: SIM905
HEAR_SIGN_OFF = frozenset("fra gerne".split())  # noqa: SIM905
WHORE_VERB_AFTER = frozenset("rundt omkring sig med".split())  # noqa: SIM905


def heard_verb(words: Sequence[str], i: int) -> str | None:
    """The verb "høre" ("høre"/"hører") when ``words[i]`` is "hore"/"horer" in a verb frame:
    "for at hore om", "ville bare hore", "jeg horer fra jer"; ``None`` for the slur."""
    verb = PLAIN_O_VERBS.get(words[i])
    if verb is None:
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in WHORE_VERB_AFTER:
        return None  # "han horer rundt": the verb of the slur
    k = i - 1
    while k >= 0 and i - k <= 3 and words[k] in HEAR_ADVERBS:
        k -= 1
    prev = words[k] if k >= 0 else SENTENCE
    if words[i] == "hore":
        if prev in HEAR_LICENSERS:
            return verb
        # "ringe og hore hvornar jeg faar svar": a question after it, no article before it
        asks = nxt in HEAR_QUESTIONS and prev not in SLUR_DETERMINERS
        return verb if asks else None
    if prev in HEAR_SUBJECTS or prev in HEAR_LICENSERS:
        return verb  # "jeg horer fra jer", "jeg horer gerne"
    if prev == SENTENCE and k == i - 1 and nxt in HEAR_SIGN_OFF:
        return verb  # "Horer fra dig.", "Horer gerne fra jer"
    return None


# false flags (round 80): "taber" of a game or a contest ("hun er en taber i tennis", "han var
# taberen i finalen", "tabere i bordtennis", "den store taber ved valget", "I skak er han
# altid taberen"): the one who lost a match, not a loser as a person; a phrase of life, worth
# or work ("en taber i livet", "i mine øjne", "i sit job", "i skak og i livet") keeps the
# epithet. The game is a sport, a game or a contest, also as the head of a compound
# ("fodboldkampen", "kortspil", "haandbold", "skakturneringen").
GAME_PREPOSITIONS = frozenset("i I af ved til".split())  # noqa: SIM905
GAME_FILLERS = frozenset(
    "den det de en et sidste første anden næste hele store lille vigtige afgørende "  # noqa: SIM905
    "gårsdagens dagens weekendens aftenens søndagens lørdagens årets".split()
)
GAME_WORDS_EXACT = frozenset(
    "valg valget valgene lotto lotteri lotteriet lotteriets løb løbet løbene kort "  # noqa: SIM905
    "runde runden runder runderne quiz quizzen sport sporten idræt idraet gymnastik "
    "ol vm em dm skak golf poker bingo banko ludo matador yatzy dart bowling billard petanque "
    "krolf kroket hockey ishockey badminton squash padel stikbold rundbold".split()
)
GAME_HEADS = (
    "kamp", "kampen", "kampe", "kampene", "spil", "spillet", "spillene", "finale", "finalen",
    "turnering", "turneringen", "match", "matchen", "dyst", "dysten", "opgør", "opgøret",
    "konkurrence", "konkurrencen", "duel", "duellen", "bold", "ball", "tennis", "skak",
    "kapløb", "kapløbet", "cykelløb", "cykelløbet", "væddeløb", "væddeløbet", "stafet",
    "stafetten", "mesterskab", "mesterskabet", "mesterskaberne", "liga", "ligaen", "pokal",
    "pokalen", "sæson", "sæsonen", "væddemål", "væddemålet",
)  # fmt: skip
# a second phrase of life or worth after the game ("i skak og i livet") keeps the epithet
GAME_AND = frozenset(("og", "eller", "men"))


def _game_word(word: str) -> bool:
    return word in GAME_WORDS_EXACT or (
        word.endswith(GAME_HEADS) and not word.endswith(("forløb", "forløbet", "samspil"))
    )


def _game_phrase_at(words: Sequence[str], k: int) -> int | None:
    """A preposition at ``k`` whose phrase names a game ("i tennis", "af kampen", "ved det
    store valg"): the index of the game word, else ``None``."""
    if k >= len(words) or words[k] not in GAME_PREPOSITIONS:
        return None
    for j in range(k + 1, min(k + 4, len(words))):
        if _game_word(words[j]):
            return j
        if words[j] not in GAME_FILLERS:
            return None
    return None


def lost_a_game(view: TokenView, i: int) -> bool:
    """ "en taber i tennis", "taberen af kampen", "I skak er hun taberen": the loser of a
    match or a contest, named by a phrase right after the word or opening its clause."""
    words = view.words
    hit = epithet_hit(words[i])
    if hit is None or hit.entry != "taber":
        return False
    k = i + 1
    if k < len(words) and not view.clause_break[k] and (j := _game_phrase_at(words, k)):
        rest = j + 1
        return not (
            rest + 1 < len(words)
            and not view.clause_break[rest]
            and words[rest] in GAME_AND
            and words[rest + 1] in ("i", "som", "på", "til")
        )
    before = clause_before(view, i, 6)
    start = i - len(before)
    return (j := _game_phrase_at(words, start)) is not None and j < i


# stop 33: "de største tabere ved reformen", "the biggest losers of the cuts": those who lose
# out by a change, ranked, with what they lose by after it
_RANKED = frozenset("største store egentlige reelle eneste biggest big real main".split())  # noqa: SIM905
_LOSE_BY = frozenset(("ved", "af", "på", "of", "from"))


def lost_out(view: TokenView, i: int) -> bool:
    """ "De største tabere ved reformen er aktionærerne": losers of a change, ranked before
    and told by what after, lose out; "du er den største taber" has nothing after it."""
    words = view.words
    hit = epithet_hit(words[i])
    if hit is None or hit.entry not in ("taber", "loser") or i == 0 or i + 1 >= len(words):
        return False
    return words[i - 1] in _RANKED and words[i + 1] in _LOSE_BY and not view.clause_break[i + 1]


# stop 33: "når" typed without å ("Pas pa nar du cykler hjem", "ring nar I har tid"): "nar"
# right before the subject of its clause (``INVERTED_SUBJECTS``: the subject pronouns) is the
# conjunction, not "a fool"


def when_typed_plain(view: TokenView, i: int) -> bool:
    """ "nar du cykler hjem": "når" written "nar", a subject after it and no article, "din",
    copula or adjective before it ("din nar, du …", "du er en nar", "den største nar jeg
    har mødt" stay the epithet)."""
    words = view.words
    if words[i] != "nar" or i + 1 >= len(words) or words[i + 1] not in INVERTED_SUBJECTS:
        return False
    if view.clause_break[i + 1]:
        return False  # "din nar, du ved ingenting": the comma closes the vocative
    prev = words[i - 1] if i else SENTENCE
    if prev in NOUN_MARKERS:
        return False
    # "den største nar jeg har mødt", "en doven nar": an adjective before it makes the noun
    return not (len(prev) > 3 and prev.endswith("e"))


def neutral_readings(view: TokenView) -> dict[int, str]:
    """The words of ``view`` an epithet only seems to be, by index, with the word the DKhate
    model should read in their place: "hore" in a verb frame is "høre" (``heard_verb``),
    "taber" of a game is a player (``lost_a_game``), rubbish gathered is rubbish
    (``literal_trash``). One pass, each test only on its words."""
    out = literal_trash(view)  # probe round 389: "samle skrald i parken" is rubbish
    if PLAIN_O_VERBS.keys().isdisjoint(view.words) and "taber" not in view.string:
        return out  # most texts: neither word (one set test, not a test per word)
    for i, word in enumerate(view.words):
        if word in PLAIN_O_VERBS:
            if verb := heard_verb(view.words, i):
                out[i] = verb
        elif word.startswith("taber") and lost_a_game(view, i):
            out[i] = "spiller"
    return out
