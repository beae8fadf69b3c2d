"""Date classes read from the development samples sample22a-b, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(1987, 10, 22)


def _dates(text: str) -> list[tuple[str, str]]:
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=_DAY)
    return [(d.text, d.value) for d in article.dates]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy told a news conference at the embassy last evening that talks would go on.",
        "Last evening the minister flew home from Vell.",
    ],
)
def test_last_evening_is_the_evening_before(text: str) -> None:
    """'last evening', as "last night": the evening of the day before publication."""
    assert [v for _, v in _dates(text)] == ["1987-10-21TEV"]


@pytest.mark.parametrize(
    "text",
    [
        "He spoke on the last evening of the visit.",
        "It was their last evening together in Vell.",
        "At last evening fell over the harbour and the guns went quiet.",
        "The delegates danced on the last night of the congress.",
    ],
)
def test_the_last_of_several_evenings_is_no_date(text: str) -> None:
    """'the last evening of the visit', 'their last night': the final one, not yesterday's."""
    assert _dates(text) == []
