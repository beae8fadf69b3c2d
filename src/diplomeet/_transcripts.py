"""
Statements of a transcript: paragraphs opened by their speaker's name and a colon.

Foreign ministries and governments publish their press briefings, interviews and joint press
conferences as transcripts ("MR HALE: Good afternoon ...", "Mao Ning: China has always ...",
"Q: ..."), and news sites print excerpts of them.  Each answer is a direct statement of the
person the label names; questions ("QUESTION:", "Q:", or a news outlet asking) are not
statements of anyone the article is about.

A text counts as a transcript when at least two of its paragraphs open with a label, and its
questions are labelled too or its speakers' labels are in capitals ("TAPPER:", "MR HALE:"):
a single "Note:", a dateline with a colon ("RIYADH: ...") or a list of names with figures
("Clinton: 1,769.") reads as it did before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from diplomeet._actors import mentions, surname_key
from diplomeet._countries import CITIES, COUNTRY_NAMES, DEMONYMS
from diplomeet.outlets._agencies import canonical_agency
from diplomeet.outlets._credits import is_person
from diplomeet.outlets._outlet_names import known_outlet
from diplomeet.records import Actor, Statement

if TYPE_CHECKING:
    from diplomeet._document import Document

__all__ = ["transcript_statements"]

# An honorific or office before the name in a label: "MR HALE", "AMBASSADOR OKAFOR".
_LABEL_STYLES: Final = (
    "MR",
    "MS",
    "MRS",
    "DR",
    "AMBASSADOR",
    "SECRETARY",
    "SPOKESPERSON",
    "SPOKESMAN",
    "SPOKESWOMAN",
    "PRESIDENT",
    "MINISTER",
    "PRIME MINISTER",
    "FOREIGN MINISTER",
    "GENERAL",
    "ADMIRAL",
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
)
_LABEL_RE: Final = re.compile(
    r"(?P<label>"
    rf"(?:(?P<style>{'|'.join(_LABEL_STYLES)})\.? )?"
    # a name in capitals ("HALE", "LINDA OKAFOR") or in ordinary case ("Mao Ning")
    r"(?P<name>[A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,2}"
    r"|[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,2})"
    r")"
    # what the speaker is asked or how: "MR HALE (via phone):"
    r"(?: \([^()\n]{1,30}\))?:[ \t]+(?=\S)"
)
# Labels of the questions and of the reporters who ask them.
_QUESTION_LABELS: Final = frozenset({"Q", "QUESTION", "QUESTIONS", "JOURNALIST", "REPORTER"})
# Labels that open paragraphs of other kinds: notes, updates, links.
_NOT_SPEAKERS: Final = frozenset(
    {
        "NOTE",
        "UPDATE",
        "EDITOR'S NOTE",
        "EDITOR\u2019S NOTE",
        "READ MORE",
        "RELATED",
        "WATCH",
        "BREAKING",
        "SOURCE",
        "SOURCES",
        "PHOTO",
        "VIDEO",
        "CORRECTION",
        "CLARIFICATION",
        "ALSO READ",
        "SEE ALSO",
        "MODERATOR",
        "OPERATOR",
        "A",
        "ANSWER",
    }
)
_MIN_LABELS: Final = 2
_MIN_ANSWER_WORDS: Final = 3
_LABEL_MAX_CHARS: Final = 40


def _label_at(text: str, start: int, end: int) -> re.Match[str] | None:
    match = _LABEL_RE.match(text, start, min(end, start + _LABEL_MAX_CHARS + 20))
    if match is None or len(match["label"]) > _LABEL_MAX_CHARS:
        return None
    return match


def _speaks(match: re.Match[str]) -> bool:
    """Whether a label names someone who answers, not a question, a note or a place."""
    name = match["name"]
    if match["style"] is None and (_asks(match) or name.upper() in _NOT_SPEAKERS):
        return False
    titled = _titled(name)
    return not (titled in CITIES or titled in COUNTRY_NAMES or titled in DEMONYMS)


def _asks(match: re.Match[str]) -> bool:
    """Whether a label opens a question: "Q:", "QUESTION:", or a news outlet asking."""
    name = match["name"]
    return match["style"] is None and (
        name.upper() in _QUESTION_LABELS
        or canonical_agency(name) is not None
        or known_outlet(name) is not None
    )


def _titled(name: str) -> str:
    return name.title() if name.isupper() else name


def _speaker(match: re.Match[str], known: dict[str, Actor], *, asked: bool) -> Actor | None:
    """
    The person a label names, or ``None`` when it names no one the article knows.

    The article's person of that surname; else, with an honorific ("MR HALE"), in capitals
    ("TAPPER") or in a text whose questions are labelled too, the label's own name.
    """
    titled = _titled(match["name"])
    actor = known.get(surname_key(titled))
    if actor is not None:
        return actor
    if match["style"] is not None or match["label"].isupper() or (asked and is_person(titled)):
        return Actor(name=titled, kind="person")
    return None


def _labelled(doc: Document) -> list[tuple[int, int, re.Match[str]]]:
    """The paragraphs that open with a label, each with its label."""
    text = doc.text
    labelled: list[tuple[int, int, re.Match[str]]] = []
    for p in doc.paragraphs:
        match = _label_at(text, p.start, p.end) if text[p.start : p.start + 1].isupper() else None
        if match is not None:
            labelled.append((p.start, p.end, match))
    return labelled


def transcript_statements(doc: Document) -> list[Statement]:
    """
    The answers of a transcript as direct statements of the people their labels name.

    Returns an empty list unless at least two paragraphs open with a speaker's label.
    """
    text = doc.text
    if ":" not in text:
        return []
    labelled = _labelled(doc)
    speaking = [(s, e, m) for s, e, m in labelled if _speaks(m)]
    if len(labelled) < _MIN_LABELS or not speaking:
        return []
    asked = any(_asks(m) for _, _, m in labelled)
    if not asked:
        # with no labelled question, only labels in capitals make a transcript ("TAPPER:",
        # "MR HALE:"): names in ordinary case over lines are lists ("Clinton: 1,769.")
        speaking = [(s, e, m) for s, e, m in speaking if m["label"].isupper()]
        if len(speaking) < _MIN_LABELS:
            return []
    known: dict[str, Actor] = {}
    for mention in mentions(doc):
        if mention.actor.kind == "person":
            known.setdefault(surname_key(mention.actor.name), mention.actor)
    out: list[Statement] = []
    for start, end, match in speaking:
        speaker = _speaker(match, known, asked=asked)
        answer = _answer(doc, start, end, match) if speaker is not None else None
        if answer is not None:
            out.append(attrs.evolve(answer, speaker=speaker))
    return out


def _answer(doc: Document, start: int, end: int, match: re.Match[str]) -> Statement | None:
    """The words after a paragraph's label, or ``None`` for a figure ("Clinton: 1,769.")."""
    text = doc.text
    quote_start = match.end()
    quote_end = end
    while quote_end > quote_start and text[quote_end - 1].isspace():
        quote_end -= 1
    if text.count(" ", quote_start, quote_end) < _MIN_ANSWER_WORDS - 1:
        return None
    return Statement(
        quote=text[quote_start:quote_end], mode="direct", evidence=doc.span(start, quote_end)
    )
