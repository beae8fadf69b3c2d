"""Incident classes of the eighteenth blind set's failures, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import headed_incidents

_DAY = date(2026, 3, 5)  # a Thursday


def _incidents(text: str, published: date = _DAY) -> list[tuple[str, str | None]]:
    return headed_incidents(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "A day later, the air force reported that two Turkish jets had violated Greek "
                "airspace west of Rhodes on Sunday afternoon."
            ),
            "2026-03-01",
        ),
        (
            (
                "The Greek government protested today that Turkish warplanes had violated Greek "
                "airspace over the islands four times on Wednesday."
            ),
            "2026-03-04",
        ),
        (
            (
                "On Tuesday the coast guard said that two Turkish jets had violated Greek airspace "
                "near Kos on Sunday night."
            ),
            "2026-03-01",
        ),
    ],
)
def test_an_incident_told_inside_a_report_has_its_own_day(text: str, expected: str) -> None:
    """
    "X reported that jets had violated ... on Sunday": the day after the verb is the act's.

    The day before the verb of telling and its "that" is the report's.
    """
    assert _incidents(text) == [("airspace_violation", expected)]


def test_a_report_with_only_its_own_day_still_dates_the_incident() -> None:
    """With no day of the act told, the report's day stays the incident's, as before."""
    text = (
        "On Tuesday the coast guard reported that a Turkish helicopter had violated Greek "
        "airspace near Kos."
    )
    assert _incidents(text) == [("airspace_violation", "2026-03-03")]


def test_a_protest_over_the_violation_retells_the_shots_told_before() -> None:
    """A protest "over the ceasefire violation" retells the shots: it adds none."""
    text = (
        "Armenian troops resorted to unprovoked firing in the Kesar sector on Sunday "
        "afternoon, wounding two farmers, according to the army.\n\n"
        "The Foreign Office summoned the Armenian envoy, Ivo Marek, yesterday and lodged a "
        "strong protest over the ceasefire violation."
    )
    assert _incidents(text) == [("shots_fired", "2026-03-01")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "A Chinese J-16 dropped flares within about 30 metres of the nose of an Australian "
            "P-8A Poseidon over the Yellow Sea on Tuesday afternoon."
        ),
        (
            "A Russian fighter released flares within 50 feet of a Norwegian patrol plane over "
            "the Barents Sea on Tuesday."
        ),
    ],
)
def test_flares_dropped_within_a_distance_of_an_aircraft_are_an_incident(text: str) -> None:
    """Flares "within about 30 metres of" a plane, as "in front of" one."""
    assert _incidents(text) == [("other", "2026-03-03")]


def test_flares_over_a_range_are_no_incident() -> None:
    """Flares fired within the range of an exercise, no distance of a craft, are none."""
    text = "Navy helicopters fired flares within the range during a drill on Tuesday."
    assert _incidents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "On Wednesday the British frigate HMS Valiant and the Icelandic gunboat Odin "
            "collided east of Iceland, holing the frigate."
        ),
        "A Chinese coast guard ship and a Philippine gunboat collided near the shoal on Wednesday.",
    ],
)
def test_ships_that_collided_with_a_name_between_are_an_incident(text: str) -> None:
    """A state's ship named before "collided", its name between: "the gunboat Odin"."""
    assert _incidents(text) == [("other", "2026-03-04")]


def test_fishing_boats_that_collided_are_an_accident() -> None:
    """Two fishing boats colliding in fog are no incident between states."""
    text = "Two fishing boats collided in fog off the island on Wednesday."
    assert _incidents(text) == []


def test_rounds_fired_in_the_direction_of_a_patrol_are_shots() -> None:
    """Rounds fired "in the direction of" a patrol are aimed at it, in words."""
    text = (
        "At about 6:15 a.m. on Tuesday, members of the Guatemalan Armed Forces fired several "
        "rounds in the direction of a Belizean patrol on the river."
    )
    assert [k for k, _ in _incidents(text)] == ["shots_fired"]


def test_a_skiff_intercepted_by_another_states_vessel_is_an_incident() -> None:
    """A skiff is a boat that patrols stop: "intercepted a Belizean fishing skiff"."""
    text = (
        "On Tuesday a Guatemalan naval vessel intercepted a Belizean fishing skiff near the "
        "cayes and escorted it to port."
    )
    assert _incidents(text) == [("other", "2026-03-03")]


def test_a_step_of_a_day_or_more_in_hours_leaves_the_later_day_to_its_event() -> None:
    """
    "spoke on Wednesday night, less than 48 hours after a jet dropped flares": not Wednesday.

    Counted in hours of a day or more, the step does not fix the incident's day; a step of a
    few hours keeps the month only, and a step in days counts back, as before.
    """
    text = (
        "The minister spoke with her counterpart on Wednesday night, less than 48 hours "
        "after a Chinese J-16 dropped flares in front of an Australian patrol plane over the "
        "Yellow Sea."
    )
    assert _incidents(text) == [("other", "2026-03")]  # the paper's month: no day
    text = (
        "The envoy was summoned on Friday, two days after a Chinese jet dropped flares in "
        "front of an Australian patrol plane over the Yellow Sea."
    )
    assert _incidents(text) == [("other", "2026-02-25")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "The ministry condemned the drone attack that targeted the Panama-flagged tanker "
            "Sea Wren in the Red Sea on Tuesday, killing one crew member."
        ),
        (
            "A drone attack on the Panama-flagged tanker Coral Moon in the Gulf of Aden killed "
            "two sailors on Tuesday."
        ),
    ],
)
def test_a_drone_attack_on_a_ship_is_an_attack(text: str) -> None:
    """A drone attack whose target is a ship is fire at sea: an attack, not an airstrike."""
    assert _incidents(text) == [("attack", "2026-03-03")]


def test_a_drone_attack_on_a_village_stays_an_airstrike() -> None:
    """On land, the drone attack is a strike from the air, as before."""
    text = "A drone attack on a village near the border killed four people on Tuesday."
    assert _incidents(text) == [("airstrike", "2026-03-03")]
