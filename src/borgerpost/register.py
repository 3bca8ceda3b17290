"""The staff register: who counts as staff, read from ``name,role,unit,aliases`` CSV.

Aliases are separated by ``;``. A malformed file raises ``StaffRegisterError`` naming the
line, and nothing is loaded: a half-read register would silently stop protecting people.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from borgerpost.errors import StaffRegisterError

REQUIRED_COLUMNS = ("name", "role", "unit")
OPTIONAL_COLUMNS = ("aliases", "email", "designated_colleague")


@dataclass(frozen=True, slots=True)
class StaffMember:
    """One person in the register."""

    name: str
    role: str
    unit: str
    aliases: tuple[str, ...] = ()
    email: str = ""
    # Username of the colleague who gets mail about shielded staff of this unit (optional;
    # every row of a unit that gives one must give the same).
    designated_colleague: str = ""

    @property
    def first_name(self) -> str:
        return self.name.split()[0]

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def read_register(path: Path) -> list[StaffMember]:
    """Read a register file (UTF-8, with or without BOM)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise StaffRegisterError(f"kan ikke læse {path}: {exc.strerror}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StaffRegisterError(f"{path} er ikke UTF-8 (byte {exc.start})") from exc
    return parse_register(text)


def parse_register(text: str) -> list[StaffMember]:
    """Parse register CSV text; the first row must be the header."""
    reader = csv.reader(io.StringIO(text))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise StaffRegisterError("tom fil: mangler overskriften name,role,unit,aliases") from None
    except csv.Error as exc:
        raise StaffRegisterError(f"ugyldig CSV: {exc}", line=1) from exc
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise StaffRegisterError(f"mangler kolonne(r): {', '.join(missing)}", line=1)
    return list(_rows(reader, header))


def _rows(reader: Iterable[list[str]], header: list[str]) -> Iterable[StaffMember]:
    line = 1
    iterator = iter(reader)
    while True:
        line += 1
        try:
            row = next(iterator)
        except StopIteration:
            return
        except csv.Error as exc:
            raise StaffRegisterError(f"ugyldig CSV: {exc}", line=line) from exc
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            raise StaffRegisterError(
                f"{len(row)} felter, men overskriften har {len(header)}", line=line
            )
        yield _member(dict(zip(header, row, strict=False)), line)


def _member(fields: dict[str, str], line: int) -> StaffMember:
    name = " ".join((fields.get("name") or "").split())
    if not name:
        raise StaffRegisterError("navn mangler", line=line)
    unit = (fields.get("unit") or "").strip()
    if not unit:
        raise StaffRegisterError(f"enhed mangler for {name}", line=line)
    aliases = tuple(a.strip() for a in (fields.get("aliases") or "").split(";") if a.strip())
    return StaffMember(
        name=name,
        role=(fields.get("role") or "").strip(),
        unit=unit,
        aliases=aliases,
        email=(fields.get("email") or "").strip(),
        designated_colleague=(fields.get("designated_colleague") or "").strip().lower(),
    )
