"""Ynetnews: "By Ynetnews, <agency>" bylines and a "View original Ynet publication at:" footer."""

from __future__ import annotations

from typing import Final

from diplomeet.outlets._marked import MarkedParser

__all__ = ["PARSER"]

PARSER: Final = MarkedParser(
    "ynetnews",
    "Ynetnews",
    outlet="Ynetnews",
    markers=(
        (r"^[ \t]*View original Ynet(?:news)? publication at:", 0.95),
        (r"^[ \t]*By:? Ynetnews\b", 0.9),
    ),
    domains=("ynetnews.com", "ynet.co.il"),
)
