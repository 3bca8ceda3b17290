"""Cutting text at evidence spans: nothing lost, exactly the spanned characters marked."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borgerpost.web.highlight import Piece, Span, pieces


def _marked_chars(result: list[Piece]) -> set[int]:
    marked: set[int] = set()
    pos = 0
    for piece in result:
        if piece.marked:
            marked.update(range(pos, pos + len(piece.text)))
        pos += len(piece.text)
    return marked


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("abc", [], [Piece("abc")]),
    ("", [Span(0, 3, "x")], []),
    ("du skal dø", [Span(8, 10, "trussel")],
     [Piece("du skal "), Piece("dø", ("trussel",))]),
    ("abcdef", [Span(1, 4, "a"), Span(3, 5, "b")],
     [Piece("a"), Piece("bc", ("a",)), Piece("d", ("a", "b")), Piece("e", ("b",)), Piece("f")]),
    ("abcdef", [Span(1, 3, "a"), Span(1, 3, "a")], [Piece("a"), Piece("bc", ("a",)),
                                                    Piece("def")]),
    ("abc", [Span(2, 99, "r"), Span(-5, 1, "l")],
     [Piece("a", ("l",)), Piece("b"), Piece("c", ("r",))]),
    ("abc", [Span(2, 2, "tom"), Span(3, 1, "omvendt")], [Piece("abc")]),
    ("abcd", [Span(0, 2, "x"), Span(2, 4, "x")], [Piece("abcd", ("x",))]),
    ("abc", [Span(0, 1, "")], [Piece("a", ("markeret",)), Piece("bc")]),
])
def test_pieces(text: str, spans: list[Span], expected: list[Piece]) -> None:
    assert pieces(text, spans) == expected


def test_title_joins_reasons() -> None:
    assert Piece("x", ("trussel", "doxxing")).title == "trussel; doxxing"


spans_strategy = st.lists(
    st.tuples(st.integers(-3, 60), st.integers(-3, 60), st.sampled_from(["a", "b", "c"])),
    max_size=6,
)


@given(text=st.text(max_size=50), raw_spans=spans_strategy)
def test_pieces_keep_the_text_and_mark_exactly_the_spans(
    text: str, raw_spans: list[tuple[int, int, str]]
) -> None:
    spans = [Span(s, e, r) for s, e, r in raw_spans]
    result = pieces(text, spans)
    assert "".join(p.text for p in result) == text
    expected = {i for s in spans for i in range(max(s.start, 0), min(s.end, len(text)))}
    assert _marked_chars(result) == expected
    assert all(p.text for p in result)
