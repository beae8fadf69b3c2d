"""Parsers for known layouts: recognised by their own markers, read by the shared rules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

import attrs

from diplomeet.outlets._contract import Layout
from diplomeet.outlets._reading import read_layout

__all__ = ["MarkedParser"]

#: A marker that opens a line (after blanks).  Python's ``re`` tries such a pattern at every
#: character of the text; the rest of the marker usually opens with literal words, which
#: ``re`` finds with a fast prefix search, so the line start is checked after a hit instead.
_LINE_START = "^[ \\t]*"


class _Marker:
    """One compiled marker and the confidence it gives."""

    def __init__(self, pattern: str, confidence: float) -> None:
        self.at_line_start = pattern.startswith(_LINE_START)
        body = pattern.removeprefix(_LINE_START) if self.at_line_start else pattern
        self.regex = re.compile(body, re.MULTILINE)
        self.confidence = confidence

    def found_in(self, text: str) -> bool:
        if not self.at_line_start:
            return self.regex.search(text) is not None
        for hit in self.regex.finditer(text):
            begin = text.rfind("\n", 0, hit.start()) + 1
            if not text[begin : hit.start()].strip(" \t"):
                return True
        return False


class MarkedParser:
    """
    A parser for one outlet or layout, recognised by markers of its page furniture.

    Args:
        parser_id: The parser's id.
        name: Display name of the parser.
        outlet: The outlet's display name for :attr:`Source.outlet`, or ``None`` for a layout
            shared by several outlets.
        markers: ``(pattern, confidence)`` pairs; :meth:`detect` returns the highest
            confidence whose pattern is found.  Markers are credit lines, furniture and the
            outlet's self-description, never the story's subject.
        domains: Host names of the outlet's site (a URL on one of them gives confidence 1).
        agencies: Agencies the layout always credits (a wire service's own copy).
    """

    def __init__(  # noqa: PLR0913 - the keyword-only settings of one layout
        self,
        parser_id: str,
        name: str,
        *,
        outlet: str | None,
        markers: Sequence[tuple[str, float]],
        domains: Sequence[str] = (),
        agencies: Sequence[str] = (),
    ) -> None:
        self._id = parser_id
        self._name = name
        self._outlet = outlet
        self._markers = tuple(_Marker(p, c) for p, c in markers)
        self._domains = tuple(domains)
        self._agencies = tuple(agencies)

    @property
    def id(self) -> str:
        """The parser's id."""
        return self._id

    @property
    def name(self) -> str:
        """Display name of the parser."""
        return self._name

    def detect(self, text: str, url: str | None = None) -> float:
        """Return the confidence of the strongest marker found in ``text`` or ``url``."""
        if url and self._domains:
            host = (urlsplit(url).hostname or "").lower()
            if any(host == d or host.endswith("." + d) for d in self._domains):
                return 1.0
        return max((m.confidence for m in self._markers if m.found_in(text)), default=0.0)

    def split(self, text: str) -> Layout:
        """Read ``text`` with the shared rules, naming the outlet."""
        layout = read_layout(text, outlet=self._outlet)
        missing = [a for a in self._agencies if a not in layout.agencies]
        if missing:
            layout = attrs.evolve(layout, agencies=(*layout.agencies, *missing))
        return layout
