"""
The ``diplomeet`` command line.

Exit codes: 0 when every input was read, 1 when some input failed, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Final, TextIO

from diplomeet import __version__, outlets
from diplomeet._pipeline import parse
from diplomeet.errors import DiplomeetError
from diplomeet.evaluate import Report, evaluate
from diplomeet.records import ParsedArticle
from diplomeet.serialize import json_schema, to_json

__all__ = ["main"]

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2

_EPILOG: Final = """\
exit codes: 0 every input read, 1 some inputs failed, 2 usage error

examples:
  diplomeet parse article.txt --published 2019-02-27
  diplomeet parse a.txt b.txt --format jsonl > records.jsonl
  diplomeet schema > parsed-article.schema.json
  diplomeet evaluate --gold tests/corpus/gold --show-errors
"""


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid date {value!r}: use YYYY-MM-DD, e.g. 2019-02-27"
        ) from None


def _build_parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="diplomeet",
        description="Read diplomatic meetings, statements, incidents and dates from English news.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("--version", action="version", version=f"diplomeet {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "parse",
        help="parse article files and print their records",
        description="Parse article files (plain text) and print their records.",
        epilog="example:\n  diplomeet parse story.txt --published 2019-02-27 --format table",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="article files; - reads stdin")
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date used to anchor relative dates",
    )
    p.add_argument("--outlet", metavar="ID", help="outlet parser id (see `diplomeet outlets`)")
    p.add_argument("--url", metavar="URL", help="the article's address")
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default=None,
        help="output format (default: json for one file, jsonl for several)",
    )

    sub.add_parser(
        "schema",
        help="print the JSON Schema of a parsed article",
        description="Print the JSON Schema (draft 2020-12) of diplomeet's ParsedArticle.",
        epilog="example:\n  diplomeet schema > parsed-article.schema.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e = sub.add_parser(
        "evaluate",
        help="score the parser against gold annotations",
        description=(
            "Parse the articles of a gold folder and print precision, recall and F1 per record "
            "type, by the rules of docs/evaluation.md."
        ),
        epilog=(
            "example:\n  diplomeet evaluate --gold tests/corpus/gold "
            "--articles tests/corpus/articles --show-errors"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e.add_argument("--gold", required=True, type=Path, metavar="DIR", help="folder of gold *.json")
    e.add_argument(
        "--articles",
        type=Path,
        metavar="DIR",
        help="folder of the article texts (default: an `articles` folder beside DIR)",
    )
    e.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    e.add_argument(
        "--show-errors", action="store_true", help="list what was missed, extra or wrong"
    )
    e.add_argument("--progress", action="store_true", help="report each article on stderr")
    sub.add_parser(
        "outlets",
        help="list the registered outlet parsers",
        description="List the registered outlet parsers: id, display name and origin "
        "(built-in or the plugin's distribution).",
        epilog="example:\n  diplomeet outlets",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    if args.command == "schema":
        sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")
        return EXIT_OK
    if args.command == "outlets":
        return _outlets(sys.stdout)
    if args.command == "evaluate":
        return _evaluate(args, sys.stdout, sys.stderr)
    return _parse(args, sys.stdout, sys.stderr)


def _outlets(out: TextIO) -> int:
    """List the registered parsers: id, display name and origin, one per line."""
    infos = outlets.list_parsers()
    width = max(len(info.id) for info in infos)
    for info in infos:
        if info.error is None:
            out.write(f"{info.id:<{width}}  {info.name}  ({info.origin})\n")
        else:
            out.write(f"{info.id:<{width}}  BROKEN  ({info.origin}): {info.error}\n")
    return EXIT_OK


def _evaluate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    articles: Path | None = args.articles
    if articles is None:
        articles = args.gold.resolve().parent / "articles"
        if not articles.is_dir():
            err.write(
                f"diplomeet evaluate: no --articles given and no {articles} folder: "
                "pass --articles DIR\n"
            )
            return EXIT_USAGE
    try:
        report = evaluate(args.gold, articles, parse=parse, progress=args.progress)
    except DiplomeetError as exc:
        err.write(f"diplomeet evaluate: {exc}\n")
        return EXIT_USAGE
    if args.format == "json":
        payload = report.to_dict()
        if not args.show_errors:
            for article in payload["articles"]:
                del article["errors"]
        out.write(json.dumps(payload, indent=2) + "\n")
        return EXIT_OK
    out.write(_score_table(report))
    if args.show_errors:
        for article in report.articles:
            if article.errors:
                out.write(f"\n{article.article}\n")
                out.writelines(f"  {error}\n" for error in article.errors)
    return EXIT_OK


def _score_table(report: Report) -> str:
    lines = [f"{len(report.articles)} articles", f"{'':<16}{'P':>7}{'R':>7}{'F1':>7}  tp/fp/fn"]
    lines.extend(
        f"{name:<16}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}  {c.tp}/{c.fp}/{c.fn}"
        for name, c in report.scores.items()
    )
    return "\n".join(lines) + "\n"


def _parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    fmt = args.format or ("json" if len(args.files) == 1 else "jsonl")
    status = EXIT_OK
    for name in args.files:
        try:
            raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            err.write(f"diplomeet: cannot read {name}: {exc.strerror}\n")
            status = EXIT_FAILED
            continue
        try:
            article = parse(raw, published=args.published, outlet=args.outlet, url=args.url)
        except DiplomeetError as exc:
            err.write(f"diplomeet: {exc}\n")
            return EXIT_USAGE
        _emit(article, fmt, out)
        if any(d.severity == "error" for d in article.diagnostics):
            for d in article.diagnostics:
                if d.severity == "error":
                    err.write(f"diplomeet: {name}: {d.code}: {d.message}\n")
            status = EXIT_FAILED
    return status


def _emit(article: ParsedArticle, fmt: str, out: TextIO) -> None:
    if fmt == "json":
        out.write(to_json(article, indent=2) + "\n")
    elif fmt == "jsonl":
        out.write(to_json(article) + "\n")
    else:
        out.write(_table(article))
    out.flush()


def _table(article: ParsedArticle) -> str:
    src = article.source
    lines = [
        f"source     {src.outlet or '-'} ({src.parser})  published {src.published or '-'}",
        f"headline   {src.headline or '-'}",
    ]
    for m in article.meetings:
        who = " + ".join(a.name for a in m.participants)
        when = m.when.value if m.when else "-"
        where = m.place.name if m.place else "-"
        lines.append(f"meeting    [{m.status}] {who} @ {where} on {when}  | {m.evidence.text}")
    for s in article.statements:
        who = s.speaker.name if s.speaker else "?"
        lines.append(f"statement  [{s.mode}] {who}: {s.quote}")
    lines.extend(f"incident   [{i.kind}] {i.summary}" for i in article.incidents)
    lines.extend(f"date       {t.text!r} -> {t.value}" for t in article.dates)
    lines.extend(f"{d.severity:<10} {d.code}: {d.message}" for d in article.diagnostics)
    return "\n".join(lines) + "\n"
