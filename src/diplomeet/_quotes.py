"""
Quoted stretches of an article: where each quotation opens, closes and what it holds.

News prose marks quotations with curly (“ ”) or straight (") double quotes, or with
guillemets (« », as Spanish, French and Italian wires translated into English keep them);
single marks (U+2018, U+2019) nest inside them and sometimes stand alone in headlines, and
British-style copy quotes whole sentences in straight single marks ('We are ready,' he said).
A quotation that runs over several paragraphs leaves each paragraph open and reopens the
next one with an opening mark (the convention of the AP and Chicago style books); such a
quotation is one :class:`Quotation` with one part per paragraph.

The scan is one pass over the quote marks (a precompiled regex finds them), so its cost is
linear in the text however many marks it holds.
"""

from __future__ import annotations

import re
from functools import partial
from itertools import starmap
from typing import Final

import attrs

__all__ = ["TURN_RE", "Quotation", "find_quotations"]

_MARKS: Final = '"\u201c\u201d'
_SINGLES: Final = "\u2018\u2019"
# Guillemets read as the curly marks they stand for: one character each, so every offset
# found in the translated text is one of the article's.
_GUILLEMETS: Final = str.maketrans("\u00ab\u00bb", "\u201c\u201d")
# Where a straight single mark may open a quoted sentence, and what may end one inside it.
_SINGLE_OPEN_BEFORE: Final = frozenset(" \t")
_SINGLE_CLOSE_INSIDE: Final = frozenset(".,!?\u2026")
_SINGLE_CLOSE_AFTER: Final = frozenset("\n \t)\u2014\u2013;:")
_SINGLE_OPEN_AFTER: Final = frozenset(":.!?")  # "said: 'We ..." / "... blame. 'We ..."
# A phrase in single marks (where the article quotes so): "called it 'a red line'."
_PHRASE_OPEN_BEFORE: Final = frozenset(" \t(")
_PHRASE_CLOSE_AFTER: Final = _SINGLE_CLOSE_AFTER | frozenset(".,!?")
# Markup that is not prose: embedded tweets and other tags keep their attribute quotes.
_TAG_RE: Final = re.compile(r"</?[A-Za-z][^<>\n]{0,2000}>")
_NON_SPACE_RE: Final = re.compile(r"\S")
# A speaker's turn in a transcript: "SMITH: ...", "MR. JONES: ...".
TURN_RE: Final = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}:")

_OPEN_BEFORE: Final = frozenset(" \t([{\u2014\u2013-/\u2018\u201c'\u00a0")
_CLOSE_AFTER: Final = frozenset(" \t.,;:!?)]}\u2014\u2013-/\u2019\u201d'\u00a0\u2026")

_OPEN, _CLOSE, _EITHER = 1, 2, 3


@attrs.frozen
class Quotation:
    """
    One quotation: its marks and the quoted words (one part per paragraph it covers).

    Attributes:
        open: Offset of the opening mark.
        close: Offset of the closing mark, or of the end of the last part when unclosed.
        parts: ``(start, end)`` offsets of the quoted words in each paragraph.
        closed: Whether a closing mark was found.
    """

    open: int
    close: int
    parts: tuple[tuple[int, int], ...]
    closed: bool = True

    @property
    def start(self) -> int:
        """Offset of the first quoted character."""
        return self.parts[0][0]

    @property
    def end(self) -> int:
        """Offset one past the last quoted character."""
        return self.parts[-1][1]

    @property
    def after(self) -> int:
        """Offset just past the closing mark (or the end of the words when unclosed)."""
        return self.close + 1 if self.closed else self.close

    def words(self, text: str) -> str:
        """Return the quoted words, paragraphs joined by one space."""
        return " ".join([words for s, e in self.parts if (words := text[s:e].strip())])


def _orientation(text: str, i: int) -> int:
    """Guess whether the mark at ``i`` opens or closes a quotation from its neighbours."""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    may_open = before == "\n" or before in _OPEN_BEFORE
    may_close = after == "\n" or after in _CLOSE_AFTER
    if may_open and after in " \t\n" and before != "\n":
        may_open = False
    mark = text[i]
    if mark == "\u201c":
        return _CLOSE if may_close and not may_open and after in " \t\n" else _OPEN
    if mark == "\u201d":
        return _OPEN if may_open and not may_close else _CLOSE
    if may_open and not may_close:
        return _OPEN
    if may_close and not may_open:
        return _CLOSE
    return _EITHER


def _continues(text: str, open_at: int, reopen: int) -> bool:
    """
    Whether the mark at ``reopen`` (a paragraph start) continues the quotation at ``open_at``.

    The reopening mark must be an opening one of the same family (straight or curly), and the
    new paragraph must not start a speaker's turn of a transcript ("SMITH: ...").
    """
    if _orientation(text, reopen) == _CLOSE:
        return False
    if (text[open_at] == '"') != (text[reopen] == '"'):
        return False
    return TURN_RE.match(text, reopen + 1) is None


def _positions(text: str, chars: str) -> list[int]:
    """
    The offsets of ``chars`` in ``text``, in order.

    ``str.find`` skips to each mark at C speed; a regex scan would step through every
    character.
    """
    out: list[int] = []
    find = text.find
    for ch in chars:
        pos = find(ch)
        while pos >= 0:
            out.append(pos)
            pos = find(ch, pos + 1)
    out.sort()
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the non-empty lines of ``text``."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line:
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _masked(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TAG_RE.finditer(text)]


def find_quotations(text: str) -> list[Quotation]:  # noqa: C901, PLR0912, PLR0915 - one pass, one state machine
    """
    Return the quotations of ``text`` in order.

    Args:
        text: The article body, one paragraph per line.

    Returns:
        Every double-quoted stretch (continued over paragraphs where the next paragraph
        reopens the quotation), plus stand-alone single-quoted stretches (U+2018 ... U+2019)
        that lie
        outside any double quotation.
    """
    if "\u00ab" in text or "\u00bb" in text:
        text = text.translate(_GUILLEMETS)
    masks = _masked(text)
    marks: list[int] = []
    mask_i = 0
    for pos in _positions(text, _MARKS):
        while mask_i < len(masks) and masks[mask_i][1] <= pos:
            mask_i += 1
        if mask_i < len(masks) and masks[mask_i][0] <= pos:
            continue
        marks.append(pos)

    out: list[Quotation] = []
    lines = _lines(text)
    line_i = 0
    pending: list[tuple[int, int]] = []  # finished parts of a quotation continued from above
    open_at = -1  # offset of the current opening mark, -1 when outside
    first_open = -1
    k = 0
    n_marks = len(marks)
    while line_i < len(lines):
        line_start, line_end = lines[line_i]
        while k < n_marks and marks[k] < line_start:
            k += 1
        while k < n_marks and marks[k] < line_end:
            pos = marks[k]
            k += 1
            kind = _orientation(text, pos)
            if open_at < 0:
                if kind == _CLOSE:
                    continue  # a stray closing mark
                open_at = pos
                if not pending:
                    first_open = pos
                continue
            if kind == _OPEN:
                # A second opening mark: the earlier quotation was never closed.
                if pos - open_at > 1:
                    out.append(_make(text, first_open, [*pending, (open_at + 1, pos)]))
                pending = []
                open_at = first_open = pos
                continue
            parts = [*pending, (open_at + 1, pos)]
            out.append(Quotation(open=first_open, close=pos, parts=tuple(parts)))
            pending = []
            open_at = -1
        if open_at >= 0:
            part = (open_at + 1, line_end)
            nxt = lines[line_i + 1][0] if line_i + 1 < len(lines) else -1
            if nxt >= 0 and k < n_marks and marks[k] == nxt and _continues(text, open_at, nxt):
                pending.append(part)
                open_at = nxt
                k += 1
            else:
                out.append(_make(text, first_open, [*pending, part]))
                pending = []
                open_at = -1
        line_i += 1
    out.extend(_single_quotations(text, out, masks))
    if "'" in text:
        singles = _straight_single_quotations(text, out, masks)
        if singles and not marks:
            # The house style quotes in straight single marks: phrases too ('every reason')
            singles = _straight_single_quotations(text, out, masks, phrases=True)
        out.extend(singles)
    out.sort(key=lambda q: q.open)
    # (C-level iteration: a generator closed early by any() costs more than the search)
    search = partial(_NON_SPACE_RE.search, text)
    return [q for q in out if any(starmap(search, q.parts))]


def _make(text: str, first_open: int, parts: list[tuple[int, int]]) -> Quotation:
    """An unclosed quotation: its last part ends at the last non-space character."""
    s, e = parts[-1]
    while e > s and text[e - 1].isspace():
        e -= 1
    parts[-1] = (s, e)
    return Quotation(open=first_open, close=e, parts=tuple(parts), closed=False)


def _single_quotations(
    text: str, doubles: list[Quotation], masks: list[tuple[int, int]]
) -> list[Quotation]:
    """Return single-quoted (U+2018 ... U+2019) quotations outside every double quotation."""
    covered = sorted([(q.open, q.after) for q in doubles] + masks)
    out: list[Quotation] = []
    open_at = -1
    cov_i = 0
    for pos in _positions(text, _SINGLES):
        while cov_i < len(covered) and covered[cov_i][1] <= pos:
            cov_i += 1
        if cov_i < len(covered) and covered[cov_i][0] <= pos:
            open_at = -1
            continue
        before = text[pos - 1] if pos > 0 else "\n"
        after = text[pos + 1] if pos + 1 < len(text) else "\n"
        if text[pos] == "\u2018":
            if not before.isalnum():
                open_at = pos
            continue
        if open_at < 0 or after.isalnum() or before.isspace():
            continue
        if "\n" in text[open_at:pos]:
            open_at = -1
            continue
        out.append(Quotation(open=open_at, close=pos, parts=((open_at + 1, pos),)))
        open_at = -1
    return out


def _straight_single_quotations(
    text: str, found: list[Quotation], masks: list[tuple[int, int]], *, phrases: bool = False
) -> list[Quotation]:
    """
    Return sentences quoted in straight single marks, outside every other quotation.

    British-style copy writes 'We are ready,' he said.  A straight mark is also the
    apostrophe ("don't", "the leaders' talks"), so a quotation is read only where it cannot
    be one: the opening mark stands at a paragraph start, after a colon and a space
    ("said: 'We ...'"), after a sentence's end and a space ("... blame. 'We ...") or after
    a single-quoted sentence of the same paragraph, before a letter; the closing mark
    follows the sentence's own punctuation (``.,!?``) and stands before a space or a
    paragraph end; both in one paragraph.

    With ``phrases`` (an article that quotes only in straight single marks, and has quoted
    a sentence so), a phrase is read too ("had 'every reason' to stay"): the opening mark
    after any space or bracket, before a letter; the closing one after a word, before a
    space or punctuation.
    """
    covered = sorted([(q.open, q.after) for q in found] + masks)
    out: list[Quotation] = []
    open_at = last_close = -1
    cov_i = 0
    end = len(text)
    for pos in _positions(text, "'"):
        while cov_i < len(covered) and covered[cov_i][1] <= pos:
            cov_i += 1
        if cov_i < len(covered) and covered[cov_i][0] <= pos:
            open_at = -1
            continue
        before = text[pos - 1] if pos > 0 else "\n"
        after = text[pos + 1] if pos + 1 < end else "\n"
        if open_at >= 0 and "\n" in text[open_at:pos]:
            open_at = -1
        if open_at >= 0 and (
            (before in _SINGLE_CLOSE_INSIDE and after in _SINGLE_CLOSE_AFTER)
            or (phrases and before.isalnum() and after in _PHRASE_CLOSE_AFTER)
        ):
            out.append(Quotation(open=open_at, close=pos, parts=((open_at + 1, pos),)))
            open_at = -1
            last_close = pos
        elif (
            after.isalpha()
            and (
                before == "\n"
                or (phrases and before in _PHRASE_OPEN_BEFORE)
                or (
                    before in _SINGLE_OPEN_BEFORE
                    and (
                        text[pos - 2 : pos - 1] in _SINGLE_OPEN_AFTER
                        # "'...,' he said. 'More.'": the speaker's next quoted sentence
                        or (last_close >= 0 and "\n" not in text[last_close:pos])
                    )
                )
            )
        ):
            open_at = pos
    return out
