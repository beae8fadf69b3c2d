# News typography (the separators of a viewer's path, curly apostrophes) is what these match:
# ruff: noqa: RUF002
"""
The lines a copy's path adds to a page: the tool that printed, saved, mailed or captured it.

A story reaches a reader, and a text file, by many paths besides its own page: a browser's
print view ("Printed from ...", "Printable version | ... | <address>"), a read-it-later or
clipping tool ("Saved on ...", "Clipped by ... on ..."), a crawler's record ("Retrieved:
...", "Accessed: ..."), a web archive ("archived 4 Mar 2025 10:12:03 UTC", "47 captures"
over the span of its captures, a search engine's cache notice), an AMP viewer's path
("www.example.com › amp › s › ..."), an e-mail's forwarded message's rule over its fields (read
then by ``_mail.py``) and its "View in browser", and an outlet's posts (a channel's
export line "Name, [04.03.2025 09:12]", a post's "Name @handle · 4 Mar 2025", a view
counter).  These lines belong to the path, not to the page: they stand over the masthead and
the headline and would be read as them.  They are taken out before the page is read, and
what they tell is kept:

- the date the copy was made (a retrieval's, a capture's), which dates the page only through
  a relative age the page prints ("3 hours ago", "Yesterday at 18:30", "Posted 2 days ago");
- a date in the story's address (``/2025/03/04/``, ``/20250304-``), the publication day most
  sites print there;
- a post's outlet and date; a print view's outlet.

Only the page's first lines and its last few are looked at.  The patterns are of the tools'
own templates (kinds of lines, no site named).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Final

import attrs

from diplomeet.outlets._archive import paper_name
from diplomeet.outlets._credits import masthead_like
from diplomeet.outlets._outlet_names import known_outlet
from diplomeet.outlets._textdates import first_stated_date

__all__ = ["CopyPath", "read_copy_path"]

# The page's first lines and its last lines looked at.
_HEAD_LINES: Final = 14
_TAIL_LINES: Final = 3
_LINE_MAX_CHARS: Final = 400
_SHORT_LINE_CHARS: Final = 100
# How the tools' lines that may run long begin (a notice, an address).
_LONG_TOOL_OPENINGS: Final = (
    "This is ",
    "Printable ",
    "Printed ",
    "PRINTED ",
    "Article printed ",
    "The Wayback ",
    "http",
    "www.",
    "Source URL",
    "URL",
    "Link",
    "Permalink",
)

# A tool's stamp of when it made the copy: the label, maybe "on" or "at", maybe a colon, the
# date and time, maybe the site it came from ("Printed on 14/04/2025 from example.com").
_MADE_RE: Final = re.compile(
    r"^(?:(?:retrieved|accessed|saved|captured|archived|downloaded|crawled|fetched|printed)"
    r"|clipped by \S{1,40})(?: (?:on|at))?\s?:?\s(?P<when>[\w ,:.+/-]{6,60}?)"
    r"(?: from \S{3,80})?$",
    re.IGNORECASE,
)
# A tool's lines with nothing to keep but, maybe, an address: a print view's, a cache's and
# a web archive's notices, an e-mail's chrome, an AMP viewer's path.
_TOOL_RE: Final = re.compile(
    r"^(?:printable version\b.{0,300}|the wayback machine\b.{0,300}"
    r"|this is \w{2,20}'s cache of \S.{0,300}"
    r"|\d[\d,]{0,8} captures?"
    r"|view (?:this (?:e-?mail|newsletter|message) )?(?:in|on) (?:your |a )?(?:web )?browser\.?"
    r"|-{3,} ?forwarded message ?-{3,}"
    r"|(?:source url|url|link|permalink|url to article)\s?:\s?\S{8,300}"
    # a print plugin's foot: "Article printed from The Example Lantern: https://..."
    r"|article printed from [^:]{2,60}: \S{8,300}"
    # (an address with a path: a site's bare address may name the outlet, and is kept)
    r"|(?:https?://|www\.)[^\s/]{4,80}/\S{2,300}"
    r"|(?:https?://)?[\w-]{1,40}(?:\.[\w-]{1,40}){1,4}(?: \u203a [\w.-]{1,60}){2,12})$",
    re.IGNORECASE,
)
# A site's address alone on its line without a scheme: "example.com/2025/03/04/slug".
_BARE_ADDRESS_RE: Final = re.compile(r"^[a-z\d-]{1,60}(?:\.[a-z\d-]{1,30}){1,4}/\S{4,300}$")
# A print view's source line: "Printed from THE EXAMPLE COURIER (https://example.com/world)".
_PRINTED_FROM_RE: Final = re.compile(
    r"^printed from (?P<name>[^()]{2,60}?)(?: \((?P<address>\S{4,300})\))?$", re.IGNORECASE
)
# The span of a web archive's captures, under their count: "12 Mar 2011 - 9 Jun 2019".
_SPAN_RE: Final = re.compile(r"^[\w ,]{6,20} [-\u2013] [\w ,]{6,20}$")
# A date in a story's address: "/2025/03/04/", "/2025-03-04-", "/20250304-"; the 14 digits of
# a web archive's capture ("/web/20110314062311/") are none.
_ADDRESS_DATE_RES: Final = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?=/|$)"),
    re.compile(
        r"[/_-](?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?=[-_./]|$)"
    ),
    re.compile(
        r"[/_-](?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=[-_.]|/[a-z])"
    ),
)
_ADDRESS_RE: Final = re.compile(
    r"(?:https?://|www\.)\S{1,300}|(?<![\w.-])[a-z\d-]{1,60}(?:\.[a-z\d-]{1,30}){1,4}/\S{1,300}"
)
# A channel's export line: "The Example Bulletin, [04.03.2025 09:12]".
_CHANNEL_EXPORT_RE: Final = re.compile(
    r"^(?P<name>[^\[\],]{2,60}), \[(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"
    r"(?: \d{1,2}:\d{2}(?::\d{2})?)?\]$"
)
# A post's head: "The Example Dispatch @exampledispatch · 4 Mar 2025".
_POST_HEAD_RE: Final = re.compile(r"^(?P<name>[^@·]{2,60}?) @\w{1,30} · (?P<when>[\w ,:]{5,30})$")
# A post's view counter, maybe with its edit time: "👁 3.1K · edited 14:02".
_COUNTER_RE: Final = re.compile(
    r"^\U0001f441\ufe0f? ?[\d.,]{1,8}[KkMm]?(?: · edited \d{1,2}:\d{2})?$"
)
# A post's date line with its time and audience icon: "3 March 2025 at 14:05 · 🌏".
_POST_DATE_TAIL_RE: Final = re.compile(r" · \S{1,3}$")
_POST_DATE_RE: Final = re.compile(r"^[\w ,]{5,30} at \d{1,2}[:.]\d{2}(?: ?[AaPp][Mm])? · \S{1,3}$")
# A page's age relative to the reader's clock: "3 hours ago", "Posted 2 days ago",
# "Yesterday at 18:30", "Updated 45 mins ago".
_AGE_RE: Final = re.compile(
    r"^(?:(?:last )?(?:updated|published|posted|modified)\s?:?\s)?(?:"
    r"(?P<n>\d{1,3}|an?|one) ?(?P<unit>seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d)"
    r" ago|(?P<yesterday>yesterday)(?: at \d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?)?|(?P<today>today"
    r"|just now|moments ago))\.?$",
    re.IGNORECASE,
)
_CLOCK_RE: Final = re.compile(r"\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\b")
_HOURS_PER_DAY: Final = 24
_MINUTES_PER_DAY: Final = 1440


@attrs.define
class CopyPath:
    """What a copy's path told: the page's lines without its lines, and the facts kept."""

    lines: list[str]
    # when the copy was made, with its clock time if stated
    made: datetime | None = None
    made_clocked: bool = False
    # the date in the story's address
    address_date: date | None = None
    # a post's date
    sent: date | None = None
    # the outlet the path names (a channel, a post's account, a print view's source)
    outlet: str | None = None
    # the page's age relative to the copy's making, read from the page
    age: tuple[int, bool] | None = None  # (minutes ago, whether a day count "Yesterday")

    @property
    def published(self) -> date | None:
        """The page's date as the path tells it: the post's, an age's, the address's."""
        return self.sent or self._aged() or self.address_date

    def _aged(self) -> date | None:
        if self.made is None or self.age is None:
            return None
        minutes, whole_days = self.age
        if whole_days:
            return self.made.date() - timedelta(days=minutes // _MINUTES_PER_DAY)
        if minutes >= _MINUTES_PER_DAY:
            return (self.made - timedelta(minutes=minutes)).date()
        if not self.made_clocked:
            return None  # hours ago, with no clock time of the copy: the day is not known
        return (self.made - timedelta(minutes=minutes)).date()


def _address_date(text: str) -> date | None:
    for address in _ADDRESS_RE.findall(text):
        for pattern in _ADDRESS_DATE_RES:
            found = pattern.search(address)
            if found is not None:
                try:
                    return date(int(found["y"]), int(found["m"]), int(found["d"]))
                except ValueError:
                    continue
    return None


def _made_at(when: str) -> tuple[datetime, bool] | None:
    stated = first_stated_date(when)
    if not isinstance(stated, date):
        return None
    clock = _CLOCK_RE.search(when)
    if clock is None:
        return datetime(stated.year, stated.month, stated.day), False  # noqa: DTZ001
    at = datetime(stated.year, stated.month, stated.day, int(clock["h"]), int(clock["m"]))  # noqa: DTZ001
    return at, True


_AGE_UNIT_MINUTES: Final = {"d": _MINUTES_PER_DAY, "h": 60, "m": 1, "s": 0}


def _age(line: str) -> tuple[int, bool] | None:
    found = _AGE_RE.match(line)
    if found is None:
        return None
    if found["yesterday"] or found["today"]:
        return (_MINUTES_PER_DAY, True) if found["yesterday"] else (0, False)
    n = found["n"]
    unit = found["unit"][0].casefold()
    return (int(n) if n.isdigit() else 1) * _AGE_UNIT_MINUTES[unit], unit == "d"


def read_copy_path(lines: list[str]) -> CopyPath:
    """Take a copy's path's lines out of ``lines`` (see the module) and keep what they tell."""
    path = CopyPath(lines)
    if not lines:
        return path
    head = len(lines) if len(lines) <= _HEAD_LINES + _TAIL_LINES else _HEAD_LINES
    places = list(range(head)) + list(range(max(head, len(lines) - _TAIL_LINES), len(lines)))
    dropped: set[int] = set()
    for i in places:
        line = lines[i]
        # (a story's paragraph is long: only the tools' long notices are looked at there)
        if line and (
            len(line) <= _SHORT_LINE_CHARS
            or (len(line) <= _LINE_MAX_CHARS and line.startswith(_LONG_TOOL_OPENINGS))
        ):
            _read_line(path, i, head=i < head, dropped=dropped)
    if not dropped:
        return path
    # (the blank lines around a dropped line stay: they set the page's blocks apart)
    path.lines = [line for i, line in enumerate(path.lines) if i not in dropped]
    return path


def _read_line(path: CopyPath, i: int, *, head: bool, dropped: set[int]) -> None:
    """Read the page's line ``i``: a tool's line, a post's head, a page's age."""
    lines = path.lines
    line = lines[i]
    if _tool_line(line, path):
        dropped.add(i)
        if line[:1].isdigit() and "capture" in line and i + 1 < len(lines):
            following = lines[i + 1]
            if _SPAN_RE.match(following) and first_stated_date(following) is not None:
                dropped.add(i + 1)  # the span of the captures under their count
        return
    if not head:
        return
    if _post_line(line, path):
        dropped.add(i)
    elif " \u00b7 " in line and _POST_DATE_RE.match(line):
        # a post's date line less its audience icon: "3 March 2025 at 14:05 · 🌏"
        path.lines = [*lines[:i], _POST_DATE_TAIL_RE.sub("", line), *lines[i + 1 :]]
    elif path.age is None:
        path.age = _age(line)


def _tool_line(line: str, path: CopyPath) -> bool:
    """Whether ``line`` is a tool's line; keep the copy's date and the address's date."""
    made = _MADE_RE.match(line)
    if made is not None:
        at = _made_at(made["when"])
        if at is None:
            return False
        path.made, path.made_clocked = path.made or at[0], path.made_clocked or at[1]
        path.address_date = path.address_date or _address_date(line)
        return True
    printed = _PRINTED_FROM_RE.match(line)
    if printed is not None:
        name = printed["name"].strip()
        if not (masthead_like(name) or known_outlet(name) or name.isupper()):
            return False
        path.outlet = path.outlet or (paper_name(name) if name.isupper() else name)
        path.address_date = path.address_date or _address_date(line)
        return True
    if _TOOL_RE.match(line) or _BARE_ADDRESS_RE.match(line):
        path.address_date = path.address_date or _address_date(line)
        return True
    return False


def _post_line(line: str, path: CopyPath) -> bool:
    """Whether ``line`` is a post's head or counter; keep the channel's name and the date."""
    if _COUNTER_RE.match(line):
        return True
    channel = _CHANNEL_EXPORT_RE.match(line)
    if channel is not None:
        try:
            sent = date(int(channel["y"]), int(channel["m"]), int(channel["d"]))
        except ValueError:
            return False
        path.outlet, path.sent = path.outlet or channel["name"].strip(), path.sent or sent
        return True
    post = _POST_HEAD_RE.match(line)
    if post is not None:
        stated = first_stated_date(post["when"])
        if not isinstance(stated, date):
            return False
        path.outlet, path.sent = path.outlet or post["name"].strip(), path.sent or stated
        return True
    return False
