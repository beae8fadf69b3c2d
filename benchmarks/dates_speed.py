"""
Speed of diplomeet's date extraction and resolution against dateparser, in one process.

Reads the seed articles and their gold dates from ``../shared`` at run time and times:

- per article: :func:`diplomeet.dates.find_dates` vs ``dateparser.search.search_dates``
  (``RELATIVE_BASE`` = publication date);
- per expression: :func:`diplomeet.resolve` vs ``dateparser.parse`` on each gold text.

Both libraries are timed in CPU time (``time.process_time``, so that other processes on
a shared machine do not count), garbage collection off, in interleaved rounds: each round
times diplomeet then dateparser on the same input, and the best round of each is kept.

Usage::

    python benchmarks/dates_speed.py [--shared ../shared] [--repeat 20]
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from diplomeet.dates import find_dates, resolve

ROOT = Path(__file__).resolve().parent.parent


def _once(run: Callable[[], object], inner: int) -> float:
    """CPU seconds per call of ``run``, over ``inner`` calls in a row."""
    start = time.process_time()
    for _ in range(inner):
        run()
    return (time.process_time() - start) / inner


def _pair(
    ours: Callable[[], object], theirs: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """
    Best CPU time per call of each, over ``repeat`` interleaved rounds, collection off.

    diplomeet runs several times per round (its calls are short, under the clock's
    resolution alone), dateparser once.
    """
    best_ours = best_theirs = float("inf")
    gc.disable()
    try:
        for _ in range(repeat):
            best_ours = min(best_ours, _once(ours, 10))
            best_theirs = min(best_theirs, _once(theirs, 1))
    finally:
        gc.enable()
    return best_ours, best_theirs


def main(argv: list[str] | None = None) -> int:
    """Time both libraries on the seed articles and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    import dateparser  # noqa: PLC0415 - development dependency
    import dateparser.search  # noqa: PLC0415

    articles: list[tuple[str, str, date, list[str]]] = []
    for gold_path in sorted((args.shared / "gold" / "seeds").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (args.shared / "seeds" / gold["article"]).read_text(encoding="utf-8")
        phrases = [item["text"] for item in gold["dates"]]
        articles.append((gold["article"], text, date.fromisoformat(gold["published"]), phrases))

    # Warm both up (dateparser loads its language data lazily).
    for _, text, published, _ in articles:
        find_dates(text, published)
        base = datetime(published.year, published.month, published.day)  # noqa: DTZ001
        dateparser.search.search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})

    print(f"{'article':28} {'words':>5} {'diplomeet':>11} {'dateparser':>11} {'ratio':>7}")
    ours_total = theirs_total = 0.0
    for name, text, published, _ in articles:
        base = datetime(published.year, published.month, published.day)  # noqa: DTZ001
        ours, theirs = _pair(
            lambda t=text, p=published: find_dates(t, p),
            lambda t=text, b=base: dateparser.search.search_dates(
                t, languages=["en"], settings={"RELATIVE_BASE": b}
            ),
            args.repeat,
        )
        ours_total += ours
        theirs_total += theirs
        print(
            f"{name:28} {len(text.split()):5d} {ours * 1e3:9.3f}ms {theirs * 1e3:9.1f}ms "
            f"{theirs / ours:6.0f}x"
        )
    print(
        f"{'all five articles':28} {'':5} {ours_total * 1e3:9.3f}ms {theirs_total * 1e3:9.1f}ms "
        f"{theirs_total / ours_total:6.0f}x\n"
    )

    ours_each: list[float] = []
    theirs_each: list[float] = []
    for _, _, published, phrases in articles:
        base = datetime(published.year, published.month, published.day)  # noqa: DTZ001
        for phrase in phrases:
            ours, theirs = _pair(
                lambda p=phrase, d=published: resolve(p, d),
                lambda p=phrase, b=base: dateparser.parse(
                    p, languages=["en"], settings={"RELATIVE_BASE": b}
                ),
                args.repeat,
            )
            ours_each.append(ours)
            theirs_each.append(theirs)
    ours_mean = statistics.mean(ours_each)
    theirs_mean = statistics.mean(theirs_each)
    print(
        f"per expression ({len(ours_each)} gold texts): diplomeet.resolve {ours_mean * 1e6:.1f}us, "
        f"dateparser.parse {theirs_mean * 1e6:.1f}us, {theirs_mean / ours_mean:.0f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
