"""
Dates told relative to another event ("a day after the talks", "the day before the summit").

Each sentence is written for the test.  The rule (docs/dates.md, "Offsets from another
event"): the expression gets the date it adds to the text.  When the sentence dates its own
event on the left ("spoke on Monday, two days after ..."), that is the other event's date;
when the date given belongs to the event named after "after"/"before" ("a day after the
leaders met on Tuesday"), or that event was dated in the sentences before ("The talks
opened on Monday. A day after the talks, ..."), it is the date of the sentence's own event.
Only when the text gives no such date is publication the anchor.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.dates import find_dates

FRIDAY = date(2024, 5, 10)


def _values(text: str, published: date = FRIDAY) -> dict[str, str]:
    refs, _ = find_dates(text, published)
    return {ref.text: ref.value for ref in refs}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the date on the right belongs to the event after "after": the sentence's is a day on
        (
            "The strike came a day after the leaders met in Doha on Tuesday.",
            "a day after",
            "2024-05-08",
        ),
        (
            (
                "Rebels shelled the port two days after the ceasefire talks in Addis Ababa on"
                " April 29, officials said."
            ),
            "two days after",
            "2024-05-01",
        ),
        (
            "The envoy flew home three days before the vote on Sunday.",
            "three days before",
            "2024-05-02",
        ),
        # the date on the right after a comma is the sentence's own: the other event's date
        (
            "A day after the talks, the ministers flew home on Thursday.",
            "A day after",
            "2024-05-08",
        ),
    ],
)
def test_a_date_on_the_right_anchors_an_event_offset(
    text: str, expression: str, value: str
) -> None:
    """'a day after <event> on <date>': the date given dates the event named after 'after'."""
    assert _values(text)[expression] == value


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The talks opened in Nairobi on Monday. A day after the talks, the minister resigned.",
            "A day after",
            "2024-05-07",
        ),
        (
            (
                "Leaders of the bloc met in Lusaka on April 30.\n\nTwo days after the meeting, the"
                " border was closed."
            ),
            "Two days after",
            "2024-05-02",
        ),
        (
            (
                "The summit opened in Lima on April 22. The day before the summit, protesters"
                " marched to the palace."
            ),
            "The day before",
            "2024-04-21",
        ),
    ],
)
def test_an_event_dated_before_anchors_an_event_offset(
    text: str, expression: str, value: str
) -> None:
    """'A day after the talks': the talks dated in the sentence before are the anchor."""
    assert _values(text)[expression] == value


def test_an_unrelated_earlier_date_is_not_the_anchor() -> None:
    """'two days after the vote' does not count from a date that names no vote."""
    text = "The minister resigned on Monday. He quit two days after the vote."
    assert _values(text)["two days after"] == "2024-05-08"  # publication, as before


def test_a_date_on_the_left_still_names_the_other_event() -> None:
    """'spoke on Monday, two days after ...': the announcement's date (unchanged rule)."""
    text = "The ministers spoke by phone on Monday, two days after the ban was lifted."
    assert _values(text)["two days after"] == "2024-05-04"


def test_the_day_before_an_event_on_the_left() -> None:
    """'met on Monday, the day before the summit': the summit is the day after Monday."""
    text = "The foreign ministers met on Monday, the day before the summit."
    assert _values(text)["the day before"] == "2024-05-07"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "The ministers met on March 3. A day later, the envoy flew home.",
            "A day later",
            "2024-03-04",
        ),
        (
            "The delegations met in Oslo on Tuesday. The following day, they signed the accord.",
            "The following day",
            "2024-05-08",
        ),
        (
            "The accord was signed on Thursday. The previous day, the delegations met in Oslo.",
            "The previous day",
            "2024-05-08",
        ),
    ],
)
def test_narrative_steps_count_from_the_date_before(text: str, expression: str, value: str) -> None:
    """'A day later', 'the following day', 'the previous day' count from the date told before."""
    assert _values(text)[expression] == value


def test_hours_later_without_a_date_is_a_stretch() -> None:
    """'Hours later' with no date told before stays a duration, not a calendar value."""
    assert not _values("Hours later, the rebels withdrew.")["Hours later"][0].isdigit()


def test_hours_after_a_dated_event_are_not_returned() -> None:
    """'Hours after the attack' names the attack's day, which the text already dates."""
    text = (
        "The attack on the convoy took place on Wednesday. Hours after the attack, the"
        " president vowed to respond."
    )
    assert _values(text) == {"on Wednesday": "2024-05-08"}
