"""
Extraction of :class:`~diplomeet.records.Statement` records: who said what, to whom, when.

The extractor works on the patterns of news prose, not on a model:

1. :mod:`diplomeet._quotes` finds every quotation (curly or straight marks, continued over
   paragraphs).
2. For each quotation the reporter's frame around it is read for a reporting cue
   (:mod:`diplomeet._cues`): after the quotation (``"...," Smith said``, ``"...," said
   Smith``), before it (``Smith said: "..."``, ``Smith told Jones that "..."``,
   ``according to Smith, "..."``, ``what Smith described as "..."``) or at the end of the
   sentence (``... "pressing issues", the ministry said.``).
3. The subject (or, after an inverted cue, the object) of the cue is the speaker span; the
   span is handed to the actor resolver (:func:`diplomeet._actors.actor_at`) which links
   names, titles and pronouns to an :class:`~diplomeet.records.Actor`.
4. A full-sentence quotation with no cue of its own continues the speaker of the quotation
   just before it in the paragraph (or of the paragraph before); a quoted phrase with no cue
   at all is a scare quote or a title and yields nothing.
5. Reported speech (``Smith said that ...``) without quote marks becomes an ``indirect``
   statement whose quote is the reported clause.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable
from typing import Final, NamedTuple

import attrs

from diplomeet import _cues, _fast_records
from diplomeet._actors import (
    Mention,
    actor_at,
    former_holders,
    mentions,
    place_actor,
    tied_offices,
)
from diplomeet._countries import CITIES, COUNTRY_NAMES, DEMONYMS
from diplomeet._document import ABBREVIATIONS, Document, tuple_maker
from diplomeet._gender import genders, pronoun_gender
from diplomeet._orgs import BODY_NOUNS, ORGANIZATIONS
from diplomeet._quotes import TURN_RE, Quotation, find_quotations
from diplomeet._titles import MODIFIERS, TITLES
from diplomeet._transcripts import SPEAKER_PREFIXES, find_turns
from diplomeet.dates._lexicon import MONTH_NAMES, WEEKDAY_NAMES
from diplomeet.records import Actor, Statement, StatementMode, TimeRef

__all__ = ["Resolver", "find_statements", "speaker_at"]

#: Maps the words ``doc.text[start:end]`` to the actor they name, or ``None``.
Resolver = Callable[[Document, int, int], "Actor | None"]

# A word keeps the apostrophe of a plural possessive ("the Joneses' lawyer").
_TOKEN_RE: Final = re.compile(
    r"[^\W_](?:[\w'\u2019.\-]*[^\W_])?(?:(?<=s)['\u2019](?!\w))?"
    r"|[,;:()\[\]\u2014\u2013]|(?<=\s)-{1,2}(?=\s)"
)
# A full stop after a closing quotation mark, then a new sentence: '"... the fact". The'.
_STOP_AFTER_RE: Final = re.compile(r"[.!?]\s+[A-Z]")
_SENT_END_RE: Final = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr))[.!?](?=\s|$)")

_FORM_TO_LEMMA: Final[dict[str, str]] = {
    form: lemma for lemma, forms in _cues.CUE_FORMS.items() for form in forms if " " not in form
}
_TWO_WORD: Final[dict[tuple[str, str], str]] = {
    tuple(form.split()): lemma  # type: ignore[misc]
    for lemma, forms in _cues.CUE_FORMS.items()
    for form in forms
    if form.count(" ") == 1
}
# Every word a cue can start with: a token outside it is no cue, so loops skip it cheaply.
_CUE_WORDS: Final = frozenset(_FORM_TO_LEMMA) | {first for first, _ in _TWO_WORD}
# The tokens skipped between a closing quote mark and its cue, and a character that makes a
# token of another kind (a word, or a bracket, colon or semicolon).
_SKIPPED_AFTER: Final = frozenset({",", "\u2014", "\u2013", "--", "-"})
_NOT_SKIPPED_RE: Final = re.compile(r"[^\W_]|[;:()\[\]]")


_Trie = dict[str, "_Trie"]


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` sharing prefixes, so the scan stays fast."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in node.items() if ch]
        if "" in node:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(trie)


# The past and present forms of the verbs that introduce reported speech, to find the
# sentences worth reading for it (the full cue table serves quotations).
_CUE_SCAN_RE: Final = re.compile(
    r"\b"
    + _trie_pattern(
        sorted(
            form
            for lemma in _cues.REPORTED_SPEECH
            for form in _cues.CUE_FORMS[lemma]
            if " " not in form and not form.endswith("ing")
        )
    )
    + r"\b"
)
# Any word of _CUE_WORDS anywhere, even inside another word: where it finds none, no token
# of the stretch can start a cue, and the stretch need not be tokenised.  Behind a look-ahead
# on the words' first letters, which the search tests three times faster than the trie.
_CUE_WORD_RE: Final = re.compile(
    f"(?=[{re.escape(''.join(sorted({w[0] for w in _CUE_WORDS})))}])"
    + _trie_pattern(sorted(_CUE_WORDS))
)
_CUE_SCAN_MAX: Final = max(map(len, _FORM_TO_LEMMA))  # the longest cue word
_WORD_CHAR_RE: Final = re.compile(r"\w")
_WORD_INNER: Final = frozenset("'\u2019.-")  # what a word token holds besides \w
_POSSESSIVE_RE: Final = re.compile("['\u2019]s?\\b")
_PRONOUNS: Final = frozenset({"he", "she", "they", "it", "i", "we"})
# The styles of address that releases abbreviate before a title or name ("HE the Minister").
_STYLE_ABBREVIATIONS: Final = {"HE": "h.e.", "HH": "h.h."}
# A style of address standing for its holder: "His Excellency stressed", "HE affirmed".
# A person's office by the person's name: "Okonjo's office", "the Vance office".
_NAMED_OFFICE_RE: Final = re.compile(
    r"(?:[Tt]he )?(?P<name>(?:[A-Z][\w.-]* )*(?P<owner>[A-Z][\w-]+)['\u2019]s [Oo]ffice)"
)
# The words between a subject and a passive "told": "was told", "was called to the Foreign
# Ministry yesterday and told", "had been summoned to the ministry and told" (the body named).
_TOLD_PASSIVE_RE: Final = re.compile(
    r",?(?:,[^,\n]{1,80},)? (?:was|were|had been|has been|have been) "
    r"(?:(?:called|summoned|invited|taken|brought)(?: in)? to the "
    r"(?P<body>(?:[A-Z][\w'\u2019-]* )*?(?:Ministry|Office|Department|Secretariat|Chancellery))"
    r"(?: [\w'\u2019.-]+){0,6}? and )?"
)
# What may stand before a sentence's subject named with its titles: capitalised words (the
# titles, styles and "HE") joined by "and", "of", "the", "at".
_TITLED_LEAD_RE: Final = re.compile(r"(?:(?:[A-Z][\w.]*|and|of|the|at)(?: |$))*")
# How many sentences back a bare style looks for its holder.
_SUBJECT_REACH: Final = 6
_BARE_STYLE_RE: Final = re.compile(r"(?:(?:His|Her) Excellency|H\.E\.?|HE)")
_TERM_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "that", "so-called", "of", "and"}
)
# A sentence opening on a body before a quotation or a verb: 'The army "took ..."'.
_OPENING_BODY_RE: Final = re.compile(
    r"\s*((?:The|the)\s+(?:[A-Za-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s+[\"\u201c]|\s+(?:said|says)\b)"
)
# A subject relative clause ("X, who thanked them"), not an object one ("X, who he dubbed").
# A cue after a name closing a sentence: "..., spokeswoman X said at a briefing."
# (the name may close an apposition: "..., the president's spokeswoman, A, confirmed.")
_TRAILING_CUE_RE: Final = re.compile(
    r",? (?:said|says|told|added|confirmed|announced|explained|noted|stated|wrote|reported)\b"
)
_INVERTED_CUE_RE: Final = re.compile(r", (?:said|says) $")
_ORDINAL_RE: Final = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
# Cues that invert after a comma with no object between them and the speaker.
_INVERTING_CUES: Final = frozenset({"say", "explain", "add", "write", "note", "continue"})
# A phrase opening a sentence before its subject: "Asked about the vote, ", "In his view, ".
_OPENING_PHRASE_RE: Final = re.compile(r"[A-Z][^,.;:\"\u201c\u201d\n]{0,150}, ")
# A name the links do not know opening a sentence as the subject of a reporting verb, right
# after it or after one apposition: "Tom Haverly, the party's spokesman, suggested".
_UNLINKED_SUBJECT_RE: Final = re.compile(
    r"(?:(?:And|But|Yet) )?+(?:(?P<owner>[A-Z][a-z]++(?: [A-Z][a-z]++)?+)['\u2019]s )?+"
    r"(?P<name>[A-Z][a-z][\w'\u2019-]*+(?: [A-Z][\w'\u2019-]*+){1,2}+)"
    r"(?:, [^,.;:\"\u201c\u201d\n]{3,80}+,)?+ (?P<verb>[a-z]++)"
)
_WHO_RE: Final = re.compile(r", who (?!(?:he|she|they|I|we|you)\b)")
# A preposition or a conjunction opening a sentence on someone else, before the subject
# after its comma: "Like Lopez, Berg ...", "After meeting Ruiz, Soto ...", "While Ruiz
# pledged ..., Soto insisted ...".
_OTHER_PERSON_LEAD_RE: Final = re.compile(
    r"(?:Like|Unlike|Besides|Beside|Alongside|Against|With|Without|Echoing|Joining|After|"
    r"Before|Following|Despite|As with|While|Whereas|Although|Though|Even as|Even though|"
    r"Absent|Amid|Amidst|Notwithstanding)"
    r"(?:[ \t]+[a-z]+){0,3}[ \t]+"
)
# The words opening a relative clause on the noun of an opening phrase, and the clause to its
# comma: "which he has not published, " (read as text here, as tokens by _past_opening_phrase).
_RELATIVE_WORDS: Final = frozenset({"which", "who", "whose", "where"})
_RELATIVE_ASIDE_RE: Final = re.compile(
    rf"(?:{'|'.join(sorted(_RELATIVE_WORDS))})\b[^,.;:\n]{{0,120}}, "
)
_CROWD_WORDS: Final = 3  # "the armed men"
# "While Ruiz pledged to work with both parties in the capital, Soto": the phrase to its comma
_OTHER_PERSON_REACH: Final = 100
_PRONOUN_FORMS: Final = _PRONOUNS | {"his", "her", "him", "its", "their", "them"}
_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your", "these"}
)
# Words between a subject and its cue: auxiliaries, negation and adverbs.
_SKIP_BEFORE_CUE: Final = frozenset(
    {
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "could",
        "might",
        "may",
        "did",
        "does",
        "do",
        "also",
        "later",
        "then",
        "again",
        "once",
        "first",
        "last",
        "further",
        "quoted",
        "as",
        "not",
        "never",
        "just",
        "even",
        "still",
        "too",
        "ve",
        "d",
        "s",
        # sentence adverbs between a subject and its cue: "Carter however said"
        "earlier",
        "however",
        "though",
        "nonetheless",
        "instead",
        "now",
        "meanwhile",
        "often",
    }
)
# Lower-case words that may sit inside a speaker's noun phrase ("a spokesman for the ministry").
_NP_GLUE: Final = frozenset(
    {"of", "for", "at", "the", "and", "de", "al", "van", "von", "bin", "da"}
)
_ROLE_WORDS: Final = frozenset(
    {
        "counterpart",  # "his Thai counterpart said": the minister of that country
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "aide",
        "adviser",
        "advisor",
        "director",
        "secretary",
        "minister",
        "chairman",
        "chairwoman",
        "chair",
        "senator",
        "governor",
        "president",
        "leader",
        "candidate",
        "nominee",
        "campaign",
        "manager",
        "representative",
        "ambassador",
        "analyst",
        "professor",
        "chief",
        "head",
        "mayor",
        "general",
        "commander",
        "strategist",
        "pollster",
        "founder",
        "executive",
        "attorney",
        "lawyer",
        "judge",
        "host",
        "guest",  # "her guest said": the visitor (the actor resolver reads the visit's role)
        "visitor",
        "speaker",
        "congressman",
        "congresswoman",
        "lawmaker",
        "diplomat",
        "envoy",
        "statement",
        "ministry",
        "office",
        "agency",
        "embassy",  # "a spokesman for the embassy said", as "for the ministry"
        "presidency",
        "prime",
        "foreign",
        "defense",
        "defence",
        "press",
        "former",
        "deputy",
        "vice",
        "top",
        "senior",
        "national",
        "security",
        "white",
        "house",
        "presidential",
        "democratic",
        "republican",
        "political",
        "member",
        "members",
        "staffer",
        "officials",
        "spokesmen",  # "Defense Ministry spokesmen said": the body's voices, as "officials"
        "spokeswomen",
        "spokespeople",
        "supporter",
        "activist",
        "economist",
        "expert",
        "researcher",
        "lecturer",
        "scholar",
        "fellow",
        "correspondent",
        "reporter",
        "editor",
        "columnist",
        "author",
        "historian",
        "scientist",
        "organizer",
        "consultant",
        "operative",
        "surrogate",
        "chairperson",
        "ceo",
        "co-founder",
        "board",
        "committee",
        "party",
        "department",
        "group",
        "council",
    }
)
#: Kinship nouns (common English kinship terms, as in WordNet's "relative" hyponyms): "Li's
#: stepmother said" is a relative the article does not name, never Li.
_KIN_NOUNS: Final = frozenset(
    {"mother", "father", "sister", "brother", "son", "daughter", "wife", "husband"}
    | {"widow", "widower", "stepmother", "stepfather", "stepson", "stepdaughter"}
    | {"grandmother", "grandfather", "grandson", "granddaughter", "uncle", "aunt"}
    | {"cousin", "nephew", "niece", "parents", "fiancee", "fiance", "relatives"}
)
# Capitalised words that open a sentence without naming anyone.
_OPENERS: Final = frozenset(
    {
        "but",
        "and",
        "so",
        "yet",
        "or",
        "earlier",
        "later",
        "then",
        "meanwhile",
        "however",
        "still",
        "now",
        "yesterday",
        "today",
        "tonight",
        "instead",
        "indeed",
        "also",
        "when",
        "after",
        "before",
        "as",
        "while",
        "in",
        "on",
        "at",
        "during",
        "asked",
        "speaking",
        "separately",
        "previously",
        "recently",
        "finally",
        "there",
        "here",
        "what",
        "this",
        "that",
        "if",
        "because",
        "although",
        "though",
        "since",
        "with",
        "without",
        "for",
        "by",
        "from",
        "about",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)
# Prepositions that open an adverbial phrase before a sentence's subject, never a name nor
# a subject themselves: "Amid calls from members to resign, the mayor ...", "Absent a plan of
# his own, Moreno ...". A cue word right after one is a noun ("amid calls", "despite warnings").
_OPENING_PREPOSITIONS: Final = frozenset(
    {
        "absent",
        "amid",
        "amidst",
        "despite",
        "notwithstanding",
        "following",
        "among",
        "amongst",
        "unlike",
        "besides",
        "regarding",
        "concerning",
        "barring",
        "pending",
        "throughout",
    }
)
# The words of an opening prepositional phrase looked over for its comma.
_OPENING_PHRASE_TOKENS: Final = 30
_TITLE_WORDS_MAX: Final = 8
_TERM_WORDS_MAX: Final = 3  # a quoted term ("the “green line” dividing ...")
_THE_BEFORE_RE: Final = re.compile(r"\b[Tt]he $")
_TERM_AFTER_RE: Final = re.compile(r" [a-z]{2,}ing\b")
# Nouns a quoted name stands before: the "crossroads of peace" initiative, the "2+2" format.
_TERM_HEAD_RE: Final = re.compile(
    r" (?:initiative|plan|project|process|programme|program|doctrine|formula|corridor|format|"
    r"policy|strategy|concept|framework|platform|operation|campaign|mechanism|approach|"
    r"roadmap|road\s+map)s?\b"
)
_HEADING_WORDS_MAX: Final = 4  # a quoted subheading ('Red line') is a few words
_RECENT_LIMIT: Final = 50  # statements looked back over for a speaker (keeps it linear)
_NAME_WORDS_MAX: Final = 4
# The first offices of a country, which a country's "leader" named before holds.
_COUNTRY_HEADS: Final = frozenset({"chancellor", "prime minister", "premier", "president"})
_BODY_WORDS_MAX: Final = 6  # "the Royal Solomon Islands Police Force"
# Fields of government a department is named by ("National Defence", "Global Affairs",
# "Inter-Services Public Relations": a military's press wing named by its field).
_FIELD_ENDS: Final = frozenset({"defence", "defense", "affairs", "security", "safety", "relations"})
_FIELD_WORDS_MAX: Final = 3
_CAPS_WORD_MAX: Final = 3  # "UK", "US", "EU" give an acronym all their letters
# Words of a person's job that also stand in a body's name ("State Border Committee").
_BODY_TITLE_WORDS: Final = frozenset(
    {"state", "house", "general", "government", "intelligence", "affairs", "justice"}
)
# Courtesy and office titles written before a name ("Sen. Jo Vance", "Dr. Ali Khan").
_HONORIFICS: Final = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "rev",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "adm",
        "sgt",
        "president",
        "judge",
        "justice",
        "mayor",
        "secretary",
        "minister",
        "ambassador",
        "chairman",
        "chairwoman",
        "sir",
        "dame",
        "lord",
        "lady",
        "former",
    }
)
# Last words that make a name an organisation's ("Heritage Foundation", "Labour Party").
# A body's common noun that, with "the" alone, takes up the body that spoke last ("the
# company said", "the note said", "the spokesperson said").
# A bare unnamed voice ("the source said") and where an earlier one was placed ("a military
# source at the General Command of ..."): the body it speaks for.
_SOURCE_VOICES: Final = frozenset(
    {"the source", "the official", "the spokesman", "the spokeswoman", "the spokesperson"}
)
_VOICE_AT_BODY_RE: Final = re.compile(
    r"\b[Aa]n? (?:[a-z]+ )?(?:source|official|spokes(?:man|woman|person))"
    r" (?:at|in|from|of|with|for) (?=the [A-Z]|[A-Z])"
)
_ANAPHORIC_BODIES: Final = frozenset(
    {
        "the company",
        "the firm",
        "the operator",
        "the spokesperson",
        "the spokesman",
        "the spokeswoman",
        "the note",
        "the statement",
        "the communique",
        "the ministry",
        "the agency",
        "the embassy",
        # a body's own noun, taken up only by a body whose name holds it ("the
        # Presidential Communications Bureau said ... '...,' the bureau said")
        "the bureau",
        "the office",
        "the commission",
        "the council",
        "the secretariat",
        "the directorate",
        "the department",
        "the committee",
        "the mission",
        "the consulate",
        "the presidency",
        # a league of states and its meetings: "the South Pacific Forum ... the forum said"
        "the forum",
        "the league",
        "the alliance",
        # a force named in full before: "the Guyana Defence Force (GDF) ... the Force said"
        "the force",
    }
)
# Of those, the papers a body issues, which the sentence before may name its author of.
# "his Thai counterpart": a minister of that country, named before
_COUNTERPART_RE: Final = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he) ([A-Z][a-z]+) counterpart\b"
)
# "the company said": the firm an earlier phrase named ("the ship's manager, Acme Marine,")
_FIRM_WORDS: Final = frozenset({"the company", "the firm", "the operator", "the owner"})
_FIRM_INTRO_RE: Final = re.compile(
    r"\b(?:owners?|managers?|operators?|company|firm|shipowners?|carriers?|charterers?),? (?=[A-Z])"
)
_ACCORDING_TO_RE: Final = re.compile(r"[Aa]ccording to $")
# A press release's header over its quotation paragraphs: "Quotes attributable to the
# Minister for Trade:", "Comments attributed to Jo Li, Chief Executive:".
_ATTRIBUTABLE_RE: Final = re.compile(
    r"(?:Quotes?|Quotations?|Comments?|Remarks?) (?:attributable|attributed) to "
    r"(?P<who>[^\s:][^:\n]{2,150}?)\s?:"
)
_ISSUED_PAPERS: Final = frozenset({"the statement", "the communique", "the note"})
# Of those, the papers and voices through which any body speaks.
_BODY_PAPERS_AND_VOICES: Final = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "note", "statement", "communique"}
)
_ORG_HEADS: Final = frozenset(
    {
        "committee",
        "party",
        "campaign",
        "foundation",
        "institute",
        "center",
        "centre",
        "university",
        "department",
        "ministry",
        "agency",
        "association",
        "council",
        "news",
        "times",
        "post",
        "journal",
        "press",
        "network",
        "group",
        "pac",
        "coalition",
        "commission",
        "bureau",
        "office",
        "service",
        "union",
        # a co-operative of fishermen or farmers: "the Chioggia fishermen's cooperative"
        "cooperative",
        "co-operative",
        "court",
        "congress",
        "senate",
        "administration",
        "company",
        "inc",
        "corp",
        "fund",
        "league",
        "organization",
        "organisation",
        "federation",
        "board",
        "society",
        "project",
        "alliance",
        "caucus",
        "tribune",
        "magazine",
        "radio",
        "television",
        "tv",
        "website",
        "forces",
        # an army named as a force: "the Guyana Defence Force", "the Malawi Defence Force"
        "force",
        "army",
        "command",
        # a navy's or an army's formation, named as the body that speaks: "the Fifth Fleet",
        # "the Black Sea Fleet", "the 3rd Marine Division", "the Border Guard Corps"
        "fleet",
        "flotilla",
        "division",
        "brigade",
        "corps",
        "regiment",
        "squadron",
        "battalion",
        "guard",
        "police",
        "military",
        "navy",
        "government",
        "authority",
        "authorities",
        # a command's or a civil service's seat, named as a body ("Defence Headquarters",
        # "the Border Directorate", "the Cabinet Secretariat", "the Police Inspectorate")
        "headquarters",
        "directorate",
        "secretariat",
        "inspectorate",
    }
)
# Heads of a body that a place may follow ("the embassy in Riga", "the secretariat at
# Kirkwood"): the body speaks, not the place.
_LOCATED_HEADS: Final = _ORG_HEADS | {
    "embassy",
    "consulate",
    "mission",
    "secretariat",
    "delegation",
    "panel",
    "headquarters",
    "general",  # "the U.S. Consulate General in Karachi"
}
# Diplomatic posts, known by the city they sit in ("the Chinese Embassy in Manila").
_POST_HEADS: Final = (
    "embassy",
    "consulate",
    "consulate-general",
    "consulate general",
    "high commission",  # a Commonwealth country's embassy in another
    "mission",
    "legation",
)
_PLACE_NAME_RE: Final = re.compile(r"[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2}")
_POST_PLACE_RE: Final = re.compile(
    r" in ([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2})(?=,|\s+(?:[a-z]|$))"
)
_LOCATIVE_RE: Final = re.compile(r" (?:in|at) [A-Z]")
# A post named with its city: "the Chinese Embassy in Canberra" (see _Finder._post_spoken).
_NAMED_POST_RE: Final = re.compile(
    r"\b((?:[A-Z][\w'\u2019.-]* ){1,3}?)(Embassy|Consulate|High Commission) in"
    r" ([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2})(?=[\s,.;])"
)
_LOCATED_MIN: Final = len("the army in X")
# A force's spokesman or statement: "a coastguard spokesman", "an army spokeswoman".
_FORCES: Final = (
    r"(coastguard|coast\s+guard|army|navy|air\s+force|police|border\s+guards?|military)"
)
# The force may carry its country's adjective ("an Icelandic Coastguard spokesman") and
# speak through an officer or official ("a navy official told reporters").
# The rank or level of the voice, or of the force, that leaves it the force's own ("a senior
# coast guard official", "a federal army statement"); "a former army officer" speaks for
# himself.
_VOICE_LEVELS: Final = (
    r"(?:senior|junior|top|high-ranking|local|regional|provincial|state|federal|national)"
)
_FORCE_SPEAKER_RE: Final = re.compile(
    rf"(?:[Aa]n?|[Tt]he) (?:{_VOICE_LEVELS} )?(?:(?P<adj>[A-Z][a-z]+) )?(?:{_VOICE_LEVELS} )?"
    rf"(?i:{_FORCES}) (?:spokesman|spokeswoman|spokesperson|statement|official|officer)"
)
# 'The army "took ..."', '"...," police said': a force alone (the article only before a word
# other than "police", which news prose writes bare).
_FORCE_BARE_RE: Final = re.compile(
    rf"(?:[Tt]he (?:(?P<adj>[A-Z][a-z]+) )?(?i:({_FORCES}))|(?P<police>[Pp]olice))"
)
# An adjective that only ends countries' demonyms ("Korean" of "North Korean" and "South
# Korean"): the countries it may name, from the demonym table.
_SHARED_DEMONYMS: Final[dict[str, frozenset[str]]] = {}
for _demonym, _code in DEMONYMS.items():
    _tail = _demonym.rsplit(" ", 1)[-1]
    if _tail != _demonym and _tail not in DEMONYMS:
        _SHARED_DEMONYMS[_tail] = _SHARED_DEMONYMS.get(_tail, frozenset()) | {_code}
# A force named with its country's adjective: "the Icelandic coastguard vessel".
# The person a body speaks through: "a coastguard spokesman", "an army official".
_PERSON_VOICE_RE: Final = re.compile(r"\b(?:spokes(?:man|woman|person)|official|officer)\b")
_FORCE_MENTION_RE: Final = re.compile(rf"\b([A-Z][a-z]+) (?i:{_FORCES})\b")
# An army's name that says "force" rather than "army": "the Belize Defence Force".
_ARMY_NAME_RE: Final = re.compile(r"(?:Defen[cs]e|Armed) Forces?$")
# The place after "police" and before the cue: "Police in Mara Region said".
_POLICE_PLACE_RE: Final = re.compile(
    r" in ((?:[A-Z][\w'\u2019-]* ){0,3}[A-Z][\w'\u2019-]*)"
    r"(?= (?:said|says|told|added|stated|reported|confirmed)\b)"
)
# Who only relays another's words: "..., the spokesman added".
_RELAYS: Final = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "statement", "readout", "communique", "release"}
)
# The papers by which a body relays what its people said: "A told B that ..., a ministry
# statement said" (A's words; the statement carries them).
_TOLD_LEMMAS: Final = frozenset({"tell", "say", "inform", "assure", "warn", "urge", "ask"})
_RELAY_PAPERS: Final = frozenset(
    {"statement", "readout", "communique", "communiqu\u00e9", "release"}
)
# "the army", "the statement": a body or document the article named before (see _recalled).
_BARE_BODY_RE: Final = re.compile(
    r"[Tt]he (army|navy|command|secretariat|statement|communiqu[e\u00e9]|readout|declaration"
    r"|note|letter|union|federation|association|alliance|coastguard|service)"
)
# A paper a medium carries, with no author: "a statement broadcast by Tunis radio".
_AIRED_PAPERS: Final = frozenset({"a statement", "a communique", "a communiqu\u00e9"})
_AIRED_RE: Final = re.compile(r" (?:broadcast|carried|aired|read out) (?:by|on|over) ")
# The small words of an office's tail: "Special Adviser to the President on Media".
_OFFICE_TAIL_GLUE: Final = frozenset({"to", "on", "for", "of", "and", "the"})
_DOC_AUTHOR_RE: Final = re.compile(
    r"\b(?:statement|communiqu[e\u00e9]|readout|declaration) (?:issued |released )?(?:by|from) "
    r"|\b(?:said|says) in an? (?:statement|communiqu[e\u00e9]|readout|note|letter)\b"
    # "In a strongly worded note handed to the envoy, the ministry said": the cue's subject
    r"|\b[Ii]n an? (?:[\w-]+ ){0,3}(?:statement|communiqu[e\u00e9]|note|letter)\b"
)
# The cue of the sentence a document opens ("In a note to Lima, the ministry said").
_SAID_RE: Final = re.compile(r" (?:said|says)\b")
# Each word starts at a word's start and is read whole (possessive): linear on any input.
_CAP_RUN_RE: Final = re.compile(
    r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*+(?: (?:of (?:the )?)?[A-Z][\w'\u2019-]*+)+"
)
# A broadcaster named by its city or country and a lower-case medium ("Beirut radio",
# "the Peking radio", "Iranian state television"), after wire style of the radio age.
_BROADCASTER_RE: Final = re.compile(
    r"(?:[Tt]he )?(?P<name>[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2}"
    r"(?: state| official| government| national)?) (?P<medium>radio|television|TV|media)"
)
_MEDIUM_HEADS: Final = frozenset({"radio", "television", "tv", "media"})
# The latest broadcaster a later "the broadcast said" takes up.
_BROADCASTER_NAMED_RE: Final = re.compile(
    r"\b[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2} (?:radio|television|TV)\b"
    r"|\bRadio [A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2}"
)
_BROADCAST_RE: Final = re.compile(r"[Tt]he (?:same |latest |radio |television )?broadcast")
_NAME_WORD: Final = r"[A-Z][a-z\u00e0-\u00ff]+"  # a capitalised word of a name ("Núñez")
_RECALL_CHARS: Final = 3000  # how far back a bare "the army" looks for the body's name
# Heads of a body named after the person who leads it ("the Lund campaign").
_TEAM_HEADS: Final = frozenset({"campaign", "administration", "foundation", "camp", "team"})
# A verb of saying right after a name: "the Department of National Defence said".
_SAID_AFTER_RE: Final = re.compile(
    r"\s+(?:(?:has|had|also)\s+)?(?:said|says|stated|announced|reported|added|noted|told)\b"
)
# A speaker's recorded words in a monitored broadcast: "[Begin Smith recording] ... [End
# recording]" (FBIS, BBC Monitoring); the words hold no bracket of their own.
_RECORDING_RE: Final = re.compile(
    r"\[Begin (?:(?P<who>[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}) )?recording"
    r"(?: in progress)?\]\s*(?P<words>[^\[\]]{1,6000})\[End recording\]"
)
# The sentence that introduces an unnamed recording: "Castellanos told newsmen:".
_RECORDING_INTRO_RE: Final = re.compile(
    r"\s*(?P<who>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}) (?:said|stated|declared|added|"
    r"told [^.:\n]{1,40}?|explained|announced)(?: [^.:\n]{0,40}?)?:"
)
# A paper that tells words ("the communique notes that ..."), and the named body right
# before the first quoted words of its that-clause ("that the Argentine Government \"...").
_PAPER_SPEAKER_RE: Final = re.compile(
    r"(?:[Tt]he|[Aa]|[Tt]heir|[Ii]ts)\s+(?:(?:joint|final|official)\s+)?"
    r"(?:communiqu[e\u00e9]|declaration|statement|note|resolution|readout)"
)
_PAPER_CLAUSE_RE: Final = re.compile(
    r"\s+that\s+(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4})\s*"
    r"(?=[\"\u201c])"
)
# The head of a state or a government named by the office, as agency copy does ("the Head
# of State noted"): the latest person holding one of these titles.
_HEAD_OF: Final[dict[str, tuple[str, ...]]] = {
    "state": ("president", "king", "queen", "emir", "sultan", "monarch"),
    "government": ("prime minister", "premier", "chancellor"),
}
_HEAD_OF_RE: Final = re.compile(r"[Tt]he\s+[Hh]ead\s+of\s+([Ss]tate|[Gg]overnment)\b")
# A news agency named with its kind ("the official Xinhua news agency", "Iran's
# semi-official Tasnim news agency", "the state news agency KCNA"), or by its full
# name after its country ("Syria's official Syrian Arab News Agency (SANA)"): the
# agency speaks, not the country it belongs to.
# A participle opening the sentence before its subject: "Reacting, the chairman said".
_OPENING_PARTICIPLE_RE: Final = re.compile(r"[A-Z][a-z]+ing, ")
_NEWS_AGENCY_WORDS: Final = " news agency"
# A capitalised word, as an agency's name may be: "Tass", "Yonhap", "KCNA".
_CAPITALISED_RE: Final = re.compile(r"\b[A-Z][\w-]+")
_NEWS_AGENCY_RE: Final = re.compile(
    r"(?:(?:[Tt]he|[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2}['\u2019]s) )?"
    r"(?:(?:official|state|state-run|state-owned|semi-official|government-run|government|"
    r"national|private|independent|[Ss]tate) )*"
    r"(?:(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) (?:news|News) (?:agency|service|Agency)"
    r"(?: \([A-Z]{2,6}\))?|"
    r"(?:[A-Z][a-z]+ )?(?:news )?agency (?P<after>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}))"
)
# Cues that carry a quoted phrase only as a possessive's object: "voiced his 'support'".
_CARRIED_CUES: Final = frozenset({"express", "voice", "convey", "offer"})
# A disposition a carrying cue expresses, whose complement is quoted: "voiced the
# readiness of her government 'to mediate'", "offered the hope 'that talks resume'".
_DISPOSITION_NOUNS: Final = frozenset(
    {"readiness", "willingness", "hope", "wish", "desire", "determination", "resolve"}
    | {"intention", "commitment", "eagerness", "conviction", "belief", "confidence"}
)
_OWNER_WORDS: Final = 4  # "of his country", "of the Iranian side"
# Words that open a second main clause after a comma: "A planned it, but B cancelled it".
_CLAUSE_TURNS: Final = frozenset({"but", "while", "whereas", "yet"})
_POSSESSIVE_WORDS: Final = frozenset({"his", "her", "their", "its", "our", "my"})
# Cues told in the passive with the teller after "by": "was told by the minister that".
_PASSIVE_TOLD: Final = frozenset({"told", "assured", "informed", "warned", "reminded"})
# Who speaks for a body named by its acronym: "an RSF spokesperson said".
_BODY_VOICES: Final = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "statement", "official", "officer"}
)
_ACRONYM_RE: Final = re.compile(r"[A-Z][A-Z&]{2,5}")  # two letters are mostly a state's
# A body speaking under its acronym alone, up to the UN missions' seven letters ("MINUSCA").
_BODY_ACRONYM_RE: Final = re.compile(r"[A-Z][A-Z&]{2,6}")
# The words a text spells an acronym out in, right before "(ACR)": capitalised words and
# the lower-case glue between them ("Ministry of External Affairs (MEA)").
_SPELLED_OUT_RE: Final = re.compile(
    r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*+(?: (?:(?:of|for|and|the|on|de) )*+"
    r"[A-Z][\w'\u2019-]*+){1,7} \($"
)
# Lower-case job words between a name and the name they modify ("Lund campaign aide Jo Li").
_MODIFIER_GAP_RE: Final = re.compile(
    r"[ \t]+(?:(?:" + _trie_pattern(sorted(_ROLE_WORDS)) + r")[ \t]+){1,3}"
)
# A job description opening a sentence before its subject's name: "Human rights lawyer ",
# "The Chilean diplomat " (no preposition or conjunction among its words).
_JOB_LEAD_RE: Final = re.compile(
    r"(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Aa]n?) )?"
    r"(?:(?!(?:with|by|for|of|to|from|and|or|at|on|in|against|after|before|than)\b)"
    r"[\w'\u2019-]+ ){0,3}?(?:" + _trie_pattern(sorted(_ROLE_WORDS)) + r") "
)
# The determiner and lower-case modifiers before a mention that opens at its job: "The
# regional " (governor, Oleh Sverdliuk).
_DET_LEAD_RE: Final = re.compile(
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Aa]n?) "
    r"(?:(?!(?:with|by|for|of|to|from|and|or|at|on|in|against|after|before|than)\b)"
    r"[a-z][\w'\u2019-]* ){0,3}"
)
# A name after a job description, before its verb or apposition: "... lawyer Ana Ruiz said".
_LED_NAME_RE: Final = re.compile(
    r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]++(?: [A-Z][\w'\u2019-]++){1,3}+(?=,? [a-z])"
)
# A crowd's cry, not a statement: "crowds on the quay shouted '...'" (see _Finder._slogan).
_CRY_LEMMAS: Final = frozenset({"shout", "sing", "yell", "scream", "cry", "roar"})
_CROWD_RE: Final = re.compile(
    r"\b(?:[Cc]rowds?|[Pp]rotest[eo]rs|[Dd]emonstrators|[Mm]archers|[Mm]ourners|[Rr]ioters"
    r"|[Mm]obs?|[Tt]housands|[Hh]undreds|[Ss]upporters|[Ff]ans)\b"
)
_CROWD_REACH: Final = 80  # how far before the cry its crowd may stand
# What carries words nobody states: "placards read '...'", "a banner reading '...'".
_SIGN_NOUNS: Final = frozenset(
    {"placard", "placards", "banner", "banners", "sign", "signs", "poster", "posters"}
    | {"graffiti", "slogan", "slogans", "t-shirts", "billboard", "billboards"}
)
_JOB_WORDS_MAX: Final = 3  # "said local shop owner Jo Li"
_LONG_BODY_WORDS_MAX: Final = 7  # "Royal Virgin Islands Police Force": a body's long name
_IT_BACK: Final = 2  # paragraphs "it added" looks back for the body that spoke
_VOICE_BACK: Final = 3  # paragraphs a bare "the spokesman said" looks back for its body
# Heads of a body named for its members ("Dock Workers' Union", "Farmers' Co-operative").
_MEMBER_BODY_HEADS: Final = frozenset(
    {"union", "association", "federation", "cooperative", "co-operative", "society"}
    | {"council", "congress", "league", "alliance", "party", "forum", "movement", "front"}
)
# A plural owner: "Workers'", "Fishermen's", "Women's", "Teachers'".
_PLURAL_ENDS: Final = ("s", "men", "people", "ren")
_NAME_MIN_WORDS: Final = 2
# A person described by age: "the 61-year-old", "the 38-year-old cook".
_AGED_SPEAKER_RE: Final = re.compile(r"[Tt]he (\d{1,3})-year-old(?: [a-z]+)?")
# Initials standing for a title: "the CS" (Cabinet Secretary), "the PM", "the DG".
_TITLE_INITIALS_RE: Final = re.compile(r"[Tt]he ([A-Z]{2,3})")
# Job words naming a person, not a body ("the senator", not "the ministry").
_PERSON_ROLES: Final = _ROLE_WORDS - {
    "statement", "ministry", "office", "agency", "campaign", "board", "committee", "party",
    "department", "group", "council", "house", "white", "press", "security", "national",
    "foreign", "defense", "defence", "prime", "former", "deputy", "vice", "top", "senior",
    "presidential", "democratic", "republican", "political", "members", "officials",
    "spokesmen", "spokeswomen", "spokespeople",
}  # fmt: skip
# A speaker described, not named: "the governor", "the former Ohio senator".
_DESCRIBED_PERSON_RE: Final = re.compile(
    r"[Tt]he (?:[\w.\u2019'-]+ ){0,3}(?:" + _trie_pattern(sorted(_PERSON_ROLES)) + r")"
)
# Words of a title that put its holder outside the office it names ("Opposition leader",
# "former prime minister", "ex-president").
_SIDE_MARKS: Final = frozenset({"opposition", "former", "ex"})
_PROGRESSIVE: Final = frozenset({"is", "are", "was", "were", "been", "be"})
_POSSESSOR_RE: Final = re.compile("(?:['\u2019]s|s['\u2019])$")  # "Lund's", "Jones'"
_NOT_REPORTING: Final = frozenset({"according to", "call", "describe", "ask"})
_THAT_RE: Final = re.compile(r"\bthat\b")
# "respond" of an act, not of words: the quoted words tell how ('responded "with force"')
_ACTING_CUES: Final = frozenset({"respond", "answer", "reply"})
_MANNER_RE: Final = re.compile(r"(?:in|with|within|by|under|according|proportionately)\b")
# Cue forms that report words only before the clause they open ("maintaining that ...",
# "questioned whether ..."); with an object ("maintaining the truce") they report none.
_QUESTION_CLAUSE: Final = frozenset({"whether", "why", "how", "if"})
_CLAUSE_ONLY: Final[dict[str, frozenset[str]]] = {
    "maintaining": frozenset({"that"}),
    "charging": frozenset({"that"}),  # "charging that ...", not "charging the batteries"
    "questioned": _QUESTION_CLAUSE,
    "questions": _QUESTION_CLAUSE,
    "questioning": _QUESTION_CLAUSE,
}
_AS_REACH: Final = 8  # "rejected the Russian charge as '...'": the words to its "as"
_AS_BEFORE_RE: Final = re.compile(r"\bas $")  # "rejected as 'unfounded' the claim that ..."
# A run of capitalised words in a caption or standfirst: a title, then a person's name
# ("Deputy Premier Tao Runqing", "Sabine Oberwiler").
_CAPTION_NAME_RE: Final = re.compile(
    r"(?<![\w'\u2019-])((?:[A-Z][a-z\u00e0-\u00ff'\u2019-]+ ){1,5}[A-Z][a-z\u00e0-\u00ff'\u2019-]+)"
    r"(?![\w'\u2019-])"
)
_CAPTION_NAME_WORDS: Final = range(2, 5)  # a name of two to four words, its title off
_TITLE_PHRASE_WORDS: Final = frozenset(w for title in TITLES for w in title.split())


def _caption_name(run: str, word: str) -> str | None:
    """
    The person's name in a caption's run of capitalised words, if it opens or ends on ``word``.

    The title and nationality before it are dropped ("Deputy Premier Tao Runqing"
    -> "Tao Runqing"): the story's "Tao" is the name's first word (family name first) or
    its last ("Oberwiler" of "Sabine Oberwiler").
    """
    words = run.split(" ")
    k = 0
    while k < len(words) and (
        words[k].lower() in _TITLE_WORDS
        or words[k].lower() in _TITLE_PHRASE_WORDS
        or words[k].lower() in MODIFIERS
        or words[k] in DEMONYMS
        or words[k] in COUNTRY_NAMES
    ):
        k += 1
    words = words[k:]
    if len(words) not in _CAPTION_NAME_WORDS or word not in {words[0], words[-1]}:
        return None
    return " ".join(words)


_INDIRECT_REACH: Final = 160  # how far into a sentence a reporting verb may stand
_TITLE_GLUE: Final = frozenset(
    {"of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "by", "with", "or", "vs"}
)
_ARTICLES: Final = frozenset({"the", "a", "an"})
#: A statement made at a meeting: "At the talks", "speaking after the meeting".
_AT_MEETING_RE: Final = re.compile(
    r"(?=[AaDdFf])\b(?:[Aa]t|[Aa]fter|[Dd]uring|[Ff]ollowing)\s+(?:the|their|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|summit|visit|call|news\s+conference|press\s+conference)\b"
)
# Verbs that judge words only with "as": 'rejected as "..."', 'welcomed the accord as "..."'.
_AS_ONLY: Final = frozenset({"reject", "welcome", "greet"})
_CONJUNCTIONS: Final = frozenset({"and", "but", "or", "yet", "so", "while", "as", "when"})
# Conjunctions that open a clause of its own after a quotation ('"...", although he said
# ...'): the cue of that clause reports its own words, not the quotation's.
_SUBORDINATORS: Final = frozenset({"although", "though", "because", "whereas", "whilst"})
_AFFILIATION_RE: Final = re.compile(r"[RDI]-[A-Z][A-Za-z.]*|\d{1,3}")
_INITIAL_RE: Final = re.compile(r"(?:^|\s)[A-Z]\.$")
# A dash and a name closing a quotation's line: '" \u2015 Jo Vance.' or '" -- Jo Vance, 34'.
_DASH_NAME_RE: Final = re.compile(
    r"[ \t]*(\u2015|\u2014|\u2013|--?)[ \t]*"
    r"((?:[A-Z][\w'\u2019.\-]*)(?:[ \t]+(?:[A-Z][\w'\u2019.\-]*|de|van|von|al|da|del|la)){0,4})"
    r"[ \t]*(?:[.,;(]|$)",
    re.MULTILINE,
)
# The dashes that open a signature line under a quotation ("- Nivi Kleist, Minister").
_SIGN_DASHES: Final = frozenset({"-", "\u2013", "\u2014", "\u2015"})
# A style of address opening a signature line: "The Honourable", "The Hon.", "H.E.".
_SIGN_STYLE_RE: Final = re.compile(
    r"(?:The[ \t]+)?(?:Right[ \t]+)?(?:Honou?rable|Hon\.|H\.[ \t]?E\.)[ \t]+"
)
# A minister's release opens with a letterhead: the holder's name in its style of address,
# then the office on the next line ("Senator the Hon Ana Li" / "Minister for Trade").
_LETTERHEAD_RE: Final = re.compile(
    r"^(?:Senator |Dr |Mr |Ms |Mrs )?(?:[Tt]he )?(?:Right )?(?:Hon\.?|Honou?rable) "
    r"(?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){1,3}?)(?: MP| AO| QC| KC)*[ \t]*\n"
    r"(?P<title>[A-Z][^\n]{3,80}?)[ \t]*$",
    re.MULTILINE,
)
_LETTERHEAD_REACH: Final = 600  # a letterhead stands in the first lines of a release
_PARTICLES: Final = frozenset({"de", "al", "van", "von", "bin", "da"})  # "van Wyk said"
# "May" is left out: it is a modal verb far more often than the month before "said".
_TIME_WORDS: Final = (
    WEEKDAY_NAMES | MONTH_NAMES | {"jan", "feb", "aug", "sept", "oct", "nov", "dec"}
) - {"may"}
#: A surname led by a lower-case Arabic, Romance or Dutch particle: "al-Tayeb", "el-Amin".
_PARTICLE_NAME_RE: Final = re.compile(
    r"(?<![\w'\u2019.-])(?:a[dlnrstz]|ash|el|bin|ibn|abu|d[aeiu]|dos|van|von|l[ae])-[A-Z]"
)
# Cue forms that are nouns far more often than verbs: a cue only before a clause opens.
_NOUN_FIRST: Final = frozenset({"state", "states"})
# Capitalised words only (titles) between a sentence's start and its subject's name.
# What carries a crowd's slogan, and the words that give it: "posters on the walls that
# accused", "placards reading", "banners that called the minister".
_SLOGAN_REACH: Final = 160  # characters before a quotation read for a slogan's carrier
# A sentence that says whose the quotation before it is: "The words are those of", "Those were
# the words of", "The remarks came from", "That was the verdict of".
_WORDS_OWNED_RE: Final = re.compile(
    r"(?:(?:The|Those|These) (?:words|remarks|comments) (?:are|were) (?:those )?(?:of|from)"
    r"|(?:The|Those|These) (?:words|remarks|comments) came from"
    r"|(?:Those|These) (?:are|were) the (?:words|remarks|comments) of"
    r"|(?:That|This) (?:is|was) the (?:verdict|message|view|warning|assessment) (?:of|from)) "
)
_WORDS_OWNER_NAME_RE: Final = re.compile(r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,3}")
_WORDS_OWNED_CHARS: Final = 48  # the longest opening above, and room to spare
_CALL_REACH: Final = 60  # characters before a quotation read for "what drivers call"
_CALL_TOKENS: Final = 6  # "call the river route a": the words between "call" and the name
_SLOGAN_RE: Final = re.compile(
    r"\b(?:posters?|placards?|banners?|slogans?|leaflets?|graffiti|signs?|chants?)\b"
    r"(?:[ \t]+[\w'\u2019-]+){0,4}?[ \t]+(?:(?:that|which)[ \t]+(?:accused|called|read|reads|"
    r"said|says|declared|denounced|demanded|proclaimed|branded)|reading|saying|proclaiming|"
    r"declaring|demanding|calling)\b"
)
_TITLE_RUN_RE: Final = re.compile(r"(?:[A-Z][\w.'\u2019-]*[ \t]+){0,4}")
# A job told in lower-case words before a name, its head last or before "on (for)" and a
# field: "Opposition spokesman on foreign affairs (Dr)", "Former deputy foreign minister".
_JOB_RUN_RE: Final = re.compile(
    r"[A-Z][\w'\u2019-]*(?:[ \t]+[a-z][\w'\u2019-]*){0,3}?[ \t]+(?P<head>[a-z][\w-]*)"
    r"(?:[ \t]+(?:on|for)(?:[ \t]+[a-z][\w'\u2019-]*){1,3})?[ \t]+"
    r"(?:[A-Z][\w.'\u2019-]*[ \t]+){0,2}"
)
# The heads of a description that takes up a person or body by title ("the minister said").
_TITLE_HEADS: Final = frozenset(
    {
        "minister", "secretary", "secretary-general", "president", "premier", "chancellor",
        "ambassador", "envoy", "governor", "senator", "spokesman", "spokeswoman",
        "spokesperson", "king", "queen", "prince", "emir", "sheikh", "chairman",
        "chairwoman", "commissioner", "mayor", "general", "commander", "representative",
    }
)  # fmt: skip
_BODY_HEADS: Final = frozenset(
    {"ministry", "department", "office", "commission", "agency", "embassy", "secretariat"}
    | {"fund", "bank", "council", "committee", "command", "army", "navy"}
    | {"directorate", "administration", "authority", "bureau", "inspectorate"}
)
# Capitalised heads of a union's, league's or association's name that an "of" continues.
_MEMBERS_HEADS: Final = frozenset(
    {"federation", "confederation", "association", "union", "league", "society", "chamber"}
    | {"community", "conference"}
    | {"organisation", "organization", "alliance", "coalition", "institute", "foundation"}
)
# The capitalised last words of a force's name that an "of" continues ("Border Troops of
# the State Committee", "Border Guard Service of Ukraine").
_FORCE_NAME_HEADS: Final = frozenset({"troops", "forces", "guard", "guards", "service"})
# Heads of a body a country's possessive may own, in lower case ("China's coastguard").
_OWNED_HEADS: Final = _ORG_HEADS | _FORCE_NAME_HEADS | {"coastguard", "embassy"}
# Lower-case words inside a body's official name ("Ministry of Foreign Affairs and Trade").
_OFFICIAL_GLUE: Final = frozenset({"of", "and", "for", "the"})
_PREPOSITIONS: Final = frozenset({"of", "for", "to", "from", "in", "at", "with", "on"})
_DATELINE_ENDS: Final = frozenset({":", "-", "--", "\u2014", "\u2013"})
# Body words a reporter may write in lower case ("the ministry of external affairs").
_LOWER_BODY_WORDS: Final = frozenset(
    {"ministry", "department", "office", "commission", "agency", "council", "committee"}
    | {"secretariat", "embassy", "administration", "presidency", "union", "service"}
    # a force's command written in lower case: "the provincial military command"
    | {"command"}
)
# Words before a lower-case body's head that are not its own: "the ministry", "a union".
_NOT_BODY_WORDS: Final = frozenset({"said", "says", "told", "new", "its", "which", "that", "this"})
# Lower-case words naming which body speaks ("a foreign ministry spokesman").
_BODY_ADJECTIVES: Final = frozenset(
    {"foreign", "defence", "defense", "interior", "trade", "finance", "justice", "health"}
    | {"economy", "energy", "information", "security", "external", "home", "press", "state"}
    | {"joint", "presidential"}
    # which command: "the provincial military command", "the regional naval command"
    | {"military", "provincial", "regional", "district", "naval", "army", "border"}
)
# Lower-case jobs that a name follows at the end of a sentence ("..., press officer Jo Li
# said"), and the lower-case nouns that may modify them ("government", "army", "press").
_TRAILING_JOBS: Final = _PERSON_ROLES - {"embassy", "presidency", "counterpart"} | {"officer"}
_JOB_NOUNS: Final = frozenset(
    {"government", "army", "military", "navy", "police", "press", "party", "ministry"}
    | {"foreign", "defence", "defense", "state", "embassy", "campaign", "senior", "chief"}
)
# The last words of titles, which a person's name follows ("... Minister", "... Whip").
_TITLE_WORDS: Final = (
    frozenset(t.split()[-1] for t in TITLES)
    | _HONORIFICS
    | _PERSON_ROLES
    | {"whip", "chief", "premier", "commissioner", "treasurer", "attorney-general"}
)
# The words of capitalised offices and the prepositions after them ("Minister of State
# at the Foreign Office", "Deputy Director for Asia").
_OFFICE_WORDS: Final = frozenset(w for t in TITLES for w in t.split()) | MODIFIERS
# Ranks of forces before a name ("Commodore Jo Li", "Captain Ana Cruz"), beside the titles.
_RANKS: Final = frozenset(
    {"commodore", "captain", "major", "lieutenant", "sergeant", "brigadier", "commander"}
    | {"commandant"}
)
_OFFICE_PREPOSITIONS: Final = frozenset({"of", "at", "for", "in", "to"})
_BRIDGE_STOPS: Final = (
    _SKIP_BEFORE_CUE
    | _NP_GLUE
    | _DETERMINERS
    | _OPENERS
    | _CONJUNCTIONS
    | _PREPOSITIONS
    | _PRONOUNS
    | _CUE_WORDS
    | {"him", "them", "us", "me", "who", "whom", "which", "than", "said", "says", "told"}
)
# A dateline opening a paragraph: a place in capitals, then a comma, bracket, colon or dash.
_DATELINE_RE: Final = re.compile(
    r"([A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,2})(?:,| \(| ?:| -| \u2014)"
)
_FULL_NAME_RE: Final = re.compile(r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*)+")
_REGNAL_RE: Final = re.compile(r"(?:I{2,3}|IV|Jr\.?|Sr\.?)")
_QUOTE_TOKEN: Final = "\u201cQ\u201d"  # noqa: S105 - stands for a quotation among tokens
_NOT_OWNER_TOKENS: Final = frozenset({",", ";", ":", "(", ")", _QUOTE_TOKEN})
_CLAUSE_OPENERS: Final = frozenset({"that", ":", ",", _QUOTE_TOKEN})


# A token: (start, end, text, lower-case text, whether it opens with a capital).  A plain
# tuple, read by the indices below: tokens are made by the thousand, and a named tuple's
# construction costs a Python call each.
_Tok = tuple[int, int, str, str, bool]
_START: Final = 0
_END: Final = 1
_TEXT: Final = 2
_LOW: Final = 3
_CAP: Final = 4
_cap_of: Final = operator.itemgetter(_CAP)


class _Cue(NamedTuple):
    lemma: str
    start: int
    end: int
    first: int  # index of the cue's first token


class _Attribution(NamedTuple):
    cue: _Cue
    speaker: tuple[int, int] | None
    addressee: tuple[int, int] | None
    clause: tuple[int, int]  # the reporter's words that carry the attribution


# ``_cue((...))`` is ``_Cue(...)``, ``_attribution((...))`` ``_Attribution(...)`` (see
# ``tuple_maker``): the hot paths build them without the named tuples' ``__new__``.
_cue: Final = tuple_maker(_Cue)
_attribution: Final = tuple_maker(_Attribution)


# How far before a quotation its introducing cue is looked for.  A news sentence is far
# shorter; the bound keeps the cost linear when a "sentence" runs on for thousands of quotes.
_FRAME_CHARS: Final = 600


_match_start: Final = re.Match.start
_match_end: Final = re.Match.end
_match_group: Final = re.Match.group


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """The tokens of ``text[start:end]`` (words and punctuation), built at C speed."""
    found = list(_TOKEN_RE.finditer(text, start, end))
    words = list(map(_match_group, found))
    toks = list(
        zip(
            map(_match_start, found),
            map(_match_end, found),
            words,
            map(str.lower, words),
            map(str.isupper, map(operator.itemgetter(0), words)),
            strict=True,
        )
    )
    if text.find("HE ", start, end) >= 0 or text.find("HH ", start, end) >= 0:
        toks = _styled(toks)
    hyphen = text.find("-", start, end)
    particle = _PARTICLE_NAME_RE.search(text, max(start, hyphen - 4), end) if hyphen >= 0 else None
    if particle is not None:
        # "al-Tayeb", "el-Amin": a surname led by a lower-case particle is a name.
        at = {m.start() for m in _PARTICLE_NAME_RE.finditer(text, particle.start(), end)}
        toks = [(t[0], t[1], t[2], t[3], True) if t[0] in at else t for t in toks]
    return toks


def _styled(toks: list[_Tok]) -> list[_Tok]:
    """
    ``toks`` with "HE" and "HH" before a title or name read as the styles they abbreviate.

    "HE the Foreign Minister said", "HH the Amir received": His Excellency, His Highness,
    not the pronoun "he" (a shouted "HE said" has no capitalised word or "the" after it).
    """
    out = toks
    for k, t in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        if t[_TEXT] in _STYLE_ABBREVIATIONS and (nxt[_CAP] or nxt[_LOW] == "the"):
            if out is toks:
                out = list(toks)
            out[k] = (t[0], t[1], t[2], _STYLE_ABBREVIATIONS[t[_TEXT]], True)
    return out


def _quote_token(start: int, end: int) -> _Tok:
    """The token standing for a whole quotation inside the reporter's words."""
    return (start, end, _QUOTE_TOKEN, _QUOTE_TOKEN, False)


# Modals before a cue make it an act to come, not a report: "would respond", "will tell".
_MODALS: Final = frozenset({"would", "will", "could", "might", "may", "should", "must", "shall"})
_MODAL_ADVERBS: Final = frozenset({"also", "not", "never", "only", "then", "soon", "again"})
# The cues whose clause can hold such an act: "X said (that) Y would respond".
_OUTER_CUES: Final = frozenset({"say", "tell", "state", "add", "announce", "warn", "insist"})


#: Cues that give a name ("dubbed the plan 'Dawn'"); in the passive, right before the
#: quotation ("Li, dubbed 'the iron lady'", "Li was branded 'a traitor'"), the one before
#: is named, not speaking.
# What a raid strikes (the object of "attacked" in the sense of force, not of words).
_TARGETS: Final = frozenset(
    {"patrol", "patrols", "post", "posts", "outpost", "outposts", "convoy", "convoys"}
    | {"base", "bases", "position", "positions", "troops", "soldiers", "village", "villages"}
    | {"town", "towns", "vessel", "vessels", "ship", "ships", "boat", "boats", "camp", "camps"}
    | {"checkpoint", "checkpoints", "garrison", "barracks", "unit", "units", "column"}
)
_NAMING_CUES: Final = frozenset({"dub", "label", "brand", "term", "call", "nickname"})
# Words opening a relative clause a naming cue may stand in: "which locals call".
_RELATIVE_NAMERS: Final = frozenset({"which", "what"})
# The works whose titles an aside about a speaker may quote: "author of the study "..."".
_WORK_NOUNS: Final = frozenset(
    {"book", "study", "report", "memoir", "memoirs", "novel", "paper", "biography", "essay"}
    | {"film", "documentary", "album", "play", "thesis", "history", "column", "blog"}
)
# An apposition naming a body after a name: ", the business federation,", ", a trade union,".
_BODY_APPOSITION_RE: Final = re.compile(
    r", (?:the|an?) (?:[\w'\u2019-]+ ){0,3}?(?:federation|confederation|association|union|council"
    r"|chamber|alliance|company|firm|corporation|party|movement|organi[sz]ation|institute"
    r"|foundation|league|coalition|group|lobby)(?=[,.;])"
)
_PLURAL_MIN: Final = 3  # "drivers", "locals": a plural noun is longer than "is", "was"
# Prepositions after a noun of saying owned by someone: "Chile's claim to the islets".
_NOUN_PREPOSITIONS: Final = frozenset({"to", "over", "on", "of", "for", "against", "in"})


def _passive_naming(toks: list[_Tok], i: int) -> bool:
    """
    Whether the naming cue at ``i`` is a passive participle right before the quotation.

    After a comma or a form of "be", with only a possessor before the quotation ("Li,
    dubbed Chad's 'iron lady'"): no object stands between, so the one before is named.
    """
    if not toks[i][_LOW].endswith("ed") or i == 0:
        return False
    if toks[i - 1][_TEXT] != "," and toks[i - 1][_LOW] not in _PROGRESSIVE:
        return False
    k = i + 1
    if k < len(toks) and (
        (toks[k][_CAP] and _POSSESSOR_RE.search(toks[k][_TEXT]))
        or toks[k][_LOW] in {"the", "a", "an"}  # "a bill, dubbed the 'poll tax' by critics"
    ):
        k += 1
    return k == len(toks) or toks[k][_TEXT] == _QUOTE_TOKEN


def _past_opening_phrase(toks: list[_Tok], i: int) -> int | None:
    """
    The token after an opening prepositional phrase at ``i`` and its asides, if one opens.

    "Absent Halvorsen's plan for the harbour, which he has not published, Moreno pointed":
    the phrase runs to its comma, a relative clause after it to the next; the subject
    follows (``None`` when ``i`` opens no such phrase or no comma closes it).
    """
    if i >= len(toks) or toks[i][_LOW] not in _OPENING_PREPOSITIONS:
        return None
    k = i + 1
    end = min(len(toks), i + _OPENING_PHRASE_TOKENS)
    while k < end:
        if toks[k][_TEXT] == ",":
            if k + 1 < len(toks) and toks[k + 1][_LOW] in _RELATIVE_WORDS:
                k += 2  # a relative clause on the phrase's noun: to its own comma
                continue
            return k + 1
        k += 1
    return None


def _cue_at(toks: list[_Tok], i: int) -> _Cue | None:  # noqa: C901, PLR0911, PLR0912 - one return per non-cue
    """Return the cue that starts at token ``i``, if any."""
    tok = toks[i]
    low = tok[_TEXT]
    if low == "According":
        low = "according"  # "According to Li, ..." opens a sentence
    if low not in _CUE_WORDS or not low.islower():
        return None
    if i + 1 < len(toks):
        lemma2 = _two_word_cue(toks, i, low)
        if lemma2 is not None:
            return _cue((lemma2, tok[_START], toks[i + 1][_END], i))
    lemma = _FORM_TO_LEMMA.get(low)
    if lemma is None:
        return None
    if i > 0 and toks[i - 1][_LOW] in _DETERMINERS and not _sent_paper(toks, i):
        return None  # a noun: "the report", "his claims" (not "a note that called")
    if i > 0 and toks[i - 1][_LOW] in _OPENING_PREPOSITIONS and not low.endswith("ing"):
        return None  # a noun: "Amid calls from members", "Despite warnings" (not "saying")
    if _modifier_use(toks, i, base=low == lemma):
        return None  # "Washington's continued aid", "calling the Polish report"
    if i > 1 and low == lemma and toks[i - 2][_LOW] in {"a", "an"} and not toks[i - 1][_CAP]:
        return None  # a noun after its adjective: "in a brief note", "an urgent appeal"
    if lemma in _CARRIED_CUES and not _carried_quote(toks, i):
        return None
    if lemma == "attack" and _attacked_target(toks, i):
        return None  # "crossed the border and attacked a patrol, '...'": a raid, not words
    if low in _CLAUSE_ONLY and (i + 1 >= len(toks) or toks[i + 1][_LOW] not in _CLAUSE_ONLY[low]):
        return None  # "maintaining the truce", "questioned by police": no words reported
    if lemma in _AS_ONLY and not any(t[_LOW] == "as" for t in toks[i + 1 : i + _AS_REACH]):
        return None  # 'rejected "any measures"', 'welcomed "the news"': a thing, not judged words
    if lemma in _NAMING_CUES and _passive_naming(toks, i):
        return None  # "Li, dubbed 'the iron lady' by tabloids": Li is named, not speaking
    if lemma in _NAMING_CUES and _relative_naming(toks, i):
        return None  # "the islands, which Argentines call the Malvinas, were 'ours'"
    if low == "call" and _habitual_naming(toks, i):
        return None  # "what traders call 'the lung of the valley'", "some growers call it a 'maze'"
    if low == lemma and _owned_noun(toks, i):
        return None  # "Chile's claim to the islets was 'settled'": a thing claimed
    if low in _NOUN_FIRST and i + 1 < len(toks) and toks[i + 1][_LOW] not in _CLAUSE_OPENERS:
        return None  # "state media", "member states said": a noun, not "she states that"
    return _cue((lemma, tok[_START], tok[_END], i))


def _relative_naming(toks: list[_Tok], i: int) -> bool:
    """
    Whether the naming cue at ``i`` ("call") names a thing in a relative clause.

    "the glacier, which Pakistanis call Siachen, was 'a fiction'", "what Berlin calls a
    partnership is 'a dependency'": "which"/"what" opens the clause three words back at
    most, and a comma or a form of "be" closes it before the quotation, so the quoted
    words are the sentence's, not those of the ones who call.  ("what he called 'a
    betrayal'" keeps its cue: nothing closes the clause.)
    """
    if not any(t[_LOW] in _RELATIVE_NAMERS for t in toks[max(0, i - 3) : i]):
        return False
    return any(t[_TEXT] == "," or t[_LOW] in _PROGRESSIVE for t in toks[i + 1 :])


# Words after a plural "call" that make it a verb of urging, not of naming: "call for".
_CALL_PARTICLES: Final = frozenset({"on", "upon", "for", "off", "out", "in", "back", "up"})
# Words before a base-form "call" that make it an infinitive or an act: "to call", "did call".
_CALL_AUXILIARIES: Final = _MODALS | {"to", "not", "n't", "did", "do", "does", "and", "or", "i"}


def _habitual_naming(toks: list[_Tok], i: int) -> bool:
    """
    Whether the plural present "call" at ``i`` is how a group habitually names a thing.

    "what traders call 'the lung of the valley'", "Some growers call the scheme a 'paper harvest'",
    "which residents call 'the cage'": a present tense with a plural subject (a plural noun
    or "what"/"which" just before) tells a name in use, not words someone said on an
    occasion ("Li called the plan 'a trap'", "what he called 'a betrayal'" and "ministers
    call for 'restraint'" keep their cue).
    """
    if i == 0 or (i + 1 < len(toks) and toks[i + 1][_LOW] in _CALL_PARTICLES):
        return False
    before = toks[i - 1][_LOW]
    if before in _CALL_AUXILIARIES:
        return False
    if any(t[_LOW] in _RELATIVE_NAMERS for t in toks[max(0, i - 3) : i]):
        return True
    return before in {"they", "people", "many", "some", "most"} or (
        len(before) > _PLURAL_MIN and before.endswith("s") and not before.endswith(("ss", "us"))
    )


def _owned_noun(toks: list[_Tok], i: int) -> bool:
    """
    Whether the base-form cue at ``i`` is a noun of an owner, followed by a preposition.

    "Chile's claim to the islets", "their demand for autonomy", "Iran's warning over the
    strait": a thing owned, not a verb of saying ("Li's claim that ..." keeps its cue).
    """
    if i == 0 or i + 1 >= len(toks) or toks[i + 1][_LOW] not in _NOUN_PREPOSITIONS:
        return False
    before = toks[i - 1]
    return before[_LOW] in _POSSESSIVE_WORDS or _POSSESSOR_RE.search(before[_TEXT]) is not None


def _carried_quote(toks: list[_Tok], i: int) -> bool:
    """
    Whether the quoted words after a carrying cue at ``i`` ("expressed") are its object.

    "expressed Panama's 'full solidarity'" (a possessive, then the quoted words; "her
    government's 'deep regret'", an owner of two words), "voiced
    'serious concern'" (the quoted words right after the verb) and "expressed the 'deep
    regret' of the Japanese Government" ("the", then the quoted words).  The tokens of a
    cue's frame end where the quotation opens (its place is then the end of ``toks``).
    """
    n = len(toks)
    if i + 1 >= n:
        return True  # the quotation opens right after the verb
    nxt = toks[i + 1]
    if nxt[_TEXT] == _QUOTE_TOKEN:
        return True
    if _disposition_quote(toks, i + 1):
        return True
    if nxt[_LOW] in _POSSESSIVE_WORDS or _POSSESSIVE_RE.search(nxt[_TEXT]) or nxt[_LOW] == "the":
        if i + 2 == n or toks[i + 2][_TEXT] == _QUOTE_TOKEN:
            return True
        # "expressed her government's 'deep regret'": the owner named by two words
        return (
            (nxt[_LOW] in _POSSESSIVE_WORDS or nxt[_LOW] == "the")
            and _POSSESSIVE_RE.search(toks[i + 2][_TEXT]) is not None
            and (i + 3 == n or toks[i + 3][_TEXT] == _QUOTE_TOKEN)
        )
    return False


def _disposition_quote(toks: list[_Tok], k: int) -> bool:
    """
    Whether ``toks[k:]`` are a readiness's noun and its owner, then the quoted complement.

    "voiced the readiness of her government 'to mediate'", "conveyed his nation's
    willingness 'to help'", "voiced the hope 'that ...'": a noun of disposition, after a
    determiner or a possessive and before an owner of a few words ("of his country"), takes
    the quoted words as its complement (not "expressed the concerns of farmers about 'X'").
    """
    n = len(toks)
    j = k
    while (
        j < n
        and j < k + 3
        and (
            toks[j][_LOW] in _POSSESSIVE_WORDS
            or toks[j][_LOW] == "the"
            or _POSSESSOR_RE.search(toks[j][_TEXT]) is not None
        )
    ):
        j += 1
    if j >= n or toks[j][_LOW] not in _DISPOSITION_NOUNS:
        return False
    j += 1
    if j < n and toks[j][_LOW] == "of":
        end = min(n, j + 1 + _OWNER_WORDS)
        j += 1
        while j < end and toks[j][_TEXT] not in _NOT_OWNER_TOKENS:
            j += 1
    # (the frame ends where the quotation opens, or a quotation token stands next)
    return j == n or toks[j][_TEXT] == _QUOTE_TOKEN


def _modifier_use(toks: list[_Tok], i: int, *, base: bool) -> bool:
    """
    Whether the cue word at ``i`` is a noun or adjective, not a verb of saying.

    A participle after a possessor modifies a noun ("Washington's continued aid", "the
    ministry's stated aim"; "Li's claim that" keeps its cue); in its base form after a
    determiner and a capitalised word it is a noun ("calling the Polish report", "the
    Kremlin claim"; not "the Americans claim"), and in its -s form after a determiner and a
    nationality a plural noun ("describing the British claims as").
    """
    if i > 0 and toks[i][_LOW].endswith("ed") and _POSSESSOR_RE.search(toks[i - 1][_TEXT]):
        return True
    if (
        i > 1
        and toks[i][_LOW].endswith("s")
        and toks[i - 2][_LOW] in _DETERMINERS
        and toks[i - 1][_TEXT] in DEMONYMS
    ):
        return True  # a plural noun after a nationality: "describing the British claims as"
    return (
        base
        and i > 1
        and toks[i - 2][_LOW] in _DETERMINERS
        and toks[i - 1][_CAP]
        and not toks[i - 1][_LOW].endswith("s")
    )


def _attacked_target(toks: list[_Tok], i: int) -> bool:
    """Whether the object of "attacked" at ``i`` is a force or a place ("a border post")."""
    for t in toks[i + 1 : i + 5]:
        if t[_LOW] in _TARGETS:
            return True
        if t[_TEXT] in {",", ";", ":", _QUOTE_TOKEN}:
            return False
    return False


def _two_word_cue(toks: list[_Tok], i: int, first: str) -> str | None:
    """The lemma of a two-word cue at ``i`` ("according to", "puts it"), if any."""
    lemma = _TWO_WORD.get((first, toks[i + 1][_TEXT]))
    if lemma == "put it" and i + 2 < len(toks):
        k = i + 2
        if toks[k][_LOW].endswith("ly") and k + 1 < len(toks):
            k += 1  # "Li put it bluntly: ..."
        if toks[k][_TEXT] not in _CLAUSE_OPENERS:
            return None  # "put it on the table" is no cue; "as Li put it, ..." is
    if lemma == "press for":
        # only a demand's quoted words right after it (maybe after an article): 'pressed for
        # "visible progress"', not "time pressed for the envoys, who met at the 'gate'"
        k = i + 2
        if k < len(toks) and toks[k][_LOW] in {"a", "an", "the"}:
            k += 1
        if k < len(toks) and toks[k][_TEXT] != _QUOTE_TOKEN:
            return None
    return lemma


def _modal_before(toks: list[_Tok], i: int) -> bool:
    """Whether a modal stands right before token ``i`` ("would respond", "will also tell")."""
    j = i - 1
    if j > 0 and toks[j][_LOW] in _MODAL_ADVERBS:
        j -= 1
    return j >= 0 and toks[j][_LOW] in _MODALS


def _unnamed_crowd(toks: list[_Tok], np: tuple[int, int]) -> bool:
    """
    Whether ``np`` is an unnamed crowd in lower case: "the soldiers", "some gunmen".

    A body ("the troops", "the authorities") or a person's job is no crowd.
    """
    words = toks[np[0] : np[1] + 1]
    head = words[-1][_LOW]
    return (
        len(words) <= _CROWD_WORDS
        and all(t[_TEXT].isalpha() and not t[_CAP] for t in words)
        and head.endswith("s")
        and head not in _BODY_NOUN_WORDS
        and head not in _PERSON_ROLES
        and head not in _PRONOUN_FORMS
        and head not in _RELAYS
    )


def _cue_before(toks: list[_Tok], end: int) -> bool:
    """Whether a reporting cue of saying stands before token ``end`` ("said", "told")."""
    for k in range(end - 1, -1, -1):
        if toks[k][_TEXT] in _CUE_WORDS:
            cue = _cue_at(toks, k)
            if cue is not None and cue.lemma in _OUTER_CUES:
                return True
    return False


def _place_subject(toks: list[_Tok], np: tuple[int, int]) -> bool:
    """Whether the phrase ``np`` is a country or a city standing for its government."""
    first = np[0] + 1 if toks[np[0]][_LOW] == "the" else np[0]
    if first > np[1]:
        return False
    words = " ".join(t[_TEXT] for t in toks[first : np[1] + 1])
    return words in COUNTRY_NAMES or words in CITIES


def _name_before(text: str, at: int) -> bool:
    """Whether a capitalised word ends right before ``at`` ('Meeting ("2+2")')."""
    j = at - 1 if at > 0 and text[at - 1] == " " else at
    k = j
    while k > max(0, j - 40) and (text[k - 1].isalnum() or text[k - 1] in "'\u2019-"):
        k -= 1
    return k < j and text[k].isupper()


def _told_before(toks: list[_Tok], comma: int) -> bool:
    """Whether a verb of saying stands in the few words before the comma at ``comma``."""
    for j in range(max(0, comma - 3), comma):
        cue = _cue_at(toks, j)
        if cue is not None and cue.lemma in _cues.REPORTED_SPEECH:
            return True
    return False


def _skip_paren(toks: list[_Tok], j: int) -> int:
    """Step back over a parenthesis ending at token ``j`` ("Smith (R-Texas)")."""
    if j < 0 or toks[j][_TEXT] != ")":
        return j
    depth = 0
    while j >= 0:
        if toks[j][_TEXT] == ")":
            depth += 1
        elif toks[j][_TEXT] == "(":
            depth -= 1
            if depth == 0:
                return j - 1
        j -= 1
    return j


_JOIN_ADVERBS: Final = frozenset({"later", "then", "also", "afterwards", "subsequently"})


# Verbs of saying whose infinitive tells the purpose of what the subject did ("emerged to
# tell reporters", "called a news conference to say").
_PURPOSE_CUES: Final = frozenset(
    {"tell", "say", "warn", "insist", "assure", "stress", "declare", "announce", "deny"}
)
# Words before "to" whose infinitive is no act done: a wish, a plan, a refusal, an order or
# a habit ("wants to say", "is expected to tell", "declined to say", "urged him to tell",
# "used to say"), or a degree ("too early to say", "the first to say").
_NOT_DONE_BEFORE_TO: Final = frozenset(
    {"want", "wants", "wanted", "wish", "wished", "hope", "hopes", "hoped", "like", "liked"}
    | {"plan", "plans", "planned", "planning", "intend", "intends", "intended", "expected"}
    | {"due", "set", "going", "about", "scheduled", "poised", "likely", "unlikely", "bound"}
    | {"refuse", "refused", "refuses", "decline", "declined", "declines", "reluctant"}
    | {"ask", "asked", "asks", "urge", "urged", "urges", "told", "tell", "ordered", "invited"}
    | {"allowed", "permitted", "forced", "pressed", "pressured", "encouraged", "instructed"}
    | {"need", "needs", "needed", "have", "has", "had", "able", "unable", "yet", "willing"}
    | {"ready", "prepared", "try", "tried", "trying", "tries", "seek", "seeks", "sought"}
    | {"agree", "agreed", "promise", "promised", "vow", "vowed", "threatened", "failed"}
    | {"decide", "decided", "chose", "began", "begin", "started", "continued", "continue"}
    | {"used", "is", "was", "are", "were", "be", "been", "am", "meant", "supposed", "dare"}
    | {"early", "soon", "late", "hard", "difficult", "first", "last", "only", "enough", "too"}
    | {"managed", "wishes", "wanting", "hoping", "order", "authorised", "authorized"}
)


def _purpose_cue(toks: list[_Tok], i: int) -> bool:
    """Whether the cue at ``i`` is an infinitive of purpose: "emerged to tell reporters"."""
    return (
        i > 1
        and toks[i][_LOW] in _PURPOSE_CUES
        and toks[i - 1][_LOW] == "to"
        and toks[i - 2][_LOW] not in _NOT_DONE_BEFORE_TO
        and toks[i - 2][_TEXT] != ","
    )


_ASIDE_TOKENS: Final = 9  # ", according to the Foreign Ministry in Lima,"


def _past_participle_opener(toks: list[_Tok]) -> int:
    """
    The token after an opening participle's clause and its comma, or 0.

    "Speaking to the media after the lunch, Brandt said ...": the clause before the comma
    tells the occasion; the subject follows it.
    """
    if not toks or not toks[0][_CAP] or not toks[0][_LOW].endswith("ing"):
        return 0
    for k, t in enumerate(toks[:_OPENER_TOKENS]):
        if t[_TEXT] == ",":
            return k + 1
    return 0


_OPENER_TOKENS: Final = 16  # "Speaking to reporters after a two-hour meeting in the capital,"


def _joined_cue(toks: list[_Tok], i: int) -> bool:
    """
    Whether the cue at ``i`` follows "and" or "but" ("and told", "and later told").

    An aside naming the source may stand between: "phoned B and, according to the
    presidency, urged him to '...'" (the subject before "and" urged; the aside only tells
    who said so).
    """
    j = i - 1
    if j > 0 and toks[j][_LOW] in _JOIN_ADVERBS:
        j -= 1
    if j > 2 and toks[j][_TEXT] == ",":
        j = _aside_start(toks, j)
    return j >= 0 and toks[j][_LOW] in {"and", "but"}


def _aside_start(toks: list[_Tok], comma: int) -> int:
    """
    The token before the ", according to X," aside that ``comma`` closes, or ``comma``.

    Only an aside of a few words opening on "according to".
    """
    for k in range(comma - 1, max(0, comma - _ASIDE_TOKENS) - 1, -1):
        if toks[k][_TEXT] == ",":
            if k + 2 < comma and toks[k + 1][_LOW] == "according" and toks[k + 2][_LOW] == "to":
                return k - 1
            return comma
    return comma


def _inner_acronym(toks: list[_Tok], j: int) -> bool:
    """Whether token ``j`` closes an acronym in brackets after a capitalised word."""
    return (
        j > 2
        and toks[j][_TEXT] == ")"
        and toks[j - 2][_TEXT] == "("
        and toks[j - 3][_CAP]
        and _BODY_ACRONYM_RE.fullmatch(toks[j - 1][_TEXT]) is not None
    )


def _skip_adverbs(toks: list[_Tok], j: int) -> int:
    while j >= 0 and (toks[j][_LOW] in _SKIP_BEFORE_CUE or toks[j][_LOW].endswith("ly")):
        if toks[j][_CAP] and toks[j][_LOW] not in _SKIP_BEFORE_CUE:
            break
        j -= 1
    return j


# A time phrase between a subject and its cue: "in the past", "in recent weeks".
_PERIOD_ENDS: Final = frozenset({"past", "days", "weeks", "months", "years"})
_PERIOD_WORDS_SET: Final = _PERIOD_ENDS | {"in", "the", "recent", "few", "last", "several"}
_PERIOD_WORDS: Final = 4


def _skip_frame(toks: list[_Tok], j: int) -> int:
    """
    Step back over a day or a warrant between a subject and its cue.

    "Li on Tuesday said", "Li yesterday said", "Li on Monday evening said": the day the
    words were said; "TASS is authorised to state": the form of an official statement.
    """
    j = _skip_adverbs(toks, j)
    if j < 1:
        return j
    if toks[j][_LOW] in _PERIOD_ENDS:
        # "Li, who has in the past described ...", "Li has in recent weeks said ..."
        k = j
        while k > j - _PERIOD_WORDS and k > 0 and toks[k - 1][_LOW] in _PERIOD_WORDS_SET:
            k -= 1
        if k < j and toks[k][_LOW] == "in":
            return _skip_adverbs(toks, k - 1)
    if toks[j][_LOW] == "to" and toks[j - 1][_LOW] in _WARRANTS:
        return _skip_adverbs(toks, j - 2)
    day = _day_start(toks, j)
    if day is None:
        return j
    start, needs_on = day
    if start > 0 and toks[start - 1][_LOW] == "on":
        start -= 1
        if start > 0 and toks[start - 1][_LOW] == "earlier":
            start -= 1  # "earlier on Tuesday"
    elif needs_on:
        return j  # "March 3" with no "on" may be a name's part
    return _skip_adverbs(toks, start - 1)


def _day_start(toks: list[_Tok], j: int) -> tuple[int, bool] | None:
    """
    Where a day or span ending at token ``j`` starts, and whether it needs an "on".

    "Monday evening", "Tuesday" (alone in American style, "Li Tuesday said"), "yesterday",
    "last week"; "March 3" and "3 March" only after "on".
    """
    low = toks[j][_LOW]
    prev = toks[j - 1] if j > 0 else None
    found: tuple[int, bool] | None = None
    if low in _DAY_PARTS and prev is not None and prev[_LOW] in WEEKDAY_NAMES:
        found = (j - 1, False)
    elif (low in WEEKDAY_NAMES and toks[j][_CAP]) or (low in _ALONE_DAYS and not toks[j][_CAP]):
        found = (j, False)
    elif prev is not None and low in _SPANS and prev[_LOW] in {"last", "this"}:
        found = (j - 1, False)
    elif prev is not None and (
        (low.isdigit() and prev[_LOW] in MONTH_NAMES and prev[_CAP])
        or (low in MONTH_NAMES and toks[j][_CAP] and prev[_LOW].isdigit())
    ):
        found = (j - 1, True)
    return found


_DAY_PARTS: Final = frozenset({"morning", "afternoon", "evening", "night"})
_SPANS: Final = frozenset({"week", "weekend", "month", "year"})
_ALONE_DAYS: Final = frozenset({"yesterday", "today"})
# "is authorised to state", "has been instructed to declare": an agency's formal statement.
_WARRANTS: Final = frozenset({"authorised", "authorized", "empowered", "instructed"})


_WHOSE_REACH: Final = 3  # "whose" and a noun or two before an aside naming its holder
# Words that open an aside between a subject and its cue: an apposition or relative clause
# ("Smith, the former envoy, said") or a prepositional phrase ("Smith, in Ohio, said").
_APPOSITION_OPENERS: Final = frozenset(
    {"who", "whose", "which", "a", "an", "the", "his", "her", "its", "their", "now", "then", "also"}
    | {"himself", "herself"}  # "Tester, himself up for reelection, said"
    | {"quoted", "cited"}  # "Mwale, quoted by the state news agency, said": a relay
    | {"in", "at", "on", "during", "after", "before", "speaking", "like", "unlike", "for"}
    # a participle of being asked between the subject and its cue: "A spokesperson, asked
    # about the talks at a briefing, said", "The envoy, pressed on the date, said"
    | {"asked", "questioned", "pressed", "reached", "contacted", "interviewed", "approached"}
)


# The unnamed people a body speaks through ("a military spokesman in Lima").
_PERSON_VOICES: Final = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "officer", "source"}
)
# Prepositions before a speaker's home town ("Jo Lane, 41, of Tulsa, said").
_HOME_PREPOSITIONS: Final = frozenset({"of", "from"})
# Prepositions that open a sentence's place ("In Jakarta, ..."): the place is no subject.
_PLACE_PREPOSITIONS: Final = frozenset({"in", "from", "at"})


#: Subordinators that open an adverbial aside between a subject and its cue when a
#: participle follows: "Okoro, while briefing reporters in Abuja, said", "Sule, when asked
#: about the talks, said" (Nigerian, Kenyan and Indian dailies write so).
_ASIDE_SUBORDINATORS: Final = frozenset({"while", "whilst", "when", "as"})


def _adverbial_aside(toks: list[_Tok], start: int, end: int) -> bool:
    """Whether ``toks[start:end]`` is "while/when" and a participle ("while speaking ...")."""
    if end - start < 2 or toks[start][_LOW] not in _ASIDE_SUBORDINATORS:
        return False
    verb = toks[start + 1][_LOW]
    return not toks[start + 1][_CAP] and (verb.endswith("ing") or verb in {"asked", "pressed"})


_PAST_CLAUSE_REACH: Final = 3  # words of the subject before its verb: "The Thai envoy"
_PAST_MIN: Final = 4  # letters of a past form, so "red" or "bed" is none


def _past_clause(toks: list[_Tok], i: int, comma: int) -> bool:
    """
    Whether ``toks[i:comma]`` is a clause whose subject opens it and whose verb is past.

    "Li declined to comment, saying ...", "The envoy rejected the claim, calling it ...":
    the words before the comma are no opening adverbial but the clause the participle
    after it hangs on.  An opening word such as "After" or a participle ("Asked about
    ...") opens an adverbial; a past form after an article or a be-verb ("the failed
    talks", "was reported") is no verb of the subject.
    """
    first = toks[i][_LOW]
    if first in _OPENERS or first.endswith(("ed", "ing")):
        return False
    for k in range(i + 1, min(comma, i + 1 + _PAST_CLAUSE_REACH)):
        word = toks[k][_LOW]
        if toks[k][_CAP] or not word.isalpha():
            continue
        if len(word) > _PAST_MIN and word.endswith("ed"):
            before = toks[k - 1][_LOW]
            return (
                before not in _ARTICLES
                and before not in _DETERMINERS
                and (before not in _PROGRESSIVE and before not in {"has", "have", "had"})
            )
    return False


# A participle telling where or by whom the words were caught, in an aside between the
# speaker and the cue: "Hanoi radio, monitored in Bangkok, said", "Li, quoted by Tass, said",
# "the minister, reached by telephone, said".
_RELAYED_ASIDES: Final = frozenset(
    {"heard", "monitored", "quoted", "cited", "reached", "contacted", "interviewed", "carried"}
)


def _np_back(  # noqa: C901, PLR0911, PLR0912, PLR0915 - one case per shape of English subject
    toks: list[_Tok], j: int, *, apposition: bool = True
) -> tuple[int, int] | None:
    """Return the token range of the noun phrase ending at token ``j`` (a speaker)."""
    j = _skip_paren(toks, _skip_frame(toks, j))
    if j < 0:
        return None
    if (
        toks[j][_TEXT] == ","
        and apposition
        and j > 2  # "(", the tag, ")"
        and toks[j - 1][_TEXT] == ")"
        and toks[j - 3][_TEXT] == "("
        and _AFFILIATION_RE.fullmatch(toks[j - 2][_TEXT])
    ):
        # "Gov. Jane Doe (D-Ohio), said": the comma closes the name's party tag.
        np = _np_back(toks, j - 1, apposition=False)
        if np is not None:
            return np
    if toks[j][_TEXT] == "," and apposition:
        possessor = _possessor_before_job(toks, j)
        inner: tuple[int, int] | None = None
        # An apposition or relative clause: "Smith, the former envoy, said",
        # "Jones, who lives outside the capital, Springfield, said".
        for k in range(j - 1, max(-1, j - 30), -1):
            if toks[k][_TEXT] == _QUOTE_TOKEN and k > 0 and toks[k - 1][_LOW] in _WORK_NOUNS:
                continue  # "Li, author of the study "Tides of Trade", said": a work's title
            if toks[k][_TEXT] in ";:" or toks[k][_TEXT] == _QUOTE_TOKEN:
                break
            if toks[k][_TEXT] != "," or k + 1 >= j:
                continue
            nxt = toks[k + 1]
            if (
                k >= _WHOSE_REACH
                and "whose" in {toks[k - 2][_LOW], toks[k - 3][_LOW]}
                and nxt[_CAP]
                and toks[j - 1][_CAP]
                and all(t[_TEXT] != "," for t in toks[k + 1 : j])
            ):
                # "the committee, whose chair, Liberal MP Jo Li, called it ...": the name in
                # the aside after "whose" and its noun is the relative clause's subject
                return (k + 1, j - 1)
            if j - k == 2 and _AFFILIATION_RE.fullmatch(nxt[_TEXT]):
                # "McConnell, R-Ky., said", "Smith, 45, said".
                np = _np_back(toks, k - 1, apposition=False)
                if np is not None:
                    return np
            if k < possessor:
                # "Vance, Lund's campaign manager, said": an aside naming whose aide
                np = _np_back(toks, k - 1, apposition=False)
                if np is not None and _byname_of_office(toks, np, k + 1, j):
                    return (k + 1, j - 1)  # "The Farnesina, Italy's foreign ministry, said"
                if np is not None:
                    return np
            if j - k <= 4 and not any(t[_CAP] for t in toks[k + 1 : j]):
                # A parenthetical adverbial ("Jones, likewise, said").
                np = _np_back(toks, k - 1, apposition=False)
                if np is not None:
                    return np
            if (
                nxt[_LOW] in _APPOSITION_OPENERS
                or _job_led(toks, k + 1, j)
                or (nxt[_LOW].endswith("ing") and not nxt[_CAP])  # ", speaking in Ohio,"
                or nxt[_TEXT] in _RELAYED_ASIDES  # "Peking radio, heard in Tokyo, said"
                or _adverbial_aside(toks, k + 1, j)  # ", while briefing reporters,"
                or (k > 0 and toks[k - 1][_CAP] and _title_led(toks, k + 1, j))
            ):
                # the aside may follow a party tag or an age: "Oakes, D-Ore., a member ..."
                tagged = (
                    k > 2
                    and toks[k - 2][_TEXT] == ","
                    and _AFFILIATION_RE.fullmatch(toks[k - 1][_TEXT])
                )
                np = _np_back(toks, k - 3 if tagged else k - 1, apposition=False)
                np = _voice_placed(toks, np)
                if np is not None and _byname_of_office(toks, np, k + 1, j):
                    # "Itamaraty, the Brazilian Foreign Ministry, said": a ministry's byname
                    # (its building) speaks as the ministry its apposition names
                    return (k + 1, j - 1)
                if np is not None and np[0] == 1 and toks[0][_LOW] in _PLACE_PREPOSITIONS:
                    # "In Jakarta, the ministry's spokesperson, A, said": "In Jakarta" opening
                    # the sentence places it; the subject is the phrase after it
                    continue
                if np is not None and _inside_aside(toks, np):
                    # "Li, the envoy of Chad, a member of ..., said": "envoy of Chad" is
                    # an earlier aside; the subject stands before it.
                    inner = inner or np
                    continue
                if np is not None:
                    return _resident_before(toks, np) or np
        if inner is not None:
            return inner
        # A comma after a parenthesis: "Gov. Jane Doe (D-Ohio), said".
        np = _np_back(toks, j - 1, apposition=False)
        return _resident_before(toks, np) if np is not None else None
    if j < 0:
        return None
    if toks[j][_LOW] in {"which", "who"} and j > 1 and toks[j - 1][_TEXT] == ",":
        # A relative clause: "the ministry, which said".
        np = _np_back(toks, j - 2, apposition=False)
        if np is not None and toks[j][_LOW] == "who":
            return _described_one_before(toks, np) or np
        return np
    if toks[j][_LOW] in _PRONOUNS:
        return (j, j)
    if (
        toks[j][_LOW] == "diplomacy"
        and j >= _DIPLOMACY_HEAD
        and toks[j - 2][_LOW] == "of"
        and toks[j - 3][_LOW] in {"head", "chief"}
    ):
        # "The head of Hungarian diplomacy, in turn, stressed": its foreign minister
        k = j - 3
        return (k - 1, j) if k > 0 and toks[k - 1][_LOW] in _ARTICLES else (k, j)
    body = (
        _lower_body_of(toks, j)
        or _broadcaster_of(toks, j)
        or _owned_body(toks, j)
        or _members_body_lower(toks, j)
    )
    if body is not None:
        return body
    end = j
    while j >= 0:
        t = toks[j]
        if t[_LOW] in _TIME_WORDS:
            break
        if j < end and _inner_acronym(toks, j):
            # "the Islamic Revolution Guards Corps (IRGC) Ground Force said": the body's
            # short name inside its full one
            j -= 3
            continue
        if (
            t[_CAP]
            or t[_LOW] in _ROLE_WORDS
            or (t[_LOW] in _NP_GLUE and j < end)
            # "a Honduran foreign ministry communique accused": the document, as "statement"
            or (j == end and t[_LOW] in _DOC_NOUNS)
        ):
            j -= 1
            continue
        if (
            j == end
            and t[_LOW] in _KIN_NOUNS
            and j > 0
            and _POSSESSOR_RE.search(toks[j - 1][_TEXT])
        ):
            j -= 1  # "Li's stepmother": a relative, whom _speaker leaves unnamed
            continue
        if 0 < j < end and toks[j - 1][_CAP] and _bridge_noun(t):
            # "Ohio delegate Jo Li", "Acme Capital portfolio manager Jo Li": a lower-case
            # noun between a capitalised modifier and the rest of the speaker's phrase.
            j -= 1
            continue
        if t[_LOW] in _DETERMINERS and j < end:
            j -= 1
        break
    start = j + 1
    while start <= end and (
        (
            toks[start][_LOW] in _NP_GLUE
            and toks[start][_LOW] not in _ARTICLES
            and toks[start][_LOW] not in _PARTICLES
        )
        or (toks[start][_LOW] in _OPENERS and start < end)
    ):
        start += 1
    if (
        start >= 2
        and toks[start - 1][_LOW] in {"in", "at"}
        and toks[start - 2][_LOW] in _LOCATED_HEADS
    ):
        # "the embassy in Riga said": the body speaks, not the place after it.
        located = _np_back(toks, start - 2, apposition=False)
        if located is not None:
            return located
    if start >= 2 and toks[start - 1][_LOW] == "in" and _place_subject(toks, (start, end)):
        # "spokeswoman Jo Li (李) in Beijing countered", "the envoy in Kabul said": the
        # person or post before "in" speaks; the city only places them
        k = _skip_paren(toks, start - 2)
        if k >= 0 and (toks[k][_CAP] or toks[k][_LOW] in _ROLE_WORDS):
            located = _np_back(toks, k, apposition=False)
            if located is not None and not _place_subject(toks, located):
                return located
    start = _listed_body_start(toks, start, end)
    if start > end or not any(map(_cap_of, toks[start : end + 1])):
        # "the ministry", "a spokesman for the ministry": a described speaker.
        if start <= end and toks[end][_LOW] in _ROLE_WORDS:
            if toks[start][_LOW] in _ARTICLES:
                return (start, end)
            if start > 0 and toks[start - 1][_LOW] in _ARTICLES:
                return (start - 1, end)
            owner = _lower_owner_before(toks, start)
            if owner is not None:
                return (owner, end)
        return _described(toks, end)
    return _trim_of(toks, start, end)


def _byname_of_office(toks: list[_Tok], np: tuple[int, int], start: int, end: int) -> bool:
    """
    Whether ``np`` is a one-word byname that ``toks[start:end]`` names as a country's office.

    "Itamaraty, the Brazilian Foreign Ministry,", "The Farnesina, Italy's foreign ministry,":
    the apposition opens with "the" and a demonym or with a country's possessive, and ends in
    a ministry's (department's, office's) noun.
    """
    words = toks[np[0] : np[1] + 1]
    if words[0][_LOW] == "the":
        words = words[1:]
    if len(words) != 1 or not words[0][_CAP] or end - start < _OFFICE_APPOSITION_MIN:
        return False
    first = toks[start]
    owner = _POSSESSIVE_RE.sub("", first[_TEXT]).rstrip("'\u2019")
    countried = (first[_LOW] == "the" and toks[start + 1][_TEXT] in DEMONYMS) or (
        owner != first[_TEXT] and owner in COUNTRY_NAMES
    )
    return countried and toks[end - 1][_LOW] in _OFFICE_NOUNS


_OFFICE_APPOSITION_MIN: Final = 3  # "the Brazilian ministry"
_OFFICE_NOUNS: Final = frozenset({"ministry", "department", "office", "presidency", "chancellery"})


def _lower_owner_before(toks: list[_Tok], start: int) -> int | None:
    """
    Where a body in lower case owning the job at ``start`` opens: "The militia's (military)".

    "The ministry's spokesman said", "the group's military spokesman claimed": the article,
    the body's noun with its possessive, and up to two lower-case words before the job; the
    speaker resolution takes up the body the article named.
    """
    k = start - 1
    while k >= 0 and start - k <= _OWNER_MODIFIERS and not _POSSESSOR_RE.search(toks[k][_TEXT]):
        if toks[k][_CAP] or not toks[k][_TEXT].isalpha() or toks[k][_LOW] in _NP_GLUE:
            return None
        k -= 1
    if k < 1 or toks[k][_CAP] or not _POSSESSOR_RE.search(toks[k][_TEXT]):
        return None
    return k - 1 if toks[k - 1][_LOW] in _ARTICLES else None


# A state's foreign minister told by a periphrasis: "the head of Hungarian diplomacy",
# "Hungary's top diplomat", "the Hungarian chief diplomat" (_Finder._top_diplomat).
_TOP_DIPLOMAT_RE: Final = re.compile(
    r"(?:[Tt]he )?(?:head|chief) of (?P<adj>[A-Z][a-z]+) diplomacy"
    r"|(?P<owner>[A-Z][a-z]+)['\u2019]s? (?:top|chief) diplomat"
    r"|[Tt]he (?P<adj2>[A-Z][a-z]+) (?:top|chief) diplomat"
)
_DIPLOMACY_HEAD: Final = 3  # "head of Hungarian diplomacy": the words before "diplomacy"
_TOP_OFFICE_RE: Final = re.compile(r"\bforeign\b|\bexternal\b|secretary of state")
# A police force's name in capitals: "the National Police Service", "Uganda Police Force".
_POLICE_NAME_RE: Final = re.compile(
    r"\b(?:[A-Z][\w-]* ){1,3}Police(?: (?:Service|Force|Department|Command|Agency))?\b"
)
_LEADING_ARTICLE_RE: Final = re.compile(r"^(?:(?:The|A|An|According|In|By) )+")
_LOWER_OWNER_RE: Final = re.compile(r"(?P<body>[Tt]he [a-z]+)['\u2019]s?(?: [a-z]+){1,3}")
_OWNER_MODIFIERS: Final = 3  # "the militia's military" (spokesman)
_RELATIVE_REACH: Final = 10  # the words of an aside: "a management expert at Yale University"


def _described_one_before(toks: list[_Tok], np: tuple[int, int]) -> tuple[int, int] | None:
    """
    The person a "who" takes up when the aside before it describes a job and its body.

    "Nora Quist, a management expert at Yale University, who stated", "Ivo Brandt, the
    envoy of Chad, who said": "who" is a person, so the body or country closing the aside
    is not the speaker; the name before the aside is.
    """
    c = np[1]
    while c > 0 and np[1] - c <= _RELATIVE_REACH and toks[c][_TEXT] != ",":
        c -= 1
    if toks[c][_TEXT] != "," or c < 1 or not toks[c - 1][_CAP]:
        return None
    aside = toks[c + 1 : np[1] + 1]
    if not aside or aside[0][_LOW] not in _ARTICLES:
        return None
    if not any(not t[_CAP] and t[_LOW] not in _DETERMINERS for t in aside[1:]):
        return None  # no lower-case job word: "the United Nations, who"
    return _np_back(toks, c - 1, apposition=False)


def _inverted_speaker(toks: list[_Tok], i: int, cue: _Cue) -> tuple[int, int] | None:
    """
    The speaker after an inverted cue before the quotation: ", explained Jo Li: ...".

    Only cues that take no object ("said", "explained", "added", "wrote") invert so; the
    name after the cue ends at the comma or colon that opens the quotation.
    """
    if i < 1 or toks[i - 1][_TEXT] != "," or cue.lemma not in _INVERTING_CUES:
        return None
    fwd = _np_forward(toks, i + 1)
    if (
        fwd is None
        or not toks[fwd[1]][_CAP]
        or fwd[1] + 1 >= len(toks)
        or toks[fwd[1] + 1][_TEXT] not in {",", ":"}
    ):
        return None
    return fwd


#: Words of a job or kinship set before its holder's name after an inverted cue, the last
#: in lower case: "said the ministry spokesman, Jo Li", "said the U.S. envoy, Jo Li".
_APPOSED_JOB_MAX: Final = 4
_NAME_CLOSERS: Final = frozenset({",", ".", ";", ":"})


def _apposed_name(  # noqa: C901, PLR0911 - each return rejects one shape
    toks: list[_Tok], i: int
) -> tuple[int, int] | None:
    """
    The name set off after a job or kinship noun at token ``i``: an inverted cue's speaker.

    '"...," said his lawyer, Jo Li.' and '"...," said the boy's grandmother, Ana, who ...':
    the lower-case words only describe the person the name after the comma gives (AP and
    NYT wire layouts). The job after the determiner (or possessor) ends in a lower-case
    noun or an office; the name is all capitalised and closes at a comma, a stop or the
    clause's end.
    """
    j = i + 1 if i < len(toks) and toks[i][_LOW] in _DETERMINERS else i
    k = j
    while k < len(toks) and k - j < _NAME_WORDS_MAX and toks[k][_CAP]:
        if _POSSESSOR_RE.search(toks[k][_TEXT]):
            j = k + 1  # "the Senate's lawyer", "Jo Li's lawyer"
            break
        k += 1
    if j == i:
        return None
    job = j
    while j < len(toks) and j - job < _APPOSED_JOB_MAX and toks[j][_TEXT][0].isalpha():
        if toks[j][_LOW] in _DETERMINERS or toks[j][_LOW] in _PREPOSITIONS:
            return None
        j += 1
    if j == job or j + 1 >= len(toks) or toks[j][_TEXT] != ",":
        return None
    if toks[j - 1][_CAP] and toks[j - 1][_LOW] not in TITLES:
        return None  # the job ends in a noun or an office ("the U.S. envoy", "the Minister")
    start = end = j + 1
    while end < len(toks) and toks[end][_CAP] and end - start < _NAME_WORDS_MAX:
        if toks[end][_LOW] in _TIME_WORDS or toks[end][_LOW] in _BODY_HEADS:
            return None
        end += 1
    if end == start or toks[start][_LOW] in _PRONOUNS:
        return None
    if end < len(toks) and toks[end][_TEXT] not in _NAME_CLOSERS:
        return None
    return start, end - 1


def _named_after_comma(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """
    The name after ", said" or ", says" at token ``j``: an inverted cue's speaker.

    A subject never stands after a comma before its verb ("Li, said" only closes an aside
    that another name follows), so a capitalised name after the cue speaks.
    """
    if toks[j][_LOW] not in {"said", "says"} or toks[j - 1][_TEXT] != "," or j + 1 >= len(toks):
        return None
    fwd = _np_forward(toks, j + 1)
    if fwd is None or not toks[fwd[0]][_CAP] or toks[fwd[0]][_LOW] in _PRONOUNS:
        return None
    return fwd


def _as_written_post(phrase: str) -> Actor | None:
    """A post the links do not read, as written: "the Indian High Commission"."""
    words = phrase.split(" ")
    if words[0].lower() in _ARTICLES:
        words = words[1:]
    if not words or not all(w[:1].isupper() for w in words):
        return None
    return Actor(name=" ".join(words), kind="organization")


def _post_head(words: str) -> str | None:
    """The head of a diplomatic post ending ``words`` ("embassy", "high commission")."""
    low = words.lower()
    for head in _POST_HEADS:
        if low.endswith(head) and (len(low) == len(head) or low[-len(head) - 1] == " "):
            return head
    return None


def _members_body(toks: list[_Tok]) -> Actor | None:
    """
    A union's, league's or association's name with "of": "the Union of Concerned Scientists".

    Capitalised words with one "of" after a head such as "Federation" or "Association":
    the whole name speaks, not its last words ("Concerned Scientists") nor a country's
    adjective in it ("the Confederation of British Industry").
    """
    if toks and toks[0][_LOW] in _ARTICLES:
        toks = toks[1:]
    if not 2 < len(toks) <= _NAME_WORDS_MAX + 2:
        return None
    ofs = [k for k, t in enumerate(toks) if t[_LOW] == "of"]
    if len(ofs) != 1 or ofs[0] + 1 >= len(toks) or toks[ofs[0] - 1][_LOW] not in _MEMBERS_HEADS:
        return None
    if not all(
        t[_CAP]
        and t[_TEXT].replace("-", "").isalpha()
        and not _POSSESSOR_RE.search(t[_TEXT])
        # "Chamber of Commerce President Jo Li": a person, titled by the body
        and (t[_LOW] not in _TITLE_WORDS or t[_LOW] in _BODY_TITLE_WORDS)
        for k, t in enumerate(toks)
        if k != ofs[0] and t[_LOW] not in {"the", "and"}
    ):
        return None
    return Actor(name=" ".join(t[_TEXT] for t in toks), kind="organization")


def _initials_of(word: str) -> str:
    """The letters a word gives an acronym: its initial, or all of a short word in capitals."""
    if not word[:1].isupper():
        return ""
    return word if word.isupper() and word.isalpha() and len(word) <= _CAPS_WORD_MAX else word[0]


def _field_body(toks: list[_Tok]) -> bool:
    """
    Whether ``toks`` name a department by its field: "National Defence", "Global Affairs".

    Two or three capitalised words ending in a field of government (Canadian and US usage:
    "Homeland Security said"); no person's name ends so.
    """
    return (
        1 < len(toks) <= _FIELD_WORDS_MAX
        and toks[-1][_LOW] in _FIELD_ENDS
        and toks[-1][_CAP]
        and all(
            t[_CAP] and t[_TEXT].replace("-", "").isalpha() and t[_LOW] not in _TITLE_WORDS
            for t in toks[:-1]
        )
    )


def _capitalised_body(toks: list[_Tok]) -> bool:
    """
    Whether ``toks`` are a body's capitalised name opening with a job's word.

    "National Police Service", "Presidential Security Service", "Foreign Press Office":
    every word capitalised, the last a body's head, none a person's job or a possessor.
    """
    return (
        1 < len(toks) <= _NAME_WORDS_MAX + 1
        and toks[0][_LOW] in _ROLE_WORDS
        and toks[-1][_LOW] in _ORG_HEADS
        and all(
            t[_CAP]
            and "." not in t[_TEXT]
            and not _POSSESSOR_RE.search(t[_TEXT])
            and (t[_LOW] not in _TITLE_WORDS or t[_LOW] in _BODY_TITLE_WORDS)
            for t in toks
        )
    )


def _body_voiced(toks: list[_Tok]) -> Actor | None:
    """The body after "a spokesman for": its capitalised name, as written."""
    while toks and toks[0][_LOW] in _ARTICLES:
        toks = toks[1:]
    words = [t[_TEXT] for t in toks]
    if not words or not all(w[:1].isupper() or w in _OFFICIAL_GLUE for w in words):
        return None
    if all(w.lower() in _OFFICE_WORDS or w.lower() in _TITLE_WORDS for w in words):
        return None  # "a spokesman for the General": a person's office, not a body
    return Actor(name=" ".join(words), kind="organization")


def _listed_body_start(toks: list[_Tok], start: int, end: int) -> int:
    """
    Where a body's name listing its fields begins, when ``start`` is inside the list.

    "the Ministry of Police, Prisons and Corrections": the last fields ("Prisons and
    Corrections") follow a comma; the name runs back to the body's head before "of".
    """
    if start < 4 or toks[start - 1][_TEXT] != "," or not toks[start][_CAP]:
        return start
    if not any(t[_LOW] == "and" for t in toks[start : end + 1]):
        return start
    k = start - 2  # the field before the comma
    if not toks[k][_CAP] or toks[k - 1][_LOW] != "of" or toks[k - 2][_LOW] not in _BODY_HEADS:
        return start
    head = k - 2
    while head > 0 and toks[head - 1][_CAP]:
        head -= 1  # "the General Ministry of ..."
    if head > 0 and toks[head - 1][_LOW] in _ARTICLES:
        head -= 1
    return head


def _voice_placed(toks: list[_Tok], np: tuple[int, int] | None) -> tuple[int, int] | None:
    """
    The voice a place follows: "a military spokesman in Lima, speaking on radio, said".

    The place after "in" or "at" only tells where the spokesman or official was.
    """
    if np is None or np[0] < 3 or toks[np[0] - 1][_LOW] not in {"in", "at"}:
        return np
    if toks[np[0] - 2][_LOW] not in _PERSON_VOICES:
        return np
    voice = _np_back(toks, np[0] - 2, apposition=False)
    return voice if voice is not None else np


def _resident_before(toks: list[_Tok], np: tuple[int, int]) -> tuple[int, int] | None:
    """
    The person whose home town ``np`` ends, else ``np`` itself.

    "Jo Lane, 41, of Tulsa, Okla., said", "Ada Ruiz of Fresno, Calif., said", "Mr Jo
    Lane, of Broome, said": the town (and its state) after "of" or "from" tell where the
    speaker lives; the speaker is the name before them, after an age or not.
    """
    s = np[0]
    if np[1] - s > 1 or not toks[s][_CAP]:
        return np
    if s >= 1 and toks[s - 1][_LOW] in _HOME_PREPOSITIONS:
        at = s - 1  # "of Tulsa"
    elif (
        s >= 3
        and toks[s - 1][_TEXT] == ","
        and toks[s - 3][_LOW] in _HOME_PREPOSITIONS
        and toks[s - 2][_CAP]
    ):
        at = s - 3  # "of Tulsa, Okla."
    else:
        return np
    if at < 1:
        return np
    person = _resident_name(toks, at)
    return np if person is None else person


def _resident_name(toks: list[_Tok], at: int) -> tuple[int, int] | None:
    """
    The name before the home town's preposition at token ``at``, else ``None``.

    "Jo Lane of", "Jo Lane, 41, of" (an age between), "Mr Jo Lane, of" (the town set off by
    commas alone); a full name, or a surname after an honorific ("Dr Lane, of").
    """
    if toks[at - 1][_TEXT] != ",":
        person = _np_back(toks, at - 1, apposition=False)
    elif at >= 3 and toks[at - 2][_TEXT].isdigit() and toks[at - 3][_TEXT] == ",":
        person = _np_back(toks, at - 4, apposition=False)
    elif at >= 2 and toks[at - 2][_CAP]:
        person = _np_back(toks, at - 2, apposition=False)
    else:
        return None
    if person is None:
        return None
    first = person[0]
    while first < person[1] and toks[first][_LOW].rstrip(".") in _HONORIFICS:
        first += 1
    if (
        person[1] - first < (0 if first > person[0] else 1)
        or not all(  # a name, not a word
            t[_CAP] and t[_LOW] not in _OFFICE_WORDS for t in toks[first : person[1] + 1]
        )
    ):
        return None
    return person


@functools.lru_cache(maxsize=256)
def _is_agency(words: str) -> bool:
    """
    Whether ``words`` name a news agency or outlet of the tables ("Xinhua", "Haaretz").

    An outlet whose name is also a common word ("Dawn", "Punch") may be a person's name
    and is left alone.
    """
    from diplomeet.outlets._agencies import canonical_agency  # noqa: PLC0415 - outlets import the extraction
    from diplomeet.outlets._outlet_names import known_outlet  # noqa: PLC0415

    if canonical_agency(words) is not None:
        return True
    if known_outlet(words) is None:
        return False
    from diplomeet._words import COMMON  # noqa: PLC0415 - the large list, only when needed

    return words.lower() not in COMMON


#: The unnamed voices a body speaks through, and the words that tie one to its body.
_INVERTED_VOICES: Final = frozenset({"spokesman", "spokeswoman", "spokesperson", "official"})
_VOICE_TIES: Final = frozenset({"for", "at", "of", "from"})


def _voice_of_body(toks: list[_Tok], np: tuple[int, int] | None) -> tuple[int, int] | None:
    """
    ``np`` with the body its unnamed voice speaks for, after an inverted cue.

    '"...," said a spokesman for the Foreign Ministry': the phrase runs to the body, as it
    does before a cue ('a spokesman for the Foreign Ministry said').
    """
    if np is None:
        return None
    end = np[1]
    if (
        toks[end][_LOW] not in _INVERTED_VOICES
        or end + 2 >= len(toks)
        or toks[end + 1][_LOW] not in _VOICE_TIES
    ):
        return np
    body = _np_forward(toks, end + 2)
    return (np[0], body[1]) if body is not None else np


def _title_owner(toks: list[_Tok], first: int) -> list[str]:
    """
    The lower-case title whose possessive stands before ``toks[first]``, as words, or none.

    "the prime minister's office", "the president's office": ["prime", "minister"],
    ["president"] (a title of :data:`diplomeet._titles.TITLES`).
    """
    if first < 1:
        return []
    word = toks[first - 1][_TEXT]
    if toks[first - 1][_CAP] or not _POSSESSOR_RE.search(word) or not word.endswith("s"):
        return []
    words = [word[:-2].lower()]
    if first > 1 and not toks[first - 2][_CAP] and toks[first - 2][_TEXT].isalpha():
        two = [toks[first - 2][_LOW], *words]
        if " ".join(two) in TITLES:
            return two
    return words if words[0] in TITLES else []


def _lower_body_of(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """
    "the ministry of external affairs" ending at token ``j``: a body named in lower case.

    A body word, "of" and one or two lower-case words; the article before it is kept.
    """
    for k in (j - 1, j - 2):
        if k < 1 or toks[k][_LOW] != "of" or toks[k - 1][_LOW] not in _LOWER_BODY_WORDS:
            continue
        if not all(t[_TEXT].isalpha() and not t[_CAP] for t in toks[k - 1 : j + 1]):
            return None
        start = k - 1
        if start > 0 and toks[start - 1][_LOW] in _ARTICLES:
            start -= 1
        return (start, j)
    return None


@functools.lru_cache(maxsize=1024)
def _full_name_re(word: str) -> re.Pattern[str]:
    """A full name with ``word`` among its family names: one or two words before, one after."""
    return re.compile(
        rf"(?<![\w'\u2019.-])(?:{_NAME_WORD} ){{1,2}}{re.escape(word)}(?: {_NAME_WORD})?"
        r"(?![\w'\u2019-])"
    )


def _article_or_time(name: str) -> bool:
    """Whether ``name`` opens with an article or a time word ("The radio", "Sunday TV")."""
    first = name.split(" ", 1)[0].lower()
    return first in _ARTICLES or first in _TIME_WORDS


def _broadcaster_of(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """
    "Beirut radio", "the Peking radio", "Iranian state television" ending at token ``j``.

    A lower-case medium after capitalised words (a city, a country or its adjective, with
    "state" or "official" between): the broadcaster, whose reports the article quotes.
    """
    if j < 1 or toks[j][_CAP] or toks[j][_LOW] not in _MEDIUM_HEADS:
        return None
    k = j - 1
    if toks[k][_LOW] in {"state", "official", "government", "national"} and k > 0:
        k -= 1
    if not toks[k][_CAP]:
        return None
    while k > 0 and j - k < _NAME_WORDS_MAX and toks[k - 1][_CAP]:
        k -= 1
    if k > 0 and toks[k - 1][_LOW] == "the":
        k -= 1
    return (k, j)


def _bridge_noun(t: _Tok) -> bool:
    """Whether lower-case token ``t`` may be a noun inside a name phrase ("delegate")."""
    low = t[_LOW]
    return (
        t[_TEXT].isalpha()
        and low.islower()
        and low not in _BRIDGE_STOPS
        and not low.endswith(("ed", "ly", "ing"))
    )


_DATELINE_TOKENS: Final = 12  # "UNITED NATIONS , N.Y , Nov 7 ( BUP ) —"
_DATELINE_DATE_WORDS: Final = _TIME_WORDS | {"may"}  # in a dateline "May" is the month


def _after_dateline(toks: list[_Tok]) -> int:
    """
    The index of the first token after a dateline ("NAIROBI:", "LIMA (AP) --"), or 0.

    A dateline is a place in capitals, perhaps with a credit in brackets, closed by a colon
    or a dash.
    """
    for k, t in enumerate(toks[:_DATELINE_TOKENS]):
        if t[_TEXT] in _DATELINE_ENDS:
            return k + 1 if k > 0 else 0
        if not (
            t[_TEXT].isupper()
            or t[_TEXT] in "(),"
            or (k > 0 and toks[k - 1][_TEXT] == "(")
            # "UNITED NATIONS, N.Y., March 12.—", "GENEVA, March 4 (AP) -": its date
            or (k > 1 and (t[_LOW] in _DATELINE_DATE_WORDS or t[_TEXT].isdigit()))
        ):
            return 0
    return 0


def _inside_aside(toks: list[_Tok], np: tuple[int, int]) -> bool:
    """Whether the phrase ``np`` before a comma is the tail of an aside, not a subject."""
    first = toks[np[0]]
    if np[0] > 0 and toks[np[0] - 1][_LOW] in _PREPOSITIONS:
        return True  # "... of Chad,"
    return not first[_CAP] and first[_LOW] in _PERSON_ROLES  # "... minister of Chad,"


def _noun_modifiers(toks: list[_Tok], start: int, end: int) -> bool:
    """Whether ``toks[start:end]`` are one or two lower-case nouns before a job word."""
    return (
        0 < end - start <= 2  # "coalition", "navy press"
        and toks[end][_LOW] in _PERSON_ROLES
        and not toks[end][_CAP]
        and all(
            not t[_CAP]
            and t[_TEXT].isalpha()
            and t[_LOW] not in _OPENERS
            and t[_LOW] not in _CONJUNCTIONS
            and t[_LOW] not in _DETERMINERS
            and t[_LOW] not in _SKIP_BEFORE_CUE
            and t[_LOW] not in _NP_GLUE
            for t in toks[start:end]
        )
    )


def _job_before_name(toks: list[_Tok], np: tuple[int, int]) -> tuple[int, int] | None:
    """
    The name ``np`` with the job description between it and the comma before it.

    "..., State Department press officer Jo Li said" and "..., government spokeswoman Ana
    Li said" give the whole description with the name; ``None`` when the words before the
    name are no job ("..., the talks with Li said"), or no comma opens them.
    """
    start = np[0]
    job = start if toks[start][_LOW] in _TRAILING_JOBS and not toks[start][_CAP] else start - 1
    if not (toks[job][_LOW] in _TRAILING_JOBS and not toks[job][_CAP]):
        return None
    for k in range(job - 1, max(-1, job - 6), -1):
        t = toks[k]
        if t[_TEXT] == ",":
            return (k + 1, np[1])
        if (
            not t[_TEXT].isalpha()
            or t[_LOW] in _NP_GLUE
            or t[_LOW] in _CONJUNCTIONS
            or (t[_LOW] in _DETERMINERS and t[_LOW] != "the")
            or (not t[_CAP] and t[_LOW] not in _TRAILING_JOBS and t[_LOW] not in _JOB_NOUNS)
        ):
            return None
    return None


def _job_led(toks: list[_Tok], start: int, end: int) -> bool:
    """Whether ``toks[start:end]`` opens with a lower-case job ("associate professor of ...")."""
    for k in range(start, min(end, start + 3)):
        t = toks[k]
        if t[_LOW] in _ROLE_WORDS and not t[_CAP]:
            return True
        if t[_CAP] or not t[_TEXT].isalpha():
            return False
    return False


def _title_led(toks: list[_Tok], start: int, end: int) -> bool:
    """
    Whether ``toks[start:end]`` is a capitalised office alone ("Minister of State at ...").

    Words of titles (and their modifiers) up to the aside's end or a preposition: the aside
    is the office of the name before it, not a name ("In Lisbon, Prime Minister Ana Costa").
    """
    k = start
    while k < end and toks[k][_CAP] and toks[k][_LOW] in _OFFICE_WORDS:
        k += 1
    return k > start and (k == end or toks[k][_LOW] in _OFFICE_PREPOSITIONS)


def _possessor_before_job(toks: list[_Tok], j: int) -> int:
    """
    The index of "Lund's" in "..., Lund's campaign manager," ending at comma ``j``, or -1.

    A possessor, then only lower-case words up to the comma (or up to a preposition before
    a name: "Croatia's envoy to the U.N."): the aside names whose aide the speaker is.
    Computed once per comma, so each earlier comma costs one comparison.
    """
    last = j - 1
    for p in range(j - 2, max(0, j - 2 - _NAME_WORDS_MAX), -1):
        # "Croatia's envoy to Spain", "its ambassador to the U.N.": the office's post, a
        # name after a preposition, ends the job
        if toks[p][_LOW] in _OFFICE_PREPOSITIONS:
            if all(t[_CAP] or t[_LOW] in _OFFICIAL_GLUE for t in toks[p + 1 : j]):
                last = p - 1
            break
        if not toks[p + 1][_CAP]:
            break
    k = last
    while k > 0 and not toks[k][_CAP] and toks[k][_TEXT].isalpha():
        k -= 1
    if k < last and _POSSESSOR_RE.search(toks[k][_TEXT]):
        return k
    return -1


def _owned_body(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """
    A country's body in lower case ending at token ``j``: "China's coastguard said".

    The possessive of a country's name, then up to three lower-case words ending in a
    body's head ("Kazakhstan's border troops", "Kenya's foreign ministry").
    """
    if toks[j][_CAP] or toks[j][_LOW] not in _OWNED_HEADS:
        return None
    for k in range(j - 1, max(-1, j - 4), -1):
        t = toks[k]
        if t[_CAP]:
            owner = _POSSESSIVE_RE.sub("", t[_TEXT]).rstrip("'\u2019")
            return (k, j) if owner != t[_TEXT] and owner in COUNTRY_NAMES else None
        if not t[_TEXT].isalpha():
            return None
    return None


# Words that end lower-case job words before a name ("said residents in Gaza City").
_NOT_JOB_WORDS: Final = (
    _NP_GLUE
    | _ARTICLES
    | _PREPOSITIONS
    | _PRONOUN_FORMS
    | {"by", "near", "outside", "inside", "after", "before", "during", "when", "while", "as"}
    | {"that", "who", "which", "but", "or", "so", "then", "later", "also", "earlier"}
)


def _job_named(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """
    The name after lower-case job words that follow an inverted cue: "said fisherman Jo Li".

    One to three lower-case words ("fisherman", "local farmer", "shop owner"), then a name
    of two or more capitalised words: the name is the speaker.
    """
    j = k
    while j < len(toks) and j - k < _JOB_WORDS_MAX:
        t = toks[j]
        if t[_CAP] or not t[_TEXT].isalpha() or t[_LOW] in _NOT_JOB_WORDS:
            return None  # "said residents in Gaza City": a place, not a name
        j += 1
        if j < len(toks) and toks[j][_CAP]:
            break
    if j == k:
        return None
    end = j
    while end < len(toks) and toks[end][_CAP] and toks[end][_TEXT][0].isalpha():
        end += 1
    if end - j < _NAME_MIN_WORDS:
        return None
    name = " ".join(t[_TEXT] for t in toks[j:end])
    return (j, end - 1) if place_actor(name) is None else None


def _members_body_lower(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """
    A body named for its members in lower case, ending at ``j``: "the local farmers' union".

    "the Grimsby fishermen's cooperative", "the boat owners' association" too.

    A plural possessive before a members' body head, after capitalised words (its place)
    or lower-case ones, back to the article.
    """
    if j < 2 or toks[j][_CAP] or toks[j][_LOW] not in _MEMBER_BODY_HEADS:
        return None
    owner = toks[j - 1]
    base = _POSSESSIVE_RE.sub("", owner[_TEXT]).rstrip("'\u2019")
    if owner[_CAP] or base == owner[_TEXT] or not base.endswith(_PLURAL_ENDS):
        return None
    k = j - 2
    while k >= 0 and j - k <= _JOB_WORDS_MAX + 1 and toks[k][_LOW] not in _ARTICLES:
        if not toks[k][_TEXT].isalpha():
            return None
        k -= 1
    return (k, j) if k >= 0 and toks[k][_LOW] in _ARTICLES else None


def _members_named_body(toks: list[_Tok]) -> bool:
    """
    Whether ``toks`` are a body's name holding its members' possessive: "Dock Workers' Union".

    Capitalised words (and "and", "of") ending in a body's head, one of them a plural
    possessive that is no country's ("Fishermen's Co-operative", "Teachers' Federation").
    """
    if len(toks) < _NAME_MIN_WORDS or toks[-1][_LOW] not in _MEMBER_BODY_HEADS:
        return False
    owned = False
    for t in toks[:-1]:
        if t[_LOW] in {"and", "of", "&"}:
            continue
        if not t[_CAP]:
            return False
        if _POSSESSOR_RE.search(t[_TEXT]):
            owner = _POSSESSIVE_RE.sub("", t[_TEXT]).rstrip("'\u2019")
            if owner in COUNTRY_NAMES or owner in DEMONYMS or not owner.endswith(_PLURAL_ENDS):
                return False
            owned = True
    return owned


def _initials_of_title(title: str) -> str:
    """The initials of a title: "interior cabinet secretary" is "ics", "director-general" "dg"."""
    return "".join(w[0] for w in re.split(r"[\s-]+", title.lower()) if w and w[0].isalpha())


def _own_body_word(word: _Tok, before: _Tok) -> bool:
    """Whether a lower-case ``word`` after an article names which body: "the border service"."""
    return (
        before[_LOW] in _ARTICLES
        and word[_TEXT].isalpha()
        and word[_TEXT].islower()
        and len(word[_TEXT]) > 2
        and word[_LOW] not in _NOT_BODY_WORDS
        and word[_LOW] not in _QUANTIFIERS
        and word[_LOW] not in _PRONOUN_FORMS
    )


_FORCE_VOICE_WORDS: Final = 7  # "a senior Philippine coast guard spokesman" and its article
# The person or paper a body speaks through.
_VOICE_WORDS: Final = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "statement", "official", "officer"}
)


def _described(toks: list[_Tok], end: int) -> tuple[int, int] | None:
    """A described speaker of lower-case words: "the commission", "the first lady"."""
    body = toks[end][_LOW] in _LOWER_BODY_WORDS
    # a body that has members or an owner: "the Chioggia fishermen's cooperative",
    # "Uzbekistan's border troops", "the traders' association"
    owned = toks[end][_LOW] in _ORG_HEADS or toks[end][_LOW] in _FORCE_NAME_HEADS
    if toks[end][_LOW] in _VOICE_WORDS:
        # a force's voice, its words read whole: "a senior Philippine coast guard spokesman"
        for k in range(end - 2, max(-1, end - _FORCE_VOICE_WORDS), -1):
            if toks[k][_LOW] in _ARTICLES:
                said = " ".join(t[_TEXT] for t in toks[k : end + 1])
                if _FORCE_SPEAKER_RE.fullmatch(said):
                    return (k, end)
                break
    for k in range(end, max(-1, end - 4), -1):
        t = toks[k]
        if t[_LOW] in _ARTICLES or (t[_LOW] in _QUANTIFIERS and k < end):
            return (k, end) if k < end else None
        if (
            (body or owned)
            and k < end
            and _POSSESSOR_RE.search(t[_TEXT])
            and _POSSESSOR_RE.sub("", t[_TEXT]).isalpha()
        ):
            if owned and t[_CAP] and (k == 0 or not toks[k - 1][_TEXT].isalpha()):
                return (k, end)  # a country's (a place's) own body, opening the phrase
            continue  # "the prime minister's office": whose office, inside the phrase
        if (
            not (t[_TEXT].isalpha() or _AGED_RE.fullmatch(t[_TEXT]))  # "the 72-year-old leader"
            or t[_LOW] in _SKIP_BEFORE_CUE
            or t[_LOW] in _OPENERS
            or t[_LOW] in _NP_GLUE
            or t[_LOW] in _DETERMINERS
            or t[_LOW].endswith(("ed", "ly"))
        ):
            return None
    return None


def _ranked_name_ends(toks: list[_Tok], start: int, end: int) -> bool:
    """
    Whether ``toks[start:end + 1]`` ends in a capitalised rank or office and a name.

    "... for the West Philippine Sea Commodore Reynaldo Tagle": the rank, then two or more
    capitalised words that are no office, to the end.
    """
    for k in range(end - 2, start - 1, -1):
        t = toks[k]
        if t[_CAP] and (t[_LOW] in _OFFICE_WORDS or t[_LOW] in _RANKS):
            return all(
                u[_CAP] and u[_TEXT].isalpha() and u[_LOW] not in _OFFICE_WORDS
                for u in toks[k + 1 : end + 1]
            )
    return False


def _trim_of(toks: list[_Tok], start: int, end: int) -> tuple[int, int]:
    """Cut "Jane Doe of Springfield" to "Jane Doe"; keep "spokesman for the ministry"."""
    for g in range(start + 1, end):
        if toks[g][_LOW] in {"of", "for", "at", "from"}:
            if (
                toks[g][_LOW] in {"of", "for"}
                and (
                    (
                        toks[g - 1][_LOW] in _BODY_HEADS
                        and (toks[g][_LOW] == "of" or toks[g - 1][_CAP])
                    )
                    # "the Border Troops of Tajikistan's State Committee": a force's name
                    or (toks[g - 1][_CAP] and toks[g - 1][_LOW] in _FORCE_NAME_HEADS)
                    # "the American Federation of Teachers": a union's or league's name
                    or (toks[g - 1][_CAP] and toks[g - 1][_LOW] in _MEMBERS_HEADS)
                )
                and (
                    toks[g + 1][_CAP]
                    # "the Joint Command of the Armed Forces", "the Ministry of the Interior"
                    or (toks[g + 1][_LOW] == "the" and g + 2 <= end and toks[g + 2][_CAP])
                )
            ):
                continue  # "the Ministry of Foreign Affairs", "the Committee for National
                # Security": the body's own name runs on
            if toks[end][_CAP] and any(
                not t[_CAP] and t[_LOW] in _PERSON_ROLES for t in toks[g + 2 : end]
            ):
                break  # "University of Otago professor Hemi Walker": the name is the head
            if _ranked_name_ends(toks, g + 2, end):
                break  # "PCG spokesperson for the West Sea Commodore Jo Li": Li is the head
            if any(
                # "A spokesman for the ...": an article opening the sentence is no name
                t[_CAP] and t[_LOW] not in _ROLE_WORDS and t[_LOW] not in _ARTICLES
                for t in toks[start:g]
            ):
                return (start, g - 1)
            break
    return (start, end)


def _noun_bridge(toks: list[_Tok], j: int) -> bool:
    """Whether lower-case ``toks[j]`` links words of one name phrase ("Ohio delegate Jo Li")."""
    for k in range(j, min(j + 3, len(toks))):
        t = toks[k]
        if t[_CAP]:
            return k > j or t[_LOW] not in _NP_GLUE
        if (
            # (a hyphenated compound is one word: "seed-company executive", "co-host")
            not t[_TEXT].replace("-", "").isalpha()
            or t[_LOW] in _SKIP_BEFORE_CUE
            or t[_LOW] in _NP_GLUE
            or t[_LOW] in _DETERMINERS
            or t[_LOW].endswith(("ed", "ly"))
            or t[_LOW] in {"to", "that", "who", "which", "in", "on", "after", "before", "when"}
        ):
            return False
    return False


def _stop_between(prev: _Tok, tok: _Tok) -> bool:
    """
    Whether a full stop ends a sentence between ``prev`` and a capitalised ``tok``.

    Tokens keep no final full stop, so two characters between them ("Li. The") are a stop
    and a space; an abbreviation ("Lt. Col."), an initial ("J. Li") or initials ("U.S.")
    end in a full stop inside a name.
    """
    if not tok[_CAP] or tok[_START] - prev[_END] < 2:  # a stop and a space
        return False
    low = prev[_LOW]
    return not (low in ABBREVIATIONS or f"{low}." in TITLES or len(low) == 1 or "." in low)


def _office_holder(toks: list[_Tok], start: int, end: int) -> tuple[int, int] | None:
    """
    The name in apposition to an office that issued a document, if one follows it.

    "a statement by the Chief Press Secretary to the Prime Minister, Mr Ivo Dane": the
    office (tokens ``start`` to ``end``, holding a job's word) is held by the named person,
    who speaks; its "to the ..." or "on ..." tail is passed over to the comma.
    """
    if not any(t[_LOW] in _ROLE_WORDS for t in toks[start : end + 1]):
        return None
    m = end + 1
    stop = min(len(toks), end + _NAME_WORDS_MAX + 4)
    while m < stop and (toks[m][_CAP] or toks[m][_LOW] in _OFFICE_TAIL_GLUE):
        m += 1
    if m + 1 >= len(toks) or toks[m][_TEXT] != ",":
        return None
    k = m + 1
    while k < len(toks) and toks[k][_LOW].rstrip(".") in _HONORIFICS:
        k += 1
    n = k
    while n < len(toks) and n - k < _NAME_WORDS_MAX and toks[n][_CAP]:
        if toks[n][_LOW] in _TITLE_WORDS or toks[n][_LOW] in _ROLE_WORDS:
            return None  # "..., Deputy Minister Jo Li": a second office, not a name
        n += 1
    if n - k < 2 or (n < len(toks) and toks[n][_TEXT][:1].isalpha()):
        return None  # a name of two words or more, ending the appositive
    return m + 1, n - 1


def _np_forward(toks: list[_Tok], i: int) -> tuple[int, int] | None:  # noqa: C901 - one case per shape
    """Return the token range of the noun phrase starting at token ``i``."""
    if i >= len(toks):
        return None
    if toks[i][_LOW] in _PRONOUNS or toks[i][_LOW] in {"him", "her", "them", "me", "us"}:
        return (i, i)
    j = i
    if toks[j][_LOW] in {"the", "a", "an"} or toks[j][_LOW] in _DETERMINERS:
        j += 1
    start = i
    end = -1
    while j < len(toks):
        t = toks[j]
        if t[_LOW] in _TIME_WORDS or (end >= 0 and _stop_between(toks[j - 1], t)):
            break
        if t[_CAP] or t[_LOW] in _ROLE_WORDS:
            end = j
            j += 1
            continue
        if end >= 0 and j + 1 < len(toks) and toks[j + 1][_CAP] and _ORDINAL_RE.fullmatch(t[_TEXT]):
            j += 1  # "Air Force 1st Lt. Jo Li": an ordinal rank
            continue
        if end >= 0 and _noun_bridge(toks, j):
            j += 1
            continue
        if t[_LOW] in _NP_GLUE and end >= 0 and j + 1 < len(toks) and toks[j + 1][_CAP]:
            j += 1
            continue
        if t[_LOW] in _NP_GLUE and j + 1 < len(toks) and toks[j + 1][_LOW] in _ROLE_WORDS:
            j += 1
            continue
        break
    if end < 0:
        return None
    return _trim_of(toks, start, end)


#: Documents a body speaks through, standing as a cue's subject: "a statement from the
#: ministry said" (wire and readout style, after the PARC 3.0 source nouns).
_DOC_NOUNS: Final = frozenset(
    {"statement", "communique", "communiqu\u00e9", "readout", "release", "declaration"}
)
#: Papers a sender's words are reported through ("X said the note would demand ..."):
#: the sender, named by an earlier cue, speaks.
_PAPERS: Final = frozenset({"note", "letter", "message", "memorandum", "protest"})
#: Words that open an unnamed speaker's description as an article does: "one Western
#: diplomat said", "another official said", "two European diplomats said".
_QUANTIFIERS: Final = frozenset(
    {"one", "another", "two", "three", "several", "some", "many", "other", "a", "an"}
)
#: Heads of the description of an unnamed source: "the official, who asked not to be
#: named, said" is nobody the article names (wire style: AP, Reuters on anonymous sources).
_UNNAMED_SOURCES: Final = frozenset({"official", "officials", "source", "sources"})
_SOURCE_NOUNS: Final = _UNNAMED_SOURCES | {"diplomat", "diplomats", "insider", "insiders"}
# An indefinite source opening a sentence: "An Armenian official", "One Western diplomat".
_UNNAMED_INTRO_RE: Final = re.compile(
    r"(?:An?|One|Another)\s+(?:[\w'\u2019-]+\s+){0,3}?(?P<noun>officials?|sources?|diplomats?|"
    r"insiders?)\b"
)
_AGED_RE: Final = re.compile(r"\d{1,3}-year-old")  # an age before a job: "the 72-year-old leader"
#: Words that open the phrase after an unnamed source: "a source close to the talks", "an
#: official familiar with the matter", "a diplomat briefed on the meeting" (wire style).
_SOURCE_POSTMODIFIERS: Final = frozenset(
    {"close", "familiar", "with", "in", "at", "from", "briefed", "involved", "who", "knowledgeable"}
)
#: Lower-case last words of a body that issues a document ("the presidency").
_BODY_END: Final = frozenset(
    {"ministry", "department", "office", "presidency", "government", "embassy", "mission"}
    | {"secretariat", "commission"}
)
#: Participles between such a document and its author: "a statement issued by the ministry".
#: Lower-case title words that may stand between "with" and a speaker's name.
_WITH_TITLE_WORDS: Final = 4
#: First words of a broadcaster's name ("Radio Tanzania").
_MEDIA_LEADS: Final = frozenset({"radio", "television"})
#: Verbs of a medium that carries another's statement ("broadcast by Radio X").
# The lower-case heads of a body that reports what its leader said (a readout).
_REPORTING_BODIES: Final = frozenset(
    {"administration", "ministry", "office", "presidency", "government", "secretariat"}
)
_MEDIUM_REACH: Final = 12  # tokens from a document noun to the medium that carried it
_MEDIUM_VERBS: Final = frozenset({"broadcast", "carried", "aired", "read", "relayed", "televised"})
_ISSUED: Final = frozenset({"issued", "released", "published", "posted", "put", "sent"})
#: Verbs by which a reporter (often a news agency) relays another's words: "Tass quoted
#: Li as saying", "Interfax, citing Li as saying". After Reuters and AP wire style.
_QUOTING_LEMMAS: Final = frozenset({"quote", "cite"})
#: The participles that follow "quoted X as": the words are X's.
_AS_SAYING: Final = frozenset(
    {"saying", "telling", "writing", "adding", "describing", "calling", "warning", "stating"}
)
_QUOTING_FORMS: Final = frozenset(
    {"quoted", "quotes", "quoting", "cited", "cites", "citing"}
    | {"reported", "reports", "reporting"}  # "TASS reported Li as saying", as "quoted"
)


def _doc_subject(  # noqa: PLR0911 - each return rejects one shape
    toks: list[_Tok], j: int, lo: int
) -> tuple[int, int] | None:
    """
    A document standing as the subject of the cue at ``j``, from token ``lo`` on.

    "the ministry's statement said" and "a statement from the ministry said" give the
    whole phrase (:meth:`_Finder._document_author` then finds the author in it); any other
    subject gives ``None``.
    """
    if j - 1 < lo:
        return None
    if toks[j - 1][_LOW] in _DOC_NOUNS:
        k = j - 2
        if k < lo or not _POSSESSOR_RE.search(toks[k][_TEXT]):
            return None
        m = k
        while m - 1 >= lo and (
            toks[m - 1][_CAP]
            or toks[m - 1][_LOW] in _ARTICLES
            or toks[m - 1][_LOW] in _BODY_ADJECTIVES
        ):
            m -= 1
        return m, j - 1
    if toks[j - 1][_LOW] not in _BODY_END and not toks[j - 1][_CAP]:
        return None
    np = _np_back(toks, j - 1)
    if np is None:
        return None
    k = lo + (1 if toks[lo][_LOW] in _ARTICLES else 0)
    if k >= np[0] or toks[k][_LOW] not in _DOC_NOUNS:
        return None
    k += 1
    if k < np[0] and toks[k][_LOW] in _ISSUED:
        k += 1
    if k + 1 == np[0] and toks[k][_LOW] in {"from", "by", "of"}:
        return lo, np[1]
    return None


_BODY_NOUN_WORDS: Final = frozenset(w for noun in BODY_NOUNS for w in noun.split())


def _author_after(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """The author named after a document from token ``i`` ("a statement by the army")."""
    k = i + 1 if i < len(toks) and toks[i][_LOW] in _ARTICLES else i
    if k < len(toks) and toks[k][_LOW] in _BODY_ADJECTIVES:
        k += 1  # "a joint statement by"
    if k >= len(toks) or toks[k][_LOW] not in _DOC_NOUNS:
        return None
    k += 1
    if k < len(toks) and toks[k][_LOW] in _ISSUED:
        k += 1
    if k + 1 >= len(toks) or toks[k][_LOW] not in {"of", "by", "from"}:
        return None
    return _body_noun_end(toks, _np_forward(toks, k + 1))


def _body_noun_end(toks: list[_Tok], np: tuple[int, int] | None) -> tuple[int, int] | None:
    """``np`` with the lower-case body after its adjective: "the Honduran armed forces"."""
    if np is None or not toks[np[1]][_CAP]:
        return np
    end = np[1]
    while end + 1 < len(toks) and toks[end + 1][_LOW] in _BODY_NOUN_WORDS:
        end += 1
    return (np[0], end)


#: Verbs by which a sender passes a paper on: "gave her a note", "sent a letter".
_SENDING: Final = frozenset(
    {"handed", "sent", "delivered", "gave", "presented", "passed", "issued", "addressed"}
)
_SENT_REACH: Final = 6  # tokens from the sending verb to the paper: "handed him a protest note"


def _sent_paper(toks: list[_Tok], i: int) -> bool:
    """
    Whether the cue at ``i`` opens a relative clause on a paper its sentence's subject sent.

    "A called in the consul and gave her a note that termed the incursion '...'", "B sent
    a letter that described ...": the paper before "that" and a verb of sending before it.
    """
    if i < 3 or toks[i - 1][_LOW] != "that":
        return False
    if toks[i - 2][_LOW] not in _PAPERS and toks[i - 2][_LOW] not in _DOC_NOUNS:
        return False
    return any(t[_LOW] in _SENDING for t in toks[max(0, i - 2 - _SENT_REACH) : i - 2])


def _issued_document(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """
    A document named after its author, issued before the cue at ``i``: the document.

    "A White House statement issued after the talks said", "a Kremlin readout released on
    Friday said": the words after the participle tell when or where it was issued, and the
    capitalised author before the document noun speaks (the subject is "A White House
    statement", not "the talks"); so does a body written in lower case ("An army statement
    issued in Lagos said": the army, not Lagos).
    """
    for k in range(i - 1, max(0, i - _MEDIUM_REACH), -1):
        t = toks[k]
        if t[_TEXT] in {",", ";", ":", _QUOTE_TOKEN}:
            return None
        if t[_LOW] in _ISSUED and toks[k - 1][_LOW] in _DOC_NOUNS and k + 1 < i:
            if toks[k + 1][_LOW] in {"by", "from"}:
                return None  # "a statement issued by the ministry": the author follows
            np = _np_back(toks, k - 1, apposition=False)
            if np is None or not any(
                u[_CAP] or u[_LOW] in _BODY_NOUN_WORDS for u in toks[np[0] + 1 : k - 1]
            ):
                return None
            return np
    return None


def _of_the_body(toks: list[_Tok], end: int) -> int:
    """
    The last token of a body's name that goes on with "of the ..." after token ``end``.

    "the General Command of the Egyptian Armed Forces": a body's head ("Command") and
    "of (the)" with capitalised words after it are one name.
    """
    if not toks[end][_CAP] or toks[end][_LOW] not in _ORG_HEADS:
        return end
    k = end + 1
    if k >= len(toks) or toks[k][_LOW] != "of":
        return end
    k += 1
    if k < len(toks) and toks[k][_LOW] == "the":
        k += 1
    last = end
    while k < len(toks) and toks[k][_CAP] and toks[k][_TEXT].replace("-", "").isalpha():
        last = k  # "the Armed Forces-Arab Army": a hyphen joins two words of the name
        k += 1
    return last


def _with_subject(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """
    The subject of an absolute "with" clause: "..., with Li telling his counterpart".

    The participle's own subject follows "with"; the main clause's subject does not speak.
    """
    if i < 2 or toks[i - 1][_LOW] in {"and", "but"}:
        return None
    np = _np_back(toks, i - 1, apposition=False)
    if np is None:
        return None
    # "with external affairs minister Li telling": a title in lower case may stand between
    k = np[0] - 1
    while k >= 0 and np[0] - k <= _WITH_TITLE_WORDS and toks[k][_TEXT].isalpha():
        if toks[k][_LOW] == "with":
            return np
        if toks[k][_CAP] or toks[k][_LOW] in _NP_GLUE:
            return None
        k -= 1
    return None


def _document_by(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """
    The author of a document the participle at ``i`` tells of: "a statement by Li saying".

    "Radio read a statement by Foreign Minister Jo Li charging that ...": the author
    speaks, not the subject that read or broadcast it.
    """
    if i < 3 or toks[i - 1][_LOW] in {"and", "but"}:
        return None
    np = _np_back(toks, i - 1, apposition=False)
    if np is None or np[0] < 2:
        return None
    if toks[np[0] - 1][_LOW] not in {"by", "from"}:
        return None
    noun = toks[np[0] - 2][_LOW]
    return np if noun in _DOC_NOUNS or noun in _PAPERS else None


def _medium_subject(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """
    The document before the medium that carried it ("a statement broadcast by Radio X").

    "A government statement broadcast by Radio X and monitored here said": the radio or
    agency that "broadcast", "carried" or "read" a statement only relays it:
    the subject is the statement's phrase, whose author (a modifier, "by", "from") speaks.
    """
    for k in range(j - 1, max(0, j - 12), -1):
        t = toks[k]
        if t[_TEXT] in {",", ";", ":", _QUOTE_TOKEN}:
            return None
        if t[_LOW] in _MEDIUM_VERBS and toks[k + 1][_LOW] in {"by", "on", "over"}:
            # "A statement by the General Command of the Egyptian Armed Forces carried by":
            # the author's full name may stand between the document and the medium
            if not any(u[_LOW] in _DOC_NOUNS for u in toks[max(0, k - _MEDIUM_REACH) : k]):
                return None
            np = _np_back(toks, k - 1, apposition=False)
            if np is None or (np[0] > 0 and toks[np[0] - 1][_LOW] == "in"):
                return None  # "The KDF, in a statement read on radio, said": an aside
            return (np[0], _of_the_body(toks, np[1]))
    return None


def _unnamed_source(toks: list[_Tok], i: int, j: int) -> tuple[int, int] | None:
    """
    "a source close to the talks", "an official familiar with the matter" from token ``i``.

    An unnamed source with a phrase after it, ending before the cue at ``j``: the range of
    its article and noun, so the statement is attributed (to no one the article names)
    rather than handed to the person spoken of.
    """
    if toks[i][_LOW] not in _ARTICLES and toks[i][_LOW] not in _QUANTIFIERS:
        return None
    for k in range(i + 1, min(j, i + 4)):
        low = toks[k][_LOW]
        if low in _SOURCE_NOUNS:
            if k + 1 < j and toks[k + 1][_LOW] in _SOURCE_POSTMODIFIERS:
                return i, k
            return None
    return None


def _quoted_as_saying(toks: list[_Tok]) -> tuple[int, int] | None:
    """
    The object of ``quoted X as saying``: the one who spoke, where the subject only relays.

    "The agency quoted Deputy Minister Jo Li as saying" gives "Deputy Minister Jo Li"; the
    passive "Li was quoted as saying" has no object and gives ``None``.
    """
    for k, t in enumerate(toks):
        if t[_LOW] not in _QUOTING_FORMS:
            continue
        np = _np_forward(toks, k + 1)
        if np is None:
            continue
        end = np[1] + 1
        if end + 1 < len(toks) and toks[end][_LOW] == "as" and toks[end + 1][_LOW] in _AS_SAYING:
            return np
    return None


@attrs.define
class _Finder:
    doc: Document
    resolve: Resolver
    quotes: list[Quotation] = attrs.Factory(list)
    opens: list[int] = attrs.Factory(list)
    para_starts: list[int] = attrs.Factory(list)
    para_ends: list[int] = attrs.Factory(list)
    sent_starts: list[int] = attrs.Factory(list)
    results: list[tuple[Quotation | None, Statement]] = attrs.Factory(list)
    named: dict[str, Actor] = attrs.Factory(dict)  # surname -> speaker read by name
    given: dict[str, Actor] = attrs.Factory(dict)  # given name -> speaker read by name
    starts: list[int] = attrs.Factory(list)  # evidence starts of ``results``, sorted
    # The tokens of each stretch read so far: the words after one quotation are often the
    # frame of the next, and the end of its sentence.
    tok_cache: dict[tuple[int, int], list[_Tok]] = attrs.Factory(dict)
    people_by_word: dict[str, Actor] | None = None  # built on first use
    letterhead: dict[str, Actor] | None = None  # office (lower case) -> holder; first use

    def run(self) -> list[Statement]:
        text = self.doc.text
        self.para_starts = [p.start for p in self.doc.paragraphs]
        self.para_ends = [p.end for p in self.doc.paragraphs]
        self.sent_starts = [s.start for s in self.doc.sentences]
        self.quotes = find_quotations(text)
        self.opens = [q.open for q in self.quotes]
        self._indirect()
        pending: list[tuple[Quotation, str, StatementMode, int]] = []
        for q in self.quotes:
            words = q.words(text)
            mode = self._mode(q)
            if (
                self._title_like(words, mode)
                or self._heading(q, words)
                or self._named_term(q, words, mode)
                or self._written_slogan(q, mode)
                or self._called_name(q, mode)
            ):
                continue
            att = self._attribute(q)
            if att is None and mode == "partial":
                att = self._shared_cue(q)
            if att is not None and att.speaker is not None:
                att = self._after_opening_participle(att)
            if att is not None and self._slogan(att):
                continue
            if att is None:
                if mode == "partial":
                    self._partial_after_report(q, words)
                    continue
                if self._apposed_title(q, words):
                    continue
                pending.append((q, words, mode, self._para_of(q.open)))
                continue
            self._add(q, self._statement(q, words, mode, att))
        self._inherit(pending)
        if "recording]" in text:
            self._recordings()
        self._turns()
        out = self._dedupe()
        return self._named_in_captions(out) if self.doc.captions else out

    def _named_in_captions(self, found: list[Statement]) -> list[Statement]:
        """
        Speakers the story names by surname only, named in full by a caption or standfirst.

        "Tao, a state agency reported, assured the visitors ..." under a picture captioned
        "Deputy Premier Tao Runqing, right, with ...": the full name is the caption's.  Only a name
        of two to four capitalised words ending on the surname, found once.
        """
        full: dict[str, Actor] = {}
        for s in found:
            speaker = s.speaker
            if speaker is None or speaker.kind != "person" or " " in speaker.name:
                continue
            if speaker.name not in full:
                names = {
                    name
                    for caption in self.doc.captions
                    if speaker.name in caption
                    for m in _CAPTION_NAME_RE.finditer(caption)
                    if (name := _caption_name(m.group(1), speaker.name)) is not None
                }
                named = names.pop() if len(names) == 1 else None
                full[speaker.name] = (
                    attrs.evolve(speaker, name=named) if named is not None else speaker
                )
        if not any(full[k].name != k for k in full):
            return found
        return [
            attrs.evolve(s, speaker=full[s.speaker.name])
            if s.speaker is not None and s.speaker.name in full
            else s
            for s in found
        ]

    def _turns(self) -> None:
        """
        A transcript's answers: "MR. SMITH: We have seen the reports." is Smith's, direct.

        The speaker is the person of the article with that surname, else the full name a
        header gives in capitals ("BRIEFER: JOHN Q. SMITH, SPOKESMAN"), else the surname.
        """
        text = self.doc.text
        if ":" not in text:
            return
        speakers: dict[str, Actor] = {}
        for turn in find_turns(self.doc):
            key = turn.name or turn.surname
            actor = speakers.get(key)
            if actor is None:
                actor = speakers[key] = (
                    self._named_turn_speaker(turn.name)
                    if turn.name
                    else self._turn_speaker(turn.surname)
                )
            start, end = turn.words
            self._insert(
                None,
                _fast_records.statement(
                    speaker=actor,
                    quote=text[start:end].strip(),
                    mode="direct",
                    cue=":",
                    evidence=self.doc.span(turn.label[0], end),
                ),
            )

    def _named_turn_speaker(self, name: str) -> Actor:
        """The person a transcript label in ordinary case names ("Maria Okonjo-Hale")."""
        known = _people_by_last_words(self.doc).get(name.rpartition(" ")[2])
        if known is not None and known.name.endswith(name.rpartition(" ")[2]):
            return known
        return Actor(name=name, kind="person")

    def _turn_speaker(self, surname: str) -> Actor:
        """The person a transcript label's surname in capitals ("ELLSWORTH") names."""
        name = surname.title()
        known = _people_by_last_words(self.doc).get(name)
        if known is not None:
            return known
        pattern = r"\b((?:[A-Z][A-Z.'\-]* ){1,3})" + re.escape(surname) + r"\b"
        for m in re.finditer(pattern, self.doc.text):
            words = m.group(1).split()
            if not any(w in SPEAKER_PREFIXES for w in words):
                name = " ".join([*(w.title() for w in words), name])
                break
        return Actor(name=name, kind="person")

    def _slogan(self, att: _Attribution) -> bool:
        """
        Whether the quotation is a crowd's slogan or a sign's words, which nobody states.

        "Protesters chanted '...'", "crowds on the quay shouted '...'", "placards read
        '...'": a chant, a crowd's cry, or the words on a placard, banner or sign (what a
        crowd "said" it wants stays a statement).
        """
        lemma = att.cue.lemma
        if lemma == "chant":
            return True
        text = self.doc.text
        words = "" if att.speaker is None else text[att.speaker[0] : att.speaker[1]]
        if words.rpartition(" ")[2].lower() in _SIGN_NOUNS:
            return True
        if lemma not in _CRY_LEMMAS:
            return False  # "Demonstrators said they want '...'": they state it
        # "Hundreds of students ringed the ministry, waving flags and shouting that '...'"
        begin = max(self._sentence_start(att.cue.start), att.cue.start - _CROWD_REACH)
        return (
            _CROWD_RE.match(words) is not None
            or _CROWD_RE.search(text, begin, att.cue.start) is not None
        )

    def _after_opening_participle(self, att: _Attribution) -> _Attribution:
        """
        The subject after a participle that opens the sentence, not the participle.

        "Reacting, the chairman of the committee, Hon. Jo Eze, urged ...": "Reacting" is
        no speaker; the words between its comma and the cue are.
        """
        assert att.speaker is not None  # noqa: S101 - checked by the caller
        text = self.doc.text
        m = _OPENING_PARTICIPLE_RE.fullmatch(text, att.speaker[0], att.speaker[1] + 2)
        if m is None or att.cue.start <= m.end():
            return att
        end = att.cue.start
        while end > m.end() and text[end - 1] in " ,":
            end -= 1
        return att._replace(speaker=(m.end(), end))

    def _recordings(self) -> None:
        """
        Recorded speech of a monitored broadcast: "[Begin Smith recording] ... [End recording]".

        The monitoring services' transcripts (FBIS Daily Reports, BBC Monitoring) mark a
        speaker's recorded words with brackets instead of quote marks: the words between are
        the named speaker's direct speech; an unnamed "[Begin recording]" is that of the one
        the sentence before introduces ("Castellanos told newsmen:"), else nobody's.
        """
        text = self.doc.text
        for m in _RECORDING_RE.finditer(text):
            start, end = m.span("words")
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start or self._inside_quote(start):
                continue
            if m.group("who") is not None:
                # the bracket names the speaker by a word of the name told before
                who = m.span("who")
            else:
                # "[Begin recording]" after "Castellanos told newsmen:": the one introduced
                # in the last clause before it
                base = max(0, m.start() - 160)
                stop = len(text[base : m.start()].rstrip()) + base
                cut = max(text.rfind(c, base, stop - 1) for c in ".,;\n")
                intro = _RECORDING_INTRO_RE.fullmatch(text, max(base, cut + 1), stop)
                if intro is None:
                    continue
                who = intro.span("who")
            speaker = self._by_name(who) or self._speaker(who, m.start())
            stmt = _fast_records.statement(
                speaker=speaker,
                quote=text[start:end],
                mode="direct",
                addressee=None,
                cue="recording",
                when=None,
                evidence=self.doc.span(m.start(), m.end()),
            )
            self._add(None, stmt)

    def _shared_cue(self, q: Quotation) -> _Attribution | None:
        """
        The cue of the next quotation of the sentence, for a phrase quoted before it.

        'The ministry "strongly condemns this attack" and is following the situation "with
        the greatest attention," it said': one cue for both phrases, no other verb of speech
        between them.
        """
        text = self.doc.text
        k = bisect.bisect_right(self.opens, q.open)
        before = text[max(0, q.open - 12) : q.open].split()
        if (
            k >= len(self.quotes)
            or not text[q.open + 1 : q.open + 2].islower()
            # 'The "peace agenda" and ...': a term after its article, no words said
            or (before and before[-1].lower() in _TERM_DETERMINERS)
        ):
            return None
        nxt = self.quotes[k]
        if (
            self._sentence_start(nxt.open) != self._sentence_start(q.open)
            or self._mode(nxt) != "partial"
        ):
            return None
        between = self._toks(q.after, nxt.open)
        if any(_cue_at(between, i) is not None for i in range(len(between))):
            return None
        return self._attribute(nxt)

    def _partial_after_report(self, q: Quotation, words: str) -> None:
        """
        A quoted phrase with no cue, in the sentence right after a report in its paragraph.

        "Li said the talks went well. Progress was “slow but steady”." -- the
        reporter goes on giving Li's words; the phrase is Li's.
        """
        sent_start = self._sentence_start(q.open)
        para_start, _ = self._para_bounds(q.open)
        if sent_start <= para_start:
            return
        prev_start = self._sentence_start(sent_start - 1)
        hi = bisect.bisect_left(self.starts, sent_start)
        if hi == 0:
            return
        _, prev = self.results[hi - 1]
        if (
            prev.evidence.start < max(prev_start, para_start)
            or prev.evidence.end > sent_start
            or prev.speaker is None
            or prev.speaker.kind != "person"
        ):
            return
        self._add(
            q,
            _fast_records.statement(
                speaker=prev.speaker,
                quote=words,
                mode="partial",
                cue=prev.cue,
                evidence=self.doc.span(sent_start, q.after),
            ),
        )

    def _toks(self, start: int, end: int) -> list[_Tok]:
        """The tokens of ``text[start:end]``, computed once (callers do not change them)."""
        key = (start, end)
        toks = self.tok_cache.get(key)
        if toks is None:
            toks = self.tok_cache[key] = _tokens(self.doc.text, start, end)
        return toks

    # --- geometry -------------------------------------------------------------------------

    def _para_of(self, pos: int) -> int:
        i = bisect.bisect_right(self.para_starts, pos) - 1
        return i if i > 0 else 0

    def _para_bounds(self, pos: int) -> tuple[int, int]:
        if not self.para_starts:
            return (0, len(self.doc.text))
        i = bisect.bisect_right(self.para_starts, pos) - 1
        if i < 0:
            i = 0
        return (self.para_starts[i], self.para_ends[i])

    def _sentence_start(self, pos: int) -> int:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sent_starts[i] if i >= 0 else 0

    def _sentence_end(self, pos: int) -> int:
        """Offset of the end of the reporter's sentence that continues after ``pos``."""
        _, para_end = self._para_bounds(pos)
        text = self.doc.text
        nxt = self._next_quote_open(pos, para_end)
        m = _SENT_END_RE.search(text, pos, nxt)
        return m.end() if m is not None else nxt

    def _next_quote_open(self, pos: int, limit: int) -> int:
        i = bisect.bisect_left(self.opens, pos)
        if i < len(self.opens) and self.opens[i] < limit:
            return self.opens[i]
        return limit

    # --- mode and attribution -------------------------------------------------------------

    def _mode(self, q: Quotation) -> StatementMode:
        text = self.doc.text
        para_start, _ = self._para_bounds(q.open)
        floor = q.open - _FRAME_CHARS
        before = text[max(para_start, self._sentence_start(q.open), floor) : q.open].rstrip()
        if not before or before[-1] in ":,.!?\u2014" or before.endswith("--"):
            return "direct"
        if before[-1] in "\u201d\u00bb\"'" and len(before) > 1 and before[-2] in ".!?,":
            return "direct"
        return "partial"

    def _written_slogan(self, q: Quotation, mode: StatementMode) -> bool:
        """
        Words on a poster, placard or banner: "posters that accused "the new czars"".

        A crowd's written or chanted slogan ("placards reading "...", "banners that called
        the minister "..."") is no one's statement.
        """
        if mode != "partial":
            return False
        # (within a few words of the quotation: a long run of quotes stays linear)
        start = max(self._sentence_start(q.open), q.open - _SLOGAN_REACH)
        found = None
        for found in _SLOGAN_RE.finditer(self.doc.text, start, q.open):  # noqa: B007 - the last
            pass
        return found is not None and _CUE_WORD_RE.search(self.doc.text, found.end(), q.open) is None

    def _called_name(self, q: Quotation, mode: StatementMode) -> bool:
        """
        A name in use that the words before the quotation give: a scare quote, not speech.

        'the so-called "harbour formula"', 'what traders call "the lung of the valley"', 'Some
        growers call the scheme a "paper harvest"' (a plural present "call" a few words back: see
        :func:`_habitual_naming`), also inside someone's reported clause ("he said the men
        had set up what traders call "toll gates"").
        """
        if mode != "partial" or not q.closed:
            return False
        text = self.doc.text
        before = text[max(0, q.open - 10) : q.open].lower()
        if before.endswith(("so-called ", "so called ")):
            return True
        if "call" not in text[max(0, q.open - _CALL_REACH) : q.open]:
            return False
        toks = self._toks(max(self._sentence_start(q.open), q.open - _CALL_REACH), q.open)
        for k in range(len(toks) - 1, max(-1, len(toks) - _CALL_TOKENS), -1):
            if not toks[k][_TEXT][:1].isalpha():
                return False  # a comma or a quote between: the name is not this one's
            if toks[k][_LOW] == "call":
                return _habitual_naming(toks, k)
        return False

    def _named_term(self, q: Quotation, quote: str, mode: StatementMode) -> bool:
        """
        A term in quote marks inside a noun phrase: the "green line" dividing the city.

        A few words after "the", with no punctuation of speech, that a participle follows
        name a thing; so does a short name alone in brackets ('the Ministerial Meeting
        ("2+2")'); nobody is quoted.
        """
        if mode != "partial" or len(quote.split()) > _TERM_WORDS_MAX or not q.closed:
            return False
        text = self.doc.text
        if (
            text.startswith("(", q.open - 1)
            and text.startswith(")", q.after)
            and _name_before(text, q.open - 1)
        ):
            # a short name given in brackets: the Foreign and Defence Ministerial Meeting
            # ("2+2"), the Quadrilateral Security Dialogue ("the Quad")
            return True
        return (
            _THE_BEFORE_RE.search(text, q.open - 5 if q.open > 5 else 0, q.open) is not None
            # a participle after it, or the noun it names: the "crossroads of peace" initiative
            and (
                _TERM_AFTER_RE.match(text, q.after) is not None
                or _TERM_HEAD_RE.match(text, q.after) is not None
            )
            and not any(c in quote for c in ".,;!?")
        )

    def _heading(self, q: Quotation, quote: str) -> bool:
        """A subheading in quote marks: a whole paragraph of a few words, no sentence."""
        if quote[-1:] in ".!?,;" or quote.count(" ") >= _HEADING_WORDS_MAX or len(q.parts) > 1:
            return False
        para_start, para_end = self._para_bounds(q.open)
        text = self.doc.text
        return not text[para_start : q.open].strip() and not text[q.after : para_end].strip()

    def _apposed_title(self, q: Quotation, quote: str) -> bool:
        """
        A title set off by commas after the noun it names, with no cue of its own.

        'His memoir, "A Long Road Home," was published', 'The documentary, "Lines in the
        Sand," aired on Sunday': title-case words after a comma are a work's name, not a
        sentence someone said.
        """
        before = self.doc.text[max(0, q.open - 2) : q.open]
        return before.endswith((", ", ",")) and self._title_like(quote, "partial")

    def _title_like(self, quote: str, mode: StatementMode) -> bool:
        """A name or title in quote marks ("Morning Joe", "The Art of the Deal")."""
        words = quote.split()
        limit = _TITLE_WORDS_MAX if mode == "partial" else 3
        if not words or len(words) > limit:
            return False
        return all(
            w[:1].isupper() or not w[:1].isalpha() or w.lower() in _TITLE_GLUE for w in words
        ) and any(w[:1].isupper() for w in words)

    def _attribute(self, q: Quotation) -> _Attribution | None:  # noqa: PLR0911 - one per shape
        turn = TURN_RE.match(self.doc.text, q.start)
        if turn is not None:
            # A transcript: "SMITH: We will ...".
            name_end = turn.end() - 1
            cue = _Cue(":", name_end, turn.end(), 0)
            return _Attribution(cue, (q.start, name_end), None, (q.open, turn.end()))
        if _AS_BEFORE_RE.search(self.doc.text, max(0, q.open - 4), q.open) is not None:
            # 'rejected as "unfounded" charges that ...': the judging cue before
            before = self._before(q)
            if before is not None:
                return before
        after = self._after(q)
        if after is not None and after.cue.lemma == "according to":
            # "X told Y that ... "...", according to a ministry": the teller speaks.
            return self._before(q) or after
        if after is not None:
            if self._relayed(after):
                # 'Li stressed that ... “...”, the spokesman added': Li's words, relayed.
                return self._reported_subject(q) or after
            if self._body_relay(after):
                # 'A rejected the protest, saying the boat was "...", the ministry said': A's
                # words, which the body relays
                before = self._before(q)
                if (
                    before is not None
                    and self._person_cue(before)
                    # (a paper relays only words a person told: "A told him the decision
                    # was '...', a ministry statement said", not "A and B spoke and agreed
                    # to '...', a statement said")
                    and (not self._paper_relay(after) or before.cue.lemma in _TOLD_LEMMAS)
                ):
                    return before
            return after
        before = self._before(q)
        if before is not None:
            return before
        return self._trailing(q) or self._signed_below(q)

    def _signed_below(self, q: Quotation) -> _Attribution | None:
        """
        A quotation filling its paragraph, signed by a dash line in the paragraph after.

        A press release's "Quotes" section: '"Neighbours stand together."' / '- Nivi
        Kleist, Minister of Fisheries': each quotation is its signer's (not the signer of the
        quotation before).
        """
        text = self.doc.text
        para_start, para_end = self._para_bounds(q.open)
        if not q.closed or text[para_start : q.open].strip() or text[q.after : para_end].strip():
            return None
        nxt = bisect.bisect_right(self.para_starts, para_end)
        if nxt >= len(self.para_starts):
            return None
        start = self.para_starts[nxt]
        signed = self._signed(start) if text[start : start + 1] in _SIGN_DASHES else None
        if signed is None or signed.speaker is None:
            return signed
        name_start, name_end = signed.speaker
        style = _SIGN_STYLE_RE.match(text, name_start, name_end)
        if style is None or style.end() >= name_end:
            return signed
        # "- The Honourable Marie Fortin, Minister": the style is no part of the name
        return signed._replace(speaker=(style.end(), name_end))

    def _after(self, q: Quotation) -> _Attribution | None:  # noqa: C901, PLR0911, PLR0912
        """Read ``"...," Smith said`` or ``"...," said Smith`` right after the quotation."""
        if not q.closed:
            return None
        text = self.doc.text
        after = q.after
        _, para_end = self._para_bounds(q.close)
        limit = self._next_quote_open(after, para_end)
        if limit > after + 200:
            limit = after + 200
        if _CUE_WORD_RE.search(text, after, limit) is None:
            # No token can be a cue, so only a signed quotation may follow; tokens are not
            # needed to tell whether a word or a bracket comes before the end.
            if _NOT_SKIPPED_RE.search(text, after, limit) is None:
                return None
            return self._signed(after)
        toks = self._toks(after, limit)
        i = 0
        while i < len(toks) and toks[i][_TEXT] in _SKIPPED_AFTER:
            i += 1
        if i >= len(toks):
            return None
        last_char = text[q.close - 1] if q.close > 0 else ""
        signed = self._signed(after)
        if signed is not None:
            return signed
        if i == 0 and last_char == "." and toks[0][_CAP]:
            return None  # the quotation ended its sentence; a new one begins
        if _STOP_AFTER_RE.match(text, after):
            return None  # '"... of the fact". The skipper said': the stop after the quote
        cue = _cue_at(toks, i)
        if cue is not None and toks[i][_LOW] in _AS_SAYING:
            return None  # '"...," adding that Athens ...': the subject before speaks on
        if cue is not None:
            # Inverted: "...," said Smith / according to Smith.
            k = i + (2 if cue.end > toks[i][_END] else 1)
            np = _apposed_name(toks, k) or _voice_of_body(toks, _np_forward(toks, k))
            if np is None:
                np = _job_named(toks, k)  # '"...," said fisherman Jo Li'
            return self._make_att(toks, cue, np, after) if np is not None else None
        # Subject first: "...," Smith said / Smith, the envoy, said / he told Jones.
        for j in range(i + 1, min(len(toks), i + 22)):
            word = toks[j][_TEXT]
            cue = _cue_at(toks, j) if word in _CUE_WORDS else None
            if cue is None:
                if word in {";", ":"}:
                    return None
                continue
            if toks[j - 1][_LOW] in {"who", "which"} and toks[j - 2][_TEXT] == ",":
                continue  # '"...," the official, who asked not to be named, said'
            named = _named_after_comma(toks, j)
            if named is not None:
                # '"... a test" for Lund, said Vance': the words after the quotation go on
                # its sentence; the name after the comma and cue speaks.
                return self._make_att(toks, cue, named, after, forward=True)
            np = _doc_subject(toks, j, i) or _np_back(toks, j - 1)
            if np is None and j == i + 1 and toks[i][_LOW] == "police":
                np = (i, i)  # '"...," police said': the force, written bare
            if np is None or toks[i][_LOW] in _CONJUNCTIONS or toks[i][_LOW] in _SUBORDINATORS:
                return None  # '"...," but he said that ...' starts a new report
            if j + 1 < len(toks) and toks[j + 1][_LOW] == "that":
                return None
            if np[0] == i or all(t[_LOW] in _OPENERS or t[_TEXT] == "," for t in toks[i : np[0]]):
                return self._make_att(toks, cue, np, after)
            if all(t[_LOW] in _QUANTIFIERS for t in toks[i : np[0]]):
                # '"...," one Western diplomat said': an unnamed speaker, not the context's
                return self._make_att(toks, cue, (i, np[1]), after)
            source = _unnamed_source(toks, i, j)
            if source is not None:
                # '"...," a source close to the talks told Reuters'
                return self._make_att(toks, cue, source, after)
            if _noun_modifiers(toks, i, np[0]):
                # '"...," army spokesman Col. Jo Li said': a noun modifies the speaker's job.
                return self._make_att(toks, cue, (i, np[1]), after)
            return None
        return None

    def _relayed(self, att: _Attribution) -> bool:
        """Whether the speaker of ``att`` is a relay: "the spokesman", "the statement"."""
        if att.speaker is None:
            return False
        words = self.doc.text[att.speaker[0] : att.speaker[1]].lower().split(" ")
        return len(words) == 2 and words[0] == "the" and words[1] in _RELAYS

    def _body_relay(self, att: _Attribution) -> bool:
        """
        Whether the speaker of ``att`` is a body by its noun or a news agency.

        "the ministry", "Iraq's ...", and "Xinhua said" after "A told B that ... '...,'":
        the agency carries A's words.
        """
        if att.speaker is None:
            return False
        phrase = self.doc.text[att.speaker[0] : att.speaker[1]]
        words = phrase.lower().split(" ")
        if words[-1] in _LOWER_BODY_WORDS or (len(words) > 1 and words[-1] in _RELAY_PAPERS):
            return True  # "the ministry said", "a ministry statement said", "the readout said"
        if not phrase[:1].isupper():
            return False
        # (an agency of no table that the article names as one: "the news agency KPA")
        return _is_agency(phrase) or (
            phrase.isupper() and f"agency {phrase}" in self.doc.text.replace("Agency", "agency")
        )

    def _paper_relay(self, att: _Attribution) -> bool:
        """Whether the speaker of ``att`` is a paper: "a ministry statement", "the readout"."""
        if att.speaker is None:
            return False
        words = self.doc.text[att.speaker[0] : att.speaker[1]].lower().split(" ")
        return len(words) > 1 and words[-1] in _RELAY_PAPERS

    def _person_cue(self, att: _Attribution) -> bool:
        """
        Whether ``att`` is a named person's own verb of saying before the quotation.

        "A rejected the protest, saying", "B ... asked that Tehran": a capitalised name (no
        pronoun, no body) whose cue is a verb of saying, "asking" or "urging".
        """
        if att.speaker is None:
            return False
        toks = self._toks(*att.speaker)
        if not toks or not toks[-1][_CAP] or toks[-1][_LOW] in _LOWER_BODY_WORDS:
            return False
        actor = self._speaker(att.speaker, att.cue.start, quiet=True)
        return actor is not None and actor.kind == "person"

    def _reported_subject(self, q: Quotation) -> _Attribution | None:
        """
        The subject of "X <cue> that ..." opening the sentence of a quoted phrase.

        Returns the attribution of that clause, or ``None`` when the sentence does not open
        with one (or the quotation is no phrase inside it).
        """
        para_start, _ = self._para_bounds(q.open)
        start = max(para_start, self._sentence_start(q.open))
        if start >= q.open or self._mode(q) != "partial":
            return None
        toks = self._frame_tokens(start, q.open)
        for i in range(1, min(len(toks) - 1, 12)):
            if toks[i][_TEXT] not in _CUE_WORDS or toks[i + 1][_LOW] != "that":
                continue
            cue = _cue_at(toks, i)
            if cue is None or cue.lemma in _NOT_REPORTING:
                return None
            np = _np_back(toks, i - 1)
            if np is None or any(
                not (t[_LOW] in _OPENERS or t[_TEXT] == ",") for t in toks[: np[0]]
            ):
                return None
            return self._make_att(toks, cue, np, start)
        return None

    def _signed(self, after: int) -> _Attribution | None:
        """A signed quotation: '"..." \u2015 Jo Vance, teacher' (lists, letters, tweets)."""
        text = self.doc.text
        dash = _DASH_NAME_RE.match(text, after)
        if dash is None:
            return None
        signed = _Cue("\u2014", dash.start(1), dash.start(1) + 1, 0)
        name_end = dash.end(2)
        if text[name_end - 1] == "." and not _INITIAL_RE.search(text, name_end - 3, name_end):
            name_end -= 1  # the full stop closing the line
        return _Attribution(signed, (dash.start(2), name_end), None, (after, dash.end()))

    def _frame_tokens(self, start: int, end: int) -> list[_Tok]:
        """Tokens of the reporter's words in ``[start, end)``; a quotation is one token."""
        out: list[_Tok] = []
        i = bisect.bisect_right(self.opens, start) - 1
        if i < 0:
            i = 0
        pos = start
        while i < len(self.quotes) and self.quotes[i].open < end:
            q = self.quotes[i]
            i += 1
            after = q.after
            if after <= pos:
                continue
            if q.open > pos:
                out.extend(self._toks(pos, q.open))
            out.append(_quote_token(max(q.open, pos), min(after, end)))
            pos = after
        if pos < end:
            out.extend(self._toks(pos, end))
        return out

    def _before(  # noqa: C901, PLR0911, PLR0912, PLR0915 - one case per cue shape
        self, q: Quotation
    ) -> _Attribution | None:
        """Read the cue that introduces the quotation in its own sentence."""
        para_start, _ = self._para_bounds(q.open)
        start = max(para_start, self._sentence_start(q.open), q.open - _FRAME_CHARS)
        text = self.doc.text
        if (
            q.open > para_start
            and _CUE_WORD_RE.search(text, start, q.open) is None
            and text.find("According", start, q.open) < 0
            and text.find(":", start, q.open) < 0
        ):
            return None  # no token can be a cue, nor the colon of "Smith:"
        toks = self._frame_tokens(start, q.open)
        for i in range(len(toks) - 1, -1, -1):
            if toks[i][_TEXT] not in _CUE_WORDS and toks[i][_TEXT] != "According":
                continue
            cue = _cue_at(toks, i)
            if cue is None:
                continue
            if cue.lemma == "according to":
                if i > 1 and toks[i - 1][_TEXT] == "," and _told_before(toks, i - 1):
                    continue  # "who told them, according to a diplomat, that": the teller
                np = _body_noun_end(toks, _np_forward(toks, i + 2))
                if (
                    np is not None
                    and (
                        toks[np[1]][_LOW] not in _cues.NOUN_CUES
                        # "According to the statement, ...": the body that issued it before
                        or self.doc.text[toks[np[0]][_START] : toks[np[1]][_END]].lower()
                        in _ANAPHORIC_BODIES
                    )
                ):
                    return self._make_att(toks, cue, np, start, forward=True)
                author = _author_after(toks, i + 2)
                if author is not None:
                    # "according to a communique of the Honduran armed forces": its author
                    return self._make_att(toks, cue, author, start, forward=True)
                continue
            if i > 1 and toks[i - 1][_LOW] in {"who", "that"} and toks[i - 2][_TEXT] != ",":
                sender = self._paper_sender(toks, cue, start)
                if sender is not None:
                    return sender
                continue  # "told a woman who suggested that ...": the teller's cue is earlier
            if cue.lemma in _ACTING_CUES and _MANNER_RE.match(text, q.start) is not None:
                continue  # 'that troops responded "in line with the rules"': acts, told of
            if i + 2 < len(toks) and toks[i][_LOW] in _PASSIVE_TOLD and toks[i + 1][_LOW] == "by":
                # "was summoned and told by Minister Jo Li that ...": the agent speaks
                np = _np_forward(toks, i + 2)
                if np is not None:
                    return self._make_att(toks, cue, np, start, forward=True)
            if (
                toks[i][_LOW].endswith("ing")
                and not (i > 0 and toks[i - 1][_LOW] in _PROGRESSIVE)  # "she is insisting"
            ) or _joined_cue(toks, i):
                np = (
                    _with_subject(toks, i)
                    or _document_by(toks, i)
                    or self._earlier_subject(toks, i)
                )
            else:
                fwd = _inverted_speaker(toks, i, cue)
                if fwd is not None:  # an inverted cue after an opening phrase
                    return self._make_att(toks, cue, fwd, start, forward=True)
                np = (
                    # "A emerged to tell reporters the raid was '...'", "B summoned the envoy
                    # to tell him that ...": the sentence's subject speaks, the cue its purpose
                    (self._sentence_subject(toks) if _purpose_cue(toks, i) else None)
                    or _medium_subject(toks, i - 1)
                    or _doc_subject(toks, i, 0)
                    or _issued_document(toks, i)
                    or _np_back(toks, i - 1)
                )
            if (
                np is not None
                and (_modal_before(toks, i) or _unnamed_crowd(toks, np))
                and _cue_before(toks, np[0])
            ):
                # "Bello told reporters that the soldiers demanded a 'settlement'": words an
                # unnamed crowd is told to have used, inside a report; its teller speaks.
                # "X said the minister would tell them that '...'", "X said ... and that
                # the army would respond '...'": a cue of what someone will do, inside the
                # clause of an earlier report, is no report; the earlier cue's subject speaks
                continue
            if np is not None and i > 0 and toks[i - 1][_LOW] == "had":
                # "the administration said in a statement that Li had stressed": the body
                # that tells what Li had said speaks (a readout's words)
                outer = self._reporting_body(toks, np[0], by_anyone=_place_subject(toks, np))
                if outer is not None:
                    return outer
            if np is None:
                fwd = _np_forward(toks, i + 1) if toks[i][_LOW] in {"said", "says"} else None
                if fwd is not None and fwd[1] + 1 < len(toks) and toks[fwd[1] + 1][_TEXT] in ",:":
                    return self._make_att(toks, cue, fwd, start, forward=True)
                continue
            if toks[np[1]][_LOW] in _PAPERS and not toks[np[1]][_CAP] and np[0] > 1:
                # "the ministry said the note would demand '...'": the sender speaks
                continue
            return self._make_att(toks, cue, np, start)
        if toks and toks[-1][_TEXT] == ":" and len(toks) >= 2:
            colon = _Cue(":", toks[-1][_START], toks[-1][_END], len(toks) - 1)
            np = _np_back(toks, len(toks) - 2)
            if np is not None and np[0] == 0:
                return self._make_att(toks, colon, np, start)
            np = self._person_subject(toks)
            if np is not None:
                # "Ilves put it bluntly: '...'", "One diplomat was blunt: '...'": the
                # person the clause before the colon is about
                return self._make_att(toks, colon, np, start)
        if not toks and q.open == para_start:
            return self._colon_intro(q)
        return None

    def _paper_sender(self, toks: list[_Tok], cue: _Cue, start: int) -> _Attribution | None:
        """
        The sender of a paper whose relative clause holds the cue: its sentence's subject.

        "A called in the consul and gave her a note that termed ... '...'": A speaks
        through the note.
        """
        i = cue.first
        if not _sent_paper(toks, i):
            return None
        np = self._sentence_subject(toks)
        if np is None or np[1] >= i - 2:
            return None
        return self._make_att(toks, cue, np, start)

    def _person_subject(self, toks: list[_Tok]) -> tuple[int, int] | None:
        """The subject of a clause ending in a colon, when it names a person the article knows."""
        if any(t[_TEXT] == _QUOTE_TOKEN or t[_TEXT] == ";" for t in toks):
            return None
        np = self._sentence_subject(toks)
        if np is None or np[1] >= len(toks) - 1:
            return None
        actor = self._speaker((toks[np[0]][_START], toks[np[1]][_END]), toks[-1][_END], quiet=True)
        return np if actor is not None and actor.kind == "person" else None

    def _reporting_body(
        self, toks: list[_Tok], end: int, *, by_anyone: bool = False
    ) -> _Attribution | None:
        """
        The body whose report holds the clause from token ``end``: "the ministry said that".

        Only a body (a lower-case head: "administration", "ministry", "office") that said
        or stated, in a statement or not, that ...; a person reporting another keeps the
        nearer speaker. With ``by_anyone`` (the inner subject is a country or a capital:
        "Rao said Beijing had demanded the boat '...'") any teller speaks: a government's
        demand is told in the teller's words.
        """
        cues = {"said", "says", "stated", "told"} if by_anyone else {"said", "says", "stated"}
        for j in range(end - 1, 0, -1):
            if toks[j][_LOW] not in cues:
                continue
            cue = _cue_at(toks, j)
            np = _np_back(toks, j - 1) if cue is not None else None
            if cue is None or np is None:
                return None
            if not by_anyone and toks[np[1]][_LOW] not in _REPORTING_BODIES:
                return None
            return self._make_att(toks, cue, np, toks[0][_START])
        return None

    def _earlier_subject(self, toks: list[_Tok], i: int) -> tuple[int, int] | None:
        """The subject of ``..., adding`` or ``... and said``: an earlier cue's or the first."""
        found: tuple[int, int] | None = None
        for j in range(i - 1, -1, -1):
            cue = _cue_at(toks, j)
            if cue is None or cue.lemma == "according to":
                continue
            np = _np_back(toks, j - 1)
            if np is None and toks[j][_LOW] in {"said", "says"}:
                np = _np_forward(toks, j + 1)
            if np is not None:
                found = np
                if toks[i - 1][_LOW] not in {"and", "but"}:
                    break  # "..., adding": the nearest cue's subject
                # "X said ... that she thinks ... but said": the main clause's subject.
        return found or self._last_clause_subject(toks, i) or self._sentence_subject(toks)

    def _last_clause_subject(self, toks: list[_Tok], i: int) -> tuple[int, int] | None:
        """
        The subject of the clause after ", but" (", while", ", whereas") before ``i``.

        "A had planned to fly on, but Brazil's presidency cancelled the meeting, citing
        '...'": the participle's subject is the presidency, of the clause it closes.
        """
        for k in range(i - 2, 1, -1):
            if toks[k][_LOW] in _CLAUSE_TURNS and toks[k - 1][_TEXT] == ",":
                np = _np_forward(toks, k + 1)
                return np if np is not None and np[1] < i - 1 else None
        return None

    def _colon_intro(self, q: Quotation) -> _Attribution | None:
        """``Smith continued:`` closing the paragraph before a quotation paragraph."""
        i = self._para_of(q.open)
        if i == 0:
            return None
        prev = self.doc.paragraphs[i - 1]
        text = self.doc.text
        if not text[prev.start : prev.end].rstrip().endswith(":"):
            return None
        header = _ATTRIBUTABLE_RE.match(text, prev.start, prev.end)
        if header is not None:
            # a release's "Quotes attributable to the Minister for Trade:": that speaker's
            colon = text.rindex(":", prev.start, prev.end)
            colon_cue = _Cue(":", colon, colon + 1, 0)
            return _Attribution(colon_cue, header.span("who"), None, (prev.start, colon + 1))
        start = self._sentence_start(prev.end - 1)
        toks = self._toks(start, prev.end)
        for j in range(len(toks) - 1, -1, -1):
            cue = _cue_at(toks, j)
            if cue is None:
                continue
            np = _np_back(toks, j - 1)
            if np is not None:
                return self._make_att(toks, cue, np, start)
            break
        return None

    def _sentence_subject(self, toks: list[_Tok]) -> tuple[int, int] | None:
        """The subject of a sentence: its first noun phrase after an opening adverbial."""
        i = _after_dateline(toks)
        opened = _past_opening_phrase(toks, i)
        comma = (
            -1
            if opened is not None
            else next(
                (
                    k
                    for k, t in enumerate(toks[i : i + 9], i)
                    # a comma inside a number ("3,000 supporters") opens nothing
                    if t[_TEXT] == "," and (k + 1 == len(toks) or toks[k + 1][_START] > t[_END])
                ),
                -1,
            )
        )
        if (
            comma > i
            and (toks[i][_LOW] in _OPENERS or not any(t[_CAP] for t in toks[i + 1 : comma]))
            # "Li was more cautious, saying": a clause with its subject, not an adverbial
            and not (toks[i][_CAP] and toks[i + 1][_LOW] in _PROGRESSIVE)
            # "Li declined to comment, saying", "The envoy refused to comment, saying"
            and not _past_clause(toks, i, comma)
            # "Sokolov, according to Kask, rejected ...": a named subject and an aside
            and not (
                comma == i + 1
                and toks[i][_LOW] not in _OPENERS
                and self.resolve(self.doc, toks[i][_START], toks[i][_END]) is not None
            )
        ):
            i = comma + 1
        i = i if opened is None else opened
        while i < len(toks) - 1 and toks[i][_LOW] in _CONJUNCTIONS:
            i += 1  # "And she made a point of saying": the subject after the conjunction
        if i >= len(toks):
            return None
        np = _np_forward(toks, i)
        # "Iran's U.N. envoy, Hamid Karimi, rejected the charge, saying": the office's holder,
        # named in apposition, speaks, not the office's country
        return (None if np is None else _office_holder(toks, *np)) or np

    def _trailing(self, q: Quotation) -> _Attribution | None:
        """Read ``..., the Kremlin said.`` at the end of the quotation's sentence."""
        end = self._sentence_end(q.after)
        if end <= q.after:
            return None
        toks = self._toks(q.after, end)
        if len(toks) < 2:
            return None
        for i in range(len(toks) - 1, max(-1, len(toks) - 8), -1):
            cue = _cue_at(toks, i)
            if cue is None or cue.lemma not in {"say", "tell", "add", "write", "report", "state"}:
                continue
            if (
                i + 1 < len(toks)
                and toks[i][_LOW] in {"said", "says"}
                and toks[i - 1][_TEXT] == ","
            ):
                fwd = _np_forward(toks, i + 1)
                if fwd is not None:
                    return self._make_att(toks, cue, fwd, q.after, forward=True)
            np = _np_back(toks, i - 1)
            if np is not None and np[0] > 0 and toks[np[0] - 1][_TEXT] != ",":
                # '..., government spokeswoman Ana Li said today.': the job before the name
                np = _job_before_name(toks, np)
            if np is None or np[0] == 0 or toks[np[0] - 1][_TEXT] != ",":
                return None
            return self._make_att(toks, cue, np, q.after)
        return None

    def _make_att(
        self,
        toks: list[_Tok],
        cue: _Cue,
        np: tuple[int, int],
        clause_start: int,
        *,
        forward: bool = False,
    ) -> _Attribution:
        word = toks[cue.first][_LOW]
        if cue.lemma in _QUOTING_LEMMAS or word in _AS_SAYING or word.endswith("ing"):
            quoted = _quoted_as_saying(toks)
            # (a later participle goes on with the words relayed: "quoted Li as saying ...
            # and blaming \"outside forces\"": Li blames, not the radio)
            if quoted is not None and (
                word in _AS_SAYING or cue.lemma in _QUOTING_LEMMAS or quoted[1] < cue.first
            ):
                # "Tass quoted Li as saying": Li speaks, the agency only reports it.
                np = quoted
                forward = True
        speaker = self._document_author(toks, np)
        addressee = None
        cue_end_tok = cue.first + (2 if cue.end > toks[cue.first][_END] else 1)
        if cue.lemma in _cues.ADDRESSEE_CUES and not forward:
            fwd = _np_forward(toks, cue_end_tok)
            if fwd is not None:
                addressee = (toks[fwd[0]][_START], toks[fwd[1]][_END])
        clause_end = max(toks[np[1]][_END], cue.end)
        return _attribution((cue, speaker, addressee, (clause_start, clause_end)))

    def _document_author(  # noqa: C901, PLR0911 - one return per shape of document
        self, toks: list[_Tok], np: tuple[int, int]
    ) -> tuple[int, int]:
        """
        The speaker span of ``np``, or of the body whose document it names.

        "a statement from the ministry said", "said a statement issued by the presidency",
        "the ministry's statement said": the ministry and the presidency speak.
        """
        start, end = toks[np[0]][_START], toks[np[1]][_END]
        k = next(
            (k for k in range(np[0], min(np[1] + 1, len(toks))) if toks[k][_LOW] in _DOC_NOUNS),
            -1,
        )
        if k < 0:
            return start, end
        if k > np[0] and _POSSESSOR_RE.search(toks[k - 1][_TEXT]):
            # "the ministry's statement": the possessor, less its "'s"
            owner = toks[k - 1]
            cut = 1 if owner[_TEXT][-1] in "'\u2019" else 2
            return start, owner[_END] - cut
        if k == np[0] + 2 and toks[np[0]][_LOW] == "the" and toks[k - 1][_CAP]:
            # "The Forum communique called for": the body's one capitalised word, which the
            # speaker takes up as "the forum"
            return start, toks[k - 1][_END]
        j = k + 1
        if j < len(toks) and toks[j][_LOW] in _ISSUED:
            j += 1
        if j < len(toks) and toks[j][_LOW] in {"from", "by", "of"}:
            for m in range(j + 1, min(len(toks), j + 5)):
                t = toks[m]
                if t[_LOW] in _BODY_END:
                    # "by the (Egyptian) presidency": a body in lower case
                    return toks[j + 1][_START], toks[_of_the_body(toks, m)][_END]
                if not (t[_CAP] or t[_LOW] in _ARTICLES or t[_LOW] in _BODY_ADJECTIVES):
                    break
            author = _np_forward(toks, j + 1)
            if author is not None:
                named = _office_holder(toks, *author)
                if named is not None:
                    return toks[named[0]][_START], toks[named[1]][_END]
                return toks[author[0]][_START], toks[_of_the_body(toks, author[1])][_END]
        return start, end

    # --- records ---------------------------------------------------------------------------

    def _statement(
        self, q: Quotation, quote: str, mode: StatementMode, att: _Attribution
    ) -> Statement:
        text = self.doc.text
        told = (
            _TOLD_PASSIVE_RE.fullmatch(text, att.speaker[1], att.cue.start)
            if att.speaker is not None and text.startswith("told", att.cue.start)
            else None
        )
        # "The ambassador was called to the Foreign Ministry and told that ...": the one told
        # is no speaker; the body the envoy was called to speaks, if named
        speaker = self._called_to(told) if told is not None else self._speaker(att.speaker, q.open)
        if speaker is None and told is None:
            speaker = self._paper_subject(att, q)
        if speaker is None and mode == "partial":
            speaker = self._same_sentence_speaker(q.open)
        if speaker is not None and speaker.kind == "person" and " " not in speaker.name:
            speaker = self._apposed_body(speaker)
        addressee = None
        if att.addressee is not None:
            words = text[att.addressee[0] : att.addressee[1]].lower()
            if words not in _cues.GENERIC_ADDRESSEES:
                addressee = self.resolve(self.doc, *att.addressee)
        ev_start = self._sentence_start(q.open)
        clause_start = self._sentence_start(att.clause[0])
        if clause_start < ev_start:
            ev_start = clause_start
        ev_end = q.after if q.after >= att.clause[1] else att.clause[1]
        return _fast_records.statement(
            speaker=speaker,
            quote=quote,
            mode=mode,
            addressee=addressee,
            cue=text[att.cue.start : att.cue.end],
            when=self._when(att.clause, q),
            evidence=self.doc.span(ev_start, ev_end),
        )

    def _apposed_body(self, actor: Actor) -> Actor:
        """
        A one-word name the article sets off as a body: "Tradevell, the business federation,".

        The apposition after its first mention names what it is; a federation, an
        association or a company speaks as an organisation, not as a person.
        """
        text = self.doc.text
        at = text.find(actor.name + ", ")
        if at < 0 or _BODY_APPOSITION_RE.match(text, at + len(actor.name)) is None:
            return actor
        return Actor(name=actor.name, kind="organization")

    def _called_to(self, told: re.Match[str]) -> Actor | None:
        """The body a passive "was called to the Foreign Ministry and told" names, if any."""
        if told["body"] is None:
            return None
        span = (told.start("body"), told.end("body"))
        return self._speaker(span, span[1], quiet=True) or Actor(
            name=told["body"], kind="organization"
        )

    def _same_sentence_speaker(self, pos: int) -> Actor | None:
        """
        The speaker of a quoted phrase earlier in the sentence, for a later phrase in it.

        "X told reporters that the reaction was "hysterical" and that Moscow reserved the
        right to respond "in a mirror fashion"": the second phrase is X's too.
        """
        start = self._sentence_start(pos)
        hi = bisect.bisect_left(self.starts, pos)
        for k in range(hi - 1, max(0, hi - _RECENT_LIMIT) - 1, -1):
            st = self.results[k][1]
            if st.evidence.end <= start:
                return None
            if st.speaker is not None and st.evidence.start <= pos and st.mode == "partial":
                return st.speaker
        return None

    def _paper_subject(self, att: _Attribution, q: Quotation) -> Actor | None:
        """
        The body a paper's words are given to: 'the communique notes that the Government "..."'.

        A communique, declaration or joint statement that "notes" or "states" the quoted
        words of a named body speaks for it: the body whose name stands right before the
        (first) quoted words of the that-clause is the speaker.
        """
        text = self.doc.text
        if att.speaker is None or _PAPER_SPEAKER_RE.fullmatch(text, *att.speaker) is None:
            return None
        m = _PAPER_CLAUSE_RE.match(text, att.cue.end)
        if m is None or m.end() > q.open:
            return None
        actor = self._speaker(m.span("who"), q.open, quiet=True)
        return actor if actor is not None and actor.kind != "person" else None

    def _speaker(  # noqa: C901, PLR0911, PLR0912, PLR0915 - one resolver per kind of phrase
        self, span: tuple[int, int] | None, pos: int, *, quiet: bool = False, post: bool = True
    ) -> Actor | None:
        if span is None:
            return None
        whole = span
        span = self._less_locative(span)
        words = self.doc.text[span[0] : span[1]]
        if words[:4] in {"the ", "The "}:
            holder = self._letterhead_holder(words[4:])
            if holder is not None:
                return holder
        office = _NAMED_OFFICE_RE.fullmatch(words)
        if office is not None and place_actor(office["owner"]) is None:
            # "Okonjo's office claimed": the office speaks for its holder, as a body (not
            # "Turkey's office", not "the president's office", read as a post below)
            return Actor(name=office["name"], kind="organization")
        if _BARE_STYLE_RE.fullmatch(words):
            # "His Excellency affirmed ...": the style stands for the official the release
            # last made a sentence's subject
            return self._subject_before(span[0])
        posted = self._post_of(span, whole, pos) if post else None
        if posted is None and post:
            posted = self._post_spoken(words, pos)
        if posted is not None:
            return posted
        if "(" in words:
            named = self._bracketed_body(span)
            if named is not None:
                return named
        if "ounterpart" in words or "ounterpart" in self.doc.text[span[1] : span[1] + 13]:
            counterpart = self._counterpart(span)
            if counterpart is not None:
                return counterpart
        members = self._members_lower(span)
        if members is not None:
            return members
        kin = words.rpartition(" ")
        if kin[2].lower() in _KIN_NOUNS and _POSSESSOR_RE.search(kin[0]):
            return None  # "Li's stepmother": a relative the article does not name
        broadcaster = self._broadcaster(words, span[0]) or _members_body(self._toks(*span))
        if broadcaster is not None:
            return broadcaster
        agency = _NEWS_AGENCY_RE.fullmatch(words)
        if (
            agency is not None
            and " News " in words
            and "'s " not in words
            and "\u2019s " not in words
        ):
            agency = None  # "The Kenya News Agency": a body named from its country, read below
        if self._agency_by_nationality(words, span[1]):
            # "Tass reported ... According to the Soviet news agency, ...": the agency named
            named = self._agency_named_before(span[0])
            if named is not None:
                return named
        if agency is not None:
            # "the official Xinhua news agency", "state news agency KCNA": the agency
            name = agency.group("name")
            return Actor(
                name=f"{name} News Agency" if name else agency.group("after"),
                kind="organization",
            )
        actor = (
            self._described_acronym(span)
            or self._title_initials(span)
            or self._aged(span, pos)
            or self._team(span)
            or self._own_office(span)
            or self._titled(span)
            or self._recalled(span, pos)
        )
        if actor is not None:
            return actor
        low = words.lower()
        first, _, rest = low.partition(" ")
        if first in _QUANTIFIERS and first not in _ARTICLES and rest and words[-1].islower():
            return None  # "one Western diplomat", "one party insider": unnamed
        if low in {"he", "she"}:
            actor = self._he_or_she(span, pos)
        if actor is None and self.doc.captions and _DESCRIBED_PERSON_RE.fullmatch(words):
            actor = self._captioned_holder(words)
        if actor is None:
            actor = self._of_gender(self._linked(span), span)
            if (
                actor is not None
                and actor.kind == "person"
                and _DESCRIBED_PERSON_RE.fullmatch(words)
                and self._named_only_inside(actor, pos)
            ):
                # '"... Minister Han did not agree ...," the minister said': the speaker
                # names the other minister; "the minister" is someone named before
                actor = None
        if actor is not None and actor.kind in {"country", "group", "person"}:
            # "US Central Command said", "the New China News Agency said": a body's
            # name that holds a country's name is the body's, not the country's.
            body = self._possessed_body(span)
            if body is None and actor.kind != "person":
                body = self._country_led_body(span, actor)
            if body is None and actor.kind != "person":
                # "A Japanese coastguard official said": the force speaks, not its people
                body = self._force(span)
            actor = body or actor
        if actor is None and low == "it":
            actor = self._sentence_body(span[0]) or self._opening_body(span[0])
            begin = self._sentence_start(span[0])
            if actor is None and begin > 0:
                # "The embassy issued a statement. It called the arrests '...'": the body
                # the sentence before opens with (a body, not a country or a people)
                before = self._sentence_body(begin - 1)
                actor = before if before is not None and before.kind == "organization" else None
        if actor is None and low in {"it", "they"}:
            actor = self._body_opening_before(span[0], pos)
        if actor is None and low == "it":
            # '"...," the ministry said. "...," it added.': the body that spoke last
            actor = self._last_body_speaker(pos)
        if actor is None and _AIRED_RE.match(self.doc.text, span[1]) and low in _AIRED_PAPERS:
            # "The Government accused ... A statement broadcast by Tunis radio called the
            # raid '...'": the medium only carries it; the body the sentence before opens
            # with issued it
            actor = self._issuer_before(span[0], pos)
        if actor is None and words.lower() in _PRONOUNS:
            actor = self._of_gender(self._recent_speaker(pos), span)
        if actor is None and low not in _PRONOUNS:  # "It", "She" are nobody's name
            actor = self._by_name(span)
        if actor is None or actor.kind == "person":
            actor = self._named_body(span) or actor
        if actor is not None and actor.kind == "person" and _is_agency(words):
            # "Xinhua said", "Interfax reported": a news agency, not a person of that name
            actor = Actor(name=actor.name, kind="organization", country=actor.country)
        if actor is None and low in _SOURCE_VOICES:
            # "A spokesman at the Foreign Ministry denied ... '...,' the spokesman said"
            actor = self._voiced_body(span[0], pos)
        if (
            actor is None
            and _DESCRIBED_PERSON_RE.fullmatch(words)
            and words.rsplit(" ", 1)[-1].lower() not in _UNNAMED_SOURCES
        ):
            # "the Ohio senator said": a description takes up a person, like "he".
            actor = self._he_or_she(span, pos)
            if actor is not None and (self._other_side(actor, low) or _other_office(actor, low)):
                # "Opposition leader A ... the prime minister said", "Foreign Minister B ...
                # the prime minister said": the office's holder, whom the article does not
                # name, is neither the opposition's leader nor another office's holder
                actor = None
        if actor is None and low in _ANAPHORIC_BODIES:
            # "The Swiss Federal Department of Foreign Affairs summoned the envoy. '...,' the
            # department said": the body named before, not a bare "Department"
            actor = self._recent_body(pos, low)
        if actor is None:
            actor = self._lower_body(span)
            if actor is not None and actor.name.lower() in _LOWER_BODY_WORDS:
                # "what a ministry communique called '...'": the ministry the article named
                actor = self._article_body(actor.name.lower(), span[0]) or actor
        if actor is None:
            # "the navy said": a force named alone speaks as itself (of the dateline's country)
            actor = self._force(span, bare=True)
        if actor is None:
            actor = self._possessed_body(span) or self._members_body(span)
        if actor is None and low in _ANAPHORIC_BODIES:
            actor = self._recent_body(pos, low)
        if actor is None and low in _FIRM_WORDS:
            actor = self._firm_named_before(span[0])
        if (
            actor is None
            and low in _ISSUED_PAPERS
            and _ACCORDING_TO_RE.search(self.doc.text, max(0, span[0] - 14), span[0])
        ):
            # "The Joint Command reported that ... According to the statement, ...": the
            # body the sentence before opens with issued it ('"...," the statement said'
            # stays a document's words, as PolNeAR leaves them)
            actor = self._issuer_before(span[0], pos, subject_first=True)
        if actor is None and low in _SOURCE_VOICES:
            actor = self._voiced_body(span[0], pos)
        if actor is None and low in _SOURCE_VOICES:
            # "An army spokesman said ... [two paragraphs] ... The spokesman said": the body
            # the article's unnamed spokesman spoke for
            actor = self._voice_of_body(pos, back=_VOICE_BACK)
        if actor is not None and actor.kind != "person" and _ACRONYM_RE.fullmatch(actor.name):
            actor = self._spelled_out(actor, span[0])
        if actor is not None and low in {"police", "the police"}:
            actor = self._police_of(span, actor)
        if actor is not None and low in _ANAPHORIC_BODIES and actor.name.lower() == low[4:]:
            # "The Forum communique called for": "the Forum", written with its capital, takes
            # up the body named before whose name holds it (the South Pacific Forum)
            actor = (
                self._recent_body(span[0], low)
                # "the Guyana Defence Force ... [paragraphs] ... The Force said": written with
                # its capital, the body's own noun takes up the body named anywhere before
                or self._body_named_before(0, span[0], low[4:])
                or actor
            )
        if actor is None:
            actor = self._top_diplomat(words, span[0])
        if actor is None:
            owner = _LOWER_OWNER_RE.fullmatch(words)
            if owner is not None and words.rsplit(" ", 1)[-1].lower() in _ROLE_WORDS:
                # "The ministry's spokesman said": the body "the ministry" takes up speaks
                owned = (span[0], span[0] + owner.end("body"))
                actor = self._speaker(owned, pos, quiet=True, post=False)
        if actor is None and not quiet:
            self.doc.diagnose(
                "speaker.unresolved",
                f"Could not tell who {words!r} is; the statement has no speaker.",
                span=self.doc.span(*span),
            )
        return actor

    def _subject_before(self, at: int) -> Actor | None:
        """
        The person last named as a sentence's subject before ``at``, within a few sentences.

        "HE the Prime Minister Sheikh A met B. The meeting was attended by C. His
        Excellency affirmed ...": A, named first with only titles (and an opening phrase
        closed by a comma or a dateline's dash) before the name; C, after "attended by",
        is no subject.
        """
        text = self.doc.text
        found = mentions(self.doc)
        starts = _mention_starts(self.doc)
        k = bisect.bisect_right(self.sent_starts, at) - 1
        for sent in range(k - 1, max(-1, k - 1 - _SUBJECT_REACH), -1):
            begin = self.sent_starts[sent]
            end = self.sent_starts[sent + 1] if sent + 1 < len(self.sent_starts) else at
            i = bisect.bisect_left(starts, begin)
            while i < len(found) and found[i].start < end and found[i].actor.kind != "person":
                i += 1
            if i >= len(found) or found[i].start >= end:
                continue
            m = found[i]
            lead = text[begin : m.start]
            cut = max(lead.rfind(","), lead.rfind(" - "), lead.rfind("--"))
            if (
                _POSSESSIVE_RE.match(text, m.end)
                or _TITLED_LEAD_RE.fullmatch(lead[cut + 1 :].strip(" -")) is None
            ):
                continue
            return m.actor
        return None

    def _letterhead_holder(self, office: str) -> Actor | None:
        """
        The holder of ``office`` that a release's letterhead names.

        "Senator the Hon Ana Li" / "Minister for Trade" heading a release: "the Minister for
        Trade" of its "Quotes attributable to the Minister for Trade:" is Ana Li.
        """
        if self.letterhead is None:
            self.letterhead = {}
            head = self.doc.masthead or self.doc.text[:_LETTERHEAD_REACH]
            for m in _LETTERHEAD_RE.finditer(head):
                title = m.group("title")
                self.letterhead[title.lower()] = Actor(
                    name=m.group("name"), kind="person", title=title
                )
        if not self.letterhead:
            return None
        return self.letterhead.get(office.lower())

    def _top_diplomat(self, words: str, at: int) -> Actor | None:
        """
        The foreign minister a periphrasis takes up: "the head of Hungarian diplomacy".

        "Hungary's top diplomat", "the Hungarian chief diplomat": the latest person named
        before ``at`` as that country's foreign minister (or secretary of state).
        """
        m = _TOP_DIPLOMAT_RE.fullmatch(words)
        if m is None:
            return None
        adj = m.group("adj") or m.group("adj2")
        code = DEMONYMS.get(adj) if adj is not None else COUNTRY_NAMES.get(m.group("owner"))
        if code is None:
            return None
        found = mentions(self.doc)
        for i in range(bisect.bisect_left(_mention_starts(self.doc), at) - 1, -1, -1):
            actor = found[i].actor
            title = (actor.title or "").lower()
            if actor.kind == "person" and actor.country == code and _TOP_OFFICE_RE.search(title):
                return actor
        return None

    def _force(self, span: tuple[int, int], *, bare: bool = False) -> Actor | None:
        """
        The armed or police force whose spokesman speaks: "a coastguard spokesman said".

        The force is the one the article named with its country's adjective before ("the
        Icelandic coastguard vessel Tyr"): "Icelandic coastguard"; with none, the force
        alone, of the dateline's country.
        """
        m = _FORCE_SPEAKER_RE.fullmatch(self.doc.text, *span)
        if m is None and bare:
            m = _FORCE_BARE_RE.fullmatch(self.doc.text, *span)  # 'The army "took ..."'
        if m is None:
            return None
        adj = m.group("adj")
        shared = _SHARED_DEMONYMS.get(adj, ()) if adj is not None else ()
        if adj is not None and adj not in DEMONYMS and not shared:
            return None
        noun = " ".join((m.group(2) or m.group("police")).lower().split())
        country = None
        name = noun
        if adj is not None:
            # "an Icelandic Coastguard spokesman": the force of the country its adjective
            # names; "a Korean Navy spokesman": an adjective two countries share names the
            # force as written, of the dateline's country when it is one of them
            if shared:
                here = self._dateline_country()
                country = here if here in shared else None
            else:
                country = DEMONYMS[adj]
            return Actor(name=f"{adj} {noun}", kind="organization", country=country)
        for named in _FORCE_MENTION_RE.finditer(
            self.doc.text, max(0, span[0] - _RECALL_CHARS), span[0]
        ):
            if named.group(2).lower() == noun and named.group(1) in DEMONYMS:
                name = f"{named.group(1)} {noun}"
                country = DEMONYMS[named.group(1)]
        return Actor(name=name, kind="organization", country=country or self._dateline_country())

    def _police_of(self, span: tuple[int, int], actor: Actor) -> Actor:
        """
        The police of the place named after them: "Police in Mara Region said".

        The force of a region or city speaks, named as the outlets name it ("Mara Region
        police"); the country the links gave is kept.
        """
        m = _POLICE_PLACE_RE.match(self.doc.text, span[1])
        if m is None:
            return self._police_named_before(span[0]) or actor
        return Actor(name=f"{m.group(1)} police", kind="organization", country=actor.country)

    def _police_named_before(self, at: int) -> Actor | None:
        """
        The police force a bare "the police" takes up: the latest named in three paragraphs.

        "According to the National Police Service, ... In a statement, the police said": the
        force the article named by its name (a body whose name holds "police").
        """
        para = self._para_of(at)
        floor = self.doc.paragraphs[max(0, para - _VOICE_BACK)].start
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), at) - 1
        while i >= 0 and found[i].start >= floor:
            actor = found[i].actor
            i -= 1
            if actor.kind == "organization" and "police" in actor.name.lower().split():
                return actor
        last = None
        for match in _POLICE_NAME_RE.finditer(self.doc.text, floor, at):
            last = match
        if last is None:
            return None
        name = _LEADING_ARTICLE_RE.sub("", last.group())
        if " " not in name:
            return None  # "Police said": no name
        owner = place_actor(name.split(" ", 1)[0])
        return Actor(
            name=name, kind="organization", country=owner.country if owner is not None else None
        )

    def _recalled(self, span: tuple[int, int], pos: int) -> Actor | None:
        """
        The body a bare "the army" or "the statement" takes up: one the article named.

        "the army said" after "according to the Second Army Region" is that command: the
        latest capitalised name holding the head word.  "the statement read" after "a
        statement by the foreign ministry" is the ministry: the author of the latest
        document the article names.
        """
        text = self.doc.text
        phrase = text[span[0] : span[1]]
        m = _BARE_BODY_RE.fullmatch(phrase)
        if m is None:
            return None
        head = m.group(1).lower()
        floor = max(0, span[0] - _RECALL_CHARS)
        if head in _DOC_NOUNS or head in _PAPERS:
            return self._recalled_author(floor, span[0], pos)
        cap = head.capitalize()
        best = None
        for name in _CAP_RUN_RE.finditer(text, floor, span[0]):
            run = name.group()
            # "the army" after "the Belize Defence Force": an army named as a force
            army = head == "army" and _ARMY_NAME_RE.search(run) is not None
            if army:
                # "Soldiers of the Belize Defence Force": the force's own name
                run = run.rsplit(" of ", 1)[-1].removeprefix("the ")
            if (cap in run.split(" ") or army) and not any(
                w.lower() in _TITLE_WORDS or w.lower() in _HONORIFICS for w in run.split(" ")
            ):
                best = run
        if best is not None:
            best = best.removeprefix("The ")  # "The Transport Workers Union called ..."
        if best is None or best == cap:
            return None
        place = place_actor(best)
        if place is not None:
            return None
        return Actor(name=best, kind="organization", country=self._dateline_country())

    def _recalled_author(self, floor: int, end: int, pos: int) -> Actor | None:
        """The author of the latest document named in ``[floor, end)``, if it names one."""
        found = None
        for found in _DOC_AUTHOR_RE.finditer(self.doc.text, floor, end):  # noqa: B007 - the last
            pass
        if found is None:
            return None
        if found.group()[:2] in {"In", "in"}:
            said = _SAID_RE.search(self.doc.text, found.end(), self._sentence_end(found.end()))
            if said is None:
                return None
            found = said
        if found.group().lstrip().startswith("sa"):
            # "the Foreign Office said in a statement": the cue's subject
            start = max(self._sentence_start(found.start()), floor)
            toks = self._toks(start, found.start())
            np = _np_back(toks, len(toks) - 1) if toks else None
            if np is None:
                return None
            span = (toks[np[0]][_START], toks[np[1]][_END])
            return self._speaker(span, pos, quiet=True)
        toks = self._toks(found.start(), min(self._sentence_end(found.end()), end))
        author = self._document_author(toks, (0, 0))
        if author[0] == toks[0][_START]:
            return None
        return self._speaker(author, pos, quiet=True)

    def _broadcaster(self, words: str, at: int) -> Actor | None:
        """
        A broadcaster as speaker: "Beirut radio reported", "the same broadcast said".

        The medium keeps its place's name as the wires wrote it ("Peking radio"); "the
        broadcast" takes up the latest broadcaster the article named before it.
        """
        m = _BROADCASTER_RE.fullmatch(words)
        if m is not None and not _article_or_time(m.group("name")):
            return Actor(name=f"{m.group('name')} {m.group('medium')}", kind="organization")
        if _BROADCAST_RE.fullmatch(words) is None:
            return None
        found = None
        for found in _BROADCASTER_NAMED_RE.finditer(  # noqa: B007 - the last one
            self.doc.text, max(0, at - _RECALL_CHARS), at
        ):
            pass
        if found is None or _article_or_time(found.group()):
            return None
        return Actor(name=found.group(), kind="organization")

    def _post_of(self, span: tuple[int, int], whole: tuple[int, int], pos: int) -> Actor | None:
        """
        A diplomatic post with the city it sits in: "the Chinese Embassy in Manila".

        An embassy, consulate or mission is known by its city (a state keeps one in each
        capital it deals with), so the city stays in its name; the body is read from the
        words before it.
        """
        text = self.doc.text
        if span == whole:
            inside = _LOCATIVE_RE.search(text, *span)
            if inside is not None and _post_head(text[span[0] : inside.start()]):
                span = (span[0], inside.start())  # "the U.S. Consulate General in Karachi"
        head = _post_head(text[span[0] : span[1]])
        if head is None:
            return None
        if span != whole:
            place = text[span[1] : whole[1]].removeprefix(" in ").removeprefix(" at ")
            if not _PLACE_NAME_RE.fullmatch(place):
                return None
        else:
            m = _POST_PLACE_RE.match(text, span[1])
            if m is None:
                return None
            place = m.group(1)
        if place_actor(place) is None:
            return None
        body = self._speaker(span, pos, quiet=True, post=False)
        if body is None or body.kind != "organization" or not body.name.lower().endswith(head):
            body = _as_written_post(text[span[0] : span[1]])
        return None if body is None else attrs.evolve(body, name=f"{body.name} in {place}")

    def _post_spoken(self, words: str, pos: int) -> Actor | None:
        """
        The post a bare "the embassy" takes up: the one with its city that spoke before.

        "The Indonesian Embassy in Canberra said ... '...,' the embassy said": the
        Indonesian Embassy in Canberra again, its city kept.
        """
        low = words.lower()
        if not low.startswith("the ") or _post_head(low[4:]) != low[4:]:
            return None
        k = bisect.bisect_left(self.starts, pos) - 1
        floor = pos - _RECALL_CHARS
        while k >= 0 and self.starts[k] >= floor:
            actor = self.results[k][1].speaker
            k -= 1
            if actor is not None and actor.kind == "organization":
                head, _, place = actor.name.lower().rpartition(" in ")
                if place and head.endswith(low[4:]):
                    return actor
        # "The Chinese Embassy in Canberra rejected the report. '...,' the embassy said"
        named = None
        for named in _NAMED_POST_RE.finditer(self.doc.text, max(0, floor), pos):  # noqa: B007
            pass
        if (
            named is None
            or named.group(2).lower() != low[4:]
            or place_actor(named.group(3)) is None
        ):
            return None
        owner = named.group(1).strip().removeprefix("The ").removeprefix("the ")
        first = owner.split(" ", 1)[0]
        return Actor(
            name=f"{owner} {named.group(2)} in {named.group(3)}".lstrip(),
            kind="organization",
            country=DEMONYMS.get(first),
        )

    def _less_locative(self, span: tuple[int, int]) -> tuple[int, int]:
        """
        The speaker phrase without a place after its head body.

        "The Belarusian Embassy in Riga", "the joint secretariat at Kirkwood": the head of
        an English noun phrase stands before its prepositional phrase, so the body speaks.
        """
        if span[1] - span[0] < _LOCATED_MIN:
            return span  # too short to hold a body, "in" and a place
        m = _LOCATIVE_RE.search(self.doc.text, *span)
        if m is None:
            return span
        head = self.doc.text[span[0] : m.start()].rsplit(" ", 1)[-1]
        if head.lower() not in _LOCATED_HEADS:
            return span
        return (span[0], m.start())

    def _spelled_out(self, actor: Actor, pos: int) -> Actor:
        """
        The body an acronym stands for, where the text spelt it out before.

        "the MEA said" is the "Ministry of External Affairs (MEA)" named before: the
        capitalised words before "(MEA)" whose initials end with the acronym's letters
        are the name; the actor links' reading of them (with its country) is kept.  With no
        "(MEA)", the last name before ``pos`` whose capitals are the acronym's letters, if a
        verb of saying follows it ("the Department of National Defence said ... DND called
        it"), is the body.
        """
        text = self.doc.text
        acronym = actor.name
        at = text.find(f"({acronym})")
        if at < 2:
            return self._initials_named(actor, pos)
        m = _SPELLED_OUT_RE.search(text, max(0, at - 120), at + 1)
        if m is None:
            return actor
        words = m.group()[:-2].split(" ")
        letters = acronym.replace("&", "")
        # "UK Maritime Trade Operations (UKMTO)": a word in capitals gives all its letters
        initials = "".join(_initials_of(w) for w in words)
        if len(initials) < len(letters) or not initials.endswith(letters):
            return actor
        skip = len(initials) - len(letters)  # letters of capitalised words before the name
        while skip > 0 and words:
            skip -= len(_initials_of(words.pop(0)))
        if skip < 0:
            return actor
        while words and not words[0][:1].isupper():
            words.pop(0)
        name = " ".join(words)
        start = m.end() - 2 - len(name)
        linked = self.resolve(self.doc, start, m.end() - 2)
        if linked is not None and linked.kind != "person" and linked.name.endswith(name):
            return linked
        return Actor(name=name, kind=actor.kind, country=actor.country)

    def _initials_named(self, actor: Actor, pos: int) -> Actor:
        """The last name before ``pos`` spelt with the acronym's letters as its capitals."""
        acronym = actor.name
        if not acronym.isalpha():
            return actor
        glue = r" (?:(?:of|for|and|the|on|de) )*"
        # a letter is a capitalised word, or after the first a short word of glue ("MOFA")
        pattern = glue.join(
            rf"{c}[a-z][\w'\u2019-]*"
            if not k
            else rf"(?:{c}[a-z][\w'\u2019-]*|{c.lower()}[a-z]{{1,2}})"
            for k, c in enumerate(acronym)
        )
        last = None
        for m in re.finditer(rf"(?<![\w'\u2019-]){pattern}(?![\w'\u2019-])", self.doc.text[:pos]):
            last = m
        # the body spoke under its full name before: "the Department of National Defence said"
        if last is None or not _SAID_AFTER_RE.match(self.doc.text, last.end()):
            return actor
        linked = self.resolve(self.doc, last.start(), last.end())
        if linked is not None and linked.kind != "person" and linked.name.endswith(last.group()):
            return linked
        return Actor(name=last.group(), kind=actor.kind, country=actor.country)

    def _opening_body(self, pos: int) -> Actor | None:
        """
        The body a sentence opens with, written in lower case, that an "it" after takes up.

        'The army "took all necessary measures" and no damage was recorded, it said': the
        army (with its country, as "the army" reads elsewhere).
        """
        start = self._sentence_start(pos)
        m = _OPENING_BODY_RE.match(self.doc.text, start, pos)
        if m is None:
            return None
        span = (start, m.end(1))
        return self._lower_body(span) or self._force(span, bare=True)

    def _issuer_before(self, at: int, pos: int, *, subject_first: bool = False) -> Actor | None:
        """
        The body the sentence before ``at`` opens with, as the issuer of a paper.

        The first body it names ("The Government accused ... A statement broadcast by Tunis
        radio"), or, with ``subject_first``, its subject before that ("The Joint Command of
        the Armed Forces reported that a Colombian Air Force helicopter ...").
        """
        begin = self._sentence_start(at)
        if begin <= 0:
            return None
        first = self._sentence_body(begin - 1)
        if first is not None and first.kind == "organization" and not subject_first:
            return first
        toks = self._toks(self._sentence_start(begin - 1), begin)
        np = self._sentence_subject(toks) if toks else None
        if np is not None:
            span = (toks[np[0]][_START], toks[_of_the_body(toks, np[1])][_END])
            subject = self._speaker(span, pos, quiet=True)
            if subject is not None and subject.kind == "organization":
                return subject
        return first if first is not None and first.kind == "organization" else None

    def _sentence_body(self, pos: int) -> Actor | None:
        """
        The body or country an "it" before ``pos`` takes up: the first in its sentence.

        "The council condemned the test, which it called “...”": it is the council.
        """
        start = self._sentence_start(pos)
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), start)
        while i < len(found) and found[i].end <= pos:
            m = found[i]
            i += 1
            if m.actor.kind != "person" and not _POSSESSIVE_RE.match(self.doc.text, m.end):
                return m.actor
        return None

    def _lower_body(self, span: tuple[int, int]) -> Actor | None:
        """
        A body written in lower case, which speaks as that body.

        "a foreign ministry spokesperson", "the ministry of external affairs": a "Foreign
        Ministry", a "Ministry of External Affairs".
        """
        toks = self._toks(*span)
        k = next((k for k, t in enumerate(toks) if t[_LOW] in _LOWER_BODY_WORDS), -1)
        if k < 0:
            return None
        if k + 2 < len(toks) and toks[k + 1][_LOW] == "of":
            words = [t[_LOW] for t in toks[k:]]
        else:
            first = k
            while first > 0 and toks[first - 1][_LOW] in _BODY_ADJECTIVES:
                first -= 1
            if first == k and first > 1 and _own_body_word(toks[first - 1], toks[first - 2]):
                first -= 1  # "the border service", "the transport ministry": which one
            elif (
                first < k
                and first >= 1
                and toks[first - 1][_CAP]
                and toks[first - 1][_TEXT].isalpha()
                and toks[first - 1][_LOW] not in _ARTICLES
                # (a people's adjective gives the country, not the name: "the Georgian
                # presidential administration")
                and toks[first - 1][_TEXT] not in DEMONYMS
                and (first == 1 or toks[first - 2][_LOW] in _ARTICLES)
            ):
                first -= 1  # "the Kachin provincial military command": the province's
            if toks[k][_CAP]:
                # "The National Defense Ministry": a capitalised name, read whole as written
                while (
                    first > 0
                    and toks[first - 1][_CAP]
                    and toks[first - 1][_TEXT].isalpha()
                    and toks[first - 1][_LOW] not in _ARTICLES
                ):
                    first -= 1
            words = [t[_LOW] for t in toks[first : k + 1]]
            owner = _title_owner(toks, first)
            if owner:
                # "the prime minister's office": the Prime Minister's Office
                name = (
                    " ".join(w.capitalize() for w in owner)
                    + "'s "
                    + " ".join(w.capitalize() for w in words)
                )
                return Actor(name=name, kind="organization", country=self._dateline_country())
        if not all(w.isalpha() for w in words):
            return None
        name = " ".join(w if w in _TITLE_GLUE else w.capitalize() for w in words)
        country = next((DEMONYMS[t[_TEXT]] for t in toks[:k] if t[_TEXT] in DEMONYMS), None)
        return Actor(name=name, kind="organization", country=country or self._dateline_country())

    def _dateline_country(self) -> str | None:
        """The country of the article's dateline ("HANOI (Reuters) -"), if it has one."""
        text = self.doc.text
        for start in self.para_starts[:4]:
            m = _DATELINE_RE.match(text, start)
            if m is not None:
                place = place_actor(m.group(1).title())
                return place.country if place is not None else None
        return None

    def _own_office(self, span: tuple[int, int]) -> Actor | None:
        """
        The holder a capitalised bare office names where the actor stage resolved it.

        "The Prime Minister stated that": a release's own principal (see the actors'
        house_holder()), not the last prime minister it named.
        """
        if not self.doc.text.startswith("The ", span[0]):
            return None
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), span[0])
        if i < len(found) and found[i].start == span[0] and found[i].end == span[1]:
            m = found[i]
            if m.form == "description" and m.actor.kind == "person":
                return m.actor
        return None

    def _titled(self, span: tuple[int, int]) -> Actor | None:
        """
        The actor named earlier whom a bare title takes up: "the minister", "the ministry".

        "the foreign minister said" is the latest person before the phrase whose title holds
        every word of the description ("the Kenyan minister": a Kenyan minister); "the
        ministry said" is the latest ministry named before the phrase.
        """
        head_of = _HEAD_OF_RE.match(self.doc.text, *span) or _HEAD_OF_RE.match(
            self.doc.text, span[0], span[1] + 16
        )
        if head_of is not None and head_of.end() >= span[1]:
            # "the Head of State" (read as "the Head" before its "of State")
            return self._office_holder(span, _HEAD_OF[head_of.group(1).lower()])
        toks = self._toks(*span)
        if not 2 <= len(toks) <= 4 or toks[0][_LOW] != "the":  # the + 1..3 words
            return None
        head = toks[-1][_LOW]
        if head not in _TITLE_HEADS and head not in _BODY_HEADS:
            return None
        words = [t[_LOW] for t in toks[1:-1]]
        country = None
        if words and toks[1][_CAP] and toks[1][_TEXT] in DEMONYMS:
            country = DEMONYMS[toks[1][_TEXT]]  # "the Kenyan minister"
            words = words[1:]
        if any(not w.isalpha() for w in words):
            return None
        want_person = head in _TITLE_HEADS
        actor = self._latest_titled(span, head, words, country)
        if (
            actor is None
            and want_person
            and country is None
            and " ".join([*words, head]) in _COUNTRY_HEADS
        ):
            # "German leader Karla Brenning ... the chancellor said": a country's leader,
            # named before by that word only, holds the country's first office
            return self._country_leader(span)
        return actor

    def _latest_titled(
        self, span: tuple[int, int], head: str, words: list[str], country: str | None
    ) -> Actor | None:
        """The latest actor before ``span`` whose title (or name) holds ``head`` and ``words``."""
        want_person = head in _TITLE_HEADS
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), span[0]) - 1
        tied = self._tied_holder(found, i + 1, span) if want_person else None
        # the quotation the phrase attributes ('"... Minister Han did not agree ...," the
        # minister said'): whom the speaker names in it is someone else
        said = self._quotation_before(span[0]) if want_person else None
        while i >= 0:
            actor, at = found[i].actor, found[i].start
            i -= 1
            if said is not None and said.start <= at < said.end:
                continue
            if tied is not None and actor.kind == "person" and actor.name != tied.name:
                continue
            if (actor.kind == "person") != want_person:
                continue
            if country is not None and actor.country != country:
                continue
            label = (actor.title if want_person else actor.name) or ""
            have = set(label.lower().replace("-", " ").split())
            last = head.replace("-", " ").split()[-1]
            named = last in have or (last in _TITLE_SPELLINGS and _TITLE_SPELLINGS[last] <= have)
            if named and have.issuperset(words):
                if want_person and self._other_side(actor, " ".join(words)):
                    continue  # "former president A ... the president said": not A
                return actor
        return None

    def _quotation_before(self, pos: int) -> Quotation | None:
        """The quotation closing right before ``pos`` ('"...," the minister said'), if one does."""
        k = bisect.bisect_left(self.opens, pos) - 1
        if k < 0:
            return None
        q = self.quotes[k]
        between = self.doc.text[q.after : pos] if q.closed and q.after <= pos else "x"
        return q if not between.strip(" ,\u2014-") else None

    def _tied_holder(self, found: list[Mention], at: int, span: tuple[int, int]) -> Actor | None:
        """
        The holder a bare office names when the actors' reading broke a tie: else None.

        "Ghanaian President A began a state visit [...] and held talks with President B.
        [...] the President told investors": two presidents last named together; the
        actors' reading (``first_of_tie``) gives the one the story named first, the visitor.
        """
        if (
            span[0] not in tied_offices(self.doc)
            or at >= len(found)
            or found[at].start != span[0]
            or found[at].form != "description"
        ):
            return None
        actor = found[at].actor
        return actor if actor.kind == "person" else None

    def _other_side(self, actor: Actor, description: str) -> bool:
        """
        Whether ``actor`` is out of the office ``description`` (lower case) names.

        "Opposition leader A", "former President B": neither is "the president" or "the
        prime minister" of a later sentence unless the description says so too ("the
        former president").
        """
        said = set(description.replace("-", " ").split())
        marks = set(_SIDE_MARKS.intersection((actor.title or "").lower().replace("-", " ").split()))
        if actor.name in former_holders(self.doc):
            marks.add("former")
        return bool(marks) and not marks & said

    def _country_leader(self, span: tuple[int, int]) -> Actor | None:
        """The latest person before ``span`` titled a country's bare "leader"."""
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), span[0]) - 1
        while i >= 0:
            actor = found[i].actor
            i -= 1
            if actor.kind == "person" and actor.country and (actor.title or "").lower() == "leader":
                return actor
        return None

    def _office_holder(self, span: tuple[int, int], offices: tuple[str, ...]) -> Actor | None:
        """The latest person before ``span`` whose title is one of ``offices``."""
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), span[0]) - 1
        while i >= 0:
            actor = found[i].actor
            i -= 1
            title = f" {(actor.title or '').lower()} "
            if actor.kind == "person" and any(f" {o} " in title for o in offices):
                return actor
        return None

    def _he_or_she(self, span: tuple[int, int], pos: int) -> Actor | None:
        """
        Who a reporter's "he said" after a quotation is.

        A recent speaker: the one the actor links name if they name one of them (they know
        gender), else the latest; else the person the paragraph (or the one before) is about.
        A person the text shows to be of the other gender is passed over ("Mrs. A said ...
        '...,' he said" is not A; see :mod:`diplomeet._gender`).
        """

        def fits(actor: Actor | None) -> Actor | None:
            return self._of_gender(actor, span)

        if span[1] <= pos:
            # "... received by President Rasa Vaitkute, who thanked them for what she
            # called “...”": the pronoun takes up the person its relative clause is about.
            antecedent = fits(self._who_antecedent(span[0]) or self._sentence_person(span[0]))
            if antecedent is not None:
                return antecedent
        recent = [a for a in self._recent_speakers(pos) if fits(a) is not None]
        latest = self._latest_statement_end(pos)
        para = self._para_of(pos)
        floor = max(latest, self.doc.paragraphs[para - 1].start if para > 0 else 0)
        # "Prices will rise, says Tomas Reyes, an analyst. “...,” he says.": the reporter
        # of the sentence before, named after the latest statement.
        reporter = fits(self._trailing_reporter(floor, min(span[0], pos)))
        if reporter is not None:
            return reporter
        # "Li was more cautious. “...,” he said.": the person opening the sentence before,
        # named after the latest statement, is whom the pronoun takes up.
        subject = self._opening_subject(pos)
        if (
            subject is not None
            and fits(subject[1]) is not None
            and (subject[0] > latest or subject[1] in recent[:1])
        ):
            # (or the latest speaker: "A said B will visit. '...,' he said" is A)
            return subject[1]
        linked = self.resolve(self.doc, *span)
        if linked in recent:
            return linked
        actor = recent[0] if recent else None
        if actor is None:
            actor = self._voice_of_body(pos)
        if actor is None:
            para = self._para_of(pos)
            floor = self.doc.paragraphs[para - 1].start if para > 0 else 0
            actor = fits(self._trailing_reporter(floor, min(span[0], pos)))
            subject = self._last_subject(floor, span[0]) if actor is None else None
            if subject is not None:
                actor = fits(subject[1])
        return actor

    def _of_gender(self, actor: Actor | None, span: tuple[int, int]) -> Actor | None:
        """
        ``actor``, unless the text shows it a person of the other gender than ``span``'s pronoun.

        "Mrs A ... '...,' he said": A is not whom "he" takes up (:mod:`diplomeet._gender`).
        """
        said = pronoun_gender(self.doc.text[span[0] : span[1]])
        if actor is None or said is None or actor.kind != "person":
            return actor
        surname = actor.name.rsplit(" ", 1)[-1].lower()
        if surname in self._shared_surnames():
            return actor  # "Mrs. Clinton" may be another Clinton than "he"
        have = genders(self.doc).get(surname)
        return None if have is not None and have != said else actor

    def _shared_surnames(self) -> frozenset[str]:
        """Surnames (lower case) of more than one person named in the article."""
        found = self.doc.cache.get("statements.shared_surnames")
        if found is None:
            seen: dict[str, str] = {}
            shared = set()
            for m in mentions(self.doc):
                name = m.actor.name
                if m.actor.kind == "person" and " " in name:
                    surname = name.rsplit(" ", 1)[-1].lower()
                    if seen.setdefault(surname, name) != name:
                        shared.add(surname)
            found = frozenset(shared)
            self.doc.cache["statements.shared_surnames"] = found
        result: frozenset[str] = found
        return result

    def _sentence_person(self, at: int) -> Actor | None:
        """
        The person opening the sentence of a pronoun at ``at`` as the subject of "said".

        "Mira Okafor said that the blockade is illegal, which she added '...'": a pronoun
        before the quotation, in the sentence whose named subject said something, takes that
        person up (not the speaker of the paragraph before).
        """
        start = self._sentence_start(at)
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), start)
        while i < len(found) and found[i].end <= at:
            m = found[i]
            i += 1
            if m.actor.kind != "person" or self._inside_quote(m.start):
                continue
            if _POSSESSIVE_RE.match(self.doc.text, m.end):
                return None  # "Li's aide said ... which he added": the aide, unnamed
            if m.start != start or self.doc.text[m.start : m.end].lower() in _PRONOUN_FORMS:
                return None  # only the subject opening the sentence, by name
            return m.actor
        return None

    def _voice_of_body(self, pos: int, back: int = 1) -> Actor | None:
        """
        The body whose unnamed spokesman a "he" or "she" takes up (this paragraph or the last).

        ``back`` paragraphs before this one are looked at ("the spokesman said" looks
        further, three: the article's one unnamed spokesman, a few paragraphs on).

        "A coastguard spokesman said the trawler had been “...”. “...,” he insisted.": the
        latest statement of the paragraph is a body's, made through a person (a spokesman,
        an official), so the pronoun is that person, speaking for the body.
        """
        para = self._para_of(pos)
        floor = self.doc.paragraphs[max(0, para - back)].start if para > 0 else 0
        hi = bisect.bisect_left(self.starts, pos)
        for k in range(hi - 1, max(0, hi - _RECENT_LIMIT) - 1, -1):
            st = self.results[k][1]
            if st.evidence.end <= floor:
                return None
            if st.speaker is None:
                continue
            if st.speaker.kind != "organization":
                return None
            begin = max(floor, self._sentence_start(st.evidence.start))
            voice = _PERSON_VOICE_RE.search(self.doc.text, begin, st.evidence.end)
            if voice is None or self._person_between(st.evidence.end, pos):
                return None  # "Whitcombe told reporters ... She described": Whitcombe
            return st.speaker
        return None

    def _person_between(self, start: int, end: int) -> bool:
        """Whether a person is mentioned between ``start`` and ``end``."""
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), start)
        while i < len(found) and found[i].start < end:
            if found[i].actor.kind == "person":
                return True
            i += 1
        return False

    def _trailing_reporter(self, floor: int, pos: int) -> Actor | None:
        """
        The person who reported the sentence before ``pos`` ("..., spokeswoman X said").

        The reporter of the latest sentence, not its subject, is whom a following "she
        said" or "the diplomat said" takes up.
        """
        sent = self._sentence_start(pos)
        if sent <= floor:
            return None
        prev = max(floor, self._sentence_start(sent - 1))
        text = self.doc.text
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), sent) - 1
        while i >= 0 and found[i].start >= prev:
            m = found[i]
            i -= 1
            if m.actor.kind != "person":
                continue
            if _TRAILING_CUE_RE.match(text, m.end) and text.rfind(", ", prev, m.start) >= 0:
                return m.actor
            if _INVERTED_CUE_RE.search(text, max(prev, m.start - 8), m.start):
                return m.actor  # "..., said Lena Okafor, the group's director."
            return None
        return None

    def _who_antecedent(self, pos: int) -> Actor | None:
        """
        The person named before ", who" in the sentence, when no one is named after it.

        The relative clause that holds ``pos`` (a pronoun) is about that person.
        """
        text = self.doc.text
        start = self._sentence_start(pos)
        if text.find(", who ", start, pos) < 0:
            return None
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), pos) - 1
        while i >= 0 and found[i].start >= start:
            m = found[i]
            i -= 1
            if m.actor.kind != "person" or self._inside_quote(m.start):
                continue
            if text[m.start : m.end].lower() in _PRONOUN_FORMS:
                continue  # the links' reading of a pronoun: only names count
            if _WHO_RE.match(text, m.end) is None:
                return None  # someone is named after the relative's antecedent
            return m.actor
        return None

    def _captioned_holder(self, words: str) -> Actor | None:
        """
        The holder of an office the story describes but never names, named by a caption.

        "... the secretary said" under a photo captioned "Philippine Foreign Secretary Ana
        Cruz speaks to reporters": the caption's title holds every word of the description
        ("the Philippine foreign secretary", "the secretary"), and the story never names her.
        """
        described = [w.lower() for w in words.split(" ")[1:]]
        found: set[str] = set()
        for caption in self.doc.captions:
            for m in _CAPTION_NAME_RE.finditer(caption):
                run = m.group(1).split(" ")
                k = next((i for i, w in enumerate(run) if w.lower() == described[-1]), -1)
                if k < 0 or len(run) - k - 1 not in _CAPTION_NAME_WORDS:
                    continue
                title = {w.lower() for w in run[: k + 1]}
                if all(w in title for w in described):
                    found.add(" ".join(run[k + 1 :]))
        if len(found) != 1:
            return None
        name = found.pop()
        if name.rsplit(" ", 1)[-1] in self.doc.text:
            return None  # the story names the holder: the links take the description up
        return Actor(name=name, kind="person")

    def _named_only_inside(self, actor: Actor, pos: int) -> bool:
        """
        Whether ``actor`` is named only inside the quotation at ``pos`` (or ending before it).

        The person a speaker names in their own words is not the description after them.
        """
        i = bisect.bisect_right(self.opens, pos) - 1
        if i < 0:
            return False
        q = self.quotes[i]
        if q.open != pos and q.end > pos:
            return False
        surname = actor.name.rsplit(" ", 1)[-1]
        return surname in self.doc.text[q.start : q.end] and surname not in self.doc.text[: q.open]

    def _linked(self, span: tuple[int, int]) -> Actor | None:
        """The actor links' speaker, unless they read only a modifier of the named head."""
        actor = self.resolve(self.doc, *span)
        body = self._official_name(span, actor) or self._as_written(span, actor)
        if body is not None:
            return body
        if (
            actor is not None
            and actor.kind == "person"
            and actor.name.rsplit(" ", 1)[-1].lower() in _ORG_HEADS
        ):
            # "the army's General Command said": a title word before a body's head noun
            words = self.doc.text[span[0] : span[1]].split(" ")
            if words[0].lower() in _ARTICLES:
                words = words[1:]
            if all(w[:1].isupper() for w in words):
                return Actor(name=" ".join(words), kind="organization")
        if actor is not None and actor.kind == "person" and not self._heads(span, actor):
            # "Lund campaign manager Jo Vance": the links read only Lund
            return self._by_name(span) or actor
        if (
            actor is not None
            and actor.kind == "country"
            and " " in self.doc.text[span[0] : span[1]]
        ):
            # "police Chief Chuck Jordan": a surname spelt like a country
            person = self._by_name(span)
            if person is not None and (
                (person.kind == "person" and _FULL_NAME_RE.fullmatch(person.name))
                or person.name.split(" ", 1)[0].lower() in _MEDIA_LEADS
            ):
                return person
        return actor

    def _official_name(self, span: tuple[int, int], actor: Actor | None) -> Actor | None:
        """
        A body's full official name, where the links read less of it.

        "the UAE Ministry of Foreign Affairs", "the Department of Foreign Affairs and
        Trade": a capitalised body head, "of" and capitalised words (joined by "and") name
        the body whole; the links may read only its country or stop at "and".
        """
        toks = self._toks(*span)
        if toks and toks[0][_LOW] in _ARTICLES:
            toks = toks[1:]
        k = next(
            (
                k
                for k in range(min(len(toks) - 2, 4))
                if toks[k][_CAP]
                and (
                    (toks[k][_LOW] in _BODY_HEADS and toks[k + 1][_LOW] in {"of", "for"})
                    or (toks[k][_LOW] in _FORCE_NAME_HEADS and toks[k + 1][_LOW] == "of")
                )
            ),
            -1,
        )
        if (
            k < 0
            or not all(t[_CAP] for t in toks[:k])
            or not toks[-1][_CAP]
            or not all(
                # "the Ministry of Police, Prisons and Corrections": fields listed
                t[_CAP] or t[_LOW] in _OFFICIAL_GLUE or t[_TEXT] == ","
                for t in toks[k + 2 :]
            )
        ):
            return None
        name = self.doc.text[toks[0][_START] : toks[-1][_END]]
        if actor is not None and actor.kind != "country" and len(actor.name) >= len(name):
            return None
        country = actor.country if actor is not None else None
        if country is None:
            country = next((DEMONYMS[t[_TEXT]] for t in toks[:k] if t[_TEXT] in DEMONYMS), None)
        return Actor(name=name, kind="organization", country=country)

    def _as_written(self, span: tuple[int, int], actor: Actor | None) -> Actor | None:
        """
        A body named by more capitalised words than the links read: its name as written.

        "The National Defense Ministry said": the links read "Defense Ministry" (or a
        known body that shares its head, "the National Security Council" read as the UN's);
        the words written name the body.  A country's adjective the links replaced by a
        name of their own ("the Chinese Foreign Ministry" read as the Ministry of Foreign
        Affairs) keeps their reading.
        """
        if actor is None or actor.kind != "organization":
            return None
        toks = self._toks(*span)
        if toks and toks[0][_LOW] in _ARTICLES:
            toks = toks[1:]
        if len(toks) > 2 and toks[0][_CAP] and _POSSESSIVE_RE.search(toks[0][_TEXT]):
            toks = toks[1:]  # "the AU's Peace and Security Council": the possessor owns it
        if (
            not 1 < len(toks) <= _NAME_WORDS_MAX + 1
            or toks[-1][_LOW] not in _ORG_HEADS
            or not all(
                # "the Peace and Security Council": "and" joins two words of the name
                (t[_CAP] or (t[_LOW] == "and" and 0 < k < len(toks) - 2)) and "." not in t[_TEXT]
                for k, t in enumerate(toks)
            )
            or any(_POSSESSIVE_RE.search(t[_TEXT]) for t in toks)
        ):
            return None
        known = set(actor.name.lower().split())
        written = [t[_LOW] for t in toks]
        extra = [t[_TEXT] for t in toks if t[_LOW] not in known and t[_CAP]]
        missing = known.difference(written)
        if not extra or (missing and any(w in DEMONYMS or place_actor(w) for w in extra)):
            return None
        country = actor.country if not missing else None
        return Actor(name=" ".join(t[_TEXT] for t in toks), kind="organization", country=country)

    def _heads(self, span: tuple[int, int], actor: Actor) -> bool:
        """Whether ``actor`` is named by the head of the phrase (its last capitalised words)."""
        toks = self._toks(*span)
        head = _name_head(toks)
        if len(head) == len(toks) or not head[-1][_CAP]:
            return True  # no description before a name: nothing to choose
        return head[-1][_TEXT] in actor.name.split()

    def _team(self, span: tuple[int, int]) -> Actor | None:
        """
        A body named after a person: "the Lund campaign", "Lund's campaign", "her campaign".

        The head of the phrase is the body ("campaign", "administration"), not the person
        whose name modifies it, so the speaker is the organisation "Lund campaign".
        """
        toks = self._toks(*span)
        if len(toks) < 2 or toks[-1][_CAP] or toks[-1][_LOW] not in _TEAM_HEADS:
            return None
        words = [t[_TEXT] for t in toks[:-1]]
        while words and (
            words[0].lower() in _ARTICLES or words[0].lower().rstrip(".") in _HONORIFICS
        ):
            words = words[1:]
        names = [_POSSESSIVE_RE.sub("", w) for w in words]
        if not names or not all(w[:1].isupper() for w in names):
            return None
        return Actor(name=f"{' '.join(names)} {toks[-1][_LOW]}", kind="organization")

    def _body_opening_before(self, at: int, pos: int) -> Actor | None:
        """
        The body that opens the sentence before ``at``, which an "it" or "they" takes up.

        "In Peking the news agency gave another version. It said ...", "Tajikistan's border
        troops disagreed. In a statement, they said ...": the subject (after a place or
        time phrase) is a body's name, ending in a body's head noun.
        """
        begin = self._sentence_start(at)
        if begin <= 0 or self._para_of(begin - 1) < self._para_of(at) - 1:
            return None
        prev = self._sentence_start(begin - 1)
        toks = self._toks(prev, begin)
        i = 0
        if len(toks) > 2 and toks[0][_LOW] in {"in", "at", "from"} and toks[1][_CAP]:
            i = 2
            while i < len(toks) and toks[i][_CAP] and toks[i][_LOW] not in _ARTICLES:
                i += 1
            if i < len(toks) and toks[i][_TEXT] == ",":
                i += 1
        first = i
        head = -1
        for k in range(first, min(len(toks), first + _NAME_WORDS_MAX + 2)):
            t = toks[k]
            if not t[_TEXT][:1].isalpha():
                break
            if t[_LOW] in _ORG_HEADS or t[_LOW] in _FORCE_NAME_HEADS:
                head = k
        if head < 0:
            return None
        if head == first:
            head = _name_after_head(toks, head)
        actor = self._speaker((toks[first][_START], toks[head][_END]), pos, quiet=True)
        return actor if actor is not None and actor.kind == "organization" else None

    def _firm_named_before(self, at: int) -> Actor | None:
        """
        The firm "the company said" takes up: a name after a firm's noun before it.

        "The vessel's owner, Fjordline Shipping, said ...", "Danish operator Nordso Ferries
        said ...": the last such name within reach of the phrase.
        """
        text = self.doc.text
        found = None
        for found in _FIRM_INTRO_RE.finditer(text, max(0, at - _RECALL_CHARS), at):  # noqa: B007 - the last one
            pass
        if found is None:
            return None
        name = _CAP_RUN_RE.match(text, found.end())
        if name is None or name.end() > at:
            return None
        return Actor(name=name.group(), kind="organization")

    def _counterpart(self, span: tuple[int, int]) -> Actor | None:
        """
        "His Thai counterpart": the person of that country the article named last before.

        The speaker's phrase may stop before the lower-case noun ("His Thai" of "His Thai
        counterpart, in no softer mood, told ..."); the noun after it is read too.
        """
        m = _COUNTERPART_RE.match(self.doc.text, span[0])
        if m is None or m.end() < span[1]:
            return None
        code = DEMONYMS.get(m.group(1))
        if code is None:
            return None
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), span[0])
        for k in range(i - 1, -1, -1):
            actor = found[k].actor
            if actor.kind == "person" and actor.country == code:
                return actor
        return None

    def _bracketed_body(self, span: tuple[int, int]) -> Actor | None:
        """
        A body named with its parent's acronym in brackets inside its name.

        "the Islamic Revolution Guards Corps (IRGC) Ground Force", "the Syrian Democratic
        Forces (SDF) Media Centre": the whole name less the bracket, an organisation of the
        country the acronym's body belongs to (when the table knows it).
        """
        toks = self._toks(*span)
        for k in range(3, len(toks) - 1):
            if _inner_acronym(toks, k) and toks[k + 1][_CAP]:
                first = 1 if toks[0][_LOW] == "the" else 0
                if first >= k - 2:
                    return None
                text = self.doc.text
                parent = text[toks[first][_START] : toks[k - 3][_END]]
                name = f"{parent} {text[toks[k + 1][_START] : span[1]]}"
                known = ORGANIZATIONS.get(toks[k - 1][_TEXT])
                return Actor(name=name, kind="organization", country=known[1] if known else None)
        return None

    def _possessed_body(self, span: tuple[int, int]) -> Actor | None:
        """
        A country's body named with the country's possessive: "Tajikistan's border troops".

        The words after "X's" that end in a body's head noun ("troops", "foreign office",
        "Revolutionary Guards") are the body, of that country.
        """
        toks = self._toks(*span)
        if len(toks) < 2 or len(toks) > _NAME_WORDS_MAX + 1:
            return None
        # "Belarus' State Border Committee": a name ending in s takes a bare apostrophe
        owner = _POSSESSIVE_RE.sub("", toks[0][_TEXT]).rstrip("'\u2019")
        code = COUNTRY_NAMES.get(owner)
        if code is None or owner == toks[0][_TEXT]:
            return None
        last = toks[-1][_LOW]
        if last not in _OWNED_HEADS:
            return None
        return Actor(name=" ".join(t[_TEXT] for t in toks[1:]), kind="organization", country=code)

    def _members_body(self, span: tuple[int, int]) -> Actor | None:
        """
        A body named by whose it is, inside its name: "the Mombasa traders' association".

        Words (a place, then the members' possessive) before a body's head noun: the body,
        as written less the article.
        """
        toks = self._toks(*span)
        if toks and toks[0][_LOW] in _ARTICLES:
            toks = toks[1:]
        if (
            len(toks) < 2
            or len(toks) > _NAME_WORDS_MAX
            or toks[-1][_LOW] not in _ORG_HEADS
            or not any(_POSSESSOR_RE.search(t[_TEXT]) for t in toks[:-1])
            or not all(_POSSESSOR_RE.sub("", t[_TEXT]).replace("-", "").isalpha() for t in toks)
        ):
            return None
        return Actor(name=" ".join(t[_TEXT] for t in toks), kind="organization")

    def _voiced_body(self, at: int, pos: int) -> Actor | None:
        """
        The body an earlier unnamed voice was placed at, for a bare "the source said".

        "A military source at the General Command of the Army said ... The source said":
        the source speaks for the body the article placed it at.
        """
        found = None
        for found in _VOICE_AT_BODY_RE.finditer(  # noqa: B007 - the last one
            self.doc.text, max(0, at - _RECALL_CHARS), at
        ):
            pass
        if found is None:
            return None
        start = found.end()
        end = self._sentence_end(start)
        toks = self._toks(start, end)
        np = _np_forward(toks, 0) if toks else None
        if np is None:
            return None
        span = (toks[np[0]][_START], toks[_of_the_body(toks, np[1])][_END])
        actor = self._speaker(span, pos, quiet=True)
        return actor if actor is not None and actor.kind != "person" else None

    def _agency_by_nationality(self, words: str, end: int) -> bool:
        """Whether ``words`` name a news agency by its nationality: "the Soviet news agency"."""
        if words.endswith(_NEWS_AGENCY_WORDS):
            words = words[: -len(_NEWS_AGENCY_WORDS)]
        elif not self.doc.text.startswith(_NEWS_AGENCY_WORDS, end):
            return False
        nationality = words.removeprefix("the ").removeprefix("The ")
        return nationality in DEMONYMS

    def _agency_named_before(self, start: int) -> Actor | None:
        """
        The news agency the story named last before ``start``, in this paragraph or the last.

        "Tass reported. According to the Soviet news agency, ...": the agency taken up by
        its nationality is the one named (the agency table knows its name).
        """
        from diplomeet.outlets._agencies import canonical_agency  # noqa: PLC0415 - as _is_agency

        para = self._para_of(start)
        floor = self.doc.paragraphs[para - 1].start if para > 0 else 0
        for word in reversed(_CAPITALISED_RE.findall(self.doc.text, floor, start)):
            agency = canonical_agency(word)
            if agency is not None:
                return Actor(name=word, kind="organization")
        return None

    def _recent_body(self, pos: int, words: str) -> Actor | None:
        """
        The body a bare "the spokesman said", "the note said" takes up: the latest speaker.

        Only a body (not a person) is taken up, from this paragraph or the last; a body's
        own noun ("the ministry", "the company") only the body whose name holds it.
        """
        noun = words.rsplit(" ", 1)[-1]
        own = noun not in _BODY_PAPERS_AND_VOICES
        para = self._para_of(pos)
        floor = self.doc.paragraphs[para - 1].start if para > 0 else 0
        lo = bisect.bisect_left(self.starts, floor)
        hi = bisect.bisect_left(self.starts, pos)
        for k in range(hi - 1, max(lo, hi - _RECENT_LIMIT) - 1, -1):
            actor = self.results[k][1].speaker
            if actor is None:
                continue
            if actor.kind not in {"organization", "group"}:
                return None
            if own and noun not in actor.name.lower().split():
                return None
            return actor
        return self._body_named_before(floor, pos, noun) if own else None

    def _body_named_before(self, floor: int, pos: int, noun: str) -> Actor | None:
        """
        The latest body named between ``floor`` and ``pos`` whose name holds ``noun``.

        "The Directorate General of Military Operations confirmed the exchange of fire.
        '...,' the directorate said": the body named, though it said nothing before.
        """
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), pos) - 1
        while i >= 0 and found[i].start >= floor:
            actor = found[i].actor
            i -= 1
            if actor.kind == "organization" and noun in actor.name.lower().split():
                return actor
        # a body the actor stage does not read as one ("Pakistan's Permanent Mission to the
        # United Nations"): the latest run of capitalised words holding the noun
        last = None
        for match in _capitalised_body_re(noun).finditer(self.doc.text, floor, pos):
            last = match
        if last is None:
            return None
        owner = last.group("owner")
        return Actor(
            name=last.group("name"),
            kind="organization",
            country=COUNTRY_NAMES.get(owner) if owner else None,
        )

    def _article_body(self, noun: str, pos: int) -> Actor | None:
        """
        The body a bare "a ministry statement", "the ministry" (``noun``) takes up.

        The latest body named before ``pos`` anywhere in the article whose name holds the
        noun; else, for a ministry, the one of the latest minister of a portfolio
        ("Deputy Foreign Minister A ... a ministry communique": the Foreign Ministry).
        """
        home = self._dateline_country()
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), pos) - 1
        while i >= 0:
            actor = found[i].actor
            i -= 1
            # (a body of another country than the dateline's is not the bare one's)
            if (
                actor.kind == "organization"
                and noun in actor.name.lower().split()
                and (home is None or actor.country in {None, home})
            ):
                return actor
        if noun != "ministry":
            return None
        i = bisect.bisect_left(_mention_starts(self.doc), pos) - 1
        while i >= 0:
            actor = found[i].actor
            i -= 1
            title = (actor.title or "").lower().split()
            if actor.kind != "person" or title[-1:] != ["minister"]:
                continue
            k = len(title) - 1
            while k > 0 and title[k - 1] in _BODY_ADJECTIVES:
                k -= 1
            if k == len(title) - 1:
                continue  # "Prime Minister", "Minister": no ministry of a portfolio
            name = " ".join(w.capitalize() for w in title[k:-1])
            country = actor.country or home
            return Actor(name=f"{name} Ministry", kind="organization", country=country)
        return None

    def _members_lower(self, span: tuple[int, int]) -> Actor | None:
        """The body "the Grimsby fishermen's association" names, as written (less "the")."""
        toks = self._toks(*span)
        if _members_body_lower(toks, len(toks) - 1) != (0, len(toks) - 1):
            return None
        name = self.doc.text[toks[1][_START] : toks[-1][_END]]
        return Actor(name=name, kind="organization", country=self._dateline_country())

    def _title_initials(self, span: tuple[int, int]) -> Actor | None:
        """
        A person taken up by the initials of their title: "the CS said", "the PM said".

        "Interior Cabinet Secretary Wafula Nyamweya ... The CS said": the latest person
        named before whose title's initials end with the letters (Kenyan, Indian, British
        dailies write "the CS", "the PM", "the CM", "the DG").
        """
        m = _TITLE_INITIALS_RE.fullmatch(self.doc.text, *span)
        if m is None:
            return None
        letters = m.group(1).lower()
        found = mentions(self.doc)
        k = bisect.bisect_left(_mention_starts(self.doc), span[0]) - 1
        floor = span[0] - _RECALL_CHARS
        while k >= 0 and found[k].start >= floor:
            actor = found[k].actor
            title = actor.title if actor.kind == "person" else None
            if title and _initials_of_title(title).endswith(letters):
                return actor
            k -= 1
        return None

    def _aged(self, span: tuple[int, int], pos: int) -> Actor | None:
        """
        A person taken up by their age: "the 61-year-old said", "the 38-year-old cook said".

        The person named before with that age ("Mykola Hrytsenko, 61,", "the 61-year-old
        Hrytsenko"); else, like "he", the latest speaker.
        """
        m = _AGED_SPEAKER_RE.fullmatch(self.doc.text, *span)
        if m is None:
            return None
        age = m.group(1)
        text = self.doc.text
        found = mentions(self.doc)
        k = bisect.bisect_left(_mention_starts(self.doc), span[0]) - 1
        floor = span[0] - _RECALL_CHARS
        while k >= 0 and found[k].start >= floor:
            mention = found[k]
            k -= 1
            if mention.actor.kind != "person":
                continue
            after = text[mention.end : mention.end + 6]
            before = text[max(0, mention.start - 14) : mention.start]
            if after.startswith(f", {age},") or f"{age}-year-old" in before:
                return mention.actor
        return self._he_or_she(span, pos)

    def _described_acronym(self, span: tuple[int, int]) -> Actor | None:
        """
        A body's acronym after its lower-case description: "the maritime agency UKMTO".

        "the British maritime security agency UKMTO", "the state railway company UZ": the
        acronym names the body the description's head noun ("agency", "company") says it is.
        """
        toks = self._toks(*span)
        if len(toks) < 2 or not _BODY_ACRONYM_RE.fullmatch(toks[-1][_TEXT]):
            return None
        head = toks[-2]
        if head[_CAP] or head[_LOW] not in _ORG_HEADS:
            return None
        return Actor(name=toks[-1][_TEXT], kind="organization")

    def _country_led_body(self, span: tuple[int, int], country: Actor) -> Actor | None:
        """
        The body a country's name (or people's) only begins or describes.

        "US Central Command", "the New China News Agency", "the Ghana Fishermen's Association":
        capitalised words ending in a body's head noun are the body's name. "the British
        maritime security agency UKMTO": a body's acronym after its lower-case description is
        the body.
        """
        toks = self._toks(*span)
        if toks and toks[0][_LOW] in _ARTICLES:
            toks = toks[1:]
        if len(toks) < 2 or len(toks) > _NAME_WORDS_MAX + 2:
            return None
        last = toks[-1]
        if (
            last[_LOW] not in _ORG_HEADS
            or not all(
                # (members' possessive inside the name: "the Ghana Fishermen's Association")
                t[_CAP] and (0 < k < len(toks) - 1 or not _POSSESSIVE_RE.search(t[_TEXT]))
                for k, t in enumerate(toks)
            )
        ) and not _members_named_body(toks):
            return None  # "the Belize Fishermen's Co-operative" is a body
        return Actor(
            name=" ".join(t[_TEXT] for t in toks), kind="organization", country=country.country
        )

    def _named_body(self, span: tuple[int, int]) -> Actor | None:  # noqa: PLR0911 - one per shape
        """
        An organisation named like a person: "the Clarion reported", "the UFW said".

        A proper name after "the" with no title is no person's ("the Rev. Jo Li" has one),
        nor is an acronym in capitals (a speaker's turn of a transcript, "LI:", aside).
        """
        toks = self._toks(*span)
        text = self.doc.text
        if not toks:
            return None
        if len(toks) == 1:
            word = toks[0][_TEXT]
            if (
                _BODY_ACRONYM_RE.fullmatch(word)
                and not text.startswith(":", span[1])
                and not text.startswith("-", span[0] - 1)  # "(R-OH)"
                and not _TIME_WORDS.intersection((word.lower(),))
            ):
                return Actor(name=word, kind="organization")
            return None
        if (
            len(toks) <= 3  # "an RSF spokesperson": article, acronym, role
            and toks[-1][_LOW] in _BODY_VOICES
            and _ACRONYM_RE.fullmatch(toks[-2][_TEXT])
            and (len(toks) == 2 or toks[0][_LOW] in {"a", "an", "the"})
        ):
            return Actor(name=toks[-2][_TEXT], kind="organization")  # spelt out by the caller
        # (a body's name may run longer than a person's: "the Royal Solomon Islands Police
        # Force", its head last)
        longest = _BODY_WORDS_MAX if toks[-1][_LOW] in _ORG_HEADS else _NAME_WORDS_MAX
        if toks[0][_LOW] != "the" or len(toks) > longest + 1:
            return None
        rest = toks[1:]
        if not all(t[_CAP] for t in rest) or any(
            t[_LOW].rstrip(".") in _HONORIFICS
            or t[_LOW] in _ROLE_WORDS
            or "." in t[_TEXT]
            or _POSSESSIVE_RE.search(t[_TEXT])  # "the Clarion's Jo Li" is Li
            for t in rest
        ):
            return None
        if all(w in _OFFICE_WORDS for t in rest for w in t[_LOW].split("-")):
            return None  # "the Vice-President", "the Prime Minister": an office, not a body
        return Actor(name=" ".join(t[_TEXT] for t in rest), kind="organization")

    def _by_name(  # noqa: C901, PLR0911, PLR0912 - one return per shape of name
        self, span: tuple[int, int]
    ) -> Actor | None:
        """
        The speaker a cue names when the actor links do not know the name.

        The words in a speaker's place ("said Jo Vance", "Vance, a pollster, said") that
        have the shape of a proper name (capitalised words, after any title) name that
        speaker; a later surname alone finds the same actor.
        """
        toks = self._toks(*span)
        while toks and (toks[0][_LOW] in _ARTICLES or toks[0][_LOW].rstrip(".") in _HONORIFICS):
            toks = toks[1:]
        if _capitalised_body(toks) or _field_body(toks) or _members_named_body(toks):
            # "The National Police Service said": a body's own name, whose first words
            # ("National", "Security") also open a person's job ("national security adviser")
            return Actor(name=" ".join(t[_TEXT] for t in toks), kind="organization")
        voiced = bool(toks) and toks[0][_LOW] in _ROLE_WORDS
        while toks and toks[0][_LOW] in _ROLE_WORDS:
            toks = toks[1:]
        if voiced and toks and toks[0][_LOW] in _PREPOSITIONS:
            return _body_voiced(toks[1:])  # "a spokesman for the Air Force"
        toks = _name_head(toks)
        toks = toks[_after_titles(toks) :]
        if (
            _NAME_WORDS_MAX < len(toks) <= _LONG_BODY_WORDS_MAX
            and toks[-1][_LOW] in _ORG_HEADS
            and all(t[_CAP] and not _POSSESSIVE_RE.search(t[_TEXT]) for t in toks)
        ):
            # "The Royal Virgin Islands Police Force said": a body's long name, whole
            return Actor(name=" ".join(t[_TEXT] for t in toks), kind="organization")
        if not toks or len(toks) > _NAME_WORDS_MAX:
            return None
        words = [_POSSESSIVE_RE.sub("", t[_TEXT]) for t in toks]
        if not all(
            w[:1].isupper() or w.lower() in _NP_GLUE or _PARTICLE_NAME_RE.match(w) for w in words
        ):
            return None
        if len(words) > 1 and _REGNAL_RE.fullmatch(words[-1]):
            words = words[:-1]  # "Jo Newkirk II", "Jo Li Jr."
        if all(w.isupper() and len(w) > 1 for w in words):
            words = [w.title() for w in words]  # a transcript's "PENCE:"
        last = words[-1]
        if last.lower() in _OPENERS or last.lower() in _TIME_WORDS or last.isupper():
            return None
        if last.lower() in _ORG_HEADS or (len(words) > 1 and words[0].lower() in _MEDIA_LEADS):
            # "Radio Tanzania said", "Television Kenya reported": a broadcaster
            return Actor(name=" ".join(words), kind="organization")
        # "Ankara said": a government (a place standing for it), not a person
        known = (
            self.named.get(last.lower())
            # "Dewi said" after "Dewi Anggraini, a lecturer, said": a given name alone
            or (self.given.get(last.lower()) if len(words) == 1 else None)
            or place_actor(" ".join(words))
        )
        if known is not None:
            return known
        person = self._people_by_word().get(last)
        if person is not None:
            return person  # "Yoon" for "Yoon Ha-jin", whose surname comes first
        if len(words) == 1:
            # "Paredes told reporters" after "led by Jorge Andres Paredes Nunez": the full
            # name written before, with both family names (Spanish and Portuguese style)
            person = self._named_in_full(last, span[0])
            if person is not None:
                self.named[last.lower()] = person
                return person
        actor = Actor(name=" ".join(words), kind="person")
        self.named[last.lower()] = actor
        if len(words) > 1 and words[0][:1].isupper():
            self.given.setdefault(words[0].lower(), actor)
        return actor

    def _named_in_full(self, word: str, at: int) -> Actor | None:
        """
        The person first named in full with ``word`` as a family name before ``at``.

        "Jorge Andres Paredes Nunez": a given name or two, then the word, then at most one
        more family name; none of the words a title, a place or a body's.
        """
        pattern = _full_name_re(word)
        m = pattern.search(self.doc.text, max(0, at - _RECALL_CHARS), at)
        if m is None:
            return None
        names = m.group().split(" ")
        cut = names.index(word)
        given = names[:cut]
        # (the word list, 7 MB in memory, is loaded only when a surname needs it)
        from diplomeet._words import ALSO_NAMES, COMMON  # noqa: PLC0415

        while given and given[0].lower() in COMMON and given[0].lower() not in ALSO_NAMES:
            given = given[1:]  # "The Rachel Maddow": an article or a common word before it
        tail = names[cut + 1 :]
        if tail and tail[0].lower() in COMMON:
            tail = []  # "Rachel Maddow Show", "Salma Hayek Described": no family name
        if not given:
            return None
        names = [*given, word, *tail]
        if any(
            n.lower() in _TITLE_WORDS
            or n.lower() in _ORG_HEADS
            or n in COUNTRY_NAMES
            or n in DEMONYMS
            or place_actor(n) is not None
            for n in names
        ):
            return None
        return Actor(name=" ".join(names), kind="person")

    def _people_by_word(self) -> dict[str, Actor]:
        """Each word of a person's name -> the first person mentioned whose name has it."""
        if self.people_by_word is None:
            self.people_by_word = {}
            for m in mentions(self.doc):
                if m.actor.kind == "person":
                    for word in m.actor.name.split():
                        self.people_by_word.setdefault(word, m.actor)
        return self.people_by_word

    def _add(self, q: Quotation | None, stmt: Statement) -> None:
        """
        Keep ``results`` in text order of the evidence, for the context searches.

        A quotation running over paragraphs is one statement per paragraph, each with the
        speaker of the whole: the reporter reopens the quote marks where the speaker paused.
        """
        if q is not None and len(q.parts) == 2:
            text = self.doc.text
            for a, b in q.parts:
                part = text[a:b].strip()
                if part:
                    self._insert(q, attrs.evolve(stmt, quote=part))
            return
        self._insert(q, stmt)

    def _insert(self, q: Quotation | None, stmt: Statement) -> None:
        i = bisect.bisect_right(self.starts, stmt.evidence.start)
        self.starts.insert(i, stmt.evidence.start)
        self.results.insert(i, (q, stmt))

    def _recent_speaker(self, pos: int) -> Actor | None:
        """The speaker of the latest statement before ``pos``, this paragraph or the last."""
        recent = self._recent_speakers(pos)
        return recent[0] if recent else None

    def _opening_subject(  # noqa: C901, PLR0911, PLR0912 - one return per shape of opening
        self, pos: int
    ) -> tuple[int, Actor] | None:
        """
        The person opening the sentence before the one at ``pos``, in the same paragraph.

        "Li was more cautious. “...,” he said.": the name (after capitalised titles only)
        stands first in the sentence right before the quotation's.
        """
        text = self.doc.text
        sent = self._sentence_start(pos)
        para_start = self._para_bounds(pos)[0]
        named_only = False
        if sent <= para_start:
            # A quotation opening its paragraph: the last sentence of the paragraph before,
            # when it names its subject (a pronoun there is the links' guess).
            if para_start == 0 or text[para_start:pos].strip():
                return None
            sent = para_start
            para_start = self._para_bounds(sent - 1)[0]
            named_only = True
        prev = self._sentence_start(sent - 1)
        if prev < para_start:
            return None
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), prev)
        while (
            i < len(found)
            and found[i].start < sent
            and text[found[i].start : found[i].end].lower() in _POSSESSIVE_WORDS
        ):
            i += 1  # "In his assessment, Mayor Li ...": a possessive in the opening phrase
        if (
            i < len(found)
            and found[i].start < sent
            and _OTHER_PERSON_LEAD_RE.fullmatch(text, prev, found[i].start) is not None
        ):
            # "Like Lopez, the retired teacher Tomas Berg does not want ...": the person of
            # the opening phrase is compared with (or met by) the subject after its comma
            comma = text.find(",", found[i].end, min(sent, found[i].end + _OTHER_PERSON_REACH))
            if comma < 0:
                return None
            prev = comma + 1
            while prev < sent and text[prev] in " \t":
                prev += 1
            aside = _RELATIVE_ASIDE_RE.match(text, prev, sent)
            prev = prev if aside is None else aside.end()  # "Absent A's plan, which ..., B"
            i = bisect.bisect_left(_mention_starts(self.doc), prev)
            if i >= len(found) or found[i].start >= sent:
                # a name the links do not know: "Unlike Lopez, Tomas Berg does not ..."
                lead = _DET_LEAD_RE.match(text, prev, sent)  # "the retired teacher Tomas Berg"
                bare = _LED_NAME_RE.match(text, prev if lead is None else lead.end(), sent)
                if bare is not None:
                    return (bare.start(), Actor(name=bare.group(), kind="person"))
                return self._job_led_name(prev, sent)
        unlinked = self._unlinked_subject(prev, sent)
        if unlinked is not None:
            k = i
            while (
                k < len(found) and found[k].end <= unlinked[0] and found[k].actor.kind != "person"
            ):
                k += 1  # "Lagos's Tunde Ajayi-Cole": the place that owns the name
            if k >= len(found) or found[k].start > unlinked[0]:
                return unlinked
            if found[k].start == unlinked[0] and found[k].actor.kind == "person":
                return (found[k].start, found[k].actor)
        if i >= len(found) or found[i].start >= sent:
            return None if named_only else self._job_led_name(prev, sent)
        m = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and nxt.actor.kind == "person"
            and _MODIFIER_GAP_RE.fullmatch(text, m.end, nxt.start) is not None
        ):
            m = nxt  # "Lund campaign chairman Jo Vance": the name the job belongs to
        if (
            m.actor.kind != "person"
            or _POSSESSIVE_RE.match(text, m.end)
            or self._inside_quote(m.start)
            or (named_only and text[m.start : m.end].lower() in _PRONOUN_FORMS)
        ):
            return None
        job = _JOB_RUN_RE.fullmatch(text, prev, found[i].start)
        if not _TITLE_RUN_RE.fullmatch(text, prev, found[i].start) and not (
            # "Opposition spokesman on foreign affairs Dr Jo Li welcomed ...": a job in words
            job is not None and job["head"] in _TITLE_HEADS
        ):
            # "Asked if ..., Jo Li, the spokesman, suggested": one opening phrase, then the name
            lead = _OPENING_PHRASE_RE.match(text, prev, found[i].start)
            after = prev if lead is None else lead.end()
            titled = lead is not None and _TITLE_RUN_RE.fullmatch(text, after, found[i].start)
            # "Human rights lawyer Ana Ruiz disagreed.", "Her old rival, the Chilean
            # diplomat Ana Ruiz, remembers ...": a job description ending before the name.
            # "The regional governor, Oleh Sverdliuk, said": the mention opens at its job
            described = text[m.start].islower() and _DET_LEAD_RE.fullmatch(text, after, m.start)
            if (
                not titled
                and not described
                and _JOB_LEAD_RE.fullmatch(text, after, m.start) is None
            ):
                return None if named_only else self._job_led_name(prev, sent)
        return (m.start, m.actor)

    def _unlinked_subject(self, prev: int, sent: int) -> tuple[int, Actor] | None:
        """
        A person the links do not know, subject of a reporting verb opening the sentence.

        "Asked about the vote, Tom Haverly suggested that ...", "Ines Marlow, an aide to the
        mayor, insisted ...", "But Ohio's Marta Kellerwood, ..., said": two or three
        capitalised words (after at most one opening phrase, a conjunction, and a place's
        possessive) that no place, body or title table knows, then a reporting verb.
        """
        from diplomeet._words import ALSO_NAMES, COMMON  # noqa: PLC0415 - the large list

        text = self.doc.text
        lead = _OPENING_PHRASE_RE.match(text, prev, sent)
        for at in (prev,) if lead is None else (prev, lead.end()):
            m = _UNLINKED_SUBJECT_RE.match(text, at, sent)
            if m is None or m["verb"] not in _FORM_TO_LEMMA:
                continue
            if m["owner"] is not None and place_actor(m["owner"]) is None:
                continue  # "Ohio's Marta Kellerwood": a place's person, not "Li's aide"
            name = m["name"]
            words = name.split()
            if (
                any(w.lower() in COMMON and w.lower() not in ALSO_NAMES for w in words)
                or words[0].lower() in TITLES
                or name in ORGANIZATIONS
                or any(w in COUNTRY_NAMES or w in CITIES or w in DEMONYMS for w in words)
                or name in COUNTRY_NAMES
                or name in CITIES
                or words[-1].lower() in BODY_NOUNS
                or place_actor(words[-1]) is not None
            ):
                return None
            return (m.start("name"), Actor(name=name, kind="person"))
        return None

    def _job_led_name(self, prev: int, sent: int) -> tuple[int, Actor] | None:
        """
        A person the links do not know, named after a job at the start of a sentence.

        "Human rights lawyer Ana Ruiz disagreed.", "Her rival, the Chilean diplomat Ana
        Ruiz, remembers it differently.": the name of two to four capitalised words right
        after the job words, followed by its verb or an apposition.
        """
        text = self.doc.text
        lead = _OPENING_PHRASE_RE.match(text, prev, sent)
        after = prev if lead is None else lead.end()
        for name in _LED_NAME_RE.finditer(text, after, sent):
            if _JOB_LEAD_RE.fullmatch(text, after, name.start()) is not None:
                return (name.start(), Actor(name=name.group(), kind="person"))
        return None

    def _latest_statement_end(self, pos: int) -> int:
        """Where the evidence of the latest statement with a speaker before ``pos`` ends."""
        hi = bisect.bisect_left(self.starts, pos)
        best = -1
        for k in range(hi - 1, max(0, hi - _RECENT_LIMIT) - 1, -1):
            st = self.results[k][1]
            if st.speaker is not None and st.evidence.end > best:
                best = st.evidence.end
        return best

    def _last_body_speaker(self, pos: int) -> Actor | None:
        """The latest speaker before ``pos`` (here or two paragraphs back), if a body."""
        para = self._para_of(pos)
        # "...," the ministry said. / It said the crew was safe. / "...," it added.
        floor = self.doc.paragraphs[max(0, para - _IT_BACK)].start
        k = bisect.bisect_left(self.starts, pos) - 1
        while k >= 0 and self.starts[k] >= floor:
            actor = self.results[k][1].speaker
            if actor is not None:
                return actor if actor.kind == "organization" else None
            k -= 1
        return None

    def _recent_speakers(self, pos: int) -> list[Actor]:
        """People who spoke before ``pos`` in this paragraph or the last, latest first."""
        para = self._para_of(pos)
        floor = self.doc.paragraphs[para - 1].start if para > 0 else 0
        lo = bisect.bisect_left(self.starts, floor)
        hi = bisect.bisect_left(self.starts, pos)
        out: list[Actor] = []
        for k in range(hi - 1, max(lo, hi - _RECENT_LIMIT) - 1, -1):
            st = self.results[k][1]
            actor = st.speaker
            if actor is not None and actor.kind == "person" and actor not in out:
                out.append(actor)
        return out

    def _when(self, clause: tuple[int, int], q: Quotation) -> TimeRef | None:
        """
        The first date in the attribution clause (or just after it), not in the quote.

        Without one, a statement made at a meeting ("At the talks, X said", "speaking
        after the meeting") takes the last day told before it in its paragraph: the
        meeting's date.
        """
        limit = clause[1] + 40
        for ref in self.doc.dates_in(clause[0], limit):
            span = ref.span
            if span is not None and span.end <= limit and not q.open <= span.start < q.after:
                return ref
        start, end = min(clause[0], q.open), max(limit, q.after)
        if _AT_MEETING_RE.search(self.doc.text, start, end) is None:
            return None
        para = self.doc.paragraphs[self._para_of(start)].start
        for ref in reversed(self.doc.dates_ending_in(para, start)):
            if ref.granularity == "day":
                return ref
        return None

    def _inherit(self, pending: list[tuple[Quotation, str, StatementMode, int]]) -> None:
        """Give cue-less full-sentence quotations the speaker their context points to."""
        for q, quote, mode, para in pending:
            owner = self._words_owned_after(q)
            speaker, cue, when = (
                (owner, None, None) if owner is not None else self._context_speaker(q, para)
            )
            if speaker is None:
                speaker = self._named_next(q, para)
            if speaker is None:
                self.doc.diagnose(
                    "speaker.unknown",
                    "A quotation has no attribution; its speaker is unknown.",
                    span=self.doc.span(q.start, q.end),
                )
            sent_start = self._sentence_start(q.open)
            self._add(
                q,
                _fast_records.statement(
                    speaker=speaker,
                    quote=quote,
                    mode=mode,
                    cue=cue,
                    when=when,
                    evidence=self.doc.span(min(sent_start, q.open), q.after),
                ),
            )

    def _words_owned_after(self, q: Quotation) -> Actor | None:
        """
        The person the sentence right after a cue-less quotation says the words are of.

        '"They took everything." The words are those of Jo Li, a driver', '"..." Those were
        the words of Jo Li': the reporter names the speaker after the quotation, also in
        mid-paragraph, where the speaker of the sentences before would otherwise be taken.
        """
        text = self.doc.text
        start = q.after
        while start < len(text) and text[start] in " \t\n":
            start += 1
        owned = _WORDS_OWNED_RE.match(text, start, start + _WORDS_OWNED_CHARS)
        if owned is None:
            return None
        end = self._sentence_end(owned.end())
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), owned.end())
        if i < len(found) and found[i].end <= end and found[i].actor.kind == "person":
            m = found[i]
            return m.actor if text[m.start : m.end].lower() not in _PRONOUN_FORMS else None
        # a name the actor links did not take up: the capitalised words right after
        name = _WORDS_OWNER_NAME_RE.match(text, owned.end(), end)
        if name is None:
            return None
        actor = self._speaker((name.start(), name.end()), name.start(), quiet=True)
        return actor if actor is not None and actor.kind == "person" else None

    def _named_next(self, q: Quotation, para: int) -> Actor | None:
        """
        The person the sentence after a quotation paragraph names, when nothing before does.

        "“We will not give up a metre.”" then "That was the message from Defence
        Secretary Ramon Cruz ...": a lead quotation whose speaker the reporter names next.
        """
        paragraphs = self.doc.paragraphs
        text = self.doc.text
        if text[paragraphs[para].start : q.open].strip():
            return None
        if text[q.after : paragraphs[para].end].strip():
            start, stop = q.after, paragraphs[para].end  # "“...” Those were Li's words."
        elif para + 1 < len(paragraphs):
            start, stop = paragraphs[para + 1].start, paragraphs[para + 1].end
        else:
            return None
        if self._next_quote_open(start, stop) < stop:
            return None  # the next sentences quote someone themselves
        end = self._sentence_end(start)
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), start)
        while i < len(found) and found[i].end <= end:
            m = found[i]
            i += 1
            if m.actor.kind == "person" and not _POSSESSIVE_RE.match(text, m.end):
                return m.actor if text[m.start : m.end].lower() not in _PRONOUN_FORMS else None
        return None

    def _context_speaker(
        self, q: Quotation, para: int
    ) -> tuple[Actor | None, str | None, TimeRef | None]:
        """
        The speaker of a quotation without a cue of its own, from its neighbours.

        In order: an attributed quotation right after it in the paragraph ("A." "B," she
        said); else whoever spoke or was the subject last, in this paragraph or the one
        before: the latest statement or the first person named in a sentence.
        """
        text = self.doc.text
        if self._unnamed_source_before_colon(q):
            return None, None, None
        k = bisect.bisect_left(self.starts, self._sentence_start(q.open))
        while k < len(self.results):
            nxt_q, nxt = self.results[k]
            k += 1
            if nxt_q is None or nxt_q.open <= q.open:
                continue
            if (
                self._para_of(nxt_q.open) == para
                and not text[q.after : nxt_q.open].strip()
                and nxt.speaker is not None
            ):
                return nxt.speaker, nxt.cue, nxt.when
            break
        floor = self.doc.paragraphs[para - 1].start if para > 0 else 0
        best_pos = -1
        best: tuple[Actor | None, str | None, TimeRef | None] = (None, None, None)
        hi = bisect.bisect_left(self.starts, q.open)
        for k in range(max(0, hi - _RECENT_LIMIT), hi):
            st = self.results[k][1]
            pos = st.evidence.end
            # a statement ending in the paragraph before counts, even when its evidence
            # starts further up ("He said:" / "“...”" / "“...”")
            if floor < pos <= q.open and pos > best_pos and st.speaker:
                best_pos, best = pos, (st.speaker, st.cue, st.when)
        subject = self._last_subject(floor, q.open)
        if subject is not None and subject[0] > best_pos:
            return subject[1], None, None
        return best

    def _unnamed_source_before_colon(self, q: Quotation) -> bool:
        """
        Whether the quotation's sentence opens it with an unnamed source and a colon.

        "An Armenian official who asked not to be named was gloomier: '...'", "One European
        diplomat was blunter: '...'": the words are that source's, whom the article does not
        name, not those of the last person it quoted.
        """
        start = self._sentence_start(q.open)
        intro = self.doc.text[start : q.open].rstrip()
        if not intro.endswith(":"):
            return False
        found = _UNNAMED_INTRO_RE.match(intro)
        return found is not None and found["noun"].lower() in _SOURCE_NOUNS

    def _last_subject(self, floor: int, pos: int) -> tuple[int, Actor] | None:
        """The first person named in the latest sentence before ``pos`` that names one."""
        found = mentions(self.doc)
        i = bisect.bisect_left(_mention_starts(self.doc), pos) - 1
        best: tuple[int, Actor] | None = None
        sentence = -1
        text = self.doc.text
        while i >= 0 and found[i].start >= floor:
            m = found[i]
            nxt = found[i + 1] if i + 1 < len(found) else None
            i -= 1
            if (
                m.actor.kind != "person"
                or self._inside_quote(m.start)
                or _POSSESSIVE_RE.match(text, m.end)
                # "Lund aide Jo Vance": a name modifying another's job is not the subject
                or (
                    nxt is not None
                    and nxt.actor.kind == "person"
                    and _MODIFIER_GAP_RE.fullmatch(text, m.end, nxt.start) is not None
                )
            ):
                continue
            k = bisect.bisect_right(self.sent_starts, m.start) - 1
            if sentence >= 0 and k != sentence:
                break
            sentence = k
            best = (m.start, m.actor)
        return best

    def _inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.opens, pos) - 1
        return i >= 0 and self.quotes[i].open < pos < self.quotes[i].after

    def _indirect(self) -> None:
        """Reported speech: ``Smith said (that) ...`` in sentences without quotations."""
        text = self.doc.text
        quotes, opens = self.quotes, self.opens
        for sent in self.doc.sentences:
            q_i = bisect.bisect_left(opens, sent.start)
            if q_i < len(opens) and opens[q_i] < sent.end:
                continue
            if q_i > 0 and quotes[q_i - 1].after > sent.start:
                continue
            # Only the first cue within reach of the sentence start is read.  The scan stops
            # just past the reach; a word it cut there is no cue.
            stop = sent.start + _INDIRECT_REACH + 1 + _CUE_SCAN_MAX
            if stop > sent.end:
                stop = sent.end
            m = _CUE_SCAN_RE.search(text, sent.start, stop)
            if m is not None and m.start() == sent.start and m.group().endswith("ing"):
                # "Speaking to the media after the lunch, Brandt said ...": an opening
                # participle's clause is no report; the cue after its comma is read
                comma = text.find(", ", m.end(), stop)
                m = _CUE_SCAN_RE.search(text, comma + 2, stop) if comma >= 0 else None
            if m is None or m.start() - sent.start > _INDIRECT_REACH:
                continue
            if m.end() == stop and _WORD_CHAR_RE.match(text, stop):
                continue
            form = m.group()
            lemma = _FORM_TO_LEMMA[form]
            if form.endswith("ing") or lemma in _NOT_REPORTING:
                continue
            if lemma not in {"say", "tell"} and not _THAT_RE.search(text, m.end(), m.end() + 60):
                continue
            self._reported(sent.start, sent.end, m.start())

    def _reported(  # noqa: C901, PLR0911, PLR0912 - each return rejects one non-report
        self, start: int, end: int, cue_at: int
    ) -> None:
        """Read one ``Smith said (that) ...`` sentence whose cue stands at ``cue_at``."""
        text = self.doc.text
        limit = end if end <= cue_at + 60 else cue_at + 60
        if cue_at > start and text[cue_at - 1] in _WORD_INNER:
            # A word may run into the cue ("well-said"): read the stretch whole.
            toks = self._toks(start, limit)
            i = next((k for k, t in enumerate(toks) if t[_START] == cue_at), -1)
        else:
            # No token crosses the cue's start, so the words before it are tokenised alone
            # and the subject checked first: most sentences fail there, and the words after
            # the cue are never read.
            toks = self._toks(start, cue_at)
            i = len(toks)
            np = _np_back(toks, i - 1)  # it reads no token after i - 1
            if np is None or any(
                not (t[_LOW] in _OPENERS or t[_TEXT] == ",")
                for t in toks[_past_participle_opener(toks) : np[0]]
            ):
                return
            toks = toks + self._toks(cue_at, limit)
        cue = _cue_at(toks, i) if i >= 0 else None
        if cue is None or cue.lemma in _NOT_REPORTING:
            return
        if toks[i][_LOW].endswith("ing"):
            return
        np = _np_back(toks, i - 1)
        if np is None or any(
            not (t[_LOW] in _OPENERS or t[_TEXT] == ",")
            for t in toks[_past_participle_opener(toks) : np[0]]
        ):
            return
        j = i + 1
        addressee_np = None
        if cue.lemma in _cues.ADDRESSEE_CUES:
            addressee_np = _np_forward(toks, j)
            if addressee_np is None:
                return
            j = addressee_np[1] + 1
        while j < len(toks) and toks[j][_TEXT] == ",":
            j += 1
        if j < len(toks) and toks[j][_LOW] == "that":
            j += 1
        elif cue.lemma not in {"say", "tell"}:
            return
        if len(toks) - j < 3:
            return
        clause_start = toks[j][_START]
        stop = end
        while stop > clause_start and text[stop - 1] in ".!? ":
            stop -= 1
        speaker = self._speaker((toks[np[0]][_START], toks[np[1]][_END]), cue_at, quiet=True)
        if speaker is None:
            return
        addressee = None
        if addressee_np is not None:
            a_start, a_end = toks[addressee_np[0]][_START], toks[addressee_np[1]][_END]
            if text[a_start:a_end].lower() not in _cues.GENERIC_ADDRESSEES:
                addressee = self.resolve(self.doc, a_start, a_end)
        self._add(
            None,
            _fast_records.statement(
                speaker=speaker,
                quote=text[clause_start:stop],
                mode="indirect",
                addressee=addressee,
                cue=text[cue.start : cue.end],
                when=self._when_in((start, toks[j - 1][_END])),
                evidence=self.doc.span(start, end),
            ),
        )

    def _when_in(self, clause: tuple[int, int]) -> TimeRef | None:
        found = self.doc.dates_in(*clause)
        return found[0] if found else None

    def _dedupe(self) -> list[Statement]:
        """Drop a statement the article repeats word for word (one record per event)."""
        seen: set[tuple[str, str | None, str]] = set()
        out: list[Statement] = []
        for _, stmt in sorted(self.results, key=lambda p: p[1].evidence.start):
            key = (stmt.quote, stmt.speaker.name if stmt.speaker else None, stmt.mode)
            if key in seen:
                continue
            seen.add(key)
            out.append(stmt)
        return self._without_title_teaser(out)

    def _without_title_teaser(self, out: list[Statement]) -> list[Statement]:
        """
        Drop a quotation of the title line that the body quotes in full later.

        'Minister A met B: "The north is our shared home"' over a body quoting '"... The north
        is our shared home, and we will guard it," says A': one statement, the body's, with
        its speaker (the title's name next to the words need not be the speaker's).
        """
        paragraphs = self.doc.paragraphs
        if len(out) < 2 or not paragraphs:
            return out
        title_end = paragraphs[0].end
        title = self.doc.text[paragraphs[0].start : title_end].rstrip(_CLOSING_MARKS)
        if title.endswith((".", "!", "?")):
            return out  # a lead sentence, whose partial quotation is a statement of its own
        kept = []
        for k, stmt in enumerate(out):
            words = stmt.quote.strip(_TEASER_STRIP)
            if (
                stmt.evidence.start < title_end
                and len(words) >= _TEASER_MIN
                and any(
                    other.evidence.start >= title_end and words in other.quote
                    for other in out[k + 1 :]
                )
            ):
                continue
            kept.append(stmt)
        return kept


#: What is stripped off a title's quotation before it is sought in a later one.
_TEASER_STRIP: Final = " .,;:!?'\"\u2018\u2019\u201c\u201d"
#: Quotation marks and spaces closing a line, stripped before its last stop is read.
_CLOSING_MARKS: Final = " '\"\u2019\u201d"
#: The fewest characters of a title's quotation sought in a later one.
_TEASER_MIN: Final = 12


def _name_after_head(toks: list[_Tok], head: int) -> int:
    """
    The last token of a name a body's head noun leads: "Radio| Peking", "Radio Free| Asia".

    A head noun opening a name is completed by the capitalised words right after it.
    """
    while head + 1 < len(toks) and toks[head + 1][_CAP] and toks[head + 1][_TEXT].isalpha():
        head += 1
    return head


def _after_titles(toks: list[_Tok]) -> int:
    """
    Where the name starts after capitalised titles and possessors before it.

    "Senate Minority Whip Dick Durbin" is "Dick Durbin", "Trade Minister Jo Li" is "Jo Li",
    "Action Forum's Jo Li" is "Jo Li": the words up to the last title word or possessor.
    """
    for k in range(len(toks) - 2, -1, -1):
        t = toks[k]
        if t[_LOW].rstrip(".") in _TITLE_WORDS or _POSSESSOR_RE.search(t[_TEXT]):
            start = k + 1
            while start < len(toks) - 1 and toks[start][_LOW] in _NP_GLUE:
                start += 1  # "president of the Bar Association"
            return start
    return 0


def _name_head(toks: list[_Tok]) -> list[_Tok]:
    """
    The name heading a speaker phrase: "Ohio delegate Jo Vance" is "Jo Vance".

    The capitalised words after the last lower-case one (the head of an English noun phrase
    comes last); the whole phrase when it ends in a lower-case word.
    """
    lower = [k for k, t in enumerate(toks) if not t[_CAP] and t[_LOW] not in _NP_GLUE]
    if lower and lower[-1] + 1 < len(toks):
        return toks[lower[-1] + 1 :]
    return toks


# Offices that name no one office: "the leader", "the minister" fit any holder of their kind.
_GENERIC_OFFICES: Final = frozenset(
    {"leader", "minister", "official", "secretary", "head", "chief"}
)
# A description's word for an office written otherwise in a title: "Prime Minister A ...
# the premier said".
_TITLE_SPELLINGS: Final = {"premier": frozenset({"prime", "minister"})}
# Kinds of office one holds alone: no minister is a president, no senator a general.
_HELD_OFFICES: Final = frozenset({"leader", "royal", "minister", "legislator", "military"})
# Offices a description may call by another of their names ("Prime Minister A ... the
# premier said").
_SAME_OFFICE: Final = {
    "premier": "prime minister",
    "head of government": "prime minister",
    "head of state": "president",
}


def _office_in(words: list[str]) -> tuple[str, str] | None:
    """The office ``words`` end with, longest first, and its kind: ("foreign minister", ...)."""
    for k in range(len(words)):
        key = " ".join(words[k:])
        kind = TITLES.get(key)
        if kind is not None:
            return _SAME_OFFICE.get(key, key), kind
    return None


def _other_office(actor: Actor, description: str) -> bool:
    """
    Whether ``actor``'s title names another office than ``description`` (lower case) does.

    "Foreign Minister A ... the prime minister said", "Chancellor B ... the president said",
    "Senator C ... the president said": the description's holder is someone else.  A generic
    word ("the leader", "the minister", "the official") fits any holder of its kind.
    """
    if not actor.title:
        return False
    have = _office_in(actor.title.lower().replace("-", " ").split())
    want = _office_in(description.split()[1:])
    if have is None or want is None or want[0] in _GENERIC_OFFICES:
        return False
    if not _HELD_OFFICES.issuperset((have[1], want[1])):
        return False  # a candidate, a diplomat or a spokesman may hold an office besides
    if have[1] != want[1]:
        return True  # a minister, a senator or a general is no president
    # (a legislator's and an officer's titles have many forms of one office: "Sen." and
    # "the senator", "Rep." and "the congressman", "Gen." and "the general")
    return (
        want[1] in {"leader", "minister"} and have[0] not in _GENERIC_OFFICES and have[0] != want[0]
    )


@functools.lru_cache(maxsize=32)
def _capitalised_body_re(noun: str) -> re.Pattern[str]:
    """
    A body's name written in capitals around ``noun``.

    "the Directorate General of Military Operations", "Pakistan's Permanent Mission to the
    United Nations" (its owner "Pakistan").
    """
    word = r"[A-Z][\w\u2019'&-]*"
    return re.compile(
        rf"(?:\b(?P<owner>{word}(?: {word})?)['\u2019]s )?"
        rf"(?P<name>(?!(?:The|A|An|This|That) )(?:{word} ){{0,4}}{noun.capitalize()}\b"
        rf"(?: General)?(?: (?:of|for|on|to)(?: the)?(?: {word}){{1,4}}){{0,2}})"
    )


def _mention_starts(doc: Document) -> list[int]:
    """Offsets of the actor mentions, computed once per document."""
    starts: list[int] | None = doc.cache.get("statements.mention_starts")
    if starts is None:
        starts = [m.start for m in mentions(doc)]
        doc.cache["statements.mention_starts"] = starts
    return starts


def _people_by_last_words(doc: Document) -> dict[str, Actor]:
    """
    The first person of the article whose name ends in each run of its last words.

    "Jim Jordan" is found under "Jordan"; computed once per document, so that a speaker
    named like a country costs one lookup, not a pass over every mention.
    """
    found: dict[str, Actor] | None = doc.cache.get("statements.people_by_last_words")
    if found is None:
        found = {}
        for m in mentions(doc):
            if m.actor.kind == "person":
                words = m.actor.name.split(" ")
                for k in range(1, len(words)):
                    found.setdefault(" ".join(words[k:]), m.actor)
        doc.cache["statements.people_by_last_words"] = found
    return found


def speaker_at(doc: Document, start: int, end: int) -> Actor | None:
    """
    The actor a speaker phrase names: the head of ``doc.text[start:end]``.

    In English the head of a noun phrase comes last ("Sanders campaign manager Jeff
    Weaver" is Weaver; "a spokesman for the Air Force" speaks for the Air Force), and a
    possessor is never the speaker ("Smith's aide").  So the last actor mention inside the
    phrase that is not a possessor wins; words inside one mention go to
    :func:`~diplomeet._actors.actor_at`.
    """
    found = mentions(doc)
    i = bisect.bisect_left(_mention_starts(doc), start)
    inside = []
    while i < len(found) and found[i].start < end:
        if found[i].end <= end:
            inside.append(found[i])
        i += 1
    if not inside:
        # "Toledo said" after "Superintendent Pedro Toledo": a surname the links left
        # unread (spelt like a town) is the person the article named with it.
        return actor_at(doc, start, end) or _people_by_last_words(doc).get(doc.text[start:end])
    for m in reversed(inside):
        if not _POSSESSIVE_RE.match(doc.text, m.end):
            if m.actor.kind == "country":
                # "Jordan said" in an article about Rep. Jim Jordan: the person speaks.
                person = _people_by_last_words(doc).get(doc.text[m.start : m.end])
                if person is not None:
                    return person
            return m.actor
    return None


def find_statements(doc: Document, resolve: Resolver | None = None) -> list[Statement]:
    """
    Return the statements told in ``doc``: direct, partial and reported speech.

    Args:
        doc: The document; ``doc.dates`` (when filled) gives statements their ``when``.
        resolve: Maps a speaker or addressee span to an :class:`Actor`; defaults to the
            article's actor links.

    Returns:
        The statements in text order, each quotation once.
    """
    return _Finder(doc, resolve or speaker_at).run()
