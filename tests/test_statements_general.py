"""Speakers read the way unseen outlets write them (all sentences written here)."""

from __future__ import annotations

from datetime import date

from diplomeet.records import Actor, Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2024, 9, 13)  # a Friday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Ministers meet for talks")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    return speaker_in(quoted(text), words)


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


def test_a_bare_title_takes_up_the_person_named_with_it() -> None:
    """'the Secretary-General said' is the person whose title that is, named earlier."""
    text = (
        "Secretary-General Mireille Dufour of the Francophonie met Senegalese officials"
        " in Dakar on Tuesday.\n\n"
        "Speaking to reporters, the Secretary-General said: \u201cDakar has shown the way.\u201d"
    )
    assert speaker_of(text, "shown the way") == "Mireille Dufour"


def test_a_bare_ministry_takes_up_the_ministry_named_before() -> None:
    """'the ministry said' is the ministry named earlier, not an unknown speaker."""
    text = (
        "The Polish Interior Ministry said a balloon had crossed the border overnight.\n\n"
        "\u201cThe balloon carried no explosives,\u201d the ministry said."
    )
    assert speaker_of(text, "no explosives") == "Polish Interior Ministry"


def test_a_demonym_in_the_title_picks_a_person_of_that_country() -> None:
    """'the Ghanaian minister' is the Ghanaian, though a Nigerian minister was named later."""
    text = (
        "Ghanaian Trade Minister Kofi Mensah met Nigerian Trade Minister Bola Adeyemi"
        " in Accra on Monday.\n\n"
        "\u201cThe levy will go,\u201d the Ghanaian minister said."
    )
    assert speaker_of(text, "levy will go") == "Kofi Mensah"


def test_a_later_aside_does_not_hide_the_subject() -> None:
    """'X, the minister of Y, a member of ..., said': X speaks, not the country Y."""
    text = (
        "Pedro Alves, the trade minister of Angola, a founding member of the bloc, said the"
        " tariffs would \u201cfall within a year.\u201d"
    )
    assert speaker_of(text, "fall within a year") == "Pedro Alves"


def test_it_takes_up_the_body_opening_the_sentence() -> None:
    """'The Union ... warned of what it called "..."': the Union speaks."""
    text = (
        "The African Union on Monday condemned the coup and warned of what it called"
        " \u201ca grave threat to the region.\u201d"
    )
    assert speaker_of(text, "grave threat") == "African Union"


def test_a_dateline_is_no_subject_of_a_participle() -> None:
    """'NAIROBI: X met Y, telling him that "...": X speaks, not the dateline's city."""
    text = (
        "NAIROBI: Foreign affairs minister Joseph Mwangi on Monday met his Somali"
        " counterpart, telling him that piracy could not be tolerated \u201cin any form\u201d."
    )
    assert speaker_of(text, "in any form") == "Joseph Mwangi"


def test_a_ministry_written_in_lower_case_speaks() -> None:
    """'the ministry of external affairs said' is that ministry."""
    text = (
        "Both sides agreed to reopen the crossing \u201cat the earliest\u201d, the ministry of"
        " external affairs said on Monday."
    )
    assert speaker_of(text, "at the earliest") == "Ministry of External Affairs"


def test_a_ministry_spokesperson_speaks_for_the_ministry() -> None:
    """'a foreign ministry spokesperson said': the ministry, though no country is named."""
    text = "\u201cThe visit was productive,\u201d a foreign ministry spokesperson said."
    (statement,) = quoted(text)
    assert statement.speaker is not None
    assert statement.speaker.name == "Foreign Ministry"
    assert statement.speaker.kind == "organization"


def test_capitalised_titles_before_a_name_are_no_part_of_it() -> None:
    """'said Senate Minority Whip Jo Vance (D-Ore.)': the speaker is Jo Vance."""
    text = "\u201cThe vote is close,\u201d said Senate Minority Whip Jo Vance (D-Ore.) on Tuesday."
    assert speaker_of(text, "vote is close") == "Jo Vance"


def test_a_possessor_before_a_name_is_no_part_of_it() -> None:
    """'Atlantic Policy Forum's Dana Reyes said': Reyes, not the forum."""
    text = "\u201cGrowth is slowing,\u201d Atlantic Policy Forum\u2019s Dana Reyes said."
    assert speaker_of(text, "Growth is slowing") == "Dana Reyes"


def test_a_lower_case_noun_after_a_capitalised_modifier_stays_in_the_phrase() -> None:
    """'Acme Capital portfolio manager Jo Baha said': Baha speaks."""
    text = "\u201cI see risks ahead,\u201d Acme Capital portfolio manager Jo Baha said at a forum."
    assert speaker_of(text, "risks ahead") == "Jo Baha"


def test_the_name_nearest_the_cue_speaks_after_a_clause() -> None:
    """'When Ruiz left Tamm said': the head of the phrase before the cue is Tamm."""
    text = "When Ruiz left Tamm said: \u201cWe are ready to sign.\u201d"
    assert speaker_of(text, "ready to sign") == "Tamm"


def test_according_to_opening_the_sentence_gives_the_speaker() -> None:
    """'According to X, ... "..."': the capital of the sentence's first word hides no cue."""
    text = (
        "According to Ilse Berg, the government sees the pact as \u201ca debt of honour\u201d"
        " to the region."
    )
    assert speaker_of(text, "debt of honour") == "Ilse Berg"


def test_a_ministry_spokesperson_takes_the_country_of_the_dateline() -> None:
    """Under 'HANOI (Reuters) -', 'a foreign ministry spokesperson' speaks for Vietnam's."""
    text = (
        "HANOI (Reuters) - Vietnam and Laos held border talks on Monday.\n\n"
        "\u201cThe visit was productive,\u201d a foreign ministry spokesperson said."
    )
    (statement,) = quoted(text)
    assert statement.speaker == Actor(name="Foreign Ministry", kind="organization", country="VN")


def test_a_relative_clause_cue_is_not_the_tellers() -> None:
    """'X told a student who asked that "..."': the quotation is X's, not the student's."""
    text = (
        "At a forum in Lagos, Amaka Obi, the head of the trade council, told a student who"
        ' asked about jobs that "the factories will come back within two years."'
    )
    assert speaker_of(text, "factories will come back") == "Amaka Obi"


def test_a_generation_suffix_ends_no_name() -> None:
    """'Jo Prewett III, a writer, said': the speaker is read without the suffix."""
    text = "\u201cThe plan is sound,\u201d Jonah Prewett III, a writer for a weekly, said."
    assert speaker_of(text, "plan is sound") == "Jonah Prewett"


def test_a_surname_spelt_like_a_country_is_a_person() -> None:
    """'police Chief Chuck Jordan said': the speaker is a person, not the kingdom."""
    text = "\u201cWe will find them,\u201d Tulsa police Chief Chuck Jordan said on Monday."
    (statement,) = quoted(text)
    assert statement.speaker is not None
    assert statement.speaker.name == "Chuck Jordan"
    assert statement.speaker.kind == "person"
