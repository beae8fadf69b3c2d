"""A weekday with the week it falls in: "on Thursday next week", "Monday of last week"."""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.dates import find_dates

#: A Wednesday.
PUBLISHED = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "The two foreign ministers will meet in Accra on Thursday next week.",
            "on Thursday next week",
            "2025-03-20",
        ),
        (
            "Talks with the Chilean delegation resume Monday next week, officials said.",
            "Monday next week",
            "2025-03-17",
        ),
        (
            "The envoy is due in Hanoi on Friday of next week for consultations.",
            "on Friday of next week",
            "2025-03-21",
        ),
        (
            "The prime ministers last spoke by telephone on Tuesday last week.",
            "on Tuesday last week",
            "2025-03-04",
        ),
        (
            "The committee meets on Thursday this week to review the draft.",
            "on Thursday this week",
            "2025-03-13",
        ),
    ],
)
def test_a_weekday_of_a_named_week_is_that_day_of_that_week(
    sentence: str, text: str, value: str
) -> None:
    """One expression: "on Thursday next week" is the Thursday of the week after."""
    refs, _ = find_dates(sentence, published=PUBLISHED)
    assert [(ref.text, ref.value) for ref in refs] == [(text, value)]


def test_a_thing_of_the_week_keeps_its_own_date() -> None:
    """A thing of the week: "last week's shooting" is that week's, not the Monday of it."""
    refs, _ = find_dates(
        "Police released video on Monday of last week's shooting.", published=PUBLISHED
    )
    assert [(ref.text, ref.value) for ref in refs] == [
        ("on Monday", "2025-03-10"),
        ("of last week", "2025-W10"),
    ]
