"""Full calendar dates (day, month and year) stated in captions, datelines and page furniture."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

__all__ = ["MONTH", "date_line", "first_full_date"]

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
    rf"\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:1[89]|20)\d\d)\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>(?:1[89]|20)\d\d)\b"
    r"|\b(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?!\d)"
)

# A line that is only a date, maybe after a place and a weekday and before a time: the date
# stamp or dateline of a page's head ("Accra, 12 June 2022", "September 6, 2023",
# "Geneva, Switzerland, Tuesday, 4 March 2025 - 10:15 GMT").
_PLACE: Final = (
    rf"(?!{_WEEKDAY}\b)"
    r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}"
)
_DATE_LINE_RE: Final = re.compile(
    rf"^(?:(?P<place>{_PLACE}(?:,\s*{_PLACE})?)\s*,\s*)?"
    rf"(?:{_WEEKDAY}\.?,?\s+)?"
    rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+(?:1[89]|20)\d\d"
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d)"
    r"(?:\s*[,|\u2013\u2014\u2022\u00b7-]?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?"
    r"\s*\.?$"
)
_DATE_LINE_MAX_CHARS: Final = 90


def date_line(line: str) -> tuple[date, str | None] | None:
    """
    Read a line that states only a date; return the date and the place before it, or ``None``.

    The line may open with a place ("Accra, 12 June 2022") and a weekday, and end with a time;
    anything else on it (a sentence, a second date) makes it no date line.
    """
    match = _DATE_LINE_RE.match(line) if len(line) <= _DATE_LINE_MAX_CHARS else None
    found = first_full_date(line) if match else None
    return None if match is None or found is None else (found, match["place"])


def first_full_date(text: str) -> date | None:
    """Return the first valid day-month-year date written in ``text``, or ``None``."""
    for match in _FULL_DATE_RE.finditer(text):
        if match["y1"]:
            year, month, day = int(match["y1"]), _MONTHS[match["m1"][:3].lower()], int(match["d1"])
        elif match["y2"]:
            year, month, day = int(match["y2"]), _MONTHS[match["m2"][:3].lower()], int(match["d2"])
        else:
            year, month, day = int(match["y3"]), int(match["m3"]), int(match["d3"])
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None
