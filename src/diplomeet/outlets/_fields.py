"""
A news database's labelled record: "HEADLINE: ...", "BYLINE: ...", "DATELINE: ...", "BODY:".

Archive databases export a story as a block of labelled fields under the source's name and
the issue's date (the layout of LexisNexis and similar full-text services):

    Copyright 1994 Example News Agency
    Example News Agency
    March 3, 1994, Thursday
    SECTION: WORLD
    LENGTH: 420 words
    HEADLINE: Ministers meet in Lima
    BYLINE: By Jane Doe
    DATELINE: LIMA, March 3
    BODY:
    ...
    LOAD-DATE: March 4, 1994

:func:`unlabel` turns such a record into the plain page the layout reader knows: the
headline, the byline, the date lines of the record's head, then the story (opened by its
dateline when the body does not print it), and the copyright line as the page's foot.  The
bookkeeping fields (section, length, load date, language) are dropped.

Nexis Uni, its successor, prints the headline, the source's name and the date unlabelled over
title-case fields and a bare "Body" line (:func:`read_nexis`):

    Ministers meet in Lima
    The Example Courier (Lima)
    March 4, 2026 Wednesday
    Copyright 2026 The Example Courier All Rights Reserved
    Section: WORLD; Pg. 12
    Length: 412 words
    Byline: Jane Doe
    Dateline: LIMA
    Body
    ...
    Load-Date: March 5, 2026
    End of Document

Source: the field names of LexisNexis Academic's text exports (HEADLINE, BYLINE, DATELINE,
SECTION, LENGTH, BODY, LOAD-DATE, LANGUAGE, PUBLICATION-TYPE, ...), which other archive
services copy, and of Nexis Uni's document exports (the same fields in title case).
"""

from __future__ import annotations

import re
from typing import Final

from diplomeet.outlets._textdates import date_line

__all__ = ["read_nexis", "unlabel"]

# the labels of the record's fields, in capitals with a colon
_FIELD_RE: Final = re.compile(
    r"^(?P<label>HEADLINE|BYLINE|DATELINE|SECTION|LENGTH|BODY|LOAD-DATE|LANGUAGE|GRAPHIC"
    r"|HIGHLIGHT|TYPE|PUBLICATION-TYPE|DOCUMENT-TYPE|JOURNAL-CODE|ACC-NO|NOTES|EDITION"
    r"|COLUMN|SERIES|DISTRIBUTION|CORRECTION|CORRECTION-DATE|SUBJECT|GEOGRAPHIC|COUNTRY"
    r"|CITY|PERSON|ORGANIZATION|INDUSTRY|URL|SOURCE|ORIGINAL-LANGUAGE):[ ]?(?P<value>.*)$"
)
# the fields whose value the page keeps
_KEPT: Final = frozenset({"HEADLINE", "BYLINE", "DATELINE", "BODY"})
# how many lines of the page's top are looked at for the record's head
_HEAD_LINES: Final = 24
# the headline's field and another make a record
_MIN_FIELDS: Final = 2
_COPYRIGHT_RE: Final = re.compile(r"^(?:Copyright|COPYRIGHT|\(c\)|©)\s")


# the edition closing the record's date line: ", Late City Final Edition", ", Home Edition"
_EDITION_TAIL_RE: Final = re.compile(r",? (?:[A-Z][a-z]+ ){0,3}(?:Edition|EDITION)$")


def unlabel(lines: list[str]) -> list[str]:
    """
    Return ``lines`` with a database record's labelled head rewritten as a page's head.

    ``lines`` are the page's stripped lines, blank ones included; a text without both a
    "HEADLINE:" field and a further field among its first lines is returned as it is.
    """
    labels = [
        (index, match["label"])
        for index, line in enumerate(lines[:_HEAD_LINES])
        if line[:1].isupper() and ":" in line and (match := _FIELD_RE.match(line)) is not None
    ]
    names = {label for _, label in labels}
    if "HEADLINE" not in names or len(names) < _MIN_FIELDS:
        return lines
    start = labels[0][0]
    fields, story = _fields(lines[start:])
    head = [line for line in lines[:start] if line]
    page: list[str] = []
    if fields.get("HEADLINE"):
        page += [fields["HEADLINE"], ""]
    byline = fields.get("BYLINE", "")
    if byline:
        page += [byline if byline[:3].casefold() == "by " else f"By {byline}", ""]
    # (the date may close on its edition: "May 3, 1987, Sunday, Late City Final Edition")
    page += [
        dated
        for line in head
        if date_line(dated := _EDITION_TAIL_RE.sub("", line) if "dition" in line else line)
        is not None
    ]
    page.append("")
    dateline = fields.get("DATELINE", "")
    first = next((i for i, line in enumerate(story) if line), None)
    if dateline and first is not None:
        place = dateline.split(",")[0].strip().casefold()
        if place and not story[first].casefold().startswith(place):
            story[first] = f"{dateline} - {story[first]}"
    return [*page, *story, "", *(line for line in head if _COPYRIGHT_RE.match(line))]


def _fields(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """The kept fields' first values, and the story's lines (those under "BODY:")."""
    fields: dict[str, str] = {}
    body: list[str] = []
    in_body = False
    for line in lines:
        match = _FIELD_RE.match(line) if line[:1].isupper() and ":" in line[:20] else None
        if match is None:
            if in_body:
                body.append(line)
            continue
        label, value = match["label"], match["value"].strip()
        in_body = label == "BODY"  # a field after the body (the load date) closes it
        if label in _KEPT and label not in fields:
            fields[label] = value
        if in_body and value:
            body.append(value)
    return fields, body


# Nexis Uni's title-case fields ("Length: 412 words", "Load-Date: March 5, 2026")
_UNI_FIELD_RE: Final = re.compile(
    r"^(?P<label>Section|Length|Byline|Dateline|Highlight|Graphic|Language|Load-Date"
    r"|Publication-Type|Document-Type|Subject|Geographic|Organization|Person|Industry|Edition"
    r"|Series|Notes|Correction|Correction-Date|Journal-Code|Acc-No|Type|Company|Ticker"
    r"|Country|City|State|Url|Distribution):\s?(?P<value>.*)$"
)
# the lines closing a Nexis Uni story: its classification block and the document's end
_UNI_END: Final = frozenset({"End of Document", "Classification"})
_UNI_MIN_FIELDS: Final = 2


def read_nexis(lines: list[str]) -> tuple[list[str], str | None]:
    """
    Return ``lines`` with a Nexis Uni export's head rewritten as a page's head.

    Returns the page's lines and the source's name on the line under the headline (``None``
    when the text is no such export, returned as it is).
    """
    head = lines[:_HEAD_LINES]
    if "Body" not in head:
        return lines, None
    body_at = head.index("Body")
    fields: dict[str, str] = {}
    for line in head[:body_at]:
        match = _UNI_FIELD_RE.match(line) if ":" in line[:20] else None
        if match is not None:
            fields.setdefault(match["label"], match["value"].strip())
    if len(fields) < _UNI_MIN_FIELDS:
        return lines, None
    unlabelled = [line for line in head[:body_at] if line and _UNI_FIELD_RE.match(line) is None]
    if not unlabelled:
        return lines, None
    headline, rest = unlabelled[0], unlabelled[1:]
    dated = [line for line in rest if date_line(line) is not None]
    source = next(
        (line for line in rest if line not in dated and not _COPYRIGHT_RE.match(line)), None
    )
    story = _uni_story(lines[body_at + 1 :])
    page = [headline, ""]
    byline = fields.get("Byline", "")
    if byline:
        page += [byline if byline[:3].casefold() == "by " else f"By {byline}", ""]
    page += [*dated[:1], ""]
    dateline = fields.get("Dateline", "")
    first = next((i for i, line in enumerate(story) if line), None)
    if dateline and first is not None:
        place = dateline.split(",")[0].strip().casefold()
        if place and not story[first].casefold().startswith(place):
            story[first] = f"{dateline} - {story[first]}"
    return [*page, *story], source


def _uni_story(lines: list[str]) -> list[str]:
    """The story's lines after "Body", up to the load date, the classification or the end."""
    story: list[str] = []
    for line in lines:
        match = _UNI_FIELD_RE.match(line) if ":" in line[:20] else None
        if line in _UNI_END or (match is not None and match["label"] == "Load-Date"):
            break
        story.append(line)
    return story
