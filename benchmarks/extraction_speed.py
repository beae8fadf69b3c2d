"""
Speed of actor, meeting and incident extraction on the seed and own-corpus articles.

Reads the seed articles from ``../shared/seeds`` (at run time) and the project's own corpus
(``tests/corpus/articles``), and prints, per article and on average, the CPU time of each
stage on a document prepared as :func:`diplomeet.parse` prepares it (body text and dates):

- actors: :func:`diplomeet._actors.mentions` on a fresh document;
- meetings: :func:`diplomeet._meetings.find_meetings` with the mentions already computed
  (its own work, including the scan for meeting and incident stems the two stages share);
- incidents: :func:`diplomeet._incidents.find_incidents` after the meetings stage, as in
  the pipeline (the shared stem scan already done);
- parse: the whole :func:`diplomeet.parse`;

each the best of three rounds of repeated runs, and the whole parse's cost per word (the
target: a ~500-word article in under 2 ms, i.e. 4 us per word).  ``--polnear`` adds the
PolNeAR development articles (``../shared/data/polnear/dev/text``) to the set.

``--against REV`` instead compares the meetings and incidents stages with those of the git
revision ``REV`` (e.g. ``6195c14``), run in turn on the same documents in interleaved rounds,
and prints the mean CPU time per article of each, before and now.

Usage::

    python benchmarks/extraction_speed.py [--shared ../shared] [--repeat 50] [--polnear]
    python benchmarks/extraction_speed.py --against 6195c14 [--polnear]
"""

from __future__ import annotations

import argparse
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from diplomeet import parse
from diplomeet._actors import mentions
from diplomeet._document import Document
from diplomeet._incidents import find_incidents
from diplomeet._meetings import find_meetings
from diplomeet.dates import find_dates

ROOT = Path(__file__).resolve().parent.parent


def _cpu_ms(run: Callable[[], object], repeat: int) -> float:
    """CPU milliseconds per call, the best of three rounds (the machine may be shared)."""
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for _ in range(repeat):
            run()
        best = min(best, time.process_time() - start)
    return best / repeat * 1000


def _document(body: str) -> Document:
    """A document as the pipeline hands it to the extraction stages, mentions computed."""
    doc = Document(text=body)
    doc.dates.extend(find_dates(body, None)[0])
    mentions(doc)
    return doc


def _stage_runs(body: str) -> tuple[Callable[[], object], ...]:
    """The runs timed for one article: actors, meetings, incidents."""
    doc = _document(body)
    kept = len(doc.diagnostics)

    def actors() -> None:
        mentions(Document(text=body))

    def meetings() -> None:
        doc.cache.pop("stems", None)  # the shared stem scan is the first stage's work
        find_meetings(doc)
        del doc.diagnostics[kept:]

    def incidents() -> None:
        find_incidents(doc)
        del doc.diagnostics[kept:]

    meetings()  # the stem scan stays cached for the incidents stage
    return actors, meetings, incidents


def _stages_at(rev: str) -> tuple[Callable[[Document], object], Callable[[Document], object]]:
    """``find_meetings`` and ``find_incidents`` as they were at git revision ``rev``."""
    found = []
    for name, function in (("_meetings", "find_meetings"), ("_incidents", "find_incidents")):
        source = subprocess.run(  # noqa: S603 - the revision the user names, read by git
            ["git", "show", f"{rev}:src/diplomeet/{name}.py"],  # noqa: S607 - git on PATH
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        module = ModuleType(f"diplomeet.{name}_at_{rev}")
        exec(compile(source, f"{rev}:{name}.py", "exec"), module.__dict__)  # noqa: S102 - our code
        found.append(getattr(module, function))
    return found[0], found[1]


def _compare(rev: str, bodies: list[str], repeat: int) -> None:
    """Print the meetings and incidents stages' CPU time per article, at ``rev`` and now."""
    old_meetings, old_incidents = _stages_at(rev)
    docs = [_document(body) for body in bodies]
    runs: dict[str, Callable[[Document], object]] = {
        "meetings before": old_meetings,
        "meetings now": find_meetings,
        "incidents before": old_incidents,
        "incidents now": find_incidents,
    }
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(7):  # interleaved rounds: a busy machine slows all alike
        for label, stage in runs.items():
            start = time.process_time()
            for _ in range(repeat):
                for doc in docs:
                    kept = len(doc.diagnostics)
                    if label == "meetings now":
                        doc.cache.pop("stems", None)  # the stem scan is the meetings stage's
                    stage(doc)
                    del doc.diagnostics[kept:]
            best[label] = min(best[label], (time.process_time() - start) / repeat / len(docs))
    print(f"{len(docs)} articles, {sum(len(b.split()) for b in bodies) // len(docs)} words each")
    for stage in ("meetings", "incidents"):
        before, now = best[f"{stage} before"], best[f"{stage} now"]
        print(
            f"{stage:10} at {rev}: {before * 1000:.3f} ms, now: {now * 1000:.3f} ms"
            f" per article ({before / now:.1f}x)"
        )


def main() -> None:
    """Time every article and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--polnear", action="store_true", help="add the PolNeAR dev articles")
    parser.add_argument("--against", metavar="REV", help="compare with a git revision")
    args = parser.parse_args()
    paths = sorted((args.shared / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))
    if args.polnear:
        paths += sorted((args.shared / "data" / "polnear" / "dev" / "text").glob("*"))
    if args.against:
        bodies = [parse(path.read_text(encoding="utf-8")).text for path in paths]
        _compare(args.against, bodies, max(1, args.repeat // 10))
        return
    total_words = 0
    totals = [0.0, 0.0, 0.0, 0.0]
    print(
        f"{'article':44} {'words':>6} {'actors ms':>10} {'meetings ms':>12}"
        f" {'incidents ms':>13} {'parse ms':>9} {'us/word':>8}"
    )
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        body = parse(raw).text
        words = len(body.split())
        figures = [_cpu_ms(run, args.repeat) for run in _stage_runs(body)]
        figures.append(_cpu_ms(lambda raw=raw: parse(raw), args.repeat))
        total_words += words
        totals = [t + f for t, f in zip(totals, figures, strict=True)]
        a, m, i, p = figures
        per_word = p * 1000 / max(words, 1)
        print(
            f"{path.name[:44]:44} {words:6d} {a:10.3f} {m:12.3f} {i:13.3f} {p:9.3f} {per_word:8.2f}"
        )
    n = len(paths)
    a, m, i, p = (t / n for t in totals)
    print(
        f"{'mean':44} {total_words // n:6d} {a:10.3f} {m:12.3f} {i:13.3f} {p:9.3f}"
        f" {totals[3] * 1000 / total_words:8.2f}"
    )


if __name__ == "__main__":
    main()
