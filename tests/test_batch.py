"""The batch runner: per-record results, error files, resume, interrupts and kills."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

import pytest

import diplomeet
from batch_texts import ARTICLES, FRENCH
from diplomeet.batch import (
    BatchResult,
    BatchSummary,
    _fd_lines,
    default_errors_path,
    iter_records,
    parse_record,
    read_published_file,
    run_batch,
)
from diplomeet.errors import BatchError, InvalidArgument

GOOD = ARTICLES[0]


def write_jsonl(path: Path, records: Iterable[Mapping[str, Any] | str]) -> Path:
    """Write records (or raw lines) to a JSONL file."""
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write((r if isinstance(r, str) else json.dumps(r)) + "\n")
    return path


def read_lines(path: Path) -> list[dict[str, Any]]:
    """Every line of a JSONL file, parsed; fails the test on an invalid line."""
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "the file ends with a partial line"
    return [json.loads(line) for line in data.splitlines()]


def ids(path: Path) -> list[str]:
    """The ids of a JSONL output, in file order."""
    return [line["id"] for line in read_lines(path)]


# --- parse_record -----------------------------------------------------------------------


def test_parse_record_returns_the_same_article_as_parse() -> None:
    """A good record gives the article diplomeet.parse gives for the same inputs."""
    result = parse_record(
        {"id": "k1", "text": GOOD, "published": "2024-05-07", "url": "https://example.org/1"}
    )
    assert result.ok
    assert result.error is None
    expected = diplomeet.parse(GOOD, published=date(2024, 5, 7), url="https://example.org/1")
    assert result.article == expected
    assert result.to_dict() == {"id": "k1", "article": diplomeet.serialize.to_dict(expected)}


def test_output_line_embeds_the_records_json() -> None:
    """The output line is {"id", "article"} with the article exactly as to_json writes it."""
    result = parse_record({"id": "k1", "text": GOOD, "published": "2024-05-07"})
    assert result.article is not None
    assert result.to_line() == '{"id": "k1", "article": ' + diplomeet.to_json(result.article) + "}"


@pytest.mark.parametrize(
    ("record", "code"),
    [
        ({"id": "e", "text": ""}, "input.empty"),
        ({"id": "e", "text": "  \n\t "}, "input.empty"),
        ({"id": "b", "text": "\x00\x01\x02\x03garbage\x04\x05" * 40}, "input.binary"),
        ({"id": "f", "text": FRENCH}, "input.not_english"),
        ({"id": "d", "text": GOOD, "published": "2019-02-30"}, "input.invalid_date"),
        ({"id": "d", "text": GOOD, "published": "27/02/2019"}, "input.invalid_date"),
        ({"id": "d", "text": GOOD, "published": 20190227}, "input.invalid_date"),
        ({"id": "o", "text": GOOD, "outlet": "no-such-outlet"}, "input.unknown_outlet"),
        ({"id": "m", "title": "no text"}, "input.bad_record"),
        ({"id": "t", "text": ["not", "a", "string"]}, "input.bad_record"),
        ({"id": "u", "text": GOOD, "url": 7}, "input.bad_record"),
        ({"id": "p", "path": "/no/such/file.txt"}, "input.unreadable"),
        ({"id": 1.5, "text": GOOD}, "input.bad_id"),
        ({"id": "", "text": GOOD}, "input.bad_id"),
    ],
)
def test_bad_records_fail_with_a_code_and_a_reason(record: dict[str, Any], code: str) -> None:
    """Each kind of bad input gives a failed result with a stable code; nothing raises."""
    result = parse_record(record, line=9)
    assert not result.ok
    assert result.error == code
    assert result.reason
    assert result.to_dict() == {
        "id": result.id,
        "line": 9,
        "error": code,
        "reason": result.reason,
    }


def test_record_ids_default_to_the_line_and_integers_become_strings() -> None:
    """A record without an id is "line-N"; an integer id is written as its digits."""
    assert parse_record({"text": GOOD}, line=12).id == "line-12"
    assert parse_record({"id": 42, "text": GOOD}).id == "42"


def test_html_records_are_parsed() -> None:
    """The "html" field is read like "text" (the outlet parser handles the markup)."""
    result = parse_record({"id": "h", "html": f"<p>{GOOD}</p>", "published": "2024-05-07"})
    assert result.ok


# --- inputs -----------------------------------------------------------------------------


def test_directory_input_uses_relative_paths_and_a_csv_sidecar(tmp_path: Path) -> None:
    """Files are read recursively in path order; the sidecar gives dates by path or name."""
    root = tmp_path / "corpus"
    (root / "2024" / "may").mkdir(parents=True)
    (root / "2024" / "may" / "b.txt").write_text(ARTICLES[1], encoding="utf-8")
    (root / "a.html").write_text(f"<p>{ARTICLES[0]}</p>", encoding="utf-8")
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    sidecar = tmp_path / "dates.csv"
    sidecar.write_text("id,published\n2024/may/b.txt,2024-05-10\na.html,2024-05-07\n")

    found = list(iter_records(root, published=read_published_file(sidecar)))

    assert [(r["id"], r["published"]) for r, _ in found] == [  # type: ignore[misc]
        ("2024/may/b.txt", "2024-05-10"),
        ("a.html", "2024-05-07"),
    ]


def test_json_sidecar_and_bare_file_names(tmp_path: Path) -> None:
    """A JSON sidecar maps ids or bare file names to dates."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "x.txt").write_text(GOOD, encoding="utf-8")
    sidecar = tmp_path / "dates.json"
    sidecar.write_text(json.dumps({"x.txt": "2024-05-07"}))

    out = tmp_path / "out.jsonl"
    summary = run_batch(root, out, jobs=1, published_file=sidecar)

    assert summary.parsed == 1
    (line,) = read_lines(out)
    assert line["id"] == "sub/x.txt"
    assert line["article"]["source"]["published"] == "2024-05-07"


@pytest.mark.parametrize(
    ("name", "content"),
    [("bad.json", "[1, 2]"), ("bad.csv", "a,b,c\n"), ("bad.json", "{not json")],
)
def test_a_malformed_sidecar_is_a_batch_error(tmp_path: Path, name: str, content: str) -> None:
    """A sidecar of the wrong shape stops the run before it starts, saying where."""
    sidecar = tmp_path / name
    sidecar.write_text(content)
    with pytest.raises(BatchError, match=name):
        read_published_file(sidecar)


def test_a_missing_input_is_a_batch_error(tmp_path: Path) -> None:
    """An input that does not exist raises BatchError, naming it as missing."""
    with pytest.raises(BatchError, match="does not exist"):
        run_batch(tmp_path / "nope.jsonl", tmp_path / "out.jsonl", jobs=1)


# --- runs -------------------------------------------------------------------------------


def test_bad_lines_go_to_the_errors_file_with_their_line_numbers(tmp_path: Path) -> None:
    """Bad JSON, non-objects, duplicates and bad records are reported; the run goes on."""
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "a", "text": ARTICLES[0]},
            "{not json",
            "[1, 2]",
            {"id": "a", "text": ARTICLES[1]},
            {"id": "e", "text": ""},
            "",
            {"text": ARTICLES[2], "published": "2024-05-08"},
        ],
    )
    out = tmp_path / "out.jsonl"

    summary = run_batch(source, out, jobs=1)

    assert ids(out) == ["a", "line-7"]
    errors = {(e["line"], e["error"]) for e in read_lines(default_errors_path(out))}
    assert errors == {
        (2, "input.bad_json"),
        (3, "input.bad_record"),
        (4, "input.duplicate_id"),
        (5, "input.empty"),
    }
    assert (summary.parsed, summary.failed, summary.exit_code) == (2, 4, 1)


def test_an_existing_output_is_kept_unless_resume_or_overwrite(tmp_path: Path) -> None:
    """A second run refuses to clobber OUT; --overwrite starts over; resume keeps it."""
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}])
    out = tmp_path / "out.jsonl"
    run_batch(source, out, jobs=1)

    with pytest.raises(BatchError, match="--resume"):
        run_batch(source, out, jobs=1)
    assert run_batch(source, out, jobs=1, overwrite=True).parsed == 1
    assert ids(out) == ["a"]


@pytest.mark.parametrize("jobs", [0, -2])
def test_jobs_must_be_positive(tmp_path: Path, jobs: int) -> None:
    """A jobs count below 1 is misuse."""
    with pytest.raises(InvalidArgument, match="jobs"):
        run_batch(tmp_path, tmp_path / "out.jsonl", jobs=jobs)


def test_resume_cuts_a_partial_last_line_and_finishes(tmp_path: Path) -> None:
    """A final partial line (a killed write) is cut off; resume parses only what is missing."""
    records = [{"id": f"r{i}", "text": ARTICLES[i % 3]} for i in range(6)]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    done = [parse_record(r).to_line() for r in records[:2]]
    partial = parse_record(records[2]).to_line()[:50]
    out.write_text("\n".join(done) + "\n" + partial, encoding="utf-8")

    summary = run_batch(source, out, jobs=1, resume=True)

    assert (summary.parsed, summary.skipped) == (4, 2)
    assert ids(out) == [f"r{i}" for i in range(6)]


def test_resume_refuses_a_file_that_is_not_a_batch_output(tmp_path: Path) -> None:
    """An invalid line before the end means OUT is something else: nothing is touched."""
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": GOOD}])
    out = tmp_path / "out.jsonl"
    out.write_text("hello\nworld\n")

    with pytest.raises(BatchError, match="line 1"):
        run_batch(source, out, jobs=1, resume=True)
    assert out.read_text() == "hello\nworld\n"


def _corpus(seeds: list[str], n: int) -> tuple[list[dict[str, Any] | str], set[str], set[str]]:
    """N records: the seeds repeated with distinct ids, every tenth one broken."""
    broken: list[dict[str, Any] | str] = [
        {"text": ""},
        {"text": "\x00\x9f\x01PK\x03\x04" * 60},
        {"text": seeds[0], "published": "2018-13-45"},
        "{truncated",
    ]
    records: list[dict[str, Any] | str] = []
    good: set[str] = set()
    bad: set[str] = set()
    for i in range(n):
        rid = f"doc-{i:05d}"
        if i % 10 == 9:
            item = broken[(i // 10) % len(broken)]
            if isinstance(item, str):
                bad.add(f"line-{i + 1}")
            else:
                item = {"id": rid, **item}
                bad.add(rid)
            records.append(item)
        else:
            records.append({"id": rid, "text": seeds[i % len(seeds)], "published": "2016-04-21"})
            good.add(rid)
    return records, good, bad


def test_two_thousand_articles_with_broken_ones_then_resume(shared: Path, tmp_path: Path) -> None:
    """
    Every good article ends in OUT, every bad one in the errors file; resume adds nothing.

    The done-when test of the batch: 2,000 records (the seed articles repeated with
    distinct ids, one in ten broken: empty, binary, invalid date, bad JSON) on two
    worker processes.
    """
    seeds = [p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))]
    records, good, bad = _corpus(seeds, 2000)
    source = write_jsonl(tmp_path / "corpus.jsonl", records)
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "errors.jsonl"

    first = run_batch(source, out, jobs=2, errors=errors)

    out_ids = ids(out)
    assert len(out_ids) == len(set(out_ids))
    assert set(out_ids) == good
    assert {e["id"] for e in read_lines(errors)} == bad
    assert {e["error"] for e in read_lines(errors)} == {
        "input.empty",
        "input.binary",
        "input.invalid_date",
        "input.bad_json",
    }
    assert (first.parsed, first.failed, first.interrupted) == (len(good), len(bad), False)
    before = (out.read_bytes(), errors.read_bytes())

    again = run_batch(source, out, jobs=2, errors=errors, resume=True)

    assert (again.parsed, again.failed, again.skipped) == (0, 0, 2000)
    assert (out.read_bytes(), errors.read_bytes()) == before


# --- interrupts and kills (the real command line, in a subprocess) ------------------------


def _start_batch(out: Path, stderr: BinaryIO) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # noqa: S603 - a fixed argv, no shell
        [sys.executable, "-m", "diplomeet", "batch", "-", "--out", str(out), "--jobs", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )


def _wait_for_lines(out: Path, proc: subprocess.Popen[bytes], n: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        assert proc.poll() is None, "the batch ended before it was interrupted"
        time.sleep(0.02)
    pytest.fail(f"{out} did not reach {n} lines")


@pytest.mark.parametrize("how", ["SIGINT", "SIGTERM", "SIGKILL"])
def test_killed_halfway_then_resumed(tmp_path: Path, how: str) -> None:
    """
    A batch stopped halfway leaves only valid JSON lines, and --resume completes it.

    The batch reads its input from a pipe that the test fills halfway and keeps open, so
    the process is surely mid-run when the signal arrives.  SIGINT and SIGTERM stop it
    cleanly (exit 130 with the summary); SIGKILL gives it no chance, and whatever is on
    disk must still be usable.
    """
    records = [{"id": f"n{i:04d}", "text": ARTICLES[i % 3]} for i in range(120)]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    half = source.read_bytes().splitlines(keepends=True)[:60]

    with (tmp_path / "stderr.txt").open("wb") as err, _start_batch(out, err) as proc:
        assert proc.stdin is not None
        proc.stdin.write(b"".join(half))
        proc.stdin.flush()
        _wait_for_lines(out, proc, 20)
        proc.send_signal(getattr(signal, how))
        code = proc.wait(timeout=60)

    stderr = (tmp_path / "stderr.txt").read_text()
    if how != "SIGKILL":
        assert code == 130
        assert "interrupted" in stderr
        assert "--resume" in stderr
    else:
        assert code == -signal.SIGKILL
    data = out.read_bytes()
    complete = data[: data.rfind(b"\n") + 1]
    written = [json.loads(line)["id"] for line in complete.splitlines()]
    assert len(written) >= 20
    assert len(written) == len(set(written))
    assert set(written) <= {r["id"] for r in records[:60]}

    summary = run_batch(source, out, jobs=2, resume=True)

    assert summary.skipped == len(written)
    assert summary.parsed == 120 - len(written)
    assert sorted(ids(out)) == [r["id"] for r in records]


def test_batch_result_is_a_frozen_record() -> None:
    """Results are immutable, like every diplomeet record."""
    result = BatchResult(id="x", error="input.empty", reason="empty")
    with pytest.raises(AttributeError):
        result.id = "y"  # type: ignore[misc]


def test_a_summary_of_an_aborted_run_says_to_resume(tmp_path: Path) -> None:
    """A run stopped by a dead worker exits 1 and tells how to finish."""
    summary = BatchSummary(
        parsed=5,
        failed=0,
        skipped=0,
        records=9,
        seconds=1.0,
        interrupted=False,
        out=tmp_path / "o.jsonl",
        errors=tmp_path / "e.jsonl",
        aborted="a worker process died",
    )
    assert summary.exit_code == 1
    assert "stopped" in summary.describe()
    assert "--resume" in summary.describe()
    assert summary.articles_per_second == 5.0


def test_pipe_lines_are_read_whole_however_long() -> None:
    """Standard input is split into lines correctly across reads, last line without newline."""
    long_line = b"x" * 200_000 + b"\n"
    data = b"a\n" + long_line + b"\n" + b"tail"
    read_fd, write_fd = os.pipe()

    def feed() -> None:
        with os.fdopen(write_fd, "wb") as w:
            w.write(data)

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        lines = list(_fd_lines(read_fd))
    finally:
        writer.join()
        os.close(read_fd)
    assert lines == [b"a\n", long_line, b"\n", b"tail"]


def test_output_is_utf8_with_text_kept_as_is(tmp_path: Path) -> None:
    """Non-ASCII text is written as UTF-8, not escaped, and reads back unchanged."""
    text = ARTICLES[1].replace("Buenos Aires", "São Paulo")
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "ç", "text": text}])
    out = tmp_path / "out.jsonl"

    run_batch(source, out, jobs=1)

    assert "São Paulo".encode() in out.read_bytes()
    (line,) = read_lines(out)
    assert line["id"] == "ç"
    assert diplomeet.serialize.from_dict(line["article"]).text == diplomeet.parse(text).text


def test_batch_error_is_exported_at_the_top_level(tmp_path: Path) -> None:
    """`except diplomeet.BatchError` catches a run that cannot start, as the docs show."""
    assert "BatchError" in diplomeet.__all__
    with pytest.raises(diplomeet.BatchError):
        run_batch(tmp_path / "nope.jsonl", tmp_path / "out.jsonl", jobs=1)
