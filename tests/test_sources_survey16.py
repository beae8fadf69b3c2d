"""
Page heads of the Source record: the publication date and the byline as pages and print carry them.

Classes found by check13's Source failures and by a survey of 61 heads written for it
(``tests/survey16_source``: archive folios, wire headers, press releases, CMS stamps, HTML
metadata), tested here on further heads written here, with invented people and outlets.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_STORY = (
    "The foreign ministers of the two countries met for three hours on Monday and agreed to"
    " reopen the main road between them, officials said.\n\n"
    '"We want trade to flow again," Minister Odile Rakotomanga told reporters after the'
    " talks.\n\nExperts will meet next week to settle the details.\n"
)
_TITLE = "Madagascar and Comoros agree to resume ferry service"


def _source(text: str) -> diplomeet.Source:
    return diplomeet.parse(text).source


# --- print folios -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("folio", "outlet", "published"),
    [
        (
            "The Harbor Day, New London, Conn., Tuesday, July 13, 1976 -- 9",
            "The Harbor Day",
            date(1976, 7, 13),
        ),
        (
            "The Prairie Call, Regina, Sask., Monday, March 3, 1969    14",
            "The Prairie Call",
            date(1969, 3, 3),
        ),
        (
            "The Morning Bell, Bangor, Maine, Friday, Oct. 9, 1959 -- Page 2",
            "The Morning Bell",
            date(1959, 10, 9),
        ),
    ],
)
def test_a_folio_with_the_papers_town_and_state_names_and_dates_the_paper(
    folio: str, outlet: str, published: date
) -> None:
    """Read: "The X, Town, State, Weekday, Month D, YYYY -- page" is the page's folio."""
    source = _source(f"{folio}\n\n{_TITLE}\n\n{_STORY}")
    assert source.headline == _TITLE
    assert source.outlet == outlet
    assert source.published == published


@pytest.mark.parametrize(
    "folio",
    [
        "3 -- THE DELTA ENTERPRISE, Friday, November 18, 1966",
        "A-4 - The Delta Enterprise, Friday, November 18, 1966",
    ],
)
def test_a_folio_opening_on_its_page_and_a_dash_names_and_dates_the_paper(folio: str) -> None:
    """Read: "3 -- THE X, Weekday, date": the page's number and a dash open the folio."""
    source = _source(f"{folio}\n\n{_TITLE}\n\n{_STORY}")
    assert source.headline == _TITLE
    assert (source.outlet or "").casefold() == "the delta enterprise"
    assert source.published == date(1966, 11, 18)


@pytest.mark.parametrize(
    ("dated", "published"),
    [
        ("Thursday, August 25, 1988     Section A     Page A3", date(1988, 8, 25)),
        ("Monday, May 4, 1992 -- Section B, Page 7", date(1992, 5, 4)),
    ],
)
def test_a_date_line_closing_on_a_section_and_page_dates_the_page(
    dated: str, published: date
) -> None:
    """Read: a paper's name, then "Weekday, date   Section A   Page A3" over the title."""
    source = _source(f"The Example Register\n{dated}\n\n{_TITLE}\n\n{_STORY}")
    assert source.headline == _TITLE
    assert source.published == published


# --- stamps and fields between bars ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Press release | Date: 26/02/2026 | No: 019/26", date(2026, 2, 26)),
        ("Media release | 14.05.2025 | Ref: 88/2025", date(2025, 5, 14)),
        ("News release | No. 41 | 17/09/2024", date(2024, 9, 17)),
    ],
)
def test_a_releases_kind_and_number_beside_its_date_date_the_release(
    line: str, published: date
) -> None:
    """Read: a release's kind and number are fields beside its date, no headline."""
    source = _source(f"Ministry of Foreign Affairs\n\n{line}\n\n{_TITLE}\n\n{_STORY}")
    assert source.headline == _TITLE
    assert source.published == published


@pytest.mark.parametrize(
    ("line", "published", "agencies"),
    [
        ("APP | Published February 9, 2025 | 3:12 PM PKT", date(2025, 2, 9), ("APP",)),
        ("Staff reporter | 14/11/2025", date(2025, 11, 14), ()),
        ("Our staff correspondent | 3 March 2024 | 08:40 EAT", date(2024, 3, 3), ()),
    ],
)
def test_a_clock_time_or_an_unnamed_writer_beside_the_date_is_a_plain_field(
    line: str, published: date, agencies: tuple[str, ...]
) -> None:
    """Read: a time with its zone, "Staff reporter", beside the date: the date is the page's."""
    source = _source(f"{_TITLE}\n\n{line}\n\n{_STORY}")
    assert source.published == published
    assert source.agencies == agencies
    assert source.authors == ()


@pytest.mark.parametrize(
    "line",
    [
        "Posted by Hanitra Razafy | 5 min read | 23rd October 2025",
        "Written by Hanitra Razafy | October 23, 2025",
    ],
)
def test_a_writer_labelled_posted_or_written_by_among_fields(line: str) -> None:
    """Read: "Posted by X | 5 min read | date": X wrote it, the date dates it."""
    source = _source(f"{_TITLE}\n\n{line}\n\n{_STORY}")
    assert source.authors == ("Hanitra Razafy",)
    assert source.published == date(2025, 10, 23)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("pubDate: Mon, 07 Apr 2025 13:20:00 -0300", date(2025, 4, 7)),
        ("Last Updated IST 09:45, 21 Jan 2025", date(2025, 1, 21)),
        ("Published PKT 18:05, 4 Feb 2024", date(2024, 2, 4)),
    ],
)
def test_a_feed_items_date_field_and_a_zone_before_the_time_are_stamps(
    line: str, published: date
) -> None:
    """Read: "pubDate: ..." of a feed item, "Last Updated IST 09:45, date" of a page."""
    source = _source(f"{_TITLE}\n\n{line}\n\n{_STORY}")
    assert source.published == published


@pytest.mark.parametrize(
    "embargo",
    [
        "EMBARGOED UNTIL 00:01 BST, WEDNESDAY 9 APRIL 2025",
        "Embargoed until 9 April 2025, 10:00 CET",
    ],
)
def test_a_releases_embargo_over_its_label_dates_the_release(embargo: str) -> None:
    """Read: the embargo's time is when the release may be published."""
    source = _source(f"{embargo}\n\nPRESS RELEASE\n\n{_TITLE}\n\n{_STORY}")
    assert source.headline == _TITLE
    assert source.published == date(2025, 4, 9)


@pytest.mark.parametrize(
    "office", ["Embassy of Ireland, Ottawa", "High Commission of Malaysia, Canberra"]
)
def test_an_embassys_letterhead_with_its_town_is_no_headline(office: str) -> None:
    """Read: "Embassy of X, Town" over the title is the issuing office."""
    source = _source(f"{office}\n\n{_TITLE}\n\nPosted on: 19 March 2025\n\n{_STORY}")
    assert source.headline == _TITLE
    assert source.published == date(2025, 3, 19)


# --- bylines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Mialy Andriamanana @MialyAndria", ("Mialy Andriamanana",)),
        ("By Mialy Andriamanana (@MialyA)", ("Mialy Andriamanana",)),
        ("By Mialy Andriamanana | m.andriamanana@harbourpost.example", ("Mialy Andriamanana",)),
        ("Mialy Andriamanana | m.andriamanana@harbourpost.example", ("Mialy Andriamanana",)),
    ],
)
def test_a_writers_handle_or_address_beside_the_byline_is_cut(
    byline: str, authors: tuple[str, ...]
) -> None:
    """Read: "By Jane Doe @janedoe", "Jane Doe | jdoe@example.com": the name alone."""
    source = _source(f"{_TITLE}\n\n{byline}\n\nMarch 4, 2025\n\n{_STORY}")
    assert source.authors == authors


@pytest.mark.parametrize(
    "byline",
    [
        "By Tiana Rasolofo, Senior Fellow, Institute of Indian Ocean Affairs",
        "By Tiana Rasolofo, Research Associate, Centre for Island Studies",
    ],
)
def test_a_bylines_post_and_institution_after_the_name_are_no_authors(byline: str) -> None:
    """Read: "By Jane Doe, Senior Fellow, Example Institute": the writer alone."""
    source = _source(f"{_TITLE}\n\n{byline}\n\n{_STORY}")
    assert source.authors == ("Tiana Rasolofo",)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Maria dela Cruz and Jose delos Reyes", ("Maria dela Cruz", "Jose delos Reyes")),
        ("By Giulia della Rovere", ("Giulia della Rovere",)),
        (
            "By Anna af Klercker, Erik Lund and Per Holm",
            ("Anna af Klercker", "Erik Lund", "Per Holm"),
        ),
    ],
)
def test_surname_particles_of_more_languages_keep_the_byline(
    byline: str, authors: tuple[str, ...]
) -> None:
    """Read: "dela", "delos", "della", "af" inside a surname are no break in the names."""
    assert _source(f"{_TITLE}\n\n{byline}\n\n{_STORY}").authors == authors


@pytest.mark.parametrize("place", ["Lusaka", "Harare"])
def test_a_print_byline_from_a_name_in_capitals_names_the_writer(place: str) -> None:
    """Read: "From JANE DOE" over the place the dispatch was filed from."""
    source = _source(f"FRONTLINE STATES MEET\n\nFrom TENDAI MAPFUMO\n{place}\n\n{_STORY}")
    assert source.authors == ("Tendai Mapfumo",)


@pytest.mark.parametrize("place", ["Nairobi", "Kenya"])
def test_an_html_bylines_place_after_a_bar_is_no_author(place: str) -> None:
    """Read: an HTML byline "By Jane Doe | Nairobi | date" gives the writer alone."""
    page = (
        "<!DOCTYPE html><html><head><title>Kenya and Tanzania reopen Namanga post</title></head>"
        "<body><article><h1>Kenya and Tanzania reopen Namanga post</h1>"
        f'<p class="byline">By Wanjiku Kamau | {place} | 8 December 2025</p>'
        '<div class="article-body"><p>The foreign ministers of the two countries met for'
        " three hours on Monday and agreed to reopen the border post, officials said.</p>"
        "<p>Experts will meet next week to settle the details of the new schedule.</p>"
        "</div></article></body></html>"
    )
    assert diplomeet.parse(page).source.authors == ("Wanjiku Kamau",)


# --- agencies' own pages ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("banner", "agency"),
    [
        ("Hungarian News Agency (MTI)", "MTI"),
        ("Czech News Agency (CTK)", "CTK"),
        ("Bulgarian News Agency (BTA)", "BTA"),
    ],
)
def test_an_agencys_name_over_its_initials_in_its_own_language_is_no_headline(
    banner: str, agency: str
) -> None:
    """Read: "X News Agency (ABC)" over a breadcrumb "Home >> Politics" is the banner."""
    source = _source(f"{banner}\nHome >> Politics\n\n{_TITLE}\n\n{_STORY}")
    assert source.headline == _TITLE
    assert source.agencies == (agency,)


@pytest.mark.parametrize(
    ("opening", "agency", "published"),
    [
        ("(MTI) Budapest, 12 March 2026 -- ", "MTI", date(2026, 3, 12)),
        ("(BTA) Sofia, March 12, 2026 - ", "BTA", date(2026, 3, 12)),
        ("Budapest (AFP) March 12, 2026 - ", "AFP", date(2026, 3, 12)),
        ("Sofia (Xinhua) 12 March 2026 -- ", "Xinhua", date(2026, 3, 12)),
    ],
)
def test_an_agency_next_to_the_place_and_full_date_opening_the_story_dates_it(
    opening: str, agency: str, published: date
) -> None:
    """Read: "(MTI) Budapest, 12 March 2026 -- ..." and "Budapest (AFP) March 12, 2026 - ..."."""
    source = _source(f"{_TITLE}\n\n{opening}{_STORY}")
    assert source.agencies == (agency,)
    assert source.published == published


@pytest.mark.parametrize(
    ("trailer", "authors"),
    [
        (
            (
                " MTI (HU - author: Zsofia Kertesz, editor: Balint Orban; EN - author: Laszlo"
                " Vadas, editor: Agnes Bartos)"
            ),
            ("Zsofia Kertesz", "Laszlo Vadas"),
        ),
        (" (Reporter: Dewi Lestari; Editor: Budi Santoso)", ("Dewi Lestari",)),
        (" (Author: Ionela Stan, Translator: Mihai Popa)", ("Ionela Stan",)),
    ],
)
def test_a_closing_credit_of_labelled_fields_names_the_writers_not_the_editors(
    trailer: str, authors: tuple[str, ...]
) -> None:
    """Read: "AGENCY (RO - author: A, editor: B; EN - author: C, editor: D)" ends the story."""
    source = _source(f"{_TITLE}\n\n{_STORY.rstrip()}{trailer}\n")
    assert source.authors == authors


@pytest.mark.parametrize(
    "tagline",
    [
        "Agencia de Noticias del Estado Ejemplar",
        "Agência de Notícias de Exemplo",
        "Agence de Presse Exemple",
    ],
)
def test_an_agencys_name_in_its_own_language_and_a_language_service_are_no_headline(
    tagline: str,
) -> None:
    """Read: "BRAND" / the agency's name in its language / "English Service" / the title."""
    source = _source(f"NOTIBRAND\n{tagline}\nEnglish Service\n\n{_TITLE}\n\n{_STORY}")
    assert source.headline == _TITLE


# --- which date is the publication's -----------------------------------------------------


@pytest.mark.parametrize(
    ("updated", "published_line"),
    [
        ("Updated: 18 Feb 2025, 11:40 pm", "Published: 17 Feb 2025, 6:05 pm"),
        ("Last updated February 18, 2025", "First published February 17, 2025"),
        ("Modified: 2025-02-18", "Posted: 2025-02-17"),
    ],
)
def test_the_publications_stamp_under_the_updates_dates_the_page(
    updated: str, published_line: str
) -> None:
    """Read: "Updated: 18 Feb" over "Published: 17 Feb": the page was published on the 17th."""
    source = _source(f"{_TITLE}\n\n{updated}\n{published_line}\n\n{_STORY}")
    assert source.published == date(2025, 2, 17)


@pytest.mark.parametrize(
    ("stamp", "dateline", "published"),
    [
        ("14:32 GMT 12-03-2025", "LIMA, March 12 (Andina) -- ", date(2025, 3, 12)),
        ("Published 04/11/2024", "NAIROBI, April 11 (Xinhua) -- ", date(2024, 4, 11)),
        ("Published 04/11/2024", "NAIROBI, 4 November (Xinhua) -- ", date(2024, 11, 4)),
    ],
)
def test_the_datelines_day_and_month_tell_a_numeric_stamps_order(
    stamp: str, dateline: str, published: date
) -> None:
    """Read: "12-03-2025" over "LIMA, March 12": the stamp is day first (12 March)."""
    source = _source(f"{_TITLE}\n\n{stamp}\n\n{dateline}{_STORY}")
    assert source.published == published


@pytest.mark.parametrize("site_date", ["2025-01-02T00:00:00+08:00", "2019-06-30"])
def test_the_articles_json_ld_date_wins_over_the_web_pages_in_the_same_graph(
    site_date: str,
) -> None:
    """Read: an ``@graph`` whose WebPage is dated apart from its NewsArticle."""
    page = (
        "<!DOCTYPE html><html><head><title>Mongolia and China hold border trade talks</title>"
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        f'{{"@type":"WebPage","datePublished":"{site_date}"}},'
        '{"@type":"NewsArticle","headline":"Mongolia and China hold border trade talks",'
        '"datePublished":"2025-10-21T15:30:00+08:00"}]}</script></head>'
        "<body><article><h1>Mongolia and China hold border trade talks</h1>"
        '<div class="article-body"><p>The foreign ministers of the two countries met for'
        " three hours on Monday and agreed to reopen the border post, officials said.</p>"
        "<p>Experts will meet next week to settle the details of the new schedule.</p>"
        "</div></article></body></html>"
    )
    assert diplomeet.parse(page).source.published == date(2025, 10, 21)


@pytest.mark.parametrize(
    ("credit", "described", "under"),
    [
        ("Photo: Rindra Ravelo/AFP", "The ministers at the port.", "By Hanitra Razafy"),
        ("PHOTO: REUTERS", "Ferries docked in Moroni harbour", "March 4, 2025"),
        ("(Photo: AP)", "Officials of both sides before the talks.", "By Hanitra Razafy"),
    ],
)
def test_a_photos_description_under_its_credit_keeps_the_head_open(
    credit: str, described: str, under: str
) -> None:
    """Read: "Photo: X/AFP" / a description / the byline or date: the head goes on."""
    text = f"{_TITLE}\n\n{credit}\n{described}\n\n{under}\nMarch 4, 2025\n\n{_STORY}"
    source = _source(text)
    assert source.published == date(2025, 3, 4)
    assert described not in diplomeet.parse(text).text


@pytest.mark.parametrize(
    ("stamp", "authors"),
    [
        ("Updated November 5, 2025 | By Hanitra Razafy", ("Hanitra Razafy",)),
        (
            "Published 5 Nov 2025 | By Hanitra Razafy and Rindra Ravelo",
            ("Hanitra Razafy", "Rindra Ravelo"),
        ),
    ],
)
def test_a_byline_after_a_stamps_bar_names_the_writers(
    stamp: str, authors: tuple[str, ...]
) -> None:
    """Read: "Updated November 5, 2025 | By Jane Doe": the stamp dates, the byline names."""
    source = _source(f"{_TITLE}\n\n{stamp}\n\n{_STORY}")
    assert source.authors == authors
    assert source.published == date(2025, 11, 5)


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("By Cable to The Evening Courier-Post", "The Evening Courier-Post"),
        ("By Wireless to THE MORNING GAZETTE.", "The Morning Gazette"),
        ("By Radio to The Harbour Times", "The Harbour Times"),
    ],
)
def test_how_the_dispatch_reached_the_paper_names_the_paper(credit: str, outlet: str) -> None:
    """Read: "By Cable to The X" (under a byline or alone) names the paper, no writer."""
    for head in (f"{credit}\n\n", f"By IVAR T. LUNDQVIST\n{credit}\n\n"):
        source = _source(f"ENVOYS MEET AGAIN IN CAIRO\n\n{head}CAIRO, May 3.--{_STORY}")
        assert source.outlet == outlet
        assert "Cable" not in " ".join(source.authors)


@pytest.mark.parametrize(
    "line",
    [
        "By Hilda Tuhanuku, Senior Reporter | Published: 14/09/2025 | Updated: 15/09/2025",
        "Author: Hilda Tuhanuku, Staff Writer | Date: 14/09/2025",
    ],
)
def test_a_job_title_in_a_labelled_writers_field_is_no_author(line: str) -> None:
    """Read: "By Jane Doe, Senior Reporter | Published: ..." names Jane Doe alone."""
    source = _source(f"{_TITLE}\n\n{line}\n\n{_STORY}")
    assert source.authors == ("Hilda Tuhanuku",)
    assert source.published == date(2025, 9, 14)


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("The Savannah Tribune (Accra)", "The Savannah Tribune"),
        ("The Island Courier (Fiji)", "The Island Courier"),
    ],
)
def test_a_masthead_with_its_town_in_brackets_names_the_outlet(masthead: str, outlet: str) -> None:
    """Read: "The Example Tribune (Accra)" over the title is the masthead, no headline."""
    source = _source(f"{masthead}\n\n{_TITLE}\n\nMarch 4, 2025\n\n{_STORY}")
    assert source.headline == _TITLE
    assert source.outlet == outlet


@pytest.mark.parametrize(
    ("banner", "agency"),
    [("dpa International", "dpa"), ("AFP English", "AFP"), ("Xinhua World Service", "Xinhua")],
)
def test_an_agencys_service_banner_is_no_headline(banner: str, agency: str) -> None:
    """Read: "dpa International" over the page's date line is the agency's banner."""
    source = _source(f"{banner}\nThu, 05 Jun 2025, 09:12 GMT\n\n{_TITLE}\n\n{_STORY}")
    assert source.headline == _TITLE
    assert source.agencies == (agency,)


@pytest.mark.parametrize("name", ["James T. Kollie", "Ama K. Boateng"])
def test_an_html_authors_initial_keeps_its_full_stop(name: str) -> None:
    """Read: the extractor's "James T Kollie" is "James T. Kollie" as the page writes it."""
    page = (
        "<!DOCTYPE html><html><head><title>Liberia, Sierra Leone envoys meet on Mano River"
        ' crossing</title></head><body><article class="post"><h1 class="entry-title">'
        "Liberia, Sierra Leone envoys meet on Mano River crossing</h1>"
        '<div class="entry-meta">Posted on <time datetime="2025-09-12">September 12, 2025'
        '</time> by <span class="author vcard"><a class="url fn n" href="/author/x">'
        f"{name}</a></span></div>"
        '<div class="entry-content"><p>The foreign ministers of the two countries met for'
        " three hours on Monday and agreed to reopen the border post, officials said.</p>"
        "<p>Experts will meet next week to settle the details of the new schedule.</p>"
        "</div></article></body></html>"
    )
    assert diplomeet.parse(page).source.authors == (name,)
