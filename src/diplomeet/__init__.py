"""
diplomeet: who met whom, where and when, who said what, from English news.

Read an article with :func:`parse`; resolve one date expression with :func:`resolve`;
move records to and from JSON with :func:`to_json` and :func:`from_json`.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from diplomeet._pipeline import parse
from diplomeet.dates import resolve
from diplomeet.errors import (
    DiplomeetError,
    DiplomeetWarning,
    InvalidArgument,
    InvalidGoldError,
    InvalidJSONError,
    InvalidRecordError,
    ParserContractError,
    UnknownOutletError,
)
from diplomeet.evaluate import evaluate
from diplomeet.records import (
    Actor,
    Diagnostic,
    Incident,
    Meeting,
    ParsedArticle,
    Place,
    Source,
    Span,
    Statement,
    TimeRef,
)
from diplomeet.serialize import from_json, json_schema, to_json

try:
    __version__ = version("diplomeet")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "Actor",
    "Diagnostic",
    "DiplomeetError",
    "DiplomeetWarning",
    "Incident",
    "InvalidArgument",
    "InvalidGoldError",
    "InvalidJSONError",
    "InvalidRecordError",
    "Meeting",
    "ParsedArticle",
    "ParserContractError",
    "Place",
    "Source",
    "Span",
    "Statement",
    "TimeRef",
    "UnknownOutletError",
    "__version__",
    "evaluate",
    "from_json",
    "json_schema",
    "parse",
    "resolve",
    "to_json",
]
