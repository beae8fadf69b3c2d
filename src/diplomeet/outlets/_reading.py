# News typography (en dashes, curly quotes) is what these patterns match:
# ruff: noqa: RUF001, RUF002
"""
The layout reader shared by the built-in parsers: one pass over a page's lines.

Each line is furniture, a byline or credit, a caption, the headline, or body prose.  The
reader keeps the body in reading order, drops paragraphs repeated verbatim, and gathers
credits, captions and a stated publication date for :class:`~diplomeet.records.Source`.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import Final

from diplomeet._countries import CITIES, COUNTRY_NAMES, DEMONYMS
from diplomeet.outlets import _furniture as furniture
from diplomeet.outlets._agencies import canonical_agency
from diplomeet.outlets._archive import (
    DIGIT_RE,
    bare_dateline,
    dispatch_agency,
    read_archive_head,
)
from diplomeet.outlets._chrome import without_chrome, without_spaced_menus
from diplomeet.outlets._columns import (
    reflow_columns,
    reflow_indented,
    reflow_wrapped,
    without_jumps,
)
from diplomeet.outlets._contract import Layout
from diplomeet.outlets._copy_paths import read_copy_path
from diplomeet.outlets._credits import (
    OUTLET_FOOTER_OPENINGS,
    Credits,
    is_person,
    is_role,
    joint_agencies,
    masthead_like,
    photo_agencies,
    read_bare_byline,
    read_bio,
    read_byline,
    read_cited_agencies,
    read_credit_line,
    read_dateline,
    read_desk,
    read_field_line,
    read_name_over_date,
    read_name_over_role,
    read_named_outlet,
    read_outlet_footer,
    read_photo_credit_line,
    read_sign_off,
    read_standfirst_writer,
    read_trailing_credit,
    read_wire_end,
    read_wire_slug,
    reads_as_byline,
    reads_as_heading,
    special_to,
    without_byline_date,
)
from diplomeet.outlets._factiva import read_export
from diplomeet.outlets._fields import read_nexis, unlabel
from diplomeet.outlets._mail import read_mail
from diplomeet.outlets._outlet_names import SECTION_WORDS, day_first_of, known_outlet
from diplomeet.outlets._page_lines import read_page_line
from diplomeet.outlets._record_fields import read_record_fields
from diplomeet.outlets._textdates import (
    MONTH,
    NumericDate,
    date_line,
    first_full_date,
    first_stated_date,
    month_day,
    numeric_dates,
    prose_order,
    running_head,
    unglued,
    without_time,
    without_update,
)
from diplomeet.records import Diagnostic


def _clocked_date_line(line: str) -> bool:
    """Whether ``line`` is a date line closed by a clock time ("Sun Nov 22, 2026 12:00 AM")."""
    bare = without_update(line)
    return without_time(bare) != bare and date_line(line) is not None


__all__ = ["read_layout"]

# A printed rule alone on its line: a run of underscores, equals signs, dashes or stars.
_RULE_MARKS: Final = "_=-*~#"
_RULE_LINE_RE: Final = re.compile(r"[_=*~#-](?: ?[_=*~#-]){2,}$")
# Unusual spaces (no-break, thin, ideographic...) become plain ones.
#: A text whose lines average fewer characters than this may hold OCR'd newspaper columns.
_COLUMN_CHARS: Final = 45
_ODD_SPACE_RE: Final = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_HEADLINE_MAX_WORDS: Final = 30
# Paragraphs this short may repeat legitimately ("Photo", "7 p.m.").
_REPEAT_MIN_WORDS: Final = 5
_CAPTION_MAX_WORDS: Final = 70
_CAPTION_UNDER_CREDIT_MAX_WORDS: Final = 30
# Sign-offs ("Follow X on Twitter", "- X.") are read among the page's last lines only.
_SIGN_OFF_LINES: Final = 3
# Furniture lines are short; longer lines skip the furniture patterns.
_FURNITURE_MAX_CHARS: Final = 160
_END_MARK_MAX_CHARS: Final = 12
# A masthead ("The Example Times | World") is among the page's first lines and short.
_MASTHEAD_LINES: Final = 2
_UNKNOWN_MASTHEAD_MAX_CHARS: Final = 40
# Lines a masthead's name may stand over before the headline: a label, a date, a town.
_NAME_HEAD_PASSED_LINES: Final = 3
_TOWN_AND_COUNTRY: Final = 2
# A masthead's name, its town and its date on one line, set apart by bars or dashes.
_NAME_DATE_SPLIT_RE: Final = re.compile(r" [|—–] | - ")
_NAME_DATE_MAX_SPLITS: Final = 2
_BARE_MASTHEAD_MAX_WORDS: Final = 4
# Lines looked at under a writer's name and date over the headline (a reading time between).
_HEADLINE_AFTER_LINES: Final = 2
# A newspaper archive's banner: "THE EXAMPLE TIMES DIGITAL ARCHIVE", "Example Herald Archives".
_ARCHIVE_BANNER_RE: Final = re.compile(
    r"^(?P<name>(?:[A-Z][\w&'’.-]* ){0,4}?)\s*(?:(?:digital|historical|online|newspaper|print)\s+)?"
    r"archives?$"
    # an archive's name and what it holds, between bars: "Example | Digitised newspapers",
    # "Example Library | Historic Newspapers" (the archive, not a paper: no outlet is named)
    r"|^[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}\s*\|\s*(?:digiti[sz]ed|historic(?:al)?|archived?)"
    r"\s+(?:newspapers?|papers|periodicals|press)$",
    re.IGNORECASE,
)
# An archive service's page title: the paper's name, a dash or bar, then the service
# ("Google News Archive Search", "Digitised from microfilm").
_ARCHIVE_SERVICE_RE: Final = re.compile(
    r"^(?P<name>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}?)(?: [Aa]rchives?)?\s+[-|\u2013\u2014]\s+"
    r"(?P<service>[^|]*\b(?:[Aa]rchives?|[Dd]igiti[sz]ed|[Mm]icrofilm)\b[^|]*)$"
)
_ARCHIVE_SERVICE_MAX_WORDS: Final = 6
# A newspaper database's citation of the page (ProQuest's form): the paper, the years of its
# file, the issue's date and the page, between semicolons.
_CITATION_RE: Final = re.compile(
    r"^(?P<name>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,5}) \((?:1[89]|20)\d\d\s*-\s*"
    r"(?:[Cc]urrent(?: [Ff]ile)?|(?:1[89]|20)\d\d)\)\s*;\s*(?P<date>[^;]{6,40});"
)
# A library's or archive's field in a digitised-newspaper service's banner: "NewspaperSG |
# National Library Board, Singapore", "Papers Past | National Library of New Zealand".
_LIBRARY_FIELD_RE: Final = re.compile(r"\b(?:Library|Archives?)\b")
_LIBRARY_BANNER_MAX_WORDS: Final = 6  # in each field of such a banner
# An amendment's or a correction's note opening the page, over the headline.
_AMENDMENT_NOTE_RE: Final = re.compile(
    r"^(?:\*\s*)?(?:This (?:article|story|report|piece|post) (?:was|has been) "
    r"(?:amended|corrected|updated|changed)\b|(?:A )?[Cc]orrection (?:was )?appended\b)"
)
# A citation of the story: 'Doe, Jane. "Title." The Example Ledger (Town), 4 May 2023, p. A3.'
_STORY_CITATION_RE: Final = re.compile(
    r"^(?:(?P<surname>[A-Z][\w'’-]+), (?P<given>[A-Z][\w'’-]*(?: [A-Z][\w'’.-]*)?)\. )?"
    r"[\"“](?P<title>[^\"“”]{8,160})[\"”] (?P<paper>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4})"
    r"(?: \([A-Z][\w .'’-]{1,30}\))?, (?P<date>[\w ,.]{6,30}?\d{4})(?:, pp?\. ?[\w-]{1,6})?\.?$"
)
# A masthead's town after a dash, in capitals: "THE HARBOUR BEACON — SUVA".
_DASH_TOWN_RE: Final = re.compile(
    # (after a non-space: a run of spaces is tried once, not from each of its characters)
    r"(?<=\S)\s+[-\u2013\u2014]{1,2}\s+(?P<town>[A-Z\u00c0-\u00de][^\s-]*(?: [A-Z][^\s-]*)?)$"
)
# A site's name, "Online", a dash or a bar and its section: "The Harbour Daily Online -- World".
_ONLINE_SECTION_RE: Final = re.compile(
    r"^(?P<name>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}) Online\s+(?:--|[-|:\u2013\u2014])\s+"
    r"(?P<section>[A-Z][A-Za-z&]*(?: [A-Za-z&]+){0,2})$"
)
# An outlet's name is words of letters: no digits (a date line), no bars or colons.
# (any alphabet's letters: "Mahé Island Chronicle", "Tōhoku Herald"; no digit)
_UNKNOWN_MASTHEAD_RE: Final = re.compile(
    r"^(?!.*[\d_])[^\W\d_][\w&'’.-]*(?: [^\W\d_][\w&'’.-]*){0,4}$"
)
# A weekly's issue dates, first day to last: "4 - 10 June 1998", "28 May - 3 June 1998".
# An issue line of a paper's or a bulletin's head: its volume or its year of publication, then
# the issue's number ("Vol. XLVI - 46th Year ... No. 112", "85th Year -- No. 214 Price 10
# Cents", "Volume 12, Number 3")
_ISSUE_LINE_RE: Final = re.compile(
    r"^(?:(?:Vol|VOL|Volume|VOLUME)\.? [IVXLC\d]{1,8}"
    r"|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH) (?:Year|YEAR))"
    r"\b.{0,80}\b(?:No|NO|Number|NUMBER)\.? ?\d{1,5}\b"
)
# A newsletter's or a weekly's issue number, maybe with its date after a mark: "Issue 214 · 8
# March 2025", "ISSUE NO. 52 | May 2, 2025", "Issue #9".
# A file reference (holding a digit and a mark: "No. F.12/4/55-EXT", "Ref: MFA/2026/118"), then
# the place and the date: "No. K.12/4/55-EXT      Varno, the 6th April, 1955."
_REFERENCE_DATE_RE: Final = re.compile(
    r"^(?:No\.|Ref(?:erence)?(?:\.|:| No\.)) ?(?=[\w./-]*\d)(?=[\w./-]*[./-])[\w./-]{3,40}\s+"
    r"(?P<date>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}, (?:the )?\d{1,2}(?:st|nd|rd|th)? "
    rf"{MONTH},? (?:1[89]|20)\d\d)\.?$"
)
# A bulletin's or an issue's number closing a line of the head: "Daily Bulletin No. 35"
_BULLETIN_NUMBER_RE: Final = re.compile(
    r"\b(?:Bulletin|BULLETIN|Issue|ISSUE|Edition|EDITION) (?:No|NO)\.? ?\d{1,5}$"
)
_ISSUE_NUMBER_LINE_RE: Final = re.compile(
    r"^(?:Issue|ISSUE)(?: (?:No|NO)\.?)? ?#?\d{1,5}(?: ?[|\u00b7\u2022,\u2013\u2014-] ?.{6,40})?$"
)
# A clock time on a date line: "16:31", "4.05pm", "9:12 a.m."
_CLOCK_TIME_RE: Final = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\b\.?|\s?[AP]M\b)?$")
# An editor's field on its own line of the head: "Editor: Jane Doe", "Editors: A, B"
# (the fields of a Chinese state site's head: "Source: Xinhua" / "Editor: Jane Doe" / date)
_EDITOR_FIELD_RE: Final = re.compile(r"^(?:Web |Chief |Responsible )?[Ee]ditors?\s?[:：]\s?\S")
# A date with a topic's label after it, as an organisation's news pages print it under the
# title: "5 March 2025 Peace and Security", "12 June 2024 Climate and Environment"
_DATE_THEN_LABEL_RE: Final = re.compile(
    rf"^(?P<date>\d{{1,2}} {MONTH} (?:19|20)\d\d) "
    r"(?P<label>[A-Z][\w'’-]*(?: (?:&|and|[A-Z][\w'’-]*)){0,3})$"
)
# A head's source field on its own line: "Source: Xinhua", "Source: The Example Daily"
_SOURCE_FIELD_RE: Final = re.compile(r"^Source\s?:\s?(?P<name>[A-Z][\w&.'’ -]{1,50})$")
# A feed's or a copied record's label before its title: "Title: ...", "Headline: ..."
_TITLE_LABEL_RE: Final = re.compile(r"^(?:Title|Headline|TITLE|HEADLINE)\s?:\s+(?=\S)")
_ISSUE_RANGE_RE: Final = re.compile(
    r"^(?P<first>\d{1,2}(?: [A-Z][a-z]{2,8})?)\s*[-–]\s*"
    r"\d{1,2} (?P<month>[A-Z][a-z]{2,8}),? (?P<year>\d{4})$"
)
# A wire story's first paragraph, dateline and all, is no headline even in capitals:
# "LIMA, NOV. 3 (INS)--THE MINISTER ...", "OSLO, May 4 - ...".
_WIRE_LEAD_RE: Final = re.compile(
    furniture.WIRE_DATELINE_RE.pattern + r"\s*(?:\([A-Za-z][\w-]{0,15}\)\s*)?(?:--|[—–-] )"
)
# A dateline's place alone on its line, in capitals: "LONDON", "NEW DELHI", "ST. JOHN'S", and
# with its country or state after a comma, as print datelines give it: "NAIROBI, KENYA".
_PLACE_WORDS: Final = r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3}"
_PLACE_LINE_RE: Final = re.compile(rf"^{_PLACE_WORDS}(?:, {_PLACE_WORDS})?$")
# how many section labels may stand one over another above a headline, beyond the first
_STACKED_LABELS: Final = 2
_MASTHEAD_MAX_CHARS: Final = 80
_PRINT_TRAILER_OPENINGS: Final = ("Published in ", "Printed in ", "Appeared in ")
# A newsletter's sentence naming its writer: "Morning Update is written by Jane Doe.",
# "Today's newsletter was written by Jane Doe and John Roe." (its name in capitals, or this
# or today's newsletter, briefing or edition, as the subject).
_NEWSLETTER_WRITER_RE: Final = re.compile(
    r"(?:(?:This|Today['’]s) (?:newsletter|briefing|edition|email|brief|digest)"
    # (a name holding a newsletter's word: "Morning Update", "The Daily Brief", "Evening
    # Briefing"; not "The Agreement was written by ...")
    r"|(?:[A-Z][\w'’&-]* ){0,2}(?:Update|Brief|Briefing|Newsletter|Digest|Memo|Roundup"
    r"|Dispatch|Edition|Bulletin|Letter|Wrap)) (?:is|was) (?:written|compiled|curated|"
    r"put together) by (?P<names>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}"
    r"(?:(?:,| and|, and) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}){0,2})\.(?:\s|$)"
)
_NEWSLETTER_AND_RE: Final = re.compile(r",? and |, ")
# A foot line naming the site ("Top stories of the week in X, ..."): short, no sentence.
_FOOTER_MAX_CHARS: Final = 120
_CAPITALISED_RUN_RE: Final = re.compile(r"[A-Z][\w&.'’-]*(?: (?:[A-Z0-9][\w&.'’-]*|of))*")
# A section label over a headline: one to three capitalised words ("World", "India News",
# "Asia-Pacific", "UAE", "Arts & Culture"), as news sites print the section above the title.
_SECTION_MAX_CHARS: Final = 32
# A feature's picture credit as a labelled field: "Photography: Jane Doe", "PHOTOS: John Roe".
_PICTURE_FIELD_RE: Final = re.compile(
    r"^(?:photos?|photographs?|photography|pictures?|images?|illustrations?|video)\s*:\s*[A-Z]",
    re.IGNORECASE,
)
# (a section of two countries' relations may join their names by an en dash)
_SECTION_LABEL_RE: Final = re.compile(r"^[A-Z][\w'’.–-]*(?: (?:&|\+|and|of|[A-Z][\w'’.–-]*)){0,2}$")
# A photo credit in brackets closing a caption: "(Jane Doe / AFP via Getty Images)".
_CREDIT_PAREN_MAX_CHARS: Final = 90
_VIA_SPLIT_RE: Final = re.compile(r"/| via ")
# A path of section labels over the headline: "Europe | Defense", "World / Asia".
_SECTION_PATH_MAX_CHARS: Final = 60
_SECTION_PATH_MAX_LABELS: Final = 4
_SECTION_PATH_SPLIT_RE: Final = re.compile(r" ?[|/] ?")
_CRUMB_SPLIT_RE: Final = re.compile(r"[/|>\u00bb\u203a]")
# A breadcrumb ending with the headline: its separators, and the headline's least length.
_CRUMB_SEPARATORS: Final = "/|>\u00bb\u203a"
_CRUMB_TITLE_MIN_CHARS: Final = 12
# A wire's slug or item number is short: "BC-KENYA-UGANDA 1STLD", "TASS 041".
_SLUG_MAX_CHARS: Final = 48
# A bulletin's report number ("FBIS-LAT-78-240", "SWB-SU-1234"): letters and digits joined by
# hyphens, read as a report's, not a paper's name, when the issue's volume closes the line.
_REPORT_NUMBER_RE: Final = re.compile(r"^[A-Z]{2,8}(?:-[A-Z0-9]{1,8}){1,4}$")
_ISSUE_TAIL_RE: Final = re.compile(r"\b(?:VOL|Vol|Volume|VOLUME)\.? [IVXLC\d]{1,8},? (?:No|NO)\b")
_ISSUER_WORDS: Final[tuple[str, ...]] = (
    "Ministry",
    "Office",
    "Government",
    "Presidency",
    "Embassy",
    "High Commission",
    "Department",
    "Secretariat",
    "Press Service",
    "President",
    "Prime Minister",
)
"""
Words naming an issuing office in a site's letterhead ("Ministry of External Affairs",
"Government of India", "President of Russia", "Presidential Communications Office"), from
the letterheads of government and ministry news pages.
"""
_ISSUER_NAME: Final = r"[A-Z][\w'’-]*(?: (?:of|and|the|[A-Z][\w'’-]*)){0,4}"
# "Ministry of X", "President of X": the office, then what it is of; or a short name ending
# with the office ("Presidential Communications Office"), at the very top of the page
_ISSUER_OF_RE: Final = re.compile(
    # a country's initials may open it: "U.S. Department of State", "UK Ministry of Defence"
    r"^(?:The )?(?:[A-Z][A-Z.]{1,4} )?(?:"
    + "|".join(_ISSUER_WORDS)
    + rf") of (?:the )?{_ISSUER_NAME}"
    # the state's formal name after the office: "... of the Republic of Paraguay"
    r"(?: of the (?:[A-Z][\w'’-]* )?(?:Republic|Kingdom|State|Federation|Commonwealth|Union"
    r"|Sultanate|Emirate|Principality|Grand Duchy)"
    r"(?: of(?: the)? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?)?"
    # the state's name set apart by a dash or a bar: "Ministry of Foreign Affairs — Republic
    # of Palau", "Office of the President | Kingdom of Tonga"
    r"(?: [—–|-] (?:The )?(?:[A-Z][\w'’-]* )?(?:Republic|Kingdom|State|Federation|Commonwealth"
    r"|Union|Sultanate|Emirate|Principality|Grand Duchy|Government)"
    r" of(?: the)? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?"
    # the town of an embassy or a consulate after a comma: "Embassy of Examplia, Ottawa"
    r"(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?$"
)
_ISSUER_MAX_CHARS: Final = 80
# An issuing body's name in capitals, closing on its kind: "FOREIGN BROADCAST INFORMATION
# SERVICE", "JOINT PUBLICATIONS RESEARCH SERVICE", "CENTRAL STATISTICS BUREAU" (the mastheads
# of government bulletins and monitoring reports).
_BODY_IN_CAPITALS_RE: Final = re.compile(
    r"^[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,4} (?:SERVICE|AGENCY|BUREAU|ADMINISTRATION"
    r"|COMMISSION|DIRECTORATE|AUTHORITY|INSTITUTE|CENTRE|CENTER|OFFICE|MINISTRY)$"
)
_ISSUER_END_RE: Final = re.compile(
    r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} (?:Office|Ministry|Presidency|Secretariat)$"
)
_ISSUER_TOP_LINES: Final = 2
# Small words of a name in capitals, lower-cased again once the name is title-cased.
_SMALL_TITLE_WORD_RE: Final = re.compile(r"(?<= )(?:Of|The|And|For)(?= )")


def _small_words_title(line: str) -> str:
    """``line`` in title case but its small words: "MINISTRY OF DEFENCE", "Ministry of Defence"."""
    return _SMALL_TITLE_WORD_RE.sub(lambda m: m[0].lower(), line.title())


def _as_printed(name: str) -> str:
    """A name as a masthead prints it: in title case when set in capitals ("THE EXAMPLE POST")."""
    return _small_words_title(name) if name.isupper() else name


def _name_shaped(line: str) -> bool:
    """Whether ``line`` is short words of letters, as an outlet's name the table lacks is."""
    return len(line) <= _UNKNOWN_MASTHEAD_MAX_CHARS and _UNKNOWN_MASTHEAD_RE.match(line) is not None


_SENTENCE_END_RE: Final = re.compile(r"[.!?]['\"’”)]*$")
_TITLE_WORD_RE: Final = re.compile(r"[A-Za-z][\w'’-]*")
_SMALL_WORDS: Final = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "off",
        "on",
        "or",
        "over",
        "per",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
    ]
)


def _is_title_case(line: str) -> bool:
    words = [w for w in _TITLE_WORD_RE.findall(line) if w.casefold() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_QUESTION_END_RE: Final = re.compile(r"\?['\"’”)]*$")


def _without_topic_label(line: str) -> str:
    """
    A date line less the topic's label after the date: "5 March 2025 Peace and Security".

    The label's words must all be sections' words; otherwise ``line`` is returned as it is.
    """
    labelled = (
        _DATE_THEN_LABEL_RE.match(line) if line[:1].isdigit() and line[-1:].isalpha() else None
    )
    if labelled is None or not all(
        w.casefold() in SECTION_WORDS or w in {"and", "&"} for w in labelled["label"].split()
    ):
        return line
    return labelled["date"]


def _statement_end(line: str) -> bool:
    """
    Whether ``line`` ends as a sentence of the story does: a headline may ask a question.

    "Can the Truce Hold?" under a section's label is the title, as "Talks Resume" is.
    """
    return _SENTENCE_END_RE.search(line) is not None and _QUESTION_END_RE.search(line) is None


_SMALL_LOGO_WORDS: Final = frozenset({"of", "the", "and", "for", "on"})


def _capitals_but_small_words(line: str) -> bool:
    """
    Whether ``line`` is in capitals but for its small words, as logos set a name.

    "U.S. DEPARTMENT of STATE", "MINISTRY of FOREIGN AFFAIRS and TRADE".
    """
    words = line.split()
    small = [w for w in words if w in _SMALL_LOGO_WORDS]
    return (
        bool(small)
        and len(small) < len(words)
        and all(w.isupper() for w in words if w not in _SMALL_LOGO_WORDS)
    )


# The headings of a page's author box, over its writers' names (and their posts).
_AUTHOR_BOX_HEADINGS: Final = frozenset({"authors", "author", "written by", "contributors"})
_AUTHOR_BOX_LINES: Final = 12  # at most, under the heading: six writers, each with a post
_POST_MAX_CHARS: Final = 120  # a writer's line, with a post after a comma


def _headline_like(line: str) -> bool:
    """
    A short line that reads as a title, not as a sentence of the story.

    A line in capitals that ends a sentence is a paragraph of wire copy, not a title case.
    """
    words = line.split()
    if not 2 <= len(words) <= _HEADLINE_MAX_WORDS:
        # an official document's title runs long with the offices and names it lists
        return (
            _HEADLINE_MAX_WORDS < len(words) <= _DOCUMENT_TITLE_MAX_WORDS
            and _DOCUMENT_TITLE_OPENING_RE.match(line) is not None
            and not _SENTENCE_END_RE.search(line)
        )
    return (
        not _SENTENCE_END_RE.search(line)
        or (_is_title_case(line) and not line.isupper())
        # a title in capitals closing on initials: "UGANDA PROTESTS TO U.N."
        or (line.isupper() and _CLOSING_INITIALS_RE.search(line) is not None)
    )


_DOCUMENT_TITLE_MAX_WORDS: Final = 60
# The kind of document opening its title: "Joint Communiqué on the Official Visit of ...",
# "Joint Statement by the Foreign Ministers of ...", "Declaration of the ... Summit"
_DOCUMENT_TITLE_OPENING_RE: Final = re.compile(
    r"(?:Joint |Final |Press )?(?:Communiqu[eé]|Statement|Declaration|Press Release|Readout)"
    r" (?:on|of|by|following|after|at|issued)\b"
)


# Two-digit years of teleprinter copy, of the telex era (the 1940s to the 2000s): 40-99 are
# 1940-1999, 00-39 are 2000-2039 (POSIX's %y pivot, 69, would put "12.06.67" in 2067).
_TELEX_CENTURY_PIVOT: Final = 40
_CENTURY: Final = 100
# A date line, then a byline on the same line: "November 18, 2026  By Jane Doe".
_DATE_THEN_BYLINE_RE: Final = re.compile(r"^(?P<date>[\w ,.]{6,40}?\d{4}) (?P<by>By [A-Z].{2,80})$")
# The marks opening a summary's bullet points over a wire story ("* Crossing to reopen").
_SUMMARY_BULLETS: Final = ("* ", "\u2022 ", "\u25cf ", "\u25aa ")


def _lines(text: str) -> list[str]:
    # (a tab sets a copied menu's items apart as a run of spaces does)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "  ")
    # (paragraphs marked by indentation, their other lines flush: one line each)
    text = reflow_indented(without_spaced_menus(text))
    if not text.isascii():
        text = _ODD_SPACE_RE.sub(" ", text)
    while "  " in text:  # runs of spaces become one (faster than a regex stopping at each space)
        text = text.replace("  ", " ")
    if "``" in text:
        # Old wire copy and typewriter ASCII mark quotations ``like this'': with an opening
        # pair present, the pairs become the curly marks the quotation reader knows.
        text = text.replace("``", "\u201c").replace("''", "\u201d")
    lines = [line.strip() for line in text.split("\n")]
    if ("<\n" in text or text.rstrip().endswith("<")) and any(
        line.startswith("^") and line.endswith("<") for line in lines
    ):
        # a data feed's marked lines ("^Peruvian Envoys Meet<", "^By JANE DOE<", and its
        # closing "AP-DS-02-08-95 1847EST<", AP DataStream): the marks go, the words stay
        lines = [line.removeprefix("^").removesuffix("<").strip() for line in lines]
    # the lines of OCR'd newspaper columns are short: only then may a block be one
    if len(lines) * _COLUMN_CHARS > len(text):
        lines = reflow_columns(lines)
    # (a page typed or saved at a fixed width: its paragraphs' lines joined again; a print
    # story's jump to another page and back taken out)
    return without_jumps(reflow_wrapped(lines))


def read_layout(text: str, *, outlet: str | None = None) -> Layout:
    """
    Read ``text`` into a :class:`Layout` with the general rules of English news pages.

    Args:
        text: The page as plain text, one paragraph or furniture item per line.
        outlet: The outlet's display name when the caller's parser knows it; otherwise the
            outlet is read from desk bylines, self-descriptions and syndication footers.
    """
    path = read_copy_path(_lines(text))
    page = read_page_line(path.lines)
    record = read_record_fields(
        path.lines if page is None else path.lines[: page.index] + path.lines[page.index + 1 :]
    )
    lines = without_chrome(record.lines)
    lines, source_name = _read_archive(lines)
    if "" in lines:
        lines = _join_broken_head(lines)
    reader = _archive_reader([line for line in lines if line])
    reader.run()
    _credit_source_name(source_name, reader)
    body = _drop_repeats(reader.body)
    headline = reader.headline
    if not body and headline is not None:
        # a text of one sentence: what read as a headline is the whole story
        body, headline = [headline], None
    if body and read_bio(body[-1], reader.tally, story="\n".join(body[:-1])):
        body.pop()
    headline = _monitored_item(body, headline, reader.tally, reader.lines)
    dateline = _wire_dateline(body, reader)
    # (the first paragraphs too: "PARIS, June 3.—(By the Associated Press.)—" is no wire
    # dateline read_dateline() knows)
    _later_dispatches(body, reader.tally)
    story = "\n\n".join(body)
    read_cited_agencies(story, reader.tally)
    # "From NAME, Europe Editor, in Brussels": the byline's place is the story's dateline
    closed, closing_place = _closing(body)
    dateline = dateline or reader.placed_date_line or reader.tally.place or closing_place
    tally = reader.tally
    # an agency's own copy: its dateline or source line is the page's only credit
    wire = tally.wire if tally.agencies == [tally.wire] else None
    page_outlet = page.outlet if page is not None else None
    outlet = (
        outlet
        or reader.outlet
        or page_outlet
        or record.outlet
        or tally.outlet
        or path.outlet
        or wire
        or reader.footer_outlet
        or reader.issuer
    )
    if outlet is None:
        outlet = read_named_outlet(story, tally)
        if outlet is not None:
            reader.notes.append(
                Diagnostic(
                    code="source.outlet_from_story",
                    severity="info",
                    message=(
                        f'The outlet {outlet!r} was read from the story naming it ("told '
                        f'{outlet}", "{outlet} has learned"); stories quote other outlets '
                        "the same way."
                    ),
                )
            )
    stated = reader.published
    if isinstance(stated, NumericDate):
        stated = _read_numeric(stated, reader, outlet, story, dateline)
    published = (
        stated
        or (page.published if page is not None else None)
        or record.published
        or _published_from(reader.captions, dateline)
        or _dateline_numeric(dateline, reader, outlet, story)
        or _signed_date(body)
        or closed
        or _document_title_date(headline)
        or _copyright_dated(dateline, reader.lines)
        or path.published
    )
    return Layout(
        body="\n\n".join(body),
        headline=headline,
        authors=tuple(tally.authors),
        agencies=tuple(tally.agencies),
        captions=tuple(reader.captions),
        # (a printed page's line is a stamp too: its date is one the page states)
        stamps=tuple(reader.stamps) + ((page.text,) if page is not None else ()),
        dateline=dateline,
        outlet=outlet,
        published=published,
        diagnostics=tuple(reader.notes),
    )


def _wire_dateline(body: list[str], reader: _Reader) -> str | None:
    """
    Read and cut the wire dateline opening one of the story's first paragraphs.

    It opens one of the first two paragraphs after the head's date lines (and after the
    bullet points of a story's summary, "* Talks last six hours").
    """
    reach = 2 + len(reader.date_lines)
    for i, paragraph in enumerate(body):
        if i >= reach:
            break
        if paragraph.startswith(_SUMMARY_BULLETS):
            reach += 1
        elif paragraph not in reader.date_lines:
            body[i], dateline = read_dateline(paragraph, reader.tally)
            if dateline:
                return dateline
    return None


def _archive_reader(lines: list[str]) -> _Reader:
    """
    The reader of a page's non-empty ``lines``, less a newspaper archive's lines over the page.

    An archive's title of the page, its banner and fields, and the paper's own head (its name
    in capitals and folio lines) name the paper and date the issue (see :mod:`._archive`).
    """
    archive = read_archive_head(lines)
    page = list(archive.lines) if archive else lines
    kept = _drop_letterhead(page)
    reader = _Reader(kept)
    if kept is not page:
        reader.issuer = _letterhead_issuer(page[0])
    if archive is not None:
        reader.outlet = archive.outlet
        reader.published = archive.published
        reader.stamps.extend(archive.stamps)
    return reader


def _read_archive(lines: list[str]) -> tuple[list[str], str | None]:
    """
    Rewrite an archive's export (Factiva, Nexis Uni, LexisNexis) or a mail's head as a page's.

    Returns the page's lines and the source's name the export gives, or ``None``.
    """
    lines, source_name = read_export(lines)
    if source_name is None:
        lines, source_name = read_nexis(lines)
    if source_name is None:
        lines, source_name = read_mail(lines)
    return unlabel(lines), source_name


def _credit_source_name(name: str | None, reader: _Reader) -> None:
    """
    Credit the source an archive export names: an agency ("Inter Press Service") or the outlet.

    A known agency, by its name or code, is credited as the copy's own wire; another name
    ("The Example Times (London)") is the outlet, less the place in brackets after it.
    """
    if not name:
        return
    name = _SERVICE_TAIL_RE.sub("", name)
    agency = canonical_agency(name)
    if agency is not None:
        reader.tally.add_agency(agency)
        reader.tally.wire = reader.tally.wire or agency
        return
    reader.outlet = reader.outlet or _PLACE_SUFFIX_RE.sub("", name).strip() or None


# an agency's language service after its name in an archive's source field: "Agence France
# Presse -- English", "Example News Agency - English Service"
# (it starts after a non-space, so a run of spaces is crossed once)
_SERVICE_TAIL_RE: Final = re.compile(
    r"(?<=\S)\s+(?:--|[-\u2013\u2014])\s+English(?: Service| Edition)?$"
)
# a paper's place in brackets after its name in an archive's source field: "(London)"
_PLACE_SUFFIX_RE: Final = re.compile(r"\([^()]{1,40}\)$")


# How many paragraphs of a page's head are looked at for a title broken over lines.
_HEAD_PARAGRAPHS: Final = 8
_STORY_MIN_WORDS: Final = 12
_BROKEN_LINE_MAX_WORDS: Final = 8
_LINE_OPENINGS_NO_TITLE: Final = ("BY ", "FROM ", "By ", "From ")


# A monitoring service's source line under an item's title (FBIS Daily Reports, JPRS, BBC
# Monitoring): the item's number, the broadcaster or agency and its language, the time and
# day of transmission: "LD1009151892 Moscow ITAR-TASS World Service in English 1452 GMT 10
# Sep 92", "PY122330 Buenos Aires Domestic Service in Spanish 2300 GMT 12 Dec 78 PY".
_MONITOR_SOURCE_RE: Final = re.compile(
    r"^[A-Z]{2}\d{6,12}\s+(?P<source>[^\n]{3,80}?)\s+in\s+[A-Z][a-z]+\s+\d{4}\s+GMT\s+"
    r"\d{1,2}\s+[A-Z][a-z]{2}\s+\d{2}(?:\s+[A-Z]{2})?$"
)
# The item's byline in brackets under its source line: "[By ITAR-TASS correspondent A B]".
_MONITOR_BYLINE_RE: Final = re.compile(
    r"^\[By\s+(?:(?P<agency>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+)?"
    r"(?:[a-z]+\s+){0,3}?(?P<name>[A-Z][\w.\'-]*(?:\s+[A-Z][\w.\'-]*){1,3})\]$"
)
_MONITOR_HEAD_PARAGRAPHS: Final = 8


def _monitored_item(
    body: list[str], headline: str | None, tally: Credits, lines: list[str]
) -> str | None:
    """
    Read a monitoring report's item: its title over its source line, its bracketed byline.

    The lines of the report's head above the title (its number, "Daily Report", the region,
    the country and section heads) are no headline and no byline; the title is the line right
    above the source line, which credits the agency it names ("Moscow ITAR-TASS World Service
    in English": ITAR-TASS; a "Domestic Service" is a broadcaster, none).  ``body`` loses the
    title and the byline (the head's other lines stay: its date line is a date of the text);
    the headline read is returned.
    """
    source = next(
        (
            k
            for k, paragraph in enumerate(body[:_MONITOR_HEAD_PARAGRAPHS])
            if _MONITOR_SOURCE_RE.match(paragraph)
        ),
        None,
    )
    if source is None:
        return headline
    found = _MONITOR_SOURCE_RE.match(body[source])
    if found is not None:
        for word in found["source"].split():
            agency = canonical_agency(word)
            if agency is not None:
                tally.add_agency(agency)
                break
    if source >= 1:
        title = body[source - 1]
        # (what the head's lines gave as bylines were its region and section heads)
        head = set(lines[: lines.index(title)]) if title in lines else set()
        tally.authors[:] = [a for a in tally.authors if a not in head]
        headline = title
        # (the head's other lines stay: its date line is a date of the text)
        del body[source - 1]
        source -= 1
    byline = _MONITOR_BYLINE_RE.match(body[source + 1]) if len(body) > source + 1 else None
    if byline is not None:
        tally.add_author(byline["name"])
        agency = canonical_agency(byline["agency"]) if byline["agency"] else None
        if agency is not None:
            tally.add_agency(agency)
        del body[source + 1]
    return headline


def _later_dispatches(paragraphs: list[str], tally: Credits) -> None:
    """
    Credit the agency of a later dispatch on the same page, under its own dateline.

    "HARARE, Wednesday (ZANA)." or "KUALA LUMPUR, Monday (A.A.P.).—..." further down a
    print page opens a second item, its agency's copy.
    """
    for paragraph in paragraphs:
        head = paragraph[:60]
        later = _LATER_DISPATCH_RE.match(paragraph) if "(" in head or "[" in head else None
        agency = canonical_agency(later["agency"]) if later is not None else None
        agency = agency or dispatch_agency(paragraph)
        if agency is not None:
            tally.add_agency(agency)
        elif later is not None:
            # "JAKARTA, Aug. 16 (AAP-Reuter). --": a pooled credit, each agency of it
            for pooled in joint_agencies(later["agency"]):
                tally.add_agency(pooled)


def _join_broken_head(lines: list[str]) -> list[str]:
    """
    Join the lines of a title or deck that print broke over lines of one paragraph.

    "SPANISH ENVOY" / "RECALLED OVER" / "FISHING ROW" (one paragraph in capitals over a deck,
    a byline or the story) is one headline; "Trawler seized and" / "crew held in port" is one
    deck.  Only the page's head is read, up to the story's first paragraph; ``lines`` keep
    blank lines ("") between paragraphs, and a text with none is left as it is.
    """
    out: list[str] = []
    start = 0
    paragraphs = 0
    while start < len(lines) and paragraphs < _HEAD_PARAGRAPHS:
        if not lines[start]:
            out.append("")
            start += 1
            continue
        end = start
        while end + 1 < len(lines) and lines[end + 1]:
            end += 1
        block = lines[start : end + 1]
        paragraphs += 1
        if len(" ".join(block).split()) >= _STORY_MIN_WORDS and _SENTENCE_END_RE.search(block[-1]):
            break  # the story has begun
        after = next((line for line in lines[end + 1 :] if line), "")
        ruled = next(
            (
                at
                for at in range(1, len(block) - 1)
                if block[at][:1] in _RULE_MARKS and _RULE_LINE_RE.match(block[at].strip())
            ),
            0,
        )
        if ruled:
            # a printed rule between a title and its deck ("TRUCE AGREED" / "AT LAST" /
            # "------" / "Envoys Sign After" / "Four Days"): each side is read on its own
            out.extend(_joined_block(block[:ruled], block[ruled + 1], lines, end))
            out.append(block[ruled])
            out.extend(_joined_block(block[ruled + 1 :], after, lines, end))
        else:
            out.extend(_joined_block(block, after, lines, end))
        start = end + 1
    return out + lines[start:]


def _joined_block(block: list[str], after: str, lines: list[str], end: int) -> list[str]:
    """A paragraph of the head as :func:`_join_broken_head` reads it, joined or split."""
    if len(block) > 1 and (
        _broken_title(block, after)
        or _broken_deck(block)
        or _broken_title_case(
            block, byline_after=reads_as_byline(after) or _story_below(lines, end + 1)
        )
    ):
        return [" ".join(block)]
    if len(block) > 2 and block[0].isupper():
        return _title_over_deck(block)
    return block


def _title_over_deck(block: list[str]) -> list[str]:
    """
    Split a print head of one paragraph into its title in capitals and the deck under it.

    "TRUCE TALKS" / "BROKEN OFF" / "Envoys Walk Out Of" / "Border Meeting": the lines in
    capitals are one title, the lines in title case under them one deck, each joined when it
    reads as one (see :func:`_broken_title`, :func:`_broken_title_case`).  A block of another
    shape is left as it is.
    """
    top = next((at for at, line in enumerate(block) if not line.isupper()), len(block))
    title, deck = block[:top], block[top:]
    if not 2 <= len(title) <= _BROKEN_TITLE_MAX_LINES or not deck:
        return block
    if not _broken_title(title, deck[0]) or any(map(_masthead_or_label, title)):
        return block
    if len(deck) > 1 and not (_broken_title_case(deck) or _deck_lines(deck)):
        return block
    return [" ".join(title), " ".join(deck)]


def _masthead_or_label(line: str) -> bool:
    """
    Whether a line in capitals is a paper's name or a section's label, not a title's line.

    "THE HARBOUR TIMES" / "WORLD NEWS" over a headline in title case are the page's masthead
    and its section, each read as such.
    """
    return (
        masthead_like(line.title())
        or known_outlet(line) is not None
        or all(word.casefold() in SECTION_WORDS for word in line.split())
    )


def _deck_lines(deck: list[str]) -> bool:
    """
    Whether short lines in title case under a title are one deck a narrow column broke.

    "Envoys Walk Out Of" / "Border Meeting": each line but the last closes on a word a title
    cannot end on (a preposition or an article), so the next goes on with it.
    """
    return (
        len(deck) <= _BROKEN_TITLE_MAX_LINES
        and all(
            _is_title_case(line)
            and len(line.split()) <= _BROKEN_LINE_MAX_WORDS
            and not _SENTENCE_END_RE.search(line)
            and not reads_as_byline(line)
            and date_line(line) is None
            for line in deck
        )
        and all(before.rsplit(" ", 1)[-1].casefold() in _DECK_GOING_ON for before in deck[:-1])
    )


# The words a deck's line closes on when it goes on in the next: "Walk Out Of" / "Talks".
_DECK_GOING_ON: Final = frozenset(
    {"of", "at", "in", "on", "to", "for", "from", "with", "over", "after", "as", "by"}
    | {"the", "a", "an", "and", "or", "into", "near", "against"}
)


def _story_below(lines: list[str], start: int) -> bool:
    """
    Whether the story's wire dateline opens the next paragraph from ``start``, or the one after.

    "WARSAW (AP) -- ..." right under a print head's lines, or under a one-line deck ("Meet Over
    2 Hours; Next Session Set"): what stands over it is the story's headline, as a byline
    under it would tell.
    """
    paragraphs: list[list[str]] = []
    for line in lines[start : start + _DECK_AND_STORY_LINES]:
        if not line:
            if paragraphs and paragraphs[-1]:
                paragraphs.append([])
        elif paragraphs:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    if paragraphs and dispatch_agency(paragraphs[0][0]) is not None:
        return True
    return (
        len(paragraphs) > 1
        and len(paragraphs[0]) == 1
        and _SENTENCE_END_RE.search(paragraphs[0][0]) is None
        and dispatch_agency(paragraphs[1][0]) is not None
    )


_DECK_AND_STORY_LINES: Final = 6


def _broken_title(block: list[str], after: str) -> bool:
    """
    Whether a paragraph of short lines in capitals is one title broken over them.

    It must be the last such paragraph of the head (a line not in capitals follows it):
    "DAILY REPORT" / "ASIA" over a further head in capitals are labels, not a title.
    """
    return (
        # (a byline in capitals may follow: "BY JANE DOE")
        (not after.isupper() or after.startswith(("BY ", "By ")))
        and all(
            line.isupper()
            and len(line.split()) <= _BROKEN_LINE_MAX_WORDS
            and DIGIT_RE.search(line) is None
            and not line.startswith(_LINE_OPENINGS_NO_TITLE)
            # (an abbreviation may close a line: "UGANDA PROTESTS TO U.N.")
            and not (_SENTENCE_END_RE.search(line) and not _CLOSING_INITIALS_RE.search(line))
            and "|" not in line
            and "/" not in line
            and not furniture.KICKER_RE.match(line)
            and not furniture.FURNITURE_RE.match(line)
            and not _letterhead_in_capitals(line)
            # a byline's job title or place in capitals ("JANE DOE" / "STAFF WRITER")
            and not is_role(line)
            and line.title() not in CITIES
            and line.title() not in COUNTRY_NAMES
            for line in block
        )
        and not all(w.casefold() in SECTION_WORDS for w in block[0].split())
    )


_BROKEN_TITLE_MAX_LINES: Final = 3
# initials closing a title's line: "U.N.", "U.S.", "E.U."
_CLOSING_INITIALS_RE: Final = re.compile(r"\b(?:[A-Z]\.){2,3}$")
# The words opening a title's second line that go on with its first: "Indian, Chinese Troops
# Clash" / "Near Border Post, Delhi Says"
_TITLE_GOING_ON: Final = frozenset(
    {
        "In",
        "On",
        "Near",
        "After",
        "As",
        "Over",
        "To",
        "For",
        "At",
        "With",
        "Amid",
        "Despite",
        "Against",
        "From",
        "Into",
        "Of",
        "And",
        "But",
        "Before",
        "Without",
        "Across",
    }
)


def _broken_title_case(block: list[str], *, byline_after: bool = False) -> bool:
    """
    Whether a paragraph of short lines in title case is one title an archive broke over them.

    "Soviets Accuse Example Of Border Ambush;" / "U.S. Keeps Hands Off, Envoy Says", or
    "Indian, Chinese Troops Clash" / "Near Border Post, Delhi Says": each line after the
    first goes on with the one before, which closes on a semicolon or a comma or is followed
    by a preposition or a conjunction.  Over a byline ("Kiribati and Tuvalu Leaders" / "Sign
    Climate Pact" / "By Jane Doe") two such lines are one title whatever opens the second:
    the byline comes after them, so the second is no writer's name.  A name over a job
    title, a masthead over its motto or a byline's lines are no title.
    """
    if len(block) > _BROKEN_TITLE_MAX_LINES:
        return False
    for at, line in enumerate(block):
        words = line.split()
        if (
            not 2 <= len(words) <= _BROKEN_LINE_MAX_WORDS
            or not _is_title_case(line)
            or _SENTENCE_END_RE.search(line)
            or "|" in line
            or line.startswith(_LINE_OPENINGS_NO_TITLE)
            or is_role(line)
            # (after a line closing on a semicolon, "Prague Radio Says" goes on with the title)
            or ((at == 0 or not block[at - 1].endswith(";")) and masthead_like(line))
            or reads_as_byline(line)
            or date_line(line) is not None
        ):
            return False
    going_on = [
        before.endswith((";", ",")) or line.split(" ", 1)[0] in _TITLE_GOING_ON
        for before, line in itertools.pairwise(block)
    ]
    return (
        (byline_after and len(block) == _BYLINE_TITLE_LINES)
        or all(going_on)
        # three lines over a byline, one of whose breaks falls inside a phrase: "Egypt Halts
        # Raids" / "On Libya; Algeria" / "Mediates Truce" (a clause goes on past the break)
        or (byline_after and any(going_on))
    )


_BYLINE_TITLE_LINES: Final = 2


def _letterhead_in_capitals(line: str) -> bool:
    """An office's or a state's name in capitals: "MINISTRY OF DEFENCE", "REPUBLIC OF KENYA"."""
    title = _small_words_title(line)
    return (
        _ISSUER_OF_RE.match(title) is not None
        or _ISSUER_END_RE.match(title) is not None
        or _STATE_NAME_RE.match(title) is not None
    )


# A state's formal name heading a government's letterhead: "Republic of Kenya", "Kingdom of
# Tonga", "State of Qatar", "Government of Samoa".
_STATE_NAME_RE: Final = re.compile(
    r"^(?:The )?(?:[A-Z][\w'’-]* )?(?:Republic|Kingdom|State|Government|Federation|Sultanate"
    r"|Emirate|Principality|Commonwealth) of\b"
)


_STATE_LINE_RE: Final = re.compile(
    _STATE_NAME_RE.pattern + r" (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}$"
)


_LOWER_CREDIT_OPENINGS: Final = ("by ", "from ", "with ", "via ", "photo", "updated", "posted")


_ARTICLES: Final = frozenset({"a", "an", "the"})
# a feed item's field in lower (camel) case, maybe with its namespace: "pubDate:", "dc:creator:"
_FEED_FIELD_RE: Final = re.compile(r"^[a-z][A-Za-z]{1,15}(?::[a-z][A-Za-z]{1,15})?:\s")


def _broken_deck(block: list[str]) -> bool:
    """
    Whether each line after the first goes on with the sentence ("Trawler seized and").

    The line before must close on a small word that cannot end a title ("and", "of", "the")
    and the next one open in lower case (or in capitals after an article: "talks on the" /
    "Danube dam"): "Jane Doe" / "staff writer" is no deck.
    """
    return all(
        # (after an article, which no title closes on, a name may go on: "Scotland's fleet
        # and the" / "Norway deal")
        (line[:1].islower() or before.rsplit(" ", 1)[-1] in _ARTICLES)
        and not furniture.FURNITURE_RE.match(line)
        # a feed item's next field ("pubDate: Thu, ...", "dc:creator: Jane Doe")
        and not _FEED_FIELD_RE.match(line)
        and (
            before.rsplit(" ", 1)[-1] in _SMALL_WORDS
            # or a phrase going on after a word: "Ministers agree to reopen" / "border crossing"
            or (
                before[-1:].isalpha()
                # (a word alone only closing a head of three lines or more: "Peru, Ecuador"
                # / "trade charges" / "over border" / "clash" in a narrow column)
                and (len(line.split()) > 1 or len(block) > 2)
                and not line.startswith(_LOWER_CREDIT_OPENINGS)
                and not is_role(line)
                and not furniture.KICKER_RE.match(line)
                and not furniture.RELATIVE_STAMP_RE.match(line)
                and date_line(line) is None
            )
        )
        for before, line in itertools.pairwise(block)
    )


# With nothing on the page to tell, "05/03/2025" is read month first: the order of the US
# sites, the largest group of English-language pages printing numeric dates in their stamps.
_DEFAULT_DAY_FIRST: Final = False


def _read_numeric(
    stated: NumericDate,
    reader: _Reader,
    outlet: str | None,
    story: str,
    dateline: str | None = None,
) -> date | None:
    """
    Read a stamp's numeric date whose day and month order the date itself does not tell.

    The order comes from another numeric date of the page's stamps that tells it
    ("Updated 05/13/2025"), else from the story's dateline when its day and month fit one
    reading only ("LIMA, March 12 (Andina)" under "12-03-2025"), else from the outlet's known
    convention, else from how the story's prose orders day and month ("on 4 March"), else
    from the default (month first), with a ``source.date_order`` diagnostic.
    """
    for other in reader.numeric:
        order = other.order() if other.separator == stated.separator else None
        if order is not None:
            return stated.read(day_first=order)
    told = month_day(dateline) if dateline and any(map(str.isdigit, dateline)) else None
    fits = [
        found
        for day_first in (True, False)
        if (found := stated.read(day_first=day_first)) is not None
        and (found.month, found.day) == told
    ]
    if len(fits) == 1:
        return fits[0]
    order = day_first_of(outlet)
    if order is None:
        order = prose_order(story)
    if order is None:
        order = _DEFAULT_DAY_FIRST
        reader.notes.append(
            Diagnostic(
                code="source.date_order",
                severity="info",
                message=(
                    f"The page's date {stated.first}{stated.separator}{stated.second}"
                    f"{stated.separator}{stated.year} may be read either way; nothing on the "
                    "page tells the order of day and month, so it was read month first."
                ),
            )
        )
    return stated.read(day_first=order)


_LETTERHEAD_MAX_LINES: Final = 4
_LETTERHEAD_MAX_WORDS: Final = 8


def _drop_letterhead(lines: list[str]) -> list[str]:
    """
    Drop a press office's letterhead: the short lines above its label ("PRESS RELEASE").

    "Republic of X" / "Ministry of Foreign Affairs" / "PRESS RELEASE" / headline: the lines
    above the label name the issuer, not the story; they are dropped when a headline follows.
    A date line among them is kept.
    """
    for index, line in enumerate(lines[: _LETTERHEAD_MAX_LINES + 1]):
        if len(line) <= _FURNITURE_MAX_CHARS and (
            furniture.RELEASE_LABEL_RE.match(line)
            # or the release's number standing for its label: "PR No. 112/2026", or the label
            # with its number: "Statement No. 17"
            or (
                index
                and (
                    furniture.RELEASE_NUMBER_RE.match(line)
                    or furniture.RELEASE_NUMBERED_RE.match(line)
                )
            )
        ):
            # the title may follow a document symbol and a date line ("SG/SM/1234", date)
            after = [
                line
                for line in lines[index + 1 : index + 4]
                if not furniture.DOCUMENT_SYMBOL_RE.match(line)
                and not furniture.RELEASE_NUMBER_RE.match(line)
                and date_line(line) is None
            ][:1]
            if _office_then_story(lines, index + 1):
                # a readout's title over its label, the office and the date under it: the
                # lines above the label hold the title, not a letterhead
                return lines
            head = lines[:index]
            # a date line there still dates the release; a site's address names its outlet
            dated = [
                line
                for line in head
                if date_line(line) is not None
                or _DOMAIN_MASTHEAD_RE.fullmatch(line)
                # (or a stamp: "EMBARGOED UNTIL 00:01 BST, 9 APRIL 2025")
                or furniture.PUBLISHED_LINE_RE.match(line)
            ]
            letterhead = [line for line in head if line not in dated]
            if (
                letterhead
                and after
                and _headline_like(after[0])
                and all(map(_letterhead_like, letterhead))
                # a web page's breadcrumb there: the title over the label is its headline
                and not any(
                    _has_breadcrumb_mark(line) and furniture.FURNITURE_RE.match(line)
                    for line in head
                )
            ):
                return dated + lines[index:]
            return lines
    return lines


# The words that end an institution's name at the head of its letterhead: "Example Foreign
# Service", "Ministry of Foreign Affairs of Example" (its head word), "Example Commission".
_ISSUER_HEADS: Final = frozenset(
    {
        "Service",
        "Ministry",
        "Office",
        "Commission",
        "Council",
        "Department",
        "Secretariat",
        "Embassy",
        "Mission",
        "Presidency",
        "Chancellery",
    }
)


def _letterhead_issuer(first: str) -> str | None:
    """
    The institution a letterhead's first line names, in title case, else ``None``.

    "European Example Service" / "Press and information team" / "TRANSCRIPT": the issuer
    publishes the document, the outlet of the page.  A line of a country alone ("Republic of
    Example") or a date names no issuer.
    """
    first = first.strip()
    words = first.split()
    if (
        not 2 <= len(words) <= _LETTERHEAD_MAX_WORDS
        or date_line(first) is not None
        or not _is_title_case(first)
        or first.isupper()
        or not _ISSUER_HEADS.intersection(words)
    ):
        return None
    return first


def _office_then_story(lines: list[str], index: int) -> bool:
    """
    Whether an office's name, the date and the story follow a document label at ``index``.

    "READOUT" / "OFFICE OF THE SPOKESPERSON" / "MAY 2, 2025" / a sentence: no title comes
    under the label, so the title stands above it.
    """
    if index + 2 >= len(lines):
        return False
    office, dated, first = lines[index], lines[index + 1], lines[index + 2]
    office = _as_printed(office)
    return (
        (_ISSUER_OF_RE.match(office) is not None or _ISSUER_END_RE.match(office) is not None)
        and date_line(dated) is not None
        and (first.endswith(":") or _SENTENCE_END_RE.search(first) is not None)
    )


def _letterhead_like(line: str) -> bool:
    return (
        len(line.split()) <= _LETTERHEAD_MAX_WORDS
        and not _SENTENCE_END_RE.search(line)
        and (_is_title_case(line) or _PRESS_UNIT_RE.fullmatch(line) is not None)
    )


# The press office's unit under the issuer's name, as letterheads print it in sentence case:
# "Press and information team", "Media office", "Communications unit".
_PRESS_UNIT_RE: Final = re.compile(
    r"(?i:press|media|information|communications?|public affairs)"
    r"(?: and (?i:information|media|communications?|public affairs))?"
    r" (?:team|office|service|unit|department|division|desk|section|directorate)"
)


_KNOWN_PLACE_MAX_PARTS: Final = 2
_KNOWN_PLACE_MAX_WORDS: Final = 3


def _known_place_line(line: str) -> bool:
    """
    A line naming only a known place in title case: "Nuku'alofa, Tonga", "Windhoek".

    A city the tables know, maybe with its country, or a country alone.
    """
    parts = [part.strip() for part in line.split(",")]
    if len(parts) > _KNOWN_PLACE_MAX_PARTS or any(
        len(part.split()) > _KNOWN_PLACE_MAX_WORDS for part in parts
    ):
        return False
    if len(parts) == 1:
        return parts[0] in CITIES or parts[0] in COUNTRY_NAMES
    return parts[0] in CITIES and parts[1] in COUNTRY_NAMES


class _Reader:
    """One pass over a page's non-empty lines, sorting each into its place."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.tally = Credits()
        self.captions: list[str] = []
        self.stamps: list[str] = []  # date lines dropped from the body
        self.body: list[str] = []
        self.published: date | NumericDate | None = None
        # the date stated came from a bare date line over the headline (a header's date)
        self.date_over_headline = False
        # the numeric dates of the page's stamps, for the order of day and month
        self.numeric: list[NumericDate] = []
        self.notes: list[Diagnostic] = []
        self.outlet: str | None = None
        # a known outlet named by a foot line of the page, not a sentence
        self.footer_outlet: str | None = None
        # the institution a dropped letterhead names ("Example Foreign Service")
        self.issuer: str | None = None
        self.headline: str | None = None
        # the headline may still come: only furniture, credits and captions so far
        self.headline_open = True
        # the story's prose has begun: the page's head (bylines, date lines) is over
        self.prose_seen = False
        # where the headline stood: the paragraph right under it may be a standfirst
        self.headline_at = -2
        self.standfirst_at = -2
        # lines of the head stating only a date ("Accra, 12 June 2022"), kept in the body
        self.date_lines: list[str] = []
        self.placed_date_line: str | None = None
        # the index of the last byline line, under which a job title may stand
        self.credit_at = -2
        # the index of the writer's name over a reporter's job closing the page
        self.writer_at = -2
        # an end mark ("ENDS", "###") was read: what follows is the issuer's contact block
        self.ended = False
        # where a document label under the headline stood ("READOUT")
        self.label_at = -2
        # where the page's "Published: ..." stamp under the headline stood
        self.stamp_at = -2
        # the page's date came from an update's stamp ("Updated: ...") over the publication's
        self.updated_first = False
        # the last line of the head read so far (furniture, a stamp, a date line, a caption)
        self.head_end = -2
        # the last line of an author box ("Authors" / names and posts), see _author_box()
        self.box_end = -2
        # the outlet's web address under its name opening the page (masthead furniture)
        self.address_line: str | None = None
        # labels and towns between a masthead the table lacks and its headline
        self.under_name: frozenset[int] = frozenset()
        # the end of two taglines under the masthead opening the page (see _masthead_line())
        self.taglines_end = 0

    def run(self) -> None:
        for index, raw in enumerate(self.lines):
            glued = furniture.GLUED_PREFIX_RE.match(raw)
            line = raw[glued.end() :] if glued else raw
            if self.headline_open and line.startswith(("T", "H")):
                # a feed item's fields: "Title: Ministers meet" is the headline, labelled
                labelled = _TITLE_LABEL_RE.match(line)
                line = line[labelled.end() :] if labelled else line
            if (
                not self._author_box(line, index)
                and not self._furniture(line, index)
                and not self._end_mark(line)
                and not self._head(line, index)
                and not self._caption(line, index)
                and not self._after_end(line)
            ):
                self._prose(line, index)
            elif not self.prose_seen:
                self.head_end = index

    def _author_box(self, line: str, index: int) -> bool:
        """
        Read a page's author box: a heading ("Authors", "Written by") over its writers.

        "Authors" / "Jane Doe" / "Senior Lecturer in Politics, University of X" / "John
        Roe" / ..., or "Written by" / "Jane Doe, Associate Professor, University of Y": each
        name opening a line is a writer; the posts under or after them are dropped with
        them.  A line of prose, a labelled field ("Site: ...") or a blank ends the box.
        """
        if index <= self.box_end:
            return True
        if line.strip().rstrip(":").casefold() not in _AUTHOR_BOX_HEADINGS:
            return False
        names: list[str] = []
        end = index
        bare = False  # the line before was a writer's name alone: a post may follow
        for k in range(index + 1, min(len(self.lines), index + 1 + _AUTHOR_BOX_LINES)):
            entry = self.lines[k].strip()
            if not entry or ":" in entry or entry.endswith(".") or len(entry) > _POST_MAX_CHARS:
                break
            name, comma, _ = entry.partition(",")
            if bare and (comma or not is_person(entry)):
                bare = False  # "Senior Lecturer in Politics, University of X" under the name
            elif is_person(name):
                names.append(name)
                bare = not comma
            else:
                break
            end = k
        if not names:
            return False
        for name in names:
            self.tally.add_author(name)
        self.box_end = self.credit_at = end
        return True

    def _furniture(self, line: str, index: int) -> bool:
        """Read and drop a furniture, byline or credit line; return whether it was one."""
        short = len(line) <= _FURNITURE_MAX_CHARS
        if (
            # the issuer's name under a distribution service's label is no byline
            (short and index > 0 and self.lines[index - 1].casefold() in _ISSUER_LABELS)
            or (index < _MASTHEAD_LINES and self.headline_open and self._masthead(line, index))
            or index in self.under_name
            or (index == 0 and line[-1] == "." and self._citation_line(line, index))
            # an amendment's note over the headline ("This article was amended on 9 June 2025
            # to correct ..."): neither headline nor story, and its date is the amendment's
            or (index < _MASTHEAD_LINES and self.headline_open and _AMENDMENT_NOTE_RE.match(line))
            or (index == 1 and self.headline_open and self._tagline(line))
            # a printed rule under the page's running head ("______", "=====", "- - -"): no
            # headline, and the head goes on under it
            or (self.headline_open and line[0] in _RULE_MARKS and _RULE_LINE_RE.match(line))
            or (index == 1 and line == self.address_line)
            # the agency's banner under its name in its own language ("AEP - Example Press
            # Agency" under "Agence Examplaise de Presse")
            or (index == 1 and self.headline_open and self._name_over_banner(self.lines[0]))
            # a language service under a brand and its tagline: "English Service"
            or (
                index == 2  # the third line of the page
                and self.head_end == 1
                and self.headline_open
                and _LANGUAGE_SERVICE_RE.match(line) is not None
            )
            or (
                index == 1
                and self.headline_open
                and _LIBRARY_FIELD_RE.search(line) is not None
                and _library_banner(f"{self.lines[0]} | {line}")
            )
            or (not self.prose_seen and ";" in line and self._citation(line))
            # (an issue's number before its date between marks is no writer: "Issue 88 · ...")
            or (
                short
                and not self.prose_seen
                and line[:1] in "Ii"
                and _ISSUE_NUMBER_LINE_RE.match(line) is not None
                and self._issue_line(line)
            )
            or self._stamp(line, short=short)
            or (
                short
                and self.headline_open
                and line[:1] in "NR"
                and self._reference_with_date(line)
            )
            or (short and ("," in line or line.isupper()) and self._running_head(line))
            or (short and not self.prose_seen and self._issue_line(line))
            or (short and not self.prose_seen and self._head_field(line))
            # "EDITOR'S NOTE: Replaces earlier version ...", "(Corrects day of call in
            # paragraph 9)": a note to the agency's clients over the story
            or (not self.prose_seen and furniture.EDITORS_NOTE_RE.match(line) is not None)
            or self._transmission(line)
        ):
            return True
        if (
            self._byline(line, index)
            or (
                short
                and "|" in line
                and not self.prose_seen
                and (self._barred_byline(line, index) or self._desk_and_agency(line, index))
            )
            or self._credit_line(line)
            or (
                (line.startswith(OUTLET_FOOTER_OPENINGS) or "site " in line)
                and self._outlet_footer(line)
            )
            or (
                index >= len(self.lines) - _SIGN_OFF_LINES
                and (
                    read_sign_off(line, self.tally, last=index == len(self.lines) - 1)
                    or read_wire_end(line, self.tally)
                    or self._wire_slug(line)
                    or self._footer_outlet(line)
                    or (index == len(self.lines) - 1 and self._writer_closing(line))
                    # "Jane Doe" / "Special correspondent": the writer over a reporter's job
                    or (index == len(self.lines) - 2 and self._writer_over_job(line))
                    or (index == len(self.lines) - 1 and index - 1 == self.writer_at)
                )
            )
        ):
            return True
        if short and furniture.FURNITURE_RE.match(line):
            return True
        if self.headline_open and (
            furniture.TAG_LINE_RE.match(line)
            or furniture.DOCUMENT_SYMBOL_RE.match(line)
            or furniture.NUMBERED_LABEL_RE.match(line)
        ):
            return True
        named = furniture.VIEW_ORIGINAL_RE.match(line) if line.startswith("View ") else None
        if named is None and _may_describe_outlet(line):
            named = furniture.SELF_DESCRIPTION_RE.match(line)
        if named is not None:
            self.outlet = self.outlet or named["outlet"]
            return True
        return False

    def _writer_over_job(self, line: str) -> bool:
        """
        Read the writer's name over a reporter's job closing the page ("Special correspondent").

        Only a reporting job ("correspondent", "reporter", "writer", "journalist"): a letter
        or a release is signed by an official over an office, who is no writer.
        """
        job = self.lines[-1]
        if _REPORTING_JOB_RE.search(job) is None or not is_role(job):
            return False
        if not self._writer_closing(line):
            return False
        self.writer_at = len(self.lines) - 2
        return True

    def _writer_closing(self, line: str) -> bool:
        """
        Read the writer's name alone closing a story no byline signed: "... talks. / Jane Doe".

        As national agencies sign their copy, the page's last line under the story's prose
        is a person's name and nothing else: no sentence, no place, no section's words.
        """
        if " / " in line:
            # two writers sharing the story: "Jane Doe / John Roe"
            names = line.split(" / ")
            if len(names) > _CLOSING_WRITERS_MAX or not all(map(self._closing_name, names)):
                return False
            for name in names:
                self.tally.add_author(name)
            return True
        if not self._closing_name(line):
            return False
        self.tally.add_author(line)
        return True

    def _closing_name(self, line: str) -> bool:
        """Whether ``line`` may be a writer's name alone closing the story."""
        words = line.split()
        return not (
            not self.prose_seen
            or self.tally.authors
            or not 2 <= len(words) <= _CLOSING_WRITER_MAX_WORDS
            or _CLOSING_WRITER_RE.match(line) is None
            or line.isupper()
            or not is_person(line)
            or is_role(line)  # a letter's signature: "Maria Lindgren" / "Chief Editor"
            or line in CITIES
            or line in COUNTRY_NAMES
            or all(word.casefold() in SECTION_WORDS for word in words)
        )

    def _transmission(self, line: str) -> bool:
        """
        Drop a teleprinter's or data feed's control line; return whether it was one.

        "ZCZC MOS417 TASS ENGLISH SERVICE 04.03.69 1532 MSK" (its date dates the copy, day
        first), "MORE", "SOVIET NOTE -- TAKE 2", "TASS 1532 MSK" (credits the agency),
        "NNNN"; over the story, "URGENT" and a feed's "a0598" / "r i BC-Slug 02-08 0641".
        """
        if furniture.TRANSMISSION_LINE_RE.match(line):
            found = furniture.TRANSMISSION_DATE_RE.search(line) if line.startswith("ZCZC") else None
            if found is not None and self.published is None:
                year = int(found[3])
                if year < _CENTURY:  # a two-digit year
                    year += 1900 if year >= _TELEX_CENTURY_PIVOT else 2000
                stated = NumericDate(year, int(found[1]), int(found[2]), ".")
                self.numeric.append(stated)
                self.published = stated.decided() or stated
            return True
        if not self.prose_seen and furniture.PRIORITY_LINE_RE.match(line):
            return True
        taken = furniture.TAKE_TIME_RE.match(line) if line[-1:].isalnum() else None
        agency = (taken["agency"] or taken["caps"]) if taken is not None else None
        if agency is not None and canonical_agency(agency) is not None:
            self.tally.add_agency(agency)
            return True
        return False

    def _citation(self, line: str) -> bool:
        """
        Read a newspaper database's citation line of the page, naming and dating it.

        "Example Tribune (1963-Current file); Jul 19, 1969;" under the headline: the paper,
        the years of its file, then the issue's date.
        """
        match = _CITATION_RE.match(line)
        if match is None:
            return False
        stated = first_full_date(match["date"])
        if stated is None:
            return False
        self.outlet = self.outlet or match["name"]
        self._state(line, stated)
        self.stamps.append(line)
        return True

    def _tagline(self, line: str) -> bool:
        """
        Drop the service's description under the name opening the page, over the headline.

        "Example News" / "National News Agency of Examplia" / the headline, or a ministry's
        name / "Press service" / the title: the second line says what the first is (an
        agency, a press office), and is no headline.
        """
        if (
            self.body
            or not _tagline_text(line)
            or not self.lines[0]
            or date_line(self.lines[0]) is not None
            or furniture.KICKER_RE.match(self.lines[0])
            or len(self.lines) < _TAGLINE_MIN_LINES
        ):
            return False
        following = self.lines[2]
        return (
            date_line(following) is not None
            # a language service under the tagline ("English Service"), over the title
            or _LANGUAGE_SERVICE_RE.match(following) is not None
            or (_headline_like(following) and not _statement_end(following))
            # a section path, label or breadcrumb under the tagline, over the headline
            or self._section_path(following, 2)
            or (
                len(following) <= _SECTION_MAX_CHARS
                and _SECTION_LABEL_RE.match(following) is not None
                and self._section_label(following, 2)
            )
            or (
                _has_breadcrumb_mark(following)
                and furniture.FURNITURE_RE.match(following) is not None
            )
            or self._crumbs_over(following, 2)
        )

    def _outlet_footer(self, line: str) -> bool:
        """
        A foot line naming the outlet ("Read more on X"); dropped, but for a print trailer.

        "Published in X, March 4th, 2025" stays in the body: the date of the print edition
        is a date the page states.
        """
        if not read_outlet_footer(line, self.tally):
            return False
        if line.startswith(_PRINT_TRAILER_OPENINGS):
            self.body.append(line)
        return True

    def _footer_outlet(self, line: str) -> bool:
        """
        Drop a foot line naming a known outlet, not a sentence: the site naming itself.

        "Top stories of the week in Example Post, the city's daily": the outlet is kept for
        a page that names itself nowhere else.
        """
        if not self.prose_seen or len(line) > _FOOTER_MAX_CHARS or _SENTENCE_END_RE.search(line):
            return False
        for run in _CAPITALISED_RUN_RE.findall(line):
            if " " not in run and run[1:].islower():
                continue  # one common-looking word ("Nation", "Dawn") names too much else
            known = known_outlet(run.removeprefix("The "))
            if known is not None:
                self.footer_outlet = known[0]
                return True
        return False

    def _wire_slug(self, line: str) -> bool:
        """A wire's closing slug ("UPI 11-03-81 0412 AED"): its date dates the copy."""
        found, stated = read_wire_slug(line, self.tally)
        if stated is not None:
            self.numeric.append(stated)
            self.published = self.published or stated.decided() or stated
            if found and line not in self.stamps:
                self.stamps.append(line)  # its date is the article's too ("06-20-79")
        return found

    def _masthead(self, line: str, index: int) -> bool:
        """
        Read a masthead line above the headline (see :meth:`_masthead_line`).

        An agency's own name there ("Example News Agency", "XNA | English service") is its
        own copy: the agency is credited too.
        """
        if not self._masthead_line(line, index) and not (
            index == 0 and line.endswith(")") and self._masthead_with_town(line)
        ):
            return False
        if index == 0:
            agency = _banner_agency(line)
            if agency is not None:
                self.tally.add_agency(agency)
            self.under_name |= frozenset(range(1, self.taglines_end))
        return True

    def _masthead_with_town(self, line: str) -> bool:
        """
        Read a masthead with its town in brackets opening the page: "The Example Tribune (Accra)".

        The town (a city or country the tables know) is cut; the name is read as a masthead.
        """
        town = _PLACE_SUFFIX_RE.search(line)
        place = town[0].strip("()").strip() if town is not None else ""
        if town is None or not (place in CITIES or place in COUNTRY_NAMES):
            return False
        name = line[: town.start()].strip()
        return bool(name) and self._masthead_line(name, 0)

    def _masthead_line(self, line: str, index: int) -> bool:
        """
        Read a masthead line above the headline: a known outlet's name, maybe with sections.

        "THE EXAMPLE TIMES" or "Example Times | World | Asia" opening the page names the
        outlet; it is dropped when a further line (the headline) follows it.
        """
        if (
            len(line) > _MASTHEAD_MAX_CHARS
            or index + 1 >= len(self.lines)
            # a document's label ("PRESS RELEASE", "News Analysis") holds masthead words too
            or furniture.KICKER_RE.match(line)
        ):
            return False
        at = index + 1
        # the name's tagline under it ("Example's Independent Newspaper", an institute's
        # name under its journal's), or two ("Example Sangbad Sangstha" / "National News
        # Agency of Examplia"): what stands under the taglines tells
        while (
            index == 0
            and at <= _TAGLINE_MAX_LINES
            and at + 1 < len(self.lines)
            and (
                _tagline_text(self.lines[at])
                # the initials' name in full under them: "ENA" / "Examplia News Agentur"
                or (at == 1 and line.isupper() and _spells_initials(self.lines[at], line))
            )
        ):
            at += 1
        if at > _TAGLINE_MAX_LINES:
            # two taglines: neither is the headline, whatever reads the name
            self.taglines_end = at
        following = self.lines[at]
        known = known_outlet(line.split("|", 1)[0])
        if (
            (_has_breadcrumb_mark(following) or _section_trail(following))
            # a trail of sections, or one ending with the headline printed under it
            and (furniture.FURNITURE_RE.match(following) or self._crumbs_over(following, index + 1))
            and not _SENTENCE_END_RE.search(line)
            # a date over the breadcrumb ("Thu, May 14, 2026" / "World > Asia") is the page's
            # date, read as a date line
            and date_line(line) is None
        ):
            # the site's name over its breadcrumb ("Home > Press Releases") is no headline,
            # and names the outlet when the table knows it or it reads as a masthead
            if known is not None:
                self.outlet = self.outlet or known[0]
            elif index == 0 and _masthead_over_crumbs(line):
                self.outlet = self.outlet or line.strip()
            return True
        catalog = _CATALOG_TITLE_RE.match(line) if line.endswith(")") else None
        if catalog is not None:
            # "The Example Times (ACT : 1926 - 1995)": an archive's title of the paper
            self.outlet = self.outlet or catalog["name"]
            return True
        if known is None:
            if index == 1 and date_line(self.lines[0]) is not None:
                # the page's date bar over its name ("Friday, Jul 3, 2026" / "The Example
                # Ledger" / "World News"): the name is as much the page's top as at line 0
                return self._unknown_masthead(line, following, at) or self._name_over_byline(
                    line, following
                )
            return index == 0 and (
                self._initialled_name_over(line, following)
                or (at == index + 2 and self._name_over_motto(line, self.lines[1]))
                or (at == index + 2 and self._name_over_remit(line, self.lines[1], following))
                or _service_banner(line, following)
                or self._name_over_banner(line)
                or self._tab_title(line)
                or _DATABASE_TITLE_RE.match(line) is not None
                or self._archive_banner(line)
                # "NewspaperSG" / "National Library Board, Singapore": a library's banner
                # broken over two lines
                or _library_banner(f"{line} | {self.lines[1]}")
                or self._unknown_masthead(line, following, at)
                or self._name_over_dated_headline(line, following, at)
                or self._name_over_headline_over_head_line(line, at)
                or self._name_with_date_line(line)
                or self._name_online_section(line)
                or self._name_over_headline(line, following)
                or self._masthead_named_again(line, following, at)
                or self._domain_masthead(line)
                or self._name_over_address(line, following)
                or self._institution_over_headline(line, following)
                or self._name_in_trail(line, following)
                or self._agency_name_over(line, following, at)
                or self._agency_service_over(line, following)
                or self._name_over_byline(line, following)
            )
        self.outlet = self.outlet or known[0]
        return True

    def _name_over_motto(self, line: str, motto: str) -> bool:
        """
        Read a paper's name the table lacks over its motto calling it a paper.

        "KESTREL" / "Zambia's independent newspaper", "Lakeview" / "The valley's oldest daily":
        a short name that is no section label or place, over a motto naming a newspaper, a
        daily or weekly, or a news site, is the masthead, a masthead word in it or not.
        """
        words = line.split()
        if (
            len(words) > _BARE_MASTHEAD_MAX_WORDS
            or not _name_shaped(line)
            or not _PAPER_MOTTO_RE.search(motto)
            or all(w.casefold().strip(".") in SECTION_WORDS for w in words[words[0] == "The" :])
            or reads_as_heading(line)
        ):
            return False
        self.outlet = self.outlet or _as_printed(line)
        return True

    def _tab_title(self, line: str) -> bool:
        """
        Read a page's browser title copied over it: the site, its language, its sections.

        "Example.it - English - News - Politics", "Example Agency English - News - Latin
        America", "The Example Daily | World | Europe": a short brand, then fields naming only
        a language, sections or regions.  It is no headline; a brand reading as a masthead
        names the outlet.
        """
        fields = [field.strip() for field in _TAB_TITLE_SPLIT_RE.split(line)]
        if not _TAB_TITLE_FIELDS[0] <= len(fields) <= _TAB_TITLE_FIELDS[1] or any(
            not field or len(field.split()) > _BANNER_REST_MAX_WORDS or DIGIT_RE.search(field)
            for field in fields
        ):
            return False
        words = [w.casefold() for field in fields[1:] for w in field.split()]
        language = any(w in _TAB_LANGUAGES for w in words)
        if not all(
            w in SECTION_WORDS or w in _REGION_WORDS or w in _TAB_LANGUAGES or w in {"&", "and"}
            for w in words
        ) or not (
            language
            or len(fields) > _TAB_TITLE_FIELDS[0]
            # a masthead and its section set apart by a mark: "The Example Review · Analysis",
            # "EXAMPLE QUARTERLY | Features"
            or (
                masthead_like(fields[0])
                # (a name with "Online" is read with its edition's word cut off, below)
                and not fields[0].endswith((" Online", " ONLINE"))
                and not all(
                    w.casefold().strip(".") in SECTION_WORDS or w in {"The", "THE"}
                    for w in fields[0].split()
                )
            )
        ):
            return False
        brand = fields[0]
        if masthead_like(brand) and not _DOMAIN_MASTHEAD_RE.fullmatch(brand):
            self.outlet = self.outlet or brand
        return True

    def _name_over_dated_headline(self, line: str, following: str, at: int) -> bool:
        """
        Read a paper's name the table lacks opening the page over its date or its headline.

        "The Island Lantern" / "Monday, 2 June 2025" / the headline, or "The Coast Notebook" /
        the headline / "Posted by Jane Doe": a short name in title case opening with "The"
        (or holding a masthead word, "THE HARBOUR BEACON — SUVA" with its town) over a
        headline in sentence case, the two told apart by their case.
        """
        name = line.strip()
        town = _DASH_TOWN_RE.search(name) if name.isupper() else None
        if town is not None and (
            town["town"].title() in CITIES or town["town"].title() in COUNTRY_NAMES
        ):
            name = name[: town.start()].strip()
        if (
            not _name_shaped(name)
            or _SENTENCE_END_RE.search(name)
            or not (_is_title_case(name) or name.isupper())
            or not _masthead_name(name)
        ):
            return False
        rest = self.lines[at + 1 :]
        if date_line(following) is not None and rest:
            headline, after = rest[0], rest[1:2]
        elif town is not None or (rest and reads_as_byline(rest[0])):
            headline, after = following, rest[:1]
        else:
            return False
        if (
            _is_title_case(headline)
            or headline.isupper()
            or not _headline_like(headline)
            or headline.endswith(".")
            or reads_as_byline(headline)
            or not after
            # a line ending as a sentence under it, no byline: it is the story's own heading
            or (after[0].endswith(".") and not reads_as_byline(after[0]))
        ):
            return False
        self.outlet = self.outlet or _as_printed(name)
        return True

    def _name_over_headline_over_head_line(self, line: str, at: int) -> bool:
        """
        Read a paper's name the table lacks over the headline and the head's lines.

        "The Harbour Echo" / "Ministers agree on ferry link" / "15 May 2026" (or "Published:
        ...", "By Jane Doe", "4 min read"): a short name in title case or capitals that reads
        as a masthead, over a headline in sentence case with a date, stamp or byline among
        the two lines under it, is the masthead; the two are told apart by their case.  A
        label ("ELECTIONS 2026", "Commentary"), a date or a stamp, a town with its country may
        stand between the name and the headline.
        """
        name = line.strip()
        if (
            not _name_shaped(name)
            or not (_is_title_case(name) or name.isupper())
            or not (_masthead_name(name) or _INSTITUTION_RE.match(name))
        ):
            return False
        at_headline = at
        while at_headline < min(
            len(self.lines), at + _NAME_HEAD_PASSED_LINES
        ) and _passed_under_name(self.lines[at_headline]):
            at_headline += 1
        if at_headline >= len(self.lines):
            return False
        headline = self.lines[at_headline]
        dated = any(_head_line(line) for line in self.lines[at:at_headline])
        if (
            # (a headline in title case or capitals is told from the name by the date between
            # them, the name holding a masthead word: "THE EXAMPLE TIDINGS" / "Tuesday,
            # September 11, 1984" / "ISLANDS SIGN AIR PACT", as old papers print their heads)
            (
                (_is_title_case(headline) or headline.isupper())
                and not (dated and masthead_like(name))
            )
            or not (_headline_like(headline) or _QUESTION_END_RE.search(headline))
            or _statement_end(headline)
            or reads_as_byline(headline)
            or date_line(headline) is not None
        ):
            return False
        under = self.lines[at_headline + 1 : at_headline + 3]
        if not (
            any(map(_head_line, under))
            # a date between the name and the headline: a writer's line under it will do
            or (dated and under and not _SENTENCE_END_RE.search(under[0]))
        ):
            return False
        self.under_name = frozenset(
            i for i in range(at, at_headline) if not _head_line(self.lines[i])
        )
        self.outlet = self.outlet or _as_printed(name)
        return True

    def _name_with_date_line(self, line: str) -> bool:
        """
        Read a masthead the table lacks with its town and date on one line, opening the page.

        "THE HARBOUR ECHO | Suva | Tuesday, 3 November 2026", "Lakeside Post — Kisumu, 10
        October 2026": the name before a bar or a dash is the outlet, the rest the page's date
        line (read as one, its town the dateline's).
        """
        fields = _NAME_DATE_SPLIT_RE.split(line, maxsplit=_NAME_DATE_MAX_SPLITS)
        if len(fields) < _TOWN_AND_COUNTRY:
            return False
        name, rest = fields[0].strip(), ", ".join(field.strip() for field in fields[1:])
        if (
            not _name_shaped(name)
            or not (_is_title_case(name) or name.isupper())
            or not _masthead_name(name)
            # (a label's date line is no masthead's: "Breaking News - 3 March 2026", "World
            # News | 3 March 2026")
            or furniture.KICKER_RE.match(name) is not None
            or all(w.casefold() in SECTION_WORDS for w in name.split())
            # (a name between: "MORNING BRIEF | The Example Post | 3 April 2025" is a
            # newsletter's kind before its outlet, read elsewhere)
            or any(masthead_like(field) for field in fields[1:-1])
            or date_line(rest) is None
        ):
            return False
        self.outlet = self.outlet or _as_printed(name)
        return self._date_line(rest)

    def _citation_line(self, line: str, index: int) -> bool:
        """
        Read a library's or a bibliography's citation of the story opening the page.

        'Doe, Jane. "Leaders meet over border." The Example Ledger, 4 May 2023, p. A3.' or
        '"Leaders meet over border." The Example Courier (Accra), 3 June 1994, p. 12.': the
        writer (surname first), the title in quotes, the paper (its town in brackets) and the
        issue's date.
        """
        match = _STORY_CITATION_RE.match(line)
        if match is None or index + 1 >= len(self.lines):
            return False
        stated = first_stated_date(match["date"])
        paper = match["paper"].strip()
        if stated is None or not (masthead_like(paper) or _masthead_name(paper)):
            return False
        self.outlet = self.outlet or paper
        self.headline = match["title"].strip().rstrip(".,")
        self.headline_at = index
        self.headline_open = False
        if match["surname"]:
            self.tally.add_author(f"{match['given']} {match['surname']}")
        self._state(line, stated)
        return True

    def _name_online_section(self, line: str) -> bool:
        """
        Read a site's name with "Online" and its section opening the page.

        "The Harbour Daily Online -- World News", "Example Mirror Online - Politics": the
        name before "Online" is the outlet, the words after the dash a section's label.
        """
        match = _ONLINE_SECTION_RE.match(line) if " Online" in line else None
        if match is None or not all(
            w.casefold().strip(".") in SECTION_WORDS for w in match["section"].split()
        ):
            return False
        self.outlet = self.outlet or match["name"]
        return True

    def _name_over_byline(self, line: str, following: str) -> bool:
        """
        Read a site's name the table lacks opening the page over the byline.

        "The Example Chronicle" / "Story by Jane Doe" / the headline (a news aggregator's
        copy of a partner's story names the partner over the writer): a short title-case
        name holding a masthead word, over a line that opens as a byline.
        """
        if (
            not _name_shaped(line)
            or not _is_title_case(line)
            or not masthead_like(line)
            or not reads_as_byline(following)
        ):
            return False
        self.outlet = self.outlet or line.strip()
        return True

    def _name_over_headline(self, line: str, following: str) -> bool:
        """
        Read a site's name the table lacks opening the page right over the headline.

        "Examplenet" or "The Harbour Post" over "Leaders meet over border": a single word that
        is no section, place or people ("World", "Kenya", "Kenyan"), or a short title-case
        name holding a masthead word, over a longer line that reads as a title.
        """
        words = line.split()
        if (
            len(words) > _BARE_MASTHEAD_MAX_WORDS
            or not _name_shaped(line)
            or not line[0].isupper()
            or len(following.split()) <= len(words) + 1
            or not _headline_like(following)
            or following.endswith(".")  # the story's first sentence: "Visit" is its title
        ):
            return False
        if len(words) == 1:
            word = line.strip(".")
            if (
                word.casefold() in SECTION_WORDS
                or word.isupper()  # "UAE", "BREAKING": a label or a place's initials
                or word in COUNTRY_NAMES
                or word in CITIES
                or word in DEMONYMS
                or furniture.KICKER_RE.match(word)
            ):
                return False
        elif not (
            _is_title_case(line)
            and masthead_like(line)
            and not all(w.casefold().strip(".") in SECTION_WORDS for w in words)
            # a section's label opening on a preposition: "In Brief", "On Watch"
            and words[0].casefold() not in _LABEL_PREPOSITIONS
        ):
            return False
        self.outlet = self.outlet or line.strip()
        return True

    def _agency_name_over(self, line: str, following: str, at: int) -> bool:
        """
        Read an agency's name alone opening the page: "Agenzia Example", "Example News Agency".

        Over the title or the page's date line (a language service's line between them is
        passed over by the caller, and a section's label under the name, "National News
        Agency of Examplia (NNA)" / "Politics" / "16.09.2026 | 11:47", here), the agency's
        name is its banner, no headline; its initials in brackets are no word of the name.
        """
        if (
            at + 1 < len(self.lines)
            and following[:1].isupper()
            and all(word.casefold() in SECTION_WORDS for word in following.split())
        ):
            following = self.lines[at + 1]
        name = line[: line.rindex(" (")] if line.endswith(")") and " (" in line else line
        return (
            len(name.split()) <= _BANNER_FIELD_MAX_WORDS
            and _AGENCY_NAME_RE.search(line) is not None
            and not _SENTENCE_END_RE.search(line)
            and _is_title_case(line)
            and (
                date_line(following) is not None
                or (_headline_like(following) and not _statement_end(following))
            )
        )

    def _name_over_banner(self, line: str) -> bool:
        """
        Read an agency's name in its own language over its banner: "Agence Examplaise de Presse".

        Over "AEP - Example Press Agency" (a banner of the agency's initials and English name,
        see :func:`_service_banner`), a short name holding a press or agency word ("Presse",
        "Prensa", "Agenzia", "News") is the same agency's, no headline.
        """
        return (
            len(self.lines) > _TAGLINE_MIN_LINES
            and len(line.split()) <= _BANNER_FIELD_MAX_WORDS
            and DIGIT_RE.search(line) is None
            and _PRESS_WORD_RE.search(line) is not None
            and not _SENTENCE_END_RE.search(line)
            and _BANNER_DASH_RE.search(self.lines[1]) is not None
            and _service_banner(self.lines[1], self.lines[2])
        )

    def _agency_service_over(self, line: str, following: str) -> bool:
        """
        Read a known agency's service opening the page: "dpa International", "AFP English".

        Over the page's date line or the title, the agency's name and its service's word are
        its banner, no headline; the agency is credited.
        """
        words = line.split()
        agency = canonical_agency(words[0]) if 1 < len(words) <= _BANNER_REST_MAX_WORDS else None
        if (
            agency is None
            or not all(w.casefold() in _SERVICE_WORDS for w in words[1:])
            or not (
                date_line(following) is not None
                or (_headline_like(following) and not _statement_end(following))
            )
        ):
            return False
        self.tally.add_agency(words[0])
        return True

    def _name_over_remit(self, line: str, remit: str, following: str) -> bool:
        """
        Read a site's name over its remit ("Economics and Policy in East Asia"): the outlet.

        An analysis site's masthead names it nowhere else: a short title-case name, its
        tagline saying what it publishes, then the title.
        """
        words = line.split()
        if (
            len(words) > _BANNER_FIELD_MAX_WORDS
            or len(line) > _UNKNOWN_MASTHEAD_MAX_CHARS
            or DIGIT_RE.search(line)
            or _SENTENCE_END_RE.search(line)
            or not _is_title_case(line)
            or not _remit_line(remit)
            or not _headline_like(following)
        ):
            return False
        self.outlet = self.outlet or line.strip()
        return True

    def _initialled_name_over(self, line: str, following: str) -> bool:
        """
        Read a service's name and its initials opening the page: "Example News Agency (ENA)".

        Over the title or the page's date line (a tagline between them is passed over by the
        caller), a name whose bracketed initials spell its words is the service's banner, no
        headline.  An agency's banner ("Agence Example de Presse (AEP)", or a name its tagline
        calls a news agency) credits the agency by its initials.
        """
        match = _INITIALLED_NAME_RE.match(line) if line.endswith(")") else None
        if (
            match is None
            or not (
                _spells_initials(match["name"], match["abbr"])
                # an agency's English name over its initials in its own language: "Lao News
                # Agency (KPL)" (Khaosan Pathet Lao), initials the agencies table knows
                or (
                    _AGENCY_NAME_RE.search(match["name"]) is not None
                    and canonical_agency(match["abbr"]) is not None
                )
            )
            or not (
                date_line(following) is not None
                or (_headline_like(following) and not _statement_end(following))
            )
        ):
            return False
        name, initials = match["name"], match["abbr"]
        if (
            _AGENCY_NAME_RE.search(name)
            or canonical_agency(initials)
            or canonical_agency(name)
            or _AGENCY_TAGLINE_RE.search(self.lines[1])
        ):
            self.tally.add_agency(initials)
        return True

    def _name_in_trail(self, line: str, following: str) -> bool:
        """
        Read a site's name opening the page that its breadcrumb names again.

        "Baltic Brief" over "Home / Baltic Brief / Analysis": the trail's crumb is the site's
        own section, and the name over it its masthead.
        """
        crumbs = [crumb.strip() for crumb in _CRUMB_SPLIT_RE.split(following)]
        name = line.strip()
        if (
            len(crumbs) < _BANNER_FIELDS[0]
            or name not in crumbs[1:]
            or not _name_shaped(name)
            or not _is_title_case(name)
        ):
            return False
        self.outlet = self.outlet or name
        return True

    def _institution_over_headline(self, line: str, following: str) -> bool:
        """
        Read a think tank's or an institute's name opening the page over a kicker or the title.

        "Centre for Andean Policy" / "Commentary" / the title, or "Example Institute" over the
        title: the institution publishes the piece, and is its outlet.
        """
        if (
            len(line) > _TAGLINE_MAX_CHARS
            or _INSTITUTION_RE.match(line) is None
            or not (
                furniture.KICKER_RE.match(following)
                or (
                    (_headline_like(following) or _QUESTION_END_RE.search(following))
                    and not _statement_end(following)
                    and len(line.split()) < len(following.split()) <= _QUESTION_TITLE_MAX_WORDS
                )
            )
        ):
            return False
        self.outlet = self.outlet or line
        return True

    def _domain_masthead(self, line: str) -> bool:
        """
        Read a site's address standing as its masthead: "GOV.UK", "Example.com", "NEWS.AZ".

        The page's first line that is only a domain name names the outlet, as it is written.
        """
        if _DOMAIN_MASTHEAD_RE.fullmatch(line) is None:
            return False
        self.outlet = self.outlet or line
        return True

    def _name_over_address(self, line: str, following: str) -> bool:
        """
        Read a paper's name over its own web address: "Example Express" / "www.example.com".

        The address spells the name (its letters, less "the", hold the domain's label, or
        the label holds them): the first line names the outlet as printed, and the address
        under it is the masthead's too, no headline.
        """
        address = _ADDRESS_LINE_RE.fullmatch(following.strip())
        if address is None or len(line.split()) > _ADDRESS_NAME_MAX_WORDS:
            return False
        label = address["label"].casefold().replace("-", "")
        letters = "".join(ch for ch in line.casefold().removeprefix("the ") if ch.isalnum())
        if len(label) < _ADDRESS_LABEL_MIN or not (label in letters or letters in label):
            return False
        self.outlet = self.outlet or line.strip()
        self.address_line = following
        return True

    def _masthead_named_again(self, line: str, following: str, at: int) -> bool:
        """
        Read a site's name opening the page that the page names again as its own.

        "REGION WATCH" or "The Harbourside" over the headline, a section label or the page's
        date line is the masthead when the page speaks of it so elsewhere: "Region Watch's
        Evening Brief", "a writer at Region Watch", "told Region Watch", a copyright line, or
        an address spelling it ("regionwatch.org", "jane@harbourside.co.gh").  A name with a
        masthead word over the date line and the title needs no second mention.
        """
        words = line.split()
        if (
            len(words) > _BARE_MASTHEAD_MAX_WORDS
            or not _name_shaped(line)
            or not _is_title_case(line)
            or all(w.casefold().strip(".") in SECTION_WORDS for w in words[words[0] == "The" :])
            or reads_as_heading(line)
        ):
            return False
        after = self.lines[at + 1] if len(self.lines) > at + 1 else ""
        under_date = (
            date_line(following) is not None
            and _headline_like(after)
            and not _SENTENCE_END_RE.search(after)
        )
        if not (
            under_date
            or (
                _headline_like(following)
                and not _SENTENCE_END_RE.search(following)
                and len(following.split()) > len(words) + 1
            )
            or (
                len(following) <= _SECTION_MAX_CHARS
                and _SECTION_LABEL_RE.match(following) is not None
                and self._section_label(following, at)
            )
            or self._section_path(following, at)
        ):
            return False
        name = _as_printed(line)
        if not (under_date and masthead_like(name)) and not _named_again(name, self.lines[1:]):
            return False
        self.outlet = self.outlet or name
        return True

    def _archive_banner(self, line: str) -> bool:
        """
        Drop a newspaper archive's banner opening the page: "THE EXAMPLE TIMES DIGITAL ARCHIVE".

        The archive's name is no headline; a paper's name before "Archive" names the outlet.
        A library's service banner ("NewspaperSG | National Library Board, Singapore") is
        dropped too; it names no outlet.
        """
        match = _ARCHIVE_BANNER_RE.match(line)
        if match is None:
            return _library_banner(line) or self._archive_service(line)
        name = (match["name"] or "").strip()
        if name and masthead_like(name):
            known = known_outlet(name)
            self.outlet = self.outlet or (known[0] if known else _as_printed(name))
        return True

    def _archive_service(self, line: str) -> bool:
        """
        Drop an archive service's page title: "The Example Star - Example News Archive Search".

        "Example Herald archive | Digitised from microfilm": the paper's name, then what the
        service is (an archive, a search, a digitisation); the paper names the outlet.
        """
        match = _ARCHIVE_SERVICE_RE.match(line) if ("rchive" in line or "igiti" in line) else None
        if match is None or len(match["service"].split()) > _ARCHIVE_SERVICE_MAX_WORDS:
            return False
        name = match["name"]
        known = known_outlet(name)
        if known is not None or _masthead_name(name):
            self.outlet = self.outlet or (known[0] if known else name)
        return True

    def _unknown_masthead(self, line: str, following: str, at: int) -> bool:
        """
        Read an outlet's name the table lacks opening the page, over a section label.

        "The Harbour Times" / "World" / the headline: a short title-case name holding a
        masthead word (Times, Post, Star, Recorder...), with a section label under it that is
        itself over the headline, is the masthead.
        """
        if (
            not _name_shaped(line)
            or " with " in line.casefold()
            or _SENTENCE_END_RE.search(line)
            or not _is_title_case(line)
            or not _masthead_name(line)
            or not (
                # a section's label ("World") or path ("News | National") under the name
                (
                    len(following) <= _SECTION_MAX_CHARS
                    and _SECTION_LABEL_RE.match(following)
                    and self._section_label(following, at)
                )
                or self._section_path(following, at)
            )
        ):
            return False
        self.outlet = self.outlet or _as_printed(line)
        return True

    def _running_head(self, line: str) -> bool:
        """
        Read a print page's running head: "THE EXAMPLE TIMES, SATURDAY, MARCH 8, 1986  7".

        The paper names itself and dates the issue; the line is neither headline nor story.
        """
        head = running_head(line)
        if head is None:
            return False
        name, words, found, folio = head
        known = known_outlet(name)
        if _REPORT_NUMBER_RE.match(name) is not None:
            # a bulletin's report number before the date ("ABC-XYZ-78-240, WEDNESDAY, 13
            # DECEMBER 1978, VOL VI No 240"): the issue's date, no outlet's name
            if not _ISSUE_TAIL_RE.search(line):
                return False
        elif (
            known is None
            and not masthead_like(name)
            # a name in title case or capitals in a folio's form, with its town and state
            # after it ("The Example Day, New London, Conn., ...") or its page's number
            # before it ("3 -- THE EXAMPLE ENTERPRISE, Friday, ..."), is the folio's paper
            and not (folio and (_is_title_case(name) or name.isupper()))
            # the paper an archive's banner already named ("The Age - ... Archive Search")
            and (self.outlet or "").casefold() != name.casefold()
        ):
            return False
        else:
            self.outlet = self.outlet or (
                known[0] if known else name.title() if name.isupper() else name
            )
        self._state(line, found)
        if words not in self.stamps:
            self.stamps.append(words)
        return True

    def _reference_with_date(self, line: str) -> bool:
        """
        Read a document's file reference with its place and date: the date dates the page.

        "No. K.12/4/55-EXT      Varno, the 6th April, 1955." or "Ref: MFA/2026/118  Varno,
        4 May 2026", as governments head their press notes and letters: no headline.
        """
        match = _REFERENCE_DATE_RE.match(line)
        if match is None:
            return False
        stated = first_full_date(match["date"])
        if stated is None:
            return False
        self._state(line, stated)
        self.stamps.append(line)
        return True

    def _issue_line(self, line: str) -> bool:
        """
        Read a paper's or a bulletin's issue line in its head: its volume, year and number.

        "Vol. XII - No. 31   Tuesday, March 8, 1955", "85th Year -- No. 214   Price 10
        Cents": no headline; a date on it dates the issue.
        """
        if (
            _ISSUE_LINE_RE.match(line) is None
            and _ISSUE_NUMBER_LINE_RE.match(line) is None
            # a service's bulletin by its number closing the line: "English Service -- Daily
            # Bulletin No. 35", "WEEKLY BULLETIN NO. 4" (over the date and the headline)
            and not (
                self.headline_open
                and line[-1].isdigit()
                and _BULLETIN_NUMBER_RE.search(line) is not None
            )
        ):
            return False
        stated = first_full_date(line)
        if stated is not None:
            self._state(line, stated)
        self.stamps.append(line)
        return True

    def _head_field(self, line: str) -> bool:
        """
        Read a head's labelled field on its own line: an editor's or the source's.

        "Editor: Jane Doe" names who edited the page, no byline; "Source: Xinhua" credits
        the copy's source.
        """
        if _EDITOR_FIELD_RE.match(line):
            return True
        if line.startswith(_MONITOR_CREDIT_OPENINGS):
            return self._monitor_credit(line)
        return line.startswith("Source") and self._source_field(line)

    def _monitor_credit(self, line: str) -> bool:
        """
        Read a monitoring service's source line under an item's title, crediting its source.

        "Text of report by Kazakh news agency Example", "Excerpt from report by Example
        newspaper website": the outlet named after its description is credited (a known
        agency, or a name after "agency", "newspaper", "TV"); the line is no story.
        """
        found = _MONITOR_CREDIT_RE.match(line)
        if found is None:
            return False
        source = found["source"].strip()
        name = _NAME_AFTER_KIND_RE.search(source)
        agency = canonical_agency(source) or (canonical_agency(name["name"]) if name else None)
        if agency is not None:
            self.tally.add_agency(agency)
        elif name is not None:
            self.tally.add_agency(name["name"])
        return True

    def _source_field(self, line: str) -> bool:
        """
        Read a head's source field on its own line: "Source: Xinhua", "Source: Example Daily".

        A known agency is credited as the copy's wire; an outlet's name is the outlet; over
        the headline, another body's name ("Source: Example Development Forum") is the
        issuer's, dropped.  It is no byline.
        """
        field = _SOURCE_FIELD_RE.match(line)
        if field is None:
            return False
        name = field["name"].strip()
        agency = canonical_agency(name)
        if agency is not None:
            self.tally.add_agency(name)
            self.tally.wire = self.tally.wire or agency
        elif masthead_like(name) or known_outlet(name) is not None:
            self.outlet = self.outlet or name
        elif not (
            self.headline_open and _is_title_case(name) and not _SENTENCE_END_RE.search(name)
        ):
            # (over the headline, another body's name is the release's issuer: no credit)
            return False
        return True

    def _stamp(self, line: str, *, short: bool) -> bool:
        """
        Read a line giving the page's date: "Published: ...", or fields between bars.

        "Source: Xinhua | 2006-11-23 21:14:37 | Editor: Jane Doe" also credits its source.
        """
        if short and furniture.RELATIVE_STAMP_RE.match(line):
            self.notes.append(
                Diagnostic(
                    code="source.published_relative",
                    severity="info",
                    message=f"The page's date line {line!r} gives no date; none was guessed.",
                )
            )
            return True
        whole = line
        if short and " " in line:
            line = self._stamp_alone(line)
        if short and furniture.PUBLISHED_LINE_RE.match(line):
            stated = first_stated_date(unglued(_published_part(line)))
            if _UPDATE_FIRST_RE.match(line) is not None and self.published is None:
                self.updated_first = True  # "Updated: 18 Feb" over "Published: 17 Feb"
            elif self.updated_first and stated is not None and _PUBLISHED_FIRST_RE.match(line):
                # the publication's own stamp under the update's: the publication's date wins
                self.published, self.updated_first = None, False
            self._state(line, stated)
            self._keep_numeric(line)
            if "|" in line:
                self._stamps_byline(line)
            elif " by " in line:
                self._stamp_by_writer(line)
            if self.headline_at >= 0 and not self.prose_seen:
                self.stamp_at = self.lines.index(whole, self.headline_at)
            return True
        # (a date line with its time after a bar, "Thursday 19/11/2026 | 6:42 pm", is read
        # as a date line, its time no date of the story)
        fields, stated = (
            read_field_line(line, self.tally)
            if "|" not in line or date_line(line) is None
            else (False, None)
        )
        if fields:
            self._state(line, stated)
            self._keep_numeric(line)
        return fields

    def _stamp_alone(self, line: str) -> str:
        """
        The stamp of a line that also holds its byline, the byline credited.

        "HARBOUR LEDGER Published 07 May 2026" (a desk before it, see
        :meth:`_desk_over_stamp`); "Published on 19/06/2026 - 17:42 By Jane Doe - Reporter at
        X - Lisbon" (the byline after it).  Any other line is returned as it stands.
        """
        if line[:2].isupper():
            line = self._desk_over_stamp(line)
        if line[:1].isalpha() and _BY_AFTER_STAMP in line.upper():
            split = _STAMP_THEN_BYLINE_RE.fullmatch(line)
            if (
                split is not None
                and furniture.PUBLISHED_LINE_RE.match(split["stamp"]) is not None
                and (
                    # a blog's category posting the page is no writer: "... by Press Release"
                    furniture.KICKER_RE.match(split["byline"][3:].strip()) is not None
                    or read_byline(split["byline"], self.tally)
                )
            ):
                return split["stamp"]
        return line

    def _desk_over_stamp(self, line: str) -> str:
        """
        Credit a desk's byline in capitals opening a stamp line; return the stamp.

        "HARBOUR LEDGER Published 07 May 2026 Updated 07 May 2026 18:52": a page's meta row
        giving the outlet's desk as the writer, then the stamp.  The desk must read as a
        masthead ("Harbour Ledger"), not a section or a kicker ("WORLD NEWS", "BREAKING
        NEWS"); a line of another shape is returned as it stands.
        """
        desk = _DESK_BEFORE_STAMP_RE.match(line)
        if desk is None or not furniture.PUBLISHED_LINE_RE.match(line[desk.end() :]):
            return line
        name = desk["desk"]
        titled = " ".join(
            word
            if "." in word or (len(word) <= _DESK_INITIALS_MAX and word not in _DESK_SMALL_WORDS)
            else word.title()
            for word in name.split()
        )
        if (
            furniture.KICKER_RE.match(name.casefold()) is not None
            or all(word.casefold() in SECTION_WORDS for word in name.split())
            or not (masthead_like(titled) or known_outlet(name) is not None)
        ):
            return line
        known = known_outlet(name)
        self.tally.add_author(known[0] if known is not None else titled)
        return line[desk.end() :]

    def _stamps_byline(self, line: str) -> None:
        """Read a byline after a stamp's bar: "Updated November 5, 2025 | By Jane Doe"."""
        for field in (part.strip() for part in line.split("|")[1:]):
            if field[:3] in {"By ", "BY ", "by "}:
                read_byline(field, self.tally)

    def _stamp_by_writer(self, line: str) -> None:
        """Read the writer closing a stamp: "Posted on 10 June 2026 by Jane Doe" (a blog's)."""
        writer = _STAMP_WRITER_RE.search(line)
        if writer is not None:
            read_byline(f"By {writer['name']}", self.tally)

    def _keep_numeric(self, line: str) -> None:
        """
        Keep a stamp written with numeric dates in the body, as a date line is kept.

        Its dates ("Issued on: 20/02/2025") are also dates the page mentions, which the dates
        stage reads; a stamp with a month's name ("Published: 3 March 2025") leaves the body
        for :attr:`Layout.stamps`, whose dates count too.
        """
        if first_full_date(line) is None:
            self.date_lines.append(line)
            self.body.append(line)
        elif line not in self.stamps:
            self.stamps.append(line)

    def _state(self, line: str, stated: date | NumericDate | None) -> None:
        """Keep the first date a stamp states, and every numeric date it writes."""
        self.published = self.published or stated
        if "/" in line or "." in line or "-" in line:
            self.numeric.extend(d for d in numeric_dates(line) if isinstance(d, NumericDate))

    def _head(self, line: str, index: int) -> bool:
        """
        Read a line of the page's head, above the story's first paragraph.

        A document-type label or kicker before the headline ("PRESS RELEASE") and a job title
        under a byline are dropped; a name above a job title is a byline; a line stating only
        a date (maybe after a place) is the publication date, and stays in the body.
        """
        if self.prose_seen or len(line) > _FURNITURE_MAX_CHARS:
            return False
        if (
            (
                index == self.headline_at + 1
                and (self._site_under_headline(line, index) or self._desk_under_headline(line))
            )
            or (
                # under the headline's deck: "Head" / "Deck" / "Staff Writer" (the date line
                # under it then reads as under the deck)
                index == self.standfirst_at + 1 == self.headline_at + 2
                and self._desk_under_headline(line, under_deck=True)
                and self._keep_standfirst_place(index)
            )
            or (
                self.headline_open
                and (
                    furniture.KICKER_RE.match(line)
                    or furniture.RELEASE_NUMBER_RE.match(line)
                    or self._wire_head(line, index)
                    or self._crumbs_over(line, index)
                )
            )
            or self._label_under_headline(line, index)
            # a feature's picture credit under its writer's ("Words: Jane Doe" / "Photography:
            # John Roe"): the photographer is no writer
            or (self.tally.authors and self._picture_field(line))
        ):
            return True
        under_standfirst = self.standfirst_at > self.credit_at
        # under a standfirst, only a byline right below it, with the story still to come,
        # carries the head on (a name and title closing a letter sign it)
        if (
            not under_standfirst
            or (index == self.standfirst_at + 1 and index + 2 < len(self.lines))
            # only head lines (a stamp, a share bar) between the standfirst and the names
            or (
                self.standfirst_at < self.head_end == index - 1
                and index + 2 < len(self.lines)
                and not self.tally.authors
            )
        ) and self._bare_byline(line, index):
            self.credit_at = index
            return True
        if under_standfirst:
            # the page's date line right under the standfirst, over the lead photo's caption
            # ("05/21/2024"); over a paragraph of prose it is a timeline's entry
            # or over the writer's name ("05 March 2026" / "Jane Doe, Senior Researcher")
            return index == self.standfirst_at + 1 and (
                self._stamp_under_standfirst(line, index)
                or (
                    index + 1 < len(self.lines)
                    and (
                        _is_caption(self.lines[index + 1], self.lines, index + 1)
                        or _names_writer(self.lines[index + 1])
                        # a date with its clock time stamps the page, a timeline's entry has
                        # none ("07 May 2026, 16:31" over the story)
                        or (_CLOCK_TIME_RE.search(line) is not None and not self.tally.authors)
                    )
                    and self._date_line(line)
                )
            )
        if (
            ((self.credit_at == index - 1 or not self.headline_open) and is_role(line))
            or self._special_to(line, index)
            or self._outlet_under_byline(line, index)
            or self._place_over_date(line, index)
            or (self.headline_open and self._issue_range(line))
            or self._label_under_byline(line, index)
        ):
            return True
        return self._date_line(line) or (
            self.headline_open
            and (self._section_label(line, index) or self._issuer_over_headline(line, index))
        )

    def _keep_standfirst_place(self, index: int) -> bool:
        """Let the line at ``index`` keep the standfirst's place for the lines under it."""
        self.standfirst_at = index
        return True

    def _desk_under_headline(self, line: str, *, under_deck: bool = False) -> bool:
        """
        Read a desk's byline without "By" right under the headline: "Staff Correspondent".

        Read as "By Staff Correspondent" is (the desk is the author); "Our Correspondent"
        names none.
        """
        if (
            self.tally.authors
            or len(line.split()) > _DESK_MAX_WORDS
            or _DESK_LINE_RE.match(line) is None
            or (line.lower().endswith("writer") and not under_deck)
        ):
            return False
        return read_byline(f"By {line}", self.tally)

    def _site_under_headline(self, line: str, index: int) -> bool:
        """
        Read the site's name right under the headline, over the byline or the date line.

        A reader view's or a portal's copy sets the site under the title: "Title" / "The
        Example Chronicle" / "by Jane Doe", or "Title" / "The Example Tribune (Abuja)" / "5
        March 2025" (the town in brackets cut).
        """
        if index + 1 >= len(self.lines) or len(line) > _MASTHEAD_MAX_CHARS:
            return False
        following = self.lines[index + 1]
        if line.endswith(")") and (date_line(following) is not None or reads_as_byline(following)):
            town = _PLACE_SUFFIX_RE.search(line)
            place = town[0].strip("()").strip() if town is not None else ""
            name = line[: town.start()].strip() if town is not None else ""
            if (place in CITIES or place in COUNTRY_NAMES) and name and masthead_like(name):
                self.outlet = self.outlet or name
                return True
            return False
        return self._name_over_byline(line, following)

    def _special_to(self, line: str, index: int) -> bool:
        """'Special to The Example Courier' under a byline: the paper it was written for."""
        paper = special_to(line) if self.credit_at == index - 1 else None
        if paper is None:
            return False
        self.outlet = self.outlet or paper
        return True

    def _outlet_under_byline(self, line: str, index: int) -> bool:
        """
        Read the writer's paper on its own line under the byline: "By Jane Doe" / "The X".

        A known outlet or a masthead's name ("The Harbour Mail", "Lagoon Courier"), no
        sentence and no section label, names the page's outlet and leaves the story.
        """
        if (
            self.credit_at != index - 1
            or self.headline_open
            or not _name_shaped(line)
            or not _is_title_case(line)
        ):
            return False
        known = known_outlet(line)
        if known is None and not masthead_like(line):
            return False
        if known is None and all(w.casefold().strip(".") in SECTION_WORDS for w in line.split()):
            return False
        self.outlet = self.outlet or (known[0] if known else line)
        return True

    def _label_under_byline(self, line: str, index: int) -> bool:
        """
        Drop the section's label printed again under the byline, over the date line.

        "By JANE DOE" / "Nation" / "Monday, 10 Mar 2025": the label is no story.
        """
        return (
            not self.headline_open
            and self.credit_at == index - 1
            and index + 1 < len(self.lines)
            and len(line) <= _SECTION_MAX_CHARS
            and _SECTION_LABEL_RE.match(line) is not None
            and date_line(self.lines[index + 1]) is not None
        )

    def _issue_range(self, line: str) -> bool:
        """
        Read a weekly's issue line over the headline: "4 - 10 June 1998" dates it 4 June.

        The issue's week is the page's date, not its headline; the line leaves the story.
        """
        match = _ISSUE_RANGE_RE.match(line) if line[:1].isdigit() else None
        if match is None:
            return False
        first = match["first"] if " " in match["first"] else f"{match['first']} {match['month']}"
        stated = first_full_date(f"{first} {match['year']}")
        if stated is None:
            return False
        self._state(line, stated)
        self.stamps.append(line)
        return True

    def _place_over_date(self, line: str, index: int) -> bool:
        """
        Keep a dateline's place standing alone over the page's date line, in the head.

        "LONDON" / "April 12, 1985" under a print byline: the place stays in the body and the
        date line under it still dates the page.
        """
        if (
            self.headline_open
            or index + 1 >= len(self.lines)
            or not (_PLACE_LINE_RE.match(line) or _known_place_line(line))
            or date_line(self.lines[index + 1]) is None
        ):
            return False
        self.body.append(line)
        return True

    def _issuer_over_headline(self, line: str, index: int) -> bool:
        """
        Drop the issuing office's name over a release's title: "Ministry of External Affairs".

        An office's name ("Presidential Communications Office", "President of Russia",
        "Government of India") with a further line under it, before any headline, is the
        site's letterhead, not the title.
        """
        if index + 1 >= len(self.lines) or len(line) > _ISSUER_MAX_CHARS:
            return False
        if (
            len(line) > _SECTION_MAX_CHARS + 16
            and " of the " not in line
            # a long office's name: "Department of International Relations and Cooperation"
            and not line.startswith(_ISSUER_WORDS)
        ):
            return False
        following = self.lines[index + 1]
        if line.isupper() or _capitals_but_small_words(line):
            if (
                _BODY_IN_CAPITALS_RE.match(line) is not None
                and following.isupper()
                and not _SENTENCE_END_RE.search(following)
            ):
                # a service's name in a bulletin's stacked head, over further lines in
                # capitals (the country's head, then the item's title)
                return True
            # a letterhead in capitals: "PRESIDENCY OF THE REPUBLIC", "MINISTRY OF DEFENCE"
            # and the state's name over it ("REPUBLIC OF KENYA" over the ministry's)
            line = _small_words_title(line)
            if _STATE_LINE_RE.match(line) is not None and _letterhead_in_capitals(following):
                return True
        return (
            (
                _ISSUER_OF_RE.match(line) is not None
                or (index < _ISSUER_TOP_LINES and _ISSUER_END_RE.match(line) is not None)
            )
            and (_headline_like(following) or _SECTION_LABEL_RE.match(following) is not None)
            and not _SENTENCE_END_RE.search(following)
        )

    def _wire_head(self, line: str, index: int) -> bool:
        """
        Drop a wire's slug or item number over its headline: "BC-KENYA-UGANDA 1STLD", "TASS 041".

        Teleprinter copy opens with the agency's transmission slug or the item's number; the
        headline is the line under it.
        """
        if index + 1 >= len(self.lines) or len(line) > _SLUG_MAX_CHARS or " " in line[-1:]:
            return False
        following = self.lines[index + 1]
        if line.startswith("(") or following.startswith("("):
            # teletype copy with no headline: the item number and a slug in brackets over
            # the dateline ("INS-47" / "(SMITH-JONES)" / "LIMA, NOV. 3 (INS)--...")
            over_dateline = furniture.WIRE_DATELINE_RE.match(following) is not None
            if furniture.WIRE_PAREN_SLUG_RE.match(line):
                return over_dateline or _headline_like(following)
            if furniture.WIRE_PAREN_SLUG_RE.match(following):
                item = furniture.WIRE_ITEM_RE.match(line)
                return item is not None and canonical_agency(item["agency"]) is not None
        if not _headline_like(following) or _SENTENCE_END_RE.search(following):
            return False
        if "-" in line and furniture.WIRE_HEAD_RE.match(line):
            return True
        item = furniture.WIRE_ITEM_RE.match(line) if line[-1:].isdigit() else None
        return item is not None and canonical_agency(item["agency"]) is not None

    def _crumbs_over(self, line: str, index: int) -> bool:
        """
        Drop a breadcrumb whose last crumb is the headline printed under it.

        "News / World / Ministers meet in Lima" over "Ministers meet in Lima": the trail of
        sections ends with the story's title; the line under it is the headline.
        """
        if index + 1 >= len(self.lines):
            return False
        following = self.lines[index + 1]
        if len(following) < _CRUMB_TITLE_MIN_CHARS or not line.endswith(following):
            return False
        trail = line[: -len(following)].rstrip()
        return bool(trail) and trail[-1] in _CRUMB_SEPARATORS

    def _cut_kicker_prefix(self, line: str) -> str:
        """Cut a kicker set before the headline by a bar: "Opinion | Why the talks matter"."""
        kicker, _, title = line.partition(" | ")
        return title if title and furniture.KICKER_RE.match(kicker) else line

    def _cut_byline_suffix(self, line: str) -> str:
        """Cut and credit a byline closing a headline after a bar: "Headline | By Jane Doe"."""
        title, _, byline = line.rpartition(" | ")
        if (
            not title
            or byline[:3] not in {"By ", "BY ", "by "}
            or not _headline_like(title)
            or not read_byline(byline, self.tally)
        ):
            return line
        return title

    def _barred_byline(self, line: str, index: int) -> bool:
        """
        Read a head's line of fields set apart by bars, one of them a byline.

        "World | By Jane Doe | April 7, 2026", "Diplomacy | By Jane Doe": the section, the
        byline and the page's date; the byline is credited, the date dates the page.
        """
        fields = [field.strip() for field in line.split("|")]
        at = next((i for i, f in enumerate(fields) if f[:3] in {"By ", "BY ", "by "}), -1)
        if at < 1:
            return False  # a byline leading the line is read_byline()'s
        stated = None
        for field in fields[:at] + fields[at + 1 :]:
            if stated is None and (date_line(field) or furniture.PUBLISHED_LINE_RE.match(field)):
                stated = first_full_date(field)
            elif not (
                field
                and len(field) <= _SECTION_MAX_CHARS
                and all(w.casefold() in SECTION_WORDS for w in field.split())
            ):
                return False
        if not read_byline(fields[at], self.tally):
            return False
        self.credit_at = index
        if stated is not None:
            self._state(line, stated)
            self.stamps.append(line)
        return True

    def _desk_and_agency(self, line: str, index: int) -> bool:
        """
        Read a desk and the agency its copy came from, set apart by a bar under the headline.

        "Politics Desk | IPN", "Example News | LETA": the desk is the byline, the agency (a
        known one, or initials in capitals) is credited.  "World | Reuters" (a section) and
        "Ministers meet | Reuters" (a title) are not.
        """
        fields = [field.strip() for field in line.split("|")]
        if self.headline_open or len(fields) != _BANNER_FIELDS[0]:
            return False
        desk, wire = fields
        agency = canonical_agency(wire) or (
            wire
            if wire.isupper() and wire.isalpha() and 1 < len(wire) <= _ACRONYM_MAX_CHARS
            else None
        )
        if agency is None or not read_desk(desk, self.tally):
            return False
        self.tally.add_agency(agency)
        self.credit_at = index
        return True

    def _cut_outlet_suffix(self, line: str) -> str:
        """Cut the outlet's name closing a headline ("Headline - Example News"), the outlet."""
        split = _outlet_suffix(line)
        if split is None:
            return line
        self.outlet = self.outlet or split[1]
        return split[0]

    def _section_label(self, line: str, index: int, depth: int = 0) -> bool:
        """
        Drop a section label over the headline: "World", "India News", "ASIA-PACIFIC".

        One to three capitalised words, no digits and no sentence, right over a longer line
        that reads as a title, are the section the story is filed under, not its headline.
        Labels may stack ("UAE" / "Government" / the headline): a label over a further
        label that is itself over the headline is one too.
        """
        if index + 1 >= len(self.lines):
            return False
        if len(line) > _SECTION_MAX_CHARS or not _SECTION_LABEL_RE.match(line):
            return self._section_path(line, index) if depth == 0 else False
        following = self.lines[index + 1]
        size = len(line.split())
        if (
            depth < _STACKED_LABELS
            and len(following) <= _SECTION_MAX_CHARS
            and _SECTION_LABEL_RE.match(following)
            and self._section_label(following, index + 1, depth + 1)
        ):
            return True
        return (
            # a one-word label over any title; a longer one over a title longer still
            len(following.split()) > size + (size > 1)
            and _headline_like(following)
            and not _statement_end(following)
            # a short headline over its byline ("TALKS RESUME" / "By Jane Doe in Oslo")
            and not following.startswith(_LINE_OPENINGS_NO_TITLE)
        )

    def _section_path(self, line: str, index: int) -> bool:
        """
        Drop a path of section labels between bars or slashes over the headline.

        "Europe | Defense", "World / Asia / Diplomacy": two to four labels, each one a section
        label, right over a longer line that reads as a title.
        """
        if len(line) > _SECTION_PATH_MAX_CHARS or not ("|" in line or "/" in line):
            return False
        labels = _SECTION_PATH_SPLIT_RE.split(line)
        if not 2 <= len(labels) <= _SECTION_PATH_MAX_LABELS or not all(
            _SECTION_LABEL_RE.match(label) for label in labels
        ):
            return False
        if index + 1 >= len(self.lines):
            return False  # the page's last line: no title under it
        following = self.lines[index + 1]
        return (
            len(following.split()) > len(line.split())
            and _headline_like(following)
            and not _statement_end(following)
        )

    def _label_under_headline(self, line: str, index: int) -> bool:
        """
        Drop a document label under the headline and the issuing office under it.

        "Headline" / "READOUT" / "OFFICE OF THE PRESS SECRETARY" / "JUNE 2, 2025": the label
        and the office's name, when the page's date line follows it, are not the story.
        """
        if index == self.headline_at + 1 and furniture.RELEASE_LABEL_RE.match(line):
            self.label_at = index
            return True
        return (
            index == self.label_at + 1
            and index + 1 < len(self.lines)
            and _letterhead_like(line)
            and date_line(self.lines[index + 1]) is not None
        )

    def _stamp_under_standfirst(self, line: str, index: int) -> bool:
        """
        Read the page's clocked stamp under the standfirst, maybe under a desk's line.

        "Sun Nov 22, 2026 12:00 AM" carries the time a page was posted, as a timeline's
        entries do not; a job line alone over it ("Diplomatic Correspondent") is passed.
        """
        if self.published is not None or index + 1 >= len(self.lines):
            return False
        if is_role(line) and _clocked_date_line(self.lines[index + 1]):
            self.standfirst_at = index  # the stamp under it keeps the standfirst's place
            return True
        return _clocked_date_line(line) and self._date_line(line)

    def _date_line(self, line: str) -> bool:
        """
        A line stating only a date is the publication date; it stays in the body.

        A wire's dateline on its own line closes on its agency ("Bissau, April 16, 2026
        (Lusa)") or opens with it ("(Xinhua) 09:15, March 06, 2026"): the agency is credited
        and the rest read as the date line.
        """
        credited = _LINE_AGENCY_RE.search(line) if line.endswith(")") else None
        agency = canonical_agency(credited["agency"]) if credited is not None else None
        if credited is not None and agency is not None:
            line = line[: credited.start()].rstrip()
        elif line.startswith("("):
            # or opens with it, before its time and date: "(Xinhua) 09:15, March 06, 2026"
            credited = _LEADING_AGENCY_RE.match(line)
            agency = canonical_agency(credited["agency"]) if credited is not None else None
            if credited is not None and agency is not None:
                line = line[credited.end() :]
        line = _without_topic_label(line)
        stated = date_line(line) or _dual_calendar_date(line)
        if stated is None:
            return False
        if agency is not None:
            self.tally.add_agency(agency)
            self.tally.wire = self.tally.wire or agency
        if self.date_over_headline and not self.headline_open and not self.prose_seen:
            # a site's header prints the day's date over the menu and the headline ("Monday,
            # 19 May 2025"); the date line under the headline dates the story
            self.published = None
            self.date_over_headline = False
        elif self.published is None and self.headline_open:
            self.date_over_headline = True
        self._state(line, stated[0])
        place = stated[1]
        if (
            place is not None
            and not self.headline_open
            and not self.tally.authors
            and _name_like_desk(place)
            and read_desk(place, self.tally)
        ):
            # a desk's name before the date ("Example Online , Monday 2 Jun 2025") is a byline
            place = None
        if place is not None and not (
            self.headline_open and self._name_before_barred_date(line, place)
        ):
            self.placed_date_line = self.placed_date_line or line
        # the page's clock time ("- 09:12 UTC") and its update's time date no event of the story
        line = without_time(without_update(line))
        self.date_lines.append(line)
        self.body.append(line)
        return True

    def _name_before_barred_date(self, line: str, place: str) -> bool:
        """
        Read a newsletter's or a site's name before its date between bars, over the headline.

        "The Example Briefing | Thursday, March 6, 2025": the name is the outlet, no place.
        """
        if (
            self.prose_seen
            or " | " not in line
            or line.split(" | ", 1)[0].strip() != place
            or len(place) > _UNKNOWN_MASTHEAD_MAX_CHARS
            or not (_is_title_case(place) or known_outlet(place) is not None)
            or not _masthead_name(place)
        ):
            return False
        self.outlet = self.outlet or place
        return True

    @staticmethod
    def _picture_field(line: str) -> bool:
        """
        Whether ``line`` is a photographer's labelled credit: "Photography: Jane Doe".

        An agency's ("Photos: AFP", "Pictures: Jane Doe/Reuters") is left to the credits.
        """
        field = _PICTURE_FIELD_RE.match(line)
        if field is None:
            return False
        credit = line[field.end() - 1 :].strip()
        return "/" not in credit and canonical_agency(credit) is None

    def _bare_byline(self, line: str, index: int) -> bool:
        """
        Read a byline without "By": a name above a job title, or above the page's date line.

        A job title under the name is left for the caller to drop.
        """
        if (
            self._byline_may_stand(index)
            and read_name_over_role(line, self.lines[index + 1], self.tally)
        ) or (self.headline_open and self._name_over_date_over_headline(line, index)):
            return True
        if self.headline_open or index + 1 >= len(self.lines) or is_role(line):
            return False
        following = self.lines[index + 1]
        over_date = date_line(following) is not None or (
            len(following) <= _FURNITURE_MAX_CHARS
            and furniture.PUBLISHED_LINE_RE.match(following) is not None
            and furniture.RELATIVE_STAMP_RE.match(following) is None
        )
        if over_date and read_name_over_date(line, self.tally):
            return True
        # names alone right under the headline, its standfirst or its stamp, the story still
        # to come, maybe with the page's date beside them ("Jane Doe   Mar 3, 2026")
        if index not in {
            self.headline_at + 1,
            self.standfirst_at + 1,
            self.stamp_at + 1,
            # under the head's date line or share bar, the story still to come
            self.head_end + 1
            if self.head_end > self.headline_at >= 0 and not self.tally.authors
            else -1,
        }:
            return False
        stated = first_full_date(line) if any(map(str.isdigit, line)) else None
        names = without_byline_date(line) if stated is not None else line
        if not read_bare_byline(names, self.tally):
            # "Example Gazette report": the paper's desk
            return line.endswith((" report", " Report")) and self._desk_report(line)
        if stated is not None and self.published is None and not self.prose_seen:
            self._state(line, stated)
            if line not in self.stamps:
                self.stamps.append(line)
        return True

    def _desk_report(self, line: str) -> bool:
        """
        Read a paper's desk byline under the headline: "Example Gazette report".

        The paper's own name (the page's outlet, or a masthead's name) and "report": the desk
        is the author, as written.  "Annual report", "A UN report" are no byline.
        """
        name = line[: -len(" report")].strip()
        words = name.split()
        if not words or len(words) > _DESK_REPORT_MAX_WORDS or not _is_title_case(name):
            return False
        own = self.outlet is not None and name.casefold() == self.outlet.casefold()
        if not own and not (known_outlet(name) is not None or masthead_like(name)):
            return False
        self.tally.add_author(line)
        self.outlet = self.outlet or name
        return True

    def _name_over_date_over_headline(self, line: str, index: int) -> bool:
        """
        Read a writer's name over the date over the headline: an aggregator's head.

        "Jane Doe" / "Sat, March 7, 2026 at 4:12 AM" / "3 min read" / the headline: a
        partner's story as news aggregators set it.  A paper's name over its folio's date
        ("EXAMPLE HERALD") is its masthead, no writer.
        """
        return (
            index + 1 < len(self.lines)
            and not is_role(line)
            and self._headline_after(index + 2)
            and date_line(self.lines[index + 1]) is not None
            and not masthead_like(line)
            and read_name_over_date(line, self.tally)
        )

    def _headline_after(self, at: int) -> bool:
        """Whether the first line from ``at`` on that is no furniture reads as a headline."""
        for line in self.lines[at : at + _HEADLINE_AFTER_LINES]:
            if len(line) <= _FURNITURE_MAX_CHARS and furniture.FURNITURE_RE.match(line):
                continue
            return _headline_like(line) and not _SENTENCE_END_RE.search(line)
        return False

    def _byline(self, line: str, index: int) -> bool:
        dated = _DATE_THEN_BYLINE_RE.match(line) if " By " in line else None
        if dated is not None and date_line(dated["date"]) is None:
            dated = None
        # ("November 18, 2026  By Jane Doe": the page's date, then the byline, on one line)
        if not read_byline(line if dated is None else dated["by"], self.tally):
            return False
        self.credit_at = index
        self._byline_date(line)
        return True

    def _newsletter_writer(self, line: str) -> None:
        """
        Credit the writer a newsletter names in a sentence of its own, opening a paragraph.

        "Morning Update is written by Jane Doe.", "Today's newsletter was written by Jane
        Doe and John Roe." (the newsletter's name, or "this" / "today's" newsletter or
        edition, as the subject).
        """
        m = _NEWSLETTER_WRITER_RE.match(line)
        if m is None:
            return
        for name in _NEWSLETTER_AND_RE.split(m["names"]):
            if is_person(name):
                self.tally.add_author(name)

    def _credit_line(self, line: str) -> bool:
        """Read a credit line; in the head, its date ("Written by X | Last updated on ...")."""
        if not read_credit_line(line, self.tally):
            return False
        self._byline_date(line)
        return True

    def _byline_date(self, line: str) -> None:
        if self.published is None and not self.prose_seen and any(map(str.isdigit, line)):
            # the page's stamp set beside the byline ("By Jane Doe   March 12, 2025 | 8 pm")
            stated = first_full_date(line)
            if stated is not None:
                self._state(line, stated)
                if line not in self.stamps:
                    self.stamps.append(line)

    def _byline_may_stand(self, index: int) -> bool:
        """
        Whether a name over a job title at ``index`` may be a byline rather than the headline.

        Under the headline it may; above it, only if a headline still follows the job title
        ("Biden Meets Xi" over "Staff Writer" and a sentence is a headline and a desk credit).
        """
        if index + 1 >= len(self.lines):
            return False
        if not self.headline_open:
            return True
        after = self.lines[index + 2] if index + 2 < len(self.lines) else ""
        return _headline_like(after) and not _SENTENCE_END_RE.search(after)

    def _end_mark(self, line: str) -> bool:
        """Drop an end mark ("ENDS", "###"); after the story it closes the story."""
        if len(line) > _END_MARK_MAX_CHARS or not furniture.END_MARK_RE.match(line):
            return False
        self.ended = self.prose_seen
        return True

    def _after_end(self, line: str) -> bool:
        """After an end mark, the issuer's contact lines (no sentences) are not the story."""
        return self.ended and not _SENTENCE_END_RE.search(line)

    def _caption(self, line: str, index: int) -> bool:
        credit = _AGENCY_PHOTO_LINE_RE.match(line) if len(line) < _PHOTO_LINE_MAX_CHARS else None
        if credit is not None and (agency := canonical_agency(credit["who"])) is not None:
            # a photo's credit line of its own, a dash or a slash for the colon: "Photo - ONA"
            self.tally.add_agency(agency)
            return True
        if not _is_caption(line, self.lines, index) and not self._described_under_credit(
            line, index
        ):
            # a photo's credit on its own line under it ("Jane Doe/Reuters"), below the title
            return (
                "/" in line and not self.headline_open and read_photo_credit_line(line, self.tally)
            )
        if line not in self.captions:
            self.captions.append(line)
            photo_agencies(line, self.tally)
        if index == self.standfirst_at + 1 and not self.prose_seen:
            # a photo between the standfirst and the byline keeps the byline's place
            self.standfirst_at = index
        return True

    def _described_under_credit(self, line: str, index: int) -> bool:
        """
        Whether ``line`` describes the photo whose credit the line above gave, in the head.

        "Photo: Jane Doe/AFP" / "Ministers at the talks in Rabat." / "By John Roe": a short
        line under a photo's credit, over the byline or the page's date line, is the photo's
        caption, and the head goes on under it.
        """
        if (
            self.prose_seen
            or self.headline_open
            or index == 0
            or not self.captions
            or self.captions[-1] != self.lines[index - 1]
            or index + 1 >= len(self.lines)
            or len(line.split()) > _CAPTION_UNDER_CREDIT_MAX_WORDS
        ):
            return False
        following = self.lines[index + 1]
        return reads_as_byline(following) or date_line(following) is not None

    def _prose(self, line: str, index: int) -> None:
        line = read_trailing_credit(line, self.tally)
        if " by " in line:
            self._newsletter_writer(line)
        if self.headline_open:
            self.headline_open = False
            if "(" in line or "-" in line:
                line = furniture.WIRE_TAG_RE.sub("", line)
            if line.startswith("["):
                line = furniture.SECTION_TAG_RE.sub("", line)
            if " | " in line:
                line = self._cut_byline_suffix(self._cut_kicker_prefix(line))
            if " - " in line or " | " in line or " \u2013 " in line or " \u2014 " in line:
                line = self._cut_outlet_suffix(line)
            # (a print dateline alone on its line, "LISBON, Monday.", opens the story)
            if (_headline_like(line) or self._question_title(line, index)) and not (
                _WIRE_LEAD_RE.match(line) or bare_dateline(line)
            ):
                self.headline = line
                self.headline_at = index
                return
        # a standfirst right under the headline keeps the head open: a byline and a date
        # line may still follow it
        self.prose_seen = self.prose_seen or index != self.headline_at + 1 or bool(self.body)
        if not self.prose_seen:
            self.standfirst_at = index
            read_standfirst_writer(line, self.tally)
        self.body.append(line)

    def _question_title(self, line: str, index: int) -> bool:
        """
        Whether a question right under the page's head is its title, in sentence case too.

        "Lomé talks: can a truce hold?" under a breadcrumb or a masthead: analysis pieces ask
        their question in the title; a short question with no quotation opening the story
        right after the head's furniture is that title; so is one opening the page over a
        date, a stamp or a byline ("Can the truce hold?" / "By Jane Doe").
        """
        return (
            (
                (index > 0 and self.head_end == index - 1)
                or (index == 0 and any(map(_head_line, self.lines[1:_QUESTION_HEAD_LINES])))
            )
            and _QUESTION_END_RE.search(line) is not None
            and len(line.split()) <= _QUESTION_TITLE_MAX_WORDS
            and not any(mark in line for mark in '"“”')
        )


_QUESTION_TITLE_MAX_WORDS: Final = 20
# The lines under a question opening the page among which a date, stamp or byline shows it is
# the title (the slice's end: the second and third lines).
_QUESTION_HEAD_LINES: Final = 3
# a known agency in brackets closing a dateline on its own line: "Bissau, April 16, 2026 (Lusa)"
_LINE_AGENCY_RE: Final = re.compile(r"\((?P<agency>[A-Za-z][\w&.' -]{0,30})\)$")


# A desk's byline without "By": "Staff Correspondent", "Special Correspondent", "Staff Reporter"
# ("Staff Writer" alone is a job line under a name, or under a title-case headline that may be
# one; under the headline's deck it is the desk; "Diplomatic Correspondent" is a beat's
# title, no desk's byline).
_DESK_LINE_RE: Final = re.compile(
    r"^(?:Our )?(?:Staff|Special) (?:Correspondent|Reporter|(?<=Staff )Writer)$",
    re.IGNORECASE,
)
_DESK_MAX_WORDS: Final = 3


def _names_writer(line: str) -> bool:
    """Whether ``line`` is a byline: "By Jane Doe", or names alone ("Jane Doe, Senior Fellow")."""
    return read_byline(line, Credits()) or read_bare_byline(line, Credits())


# The publication's label after an update's on one stamp: "Updated: May 5, 2023 | Published:
# May 4, 2023" (the stamps of news sites that print the update first).
_UPDATE_FIRST_RE: Final = re.compile(r"^(?:last )?(?:updated|modified)\b", re.IGNORECASE)
_PUBLISHED_FIRST_RE: Final = re.compile(r"^(?:first )?(?:published|posted|issued)\b", re.IGNORECASE)
_LATER_PUBLISHED_RE: Final = re.compile(
    r"(?<=\S)(?:\s*[|·•,;–—-])?\s*(?:first )?(?:published|posted)\b:?\s*(?=\S)", re.IGNORECASE
)


def _published_part(line: str) -> str:
    """The part of a stamp after its publication label when an update's date comes first."""
    if not _UPDATE_FIRST_RE.match(line):
        return line
    later = _LATER_PUBLISHED_RE.search(line)
    return line[later.end() :] if later is not None else line


# A browser title's fields: a brand and one to four of its language and sections
_TAB_TITLE_FIELDS: Final = (2, 5)
_TAB_TITLE_SPLIT_RE: Final = re.compile(r" [-\u2013\u2014|:\u00b7] | :: | \u00bb ")
# the languages of a site's editions, in its browser title ("- English -")
_TAB_LANGUAGES: Final = frozenset({"english", "en", "eng", "french", "spanish", "arabic"})
_BANNER_FIELDS: Final = (2, 4)
# A monitoring service's source line under an item's title (BBC Monitoring, the Open Source
# Center): "Text of report by Kazakh news agency Example", "Excerpt from report by ...",
# "Summary of commentary in ...".
_MONITOR_CREDIT_OPENINGS: Final = ("Text ", "Excerpt", "Summary ", "Translation ")
_MONITOR_CREDIT_RE: Final = re.compile(
    r"^(?:Text|Excerpts?|Summary|Translation) (?:of|from) (?:an? )?(?:report|article"
    r"|commentary|editorial|interview|broadcast|statement)s? (?:by|in|on|from) "
    r"(?P<source>[^.;:]{3,80}?)[.;:]?$"
)
# The outlet's name after the description of its kind: "news agency Example", "newspaper
# Example Daily", "TV Example".
_NAME_AFTER_KIND_RE: Final = re.compile(
    r"\b(?:agency|newspaper|daily|weekly|website|TV|television|radio)\s+"
    r"(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})$"
)
# A distribution service's label over the issuer's name ("NEWS PROVIDED BY" / "Example
# Ministry"), from the release wires' templates.
_ISSUER_LABELS: Final = frozenset({"news provided by"})
_LABEL_PREPOSITIONS: Final = frozenset({"in", "on", "at", "for", "from", "of"})
_BANNER_FIELD_MAX_WORDS: Final = 5
_CLOSING_WRITER_MAX_WORDS: Final = 4
_CLOSING_WRITERS_MAX: Final = 3
# A reporter's job under the writer's name closing a story: "Special correspondent".
_REPORTING_JOB_RE: Final = re.compile(
    r"(?i)\b(?:correspondents?|reporters?|writers?|journalists?|stringers?)\b"
)
# a name's words alone: "Jane Doe", "Jean-Luc O'Neill" (no credit's slash, colon or bracket)
_CLOSING_WRITER_RE: Final = re.compile(r"[A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){1,3}$")
_BANNER_REST_MAX_WORDS: Final = 3
_ACRONYM_MAX_CHARS: Final = 6
# A service's description of itself under its name: "National News Agency", "Press service",
# "Africa News Service", "Information Bureau of the Cabinet"
# A paper's motto under its name calling it a paper: "Example's independent newspaper", "The
# valley's oldest daily", "Your weekly news source", "The nation's leading news site".
# A motto calling the name over it its place's paper: "The Nation's Paper", "The valley's own
# paper" (not "a white paper", "Green Paper")
_POSSESSIVE_PAPER: Final = r"['’]s (?:own |first |favourite |favorite |community |local )?paper$"
# The lines a masthead's taglines fill under its name (its own name in full, what it is)
_TAGLINE_MAX_LINES: Final = 2
_PAPER_MOTTO_RE: Final = re.compile(
    r"\b(?:newspaper|daily|weekly|newsweekly|news source|news site|news website|news portal)$"
    r"|" + _POSSESSIVE_PAPER,
    re.IGNORECASE,
)
_POSSESSIVE_PAPER_RE: Final = re.compile(_POSSESSIVE_PAPER, re.IGNORECASE)
_TAGLINE_RE: Final = re.compile(
    # (the motto's praise of itself: "Solomon Islands' first daily newspaper", "Ghana's most
    # trusted daily newspaper", "the region's only independent weekly")
    # (a publisher's credit under a site's name: "from the Example Policy Centre")
    r"^(?:(?:from|by|of) the )?(?:[A-Z][\w'’.-]* |[a-z]+['’]s |"
    r"(?:leading|independent|national|oldest|largest|first|daily|weekly|most|trusted|biggest|best-selling|only|premier|widely|read|own|community|"
    r"local|favourite|favorite) ){0,5}"
    r"(?i:News Agency|Agency|News Service|Press Service|Service"
    r"|Press Office|Information Office|Information Bureau|Press Centre|Press Center"
    # a paper's motto naming what it is ("Example's Independent Newspaper", "The Voice of X")
    r"|Newspaper|Daily|Weekly|Newsweekly|News Source|Voice"
    # a site's motto: "Example's leading news site", "The nation's first news portal"
    r"|News Site|News Website|News Portal|Online Newspaper|Magazine"
    # the institution publishing a journal, under the journal's name ("Institute for
    # Security Studies", "Council on Foreign Relations", "Centre for Policy Research")
    r"|Institute|Institution|Centre|Center|Foundation|Council|Endowment)"
    r"(?: (?:of|for|on)(?: the)?(?: (?:[A-Z][\w'’.-]*|and|&)){1,4})?$"
    # an agency's name in its own language under its brand: "Agencia de Noticias del Estado
    # Example", "Agência de Notícias de Example", "Agence de Presse Example"
    r"|^(?:Ag[eê]ncia|Agencia|Agence|Agenzia|Agen[tț]ia|Agencja) (?:[a-z]{1,3} |d['’])?"
    r"(?:Noticias|Notícias|Presse|Prensa|Stampa|Informaci[oó]n|Informa[cç][aã]o|Pras[aă])\b"
    r"(?: (?:[A-Z][\w'’.-]*|de|del|da|do|di|du|des|la|el)){0,5}$"
    # who publishes the page: "Published daily by the Example Institute", "Edited at the
    # University of Example"
    r"|^(?:Published|Edited|Produced)(?: (?:daily|weekly|monthly|online))? (?:by|at) (?:the )?"
    r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|for|and|&)){0,5}$"
    # the state a government's agency or ministry serves, under its name: "Republic of
    # Examplia", "Kingdom of Example", "Co-operative Republic of Example"
    r"|^(?:[A-Z][\w-]* ){0,2}(?:Republic|Kingdom|Federation|Commonwealth|Sultanate|State|"
    r"Principality|Emirate|Union|Government) of(?: the)?(?: [A-Z][\w'’.-]*){1,3}$"
)
# A research institution's name: "Institute for Example Studies", "Example Institute",
# "Council on Example Relations", "Centre for Example Policy", "Example Foundation".
# An agency's name in brackets opening a date line: "(Xinhua) 09:15, March 06, 2026".
_LEADING_AGENCY_RE: Final = re.compile(r"^\((?P<agency>[A-Z][\w .-]{1,30})\)\s+(?=\d|[A-Z])")
_INSTITUTION_RE: Final = re.compile(
    # (a site's own desks are no institution: "Press Centre", "Media Center", "News Centre")
    r"^(?!(?:Press|Media|News|Information|Resource|Help|Contact|Visitor|Data)\b)"
    r"(?:The )?(?:[A-Z][\w'’.-]* ){0,4}"
    r"(?:Institute|Institution|Centre|Center|Foundation|Endowment"
    # a council publishes only with its remit: "Council on Example Relations"
    r"|Council(?= (?:on|for) ))"
    r"(?: (?:of|for|on)(?: the)?(?: (?:[A-Z][\w'’.-]*|and|&)){1,4})?$"
    # who publishes the page: "Published daily by the Example Institute", "Edited at the
    # University of Example"
    r"|^(?:Published|Edited|Produced)(?: (?:daily|weekly|monthly|online))? (?:by|at) (?:the )?"
    r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|for|and|&)){0,5}$"
    # the state a government's agency or ministry serves, under its name: "Republic of
    # Examplia", "Kingdom of Example", "Co-operative Republic of Example"
    r"|^(?:[A-Z][\w-]* ){0,2}(?:Republic|Kingdom|Federation|Commonwealth|Sultanate|State|"
    r"Principality|Emirate|Union|Government) of(?: the)?(?: [A-Z][\w'’.-]*){1,3}$"
)
# A language service's line under an agency's name: "English Service", "English edition |
# Africa", "In English" (the services of national agencies' sites).
_LANGUAGE_SERVICE_RE: Final = re.compile(
    r"^(?:In )?(?:English|French|Spanish|Portuguese|Arabic|Russian|Chinese)"
    r"(?: (?:[Ss]ervice|[Ee]dition|[Nn]ews|[Dd]esk|[Vv]ersion|[Ww]ire))?"
    r"(?: [|/] [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})?$"
)
# The words naming an agency's service after its name: "dpa International", "AFP English",
# "Xinhua World Service" (the banners of agencies' foreign-language services).
_SERVICE_WORDS: Final = frozenset(
    {"international", "english", "world", "global", "service", "wire", "newswire", "edition"}
)
_TAGLINE_MAX_CHARS: Final = 60
_TAGLINE_MIN_LINES: Final = 3
# A domain name alone: a name, a dot, then a top-level domain of two to four letters
# A web address alone on a line: "www.example-express.com", "https://example.co.tt/".
_ADDRESS_LINE_RE: Final = re.compile(
    r"(?:https?://)?(?:www\.)?(?P<label>[A-Za-z][A-Za-z0-9-]{1,40})\.[A-Za-z]{2,6}"
    r"(?:\.[A-Za-z]{2})?/?"
)
_ADDRESS_LABEL_MIN: Final = 4
_ADDRESS_NAME_MAX_WORDS: Final = 6
_DOMAIN_MASTHEAD_RE: Final = re.compile(
    r"(?:www\.)?[A-Za-z][A-Za-z0-9-]{1,30}\.(?:[A-Za-z]{2,4})(?:\.[A-Za-z]{2})?"
)
_BRAND_INITIALS_RE: Final = re.compile(r"[A-Z]{2,4}")
# an agency's short name, one word: "Nampa", "PACNEWS", "Macauhub"
_BRAND_WORD_RE: Final = re.compile(r"[A-Z][A-Za-z]{2,11}")
_BANNER_DASH_RE: Final = re.compile(r" [-\u2013\u2014] ")
# A press or agency word of an agency's name in its own language: "Agence Examplaise de
# Presse", "Examplia Presse Service", "Agenzia Stampa Example", "Prensa Example".
_PRESS_WORD_RE: Final = re.compile(
    r"\b(?:Agency|Agence|Agencia|Agência|Agenzia|Agentia|Agencja|Press|Presse|Prensa|Stampa"
    r"|Pres|News|Nachrichtenagentur)\b"
)
_AGENCY_NAME_RE: Final = re.compile(
    # (its country after it, "News Agency of Nigeria", and its initials in brackets, "Kuwait
    # News Agency (KUNA)"; in capitals too, "EXAMPLE NEWS AGENCY")
    r"\b(?i:News Agency|Agency|News Service|Press Service|Wire|News Association)"
    r"(?: (?i:of)(?: (?i:the))? [A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})?(?: \([A-Z][A-Za-z]{1,7}\))?$"
    # an agency's name in its own language: "Agência de Notícias de Portugal", "Agence de
    # Presse X", "Agenzia Nazionale Stampa Associata", "X Nachrichtenagentur"
    r"|^(?:Ag[eê]ncia|Agencia|Agence|Agenzia|Agentia|Agencja)\b|Nachrichtenagentur$"
)

# A name and its initials in brackets: "Example News Agency (ENA)", "Agence Example de Presse
# (AEP)"; whether the initials spell the name is checked apart (:func:`_spells_initials`)
_INITIALLED_NAME_RE: Final = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?: [\w'’.-]+){1,7}) \((?P<abbr>[A-Z][A-Za-z]{1,6})\)$"
)
# A tagline calling the service under its name a news agency: "National News Agency of X"
_AGENCY_TAGLINE_RE: Final = re.compile(r"\b(?:News|Press) Agency\b|\bNews Service\b")


def _head_line(line: str) -> bool:
    """
    Whether ``line`` is one a page's head prints under its headline: a date, stamp or byline.

    "15 May 2026", "Published: 25/11/2026 07:14", "Posted 14:02, 12-Jun-2026", "By Jane
    Doe", "Words by Jane Doe | Photos by John Roe", "4 min read · 30 Oct 2026".
    """
    return (
        date_line(line) is not None
        or reads_as_byline(line)
        or (
            len(line) <= _FURNITURE_MAX_CHARS
            and (
                furniture.PUBLISHED_LINE_RE.match(line) is not None
                or furniture.RELATIVE_STAMP_RE.match(line) is not None
                or (
                    _HEAD_STAMP_OPENING_RE.match(line) is not None
                    and first_stated_date(line) is not None
                )
            )
        )
    )


def _dual_calendar_date(line: str) -> tuple[date | NumericDate, str | None] | None:
    """
    The Gregorian date of a line giving the day in two calendars: its other calendar's date.

    "25 พฤศจิกายน 2569 / 25 November 2026", "Mangsir 9, 2083 | November 25, 2026": the two
    dates stand apart by a slash or a bar; one reads as a date line, the other holds a year
    of another calendar (a number of its own).
    """
    if len(line) > _FURNITURE_MAX_CHARS or not (" / " in line or " | " in line):
        return None
    parts = [part.strip() for part in _DUAL_DATE_SPLIT_RE.split(line)]
    if len(parts) != _TOWN_AND_COUNTRY:
        return None
    for mine, other in (parts, parts[::-1]):
        stated = date_line(mine)
        if stated is not None and date_line(other) is None and DIGIT_RE.search(other):
            return stated
    return None


_DUAL_DATE_SPLIT_RE: Final = re.compile(r" [/|] ")


# The kinds of paper a think tank or an institute labels its pieces with, over the title.
_PAPER_KIND_WORDS: Final = frozenset(
    {"brief", "paper", "report", "note", "commentary", "analysis", "insight", "insights"}
    | {"perspective", "perspectives", "explainer", "backgrounder", "memo", "update"}
)


def _passed_under_name(line: str) -> bool:
    """
    Whether ``line`` may stand between a masthead and the headline: a label, a date, a town.

    "ELECTIONS 2026", "REGIONAL NEWS", "Commentary", "Date: 2026-06-12", "Zomba, Malawi".
    """
    if _head_line(line) and not reads_as_byline(line):
        return True
    words = line.split()
    if len(line) <= _SECTION_MAX_CHARS and len(words) <= _BARE_MASTHEAD_MAX_WORDS:
        if furniture.KICKER_RE.match(line) or (
            line.isupper() and not _SENTENCE_END_RE.search(line)
        ):
            return True
        # an institute's kind of paper: "Policy Brief", "Working Paper", "Research Note"
        if _is_title_case(line) and words[-1].casefold() in _PAPER_KIND_WORDS:
            return True
        if all(w.casefold() in SECTION_WORDS or w in {"&", "|", "and"} for w in words):
            return True
    parts = [part.strip() for part in line.split(",")]
    return (
        len(parts) == _TOWN_AND_COUNTRY
        and parts[1] in COUNTRY_NAMES
        and _is_title_case(parts[0])
        and len(parts[0].split()) <= _KNOWN_PLACE_MAX_WORDS
    )


# A desk's name in capitals opening a page's meta row, before its stamp's label: "HARBOUR
# LEDGER Published 07 May 2026" (the stamp is checked after it).
_DESK_BEFORE_STAMP_RE: Final = re.compile(
    r"(?P<desk>[A-Z][A-Z&.'’-]*(?: [A-Z][A-Z&.'’-]*){0,4})(?: ?[|·•-])? "
    r"(?=(?:Published|Updated|Posted|First published|Last updated|PUBLISHED|UPDATED|POSTED)\b)"
)
# Words in capitals this short are initials and stay so when a desk's name is title-cased.
_DESK_INITIALS_MAX: Final = 3
_DESK_SMALL_WORDS: Final = frozenset({"THE", "OF", "AND", "FOR", "ON", "IN", "DE", "LA", "EL"})
# A stamp with its byline after it on one line: "Published on 19/06/2026 - 17:42 By Jane Doe -
# Reporter at Example Wire - Lisbon", "Updated 4 March 2026, 09:10 BY JOHN ROE" (the stamp
# ends at a digit, an "am"/"pm" or a zone; its byline opens with "By" and a capital).
_BY_AFTER_STAMP: Final = " BY "
_STAMP_THEN_BYLINE_RE: Final = re.compile(
    r"(?P<stamp>[^\W\d_][^|]{4,80}?(?:\d|[AaPp]\.?[Mm]\.?|[A-Z]{3}))"
    r"(?:\s*[-–—|,·])?\s+(?P<byline>(?:By|BY|by) [A-Z][^|]{2,100})"
)
# A stamp's closing writer: "Posted on 10 June 2026 by Jane Doe", "... at 9:14 am by J. Doe".
_STAMP_WRITER_RE: Final = re.compile(r" by (?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})$")
# The openings of a head's stamp lines that PUBLISHED_LINE_RE leaves: "Posted 14:02, 12-Jun-
# 2026", "Last modified on Sat 13 Jun 2026", "4 min read · 30 Oct 2026", "2026-11-25T07:14".
_HEAD_STAMP_OPENING_RE: Final = re.compile(
    r"(?:Posted|Published|Updated|Last (?:modified|updated)|First published|Date)\b"
    r"|\d{1,2} min(?:ute)?s? read\b|\d{4}-\d{2}-\d{2}T",
    re.IGNORECASE,
)


def _spells_initials(name: str, initials: str) -> bool:
    """
    Whether ``initials`` spell ``name``: "ENA" for "Example News Agency".

    The initials of the capitalised words ("AEP" for "Agence Example de Presse"), or of every
    word ("MOFA" for "Ministry of Foreign Affairs").
    """
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    folded = initials.casefold()
    return folded in {
        "".join(w[0] for w in words if w[0].isupper()).casefold(),
        "".join(w[0] for w in words).casefold(),
    }


def _tagline_text(line: str) -> bool:
    """
    Whether ``line`` reads as what a service says it is: "National News Agency".

    Also "English Service | Africa", "Example's Independent Newspaper", "Institute for Example
    Studies": a language service, a paper's motto, the institution publishing a journal; a
    motto may close with the site's address ("The valley's leading daily | example.co.tz").
    """
    motto, bar, address = line.rpartition(" | ")
    if bar and motto and _ADDRESS_LINE_RE.fullmatch(address.strip()) is not None:
        line = motto
    return (
        len(line) <= _TAGLINE_MAX_CHARS
        and (
            (
                (
                    _TAGLINE_RE.search(line) is not None
                    or _LANGUAGE_SERVICE_RE.match(line) is not None
                    or _POSSESSIVE_PAPER_RE.search(line) is not None
                )
                and DIGIT_RE.search(line) is None
            )
            or _FOUNDED_MOTTO_RE.search(line) is not None
        )
        and not _SENTENCE_END_RE.search(line)
    ) or _remit_line(line)


# A motto telling since when the paper has served ("Example's English-language news since
# 1991", "Serving the valley since 1887", "Established 1901", "Est. 1921", "Your news since
# 1950"): the year is the paper's founding, never an event's.
_FOUNDED_MOTTO_RE: Final = re.compile(
    r"^(?:(?:[A-Z][\w'\u2019.-]* ){0,5}(?i:news|journalism|newspaper|paper|reporting) since"
    r"|Serving (?:[\w'\u2019.-]+ ){1,5}since|Established|Est\.|Founded(?: in)?)"
    r" (?:1[6-9]|20)\d\d$"
)


_REMIT_MAX_WORDS: Final = 14
# The words of a site's remit under its name: what it publishes, and on what
_REMIT_WORDS: Final = frozenset(
    {
        "analysis",
        "commentary",
        "ideas",
        "research",
        "insight",
        "insights",
        "perspectives",
        "opinion",
        "views",
        "news",
        "reporting",
        "journalism",
        "debate",
        "economics",
        "politics",
        "policy",
        "affairs",
        # a motto's nouns: "Academic rigour, journalistic flair", "Global perspective, human
        # stories", "Independent analysis of the world's frontiers"
        "rigour",
        "rigor",
        "flair",
        "perspective",
        "stories",
        "voices",
        "coverage",
        "frontiers",
        "borderlands",
        # a financial paper's remit: "Latin American Financial News", "Business news from Asia"
        "financial",
        "business",
        "economic",
        "markets",
    }
)
# The kinds of documents an office's site lists under its name, in a list: "Written questions,
# answers and statements", "Speeches, statements and press releases"
_DOCUMENT_KIND_WORDS: Final = frozenset(
    {
        "debates",
        "questions",
        "answers",
        "statements",
        "speeches",
        "reports",
        "releases",
        "transcripts",
        "briefings",
        "documents",
    }
)
_REMIT_OTHER_WORDS: Final = frozenset(
    {
        "written",
        "oral",
        "official",
        "press",
        "media",
        "independent",
        "expert",
        "public",
        "global",
        "international",
        "regional",
        "foreign",
        "current",
        "security",
        "trade",
        "business",
        "society",
        "development",
        "academic",
        "journalistic",
        "human",
        "trusted",
        "local",
        "national",
        "world",
        "daily",
        "weekly",
    }
)
# A motto's opening verb: "Serving the Windward Islands since 1912", "Covering the Sahel"
_REMIT_VERBS: Final = frozenset({"serving", "covering", "informing", "connecting"})
# a motto's founding year at its end: "News and analysis from Central Asia since 2004"
_SINCE_YEAR_RE: Final = re.compile(r",? (?:since|Since|est\.|Est\.|founded|Founded) \d{4}$")
_REMIT_SMALL_WORDS: Final = frozenset(
    {"and", "&", "of", "on", "in", "for", "the", "from", "across", "about", "around"}
)
# The words of regions' names ("East Asia", "the Pacific Islands", "West African")
_REGION_WORDS: Final = frozenset(
    {
        "east",
        "west",
        "north",
        "south",
        "central",
        "southeast",
        "northeast",
        "middle",
        "eastern",
        "western",
        "northern",
        "southern",
        "asia",
        "asian",
        "africa",
        "african",
        "europe",
        "european",
        "america",
        "americas",
        "american",
        "latin",
        "pacific",
        "atlantic",
        "arctic",
        "indo-pacific",
        "caucasus",
        "balkans",
        "caribbean",
        "mediterranean",
        "gulf",
        "sahel",
        "horn",
        "islands",
        "eurasia",
        "eurasian",
        "oceania",
        "world",
        "region",
    }
)
_REMIT_WORD_RE: Final = re.compile(r"[\w'’&-]+")


def _remit_line(line: str) -> bool:
    """
    Whether ``line`` says what a site publishes, and on what: a tagline under its name.

    "Economics, Politics and Public Policy in East Asia and the Pacific", "Independent
    analysis of West African affairs", "Ideas and Analysis on the Pacific Islands": no verb,
    only words of a remit, small words and the names of regions.  A list of the documents an
    office publishes too: "Written questions, answers and statements".
    """
    line = _SINCE_YEAR_RE.sub("", line)
    if DIGIT_RE.search(line) or _SENTENCE_END_RE.search(line) or ":" in line:
        return False
    words = [w.removesuffix("'s").removesuffix("’s") for w in _REMIT_WORD_RE.findall(line)]
    if not 2 < len(words) <= _REMIT_MAX_WORDS or any(mark in line for mark in _CRUMB_SEPARATORS):
        return False
    remit = 0
    small = False
    listed = "," in line
    served = words[0].casefold() in _REMIT_VERBS
    if served:
        # "Serving the Windward Islands": what follows names where it serves
        remit, words = 1, words[1:]
    for word in words:
        folded = word.casefold()
        if folded in _REMIT_WORDS or (listed and folded in _DOCUMENT_KIND_WORDS):
            remit += 1
        elif folded in _REMIT_SMALL_WORDS:
            small = True
        elif folded not in _REMIT_OTHER_WORDS and not (
            word[0].isupper()
            and (
                served
                or folded in _REGION_WORDS
                or word in COUNTRY_NAMES
                or word in DEMONYMS
                or word in CITIES
            )
        ):
            return False
    # (two nouns of a remit stand without a small word: "Global perspective Human stories")
    return remit > 0 and (small or listed or remit > 1)


def _library_banner(line: str) -> bool:
    """
    Whether a page's first line is a library's banner over the digitised paper it shows.

    "NewspaperSG | National Library Board, Singapore": short fields between bars, no digits,
    one naming a library or an archive.
    """
    if " | " not in line or DIGIT_RE.search(line):
        return False
    fields = [field.strip() for field in line.split("|")]
    return (
        _BANNER_FIELDS[0] <= len(fields) <= _BANNER_FIELDS[1]
        and all(0 < len(f.split()) <= _LIBRARY_BANNER_MAX_WORDS for f in fields)
        and any(_LIBRARY_FIELD_RE.search(f) for f in fields)
    )


# The dateline of a later dispatch on a page, its place in capitals, then a weekday or a
# date, then the agency in brackets: "HARARE, Wednesday (ZANA).", "KUALA LUMPUR, Monday
# (A.A.P.).—", "NAIROBI, May 3 (Reuters) -".
_LATER_DISPATCH_RE: Final = re.compile(
    r"^[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3},\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?\s*"
    r"[(\[](?P<agency>[A-Za-z][\w.&' -]{0,30})[)\]]\.?\s*(?:[-\u2013\u2014]+|$)"
)
# A paper's title as digitised-newspaper archives catalogue it, with its place and years of
# publication: "The Example Times (ACT : 1926 - 1995)", "Example Herald (Perth, WA : 1901 -
# 1954)", "The Example Gazette (1890-1921)".
_CATALOG_TITLE_RE: Final = re.compile(
    r"^(?P<name>[A-Z][\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*){0,5}) \((?:[A-Z][\w., ]{0,30} ?: ?)?"
    r"1\d{3} ?[-\u2013] ?(?:\d{4})?\)$"
)
# A paper's name as library databases file it, the article put last and the state or
# country in brackets: "Example Herald, The (FL)", "Example Times, The (London, England)".
_DATABASE_TITLE_RE: Final = re.compile(
    r"^[A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,4}, The \([A-Z][\w ,.]{1,30}\)$"
)


def _service_banner(line: str, following: str) -> bool:
    """
    Whether a page's first line is an agency's or outlet's banner of fields between bars.

    "XNA | Example News Agency | English service" over the page's date line or the headline:
    two to four short fields, none a sentence or a date, one naming an agency or an outlet
    (a known one, or a name closing on "News Agency", "News Service").  It is no headline.
    """
    if DIGIT_RE.search(line):
        return False
    # the fields between bars, or a brand and its name after a dash ("XNA - Example News
    # Agency", the banners of national agencies' sites)
    separator = " | " if " | " in line else _BANNER_DASH_RE.search(line)
    if separator is None:
        return False
    fields = [
        field.strip()
        for field in (line.split("|") if separator == " | " else _BANNER_DASH_RE.split(line, 1))
    ]
    if not _BANNER_FIELDS[0] <= len(fields) <= _BANNER_FIELDS[1] or any(
        not field or len(field.split()) > _BANNER_FIELD_MAX_WORDS or _SENTENCE_END_RE.search(field)
        for field in fields
    ):
        return False
    brand = fields[0]
    # the brand comes first ("XNA | ..."); "Ministers meet | Reuters" is a title and its outlet
    if (
        not (
            canonical_agency(brand)
            # an agency's service under its initials: "XNA Express | ...", "XNA Online | ..."
            or canonical_agency(brand.split(maxsplit=1)[0])
            or known_outlet(brand)
            or _AGENCY_NAME_RE.search(brand)
            or (brand.isupper() and " " not in brand and len(brand) <= _ACRONYM_MAX_CHARS)
            # an agency's short name before its full one: "Nampa - Namibia Press Agency"
            or (
                len(fields) == _BANNER_FIELDS[0]
                and _BRAND_WORD_RE.fullmatch(brand) is not None
                and _AGENCY_NAME_RE.search(fields[1]) is not None
            )
        )
        or any(
            len(field.split()) > _BANNER_REST_MAX_WORDS and not _AGENCY_NAME_RE.search(field)
            for field in fields[1:]
        )
    ):
        return False
    if not any(
        canonical_agency(field) or known_outlet(field) or _AGENCY_NAME_RE.search(field)
        for field in fields
    ):
        return False
    return (
        date_line(following) is not None
        or (_headline_like(following) and not _SENTENCE_END_RE.search(following))
        # a section's label under the banner, over the headline ("Politics")
        or _SECTION_LABEL_RE.match(following) is not None
    )


# An agency's name in its banner, with the words of its kind: "Example International News
# Agency" is "Example" in the agency table.
_AGENCY_KIND_TAIL_RE: Final = re.compile(
    r"(?<!\s)\s+(?:International\s+)?(?:News\s+|Press\s+)?Agency$"
)


def _banner_agency(line: str) -> str | None:
    """The known agency a page's first line names as its brand, or ``None``."""
    brand = _BANNER_DASH_RE.split(line.split("|", 1)[0], 1)[0].strip()
    initialled = _INITIALLED_NAME_RE.match(brand) if brand.endswith(")") else None
    if initialled is not None and _AGENCY_NAME_RE.search(initialled["name"]):
        # "Hungarian News Agency (MTI)": the agency by its initials
        return canonical_agency(initialled["abbr"])
    return canonical_agency(brand) or canonical_agency(_AGENCY_KIND_TAIL_RE.sub("", brand))


def _masthead_over_crumbs(line: str) -> bool:
    """
    Whether a page's first line, over its breadcrumb, reads as a masthead the table lacks.

    "The Harbourside", "Lagoon Courier" are; "World", "Middle East", "The Latest" (section
    labels) and a sentence are not.
    """
    words = line.split()
    return (
        _name_shaped(line)
        and _is_title_case(line)
        and not _SENTENCE_END_RE.search(line)
        and not all(w.casefold().strip(".") in SECTION_WORDS for w in words[words[0] == "The" :])
        and (
            (words[0] == "The" and len(words) > 1)
            or masthead_like(line)
            or _capitals_brand(line)
            # a broadcaster's or agency's initials leading its name: "KBS WORLD", "XTV Asia"
            or (
                len(words) <= _BARE_MASTHEAD_MAX_WORDS
                and _BRAND_INITIALS_RE.fullmatch(words[0]) is not None
                and words[0].casefold() not in SECTION_WORDS
                and words[0] not in COUNTRY_NAMES
            )
        )
    )


def _named_again(name: str, lines: list[str]) -> bool:
    """
    Whether ``lines`` speak of ``name`` as the page's own outlet.

    "Region Watch's ...", "at / from / told Region Watch", a copyright line naming it, or an
    e-mail or web address spelling it ("regionwatch.org", "jane@harbourside.co.gh").
    """
    bare = name.removeprefix("The ")
    spelt = "".join(c for c in bare.casefold() if c.isalnum())
    own = re.compile(
        rf"(?:\b(?:at|from|told|joined|for) (?:the )?{re.escape(bare)}\b"
        rf"|\b{re.escape(bare)}['’]s\b)"
    )
    address = re.compile(
        rf"[@./]{re.escape(spelt)}\.[a-z]{{2,6}}\b|\b{re.escape(spelt)}\.(?:com|org|net)\b"
    )
    for line in lines:
        if bare in line and (own.search(line) is not None or ("©" in line or "opyright" in line)):
            return True
        if (
            spelt in line.casefold()
            and ("@" in line or "." in line)
            and address.search(line.casefold())
        ):
            return True
    return False


def _capitals_brand(line: str) -> bool:
    """
    Whether a page's top line is a brand set in capitals: "ISLAND TRADER", "KESTREL".

    One to four words in capitals naming no section ("WORLD NEWS") and no place ("FIJI",
    "SOUTH PACIFIC"); the callers ask for a section's trail or label under it.
    """
    words = line.split()
    return (
        line.isupper()
        and len(words) <= _BARE_MASTHEAD_MAX_WORDS
        and not all(w.casefold().strip(".") in SECTION_WORDS for w in words[words[0] == "THE" :])
        and not reads_as_heading(line)
        and not reads_as_heading(line.title())
        and line not in COUNTRY_NAMES  # "UAE", "USA": a country's initials
    )


def _masthead_name(line: str) -> bool:
    """
    Whether a page's top line reads as a newspaper's name: "Harbour Times", "The Lagoon".

    A masthead word (:func:`masthead_like`: "Coast-Courier" too), or "The" before a name
    that is no section label ("The Harbourside"; not "The Latest", "The World").
    """
    if masthead_like(line) or _capitals_brand(line):
        return True
    words = line.split()
    bare = " ".join(words[1:])
    return (
        words[0] in {"The", "THE"}
        and len(words) > 1
        and not all(w.casefold().strip(".") in SECTION_WORDS for w in words[1:])
        # a country or place named with its article: "The Gambia", "The Hague"
        and not reads_as_heading(bare)
        and not reads_as_heading(line)
    )


def _name_like_desk(place: str) -> bool:
    """A cheap test that the "place" before a date line is a desk's name: a masthead word."""
    return " " in place and not place.isupper() and masthead_like(place)


_SUFFIX_OUTLET_MAX_WORDS: Final = 4
_OUTLET_SUFFIX_RE: Final = re.compile(
    r"(?<=\S)\s+[-|\u2013\u2014]\s+(?P<outlet>[A-Z][\w&.'’-]*(?: [A-Z0-9][\w&.'’-]*){0,3})$"
)


def _outlet_suffix(line: str) -> tuple[str, str] | None:
    """
    Split an outlet's name off the end of a title: "Headline - Example News", "Headline | X".

    Return the title and the outlet, or ``None`` when the end names no outlet.
    """
    match = _OUTLET_SUFFIX_RE.search(line)
    if match is None or match.start() == 0:
        return None
    outlet = match["outlet"]
    known = known_outlet(outlet)
    if known is not None:
        return line[: match.start()], known[0]
    if masthead_like(outlet) and _is_title_case(outlet):
        return line[: match.start()], outlet
    agency = canonical_agency(outlet)
    if agency is not None and " " in line[: match.start()].strip():
        # "Ministers meet in Lima - Reuters": an agency's site titles its own copy so
        return line[: match.start()], agency
    return None


def _section_trail(line: str) -> bool:
    """
    Whether ``line`` is a trail of sections set apart by spaced slashes: "Politics / Analysis".

    Each part is a section's words ("World / Africa", "Opinion / Comment"); "Kenya / Uganda
    talks" or a headline with a slash is no trail.
    """
    if " / " not in line or len(line) > _SECTION_TRAIL_MAX_CHARS:
        return False
    return all(
        word.casefold() in SECTION_WORDS for part in line.split(" / ") for word in part.split()
    )


_SECTION_TRAIL_MAX_CHARS: Final = 60
_DESK_REPORT_MAX_WORDS: Final = 4


def _has_breadcrumb_mark(line: str) -> bool:
    """Whether ``line`` holds a breadcrumb's separator ("Home > News", "Home › News")."""
    return ">" in line or "\u203a" in line or "\u00bb" in line


def _may_describe_outlet(line: str) -> bool:
    """A cheap test (substrings, no regex) that ``line`` may be an outlet's self-description."""
    return (
        "journalists " in line
        or "reporters " in line
        or "correspondents " in line
        or line.startswith(furniture.SELF_DESCRIPTION_OPENINGS)
    )


def _has_caption_marker(line: str) -> bool:
    if "(" in line and any(
        furniture.CAPTION_PAREN_RE.match(inside) for inside in furniture.PAREN_RE.findall(line)
    ):
        return True
    if line.endswith(")") and ": " in line:
        credit = furniture.PAREN_PHOTO_CREDIT_RE.search(line)
        if credit is not None and (canonical_agency(credit["who"]) or masthead_like(credit["who"])):
            return True
    if ":" in line and (
        furniture.CAPTION_LABEL_RE.match(line) or furniture.CAPTION_CREDIT_RE.search(line)
    ):
        return True
    if "/" not in line:
        return False
    return _slashed_credit_marker(line)


def _slashed_credit_marker(line: str) -> bool:
    """A slashed photo credit in a caption: "(Name / AFP)", "[Name/AFP]", "AFP PHOTO / Name"."""
    if line.endswith(")") and _slashed_agency_credit(line):
        return True
    bracket = furniture.BRACKET_CREDIT_RE.search(line) if line.endswith("]") else None
    if bracket is not None and (bracket["file"] or canonical_agency(bracket["credit"])):
        return True
    if furniture.AGENCY_PHOTO_RE.search(line) is not None:
        return True
    closing = _CLOSING_AGENCIES_RE.search(line)
    if closing is not None and all(
        canonical_agency(item) is not None for item in closing["credit"].split("/")
    ):
        return True  # "... in Oslo. NTB/Scanpix": agencies alone after the last sentence
    named = _AGENCY_THEN_NAME_RE.search(line)
    if named is not None and canonical_agency(named["agency"]) is not None:
        return True  # "... November 20, 2026. REUTERS/Jane Doe": the agency, then its photographer
    dashed = furniture.DASHED_CREDIT_RE.search(line)
    return dashed is not None and bool(
        canonical_agency(_VIA_SPLIT_RE.split(dashed["credit"], maxsplit=1)[0].strip())
    )


# Agencies alone, between slashes, after a caption's last sentence: "... NTB/Scanpix"
_CLOSING_AGENCIES_RE: Final = re.compile(
    r"(?<=[.!?] )(?P<credit>[A-Z][\w-]{1,15}(?: ?/ ?[A-Z][\w-]{1,15}){1,2})$"
)


# An agency, a slash and its photographer after a caption's last sentence (the Reuters
# style): "... in Kabul, May 2, 2026. REUTERS/Jane Doe", "... REUTERS/Jane Doe/File Photo".
_AGENCY_THEN_NAME_RE: Final = re.compile(
    r"(?<=[.!?] )(?P<agency>[A-Z][A-Za-z-]{1,15}) ?/ ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"(?:/File(?: Photo)?)?$"
)


def _slashed_agency_credit(line: str) -> bool:
    """
    Whether ``line`` closes with a photographer's credit in brackets: "(Jane Doe / AFP)".

    After the slash stand agencies, maybe joined by "via" ("AFP via Getty Images").
    """
    found = furniture.PAREN_RE.findall(line[-_CREDIT_PAREN_MAX_CHARS:])
    if not found or "/" not in found[-1]:
        return False
    _, _, credited = found[-1].partition("/")
    # canonical_agency() strips the spaces around each item
    return all(canonical_agency(item) is not None for item in _VIA_SPLIT_RE.split(credited))


# A photo's credit on a line of its own naming an agency after a dash or a slash: "Photo -
# ONA", "PHOTO/Example Agency" (the agency table decides).
_AGENCY_PHOTO_LINE_RE: Final = re.compile(
    r"(?:[Pp]hotos?|PHOTOS?|[Pp]ictures?|PICTURES?) ?[-\u2013\u2014/] ?(?P<who>[A-Z][\w .&-]{1,40})"
    r"\.?$"
)
_PHOTO_LINE_MAX_CHARS: Final = 50


def _is_caption(line: str, lines: list[str], index: int) -> bool:
    if line.count(" ") >= _CAPTION_MAX_WORDS:
        return False
    if _has_caption_marker(line):
        return True
    neighbours = lines[index - 1 if index > 0 else 0 : index] + lines[index + 1 : index + 2]
    return line in neighbours and bool(furniture.CAPTION_VERB_RE.match(line))


def _drop_repeats(paragraphs: list[str]) -> list[str]:
    seen: set[str] = set()
    kept: list[str] = []
    for paragraph in paragraphs:
        key = paragraph.casefold()
        if key in seen and len(paragraph.split()) >= _REPEAT_MIN_WORDS:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept


def _dateline_numeric(
    dateline: str | None, reader: _Reader, outlet: str | None, story: str
) -> date | None:
    """
    A numeric full date in the story's dateline: "Addis Ababa (Ethiopia), 14/02/2026 (APA) -".

    The order of day and month is read as for the page's stamps.
    """
    if not dateline or not any(c in dateline for c in "./-"):
        return None
    for numeric in numeric_dates(dateline):
        if isinstance(numeric, date):
            return numeric
        return numeric.decided() or _read_numeric(numeric, reader, outlet, story)
    return None


# A document's closing line of where and when it was done: "Done at Banjul, 22 May 2026",
# "Issued in Vienna on 3 June 2025", "Signed at Apia this 4th day of May 2024" (the closing
# formula of communiqués, declarations and agreements).
_SIGNED_RE: Final = re.compile(
    r"^(?:Done|Issued|Signed|Adopted|Made)\s+(?:at|in)\s+[A-Z][^,.;]{1,40}?,?\s+"
    r"(?:on\s+)?(?:this\s+)?(?P<date>.{6,40}?)\.?$"
)
_SIGNED_LINES: Final = 3


def _signed_date(body: list[str]) -> date | None:
    """The date of a document's closing formula among its last lines ("Done at X, 22 May 2026")."""
    for paragraph in body[-_SIGNED_LINES:]:
        match = _SIGNED_RE.match(paragraph) if paragraph[:1] in "DISAM" else None
        if match is not None:
            found = first_full_date(match["date"].replace(" day of ", " "))
            if found is not None:
                return found
    return None


# An issuer's contact line closing a release: "Enquiries: ...", "Media contact: ...", "For
# further information: ...", "Issued by: ..."
_CONTACT_LINE_RE: Final = re.compile(
    r"^(?:(?:Media|Press) )?(?:[Ee]nquiries|[Ii]nquiries|[Cc]ontacts?|For (?:further|more)"
    r" information|Issued by)\b.{0,150}$"
)
_CONTACT_INITIALS: Final = "EeIiCcMPF"


def _closing(body: list[str]) -> tuple[date | None, str | None]:
    """
    The date and place a document's foot gives alone: "Ottawa, March 4, 2026".

    Also "Islamabad" over "4 May 2026".  Press releases and statements close on where and
    when they were issued, a line of its own (maybe under a line naming a known place
    alone), with no sentence around it.  The place is the closing line itself when it names
    one, for the story's dateline.
    """
    # (the issuer's contact lines under it: "Enquiries: Jane Doe, Spokesperson")
    while body and body[-1][:1] in _CONTACT_INITIALS and _CONTACT_LINE_RE.match(body[-1]):
        body = body[:-1]
    if len(body) < _SIGNED_LINES:
        return None, None
    last = body[-1]
    found = date_line(last)
    stated = first_full_date(last) if found is not None else None
    if found is None or stated is None:
        return None, None
    if found[1] is not None:
        return stated, last
    if _known_place_line(body[-2]):
        return stated, body[-2]
    return None, None  # a date alone at the foot may be a listed item's


# A document's title dating it: "Spokesperson's Regular Press Conference on October 21, 2026",
# "Remarks by the Minister at the Forum, 3 June 2025", "Joint Statement of 4 May 2024".
_DOCUMENT_TITLE_RE: Final = re.compile(
    r"\b(?:Press Conference|Press Briefing|Briefing|Remarks|Statement|Readout|Communiqu[eé]"
    r"|Declaration|Transcript|Speech|Address)\b",
    re.IGNORECASE,
)


def _document_title_date(headline: str | None) -> date | None:
    """The full date in a document's title ("... Regular Press Conference on May 4, 2025")."""
    if headline is None or DIGIT_RE.search(headline) is None:
        return None
    if _DOCUMENT_TITLE_RE.search(headline) is None:
        return None
    return first_full_date(headline)


# A dateline's month and day with no year: "La Paz, Oct 9 (EFE).-", "LIMA, March 3 -"
_DATELINE_DAY_RE: Final = re.compile(rf"\b(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})\b(?!,?\s*\d)")
# A wire's copyright line closing its copy, with the year: "(c) EFE 2026. All rights reserved."
_COPYRIGHT_YEAR_RE: Final = re.compile(
    r"^(?:\(c\)|\(C\)|©|Copyright|COPYRIGHT)\s[^\d]{0,40}?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)"
)
_COPYRIGHT_LINES: Final = 3


def _copyright_dated(dateline: str | None, lines: list[str]) -> date | None:
    """
    The dateline's day in the year of the copy's closing copyright line.

    "La Paz, Oct 9 (EFE).-" over a story closing "(c) EFE 2026. All rights reserved.": the
    wire's copy of that year dates the day its dateline gives.
    """
    day = _DATELINE_DAY_RE.search(dateline) if dateline else None
    if day is None:
        return None
    for line in lines[-_COPYRIGHT_LINES:]:
        found = _COPYRIGHT_YEAR_RE.match(line) if line[:1] in "(©Cc" else None
        if found is not None:
            return first_full_date(f"{day['month']} {day['day']}, {found['year']}")
    return None


def _published_from(captions: list[str], dateline: str | None) -> date | None:
    """A full date in the story's first caption or in its dateline (never a file photo's)."""
    for text in (dateline, *captions[:1]):
        if text and "file" not in text.casefold():
            found = first_full_date(text)
            if found is not None:
                return found
    return None
