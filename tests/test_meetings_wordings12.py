"""Meeting wordings from a battery of our own sentences (twelfth session)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import meetings_read

_DAY = date(2026, 11, 4)  # a Wednesday
_PAIR = ("Tom Reid", "Eva Brandt")


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Tom Reid dined with Chancellor Eva Brandt on Tuesday evening.",
        "Prime Minister Tom Reid lunched with Chancellor Eva Brandt on Tuesday.",
        "Prime Minister Tom Reid breakfasted with Chancellor Eva Brandt at the embassy.",
        (
            "Prime Minister Tom Reid and Chancellor Eva Brandt shook hands outside the "
            "Chancellery on Tuesday."
        ),
        "Prime Minister Tom Reid entertained Chancellor Eva Brandt at Chequers on Tuesday.",
        (
            "Meeting in Berlin on Tuesday, Prime Minister Tom Reid and Chancellor Eva Brandt "
            "agreed to cut tariffs."
        ),
        (
            "BERLIN, Nov 3 (Reuters) - Meeting at the Chancellery, Prime Minister Tom Reid and "
            "Chancellor Eva Brandt agreed to cut tariffs."
        ),
    ],
)
def test_more_wordings_of_a_meeting(text: str) -> None:
    """A meal with someone, a handshake of two, a host's 'entertained', 'Meeting in X, A and B'."""
    assert ("held", _PAIR) in meetings_read(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        (
            "BERLIN, Nov 3 (Reuters) - Meeting the press on Tuesday, Prime Minister Tom Reid "
            "said tariffs would fall."
        ),
        "Prime Minister Tom Reid shook hands with voters outside the station on Tuesday.",
        "Prime Minister Tom Reid entertained the idea of early elections on Tuesday.",
    ],
)
def test_no_meeting_in_the_same_words(text: str) -> None:
    """'Meeting the press', hands shaken with voters, an idea entertained: no one met."""
    assert meetings_read(text, _DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "BERLIN (Reuters) - Speaking after talks with Prime Minister Tom Reid on Tuesday, "
            "Chancellor Eva Brandt said tariffs would fall."
        ),
        (
            "BERLIN (Reuters) - In a call with Prime Minister Tom Reid on Tuesday, Chancellor "
            "Eva Brandt said tariffs would fall."
        ),
        (
            "Following their meeting on Tuesday, Prime Minister Tom Reid and Chancellor Eva "
            "Brandt issued a joint statement."
        ),
        (
            "BERLIN (AP) - After their talks in Berlin, Prime Minister Tom Reid and Chancellor "
            "Eva Brandt issued a joint statement."
        ),
        (
            "Prime Minister Tom Reid is expected to press Chancellor Eva Brandt on tariffs when "
            "they meet on Friday."
        ),
    ],
)
def test_a_meeting_told_before_or_after_its_people(text: str) -> None:
    """A lead phrase after a dateline ('BERLIN (Reuters) - After their talks, A and B ...')."""
    found = meetings_read(text, _DAY)
    assert any(set(names) == set(_PAIR) for _, names in found)


def test_a_progressive_with_a_future_time_is_a_plan() -> None:
    """'A and B are meeting up on Friday', 'A is meeting B next week': planned, not held."""
    first = (
        "Foreign Minister Ana Lind and Peruvian Foreign Minister Jorge Salas are meeting up on "
        "Friday to talk trade."
    )
    second = (
        "Foreign Minister Ana Lind is meeting her Peruvian counterpart, Jorge Salas, in Lima "
        "next week."
    )
    pair = ("Ana Lind", "Jorge Salas")
    assert meetings_read(first, _DAY) == [("planned", pair)]
    assert meetings_read(second, _DAY) == [("planned", pair)]


def test_a_meeting_told_after_a_plan_to_meet_again_is_not_that_plan() -> None:
    """'A and B agreed to meet again [...]. Following his meeting with B, A ...': two records."""
    text = (
        "For an hour, Foreign Minister Ana Lind sat face to face with Peruvian Foreign Minister "
        "Jorge Salas. Lind and Salas agreed to meet again in the coming weeks. Following his "
        "meeting with Lind, Salas met with members of Congress."
    )
    found = meetings_read(text, _DAY)
    assert ("planned", ("Ana Lind", "Jorge Salas")) in found
    assert ("held", ("Ana Lind", "Jorge Salas")) in found


@pytest.mark.parametrize(
    "text",
    [
        (
            "Carl Brandt said the treaty was dead. Senator Mara Quist discussed the treaty with "
            "conservative radio host Carl Brandt on Thursday."
        ),
        (
            "Senator Mara Quist discussed the treaty with conservative radio host Mr. Carl "
            "Brandt on Thursday."
        ),
        ("Senator Mara Quist spoke with CNN anchor Mr. Carl Brandt about the treaty on Thursday."),
    ],
)
def test_an_interviewer_is_no_one_met(text: str) -> None:
    """A talk-show host, an anchor or a reporter questioning a politician: an interview."""
    assert meetings_read(text, _DAY) == []


def test_a_meeting_host_is_still_met() -> None:
    """'his Egyptian host, President A': the host of a visit is met."""
    text = (
        "Foreign Minister Ana Lind met her Egyptian host, President Omar Farouk, in Cairo on "
        "Tuesday."
    )
    assert ("held", ("Ana Lind", "Omar Farouk")) in meetings_read(text, _DAY)
