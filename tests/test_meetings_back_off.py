"""
The back-off of a meeting word whose reading named one participant (see ``_Reader.back_off``).

A plain meeting word ("met", "held talks with", "spoke by phone with", "received") whose
readings named a single person is paired with the nearest person on its other side, within the
sentence and a short reach, across only times, auxiliaries and "his counterpart"; "A and B
spoke by phone" after a first clause that named someone else pairs A and B.  Sentences of our
own with invented names.
"""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import meeting_reads

_DAY = date(2026, 3, 4)  # a Wednesday

_PRONOUN_AFTER_A_COUNTRY = [
    pytest.param(
        "Prime Minister Anwar Telli first asked Norway to mediate when he met Norwegian Prime "
        "Minister Hans Dalby on the sidelines of the U.N. General Assembly in September.",
        ("Anwar Telli", "Hans Dalby"),
        id="met",
    ),
    pytest.param(
        "President Maria Lind first asked Sweden to mediate when she met Swedish Prime Minister "
        "Erik Sand in Stockholm on Friday.",
        ("Maria Lind", "Erik Sand"),
        id="she-met",
    ),
    pytest.param(
        "Prime Minister Kofi Mensah asked Ghana for troops when he held talks with Ghanaian "
        "President Ama Owusu on Tuesday.",
        ("Kofi Mensah", "Ama Owusu"),
        id="held-talks-with",
    ),
    pytest.param(
        "President Idris Mahdi asked Egypt for calm when he spoke by telephone with Egyptian "
        "President Omar Fadlalla on Sunday.",
        ("Idris Mahdi", "Omar Fadlalla"),
        id="spoke-by-telephone-with",
    ),
    pytest.param(
        "Chancellor Eva Brandt asked Austria for help when she spoke on the phone with Austrian "
        "Chancellor Karl Huber on Thursday.",
        ("Eva Brandt", "Karl Huber"),
        id="spoke-on-the-phone-with",
    ),
    pytest.param(
        "Defence Minister Arvid Holm asked Finland for help when he spoke by phone with Finnish "
        "Defence Minister Eero Laine on Wednesday.",
        ("Arvid Holm", "Eero Laine"),
        id="spoke-by-phone-with",
    ),
    pytest.param(
        "Foreign Minister Anders Vik asked Iceland for patience when he spoke with Icelandic "
        "Foreign Minister Gudrun Einarsdottir on Thursday.",
        ("Anders Vik", "Gudrun Einarsdottir"),
        id="spoke-with",
    ),
]


@pytest.mark.parametrize(("text", "people"), _PRONOUN_AFTER_A_COUNTRY)
def test_a_meeting_word_naming_one_person_takes_the_subject_before_it(
    text: str, people: tuple[str, str]
) -> None:
    """In "A asked X to mediate when he met B" the readings name B alone; "he" (A) met B."""
    assert [r[0] for r in meeting_reads(text, _DAY)] == [people]


_NAMED_BODY_BETWEEN = [
    pytest.param(
        "Vice Admiral Ruth Calder will meet Solomon Islands Police Force Commissioner Major "
        "General Tomas Reka on Friday.",
        ("Ruth Calder", "Tomas Reka"),
        id="meet-police-force",
    ),
    pytest.param(
        "Rear Admiral Lisa Tennant will meet Papua New Guinea Defence Force Commander Major "
        "General Peter Ilave on Friday.",
        ("Lisa Tennant", "Peter Ilave"),
        id="meet-defence-force",
    ),
    pytest.param(
        "Air Marshal Owen Tregarth will meet Sri Lanka Air Force Commander Air Marshal Nalin "
        "Perera on Monday.",
        ("Owen Tregarth", "Nalin Perera"),
        id="meet-air-force",
    ),
]


@pytest.mark.parametrize(("text", "people"), _NAMED_BODY_BETWEEN)
def test_a_named_body_may_stand_between_the_word_and_the_party(
    text: str, people: tuple[str, str]
) -> None:
    """In "A will meet Papua New Guinea Defence Force Commander B" the body names B's office."""
    assert [r[0] for r in meeting_reads(text, _DAY)] == [people]


_PAIR_AFTER_ANOTHER_CLAUSE = [
    pytest.param(
        "On Thursday last week, Director-General Rosa Lunde summoned Kellerman and handed him a "
        "demarche, and on Saturday morning President Tomas Varga and President Eliseo Mbatha "
        "spoke by phone for roughly half an hour, Varga's spokesperson said.",
        ("Tomas Varga", "Eliseo Mbatha"),
        id="spoke-by-phone",
    ),
    pytest.param(
        "On Monday Foreign Minister Ana Lima summoned Okonkwo over the raid, and on Tuesday "
        "President Tomas Varga and President Eliseo Mbatha met in Maputo, officials said.",
        ("Tomas Varga", "Eliseo Mbatha"),
        id="met-in",
    ),
    pytest.param(
        "Last week Interior Minister Ivo Petrov summoned Sandvik to protest, and on Friday "
        "Prime Minister Ada Eze and Prime Minister Jean Moreau held talks in Paris, a spokesman "
        "said.",
        ("Ada Eze", "Jean Moreau"),
        id="held-talks",
    ),
    pytest.param(
        "Earlier, Foreign Secretary Jane Hollis summoned Duarte to the ministry, and on Sunday "
        "Prime Minister Kofi Mensah and President Ama Owusu spoke by telephone, aides said.",
        ("Kofi Mensah", "Ama Owusu"),
        id="spoke-by-telephone",
    ),
    pytest.param(
        "On Friday Foreign Minister Lena Kovac summoned Oyelaran over the arrests, and on Monday "
        "Prime Minister Hans Dalby and Prime Minister Erik Sand met in Bergen, his office said.",
        ("Hans Dalby", "Erik Sand"),
        id="met-monday",
    ),
]


@pytest.mark.parametrize(("text", "people"), _PAIR_AFTER_ANOTHER_CLAUSE)
def test_two_people_joined_by_and_before_a_meeting_word_meet(
    text: str, people: tuple[str, str]
) -> None:
    """In "A summoned X ..., and B and C spoke by phone" B and C, not A, are the parties."""
    assert people in [r[0] for r in meeting_reads(text, _DAY)]


_NO_MEETING = [
    pytest.param(
        "Minister Ola Brandt received a letter from Prime Minister Ines Kovac on Monday.",
        id="received-a-letter",
    ),
    pytest.param(
        "Prime Minister Ines Kovac hosted the Olympics in 2012 and met the deadline, Minister "
        "Ola Brandt said.",
        id="hosted-the-olympics-met-the-deadline",
    ),
    pytest.param(
        "Qatar's Minister of State Khalid Nasser hosted the meeting and Turkish Deputy Foreign "
        "Minister Selim Aksoy attended, according to a statement.",
        id="hosted-and-another-attended",
    ),
    pytest.param(
        "The plan of Finance Minister Ola Brandt met with criticism from Senator Ines Kovac on "
        "Monday.",
        id="met-with-criticism",
    ),
    pytest.param(
        "Coach Ola Brandt met the press after his team beat Senator Ines Kovac's favourite club "
        "on Sunday.",
        id="sports",
    ),
    pytest.param(
        "The shareholders' meeting chaired by Ola Brandt rejected a motion by Ines Kovac on "
        "Monday.",
        id="shareholders-meeting",
    ),
    pytest.param(
        "President Maria Lind asked Sweden for help when she met the press in Stockholm on "
        "Friday, Prime Minister Erik Sand said.",
        id="met-the-press",
    ),
    pytest.param(
        "On Monday Foreign Minister Ana Lima summoned Okonkwo over the raid, and on Tuesday "
        "President Tomas Varga spoke at the United Nations, officials said.",
        id="spoke-at",
    ),
    pytest.param(
        "In an interview with Morning Show hosts Jane Hollis and Mark Osei, Senator Ada Eze "
        "said the plan would fail.",
        id="hosts-a-noun",
    ),
    pytest.param(
        "Prime Minister Ada Eze received Sayyid Omar at the palace in the presence of the "
        "Foreign Minister, Hans Dalby.",
        id="received-in-the-presence-of",
    ),
]


@pytest.mark.parametrize("text", _NO_MEETING)
def test_look_alikes_give_no_meeting(text: str) -> None:
    """No other word but times and "his counterpart" may stand between the word and the party."""
    assert meeting_reads(text, _DAY) == []
