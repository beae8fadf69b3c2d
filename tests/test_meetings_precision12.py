"""
Meetings the prose does not tell as held (the twelfth session's precision on real stories).

A possibility, a wish or a habit ("can always call or meet with A", "would welcome B",
"spends his evenings meeting with C", "during his frequent visits"), a plan denied in a list
("has no plans to either attend the forum or meet with D"), a negation written "hasn't", a
message of a tone ("delivered a blunt message to E"), a group no one names ("the lobbyists
who met with G": not the main clause's subject), an interview's host ("was asked by
host F") are no meetings; a plan told last in a long list, or a visit in the present after
"until", is planned, not held.  Every sentence is written for these tests; the people are
invented.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

TUESDAY = date(2026, 3, 10)


def _meetings(text: str) -> list[tuple[str, list[str]]]:
    art = diplomeet.parse(text, published=TUESDAY)
    return [(m.status, sorted(p.name for p in m.participants)) for m in art.meetings]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Pedro Almeida is a close adviser to Governor Ines Carvalho.\n\nAlmeida wrote that "
            "a donor said he was impressed that he can always call/meet with Carvalho on any "
            "issue.",
            id="can-always-call-meet",
        ),
        pytest.param(
            "Senator Oskar Hallberg of Ohio is touring the Midwest this week.\n\nGovernor Anna "
            "Lindqvist, facing a tough race, said she would welcome Hallberg.",
            id="would-welcome",
        ),
        pytest.param(
            "Colonel Dawit Mersha commands a rebel brigade. His deputy is Colonel Haile Gebre."
            "\n\nDuring his visits to the front, Mersha spends his time meeting with Gebre and "
            "teaching recruits.",
            id="spends-his-time-meeting",
        ),
        pytest.param(
            "Helga Brandt is visiting Spain. Luis Ortega leads the opposition.\n\nThe ministry "
            "said Brandt had no intention of touring the port or meeting Ortega.",
            id="no-intention-list",
        ),
        pytest.param(
            "Senator Dora Quill leads the committee.\n\nQuill said she hasn't met with Governor "
            "Amos Trent since the vote.",
            id="hasn't-met",
        ),
        pytest.param(
            "Senate leader Tom Harwick has grown tired of Gary Pellam's attacks.\n\nHarwick "
            'delivered a blunt message to Pellam: "Stop attacking your rivals."',
            id="blunt-message",
        ),
        pytest.param(
            "Prime Minister Ruth Okafor criticised President Jomo Kiptanui this week.\n\n"
            "Okafor delivered a stern message to Kiptanui over the border dispute.",
            id="stern-message",
        ),
        pytest.param(
            "Senator Lara Whitfield is running for governor.\n\nWhitfield was asked by host Ken "
            "Doral, who backs her rival, about the debates with Governor Ben Ashe.",
            id="asked-by-host",
        ),
        pytest.param(
            "Governor Ray Doyle faces an ethics inquiry. Senator Mia Lund attacked him on "
            'Monday.\n\nLund cited a newspaper report, which notes, "More than half the people '
            'outside government who met with Doyle while he was treasurer gave money."',
            id="people-who-met",
        ),
        pytest.param(
            "Governor Ray Doyle faces an ethics inquiry. Senator Mia Lund attacked him on "
            "Monday.\n\nLund named the lobbyists who met with Doyle last year.",
            id="lobbyists-who-met",
        ),
        pytest.param(
            "Senator Joel Pratt chairs the Senate panel on Asia.\n\nDuring his frequent visits "
            "to Kabul, Pratt met soldiers and aid workers.",
            id="frequent-visits",
        ),
        pytest.param(
            "Senator Joel Pratt chairs the Senate panel on Asia.\n\nPratt, who makes regular "
            "visits to Kabul, called for more aid.",
            id="regular-visits",
        ),
    ],
)
def test_no_meeting_is_told(text: str) -> None:
    """A possibility, a wish, a habit, a denial, a figure or an interview: no meeting."""
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "NAIROBI, Kenya (AP) _ Ambassador Lena Marsh flew to Nairobi on Tuesday to honour "
            "the victims of the bombing.\n\nShe was scheduled to lay a wreath at the memorial, "
            "tour the rebuilt consulate and speak with survivors of the attack and meet with "
            "President Samuel Otieno before flying home.",
            ["Lena Marsh", "Samuel Otieno"],
            id="last-of-a-long-list",
        ),
        pytest.param(
            "MOSCOW (AP) _ Russia said the United States must hold off at least until U.N. "
            "envoy Pilar Ortiz visits Tehran next week.",
            ["Iran", "Pilar Ortiz"],
            id="until-she-visits",
        ),
    ],
)
def test_a_plan_is_not_held(text: str, people: list[str]) -> None:
    """The last of a long list of plans, a visit after "until": planned."""
    assert _meetings(text) == [("planned", people)]


def test_an_envoys_message_is_still_a_meeting() -> None:
    """A message carried from one leader to another is still delivered in person."""
    text = (
        "The envoy Marcus Feld delivered a message from President Ilse Varga to Prime "
        "Minister Tomas Reyes on Monday."
    )
    assert _meetings(text) == [("held", ["Marcus Feld", "Tomas Reyes"])]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        pytest.param(
            "President Tom Vance hosted a party for lawmakers. His wife, Clara Vance, greeted "
            'guests.\n\n"It was a long night," Mrs. Vance\'s chief of staff said.\n\nThe party '
            "at the White House last week was Mr. Vance's first face-to-face encounter with "
            "Speaker Ron Platt since Mr. Platt took office.",
            ["Ron Platt", "Tom Vance"],
            id="mr-after-mrs",
        ),
        pytest.param(
            "Prime Minister Omar Haddad arrived with his wife, Leila Haddad, on Sunday. Mrs. "
            "Haddad visited a hospital.\n\nOn Monday, Mr. Haddad met with President Ana Ruiz in "
            "Madrid.",
            ["Ana Ruiz", "Omar Haddad"],
            id="mr-after-his-wife",
        ),
    ],
)
def test_mr_is_not_his_wife(text: str, people: list[str]) -> None:
    """The husband told before his wife: "Mr. A" after "Mrs. A" is not her."""
    assert [names for _, names in _meetings(text)] == [people]
