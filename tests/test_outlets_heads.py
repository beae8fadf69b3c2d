# News typography (en dashes, curly quotes) is what these tests feed the parsers:
# ruff: noqa: RUF001
"""
The generic reader on the heads and credits of pages from outlets it has no parser for.

Date lines in capitals or with an abbreviated weekday, bylines without "By" above the date
line, a standfirst between headline and byline, metadata lines of fields, wire datelines and
trailers in the forms of other agencies, bracketed photo credits, press-office letterheads,
wire tags before a headline, and a text of one sentence.  Every text here is written for these
tests (invented people; real places and agencies).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.outlets import Layout
from diplomeet.outlets._credits import Credits
from diplomeet.outlets._textdates import date_line


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


# --- date lines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("LUSAKA, MARCH 4, 2019 09:15 CAT", date(2019, 3, 4)),
        ("Tue 5 Mar 2024 09.30 GMT", date(2024, 3, 5)),
        ("WEDNESDAY, JUNE 12, 2019", date(2019, 6, 12)),
        ("Thu., Oct. 3, 2024 - 18:40", date(2024, 10, 3)),
        ("Port Louis, Sat 1 February 2025", date(2025, 2, 1)),
        ("4 March 2019 • 9:15am", date(2019, 3, 4)),
    ],
)
def test_date_lines_in_capitals_or_with_a_short_weekday_are_read(line: str, expected: date) -> None:
    """A month in capitals and an abbreviated weekday still make a date line."""
    found = date_line(line)

    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize(
    "line",
    ["The talks may 4, 2019 resume", "Sunderland beat Leeds 3-1", "SAT SCORES FELL IN 2019"],
)
def test_lines_that_are_not_only_a_date_are_no_date_lines(line: str) -> None:
    """A sentence, a month word in lower case or a bare year is no date line."""
    assert date_line(line) is None


# --- bylines without "By", above the date line -----------------------------------------------

CAPS_DATELINE_PAGE = """\
Zambia and Malawi agree to reopen Mwami border post

Chanda Mwale
LUSAKA, MARCH 4, 2019 09:15 CAT

Foreign Affairs Minister Bwalya Tembo on Monday held talks with his Malawian counterpart \
Grace Phiri in Lusaka on reopening the border post.

The two ministers said the post would reopen next month.
"""


def test_bare_name_above_a_date_line_in_capitals_is_the_byline() -> None:
    """A name alone above 'CITY, MONTH D, YYYY' is the author; the date is the page's."""
    layout = _split(CAPS_DATELINE_PAGE)

    assert layout.authors == ("Chanda Mwale",)
    assert layout.published == date(2019, 3, 4)
    assert "Chanda Mwale" not in layout.body


TWO_DESKS_PAGE = """\
Quiet diplomacy on the Orinoco leaves both capitals wary

Analysis: the foreign ministers' first meeting in a year eased tempers, but the boundary \
question is untouched

Ana Lucía Pérez in Bogotá and Kwame Osei in Brasília
Tue 5 Mar 2024 09.30 GMT

The foreign ministers of Colombia and Brazil met for three hours in Leticia on Monday.

Neither side spoke of the boundary afterwards.
"""


def test_standfirst_then_names_with_cities_then_date_line() -> None:
    """Under a standfirst, 'X in City and Y in City' over a date line is the byline."""
    layout = _split(TWO_DESKS_PAGE)

    assert layout.headline == "Quiet diplomacy on the Orinoco leaves both capitals wary"
    assert layout.authors == ("Ana Lucía Pérez", "Kwame Osei")
    assert layout.published == date(2024, 3, 5)


@pytest.mark.parametrize(
    "line",
    ["LUSAKA", "Middle East Crisis", "South Africa", "Chinese Premier Visit"],
)
def test_a_place_or_a_heading_above_the_date_line_is_no_byline(line: str) -> None:
    """A city, a country or a section heading over the date line credits no one."""
    text = f"Ministers meet on river treaty\n\n{line}\nMarch 4, 2019\n\nThe ministers met."

    layout = _split(text)

    assert layout.authors == ()
    assert layout.outlet is None


def test_name_and_agency_above_the_date_line() -> None:
    """'Jane Doe | Reuters' over the date line: an author and an agency."""
    text = (
        "Ministers meet on river treaty\n\nLindiwe Zulu | Reuters\n4 March 2019 • 9:15am\n\n"
        "The ministers met in Maputo on Monday."
    )

    layout = _split(text)

    assert layout.authors == ("Lindiwe Zulu",)
    assert layout.agencies == ("Reuters",)
    assert layout.published == date(2019, 3, 4)


def test_desk_in_capitals_above_the_date_line_is_author_and_outlet() -> None:
    """'HARBOUR HERALD' over the date line is a desk byline naming the outlet."""
    text = (
        "Gulf ministers meet on shipping lanes\n\nHARBOUR HERALD\nJune 3, 2022 08:10\n\n"
        "DOHA: The foreign ministers of Qatar and Oman met on Thursday."
    )

    layout = _split(text)

    assert layout.authors == ("Harbour Herald",)
    assert layout.outlet == "Harbour Herald"
    assert layout.published == date(2022, 6, 3)


def test_name_over_date_line_inside_the_story_is_prose() -> None:
    """Once the story has begun, a name above a date is a paragraph, not a byline."""
    text = (
        "Envoys meet in Geneva\n\nThe envoys met on Monday.\n\nThe talks ended late.\n\n"
        "Hannah Keller\nMarch 4, 2019"
    )

    layout = _split(text)

    assert layout.authors == ()
    assert "Hannah Keller" in layout.body


def test_by_in_capitals_with_accented_names() -> None:
    """'BY JOSÉ MARÍA ORTIZ' is a byline; the name is given in title case."""
    text = (
        "Chile and Peru sign fisheries pact\n\nBY JOSÉ MARÍA ORTIZ\nSaturday, May 4, 2024\n\n"
        "The foreign ministers of Chile and Peru signed a fisheries pact in Arica."
    )

    layout = _split(text)

    assert layout.authors == ("José María Ortiz",)
    assert layout.published == date(2024, 5, 4)


def test_headline_in_capitals_opening_with_by_is_no_byline() -> None:
    """'BY THE END OF TALKS, NO DEAL' names no one."""
    text = "BY THE END OF TALKS, NO DEAL ON RIVER\n\nThe ministers met in Lusaka on Monday."

    layout = _split(text)

    assert layout.authors == ()
    assert layout.headline == "BY THE END OF TALKS, NO DEAL ON RIVER"


def test_reporting_from_line_under_the_byline_is_dropped() -> None:
    """'Reporting from Nairobi' under a byline is furniture; the date line below still counts."""
    text = (
        "Kenya and Ethiopia Talk Water\n\nThe leaders met for an hour.\n\nBy Wanjiru Kamau\n"
        "Reporting from Nairobi\nJuly 9, 2023\n\nNAIROBI — The leaders met on Sunday."
    )

    layout = _split(text)

    assert layout.authors == ("Wanjiru Kamau",)
    assert layout.published == date(2023, 7, 9)
    assert "Reporting from" not in layout.body


def test_name_run_onto_its_job_title_is_cut() -> None:
    """A byline whose spans were joined keeps the name only."""
    tally = Credits()

    tally.add_author("Oisín Byrne RTÉ News Europe correspondent")
    tally.add_author("Mary Ann Clarke Diplomatic Editor")
    tally.add_author("Ana de la Cruz senior correspondent")

    assert tally.authors == ["Oisín Byrne", "Mary Ann Clarke", "Ana de la Cruz"]


# --- metadata lines, wire datelines and trailers --------------------------------------------


def test_field_line_gives_source_date_and_outlet() -> None:
    """'Source: Agency | date | Editor: X' credits the agency, dates the page, names no author."""
    text = (
        "Japanese and Mongolian ministers discuss rare earths\n\n"
        "Source: Kyodo | 2019-05-04 10:11:12 | Editor: Kenji Sato\n\n"
        "TOKYO - The foreign ministers of Japan and Mongolia met in Tokyo on Saturday."
    )

    layout = _split(text)

    assert layout.agencies == ("Kyodo",)
    assert layout.published == date(2019, 5, 4)
    assert layout.outlet == "Kyodo"
    assert layout.authors == ()
    assert "Editor" not in layout.body


def test_bars_in_a_line_without_labels_or_date_are_prose() -> None:
    """'Tickets: 20 | Doors: 7pm' is no metadata line."""
    text = "Embassy concert\n\nThe embassy held a concert.\n\nTickets: 20 | Doors: 7pm"

    layout = _split(text)

    assert layout.published is None
    assert "Tickets: 20 | Doors: 7pm" in layout.body


def test_wire_dateline_with_an_underscore_credits_the_agency() -> None:
    """'LIMA, Peru (AP) _ ...', the 1990s wire form: AP is credited, its own copy."""
    text = (
        "Peru, Bolivia Talk Lake Titicaca\n\nBy JUAN QUISPE\n\n"
        "LIMA, Peru (AP) _ The foreign ministers of Peru and Bolivia met Monday."
    )

    layout = _split(text)

    assert layout.agencies == ("AP",)
    assert layout.outlet == "AP"
    assert layout.body.startswith("LIMA, Peru _ The foreign ministers")


def test_agency_between_slashes_after_the_date_is_a_dateline_credit() -> None:
    """'KYIV, March 3. /Ukrinform/.' credits the agency; the city and date stay."""
    text = (
        "Ukrainian and Polish ministers discuss grain transit\n\n"
        "KYIV, March 3. /Ukrinform/. Foreign Minister Oksana Lysenko met her Polish "
        "counterpart on Friday."
    )

    layout = _split(text)

    assert layout.agencies == ("Ukrinform",)
    assert layout.outlet == "Ukrinform"
    assert layout.body.startswith("KYIV, March 3. Foreign Minister")


def test_a_dateline_credit_beside_other_agencies_names_no_outlet() -> None:
    """With more than one agency credited, the page is not one agency's own copy."""
    text = (
        "Peru, Bolivia Talk Lake Titicaca\n\n"
        "LIMA, Peru (AP) _ The foreign ministers of Peru and Bolivia met Monday.\n\n"
        "(With reporting by Reuters)"
    )

    layout = _split(text)

    assert set(layout.agencies) == {"AP", "Reuters"}
    assert layout.outlet is None


def test_date_opening_the_first_paragraph_dates_the_page() -> None:
    """'3 May 2021 - The Ministry ...' (a release's dateline) gives the publication date."""
    text = (
        "MEDIA STATEMENT\n\nMinister receives Norwegian envoy\n\n"
        "3 May 2021 - The Minister of Foreign Affairs received the Ambassador of Norway "
        "in Windhoek yesterday."
    )

    layout = _split(text)

    assert layout.published == date(2021, 5, 3)


def test_date_opening_a_later_paragraph_does_not_date_the_page() -> None:
    """A chronology item deep in the story is no dateline."""
    text = (
        "How the talks unfolded\n\nThe talks took years.\n\nThey began in Quito.\n\n"
        "3 May 2021 - The first round opened."
    )

    assert _split(text).published is None


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("— STAFF/EFE/AP", ("EFE", "AP")),
        ("-- DPA/AFP", ("dpa", "AFP")),
        ("– Noticias Argentinas", ("NA",)),
    ],
)
def test_slashed_trailer_credits_its_agencies(line: str, agencies: tuple[str, ...]) -> None:
    """A closing '— DESK/AGENCY/AGENCY' credits the agencies and leaves the body."""
    text = f"Ministers meet\n\nThe ministers met in Quito on Monday.\n\n{line}"

    layout = _split(text)

    assert layout.agencies == agencies
    assert line not in layout.body


def test_slashed_line_naming_no_agency_stays_in_the_body() -> None:
    """'— HERALD/STAFF' credits no agency: it is left as it was."""
    text = "Ministers meet\n\nThe ministers met in Quito on Monday.\n\n— HERALD/STAFF"

    layout = _split(text)

    assert layout.agencies == ()


def test_bracketed_photo_credit_makes_a_caption_and_credits_the_agency() -> None:
    """'... [File: Jane Doe/Reuters]' is a caption; a bracket inside a quote is prose."""
    text = (
        "Ministers meet in Quito\n\n"
        "The foreign ministers of Peru and Ecuador met in Quito on Monday.\n\n"
        "Ecuador says the bridge is vital for trade [File: Lucía Andrade/Reuters]\n\n"
        '"He [the minister] was late," an aide said.\n\n'
        "Ecuador leads the regional poll by four points. [Cedatos/Gallup]"
    )

    layout = _split(text)

    assert layout.agencies == ("Reuters",)
    assert layout.captions == (
        "Ecuador says the bridge is vital for trade [File: Lucía Andrade/Reuters]",
    )
    assert '"He [the minister] was late," an aide said.' in layout.body
    assert "Ecuador leads the regional poll by four points. [Cedatos/Gallup]" in layout.body


# --- headline -------------------------------------------------------------------------------


def test_letterhead_above_a_release_label_is_not_the_headline() -> None:
    """'Embassy of X' / 'Press Office' / 'MEDIA STATEMENT' / headline: the headline is read."""
    text = (
        "Embassy of the Republic of Namibia\nPress and Information Office\n\nMEDIA STATEMENT\n\n"
        "AMBASSADOR PRESENTS CREDENTIALS TO PRESIDENT OF FINLAND\n\n"
        "Helsinki, 4 June 2024\n\nThe Ambassador presented her credentials on Tuesday."
    )

    layout = _split(text)

    assert layout.headline == "AMBASSADOR PRESENTS CREDENTIALS TO PRESIDENT OF FINLAND"
    assert "Embassy of the Republic" not in layout.body
    assert layout.published == date(2024, 6, 4)


def test_date_line_in_a_letterhead_still_dates_the_release() -> None:
    """A date among the letterhead lines is kept: it is the release's date."""
    text = (
        "Ministry of Foreign Affairs\n12 May 2021\nPRESS RELEASE\n\n"
        "Minister Receives Envoy of Chile\n\nThe Minister received the Ambassador of Chile."
    )

    layout = _split(text)

    assert layout.headline == "Minister Receives Envoy of Chile"
    assert layout.published == date(2021, 5, 12)
    assert "Ministry of Foreign Affairs" not in layout.body


def test_headline_above_a_section_kicker_stays_the_headline() -> None:
    """A kicker such as 'Analysis' after the headline is no release label: nothing is dropped."""
    text = "Ministers Meet in Quito\nAnalysis\n\nBy Ana Ruiz\n\nThe ministers met on Monday."

    assert _split(text).headline == "Ministers Meet in Quito"


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("(2nd LD) Seoul, Tokyo envoys hold talks", "Seoul, Tokyo envoys hold talks"),
        ("(URGENT) Envoys to meet in Hanoi", "Envoys to meet in Hanoi"),
        ("UPDATE 1-Chile, Peru sign fisheries pact", "Chile, Peru sign fisheries pact"),
        ("(Un)finished business at the river talks", "(Un)finished business at the river talks"),
        ("Exclusive-economic-zone row clouds talks", "Exclusive-economic-zone row clouds talks"),
    ],
)
def test_wire_tag_before_the_headline_is_dropped(line: str, headline: str) -> None:
    """A version or kind tag is not the headline's; a headline's own parenthesis stays."""
    text = f"{line}\n\nThe envoys met in Hanoi on Monday."

    assert _split(text).headline == headline


def test_wire_end_mark_and_email_line_are_not_body() -> None:
    """A reporter's e-mail address and '(END)' close wire copy: neither is the story."""
    text = "Envoys meet\n\nThe envoys met in Hanoi on Monday.\n\nmhpark@wire.example.com\n(END)"

    layout = _split(text)

    assert layout.body == "The envoys met in Hanoi on Monday."


# --- one sentence ---------------------------------------------------------------------------


def test_text_of_one_sentence_is_the_body_not_a_headline() -> None:
    """A single title-case sentence is read as the story: its meeting is found."""
    art = diplomeet.parse("President Ana Ruiz met President Tomas Berg in Lima on Thursday.")

    assert art.source.headline is None
    assert art.text == "President Ana Ruiz met President Tomas Berg in Lima on Thursday."
    assert not any(d.code == "input.empty" for d in art.diagnostics)
    assert len(art.meetings) == 1


def test_headline_and_one_paragraph_keep_their_places() -> None:
    """With a story under it, a title-like first line is still the headline."""
    art = diplomeet.parse("Ruiz Meets Berg\n\nPresident Ana Ruiz met President Tomas Berg.")

    assert art.source.headline == "Ruiz Meets Berg"
    assert art.text == "President Ana Ruiz met President Tomas Berg."


# --- HTML pages -----------------------------------------------------------------------------

FIGURE_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Norway and Iceland sign fisheries accord | The Fjord Courier</title>
<meta property="og:site_name" content="The Fjord Courier">
<meta property="article:published_time" content="2024-09-02T10:00:00Z">
<meta name="author" content="Ingrid Solberg Fjord Courier Nordic correspondent">
</head>
<body>
<main><article>
<h1>Norway and Iceland sign fisheries accord</h1>
<figure><img src="a.jpg" alt="The two ministers at the signing">
<figcaption>The ministers signed the accord in Tromsø [File: Jon Berg/NTB]</figcaption>
<span class="credit">Getty Images</span></figure>
<p>TROMSØ (Reuters) - The fisheries ministers of Norway and Iceland signed an accord on \
mackerel quotas in Tromsø on Monday, ending a dispute of three years.</p>
<p>The accord runs for five years and can be renewed by either government before it \
expires, the Norwegian ministry said in a statement after the signing.</p>
<p>Under the deal, Iceland will take a fixed share of the mackerel stock in the Norwegian Sea, \
and the two coast guards will share their catch records every month.</p>
<p>Fishing groups in both countries welcomed the accord, though a union of Icelandic trawler \
crews said the share was smaller than it had hoped.</p>
<p>The ministers will meet again in Reykjavik next spring to review the first season.</p>
</article></main>
</body>
</html>
"""


def test_html_figure_credits_joined_role_and_site_name() -> None:
    """A bracketed caption credit, a figure's credit span, a name run onto its role."""
    art = diplomeet.parse(FIGURE_PAGE)

    src = art.source
    assert src.authors == ("Ingrid Solberg",)
    assert set(src.agencies) == {"Reuters", "NTB", "Getty Images"}
    # the site's own name wins over the agency of the dateline
    assert src.outlet == "The Fjord Courier"
    assert src.published == date(2024, 9, 2)


class _HeadlineOnlyParser:
    """A plugin-like parser that takes every first line for a headline."""

    id = "headline_only"
    name = "Headline only"

    def detect(self, text: str, url: str | None = None) -> float:  # noqa: ARG002 - contract
        return 0.0

    def split(self, text: str) -> Layout:
        return Layout(body="", headline=text.strip())


def test_a_parser_leaving_only_a_headline_gives_the_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whatever parser read it, a one-line text whose line became the headline is the body."""
    monkeypatch.setattr(outlets, "select_parser", lambda *_a, **_k: _HeadlineOnlyParser())
    text = "Foreign Minister Lina Haddad met her Omani counterpart in Muscat on Sunday."

    art = diplomeet.parse(text)

    assert art.text == text
    assert art.source.headline is None
    assert not any(d.code == "input.empty" for d in art.diagnostics)
