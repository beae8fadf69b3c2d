"""
A phone page's bar of menu icons over its masthead is chrome, neither masthead nor headline.

Survey 16's phone page (``tests/survey16_source``, ``047``) gave the class; the pages here
are written for this test, in other sites' styles, with invented people and papers.
"""

from __future__ import annotations

import pytest

import diplomeet

_STORY = (
    "The foreign ministers of Barbados and Guyana met for two hours on Monday to discuss a"
    " shared ferry service, officials said.\n\n"
    '"Our islands need the link," said Foreign Minister Dionne Brathwaite-Cole.\n'
)
_TITLE = "Barbados and Guyana agree to restart the ferry link"


@pytest.mark.parametrize(
    ("bar", "masthead", "outlet"),
    [
        ("≡ MENU  SEARCH", "THE ISLAND COURIER", "The Island Courier"),
        ("☰", "THE HIGHVELD STAR", "The Highveld Star"),
        ("Menu \U0001f50e \u2715", "THE ANDEAN POST", "The Andean Post"),
    ],
)
def test_a_bar_of_menu_icons_over_the_masthead_is_dropped(
    bar: str, masthead: str, outlet: str
) -> None:
    """Read: "☰ Menu 🔍" over "THE EXAMPLE STAR" leaves the masthead and the title."""
    text = f"{bar}\n{masthead}\nWorld\n\n{_TITLE}\n\nKeisha Alleyne-Grant\n\n{_STORY}"
    source = diplomeet.parse(text).source
    assert source.outlet == outlet
    assert source.headline == _TITLE
    assert source.authors == ("Keisha Alleyne-Grant",)
