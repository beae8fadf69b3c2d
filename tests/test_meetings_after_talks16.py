"""A lede's "after talks" told past a comma, a participle, a relative clause (meet16, round 2)."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import meeting_reads

_PUBLISHED = date(2025, 6, 5)  # a Thursday

_Read = list[tuple[tuple[str, ...], str | None, str | None]]


def _read(text: str) -> _Read:
    """Each meeting's people, place name and date value."""
    return meeting_reads(text, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Prime Minister Elena Marsh and President Tomas Valdez pledged on Monday to "
                "expand energy links, after talks at the presidential palace in Lima."
            ),
            [(("Elena Marsh", "Tomas Valdez"), "Lima", "2025-06-02")],
        ),
        (
            (
                "OSLO, June 4 (dpa) - Defence Minister Ivar Lunde and his Swedish counterpart "
                "Karin Berg announced joint air patrols, after talks in Oslo."
            ),
            [(("Ivar Lunde", "Karin Berg"), "Oslo", "2025-06-04")],
        ),
    ],
)
def test_talks_after_a_comma_are_the_subjects(text: str, expected: _Read) -> None:
    """A lede closing ", after talks in X": the subject's people met there."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Chancellor Dieter Hahn and President Luc Marchand agreed on Wednesday to revive "
                "a stalled rail project following lengthy talks in Berlin."
            ),
            [(("Dieter Hahn", "Luc Marchand"), "Berlin", "2025-06-04")],
        ),
        (
            (
                "Egypt's Foreign Minister Omar Fathy and Sudan's Foreign Minister Hamid Osman "
                "pledged to reopen the Nile river route following closed-door talks in Cairo "
                "on Monday."
            ),
            [(("Omar Fathy", "Hamid Osman"), "Cairo", "2025-06-02")],
        ),
    ],
)
def test_following_talks_with_an_adjective_is_a_meeting(text: str, expected: _Read) -> None:
    """Talks "following" with an adjective ("lengthy", "closed-door"): the subject's."""
    assert _read(text) == expected


def test_officials_of_two_countries_met_in_the_after_phrase() -> None:
    """In "The ministers of A and B ..., after talks" the ministers named later met."""
    text = (
        "The defence ministers of Poland and Lithuania pledged on Tuesday to hold joint "
        "drills, after two hours of talks in Warsaw.\n\n"
        "Polish Defence Minister Marek Zielinski and Lithuanian Defence Minister Rasa "
        "Vaitkute said the drills would start in August."
    )
    assert _read(text) == [(("Marek Zielinski", "Rasa Vaitkute"), "Warsaw", "2025-06-03")]


def test_since_a_month_opens_no_clause() -> None:
    """In "a pass closed since May after talks", "since May" is a time, not a clause."""
    text = (
        "The interior ministers of Chile and Argentina agreed on Monday to reopen a mountain "
        "pass closed since May after talks in Santiago.\n\n"
        "Chilean Interior Minister Ines Rojas and Argentine Interior Minister Martin Sosa "
        "said the pass would reopen next week."
    )
    assert _read(text) == [(("Ines Rojas", "Martin Sosa"), "Santiago", "2025-06-02")]


def test_talks_between_their_officials_are_those_officials() -> None:
    """In "A and B agreed ... after talks between their presidents" the presidents met."""
    text = (
        "LIMA - Peru and Chile pledged on Monday to reopen a border crossing following talks "
        "between their presidents in Lima.\n\n"
        "Peruvian President Rosa Quispe and Chilean President Andres Fuentes said the "
        "crossing would reopen next month."
    )
    assert _read(text) == [(("Rosa Quispe", "Andres Fuentes"), "Lima", "2025-06-02")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Foreign Minister Omar Fathy and his Jordanian counterpart Rami Khalil agreed "
                "on Wednesday to repair a rail bridge that was damaged in March after two days "
                "of talks in Cairo."
            ),
            [(("Omar Fathy", "Rami Khalil"), "Cairo", "2025-06-04")],
        ),
        (
            (
                "ROME, June 2 - Prime Minister Paolo Greco and Chancellor Anna Vogt pledged to "
                "finish a gas pipeline which was halted in 2023 after three hours of talks in "
                "Rome."
            ),
            [(("Paolo Greco", "Anna Vogt"), "Rome", "2025-06-02")],
        ),
    ],
)
def test_a_relative_clauses_date_does_not_date_the_talks(text: str, expected: _Read) -> None:
    """In "a bridge that was damaged in March after talks", March dates the damage."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "When they met in Harare in 1990, President Jonas Mbeki and Prime Minister "
                "Ruth Tembo agreed to build a dam."
            ),
            [(("Jonas Mbeki", "Ruth Tembo"), "Harare", "1990")],
        ),
        (
            (
                "After they met in Tunis on Monday, Foreign Minister Samir Ben Ali and his "
                "Libyan counterpart Khaled Omar pledged to reopen the border."
            ),
            [(("Samir Ben Ali", "Khaled Omar"), "Tunis", "2025-06-02")],
        ),
    ],
)
def test_they_before_the_names_are_the_main_clauses_pair(text: str, expected: _Read) -> None:
    """In "When they met in X, A and B agreed", "they" are A and B, named after the comma."""
    assert _read(text) == expected
