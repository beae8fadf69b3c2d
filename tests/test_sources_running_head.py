"""
A periodical's running head: its name in capitals with the issue's month, over its volume line.

sample16a's record of a foreign ministry's documents (a monthly's running head read as the
headline, the monthly not as the outlet) gave the class; the heads here are written for this
test, in other periodicals' styles, over a document of invented people.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_STORY = (
    "The following joint statement was issued in Nairobi on March 9, 1962 at the end of the"
    " visit of the Foreign Minister of Ghana.\n\n"
    "1. The two ministers reviewed the situation in the Congo and agreed to consult closely.\n"
)
_TITLE = "Joint Statement on the Talks between the Foreign Ministers of Kenya and Ghana"


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        (
            (
                "EXTERNAL AFFAIRS REVIEW                       MARCH 1962\n"
                "Vol. XII                                    No. 3\n\nKENYA"
            ),
            "External Affairs Review",
        ),
        (
            "CURRENT NOTES ON INTERNATIONAL AFFAIRS    JULY 1960\nVolume 31, Number 7",
            "Current Notes on International Affairs",
        ),
        ("THE COMMONWEALTH JOURNAL   October 1958\nVol. 4 No. 10", "Commonwealth Journal"),
    ],
)
def test_a_periodicals_running_head_names_the_outlet_and_is_no_headline(
    head: str, outlet: str
) -> None:
    """Read: "NAME   MONTH YEAR" over "Vol. N   No. N" is the periodical, not the title."""
    source = diplomeet.parse(f"{head}\n\n{_TITLE}\n\n{_STORY}").source
    assert source.outlet == outlet
    assert source.headline == _TITLE


def test_a_headline_closing_on_a_month_and_year_stays_the_headline() -> None:
    """Read: a title in capitals ending "MARCH 2026" with no volume line under it is the title."""
    source = diplomeet.parse(f"TALKS TO RESUME IN MARCH 2026\n\nBy Jane Roe\n\n{_STORY}").source
    assert source.headline == "TALKS TO RESUME IN MARCH 2026"
    assert source.outlet is None


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "EXTERNAL AFFAIRS REVIEW MARCH 1962\n\nThe envoys met on Monday.",
            "MARCH 1962",
            "1962-03",
        ),
        ("The treaty was signed in SEPTEMBER 1971 in Lusaka.", "in SEPTEMBER 1971", "1971-09"),
        ("QUARTERLY NOTES DECEMBER 2003\n\nThe envoys met on Monday.", "DECEMBER 2003", "2003-12"),
    ],
)
def test_a_month_in_capitals_before_its_year_is_a_date(
    text: str, expression: str, value: str
) -> None:
    """Read: "NOVEMBER 1956" in a running head or a line in capitals is the month of 1956."""
    dates = {ref.text: ref.value for ref in diplomeet.parse(text).dates}
    assert dates.get(expression) == value


def test_a_title_over_its_date_and_time_is_no_paper_head() -> None:
    """A transcript's title over its date line stays the headline: a date alone is no folio."""
    text = (
        "DAILY PRESS BRIEFING\nTUESDAY, APRIL 7, 2009, 1:05 P.M.\n\n"
        "BRIEFER: HOLLIS J. VANTERPOOL, DEPUTY SPOKESMAN\n\n"
        "MR. VANTERPOOL: Good afternoon.\n\nQUESTION: Anything on Haiti?\n\n"
        "MR. VANTERPOOL: Nothing new today.\n"
    )
    source = diplomeet.parse(text, published=date(2009, 4, 7)).source
    assert (source.outlet, source.headline) == (None, "DAILY PRESS BRIEFING")
