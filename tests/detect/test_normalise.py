"""The normaliser: evasion undone, offsets exact, idempotent, never raises."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from borgerpost.detect.evasion import LEET
from borgerpost.detect.fold import fold_str, plain_latin
from borgerpost.detect.normalise import normalise, stem, tokens
from borgerpost.detect.repeats import collapse
from borgerpost.detect.segment import (
    _ANY_MARK,
    _LAST_WORD,
    _PLAIN_WORD,
    _WORD,
    _last_word,
    _latin1_words,
    _regex_words,
    sentences,
)

EVASIONS = [
    # (raw, expected normalised text)
    ("Hold k\u200bæft, Sø\u200cren", "hold kæft, søren"),
    ("dum\u00adme\u2060s\ufeffvin", "dummesvin"),
    ("h u s  n r  2 8  p å  E g e v e j", "hus nr 28 på egevej"),  # digits spaced out too
    ("ＳＴＯＰ nu", "stop nu"),
    ("ﬁnt nok", "fint nok"),
    ("Lаrs Mоgеnsеn", "lars mogensen"),  # Cyrillic а о е
    ("Jens Ηοlm", "jens holm"),  # Greek Η? and ο
    ("Søren Ærø Åsted", "søren ærø åsted"),
    ("Du er en 1d10t", "du er en idiot"),
    ("sv1n3h4nd", "svinehand"),
    ("m@dsen er en t0sse", "madsen er en tosse"),
    ("$vin", "svin"),
    ("L o t t e  e r  d u m", "lotte er dum"),
    ("S-v-i-n", "svin"),
    # round 128: capitals spaced out stop at a small one-letter word beside them
    ("K N I V i lommen", "kniv i lommen"),
    ("Der er en B O M B E i bilen", "der er en bombe i bilen"),
    ("å S V I N", "å svin"),
    ("i.d.i.o.t", "idiot"),
    ("idioooooot", "idiot"),  # a stretched vowel other than "a" stands for one
    ("Neeeeej", "nej"),
    ("du skal døøøøøø", "du skal dø"),
    ("Maaaads er sååå sød", "maads er så sød"),  # "aa" may be "å": two are kept
    ("lortttt", "lortt"),
    ("Tr3 0rd 3r n0k", "tre ord er nok"),
    ("jeg vil d ø nu", "jeg vil dø nu"),  # two letters, one of them no word alone
    # only a two-letter function word in leet: it converts alone (probe round 73)
    ("Orla Guld 3r en pissehammel", "orla guld er en pissehammel"),
    ("d3 er nogle klovne", "de er nogle klovne"),
    # stop 29: "!" between letters reads as "i", with leet or alone
    ("Kr!styna W0zn!ak", "kristyna wozniak"),
    ("fyldt med p!kh0veder", "fyldt med pikhoveder"),
    ("FUCK!NG svin", "fucking svin"),
]

INTACT = [
    "Mødet er kl. 14 den 3. marts",
    "ring på 41 52 63 74 eller +45 4152 6374",
    "cpr 030485-2218",
    "skriv til lars.k77@gmail.com",
    "billede: https://i.imgur.com/Ab3x0Z1.jpg",
    "nummerplade CX47120 og covid19",
    "prisen er 1.450 kr., ca. 300 $",
    "han går i 3.b og bor i nr. 22B",
    "1000 tak for hjælpen",
    "vi sejlede ud til en ø i går",  # "ø i": two one-letter words
    "vi var 2 3 stykker der",  # digits spaced without letters stay apart
    "min datter går i 3g og min søn i 7b",  # a class, not "eg"
    "bus 5a kører fra perron 4c",
    "Tak!Jeg kommer i morgen",  # a new sentence typed without a space
    "Stop!!! Nu er det nok!",
]


@pytest.mark.parametrize(("raw", "expected"), EVASIONS)
def test_evasion_is_undone(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize("raw", INTACT)
def test_numbers_mail_and_codes_stay_intact(raw: str) -> None:
    assert normalise(raw).text == raw.lower()

def test_spaced_words_map_back_to_the_spaced_raw() -> None:

    norm = normalise("Han hedder L o t t e  S k o v  nu")
    words = {t.text: norm.raw[t.raw_start : t.raw_end] for t in tokens(norm)}
    assert words["lotte"] == "L o t t e"
    assert words["skov"] == "S k o v"
    assert words["nu"] == "nu"


@pytest.mark.parametrize(("emoji", "weapon"), [("🔪", "kniv"), ("🔫", "pistol"), ("🪓", "økse")])
def test_a_weapon_emoji_is_read_as_words_quoted_as_the_emoji(emoji: str, weapon: str) -> None:
    norm = normalise(f"vi ses Per{emoji}😘")
    assert norm.text.split() == ["vi", "ses", "per,", "med", weapon, "😘"]
    words = {t.text: norm.raw[t.raw_start : t.raw_end] for t in tokens(norm)}
    assert words["med"] == words[weapon] == emoji
    assert words["per"] == "Per"


def test_pill_and_grave_emoji_are_read_as_words() -> None:
    words = normalise("sidste indlæg 💊🪦").text.split()
    assert words == ["sidste", "indlæg", "piller", "gravsten"]


def test_other_emoji_stay_unread() -> None:
    assert normalise("Godt gået 💣🔥").text == "godt gået 💣🔥"


def test_zero_width_inside_a_word_is_quoted_from_raw() -> None:
    norm = normalise("jeg sk\u200byder")
    (word,) = [t for t in tokens(norm) if t.text == "skyder"]
    assert norm.raw[word.raw_start : word.raw_end] == "sk\u200byder"


def test_collapsed_cuts_every_repeat() -> None:
    norm = normalise("Maaaads og Anne")
    assert norm.collapsed.text == "mads og ane"
    start = norm.collapsed.text.index("mads")
    assert norm.collapsed.raw_slice(start, start + 4) == "Maaaads"


def test_a_text_in_lower_case_ends_sentences_at_full_stops() -> None:
    norm = normalise("ok. ring mig kl. 14 i morgen. tak")
    got = [norm.text[s:e].strip() for s, e in sentences(norm)]
    assert got == ["ok.", "ring mig kl. 14 i morgen.", "tak"]
    cased = normalise("Ok. ring mig. Tak")  # capitals used: "ring" goes on the sentence
    assert [cased.text[s:e].strip() for s, e in sentences(cased)] == ["ok. ring mig.", "tak"]


@pytest.mark.parametrize(
    "text", ["mødet d. 12 passer ikke", "det er ang. min sag", "se pkt. 3 og stk. 2 i loven"]
)
def test_abbreviations_do_not_end_a_lower_case_sentence(text: str) -> None:
    assert len(sentences(normalise(text))) == 1


def test_a_time_or_amount_before_a_capital_ends_the_sentence() -> None:
    norm = normalise("Brevet kom kl. 8.00. Godt gået. Det kostede 12,50. Dyrt. Jeg bor på 2. sal.")
    got = [norm.text[s:e].strip() for s, e in sentences(norm)]
    assert got == ["brevet kom kl. 8.00.", "godt gået.", "det kostede 12,50.", "dyrt.",
                   "jeg bor på 2. sal."]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Det er M. Storm der har sagen.", 1),  # an initial before a surname
        ("Jeg har skrevet til J. Hansen om det.", 1),
        ("Vi tager plan B. Det er bedst.", 2),  # a letter ending the sentence
        ("Jeg fik karakteren A. Min lærer var glad.", 2),
    ],
)
def test_an_initial_before_a_surname_ends_no_sentence(text: str, count: int) -> None:
    assert len(sentences(normalise(text))) == count


@pytest.mark.parametrize("mark", ["'", '"', "”", "«", "»", "’"])
def test_a_sentence_ends_after_a_closing_quotation_mark(mark: str) -> None:
    opening = {"«": "»", "»": "«", "”": "“", "’": "‘"}.get(mark, mark)
    norm = normalise(f"Han skrev: {opening}Jeg kommer.{mark} Jeg er bange.")
    got = [norm.text[s:e].strip() for s, e in sentences(norm)]
    assert got == [f"han skrev: {opening}jeg kommer.{mark}", "jeg er bange."]


def test_sentences_respect_abbreviations_and_numbers() -> None:
    norm = normalise("Hej Lotte. Mødet er kl. 14 den 3. marts! Hr. Holm kommer.\nMvh Ib")
    got = [norm.text[s:e].strip() for s, e in sentences(norm)]
    assert got == ["hej lotte.", "mødet er kl. 14 den 3. marts!", "hr. holm kommer.", "mvh ib"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before a capital ends its sentence; an ordinal or a small letter goes on
        ("Erklæringen er fra 2021. Der er sket meget.",
         ["erklæringen er fra 2021.", "der er sket meget."]),
        ("Jeg startede i 1999. Nu er jeg syg.", ["jeg startede i 1999.", "nu er jeg syg."]),
        ("Mødet er den 3. Marts kl. 10.", ["mødet er den 3. marts kl. 10."]),
        ("Jeg startede i 2019. det var godt.", ["jeg startede i 2019. det var godt."]),
        # an hour after "kl."/"klokken" likewise
        ("Hun henter dem kl. 16. Måske skulle nogen hilse.",
         ["hun henter dem kl. 16.", "måske skulle nogen hilse."]),
        ("Vi ses klokken 8. Det bliver fint.", ["vi ses klokken 8.", "det bliver fint."]),
    ],
)
def test_a_year_before_a_capital_ends_the_sentence(text: str, expected: list[str]) -> None:
    norm = normalise(text)
    assert [norm.text[s:e].strip() for s, e in sentences(norm)] == expected


def test_stem_is_danish_snowball() -> None:
    assert stem("skovene") == stem("skoven")


@settings(max_examples=400, deadline=None)
@given(st.text())
@example("a \u030a b c")
@example("İİİ a b c")
@example("0_B:A0A")  # leet makes "o_b" a spaced run: joined in the same pass
@example("a!A")  # a "!" between letters is read the same way in the normalised text
@example("ᄀ\u1161 x y z")
def test_any_input_keeps_the_invariants(raw: str) -> None:
    norm = normalise(raw)
    assert len(norm.offsets) == len(norm.text) == len(norm.ends)
    assert list(norm.offsets) == sorted(norm.offsets)
    assert all(0 <= o < e <= len(raw) for o, e in zip(norm.offsets, norm.ends, strict=True))
    assert normalise(norm.text).text == norm.text


EVASION_PIECES = st.sampled_from(
    [*"lLkKoO0013aAeEiIdt-.sS* #\n", "  ", "-\n", " l er", "ll", "1d", " dig", "æ", "sh", "d ø"]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(EVASION_PIECES, max_size=16).map("".join))
@example("l l  l  l ")  # spaced runs whose one-letter words would join on a second pass
@example("sk*0l")  # a mask beside a digit that leet leaves: no listed word to spell
@example("sh1iI*")  # a stretched masked word spells its word only once cut
def test_evasion_undone_once_is_undone_for_good(raw: str) -> None:
    norm = normalise(raw)
    assert normalise(norm.text).text == norm.text


ALPHABET = st.sampled_from(list("aeiouøæå kKsStT013@$.-\u200b\u00adаоеΟ  \n,ﬁ"))


@settings(max_examples=400, deadline=None)
@given(st.text(ALPHABET, max_size=40))
def test_word_tokens_renormalise_from_their_raw_span(raw: str) -> None:
    norm = normalise(raw)
    assert normalise(norm.text).text == norm.text
    for tok in tokens(norm):
        quoted = norm.raw[tok.raw_start : tok.raw_end]
        assert _loose(tok.text) in _loose(normalise(quoted).text)


def _loose(text: str) -> str:
    """Context effects allowed to differ when a span is normalised alone: a short leet word
    converts only in a text with other leet words ("3r" in "d3t 3r"), spaced letters
    ("k.s" in "0.k.s.@") join only in a run of three, and a repeat cut may then differ.
    Compare letters and digits only."""
    leet = text.translate(str.maketrans(LEET))
    plain = "".join(c for c in unicodedata.normalize("NFKD", leet) if not unicodedata.combining(c))
    return re.sub(r"(.)\1+", r"\1", "".join(c for c in plain if c.isalnum()))


LATIN = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0x24F) | st.sampled_from(list("–—“”‘’€…\n")),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(LATIN)
@example("ÆØÅ Ærø İstanbul ª ½")
def test_plain_latin_text_folds_like_the_general_path(raw: str) -> None:
    """The fast path (lower case only) is taken exactly where the full NFKC/homoglyph fold
    would change nothing else."""
    if plain_latin().fullmatch(raw):
        assert fold_str(raw) == raw.lower()
        assert len(raw.lower()) == len(raw)


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(list("aabbnnææøå..  11²_\nİ")), max_size=30) | st.text())
def test_collapse_cuts_letter_runs_and_maps_back(text: str) -> None:
    collapsed, index = collapse(text)
    assert collapsed == re.sub(r"([^\W\d_])\1+", r"\1", text)
    assert len(index) == len(collapsed)
    positions = [index[i] for i in range(len(collapsed))]
    assert [text[p] for p in positions] == list(collapsed)
    assert positions == sorted(set(positions))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_raw_ends_never_decrease(raw: str) -> None:
    """``TokenView.word_at_raw`` bisects over raw word ends: they must be in order."""
    ends = normalise(raw).ends
    assert list(ends) == sorted(ends)


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(list("ab1_ .\n\t-æ²٣")), max_size=14), st.data())
def test_last_word_is_what_the_pattern_captures(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(start, len(text)))
    m = _LAST_WORD.search(text, start, stop)
    assert _last_word(text, start, stop) == (m.group(1) if m else "")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*"ab_ 1.\n-æ²٣", "a\u0301", "\u0301", "x\u20d0"]), max_size=30))
def test_tokens_are_the_word_matches_with_raw_spans(parts: list[str]) -> None:
    norm = normalise("".join(parts))
    word = _WORD if _ANY_MARK.search(norm.text) else _PLAIN_WORD
    expected = [
        (m.group(), m.start(), m.end(), norm.offsets[m.start()], norm.ends[m.end() - 1])
        for m in word.finditer(norm.text)
    ]
    assert [tuple(t) for t in tokens(norm)] == expected
    assert [tuple(t) for t in norm.words] == expected
    assert list(zip(*norm.columns, strict=True)) == expected


@settings(max_examples=400, deadline=None)
@given(st.text(st.characters(max_codepoint=0xFF), max_size=40))
def test_latin1_words_are_the_regex_words(text: str) -> None:
    """The byte-table tokeniser gives exactly what the regex gives, for any Latin-1 text."""
    assert _latin1_words(text) == _regex_words(text)


def test_text_beyond_latin1_takes_the_regex_path() -> None:
    assert _latin1_words("hej ٣ med dig") is None
    assert _regex_words("hej ٣ med dig")[0] == ["hej", "٣", "med", "dig"]


# probe round 104: "!" typed for "i" in a word with other leet in it, or in a listed vulgar
# word or epithet; an "!" between words or after one stays punctuation
@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Kontoret er fyldt med p!kh0veder", "kontoret er fyldt med pikhoveder"),
        ("du er en !d!0t", "du er en idiot"),
        ("nogle p!kfjæs", "nogle pikfjæs"),
        ("Du er en !d!ot!", "du er en idiot!"),
        ("Hej!du ringede", "hej!du ringede"),
        ("Stop!Nu", "stop!nu"),
        ("Det er lort!", "det er lort!"),
        ("Tak! 3 børn!2 af dem", "tak! 3 børn!2 af dem"),
        ("www.!d!ot.dk", "www.!d!ot.dk"),
    ],
)
def test_an_exclamation_mark_for_an_i(raw: str, text: str) -> None:
    norm = normalise(raw)
    assert norm.text == text
    assert normalise(norm.text).text == norm.text


# probe round 108: a leet digit that stands for no letter in a leet text ("k4niv" for "kniv") is
# dropped; a word's ending, a name, a real word or a text without other leet keeps it
@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("v1 h4r 3n k4niv m3d", "vi har en kniv med"),
        ("h4n h4r 3n pist4ol m3d", "han har en pistol med"),
        ("d3n f0rb4nd3t kl0vn", "den forbandet klovn"),
        ("g0r4n 3r h3r", "goran er her"),
        ("j3g h4r 3n h4v3", "jeg har en have"),
        ("k4niv", "kniv"),
        ("Bus 4A kører ikke", "bus 4a kører ikke"),
    ],
)
def test_a_leet_digit_for_no_letter_is_dropped(raw: str, text: str) -> None:
    norm = normalise(raw)
    assert norm.text == text
    assert normalise(norm.text).text == norm.text


# probe round 147 (r148_threats): the pronoun "I" before a swear word spaced out stays a word of
# its own; "I d i o t" is still the capitalised "Idiot"
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("så skal I s g u  b l ø d e", "så skal i sgu bløde"),
        ("nu er I s v i n  a l l e", "nu er i svin alle"),
        ("I d i o t", "idiot"),
    ],
)
def test_pronoun_i_before_spaced_letters_r148_threats(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


# stop 35: a capital "I" typed for "l" inside a small-letter word, where only "l" makes a known
# word; a camel-case name, an "I" that makes the word, and shouting stay as they are
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hun er en hjerteløs kæIIing", "hun er en hjerteløs kælling"),
        ("sikke en fjoIs", "sikke en fjols"),
        ("log ind på JobIndsats i dag", "log ind på jobindsats i dag"),
        ("min nye iPhone virker ikke", "min nye iphone virker ikke"),
        ("KÆLLING", "kælling"),
    ],
)
def test_a_capital_i_typed_for_ell(raw: str, expected: str) -> None:
    norm = normalise(raw)
    assert norm.text == expected
    assert len(norm.text) == len(raw)
    assert normalise(norm.text).text == norm.text


# stop 36: a word's ending spaced out after its typed stem joins the stem where the two make a
# known word; an ending that makes no word with the word before stays a word of its own
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("og sky d e r jer", "og skyder jer"),
        ("jeg ha d e r jer", "jeg hader jer"),
        ("jeg vil d ø nu", "jeg vil dø nu"),
        ("så er d e r ballade", "så er der ballade"),
        ("Lone S k o v", "lone skov"),
    ],
)
def test_a_spaced_ending_joins_its_stem(raw: str, expected: str) -> None:
    norm = normalise(raw)
    assert norm.text == expected
    assert normalise(norm.text).text == norm.text


# round 251 selfharm
# A writer who opens no sentence with a capital, though a place or a name in the text has one:
# a full stop before a small word ends the sentence, as in a text with no capital at all. A
# question mark there goes on, and a text with one capital opening keeps the cased reading.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "har ringet tre gange. ingen svarer i Vejle. hvad gør jeg",
            ["har ringet tre gange.", "ingen svarer i vejle.", "hvad gør jeg"],
        ),
        (
            "min søn bor i Aalborg nu. jeg er alene",
            ["min søn bor i aalborg nu.", "jeg er alene"],
        ),
    ],
)
def test_r251_full_stops_end_sentences_where_none_opens_with_a_capital(
    raw: str, expected: list[str]
) -> None:
    norm = normalise(raw)
    assert [norm.text[s:e].strip() for s, e in sentences(norm)] == expected


@pytest.mark.parametrize(
    ("raw", "count"),
    [
        ("kan jeg få en ny tid? mig og Bent fra kontoret kan ikke", 1),  # "?" goes on
        ("Jeg har ringet. ingen svarer i Vejle", 1),  # the writer opens with a capital
        ("ring til hr. Jensen. han ved det", 1),  # a capital after an abbreviation
    ],
)
def test_r251_cased_openings_and_question_marks_keep_their_sentence(
    raw: str, count: int
) -> None:
    assert len(sentences(normalise(raw))) == count


# round 259 threatB
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a "4" or "0" typed for "å" or "ø" where the plain reading is no word
        ("v3nt p4 m1g v3d d0r3n", "vent på mig ved døren"),
        ("h3nt3r d1n3 b0rn s4 t1dl1gt", "henter dine børn så tidligt"),
        ("d3n sm4 d0r", "den små dør"),
    ],
)
def test_r259b_leet_digits_for_danish_letters(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a word either way, or no listed word: the plain letters stay
        ("j3g h4r 2 b0rn", "jeg har 2 børn"),
        ("f0r s3nt n4r du k0mm3r", "for sent nar du kommer"),
        ("d0 3r 3n h0r3", "do er en hore"),
    ],
)
def test_r259b_leet_keeps_plain_letters_where_they_make_a_word(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


# round 263 threatB
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # "k0rer"/"k0re" read as "kører"/"køre": "korer" and "kore" are no words
        ("h4n k0r3r 3n hv1d v4r3v0gn", "han kører en hvid varevogn"),
        ("v1 sk4l k0r3 hj3m", "vi skal køre hjem"),
        # "korte" is a word ("short"): a "0" there stays an "o"
        ("d3 k0rt3 fr1st3r", "de korte frister"),
        ("k0r3t p4 sk0l3n", "koret på skolen"),
    ],
)
def test_r263b_leet_zero_for_oe_in_drive(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


# round 397 t1: "æ" has no leet sign either, so a "3", a "4" or an "@" is typed for it, and an
# "@" for "å" like a "4"; read so in the listed words whose plain readings are no words
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("n3st3 g4ng k0mm3r j3g", "næste gang kommer jeg"),
        ("j3g kn@kk3r d1g", "jeg knækker dig"),
        ("v1 kn4kk3r d3t p@ m4nd4g", "vi knækker det på mandag"),
        ("h4n g@r v3k", "han går væk"),
        ("j3g v1l h4v3 h3vn", "jeg vil have hævn"),
    ],
)
def test_r397_t1_leet_signs_for_ae(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a word either way ("havn"), a plain letter at the spot, or no listed word: kept
        ("d3r3s g4ml3 h4vn", "deres gamle havn"),
        ("j3g s4 n3st3n 1nt3t", "jeg så nesten intet"),
        ("d3n nest3 g4ng", "den neste gang"),
    ],
)
def test_r397_t1_leet_keeps_plain_letters_for_ae(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


# round 405 t2: burning and thinking with the "æ" typed as "3", "4" or "@" ("br@nd3r",
# "t3nk"); "t4nk3"/"t4nk3r" read with an "a" are "tanke"/"tanker", words, and stay
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("d1n b1l br@nd3r l3t", "din bil brænder let"),
        ("d3t h3l3 sk4l br4nd3", "det hele skal brænde"),
        ("t3nk 0v3r d3t", "tænk over det"),
        ("h4n t3nk3r p4 d1g", "han tænker på dig"),
        ("j3g h4r 3n t4nk3", "jeg har en tanke"),
        ("v1 t4nk3r b1l3n", "vi tanker bilen"),
    ],
)
def test_r405_t2_leet_signs_for_ae_in_burn_and_think(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected
