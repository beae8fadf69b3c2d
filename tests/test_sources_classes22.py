"""
Page heads, credits and hard-wrapped paragraphs: classes seen on check19 and sample21a/b.

A site's stamp closing on its zone in brackets or on the story's number, a print running head
closing on the copy's price or with a point after the year, a title and its deck set apart by a
printed rule, a round-up column's label over the item's title, an agency's name with its
initials over a section label, a wire dateline naming a known agency after a comma, a byline
with the outlet filed for and a numeric date, a beat's job title under the name, the writer's
name alone closing an agency's story, and paragraphs marked by a two-space indentation whose
quotation runs over a line closing a sentence.  People, places, outlets and stories are
invented (the agencies credited are the table's).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.outlets._columns import reflow_indented
from diplomeet.outlets._textdates import date_line, running_head
from extraction_helpers import quoted_statements, speaker_in, story_meetings

_TITLE = "Ministers agree to widen river patrols after ambush"
_STORY = (
    "The two foreign ministers agreed on Friday to widen joint patrols along the river,"
    " officials said.\n\nA working group will report in August, the ministry added.\n"
)


def _source(text: str) -> diplomeet.Source:
    return diplomeet.parse(text).source


# -- a site's stamp: the zone in brackets, the story's number ------------------------------


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Economy | 4 February 2026 17:45 (UTC +03:00)", "2026-02-04"),
        ("Apr 21, 2026, 08:03   News ID: 30418862", "2026-04-21"),
        ("3 March 2026 09:15 (GMT)", "2026-03-03"),
        ("March 3, 2026, 10:05  Article ID: 4411", "2026-03-03"),
    ],
)
def test_a_stamp_closing_on_its_zone_or_story_number_dates_the_page(stamp: str, day: str) -> None:
    """Page: "Varno Wire" / the stamp / the headline: the stamp is no headline."""
    source = _source(f"Varno Wire\n\n{stamp}\n\n{_TITLE}\n\n{_STORY}")
    assert source.headline == _TITLE
    assert source.published is not None
    assert source.published.isoformat() == day


@pytest.mark.parametrize(
    "line",
    [
        "March 3, 2026 (Reuters)",  # an agency in brackets is no zone
        "Ministers agree on new ID scheme",  # "ID" in a headline
        "Story ID: 4411",  # a number alone dates nothing
    ],
)
def test_lines_like_a_stamps_tail_are_no_date_line(line: str) -> None:
    """An agency in brackets, "ID" in a title, a number alone: no stamp's tail is cut."""
    assert date_line(line) is None


# -- a print page's running head: the price, a point after the year -------------------------


@pytest.mark.parametrize(
    ("head", "name", "day"),
    [
        ("1A   THE HARBOUR ADVOCATE, Marlow, Texas, Thursday, March 2, 1978   15 cents",
         "THE HARBOUR ADVOCATE", date(1978, 3, 2)),
        ("KESTREL DAILY TIMES, TUESDAY, OCTOBER 14, 1986.                    PAGE 5",
         "KESTREL DAILY TIMES", date(1986, 10, 14)),
        ("THE VALLEY HERALD, MONDAY, MAY 6, 1985   PRICE 10c", "THE VALLEY HERALD",
         date(1985, 5, 6)),
    ],
)  # fmt: skip
def test_a_running_head_with_its_price_or_a_point_after_the_year(
    head: str, name: str, day: date
) -> None:
    """A folio closing on the copy's price, or on the page after a point, is a running head."""
    read = running_head(head)
    assert read is not None
    assert (read[0], read[2]) == (name, day)


def test_a_sentence_with_a_date_and_a_price_is_no_running_head() -> None:
    """A sentence naming a date and a price is no page's head."""
    assert running_head("The ministers met on Monday, May 6, 1985 and paid 15 cents") is None


def test_a_running_head_with_a_point_after_the_year_is_no_headline() -> None:
    """Page: the paper's head ("... 1985.   PAGE 3") over a title broken over two lines."""
    text = (
        "KESTREL DAILY TIMES, TUESDAY, OCTOBER 14, 1986.                    PAGE 5\n\n"
        "PRIME MINISTERS MEET\nAS SUMMIT CLOSES\n\nFrom JANE OKORO in Varno\n\n" + _STORY
    )
    source = _source(text)
    assert source.headline == "PRIME MINISTERS MEET AS SUMMIT CLOSES"
    assert source.outlet == "Kestrel Daily Times"
    assert source.published == date(1986, 10, 14)


# -- a title and its deck set apart by a printed rule ----------------------------------------


def test_a_title_broken_over_lines_above_a_rule_and_its_deck() -> None:
    """A title of two lines in capitals, a rule, a deck of two: the title is one headline."""
    text = (
        "THE VALLEY HERALD, MONDAY, MAY 6, 1985                    PAGE 7\n"
        "-----------------------------------------------------------------\n\n"
        "       MARAVIA, OSTRELAND AGREE\n"
        "        TO END BORDER DISPUTE\n"
        "      ----------------------------\n"
        "       Accord Signed After\n"
        "         Four-Day Talks\n\n"
        "  VARNO, May 5 (Reuter). - Maravia and Ostreland put their names tonight to a"
        " settlement of the frontier quarrel after four days of bargaining in the capital.\n"
    )
    source = _source(text)
    assert source.headline == "MARAVIA, OSTRELAND AGREE TO END BORDER DISPUTE"
    assert source.authors == ()


# -- a round-up column's label over its item's title -----------------------------------------


@pytest.mark.parametrize("label", ["WORLD IN BRIEF", "News briefs", "Asia round-up"])
def test_a_round_up_columns_label_is_no_headline(label: str) -> None:
    """A round-up column's label over a rule: the item's title under it is the headline."""
    text = (
        "Page 6      THE VALLEY HERALD, Marlow, N.H.      Tuesday, December 19, 1995\n\n"
        f"                      {label}\n"
        "  ___________________________________________________________\n\n"
        f"  {_TITLE}\n\n" + _STORY
    )
    assert _source(text).headline == _TITLE


@pytest.mark.parametrize(
    "title", ["Ministers meet in brief session", "Envoys round up support for truce"]
)
def test_titles_with_brief_or_round_up_words_stay_headlines(title: str) -> None:
    """A title holding "brief" or "round up" among its words is no column's label."""
    assert _source(f"{title}\n\n{_STORY}").headline == title


# -- an agency's name with its initials over a section label ---------------------------------


def test_an_agencys_name_with_initials_over_a_section_label_is_no_headline() -> None:
    """Page: agency's name and initials / section / stamp / title: the title is the headline."""
    text = (
        f"National News Agency of Ostreland (NNO)\n\nPolitics\n\n16.09.2026 | 11:47\n\n{_TITLE}\n\n"
    )
    source = _source(text + _STORY)
    assert source.headline == _TITLE
    assert source.published == date(2026, 9, 16)


# -- a wire dateline naming a known agency after a comma -------------------------------------


def test_a_comma_dateline_credits_a_known_agency() -> None:
    """A known agency after the place and a comma ("Varno, ANSA - ...") is credited."""
    text = f"{_TITLE}\n\nVarno, ANSA - The two foreign ministers met on Friday in Varno.\n\n"
    assert "ANSA" in _source(text + _STORY).agencies


@pytest.mark.parametrize("place", ["Varno, OSTRELAND", "Paris, France", "Varno, UN"])
def test_a_comma_dateline_naming_no_known_agency_credits_none(place: str) -> None:
    """A country, a town or initials the agency table lacks after the comma credit no one."""
    text = f"{_TITLE}\n\n{place} - The two foreign ministers met on Friday in Varno.\n\n"
    assert _source(text + _STORY).agencies == ()


# -- bylines: the outlet filed for, a numeric date, a beat's job title -----------------------


@pytest.mark.parametrize(
    "byline",
    [
        "By Amara Nwosu for EXN 2026.03.20",
        "By Amara Nwosu 20.03.2026 14:05",
        "By Amara Nwosu for Harbour Times",
    ],
)
def test_a_byline_with_the_outlet_filed_for_or_a_numeric_date(byline: str) -> None:
    """The outlet filed for and a numeric date after the name are no part of it."""
    source = _source(f"{_TITLE}\n\n{byline}\n\n{_STORY}")
    assert source.authors == ("Amara Nwosu",)


@pytest.mark.parametrize("role", ["Pacific Affairs Reporter", "Border Security Reporter"])
def test_a_beats_job_title_under_the_name_is_no_writer(role: str) -> None:
    """A beat's words before the job ("Pacific Affairs Reporter") make no second writer."""
    text = f"{_TITLE}\n\nTalia Marsh-Owen\n{role}\n\nNovember 21, 2026\n\n{_STORY}"
    assert _source(text).authors == ("Talia Marsh-Owen",)


# -- the writer's name alone closing an agency's story ---------------------------------------


def test_the_writers_name_alone_closing_the_story_is_its_author() -> None:
    """A person's name alone on the page's last line, no byline above: the writer."""
    text = f"{_TITLE}\n\n{_STORY}\nAnna Petrosyan-Varga\n"
    assert _source(text).authors == ("Anna Petrosyan-Varga",)


@pytest.mark.parametrize(
    "closing",
    [
        "//Varno Wire// RH",
        "Photograph: Jane Okoro/AFP/Getty Images",
        "WAM/Jane Okoro/John Roe",
        "Port Moresby",
        "Foreign Affairs",
        "JANE OKORO",
        "Chief Editor",
    ],
)
def test_closing_lines_that_are_no_writers_name(closing: str) -> None:
    """Credits, places, sections, capitals closing the page are no writer's name."""
    text = f"{_TITLE}\n\n{_STORY}\n{closing}\n"
    assert not any("Okoro" in a or a == closing for a in _source(text).authors)


def test_a_closing_name_under_a_byline_adds_no_writer() -> None:
    """Under a byline, a closing name adds no writer."""
    text = f"{_TITLE}\n\nBy Amara Nwosu\n\n{_STORY}\nAnna Petrosyan-Varga\n"
    assert _source(text).authors == ("Amara Nwosu",)


# -- paragraphs marked by a two-space indentation --------------------------------------------

_INDENTED = (
    "THE VALLEY HERALD, SATURDAY, AUGUST 15, 1981                        PAGE 1\n"
    "------------------------------------------------------------------------------\n\n"
    "  ENVOY CALLED IN\n  OVER SHOOTING\n\n"
    "  By JANE OKORO\n\n"
    "  OSTRELAND'S envoy, Dr. Anton Varga, was summoned before the Varno foreign office\n"
    "on Friday afternoon about a boatman wounded on the river.\n"
    "  Foreign Minister Mr. Tobias Nkemelu kept the envoy for close to an hour.\n"
    "The ministry's chief of protocol, Mr.\n"
    "Eric Dlamini, sat in.\n"
    '  Mr. Nkemelu told reporters afterwards: "My message to the envoy\n'
    "was simple. Our boatmen are not targets. Nobody on that bank will\n"
    'fire across the water again without an answer from us."\n'
    '  "The river has been our border for as long as there are maps.\n'
    'Whoever wants it moved will have to ask us first,"\n'
    "Nkemelu declared in a broadcast last night.\n"
    "  Dr. Varga promised to pass the complaint to his capital without\n"
    "delay.\n"
)


def test_a_two_space_indented_paragraphs_quotation_runs_over_its_lines() -> None:
    """A quotation goes on over a line closing a sentence while its mark is still open."""
    found = quoted_statements(_INDENTED, date(1981, 8, 15), "Envoy called in")
    quotes = {s.quote for s in found}
    assert any(q.startswith("My message to the envoy was simple. Our boatmen") for q in quotes)
    assert any(
        q.startswith("The river has been our border for as long as there are maps. Whoever")
        for q in quotes
    )
    assert speaker_in(found, "Whoever wants it moved") == "Tobias Nkemelu"


def test_a_title_abbreviation_closing_a_line_keeps_the_paragraph_going() -> None:
    """A title's abbreviation ("Mr.", "Dr.") closing a line closes no sentence."""
    body = diplomeet.parse(_INDENTED).source
    assert body.headline == "ENVOY CALLED IN OVER SHOOTING"
    flowed = reflow_indented(_INDENTED)
    assert "chief of protocol, Mr. Eric Dlamini, sat in." in flowed
    assert "was summoned before the Varno foreign office on Friday afternoon" in flowed


def test_two_space_indented_labels_and_lists_are_left_as_they_are() -> None:
    """Short indented lines (a list, a label) are no paragraph's opening: nothing is joined."""
    text = "Agenda\n  Border patrols\nFisheries\n  Trade\nCustoms\n"
    assert reflow_indented(text) == text


# -- one meeting told of its day and of its clock time ---------------------------------------


def test_talks_told_tonight_and_shortly_before_midnight_are_one_meeting() -> None:
    """Talks told "tonight" and "shortly before midnight" of one day are one meeting."""
    text = (
        "VARNO, June 1 - Maravia and Ostreland tonight signed an agreement at the close of"
        " talks between Maravian Foreign Minister Hadi Sulistyo and Ostrelandic Foreign"
        " Minister Petra Lindqvist in Varno.\n\n"
        "The two ministers, who had conferred at the Varno Palace, appeared together before"
        " reporters in Varno shortly before midnight."
    )
    rows = story_meetings(text, date(1966, 6, 1))
    assert len([r for r in rows if set(r[0]) >= {"Hadi Sulistyo", "Petra Lindqvist"}]) == 1
