"""The awkward parts of a real post bag: a flooding sender, re-sends, auto-replies, and
mails too broken to parse (which ingest must quarantine, never drop)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from email.utils import format_datetime

from borgerpost.demo.builder import Builder, writer_of
from borgerpost.demo.compose import CURT, base_slots, fill, letter
from borgerpost.demo.mails import MailSpec, build_mail
from borgerpost.demo.people import DOMAIN, FLOODER, REPRESENTATIVES, staff_email, unit_info
from borgerpost.demo.texts_hostile import AUTOREPLY, FLOOD, FLOOD_ESCALATION

FLOOD_MAILS = 40
FLOOD_DAYS = 4
RESEND_KINDS = ("klage", "udbetaling", "status", "aktindsigt", "moede", "partshoering")


def add_flood(builder: Builder) -> None:
    """One citizen writes ~40 times in four days, more and more angrily."""
    rng = builder.rng
    caseworker = "Jonas Ravnsbæk"
    start = builder.anchor - timedelta(days=24, hours=-8)
    step = timedelta(days=FLOOD_DAYS) / FLOOD_MAILS
    writer = writer_of(FLOODER)
    for n in range(1, FLOOD_MAILS + 1):
        when = start + step * (n - 1) + timedelta(minutes=rng.randrange(50))
        slots = base_slots(rng, when=when, unit=FLOODER.unit, caseworker=caseworker)
        slots.update(n=str(n), phone=FLOODER.phone)
        if n in (31, 37):
            body = fill(FLOOD_ESCALATION[0 if n == 31 else 1], slots)
        else:
            body = fill(rng.choice(FLOOD.bodies), slots)
        to = (unit_info(FLOODER.unit).mailbox,) if n % 3 else (staff_email(caseworker),)
        spec = MailSpec(
            sender=writer.email, sender_name=writer.name, to=to,
            subject=fill(rng.choice(FLOOD.subjects), slots),
            body=letter(rng, body, slots, writer, CURT), date=when,
            message_id=builder.message_id(when, writer.email), style="utf8-8bit",
        )
        builder.add_mail("flood", spec)


def add_resends(builder: Builder, count: int) -> None:
    """Citizens who hear nothing write again: the same text, a new mail, days later."""
    rng = builder.rng
    candidates = [spec for kind, spec in builder.sent if kind in RESEND_KINDS]
    for original in rng.sample(candidates, min(count, len(candidates))):
        when = builder.clamp(original.date + timedelta(days=rng.randrange(1, 5),
                                                      hours=rng.randrange(1, 6)))
        if rng.random() < 0.5:
            subject = original.subject
            body = original.body
        else:
            subject = rng.choice(("VS: ", "Sender igen: ", "RYKKER: ")) + original.subject
            body = ("Jeg sender min mail igen, da jeg ikke har hørt fra jer.\n\n"
                    "-----Oprindelig meddelelse-----\n" + original.body)
        builder.add_mail("resend", dataclasses.replace(
            original, subject=subject, body=body, date=when,
            message_id=builder.message_id(when, original.sender), attachments=()))


_AUTO_HEADERS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("Auto-Submitted", "auto-replied"),),
    (("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")),
    (("Precedence", "auto_reply"),),
    (),  # only the subject says so, as some clients do
)


def add_autoreplies(builder: Builder, count: int) -> None:
    """Out-of-office answers to the jobcentre's own letters."""
    rng = builder.rng
    for i in range(count):
        rep = REPRESENTATIVES[i % len(REPRESENTATIVES)]
        citizen = builder.citizen()
        sender = (rep.name, rep.email) if i % 2 else (citizen.name, citizen.email)
        caseworker = builder.caseworker(citizen.unit)
        when = builder.when()
        slots = base_slots(rng, when=when, unit=citizen.unit, caseworker=caseworker)
        slots["subject"] = rng.choice(("Indkaldelse til samtale", "Vedr. din sag",
                                       "Partshøring", "Afgørelse"))
        spec = MailSpec(
            sender=sender[1], sender_name=sender[0], to=(staff_email(caseworker),),
            subject=fill(AUTOREPLY.subjects[i % len(AUTOREPLY.subjects)], slots),
            body=fill(rng.choice(AUTOREPLY.bodies), slots) + "\n", date=when,
            message_id=builder.message_id(when, sender[1]), style="utf8-qp",
            in_reply_to=f"<brev.{rng.randrange(10**6):06d}@{DOMAIN}>",
            extra_headers=_AUTO_HEADERS[i % len(_AUTO_HEADERS)],
        )
        builder.add_mail("autoreply", spec)


def add_broken(builder: Builder) -> None:
    """Three mails a parser cannot trust and one web-form line without its text."""
    rng = builder.rng
    citizen = builder.citizen()
    writer = writer_of(citizen)
    caseworker = builder.caseworker(citizen.unit)
    when = builder.when()
    slots = base_slots(rng, when=when, unit=citizen.unit, caseworker=caseworker)
    body = letter(rng, fill("Hermed den lægeerklæring, som {cw} bad om.", slots), slots, writer)
    spec = MailSpec(
        sender=writer.email, sender_name=writer.name, to=(unit_info(citizen.unit).mailbox,),
        subject="Lægeerklæring", body=body, date=when,
        message_id=builder.message_id(when, writer.email), style="utf8-qp",
        attachments=(builder.attachment("laegeerklaering", writer),),
    )
    full = build_mail(spec)
    builder.add_raw("broken", full[: int(len(full) * 0.7)])  # cut off mid-attachment

    when = builder.when()
    spec = dataclasses.replace(spec, date=when, message_id=builder.message_id(when, writer.email),
                               attachments=(), style="utf8-b64")
    raw = build_mail(spec)
    head, _, _ = raw.partition(b"\r\n\r\n")
    builder.add_raw("broken", head + b"\r\n\r\nSGVqIGplZyBza3JpdmVy!!!IGlnZW4=*\r\n")

    when = builder.when()
    legacy = (f"From: {writer.email}\r\nTo: {unit_info(citizen.unit).mailbox}\r\n"
              f"Date: {format_datetime(when)}\r\n"
              f"Message-ID: {builder.message_id(when, writer.email)}\r\n").encode("ascii")
    builder.add_raw("broken", legacy + "Subject: Vedr. afgørelse\r\n\r\nSe vedhæftede.\r\n"
                    .encode("iso-8859-1"))

    builder.add_form("broken", {"id": f"F-{len(builder.items):05d}",
                                "sender": f"{citizen.name} <{citizen.email}>",
                                "received": when.isoformat(), "subject": "Kontaktformular"})
