"""
Statements of wordings found as classes on the development sample ``sample11b``.

The sample was written before reading the rules.  The class is tested on sentences written
here: a sentence opened by its place ("In Jakarta, the ministry's spokesperson, A, said ..."),
whose speaker is the person in apposition, not the capital read as its government.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "In Manila, the presidential palace's spokeswoman, Claire Dizon, said the"
                ' president was "deeply concerned."'
            ),
            "Claire Dizon",
        ),
        (
            (
                "From Ankara, the defence ministry's spokesman, Ali Karimi, told reporters the"
                ' strike was "a grave mistake."'
            ),
            "Ali Karimi",
        ),
        (
            'In Paris, the French foreign minister, Anne Leclerc, said the talks were "useful."',
            "Anne Leclerc",
        ),
    ],
)
def test_a_place_opening_the_sentence_is_not_the_speaker(text: str, speaker: str) -> None:
    """Read: "In Paris, the foreign minister, A, said": A speaks, not France."""
    art = diplomeet.parse(
        f"Ministers meet\n\nTalks went on.\n\n{text}", published=date(2026, 5, 14)
    )
    assert [s.speaker.name if s.speaker else None for s in art.statements] == [speaker]


def test_a_place_inside_the_subject_is_left_as_it_was() -> None:
    """Read: "A military spokesman in Lima, speaking on radio, called it '...'": kept."""
    art = diplomeet.parse(
        "Ministers meet\n\nPeru denied it. A military spokesman in Lima, speaking on state"
        ' radio, called the report "pure propaganda" and said troops had won.',
        published=date(2026, 5, 14),
    )
    assert [s.quote for s in art.statements] == ["pure propaganda"]
