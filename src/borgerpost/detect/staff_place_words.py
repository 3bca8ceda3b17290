"""The words that place a name: prepositions and trips before a town, a job at a firm,
the jobcentre and its units (``staff_places``, ``staff_hits`` and ``staff_cues`` read them).

Split from ``staff_words`` (stop 39) so each list file stays short; the words are unchanged.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PLACE_WORDS = _words("i på ved nær gennem omkring mod over under bag langs")
# "uden for Fausing", "nord for Møldrup", "i udkanten af Hvidt": around a town
AROUND_A_PLACE = frozenset(
    (("uden", "for"), ("nord", "for"), ("syd", "for"), ("øst", "for"), ("vest", "for"),
     ("nærheden", "af"), ("udkanten", "af"), ("midten", "af"),
     # probe round 345 (misc): the top or foot of a hill ("udsigten fra toppen af Bavnehøj")
     ("toppen", "af"), ("foden", "af"),
     # stop 29: "en gartner ude på Stevns", "ovre på Fanø": out on a stretch of land
     ("ude", "på"), ("ovre", "på"), ("oppe", "på"),
     # stop 31: "en gård ude ved Mosbjerg", "flyttet ud til Vadum"
     ("ude", "ved"), ("ovre", "ved"), ("oppe", "ved"), ("nede", "ved"), ("ud", "til"),
     # stop 30: a stretch of nature by a town ("på stranden ved Tranum", "skoven ved Rold")
     ("stranden", "ved"), ("skoven", "ved"), ("søen", "ved"), ("fjorden", "ved"),
     ("kysten", "ved"), ("klitterne", "ved"), ("havnen", "ved"), ("campingpladsen", "ved"),
     ("sommerhuset", "ved"), ("engen", "ved"), ("åen", "ved"),
     # stop 35: a farm, a house or a village by a place ("praktik på en gård ved Gamborg")
     ("gård", "ved"), ("gården", "ved"), ("hus", "ved"), ("huset", "ved"), ("landsby", "ved"),
     ("landsbyen", "ved"), ("sommerhus", "ved"), ("lejlighed", "ved"), ("bondegård", "ved"),
     # stop 35: a walk or a ride by a place ("vi var ude og gå ved Guldbæk", "en gåtur langs
     # Vejlby"): one walks by a place, not by a person
     *((verb, prep) for verb in ("gå", "går", "gik", "gået", "gåtur", "gåture", "tur", "turen",
                                 "cykle", "cyklede", "cykeltur", "løbetur", "vandretur", "vandre",
                                 "vandrede", "spadseretur", "hundeluftning")
       for prep in ("ved", "langs")),
     # probe round 323 (privreq): a spot on the road by a town ("holder ind på
     # parkeringspladsen ved Hvam", "afkørslen ved Vissing"): a driver stops by a place
     ("rastepladsen", "ved"), ("rasteplads", "ved"), ("motorvejen", "ved"),
     ("afkørslen", "ved"), ("frakørslen", "ved"), ("tankstationen", "ved"),
     ("rundkørslen", "ved"), ("krydset", "ved"), ("broen", "ved"),
     ("parkeringspladsen", "ved"), ("holdepladsen", "ved"),
     # probe round 287: nature behind a town ("op ad bakken bag Vorgod")
     *((noun, "bag") for noun in ("bakken", "bakkerne", "åsen", "skoven", "marken", "markerne",
                                  "engen", "søen", "stranden", "kirken", "mosen", "heden")))
)  # fmt: skip
# probe round 287: a building or a home close by a town ("en efterskole tæt ved Rind", "et
# hus lige ved Gjern"); "bor tæt på Thygesen" lives close to a person
NEAR_A_PLACE = frozenset((("tæt", "ved"), ("tæt", "på"), ("lige", "ved")))
BUILDINGS = _words(
    "efterskole efterskolen skole skolen højskole højskolen gård gården hus huset sommerhus "
    "sommerhuset lejlighed lejligheden landsby landsbyen plejehjem plejehjemmet institution"
)
# Before a name they make it a place or a thing ("vi ses i Lund", "tak for turen til Skagen")
PREPOSITIONS = PLACE_WORDS | _words("til fra hos med af for om efter uden")
# A move, a stay or a trip to a place: "flyttet til Dalby", "bor i Tarp", "ferie i Lund"
# (not "kører til": one drives to a person too); a job or a house at a place ("guide på
# Kronborg", "sommerhus på Fanø")
TRAVEL_TO = frozenset(
    (verb, prep)
    for verb in _words("flyttet flytter flyttede flytte bor boede bo ferie tur rejser rejste rejse")
    for prep in ("til", "i")
) | frozenset(
    # stop 35: living by a village ("når man bor ved Uggerby uden bil")
    (verb, "ved") for verb in _words("bor boede bo bosat")
) | frozenset(
    (noun, prep)
    for noun in _words(
        "sommerhus sommerhuset hus huset job jobbet arbejde guide praktik ferie tur weekend "
        "besøg udflugt lejr lejrskole koncert kursus ophold bor boede ansat"
        # stop 33: a workplace at a place ("et job på et mejeri på Mors")
        " mejeri mejeriet fabrik fabrikken slagteri slagteriet værksted værkstedet lager "
        "lageret gård gården gartneri gartneriet savværk savværket værft værftet hotel "
        "hotellet kro kroen plejehjem plejehjemmet efterskole højskole"
        # probe round 337: a holiday by its season ("vinterferien på Fanø", "påskeferie i X")
        " sommerferie sommerferien vinterferie vinterferien efterårsferie efterårsferien "
        "påskeferie påskeferien juleferie juleferien ferien miniferie skiferie badeferie"
        # probe round 369: a seasonal job or a stay at a site on an island ("arbejde på
        # campingpladsen på Fur", "en sommer på vandrerhjemmet på Læsø")
        " campingplads campingpladsen vandrerhjem vandrerhjemmet havn havnen færgen færge"
    )
    for prep in ("på", "i")
) | frozenset(
    # stop 29: a trip by a place ("på lejrskoletur ved Frøslev", "en gåtur ved Knudshoved")
    (noun, prep)
    for noun in _words(
        "tur turen lejrskoletur skoletur klassetur ferietur cykeltur gåtur weekendtur udflugt "
        "udflugten lejrskole"
        # probe round 299: a camping or boat trip to a town ("en sejltur til Egense", "på
        # telttur til Hald"); one takes no camping trip to a person
        " campingtur campingturen telttur teltturen sejltur sejlturen bustur togtur rundtur"
    )
    for prep in ("ved", "til", "på", "i")
) | frozenset(
    # stop 39: a drive or a ride past a place ("vi kørte forbi Tinning på vej til Aarhus"); not
    # "kom forbi X", a visit to a person
    (verb, "forbi")
    for verb in _words("kørte kører kørt køre cyklede cykler cyklet sejlede sejler passerede")
) | frozenset(
    # moved or travelled away from a place: "flyttet fra Mariager til Kærholt"
    (verb, "fra")
    for verb in _words("flyttet flytter flyttede flytte rejser rejste rejst")
) | frozenset(
    # probe round 271: a ride's starting point ("cyklede fra Tarm i regnvejr", "hele vejen fra
    # Vorbasse"): one cycles or drives from a town; leaving a person is "gik fra", not these
    (word, "fra")
    for word in _words("cyklede cykler cyklet cykle kørte kører kørt køre vejen vej")
) | frozenset(
    # probe round 329 (critb): the far end of a way ("vi går hele vejen til Skagen med den"):
    # "vejen til" a name is a town; one goes "hen til" or "over til" a person
    (("vejen", "til"),)
) | frozenset(
    # probe round 271: a holiday by a place ("camping ved Hvide Sande", "sommerferie ved
    # Blokhus"): one camps by a town or a coast, not by a person
    (noun, "ved")
    for noun in _words(
        "camping campingtur campingferie telttur ferie sommerferie efterårsferie påskeferie "
        "vinterferie weekend badeferie ophold"
    )
) | frozenset(
    # a ride's ends are places: "bussen fra Grindsted", "sejlede til Langeland" (one does not
    # sail or fly to a person, and a bus does not come from one)
    (word, prep)
    for word in _words(
        "bus bussen busserne tog toget togene færge færgen færgerne fly flyet flyene "
        # stop 39: "flyene fra Skrydstrup larmer", "kampflyene fra Karup": a base's planes
        "kampfly kampflyene jagerfly jagerflyene helikopteren helikopterne letbanen metroen "
        "sejlede sejlet sejler sejle fløj fløjet flyver flyve"
    )
    for prep in ("fra", "til", "mod")
) | frozenset(
    # probe round 409: a hike or a climb on a mountain ("vandre på Hekla", "klatrede i
    # Alperne"): one does not hike on a person
    (verb, prep)
    for verb in _words(
        "vandre vandrer vandrede vandret vandretur vandreturen klatre klatrer klatrede klatret"
    )
    for prep in ("på", "i", "til")
)
# A job at a firm: "job hos Ørsted", "praktik hos Netto" (one works for a firm, and a
# caseworker is met, not worked for)
EMPLOYED_AT = frozenset(
    (noun, "hos")
    for noun in _words(
        "job jobbet arbejde arbejder arbejdet praktik praktikken praktikplads løntilskud "
        "ansat ansættelse elevplads læreplads fleksjob fleksjobbet småjob deltidsjob"
    )
)
# probe round 279: the firm one is placed at, named after "var"/"er" ("min praktikvært
# var Falck", "arbejdsgiveren er Bang i Vejle"): a workplace, not the caseworker
EMPLOYER_IS = frozenset(
    (noun, verb)
    for noun in _words(
        "praktikvært praktikværten praktiksted praktikstedet praktikplads praktikpladsen "
        "arbejdsgiver arbejdsgiveren læreplads lærepladsen elevplads elevpladsen "
        "løntilskudsplads løntilskudspladsen"
    )
    for verb in ("var", "er", "blev", "bliver")
)
# Where a person "from" somewhere works who is not the jobcentre: "Ahmed fra Brugsen",
# "Jens fra lageret", "Mette fra Netto"
OTHER_WORKPLACES = _words(
    "brugsen netto føtex bilka rema lidl fakta irma meny kvickly aldi spar lovbjerg kiosken "
    "tanken pizzeriaet bageren slagteren frisøren lageret fabrikken værkstedet værftet "
    "havnen posthuset apoteket banken"
)
# "sidder i sygedagpenge", "arbejder på jobcentret", "er ansat i ydelsesteamet": a person
# placed at the jobcentre or one of its units
WORK_VERBS = _words("sidder sad arbejder arbejdede ansat")
AT_WORK_PREPOSITIONS = _words("i på paa hos ved")
JOBCENTRE_PLACES = _words(
    "jobcentret jobcenteret jobcenter jobcentrets kommunen forvaltningen borgerservice "
    "sygedagpenge kontanthjælp fleksjob ydelse ydelser jobafklaring ressourceforløb "
    "ungeindsatsen visitationen modtagelsen skranken receptionen"
)
JOBCENTRE_PLACE_ENDS = ("teamet", "afdelingen", "jobcentret", "jobcenteret")
def is_jobcentre_place(word: str) -> bool:
    """The jobcentre, the municipality or a unit of theirs ("kontanthjælpsteamet")."""
    return word in JOBCENTRE_PLACES or word.endswith(JOBCENTRE_PLACE_ENDS)
def same_unit(word: str, unit: str) -> bool:
    """ "fleksjobteamet" is the unit Fleksjob, "sagsbehandling" the role sagsbehandler (an
    ending apart) and "jobcenter" the first part of jobcenterchef, but "virksomhedspraktik"
    is no virksomhedskonsulent: the two share only the first part of a compound (stop 32)."""
    if unit.startswith(word):
        return True
    shared = 0
    for a, b in zip(word, unit, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= len(unit) - 3


# probe round 307: a compound stretch of nature by or behind a town ("i granskoven bag
# Hvorslev", "på sandstranden ved Lild"): the nature word closes the compound
NATURE_NOUNS = (
    "skoven", "stranden", "søen", "bakken", "bakkerne", "marken", "markerne", "engen", "mosen",
    "heden", "åen", "fjorden", "kysten", "klitterne", "plantagen", "lunden",
)  # fmt: skip


def nature_compound(pair: tuple[str, ...]) -> bool:
    """ "birkeskoven bag", "fjordstranden ved", "heden ved": a nature word, plain or the end of
    a compound, before "ved", "bag", "langs" (more plain nouns are in ``AROUND_A_PLACE``)."""
    if len(pair) != 2 or pair[1] not in ("ved", "bag", "langs"):
        return False
    # round 425 (sn): the plain noun too ("på heden ved X", "i plantagen ved X")
    return any(pair[0] == n or (pair[0].endswith(n) and len(pair[0]) > len(n) + 2)
               for n in NATURE_NOUNS)  # fmt: skip


# probe round 315: weather over or at a town ("styrtregn over Hvalsø", "sikke et hundevejr ved
# Tune", "snestorm omkring Lemvig"): weather falls on a place, never on a person ("klage over
# X" is no weather word)
_WEATHER = (
    "vejr", "vejret", "regn", "regnen", "sne", "sneen", "storm", "stormen", "blæst", "blæsten",
    "tåge", "tågen", "torden", "byger", "bygerne", "skybrud", "hagl", "frost", "slud",
)  # fmt: skip
# probe round 315: a stay or a home in a compound ("campingferie ved Tranum", "en lille
# bjælkehytte ved Kvie", "badehuset ved Hou"): one holidays or lives by a place
_STAY_HEADS = ("ferie", "ferien", "hus", "huset", "hytte", "hytten", "ophold", "opholdet")
# probe round 315: the people of a town ("pendlere fra Vestby", "beboerne i Tarp"): a town has
# residents, a caseworker has none
RESIDENTS = frozenset(
    (noun, prep)
    for noun in _words(
        "borgere borgerne beboere beboerne indbyggere indbyggerne familier familierne pendlere "
        "pendlerne landsbyboere"
    )
    for prep in ("fra", "i", "omkring")
)


# probe round 353: a trip named by a compound ("en studierejse til X", "dagsturen til X"); not
# "kultur", "struktur", "natur", "retur" and the like, which only end the same way
_TRIP_HEADS = ("rejse", "rejsen", "tur", "turen")
_NOT_TRIPS = ("atur", "aturen", "ultur", "ulturen", "uktur", "ukturen", "ektur", "retur", "returen")
# probe round 353: a walk or a ride around a place ("vi cyklede rundt om X", "en løbetur rundt
# om X"): one goes round a village or a lake, not round a person
_GOING = _words(
    "gå går gik gået gåtur gåturen gåture tur turen cykle cykler cyklede cykeltur løbetur løb "
    "løbe løber vandretur vandre vandrede spadseretur sejlede sejle kørte køre kører rundtur"
)


def trip_to_place(before: tuple[str, ...]) -> bool:
    """ "pilgrimsrejse til X", "en gåtur rundt om X": a trip or a walk whose end or round is
    the name, a place (the plain trip nouns are in ``TRAVEL_TO``)."""
    pair = before[-2:]
    if len(pair) != 2:
        return False
    word, prep = pair
    if prep in ("til", "ved") and not word.endswith(_NOT_TRIPS):
        return any(word.endswith(head) and len(word) > len(head) + 2 for head in _TRIP_HEADS)
    if pair not in (("rundt", "om"), ("rundt", "omkring")) or len(before) < 3:
        return False
    # probe round 393 (oth): the walk may stand a few words before ("vi gik hele vejen rundt om
    # X", "cyklede en lang tur rundt om X"): ``before`` may hold the sentence's last six words
    return any(
        going in _GOING or (going.endswith(_TRIP_HEADS) and not going.endswith(_NOT_TRIPS))
        for going in before[-6:-2]
    )


def weather_or_stay(pair: tuple[str, ...]) -> bool:
    """ "regnvejr over", "lortevejr ved": weather; "sommerhusferie ved", "skovhus ved": a stay
    named by a compound (the plain nouns are in ``AROUND_A_PLACE`` and ``TRAVEL_TO``)."""
    if len(pair) != 2:
        return False
    word, prep = pair
    if prep in ("over", "ved", "omkring", "i", "på") and word.endswith(_WEATHER):
        return True
    return prep == "ved" and any(
        word.endswith(head) and len(word) > len(head) + 2 for head in _STAY_HEADS
    )

# probe round 315: a ride's start in "fra X til Y" with a bus, a train or a drive in the
# sentence ("toget fra Vester Hede til centret kører hver anden time"); a letter passed "fra
# X til Y" names no ride and keeps X a person (``staff_places._route``)
RIDES = _words(
    "bus bussen busser busserne tog toget togene rute ruten afgang afgangen afgange "
    "forbindelse forbindelsen køre kører kørte kørsel transport transporten pendle pendler "
    "cykle cykler cyklede rejsetid rejsetiden kilometer km"
)


# probe round 369: verbs of water and matter ("Regnen siver ind", "Olien drypper fra bilen"):
# a person never does them, so a definite noun before one is the thing even with casework
# in the sentence (``staff_doubts.noun_opens_sentence``)
_MATTER_VERBS = _words(
    "fosser fossede siver sivede drypper dryppede flyder flød oversvømmer oversvømmede "
    "lækker lækkede risler rislede damper dampede"
)
# "Sneen ligger 20 cm højt": standing or lying at a measured height is a thing's
_MEASURED = _words("står stod ligger lå stiger steg")


def matter_moves(verb: str, after: tuple[str, ...]) -> bool:
    """ "X fosser ned ad gaden", "X står 30 cm højt": the subject is water or matter."""
    if verb in _MATTER_VERBS:
        return True
    return verb in _MEASURED and any(a[:1].isdigit() for a in after[1:3])
