"""
Meeting wordings of outlets the development sets did not hold, one class a group.

Every sentence here was written for these tests, in the manner of wire copy, regional
dailies and government readouts, about invented people.  The classes: a trip whose purpose
is talks, told with "would" or "for two days of talks" (planned); a call partner after an
abbreviated month ("on Feb. 20 with") or after a title in apposition ("with the head of the
ruling council, General A"); "the Kenyan capital" and "the capital" as places; a meeting
dated by the sentence before it in the same paragraph.
"""

from __future__ import annotations

from datetime import date
from typing import Final

import pytest

import diplomeet
from diplomeet._meetings import find_meetings
from diplomeet.records import Meeting
from extraction_helpers import doc_with_dates

# Two paragraphs of eight words or more: the lede, whose date and place the rules below
# must not need.
_LEDE: Final = (
    "Regional trade ministers opened a two-day conference on fisheries and ports.\n\n"
    "Delegates from eleven countries attended the sessions held behind closed doors.\n\n"
)


def _meetings(text: str, dates: dict[str, str] | None = None) -> list[Meeting]:
    return find_meetings(doc_with_dates(text, dates))


def _people(m: Meeting) -> set[str]:
    return {a.name.split()[-1] for a in m.participants}


_TRIPS: Final[list[str]] = [
    (
        "Officials said Chilean Foreign Minister Ines Barrera would fly to Lima next month "
        "for talks with her Peruvian counterpart, Tomas Quispe."
    ),
    (
        "Diplomats said Chilean Foreign Minister Ines Barrera would travel to Lima for two "
        "days of talks with Peruvian Foreign Minister Tomas Quispe."
    ),
    (
        "Chilean Foreign Minister Ines Barrera is due to travel to Lima later this month to "
        "meet Peruvian Foreign Minister Tomas Quispe."
    ),
]


@pytest.mark.parametrize("text", _TRIPS)
def test_a_trip_for_talks_told_ahead_is_planned(text: str) -> None:
    """A trip told ahead whose purpose is the talks gives a planned meeting."""
    (m,) = _meetings(text)
    assert _people(m) == {"Barrera", "Quispe"}
    assert m.status == "planned"


def test_a_trip_for_talks_told_done_stays_held() -> None:
    """The same trip told in the past tense stays held."""
    text = (
        "Chilean Foreign Minister Ines Barrera flew to Lima on Monday for talks with Peruvian "
        "Foreign Minister Tomas Quispe."
    )
    (m,) = _meetings(text)
    assert m.status == "held"


_PARTNERS: Final[list[tuple[str, dict[str, str], str]]] = [
    (
        (
            "Zambian President Mwila Banda spoke by phone on Feb. 20 with Malawian President "
            "Chifundo Phiri, his office said."
        ),
        {"Feb. 20": "2025-02-20"},
        "2025-02-20",
    ),
    (
        (
            "Zambian President Mwila Banda spoke by phone on Sept. 3 with the chairman of "
            "Malawi's transitional council, General Chifundo Phiri, his office said."
        ),
        {"Sept. 3": "2024-09-03"},
        "2024-09-03",
    ),
    (
        (
            "Zambian President Mwila Banda held talks with the leader of the main opposition "
            "alliance, Chifundo Phiri, on 4 March."
        ),
        {"4 March": "2025-03-04"},
        "2025-03-04",
    ),
]


@pytest.mark.parametrize(("text", "dates", "when"), _PARTNERS)
def test_the_partner_is_found_after_a_short_month_or_a_title(
    text: str, dates: dict[str, str], when: str
) -> None:
    """The partner is read after "on Feb. 20 with" and after a title in apposition."""
    (m,) = _meetings(text, dates)
    assert _people(m) == {"Banda", "Phiri"}
    assert m.when is not None
    assert m.when.value == when


def test_a_name_before_a_speech_verb_is_no_partner() -> None:
    """A name after a comma that a speech verb follows is the speaker, not a partner."""
    text = (
        "Zambian President Mwila Banda met with the visiting trade delegation, Chifundo Phiri said."
    )
    assert _meetings(text) == []


def test_a_country_s_capital_named_by_its_adjective_is_the_place() -> None:
    """The place "in the Lithuanian capital" is Vilnius."""
    text = (
        _LEDE + "Polish President Marek Nowicki met Lithuanian Prime Minister Rasa Petraitiene "
        "in the Lithuanian capital."
    )
    (m,) = _meetings(text)
    assert m.place is not None
    assert (m.place.name, m.place.country) == ("Vilnius", "LT")


def test_the_capital_is_the_dateline_s_capital() -> None:
    """The place "in the capital" is the dateline's capital."""
    text = (
        "VILNIUS, May 4 - Regional trade ministers opened a conference on ports.\n\n"
        "Delegates from eleven countries attended the sessions held behind closed doors.\n\n"
        "Polish President Marek Nowicki later met Lithuanian Prime Minister Rasa Petraitiene "
        "in the capital."
    )
    (m,) = _meetings(text)
    assert m.place is not None
    assert m.place.name == "Vilnius"


def test_the_capital_without_a_dateline_is_no_place() -> None:
    """With no dateline, "in the capital" gives no place."""
    text = (
        _LEDE + "Polish President Marek Nowicki met Lithuanian Prime Minister Rasa Petraitiene "
        "in the capital."
    )
    (m,) = _meetings(text)
    assert m.place is None


def test_an_adjective_is_never_the_place_itself() -> None:
    """A country's adjective is never taken for the place's name."""
    text = (
        _LEDE + "Polish President Marek Nowicki met Lithuanian Prime Minister Rasa Petraitiene "
        "in the Lithuanian city."
    )
    (m,) = _meetings(text)
    assert m.place is None


@pytest.mark.parametrize(
    "text",
    [
        (
            "On Tuesday, Polish President Marek Nowicki arrived in Vilnius. He met Lithuanian "
            "Prime Minister Rasa Petraitiene at the government palace."
        ),
        (
            "Polish President Marek Nowicki landed in Vilnius on Tuesday afternoon. The "
            "president then met Lithuanian Prime Minister Rasa Petraitiene."
        ),
    ],
)
def test_a_meeting_is_dated_by_the_sentence_before_it_in_its_paragraph(text: str) -> None:
    """A meeting with no date of its own takes the day of the sentence before it."""
    day = "Tuesday afternoon" if "afternoon" in text else "Tuesday"
    (m,) = _meetings(_LEDE + text, {day: "2025-05-06"})
    assert m.when is not None
    assert m.when.value == "2025-05-06"


def test_a_date_in_another_paragraph_dates_no_meeting() -> None:
    """A day told in the paragraph before dates no meeting."""
    text = (
        _LEDE + "Polish President Marek Nowicki arrived in Vilnius on Tuesday.\n\n"
        "He met Lithuanian Prime Minister Rasa Petraitiene at the government palace."
    )
    (m,) = _meetings(text, {"Tuesday": "2025-05-06"})
    assert m.when is None


def test_a_date_after_since_dates_no_later_meeting() -> None:
    """A day after "since" dates no meeting."""
    text = _LEDE + (
        "Relations have warmed since Tuesday. Polish President Marek Nowicki met Lithuanian "
        "Prime Minister Rasa Petraitiene at the government palace."
    )
    (m,) = _meetings(text, {"Tuesday": "2025-05-06"})
    assert m.when is None


def test_a_family_name_written_first_finds_its_person() -> None:
    """A lone "Tran" after "Prime Minister Tran Van Minh" is that person."""
    text = _LEDE + (
        "Vietnamese Prime Minister Tran Van Minh praised the new rail link.\n\n"
        "Tran later met Cambodian Prime Minister Sokha Chhun at the border crossing."
    )
    (m,) = _meetings(text)
    assert {a.name for a in m.participants} == {"Tran Van Minh", "Sokha Chhun"}


def test_a_lone_name_no_one_bears_first_is_no_person() -> None:
    """A lone capitalised word that opens no known person's name gives no meeting."""
    text = _LEDE + (
        "Vietnamese Prime Minister Tran Van Minh praised the new rail link.\n\n"
        "Nguyen later met Cambodian Prime Minister Sokha Chhun at the border crossing."
    )
    assert _meetings(text) == []


def test_a_plan_to_hold_a_named_meeting_is_planned() -> None:
    """'Is scheduled to hold the annual leaders' meeting with' tells a plan."""
    text = (
        "Prime Minister Tran Van Minh is scheduled to hold the annual leaders' meeting with "
        "Cambodian Prime Minister Sokha Chhun in Phnom Penh."
    )
    (m,) = _meetings(text)
    assert m.status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Latvian Foreign Minister Ilze Ozola and Estonian Foreign Minister Mart Tamm led "
            "their delegations at the talks in Riga."
        ),
        (
            "Latvian Foreign Minister Ilze Ozola and Estonian Foreign Minister Mart Tamm headed "
            "their countries' delegations at Friday's negotiations."
        ),
    ],
)
def test_two_people_leading_their_delegations_at_talks_meet(text: str) -> None:
    """'A and B led their delegations at the talks' tells a meeting of A and B."""
    (m,) = _meetings(text)
    assert _people(m) == {"Ozola", "Tamm"}
    assert m.status == "held"


def test_a_meeting_on_the_margins_of_the_gathering_takes_its_date_and_place() -> None:
    """A later meeting 'on the margins of the gathering' is dated and placed as the first."""
    text = _LEDE + (
        "Omani Foreign Minister Salim Harthi met Jordanian Foreign Minister Rami Azzam on the "
        "sidelines of the regional water summit in Muscat on Sunday.\n\n"
        "Azzam described the meeting as frank.\n\n"
        "Harthi also held talks with Kuwaiti Foreign Minister Fahad Mutairi on the margins of "
        "the gathering."
    )
    first, second = _meetings(text, {"Sunday": "2025-11-09"})
    assert _people(second) == {"Harthi", "Mutairi"}
    assert second.when is not None
    assert second.when.value == "2025-11-09"
    assert second.place is not None
    assert second.place.name == "Muscat"
    assert first.setting == "sidelines of the regional water summit"


def test_a_named_other_gathering_borrows_nothing() -> None:
    """'On the margins of an energy forum' names another gathering: nothing is borrowed."""
    text = _LEDE + (
        "Omani Foreign Minister Salim Harthi met Jordanian Foreign Minister Rami Azzam on the "
        "sidelines of the regional water summit in Muscat on Sunday.\n\n"
        "Harthi later held talks with Kuwaiti Foreign Minister Fahad Mutairi on the margins of "
        "an energy forum."
    )
    _, second = _meetings(text, {"Sunday": "2025-11-09"})
    assert second.when is None
    assert second.place is None


def test_the_lede_s_meeting_place_beats_the_dateline() -> None:
    """The city the first sentence's meeting was held in beats the dateline's city."""
    text = (
        "Hanoi (AFP) - Vietnamese and Thai diplomats met in the northern Thai city of Chiang "
        "Mai on Tuesday, a week after a dispute over fishing boats.\n\n"
        "Deputy Foreign Minister Le Van Thanh and Thai Deputy Foreign Minister Somchai Wongsa "
        "led their delegations at the talks, held under a mechanism set up in May 2019.\n\n"
        "Le told reporters the talks were useful and that both sides would meet again soon."
    )
    found = _meetings(text, {"Tuesday": "2025-06-17", "May 2019": "2019-05"})
    (m,) = [m for m in found if m.status == "held"]
    assert m.place is not None
    assert m.place.name == "Chiang Mai"
    assert m.when is not None
    assert m.when.value == "2025-06-17"


def test_the_dateline_places_a_lede_meeting_when_the_first_sentence_tells_none() -> None:
    """With no meeting in the first sentence, the dateline's city places the lede's meeting."""
    text = (
        "HANOI, June 17 - Fishing disputes have strained ties between the two neighbours.\n\n"
        "Deputy Foreign Minister Le Van Thanh met Thai Deputy Foreign Minister Somchai Wongsa "
        "on Tuesday to discuss the seized boats."
    )
    (m,) = _meetings(text)
    assert m.place is not None
    assert m.place.name == "Hanoi"


def test_a_founding_year_does_not_date_the_talks() -> None:
    """'A forum established in May 2019' gives the forum's year, not the meeting's."""
    text = _LEDE + (
        "Deputy Foreign Minister Le Van Thanh met Thai Deputy Foreign Minister Somchai Wongsa "
        "at a forum established in May 2019."
    )
    (m,) = _meetings(text, {"May 2019": "2019-05"})
    assert m.when is None


def test_a_planned_visit_to_a_city_places_the_meeting() -> None:
    """'Plans to visit Bangkok to meet A' places the planned meeting in Bangkok."""
    text = (
        "Deputy Foreign Minister Le Van Thanh plans to visit Bangkok next month to meet his "
        "Thai counterpart, Somchai Wongsa."
    )
    (m,) = _meetings(text)
    assert m.status == "planned"
    assert m.place is not None
    assert m.place.name == "Bangkok"


def test_a_guest_named_after_a_long_country_name_is_found() -> None:
    """'Hosted his Republic of the Congo counterpart, A' finds A."""
    text = (
        "President Ama Owusu hosted his Republic of the Congo counterpart, Denis Mabiala, at "
        "the presidential palace in Accra."
    )
    (m,) = _meetings(text)
    assert _people(m) == {"Owusu", "Mabiala"}


def test_a_city_after_a_compass_word_is_the_place() -> None:
    """'At the ministry in central Lisbon' places the talks in Lisbon."""
    text = (
        "Foreign Minister Ana Lopes held talks with Angolan Foreign Minister Rui Costa at the "
        "ministry in central Lisbon."
    )
    (m,) = _meetings(text)
    assert m.place is not None
    assert m.place.name == "Lisbon"


def test_a_region_after_a_compass_word_is_no_place() -> None:
    """'Fighting in central Ruritania' names a region, not where the talks were held."""
    text = _LEDE + (
        "Foreign Minister Ana Lopes held talks with Angolan Foreign Minister Rui Costa on "
        "ending the fighting in central Ruritania."
    )
    (m,) = _meetings(text)
    assert m.place is None


def test_a_guest_after_his_title_in_apposition_is_found() -> None:
    """'Host his Ugandan counterpart, President A' finds A, not the host twice."""
    text = (
        "President Daniel Moi is expected to host his Ugandan counterpart, President Paul "
        "Okello, at State House this weekend."
    )
    (m,) = _meetings(text)
    assert _people(m) == {"Moi", "Okello"}
    assert m.status == "planned"


def test_his_before_a_plain_noun_keeps_the_later_name_out() -> None:
    """'Met his wife and A' gives no apposition: A is not read through 'his wife'."""
    text = "President Daniel Moi met his wife and the guests, Paul Okello said."
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("sentence", "incident_date"),
    [
        (
            (
                "Chilean President Ana Rojas met Peruvian President Luis Ortega in Lima after "
                "the incident on the 14th."
            ),
            "on the 14th",
        ),
        (
            (
                "Chilean President Ana Rojas met Peruvian President Luis Ortega and condemned "
                "the attack on Monday."
            ),
            "on Monday",
        ),
        (
            (
                "Chilean President Ana Rojas held talks with Peruvian President Luis Ortega "
                "following the clashes on Friday near the pass."
            ),
            "on Friday",
        ),
    ],
)
def test_the_date_of_an_incident_named_before_it_dates_no_meeting(
    sentence: str, incident_date: str
) -> None:
    """The date after "the incident", "the attack" is that event's, not the meeting's."""
    found = _meetings(_LEDE + sentence, {incident_date: "2024-03-04"})
    assert [sorted(_people(m)) for m in found] == [["Ortega", "Rojas"]]
    assert found[0].when is None


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "The meeting between Foreign Minister Ana Lopes and her Moroccan counterpart "
            "Youssef Benali took place in Rabat on Monday."
        ),
        (
            "Talks between Foreign Minister Ana Lopes and her Moroccan counterpart Youssef "
            "Benali were held in Rabat on Monday."
        ),
    ],
)
def test_between_a_and_her_counterpart_b(sentence: str) -> None:
    """In "between A and her Moroccan counterpart B" the pronoun is B's title's, not a person."""
    found = _meetings(_LEDE + sentence, {"on Monday": "2025-03-10"})
    assert [sorted(_people(m)) for m in found] == [["Benali", "Lopes"]]


def test_agreed_at_their_summit() -> None:
    """A and B "agreed at their summit in Tokyo on Friday to ...": a meeting of A and B."""
    text = _LEDE + (
        "Japan's Prime Minister Kenji Sato and South Korean President Park Min-ho agreed at "
        "their summit in Tokyo on Friday to resume regular visits."
    )
    found = _meetings(text, {"on Friday": "2025-03-14"})
    assert [sorted(a.name for a in m.participants) for m in found] == [
        ["Kenji Sato", "Park Min-ho"]
    ]


@pytest.mark.parametrize(
    ("city", "code"),
    [
        ("Rio de Janeiro", "BR"),
        ("Dar es Salaam", "TZ"),
        ("Sharm el-Sheikh", "EG"),
        ("Ho Chi Minh City", "VN"),
        ("Mexico City", "MX"),
        ("Kuwait City", "KW"),
        ("The Hague", "NL"),
    ],
)
def test_city_names_with_particles_articles_or_a_country_in_them(city: str, code: str) -> None:
    """Cities of several words are read whole, with their country."""
    text = _LEDE + f"President Ana Rojas met Prime Minister Luis Ortega of Peru in {city}."
    (found,) = _meetings(text)
    assert found.place is not None
    assert (found.place.name, found.place.country) == (city, code)


def test_met_to_discuss_is_one_meeting() -> None:
    """A and B "met on Sunday to discuss" a topic: the purpose is no second, planned meeting."""
    text = (
        "Leaders meet\n\n"
        + _LEDE
        + (
            "Egypt's President Karim Adel and Jordan's King Faisal met in Aqaba on Sunday to "
            "discuss the crossings."
        )
    )
    found = diplomeet.parse(text, published=date(2025, 3, 15)).meetings
    assert [(m.status, sorted(_people(m))) for m in found] == [("held", ["Adel", "Faisal"])]
    assert found[0].when is not None
    assert found[0].when.value == "2025-03-09"


def test_agreed_to_discuss_later_is_still_read() -> None:
    """After ", and", "agreed to discuss ... next month" is a clause of its own."""
    text = _LEDE + (
        "President Karim Adel met King Faisal in Aqaba on Sunday, and the two agreed to "
        "discuss trade next month."
    )
    found = _meetings(text, {"on Sunday": "2025-03-09", "next month": "2025-04"})
    assert [m.status for m in found] == ["held", "planned"]


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "The two foreign ministers, Ana Lopes of Portugal and Erik Holm of Sweden, met in "
            "Lisbon on Friday."
        ),
        "President Ana Rojas of Chile and President Luis Ortega of Peru met in Lima on Friday.",
    ],
)
def test_people_named_with_their_country_after_of_meet(sentence: str) -> None:
    """People named with "of" and their country, then "and": the country ends no list."""
    found = diplomeet.parse("Talks\n\n" + _LEDE + sentence, published=date(2025, 3, 15))
    assert [len(m.participants) for m in found.meetings] == [2]
    assert all(a.country is not None for a in found.meetings[0].participants)
