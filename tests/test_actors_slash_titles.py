"""
Two offices joined by a slash before a name are one person's, whatever the offices are.

"High Representative/Vice-President A" is one official; a later "the High Representative" is
A.  Sentences written here, people invented.
"""

from __future__ import annotations

import diplomeet
from diplomeet._actors import mentions
from diplomeet._document import Document


def _speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in diplomeet.parse(text).statements]


def test_the_first_of_two_slashed_offices_names_the_person_later() -> None:
    """A later "the High Representative said" is "High Representative/Vice-President A"."""
    text = (
        "On Monday, High Representative/Vice-President Jo Vaherlind hosted the talks in "
        "Brussels.\n\n"
        'After the meeting, the High Representative said: "We made some progress."'
    )
    assert _speakers(text) == ["Jo Vaherlind"]


def test_a_slash_between_a_diplomats_and_a_leaders_office_reads_the_whole_name() -> None:
    """The mention spans both offices and the name, not only the second office."""
    text = "Special Envoy/Vice-President Ana Krolow arrived in Vienna on Monday."
    found = [text[m.start : m.end] for m in mentions(Document(text))]
    assert found == ["Special Envoy/Vice-President Ana Krolow"]


def test_and_between_a_leaders_office_and_a_diplomats_is_two_people() -> None:
    """In "The President and Special Representative A" the President is not A."""
    text = "The President and Special Representative Ana Krolow met in Vienna on Monday."
    found = [(text[m.start : m.end], m.actor.name) for m in mentions(Document(text))]
    assert ("Special Representative Ana Krolow", "Ana Krolow") in found
    assert not any(span.startswith("The President") for span, _ in found)
