"""
Incident classes that unseen outlets report and the first rules missed, on sentences written here.

Each class is told in several wordings (active, passive, reduced relative, noun with a date
between it and its object): detentions of herders, drivers, journalists named by nationality;
ships held "by the navy"; diplomats "ordered out" and counsellors expelled; protests outside
embassies; research ships in an exclusive economic zone; "opened machine-gun fire on";
flares released in an aircraft's path; bombs dropped on a town.  Dates: "yesterday's
attack" is dated by its possessive, "..., Manila said Wednesday" is not the day of the
incident, "raised the firing on ..." on a day is not the firing's day.  The negative cases are
the look-alikes: arrests at home, protests lodged with an embassy, plans, lawful fishing in a
zone, leaflets dropped, a series of attacks named as a grievance.
"""

from __future__ import annotations

import re

import pytest

from diplomeet._incidents import _TRIGGERS, find_incidents
from extraction_helpers import doc_with_dates
from test_incidents import _check_incident_words


def _kinds(text: str) -> list[str]:
    return [i.kind for i in find_incidents(doc_with_dates(text))]


_TOLD: tuple[tuple[str, str], ...] = (
    # civilians detained, their nationality in the words of the detention (AFP, PTI, Anadolu)
    ("Guinean soldiers detained nine Liberian farmers near the border on Monday.", "other"),
    ("Eight Ugandan truck drivers detained at the Kenyan border were freed on Friday.", "other"),
    ("Moroccan police arrested two Spanish journalists in the port city.", "other"),
    ("Three Kazakh traders were detained by Chinese border guards.", "other"),
    ("Kathmandu protested the detention of five Nepali pilgrims by Chinese police.", "other"),
    ("China has detained an Australian journalist working for state television.", "other"),
    ("Nigerien troops arrested six Beninese customs officers at the border.", "other"),
    # ships held, told as a reduced relative or a noun with its date (Straits Times, EFE)
    ("The ministers discussed a Malaysian trawler detained by the Thai navy last week.", "other"),
    ("Oslo protested the seizure on Monday of a Norwegian freighter by Iranian forces.", "other"),
    ("A Greek bulk carrier seized by rebels in the Red Sea was later released.", "other"),
    ("Jakarta confirmed the seizure in March of a Vietnamese trawler and its crew.", "other"),
    # expulsions (Premium Times, UPI, TASS)
    ("Mali ordered three French diplomats out of Bamako within 72 hours.", "other"),
    ("Ghana responded by expelling a counsellor at the Togolese embassy in Accra.", "other"),
    ("A Venezuelan first secretary was expelled by Panama after the vote.", "other"),
    ("Russia declared two Estonian diplomats personae non gratae.", "other"),
    # protests outside missions (NAN, Dawn, The Hindu)
    (
        "Hundreds of Serbian nationalists protested outside the Croatian embassy in Belgrade.",
        "other",
    ),
    ("Students demonstrated in front of the Chinese consulate in Osaka on Friday.", "other"),
    ("Protesters rallied outside the Indian High Commission in Islamabad.", "other"),
    # ships in another state's zone (ABC, Kyodo)
    ("A Chinese survey ship entered Vietnam's exclusive economic zone on Tuesday.", "other"),
    ("Two Russian research vessels intruded into the Norwegian EEZ, Oslo said.", "other"),
    (
        "A Chinese survey ship has been operating inside Vietnam's exclusive economic zone.",
        "other",
    ),
    # an airspace told in a clause of its own, its owner in the sentence (Reuters, Digi24)
    (
        "A Russian drone crashed in a Moldovan village after straying into its airspace.",
        "airspace_violation",
    ),
    # a launch of a military satellite, as of a missile (Yonhap, Kyodo)
    ("North Korea launched a military reconnaissance satellite on Tuesday.", "other"),
    # a soldier who kills across a border (AFP, Bangkok Post)
    ("A Thai soldier killed two Cambodian villagers near the border.", "attack"),
    # gunfire with a word between "opened" and "fire" (UPI 1970s, Dawn)
    ("Thai soldiers opened heavy fire on a Cambodian outpost near the temple.", "shots_fired"),
    ("Iranian border guards opened machine-gun fire on an Afghan truck.", "shots_fired"),
    # "opened fire" told alone, the target left out (The Hindu, Dhaka Tribune)
    (
        "Two Bangladeshi villagers were killed when Indian border guards opened fire.",
        "shots_fired",
    ),
    # an intrusion during drills is one all the same (Notes from Poland, LRT)
    (
        "A Belarusian helicopter violated Polish airspace during drills near the border.",
        "airspace_violation",
    ),
    ("A Chinese research ship sailed into Philippine waters without permission.", "other"),
    # two sides that exchanged fire fired shots, whatever it left (Dawn, TASS)
    (
        "Armenian and Azerbaijani troops exchanged fire on the border, leaving three dead.",
        "shots_fired",
    ),
    # older wire copy: hijackings, kidnappings, hostages, mines (UPI, AP, Reuters 1970s-80s)
    ("Palestinian guerrillas hijacked a Lufthansa airliner over the Mediterranean.", "other"),
    ("Gunmen kidnapped the West German ambassador in Guatemala City.", "other"),
    ("Iranian students took 52 Americans hostage at the U.S. embassy in Tehran.", "other"),
    ("Libya expelled 25,000 Tunisian workers.", "other"),
    ("A naval mine exploded beside a Kuwaiti tanker in the Gulf.", "attack"),
    ("An Iranian torpedo struck a Kuwaiti tanker in the Gulf.", "attack"),
    ("Venezuelan and Colombian soldiers exchanged shots on the border.", "shots_fired"),
    ("Greek Cypriot demonstrators were killed by Turkish troops in the buffer zone.", "attack"),
    ("Two bombs went off outside the Indian embassy in Kabul.", "attack"),
    ("Turkey bombs Kurdish positions in northern Iraq", "airstrike"),
    ("The minister raised the killing of a Ugandan trader by unknown gunmen in Busia.", "attack"),
    ("Polish jets managed to shoot down two Russian drones over the border.", "shootdown"),
    (
        "Russian fighter jets fired at Estonian planes twice in the past several days.",
        "shots_fired",
    ),
    # flares in an aircraft's path (SCMP, ABC)
    ("A Chinese fighter released flares in the path of an Australian helicopter.", "other"),
    ("A Russian jet dropped flares ahead of a British surveillance plane.", "other"),
    # bombs dropped (Kyiv Independent, Sudan Tribune)
    ("Russian aircraft dropped guided bombs on a Ukrainian village overnight.", "airstrike"),
    ("Sudanese army planes dropped barrel bombs over the market town.", "airstrike"),
)


@pytest.mark.parametrize(("text", "kind"), _TOLD)
def test_incident_class_of_unseen_outlets_is_told(text: str, kind: str) -> None:
    """Each sentence tells one incident of its kind."""
    assert _kinds(text) == [kind]


_NOT_TOLD: tuple[str, ...] = (
    # arrests at home, detained in other senses
    "Kenyan police arrested 40 students in Nairobi after the rally.",
    "Police detained dozens of farmers at a sit-in outside parliament.",
    "The Ghanaian delegation was detained by a long debate in Geneva.",
    "If Turkish journalists are detained again, Berlin will summon the ambassador.",
    "Russian police detained 30 Russian activists in Moscow.",
    "Kenyan police arrested a Kenyan journalist in Nairobi.",
    "Officials said the Sudanese herders were detained for hours by the rains.",
    # protests lodged, planned or at a decision
    "Peru protested at the Chilean embassy's decision to grant asylum.",
    "Bolivia lodged a formal protest with the Argentine embassy.",
    "Activists plan to protest outside the Russian embassy on Saturday.",
    "The Danish ambassador met students at the embassy in Hanoi.",
    # expulsions of no diplomat
    "The coach ordered two Brazilian players out of the training camp.",
    # a zone named, nobody entering it
    "Spanish fleets fish legally in the Moroccan exclusive economic zone.",
    "The treaty defines the Indonesian exclusive economic zone.",
    # dropped, released: no bombs, no flares in anyone's path
    "Allied bombers dropped leaflets over the Iraqi city.",
    "The Indian government released flares data for the festival.",
    # supposed by a modal verb after it
    "The Swiss envoy said a drone strike on civilians would be a war crime.",
    "An attack on the Turkish embassy could trigger a wider crisis, the Greek analyst said.",
    # a reduced relative with no country held: no incident abroad
    "The talks covered the release of fishermen detained in both countries.",
    # look-alikes of hostages, expulsions and mines
    "Governments are taking Americans hostage to gain concessions, the senator said.",
    "The ruling party expelled two senior officials over the scandal.",
    "Chilean copper mines hit a record output in May.",
    # attacks in words on a person, bombs as a figure
    "The Turkish president attacked his French counterpart over his remarks on Islam.",
    "The Brazilian leader attacked her for her silence on the Venezuelan vote.",
    "The Indian minister was attacked by an opposition candidate for the Chinese deal.",
    "Sanctions are like nuclear bombs that you cannot use, the Iranian minister said.",
    # purposes, adjectives, habits, sport
    "Ukraine asked allies for more air defences to shoot down Russian missiles.",
    "Both navies will hold drills to practise intercepting drones.",
    "The two sides agreed to release detained Indian fishermen as a goodwill gesture.",
    "Sri Lanka has arrested Indian fishermen in the past, but none this year.",
    "The Indian team stormed to victory over Pakistan in the cricket final.",
    # a series named as a grievance, undated
    "Washington vowed to hold Iran accountable for attacks on commercial shipping.",
)


@pytest.mark.parametrize("text", _NOT_TOLD)
def test_look_alikes_of_unseen_outlets_tell_no_incident(text: str) -> None:
    """Arrests at home, protests lodged, plans, lawful presence and grievances tell none."""
    assert _kinds(text) == []


def test_dated_attack_on_bases_still_told() -> None:
    """Plural "attacks on" with a date of their own are one incident told."""
    text = "Rocket attacks on Turkish bases in Iraq on Friday killed three soldiers."
    [incident] = find_incidents(doc_with_dates(text, {"on Friday": "2024-06-07"}))
    assert incident.when is not None
    assert incident.when.value == "2024-06-07"


def test_possessive_date_dates_the_incident_noun() -> None:
    """A possessive date dates the noun after it: "yesterday's attack"."""
    text = "The Secretary-General condemned yesterday's attack on a Ghanaian patrol in Mali."
    [incident] = find_incidents(doc_with_dates(text, {"yesterday's": "2025-03-02"}))
    assert incident.kind == "attack"
    assert incident.when is not None
    assert incident.when.value == "2025-03-02"


def test_day_of_the_report_does_not_date_the_incident() -> None:
    """A date after a verb of saying ("Manila said on Wednesday") gives only its month."""
    text = (
        "Chinese coast guard ships fired water cannon at a Philippine supply boat near the "
        "shoal, Manila said on Wednesday."
    )
    [incident] = find_incidents(doc_with_dates(text, {"on Wednesday": "2025-06-18"}))
    assert incident.kind == "other"
    assert incident.when is not None
    assert (incident.when.value, incident.when.granularity) == ("2025-06", "month")


def test_day_of_the_report_gives_way_to_a_retelling_with_the_day() -> None:
    """The month of the telling is only a fallback: a retelling with the day dates it."""
    text = (
        "Chinese coast guard ships fired water cannon at a Philippine supply boat near the "
        "shoal, Manila said on Wednesday.\nThe Chinese ships fired water cannon at the "
        "Philippine boat on Monday for nearly 20 minutes."
    )
    dates = {"on Wednesday": "2025-06-18", "on Monday": "2025-06-16"}
    assert _when(text, dates) == [("other", "2025-06-16")]


def test_dateline_day_is_not_the_incident_day() -> None:
    """The dateline's day gives way to the day the sentence tells."""
    text = (
        "SEOUL, Jan. 8 (Yonhap) -- Three North Korean drones crossed the inter-Korean border "
        "on Tuesday, the military said."
    )
    dates = {"Jan. 8": "2025-01-08", "on Tuesday": "2025-01-07"}
    assert _when(text, dates) == [("airspace_violation", "2025-01-07")]


def test_day_before_the_report_still_dates_the_incident() -> None:
    """The incident's own day, before the verb of saying, still dates it."""
    text = (
        "Chinese coast guard ships fired water cannon at a Philippine supply boat on Monday, "
        "Manila said on Wednesday."
    )
    dates = {"on Monday": "2025-06-16", "on Wednesday": "2025-06-18"}
    [incident] = find_incidents(doc_with_dates(text, dates))
    assert incident.when is not None
    assert incident.when.value == "2025-06-16"


def test_raising_the_firing_on_a_day_is_not_the_firing_day() -> None:
    """A date before "raised the firing on" dates the raising; the firing stays undated."""
    text = "Dhaka on Tuesday raised the firing on Bangladeshi villagers by Indian border guards."
    [incident] = find_incidents(doc_with_dates(text, {"on Tuesday": "2025-02-18"}))
    assert incident.kind == "shots_fired"
    assert incident.when is None


def test_where_clause_takes_its_own_date() -> None:
    """A clash told in a "where" clause takes the date in it, not the meeting's "today"."""
    text = (
        "The Peruvian and Ecuadorian ministers met today and pulled troops back from the areas "
        "where Peruvian troops clashed with Ecuadorian soldiers on Sunday."
    )
    dates = {"today": "1995-02-01", "on Sunday": "1995-01-29"}
    [incident] = find_incidents(doc_with_dates(text, dates))
    assert incident.kind == "shots_fired"
    assert incident.when is not None
    assert incident.when.value == "1995-01-29"


def test_civilians_detained_name_both_countries() -> None:
    """The detaining country and the detainees' are the incident's actors."""
    text = "Guinean soldiers detained nine Liberian farmers near the border."
    [incident] = find_incidents(doc_with_dates(text))
    assert sorted(a.country for a in incident.actors if a.country) == ["GN", "LR"]


def test_every_new_wording_is_read_through_its_stems() -> None:
    """Each clause of these sentences holding an incident word holds a stem of its kind."""
    texts = (*(text for text, _ in _TOLD), *_NOT_TOLD)
    assert sum(_check_incident_words(text) for text in texts) >= len(_TOLD)


def test_tally_of_arrests_over_a_year_is_no_incident() -> None:
    """A count of arrests over a year ("over 500 ... in 2024") tells no one incident."""
    text = "Over 300 Vietnamese fishermen were arrested by the Indonesian navy in 2024."
    assert find_incidents(doc_with_dates(text, {"in 2024": "2024"})) == []


def test_a_counted_detention_on_a_day_is_one_incident() -> None:
    """A count on a day ("nearly 40 ... on Friday") is one incident all the same."""
    text = "Nearly 40 Vietnamese fishermen were arrested by the Indonesian navy on Friday."
    [incident] = find_incidents(doc_with_dates(text, {"on Friday": "2024-05-03"}))
    assert incident.kind == "other"


def test_exchange_of_fire_is_dated_by_its_own_day() -> None:
    """
    An exchange of gunfire is dated by its own day, not the day of the accusations.

    A deadly exchange of fire is shots fired all the same (the gold convention: exchanges
    of fire are ``shots_fired`` whether or not anyone is hurt).
    """
    text = (
        "Cambodia and Thailand on Thursday traded accusations over a brief exchange of "
        "gunfire on Wednesday that killed a Cambodian soldier."
    )
    dates = {"on Thursday": "2025-05-29", "on Wednesday": "2025-05-28"}
    assert _when(text, dates) == [("shots_fired", "2025-05-28")]


def _when(text: str, dates: dict[str, str]) -> list[tuple[str, str | None]]:
    return [
        (i.kind, i.when.value if i.when else None)
        for i in find_incidents(doc_with_dates(text, dates))
    ]


def test_vague_span_after_a_date_gives_no_date() -> None:
    """A vague span ("met on Tuesday, days after ...") gives the incident only the month."""
    text = (
        "The ministers met in Accra on Tuesday, days after Togolese soldiers detained nine "
        "Ghanaian farmers in a border raid."
    )
    assert _when(text, {"on Tuesday": "2025-04-08"}) == [("other", "2025-04")]


def test_counted_span_after_a_date_dates_the_incident() -> None:
    """A counted span ("on Tuesday, a day after ...") dates the incident by its own date."""
    text = (
        "The ministers met in Accra on Tuesday, a day after Togolese soldiers detained nine "
        "Ghanaian farmers in a border raid."
    )
    dates = {"on Tuesday": "2025-04-08", "a day after": "2025-04-07"}
    assert _when(text, dates) == [("other", "2025-04-07")]


def test_day_of_telling_gives_way_to_the_incident_day() -> None:
    """Told "on Tuesday that ... on Friday", the incident is Friday's."""
    text = (
        "The minister told parliament on Tuesday that Togolese soldiers had detained nine "
        "Ghanaian farmers on Friday."
    )
    dates = {"on Tuesday": "2025-04-08", "on Friday": "2025-04-04"}
    assert _when(text, dates) == [("other", "2025-04-04")]


def test_possessive_shooting_is_an_attack_of_its_day() -> None:
    """A possessive shooting ("Sunday's shooting of ...") is an attack dated Sunday."""
    text = "The talks followed Sunday's shooting of two Ghanaian farmers by Togolese soldiers."
    assert _when(text, {"Sunday's": "2025-04-06"}) == [("attack", "2025-04-06")]


@pytest.mark.parametrize(("kind", "pattern"), _TRIGGERS)
def test_leading_word_boundary_loses_no_match(kind: str, pattern: re.Pattern[str]) -> None:
    """
    The word boundary after each pattern's lookahead keeps every match without it.

    Every alternative starts at a word's start, so the one shared boundary only spares the
    scan a try of each alternative inside words.
    """
    head = re.match(r"\(\?=\[[a-z]+\]\)\\b", pattern.pattern)
    assert head is not None, kind
    bare = re.compile(pattern.pattern[: head.end() - 2] + pattern.pattern[head.end() :])
    texts = (*(text for text, _ in _TOLD), *_NOT_TOLD)
    for text in texts:
        low = text.lower()
        assert [m.span() for m in pattern.finditer(low)] == [
            m.span() for m in bare.finditer(low)
        ], text


def test_detention_retold_with_the_held_dates_it() -> None:
    """A retelling ("The farmers were detained on Sunday") merges into the detention, dated."""
    text = (
        "Accra on Wednesday protested the detention of nine Ghanaian farmers by Togolese "
        "soldiers.\nThe farmers were detained on Sunday while tending their fields."
    )
    dates = {"on Wednesday": "2025-03-12", "on Sunday": "2025-03-09"}
    assert _when(text, dates) == [("other", "2025-03-09")]


def test_the_held_with_no_detention_told_before_is_no_incident() -> None:
    """With no detention told before, "the students were arrested" is none abroad."""
    text = "The students were arrested on Monday after the rally."
    assert _when(text, {"on Monday": "2025-03-10"}) == []


def test_since_clause_with_a_verb_takes_its_own_date() -> None:
    """A "since" clause with its own verb is read apart, with its own date."""
    text = (
        "The Greek and Turkish ministers met today for the first time since Turkish warplanes "
        "violated Greek airspace on Monday."
    )
    dates = {"today": "1989-10-03", "on Monday": "1989-10-02"}
    assert _when(text, dates) == [("airspace_violation", "1989-10-02")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Venezuelan troops detained three Guyanese miners near the disputed border on Friday.",
        "Iranian guards arrested two Swiss hikers who had strayed across the border on Friday.",
    ],
)
def test_foreign_miners_or_hikers_detained_are_an_incident(sentence: str) -> None:
    """Miners, loggers, hikers or tourists of one country held by another's forces."""
    found = find_incidents(doc_with_dates(sentence, {"on Friday": "2025-03-14"}))
    assert [(i.kind, i.when and i.when.value) for i in found] == [("other", "2025-03-14")]
