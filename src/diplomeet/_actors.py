"""
Actors of an article: people, organisations and countries, linked within the article.

Other extraction stages (meetings, statements, incidents) read actors through two calls,
both cached on the :class:`~diplomeet._document.Document`:

``mentions(doc) -> list[Mention]``
    Every actor mention in ``doc.text``, in text order.  A :class:`Mention` has
    ``start``, ``end`` (offsets into ``doc.text``), the canonical ``actor`` (full name,
    title, ISO country, after coreference within the article), the ``form`` it was
    written in (``"name"``, ``"surname"``, ``"title"``, ``"pronoun"``, ``"description"``,
    ``"organization"``, ``"country"``, ``"group"``) and, for a pair such as "the two
    leaders" or "X and Y ... they", the ``members``.

``actor_at(doc, start, end) -> Actor | None``
    The actor the words ``doc.text[start:end]`` refer to (a name, a surname, "the Israeli
    leader", "he", "the Kremlin"), resolved through coreference at that position, or
    ``None`` when uncertain; the caller then leaves a diagnostic.

``countries_in(doc, start, end) -> list[str]``
    ISO codes of the countries named in a stretch of text, by name, possessive ("Syria's")
    or adjective ("a Turkish jet"), in order and without repeats.

How people are read: news prose introduces a person as ``[Nationality | Country's]
[Title] Given-names Surname`` ("French President Jean Dupont", "Chile's foreign minister
Ana Rojas", "Sen. Tom Baker"), with an apposition (``Name, a Chilean minister in charge of
...``) or with ``of Country`` after the name; later it uses the surname, the title ("the
Chilean president", "the leader", "the minister"), "the two leaders", or a pronoun.
Surnames link to the most recent person with that surname (of the mention's gender, when
both are known: "Mr. A" after "Mrs. A"); descriptions to the most
recent person whose title and country fit; "he"/"she" to the subject of the sentence
(or of the nearest earlier sentence with a person), skipping people of the other gender.
Knowledge lives in :mod:`diplomeet._countries`, :mod:`diplomeet._titles` and
:mod:`diplomeet._orgs`.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate, chain, compress, count, pairwise, repeat
from operator import and_, attrgetter, itemgetter, methodcaller, sub
from typing import Final, Literal, NamedTuple

import attrs

from diplomeet import _fast_records
from diplomeet._countries import (
    CITIES,
    COUNTRY_NAMES,
    DEMONYMS,
    PEOPLES,
    SHARED_ADJECTIVES,
    SHORT_NAMES,
)
from diplomeet._document import GIVEN_NAME_ABBREVIATIONS, Document, tuple_maker
from diplomeet._orgs import BODY_NOUNS, ORGANIZATIONS, SPEAKER_NOUNS
from diplomeet._places import CAPITALS, SUBDIVISIONS
from diplomeet._titles import (
    COUNTRY_OF_TITLE,
    GENDER_OF_TITLE,
    LEADER_NOUNS,
    MODIFIERS,
    PORTFOLIO_HEADS,
    PORTFOLIOS,
    TITLES,
    TitleKind,
)
from diplomeet.records import Actor, ActorKind

__all__ = [
    "Mention",
    "MentionForm",
    "actor_at",
    "countries_in",
    "mentions",
    "place_actor",
    "surname_key",
]

MentionForm = Literal[
    "name", "surname", "title", "pronoun", "description", "organization", "country", "group"
]


#: Portfolios of the table that are adjectives, whole only before "Minister" ("Foreign
#: Minister"), never a ministry's further portfolio ("and Foreign Trade").
_PORTFOLIO_ADJECTIVES: Final = frozenset({"foreign", "economic", "home", "state", "digital"})

#: The last words of a ministry's second portfolio joined by "and" to foreign affairs, as
#: Arab, African and Francophone governments name them ("Minister of Foreign Affairs and
#: Expatriates", "and Emigrants", "and International Cooperation", "and Regional Integration",
#: "and Diaspora", "and Worship"): see ``_Reader.portfolio_and``.
_PORTFOLIO_TAILS: Final = frozenset(
    {
        "expatriates",
        "emigrants",
        "cooperation",
        "co-operation",
        "integration",
        "diaspora",
        "abroad",
        "communities",
        "worship",
        "francophonie",
        "trade",
    }
)


# A tie's founders named in a tribute: "the friendship founded (forged, laid down) by
# President A and President B" (up to the name's start; no clause break between).
_FOUNDED_BY_RE: Final = re.compile(
    r"\b(?:founded|forged|laid(?:\s+down)?|built|nurtured)\s+by\s+[^.;,()]*$"
)


class Mention(NamedTuple):
    """
    One place where the article refers to an actor.

    A named tuple rather than a frozen attrs class: an article has dozens, and a tuple is
    cheaper to build.

    Attributes:
        start: Offset of the first character in ``doc.text``.
        end: Offset one past the last character.
        actor: The canonical actor, after coreference within the article.
        form: How the actor is written here.
        members: For a pair or group of people ("the two leaders"), the people in it.
    """

    start: int
    end: int
    actor: Actor
    form: MentionForm
    members: tuple[Actor, ...] = ()


# --- tokens ---------------------------------------------------------------------------------

# A word: a letter, word characters, then runs of apostrophes, dots or hyphens each followed
# by word characters, and a final full stop; or a number.  The quantifiers are possessive
# (nothing after them needs a character back), so the engine never backtracks.  The Malay
# style "Dato'" keeps its apostrophe, as the styles table spells it ("Dato' Seri A").
_WORD_RE: Final = re.compile(
    r"[^\W\d_]\w*+(?:['\u2019.-]+\w+)*+(?:\.|(?<=[Dd]ato|DATO)['\u2019])?|\d[\w.,]*+"
)
_INITIALS_RE: Final = re.compile(r"(?:[A-Z]\.)+")
# Whether a word may lose a full stop or a possessive ending (as _tokenize() reads it).
_ends_trimmed: Final = methodcaller("endswith", (".", "'s", "\u2019s", "'", "\u2019"))
_DOTTED: Final = frozenset(
    {t for t in TITLES if t.endswith(".")}
    | {"u.s.", "u.k.", "u.n.", "e.u.", "lt.", "maj.", "brig.", "st.", "jr.", "sr.", "u.s.a."}
)
# Arabic family and given names that are English verbs or offices too, read as names after
# a particle ("al Said", the Omani ruling family's name; "bin Sultan", "Abu Said").
_NAMES_AFTER_PARTICLE: Final = frozenset({"said", "sultan"})
_PARTICLES: Final = frozenset(
    {
        "al",
        "el",
        "bin",
        "ibn",
        "ben",
        "abu",
        "de",
        "da",
        "di",
        "del",
        "della",
        "dos",
        "das",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "zu",
        "bint",
        "binti",  # the Malay "daughter of": "Zainab binti Ahmad"
        "ould",
    }
)
_PARTICLE_PREFIX_RE: Final = re.compile(r"(?:al|el|ad|as|ash|at|an|ar|az|bin|ibn|abu)-[A-Z]")
# Words that open another clause between a name and an object pronoun: "A said B met him".
_GENDERS: Final = frozenset({"m", "f"})
_COURTESY_TITLES: Final = frozenset({"mr", "mrs", "ms", "miss", "dr"})
_CLAUSE_TURN_RE: Final = re.compile(
    r"\b(?:said|says|told|tells|added|asked|that|who|whom|which|when|after|before|because|"
    r"while|if|as|whose)\b|[,;:\"\u201c\u201d(]"
)
# "Ukrainian-born", "R-Texas": hyphenated words that are not names.
_BAD_HYPHEN_RE: Final = re.compile(
    r"-(?:born|based|led|backed|era|style|made|owned|run|linked|allied|speaking|controlled|"
    r"bound|wide|level|term|year|old|elect)\b|^[A-Z]-"
    # "Sino-Soviet-Indian", but not a name after its particle: "Al-Hashimi-Rahman"
    r"|^(?!(?:Al|El|Abu|Bin|Ibn|Ben|Ould|Bint)-)[A-Z][a-z]+-[A-Z][a-z]+-"
)
# II to XXXIX: a monarch's or pope's number (one letter, "I", "V", "X", is left out: a
# pronoun, a letter, the platform X)
_REGNAL_NUMBER_RE: Final = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
_REGNAL_RE: Final = re.compile(r"^(?:[IVX]+|jr\.?|sr\.?)$", re.IGNORECASE)
# A style of address after "His"/"Her" ("His Majesty King A", "Her Excellency B"): no pronoun.
_STYLES_OF_ADDRESS: Final = frozenset(
    {"majesty", "highness", "excellency", "holiness", "eminence", "royal", "beatitude"}
)
_PRONOUNS: Final = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    # "the talks between himself and A": the one who speaks of them
    "himself": "m",
    "herself": "f",
    "they": "p",
    "them": "p",
    "their": "p",
}


# Offices posted "to" a country, whose holder's name may follow the country with no comma:
# "Japanese Ambassador to Russia Yoshiro Kitamura" (the country is the posting, not his own).
_POSTED_TO: Final = frozenset({"ambassador", "envoy", "commissioner", "representative"})

# Military ranks written short without full stops (the FBIS and some wires): "Lt Gen A".
_BARE_RANKS: Final = frozenset(
    {
        "gen",
        "lt gen",
        "maj gen",
        "brig gen",
        "adm",
        "rear adm",
        "vice adm",
        "col",
        "lt col",
        "capt",
        "cmdr",
        "cdr",
    }
)
_BARE_RANK_FIRST: Final = frozenset(r.split()[0] for r in _BARE_RANKS)
# The space between two words that ends a sentence or a paragraph.
# (a colon or a semicolon too: "ambassadors to the State of Kuwait: Ambassador of Peru A")
_SENTENCE_END_GAP_RE: Final = re.compile(r"[.!?:;]|\n")


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DAYS_MONTHS: Final = _wordset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "June July August September October November December"
)
# Capitalised words that never belong to a person's name: function words, headline
# verbs, and the heads of names of places, events and institutions.
_NOT_NAME_WORDS: Final = _wordset(
    """
    The A An In On At With And Of For To From By As After Before During While But Or Nor Is
    Was Are Were Be Been Has Have Had Will Would Can Could Should May Might Must Shall It Its
    This That These Those He She They We I You His Her Their Our My Your Him Them Us What
    When Where Who Whom Why How If Not No Yes Also Only Even Still Yet So Then There Here
    Meanwhile However Although Though Because Since Until Under Over Into About Against
    Neither Either Unlike Whether Whereas Unless Instead Nevertheless Nonetheless Moreover
    Furthermore Indeed Perhaps Besides Thus Therefore Hence Otherwise Likewise Toward Towards
    Throughout Via Upon Like Alongside Beside Near Inside Outside Regarding Concerning
    Including Except
    Between Among Amid Amidst Despite Without Within Across Along Around Behind Beyond
    Absent Amongst Notwithstanding Barring Pending
    Prior Following Speaking Asked According Earlier Later Last Next New Old First Second
    Both Each Every All Some Many Most More Several Few Other Another One Two Three
    Talks Talk Meets Meet Met Meeting Hold Holds Held Says Say Said Visit Visits Visiting
    Lands Arrives Arrive Calls Call Discuss Discusses Urges Urge Warns Warn Vows Vow Signs
    Sign Agree Agrees Agreed Engage Engages Seek Seeks Sees See Slams Backs Rejects Hails
    Welcomes Pledges Plans Set Due Watch Read Video Photo Image Breaking News Live Update
    Updated Exclusive Analysis Opinion Comment Editorial Report Reports Source Sources
    Center Centre Museum Heights Valley Sea Ocean Street Square Palace House University
    Party Council Ministry Agency Airport Hotel Summit Conference Forum Group Company Bank
    Secretariat Directorate Headquarters
    Times Post Press Network Institute Foundation Committee Commission Office Department
    Forces Force Army Navy Guard Guards Union League Republic Kingdom Islands Island
    Mountains Mountain River Lake Gulf Strait Peninsula Region Province State States City
    County District Church Mosque Temple Day War Accord Agreement Treaty Deal Plan Act
    Initiative Games Cup Olympics Prize Award Award Airlines Airways Air Defense Defence
    Security Foreign Affairs Interior Justice Finance Trade Health Prime Minister President
    Chancellor King Queen Emir Sultan Prince Crown Sheikh Pope Supreme Leader Secretary
    General Ambassador Envoy Spokesman Spokeswoman Senator Governor Mayor Speaker Chairman
    Director Commander Admiral Colonel Mr Mrs Ms Dr Sir Lord Dame Vice Deputy Acting Former
    Officer Officers Executive
    Middle East West North South Western Eastern Northern Southern Central Global
    International National Federal Islamic Jewish Christian Muslim Arab Catholic Orthodox
    Black White Red Blue Green Golden Great Holy Old Greater Upper Lower Northeast Northwest
    Southeast Southwest Pacific Atlantic Mediterranean Baltic Caspian Arctic Climate Nuclear
    Civil Cold Peace Nations United European African Asian American Latin Democratic
    Republican Democrat Communist Labour Labor Conservative Liberal Socialist Green Greens
    Parliament Senate Congress Assembly Cabinet Government Administration Embassy Consulate
    Court Tribunal Police Intelligence Military Navy Marines Corps Brigade Division Battalion
    Reuters AFP AP Associated Press Agence Xinhua TASS Interfax Bloomberg CNN BBC
    Mid Eastern Gaza Strip Bank Square Channel Radio TV Television Magazine Journal Daily
    Herald Tribune Telegraph Guardian Chronicle Gazette Observer Standard Independent
    Accessibility Breadcrumb Share Tweet Email Print Subscribe Advertisement Sponsored
    Photo Photos Caption Credit Getty Images Pool File Files Staff Writer Correspondent
    Today Yesterday Tomorrow Tonight
    Cooperation Co-operation Integration Development Relations Abroad Expatriates Emigrants
    Diaspora Communities Worship Francophonie
    Bureau Politburo Presidium Seimas Sejm Saeima Riigikogu Mazhilis Majlis Khural Storting
    Althing Bundestag Rada Prefecture Oblast Governorate Municipality
    """
)


@attrs.define
class _Tokens:
    """The words of a text with their offsets, computed once."""

    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]  # as written, less a possessive 's
    lowers: list[str]
    poss: list[bool]
    gaps: list[str]  # gaps[k]: the characters between token k-1 and token k (k > 0)
    # run_end[k]: the last token joined to token k by single spaces only.
    run_end: list[int]


# A US legislator's party and state after the name: "Sen. Ana Roth (D-Ore.)".
_PARTY_AFTER_RE: Final = re.compile(r"\s*\([RDI]-")
# One split finds pieces: runs of words joined by single spaces.  (Nothing after a word in
# the run can fail, so the engine never backtracks into one.)
_PIECE_RE: Final = re.compile(rf"((?:{_WORD_RE.pattern})(?: (?:{_WORD_RE.pattern}))*+)")
# The ends of the words _tokenize() may trim, before the space to the next word: ". ",
# "'s ", "' " (and with a curly apostrophe).  No two of them overlap in a text.
_TRIMMED_END_RE: Final = re.compile("\\. |['\u2019]s? ")
_MATCH_START: Final = methodcaller("start")


def _trimmed(joined: str) -> list[int]:
    """The indices of the words ``_ends_trimmed`` in words joined by single spaces."""
    # One scan finds the candidates in text order, read from C; a word never holds a space,
    # so the running count of spaces before a candidate is the index of its word.
    found = list(map(_MATCH_START, _TRIMMED_END_RE.finditer(joined)))
    if _ends_trimmed(joined):
        found.append(len(joined) - 1)
    return list(accumulate(map(joined.count, repeat(" "), [0, *found[:-1]], found)))


def _tokenize(text: str) -> _Tokens:
    """Split ``text`` into words, less a sentence-final full stop and a possessive 's."""
    # The regular expression reads each run of words joined by single spaces as one piece
    # (it costs far less than a match per word), and str.split() cuts the pieces into
    # words.  Offsets are running sums of the lengths of the words and gaps, so no Python
    # code runs per word except for the few trimmed below.
    parts = _PIECE_RE.split(text)
    if "x-" in text or "en-" in text:  # "Ex-Prime Minister A", "then-President B": _split_ex
        parts = _split_ex(parts)
    pieces = parts[1::2]
    if not pieces:
        return _Tokens(text, [], [], [], [], [], [text], [])
    joined = " ".join(pieces)
    words = joined.split(" ")
    lowers = joined.lower().split(" ")
    n = len(words)
    # firsts[p]: the index of the first word of piece p; every other word follows " ".
    firsts = [0, *accumulate(map((1).__add__, map(str.count, pieces[:-1], repeat(" "))))]
    gaps = [" "] * (n + 1)
    outer = parts[0::2]
    list(map(gaps.__setitem__, firsts, outer))
    gaps[n] = outer[-1]
    both: list[str] = [""] * (2 * n + 1)
    both[0::2] = gaps
    both[1::2] = words
    offsets = list(accumulate(map(len, both)))
    starts = offsets[0:-1:2]
    ends = offsets[1::2]
    poss = [False] * n
    # A run of tokens joined by single spaces ends before each other gap: before a piece
    # (after the first) and after a word that loses its full stop.
    stops = set(compress(firsts[1:], map(" ".__ne__, map(gaps.__getitem__, firsts[1:]))))
    # Only a word ending in a full stop or "'s" needs a second look.
    for k in _trimmed(joined):
        w = words[k]
        last = w[-1]
        if last == ".":
            lw = w.lower()
            if (
                lw in _DOTTED
                or (w[1:2] == "." and _INITIALS_RE.fullmatch(w))
                # "Secretary Ma. Luisa Reyes"
                or (lw in GIVEN_NAME_ABBREVIATIONS and _short_given_name(words, gaps, k))
            ):
                continue
            w = w[:-1]
            ends[k] -= 1
            gaps[k + 1] = "." + gaps[k + 1]
            stops.add(k + 1)
            words[k] = w
            lowers[k] = w.lower()
            last = w[-1]
        if last in "s'\u2019" and len(w) > 2:
            if w[-2:] in {"'s", "\u2019s"}:
                words[k] = w = w[:-2]
                lowers[k] = w.lower()
                poss[k] = True
            elif last in "'\u2019" and w[-2] == "s":
                words[k] = w = w[:-1]
                lowers[k] = w.lower()
                poss[k] = True
    if '"' in text or "\u201c" in text:
        n = _drop_nicknames(
            words=words,
            lowers=lowers,
            poss=poss,
            starts=starts,
            ends=ends,
            gaps=gaps,
            stops=stops,
            n=n,
        )
    # Each run's last index is repeated once per token of the run (all in C: no Python
    # code per token or run).
    stops.discard(n)
    ordered = [*sorted(stops), n]
    run_end = list(
        chain.from_iterable(
            map(repeat, map((-1).__add__, ordered), map(sub, ordered, [0, *ordered[:-1]]))
        )
    )
    return _Tokens(text, starts, ends, words, lowers, poss, gaps, run_end)


def _short_given_name(words: list[str], gaps: list[str], k: int) -> bool:
    """
    Whether ``words[k]`` is a given name written short ("Ma.", "Mohd.") before a name.

    It keeps its full stop when two capitalised words follow it, the first a name's
    ("Ma. Luisa Reyes", "Mohd. Rafi Hassan"; not "Ma. Foreign Minister A"), as the sentence
    splitter reads it, so the name runs on past it.
    """
    return (
        words[k].lower() in GIVEN_NAME_ABBREVIATIONS
        and k + 2 < len(words)
        and gaps[k + 1] == " "
        and gaps[k + 2] == " "
        and _name_kind(words[k + 1]) == _PART
        and words[k + 2][:1].isupper()
    )


# "Ex-" written onto an office: "Ex-Prime Minister A", "ex-President B" (see _split_ex); and
# "then-", the office held at the time told, in either case: "then-President A", "met
# then-vice premier B".
_EX_OFFICE_RE: Final = re.compile(r"(?<![^ ])(?:[Ee]x-(?=[A-Z])|[Tt]hen-(?=[A-Za-z]))")


def _split_ex(parts: list[str]) -> list[str]:
    """
    Split "Ex-" or "then-" off the office it is written onto, in the pieces of ``_PIECE_RE.split``.

    "Ex-Prime Minister A", "ex-Foreign Minister B": "ex" (a word that puts the holder out
    of office, as "former" does), the gap "-", then the office, read whole ("Prime
    Minister", not "Minister"), its holder a former one.  "then-vice premier C",
    "then-President D": "then" (the office held at the time told), the gap, the office.
    """
    out = [parts[0]]
    for piece, outer in zip(parts[1::2], parts[2::2], strict=True):
        at = 0
        for m in _EX_OFFICE_RE.finditer(piece):
            out += [piece[at : m.end() - 1], "-"]
            at = m.end()
        out += [piece[at:], outer]
    return out


# The gaps around a nickname in quotes inside a name: 'Antonio "Tony" Reyes'.
_NICK_OPEN: Final = frozenset({' "', " \u201c"})
_NICK_CLOSE: Final = frozenset({'" ', "\u201d "})


def _drop_nicknames(  # noqa: PLR0913 - the token lists _tokenize() builds, edited in place
    *,
    words: list[str],
    lowers: list[str],
    poss: list[bool],
    starts: list[int],
    ends: list[int],
    gaps: list[str],
    stops: set[int],
    n: int,
) -> int:
    """
    Drop a nickname in quotes between two words of a name; return the new count of tokens.

    'Foreign Secretary Antonio "Tony" Reyes', 'Rodrigo \u201cRody\u201d Cruz': the name
    runs on over the nickname, as if the two words around it were joined by a space.
    """
    # (the gaps that open a quote found in C: most articles have quotes, few nicknames)
    found = [
        k
        for k in compress(range(n), map(_NICK_OPEN.__contains__, gaps[:n]))
        if 0 < k < n - 1
        and gaps[k + 1] in _NICK_CLOSE
        and words[k][:1].isupper()
        and words[k - 1][:1].isupper()
        and words[k + 1][:1].isupper()
        and not poss[k - 1]
        and words[k] not in _NOT_NAME_WORDS
        and words[k - 1] not in _NOT_NAME_WORDS
        and words[k + 1] not in _NOT_NAME_WORDS
    ]
    for k in reversed(found):
        for seq in (words, lowers, poss, starts, ends):
            del seq[k]
        del gaps[k]
        gaps[k] = " "
        shifted = {i - 1 if i > k else i for i in stops if i not in {k, k + 1}}
        stops.clear()
        stops.update(shifted)
        n -= 1
    return n


@functools.lru_cache(maxsize=4096)
def surname_key(name: str) -> str:
    """
    Return the key a person is known by: the surname, lower case, letters only.

    >>> surname_key("Ana de la Rosa-Vidal")
    'rosavidal'
    >>> surname_key("King Carl XVI")
    'carl'
    """
    parts = [p for p in name.split() if not _REGNAL_RE.match(p)]
    last = parts[-1] if parts else name
    folded = unicodedata.normalize("NFKD", last)
    return "".join(c for c in folded.lower() if c.isalnum())


# --- lookup tables built once ----------------------------------------------------------------


def _first_words(keys: object, *, lower: bool = False) -> dict[str, int]:
    """Map each first word of the keys to the most words a key starting with it has."""
    out: dict[str, int] = {}
    for key in keys:  # type: ignore[attr-defined]
        words = key.split()
        first = words[0].lower() if lower else words[0]
        out[first] = max(out.get(first, 0), len(words))
    return out


def _lengths(
    firsts: dict[str, int], *tables: object, lower: bool = False
) -> dict[str, tuple[int, ...]]:
    """
    Per first word of ``firsts``, the lengths in words of the keys of ``tables`` it opens.

    Longest first, none above ``firsts[word]``: the lengths a longest-first search over
    ``" ".join(words[i : i + n])`` from ``firsts[word]`` down to 1 can find anything at
    (a key of n words has n - 1 single spaces), so the search skips the others.
    """
    found: dict[str, set[int]] = {}
    for table in tables:
        for key in table:  # type: ignore[attr-defined]
            first = key.split(" ")[0]
            found.setdefault(first.lower() if lower else first, set()).add(key.count(" ") + 1)
    return {
        w: tuple(sorted((n for n in found.get(w, ()) if n <= most), reverse=True))
        for w, most in firsts.items()
    }


_TITLE_FIRST: Final = _first_words(TITLES)
_PORTFOLIO_FIRST: Final = _first_words(PORTFOLIOS)
_BODY_FIRST: Final = _first_words(BODY_NOUNS)
_ORG_FIRST: Final = _first_words(ORGANIZATIONS, lower=True)
_NAME_FIRST: Final = _first_words(COUNTRY_NAMES)  # computed once: per word it cost seconds
_DEMONYM_FIRST: Final = _first_words(DEMONYMS)
# The first words of the states and provinces (capitalised, as written).
_SUBDIVISION_FIRST: Final = frozenset(name.split()[0] for name in SUBDIVISIONS)
_COUNTRY_FIRST: Final = {
    w: max(_NAME_FIRST.get(w, 0), _DEMONYM_FIRST.get(w, 0), 1 if w in SHARED_ADJECTIVES else 0)
    for w in set(_NAME_FIRST) | set(_DEMONYM_FIRST) | set(SHARED_ADJECTIVES)
}
# The lengths the longest-first searches of _Reader.title, body, country and country_mod
# can find a key at (see _lengths).
_TITLE_LENGTHS: Final = _lengths(_TITLE_FIRST, TITLES)
_BODY_LENGTHS: Final = _lengths(_BODY_FIRST, BODY_NOUNS)
_COUNTRY_LENGTHS: Final = _lengths(_COUNTRY_FIRST, COUNTRY_NAMES)
_ORG_LENGTHS: Final = _lengths(_ORG_FIRST, ORGANIZATIONS, lower=True)
_COUNTRY_MOD_LENGTHS: Final = _lengths(
    _COUNTRY_FIRST, COUNTRY_NAMES, SHARED_ADJECTIVES, DEMONYMS, ("U.S.", "US", "UK", "U.K.")
)
_NO_WORDS: Final[frozenset[str]] = frozenset()
_ORG_BY_LOWER: Final = {k.lower(): v for k, v in ORGANIZATIONS.items() if not k.isupper()}
#: A body's initials as written in brackets after its name: "CARICOM", "ECOWAS", "OIC".
_ACRONYM_RE: Final = re.compile(r"[A-Z][A-Z&-]{1,9}")
_ORG_ACRONYMS: Final = {k: v for k, v in ORGANIZATIONS.items() if k.isupper() or "." in k}
_LEADS: Final = frozenset({"the", "a", "an", "his", "her", "their"})
# Cheap gates: a recogniser can only match at a word in its set (checked before the call).
# Leaders' offices in the plural before two names: "Prime Ministers A and B", "Presidents C
# and D" (each the office's holder in one country; see _Reader.title).
_PLURAL_TITLES: Final = {
    "presidents": "president",
    "premiers": "premier",
    "chancellors": "chancellor",
    "prime ministers": "prime minister",
}
_PLURAL_ENDS: Final = frozenset(k.split()[-1] for k in _PLURAL_TITLES)
_PLURAL_FIRST: Final = frozenset(k.split()[0] for k in _PLURAL_TITLES)
# What _Reader.title() needs to find an office at a word: the word alone is one (or a
# minister's head before "of", or a plural office), else the next word is the second word of
# an office or a portfolio that opens with it, or a minister's head after a portfolio of one
# word ("trade minister", "Foreign Affairs Cabinet Secretary").
_TITLE_ALONE: Final = (
    frozenset(k for k in TITLES if " " not in k) | PORTFOLIO_HEADS | frozenset(_PLURAL_FIRST)
)
_TITLE_SECOND: Final[dict[str, frozenset[str]]] = {
    first: frozenset(
        [k.split(" ")[1] for k in (*TITLES, *PORTFOLIOS) if k.split(" ")[0] == first and " " in k]
        + (sorted(PORTFOLIO_HEADS | {"cabinet"}) if first in PORTFOLIOS else [])
    )
    for first in {k.split(" ")[0] for k in (*TITLES, *PORTFOLIOS)}
}
_TITLE_GATE: Final = (
    frozenset(_TITLE_FIRST)
    | frozenset(_PORTFOLIO_FIRST)
    | PORTFOLIO_HEADS
    | frozenset(k.split()[0] for k in _PLURAL_TITLES)
)
_PAIR_LEADS: Final = frozenset({"the", "both", "all"})
_BODY_GATE: Final = (
    frozenset({"ministry", "department"}) | frozenset(_BODY_FIRST) | frozenset(_PORTFOLIO_FIRST)
)
# Lower-case words that can start an item; any other lower-case word is skipped at once.
_LOWER_STARTS: Final = (
    frozenset(_PRONOUNS)
    | _LEADS
    | {"both"}
    | MODIFIERS
    | frozenset(_TITLE_FIRST)
    # a plural office in lower case before two names: "between presidents A and B"
    | frozenset(k.split()[0] for k in _PLURAL_TITLES)
    | frozenset(_PORTFOLIO_FIRST)
    | PORTFOLIO_HEADS
    | frozenset(_ORG_FIRST)
)
_ARTICLES: Final = frozenset({"the", "a", "an"})
# The possessives that open a counterpart in apposition: "B, his Iranian counterpart,".
_POSSESSIVE_LEADS: Final = frozenset({"his", "her", "their"})
# The words after a name at which _Reader.apposition() can read something (besides a
# bracket: "(R-Texas)").
_APPOSITION_LEADS: Final = _ARTICLES | {"of"}
# Lower-case forms of the words at which step() tries a recogniser other than name().
_NOT_PLAIN: Final = (
    frozenset(_PRONOUNS) | _PAIR_LEADS | _LEADS | MODIFIERS | _TITLE_GATE | frozenset(_ORG_FIRST)
)
# Words after "Name, " that can open an office written without an article.
_BARE_APPOSITION: Final = _TITLE_GATE | MODIFIERS
# Modifiers that make another office of the title after them ("Deputy Prime Minister").
_RANKS: Final = frozenset({"deputy", "vice"})
# Styles of princes and sheikhs, read past after an office ("Foreign Minister Prince A").
_STYLES: Final = frozenset({"prince", "princess", "sheikh", "sheikha", "sayyid"})
# Styles that Somali names also carry between a given name and a father's name ("Hassan
# Sheikh Ali", "Abdi Sheekh Nur"): read inside a name when a name word follows.
_INNER_STYLES: Final = frozenset({"sheikh", "sheekh", "shiekh"})
_SENATOR: Final = frozenset({"senator", "sen."})  # a style after an office (Pakistan, Philippines)
_HONORIFICS: Final = frozenset(
    {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "hon.", "h.e.", "sir", "dame"}
    | {"h.h.", "h.r.h."}  # "H.H. Sheikh A" (His Highness), "H.R.H. Prince B" (Royal Highness)
    | {"honourable", "honorable"}
    | {"shri", "smt", "smt.", "shrimati"}
)
# Portfolios joined before an office, at most: "mines, energy and water minister".
_JOINED_PORTFOLIOS_MOST: Final = 4
# The first words of the honorific styles of more than one word ("Datuk Seri", "Tan Sri").
_STYLE_FIRST: Final = frozenset(
    k.split()[0] for k, v in TITLES.items() if v == "honorific" and k.split()[0] not in _HONORIFICS
)
_LOWER_BODIES: Final = frozenset(
    {
        "military",
        "government",
        "authorities",
        "officials",
        "forces",
        "troops",
        "side",
        "delegation",
        "leadership",
        "administration",
        "air defences",
        "air defenses",
        "air defence systems",
        "air defense systems",
        "police",
        "intelligence",
        "cabinet",
    }
)
_COUNTS: Final = {"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5}
# Words back from a list to the officials it names: "the ministers of Costa Rica, El
# Salvador, Guatemala, Honduras and Nicaragua - A, ..." (five countries, two of two words).
_LIST_REACH: Final = 14
_LIST_OPENERS: Final = (",", "-", "\u2013", "\u2014", ":")  # what opens a list in apposition
_PAIR_KINDS: Final[dict[str, set[str | None]]] = {
    "ministers": {"minister"},
    "leaders": {"leader", "royal"},
    "presidents": {"leader"},
    "heads": {"leader", "royal"},
    "premiers": {"leader"},
    "chancellors": {"leader"},
    "envoys": {"diplomat", "official", "minister"},
    "diplomats": {"diplomat", "official", "minister"},
    "ambassadors": {"diplomat", "official"},
    "officials": {"official", "diplomat", "minister", "military"},
    "counterparts": {"leader", "royal", "minister", "official", "diplomat", "military"},
    "sides": {"leader", "royal", "minister", "official", "diplomat", "military"},
    # "the two foreign secretaries" (South Asia's top diplomats), "the two secretaries of state"
    "secretaries": {"minister", "official", "diplomat"},
}
# Offices of a deputy, not of a leader ("the two leaders" are no deputies when two are named).
_DEPUTY_PREFIXES: Final = ("deputy", "vice", "first deputy", "acting")
# Offices under the one their last word names: "Assistant Secretary", "Deputy Speaker".
_SUBORDINATE_PREFIXES: Final = ("deputy ", "vice ", "assistant ", "under ", "first deputy ")
_HEAD_NOUNS: Final = frozenset({"leaders", "presidents", "premiers", "heads"})
# What "the heads of" ministries head: "the heads of the foreign ministries", "the heads of
# diplomacy of the two countries" (the post-Soviet and Latin American press's "jefes de
# la diplomacia") are ministers, not leaders.
_HEADS_OF_MINISTRIES: Final = frozenset({"ministries", "ministry", "diplomacy"})
_HEADS_OF_REACH: Final = 4  # words after "heads" up to the ministries: "of the foreign ministries"
# The words before "ministers" that make them heads of government: "the two prime ministers".
_LEADER_MINISTER_WORDS: Final = frozenset({"prime", "chief", "first"})
# Offices that may be any group's: a counterpart, or none told.
_ANY_OFFICE: Final = frozenset({"counterpart", None})
# A group of officials of two countries before their names: "The presidents of Peru and
# Bolivia, " (see _Reader.respective_offices).
_RESPECTIVE_RE: Final = re.compile(
    r"\b((?:foreign\s+|defen[cs]e\s+|prime\s+|trade\s+|finance\s+|interior\s+)?"
    r"(?:presidents|ministers|leaders|premiers|heads)(?:\s+of\s+(?:state|government))?)"
    r"\s+of\s+(?:the\s+)?([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})\s+and\s+(?:the\s+)?"
    r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}),\s$",
    re.IGNORECASE,
)
_RESPECTIVE_REACH: Final = 90  # characters before the first name
# Ranks that may stand between an office and its holder's name: "the Minister of Defence,
# Gen. A", "The Foreign Minister, Ambassador B" (see _Reader.rank_before_name).
_APPOSED_RANKS: Final = frozenset({"military", "diplomat", "honorific"})
# The countries of a group of officials told without their names: "the foreign ministers of
# the two countries, A and B" (see _Resolver.strong_keys).
_LANDS: Final = frozenset({"countries", "nations", "neighbours", "neighbors", "states"})
# Words after "ministers of" that open no portfolio: "the ministers of the two countries",
# "the ministers of both sides".
_NOT_PORTFOLIO: Final = frozenset(
    {"the", "both", "all", "their", "his", "her", "its", "our", "these", "those", "each", "two"}
    | {"three", "four", "five", "state"}
)
_PAIR_VERBS: Final = frozenset(
    {"met", "meet", "have", "had", "were", "are", "will", "would", "also", "spoke", "did", "can"}
    | {"held", "hold", "sat", "spent", "shook", "agreed", "discussed", "signed", "issued"}
)
# Nouns of an office no title table holds, before a name in apposition.
_ROLES: Final = frozenset({"diplomat", "official", "chief", "head", "adviser", "advisor"})
_PAIR_ADVERBS: Final = frozenset({"first", "last", "later", "previously", "then", "never"})


def _pair_verb(word: str) -> bool:
    """Whether ``word`` after "the two" is a verb: "the two met", "the two agreed"."""
    return word in _PAIR_VERBS or word.endswith("ed")


# "the two sides", "both counterparts" and the like: plural anaphora for the people just named.
# Offices whose holders a pair names only by the office itself: "The governors last met in
# Kobe", "the two mayors signed", "the Speakers agreed" (subnational and parliamentary
# diplomacy), never any two officials.
_OFFICE_PAIRS: Final = {"governors": "governor", "mayors": "mayor", "speakers": "speaker"}
# What the holders of an office of several places are "of" before their names: "the mayors
# of the two capitals, A of X and B of Y", "the governors of both central banks, A and B".
_SEATS: Final = frozenset({"capitals", "cities", "regions", "provinces", "banks", "parliaments"})
_PAIR_NOUNS: Final = frozenset(
    {"leaders", "men", "women", "presidents", "ministers", "heads"}
    | {"premiers", "chancellors", "envoys", "diplomats", "officials", "counterparts", "sides"}
    | {"secretaries"}
    | frozenset(_OFFICE_PAIRS)
)
# The words after "the" at which _Reader.pair() can read a pair: "the pair", "the two leaders".
_PAIR_AFTER_THE: Final = _PAIR_NOUNS | frozenset(_COUNTS) | {"pair"}
# Words that may follow an article in an item: "the two leaders", "a former minister".
# Words that tell a person by the part taken in a visit: "the visiting minister", "the
# guest", "his host", "the host president" (see _Resolver.by_role).
_ROLES_OF_VISITS: Final = {
    "visiting": "visitor",
    "guest": "visitor",
    "visitor": "visitor",
    "host": "host",
    "hosts": "host",
}

_AFTER_ARTICLE: Final = (
    MODIFIERS
    | _TITLE_GATE
    | _BODY_GATE
    | frozenset(_COUNTS)
    | _PAIR_NOUNS
    | {"pair"}
    | frozenset(_ROLES_OF_VISITS)
)
_ORG_BODIES: Final = frozenset(
    {
        "government",
        "military",
        "army",
        "navy",
        "air force",
        "airforce",
        "embassy",
        "parliament",
        "cabinet",
        "presidency",
        "administration",
        "intelligence",
        "police",
        "coast guard",
        "security services",
        "leadership",
    }
)
#: Fields that close a body's name ("Public Relations"): the capitalised words before them
#: are the body's, never a person's name ("Inter-Services Public Relations said").
_FIELD_TAILS: Final = frozenset({"Relations"})
_NAME_STOP: Final = (
    _NOT_NAME_WORDS
    | _DAYS_MONTHS
    | frozenset(COUNTRY_NAMES)
    | frozenset(DEMONYMS)
    | frozenset(PEOPLES)
    | frozenset(CITIES)
    | frozenset(w for k in ORGANIZATIONS for w in k.split())
)
#: Cities whose one-word names are surnames too ("Lima", "Santiago"): a name may end with one.
_CITY_SURNAMES: Final = (
    frozenset(
        c for c in CITIES if " " not in c and c not in _NOT_NAME_WORDS and c not in COUNTRY_NAMES
    )
    - frozenset(DEMONYMS)
    - frozenset(PEOPLES)
    - _DAYS_MONTHS
)
#: Countries whose one-word names are surnames too (the surname lists of the US Census and
#: of Forebears: English "Jordan", "England", "Holland", "Wales"; Iberian "Montenegro";
#: "Israel", "France"): a name may end with one ("Senator Michael Jordan", "Prime Minister
#: Luis Montenegro"), as it may with a city's (``_CITY_SURNAMES``).
_COUNTRY_SURNAMES: Final = frozenset(
    {"Jordan", "England", "Holland", "Wales", "Montenegro", "Israel", "France"}
)
_PLACE_SURNAMES: Final = _CITY_SURNAMES | _COUNTRY_SURNAMES  # (the gate of city_surname())
#: Given names that cities bear too (the cities of ``diplomeet._countries.CITIES`` whose names
#: are common given names in Europe, the Americas and Australia): after an office they open
#: a name ("Foreign Minister Santiago A", "President Sofia B", "Assistant Secretary Victoria
#: C"), as after "Mr" any given name does.
_CITY_GIVEN_NAMES: Final = frozenset(
    {
        "Adelaide",
        "Alexandria",
        "Douglas",  # the Isle of Man's capital
        "Florence",
        "Hamilton",
        "Kingston",
        # a common given name in the former Yugoslavia, Czechoslovakia and Bulgaria
        "Milan",
        "Paris",
        "Regina",
        "Salvador",
        "Santiago",
        "Sofia",
        "Stanley",  # the Falkland Islands' capital
        "Sydney",
        "Victoria",
    }
)
# The words at which _Reader.name_item() reads more than a name (a state's office, a city's
# name as a surname or a given name).
_NAME_ITEM_CASES: Final = _SUBDIVISION_FIRST | _CITY_SURNAMES | _CITY_GIVEN_NAMES
#: Places whose names have the shape of a person's name ("Tamil Nadu", "Kuala Lumpur").
_PLACE_NAMES: Final = frozenset(SUBDIVISIONS) | frozenset(CAPITALS) | frozenset(CITIES)
# Words written in lower case at which _Reader.proper() reads an organisation at most ("the
# security council"): no country, people or person's name starts at one, so name_item()
# would only step over it.  Those that start no organisation either: step() ends at them.
_NO_NAME: Final = frozenset(
    w
    for w in _LOWER_STARTS
    if not w[:1].isupper()
    and w not in _COUNTRY_FIRST
    and w not in PEOPLES
    and w not in _SUBDIVISION_FIRST
    and w not in _CITY_SURNAMES
    and w not in _CITY_GIVEN_NAMES
    and not ("-" in w and _PARTICLE_PREFIX_RE.match(w))
)
_NO_PROPER: Final = _NO_NAME - frozenset(_ORG_FIRST)
_SPEECH_OR_MEETING_VERBS: Final = _wordset(
    """
    said says told tells stated added warned replied noted stressed insisted argued
    announced declared explained wrote asked met meets visited visits hosted hosts received
    spoke speaks called calls held holds arrived arrives travelled traveled will would has
    had is was who urged vowed accused praised criticised criticized denied confirmed
    paid pays conferred confers discussed discusses welcomed welcomes greeted greets
    """
)


# Words before a place that say something happens there ("arrived in Abuja").
_PLACE_PREPOSITIONS: Final = frozenset({"in", "to", "at"})
_HOME_REACH: Final = 400  # tokens back to look for it
# The first letters of the months and days a dateline gives after its place ("Oct 9").
_MONTH_HEADS: Final = frozenset(
    [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
        "Mon",
        "Tue",
        "Wed",
        "Thu",
        "Fri",
        "Sat",
        "Sun",
    ]
)
# The words a long office's tail may hold besides capitalised ones ("Minister of Foreign
# Affairs and Trade of Hungary A"), the words it starts with, how long it may run, and the
# gaps that may end it (see _Reader.named_after_tail).
# The last words of bodies' names, after which an office's tail may end and a name begin.
_BODY_HEADS: Final = frozenset(
    {"Organization", "Organisation", "States", "Community", "Union", "League", "Commission"}
    | {"Council", "Conference", "Forum", "Fund", "Bank", "Secretariat", "Assembly"}
    # Legislatures and the units of subnational government whose heads protocol news names
    # after their full office: "the Speaker of the Italian Senate A B", "the Chairman of the
    # Seimas A B", "the Governor of Hyogo Prefecture A B", "the Head of Kirov Oblast A B"
    | {"Senate", "Parliament", "Congress", "Seimas", "Sejm", "Saeima", "Riigikogu", "Mazhilis"}
    | {"Majlis", "Duma", "Rada", "Knesset", "Khural", "Storting", "Althing", "Bundestag"}
    | {"Prefecture", "Province", "Oblast", "Governorate", "Municipality", "Region", "County"}
    # A party's organs: "Secretary of the Party Central Committee A B"
    | {"Committee", "Bureau", "Politburo", "Presidium"}
    # The state itself, in the head of state's full style: "President of the Republic A B"
    # (Tunisia, Italy, Portugal, Francophone Africa), "Vice-President of the Republic C D"
    | {"Republic"}
)
# The nouns that end a body's name: a person's name is never run on into one ("General
# Border Committee", "Joint Staff Council").
_BODY_TAILS: Final = frozenset(
    {"Committee", "Commission", "Council", "Command", "Assembly", "Secretariat", "Board"}
    | {"Bureau", "Authority", "Directorate", "Tribunal", "Court"}
)
# The last word of a portfolio, after which a name may begin: "Deputy Foreign Minister for
# Political Affairs A B", "Assistant Secretary of State for African Affairs A B".
_PORTFOLIO_ENDS: Final = frozenset(
    {"Affairs"}
    # "Deputy Prime Minister for European Integration A B", "Minister for Regional
    # Cooperation A B", "Secretary for Economic Development A B"
    | {"Integration", "Cooperation", "Development", "Relations", "Reintegration"}
    # a remit of a deputy's or an under-secretary's office: "Foreign Affairs Undersecretary
    # for Policy A B" (the Philippines), "Deputy Minister for Policy and Planning C D",
    # "Under Secretary for Management E F" (the State Department)
    | {"Policy", "Planning", "Administration", "Management"}
)
_TAIL_LEADS: Final = frozenset({"of", "for", "and"})
# (and the lower-case levels of government inside a body's name: "Secretary of the
# provincial Party Committee A B", "Chairman of the municipal People's Committee C D")
_TAIL_WORDS: Final = (
    _TAIL_LEADS | {"to", "the"} | _HONORIFICS | {"provincial", "municipal", "regional", "city"}
)
_TAIL_MOST: Final = 24
# words before a second office, after "and": "and Deputy Foreign", "and Chinese Vice Foreign"
_SECOND_OFFICE_LEAD: Final = 4
_PORTFOLIO_MOST: Final = 8  # words of portfolios after a minister's office, to the last one
_TAIL_ENDS: Final = frozenset({"", ",", ".", ";"})
# A host's verbs, and the nouns of a guest's visit: "welcomed B ... for her first visit"
_HOST_VERB_RE: Final = re.compile(
    r"\b(?:welcomed|welcomes|received|receives|hosted|hosts|greeted)\b"
)
_VISIT_NOUNS: Final = frozenset({"visit", "trip", "tour", "stay", "visits", "trips"})
# Words that open a phrase fronted before a sentence's subject ("Later, in his office, A").
_FRONTING_WORDS: Final = frozenset(
    {
        "later",
        "earlier",
        "afterwards",
        "in",
        "at",
        "on",
        "outside",
        "inside",
        "after",
        "before",
        "during",
        "back",
        "speaking",
        "returning",
        "arriving",
    }
)
_FOR_NOW: Final = frozenset({"acting", "interim", "caretaker"})
# Words that put an office's holder out of it: "former President A", "ex-Premier B".
_OUT_OF_OFFICE: Final = frozenset({"former", "ex"})
# A body of an organisation named before its head's title, in lower case as wire copy writes
# it: "the movement's political bureau chief A", "the group's politburo chief", "the militia's
# military wing commander", "the party's media office head" (common nouns of party and movement
# organs: the AP Stylebook's "politburo", Reuters' "political bureau", "military wing").
_ORGAN_WORDS_MOST: Final = 3
_ORG_ORGANS: Final = frozenset(
    {"political", "politburo", "bureau", "military", "armed", "wing", "media", "office", "shura"}
)
_INITIALS_MOST: Final = 6  # letters of a body's initials in brackets: "(GCC)", "(ECOWAS)"

# An age in apposition after a name, as the tokens read it: "Mira Casey, 29, of Mobile".
_AGE_RE: Final = re.compile(r"\d{1,3},")
# A former post in apposition after a name: "Dorian Vale, a former aide,".
_FORMER_RE: Final = re.compile(r"(?:(?:a|the) )?former [a-z]")
# Verbs that put the speaker after them: '"...," said Jane Doe'.
_SPEECH_BEFORE_NAME: Final = _wordset("said says told added wrote asked explained noted continued")


@functools.lru_cache(maxsize=1024)
def _fixed_actor(name: str, kind: ActorKind, country: str | None = None) -> Actor:
    """
    Return the actor for a country, people, organisation or state body.

    These come from the tables (or a body's name as written), so the same few recur in
    every article; an :class:`Actor` is immutable, so one instance serves them all.
    """
    return Actor(name=name, kind=kind, country=country)


def place_actor(name: str) -> Actor | None:
    """
    The actor a place stands for when news makes it act ("Ankara said"), else ``None``.

    A country or its capital is the country's government (kind ``"country"``: "Ankara",
    "Washington", "New Delhi" -> Turkey, the United States, India); a state, province or
    other city is its own authorities (an organisation of its country: "Queensland").
    """
    code = COUNTRY_NAMES.get(name) or CAPITALS.get(name)
    if code is not None:
        return _fixed_actor(SHORT_NAMES.get(code, code), "country", code)
    code = SUBDIVISIONS.get(name) or CITIES.get(name)
    return None if code is None else _fixed_actor(name, "organization", code)


# --- pass A: items --------------------------------------------------------------------------


@attrs.define
class _Item:
    """A stretch of tokens that refers to an actor, before coreference."""

    kind: Literal["person", "name", "desc", "pair", "pronoun", "org", "country", "people"]
    i: int  # first token
    j: int  # one past the last token
    name: tuple[str, ...] = ()
    title: str | None = None
    title_kind: TitleKind | None = None
    country: str | None = None
    actor: Actor | None = None
    gender: str | None = None
    possessor: bool = False  # "his national security advisor X": country from "his"
    role: str | None = None  # "the visiting minister", "his host": "visitor" or "host"
    also: str | None = None  # a first office held with the title: "Deputy Prime Minister/..."
    start: int = -1  # character offsets; default from the tokens
    end: int = -1


_INITIAL: Final = 0  # "J.", "A.B.", "J": an initial
_PART: Final = 1  # a capitalised word that may be part of a name
_STOP: Final = 2  # a word that ends a name (unless a particle follows or it has a prefix)


def _stop_of(gap: str) -> str:
    """
    The stop a gap between two words opens with (a full stop, a comma, or none).

    A name that ends a paragraph before a quotation has the gap of a full stop, a new line
    and a quotation mark: its stop is the full stop.
    """
    return gap.strip()[:1]


@functools.lru_cache(maxsize=16384)
def _name_kind(w: str) -> int:
    """Classify one word for :meth:`_Reader.name`."""
    if (w[-1] == "." and _INITIALS_RE.fullmatch(w)) or (len(w) == 1 and w.isupper()):
        return _INITIAL
    if (
        w in _NAME_STOP
        or w.lower() in TITLES
        or not w[:1].isupper()
        or (w.isupper() and len(w) > 1)
        or ("-" in w and _BAD_HYPHEN_RE.search(w))
    ):
        return _STOP
    return _PART


class _Unread(enum.Enum):
    """Marks an argument the caller has not computed."""

    UNREAD = enum.auto()


_UNREAD: Final = _Unread.UNREAD


_NO_START: Final = 0  # a word no item starts at
_PLAIN_START: Final = 1  # a capitalised word no recogniser but name() can start at
_OTHER_START: Final = 2  # any other word an item can start at
_ARTICLE_START: Final = 3  # an article: an item starts at it before a nationality, title, ...
_LOWER_NAME_START: Final = 4  # a surname in lower case ("al-Sayed"): lower_surname() reads it
# A lower-case word at which step() can read nothing but an office opening at it ("trade
# minister"), so read() steps there only when the next word may go on with an office.
_LOWER_TITLE_START: Final = 5
_KINDS_MAX: Final = 65536
# Per distinct word, its _start_kind(): the vocabulary of news repeats from one article to
# the next, so most words are looked up, not classified (emptied when it grows too large).
_START_KINDS: Final[dict[str, int]] = {}
# Per distinct word, its _name_kind(), for the same reason.
_NAME_KINDS: Final[dict[str, int]] = {}


def _start_kind(w: str) -> int:
    """Whether an item can start at word ``w`` and which recognisers can read it."""
    low = w.lower()
    if w[0].isupper():
        # step() would try each recogniser's gate and fail: name_item() reads it at once.
        if w not in _COUNTRY_FIRST and w not in PEOPLES and low not in _NOT_PLAIN:
            # A word that stops a name at once ("Monday", "Ministry") starts nothing:
            # name() reads no word of it, so name_item() would only step over it.
            if (
                _name_kind(w) == _STOP
                and not ("-" in w and _PARTICLE_PREFIX_RE.match(w))
                and w not in _CITY_SURNAMES  # "Lima said" after "Joao Lima"
            ):
                return _NO_START
            return _PLAIN_START
        return _ARTICLE_START if low in _ARTICLES else _OTHER_START
    if low in _LOWER_STARTS:
        if low in _ARTICLES:
            return _ARTICLE_START
        return _LOWER_TITLE_START if _office_only(w) else _OTHER_START
    # "al-Sayed said" after "Maher al-Sayed": lower_surname() reads a surname read before
    return _LOWER_NAME_START if "-" in w and _PARTICLE_PREFIX_RE.match(w) else _NO_START


def _office_only(w: str) -> bool:
    """
    Whether step() at the lower-case word ``w`` can read nothing but an office opening at it.

    No pronoun, pair, article or possessive, country, modifier, office of one word or
    organisation opens at it, and the name reader reads no word of it ("trade", "war",
    "cooperation"): step() reads it only as an office's first word, and title() finds one
    there only before a word of ``_TITLE_SECOND`` ("trade minister").
    """
    return (
        w.isascii()
        and w == w.lower()
        and w not in _PRONOUNS
        and w not in _PAIR_LEADS
        and w not in _LEADS
        and w not in _COUNTRY_FIRST
        and w not in MODIFIERS
        and w not in _TITLE_ALONE
        and w not in _ORG_FIRST
        and (
            w in _NO_NAME
            or (
                w not in PEOPLES
                and w not in _NAME_ITEM_CASES
                and _name_kind(w) == _STOP
                and not ("-" in w and _PARTICLE_PREFIX_RE.match(w))
            )
        )
    )


_ITEM_KIND: Final = attrgetter("kind")
_PERSON_OR_NAME: Final = frozenset({"person", "name"})
_ITEM_NAME: Final = attrgetter("name")
_LAST: Final = itemgetter(-1)
_MORE_THAN_ONE: Final = (1).__lt__


class _Reader:
    """Pass A: one left-to-right scan of the tokens into items."""

    def __init__(self, tokens: _Tokens) -> None:
        self.t = tokens
        self.n = len(tokens.words)
        self.items: list[_Item] = []
        # Last words of the names read so far, from items[:surnames_upto] (see surname_read).
        self.surnames: set[str] = set()
        self.surnames_upto = 0
        # run_end[k]: the last token joined to token k by single spaces only.
        self.run_end = tokens.run_end
        # The distinct words; one that the text also writes in lower case is a common word,
        # not a name (see name_item()).
        self.word_set = set(tokens.words)
        # The visit's role read before the office being read ("the visiting minister").
        self.role: str | None = None
        # The countries the text names by name, adjective or city (see shared_country())
        self.named: set[str] | None = None
        # Where step() last read past an article or a possessive finding nothing after it
        # ("the security forces"), with its country(): the scan steps there next and would
        # read the same words again (see step()).
        self.after_lead: tuple[int, tuple[str, int] | _Unread | None] = (-1, _UNREAD)

    # Small helpers over the tokens.
    def joined(self, i: int, j: int) -> bool:
        """Whether tokens i..j-1 are separated by plain spaces only."""
        return self.run_end[i] >= j - 1

    def gap(self, k: int) -> str:
        """The characters between token k-1 and token k."""
        return self.t.gaps[k] if k > 0 else ""

    def raw(self, i: int, j: int) -> str:
        t = self.t
        return t.text[t.starts[i] : t.ends[j - 1]]

    def is_cap(self, k: int) -> bool:
        w = self.t.words[k]
        return w[:1].isupper()

    # Recognisers; each returns the index after what it read, or -1.
    def country_mod(self, i: int) -> tuple[str, int, bool] | None:
        """A nationality before a noun: "Russian", "U.S.", "Israel's", "South Korean"."""
        t = self.t
        room = self.run_end[i] + 1 - i
        for n in _COUNTRY_MOD_LENGTHS.get(t.words[i], ()):
            if n > room:
                continue
            w = t.words[i] if n == 1 else " ".join(t.words[i : i + n])
            last_poss = t.poss[i + n - 1]
            if last_poss and w in COUNTRY_NAMES:
                return COUNTRY_NAMES[w], i + n, True
            if not last_poss and w in SHARED_ADJECTIVES:
                # before an office only ("the Korean Speaker"): a force or body keeps its
                # adjective as written ("a Korean Navy spokesman")
                code = self.shared_country(w) if i + n < self.n and self.title(i + n) else None
                if code is not None:
                    return code, i + n, False
            if not last_poss and w in DEMONYMS:
                return DEMONYMS[w], i + n, False
            if not last_poss and w in {"U.S.", "US", "UK", "U.K."}:
                return COUNTRY_NAMES[w], i + n, False
        return None

    def shared_country(self, adjective: str) -> str | None:
        """
        The country an adjective several countries share stands for in this text.

        "the Korean Speaker" in a story that names South Korea (or Seoul) and not North
        Korea is South Korea's; with both or neither named, the usual one if the adjective
        has one ("Congolese": DR Congo), else none.
        """
        if self.named is None:
            words = self.t.words
            self.named = set()
            k = 0
            while k < len(words):
                size = 1
                if words[k][:1].isupper() and words[k] not in SHARED_ADJECTIVES:
                    # longest first: "South Sudan" names no Sudan; a dateline's "JUBA" is Juba
                    for size in (3, 2, 1):
                        name = " ".join(words[k : k + size])
                        code = (
                            COUNTRY_NAMES.get(name)
                            or DEMONYMS.get(name)
                            or CITIES.get(name.title() if name.isupper() else name)
                        )
                        if code is not None:
                            self.named.add(code)
                            break
                k += size
        codes = SHARED_ADJECTIVES[adjective]
        told = [c for c in codes if c in self.named]
        if len(told) == 1:
            return told[0]
        return DEMONYMS.get(adjective)

    def title(self, i: int) -> tuple[str, TitleKind, int] | None:  # noqa: C901, PLR0912 - 3 forms
        """An office, longest first: "Prime Minister", "Defence Minister", "Sen."."""
        t = self.t
        lowers = t.lowers
        low = lowers[i]
        if low not in _TITLE_GATE:  # callers in hot paths check the gate first
            return None
        if low not in _TITLE_ALONE and (
            i + 1 >= self.n or lowers[i + 1] not in _TITLE_SECOND.get(low, ())
        ):
            return None  # "security forces", "the first talks": no office can open here
        poss, text, starts, ends = t.poss, t.text, t.starts, t.ends
        best: tuple[str, TitleKind, int] | None = None
        last = self.run_end[i]  # tokens i..j-1 are joined by single spaces when last >= j - 1
        # (a conditional, not min(): Python 3.11's min() and max() parse keyword arguments
        # at every call, about ten times the cost; the readers call these at most words)
        room = last + 1 - i
        for n in _TITLE_LENGTHS.get(low, ()):
            if n > room:
                continue
            key = low if n == 1 else " ".join(lowers[i : i + n])
            if key in TITLES and (n == 1 or not any(poss[i : i + n - 1])):
                best = (text[starts[i] : ends[i + n - 1]], TITLES[key], i + n)
                break
        # Portfolio forms: Foreign Minister; Minister of Foreign Affairs.  A portfolio (all
        # lower case in the table) starts with a word of _PORTFOLIO_FIRST.
        if low in _PORTFOLIO_FIRST:
            for n in (2, 1):
                k = i + n
                if k < self.n and last >= k:
                    key = " ".join(lowers[i:k])
                    # "Foreign Affairs Cabinet Secretary" (Kenya): the head after "Cabinet"
                    h = k + 1 if lowers[k] == "cabinet" and k + 1 < self.n and last > k else k
                    if key in PORTFOLIOS and lowers[h] in PORTFOLIO_HEADS and not any(poss[i:k]):
                        if best is None or best[2] <= h + 1:
                            best = (text[starts[i] : ends[h]], "minister", h + 1)
                        break
        if low in PORTFOLIO_HEADS and i + 2 < self.n and lowers[i + 1] in {"of", "for"}:
            for n in (2, 1):
                k = i + 2 + n
                if k <= self.n and " ".join(lowers[i + 2 : k]) in PORTFOLIOS and last >= k - 1:
                    k = self.more_portfolios(k)
                    if best is None or best[2] < k:
                        best = (text[starts[i] : ends[k - 1]], "minister", k)
                    break
        elif best is not None and (best[2] > i + 1 or "-" in low):
            best = self.portfolio_after(i, best, last)
        if (best is None or best[2] < i + 2) and low in _PLURAL_FIRST:
            best = self.plural_title(i, last) or best
        if best is not None and poss[best[2] - 1] and best[1] != "honorific":
            return None  # "the Prime Minister's Office" is not a person
        return best

    def more_portfolios(self, k: int) -> int:
        """
        The end of a ministry's further portfolios after its first, up to three.

        "Minister of Energy and Mines A", "Minister of Investment, Industry and Trade B": each
        in capitals and in :data:`PORTFOLIOS`, after a comma or "and"; not one that heads an
        office of its own ("the Minister of Finance and Trade Minister C").
        """
        t = self.t
        settled = k  # the end before portfolios after a comma that no "and" has closed yet
        for _ in range(3):
            j = k + 1 if k < self.n and t.lowers[k] == "and" and self.gap(k) == " " else k
            if j == k and (k >= self.n or self.gap(k) != ", "):
                break
            for n in (2, 1):
                e = j + n
                if (
                    e <= self.n
                    and all(w[:1].isupper() for w in t.words[j:e])
                    and all(self.gap(x) == " " for x in range(j + 1, e))
                    and (j == k or self.gap(j) == " ")
                    and " ".join(t.lowers[j:e]) in PORTFOLIOS
                    and " ".join(t.lowers[j:e]) not in _PORTFOLIO_ADJECTIVES
                    and (e >= self.n or t.lowers[e] not in PORTFOLIO_HEADS)
                ):
                    via_and = j != k
                    k = e
                    if via_and:
                        settled = k
                    break
            else:
                break
        # "Minister of Investment, Industry and Trade A" closes with "and"; "Minister of
        # Foreign Affairs, Regional Integration and Togolese Abroad" does not: its run is left
        # to the readers of portfolios after commas
        return settled

    def portfolio_after(
        self, i: int, best: tuple[str, TitleKind, int], last: int
    ) -> tuple[str, TitleKind, int]:
        """
        A longer office ending in a minister's head, with its portfolio after it.

        "Vice-Minister for Foreign Affairs A", "State Secretary for Foreign Affairs B" (as
        Japan's and the Nordic services style them): the whole portfolio of two words, not
        the start of a list ("Cabinet Secretary for Foreign and Diaspora Affairs" keeps its
        own reading).
        """
        t = self.t
        lowers = t.lowers
        h = best[2] - 1
        k = h + 4
        if (
            lowers[h].rpartition("-")[2] in PORTFOLIO_HEADS
            and k <= self.n
            and last >= k - 1
            and lowers[h + 1] in {"of", "for"}
            and " ".join(lowers[h + 2 : k]) in PORTFOLIOS
        ):
            return (t.text[t.starts[i] : t.ends[k - 1]], "minister", k)
        return best

    def second_holder(self, after: int, name_end: int) -> tuple[int, int] | None:
        """
        The second name after a plural office's first: "Prime Ministers A and B".

        Its start and end; the first's country may stand between ("Presidents A of Peru
        and B of Ecuador").  None when the office before ``after`` is no plural one of
        :data:`_PLURAL_TITLES`, or no name of two words follows "and".
        """
        t = self.t
        if t.lowers[after - 1] not in _PLURAL_ENDS:
            return None
        j = name_end
        country = self.of_country_span(j) if j < self.n else None
        if country is not None:
            j = country[1]  # "of Peru", "of the Dominican Republic": the first's country
        if j + 2 >= self.n or t.lowers[j] != "and" or self.gap(j) != " " or self.gap(j + 1) != " ":
            return None
        end = self.name(j + 1)
        return (j + 1, end) if end - (j + 1) >= 2 else None

    def plural_title(self, i: int, last: int) -> tuple[str, TitleKind, int] | None:
        """
        A leader's office in the plural before a name: "Prime Ministers A and B".

        Read as the singular office of the first name; the second name, after "and", holds
        it too (see ``second_holder``).
        """
        t = self.t
        for n in (2, 1):
            k = i + n
            if k > last + 1 or k >= self.n or self.gap(k) != " " or not t.words[k][:1].isupper():
                continue
            single = _PLURAL_TITLES.get(" ".join(t.lowers[i:k]))
            if single is not None:
                return t.text[t.starts[i] : t.ends[k - 1] - 1], TITLES[single], k
        return None

    def ranked(
        self, i: int, k: int, title: tuple[str, TitleKind, int]
    ) -> tuple[str, TitleKind, int]:
        """
        The title with the rank written before it: "Deputy Prime Minister", not "Prime Minister".

        ``i..k`` are the modifiers read past before the office; "former" or "acting" leave it
        as it is, but a deputy or vice is another office.
        """
        lowers = self.t.lowers
        for m in range(i, k):
            if lowers[m] in _RANKS and self.run_end[m] >= k:
                if m > i and lowers[m - 1] == "first":  # "First Deputy Prime Minister"
                    m -= 1  # noqa: PLW2901 - the rank's own first word
                text = self.t.text[self.t.starts[m] : self.t.ends[title[2] - 1]]
                return (text, title[1], title[2])
        return title

    def name(self, i: int, *, styled: bool = False) -> int:  # noqa: C901, PLR0912 - one pass of kinds
        """
        A person's name written out: capitalised words, particles and initials.

        ``styled``: a prince's or sheikh's style stands before ``i``, so its first word is a
        given name even when it is also a title ("Sheikh Sultan bin A", "Prince Sultan").
        """
        t = self.t
        words, lowers, gaps, poss, n = t.words, t.lowers, t.gaps, t.poss, self.n
        kinds = _NAME_KINDS
        k = i
        most = i + 6 if i + 6 < n else n  # (six words at most: "Sayyid Nasser bin Saif Al Rawahi")
        while k < most:
            w = words[k]
            if k > i and (gaps[k] != " " or poss[k - 1]):
                break
            kind = kinds.get(w)
            if kind is None:
                kind = kinds[w] = _name_kind(w)
            if (
                kind != _STOP
                or (styled and k == i and w[:1].isupper())
                or (k == i and w.isupper() and self.bare_initials(k))
                # a regnal number after the name: "King Tupou VII", "Carl XVI Gustaf"
                or (k > i and w[0] in "IVX" and _REGNAL_NUMBER_RE.fullmatch(w))
            ):
                k += 1
                continue
            if k > i and lowers[k] in _PARTICLES:
                m = k
                while m < n and lowers[m] in _PARTICLES and m - k < 3:
                    m += 1
                if m < n and words[m][:1].isupper() and self.joined(k, m + 1):
                    # a family name that is also a word stopping a name elsewhere: "Azzan
                    # bin Qais al Said" (not the verb), "Khalid bin Sultan" (not the office)
                    k = m + 1 if lowers[m] in _NAMES_AFTER_PARTICLE else m
                    continue
            if "-" in w and _PARTICLE_PREFIX_RE.match(w):
                k += 1
                continue
            if (
                k > i
                and lowers[k] in _INNER_STYLES
                and lowers[k - 1] not in _STYLES_OF_ADDRESS  # "His Highness Sheikh A"
                and self.name_word_follows(k)
            ):
                # Somali names carry "Sheikh" inside: "Hassan Sheikh Ali Farah"
                k += 1
                continue
            if k > i and w == "Said" and self.name_word_follows(k):
                # an Arabic name in capitals inside an East African or Arab name, not the verb
                # in lower case: "Upendo Said Kilawe" (see _NAMES_AFTER_PARTICLE)
                k += 1
                continue
            if k > i and w in _PLACE_SURNAMES and self.city_surname(k):
                k += 1  # "Joao Lima said": a surname that is also a city's name ends the name
            elif k > i and w in _CITY_SURNAMES and self.city_inside(k):
                k += 1  # "Carlos Trujillo Vega": a city's name between two names of a person
                continue
            break
        if k < n and words[k] in _FIELD_TAILS and gaps[k] == " " and not poss[k - 1]:
            return i  # "Inter-Services Public Relations": a body named by its field
        # Words i..k-1 were classified above, or skipped as particles.
        while k > i and (
            (kinds.get(words[k - 1]) == _INITIAL and words[k - 1][-1] == ".")
            or lowers[k - 1] in _PARTICLES
        ):
            k -= 1
        return k

    def name_word_follows(self, k: int) -> bool:
        """Whether a capitalised name word follows token ``k`` after a single space."""
        t = self.t
        return k + 1 < self.n and t.gaps[k + 1] == " " and _name_kind(t.words[k + 1]) == _PART

    def bare_initials(self, k: int) -> bool:
        """
        Initials without stops opening a name, as South Asian papers write them.

        "Foreign Minister AK Abdul Haque", "External Affairs Minister SM Rao": two or three
        capitals before a name word, where no country or body is so abbreviated ("US", "EU").
        """
        t = self.t
        w = t.words[k]
        return (
            1 < len(w) < 4
            and w.isalpha()
            and w.isupper()
            and k + 1 < self.n
            and t.gaps[k + 1] == " "
            and _name_kind(t.words[k + 1]) == _PART
            and w not in _COUNTRY_FIRST
            and t.lowers[k] not in _ORG_FIRST
        )

    def surname_read(self, word: str) -> bool:
        """Whether a person read before has ``word`` as surname ("Lima said" after "Joao Lima")."""
        items, surnames = self.items, self.surnames
        # each item is looked at once (linear), from C: the last word of each name of two
        # words or more
        names = list(map(_ITEM_NAME, items[self.surnames_upto :]))
        surnames.update(map(_LAST, compress(names, map(_MORE_THAN_ONE, map(len, names)))))
        self.surnames_upto = len(items)
        return word in surnames

    def city_surname(self, k: int) -> bool:
        """Whether the city's name at k ends the name before it ("Joao Lima", not "Lima Peru")."""
        t = self.t
        return (
            (t.words[k] in _CITY_SURNAMES or t.words[k] in _COUNTRY_SURNAMES)
            and _NAME_KINDS.get(t.words[k - 1]) == _PART
            and (k + 1 >= self.n or t.gaps[k + 1] != " " or not t.words[k + 1][:1].isupper())
        )

    def city_inside(self, k: int) -> bool:
        """Whether the city's name at k stands between two names ("Carlos Trujillo Vega")."""
        t = self.t
        after = k + 1
        return (
            t.words[k] in _CITY_SURNAMES
            and not t.poss[k]
            and _NAME_KINDS.get(t.words[k - 1]) == _PART
            and after < self.n
            and t.gaps[after] == " "
            and _name_kind(t.words[after]) == _PART
        )

    def body(self, i: int) -> tuple[str, int] | None:
        """A state body after a nationality: "military", "foreign ministry", "Air Force"."""
        t = self.t
        if i >= self.n:  # the nationality ended the text
            return None
        # "Ministry of Finance", "Ministry of Foreign Affairs"
        if (
            t.lowers[i] in {"ministry", "department"}
            and i + 2 < self.n
            and t.lowers[i + 1]
            in {
                "of",
                "for",
            }
        ):
            for n in (2, 1):
                k = i + 2 + n
                if k <= self.n and " ".join(t.lowers[i + 2 : k]) in PORTFOLIOS:
                    return self.raw(i, k), k
        room = self.run_end[i] + 1 - i
        for n in _BODY_LENGTHS.get(t.lowers[i], ()):
            if n > room:
                continue
            key = t.lowers[i] if n == 1 else " ".join(t.lowers[i : i + n])
            if key in BODY_NOUNS:
                return self.raw(i, i + n), i + n
        # Portfolio ministries: the Russian foreign ministry.
        for n in (2, 1):
            k = i + n
            if (
                k < self.n
                and " ".join(t.lowers[i:k]) in PORTFOLIOS
                and t.lowers[k]
                in {
                    "ministry",
                    "department",
                    "office",
                }
            ):
                return self.raw(i, k + 1), k + 1
        return None

    def org(self, i: int) -> tuple[str, str | None, int] | None:
        """A named organisation from the table."""
        t = self.t
        room = self.run_end[i] + 1 - i
        for n in _ORG_LENGTHS.get(t.lowers[i], ()):
            if n > room:
                continue
            raw = t.text[t.starts[i] : t.ends[i + n - 1]]
            hit = _ORG_ACRONYMS.get(raw) or _ORG_BY_LOWER.get(raw.lower())
            if hit is None and t.poss[i + n - 1]:
                base = " ".join(t.words[i : i + n])
                hit = _ORG_ACRONYMS.get(base) or _ORG_BY_LOWER.get(base.lower())
            if hit is not None and (n > 1 or t.words[i][:1].isupper()):
                return hit[0], hit[1], i + n
        return None

    def country(self, i: int) -> tuple[str, int] | None:
        """A country named as a noun: "France", "the United States", "Israel's"."""
        t = self.t
        room = self.run_end[i] + 1 - i
        for n in _COUNTRY_LENGTHS.get(t.words[i], ()):
            if n > room:
                continue
            w = t.words[i] if n == 1 else " ".join(t.words[i : i + n])
            if w in COUNTRY_NAMES and w[:1].isupper():
                return COUNTRY_NAMES[w], i + n
        return None

    # The scan.
    def read(self) -> list[_Item]:  # noqa: C901, PLR0912 - one dispatch over the start kinds
        t = self.t
        # Only a capitalised word or one of a few lower-case words can start an item;
        # step() passes over any other word at once, so the scan skips them here.
        words, lowers, last = t.words, t.lowers, self.n - 1
        if len(_NAME_KINDS) > _KINDS_MAX:  # (it grows by an article's words at most)
            _NAME_KINDS.clear()
        kinds = _START_KINDS
        missing = self.word_set.difference(kinds)
        if missing:
            if len(kinds) + len(missing) > _KINDS_MAX:
                kinds.clear()
                missing = self.word_set
            kinds.update({w: _start_kind(w) for w in missing})
        name_item, step = self.name_item, self.step
        i = 0
        starts = list(map(kinds.__getitem__, words))
        for k, kind in zip(compress(count(), starts), filter(None, starts), strict=True):
            if k < i:
                continue
            if kind == _PLAIN_START:
                i = name_item(k)
            elif kind == _OTHER_START:
                i = step(k)
            elif kind == _LOWER_TITLE_START:
                if k < last and lowers[k + 1] in _TITLE_SECOND.get(lowers[k], _NO_WORDS):
                    i = step(k)
                else:
                    self.role = None  # as step() leaves it, reading nothing
            elif kind == _ARTICLE_START:
                # An article starts nothing unless a nationality, title, body or pair follows.
                if k == last or words[k + 1] in _COUNTRY_FIRST or lowers[k + 1] in _AFTER_ARTICLE:
                    i = step(k)
            else:
                i = self.lower_surname(k)
        if ", " in self.t.text:
            self.respective_offices()
        if not _BODY_TAILS.isdisjoint(words):
            self.items = [item for item in self.items if not self.names_body(item)]
        return self.items

    def names_body(self, item: _Item) -> bool:
        """
        Whether a person ``item`` is the head of a body's name run on after it.

        "the General Border Committee", "the Joint Staff Council": a rank or a capitalised
        word, then the body's noun right after (one space), names a body, not General Border.
        """
        j = item.j
        return (
            item.kind in {"person", "name"}
            and j < self.n
            and self.t.gaps[j] == " "
            and self.t.words[j] in _BODY_TAILS
        )

    def respective_offices(self) -> None:
        """
        Give the offices and countries of a group to the names listed after it, in order.

        "The presidents of Peru and Bolivia, Carmen Villanueva and Alvaro Quispe, signed":
        Villanueva is Peru's president, Quispe Bolivia's.
        """
        t, items = self.t, self.items
        # (only two names in a row are read: picked from C)
        names = list(map("name".__eq__, map(_ITEM_KIND, items)))
        for a, b in compress(pairwise(items), map(and_, names, names[1:])):
            if (
                a.title is not None
                or t.text[t.ends[a.j - 1] : t.starts[b.i]] != " and "
                or t.gaps[a.i] != ", "
            ):
                continue
            start = t.starts[a.i]
            m = _RESPECTIVE_RE.search(t.text, max(0, start - _RESPECTIVE_REACH), start)
            if m is None:
                continue
            first, second = COUNTRY_NAMES.get(m.group(2)), COUNTRY_NAMES.get(m.group(3))
            office = m.group(1)
            head, _, rest = office.partition(" of ")
            single = (head[:-1] + (" of " + rest if rest else "")).lower()
            kind = TITLES.get(single) or TITLES.get(single.split()[-1])
            if first is None or second is None or kind is None:
                continue
            for item, code in ((a, first), (b, second)):
                item.title, item.title_kind = single, kind
                item.country = item.country or code

    def step(self, i: int) -> int:  # noqa: C901, PLR0911, PLR0912, PLR0915 - one decision list
        t = self.t
        lowers, words, n = t.lowers, t.words, self.n
        low = lowers[i]
        # (read() steps here only at a capitalised word or one of _LOWER_STARTS)
        if low in _PRONOUNS and words[i] in {low, low.capitalize()} and not _address(t, i):
            self.items.append(_Item("pronoun", i, i + 1, gender=_PRONOUNS[low]))
            if low not in _LEADS:
                return i + 1
        if low in _PAIR_LEADS and (
            low != "the" or (i + 1 < n and lowers[i + 1] in _PAIR_AFTER_THE)
        ):
            pair = self.pair(i)
            if pair > i:
                return pair
        lead = low in _LEADS and i + 1 < n
        if lead:
            j = i + 1
            # (kept for add_title(): "the visiting minister" is a description with a role)
            self.role = role = _ROLES_OF_VISITS.get(lowers[j])
            if role is not None:
                j = self.visit_role(i, j, role)
                if j < 0:
                    return -j  # the role alone named the person, or no one
        else:
            j, self.role = i, None
            if self.after_lead[0] == i:
                # The article before read the words from i and found nothing (the reading
                # below depends on j alone), so only proper() is left.
                return i + 1 if words[i] in _NO_PROPER else self.proper(i, self.after_lead[1])
        wj = words[j]
        mod = None
        noun: tuple[str, int] | _Unread | None = _UNREAD
        if wj in _COUNTRY_FIRST:
            mod = self.country_mod(j)
            if mod is None and wj[:1].isupper():
                # A country name used as an adjective before a title: "Kosovo Prime Minister".
                noun = found = self.country(j)
                if (
                    found is not None
                    and found[1] < n
                    # (not across a sentence's end: "... Nicaragua. Foreign Minister A")
                    and not _SENTENCE_END_GAP_RE.search(t.gaps[found[1]])
                    and lowers[found[1]] in _TITLE_GATE
                    and self.title(found[1]) is not None
                ):
                    mod = (found[0], found[1], False)
        k0 = k = mod[1] if mod else j
        while k < n and lowers[k] in MODIFIERS:
            k += 1
        # ("Zambia's industry and trade minister A": the last of joined portfolios)
        k = self.past_joined_portfolios(k) if mod and k < n and lowers[k] in PORTFOLIOS else k
        title = self.title(k) if k < n and lowers[k] in _TITLE_GATE else None
        if title is not None:
            title = self.ranked(k0, k, title)
        if k > k0 and lowers[k0] in _TITLE_GATE:
            # A modifier that starts a longer office: "Chief of Army Staff", "Chief Minister".
            whole = self.title(k0)
            if whole is not None and (title is None or whole[2] >= title[2]):
                title = whole
        if title is not None:
            return self.add_title(i, j, mod, title, article=lead)
        if mod is not None:
            body = self.body(mod[1]) if mod[1] < self.n and t.lowers[mod[1]] in _BODY_GATE else None
            if body is not None:
                return self.add_body(j, mod[0], body)
            if mod[2] and mod[1] < self.n and t.gaps[mod[1]] == " ":
                end = self.name(mod[1])
                if end - mod[1] >= 2:  # "Tanzania's Grace Lyimo"
                    item = _Item(
                        "person", j, end, name=tuple(t.words[mod[1] : end]), country=mod[0]
                    )
                    self.items.append(item)
                    return end
            if mod[2]:  # "Israel's" before anything else: the country itself
                self.items.append(_Item("country", j, mod[1], country=mod[0]))
                return mod[1]
        if (
            lead
            and low == "the"
            and t.lowers[j] in _BODY_GATE
            and (body := self.body(j)) is not None
            and (
                body[0][:1].isupper()
                and body[0].lower().startswith(("ministry of", "department of"))
            )
        ):
            self.items.append(_Item("org", j, body[1], actor=_fixed_actor(body[0], "organization")))
            return body[1]
        if lead:
            self.after_lead = (j, noun)
            return i + 1
        if words[i] in _NO_PROPER:
            return i + 1
        # When step() read the word as a country above, proper() need not read it again.
        return self.proper(i, noun)

    def visit_role(self, i: int, j: int, role: str) -> int:
        """
        Read a visit's role after an article or a possessive at ``i`` (the role at ``j``).

        Returns the token the office starts at ("the visiting minister", "the host
        president"), or minus where the reading ends when the role names the person alone
        ("the guest", "his host", "their hosts"; "the host country" is no one).
        """
        lowers, n = self.t.lowers, self.n
        if lowers[j] == "visiting" or (
            j + 1 < n and self.gap(j + 1) == " " and lowers[j + 1] in _TITLE_GATE
        ):
            return j + 1 if j + 1 < n else -(i + 1)
        if lowers[i] != "the" or lowers[j] in {"guest", "visitor"}:
            self.items.append(_Item("desc", i, j + 1, role=role))
        return -(j + 1)

    def organ_title(self, at: int) -> tuple[str, TitleKind, int] | None:
        """The title after an organ of a body at ``at``: "(Hamas) political bureau chief"."""
        organ = at
        while (
            organ + 1 < self.n
            and organ - at < _ORGAN_WORDS_MOST
            and self.gap(organ) == " "
            and self.t.words[organ] in _ORG_ORGANS
        ):
            organ += 1
        return self.title(organ) if organ > at else None

    def proper(self, i: int, noun: tuple[str, int] | _Unread | None = _UNREAD) -> int:
        """An organisation, a country, a people or a name (``noun``: country(i) if read)."""
        t = self.t
        org = self.org(i) if t.lowers[i] in _ORG_FIRST else None
        if org is not None:
            # "Kremlin spokesman Ivan Orlov": a title and a name after an organisation.
            # (a space between: "European Council.\n\nPrime Minister A" is no such title)
            at = org[2]
            # "the Taliban's acting Defence Minister A": an office held for now, then the title
            while at + 1 < self.n and t.gaps[at] == " " and t.lowers[at] in _FOR_NOW:
                at += 1
            title = self.title(at) if at < self.n and t.gaps[at] == " " else None
            if title is None:
                title = self.organ_title(at)
            if (
                title is not None
                and title[1] != "honorific"
                and title[2] < self.n
                and (
                    (self.gap(title[2]) == " " and self.name(title[2]) > title[2])
                    # "the European Commission president, Ana Roth,"
                    or self.named_after_comma(title[2]) is not None
                )
            ):
                mod = (org[1], org[2], False) if org[1] else None
                return self.add_title(i, i, mod, title, article=False)
            return self.add_org(i, org)
        if t.words[i] in _NO_NAME:
            return i + 1
        if t.words[i] not in _COUNTRY_FIRST:
            country = None
        elif noun is _UNREAD:
            country = self.country(i)
        else:
            country = noun
        if country is not None:
            self.items.append(_Item("country", i, country[1], country=country[0]))
            return country[1]
        w = t.words[i]
        if w in PEOPLES:
            self.items.append(_Item("people", i, i + 1, country=PEOPLES[w]))
            return i + 1
        return self.name_item(i)

    def lower_surname(self, i: int) -> int:
        """A surname in lower case ("al-Sayed"), read before in a full name; else nothing."""
        if self.surname_read(self.t.words[i]):
            self.items.append(_Item("name", i, i + 1, name=(self.t.words[i],)))
        return i + 1

    def name_item(self, i: int) -> int:
        """A person's name at token i (after the other recognisers found nothing)."""
        t = self.t
        # (most words: one test for the cases of name_item_cases())
        end = self.name(i) if t.words[i] not in _NAME_ITEM_CASES else self.name_item_cases(i)
        if end < 0:
            return ~end
        # words[i] has a capital, so its lower-case form, if written, is a lower-case word.
        if (
            end - i >= 2
            and t.lowers[i] in self.word_set
            # "New South Wales Premier X": a place whose first word is a common one.
            and " ".join(t.words[i:end]) not in _PLACE_NAMES
        ):
            i += 1  # "Author Jane Roe": a common word written with a capital, then the name
        if end > i and (place := " ".join(t.words[i:end])) in _PLACE_NAMES:
            # "New Delhi", "Tamil Nadu": a place written like a name; a capital is its country
            code = CAPITALS.get(place)
            if code is not None:
                self.items.append(_Item("country", i, end, country=code))
            elif (
                end < self.n
                and self.gap(end) == " "
                and t.lowers[end] in _TITLE_GATE
                and (title := self.title(end)) is not None
                and (code := SUBDIVISIONS.get(place)) is not None
            ):
                # "Ohio Governor Jo Li": a state or province before a title gives the country.
                return self.add_title(i, i, (code, end, False), title, article=False)
            return end
        if end > i:
            item = _Item("name", i, end, name=tuple(t.words[i:end]))
            self.items.append(item)
            if end < self.n and (
                t.lowers[end] in _APPOSITION_LEADS
                or "(" in t.gaps[end]
                or (
                    t.gaps[end].strip() == ","
                    and (
                        t.words[end] in _COUNTRY_FIRST
                        or t.lowers[end] in _BARE_APPOSITION
                        or t.lowers[end] in _POSSESSIVE_LEADS
                    )
                )
            ):
                self.apposition(item)
            return end
        return i + 1

    def name_item_cases(self, i: int) -> int:
        """
        The end of the name at a word of ``_NAME_ITEM_CASES``, or ``~end`` of what it read else.

        A state's office ("Ohio Governor A"), a surname read before that is a city's name
        ("Lima said" after "Joao Lima"), a name opened by a city's name ("President Sofia B").
        """
        w = self.t.words[i]
        if w in _SUBDIVISION_FIRST:
            end = self.subdivision_title(i)
            if end > i:
                return ~end
        if w in _CITY_SURNAMES and self.surname_read(w):
            # "Lima said" after "Joao Lima": the person, not the city
            self.items.append(_Item("name", i, i + 1, name=(w,)))
            return ~(i + 1)
        end = self.name(i)  # (and a name opened by a city's name, read on its gate's word)
        return max(end, self.name_from_city(i)) if w in _CITY_GIVEN_NAMES else end

    def pair(self, i: int) -> int:
        """Read "the two leaders", "both men", "the two foreign ministers"."""
        t = self.t
        if t.lowers[i] not in {"the", "both", "all"} or i + 2 > self.n:
            return i
        k = i + 1
        count = 2
        if t.lowers[i] == "the" and t.lowers[k] == "pair":
            self.items.append(_Item("pair", i, k + 1, gender="2"))
            return k + 1
        if (
            t.lowers[i] == "the"
            and t.lowers[k] == "two"
            and k + 1 < self.n
            and (
                _pair_verb(t.lowers[k + 1])
                # "the two first met in June": an adverb, then the verb
                or (
                    t.lowers[k + 1] in _PAIR_ADVERBS
                    and k + 2 < self.n
                    and _pair_verb(t.lowers[k + 2])
                )
            )
        ):
            self.items.append(_Item("pair", i, k + 1, gender="2"))
            return k + 1
        if t.lowers[i] in {"the", "all"} and t.lowers[k] in _COUNTS:
            count = _COUNTS[t.lowers[k]]
            k += 1
        elif t.lowers[i] == "the" and t.lowers[k] not in _PAIR_NOUNS:
            return i
        for end in (k + 1, k + 2, k + 3):
            if end <= self.n and t.lowers[end - 1] in _PAIR_NOUNS and self.joined(i, end):
                self.items.append(_Item("pair", i, end, gender=str(count)))
                return end
        return i

    def add_body(self, i: int, code: str, body: tuple[str, int]) -> int:
        words, end = body
        low = words.lower()
        label = (
            low
            if low in _LOWER_BODIES
            else " ".join(
                w if w in {"of", "for", "and"} else w[:1].upper() + w[1:] for w in low.split()
            )
        )
        kind: ActorKind = "organization" if low in _ORG_BODIES or "ministry" in low else "group"
        actor = _fixed_actor(f"{_demonym(code)} {label}", kind, code)
        self.items.append(_Item("org", i, end, actor=actor))
        return end

    def add_org(self, i: int, org: tuple[str, str | None, int]) -> int:
        name, code, end = org
        self.items.append(_Item("org", i, end, actor=_fixed_actor(name, "organization", code)))
        return end

    def add_title(  # noqa: C901, PLR0911, PLR0912, PLR0915 - the forms a name takes after a title
        self,
        lead: int,
        i: int,
        mod: tuple[str, int, bool] | None,
        title: tuple[str, TitleKind, int],
        *,
        article: bool,
    ) -> int:
        t = self.t
        words, kind, after = title
        code = mod[0] if mod else COUNTRY_OF_TITLE.get(words.lower())
        # "the Acting Foreign Minister": the office as held for now, kept beside the title
        # so that a later "the Acting Foreign Minister" is not the minister named beside him
        acting = "acting" in t.lowers[lead : title[2]]
        also = f"Acting {words}" if acting else None
        if after < self.n and t.gaps[after] == "/":
            # "Deputy Prime Minister/Foreign Minister A": one person holds both offices
            joint = self.joint_title(after)
            if joint is not None:
                also = words
                words, kind, after = joint
        while after < self.n and t.gaps[after] == " ":
            if t.lowers[after] in _HONORIFICS or (
                # "Foreign Minister Senator A": a legislator's style after the office
                t.lowers[after] in _SENATOR and after > title[2]
            ):
                after += 1
                continue
            # a style of more words after the office: "Prime Minister Datuk Seri A", "Prime
            # Minister the Most Hon. B", "Senator the Hon. C"
            styled = self.past_styles(after)
            if styled == after:
                break
            after = styled
        after = self.rank_after(after, kind)
        # "the Indonesian minister and Foreign Minister B": a description and another person
        joint = None if words.lower() == "minister" else self.joint_title(after)
        if joint is not None:
            # "Deputy Prime Minister and Foreign Minister A": one person holds both offices;
            # the portfolio after "and" is the title read ("Deputy Prime Minister" is no
            # head of government, and "the prime minister" further on is someone else);
            # the first is kept to take up "the Deputy Prime Minister" later
            also = words
            words, kind, after = joint

        def person(name_start: int, name_end: int, country: str | None) -> _Item:
            item = _Item(
                "person",
                i,
                name_end,
                name=tuple(t.words[name_start:name_end]),
                title=None if kind in {"honorific", "counterpart"} else words,
                title_kind=kind,
                country=country,
                gender=GENDER_OF_TITLE.get(words.lower()),
                possessor=article and t.lowers[lead] in {"his", "her"},
                also=also,
            )
            self.items.append(item)
            return item

        family = self.family_first(after)
        if family is not None:
            # "Mr. IWASAKI Kenji": the family name in capitals first, read "Kenji Iwasaki"
            item = person(after, after + 2, code)
            item.name = (t.words[after + 1], family)
            self.apposition(item)
            return after + 2
        name_end = self.name_after(after, styled=after > title[2])
        if name_end > after:
            self.apposition(person(after, name_end, code))
            other = self.second_holder(after, name_end)
            if other is not None:
                # "Prime Ministers A and B": B holds the office too (in another country)
                item = person(other[0], other[1], None)
                item.i = other[0]
                self.apposition(item)  # ("Presidents A of Peru and B of Ecuador")
                return other[1]
            return name_end
        listed = self.portfolio_list(after) if kind == "minister" else None
        if listed is not None:
            # "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, A,"
            list_end, name_start, name_end = listed
            words = words + t.text[t.ends[after - 1] : t.ends[list_end - 1]]
            person(name_start, name_end, code or self.demonym_in(after, list_end))
            return name_end
        named = self.named_later(after, words, ranked=code is not None)
        if named is not None:
            k, name_start, name_end = named
            person(name_start, name_end, code or self.country_of_phrase(after, k))
            return name_end
        # A title without a name: a speaker for an organisation, or a description.
        if (
            words.lower() in SPEAKER_NOUNS
            and after + 1 < self.n
            and t.lowers[after] in {"for", "of"}
        ):
            k = after + 1
            if t.lowers[k] == "the" and k + 1 < self.n:
                k += 1
            mod2 = self.country_mod(k)
            body = self.body(mod2[1]) if mod2 is not None else None
            if mod2 is not None and body is not None:
                end = self.add_body(k, mod2[0], body)
                self.items[-1].i = lead
                return end
            org = self.org(k)
            if org is not None:
                end = self.add_org(k, org)
                self.items[-1].i = lead
                return end
        if (article and t.lowers[lead] == "the") or (
            mod is not None
            and mod[2]
            and code
            # (not "Qatar's Prime Minister and Minister of Foreign Affairs, Sheikh A": a
            # name in apposition follows, read by the meeting's reader)
            and not t.text.startswith((",", " and "), t.ends[after - 1])
        ):
            # "the Jordanian monarch", "the visiting minister", "Kenya's trade minister": the
            # person of that office (and country) named before; a country's ("Kenya's") only
            # one known to be of that country (``possessor`` marks it)
            self.items.append(
                _Item(
                    "desc",
                    lead,
                    after,
                    title=words,
                    title_kind=kind,
                    country=code,
                    possessor=not (article and t.lowers[lead] == "the"),
                    role=self.role,
                    also=also,
                )
            )
            second = self.shared_article(after) if article and t.lowers[lead] == "the" else None
            if second is not None:
                # "The Secretary and Foreign Minister discussed ...": two offices, one "the"
                self.items.append(
                    _Item("desc", after + 1, second[2], title=second[0], title_kind=second[1])
                )
                return second[2]
        return after

    def named_later(
        self, after: int, words: str, *, ranked: bool = False
    ) -> tuple[int, int, int] | None:
        """
        The name of an office's holder told after the office's words, not right after them.

        After a comma, "for" or "of" (see the readers called). An office in the "Minister of
        Foreign Affairs" form may run on with more portfolios ("..., Regional Integration and
        Tourism of Chad, A"): its tail is read first.  ``ranked``: a rank may stand before the
        name although the office is in lower case (its country told before it: "Niger's head
        of state, Gen. A").
        """
        long_form = " of " in words or " for " in words
        return (
            (self.named_after_tail(after) if long_form else None)
            or self.named_after_comma(after, ranked=ranked)
            or self.envoy_for(after, to=words.lower().rsplit(" ", 1)[-1] in _POSTED_TO)
            or self.named_after_of(after)
            or self.named_after_tail(after)
        )

    def joint_title(self, after: int) -> tuple[str, TitleKind, int] | None:
        """
        A second office after "and" or "/" that a name follows: "... and Foreign Minister A".

        A legislator's style may stand before the name ("/Foreign Minister Senator A").
        """
        t = self.t
        slash = after < self.n and t.gaps[after] == "/"
        k = after if slash else after + 1
        if (
            k >= self.n
            or (not slash and (t.lowers[after] != "and" or self.gap(after) != " "))
            or (not slash and self.gap(k) != " ")
            or t.lowers[k] not in _TITLE_GATE
        ):
            return None
        second = self.title(k)
        # "the President and Prime Minister A" are two; "High Representative/Vice-President
        # A" is one, whatever the offices: a slash never joins two people
        if second is None or (second[1] != "minister" and not slash):
            return None
        end = second[2]
        while end < self.n and self.gap(end) == " " and t.lowers[end] in _SENATOR:
            end += 1
        if self.name_after(end, styled=False) <= end:
            return None
        return second

    def shared_article(self, after: int) -> tuple[str, TitleKind, int] | None:
        """A second office after "the X and" with no name: "The Secretary and Foreign Minister"."""
        t = self.t
        slash = after < self.n and self.gap(after) == "/"
        k = after if slash else after + 1
        if (
            k >= self.n
            or (not slash and (t.lowers[after] != "and" or self.gap(after) != " "))
            or (not slash and self.gap(k) != " ")
            or t.lowers[k] not in _TITLE_GATE
        ):
            return None
        second = self.title(k)
        if (
            second is None
            or second[1] in {"honorific", "counterpart"}
            or (second[2] < self.n and self.name_after(second[2], styled=False) > second[2])
        ):
            return None
        return second

    def subdivision_title(self, i: int) -> int:
        """
        Read "New South Wales Premier A", "Maharashtra Chief Minister A": the state's country.

        The state's name (one to four words) is followed by a title; returns the end of the
        item read, or ``i`` when there is none.
        """
        t = self.t
        last = self.run_end[i]
        # the title joined to the state's name by a space: "in Sabah.\n\nForeign Minister A"
        # is no Sabah minister
        for n in range(min(4, last - i, self.n - 1 - i), 0, -1):
            code = SUBDIVISIONS.get(" ".join(t.words[i : i + n]))
            k = i + n
            if code is None or t.lowers[k] not in _TITLE_GATE:
                continue
            title = self.title(k)
            if title is not None and title[1] != "honorific":
                return self.add_title(i, i, (code, k, False), title, article=False)
        return i

    def envoy_for(self, i: int, *, to: bool = False) -> tuple[int, int, int] | None:
        """
        Read "[title] for Yemen Lars Holm": the country is the envoy's brief, not his own.

        A country after "for" (or, with ``to``, after "to": "Japanese Ambassador to Russia
        Yoshiro Kitamura", "High Commissioner to Fiji Anna Reid", "Ambassador to the
        Netherlands Ivo Brandt"), then a name of two words
        at least, all joined by spaces. Returns (``i``, first name token, end of name) or None.
        """
        t = self.t
        if i + 3 >= self.n or self.gap(i) != " ":
            return None
        if t.lowers[i] != "for" and not (to and t.lowers[i] == "to"):
            return None
        # (a country named with its article: "Ambassador to the Philippines A B")
        first = i + 2 if t.lowers[i + 1] == "the" and self.gap(i + 2) == " " else i + 1
        found = self.country(first) if t.words[first] in _COUNTRY_FIRST else None
        if found is None or found[1] >= self.n or self.gap(found[1]) != " ":
            return None
        start = found[1]
        end = self.name(start)
        return (i, start, end) if end - start >= 2 else None

    def family_first(self, k: int) -> str | None:
        """
        The family name of "IWASAKI Kenji" at token k (after a title), title-cased.

        Japanese and some other official readouts write the family name first, in
        capitals: a word of three or more capitals, then one given name that ends the name.
        """
        t = self.t
        if k + 1 >= self.n or t.gaps[k] != " " or t.gaps[k + 1] != " ":
            return None
        w, given = t.words[k], t.words[k + 1]
        if not (len(w) > 2 and w.isalpha() and w.isupper() and w not in _COUNTRY_FIRST):
            return None
        if not (given[:1].isupper() and given[1:].islower() and _name_kind(given) == _PART):
            return None
        if k + 2 < self.n and self.gap(k + 2) == " " and t.words[k + 2][:1].isupper():
            return None  # a longer run of capitals is no such name
        return w.capitalize()

    def name_after(self, after: int, *, styled: bool) -> int:
        """The end of the name right after a title (``after`` when none follows)."""
        if after >= self.n or (
            self.t.gaps[after] != " "
            # "Rear Adm (Ret) A": the name after the rank's "(Ret)"
            and not (self.t.gaps[after] == ") " and self.t.lowers[after - 1] in {"ret", "retd"})
        ):
            return after
        prev = self.t.lowers[after - 1]
        return self.name(
            after,
            # "Mr Douglas Harcourt": after a courtesy title the next word is a given name,
            # though a city (Douglas) bears it too; so after any office is a given name a
            # city bears when a name's word follows ("Foreign Minister Santiago A")
            styled=(styled and prev in _STYLES)
            or prev.rstrip(".") in _COURTESY_TITLES
            or (self.t.words[after] in _CITY_GIVEN_NAMES and self.city_given_name(after)),
        )

    def name_from_city(self, i: int) -> int:
        """
        The end of a name opened by a given name a city bears, with no office before it.

        "Santiago A said", "Sofia B, the foreign minister,": the surname must be followed by a
        verb of speaking or meeting, or by an office in apposition ("in Sydney Harbour" is
        no one); else ``i`` (no name).
        """
        t = self.t
        if not self.city_given_name(i):
            return i
        named = self.name(i, styled=True)
        if named < self.n and (
            (t.gaps[named] == " " and t.lowers[named] in _SPEECH_OR_MEETING_VERBS)
            or (t.gaps[named].strip() == "," and t.lowers[named] in {"the", "a", "an"})
        ):
            return named
        return i

    def city_given_name(self, i: int) -> bool:
        """Whether word ``i`` is a given name a city bears, a name's word after it: "Sofia A"."""
        t = self.t
        return (
            t.words[i] in _CITY_GIVEN_NAMES
            and i + 1 < self.n
            and self.gap(i + 1) == " "
            and _name_kind(t.words[i + 1]) == _PART
            and t.words[i + 1] not in _CITY_SURNAMES
        )

    def rank_after(self, i: int, kind: TitleKind) -> int:
        """
        Skip a rank after an office: "Foreign Minister Col. A", "Foreign Minister Prince B".

        A military rank written short after any office ("Chief of Army Staff Gen. E"), or a
        prince's or sheikh's style after any office but a military one ("Crown Prince Sheikh
        C", "Emir Sheikh D").
        """
        t = self.t
        if i >= self.n or t.gaps[i] != " ":
            return i
        low = t.lowers[i]
        if (
            kind != "military"
            and low in _STYLES
            and i + 1 < self.n
            and t.words[i + 1][:1].isupper()
        ):
            return i + 1
        if kind != "royal" and (
            low.endswith(".")
            and low in _TITLE_GATE
            and (rank := self.title(i)) is not None
            and rank[1] == "military"
        ):
            return rank[2]
        if kind != "royal" and low in _BARE_RANK_FIRST:
            return self.bare_rank(i)
        if (
            # a rank written out: "army chief General E", "Defence Minister Major General F"
            # (after a style the rank is the title: "His Excellency General G")
            kind not in {"royal", "honorific"}
            and low in _TITLE_GATE
            and (rank := self.title(i)) is not None
            and rank[1] == "military"
            and rank[2] < self.n
            and self.gap(rank[2]) == " "
            and _name_kind(t.words[rank[2]]) == _PART
        ):
            return rank[2]
        return i

    def bare_rank(self, i: int) -> int:
        """
        Skip a rank written short without full stops, as monitoring reports print it.

        "Foreign Minister Rear Adm (Ret) A", "President Lt Gen B", "President Gen C": the
        rank, and a "(Ret)" after it, before a capitalised name.
        """
        t = self.t
        lowers = t.lowers
        k = i + 1 if lowers[i] in _BARE_RANKS else i
        if k == i and i + 1 < self.n and f"{lowers[i]} {lowers[i + 1]}" in _BARE_RANKS:
            k = i + 2
        if k == i or k >= self.n or not self.joined(i, k):
            return i
        if lowers[k] in {"ret", "retd", "ret."} and t.gaps[k].strip() == "(":
            k += 1  # "(Ret)"
        if k < self.n and t.words[k][:1].isupper() and lowers[k] not in _BARE_RANK_FIRST:
            return k
        return i

    def portfolio_list(self, after: int) -> tuple[int, int, int] | None:  # noqa: C901, PLR0911, PLR0912 - one scan
        """
        Read the rest of a ministry's long name, then the minister's name, after a comma.

        "Minister of Foreign Affairs, Regional Integration and Togolese Abroad, A, said": the
        portfolios run on, set off by commas, to a last one joined by "and"; then the name,
        of two words at least, ends at a comma, a full stop or a verb.  With no comma, the
        last portfolio ends on a word of :data:`_PORTFOLIO_TAILS` ("..., Migration and
        Tunisians Abroad A B").  Returns (end of the
        portfolios, first name token, end of name) or None.
        """
        t = self.t
        k = after
        if k < self.n and self.gap(k) == " ":
            return self.portfolio_and(after)  # "Minister of Foreign Affairs and Expatriates A"
        for _ in range(3):  # at most three more portfolios
            if k >= self.n or self.gap(k).strip() != ",":
                return None
            j, joined = k, False
            while j < self.n and j - k < 6 and (j == k or self.gap(j) == " "):
                low = t.lowers[j]
                if low == "and" and j > k:
                    joined = True
                elif low not in {"of", "for", "the"} and not t.words[j][:1].isupper():
                    break
                j += 1
                if joined and low in _PORTFOLIO_TAILS:
                    break  # "..., Migration and Tunisians Abroad A B": the name, no comma
            if j == k or t.lowers[j - 1] in {"and", "of", "for", "the"}:
                return None
            k = j
            if joined:
                break
        else:
            return None
        bare = k < self.n and self.gap(k) == " " and t.lowers[k - 1] in _PORTFOLIO_TAILS
        if k >= self.n or (self.gap(k).strip() != "," and not bare):
            return None
        start = k
        while start < self.n and t.lowers[start] in _HONORIFICS:
            start += 1
        end = self.name(start) if start < self.n else start
        if end - start < 2 or (end < self.n and _stop_of(self.gap(end)) not in {",", "", "."}):
            return None
        return k, start, end

    def portfolio_and(self, after: int) -> tuple[int, int, int] | None:
        """
        Read a ministry's second portfolio joined by "and", then the minister's name, no comma.

        "Minister of Foreign Affairs and Expatriates A", "Minister of Foreign Affairs and
        International Cooperation B": the portfolio ends on a word of
        :data:`_PORTFOLIO_TAILS`; the name after it has two words at least.  Returns (end of
        the portfolios, first name token, end of name) or None.
        """
        t = self.t
        if after + 2 >= self.n or t.lowers[after] != "and" or self.gap(after + 1) != " ":
            return None
        k = after + 1
        while k < self.n and k - after <= 3 and self.gap(k) == " " and t.words[k][:1].isupper():
            k += 1
            if t.lowers[k - 1] in _PORTFOLIO_TAILS:
                start = k
                while start < self.n and t.lowers[start] in _HONORIFICS:
                    start += 1
                end = self.name(start) if start < self.n and self.gap(start) == " " else start
                return (k, start, end) if end - start >= 2 else None
        return None

    def demonym_in(self, i: int, j: int) -> str | None:
        """The country a nationality or a people in tokens i..j-1 names ("Moroccan Expatriates")."""
        for w in self.t.words[i:j]:
            code = DEMONYMS.get(w) or PEOPLES.get(w)
            if code is not None:
                return code
        return None

    def named_after_comma(  # noqa: PLR0911 - one scan
        self, after: int, *, ranked: bool = False
    ) -> tuple[int, int, int] | None:
        """
        Read "the envoy for the talks, Ana Lind," after a title: the person it names.

        Returns (index of the comma's token, first name token, end of name) or None.
        """
        t = self.t
        k = after
        closing = ","
        while k < self.n and k - after < 9:
            gap = t.gaps[k]
            if "," in gap:
                break
            if (
                gap.strip() == "("
                and k + 1 < self.n
                and self.gap(k + 1).strip() == "),"
                and _ACRONYM_RE.fullmatch(t.words[k]) is not None
            ):
                # "the Secretary-General of the Caribbean Community (CARICOM), A": the
                # body's initials in brackets before the comma
                closing = "),"
                k += 1
                continue
            if gap.strip() or "\n" in gap:  # a paragraph ends the title's phrase
                return None
            # "the Minister held talks with the Prime Minister, A": a verb ends the phrase;
            # "talks held by the minister with his Kenyan counterpart, A": so does a partner
            if t.lowers[k] in _SPEECH_OR_MEETING_VERBS or (
                t.lowers[k] == "with"
                and k + 1 < self.n
                and t.lowers[k + 1] in {"his", "her", "their"}
            ):
                return None
            if (
                t.lowers[k] == "and"
                and k + 2 < self.n
                and t.lowers[k + 1] == "the"
                and t.lowers[k + 2] in _TITLE_GATE
                and self.title(k + 2) is not None
            ):
                # "the Emir and the King of Jordan, A": a second office with its own article
                # is the one the name after the comma holds
                return None
            k += 1
        else:
            return None
        if k >= self.n or self.gap(k).strip() != closing:
            return None
        # (a rank only after an office in capitals, or one whose country is told before it,
        # "Niger's head of state, Gen. A,": "Mali's transitional president, Colonel A," is
        # read at the rank, as before)
        start = self.rank_before_name(k, rank=ranked or t.words[after - 1][:1].isupper())
        end = self.name(start) if start < self.n else start
        if end - start < 2 or (end < self.n and _stop_of(self.gap(end)) not in {",", "", ".", ";"}):
            return None
        if t.lowers[end - 1] in _PORTFOLIO_TAILS:
            # "A, Minister of Foreign Affairs, Regional Cooperation and B Abroad,": the
            # office's next portfolio, not its holder's name
            return None
        return k, start, end

    def past_joined_portfolios(self, k: int) -> int:
        """
        Where the last of portfolios joined by "and" or commas starts, at token ``k``.

        "Zambia's industry and trade minister A", "Kenya's mines, energy and water minister
        B": the office read is the last portfolio's ("trade minister"), its holder the
        country's.  ``k`` itself when no "and" joins portfolios there.
        """
        t, n = self.t, self.n
        m = k
        while m + 1 < n and t.lowers[m] in PORTFOLIOS and m - k < _JOINED_PORTFOLIOS_MOST:
            gap = self.gap(m + 1)
            if gap == ", ":
                m += 1
                continue
            if gap == " " and t.lowers[m + 1] == "and" and m + 2 < n:
                last = m + 2
                if t.lowers[last] in PORTFOLIOS and self.gap(last) == " ":
                    return last
                break
            if gap in {" & ", " and "}:  # (an ampersand may stand in the gap)
                return m + 1 if t.lowers[m + 1] in PORTFOLIOS else k
            break
        return k

    def past_styles(self, start: int) -> int:
        """
        Where the name starts after styles of more than one word at token ``start``.

        "the Minister of Health, Dato Paduka Dayang Hajah A binti B,": each conferred or
        courtesy style of :data:`TITLES` is dropped, as "Dr." is.
        """
        lowers = self.t.lowers
        while start < self.n:
            # ("the Most Hon. A", "the Hon. B": the article of the style)
            k = start + 1 if lowers[start] == "the" and start + 1 < self.n else start
            if lowers[k] in _HONORIFICS and k + 1 < self.n:
                start = k + 1
                continue
            style = self.title(k) if lowers[k] in _STYLE_FIRST else None
            if style is None or style[1] != "honorific" or style[2] >= self.n:
                break
            start = style[2]
            while start < self.n and lowers[start] in _HONORIFICS:
                start += 1  # "the Most Hon. Sir A"
        return start

    def rank_before_name(self, k: int, *, rank: bool) -> int:
        """
        Where the name starts after the honorifics and a rank at token ``k``.

        "The Minister of Foreign Affairs, Ambassador Yusuf Tanko,", "the Minister of Defence,
        Gen. Ali Musa,": the office is the person's; the rank in apposition only styles him.
        """
        t = self.t
        start = k
        # "the Minister for Foreign Affairs, the Hon. A B": the article before a style
        if start + 1 < self.n and t.lowers[start] == "the" and t.lowers[start + 1] in _HONORIFICS:
            start += 1
        # "the Minister for Foreign Affairs, His Excellency A B": a style of address
        if (
            start + 2 < self.n
            and t.lowers[start] in {"his", "her"}
            and t.lowers[start + 1] == "excellency"
        ):
            start += 2
        # ("The minister, Sheikh A,": a style of a ruling family before the name, the office
        # the person's title)
        while start < self.n and (
            t.lowers[start] in _HONORIFICS
            or (t.lowers[start] in _STYLES and start + 1 < self.n and self.is_cap(start + 1))
        ):
            start += 1
        start = self.past_styles(start)
        found = (
            self.title(start)
            if rank and start < self.n and t.lowers[start] in _TITLE_GATE
            else None
        )
        if found is not None and found[1] in _APPOSED_RANKS and found[2] < self.n:
            start = found[2]
            while start < self.n and t.lowers[start] in _HONORIFICS:
                start += 1
        return start

    def country_of_phrase(self, i: int, j: int) -> str | None:
        """A country named in tokens i..j-1 ("of Japan", "to Ghana" -> the first)."""
        t = self.t
        for k in range(i, j):
            if t.lowers[k] == "of" and k + 1 < j:
                # "of Japan", "of the Republic of Ghana", "of the Congo"
                c = self.of_country_span(k) if t.lowers[k + 1] == "the" else self.country(k + 1)
                if c is not None:
                    return c[0]
        # "the Mayor of Belgrade": the country of the town or province the office governs
        for k in range(i, j - 1):
            if t.lowers[k] == "of":
                for size in (3, 2, 1):
                    if k + 1 + size <= j:
                        place = " ".join(t.words[k + 1 : k + 1 + size])
                        code = CAPITALS.get(place) or SUBDIVISIONS.get(place) or CITIES.get(place)
                        if code is not None:
                            return code
        return None

    def apposition(self, item: _Item) -> None:  # noqa: C901, PLR0912 - five patterns
        """Read ", a Chilean minister in charge of ..." or "of France" after a name."""
        t = self.t
        k = item.j
        if k >= self.n:
            return
        g = t.gaps[k]
        if g.strip() == "," and (t.lowers[k] in _ARTICLES or t.lowers[k] in _POSSESSIVE_LEADS):
            # (", his Iranian counterpart,": only a counterpart after a possessive)
            owned = t.lowers[k] in _POSSESSIVE_LEADS
            code = None
            for m in range(k + 1, min(k + 7, self.n)):
                if self.gap(m).strip():
                    break
                if t.lowers[m].endswith("-born"):
                    continue
                if t.words[m] in DEMONYMS:
                    code = DEMONYMS[t.words[m]]
                    continue
                title = self.title(m) if t.lowers[m] in _TITLE_GATE else None
                if owned and title is not None and title[1] != "counterpart":
                    return
                if title is not None:
                    _give_title(item, self.ranked(k + 1, m, title))
                    if item.country is None:
                        item.country = code or self.of_country(title[2])
                    return
        elif g.strip() == "," and (mod := self.country_mod(k)) is not None:
            self.country_title_after(item, mod)
        elif g.strip() == "," and t.lowers[k] in _BARE_APPOSITION:
            self.bare_title_after(item, k)
        elif t.lowers[k] == "of" and k + 1 < self.n and g == " ":
            item.country = item.country or self.of_country(k)  # "of France", "of the Philippines"
        elif _PARTY_AFTER_RE.match(t.text[t.ends[k - 1] : t.ends[k - 1] + 6]):
            item.country = item.country or "US"

    def of_country_span(self, k: int, *, posted: bool = False) -> tuple[str, int] | None:
        """
        The country and its end for "of Ghana" or "of the Republic of Ghana" at token k.

        ``posted``: "to Ghana" too (where an envoy is posted; not the envoy's country).
        """
        t = self.t
        if (
            k + 1 >= self.n
            or (t.lowers[k] != "of" and not (posted and t.lowers[k] == "to"))
            or self.gap(k) != " "
        ):
            return None
        k += 1
        if t.lowers[k] == "the" and k + 1 < self.n:
            k += 1
        return self.country(k) if t.words[k] in _COUNTRY_FIRST else None

    def of_country(self, k: int) -> str | None:
        """The country of "of Ghana" or "of the Republic of Ghana" at token k, if any."""
        found = self.of_country_span(k)
        return found[0] if found is not None else None

    def named_after_of(self, after: int) -> tuple[int, int, int] | None:
        """
        Read "Foreign Minister of the Republic of Chad Ali Saleh": the name after "of Country".

        Returns the end of the country phrase and the name's start and end, as
        :meth:`named_after_comma` does; the caller reads the country from the phrase.
        """
        found = self.of_country_span(after)
        if found is None or found[1] >= self.n or self.gap(found[1]) != " ":
            return None
        end = self.name_after(found[1], styled=False)
        return (found[1], found[1], end) if end - found[1] >= 2 else None

    def past_honorifics(self, start: int, end: int) -> int:
        """The first token from ``start`` past courtesy titles, two tokens left before ``end``."""
        lowers = self.t.lowers
        while start < end - 2 and lowers[start] in _HONORIFICS:
            start += 1
        return start

    def named_after_tail(self, after: int) -> tuple[int, int, int] | None:  # noqa: C901 - in order
        """
        Read a long office's tail, then the name of its holder.

        Ministries and agencies write offices in full, with their portfolios and country:
        "Minister of Foreign Affairs and Trade of Hungary Ana Lind", "Cabinet Secretary for
        Foreign and Diaspora Affairs, Hon. Ana Lind", "the Minister of Foreign Affairs,
        Regional Integration and Tourism of the Republic of Chad, H.E. Ana Lind".  The name is
        the tail's last part (see :meth:`office_tail`), after a comma or after "of Country".
        Returns (end of the office's words, first name token, end of name), as
        :meth:`named_after_comma` does, or None.
        """
        tail = self.office_tail(after)
        if tail is None:
            return None
        k, last_comma = tail
        lowers = self.t.lowers
        if last_comma >= after:
            start = last_comma
            while start < k and lowers[start] in _HONORIFICS:
                start += 1
            start = min(self.past_styles(start), k)
            if self.whole_name(start, k):
                return last_comma, start, k
            # "Ambassador of Iran to Chad A B, the agency reports": the comma closes the name
            k = last_comma
        # No comma: the name after "of [the] Country", the last country of the tail.
        for m in range(k - 3, after - 1, -1):
            # (or "to [the] Country": "Ambassador of Estonia to Kazakhstan A B")
            found = self.of_country_span(m, posted=True) if lowers[m] in {"of", "to"} else None
            if found is not None and found[1] < k and self.gap(found[1]) == " ":
                # "of the Republic of Chile Dr. A B": a courtesy title before the name
                start = self.past_honorifics(found[1], k)
                return (found[1], start, k) if self.whole_name(start, k) else None
        # Or after a body's name ending in its head noun: "Secretary General of the
        # Organization of Turkic States A B", "of the Collective Security Treaty Organization A B",
        # or after a portfolio: "Deputy Foreign Minister for Political Affairs A B"
        words = self.t.words
        for start in (k - 2, k - 3, k - 4, k - 5):  # (names of two to five words)
            if (
                start > after + 1
                and (
                    words[start - 1] in _BODY_HEADS
                    or words[start - 1] in _PORTFOLIO_ENDS
                    # (after the body's initials in brackets: "Council (GCC) A B")
                    or (self.gap(start) == ") " and words[start - 2] in _BODY_HEADS)
                )
                and self.whole_name(start, k)
            ):
                return start, start, k
        # Or after the town, city or province the office governs: "the Mayor of Belgrade A B",
        # "the Akim of Almaty A B", "Governor of Minas Gerais A B"
        for start in (k - 2, k - 3, k - 4):
            if start > after + 1 and self.place_ends_at(start) and self.whole_name(start, k):
                return start, start, k
        return self.named_after_honorific(after, k)

    def place_ends_at(self, j: int) -> bool:
        """Whether a town, city or province of one to three words ends before token ``j``."""
        words = self.t.words
        return any(
            j - size >= 0
            and self.t.lowers[j - size - 1] == "of"
            and " ".join(words[j - size : j]) in _PLACE_NAMES
            for size in (1, 2, 3)
        )

    def named_after_honorific(self, after: int, k: int) -> tuple[int, int, int] | None:
        """
        Read the name after an honorific inside a long office's tail ending at ``k``.

        "Secretary of the Ministry of Fisheries and Aquatic Resources Development Ms. A B",
        "Director General of the Department of Fisheries Dr. A B": the style opens the name,
        whatever word ends the body's name.
        """
        lowers = self.t.lowers
        for start in range(k - 2, max(after + 1, k - 6), -1):
            if lowers[start - 1] in _HONORIFICS:
                return (start, start, k) if self.whole_name(start, k) else None
        return None

    def office_tail(self, after: int) -> tuple[int, int] | None:  # noqa: C901, PLR0912 - one scan
        """
        The words of a long office after its head: "of", "for", "and" or a comma first.

        The tail holds capitalised words, "and", "of", "for", "to", "the", honorifics and
        commas, and no second office.  Returns (its end, the token after its last comma, or
        -1 when it has none), or None when there is no such tail.
        """
        t = self.t
        lowers, words, n = t.lowers, t.words, self.n
        if after >= n:
            return None
        gap = self.gap(after)
        if gap == ", " and words[after][:1].isupper():
            last_comma = after  # "Minister of Foreign Affairs, Regional Integration and ..."
        elif gap == " " and lowers[after] in _TAIL_LEADS:
            last_comma = -1
        else:
            return None
        k = after
        while k < n and k - after < _TAIL_MOST:
            gap, low = self.gap(k), lowers[k]
            if "\n" in gap or not (
                low in _TAIL_WORDS or words[k][:1].isupper() or self.inner_particle(k, after)
            ):
                break
            if low in TITLES and low not in _HONORIFICS:
                j = self.and_before_office(k, after)
                if j is None:
                    return None  # a second office: "Minister of A of X and Minister of C"
                k = j  # the first office's holder is named before "and"
                break
            g = gap.strip()
            if k > after and g:
                if g == "(" and self.initials_then_name(k):
                    k += 2  # "of the Gulf Cooperation Council (GCC) A B": the body's initials
                    continue
                if g != ",":
                    break
                last_comma = k
            k += 1
        # "... of Jordan A B and his delegation": a joining word ends no office
        while k - 1 > after and lowers[k - 1] in _TAIL_WORDS and self.gap(k) == " ":
            k -= 1
        if k < n and _stop_of(self.gap(k)) not in _TAIL_ENDS:
            return None  # "of the Congo Basin Forest Fund (CBFF)": no name at the end
        return k, last_comma

    def and_before_office(self, k: int, after: int) -> int | None:
        """
        The "and" before a second office at token ``k``, when a name ends the first office.

        "Chairman of the Mazhilis A B and Ambassador of Korea C D", "... A B and Zambian
        Ambassador C D": the first office's tail ends at its holder's name, before "and" and
        the second office (and the words before it).  None when no such "and" stands there.
        """
        words, lowers = self.t.words, self.t.lowers
        j = k - 1
        while j > k - _SECOND_OFFICE_LEAD and words[j][:1].isupper():
            j -= 1
        if j - 2 > after and lowers[j] == "and" and self.gap(j + 1) == " ":
            return j
        return None

    def inner_particle(self, k: int, after: int) -> bool:
        """Whether token ``k`` is a particle inside a name: "Khalid bin Hamad A"."""
        return (
            self.t.lowers[k] in _PARTICLES
            and k > after
            and k + 1 < self.n
            and self.t.words[k + 1][:1].isupper()
        )

    def initials_then_name(self, k: int) -> bool:
        """Whether token ``k`` is a body's initials in brackets before a capitalised word."""
        words = self.t.words
        w = words[k]
        return (
            k + 1 < self.n
            and 2 <= len(w) <= _INITIALS_MOST
            and w.isupper()
            and self.gap(k + 1) == ") "
            and words[k + 1][:1].isupper()
        )

    def whole_name(self, i: int, j: int) -> bool:
        """Whether tokens i..j-1 are one person's name of two words at least."""
        if j - i < 2 or self.name(i) != j:
            return False
        words = " ".join(self.t.words[i:j])
        return words not in _PLACE_NAMES and words not in COUNTRY_NAMES

    def bare_title_after(self, item: _Item, k: int) -> None:
        """Read "Kofi Mensah, foreign minister of Ghana, said": an office without an article."""
        t = self.t
        m = k
        while m + 1 < self.n and t.lowers[m] in MODIFIERS and self.gap(m + 1) == " ":
            m += 1
        if m >= self.n or t.lowers[m] not in _TITLE_GATE:
            return
        title = self.title(m)
        # "A, President B and C": a name after the office makes it another person's.
        if title is None or title[1] in {"honorific", "counterpart"}:
            return
        after = title[2]
        if (
            after < self.n
            and self.gap(after) == " "
            and self.name_after(after, styled=False) > after
        ):
            return
        _give_title(item, self.ranked(k, m, title))
        item.country = (
            item.country
            or self.of_country(after)
            or (self.portfolio_demonym(after) if title[1] == "minister" else None)
        )

    def portfolio_demonym(self, after: int) -> str | None:
        """
        The country of the nationals a minister's last portfolio serves, if one does.

        "B, Minister of Foreign Affairs, Regional Cooperation and Burkinabe Abroad, said":
        the portfolios run on after commas to a word of :data:`_PORTFOLIO_TAILS`.
        """
        t = self.t
        if after >= self.n or self.gap(after).strip() != ",":
            return None
        k, last = after, after
        while (
            k < self.n
            and k - after < _PORTFOLIO_MOST
            and self.gap(k).strip() in {"", ","}
            and (t.words[k][:1].isupper() or t.lowers[k] in _TAIL_LEADS)
        ):
            k += 1
            if t.lowers[k - 1] in _PORTFOLIO_TAILS:
                last = k
        return self.demonym_in(after, last) if last > after else None

    def country_title_after(self, item: _Item, mod: tuple[str, int, bool]) -> None:
        """Read "Grace Lyimo, Kenya's foreign minister, said": the title and the country."""
        t = self.t
        m = mod[1]
        while m < self.n and t.lowers[m] in MODIFIERS and self.gap(m) == " ":
            m += 1
        if m >= self.n or self.gap(m) != " " or t.lowers[m] not in _TITLE_GATE:
            return
        title = self.title(m)
        if title is not None and title[1] != "honorific":
            _give_title(item, self.ranked(mod[1], m, title))
            item.country = item.country or mod[0]


def _give_title(item: _Item, title: tuple[str, TitleKind, int]) -> None:
    """
    An office read after a name, for a person written without one ("Mr. A, minister of X").

    A style ("Prince A, Minister of Foreign Affairs,") gives way to the office, and so does a
    military rank to a civil office read in full ("Captain B, Minister of Foreign Affairs,";
    not to a bare "Minister" whose portfolio was not read: "General C, Minister of the Armed
    Forces," stays a general).
    """
    if (
        item.title is None
        or item.title.lower() in _STYLES
        or (
            item.title_kind == "military"
            and title[1] not in {"military", "honorific"}
            and title[0].lower() != "minister"
        )
    ):
        item.title, item.title_kind = title[0], title[1]


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


_DEMONYM_OF: Final = {
    code: max(
        (d for d, c in DEMONYMS.items() if c == code),
        key=lambda d: (_common_prefix(d, SHORT_NAMES.get(code, "")), -len(d)),
    )
    for code in set(DEMONYMS.values())
}


def _demonym(code: str) -> str:
    """The adjective for a country: "RU" -> "Russian"."""
    preferred = {"US": "U.S.", "GB": "British"}
    return preferred.get(code) or _DEMONYM_OF.get(code) or SHORT_NAMES.get(code, code)


# --- pass B: coreference ----------------------------------------------------------------------

_TITLE_SCORE: Final = {
    "counterpart": -1,
    "honorific": -1,
    "leader": 3,
    "royal": 3,
    "minister": 3,
    "military": 2,
    "official": 2,
    "diplomat": 2,
    "legislator": 2,
    "spokesperson": 1,
    "candidate": 1,
}


def _address(t: _Tokens, i: int) -> bool:
    """Whether "His" or "Her" at token ``i`` opens a style of address ("His Majesty")."""
    return (
        t.lowers[i] in {"his", "her"}
        and i + 1 < len(t.lowers)
        and t.lowers[i + 1] in _STYLES_OF_ADDRESS
        and t.words[i + 1][:1].isupper()
    )


def _ends_with(name: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """
    Whether ``tail`` of two words or more ends ``name``: a surname of several words.

    "Ben Salem" after "Hedi Ben Salem", "De Souza" after "Maria De Souza".
    """
    return 2 <= len(tail) < len(name) and all(
        a.lower() == b.lower() for a, b in zip(name[-len(tail) :], tail, strict=True)
    )


@attrs.define
class _Person:
    """What the article has said so far about one person."""

    name: tuple[str, ...]
    key: str
    title: str | None = None
    title_kind: TitleKind | None = None
    title_score: int = -1
    # another office held, in lower case: "deputy prime minister", "acting foreign minister"
    also: str | None = None
    country: str | None = None
    gender: str | None = None
    _actor: Actor | None = None

    @property
    def first(self) -> str | None:
        return self.name[0].lower() if len(self.name) > 1 else None

    @property
    def paternal(self) -> str | None:
        """The word before the last of three or more: "Ortega" of "Luis Ortega Salinas"."""
        return self.name[-2].lower() if len(self.name) > 2 else None

    def learn(self, item: _Item) -> None:
        """Take what one mention tells: a fuller name, a title, a country, a gender."""
        if len(item.name) > len(self.name):
            self.name = item.name
        if item.also is not None:
            self.also = item.also.lower()
        if item.title is not None and item.title_kind is not None:
            score = _TITLE_SCORE.get(item.title_kind, 0) * 2 + (item.country is not None)
            if score > self.title_score:
                self.title, self.title_kind, self.title_score = item.title, item.title_kind, score
        if item.country is not None and (self.country is None or item.title is not None):
            self.country = item.country
        if item.gender in {"m", "f"} and self.gender is None:
            self.gender = item.gender

    def actor(self) -> Actor:
        if self._actor is None:
            self._actor = _fast_records.actor(
                " ".join(self.name), "person", title=self.title, country=self.country
            )
        return self._actor


#: The offices a description's noun stands for: "the leader" a head of state or government
#: or a monarch, "the Jordanian monarch" a king, queen, emir or sultan.
_DESCRIPTION_KINDS: Final[dict[str, frozenset[TitleKind]]] = {
    **dict.fromkeys(LEADER_NOUNS, frozenset({"leader", "royal"})),
    "monarch": frozenset({"royal"}),
    # "the Indian diplomat" after "the Indian charge d'affaires, A": an envoy of any rank
    "diplomat": frozenset({"diplomat"}),
}


#: Offices of a state's top diplomat, in the "[portfolio] minister" form of _office_form.
_TOP_DIPLOMATS: Final = frozenset(
    {"foreign minister", "external minister", "foreign secretary", "secretary of state"}
    | {"external affairs minister", "deputy foreign minister", "vice foreign minister"}
)
# "Minister of Foreign Affairs" and "Foreign Minister": one office written two ways.
_OFFICE_OF_RE: Final = re.compile(r"(minister|secretary) (?:of|for) (?:the )?([a-z ]{3,40})")


def _office_form(title: str, *, joined: bool = False) -> str:
    """
    An office in the "[portfolio] minister" form.

    "minister of foreign affairs" (", trade and development") -> "foreign minister", "foreign
    affairs minister" -> "foreign minister".  ``joined``: a portfolio joined by "and" counts
    too ("minister of foreign affairs and international cooperation" -> "foreign minister").
    """
    if title.startswith(("chargé d", "charge d")):
        return "chargé"  # "the chargé" of "chargé d'affaires A": its short form
    first = title.partition(",")[0]
    if joined:
        first = first.partition(" and ")[0]
    m = _OFFICE_OF_RE.fullmatch(first)  # its first portfolio
    if m is not None:
        title = f"{m.group(2)} {m.group(1)}"
    return title.replace(" affairs ", " ") if title.startswith("foreign affairs ") else title


def _is_ambassador(p: _Person) -> bool:
    """Whether ``p`` is an ambassador: "Ambassador", "ambassador to Chile", "High Commissioner"."""
    # (a Commonwealth country's ambassador to another is its high commissioner)
    return p.title is not None and ("ambassador" in (t := p.title.lower()) or "high comm" in t)


def _other_gender(p: _Person, item: _Item) -> bool:
    """Whether ``item`` and ``p`` are of two genders ("Mr. Vance" after "Mrs. Vance")."""
    return item.gender in _GENDERS and p.gender in _GENDERS and p.gender != item.gender


def _other_than_monarch(person: _Person, item: _Item) -> bool:
    """
    Whether a monarch known by one name and a person sharing it as a surname are two people.

    "King Hussein" (a regnal name) and "President Saddam Hussein" (a surname): the one-word
    name of a royal office is no surname, so neither links to the other by it. "King Tupou"
    and "Tupou VI" still do (the same first word).
    """
    if len(person.name) == 1 and person.title_kind == "royal":
        return len(item.name) > 1 and item.name[0] != person.name[0]
    return (
        len(item.name) == 1
        and item.title_kind == "royal"
        and person.title_kind != "royal"
        and len(person.name) > 1
        and person.name[0] != item.name[0]
    )


def _other_office(person: _Person, item: _Item, want: str, have: str) -> bool:
    """
    Whether a description names an office ``person`` holds besides the title read.

    "the Deputy Prime Minister" of "Deputy Prime Minister/Foreign Minister A" (the first of
    two offices), and "the Venezuelan diplomat" of "Venezuelan Foreign Minister A" (a
    state's top diplomat is its foreign minister or secretary of state, when the
    description names the state).
    """
    if person.also is not None and want == _office_form(person.also.lower()):
        return True
    if want == "envoy" and person.title_kind == "diplomat":
        return True  # "the envoy" after "Ambassador A", "the chargé d'affaires, B"
    # (a bare "the diplomat said" takes up the latest speaker, as "she said" does)
    return want == "diplomat" and have in _TOP_DIPLOMATS and item.country is not None


def _fits(person: _Person, item: _Item) -> bool:  # noqa: PLR0911 - one return per kind of office
    """Whether a description ("the Chilean president", "the leader") fits a person."""
    if item.country is not None and person.country not in {None, item.country}:
        return False
    if person.title is None or item.title is None:
        return False
    if item.also is not None and item.also.lower().startswith("acting "):
        # "the Acting Foreign Minister": only one who holds the office so
        return person.also is not None and person.also.lower() == item.also.lower()
    want = _office_form(item.title.lower())
    # (a ministry named in full, "Foreign Affairs and Expatriates", is the foreign ministry
    # only to a description that gives the country: "the Somali foreign minister", not to a
    # bare "the foreign minister", the story's own)
    have = _office_form(person.title.lower(), joined=item.country is not None)
    if _other_office(person, item, want, have):
        return True
    kinds = _DESCRIPTION_KINDS.get(want)
    if kinds is not None:
        return person.title_kind in kinds
    if want == "minister" and have.endswith("prime minister"):
        return False  # "the Mauritanian minister" holds a portfolio: not the prime minister
    if " of " in have and " " not in want:
        # "the Jordanian Speaker" of "Speaker of the House of Representatives of Jordan A":
        # the office's head noun, before the body it heads
        have = have.partition(" of ")[0]
    if want == have or have.endswith(" " + want):
        # "the Secretary" is no "Assistant Secretary", "the Chairman" no "Vice Chairman":
        # a deputy's office is another office than the one it deputises
        return not (
            (want == "president" and have.startswith(("vice", "deputy")))
            or (have != want and have.startswith(_SUBORDINATE_PREFIXES) and " " not in want)
        )
    rank, _, rest = want.partition(" ")
    if rank in _RANKS and rest and have.startswith(rank + " ") and have.endswith(" " + rest):
        return True  # "the deputy minister": a "Deputy Foreign Minister"
    return (
        item.title_kind == "minister" and want == "minister" and person.title_kind == "minister"
    ) or person.also == item.title.lower()  # "the Deputy Prime Minister": a first office


def _fits_country(person: _Person, item: _Item) -> bool:
    """
    Whether a description with a nationality fits a person of that nationality.

    "The Saudi minister" after "his Saudi counterpart Prince A": A has no office of his own,
    only a style, but the country the words name; a minister of no known country does not
    take the description (nor its country) from him.
    """
    if item.country is None or person.country != item.country:
        return False
    if _fits(person, item):
        return True
    if item.title is None:
        return False
    want = item.title.lower()
    kinds = _DESCRIPTION_KINDS.get(want)
    if kinds is not None:
        return person.title_kind in kinds
    # a minister styled only by rank ("Prince A", "Sheikh B") or named only as a counterpart
    if want == "minister":
        return person.title is None or person.title_kind == "royal"
    return _untitled_of_country(person)


def _untitled_of_country(person: _Person) -> bool:
    """
    Whether a person of a description's country, with no office told, may hold its office.

    "hosted the presidents of Lithuania, Latvia and Estonia [...] Estonia's A [...] will
    receive the Estonian president": A, the one Estonian named, of no title of her own.
    """
    return person.title is None


_Ref = int | Actor | tuple[int, ...]


class _Resolver:
    """Pass B: link every item to a person, a pair or a fixed actor."""

    def __init__(self, doc: Document, tokens: _Tokens, items: list[_Item]) -> None:
        self.doc = doc
        self.t = tokens
        self.items = items
        self.people: list[_Person] = []
        self.by_key: dict[str, list[int]] = {}
        self.last_seen: dict[int, int] = {}
        self.founders: set[int] = set()  # people last named as a tie's founders
        # people named with an office held for now: "Acting Foreign Minister A"
        self.acting: set[int] = set()
        self.former: set[int] = set()  # people named as a former holder of their office
        self.ties: set[int] = set()  # where a bare office broke a tie (see first_of_tie())
        self.sentence_starts = [s.start for s in doc.sentences] or [0]
        # per sentence, the people mentioned in it, in order
        self.in_sentence: dict[int, list[int]] = {}
        self.pairs: list[tuple[int, tuple[int, ...]]] = []  # (position, group)
        # the group each group noun ("ministers") named last, by the noun
        self.pair_nouns: dict[str, tuple[int, ...]] = {}
        # A bare description ("the president") and the person it last stood for
        self.described: dict[str, int] = {}
        self.out: list[tuple[_Item, _Ref, MentionForm]] = []
        # The holders a document introduces as its own: "The Minister, Hon. A," (see house())
        self.house: list[int] = []
        # The country of the place last told ("in Abuja", the dateline): see by_role().
        where = place_actor(doc.dateline) if doc.dateline else None
        self.home: str | None = where.country if where is not None else None

    def strong_keys(self) -> set[str]:
        """Surnames the article certainly uses for people."""
        t = self.t
        # (only people and names are read here: picked from C)
        kinds = list(map(_ITEM_KIND, self.items))
        named = list(compress(self.items, map(_PERSON_OR_NAME.__contains__, kinds)))
        alone = {
            surname_key(it.name[-1])
            for it in named
            if it.kind == "name"
            and len(it.name) == 1
            and (it.i == 0 or t.lowers[it.i - 1] != "the")
        }
        keys = set()
        listed = -1  # where the last name of a list after "the two ministers," ended
        for it in named:
            if it.kind == "person" or (it.kind == "name" and self.country_single_name(it)):
                keys.add(surname_key(" ".join(it.name)))
            elif it.kind == "name" and len(it.name) >= 2:
                key = surname_key(" ".join(it.name))
                after = t.lowers[it.j] if it.j < len(t.lowers) else ""
                before = t.lowers[it.i - 1] if it.i > 0 else ""
                # "The two foreign ministers, A of X and B of Y, met": names in apposition
                # to a group of officials are people.
                in_list = (
                    (
                        # (a list set off by dashes: "the ministers of Peru and Chile - A and B -")
                        t.gaps[it.i].lstrip().startswith(_LIST_OPENERS)
                        and (
                            before in _PAIR_KINDS
                            # "the foreign ministers of Chile and Peru, A and B", "the
                            # foreign ministers of the two countries, A of Peru and B"
                            or (
                                before[:1].isalpha()
                                and (
                                    t.words[it.i - 1] in COUNTRY_NAMES
                                    or before in _LANDS
                                    or before in _SEATS
                                    or before == "sides"
                                )
                                and _group_of_offices(t.lowers[max(0, it.i - _LIST_REACH) : it.i])
                            )
                        )
                    )
                    # "the ambassadors of Kenya and Chad, respectively A and B": the list
                    # after "respectively", read like one after a comma
                    or (before == "respectively" and self.respective_list(it.i))
                    or (before == "and" and listed >= 0 and it.i - listed <= 4)
                    # "..., A, B and C": the next name of the list, after a comma
                    or (listed == it.i and t.gaps[it.i] == ", ")
                )
                if in_list:
                    listed = it.j
                if (
                    it.title is not None
                    or key in alone
                    or in_list
                    # "the bloc's top diplomat, Jana Lind": a name in apposition to an office
                    or (t.gaps[it.i].startswith(",") and (before in TITLES or before in _ROLES))
                    or after in _SPEECH_OR_MEETING_VERBS
                    or before in _SPEECH_BEFORE_NAME
                    # "Mira Casey, 29, of Mobile": an age in apposition
                    or (t.gaps[it.j] == ", " and _AGE_RE.fullmatch(after) is not None)
                    # "Dorian Vale, a former aide,": only people held a former post
                    or (t.gaps[it.j] == ", " and _FORMER_RE.match(t.text, t.starts[it.j]))
                ):
                    keys.add(key)
        return keys

    def country_single_name(self, it: _Item) -> bool:
        """
        Whether a one-word name is a person's, after a country's possessive and before "who".

        "Indonesia's Sukarti, who goes by one name,": many people of Indonesia and
        Myanmar have one name only; the country owns a person a relative clause tells of.
        """
        t = self.t
        return (
            len(it.name) == 1
            and it.i > 0
            and it.j < len(t.words)
            and t.poss[it.i - 1]
            and t.words[it.i - 1] in COUNTRY_NAMES
            and t.gaps[it.j] == ", "
            and t.lowers[it.j] == "who"
        )

    def respective_list(self, i: int) -> bool:
        """
        Whether the name at token ``i`` opens a list after "respectively".

        "the ambassadors of Kenya, Chad and Niger, respectively A, B and C": "respectively"
        after a comma, a country or capital before it, a group of offices before that.
        """
        t = self.t
        if i < 2 or not t.gaps[i - 1].lstrip().startswith(","):
            return False
        before = t.lowers[i - 2]
        return (
            t.words[i - 2] in COUNTRY_NAMES
            or before in _LANDS
            or before in _SEATS
            or before == "sides"
        ) and _group_of_offices(t.lowers[max(0, i - 1 - _LIST_REACH) : i - 1])

    def sentence_of(self, pos: int) -> int:
        k = bisect_right(self.sentence_starts, pos) - 1
        return k if k > 0 else 0

    def start(self, item: _Item) -> int:
        return item.start if item.start >= 0 else self.t.starts[item.i]

    def person_for(self, item: _Item) -> int:
        key = surname_key(" ".join(item.name))
        name0 = item.name[0].lower()
        if len(item.name) == 1 and (item.kind == "person" or self.family_name(item)):
            # "President Jean": a first name with a title that fits someone known; "Wang"
            # after "Premier Wang Tao": a family name written first.
            for idx in sorted(self.last_seen, key=self.last_seen.__getitem__, reverse=True):
                p = self.people[idx]
                if name0 in {p.first, p.paternal} and (item.country in {None, p.country}):
                    return idx
        for idx in reversed(self.by_key.get(key, [])):
            p = self.people[idx]
            if _other_than_monarch(p, item) or _other_gender(p, item):
                continue
            if (
                len(item.name) == 1
                or p.first is None
                or p.first == name0
                or (p.first[:1] == name0[:1] and (len(name0) <= 2 or len(p.first) <= 2))
                or _ends_with(p.name, item.name)
                or _ends_with(item.name, p.name)
            ):
                return idx
        if len(item.name) > 1 and key not in self.by_key:
            # "Mohamad Fadzil" after "Foreign Minister Mohamad Fadzil Ismail": a Malay or
            # Arab name cut before the father's name is the same person
            n = len(item.name)
            for idx in sorted(self.last_seen, key=self.last_seen.__getitem__, reverse=True):
                p = self.people[idx]
                if len(p.name) > n and p.name[:n] == item.name:
                    return idx
        self.people.append(_Person(name=item.name, key=key))
        idx = len(self.people) - 1
        self.by_key.setdefault(key, []).append(idx)
        return idx

    def family_name(self, item: _Item) -> bool:
        """
        Whether a lone name is the first word of a known person's name and no one's surname.

        Chinese, Korean and Vietnamese names put the family name first: "Premier Wang Tao"
        is then "Wang"; a Spanish name gives the father's surname before the mother's:
        "Luis Ortega Salinas" is then "Ortega".
        """
        if len(item.name) != 1 or surname_key(item.name[0]) in self.by_key:
            return False
        name0 = item.name[0].lower()
        # Spanish and Portuguese names: "Ortega" alone is "Luis Ortega Salinas".
        return any(name0 in {p.first, p.paternal} for p in self.people)

    def pair_kinds(self, j: int) -> set[str | None]:
        """
        The offices a group noun ending before token ``j`` may name: "the two ministers".

        "the heads of the foreign ministries": ministers, though "heads" alone are leaders.
        """
        noun = self.t.lowers[j - 1]
        if noun == "heads" and any(
            w in _HEADS_OF_MINISTRIES for w in self.t.lowers[j : j + _HEADS_OF_REACH]
        ):
            return {"minister"}
        if noun == "ministers" and j >= 2 and self.t.lowers[j - 2] in _LEADER_MINISTER_WORDS:
            # "the two prime ministers", "the chief ministers": heads of government, never
            # the foreign ministers named since
            return {"leader"}
        return _PAIR_KINDS.get(noun, {"leader", "royal"})

    def portfolio_of_pair(self, j: int) -> bool:
        """
        Whether "ministers" ending before token ``j`` are told with their portfolio.

        Before it ("the two foreign ministers") or after it ("the Ministers of Fisheries of
        the two countries", "the ministers for trade"; not "the ministers of the two
        countries" nor "the ministers of Peru and Chile"): no leader is one of them.
        """
        t = self.t
        if t.lowers[j - 2] in _PORTFOLIO_FIRST:
            return True
        return (
            j + 1 < len(t.lowers)
            and t.gaps[j] == " "
            and t.lowers[j] in {"of", "for"}
            and t.lowers[j + 1] not in _NOT_PORTFOLIO
            and t.words[j + 1] not in _NAME_FIRST
            and t.words[j + 1] not in _DEMONYM_FIRST
        )

    def holding_portfolio(self, recent: list[int], j: int) -> list[int]:
        """
        Who may be "ministers" told with a portfolio ending before token ``j``: no leader.

        With the portfolio after the office ("the Ministers of Fisheries of the two
        countries") only those whose office names it: not an envoy and a fisheries secretary.
        """
        t = self.t
        people = [i for i in recent if self.people[i].title_kind != "leader"]
        if t.lowers[j - 2] in _PORTFOLIO_FIRST:
            return people
        portfolio = t.lowers[j + 1]
        return [i for i in people if portfolio in (self.people[i].title or "").lower().split()]

    def heads_first(self, leaders: list[int], count: int, *, heads: bool) -> list[int]:
        """
        ``leaders`` without deputies when enough remain: "the two leaders" are no vice-premier.

        "A and Premier B held a call, joined by Deputy Prime Minister C. The two leaders had
        been due to meet": A and B, though C was named last.
        """
        if not heads:
            return leaders  # "the two sides" may be a deputy's
        chiefs = [
            i
            for i in leaders
            if not (self.people[i].title or "").lower().startswith(_DEPUTY_PREFIXES)
        ]
        return chiefs if len(chiefs) >= count else leaders

    def by_office(self, item: _Item, recent: list[int], count: int) -> list[int]:
        """
        The people a pair names by their office: "the two prime ministers", not two ministers.

        Empty unless the office has a modifier ("prime", "foreign") and enough people hold it
        or are a holder's counterparts.
        """
        office = _office_of_pair(self.t.lowers[item.i : item.j])
        if office is None:
            return []
        holding = [i for i in recent if (self.people[i].title or "").lower().endswith(office)]
        if not holding:
            return []
        # a holder's counterpart holds the office too ("A, the prime minister, hosted his
        # Albanian counterpart B": the two prime ministers)
        kind = self.people[holding[0]].title_kind
        peers = [
            i
            for i in recent
            if self.people[i].title is None and self.people[i].title_kind in {kind, "counterpart"}
        ]
        group = holding + peers
        return sorted(group[:count], key=recent.index) if len(group) >= count else []

    def first_of_tie(self, item: _Item, order: list[int], best: int) -> int:
        """
        The holder a bare office names when two holders of it were last named together.

        "Ghanaian President A began a state visit [...] and held talks with President B.
        [...] the President told investors": the story's own president, the one it named
        first, not the host named after him in the same sentence.
        """
        t = self.t
        if item.country is not None or (item.j < len(t.lowers) and t.lowers[item.j] == "of"):
            return best  # "the President of Kazakhstan": the office says whose
        pos = self.start(item)
        tie = self.sentence_of(self.last_seen[best])
        if tie >= self.sentence_of(pos):
            return best
        tied = [
            i
            for i in self.in_sentence.get(tie, ())
            if i != best and i in order and _fits(self.people[i], item)
        ]
        if not tied:
            return best
        first: dict[int, int] = {}
        for _, ref, _ in self.out:
            if isinstance(ref, int):
                first.setdefault(ref, len(first))
        self.ties.add(pos)
        return min([best, *tied], key=lambda i: first.get(i, len(first)))

    def same_description(self, item: _Item, order: list[int], best: int) -> int:
        """
        The person a bare description stood for before, while it still fits, else ``best``.

        "A met the President at the White House [...] B, President of Egypt, [...] A first met
        the President last September": a story's "the President" keeps standing for the
        one it stood for, though another president was named since by his name.
        """
        if item.country is not None or item.possessor or item.role is not None:
            return best
        key = " ".join(self.t.lowers[item.i : item.j])
        before = self.described.get(key)
        if (
            before is not None
            and before != best
            and before in order
            # (not one named in this sentence or the one before: "spoke with Foreign Minister
            # B. The Secretary and the Foreign Minister discussed": B, a new readout's)
            and self.sentence_of(self.start(item)) - self.sentence_of(self.last_seen[best]) > 1
        ):
            best = before
        self.described[key] = best
        return best

    def pronoun(self, item: _Item) -> _Ref | None:
        pos = self.start(item)
        s = self.sentence_of(pos)
        if item.gender == "p":
            return self.group_pronoun(s)
        guest = self.guest_of_visit(item, s, pos)
        if guest is not None:
            return guest
        if self.fronted_possessive(item, s, pos):
            return None
        # "A visited Oslo and had talks with him": "him" is not A, the subject of its clause
        bound = self.bound_subjects(s, pos) if self.t.lowers[item.i] == "him" else ()
        for k in range(s, max(-1, s - 4), -1):
            for idx in self.in_sentence.get(k, ()):
                if (
                    k == s
                    and self.last_seen.get(idx, pos) >= pos
                    and idx not in self.in_sentence[k][:1]
                ) or idx in bound:
                    continue
                p = self.people[idx]
                if p.gender not in {None, item.gender}:
                    continue
                if k == s and not self._before(idx, k, pos):
                    continue
                if p.gender is None and not self.unsure_possessive(item, idx, s, pos):
                    p.gender = item.gender
                return idx
        return None

    def fronted_possessive(self, item: _Item, s: int, pos: int) -> bool:
        """
        Whether "his" or "her" stands in a phrase fronted before its sentence's subject.

        "Later, in the corridor outside his office, Mr A was asked": the office is A's, named
        after the comma, not the last person of the sentences before; the pronoun is left
        unread so that it does not stand as that person's mention (a "he said" after tells
        the sentence's subject).  The sentence opens with a preposition or an adverb of time,
        no person is named before the pronoun, and a capitalised word follows the comma that
        closes the phrase.
        """
        t = self.t
        if t.lowers[item.i] not in {"his", "her"} or s >= len(self.sentence_starts):
            return False
        begin = self.sentence_starts[s]
        text = self.doc.text
        first = text[begin : begin + 12].split(" ", 1)[0].rstrip(",").lower()
        if first not in _FRONTING_WORDS or self._positions.get(s):
            return False
        comma = text.find(", ", pos)
        stop = text.find(". ", pos)
        return (
            comma > 0
            and (stop < 0 or comma < stop)
            and text[comma + 2 : comma + 3].isupper()
            and "," not in text[pos:comma].rstrip(",")
        )

    def for_own_part(self, item: _Item) -> bool:
        """
        Whether a possessive opens "For his part," or "On her part,": the subject after it.

        "For his part, the Chadian minister praised ...": "his" is the minister's, told
        after it, not the person named last; it is left unread.
        """
        t, i = self.t, item.i
        return (
            0 < i < len(t.words) - 2
            and t.lowers[i] in {"his", "her", "their"}
            and t.lowers[i - 1] in {"for", "on"}
            and t.lowers[i + 1] == "part"
            and t.gaps[i + 2].strip() == ","
        )

    def unsure_possessive(self, item: _Item, idx: int, s: int, pos: int) -> bool:
        """
        Whether "his" or "her" could be another's of its sentence, none of gender known.

        "A saw President B at his office": "his" may be B's as well as A's, so it tells no
        one's gender (a "she" told of A after is still A).
        """
        if self.t.lowers[item.i] not in {"his", "her"}:
            return False
        return any(
            other != idx and w < pos and self.people[other].gender is None
            for w, other in self._positions.get(s, ())
        )

    def guest_of_visit(self, item: _Item, s: int, pos: int) -> int | None:
        """
        The guest whose visit "his" or "her" tells, after a host's verb in the sentence.

        "The Prime Minister welcomed the Chancellor to Downing Street for her first visit":
        the Chancellor's visit, whom the host's verb takes as its object.
        """
        t = self.t
        if (
            t.lowers[item.i] not in {"his", "her"}
            or not _VISIT_NOUNS.intersection(t.lowers[item.i + 1 : item.i + 4])
            or s >= len(self.sentence_starts)
        ):
            return None
        hosts = list(_HOST_VERB_RE.finditer(self.doc.text, self.sentence_starts[s], pos))
        if not hosts:
            return None
        after = [i for w, i in self._positions.get(s, ()) if hosts[-1].end() <= w < pos]
        if not after or self.people[after[0]].gender not in {None, item.gender}:
            return None
        guest = self.people[after[0]]
        guest.gender = guest.gender or item.gender
        return after[0]

    def home_at(self, i: int) -> str | None:
        """
        The country of the place last told before token ``i``.

        A place after "in", "to" or "at" ("arrived in Abuja", "a visit to Chad") or at a
        paragraph's start (a dateline: "MONTEVIDEO, Nov. 19"), else the outlet's dateline.
        """
        t = self.t
        words, lowers, gaps = t.words, t.lowers, t.gaps
        for k in range(i - 1, max(i - _HOME_REACH, 0) - 1, -1):
            if not words[k][:1].isupper():
                continue
            m = k - 1 if k > 0 and lowers[k - 1] == "the" else k
            opening = m == 0 or "\n" in gaps[m]
            if not opening and lowers[m - 1] not in _PLACE_PREPOSITIONS:
                continue
            for n in (1, 2, 3):
                if k + n <= len(words) and self.t.run_end[k] >= k + n - 1:
                    name = " ".join(words[k : k + n])
                    if name.isupper():
                        name = name.title()  # a dateline in capitals: "QUITO, March 4"
                    code = CAPITALS.get(name) or CITIES.get(name) or COUNTRY_NAMES.get(name)
                    if code is not None and (not opening or self.dateline_after(k + n)):
                        return code
        return self.home

    def dateline_after(self, k: int) -> bool:
        """Whether token ``k`` goes on a dateline: "La Paz, Oct 9 (EFE)", "ACCRA (GNA) -"."""
        t = self.t
        if k >= len(t.words):
            return False
        gap = t.gaps[k]
        if "(" in gap or "-" in gap or "\u2013" in gap or "\u2014" in gap:
            return True
        word = t.words[k].rstrip(".")
        return gap == ", " and (word[:3] in _MONTH_HEADS or word.isdigit())

    def by_role(self, item: _Item, order: list[int]) -> int | None:
        """
        The person a visit's role names: "the visiting minister", "the guest", "his host".

        The visitor is the most recent person who fits, from another country than the place
        last told ("arrived in Abuja", a dateline); a host is, for "his host", the most
        recent person of another country than his (of his own kind of office first), else
        one of the place's country.  Without a place, the most recent who fits.
        """
        people = self.people
        owner = None
        if self.out and self.out[-1][0].kind == "pronoun" and self.out[-1][0].i == item.i:
            last = self.out.pop()[1]  # "his host": "his" tells whose host, not who
            owner = last if isinstance(last, int) else None
        fitting = [
            i for i in order if i != owner and (item.title is None or _fits(people[i], item))
        ]
        if not fitting:
            return None
        if item.role == "host" and owner is not None:
            away, kind = people[owner].country, people[owner].title_kind
            others = [i for i in fitting if people[i].country not in {None, away}]
            alike = [i for i in others if people[i].title_kind == kind]
            return (alike or others or fitting)[0]
        if item.role == "visitor":
            # "the visitor" after "accompanied by her country's ambassador, B": an
            # ambassador is posted where the visit is, no visitor
            fitting = [i for i in fitting if not _is_ambassador(people[i])] or fitting
        home = self.home_at(item.i)
        if home is None:
            return fitting[0]
        if item.role == "host":
            return next((i for i in fitting if people[i].country == home), fitting[0])
        return next((i for i in fitting if people[i].country not in {None, home}), fitting[0])

    def own_holder(self, item: _Item) -> bool:
        """
        Whether a titled name is written as the document's own office holder.

        "The Prime Minister, Hon. A, held talks", "The Minister, Mr B, received": the bare
        office with the definite article, then the name set off by a comma, and no country
        or "of" phrase.  Readouts and releases of a government introduce their principal
        so, and call him by the bare office after ("The Prime Minister then met with the
        Prime Minister of Samoa").
        """
        t = self.t
        if item.country is not None or item.title is None or item.i == 0:
            return False
        if t.lowers[item.i - 1] != "the" or not t.words[item.i][:1].isupper():
            return False
        title_end = item.i + len(item.title.split())
        return (
            title_end < item.j
            and t.gaps[title_end].startswith(",")
            and t.lowers[item.i : title_end] == item.title.lower().split()
        )

    def house_holder(self, item: _Item, order: list[int]) -> int | None:
        """
        The document's own holder a bare capitalised office names ("The Prime Minister").

        None unless the office is written with the definite article and capitals, without a
        country, a possessor, a role or an "of" phrase after it, and the document introduced
        a holder of it as its own (see own_holder()) who is not bound in the clause.
        """
        t = self.t
        if not self.house or item.country is not None or item.possessor or item.role:
            return None
        if t.lowers[item.i] != "the" or not all(
            w[:1].isupper() for w in t.words[item.i + 1 : item.j]
        ):
            return None
        if item.j < len(t.lowers) and t.lowers[item.j] == "of" and t.gaps[item.j] == " ":
            return None
        return next((i for i in self.house if i in order and _fits(self.people[i], item)), None)

    def group_pronoun(self, s: int) -> tuple[int, ...] | None:
        """The group "they" in sentence ``s`` names: the last pair of the two sentences before."""
        if not self.pairs or self.sentence_of(self.pairs[-1][0]) < s - 2:
            return None
        last = self.sentence_of(self.pairs[-1][0])
        if last < s:
            # "The two ministers agreed that the commission will meet under the
            # co-chairmanship of A and B. They had last met in July": "they" is the group
            # that opened the sentence, not one named in its complement
            opening = self.sentence_starts[last]
            for where, pair in self.pairs:
                if where >= opening and self.sentence_of(where) == last:
                    if where - opening <= 16 and pair != self.pairs[-1][1]:
                        return pair
                    break
        return self.pairs[-1][1]

    def possessed_holder(self, item: _Item, order: list[int]) -> int | None:
        """
        The holder "Kenya's trade minister" stands for: a Kenyan whose title fits.

        A holder of no known country fits too when the country is the one the story is
        told from ("MUSCAT - Minister of Foreign Affairs A received ... Oman's foreign
        minister held a telephone conversation with ..."), and no one of that country does.
        """
        people = self.people
        found = next(
            (i for i in order if people[i].country == item.country and _fits(people[i], item)),
            None,
        )
        if found is not None or item.country is None or self.home_at(item.i) != item.country:
            return found
        return next(
            (i for i in order if people[i].country is None and _fits(people[i], item)), None
        )

    def for_now(self, item: _Item) -> bool:
        """Whether the office of ``item`` is held for now: "Acting (Interim) Minister A"."""
        return not _FOR_NOW.isdisjoint(self.t.lowers[item.i : item.j])

    def out_of_office(self, item: _Item) -> bool:
        """Whether ``item`` names its office as one held before: "former President A"."""
        return not _OUT_OF_OFFICE.isdisjoint(self.t.lowers[item.i : item.j])

    def bound_subjects(self, sentence: int, pos: int) -> set[int]:
        """The people named before ``pos`` in its clause: an object pronoun is none of them."""
        text = self.t.text
        return {
            idx
            for w, idx in self._positions.get(sentence, ())
            if w < pos and not _CLAUSE_TURN_RE.search(text, w, pos)
        }

    def _before(self, idx: int, sentence: int, pos: int) -> bool:
        return any(w < pos for w, i in self._positions.get(sentence, ()) if i == idx)

    def run(  # noqa: C901, PLR0912, PLR0915 - one dispatch over the item kinds
        self,
    ) -> list[tuple[_Item, _Ref, MentionForm]]:
        strong = self.strong_keys()
        pending: list[_Item] = []  # offices told before anyone is named
        self._positions: dict[int, list[tuple[int, int]]] = {}
        prev: _Item | None = None
        prev_ref: _Ref | None = None
        before: _Item | None = None  # the item before ``prev``
        before_ref: _Ref | None = None
        text, t_starts, t_ends = self.t.text, self.t.starts, self.t.ends
        sentence_starts, positions, in_sentence = (
            self.sentence_starts,
            self._positions,
            self.in_sentence,
        )
        last_seen, founders, add_out = self.last_seen, self.founders, self.out.append
        for item in self.items:
            ref: _Ref | None = None
            form: MentionForm
            if item.kind in {"person", "name"}:
                if (
                    item.kind == "name"
                    and surname_key(" ".join(item.name)) not in strong
                    and not self.family_name(item)
                ):
                    continue
                idx = self.person_for(item)
                owner_kind = None
                if item.possessor and self.out and self.out[-1][0].kind == "pronoun":
                    owner = self.out[-1][1]
                    if isinstance(owner, int) and item.country is None:
                        item.country = self.people[owner].country
                    if isinstance(owner, int) and item.title_kind == "counterpart":
                        owner_kind = self.people[owner].title_kind  # "his counterpart": his office
                if (
                    item.country is None
                    and prev is not None
                    and prev.kind == "person"
                    and isinstance(prev_ref, int)
                    and self.t.text[self.t.ends[prev.j - 1] : self.t.starts[item.i]] == " and "
                ):
                    item.country = self.people[prev_ref].country
                self.people[idx].learn(item)
                if item.title is not None and self.for_now(item):
                    self.acting.add(idx)
                if item.title is not None and self.out_of_office(item):
                    self.former.add(idx)
                if idx not in self.house and self.own_holder(item):
                    self.house.append(idx)
                if owner_kind not in _ANY_OFFICE and self.people[idx].title_kind in _ANY_OFFICE:
                    self.people[idx].title_kind = owner_kind
                ref = idx
                form = "name" if len(item.name) > 1 else ("title" if item.title else "surname")
            elif item.kind == "desc":
                order = sorted(self.last_seen, key=self.last_seen.__getitem__, reverse=True)
                # "Prime Minister A invited the prime minister to visit": an office named
                # after someone in its own clause is another holder of it, like "him"
                pos = self.start(item)
                bound = self.bound_subjects(self.sentence_of(pos), pos)
                if bound:
                    order = [i for i in order if i not in bound]
                if self.acting and self.for_now(item):
                    # "the Acting Foreign Minister": first one named acting in the office
                    order.sort(key=lambda i: i not in self.acting)
                if self.former and not self.out_of_office(item):
                    # "Former President A criticised ... The president said": the office's
                    # holder now, not one who held it before
                    order = [i for i in order if i not in self.former]
                # "The Saudi minister": first someone known to be Saudi whose office fits,
                # titled or only a counterpart, then anyone whose title fits; "Kenya's trade
                # minister" only a Kenyan whose title fits
                house = self.house_holder(item, order)
                best = (
                    house
                    if house is not None
                    else self.by_role(item, order)
                    if item.role is not None
                    else self.possessed_holder(item, order)
                    if item.possessor
                    else next(
                        (i for i in order if _fits_country(self.people[i], item)),
                        next((i for i in order if _fits(self.people[i], item)), None),
                    )
                )
                if best is None:
                    if item.country is not None:
                        # "The US special envoy met ..." told first, "A met the visiting
                        # Kenyan President": the holder may be named just after
                        pending.append(item)
                    continue
                if house is None and item.role is None and not item.possessor:
                    best = self.first_of_tie(item, order, best)
                # (a document's own holder stays its own: "The Prime Minister, Hon. A,")
                best = best if house is not None else self.same_description(item, order, best)
                if item.country is not None and self.people[best].country is None:
                    self.people[best].country = item.country
                ref, form = best, "description"
            elif item.kind == "pronoun":
                ref = None if self.for_own_part(item) else self.pronoun(item)
                if ref is None:
                    continue
                form = "pronoun"
            elif item.kind == "pair":
                count = int(item.gender or 2)
                recent = sorted(
                    (i for i in self.last_seen if i not in self.founders),
                    key=self.last_seen.__getitem__,
                    reverse=True,
                )
                kinds = self.pair_kinds(item.j)
                noun = self.t.lowers[item.j - 1]
                holders = [i for i in recent if self.people[i].title_kind in kinds]
                if noun == "ministers" and len(holders) > count:
                    # "the two ministers" after two ministers and a foreign secretary (a
                    # civil servant in South Asia, ranked with ministers in the tables): the
                    # secretary last ("her counterpart, B", untitled, keeps the recent place)
                    holders.sort(key=lambda i: "secretary" in (self.people[i].title or "").lower())
                leaders = self.by_office(item, recent, count) or self.heads_first(
                    holders, count, heads=noun in _HEAD_NOUNS and "leader" in kinds
                )
                if noun in _OFFICE_PAIRS and len(self.by_office(item, recent, count)) < count:
                    continue  # "the governors": only holders of that office, no presidents
                # Else those whose office may be the group's ("her counterpart", no title),
                # before anyone: "the two ministers" are no president.
                fitting = [i for i in recent if self.people[i].title_kind in kinds | _ANY_OFFICE]
                here = self.sentence_of(self.start(item))
                # "A will raise it with B when the two meet": a bare "the two" after two
                # people of its own sentence are those two, whatever their offices
                own = (
                    noun == "two"
                    and len(recent) >= count
                    and all(self.sentence_of(self.last_seen[i]) == here for i in recent[:count])
                )
                group = (
                    recent
                    if own
                    else leaders
                    if len(leaders) >= count
                    else fitting
                    if len(fitting) >= count
                    # (no leader among "the two foreign ministers": after two prime ministers
                    # and one foreign minister, they are not the prime ministers)
                    else self.holding_portfolio(recent, item.j)
                    if noun == "ministers" and self.portfolio_of_pair(item.j)
                    else recent
                )[:count]
                again = self.pair_nouns.get(noun)
                if not own and len(leaders) < count and again is not None and len(again) == count:
                    # "The two ministers spent three hours together ... The two ministers are
                    # expected to meet again": without two holders of the office among the
                    # people told since, the same two as the noun named before
                    group = list(reversed(again))
                if len(group) < count:
                    continue
                ref = tuple(reversed(group))
                self.pairs.append((self.start(item), ref))
                self.pair_nouns[noun] = ref
                form = "group"
            elif item.actor is not None:
                ref = item.actor
                form = "organization" if item.kind == "org" else "group"
            elif item.country is not None:
                name = SHORT_NAMES.get(item.country, item.country)
                if item.kind == "people":
                    ref = _fixed_actor(self.t.words[item.i], "group", item.country)
                    form = "group"
                else:
                    ref = _fixed_actor(name, "country", item.country)
                    form = "country"
            else:
                continue
            if isinstance(ref, int):
                pos = item.start if item.start >= 0 else t_starts[item.i]
                # "the friendship founded by President A and President B": founders honoured,
                # no party to "the two leaders" told after them
                # (searched only where "by" stands: most mentions have none before them)
                low = pos - 80 if pos > 80 else 0
                founder = (
                    _FOUNDED_BY_RE.search(text, low, pos)
                    if text.find("by", low, pos) >= 0
                    else None
                )
                if (
                    prev is not None
                    and not founder
                    and isinstance(prev_ref, int)
                    and prev_ref != ref
                    and (
                        text[t_ends[prev.j - 1] : t_starts[item.i]] == " and "
                        or self.owner_pair(prev, (before, before_ref), item)
                    )
                ):
                    self.pairs.append((pos, (prev_ref, ref)))
                # The person was last seen here, in this sentence.
                sentence = bisect_right(sentence_starts, pos) - 1
                if sentence < 0:
                    sentence = 0
                positions.setdefault(sentence, []).append((pos, ref))
                last_seen[ref] = pos
                if founder:
                    founders.add(ref)
                else:
                    founders.discard(ref)
                in_sentence.setdefault(sentence, []).append(ref)
            add_out((item, ref, form))
            before, before_ref = prev, prev_ref
            prev, prev_ref = item, ref
        if pending:
            self.named_after(pending)
        return self.out

    def owner_pair(
        self, prev: _Item, before: tuple[_Item | None, _Ref | None], item: _Item
    ) -> bool:
        """
        Whether ``item`` is the second of "A and his counterpart B", ``prev`` the "his".

        "Foreign Minister A and his Cambodian counterpart B met in Bangkok. They first met in
        Siem Reap": A and B are a pair, as "A and B" is, for the "they" and "the two" after.
        ``before`` is the item before ``prev`` and its person, whom the "his" names.
        """
        t = self.t
        first, first_ref = before
        return (
            first is not None
            and first_ref == self.out[-1][1]
            and prev.j == prev.i + 1
            and t.lowers[prev.i] in {"his", "her"}
            and t.text[t.ends[prev.i] : t.starts[item.i]] == " "
            and t.text[t.ends[first.j - 1] : t.starts[prev.i]] == " and "
        )

    def named_after(self, pending: list[_Item]) -> None:
        """
        Link an office told before anyone is named to the person named with it just after.

        A standfirst's "The US special envoy met President A on Wednesday", then "BEIRUT -
        US special envoy B wrapped up a visit": the envoy is B, the first of the next three
        sentences' people whose office and country fit.  A person named with no country
        fits an office of one ("Turkey's prime minister met A [...] Prime Minister B told
        reporters"), after those named with that country.
        """
        first: dict[int, int] = {}
        for pos, ref in sorted((p, r) for s in self._positions.values() for p, r in s):
            first.setdefault(ref, pos)
        for item in pending:
            pos = self.start(item)
            near = self.sentence_of(pos) + 3
            later = sorted(
                (self.people[ref].country is None, w, ref)
                for ref, w in first.items()
                if w > pos
                and self.sentence_of(w) <= near
                and self.people[ref].country in {item.country, None}
                and _fits(self.people[ref], item)
            )
            if later:
                starts = [self.start(x[0]) for x in self.out]
                self.out.insert(bisect_right(starts, pos), (item, later[0][2], "description"))


def _group_of_offices(words: list[str]) -> bool:
    """
    Whether ``words`` (before a list of names) name a group by its office.

    "the two foreign ministers", "the central bank governors of the two countries", "the
    mayors of the two capitals": the names after them in apposition are its members.
    """
    return any(w in _PAIR_KINDS or w in _OFFICE_PAIRS for w in words)


def _office_of_pair(words: list[str]) -> str | None:
    """The office a pair is named by, singular: "the two prime ministers" -> "prime minister"."""
    words = [w for w in words if w not in {"the", "both", "all"} and w not in _COUNTS]
    if len(words) == 1 and words[0] in _OFFICE_PAIRS:
        return _OFFICE_PAIRS[words[0]]  # "the governors"
    if len(words) < 2 or not words[-1].endswith("s"):  # a modifier and a noun
        return None
    # "secretaries" -> "secretary"
    last = words[-1][:-3] + "y" if words[-1].endswith("ies") else words[-1][:-1]
    return " ".join([*words[:-1], last])


def _tokens(doc: Document) -> _Tokens:
    found = doc.cache.get("actors.tokens")
    if found is None:
        found = _tokenize(doc.text)
        doc.cache["actors.tokens"] = found
    tokens: _Tokens = found
    return tokens


_MENTION_START: Final = itemgetter(0)  # a Mention's start, read in C
#: ``_mention((start, end, actor, form, members))`` is ``Mention(...)`` (see ``tuple_maker``).
_mention: Final = tuple_maker(Mention)


def _build(doc: Document) -> list[Mention]:
    tokens = _tokens(doc)
    items = _Reader(tokens).read()
    resolver = _Resolver(doc, tokens, items)
    out: list[Mention] = []
    starts, ends, people, add = tokens.starts, tokens.ends, resolver.people, out.append
    for item, ref, form in resolver.run():
        start = item.start
        if start < 0:
            start = starts[item.i]
        if isinstance(ref, int):
            add(_mention((start, ends[item.j - 1], people[ref].actor(), form, ())))
        elif isinstance(ref, Actor):
            add(_mention((start, ends[item.j - 1], ref, form, ())))
        else:
            end = ends[item.j - 1]
            members = tuple(resolver.people[k].actor() for k in ref)
            names = [a.name for a in members]
            label = ", ".join(names[:-1]) + " and " + names[-1]
            out.append(Mention(start, end, Actor(name=label, kind="group"), form, members))
    doc.cache["actors.former"] = frozenset(resolver.people[k].actor().name for k in resolver.former)
    doc.cache["actors.ties"] = frozenset(resolver.ties)
    return out


def mentions(doc: Document) -> list[Mention]:
    """
    Return every actor mention in ``doc.text`` in text order (computed once per document).

    Pronouns and descriptions that cannot be resolved are left out.
    """
    found = doc.cache.get("actors.mentions")
    if found is None:
        found = _build(doc)
        doc.cache["actors.mentions"] = found
        doc.cache["actors.starts"] = list(map(_MENTION_START, found))
    result: list[Mention] = found
    return result


def former_holders(doc: Document) -> frozenset[str]:
    """The names of those ``doc`` titles as former holders of an office: "former President A"."""
    mentions(doc)
    names: frozenset[str] = doc.cache["actors.former"]
    return names


def tied_offices(doc: Document) -> frozenset[int]:
    """
    Where ``doc`` names by a bare office one of two holders last named together.

    The offsets of "the President" after "President A [...] held talks with President B":
    the mention there holds the one the story named first (see ``first_of_tie``).
    """
    mentions(doc)
    starts: frozenset[int] = doc.cache["actors.ties"]
    return starts


def actor_at(doc: Document, start: int, end: int) -> Actor | None:
    """
    Return the actor that ``doc.text[start:end]`` refers to, or ``None`` when uncertain.

    The words may be a whole mention ("Chilean President Ana Rojas"), part of one
    ("Rojas" inside it), or a stretch holding one (" she "); the first mention inside the
    stretch wins.
    """
    found = mentions(doc)
    starts: list[int] = doc.cache["actors.starts"]
    k = bisect_right(starts, start) - 1
    if k >= 0 and found[k].start <= start and end <= found[k].end:
        return found[k].actor
    k = max(k, 0)
    while k < len(found) and found[k].start < end:
        m = found[k]
        if m.start >= start and m.end <= end:
            return m.actor
        k += 1
    return None


# An acronym defined in brackets after the name it abbreviates: "the China Coast Guard (CCG)".
_BRACKETED_ACRONYM_RE: Final = re.compile(r"\(([A-Z]{2,6})\)")
_ACRONYM_NAME_CHARS: Final = 80  # at most, the name before its bracket
_ACRONYM_LINKS: Final = frozenset({"of", "for", "and", "the", "on"})  # "Ministry of the Interior"


def defined_acronyms(doc: Document) -> dict[str, str]:
    """
    The acronyms ``doc`` defines after a name holding a country, and that country's code.

    "The China Coast Guard (CCG) [...] a CCG vessel", "the Philippine Coast Guard (PCG)",
    "the Security Service of Ukraine (SBU)": the acronym alone then tells the country (for
    incidents' actors).  Computed once per document.
    """
    found: dict[str, str] | None = doc.cache.get("actors.acronyms")
    if found is None:
        found = {}
        text = doc.text
        for m in _BRACKETED_ACRONYM_RE.finditer(text) if "(" in text else ():
            acronym = m.group(1)
            if acronym in found:
                continue
            words = text[max(0, m.start() - _ACRONYM_NAME_CHARS) : m.start()].split()
            name: list[str] = []  # the capitalised words (and links) right before the bracket
            for w in reversed(words):
                if (w[:1].isupper() and w.isalpha()) or w in _ACRONYM_LINKS:
                    name.insert(0, w)
                else:
                    break
            for k, w in enumerate(name):
                pair = " ".join(name[k : k + 2])
                code = COUNTRY_NAMES.get(pair) or COUNTRY_NAMES.get(w) or DEMONYMS.get(w)
                if code is not None and w not in _ACRONYM_LINKS:
                    found[acronym] = code
                    break
        doc.cache["actors.acronyms"] = found
    return found


_COUNTRY_SUFFIXES: Final = ("-led", "-flagged", "-registered", "-owned", "-operated", "-crewed")
"""
Endings that make a country's name or adjective say whose a force or a ship is: the flag
state and the owner of a vessel (UNCLOS article 91, "ships have the nationality of the
State whose flag they are entitled to fly"; Lloyd's List's "Greek-owned").
"""


_MULTI_WORD_FIRST: Final = frozenset(
    name.split(" ")[0]
    for table in (COUNTRY_NAMES, DEMONYMS, PEOPLES)
    for name in table
    if " " in name
)
"""The first words of the names of countries and peoples written in several words."""


def _capitalised(doc: Document, words: list[str]) -> list[int]:
    """The indices of the capitalised words of ``doc``'s tokens (computed once per document)."""
    found: list[int] | None = doc.cache.get("actors.capitalised")
    if found is None:
        found = list(compress(count(), map(str.isupper, map(itemgetter(slice(0, 1)), words))))
        doc.cache["actors.capitalised"] = found
    return found


def countries_in(doc: Document, start: int, end: int) -> list[str]:
    """Return the ISO codes of the countries named between ``start`` and ``end``, in order."""
    t = _tokens(doc)
    codes: list[str] = []
    defined = defined_acronyms(doc)
    first = bisect_right(t.starts, start - 1)
    # Tokens first..stop-1 end by ``end``; only a capitalised word can start a name.
    stop = bisect_right(t.ends, end)
    caps = _capitalised(doc, t.words)
    after = 0  # the end of the last name read
    for i in caps[bisect_right(caps, first - 1) : bisect_right(caps, stop - 1)]:
        if i < after:
            continue
        # (a name in several words starts with one of _MULTI_WORD_FIRST; so does the
        # country of a suffix after one: "a South Korean-flagged ship")
        for size in (3, 2, 1) if t.words[i] in _MULTI_WORD_FIRST else (1,):
            if i + size > stop:
                continue
            w = " ".join(t.words[i : i + size])
            code = COUNTRY_NAMES.get(w) or DEMONYMS.get(w) or PEOPLES.get(w)
            if code is None and size == 1 and w.isupper() and w in defined:
                # "a CCG vessel" after "the China Coast Guard (CCG)": China's
                code = defined[w]
            if code is None and w.endswith(_COUNTRY_SUFFIXES):
                # "a Saudi-led coalition", "a Russian-flagged tanker", "a Greek-owned
                # bulk carrier": the country of a force or a ship
                head = w[: w.rindex("-")]
                code = COUNTRY_NAMES.get(head) or DEMONYMS.get(head)
            if code is not None:
                if code not in codes:
                    codes.append(code)
                after = i + size
                break
    return codes
