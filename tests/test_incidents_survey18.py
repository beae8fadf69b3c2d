"""Incident classes read from the survey set inc18, on sentences and stories of our own."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import headed_incidents

_DAY = date(2026, 3, 10)  # a Tuesday


def _incidents(text: str) -> list[tuple[str, str | None]]:
    return headed_incidents(text, _DAY)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a habitual word in a clause that tells one day's incident
        (
            (
                "Turkish artillery shelled Kurdish hamlets near Zakho on Sunday, driving "
                "dozens of families from their homes, the mayor said."
            ),
            [("attack", "2026-03-08")],
        ),
        (
            (
                "Belarusian helicopters repeatedly violated Polish airspace near Bialowieza on "
                "Monday, the Polish army said."
            ),
            [("airspace_violation", "2026-03-09")],
        ),
        (
            (
                "Ethiopian troops fired on a Sudanese border post near Gallabat on Saturday, "
                "setting dozens of huts ablaze."
            ),
            [("shots_fired", "2026-03-07")],
        ),
    ],
)
def test_habitual_word_in_a_dated_clause(text: str, told: list[tuple[str, str | None]]) -> None:
    """A word of habit ("repeatedly", "dozens of") beside one day's date: one incident."""
    assert _incidents(text) == told


@pytest.mark.parametrize(
    "text",
    [
        "Turkish artillery has repeatedly shelled Kurdish hamlets near Zakho.",
        "Belarusian helicopters often violate Polish airspace near Bialowieza.",
    ],
)
def test_habit_without_a_day_is_no_incident(text: str) -> None:
    """The same words without a day tell a habit, no incident."""
    assert _incidents(text) == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            (
                "Sudanese gunners shelled the town of Renk on Friday, the army said.\n\n"
                "Regional officials gave no toll.\n\n"
                "Drones also struck a fuel depot on the edge of the town, residents said."
            ),
            [("attack", "2026-03-06"), ("airstrike", "2026-03-06")],
        ),
        (
            (
                "Russian missiles hit a power plant in Kharkiv on Sunday night.\n\n"
                "Ukraine's air force said its air defences had shot down 12 of the 20 "
                "missiles."
            ),
            [("airstrike", "2026-03-08"), ("shootdown", "2026-03-08")],
        ),
    ],
)
def test_detail_told_later_takes_the_day_told_before(
    text: str, told: list[tuple[str, str | None]]
) -> None:
    """A detail told in a later paragraph without a day takes the day told before it."""
    assert _incidents(text) == told


def test_a_separate_incident_is_not_dated_by_the_one_before() -> None:
    """An incident opening on "Separately," is another: the day told before is not its own."""
    text = (
        "Sudanese gunners shelled the town of Renk on Friday, the army said.\n\n"
        "Separately, drones struck a fuel depot near Malakal, residents said."
    )
    assert ("airstrike", "2026-03") in _incidents(text)  # the paper's month, not Friday


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # troops or soldiers that raid a place across a border (two countries named)
        ("Rhodesian troops raided a guerrilla camp across the border on Tuesday.", "attack"),
        ("Ugandan soldiers raided a Kenyan fishing village near Busia on Monday.", "attack"),
        # fighting told with its weapons, or "fighting between" two armies
        (
            "Eritrean and Ethiopian troops fought with mortars near Badme on Sunday.",
            "shots_fired",
        ),
        (
            "Fighting between Sudanese and South Sudanese troops flared near Heglig on Monday.",
            "shots_fired",
        ),
        # how far in, in the singular, and "inside" the airspace
        (
            "Oslo said a Russian patrol plane flew one mile into Norwegian airspace on Monday.",
            "airspace_violation",
        ),
        (
            "Two Russian helicopters flew inside Latvian airspace for a minute on Sunday.",
            "airspace_violation",
        ),
    ],
)
def test_raids_fighting_and_flights_inside_airspace(text: str, kind: str) -> None:
    """Raids by troops abroad, fighting told by its weapons, flights inside an airspace."""
    assert [k for k, _ in _incidents(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops raided a bar in Nairobi on Tuesday.",
        "There was fighting between the two parties in parliament on Monday.",
    ],
)
def test_raids_at_home_and_fighting_words_are_no_incident(text: str) -> None:
    """A raid at home and a fight of parties are no incident."""
    assert _incidents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a modal with an adverb between: a prospect, no incident
        'Oslo said on Friday it would "certainly" expel Iranian diplomats in return.',
        "Seoul said on Monday it would probably expel two North Korean diplomats.",
        # a currency raided or attacked by traders
        (
            "Italy left the mechanism on Wednesday night after speculators mounted a raid on "
            "the lira that the Bank of Italy could not repel."
        ),
        "Mexico said on Friday that hedge funds had launched an attack on the peso.",
        # a war going on, not one clash
        "Fighting between the Burmese army and Karen rebels has escalated near Myawaddy.",
    ],
)
def test_prospects_currencies_and_wars_going_on_are_no_incident(text: str) -> None:
    """A modal told with an adverb, a raid on a currency, fighting that goes on: none."""
    assert _incidents(text) == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Two trawlers collided in heavy seas off Fiji on Monday.", []),
        ("A cargo ship collided with a ferry in the harbour at Piraeus on Monday.", []),
        (
            "A Chinese coast guard cutter collided with a Vietnamese trawler on Monday.",
            [("other", "2026-03-09")],
        ),
    ],
)
def test_a_collision_at_sea_is_an_incident_with_a_state_ship(
    text: str, told: list[tuple[str, str | None]]
) -> None:
    """Boats that collide are an incident when a state's ship or two countries are in it."""
    assert _incidents(text) == told


def test_an_expulsion_announced_as_decided() -> None:
    """An expulsion told "is to expel" is ordered; "the aim is to expel" is none."""
    told = _incidents("Norway is to expel two Chinese diplomats, the ministry said on Monday.")
    assert [kind for kind, _ in told] == ["other"]
    assert _incidents("The aim is to expel foreign diplomats who spy for Beijing.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Syrian jets crossed the border and dropped bombs on a Turkish village on Monday.",
        "Eritrean MiGs flew into Ethiopian airspace and bombed a depot near Mekele on Sunday.",
        "Russia fired six cruise missiles at a power station near Lviv on Monday.",
        "The Houthis launched two ballistic missiles at the port of Eilat on Sunday.",
    ],
)
def test_a_crossing_or_missile_fire_that_strikes_is_an_airstrike(text: str) -> None:
    """The crossing is the way in and the missiles' fire the strike: one airstrike."""
    assert [kind for kind, _ in _incidents(text)] == ["airstrike"]


def test_an_airliner_forced_to_land_is_an_incident() -> None:
    """An airliner "forced down" or "forced ... to land" by a state; not by the weather."""
    assert [k for k, _ in _incidents("Minsk forced down a Lithuanian airliner on Sunday.")] == [
        "other"
    ]
    forced = "Belarusian jets forced a Polish passenger jet to land in Minsk on Sunday."
    assert [k for k, _ in _incidents(forced)] == ["other"]
    assert _incidents("Fog forced the flight to land in Cork on Sunday.") == []


def test_an_act_named_as_a_violation_is_no_incident_of_its_own() -> None:
    """Strikes condemned "as a violation of its airspace": the name of the strikes told."""
    text = "Baghdad on Sunday condemned the Iranian shelling as a violation of its airspace."
    assert ("airspace_violation", "2026-03-08") not in _incidents(text)


@pytest.mark.parametrize(
    "text",
    [
        "Talks resumed on Friday, a week after the exchange of fire near the pass.",
        "Trade has slowed since the exchanges of fire along the river on March 2.",
    ],
)
def test_fire_exchanged_needs_no_country_named(text: str) -> None:
    """Fire exchanged is armed in itself: told with no country, it is still shots fired."""
    assert [kind for kind, _ in _incidents(text)] == ["shots_fired"]


@pytest.mark.parametrize(
    "text",
    [
        "US forces struck Houthi missile launchers near Hodeidah on Thursday.",
        "The Israeli military hit three Hezbollah radar sites in Lebanon on Sunday.",
    ],
)
def test_launchers_and_radar_sites_struck_are_an_airstrike(text: str) -> None:
    """Launchers, launch sites, radars and arms depots are what a strike hits."""
    assert [kind for kind, _ in _incidents(text)] == ["airstrike"]
