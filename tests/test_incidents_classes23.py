"""Incidents: classes of the twenty-third session (check20 and sample22a), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import headed_incidents

_DAY = date(2026, 3, 5)  # a Thursday


def _incidents(text: str, published: date = _DAY) -> list[tuple[str, str | None]]:
    return headed_incidents(text, published)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            (
                "The foreign ministry on Tuesday summoned the Turkish charge d'affaires to "
                "protest a drone strike near Sinune that killed two farmers.\n\n"
                "The strike hit a tractor on the road to Khanasor on Sunday evening, local "
                "officials said."
            ),
            [("airstrike", "2026-03-01")],
        ),
        (
            (
                "The minister yesterday summoned the ambassador of Malawi to explain why Malawian "
                "soldiers opened fire on Zambian fishermen on the lake, killing two of them.\n\n"
                "The fishermen, from Kasaba and Mbala, were shot on Saturday night near Kilo "
                "Island."
            ),
            [("shots_fired", "2026-02-28")],
        ),
        (
            (
                "The ministry on Monday called in the Ugandan envoy to protest the shooting of "
                "two Kenyan fishermen by Ugandan soldiers near Migingo.\n\n"
                "The fishermen were shot on Saturday near the island, their families said."
            ),
            [("attack", "2026-02-28")],
        ),
    ],
)
def test_a_summons_date_is_not_the_incidents(text: str, want: list[tuple[str, str | None]]) -> None:
    """The day of a summons or a condemnation before the incident word is the reaction's."""
    assert _incidents(text) == want


def test_a_summons_alone_leaves_the_incident_in_the_papers_month() -> None:
    """With nothing else to date it, the incident is of the paper's month, not the summons's day."""
    text = (
        "The ministry on Tuesday summoned the Turkish envoy to protest a drone strike near "
        "Sinune that killed two farmers."
    )
    assert _incidents(text) == [("airstrike", "2026-03")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            (
                "The two navies will patrol the sea together after six Ghanaian fishermen were "
                "taken from a boat off Lome by gunmen earlier this month."
            ),
            [("other", "2026-03")],
        ),
        (
            "Six Ghanaian fishermen were taken from their boat by Nigerian pirates on Sunday.",
            [("other", "2026-03-01")],
        ),
        (
            (
                "A Turkish army patrol abducted two shepherds near the village of Kawar in "
                "northern Syria on Sunday."
            ),
            [("other", "2026-03-01")],
        ),
        (
            (
                "The agency's reporter said that a Turkish force of four vehicles pushed into "
                "the village of Kawar on Sunday morning, raided a number of houses and abducted "
                "two shepherds before withdrawing hours later."
            ),
            [("other", "2026-03-01")],
        ),
    ],
)
def test_people_taken_by_gunmen_or_a_foreign_force(
    text: str, want: list[tuple[str, str | None]]
) -> None:
    """Fishermen "taken from a boat by gunmen"; shepherds abducted by a named state's force."""
    assert _incidents(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Six Ghanaian fishermen were taken from their boat by Togolese rescuers on Sunday.",
        "The Ghanaian crew were taken off the ship by Togolese navy helicopters on Sunday.",
        "Six Ghanaian fishermen were taken to hospital in Togo by ambulance on Sunday.",
        "Gunmen abducted two shepherds near the village of Kawar in northern Syria on Sunday.",
        "Turkish police arrested two shepherds near the village of Kawar on Sunday.",
    ],
)
def test_a_rescue_a_hospital_or_an_unnamed_captor_is_no_abduction(text: str) -> None:
    """Rescuers, navy helicopters, an ambulance; gunmen of no country; an arrest at home."""
    assert _incidents(text) == []


def test_a_condemned_abduction_is_the_one_told() -> None:
    """A reaction "in the strongest terms" to the abduction takes up the one told before."""
    text = (
        "Six Ghanaian fishermen were taken from a boat off Lome by gunmen on Sunday. A joint "
        'statement said the ministers "condemned in the strongest terms the abduction of '
        'innocent fishermen" and told their navies to agree patrol routes by the end of April.'
    )
    assert _incidents(text) == [("other", "2026-03-01")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            (
                "Kenya has asked Uganda to compensate the owners of nine trucks that were looted "
                "by armed men on the Busia highway on Sunday night, the minister said."
            ),
            [("attack", "2026-03-01")],
        ),
        (
            "Ugandan soldiers looted a convoy of Kenyan lorries near Busia on Sunday.",
            [("attack", "2026-03-01")],
        ),
    ],
)
def test_goods_looted_by_armed_men_are_an_attack(
    text: str, want: list[tuple[str, str | None]]
) -> None:
    """Trucks "looted by armed men", soldiers who "looted a convoy": an attack."""
    assert _incidents(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "At least 60 Kenyan drivers have been robbed on the highway in Uganda since January.",
        "The museum in Kampala was looted by thieves on Sunday, Kenyan police said.",
    ],
)
def test_robbery_with_no_armed_men_is_no_attack(text: str) -> None:
    """A tally of robberies, or thieves: no armed men, no incident."""
    assert _incidents(text) == []


def test_the_object_of_a_killing_is_no_killer() -> None:
    """The soldiers whose lives a shelling claimed, "and wounded four others", fired nothing."""
    text = (
        "A military source said the shelling, which came from the hills, claimed the lives of "
        "three soldiers and wounded four others."
    )
    assert _incidents(text) == []


def test_the_aggression_carried_out_today_dates_the_strike_told() -> None:
    """A later "the aggression, carried out at dawn today" dates a strike told by its month."""
    text = (
        "The minister received his Jordanian counterpart on Wednesday, hours after Israeli "
        "warplanes struck a military site near Kisweh.\n\n"
        "A military source told the agency that the aggression, carried out at dawn today from "
        "the direction of the Golan, caused material damage."
    )
    assert _incidents(text, date(2026, 3, 4)) == [("airstrike", "2026-03-04")]


def test_a_clock_time_alone_is_on_the_day_of_the_act_told() -> None:
    """A clock time with no day of its own, after a sentence's "last evening": the seizure's day."""
    text = (
        "Barbados has asked Trinidad to return the boat, which the Trinidad coast guard seized "
        "off Tobago on Monday night.\n\n"
        "The minister told this newspaper by telephone last evening that she expected the men "
        "home soon.\n\n"
        "According to the owner, a coast guard interceptor fired warning shots across the bow "
        "at about 9:15 p.m. before boarding the boat."
    )
    assert _incidents(text) == [("other", "2026-03-02"), ("shots_fired", "2026-03-02T21:15")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            (
                "Eritrean shore batteries poured more than 4,000 shells onto the Ethiopian island "
                "of Dahl on Saturday evening, killing at least 17 soldiers."
            ),
            [("attack", "2026-02-28")],
        ),
        (
            (
                "Eritrean batteries poured more than 4,000 shells onto the Ethiopian island of "
                "Dahl on Saturday evening."
            ),
            [("shots_fired", "2026-02-28")],
        ),
        (
            (
                "Eritrean gunners rained mortar rounds on the Ethiopian town of Zalambessa on "
                "Saturday."
            ),
            [("shots_fired", "2026-02-28")],
        ),
    ],
)
def test_a_barrage_told_by_its_weight(text: str, want: list[tuple[str, str | None]]) -> None:
    """Shells "poured onto" or "rained on" a place: shots fired, an attack when it kills."""
    assert _incidents(text) == want


@pytest.mark.parametrize(
    "text",
    [
        (
            "Heavy rain poured onto the Ethiopian capital on Saturday, the Eritrean weather "
            "service said."
        ),
        "Eritrean investors poured millions into Ethiopian banks on Saturday.",
    ],
)
def test_rain_and_money_poured_are_no_barrage(text: str) -> None:
    """Rain and money "poured" onto or into a place: no shells."""
    assert _incidents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "Eritrean radio claimed Eritrean gunners had sunk an Ethiopian supply ship off Dahl on "
            "Sunday, but this was denied in Addis Ababa."
        ),
        (
            "Eritrean radio said one Ethiopian plane had been shot down on Sunday, which the "
            "Ethiopian army denied."
        ),
    ],
)
def test_a_claim_denied_right_after_it_is_no_incident(text: str) -> None:
    """A claim followed by ", but this was denied" or ", which the army denied"."""
    assert _incidents(text) == []


def test_a_claim_confirmed_is_an_incident() -> None:
    """A claim the other side confirmed is no denial."""
    text = (
        "Eritrean gunners sank an Ethiopian supply ship off Dahl on Sunday, which the Ethiopian "
        "navy confirmed."
    )
    assert _incidents(text) == [("other", "2026-03-01")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            (
                "The Icelandic coast guard vessel Thor fired on a trawler on Saturday. A British "
                "reconnaissance plane flew low over the Thor on Sunday, the coast guard said."
            ),
            [("shots_fired", "2026-02-28")],
        ),
        (
            (
                "A British reconnaissance plane flew low over an Icelandic gunboat on Sunday, the "
                "Icelandic coast guard said."
            ),
            [],
        ),
        (
            (
                "A Russian military plane flew low over Gotland on Sunday, the Swedish armed "
                "forces said."
            ),
            [("airspace_violation", "2026-03-01")],
        ),
    ],
)
def test_a_flight_over_a_ship_is_no_airspace_violation(
    text: str, want: list[tuple[str, str | None]]
) -> None:
    """A flight low over a ship the story named, or over a gunboat: no one's airspace."""
    assert _incidents(text) == want


@pytest.mark.parametrize(
    "text",
    [
        (
            "He noted that the Jamaican coast guard had intercepted more than 40 vessels from "
            "Haiti since January, many of them carrying firearms."
        ),
        (
            "Sunday's boarding of the Turkish ship followed a string of Russian attacks on the "
            "Danube ports that Ukraine has used to keep grain moving since July 17."
        ),
        (
            "The talks came after a wave of attacks on Ukrainian ports that began on "
            "February 12, Russian officials said."
        ),
    ],
)
def test_a_tally_of_interceptions_or_a_string_of_attacks_is_no_incident(text: str) -> None:
    """More than 40 vessels intercepted since January; a string (wave) of attacks."""
    assert _incidents(text) == []


def test_intercepted_on_a_day_is_an_incident() -> None:
    """Two vessels intercepted on one day: one incident."""
    text = "The Jamaican coast guard intercepted two vessels from Haiti on Sunday."
    assert _incidents(text) == [("other", "2026-03-01")]


def test_a_ship_named_and_boarded_dates_the_seizure_and_the_shots_before_it() -> None:
    """A passive retelling with a long name dates the seizure and "before the boarding"."""
    text = (
        "TOKYO, March 5 - Japan lodged a protest with Russia over the seizure of a Hokkaido "
        "crab boat and its five crew members off Kunashiri, the Foreign Ministry said Thursday, "
        "as a Russian patrol plane also briefly entered Japanese airspace in the north on "
        "Wednesday.\n\n"
        "The 19-ton Kiyo Maru, based in the port of Nemuro, was boarded early Tuesday by "
        "Russian border guards and escorted to port. A Russian patrol vessel fired warning shots "
        "across the boat's bow before the boarding, the coast guard said."
    )
    assert sorted(_incidents(text)) == [
        ("airspace_violation", "2026-03-04"),
        ("other", "2026-03-03"),
        ("shots_fired", "2026-03-03"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            (
                "The Tongan patrol boat Ngahau approached the Fijian trawler on Sunday and "
                "instructed its master by radio to leave what it called Tongan waters."
            ),
            [("other", "2026-03-01")],
        ),
        ("The Tongan minister ordered its captain to leave the meeting on Sunday.", []),
    ],
)
def test_a_ships_master_ordered_to_leave(text: str, want: list[tuple[str, str | None]]) -> None:
    """A patrol boat that "instructed its master to leave"; not a captain sent from a meeting."""
    assert _incidents(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            (
                "On March 3, a Vietnamese fishing vessel operating near the Paracel Islands was "
                "boarded by armed personnel, Hanoi said."
            ),
            [("other", "2026-03-03")],
        ),
        (
            (
                "On March 3, a Vietnamese fishing vessel operating near the Paracel Islands was "
                "boarded by tourists, Hanoi said."
            ),
            [],
        ),
    ],
)
def test_a_boat_boarded_where_it_was_operating(
    text: str, want: list[tuple[str, str | None]]
) -> None:
    """Where the boat was ("operating near the islands") between it and "was boarded by"."""
    assert _incidents(text) == want


def test_a_crossing_told_in_a_relative_clause_after_the_shots() -> None:
    """Shots at "a drone that crossed the demarcation line": the crossing is an incident too."""
    text = (
        "On March 3, South Korean troops fired warning shots at a small North Korean drone that "
        "crossed the Military Demarcation Line near Gimpo before turning back."
    )
    assert _incidents(text) == [("shots_fired", "2026-03-03"), ("airspace_violation", "2026-03-03")]


def test_police_who_told_of_soldiers_firing_and_towing_boats() -> None:
    """The police as the source ("Police ... said soldiers fired"); boats towed to a shore."""
    text = (
        "Police in the northern province said soldiers on a Malawian navy speedboat fired at "
        "three canoes without warning on Saturday and later towed four boats, their nets and "
        "outboard engines to the Malawian shore at Likoma."
    )
    assert _incidents(text) == [("shots_fired", "2026-02-28"), ("other", "2026-02-28")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Malawian marines towed two Zambian fishing boats to the Malawian shore on Saturday.",
            [("other", "2026-02-28")],
        ),
        (
            "The Malawian navy towed the disabled Zambian boats to the Malawian shore on Saturday.",
            [],
        ),
        (
            "A Malawian tug towed two Zambian cargo vessels to the port of Nkhata Bay on Saturday.",
            [],
        ),
        (
            (
                "Police fired rubber bullets at demonstrators outside the Malawian parliament on "
                "Saturday."
            ),
            [],
        ),
    ],
)
def test_boats_towed_to_a_countrys_shore(text: str, want: list[tuple[str, str | None]]) -> None:
    """Boats towed "to the Malawian shore" are taken; not disabled boats, nor a port by name."""
    assert _incidents(text) == want
