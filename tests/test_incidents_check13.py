"""Incident classes read from the development set check13, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import incidents_read

_DAY = date(2026, 11, 5)  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        (
            "Thai rangers fired across the border at a Cambodian patrol on Monday, killing one "
            "soldier. Cambodia condemned the shooting on Tuesday."
        ),
        (
            "Indian border guards opened fire on a group of cattle smugglers on Monday. Dhaka "
            "protested the killing on Tuesday."
        ),
        (
            "Venezuelan troops fired on a Guyanese boat on the Cuyuni river on Monday, wounding "
            "two miners. Guyana denounced the attack on Tuesday."
        ),
    ],
)
def test_a_reaction_to_the_shooting_retells_the_fire(text: str) -> None:
    """'Cambodia condemned the shooting on Tuesday': the fire told before, not a new attack."""
    assert incidents_read(text, _DAY) == [("shots_fired", "2026-11-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "A police officer was killed late on Monday when men in a pickup truck opened "
                "fire at a checkpoint near the Colombian border."
            ),
            ("attack", "2026-11-02"),
        ),
        (
            (
                "Two customs officers died on Tuesday when masked men on motorcycles fired on "
                "their post near the border with Niger."
            ),
            ("attack", "2026-11-03"),
        ),
        (
            (
                "Unidentified men in a speedboat opened fire on a fishing village on the Lake "
                "Chad shore on Sunday, killing three people, police said."
            ),
            ("attack", "2026-11-01"),
        ),
    ],
)
def test_unnamed_men_whose_fire_kills_make_an_attack(text: str, expected: tuple[str, str]) -> None:
    """'men in a pickup truck', 'masked men' are no state's troops: their deadly fire attacks."""
    assert expected in incidents_read(text, _DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Baghdad radio accused Iranian forces of shelling Iraqi positions east of Basra "
                "on Tuesday night."
            ),
            ("shots_fired", "2026-11-03"),
        ),
        (
            (
                "Armenia accused Azerbaijani troops of shelling villages in Tavush province on "
                "Sunday, wounding a woman."
            ),
            ("attack", "2026-11-01"),
        ),
        (
            (
                "The rebels were blamed for shelling a market in Goma on Monday, killing four "
                "people."
            ),
            ("attack", "2026-11-02"),
        ),
    ],
)
def test_shelling_with_its_object_is_an_incident(text: str, expected: tuple[str, str]) -> None:
    """'accused B of shelling Iraqi positions': the -ing form with its object tells the fire."""
    assert expected in incidents_read(text, _DAY)


def test_the_shelling_as_a_noun_alone_is_no_new_form() -> None:
    """'After shelling in the area on Monday, villagers fled' names no object: no incident."""
    assert incidents_read("After shelling in the area on Monday, villagers fled.", _DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "On Monday, an Indian patrol fired on a Pakistani fishing boat off Sir Creek. The "
            "boat was later seized and taken to Okha, and was handed back on Thursday."
        ),
        (
            "On Monday, a Thai patrol fired several shots at a Lao fishing boat on the Mekong. "
            "The boat was later seized and towed to the Thai bank, and was returned to Lao "
            "authorities on Thursday."
        ),
        (
            "On Monday, Venezuelan soldiers fired at a Guyanese mining boat on the Cuyuni. The "
            "boat was later seized and taken to Tumeremo, and was released on Thursday."
        ),
    ],
)
def test_a_seizure_told_later_takes_the_day_of_the_fire(text: str) -> None:
    """'was later seized ..., and was returned on Thursday': not the seizure's day."""
    assert ("other", "2026-11-02") in incidents_read(text, date(2026, 11, 6))
