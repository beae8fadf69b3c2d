# Archive pages print en and em dashes in their datelines and folio lines:
# ruff: noqa: RUF001, RUF002
"""
Newspaper-archive pages and the agency credits of news sites (thirteenth session).

Digitised-newspaper archives export a page's OCR text under their own lines: the archive's
title of the page (Chronicling America's "<title>. [volume] (<place>) <years>, <date>, Page
<n>, Image <n>", Trove's "<title> (<place> : <years>), <date>, page <n>"), a library's banner
and labelled fields (national libraries' press exports, the British Newspaper Archive), then
the paper's own head in capitals (its name, the city and date, volume, number and price) over
the lead story.  Later stories on the page credit their agency in print datelines ("(AP).—").
News sites credit agencies in a trailer glued to the last paragraph ("– with reports from
AFP/Example.com"), after a slash closing a caption ("/ Jane Doe/BNS") and in a closing list
of sources ("BNS, Example.lt").  Every page here is written for these tests: the papers,
people and stories are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.outlets import Layout, get_parser

LEAD = (
    "The delegates of the two governments met for three hours yesterday afternoon and agreed "
    "to resume the talks on Monday, the Foreign Office announced last night.\n\n"
    "Officials said a joint statement would be issued after the next session.\n"
)


def _split(text: str) -> Layout:
    return get_parser("generic").split(text)


# --- an archive's title of the page ----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "outlet", "issue"),
    [
        pytest.param(
            "The Coldwater courier. [volume] (Coldwater, Mich.) 1879-1961, March 14, 1931, "
            "Page 2, Image 2",
            "Coldwater Courier",
            date(1931, 3, 14),
            id="chronicling-america-volume-page-image",
        ),
        pytest.param(
            "Evening herald. (Ridgeport [Conn.]) 1902-current, June 04, 1922, Image 1",
            "Evening Herald",
            date(1922, 6, 4),
            id="chronicling-america-bracketed-place-current",
        ),
        pytest.param(
            "The Daily Examiner (Grafton, NSW : 1915 - 1954), Thursday 4 March 1937, page 3",
            "Daily Examiner",
            date(1937, 3, 4),
            id="trove-citation",
        ),
        pytest.param(
            "The Mercury (Hobart, Tas. : 1860 - 1954) 18 Jul 1946",
            "The Mercury",
            date(1946, 7, 18),
            id="trove-one-word-name-keeps-its-article",
        ),
        pytest.param(
            "Northern Daily Press - Monday 04 June 1923 | British Newspaper Archive",
            "Northern Daily Press",
            date(1923, 6, 4),
            id="archive-viewer-title-with-the-archives-name",
        ),
        pytest.param(
            "Southland Evening Courier, Volume LXII, Issue 56, 3 September 1946, Page 7",
            "Southland Evening Courier",
            date(1946, 9, 3),
            id="papers-past-citation",
        ),
        pytest.param(
            "Image 3 of Evening courier (Ridgeport, Conn.), October 21, 1947",
            "Evening Courier",
            date(1947, 10, 21),
            id="loc-image-of-title",
        ),
        pytest.param(
            "The Ridgeport sentinel. [volume] (Ridgeport, Conn.) 1881-1966, October 21, 1947, "
            "Page 1, Image 1 « Chronicling America « Library of Congress",
            "Ridgeport Sentinel",
            date(1947, 10, 21),
            id="chronicling-america-html-title",
        ),
    ],
)
def test_an_archive_title_of_the_page_names_and_dates_the_paper(
    title: str, outlet: str, issue: date
) -> None:
    """The catalogue's title, place and years, then the issue's date and page: no headline."""
    layout = _split(f"{title}\n\nEnvoys Reach Accord on Wheat Quotas\n\n{LEAD}")
    assert layout.outlet == outlet
    assert layout.published == issue
    assert layout.headline == "Envoys Reach Accord on Wheat Quotas"


CHRONICLING_PAGE = """\
The Ridgeport sentinel. [volume] (Ridgeport, Conn.) 1881-1966, October 21, 1947, Page 1, Image 1
About The Ridgeport sentinel. (Ridgeport, Conn.) 1881-1966
Image provided by: Connecticut State Library

THE RIDGEPORT SENTINEL
RIDGEPORT, CONNECTICUT, TUESDAY, OCTOBER 21, 1947
67th Year. No. 249. PRICE FIVE CENTS

Envoy Holds Long Talk With Minister On Trade Pact

By WALTER J. OKONSKI
Sentinel Staff Writer

The Greek Ambassador conferred with the Secretary of Commerce for two hours this morning on
the trade pact the two countries hope to sign before the end of the year.

Ambassador Stavrou told reporters the talks had been "frank and useful."

Strike Ends at Docks

NEW ORLEANS, La., Oct. 21 (UP).—Dock workers voted today to end a nine-day strike that had
tied up more than forty ships, the union said.
"""


def test_a_chronicling_america_page_reads_as_the_papers_front_page() -> None:
    """The archive's lines and the paper's head are furniture; the lead story's head is its."""
    layout = _split(CHRONICLING_PAGE)
    assert layout.outlet == "Ridgeport Sentinel"
    assert layout.published == date(1947, 10, 21)
    assert layout.headline == "Envoy Holds Long Talk With Minister On Trade Pact"
    assert layout.authors == ("Walter J. Okonski",)
    assert layout.agencies == ("UP",)
    assert "Image provided" not in layout.body
    assert "67th Year" not in layout.body
    assert not layout.body.startswith("THE RIDGEPORT SENTINEL")


ARCHIVE_HTML = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>The Ridgeport sentinel. [volume] (Ridgeport, Conn.) 1881-1966, October 21, 1947, Page 1,
Image 1 « Example Newspapers « Example State Library</title>
</head><body>
<h1>The Ridgeport sentinel. [volume] (Ridgeport, Conn.) 1881-1966, October 21, 1947, Page 1,
Image 1</h1>
<p>Image provided by: Connecticut State Library</p>
<div class="ocr">
<p>THE RIDGEPORT SENTINEL</p>
<p>RIDGEPORT, CONNECTICUT, TUESDAY, OCTOBER 21, 1947</p>
<p>67th Year. No. 249. PRICE FIVE CENTS</p>
<p>Envoy Holds Long Talk With Minister On Trade Pact</p>
<p>By WALTER J. OKONSKI</p>
<p>The Greek Ambassador conferred with the Secretary of Commerce for two hours this morning on
the trade pact the two countries hope to sign before the end of the year.</p>
<p>Ambassador Stavrou told reporters the talks had been "frank and useful."</p>
</div></body></html>
"""


def test_an_archive_pages_html_title_is_no_headline() -> None:
    """An HTML archive page's <title> is the archive's title of the page: the lead's head wins."""
    source = diplomeet.parse(ARCHIVE_HTML).source
    assert source.headline == "Envoy Holds Long Talk With Minister On Trade Pact"
    assert source.outlet == "Ridgeport Sentinel"
    assert source.published == date(1947, 10, 21)


# --- a library's export with labelled fields --------------------------------------------------


LIBRARY_EXPORT = """\
Historical Press Archive - National Library of Wales
Publication: The Cambrian Evening Leader | Date: 02/11/1921 | Page: 1 | Article: 1

THE CAMBRIAN EVENING LEADER
WEDNESDAY, NOVEMBER 2, 1921 . ONE PENNY

IRISH TALKS RESUME IN LONDON: "A SETTLEMENT IS NEAR"

{lead}
TROOPS LEAVE CORK

CORK (Reuter). - The last of the troops left the city barracks this morning.
"""


def test_a_national_library_export_names_the_paper_and_its_date() -> None:
    """Banner, fields and the paper's head: the numeric date is read as the head's date."""
    layout = _split(LIBRARY_EXPORT.format(lead=LEAD))
    assert layout.outlet == "Cambrian Evening Leader"
    assert layout.published == date(1921, 11, 2)
    assert layout.headline == 'IRISH TALKS RESUME IN LONDON: "A SETTLEMENT IS NEAR"'
    assert layout.agencies == ("Reuters",)


def test_labelled_record_fields_one_a_line_name_the_paper() -> None:
    """The British Newspaper Archive's record: "Newspaper:", "Published:", "County:", "Page:"."""
    page = (
        "Newspaper: Western Morning Chronicle\nPublished: Friday 12 May 1939\n"
        "County: Devon, England\nPage: 7\nType: Article\n\nENVOYS MEET AT GENEVA\n\n" + LEAD
    )
    layout = _split(page)
    assert layout.outlet == "Western Morning Chronicle"
    assert layout.published == date(1939, 5, 12)
    assert layout.headline == "ENVOYS MEET AT GENEVA"
    assert "County" not in layout.body


# --- a front page's own head ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "outlet", "issue"),
    [
        pytest.param(
            "THE HARBOUR GAZETTE\nPORT LOUIS, MONDAY, APRIL 7, 1969\n"
            "Vol. XII, No. 88 . PRICE 25 CENTS",
            "Harbour Gazette",
            date(1969, 4, 7),
            id="city-date-then-volume-and-price",
        ),
        pytest.param(
            "THE VALLEY STAR\nSATURDAY, MAY 3, 1952 . SHEVAT 8, 5712 . VOL. IV, No. 1201 . IL 0.50",
            "Valley Star",
            date(1952, 5, 3),
            id="date-in-two-calendars",
        ),
    ],
)
def test_a_front_page_head_in_capitals_is_furniture(head: str, outlet: str, issue: date) -> None:
    """The paper's name over its folio lines names and dates the page, with no archive over it."""
    layout = _split(f"{head}\n\nMinisters Agree On Fishing Limits\n\n{LEAD}")
    assert layout.outlet == outlet
    assert layout.published == issue
    assert layout.headline == "Ministers Agree On Fishing Limits"


@pytest.mark.parametrize(
    ("folio", "issue"),
    [
        pytest.param(
            "BRIDGETOWN, BARBADOS, TUESDAY, SEPTEMBER 9, 1958—FIFTY-SIX PAGES. * TEN CENTS",
            date(1958, 9, 9),
            id="em-dash-and-pages-in-words",
        ),
        pytest.param(
            "No. 21,345. KINGSTON, JAMAICA, MONDAY, JUNE 5, 1922. TWO CENTS.",
            date(1922, 6, 5),
            id="number-first",
        ),
        pytest.param(
            "Established 1841 | CARDIFF, MONDAY, JANUARY 3, 1938 | Price One Penny",
            date(1938, 1, 3),
            id="bars-and-price-in-title-case",
        ),
        pytest.param(
            "Vol. 3. No. 12. Monday, 4th August, 1947. Price 10 cents",
            date(1947, 8, 4),
            id="day-first-in-title-case",
        ),
    ],
)
def test_folio_lines_of_many_papers_date_the_issue(folio: str, issue: date) -> None:
    """Folio lines join the date with numbers, prices and pages in many ways."""
    layout = _split(f"THE ISLAND ARGUS\n{folio}\n\nMinisters Agree On Fishing Limits\n\n{LEAD}")
    assert layout.outlet == "Island Argus"
    assert layout.published == issue
    assert layout.headline == "Ministers Agree On Fishing Limits"


def test_the_and_a_word_names_a_paper_over_a_folio_with_its_price() -> None:
    """'THE SUN' is a paper's name over a folio with its price; no masthead word is needed."""
    layout = _split(
        f"THE SUN\nBALTIMORE, MONDAY, MAY 4, 1936\nPRICE TWO CENTS\n\nEnvoys Meet In Rome\n\n{LEAD}"
    )
    assert layout.outlet == "The Sun"
    assert layout.published == date(1936, 5, 4)
    assert layout.headline == "Envoys Meet In Rome"


def test_a_deck_in_title_case_under_the_headline_is_no_byline() -> None:
    """A deck's capitalised prepositions ("Agree On Quotas") are no person's name."""
    layout = _split(f"TRADE TREATY SIGNED\nMinisters Agree On Quotas\n\n{LEAD}")
    assert layout.headline == "TRADE TREATY SIGNED"
    assert layout.authors == ()
    layout = _split(f"TRADE TREATY SIGNED\nJean De La Cruz\n\n{LEAD}")
    assert layout.authors == ("Jean De La Cruz",)


@pytest.mark.parametrize(
    "credit",
    [
        "From Our Own Correspondent",
        "FROM A SPECIAL CORRESPONDENT",
        "From Our Correspondent in Oslo",
    ],
)
def test_a_papers_unnamed_correspondent_is_no_author(credit: str) -> None:
    """Print papers credit their own unnamed writer; no name is read and the line is no story."""
    layout = _split(f"FISHING TALKS RESUME\n{credit}\n\n{LEAD}")
    assert layout.headline == "FISHING TALKS RESUME"
    assert layout.authors == ()
    assert "orrespondent" not in layout.body.casefold()


def test_a_short_headline_in_capitals_over_its_byline_is_no_section_label() -> None:
    """Three words in capitals over "By ..." are the headline, not a section's label."""
    layout = _split(f"FISHING TALKS RESUME\nBy Jane Doe in Oslo\n\n{LEAD}")
    assert layout.headline == "FISHING TALKS RESUME"
    assert layout.authors == ("Jane Doe",)


@pytest.mark.parametrize("dateline", ["CAIRO, Tuesday.", "ADEN, Yemen, March 9.—"])
def test_a_print_dateline_alone_on_its_line_is_no_headline(dateline: str) -> None:
    """A dateline on its own line under an unnamed writer's credit opens the story."""
    layout = _split(f"From Our Own Correspondent\n\n{dateline}\n\n{LEAD}")
    assert layout.headline is None
    assert layout.body.startswith(dateline)


def test_a_headline_in_capitals_over_a_date_line_is_no_paper() -> None:
    """Only a paper's name (a masthead word, a known outlet) heads a front page's folio."""
    layout = _split(f"MINISTERS AGREE ON FISHING LIMITS\nMONDAY, APRIL 7, 1969\n\n{LEAD}")
    assert layout.headline == "MINISTERS AGREE ON FISHING LIMITS"
    assert layout.outlet is None
    layout = _split(f"THE TALKS\nMONDAY, APRIL 7, 1969\n\n{LEAD}")
    assert layout.outlet is None


# --- agencies in the datelines of later stories ----------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        pytest.param("TAIPEI, Formosa, Sept. 9 (AP).—", "AP", id="place-region-date"),
        pytest.param("UNITED NATIONS (UPI). -", "UPI", id="place-only"),
        pytest.param("NAIROBI, Kenya, Tuesday (Reuter).—", "Reuters", id="region-weekday"),
        pytest.param("MEXICO CITY, March 14 (UP)--", "UP", id="united-press"),
        pytest.param(
            "PARIS, June 3.—(By the Associated Press.)—", "AP", id="spelt-out-after-the-date"
        ),
    ],
)
def test_a_later_storys_print_dateline_credits_its_agency(dateline: str, agency: str) -> None:
    """Each story on a print page credits its own agency in its dateline."""
    page = (
        f"Ministers Agree On Fishing Limits\n\n{LEAD}\nRiots in Port\n\n{dateline} Police "
        "fired tear gas at strikers in the port today, officials said.\n"
    )
    assert agency in _split(page).agencies


@pytest.mark.parametrize(
    "dateline",
    ["GENEVA, Switzerland, May 1 (Special).—", "MADRID, May 1 (Delayed).—"],
)
def test_a_dispatchs_note_in_brackets_is_no_agency(dateline: str) -> None:
    """Old datelines note how a dispatch came ("(Special)", "(Delayed)"): no agency."""
    page = f"Ministers Agree On Fishing Limits\n\n{dateline}The talks began today.\n\n{LEAD}"
    assert _split(page).agencies == ()


def test_a_capitalised_phrase_in_brackets_mid_page_is_no_dateline() -> None:
    """A paragraph opening with an organisation's initials in brackets credits no agency."""
    page = (
        f"Ministers Agree On Fishing Limits\n\n{LEAD}\n"
        "WORLD HEALTH ORGANISATION (WHO) - the agency said today it would send a team.\n"
    )
    assert _split(page).agencies == ()


# --- agency credits of news sites -------------------------------------------------------------


SITE_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Estonia and Finland agree ferry security checks</title>
<meta property="og:site_name" content="Examplenews">
<meta property="og:title" content="Estonia and Finland agree ferry security checks">
<meta property="article:published_time" content="2026-03-04T10:00:00+02:00">
</head><body><main><article>
<h1>Estonia and Finland agree ferry security checks</h1>
<div class="author">Liisa Tamm</div>
<figure><img src="a.jpg" alt=""><figcaption>{caption}</figcaption></figure>
<p>The interior ministers of Estonia and Finland agreed in Tallinn on Tuesday to carry out
joint security checks on the ferries between the two capitals, the ministries said.</p>
<p>The checks will start in April and cover both passengers and freight, officials said.</p>
<p>{last}</p>
{foot}
</article></main></body></html>
"""


@pytest.mark.parametrize(
    ("caption", "last", "foot", "agencies"),
    [
        pytest.param(
            "The two ministers in Tallinn.",
            "The ministers last met in Helsinki in January. – with reports from AFP/Example.com",
            "",
            ("AFP",),
            id="reports-trailer-glued-to-the-last-paragraph",
        ),
        pytest.param(
            "The two ministers in Tallinn.",
            "The ministers last met in Helsinki in January. — With a report from Reuters",
            "",
            ("Reuters",),
            id="a-report-trailer",
        ),
        pytest.param(
            "The two ministers in Tallinn.",
            "The ministers last met in Helsinki in January. (With reports from dpa and ELTA)",
            "",
            ("dpa", "ELTA"),
            id="bracketed-trailer",
        ),
        pytest.param(
            "Mart Kask and Jussi Laine / Peeter Saar/BNS",
            "The ministers last met in Helsinki in January.",
            "",
            ("BNS",),
            id="photo-credit-after-a-slash",
        ),
        pytest.param(
            "Mart Kask and Jussi Laine / LETA/Peeter Saar",
            "The ministers last met in Helsinki in January.",
            "",
            ("LETA",),
            id="agency-before-the-photographer",
        ),
        pytest.param(
            "The two ministers in Tallinn.",
            "The ministers last met in Helsinki in January.",
            '<p class="source">ELTA, Examplenews.ee</p>',
            ("ELTA",),
            id="closing-list-of-sources",
        ),
    ],
)
def test_a_news_sites_agency_credit_is_read(
    caption: str, last: str, foot: str, agencies: tuple[str, ...]
) -> None:
    """Trailers, caption credits and source lists credit the agency, not the site itself."""
    article = diplomeet.parse(SITE_PAGE.format(caption=caption, last=last, foot=foot))
    assert article.source.agencies == agencies
    assert "with report" not in article.text.casefold()
    assert "with a report" not in article.text.casefold()


def test_a_slash_between_places_in_a_caption_credits_nothing() -> None:
    """A spaced slash closing a caption credits only a known agency after it."""
    article = diplomeet.parse(
        SITE_PAGE.format(
            caption="The ferry route Tallinn / Helsinki",
            last="The ministers last met in Helsinki in January.",
            foot="",
        )
    )
    assert article.source.agencies == ()
