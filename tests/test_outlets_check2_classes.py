# News typography (en dashes, curly quotes) is what these tests feed the parsers:
"""
Classes of page head the generic reader once misread.

A masthead line above the headline, a section tag in brackets opening the headline, date
stamps in further forms, and bylines in lower case or joined to an agency and a stamp by
slashes.

Every text here is written for these tests (invented people; real places and outlets).
"""

from __future__ import annotations

from datetime import date

from diplomeet import outlets
from diplomeet.outlets import Layout
from diplomeet.outlets import _furniture as furniture
from diplomeet.outlets._credits import Credits, photo_agencies, read_cited_agencies


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


_STORY = (
    "Foreign Minister Ilse Varga met her Chilean counterpart Tomas Reyes in Lima on Tuesday "
    "to discuss fisheries, the ministry said.\n\n"
    '"We agreed on a plan," Varga told reporters after the talks.'
)


# --- a masthead line above the headline --------------------------------------------------------


def test_masthead_line_names_the_outlet_and_is_not_the_headline() -> None:
    """Masthead line names the outlet and is not the headline."""
    layout = _split(
        "THE JAPAN TIMES\n\nPeru and Hungary sign fisheries pact in Lima\n\n"
        "By Jane Okoro\nMarch 4, 2025\n\n" + _STORY
    )
    assert layout.headline == "Peru and Hungary sign fisheries pact in Lima"
    assert layout.outlet == "The Japan Times"
    assert layout.published == date(2025, 3, 4)
    assert layout.authors == ("Jane Okoro",)


def test_masthead_line_with_sections_between_bars() -> None:
    """Masthead line with sections between bars."""
    layout = _split(
        "Bangkok Post | World | Asia\n\nPeru and Hungary sign fisheries pact in Lima\n\n"
        "Sunday, June 1, 2025\n\n" + _STORY
    )
    assert layout.headline == "Peru and Hungary sign fisheries pact in Lima"
    assert layout.outlet == "Bangkok Post"
    assert layout.published == date(2025, 6, 1)


def test_masthead_outlet_tells_the_order_of_a_numeric_stamp() -> None:
    """Masthead outlet tells the order of a numeric stamp."""
    layout = _split(
        "Gulf News\n\nPeru and Hungary sign fisheries pact in Lima\n\n"
        "Published: 03/04/2025 9:10 AM GST\n\n" + _STORY
    )
    assert layout.outlet == "Gulf News"
    assert layout.published == date(2025, 4, 3)


def test_unknown_name_first_is_still_the_headline() -> None:
    """Unknown name first is still the headline."""
    layout = _split("Lima Talks\n\n" + _STORY)
    assert layout.headline == "Lima Talks"


# --- a section tag in brackets opening the headline ----------------------------------------


def test_bracketed_section_tag_is_cut_from_the_headline() -> None:
    """Bracketed section tag is cut from the headline."""
    layout = _split("[Politics] Peru and Hungary sign fisheries pact in Lima\n\n" + _STORY)
    assert layout.headline == "Peru and Hungary sign fisheries pact in Lima"


def test_bracketed_words_inside_a_headline_stay() -> None:
    """Bracketed words inside a headline stay."""
    layout = _split("Peru and Hungary sign [fisheries] pact in Lima\n\n" + _STORY)
    assert layout.headline == "Peru and Hungary sign [fisheries] pact in Lima"


# --- date stamps ---------------------------------------------------------------------------


def test_date_line_with_upper_case_meridiem() -> None:
    """Date line with upper case meridiem."""
    layout = _split(
        "Peru and Hungary sign fisheries pact in Lima\n\nJuly 9, 2024 11:05 AM\n\n" + _STORY
    )
    assert layout.published == date(2024, 7, 9)


def test_published_label_with_space_before_colon_is_not_a_byline() -> None:
    """Published label with space before colon is not a byline."""
    layout = _split(
        "Peru and Hungary sign fisheries pact in Lima\n\nPublished : 2024-07-09 10:02\n"
        "Updated : 2024-07-09 12:40\n\nBy Jane Okoro\n\n" + _STORY
    )
    assert layout.published == date(2024, 7, 9)
    assert layout.authors == ("Jane Okoro",)


# --- bylines -------------------------------------------------------------------------------


def test_lower_case_by_in_prose_is_no_byline() -> None:
    """Lower case by in prose is no byline."""
    layout = _split(
        "Peru and Hungary sign fisheries pact in Lima\n\n"
        "by the end of the day both sides had agreed.\n\n" + _STORY
    )
    assert layout.authors == ()


def test_slashed_byline_agency_and_stamp() -> None:
    """Slashed byline agency and stamp."""
    layout = _split(
        "Peru and Hungary sign fisheries pact in Lima\n\n"
        "Arjun Mehta / PTI / Updated: Jul 9, 2024, 18:02 IST\n\n" + _STORY
    )
    assert layout.authors == ("Arjun Mehta",)
    assert layout.agencies == ("PTI",)
    assert layout.published == date(2024, 7, 9)


def test_lower_case_by_desk_byline() -> None:
    """Lower case by desk byline."""
    layout = _split(
        "Peru and Hungary sign fisheries pact in Lima\n\nby The Lima Herald news desk\n"
        "July 9, 2024 9:12 PM\n\n" + _STORY
    )
    assert layout.authors == ("The Lima Herald news desk",)
    assert layout.outlet == "The Lima Herald"
    assert layout.published == date(2024, 7, 9)


def test_more_by_this_author_link_keeps_the_head_open() -> None:
    """An author box's "More by this Author" link is furniture: the date line below it counts."""
    layout = _split(
        "Peru and Hungary sign fisheries pact in Lima\n\nBy AMINA WEKESA\nMore by this Author\n\n"
        "Thursday, July 10, 2025\n\n" + _STORY
    )
    assert layout.authors == ("Amina Wekesa",)
    assert layout.published == date(2025, 7, 10)


def test_follow_button_run_onto_a_byline_name_is_cut() -> None:
    """A social button's label joined to the author's name is not part of the name."""
    tally = Credits()
    tally.add_author("Chen Meiling FOLLOW")
    tally.add_author("Jane Okoro + Follow")
    tally.add_author("Ilse Varga")
    assert tally.authors == ["Chen Meiling", "Jane Okoro", "Ilse Varga"]


# --- agencies ------------------------------------------------------------------------------


def test_photographer_label_credits_the_photo_agencies() -> None:
    """A caption's "Photographer: Name/AFP/Getty Images" credits both agencies."""
    tally = Credits()
    photo_agencies("Leaders in Lima on May 2. Photographer: Rosa Quispe/AFP/Getty Images", tally)
    assert tally.agencies == ["AFP", "Getty Images"]


def test_state_news_agency_without_article_is_cited() -> None:
    """An agency after "state news agency" with a citing verb is cited, with no "the"."""
    tally = Credits()
    read_cited_agencies(
        "The two leaders met in Beijing, state news agency Xinhua reported on Monday.", tally
    )
    assert tally.agencies == ["Xinhua"]


def test_news_agency_merely_mentioned_is_not_cited() -> None:
    """An agency named without a citing verb is not credited."""
    tally = Credits()
    read_cited_agencies("Officials visited state news agency Xinhua headquarters.", tally)
    assert tally.agencies == []


def test_follow_button_after_a_name_in_capitals_is_cut() -> None:
    """A byline in capitals keeps its name, without the button's label."""
    tally = Credits()
    tally.add_author("CHEN MEILING  FOLLOW")
    tally.add_author("Mary Follow")
    assert tally.authors == ["Chen Meiling", "Mary Follow"]


# --- an international organisation's release head -----------------------------------------


def test_release_series_letterhead_symbol_and_date_above_the_title() -> None:
    """Letterhead, series label, document symbol and date line all stand above the title."""
    layout = _split(
        "AFRICAN UNION\nStatements and Press Releases\n\nPSC/PR/0412\n14 March 2025\n\n"
        "Chairperson receives Foreign Minister of Peru\n\n" + _STORY
    )
    assert layout.headline == "Chairperson receives Foreign Minister of Peru"
    assert layout.published == date(2025, 3, 14)


def test_slashed_agency_credit_is_no_document_symbol() -> None:
    """Agency names between slashes carry no number: no document symbol."""
    assert furniture.DOCUMENT_SYMBOL_RE.match("AP/REUTERS") is None
    assert furniture.DOCUMENT_SYMBOL_RE.match("SG/SM/22145") is not None
