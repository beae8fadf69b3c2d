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
