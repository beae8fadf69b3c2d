"""
Statements of classes of English news prose found reading the retired check16 set's failures.

Every sentence here is written for this file, with invented people, places and bodies.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2025, 9, 12)  # a Friday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Talks on the border resume")


# Class: a quoted phrase inside the sentence, its speaker named with a lower-case job at the
# sentence's end ("..., government spokeswoman Ana Hale said today.").
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                'Norland will "take all necessary measures" to protect its people after the raid '
                "on Velm, government spokeswoman Ana Hale said today."
            ),
            "take all necessary measures",
            "Ana Hale",
        ),
        (
            (
                'PORT REL (AP) -- Norland will give Velm "all the help it needs" to defend '
                "itself, State Department press officer Tom R. Bale said today."
            ),
            "all the help it needs",
            "Tom R. Bale",
        ),
        (
            (
                'The army would "hold every bridge" until the spring, navy press officer Piet '
                "Ormand said on Monday."
            ),
            "hold every bridge",
            "Piet Ormand",
        ),
    ],
)
def test_trailing_speaker_with_a_job(text: str, words: str, speaker: str) -> None:
    """A name after a job and a comma at the sentence's end speaks its quoted phrase."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # no comma opens the job: the name is inside another phrase
        (
            'Norland will "take all necessary measures" after talks with press officer Tom Bale '
            "said today."
        ),
        # the words before the name are no job
        'Norland will "take all necessary measures", the rebels under Tom Bale said today.',
    ],
)
def test_trailing_name_without_a_job_is_not_read(text: str) -> None:
    """A name after no job, or with no comma before its job, is not the speaker."""
    assert all(s.speaker is None or s.speaker.name != "Tom Bale" for s in quoted(text))


# Class: "expressed her government's '...'" - the quoted words are the verb's object, the
# owner written in two words.
@pytest.mark.parametrize(
    "text",
    [
        (
            'Kirov expressed her government\'s "deep regret" over the death and said the '
            "officers had been withdrawn."
        ),
        'Kirov expressed the ministry\'s "deep regret" over the death.',
        'Kirov voiced their country\'s "serious concern" about the shooting.',
    ],
)
def test_expressed_with_a_two_word_owner(text: str) -> None:
    """The subject of "expressed her government's '...'" speaks the quoted words."""
    found = quoted(text)
    assert [s.speaker.name if s.speaker else None for s in found] == ["Kirov"]


def test_expressed_with_words_after_the_owner_is_no_cue() -> None:
    """A quoted phrase further on is not the object of "expressed"."""
    text = 'Kirov expressed her government\'s concern over "the killings".'
    assert all(s.speaker is None for s in quoted(text))


# Class: a body's voices in the plural ("Defense Ministry spokesmen said"): the body speaks.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'Defense Ministry spokesmen said the rebels launched "massive attacks" on Sunday.',
            "massive",
        ),
        ('"The rebels retreated in disorder," Defense Ministry spokesmen said.', "retreated"),
        ('Defense Ministry spokespeople said the talks were "useful".', "useful"),
    ],
)
def test_plural_spokesmen_speak_for_their_body(text: str, words: str) -> None:
    """Plural spokesmen speak for their body, as "X Ministry officials" do."""
    assert speaker_in(quoted(text), words) == "Defense Ministry"


# Class: a document's author after "a statement by" before a participle of saying: the
# author speaks, not the one who broadcast or read it.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            (
                "Radio Velm broadcast a statement by Foreign Minister Hu Lin charging that "
                'troops had "provoked the clashes".'
            ),
            "provoked",
        ),
        (
            (
                "Radio Velm broadcast a statement by Foreign Minister Hu Lin saying that troops "
                'had "provoked the clashes".'
            ),
            "provoked",
        ),
        (
            (
                "State television read a message from President Hu Lin saying the army had "
                '"done its duty".'
            ),
            "done its duty",
        ),
    ],
)
def test_statement_by_its_author(text: str, words: str) -> None:
    """The author of "a statement by" speaks its participle's words."""
    assert speaker_in(quoted(text), words) == "Hu Lin"


def test_charging_without_that_is_no_cue() -> None:
    """A participle "charging" with an object, not "that", reports no words."""
    text = 'Rebels were charging the town, which was "completely surrounded" by then.'
    assert quoted(text) == [] or all(s.cue != "charging" for s in quoted(text))


def test_charging_that_is_a_cue() -> None:
    """The participle "charging" before "that" reports words."""
    text = 'The ministry issued a statement charging that troops had "provoked the clashes".'
    found = quoted(text)
    assert [s.cue for s in found] == ["charging"]


# Class: "the Force", written with its capital, takes up the force named in full paragraphs
# before (its acronym in between).
def test_the_force_takes_up_the_force_named_before() -> None:
    """The capitalised "the Force" is the force the article named in full."""
    text = (
        "Gunmen wounded two soldiers of the Norland Defence Force (NDF) on Monday.\n\n"
        "Minister Jo Bale met his counterpart in Port Rel on Friday.\n\n"
        "According to an NDF statement, a patrol came under fire near the river. The Force "
        'described the attackers as members of a gang and said its troops had "responded '
        'appropriately".'
    )
    assert speaker_in(quoted(text), "responded") == "Norland Defence Force"


# Class: a press release's "Quotes attributable to <speaker>:" over its quotation paragraphs.
RELEASE = (
    "The Minister for Trade, Mara Quill, met the Velmish Minister for Commerce, Tomas Gryn, "
    "in Velm on Monday.\n\n"
    "Quotes attributable to the Minister for Trade:\n\n"
    '"Velm is one of our closest partners."\n\n'
    '"When something goes wrong, we put it right."\n\n'
    "Comments attributed to Tomas Gryn:\n\n"
    '"Velm values Norland\'s friendship."\n\n'
    "Media enquiries"
)


@pytest.mark.parametrize(
    ("words", "speaker"),
    [("closest partners", "Mara Quill"), ("put it right", "Mara Quill"), ("values", "Tomas Gryn")],
)
def test_quotes_attributable_header(words: str, speaker: str) -> None:
    """Each quotation under a "Quotes attributable to" header is that speaker's."""
    found = [s for s in quoted(RELEASE) if words in s.quote]
    # the header's colon is the cue of its quotations, which its speaker said
    assert [(s.speaker.name if s.speaker else None, s.cue) for s in found] == [(speaker, ":")]


def test_a_colon_paragraph_without_the_header_names_no_one() -> None:
    """Another paragraph ending in a colon names no speaker."""
    text = RELEASE.replace("Quotes attributable to the Minister for Trade:", "Key points:")
    assert speaker_in(quoted(text), "closest partners") != "Mara Quill"


# Class: a minister's release whose letterhead names the holder of "the Minister for ...".
LETTERHEAD = (
    "Norland Government\nMinister for Trade\n\n"
    "Senator the Hon Mara Quill\nMinister for Trade\n\n"
    "Media release\n\n"
    "Fisheries talks in Velm\n\n"
    "12 September 2025\n\n"
    "Today I travelled to Velm for talks on fisheries enforcement.\n\n"
    "Quotes attributable to the Minister for Trade:\n\n"
    '"Velm is one of our closest partners."\n\n'
    "Media enquiries"
)


def test_letterhead_holder_speaks_for_the_office() -> None:
    """The office a letterhead's holder holds is that holder."""
    found = diplomeet.parse(LETTERHEAD).statements
    assert speaker_in(list(found), "closest partners") == "Mara Quill"


def test_letterhead_without_a_style_of_address_names_no_one() -> None:
    """A name line without "the Hon" is no letterhead."""
    text = LETTERHEAD.replace("Senator the Hon Mara Quill", "Mara Quill")
    found = diplomeet.parse(text).statements
    assert speaker_in(list(found), "closest partners") != "Mara Quill"
