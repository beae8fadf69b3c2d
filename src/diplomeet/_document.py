"""
The working state of one article while the extraction stages read it.

A :class:`Document` is internal and mutable: stages add what they find (date mentions,
actor mentions, diagnostics) so later stages can use it.  Only records leave the pipeline.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date
from functools import partial
from itertools import chain, repeat
from operator import itemgetter
from typing import Any, Final, NamedTuple, TypeVar

import attrs

from diplomeet._titles import TITLES
from diplomeet.records import Diagnostic, Severity, Span, TimeRef

__all__ = ["Document", "Segment", "split_paragraphs", "split_sentences", "tuple_maker"]

_T = TypeVar("_T", bound=tuple[Any, ...])


def tuple_maker(cls: type[_T]) -> Callable[[tuple[Any, ...]], _T]:
    """
    Build a named tuple of class ``cls`` from a tuple of all its fields, defaults included.

    ``maker((a, b))`` is ``cls(a, b)``, less the call of the named tuple's ``__new__``, a
    Python function that costs as much again as building the tuple: the hot paths use it.
    """
    made: Callable[[tuple[Any, ...]], _T] = partial(tuple.__new__, cls)
    return made


_PARAGRAPH_RE: Final = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (possibly followed by closing quotes/brackets) before white space
# and an upper-case letter, a digit or an opening quote.
_SENTENCE_END_RE: Final = re.compile(
    r"""[.!?]['"\u2019\u201d\u00bb)\]]*(?=\s+['"\u2018\u201c\u00ab(\[]?[A-Z0-9])"""
)
# The word before a full stop, read in the 12 characters before it: a word reaching further
# back is not found (it is no abbreviation), which keeps the search linear.
_WORD_BEFORE_DOT_RE: Final = re.compile(r"(?<![\w.])([\w.]+)\.$")
_INITIALS_RE: Final = re.compile(r"(?:[a-z]\.)+[a-z]")
_COUNTRY_INITIALS: Final = frozenset({"u.s", "u.k", "u.n", "e.u", "u.s.a", "u.a.e"})
# Words that end in a full stop without ending a sentence.
_ABBREVIATIONS: Final = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "smt",  # Indian usage: "Smt. A" (Shrimati, Mrs)
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "sen",
        "rep",
        "gov",
        "pres",
        "amb",
        "rev",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "inc",
        "corp",
        "ltd",
        "co",
        "mt",
        "ft",
        "hon",
        "h.e",
    }
)
#: The same words, for the readers of names that stop at a sentence's end.
ABBREVIATIONS: Final = _ABBREVIATIONS
# Given names written short with a full stop, before the rest of a name: the Philippine
# "Ma." (Maria: "Ma. Luisa Reyes"), the Malaysian and Singaporean "Mohd." and "Muhd."
# (Mohamed), the Bangladeshi "Md." (Mohammad), the older "Wm.", "Thos.", "Chas." of
# American pages.  They end no sentence when two name words follow.
_GIVEN_NAME_ABBREVIATIONS: Final = frozenset({"ma", "mohd", "muhd", "md", "wm", "thos", "chas"})
_NAME_NEXT_RE: Final = re.compile(r" ([A-Z][a-z'\u2019-]+) (?:[A-Z]\. )?[A-Z]")
# Words that open a sentence or an office rather than go on with a name: "Ma. Foreign
# Minister A said", "Ma. He said", "Ma. The talks".
_NOT_GIVEN_NAMES: Final = frozenset(k.split()[0] for k in TITLES) | frozenset(
    {"the", "he", "she", "it", "they", "we", "in", "on", "at", "but", "and", "a", "an", "this"}
)
#: The same words with their full stop, for the readers of names.
GIVEN_NAME_ABBREVIATIONS: Final = frozenset(f"{w}." for w in _GIVEN_NAME_ABBREVIATIONS)


_new: Final = object.__new__
_setattr: Final = object.__setattr__


class Segment(NamedTuple):
    """
    A paragraph, sentence or clause: offsets into the document text.

    A named tuple rather than an attrs class: the stages make many (a clause, a stretch of
    a sentence), and a tuple is cheaper to build than a frozen attrs instance.
    """

    start: int
    end: int


_SEGMENT_START: Final = itemgetter(0)
_SEGMENT_END: Final = itemgetter(1)
#: ``segment_of((start, end))`` is ``Segment(start, end)`` (see :func:`tuple_maker`).
segment_of: Final = tuple_maker(Segment)


def split_paragraphs(text: str) -> list[Segment]:
    """Return the non-empty lines of ``text`` (news bodies put one paragraph on a line)."""
    return [segment_of(m.span()) for m in _PARAGRAPH_RE.finditer(text) if not m.group().isspace()]


def _word_before_dot(text: str, low: int, dot: int) -> str:
    """
    ``_WORD_BEFORE_DOT_RE.search(text, low, dot + 1)[1]``, or ``""`` when it finds nothing.

    The word is the run of word characters and dots ending at ``dot``; it is found only
    when it starts at ``low`` or later.  A step back per character costs less than the
    search, which tries the look-behind at each of the positions.
    """
    start = dot
    while start > low and ((char := text[start - 1]).isalnum() or char in "._"):
        start -= 1
    if start == low and low > 0 and ((char := text[low - 1]).isalnum() or char in "._"):
        return ""  # the word reaches back before ``low``
    return text[start:dot]


def _given_name_next(text: str, at: int) -> bool:
    """Whether two name words follow ``at``, the first no office's or sentence's opening."""
    m = _NAME_NEXT_RE.match(text, at)
    return m is not None and m.group(1).lower() not in _NOT_GIVEN_NAMES


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """Split ``text[start:end]`` into sentences, keeping abbreviations and initials whole."""
    stop = len(text) if end is None else end
    out = []
    begin = start
    for m in _SENTENCE_END_RE.finditer(text, start, stop):
        dot = m.start()
        low = dot - 12 if dot - 12 > begin else begin
        if text[dot] == "." and (word := _word_before_dot(text, low, dot)):
            token = word.lower()
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            if token in _GIVEN_NAME_ABBREVIATIONS and _given_name_next(text, dot + 1):
                continue  # "Secretary Ma. Luisa Reyes"
            # Initials of a name ("R.K. Menon"), not a country's ("the U.S. He said").
            if _INITIALS_RE.fullmatch(token) and token not in _COUNTRY_INITIALS:
                continue
        out.append(segment_of((begin, m.end())))
        begin = m.end()
        while begin < stop and text[begin].isspace():
            begin += 1
    if begin < stop and not text[begin:stop].isspace():
        out.append(Segment(begin, stop))
    return out


@attrs.define
class Document:
    """An article body under analysis."""

    text: str
    published: date | None = None
    dates: list[TimeRef] = attrs.Factory(list)
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    #: The dateline the outlet parser read off the body, if any ("From A, in Brussels").
    dateline: str | None = None
    #: The byline's names the outlet parser read off the body, if any.
    authors: tuple[str, ...] = ()
    #: The headline the outlet parser read off the body, if any.
    headline: str | None = None
    #: The page's lines above the body that the outlet parser set aside (a letterhead, the
    #: headline, a media release's minister and office), read in the text's first 1,000
    #: characters; ``""`` if none. The statements' letterhead and the meetings' release
    #: maker both read it.
    masthead: str = ""
    #: The page's photo captions and standfirst, off the body: they may name in full a
    #: person the story names by surname only ("Foreign Minister Tao Runqing, left, ...").
    captions: tuple[str, ...] = ()
    #: Results a stage computes once per document and others reuse (actor mentions).
    cache: dict[str, Any] = attrs.Factory(dict)
    _paragraphs: list[Segment] | None = None
    _sentences: list[Segment] | None = None

    @property
    def paragraphs(self) -> list[Segment]:
        """The paragraphs of the text."""
        if self._paragraphs is None:
            self._paragraphs = split_paragraphs(self.text)
        return self._paragraphs

    @property
    def sentences(self) -> list[Segment]:
        """The sentences of the text, never crossing a paragraph break."""
        if self._sentences is None:
            paragraphs = self.paragraphs
            self._sentences = list(
                chain.from_iterable(
                    map(
                        split_sentences,
                        repeat(self.text),
                        map(_SEGMENT_START, paragraphs),
                        map(_SEGMENT_END, paragraphs),
                    )
                )
            )
        return self._sentences

    def dates_in(self, start: int, end: int) -> list[TimeRef]:
        """
        The dates whose span starts in ``[start, end)``, in text order.

        A bisection over the dates sorted once, so that looking up the dates of each
        sentence costs no more on a long article than on a short one.
        """
        refs, starts, _ = self._date_index()
        return refs[bisect_left(starts, start) : bisect_left(starts, end)]

    def dates_ending_in(self, start: int, end: int) -> list[TimeRef]:
        """The dates whose span ends in ``[start, end]``, in the order of their ends."""
        _, _, (by_end, ends) = self._date_index()
        return by_end[bisect_left(ends, start) : bisect_right(ends, end)]

    def _date_index(
        self,
    ) -> tuple[list[TimeRef], list[int], tuple[list[TimeRef], list[int]]]:
        found = self.cache.get("document.dates")
        if found is None or found[0] != len(self.dates):
            spanned = [(t.span, t) for t in self.dates if t.span is not None]
            by_start = sorted(spanned, key=lambda pair: pair[0].start)
            by_end = sorted(spanned, key=lambda pair: pair[0].end)
            index = (
                [t for _, t in by_start],
                [span.start for span, _ in by_start],
                ([t for _, t in by_end], [span.end for span, _ in by_end]),
            )
            found = (len(self.dates), index)
            self.cache["document.dates"] = found
        result: tuple[list[TimeRef], list[int], tuple[list[TimeRef], list[int]]] = found[1]
        return result

    def span(self, start: int, end: int) -> Span:
        """
        Return the :class:`Span` of ``text[start:end]``.

        Built without the record's validators when the offsets are plain ints with
        ``0 <= start <= end <= len(text)``, which is all they check (the text is then
        ``end - start`` characters long); other offsets go through :meth:`Span.of`, which
        raises as before.  The validators cost three times the rest of making a span, and
        the stages make one for every record and date; ``tests/test_document.py`` checks
        the spans built here against them.
        """
        text = self.text
        if type(start) is int and type(end) is int and 0 <= start <= end <= len(text):
            span: Span = _new(Span)
            _setattr(span, "start", start)
            _setattr(span, "end", end)
            _setattr(span, "text", text[start:end])
            return span
        return Span.of(text, start, end)

    def diagnose(
        self, code: str, message: str, *, severity: Severity = "warning", span: Span | None = None
    ) -> None:
        """Record a diagnostic about the input."""
        self.diagnostics.append(
            Diagnostic(code=code, severity=severity, message=message, span=span)
        )
