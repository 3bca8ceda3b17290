"""Caseworkers correct triage labels: the engine is decision support, a person decides.

A correction is stored with who, when and an optional note (``label_corrections``), is
audited (label and action only, never the note), and the message is routed again so the
queue follows the corrected labels. Whoever may read the message body may correct it.
"""

from __future__ import annotations

from fastapi import HTTPException
from sqlalchemy.orm import Session

from borgerpost.detect.base import LABELS
from borgerpost.route.apply import route_messages
from borgerpost.store import audit
from borgerpost.store.findings import add_correction
from borgerpost.store.tables import LabelCorrection, User
from borgerpost.web.reading import read_message

ACTIONS = ("add", "remove")
NOTE_MAX = 1000


def correct_label(
    session: Session, *, user: User, message_pk: int, label: str, action: str, note: str = ""
) -> LabelCorrection:
    """Add or remove ``label`` on a message the user may read; audited, then re-routed."""
    if label not in LABELS:
        raise HTTPException(status_code=422, detail=f"Ukendt etiket: {label!r}.")
    if action not in ACTIONS:
        raise HTTPException(status_code=422, detail=f"Ukendt handling: {action!r}.")
    read_message(session, user=user, message_pk=message_pk, channel="correction")
    correction = add_correction(session, message_pk=message_pk, label=label, action=action,
                                actor=user.username, note=note.strip()[:NOTE_MAX])
    audit.record(session, actor=user.username, action=f"message.label.{action}",
                 object_type="message", object_id=message_pk, detail={"label": label})
    route_messages(session, message_pks=[message_pk])
    session.commit()
    return correction
