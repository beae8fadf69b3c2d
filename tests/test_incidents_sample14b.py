"""Incident classes read from the development sample sample14b, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import incidents_read

_DAY = date(2026, 11, 20)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The talks addressed the infiltration attempt foiled by the army on the "
                "northern border on Saturday, during which four smugglers were killed in an "
                "exchange of fire."
            ),
            ("shots_fired", "2026-11-14"),
        ),
        (
            (
                "Police stopped a convoy near the Malian border on Tuesday, during which a "
                "gendarme was wounded in an exchange of gunfire."
            ),
            ("shots_fired", "2026-11-17"),
        ),
        (
            (
                "Troops ambushed a smuggling party on the Algerian frontier on Monday, in which "
                "two smugglers died in an exchange of fire with a patrol."
            ),
            ("shots_fired", "2026-11-16"),
        ),
    ],
)
def test_an_incident_in_a_during_which_clause_takes_the_day_before_it(
    text: str, expected: tuple[str, str]
) -> None:
    """'foiled ... on Saturday, during which four were killed in an exchange of fire'."""
    assert expected in incidents_read(text, _DAY)
