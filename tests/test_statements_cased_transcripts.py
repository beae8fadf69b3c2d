"""
Interviews and briefings whose turns are labelled in ordinary case, and their look-alikes.

Documents written here, people and outlets invented: a newspaper's question-and-answer
interview (the paper's name or initials on the questions, the guest's full name on the first
answer and his surname after), a ministry's briefing transcript ("Question (Radio Kestrel):"
and the spokesperson's name on every answer), and pages that only look like them.
"""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet.records import Statement

QA_INTERVIEW = """\
Ten days after the ferry was stopped, the envoy of Norland, Tobias Wennerlund Aho, spoke \
to our reporter about the talks.

Harbour Courier: You met the minister on Monday. What did you ask for?

Tobias Wennerlund Aho: Very little. I asked that the ferry be allowed to sail again before \
the storms begin, and the minister listened.

HC: Some say the crew broke the rules. Your answer?

Wennerlund Aho: The crew kept to the lane the two ports agreed in 2019. I will let the \
charts speak.

HC: What comes next?

Wennerlund Aho: A working group meets in the spring. Is that enough? It is a start.
"""

BRIEFING = """\
Ministry of External Affairs of Veldonia
Press briefing, Capital City

Spokesperson: Ilse Marchetti-Brand, Chief Spokesperson

Ilse Marchetti-Brand: Good afternoon. I have one announcement before your questions.

The Foreign Minister will travel to Ostrava on Monday for talks on the river treaty.

Question (Radio Kestrel): Will she meet her counterpart there?

Ilse Marchetti-Brand: She will, on Tuesday morning, and the treaty will be the first item.

Question (Daily Lantern): Is the treaty at risk?

Ilse Marchetti-Brand: No treaty is ever safe from neglect. This one is not neglected.

Ilse Marchetti-Brand: Thank you. That is all from me.
"""


def _direct(text: str) -> dict[str, str | None]:
    art = diplomeet.parse(text, published=date(2026, 3, 4))
    return {
        s.quote: s.speaker.name if s.speaker else None for s in art.statements if s.mode == "direct"
    }


def _quotes(text: str) -> list[Statement]:
    return list(diplomeet.parse(text, published=date(2026, 3, 4)).statements)


def test_a_newspaper_interviews_answers_are_the_guests_under_his_full_name() -> None:
    """Answers labelled with the full name, then the surname, are the guest's, direct."""
    found = _direct(QA_INTERVIEW)
    first = (
        "Very little. I asked that the ferry be allowed to sail again before the storms "
        "begin, and the minister listened."
    )
    assert found[first] == "Tobias Wennerlund Aho"
    second = "The crew kept to the lane the two ports agreed in 2019. I will let the charts speak."
    assert found[second] == "Tobias Wennerlund Aho"


def test_an_answer_ending_with_a_question_stays_the_guests() -> None:
    """A named speaker's answer that ends with a question mark is still an answer."""
    found = _direct(QA_INTERVIEW)
    assert found["A working group meets in the spring. Is that enough? It is a start."] == (
        "Tobias Wennerlund Aho"
    )


def test_the_papers_questions_are_nobodys_statements() -> None:
    """Questions under the paper's name or initials are not statements."""
    quotes = [s.quote for s in _quotes(QA_INTERVIEW)]
    assert not any("What did you ask for" in q for q in quotes)
    assert not any("What comes next" in q for q in quotes)


def test_a_briefings_answers_are_the_spokespersons() -> None:
    """A spokesperson's answers after labelled questions are hers, over paragraphs."""
    found = _direct(BRIEFING)
    assert found["She will, on Tuesday morning, and the treaty will be the first item."] == (
        "Ilse Marchetti-Brand"
    )
    assert found["No treaty is ever safe from neglect. This one is not neglected."] == (
        "Ilse Marchetti-Brand"
    )
    announcement = (
        "The Foreign Minister will travel to Ostrava on Monday for talks on the river treaty."
    )
    assert found[announcement] == "Ilse Marchetti-Brand"


def test_courtesy_lines_and_questions_of_a_briefing_are_no_statements() -> None:
    """Greetings, "That is all from me" and the journalists' questions state nothing."""
    quotes = [s.quote for s in _quotes(BRIEFING)]
    assert "No treaty is ever safe from neglect. This one is not neglected." in quotes
    assert not any(q.startswith("Good afternoon") for q in quotes)
    assert not any(q.startswith("Thank you") for q in quotes)
    assert not any("counterpart" in q for q in quotes)
    assert not any("Chief Spokesperson" in q for q in quotes)


def test_a_relayed_quotation_is_not_the_spokespersons_turn() -> None:
    """A paragraph that reads out another's words leaves them to that person."""
    text = BRIEFING.replace(
        "The Foreign Minister will travel",
        'Yesterday the Foreign Minister, Hana Velicka, said, and I quote: "The river does '
        'not belong to one bank, and neither does the treaty that governs it." End of quote.'
        "\n\nThe Foreign Minister will travel",
    )
    by_quote = {s.quote: s for s in _quotes(text)}
    relayed = "The river does not belong to one bank, and neither does the treaty that governs it."
    assert relayed in by_quote
    assert "No treaty is ever safe from neglect. This one is not neglected." in by_quote
    assert not any(q.startswith("Yesterday the Foreign Minister") for q in by_quote)


def test_an_article_with_a_lone_note_label_is_no_transcript() -> None:
    """A news story with "Editor's Note:" and a question in a paragraph has no turns."""
    text = (
        "Ministers of Norland and Veldonia met in Ostrava on Monday.\n\n"
        "Editor's Note: An earlier version of this story misspelt a name.\n\n"
        "Will the treaty hold? Diplomats are not sure.\n\n"
        "Read More: How the river treaty was signed in 1998.\n"
    )
    assert _direct(text) == {}


def test_a_list_of_labelled_lines_without_questions_is_no_transcript() -> None:
    """Labelled lines with names ("Host Team: ...") but no question asked are not turns."""
    text = (
        "The delegations were as follows.\n\n"
        "Norland Delegation: Tobias Wennerlund Aho and two advisers.\n\n"
        "Veldonia Delegation: Ilse Marchetti-Brand and her deputy.\n\n"
        "Norland Delegation: returned home on Friday.\n"
    )
    assert _direct(text) == {}


def test_a_faq_with_q_and_a_labels_gives_no_statements() -> None:
    """An explainer's "Q:" and "A:" lines are the outlet's, no one's statements."""
    text = (
        "What the river treaty means, explained.\n\n"
        "Q: What is the treaty?\n\n"
        "A: A 1998 accord on the shared river.\n\n"
        "Q: Who signed it?\n\n"
        "A: Norland and Veldonia.\n"
    )
    assert _direct(text) == {}


def test_a_press_room_of_many_outlets_is_left_to_the_quotation_reader() -> None:
    """Questions labelled by several outlets ("Radio Kestrel:", "Lantern:") are not read."""
    text = (
        "Regular press conference of the spokesperson, 4 March 2026\n\n"
        "Radio Kestrel: Will the Foreign Minister visit Ostrava?\n\n"
        "Ilse Marchetti-Brand: She will, on Tuesday, for talks on the river treaty.\n\n"
        "Daily Lantern: Is the treaty at risk?\n\n"
        "Ilse Marchetti-Brand: No treaty is ever safe from neglect.\n"
    )
    assert _direct(text) == {}


def test_a_surname_in_capitals_is_no_label_in_ordinary_case() -> None:
    """A parliament's record ("Hon. J. K. VESTRE:") is not read as an interview."""
    text = (
        "Ministerial statement, 4 March 2026\n\n"
        "Hon. J. K. VESTRE: I called in the ambassador yesterday to protest.\n\n"
        "Mr DALBY: Will the Minister table the note?\n\n"
        "Hon. J. K. VESTRE: I will not. The matter is before the court.\n"
    )
    assert "I will not. The matter is before the court." not in _direct(text)
