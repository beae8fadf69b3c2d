"""
Meeting wordings learned from the failures of a retired blind set, one class a group.

Every sentence here was written for these tests, in the manner of wire copy, regional
dailies and government readouts, about invented people.  The classes: a time told between
the verb and "with" ("spoke this afternoon with", "conferred for two hours today with");
"will confer with" after "leaves Monday for London, where"; a call "during a video call
with"; an office "of" a body and a title before an honorific before the partner's name; a
title in a headline that does not run into the next paragraph's name; a group with its
members in apposition ("The two leaders, A and B, met"); a planned meeting and a held one
of the same people on other days kept apart; the next leg of a trip ("before flying to X")
that places no meeting.
"""

from __future__ import annotations

from datetime import date
from typing import Final

import pytest

import diplomeet
from diplomeet.records import Meeting

_PUBLISHED: Final = date(2025, 10, 7)  # a Tuesday
# A lede of two paragraphs that tells no meeting, so the sentences under test come after it.
_LEDE: Final = (
    "Regional trade ministers opened a two-day conference on fisheries and ports.\n\n"
    "Delegates from eleven countries attended the sessions held behind closed doors.\n\n"
)


def _meetings(text: str, published: date = _PUBLISHED) -> list[Meeting]:
    return list(diplomeet.parse(text, published=published).meetings)


def _people(m: Meeting) -> set[str]:
    return {a.name.split()[-1] for a in m.participants}


_TIMED_WITH: Final[list[str]] = [
    "Foreign Minister Karl Weber spoke this afternoon with Prime Minister Ana Lopes.",
    "Foreign Minister Karl Weber conferred for two hours today with Prime Minister Ana Lopes.",
    "Foreign Minister Karl Weber met for about an hour yesterday with Prime Minister Ana Lopes.",
]


@pytest.mark.parametrize("text", _TIMED_WITH)
def test_a_time_between_the_verb_and_with_keeps_the_partner(text: str) -> None:
    """Read "spoke this afternoon with A": the time between the verb and "with" is skipped."""
    (m,) = _meetings(_LEDE + text)
    assert _people(m) == {"Weber", "Lopes"}
    assert m.status == "held"


def test_will_confer_with_after_a_trip_is_planned_in_the_trip_s_city() -> None:
    """Read "leaves Monday for London, where he will confer with A": planned, in London."""
    text = (
        "Foreign Minister Karl Weber leaves Monday for London, where he will confer with "
        "British Foreign Secretary Sir Alec Penrose on trade."
    )
    (m,) = _meetings(_LEDE + text)
    assert _people(m) == {"Weber", "Penrose"}
    assert m.status == "planned"
    assert m.place is not None
    assert m.place.name == "London"
    assert m.when is not None
    assert m.when.value == "2025-10-13"


def test_a_video_call_after_during_names_its_partner() -> None:
    """Read "discussed X during a video call with the bloc's envoy, A": a video call with A."""
    text = (
        "Foreign Minister Karl Weber had also discussed the border during a video call with "
        "the bloc's chief negotiator, Minister Ana Lopes, on Friday."
    )
    (m,) = _meetings(_LEDE + text)
    assert _people(m) == {"Weber", "Lopes"}
    assert m.setting == "video call"
    assert m.when is not None
    assert m.when.value == "2025-10-03"


def test_an_office_of_a_capitalised_body_before_the_name() -> None:
    """Read "with Under-Secretary of State A": the office's body does not hide the partner."""
    text = (
        "Foreign Minister Karl Weber conferred on Monday with Under-Secretary of State "
        "Ana M. Lopes. Mrs. Lopes said the talks went well."
    )
    (m,) = _meetings(_LEDE + text)
    assert _people(m) == {"Weber", "Lopes"}


def test_a_headline_title_does_not_run_into_the_next_paragraph() -> None:
    """A readout's heading ending in a title is not the name of the first paragraph."""
    text = (
        "Telephone conversation between the President of the Republic and the Prime "
        "Minister of Ruritania\n\n"
        "The President of the Republic, Mr Paul Verne, spoke this morning with the Prime "
        "Minister of the Republic of Ruritania, Mr Otto Brand.\n\n"
        "The President of the Republic expressed his support for the talks under way."
    )
    (m,) = _meetings(text)
    assert _people(m) == {"Verne", "Brand"}
    assert m.when is not None
    assert m.when.value == "2025-10-07"


def test_a_group_with_its_members_in_apposition_is_those_members() -> None:
    """Read "The two heads of state, A and B, are to meet": A and B, not the last meeting's."""
    text = _LEDE + (
        "Foreign Minister Ana Lopes met President Karl Weber in Lisbon on Monday.\n\n"
        "Officials said the talks were frank and covered trade and fisheries.\n\n"
        "The two heads of state, Weber and Moroccan President Idris Tazi, are expected to "
        "meet in Rabat later this month.\n\n"
        "The two foreign ministers, Ana Lopes of Portugal and Sven Berg of Sweden, met in "
        "Oslo last week."
    )
    found = {frozenset(_people(m)): m for m in _meetings(text)}
    assert set(found) == {
        frozenset({"Lopes", "Weber"}),
        frozenset({"Weber", "Tazi"}),
        frozenset({"Lopes", "Berg"}),
    }
    assert found[frozenset({"Weber", "Tazi"})].status == "planned"


def test_a_held_call_and_a_planned_meeting_of_the_same_pair_stay_two() -> None:
    """A call on Thursday and a meeting planned for the month's end are two meetings."""
    text = (
        _LEDE + "Prime Minister Ana Lopes had spoken to the Moroccan Prime Minister, Idris "
        "Tazi, on Thursday night.\n\n"
        "Lopes and Tazi are expected to meet in Rabat at the end of the month."
    )
    found = sorted(_meetings(text), key=lambda m: m.status)
    assert [m.status for m in found] == ["held", "planned"]
    assert found[0].when is not None
    assert found[0].when.value == "2025-10-02"


def test_the_next_leg_of_a_trip_places_no_meeting() -> None:
    """Read "will call on A on Friday before flying to Manila": Manila is not the place."""
    text = (
        _LEDE + "Defense Minister Karl Weber is scheduled to call on Prime Minister Ana "
        "Lopes on Friday before flying to Manila."
    )
    (m,) = _meetings(text)
    assert m.status == "planned"
    assert m.place is None or m.place.name != "Manila"


def test_a_sea_is_no_meeting_place() -> None:
    """Shipping "in the Red Sea" told after talks does not place the talks at sea."""
    text = (
        "Lisbon, Mar 4 (PTI) Foreign Minister Ana Lopes on Tuesday held talks with her "
        "Moroccan counterpart Idris Tazi, focusing on the security of shipping in the "
        "Arabian Sea.\n\nThe talks at the palace came after a tanker was hit at sea."
    )
    (m,) = _meetings(text, date(2025, 3, 4))
    assert m.place is not None
    assert m.place.name == "Lisbon"


def test_a_district_named_before_its_city_places_the_city() -> None:
    """Read "at the ministry in Central Jakarta": the city, not its district."""
    text = _LEDE + (
        "Foreign Minister Ana Lopes met Prime Minister Idris Tazi at the Pancasila Building "
        "in Central Jakarta on Monday."
    )
    (m,) = _meetings(text)
    assert m.place is not None
    assert m.place.name == "Jakarta"


def test_a_byline_s_city_places_the_lede_meeting() -> None:
    """Read "From A, Northern Editor, in Belfast": the lede's meeting is in Belfast."""
    text = (
        "HOME NEWS\n\nTalks agree new steps on the border\n\n"
        "From JOHN REILLY, Northern Editor, in Belfast\n\n"
        "THE Minister for Foreign Affairs, Mr Liam Dowd, and the Northern Ireland "
        "Secretary, Mr Peter Hollis, agreed yesterday on new measures, at the fifth "
        "meeting of the intergovernmental conference.\n\n"
        "The two Ministers met for more than four hours at the castle."
    )
    (m,) = _meetings(text)
    assert _people(m) == {"Dowd", "Hollis"}
    assert m.place is not None
    assert m.place.name == "Belfast"


def test_his_peer_joins_the_subject() -> None:
    """Read "A and his Argentine peer B met": B is the subject too."""
    text = _LEDE + (
        "Chile's president Ramon Ibarra and his Argentine peer Javier Sola met on Monday in "
        "Valparaiso and agreed to relaunch talks on the pass."
    )
    (m,) = _meetings(text)
    assert _people(m) == {"Ibarra", "Sola"}


def test_the_two_ministers_are_no_president() -> None:
    """Read "The two ministers last met": the ministers, not the president met after them."""
    text = _LEDE + (
        "Foreign Minister Ana Lopes and her Moroccan counterpart Idris Tazi met in Lisbon on "
        "Tuesday.\n\n"
        "Tazi later paid a courtesy call on President Karl Weber at the palace.\n\n"
        "The two ministers last met in Rabat in September."
    )
    found = {frozenset(_people(m)): m for m in _meetings(text)}
    assert frozenset({"Tazi", "Weber"}) in found
    earlier = [m for m in _meetings(text) if m.when is not None and m.when.value == "2025-09"]
    assert [_people(m) for m in earlier] == [{"Lopes", "Tazi"}]


def test_their_next_trilateral_meeting_is_the_three_s_and_planned() -> None:
    """Read "agreed to hold their next trilateral meeting": the three ministers, planned."""
    text = _LEDE + (
        "Portugal's Ana Lopes, Spain's Luis Mora and Morocco's Idris Tazi held a trilateral "
        "meeting in Lisbon on Monday.\n\n"
        "Mora and Tazi were later received by Portuguese President Karl Weber.\n\n"
        "The ministers agreed to hold their next trilateral meeting in Rabat in February."
    )
    (nxt,) = [m for m in _meetings(text) if m.status == "planned"]
    assert _people(nxt) == {"Lopes", "Mora", "Tazi"}
    assert nxt.place is not None
    assert nxt.place.name == "Rabat"


def test_the_first_meeting_retold_by_a_group_takes_the_day_told_before_it() -> None:
    """Read "A and B agreed on Tuesday ... // The two leaders spoke by telephone": Tuesday."""
    text = (
        "Ministers to meet next Monday\n\n"
        "Prime Minister Ana Lopes and her Moroccan counterpart Idris Tazi agreed on Tuesday "
        "evening to settle a dispute along the coast through talks.\n\n"
        "The two leaders spoke by telephone for about 30 minutes, a spokesman said."
    )
    (m,) = _meetings(text, date(2025, 2, 19))
    assert m.when is not None
    assert m.when.value == "2025-02-18"


def test_a_meeting_planned_on_the_paper_s_own_weekday_is_that_day() -> None:
    """Read "is scheduled to call on A on Friday" in a Friday paper: that Friday."""
    text = _LEDE + (
        "Defense Minister Karl Weber is scheduled to call on Prime Minister Ana Lopes on "
        "Friday before flying home."
    )
    (m,) = _meetings(text, date(2025, 11, 14))
    assert m.when is not None
    assert m.when.value == "2025-11-14"


def test_a_call_planned_during_a_visit_is_in_the_visit_s_city() -> None:
    """A visit held in Hanoi on Thursday; "will call on C on Friday": in Hanoi too."""
    text = _LEDE + (
        "Defense Minister Karl Weber held talks with his counterpart, Gen. Le Van Tam, in "
        "Hanoi on Thursday.\n\n"
        "Weber is scheduled to call on Prime Minister Ana Lopes on Friday before flying to "
        "Manila."
    )
    planned = [m for m in _meetings(text, date(2025, 11, 14)) if m.status == "planned"]
    (m,) = planned
    assert m.place is not None
    assert m.place.name == "Hanoi"


def test_a_call_planned_a_week_after_a_visit_is_not_placed_by_it() -> None:
    """A meeting planned a week after the visit is no part of it: no place borrowed."""
    text = _LEDE + (
        "Defense Minister Karl Weber held talks with his counterpart, Gen. Le Van Tam, in "
        "Hanoi on Thursday.\n\n"
        "Weber will meet Prime Minister Ana Lopes on November 24."
    )
    planned = [m for m in _meetings(text, date(2025, 11, 14)) if m.status == "planned"]
    (m,) = planned
    assert m.place is None


def test_talks_told_after_the_main_clause_have_its_subject() -> None:
    """Read "A and B agreed on Tuesday to ..., during bilateral talks in Beijing": A and B."""
    text = _LEDE + (
        "Foreign Minister Ana Lopes and her Chinese counterpart Li Wenbo agreed on Tuesday to "
        "speed up work on the railway study, during bilateral talks at the state guesthouse "
        "in Beijing."
    )
    (m,) = _meetings(text, date(2025, 3, 26))
    assert _people(m) == {"Lopes", "Wenbo"}
    assert m.place is not None
    assert m.place.name == "Beijing"
    assert m.when is not None
    assert m.when.value == "2025-03-25"


def test_the_two_first_met_is_the_pair_named_last() -> None:
    """Read "his second meeting with B; the two first met in June in Singapore"."""
    text = _LEDE + (
        "Defense Minister Karl Weber held talks with his counterpart, Gen. Le Van Tam, in "
        "Hanoi on Thursday.\n\n"
        "Weber is scheduled to call on Prime Minister Ana Lopes on Friday. It is his second "
        "meeting with Tam this year; the two first met in June on the sidelines of a "
        "security forum in Singapore."
    )
    found = _meetings(text, date(2025, 11, 14))
    (june,) = [m for m in found if m.when is not None and m.when.value == "2025-06"]
    assert _people(june) == {"Weber", "Tam"}
    assert june.place is not None
    assert june.place.name == "Singapore"


def test_a_planned_trip_to_a_country_for_a_meeting_is_planned_there() -> None:
    """Read "is scheduled to travel to Chile in April for the annual leaders' meeting with A"."""
    text = _LEDE + (
        "President Karl Weber is scheduled to travel to Chile in April for the annual "
        "leaders' meeting with President Ana Lopes."
    )
    (m,) = _meetings(text)
    assert m.status == "planned"
    assert m.place is not None
    assert (m.place.name, m.place.country) == ("Chile", "CL")


def test_an_unknown_town_after_travel_to_is_the_planned_place() -> None:
    """Read "will travel to Port Aldren next Monday to meet A": the town is the place."""
    text = _LEDE + (
        "Defence Minister Karl Weber will travel to Port Aldren next Monday to meet "
        "Defence Minister Ana Lopes at a meeting of the border committee."
    )
    (m,) = _meetings(text)
    assert m.status == "planned"
    assert m.place is not None
    assert m.place.name == "Port Aldren"


def test_a_call_partner_after_an_office_of_a_named_body() -> None:
    """Read "a phone call with the chairman of Ruritania's Sovereign Council, General A"."""
    text = _LEDE + (
        "On Thursday, President Karl Weber held a phone call with the chairman of "
        "Ruritania's Sovereign Council, General Otto Brand, during which he condemned the "
        "attacks, a spokesman said."
    )
    (m,) = _meetings(text)
    assert _people(m) == {"Weber", "Brand"}
    assert m.setting == "phone call"


def test_a_name_in_apposition_to_an_office_is_a_person() -> None:
    """Read "the country's chief negotiator, Jana Lind," and "the bloc's top diplomat, A"."""
    for office in ("the country's chief negotiator", "the bloc's top diplomat"):
        text = _LEDE + (
            f"Foreign Minister Karl Weber met {office}, Jana Lind, on Friday in Lisbon."
        )
        (m,) = _meetings(text)
        assert _people(m) == {"Weber", "Lind"}, office


def test_a_readout_s_meeting_days_before_the_story_is_in_the_dateline_city() -> None:
    """Read "GENEVA, 29 January -- ... met on 27 January with A": held in Geneva."""
    text = (
        "29 January 2025\n\n"
        "GENEVA, 29 January -- The following readouts of meetings held by the High "
        "Commissioner Karl Weber were issued today by the Office of the Spokesperson.\n\n"
        "Meeting with Minister for Foreign Affairs of Ruritania\n\n"
        "The High Commissioner met on 27 January with H.E. Mr. Otto Brand, Minister for "
        "Foreign Affairs of Ruritania. They discussed the situation in the region."
    )
    (m,) = _meetings(text, date(2025, 1, 29))
    assert m.place is not None
    assert m.place.name == "Geneva"


def test_a_meeting_weeks_before_the_story_is_not_placed_by_the_dateline() -> None:
    """A meeting told with no place weeks before the story is not in the dateline city."""
    text = (
        "GENEVA, 29 January -- Officials said the talks on the border would resume soon "
        "after a pause of several weeks.\n\n"
        "Delegates from eleven countries attended the sessions held behind closed doors.\n\n"
        "High Commissioner Karl Weber met Foreign Minister Otto Brand on 2 January."
    )
    (m,) = _meetings(text, date(2025, 1, 29))
    assert m.place is None


def test_most_recently_gives_the_date_and_place_past_a_since_clause() -> None:
    """Read "has met A four times since taking office, most recently in Split last October"."""
    text = _LEDE + (
        "Prime Minister Karl Weber has met President Ana Lopes four times since taking "
        "office in late 2023, most recently in Split last October."
    )
    (m,) = _meetings(text, date(2025, 3, 20))
    assert m.when is not None
    assert m.when.value == "2024-10"
    assert m.place is not None
    assert m.place.name == "Split"


def test_his_counterpart_holds_his_office_for_a_group_of_leaders() -> None:
    """Read "the three leaders" after a president's counterpart and a minister's: the presidents."""
    text = _LEDE + (
        "President Karl Weber hosted his Chilean counterpart Ana Lopes at the palace in Lima "
        "on Friday.\n\n"
        "Foreign Minister Rosa Vidal and her Chilean counterpart Pedro Salas held a separate "
        "meeting at the ministry on Thursday evening.\n\n"
        "Weber also spoke with Bolivian President Luis Quispe in a phone call on Wednesday, "
        "and the three leaders will meet at a regional summit in Sucre in July."
    )
    (m,) = [m for m in _meetings(text, date(2024, 4, 20)) if m.status == "planned"]
    assert _people(m) == {"Weber", "Lopes", "Quispe"}


def test_a_planned_visit_to_a_capital_is_with_the_counterpart_met_before() -> None:
    """Read "A is scheduled to visit Lima in April" after A's call with Peru's B: with B."""
    text = _LEDE + (
        "Prime Minister Karl Weber spoke by telephone with his Peruvian counterpart Ana "
        "Lopes on Tuesday.\n\n"
        "Mr Weber is scheduled to visit Lima in April, in what will be his first trip there."
    )
    (m,) = [m for m in _meetings(text, date(2025, 2, 19)) if m.status == "planned"]
    assert _people(m) == {"Weber", "Lopes"}
    assert m.place is not None
    assert m.place.name == "Lima"


def test_a_visit_with_no_host_named_is_with_the_country() -> None:
    """Read "A visit to Lima by Foreign Minister A was called off": A and Peru."""
    text = _LEDE + (
        "A visit to Lima by Foreign Minister Karl Weber, scheduled for earlier this month, "
        "was called off at short notice."
    )
    (m,) = _meetings(text, date(2025, 6, 26))
    assert m.status == "cancelled"
    assert {(a.name, a.kind) for a in m.participants} == {
        ("Karl Weber", "person"),
        ("Peru", "country"),
    }


def test_a_visit_told_as_a_trip_s_purpose_is_no_meeting() -> None:
    """Read "arrived for a four-day visit to Peru": no meeting of its own."""
    text = _LEDE + "Prime Minister Karl Weber arrived on Tuesday for a four-day visit to Peru."
    assert _meetings(text, date(2025, 6, 26)) == []


def test_an_invitation_to_visit_is_a_planned_meeting_of_the_two() -> None:
    """Read "B invited A to visit Lima later this year": B and A, planned, in Lima."""
    text = _LEDE + (
        "Peruvian Foreign Minister Ana Lopes invited her Chilean counterpart Karl Weber to "
        "visit Lima later this year."
    )
    (m,) = _meetings(text)
    assert _people(m) == {"Weber", "Lopes"}
    assert m.status == "planned"
    assert m.place is not None
    assert m.place.name == "Lima"


def test_a_month_a_postponed_plan_was_for_lies_behind() -> None:
    """Read "had been planned for February but was postponed" in April: that February."""
    text = _LEDE + (
        "A visit to Lima by President Karl Weber had been planned for February but was "
        "postponed because of the budget debate."
    )
    (m,) = _meetings(text, date(2025, 4, 8))
    assert m.status == "cancelled"
    assert m.when is not None
    assert m.when.value == "2025-02"


def test_a_meeting_they_co_chaired_is_theirs_and_dated_by_its_clause() -> None:
    """Read "whose committee they co-chaired in Lima in October last year": held then."""
    text = _LEDE + (
        "Foreign Minister Karl Weber held talks with his Peruvian counterpart Ana Lopes in "
        "Quito on Tuesday.\n\n"
        "The ministry said the ministers reviewed progress under the partnership council, "
        "whose ministerial committee they co-chaired in Lima in October last year."
    )
    found = _meetings(text, date(2025, 3, 4))
    (m,) = [m for m in found if m.when is not None and m.when.value == "2024-10"]
    assert _people(m) == {"Weber", "Lopes"}
    assert m.place is not None
    assert m.place.name == "Lima"


def test_an_envoy_delivering_a_message_to_a_leader_meets_the_leader() -> None:
    """Read "is expected to travel to Lima next week to deliver a message from A to B"."""
    text = _LEDE + (
        "Foreign Minister Karl Weber is expected to travel to Lima next week to deliver a "
        "written message from President Rosa Vidal to President Ana Lopes."
    )
    (m,) = _meetings(text, date(2025, 5, 18))
    assert _people(m) == {"Weber", "Lopes"}
    assert m.status == "planned"


def test_a_leader_receiving_two_ministers_named_after_their_countries_is_one_meeting() -> None:
    """Read "received the visiting foreign ministers of Chile and Peru, A and B": three meet."""
    text = _LEDE + (
        "President Karl Weber on Monday received the visiting foreign ministers of Chile and "
        "Peru, Ana Lopes and Luis Mora, at the palace in Quito."
    )
    (m,) = _meetings(text, date(2025, 1, 10))
    assert _people(m) == {"Weber", "Lopes", "Mora"}
    assert m.when is not None
    assert m.when.value == "2025-01-06"


def test_a_day_between_received_and_the_guest() -> None:
    """Read "received on Saturday his Sudanese counterpart A at the palace in Cairo"."""
    text = _LEDE + (
        "Egypt's Foreign Minister Karl Weber received on Saturday his Sudanese counterpart "
        "Ana Lopes at the palace in Cairo."
    )
    (m,) = _meetings(text, date(2025, 1, 10))
    assert _people(m) == {"Weber", "Lopes"}
    assert m.when is not None
    assert m.when.value == "2025-01-04"


def test_a_named_gathering_s_which_clause_dates_and_places_the_plan() -> None:
    """Read "will host A at the Leaders' Retreat, which will be held in Lima on Jan 19"."""
    text = _LEDE + (
        "Prime Minister Karl Weber will host Prime Minister Ana Lopes at the annual Leaders' "
        "Retreat, which will be held in Lima on Jan 19."
    )
    (m,) = _meetings(text, date(2025, 1, 10))
    assert m.status == "planned"
    assert m.when is not None
    assert m.when.value == "2025-01-19"
    assert m.place is not None
    assert m.place.name == "Lima"


def test_a_host_alone_meets_the_delegation_heads_named_next() -> None:
    """Read "A hosted the session in Lima. The army's delegation was led by B, while ... C"."""
    text = _LEDE + (
        "Foreign Minister Karl Weber hosted the closed-door session at the palace in Lima on "
        "Wednesday. The army's delegation was led by Gen. Luis Mora, while the rebels sent "
        "Ana Lopes, a senior adviser to their commander."
    )
    (m,) = _meetings(text, date(2025, 3, 5))
    assert _people(m) == {"Weber", "Mora", "Lopes"}
    assert m.place is not None
    assert m.place.name == "Lima"


def test_a_host_alone_with_no_delegations_named_is_no_meeting() -> None:
    """Read "A hosted the session in Lima. Talks lasted six hours.": one person, no record."""
    text = _LEDE + (
        "Foreign Minister Karl Weber hosted the closed-door session at the palace in Lima on "
        "Wednesday. The talks lasted nearly six hours."
    )
    assert _meetings(text, date(2025, 3, 5)) == []


def test_a_nationality_description_takes_the_styled_counterpart() -> None:
    """
    "The Omani minister" after "his Omani counterpart Sayyid A" is A, not the host minister.

    The counterpart has a style, not an office; the host minister's country is not told, so
    the description must not give him the visitor's country and his meetings.
    """
    text = (
        "Foreign Minister Rajan Mehta on Tuesday held talks with his Omani counterpart Sayyid "
        "Badr bin Hamad Al Harthy on trade and shipping.\n\n"
        "The Omani minister later called on Prime Minister Arjun Rao."
    )
    meetings = _meetings(text)
    assert [_people(m) for m in meetings] == [{"Mehta", "Harthy"}, {"Harthy", "Rao"}]
    mehta = next(a for a in meetings[0].participants if a.name.endswith("Mehta"))
    assert mehta.country is None
