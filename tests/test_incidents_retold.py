"""
Incidents told more than once, or told by their consequence, on sentences written here.

An incident is often told twice: first as a definite noun in the lead ("the seizure of an
American trawler"), then in full with its day ("the trawler was seized last Friday"); or in
full with no day, the next sentence dating it ("The strikes on Tuesday were ..."); or again
as what someone condemned ("he condemned the attacks on the port").  Each telling is one
incident, dated by the telling that dates it.  The classes come from wire and newspaper
copy of several decades: passive strikes on ships ("was hit by a missile"), drones "launched
by" a militia, seized boats burned by the state that held them, a day range and a
weekend that hold the same day, and a vague "weeks after" that dates nothing.
"""

from __future__ import annotations

import pytest

from diplomeet._incidents import find_incidents
from extraction_helpers import doc_with_dates


def _incidents(text: str, dates: dict[str, str] | None = None) -> list[tuple[str, str | None]]:
    return [
        (i.kind, i.when.value if i.when else None)
        for i in find_incidents(doc_with_dates(text, dates or {}))
    ]


def _codes(text: str, dates: dict[str, str] | None = None) -> list[list[str]]:
    return [
        [a.country for a in i.actors if a.country]
        for i in find_incidents(doc_with_dates(text, dates or {}))
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a ship or a building hit, told in the passive (PTI, Lloyd's List, AP)
        (
            (
                "A Panama-flagged bulk carrier with 21 Filipino sailors aboard was hit by a "
                "missile fired by Somali pirates."
            ),
            "attack",
        ),
        ("The Greek tanker was struck by two drones off the coast of Yemen.", "attack"),
        ("A Turkish frigate was damaged by a torpedo fired from a Libyan submarine.", "attack"),
        # drones sent by an armed group strike targets (Ahram, Sudan Tribune)
        (
            (
                "Drones launched by the Sudanese rebels struck an airport in Kassala, killing "
                "three guards."
            ),
            "airstrike",
        ),
        ("Drones fired from Yemen struck a Saudi oil terminal.", "airstrike"),
        # seized boats burned or scuttled by the state that held them (Jakarta Post, ABC)
        ("Indonesian authorities burned four Vietnamese fishing boats on Natuna.", "other"),
        ("The Philippine navy scuttled two Chinese trawlers caught poaching.", "other"),
    ],
)
def test_incident_told_in_a_new_wording(text: str, kind: str) -> None:
    """Passive hits on ships, drones launched by a militia and boats burned are incidents."""
    assert [k for k, _ in _incidents(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The striker was hit by a bottle thrown from the stands.",
        "Fans burned flags outside the stadium.",
        "The company burned through its cash reserves.",
    ],
)
def test_look_alikes_tell_no_incident(text: str) -> None:
    """A bottle thrown at a footballer, flags or money burned: no incident between states."""
    assert _incidents(text) == []


def test_definite_noun_then_full_telling_is_one_incident() -> None:
    """
    A definite noun in the lead, then the full telling: one incident, dated by the second.

    "The seizure of an American trawler" in the lead, "the trawler was seized last Friday
    by a Canadian patrol" further down: one incident, of both sides.
    """
    text = (
        "The two ministers said the seizure of an American trawler would not harm ties.\n\n"
        "The trawler Mary Ellen B. was boarded and seized last Friday by a Canadian patrol "
        "vessel off Nova Scotia."
    )
    dates = {"last Friday": "1968-06-07"}
    assert _incidents(text, dates) == [("other", "1968-06-07")]
    assert _codes(text, dates) == [["US", "CA"]]


def test_definite_noun_with_a_date_dates_the_incident_told_before() -> None:
    """A retelling, "the burning of the trawlers late last month", dates boats burned before."""
    text = (
        "The ministers agreed on Tuesday to set up joint patrols, weeks after Malaysian "
        "authorities burned five Thai fishing boats.\n\n"
        "The Thai minister said the burning of the trawlers late last month had angered "
        "fishermen."
    )
    dates = {"on Tuesday": "2024-03-12", "late last month": "2024-02"}
    assert _incidents(text, dates) == [("other", "2024-02")]


def test_weeks_after_a_day_dates_nothing() -> None:
    """In "agreed on Tuesday ..., weeks after X", X is neither Tuesday's nor that month's."""
    text = (
        "The ministers agreed on Tuesday to set up joint patrols, weeks after Malaysian "
        "authorities burned five Thai fishing boats."
    )
    assert _incidents(text, {"on Tuesday": "2024-03-12"}) == [("other", None)]


def test_bare_after_a_day_gives_its_month() -> None:
    """In "met on Tuesday ... after troops exchanged fire", fire before that day, its month."""
    text = (
        "The ministers met in Lusaka on Tuesday to calm tensions after Zambian and "
        "Congolese troops exchanged fire on the border."
    )
    assert _incidents(text, {"on Tuesday": "2024-03-12"}) == [("shots_fired", "2024-03")]


def test_next_sentence_retelling_dates_the_incident() -> None:
    """A sentence opening "The strikes on Tuesday" dates the strikes told just before."""
    text = (
        "The envoy arrives days after drones launched by the rebels struck fuel depots in "
        "Kassala, Sudan, killing two workers. The strikes on Tuesday were the first on the "
        "city this year."
    )
    dates = {"on Tuesday": "2025-05-13"}
    assert _incidents(text, dates) == [("airstrike", "2025-05-13")]


def test_next_sentence_step_from_another_event_does_not_date_it() -> None:
    """The words "The strike came a day after ..." count from another event: no date here."""
    text = (
        "Drones launched by the rebels struck fuel depots in Kassala, Sudan. The strike "
        "came a day after a shelling of El Obeid on May 3."
    )
    dates = {"a day after": "2025-05-02", "on May 3": "2025-05-03"}
    assert _incidents(text, dates)[0] == ("airstrike", None)


def test_condemned_attacks_retell_the_incident_told_before() -> None:
    """A call on Thursday that "condemned the attacks on the city" is no new incident."""
    text = (
        "Drones launched by the rebels struck fuel depots in Port Kassala, Sudan, on Tuesday.\n\n"
        "On Thursday, the Egyptian president phoned the Sudanese leader, during which he "
        "condemned the attacks on the city, a spokesman said."
    )
    dates = {"on Tuesday": "2025-05-13", "On Thursday": "2025-05-15"}
    assert _incidents(text, dates) == [("airstrike", "2025-05-13")]


def test_condemned_attack_told_first_there_is_the_incident() -> None:
    """With nothing told before, "condemned the attack on the embassy" tells the incident."""
    text = "Kenya condemned the attack on its embassy in Mogadishu by Somali militants."
    assert [k for k, _ in _incidents(text)] == ["attack"]


def test_weekend_and_sunday_are_one_exchange_of_fire() -> None:
    """Troops that exchanged fire "at the weekend" and "early on Sunday": one incident."""
    text = (
        "The leaders agreed to talks after troops from the two countries exchanged fire near "
        "a temple at the weekend.\n\n"
        "Thai and Cambodian soldiers exchanged fire for ten minutes near the temple early "
        "on Sunday, the army said."
    )
    dates = {"at the weekend": "2025-W07-WE", "early on Sunday": "2025-02-16"}
    assert _incidents(text, dates) == [("shots_fired", "2025-02-16")]


def test_killed_in_an_exchange_of_fire_is_shots_fired() -> None:
    """A soldier "killed during an exchange of fire" is an exchange of fire, not an attack."""
    text = (
        "Baku said a soldier was killed in September during an exchange of fire with "
        "Armenian troops on the frontier."
    )
    assert _incidents(text, {"in September": "2025-09"}) == [("shots_fired", "2025-09")]
