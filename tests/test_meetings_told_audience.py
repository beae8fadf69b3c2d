"""A body's meeting told to an audience ("told reporters that the commission would meet")."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_PAIR = (
    "Foreign Minister Ana Pereira of Angola met Foreign Minister Tomas Varga of Hungary in "
    "Luanda on Monday. "
)


@pytest.mark.parametrize(
    "second",
    [
        (
            "Both ministers told reporters that the joint economic commission would meet in "
            "Budapest in May."
        ),
        "Varga told journalists that the two countries' border committee would meet next month.",
        "Pereira informed parliament that the bilateral council would meet in Luanda in June.",
    ],
)
def test_a_body_meeting_told_to_an_audience_is_no_meeting_of_the_tellers(second: str) -> None:
    """Only the held meeting: the commission, committee or council meets, not the ministers."""
    article = diplomeet.parse(_PAIR + second, published=date(2026, 3, 4))
    assert [(tuple(p.name for p in m.participants), m.status) for m in article.meetings] == [
        (("Ana Pereira", "Tomas Varga"), "held")
    ]


def test_people_told_that_they_would_meet_keep_their_plan() -> None:
    """A person told, not an audience: "A told reporters that she would meet B" still plans."""
    article = diplomeet.parse(
        _PAIR + "Varga told reporters that he would meet Pereira again in Budapest in May.",
        published=date(2026, 3, 4),
    )
    assert ("planned", "2026-05") in [
        (m.status, m.when.value if m.when else None) for m in article.meetings
    ]
