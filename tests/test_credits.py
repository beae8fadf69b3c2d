"""Author credits read from closing contributor notes (texts written for these tests)."""

from __future__ import annotations

import pytest

from diplomeet import outlets
from diplomeet.outlets._credits import Credits, read_bio


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        # a title before the name, a party tag, and a verb telling the job
        ("Rep. Mara Quint, D-Ore., chairs the House ethics panel.", ("Mara Quint",)),
        ("Sen. Olav Brekke, R-Idaho, was an early backer of the farm bill.", ("Olav Brekke",)),
        # a job word written with "co-"
        (
            "Lena Ostrova is co-author of a forthcoming history of the Baltic ports.",
            ("Lena Ostrova",),
        ),
        ("Pavel Rusu is coordinator of a network of election monitors.", ("Pavel Rusu",)),
        # a long apposition, then a verb in the past
        (
            (
                "R. Tomas Vell, a retired Navy officer who served two tours in the Gulf, "
                "taught history at a naval academy."
            ),
            ("R. Tomas Vell",),
        ),
        # quoted titles of a podcast and a column do not make the note news prose
        (
            (
                "Iris Manning edits \u201cThe Long Read\u201d for the Gazette and co-hosts "
                "the podcast \u201cNo, Really, Listen.\u201d Subscribe here."
            ),
            ("Iris Manning",),
        ),
    ],
)
def test_closing_contributor_notes(closing: str, authors: tuple[str, ...]) -> None:
    """An op-ed's closing contributor note gives its author and leaves the body."""
    text = f"Ports Reopen\n\nThe ports reopened on Monday.\n\n{closing}"

    layout = outlets.get_parser("generic").split(text)

    assert layout.authors == authors
    assert layout.body == "The ports reopened on Monday."


def test_a_quoted_sentence_keeps_a_closing_paragraph_in_the_body() -> None:
    """A quoted sentence (not a title) after a name and a job verb is news prose."""
    tally = Credits()

    assert not read_bio(
        'Mara Quint chairs the panel. "We will not be rushed on this one," she said.', tally
    )
    assert tally.authors == []


def test_a_subject_of_the_story_with_a_job_verb_is_no_author() -> None:
    """A closing "X chairs ..." about a person the story names stays in the body."""
    text = (
        "Panel Meets\n\nRep. Mara Quint opened the hearing on Monday.\n\n"
        "Rep. Mara Quint, D-Ore., chairs the House ethics panel."
    )

    layout = outlets.get_parser("generic").split(text)

    assert layout.authors == ()
    assert layout.body.endswith("chairs the House ethics panel.")
