"""
Speakers of the residual statement classes of the development sets (sentences written here).

Classes read in the statement failures left on every development set and on PolNeAR train
(people invented, places real): a judging "welcomed ... as", a clause of its own after a
quotation ('"...", although he said ...'), a body's document issued somewhere, a force
named by an adjective two countries share, an opening phrase on someone else before the
subject a pronoun takes up, an unnamed crowd's words inside someone's report, and a body in
lower case owning its spokesman's job.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2024, 5, 17)  # a Friday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Envoys meet on border")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    return speaker_in(quoted(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "In Lisbon, the Minister for Foreign Affairs, Mr Tomas Varela, welcomed the accord"
                ' last night as "a useful first step, but only a first step".'
            ),
            "useful first step",
            "Tomas Varela",
        ),
        (
            (
                "The Chilean foreign minister, Ana Ruiz, welcomed the ceasefire on Tuesday as"
                ' "long overdue".'
            ),
            "long overdue",
            "Ana Ruiz",
        ),
        (
            'Senator Dalia Moreno greeted the vote as "a victory for common sense" in a statement.',
            "common sense",
            "Dalia Moreno",
        ),
    ],
)
def test_a_welcome_as_judges_the_quoted_words(text: str, words: str, speaker: str) -> None:
    """Welcoming a thing "as" quoted words judges them, like "described as": its subject."""
    assert speaker_of(text, words) == speaker


def test_a_welcome_without_as_reports_no_words() -> None:
    """Welcoming quoted words without "as" welcomes a thing: no one is quoted."""
    assert quoted('Minister Ana Ruiz welcomed "the news from Geneva" and left.') == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The deal was announced by the Dutch Foreign Minister, Mr Pieter de Wolf, who led"
                ' the team.\n\n"We are done," Mr de Wolf told reporters.\n\nMr Lars Berg called the'
                ' accord "a compromise we can live with", although he said Norway would not give'
                ' up "one letter" of its plan.'
            ),
            "compromise we can live with",
            "Lars Berg",
        ),
        (
            (
                '"We will not sign," Premier Ana Castro said on Monday.\n\nMinister Rui Lopes'
                ' described the plan as "unworkable", because he said it ignored the north.'
            ),
            "unworkable",
            "Rui Lopes",
        ),
        (
            (
                '"It is late," Ambassador Sofia Marin said.\n\nSenator Joe Pratt called the bill'
                ' "a disgrace", though he said he would not block it.'
            ),
            "a disgrace",
            "Joe Pratt",
        ),
    ],
)
def test_a_clause_after_the_quotation_reports_its_own_words(
    text: str, words: str, speaker: str
) -> None:
    """'"...", although he said ...' opens a clause whose cue reports other words."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('An army statement issued in Lagos said the troops would "respect the truce".',
         "respect the truce", "army"),
        ('A navy statement released in Manila said the fleet would "stay in port".',
         "stay in port", "navy"),
        ('A police statement issued in Nairobi said officers had "acted within the law".',
         "within the law", "police"),
    ],
)  # fmt: skip
def test_a_body_in_lower_case_issues_its_document_not_the_place(
    text: str, words: str, speaker: str
) -> None:
    """In "An army statement issued in Lagos said" the army speaks, not Lagos."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker", "country"),
    [
        (
            (
                'SEOUL, Feb. 4 (AP) -- A Korean Navy spokesman said today the crews were "in good'
                ' health".'
            ),
            "good health",
            "Korean navy",
            "KR",
        ),
        (
            'A Korean Army officer said the soldiers had been "treated well".',
            "treated well",
            "Korean army",
            None,
        ),
    ],
)
def test_a_force_of_an_adjective_two_countries_share_speaks(
    text: str, words: str, speaker: str, country: str | None
) -> None:
    """In "A Korean Navy spokesman" the force speaks, of the dateline's country if one."""
    found = [s for s in quoted(text) if words in s.quote]
    assert len(found) == 1
    assert found[0].speaker is not None
    assert (found[0].speaker.name, found[0].speaker.country) == (speaker, country)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                '"We will appeal," said Maria Lopez, a former tenant.\n\nLike Lopez, the retired'
                " teacher Tomas Berg does not want to go to court again.\n\n\"I'm 76, and I don't"
                ' feel like going through that again," he said.'
            ),
            "going through that again",
            "Tomas Berg",
        ),
        (
            (
                '"We will appeal," said Maria Lopez, a former tenant.\n\nUnlike Lopez, Tomas Berg'
                ' does not want to go to court again.\n\n"I am tired of it," he said.'
            ),
            "tired of it",
            "Tomas Berg",
        ),
        (
            (
                "Minister Ana Ruiz spoke first in Lima.\n\nUnlike Ruiz, the Chilean envoy Pedro"
                ' Soto was cautious. "We are not there yet," he said.'
            ),
            "not there yet",
            "Pedro Soto",
        ),
        (
            (
                '"It was a good meeting," Ambassador Ana Ruiz said in Quito.\n\nAfter his talks'
                ' with Ruiz, Foreign Minister Pedro Soto flew home.\n\n"We are not there yet," he'
                " told reporters."
            ),
            "not there yet",
            "Pedro Soto",
        ),
        (
            (
                '"We need a deal," Senator Ana Ruiz said on Monday.\n\nWhile Ruiz pledged to work'
                " with both parties in the capital, Senator Pedro Soto insisted that change would"
                ' come only with a shake-up. "Nothing real will happen without it," he said.'
            ),
            "Nothing real will happen",
            "Pedro Soto",
        ),
        (
            (
                '"We need a deal," Ana Ruiz said on Monday.\n\nAlthough Ruiz has called for calm,'
                ' Pedro Soto was unmoved.\n\n"We will march," he said.'
            ),
            "We will march",
            "Pedro Soto",
        ),
    ],
)
def test_a_pronoun_takes_up_the_subject_after_a_phrase_on_someone_else(
    text: str, words: str, speaker: str
) -> None:
    """After "Like Lopez, Berg ...", "he" is Berg, the subject after the opening phrase."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "A fisherman who escaped the raid, Musa Bello, told reporters that the soldiers"
                ' demanded a "settlement" of 5,000 naira per boat.'
            ),
            "settlement",
            "Musa Bello",
        ),
        (
            'Minister Ana Ruiz said the rebels had called the truce "a trap".',
            "a trap",
            "Ana Ruiz",
        ),
        (
            'Ana Ruiz told reporters that the guards warned them to "keep moving".',
            "keep moving",
            "Ana Ruiz",
        ),
    ],
)
def test_an_unnamed_crowds_words_inside_a_report_are_the_tellers(
    text: str, words: str, speaker: str
) -> None:
    """In "X told reporters that the soldiers demanded a 'settlement'", X speaks."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Brazil's Foreign Ministry summoned the envoy on Monday. The ministry's spokesman"
                ' said the ship was "a legitimate target."'
            ),
            "legitimate target",
            "Brazilian Foreign Ministry",
        ),
        (
            'KIEV (Reuters) - The army\'s spokesman said the convoy was "under fire".',
            "under fire",
            "army",
        ),
    ],
)
def test_a_body_in_lower_case_owning_the_spokesman_speaks(
    text: str, words: str, speaker: str
) -> None:
    """In "The ministry's spokesman said", the ministry the article named speaks."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Itamaraty, the Brazilian Foreign Ministry, said in a note that relations remained"
                ' "solid and respectful".'
            ),
            "solid and respectful",
            "Brazilian Foreign Ministry",
        ),
        (
            'The Farnesina, Italy\'s foreign ministry, said the visit was "postponed".',
            "postponed",
            "Italian Foreign Ministry",
        ),
        (
            'Torres, the Chilean foreign minister, said the talks were "useful".',
            "useful",
            "Torres",
        ),
    ],
)
def test_a_ministrys_byname_speaks_as_the_ministry_its_apposition_names(
    text: str, words: str, speaker: str
) -> None:
    """In "Itamaraty, the Brazilian Foreign Ministry, said", the ministry speaks."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The South Pacific Forum met in Suva last month. The Forum communique called for"
                ' "an immediate end to all testing".'
            ),
            "end to all testing",
            "South Pacific Forum",
        ),
        (
            'The Arab League met in Cairo. The League statement called for "restraint".',
            "restraint",
            "Arab League",
        ),
        (
            (
                'The South Pacific Forum met in Suva last month. "We want an end to testing," the'
                " forum said."
            ),
            "end to testing",
            "South Pacific Forum",
        ),
    ],
)
def test_a_bodys_short_name_takes_up_the_body_named_before(
    text: str, words: str, speaker: str
) -> None:
    """In "The Forum communique called for", the South Pacific Forum named before speaks."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Foreign Minister Peter Varga of Hungary flew to Astana on Monday. The head of"
                " Hungarian diplomacy, in turn, stressed that Budapest intended to double trade"
                ' "within three years".'
            ),
            "within three years",
            "Peter Varga",
        ),
        (
            (
                "Minister of Foreign Affairs of Chile Ana Ruiz met her Peruvian counterpart. The"
                ' head of Chilean diplomacy said the talks had been "frank".'
            ),
            "frank",
            "Ana Ruiz",
        ),
        (
            (
                "Foreign Minister Peter Varga of Hungary flew to Astana on Monday. Hungary's top"
                ' diplomat stressed that Budapest intended to double trade "within three years".'
            ),
            "within three years",
            "Peter Varga",
        ),
    ],
)
def test_a_periphrasis_of_the_foreign_minister_takes_him_up(
    text: str, words: str, speaker: str
) -> None:
    """A periphrasis, the head of Hungarian diplomacy, is the foreign minister named before."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "NAIROBI (Reuters) - Kenya's National Police Service said on Monday that two"
                " officers were wounded. In a statement issued on Wednesday, the police said the"
                ' attackers had "crossed back into Somali territory".'
            ),
            "Somali territory",
            "National Police Service",
        ),
        (
            (
                "According to the Uganda Police Force, two officers were wounded.\n\nThe attack"
                ' happened at night.\n\n"They fled," the police said.'
            ),
            "They fled",
            "Uganda Police Force",
        ),
        (
            (
                'The Royal Malaysia Police arrested four men on Monday. "They were armed,"'
                " police said."
            ),
            "were armed",
            "Royal Malaysia Police",
        ),
    ],
)
def test_the_police_take_up_the_force_named_before(text: str, words: str, speaker: str) -> None:
    """A bare "the police said" is the police force the article named (National Police ...)."""
    assert speaker_of(text, words) == speaker
