"""
Speakers of quotations (sentences written here; people invented, bodies generic).

Classes found reading the wrong attributions of a development set: bodies whose names open
with a job's word ("the National Police Service"), a diplomatic post with its city ("the
Russian Embassy in Oslo"), a body's name joining two words with "and" ("the Peace and
Security Council"), a bare apostrophe after a country ending in s ("Belarus' State Border
Committee"), and a quotation after "calling the Lithuanian report", where "report" is a
noun, not the cue.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements

PUBLISHED = date(2025, 3, 14)  # a Friday
LEAD = "Officials of the two countries met on Thursday.\n\n"


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Neighbours trade charges over border")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    for s in quoted(LEAD + text):
        if words in s.quote:
            return s.speaker.name if s.speaker is not None else None
    msg = f"no quotation holds {words!r}"
    raise AssertionError(msg)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "The National Police Service said in a statement that it had sent more officers"
                ' to the border "to restore order in the villages."'
            ),
            "restore order",
            "National Police Service",
        ),
        (
            (
                'The Presidential Security Service said late on Monday the convoy was "never in'
                ' danger."'
            ),
            "never in danger",
            "Presidential Security Service",
        ),
        (
            (
                "Officials said the crossing was shut. The National Security Council called the"
                ' move "a grave provocation" on Tuesday.'
            ),
            "grave provocation",
            "National Security Council",
        ),
    ],
)
def test_a_body_named_with_a_jobs_word_keeps_its_whole_name(
    sentence: str, words: str, speaker: str
) -> None:
    """A capitalised body opening with "National" or "Presidential" is not cut to its head."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "The Chinese Embassy in Hanoi, in a statement, said the ship had \u201centered"
                " waters under Chinese jurisdiction.\u201d"
            ),
            "entered waters",
            "Chinese Embassy in Hanoi",
        ),
        (
            'The Russian Embassy in Oslo said the report was "pure speculation."',
            "pure speculation",
            "Russian Embassy in Oslo",
        ),
        (
            ('A statement from the U.S. Embassy in Seoul said the drills were "purely defensive."'),
            "purely defensive",
            "U.S. Embassy in Seoul",
        ),
    ],
)
def test_a_diplomatic_post_keeps_its_city(sentence: str, words: str, speaker: str) -> None:
    """An embassy is known by the city it sits in: "the Russian Embassy in Oslo" speaks."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "The AU's Peace and Security Council (PSC) welcomed the deal in a communique on"
                ' Monday, calling it "an important step towards peace."'
            ),
            "important step",
            "Peace and Security Council",
        ),
        (
            'The Peace and Security Council said the truce was "a welcome development."',
            "welcome development",
            "Peace and Security Council",
        ),
    ],
)
def test_a_bodys_name_may_join_two_words_with_and(sentence: str, words: str, speaker: str) -> None:
    """The "Peace and Security Council" is its own body, not the UN Security Council."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "Minsk denied the claims, with Belarus' State Border Committee calling the"
                ' Lithuanian report "a provocation aimed at escalating tension."'
            ),
            "provocation aimed",
            "State Border Committee",
        ),
        (
            (
                "Ankara rejected the charge, with the Turkish Foreign Ministry calling the Greek"
                ' statement "baseless and unfounded."'
            ),
            "baseless",
            "Turkish Foreign Ministry",
        ),
        (
            (
                "Caracas hit back on Sunday, with Venezuela's National Assembly calling the"
                ' Guyanese claim "an insult to history."'
            ),
            "insult to history",
            "National Assembly",
        ),
    ],
)
def test_calling_a_named_report_a_phrase(sentence: str, words: str, speaker: str) -> None:
    """In "calling the Lithuanian report '...'", "report" is a noun: the caller speaks."""
    assert speaker_of(sentence, words) == speaker
