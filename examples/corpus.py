"""
Parsed articles for the example scripts, from article files, folders or batch output.

Files and folders of articles are parsed here; a ``.jsonl`` file is the output of
``diplomeet batch``, parsed already.

The scripts beside this module import it; run them from anywhere, e.g.
``python examples/meetings_table.py examples/articles``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import diplomeet
from diplomeet.serialize import from_dict

#: File name endings read as articles (plain text or HTML).
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm"})


def _article_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            files.append(path)
    return files


def read_articles(
    paths: list[Path], *, published: date | None = None
) -> Iterator[tuple[str, diplomeet.ParsedArticle]]:
    """
    Yield ``(id, article)`` for every article the paths hold.

    A ``.jsonl`` file is read as the output of ``diplomeet batch`` (one ``{"id", "article"}``
    object a line, parsed already); any other file, or the article files of a folder, is
    parsed here, with ``published`` as the publication date when the page states none.
    """
    for path in paths:
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines, 1):
                    if not line.strip():
                        continue
                    row = json.loads(line)
                    yield str(row.get("id", f"line-{number}")), from_dict(row["article"])
            continue
        for file in _article_files([path]):
            try:
                data = file.read_bytes()
            except OSError as error:
                print(f"skipped {file}: {error.strerror}", file=sys.stderr)
                continue
            article = diplomeet.parse(data)
            if published is not None and article.source.published is None:
                # the page does not say when it was published: anchor on the given date
                article = diplomeet.parse(data, published=published)
            yield str(file), article
