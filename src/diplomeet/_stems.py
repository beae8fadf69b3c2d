"""
Where the words that tell a meeting or an incident may stand: one scan per document.

Every phrase the meetings stage reads ("met", "held talks", "spoke by phone", "the meeting
was called off", "accompanied by") and every phrase the incidents stage reads ("shot down",
"opened fire", "air strikes", "entered ... airspace") holds one of the stems below at the
start of a word.  One scan of the lower-cased text finds them all; the stages then read only
the sentences (and clauses) holding one of their own stems.  The scan is shared through
:attr:`~diplomeet._document.Document.cache`.
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import TYPE_CHECKING, Final, NamedTuple

if TYPE_CHECKING:
    from diplomeet._document import Document

__all__ = ["INCIDENT_STEMS", "MEETING_STEMS", "Stems", "find_stems"]

#: The stems of the meeting words of ``diplomeet._meetings`` (its ``_TRIGGER_RE``, the
#: cancellations read alone and "accompanied"), lower-case.
MEETING_STEMS: Final = (
    "accompan",
    "bilateral",
    "conferr",
    "conversation",
    "discuss",
    "encounter",
    "held",
    "hold",
    "host",
    "meet",
    "met",
    "negotiat",
    "phone",
    "receiv",
    "sat",
    "shook",
    "sit",
    "summit",
    "summon",
    "talk",
    "telephone",
    "told",
    "visit",
    "welcom",
)
#: The stems of the incident words of ``diplomeet._incidents`` (its ``_TRIGGERS``), lower-case.
INCIDENT_STEMS: Final = (
    "airspace",
    "airstrike",
    "ambush",
    "attack",
    "bomb",
    "down",
    "fire",
    "firing",
    "gunfire",
    "raid",
    "shell",
    "shoot",
    "shot",
    "storm",
    "strike",
)


def _alternation(words: set[str]) -> str:
    """The words as one alternation, grouped by first letter (fewer branches to try)."""
    groups = groupby(sorted(words), key=lambda s: s[0])
    return "|".join(f"{first}(?:{'|'.join(s[1:] for s in group)})" for first, group in groups)


# A stem after anything but an ASCII letter, digit or "_": a superset of a word's start in
# lower-cased text.  Starting with that character class lets the scan skip most positions.
_STEM_RE: Final = re.compile(
    rf"[^0-9a-z_](?:{_alternation(set(MEETING_STEMS) | set(INCIDENT_STEMS))})"
)
# Letters that lower-case to two ("\u0130") or match a Latin letter only when case is
# ignored ("\u0131" dotless i, "\u017f" long s): a text holding one is read in full.
_ODD_LETTERS_RE: Final = re.compile("[\u0130\u0131\u017f]")


class Stems(NamedTuple):
    """The lower-cased text and the offsets of the stems at a word's start, in order."""

    low: str
    hits: list[int]


def find_stems(doc: Document) -> Stems | None:
    """
    Return the stems of ``doc`` (computed once per document).

    ``None`` when the text holds a letter that makes the lower-cased text a poor guide
    (see ``_ODD_LETTERS_RE``): the stages then read every sentence in full.
    """
    if "stems" in doc.cache:
        found: Stems | None = doc.cache["stems"]
        return found
    text = doc.text
    result = None
    if _ODD_LETTERS_RE.search(text) is None:
        low = text.lower()
        hits = [m.start() + 1 for m in _STEM_RE.finditer(low)]
        if _STEM_RE.match(" " + low[:16]):
            hits.insert(0, 0)
        result = Stems(low, hits)
    doc.cache["stems"] = result
    return result
