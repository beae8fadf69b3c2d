"""A killing told in the lede and its victims said shot, on a day, in the next sentence."""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet import parse

INQUIRY = (
    "KHARTOUM, June 20 - Sudan and Chad will set up a joint inquiry into the killing of three "
    "Sudanese herders by Chadian soldiers earlier this month, the foreign ministry said. The "
    "herders were shot on the night of 14 June as they watered their camels near Adre."
)
PROTEST = (
    "DHAKA, March 12 - Bangladesh has protested the killing of a cattle trader by Indian border "
    "guards last week. The trader, a father of three, was shot on the morning of March 5 near "
    "the frontier, his family said."
)


@pytest.mark.parametrize(
    ("text", "published", "codes", "day"),
    [
        (INQUIRY, date(2025, 6, 20), {"SD", "TD"}, "2025-06-14"),
        (PROTEST, date(2026, 3, 12), {"BD", "IN"}, "2026-03-05"),
    ],
    ids=["inquiry", "protest"],
)
def test_the_victims_shot_on_a_day_date_the_killing_told_before(
    text: str, published: date, codes: set[str], day: str
) -> None:
    """One incident, shots fired, with the lede's countries and the next sentence's day."""
    (incident,) = parse(text, published=published).incidents
    assert incident.kind == "shots_fired"
    assert {actor.country for actor in incident.actors} == codes
    assert incident.when is not None
    assert incident.when.value == day


@pytest.mark.parametrize(
    "second",
    [
        "The trader was shot in the back, his family said.",
        "A singer was shot on the night of 2 February in a Dhaka bar.",
    ],
    ids=["no-day", "another-month"],
)
def test_a_shooting_without_a_day_in_the_killing_s_time_is_not_taken_up(second: str) -> None:
    """No day, or a day outside "last week": the lede's killing stays as told."""
    text = PROTEST.split(" The trader,", maxsplit=1)[0] + " " + second
    (incident,) = parse(text, published=date(2026, 3, 12)).incidents
    assert incident.kind == "attack"
    assert incident.when is not None
    assert incident.when.value == "2026-W10"


def test_the_victims_may_be_said_shot_after_a_paragraph_on_the_talks() -> None:
    """The talks told between the killing and the day it happened do not part them."""
    text = INQUIRY.replace(
        "the foreign ministry said. ",
        "the foreign ministry said.\n\nThe two foreign ministers met for three hours in "
        "N'Djamena. They agreed to meet again in July.\n\nBoth sides promised calm. ",
    )
    (incident,) = parse(text, published=date(2025, 6, 20)).incidents
    assert incident.kind == "shots_fired"
    assert incident.when is not None
    assert incident.when.value == "2025-06-14"
