"""
Transcripts of briefings: a named speaker's turns are direct statements without quote marks.

Documents written here, people invented: a ministry spokesperson's briefing, an
ambassador's press conference and a secretary's interview, each with a questioner's turns
("QUESTION:", "Q:") and a speaker's turns ("MR. X:", "AMBASSADOR X:", "SECRETARY X:").
"""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet.records import Statement

BRIEFING = """\
DAILY PRESS BRIEFING
TUESDAY, APRIL 7, 2009, 1:05 P.M.

BRIEFER: HOLLIS J. VANTERPOOL, DEPUTY SPOKESMAN

MR. VANTERPOOL: Good afternoon. I have nothing to announce, so let's go to your questions.

QUESTION: Did the Secretary call the Peruvian Foreign Minister about the trawler?

MR. VANTERPOOL: She did, this morning. They agreed that the crew should be released.

We will keep pressing for consular access until the crew are home.

QUESTION: Anything on Haiti?

MR. VANTERPOOL: Nothing new today.

(The briefing concluded at 1:40 P.M.)
"""

PRESS_CONFERENCE = """\
Transcript of the press conference of the Permanent Representative of Ghana

AMBASSADOR OFORI-ATTA: The Council will meet again on Friday to discuss the border.

Q: Will Ghana call for sanctions?

AMBASSADOR OFORI-ATTA: No. Sanctions are not on the table for us at this stage.

Q: Thank you, Ambassador.
"""

INTERVIEW = """\
Interview with Radio Tirana

Albania's Foreign Secretary Mirela Kastrati spoke to the station on Monday.

Q: Minister, what did you tell your Serbian counterpart?

SECRETARY KASTRATI: I told him the crossing must reopen before the winter. Our farmers \
cannot wait another season.

Q: And if it does not?

SECRETARY KASTRATI: Then we will take it to Brussels.
"""


def _direct(text: str) -> list[Statement]:
    art = diplomeet.parse(text, published=date(2009, 4, 7))
    return [s for s in art.statements if s.mode == "direct"]


def test_a_spokesmans_answers_are_his_direct_statements_under_his_full_name() -> None:
    """A spokesman's turns are his, named as the header gives him in capitals."""
    found = {s.quote: s.speaker.name if s.speaker else None for s in _direct(BRIEFING)}
    assert found["She did, this morning. They agreed that the crew should be released."] == (
        "Hollis J. Vanterpool"
    )
    # A turn runs over paragraphs until the next label.
    assert found["We will keep pressing for consular access until the crew are home."] == (
        "Hollis J. Vanterpool"
    )
    assert found["Nothing new today."] == "Hollis J. Vanterpool"


def test_questions_and_closing_lines_are_no_ones_statements() -> None:
    """Questions, the header and the closing line are nobody's statements."""
    quotes = [s.quote for s in _direct(BRIEFING)]
    assert not any("Peruvian Foreign Minister" in q for q in quotes)
    assert not any("concluded" in q for q in quotes)
    assert not any("DEPUTY SPOKESMAN" in q for q in quotes)


def test_an_ambassadors_turns_after_q_labels() -> None:
    """An ambassador's turns after "Q:" questions are hers; the questions are not."""
    found = {s.quote: s.speaker.name if s.speaker else None for s in _direct(PRESS_CONFERENCE)}
    assert found["No. Sanctions are not on the table for us at this stage."] == "Ofori-Atta"
    assert "Will Ghana call for sanctions?" not in found


def test_a_secretarys_interview_turns_name_the_person_the_article_names() -> None:
    """A label's surname names the person the article names in full."""
    found = {s.quote: s.speaker.name if s.speaker else None for s in _direct(INTERVIEW)}
    assert found["Then we will take it to Brussels."] == "Mirela Kastrati"
    assert any(q.startswith("I told him the crossing must reopen") for q in found)


def test_a_dateline_in_capitals_is_no_speaker() -> None:
    """A dateline in capitals is no speaker's label."""
    text = (
        "Envoys meet over border row\n\n"
        "LONDON: British and Irish officials met on Monday to discuss the border.\n\n"
        "Q: What comes next?\n\n"
        "Officials said a second round would follow.\n"
    )
    assert _direct(text) == []
