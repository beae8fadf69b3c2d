"""
Meeting classes read from the retired sets ``check19`` and ``sample21a``, on sentences of our own.

Names, places and wordings are invented; each class has look-alikes that must not match.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet import _actors
from diplomeet._document import Document
from extraction_helpers import story_meetings, story_meetings_with_status

_DAY = date(2026, 3, 12)  # a Thursday


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(people) for people, _, _ in story_meetings(text, _DAY)}


def _people(text: str) -> list[str]:
    return [m.actor.name for m in _actors.mentions(Document(text, published=_DAY))]


# -- A country's initials before the envoy a minister called in --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vice Foreign Minister Lin Tao called in U.S. Ambassador Lionel T. Brisco on Monday.",
        "State Secretary Ines Marlow called in U.K. Ambassador Roger Pell on Tuesday.",
        "Foreign Minister Dara Quon called in U.S. Deputy Ambassador Ted Willard on Monday.",
    ],
)
def test_called_in_envoy_after_country_initials(text: str) -> None:
    """Read: "called in U.S. Ambassador A": a summons, the envoy's country in initials."""
    pairs = _pairs(text)
    assert len(pairs) == 1
    assert all(len(p) == 2 for p in pairs)


def test_called_in_troops_of_initials_is_no_summons() -> None:
    """Read: "called in U.S. troops" names no envoy: no meeting."""
    assert _pairs("Governor Lin Tao called in U.S. troops on Monday after the flood.") == set()


# -- A long office in apposition before the name met ------------------------------------


def test_met_on_a_date_with_a_long_office_in_apposition() -> None:
    """An office of a union's length, then a second office of a body, before the name."""
    text = (
        "Back from the coast, Foreign Minister Teodor Brannik met on February 24 with the High "
        "Representative of the Alliance for External Relations and Common Defence Policy, "
        "Vice-President of the Harbour Council Sunniva Holtvik, his office reported. Brannik "
        "and Holtvik are to open a joint ports forum in the autumn."
    )
    rows = story_meetings(text, _DAY)
    assert (("Teodor Brannik", "Sunniva Holtvik"), "2026-02-24", None) in rows


def test_apposition_of_a_body_is_no_person() -> None:
    """Read: "met with the head of the Union, the Regional Commission": no one named, no meeting."""
    text = (
        "Back from the coast, Foreign Minister Teodor Brannik met on February 24 with the High "
        "Representative of the Alliance for External Relations and Common Defence Policy, "
        "Vice-President of the Harbour Council."
    )
    assert _pairs(text) == set()


# -- "saw" an officeholder named by an office of three words before it --------------------


def test_saw_an_office_of_three_words_before_its_head() -> None:
    """Read: "saw the United States Assistant Secretary of State, Mr B": a call on him."""
    text = (
        "Before leaving for the islands, the Minister of Foreign Affairs, Mr Owen Garside, saw "
        "the United States Assistant Secretary of State for Arctic and Polar Questions, Mr "
        "Lorcan Yelland, over breakfast on Monday."
    )
    assert _pairs(text) == {frozenset({"Owen Garside", "Lorcan Yelland"})}


def test_saw_a_rise_is_no_meeting() -> None:
    """Read: "saw the United States trade deficit rise": no officeholder, no meeting."""
    text = "Minister Owen Garside saw the United States Trade Deficit Report as a warning."
    assert _pairs(text) == set()


# -- A commissioner's portfolio; the short "chargé"; "Said" inside a name -------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She met the European Commissioner for Enlargement Jan Kovar on Monday.", "Jan Kovar"),
        ("She met the Commissioner for Humanitarian Aid Lulu Odhiambo.", "Lulu Odhiambo"),
    ],
)
def test_commissioner_by_portfolio_is_a_title(text: str, name: str) -> None:
    """A commission's member titled by portfolio, the name right after it."""
    assert name in _people(text)


def test_commissioner_portfolio_meeting() -> None:
    """Read: "had a quick lunch with the Commissioner for Climate Action B": a meeting with B."""
    text = (
        "Before his flight home, Teodor Brannik had a quick lunch with the Commissioner for "
        "Climate Action Jan Kovar."
    )
    assert _pairs(text) == {frozenset({"Teodor Brannik", "Jan Kovar"})}


def test_charge_d_affaires_short_form_alone_titles_the_name_after_it() -> None:
    """Read: "received the chargé, B": the short form of chargé d'affaires, with its accent."""
    text = "Deputy Foreign Minister Ewa Brzask received the chargé, Oleg Varin, before noon."
    assert _pairs(text) == {frozenset({"Ewa Brzask", "Oleg Varin"})}


def test_charge_without_accent_is_no_title() -> None:
    """Read: "the charge, B" (the common noun) titles no one."""
    text = "Deputy Foreign Minister Ewa Brzask received the charge, Oleg Varin, before noon."
    assert _pairs(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Baraka Said Mwandu landed at dawn.", "Baraka Said Mwandu"),
        ("Envoy Upendo Said Kilawe flew in late on Friday.", "Upendo Said Kilawe"),
    ],
)
def test_said_in_capitals_inside_a_name(text: str, name: str) -> None:
    """Read: "Upendo Said K.": an Arabic name inside an East African one, not the verb."""
    assert name in _people(text)


def test_said_in_capitals_inside_a_name_pairs_the_phone_call() -> None:
    """The full name is met, not its first word."""
    text = (
        "President Lorna Makuta and President Baraka Said Mwandu talked on the phone late on "
        "Saturday about the stalled rail corridor."
    )
    assert _pairs(text) == {frozenset({"Lorna Makuta", "Baraka Said Mwandu"})}


def test_said_in_lower_case_ends_the_name() -> None:
    """Read: "Baraka Mwandu said Makuta ...": the verb, no name "Said"."""
    names = _people("Baraka Mwandu said Makuta had left.")
    assert "Baraka Mwandu" in names
    assert not any("said" in n.lower() for n in names)


# -- A transcript's speaker telling of another's meeting --------------------------------


def test_turn_speaker_tells_of_another_person_calling_in_an_envoy() -> None:
    """Read: "Mr A: The secretary, Ms B, called in the ambassador, Mr C": B met C, not A."""
    text = (
        "Senator KETTERING: And the department's response?\n\n"
        "Mr Pendry: The secretary, Ms Vardy, called in the Chinese ambassador, Mr Qiu Haoran, "
        "on the morning of Saturday 7 March. I was present for that meeting."
    )
    assert _pairs(text) == {frozenset({"Vardy", "Qiu Haoran"})}


def test_turn_speaker_of_his_own_meeting_stays_the_subject() -> None:
    """Read: "Mr A: I met the ambassador, Mr C": the speaker's own meeting."""
    text = (
        "Senator KETTERING: Did anyone see him?\n\n"
        "Mr Pendry: Yes. I met the Chinese ambassador, Mr Qiu Haoran, on Saturday 7 March."
    )
    assert _pairs(text) == {frozenset({"Pendry", "Qiu Haoran"})}


# -- A cancellation of another meeting told after one held -------------------------------


def test_held_meeting_keeps_its_day_when_another_is_put_off() -> None:
    """Read: "A met B on Tuesday, but the fisheries talks ... were moved": A met B."""
    text = (
        "Envoy Birgit Olsund met Prime Minister Kalani briefly on Tuesday, but the fisheries "
        "talks pencilled in for Saturday were moved to April."
    )
    rows = story_meetings_with_status(text, _DAY)
    assert (("Birgit Olsund", "Kalani"), "2026-03-10", None, "held") in rows


def test_plan_put_off_in_its_own_clause_is_cancelled() -> None:
    """Read: "A was due to see B, but the meeting was put off": that meeting, called off."""
    text = "Ms Olsund was due to see Prime Minister Kalani on Tuesday, but the meeting was put off."
    rows = story_meetings_with_status(text, _DAY)
    assert [r[3] for r in rows] == ["cancelled"]


# -- A person called in by name; an envoy invited to the ministry; "held a bilateral" -----


def test_called_in_a_person_by_name_to_protest() -> None:
    """Read: "called in Nankya to deliver a letter": a summons of a person by name."""
    text = (
        "Ruth Nankya took up her post as Uganda's High Commissioner in January. Last Monday, "
        "Foreign Ministry Principal Secretary Tiyamike Lwenje called in Nankya to deliver a "
        "letter of complaint about the fishing licences."
    )
    assert frozenset({"Tiyamike Lwenje", "Ruth Nankya"}) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Tiyamike Lwenje called in Dodoma to say the deal was off.",
        "Foreign Minister Tiyamike Lwenje called in engineers to inspect the ferry.",
    ],
)
def test_called_in_a_place_or_a_crowd_is_no_summons(text: str) -> None:
    """Read: "called in Dodoma to say", "called in engineers to": no person summoned."""
    assert _pairs(text) == set()


def test_invited_an_envoy_to_the_ministry() -> None:
    """Read: "invited the High Commissioner, B, to the ministry": a summons in a milder word."""
    text = (
        "Yesterday morning Permanent Secretary Corinne Halsey invited the visiting High "
        "Commissioner, Dr Phiona Kiconco, to the ministry to register unease over the quarry "
        "permits."
    )
    assert _pairs(text) == {frozenset({"Corinne Halsey", "Phiona Kiconco"})}


@pytest.mark.parametrize(
    "text",
    [
        "The High Commissioner, Dr Phiona Kiconco, was invited to the ministry on Friday.",
        "Permanent Secretary Corinne Halsey invited students to the ministry's library week.",
    ],
)
def test_invited_with_no_envoy_is_no_summons(text: str) -> None:
    """Read: a passive with no inviter, or the ministry's event: no summons."""
    assert _pairs(text) == set()


def test_the_two_held_a_bilateral() -> None:
    """Read: "the two held a bilateral" with no verb of meeting: the noun alone, a meeting."""
    text = (
        "Foreign Minister Corinne Halsey raised the quarry permits with her counterpart, "
        "Rupert Gaskin, when the two held a bilateral during a ministerial retreat in "
        "Ljubljana on Wednesday."
    )
    rows = story_meetings(text, _DAY)
    assert (("Corinne Halsey", "Rupert Gaskin"), "2026-03-11", "Ljubljana") in rows


def test_a_bilateral_trade_fair_is_no_meeting() -> None:
    """Read: "held a bilateral book fair": the adjective, no meeting."""
    text = "Foreign Minister Corinne Halsey held a bilateral book fair in Ljubljana."
    assert _pairs(text) == set()


# -- A parliamentary committee that meets ------------------------------------------------


def test_committee_hosts_an_envoy() -> None:
    """Read: "the Senate's Committee on X, Y and Z hosted Ambassador B": the committee met B."""
    text = (
        "On Monday the Senate's Select Committee on Transport, Fisheries and Coastal Affairs "
        "hosted Ambassador Tomas Greve for an hour of questions."
    )
    assert _pairs(text) == {
        frozenset({"Select Committee on Transport, Fisheries and Coastal Affairs", "Tomas Greve"})
    }


def test_ministers_appear_before_a_committee() -> None:
    """Read: "A and B appeared together before the Standing Committee on X": a hearing."""
    text = (
        "Premier Lisa Varga and Foreign Minister Otto Lind appeared together before the House "
        "of Commons Standing Committee on Trade and Industry on Wednesday morning."
    )
    rows = story_meetings(text, _DAY)
    people = {frozenset(r[0]) for r in rows}
    assert people == {
        frozenset(
            {"Lisa Varga", "Otto Lind", "House of Commons Standing Committee on Trade and Industry"}
        )
    }
    assert rows[0][1] == "2026-03-11"


def test_appeared_before_a_judge_is_no_meeting() -> None:
    """Read: "appeared before a judge": a court, no committee, no meeting."""
    assert _pairs("Foreign Minister Otto Lind appeared before a judge on Wednesday.") == set()


def test_committee_summons_an_office_in_apposition_to_a_name() -> None:
    """Read: "summoned the Foreign Secretary, B,": the office is B's, not another's told before."""
    text = (
        "India's Foreign Secretary, Pradeep Varghese, arrived on Sunday. He and his Nepali "
        "counterpart Amit Lal Shah met on Monday. On Wednesday the International Relations "
        "Committee summoned the Foreign Secretary, Shah, to brief lawmakers."
    )
    assert frozenset({"International Relations Committee", "Amit Lal Shah"}) in _pairs(text)
    assert not any(len(p) > 2 for p in _pairs(text))


# -- A plan that did not come about; a protest's place --------------------------------------


def test_was_to_have_held_talks_is_cancelled() -> None:
    """Read: "was to have held talks with B": the perfect infinitive of a plan not kept."""
    text = (
        "Bangladesh's Foreign Adviser, Rubina Akhand, was to have held talks with Foreign "
        "Minister Sarita Bhandel on Saturday about sharing the river's water."
    )
    rows = story_meetings_with_status(text, _DAY)
    assert [r[3] for r in rows] == ["cancelled"]


def test_is_to_hold_talks_stays_planned() -> None:
    """Read: "is to hold talks with B on Saturday": a plan, not called off."""
    text = (
        "Bangladesh's Foreign Adviser, Rubina Akhand, is to hold talks with Foreign Minister "
        "Sarita Bhandel on Saturday about sharing the river's water."
    )
    rows = story_meetings_with_status(text, _DAY)
    assert [r[3] for r in rows] == ["planned"]


def test_place_of_the_event_a_summons_protests_over_is_not_the_meeting_place() -> None:
    """Read: "summoned A ... and conveyed concern over the killing of C in X district"."""
    text = (
        "Foreign Minister Dina Raut today summoned Indian Ambassador Vikas Mehra to the ministry "
        "and conveyed the government's concern over the killing of a farmer by border guards in "
        "Kanpur district."
    )
    rows = story_meetings(text, _DAY)
    assert [r[2] for r in rows] == [None]


# -- A compound noun "visit row"; a possessive host's meal; a second call with its verb left out


def test_visit_before_a_compound_head_is_no_visit() -> None:
    """Read: "since the warship visit row broke in February": the noun, no visit in February."""
    text = (
        "Prime Minister Ana Reyes and Prime Minister Tom Hale spent 40 minutes alone together on "
        "Monday afternoon, their first private meeting since the warship visit row broke in "
        "February."
    )
    rows = story_meetings(text, _DAY)
    assert [r[1] for r in rows] == ["2026-03-09"]


def test_will_visit_a_person_is_still_a_visit() -> None:
    """Read: "will visit Prime Minister B in Apia": the verb, a planned meeting."""
    text = "Prime Minister Ana Reyes will visit Prime Minister Tom Hale in Apia in February."
    assert _pairs(text) == {frozenset({"Ana Reyes", "Tom Hale"})}


def test_possessive_host_of_a_guest_at_a_meal() -> None:
    """Read: "A was Mr B's guest at breakfast yesterday": B hosted A."""
    text = (
        "The Fijian Prime Minister, Ratu Vika Tunidau, was Mr Amos Hale's guest at breakfast "
        "yesterday."
    )
    rows = story_meetings(text, _DAY)
    assert [(frozenset(r[0]), r[1]) for r in rows] == [
        (frozenset({"Ratu Vika Tunidau", "Amos Hale"}), "2026-03-11")
    ]


def test_possessive_guest_at_a_ceremony_is_no_meal() -> None:
    """Read: "was Mr B's guest at the ceremony": no meal, no meeting read from it."""
    text = "The Fijian Prime Minister, Ratu Vika Tunidau, was Mr Amos Hale's guest at the ceremony."
    assert _pairs(text) == set()


def test_second_call_with_its_verb_left_out() -> None:
    """Read: "A called on B at his residence, and then on Foreign Minister C": A met C too."""
    text = (
        "After lunch, Raj Verma called on Prime Minister Hemant Sathe at his residence, and "
        "then on Foreign Minister Mira Kapur."
    )
    assert _pairs(text) == {
        frozenset({"Raj Verma", "Hemant Sathe"}),
        frozenset({"Raj Verma", "Mira Kapur"}),
    }


def test_called_on_to_act_then_on_another_is_no_call() -> None:
    """Read: "called on the press ... and then on" with no person after: one meeting only."""
    text = (
        "After lunch, Raj Verma called on Prime Minister Hemant Sathe at his residence, and "
        "then on the press to leave."
    )
    assert _pairs(text) == {frozenset({"Raj Verma", "Hemant Sathe"})}


# -- A visitor's further calls listed after "also met" -------------------------------------


def test_also_met_a_list_of_three_officeholders_is_one_meeting_each() -> None:
    """Read: "A also met Speaker B, Trade Secretary C and the Director-General, D": three."""
    text = (
        "In the course of a two-day stay, Minister Yonas Worku also met Parliament Speaker "
        "Phiona Kiconco, Tourism Minister Ambrose Kabirizi and the Executive Director of the "
        "Lake Basin Authority, Liv Bakkerud."
    )
    assert _pairs(text) == {
        frozenset({"Yonas Worku", "Phiona Kiconco"}),
        frozenset({"Yonas Worku", "Ambrose Kabirizi"}),
        frozenset({"Yonas Worku", "Liv Bakkerud"}),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Minister Yonas Worku also met President Phiona Kiconco and Trade Minister Peter Ssali.",
        (
            "Minister Yonas Worku met President Phiona Kiconco, Tourism Minister Ambrose Kabirizi "
            "and Trade Minister Peter Ssali on Friday."
        ),
    ],
)
def test_two_people_or_no_also_stays_one_meeting(text: str) -> None:
    """Read: two people after "also met", or a list after "met" alone: one meeting with all."""
    pairs = _pairs(text)
    assert len(pairs) == 1
    assert len(next(iter(pairs))) >= 3


def test_will_then_a_time_of_day_then_the_verb_is_planned() -> None:
    """Read: "A and B will this morning join a video call with C": a plan."""
    text = (
        "Defence Minister Pilar Ibarguen and Defence Minister Tomas Echeverry will this morning "
        "join a video call with the Secretary-General of the river basin commission, Torleif "
        "Solvang, on the flood season."
    )
    assert [r[3] for r in story_meetings_with_status(text, _DAY)] == ["planned"]


def test_a_time_of_day_then_a_past_verb_is_held() -> None:
    """Read: "A and B this morning joined a video call with C": held."""
    text = (
        "Defence Minister Pilar Ibarguen and Defence Minister Tomas Echeverry this morning "
        "joined a video call with the Secretary-General of the river basin commission, Torleif "
        "Solvang, on the flood season."
    )
    assert [r[3] for r in story_meetings_with_status(text, _DAY)] == ["held"]


def test_a_committee_that_met_with_its_principals_is_their_meeting() -> None:
    """Read: "the Border Committee met ..., with the two ministers, A and B, agreeing": A and B."""
    text = (
        "Last Friday, the Joint Border Committee met in Vientiane for the first time since May, "
        "with the two defence ministers, Gen Somsak Panya and Gen Ly Virak, agreeing to pull "
        "artillery back from the line."
    )
    assert {frozenset(name.split()[-1] for name in pair) for pair in _pairs(text)} == {
        frozenset({"Panya", "Virak"})
    }
