"""Meeting classes of news prose left over by the eighteenth session, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 11, 5)  # a Thursday


def _meetings(text: str) -> list[tuple[tuple[str, ...], str | None, str | None, str]]:
    article = diplomeet.parse(f"Headline of the story\n\n{text}\n\nMore follows.", published=_DAY)
    return [
        (
            tuple(p.name for p in m.participants),
            m.when.value if m.when else None,
            m.place.name if m.place else None,
            m.status,
        )
        for m in article.meetings
    ]


_WHOM = [
    pytest.param(
        "Kenyan Foreign Minister Peter Otieno, whom Ugandan President Samuel Okello met on "
        "Monday, said the border would reopen.",
        (("Samuel Okello", "Peter Otieno"), "2026-11-02", None, "held"),
        id="whom-met",
    ),
    pytest.param(
        "BRASILIA (AP) - Argentine envoy Martin Sosa, whom Brazilian Foreign Minister Ana Lima "
        "received on Tuesday, told reporters the talks went well.",
        (("Ana Lima", "Martin Sosa"), "2026-11-03", "Brasilia", "held"),
        id="whom-received",
    ),
    pytest.param(
        "Japan's trade minister Kenji Ota, whom Prime Minister Sofia Berg met in Stockholm on "
        "Wednesday, said tariffs would fall.",
        (("Sofia Berg", "Kenji Ota"), "2026-11-04", "Stockholm", "held"),
        id="whom-place",
    ),
    pytest.param(
        "LONDON, Nov 3 - The Omani envoy Ahmed Harthy, whom British Foreign Secretary Jane "
        "Hollis saw on Monday, said the talks had been useful.",
        (("Jane Hollis", "Ahmed Harthy"), "2026-11-02", "London", "held"),
        id="whom-saw",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _WHOM)
def test_a_relative_clause_with_whom_tells_who_met_whom(
    text: str, expected: tuple[tuple[str, ...], str | None, str | None, str]
) -> None:
    """A named after "whom" met B: "B, whom A met on Monday, said ..."."""
    assert _meetings(text) == [expected]
