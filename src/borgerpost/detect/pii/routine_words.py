"""The words of routines, for ``routine.RoutineRecognizer``: hours and times of day, what
recurs ("hver onsdag", "om torsdagen"), weekdays, commutes and transport, leisure venues,
outings and spare time, and the words a pattern needs (its ``keywords``). Kept apart from the
recognizer so each stays readable.
"""

from __future__ import annotations

import re

from borgerpost.detect.pii.media_words import RETAILERS

HOURS = r"(?:et|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv)"
# "kl. 16", "klokken 7.30", "ved firetiden", "ved 16-tiden", "omkring halv fem-tiden"
TIME = (
    # "ca. 15.30": a clock time with its minutes, said to be about then
    # (probe round 307: "ved 16.10" with its minutes is a clock time too)
    r"(?:(?:kl\.?|klokken)\s?\d{1,2}(?:[.:]\d{2})?|(?:ca\.?|cirka|omkring|ved)\s\d{1,2}[.:]\d{2}(?!\d)|"
    r"(?:ved|omkring|sidst\spå|ved\shalv|omkring\shalv)\s(?:[^\W\d_]+-?|\d{1,2}-?)tiden|"
    # "ved halv fem", "omkring kvart over 7": a clock time said the way it is spoken
    # (round 177: "kl. halv fem", "klokken kvart i otte" too)
    rf"(?:ved|omkring|cirka|ca\.?|kl\.?|klokken)\s(?:halv|kvart\s(?:over|i))\s"
    rf"(?:\d{{1,2}}|{HOURS})(?!\w)|"
    # stop 33: "lidt i halv fire", "fem over halv fem": a time said before or after the half
    rf"(?:lidt|kvart|fem|ti)\s(?:i|over)\shalv\s(?:\d{{1,2}}|{HOURS})(?!\w)|"
    # round 293 (mine): "lidt over tre", "lidt før fire": an hour said roughly
    rf"lidt\s(?:over|i|før|efter)\s(?:\d{{1,2}}|{HOURS})(?!\w)(?![.:]\d)(?!\s(?:uger|måneder|år|dage|timer))"
    r")"
)
# "kl.", "ved firetiden", "lidt over tre"
# (probe round 307: "ved 16.10", a digit right after "ved")
TIME_WORDS = (
    "kl", "tiden", "ca", "cirka", "omkring", "halv", "kvart", "lidt ",
    *(f"ved {digit}" for digit in range(10)),
)  # fmt: skip
RECUR_WORDS = ("hver", "dagligt", "om ")  # "hver dag", "alle hverdage", "om torsdagen"
VEHICLE_WORDS = ("bil", "cykel")
COLOUR = r"(?:rød|røde|sort|sorte|hvid|hvide|blå|grå|grøn|grønne|sølvgrå|gul|gule|brun|brune)"
DAY = r"(?:dag|morgen|aften|eftermiddag|formiddag|nat|weekend|uge|hverdag|[^\W\d_]+dag)"
# "hver tirsdag", "dagligt", and the habitual "om torsdagen", "om morgenen"
RECUR = (
    rf"(?:hver\s(?:eneste\s|evige\s)?{DAY}|dagligt|alle\shverdage|"
    r"om\s(?:[^\W\d_]+dagen|morgenen|aftenen|eftermiddagen|formiddagen|weekenden)(?!\w))"
)
WEEKDAY = r"(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
WEEKDAY_WORDS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
# "altid … lørdag formiddag": a day said after "altid" is every such day
HABIT = r"(?:altid|gerne|typisk|som\sregel|hver\sgang)"
DAY_PART = r"(?:en|e)?(?:\s(?:aften|morgen|formiddag|eftermiddag|middag|nat))?(?!\w)"
# the departure written into the train ("16.12-toget"), and what one takes to and from work
DEPARTURE = r"\d{1,2}[.:]\d{2}-?"
TRANSIT = r"(?:toget|bussen|metroen|letbanen|færgen|s-toget)"
HOME_OR_WORK = r"(?:hjem|på\sarbejde|til\sarbejde)"  # where a commute goes
# a coach's post said without "som" ("er træner for U10-pigerne i …"; stop 36)
COACH_POST = r"er\s(?:jo\s|også\s|stadig\s)?(?:træner|hjælpetræner|instruktør)\sfor"
COMMUTE = (
    # "tager 16.12-toget hjem hver dag": the departure written into the train
    rf"(?:tager|tog)\s(?:{DEPARTURE})?{TRANSIT}|"
    # probe round 307: a bus line by its number ("tager altid linje 12 hjem ved 16.10")
    r"(?:tager|tog)\s(?:altid\s|jo\s|hver\sdag\s)?(?:bus|bussen|linje)\s?\d{1,3}[a-zA-Z]?(?!\w)|"
    # round 195: the stop one gets off or on at ("står af bussen ved Kirkevej hver morgen")
    rf"(?:står|stod|stiger|steg|hopper)\s(?:af|på)\s{TRANSIT}|"
    # probe round 255: an aside or two before "hjem" ("han cykler for resten altid hjem
    # langs havnen kl. 17") is the same commute
    r"(?:cykler|kører|går)\s(?:(?:jo|altid|gerne|tit|normalt|typisk|også|vist|stadig|"
    r"i\søvrigt|for\sresten|forresten|ellers|sædvanligvis|som\sregel|oftest|"
    rf"hver\sdag|dagligt)\s){{0,2}}{HOME_OR_WORK}|"
    # stop 32: the car driven home told between ("kører stadig den sølvgrå Skoda hjem ad …")
    r"(?:kører|cykler)\s(?:(?:jo|altid|stadig|tit|normalt|typisk|også|vist|vel|nok)\s){0,2}"
    rf"(?:den|sin|din|hans|hendes)\s(?:[^\W\d_]+\s){{1,3}}?{HOME_OR_WORK}|"
    # stop 30: "tager altid cyklen hjem ad stien ved halv fem"
    r"(?:tager|tog)\s(?:(?:jo|altid|gerne|tit|normalt|typisk|også)\s)?"
    rf"(?:cyklen|bilen|knallerten|scooteren|elcyklen)\s{HOME_OR_WORK}|"
    # "går ud ad bagdøren ca. 15.30": the door taken out of work
    r"(?:går|smutter|sniger\ssig)\sud\s(?:ad|af|gennem)\s[^\W\d_]*(?:døren|indgangen|udgangen)|"
    # "går altid den samme vej gennem parken": the same way, day after day
    r"(?:går|cykler|kører|løber|tager)\s(?:altid\s|jo\s|hver\sdag\s)?(?:den\s)?samme\s(?:vej|rute)|"
    r"(?:henter|afleverer)\s[^\W\d_]+|træner|løber|parkerer|svømmer|"
    # stop 31: the bus or line one rides ("kører med samme bus som …, linje 12, hver morgen")
    r"(?:kører|tager|står\spå|sidder)\s(?:[^\W\d_]+\s){0,4}?med\s(?:den\s|samme\s|den\ssamme\s)?"
    r"(?:bus|bussen|tog|toget|linje\s?\d+[a-zA-Z]?|\d+'?eren)|"
    # a volunteer post at a club: "står som træner for U9 hver tirsdag kl. 17"
    r"(?:står|er)\s(?:der\s|jo\s|også\s)?som\s(?:træner|hjælpetræner|leder|instruktør|dommer)|"
    rf"{COACH_POST}|"
    # a sport or a club night: "spiller badminton i hallen hver tirsdag", "går til yoga"
    # (round 293, mine: "går vel stadig til svømning": two adverbs between)
    r"(?:spiller|dyrker|går\s(?:(?:jo|altid|også|vel|stadig|nok|fortsat|vist)\s){0,2}til)"
    r"\s[^\W\d_]+|"
    # round 293 (mine): a child fetched or brought, told in the passive ("de bliver hentet ved
    # indgangen til børnehaven lidt over tre")
    r"(?:bliver|blir)\s(?:altid\s|jo\s|normalt\s)?(?:hentet|afleveret)|"
    r"handler|shopper|lufter|luftede|går\s(?:altid\s|også\s|jo\s)?tur|spiser\sfrokost|"
    # stop 33: seen doing it, the infinitive after its object ("jeg ser dig gå tur med hunden
    # … hver aften"): the one seen is the pronoun right before
    # probe round 329 (threatA): a child fetched or brought, seen the same way ("har set ham
    # aflevere sin datter i Myretuen kl. 8")
    r"(?:(?<=dig\s)|(?<=ham\s)|(?<=hende\s))(?:gå\s(?:en\s)?tur|lufte|løbe|jogge|træne|svømme|cykle|"
    r"(?:hente|aflevere)\s(?:din|dit|dine|sin|sit|sine|hans|hendes)\s[^\W\d_]+)|"
    # round 187: the infinitive with the seen person's own tour ("ser man tit X løbe sin tur
    # langs søen ved 6-tiden"): "sin" is the one seen, never the writer
    r"(?:løbe|gå|cykle|jogge|svømme|ride)\s(?:sin|sine)\s(?:tur|ture|runde|morgentur|aftentur|løbetur)|"
    # "hun står jo i Netto hver lørdag": behind a shop's till, at a named chain
    rf"står\s(?:jo\s|altid\s|også\s)?(?:i|ved|bag\skassen\si)\s{RETAILERS}(?![\w-])"
)


SEE = r"(?:ser|møder|finder|se|møde|finde)"  # stop 35: "ser man X hver lørdag ved …"
SEER = r"(?:man|du|i|vi|jeg|folk)"
# a place of leisure one is found at, week after week ("sidder hver søndag på Café Havnen")
VENUE = (
    r"(?:\w*café\w*|\w*cafe\w*|\w*bodega\w*|\w*pub|\w*pubben|kroen|baren|værtshus\w*|"
    r"restaurant\w*|pizzeria\w*|bageri\w*|fitness\w*|svømmehal\w*)(?!\w)"
)
AT_VENUE = rf"(?:på|i|ved|nede\spå|henne\spå)\s(?:[^\W\d_]+\s)?{VENUE}"
SITS = r"(?:sidder|spiser|drikker|hænger\sud|kommer|ses)"
# stop 29: a habit told as a noun owned by someone ("Eilerts løbetur langs åen hver torsdag
# aften") and evenings spent at a place ("nyder sine aftener i Fitness World")
OUTING = (
    r"(?:løbetur|løbeture|gåtur|gåture|cykeltur|cykelture|aftentur|morgentur|svømmetur|"
    r"joggingtur|motionstur|hundeluftning|hundetur|hundeture)(?:en|ene)?"
)
SPARE_TIME_WORDS = ("aftener", "morgener", "weekender", "eftermiddage", "formiddage", "lørdage",
                    "søndage", "fridage")  # fmt: skip
SPARE_TIME = "(?:" + "|".join(SPARE_TIME_WORDS) + ")"
# where one spends one's free time, owned: a boat, a garden plot, a summer cottage
RETREAT = (
    r"(?:sejlbåd|motorbåd|båd|jolle|kutter|kolonihave|kolonihavehus|sommerhus|campingvogn|"
    r"fritidshus|hytte)(?:en|et)?(?!\w)"
)


# stop 30: a staff member's turn at the office's public desk or phone is the office's rota,
# published to citizens, not private life ("sidder i receptionen hver mandag kl. 9")
PUBLIC_DUTY = re.compile(
    r"(?:sidder|står|er|har\s(?:telefon)?vagt)\s(?:altid\s|jo\s|også\s)?(?:i|ved|på)\s"
    r"(?:receptionen|skranken|borgerservice|informationen|telefonen|telefonvagten|"
    r"jobcentrets\s(?:reception|skranke))(?!\w)"
)


STAFF_ENTRANCE = (
    r"(?:bagindgangen|personaleindgangen|medarbejderindgangen|bagdøren|sidedøren|"
    r"bagudgangen|personaleudgangen)(?!\w)"
)
STAFF_ENTRANCE_AT = re.compile(STAFF_ENTRANCE)


# "uden for kontortid", "efter arbejdstid": the hours a person is off work
OFF_HOURS = re.compile(
    r"(?<!\w)(?:uden\sfor|udenfor|efter|før|inden)\s(kontortid|arbejdstid|åbningstid|"
    r"telefontid|træffetid)(?!\w)"
)
