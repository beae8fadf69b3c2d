r"""
Fast yes-or-no searches for large word patterns: whether a match exists, dispatched by letter.

A pattern of the form ``(?=[letters])\b(?:B1|B2|...)`` (the incident trigger words: dozens of
alternatives, each opening with a word) is slow to search through a sentence: ``re`` tries it
at every character (the look-ahead gives it no search prefix), and at each word start it
enters every alternative in turn.  :func:`gate_source` writes a pattern that finds a match
wherever the original finds one, and only there, but does not say where or with which groups:

- it opens with ``\W``, a character set, so ``re`` skips in C to the separators and tries the
  rest only at a word's start (searched from the character before the stretch: see
  :func:`gate_search`);
- each alternative is filed under the letters it may open with (worked out from the parsed
  pattern), and the gate is one branch per letter, ``t(?<=(?=B1|B5).)``: the letter itself
  picks the branch at once, a look-behind steps back over it, and a look-ahead reads the
  original alternatives from the word's start.  An alternative that may open with more than
  :data:`_MOST_LETTERS` letters is filed under each of them *restricted* to the words of its
  opening group that may open with that letter (``\b(?:jets?|drones?)\s+...`` is
  ``\b(?:jets?)\s+...`` under "j"): each copy keeps what follows the group, so when the
  copies together would be more than :data:`_MOST_GROWTH` times as long as the alternative
  (a repeated group cannot be restricted), or when it may open with something else than a
  letter, the alternative is tried at every word start instead (behind the original
  look-ahead), so that the gate stays small to compile.

Named groups become plain groups (an alternative filed under two letters appears twice).

A gate costs a tenth to a third of a second to compile and saves tens of microseconds a
search, so a process builds it only once it has been asked for :data:`GATE_AFTER` times
(:class:`LazyGate`): a run over a few articles searches the pattern itself.
"""

from __future__ import annotations

import importlib
import re
import string
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["GATE_AFTER", "LazyGate", "gate_find", "gate_search", "gate_source"]

_c: Any = importlib.import_module("re._constants")
_parser: Any = importlib.import_module("re._parser")

_LETTERS: Final = frozenset(string.ascii_lowercase)
#: An alternative that may open with more letters than this is restricted to each letter
#: (:func:`_restrict`) before it is filed under them: whole, it would be copied that many
#: times (a longer pattern to compile).
_MOST_LETTERS: Final = 4
_REPEATS: Final = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})
_OPENING_RE: Final = re.compile(r"\(\?=\[([a-z]+)\]\)\\b\(\?:")
_NAMED_GROUP_RE: Final = re.compile(r"\(\?P<\w+>")


def _top_branches(body: str) -> tuple[list[str], int]:
    """
    The alternatives of the group that ``body`` opens inside, and where the group closes.

    ``body`` is cut at its top-level ``|`` (not inside brackets, sets or after a backslash)
    up to the ``)`` that closes the group; -1 when none does.
    """
    parts: list[str] = []
    depth = cut = i = 0
    in_set = False
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            i += 1 + (body[i + 1 : i + 2] == "^")  # a "]" first in a set is a member
            if body[i : i + 1] == "]":
                i += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                parts.append(body[cut:i])
                return parts, i
        elif char == "|" and depth == 0:
            parts.append(body[cut:i])
            cut = i + 1
        i += 1
    return parts, -1


def _set_chars(items: Any) -> set[str] | None:
    """The characters of a parsed set of literals and small ranges; ``None`` for others."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < 64:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return chars


def _first(items: Any) -> tuple[set[str] | None, bool]:  # noqa: C901, PLR0911, PLR0912 - one case per operation
    """
    The characters a match of the parsed ``items`` may open with, and whether it may be empty.

    ``None`` for "any character".  A superset: assertions are read as empty.
    """
    found: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            found.add(chr(av))
            return found, False
        if op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:
            continue
        if op is _c.IN:
            chars = _set_chars(av)
            if chars is None:
                return None, False
            return found | chars, False
        if op is _c.SUBPATTERN:
            first, empty = _first(av[3])
        elif op is _c.ATOMIC_GROUP:
            first, empty = _first(av)
        elif op is _c.BRANCH:
            first, empty = set(), False
            for branch in av[1]:
                some, may_be_empty = _first(branch)
                if some is None:
                    return None, False
                first |= some
                empty = empty or may_be_empty
        elif op in _REPEATS:
            first, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:  # any character, a back reference...
            return None, False
        if first is None:
            return None, False
        found |= first
        if not empty:
            return found, False
    return found, True


#: Zero-width openings kept in front of a restricted alternative: a word boundary, a
#: look-behind (``(?<=...)``, ``(?<!...)``).
_ZERO_WIDTH_RE: Final = re.compile(r"\\b|\(\?<[=!]")
#: An alternative filed under its letters, restricted to each (:func:`_restrict`), may be this
#: many times as long as it over its letters together (each copy keeps what follows its
#: opening group).  At 8 every alternative of the incident and meeting words is filed by
#: letter but two (the gates compile in about 0.35 s instead of 0.15 s, on first use).
_MOST_GROWTH: Final = 8


#: An opening group read by :func:`_opening_group`: what stands before its alternatives,
#: each alternative with the letters it may open with (``None``: any, or it may be empty),
#: and what follows them from the group's ``)`` on.
_Opening = tuple[str, list[tuple[str, "set[str] | None"]], str]


def _opening_group(branch: str) -> _Opening | None:
    """
    The group ``branch`` opens with, after its zero-width openings; ``None`` when none.

    Zero-width openings are word boundaries and look-behinds; a group with a quantifier
    after it is no opening group (its alternatives may repeat).
    """
    i = 0
    while True:
        zero = _ZERO_WIDTH_RE.match(branch, i)
        if zero is None:
            break
        if zero[0] == "\\b":
            i = zero.end()
            continue
        _, close = _top_branches(branch[zero.end() :])
        if close < 0:
            return None
        i = zero.end() + close + 1
    if branch.startswith("(?:", i):
        opened = i + 3
    elif branch.startswith("(", i) and not branch.startswith("(?", i):
        opened = i + 1
    else:
        return None
    parts, close = _top_branches(branch[opened:])
    after = opened + close + 1
    if close < 0 or branch[after : after + 1] in ("?", "*", "+", "{"):
        return None
    read: list[tuple[str, set[str] | None]] = []
    for part in parts:
        try:
            first, empty = _first(_parser.parse(part))
        except re.error:  # pragma: no cover - a part that refers to another group
            first, empty = None, True
        read.append((part, None if empty else first))
    return branch[:opened], read, branch[after - 1 :]


def _restrict(branch: str, letter: str, memo: dict[str, _Opening | None], depth: int = 0) -> str:
    r"""
    ``branch`` without the alternatives of its opening group that cannot open with ``letter``.

    At a position holding ``letter`` the result matches exactly where ``branch`` does: an
    alternative dropped cannot be empty and may open only with other characters (a superset,
    :func:`_first`).  Zero-width openings (``\b``, look-behinds) are kept in front; a group
    with a quantifier, or anything else, is kept whole.  ``memo`` keeps each branch's
    :func:`_opening_group` across the letters.
    """
    if branch not in memo:
        memo[branch] = _opening_group(branch)
    opening = memo[branch]
    if opening is None:
        return branch
    head, parts, tail = opening
    kept = [
        part if first is None or depth >= 4 else _restrict(part, letter, memo, depth + 1)
        for part, first in parts
        if first is None or letter in first
    ]
    if not kept:  # pragma: no cover - the branch was filed under a letter it may open with
        return branch
    return f"{head}{'|'.join(kept)}{tail}"


def _without_layout(pattern: str) -> str:
    """``pattern`` written for ``re.VERBOSE`` without its white space and comments."""
    out: list[str] = []
    i = 0
    in_set = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            j = i + 1 + (pattern[i + 1 : i + 2] == "^")
            j += pattern[j : j + 1] == "]"  # a "]" first in a set is a member
            out.append(pattern[i:j])
            i = j
            continue
        elif char == "#":
            end = pattern.find("\n", i)
            i = len(pattern) if end < 0 else end
            continue
        elif char.isspace():
            i += 1
            continue
        out.append(char)
        i += 1
    return "".join(out)


def _by_letter(
    plain: str, letters: set[str], memo: dict[str, _Opening | None]
) -> list[tuple[str, str]] | None:
    """
    The alternative ``plain`` to file under each of the ``letters`` it may open with.

    Whole under up to :data:`_MOST_LETTERS` letters, else restricted to each; ``None`` when
    the restricted copies would be too long (:data:`_MOST_GROWTH`).
    """
    if len(letters) <= _MOST_LETTERS:
        return [(letter, plain) for letter in letters]
    restricted = [(letter, _restrict(plain, letter, memo)) for letter in letters]
    if sum(len(one) for _, one in restricted) > _MOST_GROWTH * len(plain):
        return None
    return restricted


def gate_source(pattern: str, *, verbose: bool = False) -> str | None:
    """
    The gate of ``pattern`` (see the module's docstring), or ``None`` when it has no such form.

    A search of the gate from the character before a stretch finds a match exactly when a
    search of ``pattern`` through the stretch does (:func:`gate_search`).  A pattern written
    for ``re.VERBOSE`` (``verbose``) is read without its layout; the gate is not verbose.
    """
    if verbose:
        plain = _without_layout(pattern)
        # the same parsed pattern, or no gate
        if repr(_parser.parse(plain)) != repr(_parser.parse(pattern, re.VERBOSE)):
            return None
        pattern = plain
    opening = _OPENING_RE.match(pattern)
    if opening is None or "(?P=" in pattern:
        return None
    branches, close = _top_branches(pattern[opening.end() :])
    # what follows the group (a word boundary) closes each alternative
    after = pattern[opening.end() + close + 1 :]
    if close < 0 or "|" in after or "(" in after:
        return None
    lead = frozenset(opening[1])
    by_letter: dict[str, list[str]] = {}
    anywhere: list[str] = []
    memo: dict[str, _Opening | None] = {}
    for branch in branches:
        plain = _NAMED_GROUP_RE.sub("(?:", branch if not after else f"(?:{branch}){after}")
        first, empty = _first(_parser.parse(plain))
        if first is None or empty or not first <= _LETTERS:
            anywhere.append(plain)
            continue
        filed = _by_letter(plain, first & lead, memo)
        if filed is None:
            anywhere.append(plain)
            continue
        for letter, one in filed:
            by_letter.setdefault(letter, []).append(one)
    parts = [f"{letter}(?<=(?={'|'.join(by_letter[letter])}).)" for letter in sorted(by_letter)]
    if anywhere:
        parts.append(f"(?=[{opening[1]}])(?:{'|'.join(anywhere)})")
    return rf"\W(?:{'|'.join(parts)})"


def gate_search(
    gate: re.Pattern[str], pattern: re.Pattern[str], text: str, start: int, end: int
) -> bool:
    """
    Whether ``pattern.search(text, start, end)`` finds a match, asked of its ``gate``.

    ``gate`` is the compiled :func:`gate_source` of ``pattern``, or ``pattern`` itself.
    """
    if gate is pattern:  # no gate
        return pattern.search(text, start, end) is not None
    if start <= 0:
        # no character before the text: a match at its start is tried alone, the gate finds
        # those after a separator
        return pattern.match(text, 0, end) is not None or gate.search(text, 0, end) is not None
    return gate.search(text, start - 1, end) is not None


def gate_find(
    gate: re.Pattern[str], pattern: re.Pattern[str], text: str, start: int, end: int
) -> re.Match[str] | None:
    """
    ``pattern.search(text, start, end)``, searched from the first word its ``gate`` finds.

    The gate finds the character before the first word start where ``pattern`` matches (and
    only there), so the search tries the pattern at that word first and gives the match the
    search through the whole stretch gives: the same span and groups.  Where the gate finds
    nothing, neither does the pattern, and it is not searched.
    """
    if gate is pattern:
        return pattern.search(text, start, end)
    if start <= 0:
        first = pattern.match(text, 0, end)  # no character before the text (see gate_search)
        if first is not None:
            return first
        hit = gate.search(text, 0, end)
    else:
        hit = gate.search(text, start - 1, end)
    return None if hit is None else pattern.search(text, hit.start() + 1, end)


#: How many times a :class:`LazyGate` answers with its pattern (no gate) before it builds
#: the gate.  The gate of the "other" incident words takes about 0.14 s to compile and saves
#: about 40 microseconds a sentence: built on first need it cost more than it saved in any
#: process that parses fewer than a few thousand articles, and a sixth of a process's first
#: parse.  After eight asks a long run builds it within its first articles.
GATE_AFTER: Final = 8


class LazyGate:
    """
    The gate of a pattern, built on its ``GATE_AFTER + 1``-th ask; the pattern itself before.

    Called, it gives what :func:`gate_search` and :func:`gate_find` take as their gate: the
    pattern (no gate, a plain search) for the first :data:`GATE_AFTER` asks, then the gate
    ``build`` returns, built once.  Both give the same answers, so what is found does not
    depend on when the gate is built.
    """

    __slots__ = ("_asked", "_build", "_gate", "_pattern")

    def __init__(self, pattern: re.Pattern[str], build: Callable[[], re.Pattern[str]]) -> None:
        self._pattern = pattern
        self._build = build
        self._asked = 0
        self._gate: re.Pattern[str] | None = None

    def __call__(self) -> re.Pattern[str]:
        gate = self._gate
        if gate is not None:
            return gate
        self._asked += 1
        if self._asked <= GATE_AFTER:
            return self._pattern
        gate = self._gate = self._build()
        return gate

    def reset(self) -> None:
        """Forget the gate and the asks (for the tests)."""
        self._asked = 0
        self._gate = None
