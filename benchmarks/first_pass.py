"""
The cost of ``parse`` on articles a process has not seen yet, pass after pass.

Usage::

    python benchmarks/first_pass.py [--articles 200] [--passes 3]

``perf.py`` times each article after a warm-up run, the steady state of a process that has
parsed the same texts before.  A batch over new articles pays more at first: the date scan
compiles the reader of each kind of expression the first time it finds one, and works out
which rules fit each common opening ("the next", "in March", "2019,") on its third
meeting (see docs/performance.md).  This script parses the PolNeAR training articles
(``$DIPLOMEET_SHARED/data/polnear/train/text`` or ``../shared/...``, read at run time) in
a fresh interpreter, ``--passes`` times in the same order, and prints the CPU time per
article of each pass for ``parse`` and for the date stage alone (``find_dates``, run just
before each ``parse``, so both see the same state of the caches).  The first passes cost
more than the last; the last is close to ``perf.py``'s steady state.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

import diplomeet
from diplomeet.dates import find_dates

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = date(2019, 6, 3)


def _articles(limit: int) -> list[str]:
    env = os.environ.get("DIPLOMEET_SHARED")
    folder = (Path(env) if env else ROOT.parent / "shared") / "data" / "polnear" / "train" / "text"
    if not folder.is_dir():
        sys.exit(f"no PolNeAR articles in {folder}; set DIPLOMEET_SHARED")
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))[:limit]]


def main(argv: list[str] | None = None) -> int:
    """Print the CPU milliseconds per article of each pass."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--dates", action="store_true", help="time find_dates, not parse")
    args = parser.parse_args(argv)
    texts = _articles(args.articles)
    words = sum(len(t.split()) for t in texts) / len(texts)
    t0 = time.process_time()
    diplomeet.parse("The ministers met on Monday.", published=PUBLISHED)  # the rule tables
    print(f"first call: {(time.process_time() - t0) * 1e3:.0f} ms")
    print(f"{len(texts)} articles, {words:.0f} words on average")
    name = "find_dates" if args.dates else "parse"
    for k in range(1, args.passes + 1):
        t1 = time.process_time()
        for text in texts:
            if args.dates:
                find_dates(text, PUBLISHED)
            else:
                diplomeet.parse(text, published=PUBLISHED)
        spent = (time.process_time() - t1) / len(texts)
        print(f"pass {k}: {name} {spent * 1e3:.2f} ms per article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
