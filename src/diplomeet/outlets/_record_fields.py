# News typography (curly apostrophes in names) is what these patterns match:
# ruff: noqa: RUF001
"""
A library database's citation fields over a story: its author, its source, its kind.

Periodical databases export a record as labelled fields, the author's name inverted and the
source (the paper, a place, the issue's date and the page) on one line after a semicolon:

    Title: Envoys Meet on Fishing Dispute
    Author: Doe, Jane
    Publication info: The Example Star; Gdansk [Gdansk]. 12 Mar 1987: A.4.
    Full text: ...

    Title: Talks on Water Sharing Resume
    Authors: Doe, Jane
    Source: Example Evening Post; 3/25/1988, p4
    Document Type: Article

The author's field is rewritten as the byline ("By Jane Doe"); the source's field names the
outlet (read as a masthead) and dates the issue (a numeric date month first, as these
services print it), and is dropped with the bookkeeping fields (the record's kind, its
subject terms, the "Full text:" label).  The "Title:" field is the headline, as the layout
reader knows.  Only the page's first lines are looked at.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

import attrs

from diplomeet.outlets._credits import masthead_like
from diplomeet.outlets._textdates import NumericDate, first_stated_date

__all__ = ["RecordFields", "read_record_fields"]

_HEAD_LINES: Final = 12
# The author's name inverted after the label ("Author: Doe, Jane").
_AUTHOR_RE: Final = re.compile(
    r"^(?:Author|Authors|AUTHOR|AUTHORS)\s?:\s?(?P<last>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?),"
    r" (?P<first>[A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){0,2})$"
)
# "Publication info: The Example Star; Gdansk [Gdansk]. 12 Mar 1987: A.4.", "Source: Example
# Post; 3/25/1988, p4"
_SOURCE_RE: Final = re.compile(
    r"^(?:Publication info|Publication|Source|SOURCE|Journal)\s?:\s?"
    r"(?P<name>[A-Z][^;]{1,60}); (?P<rest>.{4,120})$"
)
# The record's bookkeeping fields: its kind, its terms, the label over the story.
_BOOKKEEPING_RE: Final = re.compile(
    r"^(?:Document Type|Document type|Subject Terms|Subject terms|Subjects|Accession Number"
    r"|Database|Language|ISSN|Copyright)\s?:.{0,200}$|^Full text\s?:\s?$"
)


@attrs.frozen
class RecordFields:
    """The page's lines without the record's source and bookkeeping fields, and the source."""

    lines: list[str]
    outlet: str | None = None
    published: date | None = None


def read_record_fields(lines: list[str]) -> RecordFields:
    """Read a database record's citation fields among the page's first lines (see the module)."""
    head = [i for i, line in enumerate(lines[:_HEAD_LINES]) if line]
    if not any(_SOURCE_RE.match(lines[i]) for i in head):
        return RecordFields(lines)
    out = list(lines)
    outlet: str | None = None
    published: date | None = None
    for i in reversed(head):
        line = lines[i]
        author = _AUTHOR_RE.match(line)
        source = _SOURCE_RE.match(line) if author is None else None
        if author is not None:
            out[i] = f"By {author['first']} {author['last']}"
        elif source is not None and masthead_like(name := source["name"].strip()):
            outlet = name
            published = _issue_date(source["rest"]) or published
            del out[i]
        elif _BOOKKEEPING_RE.match(line):
            del out[i]
    return RecordFields(out, outlet, published)


def _issue_date(rest: str) -> date | None:
    stated = first_stated_date(rest)
    if isinstance(stated, NumericDate):
        return stated.read(day_first=False)
    return stated
