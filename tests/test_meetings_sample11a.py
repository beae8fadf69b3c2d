"""
Meeting phrasings found in the development sample ``sample11a`` (its README).

Each class is checked on sentences written for these tests (invented people; other outlets,
countries and verbs than the sample's).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.records import Actor


def _meetings(text: str, published: date = date(2026, 5, 12)) -> list[tuple[set[str], str]]:
    art = diplomeet.parse(text, published=published)
    return [({p.name for p in m.participants}, m.status) for m in art.meetings]


def _people(text: str, published: date = date(2026, 5, 12)) -> dict[str, Actor]:
    art = diplomeet.parse(text, published=published)
    return {p.name: p for m in art.meetings for p in m.participants}


@pytest.mark.parametrize(
    ("text", "guest", "country"),
    [
        # No comma: the name straight after "of Country", the office in two portfolios.
        (
            (
                "Minister of Foreign Affairs and Worship of Paraguay Elena Duarte Rojas met "
                "with the Bolivian foreign minister, Raul Mamani Cruz, in Asuncion on Monday."
            ),
            "Elena Duarte Rojas",
            "PY",
        ),
        # A ministry's press release: portfolios listed with commas, "of the Republic of",
        # then "H.E." and the name.
        (
            (
                "GABORONE - Botswana's foreign minister, Kagiso Molefe, on Tuesday received the "
                "Minister of Foreign Affairs, Regional Integration and Tourism of the Republic of "
                "Chad, H.E. Idriss Mahamat Saleh, at the Ministry's headquarters."
            ),
            "Idriss Mahamat Saleh",
            "TD",
        ),
        # A Commonwealth envoy "of Country to Country", with "Dr." before the name.
        (
            (
                "Zambian Foreign Minister Chanda Mulenga yesterday held talks with the High "
                "Commissioner of the Republic of Malawi to Zambia, Dr. Grace Chirwa Banda, in "
                "Lusaka."
            ),
            "Grace Chirwa Banda",
            "MW",
        ),
    ],
)
def test_a_long_office_with_portfolios_and_country_before_the_name(
    text: str, guest: str, country: str
) -> None:
    """An office written in full ("Minister of A, B and C of the Republic of X, H.E. N") names N."""
    people = _people(text)
    assert guest in people, people
    assert people[guest].country == country


def test_kenyan_cabinet_secretaries_are_ministers() -> None:
    """Kenya's "Cabinet Secretary for ..., Hon. N" is an office; "the Cabinet Secretary" is N."""
    text = (
        "The Cabinet Secretary for Trade, Investments and Industry, Hon. Peter Mwangi Kariuki, "
        "today held talks with Tanzania's Minister for Industry, Joseph Massawe, in Nairobi. "
        "The Cabinet Secretary later spoke by telephone with Ugandan Trade Minister Ruth "
        "Nabirye Okello."
    )
    meetings = _meetings(text)
    assert ({"Peter Mwangi Kariuki", "Joseph Massawe"}, "held") in meetings
    assert ({"Peter Mwangi Kariuki", "Ruth Nabirye Okello"}, "held") in meetings
