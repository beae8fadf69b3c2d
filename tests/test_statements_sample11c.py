"""
Statement attributions found in the development sample ``sample11c`` (its README).

Each class is checked on sentences written for these tests (invented people; other outlets,
regions and verbs than the sample's).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_HEAD = "Headline of the story\n\n"


def _speakers(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    art = diplomeet.parse(_HEAD + text, published=date(2026, 6, 10))
    return {
        s.quote: (
            s.speaker.name if s.speaker else None,
            s.speaker.kind if s.speaker else None,
            s.speaker.country if s.speaker else None,
        )
        for s in art.statements
    }


@pytest.mark.parametrize(
    ("text", "quote", "name", "country"),
    [
        (
            (
                'US Central Command said in a post on X that the drone had been "a direct threat '
                'to the crew of the destroyer."'
            ),
            "a direct threat to the crew of the destroyer.",
            "US Central Command",
            "US",
        ),
        (
            (
                "The Kenya News Agency said the militants had \u201cfled across the border after "
                "the raid.\u201d"
            ),
            "fled across the border after the raid.",
            "Kenya News Agency",
            "KE",
        ),
        (
            (
                '"The exercise was planned months ago with allies," US European Command said on '
                "Wednesday."
            ),
            "The exercise was planned months ago with allies,",
            "US European Command",
            "US",
        ),
    ],
)
def test_a_body_whose_name_holds_a_country_speaks_as_the_body(
    text: str, quote: str, name: str, country: str | None
) -> None:
    """A capitalised name ending in a body's head noun is the body's, not the country's."""
    speaker = _speakers(text)[quote]
    assert speaker[0] == name
    assert speaker[1] == "organization"
    if country is not None:
        assert speaker[2] == country


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            (
                "The British maritime security agency UKMTO said the tanker had been "
                '"ordered to change course by two small craft."'
            ),
            "ordered to change course by two small craft.",
            "UKMTO",
        ),
        (
            (
                "The Thai news agency TNA said the boats had been "
                '"seized well inside Thai waters by the patrol."'
            ),
            "seized well inside Thai waters by the patrol.",
            "TNA",
        ),
    ],
)
def test_an_acronym_after_its_lowercase_description_is_the_body(
    text: str, quote: str, name: str
) -> None:
    """'the British maritime security agency UKMTO said': the speaker is UKMTO."""
    assert _speakers(text)[quote][:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "quote", "name", "country"),
    [
        (
            (
                "India's Border Security Force said the men had "
                '"ignored repeated warnings to stop."'
            ),
            "ignored repeated warnings to stop.",
            "Border Security Force",
            "IN",
        ),
        (
            (
                "Greece's Hellenic Coast Guard said the migrants had been "
                '"left adrift by the smugglers at night."'
            ),
            "left adrift by the smugglers at night.",
            "Hellenic Coast Guard",
            "GR",
        ),
    ],
)
def test_a_body_after_a_country_possessive_speaks(
    text: str, quote: str, name: str, country: str
) -> None:
    """'India's Border Security Force said': the body, of the country, not a person."""
    assert _speakers(text)[quote] == (name, "organization", country)


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            (
                "In Hanoi the Vietnam News Agency gave a different account. It said the "
                'fishermen had been "beaten with iron bars and robbed of their catch."'
            ),
            "beaten with iron bars and robbed of their catch.",
            "Vietnam News Agency",
        ),
        (
            (
                "Georgia's State Security Service disputed the report on Friday. In a "
                'statement, they said the men had been "detained on Georgian soil."'
            ),
            "detained on Georgian soil.",
            "State Security Service",
        ),
    ],
)
def test_it_or_they_takes_up_the_body_opening_the_sentence_before(
    text: str, quote: str, name: str
) -> None:
    """A pronoun speaker with no earlier speaker is the body the sentence before opens with."""
    assert _speakers(text)[quote][:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            (
                "The Kenyan Ministry of Defence said the militants had been repelled.\n\n"
                '"Our soldiers held their ground for six hours," the spokesman said.'
            ),
            "Our soldiers held their ground for six hours,",
            "Ministry of Defence",
        ),
        (
            (
                "The Somali Ministry of Foreign Affairs said the strike was unacceptable.\n\n"
                '"Somalia will raise this at the Security Council," the statement said.'
            ),
            "Somalia will raise this at the Security Council,",
            "Ministry of Foreign Affairs",
        ),
    ],
)
def test_the_spokesperson_or_the_statement_takes_up_the_body_that_spoke(
    text: str, quote: str, name: str
) -> None:
    """'the spokesman said', 'the statement said': the body that spoke just before."""
    speaker = _speakers(text)[quote]
    assert speaker[0] is not None
    assert name.lower() in speaker[0].lower()


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            (
                "The Soviet news agency Tass said the guards had been "
                '"treacherously attacked by the intruders."'
            ),
            "treacherously attacked by the intruders.",
            "Tass",
        ),
        (
            (
                "The Egyptian news agency MENA said the talks were "
                '"frank and constructive in every respect."'
            ),
            "frank and constructive in every respect.",
            "MENA",
        ),
    ],
)
def test_a_news_agency_after_its_country_adjective_speaks(text: str, quote: str, name: str) -> None:
    """'The Soviet news agency Tass said': the agency, not a person called Tass."""
    assert _speakers(text)[quote][:2] == (name, "organization")


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            (
                "Reacting, the Chairman of the House Committee on Diaspora, Hon. Tochukwu "
                'Eze, urged the ministry to "go beyond letters and protests," and called for '
                "talks."
            ),
            "go beyond letters and protests,",
            "Tochukwu Eze",
        ),
        (
            (
                "Responding, the chairman of the Senate foreign relations committee, Senator "
                'Ama Boateng, said the country would "not be bullied by anyone."'
            ),
            "not be bullied by anyone.",
            "Ama Boateng",
        ),
    ],
)
def test_a_participle_opening_the_sentence_is_no_speaker(text: str, quote: str, name: str) -> None:
    """'Reacting, the chairman ..., Hon. X, urged': X speaks, not 'Reacting'."""
    assert _speakers(text)[quote][0] == name


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            (
                "The ministry's spokeswoman, Vera Kolosova, told reporters that the reaction "
                'was "hysterical" and that Moscow reserved the right to respond "in a mirror '
                'fashion" if any diplomats were expelled.'
            ),
            "in a mirror fashion",
            "Vera Kolosova",
        ),
        (
            (
                "The spokesman, Arturs Ozols, told the agency that the visit had been "
                '"useful" and that Riga reserved the right to respond "calmly and together '
                'with its allies" to any new provocation.'
            ),
            "calmly and together with its allies",
            "Arturs Ozols",
        ),
    ],
)
def test_a_later_phrase_in_a_report_keeps_the_reporter(text: str, quote: str, name: str) -> None:
    """A second quoted phrase after a weak cue in the same report is the reporter's too."""
    assert _speakers(text)[quote][0] == name
