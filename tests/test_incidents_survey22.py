"""Incidents: the mechanisms of the twenty-second session's survey of incident errors."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from extraction_helpers import headed_incidents

_DAY = date(2026, 3, 5)  # a Thursday


def _incidents(text: str, published: date | None = _DAY) -> list[tuple[str, str | None]]:
    article = diplomeet.parse(f"Headline of the story\n\n{text}", published=published)
    return [(i.kind, i.when.value if i.when else None) for i in article.incidents]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            (
                "Porto-Novo recalled its envoy after Togolese marine police impounded three "
                "Beninese canoes near the lagoon."
            ),
            "other",
        ),
        (
            (
                "Lomara Vell said the talks would go ahead, days after Gabonese troops fired on a "
                "Cameroonian patrol boat near the estuary."
            ),
            "shots_fired",
        ),
        (
            (
                "The envoy was summoned over a Moldovan drone that crossed into Romanian airspace "
                "and came down in a field."
            ),
            "airspace_violation",
        ),
    ],
)
def test_an_incident_told_with_no_date_is_of_the_papers_month(text: str, kind: str) -> None:
    """With no date of its own nor a later one, the story's incident is of the paper's month."""
    assert headed_incidents(text, _DAY) == [(kind, "2026-03")]


def test_an_undated_incident_stays_undated_without_a_publication_date() -> None:
    """No paper's day given, no month to give: the incident stays undated."""
    text = "Togolese marine police impounded three Beninese canoes near the lagoon."
    assert _incidents(text, None) == [("other", None)]


def test_an_undated_news_incident_and_an_old_one_of_its_kind_are_two() -> None:
    """
    The news, told undated, and one of its kind dated months before the paper are two.

    A date in the story's last weeks still joins the undated telling: one incident.
    """
    text = (
        "The minister raised the incident in which a Russian jet released flares close to a "
        "Norwegian patrol plane over the Barents Sea. Last June, a Russian helicopter released "
        "flares close to a Norwegian frigate over the same waters."
    )
    assert sorted(_incidents(text), key=str) == [("other", "2025-06"), ("other", "2026-03")]
    recent = (
        "The minister raised the incident in which a Russian jet released flares close to a "
        "Norwegian patrol plane over the Barents Sea. On Tuesday afternoon, a Russian jet "
        "released flares close to the Norwegian plane, the ministry said."
    )
    assert _incidents(recent) == [("other", "2026-03-03")]


@pytest.mark.parametrize(
    "label",
    ["ALSO READ: ", "Read more: ", "RELATED: ", "See also: "],
)
def test_a_link_to_another_story_tells_no_incident(label: str) -> None:
    """A link's label before another story's headline in the body: no incident read there."""
    text = (
        "Envoys of Mali and Niger met in Niamey on Tuesday to discuss border security.\n\n"
        f"{label}Trader dies in Malian mortar attack on Kidal market\n\n"
        "The talks will resume next month."
    )
    assert _incidents(text) == []


def test_a_story_sentence_opening_on_also_is_read() -> None:
    """Not a link: "Also, ..." opening a sentence of the story tells its incident."""
    text = (
        "Envoys of Mali and Niger met in Niamey on Tuesday to discuss border security.\n\n"
        "Also on Monday, Malian troops fired on a Nigerien border post, the army said."
    )
    assert _incidents(text) == [("shots_fired", "2026-03-02")]
