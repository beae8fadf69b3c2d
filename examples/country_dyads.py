"""
A network of diplomacy: how often each pair of countries met, and when, from news articles.

Usage::

    python examples/country_dyads.py examples/articles
    python examples/country_dyads.py parsed.jsonl --out dyads.csv --held-only

Each meeting between people of two or more countries adds one to every pair of their
countries (a trilateral adds three pairs). Planned and cancelled meetings count apart from
held ones, since a meeting announced in five stories is still one meeting: for event counts,
keep ``--held-only`` and de-duplicate stories of the same event by date.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
from collections import Counter, defaultdict
from pathlib import Path

from corpus import add_date_options, read_articles


def main(argv: list[str] | None = None) -> int:
    """Write the country pairs of the inputs' meetings as CSV; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument(
        "inputs", nargs="+", type=Path, help="article files, folders, or batch .jsonl"
    )
    parser.add_argument("--out", type=Path, help="CSV file to write (default: standard output)")
    parser.add_argument("--held-only", action="store_true", help="count held meetings only")
    add_date_options(parser)
    args = parser.parse_args(argv)

    counts: Counter[tuple[str, str, str]] = Counter()
    dates: defaultdict[tuple[str, str, str], set[str]] = defaultdict(set)
    for _, article in read_articles(
        args.inputs, published=args.published, published_file=args.published_file
    ):
        for meeting in article.meetings:
            if args.held_only and meeting.status != "held":
                continue
            countries = sorted({p.country for p in meeting.participants if p.country})
            for a, b in itertools.combinations(countries, 2):
                counts[a, b, meeting.status] += 1
                if meeting.when is not None and meeting.when.start is not None:
                    dates[a, b, meeting.status].add(meeting.when.start.isoformat())

    out = args.out.open("w", newline="", encoding="utf-8") if args.out else sys.stdout
    try:
        writer = csv.writer(out)
        writer.writerow(("country_a", "country_b", "status", "meetings", "first", "last"))
        for (a, b, status), n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            known = sorted(dates[a, b, status])
            writer.writerow(
                (a, b, status, n, known[0] if known else "", known[-1] if known else "")
            )
    finally:
        if args.out:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
