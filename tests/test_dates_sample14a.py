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
