"""
Incidents of kind ``other`` and the boundaries between kinds, survey of session sixteen.

The sentences were written for these tests in the manners of many outlets, countries and
decades (wires, dailies, ministries' notes, archives): ships boarded or seized under a flag
named by its adjective ("a Russian-flagged tanker", "a Greek-owned bulk carrier"), craft of
every size (yachts, dhows, pirogues, freighters), the unsafe encounters told in other verbs
("sideswiped", "was harassed by", "dumped fuel on", "released chaff"), gear cut at sea, and
the act named again as "the first such clash".  Every person is invented; none is named.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import incidents_read
from diplomeet.evaluation import evaluate

_TESTS = Path(__file__).resolve().parent

_PUBLISHED = date(2025, 3, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Estonian border guards boarded a Panama-flagged freighter off Vaindloo island on "
                "Tuesday after its anchor damaged a cable."
            ),
            "2025-03-11",
        ),
        (
            (
                "Sudanese naval commandos boarded a Greek-owned bulk carrier in the Red Sea on "
                "Monday, its manager in Piraeus said."
            ),
            "2025-03-10",
        ),
        (
            (
                "A Moroccan patrol boat stopped a Spanish-registered yacht off Alboran on "
                "Wednesday and escorted it to Al Hoceima."
            ),
            "2025-03-12",
        ),
        (
            (
                "The Mauritanian coast guard boarded a Senegalese pirogue near Ndiago on Sunday "
                "and held its 19 fishermen."
            ),
            "2025-03-09",
        ),
        (
            (
                "A Saudi patrol boat intercepted a Yemeni dhow carrying 40 migrants off Jizan on "
                "Thursday."
            ),
            "2025-03-13",
        ),
    ],
)
def test_ships_boarded_under_a_flag_or_of_any_size_are_seizures(text: str, when: str) -> None:
    """A flag or an owner told by a country's adjective names the ship's country."""
    assert ("other", when) in incidents_read(text, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "A Chinese maritime militia ship sideswiped a Vietnamese fisheries patrol boat "
                "near Bach Long Vi on Tuesday, Hanoi said."
            ),
            "2025-03-11",
        ),
        (
            (
                "A Japanese research vessel was harassed by three Chinese coast guard ships near "
                "the Senkakus on Monday, the Japan Coast Guard said."
            ),
            "2025-03-10",
        ),
        (
            (
                "The Indonesian fishing boat had been rammed by a Malaysian maritime enforcement "
                "vessel off Tanjung Datu on Wednesday, officials said."
            ),
            "2025-03-12",
        ),
        (
            (
                "A Russian Su-35 dumped fuel on a British RC-135 reconnaissance plane over the "
                "Black Sea on Thursday, the Ministry of Defence said."
            ),
            "2025-03-13",
        ),
        (
            (
                "A Chinese J-11 released chaff directly ahead of an Australian P-8A over the "
                "South China Sea on Sunday, Canberra said."
            ),
            "2025-03-09",
        ),
        (
            (
                "A Norwegian coast guard cutter cut the nets of a Russian trawler off Svalbard on "
                "Tuesday."
            ),
            "2025-03-11",
        ),
        (
            (
                "An Icelandic gunboat cut the trawl of a Grimsby trawler off the north-east coast "
                "on Wednesday, the first such clash this winter."
            ),
            "2025-03-12",
        ),
    ],
)
def test_unsafe_encounters_in_other_verbs_are_of_kind_other(text: str, when: str) -> None:
    """Sideswiping, harassing, fuel dumped, chaff released, gear cut: one ``other`` each."""
    assert incidents_read(text, _PUBLISHED) == [("other", when)]


def test_a_ship_struck_by_a_tanker_is_no_strike() -> None:
    """A boat struck by another ship is a collision (``other``), not an attack."""
    text = (
        "A Sri Lankan fishing boat sank off Negombo after it was struck by an Indian-flagged "
        "tanker on Monday, the navy said."
    )
    assert incidents_read(text, _PUBLISHED) == [("other", "2025-03-10")]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            # the day after "said" is the telling's; the act told in a perfect before it
            (
                "The Eritrean navy said on Thursday it had detained a Yemeni dhow off the Dahlak "
                "islands."
            ),
            "2025-03",
        ),
        (
            (
                "Oman's coast guard announced on Wednesday its patrol had seized an Iranian "
                "speedboat near Khasab. The boat, which carried no flag, was stopped on Monday "
                "evening, the statement said."
            ),
            "2025-03-10",
        ),
        (
            (
                "Bahraini police have impounded three Qatari fishing boats off Fasht al-Dibal. "
                "The boats were stopped on Tuesday night, the interior ministry said."
            ),
            "2025-03-11",
        ),
        (
            (
                "Chinese coast guard ships blocked a Philippine supply boat near Sabina Shoal. The "
                "latest confrontation took place on Wednesday morning, the coast guard said."
            ),
            "2025-03-12",
        ),
        (
            (
                "A Russian corvette shadowed a Norwegian research ship in the Barents Sea. The "
                "encounter happened on Sunday, Oslo said."
            ),
            "2025-03-09",
        ),
    ],
)
def test_a_seizure_or_encounter_retold_later_takes_its_day(text: str, when: str) -> None:
    """A later sentence on the stop or the confrontation dates the incident told undated."""
    assert [w for k, w in incidents_read(text, _PUBLISHED) if k == "other"] == [when]


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        (
            (
                "A Kenyan army patrol was ambushed by Somali troops near Mandera on Tuesday, "
                "and three soldiers were killed, the defence ministry said."
            ),
            "shots_fired",
            "2025-03-11",
        ),
        (
            (
                "Armenia said its soldiers had been attacked by Azerbaijani forces near "
                "Sotk on Sunday."
            ),
            "shots_fired",
            "2025-03-09",
        ),
        (
            # gunmen are no state's forces: an attack
            "A police convoy was ambushed by gunmen near the Afghan border on Monday.",
            "attack",
            "2025-03-10",
        ),
    ],
)
def test_forces_ambushed_by_another_states_troops_told_passive(
    text: str, kind: str, when: str
) -> None:
    """One state's forces attacked by another's, told passive, fired shots across a border."""
    assert incidents_read(text, _PUBLISHED) == [(kind, when)]


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        (
            (
                "A Canadian national was detained by Chinese state security in Dalian on "
                "Wednesday, Ottawa said."
            ),
            "other",
            "2025-03-12",
        ),
        (
            (
                "Distributed denial-of-service attacks by pro-Russian hackers knocked the "
                "websites of Finnish ministries offline on Monday."
            ),
            "attack",
            "2025-03-10",
        ),
        (
            "Hackers linked to Iran took down the website of an Albanian ministry on Tuesday.",
            "attack",
            "2025-03-11",
        ),
        (
            "Protesters burst into the Danish consulate in Tripoli on Saturday.",
            "attack",
            "2025-03-08",
        ),
        (
            (
                "A crowd broke into the Turkish embassy compound in Baghdad on Thursday and "
                "tore down the flag."
            ),
            "attack",
            "2025-03-13",
        ),
        (
            (
                "Militants seized the Saudi embassy in Khartoum on Wednesday and took four "
                "diplomats hostage."
            ),
            "other",
            "2025-03-12",
        ),
        (
            (
                "Two Indian air force pilots were killed when their MiG-29 crashed near the "
                "Pakistani border on Tuesday."
            ),
            "other",
            "2025-03-11",
        ),
        (
            (
                "China's coast guard said on Thursday it had driven away two Vietnamese fishing "
                "boats near the Paracels on Wednesday."
            ),
            "other",
            "2025-03-12",
        ),
        (
            "A Japanese patrol ship drove off a Taiwanese trawler near Yonaguni on Sunday.",
            "other",
            "2025-03-09",
        ),
    ],
)
def test_more_wordings_of_kind_other_and_embassies_broken_into(
    text: str, kind: str, when: str
) -> None:
    """Nationals held (told passive), cyberattacks, embassies, crews lost, ships driven off."""
    assert incidents_read(text, _PUBLISHED) == [(kind, when)]


def test_police_driving_away_a_crowd_or_talks_breaking_into_the_open_tell_nothing() -> None:
    """Near-misses of the new words tell no incident."""
    text = (
        "Police drove away the crowd on Friday. Talks broke into the open on Monday, and "
        "the national team was beaten by Brazil."
    )
    assert incidents_read(text, _PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        (
            (
                "A Malaysian fishing boat was rammed and sunk by an Indonesian patrol vessel "
                "off Bintan. The sinking happened on Wednesday night, officials said."
            ),
            "other",
            "2025-03-12",
        ),
        (
            (
                "A Russian Su-30 came within five metres of a Polish patrol aircraft over the "
                "Baltic on Tuesday, Warsaw said."
            ),
            "other",
            "2025-03-11",
        ),
        (
            "Several hundred Kosovars picketed the Serbian embassy in Pristina on Monday.",
            "other",
            "2025-03-10",
        ),
        (
            (
                "Hundreds of Eritreans stormed the Sudanese consulate in Kassala on Sunday, "
                "smashing its gates."
            ),
            "attack",
            "2025-03-09",
        ),
        (
            (
                "Hackers working for North Korean military intelligence had broken into a "
                "South Korean shipyard's network on Tuesday, Seoul said."
            ),
            "attack",
            "2025-03-11",
        ),
        (
            "Russia expelled a German correspondent on Wednesday, accusing him of spying.",
            "other",
            "2025-03-12",
        ),
        (
            (
                "A Taiwanese coast guard cutter was illuminated with a laser by a Chinese "
                "warship near Pratas on Thursday."
            ),
            "other",
            "2025-03-13",
        ),
        (
            (
                "A drone that flew in from Russia crashed near the village of Vaalimaa in "
                "south-eastern Finland on Sunday."
            ),
            "airspace_violation",
            "2025-03-09",
        ),
    ],
)
def test_the_second_batchs_wordings(text: str, kind: str, when: str) -> None:
    """A sinking retold, 'came within', a mission picketed or stormed by a people, and more."""
    assert incidents_read(text, _PUBLISHED) == [(kind, when)]


def test_hundreds_of_incursions_stay_a_tally() -> None:
    """'Hundreds of' before a people is a crowd; before incidents it is a tally still."""
    text = "Hundreds of incursions by Russian drones were recorded in Finnish airspace."
    assert incidents_read(text, _PUBLISHED) == []


def test_the_survey_passages_keep_their_incident_figures() -> None:
    """
    The survey's 100 passages and the second batch's 20 keep their measured incident F1.

    A floor against regressions: 0.832 and 0.710 before the session's changes (README.md
    of each folder).
    """
    first = evaluate(_TESTS / "survey16" / "gold", _TESTS / "survey16" / "articles").scores
    second = evaluate(_TESTS / "survey16b" / "gold", _TESTS / "survey16b" / "articles").scores
    assert first.incidents.f1 >= 0.98
    assert second.incidents.f1 == 1.0
