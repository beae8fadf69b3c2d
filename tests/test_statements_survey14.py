"""
Speakers found by a survey of how English-language outlets write quotations.

Sentences written here, people invented.  The survey (wires, British, Indian, Nigerian,
Kenyan, Philippine, Gulf and Latin-American dailies, broadcasters, readouts, archives) showed
three general gaps:

* an adverbial aside between the speaker and the cue, opened by "while" or "when" and a
  participle ("The Minister, Ambassador Jo Li, while briefing journalists in Abuja, said");
* an armed force named alone as the speaker ("the navy said", "the army said");
* a spokesperson "for the presidency" or "for the embassy", a body written in lower case.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2024, 5, 14)


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Talks resume")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    return speaker_in(quoted(text), words)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "The Minister of Foreign Affairs, Ambassador Chidubem Okafor, while speaking with"
                ' journalists in Abuja, said, "Nigeria will play its role in the sub-region."'
            ),
            "play its role",
            "Chidubem Okafor",
        ),
        (
            (
                "The Foreign Minister, Tunde Balogun, while addressing journalists in Lagos, said:"
                ' "We are ready for the talks."'
            ),
            "ready for the talks",
            "Tunde Balogun",
        ),
        (
            (
                "Interior Minister Amina Sule, while briefing reporters on Monday, said"
                ' "the border remains closed."'
            ),
            "border remains closed",
            "Amina Sule",
        ),
        (
            (
                "Cabinet Secretary Wanjiru Kamau, when asked about the deal, said it was"
                ' "a good start for both sides".'
            ),
            "good start",
            "Wanjiru Kamau",
        ),
    ],
)
def test_adverbial_aside_between_speaker_and_cue(sentence: str, words: str, speaker: str) -> None:
    """A "while/when + participle" aside before the cue leaves the name before it speaking."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('"We repelled an attack near the post," the army said.', "repelled", "army"),
        (
            '"Two vessels were turned back overnight," the navy said in a statement.',
            "turned back",
            "navy",
        ),
        (
            'The military said its units had "held every position" after the raid.',
            "held every position",
            "military",
        ),
    ],
)
def test_force_named_alone_speaks(sentence: str, words: str, speaker: str) -> None:
    """A force named alone speaks ('the army said'), as 'the Kenyan army said' already did."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            '"The President looks forward to the visit," a spokesperson for the presidency said.',
            "looks forward",
            "Presidency",
        ),
        (
            'A spokeswoman for the presidency said the state visit was "firmly on track".',
            "firmly on track",
            "Presidency",
        ),
        (
            '"We have no comment at this stage," a spokesman for the embassy said.',
            "no comment",
            "Embassy",
        ),
    ],
)
def test_spokesperson_for_lower_case_body(sentence: str, words: str, speaker: str) -> None:
    """A spokesperson "for the presidency/embassy" speaks for that body."""
    assert speaker_of(sentence, words) == speaker


def test_near_misses_stay_unattributed_to_forces() -> None:
    """A force inside another phrase is no speaker: "the army chief's memoir" is a title."""
    stmts = quoted('The army chief\'s memoir, "Long Road Home," was published in 2019.')
    assert all(s.speaker is None or s.speaker.name != "army" for s in stmts)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "Spokesman Jun Takeda told a briefing the patrol had left.\n\nTakeda declined"
                ' to comment further, saying only that Tokyo was "closely monitoring" it.'
            ),
            "closely monitoring",
            "Jun Takeda",
        ),
        (
            (
                "Minister Halima Odera flew to Kampala on Monday.\n\nOdera refused to comment,"
                ' saying the matter was "under review".'
            ),
            "under review",
            "Halima Odera",
        ),
        (
            'The ministry rejected the claim, calling it "baseless propaganda".',
            "baseless propaganda",
            "Ministry",
        ),
    ],
)
def test_participle_after_a_past_clause(sentence: str, words: str, speaker: str) -> None:
    """In "X declined to comment, saying ..." the subject of the clause speaks."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        'The minister\'s memoir, "A Long Road Home," was published in 2019.',
        'The documentary, "Lines in the Sand," aired on state television on Sunday.',
        'Her second novel, "The Salt Road to Mombasa," won a prize in Nairobi.',
    ],
)
def test_title_set_off_by_commas_is_no_statement(sentence: str) -> None:
    """A work's title in apposition ('His memoir, "A Long Road Home," ...') is nobody's words."""
    assert quoted(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "The prime minister's office said in a statement on Tuesday that the visit had"
                ' been "postponed for technical reasons."'
            ),
            "technical reasons",
            "Prime Minister's Office",
        ),
        ('"The visit is off," the president\'s office said.', "visit is off", "President's Office"),
        (
            'The governor\'s office said the convoy was "on its way to Garissa".',
            "on its way",
            "Governor's Office",
        ),
    ],
)
def test_office_of_a_title_in_lower_case(sentence: str, words: str, speaker: str) -> None:
    """A title's office written in lower case speaks as that office."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "TASS reported Interior Minister Ruslan Abdurakhmanov as saying:"
                ' "Order has been restored."'
            ),
            "Order has been restored",
            "Ruslan Abdurakhmanov",
        ),
        (
            'Xinhua reported Premier Li Wenbo as saying the talks were "fruitful".',
            "fruitful",
            "Li Wenbo",
        ),
    ],
)
def test_reported_as_saying_is_the_quoted_persons(sentence: str, words: str, speaker: str) -> None:
    """In "the agency reported X as saying" X speaks, as after "quoted X as saying"."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "agency"),
    [
        ('Xinhua said the talks in Vientiane were "fruitful".', "fruitful", "Xinhua"),
        ('Interfax reported that the convoy was "stuck at the border".', "stuck", "Interfax"),
        ('"The drills were provocative," Yonhap said.', "provocative", "Yonhap"),
        ('Al Jazeera reported the strike on the depot was "massive".', "massive", "Al Jazeera"),
        ('Haaretz reported the talks were "at an impasse".', "impasse", "Haaretz"),
    ],
)
def test_news_agency_speaks_as_an_organization(sentence: str, words: str, agency: str) -> None:
    """A news agency or outlet named alone ("Xinhua said") is an organisation, not a person."""
    stmt = next(s for s in quoted(sentence) if words in s.quote)
    assert stmt.speaker is not None
    assert (stmt.speaker.name, stmt.speaker.kind) == (agency, "organization")


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            '"No comment at this stage," said a spokesman for the Foreign Ministry.',
            "No comment",
            "Foreign Ministry",
        ),
        (
            '"We will respond in kind," said an official at the Defence Ministry.',
            "respond",
            "Defence Ministry",
        ),
        (
            '"The visit stands," said a spokeswoman for the presidency.',
            "visit stands",
            "Presidency",
        ),
    ],
)
def test_inverted_cue_before_a_voice_of_a_body(sentence: str, words: str, speaker: str) -> None:
    """'"...," said a spokesman for the Foreign Ministry' is the ministry's, as before a cue."""
    assert speaker_of(sentence, words) == speaker
