"""
The ``diplomeet`` command line.

Exit codes: 0 when every input was read, 1 when some input failed, 2 for usage errors,
130 when interrupted, 141 when the reader of the output went away (``| head``).
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Final, TextIO

from diplomeet import __version__, outlets
from diplomeet._pipeline import parse
from diplomeet._table import render_table
from diplomeet.batch import ARTICLE_SUFFIXES, run_batch
from diplomeet.errors import DiplomeetError
from diplomeet.evaluation import Report, evaluate
from diplomeet.records import ParsedArticle
from diplomeet.serialize import json_schema, to_json

__all__ = ["main"]

EXIT_OK: Final = 0
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2

EXIT_INTERRUPTED: Final = 130
EXIT_BROKEN_PIPE: Final = 141  # as a process killed by SIGPIPE: the reader went away

_EPILOG: Final = """\
exit codes:
  0    every input was parsed
  1    some inputs failed (each reported on stderr or in the errors file)
  2    usage error (bad option, batch input missing, output exists without --resume)
  130  interrupted: what was written is kept (batch: finish with --resume)
  141  the output was closed early (as by `| head`): stopped quietly

examples:
  diplomeet parse article.txt --published 2019-02-27 --format table
  diplomeet parse a.txt b.txt --format jsonl > records.jsonl
  diplomeet batch corpus.jsonl --out parsed.jsonl --jobs 8
  diplomeet schema > parsed-article.schema.json
  diplomeet evaluate --gold tests/corpus/gold --show-errors
"""

_PARSE_EPILOG: Final = """\
exit codes:
  0    every file was parsed
  1    some files failed: unreadable, not in --encoding, the JSON lines input of batch, a
       folder with no article, or an error diagnostic (input.empty, input.binary,
       input.not_english, stage.crashed); each is reported on stderr, the others printed
  2    usage error (bad option or date, unknown --outlet)
  130  interrupted (Ctrl-C)
  141  the output was closed early (as by `| head`): stopped quietly

examples:
  diplomeet parse story.txt --published 2019-02-27 --format table
  diplomeet parse articles/ --format jsonl > records.jsonl   # every .txt/.html/.htm below
  diplomeet parse page.html --outlet generic --url https://example.org/news/1
  diplomeet parse *.txt --format jsonl > records.jsonl
  cat story.txt | diplomeet parse - --published 2019-02-27
"""

_BATCH_EPILOG: Final = """\
input:
  a JSONL file, one object a line: {"id", "text" or "html", "published", "outlet", "url"}
  (only the text is required; a line without "id" gets the id "line-N"), or a directory
  read recursively for .txt/.html/.htm files, whose ids are their relative paths.

output:
  OUT gets one line per parsed article, {"id": ..., "article": <ParsedArticle JSON>},
  written whole and flushed as it goes (in completion order). ERR (default: OUT with
  .errors.jsonl) gets {"id", "line", "error", "reason"} for each input that failed.
  A summary goes to stderr at the end; a progress bar too when stderr is a terminal.

exit codes:
  0    every input was parsed
  1    some inputs failed (each is a line of the errors file), or a worker process died
  2    usage error: bad option, INPUT missing, OUT exists without --resume or --overwrite,
       OUT is a directory, malformed sidecar
  130  interrupted by Ctrl-C or SIGTERM: the summary is printed, nothing parsed is lost;
       run the same command with --resume to finish

examples:
  diplomeet batch corpus.jsonl --out parsed.jsonl
  diplomeet batch articles/ --out parsed.jsonl --published-file dates.csv --jobs 4
  diplomeet batch corpus.jsonl --out parsed.jsonl --resume
"""


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"invalid date {value!r}: use YYYY-MM-DD, e.g. 2019-02-27"
        ) from None


def _encoding(value: str) -> str:
    try:
        return codecs.lookup(value).name
    except LookupError:
        raise argparse.ArgumentTypeError(
            f"unknown encoding {value!r}: use a Python codec name such as latin-1 or cp1252"
        ) from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"invalid count {value!r}: use a whole number >= 1")
    return number


def _build_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The top parser, and the parser of each command by name."""
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
        description="Parse article files (plain text or HTML) and print their records.",
        epilog=_PARSE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article files, or folders (their .txt/.html/.htm files, recursively); - reads stdin",
    )
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date used to anchor relative dates",
    )
    p.add_argument("--outlet", metavar="ID", help="outlet parser id (see `diplomeet outlets`)")
    p.add_argument("--url", metavar="URL", help="the article's address")
    p.add_argument(
        "--encoding",
        type=_encoding,
        metavar="NAME",
        help="decode the files with this codec, e.g. latin-1 or cp1252 (default: UTF-8, "
        "bad bytes replaced, with an input.encoding diagnostic)",
    )
    shown = p.add_mutually_exclusive_group()
    shown.add_argument(
        "--progress",
        dest="progress",
        action="store_const",
        const=True,
        help="show a progress bar on stderr (default: for several files, when stderr is a "
        "terminal and the output is not)",
    )
    shown.add_argument(
        "--no-progress",
        dest="progress",
        action="store_const",
        const=False,
        help="never show the progress bar",
    )
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default=None,
        help="output format: json (one file: an object, several: an array), jsonl (one "
        "article a line) or table (for people); default json for one file, jsonl for several "
        "or a folder",
    )

    b = sub.add_parser(
        "batch",
        help="parse a JSONL file or a directory of articles on every core",
        description="Parse many articles on a process pool and stream JSON lines to OUT; "
        "bad inputs go to an errors file and the run goes on.",
        epilog=_BATCH_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("input", metavar="INPUT", help="a JSONL file (- for stdin) or a directory")
    b.add_argument("--out", required=True, metavar="OUT.jsonl", help="the output JSONL file")
    b.add_argument(
        "--jobs",
        type=_positive_int,
        metavar="N",
        help="worker processes (default: every available core; 1 parses in this process)",
    )
    again = b.add_mutually_exclusive_group()
    again.add_argument(
        "--resume",
        action="store_true",
        help="keep OUT and ERR and skip the ids already in them",
    )
    again.add_argument(
        "--overwrite", action="store_true", help="start OUT and ERR afresh if they exist"
    )
    b.add_argument(
        "--errors",
        metavar="ERR.jsonl",
        help="where failed inputs go (default: OUT with the suffix .errors.jsonl)",
    )
    b.add_argument(
        "--published-file",
        metavar="SIDECAR",
        help="publication dates by id or file name: a .json object "
        '{"id": "YYYY-MM-DD"} or a CSV (.tsv: tab-separated) with the columns id,published',
    )
    bar = b.add_mutually_exclusive_group()
    bar.add_argument(
        "--progress",
        dest="progress",
        action="store_const",
        const=True,
        help="show the progress bar even when stderr is not a terminal",
    )
    bar.add_argument(
        "--no-progress",
        dest="progress",
        action="store_const",
        const=False,
        help="never show the progress bar",
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
            "exit codes:\n"
            "  0    the scores were printed\n"
            "  2    usage error: bad option, no articles folder, a malformed gold file or a\n"
            "       gold file whose article is missing\n\n"
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
    return top, sub.choices


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser, commands = _build_parser()
    try:
        args, extra = parser.parse_known_args(argv)
        if extra:  # reported by the command's own parser, with its usage line
            command = commands.get(args.command or "", parser)
            command.error(
                f"unrecognized arguments: {' '.join(extra)} (see `{command.prog} --help`)"
            )
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "schema": lambda _: _schema(sys.stdout),
        "outlets": lambda _: _outlets(sys.stdout),
        "evaluate": lambda a: _evaluate(a, sys.stdout, sys.stderr),
        "batch": lambda a: _batch(a, sys.stderr),
        "parse": lambda a: _parse(a, sys.stdout, sys.stderr),
    }
    try:
        return handlers[args.command](args)
    except BrokenPipeError:
        return _reader_gone()


def _reader_gone() -> int:
    """
    Stop quietly when the reader of standard output went away (``diplomeet parse ... | head``).

    Standard output is pointed at the null device so that the interpreter's last flush does
    not fail again on the closed pipe.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file behind sys.stdout
        pass
    return EXIT_BROKEN_PIPE


def _schema(out: TextIO) -> int:
    out.write(json.dumps(json_schema(), indent=2) + "\n")
    return EXIT_OK


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


def _articles_folder(args: argparse.Namespace, err: TextIO) -> Path | None:
    """The articles folder to score, or ``None`` after saying what is missing."""
    if not args.gold.is_dir():
        err.write(f"diplomeet evaluate: gold folder '{args.gold}' does not exist\n")
        return None
    articles: Path | None = args.articles
    if articles is None:
        articles = args.gold.resolve().parent / "articles"
        if not articles.is_dir():
            err.write(
                f"diplomeet evaluate: no --articles given and no {articles} folder: "
                "pass --articles DIR\n"
            )
            return None
    return articles


def _evaluate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    articles = _articles_folder(args, err)
    if articles is None:
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


def _expand_folders(names: Sequence[str]) -> tuple[list[str], list[str]]:
    """
    The files to parse: each name as given, a folder replaced by its article files.

    A folder gives its ``.txt``, ``.html`` and ``.htm`` files, recursively in sorted order,
    as ``diplomeet batch`` reads one; the second list holds the folders that have none.
    """
    files: list[str] = []
    empty: list[str] = []
    for name in names:
        folder = Path(name)
        if name == "-" or not folder.is_dir():
            files.append(name)
            continue
        found = sorted(
            p for p in folder.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
        )
        if not found:
            empty.append(name)
        files.extend(str(p) for p in found)
    return files, empty


def _read_article(name: str, encoding: str | None, err: TextIO) -> str | bytes | None:
    """
    The article file ``name`` (``-``: stdin), or ``None`` after saying why it cannot be read.

    Its bytes as they are, for :func:`~diplomeet.parse` to decode as UTF-8; or, with an
    ``encoding``, the text decoded with it.
    """
    try:
        raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        err.write(f"diplomeet: cannot read {name}: {exc.strerror}\n")
        return None
    if _is_batch_input(raw):
        err.write(
            f"diplomeet: {name}: this is JSON lines of articles, the input of `diplomeet "
            f"batch`: run `diplomeet batch {name} --out parsed.jsonl`\n"
        )
        return None
    if encoding is None:
        return raw
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        err.write(f"diplomeet: {name}: not {encoding} text ({exc.reason} at byte {exc.start})\n")
        return None


def _is_batch_input(raw: bytes) -> bool:
    """
    Whether ``raw`` is the JSONL input of ``diplomeet batch`` rather than an article.

    True when its first line is a JSON object with a ``"text"`` or ``"html"`` string, as the
    batch reads one; no article begins so.
    """
    head = raw.lstrip()[:1]
    if head != b"{":
        return False
    first = raw.lstrip().split(b"\n", 1)[0]
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict) and any(
        isinstance(record.get(key), str) for key in ("text", "html")
    )


def _parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    files, empty = _expand_folders(args.files)
    status = EXIT_OK
    for name in empty:
        err.write(f"diplomeet: {name}: a folder with no .txt, .html or .htm file in it\n")
        status = EXIT_FAILED
    several = len(args.files) > 1 or any(Path(n).is_dir() for n in args.files if n != "-")
    fmt = args.format or ("jsonl" if several else "json")
    many_json = fmt == "json" and several
    first = True
    shown = _with_progress(files, out, err, progress=args.progress)
    try:
        for name in shown:
            raw = _read_article(name, args.encoding, err)
            if raw is None:
                status = EXIT_FAILED
                continue
            try:
                article = parse(raw, published=args.published, outlet=args.outlet, url=args.url)
            except DiplomeetError as exc:
                err.write(f"diplomeet: {exc}\n")
                return EXIT_USAGE
            if many_json:
                out.write("[\n" if first else ",\n")
            _emit(article, fmt, out, title=name if several else None, first=first)
            first = False
            if _report(name, article, err):
                status = EXIT_FAILED
        if many_json:
            out.write("[]\n" if first else "\n]\n")
    except KeyboardInterrupt:
        err.write("diplomeet: interrupted\n")
        return EXIT_INTERRUPTED
    return status


def _with_progress(
    files: list[str], out: TextIO, err: TextIO, *, progress: bool | None
) -> Iterable[str]:
    """
    The files, counted by a progress bar on ``err`` when asked to.

    By default the bar is shown for several files when ``err`` is a terminal and ``out``
    is not (``diplomeet parse DIR > records.jsonl``), so that it never mixes with the records.
    """
    if progress is None:
        progress = len(files) > 1 and _is_terminal(err) and not _is_terminal(out)
    if not progress:
        return files
    from tqdm import tqdm  # noqa: PLC0415 - only needed for a bar

    return tqdm(files, unit=" articles", file=err, dynamic_ncols=True)


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no file behind it, or closed
        return False


def _report(name: str, article: ParsedArticle, err: TextIO) -> bool:
    """Write the article's error diagnostics, and a hint for a file not in UTF-8; any error?"""
    failed = False
    for d in article.diagnostics:
        if d.severity == "error":
            err.write(f"diplomeet: {name}: {d.code}: {d.message}\n")
            failed = True
        elif d.code == "input.encoding":
            err.write(
                f"diplomeet: {name}: not valid UTF-8, bad bytes replaced; if you know its "
                "encoding, pass it: --encoding cp1252 (or latin-1, ...)\n"
            )
    return failed


def _emit(article: ParsedArticle, fmt: str, out: TextIO, *, title: str | None, first: bool) -> None:
    if fmt == "json":
        out.write(to_json(article, indent=2))
        if title is None:
            out.write("\n")
    elif fmt == "jsonl":
        out.write(to_json(article) + "\n")
    else:
        width = min(shutil.get_terminal_size().columns, 120)
        out.write(("" if first else "\n") + render_table(article, title=title, width=width))
    out.flush()


def _batch(args: argparse.Namespace, err: TextIO) -> int:
    try:
        summary = run_batch(
            args.input,
            args.out,
            jobs=args.jobs,
            resume=args.resume,
            overwrite=args.overwrite,
            errors=args.errors,
            published_file=args.published_file,
            progress=args.progress,
        )
    except DiplomeetError as exc:
        err.write(f"diplomeet batch: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:  # before the run started: nothing was written
        err.write("diplomeet batch: interrupted\n")
        return EXIT_INTERRUPTED
    err.write(summary.describe())
    err.flush()
    return summary.exit_code
