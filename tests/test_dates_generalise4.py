"""
Dates, a fourth round of forms: full dates with the month in capitals, and plans told past.

Page heads print dates in capitals ("SEPT. 4, 1987", "12 OCTOBER 2025"); a meeting "planned for
March" that "was postponed" names the nearer March, not the next one.  Every sentence here is
written for these tests; the people are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.dates import find_dates

CAPITALS = [
    pytest.param("SEPT. 4, 1987", "1987-09-04", id="abbreviated-month-first"),
    pytest.param("12 OCTOBER 2025", "2025-10-12", id="day-first-full-month"),
    pytest.param("MAY 3, 2001", "2001-05-03", id="short-month"),
    pytest.param("2ND MARCH 2020", "2020-03-02", id="day-first-ordinal-in-capitals"),
    pytest.param("JANUARY 30TH, 2019", "2019-01-30", id="ordinal-suffix-in-capitals"),
]


@pytest.mark.parametrize(("words", "value"), CAPITALS)
def test_a_full_date_with_its_month_in_capitals_is_read_whole(words: str, value: str) -> None:
    """A page head's "SEPT. 4, 1987" is the day, written as on the page, not the year alone."""
    text = f"{words}\n\nThe two ministers met in the capital on Tuesday."
    refs, _ = find_dates(text, date(2025, 10, 14))
    first = refs[0]
    assert (first.text, first.value) == (words, value)
    assert first.span is not None
    assert text[first.span.start : first.span.end] == first.span.text == words


def test_a_month_in_capitals_without_a_day_and_year_is_not_a_date() -> None:
    """A capitals headline's "MARCH FOR PEACE" names no month: only full dates are read."""
    refs, _ = find_dates("MARCH FOR PEACE DRAWS THOUSANDS IN LIMA", date(2025, 10, 14))
    assert refs == []


def test_capitals_dates_leave_the_other_dates_of_the_text_as_they_were() -> None:
    """The other expressions keep their words and their spans in the text as written."""
    text = "GENEVA, 12 OCTOBER 2025\n\nThe envoy met the minister on Friday and left on 9 October."
    refs, _ = find_dates(text, date(2025, 10, 12))
    found = [(ref.text, ref.value) for ref in refs]
    assert found == [
        ("12 OCTOBER 2025", "2025-10-12"),
        ("on Friday", "2025-10-10"),
        ("on 9 October", "2025-10-09"),
    ]
    for ref in refs:
        assert ref.span is not None
        assert text[ref.span.start : ref.span.end] == ref.span.text


PLANS_TOLD_PAST = [
    pytest.param(
        "A visit by the Fijian prime minister, planned for March, was postponed after the cyclone.",
        "2025-03",
        id="planned-postponed",
    ),
    pytest.param(
        "The summit scheduled for October was called off by the hosts.",
        "2025-10",
        id="scheduled-called-off-nearer-ahead",
    ),
    pytest.param(
        "Talks set for February were cancelled when the minister fell ill.",
        "2025-02",
        id="set-cancelled",
    ),
]


@pytest.mark.parametrize(("sentence", "value"), PLANS_TOLD_PAST)
def test_a_plan_told_from_after_it_names_the_nearer_month(sentence: str, value: str) -> None:
    """A meeting "planned for March" that "was postponed": the nearer March, past or ahead."""
    refs, _ = find_dates(sentence, date(2025, 6, 18))
    assert [ref.value for ref in refs] == [value]


def test_a_plan_still_ahead_keeps_the_next_month() -> None:
    """A meeting "planned for March" that "will go ahead" still points to the next March."""
    refs, _ = find_dates(
        "The talks, planned for March, will go ahead despite the row.", date(2025, 6, 18)
    )
    assert [ref.value for ref in refs] == ["2026-03"]


def test_a_plan_with_its_auxiliary_keeps_its_own_tense() -> None:
    """A visit that "had been planned for March" is a past plan, read by its own verb."""
    refs, _ = find_dates("The visit had been planned for March.", date(2025, 6, 18))
    assert [ref.value for ref in refs] == ["2025-03"]


DAYS_OF_A_NAMED_YEAR = [
    pytest.param("The treaty took effect on March 12 last year.", "2023-03-12", id="md-last"),
    pytest.param("The border reopened on 4 July last year.", "2023-07-04", id="dm-last"),
    pytest.param("Elections are due on October 8 next year.", "2025-10-08", id="md-next"),
    pytest.param("The envoy arrived on 2 February this year.", "2024-02-02", id="dm-this"),
]


@pytest.mark.parametrize(("sentence", "value"), DAYS_OF_A_NAMED_YEAR)
def test_a_month_day_followed_by_a_relative_year_takes_that_year(sentence: str, value: str) -> None:
    """'on March 12 last year' is one expression: the day in the year before publication."""
    refs, _ = find_dates(sentence, date(2024, 11, 12))
    assert [ref.value for ref in refs] == [value]
    assert refs[0].text.endswith("year")


FUTURE_FROM_THE_PAST = [
    pytest.param(
        "The minister looked forward to welcoming her counterpart to Suva in April.",
        "2025-04",
        id="looked-forward-to",
    ),
    pytest.param(
        "They discussed the regional summit, to be held in Nadi in late June.",
        "2025-06",
        id="to-be-held",
    ),
    pytest.param(
        "The president said he looks forward to hosting the king in May.",
        "2025-05",
        id="looks-forward-to",
    ),
]


@pytest.mark.parametrize(("sentence", "value"), FUTURE_FROM_THE_PAST)
def test_an_event_looked_forward_to_or_to_be_held_lies_ahead(sentence: str, value: str) -> None:
    """'looked forward to welcoming ... in April' and 'to be held in late June' point ahead."""
    refs, _ = find_dates(sentence, date(2024, 11, 12))
    assert [ref.value for ref in refs] == [value]


def test_talks_held_in_a_month_stay_past() -> None:
    """'The talks held in May' is a past participle, not 'to be held': still the past May."""
    refs, _ = find_dates("The talks held in May were fruitful.", date(2024, 11, 12))
    assert [ref.value for ref in refs] == ["2024-05"]


def test_a_planned_meeting_after_a_determiner_is_no_future_cue() -> None:
    """In 'cancelled a planned meeting ... on Wednesday' the verb dates the past Wednesday."""
    refs, _ = find_dates(
        "The premier cancelled a planned meeting with the envoy on Wednesday evening.",
        date(2025, 3, 20),
    )
    assert [ref.value for ref in refs] == ["2025-03-19TEV"]


def test_a_planned_meeting_under_a_future_verb_stays_ahead() -> None:
    """'will attend the planned meeting on Friday': the future verb still decides."""
    refs, _ = find_dates(
        "The premier will attend the planned meeting on Friday.", date(2025, 3, 20)
    )
    assert [ref.value for ref in refs] == ["2025-03-21"]


def test_talks_to_prepare_a_summit_date_the_summit_ahead() -> None:
    """'held talks ... to prepare a summit ... on the 29th': the summit lies ahead."""
    refs, _ = find_dates(
        "The ministers held talks on Thursday to prepare a summit of their presidents in "
        "Cusco on the 29th.",
        date(1994, 8, 12),
    )
    assert [(ref.text, ref.value) for ref in refs] == [
        ("on Thursday", "1994-08-11"),
        ("on the 29th", "1994-08-29"),
    ]


def test_a_participle_before_its_agent_is_no_past_cue() -> None:
    """'a dinner hosted by the king ... before returning home Saturday': 'will' decides."""
    refs, _ = find_dates(
        "The couple will attend a dinner hosted by the king before flying home Saturday.",
        date(2024, 9, 6),
    )
    assert [ref.value for ref in refs] == ["2024-09-07"]


def test_a_passive_with_its_auxiliary_stays_past() -> None:
    """'The talks were hosted by Oman on Monday': the auxiliary 'were' is the past cue."""
    refs, _ = find_dates("The talks were hosted by Oman on Monday.", date(2024, 9, 6))
    assert [ref.value for ref in refs] == ["2024-09-02"]


def test_a_change_by_an_amount_stays_a_past_cue() -> None:
    """'exports contracted by 4% between April and June' is past: 'by 4%' names no agent."""
    refs, _ = find_dates("Exports contracted by 4% between April and June.", date(2025, 2, 10))
    assert refs[0].value == "2024-04"
