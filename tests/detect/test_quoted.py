"""A jobcentre letter quoted below a reply or forwarded is blanked; the writer's words stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borgerpost.detect.pii.official import OfficialContacts
from borgerpost.detect.pipeline import Pipeline
from borgerpost.detect.quoted import blank, quoted_letters
from borgerpost.register import StaffMember

OFFICIAL = OfficialContacts.from_lists(name="Jobcenter Søby", email_domains=["soby.dk"])
STAFF = ("Rikke Mølgaard",)

REPLY = (
    "Kan vi flytte mødet til fredag?\n\n"
    "Den 4. nov. 2026 kl. 09.12 skrev Jobcenter Søby <post@soby.dk>:\n"
    "> Du er indkaldt til samtale onsdag kl. 10.\n"
    "> Du kan klage over afgørelsen inden fire uger.\n"
    "> Med venlig hilsen\n"
    "> Rikke Mølgaard\n"
)
FORWARD = (
    "Se lige hvad de sender en fredag eftermiddag.\n\n"
    "---------- Videresendt besked ----------\n"
    "Fra: Ydelsesservice <ydelse@soby.dk>\n"
    "Dato: fre. 6. nov. 2026 kl. 16.02\n"
    "Emne: Afgørelse\n\n"
    "Vi har besluttet at standse din ydelse. Trusler mod personalet politianmeldes.\n"
)
# a client that writes the separator without a noun
SHORT_FORWARD = (
    "Kan du ringe til mig på 40 12 55 87?\n\n"
    "-------- Videresendt --------\n"
    "Fra: Rikke Mølgaard <rm@soby.dk>\n"
    "Emne: Indkaldelse\n"
    "Ring på 72 11 45 10, hvis tidspunktet ikke passer.\n"
)
OUTLOOK = (
    "Jeg forstår ikke brevet herunder.\n\n"
    "Fra: Rikke Mølgaard\n"
    "Sendt: 3. november 2026 10:02\n"
    "Emne: Partshøring\n\n"
    "Vi påtænker at træffe afgørelse om ophør.\n"
)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (REPLY, "Kan vi flytte mødet til fredag?"),
        (FORWARD, "Se lige hvad de sender en fredag eftermiddag."),
        (OUTLOOK, "Jeg forstår ikke brevet herunder."),
        (SHORT_FORWARD, "Kan du ringe til mig på 40 12 55 87?"),
    ],
)
def test_the_jobcentres_letter_is_blanked_and_the_writers_words_stay(text: str, kept: str) -> None:
    (start, end), = quoted_letters(text, OFFICIAL, STAFF)
    assert text[:start].strip() == kept
    assert end == len(text)


@pytest.mark.parametrize(
    "text",
    [
        # a post someone else wrote, forwarded to spread it: the writer passes it on
        "---------- Videresendt besked ----------\nFra: Bent K.\nDato: 2. maj\n\n"
        "> Hun bor på Lærkevej 3.\n\nDel det videre.",
        # a reply to a private person
        "Tak!\n\nDen 4. nov. 2026 kl. 09.12 skrev Mona Jensen <mona@gmail.com>:\n> Ses i morgen",
        # the writer telling what the jobcentre wrote: no mail header (no hour)
        "Jobcentret skrev:\n'Du har ikke ret til hjælp.'\nDet er forkert, og jeg klager.",
        "Den 3. marts skrev jobcentret til mig:\nat jeg skulle møde op. Det kunne jeg ikke.",
    ],
)
def test_other_quotes_and_retold_letters_stay(text: str) -> None:
    assert quoted_letters(text, OFFICIAL, STAFF) == []


def test_an_answer_below_the_quoted_lines_is_the_writers_again() -> None:
    text = (
        "Den 4. nov. 2026 kl. 09.12 skrev post@soby.dk:\n"
        "> Hvorfor mødte du ikke op?\n"
        "Fordi jeg lå på sygehuset, hvilket I vidste."
    )
    (start, end), = quoted_letters(text, OFFICIAL, STAFF)
    assert text[end:] == "Fordi jeg lå på sygehuset, hvilket I vidste."
    assert start == 0


def test_a_staff_member_writing_from_a_private_address_is_known_by_full_name() -> None:
    text = "Modtaget.\n\nOn Mon, 2 Nov 2026 at 10:14, Rikke Mølgaard <rm@outlook.dk> wrote:\n> Hej"
    assert len(quoted_letters(text, OFFICIAL, STAFF)) == 1


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*"ab >:-\n", "skrev", "kl. 10.14", "Fra: ", "Jobcenter"])).map(
        "".join
    )
)
def test_blanking_keeps_length_and_line_breaks(text: str) -> None:
    out = blank(text, quoted_letters(text, OFFICIAL, STAFF))
    assert len(out) == len(text)
    breaks = [i for i, c in enumerate(text) if c == "\n"]
    assert [i for i, c in enumerate(out) if c == "\n"] == breaks
    assert all(o in (t, " ") for o, t in zip(out, text, strict=True))


def test_the_pipeline_labels_the_writer_not_the_quoted_letter() -> None:
    pipeline = Pipeline.from_register([StaffMember("Rikke Mølgaard", "sagsbehandler", "Ydelse")])
    result = pipeline.run(REPLY)
    assert "staff_named" not in result.labels  # named only in the letter's signature
    assert result.case_kind == "moede"  # the writer's own request, not the letter's "klage"
    own = "nu er det nok, de skal bløde for det her"
    forwarded = pipeline.run(own + "\n\n" + FORWARD.split("\n\n", 1)[1])
    assert "threat" in forwarded.labels
    evidence = [e for f in forwarded.findings for e in f.evidence]
    assert all(e.end <= len(own) for e in evidence)
