"""
Extraction of :class:`~diplomeet.records.Meeting` records from a document.

A meeting is read from a sentence with a meeting word ("met", "held talks", "a meeting
with", "hosted", "received", "visited", "spoke by phone with", "had a brief encounter",
"discussed ... with") and at least two people: the subject before it (or a pair, "X and Y",
"the two leaders") and the object after it ("met X", "talks with X", "a meeting between X
and Y").  "In [Place] in [Month], X told Y" also tells a meeting.  The status comes from
the words before the meeting word ("will", "was due to", "is expected to" -> planned;
"called off", "no meeting took place" -> cancelled); the place from "in City", "at the
[venue] in City", "resort of City"; the setting from "on the sidelines of ..." or a phone
word; the date from the date expressions found in the same clause, leaving out those that
date a statement ("said on Sunday") or start a period ("since ...").

Every retelling of the same meeting (same people, no clash of date or place) is merged
into one record; a habitual "have met regularly" is not a meeting.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Final

import attrs

from diplomeet._actors import Mention, mentions, surname_key
from diplomeet._countries import CITIES, COUNTRY_NAMES
from diplomeet._document import Document, Segment
from diplomeet._venues import VENUES
from diplomeet.records import Actor, Meeting, MeetingStatus, Place, TimeRef

__all__ = ["find_meetings"]

_TRIGGER_RE: Final = re.compile(
    r"""\b(?:
        (?P<phone>(?:spoke|speaks|talked|talks|spoken)\s+(?:by|on\s+the)\s+(?:tele)?phone
            (?:\s+with)?|(?:tele)?phone\s+(?:call|conversation|talks?)(?:\s+with)?)
      | (?P<between>(?:meeting|talks|summit|encounter)\s+between)
      | (?P<with>(?:meeting|meetings|talks|encounter|summit|conversation|discussions|
            negotiations|bilateral)\s+with
            |(?:met|meets|meet|meeting|talked|talk|negotiated|conferred|shook\s+hands)\s+with)
      | (?P<direct>met|meets|meet|hosted|hosts|host|received|receives|receive|visited|
            visits|visit(?=\s+[A-Z]))
      | (?P<discuss>discussed|discusses|discuss|discussing)
      | (?P<noun>held\s+talks|hold\s+talks|holds\s+talks|holding\s+talks|had\s+talks|
            (?:had|have|has)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:encounter|meeting|talks)|
            (?<!the\s)met)
      | (?P<told>told)
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)
_PLANNED_RE: Final = re.compile(
    r"""\b(?:will|would|'ll|shall|(?:plans?|planned|planning|expected|due|set|scheduled|
    going|hopes?|hoped|intends?|intended|is|are|was|were|agreed|wants?)\s+to)
    \s+(?:[a-z]+\s+){0,2}$""",
    re.VERBOSE | re.IGNORECASE,
)
_CANCELLED_RE: Final = re.compile(
    r"""\b(?:called\s+off|cancel+ed|cancels|scrapped|shelved|no\s+(?:\w+\s+){0,2}
    (?:meeting|talks)\s+(?:took\s+place|was\s+held|were\s+held)|did\s+not\s+(?:meet|take\s+place)
    |didn't\s+meet|refused\s+to\s+meet|will\s+not\s+meet|won't\s+meet)\b""",
    re.VERBOSE | re.IGNORECASE,
)
_HABITUAL_RE: Final = re.compile(
    r"\b(?:regularly|repeatedly|often|several\s+times|many\s+times|numerous\s+times|"
    r"frequently|routinely|every\s+(?:year|month|week)|a\s+number\s+of\s+times)\b",
    re.IGNORECASE,
)
# Clause ends inside a sentence: the next clause may tell another event.
_CLAUSE_BREAK_RE: Final = re.compile(
    r";|,\s+(?:where|when|which|who|while|whereas|after|before|as)\b|(?<!\s)\s+but\s+|"
    r"(?<!\s)\s+and\s+(?=(?:was|were|is|are|will|would|has|have|had|then|later|also)\b)|"
    r",\s+(?=[\w\s]{0,40}\b(?:said|says|told|added)\b)",
    re.IGNORECASE,
)
_SPEECH_RE: Final = re.compile(
    r"\b(?:said|says|told|stated|announced|added|reported|warned|declared)\b", re.IGNORECASE
)
_ACCOMPANIED_RE: Final = re.compile(r"\baccompanied\b[^.]*?\bby\b", re.IGNORECASE)
_SIDELINES_RE: Final = re.compile(
    r"\bon\s+the\s+(sidelines\s+of\s+(?:the\s+|a\s+)?[\w'\u2019\s-]+?)"
    r"(?=\s+in\s+[A-Z]|[,.;]|\s+on\s|$)",
    re.IGNORECASE,
)
_NAME_WORD: Final = r"[A-Z][\w'\u2019.-]*\w"
_PLACE_RE: Final = re.compile(
    rf"\b(?i:in|at|of|to)\s+(?:the\s+)?({_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,2}})"
)
_TOPIC_RE: Final = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|talks\s+(?:on|about|covering)|focus(?:ed)?\s+on|"
    r"centred\s+on|centered\s+on|to\s+discuss)\s+(?:the\s+)?([^,.;:\"“”]{3,60}?)"
    r"(?=\s+(?:with|in|at|on|and\s+the|during|before|after)\b|[,.;:\"“”]|$)",
    re.IGNORECASE,
)
_MONTHS_DAYS: Final = (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
)
_PLACE_STOP: Final = frozenset(
    f"The A An In At On Middle East West North South {_MONTHS_DAYS}".split()
)
_DATE_BAD_BEFORE_RE: Final = re.compile(r"\b(?:since|until|till|by|from)\s*$", re.IGNORECASE)
_MONTH_OR_DAY_RE: Final = re.compile(
    r"\b(?:in|on|last)\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|month|year|spring|summer|autumn|fall|winter)\b"
)
_POSSESSIVE_COUNTRY_RE: Final = re.compile(r"\b([A-Z]\w+(?: [A-Z]\w+)?)['\u2019]s\b")
_PREP_BEFORE_RE: Final = re.compile(r"\b(?:with|by|to|of|from|for)\s+$")
# What may stand between the meeting word and its object, per kind of meeting word.
_OBJECT_GAP_RE: Final = {
    "phone": re.compile(r"\s*(?:with\s+)?"),
    "between": re.compile(r"\s*"),
    "with": re.compile(r"\s*"),
    "direct": re.compile(r"\s*(?:with\s+)?"),
    "told": re.compile(r"\s*"),
    "discuss": re.compile(r"[^.;]*?\bwith\s+"),
    "noun": re.compile(r"[^.;]*?\bwith\s+"),
}
_STATUS_RANK: Final = {"planned": 0, "held": 1, "cancelled": 2}


@attrs.define
class _Draft:
    """A meeting under construction, merged across retellings."""

    people: list[Actor]
    status: MeetingStatus
    evidence: Segment
    when: TimeRef | None = None
    place: Place | None = None
    setting: str | None = None
    topics: list[str] = attrs.field(factory=list)
    accompanied: list[Actor] = attrs.field(factory=list)

    @property
    def key(self) -> frozenset[str]:
        return frozenset(_key(a) for a in self.people)


def _key(actor: Actor) -> str:
    return surname_key(actor.name) if actor.kind == "person" else actor.name.lower()


def _clauses(text: str, sent: Segment) -> list[Segment]:
    out = []
    begin = sent.start
    for m in _CLAUSE_BREAK_RE.finditer(text, sent.start, sent.end):
        out.append(Segment(begin, m.start()))
        begin = m.end()
    out.append(Segment(begin, sent.end))
    return out


def _people(ms: list[Mention]) -> list[Mention]:
    return [m for m in ms if m.actor.kind == "person" or m.members]


def _expand(m: Mention) -> list[Actor]:
    return list(m.members) if m.members else [m.actor]


def _coordinated(text: str, ms: list[Mention], first: int) -> list[Mention]:
    """The mention at ``first`` and those joined to it by "and" or commas."""
    out = [ms[first]]
    k = first + 1
    while k < len(ms) and re.fullmatch(
        r"\s*(?:,|and|,\s*and)\s*", text[ms[k - 1].end : ms[k].start]
    ):
        out.append(ms[k])
        k += 1
    return out


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.all = mentions(doc)
        self.drafts: list[_Draft] = []
        # Mentions come in text order; bisecting their starts keeps in_range() from scanning
        # every mention for every sentence (quadratic on long texts).
        self.starts = [m.start for m in self.all]
        self.ordered = all(a <= b for a, b in itertools.pairwise(self.starts))

    def in_range(self, start: int, end: int) -> list[Mention]:
        if not self.ordered:
            return [m for m in self.all if m.start >= start and m.end <= end]
        out = []
        for k in range(bisect.bisect_left(self.starts, start), len(self.all)):
            m = self.all[k]
            if m.start > end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def read(self) -> list[Meeting]:
        for sent in self.doc.sentences:
            self.sentence(sent)
        return [self.record(d) for d in self.drafts]

    def sentence(self, sent: Segment) -> None:
        text = self.text
        sent_people = _people(self.in_range(sent.start, sent.end))
        if not sent_people:
            return
        for clause in _clauses(text, sent):
            for trig in _TRIGGER_RE.finditer(text, clause.start, clause.end):
                self.trigger(sent, clause, trig, sent_people)
        self.accompanied(sent, sent_people)

    def trigger(
        self, sent: Segment, clause: Segment, trig: re.Match[str], sent_people: list[Mention]
    ) -> None:
        """Read one meeting word: who, where, when, in what status."""
        text = self.text
        kind = trig.lastgroup or ""
        before = [m for m in sent_people if clause.start <= m.start and m.end <= trig.start()]
        after = [m for m in sent_people if trig.end() <= m.start and m.end <= clause.end]
        participants: list[Actor] = []
        if kind != "between":
            for m in self.subject(clause, before, sent_people, trig):
                participants += _expand(m)
        if after and _OBJECT_GAP_RE[kind].fullmatch(text, trig.end(), after[0].start):
            for m in _coordinated(text, after, 0):
                participants += _expand(m)
        seen: dict[str, Actor] = {}
        for a in participants:
            seen.setdefault(_key(a), a)
        if len(seen) < 2:
            return
        clause_text = text[clause.start : clause.end]
        if _HABITUAL_RE.search(clause_text):
            return
        if kind == "told" and not self.told_meeting(sent, trig):
            return
        status = self.status(clause, trig)
        draft = _Draft(
            people=list(seen.values()),
            status=status,
            evidence=sent,
            when=self.when(
                sent, Segment(sent.start, clause.end) if kind == "told" else clause, trig
            ),
            place=self.place(clause) or self.place(sent),
            setting="phone call" if kind == "phone" else self.setting(sent),
            topics=self.topics(clause),
        )
        self.merge(draft)

    def subject(
        self,
        clause: Segment,
        before: list[Mention],
        sent_people: list[Mention],
        trig: re.Match[str],
    ) -> list[Mention]:
        """The people before the meeting word that are not a prepositional object."""
        text = self.text
        for k, m in enumerate(before):
            if not _PREP_BEFORE_RE.search(text, clause.start, m.start):
                return _coordinated(text, before, k)
        if not before and sent_people[0].end <= trig.start():
            return _coordinated(text, sent_people, 0)
        return []

    def told_meeting(self, sent: Segment, trig: re.Match[str]) -> bool:
        """Read "In [Place] in [Month], X told Y": a statement made face to face."""
        intro = self.text[sent.start : trig.start()]
        if "," not in intro:
            return False
        lead = intro[: intro.index(",")]
        has_date = any(
            t.span is not None and sent.start <= t.span.start < sent.start + len(lead)
            for t in self.doc.dates
        )
        has_place = self.place(Segment(sent.start, sent.start + len(lead))) is not None
        return has_place and (has_date or bool(_MONTH_OR_DAY_RE.search(lead)))

    def status(self, clause: Segment, trig: re.Match[str]) -> MeetingStatus:
        """Planned, cancelled or held, from the words around the meeting word."""
        text = self.text
        if _CANCELLED_RE.search(text, clause.start, clause.end):
            return "cancelled"
        head = text[max(clause.start, trig.start() - 50) : trig.start()]
        if _PLANNED_RE.search(head):
            return "planned"
        tail = text[trig.end() : clause.end]
        if trig.group().lower().startswith(("talks", "meeting")) and re.search(
            r"\b(?:will|would)\s+be\b", tail
        ):
            return "planned"
        return "held"

    def when(self, sent: Segment, clause: Segment, trig: re.Match[str]) -> TimeRef | None:
        """The date in the meeting's clause nearest the meeting word, else the sentence's."""
        text = self.text
        told = trig.group().lower() == "told"
        speech = [(m.start(), m.end()) for m in _SPEECH_RE.finditer(text, clause.start, clause.end)]
        best: TimeRef | None = None
        best_dist = 10**9
        for t in self.doc.dates:
            span = t.span
            if span is None or t.start is None or not clause.start <= span.start < clause.end:
                continue
            if _DATE_BAD_BEFORE_RE.search(text, max(0, span.start - 8), span.start):
                continue
            # A date of the words said ("On Sunday, X said talks ...", "said on Sunday").
            if not told and any(
                (span.end <= s0 < trig.start()) or 0 <= span.start - s1 <= 3 for s0, s1 in speech
            ):
                continue
            dist = abs(span.start - trig.start())
            if dist < best_dist:
                best, best_dist = t, dist
        if best is None and _TRIGGER_RE.search(text, sent.start, clause.start):
            # "met X on Thursday and was due to hold talks with Y later in the day"
            for t in self.doc.dates:
                span = t.span
                if (
                    span is not None
                    and t.start is not None
                    and sent.start <= span.start < clause.start
                ):
                    best = t
        return best

    def place(self, seg: Segment) -> Place | None:
        text = self.text
        venue_hit: tuple[str, str, str | None] | None = None
        for m in _PLACE_RE.finditer(text, seg.start, seg.end):
            words = m.group(1)
            word = re.sub(r"['\u2019]s$", "", words)
            if word in VENUES:
                venue_hit = VENUES[word]
                continue
            # "Russia's Black Sea resort of Sochi": the country, then the place.
            lead = word.split()[0] if word else ""
            if word in COUNTRY_NAMES or lead in _PLACE_STOP or lead in COUNTRY_NAMES:
                continue
            if word in CITIES:
                return Place(
                    name=word, country=CITIES[word], venue=venue_hit[0] if venue_hit else None
                )
            prep = m.group().split()[0].lower()
            if prep == "of" and not re.search(
                r"\b(?:resort|city|town|capital|village|port|region|province)\s*$",
                text[max(seg.start, m.start() - 12) : m.start()],
            ):
                continue
            if prep in {"in", "of"} and self.is_unknown_place(m.start(1), m.end(1), word):
                hint = None
                ctx = text[max(seg.start, m.start() - 50) : m.start()]
                for cm in _POSSESSIVE_COUNTRY_RE.finditer(ctx):
                    found = cm.group(1)
                    hint = COUNTRY_NAMES.get(found) or COUNTRY_NAMES.get(found.split()[-1]) or hint
                return Place(name=word, country=hint, venue=venue_hit[0] if venue_hit else None)
        if venue_hit is not None:
            name, code, city = venue_hit
            if city is not None:
                return Place(name=city, country=code, venue=name)
        return None

    def is_unknown_place(self, start: int, end: int, word: str) -> bool:
        """A capitalised word that is not a person, organisation, country or date."""
        if any(m.start < end and start < m.end for m in self.all):
            return False
        return not (word.split(maxsplit=1)[0] in _PLACE_STOP or len(word) < 3)

    def setting(self, sent: Segment) -> str | None:
        m = _SIDELINES_RE.search(self.text, sent.start, sent.end)
        return m.group(1).strip() if m else None

    def topics(self, clause: Segment) -> list[str]:
        return [m.group(1).strip() for m in _TOPIC_RE.finditer(self.text, clause.start, clause.end)]

    def accompanied(self, sent: Segment, sent_people: list[Mention]) -> None:
        m = _ACCOMPANIED_RE.search(self.text, sent.start, sent.end)
        if m is None or not self.drafts:
            return
        principal = [p for p in sent_people if p.end <= m.start()]
        members = [
            p
            for p in sent_people
            if p.start >= m.end()
            and p.actor.kind == "person"
            and len(self.text[p.start : p.end].split()) > 1
        ]
        if not principal or not members:
            return
        key = _key(principal[0].actor)
        for d in reversed(self.drafts):
            if key in d.key:
                for a in members:
                    if _key(a.actor) not in d.key and a.actor not in d.accompanied:
                        d.accompanied.append(a.actor)
                return

    def merge(self, new: _Draft) -> None:
        for d in self.drafts:
            if d.key != new.key:
                continue
            if d.when and new.when and not _compatible(d.when.value, new.when.value):
                continue
            if d.place and new.place and d.place.name != new.place.name:
                continue
            d.when = d.when or new.when
            if d.place is None or (
                new.place is not None
                and d.place.venue is None
                and new.place.venue is not None
                and new.place.name == d.place.name
            ):
                d.place = new.place
            d.setting = d.setting or new.setting
            if _STATUS_RANK[new.status] > _STATUS_RANK[d.status]:
                d.status = new.status
            for topic in new.topics:
                if topic not in d.topics:
                    d.topics.append(topic)
            return
        self.drafts.append(new)

    def record(self, d: _Draft) -> Meeting:
        return Meeting(
            participants=d.people,
            accompanied_by=d.accompanied,
            place=d.place,
            when=d.when,
            status=d.status,
            setting=d.setting,
            topics=d.topics,
            evidence=self.doc.span(d.evidence.start, d.evidence.end),
        )


def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def find_meetings(doc: Document) -> list[Meeting]:
    """Return the meetings told in ``doc``, one record per meeting."""
    return _Reader(doc).read()
