"""
An organ of a body between the body and its head's title: "Hamas political bureau chief A".

Sentences written here, with invented people.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

PUB = date(2024, 4, 18)  # a Thursday


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Egypt's intelligence chief, Hassan Rashwani, met Hamas political bureau chief"
                " Jalil Mutaqi in Doha on Monday."
            ),
            ("Hassan Rashwani", "Jalil Mutaqi"),
        ),
        (
            (
                "Turkish Foreign Minister Kemal Aksoyer received Hamas politburo chief Omar"
                " Zaytouni in Ankara on Tuesday."
            ),
            ("Kemal Aksoyer", "Omar Zaytouni"),
        ),
        (
            (
                "The Qatari prime minister, Sheikh Hamad Al-Mahmoudi, held talks with Hamas"
                " political chief Yahya Sinwari in Doha on Wednesday."
            ),
            ("Hamad Al-Mahmoudi", "Yahya Sinwari"),
        ),
    ],
)
def test_head_of_an_organ_met(text: str, pair: tuple[str, str]) -> None:
    """The head named after the body and its organ is the one met."""
    art = diplomeet.parse(text, published=PUB)
    assert [tuple(p.name for p in m.participants) for m in art.meetings] == [pair]


def test_organ_alone_names_no_one() -> None:
    """'the Hamas political bureau said' is the body, not a person."""
    text = "The Hamas political bureau said on Monday that it would send a delegation to Cairo."
    art = diplomeet.parse(text, published=PUB)
    assert not art.meetings
