"""
Source fields and speed of the outlet stage on the shared gold sets.

Prints, per gold set, how many annotated articles get their authors / agencies exactly right
(case-folded sets, as the gold README scores them), and the median CPU time of select + split
(process time, so other processes on the machine disturb it little; one warm-up pass first).

    python benchmarks/outlets_source.py [SHARED_DIR]
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from diplomeet import outlets

SETS = {
    "seeds": ("gold/seeds", "seeds"),
    "polnear-dev": ("gold/polnear-dev", "data/polnear/dev/text"),
    "polnear-train": ("gold/polnear-train", "data/polnear/train/text"),
}


def _fold(items: object) -> set[str]:
    return {str(x).casefold() for x in items}  # type: ignore[attr-defined]


def main() -> None:
    """Print the figures."""
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[2] / "shared"
    verbose = "-v" in sys.argv
    for name, (gold_dir, text_dir) in SETS.items():
        counts = {"authors": [0, 0], "agencies": [0, 0], "spurious": [0, 0]}
        times: list[float] = []
        n = 0
        for gold_file in sorted((shared / gold_dir).glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            text = (shared / text_dir / gold["article"]).read_text(encoding="utf-8")
            outlets.select_parser(text).split(text)  # warm-up: lazy imports, caches
            start = time.process_time()
            for _ in range(5):
                layout = outlets.select_parser(text).split(text)
            times.append((time.process_time() - start) / 5)
            n += 1
            for field in ("authors", "agencies"):
                want = gold["source"].get(field)
                got = getattr(layout, field)
                if want is not None:
                    counts[field][1] += 1
                    counts[field][0] += _fold(want) == _fold(got)
                    if verbose and _fold(want) != _fold(got):
                        print(f"  {gold['article'][:45]} {field}: want {want} got {got}")
                else:
                    counts["spurious"][1] += 1
                    counts["spurious"][0] += bool(got)
                    if verbose and got:
                        print(f"  {gold['article'][:45]} {field}: unannotated, got {got}")
        print(
            f"{name:14} articles {n:4}  authors right {counts['authors'][0]}/{counts['authors'][1]}"
            f"  agencies right {counts['agencies'][0]}/{counts['agencies'][1]}"
            f"  found where unannotated {counts['spurious'][0]}/{counts['spurious'][1]}"
            f"  median {statistics.median(times or [0.0]) * 1000:.2f} ms/article"
        )


if __name__ == "__main__":
    main()
