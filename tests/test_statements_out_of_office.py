"""
A bare office ("the prime minister said") is not taken up by someone out of that office.

Articles and sentences written here, people invented.  News sets the government against
its opposition and today's holders against former ones in adjacent sentences: "Opposition
leader A accused the government ... The prime minister said ...", "Former President B
criticised the accord ... The president said ...".  The office's holder, whom such a story
may not name, is neither A nor B; "the former president" still takes up B.  Likewise a
body's own noun ("the bureau said", "the directorate said") takes up the body the paragraph
named, not a bare "Bureau".
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2024, 3, 5)


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Deal divides parliament")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            (
                "Opposition leader Mara Kendi accused the government of secrecy. "
                '"They have hidden the deal from parliament," Kendi said. The prime minister '
                'said the talks "went well".'
            ),
            "went well",
        ),
        (
            (
                "NAIROBI, March 4 - Opposition leader Mara Kendi accused the government of "
                'secrecy. Later, the president told reporters the talks "went well".'
            ),
            "went well",
        ),
        (
            (
                "Former President Oren Talbi, who lost the election in May, criticised the "
                'accord on Monday. The president said the deal "protects our fishermen".'
            ),
            "protects our fishermen",
        ),
        (
            (
                "On Monday, former Foreign Minister Anil Dutta called the treaty a mistake. The "
                'foreign minister replied that it was "the best deal on offer".'
            ),
            "the best deal on offer",
        ),
    ],
)
def test_an_office_is_not_taken_up_by_the_opposition_or_a_former_holder(
    text: str, words: str
) -> None:
    """The office's holder, whom the story does not name, speaks: not the one out of it."""
    assert speaker_in(quoted(text), words) not in {"Mara Kendi", "Oren Talbi", "Anil Dutta"}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Former President Oren Talbi criticised the accord. "
                '"It is a surrender," the former president said.'
            ),
            "It is a surrender",
            "Oren Talbi",
        ),
        (
            (
                "Opposition leader Mara Kendi accused the government of secrecy. The opposition "
                'leader said the deal was "hidden from parliament".'
            ),
            "hidden from parliament",
            "Mara Kendi",
        ),
        (
            (
                "President Oren Talbi met the envoy on Monday. The president said the deal "
                '"protects our fishermen".'
            ),
            "protects our fishermen",
            "Oren Talbi",
        ),
        (
            (
                "Foreign Minister Anil Dutta met his counterpart in Dhaka. The foreign minister "
                'called the talks "a fresh start".'
            ),
            "a fresh start",
            "Anil Dutta",
        ),
    ],
)
def test_the_same_office_still_takes_up_its_holder(text: str, words: str, speaker: str) -> None:
    """A description saying "former" or "opposition", or a holder in office, is still taken up."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The Presidential Communications Bureau said on Monday that the president "
                'would travel to Jakarta. "The visit will deepen trade ties," the bureau said '
                "in a statement."
            ),
            "deepen trade ties",
            "Presidential Communications Bureau",
        ),
        (
            (
                "The Directorate General of Military Operations confirmed the exchange of "
                'fire. "Our posts responded in kind," the directorate said.'
            ),
            "responded in kind",
            "Directorate General of Military Operations",
        ),
        (
            (
                "Pakistan's Permanent Mission to the United Nations issued a note on Tuesday. "
                '"The allegations are baseless," the mission said.'
            ),
            "allegations are baseless",
            "Permanent Mission to the United Nations",
        ),
        (
            (
                "In Geneva, the Swiss Federal Department of Foreign Affairs summoned the "
                'envoy. "We expect an explanation," the department said.'
            ),
            "expect an explanation",
            "Swiss Federal Department of Foreign Affairs",
        ),
        (
            (
                "The Office of the High Commissioner for Human Rights criticised the arrests "
                'on Friday. "Detention must not be arbitrary," the office said.'
            ),
            "must not be arbitrary",
            "Office of the High Commissioner for Human Rights",
        ),
    ],
)
def test_a_bodys_own_noun_takes_up_the_body_named_before(
    text: str, words: str, speaker: str
) -> None:
    """'"...," the bureau said' speaks for the bureau the paragraph named, said it anything."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            (
                "Chancellor Lena Brandt travelled to Paris on Monday. The president said the "
                'deal "protects our fishermen".'
            ),
            "protects our fishermen",
        ),
        (
            (
                "Foreign Minister Anil Dutta flew to Dhaka. The prime minister said the visit "
                'was "long overdue".'
            ),
            "long overdue",
        ),
        (
            (
                "Defence Minister Sara Olu visited the base on Friday. The president later "
                'called the drills "a success".'
            ),
            "a success",
        ),
        (
            'Senator Jo Wray opposed the bill. The president said it was "a good first step".',
            "a good first step",
        ),
    ],
)
def test_an_office_is_not_taken_up_by_the_holder_of_another(text: str, words: str) -> None:
    """A minister, a chancellor or a senator named before is not "the president"."""
    assert speaker_in(quoted(text), words) not in {
        "Lena Brandt",
        "Anil Dutta",
        "Sara Olu",
        "Jo Wray",
    }


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'President Jo Wray met the envoy. The American leader said it was "a good first step".',
            "a good first step",
        ),
        (
            (
                "Foreign Minister Jo Wray met the envoy. The minister said the talks were "
                '"a good first step".'
            ),
            "a good first step",
        ),
        (
            'Prime Minister Jo Wray met the envoy. The premier said it was "a good first step".',
            "a good first step",
        ),
        (
            (
                "BEIJING, May 9 - Vice Premier Liu Hong met the delegation. Prime Minister Jo "
                'Wray arrived later. "We are ready," the premier said.'
            ),
            "We are ready",
        ),
    ],
)
def test_a_generic_office_still_takes_up_a_holder(text: str, words: str) -> None:
    """A generic office ("the leader", "the minister") fits the holder named before."""
    assert speaker_in(quoted(text), words) == "Jo Wray"
