"""A monitor run end to end on an export: what is kept (with spans, staff and an audit row
each), what is only remembered by its hashes, and that a second run scans nothing while an
edited post becomes a new, linked version — in batches of any size."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from borgerpost.config import Settings
from borgerpost.monitor.model import item_key, sha256_hex
from borgerpost.monitor.runner import RunSummary, run_sources
from borgerpost.store import monitor as repo
from borgerpost.store.db import Store
from borgerpost.store.tables import AuditEntry, MonitorFinding, MonitorItem, MonitorSeen
from tests.monitor.conftest import DISCARDED, DOXXING, KEPT, NAMED_PLAIN, NAMED_THREAT

POSTS = [*KEPT, *DISCARDED]


def _export(path: Path, texts: list[str], ids: list[str] | None = None) -> Path:
    ids = ids or [str(n) for n in range(1, len(texts) + 1)]
    path.write_text("".join(
        json.dumps({"source": "fb", "id": i, "url": f"https://fb.example/g/{i}",
                    "author": "vred_borger", "text": t}, ensure_ascii=False) + "\n"
        for i, t in zip(ids, texts, strict=True)), encoding="utf-8")
    return path


def _source(store: Store, path: Path) -> int:
    with store.session() as session:
        return repo.add_source(session, name="Gruppen", kind="export_json",
                               location=str(path), actor="sif").id


def _run(store: Store, settings: Settings, batch_size: int = 3) -> RunSummary:
    return run_sources(store, settings=settings, batch_size=batch_size)


def _items(store: Store) -> list[MonitorItem]:
    with store.session() as session:
        return list(session.scalars(select(MonitorItem).order_by(MonitorItem.id)))


@pytest.mark.parametrize("batch_size", [1, 3, 500])
def test_only_posts_about_staff_are_kept(staffed: Store, settings: Settings, tmp_path: Path,
                                         batch_size: int) -> None:
    source_id = _source(staffed, _export(tmp_path / "e.jsonl", POSTS))
    summary = _run(staffed, settings, batch_size)
    assert (summary.scanned, summary.kept, summary.discarded, summary.skipped,
            summary.errors) == (len(POSTS), len(KEPT), len(DISCARDED), 0, 0)
    items = _items(staffed)
    assert [i.text for i in items] == list(KEPT)
    assert summary.kept_ids == [i.id for i in items]
    with staffed.session() as session:
        for item in items:
            assert (item.source_id, item.version, item.previous_id) == (source_id, 1, None)
            assert item.content_sha256 == sha256_hex(item.text) and len(item.warc_sha256) == 64
            spans = repo.item_spans(session, item_id=item.id)
            assert spans and all(item.text[s.start:s.end] == s.quote for s in spans)
            assert {s.label for s in spans} <= set(item.labels)
        audited = session.scalars(select(AuditEntry.object_id)
                                  .where(AuditEntry.action == "monitor.keep")
                                  .order_by(AuditEntry.id)).all()
        assert audited == [str(i.id) for i in items]
        seen = session.scalar(select(func.count(MonitorSeen.id)))
    assert seen == len(POSTS)
    assert items[0].staff_ids == [1] and items[0].author_handle == "vred_borger"


def test_a_second_run_scans_nothing(staffed: Store, settings: Settings,
                                    tmp_path: Path) -> None:
    _source(staffed, _export(tmp_path / "e.jsonl", POSTS))
    _run(staffed, settings)
    with staffed.session() as session:
        before = dict(session.execute(select(MonitorSeen.id, MonitorSeen.last_seen_at)).all())
    again = _run(staffed, settings)
    assert (again.scanned, again.kept, again.discarded, again.skipped) == (0, 0, 0, len(POSTS))
    assert len(_items(staffed)) == len(KEPT)
    with staffed.session() as session:
        after = dict(session.execute(select(MonitorSeen.id, MonitorSeen.last_seen_at)).all())
    assert after.keys() == before.keys()
    assert all(after[k] >= before[k] for k in before)


def test_an_edited_post_is_a_new_linked_version(staffed: Store, settings: Settings,
                                                tmp_path: Path) -> None:
    path = _export(tmp_path / "e.jsonl", [NAMED_PLAIN, DISCARDED[0]])
    _source(staffed, path)
    _run(staffed, settings)
    edited = NAMED_PLAIN + " Han er en klaphat."
    _export(path, [edited, DISCARDED[0]])
    summary = _run(staffed, settings)
    assert (summary.scanned, summary.kept, summary.skipped) == (1, 1, 1)
    first, second = _items(staffed)
    assert (first.text, first.version) == (NAMED_PLAIN, 1)
    assert (second.text, second.version, second.previous_id) == (edited, 2, first.id)
    assert first.item_key == second.item_key == item_key("fb|1")


def test_versions_and_repeats_within_one_batch(staffed: Store, settings: Settings,
                                               tmp_path: Path) -> None:
    texts = [NAMED_PLAIN, NAMED_THREAT, NAMED_PLAIN, DOXXING, DISCARDED[0]]
    _source(staffed, _export(tmp_path / "e.jsonl", texts, ids=["7", "7", "7", "7", "8"]))
    summary = _run(staffed, settings, batch_size=10)
    assert (summary.scanned, summary.kept, summary.skipped) == (4, 3, 1)  # the repeat
    items = _items(staffed)
    assert [(i.text, i.version) for i in items] == [
        (NAMED_PLAIN, 1), (NAMED_THREAT, 2), (DOXXING, 3)]
    assert [i.previous_id for i in items] == [None, items[0].id, items[1].id]
    assert summary.kept_ids == [i.id for i in items]
    with staffed.session() as session:
        owners = session.scalars(select(MonitorFinding.item_id).distinct()).all()
    assert sorted(owners) == [i.id for i in items]


def test_bad_rows_are_counted_and_the_rest_is_run(staffed: Store, settings: Settings,
                                                  tmp_path: Path) -> None:
    path = _export(tmp_path / "e.jsonl", [NAMED_PLAIN, DISCARDED[0]])
    path.write_text(path.read_text(encoding="utf-8") + "{ikke json\n", encoding="utf-8")
    _source(staffed, path)
    messages: list[str] = []
    summary = run_sources(staffed, settings=settings, on_error=messages.append)
    assert (summary.scanned, summary.kept, summary.errors) == (2, 1, 1)
    assert messages == [summary.messages[0]] and "række 3" in messages[0]
    assert summary.failed_sources == []


def test_an_unreadable_source_fails_alone(staffed: Store, settings: Settings,
                                          tmp_path: Path) -> None:
    gone = _export(tmp_path / "gone.jsonl", [NAMED_PLAIN])
    _source(staffed, gone)
    gone.unlink()
    with staffed.session() as session:
        repo.add_source(session, name="Anden", kind="export_json", actor="sif",
                        location=str(_export(tmp_path / "e.jsonl", [NAMED_THREAT])))
    summary = _run(staffed, settings)
    assert summary.failed_sources == ["Gruppen"] and (summary.kept, summary.sources) == (1, 2)
    with staffed.session() as session:
        errors = [s.last_error for s in repo.list_sources(session)]
    assert errors[0] and errors[1] is None
