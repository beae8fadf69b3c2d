"""
The "Breadcrumb / 1 min read" layout: a breadcrumb widget, headline, standfirst and read time.

Shared by sites on one publishing platform; the outlet does not name itself in the text.
"""

from __future__ import annotations

from typing import Final

from diplomeet.outlets._marked import MarkedParser

__all__ = ["PARSER"]

PARSER: Final = MarkedParser(
    "breadcrumb",
    "Breadcrumb / read-time layout",
    outlet=None,
    markers=((r"\A\s*Breadcrumbs?\s*\n(?:[^\n]*\n){1,3}\s*\d{1,2} min read\s*$", 0.9),),
)
