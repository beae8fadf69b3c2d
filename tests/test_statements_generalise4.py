"""
Speakers of formal and relayed statements, and cues set apart from their subject.

Classes learned from the retired sixth set (wire copy of several decades, Gulf, Pacific and
South Asian papers), each tested on sentences written here about invented people: a day
between a subject and its cue ("Li on Tuesday said"), an agency's warrant ("TASS is
authorised to state"), a government statement carried by a radio, the absolute "with X
telling ..." clause, and a ministry's official name in full ("Ministry of Foreign Affairs
and Trade", "the UAE Ministry of Foreign Affairs").
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements

PUBLISHED = date(2026, 1, 14)  # a Wednesday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Ministers hold talks on security")


def speaker(text: str, words: str) -> tuple[str, str] | None:
    """The name and kind of the speaker of the quotation holding ``words``."""
    for s in quoted(text):
        if words in s.quote:
            return (s.speaker.name, s.speaker.kind) if s.speaker is not None else None
    msg = f"no quotation holds {words!r}"
    raise AssertionError(msg)


# --- a day or a warrant between the subject and its cue ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "LUSAKA, March 3 (ZNA): President Mwila Banda on Tuesday said the protection of"
            ' foreign investors was a "solemn duty" of the government.'
        ),
        'President Mwila Banda on Monday evening said the protection was a "solemn duty".',
        'Mr Banda yesterday said the protection of investors was a "solemn duty".',
        'President Mwila Banda last week said the protection was a "solemn duty".',
        'President Mwila Banda on March 3 said the protection was a "solemn duty".',
        'President Mwila Banda on 3 March said the protection was a "solemn duty".',
        'President Mwila Banda earlier on Tuesday said the protection was a "solemn duty".',
        'President Mwila Banda Tuesday said the protection was a "solemn duty".',
    ],
)
def test_a_day_between_subject_and_cue_keeps_the_subject(text: str) -> None:
    """'Banda on Tuesday said ... "solemn duty"': Banda speaks, the day is no subject."""
    assert speaker(text, "solemn duty") == ("Mwila Banda" if "Mwila" in text else "Banda", "person")


def test_an_agency_authorised_to_state_speaks_itself() -> None:
    """The Soviet-era formula 'TASS is authorised to state that "..."': TASS is the speaker."""
    text = (
        'TASS is authorised to state that "the Soviet Union will not leave such'
        ' provocations unanswered".'
    )
    assert speaker(text, "provocations unanswered") == ("TASS", "organization")


def test_an_agency_authorised_to_state_with_a_colon() -> None:
    """The same formula before a full quotation."""
    text = 'TASS is authorized to declare: "The frontier of the state is inviolable."'
    assert speaker(text, "frontier of the state") == ("TASS", "organization")


# --- a statement carried by a medium -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "A Tanzanian government statement broadcast by Radio Tanzania and monitored"
            ' here described the report as "a malicious lie spread by enemies".'
        ),
        (
            "A Tanzanian government statement broadcast by Radio Tanzania described the"
            ' report as "a malicious lie spread by enemies".'
        ),
        (
            "A statement from the Tanzanian government carried by the official news agency"
            ' said the report was "a malicious lie spread by enemies".'
        ),
    ],
)
def test_the_radio_that_broadcast_a_statement_is_not_its_author(text: str) -> None:
    """The government whose statement a radio or an agency carried speaks, not the medium."""
    assert speaker(text, "malicious lie") == ("Tanzanian government", "organization")


def test_a_radio_speaking_itself_is_an_organisation() -> None:
    """'Radio Tanzania said': a broadcaster, not a person named Radio."""
    text = 'Radio Tanzania said the report was "a malicious lie".'
    assert speaker(text, "malicious lie") == ("Radio Tanzania", "organization")


# --- an absolute "with" clause ---------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["", "foreign minister ", "external affairs minister "],
)
def test_with_x_telling_gives_the_words_to_x(title: str) -> None:
    """'..., with Mrema telling her counterpart that ... "..."': Mrema speaks, not the subject."""
    text = (
        "The arrest of two Kenyan traders cast a shadow over the visit of Somali foreign"
        f" minister Abdi Warsame, with {title}Asha Mrema telling her counterpart on Tuesday"
        ' that the matter had to be resolved "without delay and without conditions".'
    )
    assert speaker(text, "without delay") == ("Asha Mrema", "person")


def test_with_x_saying_gives_the_words_to_x() -> None:
    """The same with 'saying'."""
    text = 'The talks ended early, with Mrema saying the gap was "too wide to bridge".'
    assert speaker(text, "too wide") == ("Mrema", "person")


# --- a ministry's official name in full ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("the Ministry of Foreign Affairs and Trade", "Ministry of Foreign Affairs and Trade"),
        ("the Department of Foreign Affairs and Trade", "Department of Foreign Affairs and Trade"),
        ("the UAE Ministry of Foreign Affairs", "UAE Ministry of Foreign Affairs"),
        ("the Kenyan Ministry of Foreign Affairs", "Kenyan Ministry of Foreign Affairs"),
        ("the Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
    ],
)
def test_a_ministry_is_named_in_full(body: str, name: str) -> None:
    """The body's whole name speaks: not its country, not the name cut at 'of' or 'and'."""
    text = (
        f"In a statement on Monday, {body} said it was"
        ' "monitoring the situation closely" with the authorities.'
    )
    assert speaker(text, "monitoring the situation") == (name, "organization")


def test_a_person_of_a_place_is_still_cut_at_of() -> None:
    """'Jane Doe of Springfield said': the person, not the place after 'of'."""
    text = 'Jane Doe of Springfield said the plan was "a good start".'
    assert speaker(text, "good start") == ("Jane Doe", "person")
