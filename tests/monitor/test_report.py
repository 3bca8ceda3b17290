"""The report's helpers: Danish names, times in UTC and Danish time, unprintable characters."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from borgerpost.monitor.pdf import _Report
from borgerpost.monitor.report import LABEL_DA, both_times, utc_text
from borgerpost.web.templating import LABEL_NAMES


def test_label_names_are_the_web_apps() -> None:
    assert LABEL_DA == LABEL_NAMES


@pytest.mark.parametrize(("moment", "text"), [
    (datetime(2026, 3, 5, 9, 30, 12, tzinfo=UTC),
     "2026-03-05 09:30:12 UTC (05.03.2026 kl. 10:30:12 dansk tid)"),
    (datetime(2026, 7, 1, 22, 0, 0, tzinfo=UTC),  # summer time, the next Danish day
     "2026-07-01 22:00:00 UTC (02.07.2026 kl. 00:00:00 dansk tid)"),
    (datetime(2026, 7, 1, 22, 0, 0), "2026-07-01 22:00:00 UTC (02.07.2026 kl. 00:00:00 dansk tid)"),
])
def test_times_are_utc_first(moment: datetime, text: str) -> None:
    assert both_times(moment) == text
    assert utc_text(None) == "ukendt"


@pytest.mark.parametrize(("raw", "drawn"), [
    ("Æble, øl og å § 119 a", "Æble, øl og å § 119 a"),
    ("linje 1\r\nlinje 2", "linje 1\nlinje 2"),
    ("tab\there", "tab    here"),
    ("smelter \U0001FAE0 nu", "smelter [U+1FAE0] nu"),
    ("nul\x00byte", "nul[U+0000]byte"),
])
def test_characters_the_font_lacks_are_named_not_dropped(raw: str, drawn: str) -> None:
    assert _Report("bevis-test").safe(raw) == drawn
