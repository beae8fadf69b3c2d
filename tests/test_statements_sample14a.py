"""Speaker classes read from the development sample sample14a, in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            'The Malawi Defence Force said its sailors had "fired warning shots" on the lake.',
            "MW",
        ),
        (
            (
                'The Botswana Defence Force stated that the soldiers "acted in self-defence" on '
                "the river."
            ),
            "BW",
        ),
        (
            'The Belize Defence Force said the patrol "never crossed the adjacency line".',
            "BZ",
        ),
    ],
)
def test_an_army_named_as_a_force_speaks_as_an_organisation(text: str, country: str) -> None:
    """'The X Defence Force said': the force, of its country, not a person so named."""
    article = diplomeet.parse(text, published=date(2026, 5, 21))
    speakers = [s.speaker for s in article.statements if s.speaker is not None]
    assert speakers
    assert speakers[0].kind == "organization"
    assert speakers[0].country == country
