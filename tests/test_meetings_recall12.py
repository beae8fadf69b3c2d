"""
Meeting words told with more between them and their people, as real wire prose has them.

Each sentence is written for the test (invented people); the classes come from reading what
the parser missed in news stories outside any gold (wire, broadsheet and Wikinews prose).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_PUBLISHED = date(2021, 3, 10)


def _groups(text: str) -> set[frozenset[str]]:
    art = diplomeet.parse(text, published=_PUBLISHED)
    return {frozenset(p.name for p in m.participants) for m in art.meetings}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "President Nadia Firth has met previously with Chancellor Ingrid Vollmer.",
            {"Nadia Firth", "Ingrid Vollmer"},
        ),
        (
            "Foreign Minister Arjun Mehta met in the afternoon with Chinese President Xi Jinping.",
            {"Arjun Mehta", "Xi Jinping"},
        ),
        (
            "Defence Minister Olu Bakare met at the Kremlin with Russian President Vladimir Putin.",
            {"Olu Bakare", "Vladimir Putin"},
        ),
        (
            "Premier Hanna Sikora talked at length with Lithuanian President Gitanas Nauseda.",
            {"Hanna Sikora", "Gitanas Nauseda"},
        ),
        (
            "Prime Minister Kwame Asante met for the first time with President Maria Duarte.",
            {"Kwame Asante", "Maria Duarte"},
        ),
    ],
)
def test_met_with_an_adverbial_before_with(text: str, pair: set[str]) -> None:
    """Read: "met previously / in the afternoon / at the Kremlin / for the first time with B"."""
    assert frozenset(pair) in _groups(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "After talks in Ankara with President Recep Tayyip Erdogan, Foreign Minister Lars "
                "Berg said the two sides had agreed on a road map."
            ),
            {"Lars Berg", "Recep Tayyip Erdogan"},
        ),
        (
            (
                "After a two-hour meeting at his seaside home with King Faisal, President Tom "
                "Bradley said he had no hope of a withdrawal."
            ),
            {"Tom Bradley", "Faisal"},
        ),
        (
            (
                "Following consultations at the foreign ministry with Deputy Minister Sergei "
                "Volkov, Ambassador Petra Lind flew back to Vienna."
            ),
            {"Petra Lind", "Sergei Volkov"},
        ),
    ],
)
def test_lead_meeting_at_a_place_with(text: str, pair: set[str]) -> None:
    """Read: "After talks in Ankara with A, B said": the main clause's subject met A there."""
    assert frozenset(pair) in _groups(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "After touring the capital on Thursday and meeting with Interior Minister Daniel "
                "Otieno on Friday, FBI Director Mark Lyle said he was satisfied."
            ),
            {"Mark Lyle", "Daniel Otieno"},
        ),
        (
            (
                "While inspecting the new port and hosting President Maria Duarte for lunch, Prime "
                "Minister Kwame Asante announced a trade deal."
            ),
            {"Kwame Asante", "Maria Duarte"},
        ),
    ],
)
def test_meeting_as_second_participle_of_a_lead(text: str, pair: set[str]) -> None:
    """Read: "After touring X and meeting with A, B said": B met A."""
    assert frozenset(pair) in _groups(text)


def test_touring_and_speaking_to_reporters_is_no_meeting() -> None:
    """A second participle that is no meeting word adds nothing."""
    text = (
        "After touring the border crossing and speaking to reporters, Senator Ruth Ames "
        "left for Texas."
    )
    assert _groups(text) == set()
