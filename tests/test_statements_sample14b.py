"""Statement classes read from the development sample sample14b, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _speakers(text: str) -> dict[str, str | None]:
    article = diplomeet.parse(
        f"Headline of the story\n\n{text}\n\nMore follows.", published=date(2026, 11, 20)
    )
    return {s.quote: s.speaker.name if s.speaker else None for s in article.statements}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            (
                "Mauritanian radio quoted Foreign Minister Sidi Ould Cheikh as saying that the "
                'government "has never wanted this" and blaming "irresponsible elements" in '
                "Senegal for the riots."
            ),
            "irresponsible elements",
            "Sidi Ould Cheikh",
        ),
        (
            (
                'State television quoted Foreign Minister Ana Lui as saying Fiji "will not be '
                'pressured" and accusing "foreign forces" in Tonga of stirring trouble.'
            ),
            "foreign forces",
            "Ana Lui",
        ),
    ],
)
def test_a_participle_after_quoted_as_saying_is_the_quoted_person_s(
    text: str, quote: str, speaker: str
) -> None:
    """'The radio quoted A as saying ... and blaming "X"': A blames, not the radio."""
    assert _speakers(text)[quote] == speaker


def test_a_participle_after_said_stays_the_speaker_s() -> None:
    """A guard: 'A said "...", blaming "X"' is still A's."""
    text = (
        'Foreign Minister Ana Lui said Fiji "will not be pressured", blaming "outside '
        'agitators" in Tonga for the unrest.'
    )
    assert _speakers(text)["outside agitators"] == "Ana Lui"
