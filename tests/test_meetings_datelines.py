"""
Datelines and places written with diacritics or apostrophes place the lede's meeting.

Also the other side named in apposition after "and his host,", leaders "joined by their
ministers", meetings told "later" and live blog entries (the ninth session's own articles).

"BOGOTÁ (Reuters) -", "NUKU'ALOFA (Pacnews) —", "N'DJAMENA, March 9 -", and cities written
with their accents in prose ("met in Lomé") name the city and its country.  Every sentence is
written for these tests; the people are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

MONDAY_AFTER = date(2026, 3, 10)


def _places(text: str) -> list[tuple[str, str | None] | None]:
    art = diplomeet.parse(text, published=MONDAY_AFTER)
    return [None if m.place is None else (m.place.name, m.place.country) for m in art.meetings]


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        pytest.param("BOGOTÁ (Reuters) -", ("Bogotá", "CO"), id="accent"),
        pytest.param("SÃO PAULO, March 9 -", ("São Paulo", "BR"), id="tilde-two-words"),
        pytest.param("N'DJAMENA, March 9 (AFP) -", ("N'Djamena", "TD"), id="apostrophe-first"),
        pytest.param("NUKU'ALOFA (Reuters) —", ("Nuku'alofa", "TO"), id="apostrophe-inside"),
        pytest.param("Lomé, 9 March 2026 -", ("Lomé", "TG"), id="mixed-case"),
    ],
)
def test_a_dateline_with_diacritics_places_talks_held_here(
    dateline: str, place: tuple[str, str]
) -> None:
    """Talks "held here" are in the dateline's city, whatever its letters."""
    text = (
        f"{dateline} Colombia's President Ana Rojas and Ecuador's President Luis Mora held"
        " talks here on Monday."
    )
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("city", "country"),
    [
        ("Bogotá", "CO"),
        ("Lomé", "TG"),
        ("Yaoundé", "CM"),
        ("Asunción", "PY"),
        ("Malé", "MV"),
        ("Reykjavík", "IS"),
    ],
)
def test_a_city_written_with_its_accents_has_its_country(city: str, country: str) -> None:
    """A city with its accents has its own country, not that of the last country named."""
    text = (
        "Ecuador's President Luis Mora met Peru's President Ana Rojas in"
        f" {city} on Monday, officials said."
    )
    assert _places(text) == [(city, country)]


@pytest.mark.parametrize("side", ["host", "guest", "Georgian host", "Armenian guest"])
def test_the_other_side_named_in_apposition_after_and_is_a_participant(side: str) -> None:
    """A and his host (or guest), B, in commas before the verb: A and B met."""
    art = diplomeet.parse(
        f"Armenian Prime Minister Davit Sargsyan and his {side}, Nika Beridze, met for more"
        " than two hours on Tuesday.",
        published=MONDAY_AFTER,
    )
    assert [[p.name for p in m.participants] for m in art.meetings] == [
        ["Davit Sargsyan", "Nika Beridze"]
    ]


def test_a_possessive_before_an_aide_in_commas_is_still_the_owner() -> None:
    """A son named in commas after "his" is no other side of the meeting."""
    art = diplomeet.parse(
        "President Ana Rojas met Prime Minister Luis Mora on Monday; his son, Pablo Mora,"
        " was not present.",
        published=MONDAY_AFTER,
    )
    assert [[p.name for p in m.participants] for m in art.meetings] == [["Ana Rojas", "Luis Mora"]]


def test_leaders_joined_by_their_ministers_are_accompanied_not_met_again() -> None:
    """Their own ministers joining the leaders for lunch accompany the talks told before."""
    art = diplomeet.parse(
        "Croatia's Prime Minister Ivo Marek hosted his Slovenian counterpart Dan Sorel in Zagreb"
        " on Monday for talks on the rail link.\n\n"
        "The two leaders were joined by their transport ministers, Ana Pik and Lev Toth, for a"
        " working lunch.\n",
        published=MONDAY_AFTER,
    )
    assert [[p.name for p in m.participants] for m in art.meetings] == [["Ivo Marek", "Dan Sorel"]]
    assert [a.name for a in art.meetings[0].accompanied_by] == ["Ana Pik", "Lev Toth"]


def test_leaders_joined_by_another_party_still_meet_it() -> None:
    """A third leader who joins them for a meeting is a participant, as before."""
    art = diplomeet.parse(
        "President Ana Rojas and Prime Minister Luis Mora were joined by Chancellor Eva Lind for"
        " a trilateral meeting on Monday.",
        published=MONDAY_AFTER,
    )
    assert [[p.name for p in m.participants] for m in art.meetings] == [
        ["Ana Rojas", "Luis Mora", "Eva Lind"]
    ]


def test_a_meeting_told_later_in_the_same_city_takes_the_talks_day() -> None:
    """A meeting told "later" in the talks' city, with no day of its own, is on their day."""
    art = diplomeet.parse(
        "Croatia's Prime Minister Ivo Marek hosted his Slovenian counterpart Dan Sorel in Zagreb"
        " on Monday for talks on the rail link.\n\n"
        "The two leaders agreed to finish the line within five years.\n\n"
        '"We have lost too many years," Marek told reporters after the meeting.\n\n'
        "Sorel, who arrived in Zagreb on Sunday evening, later met President Mila Kos at the"
        " presidential palace.\n",
        published=MONDAY_AFTER,
    )
    later = next(m for m in art.meetings if "Mila Kos" in {p.name for p in m.participants})
    assert later.place is not None
    assert later.place.name == "Zagreb"
    assert later.when is not None
    assert later.when.value == "2026-03-09"


def test_a_meeting_told_later_with_a_day_of_its_own_keeps_it() -> None:
    """A meeting told "later" with a day of its own keeps that day, not the talks'."""
    art = diplomeet.parse(
        "Croatia's Prime Minister Ivo Marek hosted his Slovenian counterpart Dan Sorel in Zagreb"
        " on Monday for talks on the rail link.\n\n"
        "Sorel, who arrived in Zagreb on Sunday evening, later met President Mila Kos in Zagreb"
        " on Wednesday.\n",
        published=date(2026, 3, 12),
    )
    later = next(m for m in art.meetings if "Mila Kos" in {p.name for p in m.participants})
    assert later.when is not None
    assert later.when.value == "2026-03-11"


LIVE_BLOG = (
    "Live: Gulf ministers gather in Muscat for emergency talks\n\n"
    "18:05 GST\n"
    "Oman's Foreign Minister Badr al-Harthy has just met his Iranian counterpart, Reza Karimi,"
    " on the sidelines of the meeting, Omani television reports.\n\n"
    "14:15 GST\n"
    "Saudi Foreign Minister Faisal bin Nasser will meet US Secretary of State Laura Bennett in"
    " Riyadh, his ministry said.\n"
)


def test_a_live_blog_entry_dates_its_meeting_by_its_time_stamp() -> None:
    """An entry's meeting told without a day is held on the day of the entry's stamp."""
    art = diplomeet.parse(LIVE_BLOG, published=date(2026, 5, 12))
    held = next(m for m in art.meetings if m.status == "held")
    assert [p.name for p in held.participants] == ["Badr al-Harthy", "Reza Karimi"]
    assert held.when is not None
    assert held.when.value == "2026-05-12"


def test_a_planned_meeting_in_a_live_blog_entry_is_not_dated_by_the_stamp() -> None:
    """What an entry says will happen is not dated by the time the entry was written."""
    art = diplomeet.parse(LIVE_BLOG, published=date(2026, 5, 12))
    planned = [m for m in art.meetings if m.status == "planned"]
    assert planned
    assert all(m.when is None for m in planned)


@pytest.mark.parametrize("city", ["Nuku'alofa", "Asunción", "Port-au-Prince"])
def test_talks_with_no_city_take_the_city_arrived_in_whatever_its_letters(city: str) -> None:
    """The city a participant "arrived in" places talks told without one, accents and all."""
    art = diplomeet.parse(
        "Fiji and Tonga agree on fisheries patrols\n\n"
        "Fiji's Prime Minister Josaia Ratu held talks with Tonga's Prime Minister Siaosi"
        " Fifita at State House on Monday.\n\n"
        f"Ratu, who arrived in {city} on Sunday, said the talks were useful.\n",
        published=MONDAY_AFTER,
    )
    assert [None if m.place is None else m.place.name for m in art.meetings] == [city]
