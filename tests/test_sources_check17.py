"""
Source classes of the eighteenth blind set, on pages written for these tests.

A publishing company's name in the page's metadata is no paper's name; a site's name over a
trail of sections is no headline; an inside page's running head with the paper's town names
the paper and dates the issue; a print headline broken over lines over the story's dateline
is one headline; a printed rule under the running head is no headline; paragraphs marked by
indentation are read whole; a desk's "Example Gazette report" is the byline; agencies a
caption or the story names are credited.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.outlets._columns import reflow_columns, reflow_indented
from diplomeet.outlets._credits import Credits, photo_agencies, read_bare_byline
from diplomeet.outlets._reading import _section_trail
from diplomeet.outlets._textdates import running_head


def _page(site: str, publisher: str, title: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title>"
        f"<meta property='og:site_name' content='{site}'>"
        "<script type='application/ld+json'>"
        '{"@context":"https://schema.org","@type":"NewsArticle",'
        '"headline":"Lakeland and Hillmark agree on joint river patrols",'
        '"datePublished":"2026-04-02T06:00:00+03:00",'
        '"author":[{"@type":"Person","name":"Amara Wekesa"}],'
        f'"publisher":{{"@type":"Organization","name":"{publisher}"}}}}'
        "</script></head><body>\n<header><a class='brand' href='/'>Daily Lantern</a></header>\n"
        "<main><article><h1>Lakeland and Hillmark agree on joint river patrols</h1>\n"
        "<p>The foreign ministers of Lakeland and Hillmark met in Port Amber on Wednesday and "
        "agreed to start joint patrols on the river after a string of boat seizures.</p>\n"
        "<p>They will meet again next month to sign a protocol on fishing rights.</p>\n"
        "<p>Traders on both banks had asked for the patrols since the spring.</p>\n"
        "</article></main></body></html>\n"
    )


@pytest.mark.parametrize(
    ("site", "publisher", "outlet"),
    [
        # the paper's own name, not its publishing company's
        ("Lantern", "Lantern Media Group", "Lantern"),
        ("Daily Lantern", "Lantern Holdings", "Daily Lantern"),
        ("The Amber Ledger", "Amber Publishing Ltd", "The Amber Ledger"),
        # a publisher's name with no company word is a paper's name: it stands
        ("Lantern", "Daily Lantern", "Daily Lantern"),
    ],
)
def test_a_publishing_company_is_no_outlet(site: str, publisher: str, outlet: str) -> None:
    """The paper's own name wins over its publishing company's in the page's metadata."""
    title = "Lakeland and Hillmark agree on joint river patrols | " + site
    parsed = diplomeet.parse(_page(site, publisher, title))
    assert parsed.source.outlet == outlet


def test_a_company_name_stands_when_the_page_names_no_paper() -> None:
    """With no other name on the page, the publisher's name is still the outlet."""
    page = _page("", "Lantern Media Group", "Lakeland and Hillmark agree on joint river patrols")
    page = page.replace("<meta property='og:site_name' content=''>", "")
    assert diplomeet.parse(page).source.outlet == "Lantern Media Group"


_ANALYSIS = (
    "{name}\n\n{trail}\n\n"
    "Lakeland-Hillmark: Why the river talks keep stalling while the boats keep sinking\n\n"
    "The ministers shook hands in Port Amber last Thursday. On the river, little has changed.\n\n"
    "By Noor Ellison\n"
    "Posted on Wednesday, 7 October 2026 09:40\n\n"
    "It is tempting to read the latest round of talks as progress. I am not so sure.\n\n"
    '"We will not sign anything yet," the Lakeland minister told Radio Amberwave on her '
    "return at the weekend.\n\n"
    "The two ministers met behind closed doors in Port Amber on 1 October, with a mediator in "
    "the chair. They emerged after five hours with a communique that reaffirms old promises.\n"
)


@pytest.mark.parametrize(
    ("trail", "outlet"),
    [("Politics / Analysis", "The Americas Report"), ("World / Oceania", "The Europe Report")],
)
def test_a_site_name_over_a_trail_of_sections_is_the_outlet(trail: str, outlet: str) -> None:
    """A site's name over "Politics / Analysis" names the outlet and is no headline."""
    # (a name of section words: "The Americas Report" is no section label over the trail)
    text = _ANALYSIS.format(name=outlet, trail=trail)
    source = diplomeet.parse(text).source
    assert source.outlet == outlet
    assert source.headline is not None
    assert source.headline.startswith("Lakeland-Hillmark: Why the river talks")


def test_a_slash_in_a_headline_is_no_trail_of_sections() -> None:
    """Only parts made of section words make a trail."""
    assert _section_trail("Politics / Analysis")
    assert _section_trail("NEWS / WORLD")
    assert not _section_trail("Lakeland / Hillmark talks stall")
    assert not _section_trail("Ministers meet in Port Amber / Kestrel")


@pytest.mark.parametrize(
    ("line", "name", "day"),
    [
        ("KESTREL EAGLE, KESTREL, PA. FRIDAY, MAY 21, 1976 THIRTEEN", "KESTREL EAGLE", 21),
        ("THE AMBER STAR, AMBERTON, ILL. MONDAY, MAY 17, 1976 FOUR", "THE AMBER STAR", 17),
        ("The Amber Day, New Amber, Conn., Tuesday, May 18, 1976 -- 9", "The Amber Day", 18),
    ],
)
def test_a_running_head_with_the_state_closing_on_its_point(line: str, name: str, day: int) -> None:
    """An inside page's running head: the paper, its town and state, the date, the page."""
    read = running_head(line)
    assert read is not None
    assert read[0] == name
    assert read[2] == date(1976, 5, day)


def test_a_running_head_keeps_the_weekday_out_of_the_town() -> None:
    """The weekday after the state is the date's, not the town's."""
    read = running_head("KESTREL EAGLE, KESTREL, PA. FRIDAY, MAY 21, 1976")
    assert read is not None
    assert read[1] == "Friday, May 21, 1976"


def test_a_headline_with_a_date_is_no_running_head() -> None:
    """A headline naming a town and a date is no running head."""
    assert running_head("Envoys meet in Amberton, Ill. Friday, May 21, 1976 Three") is None


_RUNNING_HEAD_PAGE = (
    "KESTREL EAGLE, KESTREL, PA.                  FRIDAY, MAY 21, 1976                  THIRTEEN\n"
    "\n"
    "Lakeland, Hillmark Envoys Meet\n"
    "In Bid to End River Dispute\n"
    "\n"
    "PORT AMBER (AP) -- The foreign ministers of Lakeland and Hillmark talked for an hour and "
    "a half last night at the Lakeland ambassador's residence, their first meeting since the "
    "two countries broke off relations in February.\n"
    "\n"
    "Regional Secretary-General\n"
    "Tomas Verhoek, who\n"
    "brokered the meeting, attended\n"
    "part of it.\n"
    "\n"
    '"I think we have made a start," the Lakeland minister said as he left.\n'
)


def test_an_inside_page_running_head_names_the_paper_and_dates_the_issue() -> None:
    """The running head is no headline: it names the paper and dates the issue."""
    source = diplomeet.parse(_RUNNING_HEAD_PAGE).source
    assert source.outlet == "Kestrel Eagle"
    assert source.published == date(1976, 5, 21)
    assert source.headline == "Lakeland, Hillmark Envoys Meet In Bid to End River Dispute"
    # the office broken from the name under it is no byline
    assert source.authors == ()


@pytest.mark.parametrize(
    "line",
    ["Regional Secretary-General", "Foreign Minister", "Defense Secretary", "Deputy Envoy"],
)
def test_an_office_alone_is_no_bare_byline(line: str) -> None:
    """An office's title alone on a line is no writer's name."""
    tally = Credits()
    assert not read_bare_byline(line, tally)
    assert tally.authors == []


@pytest.mark.parametrize("line", ["Jane King", "Amara Wekesa and Tomas Verhoek"])
def test_names_stay_bare_bylines(line: str) -> None:
    """Names, a surname that is also a word included, stay bylines."""
    assert read_bare_byline(line, Credits())


_BROKEN_HEAD = (
    "KESTREL REGISTER\n"
    "92nd Year -- No. 259     KESTREL, OREGON, TUESDAY, SEPTEMBER 16, 1958     "
    "32 Pages -- 7 Cents\n"
    "\n"
    "Lakeland, Hillmark Envoys\n"
    "Open Talks in Port Amber\n"
    "\n"
    "{deck}"
    "PORT AMBER (AP) -- The ambassadors of Lakeland and Hillmark faced each other across a "
    "green table in a palace yesterday, opening their first direct talks in nine months.\n"
    "\n"
    "Neither side would disclose what was discussed. A spokesman said only that the session "
    "had been businesslike and that the envoys would sit down again Thursday.\n"
)


@pytest.mark.parametrize("deck", ["", "Meet Over 2 Hours; Next Session Set for Thursday\n\n"])
def test_a_print_headline_broken_over_lines_above_the_dateline_is_whole(deck: str) -> None:
    """Two short lines over the wire dateline (or over a deck over it) are one headline."""
    source = diplomeet.parse(_BROKEN_HEAD.format(deck=deck)).source
    assert source.headline == "Lakeland, Hillmark Envoys Open Talks in Port Amber"


def test_two_short_lines_over_a_story_with_no_dateline_stay_apart() -> None:
    """Without the dateline under them, two title-case lines are not joined."""
    text = _BROKEN_HEAD.format(deck="").replace("PORT AMBER (AP) -- The", "The")
    assert diplomeet.parse(text).source.headline == "Lakeland, Hillmark Envoys"


_RULED_PAGE = (
    "Page 6 -- Kestrel Record, Amberton, Wash., Thursday, Aug. 20, 1981\n"
    "{rule}\n"
    "\n"
    "          NATION / WORLD\n"
    "\n"
    "Navy jets down 2 Hillmark\n"
    "fighters over Amber Bay\n"
    "\n"
    "     PORT AMBER (AP) -- Two Navy jets shot down two Hillmark fighters over Amber Bay\n"
    "early Wednesday after one of the fighters fired a missile at them, the ministry\n"
    "said.\n"
    "     Ministers are expected to brief the parliament on the\n"
    "incident Friday morning.                   (See JETS, Page 8)\n"
    "{rule}\n"
    "\n"
    "Hillmark calls in envoy\n"
    "\n"
    "     HILLTOWN (UPI) -- Hillmark summoned the Lakeland ambassador and handed him a\n"
    'protest against what the official news agency JANA called "piracy".\n'
)


@pytest.mark.parametrize("rule", ["_" * 60, "=" * 40, "- - - - - -"])
def test_a_printed_rule_under_the_running_head_is_no_headline(rule: str) -> None:
    """A rule under the running head is skipped; the headline under it is read."""
    parsed = diplomeet.parse(_RULED_PAGE.format(rule=rule), published=date(1981, 8, 20))
    source = parsed.source
    assert source.outlet == "Kestrel Record"
    assert source.headline == "Navy jets down 2 Hillmark fighters over Amber Bay"
    assert "JANA" in source.agencies
    # the paragraph's indented first line and its flush lines are read as one
    assert "brief the parliament on the incident Friday morning" in parsed.text
    assert ("Friday morning", "1981-08-21TMO") in [(d.text, d.value) for d in parsed.dates]


def test_indented_paragraphs_are_joined_and_rules_kept_apart() -> None:
    """Flush lines under an indented line go on with its paragraph."""
    text = (
        "Head line\n"
        "     The first paragraph opens here and goes on past the line's\n"
        "end, with a word broken by the print-\n"
        "er's hyphen.\n"
        "     The second paragraph opens on its own indented line and\n"
        "runs on too.\n"
        "______________\n"
    )
    lines = reflow_indented(text).split("\n")
    assert lines[1].strip() == (
        "The first paragraph opens here and goes on past the line's end, with a word broken "
        "by the printer's hyphen."
    )
    assert (
        lines[2].strip() == "The second paragraph opens on its own indented line and runs on too."
    )
    assert lines[3] == "______________"


def test_a_single_indented_line_joins_nothing() -> None:
    """A text with one indented line is left as it is."""
    text = "     A centred title of the page stands here alone\nBy Jane Doe\nThe story.\n"
    assert reflow_indented(text) == text


_DESK_PAGE = (
    "Kestrel Gazette\n\nLakeland\n\n"
    "Lakeland, Hillmark foreign ministers review drone attack, UN roadmap\n\n"
    "{byline}\n\n"
    "November 11, 2026\n\n"
    "PORT AMBER \u2014 The foreign minister of Lakeland received his Hillmark counterpart in "
    "Port Amber on Tuesday, two days after a drone was shot down over the border.\n\n"
    "The two ministers reviewed the attack and the UN peace roadmap, the ministry said.\n"
)


def test_a_papers_desk_report_is_the_byline() -> None:
    """A paper's desk report under the headline is the byline; the date under it dates the page."""
    source = diplomeet.parse(_DESK_PAGE.format(byline="Kestrel Gazette report")).source
    assert source.authors == ("Kestrel Gazette report",)
    assert source.published == date(2026, 11, 11)


@pytest.mark.parametrize("byline", ["Annual report", "A UN report"])
def test_a_report_that_is_no_desk_is_no_byline(byline: str) -> None:
    """A report named by no paper is no byline."""
    source = diplomeet.parse(_DESK_PAGE.format(byline=byline)).source
    assert byline not in source.authors


@pytest.mark.parametrize(
    ("caption", "agencies"),
    [
        ("The ministers pose before their talks in Port Amber, Wednesday. Newsis", ["Newsis"]),
        ("The ministers at the foreign ministry on Monday (Photo: PIO)", ["PIO"]),
        ("The envoy arrives in Hilltown. News1", ["News1"]),
        # a short last sentence that names no agency, or an agency inside the sentence
        ("The ministers pose before their talks. Port Amber", []),
        ("The ministers read a Newsis report in Port Amber.", []),
    ],
)
def test_agencies_closing_a_caption(caption: str, agencies: list[str]) -> None:
    """A known agency's name alone closing a caption is its credit."""
    tally = Credits()
    photo_agencies(caption, tally)
    assert tally.agencies == agencies


@pytest.mark.parametrize(
    ("sentence", "credited"),
    [
        ('They protested against what the official news agency JANA called "piracy".', "JANA"),
        ("Hilltown's state news agency LANA described the raid as an attack.", "LANA"),
        ("The official news agency JANA office was closed.", None),
    ],
)
def test_an_agency_named_with_its_kind_and_what_it_called(
    sentence: str, credited: str | None
) -> None:
    """An agency named with its kind and what it called (or described) is credited."""
    text = (
        "Hillmark calls in envoy\n\n"
        "HILLTOWN \u2014 Hillmark summoned the Lakeland ambassador on Wednesday and handed him "
        f"a protest. {sentence}\n\nThe meeting took place late Wednesday, officials said.\n"
    )
    agencies = diplomeet.parse(text).source.agencies
    assert [a for a in agencies if a in {"JANA", "LANA"}] == ([credited] if credited else [])


_COLUMN = [
    "PORT AMBER (AP) -- The foreign",
    "ministers of Lakeland and Hill-",
    "mark talked for an hour and a",
    "half last night at the Lakeland",
    "ambassador's residence, their",
    "first meeting since the two",
    "countries broke off relations",
    "with each other in February.",
]


def test_a_short_paragraph_of_a_column_page_is_reflowed() -> None:
    """On a page with a column of prose, a paragraph of four column lines is one paragraph."""
    short = [
        "Regional Secretary-General",
        "Tomas Verhoek, who brokered",
        "the meeting on the edge of the",
        "regional summit, attended it.",
    ]
    lines = reflow_columns([*_COLUMN, "", *short])
    assert lines[-1] == (
        "Regional Secretary-General Tomas Verhoek, who brokered the meeting on the edge of the "
        "regional summit, attended it."
    )


def test_a_head_of_short_lines_stays_apart_on_a_column_page() -> None:
    """A head of short lines closing no sentence is no paragraph of the column."""
    head = ["Lakeland, Hillmark", "Ministers Meet", "In Port Amber"]
    assert reflow_columns([*head, "", *_COLUMN])[:3] == head


def test_a_short_paragraph_without_a_column_stays_as_it_is() -> None:
    """Without a column of prose on the page, short lines are left line by line."""
    short = [
        "Tomas Verhoek, who brokered",
        "the meeting on the edge of the",
        "summit, attended it.",
    ]
    assert reflow_columns(short) == short
