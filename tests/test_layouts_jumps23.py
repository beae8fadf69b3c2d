"""A print story's jump to another page and back: the jump lines go, the paragraph is whole."""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet.outlets._columns import without_jumps
from extraction_helpers import speaker_in

_DAY = date(1974, 3, 12)

_JUMPED = """Harbor Gazette, Port Aldous, Tuesday, March 12, 1974          Page 1

Norvel Protests
Trawler Seizure

   KESTRA, Norvel (AP) -- Norvel recalled its envoy
from Brennland today after a patrol boat seized a
trawler off the northern banks.
   Foreign Minister Aldo Wessing summoned the
Brennish charge d'affaires, Pia Holm, and told
her the seizure was "a plain act of piracy."
   In Brennburg, a Foreign Ministry spokesman said the
patrol would go on "as long as foreign boats keep
fishing inside our line without a permit and

                    (See TRAWLER, Page 6)

Page 6          Harbor Gazette, Tuesday, March 12, 1974

TRAWLER
(Continued from Page 1)

without paying the fines owed since last year."
   Wessing is due in Brennburg next week for
talks on the fishing line.
"""


def test_a_jumped_paragraph_is_whole_again_and_its_quotation_too() -> None:
    """The jump line, the next page's head, the slug and "Continued from" all go."""
    article = diplomeet.parse(_JUMPED, published=_DAY)
    text = article.text
    assert "Page 6" not in text, text
    assert "TRAWLER" not in text, text
    assert "Continued" not in text, text
    assert (
        "keep fishing inside our line without a permit and without paying the fines owed "
        'since last year."'
    ) in text, text
    quotes = [s.quote for s in article.statements]
    assert any(q.endswith("owed since last year.") for q in quotes), quotes


def test_a_jump_closing_a_paragraph_in_brackets_is_cut() -> None:
    """A paragraph closing on "(See TALKS, Page 8)" keeps its sentence, not the jump."""
    lines = ["The minister is to brief the cabinet on Friday morning. (See TALKS, Page 8)"]
    assert without_jumps(lines) == ["The minister is to brief the cabinet on Friday morning."]


def test_jump_lines_in_their_other_forms_go() -> None:
    """Unbracketed, "on Page", "Continued on", "Please turn to", a column's number."""
    for jump in (
        "See TALKS on Page 12A",
        "Continued on Page 4, Col. 3",
        "Please turn to Page 6",
        "CONTINUED ON PAGE 9",
        "(See Editorial, Page 8)",
    ):
        lines = ["The talks went on into the night.", "", jump, "", "Nothing was agreed."]
        assert jump not in without_jumps(lines), jump


def test_the_paragraph_after_a_jump_opening_a_sentence_stays_apart() -> None:
    """A paragraph closed before the jump is not joined to the next one."""
    lines = [
        "The envoy left for home on Sunday.",
        "(See ENVOY, Page 3)",
        "ENVOY",
        "(Continued from Page 1)",
        "the talks will resume in May.",
    ]
    assert without_jumps(lines) == [
        "The envoy left for home on Sunday.",
        "the talks will resume in May.",
    ]


def test_a_page_named_in_prose_is_no_jump() -> None:
    """Look-alikes: a sentence naming a page, a bare heading in capitals with no jump."""
    lines = [
        "See the report on page 8 of the annex, the minister told the house.",
        "",
        "TALKS",
        "",
        "The delegations met on Page Street, near the embassy.",
    ]
    assert without_jumps(lines) == lines


def test_the_speaker_of_the_jumped_quotation_is_kept() -> None:
    """The joined quotation is the spokesman's, as the paragraph before the jump says."""
    statements = list(diplomeet.parse(_JUMPED, published=_DAY).statements)
    speaker = speaker_in(statements, "without paying the fines")
    assert speaker is not None, statements
    assert "spokesman" in speaker.casefold() or "ministry" in speaker.casefold(), speaker
