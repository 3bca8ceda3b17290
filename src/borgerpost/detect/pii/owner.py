"""Whose data is it? The nearest person reference before a match, within its clause, or
the writer's signature block.

"Mit barn går i børnehave" and "ring til mig på 41 52 63 74" are the writer's own data;
"hendes mobil 41 52 63 74", "Pernille tager toget kl. 16.12" are someone else's. Reading
back from the match to the start of the clause, the first first-person word (jeg, mig, min,
vi …) makes it the writer's, the first third/second-person word (han, hendes, din …) or
mid-sentence capitalised name or a staff title ("sagsbehandleren") makes it another
person's.

Below a sign-off ("Med venlig hilsen⏎Inge Bruun⏎Søndergade 5, 6700 Esbjerg⏎Tlf. …") the
short lines are the writer's own address card, whoever the mail was about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import capitalised
from borgerpost.detect.staff_words import RELATIONS, is_title

FIRST_PERSON = frozenset("jeg mig min mit mine vi os vores".split())  # noqa: SIM905
POSSESSIVES = frozenset(("min", "mit", "mine", "vores"))
OTHER_PERSON = frozenset(
    "han hun hans hendes ham hende dennes deres sin sit sine du dig din dit dine jeres i".split()  # noqa: SIM905
)
_CLAUSE_END = re.compile(r"[.!?;\n]\s|[.!?;\n]$|\n")
_WORD = re.compile(r"[^\W_]+")
# A sign-off line, alone or with the writer's name after it ("mvh ronnie hansen")
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:med\s+venlig(?:st)?\s+hilsen|venlig(?:st)?\s+hilsen|de\s+bedste\s+hilsner"
    r"|mange\s+hilsner|kærlig\s+hilsen|hilsen|hilsner|mvh|vh|kh|best\s+regards"
    r"|kind\s+regards)\b[ \t,.!]*[^\n]{0,40}$",
    re.MULTILINE,
)
SIGNATURE_LINES = 5  # lines after the sign-off that can still be the writer's card
SIGNATURE_LINE_WORDS = 8  # "Skolegade 8, st. th., 6700 Esbjerg" has 6

# "X, som bor to opgange fra mig i Tværgade 5", "bor lige over for os": the writer as the
# point a place is told from, not its owner
_REFERENCE_POINTS = frozenset(("mig", "os"))
_FROM_THE_POINT = frozenset(("fra", "af", "overfor", "over", "under", "ovenpå", "nedenunder"))

# round 177: a distance from the writer's people ("bor to huse fra min fætter", "tre
# opgange fra vores"): their home is the point another's is told from
_DISTANCE_UNITS = frozenset(
    "huse hus opgange opgang døre dør etager etage gader gade meter km kilometer skridt "  # noqa: SIM905
    "husnumre blokke blok".split()
)

# the words (last first) that place a home beside another's: "overfor", "over for",
# "ved siden af", "nabo til"
_BESIDE = frozenset((("for", "over"), ("af", "siden"), ("til", "nabo")))

# "ham X fra jobcentret, der fik stoppet min ydelse, bor på …": a relative clause set off by
# commas speaks of its head; a person in it ("min ydelse") owns nothing after it
# (stop 30: with one clause inside it, "…, der smilede, mens han tog min mands løntilskud, …";
# ``labels/doxxing`` reads the main clause after the same aside)
RELATIVE_ASIDE = (
    # stop 32: "X, ham der har skåret min mor ned, bor på …": a pronoun may head the clause
    r",\s(?:(?:ham|hende|han|hun|den)\s)?(?:der|som)\s[^,.!?;\n]{1,80}?"
    r"(?:,\s(?:mens|da|når|fordi|efter|før|hvis|selvom)\s[^,.!?;\n]{1,60}?)?"
    # round 183: closed by a colon before the data ("X, hende der smed min søn ud: <address>")
    r"[,:]"
)
RELATIVE_ASIDES = re.compile(RELATIVE_ASIDE)

# stop 30: "AB 12 903 er Ingfrid Tjørnholms bil", "…, der tilhører vist teamlederen": the
# words right after the data say whose it is
# the verbs that say whose a thing is ("tilhører", "ejes af", "er registreret på", "er"); also
# ``labels/doxxing``'s next sentence that opens by saying it ("Den tilhører vist …")
OWNING_VERB = r"(?:tilhører|ejes\saf|er\sregistreret\s(?:på|til)|står\si\snavnet\spå|er)\s"
OWNED_RIGHT_AFTER = re.compile(
    r"\s*,?\s*(?:(?:den|det|der|som)\s)?(?:(?:vist|vistnok|nok|åbenbart|faktisk|jo|altså)\s)*"
    + OWNING_VERB
)


def named_owner_after(norm: Normalised, end: int) -> bool:
    """The data at ``end`` is said right after to be another person's ("… er Ingfrid
    Tjørnholms bil", "… tilhører hendes mand"), so a writer before it reveals, not owns."""
    told = OWNED_RIGHT_AFTER.match(norm.text, end)
    if told is None:
        return False
    word = _WORD.match(norm.text, told.end())
    return word is not None and (
        word.group() in ("hans", "hendes") or capitalised(norm, told.end())
    )


WRITER = "writer"
OTHER = "other"


# "Ring gerne på …", "sms bare til mig på …": the writer asks to be called on the number that
# follows ("ring til hende på …" names another)
_CALL_ME_ON = re.compile(
    r"(?<![^\W_])(?:ring|sms|kontakt)\s(?:(?:gerne|bare|endelig|lige|venligst)\s)*"
    r"(?:(?:til\s)?mig\s)?(?:på|på\snummer|på\snr\.?)\s$"
)


# a caseworker's visit to the writer's home: the address told for it is the writer's
_HOME_VISIT = re.compile(
    r"(?<![^\W_])(?:hjemmebesøg\w*|besøge\smig|besøg\shos\smig|hjem\stil\smig)(?![^\W_])"
)


def nearest_person(norm: Normalised, pos: int, *, clause_only: bool = True) -> str:
    """``WRITER``, ``OTHER`` or "" (no person named before ``pos`` in its clause)."""
    text = norm.text[:pos]
    if clause_only:
        ends = list(_CLAUSE_END.finditer(text))
        text_start = ends[-1].end() if ends else 0
    else:
        text_start = 0
    owner = data_word_owner(norm, text_start, pos)
    if owner is not None:
        return owner[0]
    if _CALL_ME_ON.search(text, text_start) is not None:
        return WRITER  # stop 31: "Ring gerne på 40 12 77 31": the number one asks to be called on
    if _HOME_VISIT.search(text, text_start) is not None:
        return WRITER  # stop 35: "Hvis du skal på hjemmebesøg, så er det …": the citizen's home
    following = ""
    found = list(_WORD.finditer(text, text_start))
    asides = [a.span() for a in RELATIVE_ASIDES.finditer(text, text_start)]
    for k in range(len(found) - 1, -1, -1):
        m = found[k]
        word = m.group()
        if any(a_start < m.start() < a_end for a_start, a_end in asides):
            continue
        if told_from(found, k) or knower(found, k):
            following = word
            continue
        if word in FIRST_PERSON:
            # "min sagsbehandler bor på …" is the caseworker's address, not the writer's;
            # so is "min (søsters) nabo – …" the neighbour's (stop 45)
            staff_of_mine = word in POSSESSIVES and is_title(following)
            return OTHER if staff_of_mine or owns_a_neighbour(found, k) else WRITER
        if word in OTHER_PERSON and (word != "i" or capitalised(norm, m.start())):
            return OTHER
        if is_title(word):
            return OTHER  # "receptionisten med det røde hår bor …": staff named by role
        if capitalised(norm, m.start()) and not _clause_initial(norm, m.start(), text_start):
            return OTHER
        following = word
    return ""


# a neighbour is no one of the writer's own people: "min nabo", "min søsters genbo"
NEIGHBOURS = frozenset(("nabo", "naboen", "genbo", "genboen", "underbo", "overbo", "naboer"))


def owns_a_neighbour(words: Sequence[re.Match[str]], k: int) -> bool:
    """Word ``k`` is a possessive that owns a neighbour, right after it or after a
    genitive ("min nabo", "min søsters genbo")."""
    after = [m.group() for m in words[k + 1 : k + 3]]
    return words[k].group() in POSSESSIVES and bool(after) and (
        after[0] in NEIGHBOURS
        or (len(after) == 2 and after[0].endswith("s") and after[1] in NEIGHBOURS)
    )


# "Kim Sommers CPR-nummer stod på en blanket, jeg fik …: 150384-2917", "hendes adresse er,
# så vidt jeg ved, …": the data's own word owned by a name or a pronoun names whose it is;
# "min mors adresse, som X bad om, er …" is the writer's own people's
_OWNED_DATA_WORD = re.compile(
    # "sit eget cpr-nr": the reflexive possessive is the subject's, never the writer's
    r"(?<![^\W_])(?:(?P<own>(?:min|mit|mine|vores)\s(?P<own_noun>[^\W\d_]{2,})s)|(?P<pronoun>hans|hendes|"
    r"dennes|(?:sin|sit|sine)(?:\s(?:egen|eget|egne))?)|(?P<name>[^\W\d_]{2,}s))\s"
    # stop 31: "sit private nummer", "hendes personlige mobil": an adjective of privacy between
    r"(?:(?:private|privat|personlige|hemmelige)\s(?:nummer|telefonnummer|mobilnummer|mobil|"
    r"adresse|mail)|"
    r"cpr[-‐]?nummer|cpr[-‐]?nr|cpr|personnummer|privatadresse|adresse|bopæl|"
    r"privatnummer|mobilnummer|telefonnummer|mobil|nummerplade)(?![^\W_])"
)


# "CPR-nummeret på den teamleder, der afviste mig: …", "adressen på hende fra Fleksjob",
# "nummeret til X, hende der …: 28 41 …" (stop 33): the data word with its owner after it
_DATA_WORD_OF = re.compile(
    r"(?<![^\W_])(?:cpr[-‐]?nummer(?:et)?|cpr[-‐]?nr|cpr|personnummer(?:et)?|"
    r"(?:privat|hjemme)?adresse(?:n)?|bopæl(?:en)?|(?:privat|mobil|telefon)?nummer(?:et)?|"
    r"nummerplade(?:n)?)\s(?:på|til)\s(?:den\s|denne\s|vores\s|min\s)?(?P<who>[^\W\d_]+)"
)
_OWNER_AFTER = frozenset(("hende", "ham", "dem", "jer", "dig"))


# probe round 323 (privreq): "ham"/"hende" in the clause where a staff member is named as the
# subject is someone else, for Danish says "sig" of the subject itself ("Kan Lis skrive til
# hende? Mail: …" is the mail of the person Lis is to write to); a comma or a conjunction
# between starts a new clause, where the pronoun may be the named person again; "X er hende,
# der …" (a copula) and "X's mand henter hende" (the name only owns the subject) are X
_COPULA = frozenset(("er", "var", "blev", "bliver", "være", "været", "hedder", "hed"))
_CLAUSE_BREAK = re.compile(
    r"[,.;:!?\n–—]|(?<![^\W_])(?:at|som|der|og|men|hvis|når|fordi|mens|så)(?![^\W_])"
)
_OBJECT_FORMS = frozenset(("ham", "hende"))


def object_of_named(text: str, named_end: int, pronoun_start: int) -> bool:
    """The object pronoun at ``pronoun_start`` is not the person named just before, ending at
    ``named_end``: no clause break and at most four words lie between them, or the
    pronoun's own clause has "han"/"hun" for its subject."""
    word = _WORD.match(text, pronoun_start)
    if word is None or word.group() not in _OBJECT_FORMS:
        return False
    if _subject_pronoun_before(text, pronoun_start):
        return True
    between = text[named_end:pronoun_start]
    words = _WORD.findall(between)
    genitive = text[named_end - 1 : named_end] == "s" and bool(words) and words[0] in RELATIONS
    return (
        not genitive
        and _COPULA.isdisjoint(words)
        and pronoun_start - named_end >= 0
        and _CLAUSE_BREAK.search(between) is None
        and len(words) <= 4
    )


# probe round 377c: the named person as the clause's subject pronoun ("kan han ringe hende op
# på 22 …", "hun må gerne ringe ham på …"): the object is another person again, for the
# subject itself would be "sig"; the number one is to be called back on is that person's
_SUBJECTS = frozenset(("han", "hun"))
SUBJECT_REACH = 40  # characters back from the object pronoun


def _subject_pronoun_before(text: str, pronoun_start: int) -> bool:
    """ "han"/"hun" stands in the object pronoun's clause, at most three words before it."""
    before = text[max(0, pronoun_start - SUBJECT_REACH) : pronoun_start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    words = _WORD.findall(before[breaks[-1].end() :] if breaks else before)[-4:]
    return not _SUBJECTS.isdisjoint(words) and _COPULA.isdisjoint(words)


def data_word_owner(norm: Normalised, start: int, end: int) -> tuple[str, int, int] | None:
    """Whose data word stands between ``start`` and ``end`` (the last one if several):
    (``WRITER`` or ``OTHER``, span of the owner's words), or None. "Kim Sommers
    CPR-nummer", "hendes adresse", "CPR-nummeret på den teamleder", "min sagsbehandlers
    adresse" are another's; "min mors adresse", "adressen på mig" the writer's people's."""
    found: tuple[int, tuple[str, int, int]] | None = None
    for m in _OWNED_DATA_WORD.finditer(norm.text, start, end):
        if m.group("own") and is_title(m.group("own_noun")):
            # stop 30: "min sagsbehandlers CPR-nummer" is the caseworker's, not the writer's
            found = (m.start(), (OTHER, *m.span("own")))
        elif m.group("own"):
            found = (m.start(), (WRITER, *m.span("own")))
        elif m.group("pronoun"):
            found = (m.start(), (OTHER, *m.span("pronoun")))
        elif capitalised(norm, m.start("name")):
            found = (m.start(), (OTHER, *m.span("name")))
    for m in _DATA_WORD_OF.finditer(norm.text, start, end):
        if found is not None and found[0] > m.start():
            continue
        who = m.group("who")
        if who in FIRST_PERSON:
            found = (m.start(), (WRITER, *m.span("who")))
        elif who in _OWNER_AFTER or is_title(who) or capitalised(norm, m.start("who")):
            found = (m.start(), (OTHER, *m.span("who")))
    return found[1] if found else None


def told_from(words: Sequence[re.Match[str]], k: int) -> bool:
    """ "bor to opgange fra mig i …", "lige over for os", "overfor min mor": ``words[k]`` is
    the writer as the point a place is told from, not the owner of what follows."""
    if k == 0:
        return False
    word, previous = words[k].group(), words[k - 1].group()
    before_previous = words[k - 2].group() if k > 1 else ""
    if previous == "som" and any(w.group() == "samme" for w in words[max(0, k - 5) : k - 1]):
        # "bor i samme opgang som min kusine, Vestergade 31": the writer's people are what the
        # place is compared with, not its owner
        return word in POSSESSIVES or word in _REFERENCE_POINTS
    if word in POSSESSIVES:
        # "bor lige overfor min svigerinde på …": the writer's people's house is the point
        # another's home is told from
        return (
            previous == "overfor"
            or (previous, before_previous) in _BESIDE
            or (previous == "fra" and before_previous in _DISTANCE_UNITS)
        )
    if word not in _REFERENCE_POINTS:
        return False
    if previous == "for":
        return before_previous == "over"
    return previous in _FROM_THE_POINT


_KNOWING = frozenset(("ved", "kender", "veed", "vidste", "kendte"))
_KNOWING_ADVERBS = frozenset(("godt", "nok", "præcis", "også", "jo", "sgu", "fandme", "udmærket"))
_WH = frozenset(("hvor", "hvilken", "hvilket", "hvilke", "hvornår", "hvad"))


def knower(words: Sequence[re.Match[str]], k: int) -> bool:
    """ "Jeg ved godt, hvilken bil der holder i indkørslen på …": the writer who knows
    where or which is not the owner of what is told (the owner comes later, or is "du")."""
    if words[k].group() not in FIRST_PERSON or k + 1 >= len(words):
        return False
    if words[k + 1].group() not in _KNOWING:
        return False
    rest = [w.group() for w in words[k + 2 : k + 5] if w.group() not in _KNOWING_ADVERBS]
    if not rest and all(w.group() in _KNOWING_ADVERBS for w in words[k + 2 :]):
        return True  # probe round 433: the data itself is what is known ("vi ved godt <hvilken …>")
    return bool(rest) and rest[0] in _WH


_SEEING = frozenset(
    "set så ser fotograferet fotograferede fotograferer filmet filmede filmer spottet "  # noqa: SIM905
    "spottede bemærket bemærkede opdaget opdagede".split()
)
_SEEING_FILLERS = frozenset(("har", "havde", "selv", "også", "tit", "ofte", "godt", "jo", "sgu"))
_SEEN_THING = frozenset(("den", "det", "de", "hans", "hendes", "bilen", "huset", "ham", "hende"))


def observer(words: Sequence[re.Match[str]], k: int) -> bool:
    """ "jeg har set den sorte Passat holde i indkørslen på …": the writer who saw someone's
    car, house or them is no owner of what is told; the owner is named before or after.
    "jeg har set min bil …" keeps the writer (``min`` stops the search first)."""
    if words[k].group() not in ("jeg", "vi"):
        return False
    rest = [w.group() for w in words[k + 1 : k + 5] if w.group() not in _SEEING_FILLERS]
    return len(rest) >= 2 and rest[0] in _SEEING and rest[1] in _SEEN_THING


def _clause_initial(norm: Normalised, pos: int, clause_start: int) -> bool:
    return not norm.text[clause_start:pos].strip()


def in_signature(norm: Normalised, pos: int) -> bool:
    """``pos`` lies in the writer's signature: within ``SIGNATURE_LINES`` short lines after
    the last sign-off before it, none of which speaks of another person."""
    text = norm.text
    line_end = text.find("\n", pos)
    sign_off = None
    for m in _SIGN_OFF.finditer(text, 0, pos):
        sign_off = m
    if sign_off is None:
        return False
    card = text[sign_off.end() : len(text) if line_end < 0 else line_end].split("\n")[1:]
    if not card or len(card) > SIGNATURE_LINES:
        return False
    for line in card:
        words = _WORD.findall(line)
        if len(words) > SIGNATURE_LINE_WORDS or not OTHER_PERSON.isdisjoint(words):
            return False
    return True
