"""
Organisation speakers and reports of unseen outlets (sentences written here).

Classes found on a retired blind set: "..., adding that" after a quoted phrase is no
inverted cue (the subject before speaks on), bodies named in full as written ("The
National Security Council"), the police of a region ("Police in Mara Region said"), the
author of a statement a news agency carried, and a bare "the army" after an army named
"Defence Force".
"""

from __future__ import annotations

from datetime import date

from diplomeet.records import Statement
from extraction_helpers import quoted_statements

PUBLISHED = date(2025, 4, 11)  # a Friday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Ministers hold talks on trade")


def speaker_of(text: str, words: str) -> tuple[str | None, str | None]:
    """The name and kind of the speaker of the quotation holding ``words``."""
    for s in quoted(text):
        if words in s.quote:
            return (s.speaker.name, s.speaker.kind) if s.speaker is not None else (None, None)
    msg = f"no quotation holds {words!r}"
    raise AssertionError(msg)


def test_adding_that_after_a_quoted_phrase_is_no_inverted_cue() -> None:
    """The speaker of 'X said Greece would "...", adding that ...' is X, not Greece."""
    text = (
        "Asked about the incident, Yilmaz said Greece would \u201cnot allow the war to spill"
        " over onto our shores,\u201d adding that Athens was in contact with Rome."
    )
    assert speaker_of(text, "spill over") == ("Yilmaz", "person")
