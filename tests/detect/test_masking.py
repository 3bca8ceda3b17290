"""Masked swear words and epithets are spelled out; other stars keep their meaning."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borgerpost.detect.masking import unmask_edits
from borgerpost.detect.normalise import normalise


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Din i*iot!", "din idiot!"),
        ("sh*t", "shit"),
        ("Jeres f**king system", "jeres fucking system"),
        ("Sikke et l*rtesystem", "sikke et lortesystem"),  # a listed first part + the rest
        ("din k#lling", "din kælling"),
    ],
)
def test_masked_words_are_spelled_out(raw: str, text: str) -> None:
    assert normalise(raw).text == text


@pytest.mark.parametrize(
    "raw",
    [
        "Det er *meget* vigtigt",  # emphasis
        "Jeg skal* huske at ringe",  # a footnote
        "Se #jobcenter og #dkpol",  # hashtags
        "Ring på 70 20 30 40 * 2",  # arithmetic
        "f**",  # too little left to spell anything
        "Husk at k*be mælk",  # spells no listed word
    ],
)
def test_other_stars_are_left_alone(raw: str) -> None:
    assert normalise(raw).text == raw.lower()


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Jeg dr*ber dig", "jeg dræber dig"),
        ("Du skal m*rdes", "du skal myrdes"),  # a listed verb beats a compound guess
        ("Jeg sk*der dig", "jeg skyder dig"),  # a person as object: shooting
        ("Jeg sk*der jer, hele bundtet", "jeg skyder jer, hele bundtet"),
        ("Jeg sk*der på jer", "jeg skider på jer"),  # "på": not caring, the swear word
        ("Det er sk*de ligegyldigt", "det er skide ligegyldigt"),
    ],
)
def test_masked_violence_verbs_are_spelled_out(raw: str, text: str) -> None:
    assert normalise(raw).text == text


def test_inserted_letters_point_at_their_mask() -> None:
    norm = normalise("Jeres f**king system")
    start = norm.text.index("fucking")
    assert norm.raw_slice(start, start + len("fucking")) == "f**king"
    assert norm.raw_slice(start + 1, start + 3) == "**"


@given(st.text(alphabet="abdefiklnorstuæøå*# ", max_size=40))
def test_edits_replace_only_masks_in_order(text: str) -> None:
    edits = unmask_edits(text)
    assert edits == sorted(edits)
    for s, e, letters in edits:
        assert set(text[s:e]) <= {"*", "#"} and letters.isalpha()
    for (_, end, _), (start, _, _) in pairwise(edits):
        assert end <= start


# probe round 98: a dot, an underscore or a hyphen typed inside a listed word
@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Du er en idi.ot", "du er en idiot"),
        ("sikke en sp_asser", "sikke en spasser"),
        ("hun er en lu-der", "hun er en luder"),
        ("Se f.eks. e-mailen", "se f.eks. e-mailen"),  # no listed word joined
        ("et lorte-system", "et lorte-system"),  # a compound is never guessed
        ("www.idi-ot.dk", "www.idi-ot.dk"),  # an address stays as typed
    ],
)
def test_a_break_inside_a_listed_word_is_dropped(raw: str, text: str) -> None:
    assert normalise(raw).text == text
    norm = normalise("Du er en k.ælling")
    start = norm.text.index("kælling")
    assert norm.raw_slice(start, start + len("kælling")) == "k.ælling"
