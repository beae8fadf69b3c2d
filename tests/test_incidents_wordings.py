"""
Incidents told in the wordings of many outlets, on sentences written for these tests.

Each sentence imitates how a wire service, a paper or a government statement reports an
incident that frames diplomacy (a seizure at sea, a detention, an expulsion, an overflight, a
missile launch, a strike, a clash, a shooting, an assassination, a bombing, a cyberattack), in
the active and passive voice, as a noun ("the seizure of"), in headline style and under
attribution ("accused X of").  The negative cases are the look-alikes: negation, threats,
hypotheticals, warnings, drills and metaphors ("attacked the proposal").
"""

from __future__ import annotations

import re

import pytest

from diplomeet._incidents import _TRIGGERS, find_incidents
from extraction_helpers import doc_with_dates
from test_incidents import _check_incident_words


def _kinds(text: str) -> list[str]:
    return [i.kind for i in find_incidents(doc_with_dates(text))]


def _codes(text: str) -> list[tuple[str, list[str | None]]]:
    return [(i.kind, [a.country for a in i.actors]) for i in find_incidents(doc_with_dates(text))]


# (sentence, the one kind of incident it tells)
_TOLD: tuple[tuple[str, str], ...] = (
    # seizures of boats, ships and tankers, detentions of crews (Reuters, AFP, PTI, Kyodo)
    ("Iranian Revolutionary Guards seized a Liberian-flagged tanker in the Gulf.", "other"),
    ("Eritrea seizes Yemeni fishing boats off Hanish islands", "other"),
    ("A Vietnamese trawler and its 12 crew were seized by the Indonesian navy.", "other"),
    ("Senegal condemned the seizure of two of its trawlers by Guinea-Bissau.", "other"),
    ("The Sri Lankan navy arrested 14 Indian fishermen and impounded their boats.", "other"),
    ("Russian border guards detained a Japanese fishing vessel near the Kurils.", "other"),
    ("Ghanaian officials said the Togolese navy had captured a Ghanaian canoe.", "other"),
    # arrests and detentions of foreign nationals and diplomats (AP, Xinhua, Anadolu)
    ("Venezuela said it had detained three American citizens near the coast.", "other"),
    ("Chinese state security arrested a Japanese national on suspicion of spying.", "other"),
    ("Two Canadian citizens were detained in China on security grounds.", "other"),
    ("Paris protested the detention of a French diplomat in Niamey.", "other"),
    # expulsions of diplomats (DW, TASS, government statements)
    ("Poland expelled 45 Russian diplomats, accusing them of spying.", "other"),
    ("Lithuania ordered the expulsion of a Belarusian diplomat.", "other"),
    ("Tallinn declared a Belarusian diplomat persona non grata.", "other"),
    # overflights and airspace, as Yonhap, Kyodo, Dawn and AFP write them
    (
        "A Turkish drone flew over the Greek island of Farmakonisi, Athens said.",
        "airspace_violation",
    ),
    (
        "The violation of Lithuanian airspace by a Belarusian helicopter angered Vilnius.",
        "airspace_violation",
    ),
    (
        "A Belarusian military helicopter flew into Polish airspace near Bialowieza.",
        "airspace_violation",
    ),
    ("Chinese warplanes entered Taiwan's air defence identification zone.", "airspace_violation"),
    (
        "Seoul accused Pyongyang of flying drones over the inter-Korean border.",
        "airspace_violation",
    ),
    ("Pakistan says Indian spy drone violated its airspace", "airspace_violation"),
    # missile launches and tests (Yonhap, PTI, AP)
    ("North Korea fired a ballistic missile into the sea off its east coast.", "other"),
    ("Pakistan successfully test-fired a nuclear-capable Ghauri missile.", "other"),
    ("The launch of an intercontinental ballistic missile by North Korea drew protests.", "other"),
    ("North Korea launched two short-range ballistic missiles toward the Sea of Japan.", "other"),
    # air strikes (Al Jazeera, Anadolu, BBC)
    ("Turkish warplanes struck Kurdish militant targets in northern Iraq.", "airstrike"),
    ("Pakistani jets pounded suspected hideouts in Afghanistan, Kabul said.", "airstrike"),
    ("Pakistan carried out retaliatory strikes inside Iranian territory.", "airstrike"),
    ("The bombing of a refugee camp by Ethiopian aircraft killed 56 people.", "airstrike"),
    # artillery fire, clashes, shootings (PTI, Dawn, AFP, 1980s wire copy)
    ("Indian and Pakistani troops traded artillery fire across the frontier.", "shots_fired"),
    ("Kyrgyz and Tajik border guards clashed near the disputed frontier.", "shots_fired"),
    ("A skirmish between Thai and Cambodian soldiers broke out near the temple.", "shots_fired"),
    ("Thai troops and Cambodian soldiers fought a gun battle near the temple.", "shots_fired"),
    # border guards shooting people at a border fire shots across it (the gold conventions
    # of check8/ and sample10a/: "a shooting by border guards" is shots_fired)
    ("Iranian border guards shot dead two Afghan migrants at the frontier.", "shots_fired"),
    ("A Bangladeshi villager was shot and killed by Indian border guards.", "shots_fired"),
    ("Azerbaijani sniper fire killed an Armenian soldier, Yerevan said.", "shots_fired"),
    ("Two Kyrgyz civilians were killed in clashes with Tajik border troops.", "attack"),
    # ramming, water cannon, collisions at sea (Reuters, Kyodo, government statements)
    ("A Philippine supply boat was hit by water cannon from a Chinese vessel.", "other"),
    ("A Vietnamese fishing boat was water-cannoned by Chinese coast guard ships.", "other"),
    ("A Chinese coast guard ship collided with a Philippine patrol vessel.", "other"),
    # embassy attacks, assassinations, bombings, cyberattacks (DW, France 24, AP)
    ("Protesters set fire to the Swedish embassy in Baghdad.", "attack"),
    ("Demonstrators ransacked the Danish embassy in Tehran.", "attack"),
    ("Canada linked India to the assassination of a Sikh separatist leader.", "attack"),
    ("A Pakistani nuclear scientist was assassinated in Islamabad.", "attack"),
    ("A suicide bomber blew himself up outside the Turkish embassy in Kabul.", "attack"),
    ("A car bomb exploded near the Indian consulate in Jalalabad.", "attack"),
    ("Albania blamed Iran for a cyberattack on government websites.", "attack"),
    ("Estonia said Russian hackers had attacked its banks in a cyber attack.", "attack"),
    # shootdowns, headline style, aircraft by designation (Anadolu, 1980s wire copy)
    ("Turkey downs Syrian warplane over Hatay", "shootdown"),
    ("A Soviet fighter shot a Korean airliner out of the sky.", "shootdown"),
    ("An Indian MiG-21 was shot down by Pakistani fire in 2019.", "shootdown"),
    # more wordings: hijackings, sinkings, territorial waters, collisions (Kyodo, Reuters)
    ("Rebels hijacked a Panama-flagged cargo ship in the Red Sea.", "other"),
    ("Indonesia sank 13 Vietnamese fishing boats caught poaching.", "other"),
    ("Two Chinese coast guard vessels intruded into Japanese territorial waters.", "other"),
    ("Greek and Turkish warships collided south of Crete.", "other"),
    ("A Russian Su-27 collided with an American MQ-9 drone.", "other"),
    ("Iranian hackers breached the email accounts of Albanian officials.", "attack"),
    ("North Korea test-launched a solid-fuel ICBM, the South's military said.", "other"),
    # ground fire, offensives, killings, blasts (AFP, Dawn, TASS)
    ("Azerbaijani forces pounded Armenian positions with artillery.", "attack"),
    ("Fighting erupted between Kyrgyz and Tajik troops on the border.", "shots_fired"),
    ("Iranian border guards killed three Pakistani smugglers near the frontier.", "attack"),
    ("Azerbaijan launched a military offensive in the enclave on Tuesday.", "attack"),
    ("A bomb ripped through a bus carrying Chinese engineers in Pakistan.", "attack"),
    ("A landmine explosion killed two Thai soldiers near the Cambodian border.", "attack"),
    ("Unknown assailants killed the Haitian president at his home.", "attack"),
    # an exchange of fire is shots fired, deadly or not; a deadly shootout is an attack
    (
        "Two Indian soldiers were killed in an exchange of fire with Pakistani troops.",
        "shots_fired",
    ),
    ("A Bolivian border policeman was killed in a shootout with Peruvian smugglers.", "attack"),
    ("Israeli jets hit targets in southern Lebanon overnight.", "airstrike"),
    # 1980s wire copy, South Asian and South China Sea reporting (UPI, PTI, Dawn, Straits Times)
    ("The Soviet destruction of a South Korean jumbo jet drew condemnation.", "shootdown"),
    ("A Soviet interceptor shot down Korean Air Lines Flight 007 near Sakhalin.", "shootdown"),
    (
        "Pakistani troops violated the ceasefire along the frontier, the Indian Army said.",
        "shots_fired",
    ),
    ("India accused Pakistan of an unprovoked ceasefire violation in Poonch.", "shots_fired"),
    ("Indian troops resorted to unprovoked firing along the border, Pakistan said.", "shots_fired"),
    ("A terror attack in the Turkish capital killed two people.", "attack"),
    ("Russian strikes on Ukrainian energy infrastructure continued overnight.", "airstrike"),
    ("Chinese coast guard ships blocked a Philippine resupply mission near the shoal.", "other"),
    ("A Chinese coast guard vessel harassed a Vietnamese survey ship.", "other"),
    ("Manila accused Chinese ships of dangerous manoeuvres near the shoal.", "other"),
    (
        "Chinese military aircraft crossed the median line of the Taiwan Strait.",
        "airspace_violation",
    ),
)


@pytest.mark.parametrize(("text", "kind"), _TOLD)
def test_incident_told_in_the_wording_of_an_outlet(text: str, kind: str) -> None:
    """Each sentence tells one incident of its kind."""
    assert _kinds(text) == [kind]


_NOT_TOLD: tuple[str, ...] = (
    # metaphors
    "The senator fired a broadside at critics of the Canadian deal.",
    "Beijing attacked the American proposal as hypocritical.",
    "The Indian minister came under fire from opposition lawmakers over the visit.",
    "The Mexican envoy came under fire for his remarks on migration.",
    "A war of words broke out between Athens and Ankara.",
    "The French president seized the opportunity to court Nigerian investors.",
    "Kenyan lawmakers seized on the remarks to demand an apology from Uganda.",
    "The army seized power in Niger in July.",
    "The Brazilian foreign minister launched a scathing attack on the Argentine plan.",
    "Chile and Peru clashed over the wording of the fisheries declaration.",
    "The Vietnamese prime minister flew over to Tokyo for the summit.",
    "The Indian prime minister flew over the flooded districts of Assam by helicopter.",
    # threats, hypotheticals, warnings, negation
    "North Korea threatened to launch more missiles toward Japan.",
    "Manila warned that any seizure of Philippine boats would be met with force.",
    "Tokyo warned of Chinese cyberattacks on its power grid.",
    "If Iranian boats seize another tanker, Britain will respond.",
    "Seoul said it had not detained any North Korean fishermen.",
    "Ankara denied that its jets had struck Iraqi villages.",
    "Pakistan has never expelled an Afghan diplomat.",
    # drills and exercises
    "Chinese warships fired missiles during live-fire drills near Taiwan.",
    "Indian and French jets carried out simulated strikes during the Garuda exercise.",
    # no incident at all
    "The Ghanaian navy launched a new patrol vessel in Accra.",
    "Poland will expel diplomats only after a court ruling, the Polish minister said.",
    "The Kenyan police arrested three suspects in Nairobi.",
    "Customs officers in Mombasa seized two tonnes of Colombian cocaine.",
    "The Saudi crown prince launched a missile defence programme with American help.",
    "The Canadian ambassador was expelled from the meeting hall for shouting.",
    "The Indian tax must rise to hit its long-term target, the Indian panel said.",
    "In a war, loose lips sink ships, the American admiral said.",
    "The bigger risk is a clash between Chinese and Philippine ships, the Filipino said.",
    "Chinese exports to Australia hit a record in March.",
    "The two sides struck a deal on grain exports after talks in Ankara.",
    "The Japanese envoy captured the national mood in Seoul with a short speech.",
    "A court issued an arrest warrant for the former Peruvian president.",
    "Mexico and the United States launched talks on migration on Monday.",
    "Thousands of Serbian fans clashed with police after the match.",
    "The Kazakh prime minister came under heavy fire from parliament over the budget.",
    "Pakistan fired its ambassador to Washington.",
    "The Indian minister blocked the ship registry reform bill.",
    "The Russian navy held war games with Chinese warships.",
    "The ceasefire between Armenia and Azerbaijan has held since November.",
)


@pytest.mark.parametrize("text", _NOT_TOLD)
def test_look_alikes_tell_no_incident(text: str) -> None:
    """Metaphors, threats, hypotheticals, warnings, drills and negations tell none."""
    assert _kinds(text) == []


def test_seizure_names_both_countries() -> None:
    """A seizure names the seizing country and the boat's, in order."""
    text = "The Indonesian navy seized a Vietnamese fishing boat off the Natuna Islands."
    assert _codes(text) == [("other", ["ID", "VN"])]


def test_seizure_is_dated_and_retold_once() -> None:
    """A seizure told in the lede and again in the body is one record, with its date."""
    text = (
        "Iranian forces seized a Greek tanker on Friday.\n"
        "The seizure of the Greek tanker angered Athens, which summoned Iran's envoy."
    )
    [incident] = find_incidents(doc_with_dates(text, {"on Friday": "2022-05-27"}))
    assert incident.kind == "other"
    assert incident.when is not None
    assert incident.when.value == "2022-05-27"


def test_clash_with_dead_is_an_attack_with_casualties() -> None:
    """A border clash that kills is an attack; the dead are counted."""
    text = "Indian and Chinese troops clashed in the Himalayas, killing 20 Indian soldiers."
    [incident] = find_incidents(doc_with_dates(text))
    assert (incident.kind, incident.casualties) == ("attack", 20)


def test_missile_launch_is_other() -> None:
    """A missile fired into the sea is a launch: kind ``other``, not shots fired."""
    text = "Pyongyang's army fired two cruise missiles into the sea near Japan."
    assert _kinds(text) == ["other"]


_ALL_TEXTS: tuple[str, ...] = (*(text for text, _ in _TOLD), *_NOT_TOLD)


@pytest.mark.parametrize(("kind", "pattern"), _TRIGGERS)
def test_first_letter_lookahead_loses_no_match(kind: str, pattern: re.Pattern[str]) -> None:
    """Each pattern's lookahead on first letters keeps every match of the pattern without it."""
    head = re.match(r"\(\?=\[[a-z]+\]\)", pattern.pattern)
    assert head is not None, kind
    bare = re.compile(pattern.pattern[head.end() :])
    for text in _ALL_TEXTS:
        low = text.lower()
        assert [m.span() for m in pattern.finditer(low)] == [
            m.span() for m in bare.finditer(low)
        ], text


def test_every_wording_is_read_through_its_stems() -> None:
    """Each clause of these sentences holding an incident word holds a stem of its kind."""
    assert sum(_check_incident_words(text) for text in _ALL_TEXTS) >= len(_TOLD)
