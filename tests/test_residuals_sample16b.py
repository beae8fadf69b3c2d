"""
Residual classes of sample16b's README, with sentences written here (people invented).

A state agency named in full after its country ("Syria's official Syrian Arab News Agency
(SANA) claimed") speaks, not the country; a shootdown told after the sentence that gives the
day of an incursion (which merged into the lede's incursion) keeps that day, and a later
claim that "did not mention the one that was shot down" neither adds a shootdown nor gives
it the claim's day.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

PUBLISHED = date(2026, 11, 24)  # a Tuesday

AGENCY_CLAIMS = [
    (
        (
            "DAMASCUS, Nov. 24 (Wire) -- Syria's official Syrian Arab News Agency (SANA) claimed "
            'Friday that the convoy had been "carrying only food" and did not name its owners.'
        ),
        "Syrian Arab News Agency",
    ),
    (
        (
            "TEHRAN, Nov. 24 (Wire) -- Iran's official Islamic Republic News Agency said on Sunday "
            'that the vessel was on "a scientific mission" in the Gulf.'
        ),
        "Islamic Republic News Agency",
    ),
]


@pytest.mark.parametrize(("text", "name"), AGENCY_CLAIMS)
def test_state_agency_named_after_its_country_speaks(text: str, name: str) -> None:
    """'Syria's official Syrian Arab News Agency (SANA) claimed': the agency speaks."""
    result = diplomeet.parse(text, published=PUBLISHED)
    speakers = [s.speaker.name for s in result.statements if s.speaker is not None]
    assert speakers == [name]


SHOOTDOWNS = [
    (
        (
            "ANKARA, Nov. 24 (Wire) -- Turkey protested to Syria on Tuesday, days after two Syrian "
            "helicopters entered Turkish airspace near Kilis.\n\nOn Saturday, two Syrian "
            "helicopters entered Turkish airspace near Kilis, according to the General Staff. "
            "Turkish jets fired warning shots and shot down one of the helicopters near the "
            "border.\n\nSyria's official Syrian Arab News Agency (SANA) claimed Monday that the "
            'helicopters had been on a "routine patrol" and did not mention the one that was '
            "downed."
        ),
        "2026-11-21",
    ),
    (
        (
            "VILNIUS, Nov. 24 (Wire) -- Lithuania summoned the Belarusian charge "
            "d'affaires on Tuesday, days after balloons drifted into Lithuanian airspace."
            "\n\nLast Friday, several balloons drifted over the border into Lithuanian "
            "airspace, the border guard said. Air defence units shot down one of the "
            "balloons over a forest near Salcininkai.\n\nBelarus's state news agency "
            'BelTA said on Monday that the balloons were "weather equipment" and denied '
            "that the balloon which had been shot down carried anything."
        ),
        "2026-11-20",
    ),
]


@pytest.mark.parametrize(("text", "day"), SHOOTDOWNS)
def test_shootdown_keeps_the_day_it_happened_not_the_claims(text: str, day: str) -> None:
    """One shootdown, dated by the incursion's day, not by a later claim's."""
    result = diplomeet.parse(text, published=PUBLISHED)
    downs = [i for i in result.incidents if i.kind == "shootdown"]
    assert len(downs) == 1
    assert downs[0].when is not None
    assert downs[0].when.value == day


INVITATIONS = [
    (
        (
            "BERLIN, Nov. 24 (Wire) -- German Foreign Minister Lena Hartwig met Polish Foreign "
            "Minister Tomasz Wrobel in Berlin on Tuesday.\n\nWrobel also accepted Hartwig's "
            "invitation to a trilateral meeting with French Foreign Minister Claire Duvalier in "
            "Weimar early next month, the ministry said."
        ),
        {"Lena Hartwig", "Tomasz Wrobel", "Claire Duvalier"},
    ),
    (
        (
            "CANBERRA, Nov. 24 (Wire) -- Australian Foreign Minister Grace Pellow held talks with "
            "New Zealand Foreign Minister Rawiri Tane on Tuesday.\n\nTane accepted Pellow's "
            "invitation to a three-way meeting with Indonesian Foreign Minister Budi Santosa in "
            "Bali next month."
        ),
        {"Grace Pellow", "Rawiri Tane", "Budi Santosa"},
    ),
]


@pytest.mark.parametrize(("text", "people"), INVITATIONS)
def test_accepted_invitation_owner_takes_part(text: str, people: set[str]) -> None:
    """'B accepted A's invitation to a trilateral meeting with C': A, B and C meet."""
    result = diplomeet.parse(text, published=PUBLISHED)
    met = [{p.name for p in m.participants} for m in result.meetings]
    assert people in met
