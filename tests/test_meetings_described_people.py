"""
People told by a description, a relative "with whom", and a week before "with".

Wire copy names a person once and then describes them: "the visiting minister", "the
Jordanian monarch", "Kenya's trade minister"; it tells a meeting in a relative clause ("a
message from President A, with whom the king met Monday") and dates it before "with" ("met
this week with A").
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from conftest import meetings_read

_DAY = date(2025, 9, 17)


def _meetings(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return meetings_read(text, _DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Foreign Minister Chen Bo of China arrived in Lusaka on Monday. The visiting "
                "minister met President Mwila Banda on Tuesday."
            ),
            ("Chen Bo", "Mwila Banda"),
        ),
        (
            (
                "King Faisal of Jordan flew to Cairo on Sunday. The Jordanian monarch held talks "
                "with President Adel Mansour on Monday."
            ),
            ("Faisal", "Adel Mansour"),
        ),
        (
            (
                "Trade Minister Peter Njoroge of Kenya was hurt in the blast. Ambassador Ruth "
                "Ellery finished her work on Wednesday, meeting with Kenya's trade minister."
            ),
            ("Ruth Ellery", "Peter Njoroge"),
        ),
    ],
)
def test_a_person_described_after_being_named_is_met(text: str, expected: tuple[str, ...]) -> None:
    """A description after the name ("the visiting minister", "Kenya's trade minister")."""
    assert _meetings(text) == [("held", expected)]


def test_a_country_s_office_is_no_one_of_another_country() -> None:
    """A country's office ("Samoa's Prime Minister") is no one of another country."""
    text = (
        "Prime Minister Sione Tupou of Tonga opened the forum in Nuku'alofa on Tuesday. "
        "Foreign Minister Holly Grant of New Zealand leaves for Apia on Thursday, where she "
        "will meet Samoa's Prime Minister."
    )
    assert all("Sione Tupou" not in people for _, people in _meetings(text))


@pytest.mark.parametrize(
    "text",
    [
        (
            "King Faisal of Jordan was carrying a message from President Adel Mansour of "
            "Egypt, with whom the king met on Monday in Amman."
        ),
        (
            "Foreign Minister Ivo Brandt thanked President Adel Mansour of Egypt, with whom he "
            "held talks on Tuesday."
        ),
    ],
)
def test_a_meeting_told_by_with_whom_meets_the_person_before_it(text: str) -> None:
    """The person named before "with whom the king met" is met."""
    assert [people for _, people in _meetings(text) if "Adel Mansour" in people]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Chen Bo met this week with President Mwila Banda in Lusaka.",
        "Foreign Minister Chen Bo met earlier this week with President Mwila Banda in Lusaka.",
    ],
)
def test_this_week_before_with_dates_the_meeting(text: str) -> None:
    """A week told before "with" ("met this week with A") dates the meeting."""
    article = diplomeet.parse(text, published=_DAY)
    assert [
        (tuple(p.name for p in m.participants), m.when.value if m.when else None)
        for m in article.meetings
    ] == [(("Chen Bo", "Mwila Banda"), "2025-W38")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                '"I had a very good meeting with President Rosa Quispe this morning," Foreign '
                "Minister Ivo Brandt told reporters in Lima."
            ),
            ("held", ("Ivo Brandt", "Rosa Quispe")),
        ),
        (
            '"My talks with President Rosa Quispe were frank," said Foreign Minister Ivo Brandt.',
            ("held", ("Ivo Brandt", "Rosa Quispe")),
        ),
        (
            '"I will meet President Rosa Quispe next week," Foreign Minister Ivo Brandt said.',
            ("planned", ("Ivo Brandt", "Rosa Quispe")),
        ),
        (
            (
                "Emerging from a 45-minute meeting with President Rosa Quispe, Foreign "
                "Minister Ivo Brandt said the talks had gone well."
            ),
            ("held", ("Ivo Brandt", "Rosa Quispe")),
        ),
    ],
)
def test_a_meeting_told_by_its_speaker_is_the_speaker_s(
    text: str, expected: tuple[str, tuple[str, ...]]
) -> None:
    """'"I met A," B said', '"My talks with A ...," said B', "Emerging from a meeting with A, B"."""
    assert _meetings(text) == [expected]


def test_a_quote_s_you_is_not_its_speaker() -> None:
    """'"You met with A," B said': not B's meeting."""
    assert (
        _meetings('"You met with President Rosa Quispe," Foreign Minister Ivo Brandt said.') == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Foreign Minister Santiago Ferreyra met Foreign Minister Salvador Pujol in Rome on "
                "Monday."
            ),
            ("Santiago Ferreyra", "Salvador Pujol"),
        ),
        (
            (
                "Assistant Secretary Victoria Hallam met President Sofia Dragneva in Skopje on "
                "Monday."
            ),
            ("Victoria Hallam", "Sofia Dragneva"),
        ),
    ],
)
def test_a_given_name_a_city_bears_opens_a_name_after_an_office(
    text: str, expected: tuple[str, ...]
) -> None:
    """After an office a city's name that is a given name opens a name ("Santiago A")."""
    assert _meetings(text) == [("held", expected)]


def test_a_city_before_a_place_word_stays_a_place() -> None:
    """A city before a place word ("in Sydney Harbour") stays a place, no one's name."""
    article = diplomeet.parse(
        "Minister Ana Ruiz met President Ivo Brandt in Sydney Harbour on Monday. The Paris "
        "Agreement came up.",
        published=_DAY,
    )
    assert [a.name for m in article.meetings for a in m.participants] == ["Ana Ruiz", "Ivo Brandt"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "President Omar Rashid of Iraq stayed in Baghdad. King Rashid of Jordan flew to "
            "Washington on Tuesday. The king met President Anne Holt on Thursday."
        ),
        (
            "King Rashid of Jordan flew to Washington on Tuesday. Iraq's Omar Rashid stayed in "
            "Baghdad. The monarch met President Anne Holt on Thursday."
        ),
    ],
)
def test_a_monarch_s_one_name_is_no_one_s_surname(text: str) -> None:
    """A king known by one name and a president of that surname are two people."""
    assert _meetings(text) == [("held", ("Rashid", "Anne Holt"))]


@pytest.mark.parametrize(
    "text",
    [
        "Santiago Ferreyra said on Monday that he had met President Anne Holt in Lima.",
        "Sofia Dragneva, the foreign minister, met President Anne Holt in Skopje on Monday.",
    ],
)
def test_a_given_name_a_city_bears_opens_a_name_before_a_verb_or_office(text: str) -> None:
    """With no office before it, "Santiago A said", "Sofia B, the minister," are people too."""
    people = [name for _, names in _meetings(text) for name in names]
    assert "Anne Holt" in people
    assert people[0] in {"Santiago Ferreyra", "Sofia Dragneva"}
