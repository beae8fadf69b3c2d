"""
Incidents told across a paragraph, second survey of session fifteen.

Passages written for these tests: a clock time told alone at the head of the story, its day
given by a later sentence that retells the incident ("At about 4am, gunmen attacked a post
... The attack, which happened on Thursday, ..."); and "the previous evening" or "the night
before" counted from the day the same sentence says it was told ("..., the ministry said on
Tuesday"), not from the day of the report.  Every person is invented; none is named.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from conftest import incidents_read

_PUBLISHED = date(2025, 3, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        (
            (
                "At around 11pm, Indian and Pakistani troops exchanged fire across the Line of "
                "Control in Kupwara. The firing, which took place on Tuesday, lasted an hour."
            ),
            "shots_fired",
            "2025-03-11T23:00",
        ),
        (
            (
                "At 14:20 local time, a Russian Tu-22 bomber entered Finnish airspace off Hanko. "
                "The incursion happened on Monday and lasted two minutes, the ministry said."
            ),
            "airspace_violation",
            "2025-03-10T14:20",
        ),
        (
            (
                "Shortly after 3 a.m., gunmen attacked a border checkpoint near Torkham. "
                "The assault on Wednesday was claimed by no group, officials said."
            ),
            "attack",
            "2025-03-12T03:00",
        ),
        (
            (
                "At about 5am, armed men crossed from Afghanistan and attacked a Pakistani "
                "border post in Khyber. Two soldiers were killed in the attack, which happened "
                "on Thursday, the military said."
            ),
            "attack",
            "2025-03-13T05:00",
        ),
    ],
)
def test_a_clock_time_alone_takes_the_day_of_a_later_retelling(
    text: str, kind: str, when: str
) -> None:
    """The day of "The firing, which took place on Tuesday" goes with the first clock time."""
    assert (kind, when) in incidents_read(text, _PUBLISHED)


def test_a_clock_time_alone_with_no_day_later_stays_on_the_report_s_day() -> None:
    """With no day told after it, the clock time stays on the day of the report."""
    text = (
        "At about 6am, a Chinese coast guard ship fired water cannon at a Philippine boat "
        "near Scarborough Shoal. The boat returned to port, the coast guard said."
    )
    assert ("other", "2025-03-14T06:00") in incidents_read(text, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            (
                "Lithuanian officials said on Monday that a Belarusian military helicopter had "
                "entered the country's airspace the previous evening. It turned back soon after."
            ),
            "airspace_violation",
            "2025-03-09",
        ),
        (
            (
                "The night before, Thai rangers had fired on a Cambodian patrol near the "
                "temple, the Cambodian defence ministry said on Thursday. Nobody was hurt."
            ),
            "shots_fired",
            "2025-03-12",
        ),
        (
            (
                "Libyan patrol boats had seized an Italian trawler the previous day, the "
                "Foreign Ministry in Rome said on Tuesday. The crew was taken to Tripoli."
            ),
            "other",
            "2025-03-10",
        ),
    ],
)
def test_the_previous_evening_counts_from_the_day_the_sentence_tells(
    text: str, kind: str, day: str
) -> None:
    """The night before a telling on Thursday is the Wednesday, not the report's eve."""
    found = incidents_read(text, _PUBLISHED)
    assert any(k == kind and w is not None and w.startswith(day) for k, w in found), found


def test_the_previous_day_without_a_telling_s_day_counts_from_the_report() -> None:
    """With no day of a telling in its sentence, "the previous day" counts from the report."""
    text = (
        "Greek officials said a Turkish drone had entered Greek airspace over Lesbos the "
        "previous day. It left after ten minutes."
    )
    found = incidents_read(text, _PUBLISHED)
    assert any(k == "airspace_violation" and w == "2025-03-13" for k, w in found), found


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "A rocket fired from Gaza landed in an empty field near Sderot. The rocket was "
                "launched on Saturday evening, the army said, and caused no damage."
            ),
            "2025-03-08",
        ),
        (
            (
                "A mortar shell landed in a schoolyard in the Turkish town of Ceylanpinar. The "
                "shell was fired from Syrian territory on Sunday afternoon, the governor said."
            ),
            "2025-03-09",
        ),
        (
            (
                "A Katyusha rocket crashed into an orchard outside Kiryat Shmona. It was fired "
                "from southern Lebanon on Thursday night, an army spokesman said."
            ),
            "2025-03-13",
        ),
    ],
)
def test_a_weapon_that_landed_is_dated_by_the_sentence_on_its_firing(text: str, when: str) -> None:
    """The sentence saying when the rocket was launched dates the rocket told landing."""
    found = incidents_read(text, _PUBLISHED)
    assert any(
        k in {"attack", "shots_fired"} and w is not None and w.startswith(when) for k, w in found
    ), found


def test_a_space_rocket_launched_and_landed_is_no_incident() -> None:
    """A launch of a satellite is no weapon fired at anyone."""
    text = (
        "A rocket carrying a weather satellite was launched from Baikonur on Saturday. "
        "Its first stage landed safely in the steppe, the space agency said."
    )
    assert incidents_read(text, _PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Kyiv accused Russian air defences of shooting down a cargo plane over the "
                "Black Sea. The Antonov vanished from radar early Wednesday, the air force said."
            ),
            "2025-03-12",
        ),
        (
            (
                "Tehran admitted that its forces had shot down a passenger jet by mistake. The "
                "Boeing crashed shortly after take-off on Monday, killing everyone on board."
            ),
            "2025-03-10",
        ),
        (
            (
                "Moscow was accused of shooting down a civilian airliner with 200 people aboard. "
                "The jumbo jet disappeared near the Kuril Islands early Thursday."
            ),
            "2025-03-13",
        ),
    ],
)
def test_a_shootdown_is_dated_by_the_sentence_on_the_aircraft_s_loss(text: str, when: str) -> None:
    """The day the downed jet disappeared or crashed is the day of the shootdown."""
    assert ("shootdown", when) in incidents_read(text, _PUBLISHED)


def _casualties(text: str) -> list[tuple[str, int | None]]:
    article = diplomeet.parse(
        f"Headline of the story\n\n{text}\n\nMore follows.", published=_PUBLISHED
    )
    return [(i.kind, i.casualties) for i in article.incidents]


@pytest.mark.parametrize(
    ("text", "kind", "dead"),
    [
        (
            (
                "Turkish jets bombed suspected PKK hideouts in the Hakurk region of northern "
                "Iraq on Sunday. The defence ministry said 11 militants were 'neutralised' in "
                "the strikes."
            ),
            "airstrike",
            11,
        ),
        (
            (
                "The Turkish defence ministry said nine PKK militants were neutralized in air "
                "strikes on Saturday in the Metina region of northern Iraq."
            ),
            "airstrike",
            9,
        ),
    ],
)
def test_militants_neutralised_are_counted_as_the_dead(text: str, kind: str, dead: int) -> None:
    """Defence ministries' "neutralised" militants are the incident's dead."""
    assert (kind, dead) in _casualties(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "The Ministry of Foreign Affairs condemns the violation of the territorial "
                "waters of the Republic of Cyprus by a Turkish drillship on 9 March 2025. The "
                "vessel stayed for six hours."
            ),
            "2025-03-09",
        ),
        (
            (
                "The Greek Foreign Ministry condemns the violation of Greek territorial waters "
                "by a Turkish research vessel on Tuesday. The ship left after a warning."
            ),
            "2025-03-11",
        ),
    ],
)
def test_a_ministry_s_violation_of_territorial_waters_is_an_incident(text: str, day: str) -> None:
    """A note condemning "the violation of the territorial waters" by a ship tells one."""
    assert ("other", day) in incidents_read(text, _PUBLISHED)


def test_a_violation_of_a_ceasefire_is_not_one_of_territorial_waters() -> None:
    """The violation of an agreement is no ship in another's waters."""
    text = (
        "The ministry said the violation of the ceasefire agreement would be raised at the "
        "United Nations next week."
    )
    assert incidents_read(text, _PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "Pakistani troops repulsed an attack by militants from Afghanistan on a border "
                "post in South Waziristan on Monday. Six attackers were 'neutralised'."
            ),
            "2025-03-10",
        ),
        (
            (
                "Ugandan soldiers beat back an assault by rebels on an army base near the "
                "Congolese border on Tuesday, a military spokesman said."
            ),
            "2025-03-11",
        ),
    ],
)
def test_an_attack_told_by_its_defenders_is_an_attack(text: str, day: str) -> None:
    """An attack that troops repulsed, beat back or fought off is told as an attack."""
    assert ("attack", day) in incidents_read(text, _PUBLISHED)


def test_a_team_repulsing_an_attack_is_no_incident() -> None:
    """An attack repulsed on a football pitch is no attack on anyone."""
    text = "The home side repulsed an attack by the visitors in the second half on Monday."
    assert incidents_read(text, _PUBLISHED) == []
