"""Incident extraction, on short reports written for these tests."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

import pytest

from diplomeet import _incidents, parse
from diplomeet._document import Document
from diplomeet._incidents import _KIND_STEMS, _TRIGGERS, find_incidents
from diplomeet._stems import INCIDENT_STEMS, find_stems
from extraction_helpers import doc_with_dates

ROOT = Path(__file__).resolve().parent.parent


def _doc(text: str, dates: dict[str, str] | None = None) -> Document:
    return doc_with_dates(text, dates)


def _codes(text: str, **dates: str) -> list[tuple[str, list[str | None]]]:
    return [
        (i.kind, [a.country for a in i.actors]) for i in find_incidents(_doc(text, dates or None))
    ]


def test_shootdown_countries_from_adjectives() -> None:
    """An aircraft downed by another country's jet names both countries, in order."""
    text = "Tension rose after an Indian jet downed a Pakistani drone near the border."
    assert _codes(text) == [("shootdown", ["IN", "PK"])]


def test_anchor_date_and_casualties_in_next_sentence() -> None:
    """The date before ", when" dates the incident; deaths come from the next sentence."""
    text = (
        "It was their first meeting since March 4, when Greek air defences took down a "
        "Turkish helicopter by mistake during a Cypriot exercise.\n"
        "The deaths of 6 Turkish soldiers strained ties."
    )
    [incident] = find_incidents(_doc(text, {"March 4": "2021-03-04"}))
    assert incident.kind == "shootdown"
    assert [a.country for a in incident.actors] == ["GR", "TR", "CY"]
    assert incident.when is not None
    assert incident.when.value == "2021-03-04"
    assert incident.casualties == 6
    assert incident.summary.startswith("Greek air defences took down")


def test_airspace_violation_with_decimal_distance() -> None:
    """The words "entered 2.5km into Finnish airspace" is an airspace violation."""
    text = "A Russian helicopter entered 2.5km into Finnish airspace on Friday."
    assert _codes(text) == [("airspace_violation", ["RU", "FI"])]


def test_negated_shootdown_is_not_an_incident() -> None:
    """The words "was not shot down" tells no shootdown."""
    text = "The Belarusian drone was not shot down, Polish officials said."
    assert _codes(text) == []


def test_shots_fired() -> None:
    """The words "fired at" is shots fired."""
    text = "North Korean guards fired at a South Korean patrol boat at dawn."
    assert _codes(text) == [("shots_fired", ["KP", "KR"])]


def test_habitual_strikes_are_not_one_incident() -> None:
    """The words "regularly carry out air strikes" tells no particular incident."""
    text = "Turkish aircraft regularly carry out air strikes inside Iraqi territory."
    assert _codes(text) == []


def test_airstrike_with_casualties() -> None:
    """An air strike killing civilians carries the count."""
    text = "A Saudi air strike on a Yemeni market killed at least 12 civilians on Tuesday."
    [incident] = find_incidents(_doc(text, {"on Tuesday": "2018-08-07"}))
    assert incident.kind == "airstrike"
    assert incident.casualties == 12
    assert incident.when is not None
    assert incident.when.value == "2018-08-07"


def test_retellings_merge() -> None:
    """A lede teaser and the body telling of one shootdown are one record."""
    text = (
        "Ties soured after a Turkish jet downed a Syrian helicopter.\n"
        "Ankara said the Syrian helicopter was shot down near the border."
    )
    assert _codes(text) == [("shootdown", ["TR", "SY"])]


def test_cause_phrase_takes_no_date_before_it() -> None:
    """A cause phrase "to punish its downing of" takes no date from before the incident word."""
    text = "Beijing imposed tariffs on Manila on Sunday to punish its downing of a Chinese drone."
    [incident] = find_incidents(_doc(text, {"on Sunday": "2021-03-07"}))
    assert incident.when is None


def test_reported_claim_is_not_a_second_incident() -> None:
    """The words ", saying the jet had breached its airspace" is a claim, not an incident."""
    text = "A Turkish jet downed a Russian bomber, saying the jet had breached Turkish airspace."
    assert _codes(text) == [("shootdown", ["TR", "RU"])]


def test_exchange_of_fire_anchored_by_after() -> None:
    """The words "soured in May after X and Y troops exchanged fire" date the exchange."""
    text = "Relations soured in May after Indian and Chinese troops exchanged fire."
    [incident] = find_incidents(_doc(text, {"in May": "2020-05"}))
    assert incident.kind == "shots_fired"
    assert [a.country for a in incident.actors] == ["IN", "CN"]
    assert incident.when is not None
    assert incident.when.value == "2020-05"


def test_shots_fired_from_across_a_border() -> None:
    """The words "shots were fired from the X side ... at a Y patrol" are shots fired."""
    text = "Shots were fired from the Venezuelan side of the border at a Colombian patrol."
    assert _codes(text) == [("shots_fired", ["VE", "CO"])]


def test_shooting_with_one_dead() -> None:
    """A shooting in which one officer was killed is an attack with one casualty."""
    text = (
        "It followed a shooting in northern Georgia in which one Georgian police officer "
        "was killed."
    )
    [incident] = find_incidents(_doc(text))
    assert (incident.kind, incident.casualties) == ("attack", 1)


def test_shootdown_without_country_keeps_the_story_countries() -> None:
    """A later shootdown told without a country takes the countries of the story so far."""
    text = (
        "A Sudanese army aircraft bombed a market in Nyala.\n"
        "Hours later, the rebels said their fighters had shot down an army drone."
    )
    assert _codes(text) == [("airstrike", ["SD"]), ("shootdown", ["SD"])]


def test_firing_at_alone_is_read() -> None:
    """Soldiers "were firing at" a boat: shots fired, with no other incident word around."""
    text = "Zambian soldiers were firing at a Congolese patrol boat on Lake Tanganyika."
    assert _codes(text) == [("shots_fired", ["ZM", "CD"])]


def test_warning_shots_at_a_boat() -> None:
    """The words "fired warning shots at" a boat are shots fired."""
    text = "An Estonian border guard cutter fired warning shots at a Latvian fishing boat."
    assert _codes(text) == [("shots_fired", ["EE", "LV"])]


def test_rounds_fired_by_an_armed_actor_need_no_country() -> None:
    """Gunboats that "fired several rounds" tell shots fired though no country is named."""
    text = "Government gunboats fired several rounds at a smuggling launch off the delta."
    assert _codes(text) == [("shots_fired", [])]


@pytest.mark.parametrize(
    "text",
    [
        "The Albanian senator fired back at the Greek envoy over the budget.",
        "The Croatian minister fired her chief of staff on Monday.",
        "The Dutch premier fired the opening shots of the campaign in Utrecht.",
    ],
)
def test_figurative_or_untargeted_firing_is_no_incident(text: str) -> None:
    """Firing a person, "fired back at" a critic, opening shots: none."""
    assert _codes(text) == []


def test_killing_in_firing_by_border_guards() -> None:
    """The words "the killing of two herders in firing by border guards" are an attack."""
    text = "Nepal protested the killing of two Nepali herders in firing by Indian border guards."
    assert _codes(text) == [("attack", ["NP", "IN"])]


def test_killed_when_a_mortar_shell_landed() -> None:
    """Soldiers "killed when a mortar shell landed" tell an attack, with the dead."""
    text = "Three Malian soldiers were killed when a mortar shell landed inside their camp."
    [incident] = find_incidents(_doc(text))
    assert (incident.kind, incident.casualties) == ("attack", 3)
    assert incident.summary.startswith("a mortar shell landed")


def test_artillery_shelling_without_a_country() -> None:
    """The words "rebel artillery shelled a market, killing nine" are an attack, dated."""
    text = "On Saturday, rebel artillery shelled a market in the town, killing nine civilians."
    [incident] = find_incidents(_doc(text, {"On Saturday": "2022-06-04"}))
    assert (incident.kind, incident.casualties) == ("attack", 9)
    assert incident.when is not None
    assert incident.when.value == "2022-06-04"


def test_shelled_out_money_is_no_attack() -> None:
    """The words "shelled out millions" are spending, not shelling."""
    text = "The Peruvian ministry shelled out millions for a new embassy in Chile."
    assert _codes(text) == []


def test_interception_of_drones_is_a_shootdown() -> None:
    """Air defences that "intercepted and destroyed two drones" shot them down."""
    text = "Emirati air defences intercepted and destroyed two drones over the capital."
    assert _codes(text) == [("shootdown", ["AE"])]


@pytest.mark.parametrize(
    "text",
    [
        "Saudi jets intercepted a Qatari airliner and escorted it to the coast.",
        "Kenyan customs officers intercepted a shipment of drones bound for Somalia.",
        "Sudanese commandos destroyed a drone factory near the Eritrean coast.",
    ],
)
def test_interceptions_that_shoot_nothing_down(text: str) -> None:
    """An escorted airliner, a seized shipment, a destroyed factory: no shootdown."""
    assert _codes(text) == []


def test_drones_crossing_a_border_violate_it() -> None:
    """Drones that "crossed the border" are an airspace violation without the word."""
    text = "Four Belarusian drones crossed the Lithuanian border and circled over farms."
    assert _codes(text) == [("airspace_violation", ["BY", "LT"])]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Honduran migrants crossed the Guatemalan border on foot.",
        "If Serbian drones crossed the border, Kosovo would respond at once.",
        "Moscow denied that its bombers had entered Norwegian airspace.",
        "Ankara would shoot down any Syrian jet that crossed the border.",
        "Air defences failed to shoot down the Iranian drone over the Gulf.",
        "Polish troops threatened to open fire on the Belarusian guards.",
    ],
)
def test_no_incident_denied_supposed_or_negated(text: str) -> None:
    """No aircraft, a condition, a denial, "would", "failed to", "threatened to": none."""
    assert _codes(text) == []


def test_laser_and_water_cannon_are_other_incidents() -> None:
    """A laser pointed at a ship and water cannon fired at a boat are kind ``other``."""
    text = "A Vietnamese navy ship pointed a laser at a Malaysian patrol aircraft."
    assert _codes(text) == [("other", ["VN", "MY"])]
    text = "Chinese coast guard ships fired water cannon at a Philippine supply boat."
    assert _codes(text) == [("other", ["CN", "PH"])]


def test_ramming_a_vessel_but_not_a_bill() -> None:
    """A boat that "rammed a fishing vessel" is an incident; a bill "rammed through" is not."""
    text = "A Chinese militia boat rammed a Vietnamese fishing vessel near the islands."
    assert _codes(text) == [("other", ["CN", "VN"])]
    assert _codes("Canadian senators rammed the bill through before the recess.") == []


def test_the_downing_retold_later_is_the_same_incident() -> None:
    """An undated "the downing of its drone" later on retells the shootdown told before."""
    text = (
        "Lithuanian jets shot down a Russian drone on May 2.\n"
        "Belarus later called the downing of the drone a provocation."
    )
    [incident] = find_incidents(_doc(text, {"on May 2": "2023-05-02"}))
    assert incident.kind == "shootdown"
    assert incident.when is not None
    assert incident.when.value == "2023-05-02"


def test_since_clause_takes_its_own_date() -> None:
    """In "met on Friday, the first talks since X shot down ... last month", last month."""
    text = (
        "The envoys met on Friday, the first talks since the Indian navy shot down a "
        "Pakistani drone over the Arabian Sea last month."
    )
    [incident] = find_incidents(_doc(text, {"on Friday": "2023-03-03", "last month": "2023-02"}))
    assert incident.when is not None
    assert incident.when.value == "2023-02"


def test_a_day_after_dates_the_event_after_it() -> None:
    """In "opened on Monday, a day after troops exchanged fire", the day after's date."""
    text = "The summit opened on Monday, a day after Togolese troops exchanged fire with Benin."
    dates = {"on Monday": "2021-05-10", "a day after": "2021-05-09"}
    [incident] = find_incidents(_doc(text, dates))
    assert incident.when is not None
    assert incident.when.value == "2021-05-09"


def test_the_day_told_after_the_incident_word_dates_it() -> None:
    """A day after the incident word dates it better than "earlier this month" before it."""
    text = "Earlier this month, the Omani navy said it had intercepted a missile on Tuesday."
    dates = {"Earlier this month": "2023-05", "on Tuesday": "2023-05-09"}
    [incident] = find_incidents(_doc(text, dates))
    assert incident.kind == "shootdown"
    assert incident.when is not None
    assert incident.when.value == "2023-05-09"


def test_kind_stems_are_the_incident_stems() -> None:
    """The stems each kind of incident word needs are, together, the stems scanned for."""
    assert {s for stems in _KIND_STEMS.values() for s in stems} == set(INCIDENT_STEMS)
    assert set(_KIND_STEMS) == {kind for kind, _ in _TRIGGERS}


# Sentences written for these tests, one or more per kind of incident word, in odd cases
# and spellings too (a dotless i, a long s).
_INCIDENT_PHRASES: Final = (
    (
        "Zambian soldiers were firing at a Congolese patrol boat, and Congolese troops "
        "returned gunfire; a Zambian drone was shot down."
    ),
    (
        "Congolese aircraft bombed a Zambian depot after Zambian jets entered Congolese "
        "airspace and attacked a camp."
    ),
    "Shots were fired across the border; the two armies exchanged fire and traded gunfire.",
    "A patrol came under fire, and an air strike and airstrikes followed air raids.",
    "Rebels ambushed a convoy, stormed a base and shelled a town in a rocket attack.",
    "A SHOOTDOWN of a Zambian plane; a shoot-down; they took down a helicopter.",
    "Zambian jets violated Congolese a\u0131rspace, and a missile \u017ftrike hit a base.",
    "Gunboats fired warning shots at a trawler; air defences intercepted two drones.",
    "Drones crossed the border; the killing of a boy in firing by guards angered Lusaka.",
    "Two soldiers were killed when a mortar bomb landed; a ship aimed a laser at a jet.",
    "A militia boat rammed a fishing vessel; a cutter fired water cannon at a ferry.",
)


def _check_incident_words(text: str) -> int:
    """
    Assert every clause holding an incident word is read for that kind of word.

    Returns how many clauses hold one.
    """
    doc = Document(text=text)
    reader = _incidents._Reader(doc)
    stems = dict(reader.stems.by_sentence(INCIDENT_STEMS))
    found = 0
    for k, sent in enumerate(doc.sentences):
        hits = stems.get(k, [])
        # The sentence is read only when one of its kinds is found in it read whole.
        # the patterns read the lower-cased text; here, the text itself, ignoring case
        read = any(
            re.compile(p.pattern, re.IGNORECASE).search(text, sent.start, sent.end)
            for _, p in reader.kinds(hits)
        )
        for clause in _incidents._clauses(reader.low, sent):
            told = {
                kind
                for kind, p in _TRIGGERS
                if re.compile(p.pattern, re.IGNORECASE).search(text, clause.start, clause.end)
            }
            inside = [h for h in hits if clause.start <= h < clause.end]
            assert told <= {kind for kind, _ in reader.kinds(inside)}, text[sent.start : sent.end]
            assert read or not told, text[sent.start : sent.end]
            found += bool(told)
    return found


def test_clauses_with_incident_words_are_read() -> None:
    """
    Every clause holding an incident word holds a stem of its kind, so it is read.

    A new incident word whose stem ``diplomeet._stems`` lacks fails here.
    """
    paths = sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths] + list(_INCIDENT_PHRASES)
    assert sum(_check_incident_words(text) for text in texts) >= 20


def test_clauses_with_incident_words_are_read_in_reference_articles(shared: Path) -> None:
    """The same over the seed articles and the PolNeAR development articles."""
    paths = sorted((shared / "seeds").glob("*.txt"))
    paths += sorted((shared / "data" / "polnear" / "dev" / "text").glob("*"))
    assert len(paths) >= 50
    for path in paths:
        _check_incident_words(path.read_text(encoding="utf-8"))


_LOWER_CASE_PATTERNS: Final = (
    *(pattern for _, pattern in _TRIGGERS),
    *_incidents._CASUALTY_RES,
    _incidents._AIRCRAFT_RE,
    _incidents._NEGATED_RE,
    _incidents._HABITUAL_RE,
    _incidents._CLAIM_RE,
    _incidents._BREAK_RE,
    _incidents._UNREAL_RE,
    _incidents._ARMED_RE,
    _incidents._LEAD_WORDS_RE,
    _incidents._ANCHOR_RE,
)


@pytest.mark.parametrize("pattern", _LOWER_CASE_PATTERNS)
def test_lower_case_patterns_match_as_ignoring_case(pattern: re.Pattern[str]) -> None:
    """A pattern read in the lower-cased text finds what it finds ignoring case in the text."""
    assert not pattern.flags & re.IGNORECASE
    ignoring_case = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)
    paths = sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))
    odd = "A T\u0130RK\u0130SH JET \u017fHOT DOWN a drone; \u212aILLING 12 SOLDIERS, SAYING no."
    for text in [*(parse(p.read_text(encoding="utf-8")).text for p in paths), odd]:
        low = find_stems(Document(text=text)).low
        assert [m.span() for m in pattern.finditer(low)] == [
            m.span() for m in ignoring_case.finditer(text)
        ]


def test_no_incident_stem_starts_another() -> None:
    """The stem standing at a hit is the one ``_STEM_RE`` finds there: none starts another."""
    assert not [a for a in INCIDENT_STEMS for b in INCIDENT_STEMS if a != b and b.startswith(a)]
    assert set(_incidents._STEM_KINDS) == set(INCIDENT_STEMS)
