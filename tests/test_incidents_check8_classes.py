"""Incident classes read from the retired ninth blind set (check8), in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _kinds(text: str) -> list[str]:
    return [i.kind for i in diplomeet.parse(text, published=date(2026, 6, 25)).incidents]


@pytest.mark.parametrize(
    "text",
    [
        (
            "A Bangladeshi farmer was shot dead by Indian border force members near the border on "
            "Monday night."
        ),
        "A smuggler was shot dead by Indian border guards near the frontier on Monday.",
        "A herder was shot dead by Kenyan police near the Somali border on Tuesday.",
    ],
)
def test_shot_dead_by_a_border_force_at_the_border_is_shots_fired(text: str) -> None:
    """A border held by fire: the force's shooting is shots fired, not an attack."""
    assert _kinds(text) == ["shots_fired"]


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian artillery also shelled the outposts on Monday, it said.",
        "Indian troops shelled Pakistani positions on Monday.",
        "Armenian guns shelled the Azerbaijani posts near Tovuz on Tuesday.",
    ],
)
def test_shelling_of_military_positions_is_shots_fired(text: str) -> None:
    """One army's artillery on the other's outposts or positions: shots fired."""
    assert _kinds(text) == ["shots_fired"]


def test_shelling_of_a_town_stays_an_attack() -> None:
    """'Rebels shelled the town of Goma, killing four': an attack."""
    assert _kinds("Rebels shelled the town of Goma on Monday, killing four.") == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Two Guatemalan naval gunboats blocked a Belize Coast Guard patrol at the mouth of the "
            "river and ordered it to turn back."
        ),
        (
            "A Turkish coast guard vessel shadowed the Greek survey ship Nautilus south of Rhodes "
            "on Friday and ordered it by radio to leave the area."
        ),
        (
            "A Venezuelan navy corvette approached the Guyanese research vessel on Monday and "
            "instructed it by radio to change course."
        ),
    ],
)
def test_a_vessel_sent_away_by_another_states_ship(text: str) -> None:
    """'... ordered it (by radio) to leave the area', 'ordered it to turn back': other."""
    assert _kinds(text) == ["other"]
