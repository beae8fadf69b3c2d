"""
Statements: a press release relaying a named person's words ("..., the release added").

Like "the statement" and "the spokesman", "the release" closing a sentence whose subject is a
person who assured, said or stressed something only relays that person's words.  People and
places are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import quoted_statements, speaker_in

_DAY = date(2026, 11, 10)
_LEAD = "Ostrelandic Ambassador Matthias Pellinger met the minister in Varno on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Ambassador Pellinger, for his part, assured that Ostreland would review the"
            ' incident "in good faith and at once", the release added.'
        ),
        (
            "Pellinger stressed that Ostreland would review the incident"
            ' "in good faith and at once", the release added.'
        ),
    ],
)
def test_the_release_closing_a_persons_reported_words_relays_them(sentence: str) -> None:
    """The person who assured or said it speaks, not "the release"."""
    found = quoted_statements(_LEAD + sentence, _DAY, "Envoy summoned")
    assert speaker_in(found, "in good faith and at once") == "Matthias Pellinger"


def test_a_quotation_the_release_alone_gives_is_no_earlier_persons() -> None:
    """A quotation standing alone before "the release added" is not the ambassador's."""
    text = _LEAD + '"We will not accept this," the release added.'
    found = quoted_statements(text, _DAY, "Envoy summoned")
    assert speaker_in(found, "We will not accept this") != "Matthias Pellinger"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "On Thursday the delegation called on President Evaristo Fennick, who pressed"
                ' for "measurable steps" toward a fisheries accord.'
            ),
            "measurable steps",
            "Evaristo Fennick",
        ),
        (
            'Foreign Minister Lena Varga pressed for a "credible investigation" into the shooting.',
            "credible investigation",
            "Lena Varga",
        ),
    ],
)
def test_a_demands_quoted_words_after_pressed_for(sentence: str, words: str, speaker: str) -> None:
    """Words quoted right after "pressed for" are the one who pressed, as after "called for"."""
    found = quoted_statements(sentence, _DAY, "Talks in Varno")
    assert speaker_in(found, words) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        'Time pressed for the envoys, who met at the "green gate" of the palace.',
        'Fishermen pressed for weeks to reopen the "blue zone" near the reef.',
        'The crowd pressed forward toward the "green gate" of the palace.',
    ],
)
def test_pressed_for_with_no_quotation_right_after_is_no_cue(sentence: str) -> None:
    """A quotation further on ("pressed for weeks ... the 'blue zone'") is nobody's words."""
    assert quoted_statements(sentence, _DAY, "Talks in Varno") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                "The two ministers testified before the Standing Committee on Fisheries and"
                " Oceans, whose chair, Liberal MP Devinder Sohal, called the hearing"
                ' "long past due."'
            ),
            "Devinder Sohal",
        ),
        (
            (
                "The delegation met the Varno council, whose deputy head, Mara Keldsen, said"
                ' the plan was "a good start".'
            ),
            "Mara Keldsen",
        ),
    ],
)
def test_the_name_in_an_aside_after_whose_speaks(sentence: str, speaker: str) -> None:
    """In "the committee, whose chair, MP X, called it ...", X speaks, not the committee."""
    found = quoted_statements(sentence, _DAY, "Ministers before the committee")
    assert speaker_in(found, "") == speaker


def test_an_aside_after_whose_in_lower_case_names_no_speaker() -> None:
    """An aside in lower case after "whose" ("whose members, in Varno,") names nobody."""
    text = (
        'The ministers met the Varno council, whose members, in Varno, called the plan "a start".'
    )
    found = quoted_statements(text, _DAY, "Ministers before the council")
    assert speaker_in(found, "a start") != "Varno"
