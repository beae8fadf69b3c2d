"""Date expressions read from the retired ninth blind set (check8), in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


@pytest.mark.parametrize(
    "text",
    [
        "The official spoke to L'Orient Today on condition of anonymity.",
        "A ministry source told USA Today that the talks had stalled.",
        "Speaking to China Today, the minister praised the agreement.",
    ],
)
def test_today_closing_a_title_is_no_date(text: str) -> None:
    """'L'Orient Today', 'USA Today': the last word of a newspaper's name."""
    assert diplomeet.parse(text, published=date(2026, 8, 20)).dates == ()


@pytest.mark.parametrize(
    "text",
    ["Today the minister meets her Latvian counterpart.", "The minister said today that."],
)
def test_today_opening_a_sentence_or_in_lower_case_is_a_date(text: str) -> None:
    """At a sentence's start or in lower case it is the day."""
    assert [d.value for d in diplomeet.parse(text, published=date(2026, 8, 20)).dates] == [
        "2026-08-20"
    ]
