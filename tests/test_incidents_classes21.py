"""Incident classes of the nineteenth set's failures (twenty-first session), our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import headed_incidents

_DAY = date(2026, 3, 4)  # a Wednesday


def _kinds(text: str) -> list[str]:
    return [kind for kind, _ in headed_incidents(text, _DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Last month a Belarusian military helicopter strayed some 300 metres into Latvia.",
        "A Russian drone strayed two kilometres into Estonia on Sunday.",
        "On Monday an army helicopter crossed about 500 metres into Finland near the lake.",
        "A military drone penetrated nearly 3 km into Lithuania on Tuesday, the army said.",
        "Two fighter jets crossed several miles into Arland before turning back on Monday.",
        "A surveillance drone strayed a few kilometres into Norway on Saturday night.",
    ],
)
def test_an_aircraft_that_strayed_some_distance_into_a_land_violated_its_airspace(
    text: str,
) -> None:
    """How far in may stand between the aircraft's "strayed" and "into" a country."""
    assert "airspace_violation" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The hikers strayed some 300 metres into the forest on Sunday.",
        "The ferry crossed two miles into the bay before turning back on Monday.",
        "Prices strayed a few points into negative territory on Tuesday.",
    ],
)
def test_people_ships_or_prices_that_strayed_into_somewhere_violated_no_airspace(
    text: str,
) -> None:
    """Look-alikes: no aircraft, no airspace violation."""
    assert "airspace_violation" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers on Dal Island fired signal flares and two warning rounds at the drone on Monday.",
        "Border guards fired flares and three warning rounds on Monday as the boat approached.",
        "Sentries fired signal flares and a few warning bursts at the drone on Monday.",
        "Guards fired tear gas and two warning rounds at the boat on Monday.",
        "Troops fired smoke grenades and a few warning bursts at the drone on Sunday.",
        "The crew fired parachute flares and ten warning rounds on Tuesday night.",
    ],
)
def test_warning_rounds_after_another_thing_fired_are_shots_fired(text: str) -> None:
    """Rounds fired after flares ("fired signal flares and two warning rounds") are shots."""
    assert "shots_fired" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fans fired flares and sang songs all night on Saturday.",
        "The company fired two managers and a clerk on Monday.",
        "The club fired its coach and two assistants on Monday, the owners said.",
    ],
)
def test_flares_fans_or_staff_fired_are_no_shots(text: str) -> None:
    """Look-alikes: flares at a match, staff let go, applause: no shots fired."""
    assert "shots_fired" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The incursion is the third violation of Latvian airspace since September 2025.",
        "It was the fifth violation of Estonian airspace since January, the ministry said.",
        "Officials called it the fourth breach of Finnish airspace this year.",
        "The flight was the 12th violation of Lithuanian airspace since last summer.",
        "It was the second violation of Polish airspace since January, the army said.",
        "This marks the sixth intrusion into Norwegian airspace this year, the ministry said.",
    ],
)
def test_an_ordinal_over_a_span_is_a_place_in_a_tally_not_an_incident(text: str) -> None:
    """An ordinal over a span ("the third violation since September") counts; none is told."""
    assert "airspace_violation" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Russian jet violated Estonian airspace on Sunday, the second violation this month.",
        "On Sunday a Russian drone entered Estonian airspace for the second time.",
        "Russian jets violated Estonian airspace on Sunday for the 12th time.",
    ],
)
def test_an_incident_told_with_its_day_and_an_ordinal_stays_an_incident(text: str) -> None:
    """Look-alikes: a dated act that is the second of its kind is still told."""
    assert "airspace_violation" in _kinds(text)
