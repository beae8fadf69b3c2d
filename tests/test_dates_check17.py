"""
Date classes of the eighteenth blind set, on sentences written for these tests.

"the 80s" in a weather report is a temperature, no decade; a plan floated, mooted or
pencilled in for a month or a day looks ahead, whatever tense tells it.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_PUBLISHED = date(2026, 10, 7)  # a Wednesday


def _dates(text: str, published: date = _PUBLISHED) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in diplomeet.parse(text, published=published).dates]


@pytest.mark.parametrize(
    "sentence",
    [
        "KESTREL VALLEY WEATHER: Fair and dry. Highs in the 80s, lows near 50.",
        "Temperatures in the 90s are forecast for the coast.",
        "Lows in the 60s overnight, the weather office said.",
        "The mercury stayed in the 80s all week.",
    ],
)
def test_a_temperature_in_the_80s_is_no_decade(sentence: str) -> None:
    """A weather report's "in the 80s" is a temperature: no date."""
    assert all(not value.startswith("19") for _, value in _dates(sentence))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Relations between the two states soured in the 80s.", "198"),
        ("Lows near 40 were recorded. Ties soured in the 80s.", "198"),
        ("The border was redrawn in the late 90s.", "199"),
    ],
)
def test_a_decade_stays_a_decade(sentence: str, value: str) -> None:
    """With no weather word in its sentence, "the 80s" is the decade."""
    assert value in [v for _, v in _dates(sentence)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("A summit has been floated for November, but no date is fixed.", "2026-11"),
        ("A summit was floated for November by the mediators.", "2026-11"),
        ("The vote has been pencilled in for November.", "2026-11"),
        ("Talks have been mooted for November in Port Amber.", "2026-11"),
        ("A meeting has been floated for Friday.", "2026-10-09"),
        # a dropped plan told after it: the nearer such day, here the one just gone
        (
            "A meeting the hosts had floated for Monday afternoon did not take place.",
            "2026-10-05TAF",
        ),
    ],
)
def test_a_plan_put_forward_for_a_month_looks_ahead(sentence: str, value: str) -> None:
    """A plan "floated for November" is the nearer November, here the coming one."""
    assert value in [v for _, v in _dates(sentence)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # the verb with no plan after it: the date is the past one
        ("The idea was floated for the first time on Monday.", "2026-10-05"),
        ("The plan was floated in November.", "2025-11"),
    ],
)
def test_floated_with_no_date_after_it_is_no_plan(sentence: str, value: str) -> None:
    """The verb "floated" before anything but a named month or day is a past verb as before."""
    assert value in [v for _, v in _dates(sentence)]


_TUESDAY = date(2026, 6, 9)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ('The office said Friday\'s meeting had been "cancelled by the other side".', "2026-06-12"),
        ("Friday's meeting was called off, the ministry said.", "2026-06-12"),
        ("Friday's talks are off, a spokesman said.", "2026-06-12"),
        # the nearer such day, before or after publication
        ("Saturday's meeting was postponed.", "2026-06-06"),
    ],
)
def test_a_possessive_weekday_of_a_plan_called_off_is_the_nearer_one(
    sentence: str, value: str
) -> None:
    """News of a meeting called off comes around it: the nearer weekday, not the last one."""
    assert [v for _, v in _dates(sentence, _TUESDAY)] == [value]


@pytest.mark.parametrize(
    "sentence",
    ["Friday's meeting ended without a deal.", "Friday's talks offered little to either side."],
)
def test_a_possessive_weekday_of_an_event_held_stays_past(sentence: str) -> None:
    """A meeting held, not called off, is the last such day."""
    assert [v for _, v in _dates(sentence, _TUESDAY)] == ["2026-06-05"]
