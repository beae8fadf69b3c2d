"""
Transcripts: paragraphs opened by a speaker's label give that speaker's statements.

Every transcript here is written for these tests, in the manner of foreign ministries'
briefing transcripts and broadcasters' interview transcripts; the people are invented.
"""

from __future__ import annotations

from datetime import date

import diplomeet

BRIEFING = (
    "Spokesman Daniel Hale took questions at the daily briefing.\n\n"
    "MR HALE: Good afternoon, everyone. The Secretary met this morning with the Kenyan"
    " foreign minister to discuss the situation in Sudan.\n\n"
    "QUESTION: Did the Secretary raise the detention of the two journalists?\n\n"
    "MR HALE: She did. She made clear that we want them released quickly.\n\n"
    "QUESTION: Any response?\n\n"
    "MR HALE: I will let the Kenyans speak for themselves.\n"
)


def _said(text: str) -> list[tuple[str | None, str]]:
    art = diplomeet.parse(text, published=date(2026, 3, 3))
    return [(s.speaker.name if s.speaker else None, s.quote) for s in art.statements]


def test_a_briefing_gives_each_answer_to_the_spokesman() -> None:
    """Each labelled answer is a direct statement of the person named in the text."""
    said = _said(BRIEFING)
    assert said == [
        (
            "Daniel Hale",
            (
                "Good afternoon, everyone. The Secretary met this morning with the Kenyan"
                " foreign minister to discuss the situation in Sudan."
            ),
        ),
        ("Daniel Hale", "She did. She made clear that we want them released quickly."),
        ("Daniel Hale", "I will let the Kenyans speak for themselves."),
    ]
    art = diplomeet.parse(BRIEFING, published=date(2026, 3, 3))
    assert {s.mode for s in art.statements} == {"direct"}
    for s in art.statements:
        assert art.text[s.evidence.start : s.evidence.end].startswith("MR HALE: ")


def test_a_briefing_whose_questions_come_from_outlets() -> None:
    """Labels in ordinary case answer outlets' questions: the answers are the spokesman's."""
    said = _said(
        "Lin Wei: Good afternoon. Foreign Minister Zhao will visit Jakarta next week.\n\n"
        "Reuters: Will the minister meet the Indonesian president?\n\n"
        "Lin Wei: We will release information in due course.\n"
    )
    assert said == [
        ("Lin Wei", "Good afternoon. Foreign Minister Zhao will visit Jakarta next week."),
        ("Lin Wei", "We will release information in due course."),
    ]


def test_an_interview_in_capitals_without_question_labels() -> None:
    """Two speakers' labels in capitals make a transcript even when no one is labelled Q."""
    said = _said(
        "Kowalski undecided on treaty\n\n"
        "Mark Dunne met Senator Ann Kowalski for an interview on Sunday.\n\n"
        "DUNNE: Senator, will you vote for the treaty?\n\n"
        "KOWALSKI: I have not decided. I want to read every line of it first.\n"
    )
    assert said == [
        ("Mark Dunne", "Senator, will you vote for the treaty?"),
        ("Ann Kowalski", "I have not decided. I want to read every line of it first."),
    ]


def test_labels_in_capitals_name_their_speakers_when_the_text_does_not() -> None:
    """A label in capitals naming no one in the text is the person the label names."""
    said = _said(
        "Governor on the Sunday shows\n\n"
        "REYES: Governor, is the border closed?\n\n"
        "VANCE: It is not closed. We are managing it.\n"
    )
    assert said == [
        ("Reyes", "Governor, is the border closed?"),
        ("Vance", "It is not closed. We are managing it."),
    ]


def test_a_dateline_and_a_note_make_no_transcript() -> None:
    """A dateline and a note with colons open paragraphs without making anyone speak."""
    said = _said(
        "RIYADH: Saudi Arabia's foreign minister met his Omani counterpart on Monday.\n\n"
        "Note: This story has been updated with the ministers' joint statement.\n"
    )
    assert said == []


def test_a_list_of_names_and_figures_is_no_transcript() -> None:
    """Names in ordinary case over figures are a tally, not answers."""
    said = _said(
        "The latest delegate count:\n\n"
        "Ana Rojas: 1,769 delegates.\n\n"
        "Luis Mora: 1,501 delegates so far.\n"
    )
    assert said == []


def test_a_quotation_inside_an_answer_keeps_its_own_reading() -> None:
    """An answer quoting someone else gives that quotation once, to its speaker."""
    art = diplomeet.parse(
        "The spokesman, Daniel Hale, briefed reporters.\n\n"
        'MR HALE: As President Ruth Wanjiru said, "we are ready to talk," and we welcome'
        " that.\n\n"
        "QUESTION: When will talks start?\n\n"
        "MR HALE: I have nothing to announce today.\n",
        published=date(2026, 3, 3),
    )
    said = [(s.speaker.name if s.speaker else None, s.quote) for s in art.statements]
    assert ("Ruth Wanjiru", "we are ready to talk,") in said
    assert ("Daniel Hale", "I have nothing to announce today.") in said
    assert len([q for _, q in said if "ready to talk" in q]) == 1
