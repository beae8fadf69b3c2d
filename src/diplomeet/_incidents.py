"""Extraction of :class:`~diplomeet.records.Incident` records from a document (to be built)."""

from __future__ import annotations

from diplomeet._document import Document
from diplomeet.records import Incident

__all__ = ["find_incidents"]


def find_incidents(doc: Document) -> list[Incident]:  # noqa: ARG001 - placeholder until extraction lands
    """Return the incidents told in ``doc``."""
    return []
