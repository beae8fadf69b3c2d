"""Incident classes read from the development set check12, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import incidents_read

_DAY = date(2026, 11, 5)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "On Monday a Filipino fishing boat was stopped by a Chinese coast guard ship "
                "near Scarborough Shoal."
            ),
            ("other", "2026-11-02"),
        ),
        (
            "The Vietnamese trawler QNg 90617 was boarded by Chinese coast guards on Tuesday.",
            ("other", "2026-11-03"),
        ),
        (
            (
                "Officials said the crew's boat, the Sea Spray, was stopped by a Mauritian patrol "
                "vessel off Agalega on Sunday."
            ),
            ("other", "2026-11-01"),
        ),
    ],
)
def test_a_boat_stopped_or_boarded_by_a_patrol_is_an_incident(
    text: str, expected: tuple[str, str]
) -> None:
    """'the boat, the Sea Spray, was stopped by a patrol vessel': a state's men on it."""
    assert expected in incidents_read(text, _DAY)


def test_a_boat_stopped_by_the_weather_is_none() -> None:
    """'The ferry was stopped by fog': no captor, no incident."""
    assert incidents_read("The ferry was stopped by fog for two days on Monday.", _DAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "A Sri Lankan trawler was boarded by Indian coast guards on Friday near the "
                "maritime line. Fishermen told the Daily Mirror that the Indian sailors fired "
                "warning shots before boarding."
            ),
            ("shots_fired", "2026-10-30"),
        ),
        (
            (
                "The killing of a Kyrgyz shepherd near the exclave on 30 August is a reminder "
                "that a line is not peace. According to Kyrgyzstan's Border Service, the man was "
                "shot by Tajik border guards while moving sheep."
            ),
            ("shots_fired", "2026-08-30"),
        ),
        (
            (
                "The death of a Nepali porter on 12 May has angered Kathmandu. Witnesses said "
                "Chinese border guards opened fire on a group crossing the pass."
            ),
            ("shots_fired", "2026-05-12"),
        ),
    ],
)
def test_an_undated_incident_goes_on_from_the_sentence_before(
    text: str, expected: tuple[str, str]
) -> None:
    """The incident (or the harm with its day) told just before dates the undated one."""
    assert expected in incidents_read(text, _DAY)


def test_an_undated_incident_after_another_paragraph_stays_undated() -> None:
    """
    A paragraph opening on "In another case" leaves the dated incident before: undated.

    Undated, it is of the paper's month (a coarse date), not of the Friday told before.
    """
    text = (
        "A Sri Lankan trawler was boarded by Indian coast guards on Friday.\n\n"
        "In another case, the crew said Indian sailors fired warning shots at a dinghy."
    )
    assert ("shots_fired", "2026-11") in incidents_read(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Katyusha rockets fired from Lebanon hit Kiryat Shmona on Monday.",
        "Rockets fired from Gaza struck Sderot on Monday, wounding two.",
        (
            "Two rockets fired by militants landed in a residential neighbourhood of Ashkelon "
            "on Monday."
        ),
    ],
)
def test_rockets_that_hit_a_town_are_an_attack(text: str) -> None:
    """Rockets told by the town they fell on are an attack, as rockets fired at it are."""
    assert ("attack", "2026-11-02") in incidents_read(text, _DAY)


def test_rockets_that_hit_an_army_post_stay_shots_fired() -> None:
    """Fire on forces from across a border is shots fired, whatever it hit."""
    text = "Rockets fired from across the border hit an army post on Monday."
    assert incidents_read(text, _DAY) == [("shots_fired", "2026-11-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish commandos landed on the smaller of the two rocks on Tuesday.",
            ("other", "2026-11-03"),
        ),
        (
            "Chinese marines landed on the larger of the two reefs on Monday.",
            ("other", "2026-11-02"),
        ),
        (
            (
                "A Venezuelan army helicopter landed on the island of Anacoco without permission "
                "from Guyanese authorities on Monday."
            ),
            ("airspace_violation", "2026-11-02"),
        ),
        (
            (
                "A Russian military helicopter landed at a Norwegian airstrip on Svalbard "
                "without prior authorisation on Friday."
            ),
            ("airspace_violation", "2026-10-30"),
        ),
    ],
)
def test_landings_on_disputed_ground(text: str, expected: tuple[str, str]) -> None:
    """Troops landed on a rock; an aircraft landed on another's land without clearance."""
    assert expected in incidents_read(text, _DAY)


def test_a_landing_without_incident_is_none() -> None:
    """'landed ... without incident': no leave lacked."""
    assert incidents_read("The plane landed on the runway without incident on Monday.", _DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "Zambian police officers shot and wounded two Zimbabwean fishermen near the island "
            "last week. According to Zimbabwean police, the two fishermen were fired on by a "
            "Zambian marine police patrol on the night of October 29 while setting nets."
        ),
        (
            "Iranian guards shot and injured three Afghan migrants last week. According to "
            "Afghan officials, the migrants were fired on by an Iranian patrol on October 28."
        ),
    ],
)
def test_shot_and_wounded_is_the_fire_told_in_full(text: str) -> None:
    """'shot and wounded ... last week' and 'were fired on ... on <day>': one incident."""
    read = incidents_read(text, _DAY)
    assert len(read) == 1
    assert read[0][0] == "shots_fired"


@pytest.mark.parametrize(
    "text",
    [
        "Crowds of Red Guards besieged the Soviet Embassy in Peking Monday, shouting slogans.",
        "Thousands of students besieged the Danish embassy in Tehran on Monday.",
        "Protesters were besieging the British high commission in Harare on Monday.",
    ],
)
def test_a_siege_of_an_embassy_by_crowds_is_a_protest(text: str) -> None:
    """A crowd laying siege to an embassy protests there: ``other``, not an attack."""
    assert incidents_read(text, _DAY) == [("other", "2026-11-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Athens mourned three naval officers, who were killed when their helicopter "
                "crashed into the sea near the islets on Monday."
            ),
            ("other", "2026-11-02"),
        ),
        (
            (
                "Two Indian air force pilots were killed when their MiG-21 fighter crashed near "
                "the Line of Control on Monday."
            ),
            ("other", "2026-11-02"),
        ),
        (
            (
                "A Peruvian army helicopter crashed in the Cenepa valley on Monday, killing all "
                "five soldiers aboard."
            ),
            ("other", "2026-11-02"),
        ),
    ],
)
def test_a_military_aircraft_lost_with_its_crew(text: str, expected: tuple[str, str]) -> None:
    """A military aircraft that crashed, killing its crew, is an incident of kind ``other``."""
    assert expected in incidents_read(text, _DAY)


def test_a_crash_that_killed_no_one_is_none() -> None:
    """'the pilots were unhurt when their jet crashed': no incident."""
    text = "The pilots were unhurt when their jet crashed on landing on Monday."
    assert incidents_read(text, _DAY) == []
