"""
An adverb between a call and its partners: "spoke by phone separately with A and B".

Sentences written here, with invented people.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

PUB = date(2024, 4, 18)  # a Thursday


@pytest.mark.parametrize(
    ("text", "pairs", "when"),
    [
        (
            (
                "The Egyptian foreign minister, Sameh Shoukri-Nasr, spoke by phone separately"
                " with his Israeli and Palestinian counterparts, Yosef Kahanov and Riad Malkawi,"
                " on Monday."
            ),
            [("Sameh Shoukri-Nasr", "Yosef Kahanov"), ("Sameh Shoukri-Nasr", "Riad Malkawi")],
            "2024-04-15",
        ),
        (
            (
                "Chancellor Ida Brennecke talked by telephone jointly with the Serbian"
                " president, Milos Radakovic, on Wednesday."
            ),
            [("Ida Brennecke", "Milos Radakovic")],
            "2024-04-17",
        ),
    ],
)
def test_call_with_an_adverb_before_its_partners(
    text: str, pairs: list[tuple[str, str]], when: str
) -> None:
    """Each partner after the adverb is a call of its own, on the day told."""
    art = diplomeet.parse(text, published=PUB)
    got = sorted(tuple(p.name for p in m.participants) for m in art.meetings)
    assert got == sorted(pairs)
    assert {m.when.value for m in art.meetings if m.when is not None} == {when}
