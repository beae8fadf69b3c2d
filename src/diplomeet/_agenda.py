"""
Meetings listed in an agenda: a presidency's, a government's or a minister's schedule.

A schedule page names its owner in its title ("Agenda of the President ... A", "Schedule of
Prime Minister A for 3 March") and lists the day's engagements as timed entries under day
headings, with no verb: "09:30  Meeting with Prime Minister B" (the venue after a comma or
on the next line), "14:00  Official visit of the President of C", "12:00  Telephone
conversation with the Chancellor of D". Each entry with a named person is a meeting of the
owner and that person on the day of its heading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from diplomeet import _fast_records
from diplomeet._actors import mentions
from diplomeet._countries import CITIES
from diplomeet._document import Document

if TYPE_CHECKING:
    from diplomeet.records import Actor, Meeting, Place, TimeRef

__all__ = ["agenda_meetings"]

# A schedule's title: the page's headline names the kind of page.
_AGENDA_TITLE_RE: Final = re.compile(
    r"\b(?:agenda|schedule|programme|program|diary|itinerary)\b", re.IGNORECASE
)
# A timed entry opening a paragraph, and the engagement it lists.
_ENTRY_RE: Final = re.compile(
    r"[0-2]?\d[:.][0-5]\d(?:\s*[-\u2013]\s*[0-2]?\d[:.][0-5]\d)?\s+"
    r"(?:(?:bilateral|working|official|private|courtesy)\s+)?"
    r"(?:(?P<meet>meeting|talks|audience|courtesy\s+call|working\s+(?:lunch|dinner|breakfast)"
    r"|(?P<call>(?:tele)?phone\s+(?:conversation|call)|video\s*(?:call|conference)))\s+with"
    r"|(?P<visit>(?:official|state|working)\s+visit)\s+of)\s+",
    re.IGNORECASE,
)
_TIME_OPENING_RE: Final = re.compile(r"[0-2]?\d[:.][0-5]\d\b")
# The longest venue line read under an entry ("Presidential Palace, S. Daukanto a. 3, Vilnius").
_VENUE_MAX_CHARS: Final = 90


def agenda_meetings(doc: Document, found: list[Meeting]) -> list[Meeting]:
    """
    Return the meetings an agenda's timed entries list, less those already ``found``.

    Nothing unless the headline names a schedule and a person who owns it, and at least
    two paragraphs are timed entries.
    """
    headline = doc.headline
    if not headline or _AGENDA_TITLE_RE.search(headline) is None:
        return []
    text = doc.text
    paras = doc.paragraphs
    entries = [k for k, p in enumerate(paras) if _TIME_OPENING_RE.match(text, p.start, p.end)]
    if len(entries) < 2:
        return []
    owner = _owner(headline)
    if owner is None:
        return []
    seen = {(_key(m.participants), m.when.value if m.when else None) for m in found}
    home = _home_city(doc, entries)
    day: TimeRef | None = None
    out: list[Meeting] = []
    for k, para in enumerate(paras):
        heading = _day_heading(doc, para.start, para.end)
        if heading is not None:
            day = heading
            continue
        made = _entry(doc, k, owner, day, home, next_is_entry=k + 1 in entries)
        if made is not None:
            key = (_key(made.participants), day.value if day else None)
            if key not in seen:
                seen.add(key)
                out.append(made)
    return out


def _entry(  # noqa: PLR0913 - the entry and what the agenda around it tells
    doc: Document,
    k: int,
    owner: Actor,
    day: TimeRef | None,
    home: str | None,
    *,
    next_is_entry: bool,
) -> Meeting | None:
    """The meeting the timed entry in paragraph ``k`` lists, if it names a person."""
    text = doc.text
    paras = doc.paragraphs
    para = paras[k]
    m = _ENTRY_RE.match(text, para.start, para.end)
    if m is None:
        return None
    named = [
        x
        for x in mentions(doc)
        if m.end() <= x.start < para.end and x.actor.kind == "person" and x.actor.name != owner.name
    ]
    if not named:
        return None
    venue_words = text[max(x.end for x in named) : para.end]
    if k + 1 < len(paras) and not next_is_entry:
        nxt = paras[k + 1]
        if nxt.end - nxt.start <= _VENUE_MAX_CHARS and not doc.dates_in(nxt.start, nxt.end):
            venue_words = f"{venue_words}, {text[nxt.start : nxt.end]}"
    call = m.group("call") is not None
    past = day is not None and doc.published and day.end and day.end < doc.published
    return _fast_records.meeting(
        participants=(owner, *dict.fromkeys(x.actor for x in named)),
        place=None if call else _place(venue_words, home, visit=m.group("visit") is not None),
        when=day,
        status="held" if past else "planned",
        setting="telephone" if call else None,
        evidence=doc.span(para.start, para.end),
    )


def _key(actors: tuple[Actor, ...]) -> frozenset[str]:
    return frozenset(a.name for a in actors)


def _owner(headline: str) -> Actor | None:
    """The person a schedule's title names: "Agenda of the President ... A for 12 May"."""
    for x in mentions(Document(text=headline)):
        if x.actor.kind == "person":
            return x.actor
    return None


def _day_heading(doc: Document, start: int, end: int) -> TimeRef | None:
    """The day a paragraph that is a date alone names ("WEDNESDAY, 12 NOVEMBER")."""
    for t in doc.dates_in(start, end):
        if (
            t.span is not None
            and t.granularity == "day"
            and len(t.span.text) >= len(doc.text[start:end].strip()) - 1
        ):
            return t
    return None


def _cities(words: str) -> list[str]:
    return [part for part in (p.strip(" .") for p in words.split(",")) if part in CITIES]


def _home_city(doc: Document, entries: list[int]) -> str | None:
    """The first city a venue line of the agenda names: where its owner receives."""
    text = doc.text
    for k in entries:
        for j in (k, k + 1):
            if j < len(doc.paragraphs):
                p = doc.paragraphs[j]
                found = _cities(text[p.start : p.end])
                if found:
                    return found[0]
    return None


def _place(words: str, home: str | None, *, visit: bool) -> Place | None:
    """Where an entry is held: the city its venue words name, else the agenda's home city."""
    parts = [p.strip(" .") for p in words.split(",") if p.strip(" .")]
    cities = [p for p in parts if p in CITIES]
    venue = next((p for p in parts if p not in CITIES and p[:1].isupper()), None)
    city = cities[0] if cities else home if (venue or visit) else None
    if city is None:
        return None
    return _fast_records.place(city, CITIES[city], venue)
