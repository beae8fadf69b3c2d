"""
Python bytecodes executed per article by ``parse()``: a measure of speed that load does not move.

Run from the project root::

    python benchmarks/opcodes.py                # per article, by module and by function
    python benchmarks/opcodes.py --top 60       # more functions
    python benchmarks/opcodes.py --lines 30     # also the busiest source lines
    python benchmarks/opcodes.py --json out.json

On a machine shared with other work, time per article moves by 30-50% from one run to the
next, so a change of a few percent cannot be seen in ``perf.py``; valgrind's instruction
count is exact but takes minutes of a free core.  This script counts the bytecodes the
interpreter runs (``sys.settrace`` with ``frame.f_trace_opcodes``) while ``parse()`` reads the
same articles as ``perf.py`` (the seeds, ``tests/corpus/articles``, the examples) in the steady
state (after three untraced rounds), and attributes them to modules, functions and lines.
The count is the same from run to run, whatever the load (``PYTHONHASHSEED=0`` for the
last few, which set iteration orders), and takes about a minute.

It does not count the time spent in C (the regular-expression engine, ``str`` methods,
dictionaries): on this code about a quarter of a parse.  A change that moves work from
Python into one regular expression lowers the count more than the time; read it together
with ``perf.py`` or callgrind (docs/performance.md).  Modules of the compiled build run no
bytecode at all: measure that build with ``perf.py`` or callgrind only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from perf import load_texts

import diplomeet

WARM_ROUNDS = 3


def _label(code: CodeType) -> str:
    path = code.co_filename.replace("\\", "/")
    for marker in ("/src/", "site-packages/"):
        if marker in path:
            path = path.rsplit(marker, 1)[1]
            break
    return f"{path}:{code.co_firstlineno}:{code.co_name}"


def count(texts: list[str]) -> tuple[Counter[CodeType], Counter[tuple[str, int]]]:
    """The bytecodes ``parse()`` runs over ``texts``, by code object and by source line."""
    by_code: Counter[CodeType] = Counter()
    by_line: Counter[tuple[str, int]] = Counter()

    def local(frame: FrameType, event: str, _arg: object) -> Any:
        if event == "opcode":
            code = frame.f_code
            by_code[code] += 1
            by_line[code.co_filename, frame.f_lineno] += 1
        return local

    def start(frame: FrameType, _event: str, _arg: object) -> Any:
        frame.f_trace_opcodes = True
        return local

    sys.settrace(start)
    try:
        for text in texts:
            diplomeet.parse(text)
    finally:
        sys.settrace(None)
    return by_code, by_line


def main() -> None:
    """Count and print."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--top", type=int, default=30, help="functions to list (default 30)")
    ap.add_argument("--lines", type=int, default=0, help="source lines to list (default 0)")
    ap.add_argument("--json", type=Path, help="write the counts to this file")
    args = ap.parse_args()
    texts = list(load_texts().values())
    if not texts:
        print("no articles found: put shared/ beside the project or set DIPLOMEET_SHARED")
        sys.exit(1)
    for _ in range(WARM_ROUNDS):
        for text in texts:
            diplomeet.parse(text)
    by_code, by_line = count(texts)
    n = len(texts)
    total = sum(by_code.values())
    words = sum(len(t.split()) for t in texts)
    by_module: Counter[str] = Counter()
    by_function: Counter[str] = Counter()
    for code, ops in by_code.items():
        label = _label(code)
        by_module[label.split(":", 1)[0]] += ops
        by_function[label] += ops
    print(
        f"diplomeet {diplomeet.__version__} on Python {sys.version.split()[0]}: {n} articles, "
        f"{words / n:.0f} words on average"
    )
    print(f"bytecodes per article: {total / n:,.0f} ({total / words * 500:,.0f} per 500 words)")
    print("\n== by module ==")
    for module, ops in by_module.most_common(25):
        print(f"{ops / n:10,.0f} {100 * ops / total:5.1f}%  {module}")
    print(f"\n== by function (top {args.top}) ==")
    for function, ops in by_function.most_common(args.top):
        print(f"{ops / n:10,.0f} {100 * ops / total:5.2f}%  {function}")
    if args.lines:
        print(f"\n== by source line (top {args.lines}) ==")
        for (path, line), ops in by_line.most_common(args.lines):
            short = path.replace("\\", "/").rsplit("/src/", 1)[-1]
            print(f"{ops / n:10,.0f} {100 * ops / total:5.2f}%  {short}:{line}")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "articles": n,
                    "words": words,
                    "per_article": total / n,
                    "per_500_words": total / words * 500,
                    "modules": {k: v / n for k, v in by_module.most_common()},
                    "functions": {k: v / n for k, v in by_function.most_common()},
                },
                indent=1,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
