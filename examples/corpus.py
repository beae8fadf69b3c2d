"""
Parsed articles for the example scripts, from article files, folders or batch output.

Files and folders of articles are parsed here; a ``.jsonl`` file is the output of
``diplomeet batch``, parsed already.

The scripts beside this module import it; run them from anywhere, e.g.
``python examples/meetings_table.py examples/articles``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import diplomeet
from diplomeet.batch import read_published_file
from diplomeet.serialize import from_dict

#: File name endings read as articles (plain text or HTML), as ``diplomeet batch`` reads a folder.
ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})


def iso_date(text: str) -> date:
    """Read a ``YYYY-MM-DD`` option, or say what format to use."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r}: use YYYY-MM-DD") from None


def add_date_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--published`` and ``--published-file``, the dates of articles that state none."""
    parser.add_argument(
        "--published",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="publication date (YYYY-MM-DD) for articles whose page states none",
    )
    parser.add_argument(
        "--published-file",
        type=Path,
        metavar="SIDECAR",
        help="publication dates by file name, as `diplomeet batch --published-file` reads "
        "them: a CSV of id,published (or a .json object); they win over --published",
    )


def read_articles(
    paths: list[Path],
    *,
    published: date | None = None,
    published_file: Path | None = None,
) -> Iterator[tuple[str, diplomeet.ParsedArticle]]:
    """
    Yield ``(id, article)`` for every article the paths hold.

    A ``.jsonl`` file is read as the output of ``diplomeet batch`` (one ``{"id", "article"}``
    object a line, parsed already); any other file, or the article files of a folder, is
    parsed here.  An article's id is its path relative to the folder given (the file's path
    when a file is given), as ``diplomeet batch`` names it.  Its publication date is the one
    ``published_file`` gives for that id or file name; else the page's own; else
    ``published``.
    """
    by_id = read_published_file(published_file) if published_file is not None else {}
    for path in paths:
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines, 1):
                    if not line.strip():
                        continue
                    row = json.loads(line)
                    yield str(row.get("id", f"line-{number}")), from_dict(row["article"])
            continue
        for article_id, file in _article_files(path):
            try:
                data = file.read_bytes()
            except OSError as error:
                print(f"skipped {file}: {error.strerror}", file=sys.stderr)
                continue
            given = by_id.get(article_id, by_id.get(file.name))
            if given is not None:
                yield article_id, diplomeet.parse(data, published=date.fromisoformat(given))
                continue
            article = diplomeet.parse(data)
            if published is not None and article.source.published is None:
                # the page does not say when it was published: anchor on the given date
                article = diplomeet.parse(data, published=published)
            yield article_id, article


def _article_files(path: Path) -> list[tuple[str, Path]]:
    """The ``(id, file)`` pairs of a file, or of the article files below a folder."""
    if not path.is_dir():
        return [(str(path), path)]
    return sorted(
        (p.relative_to(path).as_posix(), p)
        for p in path.rglob("*")
        if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
    )
