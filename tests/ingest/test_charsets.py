"""Charset rules: lenient where guessing is safe, a named problem where it is not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borgerpost.ingest.charsets import clean_text, decode_bytes, decode_header, western


@pytest.mark.parametrize(("data", "label", "text"), [
    (b"K\xc3\xa6re", None, "Kære"),
    (b"K\xe6re", None, "Kære"),
    (b"K\xc3\xa6re", "us-ascii", "Kære"),  # mislabelled UTF-8
    (b"K\xe6re", "unknown-8bit", "Kære"),
    (b"\x93Hej\x94", "iso-8859-1", "“Hej”"),  # read as its superset windows-1252
    (b"\x81", "windows-1252", "\x81"),  # undefined in cp1252: Latin-1 control, not an error
    (b"\xa4", "iso-8859-15", "€"),
    (b"K\xc3\xa6re", '"UTF-8"', "Kære"),
    (b"\xe6", "x-cp1252", "æ"),
])
def test_decodes_without_problem(data: bytes, label: str | None, text: str) -> None:
    assert decode_bytes(data, label, "del") == (text, None)


@pytest.mark.parametrize(("data", "label", "text", "problem"), [
    (b"K\xe6re", "utf-8", "Kære", "erklæret som utf-8, men byte 1 (0xe6)"),
    (b"abc", "x-klingon", "abc", "ukendt tegnsæt 'x-klingon'"),
    (b"abc", "rot13", "abc", "ukendt tegnsæt"),  # a codec, but not a text encoding
    (b"abc", "utf-8\x00", "abc", "ukendt tegnsæt"),
])
def test_names_the_problem_and_still_decodes(
    data: bytes, label: str, text: str, problem: str
) -> None:
    decoded, found = decode_bytes(data, label, "del")
    assert decoded == text and found is not None and problem in found


def test_header_with_latin1_bytes_is_a_problem_utf8_is_not() -> None:
    problems: list[str] = []
    assert decode_header("S\udcf8ren", "Subject", problems) == "Søren"
    assert len(problems) == 1 and "8-bit" in problems[0]
    problems.clear()
    assert decode_header("S\udcc3\udcb8ren", "Subject", problems) == "Søren"
    assert problems == []


def test_folded_header_is_unfolded() -> None:
    assert decode_header("Ansøgning\r\n om\n\tstøtte", "Subject", []) == "Ansøgning om\tstøtte"


def test_clean_text_removes_nul_and_lone_surrogates() -> None:
    assert clean_text("a\x00b\udcff") == "ab?"
    assert clean_text("æøå") == "æøå"


@given(st.binary(), st.sampled_from(["utf-8", "iso-8859-1", "utf-16", "x-y", "", "ascii"]))
def test_decode_bytes_never_raises(data: bytes, label: str) -> None:
    text, _problem = decode_bytes(data, label, "del")
    assert isinstance(text, str)


@given(st.text())
def test_decode_header_never_raises_and_is_storable(value: str) -> None:
    clean_text(decode_header(value, "Subject", [])).encode("utf-8")


@given(st.binary())
def test_western_is_total_and_one_char_per_byte(data: bytes) -> None:
    assert len(western(data)) == len(data)
