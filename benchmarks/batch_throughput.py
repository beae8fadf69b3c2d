"""
Throughput of ``diplomeet batch``: articles per second with one job and with N jobs.

Usage::

    python benchmarks/batch_throughput.py [--articles 2000] [--jobs N]

The corpus is the seed articles from the reference data (``$DIPLOMEET_SHARED`` or
``../shared``), or the test articles when it is absent, repeated under distinct ids.
Figures include the whole run: reading the input, the worker pool, writing the output.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from diplomeet.batch import run_batch

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> tuple[str, list[str]]:
    env = os.environ.get("DIPLOMEET_SHARED")
    seeds = (Path(env) if env else ROOT.parent / "shared") / "seeds"
    if seeds.is_dir():
        return "seed articles", [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    sys.path.insert(0, str(ROOT / "tests"))
    from batch_texts import ARTICLES  # noqa: PLC0415 - fallback only

    return "test articles", list(ARTICLES)


def main() -> None:
    """Build the corpus, run it with one job and with N, print the figures."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    cli.add_argument("--articles", type=int, default=2000, help="corpus size (default 2000)")
    cli.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)), help="N")
    args = cli.parse_args()
    name, texts = _texts()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus.jsonl"
        with source.open("w", encoding="utf-8") as f:
            for i in range(args.articles):
                record = {"id": f"a{i}", "text": texts[i % len(texts)], "published": "2016-04-21"}
                f.write(json.dumps(record) + "\n")
        print(f"{args.articles} articles ({name}, {source.stat().st_size / 1e6:.1f} MB of JSONL)")
        for jobs in sorted({1, args.jobs}):
            out = Path(tmp) / f"out-{jobs}.jsonl"
            summary = run_batch(source, out, jobs=jobs, progress=False)
            assert summary.parsed == args.articles, summary.describe()
            print(
                f"--jobs {jobs}: {summary.articles_per_second:8.1f} articles/s "
                f"({summary.seconds:.2f} s, {summary.records} records, "
                f"{out.stat().st_size / 1e6:.1f} MB out)"
            )


if __name__ == "__main__":
    main()
