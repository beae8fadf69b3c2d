"""
Hypothesis strategies for every diplomeet record.

Every strategy produces valid records only.  Strategies for records that carry spans take
an optional ``text``: given one, every span points into it, as inside a
:class:`~diplomeet.records.ParsedArticle`.

Example:
    >>> from hypothesis import given
    >>> from diplomeet.testing import strategies as dst
    >>> @given(dst.parsed_articles())
    ... def test_round_trip(article):
    ...     assert diplomeet.from_json(diplomeet.to_json(article)) == article
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final, get_args

from hypothesis import strategies as st

from diplomeet._iso3166 import ALPHA2
from diplomeet.records import (
    Actor,
    ActorKind,
    Diagnostic,
    Granularity,
    Incident,
    IncidentKind,
    Meeting,
    MeetingStatus,
    ParsedArticle,
    Place,
    Severity,
    Source,
    Span,
    Statement,
    StatementMode,
    TimeRef,
)

__all__ = [
    "actors",
    "diagnostics",
    "incidents",
    "meetings",
    "names",
    "parsed_articles",
    "places",
    "sources",
    "spans",
    "statements",
    "time_refs",
]

# Any Unicode except lone surrogates, which no UTF-8 JSON document can carry.
_CHARS: Final = st.characters(exclude_categories=["Cs"])
_SMALL: Final = 3  # records per sequence: enough to exercise tuples, fast to shrink


def names() -> st.SearchStrategy[str]:
    """Non-empty strings that are not only white space, from all of Unicode."""
    # map, not filter: filtering out blank strings makes Hypothesis retry, which is slow.
    return st.text(_CHARS, min_size=1, max_size=30).map(lambda s: s if s.strip() else s + "x")


def _literal(literal: Any) -> st.SearchStrategy[Any]:
    return st.sampled_from(get_args(literal))


_countries: Final = st.sampled_from(sorted(ALPHA2))
_timex_values: Final = st.one_of(
    st.dates().map(date.isoformat),
    st.dates().map(lambda d: d.isoformat()[:7]),
    st.integers(1, 9999).map(lambda y: f"{y:04d}"),
    st.integers(1, 12).map(lambda m: f"XXXX-{m:02d}-01"),
    st.integers(1, 99).map(lambda n: f"P{n}M"),
    st.sampled_from(["PAST_REF", "PRESENT_REF", "FUTURE_REF", "2018-W07", "2016-04-22TNI"]),
)
_codes: Final = st.tuples(
    st.sampled_from(["input", "date", "speaker", "stage", "outlet"]),
    st.text("abcdefghijklmnopqrstuvwxyz_", max_size=8),
).map(lambda t: f"{t[0]}.x{t[1]}")


@st.composite
def spans(draw: st.DrawFn, text: str | None = None) -> Span:
    """A :class:`Span`; inside ``text`` when given, else over a text of its own."""
    if text is None:
        prefix = draw(st.integers(0, 10_000))
        covered = draw(st.text(_CHARS, max_size=40))
        return Span(start=prefix, end=prefix + len(covered), text=covered)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Span.of(text, start, end)


def actors() -> st.SearchStrategy[Actor]:
    """An :class:`Actor` of any kind."""
    return st.builds(
        Actor,
        name=names(),
        kind=_literal(ActorKind),
        title=st.none() | names(),
        country=st.none() | _countries,
    )


def places() -> st.SearchStrategy[Place]:
    """A :class:`Place`."""
    return st.builds(Place, name=names(), country=st.none() | _countries, venue=st.none() | names())


@st.composite
def time_refs(draw: st.DrawFn, text: str | None = None) -> TimeRef:
    """A :class:`TimeRef`, with or without bounds and span."""
    bounds = draw(st.none() | st.lists(st.dates(), min_size=2, max_size=2).map(sorted))
    return TimeRef(
        text=draw(names()),
        value=draw(_timex_values),
        start=bounds[0] if bounds else None,
        end=bounds[1] if bounds else None,
        granularity=draw(st.none() | _literal(Granularity)),
        span=draw(st.none() | spans(text)),
    )


def _seq(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(strategy, max_size=_SMALL).map(tuple)


@st.composite
def meetings(draw: st.DrawFn, text: str | None = None) -> Meeting:
    """A :class:`Meeting`."""
    return Meeting(
        participants=draw(_seq(actors())),
        accompanied_by=draw(_seq(actors())),
        place=draw(st.none() | places()),
        when=draw(st.none() | time_refs(text)),
        status=draw(_literal(MeetingStatus)),
        setting=draw(st.none() | names()),
        topics=draw(_seq(names())),
        evidence=draw(spans(text)),
    )


@st.composite
def statements(draw: st.DrawFn, text: str | None = None) -> Statement:
    """A :class:`Statement`."""
    return Statement(
        speaker=draw(st.none() | actors()),
        quote=draw(names()),
        mode=draw(_literal(StatementMode)),
        addressee=draw(st.none() | actors()),
        cue=draw(st.none() | names()),
        when=draw(st.none() | time_refs(text)),
        evidence=draw(spans(text)),
    )


@st.composite
def incidents(draw: st.DrawFn, text: str | None = None) -> Incident:
    """An :class:`Incident`."""
    return Incident(
        kind=draw(_literal(IncidentKind)),
        summary=draw(names()),
        actors=draw(_seq(actors())),
        place=draw(st.none() | places()),
        when=draw(st.none() | time_refs(text)),
        casualties=draw(st.none() | st.integers(0, 10**6)),
        evidence=draw(spans(text)),
    )


@st.composite
def diagnostics(draw: st.DrawFn, text: str | None = None) -> Diagnostic:
    """A :class:`Diagnostic`."""
    return Diagnostic(
        code=draw(_codes),
        severity=draw(_literal(Severity)),
        message=draw(names()),
        span=draw(st.none() | spans(text)),
    )


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """A :class:`Source`."""
    published = draw(st.none() | st.dates())
    return Source(
        outlet=draw(st.none() | names()),
        parser=draw(st.sampled_from(["generic", "reuters", "my_outlet"])),
        headline=draw(st.none() | names()),
        authors=draw(_seq(names())),
        agencies=draw(_seq(names())),
        published=published,
        published_from=None if published is None else draw(st.sampled_from(["caller", "text"])),
        url=draw(st.none() | names()),
    )


@st.composite
def parsed_articles(draw: st.DrawFn) -> ParsedArticle:
    """A :class:`ParsedArticle` whose every span points into its text."""
    text = draw(st.text(_CHARS, max_size=200))
    return ParsedArticle(
        source=draw(sources()),
        text=text,
        meetings=draw(_seq(meetings(text))),
        statements=draw(_seq(statements(text))),
        incidents=draw(_seq(incidents(text))),
        dates=draw(_seq(time_refs(text))),
        diagnostics=draw(_seq(diagnostics(text))),
    )
