"""
Dates of wordings found as classes on the development sample ``sample16a`` (official papers).

The sample was written before reading the rules.  The classes are tested on documents
written here: a day's heading in capitals alone on its line, as agendas, schedules and
programmes print them ("THURSDAY, 4 JUNE", "MONDAY, MARCH 3", "SATURDAY 9 MAY").
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
            "Programme of the Prime Minister\n\nTHURSDAY, 4 JUNE\n\n10:00  Cabinet meeting\n",
            date(2026, 6, 1),
            ("THURSDAY, 4 JUNE", "2026-06-04"),
        ),
        (
            "Schedule of the Governor-General\n\nMONDAY, MARCH 3\n\n11:30 Audience\n",
            date(2025, 2, 28),
            ("MONDAY, MARCH 3", "2025-03-03"),
        ),
        (
            "Week ahead\n\nSATURDAY 9 MAY\n\nThe President travels to Kyiv.\n",
            date(2026, 5, 4),
            ("SATURDAY 9 MAY", "2026-05-09"),
        ),
    ],
)
def test_a_days_heading_in_capitals_is_its_day(
    text: str, published: date, expected: tuple[str, str]
) -> None:
    """A weekday, a day and a month in capitals alone on a line are that day."""
    words, value = expected
    assert _values(text, published).get(words) == value


def test_a_dateline_in_capitals_is_still_read_as_before() -> None:
    """A wire's dateline in capitals keeps its reading."""
    found = _values("Talks resume\n\nBAKU, MARCH 3. /TASS/ Talks resumed.\n", date(2026, 3, 3))
    assert found.get("MARCH 3") == "2026-03-03"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "The two foreign ministers agreed that they will keep in close touch, following"
                " their telephone call on February 12."
            ),
            date(2024, 6, 20),
            ("on February 12", "2024-02-12"),
        ),
        (
            (
                "Officials said the ministers would press ahead with the pipeline plan following"
                " their meeting in Baku on April 3."
            ),
            date(2023, 9, 10),
            ("on April 3", "2023-04-03"),
        ),
        (
            (
                "Seoul and Tokyo will resume the dialogue in the autumn, following their leaders'"
                " summit in Hiroshima on May 21."
            ),
            date(2023, 8, 2),
            ("on May 21", "2023-05-21"),
        ),
    ],
)
def test_an_exchange_a_future_clause_follows_on_from_is_the_nearer_day(
    text: str, published: date, expected: tuple[str, str]
) -> None:
    """'will keep in touch, following their call on February 12' is the nearer February 12."""
    words, value = expected
    assert _values(text, published).get(words) == value


def test_a_plain_future_meeting_still_looks_ahead() -> None:
    """Without an exchange followed on from, a future verb's day is still ahead."""
    found = _values("The ministers will meet in Geneva on March 4.", date(2025, 7, 17))
    assert found.get("on March 4") == "2026-03-04"
