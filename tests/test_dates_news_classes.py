"""
Classes of news date expressions read by general rules, on sentences written for these tests.

Each test names a class of misses found on the TempEval-3 training data (TimeBank, AQUAINT):
fractions of units in durations, ...  The sentences are original.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.dates import find_dates, resolve

# Thursday 2024-02-29
PUBLISHED = date(2024, 2, 29)


def _values(text: str, published: date = PUBLISHED) -> dict[str, str]:
    refs, _ = find_dates(text, published)
    return {ref.text: ref.value for ref in refs}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the envoys lived in exile for 2 1/2 years", "P2Y6M"),
        ("the ferry crossing takes about 5 1/2 hours", "PT5H30M"),
        ("the convoy waited 3\u00bd hours at the border", "PT3H30M"),
        ("talks lasted two and a half hours", "PT2H30M"),
        ("a two-and-a-half-year drought", "P2Y6M"),
        ("the vote was delayed for an hour and a half", "PT1H30M"),
        ("the siege lasted a year and a half", "P1Y6M"),
        ("the signal faded for a minute and a half", "PT1M30S"),
        ("the summit ran a day and a half", "P1DT12H"),
        ("the rally began half an hour late", "PT30M"),
        ("a truce that held for half a century", "P50Y"),
        ("the mission spent half a day in the port", "PT12H"),
        ("inflation stayed above target for 1.5 years", "P1Y6M"),
    ],
)
def test_fractions_of_a_unit_are_written_in_the_next_smaller_unit(
    phrase: str, expected: str
) -> None:
    """TIMEX3 writes "2 1/2 years" as P2Y6M and "an hour and a half" as PT1H30M."""
    ref = resolve(phrase, PUBLISHED)
    assert ref is not None, phrase
    assert ref.value == expected


def test_half_a_dozen_is_six_and_a_half_of_a_year_is_no_quarter() -> None:
    """Half a dozen weeks counts six; "the first half of the year" stays a half year."""
    assert _values("Inspectors spent half a dozen weeks at the site.") == {
        "half a dozen weeks": "P6W"
    }
    ref = resolve("growth slowed in the first half of the year", PUBLISHED)
    assert ref is not None
    assert ref.value == "2024-H1"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # published Thursday 2024-02-29: the nearer Tuesday is the 27th, the delay looks ahead
        ("The tribunal postponed until Tuesday morning its ruling on the appeal.", "2024-03-05TMO"),
        ("The talks were adjourned until Tuesday.", "2024-03-05"),
        (
            "The ministry gave the trawler crews until 9 a.m. Tuesday to leave port.",
            "2024-03-05T09:00",
        ),
        ("The agency extended its deadline until 6 p.m. GMT Tuesday.", "2024-03-05T18:00Z"),
    ],
)
def test_a_delay_until_a_weekday_looks_ahead(sentence: str, expected: str) -> None:
    """A delay or a grant of time (postponed, gave ...) until a weekday: still to come."""
    assert list(_values(sentence).values()) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no delay: "until" keeps the nearer day
        ("The border stayed closed until Tuesday.", "2024-02-27"),
        ("The curfew lasted until 6 a.m. Tuesday.", "2024-02-27T06:00"),
    ],
)
def test_until_a_weekday_without_a_delay_is_the_nearer_day(sentence: str, expected: str) -> None:
    """Without a verb of delay, "until" takes the nearer weekday, through a time of day too."""
    assert list(_values(sentence).values()) == [expected]


def test_the_latest_period_of_an_earnings_report_is_the_latest_quarter() -> None:
    """In results, "the latest period" is the quarter before publication's ("latest quarter")."""
    assert _values("Revenue in the latest period rose 9% to $410 million.") == {
        "in the latest period": "2023-Q4"
    }
    assert _values("It was the latest periodic review of the treaty.") == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The retailer expects sales to grow in the current fiscal year.", "2024"),
        ("Exports should recover this financial year, the ministry said.", "2024"),
        ("Its budget deficit narrowed in the latest fiscal year.", "2023"),
        ("The airline forecast a profit for the full year.", "2024"),
        # annual results reported in the first quarter: the year just ended
        ("Profit for the full year rose 8%, the bank said.", "2023"),
    ],
)
def test_fiscal_and_full_years_of_business_news(sentence: str, expected: str) -> None:
    """The current, latest, full (fiscal) year of business news each name a year."""
    assert list(_values(sentence).values()) == [expected]


def test_the_full_year_reported_later_in_the_year_is_publications() -> None:
    """A full year told in the past after the first quarter is the year of publication."""
    refs, _ = find_dates("Sales for the full year were $6 billion.", date(2024, 10, 2))
    assert [ref.value for ref in refs] == ["2024"]
    assert _values("The envoy spent a full year in the capital.") == {"a full year": "P1Y"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The merger should be completed by year-end.", {"by year-end": "2024"}),
        ("Both parliaments aim to ratify the pact around year end.", {"around year end": "2024"}),
        ("The mission's mandate runs out by the year's end.", {"by the year's end": "2024"}),
        ("The currency has lost 6% since year-end.", {"since year-end": "2023"}),
    ],
)
def test_year_end_is_the_year(sentence: str, expected: dict[str, str]) -> None:
    """Year-end, as "the end of the year", is the year; "since year-end" the one before."""
    assert _values(sentence) == expected


def test_the_year_ended_is_no_year_end() -> None:
    """A year "ended June 30" keeps its twelve-month stretch and its day."""
    assert _values("Revenue for the year ended June 30 rose.", date(2024, 8, 1)) == {
        "for the year": "P1Y",
        "June 30": "2024-06-30",
    }


def test_a_year_earlier_is_a_comparison_that_others_do_not_count_from() -> None:
    """Year-earlier after "a year earlier" counts from the quarter, not a year further back."""
    text = (
        "The port operator earned $5 million in the third quarter, up from $4 million a year "
        "earlier. Year-earlier results included a one-time charge."
    )
    assert _values(text, date(2024, 10, 30)) == {
        "in the third quarter": "2024-Q3",
        "a year earlier": "2023-Q3",
        "Year-earlier": "2023-Q3",
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It was not until twenty years after the first crews were chosen that a woman flew.",
            "P20Y",
        ),
        ("The bonds may be redeemed until 90 days after their issue date.", "P90D"),
        ("A vigil was held one year after the reporter was killed.", "P1Y"),
    ],
)
def test_a_long_step_after_an_undated_event_is_a_duration(sentence: str, expected: str) -> None:
    """N years (or more than two weeks) after an event the text does not date: a duration."""
    assert list(_values(sentence).values()) == [expected]


def test_a_short_step_after_an_undated_event_still_counts_from_publication() -> None:
    """A day after an undated event stays the day before publication."""
    assert list(_values("The talks open a day after rebels seized the port.").values()) == [
        "2024-02-28"
    ]


def test_ahead_of_a_noun_phrase_is_no_cue_for_the_day() -> None:
    """In "ahead of the Danish visit", "visit" after an adjective is no verb of the clause."""
    text = "On Wednesday afternoon, ahead of the Danish visit, the premier spoke with the envoy."
    # published Friday 2026-03-06: the Wednesday just past
    assert _values(text, date(2026, 3, 6)) == {"On Wednesday afternoon": "2026-03-04TAF"}


def test_a_time_of_day_without_a_day_takes_the_day_of_the_sentence_before() -> None:
    """A clock time in a sentence with no date of its own goes on with the day told before."""
    text = (
        "Gunmen opened fire on a border post early on Sunday. The ministry said the "
        "shooting began at around 2:15 a.m. and lasted an hour."
    )
    values = _values(text, date(2026, 3, 24))
    assert values["early on Sunday"] == "2026-03-22"
    assert values["around 2:15 a.m."] == "2026-03-22T02:15"


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "The activist was found dead on March 3. Two men came the day after his death.",
            "the day after",
        ),
        ("The judge died on March 3. A day after his death, the court closed.", "A day after"),
        (
            "Gunmen shot three guards on March 3. A day after the shooting, troops came.",
            "A day after",
        ),
    ],
)
def test_a_day_after_a_death_or_a_shooting_counts_from_its_date(text: str, step: str) -> None:
    """A death is told by "died", "dead" or "killed", a shooting by "shot" (a meeting: "met")."""
    assert _values(text, date(2024, 3, 20))[step] == "2024-03-04"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The accord follows months of talks in Geneva.", {"months": "PXM"}),
        ("Despite years of war, the two envoys met.", {"years": "PXY"}),
        ("The truce ends weeks of shelling along the river.", {"weeks": "PXW"}),
        # no "of": no stretch of time named
        ("He spent years in exile.", {}),
    ],
)
def test_bare_units_of_an_activity_are_vague_durations(
    sentence: str, expected: dict[str, str]
) -> None:
    """Months of talks (after "follows", "despite", "ends"...): a duration of unknown count."""
    assert _values(sentence) == expected


def test_an_opening_ahead_of_phrase_does_not_date_the_clause() -> None:
    """An opening "ahead of the trip," says nothing of the clause: its own verb decides."""
    # published Wednesday 1998-08-19
    text = "Just ahead of the minister's trip, the ministry on Sunday issued a travel warning."
    assert _values(text, date(1998, 8, 19)) == {"on Sunday": "1998-08-16"}
    # without a comma, "ahead of" governs the date: the summit is still to come
    assert _values("Ahead of the summit on Sunday, the envoys met.", date(1998, 8, 19)) == {
        "on Sunday": "1998-08-23"
    }


def test_the_previous_weekday_counts_from_the_sentences_date() -> None:
    """The previous Monday is the one before the date its sentence gives (as "following")."""
    text = "The talks ended on March 7, 2019, and the envoys had arrived the previous Monday."
    assert _values(text)["previous Monday"] == "2019-03-04"
    assert _values("He was freed on the preceding Sunday.") == {"preceding Sunday": "2024-02-25"}
