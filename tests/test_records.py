"""Records: construction, invariants, immutability."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest

from diplomeet import InvalidRecordError
from diplomeet.records import (
    Actor,
    Diagnostic,
    Incident,
    Meeting,
    ParsedArticle,
    Place,
    Source,
    Span,
    Statement,
    TimeRef,
)


def unchecked(value: object) -> Any:
    """Pass a deliberately wrong value past the type checker."""
    return value


TEXT = "Chancellor Olaf Scholz met President William Ruto in Nairobi on Friday."


def test_span_of_covers_the_text() -> None:
    """Span.of keeps the covered characters beside the offsets."""
    span = Span.of(TEXT, 11, 22)

    assert span == Span(start=11, end=22, text="Olaf Scholz")


@pytest.mark.parametrize(
    ("make", "record", "field"),
    [
        (lambda: Span(start=4, end=2, text=""), "Span", "end"),
        (lambda: Span(start=-1, end=2, text="abc"), "Span", "start"),
        (lambda: Span(start=0, end=2, text="abc"), "Span", "text"),
        (lambda: Actor(name=""), "Actor", "name"),
        (lambda: Actor(name="   "), "Actor", "name"),
        (lambda: Actor(name="X", kind=unchecked("robot")), "Actor", "kind"),
        (lambda: Actor(name="X", country="ISR"), "Actor", "country"),
        (lambda: Actor(name="X", country="il"), "Actor", "country"),
        (lambda: Place(name="Paris", country="XX"), "Place", "country"),
        (
            lambda: TimeRef(text="x", value="2020", start=date(2020, 2, 1), end=date(2020, 1, 1)),
            "TimeRef",
            "end",
        ),
        (lambda: TimeRef(text="x", value="2020", start=date(2020, 1, 1)), "TimeRef", "end"),
        (
            lambda: TimeRef(text="x", value="2020", granularity=unchecked("fortnight")),
            "TimeRef",
            "granularity",
        ),
        (
            lambda: Meeting(participants=unchecked(["Ruto"]), evidence=Span.of(TEXT, 0, 4)),
            "Meeting",
            "participants",
        ),
        (
            lambda: Meeting(
                participants=(), status=unchecked("maybe"), evidence=Span.of(TEXT, 0, 4)
            ),
            "Meeting",
            "status",
        ),
        (lambda: Statement(quote="", evidence=Span.of(TEXT, 0, 4)), "Statement", "quote"),
        (
            lambda: Incident(
                kind="shootdown", summary="x", casualties=-1, evidence=Span.of(TEXT, 0, 1)
            ),
            "Incident",
            "casualties",
        ),
        (
            lambda: Incident(
                kind="shootdown", summary="x", casualties=True, evidence=Span.of(TEXT, 0, 1)
            ),
            "Incident",
            "casualties",
        ),
        (lambda: Diagnostic(code="Bad Code", message="m"), "Diagnostic", "code"),
        (lambda: Source(published=date(2020, 1, 1)), "Source", "published_from"),
        (lambda: Source(published_from="caller"), "Source", "published_from"),
        (lambda: Source(authors=unchecked("Jane Doe")), "Source", "authors"),
        (lambda: ParsedArticle(schema_version=2), "ParsedArticle", "schema_version"),
    ],
)
def test_invalid_value_names_record_and_field(make: object, record: str, field: str) -> None:
    """A value that breaks an invariant raises InvalidRecordError naming the record and field."""
    with pytest.raises(InvalidRecordError) as info:
        make()  # type: ignore[operator]

    assert str(info.value).startswith(f"{record}.{field}: ")
    assert (info.value.record, info.value.field) == (record, field)


def test_invalid_record_error_is_a_value_error() -> None:
    """Callers who only know builtins can catch ValueError."""
    with pytest.raises(ValueError, match=r"Actor\.name"):
        Actor(name="")


def test_span_outside_article_text_is_refused() -> None:
    """Every span in a ParsedArticle must point into its text."""
    meeting = Meeting(participants=(), evidence=Span(start=0, end=5, text="Hello"))

    with pytest.raises(InvalidRecordError, match=r"meetings\[0\]\.evidence"):
        ParsedArticle(text=TEXT, meetings=[meeting])


def test_records_are_frozen_and_hashable() -> None:
    """Records cannot be changed after construction and can be used in sets."""
    actor = Actor(name="William Ruto", title="President", country="KE")

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        actor.name = "Someone else"  # type: ignore[misc]
    assert len({actor, Actor(name="William Ruto", title="President", country="KE")}) == 1


def test_lists_become_tuples() -> None:
    """Sequences passed as lists are stored as tuples."""
    source = Source(authors=["Ann Mwangi"], agencies=["Reuters"])

    assert source.authors == ("Ann Mwangi",)
    assert isinstance(source.agencies, tuple)


def test_spans_lists_every_span_with_its_path() -> None:
    """ParsedArticle.spans() walks evidence, when-spans, dates and diagnostics."""
    friday = Span.of(TEXT, 62, 71)
    when = TimeRef(text="on Friday", value="2024-05-03", span=friday)
    article = ParsedArticle(
        text=TEXT,
        meetings=[Meeting(participants=(), when=when, evidence=Span.of(TEXT, 0, len(TEXT)))],
        dates=[when],
    )

    assert [path for path, _ in article.spans()] == [
        "meetings[0].evidence",
        "meetings[0].when.span",
        "dates[0].span",
    ]
