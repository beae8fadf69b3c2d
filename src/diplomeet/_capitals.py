"""
Articles written all in capitals: wire copy of the teletype era, cables, some bulletins.

Every stage reads English through its capitals ("Secretary of State Walter B. Cranston
met ..."): in ``SECRETARY OF STATE WALTER B. CRANSTON CALLED IN ...`` every word looks
like a name and no sentence starts.  :func:`in_capitals` tells whether a body is such
text, at almost no cost for ordinary articles (it stops at their first lower-case
words); :func:`recase` then writes a copy of the same length in ordinary case, which
the stages read while every span still points into the original: common English words
(SCOWL's, :mod:`diplomeet._words`) in lower case, the names the library knows (countries,
demonyms, cities, organisations, titles, months and days) as its tables write them, any
other word as a name ("Cranston"), each sentence's first word capitalised.  Only the
letters' case changes, and a word whose case mapping would change its length (a few
non-ASCII letters do) is left as written.  :func:`restore` puts the original words back
into the records' texts (quotes, summaries, dates as written) and spans; names of people
and places keep the ordinary case of the copy.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice, pairwise
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from diplomeet.records import Diagnostic, Span, TimeRef

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["in_capitals", "recase", "restore"]

_T = TypeVar("_T")

# Runs of two or more letters of one case.  Mixed-case prose has a lower-case run every
# few characters; copy in capitals has none, or a stray one ("R-Calif.", "10 p.m.").
_LOWER_RUN_RE: Final = re.compile(r"[a-z]{2,}")
_UPPER_RUN_RE: Final = re.compile(r"[A-Z]{2,}")
#: How many lower-case runs are read before judging on the prefix they end.
_STRAYS: Final = 8
#: Upper-case runs per lower-case run, at least, in text in capitals.
_RATIO: Final = 20
#: Upper-case runs a text needs before it counts as written in capitals.
_MIN_WORDS: Final = 8


def in_capitals(text: str) -> bool:
    """
    Whether ``text`` is (almost) all in capitals: at most one word in 20 has lower case.

    On ordinary prose the answer comes after its first eight lower-case words, so the
    test costs a few microseconds whatever the length of the article; a headline in
    capitals at the top of a mixed-case text does not make it text in capitals.
    """
    lowers = list(islice(_LOWER_RUN_RE.finditer(text), _STRAYS))
    if len(lowers) == _STRAYS:
        if len(_UPPER_RUN_RE.findall(text, 0, lowers[-1].end())) < _STRAYS * _RATIO:
            return False  # ordinary prose (perhaps after a headline in capitals)
        strays = len(_LOWER_RUN_RE.findall(text))
    else:
        strays = len(lowers)
    words = len(_UPPER_RUN_RE.findall(text))
    return words >= _MIN_WORDS and strays * _RATIO <= words


# A word: letters, with an apostrophe inside ("CHINA'S", "DON'T").
_WORD_RE: Final = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
# What may stand between the words of one name ("UNITED STATES", "ADDIS ABABA").
_NAME_GAP_RE: Final = re.compile(r"[ \-]")
# What may stand between a sentence's end and its first word; what may close a sentence.
_OPENING: Final = frozenset(" \t'\"\u2018\u201c(")
_CLOSING: Final = frozenset("'\"\u2019\u201d)")
# A dateline's place opening a paragraph, kept in capitals as ordinary copy writes it
# ("BONN, Germany, May 14 (UPI) --"): a place of up to three words, then perhaps a region
# or month, then a day, an agency in brackets or a dash.
_DATELINE_PLACE_RE: Final = re.compile(
    r"^[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,2}"
    r"(?=(?:, [A-Z][A-Z.]*)*(?:,? \d{1,2}\b|\s?\(|\s?--|\s[-\u2013\u2014]\s))",
    re.MULTILINE,
)
#: The longest name of the tables read as one phrase, in words.
_LONGEST: Final = 5

#: Days and months, written with a capital; "may" and "march" only by a date's number.
_CALENDAR: Final = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February April June "
    "July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept "
    "Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun"
)
_DATE_MONTHS: Final = frozenset({"may", "march"})
# The words before a month that make "MAY" and "MARCH" one ("IN MARCH", "LAST MAY").
_BEFORE_MONTH: Final = frozenset(
    {"in", "since", "last", "next", "early", "late", "mid", "until", "till", "of", "this"}
)
_SMALL_WORDS: Final = frozenset({"of", "the", "and", "for", "on", "de", "du", "al", "el", "la"})
# "A.M.", "P.M.": lower case in ordinary prose.
_CLOCK: Final = frozenset({"a.m", "p.m"})


def _add(names: dict[str, str], common: frozenset[str], written: str, *, common_too: bool) -> None:
    """Add one name of a table, unless a common word could be meant ("Reading", "WHO")."""
    written = " ".join(written.split()).removeprefix("the ")
    key = written.lower()
    if not written or len(key) != len(written) or not written[:1].isupper():
        return
    if (not common_too or written.isupper()) and " " not in key and key in common:
        return
    names.setdefault(key, written)


@cache
def _names() -> tuple[Mapping[str, str], frozenset[str], frozenset[str], frozenset[str]]:
    """
    The names the library knows: lower-cased -> as written, and their first words.

    Then the common words, and those of them that are also names.

    Built on the first article in capitals (the stages have loaded their tables by then;
    the word list is loaded only now).
    """
    from diplomeet import _countries, _orgs, _places, _titles, _words  # noqa: PLC0415
    from diplomeet.outlets import _agencies  # noqa: PLC0415

    names: dict[str, str] = {}
    common = _words.COMMON
    countries = (*_countries.COUNTRY_NAMES, *_countries.DEMONYMS, *_countries.PEOPLES)
    places = (*_countries.CITIES, *_places.CAPITALS, *_places.SUBDIVISIONS)
    # "AP", "UPI", "TASS": an agency's acronym
    agencies = (name.upper() for name in _agencies.AGENCIES if len(name) <= 5 and " " not in name)
    # "Foreign Minister", "Minister of Defence", "Foreign Ministry": as news prose writes them
    offices = (
        *_titles.TITLES,
        *(f"{p} {h}" for p in _titles.PORTFOLIOS for h in (*_titles.PORTFOLIO_HEADS, "ministry")),
        *(f"{h} of {p}" for p in _titles.PORTFOLIOS for h in _titles.PORTFOLIO_HEADS),
    )
    titles = (
        " ".join(
            w if w in _SMALL_WORDS else "-".join(p.capitalize() for p in w.split("-"))
            for w in title.split()
        )
        for title in offices
    )
    for name in (*countries, *_orgs.ORGANIZATIONS, *agencies, *titles, *_CALENDAR.split()):
        _add(names, common, name, common_too=True)
    for name in places:
        _add(names, common, name, common_too=False)
    for word in _DATE_MONTHS:
        names.pop(word, None)
    firsts = frozenset(m.group() for key in names if (m := _WORD_RE.match(key)) is not None)
    return names, firsts, common, _words.ALSO_NAMES


def recase(text: str) -> str:
    """
    ``text`` in ordinary case, of the same length, for text written in capitals.

    Common words go to lower case, the names of the library's tables are written as
    there, other words as names; the first word of each sentence gets its capital.
    """
    names, firsts, common, also_names = _names()
    words = list(_WORD_RE.finditer(text))
    # whether word k and word k + 1 may belong to one name ("UNITED STATES", "ADDIS ABABA")
    joined = [
        _NAME_GAP_RE.fullmatch(text, left.end(), right.start()) is not None
        for left, right in pairwise(words)
    ]
    tables = (names, firsts, joined)
    decided: list[str | None] = [None] * len(words)
    unknown = [False] * len(words)
    i = 0
    while i < len(words):
        step = _known_name(text, words, i, tables, decided)
        if not step:
            decided[i], unknown[i] = _one_word(text, words, i, common)
            step = 1
        i += step
    _names_by_neighbours(text, words, (decided, unknown), names, also_names)
    out = list(text)
    places = {m.start(): m.end() for m in _DATELINE_PLACE_RE.finditer(text)}
    kept = 0
    for word_match, written in zip(words, decided, strict=True):
        start, end = word_match.span()
        kept = places.get(start, kept)
        if written is None or end <= kept:
            continue  # an initial's letters ("U.S."), kept as written
        cased = written
        if _starts_sentence(text, start):
            cased = cased[:1].upper() + cased[1:]
        if len(cased) == end - start:
            out[start:end] = cased
    return "".join(out)


def _names_by_neighbours(
    text: str,
    words: list[re.Match[str]],
    state: tuple[list[str | None], list[bool]],
    names: Mapping[str, str],
    also_names: frozenset[str],
) -> None:
    """
    Read the common words that are also names by the words around them.

    After a name or a title: "JAMES BAKER", "PRESIDENT BUSH"; opening an aside before a
    name: "MINISTER, PARK DONG-SOO,"; an institution after a name: "PEIPING RADIO".
    """
    decided, unknown = state
    for i, word_match in enumerate(words):
        key = word_match.group().lower()
        if decided[i] != key:
            continue
        name_like = key in also_names and key not in _NOT_NAMES
        if (name_like or key in _INSTITUTIONS) and _after_name(text, words, state, i, names):
            decided[i] = word_match.group().capitalize()
            unknown[i] = key not in _INSTITUTIONS
        elif name_like and _opens_name(text, words, unknown, i):
            decided[i] = word_match.group().capitalize()
            unknown[i] = True


def _starts_sentence(text: str, start: int) -> bool:
    """
    Whether the word at ``start`` opens a sentence.

    It does as a paragraph's first, or after . ! ? : or a dateline's dash; not after an
    initial ("B. SMITH", "10 A.M. AND").
    """
    k = start
    while k > 0 and text[k - 1] in _OPENING:
        k -= 1
    if k == 0 or text[k - 1] == "\n":
        return True
    if text[k - 2 : k] == "--" or text[k - 1 : k] in {"\u2013", "\u2014"}:
        return True  # a dateline's dash: "BONN (UPI)--WEST GERMAN ..."
    if not any(char.isspace() for char in text[k:start]):
        return False
    if text[k - 2 : k] == " -":
        return True  # "LIMA, OCT 9, REUTER - THE ..."
    while k > 0 and text[k - 1] in _CLOSING:
        k -= 1
    if text[k - 1 : k] not in {".", "!", "?", ":"}:
        return False
    return not (k >= 2 and text[k - 2].isalpha() and (k == 2 or not text[k - 3].isalpha()))


def _one_word(  # noqa: PLR0911 - one return per kind of word
    text: str, words: list[re.Match[str]], i: int, common: frozenset[str]
) -> tuple[str | None, bool]:
    """How word ``i`` is written (``None``: as it is), and whether it is an unknown name."""
    word = words[i].group()
    key = word.lower()
    start, end = words[i].span()
    if text[end : end + 1] == "." and text[end + 1 : end + 2].isalpha():
        # "A.M.", "U.S.": the clock's in lower case, other initials as written
        return (key if f"{key}.{text[end + 1 : end + 2].lower()}" in _CLOCK else None), False
    if start >= 2 and text[start - 1] == "." and text[start - 2].lower() + "." + key in _CLOCK:
        return key, False  # the "M" of "A.M."
    if len(word) == 1:
        # "A" is the article unless it is an initial ("A. SMITH"); other letters stay
        return (key if key == "a" and text[end : end + 1] != "." else word), False
    if (
        start >= 2  # a party and state: "R-CALIF.", "D-MASS."
        and text[start - 1] == "-"
        and text[start - 2].isupper()
        and (start == 2 or not text[start - 3].isalpha())
    ):
        return word.capitalize(), False
    base = key.split("'")[0].split("\u2019")[0]
    if base in _DATE_MONTHS and _is_date_month(text, words, i):
        return word.capitalize(), False
    if base in common:
        return key, False
    if len(base) == 1 and len(key) > 2:
        # "O'BRIEN", "D'ALEMA": both parts of the name get their capital
        return word[:2] + word[2:].capitalize(), True
    return word.capitalize(), True


def _known_name(
    text: str,
    words: list[re.Match[str]],
    i: int,
    tables: tuple[Mapping[str, str], frozenset[str], list[bool]],
    decided: list[str | None],
) -> int:
    """Write the longest known name starting at word ``i``; return its length in words."""
    names, firsts, joined = tables
    if words[i].group().lower() not in firsts:
        return 0
    last = i
    while last + 1 < len(words) and last - i + 1 < _LONGEST and joined[last]:
        last += 1
    for j in range(last, i - 1, -1):
        start, end = words[i].start(), words[j].end()
        key = text[start:end].lower()
        written = names.get(key)
        if written is None and key.endswith(("'s", "\u2019s")):
            # "NORTH KOREA'S": the name, then its possessive
            written = names.get(key[:-2])
            written = None if written is None else written + key[-2:]
        if written is None or len(written) != end - start:
            continue
        for k in range(i, j + 1):
            decided[k] = written[words[k].start() - start : words[k].end() - start]
        return j - i + 1
    return 0


def _is_date_month(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether "MAY" or "MARCH" at word ``i`` is the month: by a number or "in", "last"."""
    end = words[i].end()
    after = text[end : end + 3].lstrip(" .")
    before = text[max(0, words[i].start() - 3) : words[i].start()].rstrip()
    if after[:1].isdigit() or before[-1:].isdigit():
        return True
    return i > 0 and words[i - 1].group().lower() in _BEFORE_MONTH


def _after_name(
    text: str,
    words: list[re.Match[str]],
    state: tuple[list[str | None], list[bool]],
    i: int,
    names: Mapping[str, str],
) -> bool:
    """Whether word ``i`` follows a name (no table's), a title or a middle initial."""
    decided, unknown = state
    if i == 0:
        return False
    before = words[i - 1]
    gap = text[before.end() : words[i].start()]
    if gap == " ":
        previous = decided[i - 1]
        return unknown[i - 1] or (
            previous is not None and previous[:1].isupper() and previous.lower() in names
        )
    return gap == ". " and len(before.group()) == 1  # "WALTER B. BAKER"


def _opens_name(text: str, words: list[re.Match[str]], unknown: list[bool], i: int) -> bool:
    """Whether word ``i`` opens an aside or a sentence and an unknown name follows it."""
    if i + 1 >= len(words) or not unknown[i + 1]:
        return False
    if text[words[i].end() : words[i + 1].start()] not in {" ", "-"}:
        return False
    before = text[words[i - 1].end() : words[i].start()] if i else "\n"
    return bool(before.strip(" ")) and before.strip(" ")[-1] in ",(\n.:"


#: Words too common to be read as a surname after a name: "TILLMAN WILL RAISE".
_NOT_NAMES: Final = frozenset(
    {
        "am",
        "as",
        "at",
        "be",
        "he",
        "in",
        "it",
        "me",
        "or",
        "so",
        "us",
        "who",
        "will",
        "may",
        "more",
        "now",
        "news",
        "good",
        "best",
        "left",
        "long",
        "said",
        "says",
        "told",
        "also",
        "only",
        "even",
        "ever",
        "then",
        "than",
        "when",
        "here",
        "there",
        "over",
        "under",
        "after",
    }
)
#: Nouns that name an institution after a name: "PEIPING RADIO", "TASS NEWS AGENCY".
_INSTITUTIONS: Final = frozenset(
    {
        "radio",
        "agency",
        "committee",
        "council",
        "ministry",
        "army",
        "navy",
        "command",
        "party",
        "front",
        "assembly",
        "television",
        "embassy",
        "office",
        "department",
        "university",
        "institute",
        "commission",
    }
)


def restore(original: str, record: _T) -> _T:
    """
    ``record`` with its texts and spans read from ``original`` instead of the re-cased copy.

    Spans get the original characters; a quote, summary, date text, cue or topic found in
    the record's evidence is replaced by the original words at the same place.  Names of
    actors and places keep the copy's ordinary case.  Lists and tuples of records are
    restored item by item.
    """
    restored: _T = _restore(original, record, None)
    return restored


def _restore(original: str, value: Any, evidence: Span | None) -> Any:
    if isinstance(value, Span):
        return Span(start=value.start, end=value.end, text=original[value.start : value.end])
    if isinstance(value, TimeRef | Diagnostic):
        return _restore_spanned(original, value)
    if isinstance(value, tuple | list):
        items = [_restore(original, item, evidence) for item in value]
        return tuple(items) if isinstance(value, tuple) else items
    if not attrs.has(type(value)):
        return value
    own = getattr(value, "evidence", None)
    if isinstance(own, Span):
        evidence = own
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        current = getattr(value, field.name)
        if field.name in _TEXT_FIELDS and evidence is not None:
            changes[field.name] = _texts(original, current, evidence)
        elif field.name not in _NAME_HOLDERS and (
            isinstance(current, Span | tuple | list) or attrs.has(type(current))
        ):
            changes[field.name] = _restore(original, current, evidence)
    return attrs.evolve(value, **changes) if changes else value


def _restore_spanned(original: str, value: TimeRef | Diagnostic) -> TimeRef | Diagnostic:
    """A date or diagnostic with its span (and a date's text) as the original writes it."""
    if value.span is None:
        return value
    span = Span(
        start=value.span.start, end=value.span.end, text=original[value.span.start : value.span.end]
    )
    if isinstance(value, Diagnostic):
        return attrs.evolve(value, span=span)
    text = span.text if value.text == value.span.text else value.text
    return attrs.evolve(value, span=span, text=text)


#: The record fields holding words of the text (quotes, summaries, cues, topics).
_TEXT_FIELDS: Final = frozenset({"quote", "summary", "cue", "topics", "setting"})
#: The fields whose records hold names, kept in ordinary case.
_NAME_HOLDERS: Final = frozenset(
    {"speaker", "addressee", "place", "participants", "accompanied_by", "actors"}
)


def _texts(original: str, value: object, evidence: Span) -> object:
    if isinstance(value, tuple):
        return tuple(_text(original, item, evidence) for item in value)
    if isinstance(value, str):
        return _text(original, value, evidence)
    return value


def _text(original: str, value: str, evidence: Span) -> str:
    """``value`` as the original writes it, when the evidence holds it (case aside)."""
    copy = original[evidence.start : evidence.end].lower()
    key = value.lower()
    at = copy.find(key)
    if at < 0 or len(key) != len(value) or len(copy) != evidence.end - evidence.start:
        return value
    start = evidence.start + at
    return original[start : start + len(value)]
