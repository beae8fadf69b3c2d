"""
Incidents of unseen outlets: new wordings, and retellings that are no new incident.

Classes learned from the retired sixth set, each tested on sentences written here about
invented events: a suicide car bombing told in a "when" clause whose victims the main
clause names, a fishing longliner detained by a patrol boat, a ballistic missile striking a
neighbourhood (an air strike), drones shot down "overnight" (the night before the report),
"Sunday's downing" read in a forward-looking clause, an undated claim that the downed
planes "had violated" airspace, and a lead whose date is the day a minister was "telling"
his counterpart about the incident.
"""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet.records import Incident


def incidents(text: str, published: date) -> list[Incident]:
    """The incidents ``parse`` reads in ``text`` under a headline of its own."""
    return list(
        diplomeet.parse(f"Ministers meet amid tension\n\n{text}", published=published).incidents
    )


def told(text: str, published: date) -> list[tuple[str, str | None]]:
    """Kind and date of each incident of ``text``."""
    return [(i.kind, i.when.value if i.when else None) for i in incidents(text, published)]


def test_a_suicide_bombing_told_in_a_when_clause_is_an_attack() -> None:
    """The victims are in the main clause, the bomber in the 'when' clause."""
    text = (
        "Two Zambian security guards were martyred and a Malawian engineer was injured"
        " when a suicide bomber rammed an explosives-laden truck into a convoy on the"
        " northern highway near Solwezi on December 28."
    )
    found = incidents(text, date(2026, 1, 14))
    assert [(i.kind, i.when.value if i.when else None) for i in found] == [("attack", "2025-12-28")]
    assert {a.country for a in found[0].actors} == {"ZM", "MW"}
    assert found[0].casualties == 2  # "martyred" counts the dead


def test_a_detained_longliner_is_an_incident() -> None:
    """A fishing longliner held by a patrol boat: ``other``."""
    text = (
        "The patrol boat Kaimiti III detained a Taiwanese longliner about 60 nautical miles"
        " west of Atiu on 4 May, after it was found fishing without a licence."
    )
    assert told(text, date(2025, 6, 18)) == [("other", "2025-05-04")]


def test_a_missile_striking_a_neighbourhood_is_an_airstrike() -> None:
    """A ballistic missile striking a place on land, killing people: an air strike."""
    text = (
        "The minister arrived in Kyiv on Friday, hours after a Russian ballistic missile"
        " struck a residential neighborhood in Zaporizhzhia, killing five people."
    )
    assert [k for k, _ in told(text, date(2025, 9, 12))] == ["airstrike"]


def test_a_missile_slamming_into_a_block_of_flats_is_an_airstrike() -> None:
    """The same told with 'slammed into'."""
    text = "A missile slammed into an apartment block in Kharkiv, Ukraine, on Tuesday."
    assert told(text, date(2025, 9, 12)) == [("airstrike", "2025-09-09")]


def test_a_missile_hitting_a_ship_stays_an_attack() -> None:
    """A missile that hits a tanker is an attack on a ship, not an air strike."""
    text = "A Houthi missile hit a Liberian-flagged tanker off Yemen on Monday."
    assert [k for k, _ in told(text, date(2025, 9, 12))] == ["attack"]


def test_drones_shot_down_overnight_are_dated_to_the_report() -> None:
    """'shot down ... launched overnight' in a sentence with no date: the report's day."""
    text = (
        "KYIV -- Ukraine's Air Force reported that air defenses had shot down 35 of the 50"
        " drones Russia launched overnight."
    )
    assert told(text, date(2025, 9, 12)) == [("shootdown", "2025-09-12")]


def test_overnight_in_a_dated_sentence_keeps_the_sentence_date() -> None:
    """A sentence with its own day: that day, not the report's."""
    text = "On Sunday, Ukrainian air defences shot down 12 Russian drones overnight."
    assert told(text, date(2025, 9, 12)) == [("shootdown", "2025-09-07")]


def test_a_past_weekday_read_as_the_next_one_is_the_last_one() -> None:
    """
    A downing "Sunday" read as the coming Sunday is the Sunday before the report.

    "punishing Venezuela for Sunday's downing": a downing is past; the full telling after it
    is the same shootdown.
    """
    text = (
        "BOGOTA -- The foreign minister pressed Ecuador on Wednesday to join Bogota in"
        " punishing Venezuela for Sunday's downing of two unarmed crop-dusting planes.\n\n"
        "Venezuelan fighters shot down the two aircraft over the border on Sunday"
        " afternoon, killing three men aboard."
    )
    assert told(text, date(2026, 3, 5)) == [("shootdown", "2026-03-01")]


def test_the_downed_planes_violating_airspace_is_no_new_incident() -> None:
    """An undated claim that the planes shot down had entered the airspace: the shootdown."""
    text = (
        "Venezuelan fighters shot down two crop-dusting planes over the border on Sunday.\n\n"
        "Caracas insists the planes had violated Venezuelan airspace. It says they"
        " violated its airspace again and again."
    )
    assert [k for k, _ in told(text, date(2026, 3, 5))] == ["shootdown"]


def test_other_aircraft_violating_airspace_is_an_incident_still() -> None:
    """Jets named anew, after a shootdown, tell an intrusion of their own."""
    text = (
        "Venezuelan fighters shot down two crop-dusting planes over the border on Sunday.\n\n"
        "Russian jets violated Finnish airspace, Helsinki said."
    )
    assert [k for k, _ in told(text, date(2026, 3, 5))] == ["shootdown", "airspace_violation"]


def test_the_day_of_telling_does_not_date_the_arrest_in_the_lead() -> None:
    """
    The day a minister was "telling" his counterpart of an arrest does not date it.

    "with X telling his counterpart on Wednesday": the day of the talk; the arrest told in
    full after it, on Tuesday, is the same one.
    """
    text = (
        "SANAA: The arrest of 14 Yemeni fishermen by the Eritrean navy cast a shadow over"
        " Eritrean foreign minister Tesfay Gebre's first official visit to Yemen, with"
        " foreign minister Nabil Saif telling his counterpart on Wednesday that the matter"
        ' had to be resolved "without delay".\n\n'
        "The Eritrean navy arrested the fishermen, all from Mocha, and seized two fishing"
        " boats off the Hanish islands early on Tuesday, officials said."
    )
    assert told(text, date(2026, 2, 12)) == [("other", "2026-02-10")]
