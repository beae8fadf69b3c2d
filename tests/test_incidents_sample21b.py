"""Incident classes read from the development sample sample21b, in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import incidents_read

_DAY = date(2025, 11, 4)  # a Tuesday


def _kinds(text: str) -> list[str]:
    return [kind for kind, _ in incidents_read(text, _DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Pirates held the fishing vessel Blue Heron for two days before releasing it.",
        "An armed group held a Panama-flagged supply ship off the port for nine days.",
        "Somali pirates held the tanker Golden Bay and its crew of 19 for almost four months.",
        "Rebels held two Kenyan fishermen for a week before releasing them.",
        "Armed men held the tanker and its four crew for ten days off the coast.",
        "Gunmen held the ferry and its passengers for 48 hours off the island.",
        "Pirates held the Greek-owned bulk carrier for six weeks before a ransom was paid.",
    ],
)
def test_a_ship_or_crew_held_for_a_time_is_a_seizure(text: str) -> None:
    """'held the trawler for two days', 'held two fishermen for a week': a seizure."""
    assert _kinds(text) == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "The navy held a drill with two frigates for three days last week.",
        "The navy held a joint exercise with two Indian frigates for three days.",
        "The two ministers held talks with the fishermen's union for two hours on Sunday.",
        "Fishermen held a protest outside the ministry for three days.",
        "The coast guard held a ceremony aboard the ship for an hour on Sunday.",
        "The ministers held consultations aboard the vessel for two hours on Sunday.",
        "The union held the vessel owners responsible for two days of delays.",
        "Protesters held up the ferry for an hour on Sunday.",
    ],
)
def test_meetings_drills_and_protests_held_near_ships_are_no_seizure(text: str) -> None:
    """Talks, drills, protests or ceremonies 'held' with or aboard ships hold no ship."""
    assert _kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "About a dozen armed men in Malian uniforms crossed the river near the village on "
            "Sunday night, fired into the air and left."
        ),
        "Gunmen from Mali crossed the border into Niger on Sunday night and fired into the air.",
        "Militiamen from Sudan crossed into Chad on Sunday and fired in the air, then withdrew.",
        "Chadian soldiers crossed the frontier near the town on Sunday, firing in the air.",
        "Ugandan soldiers who crossed the border on Sunday fired into the air, villagers said.",
        "On Sunday, Rwandan troops entered the border town of Bunagana, firing into the air.",
    ],
)
def test_armed_men_crossing_over_and_firing_in_the_air_fire_shots(text: str) -> None:
    """The crossing makes the fire in the air an incident at the border: ``shots_fired``."""
    assert ("shots_fired", "2025-11-02") in incidents_read(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Revellers fired into the air at a wedding in the border town on Sunday.",
        "Wedding guests crossed the square, firing into the air in celebration.",
        "Police fired into the air to disperse protesters who had crossed the barricades.",
        "Troops crossed the river during a drill on Sunday, firing into the air as part of it.",
        "The minister warned that gunmen could cross the border and fire into the air.",
        "The two sides crossed into a new phase of talks, firing off letters in the air.",
    ],
)
def test_fire_in_the_air_without_a_crossing_is_no_incident(text: str) -> None:
    """Celebrations, crowd control, drills, threats and figures of speech fire no shots."""
    assert "shots_fired" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Guinean soldiers marched three Liberian farmers back across the river on Sunday.",
        "Sudanese militiamen dragged two Chadian herders across the border on Sunday.",
        "Eritrean soldiers marched six Ethiopian villagers back over the frontier on Sunday.",
        "Armed men in Malian uniforms marched three farmers across the border on Sunday.",
        "Burmese troops hauled four Thai fishermen across the river on Sunday.",
        "Congolese soldiers herded a dozen Rwandan traders back across the border on Sunday.",
    ],
)
def test_people_taken_across_a_border_by_force_are_held(text: str) -> None:
    """'marched three farmers back across the river': an abduction over a border (``other``)."""
    assert ("other", "2025-11-02") in incidents_read(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Farmers herded their goats back across the river on Sunday.",
        "Police marched the protesters across the bridge to the station on Sunday.",
        "Protesters marched across the border bridge on Sunday, waving flags.",
        "The delegation marched across the border on Sunday.",
        "The smugglers led the tourists across the border on Sunday.",
        "Herders drove their cattle across the border on Sunday, as they do every year.",
    ],
)
def test_crossings_that_take_no_one_by_force_are_no_incident(text: str) -> None:
    """Cattle driven, marches, protests and guided trips across a border hold no one."""
    assert "other" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Resistance fighters shelled a junta outpost near the bridge on Sunday.",
        "Rebels shelled an army outpost near the town on Sunday.",
        "Guerrillas shelled a navy outpost on the coast on Sunday.",
        "Militants shelled a police post in the district on Sunday.",
        "Separatists shelled the army's forward post near the airport on Sunday.",
        "Jihadists shelled a military garrison in the north on Sunday.",
    ],
)
def test_rebels_shelling_a_post_of_an_army_attack_it(text: str) -> None:
    """Shelling of one post by a non-state group is an attack, not fire between two armies."""
    assert incidents_read(text, _DAY) == [("attack", "2025-11-02")]


@pytest.mark.parametrize(
    "text",
    [
        "Indian artillery shelled Pakistani posts along the Line of Control on Sunday.",
        "Armenian forces shelled Azerbaijani positions on Sunday.",
        "Ethiopian troops shelled Eritrean outposts near the border on Sunday.",
        "The rebels shelled army positions near the town on Sunday.",
        "Insurgents shelled government positions outside the city on Sunday.",
    ],
)
def test_shelling_of_positions_along_a_front_still_fires_shots(text: str) -> None:
    """Two sides' fire on each other's positions along a line stays ``shots_fired``."""
    assert incidents_read(text, _DAY) == [("shots_fired", "2025-11-02")]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry protested the intrusion over the island by two Russian bombers on Sunday.",
        "Athens condemned the intrusion over Rhodes by a Turkish drone on Sunday.",
        "Seoul said the incursion over Baengnyeong by a North Korean drone on Sunday was illegal.",
    ],
)
def test_an_intrusion_over_a_land_is_an_airspace_violation(text: str) -> None:
    """'the intrusion over the island': an intrusion in a land's sky."""
    assert ("airspace_violation", "2025-11-02") in incidents_read(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        "There were three Russian incursions over the weekend, the Estonian army said.",
        "Ethiopian troops made an incursion over the border on Sunday.",
        "The two sides traded accusations over the Turkish incursion on Sunday.",
        "Chinese boats made an incursion over the median line in the sea on Sunday.",
    ],
)
def test_incursions_over_time_borders_or_seas_are_no_overflight(text: str) -> None:
    """'over the weekend', 'over the border', 'over the median line ... sea': no sky."""
    assert "airspace_violation" not in _kinds(text)
