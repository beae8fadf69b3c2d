"""Statement classes read from the development set check14, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 11, 5)


def _statements(text: str) -> list[tuple[str | None, str]]:
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=_DAY)
    return [(s.speaker.name if s.speaker else None, s.quote) for s in article.statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Foreign Minister Mirela Vasquez said Chile's claim to the islets was "
                '"settled long ago", but that Santiago would "always choose dialogue".'
            ),
            "Mirela Vasquez",
        ),
        (
            (
                "Defence Minister Hamid Qureshi told parliament on Monday that India's claim "
                'over the glacier was "a fiction".'
            ),
            "Hamid Qureshi",
        ),
        (
            (
                "Ambassador Petra Lindqvist told reporters Beijing's claim over the shoal was "
                '"pure theatre".'
            ),
            "Petra Lindqvist",
        ),
        (
            (
                "Foreign Minister Ayse Demir said Moscow's call for a ceasefire was "
                '"welcome but late".'
            ),
            "Ayse Demir",
        ),
    ],
)
def test_an_owners_noun_of_saying_before_a_preposition_is_no_cue(text: str, speaker: str) -> None:
    """
    "A said B's claim to X was 'Y'": the claim is a thing owned, A is the speaker.

    A cue word in its base form after an owner ("Chile's claim", "Moscow's call")
    and before a preposition ("to", "over") is a noun, not B saying the quoted words.
    """
    found = _statements(text)
    assert found
    assert {s for s, _ in found} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "In Buenos Aires, Interior Minister Julio Benavides told a news conference that "
                'the archipelago, which Argentines call the Malvinas, was "not for sale."\n\n'
                '"We did not come this far to give up," he said.'
            ),
            "Julio Benavides",
        ),
        (
            (
                "Ambassador Lena Hoffmann told reporters that what Berlin calls a partnership "
                'was "in reality a dependency".'
            ),
            "Lena Hoffmann",
        ),
        (
            (
                "Foreign Minister Tariq Mahmood said the pass, which Indians call Zoji, is "
                '"ours by history and by law".'
            ),
            "Tariq Mahmood",
        ),
    ],
)
def test_a_naming_verb_in_a_relative_clause_is_no_cue(text: str, speaker: str) -> None:
    """
    "the islands, which Argentines call the Malvinas, were 'ours'": the caller is not speaking.

    "which"/"what" opens the naming clause and a comma or a form of "be" closes it before the
    quotation, so the quoted words belong to the sentence's speaker.
    """
    found = _statements(text)
    assert found
    assert {s for s, _ in found} == {speaker}


def test_a_naming_verb_right_before_its_quotation_keeps_its_cue() -> None:
    """In "what she called 'a betrayal'" the naming clause holds the quotation: hers."""
    text = (
        "Opposition leader Marta Ilves walked out of the session in protest at what she called "
        '"a betrayal of the coast".'
    )
    assert _statements(text) == [("Marta Ilves", "a betrayal of the coast")]
