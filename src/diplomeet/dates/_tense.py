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
from typing import Literal

from diplomeet.dates._grammar import CUE_RE, SENTENCE_END_RE

__all__ = ["Sentences", "Tense", "TenseCues"]

#: The direction a clause points to.
Tense = Literal["past", "present", "future"]


_TENSES: dict[str, Tense] = {"fut": "future", "past": "past", "pres": "present"}


class Sentences:
    """Sentence boundaries of a text, found once and looked up by offset."""

    __slots__ = ("_ends", "_length")

    def __init__(self, text: str) -> None:
        self._ends = [m.end() for m in SENTENCE_END_RE.finditer(text)]
        self._length = len(text)

    def around(self, start: int) -> tuple[int, int]:
        """Return the (start, end) offsets of the sentence containing offset ``start``."""
        index = bisect.bisect_right(self._ends, start)
        first = self._ends[index - 1] if index else 0
        last = self._ends[index] if index < len(self._ends) else self._length
        return first, last


class TenseCues:
    """The tense cues of a text, scanned once per sentence that needs them."""

    __slots__ = ("_by_sentence", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._by_sentence: dict[int, list[tuple[int, int, Tense]]] = {}

    def _cues(self, first: int, last: int) -> list[tuple[int, int, Tense]]:
        cues = self._by_sentence.get(first)
        if cues is None:
            cues = [
                (m.start(), m.end(), _TENSES[m.lastgroup or "past"])
                for m in CUE_RE.finditer(self._text, first, last)
            ]
            self._by_sentence[first] = cues
        return cues

    def tense(self, start: int, end: int, sentence: tuple[int, int]) -> Tense | None:
        """
        Return the tense of the nearest cue to ``text[start:end]`` within ``sentence``.

        Returns ``None`` when the sentence has no cue outside the expression.
        """
        left: tuple[int, Tense] | None = None
        right: tuple[int, Tense] | None = None
        for cue_start, cue_end, cue_tense in self._cues(*sentence):
            if cue_end <= start:
                left = (start - cue_end, cue_tense)  # cues come in order: the last is nearest
            elif cue_start >= end:
                right = (cue_start - end, cue_tense)
                break
        # A verb usually precedes its adjunct ("met on Thursday and was due to..."): the
        # nearest cue on the left decides; one on the right only when the left has none
        # ("On Sunday, the ministers met").
        chosen = left or right
        return chosen[1] if chosen else None
