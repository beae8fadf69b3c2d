"""A state or province before a title gives the person's country (texts written here)."""

from __future__ import annotations

import pytest

from diplomeet._actors import mentions
from diplomeet._document import Document
from diplomeet.records import Actor


def people(text: str) -> list[Actor]:
    """The people the actor links find in ``text``."""
    return [m.actor for m in mentions(Document(text=text)) if m.actor.kind == "person"]


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        ("Ohio Governor Mark Bellamy vetoed the bill.", "Mark Bellamy", "Governor", "US"),
        ("Ontario Premier Doug Ferrier spoke first.", "Doug Ferrier", "Premier", "CA"),
        ("Queensland Premier Anna Pike flew to Tokyo.", "Anna Pike", "Premier", "AU"),
    ],
)
def test_a_subdivision_before_a_title_gives_the_country(
    text: str, name: str, title: str, country: str
) -> None:
    """'Ohio Governor X': the state is in the United States, so X is American."""
    assert people(text)[0] == Actor(name=name, kind="person", title=title, country=country)


def test_a_subdivision_alone_names_no_person() -> None:
    """'Ohio voters' names no one: the rule needs a title after the place."""
    assert people("Ohio voters went to the polls on Tuesday.") == []


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        ("New South Wales Premier Ruth Calder opened the bridge.", "Ruth Calder", "Premier", "AU"),
        ("New Brunswick Premier Ann Leduc flew to Paris.", "Ann Leduc", "Premier", "CA"),
        (
            "Maharashtra Chief Minister Anil Deshpande met investors.",
            "Anil Deshpande",
            "Chief Minister",
            "IN",
        ),
        ("Tamil Nadu Chief Minister R. Selvam spoke.", "R. Selvam", "Chief Minister", "IN"),
    ],
)
def test_a_state_of_several_words_or_a_chief_minister(
    text: str, name: str, title: str, country: str
) -> None:
    """Read "New South Wales Premier X" as Australian, not Welsh; "Chief Minister" is a title."""
    assert people(text)[0] == Actor(name=name, kind="person", title=title, country=country)


def test_a_state_name_not_before_a_title_is_no_person() -> None:
    """Read "Tamil Nadu" before a verb as a place, and the name after it alone."""
    assert [a.name for a in people("Tamil Nadu welcomed Governor Anita Menon.")] == ["Anita Menon"]


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        ("Grace Wanjiru, Kenya's foreign minister, met the envoys.", "foreign minister", "KE"),
        ("Grace Wanjiru, Kenyan Foreign Minister, said talks went well.", "Foreign Minister", "KE"),
        ("Grace Wanjiru, Kenya's acting trade minister, flew home.", "trade minister", "KE"),
    ],
)
def test_a_name_then_country_and_title_in_apposition(text: str, title: str, country: str) -> None:
    """Read "Grace Wanjiru, Kenya's foreign minister," as a person with title and country."""
    found = people(text)
    assert found[0] == Actor(name="Grace Wanjiru", kind="person", title=title, country=country)


def test_a_name_then_country_and_no_title_is_no_person() -> None:
    """Read "X, Kenya's best-known runner," as no minister: no title follows the country."""
    assert people("Grace Wanjiru, Kenya's best-known runner, met the envoys.") == []


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Ecuadorean Foreign Minister Col. Jaime Roldan signed it.",
            "Jaime Roldan",
            "Foreign Minister",
            "EC",
        ),
        ("Peruvian President Gen. Luis Bedoya spoke.", "Luis Bedoya", "President", "PE"),
        ("Chilean Defence Minister Adm. Rosa Vial spoke.", "Rosa Vial", "Defence Minister", "CL"),
    ],
)
def test_a_rank_after_an_office_is_skipped(text: str, name: str, title: str, country: str) -> None:
    """Read "Foreign Minister Col. A" as the minister A, of the country before the office."""
    assert people(text)[0] == Actor(name=name, kind="person", title=title, country=country)


def test_a_rank_alone_is_still_a_title() -> None:
    """Read "Gen. Ana Ruiz" with the rank as her title."""
    assert people("Gen. Ana Ruiz spoke.")[0].title == "Gen."
