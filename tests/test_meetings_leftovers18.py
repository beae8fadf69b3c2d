"""Meeting classes of news prose left over by the eighteenth session, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import story_meetings_with_status

_DAY = date(2026, 11, 5)  # a Thursday


def _meetings(text: str) -> list[tuple[tuple[str, ...], str | None, str | None, str]]:
    return story_meetings_with_status(text, _DAY)


_WHOM = [
    pytest.param(
        "Kenyan Foreign Minister Peter Otieno, whom Ugandan President Samuel Okello met on "
        "Monday, said the border would reopen.",
        (("Samuel Okello", "Peter Otieno"), "2026-11-02", None, "held"),
        id="whom-met",
    ),
    pytest.param(
        "BRASILIA (AP) - Argentine envoy Martin Sosa, whom Brazilian Foreign Minister Ana Lima "
        "received on Tuesday, told reporters the talks went well.",
        (("Ana Lima", "Martin Sosa"), "2026-11-03", "Brasilia", "held"),
        id="whom-received",
    ),
    pytest.param(
        "Japan's trade minister Kenji Ota, whom Prime Minister Sofia Berg met in Stockholm on "
        "Wednesday, said tariffs would fall.",
        (("Sofia Berg", "Kenji Ota"), "2026-11-04", "Stockholm", "held"),
        id="whom-place",
    ),
    pytest.param(
        "LONDON, Nov 3 - The Omani envoy Ahmed Harthy, whom British Foreign Secretary Jane "
        "Hollis saw on Monday, said the talks had been useful.",
        (("Jane Hollis", "Ahmed Harthy"), "2026-11-02", "London", "held"),
        id="whom-saw",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _WHOM)
def test_a_relative_clause_with_whom_tells_who_met_whom(
    text: str, expected: tuple[tuple[str, ...], str | None, str | None, str]
) -> None:
    """A named after "whom" met B: "B, whom A met on Monday, said ..."."""
    assert _meetings(text) == [expected]


_TOPIC_PLACES = [
    pytest.param(
        "Indian Foreign Minister Arun Mehra held talks with his British counterpart Jane "
        "Hollis on the conference now under way in London.",
        (("Arun Mehra", "Jane Hollis"), None, None, "held"),
        id="under-way",
    ),
    pytest.param(
        "GENEVA, Nov 4 - Thai Foreign Minister Anan Suk met Cambodian Foreign Minister Sok "
        "Chea on Wednesday for talks on preparations for the summit in Bangkok.",
        (("Anan Suk", "Sok Chea"), "2026-11-04", "Geneva", "held"),
        id="preparations-for",
    ),
    pytest.param(
        "JAKARTA (Antara) - Indonesian Foreign Minister Dewi Sari met her Malaysian counterpart "
        "Aziz Rahman on Tuesday to consult about next year's elections in Kuala Lumpur.",
        (("Dewi Sari", "Aziz Rahman"), "2026-11-03", "Jakarta", "held"),
        id="about-elections",
    ),
    pytest.param(
        "PARIS, Nov 4 - French Foreign Minister Claire Dubois met Mali's Foreign Minister "
        "Amadou Diallo on Tuesday for talks about the peace conference due to open in Algiers.",
        (("Claire Dubois", "Amadou Diallo"), "2026-11-03", "Paris", "held"),
        id="due-to-open",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _TOPIC_PLACES)
def test_a_gathering_the_talks_are_about_does_not_place_them(
    text: str, expected: tuple[tuple[str, ...], str | None, str | None, str]
) -> None:
    """A gathering the talks are about ("talks on the summit in Bangkok") does not place them."""
    assert _meetings(text) == [expected]


def test_the_sidelines_of_a_summit_still_place_the_talks() -> None:
    """Those who met "on the sidelines of the summit in Bangkok" met in Bangkok."""
    text = (
        "SINGAPORE, Nov 4 - Thai Foreign Minister Anan Suk met Cambodian Foreign Minister Sok "
        "Chea on the sidelines of the summit in Bangkok on Wednesday."
    )
    assert _meetings(text) == [(("Anan Suk", "Sok Chea"), "2026-11-04", "Bangkok", "held")]


_DISTRICTS = [
    pytest.param(
        "NEW YORK, Nov 4 - Ghanaian President Kofi Mensah met UN Secretary-General Lars Holm "
        "in Manhattan on Wednesday.",
        (("Kofi Mensah", "Lars Holm"), "2026-11-04", "New York", "held"),
        id="manhattan",
    ),
    pytest.param(
        "Chilean President Rosa Pinto met Brazilian President Ana Lima at a hotel in Manhattan "
        "on Tuesday.",
        (("Rosa Pinto", "Ana Lima"), "2026-11-03", "New York", "held"),
        id="hotel-in-manhattan",
    ),
    pytest.param(
        "Indian Foreign Minister Arun Mehra and Japanese Foreign Minister Kenji Ota held talks "
        "in Brooklyn on Monday.",
        (("Arun Mehra", "Kenji Ota"), "2026-11-02", "New York", "held"),
        id="brooklyn",
    ),
    pytest.param(
        "British Foreign Secretary Jane Hollis received Kenyan Foreign Minister Peter Otieno in "
        "Westminster on Monday.",
        (("Jane Hollis", "Peter Otieno"), "2026-11-02", "London", "held"),
        id="westminster",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _DISTRICTS)
def test_a_borough_places_the_meeting_in_its_city(
    text: str, expected: tuple[tuple[str, ...], str | None, str | None, str]
) -> None:
    """A meeting "in Manhattan" is placed in New York, the city the borough is in."""
    assert _meetings(text) == [expected]


_COUNTERPARTS = [
    pytest.param(
        "Chilean Foreign Minister Rosa Pinto met Javad Karimi, her Iranian counterpart, in "
        "Santiago on Tuesday.",
        (("Rosa Pinto", "Javad Karimi"), "2026-11-03", "Santiago", "held"),
        id="her-counterpart",
    ),
    pytest.param(
        "ANKARA (AA) - Turkish Foreign Minister Aylin Demir held talks on Monday with Reza "
        "Tavakoli, his Iranian counterpart.",
        (("Aylin Demir", "Reza Tavakoli"), "2026-11-02", "Ankara", "held"),
        id="his-counterpart",
    ),
    pytest.param(
        "Japanese Prime Minister Kenji Ota and Ilya Sorokin, his Russian counterpart, met in "
        "Tokyo on Monday.",
        (("Kenji Ota", "Ilya Sorokin"), "2026-11-02", "Tokyo", "held"),
        id="subject-pair",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _COUNTERPARTS)
def test_a_bare_name_with_a_counterpart_in_apposition_is_a_person(
    text: str, expected: tuple[tuple[str, ...], str | None, str | None, str]
) -> None:
    """A bare name with "his Iranian counterpart" in apposition is a person of Iran."""
    assert _meetings(text) == [expected]


def test_a_possessive_apposition_that_is_no_office_makes_no_one_met() -> None:
    """Only a counterpart after "his"/"her": "B, her husband," is no one the minister met."""
    text = "Chilean Foreign Minister Rosa Pinto met Tom Baker, her husband, in Santiago on Tuesday."
    assert _meetings(text) == []
