"""Danish phone numbers in the groupings people write."""

from __future__ import annotations

import pytest

from borgerpost.detect.pii.phone import PhoneRecognizer
from tests.detect.pii.conftest import quotes

POSITIVES = [
    ("hans mobil er 41 52 63 74", "41 52 63 74"),
    ("Ring på 4152 6374 efter kl. 17", "4152 6374"),
    ("+45 28 91 73 40", "+45 28 91 73 40"),
    ("0045 28917340", "0045 28917340"),
    ("tlf. 28917340", "28917340"),
    ("Nummeret er 28-91-73-40.", "28-91-73-40"),
    ("sms til 28.91.73.40", "28.91.73.40"),
    ("privat nr. 2 8 9 1 7 3 4 0, ring efter 17", "2 8 9 1 7 3 4 0"),  # one digit at a time
]
NEGATIVES = [
    "Jeg har ventet 11 måneder og 58 minutter",
    "28917340",  # eight bare digits, no context: could be a case number
    "sagsnummer 28917340",
    "Mødet er kl. 16.12 den 3. marts",
    "cpr 120376-1234",
    "12 34 56 78 90 12 er et langt tal",
    "Det koster 1.450 kr.",
    "Kontonummer 1234 5678",
    "tæl 1 2 3 4 5 6 7 8 9 10",
    "resultaterne blev 3 2 1 0",
]


@pytest.mark.parametrize(("text", "quote"), POSITIVES)
def test_phone_numbers_are_found(text: str, quote: str) -> None:
    assert quotes(PhoneRecognizer, text) == [quote]


@pytest.mark.parametrize("text", NEGATIVES)
def test_near_misses_are_not_phone_numbers(text: str) -> None:
    assert quotes(PhoneRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # stop 36: a number written as digit words to slip past a filter
        (
            "Hans privatnr: to fire, otte otte, tre en, nul seks.",
            "to fire, otte otte, tre en, nul seks",
        ),
        ("Ring til hende på fem tre to to ni otte en en.", "fem tre to to ni otte en en"),
    ],
)
def test_a_number_in_digit_words(text: str, quote: str) -> None:
    assert quotes(PhoneRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Barnet talte en to tre fire fem seks syv otte og blev ved.",  # counting, no number word
        "Vi var to fire, tre tre og fem to på holdene.",  # too few digit words
    ],
)
def test_digit_words_without_a_number_are_none(text: str) -> None:
    assert quotes(PhoneRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # stop 37: a capital O typed for a zero to slip past a filter
        ("Hendes private mobil: 3O 61 27 O9, skriv løs", "3O 61 27 O9"),
        ("tlf 6O-81-42-35 hele aftenen", "6O-81-42-35"),
    ],
)
def test_a_number_with_o_for_zero(text: str, quote: str) -> None:
    assert quotes(PhoneRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "3O 61 27 O9",  # no context word: a code, a reference
        "ring til os oo oo oo igen",  # o's without digits
        "mobil 3O 6O OO O9",  # mostly o's: not a disguised number
    ],
)
def test_o_for_zero_needs_a_number_and_a_context_word(text: str) -> None:
    assert quotes(PhoneRecognizer, text) == []
