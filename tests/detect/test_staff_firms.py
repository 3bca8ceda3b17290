"""A staff surname that is also a firm's name ("Falck", "Salling"): alone it is the firm,
unless a cue points to a person (a title, a greeting, a pronoun, a degrading word said of
it, the full name elsewhere)."""

from __future__ import annotations

import pytest

from borgerpost.detect.normalise import normalise
from borgerpost.detect.staff import StaffMatcher
from borgerpost.register import StaffMember


@pytest.fixture(scope="module")
def matcher() -> StaffMatcher:
    return StaffMatcher([
        StaffMember("Gunhild Falck", "sagsbehandler", "Sygedagpenge"),
        StaffMember("Ebbe Salling", "jobkonsulent", "Fleksjob"),
        StaffMember("Vibeke Ørsted", "teamleder", "Kontanthjælp"),
        StaffMember("Aksel Skov", "sagsbehandler", "Jobafklaring"),
    ])  # fmt: skip


def _named(matcher: StaffMatcher, text: str) -> list[str]:
    return [m.member.name for m in matcher.find(normalise(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Falck hentede min mor i nat, så jeg kan ikke komme til mødet i morgen.",
        "Falck kørte mig på skadestuen, og nu har jeg gips på armen.",
        "Jeg har fået job hos Salling som lagermedarbejder fra 1. marts.",
        "Salling har tilbudt mig 20 timer om ugen, skal jeg sige ja?",
        "Vi har en aftale med Falck om genoptræning hver tirsdag.",
        "Jeg har fået et brev fra Falck om min arbejdsprøvning.",
        "Min mand arbejder på Ørsted i Fredericia.",
        "Falcks vurdering af min arbejdsevne er vedlagt.",
        "Jeg ringede til Falck, men de havde ingen tider før i januar.",
    ],
)
def test_a_firm_name_alone_is_the_firm(matcher: StaffMatcher, text: str) -> None:
    assert _named(matcher, text) == []


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Kære Falck, tak for en god samtale i går.", "Gunhild Falck"),
        ("Min sagsbehandler Falck har ikke svaret i tre uger.", "Gunhild Falck"),
        ("Jobkonsulent Salling har lovet at ringe i morgen.", "Ebbe Salling"),
        ("Falck er en idiot.", "Gunhild Falck"),
        ("Salling er sådan en klam nar!", "Ebbe Salling"),
        ("Hej Ørsted, kan vi flytte mødet?", "Vibeke Ørsted"),
        ("Sig til hende Falck, at jeg kommer.", "Gunhild Falck"),
        ("Gunhild Falck har aflyst igen. Falck skrev kun en sms.", "Gunhild Falck"),
    ],
)
def test_a_firm_name_pointed_at_a_person_is_the_staff_member(
    matcher: StaffMatcher, text: str, member: str
) -> None:
    assert member in _named(matcher, text)


def test_a_word_name_called_names_counts_by_that_cue(matcher: StaffMatcher) -> None:
    mentions = matcher.find(normalise("Skov er sådan en nar, og alle ved det."))
    assert [m.member.name for m in mentions] == ["Aksel Skov"]
    assert "called_names" in {cue.rule for cue in mentions[0].cues}


def test_the_firm_reading_is_explained(matcher: StaffMatcher) -> None:
    mention = matcher.find(normalise("Kære Falck, tak for mødet."))[0]
    assert mention.cues[0].rule == "base_firm"
    assert "firmanavn" in mention.cues[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Virksomheden Skov & Bjerre ApS har tilbudt mig løntilskud.",
        "Jeg kan starte i praktik hos Salling Transport A/S på mandag.",
        "Firmaet Skov har sendt kontrakten, hvem skal have den?",
        "Skov & Søn vil gerne have mig i fleksjob.",
    ],
)
def test_a_name_inside_a_firms_name_is_the_firm(matcher: StaffMatcher, text: str) -> None:
    assert _named(matcher, text) == []


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Hej Aksel. Skov Tømrer ApS vil gerne have mig i praktik.", "Aksel Skov"),
        ("Jeg talte med Skov & hans kollega om praktikken i går.", "Aksel Skov"),
        ("Sagsbehandler Skov sagde, at Bjerre ApS kan tage mig.", "Aksel Skov"),
    ],
)
def test_a_firm_beside_the_name_leaves_the_person(
    matcher: StaffMatcher, text: str, member: str
) -> None:
    assert member in _named(matcher, text)


def test_a_first_name_that_is_a_firm_is_the_firm_alone() -> None:
    """Probe round 100: "Meta har slettet mit opslag" is the company behind Facebook."""
    matcher = StaffMatcher([StaffMember("Meta Balslev", "sagsbehandler", "Fleksjob")])
    assert _named(matcher, "Meta har slettet mit opslag om jobcentret.") == []
    assert _named(matcher, "Hej Meta, tak for i går.") == ["Meta Balslev"]
    assert _named(matcher, "Meta Balslev har ikke svaret.") == ["Meta Balslev"]
