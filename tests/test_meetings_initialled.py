"""Negotiators who initial a text meet to do it: "A and B initialled the accord in X"."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Kenyan Deputy Foreign Minister Amos Kiprono and Ugandan Deputy Foreign Minister Peter"
            " Okello initialed the accord at State House late Thursday."
        ),
        (
            "Kenyan Foreign Minister Amos Kiprono and his Ugandan counterpart Peter Okello"
            " initialled the draft treaty in Nairobi on Thursday."
        ),
        (
            "Kenya's Foreign Minister Amos Kiprono and Uganda's Foreign Minister Peter Okello"
            " initialled a border protocol in Kampala on Thursday."
        ),
    ],
)
def test_initialling_a_text_is_a_meeting(sentence: str) -> None:
    """The two who initial the text are the meeting's pair."""
    record = diplomeet.parse(
        "NAIROBI, Feb. 17 (AP) -- " + sentence + "\n", published=date(1995, 2, 17)
    )
    assert [sorted(p.name for p in m.participants) for m in record.meetings] == [
        ["Amos Kiprono", "Peter Okello"]
    ]


def test_initial_talks_alone_are_no_meeting() -> None:
    """'initial' as an adjective is no trigger."""
    record = diplomeet.parse(
        "NAIROBI - Kenyan Foreign Minister Amos Kiprono said initial contacts with Uganda had"
        " gone well.\n",
        published=date(1995, 2, 17),
    )
    assert record.meetings == ()
