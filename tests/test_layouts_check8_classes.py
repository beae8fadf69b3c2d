"""
Heads and feet of pages read from the retired ninth blind set (check8), in pages of our own.

Banners of an agency's service and of newspaper archives, a library database's record, a print
masthead's date line with its issue number, price or page, a byline with its job title run on,
and the dateline of a later dispatch.  Every page here is written for these tests; the people
are invented.
"""

from __future__ import annotations

import pytest

from diplomeet import outlets
from diplomeet.outlets import Layout

STORY = (
    "The foreign ministers of Ghana and Togo met on Tuesday to discuss border patrols.\n\n"
    "They agreed to meet again next month, officials said.\n"
)
HEADLINE = "Ghana, Togo Agree to Step Up Border Patrols"


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


@pytest.mark.parametrize(
    "banner",
    [
        "MAP Express  |  Maghreb Arabe Presse  |  English",
        "KUNA Online | Kuwait News Agency | English",
        "GNA Live | Ghana News Agency | Politics",
    ],
)
def test_an_agency_service_banner_over_a_section_label(banner: str) -> None:
    """'XNA Express | ... | English', then 'Politics': a banner and a label, no headline."""
    page = f"{banner}\n\nPolitics\n\n{HEADLINE}\n\nTuesday 08 September 2026 - 17:32\n\n{STORY}"
    layout = _split(page)
    assert layout.headline == HEADLINE
    assert str(layout.published) == "2026-09-08"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Thursday, May 22, 1986     No. 6,884      Price: 35n", "1986-05-22"),
        ("Monday 3 March 1975 - No. 12,041 - Price 10c", "1975-03-03"),
        ("Tuesday 15 September 1964, page 1", "1964-09-15"),
    ],
)
def test_a_print_date_line_with_its_issue_price_or_page(line: str, day: str) -> None:
    """The masthead's date line closing on the issue's number, its price or the page's."""
    layout = _split(f"THE EXAMPLE COURIER\n{line}\n\n{HEADLINE.upper()}\n\n{STORY}")
    assert str(layout.published) == day
    assert layout.headline == HEADLINE.upper()


@pytest.mark.parametrize(
    "banner",
    ["Trove  |  Digitised newspapers", "Papers Past | Historic Newspapers"],
)
def test_an_archive_banner_and_its_catalogue_title(banner: str) -> None:
    """'X | Digitised newspapers', then 'The Example Times (ACT : 1926 - 1995)': no headline."""
    page = (
        f"{banner}\n\nThe Example Times (ACT : 1926 - 1995)\nTuesday 15 September 1964, page 1"
        f"\n\n{HEADLINE.upper()}\n\n{STORY}"
    )
    layout = _split(page)
    assert layout.headline == HEADLINE.upper()
    assert layout.outlet == "The Example Times"
    assert str(layout.published) == "1964-09-15"


def test_a_library_database_record() -> None:
    """'Example Herald, The (FL)' and the record's fields over the headline and byline."""
    page = (
        "Example Herald, The (FL)\nFebruary 9, 1995\nSection: FRONT\nEdition: FINAL\nPage: 1A\n"
        f"Estimated printed pages: 2\n\n{HEADLINE.upper()}\n\nJOAN RIVERO Herald Staff Writer"
        f"\n\nArticle Text:\n\n{STORY}"
    )
    layout = _split(page)
    assert layout.headline == HEADLINE.upper()
    assert layout.authors == ("Joan Rivero",)
    assert str(layout.published) == "1995-02-09"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Jane Doe Staff Writer", ("Jane Doe",)),
        ("PETER OKELLO Nation Correspondent", ("Peter Okello",)),
        ("From Our Diplomatic Correspondent", ()),
    ],
)
def test_a_byline_with_its_job_title_run_on(byline: str, authors: tuple[str, ...]) -> None:
    """A name and its job on one line under the headline; a desk's line names no one."""
    layout = _split(f"{HEADLINE}\n{byline}\n\n{STORY}")
    assert layout.authors == authors


@pytest.mark.parametrize(
    ("dispatch", "agency"),
    [
        ("HARARE, Wednesday (ZANA).\n\nThe minister summoned the envoy today.", "ZANA"),
        ("KUALA LUMPUR, Monday (A.A.P.).\u2014Troops fought raiders today.", "AAP"),
        ("RABAT, Sept 9 (MAP) - The minister left for Dakar today.", "MAP"),
    ],
)
def test_the_dateline_of_a_later_dispatch_credits_its_agency(dispatch: str, agency: str) -> None:
    """A second item under its own dateline further down the page credits its agency."""
    page = f"{HEADLINE}\n\n{STORY}\nThe talks went on late.\n\n---\n\nSECOND ITEM\n\n{dispatch}\n"
    assert agency in _split(page).agencies


@pytest.mark.parametrize(
    ("last", "authors"),
    [
        ("Editor: Kadri Tamm", ("Kadri Tamm",)),
        ("Editors: Jaan Kask", ("Jaan Kask",)),
    ],
)
def test_an_editor_line_closing_a_page_with_no_byline(last: str, authors: tuple[str, ...]) -> None:
    """A broadcaster's site closes its story on 'Editor: Name', its one credited person."""
    layout = _split(f"{HEADLINE}\n\n{STORY}\n{last}\n")
    assert layout.authors == authors
    assert last not in layout.body


def test_an_editor_line_under_a_byline_adds_no_author() -> None:
    """With a byline above, the editor is no author."""
    layout = _split(f"{HEADLINE}\nBy Jane Doe\n\n{STORY}\nEditor: Kadri Tamm\n")
    assert layout.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("last", "agency"),
    [
        ("Additional reporting: AAP", "AAP"),
        ("Additional reporting: Reuters", "Reuters"),
        ("Reporting: AFP", "AFP"),
    ],
)
def test_a_reporting_credit_with_a_colon(last: str, agency: str) -> None:
    """'Additional reporting: AAP' credits the agency, as 'Additional reporting by AAP' does."""
    assert _split(f"{HEADLINE}\n\n{STORY}\n{last}\n").agencies == (agency,)
