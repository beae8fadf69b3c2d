"""
Date classes of the development sample ``sample21b``, on sentences written for these tests.

A week counted in a month ("the second week of April", "the last week of July") is read whole
and dated to its month (not "the last week" as the past seven days, "of July" apart).  A span
of clock times with its day told after its end ("from 23:10 to 23:40 on June 13") starts on
that day.
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
        ("The council will meet in the last week of July.", "in the last week of July", "2026-07"),
        ("The envoys meet in the first week of July.", "in the first week of July", "2026-07"),
        (
            "The committee met in the second week of April, the ministry said.",
            "in the second week of April",
            "2026-04",
        ),
        (
            "The talks are set for the first week of September.",
            "for the first week of September",
            "2026-09",
        ),
        (
            "The ministers will meet in the third week of August 2027.",
            "in the third week of August 2027",
            "2027-08",
        ),
        (
            "The clashes broke out in the second week of March, the army said.",
            "in the second week of March",
            "2026-03",
        ),
        # a plan, so next June
        (
            "The summit will be held in the final week of June.",
            "in the final week of June",
            "2027-06",
        ),
    ],
)
def test_a_week_counted_in_a_month_is_read_whole_as_its_month(
    sentence: str, text: str, value: str
) -> None:
    """'in the last week of July' is one expression (no 'last week' of seven days): July."""
    found = _dates(sentence)
    assert found.get(text) == value
    assert not [v for v in found.values() if v.startswith("P")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("He spent the last week of his life in Paris.", "P1W"),
        ("Officials said the first week of the talks went well.", None),
        ("The second week of the strike began quietly.", None),
    ],
)
def test_a_week_of_something_else_than_a_month_is_no_month(
    sentence: str, value: str | None
) -> None:
    """'the last week of his life', 'the first week of the talks': no month, no calendar week."""
    found = _dates(sentence)
    assert not [v for v in found.values() if v[:1].isdigit()]
    if value is not None:
        assert value in found.values()


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


_SATURDAY_1981 = date(1981, 8, 15)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "The Government has been asleep at the wheel since Christmas, he said.",
            "since Christmas",
            "1980-12-25",
        ),
        ("Talks have been stalled since Christmas Eve.", "since Christmas Eve", "1980-12-24"),
        ("The envoy arrived on Christmas Day.", "on Christmas Day", "1980-12-25"),
        ("The hostages were freed on Christmas Eve 1979.", "on Christmas Eve 1979", "1979-12-24"),
        ("The two leaders will meet on Christmas Day.", "on Christmas Day", "1981-12-25"),
        ("The truce took hold at Christmas, officials said.", "at Christmas", "1980-12-25"),
    ],
)
def test_christmas_as_a_point_in_time_is_its_day(sentence: str, text: str, value: str) -> None:
    """'since Christmas' is the last 25 December; 'on Christmas Day' the one the tense names."""
    assert _dates(sentence, _SATURDAY_1981).get(text) == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Christmas is a public holiday in the country.",
        "Ships reached Christmas Island last year.",
        "The Christmas truce was broken in the spring.",
        "Shoppers crowded the Christmas markets in the capital.",
        "The minister gave his Christmas message in the autumn.",
        "The talks should end before Christmas, the minister said.",
        "Troops will be home for Christmas.",
    ],
)
def test_christmas_as_a_feast_a_name_or_a_deadline_is_no_day(sentence: str) -> None:
    """The feast named alone, an island or a truce named after it, a deadline: no day."""
    assert not [
        v for v in _dates(sentence, _SATURDAY_1981).values() if v.endswith(("-12-25", "-12-24"))
    ]
