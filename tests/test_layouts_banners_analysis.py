"""
The generic reader on agency banners, paper mottos and analysis pieces (thirteenth session).

An agency's banner naming it in its own language over its language service's line, a paper's
masthead over its motto and a section path, a think tank's journal over the institution's
name and a breadcrumb, a question as the title, and writers' bylines with their research
posts.  Every page here is written for these tests; the people, papers and institutes are
invented and no article is copied.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet import outlets
from diplomeet.outlets import Layout

STORY = (
    "When the foreign ministers of Latvia and Lithuania met in Riga last week, few diplomats "
    "expected more than a photograph.\n\nThey agreed to meet again, officials said.\n"
)


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


@pytest.mark.parametrize(
    ("banner", "dateline", "agency"),
    [
        pytest.param(
            "APS - Agence de Presse S\u00e9n\u00e9galaise\nEnglish Service | West Africa\n",
            "Dakar, 16 Apr 2026 (APS) -",
            "APS",
            id="french-name-service-line-with-region",
        ),
        pytest.param(
            "Lusa - Ag\u00eancia de Not\u00edcias de Portugal\nEnglish Service\n",
            "Maputo, 16 Apr 2026 (Lusa) -",
            "Lusa",
            id="portuguese-name-service-line",
        ),
        pytest.param(
            "Agencia EFE\nEnglish edition\n", "Lima, 16 Apr 2026 (EFE) -", "EFE", id="edition"
        ),
        pytest.param(
            "Nampa - Namibia Press Agency\n",
            "Windhoek, 16 Apr 2026 (Nampa) -",
            "Nampa",
            id="short-name-dash-full-name-unknown-agency",
        ),
        pytest.param(
            "Agenzia Nova\nEnglish edition\n",
            "Rome, 16 Apr 2026 (Nova) -",
            "Nova",
            id="own-language-name-alone-unknown-agency",
        ),
    ],
)
def test_an_agency_banner_in_its_own_language_is_no_headline(
    banner: str, dateline: str, agency: str
) -> None:
    """The banner and the language service's line are dropped; the agency credits its copy."""
    layout = _split(
        f"{banner}\nMinisters agree to reopen border crossing\n\n{dateline} The foreign "
        "ministers agreed on Wednesday to reopen the crossing, officials said.\n\n"
        "They met for three hours.\n"
    )
    assert layout.headline == "Ministers agree to reopen border crossing"
    assert agency in layout.agencies
    assert layout.published == date(2026, 4, 16)
    assert not layout.body.startswith("English")


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        pytest.param(
            "The Highland Courier\nMalawi's Independent Newspaper\n\nNews | Politics\n\n",
            "The Highland Courier",
            id="motto-section-path",
        ),
        pytest.param(
            "Lakeside Herald\nThe Voice of the Lakes\n\nNational\n\n",
            "Lakeside Herald",
            id="voice-motto-section-label",
        ),
    ],
)
def test_a_masthead_over_its_motto_and_a_section(masthead: str, outlet: str) -> None:
    """'The Highland Courier' / its motto / 'News | Politics' / the headline."""
    layout = _split(
        masthead + "Malawi and Zambia agree to reopen lake border post\n\nBy Chisomo Banda\n"
        "Thursday, June 4, 2026\n\n" + STORY
    )
    assert layout.outlet == outlet
    assert layout.headline == "Malawi and Zambia agree to reopen lake border post"
    assert layout.authors == ("Chisomo Banda",)
    assert layout.published == date(2026, 6, 4)
    assert not layout.body.startswith(("Malawi's", "The Voice"))


def test_a_journal_over_its_institute_a_breadcrumb_a_question_and_a_researcher() -> None:
    """The journal names the outlet; the question is the title; the post is no author."""
    layout = _split(
        "Baltic Brief\nInstitute for Northern Security Studies\n\n"
        "Home / Baltic Brief / Analysis\n\n"
        "Riga talks: can two ministers calm the grid dispute?\n\n"
        "The meeting bought time. Whether it buys a deal depends on the next few weeks.\n\n"
        "05 March 2026\n\n"
        "Ilze Kalnina, Senior Researcher, Energy Security Programme, INSS Riga\n\n" + STORY
    )
    assert layout.outlet == "Baltic Brief"
    assert layout.headline == "Riga talks: can two ministers calm the grid dispute?"
    assert layout.authors == ("Ilze Kalnina",)
    assert layout.published == date(2026, 3, 5)
    assert "Senior Researcher" not in layout.body


@pytest.mark.parametrize(
    ("head", "outlet", "headline", "authors", "published"),
    [
        pytest.param(
            "Centre for Andean Policy\n\nCommentary\n\n"
            "Why the Lima talks matter for the Pacific coast\n\n"
            "A border deal is within reach, if both capitals want it.\n\n"
            "By Mariela Quispe Huam\u00e1n | 12 May 2026\n\n",
            "Centre for Andean Policy",
            "Why the Lima talks matter for the Pacific coast",
            ("Mariela Quispe Huam\u00e1n",),
            date(2026, 5, 12),
            id="institution-over-kicker-bar-byline",
        ),
        pytest.param(
            "Baltic Sea Institute\n\nCan Riga and Vilnius agree on the grid?\n\n"
            "Ilze Kalnina, Research Fellow, Energy Programme\n\n",
            "Baltic Sea Institute",
            "Can Riga and Vilnius agree on the grid?",
            ("Ilze Kalnina",),
            None,
            id="institute-over-question-fellow",
        ),
    ],
)
def test_an_institution_first_then_the_title_and_its_writer(
    head: str,
    outlet: str,
    headline: str,
    authors: tuple[str, ...],
    published: date | None,
) -> None:
    """A think tank's name opening the page is its outlet, not the headline."""
    layout = _split(head + STORY)
    assert layout.outlet == outlet
    assert layout.headline == headline
    assert layout.authors == authors
    assert layout.published == published


@pytest.mark.parametrize(
    ("foot", "agencies"),
    [
        pytest.param("AB/CD // EF\n\nLusa/End", ("Lusa",), id="initials-then-agency-end"),
        pytest.param("(END/IPS/AB/CD/2026)", ("IPS",), id="end-agency-initials-year"),
        pytest.param("--KUNA\n14:42 LOCAL TIME 11:42 GMT", ("KUNA",), id="dashes-then-time"),
        pytest.param("mem/jcd/rtp", (), id="lower-case-desk-initials"),
    ],
)
def test_a_wire_closing_lines_credit_its_agency_and_leave_the_body(
    foot: str, agencies: tuple[str, ...]
) -> None:
    """A wire's end mark names its agency; the desk's initials and its time are no story."""
    layout = _split(
        "Minister receives Chilean envoy\n\nMontevideo, 29 March 2026 - Uruguay's foreign "
        "minister received the Chilean ambassador today to discuss trade.\n\n"
        f"They agreed to meet again.\n\n{foot}\n"
    )
    assert layout.agencies == agencies
    assert layout.body.endswith("They agreed to meet again.")
