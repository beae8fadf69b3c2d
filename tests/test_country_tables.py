"""The generated country tables hold only names: no empty key, no key with spaces around it."""

from __future__ import annotations

import pytest

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
