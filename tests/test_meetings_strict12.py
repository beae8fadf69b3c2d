"""
The place and day of meetings whose people are right (the twelfth session's strict score).

Archive records open with header lines before the story's dateline ("KESSLER, HAROLD",
"MONDAY, MARCH 9, 2026", "LENGTH: 431 words", a headline "Victoria, Ottawa ..."); old wire
copy writes its dash as "_"; a page of several stories opens a later one with its own
dateline.  Every sentence is written for these tests; the people are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

TUESDAY = date(2026, 3, 10)


def _meetings(text: str, published: date = TUESDAY) -> list[tuple[list[str], str | None]]:
    art = diplomeet.parse(text, published=published)
    return [
        (sorted(p.name for p in m.participants), None if m.place is None else m.place.name)
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("header", "dateline", "city"),
    [
        pytest.param(
            "Talks Resume on Lake Border\nMORRISON, EDITH\nThe Daily Ledger; Mar 10, 2026;\n",
            "NAIROBI, Kenya, March 9\u2014",
            "Nairobi",
            id="archive-author-line",
        ),
        pytest.param(
            "THE EVENING STAR\n\nMONDAY, MARCH 9, 2026\n\nFrom Our Correspondent\n",
            "LISBON, Monday.\n\n",
            "Lisbon",
            id="weekday-line",
        ),
        pytest.param(
            "Copyright 2026 Wire Service\n\nSECTION: WORLD\n\nLENGTH: 388 words\n\n"
            "BYLINE: By our correspondent\n",
            "DATELINE: HANOI, March 9\n\nBODY:\n",
            "Hanoi",
            id="labelled-dateline-field",
        ),
        pytest.param(
            "Victoria, Ottawa Agree on a Fisheries Plan\n",
            "OTTAWA, March 9 -",
            "Ottawa",
            id="headline-opening-with-a-city",
        ),
    ],
)
def test_the_storys_dateline_comes_after_an_archives_header_lines(
    header: str, dateline: str, city: str
) -> None:
    """Talks "held here" are in the dateline's city, not in a header line's word."""
    text = (
        f"{header}\n{dateline} Foreign Minister Ann Wekesa held talks here this afternoon"
        " with her visiting counterpart, Foreign Minister Juma Msuya, at the Government"
        " House.\n\nThe two ministers agreed to meet again in June."
    )
    assert _meetings(text)[0] == (["Ann Wekesa", "Juma Msuya"], city)


@pytest.mark.parametrize("city", ["MANILA", "ACCRA, Ghana", "LA PAZ, Bolivia"])
def test_an_old_wire_dateline_with_an_underscore_dash(city: str) -> None:
    """A dateline "MANILA _ A met B on Monday": the underscore is the old wire dash."""
    text = (
        f"March 10, 2026\n\n{city} _ Foreign Secretary Rosa Dimalanta met separately on"
        " Monday with the ambassadors of Chile and Peru, Tomas Irarrazaval and Hugo"
        " Quispe, a spokesman said."
    )
    name = city.split(",", maxsplit=1)[0].title()
    assert {p for _, p in _meetings(text)} == {name}


def test_a_later_story_on_the_page_opens_with_its_own_dateline() -> None:
    """A page of two stories: the second's meeting is in its own dateline's city."""
    text = (
        "Two Capitals Talk of the Strait\n\n"
        "ROME, March 9\u2014Italy's Foreign Minister Paola Ferretti held talks today with"
        " Maltese Foreign Minister Joseph Camilleri at the Farnesina.\n\n"
        "The two agreed on a joint patrol of the strait.\n\n"
        "Fishing crews from both islands have complained of the delays for months, and a"
        " new harbour office will open in the spring.\n\n"
        "BERLIN, March 9 [AP]\u2014The German Chancellor, Klaus Brenner, met for 30 minutes"
        " today with the Austrian ambassador, Stefan Huber, and assured him of support.\n\n"
        "Brenner is expected to see the Swiss ambassador tomorrow."
    )
    got = {tuple(people): place for people, place in _meetings(text, date(2026, 3, 9))}
    assert got[("Joseph Camilleri", "Paola Ferretti")] == "Rome"
    assert got[("Klaus Brenner", "Stefan Huber")] == "Berlin"


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        pytest.param(
            "Ghanaian President Kwame Asante received Togo's Foreign Minister Eli Amegah at"
            " the presidential palace on Monday.",
            "Accra",
            id="subject-receives",
        ),
        pytest.param(
            "Dutch Foreign Minister Pieter Jansen called on Austrian Chancellor Lukas Gruber"
            " at the Chancellery on Tuesday.",
            "Vienna",
            id="called-on-a-chancellery-not-berlins",
        ),
        pytest.param(
            "German Chancellor Klaus Brenner will receive Irish Taoiseach Sean Gallagher at"
            " the Chancellery on Thursday.",
            "Berlin",
            id="planned-at-berlins-chancellery",
        ),
        pytest.param(
            "Chilean Foreign Minister Ines Rojas met Chinese Ambassador Wang Lei at the"
            " Ministry of Foreign Affairs on Monday to lodge a protest.",
            "Santiago",
            id="an-ambassador-is-the-guest",
        ),
        pytest.param(
            "Nepal's Foreign Minister Hari Shrestha was received by Indian Prime Minister"
            " Vikram Rao at his official residence on Monday.",
            "New Delhi",
            id="received-by-at-the-official-residence",
        ),
        pytest.param(
            "The visiting Czech minister, Jana Novakova, later called on Slovak President"
            " Marek Kovac at the Presidential Palace.",
            "Bratislava",
            id="visitor-calls-on-a-president",
        ),
    ],
)
def test_a_seat_named_by_its_office_is_in_the_hosts_capital(sentence: str, city: str) -> None:
    """A seat "at the presidential palace" or "at the ministry" is in the host's capital."""
    assert [place for _, place in _meetings(f"Talks in the capital\n\n{sentence}")] == [city]


def test_a_seat_of_a_host_of_no_country_is_in_the_storys_city() -> None:
    """The home side of a home outlet has no country: the dateline's city, if not the guest's."""
    lede = (
        "Ministers meet on the border\n\n{city}, March 9 - Kenya and Uganda will reopen"
        " the Busia crossing to night traffic next month, officials said on Monday.\n\n"
        "Traders on both sides have waited for the decision since the crossing closed.\n\n"
    )
    text = (
        "Foreign Minister Ann Wekesa received her Ugandan counterpart, Moses Okello, at the"
        " ministry on February 26, before the two governments agreed on the plan."
    )
    assert [place for _, place in _meetings(lede.format(city="NAIROBI") + text)] == ["Nairobi"]
    assert [place for _, place in _meetings(lede.format(city="KAMPALA") + text)] == [None]


@pytest.mark.parametrize(
    ("venue", "city"),
    [("Perdana Putra", "Putrajaya"), ("Palacio de López", "Asunción"), ("Aso Villa", "Abuja")],
)
def test_seats_of_government_added_to_the_table(venue: str, city: str) -> None:
    """Seats named alone in their governments' own words are in their cities."""
    text = (
        "Talks held\n\nForeign Minister Ana Reyes held talks with Foreign Minister Luis"
        f" Vidal at {venue} on Monday."
    )
    assert [place for _, place in _meetings(text)] == [city]


def _when(text: str, published: date) -> list[tuple[str | None, str]]:
    art = diplomeet.parse(f"Talks ahead\n\n{text}", published=published)
    return [(None if m.when is None else m.when.value, m.status) for m in art.meetings]


THURSDAY = date(2026, 9, 10)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param(
            "A meeting of the two foreign ministers, Aroha Ngata and Jone Vatu, which had been"
            " expected in Suva on Friday, will not take place, the ministry said.",
            "2026-09-11",
            id="had-been-expected-will-not-take-place",
        ),
        pytest.param(
            "Prime Minister Aroha Ngata had been expected to call on President Jone Vatu on"
            " Friday, but the visit has been cancelled.",
            "2026-09-11",
            id="had-been-expected-has-been-cancelled",
        ),
        pytest.param(
            "Foreign Minister Aroha Ngata had been due to fly to Honiara this morning and hold"
            " talks with Solomon Islands Prime Minister Jeremiah Kwaiga on Friday.",
            "2026-09-11",
            id="due-to-fly-and-hold-talks",
        ),
    ],
)
def test_a_plans_weekday_told_in_the_past_tense_is_the_coming_one(
    sentence: str, value: str
) -> None:
    """A plan called off before its day: "on Friday" in a Thursday paper is tomorrow."""
    assert [w for w, _ in _when(sentence, THURSDAY)] == [value]


def test_a_held_meeting_after_a_plan_to_arrive_keeps_its_past_day() -> None:
    """A plan to arrive, then "met A on Tuesday": the meeting was held, its day behind."""
    text = (
        "Foreign Minister Aroha Ngata was due to arrive in Suva on Monday and met Fijian"
        " Prime Minister Jone Vatu on Tuesday."
    )
    assert _when(text, THURSDAY) == [("2026-09-08", "held")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param(
            "Foreign Minister Aroha Ngata is due in Suva on Friday for talks with Fijian Prime"
            " Minister Jone Vatu.",
            "2026-09-11",
            id="due-in",
        ),
        pytest.param(
            "President Ana Rojas is expected back in Quito on Saturday for a meeting with"
            " Ecuador's President Luis Mora.",
            "2026-09-12",
            id="expected-back-in",
        ),
        pytest.param(
            "Kenya's President Ann Wekesa is expected at the lakeside resort on Monday for"
            " talks with Ugandan President Moses Okello.",
            "2026-09-14",
            id="expected-at",
        ),
    ],
)
def test_a_visitor_due_somewhere_for_talks_is_a_plan(sentence: str, value: str) -> None:
    """A visitor "due in Doha on Wednesday for talks with A": a plan, its day ahead."""
    assert _when(sentence, THURSDAY) == [(value, "planned")]


@pytest.mark.parametrize(
    "opening",
    [
        "Earlier in the day, Ngata paid a courtesy call on Deputy Prime Minister Sefo Leota.",
        "Later that day, Ngata called on Deputy Prime Minister Sefo Leota.",
        "On the same day, Ngata was received by Deputy Prime Minister Sefo Leota.",
    ],
)
def test_that_day_is_the_visits_day_not_an_earlier_calls(opening: str) -> None:
    """A meeting "earlier in the day" is on the day of the visit, not of a past call."""
    text = (
        "Prime Minister Aroha Ngata held talks with Samoan Prime Minister Tui Faleolo in"
        " Apia on Tuesday.\n\nThe two leaders last spoke by telephone on August 20, after"
        " the cyclone.\n\nNgata and Faleolo signed a fisheries accord.\n\n" + opening
    )
    art = diplomeet.parse(f"Leaders meet\n\n{text}", published=THURSDAY)
    got = {
        tuple(sorted(p.name for p in m.participants)): m.when and m.when.value for m in art.meetings
    }
    assert got[("Aroha Ngata", "Sefo Leota")] == "2026-09-08"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        pytest.param(
            "The two ministers had first discussed the plan in March, on the sidelines of the"
            " meeting of the SICA Council of Ministers of Foreign Affairs in San Salvador.",
            "San Salvador",
            id="sidelines-after-a-date",
        ),
        pytest.param(
            "The two ministers first discussed the idea on the margins of the African Union"
            " summit in Addis Ababa in February.",
            "Addis Ababa",
            id="margins-before-a-date",
        ),
        pytest.param(
            "The two ministers had discussed the corridor on the fringes of the Mercosur"
            " summit in Asunción last December.",
            "Asunción",
            id="fringes",
        ),
    ],
)
def test_a_retold_discussion_at_a_gathering_is_placed_at_the_gathering(
    sentence: str, place: str
) -> None:
    """A retold "discussed X on the sidelines of a summit in B" is placed in B."""
    text = (
        "Ministers agree\n\nForeign Minister Ana Rojas held talks with Foreign Minister Luis"
        " Mora in Panama City on Tuesday on a joint plan for migrants.\n\nThe plan would open"
        " two shelters on the border and share the costs between the two governments.\n\n"
        + sentence
    )
    art = diplomeet.parse(text, published=date(2026, 6, 10))
    assert [m.place and m.place.name for m in art.meetings] == ["Panama City", place]


@pytest.mark.parametrize(
    ("text", "published", "when", "place"),
    [
        pytest.param(
            "Kenyan President Ann Wekesa hosted Ugandan President Moses Okello and Tanzanian"
            " President Juma Msuya in Mombasa on Tuesday for a one-day summit on the lake.\n\n"
            "The three leaders agreed on a joint patrol plan.\n\nOn the sidelines, Kenyan"
            " Foreign Minister Peter Kamau met his Rwandan counterpart, Jean Habimana.",
            date(2026, 3, 11),
            "2026-03-10",
            "Mombasa",
            id="on-the-sidelines",
        ),
        pytest.param(
            "The leaders of Chile, Peru and Bolivia met in Arica on Monday for talks on water"
            " rights.\n\nChilean President Ana Rojas hosted Peruvian President Luis Mora and"
            " Bolivian President Evo Quispe at a seaside hotel.\n\nAt the margins, Chile's"
            " Foreign Minister Pablo Soto held talks with Argentina's Foreign Minister Diego"
            " Ruiz.",
            date(2026, 3, 10),
            "2026-03-09",
            "Arica",
            id="at-the-margins",
        ),
    ],
)
def test_a_meeting_on_the_bare_sidelines_is_at_the_gathering_told_before(
    text: str, published: date, when: str, place: str
) -> None:
    """A sentence opening "On the sidelines," tells a meeting at the summit just told."""
    art = diplomeet.parse(f"Leaders meet\n\n{text}", published=published)
    last = art.meetings[-1]
    assert len(last.participants) == 2
    assert (last.when and last.when.value, last.place and last.place.name) == (when, place)


@pytest.mark.parametrize(
    ("dateline", "gathering", "city"),
    [
        ("ADDIS ABABA, March 10 (Reuters) -", "the Executive Council meeting", "Addis Ababa"),
        ("SINGAPORE, March 10 (AFP) -", "the defence forum", "Singapore"),
        ("GENEVA, March 10 -", "the Human Rights Council session", "Geneva"),
    ],
)
def test_a_meeting_on_the_margins_in_the_days_before_is_in_the_datelines_city(
    dateline: str, gathering: str, city: str
) -> None:
    """A meeting on the margins of a gathering, days before the story: the dateline's city."""
    text = (
        f"Ministers meet\n\n{dateline} Delegates opened the second week of talks on Monday."
        "\n\nThe session will run for two more days, officials said.\n\nOn the margins of"
        f" {gathering} on Sunday, Kenyan Foreign Minister Peter Kamau met his Egyptian"
        " counterpart, Hisham Fawzy."
    )
    art = diplomeet.parse(text, published=date(2026, 3, 10))
    assert [m.place and m.place.name for m in art.meetings] == [city]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        pytest.param(
            "Prime Minister Ana Rojas is expected to discuss Arctic defence with Danish Prime"
            " Minister Lars Holm at the Munich Security Conference next month.",
            "Munich",
            id="expected-to-discuss",
        ),
        pytest.param(
            "Foreign Minister Ana Rojas will discuss the war with Turkish Foreign Minister Emre"
            " Kaya at the Antalya Diplomacy Forum in April.",
            "Antalya",
            id="will-discuss",
        ),
        pytest.param(
            "Defence Minister Ana Rojas plans to discuss the Arctic with her Swiss counterpart"
            " Tom Reber at the Davos Economic Forum in January.",
            "Davos",
            id="plans-to-discuss",
        ),
    ],
)
def test_a_discussion_at_a_gathering_named_after_its_city_is_there(
    sentence: str, place: str
) -> None:
    """Discussing X with A "at the Munich Security Conference": in Munich."""
    text = (
        "Icebreakers\n\nOTTAWA, Jan 27 - Canada will buy four new icebreakers for the Arctic,"
        " the government said on Tuesday.\n\nThe ships will be built in Quebec and enter"
        " service by 2030, officials said.\n\nThe navy has asked for the ships since 2019."
        "\n\n" + sentence
    )
    art = diplomeet.parse(text, published=date(2026, 1, 28))
    assert [m.place and m.place.name for m in art.meetings] == [place]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        pytest.param(
            "Foreign Minister Ana Rojas is also due to travel to Lima on October 20, where"
            " Peruvian President Luis Mora will receive her to discuss the use of the port of"
            " Ilo.",
            "Lima",
            id="travel-to-where-receive",
        ),
        pytest.param(
            "Foreign Minister Rosa Dimalanta said she had called off a trip to Tokyo on"
            " Monday, where she was to have met Japanese Foreign Minister Kenji Sato, so that"
            " she could prepare for the summit in Manila.",
            "Tokyo",
            id="trip-called-off-where-to-have-met",
        ),
        pytest.param(
            "Prime Minister Ana Rojas will fly to Hanoi next week, where she is to meet"
            " Vietnamese President Tran Van Long to discuss shipping near the port of"
            " Haiphong.",
            "Hanoi",
            id="fly-to-where-to-meet",
        ),
    ],
)
def test_a_meeting_in_a_where_clause_is_in_the_city_before_it(sentence: str, place: str) -> None:
    """A meeting told after "travel to Lima, where" is in Lima, not at a topic's port."""
    art = diplomeet.parse(f"Trip\n\n{sentence}", published=date(2026, 10, 10))
    assert [m.place and m.place.name for m in art.meetings] == [place]


@pytest.mark.parametrize(
    ("sentence", "place", "venue"),
    [
        pytest.param(
            "Prime Minister Ana Rojas and Indonesian President Budi Hartono held their annual"
            " retreat in Nongsa, Batam, on Thursday.",
            "Batam",
            None,
            id="part-of-town-comma-town",
        ),
        pytest.param(
            "Kenyan President Ann Wekesa met Tanzanian President Juma Msuya in Kilimani,"
            " Nairobi, on Monday.",
            "Nairobi",
            None,
            id="suburb-comma-capital",
        ),
        pytest.param(
            "Foreign Minister Ana Rojas met Fijian Prime Minister Jone Vatu at Government"
            " House Suva on Monday.",
            "Suva",
            "Government House",
            id="building-then-city",
        ),
        pytest.param(
            "Prime Minister Ana Rojas called on President Moses Okello at State House Kampala"
            " on Wednesday.",
            "Kampala",
            "State House",
            id="state-house-then-city",
        ),
        pytest.param(
            "President Ana Rojas received Foreign Minister Luis Mora at the Presidential"
            " Palace Accra on Tuesday.",
            "Accra",
            "Presidential Palace",
            id="palace-then-city",
        ),
    ],
)
def test_a_known_city_after_an_unknown_part_or_a_building_is_the_place(
    sentence: str, place: str, venue: str | None
) -> None:
    """A place "in Nongsa, Batam" is Batam; "at State House Kampala" is Kampala."""
    art = diplomeet.parse(f"Talks\n\n{sentence}", published=date(2026, 10, 10))
    assert [(m.place and m.place.name, m.place and m.place.venue) for m in art.meetings] == [
        (place, venue)
    ]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param(
            "A bilateral meeting between Prime Minister Ana Rojas and Vietnamese President"
            " Tran Van Long, which had been arranged for Friday, was cancelled after Tran cut"
            " short his trip.",
            "2026-10-09",
            id="arranged-for",
        ),
        pytest.param(
            "A planned phone call between Foreign Minister Ana Rojas and Chinese Foreign"
            " Minister Wang Lei, which had been pencilled in for last Friday, was called off.",
            "2026-10-09",
            id="pencilled-in-for",
        ),
        pytest.param(
            "A meeting between President Ana Rojas and President Luis Mora, which had been"
            " fixed for Thursday, was scrapped after Mora fell ill.",
            "2026-10-08",
            id="fixed-for",
        ),
    ],
)
def test_a_called_off_meetings_day_is_told_in_its_relative_clause(
    sentence: str, value: str
) -> None:
    """A meeting noun's ", which had been arranged for Friday," tells its day."""
    art = diplomeet.parse(f"Called off\n\n{sentence}", published=date(2026, 10, 10))
    assert [(m.when and m.when.value, m.status) for m in art.meetings] == [(value, "cancelled")]
