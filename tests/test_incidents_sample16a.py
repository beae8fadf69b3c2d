"""
Incidents of the development sample ``sample16a`` (official papers), as classes.

Sentences written here, people and boats invented: a boat seized and named before what it
is ("seized the Sea Lark, a shrimp trawler").
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


@pytest.mark.parametrize(
    "sentence",
    [
        "A Cuban patrol boat seized the Miss Ellie, a 38-foot fishing boat, on Saturday.",
        "Moroccan coast guards on Sunday detained the Estrella, a Spanish trawler, off Dakhla.",
        "Indonesian naval forces impounded the Hai Long 7, a Vietnamese fishing vessel, on Friday.",
    ],
)
def test_a_boat_named_before_what_it_is_is_seized(sentence: str) -> None:
    """The seizure of a boat named, then described after a comma, is an incident."""
    art = diplomeet.parse(f"Boat held\n\n{sentence}", published=date(2024, 3, 19))
    assert [i.kind for i in art.incidents] == ["other"]


def test_a_chance_seized_is_no_incident() -> None:
    """Seizing an opportunity, however described, holds no boat."""
    text = "Talks\n\nThe minister seized the moment, a rare one, to talk about fishing quotas."
    assert diplomeet.parse(text, published=date(2024, 3, 19)).incidents == ()
