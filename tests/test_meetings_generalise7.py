"""
Meeting wordings of unseen outlets, one class a group (the tenth session's accuracy work).

Every sentence here was written for these tests, in the manner of wires, ministry
readouts, Central Asian and Gulf agencies, North American and British dailies of several
decades, about invented people.  The classes: a host minister "acting as host" of two
others' meeting is no second meeting ("host" the noun is no meeting word); "leaves A on
Wednesday for B, where he will meet C" is a meeting in B; a venue whose name runs on past
"of the" ("the Great Hall of the People") is read whole; a dateline "CITY. AGENCY -" (the
Central Asian agencies' form) places the lede's meeting; "Deputy Prime Minister and Foreign
Minister A" is one person, whom a meeting word before the double office names.
"""

from __future__ import annotations

from datetime import date
from typing import Final

import pytest

import diplomeet
from diplomeet.records import Meeting
from extraction_helpers import meeting_people as _people
from extraction_helpers import meeting_place as _place
from extraction_helpers import meeting_when as _when

_PUBLISHED: Final = date(2026, 3, 4)  # a Wednesday


def _parse(text: str, published: date = _PUBLISHED) -> tuple[Meeting, ...]:
    return diplomeet.parse(text, published=published).meetings


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Thai Defence Minister Anan Sukprasert and his Lao counterpart, Khamphet Vongsa, are "
            "due to meet in Vientiane on Friday, with Malaysian Foreign Minister Ahmad Zaki acting "
            "as host."
        ),
        (
            "Armenian Foreign Minister Aram Petrosyan and his Azerbaijani counterpart Elnur "
            "Aliyev will meet in Astana on Friday, with Kazakhstan's foreign minister, Daulet "
            "Serikov, as host."
        ),
        (
            "Serbian President Dragan Jovic and his Montenegrin counterpart Luka Vukovic will "
            "meet in Brussels on Friday, with EU foreign policy chief Marta Lenz as host."
        ),
    ],
)
def test_a_minister_acting_as_host_is_no_second_meeting(sentence: str) -> None:
    """Read "with C acting as host": one planned meeting on Friday, C with the two."""
    found = _parse(f"Ministers to meet\n\n{sentence}\n")
    assert [m.status for m in found] == ["planned"]
    assert _when(found[0]) == "2026-03-06"
    assert (len(found[0].participants), len(found[0].accompanied_by)) == (2, 1)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            (
                "Mr. Farooq leaves Beijing on Wednesday for Tokyo, where he is scheduled to meet "
                "Japanese Foreign Minister Taro Kimura on Friday."
            ),
            "Tokyo",
        ),
        (
            (
                "Secretary Hale left Cairo last night for Amman, where he will meet King "
                "Talal Hashim on Friday."
            ),
            "Amman",
        ),
        (
            (
                "Foreign Minister Carla Reyes departs Lima tonight for Quito, where she is to meet "
                "President Jorge Vela on Friday."
            ),
            "Quito",
        ),
    ],
)
def test_a_trip_for_a_city_where_a_meeting_is_planned_places_it(sentence: str, place: str) -> None:
    """Read "leaves A on Wednesday for B, where he will meet C": the meeting is in B."""
    found = _parse(f"On the road\n\n{sentence}\n")
    assert [(_place(m), _when(m)) for m in found] == [(place, "2026-03-06")]


@pytest.mark.parametrize(
    ("sentence", "place", "venue"),
    [
        (
            (
                "This afternoon, Premier Wang Delin will meet with Deputy Prime Minister Farooq "
                "at the Great Hall of the People."
            ),
            "Beijing",
            "Great Hall of the People",
        ),
        (
            (
                "Secretary-General Anna Lindqvist received Foreign Minister Tomas Berg at the "
                "Palace of Nations on Wednesday."
            ),
            "Geneva",
            "Palais des Nations",
        ),
    ],
)
def test_a_venue_named_past_of_the_is_read_whole(sentence: str, place: str, venue: str) -> None:
    """Read "at the Great Hall of the People": the venue, and its city."""
    (m,) = _parse(f"Talks\n\n{sentence}\n")
    assert m.place is not None
    assert (m.place.name, m.place.venue) == (place, venue)


@pytest.mark.parametrize(
    ("lede", "city"),
    [
        (
            (
                "ALMATY. KAZINFORM - President Aibek Nurlanov received Minister of Foreign "
                "Affairs of Uzbekistan Rustam Karimov at the residence today, Kazinform "
                "correspondent reports."
            ),
            "Almaty",
        ),
        (
            (
                "BISHKEK. KABAR - Kyrgyz Foreign Minister Azamat Bekov met with Turkish Ambassador "
                "Murat Kaya today, the ministry said."
            ),
            "Bishkek",
        ),
        (
            (
                "TASHKENT. UZA - Foreign Minister Jamshid Nurov held talks with his Tajik "
                "counterpart Rustam Saidov today."
            ),
            "Tashkent",
        ),
    ],
)
def test_a_dateline_of_a_city_and_an_agency_after_a_full_stop_places_the_lede(
    lede: str, city: str
) -> None:
    """Read "ASTANA. KAZINFORM - A received B today": the meeting is in the dateline's city."""
    text = f"Agency news\n\n12:47, 04 March 2026\n\nMinisters meet\n\n{lede}\n"
    (m,) = _parse(text)
    assert (_place(m), _when(m)) == (city, "2026-03-04")


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "On March 2, Foreign Minister Han Delong held talks with Deputy Prime Minister and "
            "Foreign Minister Imran Sadiq at the state guesthouse."
        ),
        (
            "Secretary Hale met Deputy Prime Minister and Minister of Foreign Affairs Ana Costa "
            "on March 2."
        ),
        (
            "Prime Minister Lena Vik received First Deputy Prime Minister and Finance Minister "
            "Oleg Marin on March 2."
        ),
    ],
)
def test_a_double_office_joined_by_and_is_one_person(sentence: str) -> None:
    """Read "talks with Deputy Prime Minister and Foreign Minister A": a meeting with A."""
    (m,) = _parse(f"Talks\n\n{sentence}\n")
    assert len(m.participants) == 2
    assert _when(m) == "2026-03-02"


def test_the_president_and_a_prime_minister_are_still_two_people() -> None:
    """Read "The President and Prime Minister A received B": no double office of one man."""
    text = "Talks\n\nThe President and Prime Minister Lena Vik received Oleg Marin on Monday.\n"
    names = {a.name for m in _parse(text) for a in m.participants}
    assert not any(" and " in n for n in names)


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Minister of international relations Penda Kauko met her Botswana counterpart Kgosi "
            "Molefe in Kasane on March 2."
        ),
        (
            "Minister of International Affairs Rua Tane received the Fijian envoy, Sela Vuki, on "
            "March 2."
        ),
        (
            "Minister of foreign relations Ana Prado held talks with Guatemalan Foreign Minister "
            "Luis Coj on March 2."
        ),
    ],
)
def test_a_ministry_of_relations_or_affairs_is_an_office(sentence: str) -> None:
    """Read "Minister of international relations A": A is a minister, and meets B."""
    (m,) = _parse(f"Talks\n\n{sentence}\n")
    assert len(m.participants) == 2
    assert any((a.title or "").lower().startswith("minister of") for a in m.participants)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "President Mariela Soto received President Ruben Tapia on Wednesday, as a dispute "
                "over fishermen held by Nicaragua.\n\nForeign Minister Arturo Mena and his "
                "Panamanian counterpart, Elena Ruiz, took part in the talks. The two ministers "
                "had met on Tuesday at the Foreign Ministry.\n"
            ),
            {"Mena", "Ruiz"},
        ),
        (
            (
                "King Talal Hashim received President Omar Fadel of Egypt on Wednesday in Jordan."
                "\n\nForeign Minister Sami Nour and his Egyptian counterpart, Hany Saad, were also "
                "present. The two ministers had met on Tuesday in Amman.\n"
            ),
            {"Nour", "Saad"},
        ),
    ],
)
def test_a_country_ending_a_paragraph_is_no_nationality_of_the_next(
    text: str, pair: set[str]
) -> None:
    """Read "... held by Nicaragua. Foreign Minister A": A is no Nicaraguan, and meets B."""
    found = _parse(f"Talks\n\n{text}")
    assert any(_people(m) == pair and _when(m) == "2026-03-03" for m in found)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            (
                "Minister of international relations Penda Kauko and her Botswana counterpart, "
                "minister for foreign affairs Kgosi Molefe, announced the decision after a "
                "four-hour meeting in Kasane on Tuesday."
            ),
            "Kasane",
        ),
        (
            (
                "Foreign Minister Peter Kila and his visiting Indonesian counterpart Arief Santo "
                "made the announcement after bilateral talks in Port Moresby on Tuesday."
            ),
            "Port Moresby",
        ),
        (
            (
                "Defence Secretary Alan Price and his visiting French counterpart Luc Morel signed "
                "the accord after a round of talks in London on Tuesday."
            ),
            "London",
        ),
    ],
)
def test_two_people_acting_after_their_talks_have_met(sentence: str, place: str) -> None:
    """Read "A and his visiting counterpart B announced it after a four-hour meeting in X"."""
    (m,) = _parse(f"Talks\n\n{sentence}\n")
    assert len(m.participants) == 2
    assert (_place(m), _when(m), m.status) == (place, "2026-03-03", "held")


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "President Ana Costa and President Luis Prado spoke by telephone on 20 February, two "
            "days after the incident, and agreed that their ministers should meet urgently."
        ),
        (
            "Prime Minister Lars Holm and Prime Minister Mikko Salo talked by phone on February "
            "20, two days after the storm, and agreed that their envoys should meet, an aide said."
        ),
    ],
)
def test_an_agreement_to_meet_takes_no_date_of_the_call_before_it(sentence: str) -> None:
    """Read "spoke on 20 February, two days after X, and agreed to meet": one call, no more."""
    found = _parse(f"Calls\n\n{sentence}\n")
    assert [(m.setting, _when(m)) for m in found if m.status == "held"] == [
        ("phone call", "2026-02-20")
    ]


@pytest.mark.parametrize(
    "note",
    [
        (
            "Editor's note: An earlier version of this article incorrectly said Mr. Han met Prime "
            "Minister Ana Lopes on Monday."
        ),
        (
            "Correction: A previous version of this story wrongly stated that Foreign Minister Ali "
            "Reza held talks with Foreign Minister Han Delong in Tehran on Monday."
        ),
        (
            "CORRECTION: This report erroneously said President Omar Fadel received King Talal "
            "Hashim in Amman on Monday."
        ),
    ],
)
def test_a_correction_notes_retracted_meeting_is_no_meeting(note: str) -> None:
    """Read "An earlier version incorrectly said A met B on Monday": no meeting is told."""
    text = (
        "Talks\n\nForeign Minister Han Delong arrived in Ottawa on Tuesday for a three-day "
        f"visit.\n\n{note}\n"
    )
    assert _parse(text) == ()


@pytest.mark.parametrize(
    ("first", "then", "city"),
    [
        (
            (
                "Canadian Foreign Minister Claire Dube held talks with Mexican Foreign Minister "
                "Luis Ortega in Ottawa on Tuesday."
            ),
            (
                "Prime Minister Daniel Ash received Mr. Ortega in his office on Parliament Hill on "
                "Tuesday evening."
            ),
            "Ottawa",
        ),
        (
            (
                "Kenyan Foreign Minister Grace Wanjiru met her Ugandan counterpart Paul Okello in "
                "Nairobi on Tuesday morning."
            ),
            "President Daniel Mwangi hosted Mr Okello at State House on Tuesday afternoon.",
            "Nairobi",
        ),
    ],
)
def test_a_visitors_meeting_later_that_day_at_a_venue_is_in_the_visits_city(
    first: str, then: str, city: str
) -> None:
    """Read "A met B in X on Tuesday. C received B at his office on Tuesday evening": in X."""
    between = (
        "The two ministers discussed trade, migration and the security of the border crossings."
        "\n\nIt was the first visit of its kind in nine years, officials said."
    )
    found = _parse(f"Talks\n\n{first}\n\n{between}\n\n{then}\n")
    assert [(_place(m), (_when(m) or "")[:10]) for m in found] == [(city, "2026-03-03")] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Secretary Ann Holt had lunch with Saudi Foreign Minister Prince Faisal bin Salman on "
            "Monday."
        ),
        "President Omar Fadel had dinner with King Talal Hashim at the palace on Monday.",
        "Chancellor Petra Voss met over breakfast with French President Luc Morel on Monday.",
    ],
)
def test_a_meal_with_someone_is_a_meeting(sentence: str) -> None:
    """Read "had lunch with A", "had dinner with A": a meeting on that day."""
    (m,) = _parse(f"Talks\n\n{sentence}\n")
    assert len(m.participants) == 2
    assert _when(m) == "2026-03-02"


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Foreign Minister Ana Ruiz said she had raised the case with OAS Secretary General "
            "Hector Lima in a phone call on Monday."
        ),
        (
            "Prime Minister Lars Holm raised the storm damage with Swedish Prime Minister Eva "
            "Lind in a telephone call on Monday."
        ),
    ],
)
def test_the_person_with_whom_a_matter_was_raised_in_a_call_was_called(sentence: str) -> None:
    """Read "raised the case with A in a phone call on Monday": a call with A."""
    (m,) = _parse(f"Calls\n\n{sentence}\n")
    assert (len(m.participants), m.setting, _when(m)) == (2, "phone call", "2026-03-02")


@pytest.mark.parametrize(
    ("sentence", "when", "place"),
    [
        (
            (
                "President Ana Kalu is expected to raise the matter with Botswana's President "
                "Tebogo Molefe when they meet in Gaborone early next month."
            ),
            "2026-04",
            "Gaborone",
        ),
        (
            (
                "Prime Minister Lars Holm will sign the accord with Swedish Prime Minister Eva "
                "Lind when they meet in Oslo on Friday."
            ),
            "2026-03-06",
            "Oslo",
        ),
    ],
)
def test_they_after_when_are_the_subject_and_the_person_with_him(
    sentence: str, when: str, place: str
) -> None:
    """Read "A will raise it with B when they meet in X": A's and B's planned meeting."""
    (m,) = _parse(f"Plans\n\n{sentence}\n")
    assert (len(m.participants), m.status, _when(m), _place(m)) == (2, "planned", when, place)


def test_a_day_that_starts_a_period_does_not_date_the_next_sentence() -> None:
    """Read "... since the cease-fire of Feb. 28. He also had lunch with A": not Feb. 28."""
    text = (
        "Talks\n\nSecretary Ann Holt arrived in Cairo on Monday for talks on the truce.\n\n"
        "Her aides said the region had been calm for days.\n\n"
        "On Monday, Ms. Holt spoke to reporters, who have been waiting there since the "
        "cease-fire of Feb. 28. She also had lunch with Egyptian Foreign Minister Sami Nour.\n"
    )
    (m,) = _parse(text)
    assert _when(m) == "2026-03-02"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            (
                "Mr Albert Ferris, the Chief Minister of Gibraltar, is to fly to London on Friday "
                "for talks with the Foreign Secretary, Mr Geoffrey Lamb."
            ),
            "London",
        ),
        (
            (
                "Ms Ana Kovac, the Mayor of Split, is to travel to Zagreb on Friday for talks with "
                "Prime Minister Ivo Maric."
            ),
            "Zagreb",
        ),
        (
            (
                "Governor Tom Reade of Hong Kong is to fly to Beijing on Friday for a meeting with "
                "Premier Wang Delin."
            ),
            "Beijing",
        ),
    ],
)
def test_is_to_fly_to_a_city_for_talks_is_a_plan_there(sentence: str, place: str) -> None:
    """Read "A, the Chief Minister of Gibraltar, is to fly to London for talks with B"."""
    (m,) = _parse(f"Plans\n\n{sentence}\n")
    assert (m.status, _when(m), _place(m)) == ("planned", "2026-03-06", place)


def test_a_call_with_an_official_of_a_body_named_in_full() -> None:
    """Read "raised it with Organization of American States Secretary General A in a call"."""
    text = (
        "Calls\n\nForeign Minister Ana Ruiz said she had raised the case with Organization of "
        "American States Secretary General Hector Lima in a phone call on Monday.\n"
    )
    (m,) = _parse(text)
    assert (len(m.participants), m.setting) == (2, "phone call")


_TWO_DISPATCHES: Final = (
    "THE NORTHERN ECHO, THURSDAY, MARCH 5, 1970   PAGE ONE\n\n"
    "MINISTERS MEET OVER FISHING LIMITS\n\n"
    "From JOHN PARR, Diplomatic Correspondent\n"
    "London, Wednesday\n\n"
    "The Foreign Secretary, Mr Walter Lyle, told the Commons this afternoon that the talks on "
    "the fishing limits would go on next week.\n\n"
    "From Our Correspondent\n"
    "Reykjavik, Wednesday\n\n"
    "The Prime Minister of Iceland, Mr Einar Bjornsson, met the British Ambassador, Mr Hugh "
    "Dalton-Reed, at the Government offices this evening.\n"
)


def test_a_later_dispatch_line_places_its_own_meetings() -> None:
    """Read "From Our Correspondent / Reykjavik, Wednesday ... met B this evening": Reykjavik."""
    (m,) = _parse(_TWO_DISPATCHES, date(1970, 3, 5))
    assert _place(m) == "Reykjavik"


@pytest.mark.parametrize(
    "lede",
    [
        (
            "RIGA, March 4 (LETA) - Latvian Foreign Minister Janis Ozols and his Estonian "
            "counterpart Margus Tamm agreed in Riga on Wednesday to pool their air defences."
        ),
        (
            "Chilean Foreign Minister Rosa Fuentes and her Peruvian counterpart Jorge Salas "
            "pledged in Lima on Wednesday to reopen the border crossings closed since January."
        ),
    ],
)
def test_the_two_ministers_retold_are_the_pair_of_the_lede(lede: str) -> None:
    """Read "A and B agreed in X on Wednesday ... The two ministers also discussed": in X."""
    text = (
        f"Ministers agree\n\n{lede}\n\nThe decision followed weeks of pressure from the "
        "countries' air forces and their border guards.\n\nThe two ministers also discussed "
        "rail links and energy.\n"
    )
    (m,) = _parse(text)
    assert (_when(m), _place(m)) == ("2026-03-04", lede.split(" in ")[1].split(maxsplit=1)[0])


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            (
                "Foreign Minister Rear Adm (Ret) Hugo Ferrer received Chilean Foreign Minister "
                "Pablo Rojas on March 2."
            ),
            {"Hugo Ferrer", "Pablo Rojas"},
        ),
        (
            (
                "Foreign Minister Pablo Rojas held a brief meeting with President Lt Gen Mario "
                "Benitez on March 2."
            ),
            {"Mario Benitez", "Pablo Rojas"},
        ),
        (
            "Defense Minister Col Omar Diallo met Foreign Minister Maj Gen Amadou Sy on March 2.",
            {"Omar Diallo", "Amadou Sy"},
        ),
    ],
)
def test_a_rank_written_short_without_stops_is_no_part_of_the_name(
    sentence: str, names: set[str]
) -> None:
    """Read "Foreign Minister Rear Adm (Ret) A", "President Lt Gen B": A and B themselves."""
    (m,) = _parse(f"Talks\n\n{sentence}\n")
    assert {a.name for a in m.participants} == names


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        ("President Aibek Nurlanov received the ministers at the Akorda on Monday.", "Astana"),
        (
            (
                "Foreign Minister Hugo Ferrer met Chilean Foreign Minister Pablo Rojas at San "
                "Martin Palace on Monday."
            ),
            "Buenos Aires",
        ),
        (
            (
                "Foreign Minister Han Delong held talks with Foreign Minister Imran Sadiq at the "
                "Diaoyutai State Guesthouse on Monday."
            ),
            "Beijing",
        ),
    ],
)
def test_a_seat_of_government_named_alone_gives_its_city(sentence: str, city: str) -> None:
    """Read "at the Akorda", "at San Martin Palace": the venue and its city."""
    text = f"Talks\n\n{sentence.replace('the ministers', 'Foreign Minister Rustam Karimov')}\n"
    (m,) = _parse(text)
    assert _place(m) == city


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        (
            (
                "President Ali Warsame has accepted an invitation from President Omar Fadel to "
                "visit Egypt next month, officials said."
            ),
            "2026-04",
        ),
        (
            (
                "Prime Minister Ivo Maric will make an official visit to Jakarta early next year "
                "at the invitation of President Hendra Wiratama."
            ),
            "2027",
        ),
        (
            (
                "Mr Ivo Maric is expected to pay a state visit to Jakarta next month, at the "
                "invitation of President Hendra Wiratama, officials said."
            ),
            "2026-04",
        ),
    ],
)
def test_the_one_who_invites_a_visitor_hosts_the_visit(sentence: str, when: str) -> None:
    """Read "accepted an invitation from B to visit X", "a visit ... at the invitation of B"."""
    text = f"Visits\n\nThe two governments have been at odds for months.\n\n{sentence}\n"
    (m,) = _parse(text)
    assert (len(m.participants), m.participants[1].kind, m.status, _when(m)) == (
        2,
        "person",
        "planned",
        when,
    )


def test_a_visit_for_which_one_arrived_at_an_invitation_is_no_meeting_of_its_own() -> None:
    """Read "arrived in Beijing for a four-day visit to China at the invitation of B"."""
    text = (
        "Visits\n\nKazakh Prime Minister Daulet Serikov arrived in Beijing on Tuesday for a "
        "four-day official visit to China at the invitation of Premier Wang Delin.\n"
    )
    assert _parse(text) == ()


@pytest.mark.parametrize(
    ("text", "with_them"),
    [
        (
            (
                "Chinese Foreign Minister Han Delong met Canadian Foreign Minister Claire Dube in "
                "Ottawa on Tuesday. Deputy Minister Robert Kane and Canada's ambassador to China, "
                "Sylvie Lamont, sat in on the meeting."
            ),
            {"Robert Kane", "Sylvie Lamont"},
        ),
        (
            (
                "President Aldo Ruiz received Panamanian President Rico Vega at the palace on "
                "Tuesday. Foreign Minister Ana Lopez and her Panamanian counterpart, Elena Paz, "
                "took part in the talks."
            ),
            {"Ana Lopez", "Elena Paz"},
        ),
        (
            (
                "Secretary of State James Hale met President Omar Assad for six hours on Tuesday. "
                "Foreign Minister Rami Nasser and the ambassador, Peter Cole, joined them for the "
                "last hour."
            ),
            {"Rami Nasser", "Peter Cole"},
        ),
        (
            (
                "King Talal Hashim received Iraqi Prime Minister Adel Karim on Tuesday. Foreign "
                "Minister Sami Nour and the Iraqi envoy, Hadi Saleh, attended the talks."
            ),
            {"Sami Nour", "Hadi Saleh"},
        ),
    ],
)
def test_people_who_sat_in_on_the_meeting_go_with_its_principals(
    text: str, with_them: set[str]
) -> None:
    """Read "A and B sat in on the meeting", "took part in the talks", "joined them for"."""
    (m,) = _parse(f"Talks\n\n{text}\n")
    assert len(m.participants) == 2
    assert {a.name for a in m.accompanied_by} == with_them


@pytest.mark.parametrize(
    "deck",
    [
        "Ministers also plan to fast-track the long-delayed joint border commission",
        "The two leaders want a deal on gas prices before the winter sets in, aides say",
    ],
)
def test_a_deck_with_no_stop_is_no_part_of_the_lede(deck: str) -> None:
    """Read a deck over the date line: the lede is the story's first two paragraphs."""
    text = (
        f"Kenya, Somalia agree to reopen crossing\n\n{deck}\n\nWednesday, March 4, 2026\n\n"
        "Kenya and Somalia yesterday agreed to reopen the Mandera border crossing to traders "
        "within 30 days.\n\n"
        "Foreign Affairs Cabinet Secretary Wanjiru Kamau made the announcement after hosting "
        "her Somali counterpart, Abdi Farah, at the Old Treasury Building in Nairobi.\n"
    )
    (m,) = _parse(text)
    assert (_when(m), _place(m)) == ("2026-03-03", "Nairobi")


@pytest.mark.parametrize(
    ("sentence", "status", "setting"),
    [
        (
            (
                "A telephone call between Prime Minister Dan Ashe and Chinese Premier Zhao Linfeng "
                "that had been scheduled for last week was cancelled after the incident."
            ),
            "cancelled",
            "phone call",
        ),
        (
            (
                "A phone conversation between President Ana Kalu and President Tebogo Molefe took "
                "place on Monday."
            ),
            "held",
            "phone call",
        ),
        (
            (
                "A video conversation between President Ana Kalu and President Omar Fadel took "
                "place on Monday."
            ),
            "held",
            "video call",
        ),
    ],
)
def test_a_call_between_two_people_names_both(sentence: str, status: str, setting: str) -> None:
    """Read "a telephone call between A and B ... was cancelled": A's and B's call."""
    text = f"Calls\n\nThe two governments have been at odds for months.\n\n{sentence}\n"
    (m,) = _parse(text)
    assert (len(m.participants), m.status, m.setting) == (2, status, setting)


@pytest.mark.parametrize(
    ("sentence", "when", "place"),
    [
        (
            (
                "President Mariela Soto is expected to see President Ruben Tapia again at the SICA "
                "summit in Guatemala City in late June."
            ),
            "2026-06",
            "Guatemala City",
        ),
        (
            "Prime Minister Lars Holm is due to see Chancellor Petra Voss in Berlin on Friday.",
            "2026-03-06",
            "Berlin",
        ),
    ],
)
def test_a_plan_to_see_someone_is_a_planned_meeting(sentence: str, when: str, place: str) -> None:
    """Read "is expected to see A again at the summit in X in late June"."""
    text = (
        "Talks in San Jose\n\nSAN JOSE, March 4 (Reuters) - The two governments have been at "
        f"odds for months over the river.\n\n{sentence}\n\nThe foreign ministry did not comment.\n"
    )
    found = [m for m in _parse(text) if m.status == "planned"]
    assert [(_when(m), _place(m)) for m in found] == [(when, place)]


def test_a_wire_in_capitals_places_the_plan_after_leaves_sunday_for() -> None:
    """Read "CRANSTON, WHO LEAVES SUNDAY FOR LONDON, ... HE IS ALSO EXPECTED TO SEE A"."""
    text = (
        "WASHINGTON, MARCH 4 (INS)--THE SECRETARY OF STATE, WALTER HALE, TODAY WARNED AGAINST "
        "NEW TESTS.\n\nHALE, WHO LEAVES SUNDAY FOR LONDON, WILL STAY THREE DAYS. HE IS ALSO "
        "EXPECTED TO SEE PRIME MINISTER SIR HAROLD ASHTON BEFORE RETURNING HOME.\n"
    )
    found = [m for m in _parse(text, date(1956, 3, 4)) if m.status == "planned"]
    assert [_place(m) for m in found] == ["London"]


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "The ministers are in Astana for a trilateral meeting hosted by Kazakh Foreign "
            "Minister Yerlan Serik, who also attended the talks."
        ),
        (
            "The two ministers then joined talks hosted by Kazakh Foreign Minister Yerlan Serik at "
            "the ministry."
        ),
    ],
)
def test_the_host_of_a_meeting_hosted_by_him_takes_part(sentence: str) -> None:
    """Read "the ministers are in X for a trilateral meeting hosted by C": three people."""
    text = (
        "Talks\n\nASTANA, March 4 (Reuters) - President Aibek Nurlanov received Kyrgyz Foreign "
        "Minister Azamat Bekov and Tajik Foreign Minister Rustam Saidov today.\n\n"
        f"{sentence}\n"
    )
    sizes = sorted(len(m.participants) for m in _parse(text))
    assert sizes == [3, 3]


@pytest.mark.parametrize(
    ("sentence", "when", "place"),
    [
        (
            (
                "Mr Lambert has not met the Spanish Foreign Minister, Senor Alberto Ruiz, since "
                "they had a short conversation in New York last September."
            ),
            "2025-09",
            "New York",
        ),
        (
            (
                "President Ana Kalu has not spoken to President Tebogo Molefe since they met in "
                "Geneva in May."
            ),
            "2025-05",
            "Geneva",
        ),
    ],
)
def test_the_meeting_after_has_not_met_since_they_is_held(
    sentence: str, when: str, place: str
) -> None:
    """Read "A has not met B since they had a short conversation in X last September"."""
    text = (
        "Talks in San Jose\n\nSAN JOSE, March 4 (Reuters) - The two governments have been at "
        f"odds for months over the river.\n\n{sentence}\n\nThe foreign ministry did not comment.\n"
    )
    (m,) = _parse(text)
    assert (len(m.participants), m.status, _when(m), _place(m)) == (2, "held", when, place)
