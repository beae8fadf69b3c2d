"""
A country's office named by a possessive takes up its holder of no known country.

Articles and sentences written here, people invented.  A ministry's release or a national
daily names its own minister without a country ("MUSCAT - Minister of Foreign Affairs A
received ..."), then writes "Oman's foreign minister" further down: the same person, since
the story is told from Oman.  A deputy's office described by its rank ("the visiting deputy
minister") takes up a "Deputy Foreign Minister".
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet import parse
from diplomeet._actors import mentions
from diplomeet._document import Document
from extraction_helpers import meeting_people

PUBLISHED = date(2025, 11, 18)


def described(text: str, words: str) -> str | None:
    """The name of the actor the description ``words`` stands for in ``text``."""
    doc = Document(text, published=PUBLISHED)
    start = text.index(words)
    found = [m for m in mentions(doc) if m.start == start and m.form == "description"]
    return found[0].actor.name if found else None


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            (
                "MUSCAT — Sayyid Badr al-Harthy, Minister of Foreign Affairs, received Kazem "
                "Rahmani, Deputy Foreign Minister of Iran, yesterday.\n\nEarlier this month, "
                "Oman's foreign minister held a telephone conversation with his Iranian "
                "counterpart Abbas Moradi."
            ),
            "Oman's foreign minister",
            "Sayyid Badr al-Harthy",
        ),
        (
            (
                "NAIROBI, March 2 - Trade Minister Grace Wanjiku opened the fair on Monday.\n\n"
                "Kenya's trade minister later met the Ugandan delegation."
            ),
            "Kenya's trade minister",
            "Grace Wanjiku",
        ),
        (
            (
                "MUSCAT — Foreign Minister Badr al-Harthy received Kazem Rahmani, Deputy Foreign "
                "Minister of Iran.\n\nThe matter was raised with the visiting deputy minister, "
                "who promised to act."
            ),
            "the visiting deputy minister",
            "Kazem Rahmani",
        ),
    ],
)
def test_a_description_takes_up_the_holder(text: str, words: str, name: str) -> None:
    """The possessive country is the dateline's; a deputy's rank fits its portfolio."""
    assert described(text, words) == name


def test_a_possessive_of_another_country_takes_up_no_holder_of_unknown_country() -> None:
    """Told from Nairobi, "Uganda's trade minister" is not the trade minister named before."""
    text = (
        "NAIROBI, March 2 - Trade Minister Grace Wanjiku opened the fair on Monday.\n\n"
        "Uganda's trade minister later met the Kenyan delegation."
    )
    assert described(text, "Uganda's trade minister") != "Grace Wanjiku"


def test_the_call_of_the_country_s_minister_is_a_meeting_with_its_holder() -> None:
    """The telephone conversation of "Oman's foreign minister" is Harthy's."""
    text = (
        "MUSCAT — Sayyid Badr al-Harthy, Minister of Foreign Affairs, received the visiting "
        "Iranian deputy foreign minister yesterday.\n\nEarlier this month, Oman's foreign "
        "minister held a telephone conversation with his Iranian counterpart Abbas Moradi."
    )
    meetings = parse(text, published=PUBLISHED).meetings
    assert {"al-Harthy", "Moradi"} in [meeting_people(m) for m in meetings]
