"""The input check: binary garbage and text in other languages are flagged, English is not."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from batch_texts import ARTICLES, FRENCH, RUSSIAN
from diplomeet._language import check_language


@pytest.mark.parametrize("text", ARTICLES)
def test_english_news_passes(text: str) -> None:
    """English news prose gets no diagnostic."""
    assert check_language(text) == []


@pytest.mark.parametrize(("text", "why"), [(FRENCH, "common English words"), (RUSSIAN, "Latin")])
def test_other_languages_are_not_english(text: str, why: str) -> None:
    """French (Latin script) and Russian (Cyrillic) are flagged, each for its own reason."""
    (diag,) = check_language(text)
    assert diag.code == "input.not_english"
    assert diag.severity == "error"
    assert why in diag.message


def test_binary_garbage_is_binary() -> None:
    """Text made mostly of control characters and replacement characters is binary."""
    garbage = bytes(range(256)).decode("utf-8", errors="replace") * 4
    (diag,) = check_language(garbage)
    assert diag.code == "input.binary"


def test_a_short_text_is_not_judged() -> None:
    """A headline-sized text in another language is too short to judge."""
    assert check_language("Sommet européen à Bruxelles la semaine prochaine") == []


def test_html_markup_does_not_count_against_english() -> None:
    """Tags, scripts and styles of a page are stripped before words are counted."""
    paragraphs = "".join(f'<p class="story-body__text">{p}</p>' for p in ARTICLES[1].split("\n"))
    page = (
        "<html><head><style>body { font-family: serif; margin: 0 }</style>"
        "<script>window.dataLayer = window.dataLayer || []; function gtag(){}</script>"
        f"</head><body><div id='main'>{paragraphs}</div></body></html>"
    )
    assert check_language(page) == []


def test_parse_reports_not_english_as_an_input_error() -> None:
    """The pipeline adds the diagnostic to the article and still returns what it read."""
    art = diplomeet.parse(FRENCH, published=date(2024, 3, 6))
    assert [d.code for d in art.diagnostics if d.severity == "error"] == ["input.not_english"]
    assert art.text == FRENCH
