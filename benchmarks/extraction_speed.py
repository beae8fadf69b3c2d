"""
Speed of actor, meeting and incident extraction on the seed and own-corpus articles.

Reads the seed articles from ``../shared/seeds`` (at run time) and the project's own corpus
(``tests/corpus/articles``), and prints, per article and in total, the CPU time per
article of :func:`diplomeet._actors.mentions` alone, of meetings plus incidents (which
share the mentions) and of the whole :func:`diplomeet.parse`, the best of three rounds of
repeated runs on fresh documents, and the whole parse's cost per word (the target: a
~500-word article in under 2 ms, i.e. 4 us per word).

Usage::

    python benchmarks/extraction_speed.py [--shared ../shared] [--repeat 50]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from diplomeet import parse
from diplomeet._actors import mentions
from diplomeet._document import Document
from diplomeet._incidents import find_incidents
from diplomeet._meetings import find_meetings

ROOT = Path(__file__).resolve().parent.parent


def _cpu_ms(run: object, repeat: int) -> float:
    """CPU milliseconds per call, the best of three rounds (the machine may be shared)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for _ in range(repeat):
            run()  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return best / repeat * 1000


def main() -> None:
    """Time every article and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    paths = sorted((args.shared / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))
    total_words = 0
    total_actors = total_all = total_parse = 0.0
    print(
        f"{'article':44} {'words':>6} {'actors ms':>10} {'+meetings+incidents ms':>24}"
        f" {'parse ms':>9} {'us/word':>8}"
    )
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        body = parse(raw).text
        words = len(body.split())

        def actors(body: str = body) -> None:
            mentions(Document(text=body))

        def everything(body: str = body) -> None:
            doc = Document(text=body)
            find_meetings(doc)
            find_incidents(doc)

        def whole(raw: str = raw) -> None:
            parse(raw)

        a = _cpu_ms(actors, args.repeat)
        b = _cpu_ms(everything, args.repeat)
        c = _cpu_ms(whole, args.repeat)
        total_words += words
        total_actors += a
        total_all += b
        total_parse += c
        per_word = c * 1000 / max(words, 1)
        print(f"{path.name[:44]:44} {words:6d} {a:10.2f} {b:24.2f} {c:9.2f} {per_word:8.2f}")
    n = len(paths)
    print(
        f"{'mean':44} {total_words // n:6d} {total_actors / n:10.2f} {total_all / n:24.2f}"
        f" {total_parse / n:9.2f} {total_parse * 1000 / total_words:8.2f}"
    )


if __name__ == "__main__":
    main()
