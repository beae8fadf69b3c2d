"""
Source classes of the nineteenth blind set, on pages written for these tests.

A stamp line with the byline after it ("Published on 19/06/2026 - 17:42 By Jane Doe -
Reporter at Example Wire - Lisbon") gives both; a byline's job after a dash is cut; a date
line in capitals with an ordinal day ("WEDNESDAY, 8TH JULY, 2026") dates the page; a print
head of one paragraph, a title in capitals over a deck in title case, gives the title; a
desk's name in capitals opening a meta row before its stamp is the byline; a sidebar's prose
and a live page's first summary point give their dates; a government's information service is
an outlet; a footer's paper wins over a site's brand; a picture agency named by its web
address; the page's own reporter named in the story.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.outlets._credits import (
    Credits,
    masthead_like,
    own_reporter,
    photo_agencies,
    read_byline,
)
from diplomeet.outlets._textdates import date_line

_STORY = (
    "The foreign ministers of Lakeland and Hillmark agreed on Thursday to set up a working "
    "group on river patrols, one day after a patrol boat fired on a smugglers' skiff.\n\n"
    "The two ministers met for three hours at the ministry and will meet again next month.\n"
)


def _text_page(stamp: str) -> str:
    return (
        "Port Amber Wire\n\nWorld\n\nLakeland and Hillmark agree on river patrols\n\n"
        f"{stamp}\n\n{_STORY}"
    )


@pytest.mark.parametrize(
    ("stamp", "author", "published"),
    [
        (
            "Published on 19/06/2026 - 17:42 By Ana Pereira - Reporter at Port Amber Wire - Lisbon",
            "Ana Pereira",
            date(2026, 6, 19),
        ),
        ("Updated 4 March 2026, 09:10 BY JOHN ROE", "John Roe", date(2026, 3, 4)),
        ("Posted on 12 May 2026 at 9:14 am By Mira Castell", "Mira Castell", date(2026, 5, 12)),
        (
            "Published: 22/10/2026 17:05 GMT By Tomas Wennberg",
            "Tomas Wennberg",
            date(2026, 10, 22),
        ),
    ],
)
def test_a_stamp_with_its_byline_on_one_line_gives_both(
    stamp: str, author: str, published: date
) -> None:
    """The stamp dates the page and the byline after it names the writer."""
    source = diplomeet.parse(_text_page(stamp)).source
    assert source.authors == (author,)
    assert source.published == published
    assert source.headline == "Lakeland and Hillmark agree on river patrols"


@pytest.mark.parametrize(
    "stamp",
    [
        # no name after "By": a sentence, not a byline
        "Published on 19/06/2026 - 17:42 By the end of the day",
        "Published on 19/06/2026 - 17:42 by staff",
    ],
)
def test_a_stamp_closing_on_no_name_names_no_writer(stamp: str) -> None:
    """What follows "By" must read as a name: the stamp's date is still read."""
    source = diplomeet.parse(_text_page(stamp)).source
    assert source.authors == ()


@pytest.mark.parametrize(
    ("line", "authors", "agencies", "outlet"),
    [
        (
            "By Ana Pereira - Reporter at Agência Brasil - Lisbon",
            ["Ana Pereira"],
            ["Agência Brasil"],
            None,
        ),
        (
            "By Jane Doe - Reporter at Port Amber Times - Lisbon",
            ["Jane Doe"],
            [],
            "Port Amber Times",
        ),
        ("By Jane Doe \u2013 Special Correspondent \u2013 Paris", ["Jane Doe"], [], None),
        ("By Jane Doe - Reporter", ["Jane Doe"], [], None),
        ("By Jane Doe and John Roe - Staff Reporters", ["Jane Doe", "John Roe"], [], None),
    ],
)
def test_a_bylines_job_after_a_dash_is_cut(
    line: str, authors: list[str], agencies: list[str], outlet: str | None
) -> None:
    """The writer is named; an agency employing her is credited, a paper named as outlet."""
    tally = Credits()
    assert read_byline(line, tally)
    assert tally.authors == authors
    assert tally.agencies == agencies
    assert tally.outlet == outlet


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("WEDNESDAY, 8TH JULY, 2026", date(2026, 7, 8)),
        ("TUESDAY 3RD MARCH 2026", date(2026, 3, 3)),
        ("MARCH 21ST, 2026", date(2026, 3, 21)),
        ("FRIDAY, 2ND OCTOBER, 2026", date(2026, 10, 2)),
    ],
)
def test_a_date_line_in_capitals_with_an_ordinal_day(line: str, day: date) -> None:
    """An ordinal day in capitals ("8TH") is read as in lower case ("8th")."""
    found = date_line(line)
    assert found is not None
    assert found[0] == day


@pytest.mark.parametrize("line", ["MARCH 3RDS, 2026", "THE 8TH ARMY, 2026", "ROOM 8TH JULY"])
def test_capitals_that_are_no_ordinal_date_give_no_date_line(line: str) -> None:
    """A suffix must close the day's number, and a month and a year must stand around it."""
    assert date_line(line) is None


def test_a_hansard_heading_in_capitals_dates_the_sitting() -> None:
    """A parliament's daily record dated in capitals with an ordinal day has that date."""
    text = (
        "PARLIAMENT OF THE REPUBLIC OF EXAMPLIA\n\nDAILY HANSARD\n\nTHURSDAY, 2ND APRIL, 2026\n\n"
        "The House met at 9.30 a.m., pursuant to adjournment.\n\n"
        "HON. J. DOE (Minister for Foreign Affairs).- Madam Speaker, I rise to inform the House "
        "that on Monday I called in the Ambassador of Otheria to my office over the seizure of "
        "a fishing vessel in our waters last week.\n"
    )
    assert diplomeet.parse(text).source.published == date(2026, 4, 2)


_ARCHIVE_HEAD = (
    "THE EXAMPLE ARGUS, PORT AMBER, THURSDAY, OCTOBER 9, 1952                    PAGE 3\n"
    "\n"
    "{head}\n"
    "\n"
    "     HILLTOWN, Wednesday (A.A.P.).-The chief delegate of the Lakeland command today led\n"
    "his team out of the conference tent after a meeting of only 40 minutes with the other\n"
    "side's negotiators, and announced an indefinite recess of the talks.\n"
    "     The talks, which began in July last year, have been deadlocked since April on the\n"
    "single question of the exchange of prisoners.\n"
)


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        # two lines in capitals over a deck broken after a preposition
        (
            (
                "                    RIVER TALKS\n                    BROKEN OFF\n"
                "           Envoys Walk Out At\n                  Hilltown"
            ),
            "RIVER TALKS BROKEN OFF",
        ),
        # over a deck of one line
        (
            "            BORDER TALKS\n            ADJOURNED\n       Envoys Leave Hilltown",
            "BORDER TALKS ADJOURNED",
        ),
        # three lines in capitals over a deck of two
        (
            (
                "        ENVOYS\n        QUIT TRUCE\n        TALKS\n     No Date Set For\n"
                "     Next Session"
            ),
            "ENVOYS QUIT TRUCE TALKS",
        ),
    ],
)
def test_a_print_title_in_capitals_over_its_deck_is_the_headline(head: str, headline: str) -> None:
    """The lines in capitals are the title, joined; the deck in title case under them is not."""
    source = diplomeet.parse(_ARCHIVE_HEAD.format(head=head)).source
    assert source.headline == headline


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("THE HARBOUR TIMES\nWORLD NEWS\n", "The Harbour Times"),
        ("HARBOUR DAILY LEDGER\nPOLITICS\n", "Harbour Daily Ledger"),
    ],
)
def test_a_masthead_and_a_label_in_capitals_over_a_headline_are_no_title(
    head: str, outlet: str
) -> None:
    """A paper's name and its section in capitals over a title-case headline stay apart."""
    text = (
        f"{head}Ministers Agree On River Talks\n\nBy Jane Doe\n\n"
        "PORT AMBER - The foreign ministers of Lakeland and Hillmark agreed on Wednesday to "
        "open talks on the river, officials said after the meeting.\n\n"
        "The talks will begin next month in the capital.\n"
    )
    source = diplomeet.parse(text).source
    assert source.headline == "Ministers Agree On River Talks"
    assert source.outlet == outlet


def _meta_page(meta: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Ministers meet in Port Amber after ferry talks stall | Harbour Ledger</title>"
        "<meta property='og:site_name' content='Harbour Ledger'></head><body>\n"
        "<header><a class='logo' href='/'>Harbour Ledger</a> <nav><a href='/world'>World</a>"
        "</nav></header>\n<main><article>\n"
        "<h1>Ministers meet in Port Amber after ferry talks stall</h1>\n"
        f"<div class='article-meta'>{meta}</div>\n"
        "<div class='body'><p>PORT AMBER: The foreign ministers of Lakeland and Hillmark met on "
        "Wednesday to discuss the ferry link, officials said.</p>\n"
        "<p>The talks lasted two hours, and a further round is planned for June.</p>\n"
        "<p>Ferry operators on both sides of the strait have asked for a timetable since the "
        "spring, when the old crossing was closed for repairs.</p>\n"
        "<p>The ministers said a technical committee would report to them before the next "
        "round, and that the customs posts at both ports would open longer hours.</p></div>\n"
        "</article></main></body></html>\n"
    )


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        (
            (
                "<span>HARBOUR LEDGER</span> <span class='published'>Published 07 May 2026"
                "</span> <span class='updated'>Updated 07 May 2026 18:52</span>"
            ),
            ("Harbour Ledger",),
        ),
        (
            "<span>THE HARBOUR LEDGER</span> <span>Updated 07 May 2026</span>",
            ("The Harbour Ledger",),
        ),
        # a section's or a kicker's name in capitals is no desk
        ("<span>WORLD NEWS</span> <span>Published 07 May 2026</span>", ()),
        ("<span>BREAKING NEWS</span> <span>Published 07 May 2026</span>", ()),
        # nor a town's
        ("<span>PORT AMBER</span> <span>Published 07 May 2026</span>", ()),
    ],
)
def test_a_desk_in_capitals_over_the_stamp_is_the_byline(
    meta: str, authors: tuple[str, ...]
) -> None:
    """A meta row giving the outlet's desk in capitals before its stamp names the desk."""
    source = diplomeet.parse(_meta_page(meta)).source
    assert source.authors == authors
    assert source.published == date(2026, 5, 7)


_PARAGRAPHS = (
    "<p>The foreign ministers of Lakeland and Hillmark met in Port Amber on Wednesday and "
    "agreed to start joint patrols on the river after a string of boat seizures.</p>\n"
    "<p>They will meet again next month to sign a protocol on fishing rights, officials "
    "said after the talks.</p>\n"
    "<p>Traders on both banks had asked for the patrols since the spring, when two barges "
    "were held at the weir for a week.</p>\n"
    "<p>The ministers also agreed to open the customs posts at both ports for longer hours "
    "from the start of the new year.</p>\n"
)


def _boxed_page(box: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Lakeland and Hillmark agree on river patrols | Harbour Ledger</title>"
        "<meta property='og:site_name' content='Harbour Ledger'>"
        "<meta property='article:published_time' content='2026-09-22T06:00:00+08:00'>"
        "</head><body>\n<main><article>\n"
        "<h1>Lakeland and Hillmark agree on river patrols</h1>\n"
        f"<div class='text'>{_PARAGRAPHS}</div>\n{box}\n"
        "<div class='related'><h4>Related</h4><ul><li><a href='/news/2026/08/30/1'>Barges held "
        "at the weir for a week after a dispute over tolls on the river</a> (2026/08/30)</li>"
        "</ul></div>\n</article></main></body></html>\n"
    )


@pytest.mark.parametrize(
    ("box", "pair"),
    [
        (
            (
                "<div class='sidebar'><h3>Ministry 'noted' the seizures</h3><p>The Lakeland "
                "ministry yesterday said it had noted with concern the Sept. 11 seizure and "
                "confirmed the minister had received the envoy on Sept. 17. -- PAW</p></div>"
            ),
            ("Sept. 11", "2026-09-11"),
        ),
        (
            (
                "<aside class='factbox'><p>The river treaty was signed on March 3, 1998 and "
                "revised twice since then by the two parliaments.</p></aside>"
            ),
            ("on March 3, 1998", "1998-03-03"),
        ),
    ],
)
def test_a_sidebars_prose_the_extractor_left_out_gives_its_dates(
    box: str, pair: tuple[str, str]
) -> None:
    """A box set beside the story is the article's: its dates count, as a caption's do."""
    parsed = diplomeet.parse(_boxed_page(box), published=date(2026, 9, 22))
    assert pair in [(d.text, d.value) for d in parsed.dates]


def test_a_boxs_links_give_no_dates() -> None:
    """A list of related headlines is no prose of the article: its dates are left out."""
    box = (
        "<div class='sidebar'><ul><li><a href='/news/1'>Ministers met on Sept. 11 to discuss "
        "the barges held at the weir</a></li></ul></div>"
    )
    parsed = diplomeet.parse(_boxed_page(box), published=date(2026, 9, 22))
    assert "Sept. 11" not in [d.text for d in parsed.dates]


def _live_page() -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>LIVE: Lakeland and Hillmark ministers meet in Port Amber | Harbour Ledger</title>"
        "<meta property='og:site_name' content='Harbour Ledger'>"
        "<meta name='dcterms.date' content='2026-05-07'></head><body>\n"
        "<main><article class='liveblog'>\n"
        "<h1>Lakeland and Hillmark ministers meet in Port Amber</h1>\n"
        "<div class='live-summary'><ul>\n"
        "<li>A drone struck a Lakeland barge off the weir on Tuesday night; two crew hurt</li>\n"
        "<li>The ministers opened their talks at the customs house this morning</li>\n"
        "<li>Hillmark's minister meets Lakeland's trade envoy on the margins</li>\n"
        "</ul></div>\n"
        "<div class='live-entry'><span class='live-time'>16:05</span>\n"
        "<p>That is where we will leave our live coverage for today. The ministers are due to "
        "meet again on Sunday, officials said, and a joint statement is expected then.</p>\n"
        "</div>\n<div class='live-entry'><span class='live-time'>14:30</span>\n"
        "<p>The Hillmark minister told reporters the patrols would start within a month, and "
        "that the barge's crew had been flown home.</p></div>\n"
        "<div class='live-entry'><span class='live-time'>10:45</span>\n"
        "<p>The two delegations arrived at the customs house shortly after ten, their cars "
        "held up by the barges' crews protesting at the gate.</p></div>\n"
        "</article></main></body></html>\n"
    )


def test_a_live_pages_first_summary_point_is_kept() -> None:
    """The extractor's text opening on the headline: the first point is not taken for it."""
    parsed = diplomeet.parse(_live_page(), published=date(2026, 5, 7))
    assert parsed.source.headline == "Lakeland and Hillmark ministers meet in Port Amber"
    assert ("on Tuesday night", "2026-05-05TNI") in [(d.text, d.value) for d in parsed.dates]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lakeland Information Service", True),
        ("Amber Information Bureau", True),
        ("Hillmark Information Agency", True),
        ("LAKELAND INFORMATION SERVICE", True),
        # an information body that publishes no news, and a service of another kind
        ("Central Information Commission", False),
        ("Lakeland Information Technology", False),
        ("Hillmark Foreign Service", False),
    ],
)
def test_a_governments_information_service_reads_as_a_masthead(
    name: str, *, expected: bool
) -> None:
    """A government's information service is the outlet of its news."""
    assert masthead_like(name) is expected


def test_an_information_service_over_its_trail_is_the_outlet() -> None:
    """The service's name over the page's section trail names the outlet."""
    text = (
        "Lakeland Information Service\n"
        "Home > News > Office of the Prime Minister\n\n"
        "Lakeland, Hillmark Sign Pact on River Patrols After PM-Level Talks\n\n"
        "By: Ana Pereira, July 2, 2026\n\n"
        "Lakeland and Hillmark have signed a memorandum of understanding to curb the flow of "
        "contraband across the river between the two countries.\n\n"
        "The agreement was signed at the Prime Minister's office on Tuesday at the end of "
        "talks that ran for most of the morning.\n"
    )
    source = diplomeet.parse(text).source
    assert source.outlet == "Lakeland Information Service"
    assert source.authors == ("Ana Pereira",)


def _branded_page(site: str, footer: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Lakeland and Hillmark agree on river patrols | {site}</title>"
        f"<meta property='og:site_name' content='{site}'>"
        "<meta property='article:published_time' content='2026-09-22T06:00:00+02:00'>"
        "</head><body>\n<main><article>\n"
        "<h1>Lakeland and Hillmark agree on river patrols</h1>\n"
        f"<div class='text'>{_PARAGRAPHS}</div>\n</article></main>\n"
        f"<footer><p>{footer}</p> <a href='/terms/'>Terms</a></footer></body></html>\n"
    )


@pytest.mark.parametrize(
    ("site", "footer", "outlet"),
    [
        # a brand with no masthead word: the paper the footer names
        (
            "HarbourLIVE",
            "Harbour Day is published by Amber Holdings. &copy; 2026 Amber Holdings.",
            "Harbour Day",
        ),
        ("Amberly", "The Amber Ledger is produced by Amber Media.", "The Amber Ledger"),
        # a masthead's name keeps its place
        (
            "Harbour Ledger",
            "Harbour Day is published by Amber Holdings. &copy; 2026 Amber Holdings.",
            "Harbour Ledger",
        ),
        # a company named as published by another is no paper
        ("HarbourLIVE", "Amber Holdings is owned by Example Group.", "HarbourLIVE"),
        ("HarbourLIVE", "Harbour Media Group is published by Amber Holdings.", "HarbourLIVE"),
    ],
)
def test_the_paper_a_footer_names_over_a_site_brand(site: str, footer: str, outlet: str) -> None:
    """A site's brand with no masthead word gives way to the paper the footer names."""
    assert diplomeet.parse(_branded_page(site, footer)).source.outlet == outlet


@pytest.mark.parametrize(
    ("caption", "agencies"),
    [
        ("The ministers at the castle yesterday (Image: HarbourNews.ie)", ["HarbourNews.ie"]),
        ("The ministers at the castle yesterday (Photo: AmberPix.com)", ["AmberPix.com"]),
        # a social site's or a platform's address is no agency
        ("The ministers at the castle yesterday (Image: Facebook.com)", []),
        ("The ministers at the castle yesterday (Photo: YouTube.com)", []),
        # not labelled as the picture's credit
        ("The ministers read HarbourNews.ie at the castle yesterday", []),
    ],
)
def test_a_picture_agency_named_by_its_web_address(caption: str, agencies: list[str]) -> None:
    """A labelled photo credit naming a news brand's web address credits that agency."""
    tally = Credits()
    photo_agencies(caption, tally)
    assert tally.agencies == agencies


@pytest.mark.parametrize(
    ("story", "author"),
    [
        (
            (
                "Ten days after the seizure, the envoy sat down with Harbour Times staff "
                "reporter Mira Castell to talk about the incident."
            ),
            "Mira Castell",
        ),
        (
            (
                "The minister told Harbour Times correspondent Tomas Wennberg that talks "
                "would resume next month."
            ),
            "Tomas Wennberg",
        ),
        # another outlet's reporter
        (
            "The minister told Amber Post reporter Tomas Wennberg that talks would resume.",
            None,
        ),
        # the outlet's name before no reporter
        ("The Harbour Times reported that talks would resume next month.", None),
    ],
)
def test_the_pages_own_reporter_named_in_the_story(story: str, author: str | None) -> None:
    """The story naming its own outlet's reporter names the writer."""
    assert own_reporter(story, "Harbour Times") == author
