"""The jobcentre's own contact data, which is never doxxing.

``OfficialContacts`` comes from a YAML file (``settings.official_contacts``; the shipped
``detect/data/official_contacts.yaml`` describes a fictional jobcentre). Beside the listed
data, a heuristic: an address or phone number in a sentence about the jobcentre itself
("Jobcenter …", "Rådhuset", "kommunen", "telefontid", "åbningstid") is official — unless the
sentence says it is private ("privat", "bor", "hjemme").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from borgerpost.detect.normalise import Normalised, normalise
from borgerpost.detect.pii.base import PiiMatch
from borgerpost.detect.pii.official_words import (
    BOOKED,
    DAYTIME_HOURS,
    DIRECT_FROM_LETTER,
    GIVEN_BY_JOBCENTRE,
    LETTER_SAYS,
    MEETING_AT,
    OFF_HOURS,
    OFFICIAL_MAIL,
    OFFICIAL_PREFIXES,
    OPENING_HOURS,
    OWN_PHONE_AFTER,
    OWN_PHONE_REACH,
    POSSESSIVE_OTHER,
    PRIVATE_WORDS,
    WORD,
    WORK_LEAD_IN,
    WORK_PHONE,
    YOU_MOVED,
    YOUR_LINE,
    YOUR_PLACE,
)
from borgerpost.detect.pii.owner import NEIGHBOURS, RELATIVE_ASIDES
from borgerpost.errors import ConfigError

_STREET_AND_NUMBER = re.compile(r"([^\W\d_][^\d,]*?)\s*(\d+)")


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = ""
    addresses: list[str] = []
    phones: list[str] = []
    email_domains: list[str] = []


@dataclass(frozen=True)
class OfficialContacts:
    """Addresses (as "street number" keys), phone digits and e-mail domains of the jobcentre."""

    name: str = ""
    addresses: frozenset[str] = frozenset()
    phones: frozenset[str] = frozenset()
    email_domains: frozenset[str] = frozenset()
    emails: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()  # words of the register's unit names ("ungeindsatsen")

    @classmethod
    def from_lists(
        cls,
        *,
        name: str = "",
        addresses: list[str] | tuple[str, ...] = (),
        phones: list[str] | tuple[str, ...] = (),
        email_domains: list[str] | tuple[str, ...] = (),
        emails: list[str] | tuple[str, ...] = (),
    ) -> OfficialContacts:
        return cls(
            name=name,
            addresses=frozenset(k for a in addresses if (k := address_key(a))),
            phones=frozenset(d for p in phones if (d := phone_digits(p))),
            email_domains=frozenset(d.lower().lstrip("@").strip() for d in email_domains),
            emails=frozenset(e.lower().strip() for e in emails if e.strip()),
        )

    def with_emails(self, emails: list[str] | tuple[str, ...]) -> OfficialContacts:
        """A copy that also knows these addresses (e.g. staff work e-mails from the register)."""
        extra = frozenset(e.lower().strip() for e in emails if e.strip())
        return replace(self, emails=self.emails | extra)

    def with_units(self, units: Iterable[str]) -> OfficialContacts:
        """A copy that knows the register's unit names: an address in a sentence that names
        one ("sidder i Ungeindsatsen, Stationsvej 8") is the workplace, unless it says private."""
        words = {w for unit in units for w in WORD.findall(normalise(unit).text) if len(w) >= 5}
        return replace(self, units=self.units | frozenset(words))

    def lists(self, match: PiiMatch) -> bool:
        """True when the match is listed contact data of the jobcentre."""
        if match.kind == "phone":
            return phone_digits(match.value) in self.phones
        if match.kind == "email":
            return self.lists_email(match.value)
        if match.kind == "address":
            return address_key(match.value) in self.addresses
        return False

    def lists_email(self, address: str) -> bool:
        """The address is listed, or its domain is an official one or under it."""
        address = address.lower()
        domain = address.rsplit("@", 1)[-1]
        return address in self.emails or any(
            domain == d or domain.endswith("." + d) for d in self.email_domains
        )


def load_official_contacts(path: str | Path | None = None) -> OfficialContacts:
    """Read the YAML file at ``path``; empty or None: the shipped default."""
    try:
        if path:
            text = Path(path).read_text("utf-8")
            where = str(path)
        else:
            where = "detect/data/official_contacts.yaml"
            text = (
                resources.files("borgerpost.detect")
                .joinpath("data", "official_contacts.yaml")
                .read_text("utf-8")
            )
        data = _Schema.model_validate(yaml.safe_load(text) or {})
    except OSError as exc:
        raise ConfigError(f"kan ikke læse {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: ugyldig YAML: {exc}") from exc
    except ValidationError as exc:
        raise ConfigError(f"{where}: ugyldige officielle kontaktdata: {exc}") from exc
    return OfficialContacts.from_lists(
        name=data.name,
        addresses=data.addresses,
        phones=data.phones,
        email_domains=data.email_domains,
    )


def phone_digits(text: str) -> str:
    """The eight national digits of a Danish number ("+45 41 52 63 74" -> "41526374")."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("0045"):
        digits = digits[4:]
    elif digits.startswith("45") and len(digits) == 10:
        digits = digits[2:]
    return digits


def address_key(text: str) -> str:
    """ "Torvegade 10, 9990 Nordby" -> "torvegade 10": street and number, normalised."""
    m = _STREET_AND_NUMBER.search(normalise(text).text)
    return f"{' '.join(m.group(1).split())} {m.group(2)}" if m else ""


def _moved_to(text: str, start: int) -> bool:
    """Probe round 323: the address is where the jobcentre moved ("er I flyttet i det nye hus
    på …"), said in the 60 characters before it."""
    return YOU_MOVED.search(text[max(0, start - 60) : start]) is not None


def official_reason(match: PiiMatch, norm: Normalised, contacts: OfficialContacts) -> str:
    """Why the match is the jobcentre's own data, or "" when it is not."""
    if match.kind not in ("phone", "email", "address"):
        return ""
    if contacts.lists(match):
        return "jobcentrets egne kontaktoplysninger"
    if match.kind == "email":
        return "offentlig e-mail-adresse" if OFFICIAL_MAIL.search(match.value) else ""
    if match.kind == "address" and _moved_to(norm.text, match.norm_start):
        return "nævnt som jobcentrets nye adresse («er I flyttet i det nye hus på …»)"
    if match.kind == "address" and match.rule.startswith(_HOME_RULES):
        return ""  # stop 31: "har købt det gule hus for enden af …": a home, never the office
    if match.kind == "address" and _parked_overnight(norm.text, match.norm_start, match.norm_end):
        return ""  # round 177: where a car stands every night is its owner's home
    sentence, previous = _sentence_and_previous(norm, match.norm_start)
    if match.kind == "phone" and OFF_HOURS.search(sentence):
        return ""  # probe round 299: reachable after hours: a person's own line
    if match.kind == "phone" and _called_own_phone(norm.text, match.norm_end):
        return ""  # probe round 393: "… Det er hendes egen mobil": a person's own line
    words = set(WORD.findall(sentence))
    before = norm.text[max(0, match.norm_start - 60) : match.norm_start]
    lead_in = WORD.findall(before)[-3:]
    # "X's arbejdsmobil står i brevet, 23 45 67 89": the work word may stand a clause earlier
    clause_text = _clause_before(norm.text, match.norm_start)
    clause = WORD.findall(clause_text)[-7:]
    work = (
        any(w.startswith(WORK_LEAD_IN) for w in lead_in)
        or any(w.startswith(WORK_PHONE) for w in clause)
        or DIRECT_FROM_LETTER.search(before) is not None
        or (match.kind == "phone" and _line_given(before, lead_in, clause_text, contacts.units))
    )
    if work and not words & PRIVATE_WORDS:
        return "oplyst som arbejds- eller fællesnummer"
    if match.kind == "address" and YOUR_PLACE.search(before) and not words & PRIVATE_WORDS:
        return "nævnt som stedet for det kontor, skribenten skriver til («jeres …»)"
    if match.kind == "address" and _booked_meeting(before, sentence) and not words & PRIVATE_WORDS:
        return "nævnt som stedet for et aftalt møde i sagen"
    if (
        words & PRIVATE_WORDS
        or set(lead_in) & POSSESSIVE_OTHER
        # stop 45: "X fra Ungeindsatsen er min søsters nabo – <address>": a neighbour's home
        or set(lead_in) & NEIGHBOURS
        or _persons_address(before, contacts.units)
        or (match.kind == "address" and _persons_card(norm.text, match.norm_start))
    ):
        return ""  # "hendes mobil 41 52 63 74", "bor på …", "Herbert N.s adresse:": a person's own
    context = words | set(WORD.findall(previous))
    if any(w.startswith(OFFICIAL_PREFIXES) for w in context) or OPENING_HOURS.search(sentence):
        return "nævnt som jobcentrets eller kommunens kontaktoplysninger"
    # probe round 377c: a unit's notice ("Fleksjob holder nu til på Torvet 3. Tlf. 72 …
    # kl. 9-13"): a number with a telephone time in an office day, a unit named in its
    # sentence or the one before, is the unit's line, whoever receives callers there
    if (
        match.kind == "phone"
        and DAYTIME_HOURS.search(sentence)
        and _names_a_unit(WORD.findall(f"{previous} {sentence}"), contacts.units)
    ):
        return "nævnt som en afdelings telefon med telefontid"
    # round 183: a unit inside a relative aside ("X, hende der smed min søn ud af
    # Ungeindsatsen: <address>") tells what the person did, not where the address is
    if match.kind == "address" and _names_a_unit(
        WORD.findall(RELATIVE_ASIDES.sub(" ", sentence)), contacts.units
    ):
        return "nævnt som arbejdsstedet (en afdeling i registeret)"
    return ""


def _booked_meeting(before: str, sentence: str) -> bool:
    """probe round 255: the address is where a meeting is held ("møder … hos X på"), and the
    sentence tells it is a meeting booked in the case ("som aftalt", "mødet den 4. maj", a
    bisidder): the jobcentre's place. "vi mødes hos dig på Egevej 7 i aften" books nothing."""
    return MEETING_AT.search(before) is not None and BOOKED.search(sentence) is not None


# "Herbert N.s adresse: …", "Mettes adresse er …": the address is given as someone's, by
# a genitive right before it
_GENITIVE_ADDRESS = re.compile(r"([^\W\d_]+)s\s+(?:privat|hjemme)?adresse\s*(?:er\s*|:\s*)?$")


# probe round 173: a card of fields, "Navn: <person>. Adresse: <gade>": the address field
# under a name field is that person's, whatever workplace the card tells after it
_CARD_ADDRESS = re.compile(
    r"(?<!\w)navn\s*:\s*(?P<name>[^\W\d_][^\n:]{1,60}?)[\s.,;|/–—-]*"
    r"(?:privat|hjemme)?adresse\s*:\s*$"
)
CARD_REACH = 100  # characters back from the address to the name field


def _persons_card(text: str, pos: int) -> bool:
    """The address stands right after "Adresse:" in a card whose "Navn:" field names a
    person, not the jobcentre ("Navn: Jobcenter Nordby. Adresse: …")."""
    m = _CARD_ADDRESS.search(text, max(0, pos - CARD_REACH), pos)
    return m is not None and not any(
        w.startswith(OFFICIAL_PREFIXES) for w in WORD.findall(m.group("name"))
    )


# the address patterns that describe a home (a house, where one lives, a fixture of it):
# such an address is a person's whatever unit the sentence names ("AW i Jobafklaring: han
# har lige købt det gule hus for enden af Kirsebærvej")
_HOME_RULES = ("address:home", "address:lives", "address:fixture", "address:neighbours")


# round 177: a car or bike standing at an address every night ("bilen holder foran
# Kirkevej 8 hver nat", "står parkeret ved Ågade 3 om natten"): the owner's home, not an office
_PARKED_AT = re.compile(
    r"(?<!\w)(?:holder|står|parkerer|parkeret|parkeres|overnatter)\s(?:[^\W\d_]+\s){0,2}?"
    r"(?:foran|ved|uden\sfor|udenfor|på|overfor|over\sfor)\s$"
)
_OVERNIGHT = re.compile(
    r"\s(?:hver\s(?:eneste\s|evige\s)?nat|om\snatten|natten\sover|hele\snatten|"
    r"hver\s(?:eneste\s|evige\s)?aften\sog\snat)(?!\w)"
)


def _parked_overnight(text: str, start: int, end: int) -> bool:
    """A vehicle told to stand at the address (``_PARKED_AT`` right before it) at night
    (``_OVERNIGHT`` right after it)."""
    return (
        _PARKED_AT.search(text, max(0, start - 40), start) is not None
        and _OVERNIGHT.match(text, end) is not None
    )


# stop 37: "Her er adressen på ham Waberi fra fleksjob: …": the address said to be of a
# person (a pronoun or a name after "på"/"til"), whatever unit follows the name
_ADDRESS_OF = re.compile(
    r"(?:privat|hjemme)?adressen\s(?:på|til)\s(?:ham\s|hende\s)?(?P<owner>[^\W\d_]+)"
    r"(?:\s[^\W\d_.]+){0,3}?\s*(?:er\s*|:\s*)$"
)


# probe round 369: the subject said to have the address ("X fra kontanthjælp har adressen …")
_HAS_ADDRESS = re.compile(
    r"(?<![\w.])(?P<subject>[^\W\d_]+(?: [^\W\d_]+){0,4}?) (?:har|havde) "
    r"(?:privat|hjemme)?adressen?\s*:?\s*$"
)


def _persons_address(before: str, units: frozenset[str] = frozenset()) -> bool:
    """The text before the match ends in "<genitive> adresse" or "adressen på <person> …:",
    and the owner is no office ("jobcentrets", "kommunens", "afdelingens adresse", "adressen
    på jobcentret" are the jobcentre's own)."""
    has = _HAS_ADDRESS.search(before)
    if has is not None:  # "X fra Kontanthjælp har adressen …": the subject's own
        subject = has.group("subject").split()
        return not any(map(_an_office, subject)) and not _begins_with_unit(subject[0], units)
    m = _GENITIVE_ADDRESS.search(before) or _ADDRESS_OF.search(before)
    if m is None:
        return False
    owner = m.group(1)
    # "adressen til Fleksjob er …": the unit's own
    return not _an_office(owner) and not _begins_with_unit(owner, units)


def _an_office(word: str) -> bool:
    """ "jobcentrets", "kommunen", "afdelingens": the authority or a department, no person."""
    return word.startswith(OFFICIAL_PREFIXES) or word.endswith(_DEPARTMENT_ENDINGS)


def _begins_with_unit(word: str, units: frozenset[str]) -> bool:
    """A register unit, or a compound of one ("sygedagpengeteamet")."""
    return any(word.startswith(u) for u in units)


# "Sygedagpengeafdelingen ligger på …", "afdelingen holder til i …": a department's address
_DEPARTMENT_ENDINGS = ("afdeling", "afdelingen", "afdelingens")


def _names_a_unit(words: list[str], units: frozenset[str]) -> bool:
    """A word of the sentence is a register unit, a compound of one ("sygedagpengeteamet"),
    or a department — not a benefit someone has ("stopper min kontanthjælp", "hans
    sygedagpenge": the unit's name as the money, not the workplace)."""
    return any(
        w.endswith(_DEPARTMENT_ENDINGS)
        or (_begins_with_unit(w, units) and (k == 0 or words[k - 1] not in _HOLDERS))
        for k, w in enumerate(words)
    )


_HOLDERS = frozenset("min mit mine din dit dine hans hendes vores jeres deres sin sit sine".split())  # noqa: SIM905


def _line_given(before: str, lead_in: list[str], clause: str, units: frozenset[str]) -> bool:
    """A phone number given as a line of the jobcentre: by its own letter or page ("det
    nummer, der står i jeres brev", stop 36: "I brevet står, at man kan fange X på …"), as the
    office's line ("Jeres telefon …"), or as a unit's (stop 36: "ringe til Ressourceforløb på
    72 44 13 20": a unit of the register, then "på", right before the number)."""
    return (
        GIVEN_BY_JOBCENTRE.search(before) is not None
        or YOUR_LINE.search(before) is not None
        or (len(lead_in) >= 2 and lead_in[-1] in ("på", "paa") and _a_unit(lead_in[-2], units))
        or LETTER_SAYS.search(clause) is not None
    )


_TEAM_ENDINGS = ("teamet", "afdelingen", "enheden", "sekretariatet")


def _a_unit(word: str, units: frozenset[str]) -> bool:
    """A register unit, or probe round 279 a team or department of one ("ringe til
    fleksjobteamet på …", "sygedagpengeafdelingen på …"): the unit's line."""
    return word in units or (
        word.endswith(_TEAM_ENDINGS) and any(word.startswith(u) for u in units)
    )



def _clause_before(text: str, pos: int) -> str:
    """The text of the sentence before ``pos`` (at most 80 characters back)."""
    start = max(0, pos - 80)
    cut = max(text.rfind(stop, start, pos) for stop in (". ", "! ", "? ", "\n"))
    return text[max(start, cut + 1) : pos]


def _called_own_phone(text: str, end: int) -> bool:
    """The number is called the person's own phone within ``OWN_PHONE_REACH`` characters
    after it (the text sliced, so the words right after the number start a word)."""
    return OWN_PHONE_AFTER.search(text[end : end + OWN_PHONE_REACH]) is not None


def _sentence_and_previous(norm: Normalised, pos: int) -> tuple[str, str]:
    """The sentence holding ``pos`` and the one before it ("Jobcenter X ligger på ….
    Telefon …")."""
    i = norm.sentence_index(pos)
    if i is None:
        return norm.text, ""
    spans = norm.sentence_spans
    (s, e), prev = spans[i], spans[i - 1] if i else (0, 0)
    return norm.text[s:e], norm.text[prev[0] : prev[1]]
