"""Meetings' date and place as news tells them, from a survey of our own passages (meet16)."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_PUBLISHED = date(2025, 9, 11)  # a Thursday


def _read(text: str) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    """Each meeting's people, place name and date value."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    return [
        (
            tuple(p.name for p in m.participants),
            m.place.name if m.place else None,
            m.when.value if m.when else None,
        )
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Secretary of State Laura Whitfield arrived in Riyadh on Wednesday after talks "
                "in Amman on Tuesday with Foreign Minister Karim Haddadin."
            ),
            [(("Laura Whitfield", "Karim Haddadin"), "Amman", "2025-09-09")],
        ),
        (
            (
                "Foreign Minister Wang Jian flew to Lusaka on Wednesday after holding talks in "
                "Harare on Monday with President Tendai Moyo."
            ),
            [(("Wang Jian", "Tendai Moyo"), "Harare", "2025-09-08")],
        ),
        (
            (
                "Prime Minister Ana Costa returned to Luanda on Tuesday after talks with "
                "President Joao Neto in Maputo."
            ),
            [(("Ana Costa", "Joao Neto"), "Maputo", "2025-09-09")],
        ),
    ],
)
def test_talks_after_an_arrival_are_placed_where_they_were_held(
    text: str, expected: list[tuple[tuple[str, ...], str | None, str | None]]
) -> None:
    """In "arrived in Y on Wednesday after talks in X on Tuesday with B", the talks are in X."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Chinese Foreign Minister Wang Jian arrived in Nairobi on Monday, meeting Kenyan "
                "Foreign Minister Joseph Kamau, and went on to Dar es Salaam on Wednesday for "
                "talks with Tanzanian Foreign Minister Amina Salim."
            ),
            [
                (("Wang Jian", "Joseph Kamau"), "Nairobi", "2025-09-08"),
                (("Wang Jian", "Amina Salim"), "Dar es Salaam", "2025-09-10"),
            ],
        ),
        (
            (
                "Foreign Minister Wang Jian was in Nairobi on Monday for talks with Kenyan "
                "Foreign Minister Joseph Kamau and travelled to Kampala on Tuesday to meet "
                "Ugandan Foreign Minister Grace Atwine."
            ),
            [
                (("Wang Jian", "Joseph Kamau"), "Nairobi", "2025-09-08"),
                (("Wang Jian", "Grace Atwine"), "Kampala", "2025-09-09"),
            ],
        ),
        (
            (
                "President Tendai Moyo was in Lusaka on Monday for a summit with Zambian "
                "President Mwila Banda and drove to Gaborone on Wednesday to see Botswana's "
                "President Kgosi Masire."
            ),
            [
                (("Tendai Moyo", "Mwila Banda"), "Lusaka", "2025-09-08"),
                (("Tendai Moyo", "Kgosi Masire"), "Gaborone", "2025-09-10"),
            ],
        ),
    ],
)
def test_a_tour_sentence_gives_each_stop_its_own_day_and_city(
    text: str, expected: list[tuple[tuple[str, ...], str | None, str | None]]
) -> None:
    """ "Met A in X on Monday and travelled to Y on Tuesday to meet B": two stops, two days."""
    assert _read(text) == expected
