"""The gender reader's whole-text patterns: what they read, and that they scan fast."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest

from diplomeet import _gender

_WHOLE_TEXT = (
    _gender._TITLE_RE,
    _gender._APPOSITION_RE,
    _gender._REFLEXIVE_RE,
    _gender._POSSESSIVE_RE,
    _gender._SAID_RE,
)


@pytest.mark.parametrize("pattern", _WHOLE_TEXT, ids=lambda p: p.pattern[:30])
def test_each_whole_text_pattern_opens_with_letters_the_engine_skips_to(
    pattern: re.Pattern[str],
) -> None:
    r"""
    Each pattern opens with a letter (a set or alternatives of literals), no assertion.

    The regex engine then skips in C to the next such letter; a pattern opening with ``\b``
    or a look-behind is tried at every character of the article.
    """
    items = _parser.parse(pattern.pattern, pattern.flags)
    op, av = items[0]
    assert op is sre.SUBPATTERN
    first_op, first_av = av[3][0]
    if first_op is sre.BRANCH:
        assert all(branch[0][0] is sre.LITERAL for branch in first_av[1])
    else:
        assert first_op is sre.IN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title before the name, at the text's start or after a space or a bracket
        ("Mrs. Ana Quill spoke first.", {"quill": "f"}),
        ("(Mr Tomas Brell) left early.", {"brell": "m"}),
        ("The spokeswoman Ida Varn declined.", {"varn": "f"}),
        # a title glued to a word or a digit is no title
        ("The XMr Brell and 9Mrs Quill codes.", {}),
        ("The item_Mr Brell was filed.", {}),
        # the name in apposition, read from its word's start only
        ("Lina Sorel, his wife, arrived.", {"sorel": "f"}),
        ("The word o'Sorel, his wife, is garbled.", {}),
        ("Ken Dorrit himself denied it.", {"dorrit": "m"}),
        ("Ken Dorrit himself denied it; Ken Dorrit said he would.", {"dorrit": "m"}),
        ("Ada Pell said she would go and Ada Pell, and her aides, went.", {"pell": "f"}),
        # a name glued after a letter opens no name ("xKen")
        ("The code xDorrit himself is garbled.", {}),
    ],
)
def test_genders_read_from_word_starts_only(text: str, expected: dict[str, str]) -> None:
    """Titles, appositions, reflexives and pronouns tell a surname's gender from a word start."""
    assert _gender._read(text) == expected
