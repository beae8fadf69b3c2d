"""
A newsletter read from the e-mail that brought it: its header fields over the story.

"From: The Example Letter <letter@example.org>" / "Date: Wed, 14 Aug 2024 07:00:00 +0000" /
"Subject: Two ministers meet" / "To: reader@example.org": the subject is the headline, the
date the day it was sent, and the sender's display name the outlet (a bare address names
none); a title of the letter's own under the fields is the headline rather than the subject
("Subject: Morning briefing: ..." over "Ministers meet again").  The fields are rewritten as
a page's head (the headline, then the date line); the recipients' fields are dropped.  A
block is read only at the text's top, with a "From:" and a "Subject:" field among two to
eight field lines.
"""

from __future__ import annotations

import re
from typing import Final

from diplomeet.outlets._textdates import date_line

__all__ = ["read_mail"]

_FIELD_RE: Final = re.compile(
    r"^(?P<field>From|To|Cc|Bcc|Date|Sent|Subject|Reply-To):[ \t]*(?P<value>.*)$", re.IGNORECASE
)
# The sender's display name before the address: "The Example Letter <letter@example.org>",
# "\"Example Desk\" <desk@example.org>".
_SENDER_RE: Final = re.compile(r'^"?(?P<name>[^"<>@]{2,80}?)"?\s*<[^<>\s]+@[^<>\s]+>$')
# A reply's or a forward's mark before the subject: "Re: ", "Fwd: ", "FW: ".
_REPLY_MARK_RE: Final = re.compile(r"^(?:(?:re|fwd?|aw|wg)\s*:\s*)+", re.IGNORECASE)
_TITLE_MAX_WORDS: Final = 20
# A sentence's end: the story's first paragraph, no title.
_SENTENCE_END_RE: Final = re.compile(r"[.!?][\x27\"\u2019\u201d)]*$")
_MIN_FIELDS: Final = 2
_MAX_FIELDS: Final = 8


def read_mail(lines: list[str]) -> tuple[list[str], str | None]:
    """
    Rewrite an e-mail's header fields over a newsletter as a page's head (see the module).

    Returns the lines, and the sender's display name or ``None``; ``lines`` unchanged when
    they do not open on such a block.
    """
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or _FIELD_RE.match(lines[start].strip()) is None:
        return lines, None
    fields: dict[str, str] = {}
    end = start
    while end < len(lines) and len(fields) <= _MAX_FIELDS:
        found = _FIELD_RE.match(lines[end].strip())
        if found is None:
            break
        fields.setdefault(found["field"].lower(), found["value"].strip())
        end += 1
    subject = _REPLY_MARK_RE.sub("", fields.get("subject", "")).strip()
    if len(fields) < _MIN_FIELDS or "from" not in fields or not subject:
        return lines, None
    sender = _SENDER_RE.match(fields["from"])
    sent = fields.get("date") or fields.get("sent")
    name = sender["name"].strip() if sender else None
    dated = [sent, ""] if sent else []
    # the letter's own title under the fields is the headline; the subject only heads the mail
    at = next((i for i in range(end, len(lines)) if lines[i].strip()), None)
    after = lines[at].strip() if at is not None else ""
    if (
        at is not None
        and len(after.split()) <= _TITLE_MAX_WORDS
        and _SENTENCE_END_RE.search(after) is None
        and date_line(after) is None
    ):
        # (the title goes over the date line, as on a page)
        return [*lines[:start], lines[at], "", *dated, *lines[at + 1 :]], name
    return [*lines[:start], subject, "", *dated, *lines[end:]], name
