"""
The generic reader on the heads and feet of outlets and agencies no table lists.

Wire datelines crediting an agency the agency table lacks ("SUVA (Pacnews) —", "/MONTSAME/."),
"Follow X on ..." lines naming the site, and guards that story lines and person names stay
what they are.  Every page here is written for these tests; the people are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.outlets import Layout
from diplomeet.outlets._credits import Credits, photo_agencies

STORY = (
    "The foreign ministers of Ghana and Togo met on Tuesday to discuss border patrols.\n\n"
    "They agreed to meet again next month, officials said.\n"
)


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


# --- wire datelines of agencies the table lacks ------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        pytest.param("SUVA (Pacnews) — ", "Pacnews", id="capitals-dash"),
        pytest.param("ADDIS ABABA, Feb 20 2024 (IPS) - ", "IPS", id="place-date-year"),
        pytest.param("PORT VILA (Vanuatu Daily Post) — ", None, id="masthead-is-outlet"),
        pytest.param("Ulaanbaatar, October 2 /MONTSAME/. ", "MONTSAME", id="slashed"),
        pytest.param("APIA (Pacific News Agency) — ", "Pacific News Agency", id="agency-word"),
    ],
)
def test_a_wire_dateline_credits_an_agency_the_table_lacks(
    opening: str, agency: str | None
) -> None:
    """A one-word name in a wire dateline's brackets (or slashes) credits its agency."""
    layout = _split(f"Pacific leaders meet over climate finance\n\n{opening}{STORY}")
    assert layout.agencies == ((agency,) if agency else ())
    assert layout.headline == "Pacific leaders meet over climate finance"


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("WASHINGTON (Updated) — ", id="update-tag"),
        pytest.param("KYIV (Ukraine) — ", id="country"),
        pytest.param("GENEVA (Geneva) — ", id="city"),
        pytest.param("LONDON (May) — ", id="month"),
        pytest.param("UN (United Nations) — ", id="expansion"),
        pytest.param("The minister (Labour) — ", id="no-dateline-place"),
        pytest.param("MR BANDA (Lilongwe Central): ", id="speaker-colon"),
    ],
)
def test_brackets_after_a_place_that_credit_no_one_are_no_agency(opening: str) -> None:
    """Update tags, places, months, expansions and speakers' parties credit no agency."""
    layout = _split(f"Pacific leaders meet over climate finance\n\n{opening}{STORY}")
    assert layout.agencies == ()


def test_the_dated_wire_dateline_of_an_unknown_agency_gives_the_date() -> None:
    """The dateline's full date, once its unknown agency is read, dates the page."""
    layout = _split(
        "African Union envoys meet on Sudan ceasefire\nBy Mwangi Kamau\n"
        f"ADDIS ABABA, Feb 20 2024 (IPS) - {STORY}"
    )
    assert layout.published == date(2024, 2, 20)
    assert layout.authors == ("Mwangi Kamau",)


# --- the site naming itself at the foot ------------------------------------------------------


@pytest.mark.parametrize(
    ("foot", "outlet"),
    [
        pytest.param("Follow The Namibian on Twitter and Facebook.", "The Namibian", id="the"),
        pytest.param(
            "Follow Radio Prague International on Facebook.",
            "Radio Prague International",
            id="masthead-word",
        ),
        pytest.param("— The Harare Herald", "The Harare Herald", id="dashed-sign-off"),
    ],
)
def test_a_site_naming_itself_at_the_foot_is_its_outlet_not_an_author(
    foot: str, outlet: str
) -> None:
    """A site asking to be followed, or signing its copy off, is the outlet and no byline."""
    layout = _split(f"Namibia, Angola sign water accord\nBy Renate Kazondu\n\n{STORY}\n{foot}\n")
    assert layout.outlet == outlet
    assert layout.authors == ("Renate Kazondu",)


def test_a_writer_asking_to_be_followed_stays_the_author() -> None:
    """'Follow Jane Doe on X' names a writer: an author, and no outlet."""
    layout = _split(f"Namibia, Angola sign water accord\n\n{STORY}\nFollow Selma Nghidinwa on X.\n")
    assert layout.authors == ("Selma Nghidinwa",)
    assert layout.outlet is None


def test_first_appeared_in_under_a_byline_names_the_outlet_only() -> None:
    """Under a byline, 'This article first appeared in X' names the outlet, not another author."""
    layout = _split(
        "Vietnam and Laos deepen ties\nBy Tran Minh and Le Thu\n\n"
        f"{STORY}\nThis article first appeared in The Mekong Review.\n"
    )
    assert layout.authors == ("Tran Minh", "Le Thu")
    assert layout.outlet == "The Mekong Review"


# --- bylines merged with the wires, date lines of blog templates ------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        pytest.param("Staff and agencies in Oslo", (), id="staff-in-place"),
        pytest.param("Staff and agencies", (), id="staff"),
        pytest.param("Ingrid Solberg and agencies", ("Ingrid Solberg",), id="writer"),
        pytest.param("By Ana Diaz with agencies", ("Ana Diaz",), id="by-with-agencies"),
        pytest.param(
            "By Ana Diaz and Luis Vera and agencies", ("Ana Diaz", "Luis Vera"), id="two-writers"
        ),
    ],
)
def test_a_byline_with_the_agencies_unnamed_lets_the_date_line_be_read(
    byline: str, authors: tuple[str, ...]
) -> None:
    """'Staff and agencies' is a byline: its writers are the authors; the date under it counts."""
    layout = _split(f"Norway hosts ceasefire talks\n{byline}\nSun 3 Mar 2002 14.11 GMT\n\n{STORY}")
    assert layout.authors == authors
    assert layout.agencies == ()
    assert layout.published == date(2002, 3, 3)
    assert layout.headline == "Norway hosts ceasefire talks"


def test_an_unknown_agency_beside_a_known_one_is_credited() -> None:
    """'With AFP and Pacnews': a one-word name beside a known agency is another agency."""
    layout = _split(
        f"Ecuador, Colombia reopen crossing\nWith AFP and Pacnews\n12 Jan 2024\n\n{STORY}"
    )
    assert layout.agencies == ("AFP", "Pacnews")
    assert layout.published == date(2024, 1, 12)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("With Nkosi and Dlamini", id="no-known-agency"),
        pytest.param("Ministers and agencies in Oslo", id="not-people"),
    ],
)
def test_lines_naming_no_agency_are_no_credit(line: str) -> None:
    """Without a known agency or a person's name, such lines credit no one."""
    layout = _split(f"Ecuador, Colombia reopen crossing\n\n{line}\n\n{STORY}")
    assert layout.agencies == ()
    assert layout.authors == ()


def test_a_date_line_opening_on_on_is_read() -> None:
    """'On June 3, 2024 10:22 pm', as blog templates stamp a post, dates the page."""
    layout = _split(f"Tinubu, Mahama meet in Abuja\nOn June 3, 2024 10:22 pm\n\n{STORY}")
    assert layout.published == date(2024, 6, 3)
    assert layout.headline == "Tinubu, Mahama meet in Abuja"


# --- places in bylines, photo credits of agencies the table lacks -----------------------------


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        pytest.param("By Carla Rios | Santiago", None, id="bar-city"),
        pytest.param("By Carla Rios, Nairobi", None, id="comma-city"),
        pytest.param("By Carla Rios | Andes Herald", "Andes Herald", id="bar-outlet"),
    ],
)
def test_a_place_beside_a_byline_is_no_outlet(byline: str, outlet: str | None) -> None:
    """The city a byline was filed from is neither a desk nor the outlet; a masthead is."""
    layout = _split(f"Chile, Peru sign border memorandum\n{byline}\nApril 2, 2024\n\n{STORY}")
    assert layout.authors == ("Carla Rios",)
    assert layout.outlet == outlet
    assert layout.published == date(2024, 4, 2)


@pytest.mark.parametrize(
    ("caption", "agencies"),
    [
        pytest.param(
            "The presidents at the palace. (Photo: Agencia Uno)", ("Agencia Uno",), id="es"
        ),
        pytest.param(
            "The presidents at the palace. Photo: Harbour Images", ("Harbour Images",), id="en"
        ),
        pytest.param("The presidents at the palace. (Photo: Jane Doe)", (), id="photographer"),
        pytest.param(
            "The presidents at the palace. (Photo: Ministry of Foreign Affairs)", (), id="ministry"
        ),
        pytest.param("The presidents at the palace (Agencia Uno)", (), id="unlabelled"),
    ],
)
def test_a_labelled_photo_credit_names_an_agency_the_table_lacks(
    caption: str, agencies: tuple[str, ...]
) -> None:
    """'Photo: Agencia Uno' credits an agency by its name's words; people and ministries are not."""
    tally = Credits()
    photo_agencies(caption, tally)
    assert tuple(tally.agencies) == agencies


# --- copyright holders, ISO stamps, "via" bylines, source credits in author boxes --------------


@pytest.mark.parametrize(
    ("foot", "outlet"),
    [
        pytest.param("© 2023 HARBOUR WEEKLY DIGITAL LLC.", "Harbour Weekly", id="company-llc"),
        pytest.param(
            "Copyright © 2024 Lagoon Media Limited. All rights reserved.", "Lagoon", id="limited"
        ),
        pytest.param("© 2023 KALEIDOSCOPE INC.", "Kaleidoscope", id="one-word-capitals"),
        pytest.param("© Lagoon Courier 2023", "Lagoon Courier", id="year-after"),
        pytest.param("© 2024 Nnamdi Okeke", None, id="a-person"),
    ],
)
def test_a_copyright_holder_loses_its_company_form(foot: str, outlet: str | None) -> None:
    """'X Digital LLC', 'X Media Limited' and '© X 2023' name the outlet X; a person none."""
    layout = _split(f"Tinubu, Mahama meet in Abuja\nBy Emeka Obi\n3 June 2024\n\n{STORY}\n{foot}\n")
    assert layout.outlet == outlet
    assert layout.authors == ("Emeka Obi",)


@pytest.mark.parametrize(
    "stamp", ["2023-05-04T11:02:00+03:00", "2023-05-04T08:02Z", "2023-05-04T11:02:00.000+0300"]
)
def test_an_iso_stamp_with_its_time_is_a_date_line(stamp: str) -> None:
    """A template's raw ISO stamp under the headline dates the page."""
    layout = _split(f"Baltic ministers meet in Riga\n{stamp}\n\n{STORY}")
    assert layout.published == date(2023, 5, 4)
    assert layout.headline == "Baltic ministers meet in Riga"


@pytest.mark.parametrize(
    ("byline", "authors", "agencies"),
    [
        pytest.param("By Anna Berzina via LETA", ("Anna Berzina",), ("LETA",), id="unknown"),
        pytest.param("By Anna Berzina via AFP", ("Anna Berzina",), ("AFP",), id="known"),
    ],
)
def test_a_byline_via_a_wire_credits_the_wire(
    byline: str, authors: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    """'By Jane Doe via X': the writer is the author, the wire an agency; the date is read."""
    layout = _split(f"Baltic ministers meet in Riga\n{byline}\n4 May 2023\n\n{STORY}")
    assert layout.authors == authors
    assert layout.agencies == agencies
    assert layout.published == date(2023, 5, 4)


def test_a_source_credit_in_an_html_author_box_is_no_author() -> None:
    """A page's author element printing 'Source: GNA' credits the agency, not an author."""
    body = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    page = (
        "<html><head><title>Ghana, Togo agree border patrols</title></head><body>"
        '<div class="post"><h1>Ghana, Togo agree border patrols</h1>'
        f'<span class="date">2 May 2024</span><span class="author">Source: GNA</span>{body}'
        "</div></body></html>"
    )
    source = diplomeet.parse(page).source
    assert source.authors == ()
    assert source.agencies == ("GNA",)


def test_a_publishing_group_in_the_copyright_line_is_no_outlet() -> None:
    """'© 2024 Example World Publishing Ltd.' names the parent company, not the masthead."""
    layout = _split(
        f"Ministers agree fishing quota\nBy Alan Fraser\n12 March 2024\n\n{STORY}\n"
        "© 2024 HIGHLAND WORLD PUBLISHING LTD. All rights reserved.\n"
    )
    assert layout.outlet is None


# --- mastheads over breadcrumbs, "Special to" lines, stamps printing the update first ---------


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        pytest.param("The Lowlander", "The Lowlander", id="the-name"),
        pytest.param("Lagoon Courier", "Lagoon Courier", id="masthead-word"),
        pytest.param("World", None, id="section"),
        pytest.param("The Latest", None, id="the-section"),
    ],
)
def test_a_masthead_over_a_breadcrumb_names_the_outlet(masthead: str, outlet: str | None) -> None:
    """A site's name the table lacks over its breadcrumb is the outlet; a section label is not."""
    layout = _split(
        f"{masthead}\nNews > Politics\nMinisters agree new fishing quota\nBy Alan Fraser\n"
        f"12 March 2024\n\n{STORY}"
    )
    assert layout.outlet == outlet
    assert layout.headline == "Ministers agree new fishing quota"


def test_special_to_under_a_byline_names_the_paper() -> None:
    """'Special to The X' under the byline names the paper; the dateline's date still counts."""
    layout = _split(
        "Baltic ministers meet in Riga\nBy ANNA BERZINA\nSpecial to The Riga Courier\n"
        f"RIGA, May 4, 1991\n\n{STORY}"
    )
    assert layout.outlet == "The Riga Courier"
    assert layout.authors == ("Anna Berzina",)
    assert layout.published == date(1991, 5, 4)


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        pytest.param("Updated: May 5, 2023 | Published: May 4, 2023", date(2023, 5, 4), id="bar"),
        pytest.param("Last updated 5 May 2023, first published 4 May 2023", date(2023, 5, 4)),
        pytest.param("Published: May 4, 2023 | Updated: May 5, 2023", date(2023, 5, 4), id="pub"),
        pytest.param("Updated: May 5, 2023", date(2023, 5, 5), id="update-only"),
    ],
)
def test_a_stamp_printing_the_update_first_gives_the_publication_date(
    stamp: str, published: date
) -> None:
    """When a stamp prints the update first, the date after 'Published' dates the page."""
    layout = _split(f"Baltic ministers meet in Riga\n{stamp}\n\n{STORY}")
    assert layout.published == published
