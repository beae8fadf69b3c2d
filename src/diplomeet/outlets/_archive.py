# Archive pages print en dashes and middle dots between their fields:
# ruff: noqa: RUF001
"""
Digitised-newspaper archives: the lines an archive sets over a page's text, and the page's head.

A newspaper archive exports a page's OCR text under its own furniture, then the paper's front
page prints its own head, before the lead story's headline:

    Example star. [volume] (Example City, Ohio) 1871-1959, March 14, 1931, Page 2, Image 2
    About Example star. (Example City, Ohio) 1871-1959
    Image provided by: Example State Historical Society
    THE EXAMPLE STAR
    EXAMPLE CITY, OHIO, SATURDAY, MARCH 14, 1931
    64th Year. No. 112. PRICE FIVE CENTS
    Envoys Reach Accord on Wheat Quotas            <- the lead story's headline

:func:`read_archive_head` reads these lines off the top of a page: the archive's title of the
page (its catalogue's title of the paper, the place and years of publication, the issue's date,
the page and image), a library's banner, an export's labelled fields ("Publication: ... |
Date: ... | Page: ..."), the paper's name in capitals and its folio lines (the issue's date with
the city, the volume and number, the price).  It names the paper and dates the issue, and
leaves the lead story's headline as the page's first line.

Sources: the page titles and OCR text pages of the Library of Congress's Chronicling America
("<title>. [volume] (<place>) <years>, <Month DD, YYYY>, Page <n>, Image <n>"; "About
<title>"; "Image provided by: <institution>"), the National Library of Australia's Trove
citations ("<title> (<place> : <years>), <weekday> <d> <month> <yyyy>, page <n>"), the British
Newspaper Archive's record fields ("Newspaper:", "Published:", "County:", "Type:", "Page:"),
national libraries' historical-press exports ("Publication: | Date: | Page: | Article:"), and
the folio lines of English-language front pages (city and date, "Vol. XLV, No. 13562",
"106th Year", "FIVE CENTS", "ONE PENNY").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

import attrs

from diplomeet.outlets._agencies import canonical_agency
from diplomeet.outlets._credits import masthead_like
from diplomeet.outlets._outlet_names import known_outlet
from diplomeet.outlets._textdates import (
    MONTH,
    NumericDate,
    date_line,
    first_full_date,
    first_stated_date,
)

__all__ = [
    "ArchiveHead",
    "archive_title",
    "bare_dateline",
    "dispatch_agency",
    "paper_name",
    "read_archive_head",
]

# How many lines of a page's top may be an archive's furniture, and how many folio lines may
# stand under the paper's name.
_ARCHIVE_LINES: Final = 8
_FOLIO_LINES: Final = 3
_LINE_MAX_CHARS: Final = 160
_FOLIO_MAX_CHARS: Final = 120
_NAME_MAX_WORDS: Final = 8

# The years a paper ran, as catalogues give them: "1854-1972", "1902-current", "1919-19??".
_RUN: Final = r"(?:1[5-9]|20)\d\d ?[-–] ?(?:(?:1[5-9]|20)\d\d|current|\?{4}|\d\d\?\?)?"
DIGIT_RE: Final = re.compile(r"\d")  # a digit anywhere: faster than a scan per character
_RUN_RE: Final = re.compile(_RUN)
# An archive's title of a page: the catalogue's title of the paper ("Evening star. [volume]"),
# its place in brackets (Trove's holds the years too: "(Hobart, Tas. : 1860 - 1954)"), the
# years outside them (Chronicling America's), then the issue's date and the page.
_TITLE_LINE_RE: Final = re.compile(
    r"^(?P<name>[A-Z][^()\[\]]{1,80}?)\.?(?: \[volume\])? \((?P<place>[^()]{1,60})\)"
    rf"(?:,? (?P<run>{_RUN}))?,? (?P<rest>[A-Z0-9].{{5,80}})$"
)
# the page and image after the issue's date: ", Page A-1, Image 1", ", page 3", ", p. 5"
_PAGE_TAIL_RE: Final = re.compile(
    r"(?:,? (?:Page|page|PAGE|p\.) ?[A-Z]?-?\d{1,4})?(?:,? (?:Image|image) \d{1,4})?$"
)
# The archive's own name closing its title of a page: "« Chronicling America « Library of
# Congress", "| British Newspaper Archive", "| Library of Congress".
_ARCHIVE_SUFFIX_RE: Final = re.compile(
    r"(?: « [^«]{2,60}){1,3}$|(?: \| [^|]{0,40}\b(?:Archives?|Library|Libraries)\b[^|]{0,30}){1,2}$"
)
# the Library of Congress's title of a page's image: "Image 1 of Evening star (Washington,
# D.C.), September 9, 1958"
_IMAGE_OF_RE: Final = re.compile(
    r"^Image \d{1,4} of (?P<name>[A-Z][^()]{1,80}?)\.? \([^()]{1,60}\),? (?P<date>.{6,40})$"
)
# a library's citation of an issue: "Evening Post, Volume CXLII, Issue 56, 3 September 1946,
# Page 7" (Papers Past's), with the volume or the issue's number and the page
_ISSUE_CITATION_RE: Final = re.compile(
    r"^(?P<name>[A-Z][\w'’&.-]*(?: [A-Za-z][\w'’&.-]*){0,6}), (?:Volume [IVXLC\d]{1,8}, )?"
    r"(?:Issue \d{1,6}, |Number \d{1,6}, )(?P<date>[^,]{6,30}(?:, \d{4})?), Page \d{1,4}$"
)
# an archive viewer's title of an issue: "Western Daily Press - Monday 04 June 1923"
_DASHED_TITLE_RE: Final = re.compile(
    r"^(?P<name>[A-Z][\w'’&.-]*(?: [A-Za-z][\w'’&.-]*){0,6}) - (?P<date>[A-Z0-9][\w ,]{6,40})$"
)
# "About <title> (<place>) <years>": the link to the paper's catalogue record
_ABOUT_RE: Final = re.compile(rf"^About .{{2,100}}\([^()]{{1,60}}\),? {_RUN}$")
# the archive's credit lines for the scan
_PROVIDED_OPENINGS: Final = (
    "Image provided by",
    "Image and text provided by",
    "Images provided by",
    "Persistent link:",
)
# A library's banner over the pages it exports, between dashes or bars: "Historical Jewish
# Press (JPress) - National Library of Israel", "Welsh Newspapers Online | National Library
# of Wales".
_BANNER_SPLIT_RE: Final = re.compile(r" [-–—|] ")
_LIBRARY_RE: Final = re.compile(r"\b(?:Library|Libraries|Archives?|Biblioth[a-z]{2,4})\b")
_COLLECTION_RE: Final = re.compile(
    r"\b(?:Press|Newspapers?|Papers|Periodicals|Journals|Gazettes?|Digital|Digitised|Digitized"
    r"|Historic(?:al)?|Online|Archives?|Collections?)\b"
)
_BANNER_MAX_WORDS: Final = 7
# An export's labelled fields, on one line between bars or one a line: "Publication: The
# Example Post | Date: 13/06/1975 | Page: 1", "Newspaper: Example Herald" / "Published: ...".
_FIELD_RE: Final = re.compile(
    r"^(?P<label>[A-Z][A-Za-z]{1,12}(?: [a-zA-Z]{2,8})?)\s?:\s?(?P<value>.*)$"
)
_NAME_LABELS: Final = frozenset({"publication", "newspaper", "newspaper title", "paper"})
_DATE_LABELS: Final = frozenset(
    {"date", "published", "publication date", "issue date", "issue", "date published"}
)
_OTHER_LABELS: Final = frozenset(
    {
        "page",
        "pages",
        "article",
        "county",
        "region",
        "country",
        "place",
        "type",
        "words",
        "edition",
        "section",
        "column",
        "image",
        "language",
        "volume",
        "tags",
        "issue number",
    }
)
_LABELS: Final = _NAME_LABELS | _DATE_LABELS | _OTHER_LABELS
# The tokens of a front page's folio lines besides the date: the volume and number, the
# paper's year, the price, the edition, the pages, and the date in another calendar
# ("TAMMUZ 4, 5735": a year no Gregorian date of a paper has).
_NUMBER_WORDS: Final = (
    r"(?:one|two|three|four|five|six|seven|eight|ten|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred)"
)
_FOLIO_TOKEN_RE: Final = re.compile(
    r"\b(?:(?:VOL|Vol|VOLUME|Volume)\.? ?[IVXLC\d]{1,8}"
    r"|(?:No|NO|Number|NUMBER)\.? ?(?:\d{1,3}(?:,\d{3}){1,2}|\d{1,6})"
    r"|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH) (?:Year|YEAR)"
    r"|(?:Established|ESTABLISHED|Founded|FOUNDED|Est\.) \d{4}"
    rf"|(?i:(?:price )?(?:{_NUMBER_WORDS}(?:-{_NUMBER_WORDS})?|\d{{1,3}})"
    r" (?:cents?|pence|penny|halfpence|annas?|fils|centimes|pages))"
    r"|(?:(?:PRICE|Price) )?(?:IL|I£|£|\$|Rs\.?|Sh\.?|€|₪) ?\d{1,4}(?:[.,]\d{1,3})?"
    r"|(?:PRICE|Price) \d{1,3}[cdp]\.?|\b\d{1,2}[dp](?:\.|\b)"
    r"|(?:[A-Z]{2,10} ){0,2}(?:EDITION|Edition)"
    # (the page's section in capitals before it: "WORLD Page 11", "NATION/WORLD PAGE 4")
    r"|(?:[A-Z][A-Z/&'’-]{2,15} ){0,2}(?:PAGE|Page) [A-Z]?-?\d{1,3}(?: (?:of|OF) \d{1,3})?"
    # (a Buddhist, Hebrew or Hijri year, not one of this century: "May 30, 2000" is a date)
    r"|[A-Z][A-Za-z'’]{2,12} \d{1,2},? (?:2[1-9]\d\d|[3-9]\d{3}|1[0-4]\d\d)"
    r"|\d{1,2} [A-Z][A-Za-z'’]{2,12},? (?:2[1-9]\d\d|[3-9]\d{3}|1[0-4]\d\d))(?!\w)"
)
# between a folio's parts: spaced dots, bullets, bars or dashes, an em dash, a run of dashes
_FOLIO_SPLIT_RE: Final = re.compile(r" [.·•|—–*-] |—|-{2,}|\|")
# the folio's marks without the dates the tokens above also take (read first, so that
# "Vol. 41, No. 17 Friday, 25 April 2025" keeps its weekday's date whole)
_FOLIO_MARK_RE: Final = re.compile(
    r"\b(?:(?:VOL|Vol|VOLUME|Volume)\.? ?[IVXLC\d]{1,8}"
    r"|(?:No|NO|Number|NUMBER)\.? ?(?:\d{1,3}(?:,\d{3}){1,2}|\d{1,6}))(?!\w)"
)
# a converted PDF's head line: the paper's name with its page beside it, right or left: the
# page "Page 3 of 12" after "THE EXAMPLE REVIEW", or before it on a left-hand page; or a
# periodical's running head, its name with the issue's month ("EXAMPLE REVIEW   MAY 1961")
_PAGE_FOLIO: Final = (
    rf"(?:PAGE|Page) [A-Z]?-?\d{{1,3}}(?: (?:of|OF) \d{{1,3}})?|(?P<issue>{MONTH} (?:1[89]|20)\d\d)"
)
_BESIDE_RE: Final = re.compile(
    rf"^(?:(?P<left>{_PAGE_FOLIO.replace('issue', 'left_issue')}) (?P<right>\D+)"
    rf"|(?P<name>\D+?) (?P<page>{_PAGE_FOLIO}))$"
)
_FOLIO_PUNCTUATION: Final = " .,;:·•|—–*-"
# A later story's dateline on a print page, its place in capitals, maybe its region and
# date, then the agency in brackets and a dash: "TAIPEI, Formosa, Sept. 9 (AP).—", "UNITED
# NATIONS (UPI). -", "CORK, Tuesday (Reuter).—", and as papers before the 1940s printed it,
# after the date's dash and spelt out: "PARIS, June 3.—(By the Associated Press.)—".
_DISPATCH_RE: Final = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}){0,2}"
    rf"(?:,? {MONTH}\.? \d{{1,2}})?,?\.?\s?[-–—]{{0,2}}\s?[(\[](?:[Bb]y (?:[Tt]he )?)?"
    r"(?P<agency>[A-Za-z][\w.&' -]{0,30}?)\.?[)\]]\.?\s*(?:[-–—]+|$)"
)
_DISPATCH_HEAD_CHARS: Final = 80
# A print dateline alone on its line over the story: "LISBON, Monday.", "GENEVA, Switzerland,
# Thursday.—", "CAIRO, March 9.—" (the place in capitals, its weekday or date, a stop or dash).
_WEEKDAYS: Final = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY"
)
_BARE_DATELINE_RE: Final = re.compile(
    r"^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?,"
    rf" (?:{_WEEKDAYS}|{MONTH}\.? \d{{1,2}})[.:]?\s?[-–—]{{0,2}}$"
)
_ARTICLE_NAME_RE: Final = re.compile(r"^THE [A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}$")
_SMALL_WORDS: Final = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to"})


@attrs.frozen(kw_only=True)
class ArchiveHead:
    """
    What an archive's furniture and a front page's head said, and the lines left under them.

    Attributes:
        lines: The page's lines without the archive's furniture and the paper's head.
        outlet: The paper's name, normalised (:func:`paper_name`), or ``None``.
        published: The issue's date (numeric when its order is not told), or ``None``.
        stamps: The lines read for the date, kept as the page's stamps.
    """

    lines: tuple[str, ...]
    outlet: str | None = None
    published: date | NumericDate | None = None
    stamps: tuple[str, ...] = ()


def paper_name(raw: str) -> str:
    """
    A paper's name as a display name: title case, without "The" or the catalogue's marks.

    "Evening star. [volume]" is "Evening Star", "The Bismarck tribune." is "Bismarck
    Tribune", "THE JERUSALEM POST" is "Jerusalem Post"; "The Mercury" keeps its article.
    """
    name = raw.replace("[volume]", "").strip().rstrip(".,").strip()
    words = name.split()
    # (a name of one word keeps its article: "The Mercury", "The Age")
    if len(words) > 2 and words[0].casefold() == "the":
        words = words[1:]
    shouted = name.isupper()
    out: list[str] = []
    for i, word in enumerate(words):
        if shouted:
            word = word.lower()  # noqa: PLW2901 - the word in capitals, re-cased below
        if i and word.casefold() in _SMALL_WORDS and (shouted or word.islower()):
            out.append(word.casefold())
        elif word[:1].islower() or shouted:
            out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
        else:
            out.append(word)
    return " ".join(out)


def read_archive_head(lines: list[str]) -> ArchiveHead | None:
    """
    Read an archive's furniture and the paper's head off the top of ``lines``.

    ``lines`` are the page's non-empty stripped lines.  Return ``None`` when the page opens
    with neither an archive's furniture nor a paper's name over its folio lines.
    """
    outlet: str | None = None
    published: date | NumericDate | None = None
    stamps: list[str] = []
    archive = False
    index = 0
    while index < min(len(lines), _ARCHIVE_LINES):
        line = lines[index]
        if len(line) > _LINE_MAX_CHARS:
            break
        title = _title_line(line)
        if title is not None:
            outlet = outlet or title[0]
            published = published or title[1]
            stamps.append(line)
        elif not (
            line.startswith(_PROVIDED_OPENINGS)
            or (line.startswith("About ") and _ABOUT_RE.match(line))
            or (index == 0 and _library_banner(line))
            or _viewer_line(lines, index, seen=archive)
        ):
            taken = _fields(lines, index)
            if taken is None:
                break
            end, named, stated = taken
            outlet = outlet or named
            published = published or _decided(stated, lines[end : end + _FOLIO_LINES + 1])
            stamps.extend(lines[index:end])
            index = end
            archive = True
            continue
        archive = True
        index += 1
    head = _paper_head(lines, index, outlet, archive=archive)
    if head is not None:
        end, named, stated, folio = head
        outlet = outlet or named
        published = published or stated
        stamps.extend(folio)
        index = end
    if not archive and head is None:
        return None
    return ArchiveHead(
        lines=tuple(lines[index:]), outlet=outlet, published=published, stamps=tuple(stamps)
    )


# An archive's own name alone on a line: "Example News Archive", "THE EXAMPLE DIGITAL ARCHIVE"
_ARCHIVE_NAME_RE: Final = re.compile(
    r"^[A-Z][\w'’&.-]*(?: [A-Za-z][\w'’&.-]*){0,5} (?:Archives?|ARCHIVES?)$"
)
# A field of an archive viewer's navigation: "Browse this newspaper", "Back to search results",
# "Article 3 of 17", "« Previous page"
_NAVIGATION_FIELD_RE: Final = re.compile(
    r"^(?:(?:Browse|Search|Back to|Return to|View|Next|Previous|Zoom|Download|Print)\b"
    r"|(?:Article|Page|Image|Result|Item) \d{1,4} of \d{1,5}$)"
)
_NAVIGATION_SPLIT_RE: Final = re.compile(r"[»«›‹|>]")
_NAVIGATION_MAX_CHARS: Final = 120
# a page's number alone under an archive's title: "Page 1", "p. 4"
_PAGE_LINE_RE: Final = re.compile(r"^(?:Page|PAGE|p\.) ?\d{1,4}$")
_COPYRIGHT_OPENINGS: Final = ("Copyright", "COPYRIGHT", "©", "(c)", "(C)")


def _viewer_line(lines: list[str], index: int, *, seen: bool) -> bool:
    """
    Whether ``lines[index]`` is an archive viewer's furniture over the page it shows.

    Its navigation ("Browse this newspaper » Browse all newspapers »", "Search results >
    Article 3 of 17"), and under an archive's title or fields its own name ("Example News
    Archive"), the page's number ("Page 1") and its copyright line.  The archive's name opening
    the page counts only over its navigation, fields or title of the page.
    """
    line = lines[index]
    if _navigation_line(line):
        return True
    if seen and (_PAGE_LINE_RE.match(line) or line.startswith(_COPYRIGHT_OPENINGS)):
        return True
    if DIGIT_RE.search(line) or _ARCHIVE_NAME_RE.match(line) is None:
        return False
    if seen:
        return True
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return (
        _navigation_line(following)
        or _title_line(following) is not None
        or _fields(lines, index + 1) is not None
    )


def _navigation_line(line: str) -> bool:
    """Whether ``line`` is only a viewer's links: "Browse this newspaper » Browse all »"."""
    if len(line) > _NAVIGATION_MAX_CHARS or (not line[:1].isalpha() and line[:1] not in "«‹<"):
        return False
    fields = [field.strip() for field in _NAVIGATION_SPLIT_RE.split(line) if field.strip()]
    return bool(fields) and all(_NAVIGATION_FIELD_RE.match(field) for field in fields)


def _title_line(line: str) -> tuple[str, date] | None:
    """
    The paper and the issue's date of an archive's title or citation of a page, or ``None``.

    The archive's own name after the title ("... Image 1 « Chronicling America « Library of
    Congress", "... | British Newspaper Archive") is cut first.
    """
    if DIGIT_RE.search(line) is None:
        return None
    line = _ARCHIVE_SUFFIX_RE.sub("", line)
    if "(" in line:
        match = _TITLE_LINE_RE.match(line)
        if match is not None and (match["run"] is not None or _RUN_RE.search(match["place"])):
            return _named_date(match["name"], _PAGE_TAIL_RE.sub("", match["rest"]).strip(" ,"))
        match = _IMAGE_OF_RE.match(line) if line.startswith("Image ") else None
        if match is not None:
            return _named_date(match["name"], match["date"])
    match = _ISSUE_CITATION_RE.match(line) if ", " in line else None
    if match is not None:
        return _named_date(match["name"], match["date"])
    match = _DASHED_TITLE_RE.match(line) if " - " in line else None
    if match is not None and (masthead_like(match["name"]) or known_outlet(match["name"])):
        found = date_line(match["date"])
        if found is not None and isinstance(found[0], date) and found[1] is None:
            return paper_name(match["name"]), found[0]
    return None


def archive_title(title: str) -> bool:
    """
    Whether ``title`` is an archive's title of a newspaper page, not a story's headline.

    "Example star. [volume] (Example City, Ohio) 1871-1959, March 14, 1931, Page 2, Image 2"
    as an HTML page's ``<title>``: the lead story's headline is in the page's text.
    """
    return len(title) <= _LINE_MAX_CHARS and _title_line(title) is not None


def _named_date(name: str, words: str) -> tuple[str, date] | None:
    """The paper's display name and the full date of ``words``, or ``None``."""
    stated = first_full_date(words) if len(words) <= _FOLIO_MAX_CHARS // 2 else None
    return None if stated is None else (paper_name(name), stated)


def _library_banner(line: str) -> bool:
    """A library's banner over its exports: a library's name and its collection's, no digits."""
    if DIGIT_RE.search(line) or not _LIBRARY_RE.search(line):
        return False
    fields = _BANNER_SPLIT_RE.split(line)
    return (
        2 <= len(fields) <= 3
        and all(0 < len(f.split()) <= _BANNER_MAX_WORDS for f in fields)
        # the library's name, and the collection's beside it ("Historical Press Archive")
        and any(
            _LIBRARY_RE.search(f)
            and any(_COLLECTION_RE.search(g) or _LIBRARY_RE.search(g) for g in fields if g is not f)
            for f in fields
        )
    )


def _fields(
    lines: list[str], start: int
) -> tuple[int, str | None, date | NumericDate | None] | None:
    """
    Read an export's block of labelled fields from ``start``: its end, the paper, the date.

    The block must name the paper ("Publication:", "Newspaper:") and give its date or page.
    """
    named: str | None = None
    stated: date | NumericDate | None = None
    labels: set[str] = set()
    index = start
    while index < len(lines) and index < start + _ARCHIVE_LINES:
        found = [_FIELD_RE.match(part.strip()) for part in lines[index].split(" | ")]
        fields = [
            (match["label"].casefold(), match["value"].strip())
            for match in found
            if match is not None
        ]
        if len(fields) < len(found) or any(label not in _LABELS for label, _ in fields):
            break
        for label, value in fields:
            labels.add(label)
            if label in _NAME_LABELS and value and named is None:
                named = paper_name(value)
            elif label in _DATE_LABELS and stated is None:
                stated = first_stated_date(value)
        index += 1
    if not _enough(labels):
        return None
    return index, named, stated


def _enough(labels: set[str]) -> bool:
    """Whether an export's fields name the paper and its date or page."""
    return bool(labels & _NAME_LABELS) and bool(labels & (_DATE_LABELS | {"page", "pages"}))


def _decided(stated: date | NumericDate | None, below: list[str]) -> date | NumericDate | None:
    """
    An export's numeric date read in the order the paper's own date line under it tells.

    "Date: 02/11/1921" over "WEDNESDAY, NOVEMBER 2, 1921": the second of November.
    """
    if not isinstance(stated, NumericDate):
        return stated
    decided = stated.decided()
    if decided is not None:
        return decided
    readings = {stated.read(day_first=True), stated.read(day_first=False)}
    for line in below:
        found = first_full_date(line) if len(line) <= _FOLIO_MAX_CHARS else None
        if found is not None and found in readings:
            return found
    return stated


def _paper_head(
    lines: list[str], start: int, outlet: str | None, *, archive: bool
) -> tuple[int, str | None, date | None, list[str]] | None:
    """
    Read a front page's head at ``start``: the paper's name in capitals, then folio lines.

    "THE EXAMPLE STAR" / "EXAMPLE CITY, SATURDAY, MARCH 14, 1931" / "64th Year. No. 112.
    FIVE CENTS".  Under an archive's furniture the folio lines may stand without the name;
    with no archive over them, they must hold a number, price or edition.
    Return where the head ends, the paper, the issue's date and the folio lines.
    """
    if start >= len(lines):
        return None
    index = start
    named: str | None = None
    folio: list[str] = []
    line, beside = _beside_folio(lines[start])
    if beside:
        folio.append(lines[start])
    # "THE SUN": a name of the article and a word or two, only over a folio's number or price
    bare = not _paper_line(line, outlet) and _ARTICLE_NAME_RE.match(line) is not None
    if bare or _paper_line(line, outlet):
        named = paper_name(line)
        index += 1
    elif not archive:
        return None
    stated: date | None = None
    tokens = False
    for part in beside:
        found = _folio_line(part)
        stated = stated or (found[0] if found else None)
        tokens = True
    while index < len(lines) and len(folio) < _FOLIO_LINES:
        found = _folio_line(lines[index])
        if found is None:
            break
        folio.append(lines[index])
        stated = stated or found[0]
        tokens = tokens or found[1]
        index += 1
    # with no archive over it, a print folio's number, price or edition must tell the page
    # is a paper's (a site's name over the day's date is read as a date line)
    # (a periodical's running head dates no day: its volume line under it must follow)
    if (stated is None and not (beside and len(folio) > 1)) or (
        (bare or not archive) and not tokens
    ):
        return None
    return index, named, stated, folio


def _beside_folio(line: str) -> tuple[str, list[str]]:
    """
    Split a converted PDF's head line into the paper's name and the folio set beside it.

    "THE EXAMPLE REVIEW Page 3 of 12" is ("THE EXAMPLE REVIEW", ["Page 3 of 12"]) (the
    columns' run of spaces is gone by now); "Page 7 of 20 THE EXAMPLE LEDGER" (a left-hand
    page) likewise; a line with no page at either end is returned whole.
    """
    if not line[-1:].isdigit() and not line.startswith(("Page ", "PAGE ")):
        return line, []
    found = _BESIDE_RE.match(line)
    if found is None:
        return line, []
    if found["left"]:
        return found["right"], [found["left"]]
    return found["name"], [found["page"]]


def _paper_line(line: str, outlet: str | None) -> bool:
    """A paper's name in capitals: the archive's paper, a known outlet or a masthead's name."""
    if len(line.split()) > _NAME_MAX_WORDS or DIGIT_RE.search(line):
        return False
    name = paper_name(line)
    if outlet is not None and name.casefold() == outlet.casefold():
        # the archive's paper, also in title case under its fields ("The Example Times")
        return True
    return line.isupper() and (known_outlet(name) is not None or masthead_like(name))


def _folio_line(line: str) -> tuple[date | None, bool] | None:
    """
    Read a front page's folio line: its date (or ``None``) and whether it holds folio tokens.

    ``None`` when it is no folio.  Besides folio tokens (volume, number, price, edition,
    pages) and punctuation, each part between separators must be a date line ("WASHINGTON,
    D. C., TUESDAY, SEPTEMBER 9, 1958"); a token or a date there must be.
    """
    if len(line) > _FOLIO_MAX_CHARS or line.endswith(("?", "!")):
        return None
    # the tokens become separators; what is left between them must be the date
    tokens = False
    stated: date | None = None
    for column in _FOLIO_SPLIT_RE.split(line):
        read = _folio_rest(_FOLIO_MARK_RE, column) or _folio_rest(_FOLIO_TOKEN_RE, column)
        if read is None:
            return None
        stated = stated or read[0]
        # (a date alone is no token: "DAILY PRESS BRIEFING" over "TUESDAY, APRIL 7, 2009,
        # 1:05 P.M." is a document's title over its date, no paper's name over a folio)
        tokens = tokens or read[1]
    if stated is None and not tokens:
        return None
    return (stated, tokens)


def _folio_rest(tokens: re.Pattern[str], column: str) -> tuple[date | None, bool] | None:
    """A folio column's date, less its ``tokens``, and whether it had any (``None``: no folio)."""
    rest = tokens.sub(" | ", column)
    stated: date | None = None
    for part in _FOLIO_SPLIT_RE.split(rest):
        words = part.strip(_FOLIO_PUNCTUATION)
        if not words:
            continue
        found = date_line(words)
        if found is None or not isinstance(found[0], date):
            return None
        stated = stated or found[0]
    return (stated, rest != column)


def bare_dateline(line: str) -> bool:
    """
    Whether ``line`` is only a print dateline: "LISBON, Monday.", "CAIRO, March 9.—".

    Such a line opens the story under the headline (the story's first paragraph goes on under
    it); it is no headline.
    """
    return len(line) <= _DISPATCH_HEAD_CHARS and _BARE_DATELINE_RE.match(line) is not None


def dispatch_agency(paragraph: str) -> str | None:
    """
    The agency credited by a later story's print dateline opening ``paragraph``, or ``None``.

    "TAIPEI, Formosa, Sept. 9 (AP).—", "UNITED NATIONS (UPI). -", "PARIS, June 3.—(By the
    Associated Press.)—": a place in capitals, maybe its region and date, the agency in
    brackets, a dash.  The agency must be a known one.
    """
    head = paragraph[:_DISPATCH_HEAD_CHARS]
    if "(" not in head and "[" not in head:
        return None
    match = _DISPATCH_RE.match(paragraph)
    return canonical_agency(match["agency"]) if match is not None else None
