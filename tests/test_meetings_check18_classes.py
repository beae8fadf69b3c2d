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
from extraction_helpers import story_meetings

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
        "CANBERRA, Wednesday.- The Minister for Trade, Mr. Ross Keane, said he had met the"
        " Japanese Ambassador, Mr. Ken Oda, this afternoon."
    )
    assert _people(text) == [frozenset({"Ross Keane", "Ken Oda"})]


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


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "President Ana Kray and President Jon Okafor spoke by phone for roughly half an hour,"
            " Kray's spokesperson, Lena Pohl, confirmed."
        ),
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
def test_a_spokesperson_after_a_calls_length_is_not_called(sentence: str) -> None:
    """A call's length and a comma before a spokesperson make no apposition."""
    assert _people(sentence) == [frozenset({"Ana Kray", "Jon Okafor"})]


def test_a_title_in_apposition_still_names_the_person_met() -> None:
    """A title in apposition ("the head of the council, General B") still names B."""
    text = "Foreign Minister Ana Kray met the head of the ruling council, General Omar Sayed."
    assert _people(text) == [frozenset({"Ana Kray", "Omar Sayed"})]
