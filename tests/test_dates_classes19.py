"""
Date classes of the nineteenth session, on pages written for these tests.

An HTML page's top bar with the day's date is read however far above the headline its menus
push it, and a bar of cells by the cell that gives the day.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_TOPBAR_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'>"
    "<title>Zambia and Malawi agree to reopen crossings | The Lusaka Ledger</title>"
    "<meta property='og:site_name' content='The Lusaka Ledger'>"
    "<meta property='og:title' content='Zambia and Malawi agree to reopen crossings'>"
    "</head><body>\n<div class='topbar'>{bar}</div>\n<div class='brand'>The Lusaka Ledger</div>\n"
    "<div class='weather'>Lusaka 24\u00b0C</div>\n<div class='menu'><div>Home</div>\n"
    "<div>News</div>\n<div>World</div>\n<div>Business</div>\n<div>Sport</div>\n</div>\n"
    "<main><article><h1>Zambia and Malawi agree to reopen crossings</h1>\n"
    "<div class='meta'>By Chanda Mwale <time datetime='2026-03-04'>{line}</time></div>\n"
    "<div class='article-body'>\n"
    "<p>The foreign ministers of Zambia and Malawi met in Lusaka on Tuesday and agreed to "
    "reopen two border crossings closed since the spring, their ministries said.</p>\n"
    "<p>They will meet again next month to sign a protocol on river navigation.</p>\n"
    "<p>\u201cWe have made progress on every point,\u201d one of the ministers told reporters "
    "after the talks.</p>\n"
    "<p>Traders on both sides of the border had asked for the crossings to reopen before the "
    "harvest.</p>\n"
    "</div></article></main></body></html>\n"
)


@pytest.mark.parametrize(
    ("bar", "found"),
    [
        ("Wednesday, March 4, 2026", "Wednesday, March 4, 2026"),
        # a bar of cells counts by the cell that gives the day
        (
            "Wednesday, March 4, 2026 | Rajab 15, 1447 AH | Fajr 4:52 Dhuhr 12:21",
            "Wednesday, March 4, 2026",
        ),
        ("Lusaka, Wednesday 04 March 2026 | Weather | Archive", "Wednesday 04 March 2026"),
    ],
)
def test_the_top_bar_of_a_page_far_above_its_headline_gives_the_day(bar: str, found: str) -> None:
    """A page's top bar over a menu gives the day as the story's date line does."""
    page = _TOPBAR_PAGE.format(bar=bar, line="March 4, 2026")
    dates = {d.text: d.value for d in diplomeet.parse(page, published=date(2026, 3, 4)).dates}
    assert dates.get(found) == "2026-03-04", dates
    assert "1447" not in " ".join(dates)


def test_a_top_bar_of_another_day_than_the_story_is_left_alone() -> None:
    """Look-alike: a bar dated another day than the story's date line is the visit's day."""
    page = _TOPBAR_PAGE.format(bar="Friday, March 6, 2026", line="March 4, 2026")
    dates = {d.text: d.value for d in diplomeet.parse(page, published=date(2026, 3, 4)).dates}
    assert "Friday, March 6, 2026" not in dates, dates
