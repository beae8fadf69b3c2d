"""Date classes read from the development set check14, on phrasings of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


@pytest.mark.parametrize(
    ("words", "published", "value"),
    [
        ("a week ago today", date(1982, 4, 9), "1982-04-02"),
        ("two weeks ago today", date(2026, 3, 10), "2026-02-24"),
        ("a month ago yesterday", date(2026, 3, 10), "2026-02-09"),
        ("a year ago today", date(2024, 2, 29), "2023-02-28"),
    ],
)
def test_so_long_ago_today_is_that_day(words: str, published: date, value: str) -> None:
    """The words "a week ago today" name the day itself, so many units back (no week)."""
    found = diplomeet.resolve(words, published=published)
    assert found is not None
    assert found.value == value


def test_so_long_ago_today_in_an_article_keeps_its_words() -> None:
    """In a story the expression is read whole: "a week ago today", valued as its day."""
    article = diplomeet.parse(
        "Headline of the story\n\nRebels took the town a week ago today, officials said.",
        published=date(2026, 3, 10),
    )
    assert [(d.text, d.value) for d in article.dates] == [("a week ago today", "2026-03-03")]
