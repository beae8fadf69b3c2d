# News typography (en dashes, curly quotes) is what these tests feed the parsers:
"""
Source fields on outlets diplomeet has no parser for: dates, bylines, credits and the outlet.

Numeric publication lines ("10/02/2024", "Issued on: 20/02/2025 - 16:05"), bylines without
"By", multi-agency trailers and the ways a page names its own outlet.  Every article here is
written for these tests, in the manner of many outlets' layouts.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.outlets import Layout

STORY = "The two foreign ministers met in Tbilisi on Tuesday to discuss a new rail link."
HEADLINE = "Georgia and Armenia agree to study cross-border rail link"


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


def _page(*head: str, foot: tuple[str, ...] = ()) -> str:
    return "\n\n".join([HEADLINE, *head, STORY, "The study is due by the end of the year.", *foot])


def _codes(text: str) -> set[str]:
    return {d.code for d in diplomeet.parse(text).diagnostics}


# --- numeric publication dates --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2024-02-10", date(2024, 2, 10)),
        ("10.09.2024", date(2024, 9, 10)),  # dots: day first
        ("Issued on: 20/02/2025 - 16:05", date(2025, 2, 20)),  # 20 > 12: day first
        ("Published 10:42 GMT, 3 March 2025", date(2025, 3, 3)),
        ("Updated: Mar 3, 2025 08:15 IST", date(2025, 3, 3)),
        ("Posted on 3 March 2025", date(2025, 3, 3)),
        ("Published: 03/25/2025 9:14 AM ET", date(2025, 3, 25)),  # 25 > 12: month first
        ("Last Updated: 14-11-2023 | 10:20 IST", date(2023, 11, 14)),
        ("Published on 2024/06/07", date(2024, 6, 7)),
        ("First published: Tuesday 10/12/2024", date(2024, 12, 10)),  # Tuesday 10 Dec 2024
        ("Wed 11/12/2024", date(2024, 12, 11)),  # Wednesday 11 Dec 2024
    ],
)
def test_numeric_publication_line_dates_the_page(line: str, published: date) -> None:
    """A publication line with a numeric date (ISO, dotted, slashed) gives the date."""
    layout = _split(_page(line))

    assert layout.published == published
    assert layout.headline == HEADLINE
    assert STORY in layout.body


def test_numeric_stamp_stays_in_the_body_as_a_date_mention() -> None:
    """'Issued on: 20/02/2025 - 16:05' dates the page and its date is still found."""
    art = diplomeet.parse(_page("Issued on: 20/02/2025 - 16:05"))

    assert art.source.published == date(2025, 2, 20)
    assert any(d.value == "2025-02-20" for d in art.dates)


def test_numeric_date_line_under_a_byline_dates_the_page() -> None:
    """'By X' then '10.09.2024 - 14:05': the date line dates the page, the byline is read."""
    layout = _split(_page("By Nino Beridze\n10.09.2024 - 14:05"))

    assert layout.published == date(2024, 9, 10)
    assert layout.authors == ("Nino Beridze",)


def test_name_and_numeric_dates_between_bars() -> None:
    """'Name |10.09.2024 - Update : 10.09.2024': the name is the author, the first date dates."""
    layout = _split(_page("Nino Beridze |10.09.2024 - Update : 11.09.2024"))

    assert layout.published == date(2024, 9, 10)
    assert layout.authors == ("Nino Beridze",)
    assert "10.09.2024" in layout.body  # kept, as a date line is: its dates are mentions too


def test_ambiguous_slashed_date_follows_the_page_other_dates() -> None:
    """'05/03/2025' with 'Updated 05/13/2025' beside it: the page writes month first."""
    layout = _split(_page("Published 05/03/2025 | Updated 05/13/2025"))

    assert layout.published == date(2025, 5, 3)


def test_ambiguous_slashed_date_follows_the_story_prose() -> None:
    """With 'on 4 March' in the story, '05/03/2025' is read day first: 5 March."""
    text = _page("05/03/2025") + "\n\nThe ministers will meet again on 14 April in Yerevan."

    assert _split(text).published == date(2025, 3, 5)


def test_ambiguous_slashed_date_without_evidence_is_month_first_with_a_diagnostic() -> None:
    """Nothing on the page decides '05/03/2025': the default (month first) and a diagnostic."""
    text = _page("05/03/2025")

    art = diplomeet.parse(text)

    assert art.source.published == date(2025, 5, 3)
    assert "source.date_order" in {d.code for d in art.diagnostics}


def test_unambiguous_numeric_date_gives_no_diagnostic() -> None:
    """'20/02/2025' decides itself: no date-order diagnostic."""
    assert "source.date_order" not in _codes(_page("Issued on: 20/02/2025 - 16:05"))


def test_relative_update_line_gives_no_date_and_a_diagnostic() -> None:
    """'Last updated 2 hours ago' dates nothing; it is dropped with a diagnostic."""
    art = diplomeet.parse(_page("Last updated 2 hours ago"))

    assert art.source.published is None
    assert "source.published_relative" in {d.code for d in art.diagnostics}
    assert "hours ago" not in art.text


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 March 2025, the ministers signed the accord in Baku.",
        "The accord, signed 03/03/2025, runs for five years.",
        "Talks resumed on 2025-03-03 after a pause.",
    ],
)
def test_date_in_a_body_sentence_is_not_the_publication_date(sentence: str) -> None:
    """A date inside the story's prose dates an event, not the page."""
    layout = _split(f"{HEADLINE}\n\n{STORY}\n\n{sentence}")

    assert layout.published is None


def test_numeric_date_line_after_the_story_began_is_not_the_publication_date() -> None:
    """A timeline entry '03/03/2025' in the middle of the story dates nothing."""
    text = f"{HEADLINE}\n\n{STORY}\n\n03/03/2025\n\nThe first round opened in Baku."

    assert _split(text).published is None


def test_version_number_is_no_date() -> None:
    """'Version 2.10.2024' or a score line is no date line."""
    assert _split(_page("Score: 12.10.30")).published is None


# --- bylines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Tamar Kapanadze", ("Tamar Kapanadze",)),
        ("Tamar Kapanadze and Levan Gelashvili", ("Tamar Kapanadze", "Levan Gelashvili")),
        ("Tamar Kapanadze, Levan Gelashvili", ("Tamar Kapanadze", "Levan Gelashvili")),
        ("Tamar Kapanadze | Levan Gelashvili", ("Tamar Kapanadze", "Levan Gelashvili")),
        ("Words by Tamar Kapanadze", ("Tamar Kapanadze",)),
        ("Tamar Kapanadze, Diplomatic Editor", ("Tamar Kapanadze",)),
        ("By Tamar Kapanadze, Diplomatic Editor", ("Tamar Kapanadze",)),
        (
            "By Tamar Kapanadze, Levan Gelashvili and Ana Dolidze",
            ("Tamar Kapanadze", "Levan Gelashvili", "Ana Dolidze"),
        ),
    ],
)
def test_byline_under_the_headline(byline: str, authors: tuple[str, ...]) -> None:
    """A byline under the headline, with or without 'By', names the authors."""
    layout = _split(_page(byline))

    assert layout.authors == authors
    assert layout.headline == HEADLINE
    assert not layout.body.startswith("Tamar")


def test_name_alone_under_a_standfirst_is_a_byline() -> None:
    """Headline, standfirst, then a name alone: the name is the author."""
    text = (
        f"{HEADLINE}\n\nThe line would link the Black Sea to the Caspian.\n\n"
        f"Tamar Kapanadze\n\n{STORY}\n\nThe study is due by the end of the year."
    )

    layout = _split(text)

    assert layout.authors == ("Tamar Kapanadze",)


@pytest.mark.parametrize(
    "line",
    ["South Caucasus", "Foreign Ministry", "Breaking News", "Tbilisi Talks", "Armenian Premier"],
)
def test_heading_or_place_under_the_headline_is_no_byline(line: str) -> None:
    """A section heading, a place or an organisation under the headline names no author."""
    assert _split(_page(line)).authors == ()


def test_reuters_trailer_credits_reporters_not_editors() -> None:
    """'Reporting by X and Y; Editing by Z': the reporters are authors, the editor is not."""
    layout = _split(
        _page(
            "TBILISI, March 4 (Reuters) - The deal was welcomed.",
            foot=("(Reporting by Tamar Kapanadze and Levan Gelashvili; Editing by Mark Hollis)",),
        )
    )

    assert layout.authors == ("Tamar Kapanadze", "Levan Gelashvili")
    assert layout.agencies == ("Reuters",)


@pytest.mark.parametrize(
    "line",
    [
        "With reporting by Ana Dolidze",
        "With reporting by Ana Dolidze.",
        "(With additional reporting by Ana Dolidze in Batumi)",
        "With files from Ana Dolidze",
    ],
)
def test_contributor_line_is_no_byline(line: str) -> None:
    """A person credited on a 'With reporting by X' line is neither author nor agency."""
    layout = _split(_page(foot=(line,)))

    assert layout.authors == ()
    assert layout.agencies == ()
    assert "Dolidze" not in layout.body


def test_contributor_line_keeps_agencies() -> None:
    """'With reporting by X and AFP' credits AFP and leaves X out of the authors."""
    layout = _split(_page(foot=("With reporting by Ana Dolidze and AFP",)))

    assert layout.authors == ()
    assert layout.agencies == ("AFP",)


def test_quoted_person_is_no_author() -> None:
    """A quoted official alone after a quote is no byline."""
    text = _page(foot=("“We will build it,” said Levan Gelashvili, the transport minister.",))

    assert _split(text).authors == ()


# --- agency credits -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("trailer", "agencies"),
    [
        ("jr/sms (dpa, Reuters)", ("dpa", "Reuters")),
        ("(dpa, Reuters)", ("dpa", "Reuters")),
        ("ab/cd (AFP, AP, dpa)", ("AFP", "AP", "dpa")),
        ("— AFP/Reuters", ("AFP", "Reuters")),
        ("- with AFP", ("AFP",)),
        ("(With inputs from PTI)", ("PTI",)),
        ("Additional reporting by Reuters", ("Reuters",)),
        ("With AFP and Reuters", ("AFP", "Reuters")),
    ],
)
def test_agency_trailer(trailer: str, agencies: tuple[str, ...]) -> None:
    """A trailer crediting agencies credits each of them and leaves the body."""
    layout = _split(_page(foot=(trailer,)))

    assert layout.agencies == agencies
    assert trailer not in layout.body


def test_agencies_alone_credits_no_agency_and_leaves_the_body() -> None:
    """A bare 'Agencies' trailer names no agency in particular."""
    layout = _split(_page(foot=("Agencies",)))

    assert layout.agencies == ()
    assert "Agencies" not in layout.body


def test_outlet_with_agency_line() -> None:
    """'TBILISI TIMES with AFP': the outlet and its agency."""
    layout = _split(_page(foot=("TBILISI TIMES with AFP",)))

    assert layout.agencies == ("AFP",)
    assert layout.outlet is not None
    assert layout.outlet.casefold() == "tbilisi times"


def test_photo_credit_in_a_caption_is_credited() -> None:
    """A caption's photo credit credits its agency."""
    layout = _split(_page("The ministers shake hands in Tbilisi. (Photo: Irakli Gedenidze/AFP)"))

    assert layout.agencies == ("AFP",)


def test_agency_quoted_in_a_sentence_is_not_the_outlet() -> None:
    """'Reuters reported that ...' in the story does not make Reuters the page's outlet."""
    text = _page(foot=("Reuters reported last week that the route had been surveyed.",))

    assert _split(text).outlet is None


# --- the outlet -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("foot", "outlet"),
    [
        ("© 2025 Caucasus Courier", "Caucasus Courier"),
        ("Copyright 2025 Caucasus Courier. All rights reserved.", "Caucasus Courier"),
        ("© 2025 Reuters", "Reuters"),
        ("Read more on Caucasus Courier", "Caucasus Courier"),
        ("This article first appeared on Caucasus Courier.", "Caucasus Courier"),
        ("This story was originally published by Caucasus Courier.", "Caucasus Courier"),
    ],
)
def test_page_foot_names_the_outlet(foot: str, outlet: str) -> None:
    """A copyright line or a syndication footer names the page's outlet."""
    layout = _split(_page(foot=(foot,)))

    assert layout.outlet == outlet
    assert foot not in layout.body


@pytest.mark.parametrize(
    "sentence",
    [
        "Her spokesperson, Giorgi Abashidze, told Caucasus Courier.",
        "Caucasus Courier has contacted the ministry for comment.",
        "The embassy did not respond to Caucasus Courier's request for comment.",
        "Caucasus Courier has learned that a second round is planned.",
        "A senior official, speaking to Caucasus Courier, said the deal was close.",
    ],
)
def test_story_naming_itself_names_the_outlet(sentence: str) -> None:
    """'told X', 'X has contacted', 'X has learned': the story names its own outlet."""
    assert _split(_page(foot=(sentence,))).outlet == "Caucasus Courier"


def test_outlet_named_with_a_digit_is_read() -> None:
    """'told Kavkaz24': a one-word outlet name ending in digits."""
    text = _page(foot=("The ministry told Kavkaz24 on Monday that talks would go on.",))

    assert _split(text).outlet == "Kavkaz24"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister told Russia's Kommersant newspaper that the route was viable.",
        "The minister told CNN's Jake Tapper that the route was viable.",
        "The minister told the state broadcaster that the route was viable.",
        "The minister told reporters that the route was viable.",
        "The minister told Levan Gelashvili that the route was viable.",
    ],
)
def test_another_outlet_or_a_person_told_is_not_the_outlet(sentence: str) -> None:
    """An outlet introduced as another one's ('Russia's X newspaper'), or a person, is no outlet."""
    assert _split(_page(foot=(sentence,))).outlet is None


def test_broadcaster_dateline_names_the_outlet() -> None:
    """'TBILISI (Caucasus Courier) —' names the outlet; an unknown name is no agency."""
    layout = _split(
        f"{HEADLINE}\n\nTBILISI (Caucasus Courier) — {STORY}\n\nThe study is due by the end."
    )

    assert layout.outlet == "Caucasus Courier"
    assert layout.agencies == ()
    assert layout.body.startswith("TBILISI — The two")


def test_known_broadcaster_dateline_without_place() -> None:
    """'(CNN) — ...' opening the story names CNN as the outlet, not as an agency."""
    layout = _split(f"{HEADLINE}\n\n(CNN) — {STORY}\n\nThe study is due by the end.")

    assert layout.outlet == "CNN"
    assert layout.agencies == ()


def test_known_outlet_told_in_the_story() -> None:
    """A known outlet's name after 'told' is the outlet ('told Al Jazeera')."""
    layout = _split(_page(foot=("A ministry official told Al Jazeera the study was funded.",)))

    assert layout.outlet == "Al Jazeera"


def test_known_outlet_convention_decides_the_date_order() -> None:
    """A page naming an outlet that prints day first reads '05/03/2025' as 5 March."""
    text = _page("05/03/2025", foot=("© 2025 France 24",))

    art = diplomeet.parse(text)

    assert art.source.published == date(2025, 3, 5)
    assert art.source.outlet == "France 24"
    assert "source.date_order" not in {d.code for d in art.diagnostics}


# --- HTML -----------------------------------------------------------------------------------

HTML_PAGE = """<!doctype html>
<html><head>
<title>{title}</title>
{meta}
</head><body>
<article>
<h1>Georgia and Armenia agree to study cross-border rail link</h1>
<p>The two foreign ministers met in Tbilisi on Tuesday to discuss a new rail link.</p>
<p>The study is due by the end of the year, officials said.</p>
</article>
</body></html>
"""


@pytest.mark.parametrize(
    ("title", "meta", "outlet"),
    [
        (f"{HEADLINE} | Caucasus Courier", "", "Caucasus Courier"),
        (f"{HEADLINE} - Caucasus Courier", "", "Caucasus Courier"),
        (HEADLINE, '<meta name="application-name" content="Caucasus Courier">', "Caucasus Courier"),
        (
            HEADLINE,
            (
                '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
                '"publisher": {"@type": "Organization", "name": "Caucasus Courier"}}</script>'
            ),
            "Caucasus Courier",
        ),
    ],
)
def test_html_page_names_its_outlet(title: str, meta: str, outlet: str) -> None:
    """The page's title suffix, application name or JSON-LD publisher names the outlet."""
    art = diplomeet.parse(HTML_PAGE.format(title=title, meta=meta))

    assert art.source.outlet == outlet
    assert art.source.headline == HEADLINE


def test_outlet_read_from_the_story_says_so() -> None:
    """An outlet read from 'told X' comes with a diagnostic: it may be another outlet."""
    text = _page(foot=("A ministry official told Caucasus Courier the study was funded.",))

    art = diplomeet.parse(text)

    assert art.source.outlet == "Caucasus Courier"
    assert "source.outlet_from_story" in {d.code for d in art.diagnostics}


def test_story_naming_two_outlets_names_none() -> None:
    """'told Caucasus Courier' and 'told Kavkaz24': which one is the page's is not told."""
    text = _page(
        foot=(
            "A ministry official told Caucasus Courier the study was funded.",
            "The deputy minister told Kavkaz24 the money came from the budget.",
        )
    )

    assert _split(text).outlet is None
