"""
The generic reader on a fifth round of page layouts: mastheads, stacked sections, bylines.

Mastheads of outlets in Asia, Africa, the Gulf and the Caribbean over their section labels,
section labels stacked two or three deep, an outlet's byline "with" its agency in capitals,
bylines closing with a bare date, their agencies or the writer's job at the paper, stamps
labelled "Publish :" or glued to the weekday ("Published:Thursday | ..."), and desks or names
under or over such stamps.  Every page here is written for these tests, in the manner of
English-language outlets; the people are invented and no article is copied.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.outlets import Layout
from diplomeet.outlets._agencies import canonical_agency


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


# --- a masthead over section labels -------------------------------------------------------------

MASTHEADS = [
    pytest.param(
        "Dhaka Tribune\nBangladesh\nDhaka, Thimphu agree to open a new land port\n"
        "Bangladesh and Bhutan agreed on Sunday to open a land port, officials said.\n",
        "Dhaka Tribune",
        "Dhaka, Thimphu agree to open a new land port",
        id="south-asian-daily",
    ),
    pytest.param(
        "Jamaica Gleaner\nNews\nKingston and Port of Spain to share coast guard patrols\n"
        "The two governments agreed on Monday to share patrols of their waters.\n",
        "Jamaica Gleaner",
        "Kingston and Port of Spain to share coast guard patrols",
        id="caribbean-daily",
    ),
    pytest.param(
        "The EastAfrican\nNews\nEast Africa\nRwanda and Burundi reopen their main border post\n"
        "The two neighbours reopened the crossing on Friday after talks in Kigali.\n",
        "The East African",
        "Rwanda and Burundi reopen their main border post",
        id="regional-weekly-two-labels",
    ),
    pytest.param(
        "The Philippine Star\nHeadlines\nManila and Hanoi sign a rice trade pact\n"
        "MANILA, Philippines — The two governments signed a pact yesterday.\n",
        "The Philippine Star",
        "Manila and Hanoi sign a rice trade pact",
        id="manila-daily",
    ),
    pytest.param(
        "CNA\nAsia\nThailand and Cambodia agree to reopen checkpoints\n"
        "BANGKOK: The two countries agreed on Tuesday (Mar 4) to reopen checkpoints.\n",
        "CNA",
        "Thailand and Cambodia agree to reopen checkpoints",
        id="singapore-broadcaster-short-name",
    ),
    pytest.param(
        "The Christian Science Monitor\nA trade accord between two old rivals\n"
        "LONDON\nThe two prime ministers met here yesterday.\n",
        "The Christian Science Monitor",
        "A trade accord between two old rivals",
        id="us-daily-archive",
    ),
]


@pytest.mark.parametrize(("text", "outlet", "headline"), MASTHEADS)
def test_a_known_masthead_names_the_outlet_not_the_headline(
    text: str, outlet: str, headline: str
) -> None:
    """The outlet's name opening the page is its masthead; the title under the labels stays."""
    layout = _split(text)
    assert layout.outlet == outlet
    assert layout.headline == headline


def test_section_labels_stacked_over_the_headline_are_all_dropped() -> None:
    """Page: "Gulf" / "Government" / the headline: both labels are sections, the title is kept."""
    layout = _split(
        "Gulf\nGovernment\nOman, Zambia sign an investment agreement\n"
        "Leaders discuss mining and food security in Muscat\n\n"
        "Muscat: Oman and Zambia on Tuesday signed an agreement on investment.\n"
    )
    assert layout.headline == "Oman, Zambia sign an investment agreement"
    assert "Government" not in layout.body


def test_labels_over_prose_are_not_taken_for_a_stack() -> None:
    """Page: "World" / "Asia" over a sentence: with no title under them, "Asia" is not dropped."""
    layout = _split("World\nAsia\nThe two ministers met on Monday in Lusaka.\n")
    assert layout.headline is None
    assert layout.body.startswith("Asia")


# --- bylines ------------------------------------------------------------------------------------


def test_an_outlet_with_its_agency_in_capitals_is_a_credit_not_the_headline() -> None:
    """Page: "EXAMPLE SABAH WITH AA" over the title: the outlet and Anadolu are credited."""
    layout = _split(
        "DAILY SABAH WITH AA\nISTANBUL\nTurkish, Georgian ministers discuss a rail corridor\n"
        "The two foreign ministers met in Ankara on Tuesday, the ministry said.\n"
    )
    assert layout.headline == "Turkish, Georgian ministers discuss a rail corridor"
    assert layout.agencies == ("AA",)  # as credited (its full name when spelt out)
    assert layout.outlet == "Daily Sabah"


BYLINES = [
    pytest.param("By Thi Lan Pham   March 12, 2025 | 08:15 pm GMT+7", ("Thi Lan Pham",), (), None),
    pytest.param("By Irina Vasile  with AP", ("Irina Vasile",), ("AP",), None),
    pytest.param(
        "By Irina Vasile with Reuters and AFP", ("Irina Vasile",), ("Reuters", "AFP"), None
    ),
    pytest.param(
        "By Walter Prendle, Staff writer of The Christian Science Monitor",
        ("Walter Prendle",),
        (),
        "The Christian Science Monitor",
    ),
    pytest.param("By Jane May", ("Jane May",), (), None),
]


@pytest.mark.parametrize(("line", "authors", "agencies", "outlet"), BYLINES)
def test_what_closes_a_byline_is_cut_from_its_names(
    line: str, authors: tuple[str, ...], agencies: tuple[str, ...], outlet: str | None
) -> None:
    """A bare date, "with AGENCY" or "Staff writer of OUTLET" after the names is no name."""
    layout = _split(f"Two ministers meet over river water\n{line}\nThe ministers met on Monday.\n")
    assert layout.headline == "Two ministers meet over river water"
    assert layout.authors == authors
    assert layout.agencies == agencies
    if outlet is not None:
        assert layout.outlet == outlet


def test_a_with_clause_naming_no_agency_stays_in_the_byline() -> None:
    """Page: "By Jane Doe with John Roe": John Roe is no agency, so both names are kept."""
    layout = _split(
        "Two ministers meet over river water\nBy Amara Obi with Kofi Mensah\n"
        "The ministers met on Monday.\n"
    )
    assert "Amara Obi" in " ".join(layout.authors)
    assert layout.agencies == ()


# --- stamps --------------------------------------------------------------------------------------

STAMPS = [
    pytest.param("Publish : 09 Mar 2025, 08:10 PM", date(2025, 3, 9), id="publish-colon"),
    pytest.param("Update : 10 Mar 2025, 09:45 PM", date(2025, 3, 10), id="update-colon"),
    pytest.param(
        "Published:Thursday | March 6, 2025 | 12:10 AM", date(2025, 3, 6), id="glued-weekday-bar"
    ),
]


@pytest.mark.parametrize(("stamp", "published"), STAMPS)
def test_stamps_of_more_sites_date_the_page(stamp: str, published: date) -> None:
    """The stamp dates the page and leaves the story."""
    article = diplomeet.parse(
        f"Nepal, Bhutan agree to expand power trade\n{stamp}\n"
        "Nepal and Bhutan agreed to expand power trade after talks on Sunday.\n"
    )
    assert article.source.published == published
    assert article.source.headline == "Nepal, Bhutan agree to expand power trade"


def test_publish_as_a_verb_is_no_stamp() -> None:
    """Page: "Publish the report now, ministers urged" is prose, not a stamp."""
    article = diplomeet.parse(
        "Ministers urge the council to act\nPublish the report now, the ministers urged.\n"
    )
    assert article.source.published is None


def test_a_desk_over_a_stamp_is_the_byline() -> None:
    """Page: "Tribune Desk" over "Publish : ..." is the author, not the story's first line."""
    layout = _split(
        "Colombo, Male agree to boost ferry links\nTribune Desk\n"
        "Publish : 09 Mar 2025, 08:10 PM\n"
        "Sri Lanka and the Maldives agreed to boost ferry links on Sunday.\n"
    )
    assert layout.authors == ("Tribune Desk",)
    assert layout.body.startswith("Sri Lanka")


def test_a_name_under_the_stamp_is_the_byline() -> None:
    """Headline, "Published:..." stamp, then "Jane Doe/Staff Reporter": she wrote it."""
    layout = _split(
        "Nassau and Havana discuss migration\n"
        "Published:Thursday | March 6, 2025 | 12:10 AM\n"
        "Delroy Whyte/Staff Reporter\n"
        "The two governments held talks in Nassau on Wednesday on migration.\n"
    )
    assert layout.authors == ("Delroy Whyte",)
    assert layout.published == date(2025, 3, 6)


# --- a second round: dashed outlets, places over date lines, dates beside bylines, teletype ----


def test_a_byline_naming_the_paper_after_a_dash_is_read() -> None:
    """Page: "Jane Doe - The Example Star" over the date line: her byline and her paper."""
    layout = _split(
        "Manila and Jakarta tackle sea lanes\n"
        "Rosario Dimaculangan - The Philippine Star\n"
        "January 30, 2025 | 12:00am\n"
        "MANILA, Philippines — The two presidents agreed yesterday to boost patrols.\n"
    )
    assert layout.authors == ("Rosario Dimaculangan",)
    assert layout.outlet == "The Philippine Star"
    assert layout.published == date(2025, 1, 30)


def test_a_dash_before_no_outlet_is_no_byline() -> None:
    """Page: "Jane Doe - Lima" names no paper after the dash: no author is read from it."""
    layout = _split(
        "Lima and Quito meet on fisheries\nCarmen Rojas - Lima Peru\n"
        "The two ministers met on Monday.\n"
    )
    assert layout.authors == ()


def test_a_capitals_place_between_byline_and_date_line_keeps_the_head_open() -> None:
    """Byline, "LONDON", "April 12, 1985": the date line still dates the page."""
    layout = _split(
        "Two premiers find common ground on trade\n"
        "By Walter Prendle, Staff writer of The Christian Science Monitor\n"
        "LONDON\nApril 12, 1985\n"
        "The two prime ministers met for two hours here yesterday.\n"
    )
    assert layout.published == date(1985, 4, 12)
    assert layout.body.startswith("LONDON")


def test_the_date_beside_a_byline_dates_the_page() -> None:
    """Page: "By Jane Doe   March 12, 2025 | 08:15 pm GMT+7": the stamp shares the byline's line."""
    article = diplomeet.parse(
        "Hanoi, Vientiane agree to finish a rail survey\n"
        "By Thi Lan Pham   March 12, 2025 | 08:15 pm GMT+7\n"
        "Vietnam and Laos will finish the survey this year, the ministers agreed on Wednesday.\n"
    )
    assert article.source.published == date(2025, 3, 12)
    assert article.source.authors == ("Thi Lan Pham",)


def test_teletype_copy_with_an_item_number_and_a_bracketed_slug() -> None:
    """Page: "INS-47" / "(SMITH-JONES)" over a capitals dateline: no headline, INS credited."""
    layout = _split(
        "INS-47\n(HALVORSEN-OKAFOR)\n"
        "OSLO, NOV. 3 (INS)--THE NORWEGIAN FOREIGN MINISTER CONFERRED TODAY WITH THE "
        "NIGERIAN ENVOY ON SHIPPING.\n"
        'THE MINISTRY SAID THE TALKS WERE "USEFUL."\n'
    )
    assert layout.headline is None
    assert layout.agencies == ("INS",)
    assert "INS-47" not in layout.body
    assert "HALVORSEN" not in layout.body


def test_a_bracketed_line_over_prose_is_not_a_slug() -> None:
    """Page: "(Updated with the minister's remarks)" over a sentence is not dropped as a slug."""
    layout = _split(
        "Ministers meet on shipping\n(Updated with the minister's remarks)\n"
        "The two ministers met on Monday.\n"
    )
    assert layout.headline == "Ministers meet on shipping"


# --- a third round: seconds, update brackets, posts in brackets, weeklies' issue heads ---------


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        pytest.param("March 22 2025 12:35:00", date(2025, 3, 22), id="clock-with-seconds"),
        pytest.param(
            "05 Mar 2025 06:12PM (Updated: 05 Mar 2025 07:40PM)",
            date(2025, 3, 5),
            id="update-in-brackets",
        ),
    ],
)
def test_more_date_lines_date_the_page(stamp: str, published: date) -> None:
    """A date line with seconds, or with its update time in brackets, is the page's date."""
    article = diplomeet.parse(
        "Two ministers agree on Aegean steps\n"
        f"{stamp}\n"
        "The two foreign ministers met in Izmir on Friday (Mar 4).\n"
    )
    assert article.source.published == published


def test_a_post_in_brackets_after_a_byline_is_no_name() -> None:
    """Page: "By Jane Doe (Rabat, special correspondent)": the name alone is the author."""
    layout = _split(
        "France and Tunisia sign a roadmap\n"
        "By Odile Marchand (Tunis, special correspondent)\n"
        "The two ministers signed the roadmap on Monday.\n"
    )
    assert layout.authors == ("Odile Marchand",)


def test_a_standfirst_signed_with_writes_names_the_author() -> None:
    """Page: "..., writes Jane Doe" closing the standfirst: she is the author."""
    layout = _split(
        "Two presidents meet in Amman\n"
        "Talks focused on water and trade, writes Karim Nassar\n"
        "The two presidents held talks in Amman on Tuesday.\n"
    )
    assert layout.authors == ("Karim Nassar",)


def test_a_standfirst_ending_with_writes_and_no_name_credits_no_one() -> None:
    """Page: "..., writes the Foreign Ministry" names no person: no author."""
    layout = _split(
        "Two presidents meet in Amman\n"
        "The talks were useful, writes the Foreign Ministry\n"
        "The two presidents held talks in Amman on Tuesday.\n"
    )
    assert layout.authors == ()


def test_a_weeklys_issue_lines_are_not_the_headline() -> None:
    """Page: "4 - 10 June 1998" / "Issue No. 380" over the title: the issue dates the page."""
    article = diplomeet.parse(
        "Example Weekly\n4 - 10 June 1998\nIssue No. 380\n"
        "Two presidents meet in Amman\n"
        "The two presidents held talks in Amman on Tuesday.\n"
    )
    assert article.source.headline == "Two presidents meet in Amman"
    assert article.source.published == date(1998, 6, 4)


# --- a readout's title over its label, office and date ------------------------------------------


def test_a_readouts_title_over_its_label_is_the_headline() -> None:
    """Letterhead, title, "READOUT", the office, the date, then the story: the title stays."""
    article = diplomeet.parse(
        "U.S. Department of State\n"
        "Secretary's Meeting with Zambian Foreign Minister Chanda Mwale\n"
        "READOUT\nOFFICE OF THE SPOKESPERSON\nMARCH 4, 2025\n"
        "The below is attributable to the Spokesperson:\n\n"
        "The Secretary met today with Zambian Foreign Minister Chanda Mwale in Washington.\n"
    )
    assert (
        article.source.headline == "Secretary's Meeting with Zambian Foreign Minister Chanda Mwale"
    )
    assert article.source.published == date(2025, 3, 4)


def test_a_letterhead_over_a_label_and_a_title_is_still_dropped() -> None:
    """Page: "Ministry of X" / "PRESS RELEASE" / title: the label's title stays the headline."""
    layout = _split(
        "Ministry of Foreign Affairs\nPRESS RELEASE\n"
        "Foreign Minister receives the Ambassador of Chile\n"
        "The Foreign Minister received the Ambassador of Chile on Monday.\n"
    )
    assert layout.headline == "Foreign Minister receives the Ambassador of Chile"


# --- the clock before the date; a <title> that is only the site's name ---------------------------


def test_a_date_line_opening_with_the_clock_dates_the_page() -> None:
    """Page: "12:05 p.m., March 20, 2025" under the headline is the page's date."""
    article = diplomeet.parse(
        "Two foreign ministers meet in Yerevan\n"
        "12:05 p.m., March 20, 2025\n"
        "The two foreign ministers held talks in Yerevan on Thursday.\n"
    )
    assert article.source.published == date(2025, 3, 20)


def test_a_clock_alone_is_no_date_line() -> None:
    """Page: "10:00 a.m." under the headline states no date."""
    article = diplomeet.parse(
        "Two foreign ministers meet in Yerevan\n10:00 a.m.\n"
        "The two foreign ministers held talks in Yerevan.\n"
    )
    assert article.source.published is None


def test_a_title_holding_only_a_known_outlets_name_names_the_outlet() -> None:
    """An HTML page whose ``<title>`` is just the site's name: that is the outlet."""
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Meduza</title></head><body>"
        "<h1>Georgian and Armenian ministers meet in Tbilisi over transit</h1>"
        "<p>The foreign ministers of Georgia and Armenia held talks in Tbilisi on Thursday "
        "and agreed to speed up work on a new road crossing, the ministries said.</p>"
        "<p>The two ministers also discussed rail freight and energy links.</p>"
        "</body></html>"
    )
    article = diplomeet.parse(page)
    assert article.source.outlet == "Meduza"


def test_a_title_naming_no_known_outlet_names_none() -> None:
    """A ``<title>`` of a few words that is no known outlet's name leaves the outlet unknown."""
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Talks</title></head><body>"
        "<h1>Georgian and Armenian ministers meet in Tbilisi over transit</h1>"
        "<p>The foreign ministers of Georgia and Armenia held talks in Tbilisi on Thursday "
        "and agreed to speed up work on a new road crossing, the ministries said.</p>"
        "</body></html>"
    )
    article = diplomeet.parse(page)
    assert article.source.outlet is None


# --- an outlet the table lacks, over a section label ---------------------------------------------

UNKNOWN_MASTHEADS = [
    pytest.param(
        "Harbour Recorder\nWorld\nPakistan, Kyrgyzstan agree to fast-track power line\n"
        "ISLAMABAD: The two foreign ministers agreed on Tuesday to fast-track the line.\n",
        "Harbour Recorder",
        id="recorder",
    ),
    pytest.param(
        "The Lakeside Times\nNews\nRwanda, Uganda ministers meet in Kampala\n"
        "The two foreign ministers held talks in Kampala on Monday.\n",
        "The Lakeside Times",
        id="times",
    ),
    pytest.param(
        "THE VALLEY POST\nNational\nNepal, Bhutan foreign secretaries meet in Thimphu\n"
        "The foreign secretaries met in Thimphu on Tuesday.\n",
        "The Valley Post",
        id="capitals",
    ),
]


@pytest.mark.parametrize(("text", "outlet"), UNKNOWN_MASTHEADS)
def test_an_unknown_masthead_over_a_section_label_names_the_outlet(text: str, outlet: str) -> None:
    """A short name holding a masthead word, over a section label over the title, is the outlet."""
    layout = _split(text)
    assert layout.outlet == outlet
    assert layout.headline is not None
    assert layout.headline.endswith(("line", "Kampala", "Thimphu"))


def test_the_masthead_names_the_outlet_before_a_desk_byline() -> None:
    """A masthead at the top and a desk byline ("Post Report"): the masthead is the outlet."""
    layout = _split(
        "The Valley Post\nNational\nNepal, Bhutan foreign secretaries meet in Thimphu\n"
        "Post Report\nMarch 4, 2025\n"
        "The foreign secretaries met in Thimphu on Tuesday.\n"
    )
    assert layout.outlet == "The Valley Post"


def test_a_name_with_no_masthead_word_over_a_label_is_not_an_outlet() -> None:
    """Page: "Border Talks" / "Asia" / title: no masthead word, so no outlet is read from it."""
    layout = _split(
        "Border Talks\nAsia\nNepal, Bhutan foreign secretaries meet in Thimphu\n"
        "The foreign secretaries met in Thimphu on Tuesday.\n"
    )
    assert layout.outlet is None


# --- an agency in brackets closing the story ------------------------------------------------------


@pytest.mark.parametrize(
    ("closing", "agencies"),
    [
        pytest.param("The ministers also discussed fishing. (EFE)", ("EFE",), id="one"),
        pytest.param("The ministers also discussed fishing. (AFP, Reuters)", ("AFP", "Reuters")),
        pytest.param("The ministers met the Council (UN)", (), id="no-sentence-end"),
        pytest.param("The ministers also discussed fishing. (Live)", (), id="not-an-agency"),
    ],
)
def test_an_agency_in_brackets_after_the_last_sentence_is_credited(
    closing: str, agencies: tuple[str, ...]
) -> None:
    """Page: "... fishing. (EFE)": EFE is credited and the bracket leaves the story."""
    article = diplomeet.parse(
        "Argentina and Uruguay agree on river dredging\n"
        "The foreign ministers of Argentina and Uruguay agreed on Wednesday in Montevideo.\n"
        f"{closing}\n"
    )
    assert article.source.agencies == agencies


# --- the section label again under the byline ----------------------------------------------


def test_a_section_label_under_the_byline_does_not_hide_the_date_line() -> None:
    """Page: "By JANE DOE" / "Nation" / "Monday, 10 Mar 2025": the date line dates the page."""
    layout = _split(
        "Kuala Lumpur and Jakarta discuss haze\nBy ROSNAH ISMAIL\nNation\n"
        "Monday, 10 Mar 2025\n"
        "PUTRAJAYA: The two leaders discussed the haze during their annual talks here.\n"
    )
    assert layout.published == date(2025, 3, 10)
    assert "Nation" not in layout.body


def test_a_second_name_under_the_byline_is_still_an_author() -> None:
    """Page: "By Jane Doe" / "John Roe" / date: the second line is a name, not a label."""
    layout = _split(
        "Two ministers meet in Lima\nBy Ines Vargas\nTomas Quispe\nMarch 3, 2025\n"
        "The two ministers met on Monday.\n"
    )
    assert layout.authors == ("Ines Vargas", "Tomas Quispe")


def test_an_agency_credited_by_its_initials_is_kept_as_credited() -> None:
    """A caption's "(AA Photo)" credits "AA"; the agency's name spelt out stays spelt out."""
    assert canonical_agency("AA Photo") == "AA"
    assert canonical_agency("AA") == "AA"
    assert canonical_agency("Anadolu Agency") == "Anadolu Agency"
