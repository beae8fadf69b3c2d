"""
Dates of wordings found as classes on the development set check13.

Each class is tested on sentences written here: a relative clause closed by a comma before
a weekday ("fired on the post, near the point where three borders meet, early Thursday"),
whose verb tells no tense of the weekday; and "The meeting came two days after ...", which
counts from the day the meeting was told, not from a date another event holds in that
sentence ("since tension rose after the raid on July 4") nor from the day of a report.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.dates import find_dates

_MONDAY = date(2026, 11, 9)


def _values(text: str, published: date) -> dict[str, str]:
    return {ref.text: ref.value for ref in find_dates(text, published)[0]}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            (
                "A spokesman said troops fired on the post below the ridge, near the point where"
                " the three borders meet, early Thursday."
            ),
            "early Thursday",
            "2026-11-05",
        ),
        (
            (
                "Gunmen attacked a bus near Lokichoggio, where the borders of Kenya, Sudan and"
                " Ethiopia meet, late Friday."
            ),
            "late Friday",
            "2026-11-06",
        ),
        (
            (
                "Soldiers opened fire on a fishing boat in the bay, which both countries claim,"
                " on Saturday."
            ),
            "on Saturday",
            "2026-11-07",
        ),
    ],
)
def test_a_closed_relative_clause_tells_no_tense(text: str, phrase: str, value: str) -> None:
    """The present verb of ', where three borders meet,' does not make the weekday next week's."""
    assert _values(text, _MONDAY)[phrase] == value


def test_a_relative_clause_holding_the_date_keeps_its_tense() -> None:
    """'The ministers, who will meet on Thursday, ...': the clause's own verb dates the day."""
    text = "The ministers, who will meet on Thursday, spoke by phone."
    assert _values(text, _MONDAY)["on Thursday"] == "2026-11-12"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            (
                "The two ministers met for three hours Saturday at the border post, the radio"
                " reported today. It was their first meeting since tension rose after the raid"
                " on the airport on October 4. The meeting came two days after soldiers fired"
                " across the border."
            ),
            "2026-11-05",
        ),
        (
            (
                "The envoys held talks in Geneva on Friday, state television said on Sunday."
                " They were the first talks since the fighting broke out after the elections on"
                " May 2. The talks came a day after a drone struck the town."
            ),
            "2026-11-05",
        ),
    ],
)
def test_the_meeting_came_after_counts_from_the_meetings_day(text: str, value: str) -> None:
    """'The meeting came two days after ...' counts from the meeting's day, not a report's."""
    values = {ref.text: ref.value for ref in find_dates(text, _MONDAY)[0]}
    step = next(v for k, v in values.items() if k.endswith("after"))
    assert step == value
