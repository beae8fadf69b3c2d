"""HTML input: news pages written for these tests, read with and without trafilatura."""

from __future__ import annotations

import sys
from datetime import date

import pytest

import diplomeet
from diplomeet.outlets import _html

# A page in the shape of a real news site: navigation, teasers, JSON-LD, og: meta, an <article>.
NEWS_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ghana and Brazil agree on cocoa research pact | The Coastal Ledger</title>
<meta property="og:title" content="Ghana and Brazil agree on cocoa research pact">
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="article:published_time" content="2023-06-14T09:30:00Z">
<meta name="author" content="Kofi Mensah">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Ghana and Brazil agree on cocoa research pact",
 "datePublished": "2023-06-14T09:30:00Z",
 "author": [{"@type": "Person", "name": "Kofi Mensah"}],
 "publisher": {"@type": "Organization", "name": "The Coastal Ledger"}}
</script>
<script>window.dataLayer = [];</script>
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li></ul></nav>
<header><div class="logo">The Coastal Ledger</div></header>
<main>
<article>
<h1>Ghana and Brazil agree on cocoa research pact</h1>
<div class="byline">By Kofi Mensah</div>
<figure><img src="a.jpg" alt="">
<figcaption>Ghana's president (left) greets Brazil's foreign minister in Accra on June 13, 2023.
(Photo by Ama Owusu / AFP)</figcaption></figure>
<p>ACCRA (Reuters) - Ghanaian President Yaw Boateng and Brazilian Foreign Minister Lucia
Prado agreed on Tuesday to set up a joint cocoa research centre, officials said.</p>
<p>"Cocoa is the bridge between our two coasts," Boateng told reporters after the talks at
Jubilee House, adding that the centre would open next year.</p>
<p>Prado said Brazil would send twenty scientists to Kumasi in the first phase of the
programme, which both governments will fund equally.</p>
<p>The two countries last signed a farming accord in 2019.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Floods hit northern towns</a></li>
<li><a href="/y">Markets rally on rate cut</a></li></ul></aside>
</main>
<footer><p>&copy; 2023 The Coastal Ledger. All rights reserved.</p></footer>
</body>
</html>
"""


def test_html_is_detected_cheaply() -> None:
    """A page is HTML; plain text with a stray angle bracket is not."""
    assert _html.looks_like_html(NEWS_PAGE)
    assert _html.looks_like_html("<p>One.</p><p>Two.</p><p>Three.</p><div>Four.</div>")
    assert not _html.looks_like_html("Ministers met. Trade rose 5% <in dollar terms>.")


def test_html_page_gives_headline_authors_agencies_and_metadata() -> None:
    """The article, headline, author, credited agencies, outlet and date come from the page."""
    art = diplomeet.parse(NEWS_PAGE)

    src = art.source
    assert src.headline == "Ghana and Brazil agree on cocoa research pact"
    assert src.authors == ("Kofi Mensah",)
    assert set(src.agencies) == {"Reuters", "AFP"}
    assert src.outlet == "The Coastal Ledger"
    assert src.published == date(2023, 6, 14)
    assert src.published_from == "text"
    assert "Cocoa is the bridge" in art.text
    assert "Most read" not in art.text
    assert "Floods hit" not in art.text
    assert "dataLayer" not in art.text
    assert "Photo by" not in art.text
    assert not any(d.code == "input.html_unsupported" for d in art.diagnostics)


def test_caller_date_beats_html_metadata() -> None:
    """A publication date given by the caller is kept, marked 'caller'."""
    src = diplomeet.parse(NEWS_PAGE, published=date(2023, 6, 15)).source

    assert src.published == date(2023, 6, 15)
    assert src.published_from == "caller"


def test_html_bytes_are_read_too() -> None:
    """The bytes of an HTML file are decoded and read as HTML."""
    art = diplomeet.parse(NEWS_PAGE.encode("utf-8"))

    assert art.source.headline == "Ghana and Brazil agree on cocoa research pact"


def test_without_trafilatura_html_gives_a_diagnostic_and_crude_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without the extra, HTML yields input.html_unsupported and a tag-stripped reading."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` fail

    art = diplomeet.parse(NEWS_PAGE)

    codes = [d.code for d in art.diagnostics]
    assert "input.html_unsupported" in codes
    assert "<p>" not in art.text
    assert "dataLayer" not in art.text
    assert "Cocoa is the bridge" in art.text
    assert art.source.headline == "Ghana and Brazil agree on cocoa research pact"
    assert art.source.authors == ("Kofi Mensah",)
    assert "Reuters" in art.source.agencies
    assert art.source.published == date(2023, 6, 14)


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>Unclosed <b>bold <i>and <p>paragraphs",
        "<html><head><title></title></head><body></body></html>",
        '<html><script type="application/ld+json">{not json</script><p>x</p></html>',
        "<!DOCTYPE html><html><body>" + "<div>" * 500 + "deep" + "</div>" * 3,
        "<html>\x00\x01<p>binary junk</p></html>",
    ],
)
@pytest.mark.parametrize("with_trafilatura", [True, False])
def test_broken_html_never_crashes(
    markup: str, *, with_trafilatura: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Broken markup gives a ParsedArticle (maybe empty, with diagnostics), never an exception."""
    if not with_trafilatura:
        monkeypatch.setitem(sys.modules, "trafilatura", None)

    art = diplomeet.parse(markup)

    assert isinstance(art.text, str)
    assert not any(d.code == "stage.crashed" for d in art.diagnostics)


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body>" + "<script>" * 3000 + "<p>text</p>",
        "<html><body>" + "<!--" * 3000 + "<p>text</p>",
        "<html><body>" + "<figcaption>" * 3000 + "<title>" * 3000,
        "<html><meta name=author " + "x" * 50_000,
    ],
)
def test_pathological_html_is_read_in_linear_passes(
    markup: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thousands of unclosed tags do not make the crude reader rescan the page for each one."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)

    art = diplomeet.parse(markup)

    assert "input.html_unsupported" in [d.code for d in art.diagnostics]


def test_crude_reader_keeps_an_unclosed_block() -> None:
    """An unclosed <nav> is not taken to run to the end of the page: the text after it stays."""
    page = _html._crude_page("<html><body><nav>Home<article><p>The envoys met.</p></article>")

    assert "The envoys met." in page.text


def test_free_text_is_never_handed_to_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    A loose date in a footer is not searched with dateparser (every locale: slow, see #7).

    htmldate's extensive search passes strings like "© 2025 Copyright Name 24" to dateparser;
    the page's own date lines are read by diplomeet instead.
    """
    from htmldate import extractors  # noqa: PLC0415 - the html extra's dependency

    handed: list[str] = []
    monkeypatch.setattr(extractors, "_external_date", handed.append)
    page = (
        "<html><head><title>Talks end</title></head><body><article><h1>Talks end</h1>"
        "<p>Philippine Foreign Minister Ana Lim met Vietnamese Foreign Minister Tran Hung"
        " in Hanoi on Tuesday.</p>"
        "<p>They agreed to meet again next month, officials said.</p></article>"
        "<footer>Actualizado 24 de septiembre de 2025 10:00</footer></body></html>"
    )
    parsed = diplomeet.parse(page)
    assert handed == []
    assert parsed.meetings


def test_a_time_element_dates_a_page_without_metadata() -> None:
    """With no meta date, the first <time> element's datetime attribute dates the page."""
    page = (
        "<html><head><title>Talks end</title></head><body><article><h1>Talks end</h1>"
        '<p class="meta"><time datetime="2024-10-02T08:15:00+02:00">Wednesday morning</time></p>'
        "<p>Philippine Foreign Minister Ana Lim met Vietnamese Foreign Minister Tran Hung"
        " in Hanoi on Tuesday.</p>"
        "<p>They agreed to meet again next month, officials said.</p></article></body></html>"
    )
    assert diplomeet.parse(page).source.published == date(2024, 10, 2)
