"""
Meeting words of the development sample ``sample16a`` (official papers), as classes.

Sentences written here, people invented: "will see" a named person is a planned meeting, as
"is due to see" is ("The Secretary will see the Turkish Foreign Minister here on Thursday");
"will see what (whether, the results) ..." is no meeting.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

PUBLISHED = date(2024, 3, 19)  # a Tuesday


def _pairs(text: str) -> list[tuple[frozenset[str], str | None, str]]:
    art = diplomeet.parse(f"Talks ahead\n\n{text}", published=PUBLISHED)
    return [
        (frozenset(p.name for p in m.participants), m.when.value if m.when else None, m.status)
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("text", "people", "when"),
    [
        (
            "Secretary Alma Reyes will see Turkish Foreign Minister Cem Aksoy here on Thursday.",
            {"Alma Reyes", "Cem Aksoy"},
            "2024-03-21",
        ),
        (
            "The envoy Ana Ruiz will see President Jorge Salas in Lima on Friday.",
            {"Ana Ruiz", "Jorge Salas"},
            "2024-03-22",
        ),
        (
            "Prime Minister Lars Holt will also see Chancellor Eva Brandt in Berlin tomorrow.",
            {"Lars Holt", "Eva Brandt"},
            "2024-03-20",
        ),
    ],
)
def test_will_see_a_named_person_is_a_planned_meeting(
    text: str, people: set[str], when: str
) -> None:
    """'A will see B on Friday' is a planned meeting of A and B on that day."""
    assert (frozenset(people), when, "planned") in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ana Ruiz said: We will see what President Jorge Salas decides on Friday.",
        "Minister Ana Ruiz will see whether President Jorge Salas agrees on Friday.",
        "Minister Ana Ruiz said she will see the results after President Jorge Salas reports.",
    ],
)
def test_will_see_what_happens_is_no_meeting(text: str) -> None:
    """'will see what (whether, the results)' is no meeting."""
    assert _pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ambassador Rui Costa met Foreign Minister Tevita Lolo on Monday. The two sides agreed"
            " to hold the next meeting of the bilateral working group in Nuku'alofa next month."
        ),
        (
            "President Ana Ruiz met President Jorge Salas on Monday. They agreed to hold the first"
            " meeting of the joint task force in Quito in May."
        ),
        (
            "Minister Ida Berg met Minister Omar Haddad on Monday and agreed to hold the next"
            " meeting of the expert panel in Amman in June."
        ),
    ],
)
def test_a_meeting_of_a_working_group_is_not_the_principals(text: str) -> None:
    """'agreed to hold the next meeting of the working group next month': not theirs."""
    assert all(status == "held" for _, _, status in _pairs(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "High Commissioner Vikram Rao met Secretary of the Ministry of Fisheries Ms. Anoma"
                " Perera in Colombo on Tuesday."
            ),
            {"Vikram Rao", "Anoma Perera"},
        ),
        (
            (
                "Ambassador Ruth Keller met Director General of the Department of Fisheries Dr."
                " Somchai Wongsa in Bangkok on Monday."
            ),
            {"Ruth Keller", "Somchai Wongsa"},
        ),
        (
            (
                "Ambassador Kenta Ono called on Principal Secretary of the State Department for"
                " Foreign Affairs Hon. Grace Mutua in Nairobi on Friday."
            ),
            {"Kenta Ono", "Grace Mutua"},
        ),
    ],
)
def test_an_office_of_a_body_then_an_honorific_then_the_name(text: str, names: set[str]) -> None:
    """'Secretary of the Ministry of Fisheries Ms. A B': the honorific opens the name."""
    assert [found for found, _, _ in _pairs(text)] == [frozenset(names)]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Prime Minister Rahul Verma raised the issue with President Nimal Perera during his"
            " talks in New Delhi on Monday. The Ministers of Fisheries of the two countries met in"
            " Colombo on Tuesday."
        ),
        (
            "President Ana Silva held talks with President Jorge Mendez in Lima on Monday. The"
            " ministers of defence of the two countries met in Quito on Tuesday."
        ),
        (
            "Chancellor Eva Brandt received Prime Minister Lukas Varga in Berlin on Monday. The"
            " ministers for trade of both countries met on Tuesday."
        ),
        (
            "High Commissioner Vikram Rao met Secretary of the Ministry of Fisheries Ms. Anoma"
            " Perera in Colombo on Monday. The Ministers of Fisheries of the two countries met"
            " on Tuesday."
        ),
    ],
)
def test_ministers_told_with_their_portfolio_after_are_no_leaders(text: str) -> None:
    """'the Ministers of Fisheries of the two countries' met: not the two leaders again."""
    assert [when for _, when, _ in _pairs(text)] == ["2024-03-18"]
