"""Incident extraction, on short reports written for these tests."""

from __future__ import annotations

from datetime import date

from diplomeet._document import Document
from diplomeet._incidents import find_incidents
from diplomeet.records import Span, TimeRef


def _doc(text: str, dates: dict[str, str] | None = None) -> Document:
    """A document whose date expressions are given as {words: ISO date or month}."""
    refs = []
    for words, value in (dates or {}).items():
        start = text.index(words)
        day = date.fromisoformat(value if len(value) == 10 else value + "-01")
        refs.append(
            TimeRef(
                text=words,
                value=value,
                start=day,
                end=day,
                granularity="day" if len(value) == 10 else "month",
                span=Span.of(text, start, start + len(words)),
            )
        )
    return Document(text=text, dates=refs)


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
    """A cause phrase "in retaliation for its shooting down of" takes no earlier date."""
    text = (
        "Moscow signed sanctions against Ankara on Saturday in retaliation for its "
        "shooting down of a Russian warplane."
    )
    [incident] = find_incidents(_doc(text, {"on Saturday": "2015-11-28"}))
    assert incident.when is None


def test_reported_claim_is_not_a_second_incident() -> None:
    """The words ", saying the jet had breached its airspace" is a claim, not an incident."""
    text = "A Turkish jet downed a Russian bomber, saying the jet had breached Turkish airspace."
    assert _codes(text) == [("shootdown", ["TR", "RU"])]
