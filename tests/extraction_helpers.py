"""Helpers shared by the extraction tests: documents with given dates, quoted statements."""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet._document import Document
from diplomeet.dates._calendar import bounds
from diplomeet.records import Actor, Meeting, Span, Statement, TimeRef


def doc_with_dates(text: str, dates: dict[str, str] | None = None) -> Document:
    """
    Return a document whose date expressions are given as ``{words: value}``.

    A value is a TIMEX3 value: a day ("2024-03-04"), month ("2024-03"), year ("2024"),
    weekend ("2024-W10-WE"), with the days it covers; the words
    must occur in the text, and the first occurrence is used.  The extraction stages are
    tested apart from the date stage this way.
    """
    refs = []
    for words, value in (dates or {}).items():
        start = text.index(words)
        first, last, granularity = bounds(value)
        refs.append(
            TimeRef(
                text=words,
                value=value,
                start=first,
                end=last,
                granularity=granularity,
                span=Span.of(text, start, start + len(words)),
            )
        )
    return Document(text=text, dates=refs)


def quoted_statements(text: str, published: date, headline: str) -> list[Statement]:
    """The direct and partial statements `parse` reads in ``text`` under ``headline``."""
    found = diplomeet.parse(f"{headline}\n\n{text}", published=published).statements
    return [s for s in found if s.mode != "indirect"]


def speaker_actor(statements: list[Statement], words: str) -> Actor | None:
    """The speaker of the statement whose quotation holds ``words``."""
    for s in statements:
        if words in s.quote:
            return s.speaker
    msg = f"no quotation holds {words!r}"
    raise AssertionError(msg)


def speaker_in(statements: list[Statement], words: str) -> str | None:
    """The name of the speaker of the statement whose quotation holds ``words``."""
    speaker = speaker_actor(statements, words)
    return speaker.name if speaker is not None else None


def meeting_people(m: Meeting) -> set[str]:
    """The surnames (last words) of a meeting's participants."""
    return {a.name.split()[-1] for a in m.participants}


def meeting_place(m: Meeting) -> str | None:
    """The name of a meeting's place, or ``None``."""
    return None if m.place is None else m.place.name


def meeting_when(m: Meeting) -> str | None:
    """The TIMEX3 value of a meeting's date, or ``None``."""
    return None if m.when is None else m.when.value


def meeting_rows(text: str, published: date) -> list[tuple[str, tuple[str, ...], str | None, str]]:
    """Each meeting of a parse as (status, participants' names, place name, date value or "")."""
    return [
        (
            m.status,
            tuple(p.name for p in m.participants),
            meeting_place(m),
            meeting_when(m) or "",
        )
        for m in diplomeet.parse(text, published=published).meetings
    ]


#: A meeting read back as (people, place name, date value).
MeetingRow = tuple[tuple[str, ...], str | None, str | None]


def meeting_reads(text: str, published: date) -> list[MeetingRow]:
    """Each meeting of ``text``: its people, its place's name and its date's value."""
    return [
        (
            tuple(p.name for p in m.participants),
            m.place.name if m.place else None,
            m.when.value if m.when else None,
        )
        for m in diplomeet.parse(text, published=published).meetings
    ]


def story_meetings(text: str, published: date) -> list[MeetingRow]:
    """
    Each meeting of ``text`` told as a story's body: its people, its date's value, its place.

    The text stands between a headline and a closing line, as in an article.
    """
    article = diplomeet.parse(
        f"Headline of the story\n\n{text}\n\nMore follows.", published=published
    )
    return [
        (
            tuple(p.name for p in m.participants),
            m.when.value if m.when else None,
            m.place.name if m.place else None,
        )
        for m in article.meetings
    ]


def story_meetings_with_status(
    text: str, published: date
) -> list[tuple[tuple[str, ...], str | None, str | None, str]]:
    """Each meeting of ``text`` as :func:`story_meetings` reads it, and its status."""
    article = diplomeet.parse(
        f"Headline of the story\n\n{text}\n\nMore follows.", published=published
    )
    return [
        (
            tuple(p.name for p in m.participants),
            m.when.value if m.when else None,
            m.place.name if m.place else None,
            m.status,
        )
        for m in article.meetings
    ]


def headed_incidents(text: str, published: date) -> list[tuple[str, str | None]]:
    """Each incident of ``text`` under a headline, as (kind, date value or None)."""
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=published)
    return [(i.kind, i.when.value if i.when else None) for i in article.incidents]
