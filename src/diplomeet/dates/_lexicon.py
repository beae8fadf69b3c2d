"""
Word tables for English date expressions.

Sources: the English calendar (month and weekday names with the abbreviations of the AP
Stylebook and of ISO 8601 / TimeML practice), the TIMEX3 value conventions of the TimeML
1.2.1 specification and the TIDES 2005 standard for the Annotation of Temporal Expressions
(part-of-day codes MO/AF/EV/NI, season codes SP/SU/FA/WI, duration units), and English
cardinal and ordinal number words.  No holidays: their dates depend on calendars and
countries, and a wrong guess is worse than no date.
"""

from __future__ import annotations

from typing import Final

#: Month names and their abbreviations (AP style "Sept.", common "Sep") -> month number.
MONTHS: Final[dict[str, int]] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

#: Weekday names and abbreviations -> ``date.weekday()`` number (Monday is 0).
WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

#: The full names of the months and weekdays, for readers outside the dates package that
#: must not take them for names ("By Monday ..."); abbreviations are left to each reader.
MONTH_NAMES: Final[frozenset[str]] = frozenset(
    max((k for k in MONTHS if MONTHS[k] == month), key=len) for month in range(1, 13)
)
WEEKDAY_NAMES: Final[frozenset[str]] = frozenset(k for k in WEEKDAYS if k.endswith("day"))

#: Cardinal number words -> value.  "a"/"an"/"one" are 1, "half a(n)" 0.5; vague quantities
#: are ``None`` (TIMEX3 writes an unknown count as ``X``: "several days" -> ``PXD``).  Typed
#: ``int | float``, not ``float``: a compiled (mypyc) build stores a ``float`` as a C double, so
#: "sixty" + "three" would come out 63.0, which reads as a vague count.
NUMBER_WORDS: Final[dict[str, int | float | None]] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a dozen": 12,
    "dozen": 12,
    "half a": 0.5,
    "half a dozen": 6,
    "half an": 0.5,
    "a few": None,
    "few": None,
    "several": None,
    "many": None,
    "some": None,
    "a number of": None,
    "numerous": None,
}

#: Ordinal words -> value (quarters, halves, centuries, "the first nine months").
ORDINALS: Final[dict[str, int]] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
    "tenth": 10,
    "10th": 10,
    "eleventh": 11,
    "11th": 11,
    "twelfth": 12,
    "12th": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "last": 4,
    "final": 4,
}

#: Parts of the day -> TIMEX3 time-of-day code (TIDES 2005, section 3.6).
PARTS_OF_DAY: Final[dict[str, str]] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
    "midday": "MI",
    "noon": "MI",
}

#: Seasons -> TIMEX3 season code; bounds are the meteorological seasons of the northern
#: hemisphere (spring = March-May, summer = June-August, autumn = September-November,
#: winter = December to February of the next year).
SEASONS: Final[dict[str, str]] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}

#: Nouns a season names the kind of, not the date of: "until the summer vacation begins",
#: "in the winter session", "during the spring offensive", "at the summer Olympics", and the
#: farming and herding year's events ("before the autumn migration of herds", "after the
#: spring harvest", "before the winter rains").  The season then dates nothing (its noun
#: phrase is an event, with a date of its own).
SEASON_NOUNS: Final = frozenset(
    {
        "break",
        "camp",
        "collection",
        "equinox",
        "festival",
        "games",
        "grazing",
        "harvest",
        "migration",
        "planting",
        "rains",
        "sowing",
        "holiday",
        "holidays",
        "offensive",
        "olympics",
        "palace",
        "recess",
        "sales",
        "school",
        "semester",
        "session",
        "sitting",
        "solstice",
        "term",
        "timetable",
        "vacation",
        "vacations",
    }
)

#: Calendar units -> (TIMEX3 duration unit, is it a time unit written after ``T``).
UNITS: Final[dict[str, tuple[str, bool]]] = {
    "second": ("S", True),
    "minute": ("M", True),
    "hour": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "weekend": ("WE", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
}

#: Adverbs and adjectives of frequency -> TIMEX3 SET value.
FREQUENCIES: Final[dict[str, str]] = {
    "hourly": "PT1H",
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "fortnightly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "yearly": "P1Y",
    "annually": "P1Y",
    "annual": "P1Y",
    "biannual": "P6M",
    "semiannual": "P6M",
}

#: Vague references -> TIMEX3 token (TIDES 2005, section 3.5).
VAGUE: Final[dict[str, str]] = {
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the past": "PAST_REF",
    "in the past": "PAST_REF",
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "the future": "FUTURE_REF",
    "in the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF",
    "eventually": "FUTURE_REF",
    "someday": "FUTURE_REF",
}

#: Four-digit numbers followed by these words are counts, not years ("2015 people").
COUNT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "people",
        "persons",
        "troops",
        "soldiers",
        "members",
        "votes",
        "dollars",
        "euros",
        "pounds",
        "rubles",
        "roubles",
        "shares",
        "tons",
        "tonnes",
        "km",
        "kilometers",
        "kilometres",
        "miles",
        "meters",
        "metres",
        "feet",
        "units",
        "cases",
        "deaths",
        "times",
        "percent",
        "per",
        "points",
        "employees",
        "workers",
        "jobs",
        "rockets",
        "missiles",
        "prisoners",
        "refugees",
        "delegates",
        "hours",
        "minutes",
        "acres",
        "cars",
        "vehicles",
        "homes",
        "houses",
        "barrels",
        "companies",
        "tanks",
        "aircraft",
        "planes",
        "students",
        "children",
        "civilians",
        "residents",
        "pages",
        "words",
    }
)
