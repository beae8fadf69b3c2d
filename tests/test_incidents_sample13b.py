"""Incident classes read from the development sample sample13b, in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import incidents_read

_DAY = date(1965, 9, 6)  # a Monday


@pytest.mark.parametrize(
    "text",
    [
        (
            "Two Pakistani Sabre jets strafed Indian positions near Chhamb on Saturday, killing "
            "three soldiers."
        ),
        "Syria condemned the strafing of a Lebanese village by Israeli planes on Saturday.",
        (
            "The Iraqi Government accused Iranian aircraft of machine-gunning a border post on "
            "Saturday."
        ),
    ],
)
def test_aircraft_strafing_or_machine_gunning_is_an_airstrike(text: str) -> None:
    """'jets strafed positions', 'the strafing of a village', 'aircraft of machine-gunning'."""
    assert ("airstrike", "1965-09-04") in incidents_read(text, _DAY)


def test_a_metaphor_of_strafing_is_no_incident() -> None:
    """Guard: 'the critics strafed the film' names no aircraft: no airstrike."""
    assert incidents_read("The critics strafed the film on Saturday.", _DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Algerian Government today accused Moroccan aircraft of machine-gunning a supply "
            "column on Saturday afternoon, killing four soldiers."
        ),
        (
            "The ministry on Monday condemned the strafing of a Lebanese village by Israeli planes "
            "on Saturday."
        ),
        (
            "Karachi radio yesterday reported that Indian jets had bombed an airfield near "
            "Sargodha on Saturday."
        ),
    ],
)
def test_the_day_of_the_telling_before_its_verb_gives_way(text: str) -> None:
    """'The Government today accused aircraft of strafing ... on Saturday': Saturday's."""
    assert ("airstrike", "1965-09-04") in incidents_read(text, _DAY)


def test_an_older_papers_dateline_with_a_full_stop_dates_no_incident() -> None:
    """'ALGIERS, OCT. 5.—The Government to-day accused ...': the story's Saturday, not Oct. 5."""
    text = (
        "ALGIERS, SEPT. 5.\u2014The Government to-day accused Moroccan aircraft of "
        "machine-gunning a supply column on Saturday afternoon."
    )
    assert incidents_read(text, _DAY) == [("airstrike", "1965-09-04")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "An Indian attack on Pakistani positions near Sialkot on Saturday was beaten back, a "
            "Pakistani spokesman said. Pakistani jets bombed an Indian airfield near Pathankot on "
            "Saturday."
        ),
        (
            "An Iraqi attack on Iranian posts near Mehran on Saturday was repulsed, Tehran said. "
            "Iranian aircraft struck an Iraqi column near Mandali on Saturday."
        ),
    ],
)
def test_each_sides_strike_of_one_day_stays_its_own(text: str) -> None:
    """'An Indian attack on Pakistani positions' and 'Pakistani jets bombed': two incidents."""
    found = incidents_read(text, _DAY)
    assert ("attack", "1965-09-04") in found
    assert ("airstrike", "1965-09-04") in found
