"""
Statements of classes of English news prose found reading PolNeAR train's failures.

Every sentence here is written for this file, with invented people.

Class: a "he said" or "she said" taken up by a person the text shows to be of the other
gender (a courtesy title, a gendered office noun, a reflexive, "said she" after the name):
the pronoun goes to the nearest person it fits.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2025, 9, 12)  # a Friday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Talks on the border resume")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            # a US paper's style: a woman and a man known from kin nouns in apposition,
            # then "she said" about the woman
            (
                "The senator has long pressed for the bill.\n\n"
                "Orla Brenning, the governor's daughter, said the vote would come soon. "
                "Dario Feltz, the mayor's son, disagreed. "
                '"It will not pass," Feltz said.\n\n'
                '"We have the numbers and we will show it," she said.'
            ),
            "We have the numbers",
            "Orla Brenning",
        ),
        (
            # a British paper's style: "Mrs" and "Mr" without a stop
            (
                "Mrs Hallam Quist, the shadow minister, said in Leeds on Monday that bills "
                "were too high. "
                "Mr Piers Ambry, a trade unionist, told the rally that jobs were at risk. "
                '"We cannot wait another winter," Ambry said.\n\n'
                '"Nobody voted for higher bills," she said to cheers.'
            ),
            "Nobody voted for higher bills",
            "Hallam Quist",
        ),
        (
            # a wire's style: a woman known from "and her" and "said she", a man from "said he"
            # and "added that he"
            (
                "Nell Castor and her aides opened the session in Nairobi. Castor said she was "
                "hopeful.\n\n"
                '"The roads must be finished by June," said Castor. '
                "Amos Kiprono said he would release the money. Kiprono added that he had signed. "
                '"The money is there," Kiprono added.\n\n'
                '"I will not accept any more delays," she said on Wednesday.'
            ),
            "I will not accept any more delays",
            "Nell Castor",
        ),
        (
            # a man known from "said he" twice, after a woman known from a kin noun
            (
                "Rafe Okonkwo said he had come to Abuja. Okonkwo added that he was hopeful.\n\n"
                '"We came to listen," Okonkwo said.\n\n'
                "Ada Eze, the president's sister, welcomed the delegation. "
                '"Our doors are open," Eze said. '
                '"This is a good week for both of us," he told reporters later.'
            ),
            "This is a good week for both of us",
            "Rafe Okonkwo",
        ),
    ],
)
def test_a_pronoun_skips_a_person_of_the_other_gender(text: str, words: str, speaker: str) -> None:
    """A "she said" is not given to a man the text names, nor "he said" to a woman."""
    assert speaker_in(quoted(text), words) == speaker
