"""
Narrow newspaper columns as OCR gives them, set back into paragraphs.

OCR gives one printed line per text line, words broken at a line's end by a hyphen ("meet-" /
"ing"); archive viewers hand out the uncorrected OCR of microfilmed pages this way.  A block of
such lines is set back into paragraphs before the page is read: a line ending a sentence closes
a paragraph, other lines run on, and a word broken across two lines is joined again.
"""

from __future__ import annotations

import itertools
import re
from itertools import pairwise
from typing import Final

__all__ = ["reflow_columns", "reflow_indented", "reflow_wrapped", "without_jumps"]

#: The fewest lines a block must have to be read as a column (a head of three or four short
#: lines, a menu of links or a list of related stories is no column of prose).
_MIN_LINES: Final = 8
#: A column's lines are short: newspaper columns hold 25 to 45 characters, wire copy and
#: typewritten pages 60 to 70 (a teleprinter's line); none is longer.
_MAX_CHARS: Final = 70
#: A block too short to be judged alone (a paragraph of two to seven lines) is set back too
#: on a page whose other blocks are columns, when one of its lines runs on into a lower-case
#: word or breaks a word at its end ("Joost van der Aa, who" / "brokered the meeting").
_MIN_SHORT_LINES: Final = 2
#: A short block's lines may be a quarter wider than the column's widest (in quarters).
_WIDTH_SLACK: Final = 5
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


def _is_column(lines: list[str]) -> bool:
    if len(lines) < _MIN_LINES or max(map(len, lines)) > _MAX_CHARS:
        return False
    if sum(map(len, lines)) < _MIN_MEAN_CHARS * len(lines):
        return False
    run_on = sum(1 for line in lines if not _LINE_END_RE.search(line))
    lower_next = sum(1 for line in lines[1:] if line[:1].islower())
    return run_on >= _MIN_RUN_ON_SHARE * len(lines) and lower_next >= _MIN_LOWER_NEXT_SHARE * (
        len(lines) - 1
    )


def _block_runs_on(lines: list[str], widest: int) -> bool:
    if len(lines) < _MIN_SHORT_LINES or max(map(len, lines)) > widest:
        return False
    return any(
        not _LINE_END_RE.search(line) and (nxt[:1].islower() or _BROKEN_RE.search(line))
        for line, nxt in pairwise(lines)
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


def reflow_columns(lines: list[str]) -> list[str]:
    """
    ``lines`` with each block of narrow OCR column lines set back into paragraphs.

    Blocks are runs of non-empty lines between empty ones; a block is reflowed only when it
    reads as a column of prose (at least eight short lines, most stopping mid-sentence, many
    followed by a lower-case word), so headlines, menus and lists stay line by line.  On a page
    with such a block, a shorter block of lines no wider whose sentence runs on from one line
    into a lower-case word on the next is reflowed too (a short paragraph of the column).
    """
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        else:
            blocks.append([])
    columns = [_is_column(block) for block in blocks]
    # once the page holds a column, its shorter paragraphs are the column's too: an office
    # over a name over the rest of a sentence, four lines that close on a full stop
    paged = any(columns)
    # the page's column width: its short blocks' lines are no wider (OCR's lines vary a little)
    widest = max((max(map(len, b)) for b, c in zip(blocks, columns, strict=True) if c), default=0)
    widest = widest * _WIDTH_SLACK // 4
    out: list[str] = []
    for block, column in zip(blocks, columns, strict=True):
        joined = (
            column
            or (paged and _column_paragraph(block))
            or (widest > 0 and _block_runs_on(block, widest))
        )
        out.extend(_reflow(block) if joined else block)
        out.append("")
    out.pop()
    return out


#: The fewest lines of a short paragraph of a page whose column is read.
_PARAGRAPH_MIN_LINES: Final = 3


def _column_paragraph(lines: list[str]) -> bool:
    """
    A short paragraph of narrow column lines: most run on, the last closes a sentence.

    Read only on a page with a column of prose; a head of short lines closes no sentence.
    """
    if len(lines) < _PARAGRAPH_MIN_LINES or max(map(len, lines)) > _MAX_CHARS:
        return False
    if not _LINE_END_RE.search(lines[-1]):
        return False
    run_on = sum(1 for line in lines[:-1] if not _LINE_END_RE.search(line))
    return run_on >= _MIN_RUN_ON_SHARE * (len(lines) - 1)


#: A paragraph's first line indented by this many spaces at least, as typed transcriptions
#: and text exports of print columns set it ("     WASHINGTON (AP) -- Two ..."), its other
#: lines flush left; the opening line holds this many characters at least (a centred label
#: or a short title is no paragraph's opening).
_INDENT: Final = "   "
_NARROW_INDENT: Final = "  "
_INDENTED_MIN_CHARS: Final = 30
#: How many indented openings run on into a flush line a text must hold to be read so.
_INDENTED_MIN_PARAGRAPHS: Final = 2
#: What a flush line going on with a paragraph may open with besides a letter or a digit
#: (a rule of underscores or dashes under the paragraph is no part of it).
_RUN_ON_OPENINGS: Final = "\"'\u201c\u2018($`"


def reflow_indented(text: str) -> str:
    """
    ``text`` with paragraphs marked by indentation set back on one line each.

    "     Libya has claimed the whole gulf" / "since 1973, a claim ..." / "     Orme is ...":
    a line indented by three spaces or more opens a paragraph; the flush lines under it go
    on with it (a word broken by the printer's hyphen is joined again).  A text with fewer
    than two such paragraphs is returned as it is.
    """
    # (three spaces, or two as some transcriptions set it: "  THE Ambassador was called in
    # to" / "the Ministry yesterday ...", the wider tried first)
    for indent in (_INDENT, _NARROW_INDENT):
        if text.count("\n" + indent) < _INDENTED_MIN_PARAGRAPHS:
            continue
        lines = text.split("\n")
        openings = sum(
            1
            for before, line in itertools.pairwise(lines)
            if _opens_paragraph(before, indent)
            and not _closes(before.rstrip(), line)
            and _runs_on(line)
        )
        if openings >= _INDENTED_MIN_PARAGRAPHS:
            return _reflowed(lines, indent)
    return text


def _reflowed(lines: list[str], indent: str) -> str:
    """The lines of a text whose paragraphs open indented by ``indent``, one line each."""
    out: list[str] = []
    open_paragraph = False
    for line in lines:
        # (a line closing a sentence closes the paragraph: the flush line under an indented
        # wire paragraph, "UPI 07-15 06:12 PED", is the wire's stamp; but not inside a
        # quotation still open: '"The river is our border.' / 'Whoever wants it ...,"')
        if (
            open_paragraph
            and _runs_on(line)
            and (not _closes(out[-1].rstrip(), line) or _quotation_open(out[-1]))
        ):
            last = out[-1].rstrip()
            if _BROKEN_RE.search(last) and line[:1].islower():
                out[-1] = last[:-1] + line.rstrip()
            else:
                out[-1] = f"{last} {line.rstrip()}"
            continue
        # (a flush line of prose under a paragraph's closed sentence opens a paragraph the
        # typist did not indent: the lines under it go on with it)
        open_paragraph = _opens_paragraph(line, indent) or (
            open_paragraph and _runs_on(line) and len(line) >= _INDENTED_MIN_CHARS
        )
        out.append(line)
    return "\n".join(out)


def _quotation_open(paragraph: str) -> bool:
    """Whether ``paragraph`` opens a quotation it has not closed yet (straight or curly marks)."""
    return paragraph.count('"') % 2 == 1 or paragraph.count("\u201c") > paragraph.count("\u201d")


# A name's initial closing a line: "Secretary of State Harold J." / "Brenner will see ...".
# (or a title's abbreviation before the name: "the Foreign Minister, Dr." / "Jane Doe, and
# ...", "flanked by Brig.-Gen." / "John Roe")
_INITIAL_END_RE: Final = re.compile(
    r"(?<![\w.'\u2019-])[A-Z]\.$|(?<![\w.'\u2019])(?:Dr|Mr|Mrs|Ms|Messrs|Mme|Prof|Rev|Gen|Lt"
    r"|Col|Maj|Capt|Cmdr|Brig|Adm|Sgt|Sen|Rep|Gov|Hon|Amb)\.$"
)


def _closes(last: str, line: str) -> bool:
    """
    Whether the paragraph line ``last`` closes its sentence before the flush ``line``.

    A sentence's stop closes it, save a name's initial ("Harold J." over "Brenner will
    see"); a closing quotation mark with no stop before it ('told him the United States "will
    not stand idle"' over "while the cease-fire erodes.") closes it only when the line under
    it does not go on in lower case.
    """
    if not _LINE_END_RE.search(last) or _INITIAL_END_RE.search(last):
        return False
    bare_quote = last[-1:] in _QUOTE_ENDS and last[-2:-1] not in _STOPS
    return not (bare_quote and line[:1].islower())


_QUOTE_ENDS: Final = '"\u201d'
_STOPS: Final = ".!?:;"


def _runs_on(line: str) -> bool:
    """A flush line going on with the paragraph above: a word, a number or a quotation."""
    first = line[:1]
    return bool(first) and (first.isalnum() or first in _RUN_ON_OPENINGS)


def _opens_paragraph(line: str, indent: str) -> bool:
    """A paragraph's indented first line: a word or a quotation opening it, long enough."""
    words = line.lstrip()
    return (
        line.startswith(indent)
        and len(words) >= _INDENTED_MIN_CHARS
        and (words[:1].isalnum() or words.startswith(('"', "\u201c", "`")))
    )


#: A wrapped page's lines: typed or teleprinted copy, or a text saved at a fixed width (76 to
#: 80 characters a line), its paragraphs set apart by empty lines.  A block's lines but its
#: last are nearly as wide as its widest; most stop mid-sentence.
_WRAP_MIN_CHARS: Final = 50
_WRAP_MAX_CHARS: Final = 100
_WRAP_SLACK: Final = 20
#: The fewest wrapped blocks a page must hold before any is joined (a headline of two lines
#: over an unwrapped story is no wrapped page).
_WRAPPED_MIN_BLOCKS: Final = 2


def _wrapped_block(block: list[str], *, page: int = 0) -> bool:
    """
    Whether ``block`` is a paragraph wrapped over its lines at a fixed width.

    Alone a block must show it: most lines run on, one into a lower-case word.  On a page
    wrapped at ``page`` characters, lines but the last as wide as the page's and one line
    running on are enough (a head over two shorter lines stays two lines).
    """
    if len(block) < _MIN_SHORT_LINES:
        return False
    widest = max(map(len, block))
    if not _WRAP_MIN_CHARS <= widest <= _WRAP_MAX_CHARS:
        return False
    body = block[:-1]
    if any(len(line) < max(widest, page) - _WRAP_SLACK for line in body):
        return False
    pairs = list(pairwise(block))
    if page:
        return any(not _closes(line, nxt) for line, nxt in pairs)
    run_on = sum(1 for line in body if not _LINE_END_RE.search(line))
    return run_on >= _MIN_RUN_ON_SHARE * len(body) and any(
        not _LINE_END_RE.search(line) and (nxt[:1].islower() or _BROKEN_RE.search(line))
        for line, nxt in pairs
    )


def _join(block: list[str]) -> list[str]:
    """
    The paragraphs of a wrapped block, each on one line.

    A line closing a sentence closes a paragraph ('... news conference.' / '"If the
    Europeans ..."'); a word broken by a hyphen at a line's end is joined again.
    """
    out = [block[0]]
    for line in block[1:]:
        current = out[-1]
        if _closes(current, line):
            out.append(line)
        elif _BROKEN_RE.search(current) and line[:1].islower():
            out[-1] = current[:-1] + line
        else:
            out[-1] = f"{current} {line}"
    return out


def reflow_wrapped(lines: list[str]) -> list[str]:
    """
    ``lines`` with each paragraph wrapped at a fixed width set back on one line.

    "Foreign Minister A had summoned the ambassador, B," / "to tell him that ..." / "" /
    "The trawler was boarded ...": a page whose paragraphs are blocks of lines between empty
    ones, the lines of each as wide as the page's width but the last.  Only a page holding
    several such blocks is read so; headlines, menus and one-line paragraphs stay as they are.
    """
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        else:
            blocks.append([])
    widths = [max(map(len, block)) for block in blocks if _wrapped_block(block)]
    if len(widths) < _WRAPPED_MIN_BLOCKS:
        return lines
    page = max(widths)
    out: list[str] = []
    for block in blocks:
        if _wrapped_block(block, page=page):
            out.extend(_join(block))
        else:
            out.extend(block)
        out.append("")
    out.pop()
    return out


# A jump line: a print story breaks off on its page and goes on on another, and the page
# tells the reader so: "(See ICELAND, Page 8)", "See TALKS on Page 12A", "Continued on Page
# 4, Col. 3", "Please turn to Page 6"; where it goes on, a slug and "(Continued from Page 1)".
_JUMP_PAGE: Final = r"(?:[Pp]age|PAGE|Pg\.|P\.) ?[A-Z]?\d{1,3}[A-Z]?(?:,? [Cc]ol(?:umn|\.)? ?\d)?"
_JUMP_SLUG: Final = r"[A-Z][\w'\u2019-]{1,20}(?: [A-Z][\w'\u2019-]{1,20}){0,2}"
_JUMP_TO: Final = (
    rf"(?:(?:[Pp]lease )?(?:[Ss]ee|SEE|[Tt]urn to|TURN TO) (?:{_JUMP_SLUG},? (?:on )?)?{_JUMP_PAGE}"
    rf"|(?:[Cc]ontinued|CONTINUED|[Cc]ont'd) (?:on|ON) {_JUMP_PAGE})"
)
_JUMP_FROM: Final = rf"(?:[Cc]ontinued|CONTINUED|[Cc]ont'd) (?:[Ff]rom|FROM) {_JUMP_PAGE}"
JUMP_TO_LINE_RE: Final = re.compile(rf"^\(?{_JUMP_TO}\)?\.?$")
JUMP_FROM_LINE_RE: Final = re.compile(rf"^(?:{_JUMP_SLUG} )?\(?{_JUMP_FROM}\)?\.?$")
# a jump in brackets closing a paragraph's last line: "... Friday morning. (See JETS, Page 8)"
JUMP_TAIL_RE: Final = re.compile(rf"(?<=[.!?\"\u201d]) \({_JUMP_TO}\)$")
# a slug over "Continued from": one to three words in capitals
_SLUG_LINE_RE: Final = re.compile(r"^[A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){0,2}$")
#: How many lines may stand between a jump and its "Continued from" (the next page's head).
_JUMP_GAP: Final = 8


def without_jumps(lines: list[str]) -> list[str]:
    """
    ``lines`` without a print story's jump lines, the paragraph the jump broke joined again.

    A line ending "... would stay 'as long as our boats are" / "(See TRAWLER, Page 8)" / (the
    next page's head) / "TRAWLER" / "(Continued from Page 1)" / "being harassed ...": the
    jump lines and the slug go, and the paragraph broken mid-sentence is one again.  A line
    merely naming a page ("The report, on page 8, says ...") is prose and stays.
    """
    if not any("age " in line or "AGE " in line for line in lines):
        return lines  # no page named: the usual case, at the cost of one scan
    out: list[str] = []
    broken = -1  # the index in ``out`` of the paragraph a jump broke mid-sentence
    jumped_at = -1  # the index in ``out`` where the jump stood
    resumed = False  # a "Continued from" line was seen since the jump
    for line in lines:
        if JUMP_TO_LINE_RE.match(line):
            last = next((i for i in range(len(out) - 1, -1, -1) if out[i]), -1)
            broken = last if last >= 0 and not _LINE_END_RE.search(out[last]) else -1
            jumped_at, resumed = len(out), False
            continue
        if JUMP_FROM_LINE_RE.match(line):
            if out and _SLUG_LINE_RE.match(out[-1]):
                out.pop()  # the story's slug over the line
            resumed = True
            continue
        if line and broken >= 0:
            if line[:1].islower() and (resumed or not any(out[jumped_at:])):
                out[broken] = f"{out[broken]} {line}"
                broken = -1
                continue
            if resumed or len(out) - jumped_at > _JUMP_GAP:
                broken = -1
        out.append(JUMP_TAIL_RE.sub("", line) if line.endswith(")") else line)
    return out
