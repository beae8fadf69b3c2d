"""
Page layouts read as classes from the development sample ``sample14a``, on pages of our own.

The line under a site's name that says what the site is, or who publishes it, or which
state a government agency serves, is no headline: "Examplia's leading news site",
"Published weekly by the Example Institute", "Republic of Examplia".  The pages are written
for these tests; the outlets and the people are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet import outlets
from diplomeet.outlets import Layout

HEADLINE = "Ghana and Togo agree to joint coastal patrols after trawler seizure"
STORY = (
    "The foreign ministers of Ghana and Togo met on Tuesday to discuss joint patrols along "
    "the coast, a week after a Ghanaian trawler was seized off Lome.\n\n"
    "They agreed to meet again next month in Accra, officials said.\n"
)


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


@pytest.mark.parametrize(
    ("name", "tagline", "under"),
    [
        pytest.param("COAST TIMES", "Ghana's leading news site", "News / Politics", id="news-site"),
        pytest.param(
            "The Lagoon Post", "The region's first online newspaper", "World | Africa", id="online"
        ),
        pytest.param(
            "Harbour Weekly",
            "West Africa's independent news portal",
            "Home > Diplomacy",
            id="portal",
        ),
    ],
)
def test_a_sites_motto_under_its_name_is_no_headline(name: str, tagline: str, under: str) -> None:
    """'NAME' / "Example's leading news site" / a section path / the headline."""
    layout = _split(f"{name}\n{tagline}\n\n{under}\n\n{HEADLINE}\n\nMarch 4, 2026\n\n{STORY}")
    assert layout.headline == HEADLINE


@pytest.mark.parametrize(
    "tagline",
    [
        pytest.param("Published daily by the Accra Policy Institute", id="daily-by"),
        pytest.param("Published weekly by the Centre for Maritime Studies", id="weekly-by"),
        pytest.param("Edited at the University of Cape Coast", id="edited-at"),
    ],
)
def test_who_publishes_the_page_under_its_name_is_no_headline(tagline: str) -> None:
    """'The Gulf Brief' / 'Published daily by the X Institute' / sections / the headline."""
    layout = _split(
        f"The Gulf Brief\n{tagline}\n\nSECURITY | DIPLOMACY\n\n{HEADLINE}\n\n"
        f"Ama Owusu-Bekoe\n4 March 2026\n\n{STORY}"
    )
    assert layout.headline == HEADLINE
    assert layout.published == date(2026, 3, 4)


@pytest.mark.parametrize(
    "state",
    [
        pytest.param("Republic of Ghana", id="republic"),
        pytest.param("Kingdom of the Netherlands", id="kingdom-the"),
        pytest.param("Government of Sierra Leone", id="government"),
    ],
)
def test_the_state_under_a_government_agencys_name_is_no_headline(state: str) -> None:
    """'Example News Agency' / 'Republic of Examplia' / a breadcrumb / the headline."""
    layout = _split(
        f"Coastal Information Agency\n{state}\n\nHome | Nation | Foreign Affairs\n\n"
        f"{HEADLINE}\n\nBy Kofi Mensah-Arthur\n\nMarch 4, 2026, 5:42 pm\n\n{STORY}"
    )
    assert layout.headline == HEADLINE


@pytest.mark.parametrize(
    ("service", "library"),
    [
        pytest.param("NewspaperSG", "National Library Board, Singapore", id="board"),
        pytest.param("Papers Past", "National Library of New Zealand", id="papers-past"),
        pytest.param("Digitised Press", "State Library of Victoria", id="state-library"),
    ],
)
def test_a_library_banner_over_two_lines_is_no_headline(service: str, library: str) -> None:
    """'NewspaperSG' / 'National Library Board, Singapore': the library's, not the story's."""
    layout = _split(
        f"{service}\n{library}\n\nThe Harbour Times, 11 May 1999, Page 1\n\nArticle\n\n"
        f"{HEADLINE}\n\nBy KOFI MENSAH-ARTHUR\n\n{STORY}"
    )
    assert layout.headline == HEADLINE
