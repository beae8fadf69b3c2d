"""Meeting classes read from the retired twelfth blind set (check11), in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _meetings(text: str, published: date) -> list[tuple[tuple[str, ...], str, str | None]]:
    article = diplomeet.parse(text, published=published)
    return [
        (tuple(p.name for p in m.participants), m.status, m.when.value if m.when else None)
        for m in article.meetings
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Mrs Ama Owusu, the Minister for Foreign Affairs, has held talks with Mr Issa "
                "Diarra, Minister of Foreign Affairs, Regional Cooperation and Malians Abroad, on "
                "the border."
            ),
            ("Ama Owusu", "Issa Diarra"),
        ),
        (
            (
                "President Awa Ndiaye received Lamine Sarr, Minister of Foreign Affairs, African "
                "Integration and Senegalese Abroad, at the palace on Monday."
            ),
            ("Awa Ndiaye", "Lamine Sarr"),
        ),
        (
            (
                "Foreign Minister Paulo Neves met Ines Tavares, minister of external relations, "
                "regional integration and the diaspora, in Praia."
            ),
            ("Paulo Neves", "Ines Tavares"),
        ),
    ],
)
def test_a_long_ministry_title_after_the_name_names_no_one_else(
    text: str, names: tuple[str, ...]
) -> None:
    """'B, Minister of X, Regional Cooperation and Y Abroad,': the portfolios are B's office."""
    meetings = _meetings(text, date(2026, 3, 12))
    assert meetings
    for people, _, _ in meetings:
        assert not any("Cooperation" in p or "Integration" in p for p in people)
        assert set(names) <= set(people)


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        (
            (
                "Lusaka, May 6, ZNA - Mrs Chanda Mwape, the Minister of Foreign Affairs, has held "
                "talks with Mr Tendai Moyo, Zimbabwe's Minister of Foreign Affairs, on the cattle "
                "raids.\n\nThe two ministers met at the ministry in Lusaka on Tuesday, a week "
                "after the raids in the Southern Province."
            ),
            date(2026, 5, 6),
            "2026-05-05",
        ),
        (
            (
                "NAIROBI, Feb 10 (Reuters) - Kenya's foreign minister Wanjiru Kamau has held talks "
                "with her Ugandan counterpart Okello Mbabazi over fishing rights, her ministry "
                "said.\n\nKamau and Mbabazi met in Nairobi on Saturday, the ministry said, without "
                "giving details."
            ),
            date(2026, 2, 10),
            "2026-02-07",
        ),
        (
            (
                "Suva, 14 August (FBC) - Fiji's Foreign Minister Ratu Josefa Vula has met Tonga's "
                "Foreign Minister Sione Latu on the fisheries dispute.\n\nThe two men held their "
                "talks in Suva on Wednesday afternoon."
            ),
            date(2026, 8, 14),
            "2026-08-12",
        ),
    ],
)
def test_talks_under_a_dateline_take_the_day_told_after(
    text: str, published: date, when: str
) -> None:
    """'CITY, May 6 - A has held talks with B. The two met on Tuesday': one meeting, Tuesday."""
    meetings = _meetings(text, published)
    assert len(meetings) == 1
    assert meetings[0][2] == when


def test_an_earlier_meeting_elsewhere_stays_apart() -> None:
    """'had also met on Tuesday in Geneva' after dateline talks in Hanoi: two meetings."""
    text = (
        "HANOI, Jan 9 - Vietnam's Foreign Minister Tran Van Long has met his Lao counterpart "
        "Khamphone Vongsa for talks on the Mekong dams.\n\nThe two ministers had also met on "
        "Tuesday in Geneva, on the sidelines of a UN conference."
    )
    whens = sorted(w or "" for _, _, w in _meetings(text, date(2026, 1, 9)))
    assert whens == ["2026-01-06", "2026-01-09"]


@pytest.mark.parametrize(
    ("text", "guest", "host"),
    [
        (
            (
                "Ghana and Mali agree on joint patrols\n\n"
                "Mrs Ama Owusu, the Minister for Foreign Affairs, held talks with Mr Issa Diarra, "
                "Minister of Foreign Affairs, Regional Cooperation and Malians Abroad, on "
                "Wednesday.\n\nThe Malian Minister is expected to call on President Kwame "
                "Asante at the Jubilee House on Friday."
            ),
            "Issa Diarra",
            "Kwame Asante",
        ),
        (
            (
                "Cameroon and Gabon to reopen border post\n\n"
                "Foreign Minister Jean Mba met Mr Paul Ondo, Minister of External Relations, "
                "African Integration and Gabonese Abroad, in Yaounde on Monday.\n\nThe Gabonese "
                "minister will also meet President Andre Nkoulou on Tuesday."
            ),
            "Paul Ondo",
            "Andre Nkoulou",
        ),
    ],
)
def test_the_nationals_abroad_portfolio_tells_the_ministers_country(
    text: str, guest: str, host: str
) -> None:
    """'B, Minister of X, ... and Malians Abroad' is Mali's: 'the Malian Minister' is B."""
    people = {frozenset(names) for names, _, _ in _meetings(text, date(2026, 3, 12))}
    assert frozenset({guest, host}) in people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            (
                "Foreign Minister Aminata Cisse met Captain Ali Diallo, Minister of Foreign "
                "Affairs, in Bamako on Monday."
            ),
            "Ali Diallo",
            "Minister of Foreign Affairs",
        ),
        (
            (
                "President Grace Banda received Lieutenant Colonel Sekou Bah at State House on "
                "Tuesday."
            ),
            "Sekou Bah",
            "Lieutenant Colonel",
        ),
        (
            (
                "Prime Minister Tomas Kerr spoke by telephone with Brigadier General Omar Haddad, "
                "the head of the transitional council, on Friday."
            ),
            "Omar Haddad",
            None,
        ),
    ],
)
def test_a_rank_written_out_before_a_name_is_no_part_of_it(
    text: str, name: str, title: str | None
) -> None:
    """'Captain A', 'Lieutenant Colonel B': the rank is a title; a civil office replaces it."""
    people = [
        p
        for m in diplomeet.parse(text, published=date(2026, 3, 12)).meetings
        for p in m.participants
    ]
    found = [p for p in people if p.name == name]
    assert found
    if title is not None:
        assert found[0].title == title


def test_the_two_ministers_are_ministers_before_a_foreign_secretary() -> None:
    """'The two ministers' after a foreign secretary was named: the two styled minister."""
    text = (
        "Peru and Chile to meet again\n\n"
        "Foreign Minister Ana Ruiz met Chilean Foreign Minister Pedro Soto in Lima on Monday.\n\n"
        "Minister Ruiz raised the dam project.\n\n"
        "Foreign Secretary Jorge Paz and Chilean Ambassador Luis Mena were also present during "
        "the talks.\n\n"
        "Minister Soto promised an inquiry into the spill.\n\n"
        "The two ministers agreed to meet again in Santiago in August."
    )
    plans = [
        names for names, status, _ in _meetings(text, date(2026, 5, 20)) if status == "planned"
    ]
    assert plans == [("Ana Ruiz", "Pedro Soto")]


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "The two ministers agreed to resume the talks in Santiago in August, and directed the "
            "Boundary Working Group to meet within the next two months."
        ),
        (
            "The presidents instructed their negotiating teams to meet in Arica before the end of "
            "June."
        ),
        "They also tasked the joint technical committee to convene in Tacna next month.",
    ],
)
def test_a_body_directed_to_meet_is_no_meeting_of_those_directing_it(sentence: str) -> None:
    """'directed the Boundary Working Group to meet': the body's meeting, not the ministers'."""
    text = (
        "Peru and Chile agree on border survey\n\n"
        "Foreign Minister Ana Ruiz met her Chilean counterpart Pedro Soto in Lima on Monday.\n\n"
        f"{sentence}\n"
    )
    assert [status for _, status, _ in _meetings(text, date(2026, 5, 20))] == ["held"]


@pytest.mark.parametrize(
    ("sentence", "names", "place"),
    [
        (
            (
                "Foreign Minister Joseph Grech raised the incident with his Libyan "
                "counterpart, Ali Nasser, during talks at Palazzo Parisio in Valletta on "
                "Wednesday, his ministry said."
            ),
            ("Joseph Grech", "Ali Nasser"),
            "Valletta",
        ),
        (
            (
                "Ghana's foreign minister Ama Owusu took up the case with Togolese Foreign "
                "Minister Kodjo Amevi during a meeting in Lome on Monday."
            ),
            ("Ama Owusu", "Kodjo Amevi"),
            "Lome",
        ),
        (
            (
                "Chancellor Petra Lang pressed the issue with her Austrian counterpart, Karl "
                "Huber, during talks in Vienna on Monday, officials said."
            ),
            ("Petra Lang", "Karl Huber"),
            "Vienna",
        ),
    ],
)
def test_the_one_a_matter_was_raised_with_during_talks_is_at_them(
    sentence: str, names: tuple[str, ...], place: str
) -> None:
    """'A raised the incident with B during talks in C': A and B met in C."""
    article = diplomeet.parse(f"Talks on the border\n\n{sentence}\n", published=date(2026, 6, 18))
    found = [
        (tuple(p.name for p in m.participants), m.place.name if m.place else None)
        for m in article.meetings
    ]
    assert found == [(names, place)]


@pytest.mark.parametrize(
    ("lede", "place"),
    [
        (
            (
                "Santo Domingo.- Foreign Minister Luis Perez received his Haitian "
                "counterpart, Jean Baptiste, at the Foreign Ministry headquarters on Wednesday."
            ),
            "Santo Domingo",
        ),
        (
            (
                "Tegucigalpa.\u2013 Honduran Foreign Minister Rosa Diaz met her Salvadoran "
                "counterpart, Mario Funes, at the ministry on Wednesday."
            ),
            "Tegucigalpa",
        ),
    ],
)
def test_a_dateline_closed_by_a_full_stop_and_a_dash_places_the_talks(
    lede: str, place: str
) -> None:
    """'Santo Domingo.- A received B at the ministry': the talks are in the dateline's city."""
    article = diplomeet.parse(
        f"Ministers meet on the border\n\n{lede}\n", published=date(2026, 9, 3)
    )
    assert [m.place.name if m.place else None for m in article.meetings] == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Haitian delegation was received yesterday afternoon by Vice President Carmen Lora.",
        (
            "President Hector Vargas is not scheduled to receive the Haitian minister, a spokesman "
            "said, but the Haitian delegation was received yesterday afternoon by Vice President "
            "Carmen Lora."
        ),
        "Later the Haitian delegation was received by Vice President Carmen Lora at her office.",
    ],
)
def test_a_visiting_delegation_stands_for_its_minister(sentence: str) -> None:
    """'the Haitian delegation was received by C': the Haitian minister of the talks met C."""
    text = (
        "Ministers meet on the border\n\n"
        "Santo Domingo.- Foreign Minister Luis Perez received his Haitian counterpart, Jean "
        "Baptiste, at the Foreign Ministry headquarters on Wednesday.\n\n"
        f"{sentence}\n"
    )
    people = {frozenset(names) for names, _, _ in _meetings(text, date(2026, 9, 3))}
    assert people == {
        frozenset({"Luis Perez", "Jean Baptiste"}),
        frozenset({"Jean Baptiste", "Carmen Lora"}),
    }


@pytest.mark.parametrize(
    ("lede", "published", "when"),
    [
        (
            (
                "Hanoi, May 4 (VNA): The prime ministers of Vietnam and Laos agreed on Sunday to "
                "speed up the rail link."
            ),
            date(2026, 5, 4),
            "2026-05-03",
        ),
        (
            (
                "Quito, Jun. 10 (SECOM). The foreign ministers of Ecuador and Peru agreed this "
                "Tuesday to open two new border crossings."
            ),
            date(2026, 6, 10),
            "2026-06-09",
        ),
    ],
)
def test_a_dateline_closed_by_an_agency_and_a_stop_is_no_day_of_the_talks(
    lede: str, published: date, when: str
) -> None:
    """'Quito, Jun. 10 (SECOM). ... agreed this Tuesday': the talks told next are Tuesday's."""
    text = (
        f"Neighbours agree on the border\n\n{lede}\n\n"
        "Prime Minister Tran Van Long received his Lao counterpart, Khamphone Vongsa, at the "
        "Government Office in a working meeting that lasted two hours.\n"
    )
    assert [w for _, _, w in _meetings(text, published)] == [when]


@pytest.mark.parametrize(
    ("sentence", "place", "when"),
    [
        (
            (
                "Both ministers confirmed that the Binational Cabinet, chaired by the two heads of "
                "state, will be held in Leticia in the second half of June."
            ),
            "Leticia",
            "2026-06",
        ),
        (
            (
                "The binational cabinet, chaired by the two presidents, will be held in Iquitos in "
                "June."
            ),
            "Iquitos",
            "2026-06",
        ),
        (
            "The summit, chaired by both leaders, will take place in Quito in July.",
            "Quito",
            "2026-07",
        ),
    ],
)
def test_a_body_chaired_by_the_two_leaders_is_their_planned_meeting(
    sentence: str, place: str, when: str
) -> None:
    """'The cabinet, chaired by the two heads of state, will be held in X': the two meet."""
    text = (
        "Neighbours lower the tone\n\n"
        "On Sunday, President Rosa Salas had spoken by telephone with Colombian President "
        "Gustavo Lleras, and both leaders agreed to lower the tone of the dispute.\n\n"
        f"{sentence}\n"
    )
    article = diplomeet.parse(text, published=date(2026, 4, 28))
    plans = [
        (tuple(p.name for p in m.participants), m.place.name if m.place else None, m.when)
        for m in article.meetings
        if m.status == "planned"
    ]
    assert [(names, where, w.value if w else None) for names, where, w in plans] == [
        (("Rosa Salas", "Gustavo Lleras"), place, when)
    ]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            (
                "Prime Ministers Surin Chaiwat and Hun Sopheap spoke by telephone on Sunday "
                "for the first time since July."
            ),
            "Prime Minister",
        ),
        ("Presidents Ana Lopez and Mario Ruiz met in Geneva on Monday.", "President"),
        ("Chancellors Petra Lang and Karl Huber held talks in Vienna on Tuesday.", "Chancellor"),
    ],
)
def test_a_plural_office_before_two_names_is_each_ones(sentence: str, title: str) -> None:
    """'Prime Ministers A and B spoke by telephone': A and B, each a prime minister."""
    text = f"Leaders talk again\n\nSome words come first in this paragraph.\n\n{sentence}\n"
    meetings = diplomeet.parse(text, published=date(2026, 10, 7)).meetings
    assert len(meetings) == 1
    assert [p.title for p in meetings[0].participants] == [title, title]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            (
                "The Ministers welcomed the telephone conversation held between H.E. President "
                "Sipho Dube of the Republic of South Africa and H.E. President Armando Sitoe of "
                "the Republic of Mozambique on 18 October 2026."
            ),
            ("Sipho Dube", "Armando Sitoe"),
        ),
        (
            (
                "The two ministers welcomed the video call held between Prime Minister Ana Lopez "
                "and Prime Minister Mario Ruiz on Sunday."
            ),
            ("Ana Lopez", "Mario Ruiz"),
        ),
        (
            (
                "Both ministers praised the meeting held between President Ana Lopez and President "
                "Mario Ruiz in Quito last month."
            ),
            ("Ana Lopez", "Mario Ruiz"),
        ),
    ],
)
def test_a_meeting_held_between_two_others_is_theirs(sentence: str, names: tuple[str, ...]) -> None:
    """'The Ministers welcomed the call held between A and B': A and B's call, not theirs."""
    text = (
        "Ministers meet in Pretoria\n\n"
        "Foreign Minister Jose Vera met his counterpart, Foreign Minister Luis Mora, in Pretoria "
        "on Tuesday.\n\n"
        f"{sentence}\n"
    )
    people = {names for names, _, _ in _meetings(text, date(2026, 10, 22))}
    assert people == {("Jose Vera", "Luis Mora"), names}


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "The ASEAN foreign ministers will discuss the issue when they meet in Kuala Lumpur "
            "later this month."
        ),
        "EU leaders will take up the dispute when they meet in Brussels next week.",
        "AU heads of state are expected to endorse the plan when they meet in Addis Ababa.",
    ],
)
def test_they_of_a_bodys_members_are_not_the_last_pair(sentence: str) -> None:
    """'The ASEAN foreign ministers ... when they meet': the body's members, not A and B."""
    text = (
        "Ministers meet in Lima\n\n"
        "Foreign Minister Jose Vera met his Chilean counterpart, Luis Mora, in Lima on Tuesday.\n\n"
        f"{sentence}\n"
    )
    assert [status for _, status, _ in _meetings(text, date(2026, 10, 7))] == ["held"]


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        (
            (
                "When Thai Foreign Minister Niran Sukprasert and Cambodian Foreign Minister Sok "
                "Dara sat down in Kuala Lumpur on 30 September, the mood was better than expected."
            ),
            ("Niran Sukprasert", "Sok Dara"),
            "2026-09-30",
        ),
        (
            (
                "Foreign Minister Jose Vera sat down with his Chilean counterpart, Luis Mora, in "
                "Lima on Tuesday."
            ),
            ("Jose Vera", "Luis Mora"),
            "2026-10-06",
        ),
        (
            (
                "President Ana Lopez and Prime Minister Mario Ruiz sat down for talks at the "
                "palace on Monday."
            ),
            ("Ana Lopez", "Mario Ruiz"),
            "2026-10-05",
        ),
    ],
)
def test_sat_down_tells_talks(text: str, names: tuple[str, ...], when: str) -> None:
    """'A and B sat down in X on 30 September' (as 'A sat down with B' is): talks held."""
    article = f"Talks resume\n\nSome words come first in this paragraph.\n\n{text}\n"
    assert _meetings(article, date(2026, 10, 7)) == [(names, "held", when)]


def test_a_day_of_the_week_told_before_dates_the_talks() -> None:
    """'met in Lima last week ... met on 30 September': one meeting, on 30 September."""
    text = (
        "Talks resume\n\n"
        "Foreign Minister Jose Vera met his Chilean counterpart, Luis Mora, in Lima last week.\n\n"
        "Vera and Mora met on 30 September at the ministry, officials said.\n"
    )
    assert _meetings(text, date(2026, 10, 7)) == [
        (("Jose Vera", "Luis Mora"), "held", "2026-09-30")
    ]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            (
                "Later on Wednesday, the envoy delivered a message from his president to President "
                "Samuel Okello at State House Entebbe."
            ),
            "Entebbe",
        ),
        ("President Ana Banda received the envoy at Government House Zomba on Friday.", "Zomba"),
        ("Prime Minister Joe Kerr hosted the envoy at Government House Annex on Friday.", None),
    ],
)
def test_a_town_no_table_lists_after_a_residence_places_the_talks(
    sentence: str, place: str | None
) -> None:
    """'at State House Entebbe': the residence in Entebbe, a town the tables need not list."""
    text = (
        "Envoy delivers message\n\n"
        "Some words come first in this paragraph, said envoy Deng Mabior Lual.\n\n"
        f"{sentence}\n"
    )
    meetings = diplomeet.parse(text, published=date(2026, 9, 11)).meetings
    assert [m.place.name if m.place else None for m in meetings] == [place]
