"""The generic parser: the general rules of English news pages, for any outlet."""

from __future__ import annotations

from typing import Final

from diplomeet.outlets._contract import Layout
from diplomeet.outlets._reading import read_layout

__all__ = ["PARSER", "GenericParser"]


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
        """Split ``text`` with the general rules (see ``docs/extending.md``)."""
        return read_layout(text)


PARSER: Final = GenericParser()
