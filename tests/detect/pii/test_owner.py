"""Whose data is it: the writer's, or another person's (named, pointed at or a title)."""

from __future__ import annotations

import pytest

from borgerpost.detect.normalise import normalise
from borgerpost.detect.pii.owner import OTHER, WRITER, nearest_person


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Jeg bor på Lærkevej 3", WRITER),
        ("Hun bor på Lærkevej 3", OTHER),
        ("Min sagsbehandler bor på Lærkevej 3", OTHER),
        # a staff member named by role and look
        ("Receptionisten med det røde hår bor på Lærkevej 3", OTHER),
        ("Sagsbehandleren bor på Lærkevej 3", OTHER),
        ("Bor på Lærkevej 3", ""),
    ],
)
def test_the_nearest_person_before_the_data_owns_it(text: str, owner: str) -> None:
    norm = normalise(text)
    assert nearest_person(norm, norm.text.index("lærkevej")) == owner
