"""Routing rules as a table: label sets → queue, flags, shielding, incident; bad files refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from borgerpost.detect.base import CASE_KINDS, LABELS
from borgerpost.errors import ConfigError
from borgerpost.route.rules import (
    NamedStaff,
    RuleSet,
    decide,
    load_rules,
    parse_rules,
)

HANNE = NamedStaff(7, "Hanne Lykkegaard Poulsen", "Sygedagpenge")
JONAS = NamedStaff(9, "Jonas Ravnsbæk", "Kontanthjælp")
SHIPPED = Path(__file__).resolve().parents[2] / "src/borgerpost/route/data/rules.yaml"


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


@pytest.mark.parametrize(("labels", "staff", "queue", "flags", "shield"), [
    # plain mail and case requests go to the unit's own queue
    (set(), [], "Sygedagpenge", set(), []),
    ({"case_request"}, [], "Sygedagpenge", {"sagsanmodning"}, []),
    ({"criticism"}, [], "Sygedagpenge", {"kritik"}, []),
    ({"criticism", "staff_named"}, [HANNE], "Sygedagpenge", {"kritik"}, []),
    # self-harm: the akut queue, before anything else
    ({"self_harm"}, [], "akut", {"akut"}, []),
    ({"self_harm", "threat"}, [], "akut", {"akut", "trussel", "indholdsadvarsel"}, []),
    # threats, doxxing, exposure: security, shielding of the named staff
    ({"threat"}, [], "sikkerhed", {"trussel", "indholdsadvarsel"}, []),
    ({"threat", "staff_named"}, [HANNE], "sikkerhed",
     {"trussel", "indholdsadvarsel", "skaermet"}, [7]),
    ({"doxxing", "staff_named"}, [HANNE, JONAS], "sikkerhed",
     {"doxxing", "indholdsadvarsel", "skaermet"}, [7, 9]),
    ({"exposure", "staff_named"}, [JONAS], "sikkerhed",
     {"udstilling", "indholdsadvarsel", "skaermet"}, [9]),
    # an insult never hides a case request or criticism: still the unit's queue
    ({"insult", "staff_named", "case_request"}, [HANNE], "Sygedagpenge",
     {"kraenkende", "indholdsadvarsel", "sagsanmodning", "skaermet"}, [7]),
    ({"insult", "staff_named", "criticism"}, [HANNE], "Sygedagpenge",
     {"kraenkende", "indholdsadvarsel", "kritik", "skaermet"}, [7]),
    ({"threat", "case_request"}, [], "sikkerhed",
     {"trussel", "indholdsadvarsel", "sagsanmodning"}, []),
    # near misses: insult without a named person is not shielding; a name alone is nothing
    ({"insult"}, [], "Sygedagpenge", {"indholdsadvarsel"}, []),
    ({"offensive"}, [], "Sygedagpenge", {"indholdsadvarsel"}, []),
    ({"staff_named"}, [HANNE], "Sygedagpenge", set(), []),
    ({"representative", "case_request"}, [], "Sygedagpenge",
     {"partsrepraesentant", "sagsanmodning"}, []),
])
def test_label_sets_route_as_the_table_says(
    rules: RuleSet, labels: set[str], staff: list[NamedStaff], queue: str, flags: set[str],
    shield: list[int],
) -> None:
    decision = rules.decide(labels, [], staff, "Sygedagpenge")
    assert decision.queue == queue
    assert set(decision.flags) == flags
    assert list(decision.shield) == shield
    assert decision.queue_rule in decision.reasons
    assert decision.reasons[-1] == "standard"


@pytest.mark.parametrize(("labels", "incident", "severity", "rule"), [
    ({"threat"}, "trussel", "høj", "trussel"),
    ({"doxxing"}, "doxxing", "høj", "doxxing"),
    ({"exposure"}, "udstilling", "middel", "udstilling"),
    ({"threat", "exposure"}, "trussel", "høj", "trussel"),
    ({"insult", "staff_named"}, None, None, None),
    ({"self_harm"}, None, None, None),
    (set(), None, None, None),
])
def test_incidents_come_from_the_first_rule_that_opens_one(
    rules: RuleSet, labels: set[str], incident: str | None, severity: str | None,
    rule: str | None,
) -> None:
    decision = rules.decide(labels, [], [HANNE], "Sygedagpenge")
    assert decision.create_incident is (incident is not None)
    assert (decision.incident_type, decision.severity, decision.incident_rule) == (
        incident, severity, rule)


def test_failed_triage_goes_to_manual_review(rules: RuleSet) -> None:
    decision = rules.decide(set(), [], [], "Job", triage_failed=True)
    assert decision.queue == "manuel"
    assert "manuel_gennemgang" in decision.flags
    assert rules.decide({"threat"}, [], [], "Job", triage_failed=True).queue == "sikkerhed"


def test_unknown_unit_falls_back_to_the_named_queue(rules: RuleSet) -> None:
    assert rules.decide(set(), [], [], "  ").queue == rules.unit_fallback == "Modtagelsen"


def test_akut_has_the_self_harm_protocol_with_the_duty_phone(rules: RuleSet) -> None:
    protocol = rules.protocol_of("akut")
    assert protocol is not None
    steps = " ".join(protocol.steps_with("72 40 10 99"))
    for needed in ("i dag", "72 40 10 99", "Livslinien", "70 201 201", "112"):
        assert needed in steps
    assert "BORGERPOST_DUTY_PHONE" in " ".join(protocol.steps_with(""))
    assert rules.protocol_of("sikkerhed") is None
    assert rules.protocol_of("Sygedagpenge") is None


def test_module_decide_uses_the_shipped_rules() -> None:
    assert decide({"self_harm"}, [], [], "Job").queue == "akut"


@given(labels=st.sets(st.sampled_from(LABELS)), kinds=st.sets(st.sampled_from(CASE_KINDS)),
       named=st.booleans(), failed=st.booleans())
def test_every_label_set_gets_exactly_one_queue_and_is_never_dropped(
    labels: set[str], kinds: set[str], named: bool, failed: bool
) -> None:
    rules = load_rules()
    decision = rules.decide(labels, kinds, [HANNE] if named else [], "Job",
                            triage_failed=failed)
    assert decision.queue in {"akut", "sikkerhed", "manuel", "Job"}
    if "case_request" in labels or "criticism" in labels:
        assert {"sagsanmodning", "kritik"} & set(decision.flags)
    assert bool(decision.shield) == ("skaermet" in decision.flags)


def _shipped() -> dict[str, object]:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _rule(data: dict[str, object], rule_id: str) -> dict[str, object]:
    rules = data["rules"]
    assert isinstance(rules, list)
    return next(r for r in rules if r["id"] == rule_id)


def _broken(change: str) -> dict[str, object]:
    data = _shipped()
    trussel = _rule(data, "trussel")
    if change == "hide":
        trussel["hide"] = True
    elif change == "delete":
        trussel["slet"] = True
    elif change == "label":
        trussel["when"] = {"labels_any": ["threats"]}
    elif change == "queue":
        trussel["queue"] = "sikkerhd"
    elif change == "flag":
        trussel["flags"] = ["trusel"]
    elif change == "severity":
        trussel["incident"] = {"type": "trussel", "severity": "enorm"}
    elif change == "kind":
        trussel["when"] = {"case_kinds_any": ["aktindsiggt"]}
    elif change == "unknown_field":
        trussel["qeue"] = "sikkerhed"
    return data


@pytest.mark.parametrize(("change", "words"), [
    ("hide", ["'trussel'", "hide", "aldrig slette eller skjule"]),
    ("delete", ["'trussel'", "slet", "aldrig slette eller skjule"]),
    ("label", ["'trussel'", "when.labels_any", "threats"]),
    ("queue", ["'trussel'", "'queue'", "sikkerhd"]),
    ("flag", ["'trussel'", "'flags'", "trusel"]),
    ("severity", ["'trussel'", "incident.severity"]),
    ("kind", ["'trussel'", "case_kinds_any", "aktindsiggt"]),
    ("unknown_field", ["'trussel'", "qeue"]),
])
def test_invalid_rules_name_the_rule_and_the_field(change: str, words: list[str]) -> None:
    text = yaml.safe_dump(_broken(change), allow_unicode=True)
    with pytest.raises(ConfigError) as info:
        parse_rules(text, source="min-regler.yaml")
    message = str(info.value)
    assert message.startswith("min-regler.yaml:")
    for word in words:
        assert word in message


def test_a_catch_all_rule_with_a_queue_is_required() -> None:
    data = _shipped()
    rules = data["rules"]
    assert isinstance(rules, list)
    data["rules"] = [r for r in rules if r["id"] != "standard"]
    with pytest.raises(ConfigError, match="opsamlingsregel"):
        parse_rules(yaml.safe_dump(data, allow_unicode=True))


def test_duplicate_rule_ids_and_unknown_protocols_are_refused() -> None:
    data = _shipped()
    rules = data["rules"]
    assert isinstance(rules, list)
    rules.append(dict(_rule(data, "kritik")))
    with pytest.raises(ConfigError, match=r"kritik.*mere end én gang"):
        parse_rules(yaml.safe_dump(data, allow_unicode=True))
    data = _shipped()
    queues = data["queues"]
    assert isinstance(queues, dict)
    queues["akut"]["protocol"] = "selvmord"
    with pytest.raises(ConfigError, match=r"queues\.akut\.protocol"):
        parse_rules(yaml.safe_dump(data, allow_unicode=True))


@pytest.mark.parametrize("text", ["rules: [", "- just\n- a list\n", ""])
def test_not_yaml_or_not_a_mapping_is_a_config_error(text: str) -> None:
    with pytest.raises(ConfigError, match=r"regler\.yaml"):
        parse_rules(text, source="regler.yaml")


def test_a_rules_file_path_is_read_and_a_missing_one_named(tmp_path: Path) -> None:
    data = _shipped()
    _rule(data, "selvskade")["queue"] = "sikkerhed"
    path = tmp_path / "regler.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert load_rules(path).decide({"self_harm"}, [], [], "Job").queue == "sikkerhed"
    with pytest.raises(ConfigError, match=r"findes-ikke\.yaml"):
        load_rules(tmp_path / "findes-ikke.yaml")
