"""
Tense cues of the development sample ``sample17c``, as classes.

Sentences written here, people invented: an "-ed" adjective right after a preposition
("behind closed doors", "with armed groups") is no past-tense verb, and a noun after a
possessive ("the summit's host") is no present-tense verb, so neither turns a weekday the
wrong way.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_WEDNESDAY = date(2025, 6, 11)
_FRIDAY = date(2019, 6, 14)


def _values(sentence: str, published: date) -> list[str]:
    art = diplomeet.parse(f"Talks\n\n{sentence}", published=published)
    return [d.value for d in art.dates]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The council is expected to discuss the issue again behind closed doors on Friday.",
            "2025-06-13",
        ),
        (
            "The ministers will hold talks with elected mayors of the border towns on Monday.",
            "2025-06-16",
        ),
        ("Mediators are to meet separately with armed groups in Goma on Saturday.", "2025-06-14"),
        (
            "The envoy is due to fly to Mogadishu for talks on disputed boundaries on Thursday.",
            "2025-06-12",
        ),
    ],
)
def test_an_adjective_after_a_preposition_leaves_the_future_ahead(
    sentence: str, expected: str
) -> None:
    """'is expected to meet behind closed doors on Friday': "closed" is no past tense."""
    assert _values(sentence, _WEDNESDAY) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two sides met behind closed doors on Friday.", "2025-06-06"),
        ("Troops clashed with armed men on Saturday.", "2025-06-07"),
    ],
)
def test_a_past_verb_before_the_adjective_still_points_back(sentence: str, expected: str) -> None:
    """'met behind closed doors on Friday' is the Friday gone by."""
    assert _values(sentence, _WEDNESDAY) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "The minister held talks with Oman's foreign minister, the conference's host,"
                " on Tuesday."
            ),
            "2019-06-11",
        ),
        ("Odhiambo met Tanzania's president, the region's host, on Monday.", "2019-06-10"),
        (
            "Habimana also met the summit's host, President Juma Mrisho, on Thursday evening.",
            "2019-06-13",
        ),
    ],
)
def test_a_noun_after_a_possessive_is_no_present_tense(sentence: str, expected: str) -> None:
    """'met X, the summit's host, on Thursday': "host" is a noun, the Thursday is past."""
    assert [v[:10] for v in _values(sentence, _FRIDAY)] == [expected]


def test_a_future_verb_before_the_possessive_still_points_ahead() -> None:
    """'will receive the summit's host on Monday' is the Monday to come."""
    assert _values("The king will receive the summit's host on Monday.", _FRIDAY) == ["2019-06-17"]
