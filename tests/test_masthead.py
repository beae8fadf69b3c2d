"""The page's lines above its body: one Document field that the meetings and statements read."""

from __future__ import annotations

from datetime import date

from diplomeet._document import Document
from diplomeet._meetings import find_meetings
from diplomeet._pipeline import _masthead
from diplomeet.dates import find_dates

_DAY = date(2026, 9, 15)
_LETTERHEAD = (
    "Senator the Hon Jane Doriel\nMinister for Trade\n\nMedia release\n\nPacific talks\n\n"
)


def _meetings(body: str, masthead: str) -> list[list[str]]:
    doc = Document(text=body, published=_DAY, masthead=masthead)
    doc.dates.extend(find_dates(body, _DAY)[0])
    return [[p.name for p in m.participants] for m in find_meetings(doc)]


def test_the_meetings_release_maker_reads_the_masthead() -> None:
    """A release's first person is the minister of the masthead set aside above the body."""
    body = "Today I met Foreign Minister Tomas Velkar in Suva.\n\nWe discussed fisheries.\n"
    assert ["Jane Doriel", "Tomas Velkar"] in _meetings(body, _LETTERHEAD)
    assert ["Jane Doriel", "Tomas Velkar"] not in _meetings(body, "")
    assert ["Jane Doriel", "Tomas Velkar"] not in _meetings(body, "Pacific talks\n\n")


def test_the_masthead_is_read_in_the_texts_first_1000_characters() -> None:
    """The lines above the body's opening, its leading spaces aside; none past the head."""
    body = "  Today I met Foreign Minister Tomas Velkar in Suva."
    text = _LETTERHEAD + body.lstrip() + "\n"
    assert _masthead(text, body) == _LETTERHEAD
    assert _masthead(text, body.lstrip()) == _LETTERHEAD
    assert _masthead(body.lstrip(), body) == ""  # the body opens the text
    assert _masthead("Line of chrome.\n" * 70 + body.lstrip(), body) == ""  # past the head
    assert _masthead("Line of chrome.\n" * 50 + body.lstrip(), body) == "Line of chrome.\n" * 50
