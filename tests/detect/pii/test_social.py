"""Private social-media profiles of another person — not institutions' pages or one's own."""

from __future__ import annotations

import pytest

from borgerpost.detect.pii.social import SocialProfileRecognizer
from tests.detect.pii.conftest import quotes

POSITIVES = [
    ("Her er hendes Facebook-profil, del den.", ["hendes Facebook-profil"]),
    ("Hans private Instagram siger alt.", ["Hans private Instagram"]),
    ("Find konens TikTok, den er offentlig.", ["konens TikTok"]),
    ("Følg ham på Instagram: @lars.k.fri", ["@lars.k.fri"]),
    # the name a person goes by on a network, a dating profile
    ("Privat hedder hun Lise Holm på Instagram, se selv.", ["hedder hun Lise Holm på Instagram"]),
    ("Han er på Tinder under navnet Kaj62, skriv til ham.", ["er på Tinder under navnet"]),
    ("fandt lige Bents insta, del den", ["Bents insta"]),
]
NEGATIVES = [
    "@Lene Fjeld husk navnet, del det.",  # a post's mention of a display name
    "Kommunens Facebook-side svarer aldrig.",
    "Jeg har skrevet det på min Instagram.",
    "Jobcentrets Facebook-profil er lukket i weekenden.",
    "Jeg så det på hans Facebook i går.",  # mentioned, not pointed out
    "Skriv til mig@gmail.com",
    "Jeg er på Facebook, hvis I vil skrive til mig.",  # the writer's own
    "Jeg hedder Jens Olsen på Facebook, hvis I vil finde mig.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_private_profiles_are_found(text: str, expected: list[str]) -> None:
    assert quotes(SocialProfileRecognizer, text) == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_pages_of_institutions_and_own_profiles_are_not(text: str) -> None:
    assert quotes(SocialProfileRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Følg hende her: @lise.fri", ["@lise.fri"]),
        # tagged, but called a private profile
        ("Tag ham på hans private konto @kimvad_privat", ["hans private konto", "@kimvad_privat"]),
    ],
)
def test_handles_pointed_out_are_found(text: str, expected: list[str]) -> None:
    assert quotes(SocialProfileRecognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a tagged handle calls its owner in; an official account is public
        "Tag hende! @lise.bro så hun kan se det",
        "Jeg har tagget @kimvad i opslaget, se selv.",
        "Følg @lisebro_official for nyheder",
    ],
)
def test_tagged_and_official_handles_are_not(text: str) -> None:
    assert quotes(SocialProfileRecognizer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a private profile someone keeps, told by its holder
        ("Hun har en privat Instagram med billeder fra sommerhuset.", ["en privat Instagram"]),
        ("Han havde sin hemmelige TikTok-profil i årevis.", ["sin hemmelige TikTok-profil"]),
        # a link straight to a person's profile
        ("Her er hun på stranden: instagram.com/suse_r_privat", ["instagram.com/suse_r_privat"]),
        ("se selv www.facebook.com/kim.vad.77", ["www.facebook.com/kim.vad.77"]),
        # a person found on a network and shown to others
        ("Fandt Lise Holm på Instagram, her er hun med ungerne.", ["Fandt Lise Holm på Instagram"]),
        ("Jeg har fundet ham på TikTok, se selv.", ["fundet ham på TikTok"]),
    ],
)
def test_private_profiles_kept_or_linked(text: str, expected: list[str]) -> None:
    assert quotes(SocialProfileRecognizer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har en privat Instagram, men den er lukket.",  # the writer's own
        "De har en hemmelig Facebook-gruppe for forældre.",  # a group, not a profile
        "Følg os på facebook.com/jobcenterskovby for nyheder.",  # the institution's page
        "Se billedet her: instagram.com/p/Cx12abc",  # a photo page (the image recognizer's)
        "Skriv til os på facebook.com/groups/ledigeiskovby",
        # the writer's own people, an institution, a fact or a thing found there
        "Fandt min gamle klassekammerat på Facebook, se bare.",
        "Jeg fandt ud af det på Facebook, se her.",
        "Fandt jobcentret på Facebook, se her.",
        "Fandt en god opskrift på Instagram, se her.",
    ],
)
def test_own_profiles_groups_and_institutions_links_are_not(text: str) -> None:
    assert quotes(SocialProfileRecognizer, text) == []


# round 353 threatA
# a bare apostrophe for the genitive of a name in s, x or z, and "own" before the network
R353A_SOCIAL = [
    ("Fandt lige Mads' private Facebook, del den.", ["Mads' private Facebook"]),
    ("Se Felix' Instagram, så ved I det.", ["Felix' Instagram"]),
    ("Billedet er fra hans egen Instagram, del det.", ["hans egen Instagram"]),
    ("Her er et opslag fra hendes eget Facebook, se selv.", ["hendes eget Facebook"]),
    ("Jeg så det på min egen Instagram i går.", []),
    ("Jeg har lagt det på min egen Facebook, se den.", []),
]


@pytest.mark.parametrize(("text", "expected"), R353A_SOCIAL)
def test_r353a_apostrophe_genitive_and_own(text: str, expected: list[str]) -> None:
    assert quotes(SocialProfileRecognizer, text) == expected
