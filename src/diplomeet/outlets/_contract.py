"""The outlet parser contract: the :class:`Layout` a parser returns and the Protocol it follows."""

from __future__ import annotations

from datetime import date
from typing import Protocol, runtime_checkable

import attrs

from diplomeet.records import Diagnostic

__all__ = ["Layout", "OutletParser"]


@attrs.frozen(kw_only=True)
class Layout:
    """
    What an outlet parser read from a page.

    Attributes:
        body: The article body, furniture removed; every record's span points into it.
        headline: The headline, or ``None``.
        authors: Byline names or desks.
        agencies: Agencies credited for reporting or photos, canonical names.
        captions: Photo captions, kept apart from the body.
        stamps: The page's date lines ("Published February 4, 2025"), kept apart from the
            body; the dates they write count as the article's dates, with no span.
        dateline: The dateline ("TOKYO (Reuters) -"), or ``None``.
        outlet: Display name of the outlet, or ``None``.
        published: A full publication date stated by the page itself (a "Published" line,
            a caption or dateline with day, month and year), or ``None``.
        diagnostics: What the parser could not read with certainty ("source.date_order":
            a numeric date whose day and month order was assumed; "source.published_relative":
            a publication line giving no date, "Updated 2 hours ago"; "source.outlet_from_story":
            the outlet was read from the story naming it, "told X", which may name another outlet).
    """

    body: str
    headline: str | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    stamps: tuple[str, ...] = ()
    dateline: str | None = None
    outlet: str | None = None
    published: date | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


@runtime_checkable
class OutletParser(Protocol):
    """
    The contract every outlet parser follows.

    ``id`` and ``name`` are read-only properties; ``detect`` and ``split`` must not raise
    on any text.
    """

    @property
    def id(self) -> str:
        """Short id, ``^[a-z][a-z0-9_]*$`` ("generic", "rferl"); equals the entry-point name."""
        ...

    @property
    def name(self) -> str:
        """Display name of the parser's outlet or layout."""
        ...

    def detect(self, text: str, url: str | None = None) -> float:
        """Return the confidence, from 0 to 1, that ``text`` comes from this outlet."""
        ...

    def split(self, text: str) -> Layout:
        """Split the raw text into a :class:`Layout`."""
        ...
