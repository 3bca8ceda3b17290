"""Which words degrade a person: the epithet and degrading-adjective look-ups of the insult
detector (``insult_frames`` decides the frames they need, ``insult.py`` the label).

An epithet is found as listed, as a compound with a listed head ("lortekælling"), as typed
without æ, ø, å, with a held letter cut ("taaaabere"), and the devil as a name ("din
satan"); an animal or a thing that is also a literal word ("hund", "lus") is one only in a
person's frame.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from borgerpost.detect import lexicon
from borgerpost.detect.lexicon import Hit

EPITHETS = "lexicon/epithets.yaml"
# The devil as a name for a person ("han er en led satan", "din satan", "den lede djævel"):
# swear words on their own ("Satan!", "Satan er det dig?"), so they need a person's frame.
# Kept here, not in the epithet lexicon, whose words are features of the DKhate model.
DEVILS = {
    form: base
    for base, forms in (("satan", "satan satanen satans"), ("djævel", "djævel djævelen"))
    for form in forms.split()
}

# probe round 55: "abekat", the monkey as a racist name for a person ("han er en doven
# abekat"), read like the listed "abe": in a person's frame only, so a monkey in the zoo or a
# child climbing "som en abekat" is none (kept out of the DKhate model's epithet lexicon)
MONKEYS = frozenset(("abekat", "abekatten", "abekatte", "abekattene", "abekats", "abekattens"))

# probe round 116: a fat barrel and a control freak as names for a person ("den dovne
# tønde", "hun er et kontrolfreak"), and round 120's pot and muck below, likewise in a
# person's frame only: a barrel of beer or rain is none, nor is "Tønder", the town (the
# plural is left out); kept out of the DKhate model's lexicon like the devils and monkeys
FRAMED_NOUNS = {
    form: base
    for base, forms in (
        ("tønde", "tønde tønden tøndes"),
        ("kontrolfreak", "kontrolfreak kontrolfreaken kontrolfreaket kontrolfreaks "
                         "kontrolfreakere kontrolfreakerne"),
        # probe round 120: a vain, affected person called a pot ("hvilken inkompetent krukke
        # hun er"; a jar of jam is none), and muck said of people ("I er noget møg", read
        # like "lort": as a swear word, in a copula or a vocative only)
        ("krukke", "krukke krukken krukker krukkerne"),
        ("møg", "møg møget"),
    )
    for form in forms.split()
}
# probe round 329 (r329-insultA): "snot" before a young animal or a youngster names a
# cheeky upstart ("den lille snothvalp fra kontoret", "en forkælet snotnæse"); a runny nose
# is also "snotnæse" ("barnet har snotnæse") and the compounds are no DKhate lexicon words,
# so they are read like the framed nouns above: in a person's frame only
SNOT_HEADS = (
    ("abe", "abe aben aber aberne"),
    ("hvalp", "hvalp hvalpen hvalpe hvalpene"),
    ("næse", "næse næsen næser næserne"),
    ("knægt", "knægt knægten knægte knægtene"),
    ("tøs", "tøs tøsen tøser tøserne"),
)
FRAMED_NOUNS.update(
    {"snot" + form: "snot" + base for base, forms in SNOT_HEADS for form in forms.split()}
)
# a pot is also a thing with adjectives of its own ("den grimme krukke på hylden"): like a
# swear word, said of a person only in a copula, a vocative, an equation or an exclamation
STRICT_FRAMED = frozenset(("krukke",))


@lru_cache(maxsize=65536)
def epithet_hit(word: str) -> Hit | None:
    """The epithet entry of a word: a listed form or compound (also as typed without æ, ø,
    å: "rovhul", "kaelling"), or a vulgar first part on a person ("lortechef")."""
    hit = lexicon.epithets().lookup(word)
    if hit is None and word in DEVILS:
        return Hit(DEVILS[word], "ambiguous", "form")
    if hit is None and word in MONKEYS:
        return Hit("abe", "ambiguous", "form")
    if hit is None and word in FRAMED_NOUNS:
        return Hit(FRAMED_NOUNS[word], "ambiguous", "form")
    if hit is None and (short := unstretched(word)):
        return epithet_hit(short)  # "idiott", "svinn": a stretched last letter
    if hit is None and (plain := _stretched_a(word)):
        return epithet_hit(plain)  # "taaaabere": a held "a", not an "å"
    if hit is None and (doubled := _single_for_double(word)):
        return doubled  # "banditer", "parasiter": the double consonant typed once
    if hit is None and (plain_e := _accent_free(word)):
        return epithet_hit(plain_e)  # "spassér", "idióten": an accent put on to dodge a filter
    if hit is not None and hit.how == "compound" and word.endswith(LATINATE_VERBS):
        return None  # "konkludere", "inkluderes": a verb, no "luder" compound
    return hit if hit is not None else (
        _vulgar_person(word) or _ranked_epithet(word) or _leech_compound(word)
    )


# probe round 433: an accent put on a vowel of an epithet ("en skidt spassér"), the way a
# filter reading whole words is dodged; Danish keeps "é" in a few loans (idé, allé), none
# of them an epithet, and "å" has no accent to take off
_ACCENTS = str.maketrans("éèêëáàâíìîóòôúùû", "eeeeaaaiiiooouuu")


def _accent_free(word: str) -> str | None:
    plain = word.translate(_ACCENTS)
    return plain if plain != word else None


# probe round 36: Latin verbs that end like the plural of an epithet ("kon-kludere",
# "in-kluderes", "eks-kluderet" read as "-ludere")
# (only "-kludere": "gadeludere", "kommuneludere" are the epithet's own plural)
LATINATE_VERBS = ("kludere", "kluderes", "kluderet", "kluderede")


def _stretched_a(word: str) -> str | None:
    """ "taabere" -> "tabere": the normaliser cuts a held "a" to "aa" (the way "å" is typed
    without the key), so a word that is no epithet with "aa" may be one with "a"; not when
    "aa" spells an ordinary word with "å" ("naar" is "når", not "nar")."""
    if "aa" not in word or word.replace("aa", "å") in lexicon.danish_words():
        return None
    return word.replace("aa", "a")


# probe round 98: the endings after which an epithet doubles its last consonant
# ("bandit" -> "banditter", "tyran" -> "tyrannen"), which a writer in leetspeak or in a hurry
# types once ("b@ndit3r" reads "banditer")
DOUBLING_ENDINGS = ("erne", "ene", "er", "en", "e")


def _single_for_double(word: str) -> Hit | None:
    """ "banditer" -> the listed "banditter": a word that is no Danish word, with its
    consonant before an inflection ending doubled, spells a listed form (not a compound) of
    an epithet."""
    if len(word) < 6 or word in lexicon.danish_words():
        return None
    for ending in DOUBLING_ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 4:
            continue
        if stem[-1] in VOWELS or not stem[-1].isalpha() or stem[-2] not in VOWELS:
            return None
        hit = lexicon.epithets().lookup(stem + stem[-1] + ending)
        return hit if hit is not None and hit.how == "form" else None
    return None


def degrading_hit(word: str) -> Hit | None:
    """The degrading-adjective entry of a word (the lexicon caches its look-ups); a last
    consonant stretched ("dummmm", which the normaliser leaves as "dumm") reads as one."""
    hit = lexicon.degrading().lookup(word)
    if hit is None and (short := unstretched(word)):
        return lexicon.degrading().lookup(short)
    return hit


VOWELS = frozenset("aeiouyæøå")


def unstretched(word: str) -> str | None:
    """A word ending in a doubled consonant, with one of them cut ("dumm" -> "dum"): the
    normaliser cuts a run of three or more letters to two, and Danish ends hardly any word
    in a double consonant, so the double is the writer holding the key ("sååå dummmm")."""
    if len(word) < 3 or word[-1] != word[-2] or word[-1] in VOWELS or not word[-1].isalpha():
        return None
    return word[:-1]


@cache
def person_nouns() -> frozenset[str]:
    return lexicon.word_set(EPITHETS, "person_nouns")


def _vulgar_person(word: str) -> Hit | None:
    """ "lortesagsbehandler", "skidespræller": a vulgar first part, then a person. A vulgar
    first part on an ambiguous epithet ("lortesvin", "møgkælling", "skiderotter") is the
    epithet with "skide" before it, still ambiguous; an institution as the first part
    ("jobcentersvin", "kommunerotter") names its people: a strong epithet."""
    nouns = person_nouns()
    for prefix in lexicon.profanity().prefixes:
        rest = word[len(prefix) :] if word.startswith(prefix) else None
        if rest is not None and (
            rest in nouns or rest in ETHNIC_NOUNS or (rest in HEAD_FORMS and prefix != "neger")
        ):
            return Hit(word, "strong", "compound")
    for prefix in lexicon.profanity().prefixes:
        if word.startswith(prefix) and (head := animal_head(word[len(prefix) :], ())):
            return Hit(head.entry, "ambiguous", "compound")
        if word.startswith(prefix) and word[len(prefix) :] in SWORN_ANIMALS:
            return Hit(SWORN_ANIMALS[word[len(prefix) :]], "ambiguous", "compound")
    for stem in INSTITUTION_STEMS:
        if word.startswith(stem) and (head := animal_head(word[len(stem) :])):
            return Hit(head.entry, "strong", "compound")
    for stem in STAFF_STEMS:
        head = animal_head(word[len(stem) :]) if word.startswith(stem) else None
        if head is not None and word not in lexicon.danish_words():
            return Hit(head.entry, "strong", "compound")
    return None


# probe round 279: a vulgar first part on "hoved" names a person, as the listed "pikhoved"
# and "lortehoved" do ("de er nogle fissehoveder", "dit røvhoved"); a head alone is none,
# nor the old name of a sweet ("negerhoveder", a slur for offensive, said of no person)
HEAD_FORMS = frozenset(("hoved", "hovedet", "hoveder", "hovederne"))


# probe round 67: farm animals that are no epithet alone ("en hammel" is a wether, "en
# kamel" a camel) but are one with a vulgar first part ("Orla er en pissehammel", "din
# lortekamel", "den møgokse"): the compound is said of a person in a person's frame only
# (kept here, not in the DKhate model's epithet lexicon)
SWORN_ANIMALS = {
    form: base
    for base, forms in (
        ("hammel", "hammel hamlen hamle hamlene"),
        ("vædder", "vædder vædderen væddere vædderne vaedder vaedderen"),
        ("kamel", "kamel kamelen kameler kamelerne"),
        ("okse", "okse oksen okser okserne"),
        ("høne", "høne hønen høns hønsene hoene hoenen hoens"),
        ("gås", "gås gåsen gæs gæssene gaas gaasen gaes"),
        ("kalkun", "kalkun kalkunen kalkuner kalkunerne"),
        ("hest", "hest hesten heste hestene"),
    )
    for form in forms.split()
}


def vulgar_animal(word: str) -> bool:
    """probe round 42: a vulgar first part on an animal epithet ("møgko", "lortesvin",
    "skiderotte"): the animal sworn at, which a demonstrative then points at a person."""
    for prefix in lexicon.profanity().prefixes:
        if word.startswith(prefix) and animal_head(word[len(prefix) :], ()) is not None:
            return True
    return False


# the first part of a compound that names the people of an institution ("jobcentersvin",
# "kommunerotter", "systemslanger"), also written apart ("jobcenter svin": ``_institution``)
INSTITUTION_STEMS = ("jobcenter", "jobcenters", "kommune", "kommunal", "kommunens", "system",
                     "systemets", "skranke", "stats", "ydelses", "forvaltnings")
# probe round 120: a noun for staff as the first part ("sagsbehandlersvin", "chefrotter"),
# also hyphened ("sagsbehandler-svin": ``insult_institution.institution_compound``): the
# animal is said of the staff member, like the institution's people above; no noun for a
# person in general ("menneskeabe" is the ape), no word of the dictionary
STAFF_STEMS = ("sagsbehandler", "socialrådgiver", "rådgiver", "konsulent", "jobkonsulent",
               "teamleder", "afdelingsleder", "leder", "chef", "jobcenterchef", "medarbejder",
               "bureaukrat", "embedsmands", "direktør", "kontordame", "skrankepave")
# ambiguous epithets that also name a real animal or thing an institution may keep or make
# ("kontorhund", "kommuneaffald", "systemlort"): no compound epithet
LITERAL_HEADS = frozenset(("hund", "køter", "lus", "orm", "kakerlak", "utøj", "skrald", "affald",
                           "sæk", "spade", "bundfald", "nul", "amatør", "kriminel", "lort", "pik",
                           "monster", "kvæg", "fæ", "torsk", "grib", "abe", "ged", "ko"))


def animal_head(rest: str, literal: Iterable[str] = LITERAL_HEADS) -> Hit | None:
    """The ambiguous epithet a compound ends with, unless it is also a real thing."""
    if len(rest) < 2 or lexicon.profanity().lookup(rest) is not None:
        return None
    hit = lexicon.epithets().lookup(rest)
    if hit is None or hit.category != "ambiguous" or hit.how != "form":
        return None
    return None if hit.entry in literal else hit


def swear_word(word: str, entry: str) -> bool:
    """Whether an ambiguous epithet is also a swear word ("lort", "pik"). probe round 271: a
    vulgar first part on an animal that is no swear word ("møgkvæg", "lortesvin") only makes
    the name ruder, so it keeps the frames of the animal ("…, det dumme lortesvin")."""
    swear = lexicon.profanity().lookup(word)
    if swear is None:
        return False
    return swear.category != "prefix" or lexicon.profanity().lookup(entry) is not None


# probe round 369: a vulgar first part on a people's name is an ethnic slur on a person
# ("den møgpolak", "de skidetyrkere", "den lorte-bulgarer"): strong, as "lortechef" is
_ETHNIC_STEMS = (
    "rumæner tyrker bulgarer litauer ukrainer russer serber albaner somalier araber "
    "pakistaner afghaner iraker iraner syrer libaneser marokkaner palæstinenser kurder perser"
)  # no "letter" (Latvian), as "skide lettere" is "a lot easier"
ETHNIC_NOUNS = frozenset(
    [f"{stem}{end}" for stem in _ETHNIC_STEMS.split() for end in ("", "en", "e", "ne")]
    + ["polak", "polakken", "polakker", "polakkerne"]
)


# probe round 397: a first part of rank on an ambiguous epithet names the chief of them
# ("hun er selv hovedklovnen", "han er overskurken", "den ærkeheks"): still ambiguous, as
# the epithet alone, so it needs a person's frame; no real title ("hovedsagsbehandler")
RANK_STEMS = ("hoved", "over", "ærke", "top")
RANKED_LITERAL = LITERAL_HEADS | {"sagsbehandler"}


def _ranked_epithet(word: str) -> Hit | None:
    for stem in RANK_STEMS:
        head = animal_head(word[len(stem) :], RANKED_LITERAL) if word.startswith(stem) else None
        if head is not None and word not in lexicon.danish_words():
            return Hit(head.entry, "ambiguous", "compound")
    return None


# probe round 401 (oth): a leech named by what it sucks ("de satans blodigler", "nogle
# pengeigler", "systemets skatteigler"): the listed "igle" is too short to end a compound
# (``lexicon.MIN_COMPOUND_HEAD``), so its compounds are read here, ambiguous like it (a
# leech in a pond is none); the first part must be a word ("opvigle", "strigle" are verbs)
LEECH_FORMS = ("iglerne", "iglens", "iglen", "igler", "igles", "igle")
LEECH_STEM = 3  # letters of the first part at the least ("blod", "penge")


def _leech_compound(word: str) -> Hit | None:
    form = next((f for f in LEECH_FORMS if word.endswith(f)), None)
    if form is None:
        return None
    stem = word[: -len(form)]
    if len(stem) < LEECH_STEM:
        return None
    words = lexicon.danish_words()
    if stem in words or (stem[-1] in "se" and stem[:-1] in words):
        return Hit("igle", "ambiguous", "compound")
    return None
