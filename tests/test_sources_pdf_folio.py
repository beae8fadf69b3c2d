"""
A converted PDF's page head: the paper's name with its page, and the volume line under it.

Survey 16's converted page (``tests/survey16_source``, ``049``) gave the class; the heads here
are written for this test, in other papers' styles, with invented people and papers.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_STORY = (
    "The foreign ministers of Ghana and Togo met for two hours on Monday to discuss the"
    " closed border crossing at Aflao, officials said.\n\n"
    '"Traders have waited long enough," said Foreign Minister Kwesi Ampofo-Darko.\n'
)


@pytest.mark.parametrize(
    ("head", "outlet", "published"),
    [
        (
            (
                "THE COASTAL LEDGER                                   Page 7 of 20\n"
                "Volume 12, Number 4                          Tuesday, March 4, 2025"
            ),
            "Coastal Ledger",
            date(2025, 3, 4),
        ),
        (
            (
                "Page 2 of 8                                      THE VOLTA WEEKLY\n"
                "Vol. 3 No. 118                                    Friday, 6 June 2025"
            ),
            "Volta Weekly",
            date(2025, 6, 6),
        ),
        (
            (
                "THE EVENING LANTERN      PAGE 11\n"
                "VOL. 9, NO. 1,204      Wednesday, 12 November 2025"
            ),
            "Evening Lantern",
            date(2025, 11, 12),
        ),
    ],
)
def test_a_converted_pdfs_name_and_page_over_its_volume_line_are_the_papers_head(
    head: str, outlet: str, published: date
) -> None:
    """Read: "NAME   Page 3 of 12" over "Vol. N, No. N   Weekday, date" names the paper."""
    title = "Ghana and Togo agree to reopen the Aflao crossing"
    source = diplomeet.parse(f"{head}\n\n{title}\n\nAma Serwaa Boateng\n\n{_STORY}").source
    assert source.outlet == outlet
    assert source.headline == title
    assert source.published == published
    assert source.authors == ("Ama Serwaa Boateng",)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Border talks on the", "Danube dam resume in Vienna"),
        ("Fishing rights and a", "Pacific patrol deal: Fiji and Tonga sign"),
    ],
)
def test_a_title_broken_after_an_article_goes_on_with_a_capital(first: str, second: str) -> None:
    """Read: a title's line closing on "the" or "a" goes on with the next, a name first."""
    head = "THE RIVER GAZETTE Page 4 of 16\nVol. 7, No. 3 Monday, 3 March 2025"
    text = f"{head}\n\n{first}\n{second}\n\n{_STORY}"
    source = diplomeet.parse(text).source
    assert source.headline == f"{first} {second}"
