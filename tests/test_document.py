"""The Document helpers the extraction stages share."""

from __future__ import annotations

from datetime import date

import attrs

from diplomeet._actors import Mention, _mention
from diplomeet._document import Document, Segment, segment_of, tuple_maker
from diplomeet.dates import find_dates
from diplomeet.records import Actor

TEXT = "The envoys met on Monday and again on Friday. Talks resume in May, aides said."


def _doc() -> Document:
    doc = Document(text=TEXT, published=date(2024, 3, 6))
    doc.dates.extend(find_dates(TEXT, date(2024, 3, 6))[0])
    return doc


def test_dates_in_returns_the_dates_starting_in_a_stretch_in_text_order() -> None:
    """dates_in(start, end) keeps the dates whose span starts in [start, end)."""
    doc = _doc()
    first = TEXT.index(".") + 1

    assert [t.text for t in doc.dates_in(0, first)] == ["on Monday", "on Friday"]
    assert [t.text for t in doc.dates_in(first, len(TEXT))] == ["in May"]
    assert doc.dates_in(TEXT.index("on Friday") + 1, first) == []
    assert [t.text for t in doc.dates_in(TEXT.index("on Friday"), first)] == ["on Friday"]


def test_dates_ending_in_includes_both_ends() -> None:
    """dates_ending_in(start, end) keeps the dates whose span ends in [start, end]."""
    doc = _doc()
    monday_end = TEXT.index("Monday") + len("Monday")

    assert [t.text for t in doc.dates_ending_in(0, monday_end)] == ["on Monday"]
    assert [t.text for t in doc.dates_ending_in(monday_end, len(TEXT))] == [
        "on Monday",
        "on Friday",
        "in May",
    ]
    assert doc.dates_ending_in(monday_end + 1, TEXT.index("on Friday")) == []


def test_date_lookups_follow_dates_added_later() -> None:
    """The index is rebuilt when the list of dates grows, and dates without a span are left out."""
    doc = Document(text=TEXT, published=date(2024, 3, 6))
    assert doc.dates_in(0, len(TEXT)) == []
    refs = find_dates(TEXT, date(2024, 3, 6))[0]
    doc.dates.extend(refs)
    doc.dates.append(attrs.evolve(refs[0], span=None))  # a caption's date

    assert [t.text for t in doc.dates_in(0, len(TEXT))] == ["on Monday", "on Friday", "in May"]


def test_word_before_dot_is_what_the_regex_finds() -> None:
    """
    The step back over word characters stands in for _WORD_BEFORE_DOT_RE's search.

    split_sentences() gets the same word, and none when it reaches back past the window.
    """
    from diplomeet._document import _WORD_BEFORE_DOT_RE, _word_before_dot  # noqa: PLC0415

    text = "Gen. Alvarez met Lt. Col. Ruiz at 9 a.m. in St. Paul; talks_end. Overlongwordhere."
    for dot, char in enumerate(text):
        if char != ".":
            continue
        for low in (0, max(0, dot - 12), max(0, dot - 3), dot):
            found = _WORD_BEFORE_DOT_RE.search(text, low, dot + 1)
            assert _word_before_dot(text, low, dot) == (found[1] if found else "")
    assert _word_before_dot(text, 0, 3) == "Gen"
    assert _word_before_dot(text, text.index("here."), text.index("here.") + 4) == ""


def test_tuple_maker_builds_the_named_tuple_its_constructor_builds() -> None:
    """The hot paths' named tuples, built from one tuple, equal the constructor's, class and all."""
    made = segment_of((3, 9))
    assert made == Segment(3, 9)
    assert type(made) is Segment
    assert (made.start, made.end) == (3, 9)
    actor = Actor(name="Lena Varga", kind="person")
    mention = _mention((0, 10, actor, "name", ()))
    assert mention == Mention(0, 10, actor, "name")
    assert type(mention) is Mention
    assert mention.members == ()
    assert tuple_maker(Segment)((1, 2)) == Segment(1, 2)
