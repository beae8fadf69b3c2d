"""Source-field classes read from the development samples sample22a-b, on pages of our own."""

from __future__ import annotations

import pytest

import diplomeet

_HEAD = "THE HARBOUR POST\n\nEnvoy ends visit to Port Vell\n\nBy Ana Lind\n\nMarch 3, 2026\n\n"
_LEAD = "Visiting Foreign Minister Edo Karsk arrived on Monday for talks with his host.\n\n"


def _agencies(body: str) -> tuple[str, ...]:
    return diplomeet.parse(_HEAD + _LEAD + body).source.agencies


@pytest.mark.parametrize(
    ("body", "agency"),
    [
        ('IRNA quoted Karsk as saying that ties were "stronger than ever".', "IRNA"),
        ("Xinhua quoted the minister as saying the visit had gone well.", "Xinhua"),
        (
            (
                "The news agency Tass, in a report filed late on Monday, quoted Karsk as saying "
                "the visit had cleared the air."
            ),
            "TASS",
        ),
        (
            (
                "The state news agency Antara, citing a ministry source, reported that a deal was "
                "close."
            ),
            "Antara",
        ),
    ],
)
def test_an_agency_that_quoted_someone_is_credited(body: str, agency: str) -> None:
    """'IRNA quoted the minister as saying': the agency is a source of the story."""
    assert agency in _agencies(body)


def test_a_paper_that_quoted_someone_is_no_agency() -> None:
    """'The Valley Courier quoted ...' names a paper the agency table does not know."""
    assert _agencies("Valley Courier quoted Karsk as saying the talks were useful.") == ()


@pytest.mark.parametrize(
    ("tail", "agency"),
    [
        ("This article was written with material from Keystone-SDA.", "Keystone-SDA"),
        ("This story was compiled with reporting from Reuters and AFP.", "Reuters"),
        ("The article was written using material from the Associated Press.", "AP"),
    ],
)
def test_a_closing_sentence_crediting_material_names_the_agency(tail: str, agency: str) -> None:
    """'This article was written with material from X.': a trailer told as a sentence."""
    assert agency in _agencies(tail)


def test_a_sentence_about_material_from_a_body_is_no_credit() -> None:
    """A report written with material from a ministry credits no agency."""
    tail = "This article was written with material from the Ministry of Culture."
    assert _agencies(tail) == ()


@pytest.mark.parametrize(
    ("tail", "agency"),
    [
        ("With files from Canadian Press", "Canadian Press"),
        ("With files from The Canadian Press", "The Canadian Press"),
    ],
)
def test_the_canadian_press_is_kept_as_credited(tail: str, agency: str) -> None:
    """'With files from Canadian Press' credits it without the article it was written without."""
    assert _agencies(tail) == (agency,)


@pytest.mark.parametrize(
    ("tail", "agency"),
    [("Photo - ONA", "ONA"), ("Photo/WAM", "WAM"), ("PHOTO \u2013 Antara", "Antara")],
)
def test_a_photo_credit_line_with_a_dash_names_the_agency(tail: str, agency: str) -> None:
    """'Photo - ONA' closing a story: a photo credit whose colon is a dash or a slash."""
    assert _agencies(f"- With agencies\n\n{tail}") == (agency,)


@pytest.mark.parametrize(
    "tail",
    [
        "Photo - Jane Roe",
        "PHOTO/JANE ROE",
        "Photo - Ministry of Culture",
        "Photo - ONA staff at work",
    ],
)
def test_a_photo_credit_line_naming_no_agency_credits_none(tail: str) -> None:
    """A photographer or a ministry after "Photo -" is no agency."""
    assert _agencies(tail) == ()


def _labelled_page(label: str, head: str) -> str:
    return (
        "THE VALLEY STAR\nThe Valley's Own Paper\n\nHome > World > Diplomacy\n\n"
        f"{label}\n\n{head}\n\nReporting by Ana Lind\n\nPublished on March 3, 2026\n\nVell\n\n"
        "The two foreign ministers met in Vell yesterday and agreed to open the border.\n\n"
        "They will meet again in May."
    )


@pytest.mark.parametrize(
    ("label", "head"),
    [
        ("Press conference record", '"Roads are trade": Vell and Tarn aim to sign a deal by March'),
        ("Interview transcript", "Vell and Tarn aim to sign a transit deal by March"),
        ("News conference excerpts", "Tarn minister rules out new tolls on the river"),
        ("Q&A", '"We are neighbours": Tarn minister on the border deal'),
    ],
)
def test_a_record_label_over_the_headline_is_no_headline(label: str, head: str) -> None:
    """'Press conference record' over the head labels the kind of page, as "Analysis" does."""
    assert diplomeet.parse(_labelled_page(label, head)).source.headline == head


def test_a_headline_about_a_press_conference_stays_the_headline() -> None:
    """A head that opens with the words of a label but goes on is the headline."""
    head = "Press conference ends in a row over the border"
    assert diplomeet.parse(_labelled_page("", head)).source.headline == head


def _desk_page(byline: str) -> str:
    return (
        "VALLEY DAILY\nValley | Business | World | Sports\n\nWORLD\n\n"
        "Tarn minister in Vell as pipeline talks gather pace\n"
        "Feasibility report due within a year, Karsk tells reporters\n\n"
        f"{byline}\n12 Nov 2026, 8:05 PM\n\n"
        "Vell - Tarn's Foreign Minister Edo Karsk held talks with his host on Wednesday.\n\n"
        "They will meet again in May."
    )


@pytest.mark.parametrize("desk", ["Staff Writer", "Staff Reporter", "Special Correspondent"])
def test_a_desk_line_under_the_deck_is_the_byline(desk: str) -> None:
    """'Head' / 'Deck' / 'Staff Writer' / date: the desk signs the story, the date still read."""
    source = diplomeet.parse(_desk_page(desk)).source
    assert source.authors == (desk,)
    assert str(source.published) == "2026-11-12"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [("Ana Lind\nStaff Writer", ("Ana Lind",)), ("Diplomatic Correspondent", ())],
)
def test_a_job_line_under_a_name_or_a_beat_is_no_desk(
    byline: str, authors: tuple[str, ...]
) -> None:
    """'Staff Writer' under a name is her job; a beat's title alone names no desk."""
    assert diplomeet.parse(_desk_page(byline)).source.authors == authors


def _motto_page(masthead: str, motto: str) -> str:
    return (
        f"{masthead}\n{motto}\n\nNATIONAL\n\nVell, Tarn revive river patrols deal\n\n"
        "By Ana Lind\nTuesday, November 17, 2026\n\n"
        "VELL: Patrol boats of Vell and Tarn will sail the river together again from next month, "
        "officials said here yesterday.\n\nThey will meet again in May."
    )


@pytest.mark.parametrize(
    ("masthead", "motto", "outlet"),
    [
        ("VALLEY NEWS", "The valley's leading daily | valleynews.co.vl", "Valley News"),
        ("HARBOUR TIMES", "Tarn's oldest newspaper | www.harbourtimes.tn", "Harbour Times"),
    ],
)
def test_a_motto_closing_with_the_site_address_is_no_headline(
    masthead: str, motto: str, outlet: str
) -> None:
    """'The valley's leading daily | valleynews.co.vl' under the masthead: the paper's motto."""
    source = diplomeet.parse(_motto_page(masthead, motto)).source
    assert source.headline == "Vell, Tarn revive river patrols deal"
    assert source.outlet == outlet
    assert str(source.published) == "2026-11-17"


def _posted_page(by: str) -> str:
    return (
        "Vell News Online\nHome | News | Local News | Politics | Press Releases\n\n"
        "Communiqué: Vell and Tarn deepen cooperation on air links\n\n"
        f"Posted on June 9, 2026 by {by}\n\n"
        "What follows is the text the Prime Minister's Office put out after the visit."
        "\n\nVELL - The Prime Minister welcomed a delegation from Tarn this week."
    )


@pytest.mark.parametrize(("by", "authors"), [("Press Release", ()), ("Ana Lind", ("Ana Lind",))])
def test_a_document_kind_posting_the_page_is_no_writer(by: str, authors: tuple[str, ...]) -> None:
    """'Posted on June 9, 2026 by Press Release': a blog's category, not a writer."""
    source = diplomeet.parse(_posted_page(by)).source
    assert source.authors == authors
    assert str(source.published) == "2026-06-09"


def _stamped_page(stamp: str) -> str:
    return (
        "<html><head><title>Vell and Tarn agree - Vell Post</title></head><body>"
        "<h1>Vell and Tarn agree to update trade deal</h1><p>By Ana Lind</p>"
        f'<div class="pubinfo">{stamp}</div><p>Vell and Tarn will open talks early next year, '
        "the two ministers announced in Vell on Thursday.</p><p>They will meet again in May.</p>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "stamp",
    [
        "This content was published on March 3, 2026 - 16:20 Updated March 4, 2026 - 09:40",
        "This article was first published on March 3, 2026 - 7:55 Updated March 4, 2026",
    ],
)
def test_a_stamp_told_as_a_sentence_dates_the_page(stamp: str) -> None:
    """'This content was published on March 3, 2026 - 16:20 Updated ...': both dates read."""
    article = diplomeet.parse(_stamped_page(stamp))
    assert str(article.source.published) == "2026-03-03"
    assert {"2026-03-03", "2026-03-04"} <= {d.value for d in article.dates}
