"""
Source fields read from the conventions every outlet shares, on pages written here.

Each class was found among the development sets' failures and is tested on pages in the
styles of several other outlets, with invented people: a news database's labelled record
("HEADLINE: ... BYLINE: ... BODY:"), a date line closed by its weekday, stamp labels of
broadcasters' templates ("Write: 2026-06-10 16:22"), a title-case wire dateline crediting an
agency by its initials, a section path joined by an en dash or over a question, and a
service's description of itself under its name ("National News Agency").
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_STORY = (
    "Foreign Minister Kato Lindqvist held talks with his Austrian counterpart Maria Vollmer"
    " in Vienna on Monday about trade, energy and the Danube shipping rules."
)


def _source(text: str) -> diplomeet.Source:
    return diplomeet.parse(text, published=None).source


@pytest.mark.parametrize(
    ("text", "headline", "authors", "published"),
    [
        (
            (
                "Copyright 1991 Nordic Press Agency\nNordic Press Agency\n\nOctober 2, 1991,"
                " Wednesday\n\nSECTION: FOREIGN NEWS\n\nLENGTH: 380 words\n\nHEADLINE: FINNISH,"
                " ESTONIAN MINISTERS TALK FERRIES\n\nBYLINE: By Nordic Press Agency correspondent"
                " Jussi Karppinen\n\nDATELINE: TALLINN, October 2\n\nBODY:\nThe foreign ministers"
                " of Finland and Estonia held talks here today on ferry links.\n\nThey will meet"
                " again in Helsinki next month.\n\nLOAD-DATE: October 3, 1991"
            ),
            "FINNISH, ESTONIAN MINISTERS TALK FERRIES",
            ("Jussi Karppinen",),
            date(1991, 10, 2),
        ),
        (
            (
                "The Harbour Gazette\n\nMarch 14, 2003 Friday\n\nSECTION: World; Pg. 12\n\n"
                "LENGTH: 512 words\n\nHEADLINE: Lagos and Accra agree on gas pipeline tariffs\n\n"
                "BYLINE: Adaeze Okonkwo\n\nBODY:\n\nACCRA, March 13 - Nigeria and Ghana agreed on"
                " Thursday to cut the tariffs on the West African gas pipeline.\n\nThe deal still"
                " needs the approval of both parliaments.\n\nLANGUAGE: ENGLISH"
            ),
            "Lagos and Accra agree on gas pipeline tariffs",
            ("Adaeze Okonkwo",),
            date(2003, 3, 14),
        ),
    ],
)
def test_a_database_records_labelled_fields_give_headline_byline_and_date(
    text: str, headline: str, authors: tuple[str, ...], published: date
) -> None:
    """Read: "HEADLINE:", "BYLINE:" and the record's date line over "BODY:"."""
    source = _source(text)
    assert source.headline == headline
    assert source.authors == authors
    assert source.published == published


def test_a_database_records_dateline_field_opens_its_story() -> None:
    """Read: "DATELINE: TALLINN, October 2" places a body that starts without it."""
    text = (
        "Nordic Press Agency\n\nOctober 2, 1991, Wednesday\n\nHEADLINE: FINNISH, ESTONIAN"
        " MINISTERS TALK FERRIES\n\nDATELINE: TALLINN, October 2\n\nBODY:\nThe foreign"
        " ministers of Finland and Estonia held talks here today on ferry links."
    )
    assert "TALLINN, October 2 - The foreign ministers" in diplomeet.parse(text).text


@pytest.mark.parametrize(
    "stamp",
    ["April 17, 1996, Wednesday", "17 April 1996 Wednesday", "APRIL 17, 1996, WEDNESDAY"],
)
def test_a_date_line_closed_by_its_weekday_dates_the_page(stamp: str) -> None:
    """Read: "April 17, 1996, Wednesday" under the headline is the page's date."""
    text = f"Lindqvist and Vollmer agree to deepen energy ties\n\n{stamp}\n\n{_STORY}"
    assert _source(text).published == date(1996, 4, 17)


@pytest.mark.parametrize(
    "stamp",
    ["Write: 2026-06-10 16:22:05", "Written on 10 June 2026", "Created: June 10, 2026 09:14"],
)
def test_a_broadcasters_stamp_label_dates_the_page(stamp: str) -> None:
    """Read: "Write: 2026-06-10 16:22:05" (a broadcaster's template) is the page's stamp."""
    text = f"Lindqvist and Vollmer agree to deepen energy ties\n\n{stamp}\n\n{_STORY}"
    assert _source(text).published == date(2026, 6, 10)


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("Nairobi, Kenya (KBA) - ", "KBA"),
        ("Suva (FBX) - ", "FBX"),
        ("Lusaka, Zambia (ZNIS) \u2014 ", "ZNIS"),
    ],
)
def test_a_title_case_dateline_credits_an_agency_by_its_initials(
    dateline: str, agency: str
) -> None:
    """Read: "Nairobi, Kenya (KBA) -": a known place, then an agency's initials."""
    assert agency in _source(f"Talks\n\n{dateline}{_STORY}").agencies


@pytest.mark.parametrize("dateline", ["Paris (UN) - ", "Brussels (NATO) - "])
def test_a_bodys_initials_after_a_dateline_credit_no_agency(dateline: str) -> None:
    """Not read: "(UN)", "(NATO)" after a place are the bodies the story is about."""
    assert _source(f"Talks\n\n{dateline}{_STORY}").agencies == ()


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            (
                "Nordpress\n\nPolitics | Austria\u2013Sweden\n\nLindqvist and Vollmer agree to"
                f" deepen energy ties\n\n12.03.2026 14:27\n\n{_STORY}"
            ),
            "Lindqvist and Vollmer agree to deepen energy ties",
        ),
        (
            (
                "THE NORDIC REVIEW\n\nEurope | Politics | Energy\n\nLindqvist and Vollmer: Can the"
                " Deal Hold?\n\nThe two ministers opened talks last week. The harder work lies"
                f" ahead.\n\nBy Anna Karlsson\nNovember 03, 2026\n\n{_STORY}"
            ),
            "Lindqvist and Vollmer: Can the Deal Hold?",
        ),
        (
            (
                "Andes Monitor\n\nWorld | Peru\u2013Bolivia\n\nWill the Lake Titicaca Deal"
                f" Last?\n\nMay 4, 2026\n\n{_STORY}"
            ),
            "Will the Lake Titicaca Deal Last?",
        ),
    ],
)
def test_a_section_path_over_the_headline_is_dropped(text: str, headline: str) -> None:
    """Read: a section path (two names joined by an en dash, or over a question) is dropped."""
    assert _source(text).headline == headline


@pytest.mark.parametrize(
    ("text", "headline", "published"),
    [
        (
            (
                "Nordpress\nNordic Independent News Agency\n\nPolitics | Austria\u2013Sweden\n\n"
                f"Lindqvist and Vollmer agree to deepen energy ties\n\n12.03.2026 14:27\n\n{_STORY}"
            ),
            "Lindqvist and Vollmer agree to deepen energy ties",
            date(2026, 3, 12),
        ),
        (
            (
                "Ministry of Foreign Affairs of the Kingdom of Sweden\nPress service\n\nSweden and"
                f" Austria agree to deepen energy ties\n\n3 June 2026 17:45\n\n{_STORY}"
            ),
            "Sweden and Austria agree to deepen energy ties",
            date(2026, 6, 3),
        ),
        (
            (
                "ANDINA\nPeruvian News Agency of the State\n\nPeru and Bolivia sign water deal\n\n"
                f"9 October 2026\n\n{_STORY}"
            ),
            "Peru and Bolivia sign water deal",
            date(2026, 10, 9),
        ),
    ],
)
def test_a_services_description_under_its_name_is_no_headline(
    text: str, headline: str, published: date
) -> None:
    """Read: "Nordic Independent News Agency" / "Press service" under the name is furniture."""
    source = _source(text)
    assert source.headline == headline
    assert source.published == published


def test_a_short_headline_ending_on_service_stays_the_headline() -> None:
    """Not dropped: "Army ends national service" under a masthead is the headline."""
    text = (
        "Baltic Courier\nArmy ends national service\n\n3 June 2026\n\nThe army of Latvia said"
        " on Monday that it would end national service next year after a vote."
    )
    assert _source(text).headline == "Army ends national service"


@pytest.mark.parametrize(
    ("byline", "agency"),
    [
        ("By Reuters correspondent Ingrid Solberg", "Reuters"),
        ("By Kyodo News correspondent Ingrid Solberg", "Kyodo"),
        ("BY XINHUA CORRESPONDENT INGRID SOLBERG", "Xinhua"),
    ],
)
def test_an_agencys_correspondent_in_the_byline_credits_the_agency(
    byline: str, agency: str
) -> None:
    """Read: "By Kyodo News correspondent A": A writes, and the agency is credited."""
    source = _source(f"Ministers meet in Vienna\n\n{byline}\n\n{_STORY}")
    assert source.agencies == (agency,)
    assert [a.casefold() for a in source.authors] == ["ingrid solberg"]


def test_a_beats_correspondent_in_the_byline_credits_no_agency() -> None:
    """Not read: "By Europe correspondent A" names a beat, no agency."""
    source = _source(
        f"Ministers meet in Vienna\n\nBy Europe correspondent Ingrid Solberg\n\n{_STORY}"
    )
    assert source.agencies == ()


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("Addis Ababa (Ethiopia), 14/02/2026 (APA) - ", date(2026, 2, 14)),
        ("Nairobi, February 15/2026 (KNA) - ", date(2026, 2, 15)),
        ("Lusaka, 23.09.2026 (ZNIS) - ", date(2026, 9, 23)),
    ],
)
def test_a_full_date_in_the_dateline_dates_the_page(dateline: str, published: date) -> None:
    """Read: "Addis Ababa (Ethiopia), 14/02/2026 (APA) -" and "February 15/2026" date the page."""
    assert _source(f"Ministers meet\n\n{dateline}{_STORY}").published == published


@pytest.mark.parametrize("place", ["Windhoek, Namibia", "Nuku'alofa, Tonga", "Namibia"])
def test_a_title_case_place_over_the_date_line_keeps_the_date(place: str) -> None:
    """Read: "Windhoek, Namibia" / "Thursday 3 September 2026" under the headline."""
    text = f"Minister granted audience with President\n\n{place}\n\nThursday 3 September 2026\n\n"
    assert _source(text + _STORY).published == date(2026, 9, 3)


@pytest.mark.parametrize(
    ("closing", "published"),
    [
        ("Done at Banjul, 22 May 2026", date(2026, 5, 22)),
        ("Issued in Vienna on 3 June 2025.", date(2025, 6, 3)),
        ("Signed at Apia this 4th day of May 2024", date(2024, 5, 4)),
    ],
)
def test_a_documents_closing_formula_dates_it(closing: str, published: date) -> None:
    """Read: a communique closing "Done at Banjul, 22 May 2026" is dated that day."""
    text = f"JOINT COMMUNIQUE\n\n1. {_STORY}\n\n2. The two sides agreed to meet again.\n\n{closing}"
    assert _source(text).published == published


@pytest.mark.parametrize(
    "title",
    [
        "Foreign Ministry Spokesperson Ana Ruiz's Regular Press Conference on May 4, 2026",
        "Remarks by Minister Ana Ruiz at the Ocean Forum, 4 May 2026",
        "Joint Statement of the Foreign Ministers of Chile and Peru, 4 May 2026",
    ],
)
def test_a_documents_title_dates_it(title: str) -> None:
    """Read: a transcript's or statement's title giving its date ("... on May 4, 2026")."""
    assert _source(f"{title}\n\n{_STORY}").published == date(2026, 5, 4)


def test_a_news_headlines_future_date_does_not_date_the_page() -> None:
    """Not read: "Ministers to meet on May 4, 2026" announces a date, not the page's."""
    assert _source(f"Ministers to meet in Lima on May 4, 2026\n\n{_STORY}").published is None


@pytest.mark.parametrize(
    "stamp",
    [
        (
            "Anna Karlsson \u00b7 Nordic Times \u00b7 Posted: Jan 28, 2026 4:00 AM ET"
            " | Last Updated: 3 hours ago"
        ),
        "Anna Karlsson \u2022 Baltic Courier \u2022 Published: 28 January 2026",
    ],
)
def test_a_byline_of_fields_between_middle_dots_gives_author_and_date(stamp: str) -> None:
    """Read: "A · Outlet · Posted: Jan 28, 2026 ... | Last Updated: 3 hours ago"."""
    source = _source(f"Lindqvist and Vollmer agree to deepen energy ties\n\n{stamp}\n\n{_STORY}")
    assert source.authors == ("Anna Karlsson",)
    assert source.published == date(2026, 1, 28)


@pytest.mark.parametrize(
    ("banner", "agency"),
    [
        ("BTA - Bulgarian News Agency", "BTA"),
        ("KUNA \u2014 Kuwait News Agency", "KUNA"),
        ("BERNAMA - Malaysian National News Agency", "Bernama"),
    ],
)
def test_an_agencys_banner_after_a_dash_is_no_headline(banner: str, agency: str) -> None:
    """Read: "BTA - Bulgarian News Agency" opening the page is the agency's banner."""
    text = (
        f"{banner}\n\n12.05.2026 10:15\n\nNeighbours sign Danube bridge deal\n\nThe foreign"
        " ministers of Bulgaria and Romania signed a deal on Monday on a second bridge."
    )
    source = _source(text)
    assert source.headline == "Neighbours sign Danube bridge deal"
    assert source.agencies == (agency,)
    assert source.published == date(2026, 5, 12)


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Ministers meet in Lima - Reuters", "Reuters"),
        ("Peru and Chile talk trade \u2013 AFP", "AFP"),
        ("Ministers meet in Lima \u2014 The Andes Herald", "The Andes Herald"),
    ],
)
def test_an_outlet_or_agency_closing_the_title_is_cut_off(title: str, outlet: str) -> None:
    """Read: "Headline - Reuters", or after an en dash: the site's name is the outlet."""
    source = _source(f"{title}\n\n{_STORY}")
    assert source.headline == title.rsplit(" ", len(outlet.split()) + 1)[0]
    assert source.outlet == outlet


@pytest.mark.parametrize(
    "byline",
    [
        "Lydia Moana, Pacific journalist",
        "Lydia Moana, RNZ Pacific journalist",
        "Lydia Moana, Nordic Times senior reporter",
    ],
)
def test_a_bare_byline_with_its_job_in_lower_case_gives_the_writer(byline: str) -> None:
    """Read: "A, RNZ Pacific journalist" under the headline: A is the author."""
    source = _source(f"Ministers agree on energy ties\n\n{byline}\n\n{_STORY}")
    assert source.authors == ("Lydia Moana",)


@pytest.mark.parametrize(
    "head",
    [
        # a share bar between the page's date line and the names
        "10 September 2026, 4:52 pm\n\nShare this\n\nLydia Moana, RNZ Pacific journalist",
        # a standfirst, then the page's stamp, then the names with their job
        (
            "Talks in Vienna also cover trade\n\nPublished: July 02, 2026 14:35 Last updated: July"
            " 02, 2026 16:02\n\nLydia Moana, Senior Reporter\n\nHIGHLIGHTS"
        ),
        "Friday 11 September 2026\n\nLydia Moana",
    ],
)
def test_a_bare_byline_under_the_heads_stamp_or_share_bar_gives_the_writer(head: str) -> None:
    """Read: names under the head's date line, share bar or stamp, the story to come."""
    source = _source(f"Ministers agree on energy ties\n\n{head}\n\n{_STORY}\n\nTalks go on.")
    assert source.authors == ("Lydia Moana",)


def test_a_second_name_line_under_a_byline_is_no_author() -> None:
    """Not read: a line of capitalised words under a byline already read is no second author."""
    text = (
        "Ministers agree on energy ties\n\nLydia Moana\n\n10 September 2026\n\nShare Aa Follow"
        f" Us\n\n{_STORY}"
    )
    assert _source(text).authors == ("Lydia Moana",)


@pytest.mark.parametrize(
    ("trailer", "agencies", "authors"),
    [
        ("Additional reporting by PACNEWS.", ("PACNEWS",), ()),
        (
            "Additional reporting by The Harbour Times and Ana Diaz in Suva.",
            ("The Harbour Times",),
            (),
        ),
        (
            (
                "(Reporting by Jane Roe and Ana Diaz in Lima; Additional reporting by Mark Fell in"
                " London; Editing by Tom Hale)"
            ),
            (),
            ("Jane Roe", "Ana Diaz"),
        ),
    ],
)
def test_a_reporting_trailer_credits_outlets_and_not_its_contributors(
    trailer: str, agencies: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    """Read: "Additional reporting by PACNEWS" credits it; an additional reporter is no author."""
    source = _source(f"Ministers meet\n\n{_STORY}\n\nThe talks went on.\n\n{trailer}")
    assert source.agencies == agencies
    assert source.authors == authors


@pytest.mark.parametrize(
    ("credit", "agencies"),
    [("(DHA Photo)", ("DHA",)), ("(IHA PHOTO)", ("IHA",)), ("(Photo: MFA)", ())],
)
def test_a_photo_credit_by_an_agencys_initials_credits_it(
    credit: str, agencies: tuple[str, ...]
) -> None:
    """Read: a caption closing "(DHA Photo)"; not a handout "(Photo: MFA)"."""
    text = (
        "Ministers meet\n\nLindqvist (R) and Vollmer shake hands before their talks in Vienna."
        f" {credit}\n\n{_STORY}\n\nThe talks went on."
    )
    assert _source(text).agencies == agencies


@pytest.mark.parametrize(
    ("sentence", "agencies"),
    [
        ("The army, in a statement read on state broadcaster ZBX, denied it.", ("ZBX",)),
        ("The minister told state television RTX on Sunday that he was hopeful.", ("RTX",)),
        ("The state broadcaster said the talks were useful.", ()),
        ("A public television crew filmed the talks in Tallinn.", ()),
        ("The ministers later visited state radio ZBX headquarters.", ()),
    ],
)
def test_a_state_outlet_named_by_its_kind_is_credited(
    sentence: str, agencies: tuple[str, ...]
) -> None:
    """Read: "state broadcaster ZBX", "state television RTX" cite the outlet as a source."""
    assert _source(f"Ministers meet\n\n{_STORY}\n\n{sentence}").agencies == agencies


_ORG_AUTHOR_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministers agree on ferry links | Harbour Daily</title>
<meta property="og:site_name" content="Harbour Daily">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Ministers agree on ferry links", "datePublished": "2026-05-18T01:14:00+03:00",
"author": {author}, "publisher": {{"@type": "Organization", "name": "Harbour Daily"}}}}
</script></head>
<body><article><h1>Ministers agree on ferry links</h1>
<div class="meta"><span class="author">{byline}</span></div>
<p>The foreign ministers of Finland and Estonia agreed on Monday in Tallinn to add two ferry
links across the gulf before the summer season, officials said after the talks.</p>
<p>The new links will start in June and run until the end of September, the ministers said.</p>
</article></body></html>
"""


@pytest.mark.parametrize(
    ("author", "byline", "authors"),
    [
        ('{"@type": "Organization", "name": "Harbour Daily"}', "HARBOUR DAILY", ()),
        ('{"@type": "NewsMediaOrganization", "name": "Harbour Daily"}', "Harbour Daily", ()),
        ('{"@type": "Person", "name": "Harbour Daily"}', "by Harbour Daily", ("Harbour Daily",)),
        ('{"@type": "Person", "name": "Jane Roe"}', "Jane Roe", ("Jane Roe",)),
    ],
)
def test_a_site_typed_as_its_own_organisation_author_is_no_writer(
    author: str, byline: str, authors: tuple[str, ...]
) -> None:
    """Read: JSON-LD "author": {"@type": "Organization", "name": <the site>} names no one."""
    page = _ORG_AUTHOR_PAGE.format(author=author, byline=byline)
    assert _source(page).authors == authors


def test_a_meta_author_with_a_wire_gives_the_desk_and_credits_the_wire() -> None:
    """Read: <meta name="author" content="Harbour Daily with AA">: the desk, and AA."""
    page = _ORG_AUTHOR_PAGE.format(author='"Harbour Daily with AA"', byline="")
    source = _source(page)
    assert source.authors == ("Harbour Daily",)
    assert "AA" in source.agencies


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [("NTX WORLD", "NTX WORLD"), ("RTB Asia", "RTB Asia"), ("UAE", None)],
)
def test_a_broadcasters_initials_over_the_breadcrumb_name_the_outlet(
    masthead: str, outlet: str | None
) -> None:
    """Read: "NTX WORLD" over "News > Europe"; a country's initials ("UAE") are no outlet."""
    text = f"{masthead}\n\nNews > Europe\n\nMinister Meets Envoy over Energy Deal\n\n{_STORY}"
    source = _source(text)
    assert source.outlet == outlet
    assert source.headline == "Minister Meets Envoy over Energy Deal"


def test_a_masthead_in_capitals_over_a_long_section_path_names_the_outlet() -> None:
    """Read: "THE NAVIGATOR" over "Central Asia | Politics | Central Asia"."""
    text = (
        "THE NAVIGATOR\n\nCentral Asia | Politics | Central Asia\n\nA Handshake at the Pass:"
        " Can the Border Peace Hold?\n\nBy Anna Karlsson\nNovember 03, 2026\n\n" + _STORY
    )
    assert _source(text).outlet == "The Navigator"


@pytest.mark.parametrize(
    "dispatch",
    [
        "LIMA, July 18 [AP]\u2014The Peruvian foreign minister said today he was hopeful.",
        "QUITO, July 18 [UPI] - The Ecuadorean foreign minister said today he was hopeful.",
    ],
)
def test_a_dateline_credit_in_square_brackets_credits_the_agency(dispatch: str) -> None:
    """Read: "LIMA, July 18 [AP]—", opening the story or a later dispatch on the page."""
    agency = dispatch.split("[")[1].split("]", maxsplit=1)[0]
    assert agency in _source(f"Ministers meet\n\n{dispatch}\n\nMore talks are due.").agencies
    text = f"Ministers meet\n\nBy Anna Karlsson\n\n{_STORY}\n\nThe talks went on.\n\n{dispatch}"
    assert agency in _source(text + "\n\nMore talks are due.").agencies


@pytest.mark.parametrize(
    ("closing", "agencies"),
    [
        ("the talks would go on. \u2014 Antara.", ("Antara",)),
        ("the talks would go on. -- Reuter", ("Reuters",)),
        ("the talks would go on. \u2014 Jane Roe", ()),
    ],
)
def test_an_agency_after_a_dash_closing_a_paragraph_is_credited(
    closing: str, agencies: tuple[str, ...]
) -> None:
    """Read: "... forces them to. — Antara." credits the agency; a person's name does not."""
    text = f"Ministers meet\n\n{_STORY}\n\nThe President told reporters that {closing}\n"
    assert _source(text).agencies == agencies


@pytest.mark.parametrize(
    "head", ["GOV.NZ\n\nPress release", "Caspiannews.az", "www.harbourpost.co.uk\n\nWorld"]
)
def test_a_sites_address_opening_the_page_names_the_outlet(head: str) -> None:
    """Read: "GOV.NZ" over "Press release" and the title: the address names the outlet."""
    source = _source(f"{head}\n\nMinisters meet in Baku on energy\n\n{_STORY}")
    assert source.outlet == head.split("\n", maxsplit=1)[0]
    assert source.headline == "Ministers meet in Baku on energy"


_OLD_DISPATCH = (
    "MINISTERS MEET IN HOBART\n\nHOBART, March 3.-The foreign ministers of Australia and New"
    " Zealand met here today on fishing rights and shipping.\n\nThey will meet again in May."
)


@pytest.mark.parametrize(
    ("head", "outlet", "published"),
    [
        (
            (
                "The Harbour Star - Example News Archive Search\n\nThe Harbour Star (Hobart) -"
                " Tuesday, March 4, 1969 - Page 1"
            ),
            "The Harbour Star",
            date(1969, 3, 4),
        ),
        (
            (
                "Harbour Herald archive | Digitised from microfilm\n\nHARBOUR HERALD\nTuesday,"
                " November 20, 1973 -- Page 1"
            ),
            "Harbour Herald",
            date(1973, 11, 20),
        ),
        (
            "The Southern Courier (Dunedin) \u2014 Monday, June 2, 1975 \u2014 Page 3",
            "The Southern Courier",
            date(1975, 6, 2),
        ),
    ],
)
def test_an_archive_services_head_names_and_dates_the_paper(
    head: str, outlet: str, published: date
) -> None:
    """Read: "Paper - X Archive Search" / "Paper (Town) - Tuesday, March 4, 1969 - Page 1"."""
    source = _source(f"{head}\n\n{_OLD_DISPATCH}")
    assert source.outlet == outlet
    assert source.headline == "MINISTERS MEET IN HOBART"
    assert source.published == published


@pytest.mark.parametrize(
    ("citation", "outlet", "published"),
    [
        (
            "Harbour Tribune (1963-Current file); Jul 19, 1969;",
            "Harbour Tribune",
            date(1969, 7, 19),
        ),
        (
            "The Lakeside Courier (1881-1992); Mar 2, 1958; pg. 4",
            "The Lakeside Courier",
            date(1958, 3, 2),
        ),
    ],
)
def test_a_newspaper_databases_citation_names_and_dates_the_page(
    citation: str, outlet: str, published: date
) -> None:
    """Read: "Harbour Tribune (1963-Current file); Jul 19, 1969;" under the headline."""
    text = f"Salvador, Honduras Accept Truce\nDOE, JANE\n{citation}\n\n{_OLD_DISPATCH}"
    source = _source(text)
    assert source.outlet == outlet
    assert source.published == published
    assert source.headline == "Salvador, Honduras Accept Truce"


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("ISLAMABAD (Anadolu) - ", "Anadolu"),
        ("MOSCOW (ITAR-TASS) - ", "ITAR-TASS"),
        ("BEIRUT (NNA) - ", "NNA"),
    ],
)
def test_an_agencys_credited_name_is_kept_as_written(dateline: str, agency: str) -> None:
    """Read: "(Anadolu)", "(ITAR-TASS)" are kept as credited, not renamed "Anadolu Agency"."""
    assert _source(f"Ministers meet\n\n{dateline}{_STORY}").agencies == (agency,)


def test_a_generic_agency_name_before_known_initials_credits_the_initials() -> None:
    """Read: "the state-run National News Agency (NNA) reported": NNA, by its initials."""
    text = f"Ministers meet\n\n{_STORY}\n\nTroops fired near the border, the state-run National"
    text += " News Agency (NNA) reported."
    assert _source(text).agencies == ("NNA",)


def test_a_generic_agency_name_alone_is_kept_as_written() -> None:
    """Read: "the state-run National News Agency reported": no country's initials guessed."""
    text = f"Ministers meet\n\n{_STORY}\n\nTroops fired near the border, the state-run National"
    text += " News Agency reported."
    assert _source(text).agencies == ("National News Agency",)


@pytest.mark.parametrize(
    "letterhead", ["U.K. MINISTRY of DEFENCE", "MINISTRY of FOREIGN AFFAIRS and TRADE"]
)
def test_a_letterhead_in_capitals_but_its_small_words_is_no_headline(letterhead: str) -> None:
    """Read: "U.K. MINISTRY of DEFENCE" over a readout's title, label, office and date."""
    text = (
        f"{letterhead}\n\nMinister Doyle's Call with Foreign Minister Ruiz\n\nREADOUT\n\n"
        "OFFICE OF THE SPOKESPERSON\n\nJULY 8, 2026\n\nMinister Mark Doyle spoke today with"
        " Chilean Foreign Minister Ana Ruiz about fisheries."
    )
    source = _source(text)
    assert source.headline == "Minister Doyle's Call with Foreign Minister Ruiz"
    assert source.published == date(2026, 7, 8)


@pytest.mark.parametrize(
    ("dateline", "closing", "published"),
    [
        ("Lima, Oct 9 (EFE).- ", "(c) EFE 2026. All rights reserved.", date(2026, 10, 9)),
        ("QUITO, March 3 (XNA) - ", "Copyright 2025 Example News Agency.", date(2025, 3, 3)),
        ("QUITO, March 3 (XNA) - ", "\u00a9 2001-2025 Example Media", None),
    ],
)
def test_a_datelines_day_takes_the_year_of_the_copys_copyright_line(
    dateline: str, closing: str, published: date | None
) -> None:
    """Read: "Lima, Oct 9 (EFE).-" over "(c) EFE 2026.": 9 October 2026; a span of years, no."""
    text = f"Peru and Chile sign deal\n\n{dateline}{_STORY}\n\nMore talks are due.\n\n{closing}"
    assert _source(text).published == published


@pytest.mark.parametrize(
    "byline", ["By Our Staff Reporter", "By Our Special Correspondent", "BY OUR CORRESPONDENT"]
)
def test_a_byline_of_the_papers_unnamed_writer_gives_no_author(byline: str) -> None:
    """Read: "By Our Staff Reporter" names no writer and no desk: no author, not the story."""
    source = diplomeet.parse(f"Ministers meet\n\n{byline}\n\n{_STORY}", published=None)
    assert source.source.authors == ()
    assert byline not in source.text


def _page(head: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>'
        "<article><h1>Ministers agree on ferry links</h1><p>The foreign ministers of Finland"
        " and Estonia agreed on Monday in Tallinn to add two ferry links across the gulf"
        " before the summer season, officials said after the talks.</p><p>The new links will"
        " start in June and run until the end of September, the ministers said.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "site"),
    [
        (
            (
                '<meta property="og:title" content="Ministers agree on ferry links | Harbour'
                ' Daily"><meta property="article:published_time" content="2026-05-18T10:00:00Z">'
            ),
            "Harbour Daily",
        ),
        (
            (
                '<meta property="og:title" content="Ministers agree on ferry links \u2013 Baltic'
                ' Courier"><meta property="article:published_time" content="2026-05-18">'
            ),
            "Baltic Courier",
        ),
    ],
)
def test_an_og_title_closing_on_the_sites_name_gives_headline_and_outlet(
    head: str, site: str
) -> None:
    """Read: og:title "Headline | Harbour Daily" over the <h1> "Headline"."""
    source = _source(_page(head))
    assert source.headline == "Ministers agree on ferry links"
    assert source.outlet == site
    assert source.published == date(2026, 5, 18)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("BY JANE ROE AND MARK FELL", ("Jane Roe", "Mark Fell")),
        ("By ANA DIAZ AND TOMAS RUIZ in Lima", ("Ana Diaz", "Tomas Ruiz")),
    ],
)
def test_a_byline_in_capitals_joins_its_names_by_and(byline: str, authors: tuple[str, ...]) -> None:
    """Read: "BY JANE ROE AND MARK FELL" names two writers, not one."""
    assert _source(f"Ministers meet in Vienna\n\n{byline}\n\n{_STORY}").authors == authors


@pytest.mark.parametrize(
    ("closing", "authors", "agencies", "outlet"),
    [
        ("\u2014 Jane Roe for the Nordic Times", ("Jane Roe",), (), "Nordic Times"),
        ("- Jane Roe, for Reuters", ("Jane Roe",), ("Reuters",), None),
    ],
)
def test_a_writers_sign_off_for_an_outlet_gives_writer_and_outlet(
    closing: str, authors: tuple[str, ...], agencies: tuple[str, ...], outlet: str | None
) -> None:
    """Read: a story closing "— Jane Roe for the Nordic Times"."""
    source = _source(f"Ministers meet\n\n{_STORY}\n\nThe talks went on.\n\n{closing}")
    assert source.authors == authors
    assert source.agencies == agencies
    assert source.outlet == outlet


@pytest.mark.parametrize(
    ("sentence", "agencies"),
    [
        ("The Soviet news agency Tass said the guards had been attacked.", ("TASS",)),
        ("The Chinese news agency Xinhua reported the talks.", ("Xinhua",)),
        ("The official Kenyan news agency said the talks went well.", ()),
    ],
)
def test_an_agency_named_after_its_peoples_adjective_is_credited(
    sentence: str, agencies: tuple[str, ...]
) -> None:
    """Read: "the Soviet news agency Tass said": Tass, after the people's adjective."""
    assert _source(f"Ministers meet\n\n{_STORY}\n\n{sentence}").agencies == agencies


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("All rights reserved \u00a9 2026 Baltic Herald Ltd", "Baltic Herald"),
        ("(c) Copyright Nordic Times 2026", "Nordic Times"),
    ],
)
def test_a_copyright_line_in_other_orders_names_the_outlet(closing: str, outlet: str) -> None:
    """Read: "All rights reserved © 2026 X Ltd", "(c) Copyright X 2026" name the outlet."""
    source = _source(f"Ministers meet\n\n{_STORY}\n\nMore talks are due.\n\n{closing}")
    assert source.outlet == outlet


@pytest.mark.parametrize(
    ("byline", "authors", "outlet"),
    [
        ("Jane Roe | The Baltic Herald", ("Jane Roe",), "Baltic Herald"),
        ("Jane Roe | Mark Fell", ("Jane Roe", "Mark Fell"), None),
    ],
)
def test_a_bare_byline_with_its_paper_after_a_bar(
    byline: str, authors: tuple[str, ...], outlet: str | None
) -> None:
    """Read: "Jane Roe | The Baltic Herald": the writer and her paper; two names stay names."""
    source = _source(f"Ministers meet in Vienna\n\n{byline}\n\n{_STORY}")
    assert source.authors == authors
    assert source.outlet == outlet
