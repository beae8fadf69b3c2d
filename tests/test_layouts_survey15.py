"""
Page heads of the Source record from a survey of the heads of outlets the rules had not seen.

Heads were written for the survey in the forms real sites and tools export (browser titles,
mottos under a name, archive folios, ministries' numbered releases, bulletins' issue lines,
photo and wire credits) and are tested here on further heads written here, with invented
people and outlets: the browser's title line of a site's language and sections, a motto
under the masthead, a print page's folio with its page number before or after the date, a
release's number and year, a copyright or reuse line, a bulletin's issue line dating it, a
title an archive broke over two lines in title case, an analysis byline with the writer's
post and university, national and photo agencies, papers credited for reports, and a
stamped date under the standfirst.
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
_TITLE = "Peru and Ecuador agree to reopen border crossing after trucker protest"


def _source(text: str) -> diplomeet.Source:
    return diplomeet.parse(text).source


@pytest.mark.parametrize(
    "tab",
    [
        "Example.it - English - News - Politics",
        "Prensa Andina English - News - Latin America",
        "The Daily Sabahul | World | Europe",
    ],
)
def test_a_browser_title_of_language_and_sections_is_no_headline(tab: str) -> None:
    """Read: the site's title over the page ("X - English - News - Politics") is skipped."""
    source = _source(f"{tab}\n\n{_TITLE}\n\n{_STORY}")
    assert source.headline == _TITLE


def test_a_browser_titles_masthead_names_the_outlet() -> None:
    """Read: "The Daily Sabahul | World | Europe" names the outlet before its sections."""
    assert _source(f"The Daily Sabahul | World | Europe\n\n{_TITLE}\n\n{_STORY}").outlet == (
        "The Daily Sabahul"
    )


@pytest.mark.parametrize(
    "motto",
    [
        "Independent analysis of the world's frontiers",
        "News and analysis from Central Asia since 2004",
        "Serving the Windward Islands since 1912",
        "Global perspective Human stories",
    ],
)
def test_a_motto_under_the_masthead_is_no_headline(motto: str) -> None:
    """Read: "The Steppe Monitor" / a motto / the headline: the motto is skipped."""
    source = _source(f"The Steppe Monitor\n{motto}\n\n{_TITLE}\n\n{_STORY}")
    assert source.headline == _TITLE


def test_a_section_label_joined_by_a_plus_is_no_headline() -> None:
    """Read: "Politics + Society" over the title is a section's label."""
    text = "The Steppe Monitor\nAcademic rigour, journalistic flair\n\nPolitics + Society\n\n"
    assert _source(f"{text}{_TITLE}\n\n{_STORY}").headline == _TITLE


def test_an_analysis_byline_with_a_post_and_university_names_the_writer() -> None:
    """Read: "Jane Doe, Lecturer in Caucasus Studies, University of X" is the byline."""
    text = (
        f"{_TITLE}\n\nPublished: March 3, 2025 9.12am GMT\n\nNarine Sarkissova, Research Fellow"
        f" in Caucasus Studies, University of Glasgow\n\n{_STORY}"
    )
    assert _source(text).authors == ("Narine Sarkissova",)


@pytest.mark.parametrize(
    ("folio", "outlet", "published"),
    [
        (
            "THE EVENING SENTINEL FRIDAY, OCTOBER 12, 1962 PAGE 3-A",
            "The Evening Sentinel",
            date(1962, 10, 12),
        ),
        (
            "PAGE 2-A THE DAILY COURANT, MONDAY, JUNE 5, 1967",
            "The Daily Courant",
            date(1967, 6, 5),
        ),
        (
            "Page 14 The Morning Ledger Thursday, Nov. 9, 1989",
            "The Morning Ledger",
            date(1989, 11, 9),
        ),
    ],
)
def test_a_print_folio_with_a_section_page_names_and_dates_the_paper(
    folio: str, outlet: str, published: date
) -> None:
    """Read: the folio, its page number before or after the date ("PAGE 1-A"), is no title."""
    source = _source(f"{folio}\n\nBORDER TALKS RESUME IN GENEVA\n\n{_STORY}")
    assert source.headline == "BORDER TALKS RESUME IN GENEVA"
    assert source.outlet == outlet
    assert source.published == published


@pytest.mark.parametrize(
    ("title", "joined"),
    [
        (
            "Indian, Chinese Troops Clash\nNear Border Post, Delhi Says",
            "Indian, Chinese Troops Clash Near Border Post, Delhi Says",
        ),
        (
            "East Germany Opens Border Crossings;\nBonn Calls for Calm",
            "East Germany Opens Border Crossings; Bonn Calls for Calm",
        ),
    ],
)
def test_a_title_case_title_broken_over_two_lines_is_one_headline(title: str, joined: str) -> None:
    """Read: an archive's title in title case over two lines, the second going on, is one."""
    text = f"THE MORNING LEDGER, SATURDAY, APRIL 2, 1955\n\n{title}\n\nBy JOHN K. ADLER\n\n"
    assert _source(text + _STORY).headline == joined


@pytest.mark.parametrize(
    "number", ["Press release 45/2025", "Media release 2024/117", "Press Statement 17/2023"]
)
def test_a_releases_number_and_year_is_no_headline(number: str) -> None:
    """Read: "Press release 214/2026" over the title is the release's number."""
    text = f"{number}\n12.05.2025\n\n{_TITLE}\n\n"
    assert _source(text + _STORY).headline == _TITLE


@pytest.mark.parametrize(
    "notice",
    [
        "Contents copyright: Republication only by previous arrangement",
        "Copyright: Reproduction only with written permission",
        "All material subject to copyright; reproduction prohibited without permission.",
    ],
)
def test_a_copyright_or_reuse_line_is_no_headline(notice: str) -> None:
    """Read: a bulletin's or a paper's terms of reuse over the title are furniture."""
    text = f"{notice}\n\nTALKS ON FISHERIES RESUME IN OSLO\n\n{_STORY}"
    assert _source(text).headline == "TALKS ON FISHERIES RESUME IN OSLO"


@pytest.mark.parametrize(
    ("issue", "published"),
    [
        ("Vol. XII - No. 31 Tuesday, March 8, 1955", date(1955, 3, 8)),
        ("Vol. XLVI - 46th Year Wednesday, June 13, 1979 No. 112", date(1979, 6, 13)),
    ],
)
def test_a_bulletins_issue_line_dates_it_and_is_no_headline(issue: str, published: date) -> None:
    """Read: "Vol. XII - No. 31  Tuesday, March 8, 1955" dates the issue."""
    text = f"OVERSEAS NEWS BULLETIN\n{issue}\n\nANKARA AND ATHENS RESUME TALKS\n\n{_STORY}"
    source = _source(text)
    assert source.headline == "ANKARA AND ATHENS RESUME TALKS"
    assert source.published == published


def test_an_issue_line_without_a_date_is_dropped() -> None:
    """Read: "85th Year -- No. 214 Price 10 Cents" is no headline."""
    text = f"85th Year -- No. 214 Price 10 Cents\n\nTALKS RESUME IN ALGIERS\n\n{_STORY}"
    assert _source(text).headline == "TALKS RESUME IN ALGIERS"


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("The ministers at the talks in Muscat. \u2014 ONA", "ONA"),
        ("The ministers at the talks in Manama. \u2014 BNA", "BNA"),
        ("MUSCAT - The ministers met on Monday, the Oman News Agency (ONA) reported.", "ONA"),
        ("JERUSALEM - The ministers met today, the Jewish Telegraphic Agency reported.", "JTA"),
    ],
)
def test_national_and_jewish_wires_are_agencies(credit: str, agency: str) -> None:
    """Read: the Oman and Bahrain agencies after a caption, the JTA named as reporting."""
    assert agency in _source(f"{_TITLE}\n\n{credit}\n\n{_STORY}").agencies


@pytest.mark.parametrize(
    ("caption", "agency"),
    [
        ("The ministers in Tapachula on Wednesday. (SRE/Cuartoscuro)", "Cuartoscuro"),
        ("Soldiers near Suwalki. (Photo by Jan Nowak/NurPhoto via Getty Images)", "NurPhoto"),
        ("Fishing boats in the harbour. (Photo: Anton Brink/Shutterstock)", "Shutterstock"),
    ],
)
def test_photo_agencies_in_captions_are_agencies(caption: str, agency: str) -> None:
    """Read: a photo agency credited in a caption (Cuartoscuro, NurPhoto) is an agency."""
    assert agency in _source(f"{_TITLE}\n\n{caption}\n\n{_STORY}").agencies


@pytest.mark.parametrize(
    ("trailer", "agencies"),
    [
        ("With reports from El Universal and Reuters", {"El Universal", "Reuters"}),
        ("With reports from La Nacion and EFE", {"La Nacion", "EFE"}),
    ],
)
def test_papers_credited_for_reports_are_agencies(trailer: str, agencies: set[str]) -> None:
    """Read: "With reports from El Universal and Reuters" credits the paper, not a person."""
    assert set(_source(f"{_TITLE}\n\n{_STORY}\n\n{trailer}").agencies) == agencies


def test_a_stamped_date_under_the_standfirst_dates_the_page() -> None:
    """Read: "07 May 2026, 16:31" under the standfirst, over an agency's dateline."""
    text = (
        "Example.it - English - News - Politics\n\n"
        f"{_TITLE}\n\nMinister says crew 'treated correctly' but release took too long\n\n"
        f"07 May 2026, 16:31\n\n(ANSA) - ROME, MAY 7 - {_STORY}"
    )
    source = _source(text)
    assert source.published == date(2026, 5, 7)
    assert "ANSA" in source.agencies


@pytest.mark.parametrize(
    "stamp",
    [
        "July 8, 20249:15 AM GMT+7Updated 3 hours ago",
        "Published On 8 Jul 20248 Jul 2024",
    ],
)
def test_a_stamp_glued_by_copying_dates_the_page(stamp: str) -> None:
    """Read: a year glued to the time or to the date printed again is set apart."""
    text = f"{_TITLE}\n\nBy Somsak Wongsa\n\n{stamp}\n\n{_STORY}"
    assert _source(text).published == date(2024, 7, 8)


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("(Hina) - NOVI SAD, OCT 3, 2023 - ", "Hina"),
        ("Ulaanbaatar, October 3, 2023 /MONTSAME/. ", "MONTSAME"),
    ],
)
def test_a_wire_dateline_with_the_year_dates_the_copy(opening: str, agency: str) -> None:
    """Read: "(Hina) - NOVI SAD, OCT 3, 2023 -" credits the agency and dates the page."""
    source = _source(f"{_TITLE}\n\n{opening}{_STORY}")
    assert source.published == date(2023, 10, 3)
    assert agency in source.agencies


def test_a_blog_platforms_buttons_around_its_stamp_are_dropped() -> None:
    """Read: "Follow" / "5 min read" / "·" / "Apr 2, 2024" / "--" / "Listen" dates the page."""
    text = (
        "What the Caspian deal means for Baku\nElnur Hasanov\nFollow\n5 min read\n·\n"
        f"Apr 2, 2024\n--\nListen\nShare\n\n{_STORY}"
    )
    source = _source(text)
    assert source.published == date(2024, 4, 2)
    assert source.authors == ("Elnur Hasanov",)


def test_a_date_with_a_topics_label_dates_the_page() -> None:
    """Read: "12 June 2024 Peace and Security" under the title is the page's date."""
    text = f"{_TITLE}\n\n12 June 2024 Peace and Security\n\n{_STORY}"
    assert _source(text).published == date(2024, 6, 12)


def test_a_heads_editor_and_source_fields_are_no_byline() -> None:
    """Read: "Source: Xinhua" / "Editor: Jane Doe" credit the wire, and name no author."""
    text = f"{_TITLE}\n\nSource: Xinhua\nEditor: Zhang Minghui\n2024-05-28 21:10:05\n\n{_STORY}"
    source = _source(text)
    assert source.authors == ()
    assert source.agencies == ("Xinhua",)


def test_a_source_field_naming_a_paper_is_the_outlet() -> None:
    """Read: "Source: Chaco Daily" under a labelled headline is the outlet, no author."""
    text = f"Headline: {_TITLE}\nSource: Chaco Daily\nDate: 12 March 2024\n\n{_STORY}"
    source = _source(text)
    assert source.headline == _TITLE
    assert source.outlet == "Chaco Daily"
    assert source.authors == ()


def test_a_feed_items_title_label_is_cut() -> None:
    """Read: "Title: ..." over a feed item's fields is its headline without the label."""
    text = f"Title: {_TITLE}\nLink: https://news.example.org/2025/03/05/item\n\n{_STORY}"
    assert _source(text).headline == _TITLE


def test_a_web_archives_banner_is_no_headline() -> None:
    """Read: "The Wayback Machine - https://..." over a captured page is dropped."""
    text = (
        "The Wayback Machine - https://web.archive.org/web/20110304121500/http://www.example"
        f"-gazette.com/world/story.html\n\n{_TITLE}\n\nBy Omar Haddad-Smith\nMarch 4, 2011\n\n"
    )
    source = _source(text + _STORY)
    assert source.headline == _TITLE
    assert source.published == date(2011, 3, 4)


@pytest.mark.parametrize(
    ("title", "joined"),
    [
        (
            "ENTEBBE RAID FREES HOSTAGES;\nUGANDA PROTESTS TO U.N.",
            "ENTEBBE RAID FREES HOSTAGES; UGANDA PROTESTS TO U.N.",
        ),
        (
            "Soviet Troops Enter Czechoslovakia;\nPrague Radio Calls for Calm",
            "Soviet Troops Enter Czechoslovakia; Prague Radio Calls for Calm",
        ),
    ],
)
def test_a_broken_title_closing_on_initials_or_naming_a_broadcaster_is_one(
    title: str, joined: str
) -> None:
    """Read: "... TO U.N." closes a title in capitals; "Prague Radio" goes on after a ";"."""
    text = f"4-B THE PRAIRIE GAZETTE, WEDNESDAY, AUGUST 21, 1968\n\n{title}\n\n"
    assert _source(text + "By The Associated Press\n\n" + _STORY).headline == joined


def test_a_motto_naming_oceania_is_no_headline() -> None:
    """Read: "Independent journalism from Oceania since 1998" under the name is a motto."""
    text = f"The Pacific Ledger\nIndependent journalism from Oceania since 1998\n\n{_TITLE}\n\n"
    assert _source(text + _STORY).headline == _TITLE


def test_a_photo_distributors_credit_is_an_agency() -> None:
    """Read: "(Photo by Jan Nowak/SOPA Images/LightRocket via Getty Images)"."""
    caption = "Workers at the plant. (Photo by Jan Nowak/SOPA Images/LightRocket via Getty Images)"
    assert set(_source(f"{_TITLE}\n\n{caption}\n\n{_STORY}").agencies) == {
        "SOPA Images",
        "LightRocket",
        "Getty Images",
    }


def test_a_known_agency_in_brackets_opening_the_story_is_credited() -> None:
    """Read: "(JNS) Israel and Cyprus signed ..." credits the wire and keeps the sentence."""
    source = _source(f"{_TITLE}\n\nBy Daniel Ashkelon\n\n(JNS) {_STORY}")
    assert source.agencies == ("JNS",)


def test_two_agencies_after_a_captions_sentence_are_credited() -> None:
    """Read: "The ministers in Oslo. NTB/Scanpix": both agencies, with no label or bracket."""
    source = _source(f"{_TITLE}\n\nThe ministers in Oslo. NTB/Scanpix\n\n{_STORY}")
    assert set(source.agencies) == {"NTB", "Scanpix"}


def test_an_issuers_name_over_a_numbered_statement_is_its_letterhead() -> None:
    """Read: "Embassy of X in London" / "Statement No. 17" / the title: the title heads it."""
    text = (
        "Embassy of Examplia in London\nStatement No. 17\n\nStatement on the detention of"
        f" fishermen in the Gulf\n\n3 February 2023\n\n{_STORY}"
    )
    source = _source(text)
    assert source.headline == "Statement on the detention of fishermen in the Gulf"
    assert source.published == date(2023, 2, 3)


def test_a_paper_by_its_initials_credited_for_reports_is_an_agency() -> None:
    """Read: "With information from Agência Brasil and ABC Color" credits both."""
    trailer = "With information from Agência Brasil and ABC Color"
    assert set(_source(f"{_TITLE}\n\n{_STORY}\n\n{trailer}").agencies) == {
        "Agência Brasil",
        "ABC Color",
    }


def test_an_html_bylines_date_after_a_middle_dot_is_no_author() -> None:
    """Read: '<p class="byline">By <a>Jane Doe</a> &middot; August 14, 2024</p>'."""
    story = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    page = (
        '<!DOCTYPE html><html><head><title>Talks | The Lakeside Post</title><meta property="'
        'og:site_name" content="The Lakeside Post"></head><body><article><h1>Kenya and Uganda'
        ' settle island dispute</h1><p class="byline">By <a href="/author/ao">Achieng Otieno'
        f"</a> &middot; August 14, 2024</p>{story}</article></body></html>"
    )
    assert diplomeet.parse(page).source.authors == ("Achieng Otieno",)


@pytest.mark.parametrize(
    ("caption", "agencies"),
    [
        ("The ministers in Bucharest (photo: Danube Photos / Mihai Ionescu)", {"Danube Photos"}),
        (
            "The ministers in Sofia. (Photo: Balkan Press Photos/Ivan Petrov)",
            {"Balkan Press Photos"},
        ),
        ("The ministers in Sofia. (Photo: Family Photos)", set()),
    ],
)
def test_a_photo_agency_named_photos_is_an_agency(caption: str, agencies: set[str]) -> None:
    """Read: a labelled credit "(photo: Danube Photos / Jane Doe)" names an agency."""
    assert set(_source(f"{_TITLE}\n\n{caption}\n\n{_STORY}").agencies) == agencies
