"""Statement classes read from the development set check13, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 11, 5)


def _statements(text: str) -> list[tuple[str | None, str]]:
    article = diplomeet.parse(text, published=_DAY)
    return [(s.speaker.name if s.speaker else None, s.quote) for s in article.statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Ministry of Foreign Affairs\n\nPress release | Date: 05/11/2026 | No: 101/26\n\n"
                "Foreign Minister Dahl met Sweden's Foreign Minister Berg: \"The Arctic is our "
                "common home\"\n\nForeign Minister Kari Dahl received Sweden's Foreign Minister "
                'Lars Berg in Oslo today.\n\n"Norway and Sweden share a long coast. The Arctic is '
                'our common home, and we will guard it together," says Foreign Minister Dahl.\n'
            ),
            "Kari Dahl",
        ),
        (
            (
                "State House\n\nPress statement | Date: 05/11/2026 | No: 77/26\n\n"
                'President Okoro meets Ghana\'s Mensah: "We will not abandon our fishermen"\n\n'
                "President Ada Okoro received Ghanaian President Kofi Mensah in Abuja on "
                'Monday.\n\n"We will not abandon our fishermen, whatever it costs," Okoro told '
                "parliament.\n"
            ),
            "Ada Okoro",
        ),
    ],
)
def test_a_title_quotation_told_in_full_below_is_one_statement(text: str, speaker: str) -> None:
    """A title's quotation that the body quotes in full is the body's one statement."""
    found = _statements(text)
    assert len(found) == 1
    assert found[0][0] == speaker


def test_a_lead_sentences_partial_quotation_stays() -> None:
    """A lead sentence's partial quotation is its own statement, though the body says more."""
    text = (
        'Talks\n\nThe minister said Norway would "never give in to blackmail".\n\n"We will '
        'never give in to blackmail, whatever it costs," Foreign Minister Kari Dahl said.\n'
    )
    assert [q for _, q in _statements(text)] == [
        "never give in to blackmail",
        "We will never give in to blackmail, whatever it costs,",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Radio Havana, in a broadcast heard in Miami, said the boat had entered Cuban "
                'waters. It called the charges "pure invention."'
            ),
            "Radio Havana",
        ),
        (
            (
                "Radio Tirana said on Monday the boat had entered Albanian waters. It called the "
                'charges "a Yugoslav provocation."'
            ),
            "Radio Tirana",
        ),
    ],
)
def test_it_after_a_radio_takes_up_its_whole_name(text: str, speaker: str) -> None:
    """'Radio Havana said ... It called the charges "..."': Radio Havana, not 'Radio'."""
    found = _statements(f"Headline of the story\n\n{text}\n\nMore follows.")
    assert (speaker, found[-1][1]) == found[-1]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "The provincial military command said on Monday that villagers had been warned "
                'about "the risk of crossing the border at night".'
            ),
            "Provincial Military Command",
        ),
        (
            (
                "The Kachin military command said on Monday that villagers had been warned about "
                '"the risk of crossing the border at night".'
            ),
            "Kachin Military Command",
        ),
        (
            (
                'The regional naval command said the trawler had ignored "three clear warnings" '
                "before it was boarded."
            ),
            "Regional Naval Command",
        ),
    ],
)
def test_a_lower_case_command_speaks(text: str, speaker: str) -> None:
    """'the provincial military command said': a force's command, an organisation speaker."""
    found = _statements(f"Headline of the story\n\n{text}\n\nMore follows.")
    assert [s for s, _ in found] == [speaker]
