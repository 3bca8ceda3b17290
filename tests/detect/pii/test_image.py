"""Links to pictures."""

from __future__ import annotations

import pytest

from borgerpost.detect.pii.image import ImageRecognizer
from tests.detect.pii.conftest import quotes

POSITIVES = [
    ("se her: https://i.imgur.com/Ab3x0Z1.jpg.", "https://i.imgur.com/Ab3x0Z1.jpg"),
    ("https://imgur.com/gallery/xYz12", "https://imgur.com/gallery/xYz12"),
    ("www.example.org/fest/IMG_2231.JPEG", "www.example.org/fest/IMG_2231.JPEG"),
    ("https://www.facebook.com/photo.php?fbid=123", "https://www.facebook.com/photo.php?fbid=123"),
    ("(https://example.com/a.png?w=200)", "https://example.com/a.png?w=200"),
]
NEGATIVES = [
    "Læs mere på https://www.borger.dk/arbejde",
    "https://www.facebook.com/groups/borgere",
    "billede.jpg uden link",
]


@pytest.mark.parametrize(("text", "quote"), POSITIVES)
def test_image_links_are_found(text: str, quote: str) -> None:
    assert quotes(ImageRecognizer, text) == [quote]


@pytest.mark.parametrize("text", NEGATIVES)
def test_other_links_are_not_images(text: str) -> None:
    assert quotes(ImageRecognizer, text) == []
