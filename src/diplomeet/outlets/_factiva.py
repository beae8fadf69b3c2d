"""
A news archive's export of one story: Factiva's coded fields, or the uncoded display form.

Factiva exports a story as fields under two-letter codes, each code on its own line before
its value or at the head of it:

    HD
    Ministers open border talks in Lima
    BY
    By Jane Doe
    WC
    512 words
    PD
    3 March 2026
    SN
    Example News Agency
    SC
    EXNA
    LA
    English
    LP
    LIMA, March 3 - The foreign ministers ...
    TD
    ...
    CO / IN / NS / RE / IPD / PUB (indexing codes)
    AN
    Document exna000020260303e2330000a

Its display form (and Nexis-style exports copied from a results page) prints the same head
without the codes: the headline, the byline, the word count ("512 words"), the date alone on
its line, maybe the time, then the source's name, its code, page and language, the
copyright line, and the story.

:func:`read_export` turns either into the plain page the layout reader knows: the headline,
the byline, the date line, then the story's lead and text.  The source's name comes back
beside it: an agency there credits the agency, another name is the outlet.

Source: Factiva's field codes as its help pages list them ("Factiva field codes": HD
headline, CR credit, BY byline, WC word count, PD publication date, ET publication time, SN
source name, SC source code, ED edition, PG page, LA language, CY copyright, LP lead
paragraph, TD text, CT contact, RF reference, CO company, IN industry, NS subject, RE region,
IPC and IPD information-provider codes and descriptors, PUB publisher, AN accession number).
"""

from __future__ import annotations

import re
from typing import Final

from diplomeet.outlets._textdates import date_line

__all__ = ["read_export"]

# Factiva's field codes, by what the page keeps of them
_STORY_CODES: Final = frozenset({"LP", "TD"})
_HEAD_CODES: Final = frozenset({"HD", "BY", "PD", "SN", "SC", "CR"})
_OTHER_CODES: Final = frozenset(
    {"SE", "CLM", "WC", "ET", "ED", "PG", "LA", "CY", "VOL", "ART", "CT", "RF"}
    | {"CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "NGC"}
)
_CODES: Final = _STORY_CODES | _HEAD_CODES | _OTHER_CODES
# the codes after the story: only these (and the story's own, "TD" after "LP") may open a
# line of the story's end with their value
_INDEX_CODES: Final = frozenset({"CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "RF", "CT"})
# a code alone on its line, or a code and its value on one line ("PD 3 March 2026")
_CODE_RE: Final = re.compile(r"^(?P<code>[A-Z]{2,3})(?:\s+(?P<value>\S.*))?$")
# an indexing field's value on the code's line: "ips : Inter Press Service", "Document ..."
_INDEX_VALUE_RE: Final = re.compile(r"^(?:\S+ : |Document\s)")
# how many lines of the page's top are looked at for a record's head
_HEAD_LINES: Final = 40
_MIN_CODES: Final = 3
# "548 words", "1,204 words": the word count of the uncoded display form
_WORD_COUNT_RE: Final = re.compile(r"^\d{1,3}(?:,\d{3})*\s+words$", re.IGNORECASE)
_WORD_COUNT_LINES: Final = 6
# what may stand between the date and the story in the display form: the time, the source's
# code ("IPSENG", "GRDN"), its page ("A5", "Page 12"), its language, its copyright line
_TIME_LINE_RE: Final = re.compile(r"^\d{1,2}[:.]\d\d(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?$")
_SOURCE_CODE_RE: Final = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
_PAGE_RE: Final = re.compile(r"^(?:(?:Page|Pg\.?)\s*)?[A-Z]?\d{1,3}$")
_LANGUAGES: Final = frozenset({"English", "ENGLISH"})
_COPYRIGHT_RE: Final = re.compile(r"^(?:Copyright|COPYRIGHT|\(c\)|\(C\)|©)\s?")
_NOTICE_LINES: Final = 6
_BYLINE_MAX_WORDS: Final = 6
_NAME_WORD_RE: Final = re.compile(r"^(?:[A-Z][\w.'\u2019-]*|and|de|da|van|von|bin|al-\w+),?$")


def read_export(lines: list[str]) -> tuple[list[str], str | None]:
    """
    Return ``lines`` with an archive export's head rewritten as a page's head.

    ``lines`` are the page's stripped lines, blank ones included.  Returns the page's lines
    and the source's name the export gives (``None`` when it gives none); a text in neither
    form is returned as it is.
    """
    coded = _coded(lines)
    if coded is not None:
        return coded
    return _uncoded(lines)


def _code_of(line: str, *, in_story: bool) -> tuple[str, str] | None:
    """The field code opening ``line`` and the value after it on the line, or ``None``."""
    if not line[:1].isupper() or len(line) < len("HD"):
        return None
    match = _CODE_RE.match(line) if line[:3].rstrip().isupper() else None
    if match is None or match["code"] not in _CODES:
        return None
    value = match["value"] or ""
    if (
        value
        and in_story
        and match["code"] not in _STORY_CODES
        and (match["code"] not in _INDEX_CODES or _INDEX_VALUE_RE.match(value) is None)
    ):
        return None  # a line of the story opening on a word in capitals ("IN 1987, ...")
    return match["code"], value


def _coded(lines: list[str]) -> tuple[list[str], str | None] | None:
    """Read Factiva's coded fields; ``None`` when the page does not open on them."""
    first = next((line for line in lines if line), "")
    opening = _code_of(first, in_story=False)
    if opening is None:
        return None
    head = [_code_of(line, in_story=False) for line in lines[:_HEAD_LINES] if line]
    codes = {found[0] for found in head if found is not None}
    if "HD" not in codes or len(codes) < _MIN_CODES:
        return None
    fields = _fields(lines)
    page: list[str] = []
    headline = " ".join(fields.get("HD", []))
    if headline:
        page += [headline, ""]
    byline = " ".join(fields.get("BY", []))
    if byline:
        page += [byline if byline[:3].casefold() == "by " else f"By {byline}", ""]
    published = " ".join(fields.get("PD", []))
    if published and date_line(published) is not None:
        page += [published, ""]
    for paragraph in (*fields.get("LP", []), *fields.get("TD", [])):
        page += [paragraph, ""]
    source = " ".join(fields.get("SN", [])) or " ".join(fields.get("SC", [])) or None
    return page, source


def _fields(lines: list[str]) -> dict[str, list[str]]:
    """Each code's lines: the value on its own line and the lines under it, up to the next code."""
    fields: dict[str, list[str]] = {}
    code = ""
    for line in lines:
        found = _code_of(line, in_story=code in _STORY_CODES) if line else None
        if found is not None:
            code, value = found
            fields.setdefault(code, [])
            if value:
                fields[code].append(value)
        elif code and line:
            fields[code].append(line)
    return fields


def _uncoded(lines: list[str]) -> tuple[list[str], str | None]:
    """Read the uncoded display form: headline, byline, word count, date, source, story."""
    # (the head's lines only: the word count stands among the first few)
    filled = [(index, line) for index, line in enumerate(lines[:_HEAD_LINES]) if line]
    count_at = next(
        (
            position
            for position, (_, line) in enumerate(filled[:_WORD_COUNT_LINES])
            if _WORD_COUNT_RE.match(line)
        ),
        None,
    )
    if count_at is None or count_at == 0 or count_at + 2 >= len(filled):
        return lines, None
    dated = filled[count_at + 1][1]
    if date_line(dated) is None:
        return lines, None
    before = [line for _, line in filled[:count_at]]
    headline, byline = _title_and_byline(before)
    rest = filled[count_at + 2 :]
    if rest and _TIME_LINE_RE.match(rest[0][1]):
        rest = rest[1:]
    if not rest:
        return lines, None
    source = rest[0][1]
    notices = 1
    while notices < min(len(rest) - 1, _NOTICE_LINES) and _notice(rest[notices][1]):
        notices += 1
    story = lines[rest[notices][0] :] if notices < len(rest) else []
    page = [headline, ""]
    if byline:
        page += [byline if byline[:3].casefold() == "by " else f"By {byline}", ""]
    return [*page, dated, "", *story], source


def _title_and_byline(before: list[str]) -> tuple[str, str | None]:
    """The headline and the byline among the lines over the word count (a section may lead)."""
    last = before[-1]
    if len(before) == 1:
        return last, None
    words = last.split()
    if last[:3].casefold() == "by " or (
        len(words) <= _BYLINE_MAX_WORDS
        and all(_NAME_WORD_RE.match(word) for word in words)
        and len(before[-2].split()) > len(words)
    ):
        return before[-2], last
    return last, None


def _notice(line: str) -> bool:
    """Whether ``line`` is the source's code, page, language or copyright line."""
    return (
        _SOURCE_CODE_RE.match(line) is not None
        or _PAGE_RE.match(line) is not None
        or line in _LANGUAGES
        or _COPYRIGHT_RE.match(line) is not None
    )
