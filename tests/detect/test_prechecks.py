"""The fast pre-checks of the normaliser never rule out a text the full check would take.

Each pre-check is one regex search that starts with a rare sign (so the search skips fast)
and states what every hit of the slow check must hold; hypothesis writes texts dense in
the signs, letters, digits and letter-like numerals ("²", "½") where the two could part."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from borgerpost.detect import evasion, masking

ALPHABET = "ab æøå ²½ß 013457@$ 29 ._-!\n*#" + "ĸ"
TEXTS = st.text(alphabet=ALPHABET, max_size=40)


def _leet_beside_a_letter(text: str) -> bool:
    """The check as it was written before its pre-check: every sign, looked at alone."""
    for m in evasion._LEET_ANY.finditer(text):
        i = m.start()
        if (i > 0 and text[i - 1].isalpha()) or text[i + 1 : i + 2].isalpha():
            return True
    return False


@settings(max_examples=600)
@given(TEXTS)
def test_leet_pre_check_keeps_every_text_with_a_sign_beside_a_letter(text: str) -> None:
    assert evasion._leet_next_to_letter(text) == _leet_beside_a_letter(text)


@settings(max_examples=600)
@given(TEXTS)
def test_broken_word_pre_check_keeps_every_text_the_scan_would_match(text: str) -> None:
    if masking.BROKEN.search(text):
        assert masking._BREAK_IN_WORD.search(text)


def test_the_pre_checks_rule_out_plain_sentences() -> None:
    plain = "jeg har ventet 12 uger. kan mødet den 3. maj flyttes? ring på 12 34 56 78."
    assert not evasion._leet_next_to_letter(plain)
    assert masking._BREAK_IN_WORD.search(plain) is None
    assert evasion._leet_next_to_letter("k4niv")
    assert masking._BREAK_IN_WORD.search("idi_ot")
