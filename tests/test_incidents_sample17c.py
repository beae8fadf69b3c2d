"""
Incidents of the development sample ``sample17c`` (statements and incidents), as classes.

Sentences written here, people invented: small rotor drones shot down ("a quadcopter"), a
loose count of rounds before what was fired ("about a dozen machine-gun rounds at"), and
counted airspace violations on a day ("logged 40 violations of its airspace on Tuesday").
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _found(sentence: str, published: date) -> list[tuple[str, str | None]]:
    art = diplomeet.parse(f"Border incident\n\n{sentence}", published=published)
    return [(i.kind, i.when.value if i.when else None) for i in art.incidents]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Azerbaijani forces shot down an Armenian quadcopter over Lachin district on Monday.",
            [("shootdown", "2023-05-15")],
        ),
        (
            (
                "The Turkish Defence Ministry said it had downed a Syrian octocopter near Kilis on"
                " Sunday."
            ),
            [("shootdown", "2023-05-14")],
        ),
        (
            "Israeli troops shot down two Hezbollah quadcopters over the Galilee on Monday.",
            [("shootdown", "2023-05-15")],
        ),
    ],
)
def test_a_small_rotor_drone_shot_down_is_a_shootdown(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    """A quadcopter or octocopter brought down is an aircraft shot down, not an attack."""
    assert _found(sentence, date(2023, 5, 16)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "North Korean soldiers fired about a dozen machine-gun rounds at a guard post near"
                " Cheorwon on Monday."
            ),
            [("shots_fired", "2025-06-09")],
        ),
        (
            (
                "Indian troops fired more than a hundred mortar shells at Pakistani posts in the"
                " Neelum valley on Sunday."
            ),
            [("shots_fired", "2025-06-08")],
        ),
        (
            (
                "A Venezuelan patrol boat fired nearly a dozen warning shots across the bow of a"
                " Guyanese trawler on Friday."
            ),
            [("shots_fired", "2025-06-06")],
        ),
    ],
)
def test_rounds_counted_loosely_before_the_target_are_shots_fired(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    """'fired about a dozen machine-gun rounds at a post': the loose count is no obstacle."""
    assert _found(sentence, date(2025, 6, 11)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "Greece logged 40 violations of its airspace by Turkish fighter jets on Tuesday,"
                " the general staff said."
            ),
            [("airspace_violation", "2012-03-06")],
        ),
        (
            (
                "Lithuania protested two incursions into its airspace by Russian military"
                " helicopters on Monday."
            ),
            [("airspace_violation", "2012-03-05")],
        ),
        (
            "Cyprus reported three violations of its airspace by unidentified drones on Friday.",
            [("airspace_violation", "2012-03-02")],
        ),
    ],
)
def test_counted_airspace_violations_on_a_day_are_an_incident(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    """'40 violations of its airspace on Tuesday': the plural noun, counted, on one day."""
    assert _found(sentence, date(2012, 3, 8)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition accused the government of ignoring Turkish violations of Greek airspace.",
        "The talks came despite a fresh spike in Turkish violations of Greek airspace.",
    ],
)
def test_uncounted_airspace_violations_are_no_incident(sentence: str) -> None:
    """'Turkish violations of Greek airspace', uncounted and undated, are a run of them."""
    assert _found(sentence, date(2012, 3, 8)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Israeli warplanes staged mock raids over the southern city of Tyre on Tuesday.",
            [("airspace_violation", "2012-03-06")],
        ),
        (
            "Mock raids by Israeli jets over Nabatieh were reported by residents on Monday.",
            [("airspace_violation", "2012-03-05")],
        ),
        (
            "Turkish F-16s carried out mock dogfights over the Greek island of Lesbos on Friday.",
            [("airspace_violation", "2012-03-02")],
        ),
    ],
)
def test_mock_raids_over_a_land_are_an_airspace_violation(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    """'staged mock raids over Tyre': warplanes over a land, no strike."""
    assert _found(sentence, date(2012, 3, 8)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian bombers flew mock attacks over the Baltic Sea on Friday.", []),
        (
            "Israeli warplanes staged raids over the southern city of Tyre on Tuesday.",
            [("airstrike", "2012-03-06")],
        ),
    ],
)
def test_mock_raids_over_a_sea_or_real_raids_are_not(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    """Mock attacks over a sea are no one's airspace; raids that are not mock are strikes."""
    assert _found(sentence, date(2012, 3, 8)) == expected
