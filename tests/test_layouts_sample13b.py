"""
Layouts found as classes on the development sample ``sample13b``.

The sample was written before reading the rules.  Each class is tested on pages written
here: a menu of sections set apart by bars that opens on no "Home" ("Africa | Middle East |
World | Business"), which is no headline; a wire's dateline with its year, or day first,
whose bracketed agency runs into the story with no dash ("Abuja, March 19, 2026 (NAN) The
..."); a parliament's "Statement made on 15 September 2026", which dates the record.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            (
                "Gulf Courier\nGulf | Region | World | Economy | Opinion | Culture\n\nAnalysis\n\n"
                "Oman mediates again\n\nSamir Haddad, Monday 2 Mar 2026\n\nOmani diplomats met "
                "both delegations in Muscat on Sunday."
            ),
            "Oman mediates again",
        ),
        (
            (
                "Africa | Middle East | World | Business | Sport\n\nAccra and Lomé agree on "
                "border posts\n\nBy Esi Mensah\n\nThe two ministers met in Aflao on Friday."
            ),
            "Accra and Lomé agree on border posts",
        ),
        (
            (
                "Canada | Americas | Foreign Affairs | Trade\n\nOttawa names new envoy to "
                "Mexico\n\nThe minister announced the appointment on Monday."
            ),
            "Ottawa names new envoy to Mexico",
        ),
    ],
)
def test_a_menu_of_sections_set_apart_by_bars_is_no_headline(text: str, headline: str) -> None:
    """Read: "Gulf | Region | World | Economy" is a menu, whatever section opens it."""
    assert diplomeet.parse(text).source.headline == headline


def test_two_parts_set_apart_by_a_bar_stay_a_headline() -> None:
    """Guard: a headline with one bar in it ("Talks resume | Analysis") is no menu."""
    text = "Talks resume in Muscat | Analysis\n\nThe ministers met in Muscat on Sunday."
    assert diplomeet.parse(text).source.headline == "Talks resume in Muscat | Analysis"


@pytest.mark.parametrize(
    ("text", "agency", "published"),
    [
        (
            (
                "Ministers agree patrols\n\nAbuja, March 19, 2026 (NAN) The Minister of Foreign "
                "Affairs met his Beninese counterpart on Wednesday."
            ),
            "NAN",
            date(2026, 3, 19),
        ),
        (
            (
                "Ministers agree patrols\n\nLagos, 19 March 2026 (NAN) The ministers met on "
                "Wednesday in Lagos."
            ),
            "NAN",
            date(2026, 3, 19),
        ),
        (
            (
                "Talks on the Teesta\n\nDhaka, 4 March 2026 (BSS) The foreign secretaries met on "
                "Tuesday."
            ),
            "BSS",
            date(2026, 3, 4),
        ),
    ],
)
def test_a_bracketed_agency_after_a_full_date_with_no_dash(
    text: str, agency: str, published: date
) -> None:
    """Read: "Abuja, March 19, 2026 (NAN) The ..." credits NAN and dates the page."""
    source = diplomeet.parse(text).source
    assert agency in source.agencies
    assert source.published == published


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Statement made on 15 September 2026", date(2026, 9, 15)),
        ("Answered on 3 March 2026", date(2026, 3, 3)),
        ("Made on 3 March 2026", date(2026, 3, 3)),
    ],
)
def test_a_parliaments_statement_made_on_dates_the_record(line: str, published: date) -> None:
    """Read: a written statement's "Statement made on 15 September 2026" is its date."""
    text = f"Ghana: Ministerial Visit\n\n{line}\n\nThe Minister met the President on Monday."
    assert diplomeet.parse(text).source.published == published
