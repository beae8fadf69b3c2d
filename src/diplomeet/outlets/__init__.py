"""
Outlet parsers: recognise an outlet's layout, strip its furniture, read its credits.

An outlet parser turns the raw text of a page into a :class:`Layout`: a clean body plus
headline, byline, credits, captions and dateline.  The shared extraction core reads the
body; the rest becomes :class:`~diplomeet.records.Source` evidence.

Parsers follow the :class:`OutletParser` protocol.  Built-in ones are listed by
``diplomeet outlets``; third-party ones register through the entry-point group
``diplomeet.parsers`` (see ``docs/extending.md``).  ``DIPLOMEET_NO_PLUGINS=1`` turns plugin
discovery off.
"""

from __future__ import annotations

from diplomeet.outlets._contract import Layout, OutletParser
from diplomeet.outlets._generic import GenericParser
from diplomeet.outlets._marked import MarkedParser
from diplomeet.outlets._reading import read_layout
from diplomeet.outlets._registry import (
    ENTRY_POINT_GROUP,
    ParserInfo,
    contract_problems,
    get_parser,
    list_parsers,
    select_parser,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "GenericParser",
    "Layout",
    "MarkedParser",
    "OutletParser",
    "ParserInfo",
    "contract_problems",
    "get_parser",
    "list_parsers",
    "read_layout",
    "select_parser",
]
