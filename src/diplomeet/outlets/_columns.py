"""
Narrow newspaper columns as OCR gives them, set back into paragraphs.

OCR gives one printed line per text line, words broken at a line's end by a hyphen ("meet-" /
"ing"); archive viewers hand out the uncorrected OCR of microfilmed pages this way.  A block of
such lines is set back into paragraphs before the page is read: a line ending a sentence closes
a paragraph, other lines run on, and a word broken across two lines is joined again.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["reflow_columns", "reflow_indented"]

#: The fewest lines a block must have to be read as a column (a head of three or four short
#: lines, a menu of links or a list of related stories is no column of prose).
_MIN_LINES: Final = 8
#: The fewest lines of a further block of a page that holds such a column.
_MIN_SHORT_LINES: Final = 3
#: A column's lines are short: newspaper columns hold 25 to 45 characters; none is longer.
_MAX_CHARS: Final = 60
_MIN_MEAN_CHARS: Final = 20
#: Most of a column's lines stop mid-sentence, and many run on into a lower-case word
#: (a menu's or a list's items each open on a capital).
_MIN_RUN_ON_SHARE: Final = 0.6
_MIN_LOWER_NEXT_SHARE: Final = 0.3
#: A line shorter than this share of the column's median line is a head's.
_HEAD_SHARE: Final = 0.6
# A sentence's end closing a line: the stop, maybe inside a quotation mark or a bracket.
_LINE_END_RE: Final = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$|[\"\u201d]$")
# A word broken at the line's end: a letter, then the hyphen.
_BROKEN_RE: Final = re.compile(r"[A-Za-z]-$")


def _is_column(lines: list[str], least: int = _MIN_LINES) -> bool:
    if len(lines) < least or max(map(len, lines)) > _MAX_CHARS:
        return False
    if sum(map(len, lines)) < _MIN_MEAN_CHARS * len(lines):
        return False
    run_on = sum(1 for line in lines if not _LINE_END_RE.search(line))
    lower_next = sum(1 for line in lines[1:] if line[:1].islower())
    return run_on >= _MIN_RUN_ON_SHARE * len(lines) and lower_next >= _MIN_LOWER_NEXT_SHARE * (
        len(lines) - 1
    )


def _reflow(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    current = ""
    # a head set in the column ("Minister to" / "visit Jakarta" over "The Minister ...")
    # has lines much shorter than the column's
    short = sorted(map(len, lines))[len(lines) // 2] * _HEAD_SHARE
    head = False
    for line in lines:
        if head and line[:1].isupper():
            paragraphs.append(current)
            current = ""
        if not current:
            current = line
            head = len(line) < short
        elif _BROKEN_RE.search(current) and line[:1].islower():
            # "meet-" / "ing": the hyphen was the printer's, not the word's
            current = current[:-1] + line
        else:
            current = f"{current} {line}"
        head = head and len(line) < short
        if _LINE_END_RE.search(current):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


#: A paragraph's first-line indent in a page set in hard-wrapped lines: two to eight spaces
#: (a centred section line or a boxed advertisement stands further in).
_MIN_INDENT: Final = 2
_MAX_INDENT: Final = 8
#: The fewest indented paragraphs, each run on over a line of its own, that make a block a
#: page set in indented paragraphs (one indented line may be a pull quote or a sign-off).
_MIN_INDENTED_PARAGRAPHS: Final = 2
#: A run-on line of such a page is as wide as the text column: never a short head's line.
_MIN_RUN_ON_CHARS: Final = 30
# A line with a word on it (a printed rule, "______" or "-----", has none).
_WORD_RE: Final = re.compile(r"[^\W_]")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _join_lines(lines: list[str]) -> str:
    current = ""
    for line in lines:
        if not current:
            current = line
        elif _BROKEN_RE.search(current) and line[:1].islower():
            current = current[:-1] + line  # "am-" / "bassador": the printer's hyphen
        else:
            current = f"{current} {line}"
    return current


def _indented_paragraphs(block: list[str], least: int) -> list[str] | None:
    """
    The paragraphs of ``block`` when it is set in indented paragraphs, else None.

    At least ``least`` of them must run on over a line of their own.
    """
    starts = [
        i
        for i, line in enumerate(block)
        if _MIN_INDENT <= _indent(line) <= _MAX_INDENT or (i == 0 and not _indent(line))
    ]
    if not starts or starts[0]:
        return None  # a block opening on a line further in (a centred head, a box)
    ends = [*starts[1:], len(block)]
    run_on = sum(1 for a, b in zip(starts, ends, strict=True) if b - a > 1 and _indent(block[a]))
    if run_on < least:
        return None
    for i, line in enumerate(block):
        if i not in starts and (_indent(line) or len(block[i - 1].strip()) < _MIN_RUN_ON_CHARS):
            return None  # a line standing further in, or after a short one: no such page
    return [
        _join_lines([line.strip() for line in block[a:b]])
        for a, b in zip(starts, ends, strict=True)
    ]


def _blocks(text: str) -> list[list[str]]:
    """The runs of lines with words, each closed by an empty line or a printed rule."""
    out: list[list[str]] = [[]]
    for line in text.split("\n"):
        if _WORD_RE.search(line):
            out[-1].append(line)
        else:
            out[-1].append(line)  # the separator closes its block
            out.append([])
    return out


def reflow_indented(text: str) -> str:
    """
    ``text`` with each block of hard-wrapped, indented paragraphs set one paragraph a line.

    Archive pages and old wire copy wrap every printed line and mark a paragraph only by its
    first line's indent ("     WASHINGTON (AP) -- Two jets ..." over lines flush left). A
    page is read so when one block (lines between empty ones or printed rules) holds at least
    two such paragraphs run on over lines of their own; then in each block with one or more,
    each indented line opens a paragraph and the flush lines after it run on (a word broken
    at a line's end by a hyphen joined again). Other pages stay as they are.
    """
    if "\n  " not in text:
        return text
    blocks = _blocks(text)
    for least in (_MIN_INDENTED_PARAGRAPHS, 1):
        out: list[str] = []
        found = False
        for block in blocks:
            lines = [line for line in block if _WORD_RE.search(line)]
            tail = block[len(lines) :]
            paragraphs = _indented_paragraphs(lines, least) if len(lines) > 1 else None
            found = found or paragraphs is not None
            out.extend(lines if paragraphs is None else paragraphs)
            out.extend(tail)
        if not found:
            return text
        if least == 1:
            return "\n".join(out)
    return text


def reflow_columns(lines: list[str]) -> list[str]:
    """
    ``lines`` with each block of narrow OCR column lines set back into paragraphs.

    Blocks are runs of non-empty lines between empty ones; a block is reflowed only when it
    reads as a column of prose (at least eight short lines, most stopping mid-sentence, many
    followed by a lower-case word), so headlines, menus and lists stay line by line.
    """
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        else:
            blocks.append([])
    # On a page set in columns, a short paragraph of the column (three lines or more) is one
    # too: "Thorvaldsson was more guard-" / "ed. He told ..." between longer blocks.
    least = _MIN_SHORT_LINES if any(map(_is_column, blocks)) else _MIN_LINES
    out: list[str] = []
    for block in blocks:
        out.extend(_reflow(block) if _is_column(block, least) else block)
        out.append("")
    out.pop()
    return out
