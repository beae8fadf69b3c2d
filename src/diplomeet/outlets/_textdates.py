"""Full calendar dates (day, month and year) stated in captions, datelines and page furniture."""

from __future__ import annotations

import re
from datetime import date
from typing import Final

__all__ = ["first_full_date"]

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
_MONTH: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_FULL_DATE_RE: Final = re.compile(
    rf"\b(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:1[89]|20)\d\d)\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>(?:1[89]|20)\d\d)\b"
    r"|\b(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?!\d)"
)


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
