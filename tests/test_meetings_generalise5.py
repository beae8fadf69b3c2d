"""
Meeting wordings from test articles written in new styles, one class a group.

Every sentence here was written for these tests, in the manner of wire copy, British
dailies, a Gulf state agency's readouts and a foreign ministry's meeting summaries, about
invented people.  The classes: a "since" date or a relative clause's date is not the
meeting's; "the two ministers also exchanged views on the situation in X" retells the
meeting (X and the dates of events inside the topic are not its place and day); "will fly
to X to see B"; "after their first formal summit in X"; "received at the ministry in X
today B"; "held a X-Y Foreign Ministers' Meeting with B" and family names in capitals.
"""

from __future__ import annotations

from datetime import date
from typing import Final

import diplomeet
from diplomeet.records import Meeting
from extraction_helpers import meeting_people as _people
from extraction_helpers import meeting_place as _place
from extraction_helpers import meeting_when as _when

_PUBLISHED: Final = date(2026, 2, 11)  # a Wednesday


def _parse(text: str, published: date = _PUBLISHED) -> tuple[Meeting, ...]:
    return diplomeet.parse(text, published=published).meetings


_LEDE: Final = (
    "Peru, Chile revive border commission\n\n"
    "LIMA, Feb 11 (Reuters) - Peruvian Foreign Minister Rodrigo Salinas and his Chilean "
    "counterpart Ignacio Vergara agreed on Wednesday to revive a commission that has not met "
    "since 2019, after three hours of talks at the Torre Tagle Palace.\n"
)


def test_a_since_date_in_a_relative_clause_is_not_the_meetings() -> None:
    """Read "agreed on Wednesday to revive a commission that has not met since 2019": Wednesday."""
    (m,) = _parse(_LEDE)
    assert _people(m) == {"Salinas", "Vergara"}
    assert (_when(m), _place(m)) == ("2026-02-11", "Lima")


def test_a_relative_clauses_date_after_the_meeting_word_gives_way() -> None:
    """Read "On Monday, A met B to revive a treaty which lapsed in 2019": Monday, not 2019."""
    text = (
        "Talks on treaty\n\nOn Monday, Kenyan Foreign Minister Peter Otieno met Ugandan "
        "Foreign Minister Grace Namutebi to revive a water treaty which lapsed in 2019.\n"
    )
    (m,) = _parse(text)
    assert _when(m) == "2026-02-09"


def test_a_retelling_with_also_keeps_one_meeting() -> None:
    """Read "The two ministers also exchanged views on the situation in the Sahel": same talks."""
    text = (
        _LEDE + "\nThe two ministers also exchanged views on the situation in the Sahel, "
        "including the attack on a military camp in northern Burkina Faso on March 2.\n"
    )
    (m,) = _parse(text)
    assert (_when(m), _place(m)) == ("2026-02-11", "Lima")


def test_the_date_of_an_event_discussed_is_not_the_meetings() -> None:
    """Read "discussed the situation in X, including the bombing of a market on March 2"."""
    text = (
        "Ministers meet\n\nKenyan Foreign Minister Peter Otieno met Ugandan Foreign Minister "
        "Grace Namutebi in Kampala on Tuesday. They discussed the crisis in Juba, including "
        "the bombing of a market near the river on February 2.\n"
    )
    (m,) = _parse(text)
    assert (_when(m), _place(m)) == ("2026-02-10", "Kampala")


def test_a_trip_to_see_an_official_is_a_planned_meeting() -> None:
    """Read "will fly to Paris Thursday to see the French Foreign Minister, B": planned, Paris."""
    text = (
        "Minister to visit France\n\n"
        "OTTAWA, Feb 11 - Canadian Foreign Minister Helen Tremblay will fly to Paris Thursday "
        "to see the French Foreign Minister, Jacques Morel, officials said.\n"
    )
    (m,) = _parse(text)
    assert _people(m) == {"Tremblay", "Morel"}
    assert (m.status, _when(m), _place(m)) == ("planned", "2026-02-12", "Paris")


def test_to_see_without_a_trip_is_no_meeting() -> None:
    """Read "wants to see Foreign Minister B resign": no trip, no meeting."""
    text = (
        "Opposition\n\nCanadian opposition leader Helen Tremblay said on Tuesday she wanted "
        "to see Foreign Minister Jacques Morel resign over the affair.\n"
    )
    assert _parse(text) == ()


_SUMMIT: Final = (
    "Leaders pledge energy cooperation\n\n"
    "The British prime minister, Alan Whitcombe, and the taoiseach, Ciaran Doyle, have pledged "
    "to deepen cooperation on energy after their first formal summit in Dublin since 2019.\n\n"
    "Speaking at Farmleigh House after three hours of talks, Whitcombe said the relationship "
    "between the two governments was in good shape.\n"
)


def test_a_pair_after_their_summit_held_it() -> None:
    """Read "A and B have pledged ... after their first formal summit in Dublin since 2019"."""
    (m,) = _parse(_SUMMIT)
    assert _people(m) == {"Whitcombe", "Doyle"}
    assert (m.status, _place(m)) == ("held", "Dublin")
    assert _when(m) == "2026-02-11"  # the news day of a lede in the present perfect


def test_after_their_summit_with_another_is_not_the_pairs() -> None:
    """Read "after their summit with B": the pair's own meeting words do not read it."""
    text = (
        "Ministers\n\nThe ministers of Chile and Peru, Ignacio Vergara and Rodrigo Salinas, "
        "have returned home after their summit with Bolivian President Luis Quispe in Sucre.\n"
    )
    for m in _parse(text):
        assert "Quispe" in _people(m)


_READOUT: Final = (
    "Foreign Minister receives Chadian counterpart\n\n"
    "Riyadh, February 11, 2026, SPA -- His Royal Highness Prince Khalid bin Saad, Minister of "
    "Foreign Affairs, received at the ministry's headquarters in Riyadh today Foreign "
    "Minister of the Republic of Chad Mahamat Abakar.\n\n"
    "During the meeting, they reviewed bilateral relations and ways to enhance them.\n\n"
    "Later, the Chadian minister met with Minister of State Adel al-Harbi in Jeddah.\n"
)


def test_received_with_a_place_and_day_before_the_object_is_a_meeting() -> None:
    """Read "received at the ministry's headquarters in Riyadh today Foreign Minister B"."""
    first, _ = _parse(_READOUT)
    assert _people(first) == {"Saad", "Abakar"}
    assert (first.status, _when(first), _place(first)) == ("held", "2026-02-11", "Riyadh")


def test_during_the_meeting_retells_it_and_later_is_the_same_day() -> None:
    """Read "During the meeting, they reviewed ..." (no new meeting) and "Later, B met C"."""
    first, later = _parse(_READOUT)
    assert _people(first) == {"Saad", "Abakar"}  # "During the meeting" made no third
    assert _people(later) == {"Abakar", "al-Harbi"}
    assert (_when(later), _place(later)) == ("2026-02-11", "Jeddah")


def test_later_with_a_date_of_its_own_keeps_it() -> None:
    """Read "Later, on Friday, B met C": Friday, not the day of the meeting before."""
    text = (
        "Visit\n\nKenyan Foreign Minister Peter Otieno met Ugandan Foreign Minister "
        "Grace Namutebi in Kampala on Monday.\n\nLater, on Friday, Otieno met with Tanzanian "
        "envoy Juma Mrisho in Arusha.\n"
    )
    last = _parse(text)[-1]
    assert _people(last) == {"Otieno", "Mrisho"}
    assert _when(last) == "2026-02-06"


_MOFA: Final = (
    "Japan-Ghana Foreign Ministers' Meeting\n\n"
    "On March 11, commencing at 4:30 p.m. for approximately 60 minutes, Mr. IWASAKI Kenji, "
    "Minister for Foreign Affairs of Japan, held a Japan-Ghana Foreign Ministers' Meeting "
    "with H.E. Mr. Kwame Asante-Boateng, Minister for Foreign Affairs and Regional "
    "Integration of the Republic of Ghana, who is visiting Japan. The overview is as "
    "follows.\n\n"
    "1. At the outset, Minister Iwasaki welcomed Minister Asante-Boateng to Japan.\n"
)


def test_a_foreign_ministers_meeting_held_with_b_is_their_meeting() -> None:
    """Read "Mr. IWASAKI Kenji ... held a Japan-Ghana Foreign Ministers' Meeting with B"."""
    (m,) = _parse(_MOFA, published=date(2026, 3, 11))
    assert {a.name for a in m.participants} == {"Kenji Iwasaki", "Kwame Asante-Boateng"}
    assert (m.status, _when(m)) == ("held", "2026-03-11")


def test_a_family_name_in_capitals_first_is_a_person() -> None:
    """Read "Mr. IWASAKI Kenji, Minister for Foreign Affairs of Japan": Kenji Iwasaki, JP."""
    doc = diplomeet.parse(_MOFA, published=date(2026, 3, 11))
    (first, *_) = doc.meetings[0].participants
    assert (first.name, first.kind, first.country) == ("Kenji Iwasaki", "person", "JP")
    assert first.title == "Minister for Foreign Affairs"


def test_capitals_not_a_family_name_stay_unread() -> None:
    """Read "Mr. NATO" or a run of capitals: no person is made of an acronym alone."""
    text = (
        "Talks\n\nKenyan Foreign Minister Peter Otieno met Ugandan Foreign Minister Grace "
        "Namutebi on Tuesday. Ms. ASEAN Summit Organisers were not present.\n"
    )
    (m,) = _parse(text)
    assert _people(m) == {"Otieno", "Namutebi"}


def test_the_two_ministers_also_discussed_a_city_and_an_event_retells_the_meeting() -> None:
    """Read "also discussed the situation in Khartoum ..., including the shelling on Feb 3"."""
    text = (
        "Ministers meet\n\nNAIROBI, Feb 11 - Kenyan Foreign Minister Peter Otieno met Ugandan "
        "Foreign Minister Grace Namutebi on Wednesday in Nairobi.\n\n"
        "The two ministers also discussed the situation in Khartoum and the fighting in Goma, "
        "including the shelling of a camp on February 3.\n"
    )
    (m,) = _parse(text)
    assert (_when(m), _place(m)) == ("2026-02-11", "Nairobi")
