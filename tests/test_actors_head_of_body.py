"""
"The head of the transitional council, A": a body's head named after a comma.

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
                "UN envoy Lars Hedqvist met the head of the transitional council, Yasir Mahjoub,"
                " in Khartoum on Tuesday."
            ),
            ("Lars Hedqvist", "Yasir Mahjoub"),
        ),
        (
            (
                "Kenyan Foreign Minister Musa Kiplagat held talks in Mogadishu on Monday with"
                " the head of the electoral commission, Abdi Warsame Hirsi."
            ),
            ("Musa Kiplagat", "Abdi Warsame Hirsi"),
        ),
        (
            (
                "Libya's prime minister, Salem Dbeibi, received the head of the presidential"
                " council, Omar Menfi-Saad, in Tripoli on Wednesday."
            ),
            ("Salem Dbeibi", "Omar Menfi-Saad"),
        ),
    ],
)
def test_head_of_a_body_is_met(text: str, pair: tuple[str, ...]) -> None:
    """The head named after the comma is one of the meeting's people."""
    art = diplomeet.parse(text, published=PUB)
    names = [p.name for m in art.meetings for p in m.participants]
    assert all(name in names for name in pair)
    assert art.meetings
