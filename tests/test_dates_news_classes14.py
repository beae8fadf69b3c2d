"""
Dates of wordings found as classes on the development set check11.

Each class is tested on sentences written here, with other outlets' styles: "the end of the
year" and "later in the year" are the story's own year when the only year before them in the
sentence names a thing ("the 2017 memorandum", "their 2019 trade pact"), and still the year
an event of the sentence was given ("signed in 2015 and ratified before the end of the
year"); archive and form dates with hyphens ("Issue date: 24-May-1973"); "The meeting,
which lasted four hours, came three days after ..." counts from the day the meeting was told
(the host "received" or "hosted" the guest, or the two "held talks").
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.dates import find_dates


def _values(text: str, published: date) -> dict[str, str]:
    return {ref.text: ref.value for ref in find_dates(text, published)[0]}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            (
                "The ministers agreed to review the 2017 memorandum of understanding before "
                "the end of the year."
            ),
            "before the end of the year",
            "2026",
        ),
        (
            (
                "Kenya and Uganda will revisit their 2019 trade pact later in the year, the "
                "minister said."
            ),
            "later in the year",
            "2026",
        ),
        (
            (
                "Seoul's 2015 fisheries accord with Tokyo is expected to be renewed by the end "
                "of the year."
            ),
            "by the end of the year",
            "2026",
        ),
        (
            "The pact was signed in 2015 and ratified before the end of the year.",
            "before the end of the year",
            "2015",
        ),
    ],
)
def test_the_year_skips_a_year_that_names_a_thing(text: str, phrase: str, value: str) -> None:
    """A bare year naming a thing does not anchor "the end of the year"; an event's does."""
    assert _values(text, date(2026, 6, 18))[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Issue date: 24-May-1973\nPage: 1\n\nThe minister spoke.", "24-May-1973", "1973-05-24"),
        ("Filed 03-Feb-2024 by the foreign desk.", "03-Feb-2024", "2024-02-03"),
        ("Minutes dated 9-Dec-1987 were released in Vienna.", "9-Dec-1987", "1987-12-09"),
    ],
)
def test_day_month_year_joined_by_hyphens(text: str, phrase: str, value: str) -> None:
    """Archive and form dates joined by hyphens are read as their day."""
    assert _values(text, date(2026, 6, 18))[phrase] == value


def test_a_day_and_month_with_a_hyphen_and_no_year_is_no_date() -> None:
    """Without its year, a hyphened day and month is not read."""
    assert _values("The 5-May deadline passed quietly.", date(2026, 6, 18)) == {}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            (
                "Foreign Minister Ana Reyes received her Bolivian counterpart in Lima on "
                "Wednesday. The meeting, which lasted four hours, came three days after a "
                "Peruvian army post came under fire from across the border."
            ),
            "three days after",
            "2026-08-30",
        ),
        (
            (
                "The interior ministers held talks in Niamey on Monday. The talks, which were "
                "held behind closed doors, came two days after gunmen attacked a police post."
            ),
            "two days after",
            "2026-08-29",
        ),
        (
            (
                "President Kenji Aso hosted the Mongolian premier in Tokyo on Tuesday. Their "
                "meeting came a day after a drone flew into Japanese airspace."
            ),
            "a day after",
            "2026-08-31",
        ),
    ],
)
def test_an_offset_after_the_meeting_counts_from_its_day(
    text: str, phrase: str, value: str
) -> None:
    """An offset after "The meeting, which ..., came" counts from the meeting's day."""
    assert _values(text, date(2026, 9, 3))[phrase] == value


def test_the_talks_came_after_counts_from_a_lead_many_sentences_back() -> None:
    """The story's talks, told in its lead, date "The talks came two days after" far below."""
    quotes = " ".join(f'"Point {n} is settled," the minister said.' for n in range(9))
    text = (
        "Foreign Minister Lena Varga on Tuesday held talks with her Slovak counterpart in "
        f"Budapest. {quotes} The talks came two days after a drone crashed near the border."
    )
    assert _values(text, date(2026, 5, 6))["two days after"] == "2026-05-03"


@pytest.mark.parametrize(
    "text",
    [
        (
            "The consul was freed on Thursday morning. Officials gave no details. In August "
            "2025, Latvia expelled a Belarusian diplomat. Minsk responded by expelling a "
            "Latvian diplomat a week later."
        ),
        (
            "Latvia expelled a Belarusian diplomat in August 2025; Minsk expelled a Latvian "
            "diplomat a week later."
        ),
    ],
)
def test_a_step_later_from_a_month_is_a_duration(text: str) -> None:
    """A step "a week later" after a month is a stretch, not a week on from another day."""
    values = {phrase.lower(): value for phrase, value in _values(text, date(2026, 1, 22)).items()}
    assert values["a week later"] == "P1W"


def test_the_visit_came_after_counts_from_the_day_the_host_hosted() -> None:
    """An offset after "The working visit took place" counts from the day the host hosted."""
    text = (
        "President Ana Lobo hosted her Angolan counterpart in Windhoek on Wednesday. The "
        "working visit took place a day after two soldiers were killed near the border."
    )
    assert _values(text, date(2024, 2, 15))["a day after"] == "2024-02-13"
