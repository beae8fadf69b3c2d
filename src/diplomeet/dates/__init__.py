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
from collections.abc import Callable
from datetime import date, datetime
from typing import Final, get_args

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
    return _extract()(text, anchor, None)
