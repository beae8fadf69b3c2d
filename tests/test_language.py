"""The input check: binary garbage and text in other languages are flagged, English is not."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from batch_texts import ARTICLES, FRENCH, RUSSIAN
from diplomeet import _language
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


def _full_count_passes(sample: str) -> bool:
    """The check's verdict from the exact counts of letters and words (no shortcut)."""
    words = sample.lower().split()
    latin = sum(char.isascii() and char.isalpha() for char in sample)
    letters = sum(char.isalpha() for char in sample)
    common = sum(word in _language._FUNCTION_WORDS for word in words)
    return len(words) < _language.MIN_WORDS or (
        latin >= _language.MIN_ASCII_LETTER_SHARE * letters
        and common >= _language.MIN_FUNCTION_WORD_SHARE * len(words)
    )


@pytest.mark.parametrize(
    "sample",
    [
        *ARTICLES,
        FRENCH,
        RUSSIAN,
        # near the thresholds: few function words, or many letters of another script
        "The talks of the envoys " + "ended quietly " * 60,
        "The talks of the envoys and the aides " * 3 + "ended quietly " * 12,
        ("the " * 5 + "переговоры закончились ") * 20,
        ("the " * 5 + "переговоры ") * 20,
        "\u201cThe visit,\u201d she said, \u201cis one of the first.\u201d " * 20,
    ],
)
def test_the_cheap_bounds_agree_with_the_full_count(sample: str) -> None:
    """The shortcut passes a text only when the exact counts pass it too."""
    if _language._surely_english(sample, sample.encode("ascii", "ignore")):
        assert _full_count_passes(sample)
    assert (check_language(sample) == []) == _full_count_passes(sample)
