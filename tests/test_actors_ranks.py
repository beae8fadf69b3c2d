"""Offices before a name: a rank stays in the title, a style is read past; texts written here."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet._actors import actor_at, mentions
from diplomeet._document import Document


def _title(text: str, name: str) -> str | None:
    doc = Document(text=text)
    start = doc.text.index(name)
    actor = actor_at(doc, start, start + len(name))
    assert actor is not None
    return actor.title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Thai Deputy Prime Minister Somchai Rattana arrived in Vientiane on Monday.",
            "Somchai Rattana",
            "Deputy Prime Minister",
        ),
        ("Vice President Lucia Ferreyra opened the forum.", "Lucia Ferreyra", "Vice President"),
        (
            "First Deputy Foreign Minister Oleg Sarin flew to Baku.",
            "Oleg Sarin",
            "First Deputy Foreign Minister",
        ),
        (
            "Nour Haddad, Jordan's deputy foreign minister, said the talks went well.",
            "Nour Haddad",
            "deputy foreign minister",
        ),
        (
            "Pablo Soto, the vice foreign minister, said the talks went well.",
            "Pablo Soto",
            "vice foreign minister",
        ),
    ],
)
def test_rank_stays_in_the_title(text: str, name: str, title: str) -> None:
    """A deputy prime minister is not the prime minister: the rank is part of the office."""
    assert _title(text, name) == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Former President Ines Calvo spoke at the forum.", "Ines Calvo", "President"),
        ("Acting Prime Minister Tomas Ruiz flew to Quito.", "Tomas Ruiz", "Prime Minister"),
    ],
)
def test_other_modifiers_leave_the_office(text: str, name: str, title: str) -> None:
    """Former and acting say when or how the office is held, not which office it is."""
    assert _title(text, name) == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "British Foreign Secretary Sir Colin Ashdown met the envoy.",
            "Colin Ashdown",
            "Foreign Secretary",
        ),
        (
            "New Zealand's Foreign Minister, Dame Moana Tait, met the envoy.",
            "Moana Tait",
            "Foreign Minister",
        ),
    ],
)
def test_knighthood_after_an_office_is_read_past(text: str, name: str, title: str) -> None:
    """Sir or Dame between the office and the name is a style, like Mr or Dr there."""
    assert _title(text, name) == title


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Kofi Mensah, foreign minister of Ghana, met the envoy.",
            "Kofi Mensah",
            "foreign minister",
            "GH",
        ),
        (
            "Kofi Mensah, Minister for Foreign Affairs of the Republic of Ghana, met the envoy.",
            "Kofi Mensah",
            "Minister for Foreign Affairs",
            "GH",
        ),
        (
            "Mr. Kofi Mensah, foreign minister of Ghana, met the envoy.",
            "Kofi Mensah",
            "foreign minister",
            "GH",
        ),
        (
            "Dr. Kofi Mensah, Ghana's foreign minister, met the envoy.",
            "Kofi Mensah",
            "foreign minister",
            "GH",
        ),
        (
            "Kofi Mensah, the foreign minister of Ghana, met the envoy.",
            "Kofi Mensah",
            "foreign minister",
            "GH",
        ),
        (
            "Kofi Mensah, deputy foreign minister, met the envoy.",
            "Kofi Mensah",
            "deputy foreign minister",
            None,
        ),
    ],
)
def test_office_in_apposition_without_article(
    text: str, name: str, title: str, country: str | None
) -> None:
    """The words "X, foreign minister of Ghana," give X the office and the country after "of"."""
    doc = Document(text=text)
    start = text.index(name)
    actor = actor_at(doc, start, start + len(name))
    assert actor is not None
    assert (actor.title, actor.country) == (title, country)


def test_office_before_another_name_is_not_apposition() -> None:
    """In "A, President B and C met", the office is B's, not A's."""
    text = "Kofi Mensah, President Ama Owusu and Jo Bell met on Monday."
    doc = Document(text=text)
    start = text.index("Kofi Mensah")
    actor = actor_at(doc, start, start + len("Kofi Mensah"))
    assert actor is None or actor.title is None


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "The minister received today Foreign Minister of the Republic of Chad Idriss Mahamat.",
            "Idriss Mahamat",
            "Foreign Minister",
            "TD",
        ),
        ("Prime Minister of Malaysia Aziz Rahman met him.", "Aziz Rahman", "Prime Minister", "MY"),
    ],
)
def test_office_of_country_before_the_name(text: str, name: str, title: str, country: str) -> None:
    """Readouts write "Foreign Minister of the Republic of Chad A": office, country, then name."""
    doc = Document(text=text)
    start = text.index(name)
    actor = actor_at(doc, start, start + len(name))
    assert actor is not None
    assert (actor.title, actor.country) == (title, country)


def test_office_after_a_style_replaces_the_style() -> None:
    """In "Prince A, Minister of Foreign Affairs," the office says more than the style."""
    assert (
        _title(
            "Prince Talal bin Fahd, Minister of Foreign Affairs, received him.", "Talal bin Fahd"
        )
        == "Minister of Foreign Affairs"
    )
    assert (
        _title("Crown Prince Talal bin Fahd, the deputy prime minister, spoke.", "Talal bin Fahd")
        == "Crown Prince"
    )


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Ambassador-at-large Tomas Berg met the envoy.", "Tomas Berg", "Ambassador-at-large"),
        ("State Councillor Zhao Ming met the envoy.", "Zhao Ming", "State Councillor"),
        ("Speaker of Parliament Efua Sam met the envoy.", "Efua Sam", "Speaker of Parliament"),
        ("President-elect Efua Sam met the envoy.", "Efua Sam", "President-elect"),
        (
            "Minister of State for Foreign Affairs Efua Sam met the envoy.",
            "Efua Sam",
            "Minister of State for Foreign Affairs",
        ),
        ("Chief of Army Staff Gen. Efua Sam met the envoy.", "Efua Sam", "Chief of Army Staff"),
        ("Chief Minister Efua Sam met the envoy.", "Efua Sam", "Chief Minister"),
    ],
)
def test_offices_of_several_words(text: str, name: str, title: str) -> None:
    """Offices a word like "chief" starts, and ranks, councillors and suffixes, are read whole."""
    assert _title(text, name) == title


def test_the_two_leaders_are_heads_of_state_not_first_ministers() -> None:
    """After a first minister joins two prime ministers, "the two leaders" are the two heads."""
    text = (
        "Leaders meet in Armagh\n\n"
        "British Prime Minister Helen Cobb met Irish Taoiseach Liam Ryan in Armagh on Friday.\n\n"
        "They were joined by Wales's First Minister, Gwen Price, for lunch.\n\n"
        "Ms Cobb said the talks went well.\n\n"
        "The two leaders last met in Rome in March."
    )
    parsed = diplomeet.parse(text, published=date(2025, 6, 6))
    rome = [m for m in parsed.meetings if m.place is not None and m.place.name == "Rome"]
    assert len(rome) == 1
    assert {p.name for p in rome[0].participants} == {"Helen Cobb", "Liam Ryan"}


@pytest.mark.parametrize(
    "text",
    [
        "She will hold talks with the European Commission president, Ana Roth, on Friday.",
        "He met the Kremlin spokesman, Ivan Orlov, on Friday.",
    ],
)
def test_office_of_a_body_with_the_name_after_a_comma(text: str) -> None:
    """The body and office before a comma and a name are the person's, not a second actor."""
    found = mentions(Document(text=text))
    assert [m.actor.kind for m in found] == ["person"]
    assert found[0].actor.title in {"president", "spokesman"}


def test_a_surname_that_is_a_city_ends_the_name_and_names_the_person_later() -> None:
    """A minister named Joao Lima keeps his surname, and Lima later is the minister, not Peru."""
    text = (
        "Brazilian Foreign Minister Joao Lima met Chilean Foreign Minister Ana Rojas on Monday. "
        "Lima said the talks were good."
    )
    found = mentions(Document(text=text))
    assert [m.actor.name for m in found] == ["Joao Lima", "Ana Rojas", "Joao Lima"]


def test_a_city_after_a_name_still_is_a_city_when_no_one_bears_it() -> None:
    """With no one called Lima in the article, Lima stays a place, not a person."""
    text = "Peruvian Foreign Minister Luis Soto met Ana Rojas in Lima. Lima said it was ready."
    found = mentions(Document(text=text))
    assert [m.actor.name for m in found][:1] == ["Luis Soto"]
    assert "Lima" not in {m.actor.name for m in found}


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Vice President Rosa Lim of the Philippines flew to Hanoi.",
            "Rosa Lim",
            "Vice President",
            "PH",
        ),
        ("Taoiseach Liam Ryan flew to Paris.", "Liam Ryan", "Taoiseach", "IE"),
    ],
)
def test_country_and_office_read_from_context(
    text: str, name: str, title: str, country: str
) -> None:
    """A country after "of the", and an office only one country has, give the country."""
    found = {m.actor.name: m.actor for m in mentions(Document(text=text))}
    assert (found[name].title, found[name].country) == (title, country)
