"""
What a meeting verb's object owns is no one met; a demand is no visit; an owner's meeting.

"welcomed his decision", "received A's letter", "visited A's home town": the owner is not
the object. "called on A months ago to quit": a demand, as "called on A to quit" is.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import meetings_read

_DAY = date(2025, 9, 17)


def _meetings(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return meetings_read(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ilse Brandt said she had received President Tomas Ferreira's letter.",
        "President Nadia Osei visited Foreign Minister Karel Novak's home town of Brno on Monday.",
        "Prime Minister Arjun Rao welcomed President Mei Lin's offer of emergency aid on Friday.",
        (
            "Senator Paula Grant said she would not seek or receive Governor Luis Romero's "
            "endorsement in the primary."
        ),
        "Chancellor Eva Roth welcomed Prime Minister Ahmed Saleh\u2019s remarks on the truce.",
    ],
)
def test_a_thing_a_person_owns_is_no_one_met(text: str) -> None:
    """The owner named before "'s" and a noun of no person is not the object of the verb."""
    assert _meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "Queen Ingrid Halvorsen opened a trade fair in Nairobi. President Daniel Kamau "
            "welcomed her offer of new scholarships."
        ),
        (
            "President Omar Haddad spoke at the forum in Doha. Emir Khalid Nasser welcomed his "
            "decision to reopen the embassy."
        ),
        (
            'Foreign Minister Ivan Petrova praised Prime Minister Jonas Berg. "He is a steady '
            'hand," President Lena Vik said, adding: "We would welcome his support."'
        ),
    ],
)
def test_a_thing_told_by_a_possessive_pronoun_is_no_one_met(text: str) -> None:
    """A possessive pronoun's thing ("his decision", "her offer", "his support"): no meeting."""
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "President Nadia Osei received Foreign Minister Karel Novak's envoy, Petr "
                "Dvorak, on Monday."
            ),
            [("held", ("Nadia Osei", "Petr Dvorak"))],
        ),
        (
            (
                "Queen Ingrid Halvorsen arrived in Nairobi on Monday. President Daniel Kamau "
                "welcomed her at the airport."
            ),
            [("held", ("Daniel Kamau", "Ingrid Halvorsen"))],
        ),
        (
            (
                "President Nadia Osei welcomed her Ghanaian counterpart, Kofi Mensah, to Accra "
                "on Monday."
            ),
            [("held", ("Nadia Osei", "Kofi Mensah"))],
        ),
    ],
)
def test_people_after_an_owner_and_pronoun_objects_are_still_met(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """An owner's envoy named after the owner is met; "her at the airport", "her counterpart"."""
    assert _meetings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        (
            "Senator Ruth Adeyemi, who called on Foreign Minister Hugo Lindqvist months ago to "
            "resign, said nothing on Tuesday."
        ),
        "Foreign Minister Ana Duarte called on President Victor Mendes again to free the crew.",
        (
            "The opposition leader, Marco Bellini, called on Prime Minister Sara Conti two weeks "
            "ago to call an early election."
        ),
    ],
)
def test_a_demand_with_a_time_before_to_is_no_visit(text: str) -> None:
    """A demand with a time before "to" ("months ago", "again"): no visit."""
    assert _meetings(text) == []


def test_a_courtesy_call_is_still_a_visit() -> None:
    """A courtesy call at a place on a day ("called on A at the palace") is still a visit."""
    assert _meetings(
        "Prime Minister Raj Mehta called on President Omar Haddad at the palace on Tuesday."
    ) == [("held", ("Raj Mehta", "Omar Haddad"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Senator Ivo Brandt won the primary. His meeting with President Carlos Ruiz took "
                "place in Lima on Tuesday."
            ),
            ("Ivo Brandt", "Carlos Ruiz"),
        ),
        (
            (
                "Senator Ivo Brandt won the primary. His talks with President Carlos Ruiz in Lima "
                "on Tuesday were useful."
            ),
            ("Ivo Brandt", "Carlos Ruiz"),
        ),
        (
            (
                "Queen Ana Silva arrived in Oslo. Her audience with King Harald Olsen lasted an "
                "hour on Monday."
            ),
            ("Ana Silva", "Harald Olsen"),
        ),
    ],
)
def test_a_meeting_noun_after_his_at_a_sentence_start_is_the_owner_s(
    text: str, expected: tuple[str, ...]
) -> None:
    """A sentence opening "His meeting with B", "Her audience with B": the owner meets B."""
    assert _meetings(text) == [("held", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Minister Ana Ruiz and Minister Ivo Brandt both spoke to the packed audience of "
                "mayors."
            ),
            [],
        ),
        (
            "Minister Ana Ruiz and Minister Ivo Brandt talked with reporters after the session.",
            [],
        ),
        (
            "Minister Ana Ruiz and Minister Ivo Brandt spoke to each other on Monday.",
            [("held", ("Ana Ruiz", "Ivo Brandt"))],
        ),
    ],
)
def test_two_who_spoke_to_an_audience_did_not_talk_together(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """Two who spoke to an audience did not talk together; "spoke to each other" they did."""
    assert _meetings(text) == expected
