"""
Protocol-news leftovers of the development sample ``sample17b``, in our own sentences.

An airport welcome of a guest told only as "It" or "She" is no meeting of the greeters among
themselves, and an envoy's invitation to visit his capital is no meeting he hosts.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_PUBLISHED = date(2026, 3, 11)  # a Wednesday


def _people(text: str) -> list[frozenset[str]]:
    art = diplomeet.parse(text, published=_PUBLISHED)
    return [frozenset(p.name for p in m.participants) for m in art.meetings]


@pytest.mark.parametrize(
    "text",
    [
        (
            "NAIROBI, March 3 (Reuters) - The Ghanaian trade delegation arrived in Nairobi on "
            "Tuesday. It was greeted at the airport by Kenyan Trade Minister Joseph Mwangi, "
            "Deputy Minister Alice Wanjiru and senior officials."
        ),
        (
            "OTTAWA, June 2 - The Polish President arrived in Ottawa on Monday. She was "
            "welcomed at the airport by Foreign Minister Claire Dubois and Defence Minister "
            "Mark Tillman."
        ),
        (
            "DHAKA, Jan 9 (UNB) - A parliamentary delegation from Nepal reached Dhaka this "
            "morning. It was received at the airport by Deputy Speaker Rafiqul Karim and "
            "lawmaker Nasrin Akter."
        ),
    ],
)
def test_greeters_of_an_unnamed_guest_meet_no_one_among_themselves(text: str) -> None:
    """The hosts of a guest told as "It" or "She" only: no meeting among them."""
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            (
                "LIMA, May 5 - Peruvian Foreign Minister Rosa Quispe received Chile's ambassador "
                "Tomas Fuentes on Monday. The ambassador invited the minister to visit Santiago "
                "in September to attend a mining conference."
            ),
            frozenset({"Rosa Quispe", "Tomas Fuentes"}),
        ),
        (
            (
                "BERLIN, Oct 1 (dpa) - Saxony's state premier Jens Hartwig received the Indian "
                "ambassador Arvind Rao in Dresden on Tuesday. Rao invited Hartwig to visit New "
                "Delhi in the spring for a trade fair."
            ),
            frozenset({"Jens Hartwig", "Arvind Rao"}),
        ),
        (
            (
                "MANAMA: Northern Governor Sheikh Rashid Al-Khalifa received yesterday Korea's "
                "Ambassador to Bahrain Kim Sung-ho, who paid a courtesy call on him at the "
                "governorate's offices. The two sides discussed cooperation between the "
                "Northern Governorate and Korean cities, and the ambassador invited the "
                "governor to visit Seoul in the spring."
            ),
            frozenset({"Rashid Al-Khalifa", "Kim Sung-ho"}),
        ),
        (
            (
                "ACCRA, Feb 2 - Ghana's Interior Minister Ama Owusu met Spain's Ambassador "
                "Javier Molina Ruiz on Monday. Molina Ruiz invited Owusu to visit Madrid next "
                "year."
            ),
            frozenset({"Ama Owusu", "Javier Molina Ruiz"}),
        ),
    ],
)
def test_an_envoys_invitation_to_visit_his_capital_is_no_second_meeting(
    text: str, held: frozenset[str]
) -> None:
    """An envoy invites to his capital: the call held is the only meeting."""
    assert _people(text) == [held]


def test_a_leader_inviting_a_guest_to_visit_still_hosts_the_visit() -> None:
    """A leader invites a guest to his own country: he still hosts the visit."""
    text = (
        "ROME, April 9 - Italian Prime Minister Carlo Benedetti met German Chancellor Ute "
        "Kramer on Wednesday. Benedetti invited Kramer to visit Naples next month."
    )
    assert frozenset({"Carlo Benedetti", "Ute Kramer"}) in _people(text)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            (
                "BEIJING, June 3 (Xinhua) - President Li Wenhao met Pakistani Prime Minister "
                "Imran Qadir in Beijing on Tuesday.\n\nLi said the friendship between China and "
                "Pakistan, founded by Premier Zhou Enlai and President Ayub Khan, is a treasure "
                "of both peoples.\n\nLater, the two leaders witnessed the signing of several "
                "agreements."
            ),
            frozenset({"Li Wenhao", "Imran Qadir"}),
        ),
        (
            (
                "HAVANA, Oct 8 (PL) - President Mario Castellanos received Angolan Foreign "
                "Minister Teresa Lunda in Havana on Tuesday.\n\nCastellanos recalled the "
                "brotherhood built by President Joao Kambala and Commander Raul Fuentes, which "
                "he said remains alive.\n\nThe two leaders also discussed trade in oil."
            ),
            frozenset({"Mario Castellanos", "Teresa Lunda"}),
        ),
    ],
)
def test_founders_honoured_in_a_tribute_are_no_party_to_the_two_leaders(
    text: str, held: frozenset[str]
) -> None:
    """A tie's founders named in a tribute are not the leaders who met."""
    assert set(_people(text)) == {held}
