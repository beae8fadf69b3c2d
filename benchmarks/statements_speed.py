"""
Time the statements stage on real articles and print milliseconds per article and per 500 words.

Usage: ``python benchmarks/statements_speed.py [TEXT_DIR ...]`` (default: the seed articles
in ``../shared/seeds``, the project's own test articles in ``tests/corpus/articles`` and the
PolNeAR dev texts in ``../shared/data/polnear/dev/text``).  What the pipeline computes before
the statements stage (the dates, the actor links, the sentences) is computed before the clock
starts; the figure is the statements' own cost.  The clock is the process's CPU time, and the
median of seven runs is printed, so other work on the machine disturbs it little.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from diplomeet import dates
from diplomeet._actors import mentions
from diplomeet._document import Document
from diplomeet._statements import find_statements

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOLDERS = (
    SHARED / "seeds",
    ROOT / "tests" / "corpus" / "articles",
    SHARED / "data" / "polnear" / "dev" / "text",
)
RUNS = 7


def _documents(texts: list[str]) -> list[Document]:
    """Documents in the state the pipeline hands to the statements stage."""
    docs = []
    for text in texts:
        doc = Document(text=text)
        doc.dates.extend(dates.find_dates(text, None)[0])
        mentions(doc)
        _ = doc.sentences
        docs.append(doc)
    return docs


def main() -> None:
    """Parse every text of the folders and print the statements stage's speed."""
    folders = [Path(arg) for arg in sys.argv[1:]] or list(FOLDERS)
    texts = [
        p.read_text(encoding="utf-8").strip()
        for folder in folders
        for p in sorted(folder.glob("*.txt"))
    ]
    if not texts:
        sys.exit(f"no .txt articles in {', '.join(map(str, folders))}")
    words = sum(len(t.split()) for t in texts)
    runs = []
    for _ in range(RUNS):
        docs = _documents(texts)
        start = time.process_time()
        for doc in docs:
            find_statements(doc)
        runs.append(time.process_time() - start)
    took = statistics.median(runs)
    print(f"{len(texts)} articles, {words} words, median of {RUNS} runs (CPU time)")
    print(f"statements stage: {took / len(texts) * 1000:.3f} ms per article")
    print(f"statements stage: {took / words * 500 * 1000:.3f} ms per 500 words")


if __name__ == "__main__":
    main()
