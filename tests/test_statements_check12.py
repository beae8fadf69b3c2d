"""Statement classes read from the development set check12, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _speakers(text: str) -> dict[str, str | None]:
    article = diplomeet.parse(
        f"Headline of the story\n\n{text}\n\nMore follows.", published=date(2026, 11, 5)
    )
    return {s.quote: s.speaker.name if s.speaker else None for s in article.statements}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            'Uzbekistan\'s border troops said the patrol had acted "within the rules".',
            "within the rules",
            "border troops",
        ),
        (
            (
                'The Chioggia fishermen\'s cooperative said the boat had "never crossed the line" '
                "and would appeal the fine."
            ),
            "never crossed the line",
            "Chioggia fishermen's cooperative",
        ),
        (
            'The Mombasa traders\' association said the new levy was "a disaster for us".',
            "a disaster for us",
            "Mombasa traders' association",
        ),
        (
            'The Ghana Fishermen\'s Association said its members were "afraid to go out".',
            "afraid to go out",
            "Ghana Fishermen's Association",
        ),
        (
            (
                "The Royal Solomon Islands Police Force (RSIPF) said in a statement on Friday that "
                'the inquiry was "progressing well".'
            ),
            "progressing well",
            "Royal Solomon Islands Police Force",
        ),
    ],
)
def test_a_body_named_by_whose_it_is_speaks(text: str, quote: str, speaker: str) -> None:
    """A country's troops, members' unions and long force names speak as the body."""
    assert _speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            (
                "According to the ministry, Ivo Brandt told his counterpart that the navy had "
                'acted "within its rules".\n\nOpposition spokesman on foreign affairs '
                'Dr Kalani Mersh welcomed the outcome. "A phone call would have done," he '
                "told the Post."
            ),
            "A phone call would have done,",
            "Kalani Mersh",
        ),
        (
            (
                'Jo Markov said the talks had gone "very well".\n\nFormer deputy foreign minister '
                'Ivo Brandt disagreed. "This is a mistake," he told reporters.'
            ),
            "This is a mistake,",
            "Ivo Brandt",
        ),
    ],
)
def test_he_takes_up_the_person_a_job_in_words_opens_the_sentence_before(
    text: str, quote: str, speaker: str
) -> None:
    """'Opposition spokesman on foreign affairs Dr X welcomed ... "...," he told': X."""
    assert _speakers(text)[quote] == speaker


def test_he_after_a_meeting_sentence_stays_the_last_speaker() -> None:
    """'The minister met Ivo Brandt': Brandt opens no sentence, so "he" is the speaker before."""
    text = (
        'Jo Markov said the talks had gone "very well".\n\nThe minister met Ivo Brandt on '
        'Monday. "This is a mistake," he told reporters.'
    )
    assert _speakers(text)["This is a mistake,"] == "Jo Markov"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            (
                "Crowds besieged the embassy, shouting slogans and pasting posters on the walls "
                'that accused "the new tyrants" of "bloody crimes."'
            ),
            "the new tyrants",
        ),
        (
            'Protesters waved placards that called the minister "a traitor to the nation".',
            "a traitor to the nation",
        ),
        (
            'Demonstrators outside the consulate carried banners reading "Hands off our islands".',
            "Hands off our islands",
        ),
    ],
)
def test_a_crowds_written_slogan_is_no_statement(text: str, quote: str) -> None:
    """Words on posters, placards or banners are nobody's statement."""
    assert quote not in _speakers(text)
