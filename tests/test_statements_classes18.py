"""
Statements of classes of English news prose found reading development failures.

The failures were PolNeAR train's and the seventeenth session's samples'; every sentence
here is written for this file.

Classes: a "he said" or "she said" after a sentence whose subject is a person the links do not
know, named after an opening phrase or with an apposition ("Asked about the vote, Tom Haverly
suggested ...", "Tom Haverly, the party's spokesman, argued ...").
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2025, 9, 12)  # a Friday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Row over the count goes on")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            # an opening phrase, then an unknown name as the subject of a reporting verb
            (
                "Delegates gathered in Lisbon on Monday.\n\n"
                "Hospital spokeswoman Dana Whitlander criticized Orlov for the claim. "
                '"Nice try, not true," she said in a tweet.\n\n'
                "Asked about the vote, Tom Haverly suggested that the count had been rigged. "
                '"Most towns tried to do a good job," he said.'
            ),
            "Most towns",
            "Tom Haverly",
        ),
        (
            # the name with an apposition; the quotation opens the next paragraph
            (
                "Delegates gathered in Lisbon on Monday.\n\n"
                "The senator spoke to farmers on Monday, comparing the worst scenes to riots. "
                "Asked if there had been any fraud in the count, Tom Haverly, Orlov's spokesman, "
                "suggested that the party had been sabotaged in a way that hurt one candidate.\n\n"
                '"Most towns tried to do a good job," he said, "but often they are short of '
                'money."'
            ),
            "Most towns",
            "Tom Haverly",
        ),
        (
            # a wire's style: "Reached by telephone, A B suggested ..."
            (
                "MANILA (Wire) -- The coast guard said on Sunday it had escorted two fishing "
                "boats back to port.\n\n"
                "Senator Marisol Dantes told reporters the patrol had come too late. "
                '"Our fishermen deserve better," she said.\n\n'
                "Reached by telephone, Benigno Saldana suggested that the boats had strayed in "
                'bad weather. "They lost their way in the storm," he said.'
            ),
            "lost their way",
            "Benigno Saldana",
        ),
    ],
)
def test_pronoun_takes_up_an_unlinked_subject(text: str, words: str, speaker: str) -> None:
    """A pronoun speaker is the unknown person opening the sentence before, not an older one."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a body or a place opening the sentence is no person the pronoun takes up
        (
            "Delegates gathered in Lisbon on Monday.\n\n"
            "Senator Marisol Dantes criticized the count. "
            '"Nice try, not true," she said in a tweet.\n\n'
            "Asked about the vote, European Union officials said the count was fair. "
            '"It was a good count," she said.'
        ),
    ],
)
def test_unlinked_subject_is_no_body(text: str) -> None:
    """'European Union officials' is no person: the senator is still the speaker."""
    assert speaker_in(quoted(text), "good count") == "Marisol Dantes"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            # a cue word after an opening preposition is a noun: "Amid calls"
            (
                "Senator Piet Halvorsen and Governor Ada Moreno spoke in Dayton on Monday.\n\n"
                "Amid calls from some members to expel him, Ana Ruiz defended the senator, "
                'saying it is wrong to "punish a man for his vote."'
            ),
            "punish a man",
            "Ana Ruiz",
        ),
        (
            # a long opening phrase with a name in it, then a relative clause on its noun
            (
                "Senator Piet Halvorsen and Governor Ada Moreno spoke in Dayton on Monday.\n\n"
                "Absent Halvorsen's own plan for the harbour, which he has not published, Moreno "
                'pointed to the cost of the last dredging, calling it "a waste of money."'
            ),
            "waste of money",
            "Ada Moreno",
        ),
        (
            # a tabloid's "Despite warnings ..., X pressed on, calling it ..."
            (
                "Senator Piet Halvorsen and Governor Ada Moreno spoke in Dayton on Monday.\n\n"
                "Despite warnings from the treasury about the cost of the scheme, Governor Moreno "
                'pressed on, calling the dredging "long overdue."'
            ),
            "long overdue",
            "Ada Moreno",
        ),
    ],
)
def test_opening_preposition_is_no_speaker(text: str, words: str, speaker: str) -> None:
    """A sentence opening on "Amid", "Absent" or "Despite" names no speaker "Amid"."""
    assert speaker_in(quoted(text), words) == speaker


def test_pronoun_after_opening_preposition_and_aside() -> None:
    """'Absent A's plan, which he has not published, B pointed ...' / '"...," she went on'."""
    text = (
        "Senator Piet Halvorsen and Governor Ada Moreno spoke in Dayton on Monday.\n\n"
        "Absent Halvorsen's own plan for the harbour, which he has not published, Moreno "
        "pointed to the cost of the last dredging.\n\n"
        '"It would end every subsidy we have," she went on.'
    )
    assert speaker_in(quoted(text), "every subsidy") == "Ada Moreno"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                '"We cannot feed a village on promises," said Galway trawler-fleet manager Orla '
                "Byrne, who runs six boats."
            ),
            "feed a village",
            "Orla Byrne",
        ),
        (
            '"The numbers do not add up," added Lisbon think-tank economist Duarte Pimenta.',
            "do not add up",
            "Duarte Pimenta",
        ),
        (
            '"Imagine a third candidate on the same stage," mused Lantern co-host Rita Szabo.',
            "third candidate",
            "Rita Szabo",
        ),
    ],
)
def test_hyphenated_job_before_name_after_inverted_cue(text: str, words: str, speaker: str) -> None:
    """'said Galway trawler-fleet manager Orla Byrne': the name, not the place, speaks."""
    assert (
        speaker_in(quoted("Fishing quotas were set in Brussels on Monday.\n\n" + text), words)
        == speaker
    )


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "A State Department spokesperson, asked about the talks at a briefing in "
                'Washington, said the United States was "watching closely".'
            ),
            "watching closely",
            "State Department",
        ),
        (
            (
                "The Kremlin spokesman, questioned by reporters after the call, said Russia saw "
                '"no reason for alarm".'
            ),
            "no reason for alarm",
            "Kremlin",
        ),
        (
            (
                "Kenya's deputy foreign minister, Wanjiku Otieno, pressed on the date of the vote, "
                'said Nairobi wanted it held "before the rains".'
            ),
            "before the rains",
            "Wanjiku Otieno",
        ),
    ],
)
def test_asked_aside_between_subject_and_cue(text: str, words: str, speaker: str) -> None:
    """'A spokesperson, asked about ..., said the United States was "..."': not the country."""
    found = quoted("Ministers met in Muscat on Monday.\n\n" + text)
    assert speaker_in(found, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            # a place's person, with an apposition, whose report opens on another name
            (
                "Delegates gathered in Columbus on Monday.\n\n"
                "And Ohio's Marta Kellerwood, one of only a few women on the committee, said "
                'Petrov will exceed expectations with farmers. "I think Petrov will do quite '
                'fine. I think he will win," she said, showing off a hat.'
            ),
            "quite fine",
            "Marta Kellerwood",
        ),
        (
            # the latest speaker opens the sentence before: not the speaker before her
            (
                'Farm leaders met in Toronto on Monday. "The price is too low," said union '
                "chief Marc Dufresne.\n\n"
                "But Ontario's Priya Raman, a dairy farmer from Guelph, said Dufresne will sign "
                'anyway. "We have waited long enough," she said.'
            ),
            "waited long enough",
            "Priya Raman",
        ),
        (
            (
                "Ministers met in Berlin on Monday to discuss milk prices with Chancellor Otto "
                "Brenner.\n\n"
                "But Bavaria's Lena Hofstetter, who chairs the farm committee, said Brenner will "
                'back the dairies. "He knows the farmers will not wait," she said.\n\n'
                "Lagos's Tunde Ajayi-Cole, a port official, said Brenner will visit in June. "
                '"Nobody should panic about the ships," he told reporters.'
            ),
            "Nobody should panic",
            "Tunde Ajayi-Cole",
        ),
    ],
)
def test_pronoun_takes_up_the_reporting_subject(text: str, words: str, speaker: str) -> None:
    """'Ohio's A, ..., said B will win. "...," she said': A, the subject who reported."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        (
            # a government release's "Quotes" section, hyphen signatures, a style of address
            (
                "The ministers agreed to meet again in Tromso in 2027.\n\nQuotes\n\n"
                '"The Arctic is changing quickly. Neighbours stand together."\n\n'
                "- The Honourable Marie-Claude Fortin, Minister of Foreign Affairs\n\n"
                '"Our voice must be heard in every discussion about the north. Today it was."\n\n'
                "- Nivi Kleist-Olsen, Minister for Foreign Affairs of Greenland\n\n"
                "Quick facts\n\n- The agreement covers research stations."
            ),
            ["Marie-Claude Fortin", "Nivi Kleist-Olsen"],
        ),
        (
            # em dashes, a wire dateline before
            (
                "ACCRA - Ghana and Cote d'Ivoire signed a cocoa pricing accord on Friday.\n\n"
                '"Farmers on both sides of the border deserve a fair price for their beans."\n\n'
                "\u2014 Kwame Asante, Minister of Trade and Industry\n\n"
                '"This accord ends a decade of undercutting each other."\n\n'
                "\u2014 Awa Kone, Minister of Agriculture\n\n"
                "Background\n\n- The two countries grow most of the world's cocoa."
            ),
            ["Kwame Asante", "Awa Kone"],
        ),
    ],
)
def test_each_quotation_is_its_signers(text: str, signers: list[str]) -> None:
    """A quotation paragraph signed by a dash line below is that signer's, not the one before."""
    found = quoted(text)
    assert [s.speaker.name if s.speaker else None for s in found] == signers
