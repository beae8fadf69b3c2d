"""
Incidents of wordings found as classes on a development sample written before the rules.

Each class is tested on sentences written here, about other countries: aircraft that "had
flown across" or "had been flying across" a border (an airspace violation, told in the past
perfect), a thing "held hostage to" another (a figure of speech, not a hostage-taking, beside
a real hostage-taking that stays an incident), warning shots fired "after" a crossing told
with its day (the shots' day), and "the shells were fired from ...", undated, after an attack
(a retelling of it).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

PUBLISHED = date(2012, 5, 16)  # a Wednesday


def told(text: str) -> list[tuple[str, str | None]]:
    """Kind and date of each incident ``parse`` reads in ``text``."""
    found = diplomeet.parse(f"Envoys hold talks\n\n{text}", published=PUBLISHED).incidents
    return [(i.kind, i.when.value if i.when else None) for i in found]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "Two small North Korean drones had flown across the inter-Korean border near"
                " Paju on Sunday before returning north."
            ),
            "2012-05-13",
        ),
        (
            (
                "Officials said a Pakistani drone had been flying across the Line of Control"
                " near Poonch on Saturday night."
            ),
            "2012-05-12",
        ),
        (
            "A Venezuelan helicopter had flown across the Guyanese border on Friday, Guyana said.",
            "2012-05-11",
        ),
    ],
)
def test_aircraft_that_had_flown_across_a_border_violated_airspace(text: str, day: str) -> None:
    """The past perfect of "flew across the border" is an airspace violation too."""
    assert told(text) == [("airspace_violation", day)]


@pytest.mark.parametrize(
    "text",
    [
        (
            '"We will not let the peace of the valley be held hostage to the ambitions of a few'
            ' generals," he said on Monday.'
        ),
        "Trade talks have been held hostage to the dispute over fishing rights since March.",
    ],
)
def test_held_hostage_to_is_a_figure_of_speech(text: str) -> None:
    """A thing "held hostage to" another depends on it: no one is taken hostage."""
    assert told(text) == []


def test_a_hostage_taking_stays_an_incident() -> None:
    """Gunmen who held engineers hostage took hostages."""
    assert told("Gunmen held three engineers hostage for a week in January.") == [
        ("other", "2012-01")
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "The navy fired warning shots after a North Korean patrol boat crossed the"
                " Northern Limit Line, the maritime border, on Monday evening, officials said"
                " Tuesday."
            ),
            "2012-05-14",
        ),
        (
            (
                "Greek border guards fired warning shots after a dinghy crossed the Evros river"
                " on Sunday night, police said."
            ),
            "2012-05-13",
        ),
    ],
)
def test_shots_fired_after_a_crossing_take_its_day(text: str, day: str) -> None:
    """Shots fired "after" a crossing answer it: the crossing's day, not the day told."""
    assert told(text) == [("shots_fired", day)]


def test_shots_fired_after_an_undated_act_stay_undated() -> None:
    """
    With no day in the "after" clause, the day it was told does not date the shots.

    They keep the paper's month only (a coarse date), not Saturday.
    """
    text = "Troops fired warning shots after a boat approached the pier, the navy said on Saturday."
    assert told(text) == [("shots_fired", "2012-05")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Mortar rounds landed in a village in Tavush on Sunday, wounding two, the Armenian"
            " ministry said.\n\nIt said the rounds were fired by Azerbaijani units."
        ),
        (
            "Shells hit a market in the Pakistani town of Kotli on Sunday, killing two.\n\n"
            "Officials said the shells were fired from Indian posts near Uri."
        ),
    ],
)
def test_the_shells_were_fired_retells_the_attack_told_before(text: str) -> None:
    """Undated, "the shells were fired from ..." tells who fired the attack's shells."""
    assert told(text) == [("attack", "2012-05-13")]


def test_the_shots_were_fired_alone_is_an_incident() -> None:
    """With nothing told before, "the shots were fired at a patrol boat" is the incident."""
    text = "The shots were fired at a Greek patrol boat near Lesbos, the coast guard said."
    assert told(text) == [("shots_fired", "2012-05")]  # undated: the paper's month
