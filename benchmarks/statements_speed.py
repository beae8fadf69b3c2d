"""
Time the statements stage on real articles and print milliseconds per 500 words.

Usage: ``python benchmarks/statements_speed.py [TEXT_DIR]`` (default: the PolNeAR dev texts
in ``../shared/data/polnear/dev/text``).  The actor links are built before the clock starts,
since the pipeline builds them once for all stages; the figure is the statements' own cost.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from diplomeet._actors import mentions
from diplomeet._document import Document
from diplomeet._statements import find_statements

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Parse every text of the folder and print the statements stage's speed."""
    folder = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
    )
    texts = [p.read_text(encoding="utf-8").strip() for p in sorted(folder.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(3):
        docs = [Document(text=t) for t in texts]
        for doc in docs:
            mentions(doc)
        start = time.perf_counter()
        for doc in docs:
            find_statements(doc)
        best = min(best, time.perf_counter() - start)
    print(f"{len(texts)} articles, {words} words")
    print(f"statements stage: {best / words * 500 * 1000:.3f} ms per 500 words")


if __name__ == "__main__":
    main()
