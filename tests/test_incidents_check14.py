"""Incident classes read from the development set check14, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from extraction_helpers import headed_incidents

_DAY = date(2026, 3, 10)  # a Tuesday


def _incidents(text: str) -> list[tuple[str, str | None]]:
    return headed_incidents(text, _DAY)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "India and Nepal on Tuesday ordered an inquiry into the killing of two Nepali "
                "villagers by Indian border guards on February 20."
            ),
            "2026-02-20",
        ),
        (
            (
                "Kenya and Somalia agreed on Friday to investigate the killing of three Kenyan "
                "herders by Somali militiamen near Mandera on March 1."
            ),
            "2026-03-01",
        ),
        (
            (
                "Mozambique and Tanzania yesterday agreed to investigate the killing of four "
                "Tanzanian traders by Mozambican soldiers near the Ruvuma river last month."
            ),
            "2026-02",
        ),
    ],
)
def test_the_killing_of_takes_its_own_date_not_the_main_verbs(text: str, when: str) -> None:
    """
    "agreed yesterday to look into the killing of X by Y last month": the killing's date.

    "the killing of" is a noun as "the shooting of" is: the date of the verb that governs
    it (the agreement, the inquiry) does not date it.
    """
    assert _incidents(text) == [("attack", when)]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "A forest patrol opened fire on a canoe on the Zambezi on Sunday, wounding one man.",
            "2026-03-08",
        ),
        (
            (
                "Two men were wounded when a customs patrol fired on their lorry near the crossing "
                "on March 2."
            ),
            "2026-03-02",
        ),
        ("An anti-smuggling patrol shot at a speedboat off the coast last Friday.", "2026-03-06"),
    ],
)
def test_a_patrol_that_fires_is_armed(text: str, when: str) -> None:
    """A patrol (forest, customs, anti-poaching) firing tells shots fired with no country."""
    assert _incidents(text) == [("shots_fired", when)]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "An Icelandic coast guard cutter fired a shot across the bow of a British trawler "
                "off the northwest coast early today."
            ),
            "2026-03-10",
        ),
        (
            "The Argentine corvette fired a shot across the bow of the Spanish trawler on Sunday.",
            "2026-03-08",
        ),
        ("A Norwegian frigate fired across the bow of a Russian trawler on Sunday.", "2026-03-08"),
    ],
)
def test_a_shot_across_a_ships_bow_is_shots_fired(text: str, when: str) -> None:
    """A shot "fired across the bow of a trawler" is a warning shot at a ship."""
    assert _incidents(text) == [("shots_fired", when)]


def test_a_shot_across_the_bow_of_no_ship_is_a_figure() -> None:
    """A shot "across the bow of the administration" is words, not arms."""
    assert _incidents("The senator fired a shot across the bow of the administration.") == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Hours before the talks, Bolivia accused Chilean helicopter gunships of attacking "
                "its outpost near Ollague on Wednesday."
            ),
            "2026-03-04",
        ),
        (
            (
                "Sudan blamed South Sudanese militiamen for attacking a border post near Heglig on "
                "Sunday, killing four soldiers."
            ),
            "2026-03-08",
        ),
        (
            "Armenia accused Azerbaijan of attacking its positions near Jermuk on Monday.",
            "2026-03-09",
        ),
    ],
)
def test_accused_of_attacking_a_post_is_an_attack(text: str, when: str) -> None:
    """B "accused of attacking its outpost": the -ing form with a place of arms after it."""
    assert _incidents(text) == [("attack", when)]


def test_accused_of_attacking_words_is_no_incident() -> None:
    """A minister "accused of attacking the press": no place of arms, no incident."""
    assert _incidents("Critics accused the minister of attacking the press on Monday.") == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "The ministers condemned the incursion on March 4 of two Russian military aircraft "
                "into Danish airspace near Greenland's east coast."
            ),
            "2026-03-04",
        ),
        (
            (
                "Seoul protested the intrusion on March 3 of two Chinese bombers into South Korean "
                "airspace."
            ),
            "2026-03-03",
        ),
    ],
)
def test_an_intrusion_with_its_day_before_of_is_an_airspace_violation(text: str, when: str) -> None:
    """An intrusion whose day stands before "of" ("the incursion on March 4 of ...")."""
    assert _incidents(text) == [("airspace_violation", when)]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Argentine forces seized the Falklands, a British colony in the South Atlantic, a "
                "week ago today, overwhelming a small garrison."
            ),
            "2026-03-03",
        ),
        (
            (
                "Moroccan troops seized the island of Perejil, a Spanish islet off the coast, on "
                "Thursday."
            ),
            "2026-03-05",
        ),
        (
            "Iraqi forces captured Khafji, a Saudi border town, on Monday night.",
            "2026-03-09",
        ),
    ],
)
def test_forces_seizing_another_countrys_land_is_an_incident(text: str, when: str) -> None:
    """Forces that "seized the Falklands, a British colony" took land: kind other."""
    assert _incidents(text) == [("other", when)]


def test_forces_capturing_soldiers_stay_a_detention() -> None:
    """Troops that "captured Ukrainian soldiers" held people, read as before, not land."""
    found = diplomeet.parse(
        "Headline of the story\n\nRussian troops captured Ukrainian soldiers near Bakhmut on "
        "Monday.",
        published=_DAY,
    ).incidents
    assert [(i.kind, i.summary) for i in found] == [
        ("other", "Russian troops captured Ukrainian soldiers near Bakhmut on Monday")
    ]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "A Chinese coast guard cutter ordered the crew of a Philippine fishing boat to "
                "leave the shoal on Sunday."
            ),
            "2026-03-08",
        ),
        (
            (
                "A Moroccan patrol boat ordered the crews of two Spanish trawlers to turn back on "
                "March 2."
            ),
            "2026-03-02",
        ),
        (
            (
                "A Greek frigate ordered the Turkish survey ship Oruc Reis to leave the area on "
                "Monday."
            ),
            "2026-03-09",
        ),
    ],
)
def test_a_ship_or_its_crew_ordered_away_is_an_incident(text: str, when: str) -> None:
    """A patrol that "ordered the crew of a fishing boat to leave" sends a ship away."""
    assert _incidents(text) == [("other", when)]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Indian officials said more than 180 Indian fishermen had been arrested in Sri Lankan "
            "waters since January."
        ),
        "Over 40 Thai trawlers have been seized by Malaysian patrols since March.",
        (
            "More than 60 Senegalese fishermen have been detained by Mauritanian coast guards "
            "since February 3."
        ),
    ],
)
def test_an_estimate_held_since_a_month_or_day_is_a_tally(text: str) -> None:
    """Some "more than 180 fishermen arrested since January" are a tally, not one incident."""
    assert _incidents(text) == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Thailand and Cambodia agreed on Wednesday to open a naval hotline, eight days "
                "after a Thai patrol boat fired on a Cambodian fishing boat off Koh Kong.\n\nThe "
                "crew of the patrol boat fired warning shots and then aimed at the engine on "
                "February 25, the Thai navy said."
            ),
            "2026-02-25",
        ),
        (
            (
                "Senegal and Mauritania agreed on Monday to set up a joint inquiry, a week after a "
                "Mauritanian coast guard vessel fired on a Senegalese pirogue.\n\nThe coast guard "
                "vessel opened fire on the pirogue on March 3, Mauritanian officials said."
            ),
            "2026-03-03",
        ),
    ],
)
def test_a_day_counted_from_another_event_yields_to_the_day_told(text: str, when: str) -> None:
    """
    "eight days after a patrol boat fired ... fired warning shots on February 25": one incident.

    A day counted from another event ("eight days after", "a week after") one day off the
    day the same fire is told on later is that fire, dated by the day told outright.
    """
    assert _incidents(text) == [("shots_fired", when)]


def test_a_day_counted_two_days_off_stays_apart() -> None:
    """A counted day two days off the day told is not taken for the same fire."""
    text = (
        "Ghana and Togo agreed yesterday to hold talks, two days after a Togolese gunboat fired "
        "on a Ghanaian canoe.\n\nThe gunboat fired on the canoe on March 5, according to "
        "Ghanaian police."
    )
    assert _incidents(text) == [("shots_fired", "2026-03-07"), ("shots_fired", "2026-03-05")]
