"""The words and patterns that tell the jobcentre's own contact data from a person's: the
office's prefixes, work lines, private words and the lead-ins of letters and switchboards
(``official.official_reason`` reads them)."""

from __future__ import annotations

import re

OFFICIAL_PREFIXES = (
    "jobcent",
    "rådhus",
    "kommune",
    "borgerservice",
    "telefontid",
    "åbningstid",
    "hovednummer",
    "omstilling",
    "hovedpost",
    "sikkerpost",
    "ydelsescent",
    "udbetaling",
)
# Words right before a number that give it as work contact data, which is the jobcentre's:
# "hans arbejdstelefon 41 52 63 74", "teamets fælles nummer", "afdelingens direkte nummer"
WORK_LEAD_IN = ("arbejds", "fælles", "teamet", "afdeling", "kontor", "direkte", "vagttelefon")
# "Jette K's direkte nummer fra brevet, 96 15 42 17": a direct line the jobcentre gave
# "direkte nummer fra brevet"; stop 38: "ring og spørg efter X på 72 …": one asks for a
# person at a switchboard, never on their own phone
DIRECT_FROM_LETTER = re.compile(
    r"direkte\s(?:nummer|nr|linje)\s(?:fra|i|på)\s(?:brevet|mailen)"
    r"|spørg\w*\s(?:så\s|bare\s)?efter\s(?:[^\W\d_]+\s){1,3}på\s(?:nummer\s|tlf\.?\s|telefon\s)?$"
)
# "det nummer, der står i jeres brev (72 34 51 18)", "nummeret opgivet i indkaldelsen": a
# number the jobcentre's own letter, mail or web page gives is its contact data
GIVEN_BY_JOBCENTRE = re.compile(
    r"(?:står|stod|oplyst|oplyste|opgivet|opgav|angivet|anført|nævnt)\s(?:i|på|under)\s"
    r"(?:jeres|jobcentrets|kommunens|afdelingens|hendes|hans|det|den|\w+s)?\s?"
    r"(?:brev|brevet|breve|mail|mailen|e-mail|indkaldelse|indkaldelsen|afgørelse|afgørelsen|"
    r"hjemmeside|hjemmesiden|signatur|signaturen|partshøring|partshøringen)\b"
)
# stop 36: "I brevet står, at man kan fange X på 44 12 31 17": the letter says so, inverted
LETTER_SAYS = re.compile(
    r"(?<!\w)(?:i|på)\s(?:jeres\s|det\s|den\s|hendes\s|hans\s)?"
    r"(?:brev|brevet|mail|mailen|indkaldelsen|afgørelsen|hjemmesiden|signaturen)\s"
    r"(?:står|stod)(?!\w)"
)
# A work phone named a clause before the number ("hans arbejdsmobil står i brevet, 23 …"),
# not "uden for arbejdstid" (outside working hours: a private number)
WORK_PHONE = ("arbejdsmobil", "arbejdstelefon", "arbejdsnummer", "arbejdstlf", "arbejdsnr",
              "firmamobil", "firmatelefon", "tjenestemobil", "tjenestetelefon")  # fmt: skip
PRIVATE_WORDS = frozenset(
    (
        "privat",
        "private",
        "privatadresse",
        "bor",
        "boede",
        "bopæl",
        "hjem",
        "hjemme",
        "hjemmeadresse",
        "hjemmenummer",
        # "har privatnummer 28 71 90 46", "hendes privatmobil": a number called private
        "privatnummer",
        "privatnummeret",
        # probe round 369: an unlisted number ("har ikke hemmeligt nummer: …"), a person's own
        "hemmeligt",
        "hemmelig",
        "privatmobil",
        "privatmobilen",
        "privattelefon",
        "privattelefonen",
        "privatmail",
        "villa",
        "rækkehus",
        # the home in its definite form: "lige flyttet ind i rækkehuset på Mejsevej 12"
        "rækkehuset",
        "villaen",
        "lejligheden",
        "parcelhuset",
        "lejlighed",
        # a home away from home: "har sommerhus på Klitvej 41"
        "sommerhus",
        "sommerhuset",
        "kolonihave",
        "kolonihavehus",
        "hytte",
        "hytten",
        "parcelhus",
        "ejerlejlighed",
        "indkørslen",
    )
)
POSSESSIVE_OTHER = frozenset(("hans", "hendes", "dennes", "sin", "sit"))
# stop 29: "Jeres telefon 72 34 18 00 er lukket": the line of the office the writer addresses
YOUR_LINE = re.compile(
    r"(?<!\w)jeres\s(?:telefon\w*|nummer|nummeret|hovednummer\w*|tlf\.?|omstilling\w*|"
    r"telefonlinje\w*|telefontid)\s*(?:er\s|på\s|nr\.?\s|:\s?)?$"
)
# stop 30: "i jeres reception på Torvegade 9", "jeres kontor ligger på …": the place of the
# office the writer addresses
YOUR_PLACE = re.compile(
    r"(?<!\w)jeres\s(?:reception\w*|kontor\w*|bygning\w*|adresse|adressen|lokale\w*|"
    r"skranke\w*|indgang\w*|afdeling\w*|hus|huset|borgerservice)"
    r"\s*(?:ligger\s|er\s|holder\still\s)?(?:på|i|:)?\s*$"
)
# probe round 323 (privreq): the readers' own move to a new building ("har I fået flyttet
# over i den nye bygning på Torvegade?", "kommunen er rykket ind i det gamle hus på …"): the
# office's place, asked about; a person moved into a house ("han er flyttet i …") is none,
# nor one "fra jobcentret"
YOU_MOVED = re.compile(
    r"(?<!\w)(?:(?:er|har)\s(?:i|jobcentret|jobcenteret|kommunen|afdelingen)|"
    r"(?<!fra\s)(?:i|jobcentret|jobcenteret|kommunen|afdelingen)\s(?:er|har|skal|vil))\s"
    r"(?:\w+\s){0,2}?(?:flyttet|flytte|flytter|rykket|rykke|rykker)\s(?:\w+\s){0,2}?"
    r"(?:i|til|på)\s(?:det|den|jeres)\s(?:\w+\s)?$"
)
# probe round 299: a number one may call "outside office hours" ("ring hende på 31 22 40 18
# efter arbejdstid") is a person's own line, never the office's: the office shuts then
OFF_HOURS = re.compile(
    r"(?<!\w)(?:uden\s+for|udenfor|efter|ud\s+over)\s+(?:hendes\s+|hans\s+)?"
    r"(?:kontortid|kontortiden|arbejdstid|arbejdstiden|åbningstid|åbningstiden|telefontid|telefontiden)(?!\w)"
    # probe round 393 (oth): an evening hour the office is shut ("er hun på … efter kl. 17",
    # "efter klokken 19"); "efter kl. 10" is within the office day
    r"|(?<!\w)efter\s+(?:kl\.?\s*|klokken\s+)(?:1[7-9]|2[0-3])(?:[.:]\d\d)?(?!\d)"
)
# probe round 393 (oth): the number called the person's own phone right after it ("… på 29 47 18
# 05 efter kl. 17. Det er hendes egen mobil"): a person's own line, whatever the sentence
# before says of the office; "hendes arbejdsmobil" and "han har ikke sin egen mobil" are none
OWN_PHONE_AFTER = re.compile(
    r"(?<!\w)(?:er|var)\s(?:jo\s|altså\s|faktisk\s|nemlig\s)?(?:hendes|hans|dennes)\s"
    r"(?:egen|eget|private|privat)\s(?:mobil\w*|telefon\w*|nummer|nummeret|nr|tlf)(?!\w)"
)
OWN_PHONE_REACH = 80  # characters after the number
OPENING_HOURS = re.compile(r"mandag\s*(?:til|-|–)\s*(?:fredag|torsdag)|man\.?\s*-\s*fre|hverdage")
# probe round 377c: a telephone time within the office day ("mellem 9 og 12", "kl. 8-14",
# "fra 10 til 13"): with a unit named beside it, the unit's line (``official_reason``)
DAYTIME_HOURS = re.compile(
    r"(?<!\w)(?:(?:mellem|fra)\s(?:kl\.?\s)?(?:[7-9]|10)(?:[.:]\d\d)?\s(?:og|til)\s"
    r"|kl\.?\s?(?:[7-9]|10)(?:[.:]\d\d)?\s?[-–]\s?)(?:kl\.?\s)?1[1-6](?:[.:]\d\d)?(?![\d.:]\d)"
)
WORD = re.compile(r"[^\W_]+")
OFFICIAL_MAIL = re.compile(
    r"kommune|jobcent|borgerservice|@(?:post|kontakt|info|sikkerpost|ydelse)\b|"
    r"^(?:post|kontakt|info|sikkerpost|jobcenter\w*|borgerservice)@"
)
# probe round 255: an address given as the place of a booked meeting in the case ("vi kommer
# som aftalt til samtalen hos X på Kirkegade 4", "mødet den 9. maj på Havnevej 2"): the
# office, not a home. ``MEETING_AT`` ends right before the address; ``BOOKED`` is read in
# the address's sentence.
# probe round 293: the meeting's date and hour may stand between ("møde den 7. maj kl. 13.30
# hos min jobkonsulent på Storegade 3"): a day's number, "kl." and an hour, never a word
# ending its sentence
MEETING_AT = re.compile(
    r"(?<!\w)(?:møder|mødes|mødet|møde|samtale|samtalen|fremmøde|mødested|mødestedet)\s"
    r"(?:(?:[^\W\d_]+|\d{1,2}(?:[.:]\d\d|\.)?|kl\.)\s){0,9}?(?:på|i)\s$"
)
# (probe round 293: "møde den 7. maj" booked as well as "mødet den 7. maj"; a letter that
# called one to it, "brev om møde", "indkaldelse til samtale")
BOOKED = re.compile(
    r"(?<!\w)(?:som\saftalt|aftalte|indkaldt|indkaldelse\w*|bisidder\w*|partsrepræsentant\w*|"
    r"min\sklient|vores\sklient|(?:mødet|møde|samtalen|samtale|mødetiden)\s(?:den|d\.)\s\d|"
    r"brev\som\s(?:et\s|en\s)?(?:møde|samtale))"
)
