"""
Incident phrasings found in the development sample ``sample11c`` (its README).

Each class is checked on sentences written for these tests (invented people; other outlets,
regions and verbs than the sample's).
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import incidents_read


def _incidents(text: str, published: date = date(2026, 6, 10)) -> list[tuple[str, str | None]]:
    return incidents_read(text, published)


@pytest.mark.parametrize(
    "text",
    [
        (
            "A Russian attack drone flew about 30 kilometres into Polish airspace early on Monday, "
            "the army said."
        ),
        (
            "Two Belarusian helicopters flew some two miles into Latvian airspace on Monday before "
            "turning back, the border guard said."
        ),
        "A reconnaissance balloon flew 12 km deep into Moldovan airspace on Monday.",
    ],
)
def test_how_far_a_flight_went_in_does_not_hide_the_airspace_violation(text: str) -> None:
    """'flew about 30 kilometres into Polish airspace' is an airspace violation."""
    assert ("airspace_violation", "2026-06-08") in _incidents(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Several hundred people gathered outside the Tajik embassy in Bishkek on Monday, "
            "chanting slogans."
        ),
        "Thousands of students marched past the Chinese embassy in Hanoi on Monday, waving flags.",
        "A crowd massed in front of the Kenyan high commission in Kampala on Monday.",
    ],
)
def test_a_crowd_at_an_embassy_is_an_incident(text: str) -> None:
    """People who 'gathered outside' or 'marched past' an embassy: an `other` incident."""
    assert ("other", "2026-06-08") in _incidents(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "A missile fired by Yemen's Houthi militia struck a bulk carrier in the Red Sea on "
            "Monday, killing one sailor."
        ),
        "An anti-ship missile launched from the coast hit a Greek-owned tanker off Aden on Monday.",
    ],
)
def test_a_weapon_fired_by_someone_that_struck_is_an_attack(text: str) -> None:
    """'a missile fired by the militia struck a ship': who fired it stands between."""
    assert ("attack", "2026-06-08") in _incidents(text)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            (
                "Taipei, June 9 (CNA) Taiwan's military tracked 30 Chinese military aircraft "
                "around the island on Monday, with 14 of the aircraft crossing the median "
                "line of the Taiwan Strait, the ministry said."
            ),
            date(2026, 6, 9),
            "2026-06-08",
        ),
        (
            (
                "Manila, June 9 (PNA) - A Chinese coast guard ship fired a water cannon at a "
                "Philippine supply boat near the shoal on Monday, the coast guard said."
            ),
            date(2026, 6, 9),
            "2026-06-08",
        ),
    ],
)
def test_a_title_case_dateline_does_not_date_the_incident(
    text: str, published: date, day: str
) -> None:
    """'Taipei, June 9 (CNA) ... on Monday': the incident is Monday's, not the dateline's."""
    assert [w for _, w in _incidents(text, published)] == [day]


@pytest.mark.parametrize(
    "claim",
    [
        (
            "The rebels said in a communique that the guards had opened fire first and that their "
            'fighters were "acting in self-defence."'
        ),
        (
            'The militia claimed its fighters had fired on the post "to defend our villages from '
            'raids."'
        ),
        (
            'The state news agency said the soldiers had opened fire "at point-blank range" on the '
            "patrol."
        ),
    ],
)
def test_a_sides_quoted_account_of_a_told_incident_adds_none(claim: str) -> None:
    """Undated quoted words, or a reported claim quoting them, retell the incident told."""
    text = (
        "Gunmen attacked a border post near the town on Monday, killing three guards, "
        f"officials said.\n\n{claim}"
    )
    assert _incidents(text) == [("attack", "2026-06-08")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Two Afghan migrants were shot dead by Iranian border guards near the Islam Qala "
            "crossing on Monday, officials said."
        ),
        (
            "A Nepali trader was shot dead by Indian frontier police near the Sunauli "
            "checkpoint on Monday night."
        ),
        "A Sudanese herder was gunned down by Chadian border troops near Adre on Monday.",
    ],
)
def test_a_killing_by_border_guards_is_shots_fired(text: str) -> None:
    """'shot dead by ... border guards': a shooting at the border, shots fired."""
    assert [k for k, _ in _incidents(text)] == ["shots_fired"]
