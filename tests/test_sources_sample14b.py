"""
Source credits found in the development sample ``sample14b`` (its README).

Each class is checked on pages and texts written for these tests (invented people; other
outlets, agencies and places than the sample's).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 11, 17)


def _page(byline: str = "", caption: str = "") -> diplomeet.Source:
    markup = (
        "<html><head><title>Ministers meet in Apia</title></head><body>"
        "<h1>Ministers meet in Apia</h1>"
        f'<div class="story-meta"><span class="author-name">{byline}</span> '
        '<span class="updated">6:48 pm on 17 November 2026</span></div>'
        f'<figure><img src="/a.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
        '<div class="article-body"><p>Samoan Foreign Minister Peter Tuala met his Fijian '
        "counterpart John Rabuka in Apia on Monday.</p><p>The two discussed fisheries.</p>"
        "</div></body></html>"
    )
    return diplomeet.parse(markup).source


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Mere Tamapua, RNZ Pacific Senior Digital Journalist", "Mere Tamapua"),
        ("Tom Hale, Pacific Affairs Reporter", "Tom Hale"),
        ("Sione Latu, ABC Pacific Affairs Presenter", "Sione Latu"),
    ],
)
def test_a_job_after_a_comma_in_a_page_byline_is_no_second_author(byline: str, author: str) -> None:
    """'Jane Doe, RNZ Pacific Journalist': her job (with outlet and beat), not a second name."""
    assert _page(byline=byline).authors == (author,)


def test_two_names_in_a_page_byline_stay_two_authors() -> None:
    """A guard: 'Jane Doe, John Roe' are two writers."""
    assert _page(byline="Ana Lui, Peni Vea").authors == ("Ana Lui", "Peni Vea")


@pytest.mark.parametrize(
    ("caption", "agency"),
    [
        (
            "The two ministers at the Foreign Ministry in Athens, on Wednesday. [Aegean News]",
            "Aegean News",
        ),
        ("Protesters outside parliament in Nicosia. [Cyprus Photo Agency]", "Cyprus Photo Agency"),
    ],
)
def test_a_bracketed_credit_closing_a_caption_credits_its_agency(caption: str, agency: str) -> None:
    """'... on Wednesday. [InTime News]': the photo agency the caption ends with."""
    assert agency in _page(byline="Ana Lui", caption=caption).agencies


def test_a_bracketed_name_of_a_person_closing_a_caption_is_no_agency() -> None:
    """A guard: '[Andreas Kyprianou]' after a caption names no agency."""
    caption = "The ministers in Nicosia. [Andreas Kyprianou]"
    assert _page(byline="Ana Lui", caption=caption).agencies == ()


@pytest.mark.parametrize(
    ("trailer", "agency"),
    [
        ("Additional reporting from the Samoa Star.", "Samoa Star"),
        ("Additional reporting from the Tonga Chronicle.", "Tonga Chronicle"),
        ("Additional reporting from the Vanuatu Daily Post.", "Vanuatu Daily Post"),
    ],
)
def test_reporting_from_a_paper_credits_it(trailer: str, agency: str) -> None:
    """'Additional reporting from the Solomon Star': a paper credited for reporting."""
    text = (
        "Ministers meet in Apia\n\nSamoan Foreign Minister Peter Tuala met his Fijian "
        "counterpart John Rabuka in Apia on Monday.\n\nThe two discussed fisheries.\n\n"
        f"{trailer}\n"
    )
    assert agency in diplomeet.parse(text, published=_DAY).source.agencies


def test_reporting_from_a_city_is_where_one_filed() -> None:
    """A guard: 'Reporting from Honiara' under a byline credits no one."""
    text = (
        "Ministers meet in Apia\n\nBy Ana Lui\nReporting from Honiara\n\nSamoan Foreign "
        "Minister Peter Tuala met his Fijian counterpart John Rabuka in Apia on Monday.\n\n"
        "The two discussed fisheries.\n"
    )
    source = diplomeet.parse(text, published=_DAY).source
    assert source.authors == ("Ana Lui",)
    assert source.agencies == ()
