"""Incident classes read from the development sample sample14a, in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import incidents_read

_DAY = date(2025, 11, 4)  # a Tuesday


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of protesters hurled stones and eggs at the Danish embassy in Dhaka on Sunday.",
        (
            "Demonstrators threw petrol bombs at the Turkish consulate in Basra on Sunday, "
            "police said."
        ),
        (
            "Angry students flung bricks, bottles and firecrackers at the gates of the Chinese "
            "embassy in Hanoi on Sunday."
        ),
    ],
)
def test_a_crowd_throwing_things_at_a_mission_is_an_attack(text: str) -> None:
    """'hurled stones at the embassy', 'threw petrol bombs at the consulate' (not bombing)."""
    found = incidents_read(text, _DAY)
    assert ("attack", "2025-11-02") in found
    assert not [k for k, _ in found if k == "airstrike"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Protesters set fire to the residence of the US consul-general in Chengdu on "
            "Sunday night."
        ),
        "A mob ransacked the French ambassador's residence in Niamey on Sunday.",
    ],
)
def test_an_envoys_residence_is_a_missions_premises(text: str) -> None:
    """Article 30 of the Vienna Convention: the residence is protected as the mission is."""
    assert [k for k, when in incidents_read(text, _DAY) if when and when.startswith("2025-11-02")]


def test_insults_hurled_at_an_embassy_are_no_attack() -> None:
    """Words thrown are not stones: 'hurled insults at the embassy' is no attack."""
    found = incidents_read("Demonstrators hurled insults at the French embassy on Sunday.", _DAY)
    assert not [k for k, _ in found if k == "attack"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Vietnam on Monday protested to Beijing the ramming and sinking of a Vietnamese "
            "fishing boat by a Chinese vessel."
        ),
        (
            "Indonesia on Monday condemned the sinking of an Indonesian fishing boat by a "
            "Malaysian patrol vessel."
        ),
        (
            "Manila on Monday formally protested to China the water cannon attack on a "
            "Philippine supply boat."
        ),
    ],
)
def test_a_protest_on_its_day_does_not_date_the_incident_it_names(text: str) -> None:
    """'protested on Monday the sinking of a boat': Monday is the protest's day."""
    found = incidents_read(text, _DAY)
    assert found
    assert ("other", "2025-11-03") not in found
    assert not [when for _, when in found if when and when.startswith("2025-11-03")]


def test_a_ship_that_fired_water_cannon_on_its_day_is_dated() -> None:
    """'vessels on Sunday fired water cannon at a boat': the verb's day dates the incident."""
    found = incidents_read(
        "Two Chinese coast guard vessels on Sunday fired water cannon at a Philippine boat.", _DAY
    )
    assert [when for _, when in found] == ["2025-11-02"]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Two Indian trawlers seized by the Sri Lankan navy last week were returned to "
                "their owners on Monday."
            ),
            "2025-W44",
        ),
        (
            (
                "Three Thai nationals detained by Cambodian soldiers earlier this month were freed "
                "on Monday."
            ),
            "2025-11",
        ),
        (
            (
                "Five Nepali herders detained by Chinese border guards in October were handed back "
                "on Monday."
            ),
            "2025-10",
        ),
    ],
)
def test_a_release_on_its_day_does_not_date_the_seizure_told_before_it(
    text: str, when: str
) -> None:
    """'trawlers seized last week were returned on Monday': the seizure keeps last week."""
    assert ("other", when) in incidents_read(text, _DAY)
