# News typography (en dashes) is what these patterns match:
# ruff: noqa: RUF001, RUF002, RUF003
"""
Agency credits closing a story, a caption or a page, in the forms news sites print them.

- A trailer glued to the last paragraph after a dash or in brackets: "... in Hanoi. – with
  reports from AFP/Example.com", "... on Friday. (With a report from Reuters)".
- A photo's credit closing a caption after a spaced slash: "The two ministers in Riga / Jane
  Doe/LETA", "Ministers at the border / BNS".
- A closing list of the story's sources: "BNS, Example.lt", "ELTA / LRT.lt": known agencies and
  the site's own address.

The functions read strings only and return what they found; :mod:`._credits` credits them.
Sources: the story trailers of Philippine and Baltic news sites ("with reports from",
"with a report from") and the caption and source lines of the Baltic public broadcasters'
English pages ("Name / Photographer/BNS", "BNS, LRT.lt").
"""

from __future__ import annotations

import re
from typing import Final

from diplomeet.outlets._agencies import canonical_agency

__all__ = ["caption_credit_agencies", "reports_tail", "source_list_agencies"]

# "– with reports from X" after the paragraph's last sentence: the trailer, dash and all.
_REPORTS_TAIL_RE: Final = re.compile(
    r"(?<=[.!?\"”’])\s*(?P<credit>(?:[-–—]+\s*\(?|\()[Ww]ith (?:a |additional )?"
    r"(?:reports?|reporting|files|inputs?|wires?|wire reports?) (?:from|by) [^()]{2,100}?\)?\.?)$"
)
_REPORTS_WINDOW: Final = 140
# " / Photographer/Agency" or " / Agency" closing a caption
_CAPTION_CREDIT_RE: Final = re.compile(
    r"(?<=\S) / (?P<credit>(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} ?/ ?)?"
    r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,2})$"
)
_CAPTION_CREDIT_WINDOW: Final = 80
# a site's address standing for the site: "LRT.lt", "Example.com"
_DOMAIN_RE: Final = re.compile(r"(?:www\.)?[A-Za-z][A-Za-z0-9-]{1,30}(?:\.[A-Za-z]{2,4}){1,2}")
# (items are stripped after the split: no "\s*" around the mark to rescan runs of spaces)
_SOURCE_SPLIT_RE: Final = re.compile(r"[,;/]| and ")
_SOURCE_LINE_MAX_CHARS: Final = 60
_SOURCE_MAX_ITEMS: Final = 4


def is_domain(item: str) -> bool:
    """Whether ``item`` is a site's address ("LRT.lt", "www.example.com"), not a name."""
    return _DOMAIN_RE.fullmatch(item.strip()) is not None


def reports_tail(paragraph: str) -> tuple[str, str] | None:
    """
    Split a reporting trailer glued to ``paragraph``'s end off it: the paragraph, the trailer.

    "... in Hanoi. – with reports from AFP/Example.com" is the paragraph and "– with reports
    from AFP/Example.com"; ``None`` when no such trailer closes it.
    """
    tail = paragraph[-_REPORTS_WINDOW:]
    if "ith " not in tail or not any(mark in tail for mark in "-–—("):
        return None
    match = _REPORTS_TAIL_RE.search(paragraph, max(len(paragraph) - _REPORTS_WINDOW, 0))
    if match is None or match.start() == 0:
        return None
    return paragraph[: match.start()].rstrip(), match["credit"]


def caption_credit_agencies(caption: str) -> list[str]:
    """
    The known agencies of a photo credit closing ``caption`` after a spaced slash.

    "The ministers in Vilnius / Jane Doe/BNS" (or "/ BNS/Jane Doe") credits BNS; the slash of
    "Riga / Tallinn" credits nothing, naming no agency.
    """
    tail = caption[-_CAPTION_CREDIT_WINDOW:]
    if " / " not in tail:
        return []
    match = _CAPTION_CREDIT_RE.search(tail)
    if match is None:
        return []
    # the agency after the photographer ("Jane Doe/BNS") or before ("BNS/Jane Doe")
    found = (canonical_agency(item) for item in match["credit"].split("/"))
    return [agency for agency in found if agency is not None]


def source_list_agencies(line: str) -> list[str]:
    """
    The agencies of a line listing only the story's sources: "BNS, LRT.lt", "ELTA / BNS".

    Each item must be a known agency or a site's address, and one an agency; else ``[]``.
    """
    if len(line) > _SOURCE_LINE_MAX_CHARS or not any(mark in line for mark in ",;/"):
        return []
    items = [item.strip(" .") for item in _SOURCE_SPLIT_RE.split(line.strip())]
    if not 1 < len(items) <= _SOURCE_MAX_ITEMS:
        return []
    agencies = [canonical_agency(item) for item in items]
    if not all(
        agency is not None or is_domain(item) for agency, item in zip(agencies, items, strict=True)
    ):
        return []
    return [agency for agency in agencies if agency is not None]
