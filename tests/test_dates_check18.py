"""
Date classes of the nineteenth blind set, on sentences written for these tests.

The week before its weekday ("last week Thursday"), the formal British order ("on Saturday
last", "Saturday last, 4th July"), "next Thursday" written on a Wednesday, and a weekday after "a"
that is any such day.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.dates import find_dates

# a Thursday
_PUBLISHED = date(2026, 10, 15)


def _pairs(text: str, published: date = _PUBLISHED) -> list[tuple[str, str]]:
    refs, _ = find_dates(text, published)
    return [(ref.text, ref.value) for ref in refs]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The committee had last week Thursday met the leaders of the returnees.",
            ("last week Thursday", "2026-10-08"),
        ),
        ("The panel met last week Monday in the capital.", ("last week Monday", "2026-10-05")),
        (
            "The minister will next week Tuesday receive the envoy.",
            ("next week Tuesday", "2026-10-20"),
        ),
        ("The envoys meet this week Friday.", ("this week Friday", "2026-10-16")),
    ],
)
def test_the_week_before_its_weekday_is_one_date(text: str, pair: tuple[str, str]) -> None:
    """A week right before its weekday: "last week Thursday" is last week's Thursday."""
    assert _pairs(text) == [pair]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a full stop between them: two dates
        (
            "He met them last week. Thursday was spent in talks.",
            [("last week", "2026-W41"), ("Thursday", "2026-10-15")],
        ),
        # a comma between them: two dates
        (
            "The talks were held last week, Thursday being the last day.",
            [("last week", "2026-W41"), ("Thursday", "2026-10-08"), ("the last day", "P1D")],
        ),
    ],
)
def test_a_week_and_a_weekday_apart_stay_two_dates(text: str, pairs: list[tuple[str, str]]) -> None:
    """Only a week right before its weekday makes one expression."""
    assert _pairs(text) == pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The vessel was seized on Saturday last.", ("on Saturday last", "2026-10-10")),
        ("On Tuesday last, the navy boarded a trawler.", ("On Tuesday last", "2026-10-13")),
        ("The House will sit again on Monday next.", ("on Monday next", "2026-10-19")),
        (
            "On Saturday last, 10th October, the navy seized a longliner.",
            ("On Saturday last, 10th October", "2026-10-10"),
        ),
        (
            "The House will rise on Friday next, October 23, for the recess.",
            ("on Friday next, October 23", "2026-10-23"),
        ),
    ],
)
def test_the_formal_british_order_of_last_and_next(text: str, pair: tuple[str, str]) -> None:
    """Formal order: "on Saturday last" is last Saturday; with its date, one expression."""
    assert _pairs(text) == [pair]


def test_last_before_a_noun_is_not_the_weekdays() -> None:
    """In "On Saturday last year's winner", "last" opens "last year", not the weekday's."""
    pairs = _pairs("On Saturday last year's winner spoke to the crowd.")
    assert ("On Saturday", "2026-10-10") in pairs
    assert ("last year", "2025") in pairs


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a Wednesday: "next Thursday" is not tomorrow
        ("The conference was due to take place next Thursday.", date(2026, 10, 21), "2026-10-29"),
        # a Thursday: "next Friday" is not tomorrow
        ("The envoy will arrive next Friday.", date(2026, 10, 15), "2026-10-23"),
    ],
)
def test_next_weekday_written_the_day_before_reaches_the_week_after(
    text: str, published: date, value: str
) -> None:
    """The day after publication is "tomorrow" or "on Thursday": "next" is a week on."""
    assert [v for _, v in _pairs(text, published)] == [value]


def test_next_weekday_further_ahead_is_unchanged() -> None:
    """Written on a Wednesday, "next Friday" is still the Friday two days on."""
    assert _pairs("The envoy will arrive next Friday.", date(2026, 10, 21)) == [
        ("next Friday", "2026-10-23")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "If a cutter can do this to a boat on a Friday, it can do it on a Saturday.",
        "It was a Friday like any other in the harbour.",
        "The vote may fall on a Monday or a Tuesday.",
    ],
)
def test_a_weekday_after_a_is_no_date(text: str) -> None:
    """After "a", a weekday is any such day ("on a Saturday"): no date."""
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Saturday morning raid killed two fishermen.", ("Saturday morning", "2026-10-10TMO")),
        ("He said a Friday meeting had been held.", ("Friday", "2026-10-09")),
    ],
)
def test_a_weekday_after_a_before_its_noun_is_still_a_date(
    text: str, pair: tuple[str, str]
) -> None:
    """With its noun after it ("a Saturday morning raid"), the weekday is that day's."""
    assert pair in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Midday briefing of the European Commission",
        "The spokesman told the midday briefing that the talks would resume.",
        "Noon prayers were held at the mosque near the border post.",
        "Midday bulletins carried the minister's statement.",
    ],
)
def test_midday_naming_a_kind_of_briefing_is_no_time(text: str) -> None:
    """A midday briefing is a kind of briefing: "midday" before its noun is no time."""
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The talks began at midday.", ("at midday", "2026-10-15T12:00")),
        ("By midday news of the deal had spread.", ("By midday", "2026-10-15T12:00")),
        ("The deadline is noon on Friday.", ("noon on Friday", "2026-10-16T12:00")),
    ],
)
def test_midday_as_a_time_stays_a_time(text: str, pair: tuple[str, str]) -> None:
    """Said of a time ("at midday", "noon on Friday"), midday and noon are times."""
    assert _pairs(text) == [pair]
