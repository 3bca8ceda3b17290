"""The deadlines file: the shipped one is valid and legal; mistakes name kind and field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from borgerpost.detect.base import CASE_KINDS
from borgerpost.errors import ConfigError
from borgerpost.route.deadlines import load_deadlines, parse_deadlines

SHIPPED = Path(__file__).resolve().parents[2] / "src/borgerpost/route/data/deadlines.yaml"


def shipped_data() -> dict[str, object]:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_shipped_file_describes_every_engine_kind() -> None:
    config = load_deadlines()
    assert set(config.kinds) == set(CASE_KINDS)
    assert not config.calendar.close_may_first
    assert not config.calendar.close_friday_after_ascension


def test_legal_deadlines_in_the_shipped_file() -> None:
    config = load_deadlines()
    aktindsigt, klage = config.rule("aktindsigt"), config.rule("klage")
    assert aktindsigt.period.working_days == 7 and aktindsigt.basis == "lov"
    assert "offentlighedsloven § 36" in aktindsigt.law
    assert "forvaltningsloven § 16" in aktindsigt.law
    assert aktindsigt.fristbrev is not None
    assert aktindsigt.fristbrev.offered_from_working_day == 5
    assert klage.period.weeks == 4 and "retssikkerhedsloven" in klage.law
    assert "videresendt_ankestyrelsen" in klage.outcomes
    assert config.rule("partshoering").period.days == 14
    for kind in ("partshoering", "genoptagelse", "moede", "status", "udbetaling", "andet"):
        assert config.rule(kind).basis == "lokal", kind


def test_due_dates_from_the_shipped_file() -> None:
    config = load_deadlines()
    assert config.due_on("aktindsigt", date(2026, 3, 30)) == date(2026, 4, 13)
    assert config.due_on("klage", date(2026, 3, 5)) == date(2026, 4, 7)
    assert config.due_on("partshoering", date(2026, 12, 17)) == date(2027, 1, 4)


def test_periods_read_in_danish() -> None:
    config = load_deadlines()
    assert config.rule("aktindsigt").period.danish() == "7 arbejdsdage"
    assert config.rule("klage").period.danish() == "4 uger"
    assert config.rule("partshoering").period.danish() == "14 dage"


def test_path_setting_is_used(tmp_path: Path) -> None:
    data = shipped_data()
    data["kinds"]["status"]["period"] = {"working_days": 2}  # type: ignore[index]
    data["calendar"] = {"close_may_first": True}
    path = tmp_path / "frister.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    config = load_deadlines(path)
    assert config.due_on("status", date(2026, 4, 29)) == date(2026, 5, 4)


def _broken(change: dict[str, object], kind: str = "aktindsigt") -> str:
    data = shipped_data()
    data["kinds"][kind].update(change)  # type: ignore[index]
    return yaml.safe_dump(data, allow_unicode=True)


@pytest.mark.parametrize(("change", "named"), [
    ({"period": {"working_days": 0}}, "kinds.aktindsigt.period.working_days"),
    ({"period": {"working_days": 7, "weeks": 1}}, "kinds.aktindsigt.period"),
    ({"period": {}}, "kinds.aktindsigt.period"),
    ({"period": {"fortnights": 1}}, "kinds.aktindsigt.period.fortnights"),
    ({"basis": "regional"}, "kinds.aktindsigt.basis"),
    ({"law": ""}, "must name its law"),
    ({"outcomes": {}}, "kinds.aktindsigt.outcomes"),
    ({"outcomes": {"ikke gyldig": "x"}}, "ikke gyldig"),
    ({"fristbrev": {"offered_from_working_day": 9, "decision_within_working_days": 14}},
     "offered_from_working_day"),
    ({"fristbrev": {"offered_from_working_day": 5, "decision_within_working_days": 7}},
     "decision_within_working_days"),
    ({"period": {"weeks": 2}}, "fristbrev needs a period in working_days"),
    ({"name": ""}, "kinds.aktindsigt.name"),
])
def test_invalid_rule_names_kind_and_field(change: dict[str, object], named: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_deadlines(_broken(change), source="frister.yaml")
    assert "frister.yaml" in str(caught.value)
    assert named in str(caught.value)


def test_missing_kind_is_named() -> None:
    data = shipped_data()
    del data["kinds"]["klage"]  # type: ignore[attr-defined]
    with pytest.raises(ConfigError, match="missing klage"):
        parse_deadlines(yaml.safe_dump(data, allow_unicode=True))


def test_unknown_kind_is_named() -> None:
    data = shipped_data()
    data["kinds"]["aktindsight"] = data["kinds"]["aktindsigt"]  # type: ignore[index]
    with pytest.raises(ConfigError, match="aktindsight"):
        parse_deadlines(yaml.safe_dump(data, allow_unicode=True))


@pytest.mark.parametrize(("text", "named"), [
    ("kinds: [unclosed", "line"),
    ("- just\n- a list\n", "mapping"),
    ("calendar: {close_may_first: maybe}\nkinds: {}\n", "calendar.close_may_first"),
])
def test_unreadable_files(text: str, named: str) -> None:
    with pytest.raises(ConfigError, match=named):
        parse_deadlines(text)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_deadlines(tmp_path / "nope.yaml")
