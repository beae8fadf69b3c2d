"""
Batch processing: parse many articles on every core, stream JSON lines, never lose work.

:func:`parse_record` is the per-article function: it takes one input record (a ``dict``
such as a line of a JSONL file) and returns a :class:`BatchResult`, never raising for bad
input.  :func:`run_batch` runs it over a JSONL file or a directory of ``.txt``/``.html``
files on a process pool and appends one JSON line per article to an output file, flushed as
it goes; ``diplomeet batch`` is its command line, and :func:`diplomeet.dask.parse_bag` runs
the same function on Dask.

Output lines (``OUT``), one per article that was read::

    {"id": "2019/story.txt", "article": {...the ParsedArticle JSON, as diplomeet.to_json...}}

Error lines (``ERR``), one per input that could not be read::

    {"id": "17", "line": 17, "error": "input.empty", "reason": "The article has no text to read."}

See ``docs/cli.md`` for the input formats and the guarantees.
"""

from __future__ import annotations

import contextlib
import csv
import json
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Final, Self

import attrs

from diplomeet._language import check_binary
from diplomeet._pipeline import parse
from diplomeet.errors import BatchError, DiplomeetError, InvalidArgument, UnknownOutletError
from diplomeet.records import ParsedArticle
from diplomeet.serialize import to_dict

__all__ = [
    "BatchResult",
    "BatchSummary",
    "iter_records",
    "parse_record",
    "read_published_file",
    "run_batch",
]

#: File suffixes read from an input directory (case-insensitive).
ARTICLE_SUFFIXES: Final = frozenset({".txt", ".html", ".htm"})
#: Articles sent to a worker at a time.
CHUNK_SIZE: Final = 16
#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
CHUNKS_PER_JOB: Final = 4

#: A partial chunk is sent to the workers when the input pauses this long.
INPUT_PAUSE_SECONDS: Final = 0.05
#: How often a worker checks that its parent is still there.
WATCHDOG_SECONDS: Final = 0.5

_ERRORS_SUFFIX: Final = ".errors.jsonl"


@attrs.frozen(kw_only=True)
class BatchResult:
    """
    The outcome of one input record: its article, or why it could not be read.

    Attributes:
        id: The record's id (its ``"id"`` field, the file's relative path, or
            ``"line-N"`` for a JSONL line without one).
        line: The 1-based line number in a JSONL input, else ``None``.
        article: The parsed article, or ``None`` when the record failed.
        error: A stable code saying why it failed (``"input.empty"``,
            ``"input.invalid_date"``...), or ``None``.
        reason: A sentence for people, or ``None``.
    """

    id: str
    line: int | None = None
    article: ParsedArticle | None = None
    error: str | None = None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the record was parsed (it then goes to OUT, else to the errors file)."""
        return self.article is not None

    @property
    def records(self) -> int:
        """Meetings, statements and incidents found (0 for a failed record)."""
        art = self.article
        return 0 if art is None else len(art.meetings) + len(art.statements) + len(art.incidents)

    def to_dict(self) -> dict[str, Any]:
        """
        Return the JSON-ready output line as a ``dict``.

        ``{"id", "article"}`` for a parsed record, ``{"id", "line", "error", "reason"}``
        for a failed one.
        """
        if self.article is not None:
            return {"id": self.id, "article": to_dict(self.article)}
        return {"id": self.id, "line": self.line, "error": self.error, "reason": self.reason}

    def to_line(self) -> str:
        """Return the output line as JSON text, without the final newline."""
        return json.dumps(self.to_dict(), ensure_ascii=False)


def _failed(rid: str, line: int | None, error: str, reason: str) -> BatchResult:
    return BatchResult(id=rid, line=line, error=error, reason=reason)


def parse_record(record: Mapping[str, Any], *, line: int | None = None) -> BatchResult:
    """
    Parse one input record; bad input gives a failed :class:`BatchResult`, never an exception.

    Args:
        record: A mapping with ``"id"`` (string or integer), the article as ``"text"`` or
            ``"html"`` (a string) or ``"path"`` (a file to read), and optionally
            ``"published"`` (``YYYY-MM-DD`` or a ``date``), ``"outlet"`` (an outlet parser
            id) and ``"url"``.
        line: The record's 1-based line number in its file, reported with failures and
            used as the id (``"line-N"``) when the record has none.

    Returns:
        The result.  It fails (``error`` set) when the record is malformed, its file cannot
        be read, its date or outlet is invalid, or the article carries an error diagnostic
        about its input (``input.empty``, ``input.binary``, ``input.not_english``).

    Example:
        >>> r = parse_record({"id": "a1", "text": "", "published": "2024-03-06"})
        >>> r.ok, r.error
        (False, 'input.empty')
    """
    rid = _record_id(record, line)
    if not rid:
        return _failed(rid, line, "input.bad_id", "the id must be a non-empty string or an integer")
    try:
        article, published, outlet, url = _fields(record)
        article = _check_binary(article)
        parsed = _parse(article, published=published, outlet=outlet, url=url)
    except _RecordProblem as problem:
        return _failed(rid, line, problem.code, problem.reason)
    for diag in parsed.diagnostics:
        if diag.severity == "error" and diag.code.startswith("input."):
            return _failed(rid, line, diag.code, diag.message)
    return BatchResult(id=rid, line=line, article=parsed)


def _check_binary(article: str | bytes) -> str | bytes:
    """
    Refuse binary data before the pipeline cleans its control characters away.

    Returns the article as ``str`` when it is valid UTF-8 (so it is decoded once), else
    the bytes, which the pipeline decodes with replacement characters and a diagnostic.
    """
    if isinstance(article, str):
        text: str | bytes = article
        decoded = article
    else:
        try:
            text = decoded = article.decode("utf-8-sig")
        except UnicodeDecodeError:
            text, decoded = article, article.decode("utf-8", errors="replace")
    for diag in check_binary(decoded):
        raise _RecordProblem(diag.code, diag.message)
    return text


def _record_id(record: object, line: int | None) -> str:
    """Return the record's id as a string; ``""`` when it has no usable one."""
    rid = record.get("id") if isinstance(record, Mapping) else None
    if isinstance(rid, int) and not isinstance(rid, bool):
        return str(rid)
    if rid is None and line is not None:
        return f"line-{line}"
    return rid if isinstance(rid, str) else ""


def _parse(
    article: str | bytes, *, published: date | None, outlet: str | None, url: str | None
) -> ParsedArticle:
    try:
        return parse(article, published=published, outlet=outlet, url=url)
    except UnknownOutletError as exc:
        raise _RecordProblem("input.unknown_outlet", str(exc)) from None
    except DiplomeetError as exc:
        raise _RecordProblem("input.invalid", str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - one article's bug must not stop a batch
        raise _RecordProblem(
            "parse.crashed", f"diplomeet failed on this article: {exc!r}"
        ) from None


class _RecordProblem(Exception):  # noqa: N818 - private control flow, not an error class
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def _fields(record: object) -> tuple[str | bytes, date | None, str | None, str | None]:
    if not isinstance(record, Mapping):
        raise _RecordProblem("input.bad_record", "the record is not a JSON object")
    article: str | bytes
    for key in ("text", "html"):
        value = record.get(key)
        if value is not None:
            if not isinstance(value, str):
                raise _RecordProblem("input.bad_record", f'"{key}" must be a string')
            article = value
            break
    else:
        path = record.get("path")
        if not isinstance(path, str | os.PathLike):
            raise _RecordProblem("input.bad_record", 'the record has no "text", "html" or "path"')
        try:
            article = Path(path).read_bytes()
        except OSError as exc:
            raise _RecordProblem(
                "input.unreadable", f"cannot read {os.fspath(path)}: {exc.strerror}"
            ) from None
    return article, _published(record.get("published")), _opt(record, "outlet"), _opt(record, "url")


def _published(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value.strip())
    raise _RecordProblem(
        "input.invalid_date", f"published {value!r} is not a date: use YYYY-MM-DD, e.g. 2019-02-27"
    )


def _opt(record: Mapping[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _RecordProblem("input.bad_record", f'"{key}" must be a string')
    return value


# --- reading inputs ---------------------------------------------------------------------

#: A unit of work: the record and its line number (``None`` for directory inputs).
_Task = tuple[Mapping[str, Any], int | None]
#: What a worker sends back per record: parsed?, the output line, records found.
_Outcome = tuple[bool, str, int]
_Emit = Callable[[Iterable[_Outcome]], None]


def iter_records(
    source: str | os.PathLike[str], *, published: Mapping[str, str] | None = None
) -> Iterator[_Task | BatchResult]:
    """
    Yield the records of a batch input, in input order.

    Args:
        source: A JSONL file (one JSON object a line) or a directory, read recursively for
            ``.txt``, ``.html`` and ``.htm`` files in sorted order; a file's id is its path
            relative to the directory, with ``/`` separators.
        published: Publication dates by id (or by bare file name), used for records that
            have no ``"published"`` of their own; see :func:`read_published_file`.

    Returns:
        An iterator of ``(record, line)`` pairs for :func:`parse_record`, and of failed
        :class:`BatchResult` for lines that are not JSON objects.

    Raises:
        BatchError: ``source`` does not exist or cannot be read.
    """
    path = Path(source)
    if path.is_dir():
        return _iter_directory(path, published or {})
    if path.is_file() or os.fspath(source) == "-":
        return _iter_jsonl(path, published or {})
    if not path.exists():
        raise BatchError(
            f"input {os.fspath(source)!r} does not exist: give a JSONL file, a folder of "
            "articles or - for standard input"
        )
    raise BatchError(f"input {os.fspath(source)!r} is neither a JSONL file nor a directory")


def _iter_directory(root: Path, published: Mapping[str, str]) -> Iterator[_Task]:
    for path in _article_files(root):
        rid = path.relative_to(root).as_posix()
        record: dict[str, Any] = {"id": rid, "path": os.fspath(path)}
        when = published.get(rid, published.get(path.name))
        if when is not None:
            record["published"] = when
        yield record, None


def _article_files(root: Path) -> list[Path]:
    try:
        return sorted(
            (p for p in root.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()),
            key=lambda p: p.relative_to(root).as_posix(),
        )
    except OSError as exc:
        raise BatchError(f"cannot read the input directory {root}: {exc.strerror}") from None


def _iter_jsonl(path: Path, published: Mapping[str, str]) -> Iterator[_Task | BatchResult]:
    if os.fspath(path) == "-":
        lines = _fd_lines(sys.stdin.fileno())
    else:
        try:
            lines = _file_lines(path.open("rb"))
        except OSError as exc:
            raise BatchError(f"cannot read the input file {path}: {exc.strerror}") from None
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            reason = (
                "the line is not UTF-8 text"
                if isinstance(exc, UnicodeDecodeError)
                else f"the line is not valid JSON ({exc.msg} at column {exc.colno})"
            )
            yield _failed(f"line-{number}", number, "input.bad_json", reason)
            continue
        if not isinstance(record, dict):
            yield _failed(f"line-{number}", number, "input.bad_record", "not a JSON object")
            continue
        if "published" not in record and published:
            when = published.get(str(record.get("id", f"line-{number}")))
            if when is not None:
                record["published"] = when
        yield record, number


def _file_lines(stream: BinaryIO) -> Iterator[bytes]:
    with stream:
        yield from stream


def _fd_lines(fd: int) -> Iterator[bytes]:
    """
    Yield the lines of a file descriptor read with ``os.read``.

    Standard input is read this way, not through ``sys.stdin.buffer``: a reader thread
    blocked on a buffered stream at interpreter exit would abort the process.
    """
    parts: list[bytes] = []
    while chunk := os.read(fd, 1 << 16):
        start = 0
        while (end := chunk.find(b"\n", start)) != -1:
            parts.append(chunk[start : end + 1])
            yield b"".join(parts)
            parts = []
            start = end + 1
        if start < len(chunk):
            parts.append(chunk[start:])
    if parts:
        yield b"".join(parts)


def read_published_file(path: str | os.PathLike[str]) -> dict[str, str]:
    """
    Read a sidecar of publication dates: ``id -> "YYYY-MM-DD"``.

    A ``.json`` file holds one object mapping ids (or bare file names) to ISO dates;
    any other file is CSV (``.tsv``: tab-separated) with two columns, id and date, and an
    optional header row ``id,published``.  Dates are checked when their record is parsed,
    so one bad date fails one record.

    Raises:
        BatchError: The file cannot be read or has the wrong shape.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise BatchError(f"cannot read the sidecar {p}: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise BatchError(f"cannot read the sidecar {p}: not UTF-8 text ({exc.reason})") from None
    if p.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BatchError(f"the sidecar {p} is not valid JSON: {exc}") from None
        if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
            raise BatchError(f'the sidecar {p} must be one JSON object {{"id": "YYYY-MM-DD"}}')
        return {str(k): v for k, v in data.items()}
    delimiter = "\t" if p.suffix.lower() == ".tsv" else ","
    out: dict[str, str] = {}
    for number, row in enumerate(csv.reader(text.splitlines(), delimiter=delimiter), start=1):
        if not row or not "".join(row).strip():
            continue
        if len(row) != 2:
            raise BatchError(f"{p}, line {number}: expected two columns, id and date")
        key, value = row[0].strip(), row[1].strip()
        if number == 1 and value.lower() in {"published", "date"}:
            continue
        out[key] = value
    return out


# --- resuming ---------------------------------------------------------------------------


def _done_ids(path: Path) -> set[str]:
    """
    Return the ids written to a JSONL output, truncating a final partial line.

    A run killed mid-write leaves at most one incomplete last line; it is cut off so the
    file is valid JSONL again.  An invalid line anywhere else means the file is not a
    diplomeet output, and nothing is touched.
    """
    ids: set[str] = set()
    try:
        stream = path.open("r+b")
    except FileNotFoundError:
        return ids
    except OSError as exc:
        raise BatchError(f"cannot read {path} to resume: {exc.strerror}") from None
    with stream:
        good_end = 0
        bad_at: int | None = None
        for number, raw in enumerate(stream, start=1):
            if bad_at is not None:
                raise BatchError(
                    f"{path}, line {bad_at}: not a diplomeet output line; "
                    "move the file away or pass a different output"
                )
            try:
                rid = json.loads(raw)["id"] if raw.endswith(b"\n") else None
            except (ValueError, KeyError, TypeError):
                rid = None
            if not isinstance(rid, str):
                bad_at = number
                continue
            ids.add(rid)
            good_end += len(raw)
        if bad_at is not None:
            stream.truncate(good_end)
    return ids


# --- running ----------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class BatchSummary:
    """
    What a batch run did.

    Attributes:
        parsed: Articles parsed and written to OUT in this run.
        failed: Inputs written to the errors file in this run.
        skipped: Inputs skipped because OUT or the errors file already had their id.
        records: Meetings, statements and incidents found in this run.
        seconds: Wall-clock duration of the run.
        interrupted: The run was stopped (SIGINT, SIGTERM) before the end of the input.
        out: The output file.
        errors: The errors file.
        aborted: Why the run stopped on its own before the end of the input (a worker
            process died), or ``None``.
    """

    parsed: int
    failed: int
    skipped: int
    records: int
    seconds: float
    interrupted: bool
    out: Path
    errors: Path
    aborted: str | None = None

    @property
    def articles_per_second(self) -> float:
        """Inputs handled (parsed or failed) per second."""
        done = self.parsed + self.failed
        return done / self.seconds if self.seconds > 0 else 0.0

    @property
    def exit_code(self) -> int:
        """The command line's exit code: 130 interrupted, 1 some failed or aborted, else 0."""
        if self.interrupted:
            return 130
        return 1 if self.failed or self.aborted else 0

    def describe(self) -> str:
        """Return the one-paragraph summary printed at the end of ``diplomeet batch``."""
        head = "interrupted" if self.interrupted else "stopped" if self.aborted else "done"
        text = (
            f"diplomeet batch {head}: {self.parsed} parsed, {self.failed} failed, "
            f"{self.skipped} skipped; {self.records} records "
            f"(meetings, statements, incidents); {self.seconds:.1f} s, "
            f"{self.articles_per_second:.1f} articles/s\n"
            f"  output: {self.out}\n"
        )
        if self.failed:
            text += f"  errors: {self.errors}\n"
        if self.aborted:
            text += f"  {self.aborted}\n"
        if self.interrupted or self.aborted:
            text += "  nothing parsed was lost: run again with --resume to finish\n"
        return text


def default_errors_path(out: str | os.PathLike[str]) -> Path:
    """Return the default errors file for ``out``: ``OUT.jsonl`` -> ``OUT.errors.jsonl``."""
    p = Path(out)
    stem = p.name.removesuffix(".jsonl")
    return p.with_name(stem + _ERRORS_SUFFIX)


def run_batch(  # noqa: PLR0913 - each option is a user-facing switch of `diplomeet batch`
    source: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    resume: bool = False,
    overwrite: bool = False,
    errors: str | os.PathLike[str] | None = None,
    published_file: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
) -> BatchSummary:
    """
    Parse every record of ``source`` and append one JSON line per record to ``out``.

    Lines are written whole and flushed as results arrive (in completion order, not input
    order, when ``jobs > 1``), so an interrupt or a crash loses nothing already written.
    SIGINT (and SIGTERM, which is turned into the same clean stop) ends the run early with
    ``interrupted=True`` instead of raising.

    Args:
        source: A JSONL file or a directory; see :func:`iter_records`.
        out: The output JSONL file.
        jobs: Worker processes; ``None`` uses every available core, ``1`` parses
            in this process.
        resume: Keep ``out`` and the errors file and skip every id already in them (a final
            partial line left by a killed run is cut off first).
        overwrite: Start ``out`` and the errors file afresh.
        errors: The errors file; default ``out`` with the suffix ``.errors.jsonl``.
        published_file: A sidecar of publication dates; see :func:`read_published_file`.
        progress: Show a progress bar on stderr; ``None`` shows it when stderr is a terminal.

    Returns:
        A :class:`BatchSummary`.

    Raises:
        InvalidArgument: ``jobs`` is below 1, or ``errors`` is ``out``.
        BatchError: The input, the sidecar or the output cannot be used, or ``out``
            exists and neither ``resume`` nor ``overwrite`` was given.
    """
    if jobs is not None and jobs < 1:
        raise InvalidArgument(f"jobs must be 1 or more, got {jobs}")
    jobs = jobs or _available_cores()
    out_path = Path(out)
    err_path = Path(errors) if errors is not None else default_errors_path(out_path)
    if out_path.resolve() == err_path.resolve():
        raise InvalidArgument("the errors file must differ from the output file")
    sidecar = read_published_file(published_file) if published_file is not None else None
    records = iter_records(source, published=sidecar)
    done = _prepare_outputs(out_path, err_path, resume=resume, overwrite=overwrite)
    if progress is None:
        progress = sys.stderr.isatty()
    total = _count_inputs(source) if progress else None

    counts = _Counts(skipped=0)
    started = time.perf_counter()
    interrupted = False
    aborted: str | None = None
    with (
        _Writer(out_path) as out_file,
        _Writer(err_path) as err_file,
        _progress_bar(total, enabled=progress) as bar,
        _sigterm_as_interrupt(),
    ):
        sink = _Sink(out_file, err_file, bar, counts)
        tasks = _fresh(records, done, counts, sink.emit)
        try:
            if jobs == 1:
                for task in tasks:
                    sink.emit([_work(task)])
            else:
                _run_pool(tasks, jobs, sink.emit)
        except KeyboardInterrupt:
            interrupted = True
        except BrokenProcessPool as exc:
            aborted = f"a worker process died ({exc})"
        finally:
            sink.close()
    return BatchSummary(
        parsed=counts.parsed,
        failed=counts.failed,
        skipped=counts.skipped,
        records=counts.records,
        seconds=time.perf_counter() - started,
        interrupted=interrupted,
        aborted=aborted,
        out=out_path,
        errors=err_path,
    )


class _Sink:
    """Where results go: OUT, the errors file, the counts and the bar; thread-safe."""

    def __init__(self, out: _Writer, err: _Writer, bar: Any, counts: _Counts) -> None:
        self._out = out
        self._err = err
        self._bar = bar
        self._counts = counts
        self._lock = threading.Lock()  # the input reader thread reports bad lines too
        self._closed = False

    def emit(self, results: Iterable[_Outcome]) -> None:
        """Write each result's line to OUT or the errors file and count it."""
        good: list[str] = []
        bad: list[str] = []
        with self._lock:
            if self._closed:
                return
            for ok, line, found in results:
                (good if ok else bad).append(line)
                self._counts.add(ok=ok, records=found)
            self._out.write_lines(good)
            self._err.write_lines(bad)
            self._bar.update(len(good) + len(bad))
            self._bar.set_postfix(failed=self._counts.failed, refresh=False)

    def close(self) -> None:
        """Refuse further results (a reader thread may still be running)."""
        with self._lock:
            self._closed = True


@attrs.define
class _Counts:
    skipped: int
    parsed: int = 0
    failed: int = 0
    records: int = 0

    def add(self, *, ok: bool, records: int) -> None:
        if ok:
            self.parsed += 1
        else:
            self.failed += 1
        self.records += records


def _available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _prepare_outputs(out: Path, err: Path, *, resume: bool, overwrite: bool) -> set[str]:
    if resume and overwrite:
        raise InvalidArgument("resume and overwrite exclude each other")
    for path in (out, err):
        if path.is_dir():
            raise BatchError(f"{path} is a directory: give the name of a .jsonl file to write")
    if resume:
        return _done_ids(out) | _done_ids(err)
    if out.exists() and not overwrite and out.stat().st_size > 0:
        raise BatchError(
            f"{out} already exists: pass --resume to continue it or --overwrite to start over"
        )
    for path in (out, err):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise BatchError(f"cannot replace {path}: {exc.strerror}") from None
    return set()


def _fresh(
    records: Iterable[_Task | BatchResult],
    done: set[str],
    counts: _Counts,
    emit: _Emit,
) -> Iterator[_Task]:
    """Yield the tasks still to do; report bad lines and duplicate ids on the way."""
    seen: set[str] = set()
    for item in records:
        if isinstance(item, BatchResult):
            if item.id in done:
                counts.skipped += 1
            else:
                emit([(False, item.to_line(), 0)])
            continue
        record, line = item
        rid = record.get("id", f"line-{line}")
        key = str(rid) if isinstance(rid, int | str) else None
        if key is not None and key in done:
            counts.skipped += 1
            continue
        if key is not None and key in seen:
            dup = _failed(key, line, "input.duplicate_id", f"the id {key!r} was already used")
            emit([(False, dup.to_line(), 0)])
            continue
        if key is not None:
            seen.add(key)
        yield item


def _work(task: _Task) -> _Outcome:
    record, line = task
    result = parse_record(record, line=line)
    return result.ok, result.to_line(), result.records


def _work_chunk(tasks: list[_Task]) -> list[_Outcome]:
    return [_work(task) for task in tasks]


def _init_worker(parent: int) -> None:
    """
    Worker initialiser: leave Ctrl-C to the parent, and exit when the parent is gone.

    The parent handles SIGINT and stops the pool itself.  A parent killed outright
    (SIGKILL, out of memory) cannot stop its workers, and they hold the pool's pipes open,
    so each worker checks that the parent process still exists and exits once it does not.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_SECONDS)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # the id now belongs to another user's process
                os._exit(1)

    threading.Thread(target=watch, name="diplomeet-parent-watch", daemon=True).start()


def _pool_context() -> multiprocessing.context.BaseContext:
    """Forkserver where it exists (no fork of a threaded parent), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["diplomeet.batch"])
        return ctx
    return multiprocessing.get_context("spawn")  # pragma: no cover - Windows


def _run_pool(tasks: Iterator[_Task], jobs: int, emit: _Emit) -> None:
    """
    Parse on a process pool, emitting results as they come.

    The input is read by a thread, so results keep being written while the input stalls
    (a pipe, a slow disk); a chunk is sent when it is full or when the input pauses.  At
    most ``jobs * CHUNKS_PER_JOB`` chunks are in flight, which bounds memory.
    """
    executor = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=_pool_context(),
        initializer=_init_worker,
        initargs=(os.getpid(),),
    )
    feed = _Prefetch(tasks, size=jobs * CHUNKS_PER_JOB * CHUNK_SIZE)
    pending: set[Future[list[_Outcome]]] = set()
    chunk: list[_Task] = []

    def drain(*, block: bool) -> None:
        nonlocal pending
        if not pending:
            return
        finished, pending = wait(pending, timeout=None if block else 0, return_when=FIRST_COMPLETED)
        for future in finished:
            emit(future.result())

    try:
        while (got := feed.take(CHUNK_SIZE - len(chunk), timeout=INPUT_PAUSE_SECONDS)) is not None:
            chunk.extend(got)
            if chunk and (len(chunk) >= CHUNK_SIZE or not got):
                if len(pending) >= jobs * CHUNKS_PER_JOB:
                    drain(block=True)
                pending.add(executor.submit(_work_chunk, chunk))
                chunk = []
            drain(block=False)
        if chunk:
            pending.add(executor.submit(_work_chunk, chunk))
        while pending:
            drain(block=True)
    finally:
        feed.stop()
        executor.shutdown(wait=not pending, cancel_futures=True)


class _Prefetch:
    """Read tasks on a daemon thread into a bounded queue; errors resurface in ``take``."""

    def __init__(self, tasks: Iterator[_Task], *, size: int) -> None:
        self._queue: queue.Queue[_Task | None] = queue.Queue(maxsize=size)
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._ended = False
        self._thread = threading.Thread(
            target=self._run, args=(tasks,), name="diplomeet-batch-reader", daemon=True
        )
        self._thread.start()

    def _run(self, tasks: Iterator[_Task]) -> None:
        try:
            for task in tasks:
                if not self._put(task):
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread by take()
            self._error = exc
        self._put(None)

    def _put(self, item: _Task | None) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
            except queue.Full:
                continue
            return True
        return False

    def take(self, n: int, *, timeout: float) -> list[_Task] | None:
        """
        Return up to ``n`` tasks, waiting at most ``timeout`` for the first.

        An empty list means the input paused; ``None`` means it ended.
        """
        if self._ended:
            return None
        out: list[_Task] = []
        try:
            item = self._queue.get(timeout=timeout)
            while True:
                if item is None:
                    self._ended = True
                    if self._error is not None:
                        raise self._error
                    return out or None
                out.append(item)
                if len(out) >= n:
                    return out
                item = self._queue.get_nowait()
        except queue.Empty:
            return out

    def stop(self) -> None:
        """Stop the reader; one blocked on a pipe read stays behind, as a daemon."""
        self._stop.set()
        self._thread.join(timeout=1.0)


class _Writer:
    """Append whole lines to a file, one ``write`` system call per batch of lines."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd = -1

    def __enter__(self) -> Self:
        try:
            self._fd = os.open(self._path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            raise BatchError(f"cannot write {self._path}: {exc.strerror}") from None
        return self

    def __exit__(self, *exc_info: object) -> None:
        os.close(self._fd)

    def write_lines(self, lines: list[str]) -> None:
        if not lines:
            return
        data = ("\n".join(lines) + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]


class _NoBar:
    def update(self, n: int) -> None:
        """Do nothing."""

    def set_postfix(self, **_: Any) -> None:
        """Do nothing."""


@contextlib.contextmanager
def _progress_bar(total: int | None, *, enabled: bool) -> Iterator[Any]:
    if not enabled:
        yield _NoBar()
        return
    from tqdm import tqdm  # noqa: PLC0415 - only needed on a terminal

    with tqdm(total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True) as bar:
        yield bar


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Turn SIGTERM into KeyboardInterrupt in the main thread, so it stops cleanly too."""
    try:
        previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _count_inputs(source: str | os.PathLike[str]) -> int | None:
    path = Path(source)
    try:
        if path.is_dir():
            return len(_article_files(path))
        if path.is_file():
            with path.open("rb") as stream:
                return sum(1 for raw in stream if raw.strip())
    except (OSError, BatchError):
        return None
    return None
