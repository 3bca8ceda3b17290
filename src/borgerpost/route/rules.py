"""Routing rules as data: ``route/data/rules.yaml`` (or the file ``BORGERPOST_RULES`` names).

Pure: no database, no web. ``RuleSet.decide`` turns what triage found about a message
(labels, case kinds, the staff members it names, whether a detector failed) into a
``RoutingDecision``: exactly one work queue, the flags, who is shielded, and whether an
incident is opened. A municipality changes routing by editing the YAML, never the code.

Why the rules are shaped like this:

* The first firing rule (by priority) that names a queue decides it, so a message is in
  exactly one queue; the file must end in a catch-all rule with a queue, so none is left
  without one.
* Flags and shielding accumulate over every firing rule, so a threat that also asks for
  aktindsigt keeps its ``sagsanmodning`` flag (and its case request): criticism and case
  requests always reach a person, whatever else the text does.
* A rule has no way to delete or hide a message. Fields that try (``delete``, ``hide``,
  ``slet`` …) are refused with a ``ConfigError``, as is any unknown field, label, case
  kind, queue, flag or protocol: a typo in the file must stop the app, not misroute mail.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from borgerpost.detect.base import CASE_KINDS, LABELS
from borgerpost.errors import ConfigError

DEFAULT_NAME = "rules.yaml"
UNIT_QUEUE = "{enhed}"
SHIELD_FLAG = "skaermet"
DUTY_PHONE = "{vagttelefon}"

INCIDENT_TYPES: tuple[str, ...] = ("trussel", "doxxing", "udstilling", "chikane", "andet")
SEVERITIES: tuple[str, ...] = ("lav", "middel", "høj", "kritisk")
IncidentType = Literal["trussel", "doxxing", "udstilling", "chikane", "andet"]
Severity = Literal["lav", "middel", "høj", "kritisk"]

FORBIDDEN_ACTIONS = frozenset({
    "delete", "hide", "drop", "discard", "skip", "archive", "suppress",
    "slet", "skjul", "arkiver", "ignorer",
})
_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,59}$"
_FLAG_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True, slots=True)
class NamedStaff:
    """A staff member a message names (from the ``staff_named`` findings)."""

    staff_id: int
    name: str
    unit: str


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules may look at about one message."""

    labels: frozenset[str]
    case_kinds: frozenset[str]
    staff_named: bool
    triage_failed: bool


@dataclass(frozen=True, slots=True)
class RoutingDecision:
    """What routing does with one message; ``reasons`` are the ids of the rules that fired."""

    queue: str
    flags: tuple[str, ...]
    shield: tuple[int, ...]
    create_incident: bool
    incident_type: str | None
    severity: str | None
    reasons: tuple[str, ...]
    queue_rule: str
    shield_rule: str | None = None
    incident_rule: str | None = None


class Condition(_Strict):
    """When a rule fires; every condition given must hold (an empty one always holds)."""

    labels_any: tuple[str, ...] = ()
    labels_all: tuple[str, ...] = ()
    labels_none: tuple[str, ...] = ()
    case_kinds_any: tuple[str, ...] = ()
    staff_named: bool | None = None
    triage_failed: bool | None = None

    @field_validator("labels_any", "labels_all", "labels_none")
    @classmethod
    def _known_labels(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [label for label in value if label not in LABELS]
        if unknown:
            raise ValueError(f"ukendt etiket {', '.join(unknown)} (kendte: {', '.join(LABELS)})")
        return value

    @field_validator("case_kinds_any")
    @classmethod
    def _known_kinds(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [kind for kind in value if kind not in CASE_KINDS]
        if unknown:
            raise ValueError(f"ukendt sagstype {', '.join(unknown)} "
                             f"(kendte: {', '.join(CASE_KINDS)})")
        return value

    def holds(self, facts: Facts) -> bool:
        """Whether this condition holds for ``facts``."""
        return (
            (not self.labels_any or bool(facts.labels & set(self.labels_any)))
            and set(self.labels_all) <= facts.labels
            and not facts.labels & set(self.labels_none)
            and (not self.case_kinds_any or bool(facts.case_kinds & set(self.case_kinds_any)))
            and (self.staff_named is None or self.staff_named == facts.staff_named)
            and (self.triage_failed is None or self.triage_failed == facts.triage_failed)
        )

    @property
    def always(self) -> bool:
        """True for the empty condition (a catch-all rule)."""
        return self == Condition()


class IncidentSpec(_Strict):
    """The incident a rule opens in the work-environment register."""

    type: IncidentType
    severity: Severity


class Rule(_Strict):
    """One routing rule. It can set a queue, add flags, shield and open an incident: no more."""

    id: str = Field(pattern=_ID_PATTERN)
    priority: int = Field(ge=0, le=100_000)
    description: str = ""
    when: Condition
    queue: str | None = Field(default=None, min_length=1, max_length=60)
    flags: tuple[str, ...] = ()
    shield_named_staff: bool = False
    incident: IncidentSpec | None = None

    @model_validator(mode="before")
    @classmethod
    def _never_delete_or_hide(cls, data: Any) -> Any:
        if isinstance(data, dict):
            tried = sorted(str(key) for key in data if str(key).lower() in FORBIDDEN_ACTIONS)
            if tried:
                raise ValueError(f"felt {', '.join(tried)}: en regel kan aldrig slette eller "
                                 "skjule en besked (kun queue, flags, shield_named_staff, "
                                 "incident)")
        return data


class QueueSpec(_Strict):
    """A work queue: its Danish title and the protocol shown on its messages, if any."""

    title: str = Field(min_length=1)
    protocol: str | None = None


class Protocol(_Strict):
    """Steps a person follows for a message (``{vagttelefon}`` is the duty phone setting)."""

    title: str = Field(min_length=1)
    steps: tuple[str, ...] = Field(min_length=1)

    def steps_with(self, duty_phone: str) -> list[str]:
        """The steps with the municipality's duty phone filled in."""
        phone = duty_phone.strip() or "(ikke sat – indstillingen BORGERPOST_DUTY_PHONE)"
        return [step.replace(DUTY_PHONE, phone) for step in self.steps]


class RuleSet(_Strict):
    """The whole rules file, checked for consistency when it is loaded."""

    version: Literal[1]
    unit_fallback: str = Field(min_length=1, max_length=60)
    flags: dict[str, str]
    queues: dict[str, QueueSpec]
    protocols: dict[str, Protocol] = Field(default_factory=dict)
    rules: tuple[Rule, ...] = Field(min_length=1)

    @field_validator("flags")
    @classmethod
    def _flag_codes(cls, value: dict[str, str]) -> dict[str, str]:
        bad = [code for code in value if not re.fullmatch(_FLAG_PATTERN, code)]
        if bad:
            raise ValueError(f"flagkoden {', '.join(bad)} skal være små ASCII-bogstaver")
        if SHIELD_FLAG not in value:
            raise ValueError(f"flaget {SHIELD_FLAG!r} (sættes ved skærmning) skal stå i listen")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> RuleSet:
        ids = [rule.id for rule in self.rules]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"rules: regel-id {', '.join(twice)} bruges mere end én gang")
        for name, queue in self.queues.items():
            if queue.protocol is not None and queue.protocol not in self.protocols:
                raise ValueError(f"queues.{name}.protocol: ukendt protokol {queue.protocol!r}")
        for rule in self.rules:
            self._check_rule(rule)
        if not any(rule.when.always and rule.queue for rule in self.rules):
            raise ValueError("rules: der mangler en opsamlingsregel (tom 'when') med en kø, "
                             "så hver besked lander i en kø")
        return self

    def _check_rule(self, rule: Rule) -> None:
        if rule.queue is not None and rule.queue not in self.queues:
            raise ValueError(f"regel {rule.id!r}, felt 'queue': ukendt kø {rule.queue!r} "
                             f"(erklærede: {', '.join(self.queues)})")
        unknown = [flag for flag in rule.flags if flag not in self.flags]
        if unknown:
            raise ValueError(f"regel {rule.id!r}, felt 'flags': ukendt flag "
                             f"{', '.join(unknown)} (erklærede: {', '.join(self.flags)})")

    def ordered(self) -> list[Rule]:
        """Rules by priority; equal priorities keep file order."""
        return sorted(self.rules, key=lambda rule: rule.priority)

    def protocol_of(self, queue: str) -> Protocol | None:
        """The protocol shown on messages of ``queue`` (unit queues have none)."""
        spec = self.queues.get(queue)
        if spec is None or spec.protocol is None:
            return None
        return self.protocols[spec.protocol]

    def queue_title(self, queue: str) -> str:
        """The Danish title of ``queue``; a unit's own queue is called by the unit name."""
        spec = self.queues.get(queue)
        return spec.title if spec is not None else queue

    def decide(
        self,
        labels: Collection[str],
        case_kinds: Iterable[str],
        staff_named: Sequence[NamedStaff],
        message_unit: str,
        *,
        triage_failed: bool = False,
    ) -> RoutingDecision:
        """Route one message: one queue, accumulated flags, shielding and incident."""
        facts = Facts(frozenset(labels), frozenset(case_kinds), bool(staff_named), triage_failed)
        fired = [rule for rule in self.ordered() if rule.when.holds(facts)]
        queue_rule = next(rule for rule in fired if rule.queue)  # the catch-all always fires
        flags: list[str] = []
        for rule in fired:
            flags.extend(flag for flag in rule.flags if flag not in flags)
        shield_rule = next((rule.id for rule in fired if rule.shield_named_staff), None)
        shield = tuple(sorted({m.staff_id for m in staff_named})) if shield_rule else ()
        if shield and SHIELD_FLAG not in flags:
            flags.append(SHIELD_FLAG)
        incident_rule = next((rule for rule in fired if rule.incident), None)
        incident = incident_rule.incident if incident_rule else None
        assert queue_rule.queue is not None
        return RoutingDecision(
            queue=self._queue_name(queue_rule.queue, message_unit),
            flags=tuple(sorted(flags)), shield=shield,
            create_incident=incident is not None,
            incident_type=incident.type if incident else None,
            severity=incident.severity if incident else None,
            reasons=tuple(rule.id for rule in fired), queue_rule=queue_rule.id,
            shield_rule=shield_rule if shield else None,
            incident_rule=incident_rule.id if incident_rule else None,
        )

    def _queue_name(self, queue: str, message_unit: str) -> str:
        if queue == UNIT_QUEUE:
            return (message_unit.strip() or self.unit_fallback)[:60]
        return queue


def _where(error: dict[str, Any], data: object) -> str:
    """``regel 'trussel' (nr. 2), felt 'queue'`` for an error inside a rule, else the path."""
    loc = tuple(error.get("loc") or ())
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        rule_id = _raw_rule_id(data, loc[1])
        field = ".".join(str(part) for part in loc[2:]) or "(hele reglen)"
        return f"regel {rule_id!r} (nr. {loc[1] + 1}), felt {field!r}"
    return ".".join(str(part) for part in loc) or "(top)"


def _problem(error: dict[str, Any], data: object) -> str:
    message = str(error.get("msg", "")).removeprefix("Value error, ")
    where = _where(error, data)
    return message if where == "(top)" else f"{where}: {message}"


def _raw_rule_id(data: object, index: int) -> str:
    if isinstance(data, dict):
        rules = data.get("rules")
        if isinstance(rules, list) and index < len(rules) and isinstance(rules[index], dict):
            return str(rules[index].get("id", "?"))
    return "?"


def parse_rules(text: str, *, source: str = DEFAULT_NAME) -> RuleSet:
    """Validate YAML ``text``; every problem is a ``ConfigError`` naming the rule and field."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" linje {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{source}{line}: ikke gyldig YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: forventede en mapping med 'rules' øverst")
    try:
        return RuleSet.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(_problem(dict(e), data) for e in exc.errors())
        raise ConfigError(f"{source}: {problems}") from exc


def load_rules(path: str | Path | None = None) -> RuleSet:
    """The rules file at ``path``, or the one shipped with borgerpost when empty."""
    if not path:
        text = files("borgerpost.route").joinpath("data", DEFAULT_NAME).read_text("utf-8")
        return parse_rules(text, source=f"borgerpost/route/data/{DEFAULT_NAME}")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: kan ikke læse regelfilen ({exc.strerror})") from exc
    return parse_rules(text, source=str(path))


@lru_cache(maxsize=8)
def cached_rules(path: str) -> RuleSet:
    """``load_rules`` once per path for a running process (the file is read at start)."""
    return load_rules(path)


def decide(
    labels: Collection[str],
    case_kinds: Iterable[str],
    staff_named: Sequence[NamedStaff],
    message_unit: str,
    *,
    triage_failed: bool = False,
    rules: RuleSet | None = None,
) -> RoutingDecision:
    """``RuleSet.decide`` with ``rules``, else the shipped rules file."""
    ruleset = rules if rules is not None else cached_rules("")
    return ruleset.decide(labels, case_kinds, staff_named, message_unit,
                          triage_failed=triage_failed)
