"""
The records diplomeet produces.

Every record is a frozen, slotted ``attrs`` class: immutable, hashable, and typed for
``mypy --strict``.  Sequences are tuples (lists passed to a constructor are converted).
Closed vocabularies are :data:`typing.Literal` strings, so ``meeting.status == "held"``
reads naturally and the JSON form is the plain string.

Invariants are checked at construction; a wrong value raises
:class:`~diplomeet.errors.InvalidRecordError`, whose message names the record and the
field (``Span.end: must be >= start (4), got 2``).

The field names, their order and their meaning are the public contract described in
``docs/records.md``; the JSON form uses the same names in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any, Final, Literal, NoReturn, TypeVar, get_args

import attrs
from attrs import frozen

from diplomeet._iso3166 import ALPHA2
from diplomeet.errors import InvalidRecordError

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Diagnostic",
    "Granularity",
    "Incident",
    "IncidentKind",
    "Meeting",
    "MeetingStatus",
    "ParsedArticle",
    "Place",
    "PublishedFrom",
    "Severity",
    "Source",
    "Span",
    "Statement",
    "StatementMode",
    "TimeRef",
]

#: Version of the record layout; bumped when a field changes meaning or disappears.
SCHEMA_VERSION: Final = 1

ActorKind = Literal["person", "organization", "group", "country"]
MeetingStatus = Literal["held", "planned", "cancelled"]
StatementMode = Literal["direct", "partial", "indirect"]
IncidentKind = Literal[
    "shootdown", "airspace_violation", "shots_fired", "airstrike", "attack", "other"
]
Severity = Literal["info", "warning", "error"]
PublishedFrom = Literal["caller", "text"]
#: How precise a :class:`TimeRef` is.  ``None`` for durations and vague references.
Granularity = Literal[
    "time",
    "part_of_day",
    "day",
    "weekend",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
]

_T = TypeVar("_T")
_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

_CODE_RE: Final = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+")


# --- validators -------------------------------------------------------------------------
# Each raises InvalidRecordError naming the record class and the field.


def _fail(inst: object, attribute: attrs.Attribute[Any], value: object, problem: str) -> NoReturn:
    raise InvalidRecordError(type(inst).__name__, attribute.name, value, problem)


def _text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a non-empty string that is not only whitespace."""
    if not isinstance(value, str):
        _fail(inst, attribute, value, "must be a string")
    if not value.strip():
        _fail(inst, attribute, value, "must not be empty")


def _optional(validator: _Validator) -> _Validator:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(inst, attribute, value)

    return check


def _is(cls: type[Any]) -> _Validator:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls):
            _fail(inst, attribute, value, f"must be a {cls.__name__}")

    return check


def _one_of(literal: Any) -> _Validator:
    choices: tuple[str, ...] = get_args(literal)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in choices:
            _fail(inst, attribute, value, f"must be one of {', '.join(map(repr, choices))}")

    return check


def _country(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require an ISO 3166-1 alpha-2 code in upper case."""
    if not isinstance(value, str) or value not in ALPHA2:
        _fail(inst, attribute, value, "must be an ISO 3166-1 alpha-2 code such as 'IL'")


def _each(cls: type[Any]) -> _Validator:
    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            _fail(inst, attribute, value, f"must be a sequence of {cls.__name__}")
        for item in value:
            if not isinstance(item, cls):
                _fail(inst, attribute, item, f"items must be {cls.__name__}")

    return check


def _each_text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        _fail(inst, attribute, value, "must be a sequence of strings, not a single string")
    for item in value:
        _text(inst, attribute, item)


def _non_negative(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(inst, attribute, value, "must be an int")
    if value < 0:
        _fail(inst, attribute, value, "must be >= 0")


# --- converters: any iterable in, a tuple out ---------------------------------------------


def _tuple(items: Iterable[_T]) -> tuple[_T, ...]:
    if type(items) is list or type(items) is tuple:  # the library's own calls, at once
        return tuple(items)
    if isinstance(items, str | bytes) or not isinstance(items, Iterable):
        # A lone string would become a tuple of characters: hand it on unchanged so the
        # validator reports the real mistake.
        return items  # type: ignore[return-value]  # the validator refuses it
    return tuple(items)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return _tuple(items)


def _actors(items: Iterable[Actor]) -> tuple[Actor, ...]:
    return _tuple(items)


# --- records ------------------------------------------------------------------------------


@frozen(kw_only=True)
class Span:
    """
    A stretch of :attr:`ParsedArticle.text`: ``article.text[span.start:span.end] == span.text``.

    Attributes:
        start: Offset of the first character (0-based, in code points).
        end: Offset one past the last character (exclusive).
        text: The covered characters, kept so a record can be read without the article.
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)
    text: str = attrs.field(validator=_is(str))

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            _fail(self, attribute, value, f"must be >= start ({self.start})")

    @text.validator
    def _check_text(self, attribute: attrs.Attribute[str], value: str) -> None:
        if len(value) != self.end - self.start:
            _fail(self, attribute, value, f"must be {self.end - self.start} characters long")

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Return the span ``text[start:end]``."""
        return cls(start=start, end=end, text=text[start:end])


@frozen(kw_only=True)
class Actor:
    """
    A person, organisation, group or country taking part in an event.

    Attributes:
        name: Canonical full name ("Angela Merkel"); organisations by their usual
            name ("Kremlin", "Russian Foreign Ministry").
        kind: ``"person"``, ``"organization"``, ``"group"`` or ``"country"``.
        title: Office or role as written ("Prime Minister"), or ``None``.
        country: ISO 3166-1 alpha-2 code of the country the actor belongs to, or ``None``.
    """

    name: str = attrs.field(validator=_text)
    kind: ActorKind = attrs.field(default="person", validator=_one_of(ActorKind))
    title: str | None = attrs.field(default=None, validator=_optional(_text))
    country: str | None = attrs.field(default=None, validator=_optional(_country))


@frozen(kw_only=True)
class Place:
    """
    Where something happened.

    Attributes:
        name: City or region ("Moscow").
        country: ISO 3166-1 alpha-2 code, or ``None`` when unknown.
        venue: Building or event ("Kremlin"), or ``None``.
    """

    name: str = attrs.field(validator=_text)
    country: str | None = attrs.field(default=None, validator=_optional(_country))
    venue: str | None = attrs.field(default=None, validator=_optional(_text))


@frozen(kw_only=True)
class TimeRef:
    """
    A date expression and its absolute value.

    Attributes:
        text: The words as written ("on Thursday").
        value: TIMEX3-style value: ``"2016-04-21"``, ``"2018-11"``, ``"2018-W07"``,
            ``"XXXX-09-17"`` when the year cannot be known, ``"PAST_REF"`` /
            ``"PRESENT_REF"`` / ``"FUTURE_REF"``, or a duration such as ``"P4M"``.
        start: First day covered (inclusive) when the value is a calendar date or
            period, else ``None``.
        end: Last day covered (inclusive), else ``None``.
        granularity: ``"day"``, ``"week"``, ``"month"``, ``"year"``, ... or ``None`` for
            durations and vague references.
        span: Where the expression stands in :attr:`ParsedArticle.text`; ``None`` when
            the expression was resolved alone (:func:`diplomeet.resolve`) or stands
            outside the body, e.g. in a photo caption.
    """

    text: str = attrs.field(validator=_text)
    value: str = attrs.field(validator=_text)
    start: date | None = attrs.field(default=None, validator=_optional(_is(date)))
    end: date | None = attrs.field(default=None, validator=_optional(_is(date)))
    granularity: Granularity | None = attrs.field(
        default=None, validator=_optional(_one_of(Granularity))
    )
    span: Span | None = attrs.field(default=None, validator=_optional(_is(Span)))

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[date | None], value: date | None) -> None:
        if (value is None) != (self.start is None):
            _fail(self, attribute, value, "start and end must both be set or both be None")
        if value is not None and self.start is not None and value < self.start:
            _fail(self, attribute, value, f"must be >= start ({self.start.isoformat()})")


@frozen(kw_only=True)
class Meeting:
    """
    A meeting, talk or call between actors: held, planned or cancelled.

    Attributes:
        participants: The principals.
        accompanied_by: Delegation members ("accompanied by ...").
        place: Where it took or will take place, or ``None``.
        when: Its date, or ``None``.
        status: ``"held"``, ``"planned"`` or ``"cancelled"``.
        setting: Free text such as ``"phone call"`` or ``"sidelines of the G20 summit"``.
        topics: Short noun phrases ("Iran", "security coordination").
        evidence: The words the record was read from.
    """

    participants: tuple[Actor, ...] = attrs.field(converter=_actors, validator=_each(Actor))
    accompanied_by: tuple[Actor, ...] = attrs.field(
        default=(), converter=_actors, validator=_each(Actor)
    )
    place: Place | None = attrs.field(default=None, validator=_optional(_is(Place)))
    when: TimeRef | None = attrs.field(default=None, validator=_optional(_is(TimeRef)))
    status: MeetingStatus = attrs.field(default="held", validator=_one_of(MeetingStatus))
    setting: str | None = attrs.field(default=None, validator=_optional(_text))
    topics: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_each_text)
    evidence: Span = attrs.field(validator=_is(Span))


@frozen(kw_only=True)
class Statement:
    """
    Something an actor said: quoted in full, quoted in part, or reported.

    Attributes:
        speaker: Who said it, or ``None`` when the text does not say (a diagnostic then
            explains why).
        quote: The words, without the quote marks.
        mode: ``"direct"`` (a whole quoted sentence), ``"partial"`` (a quoted phrase
            inside the reporter's sentence) or ``"indirect"`` (reported speech).
        addressee: Whom it was said to ("told Merkel"), or ``None``.
        cue: The reporting verb as written ("said", "told", "according to").
        when: When it was said, or ``None``.
        evidence: The words the record was read from.
    """

    speaker: Actor | None = attrs.field(default=None, validator=_optional(_is(Actor)))
    quote: str = attrs.field(validator=_text)
    mode: StatementMode = attrs.field(default="direct", validator=_one_of(StatementMode))
    addressee: Actor | None = attrs.field(default=None, validator=_optional(_is(Actor)))
    cue: str | None = attrs.field(default=None, validator=_optional(_text))
    when: TimeRef | None = attrs.field(default=None, validator=_optional(_is(TimeRef)))
    evidence: Span = attrs.field(validator=_is(Span))


@frozen(kw_only=True)
class Incident:
    """
    A security incident framing the diplomacy: a shootdown, an airspace violation, a strike.

    Attributes:
        kind: ``"shootdown"``, ``"airspace_violation"``, ``"shots_fired"``,
            ``"airstrike"``, ``"attack"`` or ``"other"``.
        summary: One clause from the text that tells what happened.
        actors: Who was involved; countries are allowed (kind ``"country"``).
        place: Where, or ``None``.
        when: When, or ``None``.
        casualties: Number of people killed, when the text gives it.
        evidence: The words the record was read from.
    """

    kind: IncidentKind = attrs.field(validator=_one_of(IncidentKind))
    summary: str = attrs.field(validator=_text)
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actors, validator=_each(Actor))
    place: Place | None = attrs.field(default=None, validator=_optional(_is(Place)))
    when: TimeRef | None = attrs.field(default=None, validator=_optional(_is(TimeRef)))
    casualties: int | None = attrs.field(default=None, validator=_optional(_non_negative))
    evidence: Span = attrs.field(validator=_is(Span))


@frozen(kw_only=True)
class Diagnostic:
    """
    Something odd about the input, reported instead of raised.

    Attributes:
        code: Stable dotted identifier ("date.unanchored", "speaker.unknown",
            "input.empty"); see ``docs/diagnostics.md``.
        severity: ``"info"``, ``"warning"`` or ``"error"``.
        message: A sentence for people, saying what happened and what to do.
        span: The words concerned, or ``None`` for the whole input.
    """

    code: str = attrs.field(validator=_is(str))
    severity: Severity = attrs.field(default="warning", validator=_one_of(Severity))
    message: str = attrs.field(validator=_text)
    span: Span | None = attrs.field(default=None, validator=_optional(_is(Span)))

    @code.validator
    def _check_code(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not _CODE_RE.fullmatch(value):
            _fail(
                self, attribute, value, "must be a dotted lower-case code such as 'date.unanchored'"
            )


@frozen(kw_only=True)
class Source:
    """
    Where the article comes from, as far as the caller and the text tell.

    Attributes:
        outlet: Display name of the outlet ("RFE/RL"), or ``None`` when unknown.
        parser: Id of the outlet parser used ("rferl", "generic").
        headline: The headline, or ``None``.
        authors: Byline names or desks.
        agencies: Organisations credited for reporting or photos ("AP", "Reuters").
        published: Publication date, or ``None``.
        published_from: ``"caller"`` when given to :func:`diplomeet.parse`, ``"text"``
            when read from the article, ``None`` when unknown.
        url: The article's address, when given.
    """

    outlet: str | None = attrs.field(default=None, validator=_optional(_text))
    parser: str = attrs.field(default="generic", validator=_text)
    headline: str | None = attrs.field(default=None, validator=_optional(_text))
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_each_text)
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_strings, validator=_each_text)
    published: date | None = attrs.field(default=None, validator=_optional(_is(date)))
    published_from: PublishedFrom | None = attrs.field(
        default=None, validator=_optional(_one_of(PublishedFrom))
    )
    url: str | None = attrs.field(default=None, validator=_optional(_text))

    @published_from.validator
    def _check_published_from(
        self, attribute: attrs.Attribute[PublishedFrom | None], value: PublishedFrom | None
    ) -> None:
        if (value is None) != (self.published is None):
            _fail(self, attribute, value, "must be set exactly when published is set")


def _meetings(items: Iterable[Meeting]) -> tuple[Meeting, ...]:
    return _tuple(items)


def _statements(items: Iterable[Statement]) -> tuple[Statement, ...]:
    return _tuple(items)


def _incidents(items: Iterable[Incident]) -> tuple[Incident, ...]:
    return _tuple(items)


def _timerefs(items: Iterable[TimeRef]) -> tuple[TimeRef, ...]:
    return _tuple(items)


def _diagnostics(items: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return _tuple(items)


@frozen(kw_only=True)
class ParsedArticle:
    """
    Everything diplomeet read from one article.

    Every :class:`Span` inside points into :attr:`text`, which is checked at construction.

    Attributes:
        schema_version: Version of the record layout (:data:`SCHEMA_VERSION`).
        source: Outlet, headline, byline, credits and publication date.
        text: The cleaned article body that all spans point into.
        meetings: Meetings held, planned or cancelled.
        statements: Things said, quoted or reported.
        incidents: Security incidents.
        dates: Every date expression found, resolved.
        diagnostics: Everything odd about the input.
    """

    schema_version: int = attrs.field(default=SCHEMA_VERSION)
    source: Source = attrs.field(factory=Source, validator=_is(Source))
    text: str = attrs.field(default="", validator=_is(str))
    meetings: tuple[Meeting, ...] = attrs.field(
        default=(), converter=_meetings, validator=_each(Meeting)
    )
    statements: tuple[Statement, ...] = attrs.field(
        default=(), converter=_statements, validator=_each(Statement)
    )
    incidents: tuple[Incident, ...] = attrs.field(
        default=(), converter=_incidents, validator=_each(Incident)
    )
    dates: tuple[TimeRef, ...] = attrs.field(
        default=(), converter=_timerefs, validator=_each(TimeRef)
    )
    diagnostics: tuple[Diagnostic, ...] = attrs.field(
        default=(), converter=_diagnostics, validator=_each(Diagnostic)
    )

    @schema_version.validator
    def _check_version(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value != SCHEMA_VERSION:
            _fail(self, attribute, value, f"this version of diplomeet reads {SCHEMA_VERSION}")

    def __attrs_post_init__(self) -> None:
        if all(map(self._points_into_text, self._all_spans())):
            return  # the paths of spans() are only worked out to name a wrong one
        for where, span in self.spans():
            if span.end > len(self.text) or self.text[span.start : span.end] != span.text:
                raise InvalidRecordError(
                    "ParsedArticle",
                    where,
                    span,
                    f"span must point into text ({len(self.text)} characters)",
                )

    def _points_into_text(self, span: Span) -> bool:
        return span.end <= len(self.text) and self.text[span.start : span.end] == span.text

    def _all_spans(self) -> Iterator[Span]:
        """The spans of :meth:`spans`, without their paths."""
        for records in (self.meetings, self.statements, self.incidents):
            for rec in records:
                yield rec.evidence
                if rec.when is not None and rec.when.span is not None:
                    yield rec.when.span
        for t in self.dates:
            if t.span is not None:
                yield t.span
        for d in self.diagnostics:
            if d.span is not None:
                yield d.span

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Yield ``(path, span)`` for every span, e.g. ``("meetings[0].evidence", span)``."""
        events: list[tuple[str, tuple[Meeting | Statement | Incident, ...]]] = [
            ("meetings", self.meetings),
            ("statements", self.statements),
            ("incidents", self.incidents),
        ]
        for name, records in events:
            for i, rec in enumerate(records):
                yield f"{name}[{i}].evidence", rec.evidence
                if rec.when is not None and rec.when.span is not None:
                    yield f"{name}[{i}].when.span", rec.when.span
        for i, t in enumerate(self.dates):
            if t.span is not None:
                yield f"dates[{i}].span", t.span
        for i, d in enumerate(self.diagnostics):
            if d.span is not None:
                yield f"diagnostics[{i}].span", d.span
