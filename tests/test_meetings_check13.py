"""Meeting classes read from the development set check13, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import MeetingRow, story_meetings

_DAY = date(2026, 11, 5)  # a Thursday
_LEDE = "The two countries will set up joint patrols on the border, officials said."


def _meetings(text: str) -> list[MeetingRow]:
    return story_meetings(text, _DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Foreign Minister Abebe Tesfaye discussed the attack with Kenya's Cabinet "
                "Secretary for Foreign Affairs, Grace Mwangi, at the ministry's headquarters in "
                "Addis Ababa on Wednesday."
            ),
            (("Abebe Tesfaye", "Grace Mwangi"), "2026-11-04", "Addis Ababa"),
        ),
        (
            (
                "Chile's foreign minister, Rosa Quintanilla, discussed the seizure of the trawler "
                "with her Peruvian counterpart, Mateo Salcedo, at the Torre Tagle palace in Lima "
                "on Monday."
            ),
            (("Rosa Quintanilla", "Mateo Salcedo"), "2026-11-02", "Lima"),
        ),
        (
            (
                "Indonesia's Foreign Minister Dewi Santoso discussed the shooting with Malaysian "
                "Foreign Minister Azlan Rahim in Kuching on Tuesday."
            ),
            (("Dewi Santoso", "Azlan Rahim"), "2026-11-03", "Kuching"),
        ),
    ],
)
def test_discussed_with_a_partner_then_place_and_day(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    """
    "discussed X with B in/at ... on Day": the place and day after the partner are the talks'.

    The incident discussed comes before the partner; what follows the partner tells where and
    when they talked (told after a lede of its own, which gives neither).
    """
    assert expected in _meetings(f"{_LEDE}\n\n{text}")


def test_discussed_with_a_partner_then_a_topic_has_no_place() -> None:
    """With "discussed with B the situation in X" the place after the partner is a topic's."""
    text = (
        "Foreign Minister Abebe Tesfaye discussed with Kenyan Foreign Minister Grace Mwangi the "
        "situation in Somalia on Wednesday."
    )
    assert (("Abebe Tesfaye", "Grace Mwangi"), "2026-11-04", None) in _meetings(
        f"{_LEDE}\n\n{text}"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Romanian Foreign Minister Andrei Popescu met Ukrainian Foreign Minister Olena "
                "Marchenko in Bucharest on Wednesday.\n\nThe ministry recalled that the ministers "
                "had discussed the incident by phone last weekend, and that President Ion "
                "Vasilescu had raised it the same day in a call with Ukrainian President Petro "
                "Danko."
            ),
            ("Ion Vasilescu", "Petro Danko"),
        ),
        (
            (
                "The statement said Foreign Minister Lena Berg had met her Danish counterpart, "
                "Jonas Holm, in Oslo on Monday, and that Prime Minister Erik Dahl had held talks "
                "with Danish Prime Minister Mette Lund in Copenhagen."
            ),
            ("Erik Dahl", "Mette Lund"),
        ),
        (
            (
                "German Foreign Minister Klaus Brenner met Polish Foreign Minister Piotr "
                "Zielinski in Berlin on Monday.\n\nIt added that the two foreign ministers spoke "
                "again on Saturday and that Chancellor Anna Weber met Polish President Jan Nowak "
                "in Warsaw on Sunday."
            ),
            ("Anna Weber", "Jan Nowak"),
        ),
    ],
)
def test_and_that_opens_a_clause_with_its_own_subject(text: str, expected: tuple[str, ...]) -> None:
    """In "..., and that C had raised it in a call with D" C and D meet, not those before."""
    people = [m[0] for m in _meetings(text)]
    assert expected in people
    assert not any(set(expected) < set(p) for p in people)


def test_and_that_opens_a_clause_with_its_own_place() -> None:
    """The second clause said keeps its own place ("in Copenhagen"), not the first one's."""
    text = (
        "The statement said Foreign Minister Lena Berg had met her Danish counterpart, Jonas "
        "Holm, in Oslo on Monday, and that Prime Minister Erik Dahl had held talks with Danish "
        "Prime Minister Mette Lund in Copenhagen."
    )
    places = {m[0]: m[2] for m in _meetings(text)}
    assert places[("Erik Dahl", "Mette Lund")] == "Copenhagen"


@pytest.mark.parametrize(
    "second",
    [
        (
            "According to a release of the Foreign Ministry sent to journalists on Thursday, "
            "the two ministers met at the ministry's headquarters for more than two hours."
        ),
        (
            "According to a statement issued by the ministry on Thursday, the two ministers "
            "held talks behind closed doors."
        ),
        (
            "In a statement posted on Thursday, the ministry said the two ministers had met "
            "for three hours."
        ),
    ],
)
def test_a_source_phrase_day_is_not_the_meetings(second: str) -> None:
    """The day in "According to a release sent on Thursday, the ministers met" is the release's."""
    text = (
        "Vietnam's Foreign Minister Tran Van Long and his Lao counterpart, Somsak Vongsa, "
        f"agreed on Tuesday in Hanoi to reopen the border crossing.\n\n{second}"
    )
    whens = {m[1] for m in _meetings(text) if m[0] == ("Tran Van Long", "Somsak Vongsa")}
    assert whens == {"2026-11-03"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The commitment was made by New Zealand Foreign Minister Ana Whitford during "
                "talks with Samoan Foreign Minister Tavita Leota in Apia yesterday."
            ),
            (("Ana Whitford", "Tavita Leota"), "2026-11-04", "Apia"),
        ),
        (
            (
                "The offer was announced by Japanese Prime Minister Kenji Mori after talks with "
                "Philippine President Ana Reyes in Manila on Tuesday."
            ),
            (("Kenji Mori", "Ana Reyes"), "2026-11-03", "Manila"),
        ),
        (
            (
                "The deal was signed by Brazilian Foreign Minister Paulo Mendes at a meeting "
                "with his Argentine counterpart, Lucia Ferraro, in Buenos Aires on Monday."
            ),
            (("Paulo Mendes", "Lucia Ferraro"), "2026-11-02", "Buenos Aires"),
        ),
    ],
)
def test_a_passive_agent_holds_the_talks(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    """In "was made by A during talks with B" A, the passive's agent, met B."""
    assert expected in _meetings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Mexican Foreign Secretary Ana Ruiz Lopez and Guatemalan Foreign Minister Juan "
                "Tzul met for four hours at the Quintana Roo government palace in Chetumal on "
                "Monday."
            ),
            (("Ana Ruiz Lopez", "Juan Tzul"), "2026-11-02", "Chetumal"),
        ),
        (
            (
                "Prime Minister Raj Singh met Chief Minister Ravi Rao at the Kerala government "
                "guest house in Thiruvananthapuram on Monday."
            ),
            (("Raj Singh", "Ravi Rao"), "2026-11-02", "Thiruvananthapuram"),
        ),
        (
            (
                "Governor Luis Pena hosted the Chilean consul, Pedro Soto, at the Sonora state "
                "government palace in Hermosillo on Monday."
            ),
            (("Luis Pena", "Pedro Soto"), "2026-11-02", "Hermosillo"),
        ),
    ],
)
def test_a_provinces_building_gives_way_to_its_city(
    text: str, expected: tuple[tuple[str, ...], str, str]
) -> None:
    """'at the Quintana Roo government palace in Chetumal': the building's state is no place."""
    assert expected in _meetings(text)


def test_a_province_alone_stays_the_place() -> None:
    """'met ... in Kerala on Monday': a state told alone is still where they met."""
    text = "Prime Minister Raj Singh met Chief Minister Ravi Rao in Kerala on Monday."
    assert (("Raj Singh", "Ravi Rao"), "2026-11-02", "Kerala") in _meetings(text)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            (
                "The ministry reported that the heads of state of both countries, President "
                "Andres Castro and Prime Minister John Faber, will hold a bilateral meeting in "
                "Belmopan on November 15."
            ),
            ("Andres Castro", "John Faber"),
        ),
        (
            (
                "The leaders of both countries, President Andres Castro and Prime Minister John "
                "Faber, will meet in Belmopan on November 15."
            ),
            ("Andres Castro", "John Faber"),
        ),
        (
            (
                "The prime ministers of the two countries, Somchai Wong and Hun Sokha, spoke by "
                "phone on Tuesday."
            ),
            ("Somchai Wong", "Hun Sokha"),
        ),
    ],
)
def test_a_group_of_both_countries_then_its_people(second: str, expected: tuple[str, ...]) -> None:
    """'the heads of state of both countries, A and B, will meet': A and B, not the ministers."""
    text = (
        "Mexican Foreign Secretary Ana Ruiz Lopez met Belizean Foreign Minister Dean Usher in "
        f"Chetumal on Monday.\n\n{second}"
    )
    people = [m[0] for m in _meetings(text)]
    assert expected in people
    assert people.count(("Ana Ruiz Lopez", "Dean Usher")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Timor-Leste's Foreign Minister, Aderito Soares Belo, called his Indonesian "
                "counterpart, Rahmat Hidayat, the next day."
            ),
            ("Aderito Soares Belo", "Rahmat Hidayat"),
        ),
        (
            (
                "Chile's Foreign Minister, Rosa Vidal, called her Bolivian counterpart, Juan "
                "Quispe, the following morning."
            ),
            ("Rosa Vidal", "Juan Quispe"),
        ),
        (
            "Kenyan President Samuel Kiprop called Somali President Abdi Warsame the same evening.",
            ("Samuel Kiprop", "Abdi Warsame"),
        ),
    ],
)
def test_a_call_told_with_a_day_from_another(text: str, expected: tuple[str, ...]) -> None:
    """'called his counterpart, B, the next day': a call, dated from the day told before."""
    meetings = _meetings(f"A farmer was shot near the border on Monday.\n\n{text}")
    assert [m[0] for m in meetings] == [expected]


def test_called_a_name_is_still_no_call() -> None:
    """'called B a liar' names B: no call."""
    text = "Kenyan President Samuel Kiprop called Somali President Abdi Warsame a liar."
    assert _meetings(f"A farmer was shot near the border on Monday.\n\n{text}") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Prime Minister Ravi Menon met Defence Minister Arun Kapoor and the army chief, "
                "Gen. Vikram Rao, on Saturday."
            ),
            ("Ravi Menon", "Arun Kapoor", "Vikram Rao"),
        ),
        (
            (
                "President Ana Silva met Foreign Minister Jose Pinto and the navy commander, "
                "Adm. Paulo Reis, on Saturday."
            ),
            ("Ana Silva", "Jose Pinto", "Paulo Reis"),
        ),
        (
            (
                "Menon conferred for an hour on Saturday with Defence Minister Arun Kapoor and "
                "the air force chief, Air Marshal Dev Sethi, at his residence."
            ),
            ("Ravi Menon", "Arun Kapoor", "Dev Sethi"),
        ),
    ],
)
def test_an_office_in_apposition_before_a_rank_joins_the_list(
    text: str, expected: tuple[str, ...]
) -> None:
    """'met A and the army chief, Gen. B': B is met too, his rank after his office."""
    lede = "Prime Minister Ravi Menon said the border was tense."
    assert expected in [m[0] for m in _meetings(f"{lede}\n\n{text}")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            (
                "Kenyan Foreign Minister Daniel Kiptanui met Ugandan Foreign Minister Yusuf "
                "Ssemwogerere at the Malaba border post on Monday. The two ministers agreed to "
                "meet again at Malaba in two weeks."
            ),
            "Malaba",
        ),
        (
            (
                "Zambian Foreign Minister Mary Banda met Malawian Foreign Minister John Phiri at "
                "the Mwami border post on Monday. The two ministers will meet again at Mwami next "
                "month."
            ),
            "Mwami",
        ),
    ],
)
def test_meet_again_at_a_town_placed_before(text: str, town: str) -> None:
    """'agreed to meet again at Malaba': the town a meeting told before was held in."""
    places = [m[2] for m in _meetings(text)]
    assert places == [town, town]


@pytest.mark.parametrize(
    ("text", "envoy", "others"),
    [
        (
            (
                "Sudanese Foreign Minister Omar Idris and South Sudanese Foreign Minister Deng "
                "Majok met in Addis Ababa on Monday.\n\nAU envoy Kofi Mensah had met each of the "
                "two ministers separately on Sunday."
            ),
            "Kofi Mensah",
            ("Omar Idris", "Deng Majok"),
        ),
        (
            (
                "Serbian President Milan Jovic and Kosovo Prime Minister Arben Krasniqi met in "
                "Brussels on Monday.\n\nEU envoy Anna Weber met each leader in turn before the "
                "talks."
            ),
            "Anna Weber",
            ("Milan Jovic", "Arben Krasniqi"),
        ),
        (
            (
                "Iranian Foreign Minister Reza Karimi and Iraqi Foreign Minister Saleh Hamdan "
                "opened talks in Geneva on Thursday.\n\nUN envoy Lars Holm met each minister "
                "separately on Wednesday evening."
            ),
            "Lars Holm",
            ("Reza Karimi", "Saleh Hamdan"),
        ),
    ],
)
def test_each_minister_separately_is_a_meeting_with_each(
    text: str, envoy: str, others: tuple[str, ...]
) -> None:
    """'A met each minister separately': one meeting of A with each minister told before."""
    people = [m[0] for m in _meetings(text)]
    for other in others:
        assert (envoy, other) in people
