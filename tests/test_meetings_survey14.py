"""Meetings as outlets of many regions tell them, from a survey of our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_PUBLISHED = date(2023, 5, 20)  # a Saturday


def _read(text: str) -> list[tuple[str, tuple[str, ...], str | None, str | None]]:
    """Each meeting's status, people, place name and date value."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    return [
        (
            m.status,
            tuple(p.name for p in m.participants),
            m.place.name if m.place else None,
            m.when.value if m.when else None,
        )
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "President Ana Petrovic and visiting Indian Prime Minister Ravi Mehra held "
                "talks in Belgrade on Monday."
            ),
            ("Ana Petrovic", "Ravi Mehra"),
        ),
        (
            (
                "Foreign Minister Dipak Thapa and visiting Chinese State Councillor Zhou Lin "
                "co-chaired the joint consultation mechanism on Wednesday."
            ),
            ("Dipak Thapa", "Zhou Lin"),
        ),
    ],
)
def test_a_guest_called_visiting_without_an_article_is_joined_to_the_subject(
    text: str, people: tuple[str, ...]
) -> None:
    """In "A and visiting Indian Prime Minister B held talks", B is one of the pair."""
    found = _read(text)
    assert [f[1] for f in found] == [people]
    assert found[0][0] == "held"


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            (
                "Minister Nomvula Sithole met with a delegation from the European Union led by "
                "Commissioner Hans Vermeulen in Pretoria on Wednesday."
            ),
            "Hans Vermeulen",
        ),
        (
            (
                "Foreign Minister Liv Haugen held talks with EU Trade Commissioner Marta Olsen in "
                "Oslo on Monday."
            ),
            "Marta Olsen",
        ),
        (
            "Minister Nomvula Sithole met Commissioner Pieter de Graaf on Thursday.",
            "Pieter de Graaf",
        ),
    ],
)
def test_a_commissioner_is_a_titled_person(text: str, guest: str) -> None:
    """A commission's member ("Commissioner A", "EU Trade Commissioner B") is a person met."""
    found = _read(text)
    assert len(found) == 1
    assert found[0][1][1] == guest


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Crown Prince Faisal bin Nasser received a phone call on Saturday from French "
                "President Paul Mercier."
            ),
            "2023-05-20",
        ),
        (
            (
                "President Kofi Mensah received a call yesterday from Ghanaian President Yaw "
                "Boateng."
            ),
            "2023-05-19",
        ),
    ],
)
def test_a_call_with_its_day_before_the_caller(text: str, when: str) -> None:
    """In "received a phone call on Saturday from A", the day stands before the caller."""
    found = _read(text)
    assert len(found) == 1
    assert len(found[0][1]) == 2
    assert found[0][3] == when


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "President Ana Petrovic met King Harald Stenberg in the King's private residence "
                "on Monday."
            ),
            None,
        ),
        (
            (
                "President Tomas Lund met Chairman Wei Dongsheng this afternoon in the Chairman's "
                "study for an hour of talks."
            ),
            None,
        ),
        (
            (
                "President Kofi Mensah met Sultan Khalid bin Omar in the Sultan's palace in Muscat "
                "on Monday."
            ),
            "Muscat",
        ),
    ],
)
def test_an_office_holders_house_is_no_town(text: str, place: str | None) -> None:
    """In "in the King's residence", "King" is no place the meeting was held in."""
    found = _read(text)
    assert len(found) == 1
    assert found[0][2] == place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "Foreign Minister AK Rahman Chowdhury today exchanged views with Japanese State "
                "Minister Kenji Morita."
            ),
            "AK Rahman Chowdhury",
        ),
        (
            (
                "External Affairs Minister SR Iyer held talks with his Nepali counterpart Dipak "
                "Thapa in Kathmandu on Monday."
            ),
            "SR Iyer",
        ),
        (
            "Minister of State MJ Qureshi called on President Kofi Mensah in Accra on Monday.",
            "MJ Qureshi",
        ),
    ],
)
def test_initials_without_stops_open_a_name(text: str, name: str) -> None:
    """South Asian papers write "Foreign Minister AK Rahman": the initials are the name's."""
    found = _read(text)
    assert len(found) == 1
    assert found[0][1][0] == name


def test_a_country_or_body_in_capitals_is_no_initials() -> None:
    """In "met US President A", the capitals are no part of a name."""
    found = _read("Prime Minister Tomas Lund met US President Dale Harmon on Monday.")
    assert [f[1] for f in found] == [("Tomas Lund", "Dale Harmon")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "BALI, Indonesia (AP) \u2014 U.S. President Dale Harmon met Chinese President Zhou "
                "Weiming for three hours on Thursday."
            ),
            "Bali",
        ),
        (
            (
                "NUSA DUA, Indonesia (AP) \u2014 U.S. President Dale Harmon met Chinese President "
                "Zhou Weiming on Thursday on the sidelines of the Group of 20 summit."
            ),
            "Nusa Dua",
        ),
        (
            (
                "GLASSBORO, N.J., May 19\u2014President Dale Harmon and Premier Ivan Sorokin met "
                "for five hours today."
            ),
            "Glassboro",
        ),
        (
            (
                "Dar es Salaam. President Juma Mwinyi yesterday hosted his Rwandan counterpart, Mr "
                "Eric Habineza, at State House."
            ),
            "Dar es Salaam",
        ),
    ],
)
def test_a_datelines_town_with_its_country_places_the_meeting(text: str, place: str) -> None:
    """A town no table knows ("BALI, Indonesia (AP) -") is placed by its dateline's country."""
    found = _read(text)
    assert len(found) == 1
    assert found[0][2] == place


def test_a_byline_in_capitals_is_no_dateline_town() -> None:
    """A byline in capitals ("KESSLER, HAROLD") has no country after it: no place."""
    text = (
        "KESSLER, HAROLD\n\nPresident Dale Harmon met Premier Ivan Sorokin for five hours on "
        "Thursday."
    )
    found = _read(text)
    assert len(found) == 1
    assert found[0][2] is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "TOMSK (Reuters) - President Ivan Sorokin met Kazakh President Nurlan Abenov on "
                "Thursday to discuss the pipeline."
            ),
            "Tomsk",
        ),
        (
            (
                "TOWNSVILLE, May 18 (AAP) - Foreign Minister Claire Whitlow held talks with her "
                "Indonesian counterpart Retna Sari on Thursday."
            ),
            "Townsville",
        ),
        (
            (
                "GLASGOW - British Prime Minister Owen Ridley met Indian Prime Minister Ravi "
                "Mehra on Thursday on the sidelines of the climate summit."
            ),
            "Glasgow",
        ),
    ],
)
def test_a_datelines_town_credited_to_an_agency_places_the_meeting(text: str, place: str) -> None:
    """A town in capitals before an agency's credit or a dash is the dateline's place."""
    found = _read(text)
    assert len(found) == 1
    assert found[0][2] == place


def test_a_story_label_in_capitals_is_no_town() -> None:
    """In "EXCLUSIVE (Reuters) -" the capitals label the story: no place."""
    text = "EXCLUSIVE (Reuters) - President Ivan Sorokin met President Nurlan Abenov on Thursday."
    found = _read(text)
    assert len(found) == 1
    assert found[0][2] is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "President Dale Harmon and President Ivan Sorokin began a two-day summit in "
                "Helsinki on Thursday."
            ),
            "2023-05-18",
        ),
        (
            (
                "President Dale Harmon and President Ivan Sorokin wrapped up their summit in "
                "Helsinki on Friday."
            ),
            "2023-05-19",
        ),
        (
            (
                "Prime Minister Ana Petrovic and Chancellor Greta Vogt ended their talks in "
                "Vienna on Monday without an agreement."
            ),
            "2023-05-15",
        ),
    ],
)
def test_a_summit_begun_or_ended_by_the_pair_is_their_meeting(text: str, when: str) -> None:
    """When "A and B began a two-day summit" (or "wrapped up their summit"), A and B met."""
    found = _read(text)
    assert len(found) == 1
    assert len(found[0][1]) == 2
    assert found[0][3] == when


def test_the_opening_of_a_session_of_a_body_is_no_meeting() -> None:
    """In "A ended the session of parliament" nobody is met."""
    assert _read("Speaker Juma Mwinyi ended the session of parliament on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "President Omar Wardak met army chief General Tariq Nadeem in Kabul on Wednesday.",
        (
            "President Omar Wardak met Pakistani Defence Minister Major General Tariq Nadeem "
            "in Kabul on Wednesday."
        ),
    ],
)
def test_a_rank_written_out_after_an_office_is_read_past(text: str) -> None:
    """In "army chief General A", the rank stands between the office and the name."""
    found = _read(text)
    assert [f[1] for f in found] == [("Omar Wardak", "Tariq Nadeem")]


def test_a_rank_after_a_style_stays_the_title() -> None:
    """In "His Excellency General A" the rank is A's title, not a word read past."""
    text = (
        "His Excellency General Amadou Sy, Minister of the Armed Forces, met President Kofi "
        "Mensah in Accra on Monday."
    )
    art = diplomeet.parse(text, published=_PUBLISHED)
    assert [(p.name, p.title) for p in art.meetings[0].participants] == [
        ("Amadou Sy", "General"),
        ("Kofi Mensah", "President"),
    ]


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        ("President Kofi Mensah met Emperor Hideo Sakamoto in Tokyo on Monday.", "Hideo Sakamoto"),
        (
            "President Kofi Mensah met Governor-General Ruth Carrick in Canberra on Monday.",
            "Ruth Carrick",
        ),
        (
            "President Kofi Mensah met Grand Duke Henri Weiler in Luxembourg on Monday.",
            "Henri Weiler",
        ),
        (
            "President Kofi Mensah called on Cardinal Pietro Valli at the Vatican on Monday.",
            "Pietro Valli",
        ),
        (
            "President Kofi Mensah met Grand Ayatollah Hassan Mousavi in Najaf on Monday.",
            "Hassan Mousavi",
        ),
    ],
)
def test_monarchs_viceroys_and_clerics_are_titled_people(text: str, guest: str) -> None:
    """An emperor, a governor-general or a cardinal ("Emperor A") is a person a visitor meets."""
    found = _read(text)
    assert [f[1] for f in found] == [("Kofi Mensah", guest)]


def test_a_first_lady_is_named_without_her_title() -> None:
    """In "First Lady A met Queen B", "Lady" is no part of A's name."""
    found = _read("First Lady Ama Owusu met Queen Sonja Lind in Oslo on Monday.")
    assert [f[1] for f in found] == [("Ama Owusu", "Sonja Lind")]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            (
                "ANKARA (AP) \u2014 Turkey's prime minister met with U.S. Vice President Tom "
                "Reardon in Ankara on Wednesday. Prime Minister Murat Kaplan told reporters "
                "after the meeting that the talks had been constructive."
            ),
            "Murat Kaplan",
        ),
        (
            (
                "The Turkish foreign minister met U.S. Secretary of State Dan Whitcombe in "
                "Ankara on Wednesday. Foreign Minister Kemal Aydin told reporters the talks had "
                "been useful."
            ),
            "Kemal Aydin",
        ),
        (
            (
                "Kenya's president held talks with Tanzanian President Juma Mwinyi in Arusha on "
                "Friday. President Daniel Omondi said afterwards that the border would reopen."
            ),
            "Daniel Omondi",
        ),
    ],
)
def test_an_office_named_before_its_holder_takes_the_holder_named_next(
    text: str, host: str
) -> None:
    """A lede's "Turkey's prime minister" is the "Prime Minister A" named just after it."""
    found = _read(text)
    assert len(found) == 1
    assert found[0][1][0] == host


def test_a_guest_described_before_being_named_is_the_guest_named_next() -> None:
    """In "A met the visiting Kenyan President. President B arrived", B is the guest."""
    text = (
        "Ethiopia's Prime Minister Dawit Alemu met the visiting Kenyan President on Wednesday. "
        "President Daniel Omondi arrived in Addis Ababa on Tuesday evening for a two-day visit."
    )
    found = _read(text)
    assert [f[1] for f in found] == [("Dawit Alemu", "Daniel Omondi")]


def test_a_described_guest_is_not_a_later_person_of_another_country() -> None:
    """The Kenyan minister met is not the Norwegian minister named after."""
    text = (
        "President Kofi Mensah met the Kenyan foreign minister on Monday. Foreign Minister "
        "Lena Haugland of Norway arrived on Tuesday."
    )
    assert all("Lena Haugland" not in f[1] for f in _read(text))
