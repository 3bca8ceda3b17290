"""The audit log: rows are appended with who/what/when, and free text is refused."""

from __future__ import annotations

import pytest

from borgerpost.store import audit
from borgerpost.store.db import Store


def test_record_and_read_back(store: Store) -> None:
    with store.session() as session:
        audit.record(session, actor="anna", action="message.view", object_type="message",
                     object_id=7, detail={"channel": "page"})
        audit.record(session, actor="bent", action="attachment.download",
                     object_type="attachment", object_id="3", detail={"message": 7})
    with store.session() as session:
        rows = audit.entries(session)
        assert [(r.actor, r.action, r.object_id, r.detail) for r in rows] == [
            ("anna", "message.view", "7", {"channel": "page"}),
            ("bent", "attachment.download", "3", {"message": 7}),
        ]
        assert all(r.at is not None for r in rows)
        assert [r.actor for r in audit.entries(session, object_id=7)] == ["anna"]
        assert [r.actor for r in audit.entries(session, action="attachment.download")] == ["bent"]


@pytest.mark.parametrize("detail", [
    {"channel": "page"},
    {"message": 12, "ok": True, "score": 0.5, "none": None},
    {"filters": ["text", "sender"]},
    {"assignee": "anna.b@kommune.dk"},
])
def test_ids_and_field_names_are_accepted(detail: dict[str, object]) -> None:
    assert audit._checked_detail(detail) == detail  # type: ignore[arg-type]


@pytest.mark.parametrize("detail", [
    {"q": "010190-1234"},
    {"text": "Jeg bor på Vestergade 12"},
    {"filters": ["text", "du skal dø"]},
    {"note": ""},
    {"has space": "x"},
    {"blob": {"nested": 1}},
])
def test_free_text_in_detail_is_refused(detail: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="audit detail"):
        audit._checked_detail(detail)  # type: ignore[arg-type]
