"""
A clash named with a possessive time ("last month's deadly clash") is dated by that time.

Articles and sentences written here, people invented.  A lede about talks often names the
incident behind them by a possessive noun phrase inside a clause dated by the talks:
"agreed on Tuesday to reopen a crossing closed since last month's deadly clash".  The
possessive time is the incident's, not Tuesday; and when the story tells the clash in full
further down as an exchange of fire, the two are one incident.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet import parse

LEDE = (
    "BANGKOK, Oct 14 (Reuters) - Thailand and Cambodia agreed on Tuesday to reopen a border "
    "checkpoint closed since {when} deadly clash."
)
FULL = (
    "\n\nSoldiers from the two countries exchanged fire near the crossing on Sept. 22, "
    "killing one Cambodian soldier and wounding two Thai rangers."
)
ENVOYS = (
    "ASTANA, April 9 - Kazakh and Kyrgyz envoys met on Thursday in Almaty, two weeks after "
    "last month's border clashes between the two countries' guards.\n\nGuards of the two "
    "countries exchanged fire near the village of Karasu on March 27, the Kazakh border "
    "service said."
)


@pytest.mark.parametrize(
    ("when", "value"),
    [("last month's", "2025-09"), ("Sunday's", "2025-10-12"), ("last week's", "2025-W41")],
)
def test_a_possessive_time_dates_the_clash_over_the_clause(when: str, value: str) -> None:
    """The possessive time owns the clash: the clause's 'on Tuesday' is the agreement's."""
    incidents = parse(LEDE.format(when=when), published=date(2025, 10, 14)).incidents
    assert [i.when.value if i.when else None for i in incidents] == [value]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (LEDE.format(when="last month's") + FULL, date(2025, 10, 14), "2025-09-22"),
        (ENVOYS, date(2024, 4, 9), "2024-03-27"),
    ],
    ids=["lede-then-fire", "envoys"],
)
def test_the_named_clash_folds_into_the_fire_told_in_full(
    text: str, published: date, day: str
) -> None:
    """One incident, the exchange of fire with its day, not a second dated by the month."""
    incidents = parse(text, published=published).incidents
    assert [(i.kind, i.when.value if i.when else None) for i in incidents] == [("shots_fired", day)]
