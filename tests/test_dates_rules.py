"""Rules of English news prose added to the date stage, each on a sentence written for it."""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.dates import find_dates

MONDAY = date(2022, 6, 20)
FRIDAY = date(2022, 6, 24)


def _values(text: str, published: date) -> dict[str, str]:
    refs, _ = find_dates(text, published)
    return {ref.text: ref.value for ref in refs}


def test_next_to_is_a_place_not_the_future() -> None:
    """'next to the embassy' does not make a past clause look ahead."""
    text = "Dozens were hurt in the blast next to the embassy on Friday."
    assert _values(text, MONDAY)["on Friday"] == "2022-06-17"


def test_plans_as_a_noun_is_not_the_future() -> None:
    """'her holiday plans' is a noun; 'plans to' still looks ahead."""
    text = "On Friday, when the minister cut short her holiday plans, she flew to Geneva."
    assert _values(text, MONDAY)["On Friday"] == "2022-06-17"
    assert _values("The envoy plans to visit on Friday.", MONDAY)["on Friday"] == "2022-06-24"


def test_a_plural_noun_after_a_number_is_not_a_present_verb() -> None:
    """'1.84 marks' is a price, not 'marks' the verb: the past verb dates Wednesday."""
    text = "The dollar traded at 1.84 marks on Wednesday."
    assert _values(text, FRIDAY)["on Wednesday"] == "2022-06-22"
    # the verb still reads as a scheduled present
    text = "The summit, which opens on Wednesday, marks a decade of talks."
    assert _values(text, FRIDAY)["on Wednesday"] == "2022-06-29"


def test_a_possessive_month_is_a_month() -> None:
    """'December's figures' is last December; 'May's' stays a name."""
    values = _values("Officials revised December's trade figures on Friday.", date(2023, 2, 10))
    assert values["December's"] == "2022-12"
    assert "May's" not in _values("Theresa May's successor spoke on Friday.", FRIDAY)


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Exports fell in the last half of 2019.", "in the last half of 2019", "2019-H2"),
        ("Growth slowed in the final quarter of 2020.", "in the final quarter of 2020", "2020-Q4"),
        ("Sales rose in the latter half of 2018.", "in the latter half of 2018", "2018-H2"),
    ],
)
def test_the_last_half_or_quarter_of_a_year(text: str, expression: str, value: str) -> None:
    """'the last/final/latter half (quarter) of <year>' is its second half (fourth quarter)."""
    assert _values(text, MONDAY)[expression] == value


def test_decades_in_words_and_without_apostrophe() -> None:
    """'the nineties' and 'the 80s' are decades; 'in their 80s' is an age."""
    values = _values("Trade grew through the nineties, as it had in the 80s.", MONDAY)
    assert values["through the nineties"] == "199"
    assert values["in the 80s"] == "198"
    assert _values("Both leaders are in their 80s.", MONDAY) == {}


def test_midday_is_noon() -> None:
    """'at midday on Tuesday' is 12:00 on that day."""
    values = _values("The ministers will meet at midday on Tuesday.", MONDAY)
    assert values["at midday on Tuesday"] == "2022-06-21T12:00"


def test_later_before_a_weekday_belongs_to_the_expression() -> None:
    """'Later Thursday, ... sought' is that Thursday: 'later' is not a future tense."""
    text = "Later Thursday, two cousins sought support in parliament."
    assert _values(text, FRIDAY)["Later Thursday"] == "2022-06-23"


def test_a_cue_inside_another_expression_does_not_set_the_tense() -> None:
    """'Three days later' points back in the story; it does not make 'Friday's' future."""
    text = "Three days later, as of Friday's close, the index was down 6%."
    assert _values(text, MONDAY)["of Friday's"] == "2022-06-17"


def test_ahead_of_a_possessive_weekday_counts_the_publication_day() -> None:
    """'for Friday's ceremony' written on Friday is that day; 'ahead of' still looks ahead."""
    text = "The venue for Friday's ceremony was chosen by the host."
    assert _values(text, FRIDAY)["for Friday's"] == "2022-06-24"
    ahead = _values("Talks resumed ahead of Friday's vote.", MONDAY)
    assert ahead["of Friday's"] == "2022-06-24"


def test_quarters_as_durations_keep_their_unit() -> None:
    """TIMEX3 writes quarters as 'Q': 'the past two quarters' is P2Q, 'every quarter' P1Q."""
    assert _values("Growth slowed over the past two quarters.", MONDAY) == {
        "over the past two quarters": "P2Q"
    }
    assert _values("The fund pays interest every quarter.", MONDAY) == {"every quarter": "P1Q"}


def test_a_clock_time_with_a_part_of_the_day() -> None:
    """'at 4 in the morning' is 04:00; after a count ('killed 4 in the morning raid') nothing."""
    values = _values("The convoy will leave at 4 in the morning.", MONDAY)
    assert values["at 4 in the morning"] == "2022-06-20T04:00"
    evening = _values("Talks ended at 9 o'clock in the evening.", MONDAY)
    assert evening["at 9 o'clock in the evening"] == "2022-06-20T21:00"
    assert _values("Rebels killed 4 in the morning raid.", MONDAY) == {}


def test_later_and_earlier_weekday_include_the_publication_day() -> None:
    """'will speak later Friday' written on Friday is that day; so is 'earlier Friday'."""
    assert _values("She will speak at a rally later Friday.", FRIDAY)["later Friday"] == (
        "2022-06-24"
    )
    assert _values("He said earlier Friday that talks failed.", FRIDAY)["earlier Friday"] == (
        "2022-06-24"
    )


def test_last_or_next_month_with_a_possessive_is_that_month() -> None:
    """A possessive month after "last" or "next" is that month ("next March's vote")."""
    text = "Since last November\u2019s crisis, talks stalled; next March's vote looms."
    values = _values(text, date(2025, 1, 29))
    assert values["Since last November\u2019s"] == "2024-11"
    assert values["next March's"] == "2025-03"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The incident on the 14th was serious.", "on the 14th", "2025-01-14"),
        (
            "The boat sank in the early hours of the 14th, police said.",
            "of the 14th",
            "2025-01-14",
        ),
        ("The new crossing will open on the 2nd.", "on the 2nd", "2025-02-02"),
        ("The ministers were due to meet on the 30th.", "on the 30th", "2025-01-30"),
        ("Trade fell on the 31st of last month.", "on the 31st of last month", "2024-12-31"),
        ("Talks resume on the 21st of this month.", "on the 21st of this month", "2025-01-21"),
        ("They met on the 3rd in Geneva.", "on the 3rd", "2025-01-03"),
    ],
)
def test_a_day_of_the_month_alone(text: str, expression: str, value: str) -> None:
    """A day of the month without its month, resolved by the clause's tense (published Wed)."""
    assert _values(text, date(2025, 1, 29))[expression] == value


@pytest.mark.parametrize(
    "text",
    [
        "The treaty dates from the 14th century.",
        "The 5th Fleet sailed into the gulf.",
        "The 21st round of talks ended without a deal.",
        "She finished 3rd in the race.",
    ],
)
def test_an_ordinal_before_a_noun_is_no_date(text: str) -> None:
    """An ordinal that a noun follows ("the 14th century", "the 5th Fleet") is not a day."""
    days = [v for v in _values(text, date(2025, 1, 29)).values() if len(v) == len("2025-01-14")]
    assert days == []


def test_a_narrative_step_looks_past_a_sentence_with_no_date() -> None:
    """A step such as "two days later" after a dateless paragraph counts from the last date."""
    text = (
        "The envoy arrived in Cairo on March 3.\n\nFighting resumed in the south.\n\n"
        "Two days later, he left. The next day, talks collapsed."
    )
    values = _values(text, date(2025, 4, 12))
    assert values["Two days later"] == "2025-03-05"
    assert values["The next day"] == "2025-03-06"


def test_a_narrative_step_with_no_date_in_the_story_keeps_the_publication_day() -> None:
    """With no earlier date at all, "the next day" still counts from publication."""
    values = _values("Fighting resumed.\n\nThe next day, talks collapsed.", date(2025, 4, 12))
    assert values["The next day"] == "2025-04-13"


def test_a_sentence_ending_in_a_short_month_keeps_its_full_stop_out() -> None:
    """A full stop after "May" ends the sentence; after "Sept" it is the abbreviation's."""
    values = _values("The talks end in May. Ministers left in Sept. and came back.", FRIDAY)
    assert "in May" in values
    assert "in May." not in values
    assert "in Sept." in values


def test_half_of_a_month_is_that_month() -> None:
    """The second half of June is June, not the year's second half."""
    values = _values("Leaders will meet in the second half of June.", date(2025, 3, 15))
    assert values == {"in the second half of June": "2025-06"}
