"""
Meeting wordings learned from the sixth development set, one class a group.

Every sentence here was written for these tests, in the manner of wire copy, regional
dailies, state agencies and old teleprinter copy, about invented people.  The classes: the
subject of a subordinate clause ("said so when B called on him"); talks "co-chaired by" two
people; a title in capitals in apposition before a name ("Bahrain's Prime Minister and
Minister of Foreign Affairs, Sheikh A"); a planned meeting after a trip on to a city told in
the sentence before.
"""

from __future__ import annotations

from datetime import date
from typing import Final

import pytest

import diplomeet
from diplomeet._actors import mentions
from diplomeet._document import Document
from diplomeet.records import Meeting
from extraction_helpers import meeting_people as _people
from extraction_helpers import meeting_place as _place
from extraction_helpers import meeting_when as _when

_PUBLISHED: Final = date(2026, 2, 11)  # a Wednesday


def _parse(text: str, published: date = _PUBLISHED) -> tuple[Meeting, ...]:
    return diplomeet.parse(text, published=published).meetings


def test_the_subject_of_a_when_clause_is_the_callers() -> None:
    """Read "A said so when B called on him here": B calls on A, in the dateline's city that day."""
    text = (
        "Asante, Agbeko discuss border security\n\n"
        "ACCRA, Feb 11 (GNA): President Kwame Asante on Wednesday said regional security "
        "needed a common approach among the neighbours of West Africa.\n\n"
        "The president expressed these views when Togolese Foreign Minister Komi Agbeko "
        "called on him at the Jubilee House here.\n"
    )
    (m,) = _parse(text)
    assert _people(m) == {"Asante", "Agbeko"}
    assert (_when(m), _place(m)) == ("2026-02-11", "Accra")


def test_a_main_subject_without_a_subordinate_clause_stays() -> None:
    """With no "when" before it, the meeting word's subject is the first person."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "President Kwame Asante received Togolese Foreign Minister Komi Agbeko on Tuesday.\n"
    )
    (m,) = _parse(text)
    assert _people(m) == {"Asante", "Agbeko"}


@pytest.mark.parametrize("verb", ["was co-chaired by", "was cochaired by", ", co-chaired by"])
def test_talks_co_chaired_by_two_people_are_their_meeting(verb: str) -> None:
    """Read "The session was co-chaired by A and B": A and B met, when and where the lede says."""
    text = (
        "Border talks resume\n\n"
        "Mongolian and Kazakh diplomats met in the western city of Khovd on Tuesday for the "
        "annual border consultations, officials said.\n\n"
        f"The ninth session of the joint border commission {verb} Mongolian Deputy Foreign "
        "Minister Batbold Enkhjin and Kazakh Deputy Foreign Minister Arman Seitkali, "
        "according to a statement.\n"
    )
    (m,) = _parse(text)
    assert _people(m) == {"Enkhjin", "Seitkali"}
    assert m.status == "held"
    assert (_when(m), _place(m)) == ("2026-02-10", "Khovd")


@pytest.mark.parametrize(
    "title",
    ["Thai Vice-Foreign Minister", "Lao Foreign Affairs Undersecretary", "Kazakh Vice-Minister"],
)
def test_deputy_ministers_titles_name_people(title: str) -> None:
    """A vice-minister's and an undersecretary's titles introduce a person who can meet."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        f"President Kwame Asante received {title} Somchai Rattanakul on Tuesday.\n"
    )
    (m,) = _parse(text)
    assert _people(m) == {"Asante", "Rattanakul"}


def test_a_title_in_capitals_in_apposition_before_the_name() -> None:
    """Read "meet Bahrain's Prime Minister and Minister of Foreign Affairs, Sheikh A": A is met."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Mr Tavakoli is due to meet Bahrain's Prime Minister and Minister of Foreign Affairs, "
        "Sheikh Khalid bin Ahmed Al Khalifa, on Thursday.\n"
    )
    (m,) = _parse(text)
    assert _people(m) == {"Tavakoli", "Khalifa"}
    assert (m.status, _when(m)) == ("planned", "2026-02-12")


_ONWARD: Final[list[tuple[str, str]]] = [
    ("before flying to Muscat. He is due to meet", "Muscat"),
    ("and then left for Amman. He will meet", "Amman"),
    ("before heading on to Nairobi. He is expected to meet", "Nairobi"),
]


@pytest.mark.parametrize(("middle", "city"), _ONWARD)
def test_a_planned_meeting_after_a_trip_on_is_in_its_city(middle: str, city: str) -> None:
    """A trip on to a city, told just before a planned meeting, places it there."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "On Tuesday, Mr Tavakoli held talks with Minister of State Omar Al Suwaidi on a joint "
        f"committee {middle} Foreign Minister Sayyid Badr Al Busaidi on Thursday.\n"
    )
    held, planned = _parse(text)
    assert (held.status, _place(held)) == ("held", None)
    assert _people(planned) == {"Tavakoli", "Busaidi"}
    assert (planned.status, _place(planned)) == ("planned", city)


def test_a_trip_in_another_paragraph_places_nothing() -> None:
    """The trip must be told in the same paragraph as the planned meeting."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Mr Tavakoli held talks with Minister of State Omar Al Suwaidi on Tuesday before "
        "flying to Muscat.\n\n"
        "He is due to meet Foreign Minister Sayyid Badr Al Busaidi on Thursday.\n"
    )
    planned = _parse(text)[-1]
    assert (planned.status, _place(planned)) == ("planned", None)


def test_here_places_a_past_meeting_in_the_story_s_city() -> None:
    """Read "He first met A here in May 2024": the dateline's city."""
    text = (
        "Visit\n\n"
        "RIGA, Feb 11 - Estonian President Mart Kask arrived on Wednesday for talks with "
        "Latvian President Janis Ozols on the defence of the Baltic region.\n\n"
        "Officials from both sides attended the closing session of the forum.\n\n"
        "It was his second visit as president. He first met Ozols here in May 2024, a day "
        "after his inauguration.\n"
    )
    found = _parse(text)
    earlier = [m for m in found if _when(m) == "2024-05"]
    assert len(earlier) == 1
    assert _place(earlier[0]) == "Riga"


def test_here_is_no_place() -> None:
    """Read "here is what they said": no place of the story."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "President Mart Kask met President Janis Ozols on Tuesday, and here is what they said.\n"
    )
    (m,) = _parse(text)
    assert _place(m) is None


def test_the_two_presidents_are_the_presidents_met_last() -> None:
    """A group named by an office takes the last meeting of people who all hold it."""
    text = (
        "Visit\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Estonian President Mart Kask held talks with Latvian President Janis Ozols in Riga "
        "on Tuesday.\n\n"
        "Earlier this week, Ozols held a phone call with Finnish Prime Minister Aino Virtanen "
        "to discuss energy.\n\n"
        "The two presidents agreed to meet again in Tallinn in early March at a summit of "
        "Baltic leaders.\n"
    )
    found = _parse(text)
    planned = [m for m in found if m.status == "planned"]
    assert len(planned) == 1
    assert _people(planned[0]) == {"Kask", "Ozols"}
    assert _place(planned[0]) == "Tallinn"
    assert {m.status for m in found if _people(m) == {"Ozols", "Virtanen"}} == {"held"}


def test_at_a_summit_after_a_meeting_word_is_its_setting() -> None:
    """Read "agreed to meet again ... at a summit": one planned meeting, not a held one."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "President Mart Kask and President Janis Ozols agreed to meet again in Tallinn in "
        "early March at a summit "
        "of Baltic leaders.\n"
    )
    (m,) = _parse(text)
    assert m.status == "planned"


def test_talks_were_held_between_two_people_with_long_titles() -> None:
    """Protocol prose: "Talks were held in the palace today between A, <title>, and B"."""
    text = (
        "TALKS IN THE PALACE\n\n"
        "BUCHAREST, May 3 -- Talks were held in the Palace of the Republic today between "
        "Ion Dragomir, General Secretary of the Party Central Committee and President of the "
        "Council of State, and Aino Virtanen, President of the Republic of Finland, who is "
        "staying in Romania on an official visit.\n"
    )
    found = diplomeet.parse(text, published=date(1984, 5, 3)).meetings
    assert [(_people(m), m.status, _when(m)) for m in found] == [
        ({"Dragomir", "Virtanen"}, "held", "1984-05-03")
    ]


def test_a_name_with_an_office_of_a_body_after_it_is_a_person() -> None:
    """Read "a conversation with A, Chairman of the Council of Ministers": A is a person met."""
    text = (
        "Visit\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Yesterday President Aino Virtanen had a conversation with Nikolai Orlov, Chairman "
        "of the Council of Ministers, on questions of trade.\n"
    )
    (m,) = _parse(text)
    assert _people(m) == {"Virtanen", "Orlov"}
    assert _when(m) == "2026-02-10"


def test_a_title_starting_the_next_name_of_a_list_is_not_an_apposition() -> None:
    """Read "met Ana Rojas, President Luis Ortega and ...": the title is Ortega's alone."""
    text = (
        "Foreign Minister Tomas Quispe met Ana Rojas of Chile, President Luis Ortega and "
        "others on Tuesday. Rojas said little.\n"
    )
    titles = {m.actor.name: m.actor.title for m in mentions(Document(text=text))}
    assert titles["Luis Ortega"] == "President"
    assert titles["Ana Rojas"] is None


_WIRE: Final = (
    "LUSAKA, Aug 4, Reuter - Zambia's President Mwila Banda today received the "
    "Executive Secretary of the Southern African Development Community (S.A.D.C.), Tendai "
    "Moyo, who flew here from Lilongwe last night after talks there yesterday with Malawi's "
    "President Chifundo Phiri.\n"
)


def test_an_office_of_a_body_with_its_initials_before_the_name() -> None:
    """Read "received the Executive Secretary of the <Body> (<initials>), A": A is received."""
    found = diplomeet.parse(_WIRE, published=date(1983, 8, 4)).meetings
    received = [m for m in found if _people(m) == {"Banda", "Moyo"}]
    assert len(received) == 1
    assert (_when(received[0]), _place(received[0])) == ("1983-08-04", "Lusaka")


def test_talks_there_yesterday_with_are_held_in_the_city_named_before() -> None:
    """Read "B, who flew here from Lilongwe after talks there yesterday with A": in Lilongwe."""
    found = diplomeet.parse(_WIRE, published=date(1983, 8, 4)).meetings
    talks = [m for m in found if _people(m) == {"Moyo", "Phiri"}]
    assert len(talks) == 1
    assert (_when(talks[0]), _place(talks[0])) == ("1983-08-03", "Lilongwe")


def test_there_is_no_place() -> None:
    """Read "there were talks": "there" names no place."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "President Mwila Banda, back from Lilongwe, said there were talks with President "
        "Chifundo Phiri on Tuesday.\n"
    )
    found = _parse(text)
    assert all(_place(m) is None for m in found)


def test_a_relative_clause_between_two_subjects() -> None:
    """Read "A, who flies to B today, and C last saw each other in May, at ... in D"."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Secretary of State Laura Finch, who flies to Panama City today, and Foreign Minister "
        "Tomas Quispe last saw each other in November, at the regional trade meetings in "
        "Osaka, Japan.\n"
    )
    found = _parse(text, date(1996, 2, 29))
    assert [(_people(m), _place(m)) for m in found] == [({"Finch", "Quispe"}, "Osaka")]


def test_a_date_of_a_topic_after_a_participle_with_to() -> None:
    """Read "discussed the loans extended to Peru in 1995": the loans' year, not the talks'."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Secretary of State Laura Finch met President Tomas Quispe on Wednesday evening.\n\n"
        "The two discussed the currency's recovery and the loans extended to Peru in 1995.\n"
    )
    found = _parse(text, date(1996, 2, 29))
    assert [_when(m) for m in found] == ["1996-02-28"]


def test_the_lankan_minister_is_a_description_not_a_name() -> None:
    """South Asian papers' "the Lankan minister" is Sri Lanka's minister told before."""
    text = (
        "Talks\n\n"
        "NEW DELHI: Sri Lankan foreign minister Nimal Perera began his first visit to India, "
        "meeting officials on Wednesday.\n\n"
        "Officials from both sides attended the closing session of the forum.\n\n"
        "The Lankan minister last met external affairs minister Arjun Menon on the sidelines "
        "of a regional meeting in Bangkok in July 2025.\n"
    )
    found = _parse(text)
    assert [(_people(m), _place(m)) for m in found] == [({"Perera", "Menon"}, "Bangkok")]


def test_agreed_that_a_body_would_meet_is_no_meeting_of_the_sides() -> None:
    """Read "The two ministers agreed that the working group would meet": the group meets."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Foreign Minister Nimal Perera held talks with Foreign Minister Arjun Menon on "
        "Wednesday.\n\n"
        "The two ministers agreed that the joint working group on fisheries would meet in "
        "Colombo on March 3, officials said.\n"
    )
    found = _parse(text)
    assert [m.status for m in found] == ["held"]


def test_said_that_a_person_would_meet_takes_that_person() -> None:
    """Read "A said that B would meet C": B and C meet, not A."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Spokesman Ravi Kapoor said that Foreign Minister Nimal Perera would meet President "
        "Arjun Menon on Friday.\n"
    )
    (m,) = _parse(text)
    assert _people(m) == {"Perera", "Menon"}


def test_a_visit_whose_talks_a_when_clause_tells_has_no_country_host() -> None:
    """Read "A visited Colombo in April, when he held talks with B": one meeting, A and B."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Prime Minister Arjun Menon visited Colombo in April last year, when he held talks "
        "with President Nimal Perera.\n"
    )
    found = _parse(text)
    assert [(_people(m), _place(m)) for m in found] == [({"Menon", "Perera"}, "Colombo")]


def test_a_visit_to_a_capital_alone_still_meets_its_host() -> None:
    """Without a clause of talks after it, a visit to a capital is a meeting with its host."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Prime Minister Arjun Menon visited Colombo in April last year.\n"
    )
    (m,) = _parse(text)
    assert {a.name for a in m.participants} == {"Arjun Menon", "Sri Lanka"}


def test_the_head_of_the_other_side_named_in_the_next_sentence() -> None:
    """Read "A raised it at consultations with Peru. B led his country's side": A met B."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Meanwhile, Foreign Secretary Ana Lopes raised the incidents at the third round of "
        "bilateral political consultations with Peru in Lima yesterday. Peru's Deputy Foreign "
        "Minister Tomas Quispe led his country's side.\n"
    )
    (m,) = _parse(text)
    assert _people(m) == {"Lopes", "Quispe"}
    assert (_when(m), _place(m)) == ("2026-02-10", "Lima")


def test_a_sentence_led_by_no_side_adds_nobody() -> None:
    """Read "B led the protest": no head of a side, no meeting."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Foreign Secretary Ana Lopes raised the incidents at the third round of bilateral "
        "political consultations with Peru in Lima yesterday. Senator Tomas Quispe led the "
        "protest outside.\n"
    )
    assert _parse(text) == ()


def test_a_country_s_possessive_and_a_word_before_the_office() -> None:
    """Read "call on Peru's Union Minister for Foreign Affairs A today": A is called on."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Foreign Secretary Ana Lopes arrived in the country on Monday.\n\n"
        "Lopes is scheduled to call on Peru's Union Minister for Foreign Affairs Tomas Quispe "
        "today before returning home tomorrow.\n"
    )
    (m,) = _parse(text)
    assert _people(m) == {"Lopes", "Quispe"}
    assert (m.status, _when(m)) == ("planned", "2026-02-11")


_WEIMAR: Final = (
    "Trio vows unity after drone incursion\n\n"
    "Foreign ministers of Spain, Italy and Portugal met in Madrid hours after the drone was "
    "shot down over Spanish territory.\n\n"
    "By Ana Serrano\n\n"
    "MADRID - The foreign ministers of Spain, Italy and Portugal pledged on Tuesday to speed "
    "up deliveries of air defences to the southern flank.\n\n"
    "Spain's Lucia Ferrer hosted her Italian and Portuguese counterparts, Marco Bellini and "
    "Rui Costa, at the Foreign Ministry for a meeting that had been planned weeks ago to "
    "prepare for next month's European Council.\n\n"
    "Prime Minister Pablo Ibarra spoke by phone with Secretary General Jonas Berg shortly "
    "after 6 a.m., a spokesman said.\n"
)


def test_a_standfirst_before_the_dateline_is_no_part_of_the_lede() -> None:
    """The lede starts at "MADRID - ...": a meeting told next is on its day, in its city."""
    found = diplomeet.parse(_WEIMAR, published=date(2025, 9, 9)).meetings
    (hosted,) = [m for m in found if len(m.participants) == 3]
    assert (_when(hosted), _place(hosted)) == ("2025-09-09", "Madrid")


def test_a_date_after_to_prepare_for_is_the_other_event_s() -> None:
    """Read "a meeting planned to prepare for next month's council": not next month."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "President Ana Rojas hosted President Luis Ortega on Monday to prepare for next "
        "month's regional summit.\n"
    )
    (m,) = _parse(text)
    assert _when(m) == "2026-02-09"


def test_a_call_at_a_time_of_day_is_dated_by_its_day() -> None:
    """Read "spoke by phone with A shortly after 6 a.m.": the meeting's date is the day."""
    found = diplomeet.parse(_WEIMAR, published=date(2025, 9, 9)).meetings
    (call,) = [m for m in found if _people(m) == {"Ibarra", "Berg"}]
    assert _when(call) == "2025-09-09"


def test_a_meeting_agreed_at_a_summit_is_not_the_talks_held_today() -> None:
    """A standfirst's "agreed to meet at the summit" stays planned beside today's call."""
    text = (
        "Presidents discuss border in phone call\n\n"
        "Kask and Ozols agreed to meet on the sidelines of the regional summit in Riga\n\n"
        "TALLINN, Oct 20 - Estonian President Mart Kask held a telephone conversation with "
        "Latvian President Janis Ozols on Friday, his office said.\n\n"
        '"The leaders exchanged views on the situation on the border," the office said.\n\n'
        "They agreed to hold a full meeting on the sidelines of the regional summit in Riga "
        "in late December.\n"
    )
    found = diplomeet.parse(text, published=date(2023, 10, 20)).meetings
    statuses = sorted((m.status, _when(m)) for m in found)
    assert statuses == [("held", "2023-10-20"), ("planned", "2023-12")]


def test_a_body_ending_a_paragraph_takes_no_title_of_the_next() -> None:
    """Read "European Council.<blank line>Prime Minister A": A's mention starts at his title."""
    text = (
        "They met to prepare for next month's European Council.\n\n"
        "Prime Minister Pablo Ibarra spoke by phone. Kremlin spokesman Ivan Orlov said so.\n"
    )
    spans = {m.actor.name: text[m.start : m.end] for m in mentions(Document(text=text))}
    assert spans["Pablo Ibarra"] == "Prime Minister Pablo Ibarra"
    assert spans["Ivan Orlov"] == "Kremlin spokesman Ivan Orlov"


def test_a_cancelled_meeting_takes_the_day_of_its_relative_clause() -> None:
    """Read "A meeting of A and B, which diplomats had expected the same day, was called off"."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Foreign Minister Ana Lopes met Foreign Minister Joseph Mwangi on Monday.\n\n"
        "A meeting between Lopes and Foreign Minister Tomas Quispe, which diplomats had "
        "expected to take place the same day, was called off at the last minute.\n"
    )
    found = _parse(text)
    (m,) = [m for m in found if _people(m) == {"Lopes", "Quispe"}]
    assert (m.status, _when(m)) == ("cancelled", "2026-02-09")


def test_days_later_counts_from_the_visit_before_not_from_a_call() -> None:
    """Read "He had also been due to fly on to B two days later": two days after the visit."""
    text = (
        "Visit off\n\n"
        "Prime Minister Sami Tuilagi has cancelled a planned visit to Apia, where he was due "
        "to meet Prime Minister Ana Leota on Friday.\n\n"
        "A spokeswoman said the two leaders had instead spoken by phone on Monday evening.\n\n"
        "He had also been due to fly on to Suva two days later for talks with Prime Minister "
        "Jone Vula; that visit has been postponed as well.\n"
    )
    found = diplomeet.parse(text, published=date(2023, 4, 5)).meetings
    (later,) = [m for m in found if _people(m) == {"Tuilagi", "Vula"}]
    assert _when(later) == "2023-04-09"


def test_a_port_named_after_its_country_is_a_place() -> None:
    """Read "will travel to Port Sudan next week to meet A": the place is the port."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Envoy Ian Marsh will travel to Port Sudan next week to meet General Omar Hadi.\n"
    )
    (m,) = _parse(text)
    assert m.place is not None
    assert (m.place.name, m.place.country) == ("Port Sudan", "SD")


def test_told_after_a_long_clause_is_no_face_to_face_statement() -> None:
    """Read "A is expected to travel to Port Sudan next week ..., sources told B": no meeting."""
    text = (
        "Talks\n\nOfficials from both sides attended the closing session of the forum.\n\n"
        "Envoy Ian Marsh is expected to travel to Port Sudan next week to deliver a written "
        "message from the president to General Omar Hadi, diplomatic sources told Reporter "
        "Jane Doyle.\n"
    )
    assert [_people(m) for m in _parse(text)] == [{"Marsh", "Hadi"}]
