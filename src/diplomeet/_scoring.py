"""
The comparison rules of the evaluator: text normalisation, actor keys, one-to-one matching.

Everything here follows ``gold/README.md`` ("Matching rules"); :mod:`diplomeet.evaluate`
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

    Punctuation becomes spaces and runs of spaces one space, so ``"Ya'alon"`` -> ``"yaalon"``
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

    Hyphens inside the surname vanish: ``"Meir Ben-Shabbat"`` -> ``"benshabbat"``.
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
    """The comparison key of ``actor`` (see the module docstring of :mod:`diplomeet.evaluate`)."""
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


def same_participants(gold: Sequence[Actor], predicted: Sequence[Actor]) -> bool:
    """Whether the two sets of participants pair off one-to-one by :func:`keys_match`."""
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


def _date_core(text: str) -> str:
    return _LEADING.sub("", normalize(text), count=1)


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
    order: Sequence[int] | None = None,
) -> dict[int, int]:
    """
    A maximum one-to-one matching of left items to right items.

    ``score(i, j)`` is ``None`` when ``i`` and ``j`` cannot be paired, else a preference
    (higher is better).  Kuhn's augmenting paths find a matching of maximum size; each left
    item tries its candidates best first, so among maximum matchings good pairs are
    preferred (greedily, not optimally).  Left items are taken in ``order`` (default: by
    index): items taken earlier are never left unmatched by later ones, so put required gold
    items before optional ones.

    Returns:
        ``{left index: right index}``.
    """
    candidates: list[list[int]] = []
    for i in range(n_left):
        scored = [(s, j) for j in range(n_right) if (s := score(i, j)) is not None]
        scored.sort(key=lambda sj: (-sj[0], sj[1]))
        candidates.append([j for _, j in scored])
    owner: dict[int, int] = {}  # right -> left

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in order if order is not None else range(n_left):
        augment(i, set())
    return {i: j for j, i in owner.items()}
