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
