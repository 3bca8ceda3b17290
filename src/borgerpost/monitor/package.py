"""``build_package``: kept items → an evidence package for a police report.

A package is a folder (and a .zip of it) that verifies itself:

    rapport.pdf, rapport.html     the report in Danish (``monitor.report``, ``monitor.pdf``)
    items/<id>.txt                the exact text, UTF-8, as kept (its SHA-256 is content_sha256)
    items/<id>.warc.gz            the frozen WARC of what was fetched (SHA-256 is warc_sha256)
    manifest.json                 the package, every file's SHA-256 and size, every item's
                                  ids, hashes, URLs, times, staff, labels and custody
    manifest.sha256               the manifest's own SHA-256, in ``sha256sum -c`` form

The export is audited per item (``monitor.export`` with the package id) BEFORE the
manifest is written, so the manifest's custody lists its own export; one more entry
(``monitor.package``) keeps the manifest's SHA-256 in the append-only log, so a package
can later be checked against the database it came from. The caller commits.
"""

from __future__ import annotations

import json
import secrets
import shutil
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from borgerpost import __version__
from borgerpost.errors import PackageError
from borgerpost.monitor.custody import record_export
from borgerpost.monitor.exhibits import Exhibit, load_exhibits
from borgerpost.monitor.laws import MAY_BE_RELEVANT
from borgerpost.monitor.model import sha256_hex
from borgerpost.monitor.pdf import render_pdf
from borgerpost.monitor.report import PackageInfo, render_html, text_file, warc_file
from borgerpost.store import audit
from borgerpost.store.monitor import set_status
from borgerpost.store.tables import utcnow

FORMAT = "borgerpost-bevispakke/1"
MANIFEST = "manifest.json"
MANIFEST_SUM = "manifest.sha256"
PACKAGE_OBJECT = "monitor_package"
PACKAGE_ACTION = "monitor.package"
EXPORTED = "eksporteret"


def new_package_id(now: datetime) -> str:
    """``bevis-20260305T093012Z-3f2a1b``: sortable by time, unique by its random tail."""
    return f"bevis-{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def zip_of(folder: Path) -> Path:
    """The .zip written beside a package folder."""
    return folder.with_name(folder.name + ".zip")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def _item_entry(exhibit: Exhibit) -> dict[str, Any]:
    return {
        "id": exhibit.id, "source": {"id": exhibit.source_id, "name": exhibit.source_name,
                                     "kind": exhibit.source_kind},
        "item_key": exhibit.item_key, "version": exhibit.version,
        "previous_id": exhibit.previous_id, "url": exhibit.url,
        "parent_url": exhibit.parent_url, "author_handle": exhibit.author_handle,
        "posted_at": _iso(exhibit.posted_at), "retrieved_at": _iso(exhibit.retrieved_at),
        "kept_at": _iso(exhibit.kept_at), "content_sha256": exhibit.content_sha256,
        "warc_sha256": exhibit.warc_sha256, "text_file": text_file(exhibit),
        "warc_file": warc_file(exhibit), "labels": list(exhibit.labels),
        "staff": [{"id": s.id, "name": s.name, "unit": s.unit} for s in exhibit.staff],
        "findings": [{"label": s.label, "start": s.start, "end": s.end, "quote": s.quote,
                      "reason": s.reason, "rule": s.rule, "detector": s.detector}
                     for s in exhibit.spans],
        "may_be_relevant": [{"section": f"straffeloven {law.code}", "title": law.title,
                             "assessment": MAY_BE_RELEVANT} for law in exhibit.sections],
        "versions": [{"id": v.id, "version": v.version, "retrieved_at": _iso(v.retrieved_at),
                      "content_sha256": v.content_sha256} for v in exhibit.versions],
        "custody": [{"at": _iso(c.at), "actor": c.actor, "action": c.action,
                     "channel": c.channel or None, "package": c.package or None,
                     "status": c.status or None}
                    for c in exhibit.custody],
    }


def manifest_of(info: PackageInfo, exhibits: Sequence[Exhibit],
                files: dict[str, bytes]) -> dict[str, Any]:
    """The manifest: the package, its files (SHA-256, size) and its items."""
    return {
        "format": FORMAT, "package_id": info.package_id,
        "created_at": _iso(info.created_at), "created_by": info.created_by,
        "borgerpost_version": info.version,
        "note": "Pakken konstaterer ikke, at der er begået en strafbar handling; "
                f"de nævnte bestemmelser {MAY_BE_RELEVANT}.",
        "files": [{"path": path, "sha256": sha256_hex(data), "size": len(data)}
                  for path, data in sorted(files.items())],
        "items": [_item_entry(exhibit) for exhibit in exhibits],
    }


def package_files(info: PackageInfo, exhibits: Sequence[Exhibit]) -> dict[str, bytes]:
    """Every file of the package by its path inside it, manifest and its sum included."""
    files: dict[str, bytes] = {}
    for exhibit in exhibits:
        files[text_file(exhibit)] = exhibit.text.encode("utf-8")
        files[warc_file(exhibit)] = exhibit.warc
    files["rapport.html"] = render_html(info, list(exhibits)).encode("utf-8")
    files["rapport.pdf"] = render_pdf(info, list(exhibits))
    manifest = json.dumps(manifest_of(info, exhibits, files), ensure_ascii=False,
                          indent=2).encode("utf-8") + b"\n"
    files[MANIFEST] = manifest
    files[MANIFEST_SUM] = f"{sha256_hex(manifest)}  {MANIFEST}\n".encode("ascii")
    return files


def write_package(files: dict[str, bytes], folder: Path, created_at: datetime) -> Path:
    """Write ``files`` into ``folder`` (which must not exist) and zip it beside it."""
    if folder.exists() or zip_of(folder).exists():
        raise PackageError(f"{folder} findes allerede; vælg en anden mappe")
    partial = folder.with_name(f".{folder.name}.delvis")
    try:
        for path, data in files.items():
            target = partial / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        partial.rename(folder)
        stamp = created_at.timetuple()[:6]
        with zipfile.ZipFile(zip_of(folder), "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(files):
                archive.writestr(zipfile.ZipInfo(f"{folder.name}/{path}", stamp), files[path])
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise PackageError(f"kan ikke skrive bevispakken i {folder.parent}: {exc.strerror}") \
            from exc
    return folder


def _record(session: Session, exhibits: Sequence[Exhibit], actor: str, package_id: str,
            channel: str) -> None:
    for exhibit in exhibits:
        record_export(session, actor=actor, item_id=exhibit.id, package_id=package_id,
                      channel=channel)
        if exhibit.status != EXPORTED:
            set_status(session, item_id=exhibit.id, status=EXPORTED, actor=actor)
    session.flush()


def build_package(session: Session, *, item_ids: Sequence[int], actor: str, out_dir: Path,
                  channel: str = "cli") -> Path:
    """Write the evidence package of ``item_ids`` under ``out_dir``; returns its folder
    (the .zip is ``zip_of(folder)``). Audits the export and marks the items exported in
    ``session``; the caller commits (and must not hand the package out if that fails)."""
    if not item_ids:
        raise PackageError("vælg mindst ét opslag til bevispakken")
    checked = load_exhibits(session, item_ids)  # unknown ids fail before anything is written
    now = utcnow().replace(microsecond=0)
    info = PackageInfo(new_package_id(now), now, actor, __version__)
    _record(session, checked, actor, info.package_id, channel)
    exhibits = load_exhibits(session, item_ids)  # again: custody now holds this export
    files = package_files(info, exhibits)
    audit.record(session, actor=actor, action=PACKAGE_ACTION, object_type=PACKAGE_OBJECT,
                 object_id=info.package_id,
                 detail={"items": [e.id for e in exhibits], "channel": channel,
                         "manifest": f"sha256:{sha256_hex(files[MANIFEST])}"})
    out_dir.mkdir(parents=True, exist_ok=True)
    return write_package(files, out_dir / info.package_id, now)
