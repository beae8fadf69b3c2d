# Page furniture (dashes, angle quotes) is what these pages print:
# ruff: noqa: RUF001, RUF002
"""
The generic reader on archive pages and the heads of news sites seen in the ninth session.

Archive banners and running heads in capitals without commas, a site's name over its
breadcrumb, a masthead the table lacks over a section path, date lines closing with their
update, print datelines with their country on their own line, bylines written "with" several
agencies and photo credits closing a caption after a dash.  Every page here is written for
these tests; the people and papers are invented and no article is copied.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.outlets import Layout

STORY = (
    "The foreign ministers of Ghana and Togo met in Lomé on Tuesday to discuss border patrols.\n"
    "They agreed to meet again next month, officials said.\n"
)


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


# --- archive pages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "outlet", "issue"),
    [
        pytest.param(
            "THE HARBOUR TIMES  TUESDAY OCTOBER 16 1973  PAGE 1\n",
            "The Harbour Times",
            date(1973, 10, 16),
            id="wide-spaces-page-after",
        ),
        pytest.param(
            "THE VALLEY GAZETTE 3 MAY 1974 PAGE 5\n",
            "The Valley Gazette",
            date(1974, 5, 3),
            id="day-first-single-spaces",
        ),
    ],
)
def test_a_running_head_in_capitals_needs_no_commas(head: str, outlet: str, issue: date) -> None:
    """Archive pages print the paper, the issue's date and the page set apart by spaces only."""
    layout = _split(f"{head}Fishing talks resume in London\n{STORY}")
    assert layout.outlet == outlet
    assert layout.published == issue
    assert layout.headline == "Fishing talks resume in London"


def test_a_headline_in_capitals_ending_in_a_date_is_no_running_head() -> None:
    """Words before a weekday and a date in capitals name a paper only when they read as one."""
    layout = _split(f"MINISTERS MEET TUESDAY OCTOBER 16 1973\n{STORY}")
    assert layout.outlet is None
    assert layout.headline == "MINISTERS MEET TUESDAY OCTOBER 16 1973"


@pytest.mark.parametrize(
    ("banner", "outlet"),
    [
        pytest.param("THE HARBOUR TIMES DIGITAL ARCHIVE", "The Harbour Times", id="capitals"),
        pytest.param("The Valley Gazette Archives", "The Valley Gazette", id="plural"),
        pytest.param("Historical Archive", None, id="no-paper-named"),
    ],
)
def test_an_archive_banner_is_no_headline(banner: str, outlet: str | None) -> None:
    """The archive's banner opening the page names the paper it holds, never the story."""
    layout = _split(f"{banner}\nFishing talks resume in London\nBy Jane Doe\n{STORY}")
    assert layout.headline == "Fishing talks resume in London"
    assert layout.outlet == outlet
    assert banner not in layout.body


# --- site heads -------------------------------------------------------------------------------


def test_a_known_site_name_over_its_breadcrumb_names_the_outlet() -> None:
    """The table's outlet over "News › Politics" is the masthead, not only furniture."""
    layout = _split(
        f"Daily Maverick\nNews › Politics\nGhana and Togo agree on border patrols\n{STORY}"
    )
    assert layout.outlet == "Daily Maverick"
    assert layout.headline == "Ghana and Togo agree on border patrols"


def test_an_unknown_masthead_over_a_section_path_names_the_outlet() -> None:
    """A paper's name the table lacks over "News | National" is its masthead."""
    layout = _split(
        "The Lakeside Post\nNews | National\nGhana and Togo agree on border patrols\n"
        f"Friday, February 13, 2026\nBy Jane Doe\n{STORY}"
    )
    assert layout.outlet == "The Lakeside Post"
    assert layout.headline == "Ghana and Togo agree on border patrols"
    assert layout.published == date(2026, 2, 13)


@pytest.mark.parametrize(
    "stamp",
    [
        "Friday, February 13, 2026 — updated on February 14, 2026",
        "February 13, 2026 | Updated: February 14, 2026 10:12",
        "13 Feb 2026 06:12PM (Updated: 14 Feb 2026 07:00AM)",
    ],
)
def test_a_date_line_closing_with_its_update_dates_the_page(stamp: str) -> None:
    """The first date is the page's; the update is dropped from the story's text."""
    art = diplomeet.parse(f"Ghana and Togo agree on border patrols\n\n{stamp}\n\n{STORY}")
    assert art.source.published == date(2026, 2, 13)
    assert "pdated" not in art.text
    assert "2026-02-14" not in {ref.value for ref in art.dates if ref.span is not None}


def test_a_print_dateline_with_its_country_does_not_hide_the_date_under_it() -> None:
    """A print dateline with its country between the byline and the date line is the dateline."""
    layout = _split(
        "Ministers carry peace plan to Nairobi\nBy Jane Doe, Staff writer\n"
        f"NAIROBI, KENYA\nMARCH 12, 1987\n{STORY}"
    )
    assert layout.published == date(1987, 3, 12)
    assert layout.authors == ("Jane Doe",)
    assert layout.body.startswith("NAIROBI, KENYA")


# --- credits ----------------------------------------------------------------------------------


def test_a_byline_with_several_agencies_credits_each() -> None:
    """A byline "with AFP, AP" has one writer and credits two agencies."""
    layout = _split(f"Ghana and Togo agree on border patrols\nBy Jane Doe with AFP, AP\n{STORY}")
    assert layout.authors == ("Jane Doe",)
    assert set(layout.agencies) == {"AFP", "AP"}


def test_a_dashed_photo_credit_closing_a_caption_credits_its_agencies() -> None:
    """A caption closing "— JOHN ROE/AFP via Getty Images" credits both, not the photographer."""
    art = diplomeet.parse(
        "Ghana and Togo agree on border patrols\n\nBy Jane Doe\n\nMarch 3, 2026\n\n"
        "A soldier stands guard at the border crossing near Aflao on March 2, 2026."
        " — JOHN ROE/AFP via Getty Images\n\n" + STORY
    )
    assert set(art.source.agencies) == {"AFP", "Getty Images"}
    assert "JOHN ROE" not in art.source.authors
    assert "Getty" not in art.text


def test_a_dash_and_a_slash_in_prose_credit_no_one() -> None:
    """A sentence with a dashed aside holding a slash is no photo credit."""
    art = diplomeet.parse(
        "Ghana and Togo agree on border patrols\n\nBy Jane Doe\n\n"
        "The minister said the talks - held in Accra/Tema - went well, officials said.\n\n" + STORY
    )
    assert art.source.agencies == ()


# --- a site's name the table lacks over the headline ---------------------------------------


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        pytest.param("Steppewire", "Steppewire", id="one-word-brand"),
        pytest.param("The Lakeside Post", "The Lakeside Post", id="masthead-word"),
        pytest.param("World", None, id="section"),
        pytest.param("Middle East", None, id="region-section"),
        pytest.param("Kenya", None, id="country"),
        pytest.param("Kenyan", None, id="demonym"),
        pytest.param("UAE", None, id="initials"),
        pytest.param("Exclusive", None, id="kicker"),
    ],
)
def test_a_name_over_the_headline_is_the_outlet_unless_a_section(
    name: str, outlet: str | None
) -> None:
    """The first line over a longer title names the site, unless it is a section or a place."""
    layout = _split(f"{name}\nKyrgyzstan and Tajikistan leaders meet over the border\n{STORY}")
    assert layout.outlet == outlet
    assert layout.headline == "Kyrgyzstan and Tajikistan leaders meet over the border"


def test_a_short_headline_over_the_story_is_still_the_headline() -> None:
    """Two words over a sentence of the story are the headline, not a masthead."""
    layout = _split(f"Leaders meet\n{STORY}")
    assert layout.outlet is None
    assert layout.headline == "Leaders meet"


def test_a_word_over_the_story_names_no_site_and_keeps_the_lede() -> None:
    """One word over the story's first sentence is no masthead: the lede stays the story's."""
    layout = _split(f"Visit\n{STORY}")
    assert layout.outlet is None
    assert layout.headline != STORY.splitlines()[0]
    assert STORY.splitlines()[0] in layout.body


@pytest.mark.parametrize("byline", ["Jane Doe   Mar 3, 2026", "Jane Doe | March 3, 2026"])
def test_a_bare_byline_with_the_date_beside_it_credits_and_dates(byline: str) -> None:
    """A name and the page's date under the headline: the author and the publication date."""
    layout = _split(f"Kyrgyzstan and Tajikistan leaders meet over the border\n{byline}\n{STORY}")
    assert layout.authors == ("Jane Doe",)
    assert layout.published == date(2026, 3, 3)


def test_the_outlet_beside_a_writer_in_a_byline_is_no_author() -> None:
    """A byline naming a writer, then her site, then the date: the site is no author."""
    layout = _split(
        "Kyrgyzstan and Tajikistan leaders meet over the border\n"
        f"By Jane Doe | Steppewire | March 3, 2026\n{STORY}"
    )
    assert layout.authors == ("Jane Doe",)
    assert layout.outlet == "Steppewire"


def test_a_ministry_letterhead_over_a_numbered_release_is_no_headline() -> None:
    """A state's formal name after the office, then "Press Release No. 112/2026", then the title."""
    layout = _split(
        "Ministry of Foreign Affairs of the Republic of Ruritania\n"
        "Press Release No. 112/2026\n"
        "Foreign Minister receives her Elbonian counterpart\n"
        "Strelsau, 18 June 2026. The Minister of Foreign Affairs, Flavia Elphberg, received"
        " her Elbonian counterpart on Thursday.\n"
    )
    assert layout.headline == "Foreign Minister receives her Elbonian counterpart"
    assert "Press Release" not in layout.body
