"""
Date classes of the development sample ``sample21b``, on sentences written for these tests.

A week counted in a month ("the second week of April", "the last week of July") is an ISO
week: the one holding that Thursday of the month, as ISO 8601 gives a week to the year that
holds its Thursday.  A span of clock times with its day told after its end ("from 23:10 to
23:40 on June 13") starts on that day.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_WEDNESDAY = date(2026, 7, 8)


def _dates(sentence: str, published: date = _WEDNESDAY) -> dict[str, str]:
    art = diplomeet.parse(f"Talks\n\n{sentence}", published=published)
    return {d.text: d.value for d in art.dates}


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # July 2026: Thursdays 2, 9, 16, 23, 30 (ISO weeks 27 to 31)
        ("The council will meet in the last week of July.", "in the last week of July", "2026-W31"),
        ("The envoys meet in the first week of July.", "in the first week of July", "2026-W27"),
        # April 2026: Thursdays 2, 9, ... (ISO weeks 14, 15, ...)
        (
            "The committee met in the second week of April, the ministry said.",
            "in the second week of April",
            "2026-W15",
        ),
        # September 2026: first Thursday the 3rd (ISO week 36)
        (
            "The talks are set for the first week of September.",
            "for the first week of September",
            "2026-W36",
        ),
        # August 2027: Thursdays 5, 12, 19 (the third in ISO week 33)
        (
            "The ministers will meet in the third week of August 2027.",
            "in the third week of August 2027",
            "2027-W33",
        ),
        # March 2026: Thursdays 5 and 12 (the second in ISO week 11)
        (
            "The clashes broke out in the second week of March, the army said.",
            "in the second week of March",
            "2026-W11",
        ),
        # June 2027 (a plan, so next June): last Thursday the 24th (ISO week 25)
        (
            "The summit will be held in the final week of June.",
            "in the final week of June",
            "2027-W25",
        ),
    ],
)
def test_a_week_counted_in_a_month_is_the_iso_week_of_that_thursday(
    sentence: str, text: str, value: str
) -> None:
    """'in the last week of July' is one expression, valued as an ISO week."""
    assert _dates(sentence).get(text) == value


@pytest.mark.parametrize(
    "sentence",
    [
        "He spent the last week of his life in Paris.",
        "The first week of the talks went well.",
        "The second week of the strike began quietly.",
    ],
)
def test_a_week_of_something_else_than_a_month_is_no_iso_week(sentence: str) -> None:
    """'the last week of his life', 'the first week of the talks': no calendar week."""
    assert not [v for v in _dates(sentence).values() if "-W" in v]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Units fired from 23:10 to 23:40 on June 13.", "from 23:10", "2026-06-13T23:10"),
        (
            "Positions came under fire between 2 a.m. and 4 a.m. on 5 May, the ministry said.",
            "between 2 a.m.",
            "2026-05-05T02:00",
        ),
        (
            "The shelling went on from 10:00 until 12:30 on Saturday.",
            "from 10:00",
            "2026-07-04T10:00",
        ),
        (
            "Drones circled the base from 01:15 to 01:50 on 2 July, the army said.",
            "from 01:15",
            "2026-07-02T01:15",
        ),
        (
            "Gunfire was heard from 22:00 till 23:30 on Sunday, residents said.",
            "from 22:00",
            "2026-07-05T22:00",
        ),
        (
            "The border post was shelled from 05:10 to 05:40 on 1 July.",
            "from 05:10",
            "2026-07-01T05:10",
        ),
    ],
)
def test_a_span_of_clock_times_starts_on_the_day_told_after_its_end(
    sentence: str, text: str, value: str
) -> None:
    """'from 23:10 to 23:40 on June 13': the span's start is on June 13 too."""
    assert _dates(sentence).get(text) == value


def test_a_span_of_clock_times_with_its_day_elsewhere_keeps_the_story_day() -> None:
    """'from 10:00 to 12:00, officials said on June 13': the day is the telling's."""
    found = _dates("The meeting ran from 10:00 to 12:00, officials said on June 13.")
    assert found.get("from 10:00") == "2026-07-08T10:00"
