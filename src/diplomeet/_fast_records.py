"""
The records the stages make many of, built without running their ``attrs`` validators.

A frozen ``attrs`` record runs one Python validator per field (and a converter per
sequence) when it is made: three to four times the cost of setting its fields.  The
builders here test the same conditions inline, in one expression, and set the fields
directly; when a value would fail (or is of a type the converters would turn into a tuple
first) they call the record's own constructor, which raises or converts exactly as before.
So what they return is the record the constructor returns, and bad values still raise the
same :class:`~diplomeet.errors.InvalidRecordError`.  ``tests/test_unchecked_records.py``
checks every record ``parse`` gives on the project's own articles against the validators.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, get_args

from diplomeet._iso3166 import ALPHA2
from diplomeet.records import (
    Actor,
    ActorKind,
    Incident,
    IncidentKind,
    Meeting,
    MeetingStatus,
    Place,
    Span,
    Statement,
    StatementMode,
    TimeRef,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["actor", "incident", "meeting", "place", "statement"]

_new: Final = object.__new__
_setattr: Final = object.__setattr__
# Tuples, as the validators hold them (a set would raise on an unhashable value).
_ACTOR_KINDS: Final = get_args(ActorKind)
_STATUSES: Final = get_args(MeetingStatus)
_MODES: Final = get_args(StatementMode)
_INCIDENT_KINDS: Final = get_args(IncidentKind)
_ACTOR_TYPE: Final = frozenset({Actor})


def _text(value: object) -> bool:
    """What the records' ``_text`` validator accepts: a string not only white space."""
    return type(value) is str and not value.isspace() and value != ""


def _optional_text(value: object) -> bool:
    return value is None or (type(value) is str and not value.isspace() and value != "")


def _actors(items: object) -> bool:
    """A list or tuple of actors: what the converter makes a tuple and the validator takes."""
    return (type(items) is list or type(items) is tuple) and set(map(type, items)) <= _ACTOR_TYPE


def actor(
    name: str, kind: ActorKind = "person", title: str | None = None, country: str | None = None
) -> Actor:
    """``Actor(name=name, kind=kind, title=title, country=country)``."""
    if not (
        _text(name)
        and kind in _ACTOR_KINDS
        and _optional_text(title)
        and (country is None or (type(country) is str and country in ALPHA2))
    ):
        return Actor(name=name, kind=kind, title=title, country=country)
    made: Actor = _new(Actor)
    _setattr(made, "name", name)
    _setattr(made, "kind", kind)
    _setattr(made, "title", title)
    _setattr(made, "country", country)
    return made


def place(name: str, country: str | None = None, venue: str | None = None) -> Place:
    """``Place(name=name, country=country, venue=venue)``."""
    if not (
        _text(name)
        and (country is None or (type(country) is str and country in ALPHA2))
        and _optional_text(venue)
    ):
        return Place(name=name, country=country, venue=venue)
    made: Place = _new(Place)
    _setattr(made, "name", name)
    _setattr(made, "country", country)
    _setattr(made, "venue", venue)
    return made


def meeting(  # noqa: PLR0913 - the fields of the record
    *,
    participants: Iterable[Actor],
    accompanied_by: Iterable[Actor] = (),
    place: Place | None = None,
    when: TimeRef | None = None,
    status: MeetingStatus = "held",
    setting: str | None = None,
    topics: Iterable[str] = (),
    evidence: Span,
) -> Meeting:
    """``Meeting(...)`` with the same fields."""
    if not (
        _actors(participants)
        and _actors(accompanied_by)
        and (place is None or type(place) is Place)
        and (when is None or type(when) is TimeRef)
        and status in _STATUSES
        and _optional_text(setting)
        and (type(topics) is list or type(topics) is tuple)
        and all(map(_text, topics))
        and type(evidence) is Span
    ):
        return Meeting(
            participants=participants,
            accompanied_by=accompanied_by,
            place=place,
            when=when,
            status=status,
            setting=setting,
            topics=topics,
            evidence=evidence,
        )
    made: Meeting = _new(Meeting)
    _setattr(made, "participants", tuple(participants))
    _setattr(made, "accompanied_by", tuple(accompanied_by))
    _setattr(made, "place", place)
    _setattr(made, "when", when)
    _setattr(made, "status", status)
    _setattr(made, "setting", setting)
    _setattr(made, "topics", tuple(topics))
    _setattr(made, "evidence", evidence)
    return made


def statement(  # noqa: PLR0913 - the fields of the record
    *,
    speaker: Actor | None = None,
    quote: str,
    mode: StatementMode = "direct",
    addressee: Actor | None = None,
    cue: str | None = None,
    when: TimeRef | None = None,
    evidence: Span,
) -> Statement:
    """``Statement(...)`` with the same fields."""
    if not (
        (speaker is None or type(speaker) is Actor)
        and _text(quote)
        and mode in _MODES
        and (addressee is None or type(addressee) is Actor)
        and _optional_text(cue)
        and (when is None or type(when) is TimeRef)
        and type(evidence) is Span
    ):
        return Statement(
            speaker=speaker,
            quote=quote,
            mode=mode,
            addressee=addressee,
            cue=cue,
            when=when,
            evidence=evidence,
        )
    made: Statement = _new(Statement)
    _setattr(made, "speaker", speaker)
    _setattr(made, "quote", quote)
    _setattr(made, "mode", mode)
    _setattr(made, "addressee", addressee)
    _setattr(made, "cue", cue)
    _setattr(made, "when", when)
    _setattr(made, "evidence", evidence)
    return made


def incident(  # noqa: PLR0913 - the fields of the record
    *,
    kind: IncidentKind,
    summary: str,
    actors: Iterable[Actor] = (),
    place: Place | None = None,
    when: TimeRef | None = None,
    casualties: int | None = None,
    evidence: Span,
) -> Incident:
    """``Incident(...)`` with the same fields."""
    if not (
        kind in _INCIDENT_KINDS
        and _text(summary)
        and _actors(actors)
        and (place is None or type(place) is Place)
        and (when is None or type(when) is TimeRef)
        and (casualties is None or (type(casualties) is int and casualties >= 0))
        and type(evidence) is Span
    ):
        return Incident(
            kind=kind,
            summary=summary,
            actors=actors,
            place=place,
            when=when,
            casualties=casualties,
            evidence=evidence,
        )
    made: Incident = _new(Incident)
    _setattr(made, "kind", kind)
    _setattr(made, "summary", summary)
    _setattr(made, "actors", tuple(actors))
    _setattr(made, "place", place)
    _setattr(made, "when", when)
    _setattr(made, "casualties", casualties)
    _setattr(made, "evidence", evidence)
    return made
