"""CPR numbers: the date is validated, modulus 11 is not."""

from __future__ import annotations

import pytest

from borgerpost.detect.pii.cpr import CprRecognizer, birth_date
from tests.detect.pii.conftest import quotes

POSITIVES = [
    ("Hans cpr er 120376-1234.", "120376-1234"),
    ("CPR: 120376 1234", "120376 1234"),
    ("personnummer 1203761234", "1203761234"),
    ("født 0101011234, bare så I ved det", "0101011234"),
    ("Cpr-nr. 290200-4123 (skudår i 2000)", "290200-4123"),
    ("hendes nummer er 311299-9999", "311299-9999"),  # not modulus-11 valid: still CPR
    # typed digit by digit to slip past a filter (probe round 81)
    ("cpr: 1 2 0 3 7 6 - 1 2 3 4", "1 2 0 3 7 6 - 1 2 3 4"),
    ("Personnummer 2 9 0 2 0 0 4 1 2 3", "2 9 0 2 0 0 4 1 2 3"),
]
NEGATIVES = [
    "Dato 32.01.85 og 320185-1234",  # day 32
    "Fejl: 300285-1234",  # 30 February
    "290201-4123",  # 29 February 2001
    "1203761234",  # ten digits and no context
    "kontonummer 1203761234",
    "Ring på 41 52 63 74",
    "sagsnr 120376-12345",
    "Beløbet er 120.376-1234",
    "cpr 3 2 0 1 8 5 - 1 2 3 4",  # spaced, but day 32
    "Ring på 1 2 0 3 7 6 1 2 3 4",  # spaced, no context
]


@pytest.mark.parametrize(("text", "quote"), POSITIVES)
def test_cpr_numbers_are_found(text: str, quote: str) -> None:
    assert quotes(CprRecognizer, text) == [quote]


@pytest.mark.parametrize("text", NEGATIVES)
def test_near_misses_are_not_cpr(text: str) -> None:
    assert quotes(CprRecognizer, text) == []


@pytest.mark.parametrize(
    ("digits", "year"),
    [
        ("0101011234", 1901),  # 7th digit 1 -> 1900s
        ("0101364234", 2036),  # 4, year <= 36 -> 2000s
        ("0101374234", 1937),  # 4, year > 36 -> 1900s
        ("0101575234", 2057),  # 5, year <= 57 -> 2000s
        ("0101585234", 1858),  # 5, year > 57 -> 1800s
        ("0101209234", 2020),  # 9, year <= 36 -> 2000s
        ("0101509234", 1950),  # 9, year > 36 -> 1900s
    ],
)
def test_century_follows_the_seventh_digit(digits: str, year: int) -> None:
    born = birth_date(digits)
    assert born is not None and born.year == year


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # stop 29: a number the text calls a CPR number counts even where its date does not
        # exist (a typo, or one made up for the post): it is shared as one
        ("Her er hendes CPR-nummer: 310478-3391", "310478-3391"),
        ("Fandt hans cpr-nr på et papir, 290286-3317, i min mappe", "290286-3317"),
        # stop 33: month 13, written with the dash of a CPR number and called one
        ("Her er Bents CPR-nummer, som han glemte at skjule: 271385-2209", "271385-2209"),
    ],
)
def test_a_number_called_a_cpr_number_counts_whatever_its_date(text: str, quote: str) -> None:
    assert quotes(CprRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Ordrenummer 310478-3391 er sendt.",
        "Sagsnummer 290286-3317 er oprettet i dag.",
        "Kundenummeret er 271385-2209.",  # month 13, not called a cpr number
        "Hans CPR-nummer er vist 2713852209.",  # month 13 without the dash: no date at all
    ],
)
def test_a_number_without_a_date_and_not_called_cpr_is_not(text: str) -> None:
    assert quotes(CprRecognizer, text) == []


# stop 33: the last digits partly masked, the number called a CPR number
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Her er CPR-nummeret på ham fra Ydelse: 120466-31x7", "120466-31x7"),
        ("hendes cpr er 051290-XX42, resten kan I selv gætte", "051290-XX42"),
    ],
)
def test_a_masked_number_called_a_cpr_number(text: str, quote: str) -> None:
    assert quotes(CprRecognizer, text) == [quote]


@pytest.mark.parametrize(
    "text", ["Varenummer 120466-31x7 er udsolgt.", "Se CPR-nummeret i brevet, sag 991399-31x7."]
)
def test_a_masked_number_not_called_cpr_or_without_a_date_is_not(text: str) -> None:
    assert quotes(CprRecognizer, text) == []
