"""
diplomeet: who met whom, where and when, who said what, from English news.

Read an article with :func:`parse`; resolve one date expression with :func:`resolve`;
move records to and from JSON with :func:`to_json` and :func:`from_json`.  The records
(:class:`ParsedArticle`, :class:`Meeting`, :class:`Statement`, ...) are immutable attrs
classes from :mod:`diplomeet.records`; a corpus is parsed on every core with
:func:`diplomeet.batch.run_batch` (``diplomeet batch`` on the command line), and scored
against gold annotations with :func:`evaluate`.  Odd input never raises: it is reported in
``ParsedArticle.diagnostics``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplomeet._pipeline import parse
from diplomeet.dates import resolve
from diplomeet.errors import (
    BatchError,
    DiplomeetError,
    DiplomeetWarning,
    InvalidArgument,
    InvalidGoldError,
    InvalidJSONError,
    InvalidRecordError,
    ParserContractError,
    UnknownOutletError,
)
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

if TYPE_CHECKING:
    from pathlib import Path

    from diplomeet.evaluation import ParseFunction, Report

__version__: str


def evaluate(
    gold_dir: str | Path,
    articles_dir: str | Path,
    *,
    parse: ParseFunction | None = None,
    progress: bool = False,
) -> Report:
    """
    Parse every article of a gold folder and score it (see :mod:`diplomeet.evaluation`).

    The evaluator is loaded on the first call, so that ``import diplomeet`` stays quick;
    this is :func:`diplomeet.evaluation.evaluate`, whose other names (``load_gold``,
    ``score_article``, ``Report``...) are imported from :mod:`diplomeet.evaluation`.

    Args:
        gold_dir: Folder of gold ``*.json`` files.
        articles_dir: Folder of the article texts.
        parse: The parser to score (default :func:`diplomeet.parse`).
        progress: Write one line per article to standard error.

    Returns:
        A :class:`diplomeet.evaluation.Report`.

    Raises:
        InvalidArgument: a folder does not exist, holds no gold file, or an article file
            is missing.
        InvalidGoldError: a gold file breaks the format.
    """
    from diplomeet import _pipeline, evaluation  # noqa: PLC0415 - loaded on first use

    return evaluation.evaluate(
        gold_dir, articles_dir, parse=parse or _pipeline.parse, progress=progress
    )


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
    "BatchError",
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
