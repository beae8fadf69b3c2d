"""
A participant told away from the meeting word by his part in the story's cast (see ``_roles``).

The story tells its guest by a verb ("A received B", "B was received by A", "B, who is on a
visit to Malta"); "the guest", "the visitor", "the visiting minister" are that guest later,
whatever place was told last, and an object pronoun the resolver gave its own clause's
subject ("A, who briefed her") is the other person of the sentence.  "his host", said of
one who received the story's guest, is that guest (a return visit).  "Both ministers" after
a deputy minister was named are the pair of ministers told before.  Look-alikes: a pronoun
of another gender after a guest, "the visiting minister" when the guest is a president, a
conflict's "two sides".  Articles of our own with invented names.
"""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import story_meetings_with_status

_DAY = date(2026, 5, 5)  # a Tuesday

# The guest received in the lede; the place told last before the role is the guest's own
# country ("in Santiago"), which the resolver took for the host's.
_RECEIVED_LEDE = (
    "VALLETTA, May 4 (Agency) - Foreign Minister Karl Mizzi received his Chilean "
    "counterpart, Ana Rojas, at the ministry on Monday.\n\n"
    "Their next round of talks is due in Santiago in October, Mizzi told reporters.\n\n"
)
# The guest told by her visit, the host named after her.
_VISITING_LEDE = (
    "VALLETTA, May 4 (Agency) - Chilean Foreign Minister Ana Rojas, who is on a three-day "
    "official visit to Malta, held talks with Foreign Minister Karl Mizzi on Monday.\n\n"
    "Mizzi said Malta would open an embassy in Santiago next year.\n\n"
)

_GUEST_TOLD_BY_ROLE = [
    pytest.param(
        _RECEIVED_LEDE + "Later on Monday the guest was received by Prime Minister Paul Borg.",
        ("Ana Rojas", "Paul Borg"),
        "held",
        id="the-guest-was-received-by",
    ),
    pytest.param(
        _RECEIVED_LEDE + "In the afternoon the visitor met Prime Minister Paul Borg at Castille.",
        ("Ana Rojas", "Paul Borg"),
        "held",
        id="the-visitor-met",
    ),
    pytest.param(
        _RECEIVED_LEDE
        + "In the afternoon the visiting minister met Prime Minister Paul Borg at Castille.",
        ("Ana Rojas", "Paul Borg"),
        "held",
        id="the-visiting-minister-met",
    ),
    pytest.param(
        _VISITING_LEDE + "In the afternoon the visitor called on Prime Minister Paul Borg.",
        ("Ana Rojas", "Paul Borg"),
        "held",
        id="who-is-on-a-visit",
    ),
    pytest.param(
        _RECEIVED_LEDE
        + "Later on Monday the guest was received by Prime Minister Paul Borg, who briefed her "
        "on the new port.\n\nOn Wednesday she is due to call on the Speaker, Anna "
        "Farrugia.",
        ("Ana Rojas", "Anna Farrugia"),
        "planned",
        id="she-after-who-briefed-her",
    ),
]


@pytest.mark.parametrize(("story", "people", "status"), _GUEST_TOLD_BY_ROLE)
def test_a_guest_told_by_her_role_is_the_one_received(
    story: str, people: tuple[str, str], status: str
) -> None:
    """The roles "the guest", "the visitor", "the visiting minister" are the story's guest."""
    found = story_meetings_with_status(story, _DAY)
    assert any(set(p) == set(people) and s == status for p, _, _, s in found), found
    # (never the host who received her)
    assert not any(set(p) == {"Karl Mizzi", people[1]} for p, _, _, _ in found), found


def test_a_pronoun_of_another_gender_is_not_the_guest() -> None:
    """A "he" after the guest was received is not the guest: she meets no one more."""
    found = story_meetings_with_status(
        _RECEIVED_LEDE + "Later on Monday the guest was received by Prime Minister Paul Borg. "
        "He later met the Speaker, Anna Farrugia.",
        _DAY,
    )
    assert any(set(p) == {"Ana Rojas", "Paul Borg"} for p, _, _, _ in found), found
    assert not any("Ana Rojas" in p and "Anna Farrugia" in p for p, _, _, _ in found), found


def test_a_visiting_minister_is_not_a_guest_who_is_a_president() -> None:
    """The role "the visiting minister" is not a president who came on a state visit."""
    found = story_meetings_with_status(
        "VALLETTA, May 4 (Agency) - President George Vella received Chilean President Ana "
        "Rojas, who was accompanied by Trade Minister Luis Soto, at the palace on Monday.\n\n"
        "Their next meeting is due in Santiago in October, Vella said.\n\n"
        "Later on Monday the guest was received by Prime Minister Paul Borg.\n\n"
        "In the afternoon the visiting minister met Economy Minister Clyde Caruana.",
        _DAY,
    )
    assert any(set(p) == {"Ana Rojas", "Paul Borg"} for p, _, _, _ in found), found
    assert not any("Ana Rojas" in p and "Clyde Caruana" in p for p, _, _, _ in found), found


def test_the_two_sides_of_a_conflict_are_not_the_guest_and_her_host() -> None:
    """A conflict's "two sides" told after a visit name no meeting of the visit's people."""
    found = story_meetings_with_status(
        _RECEIVED_LEDE + "Later on Monday the guest was received by Prime Minister Paul Borg. "
        "The two sides in the Venezuelan conflict have not met since March, Borg said.",
        _DAY,
    )
    assert any(set(p) == {"Ana Rojas", "Paul Borg"} for p, _, _, _ in found), found
    assert not any(w == "2026-03" for _, w, _, _ in found), found


@pytest.mark.parametrize(
    "visit",
    [
        pytest.param(
            "Blaise is to pay a return visit to Oranjestad in September and hold talks with "
            "his host there.",
            id="return-visit-and-talks-with-his-host",
        ),
        pytest.param(
            "Blaise will pay a return visit to Oranjestad in September, when he is to hold "
            "talks with his host.",
            id="return-visit-when-talks-with-his-host",
        ),
    ],
)
def test_his_host_on_a_return_visit_is_the_guest_he_received(visit: str) -> None:
    """The host ("his host") of one who received the story's guest is that guest."""
    found = story_meetings_with_status(
        "CASTRIES, May 4 (Agency) - Prime Minister Tom Blaise welcomed to Castries on Monday "
        "a delegation from Aruba led by its Governor, Lena Croes.\n\n"
        "Croes also called on the Governor-General, Mary Joseph, and the Minister of Tourism, "
        "Ian Felix.\n\n" + visit,
        _DAY,
    )
    assert any(
        set(p) == {"Tom Blaise", "Lena Croes"} and w == "2026-09" and s == "planned"
        for p, w, _, s in found
    ), found
    assert not any(set(p) == {"Tom Blaise", "Ian Felix"} for p, _, _, _ in found), found


def test_both_ministers_after_a_deputy_are_the_pair_of_ministers() -> None:
    """The pair "both ministers" after a deputy minister are the ministers told before."""
    found = story_meetings_with_status(
        "VALLETTA, May 4 (Agency) - Foreign Minister Karl Mizzi received Chilean Foreign "
        "Minister Ana Rojas on Monday.\n\n"
        "The two ministers agreed to open a direct shipping line.\n\n"
        "On Sunday Rojas had dinner with Deputy Foreign Minister Mark Vella.\n\n"
        "Both ministers will meet again in Santiago in October.",
        _DAY,
    )
    assert any(
        set(p) == {"Karl Mizzi", "Ana Rojas"} and w == "2026-10" and s == "planned"
        for p, w, _, s in found
    ), found
    assert not any("Mark Vella" in p and w == "2026-10" for p, w, _, _ in found), found


# The guest at the head of a delegation, told in its own sentence.
_DELEGATION_LEDE = (
    "VALLETTA, May 4 (Agency) - Foreign Minister Karl Mizzi received his Chilean "
    "counterpart, Ana Rojas, at the ministry on Monday.\n\n"
    "Rojas arrived in Valletta on Sunday at the head of a six-member delegation.\n\n"
    "The two ministers discussed shipping and the new port.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        pytest.param(
            "On Sunday evening the delegation had dinner with Transport Minister Chris Bonett.",
            "Chris Bonett",
            id="the-delegation-had-dinner-with",
        ),
        pytest.param(
            "In the afternoon the visiting delegation called on the Speaker, Anna Farrugia.",
            "Anna Farrugia",
            id="the-visiting-delegation-called-on",
        ),
    ],
)
def test_the_delegation_is_the_guest_at_its_head(sentence: str, host: str) -> None:
    """The words "the delegation" after the guest came at the head of one are the guest."""
    found = story_meetings_with_status(_DELEGATION_LEDE + sentence, _DAY)
    assert any(set(p) == {"Ana Rojas", host} for p, _, _, _ in found), found


def test_a_delegation_of_a_body_keeps_its_own_head() -> None:
    """A body's delegation told after the guest's is led by its own head, not the guest."""
    found = story_meetings_with_status(
        _DELEGATION_LEDE + "On Sunday evening the delegation had dinner with the Speaker, Anna "
        "Farrugia.\n\nA delegation of the European Parliament led by Maria Lenz is also in "
        "Valletta this week.\n\nOn Tuesday the delegation met Transport Minister Chris Bonett.",
        _DAY,
    )
    assert any(set(p) == {"Ana Rojas", "Anna Farrugia"} for p, _, _, _ in found), found
    assert not any("Ana Rojas" in p and "Chris Bonett" in p for p, _, _, _ in found), found


# The guest told by his arrival, then his talks with his counterpart.
_TALKS_LEDE = (
    "ISLAMABAD, May 4 (Agency) - Afghan Foreign Minister Wahid Karimi arrived in Islamabad on "
    "Monday for a two-day visit, the Foreign Office said.\n\n"
    "He held talks with his Pakistani counterpart, Tariq Qureshi, at the Foreign Office.\n\n"
)


@pytest.mark.parametrize(
    "after",
    [
        pytest.param("They last met in Kabul in March.", id="they-opening-the-next-sentence"),
        pytest.param(
            "They discussed refugees and trade, a spokesman said. They last met in Kabul in March.",
            id="they-after-they",
        ),
    ],
)
def test_they_after_a_meeting_of_two_are_the_two(after: str) -> None:
    """A "They" opening the sentence after a meeting of two people are those two."""
    found = story_meetings_with_status(_TALKS_LEDE + after, _DAY)
    assert any(
        set(p) == {"Wahid Karimi", "Tariq Qureshi"} and w == "2026-03" for p, w, _, _ in found
    ), found


def test_they_after_no_meeting_are_not_the_two_named() -> None:
    """A "They" after a sentence that tells no meeting is not read as its two people."""
    found = story_meetings_with_status(
        _TALKS_LEDE + "Karimi later praised the refugee leader Amina Noori for her work. "
        "They last met in Kabul in March.",
        _DAY,
    )
    assert not any("Amina Noori" in p for p, _, _, _ in found), found


def test_a_delegation_of_the_guests_country_is_the_guest() -> None:
    """The words "the Afghan delegation" are the Afghan guest, unless led by another."""
    found = story_meetings_with_status(
        _TALKS_LEDE + "Prime Minister Farzana Rahmatpour will receive the Afghan delegation on "
        "Tuesday.\n\nThe Afghan delegation, led by Deputy Minister Rahim Saberi, will also "
        "meet Interior Minister Ali Raza.",
        _DAY,
    )
    assert any(
        set(p) == {"Wahid Karimi", "Farzana Rahmatpour"} and s == "planned" for p, _, _, s in found
    ), found
    assert not any("Wahid Karimi" in p and "Ali Raza" in p for p, _, _, _ in found), found


def test_a_pair_with_a_deputy_of_other_people_keeps_its_own_two() -> None:
    """A deputy's pair of other people ("The two ministers" after they met) stays itself."""
    found = story_meetings_with_status(
        "VALLETTA, May 4 (Agency) - Foreign Minister Karl Mizzi received Chilean Foreign "
        "Minister Ana Rojas on Monday.\n\nThe two ministers agreed to open a direct shipping "
        "line.\n\nOn Sunday Rojas had dinner with Deputy Foreign Minister Mark Vella.\n\n"
        "Both ministers will meet again in Santiago in October.\n\n"
        "Separately, Deputy Trade Minister Sara Attard received Peruvian Trade Minister Luis "
        "Paredes in Marsa on Tuesday.\n\nThe two ministers will meet again in Lima in December.",
        _DAY,
    )
    assert any(set(p) == {"Karl Mizzi", "Ana Rojas"} and w == "2026-10" for p, w, _, _ in found), (
        found
    )
    assert any(
        set(p) == {"Sara Attard", "Luis Paredes"} and w == "2026-12" for p, w, _, _ in found
    ), found
