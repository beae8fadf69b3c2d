"""
Bodies as speakers (sentences written here; bodies and people invented or generic).

Classes found reading the unattributed statements of the development sets: an aside
"in a statement read on state radio" between a body and its cue, "said in a brief note"
(a noun after its adjective, no cue), "the note said" after the note's author was named,
bodies headed "Directorate" or "Administration" with "of" in their names, and names that
list a ministry's fields ("the Ministry of Police, Prisons and Corrections").
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements

PUBLISHED = date(2025, 6, 3)  # a Tuesday
LEAD = "Officials of the two countries met in Nairobi on Monday.\n\n"


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Neighbours meet over border incident")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    for s in quoted(LEAD + text):
        if words in s.quote:
            return s.speaker.name if s.speaker is not None else None
    msg = f"no quotation holds {words!r}"
    raise AssertionError(msg)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                'The KDF, in a statement read on state radio, said its soldiers had been "chasing'
                ' armed poachers" near the border.'
            ),
            "KDF",
        ),
        (
            (
                "The Ghanaian army, in a statement broadcast on national radio, said troops had"
                ' "repelled the attackers" at dawn.'
            ),
            "Ghanaian Army",
        ),
    ],
)
def test_a_statement_in_an_aside_leaves_the_body_its_speaker(sentence: str, speaker: str) -> None:
    """In "X, in a statement read on radio, said" the radio only carried X's statement."""
    words = sentence.split('"')[1]
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        (
            'The Chilean Foreign Ministry said in a brief note that the visit had been "postponed'
            ' by mutual consent".'
        ),
        (
            "The Chilean Foreign Ministry said in a formal protest that the visit had been"
            ' "postponed by mutual consent".'
        ),
    ],
)
def test_a_cue_word_after_an_article_and_adjective_is_a_noun(sentence: str) -> None:
    """In "said in a brief note that" the word "note" is a noun; the ministry's "said" cues."""
    assert speaker_of(sentence, "postponed") == "Chilean Foreign Ministry"


@pytest.mark.parametrize(
    ("opening", "words"),
    [
        (
            (
                "In a sharply worded note handed to the Peruvian envoy, the Bolivian Foreign"
                " Ministry said that troops had crossed the river.\n\n\u201cThe Bolivian"
                " Government protests against this provocation,\u201d the note said."
            ),
            "protests against",
        ),
        (
            (
                "The Bolivian Foreign Ministry said in a letter to the council that the raid was"
                ' illegal. "Bolivia reserves the right to respond," the letter said.'
            ),
            "reserves the right",
        ),
    ],
)
def test_the_note_said_takes_up_the_author_of_the_note(opening: str, words: str) -> None:
    """A "the note said" after the ministry was said to send a note: the ministry speaks."""
    assert speaker_of(opening, words) == "Bolivian Foreign Ministry"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                "The General Directorate of Border Police said in a statement the boats had been"
                ' "towed to port for inspection."'
            ),
            "General Directorate of Border Police",
        ),
        (
            'The General Administration of Customs said the cargo was "seized under the law."',
            "General Administration of Customs",
        ),
        (
            (
                'The Ministry of Police, Prisons and Corrections said the vessel would "remain in'
                ' port."'
            ),
            "Ministry of Police, Prisons and Corrections",
        ),
        (
            (
                'The Ministry of Fisheries, Oceans and Coasts said the catch was "illegal under our'
                ' law."'
            ),
            "Ministry of Fisheries, Oceans and Coasts",
        ),
    ],
)
def test_a_body_named_with_of_speaks_by_its_whole_name(sentence: str, speaker: str) -> None:
    """A directorate's, an administration's or a ministry's name with its fields is whole."""
    assert speaker_of(sentence, sentence.split('"')[1]) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                'A spokesman for the Ministry of Mines said the licence had been "suspended until'
                ' March".'
            ),
            "Ministry of Mines",
        ),
        (
            (
                'An official at the Ministry of Mines said the licence had been "suspended pending'
                ' review".'
            ),
            "Ministry of Mines",
        ),
        ('A spokesman for the Air Force said the jets had been "scrambled twice".', "Air Force"),
        ('A spokeswoman for Northline Rail said trains would run "as normal".', "Northline Rail"),
    ],
)
def test_an_unnamed_voice_for_a_body_speaks_for_the_body(sentence: str, speaker: str) -> None:
    """A voice "for" or "at" a body speaks for it; an article opening the sentence is no name."""
    assert speaker_of(sentence, sentence.split('"')[1]) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "A military source at the General Command of the Zambian Defence Force said in a"
                " statement that patrols had clashed with poachers. The source said the army would"
                ' respond "firmly and without delay" to any new incursion.'
            ),
            "General Command of the Zambian Defence Force",
        ),
        (
            (
                "A senior official at the Interior Ministry said the border was closed. The"
                ' official said the crossing would stay shut "until further notice".'
            ),
            "Interior Ministry",
        ),
        (
            (
                "A military source at the General Command of the Royal Armed Forces-Land Army said"
                " in a statement that patrols had clashed with smugglers. The source said patrols"
                ' would "respond with force" to any incursion.'
            ),
            "General Command of the Royal Armed Forces-Land Army",
        ),
    ],
)
def test_the_source_said_takes_up_the_body_it_was_placed_at(text: str, speaker: str) -> None:
    """In "A source at the General Command of X said ... The source said" X's command speaks."""
    assert speaker_of(text, text.split('"')[1]) == speaker


@pytest.mark.parametrize("office", ["Vice-President", "Deputy Speaker"])
def test_the_office_after_its_holder_was_named_is_the_holder(office: str) -> None:
    """A "the Vice-President said" after "the Vice-President, Mrs Efua Mensah-Bonsu,": she."""
    text = (
        "The Malian Minister of Foreign Affairs, Mr Oumar Keita, yesterday paid a courtesy"
        f" call on the {office}, Mrs Efua Mensah-Bonsu, at the Jubilee House in Accra.\n\n"
        "Mr Keita said Mali would support Ghana's bid for a seat on the council.\n\n"
        f"Welcoming her guest, the {office} said Ghana and Mali were"
        ' "two nations with one heart".'
    )
    assert speaker_of(text, "one heart") == "Efua Mensah-Bonsu"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Mwale Banda, quoted by the Zambia News Agency (ZANA), described the talks as"
                ' "frank and friendly."'
            ),
            "frank and friendly",
            "Mwale Banda",
        ),
        (
            ('Minister Mwale Banda, cited by state radio, said the talks had been "long overdue."'),
            "long overdue",
            "Mwale Banda",
        ),
        (
            (
                "The Omani Ministry of Foreign Affairs had earlier called on all parties to"
                ' "refrain from any actions that threaten shipping."'
            ),
            "refrain from",
            "Omani Ministry of Foreign Affairs",
        ),
        (
            (
                "The Estonian Foreign Ministry summoned the Russian envoy Pavel Sokolov on"
                " Thursday, spokeswoman Liis Kask said.\n\nSokolov, according to Kask, rejected"
                ' the protest and said the arrest was "incompatible with his status."'
            ),
            "incompatible",
            "Pavel Sokolov",
        ),
    ],
)
def test_an_aside_or_adverb_before_the_cue_leaves_the_subject_speaking(
    text: str, words: str, speaker: str
) -> None:
    """A relay in an aside ("quoted by", "according to") or "earlier" is not the speaker."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                "A military spokesman in Santiago, speaking on state radio, called the report"
                ' "pure fiction".'
            ),
            "military",
        ),
        (
            (
                "A navy official in Callao, who asked not to be named, said the ship was"
                ' "never in danger".'
            ),
            "navy",
        ),
    ],
)
def test_a_voice_placed_in_a_city_speaks_for_its_force(sentence: str, speaker: str) -> None:
    """In "A military spokesman in Santiago, speaking on radio, called" the city is no speaker."""
    text = "Chile denied losing the aircraft.\n\n" + sentence
    name = speaker_of(text, sentence.split('"')[1])
    assert name is not None
    assert name.lower().endswith(speaker)
