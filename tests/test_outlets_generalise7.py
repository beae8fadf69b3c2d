"""
The generic reader on the heads of outlets no table lists: classes that hold for any outlet.

A masthead line the table lacks ("The X", a hyphenated name) over a section label, a byline
naming the writer's outlet ("a newsletter writer at X"), a paper's staff beside a writer, a
closing "X contributed to this report.", archive pages' running heads ("PAGE ONE") and
bulletins' issue lines, titles and decks broken over lines, a bulletin's stacked labels, an
agency's banner of fields, a "PLACE. AGENCY -" dateline, names in capitals with a Mac prefix,
a caption's closing photo credit, "With reports from X" and a site name with a tagline.
Every page here is written for these tests; the people and the outlets are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.outlets import Layout
from diplomeet.outlets._credits import Credits, photo_agencies

STORY = (
    "The foreign ministers of Ghana and Togo met on Tuesday to discuss joint border patrols "
    "along the coast.\n\n"
    "They agreed to meet again next month in Lome, officials said.\n"
)


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


# --- a masthead the table lacks, over a section label ---------------------------------------


@pytest.mark.parametrize(
    ("masthead", "section", "outlet"),
    [
        pytest.param("The Harbourside", "REGIONAL", "The Harbourside", id="the-name"),
        pytest.param("Coast-Courier", "NATIONAL NEWS", "Coast-Courier", id="hyphenated"),
        pytest.param("THE KIVU LANTERN", "Politics", "The Kivu Lantern", id="capitals"),
    ],
)
def test_a_masthead_the_table_lacks_names_the_outlet(
    masthead: str, section: str, outlet: str
) -> None:
    """A first line "The X" or "Coast-Courier" over a section label and the title: the outlet."""
    layout = _split(
        f"{masthead}\n\n{section}\n\nGhana and Togo agree on joint coastal patrols\n\n"
        f"By Mira Solberg\n\n{STORY}"
    )
    assert layout.outlet == outlet
    assert layout.headline == "Ghana and Togo agree on joint coastal patrols"
    assert layout.authors == ("Mira Solberg",)


def test_a_section_label_opening_the_page_names_no_outlet() -> None:
    """'The Latest' over 'World' is a section's name, not a masthead."""
    layout = _split(
        f"The Latest\n\nWorld\n\nGhana and Togo agree on joint coastal patrols\n\n{STORY}"
    )
    assert layout.outlet is None
    assert layout.headline == "Ghana and Togo agree on joint coastal patrols"


# --- bylines naming the writer's outlet or staff ------------------------------------------


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        pytest.param(
            "By Tomas Varga, a contributing writer at Northern Affairs.",
            "Tomas Varga",
            "Northern Affairs",
            id="contributing-writer",
        ),
        pytest.param(
            "By Leila Haddad, a newsletter writer at Region Watch.",
            "Leila Haddad",
            "Region Watch",
            id="newsletter-writer",
        ),
        pytest.param(
            "By Kofi Mensah, an editor at Savanna Ledger",
            "Kofi Mensah",
            "Savanna Ledger",
            id="editor",
        ),
    ],
)
def test_a_byline_describing_the_writer_at_an_outlet_names_it(
    byline: str, author: str, outlet: str
) -> None:
    """'By Jane Doe, a newsletter writer at X.': Jane Doe wrote it, X is the outlet."""
    layout = _split(f"Ghana and Togo agree on joint coastal patrols\n\n{byline}\n\n{STORY}")
    assert layout.authors == (author,)
    assert layout.outlet == outlet


@pytest.mark.parametrize(
    "byline",
    [
        pytest.param("By Mara Quist | Gazette Washington Staff", id="bar"),
        pytest.param("By MARA QUIST / Chronicle Staff", id="slash-capitals"),
        pytest.param("By Mara Quist, Ledger Foreign Staff", id="comma"),
    ],
)
def test_a_papers_staff_beside_a_writer_is_no_second_author(byline: str) -> None:
    """'By Jane Doe | Example Foreign Staff': she wrote it; the staff is her post, no desk."""
    layout = _split(f"Ghana and Togo agree on joint coastal patrols\n\n{byline}\n\n{STORY}")
    assert layout.authors == ("Mara Quist",)
    assert layout.outlet is None


def test_a_staff_byline_alone_is_still_a_desk() -> None:
    """'By Chronicle Staff' with no writer is the desk's byline."""
    layout = _split(
        f"Ghana and Togo agree on joint coastal patrols\n\nBy Chronicle Staff\n\n{STORY}"
    )
    assert layout.authors == ("Chronicle Staff",)


# --- agencies that contributed -------------------------------------------------------------


@pytest.mark.parametrize(
    ("trailer", "agencies"),
    [
        pytest.param("Reuters contributed to this report.", ("Reuters",), id="one"),
        pytest.param(
            "The Associated Press and Agence France-Presse contributed reporting.",
            ("AP", "AFP"),
            id="two",
        ),
        pytest.param("Jane Doe and John Roe contributed reporting.", (), id="people"),
    ],
)
def test_a_closing_contribution_line_credits_its_agencies(
    trailer: str, agencies: tuple[str, ...]
) -> None:
    """'The Associated Press contributed to this article.' credits AP; people are no agency."""
    layout = _split(f"Ghana and Togo agree on joint coastal patrols\n\n{STORY}\n{trailer}\n")
    assert layout.agencies == agencies
    assert trailer not in layout.body


# --- archive pages and bulletins that date themselves --------------------------------------


@pytest.mark.parametrize(
    ("head", "outlet", "published"),
    [
        pytest.param(
            "THE HARBOUR MAIL, FRIDAY, MAY 3, 1957          PAGE THREE",
            "The Harbour Mail",
            date(1957, 5, 3),
            id="page-in-words",
        ),
        pytest.param(
            "The Lakeland Courier, Monday, 2 June 1975   Page One",
            "The Lakeland Courier",
            date(1975, 6, 2),
            id="title-case",
        ),
        pytest.param(
            "ABC-EUR-81-112     TUESDAY, 9 JUNE 1981     VOL II No 112",
            None,
            date(1981, 6, 9),
            id="bulletin-issue-line",
        ),
    ],
)
def test_a_page_or_issue_line_dates_the_page_and_is_no_headline(
    head: str, outlet: str | None, published: date
) -> None:
    """'THE X, WEDNESDAY, JUNE 11, 1969   PAGE ONE' and a bulletin's 'VOL VI No 240' line."""
    layout = _split(f"{head}\n\nGhana and Togo agree on joint coastal patrols\n\n{STORY}")
    assert layout.outlet == outlet
    assert layout.published == published
    assert layout.headline == "Ghana and Togo agree on joint coastal patrols"


# --- titles and decks broken over lines -----------------------------------------------------


def test_a_title_in_capitals_broken_over_lines_is_one_headline() -> None:
    """Three lines in capitals in one paragraph, then a deck broken over two lines."""
    layout = _split(
        "THE RIVERTON STAR, MONDAY, MARCH 2, 1964     PAGE ONE\n\n"
        "PREMIER FLIES\nTO MOSCOW FOR\nGRAIN TALKS\n\n"
        "Trade mission to\nfollow next month\n\n"
        "From PETER McLEOD, Diplomatic Correspondent\nOttawa, Sunday\n\n" + STORY
    )
    assert layout.headline == "PREMIER FLIES TO MOSCOW FOR GRAIN TALKS"
    assert layout.authors == ("Peter McLeod",)
    assert layout.outlet == "The Riverton Star"
    assert "Trade mission to follow next month" in layout.body.split("\n\n")


def test_a_broken_title_over_a_desk_byline() -> None:
    """'NEW ROW OVER' / 'FISHING LIMITS' over 'By Our Correspondent': one headline."""
    layout = _split(f"NEW ROW OVER\nFISHING LIMITS\n\nBy Our Correspondent\n\n{STORY}")
    assert layout.headline == "NEW ROW OVER FISHING LIMITS"


def test_a_bulletins_stacked_labels_are_not_its_headline() -> None:
    """Report labels, the service's name and a country head stand over the item's title."""
    layout = _split(
        "ABC-EAS-79-045     MONDAY, 5 MARCH 1979     VOL IV No 45\n\n"
        "DAILY REPORT\nEAST ASIA\n\n"
        "JOINT PUBLICATIONS RESEARCH SERVICE\n\n"
        "JAPAN\n\n"
        "PREMIER MEETS SOVIET ENVOY ON FISHERIES\n\n"
        "OW051200 Tokyo Domestic Service in Japanese 1100 GMT 5 Mar 79 OW\n\n"
        "[Text] The premier received the Soviet ambassador this afternoon to discuss the "
        "fisheries talks, the foreign ministry said.\n"
    )
    assert layout.headline == "PREMIER MEETS SOVIET ENVOY ON FISHERIES"
    assert layout.published == date(1979, 3, 5)
    assert layout.authors == ()


# --- an agency's banner and datelines -------------------------------------------------------


@pytest.mark.parametrize(
    "banner",
    [
        pytest.param("XNA | Example News Agency | English service", id="agency-word"),
        pytest.param("Reuters | World | Africa", id="known-agency"),
    ],
)
def test_an_agencys_banner_of_fields_is_no_headline(banner: str) -> None:
    """'XNA | Example News Agency | English service' over the date line and the title."""
    layout = _split(
        f"{banner}\n\n2026-03-04 15:12\n\nGhana and Togo agree on joint coastal patrols\n\n{STORY}"
    )
    assert layout.headline == "Ghana and Togo agree on joint coastal patrols"
    assert layout.published == date(2026, 3, 4)


@pytest.mark.parametrize(
    ("opening", "agencies"),
    [
        pytest.param("BAKU. AZERTAC - ", ("Azertac",), id="known"),
        pytest.param("TASHKENT. UZREPORT — ", ("UZREPORT",), id="unknown"),
        pytest.param("LONDON. MONDAY - ", (), id="weekday"),
    ],
)
def test_a_place_dot_agency_dateline_credits_the_agency(
    opening: str, agencies: tuple[str, ...]
) -> None:
    """'ASTANA. KAZINFORM - ' credits the agency and leaves the place in the story."""
    layout = _split(f"Ghana and Togo agree on joint coastal patrols\n\n{opening}{STORY}")
    assert layout.agencies == agencies


# --- names in capitals, photo credits, reporting trailers -----------------------------------


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        pytest.param("By JOHN McDONALD", "John McDonald", id="mc"),
        pytest.param("From IAN MacRAE, Political Correspondent", "Ian MacRae", id="mac"),
        pytest.param("By SEAN FITZGERALD", "Sean Fitzgerald", id="all-capitals"),
    ],
)
def test_a_byline_in_capitals_is_given_in_normal_case(byline: str, author: str) -> None:
    """'From IAN MacRAE, ...' gives 'Ian MacRae': the capitals go, the Mac prefix stays."""
    layout = _split(f"Ghana and Togo agree on joint coastal patrols\n\n{byline}\n\n{STORY}")
    assert layout.authors == (author,)


@pytest.mark.parametrize(
    ("caption", "agencies"),
    [
        pytest.param(
            "Ministers meet in Oslo on May 4. Jane Doe/The Canadian Press",
            ["The Canadian Press"],
            id="full-name",
        ),
        pytest.param("The envoy arrives in Accra. Kwame Asante/Reuters", ["Reuters"], id="wire"),
        pytest.param("The envoy arrives in Accra on the 4th.", [], id="no-credit"),
    ],
)
def test_a_photo_credit_after_a_captions_sentence_credits_its_agency(
    caption: str, agencies: list[str]
) -> None:
    """'... on June 16. Jane Doe/The Canadian Press' credits the agency, not the photographer."""
    tally = Credits()
    photo_agencies(caption, tally)
    assert tally.agencies == agencies


def test_a_dateline_credit_keeps_its_initials() -> None:
    """'OTTAWA (CP) -' credits 'CP', as the agency's datelines write it."""
    assert _split(f"Talks\n\nOTTAWA (CP) - {STORY}").agencies == ("CP",)


@pytest.mark.parametrize(
    ("trailer", "agencies"),
    [
        pytest.param("With reports from Reuters", ("Reuters",), id="one"),
        pytest.param("With reports from The Associated Press and AFP", ("AP", "AFP"), id="two"),
    ],
)
def test_with_reports_from_credits_the_agencies(trailer: str, agencies: tuple[str, ...]) -> None:
    """'With reports from Reuters' closing the story credits Reuters."""
    layout = _split(f"Ghana and Togo agree on joint coastal patrols\n\n{STORY}\n{trailer}\n")
    assert layout.agencies == agencies
    assert trailer not in layout.body


PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ghana and Togo agree on joint coastal patrols - The Harbour Mail</title>
<meta property="og:title" content="Ghana and Togo agree on joint coastal patrols">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2026-04-16T09:30:00Z">
</head><body><main><article>
<h1>Ghana and Togo agree on joint coastal patrols</h1>
<p>The foreign ministers of Ghana and Togo met on Tuesday in Lome to discuss joint border
patrols along the coast, officials said.</p>
<p>They agreed to meet again next month in Accra, and to set up a hotline for their navies.</p>
<p>The two countries last signed a maritime accord in 2019.</p>
</article></main></body></html>
"""


@pytest.mark.parametrize(
    "site",
    [
        pytest.param("The Harbour Mail | Island News | Travel | Real Estate", id="bar"),
        pytest.param("The Harbour Mail \u2013 News from the Coast", id="dash"),
        pytest.param("The Harbour Mail", id="bare"),
    ],
)
def test_a_site_names_tagline_is_no_part_of_the_outlet(site: str) -> None:
    """og:site_name 'The X | Island News | Travel' names the outlet 'The X'."""
    article = diplomeet.parse(PAGE.replace("{site}", site))
    assert article.source.outlet == "The Harbour Mail"


# --- the page naming itself: desk bylines, "told X", its own address -----------------------


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        pytest.param("by Lagoon Herald", "Lagoon Herald", id="masthead-word"),
        pytest.param("by Coast-Courier", "Coast-Courier", id="hyphenated"),
    ],
)
def test_a_desk_byline_in_lower_case_is_the_sites_own(byline: str, outlet: str) -> None:
    """'by Example Times' over the date line: the desk wrote it, and it names the outlet."""
    layout = _split(
        f"Ghana and Togo agree on joint coastal patrols\n\n{byline}\n\nApril 16, 2026\n\n{STORY}"
    )
    assert layout.authors == (outlet,)
    assert layout.outlet == outlet
    assert layout.published == date(2026, 4, 16)


def test_a_lower_case_by_opening_prose_is_no_byline() -> None:
    """'by the end of the week ...' opens a sentence, not a byline."""
    layout = _split(
        f"Ghana and Togo agree on joint coastal patrols\n\nby the end of the week\n\n{STORY}"
    )
    assert layout.authors == ()


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        pytest.param(
            "Villagers told the Star-Ledger that soldiers crossed the border.",
            "Star-Ledger",
            id="told-the",
        ),
        pytest.param(
            "A border guard told Coast-Courier that the boat had no permit.",
            "Coast-Courier",
            id="told",
        ),
    ],
)
def test_the_story_telling_a_hyphenated_masthead_names_it(sentence: str, outlet: str) -> None:
    """'told the Post-Courier': a masthead word joined by a hyphen reads as an outlet's."""
    layout = _split(f"Ghana and Togo agree on joint coastal patrols\n\n{STORY}\n{sentence}\n")
    assert layout.outlet == outlet


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        pytest.param(
            "For more from Region Watch, visit regionwatch.org or subscribe here.",
            "Region Watch",
            id="org",
        ),
        pytest.param(
            "For more from The Savanna Ledger, go to www.savanna-ledger.co.ke.",
            "The Savanna Ledger",
            id="the-hyphen",
        ),
        pytest.param("For more from Jane Doe, visit example.com.", None, id="other-address"),
    ],
)
def test_a_footer_naming_the_site_by_its_own_address_names_the_outlet(
    footer: str, outlet: str | None
) -> None:
    """'For more from X, visit x.org': the address spells the name, so X is the site."""
    layout = _split(f"Ghana and Togo agree on joint coastal patrols\n\n{STORY}\n{footer}\n")
    assert layout.outlet == outlet


# --- government letterheads and labels over the title --------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("REPUBLIC OF KENYA\nMINISTRY OF FOREIGN AFFAIRS", id="republic"),
        pytest.param("KINGDOM OF TONGA\nMINISTRY OF FOREIGN AFFAIRS AND TRADE", id="kingdom"),
    ],
)
def test_a_states_name_over_its_ministry_is_a_letterhead(head: str) -> None:
    """'REPUBLIC OF KENYA' / 'MINISTRY OF ...' over the title: neither is the headline."""
    layout = _split(f"{head}\n\nKenya and Uganda sign border accord\n\n{STORY}")
    assert layout.headline == "Kenya and Uganda sign border accord"
    assert layout.outlet is None


@pytest.mark.parametrize(
    "label",
    [
        pytest.param("PRESS RELEASE", id="release"),
        pytest.param("News Analysis", id="analysis"),
    ],
)
def test_a_document_label_opening_the_page_is_no_masthead(label: str) -> None:
    """'PRESS RELEASE' holds a masthead word ("press") but names no outlet."""
    layout = _split(
        f"REPUBLIC OF KENYA\nMINISTRY OF FOREIGN AFFAIRS\n{label}\n\n"
        f"Kenya and Uganda sign border accord\n\n{STORY}"
        if label.isupper()
        else f"{label}\n\nKenya and Uganda sign border accord\n\n{STORY}"
    )
    assert layout.outlet is None
    assert layout.headline == "Kenya and Uganda sign border accord"


# --- agencies the story names as its sources ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "agencies"),
    [
        pytest.param(
            "The talks were constructive, the Ghana News Agency (GNA) reported.",
            ("GNA",),
            id="abbreviation-then-verb",
        ),
        pytest.param(
            "The Emirates News Agency (WAM) reported that the talks went well.",
            ("WAM",),
            id="abbreviation-opening",
        ),
        pytest.param("The talks were constructive, according to WAM.", ("WAM",), id="according"),
        pytest.param("Kyodo News reported that the envoy left Tokyo.", ("Kyodo",), id="reported"),
        pytest.param(
            "The envoys left at noon, an Antara correspondent reported.",
            ("Antara",),
            id="correspondent-reported",
        ),
        pytest.param(
            "The envoys left at noon, Bernama correspondent reports.",
            ("Bernama",),
            id="correspondent-reports",
        ),
        pytest.param("The envoys left at noon, our correspondent reports.", (), id="our"),
        pytest.param(
            "The talks were constructive, according to the PA.", (), id="initials-name-others"
        ),
        pytest.param("The visit was delayed, according to Mr Mensah.", (), id="person"),
    ],
)
def test_an_agency_named_as_the_storys_source_is_credited(
    sentence: str, agencies: tuple[str, ...]
) -> None:
    """'according to Xinhua', 'the X News Agency (XNA) reported': the agency is credited."""
    layout = _split(f"Ghana and Togo agree on joint coastal patrols\n\n{STORY}\n{sentence}\n")
    assert layout.agencies == agencies


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("THE HARBOUR MAIL, TUESDAY, OCTOBER 16, 1973   PAGE A1", id="section-page"),
        pytest.param(
            "The Harbour Mail, Tuesday, October 16, 1973 - Section B, Page 3", id="section-words"
        ),
    ],
)
def test_a_running_head_with_a_sections_page_dates_the_page(head: str) -> None:
    """'THE X, TUESDAY, OCTOBER 16, 1973   PAGE A1': outlet and date, no headline."""
    layout = _split(f"{head}\n\nGhana and Togo agree on joint coastal patrols\n\n{STORY}")
    assert layout.outlet == "The Harbour Mail"
    assert layout.published == date(1973, 10, 16)
    assert layout.headline == "Ghana and Togo agree on joint coastal patrols"


# --- a top line the page names again as its own ---------------------------------------------


@pytest.mark.parametrize(
    ("page", "outlet"),
    [
        pytest.param(
            "REGION WATCH\n\nNewsletters | Evening Brief\n\n{H}\n\nBy Leila Haddad\n\n"
            "Welcome to Region Watch's Evening Brief, where we follow the coast.\n\n{S}",
            "Region Watch",
            id="capitals-possessive",
        ),
        pytest.param(
            "The Harbourside\n\n13 November 2025\n\n{H}\n\n{S}\n- mira@harbourside.com.gh\n",
            "The Harbourside",
            id="over-date-e-mail",
        ),
        pytest.param(
            "The Harbourside\n\n{H}\n\n{S}\nCopyright 2025 The Harbourside\n",
            "The Harbourside",
            id="copyright",
        ),
        pytest.param(
            "Lagoon Echo\n\n{H}\n\n{S}\nA fisherman told Lagoon Echo that patrols began.\n\n"
            "The talks end on Friday, officials said.\n",
            "Lagoon Echo",
            id="told",
        ),
        pytest.param(
            "Border Talks\n\n{H}\n\n{S}\nThe ministers arrived late at Border Talks in Geneva.\n",
            None,
            id="heading-named-again",
        ),
        pytest.param("Region Watch\n\n{H}\n\n{S}", None, id="named-once"),
    ],
)
def test_a_top_line_the_page_names_as_its_own_is_the_masthead(
    page: str, outlet: str | None
) -> None:
    """'REGION WATCH' over the title, and 'Region Watch's Evening Brief' below: the outlet."""
    text = page.replace("{H}", "Ghana and Togo agree on joint coastal patrols").replace(
        "{S}", STORY
    )
    layout = _split(text)
    assert layout.outlet == outlet
    assert layout.headline == "Ghana and Togo agree on joint coastal patrols"


@pytest.mark.parametrize(
    "title",
    [
        pytest.param(
            "Ghana and Togo agree on joint coastal patrols - The Harbour Mail | Island News"
            " | Travel",
            id="dash-then-bars",
        ),
        pytest.param(
            "Ghana and Togo agree on joint coastal patrols | The Harbour Mail - News from the"
            " Coast",
            id="bar-then-dash",
        ),
    ],
)
def test_a_page_titles_suffix_with_a_tagline_names_the_outlet(title: str) -> None:
    """<title> 'Headline - The X | Island News | Travel' with no og:site_name: the outlet."""
    page = PAGE.replace('<meta property="og:site_name" content="{site}">\n', "").replace(
        "<title>Ghana and Togo agree on joint coastal patrols - The Harbour Mail</title>",
        f"<title>{title}</title>",
    )
    assert "og:site_name" not in page
    assert diplomeet.parse(page).source.outlet == "The Harbour Mail"


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        pytest.param("Jane Doe\nstaff writer", ("Jane Doe",), id="name-over-role"),
        pytest.param("JANE DOE\nSTAFF WRITER", ("Jane Doe",), id="capitals-name-over-role"),
        pytest.param("updated 5 minutes ago", (), id="relative-stamp"),
        pytest.param("analysis", (), id="lower-case-kicker"),
    ],
)
@pytest.mark.parametrize(
    "gap", [pytest.param("\n", id="same-paragraph"), pytest.param("\n\n", id="apart")]
)
def test_lines_under_the_title_that_are_no_broken_deck_stay_apart(
    head: str, authors: tuple[str, ...], gap: str
) -> None:
    """A name over its job, a stamp or a kicker under the title are not joined to it."""
    layout = _split(f"Ghana and Togo agree on joint coastal patrols{gap}{head}\n\n{STORY}")
    assert layout.headline == "Ghana and Togo agree on joint coastal patrols"
    assert layout.authors == authors


def test_a_country_named_with_its_article_is_no_masthead() -> None:
    """'The Gambia' over 'Politics' is a section of places, not an outlet."""
    layout = _split(
        f"The Gambia\n\nPolitics\n\nGambia and Senegal agree on joint patrols\n\n{STORY}"
    )
    assert layout.outlet is None
    assert layout.headline == "Gambia and Senegal agree on joint patrols"


def test_a_title_closing_on_an_agency_is_no_banner() -> None:
    """'Ministers meet in Lima | Reuters' names its brand last: it stays the headline's line."""
    layout = _split(f"Ministers meet in Lima | Reuters\n\n2026-03-04 15:12\n\n{STORY}")
    assert layout.headline is not None
    assert layout.headline.startswith("Ministers meet in Lima")


# --- more stamps, bylines with places and papers ----------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param("March 13, 1991 · 4 min read", id="reading-time"),
        pytest.param("Wed, 13 Mar 1991 14:05:00 +0000", id="offset-zone"),
        pytest.param("13 March 1991 | 3 min read", id="bar-reading-time"),
    ],
)
def test_a_stamp_with_a_reading_time_or_an_offset_dates_the_page(stamp: str) -> None:
    """'March 13, 1991 · 4 min read' and 'Wed, 13 Mar 1991 14:05:00 +0000' are date lines."""
    layout = _split(f"Ghana and Togo agree on joint coastal patrols\n\n{stamp}\n\n{STORY}")
    assert layout.published == date(1991, 3, 13)


@pytest.mark.parametrize(
    ("head", "authors", "outlet"),
    [
        pytest.param(
            "By Jane Doe and John Roe | Harbour Mail",
            ("Jane Doe", "John Roe"),
            "Harbour Mail",
            id="bar-paper",
        ),
        pytest.param(
            "By Jane Doe\nThe Lagoon Courier", ("Jane Doe",), "The Lagoon Courier", id="paper-line"
        ),
        pytest.param("Jane Doe, Nairobi", ("Jane Doe",), None, id="name-and-place"),
        pytest.param("By Jane Doe | Reuters", ("Jane Doe",), None, id="bar-agency"),
    ],
)
def test_a_byline_beside_its_paper_or_place(
    head: str, authors: tuple[str, ...], outlet: str | None
) -> None:
    """'By Jane Doe | Harbour Mail', 'The X' under the byline, 'Jane Doe, Nairobi'."""
    layout = _split(f"Ghana and Togo agree on joint coastal patrols\n\n{head}\n\n{STORY}")
    assert layout.authors == authors
    assert layout.outlet == outlet


@pytest.mark.parametrize(
    ("banner", "agencies"),
    [
        pytest.param("Kyodo International News Agency", ("Kyodo",), id="agency-kind-words"),
        pytest.param("Xinhua News Agency", ("Xinhua",), id="alias"),
        pytest.param("The Harbourside", (), id="paper"),
    ],
)
def test_an_agencys_own_banner_credits_the_agency(banner: str, agencies: tuple[str, ...]) -> None:
    """'Example International News Agency' over its section and title: its own copy."""
    layout = _split(
        f"{banner}\n\nPolitics\n\nGhana and Togo agree on joint coastal patrols\n\n{STORY}"
    )
    assert layout.agencies == agencies
    assert layout.headline == "Ghana and Togo agree on joint coastal patrols"


@pytest.mark.parametrize(
    ("head", "headline", "authors"),
    [
        pytest.param(
            "Ministers agree to reopen\nborder crossing at Busia",
            "Ministers agree to reopen border crossing at Busia",
            (),
            id="title-broken-after-a-word",
        ),
        pytest.param(
            "Ministers agree to reopen border\n\nBy Jane Doe\nand John Roe",
            "Ministers agree to reopen border",
            ("Jane Doe", "John Roe"),
            id="byline-broken",
        ),
        pytest.param(
            "Ministers agree to reopen border\nby Jane Doe",
            "Ministers agree to reopen border",
            ("Jane Doe",),
            id="lower-case-byline-under-title",
        ),
    ],
)
def test_a_title_or_byline_going_on_in_lower_case_is_joined(
    head: str, headline: str, authors: tuple[str, ...]
) -> None:
    """'Ministers agree to reopen' / 'border crossing at Busia' is one title; 'by X' is not."""
    layout = _split(f"{head}\n\n{STORY}")
    assert layout.headline == headline
    assert layout.authors == authors
