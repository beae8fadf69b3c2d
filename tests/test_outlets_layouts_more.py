"""
The generic reader on more page heads: section labels, labelled bylines, names over stamps.

Every page here is written for these tests, in the layouts of English-language news sites
of many regions and decades; none copies an article.
"""

from __future__ import annotations

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.outlets import Layout


def _split(text: str) -> Layout:
    return outlets.get_parser("generic").split(text)


# --- a section label over the headline ------------------------------------------------------

SECTION_PAGES = [
    pytest.param(
        "India News\n"
        "Jaishankar, Wong hold talks on Indo-Pacific security in Canberra\n"
        "The two ministers reviewed defence cooperation and agreed to expand exercises.\n"
        "By HT Correspondent\n"
        "Updated on Mar 12, 2025 08:14 PM IST\n"
        "External affairs minister S Jaishankar met Penny Wong in Canberra on Tuesday.\n",
        "Jaishankar, Wong hold talks on Indo-Pacific security in Canberra",
        id="two-word-section",
    ),
    pytest.param(
        "AFRICA\n"
        "US Envoy Meets Ethiopian Leader on Tigray Truce\n"
        "By Salem Solomon\n"
        "June 11, 2025 4:40 PM\n"
        "The U.S. special envoy met Ethiopian Prime Minister Abiy Ahmed on Tuesday.\n",
        "US Envoy Meets Ethiopian Leader on Tigray Truce",
        id="capitals-section",
    ),
    pytest.param(
        "Asia-Pacific\n"
        "Japan and South Korea leaders hold summit in Tokyo\n"
        "Ishiba and Lee pledge to improve ties\n"
        "By Kaori Tanaka, Staff Writer\n"
        "June 12, 2025 at 5:30 p.m. EDT\n"
        "Japanese Prime Minister Shigeru Ishiba met the South Korean president on Thursday.\n",
        "Japan and South Korea leaders hold summit in Tokyo",
        id="hyphenated-section",
    ),
    pytest.param(
        "Diplomacy\n"
        "Kenya, Tanzania leaders pledge to end trade row\n"
        "Story by Aggrey Mutambo\n"
        "Presidents of Kenya and Tanzania met in Arusha on Saturday.\n",
        "Kenya, Tanzania leaders pledge to end trade row",
        id="one-word-section",
    ),
    pytest.param(
        "National\n"
        "Nepal, China agree to speed up railway study\n"
        "Foreign ministers meet in Kathmandu amid push for connectivity projects.\n"
        "Anil Giri\n"
        "Published at : June 5, 2025\n"
        "Foreign Minister Arzu Rana Deuba met the Chinese foreign minister on Wednesday.\n",
        "Nepal, China agree to speed up railway study",
        id="section-over-standfirst",
    ),
]


@pytest.mark.parametrize(("page", "headline"), SECTION_PAGES)
def test_a_section_label_over_the_headline_is_not_the_headline(page: str, headline: str) -> None:
    """A short capitalised line over a title is the section, and is dropped."""
    layout = _split(page)
    assert layout.headline == headline
    label = page.split("\n", 1)[0]
    assert label not in layout.body.split("\n\n")


def test_a_short_headline_over_the_story_stays_the_headline() -> None:
    """A short title over the story's first sentence is the headline."""
    layout = _split(
        "Ceasefire Holds\n"
        "The ceasefire between the two countries held for a third day on Sunday, officials "
        "said.\n"
        "Both armies pulled back from the frontier.\n"
    )
    assert layout.headline == "Ceasefire Holds"


def test_a_section_label_needs_a_title_under_it() -> None:
    """A two-word line over a sentence, not over a title, is the headline."""
    layout = _split(
        "Talks Resume\n"
        "Negotiators from both sides met again in Geneva on Monday.\n"
        "They will meet again next week.\n"
    )
    assert layout.headline == "Talks Resume"


# --- labelled bylines -----------------------------------------------------------------------

LABELLED_PAGES = [
    pytest.param(
        "WORLD\n"
        "Thai, Cambodian ministers meet on border\n"
        "Talks in Phnom Penh aim to ease tensions along frontier\n"
        "PUBLISHED : 3 Jun 2025 at 14:20\n"
        "WRITER: Wassana Nanuam\n"
        "Foreign Minister Maris Sangiampongsa met his Cambodian counterpart on Monday.\n",
        ("Wassana Nanuam",),
        id="writer-in-capitals",
    ),
    pytest.param(
        "Ghana, Togo sign security accord\n"
        "Reporter: Kwame Asare\n"
        "Date: June 7, 2025\n"
        "Ghana and Togo signed a security accord in Accra on Friday, the ministry said.\n",
        ("Kwame Asare",),
        id="reporter",
    ),
    pytest.param(
        "Laos, Vietnam open new border gate\n"
        "Author : Nguyen Thi Lan and Somsak Vongsa\n"
        "Officials of Laos and Vietnam opened a border gate on Tuesday.\n",
        ("Nguyen Thi Lan", "Somsak Vongsa"),
        id="author-two-names",
    ),
]


@pytest.mark.parametrize(("page", "authors"), LABELLED_PAGES)
def test_a_labelled_byline_names_the_authors(page: str, authors: tuple[str, ...]) -> None:
    """Labelled bylines ("WRITER: X", "Reporter: X", "Author : X and Y") name the authors."""
    layout = _split(page)
    assert layout.authors == authors
    assert not any(
        line.startswith(("WRITER", "Reporter", "Author")) for line in layout.body.split("\n\n")
    )


def test_a_label_over_prose_is_no_byline() -> None:
    """A question of a transcript opening with "Reporter:" names no author."""
    layout = _split(
        "Envoy says talks will resume\n"
        "Reporter: Will the talks resume next week in Geneva?\n"
        "The envoy said both sides had agreed to meet again.\n"
    )
    assert layout.authors == ()


def test_a_person_quoted_in_the_story_is_no_author() -> None:
    """Only the labelled byline names an author, not a person the story quotes."""
    layout = _split(
        "Reporter: Kwame Asare\n"
        "Ghana, Togo sign security accord\n"
        "Ghana and Togo signed a security accord in Accra on Friday.\n"
        '"We are neighbours," said Foreign Minister Ama Mensah.\n'
    )
    assert layout.authors == ("Kwame Asare",)


# --- names over the page's date line, desk bylines ------------------------------------------


def test_a_name_and_job_title_over_a_placed_date_line_is_a_byline() -> None:
    """A name and a job title over a placed date line ("COLOMBO, June 06, 2025") name the author."""
    layout = _split(
        "Sri Lanka, Maldives sign fisheries pact\n"
        "Meera Srinivasan, Special Correspondent\n"
        "COLOMBO, June 06, 2025 22:10 IST\n"
        "Sri Lanka and the Maldives signed a fisheries agreement in Colombo on Friday.\n"
    )
    assert layout.authors == ("Meera Srinivasan",)
    assert "Special Correspondent" not in layout.body


def test_a_name_with_its_outlet_in_brackets_over_a_bulleted_date_line() -> None:
    """A name with its outlet in brackets, over a date line with a bullet, names both."""
    layout = _split(
        "Indonesia, Malaysia agree to settle maritime boundary\n"
        "Yvette Tanamal (The Jakarta Post)\n"
        "Jakarta ● Tue, June 3, 2025\n"
        "Foreign Minister Sugiono met his Malaysian counterpart in Jakarta on Monday.\n"
    )
    assert layout.headline == "Indonesia, Malaysia agree to settle maritime boundary"
    assert layout.authors == ("Yvette Tanamal",)
    assert layout.outlet == "The Jakarta Post"


def test_brackets_holding_no_outlet_keep_the_line_out_of_the_byline() -> None:
    """A line naming a person with a country in brackets is no byline."""
    layout = _split(
        "Leaders meet in Jakarta\n"
        "Anwar Ibrahim (Malaysia)\n"
        "Jakarta, June 3, 2025\n"
        "The leaders met in Jakarta on Monday.\n"
    )
    assert layout.authors == ()


@pytest.mark.parametrize(
    ("byline", "author"),
    [("By HT Correspondent", ("HT Correspondent",)), ("By Our Correspondent", ())],
)
def test_a_byline_naming_only_a_desk_role_is_the_author(
    byline: str, author: tuple[str, ...]
) -> None:
    """
    A byline naming a desk's role ("By HT Correspondent") is a desk byline: the author.

    "By Our Correspondent" names the paper's unnamed writer: no author (as the development
    sets' gold annotates "By Our Staff Reporter" and "From Our Correspondent").
    """
    layout = _split(
        "PAKISTAN, IRAN AGREE TO BOOST BORDER TRADE\n"
        f"{byline}\n"
        "ISLAMABAD: Pakistan and Iran agreed on Monday to boost trade along their border.\n"
        '"We will open two more crossings," said Foreign Minister Reza Karimi.\n'
    )
    assert layout.authors == author


def test_a_desk_name_before_the_date_is_the_byline() -> None:
    """A desk name before the date under the headline ("X Online , Monday ...") is the author."""
    layout = _split(
        "Egypt's Sisi, Jordan's King Abdullah discuss Gaza in Cairo\n"
        "Ahram Online , Monday 2 Jun 2025\n"
        "President Abdel-Fattah El-Sisi received King Abdullah II of Jordan in Cairo on Monday.\n"
    )
    assert layout.authors == ("Ahram Online",)
    assert layout.dateline is None


def test_a_place_before_the_date_is_no_byline() -> None:
    """A place before the date under the headline ("New Delhi, June 4, 2025") is no desk."""
    layout = _split(
        "Modi, Ruto discuss trade, defence ties\n"
        "New Delhi, June 4, 2025\n"
        "Prime Minister Narendra Modi held talks with the Kenyan president on Wednesday.\n"
    )
    assert layout.authors == ()


# --- what a byline line carries beside the names --------------------------------------------

BYLINE_LINES = [
    pytest.param("By Jane Mwangi, June 3, 2025", ("Jane Mwangi",), id="date-after-comma"),
    pytest.param("Posted by Karim Benali on June 3, 2025", ("Karim Benali",), id="posted-by-on"),
    pytest.param("By Maria Souza · 4 min read", ("Maria Souza",), id="reading-time"),
    pytest.param("By Dr. Anna Nowak", ("Anna Nowak",), id="honorific"),
    pytest.param("BY JOSE SANTOS, Reporter", ("Jose Santos",), id="capitals-with-role"),
    pytest.param(
        "By Selin Kaya, Senior Writer, and Nikos Papas, Staff Writer",
        ("Selin Kaya", "Nikos Papas"),
        id="two-names-with-roles",
    ),
    pytest.param("By JOHN DOE Associated Press", ("John Doe",), id="agency-run-on"),
]


@pytest.mark.parametrize(("byline", "authors"), BYLINE_LINES)
def test_a_byline_keeps_only_the_names(byline: str, authors: tuple[str, ...]) -> None:
    """Dates, reading times, honorifics, job titles and agencies on a byline are no names."""
    layout = _split(
        "Chile, Peru presidents meet at border\n"
        f"{byline}\n"
        "The presidents of Chile and Peru met at their shared border on Tuesday.\n"
    )
    assert layout.authors == authors
    assert byline not in layout.body


def test_an_agency_run_on_a_byline_is_credited() -> None:
    """An agency run onto a byline ("By JOHN DOE Associated Press") is credited."""
    layout = _split(
        "Chile, Peru presidents meet at border\n"
        "By JOHN DOE Associated Press\n"
        "SANTIAGO, Chile (AP) — The presidents of Chile and Peru met on Tuesday.\n"
    )
    assert layout.agencies == ("AP",)


def test_a_name_and_job_title_set_apart_by_a_dash_over_the_date() -> None:
    """A name and a job title set apart by a dash, over the date line, name the author."""
    layout = _split(
        "Ethiopia, Eritrea envoys meet in Jeddah\n"
        "Samuel Getachew - Staff Writer\n"
        "June 3, 2025\n"
        "Envoys of Ethiopia and Eritrea met in Jeddah on Monday, officials said.\n"
    )
    assert layout.authors == ("Samuel Getachew",)


def test_a_photo_credit_under_the_headline_is_no_author() -> None:
    """A photo credit is no author, and an "Edited by" line names an editor, not an author."""
    layout = _split(
        "Iraq, Kuwait discuss border demarcation\n"
        "Photo: Reuters\n"
        "By Ahmed Rashid\n"
        "Edited by Sara Khan\n"
        "Iraqi and Kuwaiti officials met in Baghdad on Tuesday.\n"
    )
    assert layout.authors == ("Ahmed Rashid",)
    assert "Edited by Sara Khan" not in layout.body


def test_an_outlet_closing_the_headline_is_cut() -> None:
    """An outlet closing the headline after a dash is cut off and names the outlet."""
    layout = _split(
        "Australia, PNG sign security treaty - ABC News\n"
        "By Pacific affairs reporter Liam Fox\n"
        "Australia and Papua New Guinea signed a security treaty in Port Moresby on Tuesday.\n"
    )
    assert layout.headline == "Australia, PNG sign security treaty"
    assert layout.outlet is not None
    assert "ABC" in layout.outlet


def test_a_headline_ending_in_a_dash_and_words_keeps_them() -> None:
    """A headline's own clause after a dash ("Talks end - Both Sides Wait") is kept."""
    layout = _split(
        "Border talks end without deal - Both Sides Wait\n"
        "The talks ended on Tuesday without a deal, officials said.\n"
    )
    assert layout.headline == "Border talks end without deal - Both Sides Wait"


def test_a_live_page_label_over_the_headline_is_not_the_headline() -> None:
    """A live page's label ("Live updates") over the title is a kicker, not the headline."""
    layout = _split(
        "Live updates\n"
        "Israel, Jordan officials meet in Amman\n"
        "Jordanian and Israeli officials met in Amman on Tuesday, the ministry said.\n"
    )
    assert layout.headline == "Israel, Jordan officials meet in Amman"


def test_a_name_with_a_hyphenated_particle_is_a_person() -> None:
    """A byline name with a particle joined by a hyphen ("Salim al-Habsi") is a person's."""
    layout = _split(
        "Middle East\n"
        "Iran, Oman foreign ministers meet in Muscat\n"
        "Talks focus on maritime security\n"
        "By Farnaz Rahimi and Salim al-Habsi\n"
        "Published 3 June 2025\n"
        "Iranian and Omani foreign ministers met in Muscat on Tuesday.\n"
    )
    assert layout.headline == "Iran, Oman foreign ministers meet in Muscat"
    assert layout.authors == ("Farnaz Rahimi", "Salim al-Habsi")


def test_an_outlet_beside_a_person_in_a_byline_is_the_outlet_not_an_author() -> None:
    """In "By Jane Doe, CNN" the person is the author and the outlet names the page's."""
    layout = _split(
        "Envoy meets crown prince in Jeddah\n"
        "By Jennifer Hansler, CNN\n"
        "The envoy met the crown prince in Jeddah on Tuesday, an official said.\n"
    )
    assert layout.authors == ("Jennifer Hansler",)
    assert layout.outlet == "CNN"


def test_a_desk_byline_alone_stays_the_author() -> None:
    """A desk byline beside an agency ("By Example Online, Reuters") is still the author."""
    layout = _split(
        "Envoys meet in Doha\n"
        "By Gulf Online, Reuters\n"
        "The envoys met in Doha on Tuesday, officials said.\n"
    )
    assert layout.authors == ("Gulf Online",)


# --- an issuing office's letterhead, a kicker before a bar ----------------------------------

ISSUER_PAGES = [
    pytest.param(
        "Ministry of External Affairs\n"
        "Government of India\n"
        "Visit of Foreign Minister of Uruguay to India\n"
        "June 03, 2025\n"
        "The Foreign Minister of Uruguay paid an official visit to India from 3 to 5 June 2025.\n",
        "Visit of Foreign Minister of Uruguay to India",
        id="ministry-and-government",
    ),
    pytest.param(
        "President of Russia\n"
        "Events\n"
        "Russian-Mongolian talks\n"
        "June 3, 2025, 15:00\n"
        "The President held talks with the President of Mongolia in Moscow.\n",
        "Russian-Mongolian talks",
        id="office-and-section",
    ),
    pytest.param(
        "Presidential Communications Office\n"
        "President meets Vietnamese counterpart in Manila\n"
        "By Jane Cruz\n"
        "June 3, 2025\n"
        "The President met the Vietnamese president in Manila on Tuesday.\n",
        "President meets Vietnamese counterpart in Manila",
        id="office-at-the-top",
    ),
]


@pytest.mark.parametrize(("page", "headline"), ISSUER_PAGES)
def test_an_issuing_office_over_the_title_is_not_the_headline(page: str, headline: str) -> None:
    """An office's name at the top of its page ("Ministry of X") is its letterhead."""
    assert _split(page).headline == headline


def test_a_title_naming_an_office_stays_the_headline() -> None:
    """A title in capitals naming an office and going on ("Foreign Ministry Summons") stays."""
    layout = _split(
        "Foreign Ministry Summons Chinese Envoy\n"
        "Beijing's Ambassador Called In Over Coast Guard Clash\n"
        "The foreign ministry summoned the Chinese ambassador on Tuesday.\n"
    )
    assert layout.headline == "Foreign Ministry Summons Chinese Envoy"


def test_a_kicker_before_a_bar_is_cut_from_the_headline() -> None:
    """A kicker set before the title by a bar ("Opinion | ...") is cut from the headline."""
    layout = _split(
        "Opinion | Why the Accra talks matter\n"
        "By Kofi Mensah\n"
        "Contributor\n"
        "The talks in Accra on Tuesday brought West African leaders together.\n"
    )
    assert layout.headline == "Why the Accra talks matter"
    assert layout.authors == ("Kofi Mensah",)


def test_a_name_with_a_beat_over_the_date_is_a_byline() -> None:
    """A name run onto its beat and job ("X Europe correspondent") over the date is a byline."""
    layout = _split(
        "EU and UK leaders hold first summit since Brexit\n"
        "Leaders agree defence pact\n"
        "Jon Henley Europe correspondent\n"
        "Tue 3 Jun 2025 14.05 BST\n"
        "EU and UK leaders met in London on Tuesday for their first formal summit.\n"
    )
    assert layout.authors == ("Jon Henley",)


CNN_STYLE_PAGE = """\
<html><head><title>Envoy meets crown prince in Jeddah | Example Politics</title>
<meta property="og:site_name" content="CNN"></head><body>
<div class="breadcrumb">Politics</div>
<h1 class="headline">Envoy meets crown prince in Jeddah</h1>
<div class="byline">By <a href="/profiles/jane-hollis">Jane Hollis</a>, CNN</div>
<div class="timestamp">Updated 6:12 PM EDT, Tue June 6, 2023</div>
<p>Jeddah, Saudi Arabia (CNN) — The envoy met the crown prince in Jeddah on Tuesday, an \
official said.</p>
<p>"The meeting was candid and open," the official said.</p>
</body></html>
"""


def test_the_sites_name_beside_a_person_in_an_html_byline_is_no_author() -> None:
    """In an HTML page, "By Jane Hollis, CNN" on the CNN site names Jane Hollis only."""
    source = diplomeet.parse(CNN_STYLE_PAGE).source
    assert source.headline == "Envoy meets crown prince in Jeddah"
    assert source.authors == ("Jane Hollis",)
    assert source.outlet == "CNN"
