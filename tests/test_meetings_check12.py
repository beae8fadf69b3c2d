"""Meeting classes read from the development set check12, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 11, 5)  # a Thursday


def _meetings(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    article = diplomeet.parse(f"Headline of the story\n\n{text}\n\nMore follows.", published=_DAY)
    return [
        (tuple(p.name for p in m.participants), m.when.value if m.when else None)
        for m in article.meetings
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "US envoy Mara Quist spoke by telephone to the Indian Prime Minister, Arun Mehra, "
                "and to his Pakistani counterpart, Imran Sadiq, on Tuesday."
            ),
            [
                (("Mara Quist", "Arun Mehra"), "2026-11-03"),
                (("Mara Quist", "Imran Sadiq"), "2026-11-03"),
            ],
        ),
        (
            (
                "Mediator Lena Vik spoke by phone with President Omar Bashiri and with opposition "
                "leader Kofi Mensah on Sunday."
            ),
            [
                (("Lena Vik", "Omar Bashiri"), "2026-11-01"),
                (("Lena Vik", "Kofi Mensah"), "2026-11-01"),
            ],
        ),
        (
            (
                "The truce was brokered by Tomas Greer, the US envoy, who spoke by telephone to "
                "the Greek Prime Minister, Nikos Varelas, and to his Turkish counterpart, "
                "Emre Koral, several times on Tuesday night."
            ),
            [
                (("Tomas Greer", "Nikos Varelas"), "2026-11-03"),
                (("Tomas Greer", "Emre Koral"), "2026-11-03"),
            ],
        ),
    ],
)
def test_calls_to_each_of_two_leaders_are_two_meetings(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """'spoke by telephone to A, and to B': a call to each, also 'several times on <day>'."""
    assert _meetings(text) == expected


def test_calls_several_times_over_weeks_are_no_meeting() -> None:
    """'has telephoned B several times since ...': a habit, no dated call."""
    text = "President Ana Ruiz has telephoned Chancellor Otto Brenn several times since May."
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Foreign Minister Kari Lund and her Danish counterpart, Mads Holm, reached the "
                "agreement during a virtual meeting on Tuesday, the ministry said."
            ),
            (("Kari Lund", "Mads Holm"), "2026-11-03"),
        ),
        (
            (
                "Prime Minister Tuilagi Fa'amoe and his Tongan counterpart Sione Lavaka settled "
                "the dispute during a phone call on Sunday."
            ),
            (("Tuilagi Fa'amoe", "Sione Lavaka"), "2026-11-01"),
        ),
    ],
)
def test_two_subjects_agreeing_during_a_meeting_meet(
    text: str, expected: tuple[tuple[str, ...], str]
) -> None:
    """'A and B reached the agreement during a virtual meeting': no comma needed."""
    assert _meetings(text) == [expected]


def test_those_present_during_talks_do_not_meet() -> None:
    """'A and B were also present during the talks': members of the delegations."""
    text = "Foreign Secretary Ravi Kumar and Ambassador Jo Lin were also present during the talks."
    assert _meetings(text) == []
