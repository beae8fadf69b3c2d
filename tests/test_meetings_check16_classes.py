"""Classes of meeting prose read wrong in a retired blind set, fixed by general rules."""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet._actors import mentions
from diplomeet._document import Document
from extraction_helpers import meeting_reads

_DAY = date(2026, 9, 15)

_RELEASE = (
    "{top}\n\nMedia release\n\nTrade Ministers Dialogue\n\n15 September 2026\n\n{body}\n\n"
    "We discussed trade and fisheries.\n"
)


def _release(body: str, top: str = "Senator the Hon Jane Doriel\nMinister for Trade") -> str:
    return _RELEASE.format(top=top, body=body)


@pytest.mark.parametrize(
    ("top", "body", "read"),
    [
        (
            "Senator the Hon Jane Doriel\nMinister for Trade",
            "I met Foreign Minister Tomas Velkar in Geneva on Monday.",
            (("Jane Doriel", "Tomas Velkar"), "Geneva", "2026-09-14"),
        ),
        (
            "The Hon Mark Tully MP\nMinister for Defence",
            "This morning I called on Prime Minister Aron Mistel.",
            (("Mark Tully", "Aron Mistel"), None, "2026-09-15"),
        ),
        (
            "Hon Rawiri Ngata\nMinister of Foreign Affairs",
            "Today I co-chaired the Pacific Dialogue with Foreign Minister Tomas Velkar.",
            (("Rawiri Ngata", "Tomas Velkar"), None, "2026-09-15"),
        ),
    ],
)
def test_a_media_releases_first_person_is_the_minister_over_it(
    top: str, body: str, read: tuple[tuple[str, ...], str | None, str]
) -> None:
    """'Senator the Hon A / Minister for X / Media release ... I met B': A met B."""
    assert read in meeting_reads(_release(body, top), _DAY)


def test_the_minister_named_under_the_release_line_counts_too() -> None:
    """'Joint media statement / The Hon A MP ... I met B': A met B."""
    text = (
        "Pacific talks\n\nJoint media statement\n\nThe Hon Mark Tully MP\nMinister for Defence"
        "\n\n15 September 2026\n\nToday I met Foreign Minister Tomas Velkar in Suva.\n\n"
        "We discussed fisheries.\n"
    )
    assert (("Mark Tully", "Tomas Velkar"), "Suva", "2026-09-15") in meeting_reads(text, _DAY)


@pytest.mark.parametrize(
    "text",
    [
        # a release with no honorific name over it: no one is its "I"
        (
            "Ministry of Trade\n\nMedia release\n\nTrade talks\n\nToday I met Foreign Minister "
            "Tomas Velkar in Suva.\n\nWe discussed fisheries.\n"
        ),
        # a story telling of a release in a sentence: no release's line
        (
            "Trade talks\n\nThe Hon Mark Tully said in a media release that he was pleased. "
            "Today I met Foreign Minister Tomas Velkar in Suva, a reader wrote.\n\nMore follows.\n"
        ),
    ],
)
def test_no_release_line_or_no_honorific_name_gives_no_maker(text: str) -> None:
    """The release's minister is read only from a release line and a styled name."""
    assert all(len(people) != 2 for people, _, _ in meeting_reads(text, _DAY))


@pytest.mark.parametrize(
    ("body", "read"),
    [
        (
            "Foreign Minister Tomas Velkar and I last met in Geneva in February.",
            (("Tomas Velkar", "Jane Doriel"), "Geneva", "2026-02"),
        ),
        (
            "Foreign Minister Tomas Velkar and I will meet again in Geneva in December.",
            (("Tomas Velkar", "Jane Doriel"), "Geneva", "2026-12"),
        ),
    ],
)
def test_a_person_and_i_met(body: str, read: tuple[tuple[str, ...], str | None, str]) -> None:
    """'A and I last met in X': the release's minister and A."""
    assert read in meeting_reads(_release(body), _DAY)


def test_we_after_a_meeting_of_the_maker_are_the_two_of_it() -> None:
    """'A and I last met in May, and we spoke by phone on 3 September': a call of the two."""
    body = (
        "Foreign Minister Tomas Velkar and I last met in Geneva in February, and we spoke by "
        "phone on 3 September."
    )
    reads = meeting_reads(_release(body), _DAY)
    assert (("Tomas Velkar", "Jane Doriel"), None, "2026-09-03") in reads


def test_we_after_a_meeting_of_others_is_no_one_met() -> None:
    """'A met B in May, and we spoke by phone': the maker did not meet A and B's "we"."""
    body = (
        "Foreign Minister Tomas Velkar met President Aron Mistel in Geneva in February, and "
        "we spoke by phone on 3 September."
    )
    reads = meeting_reads(_release(body), _DAY)
    assert [r for r in reads if r[2] == "2026-09-03"] == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            (
                "The minister met Fiji's Minister for Foreign Affairs, His Excellency Tomas "
                "Velkar, in Suva."
            ),
            "Tomas Velkar",
            "Minister for Foreign Affairs",
        ),
        (
            "She met the Minister of Trade, Her Excellency Dr. Tamsin Orr, on Monday.",
            "Tamsin Orr",
            "Minister of Trade",
        ),
    ],
)
def test_an_office_then_his_excellency_and_a_name_is_one_person(
    text: str, name: str, title: str
) -> None:
    """'the Minister of X, His Excellency A B': A B holds the office."""
    people = [m.actor for m in mentions(Document(text=text)) if m.actor.kind == "person"]
    assert [(a.name, a.title) for a in people] == [(name, title)]


_STORY = (
    "Trade talks\n\nSUVA, 15 September 2026\n\nTrade Minister Jane Doriel arrived in Suva on "
    "Sunday.\n\n{body}\n\nThey discussed trade and fisheries.\n"
)


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        (
            (
                "This afternoon Doriel called on Prime Minister Aron Mistel at the palace, and "
                "tomorrow she will call on President Lucas Varr before returning home."
            ),
            "2026-09-15",
            "2026-09-16",
        ),
        (
            (
                "On Monday Doriel met Prime Minister Aron Mistel, and on Wednesday she will meet "
                "President Lucas Varr."
            ),
            "2026-09-14",
            "2026-09-16",
        ),
    ],
)
def test_a_second_clause_opening_with_its_own_day_keeps_it(
    body: str, first: str, second: str
) -> None:
    """'called on A this afternoon, and tomorrow she will call on B': each its own day."""
    reads = meeting_reads(_STORY.format(body=body), _DAY)
    assert (("Jane Doriel", "Aron Mistel"), "Suva", first) in reads
    assert (("Jane Doriel", "Lucas Varr"), "Suva", second) in reads


def test_a_day_after_the_last_person_met_is_still_the_meetings() -> None:
    """'met A and B on Monday': no second clause, Monday is the meeting's."""
    body = "Doriel met Prime Minister Aron Mistel and President Lucas Varr on Monday."
    reads = meeting_reads(_STORY.format(body=body), _DAY)
    assert {r[2] for r in reads if "Jane Doriel" in r[0]} == {"2026-09-14"}


def _pronoun_people(text: str) -> list[tuple[str, str]]:
    return [
        (text[m.start : m.end], m.actor.name)
        for m in mentions(Document(text=text))
        if m.form == "pronoun"
    ]


def test_his_between_two_people_tells_neither_ones_gender() -> None:
    """'A saw President B at his office. ... She said': "she" may still be A."""
    text = (
        "Envoy Martha Quill saw President Tesfay Olmar at his office. The foreign minister, "
        "Dawit Hagos, sat in on the meeting.\n\n"
        '"We will hold them to that," Quill told reporters afterward. She said she would fly '
        "to Nairobi tomorrow."
    )
    assert ("She", "Martha Quill") in _pronoun_people(text)


def test_his_of_the_one_person_of_its_sentence_still_tells_his_gender() -> None:
    """'A visited his old school. She said': "his" tells A is a man, "she" is not A."""
    text = "Minister Dawit Hagos visited his old school on Monday. She said it had changed."
    assert ("his", "Dawit Hagos") in _pronoun_people(text)
    assert ("She", "Dawit Hagos") not in _pronoun_people(text)


def test_a_planned_trip_of_she_is_the_envoy_told_of_before() -> None:
    """'A saw B at his office ... She said she would fly to X to see C': A and C."""
    text = (
        "Talks in the capital\n\nASMARA, June 6, 1998\n\nEnvoy Martha Quill saw President "
        "Tesfay Olmar at his office. The foreign minister, Dawit Hagos, sat in on the meeting."
        '\n\n"We will hold them to that," Quill told reporters afterward. She said she would '
        "fly to Nairobi tomorrow to see Prime Minister Joseph Kamau.\n\nMore follows.\n"
    )
    people = [r[0] for r in meeting_reads(text, date(1998, 6, 6))]
    assert ("Martha Quill", "Joseph Kamau") in people
    assert ("Dawit Hagos", "Joseph Kamau") not in people


def _groups(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (text[m.start : m.end], tuple(a.name for a in m.members))
        for m in mentions(Document(text=text))
        if m.form == "group"
    ]


_PRESIDENTS = (
    "President Tom Banda and President Joe Ferreira discussed the incident in a telephone "
    "call last week.\n\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "The governors of the two border provinces are expected to meet next week.",
        "The mayors of the two border towns will meet in May.",
    ],
)
def test_the_governors_are_no_presidents_named_before(after: str) -> None:
    """'the governors' (or mayors) after two presidents: holders of that office, not them."""
    assert _groups(_PRESIDENTS + after) == []


def test_the_governors_are_the_two_governors_named_before() -> None:
    """'Governor A and Governor B met. The governors agreed': A and B."""
    text = (
        "Governor Ann Lee of Alba and Governor Bo Kim of Cora met on Monday. The governors "
        "agreed to meet again."
    )
    assert ("The governors", ("Ann Lee", "Bo Kim")) in _groups(text)


def test_a_governors_meeting_after_a_presidents_call_is_no_meeting_of_theirs() -> None:
    """'The governors of X and Y are expected to meet next week': no presidents' meeting."""
    text = (
        "Border deal\n\nHARARE, Feb 3 2026\n\n"
        + _PRESIDENTS
        + "The governors of Northfield and Southmoor provinces are expected to meet in "
        "Chimoio next week.\n\nMore follows.\n"
    )
    assert [r for r in meeting_reads(text, date(2026, 2, 3)) if r[2] == "2026-W07"] == []


_INCIDENT = (
    "Helicopter incident\n\nHELSINKI, Aug 20 2026\n\nThe ministry protested.\n\n{body}\n\nMore.\n"
)


@pytest.mark.parametrize(
    "body",
    [
        (
            "State Secretary Mikko Laine handed Ambassador Pavel Orlov a note demanding an "
            "explanation on Wednesday."
        ),
        (
            "State Secretary Mikko Laine handed Ambassador Pavel Orlov a note protesting the "
            "incursion when the envoy was summoned to the ministry on Wednesday afternoon."
        ),
        (
            "State Secretary Mikko Laine on Wednesday handed Ambassador Pavel Orlov a note "
            "seeking clarification of the flight."
        ),
    ],
)
def test_a_note_handed_with_its_demand_is_a_summons(body: str) -> None:
    """'A handed Ambassador B a note demanding an explanation': A and B met."""
    reads = meeting_reads(_INCIDENT.format(body=body), date(2026, 8, 20))
    assert [(r[0], r[2]) for r in reads] == [(("Mikko Laine", "Pavel Orlov"), "2026-08-19")]


def test_a_note_listing_facts_is_no_summons() -> None:
    """'handed B a note listing the dates': no protest told, no meeting."""
    body = "State Secretary Mikko Laine handed Ambassador Pavel Orlov a note listing the dates."
    assert meeting_reads(_INCIDENT.format(body=body), date(2026, 8, 20)) == []


_FAMILY = (
    "Gulf talks\n\nKUWAIT: Foreign Minister Sheikh Nawaf Al-Sabah held talks with his Iraqi "
    "counterpart Dr Hamid Al-Obaidi at Bayan Palace yesterday.\n\n{body}\n\nMore.\n"
)


@pytest.mark.parametrize(
    "body",
    [
        (
            "Later, His Highness the Crown Prince Sheikh Ahmad Fahad Al-Sabah received the Iraqi "
            "minister at Bayan Palace."
        ),
        (
            "Later, Crown Prince Sheikh Ahmad Fahad Al-Sabah received the Iraqi minister and the "
            "accompanying delegation."
        ),
    ],
)
def test_a_second_member_of_a_ruling_family_meets_apart(body: str) -> None:
    """Two Al-Sabahs of different given names met the guest: two meetings."""
    people = {r[0] for r in meeting_reads(_FAMILY.format(body=body), date(2026, 10, 20))}
    assert ("Nawaf Al-Sabah", "Hamid Al-Obaidi") in people
    assert ("Ahmad Fahad Al-Sabah", "Hamid Al-Obaidi") in people


def test_the_same_member_of_the_family_told_again_is_one_meeting() -> None:
    """'Sheikh Nawaf Al-Sabah hosted Al-Obaidi': the talks told before, one meeting."""
    body = "Earlier, Sheikh Nawaf Al-Sabah hosted Al-Obaidi at Bayan Palace."
    reads = meeting_reads(_FAMILY.format(body=body), date(2026, 10, 20))
    assert [r[0] for r in reads] == [("Nawaf Al-Sabah", "Hamid Al-Obaidi")]
