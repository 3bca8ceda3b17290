"""The jobcentre's own contact data is never private; the writer's own data is marked."""

from __future__ import annotations

from pathlib import Path

import pytest

from borgerpost.detect.normalise import normalise
from borgerpost.detect.pii import analyze_pii
from borgerpost.detect.pii.official import (
    OfficialContacts,
    address_key,
    load_official_contacts,
    phone_digits,
)
from borgerpost.errors import ConfigError


def _marks(text: str, official: OfficialContacts) -> list[tuple[str, str, bool, str]]:
    return [
        (m.kind, text[m.start : m.end], m.official, m.owner)
        for m in analyze_pii(normalise(text), official)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ring til os på 70 11 22 33 i telefontiden.",
        "Skriv privat til sagsbehandleren på k.vang@soeby.dk",
        "Kom forbi Havnegade 4, 5960 Søby.",
        "Jobcentret ligger på Torvegade 1, 5960 Søby. Telefon 70 99 88 77, mandag til fredag.",
        "Kommunens borgerservice har nummer 70 99 88 77.",
        # the genitive of an office: its own address
        "Jobcentrets adresse: Havnegade 4, 5960 Søby.",
        "Sygedagpengeafdelingens adresse er Havnegade 14.",
        "Skriv privat til post@xby.kommune.dk",
        # a department, named alone or in a compound
        "Sygedagpengeafdelingen ligger på 2. sal i Havnegade 14.",
        "Afdelingen holder til på Stationsvej 8, 5960 Søby.",
        # a number the jobcentre's own letter or web page gives
        "Jeg har ringet til Bent Frost på det nummer, der står i jeres brev (71 22 93 40).",
        "Hendes nummer, som stod på hjemmesiden, 63 18 27 45, er aldrig åbent.",
        "Jeg ringede til nummeret oplyst i indkaldelsen, 29 74 10 58, men ingen tog den.",
        # stop 29: the line of the office the writer addresses
        "Jeres telefon 72 34 18 00 er lukket hele tiden efter kl. 12.",
        "Jeres hovednummer 70 12 34 56 svarer aldrig.",
        # stop 30: the place of the office the writer addresses
        "Jeg kommer forbi jeres reception på Nygade 7 i morgen med papirerne.",
        "Jeres kontor ligger på Havnegade 12, ikke?",
    ],
)
def test_official_contact_data_is_marked_official(text: str, official: OfficialContacts) -> None:
    found = _marks(text, official)
    assert found and all(is_official for _k, _q, is_official, _o in found), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hun arbejder på jobcentret, men hendes mobil er 41 52 63 74.", "phone"),
        ("Sagsbehandleren fra jobcentret bor privat på Egernvej 14.", "address"),
        ("Hans private mail er per1990@gmail.com", "email"),
        ("Han fra Ydelsescentret har sommerhus på Klitvej 41 i Søndervig.", "address"),
        ("Hun fra afdelingen bor på Egernvej 14.", "address"),
        # told apart from a letter's number: her own, found elsewhere
        ("Hendes private mobil står i telefonbogen: 41 52 63 74.", "phone"),
        ("Hans hjemmenummer, som stod i hans brev til avisen, er 28 19 44 70.", "phone"),
        # an address given as a person's, by a genitive (probe round 84)
        ("Bente K.s adresse: Mosevej 3, 1. tv, hun er den fra kontanthjælp.", "address"),
        ("Mettes adresse er Lindealle 9, hun sidder i sygedagpenge.", "address"),
        ("Jeres sagsbehandler har privatnummer 41 52 63 74.", "phone"),
        ("Jeres sagsbehandler bor på Nygade 7, lige ved jeres kontor.", "address"),
        # stop 31: a house bought is a home, whatever unit the sentence names
        ("Om Bo i Fleksjob: han har købt det røde hus for enden af Pilevej.", "address"),
    ],
)
def test_private_data_beside_the_word_jobcenter_stays_private(
    text: str, kind: str, official: OfficialContacts
) -> None:
    assert (kind, False) in [(k, o) for k, _q, o, _w in _marks(text, official)]


@pytest.mark.parametrize(
    "text",
    ["Ring til mig på 41 52 63 74.", "Mit nummer er 41 52 63 74", "Jeg bor på Egernvej 14."],
)
def test_the_writers_own_data_is_marked(text: str, official: OfficialContacts) -> None:
    assert [o for _k, _q, _off, o in _marks(text, official)] == ["writer"]


def test_my_caseworkers_address_is_not_the_writers(official: OfficialContacts) -> None:
    (mark,) = _marks("Min sagsbehandler bor på Egernvej 14.", official)
    assert mark[3] == ""


def test_shipped_default_loads() -> None:
    contacts = load_official_contacts()
    assert contacts.phones and contacts.email_domains and contacts.addresses


def test_yaml_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "kontakt.yaml"
    path.write_text(
        "name: Jobcenter Å\nphones: ['+45 70 00 00 01']\naddresses: ['Åvej 2, 9000 Å']\n"
    )
    contacts = load_official_contacts(path)
    assert contacts.phones == {"70000001"}
    assert contacts.addresses == {"åvej 2"}


@pytest.mark.parametrize(
    ("content", "problem"),
    [("phones: [1, 2", "ugyldig YAML"), ("telefon: ['70000001']", "ugyldige officielle")],
)
def test_bad_yaml_names_the_file(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "kontakt.yaml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=problem):
        load_official_contacts(path)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="kan ikke læse"):
        load_official_contacts(tmp_path / "mangler.yaml")


def test_keys_compare_by_digits_and_street() -> None:
    assert phone_digits("+45 41-52-63-74") == phone_digits("0045 41526374") == "41526374"
    assert address_key("Havnegade 4, 2. th, 5960 Søby") == "havnegade 4"


def test_a_number_given_as_someones_private_one_is_theirs(official: OfficialContacts) -> None:
    """stop 31: "X gav mig sit private nummer, da jeg …, <number>": the reflexive owns it,
    though the writer is named between; "mit private nummer" is the writer's own."""
    theirs = "Lise gav mig sit private nummer, da jeg var syg, 28 91 44 06."
    mine = "Jeg gav hende mit private nummer, 28 91 44 06."
    assert [w for k, _q, _o, w in _marks(theirs, official) if k == "phone"] == [""]
    assert [w for k, _q, _o, w in _marks(mine, official) if k == "phone"] == ["writer"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # stop 31: the number one asks to be called on is one's own; "ring til hende på" not
        ("Jeg finder ikke indgangen. Ring gerne på 40 12 77 31, hvis I kan guide mig.", "writer"),
        ("Sms bare til mig på 40 12 77 31.", "writer"),
        ("Ring til hende på 40 12 77 31, hun ved det.", ""),
    ],
)
def test_call_me_on_marks_the_writers_number(
    text: str, owner: str, official: OfficialContacts
) -> None:
    assert [w for k, _q, _o, w in _marks(text, official) if k == "phone"] == [owner]


# round 173 (privdata): a card's "Adresse:" field under a person's "Navn:" field is that
# person's, whatever workplace the card tells; the jobcentre's own card stays official
POSITIVES_R173_PRIVDATA = [
    "Navn: Else Dam. Adresse: Stationsvej 8, 2. tv. Sagsbehandler i jobcentret.",
    "Navn: Ib Lind / Adresse: Møllevej 22 / Arbejde: Kommunens ydelseskontor",
]
NEGATIVES_R173_PRIVDATA = [
    "Navn: Jobcenter Søby. Adresse: Stationsvej 8. Åbent på hverdage.",
    "Kontakt: Else Dam, jobcentret. Adresse: Stationsvej 8.",
]


@pytest.mark.parametrize("text", POSITIVES_R173_PRIVDATA)
def test_a_persons_card_address_is_private_r173_privdata(
    text: str, official: OfficialContacts
) -> None:
    assert [m[2] for m in _marks(text, official) if m[0] == "address"][:1] == [False]


@pytest.mark.parametrize("text", NEGATIVES_R173_PRIVDATA)
def test_the_offices_card_address_is_official_r173_privdata(
    text: str, official: OfficialContacts
) -> None:
    assert [m[2] for m in _marks(text, official) if m[0] == "address"][:1] == [True]


@pytest.mark.parametrize(
    ("text", "official_line"),
    [
        # stop 36: a unit of the register, then "på", right before the number: the unit's line
        ("Du kan ringe til Ressourceforløb på 72 44 13 20 mellem kl. 9 og 12.", True),
        ("Ring til Fleksjob på 72 44 13 21, hvis du har spørgsmål.", True),
        # a person's number, or a unit named without "på" before the number, stays a number
        ("Hun fra Ressourceforløb har privatnummer 72 44 13 20.", False),
        ("Jeg har ringet til Fleksjob, og hende kan man fange på 72 44 13 21 om aftenen.", False),
    ],
)
def test_a_units_line_is_the_jobcentres(
    text: str, official_line: bool, official: OfficialContacts
) -> None:
    contacts = official.with_units(["Ressourceforløb", "Fleksjob"])
    phones = [m for m in analyze_pii(normalise(text), contacts) if m.kind == "phone"]
    assert phones and all(m.official is official_line for m in phones), phones


@pytest.mark.parametrize(
    ("text", "official_line"),
    [
        # stop 38: one asks for a person at a switchboard ("spørg efter X på …")
        ("Ring selv og spørg efter Karsten Dyhr på 72 40 10 00 og hør, hvad han siger.", True),
        ("Spørg bare efter Lone på tlf 72 40 10 00, hun sidder i fleksjob.", True),
        # a number said to be the person's own, or one to call the person on, stays a number
        ("Karsten Dyhr har privatnummer 72 40 10 00, spørg efter ham der.", False),
        ("Spørg efter hans adresse, han har nummeret 72 40 10 00.", False),
    ],
)
def test_a_person_asked_for_at_a_switchboard(
    text: str, official_line: bool, official: OfficialContacts
) -> None:
    phones = [m for m in analyze_pii(normalise(text), official) if m.kind == "phone"]
    assert phones and all(m.official is official_line for m in phones), phones
