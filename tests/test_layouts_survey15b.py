# News typography (dashes) is what these heads hold:
# ruff: noqa: RUF001, RUF002
"""
Page heads of the Source record from the second survey of heads the rules had not seen.

Heads were written in the forms real tools export (a web archive's capture, a parliament's
record, a monitoring service's digest, newsletter platforms and e-mail headers, broadcasters'
datelines, a desk and its agency between bars) and are tested here on further heads written
here, with invented people and outlets.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_STORY = (
    "The foreign ministers of the two countries met on Tuesday to discuss fishing rights and"
    " the return of a detained crew, officials said after the talks.\n\n"
    '"We agreed that no incident at sea should harm our friendship," Minister Halvard Ostenby'
    " told reporters.\n\nA joint commission will meet next month to draw up patrol rules."
)
_TITLE = "Ghana and Togo agree joint customs post at Aflao"


def _source(text: str) -> diplomeet.Source:
    return diplomeet.parse(text).source


@pytest.mark.parametrize(
    "banner",
    [
        "HOUSE OF ASSEMBLY OF BARBADOS\nOFFICIAL REPORT (HANSARD)",
        "KENYA NATIONAL ASSEMBLY\nPARLIAMENTARY DEBATES",
        "LOK SABHA\nPARLIAMENTARY DEBATES",
        "SOUTH ASIA MONITORING DAILY DIGEST",
        "REGIONAL MONITORING INTERNATIONAL REPORTS",
    ],
)
def test_a_records_banner_is_no_headline(banner: str) -> None:
    """Read: a record's or a monitoring service's banner in capitals is skipped, dated under."""
    source = _source(f"{banner}\n\n{_TITLE}\n\nThursday, 3 October 2024\n\n{_STORY}")
    assert (source.headline, source.published) == (_TITLE, date(2024, 10, 3))


def test_a_capitals_headline_on_a_debate_stays() -> None:
    """Kept: "SENATE DEBATES FISHERIES TREATY" is a headline, not a record's banner."""
    title = "SENATE DEBATES FISHERIES TREATY"
    assert _source(f"{title}\n\nThursday, 3 October 2024\n\n{_STORY}").headline == title


@pytest.mark.parametrize(
    "capture",
    [
        "The Wayback Machine - https://web.archive.org/web/20241003101500/https://example.org/a",
        (
            "archive.today webpage capture\nSaved from https://www.example.org/news/a"
            " 3 Oct 2024 10:15:00 UTC\nAll snapshots from host www.example.org"
        ),
    ],
)
def test_a_web_archives_banner_is_no_headline(capture: str) -> None:
    """Read: an archive's capture lines over the page are skipped; its byline still read."""
    source = _source(f"{capture}\n\n{_TITLE}\n\nBy Efua Mensimah\n3 October 2024\n\n{_STORY}")
    assert (source.headline, source.authors) == (_TITLE, ("Efua Mensimah",))


@pytest.mark.parametrize(
    ("fields", "outlet"),
    [
        (
            (
                "From: The Volta Letter <letter@volta.example>\nDate: Thu, 3 Oct 2024 06:00:00"
                f" +0000\nSubject: {_TITLE}\nTo: reader@example.org"
            ),
            "The Volta Letter",
        ),
        (
            (
                'From: "Coastal Desk" <desk@coastal.example>\nSent: Thursday, October 3, 2024'
                f" 6:30 AM\nTo: list@example.org\nSubject: Fwd: {_TITLE}"
            ),
            "Coastal Desk",
        ),
        (
            f"From: news@volta.example\nSubject: {_TITLE}\nDate: 3 October 2024",
            None,
        ),
    ],
)
def test_an_emails_fields_give_headline_date_and_sender(fields: str, outlet: str | None) -> None:
    """Read: the subject is the headline, the date field dates it, a sender's name the outlet."""
    source = _source(f"{fields}\n\n{_STORY}")
    assert (source.headline, source.published, source.outlet) == (
        _TITLE,
        date(2024, 10, 3),
        outlet,
    )


def test_a_from_line_in_the_story_is_no_mail() -> None:
    """Kept: a "From:" field alone, with no subject, leaves the head as it is."""
    source = _source(f"{_TITLE}\n\nFrom: Efua Mensimah in Accra\n\n{_STORY}")
    assert source.headline == _TITLE


@pytest.mark.parametrize(
    ("bar", "desk", "agency"),
    [
        ("Foreign Desk | Xinhua", "Foreign Desk", "Xinhua"),
        ("Coastal News | GNA", "Coastal News", "GNA"),
        ("Politics Desk | MPA", "Politics Desk", "MPA"),
    ],
)
def test_a_desk_and_its_agency_between_bars(bar: str, desk: str, agency: str) -> None:
    """Read: "Foreign Desk | Xinhua" under the headline: the desk writes, the agency is credited."""
    source = _source(f"{_TITLE}\n\n{bar}\n\n3 October 2024\n\n{_STORY}")
    assert (desk in source.authors, agency in source.agencies, source.published) == (
        True,
        True,
        date(2024, 10, 3),
    )


def test_a_section_and_an_agency_between_bars_is_no_desk() -> None:
    """Kept: "World | Agency" names no desk: no byline is read from it."""
    source = _source(f"{_TITLE}\n\nWorld | MPA\n\n3 October 2024\n\n{_STORY}")
    assert source.authors == ()


@pytest.mark.parametrize(
    ("lead", "agency"),
    [
        ("Dakar (RFI) – The foreign ministers of Senegal and Gambia met", "RFI"),
        ("Nairobi, Kenya (VOA) - The foreign ministers of Kenya and Somalia met", "VOA"),
        ("Vilnius (DW) — The defence ministers of Lithuania and Poland met", "DW"),
    ],
)
def test_a_broadcasters_initials_in_a_title_case_dateline(lead: str, agency: str) -> None:
    """Read: "Dakar (RFI) –" credits the broadcaster's reporting, as "(Reuters)" does."""
    source = _source(f"{_TITLE}\n\n{lead} on Tuesday to discuss fishing rights.\n\n{_STORY}")
    assert agency in source.agencies


def test_a_capitals_datelines_own_initials_name_the_outlet_alone() -> None:
    """Kept: "LOME, Togo (NHK) --" is the outlet's own capitals dateline, no agency credit."""
    lead = "LOME, Togo (NHK) -- The foreign ministers of the two countries met on Tuesday."
    assert _source(f"{_TITLE}\n\n{lead}\n\n{_STORY}").agencies == ()


def test_a_body_in_brackets_after_a_place_is_no_credit() -> None:
    """Kept: "Geneva (UN) -" names the body the story is about, no broadcaster."""
    lead = "Geneva (UN) - The foreign ministers of the two countries met on Tuesday."
    assert _source(f"{_TITLE}\n\n{lead}\n\n{_STORY}").agencies == ()


@pytest.mark.parametrize(
    "name",
    ["The Volta Brief", "Sahel Letter", "Caspian Notes", "Mekong Memo", "The Andes Briefing"],
)
def test_a_newsletters_name_over_its_title_is_the_outlet(name: str) -> None:
    """Read: a newsletter platform's publication name over the post's title is the outlet."""
    source = _source(f"{name}\n\n{_TITLE}\n\nEfua Mensimah\nOct 3, 2024\n\n{_STORY}")
    assert (source.outlet, source.headline) == (name, _TITLE)


def test_a_label_opening_on_a_preposition_is_no_outlet() -> None:
    """Kept: "In Brief" over the headline is a section's label, not a newsletter's name."""
    assert _source(f"In Brief\n\n{_TITLE}\n\n{_STORY}").outlet is None


@pytest.mark.parametrize(
    "issuer",
    ["Ministry of Foreign Affairs and Trade of Barbados", "Volta Chamber of Commerce and Industry"],
)
def test_the_issuer_under_a_release_label_is_no_byline(issuer: str) -> None:
    """Read: the name under "NEWS PROVIDED BY" issues the release; it is no author."""
    source = _source(f"{_TITLE}\n\nNEWS PROVIDED BY\n{issuer}\nOct 3, 2024, 09:00 ET\n\n{_STORY}")
    assert (source.authors, source.published) == ((), date(2024, 10, 3))


@pytest.mark.parametrize(
    "field", ["Source: Caribbean Development Forum", "Source: West African Customs Union"]
)
def test_an_issuers_source_field_over_the_headline_is_no_headline(field: str) -> None:
    """Read: "Source: <a body>" over the headline names the issuer; the title follows."""
    assert _source(f"{field}\n\n{_TITLE}\n\nPublished: 3 October 2024\n\n{_STORY}").headline == (
        _TITLE
    )


def _page(footer: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{_TITLE} | Volta Daily</title>"
        "<meta property='og:site_name' content='Volta Daily'></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
        f"<main><article><h1>{_TITLE}</h1><div class='date'>October 3, 2024</div>"
        f"<div class='entry-content'>{paragraphs}</div></article></main>"
        f"<footer>{footer}</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("footer", "authors"),
    [
        (
            "<p>&copy; 2024 Volta Daily.</p><p>Reporting by Efua Mensimah; editing by Kojo</p>",
            {"Efua Mensimah"},
        ),
        (
            "<div class='credits'>Reporting by Ama Boatemaa and Kwame Osei-Bonsu</div>",
            {"Ama Boatemaa", "Kwame Osei-Bonsu"},
        ),
    ],
)
def test_a_stories_credit_line_in_the_pages_footer(footer: str, authors: set[str]) -> None:
    """Read: "Reporting by ..." set in the page's <footer> credits the story's reporters."""
    assert authors <= set(_source(_page(footer)).authors)


def test_a_footers_designer_credit_is_no_byline() -> None:
    """Kept: "Designed by Example Studio" in the footer credits no writer."""
    footer = "<p>Copyright &copy; 2024 Volta Media. Designed by Kofi Web Studio</p>"
    assert _source(_page(footer)).authors == ()


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Text of report by Ghanaian news agency GNA", "GNA"),
        ("Excerpt from report by Togolese newspaper Lome Courier", "Lome Courier"),
        ("Text of report by Reuters", "Reuters"),
    ],
)
def test_a_monitoring_items_source_line_credits_its_source(line: str, agency: str) -> None:
    """Read: "Text of report by ... news agency X" credits X; the place and date under it date."""
    source = _source(f"{_TITLE}\n\n{line}\n\nAccra, 3 October 2024\n\n{_STORY}")
    assert (agency in source.agencies, source.published) == (True, date(2024, 10, 3))


def test_a_letters_own_title_under_the_mails_fields_is_the_headline() -> None:
    """Read: "Subject: Morning note: ..." over the letter's own title: the title heads it."""
    fields = "From: The Volta Letter <letter@volta.example>\nDate: 3 October 2024\n"
    source = _source(f"{fields}Subject: Morning note: customs post agreed\n\n{_TITLE}\n\n{_STORY}")
    assert (source.headline, source.published) == (_TITLE, date(2024, 10, 3))
