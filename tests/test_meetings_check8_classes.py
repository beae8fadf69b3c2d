"""Meeting classes read from the retired ninth blind set (check8), in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 2, 19)  # a Thursday


def _meetings(text: str, published: date = _DAY) -> list[tuple[tuple[str, ...], str, str | None]]:
    article = diplomeet.parse(text, published=published)
    return [
        (tuple(p.name for p in m.participants), m.status, m.when.value if m.when else None)
        for m in article.meetings
    ]


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        (
            "President Jane Doe received on Monday German Foreign Minister Hans Muller.",
            ("Jane Doe", "Hans Muller"),
            "2026-02-16",
        ),
        (
            (
                "Emir Tamim Al-Rashed received at Seif Palace on Thursday Iraqi Foreign Minister "
                "Hassan Ali Jaberi, who conveyed a written message."
            ),
            ("Tamim Al-Rashed", "Hassan Ali Jaberi"),
            "2026-02-19",
        ),
        (
            "King Tomas Verhaal welcomed on Friday Chinese Premier Li Wenbo at the palace.",
            ("Tomas Verhaal", "Li Wenbo"),
            "2026-02-13",
        ),
    ],
)
def test_the_object_after_a_day_with_no_article(
    text: str, names: tuple[str, ...], when: str
) -> None:
    """A wire's 'received [at X] on Monday German Foreign Minister A': A is the one received."""
    assert (names, "held", when) in _meetings(text)


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        (
            (
                "Prime Minister Ahmad Al-Fares met Iraqi envoy Ali Hassan. Iraqi Prime Minister "
                "Karim Al-Obeidi invited the Prime Minister to visit Baghdad in April."
            ),
            ("Karim Al-Obeidi", "Ahmad Al-Fares"),
            "2026-04",
        ),
        (
            (
                "Chancellor Eva Lind spoke to reporters in Vienna on Monday. Czech Chancellor "
                "Pavel Novak later telephoned the chancellor to discuss the gas pipeline."
            ),
            ("Pavel Novak", "Eva Lind"),
            "2026-02-16",
        ),
        (
            (
                "President Ana Reyes arrived in Asuncion on Sunday. On Monday, Paraguayan "
                "President Luis Benitez hosted the president at the Palacio de Lopez."
            ),
            ("Luis Benitez", "Ana Reyes"),
            "2026-02-16",
        ),
    ],
)
def test_an_office_in_the_clause_of_another_holder_is_the_other_one(
    text: str, names: tuple[str, ...], when: str
) -> None:
    """'Iraqi Prime Minister A invited the Prime Minister': the other prime minister, not A."""
    found = _meetings(text)
    assert any(set(m[0]) == set(names) and m[2] == when for m in found), found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Prime Minister Arvind Kale and President Ahmed Nasir held restricted and "
                "delegation-level talks at Hyderabad House on Thursday."
            ),
            ("Arvind Kale", "Ahmed Nasir"),
        ),
        (
            (
                "President Ana Reyes and Chancellor Hans Muller held one-on-one and expanded talks "
                "in Lima on Thursday."
            ),
            ("Ana Reyes", "Hans Muller"),
        ),
        (
            (
                "Foreign Minister Eva Lind and her Latvian counterpart Janis Ozols held formal and "
                "informal consultations in Riga on Thursday."
            ),
            ("Eva Lind", "Janis Ozols"),
        ),
    ],
)
def test_talks_with_two_joined_modifiers(text: str, names: tuple[str, ...]) -> None:
    """'held restricted and delegation-level talks': two kinds of talks are talks."""
    assert (names, "held", "2026-02-19") in _meetings(text)
