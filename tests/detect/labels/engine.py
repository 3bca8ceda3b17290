"""Shared helper for the label tests: whole pipelines over fictional staff registers.

Label detectors read each other's findings (exposure reads threat, criticism reads insult),
so the label tests run the real pipeline, never a detector in isolation with faked inputs.
The registers are fictional and differ from the dev register on purpose.
"""

from __future__ import annotations

from functools import cache

from borgerpost.detect.pipeline import Pipeline, TriageResult
from borgerpost.register import parse_register
from tests.detect.conftest import REGISTER_A, REGISTER_B

REGISTER_C = """name,role,unit,aliases
Birgitte Munk Sørensen,sagsbehandler,Sygedagpenge,BMS
Jens-Ole Krag,teamleder,Kontanthjælp,
Fatima Ali,socialrådgiver,Jobafklaring,
Henrik Toft,jobcenterchef,Ledelse,
"""

REGISTERS = {"a": REGISTER_A, "b": REGISTER_B, "c": REGISTER_C}


@cache
def pipeline(register: str = "a") -> Pipeline:
    """A pipeline for one of the fictional registers ("a", "b", "c")."""
    return Pipeline.from_register(parse_register(REGISTERS[register]))


def triage(text: str, register: str = "a") -> TriageResult:
    """Run the whole engine; a failed detector fails the test (never a silent pass)."""
    result = pipeline(register).run(text)
    assert result.failed == (), result.failed
    return result


def quotes(result: TriageResult, label: str) -> list[str]:
    """Every evidence quote of ``label``."""
    return [e.quote for f in result.findings if f.label == label for e in f.evidence]


def assert_found_quoting(result: TriageResult, label: str, quoted: str) -> None:
    """``label`` was given, and one of its evidence quotes contains ``quoted`` (any case)."""
    assert label in result.labels
    found = quotes(result, label)
    assert any(quoted.lower() in q.lower() for q in found), found
