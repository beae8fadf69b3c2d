"""The inc18 survey's leftover incident classes, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import headed_incidents

_DAY = date(2024, 6, 5)  # a Wednesday


def _incidents(text: str, published: date = _DAY) -> list[tuple[str, str | None]]:
    return headed_incidents(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "A Chinese coast guard ship fired on a Philippine patrol boat and seized two "
                "fishing vessels near Scarborough Shoal on Tuesday, the Philippine navy said."
            ),
            [("shots_fired", "2024-06-04"), ("other", "2024-06-04")],
        ),
        (
            (
                "Militias fired rockets at a US base near Erbil on Monday in retaliation for the "
                "killing of an Iranian commander in a US drone strike near the airport last Friday."
            ),
            [("attack", "2024-06-03"), ("airstrike", "2024-05-31")],
        ),
        (
            (
                "Indian troops shelled Pakistani posts and shot down a drone over the Line of "
                "Control on Tuesday, the army said in a statement."
            ),
            [("shootdown", "2024-06-04"), ("shots_fired", "2024-06-04")],
        ),
        (
            (
                "Tehran fired a salvo of ballistic missiles at two bases in Syria early on Tuesday "
                "in revenge for the death of a general in an Israeli air strike on Damascus on "
                "Saturday, state television reported."
            ),
            [("airstrike", "2024-06-04"), ("airstrike", "2024-06-01")],
        ),
    ],
)
def test_a_second_incident_in_a_clause_is_read_beside_the_first(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """
    A clause may tell two incidents: a verb of its own after "and" or the act it answered.

    Each is read, with its own day where the clause gives each one ("on Monday ... last
    Friday"); the same kind twice only when its day is told apart.
    """
    found = _incidents(text)
    for item in expected:
        assert item in found


@pytest.mark.parametrize(
    "text",
    [
        "A patrol boat fired on the trawler and hit its wheelhouse off Cape Ortegal on Monday.",
        "Border guards opened fire on the smugglers and wounded two of them on Monday.",
    ],
)
def test_the_same_act_told_twice_in_a_clause_is_one_incident(text: str) -> None:
    """One act of fire ("fired on the trawler and hit its wheelhouse") is one incident."""
    found = _incidents(text)
    assert len(found) <= 1


@pytest.mark.parametrize(
    "text",
    [
        (
            "The websites of Latvia's central bank were knocked offline on Tuesday by a wave of "
            "cyberattacks that officials said came from servers in Russia."
        ),
        (
            "Finland said on Monday that a cyber-attack by a group linked to Russian military "
            "intelligence had shut down the site of its foreign ministry."
        ),
        (
            "The Czech interior ministry said its network had been hit by a cyber attack traced to "
            "hackers in China on Tuesday."
        ),
    ],
)
def test_a_cyberattack_is_an_attack(text: str) -> None:
    """A cyberattack is an ``attack`` (the gold's rule), not ``other``."""
    kinds = [kind for kind, _ in _incidents(text)]
    assert "attack" in kinds
    assert "other" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        (
            "An Indian soldier was killed by sniper fire from across the Line of Control in the "
            "Poonch sector on Tuesday, the army said."
        ),
        (
            "Israeli officials said a reservist was shot dead by a Syrian sniper on the Golan "
            "frontier on Tuesday."
        ),
        (
            "An Armenian conscript was killed by Azerbaijani sniper fire near the border village "
            "of Sotk on Tuesday, the defence ministry in Yerevan said."
        ),
    ],
)
def test_deadly_sniper_fire_is_shots_fired(text: str) -> None:
    """A sniper's deadly shot across a line is ``shots_fired`` (the gold's rule), not an attack."""
    assert ("shots_fired", "2024-06-04") in _incidents(text)
