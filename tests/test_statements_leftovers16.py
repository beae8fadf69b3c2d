"""
Speakers of the statement classes left over from the sixteenth round (sentences written here).

Classes read in the development sets' statement failures (people invented, places real): a
force's unnamed voice whose force takes two words or a rank ("A Japanese coast guard
official said", "a federal army statement said"), and a preposition opening a sentence
before a surname ("Like Alves, the mayor, ...") read as part of a person's name.
"""

from __future__ import annotations

import pytest

from diplomeet import parse


def speakers(text: str) -> list[tuple[str, str | None]]:
    """The name and country of each statement's speaker in ``text``."""
    return [
        (s.speaker.name, s.speaker.country) for s in parse(text).statements if s.speaker is not None
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A Japanese coast guard official said the vessel had left the area by Tuesday evening.",
            ("Japanese Coast Guard", "JP"),
        ),
        (
            "A Japanese coastguard official said the trawler had been escorted out of the zone.",
            ("Japanese coastguard", "JP"),
        ),
        (
            "A senior Philippine coast guard spokesman said two boats were seized near the shoal.",
            ("Philippine Coast Guard", "PH"),
        ),
        (
            "A senior Indian air force officer said two jets had crashed near the border.",
            ("Indian Air Force", "IN"),
        ),
        (
            "A federal army statement said the troops had withdrawn from the town overnight.",
            ("army", None),
        ),
    ],
)
def test_force_voice_with_two_word_force_or_rank(
    text: str, speaker: tuple[str, str | None]
) -> None:
    """A force's voice speaks for the force: of two words, or with a rank before it."""
    assert speakers(text) == [speaker]


def test_former_officer_is_no_force_voice() -> None:
    """A retired officer speaks for himself, not for the army he left."""
    text = "A former army officer said the troops had withdrawn from the town overnight."
    assert ("army", None) not in speakers(text)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Senator Ana Lopez left the party in May. Like Lopez, Senator Tom Berg does not"
                ' want a fight. "I am done with it," he said.'
            ),
            "done with it",
            "Tom Berg",
        ),
        (
            (
                "Minister Kofi Mensah met the envoys on Monday. Alongside Mensah, Deputy Minister"
                ' Ama Owusu called the talks useful. "We made progress," she said.'
            ),
            "made progress",
            "Ama Owusu",
        ),
        (
            (
                "Governor Rita Alves spoke first. Like Alves, the mayor, Joao Pinto, backed the"
                ' plan. "It is overdue," he said.'
            ),
            "overdue",
            "Joao Pinto",
        ),
    ],
)
def test_opening_preposition_is_no_part_of_a_name(text: str, words: str, speaker: str) -> None:
    """'Like Alves, ...' opening a sentence names Alves, never a person 'Like Alves'."""
    said = [s.speaker.name for s in parse(text).statements if words in s.quote and s.speaker]
    assert said == [speaker]
    names = {s.speaker.name for s in parse(text).statements if s.speaker is not None}
    assert not any(name.split()[0] in {"Like", "Alongside"} for name in names)
