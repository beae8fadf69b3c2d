"""Meeting classes read from the retired tenth blind set (check9), in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from conftest import meetings_read

_DAY = date(2026, 11, 2)  # a Monday


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "ACCRA (Reuters) - Ghanaian President Kofi Mensah and Togolese President Yawo "
                "Adzo opened a new bridge over the Volta on Thursday. The two leaders spoke for "
                "about an hour in a tent near the river."
            ),
            ("Kofi Mensah", "Yawo Adzo"),
        ),
        (
            (
                "LIMA (AP) - Peruvian Foreign Minister Rosa Quispe and her Chilean counterpart, "
                "Tomás Ibarra, talked for two hours at a border post on Friday."
            ),
            ("Rosa Quispe", "Tomás Ibarra"),
        ),
        (
            (
                "WARSAW - Polish Prime Minister Adam Nowicki and Lithuanian President Rasa "
                "Petraitė chatted privately for 20 minutes before the summit dinner on Tuesday."
            ),
            ("Adam Nowicki", "Rasa Petraitė"),
        ),
    ],
)
def test_a_talk_told_by_its_length_is_a_meeting(text: str, names: tuple[str, ...]) -> None:
    """'The two leaders spoke for about an hour': the subjects talked together."""
    assert ("held", names) in meetings_read(text, _DAY)


def test_one_speaker_speaking_for_an_hour_is_no_meeting() -> None:
    """'A spoke for 40 minutes at a rally' is a speech, not a talk with anyone."""
    text = (
        "LIMA (AP) - Peruvian President Rosa Quispe spoke for 40 minutes at a rally in Cusco on "
        "Friday, promising new roads."
    )
    assert meetings_read(text, _DAY) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Mariam Dhaheri, Minister of State, on Wednesday received Qatari Deputy Foreign "
                "Minister for Political Affairs Khalid Thani in Abu Dhabi."
            ),
            ("Mariam Dhaheri", "Khalid Thani"),
        ),
        (
            (
                "Kenyan Foreign Minister Ruth Wambui met Under-Secretary for Political Affairs "
                "Tom Hardy in Nairobi."
            ),
            ("Ruth Wambui", "Tom Hardy"),
        ),
        (
            (
                "Kenyan Foreign Minister Ruth Wambui met US Assistant Secretary of State for "
                "African Affairs Tom Hardy in Nairobi."
            ),
            ("Ruth Wambui", "Tom Hardy"),
        ),
    ],
)
def test_an_office_with_its_portfolio_before_the_name(text: str, names: tuple[str, ...]) -> None:
    """'Deputy Foreign Minister for Political Affairs A B': the name after 'Affairs'."""
    assert ("held", names) in meetings_read(text, _DAY)


def test_an_assistant_secretary_of_state_and_a_diplomat_are_offices() -> None:
    """'Assistant Secretary of State A', 'American diplomat B': people with an office."""
    first = "Kenyan Foreign Minister Ruth Wambui met Assistant Secretary of State Tom Hardy."
    assert ("held", ("Ruth Wambui", "Tom Hardy")) in meetings_read(first, _DAY)
    second = "Kenyan Foreign Minister Ruth Wambui met American diplomat Tom Hardy in Nairobi."
    article = diplomeet.parse(second, published=_DAY)
    assert [[(p.name, p.country) for p in m.participants] for m in article.meetings] == [
        [("Ruth Wambui", "KE"), ("Tom Hardy", "US")]
    ]


_RECORD = (
    "MINISTERIAL STATEMENT\n\n"
    "Hon. P. R. WALLACE (Minister of Foreign Affairs): Mr Speaker, on 12 August I held talks "
    "in Suva with the Prime Minister of Fiji, Ratu Josefa Vuki. I was accompanied by our High "
    "Commissioner, Mr T. Hill.\n\n"
    "Mr DAVIS: Will the Minister table the notes?\n\n"
    "Hon. P. R. WALLACE: I will not.\n\n"
    "Finally, I spoke by telephone this morning with the Minister for Foreign Affairs of "
    "Tonga, Mr Sione Fifita, who will chair the next meeting.\n"
)


def test_a_turns_first_person_is_its_labelled_speaker() -> None:
    """A parliamentary record's 'Hon. A (Office): ... I held talks with B': A met B."""
    found = meetings_read(_RECORD, _DAY)
    assert ("held", ("P. R. Wallace", "Ratu Josefa Vuki")) in found
    assert ("held", ("P. R. Wallace", "Sione Fifita")) in found
    # the vocative "Mr Speaker," is no one who met
    assert all("Speaker" not in names for _, names in found)


def test_a_briefing_label_names_the_speaker() -> None:
    """A briefing's 'Spokesperson A: ... I met B': the label's person met B."""
    text = (
        "Regular Press Briefing\n\n"
        "Spokesperson Lin Hao: Good afternoon. This morning I met Ambassador Jean Dufour of "
        "France at the ministry.\n"
    )
    assert ("held", ("Lin Hao", "Jean Dufour")) in meetings_read(text, _DAY)


def test_a_place_label_names_no_speaker() -> None:
    """A dateline written 'Abu Dhabi: ...' labels no turn: an 'I' after it meets no one."""
    text = (
        "Abu Dhabi: The ministry said on Tuesday that talks would resume.\n\n"
        "I met Ambassador Jean Dufour of France at the ministry, a reader wrote.\n"
    )
    assert all(len(names) != 2 for _, names in meetings_read(text, _DAY))


def test_the_honourable_in_apposition_after_an_office() -> None:
    """'the Minister for Foreign Affairs, the Hon. A': the office's holder is A."""
    text = (
        "Prime Minister Tom Reid met the Fijian Minister for Foreign Affairs, the Honourable "
        "Josefa Vuki, on Tuesday."
    )
    assert ("held", ("Tom Reid", "Josefa Vuki")) in meetings_read(text, _DAY)


_MEDIATION = (
    "Accra, Ghana (GNA) - Ghana and Togo have agreed to reopen their border posts, Foreign "
    "Minister Kwame Boateng said here on Wednesday.\n\n"
    "Boateng and his Togolese counterpart, Chief Yawo Adzo, met in the Beninese capital, "
    "Cotonou, on Tuesday under the mediation of Benin's President Paul Houngbo, who chaired "
    "the session.\n\n"
    "The Beninese leader telephoned Ghana's President Kofi Mensah and Togo's Head of State, "
    "General Eyadema Kpatcha, on Sunday to propose the meeting, diplomatic sources said.\n\n"
    "The two ministers agreed to meet again in Lome next month.\n\n"
    "They last met in Abuja in June 2025.\n"
)


def test_a_head_of_state_in_apposition_is_called() -> None:
    """'telephoned A and [Country]'s Head of State, General B': two calls, one with B."""
    found = meetings_read(_MEDIATION, _DAY)
    assert ("held", ("Paul Houngbo", "Kofi Mensah")) in found
    assert ("held", ("Paul Houngbo", "Eyadema Kpatcha")) in found


def test_the_two_ministers_are_not_the_presidents_named_last() -> None:
    """'The two ministers' and the 'they' after them: the ministers who met, not presidents."""
    found = meetings_read(_MEDIATION, _DAY)
    assert ("planned", ("Kwame Boateng", "Yawo Adzo")) in found
    assert ("held", ("Kwame Boateng", "Yawo Adzo")) in found
    article = diplomeet.parse(_MEDIATION, published=_DAY)
    last = [m for m in article.meetings if m.when is not None and m.when.value == "2025-06"]
    assert [tuple(p.name for p in m.participants) for m in last] == [("Kwame Boateng", "Yawo Adzo")]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (_MEDIATION, "Cotonou"),
        (
            (
                "Foreign Minister Ana Lind met her Bolivian counterpart, Luis Mamani, in the "
                "Bolivian capital, La Paz, on Monday."
            ),
            "La Paz",
        ),
    ],
)
def test_the_city_named_after_a_countrys_capital(text: str, city: str) -> None:
    """'in the Beninese capital, Cotonou,': the city named, where the government sits."""
    article = diplomeet.parse(text, published=_DAY)
    assert article.meetings[0].place is not None
    assert article.meetings[0].place.name == city


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "President Anil Dorsey received Kenyan Foreign Minister Moses Otieno at State "
                "House later on Wednesday. The two sides agreed that the joint commission would "
                "meet in Nairobi before the end of the year, co-chaired by Dorsey and Kenyan "
                "President Ruth Wambui."
            ),
            ("Anil Dorsey", "Ruth Wambui"),
        ),
        (
            (
                "Prime Minister Lea Varga hosted Slovak Foreign Minister Jan Kral in Budapest on "
                "Monday. The joint commission, co-chaired by Kral and Hungarian Foreign Minister "
                "Anna Toth, will meet in Bratislava in May."
            ),
            ("Jan Kral", "Anna Toth"),
        ),
    ],
)
def test_co_chairs_alone_after_a_group(text: str, names: tuple[str, ...]) -> None:
    """'The two sides agreed that the commission would meet, co-chaired by A and B': A and B."""
    assert ("planned", names) in meetings_read(text, _DAY)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Foreign Minister Ayse Demir met Iraqi envoy Ali Hasan on Monday. She held talks "
                "in Erbil with Kurdistan Regional Government Prime Minister Karwan Barzani in "
                "January."
            ),
            ("Ayse Demir", "Karwan Barzani"),
        ),
        (
            (
                "Foreign Minister Ayse Demir met Iraqi envoy Ali Hasan on Monday. She held talks "
                "in Erbil with regional Prime Minister Karwan Barzani in January."
            ),
            ("Ayse Demir", "Karwan Barzani"),
        ),
        (
            "Foreign Minister Ayse Demir met Punjab Chief Minister Rana Iqbal in Lahore on Monday.",
            ("Ayse Demir", "Rana Iqbal"),
        ),
    ],
)
def test_a_body_or_level_of_government_before_an_office(text: str, names: tuple[str, ...]) -> None:
    """'talks with Kurdistan Regional Government Prime Minister A': A is met."""
    assert ("held", names) in meetings_read(text, _DAY)


def test_capitalised_words_before_a_pronoun_are_no_object() -> None:
    """'told host Carl Brandt she believed': no one met through the pronoun after a name."""
    text = (
        "Sen. Mara Quist (D-Vt.), a supporter of Governor Ellen Park, told host Carl Brandt she "
        "believed the bill would pass."
    )
    assert meetings_read(text, _DAY) == []


def _places(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    article = diplomeet.parse(text, published=_DAY)
    return [
        (tuple(p.name for p in m.participants), m.place.name if m.place else None)
        for m in article.meetings
    ]


def test_an_archive_byline_and_a_headline_are_no_dateline() -> None:
    """'BARNES, ROGER' and 'Lima, Quito Sign Border Pact' come before the real dateline."""
    text = (
        "Lima, Quito Sign Border Pact\n"
        "BARNES, ROGER\n"
        "Evening Courier; Mar 4, 1971;\n\n"
        "Lima, Quito Sign Border Pact\n\n"
        "BY ROGER BARNES\n\n"
        "LIMA, Peru, March 3\u2014The mediator, Ambassador Pedro Alvarado of Brazil, conferred "
        "for two hours this afternoon with President Luis Ortega at the palace here.\n"
    )
    assert _places(text) == [(("Pedro Alvarado", "Luis Ortega"), "Lima")]


def test_a_later_dispatch_places_its_own_meetings() -> None:
    """A second dispatch ('QUITO, March 3 [AP]-') places the meetings told under it."""
    text = (
        "PANAMA CITY, Panama, March 3\u2014The committee chairman, Ambassador Pedro Alvarado "
        "of Peru, conferred for two hours this afternoon with President Luis Ortega at the "
        "Presidential Palace here.\n\n"
        "The fighting went on along the border for a fifth day, officials said.\n\n"
        "Refugees crossed into Colombia by the thousands, aid workers reported tonight.\n\n"
        "QUITO, March 3 [AP]\u2014Foreign Minister Ana Cruz met for 40 minutes today with the "
        "Peruvian ambassador, Jorge Salas, and assured him of support.\n\n"
        "Later, Cruz received the Chilean ambassador, Rosa Vial, at the ministry here.\n"
    )
    assert _places(text) == [
        (("Pedro Alvarado", "Luis Ortega"), "Panama City"),
        (("Ana Cruz", "Jorge Salas"), "Quito"),
        (("Ana Cruz", "Rosa Vial"), "Quito"),
    ]


def test_a_dateline_line_of_city_and_country_still_counts() -> None:
    """A line 'Nuku'alofa, Tonga' over the story is its dateline, with no stop at its end."""
    text = (
        "Pacific Daily Online\n\n"
        "Minister granted audience with King\n\n"
        "Nuku'alofa, Tonga\n\n"
        "Thursday 3 September 2026\n\n"
        "Fiji's Foreign Minister, Hon. Mere Ratu, was granted an audience with King Tevita "
        "Latu at the Royal Palace on Wednesday morning.\n"
    )
    assert _places(text) == [(("Mere Ratu", "Tevita Latu"), "Nuku'alofa")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "The chairman, Ambassador Pedro Alvarado of Peru, conferred with President Luis "
                "Ortega here. He had seen President Mario Quesada in Managua yesterday."
            ),
            ("Pedro Alvarado", "Mario Quesada"),
        ),
        (
            (
                "Foreign Minister Ana Lind saw the Soviet Ambassador, Mr Ivan Petrov, at the "
                "ministry on Friday."
            ),
            ("Ana Lind", "Ivan Petrov"),
        ),
    ],
)
def test_seeing_an_officeholder_is_a_meeting(text: str, names: tuple[str, ...]) -> None:
    """'He had seen President A in Managua yesterday': an older wire's call on A."""
    assert ("held", names) in meetings_read(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Voters saw President Luis Ortega as a threat to the reforms.",
        "Millions saw Prime Minister Rosa Quispe on television last night.",
        "Foreign Minister Ana Lind saw President Luis Ortega's speech as a turning point.",
        "Foreign Minister Ana Lind saw a chance for peace.",
    ],
)
def test_seeing_as_judging_or_watching_is_no_meeting(text: str) -> None:
    """'saw President A as a threat', 'on television', 'saw A's speech': no one met."""
    assert meetings_read(text, _DAY) == []


def test_saw_each_other_stays_a_meeting() -> None:
    """'A and B last saw each other in November': their earlier meeting."""
    text = (
        "Secretary of State Warren Hale met Mexican Foreign Secretary Rodrigo Salinas on "
        "Wednesday. Hale and Salinas last saw each other in November, in Osaka."
    )
    assert ("held", ("Warren Hale", "Rodrigo Salinas")) in meetings_read(text, _DAY)
