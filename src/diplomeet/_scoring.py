"""
The comparison rules of the evaluator: text normalisation, actor keys, one-to-one matching.

Everything here follows ``gold/README.md`` ("Matching rules"); :mod:`diplomeet.evaluation`
applies it to whole articles.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

from diplomeet._scoring_countries import COUNTRY_ADJECTIVES, COUNTRY_NAMES
from diplomeet.records import Actor

__all__ = [
    "ActorKey",
    "actor_key",
    "assign",
    "dates_text_match",
    "gold_actor",
    "is_calendar_value",
    "jaccard",
    "keys_match",
    "normalize",
    "outlet_match",
    "same_participants",
    "values_equal",
    "words",
]

_APOSTROPHES: Final = re.compile(r"['\u2019\u2018\u02bc\u0060\u00b4]")
_NON_WORD: Final = re.compile(r"[\W_]+")
_REGNAL: Final = re.compile(r"^(?:[IVX]+|jr|sr|junior|senior)$", re.IGNORECASE)
_PART_OF_DAY: Final = re.compile(r"T(?:MO|AF|EV|NI|DT)$")
_CALENDAR: Final = re.compile(r"^(?:\d|X{2,4}-)")
_LEADING: Final = re.compile(
    r"^(?:(?:on|in|at|by|since|until|from|for|within|during|of)\s+)?(?:the\s+)?"
)

#: Words that carry no content in an organisation's name.
_FUNCTION_WORDS: Final = frozenset({"the", "of", "and", "a", "an", "for", "s", "de", "la", "del"})

#: Minimum length of the shorter surname for the suffix rule ("al-Sisi" ~ "Sisi").
_SUFFIX_MIN: Final = 4


def normalize(text: str) -> str:
    """
    Fold ``text`` for comparison: NFKD, no diacritics, case-folded, apostrophes removed.

    Punctuation becomes spaces and runs of spaces one space, so ``"N'Diaye"`` -> ``"ndiaye"``
    and ``"U.S.-Russia"`` -> ``"u s russia"``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = _APOSTROPHES.sub("", plain)
    return " ".join(_NON_WORD.sub(" ", plain).split())


def words(text: str) -> frozenset[str]:
    """The set of normalised words of ``text``."""
    return frozenset(normalize(text).split())


def jaccard(a: str, b: str) -> float:
    """Jaccard similarity of the normalised word sets of two quotes (0.0 when both empty)."""
    wa, wb = words(a), words(b)
    union = wa | wb
    return len(wa & wb) / len(union) if union else 0.0


# --- actors -------------------------------------------------------------------------------

#: ``("person", surname)``, ``("org", words)`` or ``("country", code, name)``.
ActorKey = tuple[Any, ...]


def _phrases_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for name in (*COUNTRY_NAMES, *COUNTRY_ADJECTIVES):
        phrase = tuple(name.split())
        table.setdefault(phrase[0], []).append(phrase)
        if len(phrase) == 1:
            table.setdefault(phrase[0] + "s", []).append(phrase)
    return {w: tuple(sorted(set(ps), key=len, reverse=True)) for w, ps in table.items()}


#: Country names and adjectives as word tuples, longest first, by their first word (and by
#: its possessive form, "russias", for one-word names).
_PHRASES: Final = _phrases_by_first_word()


@functools.lru_cache(maxsize=4096)
def surname(name: str) -> str:
    """
    The surname key of a person's name: its last word less regnal numbers and Jr./Sr.

    Hyphens inside the surname vanish: ``"Nadia Al-Khatib"`` -> ``"alkhatib"``.
    """
    tokens = [t for t in name.replace(",", " ").split() if not _REGNAL.match(t.strip("."))]
    if not tokens:
        tokens = name.split()
    return normalize(tokens[-1]).replace(" ", "") if tokens else ""


def _strip_countries(tokens: list[str]) -> list[str]:
    """Drop country names and adjectives (and their possessive "-s" forms) from ``tokens``."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase in _PHRASES.get(tokens[i], ()):
            n = len(phrase)
            window = tokens[i : i + n]
            if len(window) == n and (
                tuple(window) == phrase
                or (tuple(window[:-1]) == phrase[:-1] and window[-1] == phrase[-1] + "s")
            ):
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


@functools.lru_cache(maxsize=4096)
def org_words(name: str) -> frozenset[str]:
    """Content words of an organisation's name less country names and adjectives."""
    tokens = _strip_countries(normalize(name).split())
    return frozenset(t for t in tokens if t not in _FUNCTION_WORDS)


def actor_key(actor: Actor) -> ActorKey:
    """The comparison key of ``actor`` (see the module docstring of :mod:`diplomeet.evaluation`)."""
    if actor.kind == "person":
        return ("person", surname(actor.name))
    if actor.kind == "country":
        return ("country", actor.country, normalize(actor.name))
    return ("org", org_words(actor.name), actor.country, normalize(actor.name))


def keys_match(gold: Actor, predicted: Actor) -> bool:
    """
    Whether ``predicted`` names the same actor as ``gold``.

    A person by surname (equal, or one ending with the other when the shorter has at least
    four letters); an organisation or group when its content words are all in the
    prediction's; a country when a non-person prediction has the same ISO code or name.
    """
    if gold.kind == "person" or predicted.kind == "person":
        return gold.kind == predicted.kind and _same_surname(gold.name, predicted.name)
    if gold.kind == "country":
        return _same_country(gold, predicted)
    if predicted.kind == "country":
        return False
    gold_words = org_words(gold.name)
    if not gold_words:  # the name was only a country ("Russian" group): compare countries
        return _same_country(gold, predicted)
    return gold_words <= org_words(predicted.name)


def _same_surname(gold: str, predicted: str) -> bool:
    g, p = surname(gold), surname(predicted)
    if not g or not p:
        return False
    short, long_ = (g, p) if len(g) <= len(p) else (p, g)
    return g == p or (len(short) >= _SUFFIX_MIN and long_.endswith(short))


def _same_country(gold: Actor, predicted: Actor) -> bool:
    if gold.country is not None and gold.country == predicted.country:
        return True
    g, p = normalize(gold.name), normalize(predicted.name)
    code = COUNTRY_NAMES.get(p) or COUNTRY_ADJECTIVES.get(p)
    return g == p or (gold.country is not None and code == gold.country)


def _distinct(actors: Sequence[Actor]) -> list[Actor]:
    """``actors`` less repeats of the same key (a set: "Lula" twice is one participant)."""
    seen: set[tuple[str, str]] = set()
    out: list[Actor] = []
    for actor in actors:
        key = (
            ("person", surname(actor.name))
            if actor.kind == "person"
            else (
                "other",
                normalize(actor.name),
            )
        )
        if key not in seen:
            seen.add(key)
            out.append(actor)
    return out


def same_participants(gold: Sequence[Actor], predicted: Sequence[Actor]) -> bool:
    """Whether the two sets of participants pair off one-to-one by :func:`keys_match`."""
    gold, predicted = _distinct(gold), _distinct(predicted)
    if len(gold) != len(predicted):
        return False
    pairs = assign(
        len(gold), len(predicted), lambda i, j: 1.0 if keys_match(gold[i], predicted[j]) else None
    )
    return len(pairs) == len(gold)


def gold_actor(data: Mapping[str, Any] | str) -> Actor:
    """Build an :class:`Actor` from a gold actor object, or from a bare alpha-2 code."""
    if isinstance(data, str):
        return Actor(name=data, kind="country", country=data)
    return Actor(
        name=data["name"],
        kind=data.get("kind", "person"),
        title=data.get("title"),
        country=data.get("country"),
    )


# --- dates, outlets -----------------------------------------------------------------------


#: A possessive ending a date expression ("Wednesday's"): the words hold the expression
#: without it, as the README's containment reads it before apostrophes are folded away.
_POSSESSIVE_END: Final = re.compile(r"(?<=[^\W\d_])['\u2019]s$")


def _date_core(text: str) -> str:
    return _LEADING.sub("", normalize(_POSSESSIVE_END.sub("", text.rstrip())), count=1)


def dates_text_match(gold: str, predicted: str) -> bool:
    """Containment either way once a leading preposition and "the" are dropped."""
    g, p = _date_core(gold), _date_core(predicted)
    if not g or not p:
        return False
    return re.search(rf"\b{re.escape(g)}\b", p) is not None or (
        re.search(rf"\b{re.escape(p)}\b", g) is not None
    )


def values_equal(gold: str, predicted: str) -> bool:
    """Equal TIMEX3 values; a predicted part-of-day suffix counts as its day when gold has none."""
    if gold == predicted:
        return True
    return "T" not in gold and _PART_OF_DAY.sub("", predicted) == gold


def is_calendar_value(value: str) -> bool:
    """Whether ``value`` is a calendar date or period (not a duration nor a ``*_REF``)."""
    return _CALENDAR.match(value) is not None


def _outlet_core(text: str) -> str:
    folded = normalize(text)
    folded = folded.removeprefix("the ")
    return folded.replace(" ", "")


def outlet_match(gold: str, predicted: str) -> bool:
    """Whether one outlet name contains the other ("NDTV" ~ "NDTV.com", "The Times" ~ "Times")."""
    g, p = _outlet_core(gold), _outlet_core(predicted)
    return bool(g) and bool(p) and (g in p or p in g)


# --- assignment ---------------------------------------------------------------------------


def assign(
    n_left: int,
    n_right: int,
    score: Callable[[int, int], float | None],
    *,
    groups: Sequence[Sequence[int]] | None = None,
) -> dict[int, int]:
    """
    A one-to-one matching of left items to right items: maximum in size, good in quality.

    ``score(i, j)`` is ``None`` when ``i`` and ``j`` cannot be paired, else a preference
    (higher is better).  The left items are taken group by group (default: one group of
    all): within a group, pairs are first taken greedily, best score first; then every
    left item still unmatched looks for an augmenting path (Kuhn), which makes the
    matching maximum in size without unmatching any left item matched before.  So put the
    required gold items in the first group and the optional ones in the second: an optional
    item never takes a prediction that a required one needs.

    Returns:
        ``{left index: right index}``.
    """
    if groups is None:
        groups = [range(n_left)]
    candidates: list[list[int]] = [[] for _ in range(n_left)]
    edges: list[tuple[float, int, int]] = []
    for i in range(n_left):
        scored = [(s, j) for j in range(n_right) if (s := score(i, j)) is not None]
        scored.sort(key=lambda sj: (-sj[0], sj[1]))
        candidates[i] = [j for _, j in scored]
        edges.extend((s, i, j) for s, j in scored)
    owner: dict[int, int] = {}  # right -> left
    matched: set[int] = set()
    for group in groups:
        members = set(group)
        rank = {i: k for k, i in enumerate(group)}
        for _, i, j in sorted(
            (e for e in edges if e[1] in members), key=lambda e: (-e[0], rank[e[1]], e[2])
        ):
            if i not in matched and j not in owner:
                owner[j] = i
                matched.add(i)
        for root in group:
            if root not in matched and _augment(root, candidates, owner):
                matched.add(root)
    return {i: j for j, i in owner.items()}


def _augment(root: int, candidates: Sequence[Sequence[int]], owner: dict[int, int]) -> bool:
    """
    Look for an augmenting path from the left item ``root`` and flip it into ``owner``.

    Returns ``True`` when one was found (``root`` is then matched).

    Depth-first, with an explicit stack so long articles cannot exhaust Python's recursion.
    """
    seen: set[int] = set()
    # Each frame: (left item, position of the next candidate to try).
    stack: list[list[int]] = [[root, 0]]
    path: list[tuple[int, int]] = []  # (left, right) edges taken so far
    while stack:
        frame = stack[-1]
        left, k = frame
        options = candidates[left]
        while k < len(options) and options[k] in seen:
            k += 1
        if k == len(options):
            stack.pop()
            if path:
                path.pop()
            continue
        frame[1] = k + 1
        right = options[k]
        seen.add(right)
        path.append((left, right))
        if right not in owner:
            owner.update({j: i for i, j in path})
            return True
        stack.append([owner[right], 0])
    return False
