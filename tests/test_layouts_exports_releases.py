"""
The generic reader on archive exports, press releases and wire datelines (thirteenth session).

Factiva's coded fields (HD, BY, PD, SN, LP, TD ...) and its uncoded display form (headline,
byline, word count, date, source), a release's number standing under or for its label, the
place and date closing a release, and a Hijri date set before the Gregorian one in a dateline
or a date line.  Every page here is written for these tests; the people, papers and releases
are invented and no article is copied.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.outlets import Layout

STORY = (
    "The foreign ministers of Ghana and Togo met in Accra on Tuesday to discuss border patrols.\n"
    "\n"
    "They agreed to meet again next month, officials said.\n"
)


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


# --- Factiva's coded export -------------------------------------------------------------------

CODED_OWN_LINES = """HD
WEST AFRICA: MINISTERS MEET OVER FISHING DISPUTE

BY
By Kwame Asante-Boadu

WC
412 words

PD
4 March 2026

SN
Inter Press Service

SC
IPS

LA
English

CY
(c) 2026 IPS-Inter Press Service

LP
ACCRA, Mar 4 - The foreign ministers of Ghana and Togo met in Accra on Tuesday to settle a \
dispute over fishing grounds, officials said.

TD
"We will not let a boat come between us," the Ghanaian minister said after the talks.

CO
ips : Inter Press Service

RE
ghana : Ghana | togo : Togo

AN
Document ips0000020260304e2340000b
"""

CODED_ONE_LINE = """SE World
HD Ministers of Chile and Peru open talks on maritime border
BY Rosa Quintero Vidal
WC 380 words
PD 12 November 2025
SN The Andean Courier (Lima)
SC ANDCOU
PG A4
LA English
LP LIMA - The foreign ministers of Chile and Peru opened two days of talks in Lima on Tuesday.
IN 2019 the two countries signed a fisheries accord.
TD "We come in good faith," the Chilean minister, Tom\u00e1s Aravena Pinto, told reporters.
NS gdip : International Relations
AN Document andcou0020251112elbc0000x
"""


def test_factiva_codes_on_their_own_lines_give_the_source() -> None:
    """HD is the headline, BY the byline, PD the date, SN the agency; LP and TD the story."""
    layout = _split(CODED_OWN_LINES)
    assert layout.headline == "WEST AFRICA: MINISTERS MEET OVER FISHING DISPUTE"
    assert layout.authors == ("Kwame Asante-Boadu",)
    assert layout.agencies == ("IPS",)
    assert layout.published == date(2026, 3, 4)
    assert layout.body.split("\n\n")[1].startswith("ACCRA, Mar 4 - The foreign ministers")
    assert "We will not let a boat" in layout.body
    for code_or_index in ("\nWC", "412 words", "Document ips", "ghana : Ghana", "\nLA"):
        assert code_or_index not in layout.body


def test_factiva_codes_with_their_values_on_one_line() -> None:
    """'PD 12 November 2025' on one line; SN names a paper (its place in brackets dropped)."""
    layout = _split(CODED_ONE_LINE)
    assert layout.headline == "Ministers of Chile and Peru open talks on maritime border"
    assert layout.authors == ("Rosa Quintero Vidal",)
    assert layout.outlet == "The Andean Courier"
    assert layout.agencies == ()
    assert layout.published == date(2025, 11, 12)
    # a line of the story opening on a word in capitals is no code: "IN 2019 ..."
    assert "IN 2019 the two countries signed" in layout.body
    assert "We come in good faith" in layout.body
    assert "gdip" not in layout.body


def test_factiva_export_dates_the_article_without_a_caller_date() -> None:
    """The parsed article's source takes the PD field's date as stated in the text."""
    article = diplomeet.parse(CODED_OWN_LINES)
    assert article.source.published == date(2026, 3, 4)
    assert article.source.published_from == "text"
    assert article.source.agencies == ("IPS",)


# --- the uncoded display form ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "headline", "authors", "outlet", "agencies", "published"),
    [
        pytest.param(
            "Fiji and Tonga agree to review fisheries pact\nBy Semisi Tupou\n612 words\n"
            "18 September 2025\nPacific Islands Monitor\nPIMON\nEnglish\n"
            "Copyright 2025 Pacific Islands Monitor. All rights reserved.\n\n",
            "Fiji and Tonga agree to review fisheries pact",
            ("Semisi Tupou",),
            "Pacific Islands Monitor",
            (),
            date(2025, 9, 18),
            id="paper-with-byline",
        ),
        pytest.param(
            "Kenya, Uganda ministers meet on lake border\n1,024 words\n2 July 2024\n08:15\n"
            "Kyodo News\nKYODO\nEnglish\n(c) 2024 Kyodo News\n\n",
            "Kenya, Uganda ministers meet on lake border",
            (),
            "Kyodo",
            ("Kyodo",),
            date(2024, 7, 2),
            id="agency-time-no-byline",
        ),
        pytest.param(
            "World News\nMinisters of Namibia and Angola sign water accord\nLindiwe Shikongo\n"
            "845 words\nMarch 9, 2026\nThe Windhoek Ledger\nA3\nEnglish\n\n",
            "Ministers of Namibia and Angola sign water accord",
            ("Lindiwe Shikongo",),
            "The Windhoek Ledger",
            (),
            date(2026, 3, 9),
            id="section-bare-byline-page",
        ),
    ],
)
def test_an_uncoded_export_head_is_read_as_a_page_head(  # noqa: PLR0913, PLR0917 - the table's columns
    head: str,
    headline: str,
    authors: tuple[str, ...],
    outlet: str,
    agencies: tuple[str, ...],
    published: date,
) -> None:
    """Headline, byline, word count, date, source, code, language, copyright, then the story."""
    layout = _split(head + STORY)
    assert layout.headline == headline
    assert layout.authors == authors
    assert layout.outlet == outlet
    assert layout.agencies == agencies
    assert layout.published == published
    assert "words" not in layout.body
    assert layout.body.endswith("officials said.")


# --- Nexis Uni's export ----------------------------------------------------------------------

NEXIS_UNI = """Ministers of Peru and Bolivia meet over lake border
{source}
March 4, 2026 Wednesday
Copyright 2026 {holder} All Rights Reserved

Section: WORLD; Pg. 12
Length: 412 words
Byline: Luc\u00eda Ferrer
Dateline: LIMA

Body

The foreign ministers of Peru and Bolivia met in Lima on Tuesday to discuss the lake border.

"We will not let a boat come between us," the Bolivian minister said.

Load-Date: March 5, 2026

End of Document
"""


@pytest.mark.parametrize(
    ("source", "outlet", "agencies"),
    [
        pytest.param("The Andean Courier (Lima)", "The Andean Courier", (), id="paper"),
        pytest.param("Agence France Presse -- English", "AFP", ("AFP",), id="agency-service"),
    ],
)
def test_a_nexis_uni_export_is_read_as_a_page(
    source: str, outlet: str, agencies: tuple[str, ...]
) -> None:
    """The unlabelled head (headline, source, date) and the title-case fields give the source."""
    layout = _split(NEXIS_UNI.format(source=source, holder=source.split(" (", maxsplit=1)[0]))
    assert layout.headline == "Ministers of Peru and Bolivia meet over lake border"
    assert layout.authors == ("Luc\u00eda Ferrer",)
    assert layout.outlet == outlet
    assert layout.agencies == agencies
    assert layout.published == date(2026, 3, 4)
    assert layout.dateline is not None
    assert layout.dateline.startswith("LIMA")
    for field in ("Length:", "Section:", "Load-Date", "End of Document", "\n\nBody"):
        assert field not in layout.body


# --- press releases --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "foot", "published"),
    [
        pytest.param(
            "Ministry of Foreign Affairs\nRepublic of Examplia\n\nPress Release\nNo. 287/2026\n\n",
            "\nIslamabad\n14 October 2026\n",
            date(2026, 10, 14),
            id="number-under-label-place-over-date",
        ),
        pytest.param(
            "Department of Foreign Affairs\nRepublic of Examplia\n\nPR No. 112/2026\n\n",
            "\nLima, 4 March 2026\n",
            date(2026, 3, 4),
            id="number-as-label-place-and-date",
        ),
        pytest.param(
            "Global Affairs Office\n\nNews Release\nNo. 45 - 2026\n\n",
            "\nOttawa\nMarch 4, 2026\n",
            date(2026, 3, 4),
            id="number-with-spaced-year",
        ),
    ],
)
def test_a_release_number_is_no_headline_and_its_foot_dates_it(
    head: str, foot: str, published: date
) -> None:
    """The title after the release's number is the headline; the closing date line dates it."""
    layout = _split(f"{head}Foreign Secretary receives the Ambassador of Peru\n\n{STORY}{foot}")
    assert layout.headline == "Foreign Secretary receives the Ambassador of Peru"
    assert layout.published == published


@pytest.mark.parametrize(
    "foot",
    [
        pytest.param("The accord was signed on 4 March 2026.", id="sentence"),
        pytest.param("Ministers to meet again\n\n4 March 2026", id="listed-item-date-no-place"),
    ],
)
def test_a_foot_without_a_place_and_date_line_does_not_date_the_story(foot: str) -> None:
    """Only a place and date (on one line, or a known place over the date) close a document."""
    layout = _split(f"Ministers meet over border\n\n{STORY}\n{foot}\n")
    assert layout.published is None


# --- Hijri dates before the Gregorian ones -----------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "agencies", "published"),
    [
        pytest.param(
            "Kuwait City, Shawwal 9, 1447, March 29, 2026, KUNA --",
            ("KUNA",),
            date(2026, 3, 29),
            id="hijri-month-first-bare-agency",
        ),
        pytest.param(
            "Muscat, 3 Rabi al-Awwal 1448 AH / 16 August 2026 (Xinhua) -",
            ("Xinhua",),
            date(2026, 8, 16),
            id="hijri-day-first-slash-bracketed-agency",
        ),
    ],
)
def test_a_hijri_date_before_the_gregorian_one_in_a_wire_dateline(
    dateline: str, agencies: tuple[str, ...], published: date
) -> None:
    """The Gregorian date after the Hijri one dates the wire; its agency is credited."""
    layout = _split(
        "Minister receives Jordanian envoy\n\n"
        f"{dateline} The foreign minister received the Jordanian ambassador today to discuss "
        "trade.\n\nThey agreed to meet again.\n"
    )
    assert layout.agencies == agencies
    assert layout.published == published
    assert "1447" not in layout.body.split("\n\n")[0]
    assert "1448" not in layout.body.split("\n\n")[0]


def test_a_hijri_date_before_the_gregorian_one_in_a_date_line() -> None:
    """'Jeddah, 21 Safar 1448 AH / 5 August 2026' on its own line is the page's date."""
    layout = _split(
        "Minister receives Yemeni counterpart\n\nJeddah, 21 Safar 1448 AH / 5 August 2026\n\n"
        + STORY
    )
    assert layout.headline == "Minister receives Yemeni counterpart"
    assert layout.published == date(2026, 8, 5)


# --- the page's date in forms of wires and press offices ---------------------------------------


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        pytest.param("April 16, 2026 / 2:05 PM", date(2026, 4, 16), id="slash-before-time"),
        pytest.param("16-Apr-2026", date(2026, 4, 16), id="hyphenated-day-month-year"),
        pytest.param("Dated: 16 April 2026", date(2026, 4, 16), id="dated-label"),
        pytest.param("Release date: 9 May 2025", date(2025, 5, 9), id="release-date-label"),
        pytest.param("Date of issue: 3 June 2024", date(2024, 6, 3), id="date-of-issue-label"),
    ],
)
def test_a_date_line_in_a_form_of_its_own_dates_the_page(stamp: str, published: date) -> None:
    """The line under the headline states the page's date; it is no headline."""
    layout = _split(f"Ministers agree to reopen border crossing\n\n{stamp}\n\n{STORY}")
    assert layout.headline == "Ministers agree to reopen border crossing"
    assert layout.published == published


def test_a_wire_dateline_on_its_own_line_credits_its_agency() -> None:
    """'Bissau, April 16, 2026 (Lusa)' alone on its line dates the copy and credits Lusa."""
    layout = _split(
        f"Ministers agree to reopen border crossing\n\nBissau, April 16, 2026 (Lusa)\n\n{STORY}"
    )
    assert layout.agencies == ("Lusa",)
    assert layout.published == date(2026, 4, 16)
    assert "(Lusa)" not in layout.body


@pytest.mark.parametrize(
    ("dateline", "agency", "published"),
    [
        pytest.param("Windhoek, 16 Apr 2026 (Nampa) -", "Nampa", date(2026, 4, 16), id="dated"),
        pytest.param("Gaborone, 16 April (Bopa) -", "Bopa", None, id="no-year"),
    ],
)
def test_a_day_first_title_case_dateline_credits_an_agency_the_table_lacks(
    dateline: str, agency: str, published: date | None
) -> None:
    """'Windhoek, 16 Apr 2026 (Nampa) -': a place, the day first, then the agency's name."""
    layout = _split(
        f"Ministers agree to reopen border crossing\n\n{dateline} The foreign ministers of "
        "Namibia and Angola agreed on Wednesday to reopen the crossing, officials said.\n\n"
        "They met for three hours.\n"
    )
    assert layout.agencies == (agency,)
    assert layout.published == published
