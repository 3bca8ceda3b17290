"""What detectors are built with: the staff matcher and the jobcentre's own contact data.

A pipeline builds every detector class as ``cls(context)``; the matcher is compiled once per
register and shared, so building detectors is cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from borgerpost.config import Settings
from borgerpost.detect.pii.official import OfficialContacts, load_official_contacts
from borgerpost.detect.staff import StaffMatcher
from borgerpost.register import StaffMember


@dataclass(frozen=True)
class PipelineContext:
    """Shared, read-only components for the detectors of one pipeline."""

    staff_matcher: StaffMatcher
    official_contacts: OfficialContacts

    @classmethod
    def build(
        cls,
        members: Sequence[StaffMember],
        *,
        official_contacts: str | Path | OfficialContacts | None = None,
    ) -> PipelineContext:
        """Compile the matcher for ``members``; official data from a YAML path, a ready
        ``OfficialContacts`` or (None/"") the shipped default. Staff work e-mails from the
        register count as official too, and an address given beside a unit of the register."""
        if not isinstance(official_contacts, OfficialContacts):
            official_contacts = load_official_contacts(official_contacts)
        work_mail = tuple(m.email for m in members if m.email)
        official = official_contacts.with_emails(work_mail).with_units(m.unit for m in members)
        return cls(StaffMatcher(members), official)

    @classmethod
    def from_settings(cls, settings: Settings, members: Sequence[StaffMember]) -> PipelineContext:
        return cls.build(members, official_contacts=settings.official_contacts or None)
