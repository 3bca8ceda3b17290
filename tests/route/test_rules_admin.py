"""Replacing the rules file: decoding, validation, comparison, preview (both back ends), writing."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from borgerpost.errors import ConfigError
from borgerpost.route import rules_admin
from borgerpost.route.apply import route_messages
from borgerpost.route.rules import load_rules, parse_rules
from borgerpost.store.db import Store
from tests.route.routing_seed import message_with, seed_register


def _shipped() -> str:
    text = rules_admin.current_text("")
    assert text is not None
    return text


SHIPPED = _shipped()
RULES = load_rules()
NOW = datetime(2026, 4, 7, 10, 15, 30, tzinfo=UTC)
# self-harm to the security queue instead of akut: one queue line of one rule changed
SELF_HARM_TO_SECURITY = SHIPPED.replace(
    "when: {labels_any: [self_harm]}\n    queue: akut",
    "when: {labels_any: [self_harm]}\n    queue: sikkerhed")
# insults of a named staff member no longer shielded
NO_INSULT_SHIELD = SHIPPED.replace(
    "    flags: [kraenkende, indholdsadvarsel]\n    shield_named_staff: true\n",
    "    flags: [kraenkende, indholdsadvarsel]\n")
NEW_RULE = SHIPPED + """
  - id: kritik-til-ledelse
    priority: 75
    description: Kritik får også flaget manuel gennemgang.
    when: {labels_any: [criticism]}
    flags: [manuel_gennemgang]
"""


def test_the_examples_change_what_they_say() -> None:
    assert SELF_HARM_TO_SECURITY != SHIPPED and NO_INSULT_SHIELD != SHIPPED


def test_decode_reads_utf8_with_or_without_bom_and_normalises_line_ends() -> None:
    assert rules_admin.decode("a: ø\r\nb: 1\r".encode()) == "a: ø\nb: 1\n"
    assert rules_admin.decode(b"\xef\xbb\xbfversion: 1\n") == "version: 1\n"
    with pytest.raises(ConfigError, match="ikke UTF-8"):
        rules_admin.decode("æ".encode("latin-1"))
    with pytest.raises(ConfigError, match="større end 256 KiB"):
        rules_admin.decode(b"#" * (rules_admin.MAX_BYTES + 1))


@pytest.mark.parametrize(("text", "named"), [
    ("", "filen er tom"),
    ("   \n", "filen er tom"),
    ("version: [1\n", "ikke gyldig YAML"),
    (SHIPPED.replace("queue: akut\n", "queue: akutt\n"),
     "regel 'selvskade', felt 'queue': ukendt kø 'akutt'"),
    (SHIPPED.replace("    queue: sikkerhed\n    flags: [trussel",
                     "    delete: true\n    queue: sikkerhed\n    flags: [trussel"),
     "aldrig slette eller skjule"),
])
def test_validate_refuses_what_ingest_would_refuse(text: str, named: str) -> None:
    with pytest.raises(ConfigError, match="forslaget") as caught:
        rules_admin.validate(text)
    assert named in str(caught.value)


def test_compare() -> None:
    assert rules_admin.compare(RULES, parse_rules(SHIPPED)).none
    changed = rules_admin.compare(RULES, parse_rules(SELF_HARM_TO_SECURITY))
    assert (changed.changed, changed.added, changed.removed, changed.other) == (
        ("selvskade",), (), (), False)
    added = rules_admin.compare(RULES, parse_rules(NEW_RULE))
    assert added.added == ("kritik-til-ledelse",) and not added.changed
    removed = rules_admin.compare(parse_rules(NEW_RULE), RULES)
    assert removed.removed == ("kritik-til-ledelse",)
    queues = SHIPPED.replace("  manuel:\n", "  ledelse:\n    title: Ledelsen\n  manuel:\n")
    assert rules_admin.compare(RULES, parse_rules(queues)).queues_added == ("ledelse",)
    everything = rules_admin.compare(None, RULES)
    assert everything.added == tuple(r.id for r in RULES.rules) and everything.other


def test_preview_routes_the_latest_messages_by_both_and_writes_nothing(store: Store) -> None:
    with store.session() as session:
        seed_register(session)
        harm = message_with(session, ["self_harm"])
        insult = message_with(session, ["insult", "staff_named"], named=("hanne",))
        plain = message_with(session, [])
        route_messages(session, message_pks=[harm.id, insult.id, plain.id], rules=RULES)
        before = [(m.queue, list(m.flags)) for m in (harm, insult, plain)]

        same = rules_admin.preview(session, active=RULES, proposed=parse_rules(SHIPPED),
                                   default_unit="Modtagelsen")
        assert (same.checked, same.unchanged) == (3, True)

        moved = rules_admin.preview(session, active=RULES,
                                    proposed=parse_rules(SELF_HARM_TO_SECURITY),
                                    default_unit="Modtagelsen")
        assert moved.moves == (("akut", "sikkerhed", 1),)
        assert (moved.flags_changed, moved.shielding_changed, moved.incident_changed) == (
            0, 0, 0)

        unshielded = rules_admin.preview(session, active=RULES,
                                         proposed=parse_rules(NO_INSULT_SHIELD),
                                         default_unit="Modtagelsen")
        assert unshielded.moves == () and unshielded.shielding_changed == 1
        assert unshielded.flags_changed == 1  # no shielding, no "skaermet" flag

        broken_active = rules_admin.preview(session, active=None, proposed=RULES,
                                            default_unit="Modtagelsen")
        assert broken_active.moves == ()  # the stored queues stand for the broken file

        limited = rules_admin.preview(session, active=RULES, proposed=RULES,
                                      default_unit="Modtagelsen", limit=2)
        assert limited.checked == 2
        session.flush()
        assert [(m.queue, list(m.flags)) for m in (harm, insult, plain)] == before


def test_replace_keeps_the_old_file_and_writes_the_new_one(tmp_path: Path) -> None:
    path = tmp_path / "regler.yaml"
    path.write_text(SHIPPED, encoding="utf-8")
    os.chmod(path, 0o640)
    done = rules_admin.replace(str(path), SELF_HARM_TO_SECURITY,
                               expected=rules_admin.fingerprint(SHIPPED), now=NOW)
    assert path.read_text(encoding="utf-8") == SELF_HARM_TO_SECURITY
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert done.backup == tmp_path / "regler.yaml.20260407T101530000000Z.bak"
    assert done.backup.read_text(encoding="utf-8") == SHIPPED
    assert (done.old, done.new) == (rules_admin.fingerprint(SHIPPED),
                                    rules_admin.fingerprint(SELF_HARM_TO_SECURITY))
    assert done.new.startswith("sha256:") and len(done.new) == 71
    assert load_rules(path).decide({"self_harm"}, [], [], "Job").queue == "sikkerhed"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "regler.yaml", "regler.yaml.20260407T101530000000Z.bak"]  # no temporary file left


def test_replace_creates_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "ny" / "regler.yaml"
    path.parent.mkdir()
    assert rules_admin.current_text(str(path)) is None
    done = rules_admin.replace(str(path), SHIPPED, expected=rules_admin.MISSING, now=NOW)
    assert done.backup is None and path.read_text(encoding="utf-8") == SHIPPED


@pytest.mark.parametrize(("expected", "text", "named"), [
    ("sha256:" + "0" * 64, SELF_HARM_TO_SECURITY, "ændret, siden forslaget blev afprøvet"),
    (None, "version: 1\nrules: []\n", "forslaget"),
])
def test_replace_refuses_and_leaves_the_file_alone(
    tmp_path: Path, expected: str | None, text: str, named: str
) -> None:
    path = tmp_path / "regler.yaml"
    path.write_text(SHIPPED, encoding="utf-8")
    with pytest.raises(ConfigError, match=named):
        rules_admin.replace(str(path), text, now=NOW,
                            expected=expected or rules_admin.fingerprint(SHIPPED))
    assert path.read_text(encoding="utf-8") == SHIPPED
    assert [p.name for p in tmp_path.iterdir()] == ["regler.yaml"]


def test_the_shipped_file_is_never_written() -> None:
    with pytest.raises(ConfigError, match="BORGERPOST_RULES"):
        rules_admin.replace("", SHIPPED, expected=rules_admin.fingerprint(SHIPPED), now=NOW)
    assert rules_admin.current_text("") == SHIPPED


def test_fingerprint() -> None:
    assert rules_admin.fingerprint(None) == "mangler"
    assert rules_admin.fingerprint("a") == (
        "sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb")
