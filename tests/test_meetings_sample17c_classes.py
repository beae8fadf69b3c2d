"""
Meetings of the development sample ``sample17c``, as classes.

Sentences written here, people invented: a host who receives one guest and then another,
each with the time or building of the meeting after the guest ("received A at the
presidential palace this morning and B in the afternoon", "A on Monday and his Eritrean
counterpart B on Tuesday"), holds two meetings, not one of three.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _pairs(sentence: str, published: date) -> list[tuple[frozenset[str], str | None]]:
    art = diplomeet.parse(f"Talks\n\n{sentence}", published=published)
    return [
        (frozenset(p.name.split()[-1] for p in m.participants), m.when.value if m.when else None)
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "President Karim Haddadi received Mr Bekele at the El Mouradia presidential palace"
                " this morning and Mr Tekle in the afternoon."
            ),
            [
                (frozenset({"Haddadi", "Bekele"}), "2000-05-31"),
                (frozenset({"Haddadi", "Tekle"}), "2000-05-31"),
            ],
        ),
        (
            (
                "Kenyan President Daniel Kamau received Ethiopian Foreign Minister Alemu Bekele on"
                " Monday and his Eritrean counterpart Yohannes Tekle on Tuesday."
            ),
            [
                (frozenset({"Kamau", "Bekele"}), "2000-05-29"),
                (frozenset({"Kamau", "Tekle"}), "2000-05-30"),
            ],
        ),
        (
            (
                "King Faisal received Foreign Minister Ahmed Zaki in the morning and Interior"
                " Minister Omar Saleh in the evening."
            ),
            [(frozenset({"Faisal", "Zaki"}), None), (frozenset({"Faisal", "Saleh"}), None)],
        ),
    ],
)
def test_guests_received_one_after_another_are_two_meetings(
    sentence: str, expected: list[tuple[frozenset[str], str | None]]
) -> None:
    """'received A this morning and B in the afternoon': a meeting with each guest."""
    assert _pairs(sentence, date(2000, 5, 31)) == expected


def test_guests_received_together_stay_one_meeting() -> None:
    """'received A and B on Monday', nothing between them: one meeting of three."""
    found = _pairs(
        "President Daniel Kamau received Foreign Minister Alemu Bekele and Defence Minister"
        " Yohannes Tekle on Monday.",
        date(2000, 5, 31),
    )
    assert found == [(frozenset({"Kamau", "Bekele", "Tekle"}), "2000-05-29")]
