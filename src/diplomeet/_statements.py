"""Extraction of :class:`~diplomeet.records.Statement` records from a document (to be built)."""

from __future__ import annotations

from diplomeet._document import Document
from diplomeet.records import Statement

__all__ = ["find_statements"]


def find_statements(doc: Document) -> list[Statement]:  # noqa: ARG001 - placeholder until extraction lands
    """Return the statements told in ``doc``."""
    return []
