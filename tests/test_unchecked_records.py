"""
Records built inside the library without their validators: check they would pass them.

Some records are built through a fast path that skips the ``attrs`` validators (they cost
more than the rest of making a small record): :meth:`Document.span` for the spans of the
stages.  Every record ``parse`` returns must still satisfy the validators and equal the
record the public constructor builds from the same fields.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest

from diplomeet import parse
from diplomeet._document import Document
from diplomeet.errors import InvalidRecordError
from diplomeet.records import Span

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
