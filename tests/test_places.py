"""
Places below the country (states, provinces) and capitals named as their government.

Every sentence is written for these tests, about people invented for them.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet._places import CAPITALS, SUBDIVISIONS

PUBLISHED = date(2024, 5, 10)


def test_the_tables_hold_states_and_capitals_but_not_words_or_names() -> None:
    """First-level subdivisions by country; no common word, given name or country."""
    assert SUBDIVISIONS["Kerala"] == "IN"
    assert SUBDIVISIONS["Texas"] == "US"
    assert SUBDIVISIONS["Quebec"] == "CA"
    assert SUBDIVISIONS["New South Wales"] == "AU"
    assert SUBDIVISIONS["Bavaria"] == "DE"
    for word in ("Victoria", "Georgia", "Central", "Delta", "Punjab"):
        assert word not in SUBDIVISIONS  # a name, a country, a word, two countries' region
    assert CAPITALS["Ankara"] == "TR"
    assert CAPITALS["Washington"] == "US"
    assert "Brussels" not in CAPITALS  # as often the European Union


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            (
                "Indian Prime Minister Arjun Mehta met Sri Lankan President Dinesh Perera in"
                " Kerala on Tuesday."
            ),
            "Kerala",
            "IN",
        ),
        (
            (
                "US Secretary of State Mary Collins met Mexican Foreign Minister Luis Ortega in"
                " Texas on Monday."
            ),
            "Texas",
            "US",
        ),
        (
            (
                "Canadian Prime Minister Paul Gagnon hosted Irish Prime Minister Sean Walsh in"
                " Quebec on Thursday."
            ),
            "Quebec",
            "CA",
        ),
        (
            (
                "Australian Prime Minister Kate Morrison met New Zealand's leader Tom Hale in"
                " Queensland on Wednesday."
            ),
            "Queensland",
            "AU",
        ),
    ],
)
def test_a_meeting_in_a_state_or_province_has_its_country(
    text: str, place: str, country: str
) -> None:
    """'in Kerala': the place is the state, in its country (not the last country named)."""
    (meeting,) = diplomeet.parse(text, published=PUBLISHED).meetings
    assert meeting.place is not None
    assert (meeting.place.name, meeting.place.country) == (place, country)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ('"We will not back down," Ankara said in a statement on Monday.', "TR"),
        ('"Sanctions will follow," Washington warned on Tuesday.', "US"),
        ('"The door to talks remains open," New Delhi said.', "IN"),
        ('Manila said the patrols would "continue as planned".', "PH"),
    ],
)
def test_a_capital_as_speaker_is_its_country(text: str, country: str) -> None:
    """'Ankara said': the Turkish government speaks, not a person called Ankara."""
    (statement,) = diplomeet.parse(text, published=PUBLISHED).statements
    assert statement.speaker is not None
    assert statement.speaker.kind == "country"
    assert statement.speaker.country == country


def test_a_state_as_speaker_is_not_a_person() -> None:
    """'Queensland said': the state's government, an organisation of its country."""
    text = '"The border will reopen on Friday," Queensland said in a statement.'
    (statement,) = diplomeet.parse(text, published=PUBLISHED).statements
    assert statement.speaker is not None
    assert statement.speaker.kind != "person"
    assert statement.speaker.country == "AU"


def test_two_capitals_are_no_people() -> None:
    """'Beijing and Manila traded accusations': no person named after a capital."""
    text = (
        '"This is a provocation," Beijing and Manila both said on Tuesday, each blaming the other.'
    )
    art = diplomeet.parse(text, published=PUBLISHED)
    names = {s.speaker.name for s in art.statements if s.speaker and s.speaker.kind == "person"}
    assert not names & {"Beijing", "Manila", "Beijing and Manila"}


def test_a_person_named_like_a_place_word_stays_a_person() -> None:
    """Given names left out of the table ('Victoria') still start a person's name."""
    text = '"We expect a deal by June," said Victoria Anand, the trade minister.'
    (statement,) = diplomeet.parse(text, published=PUBLISHED).statements
    assert statement.speaker is not None
    assert statement.speaker.kind == "person"
    assert statement.speaker.name == "Victoria Anand"


def test_seats_of_government_named_alone_give_their_city() -> None:
    """Talks "at Malacañang" or "at Itamaraty" are in Manila or Brasilia."""
    for venue, city in (("Malacañang", "Manila"), ("Itamaraty", "Brasilia")):
        text = (
            "Chilean Foreign Minister Ana Rojas met Philippine Foreign Secretary Jose Cruz"
            f" at {venue} on Monday."
        )
        (meeting,) = diplomeet.parse(text).meetings
        assert meeting.place is not None
        assert (meeting.place.name, meeting.place.venue) == (city, venue)
