"""
Source fields found in the development sample ``sample15b`` (its README).

Each class is checked on texts written for these tests (invented people; other outlets'
layouts and places than the sample's).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "Myanmar envoy summoned over shelling\n\nStaff Correspondent\n\n"
                "Sun Nov 22, 2026 12:00 AM  Last update on: Sun Nov 22, 2026 02:14 AM\n\n"
                "Dhaka yesterday summoned the Myanmar ambassador over the shelling."
            ),
            date(2026, 11, 22),
        ),
        (
            (
                "Floods close Benapole crossing\n\nStaff Reporter\n\n"
                "Wed Mar 4, 2026 09:30 PM Last update on: Thu Mar 5, 2026 01:10 AM\n\n"
                "The crossing with India was closed yesterday after the floods."
            ),
            date(2026, 3, 4),
        ),
        (
            (
                "Nepal and India to resume border talks\n\n"
                "12 January 2026 08:15  Last update: 12 January 2026 11:40\n\n"
                "The two foreign secretaries will meet in Kathmandu next month."
            ),
            date(2026, 1, 12),
        ),
    ],
)
def test_a_date_line_with_its_last_update_after_spaces_gives_the_date(text: str, day: date) -> None:
    """'Sun Nov 22, 2026 12:00 AM  Last update on: ...': the first date is the publication's."""
    source = diplomeet.parse(text).source
    assert (source.published, source.published_from) == (day, "text")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "Myanmar envoy summoned over shelling\n\n"
                "Dhaka protests as two farmers are hurt by mortar shells\n\n"
                "Staff Correspondent\n\n"
                "Sun Nov 22, 2026 12:00 AM  Last update on: Sun Nov 22, 2026 02:14 AM\n\n"
                "Dhaka yesterday summoned the Myanmar ambassador over the shelling."
            ),
            date(2026, 11, 22),
        ),
        (
            (
                "Colombo and Male agree on fishing permits\n\n"
                "The accord ends a year of arrests of Sri Lankan trawlers\n\n"
                "Tue Jun 9, 2026 07:45 PM\n\n"
                "Sri Lanka and the Maldives agreed on Monday to issue joint fishing permits."
            ),
            date(2026, 6, 9),
        ),
        (
            (
                "Kathmandu hosts border talks\n\nThe first round in three years\n\n"
                "Political Reporter\n\n12 January 2026 08:15\n\n"
                "The two foreign secretaries met in Kathmandu yesterday."
            ),
            date(2026, 1, 12),
        ),
    ],
)
def test_a_clocked_stamp_under_the_standfirst_dates_the_page(text: str, day: date) -> None:
    """A standfirst, maybe a desk's line, then 'Tue Jun 9, 2026 07:45 PM': the page's date."""
    source = diplomeet.parse(text).source
    assert (source.published, source.published_from) == (day, "text")


def test_a_date_line_without_a_clock_under_the_standfirst_stays_in_the_story() -> None:
    """'15 March 2026' under the standfirst, over prose: a timeline's entry, no page date."""
    text = (
        "How the border crisis unfolded\n\nA timeline of the talks\n\n15 March 2026\n\n"
        "The foreign ministers met in Tashkent and agreed to reopen the crossing."
    )
    assert diplomeet.parse(text).source.published is None
