"""
Incident wordings from a second survey of English news prose (session fourteen).

Sentences written for these tests in the manners of South Asian and African dailies, Gulf
and Latin American English-language papers, archives of the 1950s-1980s and ministries'
notes: aircraft "forced down by" fighters or "lost to ground fire", troops who "fired into
the air", a "foiled infiltration bid", deadly clashes of two countries' herders or villagers,
commando raids on a foreign airport, and "Despite the shooting," which retells an incident
and tells no new one.  Each test holds the near-misses of its wording.  Every person is
invented; none is named.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import incidents_read

_PUBLISHED = date(2025, 3, 14)  # a Friday


def _incidents(text: str, published: date = _PUBLISHED) -> list[tuple[str, str | None]]:
    return incidents_read(text, published)


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        (
            (
                "A Libyan transport plane was forced down by Egyptian fighters near the border "
                "on Tuesday, officials in Cairo said."
            ),
            _PUBLISHED,
            "2025-03-11",
        ),
        (
            "A Korean airliner was forced down by Soviet interceptors near Sakhalin yesterday.",
            date(1983, 9, 1),
            "1983-08-31",
        ),
        (
            (
                "Iranian interceptors forced down a UAE-registered cargo plane over the Gulf on "
                "Wednesday, a Dubai daily reported."
            ),
            _PUBLISHED,
            "2025-03-12",
        ),
        (
            (
                "Two Ethiopian helicopters were lost to ground fire over Tigray on Wednesday, a "
                "rebel spokesman claimed."
            ),
            _PUBLISHED,
            "2025-03-12",
        ),
        (
            (
                "Rebels said a Sudanese Antonov was lost to anti-aircraft fire near Kadugli on "
                "Sunday."
            ),
            _PUBLISHED,
            "2025-03-09",
        ),
    ],
)
def test_forced_down_or_lost_to_fire_is_a_shootdown(text: str, published: date, when: str) -> None:
    """An aircraft forced down by warplanes, or lost to fire from the ground, is shot down."""
    assert _incidents(text, published) == [("shootdown", when)]


def test_forced_down_by_weather_or_lost_ground_is_no_shootdown() -> None:
    """A plane forced down by a storm, or a party that lost ground, tells no shootdown."""
    assert _incidents("A Libyan transport plane was forced down by Egyptian jets on Monday.") == [
        ("shootdown", "2025-03-10")
    ]
    assert _incidents("The plane was forced down by a storm near Goma on Sunday.") == []
    assert _incidents("The ruling party lost ground to the opposition in Tuesday's vote.") == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Iranian border guards fired in the air to warn off an Afghan patrol on Monday, "
                "the provincial governor said."
            ),
            "2025-03-10",
        ),
        (
            (
                "Venezuelan soldiers fired into the air as Colombian smugglers tried to cross the "
                "river on Tuesday."
            ),
            "2025-03-11",
        ),
        (
            (
                "Greek coast guard vessels fired into the air to turn back a Turkish fishing boat "
                "on Thursday."
            ),
            "2025-03-13",
        ),
    ],
)
def test_troops_firing_into_the_air_fire_shots(text: str, when: str) -> None:
    """Troops or guards of one country firing into the air at another's fire shots."""
    assert _incidents(text) == [("shots_fired", when)]
    # revellers firing in the air tell no incident
    assert _incidents("Wedding guests fired into the air in Peshawar on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Security forces thwarted an infiltration bid by militants in the Uri sector on "
                "Thursday, the army said."
            ),
            "2025-03-13",
        ),
        (
            (
                "Troops foiled an infiltration attempt by armed intruders from across the border "
                "on Saturday, the ministry said."
            ),
            "2025-03-08",
        ),
        (
            "The Border Security Force repulsed an infiltration attempt near Jammu on Friday.",
            "2025-03-14",
        ),
    ],
)
def test_a_foiled_infiltration_bid_is_an_attack(text: str, when: str) -> None:
    """A foiled, thwarted or repulsed infiltration bid is an armed attack."""
    assert _incidents(text) == [("attack", when)]
    assert _incidents("Police foiled a bank robbery bid in Karachi on Monday.") == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Kyrgyz and Tajik villagers clashed over water rights on Sunday, leaving four "
                "dead, officials said."
            ),
            "2025-03-09",
        ),
        (
            (
                "Nine were killed when pastoralists from Mali and Burkina Faso clashed over a "
                "watering point on Monday, the army said."
            ),
            "2025-03-10",
        ),
        ("Uzbek and Kyrgyz farmers clashed over a spring on Tuesday, killing two.", "2025-03-11"),
    ],
)
def test_deadly_clash_of_two_countries_herders_is_an_attack(text: str, when: str) -> None:
    """Herders or villagers of two countries who clash, with dead, tell an attack."""
    assert ("attack", when) in _incidents(text)
    # one country's farmers, or a quarrel over subsidies with no one dead: no incident
    assert _incidents("Two farmers clashed over a fence in Kent on Monday.") == []
    assert (
        _incidents(
            "Farmers from France and Spain clashed over EU subsidies in Brussels on Tuesday."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Israeli commandos raided Beirut airport on Saturday.", "2025-03-08"),
        ("Belgian paratroopers raided the airport at Kinshasa on Tuesday.", "2025-03-11"),
        ("Egyptian commandos raided Larnaca airport on Monday to free hostages.", "2025-03-10"),
    ],
)
def test_a_commando_raid_on_an_airport_is_an_attack(text: str, when: str) -> None:
    """A state's commandos raiding an airport abroad tell an attack."""
    assert _incidents(text) == [("attack", when)]
    assert _incidents("Egyptian commandos raided a drug den in Cairo on Monday.") == []


@pytest.mark.parametrize(
    "retelling",
    [
        "Despite the air strikes, the talks in Doha went ahead on Monday.",
        "Despite Sunday's shelling of the border posts, the ferry resumed on Monday.",
        "Despite the downing of the plane, the airline resumed flights on Monday.",
    ],
)
def test_despite_the_incident_retells_it(retelling: str) -> None:
    """A clause opened by "Despite the shooting" retells an incident and adds none."""
    told = "Indian and Pakistani troops exchanged fire in Poonch on Saturday."
    assert _incidents(f"{told} {retelling}") == [("shots_fired", "2025-03-08")]


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        (
            "Two Libyan Su-22s were destroyed in a dogfight with US Navy F-14s yesterday.",
            date(1981, 8, 20),
            "1981-08-19",
        ),
        (
            "Two Iraqi MiG-25s were destroyed in air combat with Iranian F-14s on Wednesday.",
            _PUBLISHED,
            "2025-03-12",
        ),
    ],
)
def test_aircraft_destroyed_in_a_dogfight_is_a_shootdown(
    text: str, published: date, when: str
) -> None:
    """An aircraft destroyed or downed in air combat is shot down (not in a mock one)."""
    assert _incidents(text, published) == [("shootdown", when)]
    assert _incidents("Jets destroyed in a mock dogfight thrilled the crowd on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "According to the UN report, shots were fired across the ceasefire line on Tuesday.",
            "2025-03-11",
        ),
        ("Shots were fired across the armistice line near Panmunjom on Sunday.", "2025-03-09"),
    ],
)
def test_shots_fired_across_an_armistice_line(text: str, when: str) -> None:
    """Shots fired across a ceasefire or armistice line are shots fired, no country named."""
    assert _incidents(text) == [("shots_fired", when)]
    assert _incidents("Shots were fired at a wedding in Lahore on Sunday.") == []
