"""United with Israel: a desk byline "By: United with Israel Staff" and "(With files from ...)"."""

from __future__ import annotations

from typing import Final

from diplomeet.outlets._marked import MarkedParser

__all__ = ["PARSER"]

PARSER: Final = MarkedParser(
    "united_with_israel",
    "United with Israel",
    outlet="United with Israel",
    markers=((r"^[ \t]*By:? United with Israel Staff\s*$", 0.95),),
    domains=("unitedwithisrael.org",),
)
