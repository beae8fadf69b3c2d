"""
Incident classes found on the development set check11 (session fourteen).

Each class is checked on sentences written for these tests, with invented people and other
regions, outlets, decades and verbs than the stories': a target struck "with drones"; an
aircraft flying over a land "without authorization"; a beacon or buoy dismantled or removed;
patrols that clashed; a limb lost to a landmine; a shell that struck, told right after the
fire it belongs to; "the weekend's" incident and the Friday night it began; an incident of
the previous calendar year recalled as news; and, found on sample13a/b, the wreck of a drone
that fell (no attack) and aircraft tracked in an air defence identification zone (``other``).
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
        (
            "The visit came after the Revolutionary Guards said they had struck "
            '"terrorist headquarters" in the Kurdistan Region of Iraq with drones on Sunday.'
        ),
        (
            "Turkey said its army hit PKK shelters in northern Iraq with drones and artillery "
            "on Sunday."
        ),
        (
            "Azerbaijan's defence ministry said it had targeted an Armenian depot near the "
            "border with missiles on Sunday."
        ),
    ],
)
def test_a_target_struck_with_drones_is_an_airstrike(text: str) -> None:
    """Whatever was struck, hit "with drones" or missiles, it was hit from the air."""
    assert _incidents(text) == [("airstrike", "2026-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Guyana said a Venezuelan military plane flew over the Essequibo region on Sunday "
            "without permission."
        ),
        (
            "An Eritrean helicopter was seen flying over the Ethiopian town of Zalambessa on "
            "Sunday without clearance, residents said."
        ),
        (
            "Peru's army said a Colombian Air Force helicopter flew over the island for some "
            "15 minutes on Sunday, June 7, without authorization."
        ),
    ],
)
def test_an_aircraft_flying_over_a_land_without_leave_violates_its_airspace(text: str) -> None:
    """An aircraft over a land "without authorization", "permission" or "clearance"."""
    assert _incidents(text) == [("airspace_violation", "2026-06-07")]


def test_a_police_helicopter_over_a_stadium_is_no_violation() -> None:
    """Flying over a place with no leave refused is no incident."""
    assert _incidents("A police helicopter flew over the stadium during the match.") == []


def test_a_vague_mention_and_the_exact_day_of_one_violation_are_one_record() -> None:
    """A vague "last week" and the exact day told later of one violation: one, the day's."""
    text = (
        "Lima and Bogota agreed to talks after a Colombian military helicopter entered Peruvian "
        "airspace last week. The army said a Colombian Air Force helicopter flew over the "
        "island for some 15 minutes on Thursday, June 4, without authorization."
    )
    assert _incidents(text) == [("airspace_violation", "2026-06-04")]


@pytest.mark.parametrize(
    "text",
    [
        "Tonga said the solar beacon it kept on the reef had been dismantled by Fijian sailors.",
        (
            "Vietnam said a navigation buoy placed near the shoal had been removed by Chinese "
            "sailors."
        ),
        "Chinese coast guard crews removed three buoys that the Philippines had placed.",
    ],
)
def test_a_beacon_or_buoy_taken_away_is_an_incident(text: str) -> None:
    """A state's mark on a disputed reef or shoal dismantled or removed: ``other``."""
    assert [kind for kind, _ in _incidents(text)] == ["other"]


def test_a_buoy_removed_for_repairs_is_none() -> None:
    """A harbour's own buoys taken in for repairs name no country: no incident."""
    assert _incidents("The port authority removed old buoys from the harbour for repairs.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Israeli and Syrian patrols clashed on the Golan heights on Sunday, observers said.",
        "Indian and Chinese patrols clashed near Pangong lake on Sunday, officials said.",
    ],
)
def test_patrols_that_clashed_fired_shots(text: str) -> None:
    """Two states' patrols that clashed: shots fired."""
    assert _incidents(text) == [("shots_fired", "2026-06-07")]


def test_police_patrols_clashing_with_protesters_are_no_incident() -> None:
    """A crowd on the other side: no armed incident."""
    text = "Police patrols clashed with stone-throwing protesters in the capital on Sunday."
    assert _incidents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday a Thai ranger lost a leg to a landmine near the Cambodian border.",
        "A Moroccan shepherd stepped on an old landmine near the Algerian border on Sunday.",
    ],
)
def test_a_limb_lost_to_a_landmine_is_an_incident(text: str) -> None:
    """A landmine blast told by its wound, as "a landmine explosion killed" is told."""
    assert _incidents(text) == [("attack", "2026-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Frigates sailed after the trawler was fired on by an Icelandic gunboat on Sunday. "
            "A shell struck the trawler's bow above the waterline. Nobody was injured."
        ),
        (
            "Venezuelan soldiers fired on a Guyanese patrol boat on the Cuyuni river on Sunday. "
            "Two mortar rounds landed near the boat, the army said."
        ),
    ],
)
def test_a_shell_that_struck_right_after_the_fire_is_its_detail(text: str) -> None:
    """An undated shell that hit, in the sentence after the fire: one incident."""
    assert _incidents(text) == [("shots_fired", "2026-06-07")]


def test_the_weekends_incident_and_its_friday_night_are_one() -> None:
    """The weekend's attack named, and the Friday night attack it began with: one record."""
    text = (
        "Edem Agbeko met his Togolese counterpart on Tuesday over last weekend's attack on a "
        "border post. Armed men attacked a police post at Aflao on Friday night, killing an "
        "officer."
    )
    assert _incidents(text, date(2026, 3, 12)) == [("attack", "2026-03-06")]


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        (
            (
                "In May of last year, a Haitian helicopter flew over Dajabon without "
                "authorization, prompting a protest from the Dominican Republic."
            ),
            "airspace_violation",
            "2025-05",
        ),
        (
            "In February last year, Indian and Chinese patrols clashed near Pangong lake.",
            "shots_fired",
            "2025-02",
        ),
    ],
)
def test_an_incident_of_last_year_is_a_record(text: str, kind: str, when: str) -> None:
    """An incident of the previous calendar year, over a year back, is still news recalled."""
    assert _incidents(text, date(2026, 9, 3)) == [(kind, when)]


def test_an_incident_of_two_years_back_is_history() -> None:
    """An incident dated before the previous calendar year is history, no record."""
    text = "In May 2024, a Haitian helicopter flew over Dajabon without authorization."
    assert _incidents(text, date(2026, 9, 3)) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "Debris from a Russian drone fell near the Romanian village of Plauru on Sunday, "
            "without causing casualties."
        ),
        (
            "Wreckage of a Russian missile landed in a Polish field near the Ukrainian border "
            "on Sunday."
        ),
    ],
)
def test_the_wreck_of_a_weapon_falling_is_no_attack(text: str) -> None:
    """Debris or wreckage of a drone or missile that fell on a land: ``other``, no attack."""
    assert _incidents(text) == [("other", "2026-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "On Sunday, NORAD said it had detected two Russian Tu-95 bombers operating in the "
            "Canadian Air Defence Identification Zone. The bombers did not enter Canadian "
            "airspace."
        ),
        (
            "Japan said two Chinese H-6 bombers were spotted in its air defence identification "
            "zone near Okinawa on Sunday."
        ),
    ],
)
def test_aircraft_tracked_in_an_adiz_are_an_incident_but_no_violation(text: str) -> None:
    """An air defence identification zone is no one's airspace: operating in it is ``other``."""
    assert _incidents(text) == [("other", "2026-06-07")]


def test_entering_an_adiz_stays_an_airspace_violation() -> None:
    """Fighters that "entered" an identification zone violate it, as before."""
    text = "Two Chinese fighter jets entered the Korean Air Defense Identification Zone on Sunday."
    assert _incidents(text) == [("airspace_violation", "2026-06-07")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "A Russian drone flew into Polish airspace early on Sunday. The incursion "
                "happened during a massive overnight Russian drone and missile attack on "
                "western Ukraine."
            ),
            "2026-06-07",
        ),
        (
            (
                "Two Syrian drones crossed into Jordanian airspace on Saturday night. The "
                "incursion came during overnight Israeli air strikes on Syrian army positions."
            ),
            "2026-06-06",
        ),
    ],
)
def test_an_overnight_strike_told_with_an_incident_taken_up_is_of_its_night(
    text: str, day: str
) -> None:
    """An overnight attack that "the incursion happened during" is of the incursion's night."""
    assert _incidents(text, date(2026, 6, 8)) == [
        ("airspace_violation", day),
        ("airstrike", day),
    ]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Seoul demanded the return of the tanker Hana Star, which Iranian commandos seized "
            "in the Strait of Hormuz on Sunday."
        ),
        (
            "Manila protested over two fishing boats that the Chinese coast guard impounded near "
            "the shoal on Sunday."
        ),
    ],
)
def test_a_ship_then_which_forces_seized_it_is_a_seizure(text: str) -> None:
    """The ship named, then "which (that) commandos seized" it in a clause of its own."""
    assert _incidents(text) == [("other", "2026-06-07")]


@pytest.mark.parametrize(
    "text",
    [
        "The ship, which the company sold in May, sailed on.",
        "The territory, which Moroccan troops captured in 1976, is still disputed.",
    ],
)
def test_a_relative_clause_without_a_ship_seized_is_none(text: str) -> None:
    """No ship taken (a ship sold, a land captured long ago): no seizure."""
    assert _incidents(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "Bangladesh on Tuesday raised the killing of a young Bangladeshi man by India's "
                "Border Security Force at talks with India. The man was shot dead by Indian "
                "border guards on the Bangladeshi border on Sunday night."
            ),
            "2026-06-07",
        ),
        (
            (
                "Nepal on Tuesday condemned the killing of two Nepali traders by Indian border "
                "guards. Indian border guards opened fire on the traders near the Nepali border "
                "on Sunday."
            ),
            "2026-06-07",
        ),
    ],
)
def test_a_killing_raised_or_condemned_on_a_day_is_the_shooting_told_after(
    text: str, day: str
) -> None:
    """The day a killing was raised or condemned is the reaction's: one incident, its own day."""
    assert _incidents(text) == [("shots_fired", day)]
