"""A statement made at a dated meeting takes the meeting's date (sentences written here)."""

from __future__ import annotations

from datetime import date

import diplomeet

PUBLISHED = date(2024, 5, 10)  # a Friday


def test_a_statement_at_the_talks_takes_the_date_of_the_talks() -> None:
    """'At the talks, X said': the talks of the paragraph's earlier sentence dated it."""
    text = (
        "Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister Luis Salas in Lima"
        ' on Tuesday. At the talks, Rojas said the border deal was "within reach".'
    )
    (statement,) = diplomeet.parse(text, published=PUBLISHED).statements
    assert statement.when is not None
    assert statement.when.value == "2024-05-07"


def test_speaking_after_the_meeting_takes_its_date() -> None:
    """'speaking after the meeting, X said': the meeting's date."""
    text = (
        "Kenyan President Amina Otieno hosted Ugandan President John Okello in Nairobi on"
        ' Wednesday. "We have agreed on the road," Otieno said, speaking after the meeting.'
    )
    (statement,) = diplomeet.parse(text, published=PUBLISHED).statements
    assert statement.when is not None
    assert statement.when.value == "2024-05-08"


def test_a_statement_with_no_meeting_gets_no_borrowed_date() -> None:
    """A statement that names no meeting keeps no date when its own clause gives none."""
    text = (
        "Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister Luis Salas in Lima"
        ' on Tuesday. Rojas said the border deal was "within reach".'
    )
    (statement,) = diplomeet.parse(text, published=PUBLISHED).statements
    assert statement.when is None
