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
