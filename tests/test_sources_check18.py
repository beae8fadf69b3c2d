"""
Source classes of the nineteenth blind set, on pages written for these tests.

A stamp line with the byline after it ("Published on 19/06/2026 - 17:42 By Jane Doe -
Reporter at Example Wire - Lisbon") gives both; a byline's job after a dash is cut; a date
line in capitals with an ordinal day ("WEDNESDAY, 8TH JULY, 2026") dates the page; a print
head of one paragraph, a title in capitals over a deck in title case, gives the title; a
desk's name in capitals opening a meta row before its stamp is the byline.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.outlets._credits import Credits, read_byline
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
            "Published: 22/10/2026 17:05 GMT By Tomas Lindqvist",
            "Tomas Lindqvist",
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
        ("Friday, 2nd October, 2026", date(2026, 10, 2)),
    ],
)
def test_a_date_line_in_capitals_with_an_ordinal_day(line: str, day: date) -> None:
    """ "8TH" is the ordinal "8th" in capitals."""
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
