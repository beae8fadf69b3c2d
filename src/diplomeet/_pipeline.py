"""
The parse pipeline: raw input -> outlet layout -> clean text -> extraction -> records.

Each stage is guarded: a stage that crashes becomes an ``error`` diagnostic
(``stage.crashed``) and the records found by the stages before it are kept.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime
from types import ModuleType
from typing import TYPE_CHECKING, Final, NamedTuple, TypeVar

import attrs

from diplomeet import _capitals
from diplomeet._document import Document
from diplomeet._input import read_text
from diplomeet.errors import InvalidArgument
from diplomeet.records import (
    Diagnostic,
    Incident,
    Meeting,
    ParsedArticle,
    PublishedFrom,
    Source,
    Statement,
    TimeRef,
)

if TYPE_CHECKING:
    from diplomeet.outlets._contract import OutletParser
    from diplomeet.outlets._html import Page

__all__ = ["parse"]

# The stages' rule tables take a few hundred milliseconds to compile, so they are imported
# on the first call of parse(), not by `import diplomeet` (see docs/performance.md).

_T = TypeVar("_T")


class _Stages(NamedTuple):
    """The functions of the stages that :func:`parse` calls."""

    find_dates: Callable[[str, date | None], tuple[list[TimeRef], list[Diagnostic]]]
    #: The package, not its ``select_parser``: read at each call, so that a test may
    #: replace the function.
    outlets: ModuleType
    check_language: Callable[[str], list[Diagnostic]]
    find_meetings: Callable[[Document], list[Meeting]]
    find_statements: Callable[[Document], list[Statement]]
    find_incidents: Callable[[Document], list[Incident]]
    looks_like_html: Callable[[str], bool]
    read_html: Callable[[str, list[Diagnostic]], Page]


@functools.cache
def _stages() -> _Stages:
    """
    The stages, imported on the first call of :func:`parse` (see the note above).

    Kept once imported: an ``import`` statement in every call of :func:`parse` cost a few
    microseconds each, even for a module already loaded.
    """
    from diplomeet import dates as _dates  # noqa: PLC0415 - see the note at the top
    from diplomeet import outlets as _outlets  # noqa: PLC0415
    from diplomeet._incidents import find_incidents  # noqa: PLC0415
    from diplomeet._language import check_language  # noqa: PLC0415
    from diplomeet._meetings import find_meetings  # noqa: PLC0415
    from diplomeet._statements import find_statements  # noqa: PLC0415
    from diplomeet.outlets import _html  # noqa: PLC0415

    return _Stages(
        find_dates=_dates.find_dates,
        outlets=_outlets,
        check_language=check_language,
        find_meetings=find_meetings,
        find_statements=find_statements,
        find_incidents=find_incidents,
        looks_like_html=_html.looks_like_html,
        read_html=_html.read_html,
    )


_MASTHEAD_REACH: Final = 1000  # the lines above a body kept (a letterhead, a headline)


def _masthead(text: str, body: str) -> str:
    """
    The page's lines above where ``body`` starts in ``text`` (a letterhead, a headline), or ``""``.

    Only the text's first 1,000 characters are searched for the body's opening, so a parse
    pays no whole-text scan for it; a body that starts further down has no masthead.
    """
    head = body.lstrip()[:60]
    at = text.find(head, 0, _MASTHEAD_REACH + len(head)) if head else -1
    return text[:at] if at > 0 else ""


def parse(
    article: str | bytes,
    *,
    published: date | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> ParsedArticle:
    r"""
    Read one news article and return everything diplomeet found in it.

    Args:
        article: The article as plain text or as a news page's HTML (read with trafilatura
            when the extra ``diplomeet[html]`` is installed), or the bytes of a UTF-8 file.
        published: The publication date, used to anchor relative dates ("on Thursday").
            When ``None``, diplomeet looks for it in the text and otherwise leaves
            relative dates unanchored, with a diagnostic.
        outlet: Id of the outlet parser to use (see ``diplomeet outlets``); detected
            when ``None``.
        url: The article's address, kept in :attr:`Source.url` and used for detection (lone
            surrogates become U+FFFD, with an ``input.surrogate`` diagnostic).

    Returns:
        A :class:`~diplomeet.records.ParsedArticle`.  Odd input never raises: it yields
        diagnostics and whatever could be read.

    Raises:
        TypeError: ``article`` is neither ``str`` nor ``bytes``.
        InvalidArgument: ``published`` is not a date, or ``url`` is empty.
        UnknownOutletError: no outlet parser has the id ``outlet``.

    Example:
        >>> from datetime import date
        >>> art = parse("The ministers met on Monday.", published=date(2024, 3, 6))
        >>> art.source.published
        datetime.date(2024, 3, 6)
    """
    find_dates, outlets, check_language, find_meetings, find_statements, find_incidents = _stages()[
        :6
    ]
    diagnostics: list[Diagnostic] = []
    text = read_text(article, diagnostics)
    published = _check_published(published)
    url = _check_url(url, diagnostics)
    page = _read_page(text, diagnostics)
    if page is not None:
        text = page.text
    parser: OutletParser = outlets.select_parser(text, outlet=outlet, url=url)

    layout = _guard("outlet", diagnostics, lambda: parser.split(text), None)
    if layout is not None and page is not None:
        layout = page.enrich(layout)
    if layout is not None and layout.headline and not layout.body.strip():
        # a text of one line: what the parser took for its headline is the whole story
        layout = attrs.evolve(layout, body=layout.headline, headline=None)
    body = layout.body if layout is not None else text.strip()
    if layout is not None:
        diagnostics.extend(layout.diagnostics)  # how sure the page's date and outlet are
    published_from: PublishedFrom | None = "caller" if published is not None else None
    if published is None and layout is not None and layout.published is not None:
        # a full date the page states itself (a caption, dateline or the HTML metadata)
        published, published_from = layout.published, "text"

    read = _ordinary_case(body, diagnostics)
    doc = Document(
        text=read,
        published=published,
        diagnostics=diagnostics,
        dateline=layout.dateline if layout is not None else None,
        authors=layout.authors if layout is not None else (),
        headline=layout.headline if layout is not None else None,
        masthead=_masthead(text, body),
        captions=layout.captions if layout is not None else (),
    )
    if not body.strip():
        message = "The article has no text to read."
        if text.strip():
            message = (
                "The article has no text to read: all of it was taken for page furniture "
                "(a menu, byline, credit or advertisement line), not story text."
            )
        doc.diagnose("input.empty", message, severity="error")
    else:
        diagnostics.extend(check_language(read))
        found = _guard("dates", diagnostics, lambda: find_dates(read, published), None)
        if found is not None:
            doc.dates.extend(found[0])
            diagnostics.extend(found[1])
        if layout is not None and (layout.captions or layout.stamps or layout.headline):
            # the headline's dates ("... to meet in Moscow next week") are the article's too
            captions = (layout.headline, *layout.captions) if layout.headline else layout.captions
            stamps = layout.stamps
            doc.dates.extend(
                _guard(
                    "dates",
                    diagnostics,
                    lambda: _dates_off_the_body(
                        captions, published, doc.dates, stamps, capitals=read is not body
                    ),
                    list[TimeRef](),
                )
            )
    meetings = _guard("meetings", diagnostics, lambda: find_meetings(doc), list[Meeting]())
    statements = _guard("statements", diagnostics, lambda: find_statements(doc), list[Statement]())
    incidents = _guard("incidents", diagnostics, lambda: find_incidents(doc), list[Incident]())
    records = (meetings, statements, incidents, doc.dates, diagnostics)
    body, (meetings, statements, incidents, doc.dates, diagnostics[:]) = _original_case(
        body, read, records, diagnostics
    )

    source = Source(
        outlet=layout.outlet if layout else None,
        parser=parser.id,
        headline=layout.headline if layout else None,
        authors=layout.authors if layout else (),
        agencies=layout.agencies if layout else (),
        published=published,
        published_from=published_from,
        url=url,
    )
    return ParsedArticle(
        source=source,
        text=body,
        meetings=meetings,
        statements=statements,
        incidents=incidents,
        dates=doc.dates,
        diagnostics=diagnostics,
    )


_Records = tuple[list[Meeting], list[Statement], list[Incident], list[TimeRef], list[Diagnostic]]


def _ordinary_case(body: str, diagnostics: list[Diagnostic]) -> str:
    """
    The body as the stages read it: a copy in ordinary case when it is written in capitals.

    The copy has the same length, so the stages' spans point into the body as well.
    """
    if not _capitals.in_capitals(body):
        return _lead_words(body) if _LEAD_CAPS_RE.search(body) else body
    return _guard("capitals", diagnostics, lambda: _capitals.recase(body), body)


# A print story's first word in capitals ("PRESIDENT Chileshe yesterday told", "ZIMBABWE's
# Minister of Foreign Affairs"), the rest of the paragraph in ordinary case.
_LEAD_CAPS_RE: Final = re.compile(r"(?m)^([A-Z]{3,})(?=(?:['\u2019]s)?\s+(?:[a-z(]|[A-Z][a-z]))")


def _lead_words(body: str) -> str:
    """
    The body with a paragraph's first word in capitals in title case, of the same length.

    Only an office, a country or a nationality ("PRESIDENT", "ZIMBABWE's", "KENYAN") is
    re-cased, not an acronym: "NATO said" stays.
    """
    from diplomeet._countries import COUNTRY_NAMES, DEMONYMS  # noqa: PLC0415 - cold path
    from diplomeet._titles import TITLES  # noqa: PLC0415 - cold path

    def title(m: re.Match[str]) -> str:
        word = m.group(1)
        low, cased = word.lower(), word.title()
        known = cased in COUNTRY_NAMES or cased in DEMONYMS or low in TITLES
        return cased if known else word

    return _LEAD_CAPS_RE.sub(title, body)


def _original_case(
    body: str, read: str, records: _Records, diagnostics: list[Diagnostic]
) -> tuple[str, _Records]:
    """The article's text and records, their texts and spans read from the body as written."""
    if read is body:
        return body, records
    restored = _guard("capitals", diagnostics, lambda: _capitals.restore(body, records), None)
    if restored is None:
        return read, records  # the spans point into the copy: it becomes the article's text
    return body, restored


def _read_page(text: str, diagnostics: list[Diagnostic]) -> Page | None:
    """The article and metadata of an HTML page, or ``None`` for plain text."""
    stages = _stages()
    if not stages.looks_like_html(text):
        return None
    return _guard("html", diagnostics, lambda: stages.read_html(text, diagnostics), None)


def _check_published(published: object) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    raise InvalidArgument(
        f"published must be a datetime.date or None, got {published!r}; "
        "use date.fromisoformat('2019-02-27') for ISO strings"
    )


def _check_url(url: object, diagnostics: list[Diagnostic]) -> str | None:
    if url is None:
        return None
    if not isinstance(url, str) or not url.strip():
        raise InvalidArgument(f"url must be a non-empty string or None, got {url!r}")
    if url.isascii() or _SURROGATE_RE.search(url) is None:
        return url
    # Source.url goes into the JSON, which no lone surrogate may reach (as in the text)
    diagnostics.append(
        Diagnostic(
            code="input.surrogate",
            severity="warning",
            message="The url holds lone UTF-16 surrogates, which no UTF-8 document can carry; "
            "they were replaced by U+FFFD.",
        )
    )
    return url.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")


#: What a date line's dates may be: days and longer periods, not the clock times of the page.
_STAMP_GRANULARITIES: Final = frozenset({"day", "week", "month", "quarter", "year"})


def _dates_off_the_body(
    captions: tuple[str, ...],
    published: date | None,
    found: list[TimeRef],
    stamps: tuple[str, ...] = (),
    *,
    capitals: bool = False,
) -> list[TimeRef]:
    """
    The dates of the photo captions (the headline first) and date lines, off the body, no span.

    A caption often dates the picture ("... in Nairobi on May 3, 2021"), a date line the
    story ("Published February 4, 2025"); their dates count as the article's, but they stand
    outside :attr:`ParsedArticle.text`, so their span is ``None``.  A date line's clock
    times ("Updated 9:47 PM") are left out: they time the page, not an event.  A (text,
    value) pair the body already gave is not repeated.  Diagnostics about these words are
    dropped: their spans could not point into the body.  In an article written in capitals,
    a line in capitals is read in ordinary case, its dates keeping the words as written.
    """
    find_dates = _stages().find_dates
    seen = {(_core(ref.text), ref.value) for ref in found}
    extra: list[TimeRef] = []
    lines = [(caption, False) for caption in captions] + [(stamp, True) for stamp in stamps]
    for line, stamp in lines:
        scan = _capitals.recase(line) if capitals and line.isupper() else line
        for found_ref in find_dates(scan, published)[0]:
            ref = found_ref
            if scan is not line and ref.span is not None and ref.text == ref.span.text:
                ref = attrs.evolve(ref, text=line[ref.span.start : ref.span.end])
            if stamp and ref.granularity not in _STAMP_GRANULARITIES:
                continue
            # "Published On 6 Apr 2021", "Updated on 6 Apr 2021": one date, said twice
            key = (_core(ref.text), ref.value)
            if key not in seen:
                seen.add(key)
                extra.append(attrs.evolve(ref, span=None))
    return extra


def _core(text: str) -> str:
    """A date's words without a leading "on", "at" or "in", case-folded: "On 6 Apr" ~ "6 Apr"."""
    text = text.casefold()
    return text[3:] if text.startswith(("on ", "at ", "in ")) else text


def _guard(stage: str, diagnostics: list[Diagnostic], run: Callable[[], _T], default: _T) -> _T:
    """Run one stage; a crash becomes an error diagnostic and the default result."""
    try:
        return run()
    except Exception as exc:  # a stage's bug must not lose the other stages' records
        # logging costs a sixth of `import diplomeet`; only a crash needs it
        import logging  # noqa: PLC0415

        logging.getLogger("diplomeet").debug("stage %s crashed", stage, exc_info=True)
        diagnostics.append(
            Diagnostic(
                code="stage.crashed",
                severity="error",
                message=f"The {stage} stage failed ({exc!r}); its records are missing. "
                "Please report this with the article.",
            )
        )
        return default
