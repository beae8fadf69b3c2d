"""Extraction of :class:`~diplomeet.records.Meeting` records from a document (to be built)."""

from __future__ import annotations

from diplomeet._document import Document
from diplomeet.records import Meeting

__all__ = ["find_meetings"]


def find_meetings(doc: Document) -> list[Meeting]:  # noqa: ARG001 - placeholder until extraction lands
    """Return the meetings told in ``doc``."""
    return []
