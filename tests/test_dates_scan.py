"""
The fast scan of ``dates._scan`` finds exactly what the plain scan with the whole grammar finds.

The plain scan (written out here as the reference) tries the first-word look-ahead and
every alternative of the grammar at every character; the fast one only at candidate
words, and only the alternatives that can start there.  Same matches, same groups.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomeet.dates import _grammar as g
from diplomeet.dates import _scan

_REFERENCE_SCAN = re.compile(
    g._LEFT_EDGE
    + g._FIRST
    + re.sub(
        r"\(\?P<\w+>",
        "(?:",
        g._initial_caps("(?:" + "|".join(body for _, body in g._ALTERNATIVES) + ")"),
    ).replace("(?P=num_sep)", "[/.]")
)


def reference(text: str) -> list[re.Match[str]]:
    """The scan as the grammar defines it: every position, every alternative."""
    found: list[re.Match[str]] = []
    last = 0
    for hit in _REFERENCE_SCAN.finditer(text):
        start = hit.start()
        if start < last:
            continue
        prep = g._PREP_BEFORE_RE.search(text, max(last, start - 16), start)
        match = g.DATE_RE.match(text, prep.start()) if prep is not None else None
        if match is None or match.end() < hit.end():
            match = g.DATE_RE.match(text, start)
        if match is not None:
            found.append(match)
            last = match.end()
    return found


def _same(text: str) -> None:
    fast = _scan.find_all(text)
    slow = reference(text)
    assert [(m.span(), g.kind(m), _matched(m)) for m in fast] == [
        (m.span(), g.kind(m), _matched(m)) for m in slow
    ]


def _matched(match: re.Match[str]) -> dict[str, tuple[int, int]]:
    """The named groups that took part in a match, with their spans."""
    return {
        name: match.span(name) for name, value in match.groupdict().items() if value is not None
    }


SENTENCES = [
    "The ministers met on Thursday and will meet again next month, an aide said.",
    "In recent years the two sides held talks every week; in the past three years, twice.",
    "THE TALKS ON THURSDAY ENDED AT 3 P.M. the spokesman said in a statement on Monday.",
    "Profit rose in the third quarter of 2019 from a year earlier, and in Q4 2018 it fell.",
    "Sales in the '90s and the 1980s, in mid-2015 and in the early 2000s were flat.",
    "On 27/02/2019, 2019-02-27 and the 27th of February the envoy flew in at 10:30 GMT.",
    "İstanbul talks on Friday: the minister said in İzmir that the deal would come in May.",
    "He left $2015 and #1999 at the door, on page 2016, at the close of the day.",
    "They will travel through the weekend, from Sunday until the end of the month.",
    "The summit, held in the spring of 2015 and again last fall, lasted two days.",
    "Wednesday's talks, tomorrow's vote and the day before yesterday's strike.",
    "Officials met throughout   the week and during\tthe following month, a day after the vote.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_fast_scan_matches_the_reference(text: str) -> None:
    """Sentences with every kind of expression, capitals, tabs and dotted capital I."""
    _same(text)


def test_fast_scan_matches_the_reference_on_this_repository_docs() -> None:
    """A few thousand words of English prose written for this project."""
    for path in sorted((Path(__file__).parent.parent / "docs").glob("*.md")):
        _same(path.read_text(encoding="utf-8"))


_WORDS = st.sampled_from(
    [
        "the",
        "The",
        "in",
        "on",
        "a",
        "last",
        "next",
        "two",
        "three",
        "days",
        "week",
        "Week",
        "month",
        "years",
        "ago",
        "later",
        "Thursday",
        "thursday",
        "THURSDAY",
        "May",
        "may",
        "March",
        "Sept.",
        "2019",
        "'90s",
        "27th",
        "3",
        "p.m.",
        "of",
        "quarter",
        "first",
        "every",
        "since",
        "until",
        "early",
        "recent",
        "İ",
        "talks",
        "said",
        "$",
        "-",
        ",",
        ".",
        "(",
    ]
)


@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", "  ", "", "\n", "-"])), max_size=30))
def test_fast_scan_matches_the_reference_on_any_mix_of_date_words(
    words: list[tuple[str, str]],
) -> None:
    """Random runs of date words, numbers, case variants and punctuation."""
    _same("".join(word + gap for word, gap in words))


@pytest.mark.parametrize("text", SENTENCES)
def test_cue_scan_matches_the_plain_scan(text: str) -> None:
    """Tense cues found at candidate words are those of a scan of every position."""
    from diplomeet.dates._tense import _find_cues  # noqa: PLC0415 - a private helper

    for first in (0, 5):
        fast = [(m.span(), m.lastgroup) for m in _find_cues(text, first, len(text))]
        slow = [(m.span(), m.lastgroup) for m in g.CUE_RE.finditer(text, first, len(text))]
        assert fast == slow


_CUE_WORDS = st.sampled_from(
    [
        "will",
        "Will",
        "WILL",
        "they'll",
        "would",
        "was",
        "were",
        "due",
        "to",
        "met",
        "needed",
        "reported",
        "Reported",
        "plans",
        "next",
        "to",
        "the",
        "marks",
        "1.5",
        "is",
        "being",
        "held",
        "expected",
        "İ",
        "won't",
        "won\u2019t",
        "'",
        "talks",
        "opens",
    ]
)


@given(st.lists(st.tuples(_CUE_WORDS, st.sampled_from([" ", "  ", "", ",", "\n"])), max_size=25))
def test_cue_scan_matches_the_plain_scan_on_any_mix(words: list[tuple[str, str]]) -> None:
    """Random runs of cue words, case variants, apostrophes and punctuation."""
    from diplomeet.dates._tense import _find_cues  # noqa: PLC0415 - a private helper

    text = "".join(word + gap for word, gap in words)
    fast = [(m.span(), m.lastgroup) for m in _find_cues(text, 0, len(text))]
    slow = [(m.span(), m.lastgroup) for m in g.CUE_RE.finditer(text, 0, len(text))]
    assert fast == slow


def test_a_word_outside_the_grammar_after_an_opening_word_adds_no_head_of_its_own() -> None:
    """
    "the talks", "the envoy" share the heads "the t", "the e" with every such word.

    Over a large corpus the heads worked out stay bounded by the grammar's words, not by
    the English vocabulary; a word of the grammar still makes the head longer.
    """
    text = "Officials said the talks began after the envoy met the minister in March."
    assert _scan._head(text, text.index("the talks")) == ("the t", "the t")
    assert _scan._head(text, text.index("in March"))[0] == "in March"
