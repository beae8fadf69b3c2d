"""A diplomeet outlet parser for The Harbour Herald, an invented newspaper."""

from __future__ import annotations

import re

import attrs

from diplomeet.outlets import Layout, read_layout

__all__ = ["PARSER", "HarbourHeraldParser"]

# "THE HARBOUR HERALD | World": the masthead line opening every page.
_MASTHEAD = re.compile(r"^THE HARBOUR HERALD \| [A-Za-z ]+$", re.MULTILINE)
# "Story by Ana Costa and Lee Park": the Herald's byline, which the shared rules do not know.
_STORY_BY = re.compile(r"^Story by (?P<names>[^\n]+)$", re.MULTILINE)


class HarbourHeraldParser:
    """Recognises the Herald's masthead and reads its "Story by" byline."""

    @property
    def id(self) -> str:
        """The id, equal to the entry-point name."""
        return "harbour_herald"

    @property
    def name(self) -> str:
        """The display name."""
        return "The Harbour Herald"

    def detect(self, text: str, url: str | None = None) -> float:
        """Sure on the Herald's site, nearly sure when the masthead is there."""
        if url is not None and "harbourherald.example" in url:
            return 1.0
        return 0.9 if _MASTHEAD.search(text) else 0.0

    def split(self, text: str) -> Layout:
        """Cut the masthead and byline, then let diplomeet's shared rules read the page."""
        byline = _STORY_BY.search(text)
        authors = re.split(r",\s*|\s+and\s+", byline["names"].strip()) if byline else []
        text = _STORY_BY.sub("", _MASTHEAD.sub("", text))
        layout = read_layout(text, outlet="The Harbour Herald")  # the shared rules do the rest
        return attrs.evolve(layout, authors=(*authors, *layout.authors))


PARSER = HarbourHeraldParser()
