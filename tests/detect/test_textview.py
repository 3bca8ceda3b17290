"""The word view the rules match against: staff mentions as @staff, the pronoun I, sentence
marks, clause breaks — and raw spans that always quote the writer's own characters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borgerpost.detect.base import Document
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.textview import (
    CLAUSE_PUNCT,
    SENTENCE,
    STAFF,
    STAFF_GENITIVE,
    TokenView,
    clause_punctuation,
    ensure_view,
)
from borgerpost.register import parse_register


def _view(context: PipelineContext, text: str) -> TokenView:
    return ensure_view(Document(text), context)


def test_staff_mentions_become_one_word(context_a: PipelineContext) -> None:
    view = _view(context_a, "Lotte Mikkelsen Vang og Per Storms bil.")
    assert view.words == (STAFF, "og", STAFF_GENITIVE, "bil")
    assert view.mentions[0].member.name == "Lotte Mikkelsen Vang"
    assert view.mentions[2].member.name == "Per Storm"


def test_quick_spellings_of_ikke_read_as_ikke(context_a: PipelineContext) -> None:
    view = _view(context_a, "det er ik i orden, han ikk svarer")
    assert view.words.count("ikke") == 2
    assert view.norm.raw[slice(*view.raw_span(2, 2))] == "ik"  # the raw word is quoted


def test_pronoun_i_differs_from_the_preposition(context_a: PipelineContext) -> None:
    assert _view(context_a, "I er sene. Vi bor i Søby.").words[0] == "I"
    assert _view(context_a, "I går var jeg syg.").words[0] == "i"
    assert _view(context_a, "Hvorfor har I ikke svaret?").words[2] == "I"


@pytest.mark.parametrize(
    ("text", "index", "word"),
    [
        ("hvis i stopper min ydelse", 1, "I"),  # written small, before a verb
        ("hvorfor har i ikke svaret", 2, "I"),  # between a verb and an adverb
        ("i går var jeg syg", 0, "i"),
        ("jeg bor i byen", 2, "i"),
        ("han er i gang med sagen", 2, "i"),
        ("kan i sende brevet igen", 1, "I"),  # after a modal, before an infinitive
        ("vi skal i skole i morgen", 2, "i"),  # not after "skal"
        ("kan i dag blive bedre", 1, "i"),
        ("så skal i fandme fortryde", 2, "I"),  # between a verb and a swear adverb
        ("har i sgu ikke læst det", 1, "I"),
        ("jeg er i lige så god form", 2, "i"),
    ],
)
def test_a_small_i_is_the_pronoun_only_where_a_verb_shows_it(
    context_a: PipelineContext, text: str, index: int, word: str
) -> None:
    assert _view(context_a, text).words[index] == word


@pytest.mark.parametrize(
    ("text", "index", "word"),
    [
        ("SATAN I HELVEDE, jeg er sur", 1, "i"),  # shouted: the capital says nothing
        ("JEG BOR I BYEN", 2, "i"),
        ("HVORFOR HAR I IKKE SVARET", 2, "I"),  # a verb still shows the pronoun
        ("KAN I SENDE BREVET", 1, "I"),
        ("Det er FORKERT I ved det", 3, "I"),  # a capital I in ordinary text
    ],
)
def test_a_shouted_i_is_read_like_a_small_one(
    context_a: PipelineContext, text: str, index: int, word: str
) -> None:
    assert _view(context_a, text).words[index] == word


def test_sentences_and_clause_breaks(context_a: PipelineContext) -> None:
    view = _view(context_a, "Hej Sofie. Jeg kommer, men sent!")
    assert view.words == ("hej", STAFF, SENTENCE, "jeg", "kommer", "men", "sent")
    assert view.clause_break[view.words.index("men")]
    assert not view.clause_break[view.words.index("kommer")]
    assert [list(r) for r in view.sentence_ranges()] == [[0, 1], [3, 4, 5, 6]]


def test_evasion_is_undone_but_spans_are_raw(context_a: PipelineContext) -> None:
    text = "Du er en 1d10t"
    view = _view(context_a, text)
    assert view.words[-1] == "idiot"
    start, end = view.raw_span(len(view.words) - 1, len(view.words) - 1)
    assert text[start:end] == "1d10t"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_view_invariants_on_any_text(text: str) -> None:
    from tests.detect.labels.engine import pipeline

    view = _view(pipeline("a").context, text)
    assert len(view.words) == len(view.spans) == len(view.sentence) == len(view.clause_break)
    assert view.string.startswith(" ") and view.string.endswith(f" {SENTENCE} ")
    for i, word in enumerate(view.words):
        assert view.string[view.starts[i] : view.starts[i] + len(word)] == word
        if word != SENTENCE:
            start, end = view.raw_span(i, i)
            assert 0 <= start <= end <= len(text)
            assert view.word_at(view.starts[i]) == i


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*"ab Iı.,!\n\u200b0ﬁÅ", "a\u030a", "Per Storm"]), max_size=30).map(
        "".join
    )
)
def test_word_at_raw_is_the_first_word_ending_after_the_offset(parts: list[str]) -> None:
    from tests.detect.labels.engine import pipeline

    text = "".join(parts)
    view = _view(pipeline("a").context, text)
    for pos in range(len(text) + 1):
        expected = next(
            (i for i, w in enumerate(view.words) if w != SENTENCE and pos < view.raw_span(i, i)[1]),
            max(0, len(view.words) - 1),
        )
        assert view.word_at_raw(pos) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from([*' -\n\t\u00a0\u2003a,;:()[]"“”«»–—b']), max_size=40) | st.text())
def test_clause_punctuation_is_where_the_pattern_matches(text: str) -> None:
    assert clause_punctuation(text) == [m.start() for m in CLAUSE_PUNCT.finditer(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # initials ending in s ("ES") do not make the surname's genitive a bare name
        ("Jeg står uden for Ebba Stenstrups hus.", STAFF_GENITIVE),
        ("Ebba Stenstrup har svaret.", STAFF),
        # a name of its own ending in s takes no genitive -s
        ("Mogens Ris har svaret.", STAFF),
        ("Jeg talte med Mogens i går.", STAFF),
        ("Det var Mogens' afgørelse.", STAFF_GENITIVE),
    ],
)
def test_a_genitive_is_read_from_the_form_written(text: str, word: str) -> None:
    context = PipelineContext.build(
        parse_register(
            "name,role,unit,aliases\nEbba Stenstrup,jobcenterchef,Ledelse,ES\n"
            "Mogens Ris,sagsbehandler,Sygedagpenge,\n"
        )
    )
    view = _view(context, text)
    assert word in view.words


# round 267 selfharm
# A capital "I" after a colon opens a clause as at a sentence's start: "I morgen" is the time
# there, "I har" still the pronoun.
@pytest.mark.parametrize(
    ("text", "index", "word"),
    [
        ("Nu er det sagt: I aften ringer jeg til lægen.", 4, "i"),
        ("Det står fast: I morgen kommer jeg ikke.", 3, "i"),
        ("Svaret er klart: I har ikke læst min sag.", 3, "I"),
        ("Husk det nu: I skal svare inden fredag.", 3, "I"),
    ],
)
def test_r267_capital_i_after_a_colon(
    context_a: PipelineContext, text: str, index: int, word: str
) -> None:
    assert _view(context_a, text).words[index] == word


# round 307 threatA
# A small "i" before the office's hours verbs is the pronoun ("ved hvornår i lukker"); the
# preposition keeps its place before a noun ("i lukket afdeling", "i åbningstiden").
@pytest.mark.parametrize(
    ("text", "index", "word"),
    [
        ("jeg ved hvornår i lukker", 3, "I"),
        ("hvornår åbner i igen når i åbner", 5, "I"),
        ("så snart i låser døren", 2, "I"),
        ("han sidder i lukket afdeling", 2, "i"),
        ("jeg kommer i åbningstiden", 2, "i"),
    ],
)
def test_r307a_small_i_before_opening_and_closing(
    context_a: PipelineContext, text: str, index: int, word: str
) -> None:
    assert _view(context_a, text).words[index] == word
