"""
A step from the sentence's own event, named as its subject and dated sentences before.

"The meeting took place two days after a bomb exploded": the meeting was dated earlier in
the story ("agreed yesterday at their fourth meeting"), so "two days after" dates the bomb,
two days before the meeting, not two days before the day of publication.  Sentences written
for these tests, in the manner of newspaper and wire copy.
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
                "The meeting took place two days after a bomb exploded at a customs post."
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
    text = "The meeting took place two days after a bomb exploded at a customs post."
    assert _values(text, date(1986, 3, 8))["two days after"] == "1986-03-06"
