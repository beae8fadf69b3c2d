"""
Speakers named by an office or a seat (sentences written here; bodies generic).

"Defence Headquarters", "the Border Directorate", "the Cabinet Secretariat": a body's
capitalised name ending in "Headquarters", "Directorate", "Secretariat" or "Inspectorate"
is the body's whole name, even when its first word ("Defence", "Security") also opens a
person's job; it was cut to the head noun and read as a person.

Also the authors of documents: "the statement said" after "a statement by the Chief Press
Secretary to the Prime Minister, Mr Halvard Brenne" is the named holder's; "a statement
broadcast by Tunis radio" is the body's that the sentence before opens with, not nobody's.
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


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            (
                "Ms Lindqvist spoke with the Finnish president on Monday, according to a "
                "statement by the Chief Press Secretary to the Prime Minister, Mr Halvard "
                'Brenne. "Both sides agreed to reopen the crossing within a week," the '
                "statement said."
            ),
            "reopen the crossing",
            "Halvard Brenne",
        ),
        (
            (
                "The ministers met in Lima, according to a statement from the Senior Adviser "
                "to the President on Foreign Affairs, Carla Benavides Ruiz.\n\n"
                '"The meeting was frank and useful," the statement added.'
            ),
            "frank and useful",
            "Carla Benavides Ruiz",
        ),
        (
            (
                "The two presidents spoke on Monday, a statement issued by the Director of "
                'Communications, Dr. Aiko Tanabe, said. "The call lasted an hour," the '
                "statement said."
            ),
            "lasted an hour",
            "Aiko Tanabe",
        ),
    ],
)
def test_the_statement_of_a_named_office_holder_is_theirs(text: str, words: str, name: str) -> None:
    """'the statement said' after a statement by an office and its holder's name: the holder."""
    found = speaker(text, words)
    assert found is not None
    assert found[:2] == (name, "person")


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            (
                "TUNIS, May 3 - The Tunisian Government today accused Libyan aircraft of "
                "bombing a border post. A statement broadcast by Tunis radio called the raid "
                '"an act of open aggression".'
            ),
            "open aggression",
            "Tunisian government",
        ),
        (
            (
                "The Ghanaian government accused Togo of shelling a border post. A statement "
                'carried by state radio described the shelling as "a deliberate provocation".'
            ),
            "deliberate provocation",
            "Ghanaian government",
        ),
    ],
)
def test_a_statement_a_medium_carries_is_the_bodys_before(text: str, words: str, name: str) -> None:
    """A statement 'broadcast by' a radio with no author: the body the sentence before names."""
    found = speaker(text, words)
    assert found is not None
    assert found[:2] == (name, "organization")
