# News typography (curly apostrophes) is what these patterns match:
# ruff: noqa: RUF001
"""
Browser chrome copied with a page: the lines over a story that belong to the site's frame.

A page selected and copied in a browser brings its frame along: a cookie-consent banner and
its buttons, a weather bar ("Mumbai 29°C"), account buttons ("Sign In", "E-Paper"), a phone
page's bar of menu icons ("☰ Menu 🔍") and a menu whose items the copy sets apart by runs of
spaces ("Local  State  Nation  World").  They
stand over the masthead and the headline, and push them down the page, where the reader
no longer takes them for what they are; they are dropped before the page is read.  Only the
page's first lines are looked at.  The patterns are of the consent platforms' and news
sites' templates (kinds of lines, no site named).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["without_chrome", "without_spaced_menus"]

# A menu copied as one line, its items set apart by two spaces or more: three items or more,
# each of one to three words, the first capitalised ("Home  India  World  Business").
_MENU_ITEM: Final = r"[A-Z][\w&'’.-]{0,20}(?: [A-Za-z][\w&'’.-]{0,20}){0,2}"
_SPACED_MENU_RE: Final = re.compile(
    rf"^ *{_MENU_ITEM}(?: {{2,}}{_MENU_ITEM}){{2,}} *\n", re.MULTILINE
)
# Only the page's head is looked at for menus (its first characters).
_MENU_HEAD_CHARS: Final = 3000

# A consent banner's heading and buttons, alone or a few on a line ("ACCEPT ALL MANAGE
# OPTIONS"); account buttons and an e-paper link.
_BUTTON: Final = (
    r"(?:we (?:value|care about|respect) your privacy|your privacy(?: choices)?"
    r"|(?:accept|reject|allow|deny|refuse|decline)(?: all| essential| necessary)?(?: cookies)?"
    r"|manage (?:options|preferences|cookies|settings|choices)|(?:cookie|privacy) (?:settings"
    r"|policy|preferences|notice|choices)|more options|customi[sz]e|got it|i agree|agree"
    r"|sign in|sign out|log ?in|log ?out|my account|e-?paper|e-?edition|newsletters?)"
)
_BUTTONS_RE: Final = re.compile(
    rf"^{_BUTTON}(?:\s*[|/·•]?\s*{_BUTTON}){{0,3}}\s*[.!]?$", re.IGNORECASE
)
# A phone page's bar of icons and their words over the masthead: "☰ Menu 🔍", "≡ MENU  SEARCH",
# "☰", "Menu ✕" (the hamburger, trigram and magnifier icons, a close cross).
_ICON: Final = r"(?:[☰≡⋮⌕✕×]|\U0001F50D|\U0001F50E|menu|search|close)"
_ICON_BAR_RE: Final = re.compile(rf"^{_ICON}(?:\s*{_ICON}){{0,4}}$", re.IGNORECASE)
# A weather bar: a place maybe, a temperature, maybe the sky ("Mumbai 29°C", "72° Sunny").
_WEATHER_RE: Final = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}:? )?-?\d{1,3}(?:\.\d)? ?°(?: ?[CF]\b)?"
    r"(?: [A-Za-z]+(?: [A-Za-z]+)?)?$"
)
# A consent banner's sentence: the site or its partners using or storing cookies, the
# reader's consent.
_CONSENT_RE: Final = re.compile(
    r"\b(?:we|our partners|this (?:web)?site)\b[^.]{0,80}\b(?:use|store|set)s?\b[^.]{0,80}"
    r"\bcookies\b|\bcookies\b[^.]{0,120}\b(?:consent|your experience|personal data"
    r"|(?:continu\w+|by) (?:to )?(?:brows|us)\w*|privacy policy|cookie policy)",
    re.IGNORECASE,
)
# A story's reading time set before its stamp on one line: "2 min read . Updated: 05 Mar 2026",
# "3 min read | March 5, 2026" (the head lines of South Asian and business sites).
_READ_TIME_PREFIX_RE: Final = re.compile(
    r"^\d{1,3} min(?:ute)?s? read\s*[.·•|,-]\s*(?=[A-Z0-9])", re.IGNORECASE
)
# A web archive's banner over the page it captured: its name and the address, the capture's
# title, its "saved from" line and the link to the host's other captures.
_CAPTURE_RE: Final = re.compile(
    r"^(?:the wayback machine\b|[\w.]{2,30} webpage capture$|saved from https?://"
    r"|all snapshots from host\b)",
    re.IGNORECASE,
)
# A record's or a monitoring service's banner in capitals, closing on the record's kind:
# "PARLIAMENTARY DEBATES", "OFFICIAL REPORT (HANSARD)", "SENATE DEBATES", "CONGRESSIONAL
# RECORD", "MONITORING INTERNATIONAL REPORTS", "DAILY DIGEST" ("SENATE DEBATES TREATY" is a
# headline).
_RECORD_BANNER_RE: Final = re.compile(
    r"^(?=[^a-z]*$)(?=.*\b(?:PARLIAMENT\w*|SENATE|HOUSE|ASSEMBLY|CONGRESS\w*|HANSARD"
    r"|OFFICIAL REPORT|MONITORING|DIGEST)\b)[A-Z][A-Z'’ .-]{0,80}"
    r"(?:\b(?:DEBATES|HANSARD|OFFICIAL REPORT|RECORD|PROCEEDINGS|REPORTS|DIGEST)|\(HANSARD\))$"
)
_RECORD_BANNER_MAX_LINES: Final = 4
_CHROME_MAX_CHARS: Final = 60
_CONSENT_MAX_CHARS: Final = 600
# The page's first lines looked at for chrome.
_HEAD_LINES: Final = 12


def without_spaced_menus(text: str) -> str:
    """``text`` less the menus copied as one line of items set apart by runs of spaces."""
    if "  " not in text[:_MENU_HEAD_CHARS]:
        return text
    cut = text.rfind("\n", 0, _MENU_HEAD_CHARS) + 1
    return _SPACED_MENU_RE.sub("", text[:cut]) + text[cut:]


def _chrome(line: str) -> bool:
    if len(line) <= _CHROME_MAX_CHARS:
        return (
            _BUTTONS_RE.match(line) is not None
            or ("°" in line and _WEATHER_RE.match(line) is not None)
            or _ICON_BAR_RE.match(line) is not None
        )
    return (
        len(line) <= _CONSENT_MAX_CHARS and "ookie" in line and _CONSENT_RE.search(line) is not None
    )


def without_chrome(lines: list[str]) -> list[str]:
    """
    ``lines`` less the browser chrome among the page's first lines (see the module).

    A reading time before the page's stamp on one line is cut from it.
    """
    head = [
        _READ_TIME_PREFIX_RE.sub("", line, count=1) if line[:1].isdigit() else line
        for line in lines[:_HEAD_LINES]
    ]
    head = _without_banners(head)
    return [line for line in head if not line or not _chrome(line)] + lines[_HEAD_LINES:]


def _without_banners(head: list[str]) -> list[str]:
    """``head`` less a web archive's banner lines and a record's banner (see the module)."""
    head = [line for line in head if not line or _CAPTURE_RE.match(line) is None]
    filled = [i for i, line in enumerate(head) if line][:_RECORD_BANNER_MAX_LINES]
    banner = [i for i in filled if _RECORD_BANNER_RE.match(head[i])]
    if not banner:
        return head
    # the capitals lines over the banner name its house or service; a date line is kept
    last = banner[-1]
    return [
        line
        for i, line in enumerate(head)
        if i > last or not line or (i in filled and not line.isupper())
    ]
