"""
From matches of :data:`~diplomeet.dates._grammar.DATE_RE` to anchored TIMEX3 values.

One handler per alternative of the grammar reads the match and returns a value, or
``None`` when the match turns out not to be a date ("May" the surname, "2015 people"),
or an :class:`Impossible` for dates no calendar has ("February 30").  The rules, with an
example each, are written down in ``docs/dates.md``.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final

import attrs

from diplomeet.dates import _calendar as cal
from diplomeet.dates._dispatch import dispatch_heads
from diplomeet.dates._grammar import DATE_RE, kind
from diplomeet.dates._lexicon import (
    COUNT_NOUNS,
    FREQUENCIES,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASON_NOUNS,
    SEASONS,
    UNITS,
    VAGUE,
    WEEKDAYS,
)
from diplomeet.dates._scan import find_all
from diplomeet.dates._tense import Cue, Sentences, Tense, TenseCues
from diplomeet.records import Diagnostic, Span, TimeRef

__all__ = ["extract"]

_NEXT_WORD_RE: Final = re.compile(r"[\s-]*([A-Za-z%]+)")
_PREV_WORD_RE: Final = re.compile(r"([A-Za-z]+)[\s,]*$")
_TENS_RE: Final = re.compile(r"(\w+)[\s-]+(\w+)")
_AMBIGUOUS_BARE_MONTHS: Final = frozenset({"may", "march", "jan", "mar", "jun", "jul", "aug"})
_AHEAD_RE: Final = re.compile(r"\b(?:ahead\s+of|before|until|for)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A plan called off after a possessive weekday's noun ("Friday's meeting had been cancelled",
#: "said Friday's talks were off"): news of a dropped plan comes in the days around it, so
#: the weekday is the nearer one, before or after publication.
_CALLED_OFF_RE: Final = re.compile(
    r"[\w\s'\u2019-]{0,40}?\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|been)"
    r"\s+[\"\u201c]?(?:[a-z]+\s+)?(?:cancell?ed|called\s+off|postponed|put\s+off|scrapped"
    r"|shelved|off\b)"
    r"|(?:will|would)\s+not\s+go\s+ahead|(?:won['\u2019]t|wouldn['\u2019]t)\s+go\s+ahead)"
)
_CALLED_OFF_REACH: Final = 80
#: A delay or a grant of time before "until"/"till" ("postponed the vote until Friday", "gave
#: them until Tuesday", "extended the deadline until"): the day named is still to come.
_DELAY_BEFORE_RE: Final = re.compile(
    r"\b(?:postpon|delay|adjourn|defer|extend|suspend|push(?:ed|es|ing)?\s+back|put\s+off"
    r"|gave\b|give[ns]?\b|giving\b|grant)[^.;!?]{0,50}$",
    re.IGNORECASE,
)
_TITLE_RE: Final = re.compile(r" (?:[A-Z][a-z]+)")
_THE_BEFORE_RE: Final = re.compile(r"\b[Tt]he\s+$")
# An indefinite weekday: "a" before it, and after it the phrase's end or a likeness.
_A_BEFORE_RE: Final = re.compile(r"(?<![\w'\u2019-])[Aa] $")
_ANY_SUCH_DAY_RE: Final = re.compile(r"\s*(?:[.,;:!?)]|$)| (?:like|or|when|and)\b")
_SEASON_START: Final = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@attrs.frozen
class Impossible:
    """A date no calendar has; becomes a ``date.impossible`` diagnostic."""

    message: str


class _Env:
    """What a handler may know about the expression's surroundings."""

    __slots__ = (
        "_at",
        "_cues",
        "_end",
        "_sentences",
        "_start",
        "_tense",
        "anchor",
        "anchor_side",
        "anchor_unit",
        "given",
        "published",
    )

    def __init__(  # noqa: PLR0913, PLR0917 - the surroundings, read lazily
        self,
        published: date | None,
        anchor: date | None,
        given: Tense | None,
        cues: TenseCues,
        sentences: Sentences,
        span: tuple[int, int, int],
        anchor_unit: str | None = None,
        anchor_side: str | None = None,
    ) -> None:
        self.published = published
        self.anchor = anchor
        self.anchor_unit = anchor_unit
        # where the anchor was found: "left" (the sentence's own date, on the left of the
        # expression or after a comma on its right), "right" (the date of the event named
        # after "after"/"before") or "back" (that event, dated in a sentence before)
        self.anchor_side = anchor_side
        self.given = given is not None
        self._cues = cues
        self._sentences = sentences
        # the expression's core (without its preposition) and the offset of its sentence
        self._start, self._end, self._at = span
        self._tense: Cue | bool | None = given if given is not None else False

    @property
    def cue(self) -> Cue | None:
        """The clause's tense (or the one given), or ``None`` when the clause gives no cue."""
        if self._tense is False:
            self._tense = self._cues.tense(self._start, self._end, self._sentences.around(self._at))
        return self._tense  # type: ignore[return-value]  # False excluded above

    @property
    def tense(self) -> Tense:
        """The clause's tense; past when the clause gives no cue (news reports the past)."""
        cue = self.cue
        if cue == "plan":
            return "present"  # the nearer occurrence, as a scheduled event's
        return "future" if cue == "prospective" else cue or "past"

    @property
    def base(self) -> date | None:
        """The event date given in the same sentence, else the publication date."""
        return self.anchor or self.published


Outcome = str | Impossible | None
_Handler = Callable[[re.Match[str], _Env], Outcome]


# --- small readers --------------------------------------------------------------------


def _number(words: str | None) -> int | float | None:
    """Read "two", "24", "twenty-four", "a couple of", "2.5", "three and a half"."""
    if words is None:
        return 1
    text = " ".join(words.lower().replace("-", " ").split())
    half = text.endswith((" and a half", " 1/2", "\u00bd"))
    if half:
        text = text.removesuffix(" and a half").removesuffix(" 1/2").removesuffix("\u00bd")
    value: int | float | None
    if text[:1].isdigit():
        value = float(text) if "." in text else int(text)
    elif text in NUMBER_WORDS:
        value = NUMBER_WORDS[text]
    elif (pair := _TENS_RE.fullmatch(text)) is not None:
        tens, ones = NUMBER_WORDS.get(pair[1]), NUMBER_WORDS.get(pair[2])
        value = tens + ones if tens is not None and ones is not None else None
    else:
        value = NUMBER_WORDS.get(text)
    if value is not None and half:
        value += 0.5
    return value


def _unit(word: str) -> str:
    """Return the TIMEX3 unit code of a unit word ("weeks" -> "W")."""
    word = word.lower()
    if word == "centuries":
        return "CE"
    return UNITS[word[:-1] if word.endswith("s") and word[:-1] in UNITS else word][0]


#: A unit whose fraction TIMEX3 writes in the next smaller one: unit -> (smaller unit, how
#: many, is the smaller a time unit).  "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
_SMALLER: Final[dict[str, tuple[str, int, bool]]] = {
    "Y": ("M", 12, False),
    "D": ("H", 24, True),
    "H": ("M", 60, True),
    "M": ("S", 60, True),
}


def _duration(count: float | None, word: str) -> str:
    """
    Return a TIMEX3 duration: (4, "months") -> "P4M", (None, "days") -> "PXD".

    A fraction goes to the next smaller unit when it counts it whole, as TIMEX3 writes it:
    (2.5, "years") -> "P2Y6M", (1.5, "days") -> "P1DT12H", (1.5, "minutes") -> "PT1M30S".
    """
    lower = word.lower().rstrip("s") if word.lower() != "centuries" else "century"
    code, is_time = UNITS.get(lower, ("X", False))
    if lower == "fortnight":
        count = None if count is None else 2 * count
    elif code == "DE":
        code, count = "Y", None if count is None else 10 * count
    elif code == "CE":
        code, count = "Y", None if count is None else 100 * count
    whole = "" if count is None else f"{int(count)}"
    smaller = _SMALLER.get(code if is_time or code != "M" else "")
    if count is not None and count != int(count) and smaller is not None:
        part = (count - int(count)) * smaller[1]
        if part == int(part):
            head = f"{whole}{code}" if int(count) else ""
            tail = f"{int(part)}{smaller[0]}"
            if is_time:
                return f"PT{head}{tail}"
            return f"P{head}T{tail}" if smaller[2] else f"P{head}{tail}"
    amount = "X" if count is None else f"{count:g}"
    return f"PT{amount}{code}" if is_time else f"P{amount}{code}"


def _month(word: str) -> int:
    """The number of a month name, abbreviated ("Nov.") or possessive ("November's")."""
    return MONTHS[word.lower().rstrip(".").removesuffix("'s").removesuffix("\u2019s")]


def _weekday(word: str) -> int:
    return WEEKDAYS[word.lower()]


def _pod(word: str | None) -> str:
    return "T" + PARTS_OF_DAY[word.lower()] if word else ""


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _impossible(month: int, day: int, year: int | None = None) -> Impossible:
    name = calendar.month_name[month] if 1 <= month <= 12 else f"month {month}"
    where = f" {year}" if year is not None else ""
    return Impossible(f"{name} {day}{where} does not exist; no date was given to it.")


# --- direction -----------------------------------------------------------------------


def _weekday_date(base: date, weekday: int, tense: Tense) -> date:
    """
    The day named ``weekday`` nearest ``base`` in the direction of ``tense``.

    Past: the most recent on or before ``base`` (``base`` itself when it matches).
    Future: the first after ``base``.  Present: the nearer of the two, the past one on a tie.
    """
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7 or 7
    if tense == "future":
        return base + timedelta(days=ahead)
    if tense == "present" and ahead < back:
        return base + timedelta(days=ahead)
    return base - timedelta(days=back)


def _month_day_year(base: date, month: int, day: int, tense: Tense) -> int | None:
    """The year putting ``month``/``day`` on or before (past) or on or after (future) ``base``."""
    step = 1 if tense == "future" else -1
    year = base.year
    for _ in range(9):  # 29 February: up to eight years to the next leap day
        if _valid(year, month, day):
            candidate = date(year, month, day)
            if (candidate >= base) if step == 1 else (candidate <= base):
                return year
        year += step
    return None


def _month_year(base: date, month: int, tense: Tense, *, strict: bool = False) -> int:
    """The year of the month named ``month`` nearest ``base`` in the tense's direction."""
    if tense == "future":
        return (
            base.year
            if month > base.month or (month == base.month and not strict)
            else (base.year + 1)
        )
    if tense == "present":  # the nearer occurrence, the past one on a tie
        ahead = (month - base.month) % 12
        back = (base.month - month) % 12
        return (
            base.year + (month < base.month) if ahead < back else base.year - (month > base.month)
        )
    return (
        base.year if month < base.month or (month == base.month and not strict) else (base.year - 1)
    )


# --- handlers, one per grammar alternative ----------------------------------------------


def _iso(m: re.Match[str], _env: _Env) -> Outcome:
    year = int(m["iso_y"])
    month = int(m["iso_m"] or m["iso_m2"] or m["iso_m3"])
    day = int(m["iso_d"] or m["iso_d2"] or m["iso_d3"])
    if not _valid(year, month, day):
        return _impossible(month, day, year)
    return f"{year:04d}-{month:02d}-{day:02d}"


def _numeric(m: re.Match[str], _env: _Env) -> Outcome:
    dashed = m["num_a"] is None  # "06-20-79"
    first = int(m["num_a2"] if dashed else m["num_a"])
    second = int(m["num_b2"] if dashed else m["num_b"])
    year_text = m["num_y2"] if dashed else m["num_y"]
    year = int(year_text)
    if len(year_text) == 2:
        year += 1900 if year >= 50 else 2000
    day, month = (second, first) if second > 12 and first <= 12 else (first, second)
    if dashed and len(year_text) == 2 and first <= 12:
        day, month = second, first  # American wires stamp month first: "03-11-81"
    if not _valid(year, month, day):
        # a score or a tally in dashes ("a 21-15-12 win") is no date gone wrong
        return None if dashed else _impossible(month, day, year)
    return f"{year:04d}-{month:02d}-{day:02d}"


#: Days within which a month-day on the other side of publication wins over the clause's
#: inferred tense: edited news gives the year of a date that is not near (AP style), so
#: "payable Dec. 7" in a past-tense sentence of 2 November is this December.
_SLACK_AHEAD: Final = 60
_SLACK_BACK: Final = 30
_FUTURE_PREPOSITIONS: Final = frozenset({"by", "until", "till", "through", "before"})


def _choose(env: _Env, back: tuple[int, int], ahead: tuple[int, int], prep: str) -> int:
    """Pick the year of the past or the future occurrence, each given as (year, days away)."""
    nearest = back[0] if back[1] <= ahead[1] else ahead[0]
    if env.given:
        return {"past": back[0], "future": ahead[0]}.get(env.tense, nearest)
    cue = env.cue and env.tense
    if cue is None or cue == "present" or (prep in _FUTURE_PREPOSITIONS and cue == "past"):
        return nearest
    if cue == "past":
        return ahead[0] if ahead[1] <= _SLACK_AHEAD else back[0]
    return back[0] if back[1] <= _SLACK_BACK else ahead[0]


#: The month-day alternatives that may name a relative year ("on May 4 last year").
_RELATIVE_YEAR_PREFIXES: Final = frozenset({"md", "dm"})


def _day_month(m: re.Match[str], prefix: str, env: _Env) -> Outcome:
    """Resolve the month-day (and year, weekday) in groups ``md_*`` or ``dm_*``."""
    month = _month(m[f"{prefix}_m"])
    day = int(m[f"{prefix}_d"].rstrip("stndrh"))
    year_text, weekday_text = m[f"{prefix}_y"], m[f"{prefix}_wd"]
    relative = m[f"{prefix}_rel"] if prefix in _RELATIVE_YEAR_PREFIXES else None
    if relative is not None and env.base is not None:
        # "on September 1 last year": the year the words name
        year_text = str(env.base.year + {"last": -1, "next": 1}.get(relative.lower(), 0))
    if year_text is not None:
        year = int(year_text)
        if not _valid(year, month, day):
            return _impossible(month, day, year)
        return f"{year:04d}-{month:02d}-{day:02d}"
    if not _valid(2000, month, day):  # 2000 is a leap year: only truly impossible days fail
        return _impossible(month, day)
    base = env.base
    if base is None:
        return f"XXXX-{month:02d}-{day:02d}"
    if weekday_text is not None:
        weekday = _weekday(weekday_text)
        for year in (base.year, base.year - 1, base.year + 1):
            if _valid(year, month, day) and date(year, month, day).weekday() == weekday:
                return f"{year:04d}-{month:02d}-{day:02d}"
    back = _month_day_year(base, month, day, "past")
    ahead = _month_day_year(base, month, day, "future")
    if back is None or ahead is None:  # pragma: no cover - valid days recur
        found = back or ahead
    else:
        gap_back = (base - date(back, month, day)).days
        gap_ahead = (date(ahead, month, day) - base).days
        found = _choose(env, (back, gap_back), (ahead, gap_ahead), (m["prep"] or "").lower())
    if found is None:  # pragma: no cover - a valid month-day recurs within eight years
        return f"XXXX-{month:02d}-{day:02d}"
    return f"{found:04d}-{month:02d}-{day:02d}"


def _month_of_day(base: date, day: int, shift: int) -> date | None:
    """Day ``day`` of the month ``shift`` months from ``base``'s, if that month has it."""
    months = base.year * 12 + base.month - 1 + shift
    year, month = divmod(months, 12)
    return date(year, month + 1, day) if _valid(year, month + 1, day) else None


#: "the 14th inst." (instant: this month), "ult." (ultimo: last month), "prox." (proximo: next
#: month), as older papers, courts and government press notes date things.
_LATIN_MONTHS: Final = {"ins": "this", "ult": "last", "pro": "next"}


def _ordinal_day(m: re.Match[str], env: _Env) -> Outcome:
    """
    "on the 14th": that day of the month, on the base's side the clause's tense gives.

    "of this/last/next month" names the month; else the past (the default) takes the latest
    such day on or before the base, the future and the present the next on or after it, a
    preposition looking ahead ("for", "until") the nearer one.
    """
    day = int(m["od_d"])
    base = env.base
    if base is None:
        return f"XXXX-XX-{day:02d}"
    relation = (m["od_rel"] or "").lower() or _LATIN_MONTHS.get((m["od_lat"] or "")[:3].lower(), "")
    if relation in {"this", "last", "next", "the"}:
        found = _month_of_day(base, day, {"last": -1, "next": 1}.get(relation, 0))
        return found.isoformat() if found else _impossible(base.month, day)
    back = next(
        (d for k in range(0, -3, -1) if (d := _month_of_day(base, day, k)) and d <= base), None
    )
    ahead = next((d for k in range(3) if (d := _month_of_day(base, day, k)) and d >= base), None)
    # as for a weekday: "was due to meet on the 29th" looks ahead, "closed until the 2nd"
    # takes the nearer, else the clause's tense
    if env.cue in {"prospective", "present"} or env.tense == "future":
        found = ahead
    elif (
        ((m["prep"] or "").lower() in _FUTURE_PREPOSITIONS or env.cue == "plan") and back and ahead
    ):
        found = back if (base - back).days <= (ahead - base).days else ahead
    else:
        found = back
    return found.isoformat() if found else None


#: Months that are also given names: "Unaizah May 2", "Lady June 3" name boats.
_NAME_MONTHS: Final = frozenset({"May", "June", "April", "August"})
#: Capitalised words a month-day may follow and still be a date ("On May 5", "Tuesday May 5").
_DATE_LEADS: Final = frozenset(
    {"on", "in", "by", "since", "until", "till", "from", "before", "after", "early", "late", "mid"}
)
#: A vessel's name before the month: a capitalised word after a vessel noun ("the boat
#: Unaizah May 2", "aboard the Lady June 3"; not "in Lima May 5", "Ministers To Meet May 5").
_NAME_WORD_BEFORE_RE: Final = re.compile(
    r"\b(?:boat|vessel|ship|ferry|tanker|yacht|trawler|freighter|cutter|barge|dhow|"
    r"schooner|aboard|named|called) ([A-Z][a-z]+) $"
)


def _md(m: re.Match[str], env: _Env) -> Outcome:
    if m["md_m"] in _NAME_MONTHS and not (m["prep"] or m["md_y"] or m["md_wd"]):
        # "the resupply boat Unaizah May 2", "the yacht Lady June 3": a vessel's name with
        # its number, not a date
        before = _NAME_WORD_BEFORE_RE.search(m.string, max(0, m.start() - 30), m.start())
        if (
            before is not None
            and before[1].lower() not in _DATE_LEADS
            and before[1].lower() not in WEEKDAYS
        ):
            return None
    return _day_month(m, "md", env)


def _dm(m: re.Match[str], env: _Env) -> Outcome:
    return _day_month(m, "dm", env)


def _month_day(m: re.Match[str], env: _Env) -> Outcome:
    """A month's first or last day ("the last day of October"), in the year the tense says."""
    month = MONTHS[m["mday_m"].lower().rstrip(".")]
    if m["mday_y"]:
        year = int(m["mday_y"])
    elif env.published is None:
        return None
    else:
        tense = env.tense if env.given or env.cue else "present"
        year = _month_year(env.published, month, tense)
    first = m["mday_w"].lower() in {"first", "opening"}
    day = 1 if first else calendar.monthrange(year, month)[1]
    return date(year, month, day).isoformat()


def _mdrange(m: re.Match[str], env: _Env) -> Outcome:
    """A range of days ("March 12-14"): its first day."""
    return _day_month(m, "mdr", env)


def _dmrange(m: re.Match[str], env: _Env) -> Outcome:
    """A range of days ("12-14 March", "12 to 14 March"): its first day."""
    return _day_month(m, "dmr", env)


def _night_of(m: re.Match[str], env: _Env) -> Outcome:
    """Read "the night of Sunday to Monday": the night that begins on the first day."""
    weekday = _weekday(m["no_d"])
    base = env.published
    if base is None:
        return f"XXXX-WXX-{weekday + 1}TNI"
    return _weekday_date(base, weekday, env.tense).isoformat() + "TNI"


def _my(m: re.Match[str], env: _Env) -> Outcome:
    month = _month(m["my_m"])
    if m["my_y"]:
        return f"{int(m['my_y']):04d}-{month:02d}"
    if env.published is None:  # "July last year"
        return f"XXXX-{month:02d}"
    shift = {"last": -1, "next": 1}.get(m["my_rel"].lower(), 0)
    return f"{env.published.year + shift:04d}-{month:02d}"


#: The prepositions before which a bare "Christmas" is the feast's day: a point in time
#: ("since Christmas", "on Christmas Day"); a deadline or a stretch ("before Christmas", "over
#: Christmas", "home for Christmas") is left undated, as a vague end of the year.
_FEAST_DAY_PREPOSITIONS: Final = frozenset({"since", "on", "at"})


def _feast(m: re.Match[str], env: _Env) -> Outcome:
    """
    Read "since Christmas", "on Christmas Eve", "Christmas Day 1980" as the feast's day.

    A bare "Christmas" is a day only after "since", "on" or "at"; "Christmas Day" or
    "Christmas Eve" after any preposition, and with a year anywhere.  "Christmas" alone more
    often names the feast than a date ("Christmas is a public holiday"), and "before
    Christmas" a deadline in December more than a day.  The year is the last feast's after
    "since", otherwise the one the tense points to.
    """
    prep = (m["prep"] or "").lower()
    if not (m["fe_y"] or (m["fe_part"] and prep) or prep in _FEAST_DAY_PREPOSITIONS):
        return None
    day = 24 if (m["fe_part"] or "").lower() == "eve" else 25
    if m["fe_y"]:
        return f"{int(m['fe_y']):04d}-12-{day:02d}"
    base = env.base
    if base is None:
        return f"XXXX-12-{day:02d}"
    tense = "past" if prep == "since" or env.tense == "present" else env.tense
    year = _month_day_year(base, 12, day, tense)
    return None if year is None else f"{year:04d}-12-{day:02d}"


def _month_week(m: re.Match[str], env: _Env) -> Outcome:
    """
    Read "the second week of April", "the last week of July 2027" as its month.

    The phrase is read whole (not "the last week" as the past seven days and "of July" apart)
    and dated to the month that counts the week, as the gold of earlier sets dates it: which
    ISO week a month's "second week" is depends on whether a week partly in the month counts.
    """
    month = _month(m["mw_m"])
    if m["mw_y"]:
        return f"{int(m['mw_y']):04d}-{month:02d}"
    if env.published is None:
        return f"XXXX-{month:02d}"
    tense = env.tense if env.given or env.cue else "present"
    return f"{_month_year(env.published, month, tense):04d}-{month:02d}"


def _set(m: re.Match[str], _env: _Env) -> Outcome:
    if m["set_wd"]:
        return f"XXXX-WXX-{_weekday(m['set_wd']) + 1}"
    if m["set_m"]:  # "each July"
        return f"XXXX-{_month(m['set_m']):02d}"
    if m["set_wds"]:
        return f"XXXX-WXX-{_weekday(m['set_wds'][:-1]) + 1}"
    if m["set_f"]:
        return FREQUENCIES[m["set_f"].lower()]
    if m["set_u"]:
        count = 2 if (m["set_n"] or "").lower() == "other" else _number(m["set_n"])
        return _duration(count, m["set_u"])
    return _duration(1, m["set_u2"])


def _shift(base: date, unit: str, count: int) -> tuple[date, str]:
    """Move ``base`` and say how precise the result is ("D", "W", "M", "Q", "Y", "DE")."""
    return cal.add(base, unit, count), unit


def _at(day: date, unit: str) -> str:
    """The value of the ``unit``-sized period containing ``day``."""
    if unit in {"W", "WE"}:
        return cal.weekend_value(day) if unit == "WE" else cal.week_value(day)
    if unit == "M":
        return cal.month_value(day)
    if unit == "Q":
        return f"{day.year:04d}-Q{cal.quarter_of(day)}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    return day.isoformat()


_UNKNOWN: Final = {
    "D": "XXXX-XX-XX",
    "W": "XXXX-WXX",
    "WE": "XXXX-WXX-WE",
    "M": "XXXX-XX",
    "Q": "XXXX-QX",
    "Y": "XXXX",
    "DE": "XXX",
    "CE": "XX",
}


#: The longest step, in days, that counts from publication when the event it counts from is
#: not dated ("a week after the port was seized"); a longer one is a duration.
_NEAR_STEP_DAYS: Final = 14
_UNIT_DAYS: Final = {"D": 1, "W": 7, "WE": 7, "M": 30, "Q": 91, "Y": 365, "DE": 3650, "CE": 36500}


def _long_step(unit: str, count: float) -> bool:
    return _UNIT_DAYS.get(unit, 0) * count > _NEAR_STEP_DAYS


def _offset(m: re.Match[str], env: _Env) -> Outcome:
    direction = " ".join(m["off_dir"].lower().split())
    if m["off_v"]:  # "hours after the attack": the event's day, if the text dates it
        if direction in {"ago", "from now", "hence"} or env.anchor is None:
            return "PAST_REF" if direction == "ago" else _duration(None, m["off_v"])
        return env.anchor.isoformat()
    count = _number(m["off_n"])
    unit = _unit(m["off_u"])
    if (
        count is None
        and env.anchor is not None
        and not m["off_mod"]
        and direction not in {"ago", "from now", "hence"}
        and m["off_u"].lower().startswith(("hour", "minute"))
    ):
        # "a few hours later", "several minutes after the raid": as "hours later", the day
        # of the event the text dates
        return env.anchor.isoformat()
    if count is None or isinstance(count, float) or (m["off_mod"] and direction != "ago"):
        if direction == "ago" and (count is None or isinstance(count, float)):
            return "PAST_REF"
        return _duration(count, m["off_u"])  # "a few days after the vote": a stretch
    if m["off_u"].lower().startswith(("hour", "minute", "second")):
        unit = "D"
        count = 0
    # "ago" counts from publication.  "two days later/earlier" moves the event the sentence
    # dates.  "a day after/before the vote" names the other event: the vote was a day
    # before (after) the time the sentence is about.
    sign = {
        "ago": -1,
        "earlier": -1,
        "previously": -1,
        "prior": -1,
        "later": 1,
        "from now": 1,
        "hence": 1,
        "after": -1,
        "before": 1,
    }[direction]
    if direction == "ago" and env.anchor is not None and env.anchor_unit == "Q" and unit == "Y":
        # "profit rose in the third quarter from $2 million a year ago": a quarterly
        # comparison, so the same quarter that many years back
        return _at(cal.add(env.anchor, "Y", -count), "Q")
    if direction in {"after", "before"} and env.anchor is None and _long_step(unit, count):
        # "twenty years after the first crews were chosen", "90 days after their issue": an
        # event the text does not date; publication stands for it only when near
        return _duration(count, m["off_u"])
    if direction in {"later", "earlier"} and env.anchor is None and env.anchor_unit == _COARSE:
        # "In August 2025, Latvia expelled a diplomat. Minsk responded a week later": a step
        # from an event the text dates too coarsely for it; no other day stands for it
        return _duration(count, m["off_u"])
    base = env.published if direction in {"ago", "from now", "hence"} else env.base
    if base is None:
        return _UNKNOWN.get(unit, "XXXX-XX-XX")
    if m["off_today"]:
        # "seized the islands a week ago today": the day itself, so many units back
        day = cal.add(base, unit, sign * count)
        if m["off_today"].lower() == "yesterday":
            day -= timedelta(days=1)
        return _at(day, "D")
    if env.anchor_side in {"right", "back"} and base is env.anchor:
        # "a day after the leaders met on Tuesday": the date given is the other event's,
        # so the expression dates the sentence's own event, the other way round
        sign = -sign
    day, unit = _shift(base, unit, sign * count)
    if unit in {"DE", "CE"}:
        unit = "Y"  # "a decade ago": the year ten years back, not the whole decade
    if env.anchor_unit and base is env.anchor and unit in {"Y", "Q", "M", "W"}:
        # "profit rose in the third quarter from a year earlier": the anchor's precision
        unit = env.anchor_unit
    elif unit == "W" and direction in {"after", "before"}:
        # "met on Wednesday, a week after gunmen abducted four fishermen": weeks between two
        # events count whole days, so the other event's day, not its week
        unit = "D"
    return _at(day, "D" if unit == "WE" else unit)


def _anchor(m: re.Match[str], env: _Env) -> Outcome:
    base = env.base
    if m["anc_ya"]:  # "the year-ago period": the period the text reports, a year back
        if env.anchor is not None and env.anchor_unit == "Q":
            return _at(cal.add(env.anchor, "Y", -1), "Q")
        return None if env.published is None else f"{env.published.year - 1:04d}"
    if m["anc_iu"] or m["anc_tu"]:  # "later in the week", "later that year"
        if m["anc_tu"] and env.anchor is None:
            return None  # "that year" names a year the text gave before: none here
        unit = _unit(m["anc_iu"] or m["anc_tu"])
        return _UNKNOWN[unit] if base is None else _at(base, unit)
    if m["anc_d"]:
        pod = m["anc_pod"] if m["anc_pod"] and m["anc_pod"].lower() != "day" else None
        if pod is None and m["anc_d"].lower().split()[-1] != "day":
            pod = m["anc_d"].split()[-1]
        if base is None:
            return "XXXX-XX-XX" + _pod(pod)
        return base.isoformat() + _pod(pod)
    if m["anc_u"]:
        word, unit_word = (m["anc_w"] or m["anc_w2"]).lower(), m["anc_u"].lower()
        sign = {"next": 1, "following": 1, "same": 0}.get(word, -1)
    else:
        unit_word = m["anc_u2"].lower()
        sign = 1 if m["anc_dir"].lower() == "after" else -1
        if m["anc_obj"] and env.anchor_side not in {"right", "back"}:
            # "met on Monday, the day before the summit": the summit's date, a day on
            sign = -sign
    if unit_word in PARTS_OF_DAY:
        if base is None:
            return "XXXX-XX-XX" + _pod(unit_word)
        return (base + timedelta(days=sign)).isoformat() + _pod(unit_word)
    unit = _unit(unit_word)
    if base is None:
        return _UNKNOWN[unit]
    day, unit = _shift(base, "W" if unit == "WE" else unit, sign)
    return _at(day, "WE" if unit_word == "weekend" else unit)


#: Relation words of a weekday counted from the date its sentence gives, not publication.
_SENTENCE_RELATIONS: Final = frozenset({"following", "previous", "preceding"})


#: The end of a range after its start: "from Friday to Sunday", "from Monday through".
_RANGE_END_RE: Final = re.compile(r"\s*(?:-|\u2013|to\b|until\b|till\b|through\b|and\b)")

#: Moments of a day a weekday may follow: "at dawn on Monday", "before daybreak Sunday".
_DAYBREAK: Final = frozenset({"dawn", "daybreak", "dusk", "nightfall"})


def _next_weekday(base: date, weekday: int, relation: str, published: date | None) -> date:
    """
    The weekday after ``base`` that "next", "coming" or "following" names.

    "next Thursday" written on a Wednesday: the day after is "tomorrow" or "on Thursday", so
    "next" reaches on to the Thursday of the week after, as "last" reaches back.
    """
    day = _weekday_date(base, weekday, "future")
    if relation == "next" and day == base + timedelta(days=1) and base == published:
        day += timedelta(days=7)
    return day


def _any_such_day(m: re.Match[str]) -> bool:
    """Whether a weekday after "a" is any such day: "on a Saturday.", "a Friday like ..."."""
    return (
        not m["wd_pod"]
        and _A_BEFORE_RE.search(m.string, max(0, m.start() - 3), m.start()) is not None
        and _ANY_SUCH_DAY_RE.match(m.string, m.end()) is not None
    )


def _weekday_ref(
    m: re.Match[str], env: _Env, preposition: str | None = None, left: int | None = None
) -> Outcome:
    """
    A weekday, by its relation word, the clause's tense and its preposition.

    ``preposition`` and ``left`` stand for the expression's own preposition and start when a
    time of day comes between them ("until 9 a.m. Tuesday").
    """
    prep = (preposition if preposition is not None else m["prep"] or "").lower()
    if (m["wd_mod"] or "").lower() in _DAYBREAK:
        prep = ""  # "before dawn on Monday": the preposition is the dawn's, not the day's
    left = m.start() if left is None else left
    if _TITLE_RE.match(m.string, m.end()) and _THE_BEFORE_RE.search(
        m.string, max(0, m.start() - 5), m.start()
    ):
        return None  # "the Sunday Times", "the Monday Club": a name, not a date
    if _any_such_day(m):
        return None  # "on a Saturday.", "a Friday like any other": any such day, no date
    weekday = _weekday(m["wd_d"])
    pod = _pod(m["wd_pod"])
    relation = (m["wd_rel"] or m["wd_after"] or "").lower()
    week = m["wd_week"] or m["wd_wk0"]
    # "the following (previous) Friday" counts from the date the sentence gives
    base = env.anchor if relation in _SENTENCE_RELATIONS and env.anchor else env.published
    if base is None:
        return f"XXXX-WXX-{weekday + 1}{pod}"
    modifier = (m["wd_mod"] or "").lower()
    if week and not relation and env.published is not None:
        # "on Thursday next week": the Thursday of the week after the publication's
        step = {"next": 1, "last": -1}.get(week.lower(), 0)
        monday = env.published - timedelta(days=env.published.weekday())
        return (monday + timedelta(days=7 * step + weekday)).isoformat() + pod
    if relation in {"last", "past", "previous", "preceding"}:
        day = _weekday_date(base - timedelta(days=1), weekday, "past")
        if relation == "last" and day == base - timedelta(days=1) and base == env.published:
            # "last Wednesday" written on a Thursday: the day before is "yesterday" or "on
            # Wednesday"; "last" reaches back to the Wednesday of the week before
            day -= timedelta(days=7)
    elif not relation and modifier in {"later", "earlier"}:
        # "later Friday" / "earlier Friday": that day, the publication day included
        if modifier == "later" and env.tense == "future":
            day = base + timedelta(days=(weekday - base.weekday()) % 7)
        else:
            day = _weekday_date(base, weekday, "past")
    elif relation in {"next", "coming", "following"}:
        day = _next_weekday(base, weekday, relation, env.published)
    elif relation == "this":
        day = _weekday_date(base, weekday, "present" if env.tense == "present" else env.tense)
        if env.tense == "future" and day - timedelta(days=7) == base:
            day = base
    elif m["wd_pos"] and env.tense != "future":
        # "Wednesday's ruling": an event of the nearest such day, unless the clause
        # looks ahead ("ahead of Friday's vote").
        ahead = _AHEAD_RE.search(m.string, max(0, m.start() - 12), m.start("weekday"))
        if ahead:  # "ahead of Friday's vote" written on Friday: the vote is that day
            day = base + timedelta(days=(weekday - base.weekday()) % 7)
        elif _CALLED_OFF_RE.match(m.string, m.end(), m.end() + _CALLED_OFF_REACH):
            day = _weekday_date(base, weekday, "present")
        else:
            day = _weekday_date(base, weekday, "past")
    elif env.cue == "plan":
        # "a meeting that had been set for Friday was called off": news of a dropped plan
        # comes in the days around it, so the nearer Friday, before or after publication
        day = _weekday_date(base, weekday, "present")
    elif env.cue in {"prospective", "present"} or (
        # "postponed the vote until Friday": a day still to come, that very day included
        prep in {"until", "till"} and _DELAY_BEFORE_RE.search(m.string, max(0, left - 60), left)
    ):  # "was due to meet", "opens on Friday"
        day = base + timedelta(days=(weekday - base.weekday()) % 7)
    elif (
        prep in _FUTURE_PREPOSITIONS
        or (prep == "from" and not _RANGE_END_RE.match(m.string, m.end()))
    ) and env.cue != "future":
        # "closed until Friday"; "called a strike from Thursday" (a start with no end: what
        # begins is announced around it), not "ran from Friday to Sunday"
        day = _weekday_date(base, weekday, "present")
    elif env.tense == "future" and weekday == base.weekday():
        # "is scheduled to call on him on Friday", written on a Friday: news names the day
        # of publication by its weekday (AP style has no "today"), so that very day
        day = base
    else:
        day = _weekday_date(base, weekday, env.tense)
    return day.isoformat() + pod


# What makes "last" the final one of several, not the one before today: an article or an
# owner before it ("the last evening", "their last night"), "at" ("At last night fell"), or
# "of" after the part of the day ("the last night of the visit").
_OWNED_LAST_RE: Final = re.compile(
    r"(?<![\w'\u2019])(?:the|their|his|her|its|our|my|your|at) $", re.IGNORECASE
)
_OWNED_LAST_LOOK_BACK: Final = 7


def _last_of_many(m: re.Match[str]) -> bool:
    """Whether the "last" of ``m`` ("last evening") is the final one of several."""
    text, at = m.string, m.start("rd_rel")
    return _OWNED_LAST_RE.search(
        text, max(0, at - _OWNED_LAST_LOOK_BACK), at
    ) is not None or text.startswith(" of ", m.end())


def _relday(m: re.Match[str], env: _Env) -> Outcome:
    base = env.published
    if m["rd_w"]:
        word = m["rd_w"].lower().replace("-", "")
        shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
        if m["rd_pre"]:
            shift += -1 if m["rd_pre"].lower().endswith("before") else 1
        pod = "TNI" if word == "tonight" else _pod(m["rd_pod"])
    else:
        word = m["rd_rel"].lower().replace("-", "")
        shift = {"last": -1, "this": 0, "tomorrow": 1, "yesterday": -1}[word]
        if word == "last" and m["rd_pod2"].lower() not in {"night", "overnight", "evening"}:
            return None  # "last morning" is not an expression of English ("last evening" is)
        if word == "last" and _last_of_many(m):
            return None  # "the last night of the visit", "their last evening together"
        pod = _pod(m["rd_pod2"])
    if base is None:
        return "XXXX-XX-XX" + pod
    return (base + timedelta(days=shift)).isoformat() + pod


def _quarter(m: re.Match[str], env: _Env) -> Outcome:
    ending = False  # "the last (final, latter) half of": the year's last one
    if m["q_q"]:
        number, unit = int(m["q_q"][1]), "Q"
        year_text = m["q_qy"]
    else:
        # "the latest period" of an earnings report is its quarter
        unit = "H" if m["q_u"].lower() == "half" else "Q"
        if not (m["q_n"] or m["q_rel"] or m["q_yb"] or (m["q_the"] and unit == "Q")):
            return None  # "half", "a quarter of the vote"
        if not m["q_n"] and m["q_u"][0].isupper():
            return None  # "the Quarter", a district
        number = ORDINALS[m["q_n"].lower()] if m["q_n"] else 0
        ending = (m["q_rel"] or "").lower() in {"final", "latter"} or (
            (m["q_rel"] or "").lower() == "last" and bool(m["q_y"] or m["q_yrel"])
        )
        if not number and ending:  # "the last half of 2019", "the final quarter"
            number = 4 if unit == "Q" else 2
        if unit == "H" and number > 2:
            return None
        year_text = m["q_y"]
        if m["q_yb"]:
            if number:
                return f"{int(m['q_yb']):04d}-{unit}{number}"
            year_text = None
    size = 3 if unit == "Q" else 6
    if year_text is not None:
        return f"{int(year_text):04d}-{unit}{number}" if number else None
    base = env.published
    if base is None:
        return f"XXXX-{unit}{number or 'X'}"
    current = (base.month - 1) // size + 1
    year = base.year
    if m["q_yrel"]:
        year += {"this": 0, "last": -1, "next": 1}[m["q_yrel"].lower()]
    relation = "" if ending else (m["q_rel"] or "").lower()
    if not number:
        shift = {"next": 1, "this": 0, "current": 0, "same": 0}.get(relation, -1)
        day = cal.add(date(year, size * current - size + 1, 1), "M", shift * size)
        if relation in {"year-earlier", "year-ago"}:
            day = cal.add(day, "Y", -1)
        if m["q_yb"]:
            day = day.replace(year=int(m["q_yb"]))
        return f"{day.year:04d}-{unit}{(day.month - 1) // size + 1}"
    if relation in {"year-earlier", "year-ago"}:
        year -= 1
    elif relation in {"last", "previous"}:
        year -= 1 if number >= current else 0
    elif relation == "next":
        year += 1 if number <= current else 0
    elif not m["q_yrel"] and not relation:
        # "the fourth quarter": the latest one begun, or in a future clause one not long
        # past (results are announced after the quarter ends) or still to come.
        if env.tense == "future":
            year += 1 if number < current - 1 else 0
        elif number > current:
            year -= 1
    return f"{year:04d}-{unit}{number}"


def _weekend(_m: re.Match[str], env: _Env) -> Outcome:
    base = env.published
    if base is None:
        return "XXXX-WXX-WE"
    if env.tense == "future" or base.weekday() >= 5:
        return cal.weekend_value(base)
    return cal.weekend_value(base - timedelta(days=7))


def _spoken(m: re.Match[str], _env: _Env) -> Outcome:
    if m["sp_c"]:
        century = 1900 if m["sp_c"].lower() == "nineteen" else 1800
        tail = m["sp_y"].lower()
        count = 0 if tail == "hundred" else _number(tail)
        return f"{century + int(count or 0):04d}" if count is not None else None
    count = _number(m["sp_t"]) if m["sp_t"] else 0
    return f"{2000 + int(count or 0):04d}"


def _century(m: re.Match[str], _env: _Env) -> Outcome:
    text = m["cen_n"].lower()
    number = ORDINALS.get(text) or int(text.rstrip("stndrh") or 0)
    if not 1 <= number <= 21 or text in {"last", "final"}:
        return None
    return f"{number - 1:02d}"


_DECADE_WORDS: Final = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


# A weather report's words before "the 80s" (or "degrees" after it): temperatures, no decade
# ("Highs in the 80s, lows near 50", "temperatures in the upper 90s").
_TEMPERATURE_WORDS_RE: Final = re.compile(
    r"\b(?:[Hh]ighs?|[Ll]ows?|[Tt]emperatures?|[Dd]egrees|[Mm]ercury|[Ff]orecast|[Hh]eat ?wave"
    r"|WEATHER|[Ww]eather)\b"
)
_TEMPERATURE_LOOK_BACK: Final = 40
_TEMPERATURE_AFTER: Final = frozenset({"degrees", "f", "fahrenheit", "c", "celsius"})


def _temperature(m: re.Match[str]) -> bool:
    """Whether "the 80s" at ``m`` reads a temperature: "Highs in the 80s", "the 90s degrees"."""
    after = _NEXT_WORD_RE.match(m.string, m.end())
    if after is not None and after[1].casefold() in _TEMPERATURE_AFTER:
        return True
    start = max(m.start() - _TEMPERATURE_LOOK_BACK, 0)
    # (within the sentence: "Lows near 40. Relations soured in the 80s" is a decade)
    start = max(start, m.string.rfind(". ", start, m.start()) + 1)
    return _TEMPERATURE_WORDS_RE.search(m.string, start, m.start()) is not None


def _decade_word(m: re.Match[str], _env: _Env) -> Outcome:
    """'the nineties' -> "199", 'the 80s' -> "198" (a two-digit decade as for "'80s")."""
    if m["dw_w"]:
        return f"19{_DECADE_WORDS[m['dw_w'].lower()]}"
    if _temperature(m):
        return None
    short = int(m["dw_yy"])
    return f"{19 if short >= 30 else 20}{short // 10}"


def _decade(m: re.Match[str], _env: _Env) -> Outcome:
    if m["dec_y"]:
        return m["dec_y"][:3]
    short = int(m["dec_yy"])
    return f"{19 if short >= 30 else 20}{short // 10}"


def _season(m: re.Match[str], env: _Env) -> Outcome:
    code = SEASONS[m["sea_s"].lower()]
    relation = (m["sea_rel"] or "").lower()
    if m["sea_y"]:
        return f"{int(m['sea_y']):04d}-{code}"
    if m["sea_yrel"]:
        if env.published is None:
            return f"XXXX-{code}"
        shift = {"this": 0, "last": -1, "next": 1}[m["sea_yrel"].lower()]
        return f"{env.published.year + shift:04d}-{code}"
    preposition = (m["prep"] or "").lower()
    if not relation and preposition not in {"in", "during", "since", "until", "by", "over"}:
        return None
    after = _NEXT_WORD_RE.match(m.string, m.end())
    if after is not None and after[1].lower() in SEASON_NOUNS and m.string[m.end()] == " ":
        return None  # "until the summer vacation begins": the vacation's, not a season
    if (
        relation == "the"
        and after is not None
        and after[1][:1].isupper()
        and m.string[m.end()] == " "
    ):
        return None  # "drove to the summer White House": a name's word, not a season
    if code == "FA" and m["sea_s"].lower() == "fall" and relation in {"", "the"}:
        follow = m.string[m.end() : m.end() + 4].lower()
        if follow.startswith(" of") or not preposition:
            return None  # "the fall of the government"
    base = env.published
    if base is None:
        return f"XXXX-{code}"
    current_year, current_code = cal.season_of(base)
    if relation == "this":
        year = base.year if code != "WI" or base.month >= 3 else base.year - 1
        return f"{year:04d}-{code}"
    if relation in {"early", "late", "the", "coming", ""}:
        # "since the summer" is a summer gone by, whatever the sentence's tense
        tense = (
            "future" if relation == "coming" else "past" if preposition == "since" else env.tense
        )
        year = base.year if code != "WI" or base.month >= 3 else base.year - 1
        if code == current_code:
            return f"{current_year:04d}-{code}"
        start = date(year, _SEASON_START[code], 1)
        if tense == "past" and start > base:
            year -= 1
        elif tense == "future" and start < base:
            year += 1
        return f"{year:04d}-{code}"
    year = base.year if code != "WI" or base.month >= 3 else base.year - 1
    start = date(year, _SEASON_START[code], 1)
    if relation in {"last", "past"}:
        if start >= date(current_year, _SEASON_START[current_code], 1):
            year -= 1
    elif start <= base:  # next
        year += 1
    return f"{year:04d}-{code}"


#: Until which month a past "full year" is the year before publication's (annual results
#: come out in the first quarter).
_FULL_YEAR_REPORTED: Final = 3


def _year_end(m: re.Match[str], env: _Env) -> Outcome:
    """Year-end ("by year-end") is the year, as "the end of the year"; "since year-end" the last."""
    base = env.published
    if base is None:
        return "XXXX"
    back = (m["prep"] or "").lower() == "since" or (
        env.cue == "past" and base.month <= _FULL_YEAR_REPORTED
    )
    return f"{base.year - back:04d}"


def _relative_month_day(m: re.Match[str], relation: str, base: date | None) -> Outcome:
    """
    "last Oct. 23", "next March 3", "this May 9": that day before, after or in the year.

    "last" is the latest such day strictly before ``base``, "next" the first strictly after,
    "this" the one of ``base``'s year.
    """
    month, day = _month(m["rp_m"]), int(re.sub(r"\D", "", m["rp_md"]))
    if base is None:
        return f"XXXX-{month:02d}-{day:02d}"
    year: int | None
    if relation in {"last", "past", "previous", "preceding"}:
        year = _month_day_year(base - timedelta(days=1), month, day, "past")
    elif relation in {"next", "coming"}:
        year = _month_day_year(base + timedelta(days=1), month, day, "future")
    else:
        year = base.year if _valid(base.year, month, day) else None
    if year is None:
        return _impossible(month, day)
    return f"{year:04d}-{month:02d}-{day:02d}"


def _relperiod(m: re.Match[str], env: _Env) -> Outcome:
    if m["rp_ye"]:
        return _year_end(m, env)
    relation = m["rp_rel"].lower()
    if m["rp_the"] and relation in {"past", "last", "next", "coming", "previous"}:
        return _duration(1, m["rp_u"]) if m["rp_u"] else None
    base = env.published
    if m["rp_m"] and m["rp_md"]:
        return _relative_month_day(m, relation, base)
    if m["rp_m"]:
        month = _month(m["rp_m"])
        if base is None:
            return f"XXXX-{month:02d}"
        if relation in {"last", "past", "previous", "preceding"}:
            year = _month_year(base, month, "past", strict=True)
            if relation == "last" and (base.month - month) % 12 == 1:
                # "last October" written in November: the month just gone is "last month"
                # or "in October"; "last" reaches back to the October of the year before
                year -= 1
            return f"{year:04d}-{month:02d}"
        if relation in {"next", "coming"}:
            return f"{_month_year(base, month, 'future', strict=True):04d}-{month:02d}"
        return f"{base.year:04d}-{month:02d}"
    unit = _unit(m["rp_u"])
    if base is None:
        return _UNKNOWN[unit]
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "latest": -1}.get(
        relation, 0
    )
    if relation == "full" and env.cue == "past" and base.month <= _FULL_YEAR_REPORTED:
        shift = -1  # "profit for the full year rose", reported in February: last year's
    if unit == "WE":
        if relation == "this" and base.weekday() < 5 and env.tense == "past":
            shift = -1
        return cal.weekend_value(base + timedelta(weeks=shift))
    return _at(cal.add(base, unit, shift), unit)


def _duration_ref(m: re.Match[str], _env: _Env) -> Outcome:
    if m["dur_fy"]:  # "the fiscal year ended March 31": a twelve-month stretch
        return "P1Y"
    if m["dur_u2"]:
        return _duration(1, m["dur_u2"])
    count = _number(m["dur_n"])
    if m["dur_half"] and count is not None:  # "an hour and a half"
        count += 0.5
    before = (m["dur_pre"] or "").lower().split()
    if count is None and before[-1:] in (["past"], ["last"]):
        return "PAST_REF"  # "in the past several days": a vague stretch before now
    return _duration(count, m["dur_u"])


def _vaguedur(m: re.Match[str], _env: _Env) -> Outcome:
    return _duration(None, m["vd_u"] or m["vd_u2"])


def _vague(m: re.Match[str], _env: _Env) -> Outcome:
    if m["vg_w"] and _NEAR_A_TIME_RE.match(m.string, m.end()) and m["vg_w"].lower() in _NEAR_WORDS:
        # "shortly after midnight yesterday", "soon before 2 a.m.": the word puts the time
        # near it (read with the time), no time to come of its own
        return None
    if m["vg_w"]:
        return VAGUE[" ".join(m["vg_w"].lower().split())]
    return "PAST_REF" if m["vg_past"] else "FUTURE_REF"


def _year(m: re.Match[str], _env: _Env) -> Outcome:
    year_text = m["yr_y"]
    year = int(year_text)
    after = _NEXT_WORD_RE.match(m.string, m.end())
    if after is not None and after[1].lower() in COUNT_NOUNS | {"%"}:
        return None
    if m.string[m.end() : m.end() + 1] in {"%", ":"}:
        return None
    if year < 1800 and not (m["prep"] or m["yr_fy"] or m["yr_mod"]):
        return None
    if year < 1500 and (m["prep"] or "").lower() in {"at", "to", "about", "over", "for"}:
        return None  # "ended at 1410.", "rose to 1450.": a clock or a count
    before = _PREV_WORD_RE.search(m.string, max(0, m.start() - 20), m.start())
    if before is not None and before[1].lower() in {"no", "number", "nos", "page", "route"}:
        return None
    return f"{year:04d}"


#: How many months back a month told in the future seen from the past ("would ... in
#: October") may lie: a month further back is the coming one.
_GONE_MONTHS: Final = 3


def _month_ref(m: re.Match[str], env: _Env) -> Outcome:
    word = (m["mo_m"] or m["mo_poss"]).lower().rstrip(".")
    if m["mo_poss"] and word in _AMBIGUOUS_BARE_MONTHS | {"august"}:
        return None  # "May's successor": a name
    if word in _AMBIGUOUS_BARE_MONTHS and not (m["prep"] or m["mo_mod"]):
        return None  # "May" the surname, "march" the verb
    if len(word) <= 4 and word not in MONTHS:  # pragma: no cover - grammar guarantees it
        return None
    month = MONTHS[word]
    base = env.published
    if base is None:
        return f"XXXX-{month:02d}"
    tense = env.tense if env.given or env.cue else "present"
    if not env.given and (m["prep"] or "").lower() in _FUTURE_PREPOSITIONS and tense == "past":
        tense = "present"
    if (
        not env.given
        and env.cue == "prospective"
        and (m["prep"] or "").lower() not in _FUTURE_PREPOSITIONS  # "would ... by March"
        and (base.month - month) % 12 <= _GONE_MONTHS
    ):
        # "said it would bring the perpetrators of the attack in October to justice": the
        # future seen from a past moment may name a month just gone
        tense = "past"
    return f"{_month_year(base, month, tense):04d}-{month:02d}"


#: Prepositions before a clock time written with a part of the day ("at 4 in the morning").
_CLOCK_PREPOSITIONS: Final = frozenset(
    {"at", "by", "until", "till", "around", "about", "from", "before", "after"}
)
# "before" or "after" a clock time or a part of the day: "shortly after midnight".
_NEAR_A_TIME_RE: Final = re.compile(
    r"\s+(?:after|before)\s+(?:midnight|noon|midday|dawn|dusk|daybreak|sunrise|sunset|"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b|hrs\b|hours\b|GMT\b|UTC\b)|\d{4}\s*(?:hrs|GMT|UTC)\b)",
    re.IGNORECASE,
)
#: Words that make "before"/"after" a clock time a moment near it, not a deadline: "shortly
#: before midnight on Friday", "just after 2 a.m. Sunday", "minutes before 4 a.m. on Monday".
_NEAR_WORDS: Final = frozenset(
    {"shortly", "just", "soon", "minutes", "moments", "seconds", "hours", "immediately", "right"}
)


#: A wire's trailer line before its time stamp: the agency's code ("CP 1748 EDT").
_TRAILER_RE: Final = re.compile(r"(?:^|\n)[A-Z]{2,6}[ \t]+$")


#: A page's stamp line left in the body ("Published on 10/03/2026 - 18:22 GMT+1"): its clock
#: time stamps the page, not an event of the story.
_STAMP_LINE_RE: Final = re.compile(
    r"[ \t]*(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified))\b", re.IGNORECASE
)

#: What a clock-only line holds besides its times: zones and "local time" ("19:42 LOCAL TIME
#: 16:42 GMT", "1542 GMT", "0915 EST", "14:05 GMT+3").  A line of nothing else stamps when a
#: wire sent the story, as its trailer does: no event of the story happened then.
_CLOCK_LINE_WORDS_RE: Final = re.compile(
    r"\b\d{1,2}[:.]?\d\d\b|\blocal\s+time\b|\b(?:UTC|GMT|[A-Z][SDM]T|[A-Z]{2}[SD]T)\b(?:[+-]\d{1,2})?",
    re.IGNORECASE,
)


def _clock_line(text: str, start: int) -> bool:
    """
    Whether the line around ``start`` closes the text and holds clock times and zones alone.

    A text of that line alone ("0800 UTC") is a time asked for, not a story's stamp; a line
    with prose after it heads a live page's entry.
    """
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", start)
    if not first and last < 0:
        return False
    if last >= 0 and text[last:].strip():
        return False  # a live page's entry stamp ("18:05 GST" over the entry) dates it
    line = text[first : last if last >= 0 else len(text)]
    return len(line) <= _CLOCK_LINE_MAX and not _CLOCK_LINE_WORDS_RE.sub("", line).strip(" \t|,;-")


_CLOCK_LINE_MAX: Final = 60
# What may stand between a time and the full date after it: "10:15 a.m. Jan. 4, 2026",
# "07:30 AM, Jun 16, 2026".
_THEN_DAY_RE: Final = re.compile(r",?[ \t]+(?:on[ \t]+)?(?=[A-Z\d])")
#: The end of a span of clock times after its start, and the day after it: "(from 21:05) to
#: 21:50 on March 8", "(between 2 a.m.) and 4 a.m. Sunday", "(from 10:00) until 12:30 on 5 May".
_CLOCK_SPAN_END_RE: Final = re.compile(
    r"[ \t]*(?:to|until|till|and|-|\u2013)[ \t]*\d{1,2}(?:[:.]\d\d)?(?:[ \t]*(?:hrs|hours|h|"
    r"[ap]\.?[ \t]?m\.?))?(?:[ \t]+local[ \t]+time)?,?[ \t]+(?:on[ \t]+)?(?=[A-Z\d])",
    re.IGNORECASE,
)
#: The prepositions opening a span of clock times.
_CLOCK_SPAN_PREPOSITIONS: Final = frozenset({"from", "between"})
#: The words before a span's end, and the span's start right before them ("from 21:05 ").
_CLOCK_SPAN_ENDS: Final = frozenset({"to", "until", "till", "and"})
_CLOCK_SPAN_START_RE: Final = re.compile(
    r"\b(?:from|between)[ \t]+\d{1,2}(?:[:.]\d\d)?(?:[ \t]*(?:hrs|hours|h|[ap]\.?[ \t]?m\.?))?"
    r"(?:[ \t]+local[ \t]+time)?[ \t]+$",
    re.IGNORECASE,
)
_CLOCK_SPAN_REACH: Final = 40


def _time(m: re.Match[str], env: _Env) -> Outcome:
    if _STAMP_LINE_RE.match(m.string, m.string.rfind("\n", 0, m.start()) + 1):
        return None
    if m["t_w"]:
        clock = "00:00" if m["t_w"].lower() == "midnight" else "12:00"
    elif m["t_h24"]:
        if m["t_bare"] is not None and not (
            m["t_md"] or m["t_wd"] or (m["prep"] or "").lower() in _CLOCK_PREPOSITIONS
        ):
            return None  # "18:30" alone may be a score or a verse; "at 18:30" is a time
        if not (m["prep"] or m["t_md"] or m["t_wd"]) and _TRAILER_RE.search(
            m.string, max(0, m.start() - 12), m.start()
        ):
            return None  # "CP 1748 EDT": a wire's trailer stamps when it was sent, no date
        if not (m["prep"] or m["t_md"] or m["t_wd"]) and _clock_line(m.string, m.start()):
            return None  # "19:42 LOCAL TIME 16:42 GMT" on a line of its own: a stamp
        clock = f"{int(m['t_h24']):02d}:{m['t_m24']}"
    elif m["t_hd"]:
        if (m["prep"] or "").lower() not in _CLOCK_PREPOSITIONS:
            return None  # "killed 4 in the morning raid": a count
        hour = int(m["t_hd"]) % 12
        part = m["t_dp"].lower()
        if part in {"afternoon", "evening"} or (part == "night" and hour >= 6):
            hour += 12
        clock = f"{hour:02d}:{m['t_mm'] or '00'}"
    else:
        hour = int(m["t_h"]) % 12 + (12 if m["t_ap"].lower() == "p" else 0)
        clock = f"{hour:02d}:{m['t_m'] or '00'}"
    zone = "Z" if m["t_zone"] in {"UTC", "GMT"} else ""  # TIMEX3 marks UTC with "Z"
    if m["t_md"] or m["t_wd"]:
        day_match = DATE_RE.match(m.string, m.start("t_md") if m["t_md"] else m.start("t_wd"))
        day_value: Outcome = None
        if day_match is not None and kind(day_match) == "weekday":
            # "until 9 a.m. Tuesday": the time's preposition is the weekday's, unless
            # a word puts the time near it ("shortly before midnight on Friday": a moment)
            prep = m["prep"] or ""
            near = _PREV_WORD_RE.search(m.string, max(0, m.start() - 20), m.start())
            if near is not None and near[1].lower() in _NEAR_WORDS:
                prep = ""
            day_value = _weekday_ref(day_match, env, prep, m.start())
        elif day_match is not None:
            day_value = _HANDLERS[kind(day_match)](day_match, env)
        if not isinstance(day_value, str):
            return day_value
        if (m["prep"] or "").lower() in _CLOCK_SPAN_ENDS and _CLOCK_SPAN_START_RE.search(
            m.string, max(0, m.start() - _CLOCK_SPAN_REACH), m.start()
        ):
            # "from 21:05 to 21:50 on March 8": the span's end and its day are the day the
            # span took, not a moment (its start keeps its clock)
            return day_value[:10]
        return f"{day_value[:10]}T{clock}{zone}"
    after = _THEN_DAY_RE.match(m.string, m.end())
    span_end = (
        _CLOCK_SPAN_END_RE.match(m.string, m.end())
        if (m["prep"] or "").lower() in _CLOCK_SPAN_PREPOSITIONS
        else None
    )
    if span_end is not None:
        # "from 21:05 to 21:50 on March 8", "from 10:00 until 12:30 on Saturday": the span's
        # day, told after its end, is its start's
        after = span_end
        day_match = DATE_RE.match(m.string, after.end())
        if day_match is not None and kind(day_match) == "weekday":
            day_value = _weekday_ref(day_match, env, "on", m.start())
            if isinstance(day_value, str) and len(day_value) >= len("2026-01-04"):
                return f"{day_value[:10]}T{clock}{zone}"
    day_match = DATE_RE.match(m.string, after.end()) if after is not None else None
    if day_match is not None and kind(day_match) in {"md", "dm"}:
        # "at 10:15 a.m. Jan. 4, 2026": the full date after the time (read on its own) is
        # the time's day
        day_value = _HANDLERS[kind(day_match)](day_match, env)
        if isinstance(day_value, str) and len(day_value) >= len("2026-01-04"):
            return f"{day_value[:10]}T{clock}{zone}"
    base = env.base
    if base is None:
        return f"XXXX-XX-XXT{clock}{zone}"
    return f"{base.isoformat()}T{clock}{zone}"


_HANDLERS: Final[dict[str, _Handler]] = {
    "iso": _iso,
    "numeric": _numeric,
    "mdrange": _mdrange,
    "dmrange": _dmrange,
    "md": _md,
    "dm": _dm,
    "nightof": _night_of,
    "ordday": _ordinal_day,
    "monthday": _month_day,
    "my": _my,
    "feast": _feast,
    "monthweek": _month_week,
    "set": _set,
    "offset": _offset,
    "anchor": _anchor,
    "weekday": _weekday_ref,
    "relday": _relday,
    "quarter": _quarter,
    "weekend": _weekend,
    "spoken": _spoken,
    "century": _century,
    "decade": _decade,
    "decword": _decade_word,
    "season": _season,
    "relperiod": _relperiod,
    "duration": _duration_ref,
    "vaguedur": _vaguedur,
    "vague": _vague,
    "year": _year,
    "month": _month_ref,
    "time": _time,
}

#: Kinds whose value depends on another date of the same sentence.
_DEPENDENT: Final = frozenset({"anchor", "time"})
#: Kinds whose value needs no anchor at all.
_ABSOLUTE: Final = frozenset(
    {
        "iso",
        "numeric",
        "set",
        "century",
        "decade",
        "decword",
        "duration",
        "vaguedur",
        "vague",
        "year",
        "spoken",
    }
)


def _is_dependent(k: str, m: re.Match[str]) -> bool:
    if k in _DEPENDENT:
        return True
    if k == "offset":
        direction = m["off_dir"].lower()
        # "a year ago" looks at the sentence's quarter, if any (see _offset)
        return direction not in {"ago", "from now", "hence"} or (
            m["off_u"] is not None and _unit(m["off_u"]) == "Y"
        )
    return k == "weekday" and (m["wd_rel"] or "").lower() in _SENTENCE_RELATIONS


#: The year group of each kind naming a day of a month.
_DAY_MONTH_YEARS: Final = {"md": "md_y", "dm": "dm_y", "mdrange": "mdr_y", "dmrange": "dmr_y"}


def _needs_anchor(k: str, m: re.Match[str]) -> bool:
    if k in _ABSOLUTE:
        return False
    if k in _DAY_MONTH_YEARS:
        return m[_DAY_MONTH_YEARS[k]] is None
    if k == "my":
        return m["my_y"] is None
    if k == "monthweek":
        return m["mw_y"] is None
    if k == "feast":
        return m["fe_y"] is None
    if k == "quarter":
        return not (m["q_y"] or m["q_qy"])
    if k == "season":
        return m["sea_y"] is None
    return not (k == "quarter" and m["q_yb"])


def extract(
    text: str, published: date | None, tense: Tense | None, *, spans: bool = True
) -> tuple[list[TimeRef], list[Diagnostic]]:
    """
    Find, resolve and anchor every date expression of ``text``; see ``find_dates``.

    With ``spans=False`` the TimeRefs carry no span (as :func:`diplomeet.resolve` returns).
    """
    matches = [m for m in find_all(text) if not _in_a_title(text, m)]
    if not matches:
        return [], []
    sentences = Sentences(text)
    kinds = [kind(m) for m in matches]
    # a cue word inside another expression ("three days later", "last week") dates that one
    cues = TenseCues(text, [(m.start(k), m.end()) for m, k in zip(matches, kinds, strict=True)])
    values: list[Outcome] = [None] * len(matches)
    days: list[date | None] = [None] * len(matches)
    dependent = [_is_dependent(k, m) for k, m in zip(kinds, matches, strict=True)]
    order = [i for i, d in enumerate(dependent) if not d] + [
        i for i, d in enumerate(dependent) if d
    ]
    starts, dispatch_days, widen, stamps = _dispatch_days(
        text, matches, kinds, published, cues, sentences
    )
    for i in order:
        m, k = matches[i], kinds[i]
        anchor, anchor_unit = (
            _anchor_for(i, k, matches, days, values, sentences) if dependent[i] else (None, None)
        )
        side: str | None = "left" if anchor is not None else None
        if anchor is None and dependent[i] and _is_event_offset(k, m):
            anchor, side = _event_anchor(i, k, matches, values, sentences)
        own = published
        if starts:
            at = bisect.bisect_right(starts, m.start()) - 1
            own = dispatch_days[at] if at >= 0 else published
        if k == "relday" and own is not None and _in_quote(text, m.start()):
            # '"... today ...," she said' under a lead that tells yesterday's event: the
            # speaker's today is the day the story leads with
            own = _story_day(matches, kinds, days, own) or own
        if anchor is None and k == "anchor" and m["anc_d"] and own is not None:
            # "Earlier in the day" with no day in its sentence: the day the story leads with,
            # as when the minister "yesterday paid a courtesy call" in the lead
            anchor = _story_day(matches, kinds, days, own)
        env = _Env(
            own,
            anchor,
            tense,
            cues,
            sentences,
            (m.start(k), m.end(), m.start()),
            anchor_unit,
            side,
        )
        try:
            values[i] = None if i in stamps else _HANDLERS[k](m, env)
            if k == "weekday" and own is not None:
                values[i] = _in_week_told(i, matches, kinds, values, days, sentences, own)
            if i in widen:
                values[i] = widen[i][1].isoformat()  # a dateline's weekday: its dispatch's day
            value = values[i]
            if isinstance(value, str):
                days[i] = cal.bounds(value)[0]
        except (OverflowError, ValueError):
            # Beyond the calendar (year 0, year 10000, "next month" from date.max): a date
            # that cannot exist, reported like "February 30".
            values[i] = None
    return _records(
        text,
        matches,
        kinds,
        values,
        published,
        spans=spans,
        widen={matches[i].start(): start for i, (start, _) in widen.items()},
    )


#: A week's value: "2024-W15".
_WEEK_VALUE_RE: Final = re.compile(r"\d{4}-W\d\d")
#: How many date expressions back a weekday looks for the week its sentence told.
_WEEK_TOLD_REACH: Final = 4
#: A word telling one event after another: the weekday is that other event's.
_SEQUENCE_RE: Final = re.compile(r"\b(?:before|after|until|till|since|then|ahead of|and now)\b")
#: A reporting verb just before the weekday: the day of the report, not of the week's event
#: ("killed two drivers last week, the ministry said on Thursday").
_REPORTED_ON_RE: Final = re.compile(
    r"\b(?:said|says|told (?:reporters|journalists|the press)|announced|stated|confirmed"
    r"|reported)\s+\Z"
)


def _in_week_told(  # noqa: PLR0913, PLR0917 - the lists of one extraction pass
    index: int,
    matches: list[re.Match[str]],
    kinds: list[str],
    values: list[Outcome],
    days: list[date | None],
    sentences: Sentences,
    published: date,
) -> Outcome:
    """
    A bare weekday told after a past week of its sentence falls in that week.

    "toured West Africa last week, meeting A in Dakar on Monday and B on Thursday": the
    Monday and the Thursday of last week, not of the week of publication.
    """
    value, m = values[index], matches[index]
    if not isinstance(value, str) or not _DAY_VALUE_RE.match(value):
        return value
    if m["wd_rel"] or m["wd_mod"] or m["wd_pos"] or m["wd_week"] or m["wd_wk0"] or m["wd_after"]:
        return value
    first, _ = sentences.around(m.start())
    week_start = published - timedelta(days=published.weekday())
    # a few expressions back at most: a run of weekdays is not read again at each one
    for j in range(index - 1, max(-1, index - 1 - _WEEK_TOLD_REACH), -1):
        other = matches[j]
        if other.start() < first:
            break
        told, start = values[j], days[j]
        if kinds[j] == "weekday":
            continue  # "on Monday and B on Thursday": the week told before both
        if not (isinstance(told, str) and _WEEK_VALUE_RE.fullmatch(told)) or start is None:
            return value  # another date between them dates the weekday
        if start >= week_start or m.string.startswith("'s", other.end()):
            return value  # this week's; "last week's talks" names a thing
        between = m.string[other.end() : m.start()]
        if (
            value[:10] > published.isoformat()
            or _SEQUENCE_RE.search(between)
            or _REPORTED_ON_RE.search(between)
        ):
            # "arrested last week, would appear in court on Friday": a day to come; "bombed
            # airfields last week before the landings on Monday", "seized last week, the
            # navy said on Monday": another event's day
            return value
        day = start + timedelta(days=_weekday(m["wd_d"]))
        return day.isoformat() + value[10:]
    return value


#: The longest paragraph in which a quotation is sought: a text with no line breaks is not
#: read again from its start at every expression.
_QUOTE_REACH: Final = 1500


def _in_quote(text: str, at: int) -> bool:
    """Whether offset ``at`` stands inside a quotation opened earlier in its paragraph."""
    start = text.rfind("\n", max(0, at - _QUOTE_REACH), at) + 1
    if start == 0 and at > _QUOTE_REACH:
        return False  # a paragraph longer than that: no quotation is sought in it
    before = text[start:at]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


#: How many days before publication the story's lead day may lie ("yesterday", "on Monday").
_STORY_DAYS: Final = 2
#: The lead's day is among the text's first expressions (page dates and a dateline before it).
_LEAD_MATCHES: Final = 30


def _story_day(
    matches: list[re.Match[str]], kinds: list[str], days: list[date | None], own: date
) -> date | None:
    """
    The day the story leads with, if recent: its first weekday, "today" or day of a month.

    Page dates and datelines are full dates; the lead tells its event by a relative day
    ("yesterday paid a courtesy call", "met on Tuesday", "met on October 7").  ``None``
    when the first such day is more than :data:`_STORY_DAYS` before ``own`` (or after it).
    """
    for m, k, day in zip(
        matches[:_LEAD_MATCHES], kinds[:_LEAD_MATCHES], days[:_LEAD_MATCHES], strict=True
    ):
        if day is not None and (
            k == "relday"
            or (k == "weekday" and m["wd_rel"] is None and m["wd_after"] is None)
            or (k in {"md", "dm"} and m[f"{k}_y"] is None)  # "met on October 7"
        ):
            return day if timedelta(0) <= own - day <= timedelta(_STORY_DAYS) else None
    return None


def _in_a_title(text: str, m: re.Match[str]) -> bool:
    """
    Whether "Today" (or "Tonight") is the last word of a title, not a date.

    "spoke to L'Orient Today", "told USA Today on Monday": capitalised in mid-sentence after a
    capitalised word; at a sentence's start ("Today the minister ...") it is a date.
    """
    if m.group() not in {"Today", "Tonight"}:
        return False
    start = m.start()
    if start < 2 or text[start - 1] != " ":
        return False
    begin = text.rfind(" ", max(0, start - 40), start - 1) + 1
    word = text[max(begin, text.rfind("\n", 0, start - 1) + 1) : start - 1]
    if not word[:1].isupper() or word.endswith((".", "?", "!", '"', ":")):
        return False  # a sentence's first word ("Today the minister ...") stands after these
    left = text[max(0, begin - 2) : begin]
    return begin > 0 and not left.endswith(("\n", ". ", "? ", "! ", '" ')) and left != ""


#: How long before the page's date a dispatch's dateline may be: a weekly prints the
#: week's dispatches; a day further back is read as no dateline of this page.
_DISPATCH_DAYS: Final = 14


def _dispatch_days(  # noqa: PLR0913, PLR0917 - the lists of one extraction pass
    text: str,
    matches: list[re.Match[str]],
    kinds: list[str],
    published: date | None,
    cues: TenseCues,
    sentences: Sentences,
) -> tuple[list[int], list[date], dict[int, tuple[int, date]], set[int]]:
    """
    Where each dated dispatch starts and its day; the dateline weekdays given their place.

    Returns the offsets where dispatches start (in order), the day each counts from, for
    each dateline that is a bare weekday, its match's index -> (the place's start, its
    day): "London, Tuesday" is one expression, each dispatch's own; and the indices of the
    source lines' clock times, which stamp a broadcast and date nothing.
    """
    if published is None or not matches:
        return [], [], {}, set()
    heads = dispatch_heads(text)
    if not heads:
        return [], [], {}, set()
    match_starts = [m.start() for m in matches]
    starts: list[int] = []
    days: list[date] = []
    widen: dict[int, tuple[int, date]] = {}
    stamps: set[int] = set()
    for head in heads:
        at = bisect.bisect_right(match_starts, head.day_start) - 1
        if at < 0 or matches[at].start() != head.day_start or matches[at].end() > head.day_end:
            continue  # the line's day is no expression of its own ("12 Dec 78": "12 Dec" is)
        m, k = matches[at], kinds[at]
        try:
            if k == "weekday":
                day: date | None = _weekday_date(published, _weekday(m["wd_d"]), "past")
            else:
                env = _Env(
                    published, None, "past", cues, sentences, (m.start(k), m.end(), m.start())
                )
                value = _HANDLERS[k](m, env)
                day = cal.bounds(value)[0] if isinstance(value, str) and len(value) == 10 else None
        except (OverflowError, ValueError):
            continue  # a day before the calendar's first (published in year 1)
        if day is None or not timedelta(0) <= published - day <= timedelta(_DISPATCH_DAYS):
            continue
        if k == "weekday":
            widen[at] = (head.place_start, day)
        if head.source:
            first = bisect.bisect_left(match_starts, head.start)
            stamps.update(j for j in range(first, at) if kinds[j] == "time")
        starts.append(head.start)
        days.append(day)
    return starts, days, widen, stamps


_RANK: Final = {
    "time": 0,
    "part_of_day": 0,
    "day": 0,
    "weekend": 1,
    "week": 1,
    "month": 2,
    "season": 3,
    "quarter": 3,
    "half": 3,
    "year": 4,
    "decade": 5,
    "century": 6,
}
_UNIT_RANK: Final = {"W": 1, "WE": 1, "M": 2, "Q": 3, "Y": 4, "DE": 5, "CE": 6}


def _anchor_for(  # noqa: PLR0913, PLR0917 - the lists of one extraction pass
    index: int,
    k: str,
    matches: list[re.Match[str]],
    days: list[date | None],
    values: list[Outcome],
    sentences: Sentences,
) -> tuple[date | None, str | None]:
    """
    The date a dependent expression counts from, and its unit when coarser than a day.

    The nearest date resolved on its left, in its sentence: "two days later" and "a day
    after the vote" look back to the date the sentence has given; a date on the right
    belongs to another event ("a day after the border closed on May 3").  "N days
    later", "the next day" and "the following week" may look back into the previous
    sentence too, as narratives do; "that year" to any earlier date of the text.  The
    anchor must be as precise as the step: "two days later" does not count from "2019".
    """
    m = matches[index]
    first, _ = sentences.around(m.start())
    narrative = (k == "offset" and m["off_dir"].lower() in {"later", "earlier"}) or (
        # "the next day"; "later that day" names a day told before ("The envoy landed on
        # May 4. Later that day, ..."), where "later in the day" is the story's own day
        k == "anchor" and (m["anc_u"] is not None or _THAT_DAY_RE.search(m["anc_d"] or ""))
    )
    if k == "anchor" and (m["anc_tu"] or m["anc_ya"]):
        first = 0
    elif narrative or k == "time" or (k == "offset" and m["off_dir"].lower() == "ago"):
        # a time of day with no day of its own goes on telling the day of the sentence
        # before: a post shelled on Sunday, then "the firing began at 2:15 a.m."
        first = sentences.around(max(0, first - 2))[0]
    step = _step_rank(k, m)
    comparison = _is_comparison(k, m)
    # "review the 2017 memorandum before the end of the year": a year naming a thing dates
    # no event of the sentence, so "the year" is the story's own
    skip = (
        frozenset(
            j for j in range(index) if matches[j].start() >= first and _names_a_thing(matches[j])
        )
        if k == "anchor" and m["anc_iu"]
        else frozenset()
    )
    found = _nearest_day(
        index, matches, days, values, first=first, step=step, comparison=comparison, skip=skip
    )
    if found[0] is None and narrative and _dated_since(first, index, matches, days):
        # "In August 2025, Latvia expelled a diplomat. Minsk responded a week later": the
        # story told there is dated, too coarsely for the step; no day further back is its
        return None, _COARSE
    if found[0] is None and (narrative or (k == "time" and _in_prose(m))):
        # "Two days later" opening a paragraph whose sentence before has no date goes on
        # telling the story dated further back, not the day of publication: the last date
        # of the few sentences before.  So does a time of day told after a dateless
        # sentence ("... early on Sunday. Baku denied it. It said the firing began at 2:15
        # a.m."), a little less far.
        for _ in range(_NARRATIVE_SENTENCES if narrative else _TIME_SENTENCES):
            first = sentences.around(max(0, first - 2))[0]
        found = _nearest_day(
            index, matches, days, values, first=first, step=step, comparison=comparison, skip=skip
        )
    return found


#: A bare year ("2017") between a determiner and a noun names a thing ("the 2017
#: memorandum", "Kenya's 2019 census", "their 2015 accord"), not the time of an event.
_ATTRIBUTIVE_YEAR_RE: Final = re.compile(r"[12]\d{3}")
_ATTRIBUTIVE_AROUND_RE: Final = re.compile(
    r"[ \t]+(?!(?:and|or|to|in|on|at|by|of|for|when|as|after|before|until|since)\b)[a-z]"
)
_DETERMINER_BEFORE_RE: Final = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['\u2019]s?)[ \t]+$", re.IGNORECASE
)


def _names_a_thing(m: re.Match[str]) -> bool:
    """Whether ``m`` is a bare year between a determiner and a noun ("the 2017 memorandum")."""
    return bool(
        _ATTRIBUTIVE_YEAR_RE.fullmatch(m[0])
        and _ATTRIBUTIVE_AROUND_RE.match(m.string, m.end())
        and _DETERMINER_BEFORE_RE.search(m.string, max(0, m.start() - 12), m.start())
    )


#: The unit :func:`_anchor_for` gives when the story's date is too coarse for the step.
_COARSE: Final = "coarse"


def _dated_since(
    first: int, index: int, matches: list[re.Match[str]], days: list[date | None]
) -> bool:
    """
    Whether an event's date stands between ``first`` and ``matches[index]``.

    Not a span reaching to now ("the first visit since 2019"): the story is today's.
    """
    for j in range(index - 1, -1, -1):
        if matches[j].start() < first:
            return False
        if days[j] is not None and (matches[j]["prep"] or "").lower() != "since":
            return True
    return False


#: "later that day", "earlier that morning": a day the text has told before.
_THAT_DAY_RE: Final = re.compile(r"\bthat\b", re.IGNORECASE)


def _in_prose(m: re.Match[str]) -> bool:
    """Whether a match has words before it on its line: a live blog's "11:15 a.m." has none."""
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    return any(char.isalpha() for char in m.string[line_start : m.start()])


#: How many sentences further back a narrative step ("the next day") looks for its date
#: when the sentence before has none.
_NARRATIVE_SENTENCES: Final = 8
#: How many sentences further back a time of day looks for its day likewise.
_TIME_SENTENCES: Final = 2


def _nearest_day(  # noqa: PLR0913 - the lists of one extraction pass
    index: int,
    matches: list[re.Match[str]],
    days: list[date | None],
    values: list[Outcome],
    *,
    first: int,
    step: int,
    comparison: bool,
    skip: frozenset[int] = frozenset(),
) -> tuple[date | None, str | None]:
    """The nearest date left of ``matches[index]``, from ``first``, as precise as ``step``."""
    for j in range(index - 1, -1, -1):
        if matches[j].start() < first:
            break
        value = values[j]
        if days[j] is None or not isinstance(value, str) or j in skip:
            continue
        if comparison and _is_comparison(kind(matches[j]), matches[j]):
            continue  # "a year ago ... the year-ago period": both look back from the same
        granularity = cal.bounds(value)[2]
        if _RANK.get(granularity or "", 9) <= step:
            return days[j], _UNIT_OF.get(granularity or "")
    return None, None


#: The event an offset counts from, named after it: "(a day after) the talks", "(the day
#: before) their meeting"; its words, for the look back into the sentences before.
_EVENT_AFTER_RE: Final = re.compile(
    r"\s+(?:the|their|his|her|its|that|this)\s+((?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+)"
    # a noun phrase, not a clause: "after the talks, ...", "before the vote in ..."
    r"(?=\s*[,.;:]|\s+(?:in|on|at|with|between|of|over|and|ended|began|opened)\b|\s*$)"
)
#: Prepositions of a date on the right that may date the event named after "after": "a
#: day after the leaders met on Tuesday", not "... the border, closed since May 3".
_EVENT_DATE_PREPOSITIONS: Final = frozenset({"", "on", "in", "at"})
#: Event nouns whose verb is irregular, so that "the meeting" finds "met" in the sentence
#: that dates it (regular ones share their first four letters: "talks"/"talked").
_EVENT_VERBS: Final = {
    # ("The meeting came three days after ...": the visitor "received" or "hosted" the day
    # before, or the two "held talks")
    "meeting": "met|meet|talks|receiv|hosted",
    "meetings": "met|meet|talks|receiv|hosted",
    "talks": "talk|met|receiv|hosted",
    # ("The working visit took place a day after ...": the host "hosted" or "received" the
    # guest, or the two "met")
    "visit": "visit|hosted|receiv|met",
    # "The summit came five days after ...": the summit the leaders "met" at
    "summit": "summit|met",
    "strike": "struck",
    "strikes": "struck",
    "fighting": "fought",
    "speech": "spoke",
    "call": "spoke",
    # a death is told by "died", "was killed", "was found dead"; a shooting by "shot"
    "death": "died|dead|killed",
    "deaths": "died|dead|killed",
    "shooting": "shot",
    "slaying": "slain|killed",
    "sinking": "sank|sunk",
    "fall": "fell",
    "flight": "flew",
    "withdrawal": "withdrew",
}
_WORD_START_RE: Final = r"(?<![\w-])"
#: A relative clause opening after a comma: its dates are of what it tells, not of the event
#: an offset counts from ("..., where debris fell on Monday").
_RELATIVE_TURN_RE: Final = re.compile(r",\s+(?:where|which|who|whose|whom)\b")
#: A sentence opening on its own event, dated before, and a verb of taking place: "The
#: meeting took place (two days after ...)", "Their talks in Delhi came (a day after ...)".
#: How many sentences back a sentence opening on its own event ("The talks came two days
#: after ...") looks for the day that event was told: the story's own event, told in its lead,
#: perhaps ten paragraphs of quotes before.
_SUBJECT_BACK: Final = 12
#: A word between an event's noun and a later date that hands the date to another event:
#: "the first meeting since tension rose after the raid on July 4".
_OTHER_EVENT_BEFORE_RE: Final = re.compile(r"\b(?:since|after|before|until|following)\b")
_EVENT_SUBJECT_RE: Final = re.compile(
    r"\W*(?:the|their|his|her|its|this|that|these|those)\s+(?:[\w-]+\s+)?"
    r"(meetings?|talks|visit|summit|call|conversation|conference|session|trip|vote|"
    r"announcement|agreement|decision|deal)"
    # a relative clause between commas: "The meeting, which lasted four hours, came ..."
    r"(?:,\s+(?:which|that|held|hosted)\s+[^,.;]{1,80},)?"
    r"\s+(?:(?:[\w'\u2019-]+\s+){1,4}?)?"
    r"(?:took\s+place|came|comes|was\s+held|were\s+held|happened|began|opened|started|ended)"
    r"\s+",
    re.IGNORECASE,
)


def _is_event_offset(k: str, m: re.Match[str]) -> bool:
    """Whether the expression counts from an event named after it ("a day after the vote")."""
    if k == "offset":
        return m["off_dir"].lower() in {"after", "before"}
    return k == "anchor" and m["anc_obj"] is not None


def _event_anchor(
    index: int,
    k: str,
    matches: list[re.Match[str]],
    values: list[Outcome],
    sentences: Sentences,
) -> tuple[date | None, str | None]:
    """
    The date of the event "a day after (before) <event>" counts from, and where it was told.

    Called when the sentence gives no date on the expression's left.  First the nearest date
    on its right in the sentence: with no comma between, it dates the event after "after"
    ("a day after the leaders met in Doha on Tuesday": side ``"right"``); after a comma, the
    sentence's own event ("A day after the talks, the envoys left on Friday": ``"left"``).
    Then, when a definite noun phrase follows ("the talks", "their meeting"), the nearest
    date of the two sentences before that tells of that event (``"back"``): "The talks
    opened on Monday.  A day after the talks, ...".
    """
    m = matches[index]
    text = m.string
    first, last = sentences.around(m.start())
    step = _step_rank(k, m)
    for j in range(index + 1, len(matches)):
        other = matches[j]
        if other.start() >= last or _RELATIVE_TURN_RE.search(text, m.end(), other.start()):
            # (nor a date in a relative clause further on: "comes a day after A called B on
            # the situation along the Danube, where debris fell on Monday")
            break
        day = _day_of(values[j], step)
        if day is not None and (other["prep"] or "").lower() in _EVENT_DATE_PREPOSITIONS:
            return day, "left" if "," in text[m.end() : other.start()] else "right"
    obj = _EVENT_AFTER_RE.match(text, m.end())
    if obj is None:
        # "The meeting took place two days after a bomb exploded": the sentence's own
        # event, named before, was dated earlier; the expression dates the other one
        subject = _EVENT_SUBJECT_RE.fullmatch(text, first, m.start())
        if subject is None:
            return None, None
        day = _told_before(subject[1], index, matches, values, sentences, step, back=_SUBJECT_BACK)
        return day, "left" if day is not None else None
    day = _told_before(obj[1], index, matches, values, sentences, step, back=2)
    return day, "back" if day is not None else None


def _told_before(  # noqa: PLR0913, PLR0917 - the lists of one extraction pass
    noun: str,
    index: int,
    matches: list[re.Match[str]],
    values: list[Outcome],
    sentences: Sentences,
    step: int,
    *,
    back: int,
) -> date | None:
    """The nearest date, in the few sentences before, of a sentence telling of ``noun``."""
    text = matches[index].string
    first, _ = sentences.around(matches[index].start())
    words = [w for w in noun.lower().split() if len(w) >= 4]
    if not words:
        return None
    # the noun or its verb: "the meeting" is told by "their fourth meeting" or "met"
    stems = {re.escape(w[:4]) for w in words} | {
        re.escape(verb) for w in words for verb in _EVENT_VERBS.get(w, w[:4]).split("|")
    }
    mention = re.compile(_WORD_START_RE + "(?:" + "|".join(sorted(stems)) + ")", re.IGNORECASE)
    window = first
    for _ in range(back):
        window = sentences.around(max(0, window - 2))[0]
    for j in range(index - 1, -1, -1):
        other = matches[j]
        if other.start() < window:
            break
        day = _day_of(values[j], step)
        if day is None or other.start() >= first:
            continue
        start, end = sentences.around(other.start())
        told = mention.search(text, start, end)
        if (
            told is not None
            and not (
                told.end() <= other.start()
                and _OTHER_EVENT_BEFORE_RE.search(text, told.end(), other.start())
            )
            and not _REPORTED_ON_RE.search(text, max(start, other.start() - 40), other.start())
        ):
            # (not "the first meeting since tension rose after the raid on July 4": the
            # date of the event "since" or "after" tells of; nor "met Monday ..., the radio
            # reported today": the report's)
            return day
    return None


def _day_of(value: Outcome, step: int) -> date | None:
    """The first day of a resolved value at least as precise as ``step``, else ``None``."""
    if not isinstance(value, str):
        return None
    start, _, granularity = cal.bounds(value)
    return start if start is not None and _RANK.get(granularity or "", 9) <= step else None


def _is_comparison(k: str, m: re.Match[str]) -> bool:
    """Whether the expression looks a year back from a reported period ("a year ago")."""
    if k == "anchor":
        return m["anc_ya"] is not None
    if k != "offset":
        return False
    direction = m["off_dir"].lower()
    # "(up from $2 million) a year earlier": a comparison as "a year ago" is, so that the
    # next one counts from the reported period, not from it
    return direction == "ago" or (
        direction == "earlier"
        and (m["off_n"] or "").lower() in {"a", "one"}
        and (m["off_u"] or "").lower() == "year"
    )


def _step_rank(k: str, m: re.Match[str]) -> int:
    """How coarse a dependent expression's step is, on the scale of :data:`_RANK`."""
    if k == "offset":
        word = (m["off_u"] or "hours").lower()
        return (
            0 if word.startswith(("hour", "minute", "second")) else _UNIT_RANK.get(_unit(word), 0)
        )
    if k == "anchor" and m["anc_ya"]:
        return _UNIT_RANK["Y"]
    if k == "anchor" and (m["anc_u"] or m["anc_u2"] or m["anc_tu"] or m["anc_iu"]):
        word = (m["anc_u"] or m["anc_u2"] or m["anc_tu"] or m["anc_iu"]).lower()
        return 0 if word in PARTS_OF_DAY or word == "day" else _UNIT_RANK.get(_unit(word), 0)
    return 0


#: Granularities coarser than a day, as the unit that keeps them in an offset.
_UNIT_OF: Final = {"week": "W", "month": "M", "quarter": "Q", "year": "Y"}


_setattr: Final = object.__setattr__


def _span(text: str, start: int, end: int) -> Span:
    """
    ``Span.of(text, start, end)``, without the validators: a match's offsets are valid.

    The validators of a frozen ``attrs`` record cost more than the rest of reading a
    date; what they check holds by construction here (offsets of a match, its text), and
    ``tests/test_dates_records.py`` checks every record built here against them.
    """
    span: Span = object.__new__(Span)
    _setattr(span, "start", start)
    _setattr(span, "end", end)
    _setattr(span, "text", text[start:end])
    return span


def _time_ref(text: str, value: str, span: Span | None) -> TimeRef:
    """
    ``TimeRef(...)`` for a match's text and a value of the handlers, without the validators.

    The text of a match is never blank, the value a non-empty TIMEX3 string, and the
    bounds and granularity come from :func:`~diplomeet.dates._calendar.bounds`, which
    only gives valid ones (see :func:`_span`).
    """
    start, end, granularity = cal.bounds(value)
    ref: TimeRef = object.__new__(TimeRef)
    _setattr(ref, "text", text)
    _setattr(ref, "value", value)
    _setattr(ref, "start", start)
    _setattr(ref, "end", end)
    _setattr(ref, "granularity", granularity)
    _setattr(ref, "span", span)
    return ref


def _within_the_day(m: re.Match[str]) -> bool:
    """
    Whether an offset is hours or minutes from another event: "hours after the attack".

    It dates that event's day, which the sentence dates already; it is no date of its own
    (news annotation leaves it out), though it still anchors what follows it.
    """
    if m["off_dir"].lower() not in {"after", "before"}:
        return False
    unit = m["off_v"] or m["off_u"] or ""
    return unit.lower().startswith(("hour", "minute", "second"))


_DAY_VALUE_RE: Final = re.compile(r"\d{4}-\d\d-\d\d(?:T|$)")
# Days named relative to the story whose date may follow in brackets: "on Tuesday (Nov 18)".
_WEEKDAY_KINDS: Final = frozenset({"weekday", "relday"})
# The day of the month alone in brackets after a weekday, as Brazilian and Portuguese
# government releases write it in English: "this Wednesday (16th)", "on Tuesday (12)".
_BRACKETED_DAY_RE: Final = re.compile(r" \((?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\)")


def _bracketed_day(text: str, end: int, value: str) -> tuple[int, str] | None:
    """
    The end and the day of a weekday widened by its day of the month in brackets.

    The bracket is read as the weekday's day when the weekday falls on it, this week or a
    week before or after (a bracket may settle whether "this Tuesday" was past or coming);
    otherwise it is no date of this weekday and is left alone.
    """
    m = _BRACKETED_DAY_RE.match(text, end)
    if m is None:
        return None
    day = date.fromisoformat(value[:10])
    number = int(m["d"])
    best = next(
        (
            cand
            for cand in (day + timedelta(days=step) for step in (0, -7, 7))
            if cand.day == number
        ),
        None,
    )
    if best is None:
        return None
    return m.end(), best.isoformat() + value[10:]


def _records(  # noqa: PLR0913 - the parallel lists of one extraction pass
    text: str,
    matches: list[re.Match[str]],
    kinds: list[str],
    values: list[Outcome],
    published: date | None,
    *,
    spans: bool,
    widen: dict[int, int] | None = None,
) -> tuple[list[TimeRef], list[Diagnostic]]:
    """
    The records of the resolved matches, and the diagnostics.

    ``widen`` maps a match's start to an earlier start its text takes in (a dateline's
    place before its weekday).
    """
    refs: list[TimeRef] = []
    diagnostics: list[Diagnostic] = []
    last_day: tuple[int, int] | None = None  # (start, end) of the last day read, if the last
    for m, k, value in zip(matches, kinds, values, strict=True):
        if value is None or (k == "offset" and _within_the_day(m)):
            continue
        if (
            last_day is not None
            and isinstance(value, str)
            and m.start() == last_day[1] + 2
            and text.startswith(" (", last_day[1])
            and text.startswith(")", m.end())
            and _DAY_VALUE_RE.match(value)
        ):
            # "on Tuesday (Nov 18)": the date in brackets states the weekday's day; one item
            start = last_day[0]
            refs[-1] = _time_ref(
                text[start : m.end() + 1],
                value,
                _span(text, start, m.end() + 1) if spans else None,
            )
            last_day = None
            continue
        last_day = (
            (m.start(), m.end())
            if isinstance(value, str) and _DAY_VALUE_RE.match(value) and k in _WEEKDAY_KINDS
            else None
        )
        first = widen.get(m.start(), m.start()) if widen else m.start()
        if last_day is not None and isinstance(value, str):
            bracket = _bracketed_day(text, m.end(), value)
            if bracket is not None:
                # "this Wednesday (16th)": the bracket states the day; one item
                end, day_value = bracket
                refs.append(
                    _time_ref(
                        text[first:end], day_value, _span(text, first, end) if spans else None
                    )
                )
                last_day = None
                continue
        span = _span(text, first, m.end()) if spans or not isinstance(value, str) else None
        if isinstance(value, Impossible):
            diagnostics.append(
                Diagnostic(
                    code="date.impossible", severity="warning", message=value.message, span=span
                )
            )
            continue
        refs.append(_time_ref(text[first : m.end()], value, span))
        if (
            spans
            and published is None
            and "X" in value
            and _needs_anchor(k, m)
            and not value.startswith("P")
        ):
            span = span or Span.of(text, m.start(), m.end())
            diagnostics.append(
                Diagnostic(
                    code="date.unanchored",
                    severity="warning",
                    message=(
                        f"{span.text!r} is relative and no publication date was given: "
                        f"kept as {value!r}. Pass published= to anchor it."
                    ),
                    span=span,
                )
            )
    return refs, diagnostics
