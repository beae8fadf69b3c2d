"""
Words of arms in idioms and in a war's aftermath are no new incident.

"a real shot at winning", "firing on all cylinders", "the bombed-out embassy", "destroyed its
long-range missiles" (disarmament). Sentences written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2025, 9, 17)


def _incidents(text: str) -> list[str]:
    return [i.kind for i in diplomeet.parse(text, published=_DAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Chile have given the opposition leader a real shot at winning the presidency.",
        "Voters have given the senator a real shot at succeeding the president, Mexico said.",
        "Brazil's trade with China has been firing on all cylinders this year, the minister said.",
        "The bombed-out embassy in Nairobi is expected to be demolished next month, Kenya said.",
        "A rescue team from Turkey was sent to the bombed-out hospital in Kabul on Monday.",
        "Inspectors must verify that Iraq has destroyed its long-range missiles, the council said.",
    ],
)
def test_an_idiom_or_an_aftermath_is_no_incident(text: str) -> None:
    """No shot, strike or shootdown is read from these words."""
    assert _incidents(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            (
                "Iranian gunboats fired a shot at approaching tankers in the Gulf on Monday, the "
                "US Navy said."
            ),
            "shots_fired",
        ),
        (
            "Syrian soldiers shot at fleeing protesters near the Turkish border on Monday.",
            "shots_fired",
        ),
        (
            "Syrian air defences destroyed two Israeli missiles over Damascus on Monday.",
            "shootdown",
        ),
        ("Israeli jets bombed a depot near Damascus on Monday, Syria said.", "airstrike"),
    ],
)
def test_shots_strikes_and_shootdowns_are_still_read(text: str, kind: str) -> None:
    """The same words in their armed sense still tell the incident."""
    assert _incidents(text) == [kind]
