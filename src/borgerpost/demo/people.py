"""The fictional people and places of the demo: Jobcenter Vestby, its units and citizens.

Everyone here is invented. Addresses, phone numbers, car plates and CPR-like numbers are
made up for the demo (the CPR-like numbers use serials no real register would be checked
against); they exist so the doxxing and PII detectors have something to find.
"""

from __future__ import annotations

from dataclasses import dataclass

MUNICIPALITY = "Vestby Kommune"
JOBCENTRE = "Jobcenter Vestby"
DOMAIN = "jobcenter.vestby.dk"


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """A unit of the demo jobcentre: its mailbox, the benefit it pays, its caseworkers."""

    name: str
    mailbox: str
    benefit: str
    caseworkers: tuple[str, ...]


UNITS: tuple[UnitInfo, ...] = (
    UnitInfo("Sygedagpenge", f"sygedagpenge@{DOMAIN}", "sygedagpenge",
             ("Hanne Lykkegaard Poulsen", "Søren Kjærsgaard")),
    UnitInfo("Kontanthjælp", f"kontanthjaelp@{DOMAIN}", "kontanthjælp",
             ("Mette Birkholm", "Jonas Ravnsbæk")),
    UnitInfo("Jobafklaring", f"jobafklaring@{DOMAIN}", "ressourceforløbsydelse",
             ("Fatima Al-Sayed", "Yusuf Demir")),
    UnitInfo("Ressourceforløb", f"ressourceforloeb@{DOMAIN}", "ressourceforløbsydelse",
             ("Lars Egholm Winther",)),
    UnitInfo("Fleksjob", f"fleksjob@{DOMAIN}", "ledighedsydelse", ("Trine Vestergaard",)),
    UnitInfo("Ungeindsats", f"unge@{DOMAIN}", "uddannelseshjælp", ("Rasmus Højbjerg",)),
    UnitInfo("Modtagelsen", f"post@{DOMAIN}", "ydelse", ("Camilla Bech Ottesen",)),
    UnitInfo("Ledelse", f"ledelse@{DOMAIN}", "ydelse", ("Annette Fogh",)),
)

CASE_UNITS: tuple[UnitInfo, ...] = UNITS[:6]

TEAM_LEADERS = {"Sygedagpenge": "Birgitte Holmgaard", "Kontanthjælp": "Kasper Nørgaard Lind"}
HEAD = "Annette Fogh"
DEPARTMENT_HEAD = "Peter Stougaard"


@dataclass(frozen=True, slots=True)
class Citizen:
    """A fictional citizen with a case in one unit."""

    name: str
    email: str
    phone: str
    cpr: str
    unit: str
    she: bool = False

    @property
    def first_name(self) -> str:
        return self.name.split()[0]


_WOMEN = {"Dorthe", "Susanne", "Anja", "Gitte", "Lene", "Nadia", "Sofie", "Maja", "Connie",
          "Pia", "Hanne-Lise", "Zainab", "Louise", "Mona"}

_CITIZENS: tuple[tuple[str, str, str, str], ...] = (
    ("Kaj Vilhelmsen", "kaj.vilhelmsen@webpost.example.net", "40 18 22 73", "120467-2841"),
    ("Dorthe Mikkelsen Ravn", "dorthe.ravn@post.example.com", "22 61 09 48", "031179-1966"),
    ("Ibrahim Khalil", "ibrahim.k@mail.example.org", "31 77 40 15", "250688-3317"),
    ("Susanne Bjerre", "sbjerre@webpost.example.net", "26 93 14 02", "170872-1508"),
    ("Torben Lauridsen", "torben.l@post.example.com", "42 30 55 61", "080563-2297"),
    ("Anja Frederiksen", "anja.fred@mail.example.org", "51 48 07 36", "290991-1044"),
    ("Michael Staun", "mstaun@webpost.example.net", "28 04 63 19", "140276-3581"),
    ("Gitte Overby", "gitte.overby@post.example.com", "60 72 18 44", "050384-1762"),
    ("Hassan Yilmaz", "h.yilmaz@mail.example.org", "53 19 86 20", "221095-2473"),
    ("Lene Kirkegaard", "lene.kirke@webpost.example.net", "24 55 31 07", "310769-1830"),
    ("Bjarne Thomsen", "bjarnethomsen@post.example.com", "40 86 12 59", "111158-3105"),
    ("Nadia Petersen", "nadia.p@mail.example.org", "71 24 90 33", "190900-4726"),
    ("Jesper Kragh", "jesper.kragh@webpost.example.net", "29 37 64 81", "070281-2659"),
    ("Sofie Lund Andersen", "sofie.la@post.example.com", "52 80 43 16", "240397-1582"),
    ("Preben Nyholm", "preben.nyholm@mail.example.org", "23 16 75 40", "160655-2017"),
    ("Maja Østergaard", "maja.oe@webpost.example.net", "61 03 27 95", "020802-4398"),
    ("Ali Rahimi", "ali.rahimi@post.example.com", "50 64 21 88", "130586-3743"),
    ("Connie Damgaard", "connie.d@mail.example.org", "27 49 58 02", "281071-1210"),
    ("René Bundgaard", "rene.bundgaard@webpost.example.net", "41 72 36 90", "090978-2565"),
    ("Pia Fischer", "piafischer@post.example.com", "30 25 81 47", "200493-1934"),
    ("Emil Brodersen", "emil.brod@mail.example.org", "53 88 12 64", "041103-4151"),
    ("Hanne-Lise Jakobsen", "hl.jakobsen@webpost.example.net", "22 40 97 13", "150362-1678"),
    ("Kim Sørensen", "kim.s@post.example.com", "60 13 52 76", "270884-3029"),
    ("Zainab Hussein", "zainab.h@mail.example.org", "71 66 30 28", "100190-2486"),
    ("Ole Kristiansen", "ole.kri@webpost.example.net", "28 91 05 37", "230466-3370"),
    ("Louise Holm", "louise.holm@post.example.com", "42 07 69 51", "060798-1813"),
    ("Frank Vinther", "frank.vinther@mail.example.org", "24 83 16 09", "180773-2942"),
    ("Mona Jeppesen", "mona.j@webpost.example.net", "51 36 74 80", "120285-1657"),
)


def _citizen(index: int, row: tuple[str, str, str, str]) -> Citizen:
    name, email, phone, cpr = row
    unit = CASE_UNITS[index % len(CASE_UNITS)].name
    return Citizen(name, email, phone, cpr, unit, she=name.split()[0] in _WOMEN)


CITIZENS: tuple[Citizen, ...] = tuple(_citizen(i, row) for i, row in enumerate(_CITIZENS))

# The one sender who floods the jobcentre (~40 mails in a few days).
FLOODER = Citizen("Verner Haslund", "verner.haslund@webpost.example.net", "20 58 41 96",
                  "011161-3389", "Kontanthjælp")


@dataclass(frozen=True, slots=True)
class Representative:
    """Someone writing for a citizen: bisidder, partsrepræsentant, advokat or relative."""

    name: str
    email: str
    kind: str
    organisation: str = ""


REPRESENTATIVES: tuple[Representative, ...] = (
    Representative("Birthe Skovlund", "birthe.skovlund@mail.example.org", "bisidder",
                   "Bisidderkorpset i Vestby"),
    Representative("Niels Aagaard", "na@raadgivning.example.com", "partsrepræsentant",
                   "Aagaard Socialrådgivning"),
    Representative("Advokat Charlotte Wied", "cw@wiedadvokater.example.com", "advokat",
                   "Wied Advokater"),
    Representative("Henrik Lassen", "henrik.lassen@post.example.com", "familie"),
    Representative("Janni Morsing", "janni.m@fagforening.example.org", "partsrepræsentant",
                   "Fagforeningen 3F-afdeling Vestby (demo)"),
    Representative("Eva Brix", "eva.brix@webpost.example.net", "familie"),
)


@dataclass(frozen=True, slots=True)
class PrivateDetails:
    """Invented private details of a demo staff member, the material of doxxing texts."""

    staff: str
    address: str
    phone: str
    plate: str
    car: str
    school: str
    child: str


PRIVATE: tuple[PrivateDetails, ...] = (
    PrivateDetails("Hanne Lykkegaard Poulsen", "Kirsebærvej 14, 7760 Nørre Vestby",
                   "61 47 22 90", "CX 48 512", "grå Skoda Octavia", "Skovbrynets Skole",
                   "datter"),
    PrivateDetails("Jonas Ravnsbæk", "Møllehaven 3, 1. th., 7761 Vestby", "29 30 87 14",
                   "BP 71 208", "sort Toyota Yaris", "Vestby Friskole", "søn"),
    PrivateDetails("Mette Birkholm", "Enghavevej 41, 7762 Lille Vestby", "52 19 63 05",
                   "AZ 35 977", "blå VW Golf", "Engskolen", "søn"),
    PrivateDetails("Lars Egholm Winther", "Strandstien 8, 7760 Nørre Vestby", "40 62 18 53",
                   "DK 12 640", "hvid Ford Transit", "Nørre Vestby Skole", "datter"),
)

OFFICIAL_PHONE = "72 40 10 00"
OFFICIAL_ADDRESS = "Rådhustorvet 2, 7760 Vestby"


def unit_info(name: str) -> UnitInfo:
    """The demo unit called ``name``."""
    for unit in UNITS:
        if unit.name == name:
            return unit
    raise KeyError(name)


def staff_email(name: str) -> str:
    """The work address of a demo staff member (initials, as in ``staff.csv``)."""
    initials = "".join(part[0] for part in name.replace("-", " ").split()).lower()
    return f"{initials}@{DOMAIN}"
