"""The place named between a meeting word and "between", in our own sentences (13th session)."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _places(text: str, published: date) -> list[tuple[tuple[str, ...], str | None]]:
    """Each meeting's people and place name."""
    art = diplomeet.parse(text, published=published)
    return [
        (tuple(p.name for p in m.participants), m.place.name if m.place else None)
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("text", "published", "people", "place"),
    [
        (
            (
                "A meeting at Nioro between the Malian Minister of Defence, Amadou Keita "
                "Sangare, and his Senegalese counterpart, Ousmane Ndiaye Fall, which had been "
                "set for Friday, was called off at the last moment."
            ),
            date(1974, 6, 12),
            ("Amadou Keita Sangare", "Ousmane Ndiaye Fall"),
            "Nioro",
        ),
        (
            (
                "Talks at Trincomalee between the Sri Lankan Foreign Minister, Ranil Perera "
                "Jayasuriya, and India's envoy, Vikram Rao Menon, ended on Tuesday without a "
                "joint statement."
            ),
            date(1987, 9, 3),
            ("Ranil Perera Jayasuriya", "Vikram Rao Menon"),
            "Trincomalee",
        ),
        (
            (
                "The meeting at Tromso on Monday between the Norwegian Foreign Minister, "
                "Henrik Solberg Dahl, and the Russian Deputy Foreign Minister, Pavel Orlov "
                "Lebedev, was the first in two years."
            ),
            date(2009, 3, 4),
            ("Henrik Solberg Dahl", "Pavel Orlov Lebedev"),
            "Tromso",
        ),
    ],
)
def test_unlisted_town_before_between_is_the_place(
    text: str, published: date, people: tuple[str, ...], place: str
) -> None:
    """'A meeting at Nioro between A and B': a town no table lists is still the place."""
    assert _places(text, published) == [(people, place)]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Talks in March between the Malian Minister of Defence, Amadou Keita Sangare, and "
            "his Senegalese counterpart, Ousmane Ndiaye Fall, ended without agreement."
        ),
        (
            "A meeting on Friday between the Malian Minister of Defence, Amadou Keita Sangare, "
            "and his Senegalese counterpart, Ousmane Ndiaye Fall, was called off."
        ),
    ],
)
def test_month_or_day_before_between_is_no_place(text: str) -> None:
    """'Talks in March between A and B': a month or a day is no place."""
    assert [p for _, p in _places(text, date(1974, 6, 12))] == [None]


def _meetings(text: str) -> list[tuple[tuple[str, ...], str]]:
    """Each meeting's people and date value."""
    art = diplomeet.parse(text)
    return [
        (tuple(p.name for p in m.participants), m.when.value if m.when else "")
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("text", "people", "when"),
    [
        (
            (
                "CAIRO, May 4, 1971 - The Libyan Ambassador in Cairo, Omar Fadil Zawi, saw the "
                "Secretary-General of the Organisation of African Unity, Kwame Asante Boateng, "
                "this morning and handed him a protest."
            ),
            ("Omar Fadil Zawi", "Kwame Asante Boateng"),
            "1971-05-04",
        ),
        (
            (
                "LISBON, Feb 3, 1992 - The Angolan envoy, Jose Mavinga Tchiaka, saw the Defence "
                "Minister, Rui Almeida Sousa, on Tuesday."
            ),
            ("Jose Mavinga Tchiaka", "Rui Almeida Sousa"),
            "1992-01-28",
        ),
        (
            (
                "OTTAWA, March 2, 1999 - The Nigerian High Commissioner, Emeka Okafor Nwosu, saw "
                "the Director-General of the International Atomic Energy Agency, Lars Henning "
                "Berg, in Vienna on Monday."
            ),
            ("Emeka Okafor Nwosu", "Lars Henning Berg"),
            "1999-03-01",
        ),
    ],
)
def test_saw_a_minister_or_the_head_of_a_body(
    text: str, people: tuple[str, ...], when: str
) -> None:
    """'A saw the Defence Minister, B, on Tuesday': a call on any minister or a body's head."""
    assert _meetings(text) == [(people, when)]


@pytest.mark.parametrize(
    "text",
    [
        (
            "LISBON, Feb 3, 1992 - The Angolan envoy, Jose Mavinga Tchiaka, saw the Defence "
            "Minister, Rui Almeida Sousa, as an obstacle to the accord."
        ),
        (
            "LISBON, Feb 3, 1992 - The Angolan envoy, Jose Mavinga Tchiaka, saw the Defence "
            "Minister's remarks on Tuesday."
        ),
    ],
)
def test_saw_a_minister_as_or_his_words_is_no_meeting(text: str) -> None:
    """'saw the Defence Minister as an obstacle', 'saw the Minister's remarks': no meeting."""
    assert _meetings(text) == []


def _statuses(text: str) -> list[tuple[frozenset[str], str]]:
    """Each meeting's people (in any order) and status."""
    return [
        (frozenset(p.name for p in m.participants), m.status)
        for m in diplomeet.parse(text).meetings
    ]


@pytest.mark.parametrize(
    ("text", "owner", "other"),
    [
        (
            (
                "SUVA, 4 August 2015 - Prime Minister Tevita Lomani Raiwalui met New Zealand's "
                "Foreign Minister, Graham Ashby, on Monday. A scheduled meeting with the "
                "President of Kiribati, Taneti Koraua, did not proceed after President Koraua "
                "returned home early."
            ),
            "Tevita Lomani Raiwalui",
            "Taneti Koraua",
        ),
        (
            (
                "OSLO, 12 May 1996 - Foreign Minister Ingrid Havstad Moe held talks with her "
                "Latvian counterpart, Janis Ozolins, on Friday. The planned meeting with the "
                "Lithuanian Prime Minister, Algis Petrauskas, was cancelled because of the storm."
            ),
            "Ingrid Havstad Moe",
            "Algis Petrauskas",
        ),
        (
            (
                "QUITO, March 9, 1983 - President Hernan Salcedo Vera received the Peruvian "
                "envoy, Raul Mendiola, on Tuesday. A proposed meeting with the Colombian "
                "Foreign Minister, Julio Cardenas Rey, will not go ahead this week."
            ),
            "Hernan Salcedo Vera",
            "Julio Cardenas Rey",
        ),
    ],
)
def test_ownerless_scheduled_meeting_is_the_story_owners(text: str, owner: str, other: str) -> None:
    """'A met C. A scheduled meeting with B did not proceed': A's cancelled meeting with B."""
    assert (frozenset({owner, other}), "cancelled") in _statuses(text)


def test_ownerless_item_is_placed_where_its_owner_met() -> None:
    """The item is on its owner's programme: not in the town a reason clause names."""
    text = (
        "SUVA, 4 August 2015 - Prime Minister Tevita Lomani Raiwalui met New Zealand's Foreign "
        "Minister, Graham Ashby, in Suva on Monday. A scheduled meeting with the President of "
        "Kiribati, Taneti Koraua, did not proceed after President Koraua returned to Tarawa "
        "early."
    )
    item = [m for m in diplomeet.parse(text).meetings if m.status == "cancelled"]
    assert [
        (m.place.name if m.place else None, m.when.value if m.when else None) for m in item
    ] == [("Suva", "2015-08-03")]
