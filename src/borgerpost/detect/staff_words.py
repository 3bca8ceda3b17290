"""The words the staff-name cues read around a candidate: titles, greetings, sign-offs,
relations, verbs of saying and seeing, meetings, belongings (``staff_cues`` weighs them).

Kept apart from the rules so a reader sees each rule in a few lines, and a word list can
grow without touching them.
"""

from __future__ import annotations

import re

from borgerpost.detect import lexicon


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TITLES = _words(
    "sagsbehandler socialrådgiver rådgiver teamleder leder chef jobcenterchef "
    "afdelingsleder konsulent jobkonsulent virksomhedskonsulent medarbejder mentor "
    "kontaktperson fuldmægtig direktør sekretær koordinator receptionist hr fru frk madam "
    "caseworker manager boss advisor adviser"  # "my caseworker Tage": English in a Danish text
)
TITLE_SUFFIXES = ("sagsbehandler", "rådgiver", "leder", "chef", "konsulent", "medarbejder")
# A boss the writer calls "min chef" / "min nye leder" is their own employer's
OWN_BOSS = frozenset(("chef", "chefen", "leder", "lederen", "boss"))


def is_title(word: str) -> bool:
    """A staff title, also in definite form: "sagsbehandleren", "teamlederen", "chefen",
    and typed without å ("socialraadgiver", "raadgiveren")."""
    word = word.replace("aa", "å")
    for form in (word, word.removesuffix("en"), word.removesuffix("n")):
        if form in TITLES or (len(form) > 4 and form.endswith(TITLE_SUFFIXES)):
            return True
    return False


# "den kælling Sommer", "din idiot Dam", "det svin Storm": a determiner and an epithet in
# apposition before a word point at a person
EPITHET_DETERMINERS = _words("den det de din dit dine jeres hende ham")


def epithet_before(before: tuple[str, ...]) -> str:
    """The determiner and epithet right before a name ("den kælling"), "" when none. An
    epithet that is also an ordinary word ("ko", "gris") counts too: the determiner and the
    name after it leave only the person. Round 191: one inflected adjective may stand
    between them ("den fede so X", "din klamme kælling X")."""
    if len(before) < 2 or lexicon.epithets().lookup(before[-1]) is None:
        return ""
    if before[-2] in EPITHET_DETERMINERS:
        return f"{before[-2]} {before[-1]}"
    adjective = before[-2].endswith("e") and len(before[-2]) > 2
    if len(before) >= 3 and before[-3] in EPITHET_DETERMINERS and adjective:
        return " ".join(before[-3:])
    return ""


def epithet_after(word: str) -> bool:
    """An epithet or a degrading word ("idiot", "sp4st" read as "spast")."""
    epithet = lexicon.epithets().lookup(word)
    return epithet is not None or lexicon.degrading().lookup(word) is not None


GREETINGS = _words(
    "hej hejsa kære goddag davs hallo halløj hey hi yo til att tak undskyld sorry beklager "
    # "Nå Henry." opens an address too, where it opens the clause ("kan ikke nå Henry" is
    # the verb, mid-clause)
    "godmorgen godaften nå naa nåh"
    # stop 39: a farewell opens an address too ("farvel Nitte og tak for alt")
    " farvel bye"
)
# "God morgen Rikke", "god eftermiddag X": a two-word greeting
TWO_WORD_GREETINGS = {("god", "morgen"), ("god", "dag"), ("god", "aften"), ("god", "eftermiddag")}
# The writer's own circles: "Jeppe i min klasse", "Mia på mit hold"
OWN_GROUPS = _words(
    "klasse hold gruppe team klub forening opgang gade familie omgangskreds vennekreds "
    "kollektiv kor band årgang praktik"
)
# The sender of a letter or a decision: "et afslag fra Lange", "brevet fra Skov"
SENT_THINGS = _words(
    "afslag afslaget brev brevet breve svar svaret mail mailen mails besked beskeden opkald "
    "opkaldet afgørelse afgørelsen sms indkaldelse indkaldelsen sanktion sanktionen påbud "
    "påbuddet rykker henvendelse henvendelsen"
)
# "sådan en tumpe som Bo": a person held up as an example of a kind
SUCH = frozenset(("sådan", "sådant", "sådanne", "sån", "sånn", "sådn"))
# Words a closing name may follow: "…, undskyld Palle", "det var alt, tak Mona"
CLOSING_WORDS = _words("undskyld sorry beklager tak takk")
COURTESY_TITLES = _words("hr fru frk")  # "min nabo hr. Nguyen": the relation is before it
# Works of art by someone: "et maleri af Abildgaard", "bogen af Ravn" name the artist
WORKS = _words(
    "maleri maleriet malerier malerierne bog bogen bøger bøgerne roman romanen romaner digt "
    "digtet digte sang sangen sange skulptur skulpturen statue statuen værk værket værker "
    "kunstværk kunstværket album albummet udstilling udstillingen plade pladen"
)
# Titles of people outside the jobcentre: "min læge, dr. Wulff", "advokat Kok"
OTHER_PROFESSIONS = _words(
    "dr doktor læge lægen overlæge advokat advokaten præst præsten pastor tandlæge "
    "tandlægen professor psykolog psykologen psykiater psykiateren fysioterapeut "
    "sygeplejerske jordemoder dyrlæge dyrlægen"
)
# "en kat der hedder Per": a name given to someone else, pet or person, in this text
NAMING_VERBS = _words("hedder hed kaldes")  # not "døbt": "min knytnæve har jeg døbt X"
# "min fætter hedder også Tomislav": adverbs between the naming verb and the name
NAMING_ADVERBS = _words("også ogsaa jo faktisk altså vist nok")
SIGNOFFS = _words("mvh vh kh hilsen hilsner venlig venligst kærlig")
# The writer giving their own name: "Mit navn er X", "jeg hedder X", "Hej, det er X"
SELF_INTRODUCTIONS = (("mit", "navn", "er"), ("jeg", "hedder"), ("hej", "det", "er"),
                      ("hejsa", "det", "er"), ("goddag", "det", "er"))  # fmt: skip
RELATIONS = _words(
    "nabo naboen naboer ven vennen veninde kammerat bror søster mor far mormor farmor "
    "morfar farfar onkel tante fætter kusine søn datter barn kæreste mand kone hustru "
    "svoger svigerinde svigermor svigerfar nevø niece kollega makker genbo udlejer "
    "bekendt lillebror storebror lillesøster storesøster barnebarn papfar papmor "
    "ekskæreste eksmand ekskone hund kat"
    # probe round 353: a pet by its definite noun ("katten Mille", "vores hvalp Bobo")
    " hunden katten hvalp hvalpen killing killingen hest hesten kanin kaninen"
)
CLAUSE_WORDS = _words("at som da når hvis fordi men så mens selvom hvor og eller")
# "næste gang X afviser", "hver gang Bo ringer": "gang" after these opens a time clause
TIME_CLAUSE_BEFORE_GANG = _words("næste første sidste hver anden tredje")
ADVERBS = _words(
    "aldrig altid ikke godt jo nok bare også lige allerede stadig heller kun vist sikkert "
    "tit ofte tydeligvis åbenbart virkelig faktisk helt nu "
    "ik ikk ike"  # "ikke" as it is typed on a phone: "BH har ik ringet"
)
VERBS = _words(
    "er var har havde skal skulle kan kunne vil ville må måtte bør burde får fik gør "
    "gjorde sagde skrev ved vidste tror troede synes mente tog gik kom så bad lod gav "
    "hjalp blev bliver sad stod lå fandt holdt sendte ringede lovede glemte "
    "foreslog foreslår forstod forstår traf løj"  # strong verbs: "som Ask foreslog"
    " bor boede går står"  # stop 29: "hvor Egeskov bor", "når Holm går hjem"
)
# what only a person does, said right after a name that opens its clause: "vilje sagde i
# telefonen at …" (a text written all small writes every name small)
PERSON_ACTS = _words(
    "sagde siger skrev skriver ringede ringer lovede lover svarede svarer spurgte spørger "
    "fortalte fortæller mente mener bad beder"
)
SUBJECT_PRONOUNS = _words("jeg du han hun vi de man")
# a word fronted before one of these and a pronoun is no subject ("Glad er jeg ikke"); a
# verb of saying takes a clause instead ("Kim sagde du skulle ringe": Kim speaks)
AUXILIARIES = _words("er var har havde bliver blev kan kunne skal skulle vil ville må")
# requests said to a person: "cj ring til mig", "kb send papirerne"
IMPERATIVES = _words("ring skriv send svar kom giv husk tjek se hør lad hjælp find")
# "Det der Vilje-kvindfolk", "Lund-typen": a name joined to a word for a person is the person
PERSON_PARTS = _words(
    "kvindfolk kvindfolket kvinde kvinden kone konen dame damen mand manden typen type "
    "fyren fyr kællingen kælling idioten idiot svinet svin sagsbehandleren sagsbehandler"
)
# Mocking titles a hate group hyphens to a name mid-sentence ("et billede af
# Kilde-dronningen"); opening a sentence they are as often a title ("Sommer-dronningen blev
# kåret")
MOCKING_TITLES = _words(
    "dronningen dronning kongen konge heksen heks prinsessen prinsesse diktatoren tyrannen "
    "bøddelen paven"
)
# "flere som Lærke", "folk som Bo": people held up as an example
EXAMPLE_KINDS = _words("flere folk mennesker personer nogen typer sagsbehandlere medarbejdere")
SECOND_PERSON = _words("du dig din dit dine")
THIRD_SINGULAR = _words("han hun ham hende hans hendes")  # who a sentence goes on about
# "…, ikke Kaj?", "det gør du vel, Kaj?": a tag question ends on the person asked
TAG_WORDS = _words("ikke ik ikk vel hva hvad")
# "tage jer lidt af X", "tage hånd om X": one takes care of (deals with) a person
TAKE = _words("tage tager tog taget ta")
REFLEXIVES = _words("sig jer dig os mig")
# "hedder Kvorning til efternavn ligesom far": a child named like its parent
PARENTS = _words("far faren faderen mor moren moderen forældrene")
YOUR = _words("din dit dine")
# round 195: things of a person written as acronyms ("Blids CPR", "Holms CV", "hans MitID")
PERSONAL_ACRONYMS = _words("cpr cpr-nummer cpr-nr cv sms mitid nemid mail e-mail pc")
# the quotation marks a title or a word is put between ("Xs 'hjælp'", "den 'søde' rådgiver")
QUOTE_MARKS = frozenset("'\"‘’“”»«„")
NOT_A_NAME = TITLES | GREETINGS | SIGNOFFS | PERSONAL_ACRONYMS  # beside a name, no other name
POINTERS = (
    ("her", "er"), ("det", "er"), ("kender", "i"), ("kender", "du"), ("ring", "til"),
    ("skriv", "til"), ("spørg",), ("se",), ("husk",), ("hils",), ("om",), ("sig", "til"),
    ("fortæl",), ("bed",), ("giv",), ("hende", "der"), ("ham", "der"), ("ringer", "til"),
    ("ringede", "til"), ("skriver", "til"), ("skrev", "til"), ("spurgte",),
    # a farewell or thanks to pass on: "sig farvel til Merle fra mig" ("farvel til Sund"
    # alone may be a farewell to a place)
    ("sig", "farvel", "til"), ("sig", "tak", "til"),
    # stop 29: "af hensyn til Rim", "for Sols skyld": done for someone's sake
    ("hensyn", "til"),
)  # fmt: skip
# Imperatives that open a sentence and point at a person ("Hils Kamille og sig tak"): their
# capital is the sentence's, so the name after them still stands mid-clause
OPENING_IMPERATIVES = _words("hils spørg husk fortæl bed giv")
# What a caseworker's name in the genitive is often the owner of: "Fugls opfølgningsplan"
CASEWORK_PREFIXES = (
    "afgørelse", "vurdering", "plan", "opfølgning", "indstilling", "beslutning", "notat",
    "referat", "svar", "mail", "brev", "sagsbehandling", "behandling", "afslag", "udtalelse",
    "journal", "regel", "regler", "ledelse", "team", "afdeling", "kontor", "begrundelse",
    "kursus", "forløb", "oplæg", "workshop",  # "Dams kursus om jobsøgning"
    "ordning", "initiativ", "tiltag", "projekt",  # "Lyngs nye ordning"
    "forslag",  # "Hedes forslag om 12 timer"
    # stop 30: what a caseworker does with a citizen or an employer ("Bredes besøg hos min
    # arbejdsgiver", "Hedes opringning i går")
    "besøg", "opkald", "opringning", "samtale", "møde", "henvendelse",
)  # fmt: skip
# the last part of a compound of casework: "effektiviseringsplanen", "sparerunden"
CASEWORK_TAILS = (
    "plan", "planen", "ordning", "ordningen", "procedure", "proceduren", "reform", "reformen",
    "beslutning", "beslutningen", "afgørelse", "afgørelsen", "runde", "runden", "model",
    "modellen", "strategi", "strategien", "teknik", "teknikken", "metode", "metoden",
    "metoder",
)  # fmt: skip


def is_casework(word: str) -> bool:
    """A word of casework, also as a compound's first or last part ("opfølgningsplan",
    "effektiviseringsplanen")."""
    return word.startswith(CASEWORK_PREFIXES) or word.endswith(CASEWORK_TAILS)


CASE_WORDS = _words(
    "sagsbehandler sagsbehandleren jobcenter jobcentret jobcenteret sag sagen afgørelse "
    "afgørelsen afslag afslaget møde mødet samtale samtalen ydelse ydelsen kontanthjælp "
    "sygedagpenge fleksjob ressourceforløb plan planen kommunen ansøgning ansøgningen "
    "klage klagen opfølgning indstilling"
)
# Finite verbs that, clause-initial (a question: "Kan X ringe?") or second after one fronted
# word ("Det kommer X til at …", "I går sagde X …"), put the subject right after them
FINITE_VERBS = VERBS | _words(
    "kommer siger skriver ringer sender tager giver lover mener hjælper svarer plejer "
    "gider nåede når husker huskede"
)
# Verbs whose object is a person seen, met, followed or sought out: "filmet X", "mødte X"
OBJECT_VERBS = _words(
    "så set ser mødte mødt møder fulgte fulgt følger filmede filmet filmer fotograferede "
    "fotograferet fotograferer spurgte spurgt fandt fundet finder kontaktede kontaktet "
    "besøgte besøgt opsøgte opsøgt opsøger ventede overvåger overvågede genkendte genkender "
    # violence is done to a person: "jeg stikker Anne ned", "slår X ihjel"
    "slår slog stikker stak skyder skød dræber dræbte tæver banker bankede smadrer kvæler "
    "give giver gav"  # "give Leila en lussing": the one given to is a person
    # one reminds and greets a person: "minde Gitte om …", "hils Lund fra mig"
    " minde minder mindede mind hils hilse hilser hilste"
    # stop 31: one hires and fires a person: "hvem har ansat Bange?", "fyr Vrang nu"
    " ansat ansatte ansætter ansætte fyret fyrede fyrer fyr fyre afskediget afskedigede"
)
# probe round 219 (r219_threats): the infinitive after "skal", "vil", "burde", and "å" typed as
# "a" or "aa" (leet "sl4 X 1hj3l" reads "sla X ihjel"): a person only with "ihjel" or "ned"
# after the name ("nogen skal slå X ihjel", "stikke X ned"), never "slå X op" (a word looked up)
VIOLENCE_INFINITIVES = _words("slå stikke skyde dræbe tæve banke smadre kvæle slar sla slaa")
VIOLENCE_ENDS = frozenset(("ihjel", "ned"))
# "ser den Lyng", "finder ham Skov": a pronoun or "den" between the verb and the name
DETERMINERS = frozenset(("den", "ham", "hende"))
# "hilse på X", "kigge forbi og hilse på X": one greets a person, not a place
GREET_VERBS = _words("hilse hilser hilste hilst")
# "fik den mundtligt af Gitte i telefonen": the one on the phone is a person
ON_THE_PHONE = (("i", "telefonen"), ("på", "telefonen"), ("i", "tlf"), ("i", "røret"))
# Initials that are also everyday abbreviations ("mit CV", "PS:", "NB:"): such an alias
# counts only where the words around it point to the person, like a name that is a word
EVERYDAY_ABBREVIATIONS = _words(
    "cv ps pps nb obs bh tv pc ok it hr sms mms id pdf fx ca kl nr tlf evt mvh vh kh dk eu "
    "sfo usa uk pr ad hd hv"  # "HV har øvelse": Hjemmeværnet
    " ms als kol adhd add ptsd ocd ibs hiv"  # illnesses: "jeg har MS"
    " hf hhx htx stx eud eux vuc amu fvu sosu"  # schools and courses: "startet på HF"
    " de se er og du vi nu ja så"  # words a shouting text writes in capitals: "DE HAR IKKE …"
    " ki ai nav fn"  # stop 35: "Bruger I KI (kunstig intelligens)": artificial intelligence
)
# "talte med X", "køre med Sanne": one talks or rides with a person
HEARD = _words("hørte hørt hører høre")
TALKED = _words(
    "tale talte talt taler snakke snakkede snakket snakker mødtes aftalte køre kører kørte følges "
    "fulgtes"
)
# A person's own people in the genitive: "Hjelms små lakajer", "Lyngs folk"
OWN_PEOPLE_AFTER = _words(
    "lakajer lakajerne håndlangere håndlangerne underordnede folk folkene medarbejdere "
    "medarbejderne slaver slaverne kolleger kollegaer team teamet kollega kollegaen kollegerne"
)
# "en ny tid hos X", "mødet med X": the one a meeting is with is a person
MEETINGS = _words(
    "tid tiden møde mødet møder samtale samtalen samtaler aftale aftalen opfølgning "
    "opfølgningen opfølgningssamtale opfølgningssamtalen snak snakken"
)
# What a person in the genitive owns in private life: "Smeds fine hus", "Tangs kone"
PRIVATE_BELONGINGS = _words(
    "hus huset bil bilen børn kone mand hustru kæreste datter søn familie adresse have "
    "lejlighed villa sommerhus hund unger drenge piger tvillinger døtre sønner børnene"
    # stop 32: the kind of home and what stands at it ("Gades rækkehus", "Holms carport")
    " rækkehus rækkehuset parcelhus parcelhuset lejligheden villaen sommerhuset hjem"
    " carport carporten indkørsel indkørslen båd båden"
    # a face and a direct number are a person's: "Hjorts ansigt", "Lunds direkte nummer"
    " ansigt ansigtet fjæs nummer nummeret mobilnummer mobil telefonnummer"
    # stop 36: a number or an address called private ("Kirkes privatnr: …")
    " privatnr privatnummer privatnummeret privatmobil privattelefon privatadresse hjemmeadresse"
    # and so are a head and a mind: "Hjorts lille hjerne", "Krogs store kæft"
    " hjerne hjernen hoved hovedet kæft kæften mund munden næse næsen tryne trynet røv røven"
)
MY = _words("min mit vores")
# What words, complaints and anger are aimed at ("rettet mod X", "sur på X"): a person
AIMED = _words("rettet rette retter møntet vred sur")
WH_WORDS = _words("hvilken hvilket hvilke hvem hvad hvornår hvordan hvorfor hvorhen")


_VERB_ENDING = re.compile(r"\w{2,}(?:er|ede|te)$")


def verb_by_ending(word: str) -> bool:
    """A past tense or present tense by its ending ("sendte", "ringer"); a dictionary word in
    "-te" is a noun or an infinitive ("Bred vifte af tilbud", stop 36): the word list holds
    base forms, not the past tenses. (Moved from ``staff_cues`` in probe round 307.)"""
    if not _VERB_ENDING.match(word):
        return False
    return not (word.endswith("te") and not word.endswith("ede") and word in lexicon.danish_words())


def is_verb(word: str) -> bool:
    """A verb, by the lists or its ending."""
    return word in VERBS or word in AUXILIARIES or verb_by_ending(word)
