"""
Tense of the clause around a date expression, read from cue words without a model.

The cues are those of :data:`diplomeet.dates._grammar.CUE_RE`: future phrases ("will",
"is due to", "is expected to", "plans to", "would", "was due to", "next") and past-tense
verbs ("met", "said", "-ed" forms, "ago").  The cue nearest to the expression inside its
sentence decides; cues inside the expression itself are ignored, because the expression's
own words ("next", "last", "ago") already say which way it points.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator
from typing import Final, Literal

from diplomeet.dates._grammar import CUE_CANDIDATE_RE, CUE_RE, SENTENCE_END_RE
from diplomeet.dates._types import Tense

__all__ = ["Cue", "Sentences", "Tense", "TenseCues"]

#: The direction a clause points to.
#: What a cue says: a tense, or "prospective", the future seen from the past ("was due to",
#: "would"), for which the publication day itself still counts, or "plan", a plan told from
#: after it was made or dropped ("had been scheduled for Friday", "a visit, planned for
#: March, was postponed"), whose date is the nearer occurrence either way.
Cue = Literal["past", "present", "future", "prospective", "plan"]


#: A cue's reading: its tense, and the tense it gives a date on its *right*, where the
#: finite verb of "vowed to" or "was due to" is what the date belongs to.
_TENSES: dict[str, tuple[Cue, Cue]] = {
    "fut": ("future", "future"),
    "pfut": ("prospective", "past"),
    "pplan": ("plan", "plan"),
    "past": ("past", "past"),
    "pres": ("present", "present"),
}


_APOSTROPHE_RE: Final = re.compile(r"['\u2019]")
#: Where the noun phrase after "ahead of" ends: "ahead of the Brazilian visit, X spoke".
_PHRASE_END_RE: Final = re.compile(r"[,;:.!?()\u2014]")
#: A plan's participle with no auxiliary, qualifying a noun: "a visit planned for March",
#: "a service planned at the university for Saturday", "the trip, earlier fixed for
#: Thursday", "the conference, expected in December".
_BARE_PLAN_RE: Final = re.compile(
    r"(?:planned|scheduled|slated|(?:set|timed|due|fixed)\s+for|expected\s+(?:in|on|for))\b",
    re.IGNORECASE,
)

#: A speech act's noun between "proposed" or "suggested" and a date: "proposed talks in a statement
#: broadcast Saturday", "suggested a truce in a speech to parliament on Monday", "offered
#: talks at a news conference Friday".  The date is the statement's, told after it was made,
#: so it points back as a past tense does; the plan's own date would follow the plan's noun.
_SPEECH_ACT_RE: Final = re.compile(
    r"\b(?:in|at|during|through)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|speech|broadcast|interview|address|letter|message|communiqu[e\u00e9]|"
    r"note|op-ed|article|post|tweet|(?:news|press)\s+conference|briefing)s?\b",
    re.IGNORECASE,
)
#: A relative word opening the clause a cue stands in: "the point where three borders| meet".
_RELATIVE_OPEN_RE: Final = re.compile(r"\b(?:where|which|who|whom|whose)\b[^;:.]*$")
#: How far before a cue its relative word is looked for.
_RELATIVE_REACH: Final = 80
#: How far past a plan verb a speech act's noun is looked for.
_SPEECH_ACT_REACH: Final = 120

#: An earlier exchange the clause follows on from, named with a possessive, the date right
#: after it: "will stay in touch, following their telephone talk on March 4", "will press
#: on since his visit to Ankara on May 2".  The future verb is the clause's, not the
#: exchange's; the exchange is as likely behind as ahead, so its date is the nearer one.
_FOLLOWED_EXCHANGE_RE: Final = re.compile(
    r"\b(?:following|since)\s+(?:their|his|her|its|our)\s+[^,.;:!?]{0,40}?"
    r"\b(?:talks?|meetings?|calls?|conversations?|visits?|summits?|discussions?|exchanges?)\b"
    r"[^,.;:!?]{0,50}$"
    # or an event named after "since the": "their first encounter since the water cannon
    # incident near the shoal in May"
    r"|\bsince\s+the\s+[^,.;:!?]{0,40}?\b(?:incidents?|clash(?:es)?|attacks?|collisions?"
    r"|standoffs?|stand-offs?|raids?|seizures?|shootings?|elections?|crisis|war)\b"
    r"[^,.;:!?]{0,50}$",
    re.IGNORECASE,
)
#: Under a future seen from the past ("have agreed to fast-track X, following bilateral talks
#: in Nairobi on Tuesday"), the exchange may go without a possessive: the agreement came of it.
_FOLLOWED_BARE_EXCHANGE_RE: Final = re.compile(
    r"\bfollowing\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:talks|meetings?|discussions|consultations|negotiations)\b[^,.;:!?]{0,50}$",
    re.IGNORECASE,
)
#: How far before a date such an exchange's words are looked for.
_FOLLOWED_EXCHANGE_REACH: Final = 110


def _find_cues(text: str, first: int, last: int) -> Iterator[re.Match[str]]:
    """
    ``CUE_RE.finditer(text, first, last)``, trying ``CUE_RE`` only where a cue may start.

    The candidates come from :data:`CUE_CANDIDATE_RE` over the lower-cased sentence, and
    every apostrophe; ``CUE_RE`` itself decides at each, left to right, without overlaps,
    so the matches are those of the plain scan.  Lazy: a caller that has what it needs
    leaves the rest of the sentence unscanned.
    """
    segment = text[first:last]
    lowered = segment.lower()
    if len(lowered) != len(segment):
        yield from CUE_RE.finditer(text, first, last)
        return
    starts: Iterator[int] = (m.start() for m in CUE_CANDIDATE_RE.finditer(" " + lowered))
    if "'" in segment or "\u2019" in segment:
        apostrophes = (m.start() for m in _APOSTROPHE_RE.finditer(segment))
        starts = heapq.merge(starts, apostrophes)
    end = first
    for offset in starts:
        start = first + offset
        if start < end:
            continue
        match = CUE_RE.match(text, start, last)
        if match is not None:
            yield match
            end = match.end()


_Found = tuple[int, int, tuple[Cue, Cue]]


class _SentenceCues:
    """The cues of one sentence, scanned as far as they are asked for."""

    __slots__ = ("_scan", "found")

    def __init__(self, scan: Iterator[_Found]) -> None:
        self._scan: Iterator[_Found] | None = scan
        self.found: list[_Found] = []

    def get(self, index: int) -> _Found | None:
        """The cue ``index`` of the sentence, in order, or ``None`` past the last."""
        found = self.found
        while index >= len(found):
            if self._scan is None:
                return None
            cue = next(self._scan, None)
            if cue is None:
                self._scan = None
                return None
            found.append(cue)
        return found[index]


class Sentences:
    """Sentence boundaries of a text, found once and looked up by offset."""

    __slots__ = ("_ends", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._ends: list[int] | None = None  # found on first use: many texts need none

    def around(self, start: int) -> tuple[int, int]:
        """Return the (start, end) offsets of the sentence containing offset ``start``."""
        ends = self._ends
        if ends is None:
            ends = self._ends = [m.end() for m in SENTENCE_END_RE.finditer(self._text)]
        index = bisect.bisect_right(ends, start)
        first = ends[index - 1] if index else 0
        last = ends[index] if index < len(ends) else len(self._text)
        return first, last


class TenseCues:
    """The tense cues of a text, scanned once per sentence that needs them."""

    __slots__ = ("_by_sentence", "_expressions", "_starts", "_text")

    def __init__(self, text: str, expressions: list[tuple[int, int]] | None = None) -> None:
        """
        Read the cues of ``text``, except those inside ``expressions``.

        Args:
            text: The text.
            expressions: The (start, end) offsets of its date expressions, in order: a cue
                word inside one ("three days later", "last week") says which way that
                expression points, not what tense its clause has.
        """
        self._text = text
        self._expressions = expressions or []
        self._starts = [start for start, _ in self._expressions]
        self._by_sentence: dict[int, _SentenceCues] = {}

    def _scan(self, first: int, last: int) -> Iterator[_Found]:
        starts = self._starts  # built once: per sentence it made long texts quadratic
        for m in _find_cues(self._text, first, last):
            index = bisect.bisect_right(starts, m.start()) - 1
            if index >= 0 and m.start() < self._expressions[index][1]:
                continue  # inside an expression
            yield m.start(), m.end(), _TENSES[m.lastgroup or "past"]

    def _cues(self, first: int, last: int) -> _SentenceCues:
        cues = self._by_sentence.get(first)
        if cues is None:
            cues = self._by_sentence[first] = _SentenceCues(self._scan(first, last))
        return cues

    def _left_reading(self, cue: Cue, cue_start: int, cue_end: int, start: int) -> Cue:
        """
        The tense a cue on the left of a date at ``start`` gives it.

        "proposed" or "suggested" with a speech act between it and the date ("proposed talks
        in a statement Saturday") is past: the date is the statement's.
        """
        if (
            cue == "prospective"
            and start - cue_end <= _SPEECH_ACT_REACH
            and self._text[cue_start : cue_start + 4].lower() in {"prop", "sugg"}
            and _SPEECH_ACT_RE.search(self._text, cue_end, start) is not None
        ):
            return "past"
        return cue

    def _closed_relative(self, cue_start: int, cue_end: int, start: int, first: int) -> bool:
        """Whether a cue stands in a relative clause that a comma closes before ``start``."""
        text = self._text
        return text.find(",", cue_end, start) >= 0 and (
            _RELATIVE_OPEN_RE.search(text, max(first, cue_start - _RELATIVE_REACH), cue_start)
            is not None
        )

    def tense(  # noqa: C901 - the cues of one sentence, each read in order
        self, start: int, end: int, sentence: tuple[int, int]
    ) -> Cue | None:
        """
        Return the tense of the nearest cue to ``text[start:end]`` within ``sentence``.

        Returns ``None`` when the sentence has no cue outside the expression.
        """
        first, last = sentence
        if not self._text[first:start].strip() and not self._text[end:last].strip():
            return None  # the sentence is the expression alone ("next Friday")
        left: Cue | None = None
        right: Cue | None = None
        left_at = -1
        skip_to = -1
        cues = self._cues(*sentence)
        index = 0
        while (cue := cues.get(index)) is not None:
            index += 1
            cue_start, cue_end, (on_left, on_right) = cue
            if cue_start < skip_to:
                continue  # inside the noun phrase after "ahead of" ("the Brazilian visit")
            if cue_start < start:
                if (
                    self._text[cue_start : cue_start + 5].lower() == "ahead"
                    and "," in (self._text[cue_start:start])
                ):
                    # "Ahead of the trip, the ministry on Sunday issued ...": the opening
                    # phrase dates the trip, not the clause; its own words are no cues
                    phrase_end = _PHRASE_END_RE.search(self._text, cue_start, start)
                    skip_to = phrase_end.start() if phrase_end else start
                    continue
                if on_left != "plan" and self._closed_relative(cue_start, cue_end, start, first):
                    # "fired on the post, near the point where three borders meet, early
                    # Thursday": the relative clause closed before the date tells no tense
                    # (a plan's clause runs on past an apposition to its date: "a visit,
                    # where she had been due to meet A, the governor, on Monday, ...")
                    continue
                # Cues come in order, so the last one is the nearest; one that runs into
                # the expression ("planned for early March") still stands on its left.
                left, left_at = self._left_reading(on_left, cue_start, cue_end, start), cue_start
            elif left is not None:
                if (
                    left == "future"
                    and cue_start >= end
                    and on_left == "past"
                    and _BARE_PLAN_RE.match(self._text, left_at)
                ):
                    # "a visit, planned for March, was postponed": the plan is told from
                    # after it; its date is the nearer one, not the next
                    return "plan"
                break  # the left decides: the rest of the sentence need not be read
            elif cue_start >= end:
                if self._text[cue_start : cue_start + 5].lower() == "ahead":
                    # "On Wednesday, ahead of the visit, X spoke": the visit is later than
                    # the day, which says nothing of the day itself; read on, past the
                    # visit's noun phrase ("the Brazilian visit" is no verb)
                    phrase_end = _PHRASE_END_RE.search(self._text, cue_start, last)
                    skip_to = phrase_end.start() if phrase_end else last
                    continue
                right = on_right
                break
        # A verb usually precedes its adjunct ("met on Thursday and was due to..."): the
        # nearest cue on the left decides; one on the right only when the left has none
        # ("On Sunday, the ministers met").
        return self._unless_followed(left, max(first, left_at), start) or right

    def _unless_followed(self, left: Cue | None, cue_start: int, start: int) -> Cue | None:
        """
        ``left``, or "plan" when a future's date at ``start`` is an exchange's it follows on.

        "will keep in touch, following their call on February 12": the call's date.
        """
        if left not in {"future", "prospective"}:
            return left
        window = self._text[max(cue_start, start - _FOLLOWED_EXCHANGE_REACH) : start]
        lowered = window.lower()
        if ("following" in lowered or "since" in lowered) and _FOLLOWED_EXCHANGE_RE.search(window):
            return "plan"
        if (
            left == "prospective"
            and "following" in lowered
            and _FOLLOWED_BARE_EXCHANGE_RE.search(window)
        ):
            return "plan"
        return left
