"""The register of powers of attorney (fuldmagter): who may act for whom, in what, and when.

A fuldmagt names the representative (name, e-mail, type), the citizen (name and the
jobcentre's own case or person reference — NEVER a CPR number: any field that looks like
one is refused, because the register is listed and searched on screen), the scope (the
whole case, some case kinds, or some named cases), the days it is valid, and the signed
document. It is never deleted: revoking it keeps who revoked it and when, so a check made
before the revocation can still be explained.

After every change, the checks of the messages from that representative are run again
(``route.representation.recheck_for``), so a fuldmagt that arrives lifts the block on
case data at once, and a revocation puts it back. Every change is audited with ids and
codes only.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from borgerpost.detect.base import CASE_KINDS
from borgerpost.detect.pii.cpr import birth_date
from borgerpost.errors import FuldmagtError
from borgerpost.route.representation_config import REPRESENTATIVE_TYPES
from borgerpost.store import audit
from borgerpost.store.tables import Fuldmagt, utcnow

_CPR_LIKE = re.compile(r"(?<!\d)(\d{6})\s?[-‐–]?\s?(\d{4})(?!\d)")
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
# Titles a representative may sign with, left out when names are compared.
TITLES = frozenset({"advokat", "advokatfuldmægtig", "adv", "socialrådgiver", "bisidder",
                    "partsrepræsentant", "cand", "jur", "hr", "fru"})
# Signatures of the document kinds accepted: PDF and common scanner/phone image formats.
DOCUMENT_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def refuse_cpr(value: str, field: str) -> str:
    """Refuse ``value`` when it holds a CPR number (ten digits whose first six are a date)."""
    for match in _CPR_LIKE.finditer(value):
        if birth_date(match.group(1) + match.group(2)) is not None:
            raise ValueError(f"{field} må ikke være eller indeholde et CPR-nummer – brug "
                             "jobcentrets sags- eller personreference")
    return value


def name_key(name: str) -> str:
    """A name for comparing: casefolded, without punctuation or a leading title."""
    words = re.sub(r"[^\w]+", " ", name.casefold()).split()
    while words and words[0] in TITLES:
        words.pop(0)
    return " ".join(words)


def text_key(text: str) -> str:
    """Text for finding a name or reference in it: casefolded, whitespace collapsed."""
    return " ".join(text.casefold().split())


class FuldmagtIn(BaseModel):
    """A new fuldmagt as typed by a caseworker (page, API or command line)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    representative_name: str = Field(min_length=1, max_length=300)
    representative_email: str | None = Field(default=None, max_length=320)
    representative_type: str
    citizen_name: str = Field(min_length=1, max_length=300)
    citizen_ref: str = Field(default="", max_length=120)
    scope_all: bool = False
    scope_case_kinds: list[str] = Field(default_factory=list)
    scope_cases: list[str] = Field(default_factory=list)
    valid_from: date
    valid_to: date | None = None

    @field_validator("representative_name", "citizen_name", "citizen_ref")
    @classmethod
    def _no_cpr(cls, value: str) -> str:
        return refuse_cpr(value, "feltet")

    @field_validator("representative_email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if not value:
            return None
        if not _EMAIL.fullmatch(value):
            raise ValueError(f"{value!r} er ikke en e-mailadresse")
        return value.lower()

    @field_validator("representative_type")
    @classmethod
    def _type(cls, value: str) -> str:
        if value not in REPRESENTATIVE_TYPES:
            raise ValueError(f"ukendt type {value!r} (mulige: {', '.join(REPRESENTATIVE_TYPES)})")
        return value

    @field_validator("scope_case_kinds")
    @classmethod
    def _kinds(cls, value: list[str]) -> list[str]:
        unknown = [kind for kind in value if kind not in CASE_KINDS]
        if unknown:
            raise ValueError(f"ukendt sagstype {', '.join(unknown)} "
                             f"(mulige: {', '.join(CASE_KINDS)})")
        return list(dict.fromkeys(value))

    @field_validator("scope_cases")
    @classmethod
    def _cases(cls, value: list[str]) -> list[str]:
        refs = [ref.strip() for ref in value if ref.strip()]
        for ref in refs:
            refuse_cpr(ref, "en sagsreference")
            if len(ref) > 120:
                raise ValueError("en sagsreference er højst 120 tegn")
        return list(dict.fromkeys(refs))

    @model_validator(mode="after")
    def _consistent(self) -> FuldmagtIn:
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ValueError("fuldmagten udløber, før den begynder at gælde")
        if not (self.scope_all or self.scope_case_kinds or self.scope_cases):
            raise ValueError("fuldmagten skal gælde noget: hele sagen, bestemte sagstyper "
                             "eller bestemte sager")
        return self


@dataclass(frozen=True, slots=True)
class Document:
    """The signed fuldmagt as uploaded; its real type is read from its first bytes."""

    filename: str
    data: bytes

    def checked(self, max_bytes: int) -> tuple[str, str, bytes]:
        """(filename, content type, bytes) after the size and type checks."""
        if not self.data:
            raise FuldmagtError("dokumentet er tomt")
        if len(self.data) > max_bytes:
            raise FuldmagtError(f"dokumentet fylder {len(self.data)} byte; grænsen er "
                                f"{max_bytes} byte (BORGERPOST_ATTACHMENT_MAX_BYTES)")
        kind = next((ct for magic, ct in DOCUMENT_MAGIC if self.data.startswith(magic)), None)
        if kind is None:
            raise FuldmagtError("dokumentet skal være en PDF eller et billede (PNG, JPEG, "
                                "TIFF, GIF)")
        name = (self.filename.replace("\\", "/").rsplit("/", 1)[-1].strip() or "fuldmagt")[:500]
        return name, kind, self.data


def add_fuldmagt(
    session: Session, *, data: FuldmagtIn, actor: str, document: Document | None = None,
    max_bytes: int = 10 * 1024 * 1024, recheck: bool = True,
) -> Fuldmagt:
    """Register a fuldmagt (audited) and re-check the representative's messages."""
    row = Fuldmagt(
        representative_name=data.representative_name,
        representative_key=name_key(data.representative_name),
        representative_email=data.representative_email,
        representative_type=data.representative_type, citizen_name=data.citizen_name,
        citizen_ref=data.citizen_ref, scope_all=data.scope_all,
        scope_case_kinds=list(data.scope_case_kinds), scope_cases=list(data.scope_cases),
        valid_from=data.valid_from, valid_to=data.valid_to, revoked=False, created_by=actor,
    )
    if document is not None:
        name, kind, blob = document.checked(max_bytes)
        row.document, row.document_filename, row.document_content_type = blob, name, kind
        row.document_sha256, row.document_size = hashlib.sha256(blob).hexdigest(), len(blob)
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action="fuldmagt.create", object_type="fuldmagt",
                 object_id=row.id, detail={"type": row.representative_type,
                                           "scope_all": row.scope_all,
                                           "document": row.document_sha256 is not None})
    if recheck:
        _recheck(session, row)
    return row


def get_fuldmagt(session: Session, *, fuldmagt_id: int) -> Fuldmagt:
    """The fuldmagt ``fuldmagt_id``; an unknown id is a ``FuldmagtError``."""
    row = session.get(Fuldmagt, fuldmagt_id)
    if row is None:
        raise FuldmagtError(f"fuldmagt nr. {fuldmagt_id} findes ikke")
    return row


def revoke_fuldmagt(
    session: Session, *, fuldmagt_id: int, actor: str, now: datetime | None = None
) -> Fuldmagt:
    """Mark the fuldmagt revoked (who, when; audited) and re-check the messages it covered."""
    row = get_fuldmagt(session, fuldmagt_id=fuldmagt_id)
    if row.revoked:
        raise FuldmagtError(f"fuldmagt nr. {fuldmagt_id} er allerede tilbagekaldt")
    row.revoked, row.revoked_at, row.revoked_by = True, now or utcnow(), actor
    session.flush()
    audit.record(session, actor=actor, action="fuldmagt.revoke", object_type="fuldmagt",
                 object_id=row.id, detail={"type": row.representative_type})
    _recheck(session, row)
    return row


def _recheck(session: Session, row: Fuldmagt) -> None:
    from borgerpost.route.representation import recheck_for  # the checks use this register

    recheck_for(session, fuldmagt=row)


def list_fuldmagter(
    session: Session, *, citizen_ref: str = "", representative: str = "",
    include_revoked: bool = True, limit: int = 200, offset: int = 0,
) -> list[Fuldmagt]:
    """Fuldmagter, newest first; ``citizen_ref`` and ``representative`` (name or e-mail)
    narrow the list by a part of the text, case-insensitively."""
    query = select(Fuldmagt).order_by(Fuldmagt.id.desc())
    if citizen_ref.strip():
        query = query.where(Fuldmagt.citizen_ref.ilike(f"%{_like(citizen_ref.strip())}%",
                                                       escape="\\"))
    if representative.strip():
        term, key = representative.strip(), name_key(representative)
        clauses = [Fuldmagt.representative_email.ilike(f"%{_like(term.lower())}%",
                                                        escape="\\")]
        if key:
            clauses.append(Fuldmagt.representative_key.like(f"%{_like(key)}%", escape="\\"))
        query = query.where(or_(*clauses))
    if not include_revoked:
        query = query.where(Fuldmagt.revoked.is_(False))
    return list(session.scalars(query.limit(limit).offset(offset)))


def _like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def of_representative(session: Session, *, email: str, sender_name: str) -> list[Fuldmagt]:
    """The fuldmagter given to the writer of a message, newest first.

    The e-mail decides when both sides have one; the name (without titles, any case) is
    the fallback for a scanned letter without an address or a fuldmagt registered without
    one. Two different e-mails are two different people, even with the same name.
    """
    email, key = email.strip().lower(), name_key(sender_name)
    if not email and not key:
        return []
    clauses = []
    if email:
        clauses.append(Fuldmagt.representative_email == email)
    if key:
        clauses.append(Fuldmagt.representative_key == key)
    rows = session.scalars(select(Fuldmagt).where(or_(*clauses)).order_by(Fuldmagt.id.desc()))
    return [row for row in rows if given_to(row, email=email, sender_name=sender_name)]


def given_to(row: Fuldmagt, *, email: str, sender_name: str) -> bool:
    """Is ``row`` given to the writer with this e-mail and name (rules: ``of_representative``)?"""
    email, key = email.strip().lower(), name_key(sender_name)
    if email and row.representative_email:
        return row.representative_email == email
    return bool(key) and row.representative_key == key


def names_citizen(row: Fuldmagt, text: str) -> bool:
    """Is the fuldmagt's citizen named (by name or reference) in ``text`` (a ``text_key``)?"""
    name = text_key(row.citizen_name)
    ref = text_key(row.citizen_ref)
    return (bool(name) and name in text) or (len(ref) >= 3 and ref in text)


def valid_on(row: Fuldmagt, day: date) -> bool:
    """Is ``day`` inside the fuldmagt's validity (both ends included)? Revocation aside."""
    return row.valid_from <= day and (row.valid_to is None or day <= row.valid_to)


def covers(row: Fuldmagt, case_kinds: set[str], text: str) -> bool:
    """Does the scope cover a message asking for ``case_kinds`` with ``text`` (a ``text_key``)?

    The whole case; or every kind asked for; or a case reference named in the text.
    """
    if row.scope_all:
        return True
    if case_kinds and case_kinds <= set(row.scope_case_kinds or []):
        return True
    return any(len(ref) >= 3 and text_key(ref) in text for ref in row.scope_cases or [])
