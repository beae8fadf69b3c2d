"""RFE/RL: "Accessibility links" navigation, "16x9 Image" bullets and its self-description."""

from __future__ import annotations

from typing import Final

from diplomeet.outlets._marked import MarkedParser

__all__ = ["PARSER"]

PARSER: Final = MarkedParser(
    "rferl",
    "RFE/RL",
    outlet="RFE/RL",
    markers=(
        (r"^[ \t]*RFE/RL journalists report the news\b", 0.95),
        (r"\bRadio Free Europe/Radio Liberty\b", 0.6),
    ),
    domains=("rferl.org",),
)
