"""
The resolver corpus: (expected value, publication date, phrasings), in the style of ctparse.

Every phrasing is a clause written for this table; the tense comes from its own verbs.
Rows cover leap years, year ends, ISO weeks across years, publication on the named
weekday, and both directions of time.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.dates import resolve

# 2024-02-29 Thu (leap day) · 2023-12-31 Sun · 2024-01-01 Mon · 2020-03-01 Sun
# 2021-01-04 Mon · 2019-02-27 Wed · 2025-06-15 Sun · 2024-12-30 Mon (ISO week 2025-W01)
CORPUS: list[tuple[str, date | None, list[str]]] = [
    # --- weekdays: past clause, same day counts -------------------------------------
    (
        "2024-02-29",
        date(2024, 2, 29),
        ["The envoys met on Thursday", "talks ended Thursday", "Thursday's talks"],
    ),
    ("2024-02-26", date(2024, 2, 29), ["the ministers spoke by phone on Monday"]),
    ("2024-02-23", date(2024, 2, 29), ["the delegation arrived on Friday"]),
    ("2023-12-26", date(2024, 1, 1), ["the summit opened on Tuesday and was adjourned"]),
    ("2023-12-31", date(2023, 12, 31), ["the leaders signed the accord on Sunday"]),
    # --- weekdays: future clause, the next one after publication --------------------
    (
        "2024-03-01",
        date(2024, 2, 29),
        [
            "the envoys will meet on Friday",
            "the talks are due to resume on Friday",
            "the minister is expected to arrive Friday",
            "the president plans to visit on Friday",
        ],
    ),
    ("2024-01-05", date(2023, 12, 31), ["the two sides will sign the deal on Friday"]),
    # its own weekday: news names the day of publication by its weekday
    ("2024-02-29", date(2024, 2, 29), ["the council will vote on Thursday"]),
    # --- the future seen from the past: the publication day still counts ------------
    (
        "2024-02-29",
        date(2024, 2, 29),
        ["the minister was due to arrive on Thursday", "she said she would sign it Thursday"],
    ),
    ("2024-03-01", date(2024, 2, 29), ["the minister was due to arrive on Friday"]),
    # --- a cue on the right: the finite verb decides ("vowed to" is past) --------------
    ("2024-02-24", date(2024, 2, 29), ["On Saturday the president vowed to retaliate"]),
    # --- "until", "by": the nearest such day ------------------------------------------
    ("2024-03-01", date(2024, 2, 29), ["the border stays closed until Friday"]),
    # --- last / next / this <weekday> ------------------------------------------------
    ("2024-02-22", date(2024, 2, 29), ["last Thursday", "the chancellor met him last Thursday"]),
    ("2024-02-26", date(2024, 2, 29), ["last Monday"]),
    ("2024-03-07", date(2024, 2, 29), ["next Thursday"]),
    ("2024-03-04", date(2024, 2, 29), ["next Monday", "the coming Monday"]),
    ("2024-03-02", date(2024, 2, 29), ["the visit will end this Saturday"]),
    # --- parts of the day and possessives -------------------------------------------
    ("2024-02-23TNI", date(2024, 2, 29), ["the strike hit on Friday night"]),
    ("2024-03-01TMO", date(2024, 2, 29), ["the envoys will fly home on Friday morning"]),
    ("2024-02-28TNI", date(2024, 2, 29), ["last night", "fighting broke out last night"]),
    ("2024-02-29TMO", date(2024, 2, 29), ["this morning"]),
    ("2024-02-29TNI", date(2024, 2, 29), ["tonight", "the cabinet meets tonight"]),
    # --- today, yesterday, tomorrow --------------------------------------------------
    ("2024-02-29", date(2024, 2, 29), ["today", "later in the day", "earlier today"]),
    ("2024-02-28", date(2024, 2, 29), ["yesterday", "yesterday's meeting"]),
    ("2024-03-01", date(2024, 2, 29), ["tomorrow"]),
    ("2024-01-01", date(2023, 12, 31), ["tomorrow"]),
    ("2023-12-31", date(2024, 1, 1), ["yesterday"]),
    ("2024-02-27", date(2024, 2, 29), ["the day before yesterday"]),
    # --- weeks, months, years relative to publication --------------------------------
    ("2024-W09", date(2024, 2, 29), ["this week", "earlier this week", "later in the week"]),
    ("2024-02", date(2024, 2, 29), ["parliament will vote by the end of the month"]),
    ("2024-W08", date(2024, 2, 29), ["last week"]),
    ("2024-W10", date(2024, 2, 29), ["next week"]),
    ("2025-W01", date(2024, 12, 30), ["this week"]),
    ("2024-W52", date(2024, 12, 30), ["last week"]),
    ("2024-02", date(2024, 2, 29), ["this month", "earlier this month", "later this month"]),
    ("2024-01", date(2024, 2, 29), ["last month"]),
    ("2024-03", date(2024, 2, 29), ["next month"]),
    ("2024-01", date(2023, 12, 31), ["next month"]),
    ("2023-12", date(2024, 1, 1), ["last month"]),
    ("2023", date(2024, 1, 1), ["last year", "the talks collapsed late last year"]),
    ("2025", date(2024, 2, 29), ["next year"]),
    ("2024", date(2024, 2, 29), ["this year", "earlier this year"]),
    # --- month names without a year ----------------------------------------------------
    ("2023-11", date(2024, 2, 29), ["the leaders met in November"]),
    (
        "2024-11",
        date(2024, 2, 29),
        ["elections will be held in November", "the accord could be signed in November"],
    ),
    ("2024-02", date(2024, 2, 29), ["the ceasefire collapsed in February"]),
    ("2023-11", date(2024, 2, 29), ["last November"]),
    ("2023-07", date(2024, 2, 29), ["in July last year", "July of last year"]),
    ("2024-03", date(2023, 12, 10), ["the talks were planned for early March"]),
    ("2024-05", date(2024, 1, 10), ["the case is heard in May"]),
    ("2024-11", date(2024, 2, 29), ["next November"]),
    # --- month-day without a year --------------------------------------------------------
    ("2023-09-17", date(2024, 2, 29), ["the accord was signed on September 17"]),
    ("2024-09-17", date(2024, 2, 29), ["the accord will be signed on September 17"]),
    ("2024-02-29", date(2024, 2, 29), ["the envoy arrived on February 29"]),
    ("2020-02-29", date(2023, 6, 1), ["the treaty was signed on February 29"]),
    ("2028-02-29", date(2024, 4, 15), ["the vote will take place on February 29"]),
    # A date just after publication in a past-tense sentence: news gives the year of a date
    # that is not near, so this one is the coming one (docs/dates.md, "slack").
    ("2023-12-07", date(2023, 11, 2), ["the board said the dividend was payable Dec. 7"]),
    ("2023-12-07", date(2023, 11, 2), ["the offer was extended until Dec. 7"]),
    ("2023-12-31", date(2024, 1, 1), ["the truce ended on December 31"]),
    ("2024-01-02", date(2023, 12, 31), ["the talks will resume on January 2"]),
    ("2023-12-30", date(2024, 1, 1), ["Saturday, Dec. 30", "the talks stalled on Dec. 30"]),
    # --- full dates, month-year, years, decades, seasons, quarters ------------------------
    (
        "2019-02-27",
        date(2024, 2, 29),
        [
            "February 27, 2019",
            "Feb. 27, 2019",
            "27 February 2019",
            "the 27th of February, 2019",
            "2019-02-27",
            "27/02/2019",
            "Wednesday, February 27, 2019",
        ],
    ),
    ("2019-02-27", None, ["in Moscow on February 27, 2019"]),
    ("2018-09", date(2024, 2, 29), ["in September 2018", "Sept. 2018", "September of 2018"]),
    ("2015", date(2024, 2, 29), ["the 2015 nuclear deal", "in 2015", "mid-2015"]),
    ("1943", date(2024, 2, 29), ["the 1943 uprising"]),
    ("199", date(2024, 2, 29), ["the 1990s", "in the '90s"]),
    ("19", date(2024, 2, 29), ["the 20th century"]),
    ("2023-SU", date(2024, 2, 29), ["last summer"]),
    ("2024-SU", date(2024, 2, 29), ["this summer", "next summer"]),
    ("2023-WI", date(2024, 2, 29), ["this winter"]),
    ("2024-Q1", date(2024, 2, 29), ["this quarter", "the current quarter"]),
    ("2023-Q4", date(2024, 2, 29), ["last quarter", "the previous quarter"]),
    ("2023-Q4", date(2024, 2, 29), ["profits fell in the fourth quarter"]),  # the latest one
    ("2024-Q1", date(2024, 2, 29), ["profits rose in the first quarter"]),
    ("2024-Q3", date(2024, 2, 29), ["sales will recover in the third quarter"]),
    ("2019-Q3", date(2024, 2, 29), ["the third quarter of 2019", "Q3 2019"]),
    # --- offsets from another event or from publication --------------------------------
    ("2024-02-22", date(2024, 2, 29), ["seven days ago", "7 days ago"]),
    ("2024-W08", date(2024, 2, 29), ["a week ago"]),  # the unit sets the precision
    ("2021", date(2024, 2, 29), ["three years ago"]),
    ("2014", date(2024, 2, 29), ["a decade ago"]),
    ("2024-02-28", date(2024, 2, 29), ["the talks open a day after rebels seized the port"]),
    ("2024-03-01", date(2024, 2, 29), ["the next day", "the following day"]),
    ("2024-W10", date(2024, 2, 29), ["the following week"]),
    # --- durations, sets, vague references ----------------------------------------------
    ("P4M", date(2024, 2, 29), ["within four months", "for four months"]),
    ("P7Y", date(2024, 2, 29), ["a nearly seven-year war", "seven years"]),
    ("P2D", date(2024, 2, 29), ["a two-day visit", "two days"]),
    ("P1D", date(2024, 2, 29), ["the worst single-day fall"]),
    ("P2Y6M", date(2024, 2, 29), ["almost two and a half years", "2 and a half years"]),
    ("PT3H", date(2024, 2, 29), ["three hours"]),
    (
        "P1Y",
        date(2024, 2, 29),
        ["in the fiscal year ended March 31", "for the year ending June 30"],
    ),
    ("P24M", date(2024, 2, 29), ["twenty-four months"]),
    ("P1W", date(2024, 2, 29), ["every week", "weekly"]),
    ("P1Y", date(2024, 2, 29), ["every year", "annually", "twice a year"]),
    ("XXXX-WXX-1", date(2024, 2, 29), ["every Monday"]),
    ("XXXX-07", date(2024, 2, 29), ["the march held each July"]),
    ("PAST_REF", date(2024, 2, 29), ["recently", "in recent years", "in the past several days"]),
    ("PRESENT_REF", date(2024, 2, 29), ["now", "currently", "at present"]),
    ("FUTURE_REF", date(2024, 2, 29), ["in the future", "in the coming weeks", "soon"]),
    # --- times ---------------------------------------------------------------------------------
    ("2024-02-29T15:00", date(2024, 2, 29), ["at 3 p.m.", "at 3pm"]),
    ("2024-03-01T10:30", date(2024, 2, 29), ["the talks will open at 10:30 a.m. Friday"]),
]

ROWS = [
    pytest.param(expected, published, phrase, id=f"{expected}-{phrase[:30]}")
    for expected, published, phrases in CORPUS
    for phrase in phrases
]


@pytest.mark.parametrize(("expected", "published", "phrase"), ROWS)
def test_resolver_corpus(expected: str, published: date | None, phrase: str) -> None:
    """Each phrasing resolves to the expected TIMEX3 value against its publication date."""
    ref = resolve(phrase, published=published)
    assert ref is not None, phrase
    assert ref.value == expected
