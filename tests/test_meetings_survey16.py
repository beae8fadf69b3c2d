"""Meetings' date and place as news tells them, from a survey of our own passages (meet16)."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import meeting_reads

_PUBLISHED = date(2025, 9, 11)  # a Thursday


def _read(text: str) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    """Each meeting's people, place name and date value."""
    return meeting_reads(text, _PUBLISHED)


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
    """A tour: "met A in X on Monday and travelled to Y on Tuesday to meet B" is two stops."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            (
                "Turkish President Kemal Aydin and Greek Prime Minister Yannis Doukas met in "
                "Ankara on Thursday, their first talks since a brief encounter in Vilnius in July."
            ),
            ("Vilnius", "2025-07"),
        ),
        (
            (
                "Turkish President Kemal Aydin and Greek Prime Minister Yannis Doukas met in "
                "Ankara on Thursday. Their first meeting, in Vilnius in July, ended without "
                "agreement."
            ),
            ("Vilnius", "2025-07"),
        ),
        (
            (
                "Chilean President Camila Rojas and Peruvian President Luis Paredes held talks in "
                "Santiago on Monday. Their previous meeting, on May 4 in Lima, was cut short."
            ),
            ("Lima", "2025-05-04"),
        ),
    ],
)
def test_an_earlier_meeting_named_by_its_noun_and_place_is_a_record(
    text: str, earlier: tuple[str, str]
) -> None:
    """An earlier meeting: "since a brief encounter in X in July", "Their first meeting, in X"."""
    found = _read(text)
    assert len(found) == 2
    assert found[0][0] == found[1][0]
    assert (found[1][1], found[1][2]) == earlier


@pytest.mark.parametrize(
    ("text", "people", "earlier"),
    [
        (
            (
                "Thai Foreign Minister Surapong Chaiyasit and his Cambodian counterpart Hor Sokha "
                "met in Bangkok on Wednesday. They first met in Siem Reap on June 2."
            ),
            ("Surapong Chaiyasit", "Hor Sokha"),
            ("Siem Reap", "2025-06-02"),
        ),
        (
            (
                "President Ana Lima and her French counterpart Luc Moreau held talks in Brasilia "
                "on Monday. They had last met in Paris in March."
            ),
            ("Ana Lima", "Luc Moreau"),
            ("Paris", "2025-03"),
        ),
    ],
)
def test_a_person_and_his_counterpart_are_the_pair_they_names(
    text: str, people: tuple[str, ...], earlier: tuple[str, str]
) -> None:
    """In "A and his counterpart B met [...]. They first met in X", "they" are A and B."""
    found = _read(text)
    assert [f[0] for f in found] == [people, people]
    assert (found[1][1], found[1][2]) == earlier


@pytest.mark.parametrize(
    "text",
    [
        (
            "Brazilian President Marcos Teixeira and Argentine President Lucia Ferraro spoke by "
            "telephone on Friday night, their first call since January."
        ),
        (
            "Prime Minister Ana Lima and President Otto Brandt spoke by phone on Tuesday "
            "evening, their first conversation since the election."
        ),
    ],
)
def test_a_phrase_after_the_call_owned_by_the_pair_does_not_hide_the_call(text: str) -> None:
    """In "spoke by telephone on Friday night, their first call", "their" owns the call."""
    found = _read(text)
    assert len(found) == 1
    assert found[0][1] is None
    assert found[0][2] is not None


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Ethiopian Water Minister Bekele Tadesse and Egyptian Irrigation Minister Hany "
                "Rashed held talks in Khartoum on Tuesday."
            ),
            ("Bekele Tadesse", "Hany Rashed"),
        ),
        (
            (
                "Sudanese army chief Gen. Osman Hamid and Rapid Support Forces commander Gen. "
                "Yasir Bakri held talks in Jeddah on Saturday."
            ),
            ("Osman Hamid", "Yasir Bakri"),
        ),
        (
            (
                "Colombian Defence Minister Ana Ruiz and National Liberation Army commander "
                "Tomas Barreto held talks in Havana on Monday."
            ),
            ("Ana Ruiz", "Tomas Barreto"),
        ),
    ],
)
def test_a_body_named_before_the_second_office_keeps_the_pair(
    text: str, people: tuple[str, ...]
) -> None:
    """In "A and Rapid Support Forces commander B held talks", A and B are the two who met."""
    found = _read(text)
    assert [f[0] for f in found] == [people]
    assert found[0][1] is not None


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            (
                "Kenya and Uganda will open a second border post, the Foreign Ministry said on "
                "Thursday.\n\nForeign Minister Joseph Kamau discussed the floods with Uganda's "
                "Foreign Minister, Grace Atwine, in Nairobi on Wednesday."
            ),
            "Nairobi",
            "2025-09-10",
        ),
        (
            (
                "Thailand and Laos agreed to patrol the Mekong jointly, officials said on "
                "Friday.\n\nThai Defence Minister Somsak Wongsawat discussed the shooting with "
                "his Lao counterpart, Bounmy Phommachanh, at the defence ministry in Vientiane "
                "on Tuesday."
            ),
            "Vientiane",
            "2025-09-09",
        ),
        (
            (
                "Guatemala and Belize will review the Sarstoon incident, the presidency said "
                "Thursday.\n\nPresident Ricardo Morales discussed the incident with Belizean "
                "Prime Minister Dean Arnold at the National Palace in Guatemala City on Monday."
            ),
            "Guatemala City",
            "2025-09-08",
        ),
    ],
)
def test_discussed_with_a_person_takes_the_place_and_day_told_after_the_person(
    text: str, place: str, day: str
) -> None:
    """In "discussed the attack with A in Nairobi on Wednesday", both are the talk's."""
    found = _read(text)
    assert len(found) == 1
    assert found[0][1:] == (place, day)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Mexican Foreign Secretary Ana Ortiz and Belizean Foreign Minister Dean Arnold "
                "met for four hours at the Quintana Roo government palace in Chetumal on Monday."
            ),
            "Chetumal",
        ),
        (
            (
                "Indian Foreign Secretary Sunil Verma met Nepal's Foreign Minister Ram Adhikari "
                "at the Bihar state guest house in Patna on Monday."
            ),
            "Patna",
        ),
        (
            (
                "Premier Li Hanqing met President Ana Lima at the Guangdong provincial "
                "government office in Guangzhou on Monday."
            ),
            "Guangzhou",
        ),
    ],
)
def test_a_state_naming_the_building_gives_way_to_the_city_after_it(text: str, place: str) -> None:
    """In "at the Quintana Roo government palace in Chetumal", the meeting is in Chetumal."""
    found = _read(text)
    assert len(found) == 1
    assert found[0][1] == place


@pytest.mark.parametrize(
    "text",
    [
        (
            "Foreign Minister Ana Lima held talks with Chancellor Otto Brandt in Lisbon on "
            "Wednesday. According to a statement issued on Thursday, the two ministers met at the "
            "ministry for more than two hours."
        ),
        (
            "Foreign Minister Ana Lima held talks with Chancellor Otto Brandt in Lisbon on "
            "Wednesday. According to a release of the Ministry of Foreign Affairs (MFA) sent to "
            "reporters on Thursday, the two met for three hours."
        ),
    ],
)
def test_the_day_a_statement_was_issued_does_not_date_the_meeting(text: str) -> None:
    """In "According to a statement issued on Thursday, the two met", Thursday is the paper's."""
    assert {f[2] for f in _read(text)} == {"2025-09-10"}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Chile's Foreign Minister Ana Ruiz received her Peruvian counterpart Luis Paredes at "
            "the Carrera Palace on Monday, in a meeting meant to ease tensions after a Peruvian "
            "patrol boat fired warning shots at a Chilean trawler in the Bay of Arica."
        ),
        (
            "Foreign Minister Tomas Varga received his Serbian counterpart Milan Ilic at the "
            "ministry on Monday, days after border guards detained two Serbian farmers in "
            "Subotica."
        ),
    ],
)
def test_the_place_of_an_event_told_after_after_is_not_the_meetings(text: str) -> None:
    """In "met A on Monday, after a patrol boat fired at a trawler in X", X is the event's."""
    found = _read(text)
    assert len(found) == 1
    assert found[0][1] is None
    assert found[0][2] == "2025-09-08"
