"""
A participant told by his role in the story (see ``diplomeet._roles``).

A meeting word whose reading named one person may tell the other by an office of a country
("The President of Estonia will pay a state visit to Lisbon, where talks with A are planned":
the story's one president of Estonia) or as the host of a visit made for talks ("B made a
visit to Lisbon for talks": the one B met before, of Portugal, else the story's one person of
Portugal of B's rank).  Look-alikes name no one: an office nobody of the story holds, two
holders, a visit that is a trip, a visitor who meets nobody.  Articles of our own with
invented names.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet._roles import StoryRoles, place_country, rank
from diplomeet.records import Actor
from extraction_helpers import story_meetings_with_status

_DAY = date(2026, 5, 5)  # a Tuesday

_ESTONIA_LEDE = (
    "TALLINN, May 5 (Agency) - President of Estonia Oskar Vellan received the foreign ministers "
    "of Latvia and Lithuania at his office today to discuss the border crossings.\n\n"
    "President of Portugal Anton Mareck spoke by phone with Spanish Prime Minister Rosa Vidal "
    "last week about fishing quotas.\n\n"
)

_OFFICE_OF_A_COUNTRY = [
    pytest.param(
        "The President of Estonia will also pay a state visit to Lisbon on Thursday, where "
        "talks with Anton Mareck are planned.",
        ("Oskar Vellan", "Anton Mareck"),
        "planned",
        id="state-visit-where-talks",
    ),
    pytest.param(
        "The President of Estonia will pay an official visit to Lisbon on Thursday, where "
        "talks with Mareck are planned.",
        ("Oskar Vellan", "Anton Mareck"),
        "planned",
        id="surname-after-with",
    ),
]


@pytest.mark.parametrize(("sentence", "people", "status"), _OFFICE_OF_A_COUNTRY)
def test_an_office_of_a_country_is_its_one_holder(
    sentence: str, people: tuple[str, str], status: str
) -> None:
    """An office of a country ("the President of Estonia") is its one holder in the story."""
    found = story_meetings_with_status(_ESTONIA_LEDE + sentence, _DAY)
    assert any(set(p) == set(people) and s == status for p, _, _, s in found), found


_NO_HOLDER = [
    pytest.param(
        # no one of the story is Finland's president
        "The President of Finland will also pay a state visit to Lisbon on Thursday, where "
        "talks with Anton Mareck are planned.",
        id="office-nobody-holds",
    ),
    pytest.param(
        # the President of Estonia is told, but as the one met: no second person
        "The President of Estonia will also pay a state visit to Riga on Thursday, where "
        "talks with Oskar Vellan are planned.",
        id="the-holder-is-the-one-named",
    ),
]


@pytest.mark.parametrize("sentence", _NO_HOLDER)
def test_an_office_with_no_other_holder_names_no_one(sentence: str) -> None:
    """An office nobody else of its country holds names no one (not the last president)."""
    found = story_meetings_with_status(_ESTONIA_LEDE + sentence, _DAY)
    assert not any(
        "Oskar Vellan" in p and "Anton Mareck" in p and s == "planned" for p, _, _, s in found
    ), found


def test_two_holders_of_the_office_name_no_one() -> None:
    """An office two people of the country are told with names neither."""
    text = (
        _ESTONIA_LEDE
        + "Former President of Estonia Mart Kask, now an adviser, was also present.\n\n"
        + "The President of Latvia Laimdota Pumpure and President of Latvia-born Juris Ozols were "
        "also named.\n\n"
        + "The President of Latvia will also pay a state visit to Lisbon on Thursday, where "
        "talks with Anton Mareck are planned."
    )
    found = story_meetings_with_status(text, _DAY)
    assert not any("Juris Ozols" in p and "Anton Mareck" in p for p, _, _, _ in found), found


_SUMMIT = (
    "COPENHAGEN, Sept 6 (Agency) - Prime Minister Elin Haugvik and Danish Prime Minister "
    "Jesper Tornby spent Friday at a manor outside Copenhagen discussing North Sea cables.\n\n"
)

_VISIT_FOR_TALKS = [
    pytest.param(
        _SUMMIT + "It was the pair's eighth encounter since April last year, when Tornby made a "
        "visit to Oslo for talks on power links, the first such trip by a Danish leader in years.",
        ("Jesper Tornby", "Elin Haugvik"),
        "2025-04",
        id="host-met-before",
    ),
    pytest.param(
        "LIMA, March 3 (Agency) - Peruvian Foreign Minister Rosa Ccori said on Tuesday that "
        "the river dispute could be settled this year.\n\n"
        "Chilean Foreign Minister Pablo Rojas arrived on Monday on a two-day visit to Lima for "
        "talks on the river dispute.",
        ("Pablo Rojas", "Rosa Ccori"),
        None,
        id="host-of-the-visitors-rank",
    ),
]


@pytest.mark.parametrize(("text", "people", "when"), _VISIT_FOR_TALKS)
def test_a_visit_for_talks_is_a_meeting_with_the_host(
    text: str, people: tuple[str, str], when: str | None
) -> None:
    """A visit for talks with no host named meets the host the story tells."""
    found = story_meetings_with_status(text, date(2026, 9, 7) if "COPENHAGEN" in text else _DAY)
    assert any(set(p) == set(people) and (when is None or w == when) for p, w, _, _ in found), found


_NO_HOST = [
    pytest.param(
        # a trip: nothing tells talks
        "LIMA, March 3 (Agency) - Peruvian Foreign Minister Rosa Ccori said on Tuesday that "
        "the river dispute could be settled this year.\n\n"
        "Chilean Foreign Minister Pablo Rojas arrived on Monday on a two-day visit to Lima to "
        "open a trade fair.",
        id="visit-for-no-talks",
    ),
    pytest.param(
        # no one of Peru holds the visitor's rank: the host is not told
        "LIMA, March 3 (Agency) - Peruvian Interior Minister Rosa Ccori said on Tuesday that "
        "the river dispute could be settled this year.\n\n"
        "Chilean Foreign Minister Pablo Rojas arrived on Monday on a two-day visit to Lima for "
        "talks on the river dispute.",
        id="host-of-another-rank",
    ),
    pytest.param(
        # two of Peru hold the rank: which one receives him is not told
        "LIMA, March 3 (Agency) - Peruvian Foreign Minister Rosa Ccori and former Foreign "
        "Minister Luis Tupayachi of Peru spoke on Tuesday.\n\n"
        "Chilean Foreign Minister Pablo Rojas arrived on Monday on a two-day visit to Lima for "
        "talks on the river dispute.",
        id="two-of-the-rank",
    ),
]


@pytest.mark.parametrize("text", _NO_HOST)
def test_a_visit_with_no_one_host_names_no_host(text: str) -> None:
    """A trip, or a visit with no one host of the visitor's rank, names no host."""
    found = story_meetings_with_status(text, _DAY)
    assert not any("Pablo Rojas" in p and "Rosa Ccori" in p for p, _, _, _ in found), found


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Foreign Minister", "foreign minister"),
        ("Minister of Foreign Affairs", "foreign minister"),
        ("External affairs minister", "foreign minister"),
        ("Prime Minister", "leader"),
        ("President", "leader"),
        ("Vice President", None),
        ("Deputy Prime Minister", None),
        ("Interior Minister", None),
        (None, None),
    ],
)
def test_rank_of_a_title(title: str | None, expected: str | None) -> None:
    """The rank a visitor is received at, from his title."""
    assert rank(title) == expected


def test_place_country_reads_capitals_and_countries() -> None:
    """A capital or a country gives its code; a longer name its head's."""
    assert place_country("Lisbon") == "PT"
    assert place_country("Estonia") == "EE"
    assert place_country("Lisbon Airport") == "PT"
    assert place_country("Atlantis") is None


def test_story_roles_keeps_one_holder_per_office() -> None:
    """Only one holder of an office or a rank is a holder; a deputy holds no office."""
    roles = StoryRoles(
        [
            Actor(name="Oskar Vellan", title="President", country="EE"),
            Actor(name="Mart Kask", title="Vice President", country="EE"),
            Actor(name="Anna Tamm", title="Prime Minister", country="EE"),
        ]
    )
    assert roles.office_holder("EE", "president") == Actor(
        name="Oskar Vellan", title="President", country="EE"
    )
    assert roles.rank_holder("EE", "leader") is None  # a president and a prime minister
    assert roles.office_holder("PT", "president") is None


_BRUSSELS = (
    "European Council President Hedda Lorenz hosted Latvian Prime Minister Juris Ozols and "
    "Lithuanian President Rasa Kalnina for talks in Brussels on Tuesday.\n\n"
)

_GROUP_GOES_ON = [
    pytest.param(
        _BRUSSELS + "The two leaders were supposed to see US President Garrett Ambler in January, "
        "until Washington called the visit off.\n\nThe leaders will hold further talks in "
        "Tallinn in June.",
        ("Juris Ozols", "Rasa Kalnina"),
        "2026-06",
        id="the-leaders-after-their-partner",
    ),
    pytest.param(
        _BRUSSELS + "The two leaders had planned to meet Polish President Jan Nowak in February; "
        "the meeting was cancelled.\n\nThe leaders will meet again in Tallinn in June.",
        ("Juris Ozols", "Rasa Kalnina"),
        "2026-06",
        id="planned-to-meet-their-partner",
    ),
    pytest.param(
        "Latvian Prime Minister Juris Ozols and Lithuanian President Rasa Kalnina held talks in "
        "Riga on Tuesday.\n\nThe two leaders, whom Polish President Jan Nowak criticised on "
        "Monday, did not take questions.\n\nThe leaders will meet again in Tallinn in June.",
        ("Juris Ozols", "Rasa Kalnina"),
        "2026-06",
        id="a-third-told-in-the-groups-sentence",
    ),
]


@pytest.mark.parametrize(("text", "people", "when"), _GROUP_GOES_ON)
def test_a_group_goes_on_past_its_own_partner(
    text: str, people: tuple[str, str], when: str
) -> None:
    """The leaders after "the two leaders were supposed to see C" are still those two."""
    found = story_meetings_with_status(text, date(2026, 3, 26))
    assert any(set(p) == set(people) and w == when for p, w, _, _ in found), found
    assert not any(
        ("Garrett Ambler" in p or "Jan Nowak" in p) and w == when for p, w, _, _ in found
    ), found


def test_a_group_with_a_partner_told_on_his_own_is_the_new_pair() -> None:
    """A partner named in a sentence of his own may make a new pair: the resolver's stays."""
    text = (
        _BRUSSELS + "The two leaders spoke about energy.\n\nOn Wednesday Kalnina met US "
        "President Garrett Ambler in Washington.\n\nThe leaders will meet again in Riga in "
        "May."
    )
    found = story_meetings_with_status(text, date(2026, 3, 26))
    assert (("Rasa Kalnina", "Garrett Ambler"), "2026-05", "Riga", "planned") in found, found


def test_the_two_sides_of_a_dispute_with_no_meeting_meet_no_one() -> None:
    """The sides of a dispute told twice, a third party between, make no meeting."""
    text = (
        "Latvian Prime Minister Juris Ozols and Lithuanian President Rasa Kalnina have argued "
        "over the river border for a decade.\n\nThe two sides, backed by Polish President Jan "
        "Nowak in the past, have never settled the dispute.\n\nThe two sides accuse each other "
        "of overfishing."
    )
    assert story_meetings_with_status(text, date(2026, 3, 26)) == []
