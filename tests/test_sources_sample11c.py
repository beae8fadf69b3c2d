"""
Source credits found in the development sample ``sample11c`` (its README).

Each class is checked on pages written for these tests (invented people; other outlets,
agencies and places than the sample's).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_BODY = (
    "The two governments traded accusations on Monday after the incident, officials said.\n\n"
    "The talks are expected to continue next week."
)


def _source(head: str, tail: str = "", first: str = "") -> diplomeet.Source:
    text = f"Border row deepens as envoys are summoned\n\n{head}{_BODY}\n\n{tail}\n"
    if first:
        text = f"Border row deepens as envoys are summoned\n\n{first}\n\n{_BODY}\n\n{tail}\n"
    return diplomeet.parse(text, published=date(2026, 6, 10)).source


@pytest.mark.parametrize(
    ("tail", "agencies"),
    [
        ("\u2014 With reports from Agence France-Presse", ("AFP",)),
        ("-- AFP, with additional reporting by Reuters in Srinagar", ("Reuters", "AFP")),
        ("(With reporting by AP in Lagos)", ("AP",)),
        ("With additional reporting by Reuters in Hong Kong", ("Reuters",)),
    ],
)
def test_a_reporting_credit_with_a_dash_a_wire_or_a_place_credits_the_agencies(
    tail: str, agencies: tuple[str, ...]
) -> None:
    """'— With reports from X', 'AFP, with additional reporting by Reuters in Y' credit both."""
    assert set(_source("", tail).agencies) == set(agencies)


@pytest.mark.parametrize(
    ("first", "agencies"),
    [
        (
            "KAMPALA, June 8 (A.A.P.-Reuter).-Ugandan troops crossed the border on Monday.",
            ("AAP", "Reuters"),
        ),
        ("CANBERRA, June 8 (AAP/AP) - Two fishing boats were seized on Monday.", ("AAP", "AP")),
    ],
)
def test_a_pooled_dateline_credit_credits_each_agency(
    first: str, agencies: tuple[str, ...]
) -> None:
    """'(A.A.P.-Reuter)': a pooled credit of two agencies, each credited."""
    assert set(_source("", first=first).agencies) == set(agencies)


@pytest.mark.parametrize(
    ("first", "agency"),
    [
        ("VILNIUS, June 8, BNS - Lithuania summoned the Belarusian envoy on Monday.", "BNS"),
        ("BISHKEK, June 8, Kabar - Kyrgyzstan protested to Tajikistan on Monday.", "Kabar"),
        ("RIGA, June 8, ELTA - Latvia closed the crossing on Monday.", "ELTA"),
    ],
)
def test_regional_wires_in_a_dateline_are_credited(first: str, agency: str) -> None:
    """The Baltic and Central Asian wires (data table) are credited from their datelines."""
    assert _source("", first=first).agencies == (agency,)


@pytest.mark.parametrize(
    "byline",
    [
        "By Amaka Obi, Abuja & Tunde Bello, Calabar",
        "By Rhoda Mensah, Accra and Kwesi Darko, Tamale",
    ],
)
def test_a_second_writers_filing_place_is_no_outlet(byline: str) -> None:
    """'By X, Abuja & Y, Calabar': Calabar is where Y filed, as Abuja is X's."""
    src = _source(f"{byline}\n\n")
    assert src.outlet is None
    assert len(src.authors) == 2


@pytest.mark.parametrize("name", ["Vanguard", "ThisDay"])
def test_a_national_daily_over_a_section_line_is_the_outlet(name: str) -> None:
    """A Nigerian daily's name above its section line and headline (data table): the outlet."""
    text = (
        f"{name}\n\nNEWS\n\nBorder row deepens as envoys are summoned\n\nJune 10, 2026\n\n"
        f"By Amaka Obi, Abuja\n\n{_BODY}\n"
    )
    assert diplomeet.parse(text, published=date(2026, 6, 10)).source.outlet == name


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("June 9, 2026 4:51 PM GMT+4 Updated 2 hours ago", date(2026, 6, 9)),
        ("June 9, 2026 16:51 UTC-05:00", date(2026, 6, 9)),
        ("9 June 2026 08:10 GMT+2", date(2026, 6, 9)),
    ],
)
def test_a_date_line_with_a_zone_offset_and_an_age_dates_the_story(stamp: str, day: date) -> None:
    """'June 9, 2026 4:51 PM GMT+4 Updated 2 hours ago': the story's date, read from the text."""
    text = f"Border row deepens as envoys are summoned\n\nBy Amaka Obi\n\n{stamp}\n\n{_BODY}\n"
    src = diplomeet.parse(text).source
    assert (src.published, src.published_from) == (day, "text")


@pytest.mark.parametrize(
    ("top", "title"),
    [
        ("U.S. DEPARTMENT of STATE", "Secretary Lane's Call with Kenyan Foreign Minister Odhiambo"),
        (
            "Ministry of Foreign Affairs, Republic of Kenya",
            "Minister Odhiambo's Call with Secretary Lane",
        ),
        (
            "FOREIGN, COMMONWEALTH & DEVELOPMENT OFFICE",
            "Foreign Secretary's Call with Kenyan Minister",
        ),
    ],
)
def test_a_ministry_masthead_over_a_breadcrumb_ending_in_the_title_is_no_headline(
    top: str, title: str
) -> None:
    """A ministry's name over 'Home > ... > Title' and 'Title': the title is the headline."""
    text = (
        f"{top}\n\nHome > Press Releases > {title}\n\n{title}\n\nREADOUT\n\nJUNE 9, 2026\n\n"
        "Secretary of State Mark Lane spoke today with Foreign Minister Amina Odhiambo about "
        "regional security.\n\nThe two ministers agreed to meet again soon.\n"
    )
    src = diplomeet.parse(text).source
    assert src.headline == title
    assert src.published == date(2026, 6, 9)


@pytest.mark.parametrize(
    ("first", "agency"),
    [
        (
            "Addis Ababa (Ethiopia), 09/06/2026 (APA) - Kenya and Uganda held talks on Monday.",
            "APA",
        ),
        ("Dakar (Senegal), 09/06/2026 (AFP) - Senegal and Gambia held talks on Monday.", "AFP"),
    ],
)
def test_a_dateline_naming_its_country_in_brackets_credits_the_agency(
    first: str, agency: str
) -> None:
    """'Addis Ababa (Ethiopia), 09/06/2026 (APA) -': the bracketed country is the place's."""
    assert agency in _source("", first=first).agencies


@pytest.mark.parametrize(
    "bar", ["Share Tweet Email Print", "Facebook Twitter WhatsApp Email", "Share Copy Link Print"]
)
def test_a_share_bar_under_the_headline_is_no_byline(bar: str) -> None:
    """'Share Tweet Email Print' under the headline: buttons, not an author."""
    assert _source(f"{bar}\n\n").authors == ()
