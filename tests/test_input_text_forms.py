"""
Text in decomposed form, and UTF-8 that was read as Windows-1252 upstream ("mojibake").

Scraped corpora hold both: files saved with accents as separate combining marks, and pages
whose UTF-8 a crawler decoded as Windows-1252 ("PeÃ±a" for "Peña").  The sentences are
written for these tests.
"""

from __future__ import annotations

import sys
import unicodedata
from datetime import date

import pytest

import diplomeet

_DAY = date(2025, 9, 17)
_SENTENCE = "Foreign Minister José Peña met President Zoë Müller in Zürich on Monday."


def _as_windows_1252(text: str) -> str:
    """The text a reader gets when it decodes UTF-8 bytes as Windows-1252."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


def test_decomposed_accents_are_read_as_one_letter() -> None:
    """A name written with combining accents ("Jose" + U+0301) is read whole."""
    article = diplomeet.parse(unicodedata.normalize("NFD", _SENTENCE), published=_DAY)

    assert article.text == _SENTENCE
    assert [p.name for p in article.meetings[0].participants] == ["José Peña", "Zoë Müller"]


def test_mojibake_is_repaired_with_the_encoding_extra() -> None:
    """UTF-8 read as Windows-1252 is repaired by ftfy, with an info diagnostic."""
    broken = _as_windows_1252(_SENTENCE)
    assert "PeÃ±a" in broken

    article = diplomeet.parse(broken, published=_DAY)

    assert article.text == _SENTENCE
    assert [p.name for p in article.meetings[0].participants] == ["José Peña", "Zoë Müller"]
    codes = [(d.code, d.severity) for d in article.diagnostics]
    assert ("input.mojibake", "info") in codes


def test_without_ftfy_mojibake_is_kept_and_the_warning_says_how_to_repair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without the extra the text is read as it is; the warning names the extra to install."""
    monkeypatch.setitem(sys.modules, "ftfy", None)  # import ftfy raises ImportError
    broken = _as_windows_1252(_SENTENCE)

    article = diplomeet.parse(broken, published=_DAY)

    assert article.text == broken
    warning = [d for d in article.diagnostics if d.code == "input.mojibake"]
    assert [d.severity for d in warning] == ["warning"]
    assert "diplomeet[encoding]" in warning[0].message
    assert "Ã©" in warning[0].message


@pytest.mark.parametrize(
    "text",
    [
        "The Pel\u00e9\u2013Maradona debate returned to S\u00e3o Paulo, \u00c6r\u00f8 on Monday.",
        "Ministers met at the Ch\u00e2teau; the caf\u00e9\u2019s owner said \u201cbienvenue\u201d.",
    ],
)
def test_real_accents_are_no_mojibake(text: str) -> None:
    """Accented letters next to dashes and quote marks are left alone, with no diagnostic."""
    article = diplomeet.parse(text, published=_DAY)

    assert article.text == text
    assert not [d for d in article.diagnostics if d.code == "input.mojibake"]
