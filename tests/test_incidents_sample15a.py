"""
Incident classes read from the development sample sample15a (older news).

In sentences of our own: aircraft raids told with other verbs ("made a second raid on the
airport", "struck back ..., bombing the port"), the types the air forces of the 1950s-1980s
flew named alone ("Corsairs", "Sabres"), the two sides' raids of one day told in one sentence
(two incidents, not one told twice), and "a few hours later" dating the second raid.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import incidents_read

_DAY = date(1971, 12, 7)  # a Tuesday


@pytest.mark.parametrize(
    "text",
    [
        "Indian planes made a second raid on the airfield at Sargodha on Monday, a radio said.",
        "Egyptian bombers carried out a fresh raid on Israeli positions along the canal on Monday.",
        "Syrian aircraft staged a raid against the settlement of Ein Gev on Monday.",
    ],
)
def test_aircraft_making_a_raid_on_a_place_is_an_airstrike(text: str) -> None:
    """'planes made a second raid on the airfield' is a strike from the air that day."""
    assert ("airstrike", "1971-12-06") in incidents_read(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Pakistani Sabres struck back on Monday, strafing the railway yards at Amritsar, an"
            " army spokesman said."
        ),
        (
            "Greek Air Force Corsairs hit back at dawn on Monday, bombing Turkish positions near"
            " the line."
        ),
        "Iraqi jets retaliated on Monday, bombing the oil terminal at Kharg Island.",
    ],
)
def test_aircraft_striking_back_with_a_participle_is_an_airstrike(text: str) -> None:
    """'struck back ..., strafing the railway yards': the participle tells the strike."""
    assert ("airstrike", "1971-12-06") in incidents_read(text, _DAY)


def test_a_police_raid_is_no_airstrike() -> None:
    """'Police made a raid on the house' names no aircraft: no strike from the air."""
    found = incidents_read(
        "Police made a raid on the house of the opposition leader on Monday.", _DAY
    )
    assert not [k for k, _ in found if k == "airstrike"], found


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            (
                "Ethiopian jets bombed the airport at Asmara on Monday, and Eritrean planes"
                " struck the town of Adigrat a few hours later."
            ),
            "1971-12-06",
        ),
        (
            (
                "Indian warplanes raided the port of Karachi on Monday; Pakistani bombers hit"
                " the airfield at Pathankot several hours later."
            ),
            "1971-12-06",
        ),
    ],
)
def test_each_sides_raid_of_one_day_is_its_own_incident(text: str, second: str) -> None:
    """Two countries' aircraft striking the same day are two airstrikes, both dated."""
    found = incidents_read(text, _DAY)
    strikes = [w for k, w in found if k == "airstrike"]
    assert strikes == ["1971-12-06", second], found


def test_one_sides_raid_told_twice_stays_one() -> None:
    """'Israeli jets bombed ... The Israeli planes also hit ...' of one day stay one strike."""
    found = incidents_read(
        "Israeli jets bombed guerrilla bases near Tyre on Monday. Israeli planes also struck"
        " the bases near Tyre again on Monday.",
        _DAY,
    )
    assert [k for k, _ in found].count("airstrike") == 1, found


@pytest.mark.parametrize(
    "text",
    [
        (
            "Fighting broke out on Monday, the day after the republic declared independence, when"
            " militiamen shot down an army helicopter over the capital, killing its pilot."
        ),
        (
            "The crisis deepened on Monday, the day after the talks collapsed, when Syrian troops"
            " fired on an Israeli patrol near Kuneitra."
        ),
        (
            "Tension rose on Monday, the day before the vote, when Turkish jets bombed Kurdish"
            " positions in northern Iraq."
        ),
    ],
)
def test_a_when_clause_after_a_dated_the_day_after_takes_the_date(text: str) -> None:
    """'on Monday, the day after X, when ...': the incident is Monday's, not X's day."""
    found = incidents_read(text, _DAY)
    assert found, found
    assert all(w == "1971-12-06" for _, w in found), found
