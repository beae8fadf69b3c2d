"""
Incidents that are none: crime and sport, history recalled, figures of speech.

Classes found by writing diplomatic reports full of violence words that tell no incident
between states in the story's time frame, each tested here on sentences written for it
about invented or long-past events: a robbery or a nightclub shooting inside a country, a
batsman attacking bowlers, "the 1988 downing" recalled or an incident dated years before
the report, "an attack on a country's rights", a "diplomatic offensive"; and an incident
that must stay: troops that "fired across the Line of Control".
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.records import Incident

PUBLISHED = date(2012, 5, 16)  # a Wednesday


def incidents(text: str, published: date | None = PUBLISHED) -> list[Incident]:
    """The incidents ``parse`` reads in ``text`` under a headline of its own."""
    return list(diplomeet.parse(f"Envoys hold talks\n\n{text}", published=published).incidents)


def told(text: str, published: date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    """Kind and date of each incident of ``text``."""
    return [(i.kind, i.when.value if i.when else None) for i in incidents(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "In Accra, gunmen shot dead a shopkeeper on Monday in a robbery, police said.",
        "A Ghanaian man was convicted of a shooting at a nightclub in Kumasi on Monday.",
        "Armed robbers attacked a Togolese bus on the coastal road on Monday.",
        "The Ghanaian batsman attacked the Nigerian bowlers from the first over on Monday.",
        "Nigeria's striker fired a shot at the Ghanaian goal in the qualifier on Monday.",
    ],
)
def test_crime_and_sport_inside_a_country_are_no_incident(text: str) -> None:
    """A robbery, a court case, a cricket or football match: shots and attacks, no incident."""
    assert told(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials recalled the 1988 downing of a Ghanaian airliner by a Nigerian jet.",
        (
            "Mourners marked the anniversary of the 2006 bombing of a Malian market by"
            " Burkinabe jets, which killed 28 civilians."
        ),
        "In 1999 Nigerian jets shot down a Cameroonian transport plane near the border.",
    ],
)
def test_history_recalled_is_no_incident(text: str) -> None:
    """An adjectival past year before the incident noun, or a date years before the report."""
    assert told(text) == []


def test_an_incident_of_the_year_before_is_kept() -> None:
    """Last year's shootdown is recent enough to be news (and gold counts such)."""
    text = "In November 2011 Nigerian jets shot down a Cameroonian drone near the border."
    assert told(text) == [("shootdown", "2011-11")]


def test_an_adjectival_year_of_the_report_is_kept() -> None:
    """A 2012 downing told in a 2012 report is this year's incident, not history."""
    text = "Accra protested on Monday over the 2012 downing of a Ghanaian drone by Togo."
    assert [kind for kind, _ in told(text)] == ["shootdown"]


def test_without_a_publication_date_a_past_year_is_not_judged() -> None:
    """With no report date, nothing tells history from news: the incident stays."""
    text = "Officials recalled the 1988 downing of a Ghanaian airliner by a Nigerian jet."
    assert [kind for kind, _ in told(text, None)] == ["shootdown"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian newspapers accused Togo of an attack on Ghana's rights on Monday.",
        "Mali's opposition called the decree an attack on the country's constitution on Monday.",
        "Senegal launched a diplomatic offensive against Gambia on Monday.",
        "Nigeria launched a charm offensive in Niger on Monday.",
    ],
)
def test_figures_of_speech_are_no_incident(text: str) -> None:
    """An attack on rights or a constitution, a diplomatic or charm offensive: words."""
    assert told(text) == []


def test_an_armed_offensive_is_still_an_attack() -> None:
    """The offensive rule spares armed ones: "launched an offensive against posts"."""
    text = "Malian troops launched an offensive against Burkinabe posts on Monday."
    assert told(text) == [("attack", "2012-05-14")]


def test_fire_across_the_line_of_control_is_shots_fired() -> None:
    """'Fired across' a border or a line, with no munition named: shots fired, dated."""
    text = (
        "Eritrean troops fired across the Line of Control near Zalambessa on Tuesday, killing two"
        " Ethiopian soldiers, an army spokesman said."
    )
    found = incidents(text)
    assert [(i.kind, i.when.value if i.when else None, i.casualties) for i in found] == [
        ("shots_fired", "2012-05-15", 2)
    ]
    assert {a.country for a in found[0].actors} == {"ER", "ET"}


def test_opened_fire_across_the_frontier_is_shots_fired() -> None:
    """The armed words need no country: 'troops opened fire across the frontier'."""
    text = "Troops opened fire across the frontier on Sunday night, a local official said."
    assert [kind for kind, _ in told(text)] == ["shots_fired"]


@pytest.mark.parametrize(
    "text",
    [
        "Attacks on Malian peacekeepers have risen sharply this year, the UN said on Monday.",
        "Air strikes on Libyan towns have doubled since January, monitors said.",
        "The number of cross-border attacks fell in April, Niger's army said on Monday.",
    ],
)
def test_a_trend_of_a_tally_is_no_incident(text: str) -> None:
    """Plural attacks or strikes that rose, fell or doubled: a statistic, not an incident."""
    assert told(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired rubber bullets at demonstrators in Dakar on Monday.",
        "Police shot and killed a Senegalese man at a checkpoint in Dakar on Monday.",
        "A Nigerien court sentenced two men for the bombing of a hotel in Niamey.",
    ],
)
def test_policing_and_trials_inside_a_country_are_no_incident(text: str) -> None:
    """The police firing at a crowd or a citizen, a court on a past bombing: no incident."""
    assert told(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Malian border police fired at a Guinean boat on Monday.", "shots_fired"),
        ("Beninese troops fired on a Togolese police post at the border on Monday.", "shots_fired"),
        ("French air strikes on Malian towns killed 12 people on Monday.", "airstrike"),
    ],
)
def test_border_police_and_a_single_strike_are_kept(text: str, kind: str) -> None:
    """Border police at a foreign boat, a police post fired on, one dated deadly strike."""
    assert told(text) == [(kind, "2012-05-14")]


@pytest.mark.parametrize(
    "text",
    [
        "Libya marked the anniversary of the NATO bombing of Sirte on Monday.",
        "Algeria accused Morocco of planning a drone attack on the pipeline.",
        "The Moroccan army held a drill on Monday simulating the downing of an Algerian drone.",
        "Ghanaian fans attacked Nigerian supporters after the football match on Monday.",
        "Drug cartels shot dead 12 people in a Ghanaian port town on Monday.",
    ],
)
def test_remembered_rehearsed_planned_or_criminal_is_no_incident(text: str) -> None:
    """An anniversary, a simulation, a plot, fans and cartels: no incident between states."""
    assert told(text) == []


def test_an_anniversary_in_another_clause_spares_the_incident() -> None:
    """Only the incident named after "anniversary of" is remembered, not one told beside it."""
    text = (
        "A day after the anniversary of the war, Libyan jets bombed a Tunisian village on Monday."
    )
    assert told(text) == [("airstrike", "2012-05-14")]


def test_history_is_judged_without_overflow_near_year_one() -> None:
    """A report dated in year 1 has no year before it: the rule must not overflow."""
    text = "Officials will respond to Saturday's downing of a drone by the navy."
    found = diplomeet.parse(text, published=date(1, 1, 1))
    assert not [d for d in found.diagnostics if d.severity == "error"]


def test_fired_on_a_day_is_a_dismissal_not_shots() -> None:
    """A minister "fired on Monday" is dismissed; "fired on Monday at a patrol" still shoots."""
    assert told("The Laotian foreign minister was fired on Monday.") == []
    assert told("Laotian soldiers fired on Monday at a Thai patrol.") == [
        ("shots_fired", "2012-05-14")
    ]
    assert told("Laotian soldiers fired on a Thai patrol on May 14.") == [
        ("shots_fired", "2012-05-14")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Laos rejected Thai claims that its soldiers fired first on Monday.",
        "Laos on Monday dismissed reports that its troops had shelled Thai villages.",
        "Laos denied the accusation that its jets entered Thai airspace on Monday.",
    ],
)
def test_a_denied_claim_cut_off_by_that_is_no_incident(text: str) -> None:
    """The denial stands before "claims that", in the words the clause splitter cut off."""
    assert told(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela bombarded Colombia with complaints on Monday.",
        "The minister was bombarded with questions about Guyanese drones on Monday.",
    ],
)
def test_bombarded_with_words_is_no_air_strike(text: str) -> None:
    """Bombarded with complaints or questions: words, not bombs."""
    assert told(text) == []


def test_bombarded_with_missiles_is_still_a_strike() -> None:
    """The figure is read from the words after "with" only."""
    text = "Venezuelan jets bombarded rebel camps in Guyana with missiles on Monday."
    assert told(text) == [("airstrike", "2012-05-14")]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("India said Nepalese drones crossed into Bihar on Monday.", {"IN", "NP"}),
        ("A Belarusian helicopter briefly crossed into Latvia on Monday, Riga said.", {"BY", "LV"}),
    ],
)
def test_aircraft_that_crossed_into_a_land_violate_its_airspace(text: str, codes: set[str]) -> None:
    """Aircraft or drones "crossed into" a country or region: an airspace violation."""
    found = incidents(text)
    assert [(i.kind, i.when.value if i.when else None) for i in found] == [
        ("airspace_violation", "2012-05-14")
    ]
    assert {a.country for a in found[0].actors} == codes


@pytest.mark.parametrize(
    "text",
    [
        "Nepal rejected the claim, saying no drone had crossed into India.",
        "Indian troops crossed into Nepal on Monday for a joint parade.",
    ],
)
def test_crossing_into_denied_or_on_foot_is_no_airspace_violation(text: str) -> None:
    """A denied crossing, or troops (no aircraft) crossing: no airspace violation."""
    assert [kind for kind, _ in told(text)] != ["airspace_violation"]
