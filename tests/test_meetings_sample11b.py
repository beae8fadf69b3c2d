"""
Meetings of wordings found as classes on the development sample ``sample11b``.

The sample was written before reading the rules.  Each class is tested on sentences written
here, about other countries and outlets: talks with a hyphenated manner ("held one-on-one
talks"), a meeting noun that is planned or expected before "between" ("a meeting that had
been expected between A and B"), a meeting named as the subject of "was dropped" in the
sentence that plans it (cancelled), and an office written with its chamber in lower case
("Iran's parliament speaker, A").
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

PUBLISHED = date(2026, 5, 26)  # a Tuesday


def met(text: str) -> list[tuple[frozenset[str], str, str | None]]:
    """People, status and date of each meeting ``parse`` reads in ``text``."""
    found = diplomeet.parse(f"Envoys hold talks\n\n{text}", published=PUBLISHED).meetings
    return [
        (
            frozenset(p.name for p in m.participants),
            m.status,
            m.when.value if m.when else None,
        )
        for m in found
    ]


@pytest.mark.parametrize(
    ("text", "people", "status", "day"),
    [
        (
            (
                "Chancellor Lena Vogt and President Marek Zielinski held one-on-one talks in"
                " Warsaw on Friday."
            ),
            {"Lena Vogt", "Marek Zielinski"},
            "held",
            "2026-05-22",
        ),
        (
            (
                "Prime Minister Aiko Sato will hold one-on-one talks with President Min-ho Lee"
                " in Hanoi on Thursday."
            ),
            {"Aiko Sato", "Min-ho Lee"},
            "planned",
            "2026-05-28",
        ),
        (
            (
                "President Ruth Achieng and Prime Minister Samuel Otieno held face-to-face talks"
                " at State House on Monday."
            ),
            {"Ruth Achieng", "Samuel Otieno"},
            "held",
            "2026-05-25",
        ),
    ],
)
def test_talks_with_a_hyphenated_manner_are_a_meeting(
    text: str, people: set[str], status: str, day: str
) -> None:
    """Read: "held one-on-one talks" is a meeting, as "held bilateral talks" is."""
    assert (frozenset(people), status, day) in met(text)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "A meeting that had been expected between Egyptian President Kamal Rashwan and"
                " Libyan leader Salem Fezzani was called off after the Libyan delegation left."
            ),
            {"Kamal Rashwan", "Salem Fezzani"},
        ),
        (
            (
                "Talks planned between Foreign Minister Ana Costa and her Spanish counterpart Luis"
                " Pardo for Friday were postponed."
            ),
            {"Ana Costa", "Luis Pardo"},
        ),
        (
            (
                "A summit which was scheduled between President Omar Diallo and President Ibrahim"
                " Keita in Bamako has been cancelled."
            ),
            {"Omar Diallo", "Ibrahim Keita"},
        ),
    ],
)
def test_a_meeting_expected_between_two_people_is_read(text: str, people: set[str]) -> None:
    """Read: "a meeting that had been expected between A and B was called off": cancelled."""
    assert [(p, s) for p, s, _ in met(text)] == [(frozenset(people), "cancelled")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Prime Minister Tariq Anwar was also scheduled to meet Iran's parliament speaker, Ali"
            " Mohammadi, on Wednesday, but the meeting was dropped."
        ),
        (
            "President Ana Ruiz was due to see Prime Minister Luis Mora on Friday, but the meeting"
            " was dropped from the programme."
        ),
        (
            "Foreign Minister Jan Novak was to hold talks with Foreign Minister Ewa Duda in Warsaw"
            " on Friday; the visit has been abandoned after the floods."
        ),
    ],
)
def test_a_meeting_dropped_in_the_same_sentence_is_cancelled(text: str) -> None:
    """Read: "was to meet B, but the meeting was dropped": a cancelled meeting."""
    [(_, status, _)] = met(text)
    assert status == "cancelled"


def test_a_parliament_speaker_in_lower_case_is_an_office() -> None:
    """Read: "Iran's parliament speaker, A": A is a person with an office, met by the PM."""
    [(people, _, day)] = met(
        "Prime Minister Tariq Anwar met Iran's parliament speaker, Ali Mohammadi, in Tehran"
        " on Monday."
    )
    assert people == {"Tariq Anwar", "Ali Mohammadi"}
    assert day == "2026-05-25"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Gunmen struck in Sabah.\n\nForeign Minister Ratna Wulandari hosted her Malaysian"
                " counterpart Hamzah Idris and Philippine Foreign Secretary Enrique Dimaculangan"
                " in Tarakan on Wednesday."
            ),
            {"Ratna Wulandari", "Hamzah Idris", "Enrique Dimaculangan"},
        ),
        (
            (
                "Floods hit Kerala.\n\nChief Minister Anil Kumar met Foreign Minister Meera Rao in"
                " Delhi on Monday."
            ),
            {"Anil Kumar", "Meera Rao"},
        ),
        (
            (
                "Storms struck Queensland. Premier Jo Hart met Prime Minister Tom Lee in Canberra"
                " on Monday."
            ),
            {"Jo Hart", "Tom Lee"},
        ),
    ],
)
def test_a_state_ending_a_sentence_is_not_the_next_titles_country(
    text: str, people: set[str]
) -> None:
    """Read: "... in Sabah. Foreign Minister A": A is no Sabah (Malaysian) minister."""
    assert frozenset(people) in {p for p, _, _ in met(text)}


@pytest.mark.parametrize(
    ("text", "people", "status"),
    [
        (
            (
                "Prime Minister Lim Boon Keat and Indonesian President Bagus Santoso agreed on"
                " Thursday to expand power trade, at their annual Leaders' Retreat in Batam."
            ),
            {"Lim Boon Keat", "Bagus Santoso"},
            "held",
        ),
        (
            (
                "Prime Minister Tom Lee will travel to Wellington next week for the annual leaders'"
                " retreat with Prime Minister Ana Reid."
            ),
            {"Tom Lee", "Ana Reid"},
            "planned",
        ),
        (
            (
                "President Ana Ruiz and Prime Minister Luis Mora signed the deal at a retreat in"
                " Cancun on Monday."
            ),
            {"Ana Ruiz", "Luis Mora"},
            "held",
        ),
    ],
)
def test_a_leaders_retreat_is_a_meeting(text: str, people: set[str], status: str) -> None:
    """Read: "at their annual leaders' retreat", "for the retreat with A": a meeting."""
    assert (frozenset(people), status) in {(p, s) for p, s, _ in met(text)}


def test_a_retreat_of_troops_or_a_spiritual_one_is_no_meeting() -> None:
    """Read: "began a retreat from the town", "a spiritual retreat": no meeting."""
    assert not met(
        "Troops began a retreat from the town on Monday, President Ana Ruiz said. The bishops"
        " went on a spiritual retreat in Assisi last week."
    )


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Prime Minister Ong Wei Jie and Indonesian President Bagus Santoso held talks in"
                " Batam on Monday.\n\nMr Bagus was to call on President Lim Keng Hock in"
                " Singapore on Tuesday, but the visit was cancelled.\n\nThe two leaders last"
                " met in Johannesburg in August."
            ),
            {"Ong Wei Jie", "Bagus Santoso"},
        ),
        (
            (
                "Portuguese Foreign Minister Ana Costa met Spanish Foreign Minister Luis Pardo in"
                " Lisbon on Monday.\n\nPardo was also due to see Italian Foreign Minister Marco"
                " Ricci in Rome on Tuesday, but the visit was cancelled.\n\nThe two ministers"
                " last met in Brussels in August."
            ),
            {"Ana Costa", "Luis Pardo"},
        ),
        (
            (
                "Chilean Foreign Minister Rosa Vidal hosted Peruvian Foreign Minister Luis Paredes"
                " and Bolivian Foreign Minister Ana Quispe in Arica on Monday.\n\nVidal later"
                " spoke by phone with Paredes about the border.\n\nThe ministers last met as a"
                " group in Lima in August."
            ),
            {"Rosa Vidal", "Luis Paredes", "Ana Quispe"},
        ),
    ],
)
def test_a_group_that_last_met_is_the_ledes_meeting(text: str, people: set[str]) -> None:
    """Read: "The two leaders last met in August" tells the lede meeting's history."""
    assert [p for p, _, day in met(text) if day == "2025-08"] == [frozenset(people)]


def dated_places(text: str) -> dict[frozenset[str], tuple[str | None, str | None]]:
    """Date and place of each meeting ``parse`` reads in ``text``, by its people."""
    found = diplomeet.parse(f"Envoys hold talks\n\n{text}", published=PUBLISHED).meetings
    return {
        frozenset(p.name for p in m.participants): (
            m.when.value if m.when else None,
            m.place.name if m.place else None,
        )
        for m in found
    }


_SIDELINES_CASES: list[tuple[str, set[str], tuple[str, str]]] = [
    (
        (
            "The foreign ministers of Jordan, Egypt and Iraq met on Monday for their sixth round of"
            " consultations.\n\n"
            "Foreign Minister Hazem Obeidat hosted Egyptian Foreign Minister Hisham Abdel Ghani and"
            ' Iraqi Foreign Minister Saad Al Jaberi in Aqaba on Monday.\n\n"We are one region,"'
            " Obeidat said.\n\nThe talks covered trade.\n\nOn the sidelines of the meeting,"
            " Obeidat and Al Jaberi held bilateral talks on the pipeline."
        ),
        {"Hazem Obeidat", "Saad Al Jaberi"},
        ("2026-05-25", "Aqaba"),
    ),
    (
        (
            "The leaders of Ethiopia, Kenya and Somalia met on Sunday at the State House.\n\n"
            "Prime Minister Tesfaye Bekele, Kenyan President Peter Kamau and Somali President"
            " Abdirahman Warsame held a trilateral meeting in Nairobi on Sunday.\n\nThe leaders"
            " discussed security.\n\nKamau called for calm.\n\nOn the margins of the trilateral"
            " meeting, Tesfaye also met Kamau to discuss the corridor."
        ),
        {"Tesfaye Bekele", "Peter Kamau"},
        ("2026-05-24", "Nairobi"),
    ),
    (
        (
            "The foreign ministers of Chile, Peru and Bolivia met on Monday in a border city.\n\n"
            "Chilean Foreign Minister Rosa Vidal, Peruvian Foreign Minister Luis Paredes and"
            " Bolivian Foreign Minister Ana Quispe met in Arica on Monday.\n\nThey discussed"
            " water.\n\nQuispe praised the talks.\n\nOn the fringes of the ministerial meeting,"
            " Paredes held talks with Quispe on the railway."
        ),
        {"Luis Paredes", "Ana Quispe"},
        ("2026-05-25", "Arica"),
    ),
]


@pytest.mark.parametrize(("text", "pair", "expected"), _SIDELINES_CASES)
def test_talks_on_the_sidelines_of_the_meeting_told_before_take_its_day_and_place(
    text: str, pair: set[str], expected: tuple[str, str]
) -> None:
    """Read: "On the sidelines of the meeting, A and B held talks": that meeting's day, place."""
    assert dated_places(text)[frozenset(pair)] == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Foreign Minister Hazem Obeidat hosted Egyptian Foreign Minister Hisham Abdel Ghani"
                " and Iraqi Foreign Minister Saad Al Jaberi in Aqaba on Monday.\n\nPrime Minister"
                " Khaled Rawabdeh received the Egyptian and Iraqi ministers later on Monday."
            ),
            {"Khaled Rawabdeh", "Hisham Abdel Ghani", "Saad Al Jaberi"},
        ),
        (
            (
                "Argentine President Julia Ferro met Chilean President Tomas Riquelme and Uruguayan"
                " President Ana Bentancur in Mendoza on Friday.\n\nPope Clement received the"
                " Chilean and Uruguayan presidents in Rome on Monday."
            ),
            {"Clement", "Tomas Riquelme", "Ana Bentancur"},
        ),
        (
            (
                "Kenyan Foreign Minister Ruth Wambui met Ugandan Foreign Minister Henry Okello and"
                " Tanzanian Foreign Minister Salma Mfinanga in Arusha on Friday.\n\nPresident"
                " Daniel Kiprono welcomed the Ugandan and Tanzanian foreign ministers at State"
                " House on Saturday."
            ),
            {"Daniel Kiprono", "Henry Okello", "Salma Mfinanga"},
        ),
    ],
)
def test_a_host_received_the_ministers_of_two_countries_named_before(
    text: str, people: set[str]
) -> None:
    """Read: "A received the Egyptian and Iraqi ministers": A and those named before."""
    assert frozenset(people) in {p for p, _, _ in met(text)}


@pytest.mark.parametrize(
    "text",
    [
        (
            "ADDIS ABABA, May 24 (Reuters) - Prime Minister Tesfaye Bekele, Kenyan President Peter"
            " Kamau and Somali President Abdirahman Warsame held a trilateral meeting on Saturday."
            "\n\nThe leaders discussed border security and the transition of the AU mission."
        ),
        (
            "Chilean President Rosa Vidal hosted Peruvian President Luis Paredes and Bolivian"
            " President Ana Quispe in Arica on Saturday.\n\nThe presidents also discussed the"
            " railway to La Paz."
        ),
        (
            "Thai Prime Minister Anan Chai, Lao Prime Minister Somsak Vong and Cambodian Prime"
            " Minister Hun Sarin met in Vientiane on Saturday.\n\nThe leaders discussed the Mekong"
            " dams."
        ),
    ],
)
def test_the_leaders_just_after_a_meeting_of_three_are_the_three(text: str) -> None:
    """Read: "The leaders discussed ..." after a meeting of three retells it: no pair."""
    found = met(text)
    assert [len(people) for people, _, _ in found] == [3]
    assert found[0][2] == "2026-05-23"


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "At the invitation of Member of the Political Bureau of the CPC Central Committee"
                " and Foreign Minister Wen Jiachen, Deputy Prime Minister and Foreign Minister of"
                " the Islamic Republic of Pakistan Bilal Rana will pay an official visit to China"
                " from May 28 to 30."
            ),
            {"Bilal Rana", "Wen Jiachen"},
        ),
        (
            (
                "At the invitation of Indonesian President Joko Santoso, Thai Prime Minister Anan"
                " Chai will pay a state visit to Indonesia next week."
            ),
            {"Anan Chai", "Joko Santoso"},
        ),
        (
            (
                "At the invitation of Foreign Minister Rosa Vidal, Peruvian Foreign Minister Luis"
                " Paredes will make an official visit to Chile on Thursday."
            ),
            {"Luis Paredes", "Rosa Vidal"},
        ),
    ],
)
def test_at_the_invitation_of_a_opening_the_sentence_a_hosts_the_visit(
    text: str, people: set[str]
) -> None:
    """Read: "At the invitation of A (a long title), B will pay a visit to C": A and B meet."""
    assert [(p, s) for p, s, _ in met(text)] == [(frozenset(people), "planned")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "In August, Foreign Minister Wen Jiachen, Pakistani Foreign Minister Bilal Rana and"
                " Acting Foreign Minister Abdul Hadi Rahmani held the dialogue in Kabul."
            ),
            {"Wen Jiachen", "Bilal Rana", "Abdul Hadi Rahmani"},
        ),
        (
            (
                "Foreign Minister Ana Costa and Foreign Minister Luis Pardo held a strategic"
                " dialogue in Madrid on Monday."
            ),
            {"Ana Costa", "Luis Pardo"},
        ),
        (
            (
                "Foreign Secretary Amit Rao held the annual strategic dialogue with Foreign"
                " Secretary Nadia Karim in Dhaka on Monday."
            ),
            {"Amit Rao", "Nadia Karim"},
        ),
    ],
)
def test_a_dialogue_held_is_a_meeting(text: str, people: set[str]) -> None:
    """Read: "held the (strategic) dialogue (with B)" is a meeting, as "held talks" is."""
    assert frozenset(people) in {p for p, _, _ in met(text)}


def test_a_national_dialogue_is_no_meeting() -> None:
    """Read: "called for a national dialogue with the opposition": no meeting of people."""
    assert not met(
        "President Ana Ruiz called for a national dialogue with the opposition on Monday. The"
        " government held a national dialogue in March, Ruiz said."
    )


def _agreed_in(city: str, agency: str, first: str, second: str) -> str:
    """A lede telling two ministers "agreed in <city>" (no meeting word), then three paragraphs."""
    return (
        f"Ministers pledge joint response\n\n{city.upper()}, May 26 ({agency}) - Foreign Minister"
        f" {first} and her counterpart {second} agreed in {city} on Tuesday to share radar"
        f' data.\n\n"We will not look away," {first} said after the talks at the ministry.'
        "\n\nThe two countries signed a deal in 2024.\n\nTrade rose last year.\n\n"
    )


_BUILDING_CASES: list[tuple[str, set[str], str]] = [
    (
        _agreed_in("Riga", "LETA", "Ilze Kalnina", "Margus Kask")
        + "Later on Tuesday, Kask is to be received by President Juris Ozols at Riga Castle.",
        {"Margus Kask", "Juris Ozols"},
        "Riga",
    ),
    (
        _agreed_in("Tirana", "ATA", "Elira Hoxha", "Nikos Pappas")
        + "Pappas will be received by President Arben Leka at the Presidential Palace on"
        " Wednesday.",
        {"Nikos Pappas", "Arben Leka"},
        "Tirana",
    ),
    (
        _agreed_in("Nairobi", "KNA", "Ruth Wambui", "Henry Okello")
        + "President Daniel Kiprono will host Okello at State House on Wednesday.",
        {"Daniel Kiprono", "Henry Okello"},
        "Nairobi",
    ),
]


@pytest.mark.parametrize(("text", "people", "city"), _BUILDING_CASES)
def test_a_building_named_with_no_city_is_in_the_datelines_city(
    text: str, people: set[str], city: str
) -> None:
    """Read: "is to be received by A at the Presidential Palace" under a dateline: that city."""
    assert dated_places(text)[frozenset(people)][1] == city


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "The foreign ministers of Jordan, Egypt and Iraq met on Monday at a convention"
                " centre.\n\nForeign Minister Hazem Obeidat welcomed Egyptian Foreign Minister"
                " Hisham Abdel Ghani and Iraqi Foreign Minister Saad Al Jaberi."
            ),
            {"Hazem Obeidat", "Hisham Abdel Ghani", "Saad Al Jaberi"},
        ),
        (
            (
                "The leaders of Kenya, Uganda and Tanzania met on Monday in Arusha.\n\nPresident"
                " Daniel Kiprono welcomed Ugandan President Henry Okello and Tanzanian President"
                " Salma Mfinanga."
            ),
            {"Daniel Kiprono", "Henry Okello", "Salma Mfinanga"},
        ),
        (
            (
                "The foreign ministers of Chile, Peru and Bolivia met on Monday in Arica.\n\n"
                "Foreign Minister Rosa Vidal hosted Peruvian Foreign Minister Luis Paredes and"
                " Bolivian Foreign Minister Ana Quispe."
            ),
            {"Rosa Vidal", "Luis Paredes", "Ana Quispe"},
        ),
    ],
)
def test_the_ministers_of_three_countries_include_the_home_one_named_without_country(
    text: str, people: set[str]
) -> None:
    """Read: "the foreign ministers of Jordan, Egypt and Iraq" in a Jordanian daily."""
    found = [p for p, _, day in met(text) if day == "2026-05-25"]
    assert found == [frozenset(people)]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "President Kang Min-jae held talks with Chinese President Zhou Hanming in Shenzhen"
                " on Monday.\n\nKang met Japanese Prime Minister Haruto Kanemura separately.\n\nThe"
                " leaders of South Korea, China and Japan agreed to hold their next trilateral"
                " summit in Tokyo."
            ),
            {"Kang Min-jae", "Zhou Hanming", "Haruto Kanemura"},
        ),
        (
            (
                "President Daniel Kiprono held talks with Ugandan President Henry Okello in Arusha"
                " on Monday.\n\nKiprono met Tanzanian President Salma Mfinanga separately.\n\nThe"
                " leaders of Kenya, Uganda and Tanzania agreed to hold their next summit in"
                " Kampala."
            ),
            {"Daniel Kiprono", "Henry Okello", "Salma Mfinanga"},
        ),
        (
            (
                "Foreign Minister Rosa Vidal held talks with Peruvian Foreign Minister Luis Paredes"
                " in Arica on Monday.\n\nVidal met Bolivian Foreign Minister Ana Quispe"
                " separately.\n\nThe foreign ministers of Chile, Peru and Bolivia agreed to meet"
                " again in La Paz."
            ),
            {"Rosa Vidal", "Luis Paredes", "Ana Quispe"},
        ),
    ],
)
def test_the_leaders_of_three_countries_are_the_three_not_the_last_two(
    text: str, people: set[str]
) -> None:
    """Read: "The leaders of South Korea, China and Japan agreed to hold ...": all three."""
    assert (frozenset(people), "planned") in {(p, s) for p, s, _ in met(text)}


@pytest.mark.parametrize(
    "text",
    [
        (
            "President Kang Min-jae and Japanese Prime Minister Haruto Kanemura agreed on Monday to"
            " hold their next summit in Tokyo."
        ),
        (
            "Foreign Minister Ana Costa and Foreign Minister Luis Pardo agreed yesterday to meet"
            " again in Lisbon."
        ),
        (
            "President Ruth Achieng and President Paul Kagiso agreed on Sunday to hold talks in"
            " Gaborone."
        ),
    ],
)
def test_the_day_of_an_agreement_to_meet_is_not_the_meetings(text: str) -> None:
    """Read: "agreed on Monday to hold their next summit": Monday dates the agreement."""
    [(_, status, day)] = met(text)
    assert (status, day) == ("planned", None)
