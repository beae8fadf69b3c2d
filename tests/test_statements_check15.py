"""Statement classes read from the development set check15, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _speakers(text: str) -> list[str | None]:
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=date(2026, 11, 3))
    return [s.speaker.name if s.speaker else None for s in article.statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Seoul summoned the envoy, Yonhap reported. According to the South Korean news "
                'agency, the drone "flew deep into the border area" before it turned back.'
            ),
            "Yonhap",
        ),
        (
            (
                "The ministry protested, Kyodo reported. According to the Japanese news agency, "
                'the ship "ignored repeated warnings" from the coast guard.'
            ),
            "Kyodo",
        ),
        (
            (
                "Moscow protested, Tass reported.\n\nAccording to the Soviet news agency, troops "
                '"opened fire without warning" on a patrol.'
            ),
            "Tass",
        ),
    ],
)
def test_a_news_agency_taken_up_by_its_nationality_is_the_one_named(
    text: str, speaker: str
) -> None:
    """
    "Tass reported ... According to the Soviet news agency, ...": Tass speaks.

    The agency named by its nationality alone is the agency the story named just before,
    not the country.
    """
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Foreign Minister Tan Wei Ming is visiting Malaysia at the invitation of Malaysian "
                "Foreign Minister Dato' Seri Ahmad Faizal bin Othman.\n\nMinister Tan held a "
                "meeting with Minister Ahmad Faizal in Putrajaya yesterday.\n\nMinister Ahmad "
                'Faizal said that Malaysia valued "a calm and steady relationship" with Singapore.'
            ),
            "Ahmad Faizal bin Othman",
        ),
        (
            (
                "Malaysia's Home Minister Dato\u2019 Sri Rosli bin Kamarudin met Singapore's "
                "Foreign Minister Tan Wei Ming yesterday.\n\nMinister Rosli said the talks were "
                '"frank and useful".'
            ),
            "Rosli bin Kamarudin",
        ),
    ],
)
def test_a_name_after_the_malay_style_dato_is_read_whole(text: str, speaker: str) -> None:
    """
    "Dato' Seri Ahmad Faizal bin Othman": the style with its apostrophe is dropped.

    The name after it is read whole, and "Minister Ahmad Faizal" later takes it up.
    """
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        (
            'Minister Jana Novak told reporters that the talks were "a good start". A Slovak '
            'diplomat who asked not to be named was less hopeful: "Nothing will change. We '
            'have heard this before."'
        ),
        (
            'Deputy Minister Rui Costa said Lisbon was "ready to listen". One European official '
            'was blunter: "They are wasting time."'
        ),
        (
            'Foreign Minister Ana Duarte spoke of "real progress". Another official at the '
            'talks was gloomier: "Every round ends the same way."'
        ),
    ],
)
def test_an_unnamed_source_before_a_colon_is_not_the_last_speaker(text: str) -> None:
    """
    "An Armenian official ... was gloomier: '...'": the unnamed source's words.

    The quotation has its own teller before the colon, whom the article does not name: it
    is not given to the minister quoted just before.
    """
    assert _speakers(text)[-1] is None


def test_a_named_speaker_before_a_colon_still_speaks() -> None:
    """A named speaker's "He was blunter:" before a quotation stays that speaker's."""
    text = (
        'Deputy Minister Rui Costa said Lisbon was "ready to listen". He was blunter: "They '
        'are wasting time."'
    )
    assert _speakers(text) == ["Rui Costa", "Rui Costa"]
