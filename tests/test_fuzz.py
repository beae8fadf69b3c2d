"""
Property tests: whatever the text, ``parse``, ``find_dates`` and ``resolve`` never raise.

Text comes from two strategies: any Unicode (control characters, right-to-left marks,
emoji, combining marks, lone surrogates) and "newsy" text glued from fragments of news
prose (titles, cue verbs, quote marks, date expressions, impossible dates) mixed with the
same hostile characters, which reaches deeper into the extraction stages.  Every result
must be sound (see ``soundness.py``): no stage crashed, spans inside the text, JSON valid
against the schema, UTF-8 and round-tripping.

``HYPOTHESIS_PROFILE=ci`` searches harder; ``fuzz/fuzz_parse.py`` runs for hours.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from hypothesis import example, given
from hypothesis import strategies as st

import diplomeet
from diplomeet.dates import find_dates
from diplomeet.records import Diagnostic, TimeRef
from soundness import assert_sound

# Every code point, surrogates included (a Python str may hold them).
ANY_CHAR: Final = st.characters(codec=None, exclude_categories=())
HOSTILE_CHARS: Final = st.sampled_from(
    [
        "\x00",
        "\x07",
        "\x1b",
        "\x7f",
        "\x85",
        "\r",
        "\r\n",
        "\t",
        "\u00a0",
        "\u200b",
        "\u200d",
        "\u200f",  # right-to-left mark
        "\u202e",  # right-to-left override
        "\u2028",
        "\ufeff",
        "\ufffd",
        "\u0301",  # combining acute accent
        "\u05e9\u05dc\u05d5\u05dd",  # Hebrew
        "\u0645\u0631\u062d\u0628\u0627",  # Arabic
        "\U0001f91d\U0001f3fd",  # emoji with skin tone
        "\U0001f1fa\U0001f1f3",  # flag
        "\ud83d",  # lone high surrogate
        "\ude00",  # lone low surrogate
        "\ud83d\ude00",  # a surrogate pair, as UTF-16 text decoded badly gives
    ]
)
NEWS_FRAGMENTS: Final = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        ";",
        "-",
        " -- ",
        "(",
        ")",
        "[",
        "]",
        '"',
        "'",
        "\u201c",
        "\u201d",
        "\u2018",
        "\u2019",
        "President",
        "Prime Minister",
        "Foreign Minister",
        "Mr.",
        "Gen.",
        "U.S.",
        "Ana Ruiz",
        "Tomas Quispe",
        "Kenya",
        "Ecuadorian",
        "the ministry",
        "Reuters",
        "AP",
        "said",
        "told",
        "added",
        "met",
        "will meet",
        "held talks with",
        "visited",
        "cancelled",
        "shot down",
        "on Monday",
        "on Friday",
        "last week",
        "next month",
        "next year",
        "a day after",
        "two days later",
        "in November",
        "September 17",
        "September 31, 2018",
        "February 30",
        "February 29, 2019",
        "March 3, 2024",
        "5 May 2020",
        "2019-02-27",
        "in 1999",
        "year 0",
        "9999",
        "10000",
        "0",
        "31",
        "tomorrow",
        "yesterday",
        "this week",
        "earlier this month",
        "three years ago",
        "in the spring",
        "<p>",
        "</p>",
        "<div class='x'>",
        "&amp;",
        "By",
        "Photo:",
        "(Reporting by",
    ]
)
NEWSY_TEXT: Final = st.lists(
    st.one_of(NEWS_FRAGMENTS, NEWS_FRAGMENTS, NEWS_FRAGMENTS, HOSTILE_CHARS, ANY_CHAR),
    max_size=80,
).map("".join)
ANY_TEXT: Final = st.text(ANY_CHAR, max_size=200)
TEXT: Final = st.one_of(NEWSY_TEXT, ANY_TEXT)
PUBLISHED: Final = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from([date.min, date.max, date(2000, 2, 29), date(2018, 12, 31)]),
)


@given(article=TEXT, published=PUBLISHED)
@example(article="\ud800", published=None)
@example(article="Talks on September 31, 2018 and next month.", published=date.max)
@example(article="They met on Monday, a day after.", published=date.min)
@example(  # an incident dated by the month of its telling, in December 9999
    article="A drone was shot down near the border, the army said Wednesday.", published=date.max
)
@example(  # "Saturday's downing" read as the Saturday a week before, at the calendar's ends
    article="Officials will respond to Saturday's downing of a drone by the navy.",
    published=date.min,
)
@example(
    article="The ministry condemned Friday's attack on a patrol boat.", published=date(9999, 12, 30)
)
def test_parse_never_raises_and_result_is_sound(article: str, published: date | None) -> None:
    """parse() of any text returns a sound record: spans inside, valid and lossless JSON."""
    assert_sound(diplomeet.parse(article, published=published))


@given(article=NEWSY_TEXT, url=st.text(ANY_CHAR, min_size=1, max_size=80).filter(str.strip))
@example(article="The envoys met on Monday.", url="https://news.example/\ud800")
def test_parse_with_any_url_is_sound(article: str, url: str) -> None:
    """An address with any characters, lone surrogates too, never breaks the JSON."""
    assert_sound(diplomeet.parse(article, url=url))


@given(article=st.binary(max_size=300), published=PUBLISHED)
@example(article=b"\xff\xfe\x00T\x00a\x00l\x00k\x00s", published=None)
def test_parse_of_any_bytes_is_sound(article: bytes, published: date | None) -> None:
    """parse() of arbitrary bytes decodes them (with diagnostics) and never raises."""
    assert_sound(diplomeet.parse(article, published=published))


@given(article=NEWSY_TEXT, published=PUBLISHED)
@example(article="\ufeff", published=None)
@example(article="\ufeffThe envoys met on Monday.", published=date(2021, 3, 3))
def test_parse_text_and_its_utf8_bytes_agree(article: str, published: date | None) -> None:
    """Text without surrogates reads the same as str and as UTF-8 bytes."""
    clean = article.encode("utf-8", "replace").decode("utf-8")
    assert diplomeet.parse(clean, published=published) == diplomeet.parse(
        clean.encode(), published=published
    )


@given(text=TEXT, published=PUBLISHED)
@example(text="on February 30 and September 31, 2018", published=date(2018, 1, 1))
@example(text="next month", published=date(9999, 12, 31))
def test_find_dates_never_raises_and_spans_point_into_text(
    text: str, published: date | None
) -> None:
    """find_dates() returns TimeRefs whose spans cover exactly their text."""
    refs, diagnostics = find_dates(text, published)
    assert all(isinstance(d, Diagnostic) for d in diagnostics)
    for ref in refs:
        assert isinstance(ref, TimeRef)
        assert ref.span is not None
        assert text[ref.span.start : ref.span.end] == ref.span.text
        if ref.start is not None and ref.end is not None:
            assert ref.start <= ref.end


DATE_WORDS: Final = st.sampled_from(
    [
        "on",
        "in",
        "next",
        "last",
        "this",
        "a",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "ago",
        "after",
        "later",
        "earlier",
        "Monday",
        "Sunday",
        "January",
        "February",
        "September",
        "December",
        "spring",
        "tomorrow",
        "yesterday",
        "0",
        "1",
        "29",
        "30",
        "31",
        "32",
        "2019",
        "9999",
        "10000",
        "99999999999999999999",
        ",",
        "-",
        "/",
    ]
)
PHRASES: Final = st.one_of(st.lists(DATE_WORDS, max_size=6).map(" ".join), ANY_TEXT)


@given(phrase=PHRASES, published=PUBLISHED)
@example(phrase="next month", published=date(9999, 12, 31))
@example(phrase="last year", published=date.min)
@example(phrase="in 99999999999999999999 years", published=date(2020, 1, 1))
def test_resolve_never_raises(phrase: str, published: date | None) -> None:
    """resolve() returns a span-less TimeRef or None for any phrase and any date."""
    ref = diplomeet.resolve(phrase, published=published)
    if ref is not None:
        assert isinstance(ref, TimeRef)
        assert ref.span is None
        if ref.start is not None and ref.end is not None:
            assert ref.start <= ref.end
