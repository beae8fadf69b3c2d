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

# Strategy objects are built once, here: building them inside a draw makes Hypothesis
# validate a fresh strategy every time, which dominated the cost of nested records.
# map, not filter, for non-blank names: filtering makes Hypothesis retry.
_names: Final = st.text(_CHARS, min_size=1, max_size=20).map(lambda s: s if s.strip() else s + "x")
_opt_names: Final = st.none() | _names
_countries: Final = st.none() | st.sampled_from(sorted(ALPHA2))
_timex_values: Final = st.one_of(
    st.dates().map(date.isoformat),
    st.dates().map(lambda d: d.isoformat()[:7]),
    st.integers(1, 9999).map(lambda y: f"{y:04d}"),
    st.integers(1, 12).map(lambda m: f"XXXX-{m:02d}-01"),
    st.integers(1, 99).map(lambda n: f"P{n}M"),
    st.sampled_from(["PAST_REF", "PRESENT_REF", "FUTURE_REF", "2018-W07", "2016-04-22TNI"]),
)
_bounds: Final = st.none() | st.tuples(st.dates(), st.dates()).map(sorted)
_codes: Final = st.tuples(
    st.sampled_from(["input", "date", "speaker", "stage", "outlet"]),
    st.text("abcdefghijklmnopqrstuvwxyz_", max_size=8),
).map(lambda t: f"{t[0]}.x{t[1]}")
_granularities: Final = st.none() | st.sampled_from(get_args(Granularity))
_actor_kinds: Final = st.sampled_from(get_args(ActorKind))
_statuses: Final = st.sampled_from(get_args(MeetingStatus))
_modes: Final = st.sampled_from(get_args(StatementMode))
_incident_kinds: Final = st.sampled_from(get_args(IncidentKind))
_severities: Final = st.sampled_from(get_args(Severity))
_free_text: Final = st.text(_CHARS, max_size=40)
_offsets: Final = st.integers(0, 10_000)
_booleans: Final = st.booleans()
_sizes: Final = st.integers(0, _SMALL)
_casualties: Final = st.none() | st.integers(0, 10**6)


def names() -> st.SearchStrategy[str]:
    """Non-empty strings that are not only white space, from all of Unicode."""
    return _names


def actors() -> st.SearchStrategy[Actor]:
    """An :class:`Actor` of any kind."""
    return _actors


def places() -> st.SearchStrategy[Place]:
    """A :class:`Place`."""
    return _places


_actors: Final = st.builds(
    Actor, name=_names, kind=_actor_kinds, title=_opt_names, country=_countries
)
_opt_actors: Final = st.none() | _actors
_places: Final = st.builds(Place, name=_names, country=_countries, venue=_opt_names)
_opt_places: Final = st.none() | _places


# --- draw functions: shared by the public strategies, parameterised by the article text ----


def _many(draw: st.DrawFn, make: Any) -> tuple[Any, ...]:
    return tuple(make() for _ in range(draw(_sizes)))


def _span(draw: st.DrawFn, text: str | None) -> Span:
    if text is None:
        prefix = draw(_offsets)
        covered = draw(_free_text)
        return Span(start=prefix, end=prefix + len(covered), text=covered)
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(0, len(text)))
    return Span.of(text, min(a, b), max(a, b))


def _time_ref(draw: st.DrawFn, text: str | None) -> TimeRef:
    bounds = draw(_bounds)
    return TimeRef(
        text=draw(_names),
        value=draw(_timex_values),
        start=bounds[0] if bounds else None,
        end=bounds[1] if bounds else None,
        granularity=draw(_granularities),
        span=_span(draw, text) if draw(_booleans) else None,
    )


def _opt_time_ref(draw: st.DrawFn, text: str | None) -> TimeRef | None:
    return _time_ref(draw, text) if draw(_booleans) else None


def _meeting(draw: st.DrawFn, text: str | None) -> Meeting:
    return Meeting(
        participants=_many(draw, lambda: draw(_actors)),
        accompanied_by=_many(draw, lambda: draw(_actors)),
        place=draw(_opt_places),
        when=_opt_time_ref(draw, text),
        status=draw(_statuses),
        setting=draw(_opt_names),
        topics=_many(draw, lambda: draw(_names)),
        evidence=_span(draw, text),
    )


def _statement(draw: st.DrawFn, text: str | None) -> Statement:
    return Statement(
        speaker=draw(_opt_actors),
        quote=draw(_names),
        mode=draw(_modes),
        addressee=draw(_opt_actors),
        cue=draw(_opt_names),
        when=_opt_time_ref(draw, text),
        evidence=_span(draw, text),
    )


def _incident(draw: st.DrawFn, text: str | None) -> Incident:
    return Incident(
        kind=draw(_incident_kinds),
        summary=draw(_names),
        actors=_many(draw, lambda: draw(_actors)),
        place=draw(_opt_places),
        when=_opt_time_ref(draw, text),
        casualties=draw(_casualties),
        evidence=_span(draw, text),
    )


def _diagnostic(draw: st.DrawFn, text: str | None) -> Diagnostic:
    return Diagnostic(
        code=draw(_codes),
        severity=draw(_severities),
        message=draw(_names),
        span=_span(draw, text) if draw(_booleans) else None,
    )


# --- public strategies -----------------------------------------------------------------------


@st.composite
def spans(draw: st.DrawFn, text: str | None = None) -> Span:
    """A :class:`Span`; inside ``text`` when given, else over a text of its own."""
    return _span(draw, text)


@st.composite
def time_refs(draw: st.DrawFn, text: str | None = None) -> TimeRef:
    """A :class:`TimeRef`, with or without bounds and span."""
    return _time_ref(draw, text)


@st.composite
def meetings(draw: st.DrawFn, text: str | None = None) -> Meeting:
    """A :class:`Meeting`."""
    return _meeting(draw, text)


@st.composite
def statements(draw: st.DrawFn, text: str | None = None) -> Statement:
    """A :class:`Statement`."""
    return _statement(draw, text)


@st.composite
def incidents(draw: st.DrawFn, text: str | None = None) -> Incident:
    """An :class:`Incident`."""
    return _incident(draw, text)


@st.composite
def diagnostics(draw: st.DrawFn, text: str | None = None) -> Diagnostic:
    """A :class:`Diagnostic`."""
    return _diagnostic(draw, text)


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """A :class:`Source`."""
    published = draw(st.none() | st.dates())
    return Source(
        outlet=draw(_opt_names),
        parser=draw(st.sampled_from(["generic", "reuters", "my_outlet"])),
        headline=draw(_opt_names),
        authors=_many(draw, lambda: draw(_names)),
        agencies=_many(draw, lambda: draw(_names)),
        published=published,
        published_from=None if published is None else draw(st.sampled_from(["caller", "text"])),
        url=draw(_opt_names),
    )


@st.composite
def parsed_articles(draw: st.DrawFn) -> ParsedArticle:
    """A :class:`ParsedArticle` whose every span points into its text."""
    text = draw(st.text(_CHARS, max_size=200))
    return ParsedArticle(
        source=draw(sources()),
        text=text,
        meetings=_many(draw, lambda: _meeting(draw, text)),
        statements=_many(draw, lambda: _statement(draw, text)),
        incidents=_many(draw, lambda: _incident(draw, text)),
        dates=_many(draw, lambda: _time_ref(draw, text)),
        diagnostics=_many(draw, lambda: _diagnostic(draw, text)),
    )
