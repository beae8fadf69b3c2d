"""
Meeting extraction on wordings from many outlets: calls, plans, cancellations, anaphora.

Every sentence here was written for these tests, in the manner of wire copy (AP, AFP,
Reuters, Xinhua, PTI, Yonhap, TASS, Anadolu) and government readouts, about invented people.
Each case names the participants' surnames, the status and the setting it must give; the
negative cases must give no meeting at all.
"""

from __future__ import annotations

from typing import Final

import pytest

from diplomeet._meetings import find_meetings
from extraction_helpers import doc_with_dates

_Case = tuple[str, set[str], str, str | None]


def _read(text: str) -> list[tuple[set[str], str, str | None]]:
    return [
        ({a.name.split()[-1] for a in m.participants}, m.status, m.setting)
        for m in find_meetings(doc_with_dates(text))
    ]


_CALLS: Final[list[_Case]] = [
    (
        (
            "Ghanaian President Kwame Asante spoke by phone with Brazilian President Lucia Ferraz "
            "on Wednesday, his office said."
        ),
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        (
            "Ghanaian President Kwame Asante and Brazilian President Lucia Ferraz spoke over the "
            "phone on Wednesday."
        ),
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        (
            "In a telephone call on Wednesday, Ghanaian President Kwame Asante and Brazilian "
            "President Lucia Ferraz discussed cocoa prices."
        ),
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        (
            "In a call with Brazilian President Lucia Ferraz, Ghanaian President Kwame Asante "
            "stressed the need for fair cocoa prices."
        ),
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        (
            "During a phone call, Ghanaian President Kwame Asante told Brazilian President Lucia "
            "Ferraz that Accra backed the plan."
        ),
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        (
            "Ghanaian President Kwame Asante phoned Brazilian President Lucia Ferraz to "
            "congratulate her on her election victory."
        ),
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        (
            "Ghanaian President Kwame Asante telephoned Brazilian President Lucia Ferraz late on "
            "Tuesday."
        ),
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        "Ghanaian President Kwame Asante dialled Brazilian President Lucia Ferraz after the vote.",
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        (
            "Ghanaian President Kwame Asante called Brazilian President Lucia Ferraz on Monday to "
            "discuss the crisis."
        ),
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        (
            "Ghanaian President Kwame Asante received a phone call from Brazilian President Lucia "
            "Ferraz, the presidency said."
        ),
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        "Ghanaian President Kwame Asante took a call from Brazilian President Lucia Ferraz.",
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        "Ghanaian President Kwame Asante made a phone call to Brazilian President Lucia Ferraz.",
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        "Ghanaian President Kwame Asante spoke with Brazilian President Lucia Ferraz by telephone.",
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        (
            "Ghanaian President Kwame Asante held a phone conversation with Brazilian President "
            "Lucia Ferraz."
        ),
        {"Asante", "Ferraz"},
        "held",
        "phone call",
    ),
    (
        "Ghanaian President Kwame Asante held a video call with Brazilian President Lucia Ferraz.",
        {"Asante", "Ferraz"},
        "held",
        "video call",
    ),
    (
        (
            "Ghanaian President Kwame Asante and Brazilian President Lucia Ferraz held a virtual "
            "meeting on climate finance."
        ),
        {"Asante", "Ferraz"},
        "held",
        "video call",
    ),
    (
        (
            "Ghanaian President Kwame Asante and Brazilian President Lucia Ferraz held a "
            "videoconference."
        ),
        {"Asante", "Ferraz"},
        "held",
        "video call",
    ),
    (
        (
            "Ghanaian President Kwame Asante will hold a phone call with Brazilian President Lucia "
            "Ferraz on Friday."
        ),
        {"Asante", "Ferraz"},
        "planned",
        "phone call",
    ),
]

_PLANS: Final[list[_Case]] = [
    (
        (
            "Thai Foreign Minister Somchai Wongsa is due to travel to Canberra next week, where "
            "he will meet Australian Foreign Minister Clare Whitfield."
        ),
        {"Wongsa", "Whitfield"},
        "planned",
        None,
    ),
    (
        (
            "Thai Foreign Minister Somchai Wongsa will call on Australian Prime Minister Clare "
            "Whitfield on Thursday."
        ),
        {"Wongsa", "Whitfield"},
        "planned",
        None,
    ),
    (
        (
            "Thai Prime Minister Somchai Wongsa is expected to be received by Australian Prime "
            "Minister Clare Whitfield at Parliament House."
        ),
        {"Wongsa", "Whitfield"},
        "planned",
        None,
    ),
    (
        (
            "Australian Prime Minister Clare Whitfield is set to host Thai Prime Minister Somchai "
            "Wongsa in Canberra on Thursday."
        ),
        {"Wongsa", "Whitfield"},
        "planned",
        None,
    ),
    (
        (
            "A meeting between Thai Prime Minister Somchai Wongsa and Australian Prime Minister "
            "Clare Whitfield is scheduled for Thursday."
        ),
        {"Wongsa", "Whitfield"},
        "planned",
        None,
    ),
    (
        (
            "Thai Prime Minister Somchai Wongsa heads to Canberra on Thursday for talks with "
            "Australian Prime Minister Clare Whitfield."
        ),
        {"Wongsa", "Whitfield"},
        "planned",
        None,
    ),
    (
        (
            "Thai Prime Minister Somchai Wongsa will be received by Australian Prime Minister "
            "Clare Whitfield on Thursday."
        ),
        {"Wongsa", "Whitfield"},
        "planned",
        None,
    ),
    (
        (
            "The upcoming talks between Thai Prime Minister Somchai Wongsa and Australian Prime "
            "Minister Clare Whitfield will focus on trade."
        ),
        {"Wongsa", "Whitfield"},
        "planned",
        None,
    ),
]

_CANCELLED: Final[list[_Case]] = [
    (
        (
            "A planned meeting between Czech President Tomas Novak and Chilean President Ines "
            "Araya was called off on Tuesday."
        ),
        {"Novak", "Araya"},
        "cancelled",
        None,
    ),
    (
        (
            "Talks between Czech President Tomas Novak and Chilean President Ines Araya have been "
            "put off."
        ),
        {"Novak", "Araya"},
        "cancelled",
        None,
    ),
    (
        "Czech President Tomas Novak has pulled out of talks with Chilean President Ines Araya.",
        {"Novak", "Araya"},
        "cancelled",
        None,
    ),
    (
        (
            "Czech President Tomas Novak cancelled his trip to Santiago, where he was to meet "
            "Chilean President Ines Araya."
        ),
        {"Novak", "Araya"},
        "cancelled",
        None,
    ),
]

_WORDINGS: Final[list[_Case]] = [
    (
        (
            "Egyptian Foreign Minister Nabil Farouk held consultations with Kazakh "
            "Foreign Minister "
            "Aigerim Nurlanova in Cairo."
        ),
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
    (
        (
            "Egyptian Foreign Minister Nabil Farouk exchanged views with Kazakh Foreign Minister "
            "Aigerim Nurlanova on regional issues."
        ),
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
    (
        (
            "Egyptian Foreign Minister Nabil Farouk and Kazakh Foreign Minister Aigerim Nurlanova "
            "exchanged views on regional issues."
        ),
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
    (
        (
            "Egyptian Foreign Minister Nabil Farouk had a tete-a-tete with Kazakh Foreign Minister "
            "Aigerim Nurlanova before the plenary."
        ),
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
    (
        (
            "Egyptian Foreign Minister Nabil Farouk huddled with Kazakh Foreign Minister Aigerim "
            "Nurlanova behind closed doors."
        ),
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
    (
        (
            "Kazakh Foreign Minister Aigerim Nurlanova paid a visit to Egyptian Foreign Minister "
            "Nabil Farouk at his residence."
        ),
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
    (
        (
            "Kazakh Foreign Minister Aigerim Nurlanova was received by Egyptian President Nabil "
            "Farouk at the presidential palace."
        ),
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
    (
        (
            "Kazakh Foreign Minister Aigerim Nurlanova was warmly welcomed by Egyptian Foreign "
            "Minister Nabil Farouk."
        ),
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
    (
        (
            "Egyptian Foreign Minister Nabil Farouk and Kazakh Foreign Minister Aigerim Nurlanova "
            "conferred for an hour."
        ),
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
    (
        "Egyptian President Nabil Farouk played host to Kazakh President Aigerim Nurlanova.",
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
    (
        (
            "Egyptian President Nabil Farouk granted an audience to Kazakh Foreign Minister "
            "Aigerim "
            "Nurlanova."
        ),
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
    (
        (
            "Egyptian President Nabil Farouk held a working lunch with Kazakh President Aigerim "
            "Nurlanova."
        ),
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
    (
        (
            "Egyptian President Nabil Farouk and Kazakh President Aigerim Nurlanova had a brief "
            "exchange at the summit dinner."
        ),
        {"Farouk", "Nurlanova"},
        "held",
        None,
    ),
]

_MORE: Final[list[_Case]] = [
    (
        "Croatian President Ivan Kovac greeted Zambian President Thabo Mulenga at the airport.",
        {"Kovac", "Mulenga"},
        "held",
        None,
    ),
    (
        "Croatian President Ivan Kovac met briefly with Zambian President Thabo Mulenga.",
        {"Kovac", "Mulenga"},
        "held",
        None,
    ),
    (
        "Croatian President Ivan Kovac met virtually with Zambian President Thabo Mulenga.",
        {"Kovac", "Mulenga"},
        "held",
        "video call",
    ),
    (
        (
            "Croatian President Ivan Kovac skipped a scheduled meeting with Zambian President "
            "Thabo Mulenga."
        ),
        {"Kovac", "Mulenga"},
        "cancelled",
        None,
    ),
]

_ANAPHORA: Final[list[_Case]] = [
    (
        (
            "Irish Prime Minister Sean Gallagher and Polish Prime Minister Marta Zielinska "
            "attended "
            "the forum. The two sides held consultations on energy."
        ),
        {"Gallagher", "Zielinska"},
        "held",
        None,
    ),
    (
        (
            "Irish Prime Minister Sean Gallagher and Polish Prime Minister Marta Zielinska "
            "attended "
            "the forum. Both sides exchanged views on energy."
        ),
        {"Gallagher", "Zielinska"},
        "held",
        None,
    ),
    (
        (
            "Irish Prime Minister Sean Gallagher and Polish Prime Minister Marta Zielinska "
            "attended "
            "the forum. The two premiers held talks on energy."
        ),
        {"Gallagher", "Zielinska"},
        "held",
        None,
    ),
    (
        (
            "Irish Prime Minister Sean Gallagher and Polish Prime Minister Marta Zielinska "
            "attended "
            "the forum. The pair held talks over lunch."
        ),
        {"Gallagher", "Zielinska"},
        "held",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "people", "status", "setting"),
    _CALLS + _PLANS + _CANCELLED + _WORDINGS + _MORE + _ANAPHORA,
)
def test_one_meeting_is_read(text: str, people: set[str], status: str, setting: str | None) -> None:
    """The sentence gives one meeting of these people, in this status and setting."""
    assert _read(text) == [(people, status, setting)]


@pytest.mark.parametrize(
    "text",
    [
        "Czech President Tomas Novak declined to meet Chilean President Ines Araya.",
        "Czech President Tomas Novak refused to take a call from Chilean President Ines Araya.",
        "Czech President Tomas Novak ruled out a meeting with Chilean President Ines Araya.",
        "Czech President Tomas Novak has no plans to meet Chilean President Ines Araya.",
        (
            "No meeting between Czech President Tomas Novak and Chilean President Ines Araya is "
            "planned, officials said."
        ),
        (
            "If Czech President Tomas Novak meets Chilean President Ines Araya, it would be the "
            "first such encounter in a decade."
        ),
        "It is unclear whether Czech President Tomas Novak will meet Chilean President Ines Araya.",
        "Czech President Tomas Novak called Chilean President Ines Araya a liar.",
        "Czech President Tomas Novak called on Chilean President Ines Araya to resign.",
        "Czech President Tomas Novak called for calm after Chilean President Ines Araya spoke.",
        (
            "Czech President Tomas Novak welcomed the call from Chilean President Ines Araya for "
            "a ceasefire."
        ),
        "Czech President Tomas Novak rejected a visit by Chilean President Ines Araya.",
    ],
)
def test_no_meeting_is_read(text: str) -> None:
    """Refusals, conditions, names and demands tell no meeting."""
    assert _read(text) == []


def test_call_and_plan_to_meet_in_person_are_two_meetings() -> None:
    """A call, then "agreed to meet in person": two records, a call and a plan."""
    text = (
        "Peruvian President Diego Salcedo and Moroccan King Idris Benali spoke by telephone. "
        "The two leaders agreed to meet in person in the near future."
    )
    assert _read(text) == [
        ({"Salcedo", "Benali"}, "held", "phone call"),
        ({"Salcedo", "Benali"}, "planned", None),
    ]


def test_anaphoric_retelling_merges_despite_topic_place() -> None:
    """A retelling by "the two ministers ... the situation in X" is not a second meeting."""
    text = (
        "Danish Foreign Minister Lars Holm received Nepali Foreign Minister Sita Karki in "
        "Copenhagen on Friday.\n"
        "The two ministers exchanged views on the situation in Kashmir."
    )
    [m] = find_meetings(doc_with_dates(text, {"on Friday": "2024-03-08"}))
    assert m.place is not None
    assert m.place.name == "Copenhagen"


def test_a_call_has_no_place() -> None:
    """A phone call made from a city has no meeting place."""
    text = (
        "Japanese Prime Minister Aiko Mori spoke by phone with Chilean President Ana Rojas "
        "on Monday from the prime minister's office in Tokyo."
    )
    [m] = find_meetings(doc_with_dates(text, {"on Monday": "2024-03-04"}))
    assert m.place is None
    assert m.setting == "phone call"
    assert m.when is not None
    assert m.when.value == "2024-03-04"


def test_a_noun_visit_is_not_the_subjects_meeting() -> None:
    """A noun "visit" ("the planned visit of a trade mission") adds no meeting."""
    text = (
        "Danish Foreign Minister Lars Holm received Nepali Foreign Minister Sita Karki in "
        "Copenhagen on Friday.\n"
        "The two ministers also discussed the planned visit of a trade mission to Aarhus."
    )
    meetings = find_meetings(doc_with_dates(text, {"on Friday": "2024-03-08"}))
    assert [m.status for m in meetings] == ["held"]
