"""
A city's name between two names of a person: "Foreign Minister Carlos Trujillo Vega".

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
                "Foreign Minister Carlos Trujillo Vega held talks with Chilean Foreign Minister"
                " Heraldo Munita in New York on Tuesday."
            ),
            ("Carlos Trujillo Vega", "Heraldo Munita"),
        ),
        (
            (
                "President Ana Lima Ferraz received Argentine President Tomas Quiroga at the"
                " Planalto Palace on Monday."
            ),
            ("Ana Lima Ferraz", "Tomas Quiroga"),
        ),
        (
            (
                "Peruvian Prime Minister Rosa Valencia Mendez met Bolivian Vice President Mario"
                " Quispe in La Paz on Wednesday."
            ),
            ("Rosa Valencia Mendez", "Mario Quispe"),
        ),
    ],
)
def test_city_between_names_is_part_of_the_name(text: str, pair: tuple[str, str]) -> None:
    """The person is named in full, and no one is named by the given name alone."""
    art = diplomeet.parse(text, published=PUB)
    assert [tuple(p.name for p in m.participants) for m in art.meetings] == [pair]


def test_city_after_a_name_still_ends_it() -> None:
    """A city after a preposition is the place, not a name."""
    text = (
        "Foreign Minister Joao Cardoso met his Peruvian counterpart Luis Olaya in Lima on Monday."
    )
    art = diplomeet.parse(text, published=PUB)
    assert [m.place.name for m in art.meetings if m.place is not None] == ["Lima"]
