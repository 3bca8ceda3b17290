"""Fictional staff registers for the detect tests (never the dev register's names)."""

from __future__ import annotations

import pytest

from borgerpost.detect.context import PipelineContext
from borgerpost.detect.pii.official import OfficialContacts
from borgerpost.detect.staff import StaffMatcher
from borgerpost.register import StaffMember, parse_register

REGISTER_A = """name,role,unit,aliases
Lotte Mikkelsen Vang,sagsbehandler,Kontanthjælp,LMV
Jakob Bøgh,teamleder,Sygedagpenge,Jakob B.
Sofie Holm,socialrådgiver,Jobafklaring,
Kim Frederiksen,jobkonsulent,Fleksjob,
Mohammad Nasser,sagsbehandler,Ressourceforløb,
Anne-Mette Lund,afdelingsleder,Ledelse,AML
Per Storm,sagsbehandler,Uddannelseshjælp,
Rasmus Kjærsgaard,sagsbehandler,Sygedagpenge,
"""

REGISTER_B = """name,role,unit,aliases
Henriette Dalgaard,sagsbehandler,Sygedagpenge,
Torben Bak,teamleder,Kontanthjælp,TB
Yasmin El-Amin,socialrådgiver,Jobafklaring,
Gorm Vestergaard,jobcenterchef,Ledelse,
Signe Krogh Poulsen,sagsbehandler,Fleksjob,Signe K.
"""


@pytest.fixture(scope="session")
def register_a() -> list[StaffMember]:
    return parse_register(REGISTER_A)


@pytest.fixture(scope="session")
def register_b() -> list[StaffMember]:
    return parse_register(REGISTER_B)


@pytest.fixture(scope="session")
def matcher_a(register_a: list[StaffMember]) -> StaffMatcher:
    return StaffMatcher(register_a)


@pytest.fixture(scope="session")
def matcher_b(register_b: list[StaffMember]) -> StaffMatcher:
    return StaffMatcher(register_b)


@pytest.fixture(scope="session")
def official() -> OfficialContacts:
    return OfficialContacts.from_lists(
        name="Jobcenter Søby",
        addresses=["Havnegade 4, 5960 Søby"],
        phones=["70 11 22 33"],
        email_domains=["soeby.dk"],
    )


@pytest.fixture(scope="session")
def context_a(register_a: list[StaffMember], official: OfficialContacts) -> PipelineContext:
    return PipelineContext.build(register_a, official_contacts=official)


@pytest.fixture(scope="session")
def context_b(register_b: list[StaffMember], official: OfficialContacts) -> PipelineContext:
    return PipelineContext.build(register_b, official_contacts=official)
