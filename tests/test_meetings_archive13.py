"""Meetings told in archive, wire and regional prose (thirteenth session), in our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import meetings_read
from extraction_helpers import meeting_rows

_DAY = date(1966, 3, 9)  # a Wednesday


def _read(text: str, published: date = _DAY) -> list[tuple[str, tuple[str, ...], str | None, str]]:
    """Each meeting's status, people, place name and date value."""
    return meeting_rows(text, published)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Chancellor Hans Kohlberg will meet tomorrow with President Jean Dumont of France.",
            "1966-03-10",
        ),
        (
            (
                "Foreign Minister Ana Ruiz is to meet next week with her Chilean counterpart, "
                "Pablo Soto."
            ),
            "1966-W11",
        ),
        ("Foreign Minister Ana Ruiz will talk on Friday with President Jorge Vera.", "1966-03-11"),
        ("Prime Minister Ola Berg meets tomorrow with President Jan Ozols.", "1966-03-10"),
    ],
)
def test_a_day_ahead_between_the_verb_and_with(text: str, when: str) -> None:
    """'will meet tomorrow with A', 'next week with', 'on Friday with': a meeting planned."""
    found = _read(text)
    assert len(found) == 1
    status, people, _, value = found[0]
    assert status == "planned"
    assert len(people) == 2
    assert value == when


@pytest.mark.parametrize(
    "text",
    [
        (
            "Secretary Paul Ames arrived. Mr. Ames also had a separate hour-long session with "
            "Premier Dov Arad on Wednesday."
        ),
        "Chancellor Hans Kohlberg had a two-hour working session with Prime Minister Ole Dahl.",
    ],
)
def test_a_session_with_someone_is_a_meeting(text: str) -> None:
    """'had a separate hour-long session with A': the older word for a sitting of talks."""
    found = meetings_read(text, _DAY)
    assert len(found) == 1
    assert found[0][0] == "held"


def test_a_session_with_no_one_named_is_none() -> None:
    """'a question-and-answer session with students': nobody to meet."""
    text = "Foreign Secretary Ruth Lang had a question-and-answer session with students in Leeds."
    assert meetings_read(text, _DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "Secretary of State Paul Ames conferred this morning with Ambassador Li Wen-tao at the "
            "State Department."
        ),
        "Mr. Ames met Ambassador Li Wen-tao at the Department of State on Monday.",
    ],
)
def test_the_state_department_is_in_washington(text: str) -> None:
    """Talks at the State Department, a city-less venue of the table, are in Washington."""
    found = _read(text)
    assert len(found) == 1
    assert found[0][2] == "Washington"


def test_a_venue_after_according_to_places_nothing() -> None:
    """'according to the State Department': the source of the news, not the meeting's place."""
    text = (
        "President Ana Ruiz met Foreign Minister Ola Berg in the morning, according to the "
        "State Department."
    )
    found = _read(text)
    assert len(found) == 1
    assert found[0][2] is None


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            (
                "Secretary of State Paul Ames conferred for an hour with Nationalist Chinese "
                "Ambassador Li Wen-tao."
            ),
            "Li Wen-tao",
        ),
        (
            (
                "President Ana Ruiz received Royalist Yemeni Foreign Minister Ahmed Saleh at the "
                "palace."
            ),
            "Ahmed Saleh",
        ),
        (
            "Chancellor Hans Kohlberg met Sandinista Nicaraguan President Tomas Vega in Bonn.",
            "Tomas Vega",
        ),
    ],
)
def test_a_faction_word_before_a_nationality_and_office(text: str, guest: str) -> None:
    """'Nationalist Chinese Ambassador A': a regime's or a faction's word before the office."""
    found = meetings_read(text, _DAY)
    assert len(found) == 1
    assert found[0][1][1] == guest


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Hans Kohlberg is to see President Jean Dumont of France on Monday.",
        "In Lagos the minister, Ruth Lang, is also to see the Nigerian Foreign Minister, Ada Okon.",
    ],
)
def test_is_to_see_an_officeholder(text: str) -> None:
    """The formal future 'is to see President A': a meeting planned."""
    found = meetings_read(text, _DAY)
    assert len(found) == 1
    assert found[0][0] == "planned"


def test_is_to_see_a_thing_is_no_meeting() -> None:
    """'is to see it through': no one to see."""
    assert meetings_read("Foreign Minister Ruth Lang is to see it through.", _DAY) == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            (
                "Secretary Paul Ames will resume his shuttle between Jerusalem and Alexandria, "
                "where he is to see President Omar Saad of Egypt."
            ),
            "Alexandria",
        ),
        (
            (
                "Envoy Sara Kim will travel between Khartoum and Juba, where she is to meet "
                "President Deng Akol."
            ),
            "Juba",
        ),
    ],
)
def test_where_after_two_cities_is_the_last(text: str, city: str) -> None:
    """'between X and Y, where he is to see A': the meeting is in Y."""
    found = _read(text)
    assert len(found) == 1
    assert found[0][2] == city


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            (
                "The regional ministers will meet in Port Vila later this month, and Minister Ana "
                "Tari will visit Noumea in August for talks with the President of the Government "
                "of New Caledonia, Alain Poiret, on fisheries."
            ),
            "Noumea",
        ),
        (
            (
                "Foreign Minister Ana Ruiz met her Chilean counterpart in Lima on Monday and will "
                "visit Quito next week for talks with President Jorge Vera."
            ),
            "Quito",
        ),
    ],
)
def test_a_visit_to_a_city_for_talks_is_there(text: str, city: str) -> None:
    """'will visit Noumea in August for talks with A': the talks are in the city visited."""
    found = [f for f in _read(text) if len(f[1]) == 2 and f[1][1] in {"Alain Poiret", "Jorge Vera"}]
    assert found
    assert {f[2] for f in found} == {city}


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        (
            (
                "Kenya, Uganda agree to reopen border\n\nNAIROBI, 12 May 2031 (Xinhua) -- The "
                "foreign ministers of Kenya and Uganda agreed in Nairobi on Sunday to reopen the "
                "Busia crossing after a week of closure.\n\nForeign Minister Ruth Wanjiru received "
                "her Ugandan counterpart, Paul Okello, at the ministry for four hours of talks.\n\n"
                "More follows."
            ),
            date(2031, 5, 12),
            "2031-05-11",
        ),
        (
            (
                "Peru, Ecuador agree on river\n\nQUITO, May 12 (Reuters) - Ecuador and Peru agreed "
                "on Saturday to set up a joint river commission, their foreign ministers said.\n\n"
                "Foreign Minister Ana Ruiz hosted her Peruvian counterpart Jorge Vera at the "
                "ministry for talks on the dispute.\n\nMore follows."
            ),
            date(2031, 5, 12),
            "2031-05-10",
        ),
    ],
)
def test_the_lede_day_not_the_datelines(text: str, published: date, when: str) -> None:
    """An undated meeting of the lede's story is on the lede's day, not the dispatch's."""
    found = _read(text, published)
    assert len(found) == 1
    assert found[0][3] == when


def test_a_visitors_meetings_are_in_the_city_of_arrival() -> None:
    """'B arrived in Port Vila on Tuesday': B's talks in the days after are there."""
    text = (
        "Islands row\n\nForeign Minister Tom Kalsakau yesterday told reporters that Vanuatu "
        "would never give up its claim to the southern islands, days after French sailors "
        "landed there.\n\nMinister Ana Delmas of France arrived in Port Vila on Tuesday "
        "afternoon for a three-day visit. She met Mr. Kalsakau at the Ministry of Foreign "
        "Affairs yesterday morning.\n\nThis morning Minister Delmas is expected to pay a "
        "courtesy call on the Prime Minister, Hon. Joe Natuman, at the Prime Minister's "
        "Office.\n\nNext month Minister Delmas will meet President Ali Musa."
    )
    found = {f[1][1]: f[2] for f in _read(text, date(2026, 6, 4))}
    assert found == {"Tom Kalsakau": "Port Vila", "Joe Natuman": "Port Vila", "Ali Musa": None}


@pytest.mark.parametrize(
    "text",
    [
        "The three ministers, Anders Holm, Pieter Smit and Kofi Mensah, met in Oslo on Monday.",
        (
            "The foreign ministers of Peru, Chile and Bolivia - Anders Holm, Pieter Smit and "
            "Kofi Mensah - met in Oslo on Monday."
        ),
        (
            "The ministers of Costa Rica, El Salvador, Guatemala, Honduras and Panama - Anders "
            "Holm, Pieter Smit, Kofi Mensah, Ivan Petrov and Lars Berg - met in Oslo on Monday."
        ),
    ],
)
def test_a_list_of_untitled_names_after_a_group_of_officials(text: str) -> None:
    """'The ministers of A, B and C - X, Y and Z - met': every name of the list meets."""
    found = _read(text, date(2031, 3, 5))
    assert len(found) == 1
    status, people, place, when = found[0]
    assert (status, place, when) == ("held", "Oslo", "2031-03-03")
    assert people[:3] == ("Anders Holm", "Pieter Smit", "Kofi Mensah")


_GATHERING = (
    "Summit\n\nPresident Anders Holm, President Pieter Smit and President Kofi Mensah met in "
    "Oslo on Tuesday.\n\nThe three presidents will meet again in Riga in June.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        f"{_GATHERING}Holm and Smit held bilateral talks after the summit, aides said.",
        (
            f"{_GATHERING}Holm and Smit had held a separate working breakfast before the "
            "opening of the session."
        ),
    ],
)
def test_a_meeting_told_by_the_gathering_around_it(text: str) -> None:
    """'A and B had held a breakfast before the opening of the session': the session's day."""
    found = _read(text, date(2031, 3, 5))
    assert ("held", ("Anders Holm", "Pieter Smit"), "Oslo", "2031-03-04") in found


def test_the_president_keeps_standing_for_the_same_person() -> None:
    """A story's 'the President' stays the one it named, though another was named since."""
    text = (
        "Premier back from talks\n\nPremier Dov Arad returned home last night from two days "
        "of talks in Washington with President Carl Hendry.\n\nMr. Arad met the President at "
        "the White House on Wednesday.\n\nSecretary of State Paul Ames will fly to Cairo next "
        "week to see President Omar Saad of Egypt.\n\nThe Cabinet will hear a report on "
        "Sunday.\n\nMr. Arad first met the President in Washington last September."
    )
    found = _read(text, date(1975, 6, 13))
    assert ("held", ("Dov Arad", "Carl Hendry"), "Washington", "1974-09") in found
    assert not any(people == ("Dov Arad", "Omar Saad") for _, people, _, _ in found)


def test_the_foreign_minister_named_just_before_is_the_new_one() -> None:
    """Readouts in a row: 'the Foreign Minister' after a new one was named is the new one."""
    text = (
        "Readouts\n\nSecretary Paul Ames met today in Muscat with Foreign Minister Omar Al "
        "Lawati. The Secretary and the Foreign Minister discussed shipping.\n\nSecretary Ames "
        "spoke on March 2 with Foreign Minister Khalid Al Nasser. The Secretary and the "
        "Foreign Minister discussed Sudan."
    )
    found = _read(text, date(2026, 3, 3))
    assert {people[1] for _, people, _, _ in found} == {"Omar Al Lawati", "Khalid Al Nasser"}


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Secretary of State Paul Ames called in the Nationalist Chinese Ambassador, Dr. Li "
                "Wen-tao, for a 40-minute conference at the State Department this morning."
            ),
            "1956-08-24",
        ),
        (
            (
                "Foreign Minister Ana Ruiz called in the Argentine ambassador, Jorge Vera, on "
                "Monday to protest."
            ),
            "1956-08-20",
        ),
    ],
)
def test_calling_in_an_envoy_is_a_meeting(text: str, when: str) -> None:
    """'called in the ambassador': summoned him, a meeting held."""
    found = _read(text, date(1956, 8, 24))
    assert len(found) == 1
    assert found[0][0] == "held"
    assert found[0][3] == when


def test_calling_in_the_morning_is_none() -> None:
    """'called in the morning for calm': no one called in."""
    text = "Foreign Minister Ana Ruiz called in the morning for calm."
    assert meetings_read(text, date(1956, 8, 24)) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            (
                "U.S. Ambassador Paul Ames will raise the attack with Red Chinese Ambassador Li "
                "Wen-tao at their next meeting Thursday, officials said."
            ),
            "planned",
        ),
        (
            (
                "Foreign Minister Ana Ruiz took up the issue with Foreign Minister Jorge Vera at "
                "their meeting in Lima last week."
            ),
            "held",
        ),
    ],
)
def test_raised_with_someone_at_their_meeting(text: str, status: str) -> None:
    """'will raise it with A at their next meeting': A is met there (planned when 'next')."""
    found = _read(text, date(1956, 8, 24))
    assert len(found) == 1
    assert found[0][0] == status


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Iranian ambassador, Ali Rezaei, was summoned to the Foreign Ministry on Monday "
            "and told by Foreign Minister Ana Ruiz that the arrests were unacceptable."
        ),
        (
            "Ambassador Ali Rezaei was summoned to the Foreign Ministry and handed a protest "
            "note by Deputy Foreign Minister Ana Ruiz."
        ),
    ],
)
def test_summoned_and_told_by_someone(text: str) -> None:
    """'was summoned to the ministry and told by A that': a second passive names the host."""
    found = meetings_read(text, date(1969, 6, 10))
    assert found == [("held", ("Ali Rezaei", "Ana Ruiz"))]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Foreign Minister Ana Ruiz said the talks in Lima in March between herself and the "
                "Chilean Foreign Minister, Mr. Jorge Vera, had gone well."
            ),
            ("Ana Ruiz", "Jorge Vera"),
        ),
        (
            (
                "Prime Minister Ana Ruiz recalled the meeting between herself and President Jorge "
                "Vera last year."
            ),
            ("Ana Ruiz", "Jorge Vera"),
        ),
        (
            (
                "Minister Hashim Omar said the talks in Bangkok in March between himself, the "
                "Indonesian Foreign Minister, Dr. Adi Sudarmo, and the Philippine Foreign "
                "Secretary, Mr. Salvador Lacson, had failed."
            ),
            ("Hashim Omar", "Adi Sudarmo", "Salvador Lacson"),
        ),
    ],
)
def test_talks_between_himself_and_others(text: str, people: tuple[str, ...]) -> None:
    """'the talks in Bangkok in March between himself, the X Minister, A, and B': all meet."""
    found = meetings_read(text, date(1964, 4, 10))
    assert found == [("held", people)]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "A meeting between Mr. Tan Wei and the Thai Prime Minister, Mr. Somchai Rattana, "
                "planned for tonight, has been put off to Thursday morning because of a storm."
            ),
            "1977-08-04",
        ),
        (
            (
                "Talks between President Ana Ruiz and President Jorge Vera, set for Monday, were "
                "postponed until Friday."
            ),
            "1977-08-05",
        ),
    ],
)
def test_a_meeting_put_off_to_a_new_day_is_planned_then(text: str, when: str) -> None:
    """'has been put off to Thursday morning': planned for the new day, not cancelled."""
    found = _read(text, date(1977, 8, 3))
    assert len(found) == 1
    assert found[0][0] == "planned"
    assert found[0][3].startswith(when)


def test_a_meeting_put_off_with_no_new_day_is_cancelled() -> None:
    """'postponed to a later date': no day, still cancelled."""
    text = (
        "The meeting of Foreign Minister Ana Ruiz with Foreign Minister Jorge Vera has been "
        "postponed to a later date."
    )
    assert meetings_read(text, date(1977, 8, 3)) == [("cancelled", ("Ana Ruiz", "Jorge Vera"))]


def test_arrived_here_places_the_visitors_meetings_in_the_dispatch_city() -> None:
    """'KUALA LUMPUR, Tuesday. - A arrived here this afternoon': A's plans there are in it."""
    text = (
        "Leaders gather\n\nKUALA LUMPUR, Tuesday. - The Prime Minister, Mr. Tan Wei, arrived "
        "here this afternoon for the regional summit.\n\nA meeting between Mr. Tan and the "
        "Thai Prime Minister, Mr. Somchai Rattana, has been put off to Thursday morning."
    )
    found = _read(text, date(1977, 8, 2))
    assert found == [("planned", ("Tan Wei", "Somchai Rattana"), "Kuala Lumpur", "1977-08-04")]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "President Ana Ruiz and President Jorge Vera discussed oil prices ahead of the "
                "OPEC conference to be held in Vienna in July."
            ),
            "",
        ),
        (
            "President Ana Ruiz met President Jorge Vera on Monday ahead of the summit in June.",
            "1977-05-09",
        ),
    ],
)
def test_a_date_after_ahead_of_is_the_other_events(text: str, when: str) -> None:
    """'ahead of the conference to be held in July': July is the conference's, not theirs."""
    found = _read(text, date(1977, 5, 10))
    assert len(found) == 1
    assert found[0][3] == when


def test_a_paragraph_opening_on_its_scene_places_its_later_meetings() -> None:
    """'On Monday, in Riyadh, A met ... He also had lunch with B': the lunch is in Riyadh."""
    text = (
        "Ames in Damascus\n\nDAMASCUS, Syria -- Secretary of State Paul Ames spent six hours "
        "with President Omar Saad yesterday.\n\nMr. Ames told reporters late last night that "
        "the talks had been serious and long.\n\nOn Monday, in Riyadh, Mr. Ames met the "
        "foreign ministers of the Gulf states. He also had lunch with Saudi Foreign Minister "
        "Prince Nawaf bin Saad.\n\nIn Lagos on Tuesday, the envoy Ana Ruiz addressed "
        "parliament. She later held talks with Foreign Minister Ada Okon."
    )
    found = {f[1]: f[2] for f in _read(text, date(1991, 3, 13))}
    assert found[("Paul Ames", "Nawaf bin Saad")] == "Riyadh"
    assert found[("Ana Ruiz", "Ada Okon")] == "Lagos"
    assert found[("Paul Ames", "Omar Saad")] == "Damascus"


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State Paul Ames spent six hours with President Omar Saad yesterday.",
        "Chancellor Eva Brandt spent the afternoon with Prime Minister Tom Reid at Chequers.",
    ],
)
def test_time_spent_with_someone_is_a_meeting(text: str) -> None:
    """'spent six hours with A', 'spent the afternoon with B': a meeting held."""
    found = meetings_read(text, date(1991, 3, 13))
    assert len(found) == 1
    assert found[0][0] == "held"


def test_time_spent_with_family_is_none() -> None:
    """'spent the day with her family': no one met."""
    assert meetings_read("Chancellor Eva Brandt spent the day with her family.", _DAY) == []


def test_companions_in_a_relative_clause_are_no_participants() -> None:
    """'A, who was accompanied by B, and C, met D': A meets D; B and C go with A."""
    text = (
        "Prime Minister Tan Wei arrived. Mr. Tan, who was accompanied by the Foreign Minister, "
        "Mr. K. Suppiah, and the Minister for Finance, Mr. Lim Chee Wah, met Datuk Ismail "
        "Rahman."
    )
    assert meetings_read(text, date(1977, 8, 3)) == [("held", ("Tan Wei", "Ismail Rahman"))]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Special envoy Harold Brennan saw Mr. Luis Cardenas here in January.", "held"),
        (
            (
                "A meeting of the five presidents is planned for late June in Esquipulas, where "
                "Mr. Luis Cardenas and Mr. Tomas Vega would come face to face for the first time."
            ),
            "planned",
        ),
        ("President Luis Cardenas came face to face with President Tomas Vega in Geneva.", "held"),
    ],
)
def test_saw_mr_and_face_to_face(text: str, status: str) -> None:
    """'saw Mr. A here in January', 'A and B would come face to face': meetings."""
    found = meetings_read(text, date(1987, 4, 15))
    assert len(found) == 1
    assert found[0][0] == status


def test_saw_mr_as_on_television_is_none() -> None:
    """'saw Mr. A's speech on television': no one met."""
    text = "Envoy Harold Brennan saw Mr. Luis Cardenas's speech on television."
    assert meetings_read(text, date(1987, 4, 15)) == []


def test_later_is_later_than_the_last_meeting_held() -> None:
    """'They agreed to meet again in November. Later, B called on C': the talks' day."""
    text = (
        "Talks in Islamabad\n\nForeign Minister Omar Javed held talks with Foreign Minister Ali "
        "Karimi at the ministry today.\n\nThe two ministers agreed to meet again in Kabul in "
        "November.\n\nLater, Mr. Karimi called on Prime Minister Asif Rana at the Prime "
        "Minister's Office."
    )
    found = {f[1]: f[3] for f in _read(text, date(2026, 10, 14))}
    assert found[("Ali Karimi", "Asif Rana")] == "2026-10-14"
