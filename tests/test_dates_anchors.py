"""
What a dependent date counts from, on sentences written for these tests.

A step from the sentence's own event, named as its subject and dated sentences before:
"The meeting was held two days after a bomb went off" counts back from the meeting
("agreed yesterday at their fourth meeting"), not from the day of publication.  A narrative
"the same day" reaches back past a run of dateless sentences (quotes, background) to the
day the story is told on.  "Since the summer" is a summer gone by even in a sentence about
the future.  In the manner of newspaper and wire copy.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.dates import find_dates


def _values(text: str, published: date) -> dict[str, str | None]:
    return {t.text: t.value for t in find_dates(text, published)[0]}


@pytest.mark.parametrize(
    ("text", "published", "step", "value"),
    [
        (
            (
                "The two ministers agreed yesterday on border measures at their fourth meeting.\n\n"
                "They met for five hours. Farmers protested outside.\n\n"
                "The meeting was held two days after a bomb went off at a customs post."
            ),
            date(1986, 3, 8),
            "two days after",
            "1986-03-05",
        ),
        (
            (
                "The foreign ministers held talks in Accra on Tuesday.\n\n"
                "The talks at the old castle came a day after gunmen attacked a border post."
            ),
            date(2025, 3, 7),
            "a day after",
            "2025-03-03",
        ),
        (
            (
                "President Lema visited Kigali on May 3, the first such visit in a decade.\n\n"
                "The visit came three days after rebels shelled the border town."
            ),
            date(2024, 5, 10),
            "three days after",
            "2024-04-30",
        ),
    ],
)
def test_step_counts_from_the_subject_event_dated_before(
    text: str, published: date, step: str, value: str
) -> None:
    """The step counts back from the date of the event the sentence opens with."""
    assert _values(text, published)[step] == value


def test_subject_event_not_told_before_counts_from_publication() -> None:
    """With no earlier telling of the meeting, the step counts from publication as before."""
    text = "The meeting was held two days after a bomb went off at a customs post."
    assert _values(text, date(1986, 3, 8))["two days after"] == "1986-03-06"


def test_same_day_reaches_back_past_dateless_paragraphs() -> None:
    """A "same day" six sentences after the day told is that day, not publication's."""
    text = (
        "Foreign Minister Adaeze Okafor held talks with five counterparts in Geneva on "
        "Tuesday.\n\n"
        "She met the Swiss minister in the morning. Later she saw the Chilean minister.\n\n"
        "The talks covered trade. Officials described them as frank.\n\n"
        '"We made progress," she told reporters. "There is more to do."\n\n'
        "A meeting with the Thai minister, expected to take place the same day, was "
        "called off."
    )
    values = _values(text, date(2024, 6, 13))
    assert values["on Tuesday"] == "2024-06-11"
    assert values["the same day"] == "2024-06-11"


def test_since_a_season_is_past_in_a_future_sentence() -> None:
    """The words "will meet ... the first contact since the summer" mean last summer."""
    text = (
        "The two ministers will meet on Thursday, in what would be their first contact "
        "since the summer."
    )
    assert _values(text, date(2023, 9, 20))["since the summer"] == "2023-SU"
