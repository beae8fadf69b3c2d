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
                "On Tuesday the ministry summoned Turkey's deputy envoy over a drone strike "
                "close to Batifa that left two herders dead.\n\n"
                "The strike hit a van on the Zakho road late on Sunday, district "
                "officials said."
            ),
            [("airstrike", "2026-03-01")],
        ),
        (
            (
                "Yesterday the minister summoned Malawi's envoy to say why Malawian troops "
                "opened fire on Zambian canoe crews on the lake, killing two of them.\n\n"
                "The men, who came from Nsumbu and Chiengi, were shot on Saturday night off "
                "Isokwe Island."
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
        "Batifa that killed two farmers."
    )
    assert _incidents(text) == [("airstrike", "2026-03")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            (
                "Joint sea patrols are to begin once four Ghanaian fishermen were taken from "
                "their boat near Keta by gunmen earlier this month."
            ),
            [("other", "2026-03")],
        ),
        (
            "Six Ghanaian fishermen were taken from their boat by Nigerian pirates on Sunday.",
            [("other", "2026-03-01")],
        ),
        (
            (
                "A Turkish army patrol abducted two shepherds near the village of Dergul in "
                "northern Syria on Sunday."
            ),
            [("other", "2026-03-01")],
        ),
        (
            (
                "According to a local correspondent, a Turkish unit of five armoured cars entered "
                "the hamlet of Dergul on Sunday morning, searched several homes and abducted "
                "three farmers, then pulled back at noon."
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
        "Gunmen abducted two shepherds near the village of Dergul in northern Syria on Sunday.",
        "Turkish police arrested two shepherds near the village of Dergul on Sunday.",
    ],
)
def test_a_rescue_a_hospital_or_an_unnamed_captor_is_no_abduction(text: str) -> None:
    """Rescuers, navy helicopters, an ambulance; gunmen of no country; an arrest at home."""
    assert _incidents(text) == []


def test_a_condemned_abduction_is_the_one_told() -> None:
    """A reaction "in the strongest terms" to the abduction takes up the one told before."""
    text = (
        "Four Ghanaian fishermen were taken from their boat near Keta by gunmen on Sunday. The two "
        'ministers "denounced in the strongest terms the abduction", their '
        "communique said, and asked both navies for a patrol plan before May."
    )
    assert _incidents(text) == [("other", "2026-03-01")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            (
                "Kenya wants Uganda to pay for eleven lorries which were looted by armed men "
                "near Malaba on Sunday night, a Kenyan minister said."
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
    """Those killed or wounded by a shelling ("claimed the lives of ...") fired nothing."""
    text = (
        "An army officer said the mortar fire, which came from across the valley, claimed the "
        "lives of two soldiers and wounded five others."
    )
    assert _incidents(text) == []


def test_the_aggression_carried_out_today_dates_the_strike_told() -> None:
    """A later sentence putting the aggression at a part of today dates the strike told before."""
    text = (
        "The minister hosted his Jordanian counterpart on Wednesday, hours after Israeli "
        "jets struck an army depot near Qatana.\n\n"
        "An army officer said this aggression, carried out at dawn today over the "
        "western hills, damaged two buildings."
    )
    assert _incidents(text, date(2026, 3, 4)) == [("airstrike", "2026-03-04")]


def test_a_clock_time_alone_is_on_the_day_of_the_act_told() -> None:
    """A clock time with no day of its own, after a sentence's "last evening": the seizure's day."""
    text = (
        "Grenada wants Trinidad to give back the boat, which the Trinidad coast guard seized "
        "near Monos Island on Monday night.\n\n"
        "Speaking to us last evening, the minister said the four crew should be "
        "released within days.\n\n"
        "The skipper said a coast guard cutter fired two warning shots over its bow "
        "at about 10:40 p.m. and then boarded it."
    )
    assert _incidents(text) == [("other", "2026-03-02"), ("shots_fired", "2026-03-02T22:40")]


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
                "On Sunday a British reconnaissance plane flew low over an Icelandic gunboat, "
                "Reykjavik said."
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
            "He added that Bahamian marines had intercepted more than 30 boats from Cuba "
            "since May, most of them carrying migrants."
        ),
        (
            "Sunday's boarding of the Greek freighter followed a string of Russian attacks on "
            "the river terminals Kyiv relies on for its grain exports since August 2."
        ),
        (
            "The talks came after a wave of attacks on Ukrainian ports that began on "
            "February 12, Russian officials said."
        ),
    ],
)
def test_a_tally_of_interceptions_or_a_string_of_attacks_is_no_incident(text: str) -> None:
    """A running count of boats intercepted since a month; a string (wave) of attacks."""
    assert _incidents(text) == []


def test_intercepted_on_a_day_is_an_incident() -> None:
    """Two vessels intercepted on one day: one incident."""
    text = "The Jamaican coast guard intercepted two vessels from Haiti on Sunday."
    assert _incidents(text) == [("other", "2026-03-01")]


def test_a_ship_named_and_boarded_dates_the_seizure_and_the_shots_before_it() -> None:
    """A passive retelling with a long name dates the seizure and "before the boarding"."""
    text = (
        "SAPPORO, March 5 - Japan protested to Russia over the capture of a Rausu scallop "
        "boat and its four crew near Shikotan, the Foreign Ministry said Thursday, while a "
        "Russian patrol plane briefly entered Japanese airspace off Rebun on "
        "Wednesday.\n\n"
        "The 9-ton Shinsei Maru, registered in the town of Rausu, was boarded early Tuesday by "
        "Russian border guards and led into port. A Russian cutter fired warning shots "
        "near the boat before the boarding, Japanese officials said."
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
                "On Sunday the Tongan patrol boat Pangai came alongside a Fijian longliner and "
                "instructed its master to leave Tongan waters at once."
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
                "Hanoi said a Vietnamese trawler operating off Lincoln Island was boarded "
                "by armed men on March 3."
            ),
            [("other", "2026-03-03")],
        ),
        (
            (
                "Hanoi said a Vietnamese trawler operating off Lincoln Island was boarded "
                "by tourists on March 3."
            ),
            [],
        ),
    ],
)
def test_a_boat_boarded_where_it_was_operating(
    text: str, want: list[tuple[str, str | None]]
) -> None:
    """A participle of where the boat was ("operating off an island") before "was boarded by"."""
    assert _incidents(text) == want


def test_a_crossing_told_in_a_relative_clause_after_the_shots() -> None:
    """Shots at a drone which, in a relative clause, crossed a border line: two incidents."""
    text = (
        "On March 3, South Korean soldiers fired warning shots at a North Korean drone that "
        "had crossed the Military Demarcation Line near Paju and then flew back north."
    )
    assert _incidents(text) == [("shots_fired", "2026-03-03"), ("airspace_violation", "2026-03-03")]


def test_police_who_told_of_soldiers_firing_and_towing_boats() -> None:
    """The police as the source ("Police ... said soldiers fired"); boats towed to a shore."""
    text = (
        "Provincial police said soldiers aboard a Malawian navy launch fired at two canoes "
        "on Saturday with no warning and later towed three boats with their nets and "
        "engines to the Malawian shore near Chilumba."
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
