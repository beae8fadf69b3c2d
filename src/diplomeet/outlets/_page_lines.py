"""
A printed page's line as replicas, archives and databases give it: the paper, the date, the page.

An e-edition's or a PDF replica's text, a clipping site's caption, a library's or a press
database's record carry the page the story stood on in one line, its fields in an order
each template chooses and set apart by bars, dots, dashes, commas or spaces:

- ``THE EXAMPLE POST | WEDNESDAY, MARCH 5, 2025 | A7`` (an e-edition's page head);
- ``4 THE EXAMPLE ADVERTISER Monday 3 March 2025`` (a replica's folio, at the page's foot);
- ``NATION & REGION Thursday, March 13, 2025 The Example Times 11`` (section, date, paper, page);
- ``e-Paper | 12 Mar 2025 | City Edition | Page 9`` (an e-paper's reader, the paper named below);
- ``EXAMPLE SENTINEL, VOLUME XCII, ISSUE 28451, 12 MARCH 1954, PAGE 7`` (a library's record);
- ``The Example Beacon (Greenwood, Mississippi) · Tue, Jun 7, 1966 · Page 2`` (a clipping);
- ``Example Star, The (Greenville, MS) - March 2, 1979 - Edition: Final - Section: News -
  Page: A3`` (a press database's source line).

A line with a full date and a page's mark is such a line when what is left, the edition's
and section's fields taken out, is the paper's name (read as a masthead) or nothing; it
names the outlet and dates the issue, and is dropped.  Only the page's first lines and its
last ones are looked at.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

import attrs

from diplomeet.outlets._archive import paper_name, read_archive_head
from diplomeet.outlets._credits import masthead_like
from diplomeet.outlets._textdates import MONTH, first_full_date, running_head

__all__ = ["PageLine", "read_page_line"]

_HEAD_LINES: Final = 6
_TAIL_LINES: Final = 2
_LINE_MAX_CHARS: Final = 160
_NAME_MAX_WORDS: Final = 6

# A page's mark: "Page 9", "PAGE: A3", "p. 12", "Pg. 4"; or, opening or closing the line, a
# bare page number or a section's page ("A7", "11", "4").
_PAGE_LABELLED_RE: Final = re.compile(
    r"(?:^|(?<=[\s,|·(-]))(?i:page|pg\.?|p\.)\s?:?\s?[A-Z]?\d{1,3}[A-Z]?\b"
)
_PAGE_BARE_RE: Final = re.compile(r"^[A-Z]?\d{1,3}(?=\s[^\d\s])|(?<=[\s|·])[A-Z]?\d{1,3}$")
# A full date with its weekday: "WEDNESDAY, MARCH 5, 2025", "Tue, Jun 7, 1966", "12 Mar 2025".
_WEEKDAY: Final = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s)?"
_DATE_RE: Final = re.compile(
    rf"(?<![A-Za-z\d])(?i:{_WEEKDAY}(?:(?:{MONTH})\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:{MONTH})\.?,?\s\d{{4}}))"
)
# The edition's fields: "Edition: Final", "Section: News", "City Edition", "VOLUME XCII",
# "ISSUE 28451", "Vol. 12, No. 4", an e-paper's or replica's label.
_FIELD_RE: Final = re.compile(
    r"(?i:(?:edition|section|column|col\.)\s?:\s?[\w&' ]{1,30}?(?=\s[-|·]|$|,)"
    r"|\b(?:city|final|late|early|morning|evening|national|metro|home|main|first|second)"
    r" edition\b|\bvol(?:ume)?\.?\s[ivxlc\d]{1,8}\b|\b(?:issue|no)\.?\s\d{1,6}\b"
    r"|\be-?paper\b|\be-?edition\b|\breplica\b|\bprint edition\b"
    # a section's part and the edition's name alone: "Part 1 -- Page 6 Final"
    r"|\bpart \d{1,2}\b|(?<=\s)(?:final|late final|home|city)$)"
)
_FIELD_SPLIT_RE: Final = re.compile(r"\s(?:[|\u00b7]|-{1,2}|[\u2013\u2014])\s|\s{2,}|, ")
_INVERTED_ARTICLE_RE: Final = re.compile(r", (?:The|THE)\b")
# A section's label beside the paper's name: "NATION & REGION", "World", "Asia-Pacific".
_SECTION_RE: Final = re.compile(r"^[A-Z][\w&'-]*(?: (?:&|and|[A-Z][\w&'-]*)){0,3}$")
# A place in brackets after the paper's name: "(Greenwood, Mississippi)", "(Accra)".
_PLACE_RE: Final = re.compile(r"\([^()]{2,40}\)")
_SEPARATORS: Final = " |\u00b7,-\u2013\u2014:"
# A section's label in capitals before the paper's name in title case ("NATION & REGION The
# Example Times"): the name opens on its article.
_NAME_AFTER_LABEL_RE: Final = re.compile(r"^[A-Z&' ]{2,30} (?=The [A-Z])")


@attrs.frozen
class PageLine:
    """A printed page's line: the paper's name (or ``None``), the issue's date, the line."""

    outlet: str | None
    published: date
    index: int
    text: str


def read_page_line(lines: list[str]) -> PageLine | None:
    """The first page line among the page's first lines and its last ones, or ``None``."""
    filled = [i for i, line in enumerate(lines) if line]
    places = filled[:_HEAD_LINES] + [
        i for i in filled[-_TAIL_LINES:] if i not in filled[:_HEAD_LINES]
    ]
    for i in places:
        line = lines[i]
        if len(line) > _LINE_MAX_CHARS or not any(map(str.isdigit, line)):
            continue
        read = _page_line(line)
        if read is not None and not _read_elsewhere(line):
            return PageLine(read[0], read[1], i, line)
    return None


def _read_elsewhere(line: str) -> bool:
    """
    Whether the layout reader reads ``line`` itself: a folio's running head, an archive's title.

    "THE EXAMPLE TIMES, SATURDAY, MARCH 8, 1986   7" and "The Example Examiner (Grafton, NSW :
    1915 - 1954), Thursday 4 March 1937, page 3" are read there, with what they tell.
    """
    head = running_head(line)
    if head is not None and masthead_like(head[0].strip(" ,|-")):
        return True
    return read_archive_head([line]) is not None


def _page_line(line: str) -> tuple[str | None, date] | None:
    labelled = _PAGE_LABELLED_RE.search(line)
    page = labelled or _PAGE_BARE_RE.search(line)
    if page is None:
        return None
    rest = line[: page.start()] + " " + line[page.end() :]
    dated = _DATE_RE.search(rest)
    if dated is None:
        return None
    stated = first_full_date(dated[0])
    if not isinstance(stated, date):
        return None
    rest = rest[: dated.start()] + " | " + rest[dated.end() :]
    rest = _PLACE_RE.sub(" ", _FIELD_RE.sub(" ", rest))
    if ", T" in rest:
        rest = _INVERTED_ARTICLE_RE.sub("", rest)  # "Example Star, The": the catalogue's order
    parts = [part.strip(_SEPARATORS) for part in _FIELD_SPLIT_RE.split(rest)]
    parts = [part for part in parts if part.strip(_SEPARATORS)]
    if not parts:
        # nothing but the page and the date: a replica's reader names the paper elsewhere
        return (None, stated) if labelled is not None else None
    parts = [_NAME_AFTER_LABEL_RE.sub("", part).strip(_SEPARATORS) for part in parts]
    # (a paper's name holds no digit: "ABC-EUR-81-112" is a bulletin's number)
    names = [
        part
        for part in parts
        if len(part.split()) <= _NAME_MAX_WORDS
        and not any(map(str.isdigit, part))
        and masthead_like(part)
    ]
    if len(names) > 1:
        # a section's label in capitals beside the paper's name in title case
        names = [name for name in names if not name.isupper()]
    if len(names) != 1 or any(
        part != names[0] and _SECTION_RE.match(part) is None for part in parts
    ):
        return None
    name = names[0]
    return (paper_name(name) if name.isupper() else name), stated
