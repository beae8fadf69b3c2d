"""
Extraction of :class:`~diplomeet.records.Incident` records from a document.

An incident is read from one clause with an incident word: an aircraft "shot down",
"downed" or "took down"; "entered ... airspace"; "fired at"; "air strikes", "missile
strike"; "attacked", "shelled".  The countries involved are the countries named in the
clause, by name, possessive or adjective ("a Turkish jet downed a Russian bomber" -> TR,
RU).  The date is one in the clause or the one the clause hangs on ("since May 3, when
...", "an incident in May 2019 when ..."); a clause that only names the incident as a
cause ("tariffs on Sunday to punish its downing of ...") takes no date from the words before
it.  Casualties come from "the deaths of 15 soldiers", "killing at least 12 civilians",
"12 people were killed" in the sentence or the next one.  Negated ("was not shot down"),
habitual ("regularly carry out air strikes") and reported-claim clauses ("saying the jet
had breached its airspace") tell no incident.  Retellings of one incident merge.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from diplomeet._actors import countries_in
from diplomeet._countries import SHORT_NAMES
from diplomeet._document import Document, Segment
from diplomeet._stems import INCIDENT_STEMS, find_stems
from diplomeet.records import Actor, Incident, IncidentKind, TimeRef

__all__ = ["find_incidents"]

_AIRCRAFT: Final = (
    r"(?:plane|planes|aircraft|jet|jets|warplane|warplanes|fighter|fighters|fighter-bomber|"
    r"fighter-bombers|fighter\s+jet|bomber|bombers|helicopter|helicopters|drone|drones|"
    r"airliner|airliners|airplane|airplanes|military\s+plane|spy\s+plane|"
    r"reconnaissance\s+plane|transport\s+plane|missile|missiles|rocket|rockets)"
)
# Incident words by kind, strongest first; one incident per clause.
# Each pattern sits behind "(?=[letters])(?:...)", a lookahead on the letters its matches
# start with: the scan passes over most positions at once (same matches, faster).
_TRIGGERS: Final[tuple[tuple[IncidentKind, re.Pattern[str]], ...]] = (
    (
        "shootdown",
        re.compile(
            r"(?=[stbd])(?:"
            r"\b(?:shot|shoots|shoot|shooting|took|take|takes|taking|brought|bring|brings|"
            r"bringing)\s+down\b|\b(?:downed|downs|downing|shootdown|shoot-down)\b"
            ")",
        ),
    ),
    (
        "shots_fired",
        re.compile(
            r"(?=[fosrmetc])(?:"
            r"\b(?:fired|fires|firing|opened\s+fire|open\s+fire|shot)\s+(?:\w+\s+)?(?:at|on|upon)\b|"
            r"\b(?:shots|rounds|shells|rockets|mortars?)\s+(?:were\s+|was\s+|had\s+been\s+)?fired\b|"
            r"\b(?:exchanged|exchange|exchanging|traded|trading)\s+(?:of\s+)?(?:fire|gunfire)\b|"
            r"\bcame\s+under\s+fire\b"
            ")",
        ),
    ),
    (
        "airspace_violation",
        re.compile(
            r"(?=[evbiscpa])(?:"
            r"\b(?:entered|enters|entering|violated|violates|violating|breached|breaches|"
            r"breaching|intruded|intrudes|strayed|strays|crossed|crosses|penetrated)\b"
            r"(?:[^.;]|\.(?=\d)){0,60}?\bairspace\b|\bairspace\s+(?:violation|violations|incursion|intrusion)"
            ")",
        ),
    ),
    (
        "airstrike",
        re.compile(
            r"(?=[amdrb])(?:"
            r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|missile\s+strikes?|drone\s+strikes?|"
            r"rocket\s+strikes?|bombing\s+raids?|bombed|bombs|bombarded)\b"
            ")",
        ),
    ),
    (
        "attack",
        re.compile(
            r"(?=[asrmdt])(?:"
            r"\b(?:attacked|attacks\s+on|attack\s+on|shelled|shelling\s+of|ambushed|"
            r"stormed|rocket\s+attack|missile\s+attack|drone\s+attack|suicide\s+bombing|"
            r"(?:a|an|the)\s+(?:\w+\s+)?shooting(?!\s+down))\b"
            ")",
        ),
    ),
)
# The stems (at a word's start, lower-case) that every match of each kind's pattern holds;
# together they are ``diplomeet._stems.INCIDENT_STEMS``.  A clause without one of a kind's
# stems is not searched for that kind.
_KIND_STEMS: Final[dict[IncidentKind, tuple[str, ...]]] = {
    "shootdown": ("down", "shoot"),
    "shots_fired": ("fire", "firing", "gunfire", "shot"),
    "airspace_violation": ("airspace",),
    "airstrike": ("airstrike", "bomb", "raid", "strike"),
    "attack": ("ambush", "attack", "bomb", "shell", "shoot", "storm"),
}
# The kinds each stem may start a word of, and the stems as one pattern (no stem starts
# another, so the one standing at a hit is the one this finds there).
_STEM_KINDS: Final[dict[str, frozenset[IncidentKind]]] = {
    stem: frozenset(kind for kind, stems in _KIND_STEMS.items() if stem in stems)
    for stem in INCIDENT_STEMS
}
_STEM_RE: Final = re.compile("|".join(INCIDENT_STEMS))
_NOMINAL_RE: Final = re.compile(
    r"^(?:shooting|downing|shootdown|shoot-down|air\s*strike|airstrike|air\s+raid|attack|shelling)",
    re.IGNORECASE,
)
_AIRCRAFT_RE: Final = re.compile(
    r"(?=[pajwfbhdmsrt])(?:"
    rf"\b{_AIRCRAFT}\b"
    ")",
)
_NEGATED_RE: Final = re.compile(r"\b(?:not|never|n't|no)\s+(?:been\s+|be\s+)?$")
_HABITUAL_RE: Final = re.compile(
    r"(?=[rfohd])(?:"
    r"\b(?:regularly|repeatedly|routinely|frequently|often|hundreds\s+of|dozens\s+of)\b"
    ")",
)
_CLAIM_RE: Final = re.compile(r"^\W*(?:saying|claiming|alleging|accusing)\b")
_BREAK_RE: Final = re.compile(
    r"(?=[;,\srcsa])(?:"
    r";|(?<!\s)\s+(?=after\s+(?:a|an|the|[a-z]|\w+\s+and\s+[a-z]|[a-z]\w+\s+troops))|,\s+(?=(?:when|where|which|after|before|while|as|saying|claiming|alleging|but|and)\b)|"
    r"(?<!\s)\s+(?=when\b)|\b(?:reports?|claims?|said|says|stated|announced|confirmed)\s+that\s+|"
    r"\b(?:said|says|stated)\s+(?=an?\s|the\s)"
    ")",
)
_LEAD_WORDS_RE: Final = re.compile(
    r"^(?:when|where|which|after|before|while|as|and|but|that|reports\s+that)\s+"
)
_NUMBER: Final = (
    r"(?:(?<![\d,])\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
)
_NUMBER_WORDS: Final = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_WORD_NUMBERS: Final = {w: n for n, w in enumerate(_NUMBER_WORDS.split())} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
_VICTIMS: Final = (
    r"(?:people|persons|civilians|soldiers|troops|servicemen|servicemembers|service\s+members|"
    r"crew|crew\s+members|passengers|personnel|officers|fighters|militants|children|airmen|"
    r"sailors|pilots|police(?:men)?|residents|officers?|officer|guards?)"
)
_CASUALTY_RES: Final = (
    re.compile(
        r"(?=[dk])(?:"
        rf"\b(?:deaths?|killing|killed|kills|death\s+toll\s+(?:of|rose\s+to))\s+(?:of\s+)?"
        rf"(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?({_NUMBER})\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{_VICTIMS}\b"
        ")",
    ),
    re.compile(
        r"(?=[\dasnmotfe])(?:"
        rf"\b(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?({_NUMBER})\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{_VICTIMS}\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?"
        rf"(?:killed|dead|died)\b"
        ")",
    ),
)
_PART_OF_DAY_RE: Final = re.compile(r"^(\d{4}-\d{2}-\d{2})T[A-Z]+$")
_ANCHOR_RE: Final = re.compile(r"(?:when|after)\b")


@attrs.define
class _Draft:
    kind: IncidentKind
    codes: list[str]
    summary: str
    evidence: Segment
    when: TimeRef | None
    casualties: int | None


def _clauses(low: str, sent: Segment) -> list[Segment]:
    out = []
    begin = sent.start
    for m in _BREAK_RE.finditer(low, sent.start, sent.end):
        if m.start() > begin:
            out.append(Segment(begin, m.start()))
        begin = m.end()
    out.append(Segment(begin, sent.end))
    return out


def _number(word: str) -> int | None:
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    return _WORD_NUMBERS.get(word)


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.stems = find_stems(doc)
        self.low = self.stems.low
        self.drafts: list[_Draft] = []
        self.deaths: dict[int, int | None] = {}  # by sentence start

    def read(self) -> list[Incident]:
        sentences = self.doc.sentences
        # Only the sentences holding an incident stem are read, each once, in text order.
        for k, hits in self.stems.by_sentence(INCIDENT_STEMS):
            self.sentence(sentences[k], sentences[k + 1] if k + 1 < len(sentences) else None, hits)
        return [self.record(d) for d in self.drafts]

    def sentence(self, sent: Segment, nxt: Segment | None, hits: list[int]) -> None:
        """Read the clauses of one sentence; ``hits`` are the offsets of its stems."""
        low = self.low
        if not any(pattern.search(low, sent.start, sent.end) for _, pattern in self.kinds(hits)):
            return  # an incident word read in a clause is read in the whole sentence too
        k = 0
        for clause in _clauses(low, sent):  # the clauses and the hits are in text order
            while k < len(hits) and hits[k] < clause.start:
                k += 1
            inside = []
            while k < len(hits) and hits[k] < clause.end:
                inside.append(hits[k])
                k += 1
            if inside:
                self.clause(sent, clause, nxt, inside)

    def kinds(self, hits: list[int]) -> list[tuple[IncidentKind, re.Pattern[str]]]:
        """The kinds of incident words some of whose stems stand at ``hits``."""
        low = self.low
        found: set[IncidentKind] = set()
        for h in hits:
            m = _STEM_RE.match(low, h)
            if m is not None:
                found |= _STEM_KINDS[m.group()]
        return [(kind, pattern) for kind, pattern in _TRIGGERS if kind in found]

    def clause(self, sent: Segment, clause: Segment, nxt: Segment | None, hits: list[int]) -> None:
        text = self.text
        kinds = self.kinds(hits)
        if not kinds:
            return
        low = self.low
        body = low[clause.start : clause.end]
        if _CLAIM_RE.match(body) or _HABITUAL_RE.search(body):
            return
        for kind, pattern in kinds:
            m = pattern.search(low, clause.start, clause.end)
            if m is None:
                continue
            if _NEGATED_RE.search(low, max(clause.start, m.start() - 20), m.start()):
                return
            if kind == "shootdown" and not _AIRCRAFT_RE.search(low, clause.start, clause.end):
                continue
            codes = countries_in(self.doc, clause.start, clause.end)
            if not codes and kind not in {"shootdown", "airstrike"}:
                return
            if not codes and self.drafts and self.drafts[-1].kind != kind:
                codes = list(self.drafts[-1].codes)  # the same conflict, told on
            lead = _LEAD_WORDS_RE.match(body)
            start = clause.start + (lead.end() if lead else 0)
            summary = text[start : clause.end].strip().rstrip(".,;:")
            draft = _Draft(
                kind=kind,
                codes=codes,
                summary=summary,
                evidence=sent,
                when=self.when(sent, clause, m),
                casualties=self.casualties(sent, nxt),
            )
            self.merge(draft)
            return

    def when(self, sent: Segment, clause: Segment, trig: re.Match[str]) -> TimeRef | None:
        """A date in the clause, or the date the clause hangs on ("May 3, when ...")."""
        nominal = bool(_NOMINAL_RE.match(trig.group()))
        inside = [
            t
            for t in self.doc.dates_in(clause.start, clause.end)
            if t.span is not None
            and t.start is not None
            and not (nominal and t.span.start < trig.start() and t.span.start > clause.start + 3)
        ]
        if inside:
            return inside[0]
        if _ANCHOR_RE.match(self.low, clause.start):
            before = [
                t for t in self.doc.dates_ending_in(sent.start, clause.start) if t.start is not None
            ]
            if before:
                return before[-1]
        return None

    def casualties(self, sent: Segment, nxt: Segment | None) -> int | None:
        """The deaths told in the sentence or the next one (read once per sentence)."""
        if sent.start not in self.deaths:
            self.deaths[sent.start] = self.count_deaths(sent, nxt)
        return self.deaths[sent.start]

    def count_deaths(self, sent: Segment, nxt: Segment | None) -> int | None:
        for seg in (sent, nxt):
            if seg is None:
                continue
            for pattern in _CASUALTY_RES:
                m = pattern.search(self.low, seg.start, seg.end)
                if m is not None:
                    return _number(m.group(1))
        return None

    def merge(self, new: _Draft) -> None:
        for d in self.drafts:
            if d.kind != new.kind:
                continue
            if d.when and new.when and not _compatible(d.when.value, new.when.value):
                continue
            if d.codes and new.codes and not set(d.codes) & set(new.codes):
                continue
            d.codes = d.codes or new.codes
            d.when = d.when or new.when
            d.casualties = d.casualties if d.casualties is not None else new.casualties
            return
        self.drafts.append(new)

    def record(self, d: _Draft) -> Incident:
        when = d.when
        if when is not None and (m := _PART_OF_DAY_RE.match(when.value)):
            when = attrs.evolve(when, value=m.group(1))
        return Incident(
            kind=d.kind,
            summary=d.summary,
            actors=[Actor(name=SHORT_NAMES.get(c, c), kind="country", country=c) for c in d.codes],
            place=None,
            when=when,
            casualties=d.casualties,
            evidence=self.doc.span(d.evidence.start, d.evidence.end),
        )


def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def find_incidents(doc: Document) -> list[Incident]:
    """Return the incidents told in ``doc``, one record per incident."""
    return _Reader(doc).read()
