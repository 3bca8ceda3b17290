"""The learned heads' reading of a text (staff names as one token) and their model files."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borgerpost.detect.base import Document
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.label_model import HEADS, load_head, load_heads, model_words
from borgerpost.detect.lexicon import lexicon_fingerprint
from borgerpost.detect.normalise import ensure_normalised, normalise
from borgerpost.detect.staff import ensure_staff
from borgerpost.detect.thresholds import thresholds
from borgerpost.register import StaffMember


@pytest.fixture(scope="module")
def context(register_a: list[StaffMember]) -> PipelineContext:
    return PipelineContext.build(register_a)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lotte Mikkelsen Vang har ikke svaret", ["har", "ikke", "svaret"]),
        ("Jeg skrev til Jakob Bøgh i går", ["jeg", "skrev", "til", "i", "går"]),
        ("Spørg Sofie og Kim Frederiksen", ["spørg", "og"]),
        ("Vi tager en tur i skoven", ["vi", "tager", "en", "tur", "i", "skoven"]),
    ],
)
def test_staff_names_are_left_out(text: str, expected: list[str], context: PipelineContext) -> None:
    doc = Document(text)
    words = model_words(ensure_normalised(doc), ensure_staff(doc, context.staff_matcher))
    assert words.words == expected


def test_each_word_maps_back_to_its_normalised_word(context: PipelineContext) -> None:
    text = "Til Lotte Mikkelsen Vang: svar nu"
    doc = Document(text)
    norm = ensure_normalised(doc)
    words = model_words(norm, ensure_staff(doc, context.staff_matcher))
    columns = norm.columns
    assert [text[columns.raw_starts[i] : columns.raw_ends[i]] for i in words.origin] == [
        "Til",
        "svar",
        "nu",
    ]


@given(st.text(max_size=200))
def test_without_mentions_the_words_are_the_normalised_words(text: str) -> None:
    norm = normalise(text)
    words = model_words(norm, [])
    assert words.words == list(norm.columns.texts)
    assert words.origin == list(range(len(words.words)))


@pytest.mark.parametrize("label", HEADS)
def test_every_head_ships_and_knows_its_label(label: str) -> None:
    head = load_head(label)
    assert head.meta["label"] == label
    assert "probe sets" in head.meta["trained_on"]
    # the heads read lexicon features too: a lexicon change means retraining them
    assert head.meta["lexicon_fingerprint"] == lexicon_fingerprint(), (
        "retrain: python scripts/train_labels.py"
    )
    assert 0 < thresholds().label_model.min_probability[label] <= 1


def test_heads_tell_a_request_from_small_talk() -> None:
    """Sanity of the shipped weights in words of our own, far from any decision edge."""
    head = load_head("case_request")
    asking = normalise("Jeg vil gerne søge aktindsigt i alle akter i min sag.").columns.texts
    chatting = normalise("Vi spiste pizza i haven i går, og det regnede.").columns.texts
    assert head.probability(asking) > 0.5 > head.probability(chatting)


@given(
    st.lists(
        st.sampled_from(
            ["jeg", "vil", "klage", "over", "jer", "i", "morgen", "ikke", "svar", "møde", "ønsker"]
        ),
        max_size=40,
    )
)
def test_scoring_heads_together_equals_scoring_each_alone(words: list[str]) -> None:
    together = load_heads().probabilities(words)
    for label, head in load_heads().heads.items():
        assert together[label] == pytest.approx(head.probability(words), abs=1e-9)
