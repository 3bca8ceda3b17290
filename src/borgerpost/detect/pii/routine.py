"""Routines of a person: when and where they commute, train, shop or park ("tager toget
kl. 16.12 hver dag", "går ud til sin bil", "ved din blå Polo på Søndergade efter arbejde").
The writer's own habits ("jeg tager bussen hver dag kl. 8") are not matched
(``family.PrivateLife``)."""

from __future__ import annotations

import re

from borgerpost.detect.normalise import Normalised
from borgerpost.detect.pii.base import pattern, recognizer, words
from borgerpost.detect.pii.family import PrivateLife
from borgerpost.detect.pii.family_words import CHILD, CLAUSE, INSTITUTION, POSS, WHEN
from borgerpost.detect.pii.media_words import RETAILERS
from borgerpost.detect.pii.routine_words import (
    AT_VENUE,
    COACH_POST,
    COLOUR,
    COMMUTE,
    DAY_PART,
    DEPARTURE,
    HABIT,
    HOME_OR_WORK,
    OFF_HOURS,
    OUTING,
    PUBLIC_DUTY,
    RECUR,
    RECUR_WORDS,
    RETREAT,
    SEE,
    SEER,
    SITS,
    SPARE_TIME,
    SPARE_TIME_WORDS,
    STAFF_ENTRANCE,
    STAFF_ENTRANCE_AT,
    TIME,
    TIME_WORDS,
    TRANSIT,
    VEHICLE_WORDS,
    VENUE,
    WEEKDAY,
    WEEKDAY_WORDS,
)

# on the way to or from an institution placed by a word after it ("til vuggestuen ved
# Kildeparken"); not a time ("til skolen i morgen")
_TO_INSTITUTION = (
    rf"(?:på\svej\s)?(?:til|fra|hjem\sfra)\s{INSTITUTION}\s(?:ved|på|i)\s(?!{WHEN}\b)[^\W\d_]{{3,}}"
)


@recognizer
class RoutineRecognizer(PrivateLife):
    name = "routine"
    version = "1"
    kind = "routine"
    reason = "Fast rutine"
    # Working hours and appointments are no private routine: "telefontid hver mandag kl. 9".
    negative = words(
        "telefontid træffetid åbningstid kontortid arbejdstid møde mødet møder samtale "
        "samtalen åbent lukket vagt"
        # stop 35: an office's opening hours ("åben skranke på Torvegade 12 alle hverdage
        # kl. 9-14")
        " åben åbne åbningstider skranke skranken reception receptionen"
    )
    negative_penalty = 0.5
    # read in the match's own sentence: "Hans rute ligger åbent på Strava" after a morning
    # run is no opening hour of the run
    window_in_sentence = True
    prefilter = re.compile(
        r"kl\.?\s?\d|klokken|(?:ca\.?|cirka|omkring|ved)\s\d|(?:ved|omkring|på)\s\S+tiden|hver\s"
        r"|halv\s|kvart\s|lidt\s(?:over|i|før|efter)\s"
        r"|dagligt|hverdage|går\sud\stil"
        r"|om\s(?:\w+dagen|morgenen|aftenen|eftermiddagen|formiddagen|weekenden)|alene"
        r"|efter\s(?:arbejde|fyraften)|altid|gerne|typisk|som\sregel|hver\sgang"
        r"|dag\sog\s(?:man|tirs|ons|tors|fre|lør|søn)dag"
        r"|" + "|".join(SPARE_TIME_WORDS)
    )
    patterns = (
        pattern(
            # probe round 329: a child dropped off or picked up at a place and an hour
            # ("når hun afleverer sin datter ved lågen kl. 8.10"): where and when to find them
            "drop_off",
            rf"(?<!\w)(?P<v>(?:sætter|satte|afleverer|afleverede|henter|hentede)\s"
            rf"(?:ham|hende|dem|{POSS}\s{CHILD})\s(?:af\s)?(?:ved|i|på|foran|uden\sfor)\s"
            rf"{CLAUSE}{{0,40}}?{TIME})",
            0.6,
            ("sætte", "satte", "aflever", "hent"),
        ),
        pattern(
            # "handler altid i Netto på Kirkevej lørdag formiddag", "(bilen) holder altid
            # samme sted ved svømmehallen torsdag aften": a habit tied to a weekday
            "habit_weekday",
            rf"(?<!\w)(?P<v>(?:{COMMUTE}|holder|står)\s(?:[^\W\d_]+\s)?{HABIT}\s"
            rf"{CLAUSE}{{0,60}}?(?:{WEEKDAY}{DAY_PART}|{TIME}))",
            0.55,
            WEEKDAY_WORDS + TIME_WORDS,
        ),
        pattern(
            "commute",
            # "træner i fitnesscentret på Banegårdsgade mandag og torsdag kl. 17"
            rf"(?<!\w)(?P<v>(?:{COMMUTE})\b{CLAUSE}{{0,80}}?(?:{TIME}|{RECUR}))",
            0.6,
            TIME_WORDS + RECUR_WORDS,
        ),
        pattern(
            # probe round 377 (tC): the way home from a pastime on a set day, with its place
            # ("på vej hjem fra svømning med datteren hver tirsdag ved Østerbro-hallen")
            "way_home_recur",
            rf"(?<!\w)(?P<v>(?:på\s)?vej(?:en)?\shjem\sfra\s{CLAUSE}{{0,50}}?{RECUR}{DAY_PART}"
            rf"(?:\s(?:ved|på|i)\s[\w-]+)?)",
            0.6,
            RECUR_WORDS,
        ),
        pattern(
            # probe round 385: a child taken the same way each day to its institution by a place
            # ("har sine to små piger i cykelanhængeren hver morgen på vej til vuggestuen ved
            # Kildeparken", "cykler sin søn til skolen på Engvej hver dag"): where to find it
            "child_route_recur",
            rf"(?<!\w)(?P<v>{POSS}\s{CHILD}\s{CLAUSE}{{0,40}}?(?:{RECUR}{DAY_PART}\s{_TO_INSTITUTION}"
            rf"|{_TO_INSTITUTION}\s{CLAUSE}{{0,30}}?{RECUR}))",
            0.6,
            RECUR_WORDS,
        ),
        pattern(
            # stop 31: a weekly stint off work, the day before the deed ("står hver lørdag og
            # sælger grøntsager ved torvet", "sidder hver søndag og spiller i kirken")
            "weekly_stint",
            rf"(?<!\w)(?P<v>(?:står|sidder)\s(?:jo\s|også\s|altid\s)?{RECUR}{DAY_PART}\s"
            r"(?:og\s)?(?:sælger|passer|hjælper|spiller|synger|træner)"
            rf"(?:\s[^\W\d_]+){{0,6}}?\s(?:ved|på|i)\s[^\W\d_]+)",
            0.55,
            RECUR_WORDS,
        ),
        pattern(
            # stop 31: two weekdays are a week's habit ("træner der mandag og onsdag efter
            # arbejde", "svømmer tirsdag, torsdag og lørdag")
            "weekdays_habit",
            rf"(?<!\w)(?P<v>(?:{COMMUTE})\b{CLAUSE}{{0,40}}?{WEEKDAY}(?:,\s{WEEKDAY})*"
            rf"\sog\s{WEEKDAY}{DAY_PART})",
            0.55,
            WEEKDAY_WORDS,
        ),
        pattern(
            # "sidder hver søndag formiddag på Café Havnen", "spiser frokost på kroen hver
            # fredag": a recurring presence at a place of leisure, either order
            "venue_habit",
            rf"(?<!\w)(?P<v>{SITS}\s(?:(?:altid|gerne|tit|jo|også|frokost|morgenmad)\s)?"
            rf"(?:{RECUR}{DAY_PART}\s{AT_VENUE}|{AT_VENUE}(?:\s[^\W\d_]+)?\s{RECUR}))",
            0.55,
            RECUR_WORDS,
        ),
        pattern(
            # round 191: a gym or a pool told with its weekdays and hour, no verb needed
            # ("svømmehallen på Parkvej, tirsdag og fredag kl. 7"): where and when to find one;
            # round 417 (t1): the venue's brand after it ("i Fitness World på X tirsdag …")
            "venue_weekdays",
            rf"(?<!\w)(?P<v>{VENUE}(?:\s(?!(?:hver|hvert|alle|om)\s)[^\W\d_]+)?"
            rf"(?:\s(?:i|på|ved)\s[^\W\d_]+(?:\s[^\W\d_]+)?)?,?\s"
            rf"{WEEKDAY}(?:,\s{WEEKDAY})*(?:\sog\s{WEEKDAY})?{DAY_PART}\s{TIME})",
            0.55,
            WEEKDAY_WORDS,
        ),
        pattern(
            # round 223: the habit, then its days and hour as a sentence of their own ("…
            # hvor hun træner. Mandag og onsdag kl. 18", "han svømmer der. Hver fredag
            # morgen"): when to find the person
            "habit_then_when",
            rf"(?<!\w)(?P<v>(?:{COMMUTE})(?:\s(?:i|på|der|dér|henne|derhenne))?[.:;]\s"
            rf"(?:{WEEKDAY}(?:,\s{WEEKDAY})*(?:\sog\s{WEEKDAY})?{DAY_PART}\s{TIME}|"
            rf"{WEEKDAY}(?:,\s{WEEKDAY})*\sog\s{WEEKDAY}{DAY_PART}|{RECUR}{DAY_PART}))",
            0.55,
            WEEKDAY_WORDS + RECUR_WORDS,
        ),
        pattern(
            # stop 36: a coach's post, then the team's training day as a sentence of its own
            # ("er træner for U10-pigerne i X IF. Træning onsdag kl. 16.30"): where and when
            "coach_then_training",
            rf"(?<!\w)(?P<v>{COACH_POST}\s[^.?!\n]{{1,60}}[.?!]\s"
            r"(?:træning|træningen|træner\s(?:de|hun|han))\s"
            rf"(?:er\s)?(?:hver\s)?{WEEKDAY}(?:\sog\s{WEEKDAY})?(?:\s{TIME})?)",
            0.55,
            WEEKDAY_WORDS,
        ),
        pattern(
            # stop 33: always at the same place of leisure at an hour ("sidder altid på den
            # samme café ved havnen kl. 10"): "altid" and the clock make it a habit
            "venue_always_at",
            rf"(?<!\w)(?P<v>{SITS}\s(?:jo\s|også\s)?altid\s(?:på|i|ved)\s(?:[^\W\d_]+\s){{0,2}}"
            rf"{VENUE}(?:\s(?:ved|på|i)\s[^\W\d_]+)?\s{TIME})",
            0.55,
            TIME_WORDS,
        ),
        pattern(
            # stop 33: which bus the person takes home, and its departure ("hvilken bus du
            # tager hjem. 22'eren kl. 16.10")
            "bus_home",
            rf"(?<!\w)(?P<v>(?:bus|bussen|tog|toget|linje)\s(?:du|han|hun)\s(?:altid\s)?"
            rf"(?:tager|kører\smed)\s{HOME_OR_WORK}[.,:–-]?\s(?:\d+'?eren\s|linje\s?\d+\s)?"
            rf"{TIME})",
            0.6,
            TIME_WORDS,
        ),
        pattern(
            # stop 35: leaving work at an hour, then the way home ("går fra jobcentret kl.
            # 15.30 og cykler hjem ad stien langs åen", "har fri kl. 16 og kører hjem")
            "off_then_home",
            rf"(?<!\w)(?P<v>(?:går|kører|cykler|tager|smutter|har\sfri|får\sfri)\s"
            rf"(?:(?:altid|jo|hver\sdag)\s)?(?:fra\s[^\W\d_]+\s)?{TIME}\s(?:og\s)?"
            rf"(?:[^\W\d_]+\s){{0,2}}?(?:{COMMUTE}))",
            0.55,
            TIME_WORDS,
        ),
        pattern(
            # stop 35: always the same way, and where it goes ("går altid samme vej over
            # parkeringspladsen og ned til stationen"): the route to wait on
            "same_way_always",
            r"(?<!\w)(?P<v>(?:går|cykler|kører|løber|tager)\s(?:altid|hver\sdag|dagligt)\s"
            r"(?:den\s)?samme\s(?:vej|rute)\s(?:over|gennem|langs|forbi|ad|ned|hen|til|hjem)\s"
            r"[^\W\d_]+)",
            0.55,
            ("samme vej", "samme rute"),
        ),
        pattern(
            # stop 35: where the person is seen week after week ("ser man X hver lørdag
            # morgen ved bageren på Kløvervej"): the one seen is named between
            "seen_habit",
            rf"(?<!\w)(?P<v>(?:{SEE}\s{SEER}|{SEER}\s(?:kan\s)?{SEE})\s"
            rf"(?:[^\W\d_]+\s){{1,4}}?{RECUR}{DAY_PART}\s(?:(?:nede|henne|ude|oppe)\s)?"
            rf"(?:ved|på|i)\s(?:[^\W\d_]+\s)?(?:{VENUE}|{RETAILERS}|bageren|bagerbutikken|"
            r"kiosken|legepladsen|stranden|havnen|hallen|stadion|kirken|biblioteket))",
            0.55,
            RECUR_WORDS,
        ),
        pattern(
            # stop 29: off at an hour, then always out by a door ("har fri kl 15.30 og går altid
            # ud ad bagindgangen"): when and where the person leaves
            "exit_after_hour",
            rf"(?<!\w)(?P<v>{TIME}\s(?:og\s)?(?:[^\W\d_]+\s){{0,3}}?(?:går|smutter|sniger\ssig)\s"
            rf"(?:altid\s|jo\s|hver\sdag\s)?ud\s(?:ad|af|gennem)\s[^\W\d_]*(?:døren|indgangen|udgangen))",
            0.55,
            TIME_WORDS,
        ),
        pattern(
            # "Eilerts løbetur langs åen hver torsdag aften"; round 116: a morning run is daily
            # by its name, so its hour alone places it ("sin morgentur langs fjorden kl. 6")
            "outing_habit",
            rf"(?<!\w)(?P<v>(?P<owner>{POSS})\s(?:[^\W\d_]+\s)?{OUTING}\s{CLAUSE}{{0,40}}?"
            rf"(?:{RECUR}|{TIME}))",
            0.55,
            RECUR_WORDS + TIME_WORDS,
        ),
        pattern(
            "spare_time_at",  # "nyder sine aftener i Fitness World", "tilbringer hans
            # weekender på kroen": a recurring presence at a place of leisure
            rf"(?<!\w)(?P<v>(?:nyder|nyde|nød|tilbringer|tilbringe|bruger|bruge)\s"
            rf"(?:sine|hans|hendes|dine|deres)\s{SPARE_TIME}\s{AT_VENUE})",
            0.55,
            SPARE_TIME_WORDS,
        ),
        pattern(
            # stop 32: a boat or a garden plot one spends every weekend at, where it lies
            # ("hver weekend er hun i sin sejlbåd i Rødvig havn", "ligger i sin kolonihave på
            # Engvej hver søndag"): the owner's retreat, either order
            "retreat_habit",
            rf"(?<!\w)(?P<v>(?:{RECUR}{DAY_PART}\s(?:[^\W\d_]+\s){{0,3}}?"
            rf"(?:i|på|ude\spå)\s(?P<owner>sin|sit|hans|hendes|din|dit)\s{RETREAT}\s(?:i|på|ved)\s"
            rf"[^\W\d_]+|(?:i|på|ude\spå)\s(?:sin|sit|hans|hendes|din|dit)\s{RETREAT}\s"
            rf"(?:i|på|ved)\s{CLAUSE}{{0,40}}?{RECUR}))",
            0.55,
            RECUR_WORDS,
        ),
        pattern(
            "home_alone",  # "ungerne er altid alene hjemme efter skole": when they are alone
            rf"(?<!\w)(?P<v>(?:{POSS}\s)?{CHILD}\s(?:er|bliver|går|sidder)\s"
            r"(?:(?:altid|tit|ofte|jo|også|gerne)\s)*(?:alene\s(?:der)?hjemme|(?:der)?hjemme\salene)"
            rf"\s(?:efter\sskole|efter\sskoletid|om\seftermiddagen|{RECUR}|{TIME}|til\s\w+))",
            0.6,
            ("alene",),
        ),
        pattern(
            # probe round 353 (threatA): the person seen at a gym or pool, then its hour said
            # to be the usual one, in the same sentence or the next ("så ham i svømmehallen
            # i går. Klokken 7 som altid"): where and when to find them (the one seen is the
            # owner: the writer who saw is never it)
            "seen_venue_as_always",
            rf"(?<!\w)(?P<v>(?:så|set|ser)\s(?P<owner>dig|ham|hende)\s(?:i|på|ved|nede\spå)\s"
            rf"(?:[^\W\d_]+\s)?{VENUE}[^.?!\n]{{0,40}}[.?!]?\s{TIME}\s"
            r"(?:som\s(?:altid|sædvanlig|vanligt|hver\sgang|hver\sdag)))",
            0.6,
            ("altid", "sædvanlig", "vanligt", "hver gang", "hver dag"),
        ),
        pattern(
            # "tager altid 16.10-toget fra banegården": the departure written into the train,
            # taken always or every day
            "train_habit",
            rf"(?<!\w)(?P<v>(?:tager|tog)\s(?:altid|jo\saltid|hver\sdag|dagligt)\s{DEPARTURE}"
            rf"{TRANSIT}(?:\s(?:fra|ved)\s[^\W\d_]+)?)",
            0.55,
            ("altid", "hver", "dagligt"),
        ),
        pattern(
            # stop 37: the hour, then the staff entrance one uses ("møder kl 8 hver morgen ved
            # bagindgangen"): where a person can be waited for, working hours or not
            "entrance_at_hour",
            rf"(?<!\w)(?P<v>(?:{RECUR}|altid|{TIME}){CLAUSE}{{0,30}}?(?:ved|gennem|ad|ind\sad|ud\sad)"
            rf"\s{STAFF_ENTRANCE})",
            0.6,
            TIME_WORDS + RECUR_WORDS + ("altid",),
        ),
        pattern(
            "recurring_time",
            # "hver morgen kl. 7.10 går han tur": the subject after the verb is part of it
            rf"(?<!\w)(?P<v>(?:(?:{RECUR}|altid){CLAUSE}{{0,25}}?{TIME}|{TIME}\s{RECUR})"
            rf"(?:\s[^\W\d_]+\s(?P<who>han|hun|de|vedkommende|jeg|vi)(?!\w))?)",
            0.55,
            TIME_WORDS,
        ),
        pattern(
            "parks_at",  # "holder hans kone altid bilen ved Fakta om torsdagen"
            # "stiller altid sin røde cykel bag Kvickly kl. 7.45": the hour says when
            rf"(?<!\w)(?P<v>(?:holder|parkerer|stiller)\s{CLAUSE}{{0,30}}?(?:bilen|cyklen|bil|cykel)\s"
            rf"(?:ved|på|foran|uden\sfor|udenfor|bag)\s{CLAUSE}{{0,40}}?(?:{RECUR}|altid|{TIME}))",
            0.55,
            VEHICLE_WORDS,
        ),
        pattern(
            # round 441: always parked at a named place, the car told by colour and make
            # ("parkerer jo altid den grå Toyota ved Netto"): where to find the person;
            # not "der holder altid en bil ved Netto" (nobody's car)
            "parks_always",
            rf"(?<!\w)(?P<v>(?:holder|parkerer|stiller)\s(?:(?:jo|også|nu)\s)?altid\s"
            rf"(?:den|sin|din|hans|hendes|[^\W\d_]{{2,}}s)\s(?:{COLOUR}\s)?[^\W\d_]{{3,}}\s"
            r"(?:ved|på|foran|uden\sfor|udenfor|bag)\s[^\W\d_]{3,})",
            0.55,
            ("parker", "stiller", "holder"),
        ),
        pattern(
            "to_vehicle",
            r"(?P<v>går\sud\stil\s(?:sin|hans|hendes)\s(?:bil|cykel))",
            0.55,
            VEHICLE_WORDS,
        ),
        pattern(
            "vehicle_after_work",  # "venter på dig ved din blå Polo på Søndergade efter arbejde"
            rf"(?<!\w)(?P<v>(?:ved|foran|bag|uden\sfor|udenfor)\s(?P<owner>{POSS})\s"
            rf"(?:{COLOUR}\s[^\W\d_]+|(?:{COLOUR}\s)?(?:bil|bilen|cykel|cyklen))\s"
            rf"(?:på|ved|i)\s{CLAUSE}{{0,30}}?(?:efter\s(?:arbejde|fyraften)|{TIME}|{RECUR}))",
            0.55,
            ("efter arbejde", "efter fyraften", *TIME_WORDS, *RECUR_WORDS),
        ),
        pattern(
            # "hvor du parkerer. Den røde Yaris bag Netto på Møllevej, hver morgen": a car
            # told by colour and make, where it stands and when
            "vehicle_spot",
            rf"(?<!\w)(?P<v>(?:den|din|hans|hendes)\s{COLOUR}\s[^\W\d_]+\s"
            rf"(?:bag|ved|foran|uden\sfor|udenfor|overfor|over\sfor)\s{CLAUSE}{{0,40}}?{RECUR})",
            0.55,
            RECUR_WORDS,
        ),
        pattern(
            "vehicle_parked",
            rf"(?<!\w)(?P<v>(?:sin|hans|hendes|{POSS})\s(?:bil|cykel)\s(?:står|holder)\s"
            rf"{CLAUSE}{{0,40}}?(?:{RECUR}|altid))",
            0.55,
            VEHICLE_WORDS,
        ),
    )

    def nearby_words(self, norm: Normalised, start: int, end: int) -> frozenset[str]:
        """Working hours said as the time outside them ("snakke med hende uden for
        kontortid, så står hun …") point to private time, not away from it (stop 32); and
        beside a staff entrance in the match ("møder kl 8 ved bagindgangen", stop 37) no
        working-hours word counts at all: the way in is private."""
        words = super().nearby_words(norm, start, end)
        if words.isdisjoint(self.negative):
            return words  # no working-hours word to read (the common case: no text scan)
        if STAFF_ENTRANCE_AT.search(norm.text, start, end):
            return words - self.negative  # stop 37: the way in, not the hours, is private
        off_hours = frozenset(m.group(1) for m in OFF_HOURS.finditer(norm.text))
        return words - off_hours if off_hours else words

    def validate(self, match: re.Match[str], norm: Normalised) -> float | None:
        """ "hver morgen kl. 7.10 går han tur": a time put first has its subject after the
        verb, and that subject says whose routine it is ("… går jeg tur": the writer's)."""
        who = match.group("who") if "who" in match.re.groupindex else None
        if who is not None:
            return None if who in ("jeg", "vi") else 0.0
        if PUBLIC_DUTY.search(norm.text, max(0, match.start() - 50), match.end()):
            return None  # "sidder i receptionen hver mandag kl. 9": the office's own rota
        return super().validate(match, norm)
