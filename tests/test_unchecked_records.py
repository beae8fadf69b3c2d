"""
Records built inside the library without their validators: check they would pass them.

Some records are built through a fast path that skips the ``attrs`` validators (they cost
more than the rest of making a small record): :meth:`Document.span` for the spans of the
stages, and :mod:`diplomeet._fast_records` for the meetings, statements, incidents, actors
and places.  Every record ``parse`` returns must still satisfy the validators and equal the
record the public constructor builds from the same fields.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest

from diplomeet import _fast_records, parse
from diplomeet._document import Document
from diplomeet.errors import InvalidRecordError
from diplomeet.records import Actor, Incident, Meeting, Place, Span, Statement

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))


def _check(record: Any) -> int:
    """Validate ``record`` and every record inside it; return how many were checked."""
    if isinstance(record, tuple):
        return sum(_check(item) for item in record)
    if not attrs.has(type(record)):
        return 0
    attrs.validate(record)
    fields = attrs.asdict(record, recurse=False)
    rebuilt = type(record)(**fields)
    assert rebuilt == record
    assert hash(rebuilt) == hash(record)
    return 1 + sum(_check(value) for value in fields.values())


@pytest.mark.parametrize("published", [date(2019, 2, 27), None])
def test_every_record_of_the_own_corpus_passes_the_validators(published: date | None) -> None:
    """All the records of the project's own test articles, spans included."""
    assert ARTICLES
    spans = 0
    for path in ARTICLES:
        article = parse(path.read_text(encoding="utf-8"), published=published)
        assert _check(article) > 1
        for _, span in article.spans():
            assert article.text[span.start : span.end] == span.text
            spans += 1
    assert spans > len(ARTICLES)


def test_document_span_equals_span_of() -> None:
    """A span of the fast path is the span ``Span.of`` builds, validators passed."""
    doc = Document(text="The envoys met on Monday.")
    for start, end in [(0, 0), (0, 3), (4, 10), (18, 25), (25, 25)]:
        span = doc.span(start, end)
        attrs.validate(span)
        assert span == Span.of(doc.text, start, end)
        assert span.text == doc.text[start:end]


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 2), (3, 99), (True, 4)])
def test_document_span_refuses_what_span_of_refuses(start: Any, end: Any) -> None:
    """Offsets the validators refuse still raise, as they do through ``Span.of``."""
    doc = Document(text="The envoys met on Monday.")
    with pytest.raises(InvalidRecordError):
        Span.of(doc.text, start, end)
    with pytest.raises(InvalidRecordError):
        doc.span(start, end)


SPAN = Span(start=0, end=3, text="The")
ANA = Actor(name="Ana Roth", kind="person", title="Foreign Minister", country="CL")
FIELDS: list[tuple[Callable[..., Any], type[Any], dict[str, Any]]] = [
    (_fast_records.actor, Actor, {"name": "Ana Roth", "title": "Minister", "country": "CL"}),
    (_fast_records.actor, Actor, {"name": "Chile", "kind": "country", "country": "CL"}),
    (_fast_records.place, Place, {"name": "Arica", "country": "CL", "venue": "the port"}),
    (
        _fast_records.meeting,
        Meeting,
        {"participants": [ANA], "accompanied_by": (ANA,), "topics": ["trade"], "evidence": SPAN},
    ),
    (
        _fast_records.statement,
        Statement,
        {"speaker": ANA, "quote": "We agreed.", "mode": "direct", "cue": "said", "evidence": SPAN},
    ),
    (
        _fast_records.incident,
        Incident,
        {"kind": "other", "summary": "A ship was seized.", "actors": [ANA], "evidence": SPAN},
    ),
]


@pytest.mark.parametrize(("build", "cls", "fields"), FIELDS)
def test_fast_builders_make_the_constructors_record(
    build: Callable[..., Any], cls: type[Any], fields: dict[str, Any]
) -> None:
    """A builder's record equals the constructor's, field for field, and validates."""
    made = build(**fields)
    assert type(made) is cls
    attrs.validate(made)
    assert made == cls(**fields)
    assert hash(made) == hash(cls(**fields))


@pytest.mark.parametrize(
    ("build", "fields"),
    [
        (_fast_records.actor, {"name": "  "}),
        (_fast_records.actor, {"name": "Ana", "country": "XX"}),
        (_fast_records.actor, {"name": "Ana", "kind": "robot"}),
        (_fast_records.place, {"name": "Arica", "venue": ""}),
        (_fast_records.meeting, {"participants": ["Ana"], "evidence": SPAN}),
        (_fast_records.meeting, {"participants": [ANA], "status": "maybe", "evidence": SPAN}),
        (_fast_records.statement, {"quote": "", "evidence": SPAN}),
        (_fast_records.statement, {"quote": "Yes.", "evidence": (0, 3)}),
        (
            _fast_records.incident,
            {"kind": "other", "summary": "x", "casualties": -1, "evidence": SPAN},
        ),
        (
            _fast_records.incident,
            {"kind": "other", "summary": "x", "casualties": True, "evidence": SPAN},
        ),
    ],
)
def test_fast_builders_refuse_what_the_validators_refuse(
    build: Callable[..., Any], fields: dict[str, Any]
) -> None:
    """A value the validators refuse goes to the constructor, which raises as before."""
    with pytest.raises(InvalidRecordError):
        build(**fields)


def test_fast_builders_convert_other_iterables_as_the_constructor_does() -> None:
    """A generator of actors is no list: the constructor converts it, the same record."""
    made = _fast_records.meeting(participants=(a for a in [ANA]), evidence=SPAN)
    assert made == Meeting(participants=[ANA], evidence=SPAN)
    assert made.participants == (ANA,)
