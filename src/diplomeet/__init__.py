"""
diplomeet: who met whom, where and when, who said what, from English news.

Read an article with :func:`parse`; resolve one date expression with :func:`resolve`;
move records to and from JSON with :func:`to_json` and :func:`from_json`.
"""

from __future__ import annotations

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

__version__: str


def __getattr__(name: str) -> str:
    # __version__ is read lazily: importlib.metadata costs a third of `import diplomeet`.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

        try:
            return version("diplomeet")
        except PackageNotFoundError:  # pragma: no cover - a source tree without install
            return "0+unknown"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
