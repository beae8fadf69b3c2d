"""
Page heads and trailers of the Source record: classes left over on check14, on pages written here.

A paper's name over its motto or its trail set in capitals, an agency's name in its own
language over its banner, a dash before a reporting credit, a courtesy photo credit.  People,
outlets and stories are invented.
"""

from __future__ import annotations

import pytest

import diplomeet

_STORY = (
    "ACCRA - Ghana and Togo have agreed to hold talks on the lagoon border, officials said on"
    " Tuesday.\n\nA working group will report in August.\n"
)
_TITLE = "Ghana and Togo take lagoon dispute to talks"


def _source(text: str) -> diplomeet.Source:
    return diplomeet.parse(text).source


@pytest.mark.parametrize(
    ("name", "motto", "outlet"),
    [
        ("KESTREL", "Zambia's independent newspaper", "Kestrel"),
        ("LAKEVIEW", "The valley's oldest daily", "Lakeview"),
        ("SUNBIRD", "Malawi's leading weekly", "Sunbird"),
    ],
)
def test_name_over_a_motto_calling_it_a_paper_is_the_outlet(
    name: str, motto: str, outlet: str
) -> None:
    """Page: "KESTREL" / "Zambia's independent newspaper": the name over the motto is the outlet."""
    text = f"{name}\n{motto}\n\nNEWS | DIPLOMACY\n\n{_TITLE}\n\nBy Mwila Banda\n10 March 2026\n\n"
    source = _source(text + _STORY)
    assert source.outlet == outlet
    assert source.headline == _TITLE


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("COAST BUSINESS", "Coast Business"), ("REEF TRADER", "Reef Trader")],
)
def test_a_brand_in_capitals_over_its_trail_is_the_outlet(name: str, outlet: str) -> None:
    """Page: "COAST BUSINESS" / "Regional | Ghana | Togo": a capitals brand over its trail."""
    text = f"{name}\nRegional | Ghana | Togo\n\n{_TITLE}\n\nKwame Asante\nJune 25, 2026\n\n"
    source = _source(text + _STORY)
    assert source.outlet == outlet
    assert source.headline == _TITLE


def test_a_place_in_capitals_over_a_trail_is_no_outlet() -> None:
    """Page: "WEST AFRICA" over a trail is a region, no masthead."""
    text = f"WEST AFRICA\nRegional | Ghana | Togo\n\n{_TITLE}\n\nKwame Asante\nJune 25, 2026\n\n"
    assert _source(text + _STORY).outlet is None


@pytest.mark.parametrize(
    "name", ["Agence Examplaise de Presse", "Examplia Presse Service", "Agenzia Stampa Examplia"]
)
def test_an_agency_name_over_its_banner_is_no_headline(name: str) -> None:
    """Page: "Agence Examplaise de Presse" / "XPA - Examplia Press Agency": both are the banner."""
    banner = "XPA - Examplia Press Agency\nPolitics"
    text = f"{name}\n{banner}\n\n{_TITLE}\nThursday, 14 May 2026 18:40\n\n"
    source = _source(text + _STORY)
    assert source.headline == _TITLE
    assert source.published is not None
    assert source.published.isoformat() == "2026-05-14"


@pytest.mark.parametrize(
    ("trailer", "agency"),
    [
        ("\u2013 Additional reporting by Reuters", "Reuters"),
        ("\u2014 Reporting by AFP", "AFP"),
        ("- Additional reporting by Tropnews", "Tropnews"),
        ("Additional reporting by Afripress", "Afripress"),
    ],
)
def test_a_reporting_credit_after_a_dash_credits_the_agency(trailer: str, agency: str) -> None:
    """Page: "- Additional reporting by Reuters", "Additional reporting by Afripress": credited."""
    text = f"{_TITLE}\n\nBy Kwame Asante\nJune 25, 2026\n\n{_STORY}\n{trailer}\n"
    source = _source(text)
    assert agency in source.agencies
    assert source.authors == ("Kwame Asante",)


@pytest.mark.parametrize(
    ("caption", "agency"),
    [
        ("The two ministers at the ministry on Tuesday (Pic courtesy AFP)", "AFP"),
        ("The ministers in Lome (Photo courtesy of Reuters)", "Reuters"),
        ("The talks in Accra on Monday (Pic courtesy Tropnews)", "Tropnews"),
    ],
)
def test_a_courtesy_photo_credit_credits_the_agency(caption: str, agency: str) -> None:
    """Page: "(Pic courtesy AFP)", "(Photo courtesy of Reuters)" in a caption credit the agency."""
    html = (
        f"<html><body><h1>{_TITLE}</h1><p>By Kwame Asante</p><p>June 25, 2026</p>"
        f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
        "<p>ACCRA - Ghana and Togo have agreed to hold talks on the lagoon border, officials"
        " said on Tuesday.</p><p>A working group will report in August.</p></body></html>"
    )
    assert agency in _source(html).agencies


def test_a_courtesy_credit_naming_a_person_credits_no_agency() -> None:
    """Page: "(Photo courtesy Ama Owusu)": a person's photo, no agency."""
    html = (
        f"<html><body><h1>{_TITLE}</h1><p>June 25, 2026</p>"
        "<figure><img src='a.jpg'><figcaption>The ministers (Photo courtesy Ama Owusu)"
        "</figcaption></figure><p>ACCRA - Ghana and Togo have agreed to hold talks, officials"
        " said on Tuesday.</p></body></html>"
    )
    assert _source(html).agencies == ()
