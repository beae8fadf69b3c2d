"""
Value accuracy of diplomeet's date resolution on TempEval-3 training data and MEANTIME.

Reads, at run time, TimeBank and AQUAINT (TimeML, ``../shared/data/tempeval3/tbaq/``) and
the English MEANTIME corpus (CAT XML, ``../shared/data/meantime_en/intra-doc_annotation/``),
anchors each document on its creation time (DCT) and reports, over the gold TIMEX3
expressions other than the DCT:

- mention mode: the gold text is resolved on its own (:func:`diplomeet.resolve`), with the
  tense read from its sentence;
- document mode: :func:`diplomeet.dates.find_dates` runs over the whole document; a gold
  expression counts when an overlapping found expression has exactly the gold value.

The same documents go through ``dateparser`` (``parse`` for mentions, ``search_dates`` for
documents, ``RELATIVE_BASE`` = DCT); a dateparser datetime counts when its ISO form starts
with the gold value, which is generous to it.

Usage::

    python benchmarks/dates_accuracy.py [--shared ../shared] [--no-dateparser] [--errors N]
        [--context] [--grep TEXT]

``--errors N`` lists misses by TIMEX3 type: gold text, gold value, what diplomeet found
over it (``-`` for nothing), and with ``--context`` the text around it.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from diplomeet.dates import find_dates, resolve
from diplomeet.dates._tense import Sentences, TenseCues

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Gold:
    """One gold TIMEX3: character offsets into the document text, type and value."""

    start: int
    end: int
    kind: str
    value: str


@dataclass
class Doc:
    """A document: its corpus, name, plain text, creation date and gold expressions."""

    corpus: str
    name: str
    text: str
    dct: date
    gold: list[Gold]


_TAG_RE = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(path: Path, corpus: str) -> Doc | None:
    """Read a TimeML file: text of ``<TEXT>`` without tags, TIMEX3 offsets, the DCT."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r'functionInDocument="CREATION_TIME"[^>]*>|<DCT>.*?value="([^"]+)"', raw)
    dct_value = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    if dct_match is None or dct_value is None:
        return None
    attrs = dict(_ATTR_RE.findall(dct_value.group(0)))
    dct = date.fromisoformat(attrs["value"][:10])
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    parts: list[str] = []
    length = 0
    gold: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG_RE.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):
            if open_timex is not None:
                start, attrs = open_timex
                if attrs.get("functionInDocument") != "CREATION_TIME":
                    gold.append(Gold(start, length, attrs.get("type", ""), attrs["value"]))
            open_timex = None
        else:
            open_timex = (length, dict(_ATTR_RE.findall(tag.group(3))))
    parts.append(html.unescape(body[position:]))
    return Doc(corpus, path.name, "".join(parts), dct, gold)


_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "'s", "n't", "'", "\u2019s"}


def _iso_or_dmy(value: str) -> date:
    """Read a DCT written ``2009-02-03`` or, in a few MEANTIME files, ``03-02-2009``."""
    if re.fullmatch(r"\d\d-\d\d-\d{4}", value):
        return date(int(value[6:]), int(value[3:5]), int(value[:2]))
    return date.fromisoformat(value[:10])


def read_meantime(path: Path) -> Doc | None:
    """Read a MEANTIME CAT file: tokens joined into text, TIMEX3 over token anchors."""
    raw = path.read_text(encoding="utf-8")
    tokens = re.findall(r'<token[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)</token>', raw)
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length = 0
    previous_sentence = None
    for sentence, token_id, token_text in tokens:
        word = html.unescape(token_text)
        if previous_sentence is not None:
            sep = "\n" if sentence != previous_sentence else " "
            if sep == " " and (word in _NO_SPACE_BEFORE or parts[-1] in {"(", "$"}):
                sep = ""
            parts.append(sep)
            length += len(sep)
        offsets[token_id] = (length, length + len(word))
        parts.append(word)
        length += len(word)
        previous_sentence = sentence
    text = "".join(parts)
    dct: date | None = None
    gold: list[Gold] = []
    for block in re.finditer(r"<TIMEX3([^>]*?)>(.*?)</TIMEX3>", raw, re.DOTALL):
        attrs = dict(_ATTR_RE.findall(block.group(1)))
        anchors = re.findall(r'<token_anchor t_id="(\d+)"', block.group(2))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = _iso_or_dmy(attrs["value"])
            continue
        if not anchors or not attrs.get("value"):
            continue
        start = min(offsets[a][0] for a in anchors)
        end = max(offsets[a][1] for a in anchors)
        gold.append(Gold(start, end, attrs.get("type", ""), attrs["value"]))
    if dct is None:
        return None
    return Doc("MEANTIME", path.name, text, dct, gold)


def load(shared: Path) -> list[Doc]:
    """Read every document of the three corpora."""
    docs: list[Doc] = []
    for corpus in ("TimeBank", "AQUAINT"):
        for path in sorted((shared / "data/tempeval3/tbaq" / corpus).glob("*.tml")):
            doc = read_timeml(path, corpus)
            if doc is not None:
                docs.append(doc)
    for path in sorted((shared / "data/meantime_en/intra-doc_annotation").glob("*/*.xml")):
        doc = read_meantime(path)
        if doc is not None:
            docs.append(doc)
    return docs


def diplomeet_document(doc: Doc) -> list[bool]:
    """For each gold expression: is it found, overlapping, with exactly the gold value?"""
    refs, _ = find_dates(doc.text, doc.dct)
    found = [(r.span.start, r.span.end, r.value) for r in refs if r.span is not None]
    results = []
    for g in doc.gold:
        near = [v for s, e, v in found if s < g.end and g.start < e]
        results.append(g.value in near)
        _FOUND[id(g)] = ",".join(near) or "-"
    return results


_FOUND: dict[int, str] = {}


def diplomeet_mention(doc: Doc) -> list[bool]:
    """For each gold expression: does resolving its text alone give the gold value?"""
    sentences = Sentences(doc.text)
    cues = TenseCues(doc.text)
    results = []
    for g in doc.gold:
        cue = cues.tense(g.start, g.end, sentences.around(g.start))
        tense = {"prospective": "future", "plan": None}.get(cue or "", cue)
        ref = resolve(doc.text[g.start : g.end], doc.dct, tense=tense)
        results.append(ref is not None and ref.value == g.value)
    return results


def _dp_ok(parsed: datetime | None, value: str) -> bool:
    return parsed is not None and value[:1].isdigit() and parsed.isoformat().startswith(value)


def dateparser_mention(doc: Doc, dp: Any) -> list[bool]:
    """dateparser.parse on each gold text, anchored on the DCT."""
    base = datetime(doc.dct.year, doc.dct.month, doc.dct.day)  # noqa: DTZ001 - naive like DCTs
    settings = {"RELATIVE_BASE": base}
    return [
        _dp_ok(dp.parse(doc.text[g.start : g.end], languages=["en"], settings=settings), g.value)
        for g in doc.gold
    ]


def dateparser_document(doc: Doc, dp_search: Any) -> list[bool]:
    """dateparser.search.search_dates over the document, anchored on the DCT."""
    base = datetime(doc.dct.year, doc.dct.month, doc.dct.day)  # noqa: DTZ001
    found_raw = dp_search(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    found: list[tuple[int, int, datetime]] = []
    cursor = 0
    for surface, parsed in found_raw:
        at = doc.text.find(surface, cursor)
        if at < 0:
            continue
        found.append((at, at + len(surface), parsed))
        cursor = at + len(surface)
    return [
        any(s < g.end and g.start < e and _dp_ok(p, g.value) for s, e, p in found) for g in doc.gold
    ]


def _kind(g: Gold) -> str:
    return g.kind or "?"


def main(argv: list[str] | None = None) -> int:  # noqa: C901, PLR0912 - a report script
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument(
        "--errors", type=int, default=0, help="print the N most frequent misses of each type"
    )
    parser.add_argument("--context", action="store_true", help="print misses in context")
    parser.add_argument("--grep", default="", help="only misses whose line contains this")
    args = parser.parse_args(argv)
    docs = load(args.shared)
    systems: dict[str, dict[str, Any]] = {
        "diplomeet": {"mention": diplomeet_mention, "document": diplomeet_document}
    }
    if not args.no_dateparser:
        warnings.simplefilter("ignore")
        import dateparser  # noqa: PLC0415 - optional development dependency
        import dateparser.search  # noqa: PLC0415

        systems["dateparser"] = {
            "mention": lambda d: dateparser_mention(d, dateparser),
            "document": lambda d: dateparser_document(d, dateparser.search.search_dates),
        }
    totals: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for doc in docs:
        for system, modes in systems.items():
            for mode, run in modes.items():
                for g, ok in zip(doc.gold, run(doc), strict=True):
                    for corpus in (doc.corpus, "all"):
                        for kind in (_kind(g), "all"):
                            cell = totals[(system, mode, f"{corpus}/{kind}")]
                            cell[0] += ok
                            cell[1] += 1
                    if not ok and system == "diplomeet" and mode == "document":
                        misses.append(
                            f"{doc.corpus} {doc.name} dct={doc.dct} {_kind(g)} "
                            f"{doc.text[g.start : g.end]!r} gold={g.value} got={_FOUND[id(g)]}"
                            + (
                                f" | {doc.text[max(0, g.start - 70) : g.end + 30]!r}"
                                if args.context
                                else ""
                            )
                        )
    print(f"{len(docs)} documents, DCT excluded\n")
    rows = sorted({key[2] for key in totals}, key=lambda k: (k.split("/")[0] != "all", k))
    header = f"{'corpus/type':24} {'n':>5}"
    for system, modes in systems.items():
        for mode in modes:
            header += f" {system[:9] + ' ' + mode[:3]:>14}"
    print(header)
    for row in rows:
        n = totals[("diplomeet", "document", row)][1]
        line = f"{row:24} {n:5d}"
        for system, modes in systems.items():
            for mode in modes:
                right, count = totals[(system, mode, row)]
                line += f" {100 * right / count:13.1f}%"
        print(line)
    if args.errors:
        print(f"\ndocument-mode misses: {len(misses)}; the {args.errors} most frequent by type")
        by_kind: dict[str, Counter[str]] = defaultdict(Counter)
        for miss in misses:
            if args.grep in miss:
                fields = miss.split(" ", 4)
                by_kind[fields[3]][fields[4]] += 1
        for kind_name, counter in sorted(by_kind.items(), key=lambda kv: -kv[1].total()):
            print(f"\n{kind_name} ({counter.total()} misses; got=- means nothing overlapping)")
            for miss, count in counter.most_common(args.errors):
                print(f"  {count:3d} x {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
