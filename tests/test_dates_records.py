"""
The date stage builds its records without running their validators: check they would pass.

``dates._resolve`` builds :class:`~diplomeet.records.TimeRef` and
:class:`~diplomeet.records.Span` through a fast path (the validators cost more than the
rest of reading a date).  Every record it gives must still satisfy them, and equal the
record the public constructor builds from the same fields.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import attrs
import pytest

from diplomeet.dates import find_dates, resolve
from diplomeet.records import Span, TimeRef

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))


def _check(ref: TimeRef, text: str | None) -> None:
    attrs.validate(ref)
    rebuilt_span = None
    if ref.span is not None:
        attrs.validate(ref.span)
        rebuilt_span = Span(start=ref.span.start, end=ref.span.end, text=ref.span.text)
        assert text is not None
        assert text[ref.span.start : ref.span.end] == ref.span.text
    rebuilt = TimeRef(
        text=ref.text,
        value=ref.value,
        start=ref.start,
        end=ref.end,
        granularity=ref.granularity,
        span=rebuilt_span,
    )
    assert rebuilt == ref
    assert hash(rebuilt) == hash(ref)


@pytest.mark.parametrize("published", [date(2019, 2, 27), None])
def test_every_time_ref_of_the_own_corpus_passes_the_validators(published: date | None) -> None:
    """All the dates of the project's own test articles, anchored and not."""
    assert ARTICLES
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        refs, diagnostics = find_dates(text, published)
        for ref in refs:
            _check(ref, text)
        for diagnostic in diagnostics:
            attrs.validate(diagnostic)


@pytest.mark.parametrize(
    "phrase",
    ["next month", "on Friday night", "nearly seven-year", "every week", "February 30, 2019"],
)
def test_resolve_gives_records_that_pass_the_validators(phrase: str) -> None:
    """Expressions resolved alone carry no span and still validate."""
    ref = resolve(phrase, published=date(2016, 4, 21))
    if ref is not None:
        _check(ref, None)
        assert ref.span is None
