"""
Meeting phrasings found in the development sample ``sample11c`` (its README).

Each class is checked on sentences written for these tests (invented people; other outlets
and regions than the sample's).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _pairs(text: str) -> set[frozenset[str]]:
    art = diplomeet.parse(f"Headline\n\n{text}\n\nMore follows.", published=date(2026, 6, 10))
    return {frozenset(p.name for p in m.participants) for m in art.meetings}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Foreign Minister Amina Odhiambo received the Ugandan High Commissioner, Joseph "
                "Kato, in Nairobi on Monday."
            ),
            {"Amina Odhiambo", "Joseph Kato"},
        ),
        (
            (
                "Deputy High Commissioner Priya Nair called on Home Minister Rashed Kabir at the "
                "secretariat on Monday."
            ),
            {"Priya Nair", "Rashed Kabir"},
        ),
        (
            (
                "The Minister of Foreign Affairs, Kwame Boateng, made the demand when he received "
                "the Nigerian High Commissioner to Ghana, Mr. Ibrahim Lawal, in Accra on Monday."
            ),
            {"Kwame Boateng", "Ibrahim Lawal"},
        ),
    ],
)
def test_a_high_commissioner_is_a_diplomat_who_meets(text: str, pair: set[str]) -> None:
    """'High Commissioner' names an envoy as 'Ambassador' does: the meeting is found."""
    assert frozenset(pair) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Talks were held in Nairobi on Monday between Foreign Affairs Cabinet "
                "Secretary Ana Muriithi and Somali Foreign Minister Abdi Farah."
            ),
            {"Ana Muriithi", "Abdi Farah"},
        ),
        (
            (
                "The deal was reached in Mombasa on Monday during talks between Interior Cabinet "
                "Secretary John Kamau and Ugandan Interior Minister Moses Okello."
            ),
            {"John Kamau", "Moses Okello"},
        ),
    ],
)
def test_a_portfolio_cabinet_secretary_is_a_minister(text: str, pair: set[str]) -> None:
    """'Foreign Affairs Cabinet Secretary A' (Kenya's ministers): A is titled, and meets."""
    assert frozenset(pair) in _pairs(text)


@pytest.mark.parametrize(
    "group",
    [
        "The ministers of the three Baltic states are scheduled to meet in Vilnius on June 20.",
        "The ministers of the four Visegrad countries will meet in Prague on June 20.",
        "The leaders of all three Baltic states are due to meet in Riga on June 20.",
    ],
)
def test_the_ministers_of_more_countries_than_named_are_no_pair(group: str) -> None:
    """'the ministers of the three Baltic states' meeting later is not the pair named before."""
    text = (
        "Foreign Minister Kaja Tamm met her Latvian counterpart, Edgars Ozols, in Tallinn on "
        f"Monday.\n\n{group}"
    )
    art = diplomeet.parse(f"Headline\n\n{text}\n\nMore follows.", published=date(2026, 6, 10))
    assert [m.status for m in art.meetings] == ["held"]
