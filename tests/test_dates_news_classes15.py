"""
Dates of wordings found as classes on the development set check12.

Each class is tested on sentences written here: a wire's dateline in capitals after the
agency's credit ("(EFE) - MADRID, OCT. 12 - "), a page's stamp of a clock time before a
full date ("Published: 07:30 AM, Jun 16, 2026": the day as written, the time on that day),
and a season that names the kind of a farming or herding event ("before the autumn
migration of herds", "after the spring harvest"), which dates nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.dates import find_dates


def _values(text: str, published: date) -> dict[str, str]:
    return {ref.text: ref.value for ref in find_dates(text, published)[0]}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("(ANSA) - ROME, MAY 7 - Italy will set up a hotline.", "MAY 7", "2026-05-07"),
        ("(EFE) \u2013 MADRID, MAY 4 \u2013 Spain will send a frigate.", "MAY 4", "2026-05-04"),
        ("(Lusa) - LISBON, APRIL 2 - Portugal and Angola agreed.", "APRIL 2", "2026-04-02"),
    ],
)
def test_a_capitalised_dateline_after_the_agencys_credit(
    text: str, phrase: str, value: str
) -> None:
    """'(ANSA) - ROME, MAY 7 - ': the dateline's day, its month in capitals."""
    assert _values(text, date(2026, 5, 7))[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Published: 07:30 AM, Jun 16, 2026", "Jun 16, 2026", "2026-06-16"),
        ("Updated: 9:02 PM, March 3, 2025", "March 3, 2025", "2025-03-03"),
        ("Posted 10:15 AM Jan 4, 2026", "Jan 4, 2026", "2026-01-04"),
        ("The talks began at 10:15 a.m. Jan. 4, 2026.", "at 10:15 a.m.", "2026-01-04T10:15"),
    ],
)
def test_a_clock_time_before_a_full_date(text: str, phrase: str, value: str) -> None:
    """The full date after a clock time is read whole; the time is on that day."""
    assert _values(text, date(2026, 6, 16))[phrase] == value


@pytest.mark.parametrize(
    "text",
    [
        "They should agree rules before the autumn migration of herds begins.",
        "Prices usually fall after the spring harvest.",
        "Engineers want the dam finished before the winter rains.",
    ],
)
def test_a_season_naming_a_farming_event_dates_nothing(text: str) -> None:
    """'before the autumn migration': the migration's, not a season's date."""
    assert _values(text, date(2026, 9, 9)) == {}


def test_a_season_alone_still_dates() -> None:
    """'before the autumn': the season."""
    assert _values("They will meet before the autumn.", date(2026, 9, 9)) == {
        "before the autumn": "2026-FA"
    }
