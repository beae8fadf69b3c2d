"""
Who met whom, where and when: one CSV row per meeting found in a set of news articles.

Usage::

    python examples/meetings_table.py examples/articles --out meetings.csv
    diplomeet batch corpus.jsonl --out parsed.jsonl   # a large corpus, on every core
    python examples/meetings_table.py parsed.jsonl --out meetings.csv

Each row keeps the words the meeting was read from (``evidence``) and its offsets in the
article's text, so that every coded event can be checked by a person.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from tqdm import tqdm

import diplomeet
from corpus import add_date_options, read_articles

COLUMNS = (
    "article", "published", "status", "date", "date_text", "setting", "place", "place_country",
    "participants", "countries", "accompanied_by", "topics", "evidence", "evidence_start",
    "evidence_end",
)  # fmt: skip


def _person(actor: diplomeet.Actor) -> str:
    """Write a person as "Ana Rojas (President, CL)", or the name alone."""
    extra = ", ".join(part for part in (actor.title, actor.country) if part)
    return f"{actor.name} ({extra})" if extra else actor.name


def rows(article_id: str, article: diplomeet.ParsedArticle) -> list[dict[str, object]]:
    """The CSV rows of one article's meetings."""
    published = article.source.published
    return [
        {
            "article": article_id,
            "published": published.isoformat() if published else "",
            "status": meeting.status,
            "date": meeting.when.value if meeting.when else "",
            "date_text": meeting.when.text if meeting.when else "",
            "setting": meeting.setting or "",
            "place": meeting.place.name if meeting.place else "",
            "place_country": (meeting.place.country or "") if meeting.place else "",
            "participants": "; ".join(_person(p) for p in meeting.participants),
            "countries": ";".join(sorted({p.country for p in meeting.participants if p.country})),
            "accompanied_by": "; ".join(_person(p) for p in meeting.accompanied_by),
            "topics": "; ".join(meeting.topics),
            "evidence": " ".join(meeting.evidence.text.split()),
            "evidence_start": meeting.evidence.start,
            "evidence_end": meeting.evidence.end,
        }
        for meeting in article.meetings
    ]


def main(argv: list[str] | None = None) -> int:
    """Write the meetings of the inputs as CSV; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument(
        "inputs", nargs="+", type=Path, help="article files, folders, or batch .jsonl"
    )
    parser.add_argument("--out", type=Path, help="CSV file to write (default: standard output)")
    add_date_options(parser)
    args = parser.parse_args(argv)

    out = args.out.open("w", newline="", encoding="utf-8") if args.out else sys.stdout
    try:
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        articles = read_articles(
            args.inputs, published=args.published, published_file=args.published_file
        )
        count = 0
        quiet = args.out is None or not sys.stderr.isatty()  # a bar only beside a CSV file
        for article_id, article in tqdm(articles, unit=" articles", disable=quiet):
            for row in rows(article_id, article):
                writer.writerow(row)
                count += 1
    finally:
        if args.out:
            out.close()
    print(f"{count} meetings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
