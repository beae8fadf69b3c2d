"""Meeting classes learnt from ``sample20a`` (meetings inside longer news), in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet._actors import mentions
from diplomeet._document import Document
from extraction_helpers import story_meetings, story_meetings_with_status

_PUBLISHED = date(2026, 5, 12)  # a Tuesday


# Bruneian styles: "Dato Seri Setia", "Dato Paduka", "Awang Haji", "Dayang Hajah", "Pengiran"
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Sabah Chief Minister Datuk Seri Hamdan Yusof paid a courtesy call on Minister of "
                "Home Affairs Dato Seri Setia Awang Haji Karim bin Haji Latif yesterday."
            ),
            ("Hamdan Yusof", "Karim bin Haji Latif"),
        ),
        (
            (
                "Thai Deputy Prime Minister Somchai Rattanakorn was received by the Minister of "
                "Health, Dato Paduka Dayang Hajah Zainab binti Haji Ahmad, on Sunday."
            ),
            ("Somchai Rattanakorn", "Zainab binti Haji Ahmad"),
        ),
        (
            (
                "Minister of Education Pengiran Haji Ismail bin Pengiran Omar met Philippine "
                "Education Secretary Ramon Dizon on Monday."
            ),
            ("Ismail bin Pengiran Omar", "Ramon Dizon"),
        ),
    ],
)
def test_bruneian_styles_are_dropped_and_the_whole_name_kept(
    text: str, people: tuple[str, str]
) -> None:
    """A style of several words leaves the name with its "bin Haji" and the father's name."""
    found = story_meetings(text, _PUBLISHED)
    assert len(found) == 1
    assert set(found[0][0]) == set(people)


@pytest.mark.parametrize(
    ("style", "name"),
    [
        ("Dato Paduka Dayang Hajah", "Zainab binti Haji Ahmad"),
        ("Awang Haji", "Zainal bin Haji Ahmad"),
        ("Datuk Seri", "Anwar Kassim"),
    ],
)
def test_styles_of_several_words_are_dropped_from_a_name_after_an_office_and_a_comma(
    style: str, name: str
) -> None:
    """In "the Minister of Health, Dato Paduka Dayang Hajah A binti B," the styles go."""
    found = story_meetings(
        "Thai Deputy Prime Minister Somchai Rattanakorn was received by the Minister of "
        f"Health, {style} {name}, on Sunday.",
        _PUBLISHED,
    )
    assert len(found) == 1
    assert set(found[0][0]) == {"Somchai Rattanakorn", name}


def test_a_bruneian_name_told_later_by_its_style_and_given_name_is_the_same_person() -> None:
    """A later "Awang Haji Karim" is "Dato Seri Setia Awang Haji Karim bin Haji Latif"."""
    text = (
        "Sabah Chief Minister Datuk Seri Hamdan Yusof paid a courtesy call on Minister of Home "
        "Affairs Dato Seri Setia Awang Haji Karim bin Haji Latif yesterday.\n\n"
        "Awang Haji Karim had spoken by telephone with Indonesian Home Minister Budi Santoso "
        "last Thursday."
    )
    found = story_meetings(text, _PUBLISHED)
    assert {frozenset(p) for p, _, _ in found} == {
        frozenset({"Hamdan Yusof", "Karim bin Haji Latif"}),
        frozenset({"Karim bin Haji Latif", "Budi Santoso"}),
    }


def test_a_bare_awang_is_kept_as_a_name() -> None:
    """A bare "Awang" is also a given name: "Premier Awang Rahim" keeps it."""
    found = story_meetings(
        "Sarawak Premier Awang Rahim Jaafar met Brunei's Minister of Finance Ali Hamzah on Monday.",
        _PUBLISHED,
    )
    assert len(found) == 1
    assert set(found[0][0]) == {"Awang Rahim Jaafar", "Ali Hamzah"}


# An adverb between the auxiliary and "received by"
@pytest.mark.parametrize(
    ("text", "host", "when"),
    [
        (
            (
                "Latvian Prime Minister Ilze Berzina paid a courtesy call on Foreign Minister Ana "
                "Reyes yesterday. The visiting leader was earlier received by the Minister of "
                "Trade, Marco Salas, at the Convention Centre on Sunday."
            ),
            "Marco Salas",
            "2026-05-10",
        ),
        (
            (
                "Ghanaian Foreign Minister Kofi Mensah held talks with Trade Minister Lena Ortiz "
                "on Monday. Mensah was then received by President Tomas Vidal at the palace on "
                "Tuesday."
            ),
            "Tomas Vidal",
            "2026-05-12",
        ),
        (
            (
                "Polish Foreign Minister Jan Nowicki held talks with Trade Minister Lena Ortiz on "
                "Monday. Nowicki was cordially received by Prime Minister Eva Larsen on Tuesday."
            ),
            "Eva Larsen",
            "2026-05-12",
        ),
    ],
)
def test_an_adverb_between_was_and_received_by(text: str, host: str, when: str) -> None:
    """Both "was earlier received by A" and "was then received by B" are passive meetings."""
    found = story_meetings(text, _PUBLISHED)
    rows = [r for r in found if host in r[0]]
    assert len(rows) == 1
    assert rows[0][1] == when


def test_an_adverb_before_another_participle_makes_no_meeting() -> None:
    """A "was earlier reported by A" is no meeting (the passive needs a meeting verb)."""
    found = story_meetings(
        "The Polish minister's trip was earlier reported by Foreign Minister Eva Larsen on "
        "Tuesday.",
        _PUBLISHED,
    )
    assert found == []


# A gathering put off in one sentence, its chairs told in the next
@pytest.mark.parametrize(
    ("text", "when", "place"),
    [
        (
            (
                "The joint commission, which had been due to meet in Nairobi this month, was "
                "postponed to October 14 to give the experts more time. Trade Minister Anna "
                "Petrova and Trade Minister Karl Vossberg are expected to co-chair it."
            ),
            "2026-10-14",
            "Nairobi",
        ),
        (
            (
                "The two countries' joint commission, which was to have met in Lusaka in June, has "
                "been pushed back to the first week of August. Minister Hisham Daud is expected "
                "to lead the delegation there and to co-chair the session with Minister Kamal "
                "Ariffin."
            ),
            "2026-08",
            "Lusaka",
        ),
        (
            (
                "The council, which was to sit in Accra next week, has been put back to 9 July. "
                "Foreign Minister Ama Owusu will co-chair the session with Foreign Minister "
                "Ibrahim Diallo."
            ),
            "2026-07-09",
            "Accra",
        ),
    ],
)
def test_a_gathering_put_off_before_its_chairs_are_told(text: str, when: str, place: str) -> None:
    """After "The commission ... was postponed to October 14", "A and B will co-chair it"."""
    found = story_meetings_with_status(text, _PUBLISHED)
    assert len(found) == 1
    _, value, where, status = found[0]
    assert status == "planned"
    assert value == when
    assert where == place


_OPENING = "Trade talks went on all week in the capital.\n\n"


def test_a_plan_that_takes_up_no_gathering_keeps_no_date_of_the_sentence_before() -> None:
    """Without "it", "there" or "the session", the put-off date is another gathering's."""
    found = story_meetings_with_status(
        _OPENING + "The water board's annual conference was postponed to October 14. Trade "
        "Minister Anna Petrova is expected to co-chair a new panel with Trade Minister Karl "
        "Vossberg.",
        _PUBLISHED,
    )
    assert [(value, status) for _, value, _, status in found] == [(None, "planned")]


def test_a_gathering_put_off_in_another_paragraph_is_not_taken_up() -> None:
    """The sentence before must be of the same paragraph."""
    found = story_meetings_with_status(
        _OPENING + "The joint commission was postponed to October 14.\n\nTrade Minister Anna "
        "Petrova and Trade Minister Karl Vossberg are expected to co-chair it.",
        _PUBLISHED,
    )
    assert [(value, status) for _, value, _, status in found] == [(None, "planned")]


def test_a_gathering_put_off_with_no_new_date_gives_none() -> None:
    """After "was postponed to allow ..." no date follows the verb, and none is taken."""
    found = story_meetings_with_status(
        _OPENING + "The joint commission was postponed to allow the experts to finish their "
        "work in June. Trade Minister Anna Petrova and Trade Minister Karl Vossberg are "
        "expected to co-chair it.",
        _PUBLISHED,
    )
    assert [(value, status) for _, value, _, status in found] == [(None, "planned")]


# "her counterpart, industry and commerce minister A"
@pytest.mark.parametrize(
    "office",
    [
        "industry and commerce minister",
        "mines, energy and water minister",
        "trade & industry minister",
    ],
)
def test_a_counterpart_in_apposition_with_portfolios_joined_by_and(office: str) -> None:
    """The counterpart is the one named after the joined portfolios, not a later compatriot."""
    text = (
        f"Trade minister Anna Petrova hosted her Zambian counterpart, {office} Karl Vossberg, "
        "at the ministry in Lusaka on Monday.\n\nVossberg was accompanied by Zambia's "
        "ambassador to Kenya, Olga Brandt."
    )
    found = story_meetings(text, _PUBLISHED)
    assert len(found) == 1
    assert set(found[0][0]) == {"Anna Petrova", "Karl Vossberg"}


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("industry and trade minister,", "Karl Vossberg,"),
        ("mines, energy and water minister", "Ruth Otieno"),
        ("agriculture and fisheries minister,", "Lucy Achieng,"),
    ],
)
def test_a_country_s_office_of_portfolios_joined_by_and(office: str, name: str) -> None:
    """A call "with Zambia's industry and trade minister, A," is a call with A."""
    found = story_meetings(
        f"Trade minister Anna Petrova spoke.\n\nOn Friday, Petrova held a video call with "
        f"Zambia's {office} {name} on congestion at the border.",
        _PUBLISHED,
    )
    assert len(found) == 1
    assert set(found[0][0]) == {"Anna Petrova", name.rstrip(",")}
    assert found[0][1] == "2026-05-08"


_JULY = date(2026, 7, 2)  # a Thursday


def _meetings_on(text: str, published: date) -> list[tuple[frozenset[str], str | None, str]]:
    """Each meeting of a story as (its people, its date's value, its status)."""
    return [
        (frozenset(people), value, status)
        for people, value, _, status in story_meetings_with_status(text, published)
    ]


# An agreement signed by two people at the end of their talks
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "The agreement was signed at State House on Tuesday (June 30) by Prime Minister "
                "the Most Hon. Carl Mendes and his Guyanese counterpart, His Excellency Ravi "
                "Persaud, at the end of bilateral talks that ran for most of the morning."
            ),
            "2026-06-30",
        ),
        (
            (
                "The accord was signed on Monday by President Ana Duarte and President Luis "
                "Ferreira after two hours of talks."
            ),
            "2026-06-29",
        ),
        (
            (
                "Two memoranda were signed on Tuesday by Foreign Minister Ana Duarte and Foreign "
                "Minister Luis Ferreira following their talks at the ministry."
            ),
            "2026-06-30",
        ),
    ],
)
def test_an_agreement_signed_by_two_at_the_end_of_their_talks(text: str, when: str) -> None:
    """The signatories after "was signed by" met: the talks the signing closed."""
    found = _meetings_on(text, _JULY)
    assert len(found) == 1
    people, value, status = found[0]
    assert len(people) == 2
    assert value == when
    assert status == "held"


def test_an_agreement_signed_by_two_without_talks_is_no_meeting() -> None:
    """A signing alone ("was signed on Monday by A and B") tells no meeting of the two."""
    found = _meetings_on(
        "The accord was signed on Monday by President Ana Duarte and President Luis Ferreira.",
        _JULY,
    )
    assert found == []


@pytest.mark.parametrize(
    "style",
    ["the Most Hon.", "the Right Hon.", "His Excellency the Most Hon. Sir", "the Hon."],
)
def test_commonwealth_styles_with_their_article_before_a_name(style: str) -> None:
    """A "Governor-General, the Most Hon. Sir A," is A, and so is the one after any style."""
    text = (
        "Prime Minister Carl Mendes held talks with Guyana's Prime Minister, Ravi Persaud, on "
        f"Tuesday.\n\nOn Wednesday, Persaud paid a courtesy call on the Governor-General, {style} "
        "Everton Blake, at the official residence."
    )
    found = _meetings_on(text, _JULY)
    assert (frozenset({"Ravi Persaud", "Everton Blake"}), "2026-07-01", "held") in found


def test_the_visiting_leader_s_call_on_an_office_named_after_the_verb() -> None:
    """
    The verb ends an office's phrase: "the visiting Prime Minister paid a courtesy call on".

    The Governor-General named after it is no Prime Minister, and the visitor met him.
    """
    text = (
        "Prime Minister Carl Mendes held talks with Guyana's Prime Minister, Ravi Persaud, on "
        "Tuesday.\n\nOn Wednesday, the visiting Prime Minister paid a courtesy call on the "
        "Governor-General, Sir Everton Blake, at the official residence."
    )
    found = _meetings_on(text, _JULY)
    assert (frozenset({"Ravi Persaud", "Everton Blake"}), "2026-07-01", "held") in found


def test_two_expected_to_meet_there_with_a_third() -> None:
    """The "meet there with C" of "A and B are expected to meet there with C" is a third."""
    text = (
        "Prime Minister Carl Mendes held talks with Guyana's Prime Minister, Ravi Persaud, on "
        "Tuesday.\n\nMendes will travel to Barbados on Sunday for the summit, to be held in "
        "Bridgetown. He and Mr. Persaud are expected to meet there with the Secretary-General, "
        "Dr. Alicia Morgan, to review progress."
    )
    found = story_meetings_with_status(text, _JULY)
    assert (("Carl Mendes", "Ravi Persaud", "Alicia Morgan"), None, "Bridgetown", "planned") in [
        (tuple(sorted(p, key=["Carl Mendes", "Ravi Persaud", "Alicia Morgan"].index)), v, w, s)
        for p, v, w, s in found
        if set(p) <= {"Carl Mendes", "Ravi Persaud", "Alicia Morgan"}
    ]


_MARCH = date(2026, 3, 4)  # a Wednesday


@pytest.mark.parametrize(
    "office",
    [
        "the United Nations Under-Secretary-General for Humanitarian Affairs",
        "the UN Assistant Secretary-General for Africa",
    ],
)
def test_a_un_rank_below_the_secretary_general_names_its_holder(office: str) -> None:
    """Talks "with A, the United Nations Under-Secretary-General for ..." are talks with A."""
    text = (
        "Minister of State Saeed Al Dhaheri spoke on Monday.\n\nAl Dhaheri will head the "
        "delegation to the pledging conference in Geneva on 16th March, where he is scheduled "
        f"to hold talks with Jean-Luc Marchand, {office}."
    )
    found = story_meetings_with_status(text, _MARCH)
    people = ("Saeed Al Dhaheri", "Jean-Luc Marchand")
    assert found == [(people, "2026-03-16", "Geneva", "planned")]


@pytest.mark.parametrize(
    ("gathering", "city"),
    [
        ("on the sidelines of the Munich Security Conference", "Munich"),
        ("on the margins of the Antalya Diplomacy Forum", "Antalya"),
    ],
)
def test_a_meeting_beside_a_gathering_named_after_its_city(gathering: str, city: str) -> None:
    """Met "on the sidelines of the Munich Security Conference": in Munich."""
    text = (
        "Foreign Minister Saeed Al Dhaheri received Chad's Foreign Minister Mahamat Doungous in "
        f"Abu Dhabi today.\n\nThe two ministers had first met {gathering} last month."
    )
    found = story_meetings(text, _MARCH)
    assert (("Saeed Al Dhaheri", "Mahamat Doungous"), "2026-02", city) in found


def _pronoun_holder(text: str, words: str) -> str | None:
    """The name of the actor the pronoun at ``words`` (its first occurrence) stands for."""
    doc = Document(text, published=_MARCH)
    start = text.index(words)
    found = [m for m in mentions(doc) if m.start == start]
    return found[0].actor.name if found else None


@pytest.mark.parametrize("opening", ["For his part,", "On his part,"])
def test_for_his_part_is_the_subject_told_after_it(opening: str) -> None:
    """In "For his part, the Chadian minister praised what he called ...", "he" is the minister."""
    text = (
        "Minister of State Saeed Al Dhaheri received Chad's Foreign Minister Mahamat Doungous "
        "today.\n\nAl Dhaheri affirmed the UAE's support.\n\n"
        f"{opening} the Chadian minister praised what he described as timely help, and "
        "briefed his host on the corridor."
    )
    assert _pronoun_holder(text, "he described") == "Mahamat Doungous"
    assert _pronoun_holder(text, "his host") == "Saeed Al Dhaheri"


def test_a_possessive_before_part_in_another_phrase_is_read_as_before() -> None:
    """A "his part in the talks" is no opening "For his part,": "his" is the one told last."""
    text = (
        "Minister of State Saeed Al Dhaheri received Chad's Foreign Minister Mahamat Doungous "
        "today.\n\nAl Dhaheri praised his part in the talks."
    )
    assert _pronoun_holder(text, "his part") == "Saeed Al Dhaheri"


def test_a_plan_of_two_folds_into_the_plan_of_three_at_the_same_place() -> None:
    """A summary's "the leaders will meet at the summit in X" is the fuller plan with a third."""
    text = (
        "- The pact followed talks between Prime Minister Carl Mendes and Guyana's Prime "
        "Minister, Ravi Persaud.\n"
        "- The two leaders are expected to meet again at the summit in Bridgetown next week.\n\n"
        "Prime Minister Carl Mendes held talks with Guyana's Prime Minister, Ravi Persaud, on "
        "Tuesday.\n\nMendes will travel to Barbados on Sunday for the summit, to be held in "
        "Bridgetown. He and Mr. Persaud are expected to meet there with the Secretary-General, "
        "Dr. Alicia Morgan, to review progress."
    )
    plans = [
        (set(p), v, w) for p, v, w, s in story_meetings_with_status(text, _JULY) if s == "planned"
    ]
    assert plans == [({"Carl Mendes", "Ravi Persaud", "Alicia Morgan"}, "2026-W28", "Bridgetown")]


def test_a_plan_of_two_elsewhere_stays_apart_from_the_plan_of_three() -> None:
    """The pair's own plan in another city is another meeting."""
    text = (
        "Prime Minister Carl Mendes held talks with Guyana's Prime Minister, Ravi Persaud, on "
        "Tuesday. The two leaders will meet again in Georgetown in September.\n\nMendes will "
        "travel to Barbados on Sunday for the summit, to be held in Bridgetown. He and Mr. "
        "Persaud are expected to meet there with the Secretary-General, Dr. Alicia Morgan."
    )
    plans = [
        (set(p), w) for p, _, w, s in story_meetings_with_status(text, _JULY) if s == "planned"
    ]
    assert ({"Carl Mendes", "Ravi Persaud"}, "Georgetown") in plans
    assert ({"Carl Mendes", "Ravi Persaud", "Alicia Morgan"}, "Bridgetown") in plans


def test_a_plan_of_two_and_a_plan_of_three_told_in_one_sentence_stay_apart() -> None:
    """Plans "to meet B in Lima in January, and the three ... early next year" are two."""
    text = (
        "Foreign Minister Ana Duarte held talks with her Brazilian counterpart, Luis Ferreira, on "
        "Thursday.\n\nDuarte plans to visit Lima in mid-January to meet her Peruvian counterpart, "
        "Rosa Quispe, and the three ministers are expected to hold a meeting early next year."
    )
    plans = [
        (set(p), v) for p, v, _, s in story_meetings_with_status(text, _JULY) if s == "planned"
    ]
    assert ({"Ana Duarte", "Rosa Quispe"}, "2027-01") in plans
