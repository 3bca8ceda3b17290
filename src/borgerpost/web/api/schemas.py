"""Response models of the JSON API; they are what ``/api/v1/openapi.json`` documents."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from borgerpost.route.autoreply import reply_allowed
from borgerpost.store.figures import Figures
from borgerpost.store.queries import MessageDetail, MessageRow


class Me(BaseModel):
    """The logged-in user, and the CSRF token API writes must send as ``X-CSRF-Token``."""

    username: str
    display_name: str
    role: str
    unit: str
    can_read_bodies: bool
    csrf_token: str


class MessageSummary(BaseModel):
    """A message in a listing: headers and labels, never the body."""

    id: int
    received_at: datetime | None
    sender: str
    sender_name: str
    subject: str
    unit: str | None
    queue: str | None
    status: str
    assigned_to: str | None
    attachments: int
    labels: list[str]
    duplicate_of: int | None = Field(
        default=None, description="Id of the earlier message this one repeats (a re-send).")
    auto_submitted: bool = Field(default=False, description="An automatic message "
                                 "(out of office, Auto-Submitted …).")
    reply_allowed: bool = Field(default=True, description="False: nothing may be sent back "
                                "(auto-reply, no address, no-reply): every send path checks it.")
    first_seen_at: datetime | None = Field(
        default=None, description="When a person first read the message (null: nobody yet); "
        "the akut queue's protocol asks for a call the same day.")

    @classmethod
    def of(cls, row: MessageRow) -> MessageSummary:
        """From a store listing row."""
        return cls(
            id=row.id, received_at=row.received_at, sender=row.sender,
            sender_name=row.sender_name, subject=row.subject, unit=row.unit, queue=row.queue,
            status=row.status, assigned_to=row.assigned_to, attachments=row.attachments,
            labels=list(row.labels), duplicate_of=row.duplicate_of,
            auto_submitted=row.auto_submitted, reply_allowed=reply_allowed(row),
            first_seen_at=row.first_seen_at,
        )


class MessagePage(BaseModel):
    """One page of a listing; ``next_offset`` is null on the last page."""

    items: list[MessageSummary]
    limit: int
    offset: int
    next_offset: int | None


class AttachmentOut(BaseModel):
    """An attachment's metadata; ``stored`` is false when it was too large to keep."""

    id: int
    filename: str
    content_type: str
    size: int
    sha256: str
    stored: bool


class EvidenceOut(BaseModel):
    """One triage finding with its evidence span (offsets into ``field`` of the message)."""

    label: str
    case_kind: str | None
    score: float
    detector: str
    detector_version: str
    field: str
    start: int
    end: int
    quote: str
    reason: str
    rule: str


class MessageOut(MessageSummary):
    """A message with its text, attachments and triage (reading it is audited)."""

    message_id: str | None
    recipients: str
    body_text: str
    parse_error: str | None
    triage_status: str
    attachment_list: list[AttachmentOut] = Field(default_factory=list)
    findings: list[EvidenceOut] = Field(default_factory=list)
    case_data_allowed: bool = Field(
        default=True, description="False while the writer is a representative without a "
        "valid fuldmagt: an answer must not hold information from the case (the request is "
        "still registered and answered, with the fuldmagt letter).")
    representation_status: str | None = Field(
        default=None, description="The fuldmagt check of a message labelled representative: "
        "gyldig, mangler, udloebet, tilbagekaldt or ikke_kraevet; null for other messages.")

    @classmethod
    def of_detail(cls, detail: MessageDetail) -> MessageOut:
        """From a store message detail."""
        m = detail.message
        return cls(
            id=m.id, received_at=m.received_at or m.ingested_at, sender=m.sender,
            sender_name=m.sender_name, subject=m.subject, unit=m.unit, queue=m.queue,
            status=m.status, assigned_to=m.assigned_to, attachments=len(m.attachments),
            labels=sorted(detail.labels), duplicate_of=m.duplicate_of,
            auto_submitted=m.auto_submitted, reply_allowed=reply_allowed(m),
            first_seen_at=m.first_seen_at, message_id=m.message_id, recipients=m.recipients,
            body_text=m.body_text, parse_error=m.parse_error, triage_status=m.triage_status,
            attachment_list=[
                AttachmentOut(id=a.id, filename=a.filename, content_type=a.content_type,
                              size=a.size, sha256=a.sha256,
                              stored=a.id in detail.stored_attachments)
                for a in m.attachments
            ],
            findings=[
                EvidenceOut(label=f.label, case_kind=f.case_kind, score=f.score,
                            detector=f.detector, detector_version=f.detector_version,
                            field=f.field, start=f.start, end=f.end, quote=f.quote,
                            reason=f.reason, rule=f.rule)
                for f in detail.findings
            ],
        )


class AssignmentIn(BaseModel):
    """Whom to assign a message to; an empty string clears the assignment."""

    assignee: str = ""


class LabelCorrectionIn(BaseModel):
    """A caseworker's correction of one triage label."""

    label: str
    action: str = "add"
    note: str = ""


class LabelsOut(BaseModel):
    """A message's labels after corrections."""

    message_id: int
    labels: list[str]


class StatsOut(BaseModel):
    """Figures without any message text."""

    total: int
    quarantined: int
    per_unit: dict[str, int]
    per_queue: dict[str, int]
    per_label: dict[str, int]

    @classmethod
    def of(cls, figures: Figures) -> StatsOut:
        """From store figures."""
        return cls(total=figures.total, quarantined=figures.quarantined,
                   per_unit=figures.per_unit, per_queue=figures.per_queue,
                   per_label=figures.per_label)


class ErrorOut(BaseModel):
    """Every API error: a Danish sentence saying what went wrong."""

    detail: str
