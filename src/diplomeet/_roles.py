"""
The roles of a story's people: who holds which office of which country, and who hosts a visitor.

A meeting word whose reading named only one participant may tell the other by the role he
plays in the story rather than by name: "The President of Kazakhstan will pay a state visit
to Dushanbe, where talks with A are planned" (the visitor is the one person of the story who
is Kazakhstan's president), "when A made a visit to Oslo for talks on power links" (the host
is the one A met before, of Norway, or else the one person of Norway holding A's rank).  The
model is built once per article from its mentions (one pass) and asked only where such a
meeting word stands (see ``_meetings._Reader.role_partner``).

The story's cast (:func:`recast`, one pass over the mentions, asked once per article) reads
the roles of a visit from the verbs that tell it: "the guest", "the visitor", "the visiting
minister", "the delegation" are the guest the story told ("A received B", "B arrived in
Oslo"), the pronouns after them follow, and pairs told by an office or again by their noun
keep the people who hold it.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Final

from diplomeet._actors import Mention
from diplomeet._countries import COUNTRY_NAMES
from diplomeet._places import CAPITALS
from diplomeet.records import Actor

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from diplomeet._document import Segment

# The ranks a visitor is received at: a head of state or government by one of the two, a
# foreign minister by a foreign minister.  Each rank with the wordings of its titles.
_RANKS: Final = (
    ("foreign minister", ("foreign minister", "foreign affairs", "external affairs")),
    ("leader", ("president", "prime minister", "premier", "chancellor")),
)
# Words before an office that make its holder another one: "Vice President", "Deputy Premier".
_UNDER_ENDS: Final = ("vice", "vice-", "deputy", "deputy-", "acting", "former", "first lady")

# An office of a country told instead of its holder's name: "the President of Kazakhstan",
# "the Foreign Minister of Peru" (group 1 the office, group 2 the country's name).
_OFFICE_OF_COUNTRY_RE: Final = re.compile(
    r"(?<![\w'\u2019-])[Tt]he\s+(President|Prime\s+Minister|Premier|Chancellor"
    r"|Foreign\s+Minister|Minister\s+of\s+Foreign\s+Affairs)\s+of\s+(?:the\s+)?"
    r"([A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*){0,3})"
)
# What a visit is for, after its place: "for talks", "for bilateral talks", "for a summit",
# ", where talks with ... are planned" (a visit told alone is a trip, no meeting).
_FOR_TALKS_RE: Final = re.compile(
    r"(?<![\w'\u2019-])(?:for|where)\s+(?:(?:a|an|the|further|bilateral|official|formal"
    r"|political|two-day|one-day|day-long)\s+){0,3}(?:talks|summit|summit\s+talks)\b"
)
# A visit's place right after the word: "visit to Tokyo", "visited Tokyo", "visit Tokyo".
_VISIT_TO_RE: Final = re.compile(
    r"(?<=\S)\s+(?:to\s+)?([A-Z][\w'\u2019.-]*\w(?:\s[A-Z][\w'\u2019.-]*\w){0,2})"
)


def rank(title: str | None) -> str | None:
    """The rank of a title a visitor is received at ("leader", "foreign minister"), if one."""
    if title is None:
        return None
    low = title.lower()
    for name, wordings in _RANKS:
        for wording in wordings:
            i = low.find(wording)
            if i >= 0 and not low[:i].rstrip().endswith(_UNDER_ENDS):
                return name
    return None


def _holds(title: str | None, office: str) -> bool:
    """Whether ``title`` is ``office`` itself ("president"), not a deputy's or vice office."""
    if title is None:
        return False
    low = title.lower()
    i = low.find(office)
    return i >= 0 and not low[:i].rstrip().endswith(_UNDER_ENDS)


def place_country(name: str) -> str | None:
    """The country of a capital or a country's name, trying shorter heads of ``name`` too."""
    words = name.split()
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        code = CAPITALS.get(head) or COUNTRY_NAMES.get(head)
        if code is not None:
            return code
    return None


class StoryRoles:
    """The people of one article, by country: asked who holds an office or a rank there."""

    def __init__(self, people: Iterable[Actor]) -> None:
        #: The story's people of each country, by name, in the order first told.
        self.of_country: dict[str, dict[str, Actor]] = {}
        for a in people:
            if a.kind == "person" and a.country is not None:
                self.of_country.setdefault(a.country, {}).setdefault(a.name, a)

    def office_holder(self, country: str, office: str) -> Actor | None:
        """The one person of ``country`` whose title is ``office`` ("president"), if one."""
        found = [a for a in self.of_country.get(country, {}).values() if _holds(a.title, office)]
        return found[0] if len(found) == 1 else None

    def holder_of(self, country: str, office: str) -> Actor | None:
        """The one holder of ``office`` as written ("Prime Minister") for ``country``, if one."""
        low = " ".join(office.lower().split())
        if low in {"foreign minister", "minister of foreign affairs"}:
            return self.rank_holder(country, "foreign minister")
        return self.office_holder(country, low)

    def rank_holder(self, country: str, of_rank: str) -> Actor | None:
        """The one person of ``country`` of rank ``of_rank`` ("leader"), if one."""
        found = [a for a in self.of_country.get(country, {}).values() if rank(a.title) == of_rank]
        return found[0] if len(found) == 1 else None


def amend_offices(text: str, found: list[Mention]) -> list[Mention]:
    """
    ``found`` with each office told of a country ("the President of Estonia") read as its holder.

    The coreference may take "the President" for the last president named, of another
    country: the office's one holder of that country in the story is meant (the mention then
    covers "of Estonia" too, which names no participant of its own); with none or two, the
    mention is left out.  One pass over the mentions; the list itself when nothing changes.
    """
    marks = [
        k
        for k, m in enumerate(found)
        if m.form == "description"
        and m.actor.kind == "person"
        and m.actor.country is not None
        and text.startswith(" of ", m.end)
    ]
    if not marks:
        return found
    roles: StoryRoles | None = None
    out = list(found)
    drop: set[int] = set()
    for k in marks:
        m = found[k]
        told = _OFFICE_OF_COUNTRY_RE.match(text, m.start)
        code = None if told is None else place_country(told.group(2))
        if told is None or code is None or code == m.actor.country:
            continue
        roles = roles or StoryRoles(x.actor for x in found)
        holder = roles.holder_of(code, told.group(1))
        j = k + 1
        while j < len(found) and found[j].start < told.end():  # ("of Estonia": no one of its own)
            drop.add(j)
            j += 1
        if holder is None:
            drop.add(k)
        else:
            out[k] = m._replace(end=told.end(), actor=holder)
    return [m for k, m in enumerate(out) if k not in drop] if drop else out


def visit_host(
    roles: StoryRoles,
    text: str,
    span: tuple[int, int],
    visitor: Actor,
    met_before: Iterable[Actor],
) -> Actor | None:
    """
    The host of ``visitor``'s visit for talks, its place told in ``span``, no host named.

    "A made a visit to Oslo for talks on power links", "A is on a visit to Malaysia for
    talks": the host is the one person of Norway holding A's rank in the story
    (a leader for a leader, a foreign minister for a foreign minister), else one of no known
    country and of that rank whom A met before (``met_before``, the partners of A's earlier
    meetings, latest first).  A visit not told as for talks is a trip, and a visitor of no
    known country may be the host: no one.
    """
    trig_end, clause_end = span
    m = _VISIT_TO_RE.match(text, trig_end, clause_end)
    code = None if m is None else place_country(m.group(1))
    of_rank = rank(visitor.title)
    if (
        m is None
        or code is None
        or of_rank is None
        # (a visitor of no known country may be the host himself)
        or visitor.country in {code, None}
        or _FOR_TALKS_RE.search(text, m.end(), clause_end) is None
    ):
        return None
    held = roles.rank_holder(code, of_rank)
    if held is not None:
        return held
    # one of no known country he met before: "A and B spent Friday together ... their eighth
    # encounter since April, when A made a visit to Oslo for talks"
    return next(
        (a for a in met_before if a.country is None and rank(a.title) == of_rank),
        None,
    )


def continue_groups(text: str, sentences: Sequence[Segment], found: list[Mention]) -> list[Mention]:
    """
    ``found`` with a group that continues the one told before it read as that group's people.

    "The two leaders were supposed to see US President C in January, until the visit was
    called off. The leaders will hold further talks": the resolver takes the two leaders
    named last (one of the pair and C); but C was told only as the earlier group's partner,
    in its sentence, so "the leaders" (the same noun, as many people) are still that group.
    A group whose new member was named anywhere else ("A met B. The two leaders ... Later B
    met C. The two leaders ...") keeps the resolver's people.  One pass over the mentions
    (``sentences`` in text order); the list itself when nothing changes.
    """
    first: dict[str, int] = {}  # where each person is first told, and last told so far
    last: dict[str, int] = {}
    before: Mention | None = None  # the group told last
    out: list[Mention] | None = None
    for k, m in enumerate(found):
        a = m.actor
        if a.kind == "person":
            first.setdefault(a.name, m.start)
            last[a.name] = m.start
            continue
        if m.form != "group" or len(m.members) < 2:
            continue
        earlier, before = before, m
        if earlier is None or len(earlier.members) != len(m.members):
            continue
        was = {x.name for x in earlier.members}
        new = {x.name for x in m.members} - was
        if not new or len(new) == len(was) or not _same_noun(text, earlier, m):
            continue
        end = sentences[bisect_right(sentences, earlier.start, key=_start) - 1].end
        if all(earlier.end <= first.get(n, -1) and last[n] < end for n in new):
            out = out if out is not None else list(found)
            out[k] = before = m._replace(actor=earlier.actor, members=earlier.members)
    return found if out is None else out


def _start(s: Segment) -> int:
    return s.start


def _same_noun(text: str, a: Mention, b: Mention) -> bool:
    """Whether the groups ``a`` and ``b`` end in the same noun ("the two leaders", "leaders")."""
    return (
        text[a.start : a.end].rsplit(None, 1)[-1].lower()
        == text[b.start : b.end].rsplit(None, 1)[-1].lower()
    )


# --- the story's cast: who visits whom, told away from the meeting word -----------------------

# A visit's host and guest told by a verb: "A received B", "A is hosting B", "welcomed ... B";
# a past participle (group 1) is passive after a form of "be" ("B was also received by A").
_HOSTING_RE: Final = re.compile(
    r"(?<![\w'\u2019-])(?:(received|welcomed|hosted|greeted)|receiv(?:es|ing)|welcom(?:es|ing)"
    r"|hosting|greeting)\b"
)
# A form of "be" right before a past participle, an adverb at most between ("was also").
_BE_BEFORE_RE: Final = re.compile(
    r"(?<![\w'\u2019-])(?:was|were|is|are|be|been|being)\s(?:[a-z]+\s)?$"
)
# A visitor told by his own journey right after his name: "A arrived in Tokyo", ", who was paying a
# brief visit", ", who began a four-day visit".
_ARRIVED_RE: Final = re.compile(
    r"(?<=\S)(?:,\s+who|,)?\s+(?:(?:arrived|arrives|landed|lands)\s+(?:in|at|here|there)\b"
    r"|(?:(?:is|was|has\s+been)\s+(?:on|paying|making)|began|begins|started|starts)\s+"
    r"(?:an?|his|her)\s+(?:[\w-]+\s+){0,3}visit\b)"
)
# A role told instead of a name: "the visitor", "her guest", "the visiting minister" (group 1
# the office after "visiting", if one), "his host" (group 2).
_ROLE_TOLD_RE: Final = re.compile(
    r"(?<![\w'\u2019-])(?:(?:the|his|her|their)\s+(?:(?:foreign|distinguished)\s+)?"
    r"(?:visitor|guest)"
    r"|the\s+visiting\s+(minister|foreign\s+minister|president|prime\s+minister|premier"
    r"|chancellor|leader|head\s+of\s+state)"
    r"|(?:his|her)\s+(host))"
)
# A delegation told with no one's name: "the delegation", "the visiting delegation" (not "the
# delegation of the Assembly", nor "the delegation's aircraft").
_THE_DELEGATION_RE: Final = re.compile(
    r"(?<![\w'\u2019-])the\s+(?:visiting\s+)?delegation\b(?!['\u2019]|\s+of\b|\s+from\b)"
)
# "They" opening a sentence that tells a meeting of its own ("They last met in Kabul", "They
# are due to meet again"), not one that retells the one told ("They discussed trade").
_THEY_MET_RE: Final = re.compile(
    r"(?<![\w'\u2019-])they\s+(?:[a-z]+\s+){0,3}?(?:met|meet|spoke|talked|held\s+talks)\b"
)
# A meeting told in a sentence ("held talks with", "met", "received").
_MET_IN_RE: Final = re.compile(
    r"(?<![\w'\u2019-])(?:talks|met|meets|meeting|received|receives|hosted|hosts|welcomed"
    r"|discussions|conferred|called\s+on)\b"
)
# A delegation led by someone told by name: "a delegation led by A", "headed by".
_DELEGATION_LED_BY_RE: Final = re.compile(r"(?<![\w'\u2019-])(?:led|headed)\s+by\b")
# The pronouns that stand for one person.
_ONE_PERSON: Final = frozenset({"he", "she", "him", "her", "himself", "herself"})
_FEMALE: Final = frozenset({"she", "her", "hers", "herself"})
# An office a group's noun tells ("the two ministers", "the pair of foreign ministers").
_PAIR_OFFICE_RE: Final = re.compile(
    r"(?<![\w'\u2019-])(foreign\s+ministers|ministers|presidents|chief\s+diplomats"
    r"|top\s+diplomats)$"
)
_PAIR_OF_RE: Final = re.compile(r"(?<=\S)\s+of\s+(foreign\s+ministers|ministers|presidents)\b")
_CHAIN_SENTENCES: Final = 2  # how many sentences after a role read anew its pronouns follow


def _fits_office(a: Actor, office: str, *, told_after: bool) -> bool:
    """
    Whether ``a`` may be one of a pair told by ``office`` ("ministers", "presidents").

    Titles are often partial ("Minister", "Chief"), so only a title of another rank fails:
    a deputy's or vice office always; a head of state or government among "ministers", a
    minister among "presidents", when the office is told after the pair ("the pair of
    foreign ministers": the meeting reader checks only the noun of "the two presidents").
    """
    if a.title is None:
        return True
    low = a.title.lower()
    if low.startswith(_UNDER_ENDS):
        return False
    if not told_after:
        return True
    if office == "presidents":
        return "minister" not in low and "secretary" not in low
    return rank(a.title) != "leader"


class _Cast:
    """The visits told so far, read in text order (see :func:`recast`)."""

    def __init__(self) -> None:
        #: (guest, host or None) of each visit told, in text order.
        self.visits: list[tuple[Actor, Actor | None]] = []
        #: Where the guest of the last visit was first told as the guest.
        self.guest_at: int | None = None

    def add(self, guest: Actor, host: Actor | None, at: int) -> None:
        """Add a visit told at ``at``; a guest of no title nor country may be no person."""
        if guest.title is not None or guest.country is not None:
            if not self.visits or self.visits[-1][0].name != guest.name:
                self.guest_at = at  # (another guest from here on)
            self.visits.append((guest, host))

    def guest(self) -> Actor | None:
        """The guest of the visit told last."""
        return self.visits[-1][0] if self.visits else None

    def received(self, a: Actor) -> bool:
        """Whether ``a`` is the guest of a visit told."""
        return any(g.name == a.name for g, _ in self.visits)

    def guest_of(self, host: Actor) -> Actor | None:
        """The guest ``host`` received last, if he received one."""
        return next(
            (g for g, h in reversed(self.visits) if h is not None and h.name == host.name), None
        )


def recast(text: str, sentences: Sequence[Segment], found: list[Mention]) -> list[Mention]:
    """
    ``found`` with the roles of a visit and the pairs of a story read from its cast.

    The resolver takes "the guest", "the visiting minister" for a recent person of another
    country than the place told last; the story tells its guest by a verb ("A received B",
    "B was received by A", "B arrived in Oslo", "B, who is on a visit to"): "the visitor",
    "the guest", "her guest", "the visiting minister" (of that office) are the guest told
    last, and the pronouns the resolver gave the person it took follow (in that sentence,
    and two more while the pronoun's gender holds).  "his host", said of one who received a
    guest, is that guest (a return visit).  A pair told by an office ("the two ministers",
    "the pair of foreign ministers", "the two Presidents") with someone who does not hold
    it is the last pair that does, else no one, and "they" after it the same; a pair told
    again by the same noun ("the two leaders") whose sentence names one of the earlier pair
    who is not in it is the earlier pair.  One pass over the mentions; the list itself when
    nothing changes.
    """
    return _Recast(text, sentences).read(found)


class _Recast:
    """One pass of :func:`recast` over an article's mentions."""

    def __init__(self, text: str, sentences: Sequence[Segment]) -> None:
        self.low = low = text.lower()
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.cast = _Cast()
        self.out: list[Mention] = []
        # (only where a hosting verb's stem stands: most articles have one, a few none)
        self.verbs = (
            list(_HOSTING_RE.finditer(low)) if any(map(low.__contains__, _HOSTING_STEMS)) else []
        )
        self.chain: _Chain | None = None
        self.pairs = _Pairs()
        #: Where "the delegation" is told (see :meth:`delegation`), in text order.
        self.delegations = list(_THE_DELEGATION_RE.finditer(low)) if "delegation" in low else []

    def read(self, found: list[Mention]) -> list[Mention]:
        """The mentions read anew, in text order."""
        out, low, v, d = self.out, self.low, 0, 0
        after = 1  # the next sentence whose opening "They" is read
        for k, m in enumerate(found):
            s = bisect_right(self.starts, m.start) - 1
            # the visits told by the verbs of the sentences before this mention's
            while v < len(self.verbs) and self.verbs[v].start() < self.starts[s]:
                _visit_of(low, self.verbs[v], out, self.sentences, self.cast)
                v += 1
            while d < len(self.delegations) and self.delegations[d].start() < m.start:
                told = self.delegations[d]
                d += 1
                if told.end() <= m.start and (not out or out[-1].end <= told.start()):
                    self.delegation(told)
            while after <= s:
                # (a mention of the resolver's own at the sentence's start: his "They")
                if after < s or m.start > self.starts[s]:
                    self.they(after)
                after += 1
            out.append(self.one(m, s, found[k + 1 : k + 1 + _NAMED_AFTER]))
        while 0 < after < len(self.sentences):
            self.they(after)
            after += 1
        same = len(out) == len(found) and all(map(operator.is_, out, found))
        return found if same else out

    def one(self, m: Mention, s: int, after: Sequence[Mention]) -> Mention:
        """One mention of sentence ``s`` read anew (``after``: the mentions after it)."""
        if m.actor.kind == "person":
            return self.person(m, s)
        if m.members:
            return self.pairs.read(self.low, m, s, after, self.sentences[s].end)
        if m.actor.kind in {"organization", "group"}:
            return self.delegation_of_country(m)
        return m

    def they(self, s: int) -> None:
        """
        Add "They" opening sentence ``s`` as the two people of the meeting told just before.

        "A held talks with his counterpart, B. They last met in Kabul in March": A and B.
        The resolver reads "they" only after a pair ("A and B", "the two"); here the sentence
        before (or the one before a "They" sentence naming no one) names two people and a
        meeting word, and no group of people besides, or is itself such a "They".  Only a
        "They" that tells a meeting of its own ("They last met", "They will meet again"): one
        that retells the meeting ("They discussed trade") adds no record.
        """
        start = self.starts[s]
        if not _THEY_MET_RE.match(self.low, start):
            return
        before = self.sentences[s - 1]
        if (
            s > 1
            and self.low.startswith("they ", before.start)
            and (not self.out or self.out[-1].start < before.start)
        ):
            # "They discussed trade. They last met in March": the sentence before that one
            before = self.sentences[s - 2]
        people: dict[str, Actor] = {}
        pair: Mention | None = None
        for x in reversed(self.out):
            if x.start < before.start:
                break
            if len(x.members) == 2 and x.start == before.start and pair is None:
                pair = x  # "They discussed trade. They last met in March": the same two
            elif x.members or x.actor.kind == "group":
                return  # (a group of people besides: "they" may be they)
            elif x.actor.kind == "person":
                people.setdefault(x.actor.name, x.actor)
        if pair is not None and not people:
            self.out.append(pair._replace(start=start, end=start + len("they")))
            return
        if len(people) != 2 or _MET_IN_RE.search(self.low, before.start, before.end) is None:
            return
        members = tuple(reversed(people.values()))
        label = " and ".join(a.name for a in members)
        self.out.append(
            Mention(start, start + len("they"), _group_actor(label), "pronoun", members)
        )

    def delegation_of_country(self, m: Mention) -> Mention:
        """
        "the Afghan delegation" as the story's guest, when she is of that country.

        "Prime Minister A will receive the Afghan delegation on Tuesday", after the Afghan
        minister B arrived: A receives B.  Only a delegation of the guest's country.
        """
        guest = self.cast.guest()
        if (
            guest is None
            or guest.country is None
            or m.actor.country != guest.country
            or not self.low.endswith("delegation", m.start, m.end)
            # ("the Latvian delegation, led by Finance Minister A": A heads it)
            or _DELEGATION_LED_BY_RE.search(self.low, m.end, m.end + _LED_BY_GAP) is not None
        ):
            return m
        return m._replace(actor=guest, form="description")

    def delegation(self, told: re.Match[str]) -> None:
        """
        Add "the delegation" as the story's guest, when the last delegation told was hers.

        "B flew into Windhoek leading a six-strong delegation. [...] the delegation
        lunched with C": B met C.  Only when the sentence that last told of a delegation
        before names the guest and no one after "led by" or "headed by" but her, and tells
        no other visit since (a delegation of another body keeps its own head).
        """
        guest = self.cast.guest()
        at = told.start()
        if guest is None or self.cast.guest_at is None:
            return
        before = self.low.rfind("delegation", 0, at)
        if before < 0:
            return
        k = bisect_right(self.starts, before) - 1
        sent = self.sentences[k]
        if sent.end > at:
            return  # (its own sentence: the meeting reader's delegation of that sentence)
        names = {
            x.actor.name
            for x in self.out
            if sent.start <= x.start < sent.end and x.actor.kind == "person" and not x.members
        }
        if guest.name not in names or self.cast.guest_at > sent.end:
            return
        led = _DELEGATION_LED_BY_RE.search(self.low, sent.start, sent.end)
        if led is not None and not any(
            x.actor.name == guest.name
            for x in self.out
            if led.end() <= x.start < sent.end and x.start - led.end() <= _LED_BY_REACH
        ):
            return
        self.out.append(_delegation_mention(told, guest))

    def person(self, m: Mention, s: int) -> Mention:
        """One person's mention, read anew from the cast."""
        low, a = self.low, m.actor
        if self.chain is not None:
            new = self.chain.follow(low, m, s)
            if new is not None:
                return m._replace(actor=new)
            if m.form != "pronoun" and a.name == self.chain.old:
                self.chain = None
        if m.form == "pronoun":
            other = _not_the_subject(low, m, self.out, self.starts[s])
            if other is None:
                return m
            # "B, who briefed her": not B
            self.chain = _Chain(a.name, other, s)
            self.chain.gender = "f" if low.startswith("her", m.start) else "m"
            return m._replace(actor=other)
        role = (
            _role_holder(low, m, self.out, self.starts[s], self.cast)
            if m.form == "description"
            else None
        )
        if role is not None and role.name != a.name and not self.cast.received(a):
            self.chain = _Chain(a.name, role, s)
            return m._replace(actor=role)
        if _ARRIVED_RE.match(low, m.end) is not None:
            self.cast.add(a, None, m.start)
        return m


_HOSTING_STEMS: Final = ("receiv", "welcom", "host", "greet")


_LED_BY_REACH: Final = 60  # how far after "led by" the head of a delegation is named
_LED_BY_GAP: Final = 12  # how far after "the X delegation" its "led by" may stand


def _group_actor(label: str) -> Actor:
    """The actor of a group of people ("A and B"), as the resolver makes it."""
    return Actor(name=label, kind="group")


def _delegation_mention(told: re.Match[str], guest: Actor) -> Mention:
    """A mention of the guest where "the delegation" stands."""
    return Mention(told.start(), told.end(), guest, "description")


class _Chain:
    """The person a role was read anew from and as, and the pronouns that follow it."""

    def __init__(self, old: str, new: Actor, sentence: int) -> None:
        self.old = old
        self.new = new
        self.sentence = sentence
        self.gender: str | None = None

    def follow(self, low: str, m: Mention, s: int) -> Actor | None:
        """The person a pronoun the resolver gave the old person stands for now, if the new."""
        word = low[m.start : m.end]
        if (
            m.form != "pronoun"
            or m.actor.name != self.old
            or word not in _ONE_PERSON
            or s - self.sentence > _CHAIN_SENTENCES
            or _possessive(low, m)
        ):
            return None
        gender = "f" if word in _FEMALE else "m"
        if self.gender is None and s == self.sentence:
            self.gender = gender
        if self.gender != gender:
            return None
        return self.new


class _Pairs:
    """The pairs told so far (see :func:`recast`)."""

    def __init__(self) -> None:
        #: The last pair told by each noun ("leaders").
        self.of_noun: dict[str, Mention] = {}
        #: The pairs told, in text order.
        self.told: list[Mention] = []
        #: The people of the last pair read anew, what it was read as, and its sentence.
        self.regrouped: tuple[frozenset[str], Mention, int] | None = None

    def read(self, low: str, m: Mention, s: int, after: Sequence[Mention], end: int) -> Mention:
        """``m`` as the cast tells it: itself, or with the people of a pair told before."""
        names = frozenset(x.name for x in m.members)
        if m.form != "group":
            if (
                self.regrouped is not None
                and s - self.regrouped[2] <= _CHAIN_SENTENCES
                and names == self.regrouped[0]
            ):
                new = self.regrouped[1]
                return m._replace(actor=new.actor, members=new.members)
            return m
        new = m
        office, after_pair = _office_told(low, m)
        if office is not None and not all(
            _fits_office(x, office, told_after=after_pair) for x in m.members
        ):
            # "the pair of foreign ministers" after a prime minister met one of them
            new = next(
                (
                    p
                    for p in reversed(self.told)
                    if len(p.members) == len(m.members)
                    # (one of the two is still in it: "Both ministers" after A had dinner
                    # with a deputy; the pair meant holds the office, by any title)
                    and not names.isdisjoint(x.name for x in p.members)
                    and all(_fits_office(x, office, told_after=True) for x in p.members)
                ),
                m,
            )
        else:
            noun = low[m.start : m.end].rsplit(None, 1)[-1]
            before = self.of_noun.get(noun)
            if before is not None and len(before.members) == len(m.members):
                left = {x.name for x in before.members} - names
                # "The two premiers will meet again in spring, when Premier A will pay ...":
                # A, one of the pair told before by that noun, is one of them
                if left and any(
                    x.start < end and x.form != "pronoun" and x.actor.name in left
                    for x in after[:_NAMED_AFTER]
                ):
                    new = before
        if new is not m:
            self.regrouped = (names, new, s)
            m = m._replace(actor=new.actor, members=new.members)
        self.of_noun[low[m.start : m.end].rsplit(None, 1)[-1]] = m
        self.told.append(m)
        return m


_NAMED_AFTER: Final = 6  # how many mentions after a pair its sentence's names are looked for


def _office_told(low: str, m: Mention) -> tuple[str | None, bool]:
    """
    The office a pair's noun tells ("ministers", "foreign ministers", "presidents"), if one.

    And whether it is told after the pair's noun ("the pair of foreign ministers").
    """
    told = _PAIR_OFFICE_RE.search(low, m.start, m.end)
    if told is None:
        told = _PAIR_OF_RE.match(low, m.end)
        if told is None:
            return None, False
        return " ".join(told.group(1).split()), True
    return " ".join(told.group(1).split()), False


def _fits_visit(a: Actor, office: str) -> bool:
    """Whether the guest ``a`` may be "the visiting" ``office`` ("minister")."""
    if a.title is None:
        return True
    if office in {"leader", "head of state"}:
        return rank(a.title) == "leader"
    if office == "minister":
        return _holds(a.title, "minister") or _holds(a.title, "secretary")
    return _holds(a.title, office)


def _role_holder(low: str, m: Mention, out: list[Mention], begin: int, cast: _Cast) -> Actor | None:
    """The guest or host a role told by ``m`` ("the visitor", "his host") stands for, if known."""
    told = _ROLE_TOLD_RE.fullmatch(low, m.start, m.end)
    if told is None:
        return None
    if told.group(2) is not None:
        # "... when A will make a reciprocal trip and confer with her host": A received
        # the story's guest, who is A's host now
        owner = next(
            (
                x.actor
                for x in reversed(out)
                if x.start >= begin and x.actor.kind == "person" and x.form != "pronoun"
            ),
            None,
        )
        return None if owner is None else cast.guest_of(owner)
    guest = cast.guest()
    office = told.group(1)
    if guest is None or (office is not None and not _fits_visit(guest, " ".join(office.split()))):
        return None
    return guest


# Words after "her" that make it the object of a verb, not a possessive ("received her for").
_AFTER_OBJECT: Final = frozenset(
    {
        "for",
        "and",
        "at",
        "in",
        "on",
        "with",
        "to",
        "as",
        "during",
        "after",
        "before",
        "when",
        "briefly",
        "warmly",
        "yesterday",
        "today",
        "later",
    }
)
_GUEST_REACH: Final = 150  # how far after a hosting verb its guest may be named
_SENT_BY: Final = (" from ", " of ", " by ")  # before one who sent what was received
_BE_REACH: Final = 24  # how far before a past participle "was" may stand


def _visit_of(
    low: str, verb: re.Match[str], out: list[Mention], sentences: Sequence[Segment], cast: _Cast
) -> None:
    """Add the visit ``verb`` tells ("A received B", "B was received by A") to ``cast``."""
    k = bisect_right(sentences, verb.start(), key=_start) - 1
    sent = sentences[k]
    people = [
        x
        for x in out[bisect_right(out, sent.start - 1, key=_mention_start) :]
        if x.start < sent.end and x.actor.kind == "person" and not x.members
    ]
    before = [x for x in people if x.end <= verb.start()]
    after = [x for x in people if x.start >= verb.end() and x.start - verb.end() <= _GUEST_REACH]
    if verb.group(1) is not None and _BE_BEFORE_RE.search(
        low, max(sent.start, verb.start() - _BE_REACH), verb.start()
    ):
        host = next((x for x in after if x.form != "pronoun"), None)
        if not before or host is None:
            return
        cast.add(before[-1].actor, host.actor, verb.start())
        return
    if not before:
        return
    guest = next((x for x in after if not _possessive(low, x)), None)
    if guest is not None and low.endswith(_SENT_BY, max(0, guest.start - 8), guest.start):
        return  # "received a letter from B", "welcomed the support of B": no visit
    if guest is not None and guest.actor.name != before[-1].actor.name:
        cast.add(guest.actor, before[-1].actor, verb.start())


def _possessive(low: str, x: Mention) -> bool:
    """Whether a pronoun mention is a possessive ("her counterpart"), no person of its own."""
    if x.form != "pronoun":
        return False
    word = low[x.start : x.end]
    if word != "her":
        return word in {"his", "their", "its"}
    if not low.startswith(" ", x.end):
        return False  # "received her."
    nxt = low[x.end + 1 : x.end + 16].split(" ", 1)[0]
    return nxt[:1].isalpha() and nxt.rstrip(",.;:") not in _AFTER_OBJECT


# What stands between a clause's subject and its object pronoun: "A, who briefed her",
# "A received him", "A later thanked her".
_SUBJECT_TO_OBJECT_RE: Final = re.compile(r"(?<=\S)(?:,\s+who)?\s+(?:[a-z]+\s+){0,2}[a-z]+\s+")


def _not_the_subject(low: str, m: Mention, out: list[Mention], begin: int) -> Actor | None:
    """
    The one other person of the sentence an object pronoun the resolver gave its subject is.

    "Later the guest was received by A, who briefed her": "her" is not A, who briefed; the
    one other person named before A in the sentence ("the guest") is meant.  None unless
    the pronoun ("her", "him") is the object of a verb whose subject is the person named
    right before it, and one other person is named before in its sentence.
    """
    word = low[m.start : m.end]
    if word not in {"her", "him"} or _possessive(low, m) or not out:
        return None
    subject = out[-1]
    if (
        subject.start < begin
        or subject.form == "pronoun"
        or subject.members
        or subject.actor.name != m.actor.name
        or _SUBJECT_TO_OBJECT_RE.fullmatch(low, subject.end, m.start) is None
    ):
        return None
    others = {
        x.actor.name: x.actor
        for x in out
        if x.start >= begin
        and x.actor.kind == "person"
        and not x.members
        and x.actor.name != subject.actor.name
    }
    return next(iter(others.values())) if len(others) == 1 else None


def _mention_start(m: Mention) -> int:
    return m.start
