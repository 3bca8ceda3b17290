"""The cue pattern language: words, prefixes, gaps, groups, negative look-ahead, sentence
boundaries, anchors, negation and vetoes — on hand-made cue sets, through real views."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from borgerpost.detect.base import Document
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.cue_patterns import compile_pattern
from borgerpost.detect.cues import Cue, CueSet, cue_set, parse_macros
from borgerpost.detect.textview import ensure_view
from borgerpost.errors import ConfigError

MACROS = {"YOU": "dig|jer", "HARM": "slå*|dræb*", "BOTH": "{YOU}|ham"}


def _found(context: PipelineContext, pattern: str, text: str, **cue: object) -> list[str]:
    cues = CueSet([Cue(id="c", reason="r", weight=1.0, negatable=True, patterns=(pattern,),
                       **cue)], MACROS)  # type: ignore[arg-type]  # fmt: skip
    doc = Document(text)
    view = ensure_view(doc, context)
    return [
        " ".join(view.words[m.first : m.last + 1]) + ("!" if m.negated else "")
        for m in cues.find(view)
    ]


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("ved hvor {YOU} bor", "Jeg ved hvor jer bor", ["ved hvor jer bor"]),
        ("{HARM} {YOU} ihjel", "Jeg slår dig ihjel", ["slår dig ihjel"]),
        ("{HARM} {YOU} ihjel", "Jeg slog mig ihjel", []),
        ("{BOTH} ~2 bor", "ham der ikke bor", ["ham der ikke bor!"]),
        ("*center lukker", "Jobcenter lukker nu", ["jobcenter lukker"]),
        ("pas godt? på", "pas på", ["pas på"]),
        ("pas godt? på", "pas godt på", ["pas godt på"]),
        ("passe på !med|selv", "du skal passe på med det", []),
        ("passe på !med|selv", "du skal passe på nu", ["passe på"]),
        ("ikke (i orden / godt nok)", "det er ikke godt nok", ["ikke godt nok"]),
        ("ikke (i orden / godt nok)", "det er ikke i orden", ["ikke i orden"]),
        ("ikke (i orden / godt nok)", "det er ikke godt", []),
        ("er talte", "Dagene er. Talte", []),
        ("dig ¶ jeg", "Det er dig. Jeg ved det", ["dig ¶ jeg"]),
        ("passe på ¶", "Du skal passe på", ["passe på"]),
        # a crossing pattern whose anchor word is in the second sentence
        ("dig ¶ tag kniven", "Jeg finder dig. Tag kniven med", ["dig ¶ tag kniven"]),
        # a hyphenated word is its parts in a row, as the view splits it
        ("i ~1 e-boks", "Send det i min e-Boks", ["i min e boks"]),
        ("it-system* ~1 virker", "IT-systemet virker ikke", ["it systemet virker"]),
        # an optional "¶?" crosses a sentence end too: the pattern searches the next one
        ("hilsen ¶? ~1 mor til", "Venlig hilsen\nOle mor til Bo", ["hilsen ¶ ole mor til"]),
        ("hilsen ¶? ~1 mor til", "Venlig hilsen Ole, mor til Bo", ["hilsen ole mor til"]),
        ("I er advaret", "I er advaret", ["I er advaret"]),
        ("I er advaret", "i er advaret", ["I er advaret"]),  # small "i" before a verb
        ("bor I", "vi bor i byen", []),  # the preposition is no "I"
        ("@staff skal bløde", "Per Storm skal bløde", ["@staff skal bløde"]),
        # æ, ø, å typed as ae, oe, aa (no Danish keyboard), also in a mixed text
        ("får ~1 svar på", "har ikke faaet svar paa", []),
        ("fået ~1 svar på", "jeg har faaet svar paa", ["faaet svar paa"]),
        ("dræb* {YOU}", "jeg draeber dig", ["draeber dig"]),
        ("møde*", "vi har et moede på fredag", ["moede"]),
        ("@staffs bil", "Per Storms bil", ["@staffs bil"]),
        # "^": the word opens its sentence, the text's first one too
        ("^ fatter ikke", "Fatter ikke noget", ["fatter ikke"]),
        ("^ fatter ikke", "Brevet kom. Fatter ikke noget", ["fatter ikke"]),
        ("^ fatter ikke", "Hun fatter ikke noget", []),
        ("^ fatter ikke", "Det er noget, fatter ikke hvad", []),
        ("^ ~1 fatter ikke", "Jeg fatter ikke noget", ["jeg fatter ikke"]),
    ],
)
def test_pattern_language(
    context_a: PipelineContext, pattern: str, text: str, expected: list[str]
) -> None:
    assert _found(context_a, pattern, text) == expected


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Jeg ved ikke hvor du bor", True),
        ("Jeg ved aldrig hvor du bor", True),
        ("Ikke, jeg ved hvor du bor", False),  # a comma ends the negation's reach
        ("Jeg ved hvor du bor, ikke", False),
        ("Ikke at jeg klager, men nu ved jeg hvor du bor", False),
        ("Hun ved ikke at jeg ved hvor du bor", False),  # a factive verb: said to be true
        ("Jeg siger ikke at jeg ved hvor du bor", True),
        # an opinion verb raises its negation past the comma into the clause it governs
        ("Jeg tror ikke, jeg ved hvor du bor", True),
        ("Jeg mener faktisk ikke, jeg ved hvor du bor", True),
        ("Jeg siger ikke, jeg ved hvor du bor", False),  # not an opinion verb
        ("Jeg tror ingen, jeg ved hvor du bor", False),  # "ingen" negates a noun
        ("Jeg tror ikke det, men jeg ved hvor du bor", False),  # the comma is far away
    ],
)
def test_negation_scope(context_a: PipelineContext, text: str, negated: bool) -> None:
    found = _found(context_a, "hvor du bor", text)
    assert found == ["hvor du bor" + ("!" if negated else "")]


def test_a_match_that_opens_its_own_clause_is_not_negated_from_before(
    context_a: PipelineContext,
) -> None:
    text = "Hun skal ikke være alene når jeg er væk"
    assert _found(context_a, "når jeg er væk", text) == ["når jeg er væk"]
    assert _found(context_a, "alene", text) == ["alene!"]


def test_unless_vetoes_an_overlapping_match(context_a: PipelineContext) -> None:
    assert (
        _found(context_a, "skyd*", "vi skyder projektet i gang", unless=("skyd* ~2 i gang",)) == []
    )
    assert _found(context_a, "skyd*", "jeg skyder nu", unless=("skyd* ~2 i gang",)) == ["skyder"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fatter ikke en skid af det.", []),  # the writer, subject left out
        ("brevet kom igen. fatter ikke en skid af det.", []),  # all lower case: "." ends it
        ("Hun fatter ikke en skid af det.", ["fatter ikke en skid"]),
        ("Brevet kom. Hun fatter ikke en skid af det.", ["fatter ikke en skid"]),
    ],
)
def test_unless_sees_where_a_sentence_starts(
    context_a: PipelineContext, text: str, expected: list[str]
) -> None:
    found = _found(context_a, "fatter ikke en skid", text, unless=("^ fatter ikke",))
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I behøver ikke ringe. Vi skal på ferie i Spanien.", []),  # the veto after the cue
        ("Ferien er slut. Kald mig ikke op, I behøver ikke ringe.", []),  # and before it
        ("I behøver ikke ringe. Det hele er forbi.", ["ringe!"]),
        ("Jeg ringer tilbage. I behøver ikke ringe.", ["ringe!"]),  # "ringer" is no veto
    ],
)
def test_unless_text_vetoes_every_match_wherever_it_occurs(
    context_a: PipelineContext, text: str, expected: list[str]
) -> None:
    assert _found(context_a, "ringe", text, unless_text=("ferie*",)) == expected


def test_unless_text_vetoes_count_as_ruled_out(context_a: PipelineContext) -> None:
    cues = CueSet([Cue(id="c", reason="r", weight=1.0, negatable=False, patterns=("ringe",),
                       unless_text=("ferie*",))], MACROS)  # fmt: skip
    view = ensure_view(Document("Ring ikke, I behøver ikke ringe, jeg er på ferie."), context_a)
    vetoed: list[int] = []
    assert cues.find(view, vetoed=vetoed) == []
    assert vetoed == [0]


def test_anchor_avoids_common_words() -> None:
    compiled = compile_pattern("jeg ~2 har ~3 riffel|gevær", {})
    assert compiled.anchors == (" gevaer ", " gevær ", " riffel ")  # "gevær" also as typed
    assert compile_pattern("(set bort fra / udeladt)", {}).anchors == (" bort ", " udeladt ")


@pytest.mark.parametrize(
    "pattern", ["", "~3", "{NOPE}", "(a / b", "a | b", "( )", "!x", "De skal", "kan Dem*"]
)
def test_bad_patterns_are_config_errors(pattern: str) -> None:
    with pytest.raises(ConfigError):
        CueSet([Cue(id="bad", reason="r", weight=1, negatable=True, patterns=(pattern,))], {})


@pytest.mark.parametrize("pattern", ["(a b / c)|d ting", "d|(a b / c) ting"])
def test_a_group_joined_with_a_bar_names_the_mistake(pattern: str) -> None:
    with pytest.raises(ConfigError, match=re.escape("gruppe kan ikke forbindes med '|'")):
        compile_pattern(pattern, {})


@pytest.mark.parametrize("pattern", ["komme ~1 op?|ind nu", "komme ~1 ind|op?|ud nu"])
def test_a_question_mark_inside_alternatives_names_the_mistake(pattern: str) -> None:
    """ "op?|ind" would be the literal word "op?", never found: "?" makes a whole spec
    optional ("op|ind?"), so the loader says so."""
    with pytest.raises(ConfigError, match=re.escape("'?' gælder hele ordet")):
        compile_pattern(pattern, {})
    assert compile_pattern("komme ~1 op|ind? nu", {}).regex.search(" komme nu ")


def test_a_macro_first_in_alternatives_matches_like_a_macro_last() -> None:
    macros = {"WHO": "ham|hende"}
    first = compile_pattern("{WHO}|dem ting", macros).regex
    last = compile_pattern("dem|{WHO} ting", macros).regex
    for text in (" ham ting ", " dem ting ", " hende ting "):
        assert first.search(text) and last.search(text)


SHIPPED = sorted(
    p.name for p in (Path(__file__).parents[2] / "src/borgerpost/detect/data/cues").glob("*.yaml")
)


@pytest.mark.parametrize("name", [n for n in SHIPPED if n != "macros.yaml"])
def test_every_shipped_pattern_compiles(name: str) -> None:
    """Regexes compile on first use; a shipped cue file must never hold one that fails
    then, in the middle of triaging a citizen's mail."""
    cues = cue_set(f"cues/{name}")
    count = cues.compile_all()
    assert count >= sum(len(c.patterns) + len(c.unless) for c in cues.cues) > 0


def test_a_pattern_compiles_once_on_first_use() -> None:
    compiled = compile_pattern("ved hvor {YOU} bor", MACROS)
    assert "regex" not in compiled.__dict__
    assert compiled.regex.search(" ved hvor dig bor ")
    assert compiled.__dict__["regex"] is compiled.regex
    assert compile_pattern("ved hvor {YOU} bor", MACROS).regex is compiled.regex


def _split_phrase(spec: str) -> bool:
    """A veto written as one list of alternatives ("tak|takke|god bedring|jul") with a
    two-word phrase inside it: the space splits the list into a two-word sequence
    ("tak|takke|god" then "bedring|jul"), which vetoes almost nothing."""
    if "~" in spec or "(" in spec or "¶" in spec:
        return False  # a sequence with gaps or groups is written so on purpose
    tokens = spec.split()
    return len(tokens) > 1 and all("|" in token for token in tokens)


# cues whose vetoes are two-slot sequences on purpose ("jeg|vi afbrød|afbryder|afbrudte")
SEQUENCE_VETOES = frozenset(
    (
        "andet.r32", "moede.r33", "criticism.r20_weak", "criticism.r23", "criticism.r32_weak",
        "criticism.r65_decision_mistake", "criticism.r65_compulsory_for_sick",
    )
)  # fmt: skip


@pytest.mark.parametrize("name", [n for n in SHIPPED if n != "macros.yaml"])
def test_no_veto_list_holds_a_phrase_split_by_its_space(name: str) -> None:
    """stop 31: eighteen vetoes had a phrase inside one '|' list ("… |god bedring| …",
    "… |sagt op| …", "… |i dag|i morgen| …"); each phrase is its own entry now, and this
    keeps it so (a veto that is a sequence on purpose sits in ``SEQUENCE_VETOES``)."""
    cues = cue_set(f"cues/{name}")
    split = [
        (cue.id, spec)
        for cue in cues.cues
        if cue.id not in SEQUENCE_VETOES
        for spec in (*cue.unless, *cue.unless_text)
        if _split_phrase(spec)
    ]
    assert split == []


def test_a_split_phrase_is_told_from_a_sequence() -> None:
    assert _split_phrase("tak|takke|god bedring|jul")
    assert not _split_phrase("god bedring")  # a two-word sequence on its own entry
    assert not _split_phrase("ny|nye ~1 sagsbehandler")  # a gap: written on purpose


def test_macro_alternatives_fold_to_single_words() -> None:
    folded = {"macros": {"ILL": "gigt | kræft |\n  *skade | blodprop"}}
    assert parse_macros(folded) == {"ILL": "gigt|kræft|*skade|blodprop"}


@pytest.mark.parametrize(
    "value",
    [
        "gigt | amputeret\n# a comment line inside the folded list\n| lammet",
        "gigt | næse blod | kræft",
    ],
)
def test_a_macro_alternative_of_two_words_is_a_config_error(value: str) -> None:
    with pytest.raises(ConfigError, match="ét ord"):
        parse_macros({"macros": {"ILL": value}})
