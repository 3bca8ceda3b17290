"""Auto-replies: recognised at ingest, flagged ``autosvar`` by routing, never answered."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest

from borgerpost.ingest.mail import parse_message
from borgerpost.model import Source
from borgerpost.route.autoreply import AUTO_REPLY_FLAG, flags_with_autoreply, refusal, reply_allowed
from borgerpost.store.db import Store
from borgerpost.store.tables import Message
from tests.route.volume_seed import store_and_route

_serial = itertools.count()

# (extra header or "", subject, is an auto-reply)
CASES = [
    ("Auto-Submitted: auto-replied", "Vedr. din sag", True),
    ("Auto-Submitted: auto-generated", "Kvittering", True),
    ("X-Autoreply: yes", "Re: Indkaldelse", True),
    ("Precedence: auto_reply", "Vedr. afgørelse", True),
    ("", "Fraværende: Indkaldelse til samtale", True),
    ("", "Out of Office: Afgørelse om sygedagpenge", True),
    ("", "Automatisk svar: Partshøring", True),
    # near misses: people writing about absence, or a reply to an out-of-office
    ("Auto-Submitted: no", "Vedr. min sag", False),
    ("", "Fravær fra samtalen", False),
    ("", "Re: Fraværende: Indkaldelse til samtale", False),
    ("", "Out of office hours – hvornår har I åbent?", False),
    ("", "Jeg er fraværende i morgen", False),
    ("Precedence: first-class", "Vedr. min ydelse", False),
]


def _raw(header: str, subject: str) -> bytes:
    n = next(_serial)
    lines = ["From: Borger <borger@example.test>", "To: post@jobcenter.test",
             f"Subject: {subject}", "Date: Tue, 03 Mar 2026 10:00:00 +0100",
             f"Message-ID: <auto-{n}@example.test>", "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    if header:
        lines.append(header)
    body = "Jeg er væk til og med fredag og læser ikke mails." if n % 2 else "Hej, se nedenfor."
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode("utf-8")


@pytest.mark.parametrize(("header", "subject", "auto"), CASES)
def test_auto_replies_are_flagged_and_never_answered(
    store: Store, header: str, subject: str, auto: bool
) -> None:
    parsed = parse_message(_raw(header, subject), source=Source.EML)
    assert parsed.auto_submitted is auto
    (pk,) = store_and_route(store, [parsed])
    with store.session() as session:
        message = session.get(Message, pk)
        assert message is not None
        assert (AUTO_REPLY_FLAG in message.flags) is auto
        assert reply_allowed(message) is not auto
        assert message.queue  # routed to a queue like any other message, never dropped


@dataclass(frozen=True)
class _Msg:
    sender: str
    auto_submitted: bool = False


@pytest.mark.parametrize(("sender", "auto", "allowed"), [
    ("borger@example.test", False, True),
    ("borger@example.test", True, False),
    ("Jens Hansen", False, False),              # a scanned letter: no address
    ("", False, False),
    ("no-reply@bank.example", False, False),
    ("noreply+123@forsikring.example", False, False),
    ("donotreply@kommune.example", False, False),
    ("MAILER-DAEMON@mx.example", False, False),
    ("bounces@lists.example", False, False),
    ("noreen@example.test", False, True),       # a person whose name starts like 'no…'
    ("replyto.me@example.test", False, True),
])
def test_reply_allowed(sender: str, auto: bool, allowed: bool) -> None:
    message = _Msg(sender, auto)
    assert reply_allowed(message) is allowed
    assert (refusal(message) is None) is allowed


def test_flag_is_added_once_and_sorted() -> None:
    assert flags_with_autoreply(_Msg("a@b.dk", True), ["sagsanmodning", "autosvar"]) == [
        "autosvar", "sagsanmodning"]
    assert flags_with_autoreply(_Msg("a@b.dk"), ["kritik"]) == ["kritik"]
