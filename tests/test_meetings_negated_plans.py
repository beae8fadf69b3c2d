"""Plans denied by "not ... expected to"; initials after "in the" are no place."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from conftest import meetings_read

_DAY = date(2025, 9, 17)


def _meetings(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return meetings_read(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        (
            "President Helga Nyborg will attend the summit in Accra but is not expected to meet "
            "Prime Minister Tunde Bakare."
        ),
        (
            "Prime Minister Tunde Bakare is not scheduled to hold talks with President Helga "
            "Nyborg during the forum."
        ),
        "Foreign Minister Yusuf Demir was not due to meet his counterpart Lea Moreau, aides said.",
        "The envoy, Carla Ibsen, is not going to meet President Rami Khoury this week.",
    ],
)
def test_a_plan_denied_before_expected_to_is_no_meeting(text: str) -> None:
    """A denial before "expected to" or "scheduled to" plans nothing."""
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Helga Nyborg is expected to meet Prime Minister Tunde Bakare on Friday.",
            [("planned", ("Helga Nyborg", "Tunde Bakare"))],
        ),
        (
            (
                "It was not likely to be easy, but President Helga Nyborg met Prime Minister "
                "Tunde Bakare on Friday."
            ),
            [("held", ("Helga Nyborg", "Tunde Bakare"))],
        ),
    ],
)
def test_plans_and_meetings_without_a_denial_stay(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """Without "not" the plan stands; a "not" in another clause denies nothing."""
    assert _meetings(text) == expected


def test_initials_after_in_the_name_a_body_not_a_place() -> None:
    """Initials after "in the" ("in the GOP race") are no place; an unknown town still is."""
    article = diplomeet.parse(
        "Governor Nils Aaberg met with Senator Dora Quist last week, the third candidate in "
        "the GOP race. Foreign Minister Hana Cerny met Foreign Minister Ole Rask in Zlin on "
        "Monday.",
        published=_DAY,
    )
    assert [m.place.name if m.place else None for m in article.meetings] == [None, "Zlin"]


def test_a_part_of_a_city_is_not_the_meeting_s_place() -> None:
    """A part of a city ("in the Central Business District") is no place of its own."""
    article = diplomeet.parse(
        "Foreign Minister Hana Cerny met Foreign Minister Ole Rask on Monday. The meeting was "
        "held at the ministry's headquarters in the Central Business District.",
        published=_DAY,
    )
    assert [m.place.name if m.place else None for m in article.meetings] == [None]
