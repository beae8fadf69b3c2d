"""
Meeting classes read from the development sample sample15a (older news), in sentences of our own.

A minister who "called in Ambassador A" or "sent for the Ambassador, B" (the older British
and South Asian word) summoned and met him; a "chargé d'affaires" (also "charge d'affaires",
as wires printed it) and an embassy's "Counsellor" are diplomats' titles before a name.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(1962, 5, 9)  # a Wednesday


def _meetings(text: str) -> set[tuple[frozenset[str], str | None]]:
    article = diplomeet.parse(text, published=_DAY)
    return {
        (frozenset(p.name for p in m.participants), m.when.value if m.when else None)
        for m in article.meetings
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Foreign Minister Lars Ekberg called in Ambassador Chen Yi-fang on Tuesday and"
                " protested against the arrest of two Swedish sailors."
            ),
            ("Lars Ekberg", "Chen Yi-fang"),
        ),
        (
            (
                "The Foreign Secretary, Mr. Arthur Bellamy, sent for the Indonesian Ambassador,"
                " Dr. Raden Sastro, on Tuesday and handed him a note."
            ),
            ("Arthur Bellamy", "Raden Sastro"),
        ),
        (
            (
                "Minister of External Affairs Vikram Rao sent for High Commissioner Omar Siddiq on"
                " Tuesday to convey India's concern."
            ),
            ("Vikram Rao", "Omar Siddiq"),
        ),
        (
            (
                "Deputy Foreign Minister Ivan Orlov summoned Chinese charge d'affaires Li Wen on"
                " Tuesday."
            ),
            ("Ivan Orlov", "Li Wen"),
        ),
        (
            (
                "U.S. Ambassador Paul Weston called on Foreign Minister Jorge Ibarra on Tuesday"
                " and later met Cuban chargé d'affaires Ramón Pardo."
            ),
            ("Paul Weston", "Ramón Pardo"),
        ),
    ],
)
def test_a_summons_or_a_charge_daffaires_gives_a_meeting(text: str, names: tuple[str, str]) -> None:
    """'called in Ambassador A', 'sent for the Ambassador, B', 'met chargé d'affaires C'."""
    assert (frozenset(names), "1962-05-08") in _meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The general sent for reinforcements on Tuesday.",
        "The ministry called in vain for calm on Tuesday.",
    ],
)
def test_sending_for_things_or_calling_in_vain_is_no_meeting(text: str) -> None:
    """'sent for reinforcements', 'called in vain for calm' meet nobody."""
    assert _meetings(text) == set()


def test_an_embassys_counsellor_is_a_diplomat_accompanying() -> None:
    """'accompanied by Counsellor A': A is the delegation member, titled Counsellor."""
    article = diplomeet.parse(
        "Ambassador Ali Khan, accompanied by Counsellor Karim Shah, called on Foreign Minister"
        " Jan Olsen on Tuesday.",
        published=_DAY,
    )
    (meeting,) = article.meetings
    assert [(a.name, a.title) for a in meeting.accompanied_by] == [("Karim Shah", "Counsellor")]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Foreign Minister Kenzo Abe this afternoon called in Ambassador Kim Dae-ho and"
                " protested against the seizure of four boats on Monday."
            ),
            "1962-05-09",
        ),
        (
            (
                "Foreign Minister Ana Lopes yesterday received Ambassador Paul Kern and protested"
                " against the arrest of two sailors last week."
            ),
            "1962-05-08",
        ),
        (
            (
                "The Prime Minister, Mr. Tunku Hamid, today welcomed President Datu Salleh at the"
                " airport and recalled their talks in Manila in March."
            ),
            "1962-05-09",
        ),
    ],
)
def test_a_date_right_before_the_verb_dates_the_meeting(text: str, when: str) -> None:
    """'A this afternoon called in B and protested against ... on Monday': this afternoon."""
    assert {w for _, w in _meetings(text)} == {when}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Foreign Minister Kenzo Abe is expected to take up the question with Ambassador Roy"
            " Hale when the two meet on Monday, officials said."
        ),
        (
            "Minister Ana Lopes plans to press Ambassador Paul Kern on the issue when the pair"
            " meet on Monday."
        ),
        (
            "Secretary of State Dean Marsh will take the matter up with Foreign Minister Karl"
            " Weber when the two meet in Geneva on Monday."
        ),
    ],
)
def test_when_the_two_meet_is_a_plan(text: str) -> None:
    """'... when the two meet on Monday': a meeting to come, on the coming Monday."""
    article = diplomeet.parse(text, published=_DAY)
    assert [(m.status, m.when.value if m.when else None) for m in article.meetings] == [
        ("planned", "1962-05-14")
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Dutch envoy Hans Dekker met President Milan Horvat in Ljubljana on Tuesday.",
            ("Milan Horvat",),
        ),
        (
            "Foreign Minister Milan Kovac received Ambassador Regina Holt in Prague on Tuesday.",
            ("Milan Kovac", "Regina Holt"),
        ),
    ],
)
def test_a_given_name_a_city_bears_too_opens_a_name_after_a_title(
    text: str, names: tuple[str, ...]
) -> None:
    """'President Milan Horvat', 'Ambassador Regina Holt': people, not the cities."""
    found = {n for people, _ in _meetings(text) for n in people}
    assert set(names) <= found, found
