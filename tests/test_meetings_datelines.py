"""
Datelines and places written with diacritics or apostrophes place the lede's meeting.

"BOGOTÁ (Reuters) -", "NUKU'ALOFA (Pacnews) —", "N'DJAMENA, March 9 -", and cities written
with their accents in prose ("met in Lomé") name the city and its country.  Every sentence is
written for these tests; the people are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

MONDAY_AFTER = date(2026, 3, 10)


def _places(text: str) -> list[tuple[str, str | None] | None]:
    art = diplomeet.parse(text, published=MONDAY_AFTER)
    return [None if m.place is None else (m.place.name, m.place.country) for m in art.meetings]


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        pytest.param("BOGOTÁ (Reuters) -", ("Bogotá", "CO"), id="accent"),
        pytest.param("SÃO PAULO, March 9 -", ("São Paulo", "BR"), id="tilde-two-words"),
        pytest.param("N'DJAMENA, March 9 (AFP) -", ("N'Djamena", "TD"), id="apostrophe-first"),
        pytest.param("NUKU'ALOFA (Reuters) —", ("Nuku'alofa", "TO"), id="apostrophe-inside"),
        pytest.param("Lomé, 9 March 2026 -", ("Lomé", "TG"), id="mixed-case"),
    ],
)
def test_a_dateline_with_diacritics_places_talks_held_here(
    dateline: str, place: tuple[str, str]
) -> None:
    """Talks "held here" are in the dateline's city, whatever its letters."""
    text = (
        f"{dateline} Colombia's President Ana Rojas and Ecuador's President Luis Mora held"
        " talks here on Monday."
    )
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("city", "country"),
    [
        ("Bogotá", "CO"),
        ("Lomé", "TG"),
        ("Yaoundé", "CM"),
        ("Asunción", "PY"),
        ("Malé", "MV"),
        ("Reykjavík", "IS"),
    ],
)
def test_a_city_written_with_its_accents_has_its_country(city: str, country: str) -> None:
    """A city with its accents has its own country, not that of the last country named."""
    text = (
        "Ecuador's President Luis Mora met Peru's President Ana Rojas in"
        f" {city} on Monday, officials said."
    )
    assert _places(text) == [(city, country)]
