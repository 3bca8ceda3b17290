"""PipelineContext: the matcher and the official contact data every detector is built with."""

from __future__ import annotations

from pathlib import Path

from borgerpost.config import Settings
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.normalise import normalise
from borgerpost.register import StaffMember

MEMBERS = [
    StaffMember("Lotte Vang", "sagsbehandler", "Kontanthjælp", email="lova@xby.dk"),
    StaffMember("Jakob Bøgh", "teamleder", "Sygedagpenge"),
]


def test_settings_point_to_the_official_contacts_file(tmp_path: Path) -> None:
    path = tmp_path / "officiel.yaml"
    path.write_text("name: Jobcenter Xby\nphones: ['70 55 66 77']\nemail_domains: [xby-jc.dk]\n")
    context = PipelineContext.from_settings(Settings(official_contacts=str(path)), MEMBERS)
    assert context.official_contacts.name == "Jobcenter Xby"
    assert context.official_contacts.phones == {"70556677"}


def test_without_a_setting_the_shipped_default_is_used() -> None:
    context = PipelineContext.from_settings(Settings(official_contacts=""), MEMBERS)
    assert context.official_contacts.email_domains


def test_register_work_mail_counts_as_official() -> None:
    context = PipelineContext.build(MEMBERS)
    assert "lova@xby.dk" in context.official_contacts.emails


def test_the_matcher_knows_the_register() -> None:
    context = PipelineContext.build(MEMBERS)
    found = context.staff_matcher.find(normalise("Hej Lotte, ring til Bøgh."))
    assert [m.member.name for m in found] == ["Lotte Vang", "Jakob Bøgh"]
