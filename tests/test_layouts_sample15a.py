"""
Layouts found as classes on the development sample ``sample15a`` (older news).

The sample was written before reading the rules.  The classes are tested on pages written
here: the uncorrected OCR of a microfilmed newspaper column gives one printed line per text
line, with words broken across lines by a hyphen; such a column is read back as paragraphs
(a line closing a sentence ends one), the broken words joined again, a short head set in the
column kept apart, and a head broken over short lines with a one-word last line read as one.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_COLUMN = """Envoy recalled
over shelling

NICOSIA, Thursday (Reu-
ter). — The Greek Cypriot
Foreign Minister, Mr Andreas
Kyprianides, said tonight that
he had recalled the Cypriot
High Commissioner in London
for consultations after the
shelling of two villages near
Kokkina earlier in the day.
"We cannot accept that our
villages are shelled while the
talks go on," Mr Kyprianides
told reporters after a meet-
ing with the British High Com-
missioner, Sir Roland Ashby.
Turkish Cypriot leaders said
the firing had come from the
other side.

Talks in Lagos
next month
The Commonwealth Secretary,
Mr Peter Hallworth, will meet
the Nigerian Foreign Minister
in Lagos next month, it was
announced yesterday. He met the
Ghanaian High Commissioner,
Mr Kofi Boateng, on Monday.
"""


def _parse(text: str) -> diplomeet.ParsedArticle:
    return diplomeet.parse(text, published=date(1964, 8, 14))


def test_a_column_of_ocr_lines_is_read_as_paragraphs() -> None:
    """Each sentence run over several column lines is one paragraph of the cleaned text."""
    text = _parse(_COLUMN).text
    assert (
        "The Greek Cypriot Foreign Minister, Mr Andreas Kyprianides, said tonight that he had"
        " recalled the Cypriot High Commissioner in London for consultations after the"
        " shelling of two villages near Kokkina earlier in the day."
    ) in text, text


def test_a_word_broken_at_a_columns_line_end_is_joined() -> None:
    """'meet-' / 'ing' reads 'meeting'; 'Reu-' / 'ter' in the dateline credits Reuters."""
    parsed = _parse(_COLUMN)
    text = parsed.text
    assert "after a meeting with the British High Commissioner, Sir Roland Ashby." in text, text
    assert "meet-" not in text, text
    assert "Reuters" in parsed.source.agencies, parsed.source


def test_a_quotation_run_over_column_lines_is_one_statement() -> None:
    """The quote over three lines is read whole and given to its speaker."""
    statements = _parse(_COLUMN).statements
    found = {(s.speaker.name if s.speaker else None, s.quote) for s in statements}
    assert (
        "Andreas Kyprianides",
        "We cannot accept that our villages are shelled while the talks go on,",
    ) in found, found


def test_a_head_set_in_the_column_stays_apart_from_its_story() -> None:
    """'Talks in Lagos' / 'next month' over 'The Commonwealth Secretary, ...' is no sentence."""
    text = _parse(_COLUMN).text
    assert "next month The Commonwealth Secretary" not in text, text
    assert "The Commonwealth Secretary, Mr Peter Hallworth, will meet" in text, text


def test_a_column_story_gives_its_meeting() -> None:
    """The meeting told over broken lines is found with both its participants."""
    meetings = _parse(_COLUMN).meetings
    pairs = {frozenset(p.name for p in m.participants) for m in meetings}
    assert frozenset({"Andreas Kyprianides", "Roland Ashby"}) in pairs, pairs


def test_short_lines_that_are_no_column_stay_lines() -> None:
    """A menu of short capitalised lines (no run-on into lower case) is not joined."""
    page = (
        "Home\nWorld News\nAfrica\nAsia\nEurope\nMiddle East\nAmericas\nSport\nWeather\n\n"
        "Minister meets envoy\n\n"
        "ACCRA, May 3 (Reuters) - Ghana's foreign minister met the Togolese ambassador on"
        " Tuesday, the ministry said.\n"
    )
    text = diplomeet.parse(page, published=date(1995, 5, 3)).text
    assert "Home World News" not in text, text


def test_a_head_broken_over_short_lines_ending_on_one_word_is_the_headline() -> None:
    """'Peace talks' / 'stall over' / 'ceasefire' / 'terms' is one headline."""
    page = (
        "Peace talks\nstall over\nceasefire\nterms\n\n"
        "BEIRUT, Monday (AAP). — Lebanese and Syrian officials broke off talks in Damascus"
        " today without agreeing on the terms of a ceasefire, officials said.\n"
    )
    source = diplomeet.parse(page, published=date(1976, 6, 8)).source
    assert source.headline == "Peace talks stall over ceasefire terms", source


def _page_1990s(title: str, heading: str, stamp: str, body: str) -> str:
    """A 1990s news page as a web archive keeps it: tables, fonts, no <h1>, no metadata."""
    return (
        "<HTML><HEAD><TITLE>" + title + "</TITLE></HEAD><BODY>"
        '<TABLE WIDTH="600"><TR><TD><FONT SIZE="1"><A HREF="/">Main Page</A><BR>'
        '<A HREF="/world/">World</A><BR><A HREF="/sport/">Sport</A></FONT></TD>'
        "<TD><H2>" + heading + "</H2>"
        '<P><FONT SIZE="1">' + stamp + "</FONT></P>"
        "<P>" + body + "</P>"
        "<P>The two sides agreed to meet again in a month, officials said after the talks,"
        " which lasted for most of the day.</P>"
        "</TD></TR></TABLE></BODY></HTML>"
    )


@pytest.mark.parametrize(
    ("title", "heading", "stamp", "outlet", "published"),
    [
        (
            "CNN - Peru and Ecuador agree to border talks - March 3, 1997",
            "Peru and Ecuador agree to border talks",
            "March 3, 1997<BR>Web posted at: 9:12 p.m. EST (0212 GMT)",
            "CNN",
            date(1997, 3, 3),
        ),
        (
            "BBC News - Greek and Turkish ministers meet in Brussels - 12 May 1999",
            "Greek and Turkish ministers meet in Brussels",
            "12 May 1999",
            "BBC News",
            date(1999, 5, 12),
        ),
        (
            "ABC News - Namibia and Botswana settle island dispute - December 13, 1999",
            "Namibia and Botswana settle island dispute",
            "December 13, 1999<BR>Posted at 4:05 p.m.",
            "ABC News",
            date(1999, 12, 13),
        ),
    ],
)
def test_a_1990s_page_title_around_its_headline_gives_headline_outlet_and_date(
    title: str, heading: str, stamp: str, outlet: str, published: date
) -> None:
    """'<title>CNN - Headline - March 3, 1997</title>': the headline, the outlet, the day."""
    body = (
        "LIMA, Peru -- The foreign ministers of two neighbours met for three hours on Monday"
        " and agreed to open talks on their disputed border, their spokesmen said."
    )
    source = diplomeet.parse(_page_1990s(title, heading, stamp, body)).source
    assert (source.headline, source.outlet, source.published) == (heading, outlet, published)


def test_a_page_posting_time_leaves_no_clock_time_in_the_text() -> None:
    """'Web posted at: 9:12 p.m. EST (0212 GMT)' under the date is the page's stamp."""
    page = _page_1990s(
        "CNN - Peru and Ecuador agree to border talks - March 3, 1997",
        "Peru and Ecuador agree to border talks",
        "March 3, 1997<BR>Web posted at: 9:12 p.m. EST (0212 GMT)",
        "LIMA, Peru -- The two foreign ministers met on Monday and agreed to open talks.",
    )
    article = diplomeet.parse(page)
    assert "Web posted" not in article.text, article.text
    assert not [d for d in article.dates if "GMT" in d.text or "EST" in d.text], article.dates
