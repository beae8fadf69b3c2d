"""Statement classes read from the development samples sample22a-b, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 11, 5)


def _statements(text: str) -> list[tuple[str | None, str]]:
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=_DAY)
    return [(s.speaker.name if s.speaker else None, s.quote) for s in article.statements]


def _quotes(text: str) -> set[str]:
    return {q for _, q in _statements(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "Interior Minister Tomas Varga said the smugglers had built what herders call "
                '"goat roads" across the ridge, and that patrols would close them.'
            ),
            "goat roads",
        ),
        (
            (
                "Trade Minister Ilse Brandvold defended the scheme on Tuesday. Some farmers call "
                'the new levy a "desk tax", but the ministry says it pays for the dikes.'
            ),
            "desk tax",
        ),
        (
            (
                'The border crossing, which residents call "the sieve", reopened on Monday, '
                "Governor Anaya Rask told reporters."
            ),
            "the sieve",
        ),
        (
            (
                'Many traders call the market "the lung of the valley" and fear its closure, '
                "Mayor Oskar Lindt said."
            ),
            "the lung of the valley",
        ),
    ],
)
def test_a_name_in_habitual_use_is_no_statement(text: str, name: str) -> None:
    """
    'what herders call "goat roads"': a plural present "call" tells a name in use.

    The quoted words are a group's habitual name for a thing, not words someone said on an
    occasion, even inside another speaker's reported clause.
    """
    assert name not in _quotes(text)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            'Defence Minister Lorna Haig called the proposal "a trap for the weak".',
            "Lorna Haig",
            "a trap for the weak",
        ),
        (
            (
                "Opposition leader Pavel Dusek walked out in protest at what he called "
                '"a sell-out of the coast".'
            ),
            "Pavel Dusek",
            "a sell-out of the coast",
        ),
        (
            (
                'Foreign Minister Irma Solis calls the accord "the best we could get" in an '
                "interview published on Monday."
            ),
            "Irma Solis",
            "the best we could get",
        ),
    ],
)
def test_a_speaker_calling_something_keeps_the_cue(text: str, speaker: str, quote: str) -> None:
    """A named speaker's "called"/"calls" is a verb of saying: "called the plan 'a trap'"."""
    assert (speaker, quote) in _statements(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                'Minister Ada Roos said the so-called "harbour formula" of shared patrols still '
                "worked."
            ),
            "harbour formula",
        ),
        (
            (
                "The Farmers Union insisted in a written statement that the so-called "
                '"northern track" of talks had failed.'
            ),
            "northern track",
        ),
        (
            'Kerr told reporters that the so called "river diplomacy" of the 1980s was over.',
            "river diplomacy",
        ),
    ],
)
def test_a_so_called_term_is_no_statement(text: str, name: str) -> None:
    """'the so-called "harbour formula"': "so-called" marks a term kept at a distance, unsaid."""
    assert name not in _quotes(text)


def test_so_called_inside_a_quotation_keeps_the_quotation() -> None:
    """Words that merely contain "so-called" earlier in the sentence are still quoted speech."""
    text = (
        'Minister Hana Berg rejected the so-called reform, saying it was "a step backwards '
        'for every family".'
    )
    assert ("Hana Berg", "a step backwards for every family") in _statements(text)


_VISIT = (
    "Talks in Dodoma\n\n"
    "DODOMA - Foreign Minister Amina Juma received her Kenyan counterpart, Ms Grace Wanjiru, "
    "here on Monday. Kenya's High Commissioner to Tanzania, Mr Peter Otieno, joined them.\n\n"
    '"Our people are one people," Minister Juma told reporters at a joint briefing.\n\n'
)


def _visit_statements(text: str) -> list[tuple[str | None, str]]:
    article = diplomeet.parse(_VISIT + text, published=_DAY)
    return [(s.speaker.name if s.speaker else None, s.quote) for s in article.statements[1:]]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Her guest said Nairobi was "fully committed" to the patrols.', "fully committed"),
        (
            'Her visitor described the old pact as "a good idea that ran dry".',
            "a good idea that ran dry",
        ),
        ('Her guest spoke of "a new chapter" in the two countries\' ties.', "a new chapter"),
    ],
)
def test_a_possessed_guest_is_the_visitor(text: str, quote: str) -> None:
    """
    "Her guest said": the visitor the host received, not the host, nor her country's envoy.

    A high commissioner (a Commonwealth country's ambassador) is posted where the visit is,
    so he is no visitor.
    """
    assert _visit_statements(text) == [("Grace Wanjiru", quote)]


def test_a_guest_in_a_plural_is_no_speaker() -> None:
    """'Her guests said' names a group the article does not name: no single visitor."""
    assert _visit_statements('Her guests said the plan was "a mess".') == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "Minister Ruth Amadi said the road was safe. The drivers tell a rougher story. "
                '"They took the fuel and the phones." The words are those of Moses Otim, who '
                "drives a truck for a Lira firm."
            ),
            "Moses Otim",
        ),
        (
            (
                '"We will be back," Minister Ruth Amadi said. "They took everything." Those were '
                "the words of Moses Otim, a driver."
            ),
            "Moses Otim",
        ),
        (
            (
                'Minister Ruth Amadi spoke first. "The road is a trap." The remarks came from '
                "Ambassador Kofi Mensah, who chaired the session."
            ),
            "Kofi Mensah",
        ),
    ],
)
def test_a_quotation_whose_speaker_the_next_sentence_names(text: str, speaker: str) -> None:
    """'"..." The words are those of Moses Otim': the speaker named after the quotation."""
    assert _statements(text)[-1][0] == speaker


def test_words_of_a_document_after_a_quotation_name_no_speaker() -> None:
    """'The words of the treaty were clear' says nothing of whose the quotation was."""
    text = (
        '"We will be back," Minister Ruth Amadi said. "The road is ours." The words of the '
        "treaty, signed by President Kofi Mensah, were clear."
    )
    assert _statements(text)[-1][0] == "Ruth Amadi"


@pytest.mark.parametrize(
    "text",
    [
        (
            'Dr Rana Saleh of Vell University, author of the study "Tides of Trade", said the '
            'bridge had been promised "in every election since 1990" and was still on paper.'
        ),
        (
            'Dr Rana Saleh, author of the book "Tides of Trade", said the bridge had been '
            'promised "in every election since 1990".'
        ),
    ],
)
def test_a_quoted_title_in_an_aside_keeps_the_speaker(text: str) -> None:
    """'Dr Saleh, author of the study "Tides of Trade", said ...': the title is no barrier."""
    assert _statements(text) == [("Rana Saleh", "in every election since 1990")]


_LUNCH = (
    "Foreign Minister Lena Brun hosted her Tarnish counterpart Kao Wenli at the Vell residence "
    "on Thursday.\n\nSpeaking after the lunch, Brun said the update would cover services.\n\n"
)


@pytest.mark.parametrize(
    "quote",
    [
        (
            '"We spoke frankly.\n\n"Minister Kao did not agree with everything I said.\n\n"But a '
            'deal is not a reward," the minister said.'
        ),
        '"Minister Kao knows our position, and I know his," the minister said.',
    ],
)
def test_a_title_after_a_quotation_skips_the_people_it_names(quote: str) -> None:
    """'"... Minister Kao did not agree ...," the minister said': the speaker is not Kao."""
    found = _statements(_LUNCH + quote)
    assert found
    assert {s for s, _ in found} == {"Lena Brun"}


def test_a_title_after_a_quotation_naming_no_one_takes_the_latest_holder() -> None:
    """'"We agreed on the text," the minister said' after another minister is named: him."""
    text = (
        _LUNCH + 'Defence Minister Ivo Lantz joined them later. "We agreed on the text," the '
        "minister said."
    )
    assert _statements(text)[-1] == ("Ivo Lantz", "We agreed on the text,")


@pytest.mark.parametrize(
    "text",
    [
        (
            "Business groups welcomed the outcome. Tradevell, the business federation, insisted in "
            'a written statement that the deal was "overdue by five years".'
        ),
        'Tradevell, the employers\' association, said the deal was "overdue by five years".',
    ],
)
def test_a_one_word_name_set_off_as_a_body_speaks_as_one(text: str) -> None:
    """'Tradevell, the business federation, insisted ...': an organisation, not a person."""
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=_DAY)
    assert [(s.speaker.name, s.speaker.kind) for s in article.statements if s.speaker] == [
        ("Tradevell", "organization")
    ]


def test_a_one_word_name_with_a_job_in_a_body_stays_a_person() -> None:
    """'Quell, the group's leader, said': the leader of a group is a person."""
    text = 'Quell, the group\'s leader, said the deal was "overdue by five years".'
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=_DAY)
    assert [s.speaker.kind for s in article.statements if s.speaker] == ["person"]
