"""
A speaker's home town set off by commas is no speaker: "Mr Tom Averill, of Broome, said".

Sentences written here, people invented.
"""

from __future__ import annotations

import diplomeet


def _speakers(text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in diplomeet.parse(text).statements]


def test_a_titled_name_then_the_town_between_commas() -> None:
    """The skipper, named with "Mr", speaks; his town does not."""
    text = (
        "The skipper of the Blue Heron, Mr Tom Averill, of Broome, told the paper by radio "
        'last night that his crew had been "badly shaken".'
    )
    assert _speakers(text) == ["Tom Averill"]


def test_a_name_then_the_town_after_from() -> None:
    """A name, then "from Broome" between commas: the town after "from" too."""
    text = 'The mayor of the town, Ms Jo Averill, from Broome, said the road "must reopen".'
    assert _speakers(text) == ["Jo Averill"]


def test_a_surname_after_an_honorific_then_the_town() -> None:
    """A surname after "Dr", then the town: an honorific makes the lone surname a person."""
    text = 'Dr Averill, of Broome, said the road "must reopen" before the rains.'
    assert _speakers(text) == ["Averill"]
