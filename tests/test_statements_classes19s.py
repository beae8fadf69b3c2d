"""
Speakers news prose names by a bare body noun or by a civic title only.

Articles and sentences written here, people and bodies invented.  A report's own ministry is
often named once and then written "a ministry statement", "a ministry communique" or "the
ministry" paragraphs later: the speaker is the ministry the article named (or the ministry of
the minister of a portfolio it named), not a bare "Ministry".  British civic offices ("the
Lord Provost of Perth, A", "Chief Constable B", "Ombudsman C") are titles like "Mayor": the
title alone ("the Lord Provost told guests") takes up the holder named before.
"""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import quoted_statements, speaker_actor, speaker_in

PUBLISHED = date(2025, 4, 9)


def _speaker(text: str, words: str) -> tuple[str | None, str | None]:
    """The name and country of the speaker of the quotation holding ``words``."""
    actor = speaker_actor(quoted_statements(text, PUBLISHED, "Envoys meet"), words)
    return (None, None) if actor is None else (actor.name, actor.country)


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            (
                "LIMA (Reuters) - Deputy Foreign Minister Tomas Ferrel received the envoy of "
                'Norland on Friday for what a ministry communique described as "a useful '
                'exchange" on fishing rights.'
            ),
            "useful exchange",
            "Foreign Ministry",
        ),
        (
            (
                "QUITO, April 8 - Defence Minister Ana Varela flew to the border on Tuesday.\n\n"
                "Troops were sent north.\n\n"
                'A ministry statement later called the visit "a show of resolve".'
            ),
            "show of resolve",
            "Defence Ministry",
        ),
        (
            (
                "The Ministry of Foreign Affairs and Trade summoned the envoy of Norland on "
                "Monday.\n\nThe talks lasted an hour.\n\nThe envoy was told of the country's "
                '"deep unease", a ministry statement said.'
            ),
            "deep unease",
            "Ministry of Foreign Affairs",
        ),
    ],
)
def test_bare_ministry_takes_up_the_ministry_the_article_named(
    text: str, words: str, name: str
) -> None:
    """A bare ministry takes up the ministry (or the portfolio minister's) named before."""
    assert _speaker(text, words)[0] == name


def test_bare_ministry_keeps_the_dateline_country() -> None:
    """A ministry made from a minister's portfolio keeps the dateline's country."""
    text = (
        "LIMA (Reuters) - Deputy Foreign Minister Tomas Ferrel received the envoy of Norland "
        'for what a ministry communique described as "a useful exchange".'
    )
    assert _speaker(text, "useful exchange") == ("Foreign Ministry", "PE")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a prime minister holds no ministry of a portfolio
        (
            (
                "Prime Minister Tomas Ferrel met the envoy of Norland on Friday, in what a "
                'ministry communique described as "a useful exchange".'
            ),
            "useful exchange",
        ),
        # no ministry and no minister named at all
        (
            (
                "Tomas Ferrel met the envoy of Norland on Friday, in what a ministry communique "
                'described as "a useful exchange".'
            ),
            "useful exchange",
        ),
    ],
)
def test_bare_ministry_without_a_named_one_stays_bare(text: str, words: str) -> None:
    """No portfolio minister and no ministry named: no ministry is made up."""
    assert _speaker(text, words)[0] in {None, "Ministry"}


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            (
                "The visitor was received by the Lord Provost of Dunmere, Jean Mackay, at the "
                'Town House.\n\n"We have waited long for this," the Lord Provost told guests.'
            ),
            "waited long",
            "Jean Mackay",
        ),
        (
            (
                "Lord Mayor Peter Hollis opened the trade fair on Monday.\n\nThe Lord Mayor "
                'said the city was "open for business".'
            ),
            "open for business",
            "Peter Hollis",
        ),
        (
            (
                "The Chief Constable of Westmoor, Ann Rossiter, briefed the visiting minister. "
                '"Calm has returned to the harbour," the chief constable said.'
            ),
            "Calm has returned",
            "Ann Rossiter",
        ),
        (
            (
                'Ombudsman Carl Penwith opened an inquiry on Tuesday. "We will look at every '
                'complaint," the ombudsman said.'
            ),
            "every complaint",
            "Carl Penwith",
        ),
    ],
)
def test_civic_title_alone_takes_up_its_holder(text: str, words: str, name: str) -> None:
    """A civic title alone takes up its holder named before."""
    assert speaker_in(quoted_statements(text, PUBLISHED, "Envoys meet"), words) == name


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            (
                "Ambassador Pavel Drom rejected the protest, saying the boat had been caught "
                '"fishing inside our waters," the ministry said.'
            ),
            "fishing inside",
            "Pavel Drom",
        ),
        (
            (
                "Foreign Minister Ana Lutz spoke by phone with her counterpart and asked that "
                'Norland "halt the shelling at once," the country\'s foreign ministry said.'
            ),
            "halt the shelling",
            "Ana Lutz",
        ),
    ],
)
def test_body_relaying_a_named_persons_words_leaves_the_person(
    text: str, words: str, name: str
) -> None:
    """A person's own verb of saying before the quotation; the body after only relays it."""
    assert speaker_in(quoted_statements(text, PUBLISHED, "Envoys meet"), words) == name


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # no verb of saying before the quotation: the body speaks
        (
            (
                'Deputy Minister Tom Krell met the envoy for what was "a useful exchange," the '
                "ministry said."
            ),
            "useful exchange",
        ),
        # a body's verb of saying before it: the body after speaks
        (
            (
                'The navy rejected the claim, saying the boat had been "well inside the line," '
                "the ministry said."
            ),
            "inside the line",
        ),
    ],
)
def test_body_speaks_when_no_person_said_the_words(text: str, words: str) -> None:
    """The body after the quotation stays its speaker when no named person said it."""
    actor = speaker_actor(quoted_statements(text, PUBLISHED, "Envoys meet"), words)
    assert actor is not None
    assert actor.kind == "organization"
