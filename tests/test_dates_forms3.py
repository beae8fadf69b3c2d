"""
Date expressions of a third round: modified weekdays, nights, day ranges, past plans.

"early on Sunday", "the night of Sunday to Monday", "on 12-14 March", "earlier today",
"had been planned for February but was postponed", a future weekday naming the day of
publication, and the dates of a page's date lines.  Every sentence is written for these
tests; the people are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.dates import find_dates

PUBLISHED = date(2025, 4, 8)  # a Tuesday


def _found(text: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    refs, _ = find_dates(text, published)
    return [(ref.text, ref.value) for ref in refs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone crashed in a field early on Sunday, the ministry said.",
            [("early on Sunday", "2025-04-06")],
        ),
        (
            "The patrol came under fire late on Friday near the border post.",
            [("late on Friday", "2025-04-04")],
        ),
        (
            "Troops exchanged fire early Monday, officials said.",
            [("early Monday", "2025-04-07")],
        ),
    ],
)
def test_early_and_late_on_a_weekday_are_read_whole(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """The phrase "early on Sunday" is one expression, not "on Sunday" and a stray word."""
    assert _found(text) == expected


def test_the_night_of_one_weekday_to_the_next_is_one_night() -> None:
    """The night of Sunday to Monday begins on Sunday: one date, no separate "to Monday"."""
    text = "A soldier was killed on the night of Sunday to Monday in an exchange of fire."
    assert _found(text) == [("on the night of Sunday to Monday", "2025-04-06TNI")]
    assert _found("Shelling went on through the night of Friday into Saturday.") == [
        ("through the night of Friday into Saturday", "2025-04-04TNI")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The forum will be held on 22-24 May in Lisbon.", [("on 22-24 May", "2025-05-22")]),
        (
            "Negotiators met in Geneva on 2\u20134 April.",
            [("on 2\u20134 April", "2025-04-02")],
        ),
        (
            "The summit runs May 22-24, 2026 in Lisbon.",
            [("May 22-24, 2026", "2026-05-22")],
        ),
        ("Talks were held from 2 to 4 April.", [("from 2 to 4 April", "2025-04-02")]),
    ],
)
def test_a_range_of_days_is_read_as_its_first_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A range "on 12-14 March" is one expression dated by its first day, not lost or cut."""
    assert _found(text) == expected


def test_two_days_joined_by_and_stay_no_range() -> None:
    """The words "on 2 and 4 April" name two days; they are not read as a range."""
    assert ("on 2 and 4 April", "2025-04-02") not in _found("They met on 2 and 4 April.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister spoke earlier today with her counterpart.", ("earlier today", "2025-04-08")),
        ("The two leaders will speak later today.", ("later today", "2025-04-08")),
        ("A vote is expected later tonight.", ("later tonight", "2025-04-08TNI")),
    ],
)
def test_earlier_and_later_today_are_read_whole(text: str, expected: tuple[str, str]) -> None:
    """The phrase "earlier today" is the day of publication, read whole."""
    assert expected in _found(text)


def test_a_plan_told_in_the_past_perfect_points_back() -> None:
    """A visit that "had been planned for February but was postponed" is the past February."""
    assert _found("A visit by the envoy had been planned for February but was postponed.") == [
        ("for February", "2025-02")
    ]
    # a weekday is the nearer one: news of a dropped plan comes in the days around it
    # (published Tuesday 2025-04-08: Friday is three days ahead, four back)
    assert _found("The vote had been scheduled for Friday but was called off.") == [
        ("for Friday", "2025-04-11")
    ]
    assert _found("The vote had been scheduled for Sunday but was called off.") == [
        ("for Sunday", "2025-04-06")
    ]
    assert _found("The talks had originally been planned for December.") == [
        ("for December", "2024-12")
    ]
    # a plan still ahead keeps looking ahead
    assert _found("A visit by the envoy will take place in February.") == [
        ("in February", "2026-02")
    ]


def test_a_future_weekday_naming_the_day_of_publication_is_that_day() -> None:
    """Written on a Tuesday, "is scheduled to meet ... on Tuesday" is that very Tuesday."""
    text = "The envoy is scheduled to call on the prime minister on Tuesday before flying home."
    assert _found(text) == [("on Tuesday", "2025-04-08")]
    # another weekday still looks ahead
    assert _found("The envoy will fly to Manila on Monday.") == [("on Monday", "2025-04-14")]


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("Posted Tue 3 Sep 2024", ("3 Sep 2024", "2024-09-03")),
        ("Updated 8:14 AM EDT, Thu June 26, 2025", ("June 26, 2025", "2025-06-26")),
        ("Published 17 September 2025 - Press release", ("17 September 2025", "2025-09-17")),
    ],
)
def test_a_page_date_line_gives_a_date_without_a_span(
    stamp: str, expected: tuple[str, str]
) -> None:
    """The date of a page's stamp is a date of the article, with no span; its time is not."""
    page = f"Ministers agree to reopen the border\n{stamp}\nThe two ministers met on Monday.\n"
    art = diplomeet.parse(page)
    stamped = [(ref.text, ref.value) for ref in art.dates if ref.span is None]
    assert stamped == [expected]
    assert all(ref.granularity != "time" for ref in art.dates)


POSTED_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Australia and Indonesia sign defence pact - Harbour Broadcasting News</title>
<meta property="og:site_name" content="Harbour Broadcasting News">
<meta property="og:title" content="Australia and Indonesia sign defence pact">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article>
<h1>Australia and Indonesia sign defence pact</h1>
<div class="byline">By Pacific affairs reporter Tom Ellery</div>
<div class="timestamp"><span>Posted Tue 3 Sep 2024 at 5:12am</span></div>
<p>Australia and Indonesia have signed a defence cooperation agreement in Canberra, the two
defence ministers said on Monday after talks at Parliament House.</p>
<p>The ministers agreed to hold joint exercises in the Timor Sea next year.</p>
<p>The agreement replaces a 2006 treaty on security cooperation.</p>
</article></main></body></html>
"""


def test_an_html_pages_posted_line_dates_the_article() -> None:
    """An HTML head's "Posted Tue 3 Sep 2024 at 5:12am" is a date of the article, not its time."""
    art = diplomeet.parse(POSTED_PAGE)
    assert art.source.published == date(2024, 9, 3)
    stamped = [(ref.text, ref.value) for ref in art.dates if ref.span is None]
    assert stamped == [("3 Sep 2024", "2024-09-03")]
    monday = next(ref for ref in art.dates if ref.text == "on Monday")
    assert monday.value == "2024-09-02"


def test_a_headlines_dates_are_dates_of_the_article() -> None:
    """The headline's "next week" is a date of the article, with no span into the body."""
    art = diplomeet.parse(
        "Norwegian, Danish ministers to meet in Oslo next week\n"
        "The foreign ministers of Norway and Denmark will discuss Arctic fisheries, "
        "the Norwegian foreign ministry said on Tuesday.\n",
        published=PUBLISHED,
    )
    assert art.source.headline == "Norwegian, Danish ministers to meet in Oslo next week"
    off_body = [(ref.text, ref.value) for ref in art.dates if ref.span is None]
    assert off_body == [("next week", "2025-W16")]
    assert ("on Tuesday", "2025-04-08") in [(ref.text, ref.value) for ref in art.dates]
