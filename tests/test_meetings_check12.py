"""Meeting classes read from the development set check12, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 11, 5)  # a Thursday


def _meetings(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    article = diplomeet.parse(f"Headline of the story\n\n{text}\n\nMore follows.", published=_DAY)
    return [
        (tuple(p.name for p in m.participants), m.when.value if m.when else None)
        for m in article.meetings
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "US envoy Mara Quist spoke by telephone to the Indian Prime Minister, Arun Mehra, "
                "and to his Pakistani counterpart, Imran Sadiq, on Tuesday."
            ),
            [
                (("Mara Quist", "Arun Mehra"), "2026-11-03"),
                (("Mara Quist", "Imran Sadiq"), "2026-11-03"),
            ],
        ),
        (
            (
                "Mediator Lena Vik spoke by phone with President Omar Bashiri and with opposition "
                "leader Kofi Mensah on Sunday."
            ),
            [
                (("Lena Vik", "Omar Bashiri"), "2026-11-01"),
                (("Lena Vik", "Kofi Mensah"), "2026-11-01"),
            ],
        ),
        (
            (
                "The truce was brokered by Tomas Greer, the US envoy, who spoke by telephone to "
                "the Greek Prime Minister, Nikos Varelas, and to his Turkish counterpart, "
                "Emre Koral, several times on Tuesday night."
            ),
            [
                (("Tomas Greer", "Nikos Varelas"), "2026-11-03"),
                (("Tomas Greer", "Emre Koral"), "2026-11-03"),
            ],
        ),
    ],
)
def test_calls_to_each_of_two_leaders_are_two_meetings(
    text: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    """'spoke by telephone to A, and to B': a call to each, also 'several times on <day>'."""
    assert _meetings(text) == expected


def test_calls_several_times_over_weeks_are_no_meeting() -> None:
    """'has telephoned B several times since ...': a habit, no dated call."""
    text = "President Ana Ruiz has telephoned Chancellor Otto Brenn several times since May."
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Foreign Minister Kari Lund and her Danish counterpart, Mads Holm, reached the "
                "agreement during a virtual meeting on Tuesday, the ministry said."
            ),
            (("Kari Lund", "Mads Holm"), "2026-11-03"),
        ),
        (
            (
                "Prime Minister Tuilagi Fa'amoe and his Tongan counterpart Sione Lavaka settled "
                "the dispute during a phone call on Sunday."
            ),
            (("Tuilagi Fa'amoe", "Sione Lavaka"), "2026-11-01"),
        ),
    ],
)
def test_two_subjects_agreeing_during_a_meeting_meet(
    text: str, expected: tuple[tuple[str, ...], str]
) -> None:
    """'A and B reached the agreement during a virtual meeting': no comma needed."""
    assert _meetings(text) == [expected]


def test_those_present_during_talks_do_not_meet() -> None:
    """'A and B were also present during the talks': members of the delegations."""
    text = "Foreign Secretary Ravi Kumar and Ambassador Jo Lin were also present during the talks."
    assert _meetings(text) == []


def _places(text: str, published: date) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    article = diplomeet.parse(
        f"Headline of the story\n\n{text}\n\nMore follows.", published=published
    )
    return [
        (
            tuple(p.name for p in m.participants),
            m.place.name if m.place else None,
            m.when.value if m.when else None,
        )
        for m in article.meetings
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "AMMAN, June 15 - Foreign Minister Omar Haddad held talks on Monday with Egyptian "
                "Foreign Minister Sami Fawzi, who arrived in the Kingdom on Sunday for a visit."
            ),
            "Amman",
        ),
        (
            (
                "VADUZ, June 15 - Prime Minister Karl Brenner received Swiss President Anna "
                "Keller, who arrived in the Principality on Monday."
            ),
            "Vaduz",
        ),
        (
            (
                "Foreign Minister Omar Haddad held talks on Monday with Egyptian Foreign Minister "
                "Sami Fawzi, who arrived in the Sultanate on Sunday on a two-day visit."
            ),
            None,
        ),
    ],
)
def test_a_state_named_by_its_style_is_no_meeting_place(text: str, place: str | None) -> None:
    """'arrived in the Kingdom': the host state by its style; the dateline's city, or none."""
    assert [p for _, p, _ in _places(text, date(2026, 6, 16))] == [place]


@pytest.mark.parametrize(
    "text",
    [
        (
            "On Monday, President Ana Ruiz received a phone call from Chancellor Otto Brenn, in "
            "which they discussed the EU summit, to be held in Brussels on June 26."
        ),
        (
            "Earlier on Monday, Foreign Minister Jo Lund received a call from Foreign Minister "
            "Ivo Brandt, in which they reviewed the council due to open in Riga on June 28."
        ),
    ],
)
def test_another_gatherings_date_does_not_date_the_call(text: str) -> None:
    """'..., in which they discussed the summit, to be held on June 26': the call's day."""
    assert [w for _, _, w in _places(text, date(2026, 6, 16))] == ["2026-06-15"]


def test_the_day_said_after_talks_does_not_date_them() -> None:
    """'X said Thursday after talks with Y': the talks are the Wednesday told later."""
    text = (
        "OSLO, MAY 7 - Norway and Denmark will set up a hotline, Foreign Minister Jo Lund "
        "said Thursday after talks with his Danish counterpart Mads Holm.\n\nThe two "
        "ministers met at the foreign ministry for two hours on Wednesday evening."
    )
    assert _places(text, date(2026, 5, 7)) == [(("Jo Lund", "Mads Holm"), "Oslo", "2026-05-06")]


def test_a_sea_is_no_meeting_place() -> None:
    """'the seizure of a trawler in the Adriatic': no one met in the sea."""
    text = (
        "Italy and Croatia will set up a hotline after the seizure of a trawler in the "
        "Adriatic, Foreign Minister Vito Conti said on Thursday after talks with his "
        "Croatian counterpart Ivana Horvat."
    )
    assert [p for _, p, _ in _places(text, date(2026, 5, 7))] == [None]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Foreign Minister Kari Lund met her Estonian counterpart Jaan Tamm in Helsinki on "
                "Wednesday.\n\nThe ministers discussed the suspected violation of Finnish airspace "
                "by a Russian helicopter off Porvoo on Friday 9 October."
            ),
            ["2026-10-14"],
        ),
        (
            (
                "Foreign Minister Ana Lui met her Honduran counterpart, Jose Vega, in Lima on "
                "Tuesday.\n\nThe two ministers first discussed the detention by telephone last "
                "Thursday."
            ),
            ["2026-10-13", "2026-10-08"],
        ),
    ],
)
def test_the_date_of_an_incident_discussed_is_not_the_talks(text: str, when: list[str]) -> None:
    """'discussed the violation ... on Friday 9 October': the violation's day, not a meeting's."""
    assert [w for _, _, w in _places(text, date(2026, 10, 14))] == when


def test_a_dateline_after_the_agencys_credit_is_the_dispatchs() -> None:
    """'(NTB) - OSLO, MAY 7 - ': the dateline's day is the dispatch's, not the talks'."""
    text = (
        "Wire.no - English - News - Politics\n\nNorway, Denmark to set up a hotline after "
        "trawler seizure\n\n07 May 2026, 16:31\n\n(NTB) - OSLO, MAY 7 - Norway and Denmark "
        "will set up a hotline, Foreign Minister Jo Lund said Thursday after talks with his "
        "Danish counterpart Mads Holm.\n\nThe two ministers met at the foreign ministry for "
        "two hours on Wednesday evening.\n"
    )
    article = diplomeet.parse(text, published=date(2026, 5, 7))
    assert [m.when.value if m.when else None for m in article.meetings] == ["2026-05-06"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "The Ethiopian and Eritrean teams held a second round of talks in Algiers on "
                "Monday, and Foreign Minister Haile Tesfaye, who led the Ethiopian team, called "
                "them useful. The Eritrean side was headed by Foreign Minister Osman Idris."
            ),
            ("Haile Tesfaye", "Osman Idris"),
        ),
        (
            (
                "The Syrian and Lebanese delegations met in Damascus on Monday, Foreign Minister "
                "Omar Halabi, who heads the Syrian delegation, told reporters. The Lebanese "
                "delegation was led by Foreign Minister Karim Saad."
            ),
            ("Omar Halabi", "Karim Saad"),
        ),
    ],
)
def test_two_delegations_meet_through_their_heads(text: str, people: tuple[str, ...]) -> None:
    """'The X and Y delegations held talks ... A, who heads the X team ... led by B': A and B."""
    assert [p for p, _ in _meetings(text)] == [people]


def test_delegations_with_one_head_named_make_no_meeting() -> None:
    """One head named: the other side's is unknown, no record."""
    text = (
        "The Syrian and Lebanese delegations met in Damascus on Monday, Foreign Minister "
        "Omar Halabi told reporters."
    )
    assert _meetings(text) == []
