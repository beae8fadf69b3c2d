"""Meeting classes read from the development set check14, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import MeetingRow, story_meetings

_DAY = date(2026, 11, 5)  # a Thursday


def _meetings(text: str) -> list[MeetingRow]:
    return story_meetings(text, _DAY)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Foreign Minister Ana Duarte held talks in Maputo on Wednesday with her Malawian "
                "counterpart, Foreign Minister Chikondi Banda. Banda will call on President Tomas "
                "Mucavele this afternoon before flying home.\n\nThe two Presidents are due to meet "
                "at the SADC summit in August."
            ),
            [("Ana Duarte", "Chikondi Banda"), ("Chikondi Banda", "Tomas Mucavele")],
        ),
        (
            (
                "Uzbekistan's Foreign Minister Rustam Karimov held talks today with Tajik Foreign "
                "Minister Davron Nazarov. Deputy Prime Minister Aziz Sobirov took part in the "
                "talks.\n\nNazarov will also be received by Prime Minister Bekzod Tursunov "
                "tomorrow.\n\nThe Presidents of the two countries are expected to meet in "
                "Samarkand on December 2."
            ),
            [("Rustam Karimov", "Davron Nazarov"), ("Davron Nazarov", "Bekzod Tursunov")],
        ),
        (
            (
                "Estonia's Prime Minister Kadri Tamm met Latvian Foreign Minister Janis Ozols in "
                "Tallinn on Tuesday. Ozols later met Economy Minister Peeter Saar.\n\nThe two "
                "prime ministers will meet again in Riga in January."
            ),
            [("Kadri Tamm", "Janis Ozols"), ("Janis Ozols", "Peeter Saar")],
        ),
    ],
)
def test_a_group_named_by_an_office_nobody_named_holds_is_no_meeting(
    text: str, people: list[tuple[str, ...]]
) -> None:
    """
    "The two Presidents are due to meet": not the last two named when they are no presidents.

    A group named by an office ("the two presidents", "the Presidents of the two countries",
    "the two prime ministers") whose people the text never names (those named last hold
    other offices, and no meeting told is of such office holders) makes no meeting of
    the people named.
    """
    assert [m[0] for m in _meetings(text)] == people


def test_a_group_named_by_an_office_keeps_the_pair_that_holds_it() -> None:
    """The presidents of a call told before are "the two presidents" who "will meet again"."""
    text = (
        "President Ruth Kagame of Rwanda spoke by telephone on Monday with President Didier "
        "Ndayishimiye of Burundi. Foreign Minister Alain Mugabo later met Burundi's envoy, "
        "Ambassador Leonce Ngendakumana.\n\nThe two presidents will meet in Kigali in December."
    )
    met = _meetings(text)
    assert (("Ruth Kagame", "Didier Ndayishimiye"), "2026-12", "Kigali") in met


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Presidents Ilham Rasulov of Uzbekistan and Sadyr Temirov of Kyrgyzstan spoke by "
                "telephone Monday for the first time since the clashes began, officials said."
            ),
            ("Ilham Rasulov", "Sadyr Temirov"),
        ),
        (
            (
                "Prime Ministers Ana Costa of Portugal and Luis Ortega of Spain met in Lisbon on "
                "Monday."
            ),
            ("Ana Costa", "Luis Ortega"),
        ),
        (
            (
                "Presidents Grace Mutale of Zambia and Peter Chirwa of Malawi held talks at the "
                "border town of Chipata on Monday."
            ),
            ("Grace Mutale", "Peter Chirwa"),
        ),
    ],
)
def test_a_plural_office_before_two_names_each_with_a_country(
    text: str, people: tuple[str, ...]
) -> None:
    """In "Presidents A of Peru and B of Ecuador spoke by telephone" both hold the office."""
    assert [m[0] for m in _meetings(text)] == [people]


_LEDE_MET = (
    "Foreign Minister Ana Costa met Spanish Foreign Minister Luis Ortega in Lisbon on Monday."
)


@pytest.mark.parametrize(
    "appeal",
    [
        'In Brussels, EU spokesman Peter Varga called on both sides to "show restraint."',
        "UN envoy Hans Lindqvist called on the two ministers to \u201ckeep talking\u201d.",
        'AU chairman Kofi Adjei called on both leaders to "respect the ceasefire".',
    ],
)
def test_called_on_people_to_do_a_quoted_thing_is_an_appeal(appeal: str) -> None:
    """To be 'called on to "show restraint"' is a demand, no call on the two sides."""
    assert [m[0] for m in _meetings(f"{_LEDE_MET}\n\n{appeal}")] == [("Ana Costa", "Luis Ortega")]


@pytest.mark.parametrize(
    ("plan", "setting"),
    [
        (
            (
                "The two ministers will meet again on the sidelines of the Pacific Islands Forum "
                "Foreign Ministers Meeting in Apia in August, officials said."
            ),
            "Apia",
        ),
        (
            (
                "The two ministers will meet again on the sidelines of the EU Foreign Ministers "
                "Meeting in Brussels in December."
            ),
            "Brussels",
        ),
        (
            (
                "The two ministers will hold talks again on the fringes of the Commonwealth "
                "Foreign Ministers Meeting in Nairobi in March."
            ),
            "Nairobi",
        ),
    ],
)
def test_a_gatherings_name_ending_in_meeting_is_the_setting(plan: str, setting: str) -> None:
    """To "meet on the sidelines of the X Foreign Ministers Meeting" is one planned meeting."""
    met = _meetings(f"{_LEDE_MET}\n\n{plan}")
    assert [m[2] for m in met] == ["Lisbon", setting]


_LEDE_TALKS = (
    "Foreign Minister Ana Costa held talks with Spanish Foreign Minister Luis Ortega in Lisbon "
    "yesterday."
)


@pytest.mark.parametrize(
    ("call", "when"),
    [
        (
            (
                "The two ministers first discussed the shooting on the telephone on March 1, two "
                "days after the incident, when they agreed to meet."
            ),
            "2026-03-01",
        ),
        ("The two ministers discussed the seizure on the phone on Saturday.", "2026-10-31"),
        (
            "The two ministers had discussed the arrests on the telephone on October 29.",
            "2026-10-29",
        ),
    ],
)
def test_the_day_after_on_the_telephone_dates_the_call(call: str, when: str) -> None:
    """A call that "discussed the shooting on the telephone on March 1" is dated March 1."""
    met = _meetings(f"{_LEDE_TALKS}\n\n{call}")
    assert (("Ana Costa", "Luis Ortega"), when, None) in met


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Sri Lanka and India agreed yesterday to revive the working group.\n\nForeign "
                "Minister Ranjith Perera and Indian External Affairs Minister Arvind Rao discussed "
                "the issue at the Foreign Ministry in Colombo on Tuesday."
            ),
            "Colombo",
        ),
        (
            (
                "Kenya and Somalia agreed on Friday to reopen the border.\n\nForeign Minister "
                "Grace Wanjiru and Somali Foreign Minister Ahmed Nur discussed the attack at "
                "State House in Nairobi on Thursday."
            ),
            "Nairobi",
        ),
        (
            (
                "Peru and Chile pledged on Monday to cooperate.\n\nForeign Minister Rosa "
                "Quispe and Chilean Foreign Minister Mateo Rojas discussed the seizure at the "
                "Torre Tagle Palace in Lima on Sunday."
            ),
            "Lima",
        ),
    ],
)
def test_a_building_and_its_city_after_the_topic_place_the_discussion(
    text: str, place: str
) -> None:
    """People who "discussed the issue at the Foreign Ministry in Colombo" met in Colombo."""
    assert [m[2] for m in _meetings(text)] == [place]


def test_a_topics_own_place_does_not_place_the_discussion() -> None:
    """People who "discussed the situation in Gaza" did not meet in Gaza."""
    text = (
        "Peru and Chile pledged on Monday to cooperate.\n\nForeign Minister Rosa Quispe and "
        "Chilean Foreign Minister Mateo Rojas discussed the situation in Gaza on Sunday."
    )
    assert [m[2] for m in _meetings(text)] == [None]
