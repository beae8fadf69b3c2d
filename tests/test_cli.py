"""The command line: exit codes, output formats, help."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import pytest

import diplomeet
from batch_texts import ARTICLES, FRENCH
from diplomeet._table import render_table
from diplomeet.cli import main
from diplomeet.records import (
    Actor,
    Incident,
    Meeting,
    ParsedArticle,
    Place,
    Source,
    Span,
    Statement,
    TimeRef,
)


def test_parse_prints_one_parsed_article_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`diplomeet parse FILE --format json` prints the record's JSON and exits 0."""
    article = tmp_path / "a.txt"
    article.write_text("Leaders met in Rome on Monday.\n", encoding="utf-8")

    code = main(["parse", str(article), "--published", "2024-03-06", "--format", "json"])

    assert code == 0
    parsed = diplomeet.from_json(capsys.readouterr().out)
    assert parsed.source.published is not None
    assert parsed.source.published.isoformat() == "2024-03-06"


def test_parse_several_files_prints_jsonl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several files give one JSON line each."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Talks were held.", encoding="utf-8")

    code = main(["parse", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])

    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["text"] for line in lines] == ["Talks were held.", "Talks were held."]


def test_empty_file_fails_that_file_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty file exits 1 with a message on stderr; the other file is still printed."""
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Talks were held.", encoding="utf-8")

    code = main(
        ["parse", str(tmp_path / "empty.txt"), str(tmp_path / "good.txt"), "--format", "jsonl"]
    )

    out, err = capsys.readouterr()
    assert code == 1
    assert "input.empty" in err
    assert len(out.splitlines()) == 2


def test_missing_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be read is reported and the exit code is 1."""
    code = main(["parse", str(tmp_path / "nope.txt")])

    assert code == 1
    assert "cannot read" in capsys.readouterr().err


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unreadable --published date exits 2 and says what format to use."""
    code = main(["parse", "x.txt", "--published", "27/02/2019"])

    assert code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`diplomeet schema` prints the same schema as diplomeet.json_schema()."""
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == diplomeet.json_schema()


@pytest.mark.parametrize("command", ["parse", "batch", "schema", "outlets"])
def test_every_command_help_shows_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each command's --help ends with an example."""
    assert main([command, "--help"]) == 0
    assert "example" in capsys.readouterr().out


def test_no_command_is_a_usage_error() -> None:
    """`diplomeet` alone prints help to stderr and exits 2."""
    assert main([]) == 2


@pytest.mark.parametrize("command", ["parse", "batch", "evaluate"])
def test_every_command_that_reads_input_documents_its_exit_codes(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The --help of each command that can fail lists its exit codes."""
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "exit codes:" in out
    assert "  2    usage error" in out


def test_parse_help_does_not_speak_of_batch_switches(capsys: pytest.CaptureFixture[str]) -> None:
    """`parse --help` gives parse's own exit codes, not the batch's --resume or errors file."""
    assert main(["parse", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--resume" not in out
    assert "errors file" not in out
    assert "input.empty" in out


class _ClosedPipe:
    """A standard output whose reader went away, as `diplomeet parse ... | head` leaves it."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, f"Broken pipe: {len(text)} characters not written")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_closed_output_stops_quietly_with_141(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reader that stops early ends the run with exit 141 and no traceback."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLES[0], encoding="utf-8")
    monkeypatch.setattr("sys.stdout", _ClosedPipe())

    assert main(["parse", str(article), "--format", "table"]) == 141
    assert main(["schema"]) == 141
    assert capsys.readouterr().err == ""


def test_parse_reads_the_article_files_of_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder gives its .txt/.html/.htm files, recursively and sorted, one JSON line each."""
    (tmp_path / "b.txt").write_text("Talks were held in Rome.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.html").write_text("<p>Talks were held in Oslo.</p>", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("id,published\n", encoding="utf-8")

    code = main(["parse", str(tmp_path)])

    out, err = capsys.readouterr()
    assert code == 0, err
    texts = [json.loads(line)["text"] for line in out.splitlines()]
    assert len(texts) == 2
    assert "Rome" in texts[0]
    assert "Oslo" in texts[1]


def test_parse_table_of_a_folder_names_each_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder holding one file still shows which file each table is of."""
    (tmp_path / "only.txt").write_text("Talks were held in Rome.", encoding="utf-8")

    assert main(["parse", str(tmp_path), "--format", "table"]) == 0
    assert f"== {tmp_path / 'only.txt'}" in capsys.readouterr().out


def test_parse_of_a_folder_without_articles_fails_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder with no article file in it is reported, exit 1."""
    (tmp_path / "notes.csv").write_text("id,published\n", encoding="utf-8")

    assert main(["parse", str(tmp_path)]) == 1
    assert "no .txt, .html or .htm file" in capsys.readouterr().err


def test_parse_points_a_batch_input_to_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON lines of articles given to `parse` are not read as one article: use `batch`."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": ARTICLES[0]})
        + "\n"
        + json.dumps({"html": "<p>Talks.</p>"})
        + "\n",
        encoding="utf-8",
    )
    story = tmp_path / "story.txt"
    story.write_text('{"text" is a word in braces} the ministers met in Rome.', encoding="utf-8")

    code = main(["parse", str(corpus), str(story)])

    out, err = capsys.readouterr()
    assert code == 1
    assert f"diplomeet batch {corpus} --out" in err
    assert len(out.splitlines()) == 1  # the story alone
    assert "ministers met in Rome" in json.loads(out)["text"]


# --- parse: formats ---------------------------------------------------------------------


def test_parse_json_is_exactly_the_records_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format json prints to_json(article, indent=2), --format jsonl prints to_json(article)."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLES[0], encoding="utf-8")
    expected = diplomeet.parse(ARTICLES[0], published=date(2024, 5, 7))

    assert main(["parse", str(article), "--published", "2024-05-07", "--format", "json"]) == 0
    assert capsys.readouterr().out == diplomeet.to_json(expected, indent=2) + "\n"
    assert main(["parse", str(article), "--published", "2024-05-07", "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == diplomeet.to_json(expected) + "\n"


def test_parse_json_of_several_files_is_one_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format json with several files prints one JSON array of articles."""
    files = []
    for i, text in enumerate(ARTICLES):
        files.append(tmp_path / f"{i}.txt")
        files[-1].write_text(text, encoding="utf-8")

    assert main(["parse", *map(str, files), "--format", "json"]) == 0

    parsed = json.loads(capsys.readouterr().out)
    assert [a["text"] for a in parsed] == [diplomeet.parse(t).text for t in ARTICLES]


def test_parse_table_names_every_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format table prints the source and one block per record kind, for people."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLES[2], encoding="utf-8")

    assert main(["parse", str(article), "--published", "2024-07-03", "--format", "table"]) == 0

    out = capsys.readouterr().out
    assert out.startswith("source ")
    for section in ("MEETINGS", "STATEMENTS", "INCIDENTS", "DATES", "DIAGNOSTICS"):
        assert f"\n{section}" in out


def _hand_built() -> ParsedArticle:
    text = (
        "Ministers met in Hanoi on Monday. "
        '"We agreed," the minister said. '
        "A drone struck a depot near the border."
    )

    def span(words: str) -> Span:
        start = text.index(words)
        return Span(start=start, end=start + len(words), text=words)

    monday = TimeRef(
        text="on Monday",
        value="2024-05-06",
        start=date(2024, 5, 6),
        end=date(2024, 5, 6),
        granularity="day",
        span=span("on Monday"),
    )
    minister = Actor(name="Pham Minh", title="Foreign Minister", country="VN")
    return ParsedArticle(
        source=Source(
            outlet="Example Wire",
            parser="generic",
            published=date(2024, 5, 7),
            published_from="caller",
        ),
        text=text,
        meetings=[
            Meeting(
                participants=[minister, Actor(name="Jane Roe", country="AU")],
                place=Place(name="Hanoi", country="VN"),
                when=monday,
                topics=["trade"],
                evidence=span("Ministers met in Hanoi on Monday."),
            )
        ],
        statements=[
            Statement(
                speaker=minister,
                quote="We agreed,",
                cue="said",
                evidence=span('"We agreed," the minister said.'),
            )
        ],
        incidents=[
            Incident(
                kind="attack",
                summary="A drone struck a depot near the border",
                evidence=span("A drone struck a depot near the border."),
            )
        ],
        dates=[monday],
    )


def test_table_shows_each_record_with_its_evidence() -> None:
    """Meetings, statements, incidents and dates each come with their evidence and offsets."""
    article = _hand_built()

    table = render_table(article, title="hanoi.txt", width=200)

    assert table.startswith("== hanoi.txt\n")
    assert "MEETINGS (1)" in table
    assert "Pham Minh (Foreign Minister, VN) + Jane Roe (AU)" in table
    assert "in Hanoi (VN)" in table
    assert "2024-05-06 ('on Monday')" in table
    assert "topics: trade" in table
    spans = [m.evidence for m in article.meetings] + [s.evidence for s in article.statements]
    spans += [i.evidence for i in article.incidents]
    for ev in spans:
        assert f"evidence [{ev.start}:{ev.end}] “{ev.text}”" in table
    assert "“We agreed,”" in table
    assert "attack" in table
    assert "at [23:32] “on Monday”" in table


def test_table_wraps_long_evidence_to_the_width() -> None:
    """No line of the table is wider than asked (long words aside)."""
    table = render_table(_hand_built(), width=50)
    assert max(len(line) for line in table.splitlines()) <= 50


def test_table_wraps_a_long_diagnostic_without_orphan_words() -> None:
    """A diagnostic's message fills each line: no line is broken early before a lone word."""
    article = diplomeet.parse(
        b"President Ana P\xe9rez met Prime Minister Jon Ulla in Lima on Monday."
    )
    width = 80
    table = render_table(article, width=width)
    block = table.split("DIAGNOSTICS")[1].splitlines()[1:]
    assert any("input.encoding" in line for line in block)
    for line, after in itertools.pairwise(block):
        if after.lstrip().split(".")[0].isdigit():  # the next diagnostic starts
            continue
        assert len(line) + 1 + len(after.split()[0]) > width, (line, after)


def test_parse_flags_a_non_english_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file in another language exits 1 with input.not_english on stderr."""
    article = tmp_path / "fr.txt"
    article.write_text(FRENCH, encoding="utf-8")

    assert main(["parse", str(article)]) == 1
    assert "input.not_english" in capsys.readouterr().err


# --- batch ------------------------------------------------------------------------------


def _jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_batch_exit_0_when_every_input_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """All good: exit 0, OUT has one line per record, the summary is on stderr."""
    source = _jsonl(
        tmp_path / "in.jsonl", [{"id": str(i), "text": t} for i, t in enumerate(ARTICLES)]
    )
    out = tmp_path / "out.jsonl"

    code = main(["batch", str(source), "--out", str(out), "--jobs", "1"])

    assert code == 0
    assert len(out.read_text().splitlines()) == 3
    err = capsys.readouterr().err
    assert "3 parsed, 0 failed" in err
    assert "articles/s" in err
    assert "records" in err


def test_batch_exit_1_when_some_inputs_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad record: exit 1, the good ones in OUT, the bad one in the named errors file."""
    source = _jsonl(
        tmp_path / "in.jsonl",
        [{"id": "good", "text": ARTICLES[0]}, {"id": "bad", "text": "", "published": "x"}],
    )
    out, errors = tmp_path / "out.jsonl", tmp_path / "bad.jsonl"

    code = main(["batch", str(source), "--out", str(out), "--errors", str(errors), "--jobs", "1"])

    assert code == 1
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["good"]
    (failure,) = [json.loads(x) for x in errors.read_text().splitlines()]
    assert (failure["id"], failure["line"], failure["error"]) == ("bad", 2, "input.invalid_date")
    assert str(errors) in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["batch", "missing.jsonl", "--out", "OUT"],
        ["batch", "IN", "--out", "OUT", "--jobs", "0"],
        ["batch", "IN", "--out", "OUT", "--resume", "--overwrite"],
        ["batch", "IN"],
    ],
)
def test_batch_usage_errors_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    """A missing input, a bad --jobs, clashing switches or no --out: exit 2."""
    monkeypatch.chdir(tmp_path)
    _jsonl(tmp_path / "IN", [{"id": "a", "text": ARTICLES[0]}])
    assert main(argv) == 2
    assert not (tmp_path / "OUT").exists()


def test_batch_refuses_to_overwrite_without_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An existing OUT is never clobbered: exit 2 and a hint; --resume then adds nothing."""
    source = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ARTICLES[0]}])
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(source), "--out", str(out), "--jobs", "1"]) == 0
    before = out.read_bytes()
    capsys.readouterr()

    assert main(["batch", str(source), "--out", str(out), "--jobs", "1"]) == 2
    assert "--resume" in capsys.readouterr().err
    assert main(["batch", str(source), "--out", str(out), "--jobs", "1", "--resume"]) == 0
    assert "0 parsed, 0 failed, 1 skipped" in capsys.readouterr().err
    assert out.read_bytes() == before


def test_batch_reads_a_directory_with_a_sidecar(tmp_path: Path) -> None:
    """A directory of .txt/.html files, dates from a CSV sidecar, binary files refused."""
    root = tmp_path / "articles"
    root.mkdir()
    (root / "one.txt").write_text(ARTICLES[0], encoding="utf-8")
    (root / "two.html").write_text(f"<html><body><p>{ARTICLES[1]}</p></body></html>")
    (root / "blob.txt").write_bytes(bytes(range(256)) * 8)
    sidecar = tmp_path / "dates.csv"
    sidecar.write_text("one.txt,2024-05-07\ntwo.html,2024-05-04\n")
    out = tmp_path / "out.jsonl"

    code = main(
        ["batch", str(root), "--out", str(out), "--published-file", str(sidecar), "--jobs", "1"]
    )

    assert code == 1
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert {x["id"]: x["article"]["source"]["published"] for x in lines} == {
        "one.txt": "2024-05-07",
        "two.html": "2024-05-04",
    }
    errors = (tmp_path / "out.errors.jsonl").read_text().splitlines()
    assert [json.loads(x)["error"] for x in errors] == ["input.binary"]


def test_batch_help_documents_exit_codes_and_formats(capsys: pytest.CaptureFixture[str]) -> None:
    """`diplomeet batch --help` shows the input and output shapes, exit codes and examples."""
    assert main(["batch", "--help"]) == 0
    out = capsys.readouterr().out
    for words in ('"id": ..., "article"', "130", "--resume", "example", "errors.jsonl"):
        assert words in out


def test_batch_progress_bar_can_be_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--progress draws the bar even when stderr is not a terminal; by default it does not."""
    source = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ARTICLES[0]}])

    assert main(["batch", str(source), "--out", str(tmp_path / "1.jsonl"), "--jobs", "1"]) == 0
    assert "1/1" not in capsys.readouterr().err
    argv = ["batch", str(source), "--out", str(tmp_path / "2.jsonl"), "--jobs", "1", "--progress"]
    assert main(argv) == 0
    assert "1/1" in capsys.readouterr().err


def test_batch_says_when_the_input_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing INPUT is named as missing, with what to give instead."""
    code = main(["batch", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "out.jsonl")])

    assert code == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("switch", [[], ["--overwrite"], ["--resume"]])
def test_batch_refuses_a_directory_as_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], switch: list[str]
) -> None:
    """--out naming a directory is a usage error that says so, whatever the switches."""
    source = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ARTICLES[0]}])
    (tmp_path / "outdir").mkdir()

    code = main(["batch", str(source), "--out", str(tmp_path / "outdir"), "--jobs", "1", *switch])

    assert code == 2
    assert "is a directory" in capsys.readouterr().err


def test_evaluate_names_a_missing_gold_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --gold folder that does not exist is named, not mistaken for a missing articles folder."""
    code = main(["evaluate", "--gold", str(tmp_path / "nope")])

    err = capsys.readouterr().err
    assert code == 2
    assert "gold folder" in err
    assert "does not exist" in err
    assert "--articles" not in err


def test_parse_decodes_with_the_encoding_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Latin-1 file reads whole with --encoding; without it, stderr says to pass one."""
    story = tmp_path / "old.txt"
    story.write_bytes(
        "Foreign Minister Inés Palacio met her Chilean counterpart in Lima.".encode("latin-1")
    )

    assert main(["parse", str(story)]) == 0
    out, err = capsys.readouterr()
    assert "U+FFFD" not in err
    assert "--encoding" in err
    assert "Inés" not in json.loads(out)["text"]

    assert main(["parse", str(story), "--encoding", "latin-1"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "Inés Palacio" in json.loads(out)["text"]


def test_parse_refuses_an_unknown_encoding_or_bytes_it_cannot_decode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown codec is a usage error; a file the codec cannot decode fails alone."""
    story = tmp_path / "old.txt"
    story.write_bytes("Talks with Inés Palacio were held.".encode("latin-1"))

    assert main(["parse", str(story), "--encoding", "klingon"]) == 2
    assert "unknown encoding" in capsys.readouterr().err
    assert main(["parse", str(story), "--encoding", "ascii"]) == 1
    assert "not ascii text" in capsys.readouterr().err


def test_an_unknown_option_shows_the_command_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """A wrong option after a command gets that command's usage and help hint, exit 2."""
    assert main(["parse", "story.txt", "--date", "2024-05-03"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: diplomeet parse")
    assert "unrecognized arguments: --date 2024-05-03" in err
    assert "diplomeet parse --help" in err


def test_parse_progress_bar_can_be_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--progress counts the files on stderr; by default, off a terminal, there is no bar."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Talks were held in Rome.", encoding="utf-8")

    assert main(["parse", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert "2/2" not in err
    assert main(["parse", str(tmp_path), "--progress"]) == 0
    forced_out, forced_err = capsys.readouterr()
    assert "2/2" in forced_err
    assert forced_out == out
