"""
Pages built on AFP wire copy: a headline, then a photo caption credited "(Photo by ... / AFP)".

The outlet republishing the copy does not name itself, so :attr:`Source.outlet` stays unknown.
"""

from __future__ import annotations

from typing import Final

from diplomeet.outlets._marked import MarkedParser

__all__ = ["PARSER"]

PARSER: Final = MarkedParser(
    "afp_photo",
    "AFP-credited page",
    outlet=None,
    # the caption with the AFP photo credit sits right under the headline
    markers=((r"\A[^\n]*\n+[^\n]*\((?:Photo|Picture) by [^()\n]*/ ?AFP\)[ \t]*$", 0.7),),
    agencies=("AFP",),
)
