"""Pages wrapped at a fixed width, and a quotation mark closing a wrapped line (our own pages)."""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet.outlets._columns import reflow_indented, reflow_wrapped
from extraction_helpers import quoted_statements, speaker_in

_DAY = date(1994, 6, 11)

_WRAPPED = """A1  THE VALLEY COURIER  SATURDAY, JUNE 11, 1994
______________________________________________________________________________

              Arland recalls envoy as herring row boils over
          Capital defends seizure of trawler; Brenn calls it 'theft'

BY JO MARSH

NORDHAVN - Arland recalled its ambassador from Nordhavn for consultations last
night, a day after coast guard officers fired warning shots across the bow of a
trawler and seized it on the high seas off the northern cape.

Foreign Minister Tomas Vell had summoned the ambassador, Ines Corra, to the
ministry yesterday morning to tell her the government would "do whatever is
necessary" to stop the overfishing. The meeting lasted 25 minutes. Vell's
deputy, Ola Brandt, sat in.

Corra emerged to tell reporters the boarding was "an act of piracy, pure and
simple."

The trawler Marta was boarded late Thursday afternoon on the banks, some 200
nautical miles east of the cape, after a four-hour chase in heavy seas. No one
was hurt.

Fisheries Minister Karl Mendt was unrepentant.

"We are down to the last of the herring, and I am not going to stand on the
wharf and wave goodbye to it," Mendt told a crowded news conference.
"If they won't enforce their own quota, we will."
"""


def test_a_page_wrapped_at_a_fixed_width_is_read_a_paragraph_a_line() -> None:
    """Blocks between empty lines, their lines as wide as the page's, are one paragraph each."""
    text = diplomeet.parse(_WRAPPED, published=_DAY).text
    assert "from Nordhavn for consultations last night, a day after coast guard" in text, text
    assert 'would "do whatever is necessary" to stop the overfishing.' in text, text
    assert '"an act of piracy, pure and simple."' in text, text


def test_a_wrapped_page_keeps_its_sentences_paragraphs_apart() -> None:
    """A line closing a sentence inside a block closes its paragraph: the next quotation's own."""
    text = diplomeet.parse(_WRAPPED, published=_DAY).text
    assert "news conference.\n" in text, text
    assert '"If they won\'t enforce their own quota, we will."' in text, text


def test_quotations_across_wrapped_lines_are_whole_and_attributed() -> None:
    """The quotations and purposes told over two lines are read with their speakers."""
    found = quoted_statements(_WRAPPED, _DAY, "Headline")
    assert speaker_in(found, "do whatever is necessary") == "Tomas Vell"
    assert speaker_in(found, "pure and simple") == "Ines Corra"
    assert speaker_in(found, "wave goodbye to it") == "Karl Mendt"


def test_a_two_line_head_and_one_line_paragraphs_stay_lines() -> None:
    """Look-alikes: a head over two lines, and a page of one-line paragraphs, are left alone."""
    lines = [
        "Arland recalls envoy as herring row boils over",
        "Capital defends seizure of trawler; Brenn calls it 'theft'",
        "",
        "The minister met the ambassador of Chile on Monday and the two discussed trade.",
        "The ambassador is to return to Santiago next week, the ministry said.",
        "",
        "Talks are to resume in the autumn.",
    ]
    assert reflow_wrapped(lines) == lines


def test_a_lone_wrapped_block_is_no_wrapped_page() -> None:
    """Look-alike: one block of two lines that run on is too little to read a page as wrapped."""
    lines = [
        "The minister met the ambassador of Chile on Monday and the two talked about",
        "trade and a visit planned for the autumn, the ministry said in a statement.",
        "",
        "Talks are to resume in the autumn.",
    ]
    assert reflow_wrapped(lines) == lines


def test_a_closing_quotation_mark_ends_no_indented_paragraph_running_on() -> None:
    """A lower-case line after a line closed by a bare quotation mark runs on."""
    page = (
        "Envoys trade charges\n\n"
        "     General Ro told the chief delegate, General Kim, that the Command\n"
        "had nothing more to offer.\n"
        '     General Kim called the walk-out "a deliberate wrecking of the talks"\n'
        'and said the responsibility "rests wholly with the other side."\n'
        '     "We will come back," General Ro said as he rose from\n'
        "the table.\n"
    )
    text = reflow_indented(page)
    assert 'of the talks" and said the responsibility' in text, text
    found = quoted_statements(page, _DAY, "Headline")
    assert speaker_in(found, "rests wholly") == "Kim"


def test_a_quotation_closing_a_sentence_still_closes_an_indented_paragraph() -> None:
    """Look-alike: a line ending '."' closes its paragraph even when a lower-case line follows."""
    page = (
        "Envoys trade charges\n\n"
        '     General Kim called the walk-out "a deliberate wrecking of the talks."\n'
        "more follows in the next edition\n"
        "     General Ro told the chief delegate, General Kim, that the Command\n"
        "had nothing more to offer.\n"
    )
    text = reflow_indented(page)
    assert 'talks."\nmore follows' in text, text


def test_a_head_over_two_shorter_lines_on_a_wrapped_page_stays_two_lines() -> None:
    """Look-alike: a head's two lines, shorter than the page's, are not one paragraph."""
    lines = [line.strip() for line in _WRAPPED.split("\n")]
    out = reflow_wrapped(lines)
    assert "Arland recalls envoy as herring row boils over" in out, out
    assert "Capital defends seizure of trawler; Brenn calls it 'theft'" in out, out
