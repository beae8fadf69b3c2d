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
    DATE_RE,
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
#: After the look-ahead, captured for :func:`_head`: the first word, and the spaces after
#: it when a word follows.
_WORDS_AHEAD: Final = r"(?:(?=(\w+)(?:(\s+)(?=\w))?))?"
_CANDIDATE_RE: Final = re.compile(_SEPARATOR + _FIRST_LOWER + _WORDS_AHEAD)

#: A candidate: its offset, its first word in lower case (``""`` when it opens with an
#: apostrophe) and the offset after that word's following spaces (-1 when none).
_Candidate = tuple[int, str, int]


@functools.cache
def _candidate_any_case_re() -> re.Pattern[str]:
    """``_CANDIDATE_RE`` for text that lower-casing would lengthen (letters such as "İ")."""
    return re.compile(_SEPARATOR + _FIRST_LOWER + _WORDS_AHEAD, re.IGNORECASE)


def _candidates(text: str) -> list[_Candidate]:
    """Where an expression may start: a superset of the offsets ``_FIRST`` accepts."""
    lowered = text.lower()
    # The separator stands one before the word; the leading space shifts offsets back.
    if len(lowered) == len(text):
        return [
            (m.start(), m[1] or "", m.end(2) - 1) for m in _CANDIDATE_RE.finditer(" " + lowered)
        ]
    return [
        (m.start(), (m[1] or "").lower(), m.end(2) - 1)
        for m in _candidate_any_case_re().finditer(" " + text)
    ]


# --- 2. which alternatives can start with a word --------------------------------------------

_Items = Sequence[tuple[Any, Any]]

_REPEATS: Final = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})
# The operations, read once: a module attribute costs a lookup at each test of the walk.
_LITERAL: Final[Any] = _c.LITERAL
_NOT_LITERAL: Final[Any] = _c.NOT_LITERAL
_IN: Final[Any] = _c.IN
_ANY: Final[Any] = _c.ANY
_AT: Final[Any] = _c.AT
_ASSERT: Final[Any] = _c.ASSERT
_ASSERT_NOT: Final[Any] = _c.ASSERT_NOT
_SUBPATTERN: Final[Any] = _c.SUBPATTERN
_ATOMIC_GROUP: Final[Any] = _c.ATOMIC_GROUP
_BRANCH: Final[Any] = _c.BRANCH
_NEGATE: Final[Any] = _c.NEGATE
_RANGE: Final[Any] = _c.RANGE
_CATEGORY: Final[Any] = _c.CATEGORY


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
    key = (id(items), char)
    hit = _IN_SET_SEEN.get(key)
    if hit is None:
        if len(_IN_SET_SEEN) >= _IN_SET_SEEN_MAX:  # pragma: no cover - bounded on any input
            _IN_SET_SEEN.clear()
        hit = _IN_SET_SEEN[key] = _in_set_read(items, char)
    return hit


#: :func:`_in_set`'s answers, by the set's id (the sets live as long as :func:`_parsed`'s
#: cache) and the character: the heads' walks test the same few sets on the same letters.
_IN_SET_SEEN: dict[tuple[int, str], bool] = {}
#: A number's head holds the character after it, any character: the answers stay bounded.
_IN_SET_SEEN_MAX: Final = 100_000


def _in_set_read(items: _Items, char: str) -> bool:
    negate = hit = False
    for op, av in items:
        if op is _NEGATE:
            negate = True
        elif op is _LITERAL:
            hit = hit or char == chr(av)
        elif op is _RANGE:
            hit = hit or av[0] <= ord(char) <= av[1]
        elif op is _CATEGORY and av in _CATEGORY_TESTS:
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


class _Reach:
    """
    Where a parsed pattern may stop when it matches from a given offset of ``head``.

    A set-based walk of the parsed pattern (each position once, memoised), which answers
    yes whenever it is not sure: at the end of ``head`` (the text goes on), at a
    look-behind or a negative look-ahead, at a back reference.  So "cannot start" means
    no match can start with ``head``.
    """

    __slots__ = ("_memo", "exhausted", "head")

    def __init__(self, head: str) -> None:
        self.head = head
        self.exhausted = False  # some path ran to the end of head: it may go on matching
        self._memo: dict[tuple[int, int], tuple[frozenset[int], bool]] = {}

    def may_start(self, items: _Items) -> bool:
        """Whether a match of ``items`` may start with ``head``."""
        self.exhausted = False
        return bool(self.sequence(items, 0)) or self.exhausted

    def sequence(self, items: _Items, pos: int) -> frozenset[int]:
        """The offsets where ``items`` may end when started at ``pos``."""
        key = (id(items), pos)
        cached = self._memo.get(key)
        if cached is not None:
            found, ran_out = cached
            self.exhausted = self.exhausted or ran_out
            return found
        before = self.exhausted
        self.exhausted = False
        current = {pos}
        for item in items:
            following: set[int] = set()
            for at in current:
                if at >= len(self.head):
                    self.exhausted = True
                else:
                    following |= self.item(item, at)
            current = following
            if not current:
                break
        found = frozenset(current)
        self._memo[key] = (found, self.exhausted)
        self.exhausted = before or self.exhausted
        return found

    def item(self, item: tuple[Any, Any], pos: int) -> frozenset[int] | set[int]:  # noqa: C901, PLR0911, PLR0912 - one case per operation
        """The offsets where one parsed operation may end when started at ``pos``."""
        op, av = item
        char = self.head[pos]
        if op is _LITERAL:
            return {pos + 1} if char == chr(av) else set()
        if op is _NOT_LITERAL:
            return {pos + 1} if char != chr(av) else set()
        if op is _IN:
            hit = _IN_SET_SEEN.get((id(av), char))
            if hit is None:
                hit = _in_set(av, char)
            return {pos + 1} if hit else set()
        if op is _ANY:
            return {pos + 1}
        if op is _AT:
            return {pos} if _at(av, self.head, pos) else set()
        if op is _ASSERT:
            direction, sub = av
            if direction == 1:
                before = self.exhausted
                self.exhausted = False
                may = bool(self.sequence(sub, pos)) or self.exhausted
                self.exhausted = before
                return {pos} if may else set()
            return {pos}
        if op is _ASSERT_NOT:
            return {pos}
        if op is _SUBPATTERN:
            return self.sequence(av[3], pos)
        if op is _ATOMIC_GROUP:
            return self.sequence(av, pos)
        if op is _BRANCH:
            code = ord(char)
            ends: set[int] = set()
            for branch in av[1]:
                # most branches of a word list open with a letter (or a letter in either
                # case, "[tT]"): skip the others at once
                if branch:
                    first_op, first_av = branch[0]
                    if first_op is _LITERAL:
                        if first_av != code:
                            continue
                    elif first_op is _IN and not (
                        _IN_SET_SEEN.get((id(first_av), char)) or _in_set(first_av, char)
                    ):
                        continue
                ends |= self.sequence(branch, pos)
            return ends
        if op in _REPEATS:
            return self.repeat(av, pos)
        self.exhausted = True  # a back reference: it may match
        return set()

    def repeat(self, av: tuple[int, int, _Items], pos: int) -> set[int]:
        """The offsets where ``sub{low,high}`` may end when started at ``pos``."""
        low, high, sub = av
        frontier = {pos}
        for _ in range(low):
            frontier = self.step(sub, frontier)
        ends = set(frontier)
        count = low
        while frontier and count < high:
            frontier = self.step(sub, frontier) - ends
            ends |= frontier
            count += 1
        return ends

    def step(self, sub: _Items, starts: set[int]) -> set[int]:
        ends: set[int] = set()
        for at in starts:
            if at >= len(self.head):
                self.exhausted = True
            else:
                ends |= self.sequence(sub, at)
        return ends


def _plain(items: Any) -> tuple[tuple[Any, Any], ...]:
    """
    A parsed pattern as nested tuples, the same operations and arguments.

    The parser's ``SubPattern`` reads each item through a Python ``__getitem__``, which the
    walk of :class:`_Reach` would call a million times over a few thousand heads.
    """
    out = []
    for op, av in items:
        if op is _SUBPATTERN:
            arg: Any = (*av[:3], _plain(av[3]))
        elif op is _ATOMIC_GROUP:
            arg = _plain(av)
        elif op is _BRANCH:
            arg = (av[0], tuple(_plain(branch) for branch in av[1]))
        elif op in _REPEATS:
            arg = (av[0], av[1], _plain(av[2]))
        elif op is _ASSERT or op is _ASSERT_NOT:
            arg = (av[0], _plain(av[1]))
        elif op is _IN:
            arg = tuple(av)
        else:
            arg = av
        out.append((op, arg))
    # Equal parts (a month, a year, a number: many alternatives hold them) become one
    # object, so one walk's memo, keyed by the part's id, serves every alternative.
    whole = tuple(out)
    return _PLAIN.setdefault(whole, whole)


_PLAIN: dict[tuple[tuple[Any, Any], ...], tuple[tuple[Any, Any], ...]] = {}


@functools.cache
def _parsed() -> tuple[_Items, ...]:
    """The parsed alternatives of the grammar (parsed once, on first use), as tuples."""
    return tuple(_plain(_parser.parse(_initial_caps(body))) for _, body in _ALTERNATIVES)


#: The words a head may be: those that open expressions, and the prepositions.  Another
#: word (a number, a name) is looked up by its first character, so that the caches stay
#: small.
_VOCABULARY: Final = frozenset(
    word
    for phrase in (*_FIRST_WORDS, *FREQUENCIES, *MONTHS, *WEEKDAYS, *NUMBER_WORDS)
    for word in re.findall(r"\w+", phrase)
) | frozenset(re.findall(r"[a-z]+", _PREP))
_HEAD_RE: Final = re.compile(r"(\w+)(?:\s+(?=\w))?")


_WORD_RE: Final = re.compile(r"\w+")


def _head(text: str, start: int, word: str | None = None, spaces_end: int = -1) -> tuple[str, str]:
    """
    The start of ``text[start:]`` that decides which alternatives may match there.

    The first word when it is in :data:`_VOCABULARY`, with the spaces and the whole next
    word when that word is in the vocabulary too, else its first letter ("in March" opens
    a few alternatives; "the talks" is read as "the t"); a number with the character after
    it ("2019,", "2 "); else only the first character.  Always a prefix of the text, so that
    :func:`_alternatives` can read it as such.  Returned with a shorter head for
    :func:`_alternatives_seen` to fall back on while the long one is rare: the first
    word and the next word's first letter, or the first character.  ``word`` (lower
    case) and ``spaces_end`` are those of :func:`_candidates`, when known.
    """
    if word is None:
        found = _HEAD_RE.match(text, start)
        if found is None:
            return text[start], text[start]
        word = found[1].lower()
        spaces_end = found.end() if found.end() > found.end(1) else -1
    if word[:1].isdecimal():
        return text[start : start + len(word) + 1], text[start]
    if word not in _VOCABULARY:
        return text[start], text[start]
    if spaces_end > 0:
        short = text[start : spaces_end + 1]
        after = _WORD_RE.match(text, spaces_end)
        # The next word whole only when it may narrow the alternatives (a word of the
        # grammar, a number): "the talks", "a senior" and every other "the X" would each
        # be a head of its own, worked out at about half a millisecond, without end over a
        # large corpus.  Its first letter is a prefix as good for every other word.
        if after is not None and after[0].lower() in _VOCABULARY:
            return text[start : after.end()], short
        return short, short
    head = text[start : start + len(word)]
    return head, head


@functools.lru_cache(maxsize=32768)
def _alternatives(head: str) -> tuple[int, ...]:
    """The alternatives of the grammar a match of which can start with ``head``, in order."""
    if len(head) == 1:
        candidates: tuple[int, ...] = tuple(range(len(_ALTERNATIVES)))
    else:  # narrow down those of a shorter head: the first word, or its first letter
        word = _HEAD_RE.match(head)
        shorter = word[1] if word is not None and word.end(1) < len(head) else head[0]
        candidates = _alternatives(shorter)
    parsed = _parsed()
    reach = _Reach(head)  # one walk for all: its memo serves the parts they share
    return tuple(index for index in candidates if reach.may_start(parsed[index]))


#: How many times each head has been met before its own alternatives were worked out;
#: -1 once they are.
_MET: dict[str, int] = {}
#: A head is worked out on its third meeting; before that, its first character's
#: alternatives (a superset, so the matches are the same) stand in.  Rare heads then cost
#: nothing to work out, and the first articles of a process do not wait for every head
#: they hold.
_WORK_OUT_AFTER: Final = 2


def _alternatives_seen(head: str, short: str) -> tuple[int, ...]:
    """
    :func:`_alternatives` of ``head`` once it is common; before, of ``short``.

    ``short`` is a shorter prefix of the same text (so its alternatives are a superset),
    worked out on its third meeting itself, its first character standing in before.
    """
    met = _MET.get(head, 0)
    if met < 0 or len(head) == 1:
        return _alternatives(head)
    if len(_MET) > 100_000:  # pragma: no cover - memory stays bounded on endless new heads
        _MET.clear()
    if met < _WORK_OUT_AFTER:
        _MET[head] = met + 1
        return _alternatives_seen(short, short[0]) if short != head else _alternatives(head[0])
    _MET[head] = -1
    return _alternatives(head)


# --- 3. the scan and the reading ----------------------------------------------------------------

#: ``_FIRST`` where it stands in the full scan: after the left edge.
_FIRST_RE: Final = re.compile(_LEFT_EDGE + _FIRST)


@functools.cache
def _scanner(index: int) -> re.Pattern[str]:
    """
    The scan for the alternative ``index`` alone, without capturing groups.

    A regex with many groups saves and restores all of them at every failed alternative;
    one regex per alternative, tried in grammar order after ``_FIRST``, finds what the
    scan with all of them finds.
    """
    body = _ALTERNATIVES[index][1]
    return re.compile(
        re.sub(r"\(\?P<\w+>", "(?:", _initial_caps(body)).replace("(?P=num_sep)", "[/.]")
    )


@functools.cache
def _reader(index: int) -> re.Pattern[str]:
    """
    :data:`~diplomeet.dates._grammar.DATE_RE` with the alternative ``index`` alone.

    Its groups have the names they have in ``DATE_RE`` (the preposition, the alternative,
    the alternative's parts), which is all a handler reads; the alternative's group closes
    last, so :func:`~diplomeet.dates._grammar.kind` names it.
    """
    name, body = _ALTERNATIVES[index]
    return re.compile(_initial_caps(_LEFT_EDGE + _PREP + f"(?P<{name}>{body})"))


_PREP_AT_RE: Final = re.compile(_initial_caps(_PREP[3:-2]))


#: Words that pass ``_FIRST`` by themselves, as a whole word, in lower case or with an
#: initial capital (its first word trie).
_PASSES_FIRST: Final = frozenset(
    form
    for word in (set(_FIRST_WORDS) - _FUNCTION_WORDS) | set(FREQUENCIES)
    if word.isalpha()
    for form in (word, word[0].upper() + word[1:])
)
_NOT_AN_EDGE: Final = frozenset("_$\u00a3\u20ac#/.-")
_JOINERS: Final = frozenset("-'\u2019.")


#: Capitalised weekdays and months, which pass ``_FIRST`` unless a hyphen or an apostrophe
#: follows ("Monday-Friday", "March's" go to the regex).
_CAPITALISED: Final = frozenset(
    word[0].upper() + word[1:] for word in (*MONTHS, *(w for w in WEEKDAYS if len(w) > 4))
)


def _passes_first(text: str, start: int, word: str) -> bool:
    """``_FIRST_RE.match(text, start)``, without the regex for a plain opening word."""
    token = text[start : start + len(word)]
    if token in _PASSES_FIRST or (
        token in _CAPITALISED and text[start + len(word) : start + len(word) + 1] not in _JOINERS
    ):
        if start == 0:
            return True
        before = text[start - 1]  # the left edge: not a word character, nor "$#/.-"
        return not (before.isalnum() or before in _NOT_AN_EDGE)
    return _FIRST_RE.match(text, start) is not None


_Scanners = tuple[tuple[re.Pattern[str], int], ...]

#: The scanners of a worked-out head (see :func:`_alternatives_seen`) with their indices,
#: in grammar order: one dictionary read per candidate instead of a call per alternative.
_READY: dict[str, _Scanners] = {}
#: Heads kept in :data:`_READY`, as many as :func:`_alternatives` caches.
_READY_MAX: Final = 32768


def _scanners(head: str, short: str) -> _Scanners:
    """The scanners of :func:`_alternatives_seen` for ``head``, kept once it is worked out."""
    chosen = _alternatives_seen(head, short)
    scanners = tuple((_scanner(index), index) for index in chosen)
    if _MET.get(head, 0) < 0 or len(head) == 1:  # worked out: its own alternatives
        if len(_READY) >= _READY_MAX:  # pragma: no cover - bounded on endless new heads
            _READY.clear()
        _READY[head] = scanners
    return scanners


def _scan(text: str, candidate: _Candidate) -> tuple[re.Match[str], int] | None:
    """The scan's match at a candidate and the alternative that made it, or ``None``."""
    start, word, _ = candidate
    head, short = _head(text, *candidate)
    scanners = _READY.get(head)
    if scanners is None:
        scanners = _scanners(head, short)
    if not scanners or not _passes_first(text, start, word):
        return None
    for scanner, index in scanners:
        hit = scanner.match(text, start)
        if hit is not None:
            return hit, index
    return None


def find_all(text: str) -> list[re.Match[str]]:
    """Every date expression of ``text``, left to right, read as ``DATE_RE`` reads it."""
    found: list[re.Match[str]] = []
    last = 0
    scanned = 0  # where the previous scan match ended: the scan resumes there
    for candidate in _candidates(text):
        start = candidate[0]
        if start < scanned:
            continue
        scan = _scan(text, candidate)
        if scan is None:
            continue
        hit, index = scan
        scanned = hit.end()
        if start < last:
            continue
        # The grammar reads the expression with the alternative the scan found, the first
        # to match at its start: after a preposition and its spaces (found here on the
        # left), or at the start itself.  Only a preposition at the start itself may be
        # read otherwise, as the expression's first word or not: then the whole grammar.
        # a preposition ends with the spaces before the expression
        prep = (
            _PREP_BEFORE_RE.search(text, last if last > start - 16 else start - 16, start)
            if start and text[start - 1].isspace()
            else None
        )
        if prep is not None:
            match = _reader(index).match(text, prep.start())
        elif _PREP_AT_RE.match(text, start) is None:
            match = _reader(index).match(text, start)
        else:
            match = DATE_RE.match(text, start)
        if match is None or match.end() < hit.end():  # pragma: no cover - see above
            match = DATE_RE.match(text, start)
        if match is not None:
            found.append(match)
            last = match.end()
    return found
