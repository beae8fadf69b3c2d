"""Meeting classes learnt from the wire-copy sample ``sample16b``, told in our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_PUBLISHED = date(2026, 2, 11)  # a Wednesday


def _read(text: str) -> list[tuple[str, tuple[str, ...], str | None, str | None]]:
    """Each meeting's status, people, setting and date value."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    return [
        (
            m.status,
            tuple(p.name for p in m.participants),
            m.setting,
            m.when.value if m.when else None,
        )
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Emir Hamad bin Nasser received a phone call last Saturday from Iranian President "
                "Reza Karimi."
            ),
            "2026-02-07",
        ),
        (
            (
                "Chilean President Ana Soto received a telephone call late Monday from Argentine "
                "President Martin Ibarra."
            ),
            "2026-02-09",
        ),
        (
            (
                "Ghanaian President Yaw Boateng took a call early Tuesday from Togolese President "
                "Komla Agbeko."
            ),
            "2026-02-10",
        ),
    ],
)
def test_a_call_with_a_qualified_day_before_the_caller(text: str, when: str) -> None:
    """In "received a phone call last Saturday from A", the day stands before the caller."""
    found = _read(text)
    assert len(found) == 1
    status, people, setting, value = found[0]
    assert status == "held"
    assert len(people) == 2
    assert setting == "phone call"
    assert value == when


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        (
            (
                "Peruvian President Luis Aguirre and Bolivian President Ana Quispe both received "
                "telephone calls from U.S. Secretary of State Ruth Hallam late Tuesday."
            ),
            "Ruth Hallam",
        ),
        (
            (
                "Kenyan President Samuel Otieno and Tanzanian President Grace Mollel each took a "
                "phone call on Monday from UN Secretary-General Anders Lindqvist."
            ),
            "Anders Lindqvist",
        ),
        (
            (
                "Prime Minister Kenji Asakura and President Jung Tae-ho received separate phone "
                "calls from Australian Prime Minister Liam Doherty on Tuesday."
            ),
            "Liam Doherty",
        ),
    ],
)
def test_calls_received_by_each_of_two_people_are_two_calls(text: str, caller: str) -> None:
    """Calls "both received" by A and B from C: a call of C with each, A and B apart."""
    found = _read(text)
    assert len(found) == 2
    for status, people, setting, _ in found:
        assert status == "held"
        assert setting == "phone call"
        assert len(people) == 2
        assert caller in people
    assert len({p for _, people, _, _ in found for p in people if p != caller}) == 2


def test_a_call_of_three_without_each_stays_one_call() -> None:
    """Two who "spoke by phone with C" (no "each"): one call of the three, as before."""
    found = _read(
        "Kenyan President Samuel Otieno and Tanzanian President Grace Mollel spoke by phone "
        "with UN Secretary-General Anders Lindqvist on Monday."
    )
    assert [len(f[1]) for f in found] == [3]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Kenyan President Samuel Otieno and Tanzanian President Grace Mollel welcomed the "
            "ceasefire agreement on Monday."
        ),
        (
            "Foreign Minister Ana Petrovic and her Hungarian counterpart Gabor Szabo both received "
            "the news of the vote in Brussels on Tuesday."
        ),
        (
            "Chilean President Ana Soto and Argentine President Martin Ibarra hosted the regional "
            "games last year."
        ),
    ],
)
def test_two_people_receiving_or_welcoming_a_thing_did_not_meet(text: str) -> None:
    """Two who "welcomed the agreement": no person after the verb, so no meeting of the two."""
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        (
            (
                "Peruvian envoy Jorge Salas and Ecuadorean envoy Ana Paredes sat down at the same "
                "table for the first time Wednesday since border fighting broke out in the Amazon "
                "jungle two weeks ago."
            ),
            "Amazon",
        ),
        (
            (
                "Indian Foreign Minister Ravi Kumar met Chinese Foreign Minister Li Wen on Monday, "
                "their first meeting since troops clashed in the Galwan valley in June."
            ),
            "Galwan",
        ),
        (
            (
                "Armenian Foreign Minister Aram Petrosyan met his Azerbaijani counterpart Elnur "
                "Mammadov on Tuesday for the first time since the war ended in Nagorno-Karabakh."
            ),
            "Nagorno-Karabakh",
        ),
    ],
)
def test_a_place_in_a_since_clause_is_not_the_meeting_place(text: str, not_there: str) -> None:
    """In "their first meeting since troops clashed in X", X is not where they met."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    assert len(art.meetings) == 1
    place = art.meetings[0].place
    assert place is None or place.name != not_there
