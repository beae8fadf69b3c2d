# News typography (en dashes, curly quotes) is what these patterns match:
# ruff: noqa: RUF001
"""
Page furniture: the lines of a news page that are not the story.

Patterns of English news-site layouts (navigation, promotion, sharing and read-time lines,
outlets' descriptions of themselves, photo captions).  Each pattern describes a *kind* of line
seen across many sites; none names an outlet.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "AGENCY_PHOTO_RE",
    "BRACKET_CREDIT_RE",
    "CAPTION_CREDIT_RE",
    "CAPTION_LABEL_RE",
    "CAPTION_PAREN_RE",
    "CAPTION_VERB_RE",
    "DOCUMENT_SYMBOL_RE",
    "EDITORS_NOTE_RE",
    "END_MARK_RE",
    "FURNITURE_RE",
    "GLUED_PREFIX_RE",
    "KICKER_RE",
    "NUMBERED_LABEL_RE",
    "PAREN_PHOTO_CREDIT_RE",
    "PAREN_RE",
    "PRIORITY_LINE_RE",
    "PUBLISHED_LINE_RE",
    "RELATIVE_STAMP_RE",
    "RELEASE_LABEL_RE",
    "RELEASE_NUMBERED_RE",
    "RELEASE_NUMBER_RE",
    "SECTION_TAG_RE",
    "SELF_DESCRIPTION_OPENINGS",
    "SELF_DESCRIPTION_RE",
    "TAG_LINE_RE",
    "TAKE_TIME_RE",
    "TRANSMISSION_DATE_RE",
    "TRANSMISSION_LINE_RE",
    "VIEW_ORIGINAL_RE",
    "WIRE_DATELINE_RE",
    "WIRE_HEAD_RE",
    "WIRE_ITEM_RE",
    "WIRE_PAREN_SLUG_RE",
    "WIRE_TAG_RE",
]

# Whole lines that are navigation, promotion or widgets (matched case-insensitively).
_FURNITURE_LINES: Final[tuple[str, ...]] = (
    r"accessibility links",
    # a print issue's number on its web copy ("Issue No. 380")
    r"issue (?:no\.?|number) ?\d{1,5}",
    r"skip to (?:main )?(?:content|navigation)",
    r"(?:breaking|latest|top|related|more) (?:news|stories|articles|coverage)",
    r"breaking",
    r"breadcrumbs?",
    # (a double arrow too: "Home >> Politics")
    r"(?:home|news|world|politics|menu|search|sections?)(?:\s*(?:>>?|[/|»›])\s*\w[\w ]*)*",
    # a menu of four sections or more set apart by bars ("Egypt | Region | World | Economy |
    # Opinion", "Local | Region | World | Business"), whatever section it opens with
    r"[\w&'-]+(?: [\w&'-]+){0,2}(?:[ \t]*\|[ \t]*[\w&'-]+(?: [\w&'-]+){0,2}){3,}",
    # a breadcrumb of sections ("Egypt > Politics", "World > Asia > Japan", other arrows too;
    # a section of several words with a comma: "Home > Newsroom > Statements, Transcripts")
    r"[A-Z][\w&' -]{0,30}(?:(?:>>?|[»›])[ ]?[A-Z][\w&' -]{0,30}(?:, [\w&' -]{1,30})?){1,4}",
    r"\d{1,3} min(?:ute)?s? (?:read|listen)",
    # an aggregator's age and reading time of a story, set apart by bullets ("• 3h • 3 min
    # read", "2 hours ago · 4 min read")
    (
        r"[•·]?\s*\d{1,3} ?(?:[smhd]|mins?|hrs?|hours?|days?)(?: ago)?"
        r"(?:\s*[•·|]\s*\d{1,3} ?(?:[smhd]|mins?|hrs?|hours?|days?|min(?:ute)?s? read)(?: ago)?)"
        r"{0,3}"
    ),
    r"(?:estimated )?reading time:? \d{1,3} min(?:ute)?s?",
    r"(?:view|watch|play) (?:the )?video",
    r"advertisement|sponsored(?: content)?|ad",
    r"share(?: this)?(?: (?:article|story|page))?(?: on \w+)?",
    r"(?:share|tweet|email|print|save|copy link|comments?)(?:\s*[|/·]\s*\w+)*",
    r"read (?:more|next|also)(?:\s*[:>»].*)?",
    # a box of links to other stories under its heading ("Also Read", "You may also like",
    # "Most Read", "Trending now")
    (
        r"(?:also|must) read|you (?:may|might) (?:also )?like|related|trending(?: now)?"
        r"|most (?:read|popular|viewed|shared)"
    ),
    # an author box's link: "More by this Author", "More from the writer"
    r"more (?:by|from) (?:this|the) (?:author|writer|reporter|journalist)",
    r"(?:also|see also|more on this(?: story)?|recommended)\s*[:>»].*",
    r"(?:also|more) (?:on|from) [\w ]{1,30}:",
    r"listen to (?:this )?(?:article|story)",
    # a blog platform's buttons and separators around its stamp ("Follow" / "6 min read" /
    # "·" / "Mar 5, 2025" / "--" / "Listen" / "Share")
    r"follow|listen|[·•]|-{2,3}",
    # a web archive's banner over the page it captured
    r"(?:the )?wayback machine(?: - https?://\S+)?",
    # a distribution service's label over the issuer's name ("NEWS PROVIDED BY")
    r"news provided by",
    r"(?:sign up|subscribe|register)\b.{0,80}",
    r"follow us\b.{0,80}",
    r"click here\b.{0,80}",
    r"(?:photo|image|video) gallery",
    r"[•·*\-–]?\s*\d{1,2}x\d{1,2} image",
    r"(?:image|photo) (?:copyright|source)\b.{0,80}",
    r"(?:contents )?(?:©|\(c\)|copyright)(?:\s|:\s).{0,120}",
    # a paper's or a bulletin's terms of reuse: "Republication only by previous arrangement",
    # "All material subject to copyright; reproduction prohibited without permission"
    (
        r"(?:all )?(?:material|contents?|text) (?:is |are )?(?:subject to|protected by)"
        r" copyright.{0,100}"
    ),
    (
        r"(?:reproduction|republication|redistribution)s? (?:only|prohibited|is prohibited|not)\b"
        r".{0,100}"
    ),
    r"all rights reserved\.?",
    # a paywall or membership tag over the story ("PREMIUM", "Subscribers only")
    r"premium|(?:for )?(?:subscribers?|members)(?:['’] content| only| exclusive)",
    # a front page's link to the story and its comment count ("Full article 4 comments")
    r"full (?:article|story)(?: \d{1,5} comments?)?",
    # a reporter's e-mail address alone on a line, under a wire story
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    # a library database's record fields over a filed article ("Section: FRONT", "Edition:
    # FINAL", "Page: 1A", "Estimated printed pages: 2", "Article Text:")
    (
        r"(?:section|edition|page|estimated printed pages|record number|word count|column): ?"
        r"[\w ./-]{1,24}"
    ),
    r"article text",
)

FURNITURE_RE: Final = re.compile(
    r"^(?:" + "|".join(_FURNITURE_LINES) + r")\s*[.:]?$", re.IGNORECASE
)
"""A whole line of navigation, promotion or widget text."""

# A label above the headline naming the kind of document or column ("PRESS RELEASE", "For
# immediate release", "Exclusive", "Analysis"), from the release formats of government press
# offices and the section kickers of news sites.
# A series label naming press releases among other documents ("Meetings Coverage and Press
# Releases", "Statements and Press Releases"), as international organisations head them.
_RELEASE_SERIES: Final = r"(?:[A-Z][a-z]+ ){1,3}and (?:[Pp]ress|[Nn]ews|[Mm]edia) [Rr]eleases"
KICKER_RE: Final = re.compile(
    rf"^(?:{_RELEASE_SERIES}|"
    r"for immediate release|(?:press|news|media) (?:release|statement|advisory|briefing|note)"
    r"|(?:joint |official )?(?:statement|communiqu[eé]|readout|transcript)|fact ?sheet"
    r"|exclusive|analysis|opinion|explainer|commentary|editorial|op-ed|comment|feature"
    r"|news analysis|special report"
    # a record of a briefing or an interview ("Press conference record", "Interview
    # transcript", "Q&A")
    r"|(?:press |news )?(?:conference|briefing|interview)(?: record| transcript| excerpts)"
    r"|q ?& ?a"
    # a live page's or a developing story's label ("Live updates", "Breaking news")
    r"|live(?: updates| blog| coverage)?|breaking news|developing(?: story)?|just in"
    # a column of short items' label ("WORLD IN BRIEF", "News briefs", "Asia round-up",
    # "Around the world"): the item's own title is under it
    r"|(?:[a-z]{2,15} ){0,2}in brief|(?:[a-z]{2,15} )?briefs|(?:[a-z]{2,15} )?round-?up"
    r"|around the (?:world|region|nation|globe))"
    # a release's number: "Press Release No. 112/2026", "Press Statement Nr 45", "#12"
    r"(?:\s*(?:No\.?|Nr\.?|Number|#)\s*\d[\w/.-]{0,15}"
    # or its number and year alone: "Press release 214/2026", "Media release 2024/117"
    r"|\s+\d{1,4}/\d{2,4})?\s*[.:]?$",
    re.IGNORECASE,
)
"""A document-type label or section kicker on its own line, read before the headline."""

RELEASE_LABEL_RE: Final = re.compile(
    rf"^(?:{_RELEASE_SERIES}|"
    r"for immediate release|(?:press|news|media) (?:release|statement|advisory|briefing|note)"
    r"|(?:joint |official )?(?:statement|communiqu[eé]|readout)"
    # a briefing's record, as press offices head it: "TRANSCRIPT", "Verbatim transcript"
    r"|(?:official |verbatim |full )?transcript)\s*[.:]?$",
    re.IGNORECASE,
)
"""A press office's document label ("PRESS RELEASE"); the lines above it are its letterhead."""

RELEASE_NUMBERED_RE: Final = re.compile(
    rf"^(?:{_RELEASE_SERIES}|"
    r"(?:press|news|media) (?:release|statement|advisory|briefing|note)"
    r"|(?:joint |official )?(?:statement|communiqu[eé]|readout))\s*"
    r"(?:(?:No\.?|Nr\.?|Number|#)\s*\d[\w/.-]{0,15}|\d{1,4}/\d{2,4})\s*[.:]?$",
    re.IGNORECASE,
)
"""A press office's document label with its number: "Statement No. 17", "Press release 45/2025"."""

RELEASE_NUMBER_RE: Final = re.compile(
    r"^(?:(?:press|news|media) (?:release|statement)\s*|PR\s*|Ref\.?\s*)?"
    r"(?:No\.?|Nr\.?|Number|#)\s*:?\s*\d[\w/.-]{0,15}(?: [-/] \d{2,4})?\.?$",
    re.IGNORECASE,
)
"""A release's number on its own line: "No. 287/2026", "PR No. 112/2026", "Ref. No: 45"."""

# Tags a wire service puts before a headline to mark a story's version or kind: Yonhap's
# "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)", "(Yonhap Interview)"; Reuters' "UPDATE 2-",
# "EXCLUSIVE-", "REFILE-"; AP's and AFP's "URGENT", "CORRECTED" (from the agencies' published
# story slugs and their English-language wire pages).
_WIRE_TAGS: Final[tuple[str, ...]] = (
    r"lead",
    r"\d+(?:st|nd|rd|th)? ld",
    r"ld",
    r"urgent",
    r"update(?: \d+)?",
    r"corrected|correction|refile|repeat|recasts?|adds|wrapup(?: \d+)?",
    r"exclusive|analysis|factbox|explainer|news focus|focus|feature|interview|profile",
    r"[a-z]+ interview",
    r"advance|ambient|editorial|photo|flash|bulletin|breaking",
)
WIRE_TAG_RE: Final = re.compile(
    r"^(?:\((?:" + "|".join(_WIRE_TAGS) + r")\)\s*"
    # (one tag after another: "CORRECTED-UPDATE 2-", "REFILE-EXCLUSIVE-")
    r"|(?:(?:update \d+|exclusive|refile|corrected|wrapup \d+|urgent|factbox|analysis|rpt)"
    r"\s*-\s*)+(?=(?-i:[A-Z])))",
    re.IGNORECASE,
)
"""A wire service's tag opening a headline: "(LEAD) ...", "(2nd LD) ...", "UPDATE 2-..."."""

# A wire's transmission slug over the headline (from the AP, UPI and Reuters wire formats of
# the teleprinter era): a cycle prefix ("BC-", "AM-", "PM-": both, morning and evening cycles)
# before a keyword slug ("BC-KENYA-UGANDA", "AM-Summit-Talks"), or a slug of words joined by
# hyphens in capitals followed by a version tag ("1STLD", "2NDLD-WRITETHRU", "LEAD", "URGENT",
# "ADV12") or a take number.
_SLUG_TAG: Final = (
    r"(?:\d(?:ST|ND|RD|TH)\s?(?:LD|ADD|TAKE)|LEAD|WRITETHRU|URGENT|BULLETIN|ADV\d*"
    r"|CORRECTION|CORRECTED|SUB|INSERT|RESEND|KILL|\d{3,4})(?:-[A-Z]+)*"
)
WIRE_HEAD_RE: Final = re.compile(
    r"^(?:(?:BC|AM|PM)-[A-Za-z0-9.'-]+(?:[ ,]+[\w-]+){0,3}"
    rf"|[A-Z][A-Z0-9.']*(?:-[A-Z0-9.']+)+(?:[ ,]+{_SLUG_TAG})+)$"
)
"""A wire's slug line over the headline: "BC-KENYA-UGANDA 1STLD", "AM-Summit-Talks,0412"."""
WIRE_ITEM_RE: Final = re.compile(r"^(?P<agency>[A-Za-z][A-Za-z-]{1,14}?)(?:\s+|-)\d{2,4}$")
"""A wire's item number over the headline ("NAME 041", "NAME-47"), when the name is an agency's."""
WIRE_PAREN_SLUG_RE: Final = re.compile(r"^\([A-Z][A-Z0-9.']*(?:[- ][A-Z0-9.']+){1,5}\)$")
"""A teletype story's slug in brackets over its dateline: "(SMITH-JONES TALKS)"."""
WIRE_DATELINE_RE: Final = re.compile(r"^[A-Z][A-Z.' -]{1,30}, [A-Z][A-Za-z]{2,8}\.? \d{1,2}\b")
"""The opening of a wire story's dateline: "LIMA, NOV. 3", "OSLO, May 4"."""

# The lines a wire's teleprinter or data feed sends around a story (from the telex and
# teleprinter conventions of the agencies, ITU-T S.33 / ITA2 start and end of message, and the
# AP DataStream and UPI feed formats of the 1980s-90s):
# - anywhere: the start-of-message line ("ZCZC MOS417 ..."), the end of message ("NNNN"), the
#   take's close ("MORE", "MORE FOLLOWS") and the next take's head ("SOVIET NOTE -- TAKE 2",
#   "ADD 1 LIMA TALKS"), a correction to an earlier take ("CORRECTION -- IN TAKE 1, PARA 3,
#   PLEASE READ: ...");
TRANSMISSION_LINE_RE: Final = re.compile(
    r"^(?:ZCZC\b.{0,80}|NNNN|MORE|MORE FOLLOWS|\(MORE\)|-MORE-"
    r"|[A-Z][A-Z0-9 ,.'-]{1,40}? -{1,2} (?:TAKE|ADD) \d{1,2}"
    r"|(?:ADD|TAKE) \d{1,2}(?: [A-Z][A-Z'.-]*){1,4}"
    r"|CORRECTION\s*-{1,2}\s*IN\s+(?:TAKE|PARA|PARAGRAPH)\b.*)$"
)
"""A teleprinter's or data feed's control line around a story: no part of the story."""
# - over the story: the priority alone ("URGENT", "FLASH"), a data feed's message number
#   ("a0598") and its priority, category and slug line ("r i BC-Peru-Ecuador 2ndLd-Writethru
#   02-08 0641": routine, international, the slug, the version, month-day and word count).
PRIORITY_LINE_RE: Final = re.compile(
    r"^(?:URGENT|FLASH|BULLETIN|PRIORITY|ROUTINE|NEWSALERT|[a-z]\d{4}"
    r"|[fbur] [a-z] (?:BC|AM|PM)-[\w'.-]+(?: [\w'.,-]+){0,4} \d{2}-\d{2} \d{3,4})$"
)
"""A wire's priority or feed line over the story."""
# An agency's transmission time closing a take: "TASS 1532 MSK", "REUTER 1904" (with no
# time zone the agency in capitals, as teleprinters print it: "Reuters 2024" is a year).
TAKE_TIME_RE: Final = re.compile(
    r"^(?:(?P<agency>[A-Z][A-Za-z-]{1,15}) [0-2]\d[0-5]\d [A-Z]{2,4}"
    r"|(?P<caps>[A-Z][A-Z-]{1,15}) [0-2]\d[0-5]\d)$"
)
"""A take's closing line: the agency and the time it was sent."""
# A date in a teleprinter's start-of-message line: "04.03.69", "4.3.1969" (day first).
TRANSMISSION_DATE_RE: Final = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b")

# A note to the agency's clients over a story (from the AP, Reuters, Yonhap and Gulf agencies'
# wire copy): "Eds: UPDATES with ...", "EDITOR'S NOTE: Replaces earlier version ...", "(ATTN:
# ADDS photo)", "(Corrects day of call in paragraph 9)", "(Updates with minister's comments)".
EDITORS_NOTE_RE: Final = re.compile(
    r"^\(?(?:editor'?s'?\s+note|note\s+to\s+editors|eds?|attn|editors)\s*:"
    r"|^\((?:corrects|adds|updates|recasts|changes|fixes|refiles|removes|inserts|repeats|rewrites"
    r"|writes\s+through)\b[^()]*(?:\([^()]*\)[^()]*)*\)$",
    re.IGNORECASE,
)
"""A note to an agency's clients over its story, no part of the story."""

# The line closing a press release or wire copy ("ENDS", "-ENDS-", "###", "-30-").
END_MARK_RE: Final = re.compile(
    r"^(?:[-–—\s]*ends?[-–—\s]*|\(\s*ends?\s*\)|[-–—]+\s*30\s*[-–—]+|#{3})$", re.IGNORECASE
)
"""A line marking the end of the story; what follows is the issuer's contact block."""

# Widget text glued to the first words of the story by a careless scraper ("view videoThe").
GLUED_PREFIX_RE: Final = re.compile(
    r"^(?:view video|watch video|play video|video|listen|advertisement)(?=[A-Z])"
)

# A section tag in square brackets opening a headline ("[Diplomacy] ...", "[Opinion] ..."),
# as news sites print the section of a story before its title.
SECTION_TAG_RE: Final = re.compile(r"^\[[A-Z][\w&'’ -]{0,30}\]\s+(?=\S)")
"""A bracketed section tag opening a headline."""

# A document's reference symbol alone on a line ("SG/SM/22145", "PR/2025/12", "SC/15432"):
# the series code and number press offices print over a release's title.
DOCUMENT_SYMBOL_RE: Final = re.compile(
    r"^[A-Z]{1,6}(?:/[A-Z0-9.-]{1,10}){0,3}/[A-Z]{0,3}\d[\d.-]*$"
)
"""A press office's document symbol on its own line."""

NUMBERED_LABEL_RE: Final = re.compile(
    r"^(?:[A-Z][A-Za-z'-]*\.? ){1,4}(?:NO|No|Nr|NUMBER|Number)\.?\s*:?\s*\d[\w/.-]{0,15}$"
)
"""A document's kind and number on its own line: "UNSTARRED QUESTION NO. 2318", "Note No. 45"."""

# A line of lower-case keywords left over from a page's tags ("ministers summit").
TAG_LINE_RE: Final = re.compile(r"^[a-z][a-z-]*(?: [a-z][a-z-]*){0,4}$")

# "View original <Outlet> publication at: ..." (syndication footers).
VIEW_ORIGINAL_RE: Final = re.compile(
    r"^View (?:the )?original (?P<outlet>[A-Z][\w&'./-]*(?: [A-Z][\w&'./-]*){0,3}) "
    r"(?:publication|article|story|report)\b.*$"
)

# An outlet describing itself at the foot of a page ("<Outlet> journalists report the news
# in 27 languages ...", "<Outlet> is an independent news site ...", "We provide ...").
SELF_DESCRIPTION_RE: Final = re.compile(
    r"^(?P<outlet>[A-Z][\w&'./-]*(?: [A-Z][\w&'./-]*){0,4}) "
    r"(?:journalists|reporters|correspondents) (?:report|cover|provide|bring)\b.*$"
    r"|^(?:We provide|Our mission is|Support (?:our|independent) journalism)\b.*$"
)

SELF_DESCRIPTION_OPENINGS: Final = (
    "We provide",
    "Our mission",
    "Support our",
    "Support independent",
)
"""How self-descriptions not naming the outlet begin."""

# Photo captions: a photo credit, a position marker ("(R)", "(left)") or a caption label.
# Split by the character each needs, so prose lines are dismissed with a substring test.
PAREN_RE: Final = re.compile(r"\(([^()]{1,160})\)")
CAPTION_PAREN_RE: Final = re.compile(
    r"(?:[A-Z]{2,6}\s+)?(?:photos?|photograph|picture|image|file photo|file)\b"
    r"|(?:l|r|c|left|right|cent(?:er|re)|front|back|top|bottom|2nd [lr]"
    r"|(?:second|third) (?:from )?(?:left|right)|l to r|from left)$",
    re.IGNORECASE,
)
"""The inside of a parenthesis marking a caption: "(Photo by ...)", "(AP Photo/...)", "(R)"."""
CAPTION_CREDIT_RE: Final = re.compile(
    r"(?:\s[-–—|]|[.!?])\s*(?:(?:file|handout) )?(?:photo|photograph|picture|image|credit)s?"
    r"(?: by| credit)?\s*:\s*\S",
    re.IGNORECASE,
)
"""A trailing photo credit: "... in Paris – Photo: X", "... in Cairo. File photo: X"."""
CAPTION_LABEL_RE: Final = re.compile(
    r"(?:photo|image|picture|caption|file photo)s?(?: by| credits?| courtesy(?: of)?)?\s*:",
    re.IGNORECASE,
)
"""A caption label opening the line: "Photo: ...", "Caption: ...", "Photo credit: ..."."""
PAREN_PHOTO_CREDIT_RE: Final = re.compile(
    r"\((?P<who>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}): "
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\)$"
)
"""
A photo credit closing a caption: "(AAP: Jane Doe)", "(ABC News: Jane Doe)": who took it.

Only a caption when the name before the colon is an agency's or an outlet's.
"""
AGENCY_PHOTO_RE: Final = re.compile(r"\b[A-Z]{2,6} (?:PHOTO|Photo)\s*/")
"""An agency photo credit outside parentheses: "AFP PHOTO / NAME"."""
DASHED_CREDIT_RE: Final = re.compile(
    r"\s[\u2014\u2013-]\s*(?P<who>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) ?/ ?"
    r"(?P<credit>[A-Za-z][^/()\[\]]{1,50}?)\.?$"
)
"""
A photographer and agency closing a caption after a dash: "... in Amman. — JANE DOE/AFP via
Getty Images" (the captions of American news sites).
"""
BRACKET_CREDIT_RE: Final = re.compile(
    r"\[(?P<file>(?:file|handout)(?: photo)?\s*:\s*)?[^\[\]/]{1,80}/\s*"
    r"(?P<credit>[A-Z][^\[\]/]{0,40})\]\s*$",
    re.IGNORECASE,
)
"""
A photo credit in square brackets closing a caption: "[File: Jane Doe/AFP]", "[Name/Agency]".

Without "File:" the name after the slash must be an agency's: "[IBD/TIPP]" cites a poll.
"""

# A publication line: "Published: 12 March 2024", "Updated on Tuesday, March 12, 2024",
# "Issued on: 20/02/2025 - 16:05", "Last modified 2024-02-10".
_STAMP_LABEL: Final = (
    r"(?:last updated|updated|first published|published|posted|date(?: published| posted)?"
    # "Publish : 09 Mar 2025", "Update : ..." (the stamps of South Asian dailies' pages)
    r"|issued|modified|last modified|publish(?=\s*:)|update(?=\s*:)"
    # "Write: 2026-06-10 16:22:05", "Written on 4 May 2025", "Created: 12.03.2026" (the labels
    # of broadcasters' and portals' templates)
    r"|write(?=\s*:)|written|created"
    # a press office's release labels: "Dated: 4 March 2026", "Release date: ...", "Date of
    # issue: ...", "Released on ..."
    r"|dated|release date|date of (?:issue|release|publication)|released"
    # a parliament's record of a written statement or answer: "Statement made on 15 September
    # 2026", "Answered on 3 March 2026", a question's "To be answered on 04.12.2019"
    r"|(?:statement\s+)?made(?=\s+on\b)|(?:to\s+be\s+)?answered(?=\s+on\b)"
    # a feed item's field ("pubDate: Mon, 07 Apr 2025 13:20:00 -0300") and a release's
    # embargo, the time it may be published ("EMBARGOED UNTIL 00:01 BST, 9 APRIL 2025")
    r"|pubdate(?=\s*:)|embargoed until"
    # the label told as a sentence: "This content was published on March 3, 2026 - 16:20"
    r"|this\s+(?:content|article|story|page|report)\s+was\s+(?:first\s+|last\s+)?"
    r"(?:published|posted|updated)"
    # a programme transcript's air date: "Aired February 20, 1999 - 6:00 p.m. ET", "Air date:
    # 3 March 2021", "Broadcast: 12 May 2025", "First broadcast on 4 June 2024"
    r"|aired|air\s?date|(?:first\s+)?broadcast(?=\s*:|\s+on\b)|first\s+broadcast)"
    r"(?: on| at)?(?:\s*:)?"
    # the zone before the time, as South Asian pages print it: "Last Updated IST 09:45, ..."
    r"(?:\s+(?-i:[A-Z]{2,4})(?=\s+\d))?"
)
PUBLISHED_LINE_RE: Final = re.compile(
    # the label's colon may touch the date ("Published:Thursday | March 6, 2025")
    rf"^{_STAMP_LABEL}(?:\s+|(?<=:))"
    r"(?:(?:[A-Z][a-z]+day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s*\|?\s+)?"
    r"(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec).{0,60}$",
    re.IGNORECASE,
)
"""A line giving the page's publication or update time."""
RELATIVE_STAMP_RE: Final = re.compile(
    rf"^{_STAMP_LABEL}\s+(?:(?:\d{{1,3}}|an?|one|two|three|few)\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|h|days?|weeks?)\s+ago|moments ago|just now"
    r"|yesterday|today)\s*\.?$",
    re.IGNORECASE,
)
"""A publication line giving a time relative to the reader's clock ("Updated 2 hours ago")."""

# Captions describe the picture in the present tense ("X meets Y in Z on ..."); a line of that
# kind printed twice in a row is a caption shown once as alt text and once under the photo.
CAPTION_VERB_RE: Final = re.compile(
    r"^[^\"“”]*\b(?:meets?|greets?|shakes?|speaks?|attends?|arrives?|poses?|gestures?|looks?"
    r"|walks?|listens?|waves?|talks?|holds?|sits?|stands?|signs?|delivers?|visits?|leaves?"
    r"|(?:is|are) (?:seen|pictured)|pictured)\b[^\"“”]*$"
)
"""A present-tense description of a photo, with no quotation in it."""
