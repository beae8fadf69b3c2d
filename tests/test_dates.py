"""Behaviour of diplomeet.dates on texts written for these tests."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from dateutil.relativedelta import FR, relativedelta

import diplomeet
from diplomeet.dates import find_dates, resolve
from diplomeet.dates._calendar import bounds
from diplomeet.errors import InvalidArgument

# An original report, written for these tests, in the style of a wire story.
ARTICLE = (
    "Kenyan President Amina Otieno held talks with Ethiopia's prime minister in Addis Ababa "
    "on Tuesday; the African Union chairman was to receive her later in the day.\n"
    "The talks were held a day after the two countries' ministers reopened the border "
    "crossing at Moyale, closed since September 17.\n"
    "Otieno will travel to Kampala on Friday, her office said. The leaders last met in "
    "November, and a summit is planned for next month.\n"
    "Tuesday's talks focused on the 2018 water-sharing accord and on a nearly seven-year "
    "dispute over grazing land; negotiators have met every week in recent months.\n"
    "Officials said a two-day trade fair would open on Friday night."
)
PUBLISHED = date(2021, 3, 9)  # a Tuesday


def _values(text: str, published: date | None = PUBLISHED) -> dict[str, str]:
    refs, _ = find_dates(text, published)
    return {ref.text: ref.value for ref in refs}


def test_find_dates_resolves_every_expression_of_an_article() -> None:
    """Every date expression of a report is found and anchored on publication."""
    values = _values(ARTICLE)
    assert values["on Tuesday"] == "2021-03-09"
    assert values["later in the day"] == "2021-03-09"
    assert values["a day after"] == "2021-03-08"
    assert values["since September 17"] == "2020-09-17"
    assert values["on Friday"] == "2021-03-12"
    assert values["in November"] == "2020-11"
    assert values["for next month"] == "2021-04"
    assert values["Tuesday's"] == "2021-03-09"
    assert values["2018"] == "2018"
    assert values["nearly seven-year"] == "P7Y"
    assert values["every week"] == "P1W"
    assert values["two-day"] == "P2D"
    assert values["on Friday night"] == "2021-03-12TNI"


def test_spans_point_into_the_text() -> None:
    """Each TimeRef's span covers exactly its text in the article."""
    refs, _ = find_dates(ARTICLE, PUBLISHED)
    assert refs
    for ref in refs:
        assert ref.span is not None
        assert ARTICLE[ref.span.start : ref.span.end] == ref.text == ref.span.text


def test_bounds_and_granularity_follow_the_value() -> None:
    """start/end are the inclusive bounds of the period the value names."""
    refs, _ = find_dates("The talks ended last month and resume next week.", date(2024, 3, 13))
    by_text = {ref.text: ref for ref in refs}
    month = by_text["last month"]
    assert (month.start, month.end, month.granularity) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
        "month",
    )
    week = by_text["next week"]
    assert (week.value, week.start, week.end, week.granularity) == (
        "2024-W12",
        date(2024, 3, 18),
        date(2024, 3, 24),
        "week",
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-02-27", (date(2019, 2, 27), date(2019, 2, 27), "day")),
        ("2016-04-22TNI", (date(2016, 4, 22), date(2016, 4, 22), "part_of_day")),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29), "month")),
        ("2023-WI", (date(2023, 12, 1), date(2024, 2, 29), "season")),
        ("2019-Q4", (date(2019, 10, 1), date(2019, 12, 31), "quarter")),
        ("2020-W53", (date(2020, 12, 28), date(2021, 1, 3), "week")),
        ("2020-W53-WE", (date(2021, 1, 2), date(2021, 1, 3), "weekend")),
        ("199", (date(1990, 1, 1), date(1999, 12, 31), "decade")),
        ("XXXX-09-17", (None, None, "day")),
        ("XXXX-WXX-4", (None, None, "day")),
        ("P4M", (None, None, None)),
        ("PAST_REF", (None, None, None)),
    ],
)
def test_bounds_of_timex_values(value: str, expected: tuple[object, ...]) -> None:
    """bounds() reads every value shape the resolver writes."""
    assert bounds(value) == expected


def test_tense_sets_the_direction_of_a_bare_weekday() -> None:
    """A past clause looks back (same day included); a future clause looks ahead."""
    published = date(2022, 6, 16)  # Thursday
    assert _values("The ministers met on Thursday.", published)["on Thursday"] == "2022-06-16"
    assert _values("The ministers met on Monday.", published)["on Monday"] == "2022-06-13"
    future = _values("The ministers will meet on Monday.", published)
    assert future["on Monday"] == "2022-06-20"
    # a future clause naming the day of publication's own weekday means that very day
    assert _values("The envoy is due to arrive on Thursday.", published)["on Thursday"] == (
        "2022-06-16"
    )


def test_a_verb_on_the_left_wins_over_one_after_a_conjunction() -> None:
    """'met ... on Thursday and was due to' dates the meeting by 'met', not by 'was due'."""
    text = "She met the envoy on Thursday and was due to fly home later in the day."
    values = _values(text, date(2022, 6, 16))
    assert values["on Thursday"] == "2022-06-16"
    assert values["later in the day"] == "2022-06-16"


def test_present_tense_schedule_looks_to_the_nearest_day() -> None:
    """'the festival, which begins on Friday night' written on Thursday is the next day."""
    text = "He sent greetings for the festival, which begins on Friday night."
    assert _values(text, date(2022, 6, 16))["on Friday night"] == "2022-06-17TNI"


def test_offsets_anchor_on_the_date_the_sentence_gives() -> None:
    """'two days later' and 'the following week' count from the sentence's own date."""
    text = (
        "The treaty was signed on March 3, 2015, and ratified two days later. "
        "Talks were held on May 10, 2016; the envoys returned the following week."
    )
    values = _values(text, date(2024, 1, 10))
    assert values["two days later"] == "2015-03-05"
    assert values["the following week"] == "2016-W20"


def test_that_year_points_back_to_the_last_date_given() -> None:
    """'later that year' is the year of the last date the text gave, even sentences back."""
    text = "The envoy fled in June 2011. He returned later that year."
    assert _values(text, date(2024, 1, 10))["later that year"] == "2011"
    assert "that year" not in " ".join(_values("They met that year.", date(2024, 1, 10)))


def test_offsets_keep_the_precision_of_their_anchor() -> None:
    """'a year earlier' after a quarter is the same quarter a year before."""
    text = "Exports rose 4% in the third quarter of 2019 from a year earlier."
    assert _values(text, date(2019, 11, 2))["from a year earlier"] == "2018-Q3"


def test_a_year_ago_in_a_quarterly_comparison_is_the_same_quarter() -> None:
    """'a year ago' and 'the year-ago period' after a quarter name that quarter a year back."""
    text = (
        "Coffee exports earned $310 million in the second quarter. "
        "They had earned $280 million a year ago. In the year-ago period, prices were low."
    )
    values = _values(text, date(2022, 8, 2))
    assert values["a year ago"] == "2021-Q2"
    assert values["In the year-ago period"] == "2021-Q2"
    # without a quarter in sight, 'a year ago' stays the year
    assert _values("The treaty was signed a year ago.", date(2022, 8, 2))["a year ago"] == "2021"


def test_a_market_ends_the_day_the_sentence_reports() -> None:
    """'ended the day at ...' is the trading day of the sentence, or publication's."""
    text = "On Monday the Nairobi index rose 2%, ending the day at 1,904 points."
    assert _values(text, date(2023, 5, 10))["the day"] == "2023-05-08"
    assert _values("Shares ended the day lower.", date(2023, 5, 10))["the day"] == "2023-05-10"
    assert _values("It was the day of the vote.", date(2023, 5, 10)) == {}


def test_a_scheduled_present_and_a_proposal_look_ahead() -> None:
    """'returns on Friday' is a schedule; 'proposed a date in November' a plan ahead."""
    published = date(2023, 9, 20)  # a Wednesday
    assert _values("The envoy returns to Accra on Friday.", published)["on Friday"] == (
        "2023-09-22"
    )
    text = "Her ministry had proposed a date in November for the signing."
    assert _values(text, published)["in November"] == "2023-11"


def test_future_as_an_adjective_is_a_vague_future() -> None:
    """'future talks' points to the future; 'futures' (contracts) is no date."""
    assert list(_values("Both sides left room for future talks.").values()) == ["FUTURE_REF"]
    assert _values("Oil futures fell.") == {}


def test_later_looks_back_one_sentence_to_a_precise_enough_date() -> None:
    """'Two days later' counts from the previous sentence's day, never from a bare year."""
    text = "The envoys met in Addis Ababa on May 10, 2016. Two days later, talks resumed."
    assert _values(text, date(2024, 1, 10))["Two days later"] == "2016-05-12"
    text = "It was the first visit since 2019. He flew home two days later."
    assert _values(text, date(2024, 1, 10))["two days later"] == "2024-01-12"


def test_offsets_without_a_date_in_the_sentence_anchor_on_publication() -> None:
    """With no date in its sentence, 'the next day' counts from publication."""
    values = _values("The delegation left and returned the next day.", date(2024, 1, 10))
    assert values["the next day"] == "2024-01-11"


def test_impossible_dates_give_a_diagnostic_not_a_date() -> None:
    """'February 30' and 'September 31, 2018' are reported, never raised nor guessed."""
    refs, diagnostics = find_dates(
        "The talks were set for February 30 and then for September 31, 2018.", date(2019, 1, 1)
    )
    assert refs == []
    assert [d.code for d in diagnostics] == ["date.impossible", "date.impossible"]
    assert diagnostics[0].span is not None
    assert diagnostics[0].span.text == "for February 30"


def test_without_publication_date_relative_dates_stay_unanchored() -> None:
    """Without a publication date: what is known is kept, and a diagnostic says so."""
    refs, diagnostics = find_dates(
        "The envoy met him on Thursday and on September 17; they meet again next month.", None
    )
    values = {ref.text: ref.value for ref in refs}
    assert values == {
        "on Thursday": "XXXX-WXX-4",
        "on September 17": "XXXX-09-17",
        "next month": "XXXX-XX",
    }
    assert all(ref.start is None for ref in refs)
    assert [d.code for d in diagnostics] == ["date.unanchored"] * 3


def test_a_caption_date_is_read_without_publication_date() -> None:
    """A caption's full date is read as written, with no diagnostic, for the outlet parsers."""
    caption = "The two presidents shake hands at the palace in Nairobi on March 9, 2021."
    refs, diagnostics = find_dates(caption, None)
    assert [(ref.value, ref.start) for ref in refs] == [("2021-03-09", date(2021, 3, 9))]
    assert diagnostics == []


def test_may_and_march_as_words_are_not_months() -> None:
    """The modal 'may', the verb 'march' and the surname 'May' are not dates."""
    text = "Protesters may march on the ministry, Prime Minister Theresa May said."
    assert _values(text) == {}


def test_weekday_in_a_title_is_not_a_date() -> None:
    """'The Sunday Times' is a newspaper; 'on Sunday Putin said' still has a date."""
    assert _values("The Sunday Times reported the talks.") == {}
    assert _values("On Sunday Otieno said the talks had failed.") == {"On Sunday": "2021-03-07"}


def test_numbers_that_are_counts_are_not_years() -> None:
    """'2015 people' is a count; 'the 1943 uprising' is a year."""
    assert _values("Police detained 2015 people.") == {}
    assert _values("They marked the 1943 uprising.") == {"1943": "1943"}


def test_numeric_dates_are_day_first_unless_impossible() -> None:
    """27/02/2019 is 27 February; 02/27/2019 can only be month-first; 03/04 reads day-first."""
    assert _values("on 27/02/2019") == {"on 27/02/2019": "2019-02-27"}
    assert _values("on 02/27/2019") == {"on 02/27/2019": "2019-02-27"}
    assert _values("on 03/04/2019") == {"on 03/04/2019": "2019-04-03"}


def test_resolve_returns_none_for_text_without_date() -> None:
    """resolve() answers None, not an exception, when there is no date expression."""
    assert resolve("the ministers shook hands", published=PUBLISHED) is None
    assert resolve("", published=PUBLISHED) is None


def test_resolve_has_no_span_and_accepts_datetime() -> None:
    """resolve() returns a TimeRef without span; a datetime publication counts as its day."""
    ref = resolve("yesterday", published=datetime(2021, 3, 9, 23, 59))  # noqa: DTZ001
    assert ref is not None
    assert (ref.value, ref.span) == ("2021-03-08", None)


def test_resolve_tense_overrides_the_clause() -> None:
    """The tense argument decides the direction whatever the clause says."""
    assert resolve("in November", published=date(2021, 3, 9), tense="future") is not None
    future = resolve("in November", published=date(2021, 3, 9), tense="future")
    past = resolve("they will meet in November", published=date(2021, 3, 9), tense="past")
    assert future is not None
    assert past is not None
    assert (future.value, past.value) == ("2021-11", "2020-11")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: resolve(3), "text must be a str"),  # type: ignore[arg-type]
        (lambda: resolve("today", published="2021-03-09"), "published must be"),  # type: ignore[arg-type]
        (lambda: resolve("today", tense="later"), "tense must be"),  # type: ignore[arg-type]
        (lambda: find_dates(b"today", None), "text must be a str"),  # type: ignore[arg-type]
    ],
)
def test_misuse_raises_invalid_argument(call: object, message: str) -> None:
    """Wrong argument types raise InvalidArgument (a ValueError) with a clear message."""
    with pytest.raises(InvalidArgument, match=message):
        call()  # type: ignore[operator]


def test_relativedelta_clips_month_ends() -> None:
    """Pinned dateutil gotcha: one month after 31 January 2024 is 29 February."""
    assert date(2024, 1, 31) + relativedelta(months=+1) == date(2024, 2, 29)
    refs, _ = find_dates("They met on January 31, 2024, and again a month later.", None)
    assert {ref.text: ref.value for ref in refs}["a month later"] == "2024-02"


def test_relativedelta_weekday_includes_the_same_day() -> None:
    """Pinned dateutil gotcha: FR(-1) from a Friday is that Friday, as our past rule says."""
    friday = date(2024, 3, 1)
    assert friday + relativedelta(weekday=FR(-1)) == friday
    assert resolve("they met on Friday", published=friday) is not None
    ref = resolve("they met on Friday", published=friday)
    assert ref is not None
    assert ref.value == "2024-03-01"


# --- the seed articles' gold (read from ../shared at run time) ---------------------------

_PREPOSITIONS = {"on", "in", "at", "by", "since", "until", "from", "for", "within", "during", "of"}


def _norm(text: str) -> str:
    """The gold README's text normalisation, less the leading preposition and 'the'."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c) and c not in "'\u2019")
    words = re.sub(r"[^\w\s]", " ", text).split()
    if words and words[0] in _PREPOSITIONS:
        words = words[1:]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _day(value: str) -> str:
    """A part-of-day suffix counts as its day (gold README)."""
    return re.sub(r"T(MO|AF|EV|NI|MI|DT)$", "", value)


def test_seed_articles_every_gold_date_found_with_its_value(shared: Path) -> None:
    """Every non-optional gold date of the seed articles is found with the gold value."""
    checked = 0
    for gold_path in sorted((shared / "gold" / "seeds").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (shared / "seeds" / gold["article"]).read_text(encoding="utf-8")
        refs, _ = find_dates(text, date.fromisoformat(gold["published"]))
        found = [(_norm(ref.text), _day(ref.value)) for ref in refs]
        for item in gold["dates"]:
            if item.get("optional"):
                continue
            want = _norm(item["text"])
            matches = [v for t, v in found if want in t or t in want]
            assert item["value"] in matches, (gold["article"], item, matches)
            checked += 1
    assert checked >= 20  # the five seeds hold 23 required dates


# An original report with a photo caption, written for this test.
CAPTIONED = """\
Chile and Peru Sign Fisheries Pact

Chilean Foreign Minister Ana Reyes met her Peruvian counterpart in Lima on Monday.

Ana Reyes and Luis Vega (L) shake hands in Lima on June 12, 2023. (AP Photo/Rosa Quispe)

The ministers will meet again next month, officials said.
"""


def test_caption_dates_join_the_article_without_a_span() -> None:
    """A caption's date is one of the article's dates, with span None; no duplicates."""
    art = diplomeet.parse(CAPTIONED, published=date(2023, 6, 13))
    assert "June 12, 2023" not in art.text  # the caption stays out of the body
    caption_refs = [ref for ref in art.dates if ref.span is None]
    assert [(ref.text, ref.value) for ref in caption_refs] == [("on June 12, 2023", "2023-06-12")]
    assert all(ref.span is not None for ref in art.dates if ref not in caption_refs)
    pairs = [(ref.text, ref.value) for ref in art.dates]
    assert len(pairs) == len(set(pairs))


STAMPED = """Ministers agree to reopen the northern crossing

By Ana Ferreira
Published February 4, 2025 Updated 9:47 PM

LUSAKA - The foreign ministers of Zambia and Malawi met in Lusaka on Monday and agreed to
reopen the northern border crossing next month, officials said.
"""


def test_a_date_line_of_the_page_gives_dates_without_a_span() -> None:
    """A page's date line leaves the body; its day is one of the dates, its clock time not."""
    art = diplomeet.parse(STAMPED)
    assert "Published" not in art.text
    assert art.source.published == date(2025, 2, 4)
    stamp_refs = [(ref.text, ref.value) for ref in art.dates if ref.span is None]
    assert stamp_refs == [("February 4, 2025", "2025-02-04")]
    assert {ref.value for ref in art.dates if ref.span is not None} == {"2025-02-03", "2025-03"}
