"""Meeting classes read from the development sample sample14b, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from conftest import meetings_read

_DAY = date(2026, 11, 19)  # a Thursday


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Fijian Foreign Minister Stanley Tora met his Samoan counterpart John Lealaiauloto "
                "in Apia on Monday."
            ),
            ("Stanley Tora", "John Lealaiauloto"),
        ),
        (
            (
                "Jamaican Foreign Minister Douglas Reid received Haitian Foreign Minister Jean "
                "Pierre-Louis in Kingston on Monday."
            ),
            ("Douglas Reid", "Jean Pierre-Louis"),
        ),
        (
            (
                "Vanuatu's Prime Minister Stanley Natapei flew to Honiara for talks with his "
                "Solomon Islands counterpart, Peter Maelasi, on Tuesday."
            ),
            ("Stanley Natapei", "Peter Maelasi"),
        ),
    ],
)
def test_a_given_name_that_is_also_a_capital_opens_a_name(text: str, pair: tuple[str, str]) -> None:
    """'Foreign Minister Stanley A', 'Douglas B': given names, not the capitals so named."""
    assert [("held", pair)] == [(s, p) for s, p in meetings_read(text, _DAY) if set(p) == set(pair)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Earlier in the day, Tajik Foreign Minister Rustam Oripov was received by Chairman "
                "of the Cabinet of Ministers Bakyt Osmonaliev."
            ),
            ("Rustam Oripov", "Bakyt Osmonaliev"),
        ),
        (
            (
                "Serbian Foreign Minister Marko Ilic was received in Sarajevo on Monday by "
                "Chairman of the Council of Ministers Dragan Kovacevic."
            ),
            ("Marko Ilic", "Dragan Kovacevic"),
        ),
        (
            (
                "Belarusian Foreign Minister Pavel Lysenko was received on Tuesday by Chairwoman "
                "of the Cabinet of Ministers Aida Temirova in Bishkek."
            ),
            ("Pavel Lysenko", "Aida Temirova"),
        ),
    ],
)
def test_a_chairman_of_a_cabinet_heads_a_government(text: str, pair: tuple[str, str]) -> None:
    """'Chairman of the Cabinet of Ministers A' (Kyrgyzstan), '... of the Council of Ministers'."""
    assert ("held", pair) in meetings_read(text, _DAY)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Turkish Foreign Minister Kemal Ozturkler, who was accompanied by his deputy, met "
                "Greek Prime Minister Andreas Maniatis on Wednesday."
            ),
            ("Kemal Ozturkler", "Andreas Maniatis"),
        ),
        (
            (
                "Angolan Foreign Minister Joao Baptista, who travelled with Defence Minister Rui "
                "Tavares, was received by President Paulo Nhantumbo in Maputo on Tuesday."
            ),
            ("Joao Baptista", "Paulo Nhantumbo"),
        ),
        (
            (
                "Chilean Foreign Minister Ana Riveros, who was joined by her deputy, held talks "
                "with her Bolivian counterpart Luis Mamani in La Paz on Monday."
            ),
            ("Ana Riveros", "Luis Mamani"),
        ),
    ],
)
def test_a_relative_clause_of_prepositional_objects_keeps_its_antecedent(
    text: str, pair: tuple[str, str]
) -> None:
    """'A, who was accompanied by B, met C': A, the antecedent of 'who', meets C."""
    assert ("held", pair) in meetings_read(text, _DAY)


def _days(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    article = diplomeet.parse(text, published=_DAY)
    return [
        (tuple(p.name for p in m.participants), m.when.value if m.when else None)
        for m in article.meetings
    ]


@pytest.mark.parametrize(
    ("text", "talks"),
    [
        (
            (
                "Kenya and Uganda agreed on Tuesday to reopen the Busia crossing. The agreement "
                "came at a meeting in Kampala between Foreign Minister Amos Wekesa and his "
                "Ugandan counterpart Grace Nabirye. The two sides also discussed a summit in the "
                "first half of 2027."
            ),
            (("Amos Wekesa", "Grace Nabirye"), "2026-11-17"),
        ),
        (
            (
                "Peru and Chile agreed on Monday to set up a border commission. The decision was "
                "taken at a meeting in Santiago between Peruvian Foreign Minister Elena Vargas and "
                "her Chilean counterpart Tomas Ibarra. The ministers discussed a meeting of the "
                "Binational Cabinet in Arica next year."
            ),
            (("Elena Vargas", "Tomas Ibarra"), "2026-11-16"),
        ),
        (
            (
                "Greek Foreign Minister Nikos Andreou met Turkish Foreign Minister Kemal Ozturkler "
                "in Athens on Wednesday. The two sides also discussed the possibility of a meeting "
                "of the High-Level Cooperation Council in Ankara in the first half of 2027."
            ),
            (("Nikos Andreou", "Kemal Ozturkler"), "2026-11-18"),
        ),
    ],
)
def test_a_gathering_discussed_keeps_its_date_from_the_talks(
    text: str, talks: tuple[tuple[str, ...], str]
) -> None:
    """'They also discussed a summit next year': the date is the summit's, not the talks'."""
    days = _days(text)
    assert talks in days
    assert all(when == talks[1] for people, when in days if set(people) == set(talks[0]))


def test_talks_on_the_sidelines_of_a_summit_keep_its_date() -> None:
    """A guard: 'on the sidelines of the summit in August' is where the talks were held."""
    text = (
        "Prime Minister Tom Reid and Chancellor Eva Brandt discussed trade on the sidelines "
        "of the summit in August."
    )
    assert (("Tom Reid", "Eva Brandt"), "2026-08") in _days(text)


@pytest.mark.parametrize(
    ("text", "pair", "leaders"),
    [
        (
            (
                "Kyrgyz Foreign Minister Almaz Duishenov met Tajik Foreign Minister Farrukh "
                "Sharipzoda in Bishkek on Wednesday. Sharipzoda was later received by President "
                "Tilek Asanov. The heads of the foreign ministries last met in Dushanbe in July."
            ),
            ("Almaz Duishenov", "Farrukh Sharipzoda"),
            ("Farrukh Sharipzoda", "Tilek Asanov"),
        ),
        (
            (
                "Ecuadorian Foreign Minister Lucia Andrade met her Peruvian counterpart Mario "
                "Salas in Lima on Monday and was later received by President Rafael Quiroga and "
                "Prime Minister Ana Torres. The heads of diplomacy of the two countries had last "
                "met in Quito in March."
            ),
            ("Lucia Andrade", "Mario Salas"),
            ("Rafael Quiroga", "Ana Torres"),
        ),
    ],
)
def test_the_heads_of_foreign_ministries_are_ministers(
    text: str, pair: tuple[str, str], leaders: tuple[str, str]
) -> None:
    """'The heads of the foreign ministries last met in X': the ministers, not the leaders."""
    past = [(p, when) for p, when in _days(text) if when is not None and when < "2026-11"]
    assert [set(p) for p, _ in past] == [set(pair)]
    assert all(set(p) != set(leaders) for p, _ in past)
