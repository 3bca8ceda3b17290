"""Staff titles are recognised in every form a citizen types them."""

from __future__ import annotations

import pytest

from borgerpost.detect.staff_words import is_title


@pytest.mark.parametrize(
    "word",
    ["sagsbehandler", "sagsbehandleren", "socialrådgiver", "socialraadgiver",
     "raadgiveren", "teamlederen", "chefen", "jobkonsulenten"],
)  # fmt: skip
def test_titles_in_definite_form_and_typed_without_å(word: str) -> None:
    assert is_title(word)


@pytest.mark.parametrize("word", ["raad", "haab", "gaard", "saadan", "behandling", "bog"])
def test_ordinary_words_are_no_titles(word: str) -> None:
    assert not is_title(word)
