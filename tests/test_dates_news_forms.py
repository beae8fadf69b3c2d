"""
Date forms of news copy: bracketed dates, 24-hour clocks, hours after events, "ahead of".

Bracketed dates after a weekday, the 24-hour clock of military statements, hours counted
from another event, and "ahead of" (read in the ninth session).

Every sentence here is written for these tests; the people and events are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.dates import find_dates

WEDNESDAY = date(2025, 11, 19)


def _found(text: str, published: date = WEDNESDAY) -> list[tuple[str, str]]:
    refs, _ = find_dates(text, published)
    return [(ref.text, ref.value) for ref in refs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The minister paid a courtesy call on the Prime Minister on Tuesday (Nov 18).",
            ("on Tuesday (Nov 18)", "2025-11-18"),
            id="weekday",
        ),
        pytest.param(
            "The tanker was boarded last Thursday (Nov 13) off the island.",
            ("last Thursday (Nov 13)", "2025-11-13"),
            id="last-weekday",
        ),
        pytest.param(
            "The envoys met yesterday (November 18) in the capital.",
            ("yesterday (November 18)", "2025-11-18"),
            id="yesterday",
        ),
    ],
)
def test_a_weekday_with_its_date_in_brackets_is_one_item(
    text: str, expected: tuple[str, str]
) -> None:
    """The date in brackets after a weekday states its day: one date, not two."""
    assert _found(text) == [expected]


def test_the_date_in_brackets_decides_the_day() -> None:
    """The stated date wins over the weekday's reading when the two disagree."""
    assert _found("The talks were held on Tuesday (Nov 11) in the capital.") == [
        ("on Tuesday (Nov 11)", "2025-11-11")
    ]


def test_a_bracket_that_is_no_date_leaves_the_weekday_alone() -> None:
    """A caption's "(pictured)" or a date apart from the weekday is not joined."""
    assert _found("The minister (pictured) met his counterpart on Tuesday (pictured).") == [
        ("on Tuesday", "2025-11-18")
    ]
    assert _found("They met on Tuesday, and again on Nov 20 (Thursday).")[0] == (
        "on Tuesday",
        "2025-11-18",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The patrol came under fire at around 10.45 hrs on Tuesday.",
            "2025-11-18T10:45",
            id="point-hrs",
        ),
        pytest.param(
            "The patrol came under fire at 0630 hrs on Tuesday.", "2025-11-18T06:30", id="hrs"
        ),
        pytest.param(
            "The patrol came under fire at 14:20 hours on Tuesday.",
            "2025-11-18T14:20",
            id="colon-hours",
        ),
    ],
)
def test_the_24_hour_clock_of_military_statements_is_a_time(text: str, expected: str) -> None:
    """A 24-hour time with "hrs" or "hours" is a time of the day it is told with."""
    values = [value for _, value in _found(text)]
    assert values == [expected]


def test_hours_without_a_clock_are_a_span_not_a_time() -> None:
    """Counts of hours are spans, and a bare "10.45" is no clock."""
    found = _found("They were held for 120 hours, then 48 hours, and the index closed at 10.45.")
    assert all(value.startswith("PT") for _, value in found)


def test_hours_after_another_event_are_no_date_of_their_own() -> None:
    """Hours or minutes after another event date nothing of their own; "a day after" stays."""
    found = _found(
        "The strike on Monday came only hours after the attack. Minutes after the vote on"
        " Tuesday, he spoke. A day after the strike, they met. Hours later, they left."
    )
    texts = [text for text, _ in found]
    assert "only hours after" not in texts
    assert "Minutes after" not in texts
    assert ("A day after", "2025-11-18") in found
    assert "Hours later" in texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Wednesday afternoon, ahead of the visit, the president spoke by phone with"
            " the secretary of state.",
            "2026-03-04TAF",
            id="past-verb-after-the-aside",
        ),
        pytest.param(
            "On Wednesday, ahead of the visit, the president will speak by phone with the"
            " secretary of state.",
            "2026-03-11",
            id="future-verb-after-the-aside",
        ),
    ],
)
def test_ahead_of_says_nothing_of_the_day_before_it(text: str, expected: str) -> None:
    """A day before an aside "ahead of the visit" takes its tense from the verb after it."""
    assert _found(text, date(2026, 3, 6))[0][1] == expected
