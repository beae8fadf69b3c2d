"""Statement classes read from the retired ninth blind set (check8), in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _said(text: str) -> list[tuple[str, str | None]]:
    article = diplomeet.parse(text, published=date(2026, 9, 8))
    return [(s.quote, s.speaker.name if s.speaker else None) for s in article.statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                'The Ministry of Foreign Affairs "strongly condemns this cowardly attack" and is '
                'following the situation "with the greatest attention," it said in a statement.'
            ),
            "Ministry of Foreign Affairs",
        ),
        (
            (
                'The embassy "deeply regrets the incident" and will "cooperate fully" with the '
                "inquiry, it said."
            ),
            "Embassy",
        ),
        (
            (
                'The Foreign Office "rejects these claims" and "will respond in due course," it '
                "said on Monday."
            ),
            "Foreign Office",
        ),
    ],
)
def test_two_quoted_phrases_share_one_cue(text: str, speaker: str) -> None:
    """'The ministry "condemns ..." and is following it "with attention," it said': both."""
    found = _said(text)
    assert len(found) == 2
    assert all(who is not None and speaker.lower() in who.lower() for _, who in found), found


def test_a_term_after_its_article_takes_no_cue() -> None:
    """'The "peace agenda" and the initiative were on the table, the ministry said'."""
    text = (
        'The "peace agenda" and the "crossroads" initiative were also on the table when '
        "Foreign Minister Ana Reyes met Chancellor Hans Muller, the ministry said."
    )
    assert _said(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Deputy Prime Minister Hassan Jaberi said the fishermen had crossed the line. The "
                'army "took all necessary measures" and no damage was recorded, it said.'
            ),
            "army",
        ),
        ('The navy "will not tolerate any incursion," it said on Monday.', "navy"),
        (
            (
                "Minister Ana Reyes visited the port. The coast guard "
                '"escorted the boats to the harbour," it said in a statement.'
            ),
            "coast guard",
        ),
    ],
)
def test_it_takes_up_the_force_the_sentence_opens_with(text: str, speaker: str) -> None:
    """'The army "took all necessary measures" ..., it said': the army, not the minister."""
    found = _said(text)
    assert found
    assert all(who is not None and speaker in who.lower() for _, who in found[-1:]), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "ZIMBABWE's Minister of Foreign Affairs, Dr Tendai Moyo, today summoned the envoy "
                "and "
                'told him that Harare held Pretoria responsible for "an act of state terrorism."'
            ),
            "Tendai Moyo",
        ),
        (
            (
                "UGANDA's Minister of Foreign Affairs, Mr Joseph Okello, today summoned the Kenyan "
                'envoy and told him that Kampala saw the closure as "a hostile act."'
            ),
            "Joseph Okello",
        ),
    ],
)
def test_a_print_storys_first_word_in_capitals(text: str, speaker: str) -> None:
    """'ZIMBABWE's Minister ...', 'PRESIDENT A ...': the first word in capitals is a word."""
    assert [who for _, who in _said(text)] == [speaker]


def test_an_acronym_opening_a_paragraph_stays_one() -> None:
    """'NATO said on Monday ...': an acronym is no word written in capitals."""
    article = diplomeet.parse('NATO said it was "watching closely."', published=date(2026, 9, 8))
    assert [s.speaker.name if s.speaker else None for s in article.statements] == ["NATO"]
