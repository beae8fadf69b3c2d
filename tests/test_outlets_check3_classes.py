# News typography (en dashes, curly quotes) is what these tests feed the parsers:
# ruff: noqa: RUF001
"""
Classes of Source field the generic reader once misread on unfamiliar layouts.

Photo agencies credited beside a wire ("/dpa/picture alliance") or before a colon ("(AAP:
Name)") and after a copyright sign; wire datelines with a full stop before the dash
("(EFE).-"); wire slugs closing the copy ("EFE jm/rp", "UPI 11-03-81 0412 AED"); bylines
holding initials; two names beside a date between bars; a date line or a byline under a
standfirst; outlets naming themselves in a page's foot ("Published in X, <date>", "Support
X's journalism", "At X, we"); agencies named after their kind ("the News Agency of X (NAX)");
a site's name over its breadcrumb and a readout's label and office; HTML metadata preferred to
a story's "told AFP".

Every text here is written for these tests (invented people; real places and outlets).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.outlets import Layout
from diplomeet.outlets._credits import Credits, photo_agencies, read_cited_agencies

HEADLINE = "Peru and Hungary sign fisheries pact in Lima"
STORY = (
    "Foreign Minister Ilse Varga met her Peruvian counterpart Tomas Reyes in Lima on Tuesday "
    "to discuss fisheries, the ministry said.\n\n"
    '"We agreed on a plan," Varga told reporters after the talks, and ministry spokesman '
    "Pal Kertesz said a second round would follow."
)


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


# --- photo agencies in captions ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "agencies"),
    [
        ("Varga (left) greets Reyes in Lima\nImage: Jana Weber/dpa/picture alliance", None),
        ("Reyes arrives in Budapest. (AAP: Lisa Moore)", ["AAP"]),
        ("Reyes arrives in Budapest. (Reuters: Lisa Moore)", ["Reuters"]),
        ("Reyes arrives in Budapest. (ABC News: Lisa Moore)", []),
        ("Reyes arrives at Budapest airport on May 3, 2025. © Lisa Moore, AFP", ["AFP"]),
        ("Reyes arrives at Budapest airport. © Lisa Moore", []),
    ],
)
def test_photo_credit_agencies(caption: str, agencies: list[str] | None) -> None:
    """The agency of a photo credit is credited; a photographer or a broadcaster is not."""
    tally = Credits()
    for line in caption.split("\n"):
        photo_agencies(line, tally)
    assert tally.agencies == (agencies if agencies is not None else ["dpa", "picture alliance"])


@pytest.mark.parametrize(
    ("caption", "agencies"),
    [
        ("Varga and Reyes met at the ministry in Lima. (AAP: Lisa Moore)", ("AAP",)),
        ("Varga and Reyes met at the ministry in Lima. (Harbour News: Lisa Moore)", ()),
    ],
)
def test_caption_closed_by_a_credit_with_a_colon(caption: str, agencies: tuple[str, ...]) -> None:
    """'(AAP: Name)' closing a line marks a caption: out of the body, its agency credited."""
    layout = _split(f"{HEADLINE}\n\n{caption}\n\n{STORY}")
    assert layout.captions == (caption,)
    assert layout.agencies == agencies
    assert caption not in layout.body


def test_sentence_closed_by_a_source_in_parentheses_is_prose() -> None:
    """'(Source: Ministry of Fisheries)' is no photo credit: the sentence stays in the body."""
    line = "Catches fell by a third last year. (Source: Ministry Of Fisheries)"
    layout = _split(f"{HEADLINE}\n\n{STORY}\n\n{line}")
    assert line in layout.body
    assert layout.captions == ()


def test_picture_agency_in_a_page_caption_is_credited_with_its_wire() -> None:
    """'Image: X/dpa/picture alliance' under a photo credits both agencies, no author."""
    layout = _split(
        f"{HEADLINE}\n\nVarga (right) welcomed Reyes at the ministry\n"
        f"Image: Jana Weber/dpa/picture alliance\n\n{STORY}"
    )
    assert layout.agencies == ("dpa", "picture alliance")
    assert layout.authors == ()


# --- wire datelines and slugs ------------------------------------------------------------------


def test_dateline_with_a_full_stop_before_the_dash_credits_the_agency() -> None:
    """'Lima, Mar 3 (EFE).-' is a wire dateline: the agency is credited and cut."""
    layout = _split(
        "PERU-HUNGARY: MINISTERS SIGN FISHERIES PACT\n\n"
        "Lima, Mar 3 (EFE).- The foreign ministers of Peru and Hungary signed a pact today.\n\n"
        "The pact covers anchovy quotas."
    )
    assert layout.agencies == ("EFE",)
    assert layout.body.startswith("Lima, Mar 3 - The foreign ministers")


@pytest.mark.parametrize(
    ("slug", "published"),
    [
        ("EFE jm/rp", None),
        ("AP 07-23-85 1530EST", date(1985, 7, 23)),
        ("UPI 23-07-85 09:12 AED", date(1985, 7, 23)),
        ("Reuters 01-15-03 11:02 GMT", date(2003, 1, 15)),
    ],
)
def test_wire_slug_credits_its_agency_and_dates_the_copy(slug: str, published: date | None) -> None:
    """A closing slug credits the agency; its initials are no byline; its date dates the copy."""
    layout = _split(f"{HEADLINE}\n\n{STORY}\n\n{slug}")
    assert layout.agencies[-1:] == (slug.split(maxsplit=1)[0],)
    assert layout.authors == ()
    assert layout.published == published
    assert slug not in layout.body


def test_ambiguous_wire_slug_date_follows_the_prose_order_and_says_so() -> None:
    """'UPI 11-03-81': the story's "on 4 March" tells day first; with no evidence, a diagnostic."""
    day_first = _split(f"{HEADLINE}\n\nThe talks opened on 4 March in Lima.\n\nUPI 11-03-81 0412")
    assert day_first.published == date(1981, 3, 11)
    month_first = _split(f"{HEADLINE}\n\nThe talks opened on March 4 in Lima.\n\nUPI 11-03-81")
    assert month_first.published == date(1981, 11, 3)
    unknown = _split(f"{HEADLINE}\n\nThe talks opened on Tuesday in Lima.\n\nUPI 11-03-81")
    assert unknown.published == date(1981, 11, 3)
    assert "source.date_order" in {d.code for d in unknown.diagnostics}


@pytest.mark.parametrize(
    "line",
    ["UPI reporters covered the talks", "Reuters 2024", "Harbour Times jm/rp", "EFE: 11-03-81"],
)
def test_lines_like_a_slug_are_not_one(line: str) -> None:
    """An agency in a sentence, a year alone, or initials after a non-agency is no slug."""
    layout = _split(f"{HEADLINE}\n\n{STORY}\n\n{line}")
    assert layout.published is None
    assert "UPI" not in layout.agencies
    assert "Reuters" not in layout.agencies
    assert "EFE" not in layout.agencies


# --- bylines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By MARIA T. ALVES", ("Maria T. Alves",)),
        ("By Jane Q. Roe and John Doe", ("Jane Q. Roe", "John Doe")),
        ("By J. R. Okafor", ("J. R. Okafor",)),
    ],
)
def test_byline_with_initials(byline: str, authors: tuple[str, ...]) -> None:
    """A byline's initials keep their full stops; a byline in capitals is title-cased."""
    layout = _split(f"{HEADLINE}\n\n{byline}\nUnited Press International\n\n{STORY}")
    assert layout.authors == authors
    assert layout.agencies == ("UPI",)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        (
            "By Pacific affairs reporter Lena Moala and Tom Brandt in Suva",
            ("Lena Moala", "Tom Brandt"),
        ),
        ("By Europe correspondent Jane Roe in Brussels", ("Jane Roe",)),
        ("By Jane Roe and political editor John Doe", ("Jane Roe", "John Doe")),
        ("By Jane Roe, Diplomatic Correspondent", ("Jane Roe",)),
    ],
)
def test_byline_with_a_job_title_before_a_name(byline: str, authors: tuple[str, ...]) -> None:
    """A job title before a byline's name, and "in City" after it, are not the name."""
    assert _split(f"{HEADLINE}\n\n{byline}\n\n{STORY}").authors == authors


def test_quoted_people_in_the_body_are_not_authors() -> None:
    """Only the byline names authors: people quoted or named in the story are not."""
    layout = _split(f"{HEADLINE}\n\nBy Jane Q. Roe\n\n{STORY}")
    assert layout.authors == ("Jane Q. Roe",)


def test_two_names_beside_a_date_between_bars() -> None:
    """'Jane Roe and John Doe |12.03.2025 - Update : 12.03.2025' names two authors."""
    layout = _split(
        f"{HEADLINE}\n\nJane Roe and John Doe |12.03.2025 - Update : 12.03.2025\n\nLIMA\n\n{STORY}"
    )
    assert layout.authors == ("Jane Roe", "John Doe")
    assert layout.published == date(2025, 3, 12)


def test_byline_under_a_standfirst_and_a_caption() -> None:
    """A lead photo's caption between the standfirst and a name over a job title: a byline."""
    layout = _split(
        f"{HEADLINE}\n\nThe pact sets anchovy quotas for five years\n\n"
        "Varga (left) with Reyes at the ministry on March 4. PHOTO: REUTERS\n\n"
        "Jane Roe\nDiplomatic Correspondent\n\nPublished Mar 04, 2025, 06:30 PM\n\n"
        f"LIMA – {STORY}"
    )
    assert layout.authors == ("Jane Roe",)
    assert layout.published == date(2025, 3, 4)
    assert "Diplomatic Correspondent" not in layout.body


# --- date stamps -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Posted Sat 8 Mar 2025 at 6:05pm, updated Sat 8 Mar 2025 at 9:30pm", date(2025, 3, 8)),
        ("Published Fri. 7 Mar 2025", date(2025, 3, 7)),
        ("Updated Thurs, March 6, 2025 at 10:01 PM", date(2025, 3, 6)),
    ],
)
def test_stamp_with_an_abbreviated_weekday(stamp: str, published: date) -> None:
    """A stamp may name the weekday in short before the date."""
    layout = _split(f"{HEADLINE}\n\nBy Jane Roe\n\n{stamp}\n\n{STORY}")
    assert layout.published == published
    assert stamp not in layout.body


# --- date lines under a standfirst ------------------------------------------------------------


def test_date_line_under_a_standfirst_over_a_caption_dates_the_page() -> None:
    """Headline, standfirst, '05/21/2024', then the lead photo's caption: the page's date."""
    layout = _split(
        f"{HEADLINE}\n\nThe pact sets quotas. Hungary also raised concerns over trawlers.\n\n"
        "05/21/2024\n\nVarga (right) greets Reyes at the ministry\nImage: Jana Weber/AP\n\n"
        f"{STORY}"
    )
    assert layout.published == date(2024, 5, 21)


def test_ambiguous_date_line_under_a_standfirst_reads_the_prose_order() -> None:
    """'03/05/2024' under a standfirst: the story's "4 March" tells the day comes first."""
    layout = _split(
        f"{HEADLINE}\n\nThe pact sets quotas.\n\n03/05/2024\n\n"
        "Varga (right) greets Reyes\n\nThe ministers met on 4 March in Lima."
    )
    assert layout.published == date(2024, 5, 3)


# --- outlets naming themselves in a page's foot -----------------------------------------------


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("Published in Harbour Herald, March 4th, 2025", "Harbour Herald"),
        ("Published in The Hindu, 4 March 2025", "The Hindu"),
        ("Support HARBOUR HERALD's journalism of integrity", "Harbour Herald"),
        ("At Kavkaz24, we believe in independent reporting. Please consider donating.", "Kavkaz24"),
    ],
)
def test_outlet_named_in_the_foot(footer: str, outlet: str) -> None:
    """
    The page's foot names its outlet; the line is not the story.

    A print trailer stays in the body: the print edition's date is a date the page states.
    """
    layout = _split(f"{HEADLINE}\n\nBy Jane Roe\n\n{STORY}\n\n{footer}")
    assert layout.outlet == outlet
    assert (footer in layout.body) == footer.startswith("Published in")
    assert layout.authors == ("Jane Roe",)


def test_agency_site_naming_itself_is_the_outlet_and_the_agency() -> None:
    """'The Xinhua website carries ... to subscribers': outlet and agency of its own story."""
    layout = _split(
        f"{HEADLINE}\n\n{STORY}\n\nThe Xinhua website carries only a selection of the "
        "stories offered to subscribers of its wire service."
    )
    assert layout.outlet == "Xinhua"
    assert layout.agencies == ("Xinhua",)


@pytest.mark.parametrize(
    "line",
    [
        "At Davos, we agreed to meet again, Varga said.",
        "Published in 2019, the report found no breach.",
        "Support for the pact is strong in Lima, polls show.",
        "Published in Lima, March 4th, 2025",
    ],
)
def test_foot_like_prose_names_no_outlet(line: str) -> None:
    """A place, a year or prose after the same openings names no outlet."""
    assert _split(f"{HEADLINE}\n\n{STORY}\n\n{line}").outlet is None


# --- agencies named after their kind ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "agencies"),
    [
        (
            "The minister told the News Agency of Nigeria (NAN) that the border would reopen.",
            ["NAN"],
        ),
        (
            "The Press Agency of Ruritania (PAR) reported that the envoy left.",
            ["Press Agency of Ruritania"],
        ),
        ("Police raided the offices of the News Agency of Ruritania on Monday.", []),
    ],
)
def test_agency_named_after_its_kind(sentence: str, agencies: list[str]) -> None:
    """'the News Agency of X (NAX)' with a citing verb is credited; merely mentioned, not."""
    tally = Credits()
    read_cited_agencies(sentence, tally)
    assert tally.agencies == agencies


# --- a site's name over its breadcrumb; a readout's label and office ---------------------------


def test_site_name_over_breadcrumb_and_readout_label() -> None:
    """The site's name and breadcrumb, the label and office under the title are furniture."""
    layout = _split(
        "MINISTRY of FOREIGN AFFAIRS\nHome > Newsroom > Readouts\n\n"
        "Minister Varga's Meeting with Peruvian Foreign Minister Reyes\n\n"
        "READOUT\nOFFICE OF THE PRESS SECRETARY\nJUNE 2, 2025\n\n"
        "Foreign Minister Ilse Varga met today in Budapest with Tomas Reyes."
    )
    assert layout.headline == "Minister Varga's Meeting with Peruvian Foreign Minister Reyes"
    assert layout.published == date(2025, 6, 2)
    assert "OFFICE OF THE PRESS SECRETARY" not in layout.body
    assert "READOUT" not in layout.body


def test_office_line_without_a_date_under_it_stays() -> None:
    """Under a readout label, a line not followed by a date line is the story."""
    layout = _split(
        f"{HEADLINE}\n\nREADOUT\n\nForeign Minister Ilse Varga met Tomas Reyes today.\n\n"
        "They discussed fisheries."
    )
    assert layout.headline == HEADLINE
    assert layout.body.startswith("Foreign Minister Ilse Varga met")


# --- HTML metadata against the story ------------------------------------------------------------

_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head>
<title>Peru and Hungary sign fisheries pact - Kavkaz 24</title>
<meta property="og:site_name" content="Kavkaz 24">
<meta property="og:title" content="Peru and Hungary sign fisheries pact">
<meta property="article:published_time" content="2025-03-04T10:00:00+00:00">
<meta name="author" content="KAVKAZ 24">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article>
<h1>Peru and Hungary sign fisheries pact</h1>
<p>Foreign Minister Ilse Varga met her Peruvian counterpart Tomas Reyes in Lima on Tuesday
to discuss fisheries quotas and a research vessel, the ministry said.</p>
<p>"We agreed on a plan," Varga told AFP after the talks at the Torre Tagle palace, adding
that a second round would follow in Budapest in the autumn.</p>
<p>Reyes said Peru would share its catch data with Hungarian researchers next year.</p>
</article></main>
<footer><p>© 2025 Kavkaz 24. All rights reserved.</p></footer>
</body></html>
"""


def test_site_name_beats_an_outlet_the_story_cites() -> None:
    """og:site_name is the outlet, not 'AFP' from "told AFP"; the meta author is kept whole."""
    pytest.importorskip("trafilatura")
    source = diplomeet.parse(_PAGE).source
    assert source.outlet == "Kavkaz 24"
    assert [a.casefold() for a in source.authors] == ["kavkaz 24"]
    assert source.published == date(2025, 3, 4)


# --- a readout's meeting sentence (the title no longer stands in the body) ---------------------


@pytest.mark.parametrize(
    ("sentence", "names", "place"),
    [
        (
            (
                "Foreign Minister Ilse Varga met today in Lima with Peruvian Foreign Minister "
                "Sayyid Nasser bin Saif Al Rawahi."
            ),
            ["Ilse Varga", "Nasser bin Saif Al Rawahi"],
            "Lima",
        ),
        (
            (
                "Foreign Minister Ilse Varga met yesterday in New Delhi with Indian Foreign "
                "Minister Ravi Menon."
            ),
            ["Ilse Varga", "Ravi Menon"],
            "New Delhi",
        ),
        (
            "Foreign Minister Ilse Varga met today with Peruvian Foreign Minister Tomas Reyes.",
            ["Ilse Varga", "Tomas Reyes"],
            None,
        ),
    ],
)
def test_readout_meeting_with_day_and_place_before_with(
    sentence: str, names: list[str], place: str | None
) -> None:
    """'met today in Lima with X' names the meeting; a six-word Arabic name stays whole."""
    parsed = diplomeet.parse(f"{sentence} They discussed fisheries.", published=date(2025, 6, 2))
    assert [[p.name for p in m.participants] for m in parsed.meetings] == [names]
    found = parsed.meetings[0].place
    assert (found.name if found else None) == place
    when = parsed.meetings[0].when
    assert when is not None
    assert when.value == ("2025-06-01" if "yesterday" in sentence else "2025-06-02")


_BARE_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><title>Peru and Hungary sign fisheries pact</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article>
<h1>Peru and Hungary sign fisheries pact</h1>
<div class="byline">By Pacific affairs reporter Jane Roe and John Doe in Lima</div>
<p>Foreign Minister Ilse Varga met her Peruvian counterpart Tomas Reyes in Lima on Tuesday
to discuss fisheries quotas, the ministry said.</p>
<p>"We agreed on a plan," Varga told reporters after the talks at the Torre Tagle palace,
adding that a second round would follow in Budapest in the autumn.</p>
<p>Reyes said Peru would share its catch data with Hungarian researchers next year.</p>
</article></main>
<footer><p>© 2025 Harbour Herald. All rights reserved.</p></footer>
</body></html>
"""


def test_page_without_metadata_names_its_outlet_from_the_footer() -> None:
    """No site name in the metadata: the footer's copyright line names the outlet."""
    pytest.importorskip("trafilatura")
    source = diplomeet.parse(_BARE_PAGE).source
    assert source.outlet == "Harbour Herald"
    assert source.authors == ("Jane Roe", "John Doe")


def test_copyright_year_is_no_publication_date() -> None:
    """'© 2025' is no date: the page states none, so none is given (not 1 January 2025)."""
    pytest.importorskip("trafilatura")
    assert diplomeet.parse(_BARE_PAGE).source.published is None


def test_first_of_january_written_on_the_page_is_kept() -> None:
    """A page that states 1 January keeps it as its date."""
    pytest.importorskip("trafilatura")
    page = _BARE_PAGE.replace(
        "<h1>", '<time datetime="2025-01-01T09:00:00Z">1 January 2025</time>\n<h1>'
    )
    assert diplomeet.parse(page).source.published == date(2025, 1, 1)
