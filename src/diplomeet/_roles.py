"""
The roles of a story's people: who holds which office of which country, and who hosts a visitor.

A meeting word whose reading named only one participant may tell the other by the role he
plays in the story rather than by name: "The President of Kazakhstan will pay a state visit
to Dushanbe, where talks with A are planned" (the visitor is the one person of the story who
is Kazakhstan's president), "when A made a visit to Oslo for talks on power links" (the host
is the one A met before, of Norway, or else the one person of Norway holding A's rank).  The
model is built once per article from its mentions (one pass) and asked only where such a
meeting word stands (see ``_meetings._Reader.role_partner``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Final

from diplomeet._countries import COUNTRY_NAMES
from diplomeet._places import CAPITALS

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from diplomeet._actors import Mention
    from diplomeet._document import Segment
    from diplomeet.records import Actor

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
