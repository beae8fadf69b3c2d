"""Incident classes read from the development set check15, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import headed_incidents

_DAY = date(2026, 10, 9)  # a Friday


def _incidents(text: str, published: date = _DAY) -> list[tuple[str, str | None]]:
    return headed_incidents(text, published)


@pytest.mark.parametrize(
    "text",
    [
        (
            "The ministers met in Astana on Tuesday. The trigger was the death of a Kyrgyz "
            "border guard near Batken on September 28. Bishkek says Tajik troops fired across "
            "the line at a Kyrgyz post; Dushanbe says its soldiers were responding to fire."
        ),
        (
            "The ministers met in Geneva on Tuesday. The killing of a Georgian farmer near "
            "Odzisi on September 28 angered Tbilisi. Georgia says Russian troops opened fire "
            "across the line on a Georgian checkpoint."
        ),
        (
            "The ministers met in Istanbul on Tuesday. The death of a soldier near Avdiivka on "
            "September 28 led to the talks. Kyiv says Russian soldiers fired across the contact "
            "line at a Ukrainian trench."
        ),
    ],
)
def test_fire_across_the_line_is_shots_fired_dated_by_the_death_before(text: str) -> None:
    """
    "troops fired across the line at a post": a front line, as a border or a ceasefire line.

    The fire is undated; the death told with its day in the sentence before dates it.
    """
    assert ("shots_fired", "2026-09-28") in _incidents(text)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Ethiopian artillery shelled the Eritrean border town of Zalambessa on Monday, "
                "officials in Asmara said."
            ),
            "2026-10-05",
        ),
        (
            "Thai guns shelled the frontier village of Ban Sangam yesterday, Cambodia said.",
            "2026-10-08",
        ),
        (
            (
                "The fighting began on Thursday, when Sudanese artillery shelled the border city "
                "of Renk."
            ),
            "2026-10-08",
        ),
    ],
)
def test_a_border_town_shelled_is_an_attack(text: str, when: str) -> None:
    """
    "shelled the border town of X": a town shelled, an attack; "border" only places it.

    Fire over a border ("shelled villages along the border") stays shots fired.
    """
    assert _incidents(text) == [("attack", when)]


def test_villages_shelled_along_the_border_stay_shots_fired() -> None:
    """The border the fire came over: shots fired across it, as before."""
    text = "Indian troops shelled villages along the border on Monday, Pakistan said."
    assert _incidents(text) == [("shots_fired", "2026-10-05")]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "The fighting began Thursday. Israel answered with air strikes, and on Friday its "
                "warplanes bombed the Syrian air base at Tiyas, the army said."
            ),
            "2026-10-09",
        ),
        (
            (
                "Turkey retaliated with air strikes; on Wednesday its jets bombed Iraqi Kurdish "
                "positions near Qandil."
            ),
            "2026-10-07",
        ),
        (
            (
                "Ethiopia hit back with air strikes. On Thursday, its jets bombed an Eritrean camp "
                "near Assab, Asmara said."
            ),
            "2026-10-08",
        ),
    ],
)
def test_strikes_told_in_general_then_its_warplanes_in_detail_are_one(text: str, when: str) -> None:
    """
    "X answered with air strikes, and on Friday its warplanes bombed a Y base": one raid.

    The general telling is undated and names one side; "its warplanes" are X's, and the
    target names the other: the detail dates the strikes, no second record.
    """
    assert _incidents(text) == [("airstrike", when)]


def test_two_sides_raids_each_told_stay_two() -> None:
    """Each side's own jets, each with its day: two raids, as before."""
    text = (
        "Ethiopian jets bombed Mekelle on Monday. On Thursday, Eritrean jets bombed an "
        "Ethiopian camp near Zalambessa."
    )
    assert _incidents(text) == [("airstrike", "2026-10-05"), ("airstrike", "2026-10-08")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "HANOI, March 3 (AP) -- Vietnam today lodged a strong protest with China over a "
            "clash on the border yesterday in which, it said, Vietnamese militiamen were killed "
            "in an ambush."
        ),
        (
            "Peru today handed Ecuador's envoy a protest note over a clash on the Cenepa river "
            "yesterday in which two soldiers were killed in an ambush."
        ),
        (
            "NEW DELHI, March 3 -- India today sent Pakistan a stiff note over an ambush near "
            "Kargil yesterday in which three soldiers died."
        ),
    ],
)
def test_the_protest_day_gives_way_to_the_incidents_own(text: str) -> None:
    """
    "today handed China a protest over a clash ... yesterday": the clash's day, not today.

    A protest or note handed, lodged or sent is a telling: its day is not the incident's.
    """
    assert _incidents(text, date(1969, 3, 3)) == [("attack", "1969-03-02")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Soviet Union today protested over a clash on the river yesterday in which "
            "border guards were killed in an ambush. Chinese troops crossed onto the island "
            "early Sunday and opened fire on a Soviet patrol, Tass said."
        ),
        (
            "Hanoi protested over a clash on the border on Sunday in which two militiamen were "
            "killed in an ambush. Hanoi said Chinese soldiers opened fire on the patrol from a "
            "ridge."
        ),
    ],
)
def test_a_deadly_ambush_retold_as_fire_stays_the_attack(text: str) -> None:
    """
    An ambush in which people were killed, then the fire told in detail: one attack.

    The fire is the ambush's detail; the deaths make it an attack, not shots fired.
    """
    assert _incidents(text, date(1969, 3, 3)) == [("attack", "1969-03-02")]


def test_a_clash_without_an_ambush_folds_into_the_shots_fired() -> None:
    """A clash retold as troops opening fire stays shots fired, as before."""
    text = (
        "India protested over a clash near Kargil on Saturday. Pakistani troops opened fire "
        "on an Indian post on Saturday."
    )
    assert _incidents(text, date(1969, 3, 3)) == [("shots_fired", "1969-03-01")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "JAKARTA, NOV 1 - The ministers held talks on Sunday.\n\nThe talks covered the case "
            "of two Vietnamese fishing trawlers seized by the Sea Police off Natuna on October "
            "3.\n\nThe trawlers, with 20 crew members on board, were stopped for fishing "
            "without a licence inside Indonesian waters."
        ),
        (
            "KOROR, May 9 - The ministers met on Sunday.\n\nThe meeting covered the case of a "
            "Chinese longliner detained by the Marine Police off Kayangel on October 3.\n\nThe "
            "vessel, with 12 crew, was boarded for fishing without a permit inside Palauan "
            "waters."
        ),
    ],
)
def test_the_boats_of_a_seizure_retold_are_the_same_incident(text: str) -> None:
    """
    "The trawlers, with 20 crew, were stopped ...": the boats of the seizure told before.

    The retelling names the other side only (the waters'), and has no date: one incident.
    """
    assert _incidents(text) == [("other", "2026-10-03")]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Minister Tan raised concerns over the intrusions of Chinese coast guard vessels "
                "into Philippine territorial waters, most recently on 25 September 2026, when a "
                "Chinese coast guard ship remained in Philippine territorial waters for six hours."
            ),
            "2026-09-25",
        ),
        (
            (
                "An Indonesian navy ship stayed inside Timor-Leste's territorial waters for five "
                "hours on Monday."
            ),
            "2026-10-05",
        ),
        (
            (
                "Tokyo protested the incursion of four Chinese coast guard ships into Japanese "
                "territorial waters near the Senkaku Islands on Sunday."
            ),
            "2026-10-04",
        ),
    ],
)
def test_a_ship_that_stayed_in_anothers_territorial_waters(text: str, when: str) -> None:
    """
    "a vessel remained in Singapore territorial waters", "the intrusions of vessels into".

    A state's ship staying on in another's waters, or the intrusions of ships into them,
    told with the ships between the noun and the waters, is an incident (``other``).
    """
    assert _incidents(text) == [("other", when)]


def test_fishermen_who_stayed_in_their_waters_are_no_incident() -> None:
    """Only ships staying on are read so: people waiting out a storm are not."""
    text = "The fishermen remained in Fijian territorial waters until the storm passed on Monday."
    assert _incidents(text) == []
