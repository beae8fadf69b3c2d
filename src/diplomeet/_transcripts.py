"""
The turns of a transcript: a briefing's answers are its speaker's words, without quote marks.

A press briefing or an interview printed as a transcript gives each turn a label in capitals
at the start of its paragraph (``MR. SMITH: We have seen the reports.``, ``QUESTION: Did the
Minister raise it?``, ``AMBASSADOR LEE: ...``). The words of a speaker's turn are a direct
statement of that speaker; a questioner's turns are not statements. A document is read as a
transcript only when it has both a questioner's turn and a named speaker's turn, so that a
dateline in capitals (``LONDON: ...``) or a header (``SUBJECT: ...``) is never a speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, NamedTuple

if TYPE_CHECKING:
    from diplomeet._document import Document

__all__ = ["SPEAKER_PREFIXES", "Turn", "find_turns"]

# A turn label at the start of a paragraph: one to four words in capitals and a colon.
_LABEL_RE: Final = re.compile(r"([A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,3}):[ \t]+(?=\S)")
# The labels of whoever asks (State Department, White House, UN and ministry transcripts).
_QUESTIONERS: Final = frozenset(
    {"Q", "QUESTION", "QUESTIONER", "REPORTER", "JOURNALIST", "AUDIENCE MEMBER", "PARTICIPANT"}
)
# Words before a speaker's name in a label: honorifics and the offices that brief
# ("MR. PRICE", "SECRETARY BLINKEN", "AMBASSADOR THOMAS-GREENFIELD", "SPOKESPERSON LI").
SPEAKER_PREFIXES: Final = frozenset(
    {
        "MR.",
        "MR",
        "MS.",
        "MS",
        "MRS.",
        "MRS",
        "DR.",
        "DR",
        "AMBASSADOR",
        "SECRETARY",
        "SPOKESPERSON",
        "SPOKESMAN",
        "SPOKESWOMAN",
        "MINISTER",
        "PRESIDENT",
        "GENERAL",
        "ADMIRAL",
        "SENATOR",
    }
)


class Turn(NamedTuple):
    """One paragraph of a named speaker's turn."""

    #: The speaker's surname as the label gives it ("ELLSWORTH").
    surname: str
    #: The label's span ("MR. ELLSWORTH"), the cue of every paragraph of the turn.
    label: tuple[int, int]
    #: The spoken words of the paragraph.
    words: tuple[int, int]


# A broadcast transcript's label: the name in capitals, the role after a comma when the
# speaker is introduced ("ANNA REYES, CNN CORRESPONDENT:", "JOHN OKAFOR, NIGERIAN FOREIGN
# MINISTER:"), the surname alone after that ("REYES:"), and a stage note in brackets
# ("REYES (voice-over):", "OKAFOR (through translator):").
_BROADCAST_LABEL_RE: Final = re.compile(
    r"([A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,4})"
    r"(?:, ([A-Z][A-Z.'\-&/]*(?: [A-Z][A-Z.'\-&/]*){0,7}))?"
    r"(?: \([A-Za-z][A-Za-z ,.\-]{0,40}\))?:(?:[ \t]+(?=\S)|[ \t]*$)",
    re.MULTILINE,
)
# A stage note opening a turn's words: "(Through interpreter) We have ...".
_STAGE_NOTE_RE: Final = re.compile(r"\([A-Za-z][A-Za-z ,.\-]{0,40}\)[ \t]*")
# The roles of a programme's own people, whose turns are the programme's words, not news:
# "CNN ANCHOR", "HOST", "BBC CORRESPONDENT", "NPR NEWS REPORTER".
_JOURNALIST_ROLES: Final = frozenset(
    {
        "ANCHOR",
        "CO-ANCHOR",
        "HOST",
        "CO-HOST",
        "CORRESPONDENT",
        "REPORTER",
        "PRESENTER",
        "NEWSREADER",
        "NEWSCASTER",
        "PRODUCER",
        "BYLINE",
        "MODERATOR",
    }
)
# Labels that name no one: "UNIDENTIFIED MALE:", "CROWD:", a time or a header.
_NOBODY_FIRST: Final = frozenset({"UNIDENTIFIED", "UNKNOWN", "CROWD", "CROWDS", "VOICE", "VOICES"})


def find_turns(doc: Document) -> list[Turn]:
    """
    Return the paragraphs spoken by named speakers of a transcript, in text order.

    A speaker's turn runs from its label to the next labelled paragraph; paragraphs after
    the last labelled one (a closing "(The briefing concluded at 1:21 P.M.)", a footer) are
    no one's words. A paragraph whose words open with a quote mark is left to the quotation
    reader, which already gives a labelled quotation to its speaker.
    """
    labelled = _labelled(doc)
    if not labelled:
        return _broadcast_turns(doc)
    text = doc.text
    paragraphs = doc.paragraphs
    turns: list[Turn] = []
    bounds = [*(k for k, _ in labelled[1:]), len(paragraphs)]
    for (k, m), following in zip(labelled, bounds, strict=True):
        if m is None:
            continue
        # the last turn is its own paragraph, not what closes the document
        nxt = k + 1 if following == len(paragraphs) else following
        surname = m.group(1).rpartition(" ")[2]
        label = m.span(1)
        starts = [m.end()] + [paragraphs[j].start for j in range(k + 1, nxt)]
        ends = [paragraphs[j].end for j in range(k, nxt)]
        for start, end in zip(starts, ends, strict=True):
            if text[start] in "\"\u201c'(" or end - start < 2:
                continue
            turns.append(Turn(surname, label, (start, end)))
    return turns


def _labelled(doc: Document) -> list[tuple[int, re.Match[str] | None]]:
    """
    The labelled paragraphs of a transcript: (index, the speaker's label or ``None``).

    ``None`` stands for a questioner's turn. Empty unless the document has a questioner's
    turn and a named speaker's turn.
    """
    text = doc.text
    labelled: list[tuple[int, re.Match[str] | None]] = []
    questions = 0
    for k, para in enumerate(doc.paragraphs):
        m = _LABEL_RE.match(text, para.start, para.end)
        if m is None:
            continue
        label = m.group(1)
        if label.rstrip(".") in _QUESTIONERS:
            questions += 1
            labelled.append((k, None))
        elif label.split(" ", 1)[0] in SPEAKER_PREFIXES and " " in label:
            labelled.append((k, m))
    if not questions or all(m is None for _, m in labelled):
        return []
    return labelled


def _broadcast_turns(doc: Document) -> list[Turn]:
    """
    The newsmakers' turns of a broadcast programme's transcript, each its own paragraph.

    A programme's transcript introduces each speaker once by full name, with a role ("ANNA
    REYES, CNN CORRESPONDENT:", "JOHN OKAFOR, NIGERIAN FOREIGN MINISTER:") or without one
    ("JOHN OKAFOR: (Through interpreter) ..."), and labels later turns by surname ("REYES
    (voice-over):").  The document is read so only when a speaker is introduced with a
    journalist's role; the turns of the programme's own anchors, hosts and correspondents are
    not statements, those of the others (officials, guests) are theirs, direct.  A turn is its
    paragraph: what follows unlabelled is a voice-over or a continuity line, no one's words.
    """
    text = doc.text
    found, introduced, journalists = _broadcast_labels(doc)
    if not journalists:
        return []
    turns: list[Turn] = []
    for m, surname in found:
        if surname in journalists or surname not in introduced:
            continue
        start = m.end()
        note = _STAGE_NOTE_RE.match(text, start)
        if note is not None:
            start = note.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start >= 2 and text[start] not in "\"\u201c'(":
            turns.append(Turn(surname, m.span(1), (start, end)))
    return turns


def _broadcast_labels(
    doc: Document,
) -> tuple[list[tuple[re.Match[str], str]], set[str], set[str]]:
    """
    A programme transcript's labels with their surnames, and who is introduced, who reports.

    "LONDON, ENGLAND:" (one word before the comma) and "UNIDENTIFIED MALE:" introduce no one.
    """
    text = doc.text
    found: list[tuple[re.Match[str], str]] = []
    journalists: set[str] = set()
    introduced: set[str] = set()
    for para in doc.paragraphs:
        m = _BROADCAST_LABEL_RE.match(text, para.start, para.end)
        if m is None:
            continue
        name, role = m.group(1), m.group(2)
        if name.split(" ", 1)[0] in _NOBODY_FIRST or (role is not None and " " not in name):
            continue
        surname = name.rpartition(" ")[2]
        if " " in name:
            introduced.add(surname)
            if role is not None and set(role.split()) & _JOURNALIST_ROLES:
                journalists.add(surname)
        found.append((m, surname))
    return found, introduced, journalists
