"""
Layouts found as classes on the eighteenth blind set's failures, on pages written here.

Archive pages and old wire copy wrap every printed line and mark a paragraph only by the
indent of its first line; such a block is read back as paragraphs, so that a quotation run
over two printed lines is one statement and a dateline lead one sentence. On a page set in
narrow OCR columns, a short paragraph of the column (three to seven lines) is read back too.
"""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet.outlets._columns import reflow_indented

_INDENTED = """Page 4 -- Valley Courier, Tuesday, June 9, 1987
__________________________________________________________________

Envoys trade charges
over border clash

     OSLO (AP) -- Norwegian Foreign Minister Halvard Brennmoor met
the Finnish ambassador, Pekka Laaksonen, yesterday and handed him
a protest over the clash on the frontier.
     "We were on our own side of the line and we intend to stay
there," Brennmoor told reporters after the meeting. "Nobody will
move us."
     Laaksonen said his government would study the note.
__________________________________________________________________

Talks set

     HELSINKI (UPI) -- Finland asked for an urgent meeting of the
joint border commission, officials said.
__________________________________________________________________

  WEATHER: Fair through Thursday. Highs
  in the 70s.
"""


def _parse(text: str, published: date = date(1987, 6, 9)) -> diplomeet.ParsedArticle:
    return diplomeet.parse(text, published=published)


def test_indented_paragraphs_of_hard_wrapped_lines_are_read_as_paragraphs() -> None:
    """Each indented line opens a paragraph; the flush lines after it run on."""
    art = _parse(_INDENTED)
    text = art.text
    assert "AP" in art.source.agencies  # the dateline's credit, taken out of the body's text
    assert (
        "OSLO -- Norwegian Foreign Minister Halvard Brennmoor met the Finnish ambassador,"
        " Pekka Laaksonen, yesterday and handed him a protest over the clash on the frontier."
    ) in text, text
    assert "\n\nLaaksonen said his government would study the note." in text, text


def test_a_quotation_run_over_printed_lines_is_one_statement() -> None:
    """The second quotation, broken after "stay", is read whole and given to its speaker."""
    found = {(s.speaker.name if s.speaker else None, s.quote) for s in _parse(_INDENTED).statements}
    assert ("Halvard Brennmoor", "Nobody will move us.") in found, found
    assert (
        "Halvard Brennmoor",
        "We were on our own side of the line and we intend to stay there,",
    ) in found, found


def test_a_printed_rule_closes_an_indented_block() -> None:
    """The rule under the last paragraph stays a line of its own, not the paragraph's end."""
    text = _parse(_INDENTED).text
    assert "study the note. _" not in text, text
    assert (
        "HELSINKI (UPI) -- Finland asked for an urgent meeting of the joint border commission,"
        " officials said."
    ) in text, text


def test_a_box_indented_line_by_line_and_a_two_line_head_stay_lines() -> None:
    """A weather box whose every line stands in, and a head over two lines, are not run on."""
    text = reflow_indented(_INDENTED)
    assert "  WEATHER: Fair through Thursday. Highs\n  in the 70s." in text, text
    assert "Envoys trade charges\nover border clash" in text, text


def test_a_page_with_a_single_indented_paragraph_stays_as_it_is() -> None:
    """One indented paragraph may be a pull quote: the page is read line by line as before."""
    page = (
        "Minister meets envoy\n\n"
        "     The minister met the ambassador of Chile on Monday and the two\n"
        "discussed trade, the ministry said.\n"
        "The talks will go on.\n"
    )
    text = _parse(page, date(1990, 3, 6)).text
    assert "and the two discussed trade" not in text, text


def test_indented_lines_of_equal_indent_each_stay_a_paragraph() -> None:
    """A wire page indenting every paragraph, one line each, keeps its lines as they are."""
    page = (
        "Ministers meet\n\n"
        "   The foreign minister met the Chilean ambassador on Monday, the ministry said.\n"
        "   The two discussed trade and a visit planned for the autumn.\n"
        "   The ambassador is to return to Santiago next week.\n"
    )
    text = _parse(page, date(1990, 3, 6)).text
    assert "the ministry said.\n" in text, text
    assert "the ministry said. The two" not in text, text


_SHORT_COLUMN_BLOCKS = """Ministers Meet
In Bid to End Row

OSLO, Norway (AP) -- Nor-
way's Foreign Minister
Halvard Brennmoor and Fin-
land's Foreign Minister
Pekka Laaksonen talked
for two hours last night
at the Finnish ambassador's
residence, their first
meeting since the row.

Laaksonen was more guard-
ed. He told Finnish report-
ers the talks had been "help-
ful but not decisive" and that
Helsinki would not budge.

Brennmoor said Norway was ready
for a summit of the two prime
ministers next month "if
Helsinki shows good will."
"""


def test_short_blocks_of_a_column_page_are_read_as_paragraphs() -> None:
    """On a page with a column, a paragraph of four or five column lines is one too."""
    parsed = _parse(_SHORT_COLUMN_BLOCKS, date(1976, 5, 21))
    assert (
        'He told Finnish reporters the talks had been "helpful but not decisive" and that'
        " Helsinki would not budge."
    ) in parsed.text, parsed.text
    found = {(s.speaker.name if s.speaker else None, s.quote) for s in parsed.statements}
    assert ("Pekka Laaksonen", "helpful but not decisive") in found, found
    assert ("Halvard Brennmoor", "if Helsinki shows good will.") in found, found


def test_a_two_line_head_of_a_column_page_stays_lines() -> None:
    """The head over two short lines is no paragraph of the column."""
    text = _parse(_SHORT_COLUMN_BLOCKS, date(1976, 5, 21)).text
    assert "Row OSLO" not in text, text


def test_short_run_on_blocks_without_a_column_stay_lines() -> None:
    """Without a column of eight lines or more on the page, short blocks are left alone."""
    page = (
        "Ministers meet\n\n"
        "The foreign minister met\n"
        "the Chilean ambassador on\n"
        "Monday, the ministry said.\n"
    )
    text = _parse(page, date(1990, 3, 6)).text
    assert "met the Chilean" not in text, text
