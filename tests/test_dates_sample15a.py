"""
Dates of wordings found as classes on the development sample ``sample15a`` (older news).

The sample was written before reading the rules.  The classes are tested on sentences written
here: the Latin month words of older papers, courts and government press notes ("the 14th
inst.", "the 30th ultimo", "the 2nd prox.") name a day of the current, previous or next month,
whatever word follows them.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _values(text: str, published: date) -> dict[str, str]:
    return {d.text: d.value for d in diplomeet.parse(text, published=published).dates}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The High Commissioner called at the Ministry on the 3rd instant and left a note.",
            date(1962, 8, 9),
            ("on the 3rd instant", "1962-08-03"),
        ),
        (
            "Your letter of the 27th ult. has been laid before the Secretary of State.",
            date(1951, 1, 4),
            ("of the 27th ult.", "1950-12-27"),
        ),
        (
            (
                "The Government of Ceylon recalled its envoy on the 30th ultimo, when the riots"
                " spread to the port."
            ),
            date(1958, 6, 2),
            ("on the 30th ultimo", "1958-05-30"),
        ),
        (
            (
                "The conference will open at Colombo on the 2nd prox. under the Prime"
                " Minister's chairmanship."
            ),
            date(1954, 4, 21),
            ("on the 2nd prox.", "1954-05-02"),
        ),
        (
            "A reply has been requested by the 14th inst. at the latest.",
            date(1955, 4, 6),
            ("by the 14th inst.", "1955-04-14"),
        ),
        (
            "The Minister regretted that on the 1st instant a crowd broke into the legation.",
            date(1949, 3, 10),
            ("on the 1st instant", "1949-03-01"),
        ),
    ],
)
def test_a_latin_month_word_names_the_month_of_the_day(
    text: str, published: date, expected: tuple[str, str]
) -> None:
    """'inst.' / 'instant' is this month, 'ult.' / 'ultimo' the last, 'prox.' the next."""
    found = _values(text, published)
    assert found.get(expected[0]) == expected[1], found


def test_the_resolver_reads_a_latin_month_word_alone() -> None:
    """diplomeet.resolve() on "the 30th ultimo" gives the previous month's 30th."""
    found = diplomeet.resolve("the 30th ultimo", published=date(1955, 4, 6))
    assert found is not None
    assert found.value == "1955-03-30"


def test_an_ordinal_before_a_noun_is_still_no_date() -> None:
    """'the 5th Fleet' stays no date beside the Latin forms (the noun check still holds)."""
    found = _values("The 5th Fleet sailed on the 2nd instant.", date(1957, 3, 9))
    assert found == {"on the 2nd instant": "1957-03-02"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Jets bombed the port on Friday. Guerrillas shelled the town a few hours later.",
        "The envoy arrived on Friday, and the two sides met several hours later.",
        "Troops crossed the river on Friday; a couple of hours later they withdrew.",
    ],
)
def test_a_vague_count_of_hours_later_is_the_days_own(text: str) -> None:
    """'a few hours later' after a dated event is that event's day, as 'hours later' is."""
    found = _values(text, date(1998, 6, 8))
    later = [v for t, v in found.items() if t.lower().endswith("hours later")]
    assert later == ["1998-06-05"], found
