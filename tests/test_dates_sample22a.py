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


_MONDAY = date(2026, 11, 9)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Minister Edo Karsk began a four-day visit to Vell on Friday.", "2026-11-06"),
        ("Lind is hosting Karsk, who began a three-day working visit on Friday.", "2026-11-06"),
        ("Karsk opened a state visit to Tarn on Friday.", "2026-11-06"),
        ("Karsk will begin a four-day visit to Vell on Friday.", "2026-11-13"),
        ("Karsk and Lind visit the dam on Friday.", "2026-11-13"),
    ],
)
def test_a_visit_after_its_modifier_is_a_noun(text: str, value: str) -> None:
    """'began a four-day visit on Friday': "visit" is the noun, "began" the past verb."""
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=_MONDAY)
    assert [d.value for d in article.dates if d.text == "on Friday"] == [value]
