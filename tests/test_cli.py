"""The command line: exit codes, output formats, help."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import diplomeet
from diplomeet.cli import main


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


@pytest.mark.parametrize("command", ["parse", "schema", "outlets"])
def test_every_command_help_shows_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each command's --help ends with an example."""
    assert main([command, "--help"]) == 0
    assert "example" in capsys.readouterr().out


def test_no_command_is_a_usage_error() -> None:
    """`diplomeet` alone prints help to stderr and exits 2."""
    assert main([]) == 2
