"""Full calendar dates (day, month and year) stated in captions, datelines and page furniture."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

import attrs

__all__ = [
    "MONTH",
    "NumericDate",
    "date_line",
    "first_full_date",
    "first_stated_date",
    "month_day",
    "numeric_dates",
    "prose_order",
    "running_head",
    "unglued",
    "without_hijri",
    "without_hijri_dateline",
    "without_time",
    "without_update",
]

_MONTHS: Final[dict[str, int]] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_WORDS: Final = (
    "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# Page heads and wire datelines print months in title case or in capitals ("AUGUST 25, 2016").
MONTH: Final = rf"(?:{_MONTH_WORDS}|{_MONTH_WORDS.upper()})"
"""A month's name or its abbreviation, in title case or in capitals, as a regex fragment."""
# A weekday, in full or abbreviated ("Sun 17 Dec 2023"), in title case or in capitals.
_WEEKDAY_WORDS: Final = (
    "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"
)
_WEEKDAY: Final = rf"(?:{_WEEKDAY_WORDS}|{_WEEKDAY_WORDS.upper()})"
_MONTH: Final = MONTH
_FULL_DATE_RE: Final = re.compile(
    # ("Feb 19,2026": some pages glue the year to the comma; "February 15/2026": Ethiopian and
    # other agencies' datelines set it apart by a slash)
    # (and the C library's and Unix date(1)'s stamp: "Thu Mar 19 10:14:02 UTC 2026", the time
    # and zone between the day and the year)
    rf"\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th|ST|ND|RD|TH)?"
    r"(?:,\s*|\s+\d\d?:\d\d(?::\d\d)?(?: [A-Z]{2,5})? |\s+|/)(?P<y1>(?:1[89]|20)\d\d)\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th|ST|ND|RD|TH)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>(?:1[89]|20)\d\d)\b"
    # "16-Apr-2026": the day, the month's abbreviation and the year between hyphens
    rf"|\b(?P<d4>\d{{1,2}})-(?P<m4>{_MONTH})-(?P<y4>(?:1[89]|20)\d\d)\b"
    # year first: "2026-09-29", and with points or slashes as East Asian and Baltic pages
    # print it ("2026.09.29", "2026/9/29")
    r"|\b(?P<y3>(?:19|20)\d\d)(?:-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
    r"|\.(?P<m5>[01]?\d)\.(?P<d5>[0-3]?\d)|/(?P<m6>[01]?\d)/(?P<d6>[0-3]?\d))(?![\d/]|\.\d)"
)

# A line that is only a date, maybe after a place and a weekday and before a time: the date
# stamp or dateline of a page's head ("Accra, 12 June 2022", "September 6, 2023",
# "Geneva, Switzerland, Tuesday, 4 March 2025 - 10:15 GMT").
_PLACE: Final = (
    rf"(?!{_WEEKDAY}\b)"
    r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}"
)
# A clock time: "09:12", "12:35:00", "6:12 pm", "5:41 PM", "12 AM" (the hour alone only
# before AM or PM).
_CLOCK: Final = (
    r"(?:\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?(?!\w))"
)
_DATE_LINE_RE: Final = re.compile(
    # the place may stand apart from the date by a comma, a bar or a bullet ("Jakarta ● Tue"),
    # or a spaced dash (en or em dash, or a hyphen), as government releases set it ("Port
    # Vila, Vanuatu - 4 August 2026")
    rf"^(?:(?P<place>{_PLACE}(?:,\s*{_PLACE})?)"
    r"(?:\s*[,|\u2022\u25cf\u00b7]\s*|\s+[\u2013\u2014-]\s+))?"
    # the clock time may come first: "12:05 p.m., March 20, 2025"
    rf"(?:{_CLOCK}(?:\s+[A-Z]{{2,5}})?\s*[,|\u2022\u00b7]?\s+)?"
    # "On June 3, 2024 10:22 pm": a blog template's stamp opening on a preposition
    r"(?:[Oo]n\s+)?"
    rf"(?:{_WEEKDAY}\.?,?\s+)?"
    rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th|ST|ND|RD|TH)?,?\s+(?:1[89]|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th|ST|ND|RD|TH)?\s+{_MONTH}\.?,?\s+(?:1[89]|20)\d\d"
    rf"|\d{{1,2}}-{_MONTH}-(?:1[89]|20)\d\d"
    # an ISO stamp may carry its time and zone: "2023-05-04T11:02:00+03:00", "...Z"
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d(?:T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?"
    r"(?:Z|[+-][01]\d:?[0-5]\d)?)?"
    r"|\d{1,2}(?P<s1>[./-])\d{1,2}(?P=s1)(?:19|20)\d\d"
    r"|(?:19|20)\d\d(?P<s2>[./-])\d{1,2}(?P=s2)\d{1,2})"
    # the weekday may follow the date, as archive databases print it ("April 17, 1996,
    # Wednesday")
    rf"(?:,?\s+{_WEEKDAY}(?=\s*$))?"
    # the zone after the time in letters or as an offset ("14:05:00 +0000", mail headers' form,
    # or "09:40 +05:45" with its colon)
    rf"(?:\s*[,|/\u2013\u2014\u2022\u00b7-]?\s*(?:at\s+)?{_CLOCK}"
    r"(?:\s+(?:[A-Z]{2,5}|[+-]\d\d:?\d\d))?"
    # a zone with its offset from GMT: "4:51 PM GMT+4", "16:51 UTC-05:00"
    r"(?:[+-]\d{1,2}(?::\d\d)?)?)?"
    r"\s*\.?$"
)
_DATE_LINE_MAX_CHARS: Final = 90
# A reading time after the date: "March 13, 2025 · 4 min read" (blog and magazine templates).
_READ_TIME_TAIL_RE: Final = re.compile(
    r"(?<=\S)\s*[|\u2022\u00b7\u2013\u2014-]\s*\d{1,3} min(?:ute)?s? read$"
)
# A print masthead's date line closing on the issue's number and its price: "Thursday, May
# 22, 1986   No. 6,884   Price: 35n", "Monday 3 March 1975 - No. 12,041 - Price 10c"; or on
# the page's number.
_ISSUE_TAIL_RE: Final = re.compile(
    r"(?<=\d)\s*[-\u2013\u2014|]?\s+(?:(?:No|NO)\.?\s?\d{1,3}(?:,\d{3})*"
    r"(?:\s*[-\u2013\u2014|]?\s+(?:Price|PRICE)[:.]?\s*[\w.$\u00a3]{1,8})?"
    r"|(?:Price|PRICE)[:.]?\s*[\w.$\u00a3]{1,8})$"
    # an archive's page reference: "Tuesday 15 September 1964, page 1"
    # (or after a dash: "Tuesday, November 20, 1973 -- Page 1")
    r"|(?<=\d)(?:,|\s*(?:--|[-\u2013\u2014|]))?\s*"
    # (a section before the page: "Thursday, August 25, 1988   Section A   Page A3")
    r"(?:(?:Section|SECTION)\s+[A-Z0-9]{1,2},?\s+)?(?:page|Page|PAGE)\s+[A-Z]?\d{1,3}$"
)
# What a news site's stamp prints after its clock time: the zone in brackets ("17:45 (UTC
# +03:00)", "09:15 (GMT)", "(IST)") or the story's number in the site's system ("News ID:
# 30418862", "Story ID: 4411", "ID: 20931"); the date and time before it date the page.
_STAMP_TAIL_RE: Final = re.compile(
    r"(?<=\d)\s*\((?:(?:UTC|GMT)\s?(?:[+-]\s?\d{1,2}(?::?\d\d)?)?|[A-Z]{2,5})\)$"
    r"|(?<=\d)\s*[,|\u2013\u2014\u2022\u00b7-]?\s+(?:(?:News|Story|Article|Item|Post|Content)\s)?"
    r"ID\s?:?\s?\d{3,12}$"
)
_UPDATE_TAIL_RE: Final = re.compile(
    r"(?<!\s)\s*(?:\((?:[Ll]ast )?[Uu]pdated:?\s[^()]{4,40}\)"
    # or set apart by a dash or a bar: "Friday, February 13, 2026 — updated on February 14"
    r"|\s[|\u2013\u2014\u2022\u00b7-]\s*(?:[Ll]ast )?[Uu]pdated(?: on| at)?:?\s[^()|]{4,40}"
    # or by a space alone, as a relative age: "... GMT+4 Updated 2 hours ago"
    r"|\s[Uu]pdated\s\d{1,2}\s(?:minutes?|hours?|days?)\sago"
    # or by spaces alone when "Last update" labels it: "Sun Nov 22, 2026 12:00 AM  Last
    # update on: Sun Nov 22, 2026 02:14 AM"
    r"|(?<=\s)[Ll]ast\s[Uu]pdated?(?:\s(?:on|at))?:?\s[^()|]{4,40}"
    # a 1990s site's posting time after the date, the line break between them lost: "June 5,
    # 1998 Web posted at: 10:45 p.m. EDT (0245 GMT)"
    r"|(?<=\d)\s(?:Web\s)?[Pp]osted\sat:?\s\d[^|]{3,40})$"
)
# The clock time closing a date line ("- 09:12 UTC", "16:40 GMT", "at 6:45 a.m. EST").
# It starts after a non-space, so a run of spaces is crossed once, not from each of its spaces.
_LINE_TIME_RE: Final = re.compile(
    rf"(?<!\s)\s*(?:[,|\u2013\u2014\u2022\u00b7-]\s*)?(?:at\s+)?{_CLOCK}"
    r"(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2}(?::\d\d)?)?)?\s*\.?$"
)


# A newspaper page's running head: the paper's name, the issue's date and the page number
# ("THE EXAMPLE TIMES, SATURDAY, MARCH 8, 1986    7", "14 The Example Herald, Monday, June 2,
# 2025"), as scanned and archived print pages print it above the page's stories.
_PAGE_WORDS: Final = (
    "One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen"
    "|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty"
)
_RUNNING_HEAD_RE: Final = re.compile(
    # the parts are set apart by commas, or only by spaces on archive pages in capitals ("THE
    # EXAMPLE TIMES  TUESDAY OCTOBER 16 1973  PAGE 1"), whose name then holds no weekday
    # (a page's number may open the line: "PAGE 2-A  THE EXAMPLE HERALD, MONDAY, ...")
    # (or the page's number and a dash: "2 -- THE EXAMPLE GAZETTE, Friday, ...")
    # (or the section's letter after the number: "Page 6A -- THE EXAMPLE ERA, ...")
    rf"^(?P<page>(?:Page\s+|PAGE\s+)?(?:\d{{1,3}}(?:-?[A-Z])?|[A-Z]-?\d{{1,3}})(?:\s+(?:--|[-\u2013\u2014]))?\s+)?"
    rf"(?P<outlet>(?!{_WEEKDAY}\b)[A-Z][\w&'.-]*"
    rf"(?: (?!{_WEEKDAY}\b)[A-Z][\w&'.-]*){{0,4}})"
    # the paper's town in brackets and a dash before the date, as archive services print the
    # head ("The Example Star (Hobart) - Tuesday, March 4, 1969 - Page 1" of a scanned page),
    # or its town and state after commas, as American papers print their folio ("The Example
    # Day, New London, Conn., Tuesday, July 13, 1976 -- 9")
    r"(?: \([A-Z][\w .'-]{1,30}\)"
    # (or after a colon: "THE EXAMPLE BLADE: Toledo, Ohio, Monday, March 3, 1969  Page 1")
    rf"|(?P<town>(?:[,:]\s+(?!{_WEEKDAY}\b|{_MONTH}\b)[A-Z][\w.'-]*"
    # (the state's abbreviation may close on its point before the date, the comma left out:
    # "READING, PA.  FRIDAY, MAY 21, 1976")
    # (or on the weekday after a space: "THE EXAMPLE STAR  Example City, Ohio  Sunday, ...")
    rf"(?: (?!{_WEEKDAY}\b)[A-Z][\w.'-]*)?){{1,2}}(?=,|(?<=\.)\s|\s{_WEEKDAY}\b)))?"
    r"(?:,\s+|\s*(?:--|[-\u2013\u2014])\s*|\s+)"
    # (the weekday abbreviated with its point, as folios print it: "Mon., July 25, 1977")
    rf"(?P<date>(?:{_WEEKDAY}\.?,?\s+)?(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th|ST|ND|RD|TH)?,?\s+(?:1[89]|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th|ST|ND|RD|TH)?\s+{_MONTH}\.?,?\s+(?:1[89]|20)\d\d))"
    # (a section's page after its number or letter: "PAGE 1-A", "Page A-3")
    r"(?:\s*(?:--|[-\u2013\u2014])?\s+(?:Page\s+|PAGE\s+|p\.\s*)?(?:\d{1,3}(?:-[A-Z])?|[A-Z]-\d{1,3})"
    # the page's number in words ("PAGE ONE", "Page Two"), a section's page ("PAGE A1",
    # "- Section B, Page 3") or the issue's volume and number ("VOL VI No 240", "Vol. 12, No.
    # 3"), as archived newspapers and bulletins print them
    r"|\s*(?:--|[-\u2013\u2014,|])?\s+(?:(?:Section|SECTION)\s+[A-Z0-9]{1,2},?\s+)?(?:Page|PAGE)\s+"
    rf"(?:[A-Z]\d{{1,3}}|\d{{1,3}}|{_PAGE_WORDS}|{_PAGE_WORDS.upper()})"
    r"|\s+(?:Vol|VOL|Volume|VOLUME)\.?\s+[IVXLC\d]{1,8},?\s+(?:No|NO|Number|NUMBER)\.?\s+\d{1,4}"
    # (or the page's number in words alone after the date, as inside pages print it:
    # "... FRIDAY, MAY 21, 1976    THIRTEEN")
    rf"|\s+(?:{_PAGE_WORDS}|{_PAGE_WORDS.upper()}))?$"
)
_RUNNING_HEAD_MAX_CHARS: Final = 100
# The months of the Hijri calendar in their usual English transliterations ("Safar", "Rabi'
# al-Awwal", "Rabi-ul-Akhir", "Jumada I", "Sha'ban", "Dhul-Hijjah"), as Gulf and Pakistani
# agencies and ministries date their copy before the Gregorian date.  Source: Wikipedia,
# "Islamic calendar" (the month names and their common romanisations).
_HIJRI_MONTH: Final = (
    r"(?:Muharram|Safar|Rajab|Sha[\u2019'\u02bf]?ban|Ramadh?an|Shawwal"
    r"|Rabi[\u2019'\u02bf]?(?:\s|-)(?:al|ul|el)[- ](?:Awwal|Thani|Akhir|Akhar)"
    r"|Jumad[ae](?:\s|-)(?:al|ul|el)[- ](?:Awwal|Ula|Thani|Akhirah|Akhira|Akhir|Ukhra)"
    r"|(?:Rabi[\u2019'\u02bf]?|Jumad[ae])\s(?:II|I)\b"
    r"|(?:Dhu(?:l|\sal|\sel)?|Zul)[- ]?(?:Qa[\u2019'\u02bf]?dah?|Qi[\u2019'\u02bf]?dah|Hijjah?))"
)
# A Hijri date and what sets it apart from the Gregorian one after it: "Safar 21, 1448, ",
# "21 Safar 1448 AH / ", "3 Rabi' al-Awwal 1448H, corresponding to ".
_HIJRI_DATE_RE: Final = re.compile(
    rf"(?:{_HIJRI_MONTH}\s\d{{1,2}},?\s1[34]\d\d|\d{{1,2}}\s{_HIJRI_MONTH},?\s1[34]\d\d)"
    r"(?:\s?(?:AH|A\.H\.|H|Hijri)\b\.?)?"
    r"(?:\s?[,/|\u2013\u2014-]\s?|\s)(?:corresponding to\s|corresponding with\s|i\.e\.\s)?"
)
# ... or after it, closing the line: "Tuesday, March 7, 2023 | Sha'ban 15, 1444 AH",
# "Friday 10 May 2024 / 2 Dhul-Qadah 1445H".
_HIJRI_TAIL_RE: Final = re.compile(
    rf"[,/|\u2013\u2014-] ?(?:{_HIJRI_MONTH}\s\d{{1,2}},?\s1[34]\d\d"
    rf"|\d{{1,2}}\s{_HIJRI_MONTH},?\s1[34]\d\d)(?:\s?(?:AH|A\.H\.|H|Hijri)\b\.?)?\s*$"
)
_HIJRI_TAIL_CHARS: Final = 40  # the separator stands this far from the line's end at most
_HIJRI_SEPARATORS: Final = frozenset(",/|\u2013\u2014-")
_HIJRI_HINTS: Final = ("14", "13")
_HIJRI_DATELINE_CHARS: Final = 80
# a dateline's place, then the Hijri date: "Riyadh, Safar 21, 1448, ..."
_HIJRI_DATELINE_RE: Final = re.compile(
    r"^(?P<place>[A-Z][\w.'\u2019 -]{1,40}?,\s)" + _HIJRI_DATE_RE.pattern
)


# What a running head may print beyond its name, date and page: the copy's price closing
# it ("... Thursday, March 2, 1978   15 cents", "PRICE 10c", "5p") and a point closing the
# date before the page ("THE EXAMPLE TIMES, MONDAY, MAY 6, 1985.     PAGE 3").
_HEAD_PRICE_RE: Final = re.compile(
    r"(?<=\S)\s+(?:(?:Price|PRICE):?\s?)?(?:\d{1,3}\s?(?:cents|CENTS|Cents|c|p|d)"
    r"|[$\u00a3]\d{1,2}(?:\.\d\d)?)\.?$"
)
_HEAD_YEAR_POINT_RE: Final = re.compile(r"(?<=[12]\d\d\d)\.(?=\s)")


def running_head(line: str) -> tuple[str, str, date, bool] | None:
    """
    Read a print page's running head: the paper's name, the date's words, the date, the form.

    The form tells a folio's: the page's number opening it, or the paper's town and state
    between the name and the date (the fourth item, ``True`` then).  The name is whatever
    stands before the date; the caller checks that it reads as a newspaper's.  A date in
    capitals is returned in title case ("Saturday, March 8, 1986").
    """
    if len(line) > _RUNNING_HEAD_MAX_CHARS or ("," not in line and not line.isupper()):
        return None
    match = _RUNNING_HEAD_RE.match(line)
    if match is None and line[-1:].isalnum():
        match = _RUNNING_HEAD_RE.match(
            _HEAD_YEAR_POINT_RE.sub("", _HEAD_PRICE_RE.sub("", line), count=1)
        )
    found = first_full_date(match["date"]) if match is not None else None
    if match is None or found is None:
        return None
    words = match["date"]
    folio = bool(match["town"] or match["page"])
    return match["outlet"], words.title() if words.isupper() else words, found, folio


def without_update(line: str) -> str:
    """
    A date line without the update's time after it: "05 Mar 2025 06:12PM (Updated: ...)".

    Also set apart by a dash or a bar: "Friday, February 13, 2026 — updated on February 14";
    and a posting time: "June 5, 1998 Web posted at: 10:45 p.m. EDT (0245 GMT)".
    """
    return _UPDATE_TAIL_RE.sub("", line) if "pdate" in line or "osted at" in line else line


def without_hijri(text: str) -> str:
    """
    ``text`` without a Hijri date before the Gregorian one: "Safar 21, 1448, August 5, 2026".

    "Riyadh, 21 Safar 1448 AH / 5 August 2026" reads "Riyadh, 5 August 2026": the Gregorian
    date is the one the page's date is read from.
    """
    if not any(hint in text for hint in _HIJRI_HINTS):
        return text
    # "March 7, 2023 | Sha'ban 15, 1444 AH": the first date (each separator near the end
    # tried as the tail's start, so that no search runs through a long line)
    for at in range(max(1, len(text) - _HIJRI_TAIL_CHARS), len(text)):
        if text[at] in _HIJRI_SEPARATORS and _HIJRI_TAIL_RE.match(text, at):
            return text[:at].rstrip()
    return _HIJRI_DATE_RE.sub("", text, count=1)


def without_hijri_dateline(paragraph: str) -> str:
    """``paragraph`` without the Hijri date of the dateline opening it (after its place)."""
    if not any(hint in paragraph[:_HIJRI_DATELINE_CHARS] for hint in _HIJRI_HINTS):
        return paragraph
    match = _HIJRI_DATELINE_RE.match(paragraph)
    return paragraph if match is None else match["place"] + paragraph[match.end() :]


def without_time(line: str) -> str:
    """
    A date line without the clock time closing it: "Tuesday, April 8th 2025 - 09:12 UTC".

    The time stamps the page, not an event of the story; the date stays.
    """
    if ":" not in line and "." not in line and "M" not in line and "m" not in line:
        return line
    match = _LINE_TIME_RE.search(line)
    return line[: match.start()] if match is not None and match.start() > 0 else line


def date_line(line: str) -> tuple[date | NumericDate, str | None] | None:
    """
    Read a line that states only a date; return the date and the place before it, or ``None``.

    The line may open with a place ("Accra, 12 June 2022") and a weekday, and end with a time;
    anything else on it (a sentence, a second date) makes it no date line.  A numeric date
    whose day and month cannot be told apart ("05/03/2025") is returned as a
    :class:`NumericDate` for the page to decide.
    """
    line = without_hijri(without_update(line))
    if any(word in line for word in ("No", "NO", "rice", "RICE", "age", "AGE")):
        line = _ISSUE_TAIL_RE.sub("", line)
    if " read" in line:
        line = _READ_TIME_TAIL_RE.sub("", line)
    if line.endswith(")") or "ID" in line:
        line = _STAMP_TAIL_RE.sub("", line)
    match = _DATE_LINE_RE.match(line) if len(line) <= _DATE_LINE_MAX_CHARS else None
    if match is None and _glued_year(line):
        line = without_update(unglued(line))
        match = _DATE_LINE_RE.match(line) if len(line) <= _DATE_LINE_MAX_CHARS else None
    if match is None and " | " in line:
        line = _without_local_calendar(line)
        match = _DATE_LINE_RE.match(line) if len(line) <= _DATE_LINE_MAX_CHARS else None
    found = first_stated_date(line) if match else None
    return None if match is None or found is None else (found, match["place"])


_LOCAL_DATE_FIELD_MAX_WORDS: Final = 4
# A year glued to the time or the date after it: "March 5, 20253:41 PM", "5 Mar 20255 Mar"
_GLUED_YEAR_RE: Final = re.compile(
    rf"(\b(?:{_MONTH}\.? \d{{1,2}},? |\d{{1,2}} {_MONTH}\.?,? )(?:19|20)\d\d)(?=\d)"
)
# A glued year stands in a run of five digits or more ("20253:41"): a line without one holds
# none, and this search (a character set first: ``re`` skips to the digits in C) is far
# cheaper than the pattern's, which opens with a word boundary tried at every character.
_FIVE_DIGITS_RE: Final = re.compile(r"\d\d\d\d\d")


def _glued_year(line: str) -> bool:
    """``_GLUED_YEAR_RE.search(line) is not None``, asked first of its five digits."""
    return _FIVE_DIGITS_RE.search(line) is not None and _GLUED_YEAR_RE.search(line) is not None


# the same date twice once unglued: "5 Mar 2025 5 Mar 2025"
_REPEATED_DATE_RE: Final = re.compile(rf"(\d{{1,2}} {_MONTH}\.? (?:19|20)\d\d) \1\b")
_GLUED_UPDATE_RE: Final = re.compile(r"(?<=[\w+])(?=Updated\b)")


def unglued(line: str) -> str:
    """
    A stamp whose parts a page's markup set apart, as copying glued them, set apart again.

    "March 5, 20253:41 PM GMT+9Updated 2 hours ago" reads "March 5, 2025 3:41 PM GMT+9
    Updated 2 hours ago"; a date printed twice, "5 Mar 20255 Mar 2025", reads "5 Mar 2025".
    """
    if not _glued_year(line):
        return line
    line = _REPEATED_DATE_RE.sub(r"\1", _GLUED_YEAR_RE.sub(r"\1 ", line))
    return _GLUED_UPDATE_RE.sub(" ", line)


def _without_local_calendar(line: str) -> str:
    """
    A date line of fields between bars without the field dating it in a local calendar.

    "Politics | 2078 Asar 6 | Sunday, June 20, 2021" (Bikram Sambat), "1404 Tir 12 |
    Thursday, July 3, 2025" (the Persian calendar): a short field with a number but no date
    the page's reader knows stands beside the Gregorian one, which dates the page.
    """
    fields = line.split(" | ")
    kept = [
        field
        for field in fields
        if not (
            any(c.isdigit() for c in field)
            and len(field.split()) <= _LOCAL_DATE_FIELD_MAX_WORDS
            and first_stated_date(field) is None
        )
    ]
    return " | ".join(kept) if 0 < len(kept) < len(fields) else line


def first_stated_date(text: str) -> date | NumericDate | None:
    """
    The first full date of a page's date line or stamp: written with a month's name, or numeric.

    Only for lines that state the page's date ("Published 05/03/2025", "10.09.2024 - 14:05"):
    a numeric date in prose is left to the dates stage.
    """
    found = first_full_date(text)
    if found is not None or not any(c in text for c in "./-"):
        return found
    for numeric in numeric_dates(text):
        if isinstance(numeric, date):
            return numeric
        return numeric.decided() or numeric
    return None


# Numeric dates of page stamps: "10/02/2024", "10.09.2024", "14-11-2023", "2024/06/07".  The
# year has four digits, so version numbers and scores ("12.10.30") are no dates.
_NUMERIC_RE: Final = re.compile(
    r"(?<![\d./-])(?:(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)"
    r"|(?P<year2>(?:19|20)\d\d)(?P<sep2>[./-])(?P<m>\d{1,2})(?P=sep2)(?P<d>\d{1,2}))(?![\d./-]?\d)"
)
_WEEKDAY_NUMBERS: Final[dict[str, int]] = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_WEEKDAY_WORD_RE: Final = re.compile(rf"\b(?:{_WEEKDAY_WORDS})\b", re.IGNORECASE)
_MONTH_MAX: Final = 12


@attrs.frozen
class NumericDate:
    """
    A numeric date of a page stamp, its day and month in the order the page wrote them.

    Attributes:
        year: The year.
        first: The first of the two numbers before the year.
        second: The second one.
        separator: "/", "." or "-".
        weekday: The weekday written beside it (0 = Monday), or ``None``.
    """

    year: int
    first: int
    second: int
    separator: str
    weekday: int | None = None

    def read(self, *, day_first: bool) -> date | None:
        """The date, reading the first number as the day when ``day_first``."""
        day, month = (self.first, self.second) if day_first else (self.second, self.first)
        try:
            return date(self.year, month, day)
        except ValueError:
            return None

    def order(self) -> bool | None:
        """
        Whether the page writes the day first, when the date itself tells; else ``None``.

        A number above 12 is the day; a weekday written beside the date fits one reading
        only; dotted dates ("10.09.2024") are day first wherever they are written.
        """
        if self.first > _MONTH_MAX >= self.second:
            return True
        if self.second > _MONTH_MAX >= self.first:
            return False
        if self.first == self.second:
            return True  # either reading is the same day
        if self.weekday is not None:
            fits = [
                day_first
                for day_first in (True, False)
                if (found := self.read(day_first=day_first)) is not None
                and found.weekday() == self.weekday
            ]
            if len(fits) == 1:
                return fits[0]
        return True if self.separator == "." else None

    def decided(self) -> date | None:
        """The date when the date itself tells its order, else ``None``."""
        order = self.order()
        return None if order is None else self.read(day_first=order)


def numeric_dates(text: str) -> list[NumericDate | date]:
    """
    Every numeric date of ``text`` in order: year-first ones as dates, the others as written.

    A weekday word in ``text`` is kept beside the first date that follows it.
    """
    found: list[NumericDate | date] = []
    weekday_match = _WEEKDAY_WORD_RE.search(text) if text[:1].isalpha() or " " in text else None
    weekday = _WEEKDAY_NUMBERS[weekday_match[0][:3].casefold()] if weekday_match else None
    for match in _NUMERIC_RE.finditer(text):
        if match["year2"]:
            try:
                found.append(date(int(match["year2"]), int(match["m"]), int(match["d"])))
            except ValueError:
                continue
            continue
        found.append(
            NumericDate(int(match["year"]), int(match["a"]), int(match["b"]), match["sep"], weekday)
        )
        weekday = None
    return found


# "on 4 March" against "on March 4": how the story's own prose orders day and month.
_DAY_MONTH_RE: Final = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th|ST|ND|RD|TH)? (?:{_MONTH_WORDS})\b")
_MONTH_DAY_RE: Final = re.compile(rf"\b(?:{_MONTH_WORDS})\.? \d{{1,2}}\b(?!:)")


_MONTH_DAY_PAIR_RE: Final = re.compile(
    rf"\b(?:(?P<m1>{MONTH})\.? (?P<d1>\d{{1,2}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th|ST|ND|RD|TH)? (?P<m2>{MONTH}))\b"
)


def month_day(text: str) -> tuple[int, int] | None:
    """The month and day of the first date written with a month's name in ``text``."""
    match = _MONTH_DAY_PAIR_RE.search(text)
    if match is None:
        return None
    month = _MONTHS[(match["m1"] or match["m2"])[:3].lower()]
    return month, int(match["d1"] or match["d2"])


def prose_order(text: str) -> bool | None:
    """Whether ``text`` writes the day before the month ("4 March"), after it, or ``None``."""
    day_month = len(_DAY_MONTH_RE.findall(text))
    month_day = len(_MONTH_DAY_RE.findall(text))
    if day_month == month_day:
        return None
    return day_month > month_day


def first_full_date(text: str) -> date | None:
    """Return the first valid day-month-year date written in ``text``, or ``None``."""
    for match in _FULL_DATE_RE.finditer(text):
        if match["y1"]:
            year, month, day = int(match["y1"]), _MONTHS[match["m1"][:3].lower()], int(match["d1"])
        elif match["y2"]:
            year, month, day = int(match["y2"]), _MONTHS[match["m2"][:3].lower()], int(match["d2"])
        elif match["y4"]:
            year, month, day = int(match["y4"]), _MONTHS[match["m4"][:3].lower()], int(match["d4"])
        else:
            year = int(match["y3"])
            month = int(match["m3"] or match["m5"] or match["m6"])
            day = int(match["d3"] or match["d5"] or match["d6"])
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None
