"""
Incidents of unfamiliar wordings: typing, retellings, appeals and page furniture.

Classes found on a retired blind set, each tested here on sentences written for it about
other countries: fighters that "jumped" a plane, shells counted in thousands, a helicopter
flying "within three metres" of an aircraft, a roadside bomb with no country named, a clash
in which border troops killed smugglers, camps shelled across a border, an appeal to "stop
the shooting" and a present "are being shot at".
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


def test_fighters_that_jumped_a_plane_fired_on_it() -> None:
    """Fighters that "jumped a patrol bomber" set on a plane without downing it."""
    text = "Two Chinese MiG-15 jets jumped a US Navy patrol bomber off the coast on Monday."
    assert told(text) == [("shots_fired", "2012-05-14")]


def test_shells_counted_in_thousands_were_fired() -> None:
    """A number with a thousands separator between "fired" and "shells"."""
    text = "Guns on the coast fired more than 1,500 shells at the Taiwanese island of Kinmen."
    assert [kind for kind, _ in told(text)] == ["shots_fired"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "A Chinese navy helicopter flew within approximately three metres of a"
            " Philippine fisheries aircraft on Tuesday."
        ),
        "Chinese jets flew within 30 feet of an Australian patrol plane on Tuesday.",
    ],
)
def test_flying_within_metres_of_an_aircraft_is_an_unsafe_encounter(text: str) -> None:
    """An aircraft flown within a few metres of another: the kind ``other``."""
    assert told(text) == [("other", "2012-05-15")]


def test_a_roadside_bomb_needs_no_country() -> None:
    """A roadside bomb is armed in itself; the deaths of the sentence are counted."""
    text = (
        "On Friday, two rangers were killed when a roadside bomb exploded as their patrol"
        " passed through Ranong."
    )
    found = incidents(text)
    assert [(i.kind, i.when.value if i.when else None, i.casualties) for i in found] == [
        ("attack", "2012-05-11", 2)
    ]


def test_border_troops_killing_smugglers_in_a_clash_fired_shots() -> None:
    """A clash in which an army killed smugglers trying to cross is ``shots_fired``."""
    text = (
        "On Saturday, the Egyptian army said it had killed four smugglers in a clash at dawn"
        " along the border."
    )
    found = incidents(text)
    assert [(i.kind, i.casualties) for i in found] == [("shots_fired", 4)]


def test_a_deadly_clash_of_troops_is_still_an_attack() -> None:
    """The rule for smugglers leaves a clash killing soldiers an attack."""
    text = "Indian and Chinese troops clashed on the border on Monday, killing three soldiers."
    assert told(text) == [("attack", "2012-05-14")]


def test_camps_shelled_across_a_border_are_shots_fired() -> None:
    """Shelling across a border is fire over it; a town shelled inside a war is an attack."""
    across = (
        "On Sunday, Eritrean artillery shelled suspected rebel camps on the Sudanese side of"
        " the border."
    )
    inside = "Serb artillery shelled a Muslim village near Tuzla on Sunday, killing six civilians."
    assert told(across) == [("shots_fired", "2012-05-13")]
    assert told(inside) == [("attack", "2012-05-13")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "The envoys arrived with a message for Chad and Sudan: Stop the shooting before"
            " it turns into a war."
        ),
        "There are limits while our Spanish fishermen are being shot at on the high seas.",
    ],
)
def test_an_appeal_or_a_state_of_things_is_no_incident(text: str) -> None:
    """An appeal to "stop the shooting" and a present "are being shot at" tell no event."""
    assert told(text) == []


def test_a_shooting_in_the_past_tense_passive_stays() -> None:
    """The present-tense rule leaves "were shot at on Tuesday" an incident."""
    text = "Two Moroccan soldiers were shot at on the border on Tuesday."
    assert told(text) == [("shots_fired", "2012-05-15")]


def test_a_headline_left_in_the_body_adds_no_incident() -> None:
    """A title line before the story tells the incident the story tells again."""
    text = (
        "Ministers meet as Moroccan patrol boat fires on Spanish trawler\n\n"
        "Spain's foreign minister met his Moroccan counterpart in Madrid yesterday, only"
        " hours after news reached the capital that a Moroccan patrol boat had fired on a"
        " Spanish trawler.\n\n"
        "On Saturday a Moroccan patrol boat fired two shots across the bows of the Spanish"
        " trawler Santa Marta off Tarfaya."
    )
    assert told(text) == [("shots_fired", "2012-05-12")]


def test_a_headline_left_in_the_body_is_kept_when_the_story_tells_none() -> None:
    """With no incident of its kind in the story, the title line's own is kept."""
    text = (
        "Gunboat fires on trawler off Tarfaya\n\n"
        "The two ministers will meet in Rabat on Friday to discuss fishing rights."
    )
    assert [kind for kind, _ in told(text)] == ["shots_fired"]


def test_links_to_other_stories_after_the_story_are_no_incident() -> None:
    """Title lines after the story's last sentence are links, page furniture."""
    text = (
        "The two ministers signed a fisheries accord in Rabat on Monday.\n\n"
        "- Chad protests Sudanese attack on herders\n\n"
        "- Sudan to fund new Darfur schools"
    )
    assert told(text) == []


def test_hours_after_gives_the_month_and_a_later_retelling_the_day() -> None:
    """An incident "hours after" a day is of its month; "The strikes late Sunday" dates it."""
    text = (
        "The ministers met in Rabat on Monday, hours after Algerian airstrikes hit militant"
        " positions in northern Mali.\n\n"
        "Both sides called for calm.\n\n"
        "The strikes late Sunday targeted two depots near Kidal, killing three people."
    )
    assert told(text) == [("airstrike", "2012-05-13")]


def test_the_shooting_named_before_and_after_is_the_shots_fired() -> None:
    """Last week's shooting and "described the shooting" fold into the shots told."""
    text = (
        "Chad and Sudan yesterday agreed to investigate last week's shooting of Chadian"
        " herders near the border.\n\n"
        "Last Saturday, a Sudanese patrol opened fire on three Chadian herders near Adre,"
        " killing one herder.\n\n"
        "In a statement issued in N'Djamena on Monday, Chad's foreign ministry had described"
        " the shooting as unprovoked and summoned Sudan's ambassador."
    )
    found = incidents(text)
    assert [(i.kind, i.when.value if i.when else None, i.casualties) for i in found] == [
        ("shots_fired", "2012-05-12", 1)
    ]


def test_a_shooting_with_nothing_else_told_stays_an_attack() -> None:
    """The fold needs shots fired told elsewhere: alone, a shooting is an attack."""
    text = "Chad condemned the shooting of two Chadian herders by Sudanese soldiers on Sunday."
    assert [kind for kind, _ in told(text)] == ["attack"]


def test_one_day_of_fire_told_from_each_side_is_one_incident() -> None:
    """Fire told on the same day, by the side fired on and from the side firing, is one."""
    text = (
        "Ghana's president met Togo's yesterday, two days after Ghanaian soldiers came under"
        " fire on the Volta.\n\n"
        "According to the army, a patrol came under small-arms fire from the Togolese bank at"
        " around 10.45 hrs on Sunday."
    )
    found = incidents(text)
    assert [(i.kind, i.when.value if i.when else None) for i in found] == [
        ("shots_fired", "2012-05-13")
    ]
    assert {a.country for a in found[0].actors} == {"GH", "TG"}


def test_after_midnight_is_a_time_of_the_incident_not_an_event_after_it() -> None:
    """The words "shortly after midnight yesterday" stay in the clause and date it."""
    text = (
        "The navy said two Chinese MiG-15 jets jumped a US patrol bomber shortly after"
        " midnight yesterday about 35 miles off the coast."
    )
    assert told(text) == [("shots_fired", "2012-05-15")]


def test_a_claim_told_in_the_pluperfect_retells_the_incident() -> None:
    """The words "its patrol had come under fire first" tell the clash again, undated."""
    text = (
        "The two neighbours agreed on Tuesday to set up a hotline, four days after"
        " Ecuadorean troops came under fire along the Cenepa river.\n\n"
        "Peru said its patrol had come under fire first."
    )
    assert told(text) == [("shots_fired", "2012-05-11")]


def test_the_incident_on_a_day_makes_a_weekend_precise() -> None:
    """An incident "over the weekend" is dated by "The incident on Saturday" right after."""
    text = (
        "Manila summoned China's ambassador on Monday after a Chinese coast guard ship fired"
        " water cannon at a Philippine resupply boat over the weekend.\n\n"
        "The incident on Saturday was the third this year."
    )
    assert told(text) == [("other", "2012-05-12")]


def test_strikes_that_targeted_depots_are_airstrikes() -> None:
    """Strikes that "targeted two army depots" are from the air; dock strikes are none."""
    text = (
        "The strikes late Sunday targeted two former army depots near the towns of Izra and"
        " Nawa in Syria, killing three people."
    )
    labour = "The strikes by dock workers hit the ports of Antwerp and Rotterdam on Monday."
    assert told(text) == [("airstrike", "2012-05-13")]
    assert told(labour) == []


@pytest.mark.parametrize(
    "tail",
    ["killing seven of them.", "killing seven.", "killing seven, the army said."],
)
def test_the_dead_counted_without_a_noun_are_the_casualties(tail: str) -> None:
    """A count of the dead with no noun after it counts those just named."""
    found = incidents(
        "Soldiers exchanged fire with suspected smugglers near the Laotian border on Sunday,"
        f" {tail}"
    )
    assert [i.casualties for i in found] == [7]


def test_a_decimal_after_killed_is_no_count_of_the_dead() -> None:
    """A decimal after "killed" is no count of the dead."""
    found = incidents(
        "Soldiers exchanged fire with cattle raiders near the border on Sunday; the raid killed"
        " 3.5 percent of the herd."
    )
    assert found
    assert all(i.casualties != 3 for i in found)
