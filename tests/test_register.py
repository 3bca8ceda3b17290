"""The staff register parser: valid files, and malformed ones refused with the line named."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borgerpost.errors import StaffRegisterError
from borgerpost.register import StaffMember, parse_register, read_register

HEADER = "name,role,unit,aliases\n"


@pytest.mark.parametrize(("text", "expected"), [
    (HEADER + "Anna Holm,sagsbehandler,Sygedagpenge,\n",
     [StaffMember("Anna Holm", "sagsbehandler", "Sygedagpenge")]),
    (HEADER + "Bo Thygesen,teamleder,Fleksjob,Bo T.;BT\n",
     [StaffMember("Bo Thygesen", "teamleder", "Fleksjob", ("Bo T.", "BT"))]),
    (HEADER + '"Hansen, Jens Peter",sagsbehandler,Kontanthjælp,"Jens P.; JPH ;"\n',
     [StaffMember("Hansen, Jens Peter", "sagsbehandler", "Kontanthjælp", ("Jens P.", "JPH"))]),
    (HEADER + "  Lise   Kamper ,  leder , Ledelse ,\n",
     [StaffMember("Lise Kamper", "leder", "Ledelse")]),
    ("NAME,Unit,Role\nAnna Holm,Sygedagpenge,sagsbehandler\n",
     [StaffMember("Anna Holm", "sagsbehandler", "Sygedagpenge")]),
    (HEADER + "Anna Holm,sagsbehandler,Sygedagpenge\n",
     [StaffMember("Anna Holm", "sagsbehandler", "Sygedagpenge")]),
    ("name,role,unit,aliases,email\nAnna Holm,,Sygedagpenge,,ah@jobcenter.dk\n",
     [StaffMember("Anna Holm", "", "Sygedagpenge", (), "ah@jobcenter.dk")]),
    (HEADER + "Anna Holm,sagsbehandler,Sygedagpenge,\n\n,,,\nOle Berg,sagsbehandler,Unge,\n",
     [StaffMember("Anna Holm", "sagsbehandler", "Sygedagpenge"),
      StaffMember("Ole Berg", "sagsbehandler", "Unge")]),
    (HEADER, []),
])
def test_parse_valid(text: str, expected: list[StaffMember]) -> None:
    assert parse_register(text) == expected


@pytest.mark.parametrize(("text", "line", "words"), [
    ("name,unit,aliases\nAnna Holm,Sygedagpenge,\n", 1, "role"),
    ("navn,rolle,enhed\n", 1, "name"),
    (HEADER + "Anna Holm,sagsbehandler,Sygedagpenge,\nBo,teamleder,Fleksjob,BT,ekstra\n",
     3, "5 felter"),
    (HEADER + "Anna Holm,sagsbehandler,Sygedagpenge,\n ,sagsbehandler,Fleksjob,\n", 3, "navn"),
    (HEADER + "Anna Holm,sagsbehandler,,\n", 2, "enhed"),
    (HEADER + "Anna Holm,sagsbehandler,Sygedagpenge,\n\n\nOle,,\n", 5, "enhed"),
    (HEADER + '"Anna Holm,sagsbehandler,Sygedagpenge,\nOle,x,y,\n', 2, "enhed"),  # open quote
])
def test_parse_invalid_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(StaffRegisterError) as caught:
        parse_register(text)
    assert caught.value.line == line
    assert str(caught.value).startswith(f"linje {line}:")
    assert words in str(caught.value)


def test_empty_text_is_refused() -> None:
    with pytest.raises(StaffRegisterError, match="tom fil"):
        parse_register("")


def test_read_register_strips_bom(tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + "Søren Kjær,sagsbehandler,Unge,\n").encode())
    assert read_register(path) == [StaffMember("Søren Kjær", "sagsbehandler", "Unge")]


def test_read_register_refuses_non_utf8(tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_bytes((HEADER + "Søren Kjær,sagsbehandler,Unge,\n").encode("iso-8859-1"))
    with pytest.raises(StaffRegisterError, match="ikke UTF-8"):
        read_register(path)


def test_read_register_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StaffRegisterError, match="kan ikke læse"):
        read_register(tmp_path / "missing.csv")


_cell = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"), blacklist_characters=";"),
    min_size=1, max_size=12,
)
_member = st.builds(
    StaffMember,
    name=st.lists(_cell, min_size=1, max_size=3).map(" ".join),
    role=st.sampled_from(["sagsbehandler", "teamleder", ""]),
    unit=_cell,
    aliases=st.lists(_cell, max_size=3).map(tuple),
)


@given(st.lists(_member, max_size=6))
def test_written_register_reads_back(members: list[StaffMember]) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "role", "unit", "aliases"])
    for m in members:
        writer.writerow([m.name, m.role, m.unit, ";".join(m.aliases)])
    assert parse_register(out.getvalue()) == members
