"""
Incident wordings from a survey of English news prose (session fourteen).

The sentences were written for these tests in the manners of many outlets (wires, dailies of
Africa, Asia, Latin America, Europe and the Gulf, broadcasters, ministries, archives of the
1960s-1990s): other verbs, the passive voice, nouns for the act, type names of aircraft, and
the near-misses that tell no incident.  Every person is invented; none is named.
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
                "Two Syrian MiG-23s penetrated Turkish air space near Hatay yesterday, the Turkish "
                "general staff said."
            ),
            date(1975, 6, 11),
            "1975-06-10",
        ),
        (
            (
                "Moldova said a Russian drone entered its air space near the Ukrainian border on "
                "Thursday."
            ),
            _PUBLISHED,
            "2025-03-13",
        ),
        (
            (
                "Cambodian airspace was violated by Thai F-16s on Thursday, the defence ministry "
                "in Phnom Penh said."
            ),
            _PUBLISHED,
            "2025-03-13",
        ),
        (
            (
                "The intrusion of two Chinese military aircraft into Japanese airspace on "
                "Wednesday prompted a protest from Tokyo."
            ),
            _PUBLISHED,
            "2025-03-12",
        ),
        (
            (
                "Venezuelan military aircraft overflew the Essequibo region on Monday, the "
                "Guyanese government said."
            ),
            _PUBLISHED,
            "2025-03-10",
        ),
        (
            "Two Turkish fighter jets flew low over the Greek islet on Sunday, Athens said.",
            _PUBLISHED,
            "2025-03-09",
        ),
        (
            (
                "Colombia protested after a Venezuelan military aircraft penetrated 10 kilometres "
                "into its territory near the border on Wednesday."
            ),
            _PUBLISHED,
            "2025-03-12",
        ),
    ],
)
def test_airspace_in_two_words_in_the_passive_and_overflown(
    text: str, published: date, when: str
) -> None:
    """Air space in two words, told passive, "the intrusion of jets into", "overflew"."""
    assert _incidents(text, published) == [("airspace_violation", when)]


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        (
            (
                "Two Egyptian MiGs were shot down by Israeli Mirages over the canal yesterday, a "
                "spokesman in Tel Aviv said."
            ),
            date(1970, 3, 18),
            "1970-03-17",
        ),
        (
            (
                "An Azerbaijani drone was destroyed by Armenian air defences over the border "
                "region on Tuesday, the ministry in Yerevan said."
            ),
            _PUBLISHED,
            "2025-03-11",
        ),
        (
            (
                "Russian air defences neutralised eight Ukrainian drones over the Belgorod region "
                "on Thursday, the defence ministry in Moscow said."
            ),
            _PUBLISHED,
            "2025-03-13",
        ),
        (
            (
                "Ukraine said it had destroyed a Russian Su-34 bomber over the Donetsk region on "
                "Monday."
            ),
            _PUBLISHED,
            "2025-03-10",
        ),
        (
            (
                "The air force said its crews destroyed 41 of the 58 drones launched at the "
                "country on Wednesday."
            ),
            _PUBLISHED,
            "2025-03-12",
        ),
    ],
)
def test_shootdowns_by_type_name_passive_and_neutralised(
    text: str, published: date, when: str
) -> None:
    """Type names ("MiGs"), "was destroyed by air defences", "neutralised", "41 of the 58"."""
    assert _incidents(text, published) == [("shootdown", when)]


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        (
            (
                "Heavy exchanges of fire took place between Iraqi and Iranian forces along the "
                "Shatt al-Arab yesterday."
            ),
            date(1980, 9, 23),
            "1980-09-22",
        ),
        (
            (
                "A South Korean guard post in the demilitarised zone was hit by gunfire from the "
                "North on Sunday."
            ),
            _PUBLISHED,
            "2025-03-09",
        ),
        (
            (
                "Gunfire erupted between Sudanese and South Sudanese troops in the disputed area "
                "on Monday."
            ),
            _PUBLISHED,
            "2025-03-10",
        ),
        (
            (
                "Sunday's firing by Pakistani troops on Indian posts in the Kargil sector was "
                "unprovoked, an Indian army spokesman said."
            ),
            _PUBLISHED,
            "2025-03-09",
        ),
    ],
)
def test_shots_fired_told_as_nouns_and_in_the_passive(
    text: str, published: date, when: str
) -> None:
    """Fire told as "exchanges of", "hit by gunfire", "gunfire erupted", "firing by troops on"."""
    assert _incidents(text, published) == [("shots_fired", when)]


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        (
            (
                "The Kenya Defence Forces said it had carried out aerial bombardment of militant "
                "camps in Gedo on Tuesday."
            ),
            _PUBLISHED,
            "2025-03-11",
        ),
        (
            (
                "The raid by Egyptian jets on Islamic State positions in Derna on Monday was "
                "retaliation for the killings."
            ),
            _PUBLISHED,
            "2025-03-10",
        ),
        (
            "Russian aircraft carried out strikes on Idlib province on Sunday, a war monitor said.",
            _PUBLISHED,
            "2025-03-09",
        ),
        (
            "Russian missiles rained down on Kyiv on Thursday, killing at least 11 people.",
            _PUBLISHED,
            "2025-03-13",
        ),
        (
            (
                "Iraqi aircraft attacked an Iranian oil terminal at Kharg Island yesterday, the "
                "Iraqi news agency said."
            ),
            date(1986, 5, 16),
            "1986-05-15",
        ),
    ],
)
def test_strikes_from_the_air_told_as_nouns_and_by_aircraft(
    text: str, published: date, when: str
) -> None:
    """Strikes told as "aerial bombardment", "the raid by jets on", "missiles rained down"."""
    assert _incidents(text, published) == [("airstrike", when)]


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        (
            "The ambush on a UN convoy near Bunia on Thursday left three peacekeepers dead.",
            _PUBLISHED,
            "2025-03-13",
        ),
        (
            (
                "Four Egyptian soldiers were killed in an assault on a checkpoint in north Sinai "
                "on Saturday."
            ),
            _PUBLISHED,
            "2025-03-08",
        ),
        (
            (
                "Al-Shabaab fighters overran a Kenyan military base in El Adde, Somalia, on "
                "January 15."
            ),
            date(2016, 1, 20),
            "2016-01-15",
        ),
        (
            "Unknown assailants hurled a grenade at the Israeli consulate in Istanbul on Friday.",
            _PUBLISHED,
            "2025-03-14",
        ),
        (
            "An explosion at the Iranian embassy in Beirut on Tuesday killed 23 people.",
            _PUBLISHED,
            "2025-03-11",
        ),
        (
            (
                "Suspected Islamists hacked to death 12 villagers near the Ugandan border on "
                "Wednesday, local officials said."
            ),
            _PUBLISHED,
            "2025-03-12",
        ),
        (
            (
                "Two Malian soldiers died when their vehicle struck a landmine near the Burkinabe "
                "border on Tuesday."
            ),
            _PUBLISHED,
            "2025-03-11",
        ),
        (
            (
                "A Kenyan police vehicle hit an improvised explosive device near the Somali border "
                "on Monday, killing three officers."
            ),
            _PUBLISHED,
            "2025-03-10",
        ),
    ],
)
def test_attacks_by_other_verbs_and_nouns(text: str, published: date, when: str) -> None:
    """Attacks told as "the ambush on", "an assault on a checkpoint", "overran", and so on."""
    assert _incidents(text, published) == [("attack", when)]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Israel's navy intercepted a Gaza-bound aid flotilla in international waters on "
                "Monday."
            ),
            "2025-03-10",
        ),
        (
            (
                "China's coast guard boarded a Philippine supply boat near the shoal on Friday and "
                "confiscated its cargo."
            ),
            "2025-03-14",
        ),
    ],
)
def test_a_flotilla_stopped_and_a_boat_boarded(text: str, when: str) -> None:
    """A flotilla intercepted, a boat boarded by another state's coast guard: ``other``."""
    assert _incidents(text) == [("other", when)]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's central bank fired a warning shot at currency speculators on Thursday.",
        "The film about the downing of the airliner premiered in Seoul on Friday.",
        "Greece and Turkey have long accused each other of violating their airspace.",
        "Kenya and Somalia agreed on Tuesday to resolve border clashes through dialogue.",
    ],
)
def test_near_misses_tell_no_incident(text: str) -> None:
    """Words at markets, a film, a long-standing charge, a dispute to settle, a negation."""
    assert _incidents(text) == []


def test_the_passive_airspace_read_negated_too() -> None:
    """An airspace "was violated by" jets is an intrusion; "no airspace had been violated" none."""
    assert _incidents("Latvian airspace was violated by a Russian drone on Monday.") == [
        ("airspace_violation", "2025-03-10")
    ]
    assert (
        _incidents("The ministry said that no Polish airspace had been violated on Monday.") == []
    )


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        (
            "An unmanned aerial vehicle was shot down over the disputed district on Wednesday.",
            "shootdown",
            "2025-03-12",
        ),
        (
            "Jordanian air defences took out a drone that approached from Syria on Tuesday.",
            "shootdown",
            "2025-03-11",
        ),
        (
            (
                "Gunshots were exchanged across the frontier between Azerbaijani and Armenian "
                "troops on Monday morning."
            ),
            "shots_fired",
            "2025-03-10",
        ),
        (
            "A military drone crossed over from Russia into Estonian territory on Thursday.",
            "airspace_violation",
            "2025-03-13",
        ),
        (
            "A Turkish strike on a house near Qamishli on Tuesday killed four people.",
            "airstrike",
            "2025-03-11",
        ),
        (
            "A suicide car bomber struck a convoy of Ugandan peacekeepers on Thursday.",
            "attack",
            "2025-03-13",
        ),
        (
            "A bomb ripped through a bus station in the border town on Friday, killing 14 people.",
            "attack",
            "2025-03-14",
        ),
        (
            "Gunmen opened fire on a bus carrying Afghan pilgrims on Monday, killing nine people.",
            "attack",
            "2025-03-10",
        ),
        (
            (
                "Three Chinese workers were killed when militants opened fire on their vehicle "
                "near the Afghan border on Saturday."
            ),
            "attack",
            "2025-03-08",
        ),
        (
            (
                "Indonesian authorities confiscated two Vietnamese fishing boats off Natuna on "
                "Wednesday."
            ),
            "other",
            "2025-03-12",
        ),
        (
            (
                "The Sri Lankan navy took 14 Indian fishermen into custody off the northern coast "
                "on Monday."
            ),
            "other",
            "2025-03-10",
        ),
    ],
)
def test_more_wordings_and_the_kind_from_who_fired(text: str, kind: str, when: str) -> None:
    """UAVs, "took out", passive exchanges, strikes on a house, gunmen's deadly fire, custody."""
    assert _incidents(text) == [(kind, when)]


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        (
            (
                "An Indian drone was shot down by Pakistani troops near the Line of Control. The "
                "incident happened on Sunday evening, the army said."
            ),
            "shootdown",
            "2025-03-09",
        ),
        (
            (
                "Cambodian troops fired on a Thai patrol near the temple. The shooting occurred on "
                "Saturday, officials in Bangkok said."
            ),
            "shots_fired",
            "2025-03-08",
        ),
    ],
)
def test_the_incident_took_place_on_a_day_dates_the_one_told_before(
    text: str, kind: str, when: str
) -> None:
    """A next sentence "The incident happened (took place) on Sunday" dates the one before."""
    assert _incidents(text) == [(kind, when)]


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        (
            "Turkish drones destroyed two Syrian army tanks near the border on Thursday.",
            "airstrike",
            "2025-03-13",
        ),
        (
            (
                "Two Latvian border guards were abducted by Belarusian agents near the frontier on "
                "Monday."
            ),
            "other",
            "2025-03-10",
        ),
        (
            "Russian troops detained three Georgian servicemen near the boundary line on Tuesday.",
            "other",
            "2025-03-11",
        ),
    ],
)
def test_drones_that_destroyed_and_guards_held(text: str, kind: str, when: str) -> None:
    """Drones that "destroyed" tanks strike from the air; another state's guards held: other."""
    assert _incidents(text) == [(kind, when)]


def test_aircraft_destroyed_on_the_ground_are_no_strike() -> None:
    """Aircraft "destroyed on the ground" are not aircraft that destroyed something."""
    assert _incidents("Jets destroyed a rebel convoy near the Chadian border on Monday.") == [
        ("airstrike", "2025-03-10")
    ]
    assert _incidents("Three aircraft were destroyed on the ground in a storm on Monday.") == []


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        (
            (
                "Belarusian air defences destroyed two Ukrainian unmanned aerial vehicles over the "
                "Gomel region on Wednesday."
            ),
            "shootdown",
            "2025-03-12",
        ),
        (
            (
                "A Vietnamese trawler illegally intruded into the waters off the Paracel Islands "
                "on Wednesday, the coast guard in Beijing said."
            ),
            "other",
            "2025-03-12",
        ),
        (
            (
                "Thai fishing boats entered Malaysian waters off Kedah on Monday without "
                "permission, the maritime agency said."
            ),
            "other",
            "2025-03-10",
        ),
        (
            (
                "A Peruvian military helicopter made an incursion into Ecuadorean territory on "
                "Friday, Quito said."
            ),
            "airspace_violation",
            "2025-03-14",
        ),
        (
            "A Syrian drone violated Jordanian sovereignty over the border town on Tuesday.",
            "airspace_violation",
            "2025-03-11",
        ),
        (
            "Egyptian warplanes launched raids on militant positions near Derna on Wednesday.",
            "airstrike",
            "2025-03-12",
        ),
        (
            (
                "An armed group claimed responsibility for an attack on a cargo ship off the coast "
                "on Monday."
            ),
            "attack",
            "2025-03-10",
        ),
    ],
)
def test_regional_styles_of_wires_and_ministries(text: str, kind: str, when: str) -> None:
    """UAVs destroyed, ships that "intruded" into waters, "violated sovereignty", and so on."""
    assert _incidents(text) == [(kind, when)]


def test_a_ship_in_international_waters_is_no_intrusion() -> None:
    """A ship that "illegally entered" waters is one; international waters belong to none."""
    assert _incidents(
        "A Chinese survey ship illegally entered Vietnamese waters near the reef on Monday."
    ) == [("other", "2025-03-10")]
    assert _incidents("The tanker entered international waters without permission on Monday.") == []


@pytest.mark.parametrize(
    ("text", "published", "kind", "when"),
    [
        (
            "Egyptian commandos raided a guerrilla base across the border on Saturday night.",
            date(1970, 5, 11),
            "attack",
            "1970-05-09",
        ),
        (
            "Chinese marines landed on the Spratly Islands yesterday and raised a flag.",
            date(1988, 3, 15),
            "other",
            "1988-03-14",
        ),
        (
            "North Korean gunboats seized the U.S. survey ship Orion off the coast yesterday.",
            date(1969, 4, 16),
            "other",
            "1969-04-15",
        ),
    ],
)
def test_archive_wordings(text: str, published: date, kind: str, when: str) -> None:
    """Commandos that "raided", "landed on the islands", a ship seized with "U.S." between."""
    assert _incidents(text, published) == [(kind, when)]


def test_an_incident_remembered_is_no_incident() -> None:
    """Remembering "the shelling of the city" is memory; "recalled that troops fired" a telling."""
    assert _incidents("The veterans remembered the shelling of the city at a ceremony today.") == []
    assert _incidents(
        "The minister recalled that Ugandan troops had fired on a Kenyan patrol on Monday."
    ) == [("shots_fired", "2025-03-10")]


def test_a_blast_with_no_bomb_and_no_side_is_no_attack() -> None:
    """A bomb that "ripped through" a station and killed is an attack; a blast at a plant none."""
    assert _incidents("A bomb ripped through a market on Friday, killing 14 people.") == [
        ("attack", "2025-03-14")
    ]
    assert _incidents("A blast ripped through a chemical plant on Friday, killing 14 people.") == []


@pytest.mark.parametrize(
    ("told", "kind", "untold"),
    [
        (
            "Syrian jets destroyed two rebel tanks near the border on Monday.",
            "airstrike",
            "The jets destroyed the opposition in the final on Monday, fans said.",
        ),
        (
            "China's coast guard boarded a Vietnamese fishing boat near the islands on Monday.",
            "other",
            "The coast guard boarded the cruise ship for a routine inspection on Monday.",
        ),
        (
            "Egyptian commandos raided a guerrilla base across the border on Monday.",
            "attack",
            "The army's commandos raided a drug den in the capital on Monday.",
        ),
    ],
)
def test_new_wordings_hold_back_at_home_and_in_sport(told: str, kind: str, untold: str) -> None:
    """Jets that destroyed tanks, a foreign boat boarded, a raid abroad; not at home or in sport."""
    assert _incidents(told) == [(kind, "2025-03-10")]
    assert _incidents(untold) == []
