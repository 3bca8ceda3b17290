"""The state of one demo generation: the seeded random source, the clock, the items made.

A generation is a pure function of its anchor date: one seed, every time computed from
the anchor, every Message-ID and boundary derived from a counter. The same anchor gives
the same bytes, so the store's sha256 de-duplication makes a second load add nothing.
"""

from __future__ import annotations

import json
import random
import zlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from borgerpost.demo.compose import Writer
from borgerpost.demo.mails import AttachmentSpec, MailSpec, build_mail, demo_pdf, demo_png
from borgerpost.demo.people import CITIZENS, DOMAIN, Citizen, staff_email, unit_info

SEED = 26_11
SPAN_DAYS = 60
TZ = timezone(timedelta(hours=1))  # fixed, so the bytes never depend on the machine's tzdata
STYLE_WEIGHTS = {"utf8-qp": 30, "utf8-8bit": 15, "utf8-b64": 10, "latin1-qp": 15,
                 "latin1-8bit": 5, "html-only": 8, "alternative": 17}


@dataclass(frozen=True, slots=True)
class DemoItem:
    """One generated input: ``channel`` 'mail' (RFC 5322 bytes) or 'form' (a JSONL line)."""

    kind: str
    channel: str
    raw: bytes


def writer_of(citizen: Citizen) -> Writer:
    """A citizen as the writer of a mail."""
    return Writer(citizen.name, citizen.email, citizen.phone, citizen.cpr)


class Builder:
    """Collects demo items; all randomness goes through ``self.rng``."""

    def __init__(self, anchor: date) -> None:
        self.rng = random.Random(SEED)
        self.anchor = datetime.combine(anchor, time(0, 0), tzinfo=TZ)
        self.items: list[DemoItem] = []
        self.sent: list[tuple[str, MailSpec]] = []

    # -- time -------------------------------------------------------------------------
    def when(self, *, night: float = 0.05, days_back: tuple[int, int] = (1, SPAN_DAYS)) -> datetime:
        """A moment in the span before the anchor: office hours mostly, some late nights."""
        day = self.anchor - timedelta(days=self.rng.randrange(*days_back))
        if self.rng.random() < night:
            hour = self.rng.choice((22, 23, 0, 1, 2, 3, 4))
        else:
            hour = self.rng.choice((7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 13, 14, 15, 16, 19, 20, 21))
        return day + timedelta(hours=hour, minutes=self.rng.randrange(60),
                               seconds=self.rng.randrange(60))

    def clamp(self, moment: datetime) -> datetime:
        """Keep a derived time (a re-send a few days later) before the anchor."""
        latest = self.anchor - timedelta(minutes=7)
        return min(moment, latest)

    # -- people and addresses ---------------------------------------------------------
    def citizen(self) -> Citizen:
        return self.rng.choice(CITIZENS)

    def caseworker(self, unit: str) -> str:
        return self.rng.choice(unit_info(unit).caseworkers)

    def recipients(self, unit: str, caseworker: str) -> tuple[str, ...]:
        """The unit's shared mailbox mostly; sometimes the caseworker or the front desk."""
        roll = self.rng.random()
        if roll < 0.7:
            return (unit_info(unit).mailbox,)
        if roll < 0.85:
            return (staff_email(caseworker),)
        return (f"post@{DOMAIN}",)

    def style(self) -> str:
        styles = list(STYLE_WEIGHTS)
        return self.rng.choices(styles, weights=list(STYLE_WEIGHTS.values()))[0]

    def message_id(self, when: datetime, sender: str) -> str:
        serial = len(self.items)
        token = zlib.crc32(f"{serial}:{sender}:{when.isoformat()}".encode()) & 0xFFFFFFFF
        return f"<{when:%Y%m%d%H%M%S}.{serial:04d}.{token:08x}@{sender.rsplit('@', 1)[-1]}>"

    # -- attachments ------------------------------------------------------------------
    def attachment(self, kind: str, writer: Writer) -> AttachmentSpec:
        """A demo attachment of ``kind``: laegeerklaering, fuldmagt, loensedler or photo."""
        if kind == "laegeerklaering":
            pdf = demo_pdf("Lægeerklæring (demo)", (
                f"Patient: {writer.name}", "Udfyldt af egen læge. Alle oplysninger er opdigtede.",
                f"Forventet varighed: {self.rng.randrange(4, 20)} uger"))
            return AttachmentSpec("lægeerklæring.pdf", "application/pdf", pdf)
        if kind == "fuldmagt":
            pdf = demo_pdf("Fuldmagt (demo)", (
                f"Undertegnede giver fuldmagt til {writer.name}.", "Underskrift: (demo)"))
            return AttachmentSpec("fuldmagt underskrevet.pdf", "application/pdf", pdf)
        if kind == "loensedler":
            pdf = demo_pdf("Lønsedler (demo)", ("August, september, oktober",))
            return AttachmentSpec("lønsedler 3 mdr.pdf", "application/pdf", pdf)
        colour = (self.rng.randrange(256), self.rng.randrange(256), self.rng.randrange(256))
        return AttachmentSpec("billede.png", "image/png", demo_png(24, 16, colour))

    # -- output -----------------------------------------------------------------------
    def add_mail(self, kind: str, spec: MailSpec) -> None:
        self.items.append(DemoItem(kind, "mail", build_mail(spec)))
        self.sent.append((kind, spec))

    def add_raw(self, kind: str, raw: bytes) -> None:
        self.items.append(DemoItem(kind, "mail", raw))

    def add_form(self, kind: str, record: dict[str, object]) -> None:
        line = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        self.items.append(DemoItem(kind, "form", line))
