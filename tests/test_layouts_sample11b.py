"""
Layouts found as classes on the development sample ``sample11b``.

The sample was written before reading the rules.  Each class is tested on pages written
here: an old paper's dateline whose weekday closes with a full stop and a spaced dash
("COLOMBO, Friday. \u2014 The ..."), whose "today" and "this afternoon" count from that
weekday, and a library's banner over a digitised paper ("NewspaperSG | National Library
Board, Singapore"), which is no headline.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "TALKS IN COLOMBO\n\nCOLOMBO, Friday. \u2014 The Indian Foreign Minister, Mr. R."
                " Kannan, arrived here this afternoon for talks on the fishing dispute."
            ),
            date(1974, 6, 29),  # a Saturday paper
            {"this afternoon": "1974-06-28"},
        ),
        (
            (
                "CHIEFS MEET\n\nNAIROBI, Wednesday. - President Daniel Ochieng met the Ugandan"
                " envoy today and will fly to Arusha tomorrow."
            ),
            date(1968, 3, 14),  # a Thursday paper
            {"today": "1968-03-13", "tomorrow": "1968-03-14"},
        ),
        (
            (
                "ENVOY ARRIVES\n\nWELLINGTON, Monday. \u2013 The Fijian Prime Minister arrived"
                " tonight for a three-day visit."
            ),
            date(1982, 5, 11),  # a Tuesday paper
            {"tonight": "1982-05-10"},
        ),
    ],
)
def test_a_weekday_dateline_closed_by_a_full_stop_dates_its_dispatch(
    text: str, published: date, expected: dict[str, str]
) -> None:
    """Read: in "COLOMBO, Friday. -- ...", "today" is the Friday of the dateline."""
    dates = {d.text: d.value[:10] for d in diplomeet.parse(text, published=published).dates}
    for phrase, value in expected.items():
        assert dates.get(phrase) == value


@pytest.mark.parametrize(
    "banner",
    [
        "NewspaperSG  |  National Library Board, Singapore",
        "Papers Past | National Library of New Zealand",
        "Digital Collections | State Library of Victoria",
    ],
)
def test_a_library_banner_is_no_headline(banner: str) -> None:
    """Read: a library's banner over a digitised page is dropped; the headline is the paper's."""
    text = (
        f"{banner}\n\nThe Harbour Gazette, 4 May 1971, Page 3\n\nMINISTERS AGREE ON"
        " FERRY LINK\n\nThe foreign ministers of the two countries met in Suva yesterday"
        " and agreed to open a ferry link."
    )
    art = diplomeet.parse(text, published=date(1971, 5, 4))
    assert art.source.headline == "MINISTERS AGREE ON FERRY LINK"


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("Thu, May 14, 2026\n\nWorld > Asia & Pacific", date(2026, 5, 14)),
        ("Monday, 12 October 2026\n\nNews > Pacific", date(2026, 10, 12)),
        (
            "The Harbour Gazette\n\nDhaka | Sat, 3 Jan 2026 | 08:15 am\n\nNation > Politics",
            date(2026, 1, 3),
        ),
    ],
)
def test_a_date_over_a_breadcrumb_is_the_pages_date(head: str, published: date) -> None:
    """Read: a date line printed over the section's breadcrumb dates the page."""
    text = f"{head}\n\nMinisters meet in Suva on fisheries\n\nThe foreign ministers met on Sunday."
    art = diplomeet.parse(text)
    assert art.source.published == published
    assert art.source.headline == "Ministers meet in Suva on fisheries"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("By Lina Haddou - Feb 19,2026 - Last updated at Feb 19,2026", "Feb 19,2026", "2026-02-19"),
        ("The treaty of April 4,1999 still binds them.", "April 4,1999", "1999-04-04"),
        ("Talks resumed on March 3,2025 in Geneva.", "March 3,2025", "2025-03-03"),
    ],
)
def test_a_year_glued_to_the_days_comma_is_read(text: str, phrase: str, value: str) -> None:
    """Read: "Feb 19,2026" (no space after the comma) is a full date, not "19,2026"."""
    art = diplomeet.parse(f"Ministers meet\n\n{text}\n\nThe ministers met on Wednesday.")
    assert any(phrase in d.text and d.value == value for d in art.dates)


def test_a_number_after_a_month_stays_a_number() -> None:
    """Read: "May 1,200 troops" and "19,000 people" are no dates of the year 1200 or 2000."""
    art = diplomeet.parse(
        "Ministers meet\n\nAbout 19,000 people marched and May 1,200 troops left.",
        published=date(2026, 5, 26),
    )
    assert not any(d.value.startswith(("1200", "2000")) for d in art.dates)
