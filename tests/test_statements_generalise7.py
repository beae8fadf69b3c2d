"""
Speakers of unfamiliar layouts and phrasings, found as classes on a retired blind set.

Each class is tested on sentences and pieces written here, about other countries: an envoy
"told by" a minister, an acronym that speaks after its full name did ("DFA called it"), "an
RSF spokesperson" of a body spelt out before, a quoted phrase carried by "expressed Peru's",
"the Head of State", a communique's words given to the body it names, and the recorded
speech of a monitored broadcast ("[Begin Ortiz recording] ... [End recording]").
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2012, 5, 16)  # a Wednesday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Envoys hold talks")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The Iranian charge d'affaires was summoned on Monday and told by Deputy Minister"
                ' Anna Kowalczyk that Poland considered the arrests "unacceptable and unjustified."'
            ),
            "unacceptable",
            "Anna Kowalczyk",
        ),
        (
            (
                "The French ambassador was called in to the Foreign Ministry in Ankara and told by"
                ' Sinan Ergin, the deputy minister, that the vote was "shameful."'
            ),
            "shameful",
            "Sinan Ergin",
        ),
        (
            'Reporters were assured by the Kremlin that the visit would go ahead "as planned."',
            "as planned",
            "Kremlin",
        ),
    ],
)
def test_the_teller_of_a_passive_told_by_speaks(text: str, words: str, speaker: str) -> None:
    """An envoy "told by" a minister that ...: the minister speaks, not the envoy."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The Department of Foreign Affairs said the vessel had been warned. DFA called the"
                ' move "deeply provocative."'
            ),
            "provocative",
            "Department of Foreign Affairs",
        ),
        (
            (
                "The Ministry of Foreign Affairs said it was studying the note. MOFA called the"
                ' move "regrettable".'
            ),
            "regrettable",
            "Ministry of Foreign Affairs",
        ),
    ],
)
def test_an_acronym_is_the_body_that_spoke_under_its_full_name(
    text: str, words: str, speaker: str
) -> None:
    """An acronym with no "(DFA)" is the body whose capitals it spells and that spoke before."""
    assert speaker_in(quoted(text), words) == speaker


def test_an_acronym_spokesperson_speaks_for_the_body_spelt_out() -> None:
    """The words of "an RSF spokesperson" are the Rapid Support Forces (RSF)'s."""
    text = (
        "Delegates from the army and the paramilitary Rapid Support Forces (RSF) met in"
        ' Jeddah. The army blamed the RSF; an RSF spokesperson called the accusation "a lie'
        ' to cover its failures."'
    )
    assert speaker_in(quoted(text), "a lie") == "Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('Obregon expressed Peru\'s "deep concern" over the arrests.', "concern", "Obregon"),
        (
            'Envoy Hana Seo conveyed Seoul\'s "strong regret" to the Japanese side on Tuesday.',
            "regret",
            "Hana Seo",
        ),
        (
            'Foreign Minister Ana Ruiz voiced her "full support" for the mission.',
            "support",
            "Ana Ruiz",
        ),
    ],
)
def test_a_phrase_expressed_as_a_possessive_s_is_quoted(
    text: str, words: str, speaker: str
) -> None:
    """In "expressed Peru's 'deep concern'" the phrase is the subject's words."""
    assert speaker_in(quoted(text), words) == speaker


def test_expressed_hope_that_is_no_cue_of_its_own() -> None:
    """In "expressed hope that the deal would be 'a turning point'" nothing is quoted."""
    assert quoted('She expressed hope that the deal would be "a turning point".') == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "President Ilham Aliyev received the envoys in Baku today. The Head of State noted"
                ' that Azerbaijan was ready to offer "any help the sides find useful".'
            ),
            "any help",
            "Ilham Aliyev",
        ),
        (
            (
                "Prime Minister Jonas Berg met the envoys in Oslo on Monday. The Head of Government"
                ' stressed that Norway stood ready to offer "any help the two sides find useful".'
            ),
            "any help",
            "Jonas Berg",
        ),
        (
            (
                "King Harald Aas received the ambassador on Monday. The Head of State noted that"
                ' the two nations were "old and loyal friends".'
            ),
            "loyal",
            "Harald Aas",
        ),
    ],
)
def test_the_head_of_state_is_the_president_named_before(
    text: str, words: str, speaker: str
) -> None:
    """Agency copy's "the Head of State" / "Head of Government" takes up the office holder."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "The talks ended on Tuesday. The joint statement says that the Malian Government"
                ' "remains committed to the Algiers accord" and its readiness to resume talks'
                ' "without preconditions."'
            ),
            "Malian government",
        ),
        ('The declaration notes that NATO "stands ready to assist."', "NATO"),
    ],
)
def test_a_paper_gives_the_words_of_the_body_it_names(text: str, speaker: str) -> None:
    """'The communique notes that the Government "..."': the body named speaks."""
    assert {s.speaker.name if s.speaker else None for s in quoted(text)} == {speaker}


def test_a_paper_gives_no_person_its_words() -> None:
    """'The communique states that the two ministers "..."' names no body: no speaker."""
    text = 'The communique states that the two ministers "examined in detail the proposals".'
    assert [s.speaker for s in quoted(text)] == [None]


FBIS = """DAILY REPORT

MINISTERS CONCLUDE BORDER TALKS

PA140200 Quito Domestic Service in Spanish 0100 GMT 14 Mar 81 PA

[Text] Peruvian Foreign Minister Hernan Castellanos Ruiz returned to Lima tonight after two \
days of talks with his Ecuadorean counterpart, Alfonso Vega Moreno, at Carondelet Palace. \
Before boarding his plane, Castellanos told newsmen:

[Begin Castellanos recording] Peru came to listen and Peru leaves having listened. The door \
to dialogue remains open. [End recording]

The Ecuadorean minister later addressed the nation.

[Begin Vega Moreno recording] Ecuador will defend every meter of its territory with the law \
and with reason. [End recording]

[Text ends]
"""


def test_recorded_speech_of_a_monitored_broadcast_is_direct() -> None:
    """The words between "[Begin X recording]" and "[End recording]" are X's, direct."""
    found = [
        (s.speaker.name if s.speaker else None, s.mode, s.quote)
        for s in quoted_statements(FBIS, date(1981, 3, 16), "LATIN AMERICA")
    ]
    assert found == [
        (
            "Hernan Castellanos Ruiz",
            "direct",
            (
                "Peru came to listen and Peru leaves having listened. The door to dialogue"
                " remains open."
            ),
        ),
        (
            "Alfonso Vega Moreno",
            "direct",
            "Ecuador will defend every meter of its territory with the law and with reason.",
        ),
    ]


def test_a_recording_with_no_name_nor_introduction_gives_no_statement() -> None:
    """A bare "[Begin recording]" that no sentence introduces names no one: nothing."""
    text = (
        "The broadcast then carried a speech.\n\n"
        "[Begin recording] The harvest is in. [End recording]"
    )
    assert [s.quote for s in quoted(text) if "harvest" in s.quote] == []


def test_an_unnamed_recording_is_the_one_the_sentence_before_introduces() -> None:
    """After "Belaunde said:" the words of an unnamed recording are Belaunde's."""
    text = (
        "President Fernando Belaunde Roca spoke to the nation tonight. Belaunde said:\n\n"
        "[Begin recording] Peru does not want war. Peru wants respect. [End recording]"
    )
    found = [(s.speaker.name if s.speaker else None, s.mode, s.quote) for s in quoted(text)]
    assert found == [
        ("Fernando Belaunde Roca", "direct", "Peru does not want war. Peru wants respect.")
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'The State Border Guard Service of Ukraine said the boat had "ignored every warning".',
            "warning",
            "State Border Guard Service of Ukraine",
        ),
        (
            (
                "The Border Troops of Armenia's National Security Service described the shooting"
                ' as "a deliberate provocation".'
            ),
            "deliberate",
            "Border Troops of Armenia's National Security Service",
        ),
        (
            'The Commission for Human Rights called the raid "unlawful".',
            "unlawful",
            "Commission for Human Rights",
        ),
    ],
)
def test_a_force_or_body_is_named_whole_past_of_and_for(
    text: str, words: str, speaker: str
) -> None:
    """The official name of "Border Troops of ..." or "Commission for ..." is read whole."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'The official Xinhua news agency said the talks had been "candid and constructive."',
            "candid",
            "Xinhua News Agency",
        ),
        (
            (
                "Iran's semi-official Tasnim news agency said the tanker had been"
                ' "seized lawfully."'
            ),
            "lawfully",
            "Tasnim News Agency",
        ),
        (
            'The state news agency KCNA said the drills were "a rehearsal for invasion."',
            "rehearsal",
            "KCNA",
        ),
    ],
)
def test_a_news_agency_named_with_its_kind_speaks(text: str, words: str, speaker: str) -> None:
    """A state news agency is the speaker, named as such, not a bare "Agency"."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "State news agency Bernama quoted Foreign Minister Aziz Rahman as calling the"
                ' talks "fruitful."'
            ),
            "fruitful",
            "Aziz Rahman",
        ),
        (
            (
                "Kyodo quoted Defence Minister Ken Ota as warning that Tokyo would"
                ' "not hesitate to respond."'
            ),
            "hesitate",
            "Ken Ota",
        ),
    ],
)
def test_quoted_as_calling_or_warning_is_the_one_quoted(
    text: str, words: str, speaker: str
) -> None:
    """An agency that "quoted X as calling (warning)" relays X's words."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The Chinese Embassy issued a statement on Tuesday. It called the arrests"
                ' "arbitrary and unjust".'
            ),
            "arbitrary",
            "Chinese Embassy",
        ),
        (
            (
                "The Kenyan Foreign Ministry summoned the envoy on Monday. It said the remarks were"
                ' "unacceptable".'
            ),
            "unacceptable",
            "Kenyan Foreign Ministry",
        ),
    ],
)
def test_it_is_the_body_the_sentence_before_opens_with(text: str, words: str, speaker: str) -> None:
    """An "It said" after a sentence about an embassy or ministry is that body's."""
    assert speaker_in(quoted(text), words) == speaker


def test_it_is_never_a_person_named_it() -> None:
    """With no body in sight, "It" names nobody (not a person called "It")."""
    text = 'The weather turned. It said on its website that tickets were "sold out".'
    assert speaker_in(quoted(text), "sold out") is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "On Tuesday the envoys met President Jorge Salas, who told them, according to a"
                ' Chilean diplomat who was present, that his country "will not bargain under'
                ' threat."'
            ),
            "bargain",
            "Jorge Salas",
        ),
        (
            (
                "Premier Ana Roth told the cabinet, according to two ministers, that Vienna would"
                ' "never accept" the plan.'
            ),
            "never accept",
            "Ana Roth",
        ),
    ],
)
def test_an_according_to_aside_after_told_keeps_the_teller(
    text: str, words: str, speaker: str
) -> None:
    """In "who told them, according to a diplomat, that ..." the teller speaks."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        (
            "Park and Wong announced that their countries would hold a Foreign and Defence"
            ' Ministers\' Meeting ("2+2") in Seoul next year.'
        ),
        (
            "Prime Minister Aiko Mori said that Japan would host the Quadrilateral Security"
            ' Dialogue ("the Quad") summit in the autumn.'
        ),
    ],
)
def test_a_short_name_in_brackets_after_a_name_is_no_statement(text: str) -> None:
    """A meeting's or group's short name quoted in brackets after its full name: no quote."""
    assert quoted(text) == []


def test_a_phrase_in_brackets_after_a_plain_word_is_still_quoted() -> None:
    """Quoted words in brackets after a lower-case word stay the speaker's."""
    text = 'Minister Eva Holm said the deal was good ("very good") for both sides.'
    assert speaker_in(quoted(text), "very good") == "Eva Holm"
