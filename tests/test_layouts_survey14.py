"""
Page layouts of the Source record from a survey of layouts the development sets lack.

Each class was found on short pages written for the survey in the layouts of common news
templates and of text copied from a browser, and is tested here on further pages written
here, with invented people: the browser's chrome over the masthead (a consent banner and its
buttons, a weather bar, a menu copied as one line, account buttons), a masthead under the
page's date bar or over the byline, an aggregator's age and reading-time line, a byline
among fields set apart by bars or closing the headline, a labelled byline with its date, and
the Unix date(1) stamp.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_STORY = (
    "Foreign Minister Halvard Strand and his Icelandic counterpart Sigrun Eyvindsdottir agreed"
    " in Oslo on Monday to share coast guard patrols in the North Atlantic, the ministry said."
    "\nThe two ministers will meet again in Reykjavik in the autumn."
)
_TITLE = "Norway and Iceland agree to share coast guard patrols"


def _source(text: str) -> diplomeet.Source:
    return diplomeet.parse(text).source


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        pytest.param(
            "We value your privacy\nWe and our partners use cookies to store and access"
            " information on your device and to process personal data.\nACCEPT ALL  MANAGE"
            " OPTIONS\nThe Fjord Courier\nWorld\n",
            "The Fjord Courier",
            id="consent-banner",
        ),
        pytest.param(
            "Tromsø 4°C\nThe Fjord Courier\nWorld\n", "The Fjord Courier", id="weather-bar"
        ),
        pytest.param(
            "Sign In\nE-Paper\nThe Arctic Herald\nPolitics\n",
            "The Arctic Herald",
            id="account-buttons",
        ),
        pytest.param(
            "This site uses cookies. By continuing to browse you agree to our cookie policy.\n"
            "Got it\nThe Arctic Herald\nPolitics\n",
            "The Arctic Herald",
            id="cookie-notice",
        ),
    ],
)
def test_the_browsers_chrome_over_the_masthead_is_dropped(top: str, outlet: str) -> None:
    """Read: a consent banner, a weather bar or account buttons are no headline or byline."""
    source = _source(f"{top}{_TITLE}\n{_STORY}")
    assert source.headline == _TITLE
    assert source.outlet == outlet
    assert source.authors == ()


@pytest.mark.parametrize(
    "menu",
    [
        "Home  Nation  World  Business  Sport",
        "News\tOpinion\tCulture\tObituaries",
        "About  Archive  Contact Us",
    ],
)
def test_a_menu_copied_as_one_line_of_spaced_items_is_no_headline(menu: str) -> None:
    """Read: "Home  Nation  World  Business" (items set apart by runs of spaces) is dropped."""
    source = _source(f"{menu}\n{_TITLE}\n{_STORY}")
    assert source.headline == _TITLE


@pytest.mark.parametrize(
    ("top", "outlet", "published"),
    [
        (
            "Saturday, Jul 4, 2026\nThe Western Ledger\nWorld News\n",
            "The Western Ledger",
            date(2026, 7, 4),
        ),
        ("12 May 2026\nThe Coastal Herald\nRegion\n", "The Coastal Herald", date(2026, 5, 12)),
    ],
)
def test_a_masthead_under_the_pages_date_bar_names_the_outlet(
    top: str, outlet: str, published: date
) -> None:
    """Read: the date bar, then "The Western Ledger" over a section: the name is the outlet."""
    source = _source(f"{top}{_TITLE}\n{_STORY}")
    assert source.outlet == outlet
    assert source.headline == _TITLE
    assert source.published == published


@pytest.mark.parametrize(
    ("top", "outlet", "authors"),
    [
        (
            "The Harbour Chronicle\nStory by Petra Lund\n • 5h • 2 min read\n",
            "The Harbour Chronicle",
            ("Petra Lund",),
        ),
        ("Valley Sun\nBy Amos Greene\n2 hours ago · 4 min read\n", "Valley Sun", ("Amos Greene",)),
        ("The Island Messenger\nWritten by Lea Moana\n", "The Island Messenger", ("Lea Moana",)),
    ],
)
def test_a_masthead_over_the_byline_names_the_outlet(
    top: str, outlet: str, authors: tuple[str, ...]
) -> None:
    """Read: "The Harbour Chronicle" over "Story by ...": the outlet; the age line is dropped."""
    source = _source(f"{top}{_TITLE}\n{_STORY}")
    assert source.outlet == outlet
    assert source.headline == _TITLE
    assert source.authors == authors


@pytest.mark.parametrize(
    ("line", "authors", "published"),
    [
        ("World | By Sione Fifita | April 7, 2026", ("Sione Fifita",), date(2026, 4, 7)),
        ("Diplomacy | By Ana Reyes and Tomas Lind", ("Ana Reyes", "Tomas Lind"), None),
        ("Politics | BY KOFI ASANTE | 3 March 2026", ("Kofi Asante",), date(2026, 3, 3)),
    ],
)
def test_a_byline_among_fields_set_apart_by_bars_is_read(
    line: str, authors: tuple[str, ...], published: date | None
) -> None:
    """Read: "World | By Jane Doe | April 7, 2026": section, byline and date; no headline."""
    source = _source(f"The Pacific Herald\n{line}\n{_TITLE}\n{_STORY}")
    assert source.headline == _TITLE
    assert source.authors == authors
    assert source.published == published


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        (f"{_TITLE} | By Elena Vasquez", ("Elena Vasquez",)),
        (f"{_TITLE} | by Jonas Eriksen and Mia Holt", ("Jonas Eriksen", "Mia Holt")),
    ],
)
def test_a_byline_closing_the_headline_after_a_bar_is_cut(
    line: str, authors: tuple[str, ...]
) -> None:
    """Read: "Headline | By Jane Doe": the headline, and the byline's names."""
    source = _source(f"{line}\n{_STORY}")
    assert source.headline == _TITLE
    assert source.authors == authors


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Written by Inga Berg | Last updated on March 18, 2026", date(2026, 3, 18)),
        ("Written by Inga Berg | Last modified on 18 March 2026", date(2026, 3, 18)),
        ("Reported by Inga Berg, 2026-03-18", date(2026, 3, 18)),
    ],
)
def test_a_labelled_byline_with_its_date_dates_the_page(line: str, published: date) -> None:
    """Read: "Written by Jane Doe | Last updated on March 18, 2026" gives the writer and date."""
    source = _source(f"{_TITLE}\n{line}\n{_STORY}")
    assert source.authors == ("Inga Berg",)
    assert source.published == published


@pytest.mark.parametrize(
    "stamp",
    [
        "Posted: Thu Mar 19 10:14:02 UTC 2026",
        "Published Thu Mar 19 10:14 EDT 2026",
        "Updated Thu Mar 19 10:14:02 CET 2026",
    ],
)
def test_the_unix_date_stamp_dates_the_page(stamp: str) -> None:
    """Read: "Thu Mar 19 10:14:02 UTC 2026" (the time and zone before the year)."""
    source = _source(f"{_TITLE}\n{stamp}\n{_STORY}")
    assert source.published == date(2026, 3, 19)


def _page(head: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>'
        f"{body}</body></html>"
    )


_PARAGRAPHS = (
    "<p>OSLO — Foreign Minister Halvard Strand and his Icelandic counterpart Sigrun"
    " Eyvindsdottir agreed in Oslo on Monday to share coast guard patrols in the North"
    " Atlantic, the ministry said.</p><p>The two ministers will meet again in Reykjavik in"
    " the autumn to sign the agreement, officials said.</p>"
)


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Story by Petra Lund", ("Petra Lund",)),
        ("Story by: Amos Greene", ("Amos Greene",)),
    ],
)
def test_a_byline_label_in_the_pages_author_field_is_cut(
    author: str, expected: tuple[str, ...]
) -> None:
    """Read: an author field "Story by Jane Doe" (kept by the extractor) names Jane Doe."""
    markup = _page(
        f'<title>{_TITLE}</title><meta name="author" content="{author}">',
        f"<article><h1>{_TITLE}</h1>{_PARAGRAPHS}</article>",
    )
    assert diplomeet.parse(markup).source.authors == expected


@pytest.mark.parametrize("heading", ["Also Read", "Must Read", "Most Read", "Trending Now"])
def test_a_box_of_links_under_its_heading_names_no_writer(heading: str) -> None:
    """Read: "Also Read" over links to other stories is no byline (the wire's name is credited)."""
    markup = _page(
        f'<title>{_TITLE}</title><meta name="author" content="PTI">'
        '<meta property="og:site_name" content="The Fjord Courier">',
        f"<article><h1>{_TITLE}</h1>{_PARAGRAPHS}<div><h3>{heading}</h3><ul><li>"
        '<a href="/x">Sweden and Finland open a ferry line</a></li></ul></div></article>',
    )
    source = diplomeet.parse(markup).source
    assert source.authors == ()
    assert source.agencies == ("PTI",)


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        (f"North Atlantic Notes: {_TITLE}", "North Atlantic Notes"),
        (f"Fjord Diplomacy Blog | {_TITLE}", "Fjord Diplomacy Blog"),
    ],
)
def test_a_sites_name_before_the_headline_in_the_page_title_names_the_outlet(
    title: str, outlet: str
) -> None:
    """Read: <title>Example Notes: Headline</title> (a blog platform's title of a post)."""
    markup = _page(
        f"<title>{title}</title>",
        f"<div class='post'><h3 class='post-title'>{_TITLE}</h3>{_PARAGRAPHS}</div>",
    )
    source = diplomeet.parse(markup).source
    assert source.outlet == outlet
    assert source.headline == _TITLE


def test_a_kicker_before_the_headline_in_the_page_title_names_no_outlet() -> None:
    """Read: <title>Opinion | Headline</title>: the section, no outlet (the rule above's bound)."""
    markup = _page(
        f"<title>Opinion | {_TITLE}</title>",
        f"<article><h1>{_TITLE}</h1>{_PARAGRAPHS}</article>",
    )
    assert diplomeet.parse(markup).source.outlet is None


@pytest.mark.parametrize(
    "closing",
    [
        "Copyright 2026 The Associated Press. All rights reserved.",
        "© 2026 Agence France-Presse",
    ],
)
def test_a_wires_copyright_closing_its_copy_leaves_the_site_its_outlet(closing: str) -> None:
    """Read: a TV station's page running AP copy: the station is the outlet, AP credited."""
    markup = _page(
        f'<title>{_TITLE}</title><meta property="og:site_name" content="KFJD News 9">',
        f"<article><h1>{_TITLE}</h1>{_PARAGRAPHS}<p>{closing}</p></article>",
    )
    assert diplomeet.parse(markup).source.outlet == "KFJD News 9"


@pytest.mark.parametrize(
    "dateline",
    ["Kathmandu, Sept 2, 2026: ", "Colombo, 2 September 2026: ", "DHAKA, September 2, 2026: "],
)
def test_a_place_and_date_closed_by_a_colon_date_the_page(dateline: str) -> None:
    """Read: "Kathmandu, Sept 2, 2026: The ..." opening the story dates it."""
    source = _source(f"{_TITLE}\n{dateline}{_STORY}")
    assert source.published == date(2026, 9, 2)


@pytest.mark.parametrize(
    "credit",
    ["Photo credit: Reuters", "Photo courtesy: AFP", "Picture credits: AP"],
)
def test_a_labelled_photo_credit_line_credits_the_agency(credit: str) -> None:
    """Read: "Photo credit: Reuters" under the story credits Reuters."""
    source = _source(f"{_TITLE}\n{_STORY}\n{credit}")
    assert len(source.agencies) == 1
    assert credit.endswith(source.agencies[0])


@pytest.mark.parametrize(
    "line",
    [
        "Written By: Farid Rahman | Edited By: Nusrat Karim",
        "Posted By: Farid Rahman | Edited By: Nusrat Karim",
        "Story By Farid Rahman",
        "By Farid Rahman | Produced by Nusrat Karim",
    ],
)
def test_a_byline_in_title_case_or_with_its_editor_names_the_writer(line: str) -> None:
    """Read: "Written By: Jane Doe | Edited By: John Roe": the writer alone is the author."""
    assert _source(f"{_TITLE}\n{line}\n{_STORY}").authors == ("Farid Rahman",)


@pytest.mark.parametrize(
    "line",
    [
        "2 min read . Updated: 05 Mar 2026, 09:12 PM IST",
        "5 mins read · Updated: March 5, 2026",
        "3 Min Read · 05-Mar-2026",
    ],
)
def test_a_reading_time_before_the_stamp_leaves_the_stamp_read(line: str) -> None:
    """Read: "2 min read . Updated: 05 Mar 2026, ..." dates the page; the writer under it too."""
    source = _source(f"{_TITLE}\n{line}\nRavi Menon\n{_STORY}")
    assert source.published == date(2026, 3, 5)
    assert source.authors == ("Ravi Menon",)


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("(Xinhua) 09:15, March 06, 2026", "Xinhua"),
        ("(AFP) March 6, 2026", "AFP"),
        ("(Kyodo) 2026-03-06 10:00", "Kyodo"),
    ],
)
def test_a_date_line_opening_with_its_agency_credits_and_dates(line: str, agency: str) -> None:
    """Read: "(Xinhua) 09:15, March 06, 2026" under the headline: Xinhua, 6 March 2026."""
    source = _source(f"{_TITLE}\n{line}\n{_STORY}")
    assert source.published == date(2026, 3, 6)
    assert source.agencies == (agency,)


@pytest.mark.parametrize(
    "top",
    [
        "Elin Sandberg\nSat, March 7, 2026 at 4:12 AM GMT+1\n3 min read\n",
        "Elin Sandberg\nSaturday, 7 March 2026\n2 min read\n",
        "Elin Sandberg\n7 March 2026\n",
    ],
)
def test_a_writer_and_date_over_the_headline_give_the_byline(top: str) -> None:
    """Read: "Jane Doe" / "Sat, March 7, 2026 at 4:12 AM" / "3 min read" / the headline."""
    source = _source(f"{top}{_TITLE}\n{_STORY}")
    assert source.authors == ("Elin Sandberg",)
    assert source.headline == _TITLE
    assert source.published == date(2026, 3, 7)


@pytest.mark.parametrize(
    "top", ["Kenya\n12 May 2026\n", "THE NORDIC HERALD\nTuesday, November 20, 1973\n"]
)
def test_a_place_or_a_masthead_over_the_date_over_the_headline_is_no_byline(top: str) -> None:
    """Read: "Kenya" or a paper's name over the date, then the headline: no writer (bounds)."""
    assert _source(f"{top}{_TITLE}\n{_STORY}").authors == ()


def test_the_caribbean_agencys_source_line_credits_it() -> None:
    """Read: "Source: CMC" (the Caribbean Media Corporation) credits CMC."""
    assert _source(f"{_TITLE}\nSource: CMC\n{_STORY}").agencies == ("CMC",)


@pytest.mark.parametrize(
    ("closing", "agencies"),
    [
        (" - AFP, Reuters", ("AFP", "Reuters")),
        (" -- AP, AFP", ("AP", "AFP")),
        (" — Reuters and AFP", ("Reuters", "AFP")),
    ],
)
def test_agencies_listed_after_a_dash_closing_the_story_are_credited(
    closing: str, agencies: tuple[str, ...]
) -> None:
    """Read: "... flown home tomorrow. - AFP, Reuters" credits both agencies."""
    source = _source(f"{_TITLE}\n{_STORY}{closing}")
    assert source.agencies == agencies


def test_a_writer_and_place_after_a_dash_closing_the_story_credit_no_agency() -> None:
    """Read: "... in the autumn. - Jane Doe, Oslo": no agency (the rule above's bound)."""
    assert _source(f"{_TITLE}\n{_STORY} - Marit Olsen, Oslo").agencies == ()
