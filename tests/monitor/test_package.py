"""Evidence packages: build → verify round trip on both back ends, one changed byte in any
file fails verify naming that file, the rules are chosen per label and only ever "kan
være relevant", and the manifest carries each item's chain of custody."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from borgerpost.errors import PackageError
from borgerpost.monitor.custody import record_view
from borgerpost.monitor.laws import DISCLAIMER, MAY_BE_RELEVANT, sections_for
from borgerpost.monitor.model import sha256_hex
from borgerpost.monitor.package import build_package, zip_of
from borgerpost.monitor.verify import read_package, verify_package
from borgerpost.store.db import Store
from borgerpost.store.tables import AuditEntry, MonitorItem
from tests.monitor.kept import DOXXING_THREAT, SHAMING, add_staff, keep, source

FILES = ("rapport.pdf", "rapport.html", "manifest.json", "manifest.sha256")


def _seed(store: Store) -> dict[str, int]:
    """Two posts about one staff member; the shaming post in two versions."""
    with store.session() as session:
        staff = add_staff(session)
        src = source(session)
        threat = keep(session, source_id=src, staff_ids=[staff], post=DOXXING_THREAT).id
        first = keep(session, source_id=src, staff_ids=[staff], post=SHAMING).id
        edited = SHAMING.__class__(SHAMING.text + " Og hun lyver.", SHAMING.labels,
                                   SHAMING.spans, SHAMING.url)
        second = keep(session, source_id=src, staff_ids=[staff], post=edited).id
        record_view(session, actor="sif", item_id=threat, channel="page")
        session.commit()
    return {"threat": threat, "shaming_v1": first, "shaming_v2": second, "staff": staff}


def _build(store: Store, out: Path, ids: list[int]) -> Path:
    with store.session() as session:
        folder = build_package(session, item_ids=ids, actor="sif", out_dir=out)
        session.commit()
    return folder


def test_round_trip_on_both_back_ends(store: Store, tmp_path: Path) -> None:
    ids = _seed(store)
    folder = _build(store, tmp_path, [ids["threat"], ids["shaming_v2"]])
    for path in (folder, zip_of(folder)):
        result = verify_package(path)
        assert result.ok, result.problems
        assert (result.files_checked, result.items_checked) == (8, 2)
        assert result.package_id == folder.name
    files = read_package(folder)
    manifest = json.loads(files["manifest.json"])
    assert files["manifest.sha256"].decode() == (
        f"{sha256_hex(files['manifest.json'])}  manifest.json\n")
    assert sorted(f["path"] for f in manifest["files"]) == sorted(
        [*FILES[:2], f"items/{ids['threat']}.txt", f"items/{ids['threat']}.warc.gz",
         f"items/{ids['shaming_v2']}.txt", f"items/{ids['shaming_v2']}.warc.gz"])
    with store.session() as session:
        threat = session.get(MonitorItem, ids["threat"])
        assert threat is not None and threat.status == "eksporteret"
        item = manifest["items"][0]
        assert (item["id"], item["content_sha256"], item["warc_sha256"], item["url"]) == (
            threat.id, threat.content_sha256, threat.warc_sha256, threat.url)
        assert files[f"items/{threat.id}.txt"] == threat.text.encode("utf-8")
        assert files[f"items/{threat.id}.warc.gz"] == threat.warc
    assert item["retrieved_at"] == "2026-03-05T09:30:12Z"
    assert item["staff"] == [{"id": ids["staff"], "name": "Hanne Lykke", "unit": "Sygedagpenge"}]
    assert [v["version"] for v in manifest["items"][1]["versions"]] == [1, 2]
    assert (manifest["created_by"], manifest["format"]) == ("sif", "borgerpost-bevispakke/1")


def test_manifest_lists_custody_and_the_log_keeps_the_manifest_hash(
    sqlite_store: Store, tmp_path: Path
) -> None:
    ids = _seed(sqlite_store)
    folder = _build(sqlite_store, tmp_path, [ids["threat"]])
    files = read_package(folder)
    custody = json.loads(files["manifest.json"])["items"][0]["custody"]
    assert [(c["actor"], c["action"], c["package"]) for c in custody] == [
        ("monitor", "monitor.keep", None), ("sif", "monitor.view", None),
        ("sif", "monitor.export", folder.name), ("sif", "monitor.status", None)]
    assert custody[3]["status"] == "ny → eksporteret"
    with sqlite_store.session() as session:
        logged = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "monitor.package")).one()
    assert logged.object_id == folder.name
    assert logged.detail["manifest"] == f"sha256:{sha256_hex(files['manifest.json'])}"
    assert logged.detail["items"] == [ids["threat"]]
    html = files["rapport.html"].decode()
    assert f"pakke {folder.name}" in html and "eksporteret i bevispakke" in html


def _named(name: str) -> set[str]:
    """The files a problem may name when ``name`` was changed: a changed sum cannot be told
    from a changed manifest when both still have their form."""
    return {"manifest.json", name} if name == "manifest.sha256" else {name}


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset % len(data)] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.fixture
def package(sqlite_store: Store, tmp_path: Path) -> tuple[Path, int]:
    ids = _seed(sqlite_store)
    return _build(sqlite_store, tmp_path / "out", [ids["threat"]]), ids["threat"]


@pytest.mark.parametrize("name", [*FILES, "items/{id}.txt", "items/{id}.warc.gz"])
def test_one_changed_byte_fails_verify_naming_the_file(
    package: tuple[Path, int], name: str
) -> None:
    folder, item_id = package
    target = name.format(id=item_id)
    _flip(folder / target, len((folder / target).read_bytes()) // 2)
    result = verify_package(folder)
    assert not result.ok
    assert result.failed_files[0] in _named(target)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_changed_byte_in_the_zip_fails_verify(
    package: tuple[Path, int], tmp_path: Path, data: st.DataObject
) -> None:
    folder, item_id = package
    names = [*FILES, f"items/{item_id}.txt", f"items/{item_id}.warc.gz"]
    name = data.draw(st.sampled_from(names))
    content = (folder / name).read_bytes()
    offset = data.draw(st.integers(0, len(content) - 1))
    bit = data.draw(st.sampled_from([0x01, 0x80, 0xFF]))
    changed = bytearray(content)
    changed[offset] ^= bit
    target = tmp_path / "changed.zip"
    with zipfile.ZipFile(zip_of(folder)) as original, zipfile.ZipFile(target, "w") as copy:
        for info in original.infolist():
            inner = info.filename.split("/", 1)[1]
            copy.writestr(info, bytes(changed) if inner == name else original.read(info))
    result = verify_package(target)
    assert not result.ok
    assert _named(name) & set(result.failed_files)


def test_an_added_or_missing_file_fails(package: tuple[Path, int], tmp_path: Path) -> None:
    folder, _ = package
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    (copy / "items" / "extra.txt").write_text("tilføjet bagefter")
    assert verify_package(copy).failed_files == ["items/extra.txt"]
    (copy / "items" / "extra.txt").unlink()
    (copy / "rapport.html").unlink()
    assert verify_package(copy).failed_files == ["rapport.html"]


def test_not_a_package(tmp_path: Path) -> None:
    with pytest.raises(PackageError, match="findes ikke"):
        verify_package(tmp_path / "nowhere.zip")
    (tmp_path / "empty").mkdir()
    with pytest.raises(PackageError, match=r"ingen manifest\.json"):
        verify_package(tmp_path / "empty")
    (tmp_path / "junk.zip").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(PackageError, match="zip"):
        verify_package(tmp_path / "junk.zip")


def test_unknown_or_no_items_are_refused(sqlite_store: Store, tmp_path: Path) -> None:
    ids = _seed(sqlite_store)
    with sqlite_store.session() as session:
        with pytest.raises(PackageError, match="#999"):
            build_package(session, item_ids=[ids["threat"], 999], actor="sif",
                          out_dir=tmp_path / "out")
        with pytest.raises(PackageError, match="mindst ét"):
            build_package(session, item_ids=[], actor="sif", out_dir=tmp_path / "out")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("labels", "staff", "codes"), [
    ({"doxxing", "staff_named"}, True, ["§ 264 d"]),
    ({"threat"}, True, ["§ 266", "§ 119"]),
    ({"threat"}, False, ["§ 266"]),
    ({"insult", "staff_named"}, True, ["§ 119 a"]),
    ({"exposure"}, True, ["§ 119 a"]),
    ({"offensive"}, True, ["§ 119 a"]),
    ({"insult"}, False, []),
    ({"doxxing", "threat", "exposure"}, True, ["§ 264 d", "§ 266", "§ 119", "§ 119 a"]),
    ({"staff_named"}, True, []),
    ({"criticism", "staff_named"}, True, []),
    ({"self_harm"}, True, []),
])
def test_rules_are_chosen_per_label(labels: set[str], staff: bool, codes: list[str]) -> None:
    sections = sections_for(labels, staff_affected=staff)
    assert [s.code for s in sections] == codes
    assert all(s.heading.endswith(f"({MAY_BE_RELEVANT})") for s in sections)


def test_report_says_may_be_relevant_and_never_declares_a_crime(
    package: tuple[Path, int]
) -> None:
    folder, _ = package
    html = (folder / "rapport.html").read_text(encoding="utf-8")
    assert DISCLAIMER in html
    for code in ("§ 264 d", "§ 266", "§ 119 "):
        assert f"Straffelovens {code}" in html
    assert "§ 119 a" not in html  # the threat post is not labelled insult or exposure
    assert html.count(f"({MAY_BE_RELEVANT})") == 3
    for verdict in ("er skyldig", "har overtrådt", "overtrædelse af", "er strafbart."):
        assert verdict not in html
    assert (folder / "rapport.pdf").read_bytes().startswith(b"%PDF-")


def test_post_text_is_escaped_in_the_report(sqlite_store: Store, tmp_path: Path) -> None:
    ids = _seed(sqlite_store)
    folder = _build(sqlite_store, tmp_path / "out", [ids["shaming_v1"]])
    html = (folder / "rapport.html").read_text(encoding="utf-8")
    assert "<b>uden</b>" not in html and "&lt;b&gt;uden&lt;/b&gt; hjerte &amp; forstand" in html
    assert '<mark title="Krænkende: nedsættende betegnelse">inkompetent klovn</mark>' in html
    assert "Straffelovens § 119 a" in html
