"""The fuldmagt check on SQLite and PostgreSQL: matching, validity, scope, types, gating.

The message of the seed is received 4 March 2026; ``today`` is passed explicitly so the
validity window is tested at its edges without depending on the clock.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from borgerpost.route.apply import route_messages
from borgerpost.route.cases import case_requests_of
from borgerpost.route.fuldmagter import revoke_fuldmagt
from borgerpost.route.representation import (
    MISSING_FLAG,
    check_representation,
    fuldmagt_request_text,
    refresh,
    reply_allows_case_data,
)
from borgerpost.route.rules import load_rules
from borgerpost.store import audit
from borgerpost.store.db import Store
from borgerpost.store.findings import add_correction
from borgerpost.store.tables import Message, RepresentationCheck
from tests.route.representation_seed import (
    CITIZEN,
    CITIZEN_REF,
    RECEIVED,
    REP_EMAIL,
    REP_NAME,
    add,
    add_finding,
    add_message,
    representative_message,
)

DAY = timedelta(days=1)
RULES = load_rules()


def _status(session: Session, message: Message, today: date = RECEIVED) -> str | None:
    row = check_representation(session, message_pk=message.id, today=today)
    return row.status if row else None


def test_matched_by_email_any_case(store: Store) -> None:
    with store.session() as session:
        fuldmagt = add(session)
        message = representative_message(session, sender=REP_EMAIL.upper())
        row = check_representation(session, message_pk=message.id, today=RECEIVED)
        assert row is not None
        assert (row.status, row.fuldmagt_id, row.representative_type) == (
            "gyldig", fuldmagt.id, "partsrepraesentant")


def test_matched_by_name_for_a_letter_without_address(store: Store) -> None:
    with store.session() as session:
        add(session)
        letter = representative_message(session, sender="", sender_name="rikke  MUNK")
        assert _status(session, letter) == "gyldig"


def test_name_fallback_when_the_fuldmagt_has_no_address(store: Store) -> None:
    with store.session() as session:
        add(session, representative_email=None)
        message = representative_message(session, sender="rm@andet.example.org")
        assert _status(session, message) == "gyldig"


def test_two_addresses_are_two_people_even_with_one_name(store: Store) -> None:
    with store.session() as session:
        add(session)
        message = representative_message(session, sender="rikke.munk@andet.example.org")
        assert _status(session, message) == "mangler"


def test_a_fuldmagt_for_another_citizen_does_not_open_this_case(store: Store) -> None:
    with store.session() as session:
        add(session, citizen_name="Karen Lund Vestergaard", citizen_ref="JC-2025-0001")
        message = representative_message(session)
        row, result = refresh(session, message_pk=message.id, today=RECEIVED)
        assert row is not None and result is not None
        assert (row.status, row.fuldmagt_id, result.others) == ("mangler", None, 1)


def test_the_citizen_may_be_named_by_reference(store: Store) -> None:
    with store.session() as session:
        add(session)
        body = f"Vedrørende sag {CITIZEN_REF.lower()}: jeg er partsrepræsentant og beder om svar."
        message = representative_message(session, body=body)
        assert _status(session, message) == "gyldig"


@pytest.mark.parametrize(("valid_from", "valid_to", "today", "status"), [
    (RECEIVED, None, RECEIVED, "gyldig"),                       # first day counts
    (RECEIVED + DAY, None, RECEIVED, "mangler"),                # not yet valid
    (RECEIVED - 30 * DAY, RECEIVED, RECEIVED, "gyldig"),        # last day counts
    (RECEIVED - 30 * DAY, RECEIVED - DAY, RECEIVED, "udloebet"),
    (RECEIVED - 30 * DAY, RECEIVED - DAY, RECEIVED + 9 * DAY, "udloebet"),
    (RECEIVED + 3 * DAY, None, RECEIVED + 5 * DAY, "gyldig"),   # arrived after the message
    (RECEIVED + 3 * DAY, RECEIVED + 4 * DAY, RECEIVED + 5 * DAY, "mangler"),
])
def test_validity_window(store: Store, valid_from: date, valid_to: date | None, today: date,
                         status: str) -> None:
    with store.session() as session:
        add(session, valid_from=valid_from, valid_to=valid_to)
        message = representative_message(session)
        assert _status(session, message, today) == status


def test_revoked_blocks_and_names_the_revoked_fuldmagt(store: Store) -> None:
    with store.session() as session:
        fuldmagt = add(session)
        message = representative_message(session)
        assert _status(session, message) == "gyldig"
        revoke_fuldmagt(session, fuldmagt_id=fuldmagt.id, actor="anna")
        row = session.scalar(select(RepresentationCheck)
                             .where(RepresentationCheck.message_pk == message.id))
        assert row is not None and (row.status, row.fuldmagt_id) == ("tilbagekaldt",
                                                                     fuldmagt.id)
        assert MISSING_FLAG in message.flags


def test_a_revoked_lawyer_is_blocked_too(store: Store) -> None:
    with store.session() as session:
        fuldmagt = add(session, representative_type="advokat")
        revoke_fuldmagt(session, fuldmagt_id=fuldmagt.id, actor="anna")
        message = representative_message(session)
        assert _status(session, message) == "tilbagekaldt"


def test_a_new_fuldmagt_after_a_revoked_one_is_valid(store: Store) -> None:
    with store.session() as session:
        old = add(session)
        revoke_fuldmagt(session, fuldmagt_id=old.id, actor="anna")
        new = add(session)
        message = representative_message(session)
        row = check_representation(session, message_pk=message.id, today=RECEIVED)
        assert row is not None and (row.status, row.fuldmagt_id) == ("gyldig", new.id)


@pytest.mark.parametrize(("scope", "kinds", "body_extra", "status"), [
    ({"scope_all": False, "scope_case_kinds": ["klage"]}, ("klage",), "", "gyldig"),
    ({"scope_all": False, "scope_case_kinds": ["klage"]}, ("klage", "aktindsigt"), "",
     "mangler"),
    ({"scope_all": False, "scope_case_kinds": ["klage", "aktindsigt"]}, ("aktindsigt",), "",
     "gyldig"),
    ({"scope_all": False, "scope_case_kinds": ["klage"]}, (), "", "mangler"),
    ({"scope_all": False, "scope_cases": ["SAG 77-31"]}, ("klage",), " Sagen er sag 77-31.",
     "gyldig"),
    ({"scope_all": False, "scope_cases": ["SAG 77-31"]}, ("klage",), " Sagen er 77-32.",
     "mangler"),
    ({"scope_all": True}, (), "", "gyldig"),
])
def test_scope(store: Store, scope: dict[str, object], kinds: tuple[str, ...],
               body_extra: str, status: str) -> None:
    with store.session() as session:
        add(session, **scope)
        message = representative_message(session, kinds=kinds,
                                         body=f"Jeg er partsrepræsentant for {CITIZEN}."
                                         + body_extra)
        assert _status(session, message) == status


def test_a_lawyer_needs_no_fuldmagt(store: Store) -> None:
    with store.session() as session:
        message = representative_message(
            session, sender="kontakt@holmadvokater.example.com", sender_name="Mads Holm",
            body=f"Som advokat for {CITIZEN} klager jeg over afgørelsen.", kinds=("klage",))
        row = check_representation(session, message_pk=message.id, today=RECEIVED)
        assert row is not None
        assert (row.status, row.representative_type) == ("ikke_kraevet", "advokat")
        assert reply_allows_case_data(session, message_pk=message.id, today=RECEIVED)


def test_a_union_social_worker_needs_no_fuldmagt(store: Store) -> None:
    with store.session() as session:
        message = representative_message(
            session, sender="lone@gmail.example.com", sender_name="Lone Dahl",
            body=f"Jeg er socialrådgiver i 3F og skriver om vores medlem {CITIZEN}.")
        assert _status(session, message) == "ikke_kraevet"


@pytest.mark.parametrize(("kinds", "status"), [
    (("moede",), "ikke_kraevet"),            # only attending a meeting
    (("moede", "aktindsigt"), "mangler"),    # anything beyond needs the citizen's consent
    (("status",), "mangler"),
    ((), "mangler"),                         # asks for nothing we can name: not exempt
])
def test_bisidder(store: Store, kinds: tuple[str, ...], status: str) -> None:
    with store.session() as session:
        message = representative_message(
            session, kinds=kinds, sender="b@mail.example.org", sender_name="Bo Krag",
            body=f"Jeg er bisidder for {CITIZEN} og kommer med til mødet.", quote="bisidder")
        row = check_representation(session, message_pk=message.id, today=RECEIVED)
        assert row is not None and (row.status, row.representative_type) == (status,
                                                                              "bisidder")


def test_the_registered_type_beats_the_words_of_the_message(store: Store) -> None:
    with store.session() as session:
        add(session, representative_type="advokat", valid_from=RECEIVED - 90 * DAY,
            valid_to=RECEIVED - 10 * DAY)
        message = representative_message(session)  # says "partsrepræsentant"
        assert _status(session, message) == "ikke_kraevet"


def test_not_labelled_means_no_check_and_case_data_allowed(store: Store) -> None:
    with store.session() as session:
        message = add_message(session)
        add_finding(session, message, "case_request", case_kind="aktindsigt")
        assert check_representation(session, message_pk=message.id, today=RECEIVED) is None
        assert reply_allows_case_data(session, message_pk=message.id, today=RECEIVED)


def test_removing_the_label_drops_the_check(store: Store) -> None:
    with store.session() as session:
        message = representative_message(session)
        assert _status(session, message) == "mangler"
        add_correction(session, message_pk=message.id, label="representative",
                       action="remove", actor="anna")
        assert _status(session, message) is None
        assert session.scalar(select(func.count()).select_from(RepresentationCheck)) == 0


def test_checking_is_idempotent_and_audited_once_per_outcome(store: Store) -> None:
    with store.session() as session:
        message = representative_message(session)
        for _ in range(3):
            assert _status(session, message) == "mangler"
        rows = session.scalar(select(func.count()).select_from(RepresentationCheck))
        logged = audit.entries(session, action="message.representation")
        assert rows == 1 and len(logged) == 1
        assert logged[0].detail == {"status": "mangler", "fuldmagt": None,
                                    "type": "partsrepraesentant"}
        add(session)  # registering re-checks the representative's messages
        assert [e.detail["status"] for e in
                audit.entries(session, action="message.representation")] == ["mangler",
                                                                             "gyldig"]


def test_without_fuldmagt_the_reply_is_the_letter_and_the_request_still_opens(
    store: Store,
) -> None:
    with store.session() as session:
        message = representative_message(session, subject="Aktindsigt for min klient")
        route_messages(session, message_pks=[message.id], rules=RULES)
        assert MISSING_FLAG in message.flags and "partsrepraesentant" in message.flags
        assert not reply_allows_case_data(session, message_pk=message.id, today=RECEIVED)
        (case,) = case_requests_of(session, message_pk=message.id)
        assert (case.kind, case.status, case.received_on) == ("aktindsigt", "open", RECEIVED)
        assert case.due_on == date(2026, 3, 13)  # 7 working days
        letter = fuldmagt_request_text(session, message_pk=message.id, today=RECEIVED)
        assert "forvaltningsloven § 8" in letter
        assert letter.startswith("Emne: Vedr. din henvendelse af 4. marts 2026")
        assert f"Kære {REP_NAME}" in letter and "(Aktindsigt for min klient)" in letter
        assert "er registreret" in letter and "selv kontakte os direkte" in letter
        assert "Vi har ikke modtaget en fuldmagt" in letter
        assert CITIZEN not in letter  # the letter itself gives nothing from the case


def test_registering_then_revoking_moves_the_flag_and_the_gate(store: Store) -> None:
    with store.session() as session:
        message = representative_message(session)
        route_messages(session, message_pks=[message.id], rules=RULES)
        fuldmagt = add(session)
        assert MISSING_FLAG not in message.flags
        assert reply_allows_case_data(session, message_pk=message.id)
        revoke_fuldmagt(session, fuldmagt_id=fuldmagt.id, actor="anna")
        assert MISSING_FLAG in message.flags
        assert not reply_allows_case_data(session, message_pk=message.id)
        letter = fuldmagt_request_text(session, message_pk=message.id)
        assert "er tilbagekaldt" in letter


def test_the_letter_for_an_expired_fuldmagt_says_until_when(store: Store) -> None:
    with store.session() as session:
        add(session, valid_from=date(2025, 3, 1), valid_to=date(2026, 2, 28))
        message = representative_message(session)
        letter = fuldmagt_request_text(session, message_pk=message.id, today=RECEIVED)
        assert "gjaldt kun til og med 28. februar 2026" in letter


def test_routing_twice_changes_nothing_the_second_time(store: Store) -> None:
    with store.session() as session:
        message = representative_message(session)
        first = route_messages(session, message_pks=[message.id], rules=RULES)
        again = route_messages(session, message_pks=[message.id], rules=RULES)
        assert first[0].changed and not again[0].changed
        assert len(audit.entries(session, action="message.route")) == 1
