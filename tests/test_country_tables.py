"""The generated country tables hold only names: no empty key, no spaces around, no English word."""

from __future__ import annotations

import pytest

from diplomeet import parse
from diplomeet._countries import CITIES, COUNTRY_NAMES, DEMONYMS, PEOPLES, SHORT_NAMES


@pytest.mark.parametrize(
    "table",
    [CITIES, COUNTRY_NAMES, DEMONYMS, PEOPLES, SHORT_NAMES],
    ids=["CITIES", "COUNTRY_NAMES", "DEMONYMS", "PEOPLES", "SHORT_NAMES"],
)
def test_every_key_and_value_is_a_name_without_spaces_around_it(table: object) -> None:
    """A source's empty capital or " Willemstad" must not become a name that matches."""
    assert isinstance(table, type(CITIES))
    for key, value in table.items():
        assert key, repr(value)
        assert key == key.strip(), repr(key)
        assert value == value.strip(), repr(value)


def test_nationalities_of_several_words_have_their_peoples() -> None:
    """'Costa Rican' is a nationality and 'the Costa Ricans' its people, like 'Chileans'."""
    assert DEMONYMS["Costa Rican"] == "CR"
    assert PEOPLES["Costa Ricans"] == "CR"
    assert PEOPLES["Sierra Leoneans"] == "SL"
    assert CITIES["Bonn"] == "DE"


@pytest.mark.parametrize("word", ["Island", "Mann", "Thai"])
def test_native_spellings_that_are_english_words_name_no_country(word: str) -> None:
    """Iceland's own name 'Island' is an English word: 'Chete Island' is no Icelandic place."""
    assert word not in COUNTRY_NAMES


def test_an_island_named_in_an_incident_adds_no_country() -> None:
    """Shots near 'Tavua Island' are Fiji's and Tonga's incident, not Iceland's."""
    text = (
        "SUVA, March 3 - Tongan naval officers fired on two Fijian fishermen near Tavua Island "
        "on Sunday, wounding one of them, Fiji's foreign ministry said."
    )
    (incident,) = parse(text).incidents
    assert "IS" not in {actor.country for actor in incident.actors}
    assert {actor.country for actor in incident.actors} >= {"TO", "FJ"}
