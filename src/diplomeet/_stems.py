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

import functools
import re
from bisect import bisect_right
from itertools import compress, groupby, repeat
from operator import itemgetter, le, methodcaller, mul, sub
from typing import TYPE_CHECKING, Final, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterator

    from diplomeet._document import Document

__all__ = ["INCIDENT_STEMS", "MEETING_STEMS", "Stems", "find_stems"]

#: The stems of the meeting words of ``diplomeet._meetings`` (its ``_TRIGGER_RE``, the
#: cancellations read alone and "accompanied"), lower-case.
MEETING_STEMS: Final = (
    "accompan",
    "assured",
    "accept",
    "accorded",
    "agreed",
    "appeared",
    "audience",
    "banquet",
    "bilateral",
    "brief",
    "breakfast",
    "call",
    "chaired",
    "chatted",
    "closeted",
    "confer",
    "congratulated",
    "co-chair",
    "cochair",
    "consult",
    "convey",
    "conversation",
    "conversed",
    "courtesy",
    "deliver",
    "dialogue",
    "dine",
    "dining",
    "dial",
    "dined",
    "dinner",
    "discuss",
    "during",
    "encounter",
    "entertain",
    "exchang",
    "face",
    "greet",
    "guest",
    "hand",
    "held",
    "hold",
    "host",
    "joined",
    "huddl",
    "informed",
    "interview",
    "invited",
    "lunch",
    "meet",
    "met",
    "negotiat",
    "phone",
    "rang",
    "presen",
    "pressed",
    "promised",
    "receiv",
    "reminded",
    "reception",
    "retreat",
    "roll",
    "sat",
    "saw",
    "see",
    "send",
    "sent",
    "session",
    "shook",
    "signed",
    "initialed",
    "initialled",
    "sit",
    "speak",
    "spent",
    "spoke",
    "summit",
    "summon",
    "talk",
    "telephone",
    "thanked",
    "tete",
    "updated",
    "urged",
    "t\u00eate",
    "told",
    "video",
    "witnessed",
    "virtual",
    "visit",
    "warned",
    "welcom",
)
#: The stems of the incident words of ``diplomeet._incidents`` (its ``_TRIGGERS``), lower-case.
INCIDENT_STEMS: Final = (
    "abduct",
    "adiz",
    "air-drop",
    "airdrop",
    "airspace",
    "airstrike",
    "ambush",
    "apprehend",
    "arrest",
    "artillery",
    "ashore",
    "assassin",
    "assault",
    "attack",
    "beacon",
    "besieg",
    "blast",
    "blew",
    "block",
    "blown",
    "board",
    "bomb",
    "buoy",
    "burn",
    "broke",
    "burst",
    "buzz",
    "captur",
    "cease",
    "chaff",
    "chancer",
    "chase",
    "clash",
    "colli",
    "commission",
    "confiscat",
    "consulat",
    "contig",
    "corvett",
    "crash",
    "cross",
    "cruiser",
    "custod",
    "cyber",
    "ddos",
    "denial",
    "destr",
    "detain",
    "detention",
    "down",
    "drone",
    "drop",
    "driven",
    "drove",
    "dump",
    "eez",
    "embass",
    "encroach",
    "exclusiv",
    "expel",
    "explo",
    "expuls",
    "fight",
    "fire",
    "firing",
    "fishing",
    "flare",
    "flew",
    "flie",
    "flight",
    "flown",
    "fly",
    "forced",
    "fought",
    "frigat",
    "grenade",
    "gun",
    "hack",
    "halted",
    "hammer",
    "harass",
    "hauled",
    "held",
    "herded",
    "dragg",
    "marched",
    "hijack",
    "hit",
    "hostage",
    "hurl",
    "icbm",
    "identif",
    "ied",
    "illegal",
    "impound",
    "incurs",
    "infiltrat",
    "injur",
    "intercept",
    "intrud",
    "intrus",
    "jail",
    "jettison",
    "jump",
    "kidnap",
    "kill",
    "knock",
    "landed",
    "landmine",
    "laser",
    "launch",
    "lobb",
    "loot",
    "maneuv",
    "manoeuv",
    "minesweep",
    "missile",
    "mock",
    "mission",
    "mortar",
    "neutral",
    "obstruct",
    "order",
    "overfl",
    "overr",
    "parachut",
    "pelt",
    "pillag",
    "plunder",
    "penetrat",
    "persona",
    "picked",
    "pound",
    "pour",
    "projectile",
    "raid",
    "rain",
    "ramm",
    "ransack",
    "robbed",
    "rocket",
    "rounded",
    "sank",
    "scuttl",
    "seiz",
    "shadow",
    "shell",
    "shoot",
    "shot",
    "sideswip",
    "skirmish",
    "slash",
    "slbm",
    "sovereign",
    "space",
    "spray",
    "stab",
    "stopp",
    "storm",
    "straf",
    "stray",
    "strike",
    "struck",
    "submarin",
    "sunk",
    "swarm",
    "tail",
    "taken",
    "target",
    "threw",
    "throw",
    "took",
    "torch",
    "torpedo",
    "toss",
    "towed",
    "trawl",
    "trespass",
    "truce",
    "unlawful",
    "vandal",
    "warp",
    "warship",
    "water",
    "wound",
    "picket",
    "within",
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


@functools.lru_cache(maxsize=16)
def _stems_at(stems: tuple[str, ...]) -> re.Pattern[str]:
    """A regex matching where one of ``stems`` starts: ``low.startswith(stems, at)``."""
    return re.compile(f"(?:{_alternation(set(stems))})")


# The letters that match a Latin one when case is ignored but do not lower-case to it:
# dotted capital I (which lower-cases to two characters), dotless i and long s.
_FOLD: Final = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))


_HIT_START: Final = methodcaller("start")
_START: Final = itemgetter(0)  # a Segment's start
_END: Final = itemgetter(1)  # a Segment's end


class Stems(NamedTuple):
    """The stems found in a document."""

    #: The lower-cased text, "\u0130", "\u0131" and "\u017f" read as "i", "i" and "s": a
    #: pattern that ignores case matches the text only where its lower-case form stands here.
    low: str
    #: The offsets of the stems at a word's start, in text order.
    hits: list[int]
    #: For each hit, the index of its sentence in ``Document.sentences`` (-1: none).
    sentence_of: list[int]

    def by_sentence(self, stems: tuple[str, ...]) -> Iterator[tuple[int, list[int]]]:
        """The sentences (by index) holding some of ``stems``, with their offsets, in order."""
        current = -1
        pending: list[int] = []
        # One trie match per hit instead of str.startswith() trying each stem in turn, all
        # run from C: only the hits of ``stems`` come to the loop.
        at = _stems_at(stems).match
        hits = self.hits
        for hit, k in compress(
            zip(hits, self.sentence_of, strict=True), map(at, repeat(self.low), hits)
        ):
            if k < 0:
                continue
            if k != current:
                if pending:
                    yield current, pending
                current, pending = k, []
            pending.append(hit)
        if pending:
            yield current, pending


def find_stems(doc: Document) -> Stems:
    """Return the stems of ``doc`` (computed once per document)."""
    found: Stems | None = doc.cache.get("stems")
    if found is not None:
        return found
    text = doc.text
    for odd, latin in _FOLD:
        if odd in text:
            text = text.replace(odd, latin)
    low = text.lower()
    hits = list(map((1).__add__, map(_HIT_START, _STEM_RE.finditer(low))))
    if _STEM_RE.match(" " + low[:16]):
        hits.insert(0, 0)
    sentences = doc.sentences
    # Each hit's sentence: the first that ends after it, if it starts at the hit or before
    # (else -1); found by bisection, from C (both lists are in text order).
    ends = list(map(_END, sentences))
    at = list(map(bisect_right, repeat(ends), hits))
    starts = [*map(_START, sentences), len(low) + 1]
    inside = map(le, map(starts.__getitem__, at), hits)
    # (k + 1) * inside - 1: k, or -1 outside any sentence
    sentence_of = list(map(sub, map(mul, map((1).__add__, at), inside), repeat(1)))
    found = Stems(low, hits, sentence_of)
    doc.cache["stems"] = found
    return found
