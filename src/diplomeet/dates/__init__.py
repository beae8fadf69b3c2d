"""
Date expressions: find them in text and anchor them to the publication context.

:func:`find_dates` finds every date expression of an article and resolves each against the
publication date; :func:`resolve` does the same for one expression.  Values follow TIMEX3
("2019-02-27", "2018-11", "2018-W07", "P4M", "PAST_REF"); the rules are written down,
with an example each, in ``docs/dates.md``.

Examples:
    >>> from datetime import date
    >>> resolve("next month", published=date(2018, 1, 29)).value
    '2018-02'
    >>> resolve("on Thursday", published=date(2016, 4, 21)).value
    '2016-04-21'
    >>> refs, _ = find_dates("They will meet on Friday night.", date(2016, 4, 21))
    >>> refs[0].value, refs[0].granularity
    ('2016-04-22TNI', 'part_of_day')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Final, get_args

import attrs

from diplomeet.dates._types import Tense
from diplomeet.errors import InvalidArgument
from diplomeet.records import Diagnostic, TimeRef

__all__ = ["Tense", "find_dates", "resolve"]


_TENSES: Final = get_args(Tense)  # a tuple: an unhashable argument compares unequal


@functools.cache
def _extract() -> Callable[..., tuple[list[TimeRef], list[Diagnostic]]]:
    """The extraction function; the grammar compiles on first use, not on import."""
    from diplomeet.dates._resolve import extract  # noqa: PLC0415 - grammar loads on first use

    return extract


def _check(text: object, published: object, tense: object = None) -> date | None:
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__}")
    if tense is not None and tense not in _TENSES:
        raise InvalidArgument(f"tense must be 'past', 'present', 'future' or None, got {tense!r}")
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    raise InvalidArgument(f"published must be a datetime.date or None, got {published!r}")


def resolve(text: str, published: date | None = None, tense: Tense | None = None) -> TimeRef | None:
    """
    Resolve the first date expression in ``text``.

    Args:
        text: A date expression ("next month", "on Friday night"), or a clause holding one
            ("the talks will resume on Monday"), whose verbs then give the tense.
        published: The date the expression is anchored on.  Without it, relative
            expressions keep only what is known ("XXXX-09-17", "XXXX-WXX-4").
        tense: Overrides the tense read from the clause: ``"past"`` (the default when the
            text gives no cue), ``"present"`` or ``"future"``.

    Returns:
        The :class:`~diplomeet.records.TimeRef` (without a span), or ``None`` when ``text``
        holds no date expression or only an impossible one ("February 30").  Never raises
        for a string.

    Raises:
        InvalidArgument: ``text`` is not a string, ``published`` not a date, or ``tense``
            not one of the three words.

    Examples:
        >>> from datetime import date
        >>> resolve("September 17", published=date(2019, 2, 27)).value
        '2018-09-17'
        >>> resolve("September 17", published=date(2019, 2, 27), tense="future").value
        '2019-09-17'
        >>> resolve("nearly seven-year").value
        'P7Y'
        >>> resolve("no date here") is None
        True
    """
    anchor = _check(text, published, tense)
    refs, _ = _extract()(text, anchor, tense, spans=False)
    return refs[0] if refs else None


def find_dates(text: str, published: date | None = None) -> tuple[list[TimeRef], list[Diagnostic]]:
    """
    Find every date expression in ``text`` and anchor it on ``published``.

    Args:
        text: The article body.
        published: The publication date; ``None`` leaves relative expressions unanchored
            (each with a ``date.unanchored`` diagnostic).  Full dates are read as written
            either way: a caption's "February 27, 2019" gives ``"2019-02-27"``.

    Returns:
        The expressions in text order, each with its span, and the diagnostics
        (``date.unanchored``, ``date.impossible``).

    Raises:
        InvalidArgument: ``text`` is not a string or ``published`` not a date.
    """
    anchor = _check(text, published)
    if not _CAPITALS_GATE_RE.search(text):
        return _extract()(text, anchor, None)
    # a full date with its month in capitals ("FEB. 29, 1996", "24 FEBRUARY 2026", as page
    # heads print them) is read in title case, which keeps every offset, then given back
    # the words as written
    titled = _CAPITALS_DATE_RE.sub(_title_month, text)
    refs, notes = _extract()(titled, anchor, None)
    return [_as_written(ref, text) for ref in refs], [_note_as_written(n, text) for n in notes]


# A month's name in capitals in a full date, day first or month first, with a four-digit
# year, with its day in a wire's dateline in capitals, or in a day's heading in capitals.
_CAPITAL_MONTHS: Final = (
    r"(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)"
)
_CAPITAL_WEEKDAYS: Final = r"(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
# The cheap test first: literals only, no word boundary, so the engine skips in C to the
# next capital that can open a month (a leading \b made it test every position).
_CAPITALS_GATE_RE: Final = re.compile(r"JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC")
_CAPITALS_DATE_RE: Final = re.compile(
    rf"\b(?P<month>{_CAPITAL_MONTHS})(?P<gap>\.?\s+)(?P<day>\d{{1,2}})(?P<suffix>ST|ND|RD|TH)?"
    r"(?=,?\s+\d{4}\b)"
    rf"|\b(?P<day2>\d{{1,2}})(?P<suffix2>ST|ND|RD|TH)?(?P<gap2>\s+)(?P<month2>{_CAPITAL_MONTHS})"
    r"(?=\.?,?\s+\d{4}\b)"
    # a day's heading in capitals alone on its line, as agendas and schedules print them:
    # "WEDNESDAY, 12 NOVEMBER", "MONDAY, MARCH 3", "FRIDAY 14 NOVEMBER"
    rf"|(?m:^)(?P<wday>{_CAPITAL_WEEKDAYS})(?P<gap4>,?[ \t]+)"
    rf"(?:(?P<day4>\d{{1,2}})(?P<gap5>[ \t]+)(?P<month4>{_CAPITAL_MONTHS})"
    rf"|(?P<month5>{_CAPITAL_MONTHS})(?P<gap6>\.?[ \t]+)(?P<day5>\d{{1,2}}))"
    r"(?=[ \t]*(?:\n|$))"
    # a wire's dateline in capitals: "YEREVAN, JANUARY 14, ARMENPRESS.", "BAKU, MARCH 3. /TASS/";
    # an older paper's, alone on its line or before the dash that opens the story: "RABAT,
    # OCTOBER 27.", "ALGIERS, OCT. 27.\u2014The ..."
    # (after the agency's credit: "(ANSA) - ROME, MAY 7 - ", "(EFE) \u2013 MADRID, OCT. 12 \u2013")
    r"|(?m:^)(?P<credit>\([A-Za-z][\w.&'\u2019 -]{0,30}\)[ \t]*[-\u2013\u2014]{1,2}[ \t]*)?"
    rf"(?P<place>[A-Z][A-Z.'\u2019-]*(?:[ \t][A-Z][A-Z.'\u2019-]*){{0,3}},[ \t]+)"
    rf"(?P<month3>{_CAPITAL_MONTHS})(?P<gap3>\.?[ \t]+)(?P<day3>\d{{1,2}})"
    r"(?=[,.][ \t]|[ \t]+[(/]|\.?[ \t]*(?:\n|$|[-\u2013\u2014]))"
    # a month in capitals spelt out before its year, as a periodical's running head dates its
    # issue: "EXAMPLE AFFAIRS REVIEW NOVEMBER 1956" ("MAY 2025" may be the verb)
    r"|\b(?P<month6>JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER)(?=[ \t]+(?:1[7-9]|20)\d\d\b)"
)


def _title_month(match: re.Match[str]) -> str:
    """The month in title case and an ordinal's suffix in lower case: the same length."""
    if match["month"]:
        suffix = (match["suffix"] or "").lower()
        return f"{match['month'].capitalize()}{match['gap']}{match['day']}{suffix}"
    if match["month6"]:
        return match["month6"].capitalize()
    if match["month3"]:
        credit = match["credit"] or ""
        return (
            f"{credit}{match['place']}{match['month3'].capitalize()}{match['gap3']}{match['day3']}"
        )
    if match["wday"]:
        wday = f"{match['wday'].capitalize()}{match['gap4']}"
        if match["month4"]:
            return f"{wday}{match['day4']}{match['gap5']}{match['month4'].capitalize()}"
        return f"{wday}{match['month5'].capitalize()}{match['gap6']}{match['day5']}"
    suffix = (match["suffix2"] or "").lower()
    return f"{match['day2']}{suffix}{match['gap2']}{match['month2'].capitalize()}"


def _note_as_written(note: Diagnostic, text: str) -> Diagnostic:
    """A diagnostic about the title-cased copy, its span holding the words of ``text``."""
    span = note.span
    if span is None or text[span.start : span.end] == span.text:
        return note
    return attrs.evolve(note, span=attrs.evolve(span, text=text[span.start : span.end]))


def _as_written(ref: TimeRef, text: str) -> TimeRef:
    """``ref`` found in the title-cased copy of ``text``, with its words as ``text`` has them."""
    span = ref.span
    if span is None or text[span.start : span.end] == span.text:
        return ref
    written = text[span.start : span.end]
    at = span.text.find(ref.text)
    words = written[at : at + len(ref.text)] if at >= 0 else ref.text
    return attrs.evolve(ref, text=words, span=attrs.evolve(span, text=written))
