"""
Scale-out on Dask: the batch's per-article function over a ``dask.bag``.

Install the extra first: ``pip install 'diplomeet[dask]'``.  See ``docs/scale.md``.

Example:
    >>> import dask.bag as db, json                                     # doctest: +SKIP
    >>> from diplomeet.dask import parse_bag                            # doctest: +SKIP
    >>> bag = db.read_text("corpus-*.jsonl").map(json.loads)            # doctest: +SKIP
    >>> parse_bag(bag).map(json.dumps).to_textfiles("out/*.jsonl")      # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from diplomeet.batch import parse_record

if TYPE_CHECKING:  # pragma: no cover - annotations only
    import dask.bag

__all__ = ["parse_bag", "parse_to_dict"]


def parse_to_dict(record: Mapping[str, Any]) -> dict[str, Any]:
    """
    Parse one input record and return its output line as a JSON-ready ``dict``.

    The same function as ``diplomeet batch`` runs on each record, so
    ``json.dumps(parse_to_dict(r), ensure_ascii=False)`` is the line the batch writes:
    ``{"id", "article"}`` when parsed, ``{"id", "line", "error", "reason"}`` when not.
    """
    return parse_record(record).to_dict()


def parse_bag(bag: dask.bag.Bag) -> dask.bag.Bag:
    """
    Parse a bag of input records on Dask.

    Args:
        bag: A ``dask.bag.Bag`` of records as in a ``diplomeet batch`` JSONL input:
            mappings with ``"id"``, ``"text"`` or ``"html"`` (or ``"path"``, a file every
            worker can read), and optional ``"published"``, ``"outlet"``, ``"url"``.

    Returns:
        A lazy bag of JSON-ready dicts, one per record, in the bag's order: exactly the
        lines ``diplomeet batch`` writes to its output (``{"id", "article"}``) or to its
        errors file (``{"id", "line", "error", "reason"}``); keep the parsed ones with
        ``.filter(lambda d: "article" in d)``.

    Raises:
        ImportError: Dask is not installed; install ``diplomeet[dask]``.
        TypeError: ``bag`` is not a ``dask.bag.Bag``.
    """
    try:
        import dask.bag as db  # noqa: PLC0415 - an optional extra, imported when used
    except ImportError as exc:
        raise ImportError(
            "diplomeet.dask needs Dask: install the extra with pip install 'diplomeet[dask]'"
        ) from exc
    if not isinstance(bag, db.Bag):
        raise TypeError(f"parse_bag() takes a dask.bag.Bag, not {type(bag).__name__}")
    mapped: dask.bag.Bag = bag.map(parse_to_dict)
    return mapped
