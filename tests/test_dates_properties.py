"""Properties of date resolution, checked with Hypothesis over the whole calendar."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import example, given
from hypothesis import strategies as st

from diplomeet.dates import find_dates, resolve

WEEKDAYS = list(calendar.day_name)
published_dates = st.dates(min_value=date(1900, 1, 8), max_value=date(2200, 12, 24))


@given(published=published_dates, weekday=st.sampled_from(WEEKDAYS))
@example(published=date(2024, 2, 29), weekday="Thursday")
@example(published=date(2023, 12, 31), weekday="Monday")
def test_past_weekday_lands_in_the_seven_days_ending_on_publication(
    published: date, weekday: str
) -> None:
    """A past-tense 'on <weekday>' is that weekday, within the week ending on publication."""
    ref = resolve(f"the ministers met on {weekday}", published=published)
    assert ref is not None
    assert ref.start is not None
    assert published - timedelta(days=6) <= ref.start <= published
    assert calendar.day_name[ref.start.weekday()] == weekday


@given(published=published_dates, weekday=st.sampled_from(WEEKDAYS))
@example(published=date(2024, 2, 29), weekday="Thursday")
@example(published=date(2024, 12, 30), weekday="Sunday")
def test_future_weekday_lands_in_the_week_from_publication(published: date, weekday: str) -> None:
    """A future 'on <weekday>' is that weekday, within the week from publication on."""
    ref = resolve(f"the ministers will meet on {weekday}", published=published)
    assert ref is not None
    assert ref.start is not None
    assert published <= ref.start < published + timedelta(days=7)
    assert calendar.day_name[ref.start.weekday()] == weekday


@given(published=published_dates)
@example(published=date(2023, 12, 31))
@example(published=date(2024, 1, 31))
def test_next_month_is_the_month_after_publication(published: date) -> None:
    """'next month' is the calendar month after the publication month."""
    ref = resolve("next month", published=published)
    assert ref is not None
    expected = published.replace(day=1) + relativedelta(months=1)
    assert ref.value == f"{expected.year:04d}-{expected.month:02d}"
    assert ref.start == expected


@given(
    published=published_dates,
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    tense=st.sampled_from(["past", "future"]),
)
@example(published=date(2024, 2, 29), month=2, day=28, tense="past")
@example(published=date(2023, 12, 31), month=1, day=1, tense="future")
def test_month_day_lands_within_a_year_in_the_tense_direction(
    published: date, month: int, day: int, tense: str
) -> None:
    """A month-day without year lands within a year of publication, in the tense's way."""
    ref = resolve(f"{calendar.month_name[month]} {day}", published=published, tense=tense)  # type: ignore[arg-type]
    assert ref is not None
    assert ref.start is not None
    assert (ref.start.month, ref.start.day) == (month, day)
    if tense == "past":
        assert published - timedelta(days=366) < ref.start <= published
    else:
        assert published <= ref.start < published + timedelta(days=366)


@given(text=st.text())
@example(text="February 30")
@example(text="on 99/99/9999 at 13 p.m.")
@example(text="the 0th century, Q5 1999, 31.02.2020")
def test_resolve_never_raises_for_any_string(text: str) -> None:
    """resolve() returns a TimeRef or None for every string."""
    resolve(text, published=date(2020, 2, 29))
    resolve(text)


@given(text=st.text(), published=st.none() | published_dates)
@example(text="since September 31, 2018, every Monday night", published=None)
def test_find_dates_never_raises_and_spans_are_exact(text: str, published: date | None) -> None:
    """find_dates() never raises, and every span covers its text."""
    refs, _ = find_dates(text, published)
    for ref in refs:
        assert ref.span is not None
        assert text[ref.span.start : ref.span.end] == ref.text
