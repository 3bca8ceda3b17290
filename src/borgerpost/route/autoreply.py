"""Auto-replies never get a reply: the one rule that keeps a mail loop from starting.

Ingest recognises an automatic message (``ingest.mail.is_auto_submitted``: RFC 3834
``Auto-Submitted``, ``X-Autoreply``, ``Precedence: auto_reply/bulk/junk``, delivery
reports, and the subject prefixes of out-of-office answers such as "Fraværende:" or
"Out of Office:") and stores ``messages.auto_submitted``. Routing gives such a message
the flag ``autosvar`` so people see "Autosvar – besvares ikke"; it is still stored,
triaged, routed and readable like any other message.

``reply_allowed`` is the single check every path that could send something back must
call (an automatic receipt, a fristbrev sent by mail, a caseworker's answer): it says
no to auto-replies, to senders without an address (a scanned letter's name) and to
machine addresses (no-reply, mailer-daemon). Two automatic systems answering each other
is how a loop starts; refusing on our side is enough to stop it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

AUTO_REPLY_FLAG = "autosvar"
AUTO_REPLY_TEXT = "Autosvar – besvares ikke"
_MACHINE_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|bounces?)(?:[+._-].*)?$",
    re.IGNORECASE,
)


class Replyable(Protocol):
    """What the reply check needs to know about a message."""

    @property
    def sender(self) -> str: ...
    @property
    def auto_submitted(self) -> bool: ...


def is_auto_reply(message: Replyable) -> bool:
    """Was the message sent by a machine on someone's behalf (out of office, receipt …)?"""
    return bool(message.auto_submitted)


def refusal(message: Replyable) -> str | None:
    """Why nothing may be sent back to this message's sender (Danish), or None."""
    if is_auto_reply(message):
        return "Beskeden er et automatisk svar; der sendes ikke svar tilbage (undgår mailloop)."
    sender = (message.sender or "").strip()
    if "@" not in sender:
        return "Afsenderen har ingen e-mailadresse."
    if _MACHINE_LOCAL.match(sender.rsplit("@", 1)[0]):
        return "Afsenderadressen modtager ikke svar (no-reply/mailer-daemon)."
    return None


def reply_allowed(message: Replyable) -> bool:
    """May anything be sent back to this message's sender? Every send path asks this."""
    return refusal(message) is None


def flags_with_autoreply(message: Replyable, flags: Iterable[str]) -> list[str]:
    """Routing's flags, plus ``autosvar`` on an auto-reply, sorted (as routing stores them)."""
    found = set(flags)
    if is_auto_reply(message):
        found.add(AUTO_REPLY_FLAG)
    return sorted(found)
