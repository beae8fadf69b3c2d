"""
Dates of wordings found as classes on the development sets whose dates scored lowest.

Each class is tested on pages and sentences written here.  First class: an HTML page's head
line that states the page's day with a numeric date, day first: a byline with its date ("Jane
Doe, 11.06.2026, 09:40"), a section label over the headline ("WORLD | 17-03-2026 18:05"), a
desk's line with a slash date whose day is past 12.  The extractor drops these lines; their
day is a date of the article, as a head's "June 11, 2026" is.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.dates import find_dates

_HEAD = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} - {site}</title>"
    "<meta property='og:site_name' content='{site}'>"
    "<meta property='og:title' content='{title}'>"
    "<meta property='article:published_time' content='{iso}T09:40:00+02:00'>"
    "</head><body><main><article>\n"
)
_BODY = (
    "<div class='article-body'>\n"
    "<p>The foreign ministers of {a} and {b} met in {city} on Thursday and agreed to reopen "
    "two border crossings closed since the spring, their ministries said.</p>\n"
    "<p>They will meet again next month to sign a protocol on river navigation.</p>\n"
    "<p>\u201cWe have made progress on every point,\u201d one of the ministers told reporters "
    "after the talks.</p>\n"
    "</div></article></main></body></html>\n"
)


def _page(title: str, site: str, iso: str, head: str, *where: str) -> str:
    """A page of ``site``: its head's lines, then a story of two countries (and a city) met."""
    a, b, city = where
    return _HEAD.format(title=title, site=site, iso=iso) + head + _BODY.format(a=a, b=b, city=city)


_PAGES = [
    (
        _page(
            "Zambia and Malawi agree to reopen crossings",
            "Radio Lusaka International",
            "2026-06-11",
            "<h1>Zambia and Malawi agree to reopen crossings</h1>\n"
            "<div class='meta'><span class='author'>\u015eerban Vl\u0103descu-Oprea</span>, "
            "<span class='date'>11.06.2026, 09:40</span></div>\n"
            "<div class='share'><a href='#'>Facebook</a> <a href='#'>X</a> <a href='#'>Email</a>"
            "</div>\n<figure><img src='/m/1.jpg' alt='the ministers'><figcaption>The two "
            "ministers in Lusaka (photo: ZNBC)</figcaption></figure>\n",
            "Zambia",
            "Malawi",
            "Lusaka",
        ),
        "11.06.2026",
        "2026-06-11",
    ),
    (
        _page(
            "Chile and Bolivia agree to reopen crossings",
            "Andes Daily",
            "2026-03-17",
            "<div class='section-label'><a href='/world'>WORLD</a> | 17-03-2026 18:05</div>\n"
            "<h1>Chile and Bolivia agree to reopen crossings</h1>\n"
            "<div class='byline'>by <a href='/author/tomas-quilodran'>Tom\u00e1s Quilodr\u00e1n"
            "</a></div>\n",
            "Chile",
            "Bolivia",
            "Santiago",
        ),
        "17-03-2026",
        "2026-03-17",
    ),
    (
        _page(
            "Estonia and Latvia agree to reopen crossings",
            "Baltic Morning",
            "2026-10-23",
            "<h1>Estonia and Latvia agree to reopen crossings</h1>\n"
            "<div class='meta'>Foreign desk | 23/10/2026 14:10</div>\n",
            "Estonia",
            "Latvia",
            "Tallinn",
        ),
        "23/10/2026",
        "2026-10-23",
    ),
]


@pytest.mark.parametrize(("page", "phrase", "value"), _PAGES)
def test_a_head_lines_numeric_date_is_a_date_of_the_article(
    page: str, phrase: str, value: str
) -> None:
    """The date a byline or section label writes, day first, is one of the article's dates."""
    article = diplomeet.parse(page, published=date.fromisoformat(value))
    assert (phrase, value) in {(ref.text, ref.value) for ref in article.dates}


def test_a_numeric_date_either_way_round_is_not_taken_from_a_byline() -> None:
    """A desk's "05/03/2026" may be March or May: the line alone does not tell, so it is left."""
    page = _page(
        "Peru and Ecuador agree to reopen crossings",
        "Pacific Wire Daily",
        "2026-05-03",
        "<h1>Peru and Ecuador agree to reopen crossings</h1>\n"
        "<div class='meta'>Lima desk | 05/03/2026 10:00</div>\n",
        "Peru",
        "Ecuador",
        "Lima",
    )
    article = diplomeet.parse(page, published=date(2026, 5, 3))
    assert "05/03/2026" not in {ref.text for ref in article.dates}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "Friday 20/11/2026 | 7:15 am\n\nThe two envoys met in Apia.",
            "Friday 20/11/2026",
            "2026-11-20",
        ),
        (
            "The accord was signed on Wednesday, 18.11.2026, in Tallinn.",
            "on Wednesday, 18.11.2026",
            "2026-11-18",
        ),
        (
            "Updated Tuesday 17-11-2026\n\nThe ministers spoke by phone.",
            "Tuesday 17-11-2026",
            "2026-11-17",
        ),
    ],
)
def test_a_weekday_before_its_numeric_date_is_one_date(text: str, phrase: str, value: str) -> None:
    """A page writes "Friday 20/11/2026" as one date, as it writes "Friday 20 November 2026"."""
    values = {ref.text: ref.value for ref in find_dates(text, date(2026, 11, 21))[0]}
    assert values.get(phrase) == value
    assert [key for key in values if "day" in key] == [phrase]  # no weekday alone
