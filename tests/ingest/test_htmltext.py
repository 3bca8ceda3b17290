"""HTML → readable text: structure kept, noise dropped, never raises."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borgerpost.ingest.htmltext import html_to_text


@pytest.mark.parametrize(("markup", "text"), [
    ("<p>Et</p><p>To</p>", "Et\n\nTo"),
    ("linje 1<br>linje 2<br/>linje 3", "linje 1\nlinje 2\nlinje 3"),
    ("<ul><li>æble</li><li>pære</li></ul>", "- æble\n- pære"),
    ("<ol><li>a</li><li>b</li></ol>", "1. a\n2. b"),
    ("<ol start='4'><li>d</li></ol>", "4. d"),
    ("Se <a href='https://borger.dk/x'>her</a>.", "Se her (https://borger.dk/x)."),
    ("<a href='https://borger.dk'>https://borger.dk</a>", "https://borger.dk"),
    ("<a href='mailto:jc@kommune.dk'>jc@kommune.dk</a>", "jc@kommune.dk"),
    ("<a href='#top'>op</a>", "op"),
    ("<head><title>T</title><style>p{}</style></head><p>x</p>", "x"),
    ("<p>før<script>alert('x')</script> efter</p>", "før efter"),
    ("<div>a</div><div>b</div>", "a\nb"),
    ("<table><tr><td>Navn</td><td>Jens</td></tr><tr><td>By</td><td>Aarhus</td></tr></table>",
     "Navn | Jens\nBy | Aarhus"),
    ("<pre>  kode\n    indrykket</pre>", "kode\n    indrykket"),
    ("Kære&nbsp;Jens &amp; co &aelig;", "Kære Jens & co æ"),
    ("<p>  mange     mellemrum\n\n  her </p>", "mange mellemrum her"),
    ("<!-- skjult --><p>synlig</p>", "synlig"),
    ("", ""),
    ("   ", ""),
    ('<?xml version="1.0" encoding="iso-8859-1"?><p>x</p>', "x"),
])
def test_html_to_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_deep_nesting_does_not_recurse() -> None:
    assert html_to_text("<div>" * 5000 + "dybt" + "</div>" * 5000) == "dybt"


@given(st.text())
def test_never_raises(markup: str) -> None:
    assert isinstance(html_to_text(markup), str)


@given(st.text(alphabet=st.characters(blacklist_characters="<>&",
                                      blacklist_categories=("Cc", "Cs")), max_size=200))
def test_plain_words_survive(text: str) -> None:
    assert html_to_text(f"<p>{text}</p>").split() == [
        w for w in text.replace("\xa0", " ").split() if w.strip()
    ] or not text.strip()
