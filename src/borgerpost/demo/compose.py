"""Turn demo texts into letters: fill the slots, add greeting, closing and signature.

Everything takes an explicit ``random.Random`` so one seed gives the same mails every
time; dates are computed from the caller's ``when``, never from the clock.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from borgerpost.demo.people import (
    DEPARTMENT_HEAD,
    HEAD,
    JOBCENTRE,
    OFFICIAL_ADDRESS,
    OFFICIAL_PHONE,
    Citizen,
    PrivateDetails,
    unit_info,
)
from borgerpost.demo.texts_cases import CLOSINGS, GREETINGS

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")
NEW_ADDRESSES = ("Lærkevej 7, 7760 Nørre Vestby", "Bygaden 22, st. tv., 7761 Vestby",
                 "Skolestien 5B, 7762 Lille Vestby", "Havnegade 31, 2. th., 7761 Vestby")


def danish_date(day: date, *, weekday: bool = True) -> str:
    """'tirsdag den 12. november' (or 'den 12. november')."""
    text = f"den {day.day}. {MONTHS[day.month - 1]}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def next_workday(day: date) -> date:
    """``day`` or the first Monday after it when it falls on a weekend."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def kroner(rng: random.Random) -> str:
    """A plausible benefit amount in Danish notation: '4.312,50 kr.'."""
    ore = rng.randrange(40_000, 1_480_000, 25)
    whole = f"{ore // 100:,}".replace(",", ".")
    return f"{whole},{ore % 100:02d} kr."


@dataclass(frozen=True, slots=True)
class Writer:
    """Who a mail is from, as it appears in the From header and the signature."""

    name: str
    email: str
    phone: str = ""
    cpr: str = ""
    organisation: str = ""


def base_slots(rng: random.Random, *, when: datetime, unit: str, caseworker: str) -> dict[str, str]:
    """The slots every text may use, for a mail written at ``when`` about ``unit``."""
    first, *_, last = caseworker.split()
    meeting = next_workday(when.date() + timedelta(days=rng.randrange(3, 21)))
    previous = when.date() - timedelta(days=rng.randrange(5, 40))
    month_index = (when.month - 2) % 12 if rng.random() < 0.6 else when.month - 1
    benefit = unit_info(unit).benefit
    plural = benefit.endswith("penge")  # "mine sygedagpenge", "min kontanthjælp"
    return {
        "cw": caseworker, "cw_first": first, "cw_sur": last,
        "unit": unit, "benefit": benefit,
        "my_benefit": f"{'mine' if plural else 'min'} {benefit}",
        "My_benefit": f"{'Mine' if plural else 'Min'} {benefit}",
        "own_benefit": f"{'sine' if plural else 'sin'} {benefit}",
        "date": danish_date(meeting), "past_date": danish_date(previous, weekday=False),
        "time": f"kl. {rng.choice((8, 9, 10, 11, 13, 14))}.{rng.choice(('00', '15', '30'))}",
        "amount": kroner(rng), "month": MONTHS[month_index], "weeks": str(rng.randrange(3, 15)),
        "head": HEAD, "dep": DEPARTMENT_HEAD, "new_address": rng.choice(NEW_ADDRESSES),
        "official_address": OFFICIAL_ADDRESS, "official_phone": OFFICIAL_PHONE,
        "clock": f"{when.hour:02d}.{when.minute:02d}",
    }


def client_slots(client: Citizen) -> dict[str, str]:
    """Slots about the citizen a representative writes for."""
    pron = "hun" if client.she else "han"
    return {
        "client": client.name, "client_first": client.first_name,
        "parent": "min mor" if client.she else "min far",
        "sibling": "søster" if client.she else "bror",
        "pron": pron, "Pron": pron.capitalize(),
    }


def private_slots(details: PrivateDetails) -> dict[str, str]:
    """Slots for a doxxing text about one staff member's (invented) private life."""
    first, *_, last = details.staff.split()
    return {
        "staff": details.staff, "staff_first": first, "staff_sur": last,
        "address": details.address, "private_phone": details.phone, "plate": details.plate,
        "car": details.car, "school": details.school, "child": details.child,
    }


def fill(template: str, slots: dict[str, str]) -> str:
    """``template`` with its ``{slots}`` filled; a missing slot is a bug, so it raises."""
    return template.format_map(slots)


@dataclass(frozen=True, slots=True)
class Tone:
    """How formal a letter is: the chance of a greeting, a closing and a full signature."""

    greet: float = 0.85
    close: float = 0.9
    sign_full: float = 0.8
    id_line: float = 0.25
    greetings: tuple[str, ...] = GREETINGS


POLITE = Tone()
FORMAL = Tone(greetings=tuple(g for g in GREETINGS if "{cw" not in g))  # to management
CURT = Tone(greet=0.3, close=0.3, sign_full=0.4, id_line=0.05)
PUBLIC = Tone(greet=0.25, close=0.2, sign_full=0.3, id_line=0.0,  # posts meant to be spread
              greetings=("Til alle", "Hej alle sammen", "Til Jobcenter Vestby"))


def letter(
    rng: random.Random, body: str, slots: dict[str, str], writer: Writer, tone: Tone = POLITE,
) -> str:
    """Greeting, body, optional identification line, closing and signature."""
    parts: list[str] = []
    if rng.random() < tone.greet:
        parts.append(fill(rng.choice(tone.greetings), slots) + rng.choice((",", "", "!")))
    parts.append(body)
    if writer.cpr and rng.random() < tone.id_line:
        parts.append(f"Mit CPR-nr. er {writer.cpr}.")
    elif rng.random() < tone.id_line:
        parts.append(f"Sagsnr. {rng.randrange(24, 27)}-{rng.randrange(10_000, 99_999):05d}")
    if writer.name:
        parts.append(_signature(rng, writer, tone))
    return "\n\n".join(parts) + "\n"


def _signature(rng: random.Random, writer: Writer, tone: Tone) -> str:
    name = writer.name if rng.random() < tone.sign_full else writer.name.split()[0]
    lines = [rng.choice(CLOSINGS), name] if rng.random() < tone.close else [name]
    if writer.organisation:
        lines.append(writer.organisation)
    if writer.phone and rng.random() < 0.3:
        lines.append(f"Tlf. {writer.phone}")
    return "\n".join(lines)


def reply_subject(rng: random.Random, subject: str) -> tuple[str, bool]:
    """Sometimes answer a mail from the jobcentre: 'SV: Indkaldelse …' with In-Reply-To."""
    if rng.random() < 0.15:
        prefix = rng.choice(("SV: ", "Re: ", "RE: "))
        topic = rng.choice(("Indkaldelse til samtale", "Afgørelse om din ydelse",
                            "Partshøring", f"Brev fra {JOBCENTRE}", subject))
        return prefix + topic, True
    return subject, False
