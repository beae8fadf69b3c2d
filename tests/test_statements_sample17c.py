"""
Statements of the development sample ``sample17c``, as classes.

Sentences written here, people invented: a subject told as an office with its holder in
apposition ("Iran's U.N. envoy, Hamid Karimi, rejected the charge, saying ...") gives the
holder, not the office's country, as the speaker of the words after "saying".
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _speakers(sentence: str) -> list[str | None]:
    art = diplomeet.parse(f"Council meets\n\n{sentence}", published=date(2025, 6, 11))
    return [s.speaker.name if s.speaker else None for s in art.statements]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                "Iran's U.N. envoy, Hamid Karimi, rejected the charge, saying Tehran had"
                ' "nothing to hide."'
            ),
            "Hamid Karimi",
        ),
        (
            (
                "North Korea's U.N. ambassador, Ri Chol-min, rejected Seoul's account, saying the"
                ' army had "acted in self-defence."'
            ),
            "Ri Chol-min",
        ),
        (
            (
                "The Foreign Ministry's spokesman, Ali Rezaei, rejected the claim, saying it was"
                ' "baseless."'
            ),
            "Ali Rezaei",
        ),
    ],
)
def test_an_office_holder_in_apposition_speaks_after_saying(sentence: str, speaker: str) -> None:
    """'X's U.N. envoy, A B, rejected ..., saying "..."': A B speaks."""
    assert _speakers(sentence) == [speaker]


def test_a_country_subject_still_speaks_after_saying() -> None:
    """'Iran rejected the charge, saying "..."': with no holder named, the country speaks."""
    assert _speakers('Iran rejected the charge, saying Tehran had "nothing to hide."') == ["Iran"]
