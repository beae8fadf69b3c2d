"""
Incidents of unfamiliar wordings, found as classes on a retired blind set (check7).

Each class is tested on sentences written for it in other outlets' styles, about other
countries: balloons that "drifted" into airspace, flares released some metres ahead of a
plane, warplanes that "attacked" bases, rockets fired into a land, the flight of air force
planes over a territory, a warship in another's waters, "the killing of ... by soldiers"
told before the shots, both sides joined by a hyphen, and "no one was hurt".
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.records import Incident

PUBLISHED = date(2012, 5, 16)  # a Wednesday


def incidents(text: str) -> list[Incident]:
    """The incidents ``parse`` reads in ``text`` under a headline of its own."""
    return list(diplomeet.parse(f"Envoys hold talks\n\n{text}", published=PUBLISHED).incidents)


def told(text: str) -> list[tuple[str, str | None]]:
    """Kind and date of each incident of ``text``."""
    return [(i.kind, i.when.value if i.when else None) for i in incidents(text)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "About 60 balloons carrying smuggled tobacco drifted into Latvian airspace from"
                " Belarus late on Monday, the border guard said."
            ),
            "2012-05-14",
        ),
        (
            (
                "Three balloons launched from North Korea floated into South Korean airspace on"
                " Sunday, Seoul's joint chiefs said."
            ),
            "2012-05-13",
        ),
        ("A Russian surveillance drone wandered into Romanian airspace on Tuesday.", "2012-05-15"),
    ],
)
def test_craft_carried_into_airspace_intrude(text: str, day: str) -> None:
    """Balloons and drones that "drifted", "floated" or "wandered" into an airspace."""
    assert told(text) == [("airspace_violation", day)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "On Tuesday a Chinese J-11 fighter released flares roughly 30 metres in front of"
                " an Australian P-8 patrol aircraft over the South China Sea."
            ),
            "2012-05-15",
        ),
        (
            (
                "A Russian Su-35 dropped flares about 100 feet ahead of a British surveillance"
                " plane over the Black Sea on Monday."
            ),
            "2012-05-14",
        ),
        (
            (
                "A Chinese fighter fired flares directly in front of a Canadian navy helicopter"
                " on Sunday, Ottawa said."
            ),
            "2012-05-13",
        ),
    ],
)
def test_flares_released_some_distance_ahead_of_a_plane(text: str, day: str) -> None:
    """Flares released a distance "in front of" or "ahead of" an aircraft: ``other``."""
    assert told(text) == [("other", day)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "Israeli warplanes attacked what the army called militant camps near Tyre"
                " yesterday morning, killing three people, police said."
            ),
            "2012-05-15",
        ),
        ("Syrian jets attacked rebel positions near the Turkish border on Monday.", "2012-05-14"),
        (
            "Two Sudanese air force bombers attacked a rebel base in South Kordofan on Sunday.",
            "2012-05-13",
        ),
    ],
)
def test_warplanes_that_attacked_struck_from_the_air(text: str, day: str) -> None:
    """Aircraft that "attacked" a place: an air strike, not a ground attack."""
    assert told(text) == [("airstrike", day)]


def test_gunmen_that_attacked_are_still_an_attack() -> None:
    """Men on the ground who attacked a post: the kind ``attack`` as before."""
    assert told("Gunmen attacked a Pakistani army post on Monday.") == [("attack", "2012-05-14")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "Hezbollah fired two Katyusha rockets into northern Israel on Monday night,"
                " causing no injuries."
            ),
            "2012-05-14",
        ),
        (
            (
                "Police said the firing of three rockets into the Golan Heights on Sunday caused"
                " no casualties."
            ),
            "2012-05-13",
        ),
    ],
)
def test_rockets_fired_into_a_land_are_an_attack(text: str, day: str) -> None:
    """Rockets fired "into" a territory, told by the verb or the noun "the firing of"."""
    assert told(text) == [("attack", day)]


def test_rockets_fired_into_the_sea_are_no_attack() -> None:
    """Rockets fired into a gulf or the air hit no land: no attack."""
    assert told("Militants fired three rockets into the Gulf of Aqaba on Monday.") == []
    assert told("Gunmen fired two rockets into the air to celebrate on Monday.") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "Santiago protested the flight of two Argentine Air Force aircraft over Chilean"
                " territory on 10 May."
            ),
            "2012-05-10",
        ),
        (
            (
                "London protested on Wednesday against a flight over the Rock on Tuesday by two"
                " Spanish Air Force jets."
            ),
            "2012-05-15",
        ),
        (
            (
                "Greece protested the overflight of the islands of Lesbos and Chios by Turkish"
                " fighter jets on Sunday."
            ),
            "2012-05-13",
        ),
    ],
)
def test_a_flight_of_warplanes_over_a_land_intrudes(text: str, day: str) -> None:
    """The noun "flight" or "overflight" of military aircraft over another's land."""
    assert told(text) == [("airspace_violation", day)]


def test_airline_flights_are_no_intrusion() -> None:
    """Flights of airliners over a country are travel, not an intrusion."""
    assert told("Air Canada cancelled its flights over Iran on Monday.") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "The talks followed the closing of the border at Irun on Sunday night and the"
                " appearance yesterday morning of a Spanish Navy corvette inside the waters of the"
                " bay claimed by Britain."
            ),
            "2012-05-15",
        ),
        (
            "A Chinese frigate sailed into Vietnamese waters off the Paracels on Sunday.",
            "2012-05-13",
        ),
        (
            (
                "Athens said the presence of two Turkish warships in Greek waters on Tuesday was"
                " provocative."
            ),
            "2012-05-15",
        ),
    ],
)
def test_a_warship_in_another_country_s_waters(text: str, day: str) -> None:
    """A warship that appeared in, sailed into or was present in another's waters."""
    assert told(text) == [("other", day)]


def test_a_warship_in_international_waters_is_no_incident() -> None:
    """International waters are nobody's: no incident."""
    assert told("A Russian destroyer sailed into international waters on Monday.") == []


def test_the_killing_told_before_the_shots_is_the_shots() -> None:
    """The noun "the killing of ... by soldiers" names the shots told in full after it."""
    text = (
        "Mali and Mauritania will investigate the killing of three Malian herders by"
        " Mauritanian soldiers earlier this month. The soldiers fired on the herders on May 3"
        " near the border."
    )
    assert told(text) == [("shots_fired", "2012-05-03")]


def test_both_sides_joined_by_a_hyphen_are_one_incident() -> None:
    """A newsletter's "exchange of fire on the Thai-Cambodian border" is the one told later."""
    text = (
        "Welcome to the Daily Wire, where we're following budget talks in Kenya, a deadly"
        " exchange of fire on the Thai-Cambodian border, and a papal visit.\n\n"
        "Thai and Cambodian troops exchanged fire on Monday morning, killing a soldier."
    )
    assert told(text) == [("shots_fired", "2012-05-14")]


@pytest.mark.parametrize(
    "text",
    [
        "Pirates fired on a Greek tanker off Somalia on Saturday. No one was hurt.",
        (
            "An Argentine patrol boat fired warning shots at a Chilean trawler on 8 May. There were"
            " no casualties."
        ),
        "Gunmen in a skiff fired on the Omani tanker late on Saturday; the crew were unharmed.",
    ],
)
def test_no_one_hurt_counts_no_dead(text: str) -> None:
    """Shots that hurt no one: ``casualties`` 0, not unknown."""
    assert [i.casualties for i in incidents(text)] == [0]


def test_the_injured_are_not_counted_as_dead() -> None:
    """Three injured, no one said unhurt: the dead are not told."""
    text = (
        "Chinese coast guard vessels fired water cannon at a Philippine boat on Tuesday,"
        " injuring three crew members."
    )
    assert [i.casualties for i in incidents(text)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Two Russian Tu-95 bombers flew over the Sea of Japan on Monday.",
        "Two Chinese H-6 bombers flew over the disputed waters near the Senkakus on Monday.",
    ],
)
def test_warplanes_over_a_sea_intrude_on_no_airspace(text: str) -> None:
    """Bombers that "flew over" a sea or waters enter no country's airspace."""
    assert told(text) == []


def test_warplanes_over_a_land_still_intrude() -> None:
    """Drones that "flew over Polish territory" did enter its airspace."""
    text = "Russian drones flew over Polish territory on Sunday night."
    assert told(text) == [("airspace_violation", "2012-05-13")]


def test_a_warship_in_a_contiguous_zone_is_an_incident() -> None:
    """A navy ship that "entered Japan's contiguous zone": the kind ``other``."""
    text = "On Monday a Chinese navy ship entered Japan's contiguous zone near the Senkakus."
    assert told(text) == [("other", "2012-05-14")]


@pytest.mark.parametrize(
    "text",
    [
        "A Mexican man was shot dead in a bar in El Paso on Sunday, Texas police said.",
        (
            "Two Lebanese men were shot dead outside a restaurant in Limassol on Friday, Cypriot"
            " police said."
        ),
    ],
)
def test_a_killing_in_a_bar_or_restaurant_is_crime(text: str) -> None:
    """Foreigners shot dead in a bar or outside a restaurant: a crime, no incident."""
    assert told(text) == []


def test_troops_that_shot_intruders_dead_are_still_an_attack() -> None:
    """Troops who shot intruders dead near a border: the incident stays."""
    text = "Indian troops shot dead two Pakistani intruders near the border on Sunday."
    assert told(text) == [("attack", "2012-05-13")]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "An Icelandic gunboat cut the trawl warps of the Hull trawler Ross Kestrel off the"
                " Westfjords on Monday."
            ),
            "2012-05-14",
        ),
        (
            (
                "Earlier in the week a coastguard vessel cut the warps of two British trawlers off"
                " the Faroes."
            ),
            "2012-05",
        ),
        (
            (
                "A Venezuelan navy patrol boat ordered an Exxon-chartered survey ship to leave"
                " Guyanese waters on Saturday."
            ),
            "2012-05-12",
        ),
    ],
)
def test_a_ship_driven_off_or_its_warps_cut(text: str, when: str) -> None:
    """Warps cut, or a ship "ordered to leave" waters: ``other`` ("earlier in the week": month)."""
    assert told(text) == [("other", when)]


def test_the_day_news_came_does_not_date_the_shots() -> None:
    """In "hours after news reached London that a gunboat had fired" the shots are undated."""
    text = (
        "The two prime ministers met on Monday afternoon, only hours after news reached"
        " London that an Icelandic gunboat had fired on a British trawler. On Saturday the"
        " Icelandic gunboat Thor fired two shots at the trawler Kingston Emerald."
    )
    assert told(text) == [("shots_fired", "2012-05-12")]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "News reached Delhi on Monday that Chinese troops had clashed with an Indian patrol"
                " on Sunday."
            ),
            "2012-05-13",
        ),
        (
            (
                "Word came on Tuesday that Sudanese troops had shelled a Chadian border post on"
                " Saturday."
            ),
            "2012-05-12",
        ),
    ],
)
def test_the_incident_s_own_day_after_the_news_day(text: str, day: str) -> None:
    """In "News reached Delhi on Monday that ... on Sunday" the incident is Sunday's."""
    assert told(text) == [("shots_fired", day)]
