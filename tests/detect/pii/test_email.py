"""E-mail addresses (which are official is decided by OfficialContacts)."""

from __future__ import annotations

import pytest

from borgerpost.detect.pii.email import EmailRecognizer
from tests.detect.pii.conftest import quotes

POSITIVES = [
    ("skriv til lone.b77@gmail.com i aften", "lone.b77@gmail.com"),
    ("Mail: Per_Storm@Hotmail.DK.", "Per_Storm@Hotmail.DK"),
    ("hans private mail er k.vang@firma-x.dk", "k.vang@firma-x.dk"),
    # spelt out to slip past filters
    ("skriv til lone.b (at) gmail (dot) com", "lone.b (at) gmail (dot) com"),
    ("lone_b[at]hotmail[punktum]dk er hendes", "lone_b[at]hotmail[punktum]dk"),
]
NEGATIVES = [
    "@Sofie er sød",
    "skriv til mig på mail",
    "a@b",
    "navn@domæne",
    "Hun svarede fra k.vang@firma-x.dk i går",  # a work address, not called private
    "vi ses (at) home",
    "kig på bilen (at) værkstedet (dot)",
]


@pytest.mark.parametrize(("text", "quote"), POSITIVES)
def test_addresses_are_found(text: str, quote: str) -> None:
    assert quotes(EmailRecognizer, text) == [quote]


@pytest.mark.parametrize("text", NEGATIVES)
def test_near_misses_are_not_addresses(text: str) -> None:
    assert quotes(EmailRecognizer, text) == []
