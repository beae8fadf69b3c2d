"""Regional cities (provincial and state capitals under a million people) carry their country."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet._countries import CITIES

PUBLISHED = date(2024, 5, 10)


def _places(text: str) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    """Each meeting of a story's body as (people, place name, place country)."""
    article = diplomeet.parse(
        f"Headline of the story\n\n{text}\n\nMore follows.", published=PUBLISHED
    )
    return [
        (
            tuple(p.name for p in m.participants),
            None if m.place is None else m.place.name,
            None if m.place is None else m.place.country,
        )
        for m in article.meetings
    ]


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            (
                "Foreign Minister Olvar Brennik met his Danish counterpart Pella Toresen in"
                " Winnipeg on Tuesday."
            ),
            "Winnipeg",
            "CA",
        ),
        (
            (
                "Prime Minister Kesra Dumont held talks with Malaysian Foreign Minister Haris"
                " Tamrin in Kuching on Monday."
            ),
            "Kuching",
            "MY",
        ),
        (
            (
                "Trade Minister Joss Karvel met Irish Foreign Minister Niall Corrigan in Belfast"
                " on Thursday."
            ),
            "Belfast",
            "GB",
        ),
        (
            (
                "Energy Minister Tobin Marsh met his French counterpart Ines Carrel in Quebec City"
                " on Monday."
            ),
            "Quebec City",
            "CA",
        ),
        (
            (
                "Defence Minister Tavi Lorne arrived in Halifax on Monday. He met Canadian"
                " Defence Minister Ruth Ambery there on Tuesday."
            ),
            "Halifax",
            "CA",
        ),
    ],
)
def test_a_meeting_in_a_regional_city_is_placed_in_its_country(
    text: str, place: str, country: str
) -> None:
    """'in Winnipeg', 'in Kuching': the city of a province or state is known, with its country."""
    [(_, name, code)] = _places(text)
    assert (name, code) == (place, country)


@pytest.mark.parametrize(
    ("text", "person", "place"),
    [
        (
            (
                "Foreign Minister Orlando Prieto met his Peruvian counterpart Luis Tamayo in Lima"
                " on Tuesday."
            ),
            "Orlando Prieto",
            ("Lima", "PE"),
        ),
        (
            "Interior Minister Charlotte Wendt met Trade Minister Aurora Quint in Oslo on Tuesday.",
            "Charlotte Wendt",
            ("Oslo", "NO"),
        ),
        (
            "Deputy Minister Aurora Quint met Foreign Minister Joss Karvel in Oslo on Tuesday.",
            "Aurora Quint",
            ("Oslo", "NO"),
        ),
    ],
)
def test_a_city_named_like_a_given_name_stays_a_name(
    text: str, person: str, place: tuple[str, str]
) -> None:
    """Orlando, Charlotte and Aurora are cities too, but before a surname they open a name."""
    [(people, name, code)] = _places(text)
    assert person in people
    assert (name, code) == place


@pytest.mark.parametrize(
    "word", ["Orlando", "Charlotte", "Aurora", "Kennedy", "Batman", "Mesa", "Toyota", "Sale"]
)
def test_regional_cities_leave_out_words_given_names_and_brands(word: str) -> None:
    """A regional city whose name is an English word, a given name or a brand is no city."""
    assert word not in CITIES


def test_regional_cities_are_in_the_table() -> None:
    """The provincial and state cities above the regional threshold are in the table."""
    assert {c: CITIES.get(c) for c in ("Winnipeg", "Regina", "Kuching", "Belfast")} == {
        "Winnipeg": "CA",
        "Regina": "CA",
        "Kuching": "MY",
        "Belfast": "GB",
    }


def _bylined(sentence: str) -> str:
    """A story under a byline that tells where it was written, ``sentence`` in its third part."""
    return (
        "Ceasefire talks collapse\n\nFrom TOMAS REDD, Political Editor, in Paris\n\n"
        "Talks on a ceasefire in the north collapsed last night after a bomb attack on a"
        " border post.\n\nThe envoy, Mr Piet Alder, said the talks would resume next week.\n\n"
        "The Prime Minister, Dr Colm Varley, was briefed on the outcome by Mr Alder last"
        f" night. {sentence}\n\nMore follows."
    )


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            (
                "He had spoken to the German Chancellor, Mrs Edda Strohm, on Thursday night, when"
                " both leaders condemned the bombing."
            ),
            None,
        ),
        (
            (
                "He had spoken with the German Chancellor, Mrs Edda Strohm, on Thursday night,"
                " and both leaders condemned the bombing."
            ),
            None,
        ),
        # look-alikes: told in the simple past, the conversation is the byline city's
        (
            (
                "He spoke to the German Chancellor, Mrs Edda Strohm, on Thursday night, when"
                " both leaders condemned the bombing."
            ),
            "Paris",
        ),
        (
            (
                "He met the German Chancellor, Mrs Edda Strohm, on Thursday night, when both"
                " leaders condemned the bombing."
            ),
            "Paris",
        ),
    ],
)
def test_a_conversation_told_in_the_pluperfect_is_not_placed_in_the_byline_city(
    sentence: str, place: str | None
) -> None:
    """'He had spoken to A on Thursday': an earlier talk, like 'had met', not the byline's."""
    article = diplomeet.parse(_bylined(sentence), published=PUBLISHED)
    [meeting] = article.meetings
    assert {p.name for p in meeting.participants} == {"Colm Varley", "Edda Strohm"}
    assert (None if meeting.place is None else meeting.place.name) == place
