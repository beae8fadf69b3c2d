"""Incidents: classes of the twenty-second session (check19's leftovers), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 3, 5)  # a Thursday


def _incidents(text: str, published: date = _DAY) -> list[tuple[str, str | None]]:
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=published)
    return [(i.kind, i.when.value if i.when else None) for i in article.incidents]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            (
                "Eritrean troops crossed the border near Zalambessa on Sunday, the Ethiopian "
                "ministry said."
            ),
            [("attack", "2026-03-01")],
        ),
        (
            "An Angolan armoured column crossed the frontier near Katwe on Friday.",
            [("attack", "2026-02-27")],
        ),
        (
            (
                "Zambian infantry crossed the border near Chanika on Monday night and Zambian jets "
                "bombed Kaloko on Tuesday."
            ),
            [("airstrike", "2026-03-03"), ("attack", "2026-03-02")],
        ),
    ],
)
def test_a_ground_force_over_a_border_is_an_attack(
    text: str, want: list[tuple[str, str | None]]
) -> None:
    """Troops, infantry or an armoured column that cross a border: an invasion, an attack."""
    assert _incidents(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Two Ugandan soldiers crossed the border inadvertently on Friday, officials said.",
        "Peacekeeping troops crossed the border into Chad on Monday.",
        "Thousands of Sudanese refugees crossed the border into Chad on Monday.",
        "Nigerian troops will cross the border if attacked, the minister warned on Monday.",
        "Malian troops crossed the border after the raid to collect the bodies, officials said.",
    ],
)
def test_a_crossing_by_mistake_peacekeepers_or_refugees_is_no_attack(text: str) -> None:
    """Not a ground force sent over: by mistake, peacekeepers, refugees, a threat, an errand."""
    assert _incidents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "Armed Sudanese soldiers crossed the border on Monday and fired into the air near a "
            "Chadian village."
        ),
        "Sudanese soldiers crossed the border on Monday and fired shots close to a Chadian farm.",
    ],
)
def test_soldiers_who_cross_and_fire_fire_shots(text: str) -> None:
    """Told with their shots, soldiers who cross fire shots: the shots, no invasion too."""
    assert _incidents(text) == [("shots_fired", "2026-03-02")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "During the inspection a deckhand slashed a Tuvaluan customs officer with a machete "
            "on Monday."
        ),
        "A fisherman stabbed two Malian border guards with a bayonet near the post on Friday.",
    ],
)
def test_a_blade_on_another_countrys_officer_is_an_attack(text: str) -> None:
    """A knife (a machete, a bayonet) on an officer or guard named by a country: an attack."""
    assert [k for k, _ in _incidents(text)] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Kenyan government slashed the budget of the officers with a stroke of the pen "
            "on Monday."
        ),
        "Retailers in Chad slashed prices on Monday.",
        "A man stabbed a police officer with a knife outside a bar on Monday.",
    ],
)
def test_slashed_budgets_and_crime_at_home_are_no_incident(text: str) -> None:
    """Prices or budgets slashed, and a stabbing with no country named, are none."""
    assert _incidents(text) == []


def test_how_far_a_drone_flew_into_a_territory_is_an_airspace_violation() -> None:
    """A flight's depth into a land, told after its fall: the crossing of that land's sky."""
    text = (
        "Vietnamese officials said a Chinese drone came down near a school in Lai Chau on "
        "Sunday after flying about 3 km into Vietnamese territory."
    )
    assert [kind for kind, _ in _incidents(text)] == ["airspace_violation"]


@pytest.mark.parametrize(
    "text",
    [
        "The Thai pilot said on Sunday the jet had been flying two kilometres into the storm.",
        "A Kenyan airliner crashed on Sunday after flying 300 miles into its journey.",
    ],
)
def test_flying_into_a_storm_or_a_journey_is_no_violation(text: str) -> None:
    """Not into a territory or an airspace: no one's sky crossed."""
    assert _incidents(text) == []


def test_boarding_the_vessel_told_held_before_is_that_seizure() -> None:
    """
    "boarded the vessel", after a foreign ship told detained: that ship, one incident.

    The clause names only the boarding state, but the vessel is the one told held.
    """
    text = (
        "Wellington protested after a Chinese trawler was detained near the Chatham Rise.\n\n"
        "New Zealand navy sailors boarded the vessel on 24 February, the minister said."
    )
    assert _incidents(text) == [("other", "2026-02-24")]


def test_boarding_the_vessel_with_nothing_held_before_is_no_incident() -> None:
    """With no foreign ship told held, "boarded the vessel" may be an inspection at home."""
    text = "New Zealand navy sailors boarded the vessel on 24 February, the minister said."
    assert _incidents(text) == []


def test_the_bombs_of_a_raid_told_before_are_that_raid() -> None:
    """Two of "the bombs" of a raid told before that landed in a land: that raid, no attack."""
    text = (
        "On Saturday Colombian aircraft bombed a guerrilla depot close to the San Miguel river, "
        "killing six. Quito said two of the bombs landed inside Ecuador, near a school."
    )
    assert _incidents(text) == [("airstrike", "2026-02-28")]


def test_bombs_told_apart_on_another_day_are_an_attack_of_their_own() -> None:
    """Not "the bombs": two bombs that fell on a market another day are their own attack."""
    text = (
        "Kenyan jets bombed a camp near the border on Sunday.\n\nSomali officials said two "
        "bombs fell on a market in Belet Hawo on Monday, killing three."
    )
    assert _incidents(text) == [("airstrike", "2026-03-01"), ("attack", "2026-03-02")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Grenada asked for the return of the trawler, which the Venezuelan navy seized near "
            "Los Testigos on Tuesday."
        ),
        (
            "Dominica demands the release of the boat, which the Venezuelan navy seized off "
            "Isla Aves on Tuesday."
        ),
    ],
)
def test_a_ship_named_by_its_noun_then_seized_in_a_which_clause(text: str) -> None:
    """A ship's plain noun before "which the navy seized": that ship, seized."""
    assert _incidents(text) == [("other", "2026-03-03")]


def test_documents_seized_in_a_which_clause_are_no_incident() -> None:
    """Not a ship before the comma: papers seized by the police are none."""
    text = (
        "Barbados asked for the return of the documents, which the Venezuelan police seized "
        "on Tuesday night."
    )
    assert _incidents(text) == []


def test_a_clock_time_read_after_the_paper_is_not_the_incidents_day() -> None:
    """
    A clock time the dates set on a day after the paper (after "next Tuesday") dates no shots.

    The shots take the day of the seizure told before them instead.
    """
    text = (
        "Grenada asked for the return of the trawler, which the Venezuelan navy seized near "
        "Los Testigos on Tuesday. The ministers will meet before next Tuesday.\n\n"
        "The skipper said a navy launch fired two warning rounds at about 10 p.m. and then "
        "boarded the trawler."
    )
    assert ("shots_fired", "2026-03-03") in _incidents(text)
