"""
A job title after a byline's name that opens with an agency's name credits the agency.

Survey 16's wire header (``tests/survey16_source``, ``019``: a press agency's diplomatic
correspondent) gave the class; the bylines here are written for this test, with invented
people, in other agencies' styles.
"""

from __future__ import annotations

import pytest

import diplomeet

_STORY = (
    "The foreign ministers of Kenya and Uganda met for two hours on Monday to discuss fishing"
    " rights on Lake Victoria, officials said.\n\n"
    '"Our fishermen need calm waters," said Minister Akello Opiyo.\n'
)
_TITLE = "Kenya and Uganda sign a lake fisheries pact"


@pytest.mark.parametrize(
    ("byline", "author", "agency"),
    [
        ("By Wanjiru Kamau, PA Diplomatic Correspondent", "Wanjiru Kamau", "PA"),
        ("By Tharindu Perera, Reuters Chief Political Correspondent", "Tharindu Perera", "Reuters"),
        ("By Lucia Ferrandis, AFP Middle East Correspondent", "Lucia Ferrandis", "AFP"),
    ],
)
def test_an_agency_opening_the_writers_title_after_the_name_is_credited(
    byline: str, author: str, agency: str
) -> None:
    """Read: "By Jane Doe, PA Diplomatic Correspondent" is Doe's, for PA."""
    source = diplomeet.parse(f"{_TITLE}\n\n{byline}\n\n{_STORY}").source
    assert source.authors == (author,)
    assert source.agencies == (agency,)


def test_a_papers_name_opening_the_writers_title_credits_no_agency() -> None:
    """Read: "By Jane Doe, Herald Diplomatic Correspondent" credits no agency."""
    byline = "By Lucia Ferrandis, Herald Diplomatic Correspondent"
    source = diplomeet.parse(f"{_TITLE}\n\n{byline}\n\n{_STORY}").source
    assert source.authors == ("Lucia Ferrandis",)
    assert source.agencies == ()
