"""
Bodies named by a seat's head noun (sentences written here; bodies generic).

"Defence Headquarters", "the Border Directorate", "the Cabinet Secretariat": a body's
capitalised name ending in "Headquarters", "Directorate", "Secretariat" or "Inspectorate"
is the body's whole name, even when its first word ("Defence", "Security") also opens a
person's job; it was cut to the head noun and read as a person.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements

PUBLISHED = date(2025, 3, 14)  # a Friday
LEAD = "Officials of the two countries met on Thursday.\n\n"


def speaker(text: str, words: str) -> tuple[str, str, str | None] | None:
    """The name, kind and country of the speaker of the quotation holding ``words``."""
    found: list[Statement] = quoted_statements(
        LEAD + text, PUBLISHED, "Neighbours trade charges over border"
    )
    for s in found:
        if words in s.quote:
            if s.speaker is None:
                return None
            return (s.speaker.name, s.speaker.kind, s.speaker.country)
    msg = f"no quotation holds {words!r}"
    raise AssertionError(msg)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            (
                'The Defence Headquarters had described the clash as "a regrettable accident '
                'between allied units" and said it was investigating.'
            ),
            "regrettable accident",
            "Defence Headquarters",
        ),
        (
            (
                'The Security Directorate said on Friday that the convoy "never left the '
                'agreed route".'
            ),
            "agreed route",
            "Security Directorate",
        ),
        (
            (
                '"The minister acted within the rules at every stage," the Defence Secretariat '
                "said in a note to reporters."
            ),
            "within the rules",
            "Defence Secretariat",
        ),
        (
            'The Defence Inspectorate has called the shooting "a grave breach of the ceasefire".',
            "grave breach",
            "Defence Inspectorate",
        ),
    ],
)
def test_a_seat_head_keeps_the_whole_name(text: str, words: str, name: str) -> None:
    """A body's name ending in a seat's head is the whole name, an organisation's."""
    assert speaker(text, words) == (name, "organization", None)


def test_a_countrys_headquarters_is_of_that_country() -> None:
    """After a country's possessive the headquarters is that country's body."""
    text = 'Kenya\'s Defence Headquarters described the incident as "an error of navigation".'
    assert speaker(text, "error of navigation") == ("Defence Headquarters", "organization", "KE")
