"""The fuldmagt register on SQLite and PostgreSQL: input checks (never a CPR number),
documents, revocation, audit, listing and who a fuldmagt is given to."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from borgerpost.errors import FuldmagtError
from borgerpost.route.fuldmagter import (
    Document,
    add_fuldmagt,
    get_fuldmagt,
    list_fuldmagter,
    name_key,
    of_representative,
    revoke_fuldmagt,
)
from borgerpost.store import audit
from borgerpost.store.db import Store
from tests.route.representation_seed import REP_EMAIL, REP_NAME, add, fuldmagt_in

PDF = b"%PDF-1.4\n% fuldmagt (test)\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


@pytest.mark.parametrize("ref", ["010190-1234", "0101901234", "010190 1234", "CPR 311299-4321",
                                 "nr. 010190–1234"])
def test_a_cpr_number_is_refused_as_reference(ref: str) -> None:
    with pytest.raises(ValidationError, match="CPR-nummer"):
        fuldmagt_in(citizen_ref=ref)


@pytest.mark.parametrize("field", ["citizen_name", "representative_name"])
def test_a_cpr_number_is_refused_in_names(field: str) -> None:
    with pytest.raises(ValidationError, match="CPR-nummer"):
        fuldmagt_in(**{field: "Søren 010190-1234"})


def test_a_cpr_number_is_refused_as_case_reference() -> None:
    with pytest.raises(ValidationError, match="CPR-nummer"):
        fuldmagt_in(scope_all=False, scope_cases=["0101901234"])


@pytest.mark.parametrize("ref", ["JC-2026-1234", "320190-1234", "011390-1234", "12345678",
                                 "SAG 2026-0001234", "010190-12345", ""])
def test_references_that_are_not_cpr_numbers_are_kept(ref: str) -> None:
    assert fuldmagt_in(citizen_ref=ref).citizen_ref == ref


@pytest.mark.parametrize(("changes", "words"), [
    ({"valid_to": date(2026, 2, 1)}, "udløber, før"),
    ({"scope_all": False}, "skal gælde noget"),
    ({"representative_type": "vaerge"}, "ukendt type"),
    ({"scope_all": False, "scope_case_kinds": ["klager"]}, "ukendt sagstype"),
    ({"representative_email": "ikke en adresse"}, "ikke en e-mailadresse"),
    ({"citizen_name": "  "}, "at least 1 character"),
])
def test_invalid_input_is_refused(changes: dict[str, Any], words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        fuldmagt_in(**changes)


def test_input_is_tidied() -> None:
    data = fuldmagt_in(representative_email=" Rikke.Munk@Raadgiver.Example.org ",
                       scope_all=False, scope_case_kinds=["klage", "klage"],
                       scope_cases=[" A-1 ", "", "A-1"])
    assert data.representative_email == REP_EMAIL
    assert (data.scope_case_kinds, data.scope_cases) == (["klage"], ["A-1"])


def test_stored_with_document_and_audited_without_names(store: Store) -> None:
    with store.session() as session:
        row = add_fuldmagt(session, data=fuldmagt_in(), actor="anna",
                           document=Document("C:\\scan\\fuldmagt.pdf", PDF))
        fid = row.id
        entry, = audit.entries(session, action="fuldmagt.create")
        assert entry.actor == "anna" and entry.object_id == str(fid)
        assert entry.detail == {"type": "partsrepraesentant", "scope_all": True,
                                "document": True}
    with store.session() as session:
        stored = get_fuldmagt(session, fuldmagt_id=fid)
        assert stored.document == PDF and stored.document_filename == "fuldmagt.pdf"
        assert stored.document_content_type == "application/pdf"
        assert stored.document_sha256 == hashlib.sha256(PDF).hexdigest()
        assert stored.document_size == len(PDF) and stored.representative_key == "rikke munk"
        assert stored.created_by == "anna" and not stored.revoked


@pytest.mark.parametrize(("data", "limit", "words"), [
    (b"", 100, "tomt"),
    (PDF * 10, 100, "grænsen er 100 byte"),
    (b"MZ\x90\x00 not a pdf", 100, "PDF eller et billede"),
    (b"<html>%PDF-</html>", 100, "PDF eller et billede"),
])
def test_bad_documents_are_refused(store: Store, data: bytes, limit: int, words: str) -> None:
    with store.session() as session, pytest.raises(FuldmagtError, match=words):
        add_fuldmagt(session, data=fuldmagt_in(), actor="anna",
                     document=Document("fuldmagt.pdf", data), max_bytes=limit)


def test_the_type_of_a_document_is_read_from_its_bytes(store: Store) -> None:
    with store.session() as session:
        row = add_fuldmagt(session, data=fuldmagt_in(), actor="anna",
                           document=Document("fuldmagt.pdf", PNG))
        assert row.document_content_type == "image/png"


def test_revoke_keeps_who_and_when_and_refuses_twice(store: Store) -> None:
    with store.session() as session:
        row = add(session)
        revoke_fuldmagt(session, fuldmagt_id=row.id, actor="tove")
        assert row.revoked and row.revoked_by == "tove" and row.revoked_at is not None
        assert [e.actor for e in audit.entries(session, action="fuldmagt.revoke")] == ["tove"]
        with pytest.raises(FuldmagtError, match="allerede tilbagekaldt"):
            revoke_fuldmagt(session, fuldmagt_id=row.id, actor="tove")
        with pytest.raises(FuldmagtError, match="findes ikke"):
            revoke_fuldmagt(session, fuldmagt_id=row.id + 100, actor="tove")


def test_listing_filters(store: Store) -> None:
    with store.session() as session:
        first = add(session)
        second = add(session, representative_name="Advokat Ørnulf Æbelø",
                     representative_email="oe@example.dk", representative_type="advokat",
                     citizen_ref="JC-2026-0999")

        def ids(**filters: Any) -> list[int]:
            return [f.id for f in list_fuldmagter(session, **filters)]

        assert ids() == [second.id, first.id]
        assert ids(citizen_ref="jc-2026-08") == [first.id]
        assert ids(representative="ØRNULF") == [second.id]
        assert ids(representative="raadgiver.example") == [first.id]
        assert ids(representative="100%_") == []
        revoke_fuldmagt(session, fuldmagt_id=first.id, actor="anna")
        assert ids(include_revoked=False) == [second.id]


def test_given_to_the_writer(store: Store) -> None:
    with store.session() as session:
        by_mail = add(session)
        by_name = add(session, representative_name="Advokat Jens Holt",
                      representative_email=None, representative_type="advokat")
        assert [f.id for f in of_representative(session, email=REP_EMAIL.upper(),
                                                sender_name="")] == [by_mail.id]
        assert [f.id for f in of_representative(session, email="",
                                                sender_name="jens holt")] == [by_name.id]
        assert [f.id for f in of_representative(session, email="jh@example.dk",
                                                sender_name="Adv. Jens Holt")] == [by_name.id]
        assert of_representative(session, email="other@example.dk",
                                 sender_name=REP_NAME) == []
        assert of_representative(session, email="", sender_name="") == []


@pytest.mark.parametrize(("name", "key"), [
    ("Advokat Charlotte Wied", "charlotte wied"),
    ("  RIKKE   munk ", "rikke munk"),
    ("Socialrådgiver, cand.jur. Ea Ø", "ea ø"),
    ("Advokat", ""),
])
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@given(st.text(max_size=80))
def test_name_key_twice_is_once(name: str) -> None:
    assert name_key(name_key(name)) == name_key(name)
