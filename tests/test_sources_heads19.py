"""
Page heads of the Source record: classes left over on check16, on pages written here.

A masthead over a possessive motto ("The Valley's Paper") or a publisher's credit ("from the
Example Centre"), initials over their name in full and a second tagline, a blog's name, a folio
whose page number carries its section's letter ("Page 6A -- ..."), an agency's slashed
credit with no date ("Varno /KNA/."), a photo agency credited under a picture, and a site
whose ``og:site_name`` is in its own language while its English page's title names it in
English.  People, outlets and stories are invented.
"""

from __future__ import annotations

import pytest

import diplomeet

_TITLE = "Ministers agree to widen river patrols after ambush"
_STORY = (
    "The two foreign ministers agreed on Friday to widen joint patrols along the river,"
    " officials said.\n\nA working group will report in August.\n"
)


def _source(text: str) -> diplomeet.Source:
    return diplomeet.parse(text).source


@pytest.mark.parametrize(
    ("name", "motto"),
    [
        ("Lakeside Courier", "The Valley's Paper"),
        ("Hillcrest Ledger", "The county's own paper"),
        ("Marram Echo", "The Island's Community Paper"),
    ],
)
def test_a_masthead_over_a_possessive_paper_motto_is_the_outlet(name: str, motto: str) -> None:
    """Page: "Lakeside Courier" / "The Valley's Paper" / "Home / News" / the headline."""
    text = f"{name}\n{motto}\n\nHome / News\n\n{_TITLE}\n\nMay 16, 2026\nBy Jane Okoro\n\n"
    source = _source(text + _STORY)
    assert source.outlet == name
    assert source.headline == _TITLE
    assert source.published is not None
    assert source.published.isoformat() == "2026-05-16"


def test_a_white_paper_under_a_name_is_no_motto() -> None:
    """Page: "Reefwatch" / "Ministers publish a white paper": the paper is the headline's."""
    text = "Reefwatch\nMinisters publish a white paper\n\nMay 16, 2026\n\n"
    source = _source(text + _STORY)
    assert source.headline != "Reefwatch"
    assert source.outlet != "Ministers publish a white paper"


@pytest.mark.parametrize(
    ("name", "credit"),
    [
        ("Harbour Notes", "from the Institute for Coastal Studies"),
        ("Reefline", "from the Coastal Policy Centre"),
        ("Tidewater Blog", "by the Lagoon Research Foundation"),
    ],
)
def test_a_site_over_its_publishers_credit_is_the_outlet(name: str, credit: str) -> None:
    """Page: "Harbour Notes" / "from the Institute for ..." / a tag trail / the headline."""
    title = "After the storm: what the Suva talks did not settle"
    text = f"{name}\n{credit}\n\nPacific | Fiji | Security\n\n{title}\n\nBy Jane Okoro\n"
    text += "24 June 2026\n\n"
    source = _source(text + _STORY)
    assert source.outlet == name
    assert source.headline == title
    assert source.published is not None
    assert source.published.isoformat() == "2026-06-24"


def test_a_blog_is_a_masthead_word() -> None:
    """Page: "Harbourwatch Blog" over a trail and the headline: a blog's name is a masthead."""
    title = "After the storm: what the Suva talks did not settle"
    text = f"Harbourwatch Blog\n\nPacific | Fiji | Security\n\n{title}\n\nBy Jane Okoro\n"
    text += "24 June 2026\n\n"
    source = _source(text + _STORY)
    assert source.outlet == "Harbourwatch Blog"
    assert source.headline == title


@pytest.mark.parametrize(
    ("initials", "name", "agency"),
    [
        ("KNA", "Kalvoria Nyheter Agentur", "National News Agency of Kalvoria"),
        ("ZPS", "Zentral Presse Service", "The National News Agency"),
    ],
)
def test_initials_over_their_name_and_a_tagline_are_no_headline(
    initials: str, name: str, agency: str
) -> None:
    """Page: "KNA" / its name in full / "National News Agency of X" / a label / the headline."""
    title = "Capital urges neighbour to end river shootings"
    text = (
        f"{initials}\n{name}\n{agency}\n\nNational\n\n{title}\n\n"
        f"VARNO, March 10, 2026 ({initials}) - Kalvoria today urged its neighbour to end the"
        " shootings as the two countries held talks here.\n\nA working group will report in"
        " August.\n"
    )
    source = _source(text)
    assert source.headline == title
    assert source.published is not None
    assert source.published.isoformat() == "2026-03-10"
    assert initials in source.agencies


def test_initials_over_a_headline_they_do_not_spell_keep_the_headline() -> None:
    """Page: "KNA" / a headline (no name in full) / a date: the headline stays the headline."""
    title = "Kalvoria names new army chief after river clash"
    text = f"KNA\n{title}\n\nMarch 10, 2026\n\n{_STORY}"
    assert _source(text).headline == title


@pytest.mark.parametrize(
    ("folio", "outlet"),
    [
        (
            "Page 6A -- THE LAKESIDE ERA, Millbrook, Ore., Saturday, June 6, 1998",
            "The Lakeside Era",
        ),
        ("Page 12B -- THE DALE COURIER, Fenwick, Mich., Monday, May 4, 1998", "The Dale Courier"),
    ],
)
def test_a_folio_with_a_sections_page_names_the_paper_and_dates_it(folio: str, outlet: str) -> None:
    """Page: "Page 6A -- THE EXAMPLE ERA, Town, St., Weekday, Month D, YYYY" over a 2-line head."""
    text = (
        f"{folio}\n\nEnvoy seeks halt\nto border raids\n\nVARNO, Kalvoria (AP) -- A senior"
        " diplomat met the president for three hours today, officials said.\n\nA working group"
        " will report in August.\n"
    )
    source = _source(text)
    assert source.outlet == outlet
    assert source.headline == "Envoy seeks halt to border raids"
    assert source.published is not None
    assert source.published.year == 1998
    assert "AP" in source.agencies


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("Varno /KNA/. The two sides held consultations in the city yesterday.", "KNA"),
        ("Ulmar /TASS/. The two sides held consultations in the city yesterday.", "TASS"),
    ],
)
def test_a_slashed_agency_credit_with_no_date_credits_the_agency(opening: str, agency: str) -> None:
    """Paragraph: "Varno /KNA/. The two sides ...": the agency's dateline without its date."""
    text = f"Two sides hold consultations on river drone\n\n2026-04-14 17:32\n\n{opening}\n\n"
    source = _source(text + _STORY)
    assert agency in source.agencies


def test_a_slashed_word_in_title_case_credits_no_agency() -> None:
    """Paragraph: "Input /Output/ tables ...": no date, no capitals, no agency."""
    text = (
        "Ministers review trade tables\n\nMay 4, 2026\n\nInput /Output/ tables were discussed"
        " by the two ministers, officials said.\n\nA working group will report in August.\n"
    )
    assert _source(text).agencies == ()


def test_a_photo_agency_credited_under_a_picture_is_an_agency() -> None:
    """Caption: "A patrol boat, file photo. Image: Lehtikuva": the photo agency is credited."""
    html = (
        f"<html><body><h1>{_TITLE}</h1><p>By Jane Okoro</p><p>June 25, 2026</p>"
        "<figure><img src='a.jpg'><figcaption>A patrol boat, file photo. Image: Lehtikuva"
        "</figcaption></figure><p>The two foreign ministers agreed on Friday to widen joint"
        " patrols along the river, officials said.</p><p>A working group will report in"
        " August.</p></body></html>"
    )
    assert "Lehtikuva" in _source(html).agencies


def _site_page(site_name: str, page_title: str) -> str:
    return (
        f"<html lang='en'><head><title>{page_title}</title>"
        f"<meta property='og:site_name' content='{site_name}'>"
        f"<meta property='og:title' content='{_TITLE}'></head><body><article>"
        f"<h1>{_TITLE}</h1><p>By Jane Okoro</p><p>June 25, 2026</p><p>The two foreign ministers"
        " agreed on Friday to widen joint patrols along the river, officials said.</p><p>A"
        " working group will report in August.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("site_name", "suffix"),
    [
        ("Kivi Uutiset", "Kivi News"),
        ("Norra Nyheter", "Norra Radio"),
        ("Lumo Novosti", "Lumo News | lumo.example"),
    ],
)
def test_an_english_pages_title_names_the_outlet_over_a_site_name_in_another_language(
    site_name: str, suffix: str
) -> None:
    """``og:site_name`` "Kivi Uutiset", title "Headline | Kivi News": the English name."""
    source = _source(_site_page(site_name, f"{_TITLE} | {suffix}"))
    assert source.outlet == suffix.split(" | ", maxsplit=1)[0]
    assert source.headline == _TITLE


@pytest.mark.parametrize(
    ("site_name", "suffix"),
    [
        ("Kivi Times", "Kivi News"),  # both mastheads: the site's own name stands
        ("Kivi Uutiset", "Kivi Uutiset Live"),  # no masthead word in the suffix
        ("Kivi Uutiset", "Lumo News"),  # another brand
    ],
)
def test_a_site_name_stands_over_a_title_suffix_that_is_no_english_name_of_it(
    site_name: str, suffix: str
) -> None:
    """``og:site_name`` "Kivi Times" and a title ending "| Kivi News": the site's name stands."""
    source = _source(_site_page(site_name, f"{_TITLE} | {suffix}"))
    assert source.outlet == site_name


@pytest.mark.parametrize(
    "issue",
    [
        "ENGLISH-LANGUAGE SERVICE -- DAILY BULLETIN NO. 35",
        "Overseas Service - Weekly Bulletin No. 4",
        "FOREIGN EDITION NO. 212",
    ],
)
def test_a_bulletins_number_line_is_no_headline(issue: str) -> None:
    """Page: "KALVO NEWS SERVICE" / "... DAILY BULLETIN NO. 35" / the date / the headline."""
    title = "KALVORIA PROTESTS SEIZURE OF BOATS"
    text = (
        f"KALVO NEWS SERVICE\n{issue}\nFRIDAY, FEBRUARY 4, 1955\n\n{title}\n\nVARNO, Feb. 4"
        " (Kalvo) -- The foreign minister this afternoon called in the envoy and lodged a"
        " protest, officials said.\n\nA working group will report in August.\n"
    )
    source = _source(text)
    assert source.headline == title
    assert source.published is not None
    assert source.published.isoformat() == "1955-02-04"


def test_a_headline_ending_on_an_issue_number_in_lower_case_stays() -> None:
    """Page: "Border is issue no. 1 for voters" over a date: no bulletin's number line."""
    title = "Border is issue no. 1 for voters"
    assert _source(f"{title}\n\nMay 4, 2026\n\n{_STORY}").headline == title


@pytest.mark.parametrize(
    ("reference", "day"),
    [
        ("No. K.12/4/55-EXT                      Varno, the 6th April, 1955.", "1955-04-06"),
        ("Ref: MFA/2026/118   Varno, 4 May 2026", "2026-05-04"),
        ("No. 14/PR/77    Ulmar City, the 21st June, 1977.", "1977-06-21"),
    ],
)
def test_a_file_reference_with_place_and_date_dates_the_note(reference: str, day: str) -> None:
    """Page: "PRESS NOTE" / "No. K.12/4/55-EXT   Varno, the 6th April, 1955." / the title."""
    title = "ATTACK ON THE KALVORIAN LEGATION AT ULMAR"
    text = (
        f"PRESS NOTE\n\n{reference}\n\n{title}\n\nThe Government of Kalvoria have now received"
        " from their Minister at Ulmar a full report of the events, officials said.\n\nA"
        " working group will report in August.\n"
    )
    source = _source(text)
    assert source.headline == title
    assert source.published is not None
    assert source.published.isoformat() == day


def test_a_numbered_headline_with_no_reference_mark_is_no_file_reference() -> None:
    """Page: "No deal in Varno, the 6th ..." is no reference: "No" opens a headline."""
    title = "No deal reached at Varno talks on river patrols"
    assert _source(f"{title}\n\nMay 4, 2026\n\n{_STORY}").headline == title


def test_an_agencys_online_paper_is_its_own_masthead() -> None:
    """Page: "VietnamPlus" / "Politics" / the headline / "Varno (VNA) - ...": the paper."""
    title = "Ministers agree to widen river patrols"
    text = (
        f"VietnamPlus\nPolitics\n\n{title}\n\nFriday, March 6, 2026 09:10\n\nVarno (VNA)"
        " - The two ministers agreed on Thursday to widen joint patrols, officials said.\n\nA"
        " working group will report in August.\n"
    )
    source = _source(text)
    assert source.outlet == "VietnamPlus"
    assert "VNA" in source.agencies
