"""
HTML input: find the article in a news page and keep the page's metadata as evidence.

With the optional extra ``diplomeet[html]`` the page is read by trafilatura, which finds the
main text and the metadata (title, author, date, site name; from JSON-LD, ``og:`` meta and
the markup).  Without it, a crude reader drops scripts, navigation and tags, reads the same
metadata from ``<meta>`` tags and JSON-LD, and says so in an ``input.html_unsupported``
diagnostic.  Neither ever raises on broken markup.
"""

from __future__ import annotations

import html
import itertools
import json
import logging
import re
from collections.abc import Iterator
from datetime import date
from types import MappingProxyType
from typing import Any, Final

import attrs

from diplomeet._countries import CITIES, COUNTRY_NAMES
from diplomeet.outlets._agencies import canonical_agency
from diplomeet.outlets._archive import archive_title
from diplomeet.outlets._contract import Layout
from diplomeet.outlets._credits import (
    Credits,
    byline_role,
    copyright_holder,
    is_person,
    masthead_like,
    own_reporter,
    photo_agencies,
    read_byline,
)
from diplomeet.outlets._furniture import KICKER_RE, PUBLISHED_LINE_RE
from diplomeet.outlets._outlet_names import MASTHEAD_WORDS, SECTION_WORDS, known_outlet
from diplomeet.outlets._reading import read_layout
from diplomeet.outlets._textdates import MONTH, date_line, first_full_date, first_stated_date
from diplomeet.records import Diagnostic

__all__ = ["Page", "looks_like_html", "read_head", "read_html"]

_log = logging.getLogger(__name__)

_HTML_START_RE: Final = re.compile(
    r"\A\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<\?xml)", re.IGNORECASE
)
_TAG_RE: Final = re.compile(
    r"</?(?:p|div|article|span|a|h[1-6]|meta|section|br|li|ul)\b[^>]*>", re.IGNORECASE
)
# Blocks that are never the article.  Blocks are cut with str.find, not with `<x>.*?</x>`
# patterns, which rescan the rest of the page for every unclosed tag of broken markup.
_DROPPED_TAGS: Final = (
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg",
    "iframe", "template", "button",
)  # fmt: skip
_OPEN_TAG_RE: Final = re.compile(r"<([a-zA-Z][a-zA-Z0-9]{0,10})\b[^<>]{0,2000}>")
_BLOCK_END_RE: Final = re.compile(
    r"</?(?:p|div|article|section|h[1-6]|li|ul|ol|figure|figcaption|blockquote|tr|table|main)"
    r"\b[^<>]{0,2000}>|<br\s*/?>",
    re.IGNORECASE,
)
_ANY_TAG_RE: Final = re.compile(r"<[^<>]{0,2000}>")
_META_RE: Final = re.compile(r"<meta\b[^<>]{0,2000}>", re.IGNORECASE)
# The look-behind starts a name only at the start of a run: no quadratic retries inside one.
_ATTR_RE: Final = re.compile(r"""(?<![\w:-])([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_BLANKS_RE: Final = re.compile(r"\n\s*\n+")
_CREDIT_SPLIT_RE: Final = re.compile(r"[/,;|]")
# A figure's credit is a name or two ("PA Media", "Jane Doe/Getty Images"), not a paragraph.
_CREDIT_MAX_CHARS: Final = 60
_CREDIT_LINE_MAX_CHARS: Final = 200


@attrs.frozen(kw_only=True)
class Page:
    """
    The article text of an HTML page and the page's own metadata.

    Attributes:
        text: The article as plain text, one paragraph per line, headline first.
        title: The page's headline, or ``None``.
        authors: Author names from the metadata.
        published: The publication date from the metadata, or ``None``.
        sitename: The site's name, or ``None``.
        captions: The page's ``<figcaption>`` texts (extractors often drop them).
        photo_credits: The short texts of a ``<figure>`` outside its caption: the photo's
            credit ("PA Media", "Jane Doe/AFP").
        head: What the page's head and photo boxes said that the extractor dropped (see
            :func:`read_head`): the page's date lines, byline, captions and credits.
        publisher_authors: The JSON-LD authors typed as an organisation (``"@type":
            "Organization"``): a site naming itself as the author names no writer.
        article_published: The ``datePublished`` of the JSON-LD item typed as an article,
            or ``None``: the story's own date, which wins over another the extractor read
            (a web page's or the site's in the same ``@graph``, an update's).
    """

    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: date | None = None
    sitename: str | None = None
    captions: tuple[str, ...] = ()
    photo_credits: tuple[str, ...] = ()
    head: Layout | None = None
    publisher_authors: tuple[str, ...] = ()
    article_published: date | None = None

    def enrich(self, layout: Layout) -> Layout:
        """Complete ``layout`` with the page's metadata; the metadata wins for the headline."""
        site = (self.sitename or "").casefold()
        # (the site's title line an extractor keeps under the headline is no writer)
        tally = Credits(
            authors=list(_without_site_author(layout.authors, self.sitename)),
            agencies=list(layout.agencies),
        )
        # the site itself as the article's author, typed as an organisation, is no writer
        publisher = site if site in {a.casefold() for a in self.publisher_authors} else None
        named = [name for name in self.authors if not byline_role(name)]
        for name in self.authors:
            if named and name not in named:
                continue  # "Jane Doe; RNZ Pacific Journalist" (a comma made a list): her job
            # the site's own name among people's ("Jane Doe; CNN") is where they write
            if (name.casefold() != site or len(self.authors) == 1) and name.casefold() != publisher:
                _credit(tally, name)
        _credit_own_reporter(tally, self.text, self.sitename)
        head = self.head
        stamps = list(layout.stamps)
        if head is not None:
            _credit_head(tally, head, publisher)
            stamps.extend(stamp for stamp in head.stamps if stamp not in stamps)
        captions = list(layout.captions)
        captions.extend(_line_under_repeated_title(self.title, layout))
        for caption in (*self.captions, *(head.captions if head is not None else ())):
            if caption not in captions and caption not in layout.body:
                captions.append(caption)
                photo_agencies(caption, tally)
        for credit in self.photo_credits:
            for item in _CREDIT_SPLIT_RE.split(credit):  # canonical_agency() strips spaces
                if canonical_agency(item):
                    tally.add_agency(item)
        return attrs.evolve(
            layout,
            # (a newspaper archive's title of the page is no headline: the lead story's is)
            headline=layout.headline
            if self.title and archive_title(self.title)
            else self.title or layout.headline,
            authors=tuple(tally.authors),
            agencies=tuple(tally.agencies),
            captions=tuple(captions),
            stamps=tuple(stamps),
            # the site's own name is surer than a wire's dateline or a name the story cites
            # ("told AFP") taken for the outlet
            outlet=self.sitename
            if self.sitename
            and (
                layout.outlet is None
                or layout.outlet in layout.agencies
                # a wire's copyright line closing its copy ("Copyright 2026 The Associated
                # Press") names the wire, not the site that runs it
                or canonical_agency(layout.outlet) is not None
                or any(d.code == "source.outlet_from_story" for d in layout.diagnostics)
            )
            else layout.outlet,
            # the page's own metadata is surer than a date in a photo caption
            published=self.published or layout.published,
        )


def _credit_own_reporter(tally: Credits, text: str, sitename: str | None) -> None:
    """
    Credit the page's own reporter the story names, when no byline named anyone.

    "sat down with Example Times staff reporter Jane Doe": an interview's writer, named with
    the page's own outlet in the story's introduction.
    """
    if tally.authors or not sitename or not text:
        return
    own = own_reporter(text, sitename)
    if own is not None:
        tally.add_author(own)


def _line_under_repeated_title(title: str | None, layout: Layout) -> tuple[str, ...]:
    """
    The line the reader took for the headline under the text's repeat of the page's title.

    An extractor's text may open on the headline over a standfirst or a live page's first
    summary point: the reader took the repeat for a caption and the line under it for the
    headline, which the page's own title replaces.  That line's dates are the article's, as a
    dropped standfirst's are: it is returned to be read as a caption.
    """
    if (
        title
        and layout.headline
        and layout.headline != title
        and title in layout.captions
        and layout.headline not in layout.captions
    ):
        return (layout.headline,)
    return ()


def _credit_head(tally: Credits, head: Layout, publisher: str | None = None) -> None:
    """Credit what the page's head says: its byline when the metadata names no one, agencies."""
    if not tally.authors:
        for name in head.authors:  # a desk's byline over its date ("Example Online , date")
            if name.casefold() != publisher:
                tally.add_author(name)
    for agency in head.agencies:
        tally.add_agency(agency)


# A page's author field holding a source credit: "Source: GNA", "Source GNA" once an
# extractor dropped the colon (news sites that print the wire in their author box).
_SOURCE_AUTHOR_RE: Final = re.compile(
    r"^(?:Source|SOURCE|Credit|CREDIT)s?(?:\s*:|\s)\s*(?P<name>\S.*)$"
)


def _credit(tally: Credits, name: str) -> None:
    source = _SOURCE_AUTHOR_RE.match(name) if name[:1] in "SC" else None
    if source is not None:
        # the wire a page's author box credits is an agency, never a byline's name
        if canonical_agency(source["name"]):
            tally.add_agency(source["name"])
        return
    if canonical_agency(name):
        tally.add_agency(name)
    elif " with " in name.casefold() and read_byline(f"By {name}", tally):
        # "Example Sabah with AA": the desk, and the wire it drew on
        return
    else:
        tally.add_author(name)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment (a cheap look at its start)."""
    head = text[:4000]
    return bool(_HTML_START_RE.match(head)) or len(_TAG_RE.findall(head)) >= 4


def read_html(markup: str, diagnostics: list[Diagnostic]) -> Page:
    """Read an HTML page; append a diagnostic when only the crude reader is available."""
    try:
        import trafilatura  # noqa: PLC0415 - optional extra, imported only for HTML input
    except ImportError:
        diagnostics.append(
            Diagnostic(
                code="input.html_unsupported",
                severity="warning",
                message=(
                    "The input is HTML but trafilatura is not installed; the page was read by "
                    "stripping its tags, so navigation and teasers may remain in the text. "
                    "Install diplomeet[html] for proper HTML reading."
                ),
            )
        )
        return _crude_page(markup)
    return _trafilatura_page(trafilatura, markup) or _crude_page(markup)


# The first of January written out on a page: "1 January", "Jan. 1", "01/01/", "2025-01-01".
_JANUARY_FIRST_RE: Final = re.compile(
    r"\b(?:0?1(?:st)? Jan|Jan(?:uary)?\.? 0?1(?:st)?\b|01[./-]01[./-]|\d{4}-01-01)"
)


def _guessed_from_a_year(found: date | None, markup: str) -> bool:
    """
    Whether the extractor's date is 1 January of a year the page never writes out in full.

    htmldate falls back on a year alone ("© 2025") and gives it as 1 January; such a date is
    no publication date.
    """
    return (
        found is not None
        and (found.month, found.day) == (1, 1)
        and _JANUARY_FIRST_RE.search(markup) is None
    )


# The first <time> element of a page: its attributes and its text.
_TIME_RE: Final = re.compile(r"<time\b([^<>]{0,500})>([^<]{0,200})</time>", re.IGNORECASE)
_DATETIME_ATTR_RE: Final = re.compile(r"\bdatetime\s*=\s*[\"']([^\"']{1,60})", re.IGNORECASE)


def _time_element(markup: str) -> date | None:
    """The date of the page's first ``<time>`` element: its ``datetime``, else its words."""
    found = _TIME_RE.search(markup, 0, 200_000)
    if found is None:
        return None
    attr = _DATETIME_ATTR_RE.search(found[1])
    return (_iso_date(attr[1]) if attr else None) or first_full_date(html.unescape(found[2]))


# Dates from markup and metadata only; see _trafilatura_page.
_DATE_PARAMS: Final = MappingProxyType({"original_date": True, "extensive_search": False})


def _trafilatura_page(trafilatura: Any, markup: str) -> Page | None:
    try:
        found = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            # htmldate's extensive search hands free text ("© 2025 Name 24") to dateparser,
            # which tries every locale: tens of seconds on a fresh process.  The page's own
            # date lines are read by read_head() below.
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception:  # noqa: BLE001 - a third-party crash on odd markup must not lose the input
        _log.debug("trafilatura failed", exc_info=True)
        return None
    if found is None:
        return None
    data: dict[str, Any] = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    text = str(data.get("text") or "").strip()
    if not text:
        return None
    meta = _meta(markup)
    title = _headline_og_title(_clean(data.get("title")))
    # a date alone is no headline: the extractor's cut of "Outlet - Headline - June 5, 1998"
    # (its site name then the rest of the title); it is the page's date
    title_date = first_full_date(title) if title and date_line(title) is not None else None
    dated = title_date is not None
    if dated or title is None:
        title = meta.title
    else:
        title, dated_site = _dated_site_title(title)
        dated = dated_site is not None
    authors = _split_authors(data.get("author"))
    if not authors or _cut_short(authors, meta.authors):
        authors = meta.authors
    if len(authors) < _BYLINE_MAX_LINKS:
        authors = _linked_authors(markup, authors)
    authors = tuple(_with_initials_dots(name, markup) for name in authors)
    sitename = (
        (meta.sitename if dated else None)
        or _english_site_name(
            _paper_not_company(_site_name_of_page(_clean(data.get("sitename"))), meta.sitename),
            _title_suffix(_first_text(markup, "title"), title),
        )
        or meta.sitename
        # the <title> around the headline the extractor found ("Example Notes: Headline")
        or _title_suffix(_first_text(markup, "title"), title)
    )
    if sitename and (sitename.startswith(("http", "www.")) or "." in sitename.split()[0]):
        sitename = meta.sitename
    sitename = _footer_paper_over_brand(_without_tagline(sitename), markup)
    title = _without_site_name(title, sitename)
    tags = data.get("tags")
    keywords = frozenset(
        word.casefold()
        for tag in [
            *(tags if isinstance(tags, list) else []),
            *(m["name"] for m in _TAG_LINK_RE.finditer(markup) if "author" not in m[0]),
        ]
        if isinstance(tag, str)
        for word in tag.split()
    )
    head = read_head(markup, title, text, sitename, keywords=keywords)
    # the article's own JSON-LD date first: the extractor may have read the web page's or
    # the site's date of the same graph, or the update's
    published = meta.article_published or _iso_date(data.get("date"))
    if published is None or _guessed_from_a_year(published, markup):
        published = (
            meta.published
            or (head.published if head is not None else None)
            or _time_element(markup)
            or title_date
        )
    elif (
        meta.published is None
        and head is not None
        and head.published is not None
        and not any(d.code == "source.date_order" for d in head.diagnostics)
    ):
        # the extractor's date may be the page header's date of the day ("Monday, 19 May
        # 2025" over the menu); the date line under the headline dates the story
        published = head.published
    published = _labelled_stamp(meta, markup) or published
    text = _with_footer_credits(text, markup)
    body = text if title is None else f"{title}\n\n{text}"
    return attrs.evolve(
        meta,
        text=body,
        title=title,
        authors=authors,
        published=published,
        sitename=sitename,
        head=head,
    )


# Lines of the page's head read at most (byline, date lines, photo and credit), and lines of
# the article's photo boxes considered.
_HEAD_MAX_LINES: Final = 14
_REGION_MAX_LINES: Final = 160
_HEAD_AFTER_STANDFIRST: Final = 3
_LEAD_SEARCH: Final = 4
_LEAD_MIN_WORDS: Final = 12
# A head's line of time stamps opens with its date and is short.
_STAMP_MAX_CHARS: Final = 120
_STAMP_DATE_WITHIN: Final = 24
# A short line of the head (a byline with its date, a top bar's date) is read whole; lines
# above the headline are looked at up to this many.
_BYLINE_STAMP_MAX_CHARS: Final = 80
_ABOVE_TITLE_LINES: Final = 4
# The page's first lines (its <title>, then a top bar with the day's date), looked at too.
_TOP_OF_PAGE_LINES: Final = 3
# A standfirst left out of the text: a sentence of some words, not a share bar.
_STANDFIRST_MIN_WORDS: Final = 6
_SENTENCE_END_RE: Final = re.compile(r"[.!?][\x27\"\u2019\u201d)]*$")
# An article's <header> holds its headline, byline and date: kept for the head's reading.
_HEAD_DROPPED_TAGS: Final = tuple(tag for tag in _DROPPED_TAGS if tag != "header")
_BOX_MAX_LINES: Final = 40
_LINE_KEY_CHARS: Final = 40
_LINE_KEY_MIN_CHARS: Final = 15


# A publication stamp the page labels as such, anywhere in its markup: "First published 14
# Oct 2026", "Published: March 4, 2026", "Published on 4 March 2026".
_LABELLED_STAMP_RE: Final = re.compile(
    r"(?<![\w-])(?:First published|Published|PUBLISHED)(?: on)?:? "
    r"(?P<date>\d{1,2} [A-Z][a-z]{2,8}\.? (?:19|20)\d\d|[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d)"
)


def _labelled_stamp(meta: Page, markup: str) -> date | None:
    """
    The date of the first stamp labelled "Published" the markup holds, or ``None``.

    Read only when the metadata give no date: a stamp the page labels as its own ("First
    published 14 Oct 2026 | Last updated ..." in a bar over the headline) comes before any
    date the extractor guessed, which may be a related story's.
    """
    if meta.article_published is not None or meta.published is not None:
        return None
    if "ublished" not in markup and "UBLISHED" not in markup:
        return None
    found = _LABELLED_STAMP_RE.search(markup)
    return first_full_date(found["date"]) if found is not None else None


def read_head(
    markup: str,
    title: str | None,
    text: str,
    sitename: str | None = None,
    *,
    keywords: frozenset[str] = frozenset(),
) -> Layout | None:
    """
    Read what the extractor dropped: the lines between the headline and the story, and captions.

    Extractors keep the story's paragraphs and drop the head's byline, date lines ("Updated
    8:14 AM EDT, Thu June 26, 2025", "Example Online , Sunday 18 May 2025") and the photo
    boxes ("Jane Doe/Reuters", "... Photo: AFP").  The page's plain text, tags stripped (an
    article's ``<header>`` kept), is cut from the headline to the story's second paragraph
    (the first may be a standfirst over the byline); those lines, and the lines among the
    story's paragraphs the extractor left out, are read by the generic reader, told the
    site's name.  Return its layout (only its credits, captions, date lines and date are
    used), or ``None`` when the headline or the story cannot be found in the plain text.
    The page's list of tags (its ``keywords``, "Iran-Iraq Kurdistan IRGC" under the story)
    is left out: it names no writer.
    """
    paragraphs = [line for line in text.split("\n") if line.strip() and line != title]
    if not title or not paragraphs:
        return None
    # the story's first paragraph of prose: an extractor may keep a date line over it
    lead = next(
        (p for p in paragraphs[:_LEAD_SEARCH] if len(p.split()) >= _LEAD_MIN_WORDS), paragraphs[0]
    )
    lines = _plain_lines(markup, _HEAD_DROPPED_TAGS)
    first = _line_of(lines, lead, 0)
    # the headline nearest above the story (the page's <title> may open the plain text too)
    start = next((i for i in range(first - 1, -1, -1) if lines[i] == title), -1)
    if start < 0:
        return None
    # what the extractor left out of the text, from the headline on: the head's lines first
    # (byline, date lines, the lead photo), then the photo boxes among the paragraphs
    dropped = [
        line
        for line in lines[start + 1 : start + 1 + _REGION_MAX_LINES]
        if line.lstrip("-\u2022* ")[:_LINE_KEY_CHARS] not in text
    ]
    head = lines[start + 1 : first][:_HEAD_MAX_LINES]
    # the page's date over its headline: a top bar ("E-Paper Tuesday, May 26, 2026") giving
    # the day of the story's own date line, a date line above the title ("Thursday, July 2nd
    # 2026 - 08:41 UTC") when the head has none
    # The top of the page counts too, however long its menus (a day's date over a weather
    # line and ten section links), and a bar of cells counts by the cell giving the day, not
    # by the Hijri date or prayer times after it
    near = lines[max(0, start - _ABOVE_TITLE_LINES) : start]
    near += [line for line in lines[: min(start, _TOP_OF_PAGE_LINES)] if line not in near]
    top = [
        cell
        for cell in (_dated_cell(line) for line in near)
        if cell is not None and title not in cell
    ]
    later = [line for line in dropped if line not in head]
    # a standfirst kept in the text may stand over the byline and date lines: the first few
    # lines left out after it still belong to the head
    head += later[:_HEAD_AFTER_STANDFIRST]
    if keywords:
        head = [line for line in head if not _tag_list(line, keywords)]
    boxes = [
        line for line in later[_HEAD_AFTER_STANDFIRST:] if "/" in line or ":" in line or "(" in line
    ][:_BOX_MAX_LINES]
    boxed = _boxed_prose(markup, text)
    if not head and not boxes and not top and not boxed:
        return None
    # the headline opens the head; the story's paragraph closes it
    layout = read_layout("\n".join([title, *head, lead, *boxes]), outlet=sitename)
    dated = [
        p
        for p in layout.body.split("\n\n")
        if date_line(p) is not None or PUBLISHED_LINE_RE.match(p) is not None
    ]
    # a head's time stamps in one line ("February 11, 2025 at 6:05 AM Updated on ..."), or
    # a short byline line with the date after the names ("Jane Doe 22 October 2026, 6:00PM",
    # "EXAMPLE DESK WITH AA ISTANBUL Jun 11, 2026 - 2:05 pm GMT+3")
    dated += [
        line
        for line in head
        if line not in dated
        and line not in layout.stamps
        and len(line) <= _STAMP_MAX_CHARS
        and line[:1].isalnum()
        and not _SENTENCE_END_RE.search(line)
        and _stamp_day(line if len(line) <= _BYLINE_STAMP_MAX_CHARS else line[:_STAMP_DATE_WITHIN])
        is not None
    ]
    # a header's date of the day that is not the story's ("Wednesday, 11 June 2025" over a
    # desk's "Monday 9 June 2025") dates the visit, not the page
    days = {_stamp_day(line) for line in (*layout.stamps, *dated)}
    dated += [
        line
        for line in top
        if line not in dated
        and line not in layout.stamps
        and (not days or _stamp_day(line) in days)
    ]
    # a standfirst the extractor dropped ("Navy seized two trawlers off Delft island on
    # Sunday; minister says ..."): its dates are the article's, read as a caption's are
    # the line right under the headline only: further down, "Also read" links' headlines
    kept = set(head[:1])
    standfirsts = [
        p
        for p in layout.body.split("\n\n")
        if p in kept
        and p not in dated
        and len(p.split()) >= _STANDFIRST_MIN_WORDS
        and p not in layout.captions
    ]
    boxed = [
        p for p in boxed if p not in layout.captions and p not in standfirsts and p not in dated
    ]
    return attrs.evolve(
        layout,
        stamps=(*layout.stamps, *dated),
        captions=(*layout.captions, *standfirsts, *boxed),
    )


# A box set beside the story or a live page's summary over it: "<div class="sidebar">",
# "<div class="live-summary">", "<aside class="factbox">" (the class's word is enough).
_BOX_OPEN_RE: Final = re.compile(
    r"<(?:div|aside|section)\b[^<>]{0,300}?\bclass=[\"'][^\"'<>]{0,200}?"
    r"(?<![\w-])(?:sidebar|side-bar|factbox|fact-box|boxout|box-out|infobox|live-summary"
    r"|key-points|keypoints|highlights|summary)(?![\w-])[^<>]{0,300}>"
)
# Its paragraphs and list items, up to the box's first closing tag of a block.
_BOX_ITEM_RE: Final = re.compile(
    r"<(?P<tag>p|li)\b[^<>]{0,300}>"
    # (inline tags inside: "<strong>", "<a href=...>", not another block's)
    r"(?P<body>[^<]{0,3000}(?:<(?!/?(?:p|li|div|ul|ol)\b)[^<>]{0,300}>[^<]{0,3000}){0,20})"
    r"</(?P=tag)>"
)
_BOX_END_RE: Final = re.compile(r"</(?:div|aside|section)>")
_BOX_MAX: Final = 4
_BOX_ITEMS_MAX: Final = 8
_BOX_MIN_WORDS: Final = 6
# A paragraph's first characters found in the story's text: the extractor kept it.
_KEPT_KEY_CHARS: Final = 40


def _boxed_prose(markup: str, text: str) -> list[str]:
    """
    The prose of the boxes an extractor left out: a sidebar's paragraphs, a summary's points.

    "<div class="sidebar"><p>The ministry yesterday said it had noted the Sept. 11 incident
    ...</p></div>" and a live page's first summary point are the article's; their dates are
    read as a caption's are.  A box's list of links ("Related" headlines) and anything the
    extractor kept in the text are left out.
    """
    found: list[str] = []
    for box in itertools.islice(_BOX_OPEN_RE.finditer(markup), _BOX_MAX):
        end = _BOX_END_RE.search(markup, box.end())
        inside = markup[box.end() : end.start() if end is not None else box.end() + 6000]
        for item in itertools.islice(_BOX_ITEM_RE.finditer(inside), _BOX_ITEMS_MAX):
            if "<a " in item["body"]:
                continue  # a link's headline, not the box's prose
            words = " ".join(html.unescape(_ANY_TAG_RE.sub(" ", item["body"])).split())
            key = words[:_KEPT_KEY_CHARS]
            if len(words.split()) >= _BOX_MIN_WORDS and key not in text and words not in found:
                found.append(words)
    return found


def _dated_cell(line: str) -> str | None:
    """The first cell of a bar ("Beirut, Thursday 08 March 2012 | Weather") giving a day."""
    for part in line.split(" | "):
        cell = part.strip()
        if (
            len(cell) <= _BYLINE_STAMP_MAX_CHARS
            and not _SENTENCE_END_RE.search(cell)
            and _stamp_day(cell) is not None
        ):
            return cell
    return None


def _stamp_day(line: str) -> date | None:
    """
    The day a head's date line states: with a month's name, or numeric in one order only.

    A byline's or section label's numeric date ("Jane Doe, 09.04.2026, 15:20", "POLITICS |
    24-11-2026 07:12": day first with dots, or a day past 12) dates the page as a month's
    name does; "05/03/2025", either way round, is left to the page's other stamps.
    """
    found = first_stated_date(line)
    return found if isinstance(found, date) else None


# A byline's link to an author's page ("/author/jane-doe", "/topics/author/jane-doe/",
# "/profile/jane-doe") or a name element classed as the author's, with the name inside it.
# The look-ahead reads the opening tag's attributes once; the name has no markup in it.
_AUTHOR_LINK_RE: Final = re.compile(
    r"<(?P<tag>a|span)\s(?=[^<>]{0,600}?(?:href=[\"'][^\"'<>]{0,200}?/"
    r"(?:authors?|profiles?|people|staff|journalists?|writers?|reporters?)/"
    r"|class=[\"'](?:[^\"'<>]{0,80}?\s)?author(?:[-_]{1,2}name)?[\"'\s]))"
    r"[^<>]{0,2000}>\s*(?P<name>[^<>]{3,60}?)\s*</(?P=tag)>"
)
# A credit other than the byline's before a link: "Edited by", "Photos by", "Translated by".
_OTHER_CREDIT_RE: Final = re.compile(
    r"(?:[Ee]dit(?:ed|or|ors|ing)|[Pp]hoto(?:s|graphs?|graphy)?|[Ii]llustrat\w*|[Tt]ranslat\w*"
    r"|[Ff]act-?check\w*|[Rr]eview\w*|[Vv]ideo)(?: by)?\s*:?\s*(?:<[^<>]{0,300}>\s*){0,3}$"
)
_CREDIT_LOOK_BACK: Final = 120
# How far after the headline's tag a byline's links are looked for, and how many are taken.
_BYLINE_WINDOW: Final = 6000
_BYLINE_MAX_LINKS: Final = 6
_BYLINE_GAP: Final = 400


# A link to a tag's or a topic's page: rel="tag", or "/tag/x", "/tags/x", "/topic/x"
_TAG_LINK_RE: Final = re.compile(
    r"<a\s[^<>]{0,600}?(?:rel=[\"']tag[\"']|href=[\"'][^\"'<>]{0,200}?/(?:tags?|topics?)/)"
    r"[^<>]{0,600}>\s*(?P<name>[^<>]{1,60}?)\s*</a>",
    re.IGNORECASE,
)


def _tag_list(line: str, keywords: frozenset[str]) -> bool:
    """Whether ``line`` is only the page's tags: "Iran-Iraq Kurdistan IRGC", "Tags: X, Y"."""
    words = [w.strip(",;|#").casefold() for w in line.removeprefix("Tags:").split()]
    return all(not w or w in keywords for w in words)


def _linked_authors(markup: str, found: tuple[str, ...]) -> tuple[str, ...]:
    """
    The byline's authors when its links name more people than the extractor kept.

    Extractors keep the first of several linked authors ("Jane Doe and John Roe", each a
    link to an author page).  The first links under the page's headline (``<h1>``) that
    name people, standing together, are the byline when they include every name the
    extractor found; an editor's link ("Edited by") is none of them.
    """
    start = markup.find("<h1")
    if start < 0:
        return found
    names: list[str] = []
    last = -1
    for match in _AUTHOR_LINK_RE.finditer(markup, start, start + _BYLINE_WINDOW):
        if last >= 0 and match.start() - last > _BYLINE_GAP:
            break  # the byline's links stand together; a later one is another box's
        name = " ".join(html.unescape(match["name"]).split())
        before = markup[max(match.start() - _CREDIT_LOOK_BACK, 0) : match.start()]
        if _OTHER_CREDIT_RE.search(before) or not is_person(name):
            continue  # an editor's or photographer's link
        if name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
        last = match.end()
    folded = {n.casefold() for n in names}
    if len(names) <= len(found) or len(names) > _BYLINE_MAX_LINKS:
        return found
    if not all(name.casefold() in folded for name in found):
        return found
    return tuple(names)


def _line_of(lines: list[str], paragraph: str, start: int) -> int:
    """The index of the plain-text line from ``start`` on where ``paragraph`` begins, or -1."""
    key = paragraph.lstrip("-\u2022* ")[:_LINE_KEY_CHARS]  # extractors mark list items "- "
    for index in range(start, len(lines)):
        line = lines[index]
        if line.startswith(key) or (
            len(line) >= _LINE_KEY_MIN_CHARS and key.startswith(line[:_LINE_KEY_CHARS])
        ):
            return index
    return -1


def _cut_short(found: tuple[str, ...], meta: tuple[str, ...]) -> bool:
    """
    Whether the extractor's author names are the meta tags' names cut short.

    Extractors drop what they take for noise in an author's name: a desk's number ("FRANCE"
    for the meta tag's "FRANCE 24"); the meta tag's full name is then the byline.
    """
    return bool(meta) and all(
        any(m != name and m.casefold().startswith(name.casefold()) for m in meta) for name in found
    )


def _plain_lines(markup: str, dropped: tuple[str, ...] = _DROPPED_TAGS) -> list[str]:
    """The page's text, tags stripped, one block per line, without the ``dropped`` blocks."""
    text = _drop_blocks(_drop_comments(markup), dropped)
    text = _BLOCK_END_RE.sub("\n", text)
    text = html.unescape(_ANY_TAG_RE.sub(" ", text))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return [line for line in lines if line]


def _crude_page(markup: str) -> Page:
    meta = _meta(markup)
    text = "\n".join(_plain_lines(markup))
    if meta.title and not text.startswith(meta.title):
        text = f"{meta.title}\n{text}"
    return attrs.evolve(meta, text=_BLANKS_RE.sub("\n", text).strip())


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(html.unescape(value).split())
    return value or None


# A byline's label an author field may keep: "Story by Jane Doe", "By: Jane Doe".
_AUTHOR_LABEL_RE: Final = re.compile(
    r"^(?:(?:Story|Written|Words|Text|Posted|Reported|Report)\s+)?[Bb][Yy]\b\s*:?\s*(?=\S)"
)


_LONE_INITIAL_RE: Final = re.compile(r"(?<= )[A-Z](?= )")
_MARKUP_SEARCH_CHARS: Final = 200_000


def _with_initials_dots(name: str, markup: str) -> str:
    """
    An author's name with the full stops of its initials the extractor dropped.

    "James T Kollie" reads "James T. Kollie" when the page writes it so.
    """
    if _LONE_INITIAL_RE.search(name) is None:
        return name
    pattern = r"\s+".join(
        re.escape(word) + (r"\.?" if len(word) == 1 and word.isupper() else "")
        for word in name.split()
    )
    found = re.search(pattern, markup[:_MARKUP_SEARCH_CHARS])
    return " ".join(found[0].split()) if found is not None and "." in found[0] else name


def _split_authors(value: object) -> tuple[str, ...]:
    text = _clean(value)
    if text is None:
        return ()
    names = [
        a
        for a in (_AUTHOR_LABEL_RE.sub("", x.strip()) for x in _AUTHOR_SPLIT_RE.split(text))
        # a byline's date after a middle dot, cut at its digits: "Jane Doe · August"
        if a
        and _AUTHOR_DATE_PART_RE.fullmatch(a) is None
        # a site account's login, one word with no capital ("admin", "editor2", "webteam"):
        # the publishing system's user, no writer's name
        and not (" " not in a and a == a.lower())
    ]
    # where the byline was filed, after a bar beside the name: "Jane Doe | Brussels | date"
    filed = [a for a in names if (a in CITIES or a in COUNTRY_NAMES) and not canonical_agency(a)]
    return tuple(a for a in names if a not in filed) if len(filed) < len(names) else tuple(names)


_AUTHOR_SPLIT_RE: Final = re.compile(r"[;|\u00b7\u2022]")
_AUTHOR_DATE_PART_RE: Final = re.compile(rf"{MONTH}\.?,?(?: [\d ,:]*)?")


def _iso_date(value: object) -> date | None:
    text = _clean(value)
    return first_full_date(text) if text else None


def _without_site_author(authors: tuple[str, ...], sitename: str | None) -> tuple[str, ...]:
    """
    The authors read from the page's text less the site's name when people are named too.

    The site's title line an extractor keeps over "Posted on ... by Jane Doe" is no writer
    beside her; the site's name alone stays (its desk's byline, "By Example 24").
    """
    if not sitename or not authors:
        return authors
    site = sitename.casefold()
    people = tuple(name for name in authors if name.casefold() != site)
    return people or authors


def _meta_date(value: object) -> date | None:
    """
    A metadata date, unless it is a template's placeholder: the Unix epoch, a year before 1900.

    ``article:published_time`` "1970-01-01T00:00:00+00:00" is a field the site left unset.
    """
    stated = _iso_date(value)
    if stated is None or stated == _EPOCH or stated.year < _PLACEHOLDER_BEFORE_YEAR:
        return None
    return stated


_EPOCH: Final = date(1970, 1, 1)
_PLACEHOLDER_BEFORE_YEAR: Final = 1900


def _site_name_of_page(name: str | None) -> str | None:
    """``og:site_name`` unless it names the publishing software: "WordPress", "Blogger"."""
    if (
        name is None
        or name.casefold() in _SOFTWARE_SITE_NAMES
        # a theme's or a template's placeholder: "Newspaper Theme Demo", "NewsPro Template"
        or any(w in _PLACEHOLDER_WORDS for w in name.casefold().split())
    ):
        return None
    return name


_PLACEHOLDER_WORDS: Final = frozenset({"theme", "demo", "template"})
# The words closing a company's name, not a paper's: "Example Media Group", "Example
# Holdings", "Example Publishing Ltd" (a paper's publisher, as JSON-LD names it).
_COMPANY_WORDS: Final = frozenset(
    {"group", "holdings", "plc", "ltd", "limited", "inc", "llc", "corporation", "corp"}
    | {"company", "gmbh", "publishing", "publications", "publishers", "pty"}
)


def _paper_not_company(extracted: str | None, own: str | None) -> str | None:
    """
    The extractor's site name, unless it is the publishing company's and the page names its own.

    The extractor may take the JSON-LD publisher ("Example Media Group") where the page's
    ``og:site_name`` or title names the paper: the paper's name is then read from those.
    """
    return None if own and _company_name(extracted) else extracted


def _company_name(name: str | None) -> bool:
    """Whether ``name`` closes on a company's word: "Example Media Group", "Example Ltd."."""
    if not name:
        return False
    return name.rsplit(None, 1)[-1].strip(".,").casefold() in _COMPANY_WORDS


# The names a blog or site platform writes as the site's name when its owner left it unset.
_SOFTWARE_SITE_NAMES: Final = frozenset(
    {"wordpress", "blogger", "blogspot", "joomla", "joomla!", "drupal", "ghost", "wix"}
    | {"squarespace", "my blog", "my wordpress blog", "my site", "site title"}
)


def _headline_og_title(title: str | None) -> str | None:
    """
    ``og:title`` unless it is a list of keywords: "Latest news | Breaking | Jamaica".

    Three or more short fields between bars (one to three words each, no verb needed to
    tell) are a page's tags, set there for search engines, not its headline.
    """
    if title is None:
        return None
    fields = [field.strip() for field in title.split("|")]
    if len(fields) >= _KEYWORD_FIELDS and all(
        0 < len(field.split()) <= _KEYWORD_FIELD_MAX_WORDS for field in fields
    ):
        return None
    # a search engine's keywords after the title: "Talks resume - Latest News, Breaking News,
    # Top Stories"; the page's <h1> is the headline
    tail = _TITLE_FIELD_SPLIT_RE.split(title)[-1]
    keywords = [field.strip() for field in tail.split(",")]
    if len(keywords) >= _KEYWORD_FIELDS - 1 and all(
        0 < len(field.split()) <= _KEYWORD_FIELD_MAX_WORDS
        and all(w.casefold() in _KEYWORD_WORDS for w in field.split())
        for field in keywords
    ):
        return None
    return title


# The words of a search engine's keyword tail: "Latest News, Breaking News, Top Stories".
_KEYWORD_WORDS: Final = frozenset(
    {"latest", "breaking", "top", "news", "stories", "headlines", "today", "live", "updates"}
)


_KEYWORD_FIELDS: Final = 3
_KEYWORD_FIELD_MAX_WORDS: Final = 3


def _home_title_outlet(page_title: str | None) -> str | None:
    """
    The site's name in a home page's ``<title>``: "Home - The Example News", "Example Post | Home".

    A story saved from a site whose template titles every page as its home names the site.
    """
    if not page_title or len(page_title) > _TITLE_OUTLET_MAX_CHARS:
        return None
    match = _HOME_TITLE_RE.fullmatch(page_title)
    if match is None:
        return None
    name = (match["after"] or match["before"] or "").strip()
    return name if name and masthead_like(name) else None


_HOME_TITLE_RE: Final = re.compile(
    r"Home(?:page)?\s*[-|\u2013\u2014:]\s*(?P<after>[^|\u2013\u2014]{3,60})"
    r"|(?P<before>[^|\u2013\u2014]{3,60}?)\s*[-|\u2013\u2014]\s*Home(?:page)?",
    re.IGNORECASE,
)


def _section_title_outlet(page_title: str | None) -> str | None:
    """
    The site's name beside a section's in a ``<title>``: "Features | The Example Monthly".

    A template titling each page by its section ("World - Example Weekly", "The Example
    Review | Opinion") names the site in the other field, when that reads as a masthead.
    """
    if not page_title or len(page_title) > _TITLE_OUTLET_MAX_CHARS:
        return None
    fields = [field.strip() for field in _TITLE_FIELD_SPLIT_RE.split(page_title)]
    if len(fields) != 2:  # a section and the site
        return None
    for section, name in (fields, fields[::-1]):
        if (
            section
            and all(w.casefold() in SECTION_WORDS for w in section.split())
            and masthead_like(name)
            and not all(w.casefold() in SECTION_WORDS or w in {"The", "THE"} for w in name.split())
        ):
            return name
    return None


_TITLE_FIELD_SPLIT_RE: Final = re.compile(r" [-|\u2013\u2014:\u00b7] ")


def _logo_alt(markup: str) -> str | None:
    """
    The site's name in its logo picture's ``alt`` text: ``<img src="/logo.png" alt="X">``.

    A page whose name is set only as a picture names the site in the picture's text, maybe
    with the word "logo" after it ("The Example Courier logo"), when it reads as a masthead.
    """
    for match in _IMG_RE.finditer(markup, 0, _LOGO_SEARCH_CHARS):
        tag = match[0]
        if "logo" not in tag.casefold():
            continue
        attrs_ = {m[0].lower(): m[1] or m[2] for m in _ATTR_RE.findall(tag)}
        name = _clean(_LOGO_WORD_RE.sub("", attrs_.get("alt", "")))
        if name and len(name) <= _LOGO_MAX_CHARS and masthead_like(name):
            return name
    return None


_IMG_RE: Final = re.compile(r"<img\b[^>]{0,400}>", re.IGNORECASE)
# (one run of spaces, tried once where it starts: linear on long runs of spaces)
_LOGO_WORD_RE: Final = re.compile(r"(?<!\s)\s*(?:[-|\u2013\u2014]\s*)?\blogo$", re.IGNORECASE)


def _logo_name(markup: str) -> str | None:
    """
    The site's name in the element its template classes as the logo, brand or site title.

    ``<div class="logo">The Example Messenger</div>``, ``<p class="site-title">...</p>``: a
    short text reading as a masthead (a masthead word or a known outlet).
    """
    match = _LOGO_RE.search(markup[:_LOGO_SEARCH_CHARS])
    if match is None:
        return None
    name = _clean(_ANY_TAG_RE.sub(" ", match["inner"]))
    if not name or len(name) > _LOGO_MAX_CHARS or not masthead_like(name):
        return None
    return name


_LOGO_SEARCH_CHARS: Final = 60_000
_LOGO_MAX_CHARS: Final = 60
# An element classed as the site's logo, brand, name or title: its inner text, up to its close.
_LOGO_RE: Final = re.compile(
    r"<(?P<tag>div|p|span|a|strong|header)\b[^>]{0,200}?\bclass=[\"'][^\"']{0,80}?"
    r"\b(?:logo|brand|site-title|site-name|masthead)\b[^>]{0,200}>(?P<inner>[^<]{1,200})</(?P=tag)>",
    re.IGNORECASE,
)


def _meta(markup: str) -> Page:
    """The page metadata from ``<meta>`` tags, ``<title>``, ``<h1>`` and JSON-LD."""
    props: dict[str, str] = {}
    for tag in _META_RE.findall(markup[:200_000]):
        attrs_ = {m[0].lower(): m[1] or m[2] for m in _ATTR_RE.findall(tag)}
        key = attrs_.get("property") or attrs_.get("name") or attrs_.get("itemprop")
        if key and "content" in attrs_:
            props.setdefault(key.lower(), attrs_["content"])
    ld = _json_ld(markup)
    title = (
        _clean(ld.get("headline"))
        or _headline_og_title(_clean(props.get("og:title")))
        or _first_text(markup, "h1")
    )
    dated_site: str | None = None
    if title is None:
        # no headline of its own: the <title> (as 1990s sites wrote it, "Outlet - Headline -
        # June 5, 1998", the site's name and the date around the headline)
        title, dated_site = _dated_site_title(_first_text(markup, "title"))
    authors = _ld_authors(ld.get("author")) or _split_authors(props.get("author"))
    published = (
        _meta_date(ld.get("datePublished"))
        or _meta_date(props.get("article:published_time"))
        or _meta_date(props.get("date"))
    )
    publisher = _ld_name(ld.get("publisher"))
    sitename = (
        _english_site_name(
            _site_name_of_page(_clean(props.get("og:site_name"))),
            _title_suffix(_first_text(markup, "title"), title),
        )
        or dated_site
        or (publisher if not _company_name(publisher) else None)
        or _clean(props.get("application-name"))
        or _title_suffix(_first_text(markup, "title"), title)
        # "og:title" holding "Headline | Example Daily" over the page's <h1> "Headline"
        or _title_suffix(_clean(props.get("og:title")), _first_text(markup, "h1"))
        # a publishing company's name ("Example Media Group") only when the page names no
        # paper of its own
        or publisher
        or _title_outlet(_first_text(markup, "title"))
        or _home_title_outlet(_first_text(markup, "title"))
        or _section_title_outlet(_first_text(markup, "title"))
        or _logo_name(markup)
        or _logo_alt(markup)
        or _footer_copyright(markup)
    )
    # (and WordPress's classic caption, a paragraph under the picture: <p
    # class="wp-caption-text">, as its caption shortcode writes it)
    blocks = itertools.chain(
        _blocks(markup, "figcaption"), _blocks(markup, "p", attribute="wp-caption-text")
    )
    captions = tuple(
        caption for caption in (_clean(_ANY_TAG_RE.sub(" ", c)) for c in blocks) if caption
    )
    sitename = _without_tagline(sitename)
    return Page(
        text="",
        title=_without_site_name(title, sitename),
        authors=authors,
        published=published,
        sitename=sitename,
        captions=captions,
        photo_credits=tuple(_figure_credits(markup)),
        publisher_authors=_ld_organisations(ld.get("author")),
        article_published=_meta_date(ld.get("datePublished")),
    )


def _english_site_name(sitename: str | None, suffix: str | None) -> str | None:
    """
    ``og:site_name``, or the ``<title>``'s suffix when it is the same brand's English name.

    "Example Uutiset" as the site's name, "Headline | Example News" as the English page's
    title: a service in another language names its English pages by a masthead word ("News",
    "Radio") that the site's own name lacks; the suffix names the outlet.  "Example Times"
    over "Example News" is kept (both names are mastheads).
    """
    if sitename is None or suffix is None or sitename.casefold() == suffix.casefold():
        return sitename
    site_words, suffix_words = sitename.casefold().split(), suffix.casefold().split()
    if (
        len(suffix_words) > 1
        and site_words[0] == suffix_words[0]
        and any(word in MASTHEAD_WORDS for word in suffix_words[1:])
        and not any(word in MASTHEAD_WORDS for word in site_words)
    ):
        return suffix
    return sitename


def _dated_site_title(page_title: str | None) -> tuple[str | None, str | None]:
    """
    A ``<title>`` "Outlet - Headline - June 5, 1998" read as the headline and the outlet.

    A known outlet's name opening the title is cut, and so is a date closing it (1990s sites
    wrote their titles so); a title not opening on a known outlet is returned whole, with no
    outlet.
    """
    if not page_title or " - " not in page_title:
        return page_title, None
    site, _, head = page_title.partition(" - ")
    known = known_outlet(site)
    if known is None:
        return page_title, None
    rest, _, stamp = head.rpartition(" - ")
    if rest.strip() and date_line(stamp.strip()) is not None:
        head = rest
    return (head.strip() or page_title), known[0]


# "Headline | Outlet", "Headline - Outlet": a page title ending with the site's name.
_TITLE_SEPARATORS: Final = (" | ", " \u2013 ", " \u2014 ", " - ")
_SITENAME_MAX_WORDS: Final = 5
_TITLE_PREFIX_SEPARATORS: Final = (": ", " | ")


_TITLE_OUTLET_MAX_CHARS: Final = 40


def _without_site_name(title: str | None, sitename: str | None) -> str | None:
    """
    Cut the site's name closing a title: "Ministers meet | Example Daily" -> "Ministers meet".

    Pages whose only title is the ``og:title`` or ``<title>`` often append the site's name.
    """
    if not title or not sitename:
        return title
    for separator in _TITLE_SEPARATORS:
        head, found, name = title.rpartition(separator)
        if found and head.strip() and name.strip().casefold() == sitename.casefold():
            return head.strip()
    return title


def _title_suffix(page_title: str | None, headline: str | None) -> str | None:
    """The site's name closing the ``<title>`` after the headline, or ``None``."""
    if not page_title or not headline or page_title == headline:
        return None
    for separator in _TITLE_SEPARATORS:
        # "Headline - The Example Times | Island News | Travel": the name, then its tagline
        opening = f"{headline}{separator}"
        if page_title.casefold().startswith(opening.casefold()):
            name = _without_tagline(_without_section(page_title[len(opening) :], separator))
            if name and len(name.split()) <= _SITENAME_MAX_WORDS:
                return name
    for separator in _TITLE_SEPARATORS:
        head, found, name = page_title.rpartition(separator)
        name = name.strip()
        if (
            found
            and name
            and len(name.split()) <= _SITENAME_MAX_WORDS
            and head.strip().casefold() == headline.casefold()
        ):
            return name
    # the site's name before the headline: "Example Notes: Headline" (the title blog
    # platforms give a post), "Example Daily | Headline"
    for separator in _TITLE_PREFIX_SEPARATORS:
        closing = f"{separator}{headline}"
        if page_title.casefold().endswith(closing.casefold()):
            name = page_title[: -len(closing)].strip()
            if (
                name
                and len(name.split()) <= _SITENAME_MAX_WORDS
                and not all(w.casefold() in SECTION_WORDS for w in name.split())
                and KICKER_RE.match(name) is None
            ):
                return name
    return None


def _without_section(rest: str, separator: str) -> str:
    """
    The ``<title>``'s end after the headline, less a section before the site's name.

    "World news | The Example Post" (as the Guardian and others set their titles) is "The
    Example Post"; "The Example Times | Island News" keeps its name first.
    """
    section, found, after = rest.strip().partition(separator)
    if found and after.strip() and all(w.casefold() in SECTION_WORDS for w in section.split()):
        return after.strip()
    return rest.strip()


def _without_tagline(sitename: str | None) -> str | None:
    """
    A site's name without the tagline its metadata runs on after a bar or a dash.

    "The Example Times | Island News | Travel" is "The Example Times"; the name must be a short
    one (at most five words) for the rest to be cut.
    """
    if not sitename:
        return sitename
    for separator in _TITLE_SEPARATORS:
        name, found, rest = sitename.partition(separator)
        name = name.strip()
        if found and rest.strip() and name and len(name.split()) <= _SITENAME_MAX_WORDS:
            return name
    return sitename


def _title_outlet(page_title: str | None) -> str | None:
    """The outlet a ``<title>`` holding only a known outlet's name names ("<title>X</title>")."""
    if not page_title or len(page_title) > _TITLE_OUTLET_MAX_CHARS:
        return None
    known = known_outlet(page_title)
    return known[0] if known else None


def _footer_copyright(markup: str) -> str | None:
    """The outlet named by a copyright line in the page's ``<footer>`` ("© 2025 X"), or None."""
    for footer in _blocks(markup, "footer"):
        for block in _BLOCK_END_RE.split(footer):
            text = _clean(_ANY_TAG_RE.sub(" ", block))
            if text and ("©" in text or "opyright" in text):
                holder = copyright_holder(text)
                if holder is not None:
                    return holder
    return None


# A story's credit line by its opening: "Reporting by", "Additional reporting by", "Writing
# by", "Editing by", "Compiled by" (the wires' and papers' closing credits).
_FOOTER_CREDIT_RE: Final = re.compile(
    r"^(?:additional )?(?:reporting|writing|editing|compiled|reported|written) by\s+[A-Z]",
    re.IGNORECASE,
)


def _with_footer_credits(text: str, markup: str) -> str:
    """
    ``text`` closed by the story's credit lines the page set in a ``<footer>``.

    "Reporting by Jane Doe; editing by John Roe" in the footer, which the extractor drops,
    closes the story (a copyright or a designer's credit there is no story's).
    """
    lines = [line for line in _footer_credit_lines(markup) if line not in text]
    return "\n\n".join([text, *lines]) if lines else text


def _footer_credit_lines(markup: str) -> Iterator[str]:
    """The lines of the page's ``<footer>`` blocks that are a story's credit line."""
    if "<footer" not in markup:
        return
    for footer in _blocks(markup, "footer"):
        for block in _BLOCK_END_RE.split(footer):
            text = _clean(_ANY_TAG_RE.sub(" ", block))
            if text and len(text) <= _CREDIT_LINE_MAX_CHARS and _FOOTER_CREDIT_RE.match(text):
                yield text


# A footer's sentence naming the paper and its publisher: "Example Day is published by Example
# Holdings", "The Example Ledger is produced by ...".
_FOOTER_PAPER_RE: Final = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<paper>(?:The )?[A-Z][\w&'\u2019-]*(?: [A-Z][\w&'\u2019-]*){0,3}) is "
    r"(?:published|produced|printed) (?:by|for) [A-Z]"
)


def _footer_paper_over_brand(sitename: str | None, markup: str) -> str | None:
    """
    The site's name, or the paper its footer names when the site's name is a brand only.

    "BusinessLIVE" over a footer's "Example Day is published by Example Holdings": the
    site's brand (no masthead word, no known outlet) names no paper, the footer does.
    """
    if not sitename or masthead_like(sitename) or "<footer" not in markup:
        return sitename
    return _footer_paper(markup) or sitename


def _footer_paper(markup: str) -> str | None:
    """The paper a page's footer names as published by a company, when it names one."""
    for footer in _blocks(markup, "footer"):
        text = _clean(_ANY_TAG_RE.sub(" ", footer)) or ""
        found = _FOOTER_PAPER_RE.search(text)
        if found is not None and not _company_name(found["paper"]):
            return found["paper"]
    return None


def _figure_credits(markup: str) -> Iterator[str]:
    """The short text of each ``<figure>`` outside its ``<figcaption>``: the photo credit."""
    for figure in _blocks(markup, "figure"):
        rest = figure
        for caption in _blocks(figure, "figcaption"):
            rest = rest.replace(caption, " ")
        text = _clean(_ANY_TAG_RE.sub(" ", rest))
        if text and len(text) <= _CREDIT_MAX_CHARS:
            yield text


def _first_text(markup: str, tag: str) -> str | None:
    for inner in _blocks(markup, tag):
        return _clean(_ANY_TAG_RE.sub(" ", inner))
    return None


def _blocks(markup: str, tag: str, *, attribute: str = "") -> Iterator[str]:
    """The inner markup of each ``<tag ...>...</tag>`` (with ``attribute`` in its opening)."""
    lower = markup.lower()
    pos = 0
    while (start := lower.find(f"<{tag}", pos)) >= 0:
        open_end = lower.find(">", start)
        close = lower.find(f"</{tag}", open_end)
        if open_end < 0 or close < 0:
            return  # unclosed: nothing further can be closed either
        if attribute in lower[start:open_end]:
            yield markup[open_end + 1 : close]
        pos = close + len(tag) + 2


def _drop_comments(markup: str) -> str:
    parts: list[str] = []
    pos = 0
    while (start := markup.find("<!--", pos)) >= 0:
        end = markup.find("-->", start + 4)
        if end < 0:
            break
        parts.append(markup[pos:start])
        pos = end + 3
    parts.append(markup[pos:])
    return " ".join(parts)


def _drop_blocks(markup: str, dropped: tuple[str, ...] = _DROPPED_TAGS) -> str:
    """Cut script, style, navigation and similar blocks; an unclosed one is kept."""
    lower = markup.lower()
    parts: list[str] = []
    pos = 0
    unclosed: set[str] = set()
    for match in _OPEN_TAG_RE.finditer(markup):
        name = match[1].lower()
        if match.start() < pos or name not in dropped or name in unclosed:
            continue
        close = lower.find(f"</{name}", match.end())
        if close < 0:
            unclosed.add(name)
            continue
        end = lower.find(">", close)
        parts.append(markup[pos : match.start()])
        pos = len(markup) if end < 0 else end + 1
    parts.append(markup[pos:])
    return "\n".join(parts)


def _json_ld(markup: str) -> dict[str, Any]:
    """The first JSON-LD object describing an article, or an empty dict."""
    for block in _blocks(markup, "script", attribute="ld+json"):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        items = (
            data
            if isinstance(data, list)
            else data.get("@graph", [data])
            if isinstance(data, dict)
            else []
        )
        for item in items:
            if isinstance(item, dict) and "Article" in str(item.get("@type", "")):
                return item
    return {}


def _ld_name(value: object) -> str | None:
    if isinstance(value, dict):
        return _clean(value.get("name"))
    return _clean(value)


def _ld_organisations(value: object) -> tuple[str, ...]:
    """The names of JSON-LD authors typed as organisations ("@type": "NewsMediaOrganization")."""
    items = value if isinstance(value, list) else [value]
    return tuple(
        name
        for item in items
        if isinstance(item, dict) and "Organization" in str(item.get("@type", ""))
        for name in (_ld_name(item),)
        if name
    )


def _ld_authors(value: object) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value] if value else []
    return tuple(name for name in (_ld_name(item) for item in items) if name)
