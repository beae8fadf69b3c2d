# Page furniture (angle quotes, bullets) is what these pages print:
# ruff: noqa: RUF001, RUF002
"""
The generic reader on a third round of page layouts: pages that name and date themselves.

Print running heads, "From NAME, Job, in Place" bylines, names with their outlet in
brackets, a language service's desk, copyright and print-edition trailers, foot lines
naming the site, wire datelines without a dash, and date lines closing with a clock time.
Every page here is written for these tests, in the manner of English-language outlets of
several regions and decades; the people are invented and no article is copied.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.outlets import Layout


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


# --- a print page's running head ------------------------------------------------------------

IRISH_PAGE = (
    "THE IRISH TIMES, SATURDAY, MARCH 8, 1986                7\n"
    "HOME NEWS\n"
    "Ministers agree to review fishing limits in the Irish Sea\n"
    "The Minister for the Marine, Mr Ciaran Doyle, met his British counterpart yesterday.\n"
)
RUNNING_HEADS = [
    pytest.param(
        IRISH_PAGE,
        "The Irish Times",
        date(1986, 3, 8),
        "Saturday, March 8, 1986",
        id="capitals-page-number-after",
    ),
    pytest.param(
        "14 The Harbour Chronicle, Monday, June 2, 2025\n"
        "Port talks end without agreement\n"
        "Harbour commissioners from both towns met for six hours on Sunday.\n",
        "The Harbour Chronicle",
        date(2025, 6, 2),
        "Monday, June 2, 2025",
        id="page-number-first",
    ),
    pytest.param(
        "THE VALLEY GAZETTE, 3 MAY 1974 Page 5\n"
        "Council votes to twin with French town\n"
        "The council agreed on Thursday night to the twinning arrangement.\n",
        "The Valley Gazette",
        date(1974, 5, 3),
        "3 May 1974",
        id="day-first-page-label",
    ),
]


@pytest.mark.parametrize(("page", "outlet", "issue", "stamp"), RUNNING_HEADS)
def test_a_running_head_names_and_dates_the_page_and_is_no_headline(
    page: str, outlet: str, issue: date, stamp: str
) -> None:
    """The paper's name and issue date over the page are its outlet and date, not its title."""
    layout = _split(page)
    assert layout.outlet == outlet
    assert layout.published == issue
    assert layout.headline == page.splitlines()[-2]
    assert layout.stamps == (stamp,)
    assert "," not in layout.body.split("\n")[0] or outlet not in layout.body


def test_a_running_head_date_is_a_date_of_the_article_without_a_span() -> None:
    """Through parse, the running head's date is among the dates, with no span into the body."""
    art = diplomeet.parse(IRISH_PAGE)
    assert art.source.published == date(1986, 3, 8)
    stamped = [ref for ref in art.dates if ref.span is None]
    assert [(ref.text, ref.value) for ref in stamped] == [("Saturday, March 8, 1986", "1986-03-08")]
    yesterday = next(ref for ref in art.dates if ref.text == "yesterday")
    assert yesterday.value == "1986-03-07"


def test_a_place_and_date_line_is_no_running_head() -> None:
    """A place before the date ("Accra, Monday, June 2, 2025") names no outlet."""
    layout = _split(
        "Ghana and Togo agree on border patrols\n"
        "Accra, Monday, June 2, 2025\n"
        "The two foreign ministers met in Accra on Sunday.\n"
    )
    assert layout.outlet is None
    assert layout.published == date(2025, 6, 2)
    assert layout.headline == "Ghana and Togo agree on border patrols"


# --- "From NAME, Job, in Place" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("From FERGAL MORAN, Northern Editor, in Belfast", ("Fergal Moran",)),
        ("From Helen Ashdown in Brussels", ("Helen Ashdown",)),
        ("From Owen Pryce, Diplomatic Correspondent", ("Owen Pryce",)),
    ],
)
def test_a_from_byline_names_its_writer(byline: str, authors: tuple[str, ...]) -> None:
    """A newspaper's "From" byline with a job title or place gives the writer."""
    layout = _split(
        f"Conference agrees new steps on border security\n{byline}\n"
        "The two Ministers met for more than five hours at the conference centre.\n"
    )
    assert layout.authors == authors
    assert byline not in layout.body


@pytest.mark.parametrize(
    "line",
    [
        "From Paris, Helen Ashdown reports on the summit's last day",
        "From Monday, the ministers will meet every week",
        "From Northern Ireland in March",
    ],
)
def test_a_sentence_opening_with_from_is_no_byline(line: str) -> None:
    """Without a job title or a place beside a person's name, "From ..." is prose."""
    layout = _split(f"Ministers meet\n{line}\nThe talks lasted three hours on Tuesday.\n")
    assert layout.authors == ()
    assert line in layout.body


# --- a name with its outlet in brackets, a paywall tag, a bulleted date line ----------------


def test_a_bracketed_outlet_byline_under_a_standfirst_over_a_tag() -> None:
    """A "Name (The Outlet)" byline under the standfirst, a "PREMIUM" tag, the date line."""
    layout = _split(
        "Manila, Hanoi agree to joint coast guard drills\n"
        "The two neighbours will train together near the Spratly Islands from next month.\n"
        "Lorna Dizon Reyes (The Island Post)\n"
        "PREMIUM\n"
        "Manila   ●   Thu, March 6, 2025\n"
        "Foreign Secretary Ana Villareal met her Vietnamese counterpart on Wednesday.\n"
    )
    assert layout.authors == ("Lorna Dizon Reyes",)
    assert layout.outlet == "The Island Post"
    assert layout.published == date(2025, 3, 6)
    assert "PREMIUM" not in layout.body
    assert "Island Post" not in layout.body


def test_brackets_holding_a_country_under_a_standfirst_are_no_byline() -> None:
    """A person with a country in brackets under the standfirst is the story, not its writer."""
    layout = _split(
        "Leaders meet in Hanoi\n"
        "The talks focused on the South China Sea.\n"
        "Lorna Dizon Reyes (Philippines)\n"
        "The leaders met in Hanoi on Monday.\n"
    )
    assert layout.authors == ()
    assert layout.outlet is None


# --- a language service's desk, a copyright line ------------------------------------------


def test_a_possessive_slashed_desk_stays_whole_and_names_the_outlet() -> None:
    """In "By X and RFE/RL's Georgian Service" the desk is one, not "RFE" and "RL's ..."."""
    layout = _split(
        "Georgia, Armenia Agree To Reopen Rail Link\n"
        "By Nino Beridze and RFE/RL's Georgian Service\n"
        "May 14, 2025 11:05 GMT\n"
        "TBILISI -- The prime ministers of Georgia and Armenia met in Tbilisi on May 14.\n"
    )
    assert layout.authors == ("Nino Beridze", "RFE/RL's Georgian Service")
    assert layout.outlet == "RFE/RL"


def test_a_slash_between_a_person_and_an_agency_still_splits() -> None:
    """A byline's "Jane Doe/Reuters" is a person and an agency."""
    layout = _split(
        "Talks resume in Doha\n"
        "By Samir Haddad/Reuters\n"
        "DOHA - Negotiators resumed talks in Doha on Monday.\n"
    )
    assert layout.authors == ("Samir Haddad",)
    assert layout.agencies == ("Reuters",)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Copyright (c) 2024. Example Herald, Inc. Used with permission.", "Example Herald"),
        ("Copyright 2019-2025 Harbour Times. All rights reserved.", "Harbour Times"),
        ("© 2025 Caucasus Courier", "Caucasus Courier"),
    ],
)
def test_a_copyright_line_names_the_outlet(line: str, outlet: str) -> None:
    """A copyright line's holder, after "(c)", a year or a range of years, is the outlet."""
    layout = _split(
        "Ministers meet in Tirana\n"
        "The foreign ministers of Albania and Kosovo met in Tirana on Tuesday.\n"
        f"{line}\n"
    )
    assert layout.outlet == outlet
    assert layout.captions == ()
    assert line not in layout.body


# --- the page naming itself at its foot ------------------------------------------------------


def test_a_print_edition_trailer_names_the_outlet_and_leaves_the_body() -> None:
    """The trailer "A version of this story appears in the print on DATE, of The X"."""
    layout = _split(
        "Ministers agree to speed up road link\n"
        "Published at : June 3, 2025\n"
        "The two foreign ministers met in Thimphu on Monday.\n"
        "A version of this story appears in the print on June 3, 2025, of The Valley Post.\n"
    )
    assert layout.outlet == "Valley Post"
    assert "version of this story" not in layout.body


def test_a_print_edition_trailer_without_a_date() -> None:
    """The trailer "A version of this article appeared in the print edition of The X"."""
    layout = _split(
        "Ministers meet\n"
        "The two foreign ministers met in Riga on Monday.\n"
        "A version of this article appeared in the print edition of The Baltic Times.\n"
    )
    assert layout.outlet == "Baltic Times"


def test_a_foot_line_naming_a_known_outlet_names_the_page() -> None:
    """A short foot line, no sentence, naming a known outlet is the site naming itself."""
    layout = _split(
        "Ministers agree on flood warnings\n"
        "The two ministers met in Dubai on Monday and agreed to share flood warnings.\n"
        "They will meet again in Muscat in the autumn.\n"
        "Most read this week on Gulf News, the region's English daily\n"
    )
    assert layout.outlet == "Gulf News"
    assert "Most read" not in layout.body


@pytest.mark.parametrize(
    "page",
    [
        # a sentence at the foot names a source, not the page
        (
            "Ministers meet\nThe ministers met on Monday.\nThey talked for an hour.\n"
            "The talks were first reported by Gulf News.\n"
        ),
        # one common-looking word is no outlet's name
        (
            "Ministers meet\nThe ministers met on Monday.\nThey talked for an hour.\n"
            "Topics: Nation, Region, World\n"
        ),
    ],
)
def test_foot_lines_that_do_not_name_the_page(page: str) -> None:
    """A sentence, or a common word that an outlet also uses as its name, names no outlet."""
    assert _split(page).outlet is None


def test_a_front_page_link_is_furniture() -> None:
    """A front page's "Full article 4 comments" is no paragraph of the story."""
    layout = _split(
        "Chile and Peru agree to joint fisheries patrols\n"
        "Tuesday, April 8th 2025 - 09:12 UTC\n"
        "Full article 4 comments\n"
        "The two presidents met on Monday in Arica.\n"
    )
    assert "Full article" not in layout.body
    assert layout.published == date(2025, 4, 8)


# --- date lines closing with a clock time ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Tuesday, April 8th 2025 - 09:12 UTC", "Tuesday, April 8th 2025"),
        ("October 07, 2025 16:40 GMT", "October 07, 2025"),
        ("Nairobi, 4 March 2025, 10:15 EAT", "Nairobi, 4 March 2025"),
    ],
)
def test_a_date_line_keeps_its_date_but_not_its_clock_time(line: str, kept: str) -> None:
    """The page's clock time stamps the page: no body date is read from it."""
    page = f"Ministers meet on the border\n{line}\nThe ministers met at the border on Monday.\n"
    layout = _split(page)
    assert layout.body.split("\n")[0] == kept
    art = diplomeet.parse(page)
    assert all(ref.granularity != "time" for ref in art.dates)


# --- wire datelines and credits -------------------------------------------------------------


def test_a_bracketed_wire_credit_without_a_dash() -> None:
    """A dateline "Mumbai, Jun 5 (IANS) The ..." credits the agency, keeps place and date."""
    layout = _split(
        "Minister holds talks with Omani counterpart\n"
        "Mumbai, Jun 5 (IANS) Commerce Minister Ravi Menon on Thursday held talks with Oman's "
        "trade minister on a free trade agreement.\n"
    )
    assert layout.agencies == ("IANS",)
    assert layout.body.startswith("Mumbai, Jun 5 - Commerce Minister Ravi Menon")


def test_a_bracketed_word_that_is_no_agency_stays() -> None:
    """A dateline "Paris, May 2 (local time) The ..." credits nobody."""
    layout = _split(
        "Ministers meet\nParis, May 2 (local time) The ministers met in Paris on Friday.\n"
    )
    assert layout.agencies == ()
    assert "(local time)" in layout.body


def test_the_canadian_wire_credit_is_its_house_credit() -> None:
    """A dateline "HALIFAX (CP) --" credits "CP", as "(AP)" credits "AP"; "Staff Writer" goes."""
    layout = _split(
        "FISHERIES TALKS OPEN\n"
        "By MARGARET HOLLOWAY\n"
        "Canadian Press Staff Writer\n"
        "HALIFAX (CP) -- Fisheries officials from both countries met here today.\n"
    )
    assert layout.agencies == ("CP",)
    assert "Staff Writer" not in layout.body
    assert (
        _split("Talks\nOTTAWA -- The Canadian Press learned today of the talks.\n").agencies == ()
    )


# --- a letterhead over a breadcrumb with angle quotes ---------------------------------------


def test_a_letterhead_over_a_breadcrumb_with_angle_quotes_is_no_headline() -> None:
    """A letterhead over "Home › News › Press releases": the title under them is the headline."""
    layout = _split(
        "PRESIDENCY\n"
        "Home  ›  News  ›  Press releases\n"
        "Telephone conversation between the President of the Republic and the Prime Minister "
        "of Georgia\n"
        "Published 4 June 2025 - Press release\n"
        "The President of the Republic spoke this afternoon with the Prime Minister.\n"
    )
    assert layout.headline == (
        "Telephone conversation between the President of the Republic and the Prime Minister "
        "of Georgia"
    )
    assert "Home" not in layout.body
    assert "PRESIDENCY" not in layout.body


# --- HTML pages: what the extractor drops from the head and the photo boxes -----------------

DESK_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Jordan's FM receives Iraqi counterpart - Politics - Levant Online</title>
<meta property="og:site_name" content="Levant Online">
<meta property="og:title"
 content="Jordan's FM receives Iraqi counterpart, vows support for border trade">
</head><body>
<div id="header"><div class="logo">Levant Online</div>
<div class="date-top">Wednesday, 11 June 2025</div>
<ul id="menu"><li><a href="/w">World</a></li><li><a href="/b">Business</a></li></ul></div>
<div id="content">
<h1>Jordan's FM receives Iraqi counterpart, vows support for border trade</h1>
<div class="date">Levant Online , Monday 9 June 2025</div>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <span>Views: 2,310</span></div>
<div class="article">
<p>Jordan's Foreign Minister Rami Haddadin received on Sunday his Iraqi counterpart Salim
al-Jaburi in Amman, where the two ministers discussed reopening the Karameh crossing to
lorries.</p>
<p>"Trade across this border feeds families on both sides," Haddadin told reporters after the
meeting, according to the state news agency Petra.</p>
<div class="news-image inline"><img src="x.jpg" alt="">
<div class="caption">Lorries queue at the Karameh crossing. Photo: AFP</div></div>
<p>The two ministers agreed to meet again in Baghdad next month, the ministry said.</p>
<p>Jordan and Iraq signed a transit agreement in 2019 that has never been fully applied.</p>
</div></div></body></html>
"""

CREDIT_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Serbian and Croatian leaders meet at EU summit | World Wire</title>
<meta property="og:site_name" content="World Wire">
<meta property="og:title" content="Serbian and Croatian leaders meet at EU summit">
<meta property="article:published_time" content="2025-06-26T09:02:11Z">
<meta name="author" content="Mila Kovac">
</head><body>
<div class="headline"><h1>Serbian and Croatian leaders meet at EU summit</h1>
<div class="byline">By <span>Mila Kovac</span>, World Wire</div>
<div class="read">4 minute read</div>
<div class="timestamp">Updated 8:14 AM EDT, Thu June 26, 2025</div></div>
<div class="image"><img src="a.jpg" alt="">
<div class="image__caption">The two leaders shake hands in Brussels, Belgium, on Wednesday.</div>
<div class="image__credit">Pieter Claes/Reuters</div></div>
<div class="article">
<p>Brussels, Belgium World Wire &#8212; The Serbian and Croatian leaders met on the sidelines
of the European Council in Brussels on Wednesday, their first talks in two years.</p>
<p>The two leaders spoke for about 40 minutes, officials from both delegations said.</p>
<p>They agreed to reopen a joint commission on missing persons before the end of the year.</p>
<p>Relations between the two neighbours have been strained since a border dispute in 2022.</p>
</div></body></html>
"""


def test_an_html_desk_line_under_the_headline_dates_the_story_not_the_headers_day() -> None:
    """The header's date of the day is not the story's: the desk's date line under the title is."""
    art = diplomeet.parse(DESK_PAGE)
    assert art.source.published == date(2025, 6, 9)
    assert art.source.authors == ("Levant Online",)
    assert "AFP" in art.source.agencies
    found = [(ref.text, ref.value) for ref in art.dates]
    assert found.count(("Monday 9 June 2025", "2025-06-09")) == 1
    assert all(ref.value != "2025-06-11" for ref in art.dates)
    sunday = next(ref for ref in art.dates if ref.text == "on Sunday")
    assert sunday.value == "2025-06-08"


def test_an_html_head_timestamp_and_photo_credit_line() -> None:
    """The head's "Updated ..., Thu June 26, 2025" is a date; "Name/Reuters" credits Reuters."""
    art = diplomeet.parse(CREDIT_PAGE)
    assert art.source.published == date(2025, 6, 26)
    assert art.source.authors == ("Mila Kovac",)
    assert art.source.agencies == ("Reuters",)
    stamped = [(ref.text, ref.value) for ref in art.dates if ref.span is None]
    assert ("June 26, 2025", "2025-06-26") in stamped
    assert all(ref.granularity != "time" for ref in art.dates)
    assert "Pieter Claes" not in art.source.authors


def test_a_photo_credit_line_needs_a_known_agency_after_the_slash() -> None:
    """A credit line "Jane Doe/Harbour Studio" credits no agency; "Jane Doe/Reuters" does."""
    layout = _split(
        "Leaders meet in Brussels\n"
        "The two leaders met in Brussels on Wednesday.\n"
        "Pieter Claes/Harbour Studio\n"
        "They agreed to meet again in the autumn.\n"
    )
    assert layout.agencies == ()
    assert _split(
        "Leaders meet in Brussels\n"
        "The two leaders met in Brussels on Wednesday.\n"
        "Pieter Claes/Reuters\n"
        "They agreed to meet again in the autumn.\n"
    ).agencies == ("Reuters",)


# --- a header's date of the day over the headline -------------------------------------------


def test_a_date_line_under_the_headline_beats_a_headers_date_over_it() -> None:
    """The site's header prints today's date; the desk's date line under the title dates it."""
    layout = _split(
        "Wednesday, 11 June 2025\n"
        "Jordan, Iraq agree to reopen border crossing to lorries\n"
        "By Rana Haddad\n"
        "Monday 9 June 2025\n"
        "The foreign ministers met on Sunday in Amman.\n"
    )
    assert layout.published == date(2025, 6, 9)
    assert layout.authors == ("Rana Haddad",)


def test_a_lone_date_over_the_headline_still_dates_the_page() -> None:
    """With no date line under the headline, the one over it is the page's date."""
    layout = _split(
        "Wednesday, 11 June 2025\n"
        "Jordan, Iraq agree to reopen border crossing to lorries\n"
        "The foreign ministers met on Sunday in Amman.\n"
        "They will meet again on 2 July 2025 in Baghdad.\n"
    )
    assert layout.published == date(2025, 6, 11)


def test_a_breadcrumb_of_sections_is_no_headline() -> None:
    """A trail of sections ("Egypt > Politics") over the title is furniture, not the headline."""
    layout = _split(
        "Egypt > Politics\n"
        "Egypt receives Sudanese counterpart in Cairo\n"
        "Cairo Daily News , Sunday 18 May 2025\n"
        "Egypt's foreign minister received his Sudanese counterpart on Saturday.\n"
    )
    assert layout.headline == "Egypt receives Sudanese counterpart in Cairo"
    assert layout.authors == ("Cairo Daily News",)
    assert layout.published == date(2025, 5, 18)
    assert "Politics" not in layout.body


@pytest.mark.parametrize("letterhead", ["PRESIDENCY OF THE REPUBLIC", "MINISTRY OF DEFENCE"])
def test_a_letterhead_in_capitals_over_a_readout_title_is_no_headline(letterhead: str) -> None:
    """An issuing office's name in capitals over the readout's title is its letterhead."""
    title = "Telephone conversation between the President and the Chancellor of Austria"
    layout = _split(
        f"{letterhead}\n{title}\n4 June 2025\n"
        "The President spoke this afternoon with the Chancellor.\n"
    )
    assert layout.headline == title
    assert letterhead not in layout.body
    assert layout.published == date(2025, 6, 4)


HEADER_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Leaders of Malta and Tunisia hold first talks in Valletta - Island Broadcasting</title>
<meta property="og:site_name" content="Island Broadcasting">
</head><body>
<header class="site"><a href="/">Island Broadcasting</a> <a href="/news">News</a></header>
<main><article>
<header>
<h1>Leaders of Malta and Tunisia hold first talks in Valletta</h1>
<ul class="standfirst"><li>Migration patrols top the agenda</li>
<li>A ferry link is to reopen in the spring</li></ul>
<div class="byline">By Carmen Zammit</div>
<div class="time"><time>March 4, 2025 at 6:05 AM GMT+1</time> Updated on
<time>March 4, 2025 at 11:30 AM GMT+1</time></div>
</header>
<p>The prime ministers of Malta and Tunisia held their first formal talks in Valletta on Monday,
agreeing to run joint patrols against people smuggling in the central Mediterranean.</p>
<p>The two leaders also agreed to reopen the ferry link between Valletta and Sfax in the spring.</p>
<p>They last met briefly on the margins of a summit in Rome in November.</p>
</article></main></body></html>
"""


def test_an_html_article_header_with_a_list_standfirst_still_gives_its_dates() -> None:
    """The article's own <header> (byline, times) is read even under a standfirst list."""
    art = diplomeet.parse(HEADER_PAGE)
    assert art.source.published == date(2025, 3, 4)
    assert art.source.authors == ("Carmen Zammit",)
    found = [(ref.text, ref.value) for ref in art.dates]
    # the page's two stamps write one day: it is one date of the article, with no span
    assert [pair for pair in found if pair[1] == "2025-03-04"] == [("March 4, 2025", "2025-03-04")]
    monday = next(ref for ref in art.dates if ref.text == "on Monday")
    assert monday.value == "2025-03-03"
