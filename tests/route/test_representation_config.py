"""``representation.yaml``: recognising the type of representative, what needs a fuldmagt,
the letter, and files that must be refused. Pure: no database."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from borgerpost.errors import ConfigError
from borgerpost.route.representation_config import (
    REPRESENTATIVE_TYPES,
    compile_phrase,
    domain_matches,
    load_representation,
    parse_representation,
)

CONFIG = load_representation()
SHIPPED = (Path(__file__).resolve().parents[2] / "src/borgerpost/route/data/representation.yaml")


def _recognise(sender_name: str = "", email: str = "", evidence: tuple[str, ...] = (),
               text: str = "") -> tuple[str, str]:
    found = CONFIG.recognise(sender_name=sender_name, sender_email=email,
                             evidence=list(evidence), text=text)
    return found.type, found.source


@pytest.mark.parametrize(("sender_name", "email", "evidence", "text", "expected"), [
    # the sender shows who writes
    ("Advokat Mette Grue", "mg@mail.example.org", (), "Vedlagt klage.", ("advokat", "afsender")),
    ("Mette Grue", "mg@grue-advokatfirma.example.dk", (), "", ("advokat", "afsender")),
    ("Kim Bæk", "kim.baek@3f.dk", (), "", ("faglig_organisation", "afsender")),
    ("Kim Bæk", "kim@vestjylland.3f.dk", (), "", ("faglig_organisation", "afsender")),
    ("Kim Bæk, HK", "kim@post.example.org", (), "", ("faglig_organisation", "afsender")),
    ("Bisidderen Ulla Toft", "u@example.org", (), "", ("bisidder", "afsender")),
    # the triage evidence
    ("Ulla Toft", "u@example.org", ("partsrepræsentant",), "", ("partsrepraesentant",
                                                                 "evidens")),
    ("Ulla Toft", "u@example.org", ("bisidder",), "", ("bisidder", "evidens")),
    ("Ulla Toft", "u@example.org", ("på vegne af min søster",), "",
     ("paaroerende", "evidens")),
    # the whole text
    ("Ulla Toft", "u@example.org", ("på vegne af",),
     "Jeg skriver på vegne af min far, som ligger på sygehuset.", ("paaroerende", "tekst")),
    ("", "", (), "Som advokatfuldmægtig for fru Lund beder jeg om akterne.",
     ("advokat", "tekst")),
    ("", "", (), "Jeg er faglig konsulent og hjælper vores medlem.",
     ("faglig_organisation", "tekst")),
    ("", "", (), "Hej. Jeg er socialrådgiver hos FOA og skriver om Jens.",
     ("faglig_organisation", "tekst")),
    ("", "", (), "Vi repræsenterer borgeren i sagen om ledighedsydelse.",
     ("partsrepraesentant", "tekst")),
    ("", "", (), "Min kone har bedt mig skrive, fordi hun ikke kan selv.",
     ("paaroerende", "tekst")),
    # near misses: a mention is not a self-description, so no exemption
    ("", "", (), "Jeg har talt med en advokat om sagen på vegne af min mor.",
     ("paaroerende", "tekst")),
    ("", "", (), "Min bror er medlem af 3F. Jeg hjælper min bror med brevet.",
     ("paaroerende", "tekst")),
    ("", "", (), "Vi overvejer at tage en advokat med.", ("andet", "ingen")),
    ("Per Advokatsen", "per@example.org", (), "", ("andet", "ingen")),
    ("", "anne@hkdata.example.com", (), "", ("andet", "ingen")),
    ("", "", (), "Jeg skriver for en anden.", ("andet", "ingen")),
])
def test_recognition(sender_name: str, email: str, evidence: tuple[str, ...], text: str,
                     expected: tuple[str, str]) -> None:
    assert _recognise(sender_name, email, evidence, text) == expected


@pytest.mark.parametrize(("type_", "kinds", "needs"), [
    ("advokat", {"aktindsigt"}, False),
    ("faglig_organisation", set(), False),
    ("partsrepraesentant", {"moede"}, True),
    ("paaroerende", {"status"}, True),
    ("andet", set(), True),
    ("bisidder", {"moede"}, False),
    ("bisidder", {"moede", "klage"}, True),
    ("bisidder", set(), True),
    ("ukendt", set(), True),  # an unknown code is treated like "andet"
])
def test_what_needs_a_fuldmagt(type_: str, kinds: set[str], needs: bool) -> None:
    assert CONFIG.requires(type_, kinds) is needs


def test_every_type_has_a_danish_name() -> None:
    assert set(CONFIG.types) == set(REPRESENTATIVE_TYPES)
    assert CONFIG.type_name("paaroerende") == "Pårørende"
    assert CONFIG.type_name("xyz") == "xyz"


@pytest.mark.parametrize(("entry", "domain", "hit"), [
    ("3f.dk", "3f.dk", True), ("3f.dk", "aarhus.3f.dk", True), ("3f.dk", "x3f.dk", False),
    ("advokat", "holmadvokater.dk", True), ("advokat", "", False),
])
def test_domain_matching(entry: str, domain: str, hit: bool) -> None:
    assert domain_matches(entry, domain) is hit


@pytest.mark.parametrize(("phrase", "text", "hit"), [
    ("som|er advokat*", "Jeg er advokaten", True),
    ("som|er advokat*", "jeg ER  ADVOKAT", True),
    ("3F|HK afdeling*", "Fagforeningen 3F-afdelingen Vestby", True),
    ("advokat for", "advokatfor", False),
    ("vores medlem*", "vores medlemmer", True),
    ("vores medlem*", "vores_medlem", False),
])
def test_phrases(phrase: str, text: str, hit: bool) -> None:
    assert bool(compile_phrase(phrase).search(text)) is hit


def _broken(change: str) -> str:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    if change == "missing_type":
        del data["types"]["bisidder"]
    elif change == "unknown_type":
        data["types"]["vaerge"] = data["types"]["andet"]
    elif change == "unknown_kind":
        data["types"]["bisidder"]["exempt_case_kinds"] = ["moeder"]
    elif change == "exempt_without_requirement":
        data["types"]["advokat"]["exempt_case_kinds"] = ["moede"]
    elif change == "bad_field":
        data["reply"]["body"] += "\n{borger_cpr}"
    elif change == "missing_status_line":
        del data["reply"]["status_lines"]["udloebet"]
    elif change == "empty_alternative":
        data["types"]["advokat"]["phrases"] = ["som||er advokat"]
    elif change == "extra_field":
        data["types"]["advokat"]["delete"] = True
    return str(yaml.safe_dump(data, allow_unicode=True))


@pytest.mark.parametrize(("change", "words"), [
    ("missing_type", ["types", "bisidder"]),
    ("unknown_type", ["vaerge"]),
    ("unknown_kind", ["moeder"]),
    ("exempt_without_requirement", ["exempt_case_kinds"]),
    ("bad_field", ["borger_cpr", "reply"]),
    ("missing_status_line", ["udloebet"]),
    ("empty_alternative", ["tomt alternativ"]),
    ("extra_field", ["delete"]),
])
def test_broken_files_are_refused_with_the_place_named(change: str, words: list[str]) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_representation(_broken(change), source="min.yaml")
    message = str(caught.value)
    assert message.startswith("min.yaml:")
    for word in words:
        assert word in message


def test_invalid_yaml_and_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="linje"):
        parse_representation("types: [\n", source="x.yaml")
    with pytest.raises(ConfigError, match="kan ikke læse"):
        load_representation(tmp_path / "findes-ikke.yaml")


def test_a_file_of_ones_own_is_read(tmp_path: Path) -> None:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    data["types"]["advokat"]["requires_fuldmagt"] = True
    path = tmp_path / "repr.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert load_representation(path).requires("advokat", {"klage"})


@given(st.text(max_size=300), st.text(max_size=60), st.lists(st.text(max_size=40), max_size=3))
def test_recognition_never_raises(text: str, name: str, evidence: list[str]) -> None:
    found = CONFIG.recognise(sender_name=name, sender_email=f"{name}@{name}", evidence=evidence,
                             text=text)
    assert found.type in REPRESENTATIVE_TYPES
    assert found.source == "ingen" or found.quote


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Z", "C"),
                                              blacklist_characters="*|"),
                        min_size=1, max_size=12), min_size=1, max_size=4))
def test_a_phrase_finds_its_own_words(words: list[str]) -> None:
    assert compile_phrase(" ".join(words)).search("  ".join(words))
    assert compile_phrase(" ".join(w + "*" for w in words)).search(" ".join(words))
