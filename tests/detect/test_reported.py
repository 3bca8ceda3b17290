"""Reported speech: a threat quoted from someone else is reported, not made."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import triage


@pytest.mark.parametrize(
    "text",
    [
        # a frame before the quotation: someone else wrote, shouted, texted it
        "Min nabo har skrevet til mig: 'Jeg ved hvor du bor.' Hvad gør jeg?",
        "I går råbte en borger »jeg slår jer ihjel« i receptionen, så I skal være varsomme.",
        "Han sms'ede: “Vi ses på parkeringspladsen” — jeg har gemt beskeden til politiet.",
        # a frame after it
        '"Pas godt på dine børn", skrev han under mit opslag.',
        # an apostrophe inside a single-quoted quotation: 'I'll …', 'don't …'
        "Min nabo skreg 'I'll burn your house down' over hækken i går.",
        # a phrase named as a phrase is mentioned, not used
        "Er udtrykket 'jeg ved hvor du bor' ikke en trussel i sig selv?",
        # a quotation a text holds: someone else wrote it
        "Der står 'jeg ved hvor du bor' på en seddel i min postkasse. Hvad gør jeg?",
        # someone else's compound verb: "har truet"
        "Manden har truet med »jeg kommer efter dig«, skriver min datter.",
        # round 116: a cue that takes in the sentence end after the closing mark
        "En fyr skrev i morges til min søster på Snapchat: 'sig til Kim Frederiksen at han skal"
        " passe på'. Vi ville bare sige det til jer.",
        "Naboen hviskede i går til mig i opgangen: »du skal passe på«. Jeg blev helt utryg.",
    ],
)
def test_a_threat_reported_from_someone_else_is_no_threat(text: str) -> None:
    assert "threat" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Jeg skrev til hende: 'Jeg ved hvor du bor.'",  # the writer's own words
        'Husk nu: "vi ses på parkeringspladsen".',  # quotation marks without a frame
        "Jeg ved hvor du bor, og det er ikke 'en trussel', det er et løfte.",
    ],
)
def test_the_writers_own_threat_in_quotation_marks_stays_a_threat(text: str) -> None:
    assert "threat" in triage(text).labels


def test_indirect_speech_about_a_named_staff_member_is_reported() -> None:
    reported = triage("I gruppen har en fyr skrevet, at Per Storm er en kold kælling.")
    assert "insult" not in reported.labels
    own = triage("Jeg skrev til jer, at Per Storm er en kold kælling.")
    assert "insult" in own.labels


# round 279 threatC
# probe round 279 (threatC): a threat someone else shouted, reported with where or when it
# was said after the closing mark ("'…' ved skranken i går"), is history the writer tells,
# often with thanks to the staff; the writer's own shout, or a quotation with no frame,
# stays a threat
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        (
            "For et par dage siden skreg en kunde 'jeg brænder jer ned' ved skranken, men jeres "
            "vagt fik ro på ham. Tak for jeres ro.",
            False,
        ),
        (
            "En mand brølede »jeg stikker jer ned« i receptionen i går. Flot klaret af "
            "personalet.",
            False,
        ),
        ("Jeg råbte 'jeg sætter ild til jer' i venteværelset, og det mente jeg.", True),
        ("'Jeg sætter ild til jer' i nat.", True),
    ],
)
def test_r279c_a_reported_threat_with_the_frame_after_it(text: str, threat: bool) -> None:
    assert ("threat" in triage(text).labels) is threat


# round 299 threatB
# A verb of saying inside the writer's condition ("hvis X siger til min søn, at …, så …"): the
# main clause after ", så" is the writer's own warning, not the reported words
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Hvis Kim igen fortæller min datter, at hun er doven, så slår jeg ham ihjel.", True),
        ("Når hun siger til min mor, at hun lyver, så brænder jeg hendes bil af.", True),
        ("Min nabo sagde til mig, at han ville slå dig ihjel, så jeg advarer dig.", False),
        ("Hvis du spørger mig, sagde han, at de ville brænde jobcentret ned.", False),
    ],
)  # fmt: skip
def test_r299b_saying_as_the_writers_condition(text: str, threat: bool) -> None:
    assert ("threat" in triage(text).labels) is threat


# round 345 insultB
# Indirect speech whose subject is an indefinite someone ("at en anden borger havde …"): what
# that person said or did with words is reported, not the writer's; "en af os" is the writer's
@pytest.mark.parametrize(
    ("text", "label", "given"),
    [
        ("Hun fortalte mig, at en borger havde kaldt hende en luder i skranken.", "insult", False),
        ("Han sagde, at nogle unge havde råbt, at de ville slå ham ihjel.", "threat", False),
        ("Jeg skrev til Per Storm, at en tåbe som ham burde fyres.", "insult", True),
        ("Han sagde, at en ny rådgiver ville komme. Per Storm er en idiot.", "insult", True),
    ],
)
def test_r345_indefinite_subject_of_reported_words(text: str, label: str, given: bool) -> None:
    assert (label in triage(text).labels) is given
