"""RFE/RL: "Accessibility links" navigation, "16x9 Image" bullets and its self-description."""

from __future__ import annotations

from typing import Final

from diplomeet.outlets._marked import MarkedParser

__all__ = ["PARSER"]

PARSER: Final = MarkedParser(
    "rferl",
    "RFE/RL",
    outlet="RFE/RL",
    # its self-description; not its name, which other outlets' stories mention
    markers=((r"^[ \t]*RFE/RL journalists report the news\b", 0.95),),
    domains=("rferl.org",),
)
