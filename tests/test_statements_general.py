"""Speakers read the way unseen outlets write them (all sentences written here)."""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet.records import Statement

PUBLISHED = date(2024, 9, 13)  # a Friday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    article = "Ministers meet for talks\n\n" + text
    found = diplomeet.parse(article, published=PUBLISHED).statements
    return [s for s in found if s.mode != "indirect"]


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    for s in quoted(text):
        if words in s.quote:
            return s.speaker.name if s.speaker is not None else None
    msg = f"no quotation holds {words!r}"
    raise AssertionError(msg)


def test_a_surname_led_by_a_lower_case_particle_is_a_speaker() -> None:
    """'al-Masri told reporters': the particle's lower case does not hide the name."""
    text = (
        "Jordanian Foreign Minister Rania al-Masri arrived in Tunis on Thursday.\n\n"
        "\u201cWe want a border that trade can cross,\u201d al-Masri told reporters."
    )
    assert speaker_of(text, "border that trade") == "Rania al-Masri"


def test_a_particle_name_before_a_that_clause_speaks() -> None:
    """'President X el-Amin warned that "..."': the partial quote is the president's."""
    text = (
        "Libyan President Omar Farouk el-Amin warned that \u201cno convoy will pass\u201d"
        " without an escort."
    )
    assert speaker_of(text, "no convoy") == "Omar Farouk el-Amin"


def test_state_before_a_noun_is_no_cue() -> None:
    """'told Ghanaian state radio that': "state" is a noun there, the teller speaks."""
    text = (
        "Nigerian Foreign Minister Bola Adeyemi met his Ghanaian counterpart Kofi Mensah"
        " in Accra on Monday. Mensah later told Ghanaian state radio that the talks had"
        ' been "frank and useful."'
    )
    assert speaker_of(text, "frank and useful") == "Kofi Mensah"


def test_a_lower_case_noun_before_a_spokesman_stays_with_the_speaker() -> None:
    """'army spokesman Col. X said' after a quotation: the colonel speaks."""
    text = (
        "\u201cThe patrols along the river will be doubled from tonight,\u201d army"
        " spokesman Col. Idris Tahir said."
    )
    assert speaker_of(text, "patrols along the river") == "Idris Tahir"


def test_he_takes_up_the_person_opening_the_sentence_before() -> None:
    """'X was more guarded. "...," he said.' is X's, not the earlier speaker's."""
    text = (
        "Finnish Prime Minister Liisa Virtanen met Estonian Foreign Minister Jaan Tamm"
        " and Latvian Foreign Minister Andris Ozols in Helsinki.\n\n"
        "\u201cThe ferry link will reopen in spring,\u201d Virtanen said.\n\n"
        "Ozols was more guarded. \u201cSpring is a long way off,\u201d he said."
    )
    assert speaker_of(text, "long way off") == "Andris Ozols"


def test_he_keeps_the_speaker_when_no_one_opens_the_sentence_before() -> None:
    """Without a name opening the sentence before, 'he' goes on with the latest speaker."""
    text = (
        "Canadian Foreign Minister Paul Tremblay met Mexican Foreign Minister Jorge Ruiz"
        " in Ottawa.\n\n"
        "\u201cThe corridor is open,\u201d Ruiz said. The visit lasted two days."
        " \u201cWe will be back,\u201d he said."
    )
    assert speaker_of(text, "We will be back") == "Jorge Ruiz"
