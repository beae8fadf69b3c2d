"""People classes learnt from the wire-copy sample ``sample16b``, told in our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            (
                "President Adamu Bello and Chad's head of state, Gen. Idriss Mahamat, spoke by "
                "telephone on Monday."
            ),
            "Idriss Mahamat",
            "head of state",
            "TD",
        ),
        (
            (
                "Sudan's head of state, Lt. Gen. Omar Idris, received the Egyptian envoy Karim "
                "Fahmy in Port Sudan on Monday."
            ),
            "Omar Idris",
            "head of state",
            "SD",
        ),
        (
            (
                "Foreign Minister Ana Petrovic met Burkina Faso's defence minister, Col. Issa "
                "Ouedraogo, in Ouagadougou on Monday."
            ),
            "Issa Ouedraogo",
            "defence minister",
            "BF",
        ),
    ],
)
def test_a_rank_after_a_lower_case_office_of_a_named_country(
    text: str, name: str, title: str, country: str
) -> None:
    """In "Niger's head of state, Gen. A," the office and country are A's, the rank a style."""
    art = diplomeet.parse(text, published=date(2026, 2, 11))
    assert len(art.meetings) == 1
    people = {p.name: p for p in art.meetings[0].participants}
    assert name in people
    assert people[name].title == title
    assert people[name].country == country
