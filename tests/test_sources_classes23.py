"""Source fields of the twenty-third session: closing writers, taglines, photo credits."""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet.records import Source

_DAY = date(2026, 11, 9)

_STORY = (
    "Minister receives envoy\n\n"
    "Vilna, November 9, KNA\n\n"
    "Foreign Minister Lea Marr today received the Ambassador of Kestra, Karl Vesk.\n\n"
    "The sides discussed the situation on the border and the return of the fishermen.\n\n"
    "The minister said the talks would go on in the new year.\n\n"
)


def _source(text: str) -> Source:
    return diplomeet.parse(text, published=_DAY).source


def test_a_writer_over_a_reporters_job_closing_the_story_is_its_author() -> None:
    """A name over "Special correspondent" under the prose: the author; the job goes."""
    for job in ("Special correspondent", "Staff reporter", "Staff Writer"):
        article = diplomeet.parse(f"{_STORY}Oda Fenn\n{job}\n", published=_DAY)
        assert article.source.authors == ("Oda Fenn",), job
        assert job not in article.text, job
        assert "Oda Fenn" not in article.text, job


def test_a_signature_over_an_office_is_no_writer() -> None:
    """Look-alike: an official signing over an office is no reporter."""
    source = _source(f"{_STORY}Oda Fenn\nChief of Protocol\n")
    assert source.authors == ()


def test_two_writers_set_apart_by_a_slash_closing_the_story() -> None:
    """Two names set apart by a slash alone on the last line: both are authors."""
    assert _source(f"{_STORY}Oda Fenn / Tomas Brel\n").authors == ("Oda Fenn", "Tomas Brel")


def test_a_slashed_line_of_no_names_is_no_byline() -> None:
    """Look-alike: a section path or a place pair closes no story with its writers."""
    assert _source(f"{_STORY}Politics / Region\n").authors == ()


_MASTHEAD = (
    "THE EXAMPLE HERALD\n{tagline}\n\nPolitics / Region\n\n"
    "Minister meets envoy on river row\n\nBy Jo Marsh\nNovember 2, 2026\n\n"
    "The minister met the envoy on Sunday, officials said. The talks went well.\n\n"
    "The minister said more talks would follow.\n"
)


def test_a_financial_papers_tagline_under_its_name_is_no_headline() -> None:
    """A motto naming a financial paper's remit under the name is no headline."""
    for tagline in ("Caribbean Financial News", "Business and financial news from Asia"):
        article = diplomeet.parse(_MASTHEAD.format(tagline=tagline))
        assert article.source.headline == "Minister meets envoy on river row", tagline
        assert article.source.outlet is not None, tagline
        assert "HERALD" in article.source.outlet.upper(), tagline
        assert article.source.published == date(2026, 11, 2), tagline


_WP_PAGE = """<html><head><title>Envoy summoned over shooting | Example Times</title></head>
<body><article><h1>Envoy summoned over shooting</h1>
<p class="byline">By Jo Marsh</p>
<div class="wp-caption"><img src="/a.jpg" alt=""><p class="wp-caption-text">Boats at the harbour
in Kestra. {credit}</p></div>
<p>Foreign Minister Lea Marr yesterday summoned the ambassador of Arland, Karl Vesk, to
explain why soldiers opened fire on fishermen on the lake.</p>
<p>The minister said the government expected a full account within a week.</p>
<p>The ambassador said he would convey the concerns to his capital.</p>
</article></body></html>"""


def test_a_wordpress_captions_photo_credit_names_its_agency() -> None:
    """<p class="wp-caption-text"> is a caption; "Picture by Jane Doe/ZANIS" credits ZANIS."""
    for credit, agency in (
        ("Picture by Jane Doe/ZANIS", "ZANIS"),
        ("Photo by Jane Doe/AP", "AP"),
    ):
        source = _source(_WP_PAGE.format(credit=credit))
        assert agency in source.agencies, (credit, source)


def test_a_photographer_alone_in_a_caption_credits_no_agency() -> None:
    """Look-alike: a picture by a person, no agency after the slash."""
    source = _source(_WP_PAGE.format(credit="Picture by Jane Doe"))
    assert source.agencies == ()


def test_a_government_information_service_credited_for_a_photo() -> None:
    """A labelled photo credit closing a page names a government information service."""
    source = _source(f"{_STORY}Photo credit: GIS Dominica\n")
    assert "GIS Dominica" in source.agencies
