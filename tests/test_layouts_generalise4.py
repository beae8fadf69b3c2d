"""
The generic reader on a fourth round of page layouts: heads of wire copy and section paths.

Teleprinter slugs and item numbers over a headline, section paths between bars, breadcrumbs
ending with the headline, date lines closing with an hour alone ("12 AM PT") or a lower-case
"pm", a bare agency after a dated wire dateline's comma, photo credits joined by "via", a file
photo's credit closing a caption, a cited agency after a sentence-initial "According to", and
HTML bylines linking several authors.  Every page here is written for these tests, in the
manner of English-language outlets of several regions and decades; the people are invented
and no article is copied.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.outlets import Layout


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


# --- wire copy: a slug or an item number over the headline -----------------------------------

WIRE_HEADS = [
    pytest.param(
        "BC-CHILE-PERU 2NDLD\n"
        "CHILE AND PERU AGREE TO REOPEN BORDER POSTS\n"
        "SANTIAGO, March 3, Reuter - Chile's Foreign Minister Tomas Irarrazaval met his "
        "Peruvian counterpart here today.\n",
        "CHILE AND PERU AGREE TO REOPEN BORDER POSTS",
        id="cycle-slug-version-tag",
    ),
    pytest.param(
        "AM-Ghana-Togo,0412\n"
        "Ghana and Togo Ministers Discuss Border Trade\n"
        "ACCRA, Ghana (AP) - Ghana's foreign minister, Kwabena Asante, met his Togolese "
        "counterpart on Tuesday.\n",
        "Ghana and Togo Ministers Discuss Border Trade",
        id="morning-cycle-take-number",
    ),
    pytest.param(
        "NORWAY-SWEDEN LEAD\n"
        "NORDIC MINISTERS MEET ON FISHING QUOTAS\n"
        "OSLO, Nov 12 - The foreign ministers of Norway and Sweden met here today.\n",
        "NORDIC MINISTERS MEET ON FISHING QUOTAS",
        id="slug-lead-tag",
    ),
    pytest.param(
        "TASS 112\n"
        "SOVIET-MONGOLIAN TALKS IN ULAN BATOR\n"
        "ULAN BATOR, May 4 TASS -- Talks were held here today between the two foreign "
        "ministers.\n",
        "SOVIET-MONGOLIAN TALKS IN ULAN BATOR",
        id="agency-item-number",
    ),
]


@pytest.mark.parametrize(("text", "headline"), WIRE_HEADS)
def test_a_wire_slug_or_item_number_is_not_the_headline(text: str, headline: str) -> None:
    """The slug ("BC-CHILE-PERU 2NDLD") or item number ("TASS 112") is dropped; the title stays."""
    layout = _split(text)
    assert layout.headline == headline
    first = text.split("\n", 1)[0]
    assert first not in layout.body


def test_a_capitals_headline_with_hyphens_is_not_taken_for_a_slug() -> None:
    """A headline in capitals joining two countries ("INDIA-CHINA TALKS END") stays the headline."""
    layout = _split(
        "INDIA-CHINA TALKS END WITHOUT AGREEMENT\n"
        "NEW DELHI, Aug 2 - The two delegations met for six hours on Friday.\n"
    )
    assert layout.headline == "INDIA-CHINA TALKS END WITHOUT AGREEMENT"


def test_a_number_after_a_word_that_is_no_agency_is_kept() -> None:
    """A line "Chapter 12" over a title is no wire's item number: only an agency's name is."""
    layout = _split(
        "Chapter 12\nThe long road to the border treaty\nThe two ministers met in Lima in 1998.\n"
    )
    assert layout.headline == "Chapter 12"


def test_a_bare_agency_after_a_dated_wire_datelines_comma_is_credited() -> None:
    """In "SANTIAGO, March 3, Reuter -" the comma after the date keeps the agency a credit."""
    layout = _split(WIRE_HEADS[0].values[0])  # type: ignore[arg-type]
    assert layout.agencies == ("Reuters",)
    assert layout.body.startswith("SANTIAGO, March 3 - Chile's")


# --- section paths and breadcrumbs over the headline -----------------------------------------

SECTION_PATHS = [
    pytest.param(
        "World | Diplomacy\n"
        "Baltic ministers pledge joint patrols after cable cut\n"
        "The foreign ministers of Latvia and Lithuania met in Riga on Monday.\n",
        id="bars",
    ),
    pytest.param(
        "Asia / Southeast Asia / Politics\n"
        "Baltic ministers pledge joint patrols after cable cut\n"
        "The foreign ministers of Latvia and Lithuania met in Riga on Monday.\n",
        id="slashes",
    ),
]


@pytest.mark.parametrize("text", SECTION_PATHS)
def test_a_path_of_sections_over_the_headline_is_not_the_headline(text: str) -> None:
    """A path "World | Diplomacy" over a longer title is the story's section, not its title."""
    layout = _split(text)
    assert layout.headline == "Baltic ministers pledge joint patrols after cable cut"
    assert "Diplomacy" not in layout.body
    assert "Politics" not in layout.body


def test_a_breadcrumb_ending_with_the_headline_is_dropped() -> None:
    """A trail "News / Africa / <title>" over "<title>" ends with the headline under it."""
    title = "Kenyan and Ethiopian ministers agree on dam data; 14 herders freed"
    layout = _split(
        f"The Example Herald\n\nNews / Africa / {title}\n\n{title}\n\n"
        "Amina Wekesa / Updated: Mar 2, 2026, 21:10 EAT\n\n"
        "NAIROBI: Kenya's foreign minister met his Ethiopian counterpart on Sunday.\n"
    )
    assert layout.headline == title
    assert "News / Africa" not in layout.body


def test_a_title_with_a_slash_is_kept_when_no_line_repeats_it() -> None:
    """A headline holding a slash ("Trade / security talks ...") is no breadcrumb."""
    layout = _split(
        "Trade / security talks open in Hanoi as ministers meet\n"
        "Vietnamese and Thai officials met in Hanoi on Thursday.\n"
    )
    assert layout.headline == "Trade / security talks open in Hanoi as ministers meet"


# --- date lines closing with a clock time ----------------------------------------------------

DATE_LINES = [
    pytest.param("MAR. 14, 1988 12 AM PT", date(1988, 3, 14), id="hour-alone-capitals"),
    pytest.param("October 2, 2025 6:40 pm CET", date(2025, 10, 2), id="lower-case-pm-zone"),
    pytest.param("June 5, 2024 9 a.m. ET", date(2024, 6, 5), id="hour-alone-dotted"),
]


@pytest.mark.parametrize(("line", "day"), DATE_LINES)
def test_a_date_line_closing_with_a_clock_time_dates_the_page(line: str, day: date) -> None:
    """The page's date line with its time ("12 AM PT", "6:40 pm CET") is the publication date."""
    art = diplomeet.parse(
        "Example Review\n\n"
        "Envoys Meet in Geneva as Truce Holds\n\n"
        f"{line}\n\n"
        "BY JANE ROE\n\n"
        "GENEVA — The two envoys met on Tuesday at the Palais des Nations for three hours.\n"
    )
    assert art.source.published == day
    assert all(ref.granularity != "time" for ref in art.dates)


def test_a_politico_like_head_keeps_its_headline_and_date() -> None:
    """Masthead, section path, headline, standfirst, byline and date line: each in its place."""
    art = diplomeet.parse(
        "POLITICO\n\n"
        "Europe | Trade\n\n"
        "Nordic ministers vow 'no retreat' on Arctic shipping rules\n\n"
        "The Nordic foreign ministers met in Tromsø a day after the new rules took effect.\n\n"
        "By Ingrid Solberg and Mikko Rantanen\n\n"
        "October 2, 2025 6:40 pm CET\n\n"
        "TROMSØ, Norway — The foreign ministers of Norway and Finland met on Thursday to "
        "coordinate their stance.\n"
    )
    assert art.source.headline == "Nordic ministers vow 'no retreat' on Arctic shipping rules"
    assert art.source.published == date(2025, 10, 2)
    assert art.source.authors == ("Ingrid Solberg", "Mikko Rantanen")
    assert all(ref.granularity != "time" for ref in art.dates)


# --- photo credits and cited agencies ---------------------------------------------------------

CAPTION_CREDITS = [
    pytest.param(
        "Patrol boats near the reef on Friday. Photo: Vietnam Coast Guard via Reuters",
        ("Reuters",),
        id="source-via-agency",
    ),
    pytest.param(
        "The two presidents in Vilnius on May 3. (Rasa Petraitiene / AFP via Getty Images)",
        ("AFP", "Getty Images"),
        id="agency-via-picture-agency",
    ),
    pytest.param(
        "Troops patrol the frontier near Tamu. File photo: AFP",
        ("AFP",),
        id="file-photo-label",
    ),
]


@pytest.mark.parametrize(("caption", "agencies"), CAPTION_CREDITS)
def test_a_photo_credit_naming_agencies_credits_each(
    caption: str, agencies: tuple[str, ...]
) -> None:
    """Credits "X via Reuters", "AFP via Getty Images" and "File photo: AFP" name agencies."""
    layout = _split(
        "Ministers meet as border tension rises\n"
        f"{caption}\n"
        "The foreign ministers met in the capital on Thursday for talks on the border.\n"
    )
    assert layout.agencies == agencies
    assert caption in layout.captions
    assert caption not in layout.body


def test_an_agency_cited_after_a_sentence_initial_according_to_is_credited() -> None:
    """A sentence opening "According to state-run news agency PNA" cites the agency."""
    layout = _split(
        "Manila protests over reef incident\n"
        "The foreign ministry summoned the ambassador on Monday.\n"
        "According to state-run news agency PNA, the note was handed over in the afternoon.\n"
    )
    assert layout.agencies == ("PNA",)


# --- HTML: a byline linking several authors --------------------------------------------------

TWO_AUTHOR_PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Thai and Cambodian ministers agree to reopen border checkpoints | Example Post</title>
<meta property="og:site_name" content="Example Post">
<meta property="og:title" content="Thai and Cambodian ministers agree to reopen border checkpoints">
<meta property="article:published_time" content="2025-07-09T10:00:00+07:00">
</head><body>
<article>
<h1>Thai and Cambodian ministers agree to reopen border checkpoints</h1>
<div class="byline">
<a class="author-name" href="/author/somchai-rattana">Somchai Rattana</a>
<span class="place"> in Bangkok</span> and
<a class="author-name" href="/author/sokha-meas">Sokha Meas</a>
<span class="place"> in Phnom Penh</span>
</div>
<div class="editor">Edited by <a href="/author/pim-chaiyo">Pim Chaiyo</a></div>
<p>The foreign ministers of Thailand and Cambodia agreed on Tuesday to reopen two border
checkpoints closed since a clash between soldiers in May, officials from both sides said.</p>
<p>The ministers met for three hours in the border town of Aranyaprathet, where they also
discussed the demarcation of a disputed stretch near an ancient temple.</p>
<p>Both governments said a joint committee would meet again before the end of the month to
agree on the opening hours of the checkpoints and the documents traders would need.</p>
<p>Trade across the border fell by a third after the clash, according to Thai customs
figures published last week.</p>
</article>
<div class="more"><a href="/author/other-writer">Other Writer</a></div>
</body></html>
"""


def test_html_byline_links_give_every_author_but_the_editor() -> None:
    """Two linked authors are both credited; the editor's link ("Edited by") is not a byline."""
    pytest.importorskip("trafilatura")
    art = diplomeet.parse(TWO_AUTHOR_PAGE)
    assert art.source.authors == ("Somchai Rattana", "Sokha Meas")
