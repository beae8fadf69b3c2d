"""
Speakers found by a survey of who speaks across whole articles.

Articles and sentences written here, people invented.  The survey (45 article-length
stretches: wires, dailies, broadcasters' sites, readouts, press briefings, features and
archive dispatches) followed the speaker from paragraph to paragraph and showed these gaps:

* a person introduced by a job description at the start of a sentence ("Human rights lawyer
  Ana Ruiz disagreed.") is whom the "she said" of the quotation after takes up;
* "police said" after a quotation, written bare;
* "it added" after a body's quotation is that body;
* a body written in lower case keeps the word saying which one ("the border service", "the
  transport ministry"); "the union" takes up the union the article named;
* a country's body written with the country's possessive and in lower case ("China's
  coastguard said ...").
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Actor, Statement
from extraction_helpers import quoted_statements

PUBLISHED = date(2024, 5, 14)


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Talks resume")


def speaker_of(text: str, words: str) -> Actor | None:
    """The speaker of the quotation holding ``words``."""
    for s in quoted(text):
        if words in s.quote:
            return s.speaker
    msg = f"no quotation holds {words!r}"
    raise AssertionError(msg)


def name_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    speaker = speaker_of(text, words)
    return speaker.name if speaker is not None else None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                'Prime Minister Tavita Solomona defended the new levy on Monday. "Nobody likes'
                ' taxes, but the roads must be paid for," he said.\n\nOpposition economist Lagi'
                ' Fuimaono disagreed. "The levy falls on the poorest families first," she said.'
            ),
            "poorest families",
            "Lagi Fuimaono",
        ),
        (
            (
                'The governor, Ruben Okwuosa, said the curfew would stay. "We are not done yet,"'
                " Okwuosa said.\n\nHis longtime critic, the veteran lawyer Imelda Castellanos-Ruiz,"
                ' sees it otherwise. "Curfews have never stopped a single smuggler," she says.'
            ),
            "single smuggler",
            "Imelda Castellanos-Ruiz",
        ),
        (
            (
                '"The treaty is a good one," Foreign Minister Jarl Vikstrom told parliament.\n\n'
                'Former ambassador Henrik Aaltonen-Berg was less sure. "I have read it twice and I'
                ' still cannot find the fishermen in it," he said.'
            ),
            "find the fishermen",
            "Henrik Aaltonen-Berg",
        ),
    ],
)
def test_a_person_introduced_by_a_job_is_whom_the_pronoun_takes_up(
    text: str, words: str, speaker: str
) -> None:
    """A lawyer named after her job, then a quotation and "she said": the lawyer speaks."""
    assert name_of(text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"Two officers were hurt by flying glass," police said.',
        '"The driver has been released without charge," police said in a statement on Sunday.',
        'The march ended at six. "There were no arrests," police said.',
    ],
)
def test_police_written_bare_after_a_quotation_speak(text: str) -> None:
    """'"...," police said': the police, with no article."""
    speaker = quoted(text)[-1].speaker
    assert speaker is not None
    assert speaker.kind == "organization"
    assert speaker.name.lower() == "police"


@pytest.mark.parametrize(
    "text",
    [
        (
            '"We condemn the seizure of the trawler," the ministry said. "The crew must be freed'
            ' at once," it added.'
        ),
        (
            'The Fisheries Authority said on Friday: "Quotas will not change this year."\n\n"We'
            ' have heard the industry and we have decided," it said.'
        ),
        (
            '"The border post will reopen on Monday," the Customs Service said in a statement.'
            ' "Lorries will be checked at the new terminal," it said.'
        ),
    ],
)
def test_it_after_a_bodys_quotation_is_that_body(text: str) -> None:
    """'"...," the ministry said. "...," it added': the ministry both times."""
    first, second = quoted(text)[:2]
    assert first.speaker is not None
    assert second.speaker == first.speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'The border service said the crossing was "open to all traffic" again.',
            "all traffic",
            "Border Service",
        ),
        (
            (
                'A spokesman for the transport ministry said: "The minister has asked both sides'
                ' to meet."'
            ),
            "both sides",
            "Transport Ministry",
        ),
        (
            (
                "The Amalgamated Seafarers Union called the strike on Monday. The union said it"
                ' would "not sail a single ship" until the talks resumed.'
            ),
            "single ship",
            "Amalgamated Seafarers Union",
        ),
    ],
)
def test_a_lower_case_body_keeps_the_word_that_says_which(
    text: str, words: str, speaker: str
) -> None:
    """The border service, the transport ministry, the union the article named."""
    assert name_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            'China\'s coastguard said the boat had "illegally intruded" into the waters.',
            "illegally intruded",
            "CN",
        ),
        (
            (
                "Tajikistan's border troops said the patrol had fired \"from outside the agreed"
                ' points".'
            ),
            "agreed points",
            "TJ",
        ),
        ('"We fired warning shots," Malta\'s armed forces said.', "warning shots", "MT"),
    ],
)
def test_a_countrys_body_in_lower_case_speaks(text: str, words: str, country: str) -> None:
    """China's coastguard, in lower case after the possessive: that country's body."""
    speaker = speaker_of(text, words)
    assert speaker is not None
    assert speaker.kind == "organization"
    assert speaker.country == country


@pytest.mark.parametrize(
    "text",
    [
        'Hundreds of farmers marched on parliament chanting "Our land, our bread".',
        'Crowds outside the consulate shouted "Go home" as the envoy left.',
        'Placards read "No deal without the islands" and "Hands off our sea".',
        (
            "Thousands of students blocked the bridge on Sunday, according to witnesses,"
            ' shouting slogans that accused "the traitors in the palace" of "selling the coast".'
        ),
    ],
)
def test_a_crowds_slogans_and_a_signs_words_are_no_statements(text: str) -> None:
    """Chants, a crowd's cries and the words on placards: nobody states them."""
    assert quoted("The march went ahead on Saturday.\n\n" + text) == []


def test_what_a_crowd_said_stays_a_statement() -> None:
    """'Demonstrators said they want "..."': said, not chanted."""
    text = 'Demonstrators said they wanted "a fair hearing for the fishermen" and left.'
    assert [s.quote for s in quoted(text)] == ["a fair hearing for the fishermen"]
