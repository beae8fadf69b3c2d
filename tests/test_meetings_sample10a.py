"""
Meeting phrasings found in the development sample ``sample10a`` (its README).

Each class is checked on sentences written for these tests (invented people; other outlets
and regions than the sample's).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _pairs(text: str, published: date) -> set[frozenset[str]]:
    art = diplomeet.parse(text, published=published)
    return {frozenset(p.name for p in m.participants) for m in art.meetings}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # Bangladesh's interim government calls its ministers advisers.
        (
            (
                "DHAKA, March 3 - Nepali Foreign Secretary Kiran Thapa met Foreign Adviser "
                "Rezaul Haque at the foreign ministry on Tuesday."
            ),
            "Rezaul Haque",
        ),
        (
            (
                "The Chinese ambassador, Li Wenhao, called on Home Adviser Rashed Kabir at the "
                "secretariat on Sunday."
            ),
            "Rashed Kabir",
        ),
        (
            (
                "Pakistan's envoy Imran Qadir held talks with Foreign Affairs Adviser Selina Akter "
                "in Dhaka on Monday."
            ),
            "Selina Akter",
        ),
        # The gender-neutral "Chairperson" of a body's head.
        (
            (
                "ADDIS ABABA, June 2 (ENA) - Somali Foreign Minister Abdi Warsame met Chairperson "
                "Mariama Keita at the AU headquarters on Monday."
            ),
            "Mariama Keita",
        ),
    ],
)
def test_portfolio_advisers_and_chairpersons_are_titles(text: str, host: str) -> None:
    """A portfolio adviser and a chairperson are titles before a name."""
    pairs = _pairs(text, date(2026, 3, 3))
    assert any(host in p and len(p) == 2 for p in pairs), pairs
