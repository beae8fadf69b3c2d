"""
Dates of wordings found as classes on the development sample ``sample14a``.

The sample was written before reading the rules.  The class is tested on sentences written
here: a clock time put near a weekday by "shortly", "just" or "minutes" ("shortly before
midnight on Friday") is a moment of that past day, not a deadline still to come, while a bare
"before midnight on Friday" keeps its deadline reading.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _values(text: str, published: date) -> dict[str, str]:
    return {d.text: d.value for d in diplomeet.parse(text, published=published).dates}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "Two guards were killed when a rocket hit the compound shortly before midnight"
                " on Friday."
            ),
            date(2019, 3, 12),
            ("before midnight on Friday", "2019-03-08T00:00"),
        ),
        (
            "A mortar round landed near the consulate shortly before noon on Thursday.",
            date(2025, 6, 3),
            ("before noon on Thursday", "2025-05-29T12:00"),
        ),
        (
            (
                "Border guards at the crossing came under fire just before 10 p.m. on Saturday,"
                " the army said."
            ),
            date(2026, 11, 18),
            ("before 10 p.m. on Saturday", "2026-11-14T22:00"),
        ),
    ],
)
def test_a_clock_time_near_a_weekday_is_a_past_moment(
    text: str, published: date, expected: tuple[str, str]
) -> None:
    """'shortly before midnight on Friday' in a past clause: that past Friday, near midnight."""
    found = _values(text, published)
    assert found.get(expected[0]) == expected[1], found


def test_a_bare_before_a_clock_time_stays_a_deadline() -> None:
    """'to leave before midnight on Friday' with no 'shortly': the coming Friday's deadline."""
    found = _values(
        "The ministry told the attaché to leave the country before midnight on Friday.",
        date(2026, 9, 16),
    )
    assert found.get("before midnight on Friday") == "2026-09-18T00:00", found


@pytest.mark.parametrize(
    "text",
    [
        "Coastguard ships fired water cannon at the boat Unaizah May 2 near the shoal.",
        "The yacht Lady June 3 was boarded by Greek coastguards off Crete.",
        "Militia boats surrounded the fishing vessel Golden April 8 near the reef.",
    ],
)
def test_a_vessels_name_with_a_month_and_a_number_is_no_date(text: str) -> None:
    """'the boat Unaizah May 2': a vessel's name, not the second of May."""
    assert _values(text, date(2026, 7, 15)) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The summit in Lima May 5 ended with a declaration.", ("May 5", "2026-05-05")),
        ("Ministers To Meet May 5 In Lima", ("May 5", "2026-05-05")),
        ("The ministers met on Tuesday May 5 in Geneva.", ("on Tuesday May 5", "2026-05-05")),
    ],
)
def test_a_month_day_after_a_place_or_in_title_case_stays_a_date(
    text: str, expected: tuple[str, str]
) -> None:
    """Only a vessel's name before the month makes it a name: 'in Lima May 5' is a date."""
    assert _values(text, date(2026, 7, 15)).get(expected[0]) == expected[1]
