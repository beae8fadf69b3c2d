"""
The scan of a whole article for date expressions, fast.

:func:`find_all` gives what a scan of every character position with the whole grammar
would give (:data:`~diplomeet.dates._grammar.DATE_RE` behind the first-word look-ahead
:data:`~diplomeet.dates._grammar._FIRST`), at a fraction of the cost:

1. *Candidates*: one regex over the lower-cased text stops only after a separator and
   before a word that can open an expression (:data:`_CANDIDATE_RE`): the engine skips
   the letters of every word in C, and its tries test plain characters, not ``[tT]``.
2. *Dispatch*: at a candidate, only the alternatives of the grammar that can start with
   the candidate's first word are tried, in their order (:func:`_alternatives`).  Which
   ones can is read from the parsed grammar itself (:func:`_may_start`), so the result
   cannot differ from trying them all; a failing alternative costs a microsecond, and
   "the" or "this" opens few of them.

Both steps only leave out what cannot match, so the matches are those of the full scan.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Sequence
from typing import Any, Final

from diplomeet.dates._grammar import (
    _ALTERNATIVES,
    _FIRST,
    _FIRST_WORDS,
    _FUNCTION_WORDS,
    _KEYS,
    _LEFT_EDGE,
    _PREP,
    _PREP_BEFORE_RE,
    _initial_caps,
    _trie,
)
from diplomeet.dates._lexicon import FREQUENCIES, MONTHS, NUMBER_WORDS, WEEKDAYS

__all__ = ["find_all"]

# The parser of the standard ``re`` module and its constants: the parsed form of a pattern,
# read by _may_start.  Private modules without type stubs, stable since Python 3.11.
_c: Any = importlib.import_module("re._constants")
_parser: Any = importlib.import_module("re._parser")

# --- 1. candidates ------------------------------------------------------------------------


def _trie_ends(ends: dict[str, str]) -> str:
    """
    A regex for the words of ``ends``, each followed by its own ending, factored as a trie.

    The engine tests the branches of an alternation one after the other: one trie for
    all the first words costs one pass over the first letters instead of one per list.
    """
    tree: dict[str, Any] = {}
    for word, end in ends.items():
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = end

    def render(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + render(node[char])
            for char in sorted(char for char in node if char)
        ]
        if "" in node:
            branches.append(node[""])
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(tree)


#: What :data:`~diplomeet.dates._grammar._FIRST` asks of the words after "the", "a",
#: "in"... : a key word (or a number) among the next four.
_KEY_WINDOW: Final = (
    r"[\s-]+(?:[\w'\u2019.,]+[\s-]+){0,3}?(?:\d|['\u2019]\d|"
    + _trie(_KEYS, caps=False)
    + r"(?:s|es)?\b)"
)
#: Words that open an expression by themselves.
_OPENING_WORDS: Final = (
    (set(_FIRST_WORDS) - _FUNCTION_WORDS) | set(FREQUENCIES) | set(MONTHS) | set(WEEKDAYS)
)
#: ``_FIRST`` for lower-case text, without case variants, its word lists in one trie.
_FIRST_LOWER: Final = (
    r"(?=\d|['\u2019]\d|q[1-4]|"
    + _trie_ends(
        {
            **dict.fromkeys(_FUNCTION_WORDS | {w.split()[0] for w in NUMBER_WORDS}, _KEY_WINDOW),
            **dict.fromkeys(
                set(_FIRST_WORDS) - _FUNCTION_WORDS
                | set(FREQUENCIES)
                | set(MONTHS)
                | set(WEEKDAYS),
                r"\b",
            ),
        }
    )
    + ")"
)
#: What may stand before an expression: not a letter, a digit or one of ``$#/.-`` (as
#: ``_LEFT_EDGE`` says).  Other letters than a-z count too, a superset: a plain class
#: of ASCII characters is much faster to test than ``\w``.
_SEPARATOR: Final = r"[^a-z0-9_$\u00a3\u20ac#/.-]"

#: A separator followed by a word that may open an expression, in lower-case text that
#: starts with a space.  A character class first lets the engine skip to the next
#: separator in C instead of testing a look-behind at every character.
_CANDIDATE_RE: Final = re.compile(_SEPARATOR + _FIRST_LOWER)
#: The same for text that lower-casing would lengthen (a few letters such as "İ").
_CANDIDATE_ANY_CASE_RE: Final = re.compile(_SEPARATOR + _FIRST_LOWER, re.IGNORECASE)


def _candidates(text: str) -> list[int]:
    """Offsets that may start an expression: a superset of those ``_FIRST`` accepts."""
    lowered = text.lower()
    if len(lowered) == len(text):
        # The separator stands one before the word; the leading space shifts it back.
        return [m.start() for m in _CANDIDATE_RE.finditer(" " + lowered)]
    return [m.start() for m in _CANDIDATE_ANY_CASE_RE.finditer(" " + text)]


# --- 2. which alternatives can start with a word --------------------------------------------

_Items = Sequence[tuple[Any, Any]]
_Then = Callable[[int], bool]

_REPEATS: Final = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


_CATEGORY_TESTS: Final[dict[Any, Callable[[str], bool]]] = {
    _c.CATEGORY_DIGIT: str.isdecimal,
    _c.CATEGORY_NOT_DIGIT: lambda char: not char.isdecimal(),
    _c.CATEGORY_SPACE: str.isspace,
    _c.CATEGORY_NOT_SPACE: lambda char: not char.isspace(),
    _c.CATEGORY_WORD: _is_word,
    _c.CATEGORY_NOT_WORD: lambda char: not _is_word(char),
}


def _in_set(items: _Items, char: str) -> bool:
    """Whether ``char`` may belong to the parsed character set ``items``."""
    negate = hit = False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            hit = hit or char == chr(av)
        elif op is _c.RANGE:
            hit = hit or av[0] <= ord(char) <= av[1]
        elif op is _c.CATEGORY and av in _CATEGORY_TESTS:
            hit = hit or _CATEGORY_TESTS[av](char)
        else:  # pragma: no cover - the grammar uses no other set items
            return True
    return hit != negate


def _at(where: Any, head: str, pos: int) -> bool:
    """Whether the anchor ``where`` may hold at ``head[pos]`` (word boundaries are read)."""
    if 0 < pos < len(head) and where in {_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY}:
        boundary = _is_word(head[pos - 1]) != _is_word(head[pos])
        return boundary == (where is _c.AT_BOUNDARY)
    return True


def _may_start(items: _Items, index: int, head: str, pos: int, then: _Then) -> bool:  # noqa: C901, PLR0911, PLR0912 - one case per regex operation
    """
    Whether ``items[index:]``, then ``then``, may match a text beginning with ``head[pos:]``.

    A small backtracking matcher over the parsed pattern that answers yes whenever it is
    not sure: at the end of ``head`` (the text goes on), at a look-behind or a negative
    look-ahead, at a back reference.  So "no" means no match can start there.
    """
    if pos >= len(head):
        return True
    if index == len(items):
        return then(pos)
    op, av = items[index]

    def rest(at: int) -> bool:
        return _may_start(items, index + 1, head, at, then)

    if op is _c.LITERAL:
        return head[pos] == chr(av) and rest(pos + 1)
    if op is _c.NOT_LITERAL:
        return head[pos] != chr(av) and rest(pos + 1)
    if op is _c.IN:
        return _in_set(av, head[pos]) and rest(pos + 1)
    if op is _c.ANY:
        return rest(pos + 1)
    if op is _c.AT:
        return _at(av, head, pos) and rest(pos)
    if op is _c.ASSERT:
        direction, sub = av
        if direction == 1 and not _may_start(sub, 0, head, pos, lambda _at_end: True):
            return False
        return rest(pos)
    if op is _c.ASSERT_NOT:
        return rest(pos)
    if op is _c.SUBPATTERN:
        return _may_start(av[3], 0, head, pos, rest)
    if op is _c.ATOMIC_GROUP:
        return _may_start(av, 0, head, pos, rest)
    if op is _c.BRANCH:
        return any(_may_start(branch, 0, head, pos, rest) for branch in av[1])
    if op in _REPEATS:
        low, high, sub = av

        def again(count: int, at: int) -> bool:
            if at >= len(head) or (count >= low and rest(at)):
                return True
            if count >= high:
                return False
            # an iteration that consumes nothing only counts towards the minimum
            return _may_start(
                sub, 0, head, at, lambda end: (end > at or count < low) and again(count + 1, end)
            )

        return again(0, pos)
    return True  # a back reference, or anything else: it may match


@functools.cache
def _parsed() -> tuple[_Items, ...]:
    """The parsed alternatives of the grammar (parsed once, on first use)."""
    return tuple(_parser.parse(_initial_caps(body)) for _, body in _ALTERNATIVES)


#: The words a head may be: those that open expressions, and the prepositions.  Another
#: word (a number, a name) is looked up by its first character, so that the caches stay
#: small.
_VOCABULARY: Final = frozenset(
    word
    for phrase in (*_FIRST_WORDS, *FREQUENCIES, *MONTHS, *WEEKDAYS, *NUMBER_WORDS)
    for word in re.findall(r"\w+", phrase)
) | frozenset(re.findall(r"[a-z]+", _PREP))
#: Words after which the next word is part of the head: they open many alternatives
#: ("the"), and the word after them decides which ("the next day", "in recent years").
_LEADS: Final = _FUNCTION_WORDS | frozenset(re.findall(r"[a-z]+", _PREP))
_HEAD_RE: Final = re.compile(r"(\w+)(?:(\s+)(\w+))?")


def _head(text: str, start: int) -> str:
    """
    The start of ``text[start:]`` that decides which alternatives may match there.

    The first word and the character after it when the word is in :data:`_VOCABULARY`,
    with the next word too after "the" or a preposition (only its first letter when it is
    not in the vocabulary); else only the first character.  Always a prefix of the text,
    so that :func:`_alternatives` can read it as such.
    """
    found = _HEAD_RE.match(text, start)
    if found is None:
        return text[start]
    first = found[1].lower()
    if first not in _VOCABULARY:
        return text[start]
    if found[3] is None or first not in _LEADS:
        return text[start : found.end(1) + 1]
    if found[3].lower() in _VOCABULARY:
        return text[start : found.end(3) + 1]
    return text[start : found.start(3) + 1]


@functools.lru_cache(maxsize=4096)
def _alternatives(head: str) -> frozenset[int]:
    """The alternatives of the grammar a match of which can start with ``head``."""
    return frozenset(
        index
        for index, items in enumerate(_parsed())
        if _may_start(items, 0, head, 0, lambda _at_end: True)
    )


# --- 3. the scan and the reading ----------------------------------------------------------------


def _group_names(body: str) -> list[str]:
    return re.findall(r"\(\?P<(\w+)>", body)


@functools.lru_cache(maxsize=512)
def _scanner(chosen: frozenset[int]) -> re.Pattern[str]:
    """
    The scan for expressions opening with the alternatives ``chosen``, in grammar order.

    Without capturing groups (a regex with many groups saves and restores all of them at
    every failed alternative) but one around each alternative, whose number
    (``lastindex``) tells which alternative matched; without the preposition.  The
    look-ahead on the first word (``_FIRST``) is kept, as in the full scan.
    """
    bodies = "|".join(
        "("
        + re.sub(r"\(\?P<\w+>", "(?:", _initial_caps(body)).replace("(?P=num_sep)", "[/.]")
        + ")"
        for index, (_, body) in enumerate(_ALTERNATIVES)
        if index in chosen
    )
    return re.compile(_LEFT_EDGE + _FIRST + "(?:" + bodies + ")")


@functools.lru_cache(maxsize=512)
def _reader(chosen: frozenset[int]) -> re.Pattern[str]:
    """
    :data:`~diplomeet.dates._grammar.DATE_RE` with only the alternatives ``chosen``.

    Each other alternative keeps its named groups, empty and behind a look-ahead that
    always fails, so every group has the number it has in ``DATE_RE``.
    """
    parts = [
        f"(?P<{name}>{body})"
        if index in chosen
        else f"(?P<{name}>(?!)" + "".join(f"(?P<{g}>)" for g in _group_names(body)) + ")"
        for index, (name, body) in enumerate(_ALTERNATIVES)
    ]
    return re.compile(_initial_caps(_LEFT_EDGE + _PREP + r"(?:" + "|".join(parts) + r")"))


_PREP_AT_RE: Final = re.compile(_initial_caps(_PREP[3:-2]))


def _read(text: str, at: int, alternative: int | None = None) -> re.Match[str] | None:
    """
    ``DATE_RE.match(text, at)``, trying only the alternatives that can start there.

    ``alternative`` is the one the scan found at the expression's start, which stands at
    ``at`` or after the preposition starting there: the grammar reads the expression
    with it, as it is the first that matches there.  Without it, or when a preposition
    at ``at`` may be read as the expression's first word, the alternatives come from the
    head of the text.
    """
    prep = _PREP_AT_RE.match(text, at)
    if alternative is not None and prep is None:
        chosen = frozenset({alternative})
    else:
        chosen = _alternatives(_head(text, at))
        if prep is not None:  # the expression may start after the preposition and its spaces
            chosen |= _alternatives(_head(text, prep.end()))
            for space in set(text[prep.end("prep") : prep.end()]):
                chosen |= _alternatives(space)
    return _reader(chosen).match(text, at) if chosen else None


def find_all(text: str) -> list[re.Match[str]]:
    """Every date expression of ``text``, left to right, read as ``DATE_RE`` reads it."""
    found: list[re.Match[str]] = []
    last = 0
    scanned = 0  # where the previous scan match ended: the scan resumes there
    for start in _candidates(text):
        if start < scanned:
            continue
        chosen = _alternatives(_head(text, start))
        if not chosen:
            continue
        order = sorted(chosen)
        hit = _scanner(chosen).match(text, start)
        if hit is None:
            continue
        scanned = hit.end()
        if start < last:
            continue
        alternative = order[(hit.lastindex or 1) - 1]
        prep = _PREP_BEFORE_RE.search(text, max(last, start - 16), start)
        if prep is not None:
            # the preposition, its spaces, then the expression the scan found
            match = _reader(frozenset({alternative})).match(text, prep.start())
        else:
            match = _read(text, start, alternative)
        if match is None or match.end() < hit.end():  # pragma: no cover - see above
            match = _read(text, start, alternative)
        if match is not None:
            found.append(match)
            last = match.end()
    return found
