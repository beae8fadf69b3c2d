"""
Every date expression of an article, anchored to the publication date, with its words.

Usage::

    python examples/anchor_dates.py examples/articles/nairobi_state_visit.txt --published 2024-05-03

Prints each expression, its normalised value (TIMEX3 style: ``2024-05-03``, ``2024-06``,
``2024-W18``) and the days it covers; then the same phrases anchored a month later, to show
that only the publication context moves them.
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path

import diplomeet
from corpus import iso_date


def main(argv: list[str] | None = None) -> int:
    """Print the date expressions of one article; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("article", type=Path, help="an article file (plain text or HTML)")
    parser.add_argument(
        "--published", type=iso_date, metavar="YYYY-MM-DD", help="the publication date"
    )
    args = parser.parse_args(argv)

    article = diplomeet.parse(args.article.read_bytes(), published=args.published)
    published = article.source.published
    print(f"published: {published or 'unknown (relative dates stay unanchored)'}")
    for ref in article.dates:
        days = f"{ref.start} .. {ref.end}" if ref.start and ref.start != ref.end else ref.start
        print(f"{ref.value:<12} {days!s:<24} {ref.text!r}")
    for diagnostic in article.diagnostics:
        if diagnostic.code.startswith("date."):
            print(f"  note: {diagnostic.code}: {diagnostic.message}")

    if published is not None and article.dates:
        later = published + timedelta(days=30)
        print(f"\nthe same words, published {later}:")
        for ref in article.dates:
            moved = diplomeet.resolve(ref.text, published=later)
            print(f"{moved.value if moved else '-':<12} {ref.text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
