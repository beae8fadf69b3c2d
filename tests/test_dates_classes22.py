"""
Dates: classes left over on check19 and sample21a, on sentences written here.

A gathering's present tense after "before" or "when" looks ahead; a deadline's "due in" does
too; an event named after "since the" under a future verb is the nearer month; "last evening"
is yesterday's; a season "of last year"; a month's first or last day.  Names and places are
invented.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _values(text: str, published: date) -> dict[str, str]:
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=published)
    return {d.text: d.value for d in article.dates}


_JULY = date(2026, 7, 9)
_OCTOBER = date(2026, 10, 30)


@pytest.mark.parametrize(
    "sentence",
    [
        "The president pressed for progress before the leaders gather in November.",
        "The envoy pressed the point with the ministers before they convene in November.",
        "The minister discussed the country's graduation from the status, due in November.",
    ],
)
def test_a_gathering_or_a_deadline_named_with_a_month_looks_ahead(sentence: str) -> None:
    """Published in July 2026: "in November" of these is November 2026, not 2025."""
    assert _values(sentence, _JULY)["in November"] == "2026-11"


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders gathered in November to sign the accord.",
        "A gathering in November was cancelled after the storm.",
    ],
)
def test_a_past_gathering_or_deadline_keeps_the_month_gone_by(sentence: str) -> None:
    """Published in July 2026: told in the past, "in November" is November 2025."""
    assert _values(sentence, _JULY)["in November"] == "2025-11"


def test_an_event_named_after_since_the_under_a_future_verb_is_the_nearer_month() -> None:
    """Their "first encounter since the clash ... in May", told ahead: the May gone by."""
    text = "The meeting will be their first encounter since the clash near Varno Shoal in May."
    assert _values(text, _JULY)["in May"] == "2026-05"


def test_a_future_verb_without_an_event_after_since_keeps_the_next_month() -> None:
    """No event's noun after "since the": the future verb decides ("will resume ... May")."""
    text = "Talks will resume in May, since the harvest is over by then."
    assert _values(text, _JULY)["in May"] == "2027-05"


def test_last_evening_is_yesterday_evening() -> None:
    """Said "last evening": the evening of the day before publication."""
    found = _values("The minister said last evening that talks had failed.", _OCTOBER)
    assert found["last evening"] == "2026-10-29TEV"


@pytest.mark.parametrize(
    "sentence",
    [
        "He spent the last evening of the visit in Varno.",
        "They dined on the last night of the talks in Varno.",
        "The minister said last morning's talks had failed.",
    ],
)
def test_the_last_evening_of_a_visit_is_no_date(sentence: str) -> None:
    """A visit's last evening or night, or "last morning", names no day."""
    assert not any(v.startswith("2026-10-29") for v in _values(sentence, _OCTOBER).values())


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The boats were seized in the spring of last year.", "in the spring of last year",
         "2025-SP"),
        ("Talks resume in the summer of next year.", "in the summer of next year", "2027-SU"),
        ("The dam opens in the autumn of this year.", "in the autumn of this year", "2026-FA"),
    ],
)  # fmt: skip
def test_a_season_of_last_or_next_year(sentence: str, text: str, value: str) -> None:
    """A season "of last year" is the season of the year before publication."""
    assert _values(sentence, _OCTOBER)[text] == value


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The strike came on the last day of October.", "on the last day of October",
         "2026-10-31"),
        ("Talks ended on the last day of February 2024.", "on the last day of February 2024",
         "2024-02-29"),
        ("The truce took effect on the first day of September.",
         "on the first day of September", "2026-09-01"),
    ],
)  # fmt: skip
def test_a_months_first_or_last_day(sentence: str, text: str, value: str) -> None:
    """The first or last day of a month is that day, not a day's duration."""
    assert _values(sentence, _OCTOBER)[text] == value


def test_the_last_day_of_talks_is_no_months_day() -> None:
    """The last day of talks names no month: no calendar day is read."""
    found = _values("It was the last day of talks in Varno.", _OCTOBER)
    assert not any(v[:1].isdigit() for v in found.values())


def test_talks_an_agreement_followed_are_the_day_gone_by() -> None:
    """Agreed "following bilateral talks ... on Tuesday": the Tuesday gone by."""
    text = (
        "Ostreland and Maravia have agreed to open a second ferry crossing, following bilateral"
        " talks in Kessel on Tuesday between their transport chiefs."
    )
    assert _values(text, date(2026, 3, 18))["on Tuesday"] == "2026-03-17"


def test_talks_a_plan_will_follow_are_the_day_ahead() -> None:
    """Under "will", talks after "following" with no possessive keep the day ahead."""
    text = "The ministers will sign the accord following talks in Varno on Tuesday."
    assert _values(text, date(2026, 3, 18))["on Tuesday"] == "2026-03-24"
