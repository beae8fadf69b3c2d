"""Scans that skip ahead (a cheap test first, a pattern tried only where it may match)."""

from __future__ import annotations

import pytest

from diplomeet.dates import _dispatch
from diplomeet.outlets import _textdates

#: Texts of our own: dispatch heads, lines in capitals, stamps with glued years.
TEXTS = (
    (
        "VALLETTA, Tuesday. \u2014 The two envoys met at the palace.\n"
        "OSLO, June 25 (Reuter)--Talks resumed.\n"
        "  Lima, Oct 15: the minister flew home.\n"
        "Tuesday, Oct. 27: a diary entry, no dispatch.\n"
        "NAIROBI, Kenya, 12 March \u2014 Officials said\n"
        "CANBERRA, Wednesday.\n"
    ),
    (
        "MINISTER Ana Ruiz told reporters\nNATO's envoy arrived\n  KENYAN troops left\n"
        "ABC DEF Gh\nXYZ'S aides met\nAB cd\nUNITED Nations staff (cited)\nEU(x) said"
    ),
    (
        "April 9, 20264:12 PM GMT+3Updated 3 hours ago\n12 Feb 202612 Feb 2026\n"
        "filed 20261 items\nMarch 5, 2026 3:41 PM\nCall 55512345 now\n"
    ),
)


def _variants(text: str) -> list[str]:
    return [text, text.upper(), text.lower(), text.replace("\n", "\n "), text.replace("\n", "\r\n")]


@pytest.mark.parametrize("text", TEXTS)
def test_dispatch_lines_are_those_of_the_scan(text: str) -> None:
    """Tried at each line's start only, the dateline pattern finds what its scan finds."""
    for variant in _variants(text):
        expected = [
            (m.span(), m.groupdict()) for m in _dispatch._DISPATCH_LINE_RE.finditer(variant)
        ]
        found = [(m.span(), m.groupdict()) for m in _dispatch._dispatch_lines(variant)]
        assert found == expected, variant
    assert [m["place"] for m in _dispatch._dispatch_lines(TEXTS[0])][:3] == [
        "VALLETTA",
        "OSLO",
        "Lima",
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_a_glued_year_is_asked_of_five_digits_first(text: str) -> None:
    """A line without five digits in a row holds no glued year; one with them is searched."""
    for variant in _variants(text):
        for line in variant.splitlines():
            expected = _textdates._GLUED_YEAR_RE.search(line) is not None
            assert _textdates._glued_year(line) is expected, line
    assert _textdates._glued_year("April 9, 20264:12 PM")
    assert not _textdates._glued_year("filed 20261 items")
