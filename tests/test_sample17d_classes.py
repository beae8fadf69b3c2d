"""
Classes learnt from the business-press sample ``sample17d``, told in our own sentences.

Economic portfolios and ministries of several portfolios before a name ("Minister of Energy
and Mines A"), the day of the month in brackets after a weekday as government releases write
it ("met this Wednesday (16th) with B"), and "the two presidents" when no pair of presidents
was told.  Every sentence here is written for these tests; the people are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.dates import find_dates

THURSDAY = date(2024, 10, 17)


def _pairs(text: str, published: date = THURSDAY) -> list[tuple[tuple[str, ...], str | None]]:
    art = diplomeet.parse(text, published=published)
    return [
        (tuple(sorted(p.name for p in m.participants)), m.when.value if m.when else None)
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        pytest.param(
            "Akmal Rashidov met Minister of Investment Bakyt Omurov in Bishkek on Tuesday.",
            ("Akmal Rashidov", "Bakyt Omurov"),
            id="investment",
        ),
        pytest.param(
            "Peruvian Minister of Energy and Mines Rosa Quispe held talks in Lima on Monday "
            "with Chile's Minister of Mining, Tomas Araya.",
            ("Rosa Quispe", "Tomas Araya"),
            id="energy-and-mines",
        ),
        pytest.param(
            "The commission was co-chaired by Kyrgyz Minister of Economy and Commerce Nurlan "
            "Sadykov and Tajik Minister of Industry, Investment and Trade Farrukh Nazarov.",
            ("Farrukh Nazarov", "Nurlan Sadykov"),
            id="three-portfolios",
        ),
    ],
)
def test_economic_portfolios_and_several_portfolios_make_a_title(
    text: str, pair: tuple[str, str]
) -> None:
    """An economic ministry, or one of two or three portfolios, is the office before a name."""
    assert pair in [people for people, _ in _pairs(text)]


def test_a_second_office_after_the_portfolios_is_not_taken_in() -> None:
    """A portfolio heading an office of its own is not taken in: "Finance and Trade Minister A"."""
    art = diplomeet.parse(
        "The Minister of Finance and Trade Minister Grace Wambui met Saudi Commerce Minister "
        "Majed al-Qasabi in Nairobi on Tuesday.",
        published=THURSDAY,
    )
    titles = {p.name: p.title for m in art.meetings for p in m.participants}
    assert titles.get("Grace Wambui") != "Minister of Finance and Trade"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The minister met this Wednesday (16th) with business leaders.",
            ("this Wednesday (16th)", "2024-10-16"),
            id="this-ordinal",
        ),
        pytest.param(
            "The delegation arrived on Monday (14) in Luanda.",
            ("on Monday (14)", "2024-10-14"),
            id="bare-number",
        ),
        pytest.param(
            "The vice-president will return to Brasilia on Tuesday (22nd).",
            ("on Tuesday (22nd)", "2024-10-22"),
            id="coming",
        ),
    ],
)
def test_a_weekday_with_its_day_of_month_in_brackets_is_one_item(
    text: str, expected: tuple[str, str]
) -> None:
    """The bare day in brackets after a weekday is part of its date, and settles it."""
    refs, _ = find_dates(text, THURSDAY)
    assert [(r.text, r.value) for r in refs] == [expected]


def test_a_bracketed_number_that_is_not_the_weekday_s_day_is_left_alone() -> None:
    """A bracketed day no near Friday falls on, "on Friday (3rd)": the weekday alone."""
    refs, _ = find_dates("Talks ended on Friday (3rd) in Lagos.", THURSDAY)
    assert [(r.text, r.value) for r in refs] == [("on Friday", "2024-10-11")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Vice-President Marta Lobato met this Wednesday (16th) in Beijing with Chinese "
            "Commerce Minister Wen Liang."
        ),
        (
            "Finance Minister Rui Carvalho met on Wednesday (October 16) with the Angolan "
            "Minister of Finance, Marta Quissanga, in Lisbon."
        ),
        "President Ana Fagundes met on Wednesday (16) with Chilean Foreign Minister Pedro Lara.",
    ],
)
def test_met_on_a_weekday_with_its_date_in_brackets_then_with(text: str) -> None:
    """A bracketed day, "met on Wednesday (16th) with A", does not cut the meeting off."""
    found = _pairs(text)
    assert len(found) == 1
    assert found[0][1] == "2024-10-16"


def test_the_two_presidents_are_not_a_president_and_a_minister() -> None:
    """With no pair of presidents told, "the two presidents" are not the last two named."""
    text = (
        "On Wednesday, President Rustam Karimov of Tajikistan received Kyrgyz Economy "
        "Minister Bakyt Omurov at his residence in Dushanbe. The two presidents are expected "
        "to review the results at a summit in Bishkek in the autumn."
    )
    found = _pairs(text, date(2025, 6, 13))
    assert found == [(("Bakyt Omurov", "Rustam Karimov"), "2025-06-11")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ghana's central bank governor Kofi Mensah met Nigeria's central bank governor Musa "
            "Bello in Accra on Tuesday."
        ),
        (
            "Central bank governor Kofi Mensah held talks with his Nigerian counterpart Musa "
            "Bello in Accra on Tuesday."
        ),
        (
            "Kenyan central bank chief Wanjiku Mwangi met Egyptian central bank governor Tarek "
            "Fahmy in Cairo on Tuesday."
        ),
    ],
)
def test_a_central_bank_governor_is_an_office(text: str) -> None:
    """The business press's "central bank governor A" and "central bank chief B" are offices."""
    found = _pairs(text, date(2025, 6, 13))
    assert len(found) == 1
    assert found[0][1] == "2025-06-10"
