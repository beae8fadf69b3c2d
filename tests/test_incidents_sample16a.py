"""
Incidents of the development sample ``sample16a`` (official papers), as classes.

Sentences written here, people and boats invented: a boat seized and named before what it
is ("seized the Sea Lark, a shrimp trawler").
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


@pytest.mark.parametrize(
    "sentence",
    [
        "A Cuban patrol boat seized the Miss Ellie, a 38-foot fishing boat, on Saturday.",
        "Moroccan coast guards on Sunday detained the Estrella, a Spanish trawler, off Dakhla.",
        "Indonesian naval forces impounded the Hai Long 7, a Vietnamese fishing vessel, on Friday.",
    ],
)
def test_a_boat_named_before_what_it_is_is_seized(sentence: str) -> None:
    """The seizure of a boat named, then described after a comma, is an incident."""
    art = diplomeet.parse(f"Boat held\n\n{sentence}", published=date(2024, 3, 19))
    assert [i.kind for i in art.incidents] == ["other"]


def test_a_chance_seized_is_no_incident() -> None:
    """Seizing an opportunity, however described, holds no boat."""
    text = "Talks\n\nThe minister seized the moment, a rare one, to talk about fishing quotas."
    assert diplomeet.parse(text, published=date(2024, 3, 19)).incidents == ()


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            (
                "They expressed their deep concern at the armed attack on Egypt, which began on"
                " October 29, and at the bombing of towns."
            ),
            date(1956, 11, 6),
            ("attack", "1956-10-29"),
        ),
        (
            (
                "The ministers condemned the rocket attack on the border town, which took place on"
                " Sunday night, and called for restraint."
            ),
            date(2024, 3, 13),
            ("attack", "2024-03-10"),
        ),
        (
            (
                "Hanoi lodged a protest over the shelling of a fishing village by the army, which"
                " started on June 17."
            ),
            date(2024, 6, 25),
            ("attack", "2024-06-17"),
        ),
        (
            (
                "Warsaw summoned the envoy over the drone incursion into Polish airspace, which"
                " occurred on Tuesday."
            ),
            date(2025, 9, 12),
            ("airspace_violation", "2025-09-09"),
        ),
    ],
)
def test_an_incident_is_dated_by_the_relative_clause_after_it(
    sentence: str, published: date, expected: tuple[str, str]
) -> None:
    """'the attack on the port, which began on October 29' is dated October 29."""
    art = diplomeet.parse(f"Talks held\n\n{sentence}", published=published)
    found = [(i.kind, i.when.value if i.when else None) for i in art.incidents]
    assert found == [expected]


@pytest.mark.parametrize(
    ("sentence", "published", "when"),
    [
        (
            (
                "Tonga protested the boarding of a Fijian fishing boat by a foreign patrol vessel"
                " on Saturday."
            ),
            date(2024, 5, 9),
            "2024-05-04",
        ),
        (
            (
                "The talks came a week after the boarding of two Chinese trawlers in Argentine"
                " waters on April 2."
            ),
            date(2024, 4, 12),
            "2024-04-02",
        ),
        (
            (
                "Officials in Tehran described the boarding of the tanker off Hormuz on Friday as"
                " piracy."
            ),
            date(2023, 7, 10),
            "2023-07-07",
        ),
    ],
)
def test_a_boarding_told_as_a_noun_is_an_incident(
    sentence: str, published: date, when: str
) -> None:
    """'the boarding of a Fijian fishing boat' is a boat held: kind other, on its day."""
    art = diplomeet.parse(f"Talks held\n\n{sentence}", published=published)
    assert [(i.kind, i.when.value if i.when else None) for i in art.incidents] == [("other", when)]


def test_passengers_boarding_a_ferry_is_no_incident() -> None:
    """'the boarding of the ferry at Dover' is travel, not a boat held."""
    art = diplomeet.parse(
        "Delays\n\nPassengers complained about the boarding of the ferry at Dover on Monday.",
        published=date(2023, 7, 10),
    )
    assert not art.incidents
