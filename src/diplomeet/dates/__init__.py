"""
Date expressions: find them in text and anchor them to the publication context.

See ``docs/dates.md`` for the semantics.
"""

from __future__ import annotations

from datetime import date

from diplomeet.records import Diagnostic, TimeRef

__all__ = ["find_dates", "resolve"]


def resolve(text: str, published: date | None = None, tense: str | None = None) -> TimeRef | None:  # noqa: ARG001
    """Resolve one date expression against the publication date (not yet implemented)."""
    return None


def find_dates(text: str, published: date | None = None) -> tuple[list[TimeRef], list[Diagnostic]]:  # noqa: ARG001
    """Find every date expression in ``text`` (not yet implemented)."""
    return [], []
