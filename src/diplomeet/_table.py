"""
The ``--format table`` view of a parsed article: for people reading a terminal.

One block per record kind (meetings, statements, incidents, dates, diagnostics); every
record shows its fields on one line and, below, the evidence it was read from, with its
character offsets into the article text.
"""

from __future__ import annotations

import re
import textwrap
from typing import Final

from diplomeet.records import (
    Actor,
    Incident,
    Meeting,
    ParsedArticle,
    Place,
    Span,
    Statement,
    TimeRef,
)

__all__ = ["render_table"]

#: Evidence longer than this is shortened, with an ellipsis, to keep the table scannable.
MAX_EVIDENCE: Final = 320
_SPACES: Final = re.compile(r"\s+")
_INDENT: Final = "     "


def render_table(article: ParsedArticle, *, title: str | None = None, width: int = 100) -> str:
    """
    Return the table view of ``article``.

    Args:
        article: The parsed article.
        title: A heading, usually the file name.
        width: Wrap lines at this many characters.
    """
    width = max(width, 40)
    src = article.source
    out: list[str] = []
    if title is not None:
        out.append(f"== {title}")
    published = src.published.isoformat() if src.published else "-"
    if src.published_from:
        published += f" (from {src.published_from})"
    out.append(f"source     {src.outlet or '-'} (parser {src.parser}) · published {published}")
    if src.headline:
        out.append(f"headline   {src.headline}")
    if src.authors:
        out.append(f"by         {', '.join(src.authors)}")
    if src.agencies:
        out.append(f"agencies   {', '.join(src.agencies)}")
    if src.url:
        out.append(f"url        {src.url}")
    _section(out, "MEETINGS", [_meeting(m, width) for m in article.meetings])
    _section(out, "STATEMENTS", [_statement(s, width) for s in article.statements])
    _section(out, "INCIDENTS", [_incident(i, width) for i in article.incidents])
    _section(out, "DATES", [_date(t, width) for t in article.dates])
    _section(
        out,
        "DIAGNOSTICS",
        [
            # one line: the numbered line is wrapped whole below, so no word is left alone
            f"{d.severity} {d.code}: {_SPACES.sub(' ', d.message).strip()}{_at(d.span)}"
            for d in article.diagnostics
        ],
    )
    return "\n".join(_fit(line, width) for text in out for line in text.split("\n")) + "\n"


def _fit(line: str, width: int) -> str:
    """Wrap a line wider than ``width``, continuing under its own indentation."""
    if len(line) <= width:
        return line
    indent = " " * (len(line) - len(line.lstrip(" ")))
    return textwrap.fill(
        line,
        width=width,
        subsequent_indent=indent + (" " * 7 if indent else " " * 11),
        break_long_words=False,
        break_on_hyphens=False,
    )


def _section(out: list[str], name: str, items: list[str]) -> None:
    out.append("")
    out.append(f"{name} ({len(items)})" if items else f"{name}: none")
    out.extend(f"{n:>3}. {item}" for n, item in enumerate(items, start=1))


def _meeting(m: Meeting, width: int) -> str:
    parts: list[str] = [m.status, " + ".join(_actor(a) for a in m.participants) or "?"]
    if m.place:
        parts.append(f"in {_place(m.place)}")
    if m.when:
        parts.append(_when(m.when))
    lines = [" · ".join(parts)]
    if m.accompanied_by:
        lines.append(f"{_INDENT}with {', '.join(_actor(a) for a in m.accompanied_by)}")
    if m.setting:
        lines.append(f"{_INDENT}setting: {m.setting}")
    if m.topics:
        lines.append(f"{_INDENT}topics: {'; '.join(m.topics)}")
    lines.append(_evidence(m.evidence, width))
    return "\n".join(lines)


def _statement(s: Statement, width: int) -> str:
    head = f"{s.mode} · {_actor(s.speaker) if s.speaker else 'unknown speaker'}"
    if s.cue:
        head += f" {s.cue}"
    if s.addressee:
        head += f" → {_actor(s.addressee)}"
    if s.when:
        head += f" · {_when(s.when)}"
    quote = _wrap(f"“{_flat(s.quote)}”", width)
    return "\n".join([head, quote, _evidence(s.evidence, width)])


def _incident(i: Incident, width: int) -> str:
    parts: list[str] = [i.kind]
    if i.actors:
        parts.append(", ".join(_actor(a) for a in i.actors))
    if i.place:
        parts.append(f"in {_place(i.place)}")
    if i.when:
        parts.append(_when(i.when))
    if i.casualties is not None:
        parts.append(f"{i.casualties} casualties")
    summary = _wrap(_flat(i.summary), width)
    return "\n".join([" · ".join(parts), summary, _evidence(i.evidence, width)])


def _date(t: TimeRef, width: int) -> str:
    bounds = ""
    if t.start and t.end and t.start != t.end:
        bounds = f" ({t.start.isoformat()} to {t.end.isoformat()})"
    line = f"{t.value:<12} {t.text!r}{bounds}"
    return line if t.span is None else line + "\n" + _evidence(t.span, width, label="at")


def _actor(a: Actor) -> str:
    extra = ", ".join(x for x in (a.title, a.country) if x)
    return f"{a.name} ({extra})" if extra else a.name


def _place(p: Place) -> str:
    name = f"{p.venue}, {p.name}" if p.venue else p.name
    return f"{name} ({p.country})" if p.country else name


def _when(t: TimeRef) -> str:
    return f"{t.value} ({t.text!r})"


def _at(span: Span | None) -> str:
    return "" if span is None else f" [{span.start}:{span.end}]"


def _flat(text: str) -> str:
    flat = _SPACES.sub(" ", text).strip()
    return flat if len(flat) <= MAX_EVIDENCE else flat[: MAX_EVIDENCE - 1].rstrip() + "…"


def _evidence(span: Span, width: int, *, label: str = "evidence") -> str:
    return _wrap(f"{label} [{span.start}:{span.end}] “{_flat(span.text)}”", width)


def _wrap(text: str, width: int, *, first: str = _INDENT) -> str:
    return textwrap.fill(
        text,
        width=width,
        initial_indent=first,
        subsequent_indent=_INDENT + "  ",
        break_long_words=False,
        break_on_hyphens=False,
    )
