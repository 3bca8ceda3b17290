"""``verify_package``: does an evidence package still hold exactly what was exported?

Checks, each naming the file it fails on:

1. ``manifest.json`` hashes to the value in ``manifest.sha256``;
2. every file the manifest lists is there with its SHA-256 and size, and nothing else is;
3. every item's text file hashes to its ``content_sha256`` and its WARC to ``warc_sha256``;
4. every WARC record's own block and payload digests hold (``monitor.evidence.read_warc``),
   so the fetched bytes inside the WARC are intact, not only the file around them.

A folder or a .zip (as downloaded from the web app) is read the same way, into memory and
never extracted, so a hostile zip cannot write anywhere. What is not a package at all
(no manifest, unreadable zip) raises ``PackageError``; a package that fails a check is a
failed ``VerifyResult``, because that is the answer the caller asked for.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from borgerpost.errors import MonitorError, PackageError
from borgerpost.monitor.evidence import read_warc
from borgerpost.monitor.model import sha256_hex
from borgerpost.monitor.package import MANIFEST, MANIFEST_SUM

_SUM_LINE = re.compile(rb"[0-9a-f]{64}  manifest\.json\n")


@dataclass(frozen=True, slots=True)
class Problem:
    """One failed check: the file it is about and what is wrong (Danish)."""

    path: str
    text: str

    def line(self) -> str:
        return f"{self.path}: {self.text}"


@dataclass(frozen=True)
class VerifyResult:
    """The answer: ``ok`` only when every check passed."""

    package_id: str
    files_checked: int
    items_checked: int
    problems: tuple[Problem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def failed_files(self) -> list[str]:
        """The files named by the problems, each once, in order."""
        return list(dict.fromkeys(p.path for p in self.problems))


def _read_folder(path: Path) -> dict[str, bytes]:
    return {p.relative_to(path).as_posix(): p.read_bytes()
            for p in sorted(path.rglob("*")) if p.is_file()}


def _read_zip(path: Path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(path) as archive:
            files = {info.filename: archive.read(info) for info in archive.infolist()
                     if not info.is_dir()}
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"{path}: ikke en læsbar zip-fil ({exc})") from exc
    tops = {name.split("/", 1)[0] for name in files}
    if len(tops) == 1 and all("/" in name for name in files):
        top = tops.pop() + "/"
        return {name.removeprefix(top): data for name, data in files.items()}
    return files


def read_package(path: Path) -> dict[str, bytes]:
    """Every file of the package at ``path`` (folder or zip) by its path inside it."""
    if path.is_dir():
        files = _read_folder(path)
    elif path.is_file():
        files = _read_zip(path)
    else:
        raise PackageError(f"{path} findes ikke")
    if MANIFEST not in files:
        raise PackageError(f"{path}: ingen {MANIFEST} – ikke en bevispakke")
    return files


def _manifest(files: dict[str, bytes], problems: list[Problem]) -> dict[str, Any]:
    digest = sha256_hex(files[MANIFEST])
    written = files.get(MANIFEST_SUM)
    if written is None:
        problems.append(Problem(MANIFEST_SUM, "mangler"))
    elif not _SUM_LINE.fullmatch(written):
        problems.append(Problem(MANIFEST_SUM, "har ikke formen '<sha256>  manifest.json'"))
    elif written[:64].decode("ascii") != digest:
        problems.append(Problem(MANIFEST, "SHA-256 passer ikke med manifest.sha256 (en af de "
                                          "to filer er ændret)"))
    try:
        manifest = json.loads(files[MANIFEST].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        problems.append(Problem(MANIFEST, f"kan ikke læses som JSON ({exc})"))
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _check_files(files: dict[str, bytes], manifest: dict[str, Any],
                 problems: list[Problem]) -> int:
    listed = {str(e.get("path")): e for e in manifest.get("files", []) if isinstance(e, dict)}
    for path, entry in listed.items():
        data = files.get(path)
        if data is None:
            problems.append(Problem(path, "mangler i pakken"))
        elif sha256_hex(data) != entry.get("sha256") or len(data) != entry.get("size"):
            problems.append(Problem(path, "SHA-256 eller størrelse passer ikke med manifestet"))
    for path in sorted(set(files) - set(listed) - {MANIFEST, MANIFEST_SUM}):
        problems.append(Problem(path, "står ikke i manifestet"))
    return len(listed) + 2  # and the manifest with its sum


def _check_item(files: dict[str, bytes], item: dict[str, Any],
                problems: list[Problem]) -> None:
    text_path, warc_path = str(item.get("text_file")), str(item.get("warc_file"))
    text, warc = files.get(text_path), files.get(warc_path)
    if text is None:
        problems.append(Problem(text_path, "tekstfilen mangler"))
    elif sha256_hex(text) != item.get("content_sha256"):
        problems.append(Problem(text_path, "teksten passer ikke med content_sha256"))
    if warc is None:
        problems.append(Problem(warc_path, "WARC-filen mangler"))
        return
    if sha256_hex(warc) != item.get("warc_sha256"):
        problems.append(Problem(warc_path, "WARC-filen passer ikke med warc_sha256"))
    try:
        read_warc(warc)
    except MonitorError as exc:
        problems.append(Problem(warc_path, str(exc)))


def verify_package(path: Path) -> VerifyResult:
    """Check the package at ``path`` (folder or .zip); see the module docstring."""
    files = read_package(path)
    problems: list[Problem] = []
    manifest = _manifest(files, problems)
    files_checked = _check_files(files, manifest, problems)
    items = [i for i in manifest.get("items", []) if isinstance(i, dict)]
    if manifest and not items:
        problems.append(Problem(MANIFEST, "nævner ingen opslag"))
    for item in items:
        _check_item(files, item, problems)
    unique = tuple(dict.fromkeys(problems))
    return VerifyResult(str(manifest.get("package_id", "")), files_checked, len(items), unique)
