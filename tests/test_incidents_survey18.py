"""Incident classes read from the survey set inc18, on sentences and stories of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 3, 10)  # a Tuesday


def _incidents(text: str) -> list[tuple[str, str | None]]:
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=_DAY)
    return [(i.kind, i.when.value if i.when else None) for i in article.incidents]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a habitual word in a clause that tells one day's incident
        (
            (
                "Turkish artillery shelled Kurdish hamlets near Zakho on Sunday, driving "
                "dozens of families from their homes, the mayor said."
            ),
            [("attack", "2026-03-08")],
        ),
        (
            (
                "Belarusian helicopters repeatedly violated Polish airspace near Bialowieza on "
                "Monday, the Polish army said."
            ),
            [("airspace_violation", "2026-03-09")],
        ),
        (
            (
                "Ethiopian troops fired on a Sudanese border post near Gallabat on Saturday, "
                "setting dozens of huts ablaze."
            ),
            [("shots_fired", "2026-03-07")],
        ),
    ],
)
def test_habitual_word_in_a_dated_clause(text: str, told: list[tuple[str, str | None]]) -> None:
    """A word of habit ("repeatedly", "dozens of") beside one day's date: one incident."""
    assert _incidents(text) == told


@pytest.mark.parametrize(
    "text",
    [
        "Turkish artillery has repeatedly shelled Kurdish hamlets near Zakho.",
        "Belarusian helicopters often violate Polish airspace near Bialowieza.",
    ],
)
def test_habit_without_a_day_is_no_incident(text: str) -> None:
    """The same words without a day tell a habit, no incident."""
    assert _incidents(text) == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            (
                "Sudanese gunners shelled the town of Renk on Friday, the army said.\n\n"
                "Regional officials gave no toll.\n\n"
                "Drones also struck a fuel depot on the edge of the town, residents said."
            ),
            [("attack", "2026-03-06"), ("airstrike", "2026-03-06")],
        ),
        (
            (
                "Russian missiles hit a power plant in Kharkiv on Sunday night.\n\n"
                "Ukraine's air force said its air defences had shot down 12 of the 20 "
                "missiles."
            ),
            [("airstrike", "2026-03-08"), ("shootdown", "2026-03-08")],
        ),
    ],
)
def test_detail_told_later_takes_the_day_told_before(
    text: str, told: list[tuple[str, str | None]]
) -> None:
    """A detail told in a later paragraph without a day takes the day told before it."""
    assert _incidents(text) == told


def test_a_separate_incident_is_not_dated_by_the_one_before() -> None:
    """An incident opening on "Separately," is another: the day told before is not its own."""
    text = (
        "Sudanese gunners shelled the town of Renk on Friday, the army said.\n\n"
        "Separately, drones struck a fuel depot near Malakal, residents said."
    )
    assert ("airstrike", None) in _incidents(text)
