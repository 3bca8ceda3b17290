"""Birth dates and CPR tails of another person — never the writer's own or a meeting date."""

from __future__ import annotations

import pytest

from borgerpost.detect.pii.birth import BirthRecognizer
from tests.detect.pii.conftest import quotes

POSITIVES = [
    ("Hun er født 07.11.1975 i Vejle.", "07.11.1975"),
    ("Teamlederen, født den 3. maj 1969, bor stadig i byen.", "3. maj 1969"),
    ("fødselsdato: 28/2-1990", "28/2-1990"),
    ("Hans cpr-nummer slutter på -4417.", "-4417"),
    ("personnummeret ender med 0913, siger rygterne", "0913"),
    ("Hendes cpr starter med 030581, så nu ved I det", "030581"),
    ("Hans CPR er 120483-xxxx, resten kan I selv regne ud", "120483-xxxx"),  # the date part
    # the CPR word further off in the sentence; "XXXX" is cut to "xx" by the normaliser
    ("Hendes CPR stod i en mail hun sendte ved en fejl: 120379-XXXX.", "120379-XXXX"),
    ("personnummer: 030581-****", "030581-****"),
]
NEGATIVES = [
    "Jeg er født 07.11.1975 og har fået et brev om min pension.",
    "Mit cpr-nummer slutter på 4417, hvis I skal finde sagen.",
    "Mødet er den 07.11.2026 kl. 10.",
    "Han er født 31.02.1980.",  # no such date
    "Min datter blev født i maj 2019, så jeg er på barsel.",
    "Mit cpr starter med 030581, hvis I skal finde mig.",
    "Hans cpr starter med 993412",  # no date
    "Mit CPR er 120483-xxxx, hvis I skal finde min sag.",  # the writer's own
    "Mit CPR-nummer har jeg skrevet på blanketten: 120379-xxxx",  # the writer's own
]


@pytest.mark.parametrize(("text", "quote"), POSITIVES)
def test_another_persons_birth_date_or_cpr_tail_is_found(text: str, quote: str) -> None:
    assert quotes(BirthRecognizer, text) == [quote]


@pytest.mark.parametrize("text", NEGATIVES)
def test_own_dates_meetings_and_non_dates_are_not(text: str) -> None:
    assert quotes(BirthRecognizer, text) == []


# stop 31: a numeric date may give the year in two digits
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Hun har fødselsdag den 14.03.78, så hun er snart 50.", "14.03.78"),
        ("Han er født 2/11-81 på Skejby.", "2/11-81"),
    ],
)
def test_a_birth_date_with_a_two_digit_year(text: str, quote: str) -> None:
    assert quotes(BirthRecognizer, text) == [quote]


@pytest.mark.parametrize("text", ["Hun er født den 31.02.78.", "Jeg er født 14.03.78."])
def test_no_such_date_and_the_writers_own_are_not(text: str) -> None:
    assert quotes(BirthRecognizer, text) == []
