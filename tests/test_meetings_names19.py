"""Meeting classes of who met whom (name forms, lists, ways of telling), on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import story_meetings_with_status

_DAY = date(2026, 11, 5)  # a Thursday

Row = tuple[tuple[str, ...], str | None, str | None, str]


def _meetings(text: str) -> list[Row]:
    return story_meetings_with_status(text, _DAY)


_ONE_BY_ONE = [
    pytest.param(
        "On Wednesday Foreign Minister Tarek Olumba received in turn the ambassadors of Ghana, "
        "Togo and Mali, respectively Kofi Anan Mensah, Eyadema Koffi and Boubacar Traore.",
        [
            (("Tarek Olumba", "Kofi Anan Mensah"), "2026-11-04", None, "held"),
            (("Tarek Olumba", "Eyadema Koffi"), "2026-11-04", None, "held"),
            (("Tarek Olumba", "Boubacar Traore"), "2026-11-04", None, "held"),
        ],
        id="in-turn-respectively",
    ),
    pytest.param(
        "Minister Jane Osei on Monday met one by one the envoys of France and Italy, Pierre "
        "Lavalle and Marco Bellini.",
        [
            (("Jane Osei", "Pierre Lavalle"), "2026-11-02", None, "held"),
            (("Jane Osei", "Marco Bellini"), "2026-11-02", None, "held"),
        ],
        id="one-by-one",
    ),
    pytest.param(
        "Deputy Minister Lena Varga received individually the foreign ministers of Peru and "
        "Chile, Ana Rojas and Luis Prado, on Tuesday.",
        [
            (("Lena Varga", "Ana Rojas"), "2026-11-03", None, "held"),
            (("Lena Varga", "Luis Prado"), "2026-11-03", None, "held"),
        ],
        id="individually",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _ONE_BY_ONE)
def test_people_received_in_turn_are_met_one_meeting_each(text: str, expected: list[Row]) -> None:
    """People "received in turn", "one by one" or "individually" are met one meeting each."""
    assert _meetings(text) == expected


_RESPECTIVELY = [
    pytest.param(
        "Foreign Minister Tarek Olumba met the ambassadors of Ghana, Togo and Mali, "
        "respectively Kofi Anan Mensah, Eyadema Koffi and Boubacar Traore, on Monday.",
        [
            (
                ("Tarek Olumba", "Kofi Anan Mensah", "Eyadema Koffi", "Boubacar Traore"),
                "2026-11-02",
                None,
                "held",
            )
        ],
        id="respectively-before",
    ),
    pytest.param(
        "President Hana Kral hosted the prime ministers of Latvia and Estonia, respectively "
        "Juris Ozols and Kaja Tamm, in Vilnius on Tuesday.",
        [(("Hana Kral", "Juris Ozols", "Kaja Tamm"), "2026-11-03", "Vilnius", "held")],
        id="respectively-two",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _RESPECTIVELY)
def test_names_after_respectively_are_the_offices_people(text: str, expected: list[Row]) -> None:
    """In "the ambassadors of A, B and C, respectively X, Y and Z" X, Y and Z were met."""
    assert _meetings(text) == expected


_NOT_ONE_BY_ONE = [
    pytest.param(
        "Minister Jane Osei received her advisers in turn, who briefed her on the talks.",
        id="no-people-named",
    ),
    pytest.param(
        "The two clubs, respectively Coastal United and Harbor City, met in the final on Monday.",
        id="clubs-respectively",
    ),
]


@pytest.mark.parametrize("text", _NOT_ONE_BY_ONE)
def test_lists_without_people_met_make_no_meeting(text: str) -> None:
    """With no person of an office after "in turn" or "respectively" there is no meeting."""
    assert _meetings(text) == []


_SEPARATE_STOPS = [
    pytest.param(
        "On Friday Minister Greta Lund met separately with the Chairperson of the Regional "
        "Commission, Amadou Keita, at the commission's headquarters, and with the Executive "
        "Secretary of the Lake Basin Authority, Idris Omar Samatar.",
        [
            (("Greta Lund", "Amadou Keita"), "2026-10-30", None, "held"),
            (("Greta Lund", "Idris Omar Samatar"), "2026-10-30", None, "held"),
        ],
        id="apposed-offices",
    ),
    pytest.param(
        "On Monday envoy Lars Berg met separately with President Kwame Boateng at the palace "
        "and with Prime Minister Ama Serwaa.",
        [
            (("Lars Berg", "Kwame Boateng"), "2026-11-02", None, "held"),
            (("Lars Berg", "Ama Serwaa"), "2026-11-02", None, "held"),
        ],
        id="titled",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SEPARATE_STOPS)
def test_met_separately_with_a_at_a_venue_and_with_b(text: str, expected: list[Row]) -> None:
    """Someone who "met separately with A at the palace and with B" met each of them."""
    assert _meetings(text) == expected


def test_met_with_a_at_a_venue_and_with_b_without_separately_is_not_split() -> None:
    """Without "separately" the venue phrase and "and with" add no meeting."""
    text = (
        "On Monday envoy Lars Berg met with President Kwame Boateng at the palace and with "
        "Prime Minister Ama Serwaa."
    )
    assert _meetings(text) == [(("Lars Berg", "Kwame Boateng"), "2026-11-02", None, "held")]


_OPENING_CLAUSES = [
    pytest.param(
        "President Ana Lopes and her Chilean counterpart, Jorge Vidal, met in Lima on Friday. "
        "While the heads of state talked, Foreign Minister Tomas Rivas met separately with the "
        "Chilean Foreign Minister, Pablo Mena, in a nearby salon.",
        ("Tomas Rivas", "Pablo Mena"),
        id="while-group",
    ),
    pytest.param(
        "President Ana Lopes met Chilean leader Jorge Vidal in Lima on Friday. As the two "
        "presidents dined, Foreign Minister Tomas Rivas held talks with his Chilean "
        "counterpart, Pablo Mena.",
        ("Tomas Rivas", "Pablo Mena"),
        id="as-pair",
    ),
]


@pytest.mark.parametrize(("text", "people"), _OPENING_CLAUSES)
def test_an_opening_clauses_people_are_not_the_subject(text: str, people: tuple[str, ...]) -> None:
    """In "While the heads of state talked, A met B" A met B, not the heads of state."""
    assert [row[0] for row in _meetings(text)][-1] == people


_MEAL_AT_VENUE = [
    pytest.param(
        "Foreign Minister Sigrun Dalsdottir of Iceland arrived in Cardiff on Tuesday. Her day "
        "began with a working breakfast at the Senedd with Wales's Economy Secretary, Rhian "
        "Evans.",
        ("Sigrun Dalsdottir", "Rhian Evans"),
        id="breakfast-at-the",
    ),
    pytest.param(
        "Foreign Minister Sigrun Dalsdottir of Iceland had lunch at Kew House with Trade "
        "Minister Rhian Evans on Tuesday.",
        ("Sigrun Dalsdottir", "Rhian Evans"),
        id="lunch-at-house",
    ),
]


@pytest.mark.parametrize(("text", "people"), _MEAL_AT_VENUE)
def test_a_meal_at_a_venue_with_someone_is_a_meeting(text: str, people: tuple[str, ...]) -> None:
    """A working breakfast or lunch "at the Senedd with B" is a meeting with B."""
    assert [row[0] for row in _meetings(text)] == [people]


def test_a_meal_at_a_venue_with_no_one_named_is_no_meeting() -> None:
    """Lunch "at the hotel with her husband" names no one met."""
    text = (
        "Foreign Minister Sigrun Dalsdottir of Iceland had lunch at the hotel with her husband "
        "on Tuesday."
    )
    assert _meetings(text) == []


_CIVIC_HEADS = [
    pytest.param(
        "Foreign Minister Sigrun Dalsdottir is on a visit to Scotland. After lunch she was "
        "received by the Lord Provost of Dundee, Fiona Baird, at the City Chambers.",
        ("Sigrun Dalsdottir", "Fiona Baird"),
        id="lord-provost-of",
    ),
    pytest.param(
        "Foreign Minister Sigrun Dalsdottir called on the Provost of Stirling, Ewan Reid, on "
        "Monday.",
        ("Sigrun Dalsdottir", "Ewan Reid"),
        id="provost-of",
    ),
]


@pytest.mark.parametrize(("text", "people"), _CIVIC_HEADS)
def test_a_citys_provost_is_a_person_met(text: str, people: tuple[str, ...]) -> None:
    """A Lord Provost or Provost named after the office is the person met."""
    assert [row[0] for row in _meetings(text)] == [people]


def test_a_peers_lord_is_still_read_as_a_style() -> None:
    """A peer styled "Lord Hollis" is not read as an office."""
    text = "Lord Hollis met Prime Minister Ana Lopes on Monday."
    assert [row[0] for row in _meetings(text)] == [("Hollis", "Ana Lopes")]


def test_the_visitor_is_not_the_ambassador_accompanying_the_visit() -> None:
    """After "accompanied by her country's ambassador", "the visitor" is the minister."""
    text = (
        "Foreign Minister Sigrun Dalsdottir is on a visit to Wales. She was accompanied by her "
        "country's ambassador, Olaf Berg. After lunch the visitor was received by the Mayor of "
        "Cardiff, Rhian Evans, at City Hall."
    )
    assert [row[0] for row in _meetings(text)] == [("Sigrun Dalsdottir", "Rhian Evans")]


def test_a_visiting_ambassador_is_still_the_visitor() -> None:
    """An ambassador alone in the story is the visitor "the visiting ambassador" names."""
    text = (
        "CARDIFF - Iceland's ambassador, Olaf Berg, said on Tuesday the talks went well. The "
        "visiting ambassador was received by First Minister Rhian Evans."
    )
    assert [row[0] for row in _meetings(text)] == [("Olaf Berg", "Rhian Evans")]


_SINGLE_AND_STYLED_NAMES = [
    pytest.param(
        "Foreign Minister Anong Wattana met Indonesia's Sukarti, who goes by a single name, on "
        "Monday.",
        ("Anong Wattana", "Sukarti"),
        id="country-single-name-who",
    ),
    pytest.param(
        "Foreign Minister Anong Wattana met U Tin Maung Oo on Monday.",
        ("Anong Wattana", "Tin Maung Oo"),
        id="burmese-u",
    ),
    pytest.param(
        "Foreign Minister Anong Wattana met Daw Nilar Win in Bangkok on Monday.",
        ("Anong Wattana", "Nilar Win"),
        id="burmese-daw",
    ),
]


@pytest.mark.parametrize(("text", "people"), _SINGLE_AND_STYLED_NAMES)
def test_single_names_and_burmese_styles_are_people_met(text: str, people: tuple[str, ...]) -> None:
    """A single name after a country's possessive and "who", and "U A" / "Daw B", are people."""
    assert [row[0] for row in _meetings(text)] == [people]


_NOT_SINGLE_NAMES = [
    pytest.param(
        "Foreign Minister Anong Wattana met Indonesia's Jakarta, which was flooded.", id="city"
    ),
    pytest.param(
        "Foreign Minister Anong Wattana met Indonesia's Pertamina, whose profits rose.",
        id="company-whose",
    ),
]


@pytest.mark.parametrize("text", _NOT_SINGLE_NAMES)
def test_a_single_word_after_a_countrys_possessive_alone_is_no_person(text: str) -> None:
    """Without "who" after it, a country's single capitalised word is no person met."""
    assert _meetings(text) == []


def test_a_u_turn_and_us_envoys_keep_their_names() -> None:
    """The Burmese style "U" leaves "a U turn" and "U.S." alone."""
    text = "Foreign Minister Anong Wattana made a U turn and met U.S. envoy Tom Baker on Monday."
    assert [row[0] for row in _meetings(text)] == [("Anong Wattana", "Tom Baker")]


_SAT_DOWN_WITH = [
    pytest.param(
        "Foreign Minister Anong Wattana sat down first with Malaysian Foreign Minister Aziz "
        "Rahman on Monday.",
        ("Anong Wattana", "Aziz Rahman"),
        id="sat-down-first",
    ),
    pytest.param(
        "Foreign Minister Anong Wattana later sat down briefly with Malaysian Foreign Minister "
        "Aziz Rahman on Monday.",
        ("Anong Wattana", "Aziz Rahman"),
        id="sat-down-briefly",
    ),
]


@pytest.mark.parametrize(("text", "people"), _SAT_DOWN_WITH)
def test_sitting_down_with_someone_is_a_meeting(text: str, people: tuple[str, ...]) -> None:
    """Someone who "sat down (first) with" B met B."""
    assert [row[0] for row in _meetings(text)] == [people]


def test_sitting_down_with_reporters_is_no_meeting() -> None:
    """Sitting down "with reporters" names no one met."""
    assert _meetings("Foreign Minister Anong Wattana will sit down with reporters on Monday.") == []


_ONE_DYNASTY = [
    pytest.param(
        "MUSCAT, Nov. 5: King Hamad bin Salim Al Nahyan received today Qatar's Foreign "
        "Minister, Sayyid Nasser bin Fahd Al Thani, who is on an official visit. Later, Crown "
        "Prince Saud bin Hamad Al Nahyan received Nasser at the palace.",
        [("Hamad bin Salim Al Nahyan",), ("Saud bin Hamad Al Nahyan",)],
        id="king-and-crown-prince",
    ),
    pytest.param(
        "KUWAIT CITY, Nov. 5: Emir Khalid bin Tamim Al Sabah received Egypt's Foreign "
        "Minister Omar Fawzi today. Later, Prime Minister Fahd bin Khalid Al Sabah received "
        "Fawzi.",
        [("Khalid bin Tamim Al Sabah",), ("Fahd bin Khalid Al Sabah",)],
        id="emir-and-premier",
    ),
]


@pytest.mark.parametrize(("text", "hosts"), _ONE_DYNASTY)
def test_two_princes_of_one_dynasty_meet_the_guest_in_two_meetings(
    text: str, hosts: list[tuple[str, ...]]
) -> None:
    """Two hosts named "A bin B Al C" and "D bin A Al C" are two people, two meetings."""
    assert [row[0][:1] for row in _meetings(text)] == hosts


def test_one_prince_told_twice_is_one_meeting() -> None:
    """The same "A bin B Al C" meeting the guest, told twice, stays one meeting."""
    text = (
        "King Hamad bin Salim Al Nahyan received Qatar's Foreign Minister, Nasser bin Fahd Al "
        "Thani, on Monday. The king received Nasser bin Fahd Al Thani at the palace on Monday, "
        "the agency said."
    )
    assert len(_meetings(text)) == 1


_CALLS_FROM_SOMEWHERE = [
    pytest.param(
        "On Sunday Foreign Minister Greta Lund joined a video call from her hotel with her "
        "Danish and Finnish counterparts, Jens Holt and Aino Virta.",
        ("Greta Lund", "Jens Holt", "Aino Virta"),
        id="video-from-hotel",
    ),
    pytest.param(
        "On Sunday Foreign Minister Greta Lund spoke by phone from her office with Danish "
        "Foreign Minister Jens Holt.",
        ("Greta Lund", "Jens Holt"),
        id="phone-from-office",
    ),
]


@pytest.mark.parametrize(("text", "people"), _CALLS_FROM_SOMEWHERE)
def test_a_call_from_where_the_caller_was_is_a_call_with_its_partner(
    text: str, people: tuple[str, ...]
) -> None:
    """A call "from her hotel with A and B" is a call with A and B."""
    assert [row[0] for row in _meetings(text)] == [people]


def test_a_call_from_the_plane_with_reporters_is_no_meeting() -> None:
    """A call "from the plane with reporters" names no one met."""
    text = "On Sunday Foreign Minister Greta Lund spoke by phone from the plane with reporters."
    assert _meetings(text) == []
