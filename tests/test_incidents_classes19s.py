"""
Incident classes read from the nineteenth session's development samples, on our sentences.

Sentences written here, places and people invented.  Guns told as the subject of the verb
("Norland artillery hit the outskirts of three villages") are an incident like the shells
they fire; a government "came under fire in its own Parliament", "in the press" or "at home"
was criticised, and no shot was fired.
"""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import headed_incidents

_DAY = date(2026, 7, 14)  # a Tuesday


@pytest.mark.parametrize(
    "text",
    [
        "Iranian artillery hit the outskirts of three villages on Sunday evening, the mayor said.",
        "Syrian artillery fire struck a farmhouse near the border on Sunday, officials said.",
        "Armenian artillery pounded two hamlets in the valley on Sunday, the governor said.",
    ],
)
def test_artillery_as_the_subject_tells_an_incident(text: str) -> None:
    """The guns as the subject of "hit", "struck", "pounded": an incident on that day."""
    found = headed_incidents(text, _DAY)
    assert [when for _, when in found] == ["2026-07-12"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Israeli Government came under fire in its own Parliament on Monday, where "
            "opposition members accused the premier of staging the raid for votes."
        ),
        "The Turkish army came under fire in the press on Monday over its handling of the talks.",
        "The Iranian president came under fire at home on Monday for the deal.",
    ],
)
def test_under_fire_in_a_forum_of_words_is_no_incident(text: str) -> None:
    """Coming under fire in its own Parliament, in the press or at home is criticism."""
    assert headed_incidents(text, _DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli patrol came under fire in the border village of Ramot on Monday.",
        "Israeli troops came under fire in a parliament building in Gaza on Monday.",
    ],
)
def test_under_fire_in_a_place_stays_an_incident(text: str) -> None:
    """Fire in a village or in a building is still fire."""
    assert [when for _, when in headed_incidents(text, _DAY)] == ["2026-07-13"]
