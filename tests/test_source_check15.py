"""Source classes read from the development set check15, on pages of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _source(text: str) -> diplomeet.Source:
    return diplomeet.parse(text).source


@pytest.mark.parametrize(
    ("text", "headline", "published"),
    [
        (
            (
                "Solomon Star\nPapua New Guinea's first daily newspaper\n\nNATIONAL NEWS\n\n"
                "PNG, SI agree to a police hotline\n\nBy JOHN KAUPA\nThursday 26 March 2026\n\n"
                "PAPUA New Guinea and Solomon Islands have agreed to a hotline, the ministers "
                "said yesterday after their talks in Port Moresby."
            ),
            "PNG, SI agree to a police hotline",
            date(2026, 3, 26),
        ),
        (
            (
                "The Lagoon Ledger\nGhana's most trusted daily newspaper\n\nPOLITICS\n\n"
                "Accra and Lome agree to reopen the Aflao crossing\n\nBy Kofi Mensah-Darko\n"
                "Friday 6 March 2026\n\nGHANA and Togo have agreed to reopen the crossing, the "
                "two foreign ministers said on Thursday."
            ),
            "Accra and Lome agree to reopen the Aflao crossing",
            date(2026, 3, 6),
        ),
        (
            (
                "Harbour Tribune\nThe region's only independent weekly\n\nLOCAL\n\n"
                "Fiji and Tonga ministers meet over reef\n\nBy Litia Vakarau\n"
                "Tuesday 3 February 2026\n\nSUVA - The two ministers met yesterday in Suva and "
                "agreed to set up a joint survey of the reef."
            ),
            "Fiji and Tonga ministers meet over reef",
            date(2026, 2, 3),
        ),
    ],
)
def test_a_papers_motto_praising_itself_is_no_headline(
    text: str, headline: str, published: date
) -> None:
    """
    "Solomon Islands' first daily newspaper" under the masthead: the paper's motto.

    Praise of the paper ("first daily", "most trusted daily", "only independent weekly")
    says what the name over it is; the headline and the date under the byline are read.
    """
    source = _source(text)
    assert (source.headline, source.published) == (headline, published)


@pytest.mark.parametrize(
    ("text", "outlet", "headline", "author"),
    [
        (
            (
                "Bridgetown Express Newspapers\nwww.bridgetownexpress.com\n\nLOCAL NEWS\n\n"
                "Barbados and Grenada agree to share coast guard patrol data\n\nMarcia Holder\n"
                "Jan 9, 2026\n\nBARBADOS has agreed to share patrol data with Grenada, the "
                "foreign minister said on Thursday after talks in St George's."
            ),
            "Bridgetown Express Newspapers",
            "Barbados and Grenada agree to share coast guard patrol data",
            "Marcia Holder",
        ),
        (
            (
                "Stabroek Chronicle\nwww.stabroekchronicle.com\n\nREGIONAL\n\n"
                "Guyana and Suriname agree to patrol the Corentyne together\n\nDevika Persaud\n"
                "Mar 4, 2026\n\nGEORGETOWN - Guyana's foreign minister met her Surinamese "
                "counterpart on Tuesday and agreed to joint patrols on the river."
            ),
            "Stabroek Chronicle",
            "Guyana and Suriname agree to patrol the Corentyne together",
            "Devika Persaud",
        ),
        (
            (
                "The Nadi Courier\nhttps://nadicourier.com.fj/\n\n"
                "Fiji, Tonga ministers meet over reef dispute\n\nBy Litia Vakarau\n"
                "Tuesday 3 February 2026\n\nSUVA - The two ministers met yesterday and agreed "
                "to a joint survey of the reef."
            ),
            "The Nadi Courier",
            "Fiji, Tonga ministers meet over reef dispute",
            "Litia Vakarau",
        ),
    ],
)
def test_a_papers_name_over_its_web_address_is_the_masthead(
    text: str, outlet: str, headline: str, author: str
) -> None:
    """
    "Bridgetown Express Newspapers" / "www.bridgetownexpress.com": the name and its address.

    The address spells the name: the first line names the outlet, the address is the
    masthead's, and the headline, the byline and the date under it are read.
    """
    source = _source(text)
    assert (source.outlet, source.headline, source.authors) == (outlet, headline, (author,))


def test_a_line_over_an_address_that_does_not_spell_it_is_no_masthead() -> None:
    """A line over another site's address names no outlet."""
    source = _source("The ministers met yesterday\nwww.example.com\n\nSome text of the story.")
    assert source.outlet is None


@pytest.mark.parametrize(
    ("crumbs", "title"),
    [
        (
            "Home > Newsroom > Press Statements, Transcripts & Photos",
            "MFA Press Release: Visit of Minister for Foreign Affairs to Brunei, 4 to 5 May 2026",
        ),
        (
            "Home > Media > Speeches, Statements & Releases",
            "Joint Statement on the Second Meeting of the Boundary Committee",
        ),
    ],
)
def test_a_breadcrumb_with_a_comma_in_a_section_is_no_headline(crumbs: str, title: str) -> None:
    """
    "Home > Newsroom > Press Statements, Transcripts & Photos": a trail of sections.

    A section of several words set apart by a comma is still a crumb, not the headline.
    """
    text = (
        f"MINISTRY OF FOREIGN AFFAIRS\nSINGAPORE\n\n{crumbs}\n\n{title}\n\n06 May 2026\n\n"
        "The Minister for Foreign Affairs held talks with his Bruneian counterpart yesterday "
        "in Bandar Seri Begawan."
    )
    source = _source(text)
    assert (source.headline, source.published) == (title, date(2026, 5, 6))


@pytest.mark.parametrize(
    ("head", "outlet", "published"),
    [
        (
            "THE LEDGER: Dayton, Ohio, Tuesday, April 8, 1958          Page 1",
            "The Ledger",
            date(1958, 4, 8),
        ),
        (
            "3 -- RIVER ARGUS, Dubuque, Ia., Wed., June 11, 1958",
            "River Argus",
            date(1958, 6, 11),
        ),
        (
            "12 -- PRAIRIE SENTINEL, Salina, Kan., Sat., May 3, 1975",
            "Prairie Sentinel",
            date(1975, 5, 3),
        ),
    ],
)
def test_a_folio_with_its_town_after_a_colon_or_an_abbreviated_weekday(
    head: str, outlet: str, published: date
) -> None:
    """
    "THE LEDGER: Dayton, Ohio, Tuesday, ..." and "4 -- RIVER ARGUS, Dubuque, Iowa, Thurs.,".

    A folio's town may follow the name after a colon, and its weekday may be abbreviated
    with a point: the line names the paper and dates the issue, and is no headline.
    """
    text = (
        f"{head}\n\nEnvoys Meet on Border Row\n\nCAIRO (AP) -- The two foreign ministers met "
        "today for three hours and agreed to meet again next week."
    )
    source = _source(text)
    assert (source.outlet, source.headline, source.published) == (
        outlet,
        "Envoys Meet on Border Row",
        published,
    )


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        (
            "Egypt Halts Raids\nOn Libya; Sudan\nMediates Truce",
            "Egypt Halts Raids On Libya; Sudan Mediates Truce",
        ),
        (
            "Chile Recalls Envoy\nOver Border Row; Peru\nSeeks OAS Talks",
            "Chile Recalls Envoy Over Border Row; Peru Seeks OAS Talks",
        ),
    ],
)
def test_a_three_line_head_over_a_byline_is_one_headline(head: str, headline: str) -> None:
    """
    A head broken over three short lines, one break inside a phrase, over a byline: one head.

    Its second line is no writer's name.
    """
    text = (
        f"{head}\n\nBy JOHN A. MERRICK\nAssociated Press Writer\n\nCAIRO (AP) -- The two "
        "presidents met for three hours yesterday and agreed to a cease-fire."
    )
    source = _source(text)
    assert (source.headline, source.authors) == (headline, ("John A. Merrick",))


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("The talks went well, Croatian news agency HINA reported.", "hina"),
        ("The federal news agency Tanjug said the talks went well.", "tanjug"),
        ("The Hsinhua news agency broadcast a note of protest.", "hsinhua"),
        ("Tass reported that the Kremlin was pleased.", "tass"),
    ],
)
def test_an_agency_named_with_its_kind_or_in_other_letters_is_credited(
    sentence: str, agency: str
) -> None:
    """
    "news agency HINA reported", "the Hsinhua news agency", "Tass reported": the source.

    The words "news agency" beside a name the agency table knows make initials or a short
    name sure; so does the table's name in other letters ("Tass" for TASS).
    """
    text = f"Ministers meet\n\nZAGREB, June 3 - The ministers met on Tuesday. {sentence}"
    assert agency in {a.casefold() for a in _source(text).agencies}
