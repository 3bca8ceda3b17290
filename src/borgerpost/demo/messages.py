"""The demo post bag: about 300 messages of every kind a jobcentre receives.

``generate(anchor)`` returns the raw inputs — RFC 5322 mails and web-form/letter JSONL
lines — which the loader sends through the real ingest path. How many of each kind is
set in the tables below; the texts live in ``texts_cases`` and ``texts_hostile``.
"""

from __future__ import annotations

from datetime import date, datetime

from borgerpost.demo.builder import Builder, DemoItem, writer_of
from borgerpost.demo.compose import (
    CURT,
    FORMAL,
    POLITE,
    PUBLIC,
    Tone,
    Writer,
    base_slots,
    client_slots,
    fill,
    letter,
    private_slots,
    reply_subject,
)
from borgerpost.demo.deadlines import add_deadline_scene
from borgerpost.demo.extras import add_autoreplies, add_broken, add_flood, add_resends
from borgerpost.demo.mails import MailSpec
from borgerpost.demo.people import (
    CASE_UNITS,
    CITIZENS,
    DOMAIN,
    PRIVATE,
    REPRESENTATIVES,
    Citizen,
    staff_email,
    unit_info,
)
from borgerpost.demo.texts_cases import CASE_KINDS, CRITICISM, PRAISE, REPRESENTATIVE, Texts
from borgerpost.demo.texts_hostile import (
    DOXXING,
    INSULT,
    SELF_HARM,
    SPREAD_NAME,
    SWEARING,
    THREAT_CONDITIONAL,
    THREAT_EXPLICIT,
    THREAT_VEILED,
)

CASE_PLAN = {"klage": 16, "aktindsigt": 12, "genoptagelse": 10, "partshoering": 10,
             "moede": 22, "udbetaling": 26, "status": 26, "andet": 14}
REPRESENTATIVE_PLAN = {"bisidder": 4, "partsrepræsentant": 5, "advokat": 4, "familie": 6}
# kind: (texts, count, tone, chance of a late-night mail)
OTHER_PLAN: dict[str, tuple[Texts, int, Tone, float]] = {
    "criticism": (CRITICISM, 22, FORMAL, 0.05),
    "praise": (PRAISE, 10, FORMAL, 0.0),
    "threat_explicit": (THREAT_EXPLICIT, 4, CURT, 0.5),
    "threat_veiled": (THREAT_VEILED, 6, CURT, 0.3),
    "threat_conditional": (THREAT_CONDITIONAL, 5, CURT, 0.2),
    "self_harm": (SELF_HARM, 5, CURT, 0.6),
    "insult": (INSULT, 12, CURT, 0.3),
    "swearing": (SWEARING, 8, POLITE, 0.1),
}
EXPOSURE_PLAN: dict[str, tuple[Texts, int]] = {"doxxing": (DOXXING, 7),
                                               "spread_name": (SPREAD_NAME, 5)}
WEBFORM_SHARE = 0.12
LETTER_SHARE = 0.05
ANONYMOUS = (Writer("Sandheden om Vestby", "sandheden.vestby@anon.example.org"),
             Writer("En vred borger", "vred.borger@mail.example.org"),
             Writer("", "x7731@tempmail.example.com"))


def generate(anchor: date) -> list[DemoItem]:
    """Every demo input for a database whose demo 'today' is ``anchor``."""
    builder = Builder(anchor)
    for kind, count in CASE_PLAN.items():
        for _ in range(count):
            _case(builder, kind, CASE_KINDS[kind])
    for kind, count in REPRESENTATIVE_PLAN.items():
        for _ in range(count):
            _representative(builder, kind)
    for kind, (texts, count, tone, night) in OTHER_PLAN.items():
        for _ in range(count):
            _plain(builder, kind, texts, tone, night)
    for kind, (texts, count) in EXPOSURE_PLAN.items():
        for _ in range(count):
            _exposure(builder, kind, texts)
    add_flood(builder)
    add_resends(builder, 10)
    add_autoreplies(builder, 8)
    add_broken(builder)
    add_deadline_scene(builder)  # last: the items before it stay byte-identical
    return builder.items


def _mail(builder: Builder, kind: str, *, writer: Writer, to: tuple[str, ...], subject: str,
          body: str, when: datetime, attach: str = "") -> None:
    subject, is_reply = reply_subject(builder.rng, subject)
    attachments = (builder.attachment(attach, writer),) if attach else ()
    spec = MailSpec(
        sender=writer.email, sender_name=writer.name, to=to, subject=subject, body=body,
        date=when, message_id=builder.message_id(when, writer.email), style=builder.style(),
        attachments=attachments,
        in_reply_to=f"<brev.{builder.rng.randrange(10**6):06d}@{DOMAIN}>" if is_reply else "",
    )
    builder.add_mail(kind, spec)


def _case(builder: Builder, kind: str, texts: Texts) -> None:
    rng = builder.rng
    citizen = builder.citizen()
    caseworker = builder.caseworker(citizen.unit)
    when = builder.when()
    slots = base_slots(rng, when=when, unit=citizen.unit, caseworker=caseworker)
    slots["phone"] = citizen.phone
    subject_template, body_template = texts.pick(rng)
    subject, body = fill(subject_template, slots), fill(body_template, slots)
    roll = rng.random()
    if roll < WEBFORM_SHARE:
        _webform(builder, kind, citizen, subject, body, when)
    elif roll < WEBFORM_SHARE + LETTER_SHARE:
        _letter(builder, kind, citizen, subject, letter(rng, body, slots, writer_of(citizen)),
                when)
    else:
        attach = texts.attach if texts.attach and rng.random() < 0.5 else ""
        if kind == "andet" and "lønsedl" in body:
            attach = "loensedler"
        _mail(builder, kind, writer=writer_of(citizen),
              to=builder.recipients(citizen.unit, caseworker), subject=subject,
              body=letter(rng, body, slots, writer_of(citizen)), when=when, attach=attach)


def _webform(builder: Builder, kind: str, citizen: Citizen, subject: str, body: str,
             when: datetime) -> None:
    """The municipality's contact form: the citizen picks a unit, types a message."""
    builder.add_form(kind, {
        "id": f"F-{len(builder.items):05d}",
        "sender": f"{citizen.name} <{citizen.email}>",
        "received": when.isoformat(),
        "subject": subject,
        "text": f"{body}\n\nTelefon: {citizen.phone}",
        "unit": citizen.unit,
        "recipients": [unit_info(citizen.unit).mailbox],
    })


def _letter(builder: Builder, kind: str, citizen: Citizen, subject: str, text: str,
            when: datetime) -> None:
    """A paper letter, scanned and OCR'ed by the post room: a sender name, no address."""
    builder.add_form(kind, {
        "id": f"L-{len(builder.items):05d}",
        "sender": citizen.name,
        "received": when.replace(hour=9, minute=30, second=0).isoformat(),
        "subject": f"Brev: {subject}",
        "text": text,
        "recipients": [f"post@{DOMAIN}"],
    })


def _representative(builder: Builder, kind: str) -> None:
    rng = builder.rng
    texts = REPRESENTATIVE[kind]
    rep = rng.choice([r for r in REPRESENTATIVES if r.kind == kind] or
                     [r for r in REPRESENTATIVES if r.kind == "partsrepræsentant"])
    client = builder.citizen()
    caseworker = builder.caseworker(client.unit)
    when = builder.when()
    slots = base_slots(rng, when=when, unit=client.unit, caseworker=caseworker)
    slots.update(client_slots(client), phone="")
    writer = Writer(rep.name, rep.email, organisation=rep.organisation)
    subject, body = (fill(t, slots) for t in texts.pick(rng))
    _mail(builder, kind, writer=writer, to=builder.recipients(client.unit, caseworker),
          subject=subject, body=letter(rng, body, slots, writer), when=when,
          attach=texts.attach if rng.random() < 0.8 else "")


def _plain(builder: Builder, kind: str, texts: Texts, tone: Tone, night: float) -> None:
    rng = builder.rng
    anonymous = kind.startswith("threat") and rng.random() < 0.3
    citizen = builder.citizen()
    writer = rng.choice(ANONYMOUS) if anonymous else writer_of(citizen)
    caseworker = builder.caseworker(citizen.unit)
    when = builder.when(night=night)
    slots = base_slots(rng, when=when, unit=citizen.unit, caseworker=caseworker)
    slots["phone"] = citizen.phone
    to = builder.recipients(citizen.unit, caseworker)
    if kind in ("criticism", "praise") and rng.random() < 0.3:
        to = (f"ledelse@{DOMAIN}",)
    subject, body = (fill(t, slots) for t in texts.pick(rng))
    _mail(builder, kind, writer=writer, to=to, subject=subject,
          body=letter(rng, body, slots, writer, tone), when=when)


def _exposure(builder: Builder, kind: str, texts: Texts) -> None:
    """Doxxing and calls to spread a name: often anonymous, often with a picture."""
    rng = builder.rng
    details = rng.choice(PRIVATE)
    writer = rng.choice(ANONYMOUS) if rng.random() < 0.6 else writer_of(rng.choice(CITIZENS))
    when = builder.when(night=0.4)
    unit = next(u.name for u in CASE_UNITS if details.staff in u.caseworkers)
    slots = base_slots(rng, when=when, unit=unit, caseworker=details.staff)
    slots.update(private_slots(details))
    to = rng.choice(((f"post@{DOMAIN}",), (staff_email(details.staff),),
                     (unit_info(unit).mailbox, f"ledelse@{DOMAIN}")))
    subject, body = (fill(t, slots) for t in texts.pick(rng))
    _mail(builder, kind, writer=writer, to=to, subject=subject,
          body=letter(rng, body, slots, writer, PUBLIC), when=when,
          attach="photo" if rng.random() < 0.4 else "")
