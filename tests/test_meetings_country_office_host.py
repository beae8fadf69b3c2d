"""A visit told with a country for host is hosted by that country's holder of the guest's office."""

from datetime import date

import pytest

from extraction_helpers import story_meetings_with_status

PUBLISHED = date(2026, 5, 20)

HOSTED = [
    # a called-off visit, the visitor after "by"
    (
        (
            "Chile's Foreign Minister Ana Rojas held talks in Santiago on Monday with her "
            "Peruvian counterpart Luis Quispe on fishing rights. In a separate development, a "
            "planned visit to Santiago by Argentine Foreign Minister Pablo Ferro, which had been "
            "scheduled for 3 June, was postponed, diplomatic sources said."
        ),
        ("Pablo Ferro", "Ana Rojas"),
    ),
    # a plan, the visitor as subject, the host's office worded otherwise
    (
        (
            "Chilean Minister of Foreign Affairs Ana Rojas met Peru's Foreign Minister Luis "
            "Quispe in Santiago on Monday. Argentine Foreign Minister Pablo Ferro is scheduled "
            "to visit Chile next month, officials said."
        ),
        ("Pablo Ferro", "Ana Rojas"),
    ),
    # a minister of the home country told with no country, the lede placed there
    (
        (
            "SANTIAGO, May 19 - Foreign Minister Ana Rojas spoke by telephone on Monday with her "
            "Peruvian counterpart Luis Quispe about fishing rights. A visit to Santiago by "
            "Argentine Foreign Minister Pablo Ferro, set for next week, has been called off."
        ),
        ("Pablo Ferro", "Ana Rojas"),
    ),
]

STAYS = [
    # a defence minister's visit: no holder of his office is named
    (
        "Chile's Foreign Minister Ana Rojas held talks in Santiago on Monday with her Peruvian "
        "counterpart Luis Quispe. In a separate development, a planned visit to Santiago by "
        "Argentine Defence Minister Pablo Ferro, which had been scheduled for 3 June, was "
        "postponed."
    ),
    # the one foreign minister named is of another country than the one visited
    (
        "Peru's Foreign Minister Luis Quispe held talks in Lima on Monday with Bolivian President "
        "Rosa Condori. In a separate development, a planned visit to Santiago by Argentine Foreign "
        "Minister Pablo Ferro, which had been scheduled for 3 June, was postponed."
    ),
    # two of Chile's foreign ministers, the present and the former: no one host
    (
        "Chile's Foreign Minister Ana Rojas held talks in Santiago on Monday with her Peruvian "
        "counterpart Luis Quispe. Chile's former Foreign Minister Jorge Vidal met Quispe on "
        "Tuesday. A planned visit to Santiago by Argentine Foreign Minister Pablo Ferro, which "
        "had been scheduled for 3 June, was postponed."
    ),
]


def _ferro(text: str) -> list[tuple[str, ...]]:
    """The people of each meeting of Pablo Ferro's."""
    return [m[0] for m in story_meetings_with_status(text, PUBLISHED) if "Pablo Ferro" in m[0]]


@pytest.mark.parametrize(("text", "people"), HOSTED)
def test_visit_hosted_by_holder_of_guest_office(text: str, people: tuple[str, ...]) -> None:
    """The visit's country gives way to its one holder of the guest's office."""
    assert _ferro(text) == [people]


@pytest.mark.parametrize("text", STAYS)
def test_visit_host_stays_country_without_one_holder(text: str) -> None:
    """No holder of the office for the visited country, or two: the country hosts."""
    assert _ferro(text) == [("Pablo Ferro", "Chile")]
