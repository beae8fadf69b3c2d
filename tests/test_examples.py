"""The example scripts run and give what examples/README.md says, on the example articles."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from diplomeet.batch import run_batch

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ARTICLES = EXAMPLES / "articles"
SIDECAR = ARTICLES / "published.csv"


def _run(script: str, *args: str) -> str:
    done = subprocess.run(  # noqa: S603 - our own scripts, with this interpreter
        [sys.executable, str(EXAMPLES / script), *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout


def _meetings(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as rows:
        return list(csv.DictReader(rows))


def test_meetings_table_has_one_row_per_meeting_with_evidence(tmp_path: Path) -> None:
    """Every meeting is a row with its participants, place, anchored date and evidence."""
    out = tmp_path / "meetings.csv"
    _run("meetings_table.py", str(ARTICLES), "--published", "2025-03-14", "--out", str(out))
    rows = _meetings(out)
    valletta = [r for r in rows if r["article"].endswith("valletta_summit_page.html")]
    assert [(r["status"], r["date"], r["place"]) for r in valletta] == [
        ("held", "2025-09-19", "Valletta"),
        ("held", "2025-02", "Tunis"),
    ]
    assert valletta[0]["participants"] == (
        "Daniel Farrugia (Prime Minister, MT); Hedi Ben Salem (President, TN)"
    )
    assert valletta[0]["published"] == "2025-09-19"  # the page's own date, not --published
    call = next(r for r in rows if r["setting"] == "phone call")
    assert call["countries"] == "PH;VN"
    assert call["date"] == "2025-03-13"  # "on Thursday" before Friday 14 March 2025
    assert "spoke by telephone" in call["evidence"]
    assert int(call["evidence_end"]) > int(call["evidence_start"])


def test_meetings_table_reads_batch_output_like_articles(tmp_path: Path) -> None:
    """The README's two ways, the folder and `diplomeet batch` output, give the same rows."""
    batch = tmp_path / "parsed.jsonl"
    summary = run_batch(ARTICLES, batch, jobs=1, published_file=SIDECAR, progress=False)
    assert summary.failed == 0
    from_files = tmp_path / "files.csv"
    from_batch = tmp_path / "batch.csv"
    _run(
        "meetings_table.py",
        str(ARTICLES),
        "--published-file",
        str(SIDECAR),
        "--out",
        str(from_files),
    )
    _run("meetings_table.py", str(batch), "--out", str(from_batch))
    assert sorted(map(str, _meetings(from_batch))) == sorted(map(str, _meetings(from_files)))
    assert len(_meetings(from_batch)) >= 6


def test_meetings_table_dates_each_article_from_the_sidecar(tmp_path: Path) -> None:
    """Each wire gets its own date from published.csv; the HTML page keeps the one it states."""
    out = tmp_path / "meetings.csv"
    _run("meetings_table.py", str(ARTICLES), "--published-file", str(SIDECAR), "--out", str(out))
    published = {row["article"]: row["published"] for row in _meetings(out)}
    assert published == {
        "hanoi_phone_call_wire.txt": "2025-03-14",
        "nairobi_state_visit.txt": "2024-05-03",
        "valletta_summit_page.html": "2025-09-19",
    }
    nairobi = next(r for r in _meetings(out) if r["place"] == "Nairobi")
    assert nairobi["date"] == "2024-05-03"  # "on Friday", the day of the story


def test_country_dyads_counts_pairs_with_first_and_last_date() -> None:
    """Two held meetings of Malta and Tunisia make one pair counted twice, with both dates."""
    rows = list(csv.reader(_run("country_dyads.py", str(ARTICLES), "--held-only").splitlines()))
    assert rows[0] == ["country_a", "country_b", "status", "meetings", "first", "last"]
    assert ["MT", "TN", "held", "2", "2025-02-01", "2025-09-19"] in rows
    assert all(row[2] == "held" for row in rows[1:])


def test_anchor_dates_moves_relative_dates_with_the_publication_date() -> None:
    """A "next month" is June for an article of 3 May 2024, July a month later."""
    out = _run(
        "anchor_dates.py", str(ARTICLES / "nairobi_state_visit.txt"), "--published", "2024-05-03"
    )
    before, after = out.split("the same words, published 2024-06-02:")
    assert "2024-06      2024-06-01 .. 2024-06-30 'next month'" in before
    assert "2024-07      'next month'" in after
    assert "2024-05-03   2024-05-03               'on Friday'" in before
