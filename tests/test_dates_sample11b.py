"""
Dates of wordings found as classes on the development sample ``sample11b``.

The sample was written before reading the rules.  The class is tested on sentences written
here: a postponement's new day ("was put off to Thursday morning", "moved to Friday",
"pushed back to Monday") is ahead of the report, though the verb is in the past.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

PUBLISHED = date(2026, 5, 27)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            (
                "A meeting planned for tonight has been put off to Thursday morning because of a"
                " storm."
            ),
            "Thursday morning",
            "2026-05-28",
        ),
        ("The signing of the border accord was moved to Friday.", "Friday", "2026-05-29"),
        ("The summit in Suva was pushed back to Monday.", "Monday", "2026-06-01"),
    ],
)
def test_a_postponements_new_day_is_ahead(text: str, phrase: str, value: str) -> None:
    """Read: "was postponed to Friday" is the coming Friday, not the past one."""
    dates = diplomeet.parse(f"Talks delayed\n\n{text}", published=PUBLISHED).dates
    assert [d.value[:10] for d in dates if phrase in d.text] == [value]


def test_a_day_a_meeting_was_postponed_on_stays_past() -> None:
    """Read: "the talks were postponed on Monday" is the day of the postponement, past."""
    dates = diplomeet.parse(
        "Talks delayed\n\nThe talks were postponed on Monday.", published=PUBLISHED
    ).dates
    assert [d.value for d in dates] == ["2026-05-25"]
