"""
A bare weekday told after a past week of its sentence falls in that week.

"toured the region last week, meeting A on Monday and B on Thursday": the days of last week,
not of the week of publication. Sentences written here, with invented people.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.dates import find_dates


def _values(text: str, published: date) -> dict[str, str]:
    return {ref.text: ref.value for ref in find_dates(text, published)[0]}


# published Thursday 18 April 2024: last week ran from Monday 8 to Sunday 14 April
PUB = date(2024, 4, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The Swiss foreign minister toured West Africa last week, meeting the Senegalese"
                " president in Dakar on Monday and the Ivorian president in Abidjan on Thursday."
            ),
            {"on Monday": "2024-04-08", "on Thursday": "2024-04-11"},
        ),
        (
            (
                "Last week the envoy shuttled between the two capitals, seeing the prime minister"
                " on Tuesday and the opposition leader Wednesday."
            ),
            {"on Tuesday": "2024-04-09", "Wednesday": "2024-04-10"},
        ),
        (
            (
                "During a visit to Hanoi the previous week, the minister held talks with her"
                " counterpart on Friday."
            ),
            {"on Friday": "2024-04-12"},
        ),
    ],
)
def test_weekday_in_the_past_week_of_its_sentence(text: str, expected: dict[str, str]) -> None:
    """A bare weekday after "last week" in its sentence is a day of that week."""
    values = _values(text, PUB)
    for phrase, value in expected.items():
        assert values[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # "last week's" names a thing: the weekday is this week's
        (
            "Building on last week's agreement, the ministers met again on Monday.",
            "on Monday",
            "2024-04-15",
        ),
        # another sentence: the weekday is read on its own
        ("The talks failed last week. On Tuesday the envoy flew home.", "On Tuesday", "2024-04-16"),
        # this week: nothing moves
        ("This week the envoy met the president on Monday.", "on Monday", "2024-04-15"),
    ],
)
def test_weekday_not_moved(text: str, phrase: str, value: str) -> None:
    """A possessive week, another sentence or this week leave the weekday as it was."""
    assert _values(text, PUB)[phrase] == value


def test_meetings_of_last_week_dated_in_it() -> None:
    """The meetings of a tour told last week are dated on its days."""
    text = (
        "The Norwegian envoy, Kari Lindholt, visited Juba and Khartoum last week, meeting"
        " President Samuel Madut in Juba on Monday and General Osman Jabir in Khartoum on"
        " Wednesday."
    )
    art = diplomeet.parse(text, published=PUB)
    whens = {
        p.name: m.when.value
        for m in art.meetings
        for p in m.participants
        if m.when is not None and p.name in {"Samuel Madut", "Osman Jabir"}
    }
    assert whens == {"Samuel Madut": "2024-04-08", "Osman Jabir": "2024-04-10"}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        # a day to come
        (
            "Two men detained last week on smuggling charges will appear in court on Monday.",
            "on Monday",
            "2024-04-22",
        ),
        # another event after the week
        (
            (
                "Rebels shelled the town for three days last week before the ceasefire was signed"
                " on Monday."
            ),
            "on Monday",
            "2024-04-15",
        ),
    ],
)
def test_weekday_of_another_event(text: str, phrase: str, value: str) -> None:
    """A day to come, or one told after 'before', is not moved into the week."""
    assert _values(text, PUB)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            (
                "Ghana and Togo will reopen the Aflao crossing after protesters blocked it last"
                " week, the Ghanaian interior ministry said on Monday."
            ),
            "on Monday",
            "2024-04-15",
        ),
        (
            (
                "Armed men who attacked a police post last week have been arrested, Nigerien"
                " officials told reporters Tuesday."
            ),
            "Tuesday",
            "2024-04-16",
        ),
        (
            (
                "Rebels seized the border town of Kafia last week, the Chadian army confirmed"
                " on Wednesday."
            ),
            "on Wednesday",
            "2024-04-17",
        ),
    ],
)
def test_weekday_of_the_report(text: str, phrase: str, value: str) -> None:
    """A weekday right after a reporting verb ('said on Monday') dates the report, this week."""
    assert _values(text, PUB)[phrase] == value
