"""
Speakers in wire-story layouts (sentences written here, people invented).

Classes found reading what the parser attributes in wire stories of 1989-2000 and in
Wikinews stories, which no gold covers: a name set off after a job or kinship noun that
follows an inverted cue ('"...," said his lawyer, Jo Li.'), and a name after an inverted
cue that ends at the full stop closing the sentence ('said spokesman Jo Li. The U.N. ...').
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(1999, 3, 12)  # a Friday
LEAD = "Talks on the border dispute resumed in Geneva on Thursday.\n\n"


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Border talks resume")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    return speaker_in(quoted(text), words)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            '"We want him home tonight," said his daughter, Marta, who drove from Cali.',
            "home tonight",
            "Marta",
        ),
        ('"The talks failed," said his lawyer, Tadeo Brunk, in Quito.', "failed", "Tadeo Brunk"),
        (
            "\u201cWe will not sign this text,\u201d said the ministry spokesman, Ilse Varnhagen.",
            "not sign",
            "Ilse Varnhagen",
        ),
        ('"It failed again," said the Foreign Minister, Jo Halvorsen.', "failed", "Jo Halvorsen"),
        (
            (
                '"It is over for us," said Ulla Varga\'s maternal grandmother, Ines Palto, who'
                " lives in Porto."
            ),
            "over for us",
            "Ines Palto",
        ),
    ],
)
def test_a_name_set_off_after_a_job_or_kin_after_an_inverted_cue_speaks(
    sentence: str, words: str, speaker: str
) -> None:
    """In "said his lawyer, Jo Li," the lawyer is Jo Li: the name after the comma speaks."""
    assert speaker_of(LEAD + sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                '"We are going to keep our ships in the region," said spokesman Kenneth Dorrit.'
                " The talks go on."
            ),
            "keep our ships",
            "Kenneth Dorrit",
        ),
        (
            '"Prices will fall by summer," said analyst Mira Solberg. Other traders disagreed.',
            "Prices will fall",
            "Mira Solberg",
        ),
        (
            "\u201cThe count was fair,\u201d said Ivo Brankov. The OSCE monitors agreed.",
            "count was fair",
            "Ivo Brankov",
        ),
    ],
)
def test_an_inverted_speaker_name_ends_at_the_sentence_stop(
    sentence: str, words: str, speaker: str
) -> None:
    """The capitalised word opening the next sentence is no part of the speaker's name."""
    assert speaker_of(LEAD + sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('"We will keep the base open," said Del. Amara Tull of Guam.', "base open", "Amara Tull"),
        ('"We will keep the base open," said Lt. Col. J. R. Dorrit.', "base open", "J. R. Dorrit"),
        ('"The base stays open," said the U.S. envoy, Amara Tull.', "stays open", "Amara Tull"),
    ],
)
def test_a_title_abbreviation_or_initial_does_not_end_the_name(
    sentence: str, words: str, speaker: str
) -> None:
    """'Del.', 'Lt. Col.', 'J. R.' and 'U.S.' end in a full stop inside the speaker's phrase."""
    assert speaker_of(LEAD + sentence, words) == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            (
                "Dressed in a blue coat, the sister of the mayor walked around the shop. She said"
                ' she sometimes calls home. "I have sisters that I still call," she said.'
            ),
            "sisters",
        ),
        (
            (
                "Flanked by guards, the son of the general left the court. He told reporters:"
                ' "This trial is a farce."'
            ),
            "farce",
        ),
        (
            (
                "In a brief note, the widow of the envoy thanked the nurses. She wrote:"
                ' "They stayed with him every night."'
            ),
            "every night",
        ),
    ],
)
def test_a_pronoun_no_one_was_named_for_is_no_speaker_name(text: str, words: str) -> None:
    """'She said' after an unnamed 'sister of the mayor' has no speaker, not one called 'She'."""
    assert speaker_of(LEAD + text, words) is None


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "Sunita Varkala, India's high commissioner to Kenya, told reporters the visit was"
                ' "long overdue."'
            ),
            "overdue",
            "Sunita Varkala",
        ),
        (
            (
                "Ivo Marek, Croatia's ambassador to the United Nations, has warned the talks could"
                ' face "a long winter."'
            ),
            "long winter",
            "Ivo Marek",
        ),
        (
            (
                "Speaking on state radio, Ivo Marek, Croatia's envoy to the U.N., warned that the"
                ' embargo could bring "a deep recession."'
            ),
            "recession",
            "Ivo Marek",
        ),
    ],
)
def test_a_post_after_a_possessed_job_is_no_speaker(
    sentence: str, words: str, speaker: str
) -> None:
    """In "X, Croatia's envoy to Spain, said" X speaks, not Spain: the post ends the aside."""
    assert speaker_of(LEAD + sentence, words) == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            (
                "Police are hunting Dorn Haskel. Haskel's stepmother, who married his father in"
                ' 1980, said on Thursday: "I hope he comes home and faces the court."'
            ),
            "faces the court",
        ),
        (
            (
                'Police are hunting Dorn Haskel.\n\n"I hope he turns himself in soon," Haskel\'s'
                " uncle told reporters."
            ),
            "turns himself in",
        ),
        (
            (
                "Rescuers found the climber Aino Lepp alive on Sunday. Lepp's grandfather said:"
                ' "We never stopped believing she would come back."'
            ),
            "never stopped",
        ),
    ],
)
def test_a_relative_named_only_by_kin_is_not_the_person_named(text: str, words: str) -> None:
    """'Haskel's stepmother said' is an unnamed relative: no speaker, never Haskel."""
    assert speaker_of(LEAD + text, words) is None


def test_a_relative_named_in_apposition_speaks() -> None:
    """'Haskel's mother, Ruth Haskel, said' names the relative, who speaks."""
    text = (
        "Police are hunting Dorn Haskel.\n\nHaskel's mother, Ruth Haskel, said:"
        ' "He is a good boy and he will come home."'
    )
    assert speaker_of(LEAD + text, "good boy") == "Ruth Haskel"


@pytest.mark.parametrize(
    "text",
    [
        'Crowds cheered for Tamsin Orrell, dubbed "the iron lady of Leeds" by tabloids.',
        'Tamsin Orrell, branded "a traitor to the party" by rivals, resigned on Monday.',
        'In 1998 Tamsin Orrell was labelled "the quiet fixer" by her own aides.',
    ],
)
def test_one_named_by_a_passive_naming_verb_is_no_speaker(text: str) -> None:
    """'X, dubbed "the iron lady"': X is given the name, X did not say it."""
    assert not any(
        s.speaker is not None and "Orrell" in s.speaker.name for s in quoted(LEAD + text)
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Tamsin Orrell dubbed the plan "a fantasy" on Monday.', "fantasy"),
        ('Tamsin Orrell, speaking on Monday, called the vote "a disgrace."', "disgrace"),
    ],
)
def test_an_active_naming_verb_still_names_its_subject(text: str, words: str) -> None:
    """'X dubbed the plan "a fantasy"': the subject gives the name and speaks."""
    assert speaker_of(LEAD + text, words) == "Tamsin Orrell"


@pytest.mark.parametrize(
    ("text", "words", "surname"),
    [
        (
            (
                "Police Superintendent Pedro Toledo urged residents to stay alert.\n\n"
                '"Some of these gangs come from abroad," Toledo said.'
            ),
            "gangs",
            "Toledo",
        ),
        (
            (
                "Fire chief Owen Durango said crews worked all night.\n\n"
                '"The wind changed twice and we lost the ridge," Durango said.'
            ),
            "ridge",
            "Durango",
        ),
        (
            (
                "Deputy chief Ana Oaxaca briefed the press on Monday.\n\n"
                '"The roads will stay closed until the water falls," Oaxaca told reporters.'
            ),
            "roads",
            "Oaxaca",
        ),
    ],
)
def test_a_surname_spelt_like_a_town_is_the_person_named_before(
    text: str, words: str, surname: str
) -> None:
    """'Toledo said' after 'Pedro Toledo' was named is Pedro Toledo, not the town."""
    found = [s for s in quoted(LEAD + text) if words in s.quote]
    assert found
    speaker = found[0].speaker
    assert speaker is not None
    assert speaker.kind == "person"
    assert speaker.name.endswith(surname)
    assert " " in speaker.name


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "A contrary view came from Nora Quist, a management expert at Yale University, who"
                ' stated, "Great firms rarely stay great."'
            ),
            "rarely stay great",
            "Nora Quist",
        ),
        (
            (
                "The report was welcomed by Omar Haddad, an economist with the World Bank, who said"
                ' it was "long overdue."'
            ),
            "overdue",
            "Omar Haddad",
        ),
        (
            (
                "Officials met Ivo Brandt, the envoy of Chad, who said the talks were"
                ' "useful but slow."'
            ),
            "useful",
            "Ivo Brandt",
        ),
    ],
)
def test_who_after_an_aside_placing_a_job_takes_up_the_name_before(
    text: str, words: str, speaker: str
) -> None:
    """'X, an economist with the World Bank, who said': 'who' is X, not the bank."""
    assert speaker_of(LEAD + text, words) == speaker
