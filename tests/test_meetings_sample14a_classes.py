"""Classes read from the development sample sample14a, in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 11, 19)  # a Thursday


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Pakistan's Defence Minister Khalid Awan and the Taliban's acting Defence Minister "
                "Abdul Zaheer met in Doha on 14 November."
            ),
            ("Khalid Awan", "Abdul Zaheer"),
        ),
        (
            (
                "The Taliban's acting Foreign Minister Abdul Zaheer held talks with Uzbek Foreign "
                "Minister Jamshid Tursunov in Tashkent on Monday."
            ),
            ("Abdul Zaheer", "Jamshid Tursunov"),
        ),
        (
            (
                "Iranian Foreign Minister Ali Rezaei met the Palestinian Authority's interim Prime "
                "Minister Samir Haddad in Tehran on Monday."
            ),
            ("Ali Rezaei", "Samir Haddad"),
        ),
    ],
)
def test_an_organisations_acting_office_holder_is_a_participant(
    text: str, names: tuple[str, str]
) -> None:
    """'the Taliban's acting Defence Minister A', 'the X Authority's interim Prime Minister B'."""
    article = diplomeet.parse(text, published=_DAY)
    found = [{p.name for p in m.participants} for m in article.meetings]
    assert set(names) in found, found
    people = [p for m in article.meetings for p in m.participants]
    assert all(p.title is not None and p.country is not None for p in people), people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Guyana's Foreign Minister Desmond Fraser spoke by telephone on Tuesday with the "
                "Secretary-General of the Caribbean Community (CARICOM), Dr. Lena Baptiste."
            ),
            ("Desmond Fraser", "Lena Baptiste"),
        ),
        (
            (
                "Nigeria's Foreign Minister Tunde Adeyemi met the Executive Secretary of the "
                "Southern African Development Community (SADC), Thandiwe Mokoena, in Gaborone "
                "on Tuesday."
            ),
            ("Tunde Adeyemi", "Thandiwe Mokoena"),
        ),
        (
            (
                "Malaysia's Foreign Minister Azman Yusof received the Secretary-General of the "
                "Organisation of Islamic Cooperation (OIC), Ibrahim Taha, in Putrajaya on "
                "Tuesday."
            ),
            ("Azman Yusof", "Ibrahim Taha"),
        ),
    ],
)
def test_a_bodys_initials_in_brackets_before_the_named_office_holder(
    text: str, names: tuple[str, str]
) -> None:
    """'the Secretary-General of the X Community (XC), A,': A is the one met."""
    article = diplomeet.parse(text, published=_DAY)
    found = [{p.name for p in m.participants} for m in article.meetings]
    assert set(names) in found, found
