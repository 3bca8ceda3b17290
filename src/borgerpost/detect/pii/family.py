"""Private life around a person: children's institutions and a partner's workplace.

"hans datter går i 3.b på Byskolen", "henter hende i børnehaven", "hendes mand er læge på
Amtssygehuset", "tager toget kl. 16.12 hver dag", "går ud til sin cykel". The writer's own
life ("mit barn går i børnehave", "jeg tager bussen hver dag kl. 8") is not matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import (
    Pattern,
    Recognizer,
    first_matches,
    pattern,
    recognizer,
    words,
)
from borgerpost.detect.pii.owner import FIRST_PERSON, WRITER, nearest_person

POSS = r"(?:hans|hendes|dennes|deres|din|dit|dine|jeres|sin|sit|sine|[^\W\d_]{2,}s|[^\W\d_]{2,}'s)"
CHILD = (
    r"(?:(?:to|tre|fire|begge|små|store|ældste|yngste|mellemste)\s){0,2}"  # "hendes to små piger"
    r"(?:datter|datteren|døtre|søn|sønnen|sønner|barn|barnet|børn|børnene|dreng|drengen|"
    r"drenge|piger|pige|pigen|unger|ungerne|knægt|tvillinger|tvillingerne|lille\s[^\W\d_]+|"
    # "ELTs yngste går i 2.b": the youngest or eldest of someone's children, said alone
    r"yngste|ældste|mellemste)"
)
_CHILD_GENITIVE = (
    r"(?:søns|sønnens|sønners|datters|datterens|døtres|barns|barnets|børns|børnenes|drengs|"
    r"drengens|drenges|piges|pigens|pigers|tvillingers)"
)
_INSTITUTION = (
    r"(?:skole|skolen|børnehave|børnehaven|vuggestue|vuggestuen|sfo|sfo'en|fritidshjem|"
    r"fritidsklub|klub|klubben|dagpleje|dagplejen|gymnasium|gymnasiet|efterskole|friskole|"
    r"privatskole|institution|institutionen|legeplads|legepladsen|\d\.\s?[a-z]|"
    r"\d\.\s(?:og\s\d\.\s)?klasse)\b"  # "har to piger i 2. og 4. klasse"
)
CLAUSE = r"(?:[^!?\n.]|\.(?=\w))"
# words after "børnehaven" that name no institution ("går i børnehaven hver dag")
_NOT_A_NAME = r"(?:og|men|så|hvor|der|som|hver|hele|om|til|fra|med|nu|igen|endnu|stadig)"
_PARTNER = (
    r"(?:mand|kone|hustru|kæreste|ægtefælle|partner|samlever|ægtemand|forlovede|"
    r"manden|konen|hustruen|kæresten|ægtefællen|samleveren)"
)
# A job told with the definite article, found at one workplace: "kassedamen Susi",
# "sygeplejersken Lone" (someone met there, by name)
_JOB_AT_WORK = (
    r"(?:kassedamen|ekspedienten|sygeplejersken|pædagogen|frisøren|tandlægen|lægesekretæren|"
    r"receptionisten|buschaufføren|postbuddet|bibliotekaren|bageren|slagteren|apotekeren|"
    r"sosu-assistenten|hjemmehjælperen|lærerinden|dagplejeren|servitricen|tjeneren|bartenderen)"
)
# Close family whose workplace is as private as a partner's: "Glerups mor er lærer på …"
_RELATIVE = r"(?:mor|moren|far|faren|bror|broren|søster|søsteren|forældre|forældrene)"
# "hendes mands arbejdsplads", "konens job": the partner's workplace itself, as a thing
_PARTNER_OF = (
    r"(?:mands|kones|hustrus|kærestes|ægtefælles|partners|samlevers|mandens|konens|"
    r"hustruens|kærestens|ægtefællens|samleverens)"
)
_WORKPLACE = re.compile(
    r"(?:hus|huset|hospital|hospitalet|skole|skolen|fabrik|fabrikken|firma|firmaet|butik|"
    r"butikken|center|centret|kontor|kontoret|station|stationen|afdeling|afdelingen|klinik|"
    r"klinikken|apotek|apoteket|politiet|kommunen|banken|hotel|hotellet|restaurant|"
    r"værksted|værkstedet|lager|lageret|skadestuen|rådhuset|universitet|universitetet|"
    r"kassen|salonen|salon|børnehaven|vuggestuen|plejehjemmet|plejecentret|biblioteket|"
    r"sygehuset|tandlægen|lægehuset|kantinen|frisøren|bageren|supermarkedet|linje|rute)$"
)
# Pattern keywords (``Pattern.keywords``): every match of the group above contains one.
CHILD_WORDS = ("datter", "døtre", "søn", "barn", "børn", "dreng", "pige", "unger", "knægt",
               "tvilling", "lille", "yngste", "ældste", "mellemste")  # fmt: skip
PICK_UP_WORDS = ("hente", "aflevere")  # "henter", "hentede", "afleverer" contain them
_PICK_UP = r"henter|hente|hentede|afleverer|aflevere|afleverede"
# A firm's name of one or two words ("Danish Crown", "Hornbech VVS"), not running on into
# where it is ("Arla i Videbæk", "VVS nede på havnen")
_FIRM = r"(?P<place>[^\W\d_]+(?:\s(?!(?:i|på|ved|og|nede)\b)[^\W\d_]+)?)"
# "din datter går vel stadig i 2.b": adverbs between the verb and where the child goes
_ADVERBS = r"(?:(?:vel|stadig|jo|nu|også|altid|fortsat|vist|stadigvæk|endnu)\s){0,3}"
# where a child goes: "i/på" and, within the clause, its class or institution ("i 2.c på
# Bakkeskolen", "i samme klasse som min niece, 2.c"), perhaps with the school after it
_AT_INSTITUTION = (
    rf"(?:i|på)\s{CLAUSE}{{0,40}}?{_INSTITUTION}(?:\s(?:på|i)\s{CLAUSE}{{0,30}}?(?:skole|skolen)\b)?"
)
PARTNER_WORDS = ("mand", "kone", "hustru", "kæreste", "ægtefælle", "partner", "samlever",
                 "forlovede")  # fmt: skip
RELATIVE_WORDS = ("mor", "far", "bror", "søster", "forældre")


# Where a child pattern can start: a child word, or a possessive right before one.
_CHILD_AT = re.compile(rf"(?<!\w)(?={CHILD})")
_PICK_UP_AT = re.compile(rf"(?<!\w)(?={_PICK_UP})")
_HAS_AT = re.compile(r"(?<!\w)(?=har\s|fik\s)")
_POSSESSIVE_CHAR = re.compile(r"[^\W\d_]|'")
_WORD_CHAR = re.compile(r"\w")
_FIRST_WORD = re.compile(r"[\w'-]+")


class PrivateLife(Recognizer):
    """Shared hook: the writer's own family and habits are not matched."""

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        if "owner" in match.re.groupindex:  # "ved din bil": the possessive says whose
            return None if match.group("owner") in FIRST_PERSON else 0.0
        start = match.start("v")
        # the first word without a full stop after it ("kone. Hun arbejder …"), so the
        # sentence it closes is read for its owner
        first_word = _FIRST_WORD.match(match.group("v"))
        end = start + (first_word.end() if first_word else 0)
        return None if nearest_person(norm, end) == WRITER else 0.0


@recognizer
class ChildRecognizer(PrivateLife):
    name = "child"
    version = "1"
    kind = "child"
    reason = "Barns skole/institution"
    context = words("skole skolen klasse børnehave vuggestue sfo træning hver")
    prefilter = re.compile(
        r"datter|døtre|søn|barn|børn|dreng|pige|unge|knægt|tvilling|lille|hent|aflever|hvilk"
        r"|yngste|ældste|mellemste"
    )
    patterns = (
        pattern(
            "goes_to",
            rf"(?<!\w)(?P<v>(?:{POSS}\s)?{CHILD}\s(?:går|gaar|gående|er|kommer|starter|begynder)\s"
            rf"{_ADVERBS}{_AT_INSTITUTION})",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # the verb first ("Sjovt nok går Hulda Grønnings drenge i samme klasse som min
            # niece, 2.c på Bakkeskolen"): the child and its class or school after "går"
            "goes_to_inverted",
            rf"(?P<inv>)(?P<v>{POSS}\s{CHILD}\s{_AT_INSTITUTION})",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # a person described by the child they have ("sagsbehandleren med den lille pige
            # i Blåhvalens Børnehave"): the child's institution tells who she is
            "described_by_child",
            rf"(?<!\w)(?P<v>med\s(?:den|de|sin|sine|hendes|hans)\s{CHILD}\s{_AT_INSTITUTION})",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            "seen_at",  # "dine drenge ved Vestskolen", "jeres børn ved Rosenhøj Skole"
            # "dine unger derude på Bakkeskolen": a "there" before the place
            rf"(?<!\w)(?P<v>{POSS}\s{CHILD}\s(?:(?:derude|derhenne|dernede|ude|henne|nede)\s)?"
            rf"(?:ved|på|i|uden\sfor|udenfor|foran)\s"
            rf"(?:[^\W\d_]+\s){{0,2}}?[^\W\d_]*{_INSTITUTION})",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # "Kornums søn, 4.a på Tornby Friskole": the class or school told in apposition
            "apposition",
            rf"(?<!\w)(?P<v>{POSS}\s{CHILD},\s(?:(?:i|på)\s)?(?:[^\W\d_]+\s){{0,2}}?"
            rf"[^\W\d_]*{_INSTITUTION}(?:\s(?:på|i)\s{CLAUSE}{{0,30}}?(?:skole|skolen)\b)?)",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            "activity",  # "hans søn går til fodbold i Byens IF"
            rf"(?<!\w)(?P<v>(?:{POSS}\s)?{CHILD}\s(?:går\stil|spiller|træner|dyrker)\s"
            rf"[^\W\d_]+(?:\s(?:i|hos|på)\s[^\W\d_]+(?:\s[^\W\d_]+)?)?)",
            0.5,
            CHILD_WORDS,
        ),
        pattern(
            "club_of",  # "din søns fodboldklub", "hendes datters skole": the child's place
            rf"(?<!\w)(?P<v>{POSS}\s{_CHILD_GENITIVE}\s[^\W\d_]*(?:{_INSTITUTION}|hold\b|holdet\b))",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            "has_at",  # "har selv to børn på Hedegårdsskolen", "har en datter i 3.b"
            # "har en sød lille datter på Vestre Skole": adjectives before the child, a
            # named school of two words
            rf"(?<!\w)(?P<v>(?:har|fik)\s(?:selv\s|også\s)?(?:en\s|et\s)?"
            rf"(?:[^\W\d_]+\s){{0,2}}?{CHILD}\s(?:på|i|ved)\s"
            rf"(?:[^\W\d_]+\s)?[^\W\d_]*{_INSTITUTION})",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            # "har to små piger, der går i børnehaven Mælkebøtten": the child in a relative
            # clause, the institution named (a bare "går i børnehaven" names none)
            "has_child_who_goes",
            rf"(?<!\w)(?P<v>(?:har|fik)\s(?:selv\s|også\s)?(?:en\s|et\s)?"
            rf"(?:[^\W\d_]+\s){{0,2}}?{CHILD},?\s(?:der|som)\s(?:går|gaar|er)\s(?:på|i)\s"
            rf"(?:[^\W\d_]+{_INSTITUTION}|{_INSTITUTION}\s(?!{_NOT_A_NAME}\b)[^\W\d_]{{3,}}))",
            0.6,
            CHILD_WORDS,
        ),
        pattern(
            "picks_up",
            rf"(?<!\w)(?P<v>(?:{_PICK_UP})\s(?:hende|ham|dem|{POSS}\s{CHILD}|{CHILD}|sin\s\w+|sine\s\w+)"
            rf"\s{CLAUSE}{{0,30}}?(?:i|fra|på|ved)\s{CLAUSE}{{0,20}}?{_INSTITUTION})",
            0.6,
            PICK_UP_WORDS,
        ),
        pattern(
            "which_institution",  # "(ved) hvilken vuggestue hun henter sin søn i"
            rf"(?<!\w)(?P<v>(?:hvilken|hvilket|hvilke)\s{_INSTITUTION}\s(?P<who>[^\W\d_]+)\s"
            r"(?:[^\W\d_]+\s)?"
            rf"(?:{_PICK_UP}|går\si|gaar\si)(?:\s(?:hende|ham|dem|{POSS}\s{CHILD}|{CHILD}|"
            r"sin\s\w+|sine\s\w+))?)(?!\w)",
            0.6,
            ("hvilk",),
        ),
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """ "hvilken skole hun henter …" names its subject after the institution: the
        writer's own only when that is "jeg" or "vi"."""
        if "who" in match.re.groupindex:
            return None if match.group("who") in FIRST_PERSON else 0.0
        if "inv" in match.re.groupindex and not _GOES_BEFORE.search(
            norm.text, max(0, match.start() - 30), match.start()
        ):
            return None  # "… drenge i 2.c" needs the "går" before the owner
        if _BARE_INSTITUTION.search(match.group("v")) and not _named_after(norm.text, match.end()):
            return None  # "hvor hendes børn går i skole": which school is not said
        return super().validate(match, norm)

    def matches(self, pat: Pattern, text: str) -> Iterator[re.Match[str]]:
        """Tried only where a match can start (``first_matches``): the optional possessive
        before the child word made a full scan try a match at every word of the text."""
        if pat.name == "which_institution":
            return pat.regex.finditer(text)
        if pat.name == "picks_up":
            return first_matches(pat.regex, text, (m.start() for m in _PICK_UP_AT.finditer(text)))
        if pat.name in ("has_at", "has_child_who_goes"):
            return first_matches(pat.regex, text, (m.start() for m in _HAS_AT.finditer(text)))
        if pat.name == "described_by_child":
            return first_matches(pat.regex, text, (m.start() for m in _WITH.finditer(text)))
        return first_matches(pat.regex, text, _child_starts(text))


_WITH = re.compile(r"(?<!\w)med\s")
# "går (Hulda) Grønnings drenge i …": the verb right before the owner, a first name between
_GOES_BEFORE = re.compile(r"(?<!\w)(?:går|gaar)\s(?:[^\W\d_]+\s)?$")
# A child "går i skole" names no school; "går i skole på Vestre" or "går i 3.b" does
_BARE_INSTITUTION = re.compile(
    r"\s(?:går|gaar|gående|er|kommer|starter|begynder)\s(?:i|på)\s(?:skole|børnehave|"
    r"vuggestue|sfo|dagpleje|gymnasium|efterskole|institution|klub)$"
)
_PLACE_AFTER = re.compile(r"(?:'?\w*)\s(?:på|i|ved|hos|ude\spå|nede\spå|henne\spå)\s\w")
# the school named soon after: "går i skole, Rahimi. Det er Nørrebro Friskole, 3.B."
_NAMED_INSTITUTION = re.compile(
    r"\w(?:skole|skolen|børnehave|børnehaven|børnehus|vuggestue|vuggestuen)\b|\b\d\.\s?[a-z]\b"
)
_NAMED_REACH = 80


def _named_after(text: str, end: int) -> bool:
    """Where the child goes is said right after a bare "går i skole": a place, or a named
    institution or a class within ``_NAMED_REACH`` characters."""
    return bool(
        _PLACE_AFTER.match(text, end) or _NAMED_INSTITUTION.search(text, end, end + _NAMED_REACH)
    )


def _child_starts(text: str) -> Iterator[int]:
    """Each child word, and each place a possessive (``POSS``: letters and apostrophes,
    after no word character) can start in the word right before it."""
    for m in _CHILD_AT.finditer(text):
        at = m.start()
        yield at
        if at < 2 or not text[at - 1].isspace():
            continue
        first = at - 1
        while first > 0 and _POSSESSIVE_CHAR.match(text, first - 1):
            first -= 1
        for start in range(first, at - 1):
            if start == 0 or not _WORD_CHAR.match(text, start - 1):
                yield start


@recognizer
class SpouseWorkRecognizer(PrivateLife):
    name = "spouse_work"
    version = "1"
    kind = "spouse_work"
    reason = "Arbejdsplads for ægtefælle eller nær familie"
    prefilter = re.compile(
        r"mand|kone|hustru|kæreste|ægtefælle|partner|samlever|forlovede|mor|far|bror|søster|gift"
    )
    patterns = (
        pattern(
            "works_at",
            # "hendes mand, han arbejder på …", "jeg kender din kone. Hun arbejder i …", "og
            # konen – hun er …": a pronoun may take the partner up again, in the next sentence
            # too
            rf"(?<!\w)(?P<v>(?:{POSS}\s)?(?:{_PARTNER}|{_RELATIVE})(?:(?:[,.]|\s[–—-])\s(?:han|hun))?\s"
            # "kæresten hedder Lasse og er pædagog i …": the name given first
            rf"(?:hedder\s[^\W\d_]+\s(?:og\s)?)?"
            # "er i øvrigt tandplejer på …": an aside after the verb does not count as a word
            rf"(?:er\s(?:(?:i\søvrigt|for\sresten|forresten|by\sthe\sway)\s)?"
            rf"(?:[^\W\d_]+\s){{0,2}}?|"
            # "manden hedder Goran og kører taxa for X": a few words before the verb
            # "er hans kone ansat i …": the verb before the partner, the participle alone after
            rf"(?:[^\W\d_]+\s){{0,4}}?(?:arbejder|sidder|står|knokler|jobber|kører|(?:er\s)?ansat|"
            # "din kone får fri fra Føtex", "møder ind på lageret kl. 6"
            rf"(?:får|har)\sfri|møder(?:\sind)?|kommer\shjem)\s"
            rf"(?:(?:jo|vist|nu|stadig|også|faktisk|altså|i\søvrigt|for\sresten|forresten)\s)?"
            rf"(?:som\s[^\W\d_]+\s)?"
            rf"(?:(?:i|på|ved)\s[^\W\d_]+\s|(?:taxa|bus|lastbil|bil|vogn)\s)?)"
            # a bus route is a workplace too: "er buschauffør på linje 5"
            rf"(?:på|hos|ved|i|for|fra)\s(?P<place>(?:linje|rute)\s\d{{1,3}}[a-z]?|"
            rf"[^\W\d_]+(?:\s[^\W\d_]+)?))",
            0.6,
            PARTNER_WORDS + RELATIVE_WORDS,
        ),
        pattern(
            "knows_workplace",  # "vi ved godt hvor din kæreste arbejder. Netto på Søndergade"
            rf"(?<!\w)(?P<v>(?:ved|kender|fundet\sud\saf|fandt\sud\saf)\s(?:(?:godt|præcis|også|"
            rf"jo|lige)\s)*hvor\s(?P<owner>{POSS})\s(?:{_PARTNER}|{_RELATIVE})\s(?:arbejder|er\sansat|"
            rf"jobber|sidder\sog\sarbejder))(?!\w)",
            0.6,
            PARTNER_WORDS + RELATIVE_WORDS,
        ),
        pattern(
            "knows_name_and_workplace",  # "vi ved godt hvad din mand hedder og hvor han
            # arbejder", "kender jo navnet på din kone og hvor hun er ansat"
            rf"(?<!\w)(?P<v>(?:ved|kender|fundet\sud\saf|fandt\sud\saf)\s(?:(?:godt|præcis|også|"
            rf"jo|lige|alle)\s)*(?:hvad|hvem|hvordan|navnet\spå)\s(?P<owner>{POSS})\s"
            rf"(?:{_PARTNER}|{_RELATIVE})\s(?:[^\W\d_]+,?\s){{0,4}}?(?:og\s)?(?:også\s)?hvor\s"
            rf"(?:han|hun|de|vedkommende)\s(?:arbejder|er\sansat|jobber|sidder\sog\sarbejder))(?!\w)",
            0.6,
            PARTNER_WORDS + RELATIVE_WORDS,
        ),
        pattern(
            "greet_at",  # "hils din kone nede i Brugsen": where the partner is found
            # (a partner, at a named place: "hils din mor på hospitalet" visits a patient)
            rf"(?<!\w)(?P<v>(?:hils|hilse|hilser|hilste)\s(?:på\s)?{POSS}\s{_PARTNER}\s"
            rf"(?:(?:nede|henne|ovre|ude|inde)\s)?(?:på|hos|i|ved)\s(?P<shop>[^\W\d_]+))",
            0.6,
            PARTNER_WORDS,
        ),
        pattern(
            "married_to",  # "er gift med en der arbejder på Føtex Torvet"
            r"(?<!\w)(?P<v>(?:gift|kæreste|sammen)\smed\s(?:en|ham|hende|en\smand|en\skvinde)\s"
            r"(?:der|som)\s(?:arbejder|er\sansat|sidder|står|jobber)\s"
            r"(?:på|hos|ved|i|for)\s(?P<place>[^\W\d_]+(?:\s[^\W\d_]+)?))",
            0.6,
            ("gift", "kæreste", "sammen"),
        ),
        pattern(
            "married_to_owner",  # "er gift med ham, der ejer Hornbech VVS nede på havnen":
            # the partner's own business is where he is found
            r"(?<!\w)(?P<v>(?:gift|kæreste|sammen)\smed\s(?:en|ham|hende|en\smand|en\skvinde),?\s"
            r"(?:der|som)\s(?:ejer|driver|har|leder)\s"
            rf"{_FIRM})",
            0.6,
            ("gift", "kæreste", "sammen"),
        ),
        pattern(
            "runs_business",  # "hendes mand har tandlægeklinik på Stationsvej": the partner's
            # own shop or practice is where he is found
            rf"(?<!\w)(?P<v>{POSS}\s(?:{_PARTNER}|{_RELATIVE})\s(?:har|ejer|driver|leder)\s"
            r"(?:(?:en|et|sin|sit|egen|eget|sin\segen|sit\seget)\s)?"
            r"(?P<place>[^\W\d_]*(?:klinik|salon|butik|forretning|firma|værksted|restaurant|café|"
            r"cafe|pizzeria|kiosk|praksis|tegnestue|bageri|slagter|frisør|konditori)[^\W\d_]*)"
            r"\s(?:på|i|ved|nede\spå|ude\spå|henne\spå))(?!\w)",
            0.6,
            PARTNER_WORDS + RELATIVE_WORDS,
        ),
        pattern(
            "on_shift_at",  # "har sin mand på nattevagt hos Danish Crown i Horsens": the
            # partner's shift and the firm it is at
            rf"(?<!\w)(?P<v>{POSS}\s(?:{_PARTNER}|{_RELATIVE})\s(?:på|i)\s"
            r"(?:nattevagt|aftenvagt|dagvagt|vagt|nathold|skiftehold|arbejde|job)\s"
            rf"(?:hos|på|ved)\s{_FIRM})",
            0.6,
            PARTNER_WORDS + RELATIVE_WORDS,
        ),
        pattern(
            "spouse_by_job",  # "kassedamen Susi er gift med X": the partner told by a job
            # at a place ("… i Føtex på Storegade … Hun sidder ved kasse 2")
            rf"(?<!\w)(?P<v>{_JOB_AT_WORK}\s[^\W\d_]+\s(?:er|var)\s(?:gift|kæreste|forlovet|"
            r"sammen)\smed)(?=\s(?P<spouse>[^\W\d_]+))",
            0.6,
            ("gift", "kæreste", "forlovet", "sammen"),
        ),
        pattern(
            "workplace_of",
            rf"(?<!\w)(?P<v>(?:{POSS}\s)?{_PARTNER_OF}\s(?:arbejdsplads|arbejdspladsen|arbejde|"
            rf"job|firma|kontor|adresse\spå\sarbejdet))(?!\w)",
            0.6,
            PARTNER_WORDS,
        ),
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        # "vi ved hvor din kæreste arbejder": "din" owns it (``PrivateLife``)
        if super().validate(match, norm) is None:
            return None
        if "spouse" in match.re.groupindex:  # "… er gift med min bror": the writer's people
            return None if match.group("spouse") in FIRST_PERSON else 0.0
        if "shop" in match.re.groupindex:  # "hils din kone nede i Brugsen": a named place
            initial = norm.raw_slice(match.start("shop"), match.start("shop") + 1)
            return 0.0 if initial.isupper() else None
        if "place" not in match.re.groupindex:
            return 0.0
        # the place and the word before its preposition: "arbejder på apoteket i bymidten"
        # reads "på apoteket" as the optional spot and "i bymidten" as the place
        lead = norm.text[match.start("v") : match.start("place")].split()[-3:]
        place = lead + match.group("place").split()
        named = norm.raw_slice(match.start("place"), match.start("place") + 1).isupper()
        if not named and not any(_WORKPLACE.search(w) for w in place):
            return None  # "manden er i gang": no workplace
        return 0.0
