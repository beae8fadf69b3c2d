"""
Dispatches whose own line dates them: the day their "today" means.

A page may print a dispatch under a dateline that names its day ("London, Tuesday",
"Reykjavik, Oct 15", "NICOSIA, June 25 (Reuter)--"), or a monitoring report may open each
item with its broadcast's source line ("... in Spanish 2300 GMT 12 Dec 78"). Inside such a
dispatch, "today", "this afternoon", "tonight" and "yesterday" count from the day of its
line, not from the day the page came out: a morning paper dated Wednesday prints
Tuesday's dispatches. :func:`dispatch_heads` finds those lines; the resolver anchors the
expressions after each one on its day (see ``docs/dates.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from diplomeet.dates._lexicon import MONTHS, WEEKDAYS

__all__ = ["Head", "dispatch_heads"]

#: A dateline's place, title case or capitals, of up to four words ("Buenos Aires",
#: "NEW YORK", "Port-au-Prince"), perhaps with its state or country ("Austin, Texas").
_WORD: Final = r"[A-Z][\w'\u2019.-]*"
_PLACE: Final = (
    rf"(?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,3}})(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?"
)
_MONTH_WORD: Final = r"(?:[A-Z][a-z]{2,8}\.?)"
#: The day a dateline names: a weekday, or a day of a month either way round.
_DAY: Final = (
    r"(?P<day>(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    rf"|{_MONTH_WORD}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_MONTH_WORD})"
)
#: A dateline opening a line: the place, a comma, the day, then the line's end, or the
#: agency's credit in brackets and the dash (colon) that opens the story, perhaps after a
#: full stop and a space, as older Asian and Commonwealth papers print it.
_DISPATCH_LINE_RE: Final = re.compile(
    rf"^[ \t]*{_PLACE},[ \t]+{_DAY}"
    # ("KUALA LUMPUR, Tuesday. \u2014 The ...": a full stop, a space, then the dash;
    # "CANBERRA, Wednesday." alone on its line, as Australian papers printed it)
    r"(?=[ \t]*(?:\([A-Z][^()\n]{0,30}\))?[ \t]*(?:\.?[ \t]*(?:\n|$)|\.?[ \t]?[-\u2013\u2014:]))",
    re.MULTILINE,
)
#: A monitored broadcast's source line, as monitoring services print it over each item:
#: "<station> in <Language> <hhmm> GMT <day> <Mon> <yy>" ("... in Spanish 2300 GMT 12 Dec 78",
#: "Radio Kabul in Dari 1530 gmt 3 Feb 81").  One opening "Source:" closes its item instead
#: (as another service prints it under the text): it dates no text after it, unless the
#: service's opening of the item follows it ("Source: ... 7 Feb 94" over "Text of report",
#: "Excerpts from report", "Summary of ...": the line heads the item).
_SOURCE_LINE_RE: Final = re.compile(
    r"^(?![ \t]*Source\b(?![^\n]*\n(?:[ \t]*\n)?[ \t]*(?:Text|Excerpts?|Summary|Passages?)"
    r"[ \t]+(?:of|from)\b))"
    r"[^\n]{0,80}?\bin[ \t]+[A-Z][a-z]+[ \t]+[0-2]\d[0-5]\d[ \t]+"
    r"(?:GMT|gmt|UTC|utc)[ \t]+"
    r"(?P<day>\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+(?:\d\d){1,2})\b[^\n]*$",
    re.MULTILINE,
)


class Head:
    """One dated line: where its dispatch starts, and where its day is written."""

    __slots__ = ("day_end", "day_start", "place_start", "source", "start")

    def __init__(
        self, start: int, day_start: int, day_end: int, place_start: int, *, source: bool = False
    ) -> None:
        self.start = start  # expressions from here on count from the line's day
        self.day_start = day_start
        self.day_end = day_end
        self.place_start = place_start  # where the dateline's place begins
        # a source line: its clock time stamps the broadcast, as a wire's trailer stamps
        # the copy; it is no date of the story
        self.source = source


def _dispatch_lines(text: str) -> Iterator[re.Match[str]]:
    """
    ``_DISPATCH_LINE_RE.finditer(text)``, the pattern tried only at the start of each line.

    A search tries a pattern opening with "^" at every character; a match never holds a line
    break (the place and day are read within the line), so the next match is looked for from
    the line after it, as the scan would.
    """
    at = 0
    while True:
        m = _DISPATCH_LINE_RE.match(text, at)
        if m is not None:
            yield m
            at = m.end()
        at = text.find("\n", at) + 1
        if at <= 0:
            return


def dispatch_heads(text: str) -> list[Head]:
    """The dated lines of ``text`` that open a dispatch, in order."""
    heads: list[Head] = []
    for m in _dispatch_lines(text):
        first = m["place"].split(None, 1)[0].rstrip(".").lower()
        if first in WEEKDAYS or first in MONTHS:
            continue  # "Tuesday, Oct. 27:" opens a diary's entry, not a dispatch
        heads.append(Head(m.end("day"), m.start("day"), m.end("day"), m.start("place")))
    if "GMT" in text or "gmt" in text or "UTC" in text or "utc" in text:
        heads.extend(
            Head(m.start(), m.start("day"), m.end("day"), m.start(), source=True)
            for m in _SOURCE_LINE_RE.finditer(text)
        )
        heads.sort(key=lambda h: h.start)
    return heads
