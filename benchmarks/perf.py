"""
Speed and memory of diplomeet, against its targets and against dateparser.

Run from the project root (``pip install -e '.[dev]'`` first)::

    python benchmarks/perf.py              # every figure, about a minute
    python benchmarks/perf.py --quick      # fewer repeats, for a quick look
    python benchmarks/perf.py --profile    # also profile parse() and print what dominates
    python benchmarks/perf.py --json out.json

The report opens with the build it measured: pure Python, or the opt-in compiled build
(mypyc extensions, docs/performance.md) with the modules that are compiled.  To measure the
compiled build, run the script where that package is the one imported (installed in the
environment, or ``PYTHONPATH`` naming the unpacked wheel).

Texts: the seed articles in ``../shared/seeds`` (or ``$DIPLOMEET_SHARED/seeds``), read at run
time and never copied, the project's own test articles (``tests/corpus/articles``) and the
examples (``examples/articles``).  Figures, on one core:

* per-article ``parse`` time (median of repeats) and throughput, with the time scaled to a
  500-word article, and the time per stage (outlet, dates, actors, meetings...);
* ``diplomeet.dates.find_dates`` against ``dateparser.search.search_dates`` on the same
  texts and publication date, as a ratio (dateparser is in the ``dev`` extra);
* ``import diplomeet`` time in a fresh interpreter;
* peak memory (``tracemalloc`` peak and ``ru_maxrss``) of a fresh interpreter parsing every
  text and the largest scaled article;
* linear scaling: ``parse`` time of one article repeated 1, 10 and 100 times (and 1000
  times without ``--quick``).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

import diplomeet
from diplomeet.dates import find_dates

ROOT: Final = Path(__file__).resolve().parent.parent
PUBLISHED: Final = date(2019, 6, 3)  # one fixed anchor: resolution cost does not depend on it
TARGET_MS_PER_500_WORDS: Final = 2.0
TARGET_DATEPARSER_RATIO: Final = 20.0
TARGET_IMPORT_MS: Final = 150.0
TARGET_PEAK_MB: Final = 100.0
SCALES: Final = (1, 10, 100)
#: Without --quick the scaling also runs 1000 copies (a 4 MB article): some costs only turn
#: quadratic past a few megabytes (a per-sentence scan over every date of the article did).
SCALES_FULL: Final = (*SCALES, 1000)


def _shared_seeds() -> Path | None:
    env = os.environ.get("DIPLOMEET_SHARED")
    seeds = (Path(env) if env else ROOT.parent / "shared") / "seeds"
    return seeds if seeds.is_dir() else None


def load_texts() -> dict[str, str]:
    """Return ``{label: text}`` for every benchmark article, in a stable order."""
    folders = [
        ("seed", _shared_seeds()),
        ("test", ROOT / "tests" / "corpus" / "articles"),
        ("example", ROOT / "examples" / "articles"),
    ]
    texts = {}
    for label, folder in folders:
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.txt")):
            texts[f"{label}/{path.stem}"] = path.read_text(encoding="utf-8")
    return texts


def words(text: str) -> int:
    """Count white-space separated words."""
    return len(text.split())


# CPU time of this process by default: on a loaded machine wall time also counts the time
# other processes held the core.  ``--clock wall`` switches to time.perf_counter.
CLOCKS: Final[dict[str, Callable[[], float]]] = {
    "cpu": time.process_time,
    "wall": time.perf_counter,
}
_clock: Callable[[], float] = time.process_time


def timed(work: Callable[[], object], *, min_runs: int, min_seconds: float) -> float:
    """Return the median seconds of one ``work()`` over enough runs to be stable."""
    work()  # warm up lazy tables and caches
    times = []
    began = time.perf_counter()
    while len(times) < min_runs or time.perf_counter() - began < min_seconds:
        t0 = _clock()
        work()
        times.append(_clock() - t0)
    return statistics.median(times)


def _children_cpu() -> float:
    import resource  # noqa: PLC0415 - Unix only

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def pin_to_one_core() -> str:
    """Run on one CPU where the OS allows it; say which."""
    if hasattr(os, "sched_setaffinity") and hasattr(os, "sched_getaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def bench_parse(texts: dict[str, str], *, quick: bool) -> dict[str, Any]:
    """Time ``parse`` on each text."""
    runs, seconds = (5, 0.05) if quick else (20, 0.3)
    rows = []
    for label, text in texts.items():
        t = timed(
            lambda t=text: diplomeet.parse(t, published=PUBLISHED),
            min_runs=runs,
            min_seconds=seconds,
        )
        rows.append({"article": label, "words": words(text), "ms": t * 1e3})
    total_s = sum(r["ms"] for r in rows) / 1e3
    total_words = sum(r["words"] for r in rows)
    return {
        "rows": rows,
        "articles_per_s": len(rows) / total_s,
        "words_per_s": total_words / total_s,
        "ms_per_500_words": 500 * total_s * 1e3 / total_words,
        "median_ms": statistics.median(r["ms"] for r in rows),
    }


def bench_dates(texts: dict[str, str], *, quick: bool) -> dict[str, Any] | None:
    """Time diplomeet's date finding and dateparser's on the same texts."""
    try:
        from dateparser.search import search_dates  # noqa: PLC0415 - optional peer
    except ImportError:
        return None
    base = datetime(PUBLISHED.year, PUBLISHED.month, PUBLISHED.day)  # noqa: DTZ001 - a date, not a clock
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"}
    runs, seconds = (3, 0.05) if quick else (10, 0.3)
    rows = []
    for label, text in texts.items():
        ours = timed(lambda t=text: find_dates(t, PUBLISHED), min_runs=runs, min_seconds=seconds)
        peer = timed(
            lambda t=text: search_dates(t, languages=["en"], settings=settings),
            min_runs=1 if quick else 3,
            min_seconds=0.0,
        )
        found_ours = len(find_dates(text, PUBLISHED)[0])
        found_peer = len(search_dates(text, languages=["en"], settings=settings) or [])
        rows.append(
            {
                "article": label,
                "diplomeet_ms": ours * 1e3,
                "dateparser_ms": peer * 1e3,
                "diplomeet_found": found_ours,
                "dateparser_found": found_peer,
            }
        )
    ours_total = sum(r["diplomeet_ms"] for r in rows)
    peer_total = sum(r["dateparser_ms"] for r in rows)
    parse_total = 0.0
    for text in texts.values():
        parse_total += 1e3 * timed(
            lambda t=text: diplomeet.parse(t, published=PUBLISHED), min_runs=runs, min_seconds=0.0
        )
    return {
        "rows": rows,
        "ratio_find_dates": peer_total / ours_total if ours_total else float("inf"),
        "ratio_full_parse": peer_total / parse_total if parse_total else float("inf"),
    }


def bench_import(repeats: int) -> dict[str, float]:
    """
    Time ``import diplomeet`` in fresh interpreters, minus an empty interpreter's start-up.

    Reports the minimum over ``repeats`` of the child's CPU time and wall time, and the
    cumulative figure of ``python -X importtime`` for the package.
    """
    cpu: list[float] = []
    wall: list[float] = []
    own: list[float] = []
    for _ in range(repeats):
        c0, t0 = _children_cpu(), time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        c1, t1 = _children_cpu(), time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import diplomeet"],
            check=True,
            capture_output=True,
            text=True,
        )
        c2, t2 = _children_cpu(), time.perf_counter()
        cpu.append((c2 - c1) - (c1 - c0))
        wall.append((t2 - t1) - (t1 - t0))
        # Lines of -X importtime: self microseconds, cumulative microseconds, module.
        for line in done.stderr.splitlines():
            m = re.match(r"import time:\s+\d+ \|\s+(\d+) \| diplomeet$", line)
            if m:
                own.append(int(m.group(1)) / 1e3)
    return {
        "cpu_ms": min(cpu) * 1e3,
        "wall_ms": min(wall) * 1e3,
        "importtime_ms": min(own) if own else float("nan"),
    }


def bench_memory() -> dict[str, float]:
    """
    Peak memory of a fresh interpreter parsing every text and the 100x article.

    Two children: one reads the process's peak resident set (``ru_maxrss``), one traces
    Python's allocations (``tracemalloc``, whose own bookkeeping would swell the first).
    """
    result: dict[str, float] = {}
    for mode in ("rss", "trace"):
        done = subprocess.run(  # noqa: S603
            [sys.executable, str(Path(__file__).resolve()), "--memory-child", mode],
            check=True,
            capture_output=True,
            text=True,
        )
        result.update(json.loads(done.stdout.strip().splitlines()[-1]))
    return result


def memory_child(mode: str) -> None:
    """Child side of :func:`bench_memory`: print one peak as JSON."""
    import resource  # noqa: PLC0415 - Unix only, and only here
    import tracemalloc  # noqa: PLC0415

    texts = load_texts()
    if mode == "trace":
        tracemalloc.start()
    for text in texts.values():
        diplomeet.parse(text, published=PUBLISHED)
    longest = max(texts.values(), key=len)
    diplomeet.parse(copies(longest, max(SCALES)), published=PUBLISHED)
    if mode == "trace":
        _, peak = tracemalloc.get_traced_memory()
        print(json.dumps({"tracemalloc_peak_mb": peak / 2**20}))
        return
    maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # macOS reports bytes
    print(json.dumps({"maxrss_mb": maxrss_kb * scale / 2**20}))


def copies(text: str, n: int) -> str:
    """
    Return ``n`` copies of ``text``, each line tagged with its copy number.

    The tags keep the copies distinct: outlet readers drop a paragraph repeated word for word
    (outlets repeat paragraphs), which would measure one copy, not ``n``.
    """
    return "\n\n".join(
        "\n".join(f"{line} ({k})" if line.strip() else line for line in text.splitlines())
        for k in range(n)
    )


def bench_scaling(texts: dict[str, str], *, quick: bool) -> dict[str, Any]:
    """Parse one article repeated 1x, 10x, 100x (and 1000x) in distinct copies, and compare."""
    label, base = max(texts.items(), key=lambda kv: len(kv[1]))
    rows = []
    for n in SCALES if quick else SCALES_FULL:
        text = copies(base, n)
        if n >= max(SCALES):  # one run: the smaller sizes have warmed the lazy tables
            t0 = _clock()
            diplomeet.parse(text, published=PUBLISHED)
            t = _clock() - t0
        else:
            t = timed(
                lambda t=text: diplomeet.parse(t, published=PUBLISHED),
                min_runs=1 if quick else 5,
                min_seconds=0.0 if quick else 0.2,
            )
        rows.append({"times": n, "chars": len(text), "ms": t * 1e3})
    one = rows[0]["ms"]
    for row in rows:
        row["ms_per_copy"] = row["ms"] / row["times"]
        row["vs_linear"] = row["ms"] / (one * row["times"])
    return {"article": label, "rows": rows}


def bench_stages(texts: dict[str, str], *, quick: bool) -> dict[str, float]:
    """
    CPU milliseconds per article spent in each stage of ``parse``, in pipeline order.

    The stages are called as ``parse`` calls them (private modules: this is a developer's
    view, to see where the time goes); ``document`` is the sentence split they share.
    """
    from diplomeet import _actors, _incidents, _language, _meetings, _statements  # noqa: PLC0415
    from diplomeet import outlets as _outlets  # noqa: PLC0415
    from diplomeet._document import Document  # noqa: PLC0415

    spent: dict[str, float] = {}

    def clock(stage: str, work: Callable[[], Any]) -> Any:
        t0 = _clock()
        result = work()
        spent[stage] = spent.get(stage, 0.0) + _clock() - t0
        return result

    rounds = 3 if quick else 10
    for _ in range(rounds):
        for text in texts.values():
            parser = clock("outlet detection", lambda t=text: _outlets.select_parser(t))
            body = clock("outlet layout", lambda t=text, p=parser: p.split(t)).body
            clock("language check", lambda b=body: _language.check_language(b))
            doc = Document(text=body, published=PUBLISHED)
            refs = clock("dates", lambda b=body: find_dates(b, PUBLISHED))[0]
            doc.dates.extend(refs)
            clock("document", lambda d=doc: d.sentences)
            clock("actors", lambda d=doc: _actors.mentions(d))
            clock("meetings", lambda d=doc: _meetings.find_meetings(d))
            clock("statements", lambda d=doc: _statements.find_statements(d))
            clock("incidents", lambda d=doc: _incidents.find_incidents(d))
    count = rounds * len(texts)
    return {stage: seconds * 1e3 / count for stage, seconds in spent.items()}


def profile(texts: dict[str, str], top: int = 25) -> str:
    """Profile ``parse`` over every text (pyinstrument if installed, else cProfile)."""

    def work() -> None:
        for _ in range(20):
            for text in texts.values():
                diplomeet.parse(text, published=PUBLISHED)

    try:
        from pyinstrument import Profiler  # noqa: PLC0415 - optional tool
    except ImportError:
        prof = cProfile.Profile()
        prof.runcall(work)
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
        return out.getvalue()
    profiler = Profiler(interval=0.0005)
    profiler.start()
    work()
    profiler.stop()
    text: str = profiler.output_text(unicode=False, color=False, show_all=False)
    return text


def build() -> dict[str, Any]:
    """
    Which build of diplomeet this interpreter runs: pure Python, or compiled (mypyc).

    The opt-in compiled build (docs/performance.md, "Compiled build") installs C extensions
    beside the ``.py`` files and Python imports the extensions; a module's ``__file__``
    tells which one it loaded.  Read after the benchmarks, when every stage is imported.
    """
    names = sorted(name for name in sys.modules if name.split(".")[0] == "diplomeet")
    compiled = [
        name
        for name in names
        if str(getattr(sys.modules[name], "__file__", None) or "").endswith((".so", ".pyd"))
    ]
    return {
        "kind": "compiled (mypyc)" if compiled else "pure Python",
        "compiled_modules": compiled,
        "imported_modules": len(names),
        "package": str(Path(diplomeet.__file__).resolve().parent),
    }


def _verdict(ok: bool) -> str:  # noqa: FBT001 - a flag is what it formats
    return "ok" if ok else "BELOW TARGET"


def report(results: dict[str, Any]) -> None:
    """Print the figures as plain text."""
    p = results["parse"]
    print(
        f"diplomeet {diplomeet.__version__} on Python {platform.python_version()}, "
        f"{platform.machine()}, {results['cpu']}, {results['clock']} clock, "
        f"load average {results['load']:.1f} on {os.cpu_count()} CPUs"
    )
    b = results["build"]
    print(
        f"build: {b['kind']}, {len(b['compiled_modules'])} of {b['imported_modules']} "
        f"diplomeet modules compiled, from {b['package']}"
    )
    print(f"\n== parse(), {len(p['rows'])} articles ==")
    print(f"{'article':40} {'words':>6} {'ms':>8}")
    for r in p["rows"]:
        print(f"{r['article']:40} {r['words']:6d} {r['ms']:8.3f}")
    print(
        f"median {p['median_ms']:.3f} ms/article; {p['articles_per_s']:.0f} articles/s; "
        f"{p['words_per_s']:.0f} words/s; {p['ms_per_500_words']:.3f} ms per 500 words "
        f"(target < {TARGET_MS_PER_500_WORDS} ms: "
        f"{_verdict(p['ms_per_500_words'] < TARGET_MS_PER_500_WORDS)})"
    )
    stages = results["stages"]
    print("\n== where parse() spends its time: CPU ms per article, by stage ==")
    for stage, ms in stages.items():
        print(f"{stage:20} {ms:7.3f}  {100 * ms / sum(stages.values()):4.0f}%")
    d = results["dates"]
    if d is None:
        print("\n== dates: dateparser not installed (pip install -e '.[dev]') ==")
    else:
        print("\n== date finding: diplomeet.dates.find_dates vs dateparser.search.search_dates ==")
        print(f"{'article':40} {'ours ms':>8} {'found':>5} {'dateparser ms':>14} {'found':>5}")
        for r in d["rows"]:
            print(
                f"{r['article']:40} {r['diplomeet_ms']:8.3f} {r['diplomeet_found']:5d} "
                f"{r['dateparser_ms']:14.2f} {r['dateparser_found']:5d}"
            )
        print(
            f"dateparser / find_dates = {d['ratio_find_dates']:.0f}x "
            f"(target >= {TARGET_DATEPARSER_RATIO:.0f}x: "
            f"{_verdict(d['ratio_find_dates'] >= TARGET_DATEPARSER_RATIO)}); "
            f"dateparser / whole parse() = {d['ratio_full_parse']:.1f}x"
        )
    i = results["import"]
    print(
        f"\n== import diplomeet (fresh interpreter, minus an empty one; best run) ==\n"
        f"CPU {i['cpu_ms']:.1f} ms (target < {TARGET_IMPORT_MS:.0f} ms: "
        f"{_verdict(i['cpu_ms'] < TARGET_IMPORT_MS)}); wall {i['wall_ms']:.1f} ms; "
        f"-X importtime cumulative {i['importtime_ms']:.1f} ms"
    )
    m = results["memory"]
    print(
        f"\n== peak memory (fresh interpreter, every text + the {max(SCALES)}x article) ==\n"
        f"tracemalloc peak {m['tracemalloc_peak_mb']:.1f} MB; ru_maxrss {m['maxrss_mb']:.1f} MB "
        f"(target < {TARGET_PEAK_MB:.0f} MB: {_verdict(m['maxrss_mb'] < TARGET_PEAK_MB)})"
    )
    s = results["scaling"]
    print(f"\n== linear scaling: {s['article']} repeated ==")
    print(f"{'copies':>6} {'chars':>9} {'ms':>10} {'ms/copy':>9} {'vs linear':>9}")
    for r in s["rows"]:
        print(
            f"{r['times']:6d} {r['chars']:9d} {r['ms']:10.2f} {r['ms_per_copy']:9.3f} "
            f"{r['vs_linear']:9.2f}"
        )
    if "profile" in results:
        print("\n== profile of parse() ==")
        print(results["profile"])


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print (and optionally save) the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--profile", action="store_true", help="profile parse() too")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--clock", choices=sorted(CLOCKS), default="cpu", help="what to time (default: cpu)"
    )
    parser.add_argument("--memory-child", choices=("rss", "trace"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        memory_child(args.memory_child)
        return 0
    texts = load_texts()
    if not texts:
        print("no articles found: put shared/ beside the project or set DIPLOMEET_SHARED")
        return 1
    global _clock  # noqa: PLW0603 - one switch for the whole run
    _clock = CLOCKS[args.clock]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    results: dict[str, Any] = {"cpu": pin_to_one_core(), "clock": args.clock, "load": load}
    results["parse"] = bench_parse(texts, quick=args.quick)
    results["stages"] = bench_stages(texts, quick=args.quick)
    results["dates"] = bench_dates(texts, quick=args.quick)
    results["import"] = bench_import(3 if args.quick else 7)
    results["memory"] = bench_memory()
    results["scaling"] = bench_scaling(texts, quick=args.quick)
    if args.profile:
        results["profile"] = profile(texts)
    results["build"] = build()
    report(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
