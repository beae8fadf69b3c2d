"""
Outlet parsers: recognise an outlet's layout, strip its furniture, read its credits.

An outlet parser turns the raw text of a page into a :class:`Layout`: a clean body plus
headline, byline, credits, captions and dateline.  The shared extraction core reads the
body; the rest becomes :class:`~diplomeet.records.Source` evidence.

This module currently ships the generic parser only; see ``docs/extending.md``.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import attrs

from diplomeet.errors import UnknownOutletError

__all__ = ["GenericParser", "Layout", "OutletParser", "get_parser", "select_parser"]


@attrs.frozen(kw_only=True)
class Layout:
    """
    What an outlet parser read from a page.

    Attributes:
        body: The article body, furniture removed; every record's span points into it.
        headline: The headline, or ``None``.
        authors: Byline names or desks.
        agencies: Agencies credited for reporting or photos, canonical names.
        captions: Photo captions, kept apart from the body.
        dateline: The dateline ("TOKYO (Reuters) -"), or ``None``.
        outlet: Display name of the outlet, or ``None``.
    """

    body: str
    headline: str | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    dateline: str | None = None
    outlet: str | None = None


@runtime_checkable
class OutletParser(Protocol):
    """The contract every outlet parser follows."""

    @property
    def id(self) -> str:
        """Short lower-case id ("generic", "reuters")."""
        ...

    @property
    def name(self) -> str:
        """Display name of the outlet."""
        ...

    def detect(self, text: str, url: str | None = None) -> float:
        """Return the confidence, from 0 to 1, that ``text`` comes from this outlet."""
        ...

    def split(self, text: str) -> Layout:
        """Split the raw text into a :class:`Layout`."""
        ...


class GenericParser:
    """The parser for any outlet diplomeet has no parser for."""

    @property
    def id(self) -> str:
        """``"generic"``."""
        return "generic"

    @property
    def name(self) -> str:
        """``"Generic"``."""
        return "Generic"

    def detect(self, text: str, url: str | None = None) -> float:  # noqa: ARG002 - contract
        """The generic parser is the fallback: always a low confidence."""
        return 0.01

    def split(self, text: str) -> Layout:
        """Use the whole text as the body."""
        return Layout(body=text.strip())


_GENERIC = GenericParser()


def get_parser(parser_id: str) -> OutletParser:
    """
    Return the parser registered under ``parser_id``.

    Raises:
        UnknownOutletError: no parser has that id.
    """
    if parser_id == _GENERIC.id:
        return _GENERIC
    raise UnknownOutletError(
        f"no outlet parser {parser_id!r}; run `diplomeet outlets` to list the registered ones"
    )


def select_parser(text: str, *, outlet: str | None = None, url: str | None = None) -> OutletParser:  # noqa: ARG001
    """Return the parser for ``text``: the one named by ``outlet``, else the best detected."""
    if outlet is not None:
        return get_parser(outlet)
    return _GENERIC
