"""Date classes read from the development set check15, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 8, 10)  # a Monday


def _dates(text: str) -> list[tuple[str, str]]:
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=_DAY)
    return [(d.text, d.value) for d in article.dates]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The jets struck shortly after midnight on Sunday, the army said.",
            [("after midnight on Sunday", "2026-08-09T00:00")],
        ),
        (
            "Shortly before dawn on Friday, the guns opened up on the post.",
            [("before dawn on Friday", "2026-08-07")],
        ),
        (
            "The patrol boat fired shortly after 2 a.m. on Saturday.",
            [("after 2 a.m. on Saturday", "2026-08-08T02:00")],
        ),
    ],
)
def test_shortly_before_a_time_is_no_time_to_come(text: str, found: list[tuple[str, str]]) -> None:
    """
    "shortly after midnight on Sunday": "shortly" puts the time near it, no future of its own.

    Alone ("He will arrive shortly") it still tells a time to come.
    """
    assert _dates(text) == found


def test_shortly_alone_is_still_a_time_to_come() -> None:
    """A "shortly" alone ("He will arrive shortly") is a future reference, as before."""
    assert _dates("The envoy will arrive shortly, officials said.") == [("shortly", "FUTURE_REF")]
