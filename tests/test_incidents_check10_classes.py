"""
Incident classes found on the development set check10 (session thirteen).

Each class is checked on sentences written for these tests, with invented people and other
regions, outlets, decades and verbs than the stories': raids by armed bands; loads carried
across a border by balloons or drones; a foreign force's landing party ashore; foreign boats
intercepted fishing without a licence; fire "from across the border"; one state's forces
attacking another's patrol or post; rockets fired at a town; old wire datelines closed by
"(AP).-".
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import incidents_read

_PUBLISHED = date(2026, 6, 10)  # a Wednesday: Sunday is 7 June, Monday 8 June


def _incidents(text: str, published: date = _PUBLISHED) -> list[tuple[str, str | None]]:
    return incidents_read(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided a police post near the Malian border on Sunday, the army said.",
        "Suspected militants raided a border village in Lamu county on Sunday.",
        (
            "On Sunday night, a band of some 20 armed men who had crossed from Sudan raided a "
            "camp outside the town, shooting dead a guard and driving away goats."
        ),
    ],
)
def test_a_raid_by_an_armed_band_is_an_attack(text: str) -> None:
    """A band of armed men that raided a place, or shot people dead in a raid: an attack."""
    assert _incidents(text) == [("attack", "2026-06-07")]


def test_a_police_raid_is_no_incident() -> None:
    """The police raiding offices is a search at home, not an armed incident."""
    assert _incidents("Police raided the offices of the opposition newspaper on Sunday.") == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "Dozens of balloons carrying propaganda leaflets crossed the border from North "
            "Korea on Sunday, the military said."
        ),
        "A drone loaded with drugs crossed the border from Pakistan near Amritsar on Sunday.",
        (
            "On Sunday night, some 30 helium balloons laden with smuggled cigarettes crossed "
            "the frontier from Belarus into Latvia."
        ),
    ],
)
def test_aircraft_carrying_a_load_across_a_border_violate_the_airspace(text: str) -> None:
    """The load between the aircraft and "crossed the border" does not hide the crossing."""
    assert _incidents(text) == [("airspace_violation", "2026-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "A party of Chinese sailors went ashore on the disputed atoll on Sunday and raised "
            "a flag, the coast guard said."
        ),
        "Marines from a British frigate came ashore on the island without permission on Sunday.",
        (
            "According to the ministry, a French navy patrol vessel anchored off the island on "
            "Sunday and a party of sailors went ashore to set up a radio mast."
        ),
        "A group of Chinese marines landed on the disputed reef on Sunday and raised a flag.",
        "Argentine commandos landed on the island on Sunday without permission.",
    ],
)
def test_a_foreign_forces_landing_party_ashore_is_an_incident(text: str) -> None:
    """Sailors, marines or troops going ashore in another's land: ``other``."""
    assert _incidents(text) == [("other", "2026-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        "American sailors went ashore in Da Nang on Sunday during a port visit.",
        "Passengers of the cruise ship went ashore at Apia on Sunday.",
    ],
)
def test_shore_leave_and_passengers_ashore_are_no_incident(text: str) -> None:
    """A port visit's shore leave, or passengers, tell no incident."""
    assert _incidents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "A Fijian navy patrol boat intercepted three foreign longliners fishing without a "
            "licence off Rotuma on Sunday."
        ),
        "The coast guard cutter chased two trawlers fishing illegally near Galapagos on Sunday.",
        (
            "Senegalese patrol vessels intercepted a Russian trawler fishing without "
            "authorisation off Casamance on Sunday."
        ),
    ],
)
def test_boats_intercepted_while_fishing_illegally(text: str) -> None:
    """A state's vessel intercepting or chasing boats "fishing without a licence": ``other``."""
    assert _incidents(text) == [("other", "2026-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "The minister expressed deep concern over the unprovoked firing from across the "
            "border at a frontier post on Sunday, which killed two guards."
        ),
        "The ministry protested at unprovoked firing from across the Line of Control on Sunday.",
        "Residents reported heavy firing from across the frontier late on Sunday.",
    ],
)
def test_fire_from_across_the_border_needs_no_country_named(text: str) -> None:
    """Fire that came over a border is shots fired even where no country is named."""
    assert _incidents(text) == [("shots_fired", "2026-06-07")]


def test_heavy_firing_in_a_city_is_still_no_incident() -> None:
    """Without a border crossed, firing with no country or armed actor tells none."""
    assert _incidents("The minister complained of heavy firing in the capital on Sunday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A unit of the Eritrean army crossed the border on Sunday and attacked a Sudanese patrol.",
        (
            "Thai troops attacked a Cambodian army post near the temple on Sunday with mortars "
            "and machine guns, the ministry said."
        ),
        "Moscow said Chinese soldiers ambushed a Soviet patrol on the island on Sunday.",
        "Guyana raised the shooting of June 7 against a Guyana Defence Force patrol on the river.",
    ],
)
def test_one_states_forces_firing_on_anothers_patrol_is_shots_fired(text: str) -> None:
    """Troops attacking another state's patrol or post: a border clash, shots fired."""
    assert _incidents(text) == [("shots_fired", "2026-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a Pakistani army post on Sunday.",
        "Sudanese troops attacked rebel positions in Darfur on Sunday.",
        "Militants attacked a police post near the border on Sunday.",
    ],
)
def test_attacks_by_or_on_armed_groups_stay_attacks(text: str) -> None:
    """Gunmen on an army post, or troops on rebels, are attacks as before."""
    assert _incidents(text) == [("attack", "2026-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "The premier returned hours after guerrillas fired three Katyusha rockets at "
            "Nahariya on Sunday. Two of the rockets hit a school, wounding a teacher."
        ),
        "Militants fired two rockets at the town of Sderot on Sunday.",
        "Rebels fired four missiles at the city on Sunday, officials said.",
    ],
)
def test_rockets_fired_at_a_town_are_an_attack(text: str) -> None:
    """Rockets at a town, as rockets into a land, are an attack (a retelling merges)."""
    assert _incidents(text) == [("attack", "2026-06-07")]


def test_rockets_fired_at_forces_are_still_shots_fired() -> None:
    """Rockets fired at positions or a patrol are shots fired, as before."""
    assert _incidents("Militants fired rockets at Israeli positions on Sunday.") == [
        ("shots_fired", "2026-06-07")
    ]


def test_an_old_wire_dateline_closed_by_a_full_stop_does_not_date_the_incident() -> None:
    """A second dispatch's "TAIPEI, June 10 (AP).-": the dateline's day is not the incident's."""
    text = (
        "The two envoys met in Washington on Monday to discuss the crisis.\n\n"
        "Jets Down 2 Fighters\n\n"
        "TAIPEI, June 10 (AP).\u2014Nationalist jets shot down two Communist MIG-17 fighters "
        "over the strait Sunday in the first air battle of the week, the Defense Ministry "
        "said today."
    )
    assert _incidents(text) == [("shootdown", "2026-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops fought a fierce battle with Somali militiamen near the border on Sunday.",
        (
            "Malaysian security forces fought a two-hour battle with a party of Indonesian raiders "
            "in the district on Sunday."
        ),
    ],
)
def test_forces_that_fought_a_battle_with_armed_men_fired_shots(text: str) -> None:
    """Forces that fought a battle with raiders or militiamen clashed: shots fired."""
    assert _incidents(text) == [("shots_fired", "2026-06-07")]


def test_a_legal_battle_is_no_clash() -> None:
    """A battle fought in court, with no armed men, tells no incident."""
    assert (
        _incidents("The opposition fought a long legal battle with the government on Sunday.") == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rhodesian aircraft dropped commandos near the Zambian town on Sunday.",
        "The minister said enemy aircraft had dropped about 40 paratroopers in Kedah on Sunday.",
    ],
)
def test_troops_dropped_from_the_air_are_an_attack(text: str) -> None:
    """An airborne landing of commandos or paratroops in another's land: an attack."""
    assert _incidents(text) == [("attack", "2026-06-07")]


def test_a_party_that_dropped_its_candidates_is_no_landing() -> None:
    """A party that dropped candidates, no troops from the air, tells no incident."""
    assert _incidents("The party dropped its candidates in three districts on Sunday.") == []


def test_an_appositive_reaction_does_not_date_the_incident() -> None:
    """The day of "an incident which officials played down on Tuesday" is the reaction's."""
    text = (
        "A Peruvian gunboat seized two Ecuadorian trawlers off Tumbes last week, an incident "
        "which officials in Quito played down on Tuesday."
    )
    assert _incidents(text) == [("other", "2026-W23")]


@pytest.mark.parametrize(
    "text",
    [
        "Estonia has recorded four Russian airspace violations since January, officials said.",
        "Finland reported three Russian airspace violations in May.",
        "Lithuania has recorded seven airspace violations by Belarusian helicopters this year.",
    ],
)
def test_violations_counted_over_a_span_are_a_tally(text: str) -> None:
    """A count of violations over a month or a year is a tally, not one incident."""
    assert _incidents(text) == []


def test_violations_counted_on_one_day_are_still_told() -> None:
    """Two violations told on one day are that day's incident."""
    text = "On Sunday, Russian drones committed two airspace violations over eastern Poland."
    assert _incidents(text) == [("airspace_violation", "2026-06-07")]


def test_fishermen_picked_up_by_gendarmes_date_their_detention() -> None:
    """Fishermen "picked up last Wednesday by gendarmes": the arrest told before, dated."""
    text = (
        "Accra has demanded the release of 14 Ghanaian fishermen arrested by Togolese "
        "gendarmes off Lome last week. The paper gathered that the fishermen were picked up "
        "last Wednesday by gendarmes on patrol boats near the port."
    )
    assert _incidents(text, date(2026, 4, 14)) == [("other", "2026-04-08")]


def test_survivors_picked_up_by_a_ship_are_no_detention() -> None:
    """A ship that picks up a sunken boat's crew rescues them."""
    text = "The fishermen were picked up by a passing freighter after their boat sank on Sunday."
    assert _incidents(text) == []


def test_an_incident_a_week_before_a_dated_meeting_takes_its_day() -> None:
    """An abduction "a week after" which ministers agreed on Wednesday: the Wednesday before."""
    text = (
        "The foreign ministers agreed on Wednesday to resume joint patrols, a week after gunmen "
        "abducted four Indonesian fishermen off Sabah."
    )
    assert _incidents(text) == [("other", "2026-06-03")]


@pytest.mark.parametrize(
    "text",
    [
        "Russian glide bombs killed nine people in the city a day after a strike on Kharkiv.",
        "Rebels shelled the town of Goma three days after talks collapsed in Nairobi.",
    ],
)
def test_an_incident_a_few_days_after_another_event_is_not_dated_by_that_event(text: str) -> None:
    """In "X a day after Y" the step's date is Y's day; X is that many days on (publication)."""
    assert _incidents(text) == [(_kind(text), "2026-06-10")]


def test_a_step_from_a_dated_event_already_gives_the_incidents_day() -> None:
    """A day after leaders met "on Monday" counts from the Monday to the incident's day."""
    text = "Rebels shelled the town of Goma a day after the leaders met in Doha on Monday."
    assert _incidents(text) == [("attack", "2026-06-09")]


def _kind(text: str) -> str:
    return "airstrike" if "bombs" in text else "attack"


@pytest.mark.parametrize(
    "text",
    [
        (
            "The two sides agreed to resume talks, days after their troops clashed near the "
            "border, the minister said here Tuesday."
        ),
        "Chadian and Sudanese troops clashed near the border, the army said here on Tuesday.",
    ],
)
def test_the_day_it_was_said_here_is_not_the_incidents(text: str) -> None:
    """Agency copy's "said here Tuesday" dates the telling, not the clash."""
    assert _incidents(text) == [("shots_fired", "2026-06")]


@pytest.mark.parametrize(
    "text",
    [
        "Troops landed on the beach during a NATO exercise on Sunday.",
        "The plane carrying the minister landed on the island on Sunday.",
    ],
)
def test_a_landing_in_a_drill_or_by_a_plane_is_no_incident(text: str) -> None:
    """A drill's landing, or an aircraft landing, is no foreign force's landing."""
    assert _incidents(text) == []
