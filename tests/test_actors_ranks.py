"""Offices before a name: a rank stays in the title, a style is read past; texts written here."""

from __future__ import annotations

import pytest

from diplomeet._actors import actor_at
from diplomeet._document import Document


def _title(text: str, name: str) -> str | None:
    doc = Document(text=text)
    start = doc.text.index(name)
    actor = actor_at(doc, start, start + len(name))
    assert actor is not None
    return actor.title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Thai Deputy Prime Minister Somchai Rattana arrived in Vientiane on Monday.",
            "Somchai Rattana",
            "Deputy Prime Minister",
        ),
        ("Vice President Lucia Ferreyra opened the forum.", "Lucia Ferreyra", "Vice President"),
        (
            "First Deputy Foreign Minister Oleg Sarin flew to Baku.",
            "Oleg Sarin",
            "First Deputy Foreign Minister",
        ),
        (
            "Nour Haddad, Jordan's deputy foreign minister, said the talks went well.",
            "Nour Haddad",
            "deputy foreign minister",
        ),
        (
            "Pablo Soto, the vice foreign minister, said the talks went well.",
            "Pablo Soto",
            "vice foreign minister",
        ),
    ],
)
def test_rank_stays_in_the_title(text: str, name: str, title: str) -> None:
    """A deputy prime minister is not the prime minister: the rank is part of the office."""
    assert _title(text, name) == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Former President Ines Calvo spoke at the forum.", "Ines Calvo", "President"),
        ("Acting Prime Minister Tomas Ruiz flew to Quito.", "Tomas Ruiz", "Prime Minister"),
    ],
)
def test_other_modifiers_leave_the_office(text: str, name: str, title: str) -> None:
    """Former and acting say when or how the office is held, not which office it is."""
    assert _title(text, name) == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "British Foreign Secretary Sir Colin Ashdown met the envoy.",
            "Colin Ashdown",
            "Foreign Secretary",
        ),
        (
            "New Zealand's Foreign Minister, Dame Moana Tait, met the envoy.",
            "Moana Tait",
            "Foreign Minister",
        ),
    ],
)
def test_knighthood_after_an_office_is_read_past(text: str, name: str, title: str) -> None:
    """Sir or Dame between the office and the name is a style, like Mr or Dr there."""
    assert _title(text, name) == title
