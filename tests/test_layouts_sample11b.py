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
