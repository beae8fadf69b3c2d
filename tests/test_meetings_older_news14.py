"""Meetings told in newspapers and wires of the 1950s to the 1990s, in our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import meeting_rows


def _read(text: str, published: date) -> list[tuple[str, tuple[str, ...], str | None, str]]:
    """Each meeting's status, people, place name and date value."""
    return meeting_rows(text, published)


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        (
            (
                "THE EVENING CHRONICLE\nCHICAGO, TUESDAY, OCTOBER 4, 1960\n\n"
                "UNITED NATIONS, Oct. 3 (AP)\u2014Foreign Minister Karel Dvorak of Czechoslovakia "
                "met Secretary-General Olav Brekke for forty minutes this morning on the Congo "
                'crisis.\n\nMr. Dvorak told reporters the talks had been "useful and frank."\n'
            ),
            date(1960, 10, 4),
            "1960-10-03",
        ),
        (
            (
                "The Morning Ledger\nGLASGOW, SATURDAY, 12 APRIL 1975\n\n"
                "UNITED NATIONS, N.Y., April 11.\u2014The Foreign Secretary, Mr Hugh Carrick, met "
                "the Secretary-General, Mr Tomas Reinholt, this afternoon to discuss Cyprus.\n\n"
                "Mr Carrick said afterwards that the talks had been useful.\n"
            ),
            date(1975, 4, 12),
            "1975-04-11",
        ),
    ],
)
def test_a_dispatch_under_a_masthead_is_placed_at_its_own_dateline(
    text: str, published: date, when: str
) -> None:
    """The masthead's city is the paper's home: the UN dateline's meeting is in New York."""
    found = _read(text, published)
    assert len(found) == 1
    assert found[0][0] == "held"
    assert found[0][2:] == ("New York", when)


def test_a_masthead_alone_still_places_the_story() -> None:
    """With no dateline of its own, a local story keeps the masthead's city."""
    text = (
        "THE EVENING CHRONICLE\nCHICAGO, TUESDAY, OCTOBER 4, 1960\n\n"
        "Mayor Thomas Kerrigan met Consul General Hans Vogel this morning to talk about the "
        "trade fair, aides said.\n\nThe two men agreed to meet again next month.\n"
    )
    found = _read(text, date(1960, 10, 4))
    assert found[0][2] == "Chicago"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Secretary of State Lyle Hammond conferred with Foreign Minister Juan Ortega of "
            "Venezuela at the United Nations yesterday on the coffee agreement."
        ),
        (
            "Mr. Ortega, the Venezuelan Foreign Minister, met the Secretary-General, Mr. "
            "Tomas Reinholt, at the United Nations on Tuesday."
        ),
    ],
)
def test_at_the_united_nations_is_new_york(text: str) -> None:
    """'at the United Nations' alone is the headquarters, in New York."""
    found = _read(text, date(1965, 3, 10))
    assert len(found) == 1
    assert found[0][2] == "New York"


def test_an_envoy_to_the_united_nations_places_nothing() -> None:
    """'ambassador to the United Nations' is the body, not where a meeting was."""
    text = (
        "Jamaica's ambassador to the United Nations, Mr. Clive Arbuthnot, met Foreign "
        "Minister Hector Ramsay yesterday."
    )
    found = _read(text, date(1971, 2, 3))
    assert len(found) == 1
    assert found[0][2] != "New York"


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        (
            (
                "OTTAWA, Thursday.\u2014The Canadian External Affairs Minister, Mr Paul Lemieux, "
                "assured the Norwegian Foreign Minister, Mr Olav Brekke, last night that Canada "
                "would back the fisheries convention.\n\nThe two Ministers talked for an hour, "
                "officials said.\n"
            ),
            date(1969, 3, 7),
            "1969-03-05",
        ),
        (
            (
                "CANBERRA, Monday.\u2014Mr Ronald Finch, the Minister for External Affairs, "
                "promised the Indonesian envoy, Dr Suwito Hadi, on Sunday evening that the aid "
                "would continue.\n\nThe two men had talks for forty minutes at Parliament House.\n"
            ),
            date(1962, 8, 14),
            "1962-08-12",
        ),
    ],
)
def test_the_lede_day_is_read_past_a_stop_and_dash_dateline(
    text: str, published: date, when: str
) -> None:
    """'LONDON, Wednesday.-': the day the lede tells, not the dispatch's weekday."""
    found = _read(text, published)
    assert len(found) == 1
    assert found[0][3] == when


@pytest.mark.parametrize(
    ("text", "published", "pair", "place"),
    [
        (
            (
                "WARSAW, March 20 (Reuter) - Polish Premier Jan Kowal held talks with West German "
                "Chancellor Otto Brandl here today on trade credits, officials said.\n\n"
                "Mr. Kowal will meet the French Premier, Henri Lasalle, in Paris on Monday. The "
                "two men last met in Warsaw in January.\n"
            ),
            date(1983, 3, 20),
            ("Jan Kowal", "Henri Lasalle"),
            "Warsaw",
        ),
        (
            (
                "BUENOS AIRES, May 4 - Argentine Foreign Minister Ana Ruiz met Chilean Foreign "
                "Minister Pablo Soto today for talks on the Beagle Channel.\n\n"
                "Mrs. Ruiz is due to see her Brazilian counterpart, Pedro Alves, in Brasilia next "
                "week. The two ministers last met at a summit in Lima in February.\n"
            ),
            date(1984, 5, 4),
            ("Ana Ruiz", "Pedro Alves"),
            "Lima",
        ),
    ],
)
def test_the_two_who_last_met_are_the_pair_of_the_planned_meeting_just_told(
    text: str, published: date, pair: tuple[str, str], place: str
) -> None:
    """'A will meet C on Monday. The two men last met in X': A and C, not the lede's pair."""
    found = _read(text, published)
    assert ("held", pair, place) in [(s, p, n) for s, p, n, _ in found]


@pytest.mark.parametrize(
    ("text", "pair", "place"),
    [
        (
            (
                "Foreign Minister Karel Dvorak warned his Austrian counterpart, Franz Huber, at "
                "talks in Prague on Thursday that the border incidents must stop."
            ),
            ("Karel Dvorak", "Franz Huber"),
            "Prague",
        ),
        (
            (
                "President Ivan Markov assured visiting Premier Lars Eklund during talks at the "
                "Kremlin yesterday that Moscow had no designs on the Baltic."
            ),
            ("Ivan Markov", "Lars Eklund"),
            "Moscow",
        ),
        (
            (
                "Mr. Ortega urged the Secretary of State, Lyle Hammond, at a meeting in Caracas on "
                "Friday to lift the oil quota."
            ),
            ("Ortega", "Lyle Hammond"),
            "Caracas",
        ),
    ],
)
def test_a_word_of_telling_before_at_talks_is_a_meeting(
    text: str, pair: tuple[str, str], place: str
) -> None:
    """'A warned (assured, urged) B at talks in X': A met B there."""
    found = _read(text, date(1974, 5, 10))
    assert [(s, p, n) for s, p, n, _ in found] == [("held", pair, place)]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Premier Ivan Markov warned the United States at a party meeting in Kiev on "
            "Monday that Moscow would answer any blockade."
        ),
        (
            "Foreign Minister Karel Dvorak warned his Austrian counterpart, Franz Huber, that "
            "he would raise the border incidents at the next meeting of the council."
        ),
        (
            "Mr. Hammond reminded his audience at a meeting of the Foreign Policy Association "
            "in New York on Tuesday that President Jean Dumont had promised support."
        ),
    ],
)
def test_a_warning_to_no_one_met_is_no_meeting(text: str) -> None:
    """A country, a 'that' clause before the meeting noun, or an audience: no meeting."""
    assert _read(text, date(1974, 5, 10)) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Mr. Hugh Carrick had a 40-minute interview with the Soviet Ambassador, Mr Pavel "
                "Gromadin, at the Foreign Office yesterday."
            ),
            ("Hugh Carrick", "Pavel Gromadin"),
        ),
        (
            (
                "Foreign Minister Karel Dvorak had an interview with President Jean Dumont on "
                "Tuesday."
            ),
            ("Karel Dvorak", "Jean Dumont"),
        ),
        (
            (
                "King Olav Brekke received in audience the Foreign Minister of Chile, Mr. Pablo "
                "Soto, at the palace on Tuesday."
            ),
            ("Olav Brekke", "Pablo Soto"),
        ),
        (
            (
                "Foreign Minister Karel Dvorak was closeted for three hours yesterday with "
                "Chancellor Otto Brandl."
            ),
            ("Karel Dvorak", "Otto Brandl"),
        ),
        (
            "Mr. Lyle Hammond was closeted with Chancellor Otto Brandl for two hours yesterday.",
            ("Lyle Hammond", "Otto Brandl"),
        ),
    ],
)
def test_older_wordings_of_a_meeting(text: str, pair: tuple[str, str]) -> None:
    """'had a 40-minute interview with', 'received in audience', 'was closeted with'."""
    found = _read(text, date(1974, 5, 10))
    assert [(s, p) for s, p, _, _ in found] == [("held", pair)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Hugh Carrick had an interview with The Times on Tuesday, in which he defended it.",
        "President Jean Dumont had a long interview with television reporters on Sunday.",
        "Chancellor Otto Brandl was closeted with his advisers at the Chancellery all day.",
    ],
)
def test_an_interview_with_a_paper_or_advisers_is_no_meeting(text: str) -> None:
    """A newspaper, reporters, one's own advisers: no one met."""
    assert _read(text, date(1974, 5, 10)) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Mr Carrick protested to the Icelandic Ambassador, Mr Einar Jonsson, whom he "
                "saw at the Foreign Office yesterday."
            ),
            ("Carrick", "Einar Jonsson"),
        ),
        (
            (
                "Senator Ruth Kessler praised Premier Lars Eklund, whom she saw in Stockholm on "
                "Monday, for his courage."
            ),
            ("Ruth Kessler", "Lars Eklund"),
        ),
    ],
)
def test_whom_he_saw_is_a_meeting_with_the_person_named_before(
    text: str, pair: tuple[str, str]
) -> None:
    """'the Ambassador, Mr A, whom he saw at the Foreign Office yesterday': a call on A."""
    found = _read(text, date(1976, 2, 19))
    assert [(s, p) for s, p, _, _ in found] == [("held", pair)]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Lyle Hammond praised Chancellor Otto Brandl, whom he saw as a reliable ally.",
        "Mr. Lyle Hammond praised Chancellor Otto Brandl, whom he saw on television on Sunday.",
    ],
)
def test_whom_he_saw_as_or_on_television_is_no_meeting(text: str) -> None:
    """'whom he saw as an ally', 'on television': no call."""
    assert _read(text, date(1976, 2, 19)) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "LONDON, Wednesday.\u2014The Foreign Secretary, Mr Hugh Carrick, spoke by "
                "telephone last night with the Norwegian Foreign Minister, Mr Olav Brekke, about "
                "the fishing dispute.\n\nMr Brekke agreed to come to London early next month "
                "for a new round of negotiations.\n"
            ),
            date(1973, 5, 24),
            ("planned", ("Olav Brekke", "Hugh Carrick"), "London", "1973-06"),
        ),
        (
            (
                "OTTAWA, May 3 (CP) - External Affairs Minister Paul Lemieux met French Foreign "
                "Minister Henri Lasalle here today on the St. Pierre fishing zone.\n\nMr. Lasalle "
                "will return to Ottawa in June for further talks, officials said.\n"
            ),
            date(1979, 5, 3),
            ("planned", ("Henri Lasalle", "Paul Lemieux"), "Ottawa", "1979-06"),
        ),
    ],
)
def test_a_trip_for_further_talks_goes_on_with_the_one_met_last(
    text: str, published: date, expected: tuple[str, tuple[str, str], str, str]
) -> None:
    """'B agreed to come to London next month for a new round of negotiations': with A."""
    assert expected in _read(text, published)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            (
                "PARIS, June 2 (Reuter) - Dutch Foreign Minister Pieter Bosman met French Foreign "
                "Minister Henri Lasalle in Paris today on farm prices.\n\nMr. Bosman will fly to "
                "Bonn on Monday for further talks, officials said.\n"
            ),
            date(1979, 6, 2),
        ),
        ("Mr. Olav Brekke flew to Geneva for a new round of negotiations.", date(1979, 6, 2)),
    ],
)
def test_further_talks_elsewhere_or_with_no_one_met_before_are_none(
    text: str, published: date
) -> None:
    """A trip to another country's city, or no meeting told before: no more talks read."""
    assert len(_read(text, published)) == (1 if "met" in text else 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Mr. Lyle Hammond will brief Chancellor Otto Brandl in Bonn on Thursday on the "
                "Moscow talks."
            ),
            ("planned", ("Lyle Hammond", "Otto Brandl"), "Bonn"),
        ),
        (
            (
                "Mr Hugh Carrick briefed the Prime Minister, Mr Edward Holt, at Chequers yesterday "
                "on the talks."
            ),
            ("held", ("Hugh Carrick", "Edward Holt"), None),
        ),
        (
            (
                "Foreign Minister Ana Ruiz was expected to brief President Jorge Vera in Buenos "
                "Aires at the weekend."
            ),
            ("planned", ("Ana Ruiz", "Jorge Vera"), "Buenos Aires"),
        ),
    ],
)
def test_a_briefing_at_a_place_is_a_meeting(
    text: str, expected: tuple[str, tuple[str, str], str | None]
) -> None:
    """'will brief Chancellor A in Bonn on Thursday': a briefing in person."""
    assert [(s, p, n) for s, p, n, _ in _read(text, date(1976, 2, 19))] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Lyle Hammond briefed reporters in Bonn on Thursday.",
        "Mr. Lyle Hammond briefed President Jean Dumont on the talks.",
        "The meeting was brief in Bonn, Mr. Lyle Hammond said of Chancellor Otto Brandl.",
    ],
)
def test_a_briefing_with_no_place_or_no_one_is_no_meeting(text: str) -> None:
    """Reporters, no place told, or 'brief' the adjective: no meeting."""
    assert _read(text, date(1976, 2, 19)) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "SANTIAGO, May 4 (AP) - Venezuelan Foreign Minister Juan Ortega said on Thursday "
            "that his government wanted closer ties.\n\nOrtega, who arrived in Santiago on "
            "Tuesday evening, is the first Venezuelan minister to visit Chile since the coup "
            "of 1973.\n"
        ),
        (
            "HAVANA, Jan. 9 (UPI) - Mr. Olav Brekke, who landed here on Sunday, is the most "
            "senior Norwegian official to visit Cuba in two decades, diplomats said.\n"
        ),
    ],
)
def test_the_first_minister_to_visit_a_country_is_no_planned_meeting(text: str) -> None:
    """'is the first Afghan minister to visit Russia since 1992': a record, not a plan."""
    assert _read(text, date(1978, 5, 4)) == []


def test_the_first_leader_to_visit_a_person_is_still_a_meeting() -> None:
    """'the first German leader to visit Prime Minister A in Lima next week': a plan."""
    text = (
        "Chancellor Otto Brandl will become the first German leader to visit Prime Minister "
        "Ana Ruiz in Lima next week."
    )
    found = _read(text, date(1978, 5, 4))
    assert [(s, p, n) for s, p, n, _ in found] == [
        ("planned", ("Otto Brandl", "Ana Ruiz"), "Lima"),
    ]
