"""Photos and films of a person taken in their private life.

"et billede af hende på stranden med sin kone", "jeg har filmet ham i Føtex i weekenden",
"tog billeder af NN uden for hans hus", "billede af NN og hendes børn". The label guide
counts "a photo taken in private life" as doxxing: it shows where a caseworker shops, lives
and spends free time, and with whom. A picture
of a letter or a meeting, or of the writer's own family ("billede af min søn på stranden"),
is not matched: the setting must be private life and the person pictured someone else.
"""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import Recognizer, capitalised, pattern, recognizer, words
from borgerpost.detect.pii.media_words import (
    BEING,
    DISAPPROVAL,
    FAMILY_OUTING,
    LEISURE,
    NOTICE,
    OFF_DUTY,
    SETTING,
    WITH_FAMILY,
    named_place,
)
from borgerpost.detect.pii.owner import FIRST_PERSON
from borgerpost.detect.staff_words import TITLE_SUFFIXES, is_title

_MEDIA = (
    r"(?:billede|billedet|billeder|billederne|foto|fotoet|fotos|fotoene|video|videoen|"
    r"videoer|videoerne|film|filmen|optagelse|optagelsen|optagelser|selfie|snap|klip|klippet)"
)
_SHOOT = (
    r"(?:filmet|filmede|filmer|fotograferet|fotograferede|fotograferer|optaget|optog|"
    r"knipset|knipsede|(?:taget|tog|tager)\s(?:et\s)?(?:billede|billeder|fotos?|video)\saf)"
)
_INSTITUTIONS = ("jobcent", "kommun", "rådhus", "borgerservice")  # a building is no person
# a staff title before the name of the one seen ("jobkonsulent X", "sagsbehandleren X")
_TITLE = rf"(?:[^\W\d_]*(?:{'|'.join((*TITLE_SUFFIXES, 'mentor'))})(?:en)?\s)?"
_SEEN_PRONOUNS = frozenset(("ham", "hende", "dem", "hans", "hendes"))
# the pictured person as the subject of a clause too ("…, hvor hun handlede")
_PICTURED_PRONOUNS = _SEEN_PRONOUNS | {"hun", "han"}
# "facebook.com/photo/…", "pics": an English picture word or a photo link counts too
_PICTURE = re.compile(
    r"billede|foto|photo|video|film|selfie|snap|klip|\bpics?\b|📸|📷|🎥|instagram|\binsta\b"
)
# stop 45: a picture pointed at before "Det er X …" ("Se lige billedet fra stranden. Det
# er …"): only then does "det" stand for the picture's person
_POINTED_PICTURE = re.compile(
    r"(?:se|kig|tjek)\s(?:(?:lige|engang|bare|nu)\s)*(?:på\s)?(?:det\s(?:her\s)?|dette\s)?"
    r"(?:billede|billedet|foto|fotoet|video|videoen|opslaget)|📸|📷|👇|genkender|kender\s+i\s+hende"
)
# probe round 337: the pronoun as the caption's subject too ("her er han i haven med sønnen")
_SHOWN_PRONOUNS = frozenset(("hende", "ham", "hun", "han"))
# round 293 (mine): a post's call to tag, comment or share ("Tag ham gerne i kommentarerne"):
# a caption "her er X på stranden …" in such a post points at a picture, named or not
_POSTED = re.compile(r"\bi\skommentar\w*|\btag\s(?:ham|hende)\b|\bdel\s(?:gerne|det|opslaget)\b")
# "billede af Dragans hus", "af Asger Brøchners hus": the home, car or family of a person
# named in the genitive (a first name may come before it)
_OWNED = (
    r"(?P<who>)(?:[^\W\d_]+(?:-[^\W\d_]+)?\s)?[^\W\d_]+s\s(?:[^\W\d_]+e\s)?(?:hus|huset|villa|hjem|have|lejlighed|sommerhus|"
    r"bil|båd|carport|indkørsel|børn|kone|mand|kæreste|familie|datter|søn)(?!\w)"
)
# "billedet (som) jeg tog af X": a relative clause between the picture and its subject
# round 441: or the verb first ("det her billede tog jeg af X i svømmehallen")
_TAKEN = (
    r"(?:(?:som|der)\s)?(?:jeg|vi|han|hun|de|min\s[^\W\d_]+)\s(?:har\s|havde\s)?"
    r"(?:tog|taget|fik|knipsede|knipset|lavede|optog|filmede|filmet|fandt)\s"
    r"|(?:tog|knipsede|filmede|optog)\s(?:jeg|vi)\s"
)
# "et billede af X fra Ungeindsatsen, som jeg tog i svømmehallen": the relative clause after
# the person, and the setting after it; "…, taget foran hendes hus", "som jeg tog ude foran"
_TAKEN_AFTER = (
    r"(?P<last>[^\W\d_]+),\s(?:(?:som|der)\s(?:jeg|vi)\s(?:har\s|havde\s)?"
    r"(?:tog|taget|knipsede|knipset|filmede|filmet|optog|optaget)|taget|knipset|filmet|optaget)"
    r"\s(?:ude\s|inde\s|henne\s|lige\s|oppe\s|nede\s)?"
    # probe round 279: the person taken up again after the verb ("et foto af X, som jeg
    # knipsede af hende og hendes søster i Fakta"): the setting follows the pronoun
    r"(?:af\s(?:ham|hende)\s)?"
)
# the jobcentre or one of its units, placing a person by where they work; each alternative
# holds one of ``WORKPLACE_WORDS`` (the pattern's keywords)
WORKPLACE_WORDS = (
    "jobcent", "kommunen", "borgerservice", "ledelsen", "kontanthjælp", "sygedagpenge",
    "fleksjob", "jobafklaring", "ressourceforløb", "ungeindsats", "uddannelseshjælp",
    "afdeling", "teamet",
)  # fmt: skip
_WORKPLACE = (
    r"(?:jobcent(?:ret|eret)|kommunen|borgerservice|ledelsen|kontanthjælp\w*|sygedagpenge\w*|"
    r"fleksjob\w*|jobafklaring\w*|ressourceforløb\w*|ungeindsats\w*|uddannelseshjælp\w*|"
    r"[^\W\d_]+afdeling\w*|[^\W\d_]+teamet)"
)
# "af Jesper L. og hans kæreste", "af 'Hanne Mørk' fra hendes ferie": a name may be quoted
_QUOTE = "['\"‘’“”«»]"
_NAME_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)?\.?"  # "Jesper", "L.", "Anne-Mette"
# probe round 173: "jeres 'virksomhedskonsulent' X", "vores kære sagsbehandler X": the
# office's title owned by the readers, perhaps in scare quotes, before the name
_OWNED_TITLE = (
    rf"(?:(?:jeres|vores|deres|din|den)\s(?:kære\s|søde\s|egen\s|nye\s)?{_QUOTE}?"
    rf"[^\W\d_]*(?:{'|'.join((*TITLE_SUFFIXES, 'mentor'))})(?:en)?{_QUOTE}?\s)"
)
_WHO = rf"(?P<who>(?:{_QUOTE}?{_NAME_WORD}{_QUOTE}?\s){{0,5}}?)"
_WHO_NAMED = rf"(?P<who>(?:{_NAME_WORD}\s){{1,5}}?)"  # a caption names someone
_GENITIVE_OWNER = re.compile(r"\s(?:af\s)?([^\W\d_]+s)\s")
_PRONOUN_GENITIVES = frozenset(("hans", "hendes", "sis", "os", "jeres", "deres", "vores"))


def _names_someone(norm: Normalised, match: re.Match[str]) -> bool:
    """A capitalised word among the caption's words before "der": the name after a title."""
    start = match.start("who")
    return any(
        capitalised(norm, start + m.start()) for m in re.finditer(r"\S+", match.group("who"))
    )


def _reported(text: str) -> bool:
    return NOTICE.search(text) is not None and DISAPPROVAL.search(text) is not None


_AT_WORK = re.compile(r"jobcent|kommun|kantine|kontor|arbejde|personale|kollega")
MEDIA_WORDS = ("billede", "foto", "video", "film", "optag", "selfie", "snap", "klip", "knips")


@recognizer
class PrivateMediaRecognizer(Recognizer):
    name = "private_media"
    version = "1"
    kind = "private_media"
    reason = "Billede eller film fra privatlivet"
    prefilter = re.compile(_PICTURE.pattern + "|optag|knips|" + _POSTED.pattern)
    context = words("nettet facebook tiktok instagram snapchat delt deler spred del lægger")
    context_boost = 0.2
    patterns = (
        pattern(
            "pictured",  # "et billede af Jakob Møller på stranden", "billedet her af …"
            # "lagt et billede op af X og hendes mand …": a particle of the verb between
            # ("et billede, jeg tog af X og hans kone": a comma before the relative clause)
            # ("billedet, jeg tog af X fra Fleksjob i Lalandia i søndags med konen": the unit
            # and a few words of where and when before the setting)
            rf"(?<!\w)(?P<v>{_MEDIA},?\s(?:her\s|der\s|op\s|ud\s|frem\s)?(?:{_TAKEN})?(?:af|med)\s"
            # (probe round 173: "af hende fra Ydelse, Tine Holm, til …": the unit, then the
            # name in apposition between commas)
            rf"{_WHO}(?:{_TAKEN_AFTER})?(?:fra\s[^\W\d_]+,?\s(?:[^\W\d_]+,?\s){{0,4}}?)?{SETTING})",
            0.6,
            MEDIA_WORDS,
        ),
        pattern(
            "owned",  # "taget et billede af Dragans hus", "video af Sørens nye bil"
            rf"(?<!\w)(?P<v>(?:{_MEDIA}|{_SHOOT})\s(?:af\s)?{_OWNED})",
            0.6,
            MEDIA_WORDS,
        ),
        pattern(
            # round 441: someone's own picture from private life, found and shared ("dit
            # billede fra stranden med dine børn", "hans fotos fra ferien"); not "mit billede"
            "owned_from_life",
            rf"(?<!\w)(?P<v>(?P<owner>hans|hendes|dennes|din|dit|dine|[^\W\d_]{{2,}}s)\s{_MEDIA}\s{SETTING})(?P<who>)(?P<life>)",
            0.6,
            MEDIA_WORDS,
        ),
        pattern(
            "private",  # "hendes private billeder", "Mettes private fotos fra Instagram"
            rf"(?<!\w)(?P<v>(?P<owner>hans|hendes|dennes|[^\W\d_]{{2,}}s)\s(?:private|privat)\s"
            rf"{_MEDIA})(?!\w)(?P<who>)",
            0.6,
            MEDIA_WORDS,
        ),
        pattern(
            "spotted",  # "Se lige hvem jeg mødte på Løkken Camping 📸 …", a picture shown
            # ("Se lige hvem der sad og drak sig i hegnet på Havnecaféen lørdag 😂 X": who
            # was there, doing what)
            # (stop 31: "Se lige, hvem jeg mødte …": a comma before "hvem")
            r"(?<!\w)(?P<v>(?:se|gæt)\s(?:lige\s|engang\s|nu\s)*(?:lige,\s|,\s)?hvem\s(?:(?:jeg|vi)\s"
            r"(?:mødte|fandt|så|spottede|fangede|løb\sind\si|stødte\sind\si|render\sind\si)\s"
            # (round 199: "hvem der handler i Bilka søndag formiddag med mand og børn")
            r"(?:[^\W\d_]+\s){0,2}?|der\s(?:sad|stod|lå|var|drak|dansede|festede|hang|sov|handler|"
            # stop 45: the present tense too ("Se lige hvem der sidder og drikker fadøl på …")
            r"handlede|shopper|shoppede|sidder|står|ligger|er|drikker|danser|fester|hænger|sover)\s"
            r"(?:[^\W\d_]+\s){0,5}?)(?:på|i|ved|til)\s(?:[^\W\d_]+\s){0,3}?" + LEISURE + r")"
            r"(?P<who>)(?P<spotted>)",
            0.6,
            ("hvem",),
        ),
        pattern(
            "seen_at",  # "Så Inger-Lis K fra kontanthjælp i Bilka i går … her er billedet 📸"
            # (probe round 116: "Så vi lige jobkonsulent X nede i Netto …": the seer after the
            # verb, a title before the name, "nede", "oppe" before the place)
            rf"(?<!\w)(?P<v>(?:så|mødte|spottede|fangede|fandt|set|fundet)\s"
            rf"(?P<seer>(?:jeg|vi)\s(?:(?:lige|da|sgu|også|lige\sfør)\s)?{_TITLE})?"
            # stop 30: no seer said ("Så lige Przemek fra jobcentret nede i svømmehallen")
            rf"(?:(?:lige|da|sgu)\s{_TITLE})?{_OWNED_TITLE}?{_WHO}(?:fra\s[^\W\d_]+\s)?"
            # probe round 279: with the family before the place ("mødte X med sin kæreste
            # i Lalandia")
            rf"(?:{WITH_FAMILY}\s)?"
            rf"(?:(?:nede|oppe|henne|inde|ude|ovre)\s)?"
            rf"(?:i|på|ved)\s(?:[^\W\d_]+\s){{0,3}}?{LEISURE})(?P<spotted>)",
            0.6,
            ("så", "mødte", "spottede", "fangede", "fandt", "set", "fundet"),
        ),
        pattern(
            # round 425: seen out with the family at a named place ("set X med familien i
            # Aqua"); validate wants the place's capital (or a place of leisure) and a picture
            "seen_with_family",
            rf"(?<!\w)(?P<v>(?:så|mødte|spottede|set|mødt)\s(?:(?:jeg|vi)\s)?(?:lige\s)?{_TITLE}"
            rf"{_WHO_NAMED}(?:fra\s[^\W\d_]+\s)?{FAMILY_OUTING}(?P<place>[^\W\d_]{{3,}}))(?P<spotted>)",
            0.6,
            ("så", "mødte", "spottede", "set", "mødt"),
        ),
        pattern(
            "shown",  # "Se billedet … her er Martin Hjelm fra jobcentret fuld til sin datters
            # konfirmation": a picture pointed at, the person in it at a private occasion
            # ("her er hende i bikini på Mallorca med manden": a few words of dress and place)
            # probe round 307: the title before the name ("her er teamleder X i badebukser
            # ved søen")
            # (stop 45: "Se lige billedet fra stranden … Det er jobcenterchef X i badedragt med
            # sine to unger": "det er" points at the picture's person as well)
            rf"(?<!\w)(?P<v>(?:her\s(?:er|ses)|det\ser(?P<det>))\s{_TITLE}{_WHO_NAMED}(?:fra\s[^\W\d_]+\s)?"
            rf"(?:[^\W\d_]+\s){{0,4}}?{SETTING})(?P<shown>)",
            0.6,
            ("her", "det er"),
        ),
        pattern(
            "identified",  # "Nogen der genkender hende her? Det er Nilou fra jobafklaringen,
            # taget til hendes søsters bryllup": a picture's person named, then where it was taken
            rf"(?<!\w)(?P<v>(?:det|dette|her)\s(?:er|var)\s(?P<who>(?:{_NAME_WORD}\s){{0,4}}"
            rf"{_NAME_WORD})(?:\sfra\s[^\W\d_]+)?,?\s(?:taget|knipset|filmet|optaget)\s"
            rf"(?:[^\W\d_]+\s){{0,2}}?{SETTING})(?P<shown>)",
            0.6,
            ("taget", "knipset", "filmet", "optaget"),
        ),
        pattern(
            # stop 30: the picture's person named, then where they were, off work ("Kan I se
            # billedet? Det er X, fuld som en allike på Bodega Hjørnet i fredags"); (stop 45)
            # "det er" only after a picture pointed at: "Det er X på ferie i denne uge, så jeg
            # sender billedet af brevet igen" tells of no picture of X
            "identified_at",
            rf"(?<!\w)(?P<v>(?:(?:det|dette)\s(?:er|var)(?P<det>)|her\s(?:er|var))\s(?P<who>(?:{_NAME_WORD}\s){{0,4}}"
            rf"{_NAME_WORD})(?:\sfra\s[^\W\d_]+)?,?\s(?:[^\W\d_]+\s){{0,5}}?(?:på|i|til)\s"
            rf"(?:[^\W\d_]+\s){{0,2}}?{LEISURE})(?P<shown>)",
            0.6,
            ("det", "dette", "her"),
        ),
        pattern(
            # probe round 271: the one in the picture named, the picture from a private
            # occasion ("Var det ikke Bo fra Ydelse, der sad på fotoet fra havefesten?")
            "named_in_picture",
            rf"(?<!\w)(?P<v>(?:(?:er|var)\s(?:det|dette)|(?:det|dette)\s(?:er|var))\s(?:ikke\s)?"
            rf"(?P<who>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})(?:\sfra\s[^\W\d_]+)?,?\s(?:der|som)\s"
            rf"(?:står|stod|ses|sidder|sad|er|var)\s(?:på|i)\s{_MEDIA}\s(?:her\s)?{SETTING})(?P<shown>)",
            0.6,
            MEDIA_WORDS,
        ),
        pattern(
            "caption_from_work",  # "Kit Lønstrup fra Ungeindsatsen til polterabend i Aalborg
            # 🍻 [billede]": a caption's telegraphic line, the person placed by the workplace,
            # then the private occasion (a picture shown elsewhere in the text)
            # (stop 37: a word or two of how they were between, "… godt fuld til privat fest")
            rf"(?<!\w)(?P<v>{_WHO_NAMED}fra\s{_WORKPLACE}\s(?:[^\W\d_]+\s){{0,2}}?{SETTING})"
            r"(?P<shown>)",
            0.6,
            WORKPLACE_WORDS,
        ),
        pattern(
            "captioned",  # "Se billedet 👇 Sol Hjort i Føtex med sine børn": a caption after
            # the picture word and a pointer (an emoji, a colon, an arrow)
            # ("Billede: X på Bryggen i går med sin kone": a few words of place and time
            # may come before the private setting; round 441: when it was taken may come
            # before the pointer, "Billede fra i går: X med familien på stranden")
            rf"(?<!\w)(?P<v>{_MEDIA}(?:\s(?:her|der))?(?:\sfra\s(?:i\s)?[^\W\d_]+)?\s?[^\w\s.!?]{{1,4}}\s{_WHO_NAMED}"
            rf"(?:fra\s[^\W\d_]+\s)?(?:[^\W\d_]+\s){{0,4}}?{SETTING})(?P<shown>)",
            0.6,
            MEDIA_WORDS,
        ),
        pattern(
            # probe round 259: a pointing opening, a colon, then the person in a private
            # setting ("Kig lige her: Ole Dam i badebukser på Skagen Strand …"); validate wants
            # a picture in the text ("[foto]", a link) and the person named
            "pointed_caption",
            # (probe round 329: or "se lige" and the name straight on, "Se lige X på Kreta i
            # bikini: <link>"; validate still wants the picture and the name)
            rf"(?<!\w)(?P<v>(?:se|kig|tjek)\s(?:(?:lige\s|engang\s|nu\s|bare\s)*(?:her|det\sher)"
            rf"\s?[:!]|(?:lige|engang)(?:\s(?:lige|engang|bare))*)\s{_WHO_NAMED}(?:fra\s[^\W\d_]+\s)?(?:[^\W\d_]+\s){{0,4}}?{SETTING})"
            r"(?P<shown>)",
            0.6,
            ("se", "kig", "tjek"),
        ),
        pattern(
            # stop 32: the picture's person, then a long aside, then where it was taken ("et
            # billede af hende fra jobcentret, der tager folks penge – X – taget i Netto i
            # lørdags"): a private place named after "taget"
            "pictured_taken_at",
            rf"(?<!\w)(?P<v>{_MEDIA}\s(?:af|med)\s(?P<subj>[^\W\d_]+)(?:[^.!?\n]|(?<=[\s.]\w)\.){{0,90}}?\s"
            rf"(?:taget|knipset|filmet|optaget)\s(?:i|på|ved|til)\s(?:[^\W\d_]+\s){{0,2}}?{LEISURE})"
            r"(?P<who>)(?P<taken>)",
            0.6,
            MEDIA_WORDS,
        ),
        pattern(
            # stop 33: the picture's person, then when it was taken, off work ("et billede af
            # X, da hun stod og handlede i Netto", "mens han sad på havnen")
            "pictured_while",
            rf"(?<!\w)(?P<v>{_MEDIA}\s(?:af|med)\s(?P<subj>[^\W\d_]+)(?:\s{_NAME_WORD}){{0,3}},?\s"
            # probe round 279: or a relative clause of what the person does off work ("et
            # foto af X, som står og griller på stranden", "…, der danser på en bar i Aarhus")
            rf"(?:(?:da|mens|hvor)\s(?:hun|han)|(?:der|som)\s(?:{OFF_DUTY}|{BEING}))\s"
            rf"(?:[^\W\d_]+\s){{0,4}}?(?:i|på|ved|til)\s"
            rf"(?:[^\W\d_]+\s){{0,2}}?{LEISURE})(?P<who>)(?P<taken>)",
            0.6,
            MEDIA_WORDS,
        ),
        pattern(
            # stop 32: a caption that tells what the person does off work ("Billede fra i
            # går: vores 'rådgiver' X, der shopper på Strøget …"): a few words between
            "captioned_off_duty",
            rf"(?<!\w)(?P<v>{_MEDIA}(?:\s[^\W\d_]+){{0,3}}\s?[^\w\s.!?]{{1,4}}\s(?:\S+\s){{0,3}}?"
            rf"(?P<who>{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}),?\s(?:der|som)\s{OFF_DUTY}\s"
            r"(?:[^\W\d_]+\s){0,3}?(?:på|i|ved)\s[^\W\d_]+)(?P<shown>)(?P<offduty>)",
            0.6,
            MEDIA_WORDS,
        ),
        pattern(
            # stop 35: the writer took the picture at a place off work, then who was doing
            # what there ("Billedet tog jeg nede i Netto i lørdags, hvor hun handlede med
            # sine unger")
            "taken_by_writer",
            rf"(?<!\w)(?P<v>{_MEDIA}\s(?:tog|knipsede|filmede|optog)\s(?:jeg|vi)\s"
            rf"(?:nede\s|oppe\s|ude\s|henne\s|inde\s)?(?:i|på|ved)\s(?:[^\W\d_]+\s){{0,2}}?"
            rf"{LEISURE}[^.!?\n]{{0,30}}?\s(?:hvor|da|mens)\s(?P<subj>hun|han))(?P<who>)(?P<taken>)",
            0.6,
            MEDIA_WORDS,
        ),
        pattern(
            "shows_home",  # "en video hvor man kan se Bo Brinks ansigt og hvor han bor"
            rf"(?<!\w)(?P<v>{_MEDIA}(?:[^.!?\n]){{0,100}}?\shvor\s(?P<who>han|hun)\s"
            rf"(?:bor|boede)(?!\w))",
            0.6,
            MEDIA_WORDS,
        ),
        pattern(
            "filmed",  # "jeg har filmet Karina Hedegaard i Føtex"
            rf"(?<!\w)(?P<v>{_SHOOT}\s{_WHO}{SETTING})",
            0.6,
            MEDIA_WORDS,
        ),
    )

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """The person pictured must be named or pointed at, and not the writer's own
        ("af mig", "af min søn"): that is who the private data is about."""
        if _reported(norm.text):
            return None
        if "taken" in match.re.groupindex:  # "billede af hende …, taget i Netto"
            subject = match.group("subj")
            person = subject in _PICTURED_PRONOUNS or capitalised(norm, match.start("subj"))
            return 0.0 if person and subject not in FIRST_PERSON else None
        who = [w.strip("'\"‘’“”«»") for w in match.group("who").split()]
        if "last" in match.re.groupindex and match.group("last"):
            who.append(match.group("last"))  # "af Helga, taget foran …": the name before the comma
        if "spotted" in match.re.groupindex:  # seen off work: counts with a picture shown
            if "place" in match.re.groupindex and not named_place(norm, match.start("place")):
                return None  # "med familien i går": a time, no place
            if any(w in FIRST_PERSON for w in who):
                return None  # "så mig i Netto": the writer
            if "seer" in match.re.groupindex and match.group("seer") and not who:
                return None  # "så jeg i Netto": the writer saw, no one is seen
            named = not who or who[0] in _SEEN_PRONOUNS or capitalised(norm, match.start("who"))
            return 0.0 if named and _PICTURE.search(norm.text) else None  # not "så er der …"
        if "shown" in match.re.groupindex:  # "her er <Navn> …", a caption: a picture shown
            # "fundet X på Instagram 😂 her er hende …": a pronoun for the one just found
            named = bool(who) and (
                capitalised(norm, match.start("who"))
                or (len(who) == 1 and who[0] in _SHOWN_PRONOUNS)
                # "Foto: sagsbehandler Bent Holt, der …": a title before the name
                or ("offduty" in match.re.groupindex and _names_someone(norm, match))
                # probe round 315: "Her er jobkonsulent X, taget på en bodega …": a title first
                or (len(who) > 1 and is_title(who[0]) and _names_someone(norm, match))
            )
            own = any(w in FIRST_PERSON or w.startswith(_INSTITUTIONS) for w in who)
            shown = _PICTURE.search(norm.text) or _POSTED.search(norm.text)
            if "det" in match.re.groupindex and match.group("det") is not None:
                # "det er X på ferie" is no caption alone: a picture pointed at before it
                shown = _POINTED_PICTURE.search(norm.text, 0, match.start())
            return 0.0 if named and not own and shown else None
        after = match.end()
        if "life" in match.re.groupindex and _AT_WORK.search(norm.text, after, after + 40):
            return None  # "hendes billede fra festen i jobcentrets kantine": a work party
        if "owner" in match.re.groupindex:  # "hendes private billeder": a possessive owner
            return None if match.group("owner") in FIRST_PERSON else 0.0
        if not who:  # "billede af Dragans hus": the owner is named in the genitive
            owner = _GENITIVE_OWNER.search(match.group("v"))
            return 0.0 if owner and owner.group(1) not in _PRONOUN_GENITIVES else None
        if any(w in FIRST_PERSON for w in who):
            return None
        return 0.0
