"""
Dates of wordings found as classes on the development sample ``sample13b``.

The sample was written before reading the rules.  The classes are tested on sentences
written here: the hyphenated "to-day", "to-morrow" and "to-night" of older papers, and a
dispatch's dateline with its month in capitals ("PARIS, OCTOBER 3."), whose "yesterday" and
"to-day" count from the dateline's day, not from the day the paper came out.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _dates(text: str, published: date) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in diplomeet.parse(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The High Commissioner said to-day that the talks would resume.",
            ("to-day", "1935-05-02"),
        ),
        (
            "The Prime Minister will receive the Egyptian envoy to-morrow at Downing Street.",
            ("to-morrow", "1935-05-03"),
        ),
        (
            "To-night the Cabinet met for three hours to consider the Abyssinian note.",
            ("To-night", "1935-05-02TNI"),
        ),
        (
            "The delegates leave for Geneva to-morrow morning, it was learned.",
            ("to-morrow morning", "1935-05-03TMO"),
        ),
    ],
)
def test_the_hyphenated_days_of_older_papers(text: str, expected: tuple[str, str]) -> None:
    """Read: "to-day", "to-morrow", "to-night" are "today", "tomorrow", "tonight"."""
    assert expected in _dates(f"Talks in London\n\n{text}", date(1935, 5, 2))


def test_day_to_day_is_no_date() -> None:
    """Read: "day-to-day contacts" names no day."""
    found = _dates(
        "Talks in London\n\nThe two missions keep day-to-day contacts.", date(1935, 5, 2)
    )
    assert found == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "Talks resume\n\nPARIS, OCTOBER 3.\n\nThe French Foreign Minister said yesterday "
                "that he would see the Italian Ambassador."
            ),
            date(1962, 10, 4),
            [("OCTOBER 3", "1962-10-03"), ("yesterday", "1962-10-02")],
        ),
        (
            (
                "Envoy recalled\n\nLONDON, JAN. 14 (Reuter).\u2014The Foreign Office said to-day "
                "that the ambassador had been recalled for consultations."
            ),
            date(1966, 1, 15),
            [("JAN. 14", "1966-01-14"), ("to-day", "1966-01-14")],
        ),
        (
            (
                "Border talks\n\nCAIRO, MAY 5.\u2014The two delegations met this morning at the "
                "Foreign Ministry."
            ),
            date(1958, 5, 6),
            [("MAY 5", "1958-05-05"), ("this morning", "1958-05-05TMO")],
        ),
    ],
)
def test_a_datelines_month_in_capitals(
    text: str, published: date, expected: list[tuple[str, str]]
) -> None:
    """Read: "PARIS, OCTOBER 3." is a date and the dispatch under it counts from it."""
    found = _dates(text, published)
    for item in expected:
        assert item in found
