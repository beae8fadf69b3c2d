"""
Dates of wordings found as classes on the development set check10.

Each class is tested on sentences written here, with invented people and other outlets'
styles: "early yesterday" and "late tomorrow" keep their modifier; a weekday after
"proposed ... in a statement" dates the statement, gone by; year-first dates with points or
slashes ("2026.09.29", "2026/9/29"); a line of clock times alone is a wire's stamp.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.dates import find_dates


def _values(text: str, published: date) -> dict[str, str]:
    return {ref.text: ref.value for ref in find_dates(text, published)[0]}


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        (
            "Guerrillas fired three mortar bombs at the garrison early yesterday.",
            date(1983, 4, 21),
            "early yesterday",
            "1983-04-20",
        ),
        (
            "The talks broke up late yesterday without a statement, a spokesman said.",
            date(2026, 2, 3),
            "late yesterday",
            "2026-02-02",
        ),
        (
            "Voting is due to close late tomorrow in the northern provinces.",
            date(2001, 12, 31),
            "late tomorrow",
            "2002-01-01",
        ),
        (
            "The envoy arrived early today from Addis Ababa.",
            date(2026, 7, 14),
            "early today",
            "2026-07-14",
        ),
    ],
)
def test_early_or_late_before_a_relative_day_is_part_of_it(
    text: str, published: date, phrase: str, value: str
) -> None:
    """The expression is "early yesterday", not "yesterday" alone."""
    assert _values(text, published).get(phrase) == value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # published Tuesday 9 September 1958: the Saturday gone by
        (
            (
                "The premier proposed a resumption of the talks in a statement broadcast by"
                " the state radio Saturday."
            ),
            date(1958, 9, 9),
            "Saturday",
            "1958-09-06",
        ),
        (
            (
                "Ankara's foreign minister suggested a ceasefire in a speech to parliament on"
                " Monday."
            ),
            date(2026, 3, 18),
            "on Monday",
            "2026-03-16",
        ),
        (
            "The junta proposed fresh elections in a statement read on state television Sunday.",
            date(1979, 5, 2),
            "Sunday",
            "1979-04-29",
        ),
        (
            "Havana proposed a prisoner exchange at a news conference Friday.",
            date(1996, 6, 12),
            "Friday",
            "1996-06-07",
        ),
    ],
)
def test_a_weekday_after_a_proposal_made_in_a_statement_is_past(
    text: str, published: date, phrase: str, value: str
) -> None:
    """The weekday dates the statement the proposal was made in, not the plan proposed."""
    assert _values(text, published).get(phrase) == value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # the plan's own date: still ahead
        (
            "The minister proposed new talks on Saturday.",
            date(1958, 9, 9),
            "on Saturday",
            "1958-09-13",
        ),
        # a statement still to come
        (
            "The ministry was due to give details in a statement on Friday.",
            date(1958, 9, 9),
            "on Friday",
            "1958-09-12",
        ),
    ],
)
def test_a_proposed_plan_or_a_statement_to_come_still_looks_ahead(
    text: str, published: date, phrase: str, value: str
) -> None:
    """Without a speech act after "proposed", or with "was due to", the day is ahead."""
    assert _values(text, published).get(phrase) == value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        (
            "2026.09.29 12:40\nBalloons crossed the border overnight.",
            date(2026, 9, 29),
            "2026.09.29",
            "2026-09-29",
        ),
        (
            "Posted 2025/3/7. The ministers met in Seoul.",
            date(2025, 3, 7),
            "2025/3/7",
            "2025-03-07",
        ),
        (
            "The accord was signed on 2019.11.02 in Hanoi.",
            date(2019, 11, 5),
            "on 2019.11.02",
            "2019-11-02",
        ),
    ],
)
def test_year_first_dates_with_points_or_slashes(
    text: str, published: date, phrase: str, value: str
) -> None:
    """East Asian and Baltic pages print the year first, with points or slashes."""
    assert _values(text, published).get(phrase) == value


@pytest.mark.parametrize(
    "text",
    [
        "Version 2026.09.29.1 of the software was released.",
        "The score stood at 2026.13.40 after the count.",
    ],
)
def test_version_numbers_and_impossible_year_first_dates_are_no_dates(text: str) -> None:
    """A fourth part or an impossible month tells no date."""
    assert not _values(text, date(2026, 9, 30))


@pytest.mark.parametrize(
    "footer",
    ["19:42 LOCAL TIME 16:42 GMT", "1542 GMT", "0915 EST", "14:05 GMT+3"],
)
def test_a_line_of_clock_times_alone_is_a_wire_stamp(footer: str) -> None:
    """A wire's closing line of transmission times dates no event of the story."""
    text = f"Border guards shot down the drone today, the ministry said.\n\n--XNA\n{footer}"
    assert _values(text, date(2026, 8, 5)) == {"today": "2026-08-05"}


def test_a_clock_time_in_a_sentence_is_still_a_time() -> None:
    """The stamp rule needs a line of times alone: a sentence's time stays."""
    text = "The ministry said.\nThe sirens sounded at 0342 GMT on Monday."
    assert _values(text, date(2026, 8, 5)) == {"at 0342 GMT on Monday": "2026-08-03T03:42Z"}


def test_a_pages_year_first_date_line_is_read_from_its_head() -> None:
    """An HTML page's date line "2026.09.29 12:40" over the headline is one of its dates."""
    page = (
        "<html><head><title>Ministers meet in Riga</title>"
        '<meta property="article:published_time" content="2026-09-29T12:40:00+03:00">'
        "</head><body><main><div class='article-header'>"
        "<span class='date'>2026.09.29 12:40</span>"
        "<h1>Ministers meet in Riga</h1></div><div class='article-content'>"
        "<p>The foreign ministers of Latvia and Finland met in Riga on Monday to discuss"
        " the security of undersea cables in the Baltic Sea, the ministry said.</p>"
        "<p>The two ministers agreed to meet again in November, officials said later.</p>"
        "</div></main></body></html>"
    )
    article = diplomeet.parse(page)
    assert ("2026.09.29", "2026-09-29") in {(d.text, d.value) for d in article.dates}


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # the other event a week before the Wednesday the sentence dates
        (
            (
                "The ministers agreed on Wednesday to resume joint patrols, a week after gunmen "
                "abducted four fishermen."
            ),
            date(2026, 5, 14),
            "a week after",
            "2026-05-06",
        ),
        # no day in the sentence: a week before publication
        (
            "The meeting came a week after customs officers came under fire near the border.",
            date(2026, 10, 9),
            "a week after",
            "2026-10-02",
        ),
        (
            "The talks opened two weeks before the election.",
            date(1994, 3, 2),
            "two weeks before",
            "1994-03-16",
        ),
    ],
)
def test_weeks_between_two_events_count_whole_days(
    text: str, published: date, phrase: str, value: str
) -> None:
    """A week after (before) another event names that event's day, not its week."""
    assert _values(text, published).get(phrase) == value


def test_a_week_ago_is_still_a_week() -> None:
    """Counted from publication with "ago", a week stays the week (TimeML's convention)."""
    assert _values("He left the capital a week ago.", date(2026, 10, 9)) == {
        "a week ago": "2026-W40"
    }


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Mortar bombs hit the garrison early this morning.",
            "early this morning",
            "1983-04-21TMO",
        ),
        ("The talks broke up late last night.", "late last night", "1983-04-20TNI"),
        ("The envoy will call again late this afternoon.", "late this afternoon", "1983-04-21TAF"),
    ],
)
def test_early_or_late_before_a_part_of_a_relative_day_is_part_of_it(
    text: str, phrase: str, value: str
) -> None:
    """The expression is "late last night", with its modifier, as "early yesterday" is."""
    assert _values(text, date(1983, 4, 21)).get(phrase) == value


def test_a_live_pages_entry_stamp_is_still_a_time() -> None:
    """A clock line with an entry after it heads a live page's entry: it stays a time."""
    text = "Live: ministers gather\n\n18:05 GST\nThe minister has just met his counterpart."
    assert _values(text, date(2026, 5, 12)) == {"18:05 GST": "2026-05-12T18:05"}
