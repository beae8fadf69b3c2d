"""
Calendar arithmetic on TIMEX3 values.

Values are built here from dates ("2019-02-27", "2019-W09", "2019-Q1") and read back into
inclusive bounds and a granularity by :func:`bounds`.  Month and year steps use
:class:`dateutil.relativedelta.relativedelta`, which clips to the end of a shorter month
(31 January + 1 month = 28 or 29 February).
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta
from typing import Final

from dateutil.relativedelta import relativedelta

from diplomeet.records import Granularity

__all__ = [
    "add",
    "bounds",
    "month_value",
    "quarter_of",
    "season_of",
    "week_value",
    "weekend_value",
]

_MONTHS_PER_UNIT: Final = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}
_SEASON_MONTHS: Final = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_VALUE_RE: Final = re.compile(
    r"(?P<y>\d{4})(?:-(?:W(?P<w>\d\d)(?P<we>-WE)?|(?P<m>\d\d)(?:-(?P<d>\d\d)"
    r"(?:T(?:(?P<pod>MO|AF|EV|NI|MI|DT)|(?P<time>\d\d(?::\d\d)?Z?)))?)?|(?P<s>SP|SU|FA|WI)"
    r"|Q(?P<q>[1-4])|H(?P<h>[12])))?"
    r"|(?P<dec>\d{3})|(?P<cen>\d\d)"
)


def add(day: date, unit: str, count: int) -> date:
    """
    Move ``day`` by ``count`` calendar units ("D", "W", "M", "Q", "Y", "DE", "CE").

    Time units ("H", "MIN", "S") leave the day unchanged: a news story's "three hours
    later" is the same day.
    """
    if unit == "D":
        return day + timedelta(days=count)
    if unit in {"W", "WE"}:
        return day + timedelta(weeks=count)
    months = _MONTHS_PER_UNIT.get(unit)
    if months is None:
        return day
    step = relativedelta(months=months * count)
    result: date = day + step
    return result


def week_value(day: date) -> str:
    """Return the ISO week of ``day`` as a TIMEX3 value, ``"2019-W09"``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weekend_value(day: date) -> str:
    """Return the weekend of the ISO week of ``day``, ``"2019-W09-WE"``."""
    return week_value(day) + "-WE"


def month_value(day: date) -> str:
    """Return ``"YYYY-MM"`` for the month of ``day``."""
    return f"{day.year:04d}-{day.month:02d}"


def quarter_of(day: date) -> int:
    """Return the calendar quarter (1-4) of ``day``."""
    return (day.month - 1) // 3 + 1


def season_of(day: date) -> tuple[int, str]:
    """Return the (year, season code) containing ``day``; December opens the winter."""
    code = next(
        c
        for c, (a, b) in _SEASON_MONTHS.items()
        if a <= day.month <= b or (a > b and (day.month >= a or day.month <= b))
    )
    year = day.year - 1 if code == "WI" and day.month <= 2 else day.year
    return year, code


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@functools.lru_cache(maxsize=4096)
def bounds(value: str) -> tuple[date | None, date | None, Granularity | None]:
    """
    Return the inclusive bounds and granularity of a TIMEX3 value.

    Values with unknown parts (``"XXXX-09-17"``) keep their granularity and have no bounds;
    durations and vague references have neither.

    Examples:
        >>> bounds("2019-02")
        (datetime.date(2019, 2, 1), datetime.date(2019, 2, 28), 'month')
        >>> bounds("XXXX-WXX-4")
        (None, None, 'day')
    """
    if "X" in value and not value.startswith("P"):
        return None, None, _unknown_granularity(value)
    match = _VALUE_RE.fullmatch(value)
    if match is None:
        return None, None, None
    try:
        return _bounds(match)
    except (ValueError, OverflowError):
        return None, None, None


def _unknown_granularity(value: str) -> Granularity | None:
    if "T" in value:
        return "time" if ":" in value else "part_of_day"
    if value.endswith("-WE"):
        return "weekend"
    if "-W" in value:
        return "day" if value.count("-") == 2 else "week"
    if value[-2:] in _SEASON_MONTHS:
        return "season"
    if "-Q" in value:
        return "quarter"
    by_parts: dict[int, Granularity] = {1: "year", 2: "month", 3: "day"}
    return by_parts.get(value.count("-") + 1)


def _bounds(match: re.Match[str]) -> tuple[date, date, Granularity]:  # noqa: C901, PLR0911 - a table
    if match["dec"]:
        first = int(match["dec"]) * 10
        return date(first, 1, 1), date(first + 9, 12, 31), "decade"
    if match["cen"]:
        first = int(match["cen"]) * 100
        return date(max(first, 1), 1, 1), date(first + 99, 12, 31), "century"
    year = int(match["y"])
    if match["w"]:
        monday = date.fromisocalendar(year, int(match["w"]), 1)
        if match["we"]:
            return monday + timedelta(days=5), monday + timedelta(days=6), "weekend"
        return monday, monday + timedelta(days=6), "week"
    if match["d"]:
        day = date(year, int(match["m"]), int(match["d"]))
        if match["time"]:
            return day, day, "time"
        return day, day, "part_of_day" if match["pod"] else "day"
    if match["m"]:
        month = int(match["m"])
        return date(year, month, 1), _last_day(year, month), "month"
    if match["s"]:
        first, last = _SEASON_MONTHS[match["s"]]
        end_year = year + 1 if first > last else year
        return date(year, first, 1), _last_day(end_year, last), "season"
    if match["q"]:
        quarter = int(match["q"])
        return date(year, 3 * quarter - 2, 1), _last_day(year, 3 * quarter), "quarter"
    if match["h"]:
        half = int(match["h"])
        return date(year, 6 * half - 5, 1), _last_day(year, 6 * half), "half"
    return date(year, 1, 1), date(year, 12, 31), "year"
