"""
Meetings of the retired set ``check18``, as classes.

Sentences written here, people and places invented: paragraphs wrapped at a typewriter's
width with an empty line between them; an indented paragraph broken after a name's initial;
parliamentary records whose turn labels close with ".-"; a speaker's "I ... travel to X to
meet"; "my counterpart"; offices written with "then-"; people only present at a meeting
("with A in attendance"); a day opening a second event after ", and"; a call's length before
its attribution.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet._actors import mentions
from diplomeet._document import Document
from diplomeet.outlets._columns import reflow_indented, reflow_wrapped
from extraction_helpers import story_meetings, story_meetings_with_status

_WEDNESDAY = date(2026, 5, 13)


def _people(text: str, published: date = _WEDNESDAY) -> list[frozenset[str]]:
    return [frozenset(p) for p, _, _ in story_meetings(text, published)]


# --- paragraphs wrapped at a fixed width -------------------------------------------------

_WRAPPED = [
    "Trade Minister Olga Varn had summoned the envoy, Pieter van Loon, to the",
    "ministry on Tuesday morning to tell him the quota would be enforced in full",
    "and without delay.",
    "",
    "The envoy left after twenty minutes and told reporters that his government",
    "would answer in writing before the end of the week.",
    "",
    "Harbour Row Deepens",
    "As Quota Talks Stall",
    "",
    "A single line of a paragraph stays as it is.",
]


def test_paragraphs_wrapped_at_a_fixed_width_are_one_line_each() -> None:
    """Each block running on into a lower-case word is one paragraph; a head stays."""
    out = reflow_wrapped(_WRAPPED)
    assert out[0] == (
        "Trade Minister Olga Varn had summoned the envoy, Pieter van Loon, to the ministry on"
        " Tuesday morning to tell him the quota would be enforced in full and without delay."
    )
    assert out[2].startswith("The envoy left after twenty minutes and told reporters")
    assert out[4:6] == ["Harbour Row Deepens", "As Quota Talks Stall"]
    assert out[-1] == "A single line of a paragraph stays as it is."


def test_one_wrapped_block_alone_is_no_wrapped_page() -> None:
    """A page with a single block that runs on is left line by line."""
    lines = [*_WRAPPED[:3], "", "Harbour Row Deepens", "As Quota Talks Stall"]
    assert reflow_wrapped(lines) == lines


def test_long_lines_are_no_wrapped_paragraph() -> None:
    """Paragraphs given one a line (longer than a typed line) are not joined."""
    long_one = "The minister said the talks were useful and " * 3 + "that more would"
    lines = [long_one, "follow in June.", "", long_one, "follow in July."]
    assert reflow_wrapped(lines) == lines


def test_a_meeting_told_over_wrapped_lines_is_read() -> None:
    """A summons told across three wrapped lines is read whole."""
    text = "\n".join(["Varn Summons Envoy", "", *_WRAPPED[:6]])
    found = diplomeet.parse(text, published=_WEDNESDAY).meetings
    assert [{p.name for p in m.participants} for m in found] == [{"Olga Varn", "Pieter van Loon"}]


# --- an indented paragraph broken after an initial ---------------------------------------

_INDENTED_LINES = (
    "Brenner To See Lantz",
    "     WASHINGTON (AP) - Secretary of State Harold J.",
    "Brenner will see Foreign Minister Otto Lantz in Geneva next",
    "week, the State Department announced today.",
    "     Brenner lunched with the ambassador, Karl Omri, and said the aid",
    'would "not be cut"',
    "while the talks went on.",
    "UPI 05-13 06:12 PED",
)
_INDENTED = "\n".join(_INDENTED_LINES)


def test_an_initial_closing_a_line_does_not_close_the_paragraph() -> None:
    """An initial over the rest of the name ("Harold J." / "Brenner"): one paragraph."""
    out = reflow_indented(_INDENTED).split("\n")[1:]
    assert out[0].strip() == (
        "WASHINGTON (AP) - Secretary of State Harold J. Brenner will see Foreign Minister Otto"
        " Lantz in Geneva next week, the State Department announced today."
    )


def test_a_quote_closing_a_line_runs_on_into_lower_case() -> None:
    """A closing quotation mark before a lower-case line runs on; a stamp after a stop stays."""
    out = reflow_indented(_INDENTED).split("\n")[1:]
    assert out[1].strip() == (
        'Brenner lunched with the ambassador, Karl Omri, and said the aid would "not be cut"'
        " while the talks went on."
    )
    assert out[2] == "UPI 05-13 06:12 PED"


# --- parliamentary records: turn labels closed by ".-" ---------------------------------------

_HANSARD_PARAGRAPHS = (
    "PARLIAMENT OF THE REPUBLIC",
    "MINISTERIAL STATEMENTS",
    (
        "HON. RATU K.V. TALEMO (Minister for Foreign Affairs).- Madam Speaker, I rise to"
        " inform the House of the steps Government has taken."
    ),
    (
        "On Monday, I called in the Ambassador of Ruritania, His Excellency Mr Otto Brandl,"
        " to my office."
    ),
    "HON. MEMBERS.- Hear, hear!",
    (
        "HON. RATU K.V. TALEMO.- Yesterday, Madam Speaker, I spoke by telephone with my"
        " Samoan counterpart, the Honourable Lemalu Faasoo, about the vessel."
    ),
    (
        "Madam Speaker, I will travel to Canberra next week to meet the Australian Minister"
        " for Foreign Affairs, the Honourable Grace Holt."
    ),
    "MADAM SPEAKER.- Thank you.",
)
_HANSARD = "\n\n".join(_HANSARD_PARAGRAPHS)


def test_a_turn_label_closed_by_a_stop_and_a_dash_names_the_speaker() -> None:
    """The labelled member's "I" met, called and will meet each person named."""
    found = diplomeet.parse(_HANSARD, published=_WEDNESDAY).meetings
    assert {frozenset(p.name for p in m.participants) for m in found} == {
        frozenset({"K.V. Talemo", "Otto Brandl"}),
        frozenset({"K.V. Talemo", "Lemalu Faasoo"}),
        frozenset({"K.V. Talemo", "Grace Holt"}),
    }


def test_a_dateline_closed_by_a_stop_and_a_dash_names_no_speaker() -> None:
    """A dateline closed by ".-" labels no turn: the people of its sentence met."""
    text = (
        "CANBERRA, Wednesday.- The Minister for Trade, Mr. Ross Kettering, said he had met the"
        " Japanese Ambassador, Mr. Ken Oda, this afternoon."
    )
    assert _people(text) == [frozenset({"Ross Kettering", "Ken Oda"})]


# --- "my counterpart", and a trip's purpose ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            (
                '"This morning I spoke by telephone with my Fijian counterpart, Sela Rabuka,"'
                " Foreign Minister Ana Kray said."
            ),
            {"Ana Kray", "Sela Rabuka"},
        ),
        (
            (
                '"Yesterday I met our ambassador, Tomas Weil, in Vienna," Foreign Minister Ana Kray'
                " said."
            ),
            {"Ana Kray", "Tomas Weil"},
        ),
    ],
)
def test_my_or_our_before_the_person_met_is_the_speakers(sentence: str, people: set[str]) -> None:
    """A speaker's "with my counterpart, B": B is the person met."""
    assert _people(sentence) == [frozenset(people)]


# --- "then-" offices ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Tanaka met then-vice premier Lo Wen-hsin in Taipei.", "Lo Wen-hsin", "vice premier"),
        ("Tanaka met then-President Rosa Imbert in 2019.", "Rosa Imbert", "President"),
        ("The then-Foreign Minister Ivo Brandt flew home.", "Ivo Brandt", "Foreign Minister"),
        ("Then-premier Ola Mberi resigned.", "Ola Mberi", "premier"),
        ("Ex-President Luis Parra flew home.", "Luis Parra", "President"),
    ],
)
def test_an_office_written_with_then_is_read_with_its_holder(
    sentence: str, name: str, title: str
) -> None:
    """An office written with "then-" is read whole before the name."""
    found = [m.actor for m in mentions(Document(text=sentence)) if m.actor.kind == "person"]
    assert (found[-1].name, found[-1].title) == (name, title)


def test_a_meeting_with_a_then_officer_is_read() -> None:
    """A meeting "when he met then-vice premier B": the visitor and B."""
    text = (
        "Japanese lawmaker Jiro Tanaka arrived on Monday. Tanaka last visited in May last"
        " year, when he met then-vice premier Lo Wen-hsin."
    )
    assert _people(text) == [frozenset({"Jiro Tanaka", "Lo Wen-hsin"})]


# --- those only present ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Foreign Minister Ana Lind met Senator Paul Okoro on Monday, with Ambassador Eli Varga"
            " and Deputy Minister Jon Baird looking on."
        ),
        (
            "Foreign Minister Ana Lind met Senator Paul Okoro on Monday, with Ambassador Eli Varga"
            " sitting in."
        ),
        (
            "Foreign Minister Ana Lind held talks on Monday with Senator Paul Okoro, with"
            " Ambassador Eli Varga present."
        ),
        (
            "Foreign Minister Ana Lind and Senator Paul Okoro held talks on Monday, with Ambassador"
            " Eli Varga (in Hungarian) and the agency's chief representative Jon Baird in"
            " attendance."
        ),
        (
            "Foreign Minister Ana Lind received Senator Paul Okoro on Monday, with Ambassador Eli"
            " Varga as an observer."
        ),
        (
            "Foreign Minister Ana Lind and Senator Paul Okoro exchanged views on Monday, with"
            " Ambassador Eli Varga also present."
        ),
    ],
)
def test_people_only_present_are_not_participants(sentence: str) -> None:
    """People "in attendance" or "looking on" after "with" sat in; A and B met."""
    assert _people(sentence) == [frozenset({"Ana Lind", "Paul Okoro"})]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            (
                "Foreign Minister Ana Lind held talks on Monday with Senator Paul Okoro and"
                " Ambassador Eli Varga."
            ),
            {"Ana Lind", "Paul Okoro", "Eli Varga"},
        ),
        (
            (
                "Foreign Minister Ana Lind and Senator Paul Okoro held talks on Monday with"
                " Ambassador Eli Varga, who was present for the signing."
            ),
            {"Ana Lind", "Paul Okoro", "Eli Varga"},
        ),
    ],
)
def test_people_met_after_with_are_still_participants(sentence: str, people: set[str]) -> None:
    """A person met "with" stays; "present" told in a relative clause is no attendance."""
    assert _people(sentence) == [frozenset(people)]


# --- a day opening a second event after ", and" -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "On Monday, State Secretary Ilse Varga summoned Ambassador Tomas Weil, and on"
                " Tuesday morning President Ana Kray and President Jon Okafor spoke by phone."
            ),
            [
                ({"Ilse Varga", "Tomas Weil"}, "2026-05-11"),
                ({"Ana Kray", "Jon Okafor"}, "2026-05-12"),
            ],
        ),
        (
            (
                "On Monday, State Secretary Ilse Varga summoned Ambassador Tomas Weil, and the next"
                " day President Ana Kray and President Jon Okafor held talks in Lisbon."
            ),
            [({"Ilse Varga", "Tomas Weil"}, "2026-05-11"), ({"Ana Kray", "Jon Okafor"}, None)],
        ),
        (
            (
                "State Secretary Ilse Varga summoned Ambassador Tomas Weil on Friday, and on Monday"
                " evening President Ana Kray met President Jon Okafor."
            ),
            [
                ({"Ilse Varga", "Tomas Weil"}, "2026-05-08"),
                ({"Ana Kray", "Jon Okafor"}, "2026-05-11"),
            ],
        ),
    ],
)
def test_a_day_after_and_opens_the_next_events_clause(
    sentence: str, expected: list[tuple[set[str], str | None]]
) -> None:
    """Each event keeps its own people and its own day."""
    got = [(set(p), when) for p, when, _ in story_meetings(sentence, _WEDNESDAY)]
    for people, when in expected:
        assert any(p == people and (when is None or w == when) for p, w in got), (people, got)
    assert len(got) == len(expected)


def test_and_before_a_day_in_one_event_is_no_clause() -> None:
    """Days joined by "and" with no comma are one event's."""
    text = "Foreign Minister Ana Kray met President Jon Okafor in Lisbon on Monday and on Tuesday."
    assert _people(text) == [frozenset({"Ana Kray", "Jon Okafor"})]


# --- a call's length before its attribution --------------------------------------------------


def test_a_spokesperson_after_a_calls_length_is_not_called() -> None:
    """A call's length and a comma before a spokesperson make no apposition."""
    text = (
        "President Ana Kray and President Jon Okafor spoke by phone for roughly half an hour,"
        " Kray's spokesperson, Lena Pohl, confirmed."
    )
    assert _people(text) == [frozenset({"Ana Kray", "Jon Okafor"})]


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "President Ana Kray spoke by phone with President Jon Okafor for about an hour on"
            " Monday, Kray's spokesperson, Lena Pohl, said."
        ),
        (
            "President Ana Kray and President Jon Okafor talked for 40 minutes, the presidency's"
            " spokesperson, Lena Pohl, told reporters."
        ),
    ],
)
def test_a_spokesperson_after_a_call_in_other_orders_is_not_called(sentence: str) -> None:
    """The same family told with "with" or a verb of saying: read before, still read so."""
    assert _people(sentence) == [frozenset({"Ana Kray", "Jon Okafor"})]


def test_a_title_in_apposition_still_names_the_person_met() -> None:
    """A title in apposition ("the head of the council, General B") still names B."""
    text = "Foreign Minister Ana Kray met the head of the ruling council, General Omar Sayed."
    assert _people(text) == [frozenset({"Ana Kray", "Omar Sayed"})]


# --- a plan told by "due at X ... for talks"; a month's abbreviation is no place --------------


@pytest.mark.parametrize(
    ("sentence", "place", "when"),
    [
        (
            (
                "Premier Hanna Oren is due at the White House Sept. 25 for two days of talks with"
                " President Gordon Vale."
            ),
            "Washington",
            "2026-09-25",
        ),
        (
            (
                "Premier Hanna Oren is due in Lagos on Oct. 3 for a round of talks with President"
                " Gordon Vale."
            ),
            "Lagos",
            "2026-10-03",
        ),
        (
            (
                "Premier Hanna Oren is expected in Lagos next week for further talks with President"
                " Gordon Vale."
            ),
            "Lagos",
            "2026-W21",
        ),
    ],
)
def test_due_at_a_place_for_talks_is_a_plan(sentence: str, place: str, when: str) -> None:
    """A visitor "due" somewhere "for talks" plans them, the place read past a month's stop."""
    rows = story_meetings_with_status(sentence, _WEDNESDAY)
    assert [(set(p), w, pl, st) for p, w, pl, st in rows] == [
        ({"Hanna Oren", "Gordon Vale"}, when, place, "planned")
    ]


def test_was_in_a_place_for_talks_is_held() -> None:
    """A visitor who "was in" a place for talks held them."""
    text = "Premier Hanna Oren was in Lagos on Monday for talks with President Gordon Vale."
    rows = story_meetings_with_status(text, _WEDNESDAY)
    assert [st for *_, st in rows] == ["held"]


def test_a_place_named_like_a_month_is_still_a_place() -> None:
    """A town whose name opens like a month's short form ("Mar del Plata") is a place."""
    text = "Premier Hanna Oren met President Gordon Vale in Mar del Plata on Monday."
    assert [pl for *_, pl in story_meetings(text, _WEDNESDAY)] == ["Mar del Plata"]


# --- "and told him" is no attribution -----------------------------------------------------


def test_a_second_verb_told_is_no_attribution_clause() -> None:
    """A second verb "and told him" opens no attribution: the day and place are read."""
    text = (
        "Secretary of State Conrad Telfer will see Foreign Minister Amnon Resh next week. Telfer"
        " lunched with Jordan's ambassador, Amin Saleh, at the State Department Wednesday and"
        " told him the aid would go on."
    )
    rows = story_meetings(text, date(2026, 5, 15))
    assert (("Conrad Telfer", "Amin Saleh"), "2026-05-13", "Washington") in rows


def test_an_attribution_after_a_comma_is_still_its_own_clause() -> None:
    """An attribution after a comma ("the ministry told reporters") holds no one met."""
    text = (
        "Foreign Minister Ana Kray met Ambassador Amin Saleh on Monday, the ministry told"
        " reporters."
    )
    assert _people(text) == [frozenset({"Ana Kray", "Amin Saleh"})]


# --- an office before its holder's name in brackets ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            (
                "The Minister for External Affairs (Mr. R. J. Hale) conferred for an hour with the"
                " Japanese Ambassador (Mr. Ken Oda) at Parliament House this afternoon."
            ),
            {"R. J. Hale", "Ken Oda"},
        ),
        (
            (
                "The Prime Minister (Mr. Owen Hale) received the Japanese Ambassador (Mr. Ken Oda)"
                " at Parliament House today."
            ),
            {"Owen Hale", "Ken Oda"},
        ),
        (
            (
                "The Prime Minister (Mr. Owen Hale) spoke by telephone with the President of"
                " Ruritania (Dr. Ana Lind) today."
            ),
            {"Owen Hale", "Ana Lind"},
        ),
        (
            (
                "The Minister for Trade (Mr. Owen Hale) met the Leader of the Opposition (Mr. Tom"
                " Rees) in Sydney today."
            ),
            {"Owen Hale", "Tom Rees"},
        ),
    ],
)
def test_an_office_with_its_holder_in_brackets_names_the_person_met(
    sentence: str, people: set[str]
) -> None:
    """An office, then its holder in brackets ("the Ambassador (Mr. B)"): B is met."""
    assert _people(sentence) == [frozenset(people)]


def test_a_bracket_after_an_office_that_names_no_person_is_no_one_met() -> None:
    """A bracket naming no person after an office ("the Board (Sydney)") is no one met."""
    text = "The Minister for Trade (Mr. Owen Hale) met the members of the Tariff Board (Sydney)."
    assert _people(text) == []


# --- a second envoy received after the first one's time --------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "State Secretary Ilse Varga received Russia's envoy, Ivan Orlov, in the morning and"
            " Belarus's envoy, Pavel Hurin, in the afternoon."
        ),
        (
            "State Secretary Ilse Varga received Russia's envoy, Ivan Orlov, on Monday and"
            " Belarus's envoy, Pavel Hurin, on Tuesday."
        ),
    ],
)
def test_each_envoy_received_in_turn_is_a_meeting(sentence: str) -> None:
    """The first one's name closed by a comma, then a time: one meeting with each."""
    assert sorted(map(sorted, _people(sentence))) == [
        ["Ilse Varga", "Ivan Orlov"],
        ["Ilse Varga", "Pavel Hurin"],
    ]


# --- a new plan elsewhere after a cancellation ---------------------------------------------


def test_a_new_plan_elsewhere_after_a_cancellation_is_its_own_meeting() -> None:
    """A plan "now expected" in Brussels after talks in Vilnius were called off."""
    text = (
        "Prime Minister Ana Kray had been due to hold talks with Prime Minister Jon Okafor in"
        " Vilnius on May 20, but the visit has been called off. The two heads of government"
        " are now expected to meet on the margins of the summit in Brussels in May."
    )
    rows = story_meetings_with_status(text, _WEDNESDAY)
    assert [(pl, st) for _, _, pl, st in rows] == [
        ("Vilnius", "cancelled"),
        ("Brussels", "planned"),
    ]


def test_a_cancelled_plan_retold_at_its_place_stays_one() -> None:
    """The cancelled talks told again at the same place are the same meeting."""
    text = (
        "Prime Minister Ana Kray had been due to hold talks with Prime Minister Jon Okafor in"
        " Vilnius on May 20, but the visit has been called off. The two heads of government"
        " had been expected to meet in Vilnius in May."
    )
    rows = story_meetings_with_status(text, _WEDNESDAY)
    assert [(pl, st) for _, _, pl, st in rows] == [("Vilnius", "cancelled")]


# --- a delegation's head named before it -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Senator Paul Okoro, who heads the eight-member delegation, arrived on Monday. The"
            " delegation is to call on President Ana Kray tomorrow."
        ),
        (
            "Senator Paul Okoro, who leads the delegation, arrived on Monday. The delegation will"
            " call on President Ana Kray tomorrow."
        ),
        (
            "Senator Paul Okoro, head of the parliamentary delegation, arrived on Monday. The group"
            " is due to meet President Ana Kray tomorrow."
        ),
    ],
)
def test_the_delegation_stands_for_its_head_named_before(text: str) -> None:
    """The delegation whose head was named before ("A, who heads the delegation") is A."""
    assert _people(text) == [frozenset({"Paul Okoro", "Ana Kray"})]


def test_a_delegation_that_meets_no_one_makes_no_meeting() -> None:
    """The delegation touring a port meets no one."""
    text = (
        "Senator Paul Okoro, who heads the delegation, arrived on Monday. The delegation"
        " toured the port on Tuesday."
    )
    assert _people(text) == []


# --- a body's member after "and" -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ana Lind and Knesset member Paul Okoro held talks in Vilnius on Monday.",
        (
            "Foreign Minister Ana Lind and House of Commons member Paul Okoro met in Vilnius on"
            " Monday."
        ),
        (
            "Foreign Minister Ana Lind welcomed the delegation on Monday. Lind and House of"
            " Councillors member Paul Okoro, who heads the delegation, exchanged views over lunch."
        ),
    ],
)
def test_a_member_named_by_the_body_is_joined_by_and(sentence: str) -> None:
    """A body's member joined by "and" ("A and Knesset member B"): both are the subject."""
    assert [set(p) for p, _, _ in story_meetings(sentence, _WEDNESDAY)] == [
        {"Ana Lind", "Paul Okoro"}
    ]


# --- what was discussed "during the meeting" keeps its own day ------------------------------


def test_a_day_inside_what_was_discussed_during_the_meeting_is_not_the_meetings() -> None:
    """The attack's day after "During the meeting, the two sides discussed" dates no talks."""
    text = (
        "Foreign Minister Ana Kray received Ambassador Tomas Weil in Riga on Wednesday. During"
        " the meeting, the two sides discussed bilateral ties and the attack on a cargo ship"
        " off the coast in the early hours of Monday."
    )
    assert story_meetings(text, _WEDNESDAY) == [(("Ana Kray", "Tomas Weil"), "2026-05-13", "Riga")]


def test_a_day_of_the_meeting_told_after_during_is_still_read() -> None:
    """A day told right after "During the meeting" is the meeting's own."""
    text = (
        "Foreign Minister Ana Kray held talks with Ambassador Tomas Weil in Riga. During the"
        " meeting on Monday, the two sides discussed bilateral ties."
    )
    assert [w for _, w, _ in story_meetings(text, _WEDNESDAY)] == ["2026-05-11"]


# --- a body's name is no person ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Border Committee met in Penang on Friday.",
        "The Joint Staff Council met in Penang on Friday.",
        "Delegates of the Grand Mufti Assembly gathered on Friday.",
    ],
)
def test_a_rank_or_a_word_before_a_bodys_noun_names_no_person(sentence: str) -> None:
    """A rank or a word before a body's noun ("General Border Committee") is no person."""
    found = [m.actor for m in mentions(Document(text=sentence)) if m.actor.kind == "person"]
    assert found == []


def test_a_person_before_a_lower_case_body_word_is_still_a_person() -> None:
    """A titled name before a verb ("General A met the Council") is still a person."""
    found = [m.actor.name for m in mentions(Document(text="General Ana Kray met the Council."))]
    assert "Ana Kray" in found


# --- a body's meeting told with its principals -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Last Friday, the border committee met in Penang for the first time since May, with the"
            " two defence ministers, General Ana Kray and General Jon Okafor, agreeing to pull"
            " artillery back."
        ),
        (
            "The joint commission met in Hanoi on Monday, with the foreign ministers, Ana Kray and"
            " Jon Okafor, presiding."
        ),
        (
            "The joint commission met in Hanoi on Monday, with both leaders, Ana Kray and Jon"
            " Okafor, in the chair."
        ),
    ],
)
def test_a_bodys_meeting_with_its_principals_is_their_meeting(sentence: str) -> None:
    """A body's meeting "with the two ministers, A and B, agreeing": A and B met."""
    assert _people(sentence) == [frozenset({"Ana Kray", "Jon Okafor"})]


def test_principals_who_did_not_take_part_are_not_met() -> None:
    """Principals told absent ("with the two ministers, A and B, absent") did not meet."""
    text = (
        "The joint commission met in Hanoi on Monday, with the two ministers, Ana Kray and Jon"
        " Okafor, absent."
    )
    assert _people(text) == []


# --- "host" as a noun ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Foreign Minister Ana Kray and Foreign Minister Jon Okafor dined with their host,"
            " President Eli Varga, in Riga on Monday."
        ),
        (
            "Foreign Minister Ana Kray and Foreign Minister Jon Okafor held talks with their"
            " Latvian host, President Eli Varga, in Riga on Monday."
        ),
    ],
)
def test_their_host_is_a_noun_not_a_second_meeting(sentence: str) -> None:
    """The noun in "with their host, C": one meeting of the three, not one of the guests."""
    assert _people(sentence) == [frozenset({"Ana Kray", "Jon Okafor", "Eli Varga"})]


def test_host_as_a_verb_is_still_a_meeting() -> None:
    """The verb in "will host B" is still a meeting."""
    text = "Foreign Minister Ana Kray will host Foreign Minister Jon Okafor in Riga on Monday."
    assert _people(text) == [frozenset({"Ana Kray", "Jon Okafor"})]
