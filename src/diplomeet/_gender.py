"""
What an article itself tells of its people's gender, for "he" and "she".

Only the text's own words count, never a guess from a first name: a courtesy or noble title
before the name ("Mrs. A", "Sir B", "Dame C"), a gendered office noun before it or in
apposition ("spokeswoman D", "E, the congresswoman from Ohio"), a reflexive right after it
("F herself"), and, as weaker evidence, a possessive or subject pronoun right after the name
and its verb ("G and her aides", "H said he would"), of which one alone is not enough. The
"-man" office nouns ("spokesman") are weak evidence too: outlets write them of women. A
surname with evidence both ways keeps the gender its evidence mostly tells (twice as much),
else none.

Titles are the courtesy and noble titles of English usage (Debrett's, "Forms of address")
and the office nouns whose form tells the holder's gender.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final, Literal

from diplomeet._document import Document

Gender = Literal["m", "f"]

#: Words before a name that tell its bearer's gender (courtesy and noble titles; offices).
GENDER_BEFORE_NAME: Final[Mapping[str, Gender]] = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "spokesman": "m",
    "congressman": "m",
    "chairman": "m",
    "assemblyman": "m",
    "councilman": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "queen": "f",
    "princess": "f",
    "spokeswoman": "f",
    "congresswoman": "f",
    "chairwoman": "f",
    "assemblywoman": "f",
    "councilwoman": "f",
    "businesswoman": "f",
    "businessman": "m",
}

#: Office nouns that tell the gender of the person they stand in apposition to.
_OFFICE_NOUNS: Final = (
    "spokesman|spokeswoman|congressman|congresswoman|chairman|chairwoman|assemblyman|"
    "assemblywoman|councilman|councilwoman|businessman|businesswoman"
)

#: Kin nouns that tell the gender of the person they stand in apposition to ("B, A's daughter").
_KIN_NOUNS: Final = (
    "wife|husband|daughter|son|mother|father|sister|brother|widow|widower|girlfriend|"
    "boyfriend|niece|nephew|aunt|uncle|grandmother|grandfather"
)
_KIN_GENDER: Final[Mapping[str, Gender]] = {
    "husband": "m",
    "son": "m",
    "father": "m",
    "brother": "m",
    "widower": "m",
    "boyfriend": "m",
    "nephew": "m",
    "uncle": "m",
    "grandfather": "m",
    "wife": "f",
    "daughter": "f",
    "mother": "f",
    "sister": "f",
    "widow": "f",
    "girlfriend": "f",
    "niece": "f",
    "aunt": "f",
    "grandmother": "f",
}

_NAME: Final = r"[A-Z][\w'\u2019-]+"
#: A name that opens a pattern at a word's start: ``\b`` + :data:`_NAME`, the boundary read
#: after the first letter, so that the pattern opens with a set of letters, which the regex
#: engine skips to in C instead of trying the whole pattern at every character.
_NAME_AT_WORD: Final = r"[A-Z](?<!\w.)[\w'\u2019-]+"
_TITLE_RE: Final = re.compile(
    # each word's first letter, then the boundary before it (see _NAME_AT_WORD)
    r"(M(?<!\w.)(?:r|rs|s|iss)|S(?<!\w.)ir|L(?<!\w.)ord|D(?<!\w.)ame|L(?<!\w.)ady|K(?<!\w.)ing|"
    r"Q(?<!\w.)ueen|P(?<!\w.)rince|P(?<!\w.)rincess|"
    r"S(?<!\w.)pokes(?:wo)?man|s(?<!\w.)pokes(?:wo)?man|"
    r"C(?<!\w.)ongress(?:wo)?man|c(?<!\w.)ongress(?:wo)?man|"
    r"C(?<!\w.)hair(?:wo)?man|c(?<!\w.)hair(?:wo)?man|"
    r"A(?<!\w.)ssembly(?:wo)?man|a(?<!\w.)ssembly(?:wo)?man|"
    r"C(?<!\w.)ouncil(?:wo)?man|c(?<!\w.)ouncil(?:wo)?man|"
    r"B(?<!\w.)usiness(?:wo)?man|b(?<!\w.)usiness(?:wo)?man)\.?[ ]+(?=[A-Z])"
)
_APPOSITION_RE: Final = re.compile(
    # (a name starts no later than its word does: linear on long runs of capitals)
    rf"([A-Z](?<![\w'\u2019-].)[\w'\u2019-]+)(?:,| -| \u2014) "
    rf"(?:a|an|the|his|her|its|their|(?:{_NAME} )?{_NAME}(?:'s|\u2019s)) "
    rf"(?:[\w'\u2019-]+ ){{0,2}}({_OFFICE_NOUNS}|{_KIN_NOUNS})\b"
)
_REFLEXIVE_RE: Final = re.compile(rf"({_NAME_AT_WORD}) (himself|herself)\b")
_POSSESSIVE_RE: Final = re.compile(rf"({_NAME_AT_WORD}),? and (his|her) [a-z]")
_SAID_RE: Final = re.compile(
    rf"({_NAME_AT_WORD}),? (?:said|says|told \w+|added|wrote|insisted|argued) (?:that )?(he|she)\b"
)
_WEIGHT_STRONG: Final = 3
#: Evidence enough for a gender: one strong sign, or two weak ones ("A and her", "A said she").
_ENOUGH: Final = 2
#: Capitalised words at a sentence's start that are no names ("He said he").
_NOT_NAMES: Final = frozenset({"he", "she", "it", "they", "we", "i", "you", "but", "and", "then"})
_PRONOUN_GENDER: Final[Mapping[str, Gender]] = {
    "he": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "herself": "f",
}


_NAME_RUN_RE: Final = re.compile(r"(?:[A-Z][\w\u2019'.-]*[ ]){0,3}[A-Z][\w\u2019'-]*")


def _weight(word: str) -> int:
    """
    How much a title or noun tells: "spokesman" and "chairman" are also written of women.

    Only the "-woman" nouns and the other titles are strong evidence.
    """
    return 1 if word.endswith("man") and not word.endswith("woman") else _WEIGHT_STRONG


def _surname_after(text: str, at: int) -> str | None:
    """The last capitalised word of the name that starts at ``at`` ("Ann B. Lowe" -> "lowe")."""
    m = _NAME_RUN_RE.match(text, at)
    if m is None:
        return None
    last = m.group().rsplit(" ", 1)[-1]
    if last.endswith(("'s", "\u2019s")):
        last = last[:-2]
    return last.lower() if len(last) > 2 else None


def genders(doc: Document) -> Mapping[str, Gender]:
    """
    Return the gender the text tells for each surname (lower case), computed once.

    "Sen. Ann Lowe ... Ms. Lowe" -> {"lowe": "f"}; "Tom Reyes said he" -> {"reyes": "m"}.
    """
    found = doc.cache.get("gender.of")
    if found is None:
        found = _read(doc.text)
        doc.cache["gender.of"] = found
    result: Mapping[str, Gender] = found
    return result


def _read(text: str) -> dict[str, Gender]:
    votes: dict[str, list[int]] = {}

    def vote(name: str | None, gender: Gender, weight: int) -> None:
        if name is None:
            return
        tally = votes.setdefault(name, [0, 0])
        tally[gender == "f"] += weight

    for m in _TITLE_RE.finditer(text):
        word = m.group(1).lower()
        vote(_surname_after(text, m.end()), GENDER_BEFORE_NAME[word], _weight(word))
    for m in _APPOSITION_RE.finditer(text):
        noun = m.group(2).lower()
        vote(m.group(1).lower(), _KIN_GENDER.get(noun) or GENDER_BEFORE_NAME[noun], _weight(noun))
    # (each pattern only where its words stand: a substring test costs far less than a scan)
    for m in _REFLEXIVE_RE.finditer(text) if "self" in text else ():
        vote(m.group(1).lower(), _PRONOUN_GENDER[m.group(2)], _WEIGHT_STRONG)
    for m in _POSSESSIVE_RE.finditer(text) if " and h" in text else ():
        vote(m.group(1).lower(), _PRONOUN_GENDER[m.group(2)], 1)
    for m in _SAID_RE.finditer(text):
        vote(m.group(1).lower(), _PRONOUN_GENDER[m.group(2)], 1)
    return _decide(votes)


def _decide(votes: Mapping[str, list[int]]) -> dict[str, Gender]:
    """The gender each name's evidence mostly (twice as much) tells."""
    out: dict[str, Gender] = {}
    for name, (male, female) in votes.items():
        if name in _NOT_NAMES:
            continue
        if male >= 2 * female and male >= _ENOUGH:
            out[name] = "m"
        elif female >= 2 * male and female >= _ENOUGH:
            out[name] = "f"
    return out


def pronoun_gender(word: str) -> Gender | None:
    """The gender a pronoun tells ("she" -> "f"), or None ("they")."""
    return _PRONOUN_GENDER.get(word.lower())
