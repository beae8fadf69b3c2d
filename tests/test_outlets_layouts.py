# News typography (en dashes, curly quotes) is what these tests feed the parsers:
# ruff: noqa: RUF001
"""
The generic reader on general layouts of a page's head and foot.

Press-release labels, date lines, bylines without "By", agency trailers, agencies cited as a
story's source and dated wire datelines.  Every article here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.outlets import Layout


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


def _paragraphs(layout: Layout) -> list[str]:
    return layout.body.split("\n\n")


# --- document-type labels, end marks and date lines -----------------------------------------

PRESS_RELEASE = """\
MEDIA RELEASE

Foreign Minister hosts Estonian delegation for consular talks

Windhoek, 3 October 2024

The Minister of International Relations, Hon. Selma Haufiku, on Wednesday hosted a delegation \
from Estonia led by Deputy Minister Kristjan Rand for talks on consular cooperation.

The two sides agreed to open an honorary consulate in Tallinn next year.

-ENDS-

Office of the Spokesperson
Ministry of International Relations
"""


def test_press_release_label_is_not_the_headline_and_its_date_line_is_the_date() -> None:
    """'MEDIA RELEASE' is a label; the next line is the headline; 'Place, D Month YYYY' dates it."""
    layout = _split(PRESS_RELEASE)

    assert layout.headline == "Foreign Minister hosts Estonian delegation for consular talks"
    assert layout.published == date(2024, 10, 3)
    assert layout.dateline == "Windhoek, 3 October 2024"
    assert "MEDIA RELEASE" not in layout.body


def test_end_mark_and_the_contact_block_after_it_are_not_body() -> None:
    """'-ENDS-' and the issuer's contact lines under it leave the body; the story stays."""
    paragraphs = _paragraphs(_split(PRESS_RELEASE))

    assert (
        paragraphs[-1] == "The two sides agreed to open an honorary consulate in Tallinn next year."
    )
    assert not any("ENDS" in p or "Spokesperson" in p for p in paragraphs)


def test_date_line_stays_in_the_body_so_its_date_is_a_mention() -> None:
    """The date line is kept as a paragraph: the dates stage still finds its date."""
    art = diplomeet.parse(PRESS_RELEASE)

    assert art.source.published == date(2024, 10, 3)
    assert art.source.published_from == "text"
    assert "Windhoek, 3 October 2024" in art.text
    assert any(d.value == "2024-10-03" for d in art.dates)


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("Lima, March 3, 2021\n\nBy Rosa Quispe", date(2021, 3, 3)),
        ("By Rosa Quispe\nMarch 3, 2021", date(2021, 3, 3)),
        ("By Rosa Quispe\nWednesday, 3 March 2021", date(2021, 3, 3)),
        ("By Rosa Quispe\nMar. 3, 2021 at 4:15 p.m. EST", date(2021, 3, 3)),
        ("By Rosa Quispe\n2021-03-03", date(2021, 3, 3)),
    ],
)
def test_date_line_in_the_head_is_the_publication_date(head: str, published: date) -> None:
    """A line stating only a date, above or under the byline, gives the publication date."""
    text = f"Peru and Ecuador reopen border crossing\n\n{head}\n\nThe ministers met in Tumbes."

    layout = _split(text)

    assert layout.published == published
    assert layout.authors == ("Rosa Quispe",)
    assert layout.headline == "Peru and Ecuador reopen border crossing"
    assert _paragraphs(layout)[-1] == "The ministers met in Tumbes."


def test_date_line_inside_the_story_is_not_the_publication_date() -> None:
    """Once the story has begun, a line of only a date (a timeline entry) dates nothing."""
    text = (
        "How the border talks unfolded\n\nThe talks took three years.\n\nMarch 3, 2021\n\n"
        "The first round opened in Quito."
    )

    layout = _split(text)

    assert layout.published is None
    assert "March 3, 2021" in _paragraphs(layout)


def test_full_date_in_a_body_sentence_is_not_the_publication_date() -> None:
    """A sentence holding a full date is prose, not a date line."""
    text = "Border talks resume\n\nThe talks resumed on March 3, 2021, in Quito."

    assert _split(text).published is None


def test_published_line_beats_a_later_date_line() -> None:
    """The first stated date wins: a 'Published:' line before a date stamp."""
    text = "Envoys meet\nPublished: 4 May 2022\n\nMay 5, 2022\n\nThe envoys met."

    assert _split(text).published == date(2022, 5, 4)


@pytest.mark.parametrize("label", ["EXCLUSIVE", "Analysis", "For Immediate Release", "Readout"])
def test_kicker_above_the_headline_is_dropped(label: str) -> None:
    """A document-type label or section kicker alone above the headline is not the headline."""
    layout = _split(f"{label}\n\nOman mediates between rival ports\n\nThe talks began.")

    assert layout.headline == "Oman mediates between rival ports"
    assert layout.body == "The talks began."


# --- bylines without "By" -------------------------------------------------------------------


@pytest.mark.parametrize(
    "role",
    ["Diplomatic Editor", "Staff Writer", "Foreign Affairs Reporter", "Chief Correspondent, Oslo"],
)
def test_name_above_a_job_title_is_a_byline(role: str) -> None:
    """A person's name on its own line over a job title is the author; neither line is body."""
    text = (
        f"Norway and Chile sign ocean pact\n\nIngrid Solberg Haug\n{role}\n\n"
        "OSLO - The two governments signed the pact on Monday."
    )

    layout = _split(text)

    assert layout.authors == ("Ingrid Solberg Haug",)
    assert layout.body == "OSLO - The two governments signed the pact on Monday."


def test_name_above_a_job_title_above_the_headline_is_a_byline() -> None:
    """An author box printed above the headline: the name is the author, the title follows."""
    text = (
        "Ingrid Solberg Haug\nDiplomatic Editor\n\nNorway and Chile sign ocean pact\n\n"
        "The two governments signed the pact on Monday."
    )

    layout = _split(text)

    assert layout.authors == ("Ingrid Solberg Haug",)
    assert layout.headline == "Norway and Chile sign ocean pact"


def test_title_case_headline_over_a_desk_credit_stays_the_headline() -> None:
    """'Envoys Meet Rivals' over 'Staff Writer', then the story: the first line is the headline."""
    layout = _split("Envoys Meet Rivals\nStaff Writer\n\nThe envoys met their rivals on Monday.")

    assert layout.headline == "Envoys Meet Rivals"
    assert layout.authors == ()


def test_date_line_above_the_headline_dates_the_page() -> None:
    """A date stamp printed before the headline gives the date and leaves the headline open."""
    layout = _split(
        "Tuesday, 4 March 2025\n\nChad and Niger reopen border\n\nBy Ali Mahamat\n\n"
        "The border reopened."
    )

    assert layout.published == date(2025, 3, 4)
    assert layout.headline == "Chad and Niger reopen border"
    assert layout.authors == ("Ali Mahamat",)


def test_job_title_under_a_byline_is_not_body() -> None:
    """'By X' then 'Political reporter': the title line is furniture."""
    text = "Talks stall\n\nBy Aroha Tane\nPolitical reporter\n\nThe talks stalled on Friday."

    layout = _split(text)

    assert layout.authors == ("Aroha Tane",)
    assert layout.body == "The talks stalled on Friday."


def test_name_line_under_the_headline_is_a_byline() -> None:
    """A bare name line right under the headline, the story after it, is the byline."""
    text = "Talks stall\n\nKofi Mensah\n\nThe talks stalled on Friday."

    layout = _split(text)

    assert layout.authors == ("Kofi Mensah",)
    assert "Kofi Mensah" not in _paragraphs(layout)


def test_name_line_inside_the_story_is_not_an_author() -> None:
    """Once the story has begun, a bare name line is prose (a heading or a one-liner)."""
    text = "Talks stall\n\nThe talks stalled.\n\nMore came later.\n\nKofi Mensah\n\nHe left."

    layout = _split(text)

    assert layout.authors == ()
    assert "Kofi Mensah" in _paragraphs(layout)


def test_name_and_title_lines_inside_the_story_are_body() -> None:
    """After the story has begun, a name over a title is prose (a signature in a letter)."""
    text = "A letter to the minister\n\nWe write to protest.\n\nMaria Lindgren\nChief Editor"

    layout = _split(text)

    assert layout.authors == ()
    assert "Maria Lindgren" in layout.body


# --- agency trailers and agencies cited as sources ------------------------------------------


@pytest.mark.parametrize(
    ("trailer", "agencies"),
    [
        ("- With AFP", ("AFP",)),
        ("With AFP", ("AFP",)),
        ("— With Reuters", ("Reuters",)),
        ("(With AFP)", ("AFP",)),
        ("– with AP and dpa", ("AP", "dpa")),
        ("— with agencies", ()),
    ],
)
def test_with_agency_trailer_credits_the_agency(trailer: str, agencies: tuple[str, ...]) -> None:
    """'- With AFP' credits an agency, never an author, and leaves the body."""
    layout = _split(f"Ports reopen\n\nThe ports reopened on Monday.\n\n{trailer}")

    assert layout.agencies == agencies
    assert layout.authors == ()
    assert layout.body == "The ports reopened on Monday."


def test_with_a_person_is_not_an_agency_trailer() -> None:
    """'With Jane Doe' names no agency: nothing is credited as an agency."""
    layout = _split("Ports reopen\n\nThe ports reopened on Monday.\n\nWith Lena Fischer")

    assert layout.agencies == ()


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("In remarks carried by the official Xinhua news agency, the minister said", "Xinhua"),
        ("The minister told the state-run Vortex news agency that", "Vortex"),
        ("according to Oman's official Kestrel news agency, the envoy left", "Kestrel"),
        ("The official news agency KUNA reported that the envoy left", "KUNA"),
        ("The official Anadolu news agency said the envoy left", "Anadolu Agency"),
        ("a statement reported by the Kuwait News Agency said", "KUNA"),
    ],
)
def test_agency_cited_as_a_source_is_credited(sentence: str, agency: str) -> None:
    """An agency named with a citing verb (carried by, told, according to, ... reported)."""
    layout = _split(f"Envoy leaves\n\n{sentence} the talks were over.")

    assert layout.agencies == (agency,)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police raided the offices of the Kestrel news agency on Monday.",
        "The minister told the official Moroccan news agency that talks were over.",
        "A reporter for the Vortex news agency was among the guests.",
    ],
)
def test_agency_merely_mentioned_is_not_credited(sentence: str) -> None:
    """An agency named without citing it, or a nationality in the name's place, credits none."""
    assert _split(f"Envoy leaves\n\n{sentence}").agencies == ()


# --- dated wire datelines -------------------------------------------------------------------


def test_dated_wire_dateline_with_bare_agency_credits_it() -> None:
    """'SEOUL, Feb. 3 Yonhap -' credits Yonhap; the city and date stay, no year: no date."""
    layout = _split(
        "Seoul and Canberra to hold talks\n\nSEOUL, Feb. 3 Yonhap - The foreign ministers "
        "of South Korea and Australia will meet next week, officials said."
    )

    assert layout.agencies == ("Yonhap",)
    assert layout.dateline == "SEOUL, Feb. 3 Yonhap -"
    assert layout.body.startswith("SEOUL, Feb. 3 - The foreign ministers")
    assert layout.published is None


def test_dated_dateline_with_an_unknown_word_credits_nothing() -> None:
    """Only a known agency is read from a bare dateline: 'Monday' after the date is no credit."""
    text = "Talks open\n\nBERLIN, May 4 Monday - The talks opened."

    layout = _split(text)

    assert layout.agencies == ()
    assert layout.body == "BERLIN, May 4 Monday - The talks opened."
