"""
Extraction of :class:`~diplomeet.records.Incident` records from a document.

An incident is read from one clause with an incident word: an aircraft "shot down", "downed"
or "took down", a drone "intercepted"; "entered ... airspace", drones that "crossed the
border"; "fired at", "fired warning shots"; "air strikes", "missile strike"; "attacked",
"shelled", "a mortar bomb landed"; a laser "pointed at" a ship (``other``). The countries
involved are the countries named in the clause, by name, possessive or adjective ("a Turkish
jet downed a Russian bomber" -> TR, RU); armed words need none. The date is one in the
clause or the one the clause hangs on ("since May 3, when ...", "an incident in May 2019
when ..."); a clause that only names the incident as a cause ("tariffs on Sunday to punish
its downing of ...") takes no date from the words before it. Casualties come from "the
deaths of 15 soldiers", "killing at least 12 civilians", "12 people were killed" in the
sentence or the next one. Negated ("was not shot down", "failed to shoot down"), unreal
("threatened to open fire", "if ..."), denied, habitual ("regularly carry out air strikes")
and reported-claim clauses ("saying the jet had breached its airspace") tell no incident.
Retellings of one incident merge.
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
    r"reconnaissance\s+plane|transport\s+plane|missile|missiles|rocket|rockets|balloon|balloons|"
    r"uav|uavs|projectile|projectiles)"
)


def _words(table: tuple[str, ...]) -> str:
    """A table of lower-case words and phrases as one alternation, longest first."""
    return "|".join(w.replace(" ", r"\s+") for w in sorted(table, key=len, reverse=True))


_GUNFIRE: Final[tuple[str, ...]] = (
    "warning shots",
    "shots",
    "rounds",
    "bullets",
    "volleys",
    "bursts",
    "salvos",
    "shells",
    "mortar rounds",
    "mortar shells",
    "artillery rounds",
    "artillery shells",
)
"""
What a gun fires, as the ACLED codebook's "Armed clash" and "Shelling/artillery/missile
attack" sub-events and the CAMEO codes 193 ("Fight with small arms and light weapons") and
194 ("Fight with artillery and tanks") describe it: "fired warning shots", "fired around
100 rounds".  Fired at all, they are shots fired.
"""
_MUNITIONS: Final[tuple[str, ...]] = (
    *_GUNFIRE,
    "rockets",
    "missiles",
    "mortars",
    "grenades",
    "torpedoes",
    "flares",
)
"""
What a weapon fires *at* something (ACLED "Explosions/Remote violence", CAMEO 194-195):
fired at a target ("fired two rockets at a patrol"), they are shots fired; fired alone
("fired two missiles into the sea"), a test, not an incident.
"""
_PROJECTILES: Final[tuple[str, ...]] = (
    "drone",
    "drones",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "uav",
    "uavs",
    "projectile",
    "projectiles",
    "balloon",
    "balloons",
)
"""
What air defences intercept and destroy in flight: ACLED codes an interception ("air
defences intercepted a drone") under "Disrupted weapons use"; here it is a shootdown.  An
aircraft (a jet, a bomber) that is "intercepted" is escorted, not downed, so it is not here.
"""
_EXPLOSIVES: Final[tuple[str, ...]] = (
    "mortar bomb",
    "mortar bombs",
    "mortar round",
    "mortar rounds",
    "mortar shell",
    "mortar shells",
    "artillery shell",
    "artillery shells",
    "mortar",
    "mortars",
    "shell",
    "shells",
    "rocket",
    "rockets",
    "missile",
    "missiles",
    "bomb",
    "bombs",
    "grenade",
    "grenades",
    "projectile",
    "projectiles",
    "drone",
    "drones",
)
"""
Explosive weapons that "landed", "hit", "struck" or "exploded" (ACLED "Explosions/Remote
violence": shelling/artillery/missile attack, remote explosive, air/drone strike): an
attack.
"""
_VESSELS: Final[tuple[str, ...]] = (
    "vessel",
    "vessels",
    "boat",
    "boats",
    "ship",
    "ships",
    "trawler",
    "trawlers",
    "ferry",
    "tanker",
    "tankers",
    "frigate",
    "frigates",
    "cutter",
    "cutters",
    "destroyer",
    "destroyers",
    "warship",
    "warships",
)
"""
Ships, for the unsafe encounters at sea that the Code for Unplanned Encounters at Sea
(CUES, Western Pacific Naval Symposium, 2014, section 2.8) and the 1972 Incidents at Sea
Agreement (article III) name: ramming, and illuminating a ship's bridge with a laser or
searchlight.  With water cannon they are the kind ``other``.
"""
_ARMED_WORDS: Final[tuple[str, ...]] = (
    "troops",
    "soldiers",
    "forces",
    "army",
    "navy",
    "naval",
    "military",
    "militaries",
    "coast guard",
    "border guards",
    "militia",
    "militias",
    "militiamen",
    "rebels",
    "insurgents",
    "militants",
    "gunmen",
    "artillery",
    "warplanes",
    "warplane",
    "warships",
    "warship",
    "gunboat",
    "gunboats",
    "patrol boat",
    "patrol ship",
)
"""
The armed actors of the ACLED codebook (state forces, rebel groups, political militias)
and their arms: a clause naming one with an incident word tells an armed incident even
when it names no country ("Rebels ambushed a convoy").
"""

# Incident words by kind, strongest first; one incident per clause.
# Each pattern sits behind "(?=[letters])(?:...)", a lookahead on the letters its matches
# start with: the scan passes over most positions at once (same matches, faster).  The
# words in a group named "armed" tell an armed incident even where no country is named.
_TRIGGERS: Final[tuple[tuple[IncidentKind, re.Pattern[str]], ...]] = (
    (
        "shootdown",
        re.compile(
            r"(?=[stbdi])(?:"
            r"\b(?:shot|shoots|shoot|shooting|took|take|takes|taking|brought|bring|brings|"
            r"bringing)\s+down\b|\b(?:downed|downs|downing|shootdown|shoot-down)\b|"
            r"\b(?:intercepted|intercepts|intercepting|destroyed|destroys|destroying)\s+"
            r"(?:and\s+(?:destroyed|downed|shot\s+down)\s+)?(?:(?!of\b)[\w-]+\s+){0,3}?"
            rf"(?:{_words(_PROJECTILES)})\b(?!-|\s+(?:factory|factories|plant|plants|depot|"
            r"depots|base|bases|site|sites|program|programme|launchers?|launch|workshop|"
            r"storage|warehouse|production)\b)"
            ")",
        ),
    ),
    (
        "shots_fired",
        re.compile(
            r"(?=[fosrmetcbvgw])(?:"
            r"\b(?:fired|fires|firing|opened\s+fire|open\s+fire|shot)\s+"
            r"(?:(?!(?:back|him|her|them|me|us)\b)\w+\s+)?(?:at|on|upon)\b|"
            r"(?P<armed>\b(?:fired|fires|firing|fire)\s+"
            r"(?:(?!(?:the|opening|first|parting|verbal|political|early)\b)[\w-]+\s+){0,3}?"
            rf"(?:(?:{_words(_GUNFIRE)})\b(?!\s+(?:of|in)\s+(?:the|a|an|his|her|their|its)\b)|"
            rf"(?:{_words(_MUNITIONS)})\s+(?:at|upon|toward|towards|across)\b))|"
            r"\b(?:shots|rounds|shells|rockets|mortars?|bullets|warning\s+shots|volleys|"
            r"gunshots)\s+(?:were\s+|was\s+|had\s+been\s+)?fired\b|"
            r"\b(?:exchanged|exchange|exchanging|traded|trading)\s+(?:of\s+)?(?:fire|gunfire)\b|"
            r"\bcame\s+under\s+fire\b"
            ")",
        ),
    ),
    (
        "airspace_violation",
        re.compile(
            r"(?=[evbiscpajwfhdmrtu])(?:"
            r"\b(?:entered|enters|entering|violated|violates|violating|breached|breaches|"
            r"breaching|intruded|intrudes|strayed|strays|crossed|crosses|penetrated)\b"
            r"(?:[^.;]|\.(?=\d)){0,60}?\bairspace\b|\bairspace\s+(?:violation|violations|incursion|intrusion)|"
            rf"(?P<armed>\b{_AIRCRAFT}\s+(?:[\w-]+\s+){{0,2}}?(?:crossed|crosses|crossing|"
            r"flew\s+across|flew\s+into|flown\s+into|intruded\s+into|strayed\s+into|"
            r"strayed\s+across|penetrated)\s+(?:[\w-]+\s+){0,3}?(?:border|frontier|boundary|"
            r"demarcation\s+line|line\s+of\s+control|territory)\b)"
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
            r"(?=[asrmdtkwibgp])(?:"
            r"\b(?:attacked|attacks\s+on|attack\s+on|ambushed|stormed|suicide\s+bombing|"
            r"(?:a|an|the)\s+(?:\w+\s+)?shooting(?!\s+down))\b|"
            r"(?P<armed>\b(?:shelled\b(?!\s+out\b)|shelling\s+of\b|"
            r"(?:rocket|missile|drone|mortar|artillery|grenade)\s+attacks?\b|"
            r"killing\s+of\s+(?:[\w-]+\s+){1,5}?in\s+(?:[\w-]+\s+){0,2}?"
            r"(?:firing|fire|gunfire|shelling|crossfire|shootings?|clashes)\b|"
            r"(?:killed|wounded|injured)\s+in\s+(?:[\w-]+\s+){0,2}?"
            r"(?:firing|gunfire|shelling|crossfire)\b|"
            rf"(?:{_words(_EXPLOSIVES)})\s+(?:landed|hit|struck|exploded|slammed|fell)\b))"
            ")",
        ),
    ),
    (
        "other",
        re.compile(
            r"(?=[dpasufbr])(?:"
            r"\b(?:directed|directing|pointed|pointing|aimed|aiming|shone|shined|shining|"
            r"flashed|used|using|fired|firing|blasted)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:laser\s+(?:lights?|beams?)|lasers?|water\s+cannons?)\s+"
            r"(?:at|on|against|toward|towards)\b|"
            rf"\b(?:rammed|ramming)\s+(?:into\s+)?(?:[\w-]+\s+){{0,4}}?(?:{_words(_VESSELS)})\b"
            ")",
        ),
    ),
)
# The stems (at a word's start, lower-case) that every match of each kind's pattern holds;
# together they are ``diplomeet._stems.INCIDENT_STEMS``.  A clause without one of a kind's
# stems is not searched for that kind.
_KIND_STEMS: Final[dict[IncidentKind, tuple[str, ...]]] = {
    "shootdown": ("destroy", "down", "intercept", "shoot"),
    "shots_fired": ("fire", "firing", "gunfire", "shot"),
    "airspace_violation": ("airspace", "cross", "flew", "flown", "intrud", "penetrat", "stray"),
    "airstrike": ("airstrike", "bomb", "raid", "strike"),
    "attack": (
        "ambush",
        "artillery",
        "attack",
        "bomb",
        "cross",
        "drone",
        "firing",
        "grenade",
        "gunfire",
        "injur",
        "kill",
        "missile",
        "mortar",
        "projectile",
        "rocket",
        "shell",
        "shoot",
        "storm",
        "wound",
    ),
    "other": ("laser", "ramm", "water"),
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
    r"(?=[pajwfbhdmsrtu])(?:"
    rf"\b{_AIRCRAFT}\b"
    ")",
)
_NEGATED_RE: Final = re.compile(
    r"\b(?:not|never|n't|no|failed\s+to|fail\s+to|fails\s+to|unable\s+to|tried\s+to|"
    r"try\s+to|trying\s+to|attempted\s+to|threatened\s+to|threaten\s+to|threatens\s+to|"
    r"threatening\s+to|vowed\s+to|vows\s+to|would|could|might|will|may)\s+"
    r"(?:have\s+|been\s+|be\s+)?$"
)
# A clause that denies or supposes its incident: "denied that its jets entered ...",
# "if a drone strayed into ...".
_UNREAL_RE: Final = re.compile(
    r"(?=[diuw])(?:\b(?:denied|denies|deny|denying|if|unless|whether)\b)"
)
_ARMED_RE: Final = re.compile(
    r"(?=[tsfanmcbrigwp])(?:"
    rf"\b(?:{_words(_ARMED_WORDS)})\b"
    ")",
)
_HABITUAL_RE: Final = re.compile(
    r"(?=[rfohd])(?:"
    r"\b(?:regularly|repeatedly|routinely|frequently|often|hundreds\s+of|dozens\s+of)\b"
    ")",
)
_CLAIM_RE: Final = re.compile(r"^\W*(?:saying|claiming|alleging|accusing)\b")
_BREAK_RE: Final = re.compile(
    r"(?=[;,\srcsa])(?:"
    r";|(?<!\s)\s+(?=after\s+(?:a|an|the|[a-z]|\w+\s+and\s+[a-z]|[a-z]\w+\s+troops))|,\s+(?=(?:when|where|which|after|before|while|as|saying|claiming|alleging|but|and)\b)|"
    r"(?<!\s)\s+(?=when\b)|(?<!\s)\s+(?=since\s+(?:the|a|an|its|their|his|her)\s)|\b(?:reports?|claims?|said|says|stated|announced|confirmed)\s+that\s+|"
    r"\b(?:said|says|stated)\s+(?=an?\s|the\s)"
    ")",
)
_LEAD_WORDS_RE: Final = re.compile(
    r"^(?:when|where|which|after|before|while|since|as|and|but|that|reports\s+that)\s+"
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
            if _NEGATED_RE.search(low, max(clause.start, m.start() - 30), m.start()):
                return
            if _UNREAL_RE.search(low, clause.start, m.start()):
                return
            if kind == "shootdown" and not _AIRCRAFT_RE.search(low, clause.start, clause.end):
                continue
            codes = countries_in(self.doc, clause.start, clause.end)
            # an armed actor in the clause: an armed incident ("rebels ambushed a convoy"),
            # but not plural "attacks on", as often a habit or a figure as one incident
            armed = m.groupdict().get("armed") is not None or (
                not m.group().startswith("attacks")
                and _ARMED_RE.search(low, clause.start, clause.end) is not None
            )
            if not codes and kind not in {"shootdown", "airstrike"} and not armed:
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
            # "the downing of their planes", undated: the incident already told, retold
            retold = (
                draft.when is None
                and _NOMINAL_RE.match(m.group()) is not None
                and low.endswith("the ", clause.start, m.start())
            )
            self.merge(draft, retold=retold)
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
            if inside[0].granularity != "day":
                # "earlier in the week, ... intercepted a drone on Thursday": the day told
                # after the incident word dates it
                for t in inside:
                    if (
                        t.granularity == "day"
                        and t.span is not None
                        and t.span.start > trig.start()
                    ):
                        return t
            return inside[0]
        if anchor := _ANCHOR_RE.match(self.low, clause.start):
            # up to the end of "after", for "a day after ..." (the date of the event after it)
            before = [
                t for t in self.doc.dates_ending_in(sent.start, anchor.end()) if t.start is not None
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

    def merge(self, new: _Draft, *, retold: bool = False) -> None:
        if retold:
            for d in reversed(self.drafts):
                if d.kind == new.kind:
                    d.codes = d.codes or new.codes
                    d.casualties = d.casualties if d.casualties is not None else new.casualties
                    return
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
