"""
The turns of a transcript: a briefing's answers are its speaker's words, without quote marks.

A press briefing or an interview printed as a transcript gives each turn a label in capitals
at the start of its paragraph (``MR. SMITH: We have seen the reports.``, ``QUESTION: Did the
Minister raise it?``, ``AMBASSADOR LEE: ...``). The words of a speaker's turn are a direct
statement of that speaker; a questioner's turns are not statements. A document is read as a
transcript only when it has both a questioner's turn and a named speaker's turn, so that a
dateline in capitals (``LONDON: ...``) or a header (``SUBJECT: ...``) is never a speaker.

Interviews and briefings printed by a newspaper or a ministry's press office label their
turns in ordinary case instead: the speaker's full name at the first answer and the same name
or its last words after it (``Maria Okonjo-Hale: ...``, ``Okonjo-Hale: ...``), the questions
under ``Question:``, ``Question (Radio Kestrel):``, ``Q:`` or the interviewing paper's own name
or initials, every one of them ending with a question mark.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, NamedTuple

from diplomeet._document import split_sentences

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
    #: The speaker's full name when labels in ordinary case give it ("Maria Okonjo-Hale").
    name: str = ""


class _Label(NamedTuple):
    """A named speaker's label: who speaks, where the label is, where the words begin."""

    surname: str
    span: tuple[int, int]
    words: int
    name: str = ""


# A turn label in ordinary case at the start of a paragraph: one to five capitalised words,
# the questioner's outlet in brackets, and a colon ("Maria Okonjo-Hale:", "Question (Radio
# Kestrel):", "TT:").
_CASED_LABEL_RE: Final = re.compile(
    r"([A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,4})(?: \([^()\n]{1,60}\))?:[ \t]+(?=\S)"
)
# The first word of a questioner's label in ordinary case.
_CASED_QUESTIONERS: Final = frozenset(
    {"q", "question", "questioner", "reporter", "journalist", "interviewer"}
)
# Labels in ordinary case that head a note, never a turn ("Editor's Note:", "Read More:").
_CASED_NOT_SPEAKERS: Final = frozenset(
    {
        "note",
        "editor's",
        "editor\u2019s",
        "editors",
        "read",
        "watch",
        "see",
        "related",
        "update",
        "updated",
        "correction",
        "photo",
        "source",
        "sources",
        "answer",
        "a",
    }
)


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
        turns = _broadcast_turns(doc)
        if turns:
            return turns
        labelled = _cased_labelled(doc)
        if not labelled:
            return []
    text = doc.text
    paragraphs = doc.paragraphs
    turns = []
    bounds = [*(k for k, _ in labelled[1:]), len(paragraphs)]
    for (k, lab), following in zip(labelled, bounds, strict=True):
        if lab is None:
            continue
        # the last turn is its own paragraph, not what closes the document
        nxt = k + 1 if following == len(paragraphs) else following
        starts = [lab.words] + [paragraphs[j].start for j in range(k + 1, nxt)]
        ends = [paragraphs[j].end for j in range(k, nxt)]
        for start, end in zip(starts, ends, strict=True):
            if text[start] in "\"\u201c'(" or end - start < 2:
                continue
            if _relayed(text, start, end) or _courtesy(text, start, end):
                continue
            turns.append(Turn(lab.surname, lab.span, (start, end), lab.name))
    return turns


# A line of a briefing's courtesy or of its floor management, which states nothing: "Good
# afternoon.", "Thank you very much.", "I have two announcements before your questions.",
# "I'm happy to take your questions.", "That is all from me.", "Next question, please."
_COURTESY_LINE_RE: Final = re.compile(
    r"(?:(?:good (?:morning|afternoon|evening)|hello|welcome|thank you|thanks)"
    r"(?:,? (?:very much|so much|again|all|everyone|everybody|for (?:coming|joining us)))*"
    r"|i have (?:one|an|a|two|three|a few|several|a couple of) (?:short |brief )?"
    r"announcements?(?: (?:before|ahead of) (?:your |the )?questions| to make| for you| today)?"
    r"|(?:i am|i'm|i\u2019m) (?:happy|glad|pleased) to take (?:your |some |a few )?questions"
    r"|let(?:'s|\u2019s| us) (?:go|turn|move) to (?:your )?questions"
    r"|(?:that is|that's|that\u2019s) (?:all|it)(?: from me)?(?: for (?:today|now))?"
    r"|(?:next|last|one more|final) question(?:,? please)?)"
    r"[ \t]*[.!]?",
    re.IGNORECASE,
)


def _courtesy(text: str, start: int, end: int) -> bool:
    """Whether every sentence of the paragraph is a courtesy or floor line ("Thank you.")."""
    if end - start > 200:
        return False
    return all(
        _COURTESY_LINE_RE.fullmatch(text, s.start, s.end) is not None
        for s in split_sentences(text, start, end)
    )


def _relayed(text: str, start: int, end: int) -> bool:
    """
    Whether most of the paragraph is a quotation the speaker reads out for someone else.

    "The Minister said, and I quote: '...'" gives the words to whoever is quoted (the
    quotation reader does); the speaker's turn adds nothing of the speaker's own.
    """
    if text.find('"', start, end) < 0 and text.find("\u201c", start, end) < 0:
        return False
    quoted = 0
    opened = -1
    for i in range(start, end):
        c = text[i]
        if c == "\u201c" or (c == '"' and opened < 0):
            opened = i
        elif c in '"\u201d' and opened >= 0:
            quoted += i - opened
            opened = -1
    return quoted * 2 > end - start


def _labelled(doc: Document) -> list[tuple[int, _Label | None]]:
    """
    The labelled paragraphs of a transcript: (index, the speaker's label or ``None``).

    ``None`` stands for a questioner's turn. Empty unless the document has a questioner's
    turn and a named speaker's turn.
    """
    text = doc.text
    labelled: list[tuple[int, _Label | None]] = []
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
            labelled.append((k, _Label(label.rpartition(" ")[2], m.span(1), m.end())))
    if not questions or all(lab is None for _, lab in labelled):
        return []
    return labelled


def _cased_labelled(doc: Document) -> list[tuple[int, _Label | None]]:
    """
    The labelled paragraphs of an interview or briefing whose labels are in ordinary case.

    A questioner's turn is one labelled "Question", "Q" and the like, or any labelled
    paragraph ending with a question mark ("TT: Will the minister go?"). A speaker's label
    is a person's full name (two words at least, titles and honorifics dropped) or the last
    words of a full name labelled before. The document is read so only when a question is
    answered by the next paragraph's named speaker and that speaker has two turns at least:
    a lone "Editor's Note:" or a list of "Venue: ..." lines is no interview.
    """
    text = doc.text
    found: list[tuple[int, re.Match[str], bool]] = []
    for k, para in enumerate(doc.paragraphs):
        if text[para.start] not in _CAPITALS:
            continue
        m = _CASED_LABEL_RE.match(text, para.start, para.end)
        if m is None:
            continue
        asks = text[para.start : para.end].rstrip().endswith("?")
        found.append((k, m, asks))
    if len(found) < 3:
        return []
    names: list[str] = []  # full names, in order
    labelled: list[tuple[int, _Label | None]] = []
    turns: dict[str, int] = {}
    askers: set[str] = set()  # the questioners labelled by a name, not "Question"
    answered = False
    previous = -2
    for k, m, asks in found:
        label = m.group(1)
        # a named speaker's answer may end with a question of its own
        name = _cased_name(label, names, known_only=asks)
        if name is None:
            first = label.split(" ", 1)[0].casefold()
            if asks or first in _CASED_QUESTIONERS:
                labelled.append((k, None))
                previous = k
                if first not in _CASED_QUESTIONERS:
                    askers.add(label)
            continue
        turns[name] = turns.get(name, 0) + 1
        labelled.append((k, _Label(name.rpartition(" ")[2], m.span(1), m.end(), name)))
        answered = answered or previous == k - 1
    if not answered or max(turns.values(), default=0) < 2 or not _one_asker(askers):
        return []
    return labelled


def _one_asker(askers: set[str]) -> bool:
    """
    Whether the questions labelled by a name are one interviewer's ("Harbour Courier", "HC").

    A paper interviewing one guest labels its questions with its name or initials; a page
    whose questions are labelled by the many outlets of a press room ("CCTV:", "AFP:",
    "Phoenix TV:") is a government's record of its briefing, which this reader leaves alone.
    """
    if len(askers) <= 1:
        return True
    full = [a for a in askers if " " in a]
    if len(full) != 1:
        return False
    initials = "".join(word[0] for word in full[0].split())
    return askers <= {full[0], initials}


_CAPITALS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _cased_name(label: str, names: list[str], *, known_only: bool = False) -> str | None:
    """
    The full name a speaker's label in ordinary case gives, or ``None`` for no person.

    "Ambassador Maria Okonjo-Hale" is "Maria Okonjo-Hale"; a later "Okonjo-Hale" is the
    full name labelled before that ends with it; a lone word that ends no earlier name, a
    note's head ("Editor's Note") or a label in capitals names no one here.
    """
    words = label.split(" ")
    first = words[0].casefold()
    if (
        first in _CASED_NOT_SPEAKERS
        or first in _CASED_QUESTIONERS
        # a surname in capitals ("Hon. D. M. KERSLAKE:", a parliament's record) is no label
        # of an interview in ordinary case
        or any(len(word) > 2 and word.isupper() for word in words)
    ):
        return None
    while words and words[0].upper() in SPEAKER_PREFIXES:
        words = words[1:]
    if not words:
        return None
    short = " ".join(words)
    for name in names:
        if name == short or name.endswith(" " + short):
            return name
    if known_only or len(words) < 2:
        return None
    names.append(short)
    return short


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
