"""
Incidents told across a paragraph, from a survey of passages (session fifteen).

Short passages written for these tests in the manners of wires, dailies, broadcasters,
ministries' notes and archive dispatches: an incident dated only by a later sentence that
retells it ("The collision, which happened early Monday, ..."; "They were arrested on
Wednesday night"; "The skipper told the paper that the shooting began at about 2am on
Wednesday"), a ship stopped or boarded by another country's patrol boat, an aircraft landing
without clearance, activists landing on a disputed islet, the dead counted in the next
sentence ("One person was killed", "Two of the men died", "Thirty-one guards were killed"),
and one incident retold ("killed in the clash", "the shells hit ...") giving one record.
Every person is invented; none is named.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from conftest import incidents_read

_PUBLISHED = date(2025, 3, 14)  # a Friday


def _incidents(text: str, published: date = _PUBLISHED) -> list[tuple[str, str | None]]:
    return incidents_read(text, published)


def _casualties(text: str, published: date = _PUBLISHED) -> list[tuple[str, int | None]]:
    article = diplomeet.parse(
        f"Headline of the story\n\n{text}\n\nMore follows.", published=published
    )
    return [(i.kind, i.casualties) for i in article.incidents]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            (
                "Vietnam said a Chinese ship had rammed one of its fishing boats near the "
                "Paracels. The collision, which happened early Tuesday, holed the boat's stern."
            ),
            "other",
            "2025-03-11",
        ),
        (
            (
                "A Russian An-26 transport plane violated Finnish airspace off Porkkala. "
                "The violation occurred at about 9.15am on Wednesday, the ministry said."
            ),
            "airspace_violation",
            "2025-03-12",
        ),
        (
            (
                "The Cypriot police said a Turkish gunboat had fired warning shots at a fishing "
                "boat from Paphos. The shots were fired at about 5am on Sunday, they said."
            ),
            "shots_fired",
            "2025-03-09",
        ),
        (
            (
                "Nine Bangladeshi fishermen have been detained by the Myanmar navy. They were "
                "arrested on Monday night near St Martin's Island, their families said."
            ),
            "other",
            "2025-03-10",
        ),
        (
            (
                "A Tunisian trawler crew said an Italian patrol boat had fired at their vessel. "
                "The skipper, Hedi Ben Salah, told the radio that the shooting began at about 3am "
                "on Thursday."
            ),
            "shots_fired",
            "2025-03-13",
        ),
    ],
)
def test_a_later_sentence_retelling_the_incident_dates_it(text: str, kind: str, day: str) -> None:
    """A definite noun or a pronoun with the incident's passive verb, with a day, dates it."""
    found = _incidents(text)
    assert len(found) == 1
    assert found[0][0] == kind
    assert (found[0][1] or "").startswith(day)


def test_a_later_sentence_on_another_incident_does_not_date_this_one() -> None:
    """A passive verb of another kind ("were arrested") does not date shots fired."""
    found = _incidents(
        "Border guards fired on a boat carrying smugglers near Kilis, officials said. Two "
        "smugglers were arrested on Tuesday in an unrelated raid in the town."
    )
    assert ("shots_fired", "2025-03-11") not in found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            (
                "A Russian patrol boat stopped a Norwegian trawler off Svalbard on Saturday, "
                "the Norwegian coast guard said."
            ),
            "2025-03-08",
        ),
        (
            (
                "An Indonesian patrol boat intercepted and boarded a Thai fishing vessel in the "
                "Arafura Sea on Monday."
            ),
            "2025-03-10",
        ),
        (
            "A Spanish trawler was boarded by a Moroccan patrol boat off Tarfaya on Sunday.",
            "2025-03-09",
        ),
        (
            (
                "Two Vietnamese fishing boats were stopped by a Chinese coast guard ship near "
                "the Paracels on Tuesday, Hanoi said."
            ),
            "2025-03-11",
        ),
        (
            (
                "A Moroccan patrol boat boarded a Spanish fishing boat off Tarfaya on "
                "Wednesday, Madrid said."
            ),
            "2025-03-12",
        ),
    ],
)
def test_a_ship_stopped_or_boarded_by_another_countrys_patrol_is_an_incident(
    text: str, day: str
) -> None:
    """Another country's ship stopped or boarded by a state's boat: ``other``."""
    assert _incidents(text) == [("other", day)]


@pytest.mark.parametrize(
    "text",
    [
        "Italian police stopped a boat carrying migrants off Lampedusa on Sunday.",
        "The Greek navy halted a cargo ship on Monday for an inspection.",
        "Passengers boarded the ferry at Piraeus on Tuesday morning.",
        "A boat carrying migrants was stopped by Italian police off Lampedusa on Sunday.",
    ],
)
def test_a_ship_stopped_at_home_is_no_incident(text: str) -> None:
    """A ship stopped by its own country's police, or boarded by passengers: none."""
    assert _incidents(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            (
                "A Belarusian military helicopter landed on the Latvian side of the border near "
                "Daugavpils without clearance on Tuesday."
            ),
            "airspace_violation",
            "2025-03-11",
        ),
        (
            (
                "A Sudanese air force plane landed at an airstrip in Chad without permission on "
                "Sunday, officials in N'Djamena said."
            ),
            "airspace_violation",
            "2025-03-09",
        ),
        (
            (
                "A group of Taiwanese activists landed on one of the disputed Diaoyu islands on "
                "Monday and planted a flag."
            ),
            "other",
            "2025-03-10",
        ),
    ],
)
def test_a_landing_without_clearance_or_on_a_disputed_islet(text: str, kind: str, day: str) -> None:
    """An aircraft landing without leave, or activists landing on an islet."""
    assert (kind, day) in _incidents(text)


def test_a_plane_landing_with_leave_is_no_incident() -> None:
    """A landing with clearance, or a landing of one's own plane, tells nothing."""
    assert _incidents("A Chadian military plane landed safely at N'Djamena on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "published", "dead"),
    [
        (
            (
                "Mortar rounds fired from Syria landed in the Turkish town of Akcakale on Monday. "
                "One person was killed and three wounded, the mayor said."
            ),
            _PUBLISHED,
            1,
        ),
        (
            (
                "Ethiopian militiamen opened fire on Sudanese farmers near Al-Fashaga on Sunday. "
                "Two of the men died in hospital, a local official said."
            ),
            _PUBLISHED,
            2,
        ),
        (
            (
                "A French transport plane was shot down over the Sahara by Algerian rebels "
                "yesterday. All five members of its crew were killed."
            ),
            date(1958, 4, 2),
            5,
        ),
        (
            (
                "Thirty-one Soviet frontier guards were killed when Chinese troops ambushed a "
                "patrol on the Ussuri yesterday, Moscow said."
            ),
            date(1969, 3, 3),
            31,
        ),
    ],
)
def test_the_dead_counted_in_the_sentence_or_the_next(
    text: str, published: date, dead: int
) -> None:
    """The dead counted as one person, some of the men, the crew's members, or tens-units."""
    found = _casualties(text, published)
    assert found
    assert found[0][1] == dead


@pytest.mark.parametrize(
    "text",
    [
        (
            "Eritrean and Djiboutian troops clashed at Ras Doumeira on Thursday. Djibouti said "
            "four of its soldiers died in the clash, and Asmara said its forces had been attacked "
            "first."
        ),
        (
            "Ukraine says Russian shelling of the border town of Vovchansk killed one man "
            "overnight. Officials said the shells hit a school shortly after midnight."
        ),
    ],
)
def test_an_incident_retold_in_a_later_sentence_gives_one_record(text: str) -> None:
    """The dead "killed in the clash", or "the shells hit ...", are the incident told before."""
    assert len(_incidents(text)) == 1


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            (
                "Early on Sunday, two Venezuelan patrol boats approached a Guyanese survey ship "
                "near the Essequibo coast. The boats fired warning shots and ordered it to leave."
            ),
            _PUBLISHED,
            "2025-03-09",
        ),
        (
            (
                "PANMUNJOM, Aug. 5 - On Monday night a U.S. Army patrol moved into the "
                "demilitarized zone near Kaesong. The patrol was fired on by Communist soldiers "
                "from a hill."
            ),
            date(1958, 8, 5),
            "1958-08-04",
        ),
        (
            (
                "On Tuesday evening, a Chinese trawler entered Indonesian waters off Natuna. The "
                "trawler was seized by an Indonesian navy corvette."
            ),
            _PUBLISHED,
            "2025-03-11",
        ),
    ],
)
def test_the_scene_set_the_sentence_before_dates_what_its_actors_then_do(
    text: str, published: date, day: str
) -> None:
    """A scene set on Tuesday night, then "The destroyer fired ...": Tuesday's shots."""
    assert any((w or "").startswith(day) for _, w in _incidents(text, published))


def test_a_telling_the_sentence_before_does_not_date_the_incident() -> None:
    """The day of a telling ("The ministry said on Tuesday ...") sets no scene."""
    found = _incidents(
        "The ministry said on Tuesday that talks would go ahead. The guards fired warning "
        "shots at a boat near Kilis."
    )
    assert ("shots_fired", "2025-03-11") not in found


def test_a_charge_told_today_is_not_the_day_of_the_incident() -> None:
    """A protest "charged today that ... had violated its airspace on June 28": June 28."""
    found = _incidents(
        "The Soviet Union charged today that a Norwegian patrol plane had violated Soviet "
        "airspace over the Kola Peninsula on June 28.",
        date(1960, 7, 4),
    )
    assert found == [("airspace_violation", "1960-06-28")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Had the coast guard cutter opened fire, the standoff could have turned deadly, "
            "analysts said on Tuesday."
        ),
        (
            "Villagers alleged that the Uzbek guards may have fired into the air during the "
            "standoff on Monday."
        ),
        "Officials said the drone may have been shot down by Russian air defences on Tuesday.",
    ],
)
def test_a_condition_or_a_conjecture_tells_no_incident(text: str) -> None:
    """A condition ("Had the cutter opened fire, ...") or a conjecture ("might have fired")."""
    assert _incidents(text) == []
