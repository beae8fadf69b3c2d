"""
A "his" or "her" in a phrase fronted before the subject is the subject's, not the last person's.

"Later, in the corridor outside his office, Mr A was asked ...": a "he said" after is A's,
though another man was named in the sentence before.  Sentences written here, people invented.
"""

from __future__ import annotations

import diplomeet


def _speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in diplomeet.parse(text).statements]


def test_a_fronted_place_phrase_with_his_then_the_subject() -> None:
    """The aide named last does not take the "he" after the minister's sentence."""
    text = (
        "Mr Rolf Ostby received the envoy on Monday. An aide, Mr Ivo Marsh, was present.\n\n"
        "Later, in the corridor outside his office, Mr Ostby was asked whether relations "
        "would suffer.\n\n"
        '"Shouting is not diplomacy," he said.'
    )
    assert _speakers(text) == ["Rolf Ostby"]


def test_a_fronted_time_phrase_with_her_then_the_subject() -> None:
    """After "On Tuesday, after her talks, Ms Ostby was asked", the "she" is Ostby."""
    text = (
        "Ms Hanna Ostby received the envoy on Monday. An adviser, Ms Ida Marsh, was "
        "present.\n\n"
        "On Tuesday, after her talks, Ms Ostby was asked about the dispute.\n\n"
        '"We will see," she said.'
    )
    assert _speakers(text) == ["Hanna Ostby"]


def test_a_phrase_whose_subject_is_no_name_keeps_the_last_person() -> None:
    """In "In his notes, sent on Monday, the aide was firm" no name follows the phrase."""
    text = (
        "Mr Rolf Ostby received the envoy on Monday. An aide, Mr Ivo Marsh, was present.\n\n"
        "In his notes, sent on Monday, the aide was firm.\n\n"
        '"We will see," he said.'
    )
    assert _speakers(text) == ["Ivo Marsh"]
