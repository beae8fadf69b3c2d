"""
Page layouts of the Source record found as classes on the retired set ``check11``.

Each class is tested on pages written here, in other outlets' styles: a service's name with
its initials in brackets over the headline ("Example News Agency (ENA)"), which is no
headline and credits an agency; a date line whose fields between bars date the page in a
local calendar beside the Gregorian one; a long office's name over an official document's
long title; the Press Association credited by the form the page gives.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.outlets._textdates import date_line

_BSS = """Bangladesh Sangbad Sangstha (BSS)
National News Agency of Bangladesh

Diplomacy | Tuesday, March 3, 2026

Dhaka and Yangon agree to reopen border talks after shelling

Dhaka, March 3: Foreign Adviser Tanvir Hasan and the visiting deputy minister Aung Kyaw Min \
held talks at the state guest house on Tuesday, officials said.

The two sides agreed to hold the next round of talks in Naypyidaw in June."""

_PNA = """Philippine News Agency (PNA)
Friday, 9 January 2026

Manila, Hanoi to hold coast guard talks in February

MANILA - Foreign Affairs Secretary Ramon Dizon Cruz met the Vietnamese ambassador in Manila \
on Thursday and agreed to hold coast guard talks next month, the department said."""

_ABI = """Agencia Boliviana de Información (ABI)

La Paz and Asunción sign a river transport accord

La Paz, 22 April 2026 - The foreign ministers of Bolivia and Paraguay signed an accord on \
river transport on Wednesday, the ministry said."""


@pytest.mark.parametrize(
    ("text", "headline", "agency", "published"),
    [
        (_BSS, "Dhaka and Yangon agree to reopen border talks after shelling", "BSS", None),
        (_PNA, "Manila, Hanoi to hold coast guard talks in February", "PNA", date(2026, 1, 9)),
        (_ABI, "La Paz and Asunción sign a river transport accord", "ABI", None),
    ],
)
def test_an_agency_named_with_its_initials_over_the_page_is_its_banner(
    text: str, headline: str, agency: str, published: date | None
) -> None:
    """Read: "Example News Agency (ENA)" opening the page is no headline; ENA is credited."""
    source = diplomeet.parse(text).source
    assert source.headline == headline
    assert agency in source.agencies
    if published is not None:
        assert source.published == published


def test_an_office_named_with_its_initials_is_no_agency() -> None:
    """Guard: "Ministry of Foreign Affairs (MOFA)" over the title is dropped, not credited."""
    text = (
        "Ministry of Foreign Affairs (MOFA)\n\nMinister receives the new envoy of Chile\n\n"
        "The minister received the new ambassador of Chile in Taipei on Monday."
    )
    source = diplomeet.parse(text).source
    assert source.headline == "Minister receives the new envoy of Chile"
    assert source.agencies == ()


def test_a_headline_ending_on_initials_it_does_not_spell_stays_a_headline() -> None:
    """Guard: "Leaders meet at the African Union (AU)": the initials are not the line's."""
    text = (
        "Leaders meet at the African Union (AU)\n\nThe leaders met in Addis Ababa on Monday "
        "and agreed to meet again in June."
    )
    assert diplomeet.parse(text).source.headline == "Leaders meet at the African Union (AU)"


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("Politics | 2078 Asar 6 | Sunday, June 20, 2021", date(2021, 6, 20)),
        ("1404 Tir 12 | Thursday, July 3, 2025", date(2025, 7, 3)),
        ("World | 1433 Boishakh 20 | Sunday, 3 May 2026", date(2026, 5, 3)),
    ],
)
def test_a_local_calendar_field_beside_the_date_leaves_a_date_line(line: str, stated: date) -> None:
    """Read: a field dating the page in a local calendar stands beside the Gregorian date."""
    found = date_line(line)
    assert found is not None
    assert found[0] == stated


def test_fields_with_numbers_but_no_date_are_no_date_line() -> None:
    """Guard: "Vol 3 | No 12" holds numbers and no date."""
    assert date_line("Vol 3 | No 12") is None


_KENYA = """Department of International Relations and Trade
Republic of Kenya

Home > Media Centre > Press Releases > 2026

Joint Communiqué on the State Visit of the President of the United Republic of Tanzania, \
H.E. Ms Neema Saidi Mbwana, to the Republic of Kenya at the invitation of the President of \
the Republic of Kenya, 4 - 5 March 2026

1. The two Presidents held talks at State House, Nairobi, on 4 March 2026 and agreed to \
reopen the Namanga one-stop border post.

2. The two Presidents agreed to meet again in Dodoma next year."""

_FIJI = """Ministry of Foreign Affairs and International Cooperation

Joint Press Release on the Official Visit of the Foreign Minister of Fiji to New Zealand

Wellington, 12 February 2026

The Foreign Minister of Fiji, Ratu Emosi Vakaloloma, visited Wellington on 11 and 12 \
February 2026 at the invitation of the New Zealand Foreign Minister, Helen Tarrant."""

_CAMBODIA = """Ministry of Foreign Affairs and International Cooperation
Kingdom of Cambodia

Joint Statement by the Minister of Foreign Affairs and International Cooperation of the \
Kingdom of Cambodia and the Minister for Foreign Affairs of the Republic of Singapore on the \
Second Meeting of the Joint Working Group

Phnom Penh, 9 July 2026

The two Ministers co-chaired the second meeting of the Joint Working Group in Phnom Penh \
on 9 July 2026 and agreed to hold the third meeting in Singapore."""


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (_KENYA, "Joint Communiqué on the State Visit"),
        (_FIJI, "Joint Press Release on the Official Visit"),
        (_CAMBODIA, "Joint Statement by the Minister"),
    ],
)
def test_a_long_office_name_over_a_document_title_is_its_letterhead(
    text: str, opening: str
) -> None:
    """Read: "Department of International Relations and Trade" is the issuer, not the title."""
    headline = diplomeet.parse(text).source.headline
    assert headline is not None
    assert headline.startswith(opening)


def test_a_long_document_title_dates_the_page() -> None:
    """Read: the title of forty words is the headline, and its date dates the communiqué."""
    source = diplomeet.parse(_KENYA).source
    assert source.headline is not None
    assert len(source.headline.split()) > 30
    assert source.published == date(2026, 3, 5)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            (
                "Ministers meet on fishing\n\nHULL, Tuesday (PA).—Skippers said tonight that two "
                "trawlers had been turned back."
            ),
            "PA",
        ),
        (
            (
                "Ministers meet on fishing\n\nThe ministers met in London on Tuesday, the Press "
                "Association reported."
            ),
            "PA",
        ),
        (
            (
                "Ministers meet on fishing\n\nThe ministers met in London on Tuesday.\n\n"
                "Photo: Jane Doe/PA Media\n\nThe ministers will meet again."
            ),
            "PA Media",
        ),
    ],
)
def test_the_press_association_is_credited_as_the_page_names_it(text: str, agency: str) -> None:
    """Read: "(PA)" is PA, as the papers wrote it before 2018; a "PA Media" credit stays."""
    assert agency in diplomeet.parse(text).source.agencies


_VIEWER = """The Harbour Courier - Mar 3, 1962
Example News Archive
Browse this newspaper » Browse all newspapers »
Page 4

THE HARBOUR COURIER
LAGOS, SATURDAY, MARCH 3, 1962          No. 4,112          THREE PENCE

LEADERS MEET IN LAGOS ON BORDER

By JOHN T. ABERNATHY

LAGOS, March 2.—The foreign ministers of Nigeria and Dahomey met here today and agreed to \
set up a joint commission on the border, officials said."""

_SEARCHED = """THE HARBOUR TIMES DIGITAL ARCHIVE
Search results > Article 2 of 9
Newspaper: The Harbour Times
Edition: Final
Issue date: 03-Feb-1968
Page: 5
Copyright (c) Harbour Times Ltd. Text produced by optical character recognition.

Envoys agree to reopen the ferry route

By MARGARET O'ROURKE

The ambassadors of Malta and Libya met in Valletta yesterday and agreed to reopen the ferry \
route next month, officials said."""

_LINKED = """Lakeside Historical Newspapers Archive
Back to search results | View page image
Publication: Lakeside Evening Post
Date: 11-Sep-1979
Page: 3

Premiers meet on lake pollution

The premiers of Ontario and Quebec met in Ottawa on Monday to discuss pollution of the lakes, \
officials said."""


@pytest.mark.parametrize(
    ("text", "outlet", "headline", "published"),
    [
        (_VIEWER, "Harbour Courier", "LEADERS MEET IN LAGOS ON BORDER", date(1962, 3, 3)),
        (_SEARCHED, "Harbour Times", "Envoys agree to reopen the ferry route", date(1968, 2, 3)),
        (_LINKED, "Lakeside Evening Post", "Premiers meet on lake pollution", date(1979, 9, 11)),
    ],
)
def test_an_archive_viewers_name_and_navigation_are_no_headline(
    text: str, outlet: str, headline: str, published: date
) -> None:
    """Read: "Example News Archive", "Browse this newspaper »", "Article 2 of 9" are furniture."""
    source = diplomeet.parse(text).source
    assert source.outlet == outlet
    assert source.headline == headline
    assert source.published == published


@pytest.mark.parametrize("paper", ["Gazette", "Herald", "Chronicle"])
def test_the_papers_name_in_an_archive_page_is_no_author(paper: str) -> None:
    """Read: "THE GAZETTE" over its folio lines is the masthead, not a byline's desk."""
    text = (
        f"The Lagos {paper} - Mar 3, 1962\nExample News Archive\nBrowse this newspaper » "
        f"Browse all newspapers »\nPage 4\n\nTHE {paper.upper()}\nLAGOS, SATURDAY, MARCH 3, "
        "1962\nVOL. XLI. No. 112          THREE PENCE\n\nLEADERS MEET IN LAGOS ON BORDER\n\n"
        f"By JOHN T. ABERNATHY\n{paper} Staff Reporter\n\nLAGOS, March 2.—The foreign "
        "ministers of Nigeria and Dahomey met here today and agreed to set up a joint "
        "commission on the border, officials said."
    )
    assert diplomeet.parse(text).source.authors == ("John T. Abernathy",)


@pytest.mark.parametrize(
    ("folio", "published"),
    [
        ("VALLETTA, SATURDAY, FEBRUARY 3, 1968 No. 12,004 3d", date(1968, 2, 3)),
        ("HOBART, MONDAY, JUNE 9, 1958 No. 9,871 4d", date(1958, 6, 9)),
        ("CARDIFF, FRIDAY, 12 OCTOBER 1973 No. 31,442 5p", date(1973, 10, 12)),
    ],
)
def test_the_papers_name_in_title_case_under_an_archives_fields_is_its_masthead(
    folio: str, published: date
) -> None:
    """Read: "The Harbour Times" over its folio line (a price in pence: "3d", "5p")."""
    text = (
        "Newspaper: The Harbour Times\nIssue date: "
        f"{published:%d-%b-%Y}\nPage: 1\n\nThe Harbour Times\n{folio}\n\nEnvoys agree to "
        "reopen the ferry route\n\nThe ambassadors met in Valletta yesterday and agreed to "
        "reopen the ferry route next month, officials said."
    )
    source = diplomeet.parse(text).source
    assert source.headline == "Envoys agree to reopen the ferry route"
    assert source.published == published


_FORUM = """Pacific Policy Forum
Ideas and Analysis on the Pacific Islands

Fiji and Tonga mend fences, but the reef dispute lingers

Author: Sione Latu, University of the South Pacific

12 March 2026

The foreign ministers of Fiji and Tonga met in Suva last week for the first time since the \
dispute began, and agreed to set up a joint survey of the reef."""

_REVIEW = """The Harbour Review
Independent analysis of West African affairs

Why Accra and Lomé keep talking past each other

By Ama Owusu, University of Ghana

3 June 2026

The foreign ministers of Ghana and Togo met in Aflao on Friday, their third meeting this \
year, and agreed once more to reopen the border market."""

_MONITOR = """Eurasia Monitor
Commentary and Research on Central Asia and the Caucasus

Astana's quiet diplomacy with Bishkek is paying off

Author: Daniyar Seitkali, Nazarbayev University

20 April 2026

The foreign ministers of Kazakhstan and Kyrgyzstan met in Astana on Monday and signed a \
protocol on the last disputed section of their border."""


@pytest.mark.parametrize(
    ("text", "outlet", "headline", "author"),
    [
        (
            _FORUM,
            "Pacific Policy Forum",
            "Fiji and Tonga mend fences, but the reef dispute lingers",
            "Sione Latu",
        ),
        (
            _REVIEW,
            "The Harbour Review",
            "Why Accra and Lomé keep talking past each other",
            "Ama Owusu",
        ),
        (
            _MONITOR,
            "Eurasia Monitor",
            "Astana's quiet diplomacy with Bishkek is paying off",
            "Daniyar Seitkali",
        ),
    ],
)
def test_an_analysis_sites_remit_under_its_name_is_no_headline(
    text: str, outlet: str, headline: str, author: str
) -> None:
    """Read: "Ideas and Analysis on the Pacific Islands" under the name is its tagline."""
    source = diplomeet.parse(text).source
    assert source.outlet == outlet
    assert source.headline == headline
    assert source.authors == (author,)


@pytest.mark.parametrize(
    "headline",
    [
        "Policy Shift on Taiwan Angers Beijing",
        "Analysis of the vote in Kenya shows a divided country",
        "Debate over Pacific fishing rights heats up",
    ],
)
def test_a_headline_with_a_remit_word_stays_a_headline(headline: str) -> None:
    """Guard: a title with a verb under a site's name is no tagline."""
    text = (
        f"Harbour Post\n{headline}\n\nBy Jane Okafor\n\nThe ministers met in Nairobi on Monday "
        "and agreed to meet again in June."
    )
    assert diplomeet.parse(text).source.headline == headline


@pytest.mark.parametrize(
    "byline",
    [
        "Author: Tomasz Wielgosz, Jagiellonian University",
        "By Lerato Khumalo, University of Pretoria",
        "By Malia Fonua, Tonga Community College",
    ],
)
def test_a_writers_university_after_the_name_is_no_author(byline: str) -> None:
    """Read: "Jane Doe, Example University" credits Jane Doe alone."""
    text = (
        f"Why the border talks keep stalling\n\n{byline}\n\nThe foreign ministers met in "
        "Warsaw on Monday and agreed to meet again in June, officials said."
    )
    authors = diplomeet.parse(text).source.authors
    assert len(authors) == 1
    assert "niversity" not in authors[0]
    assert "ollege" not in authors[0]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("The ministers met in Lima on Monday, reported the daily El Ejemplo.", "El Ejemplo"),
        (
            (
                "The two ministers agreed to reopen the border, according to the Spanish-language "
                "newspaper La Voz del Sur, which cited officials."
            ),
            "La Voz del Sur",
        ),
        ("The weekly Harbour Week said the talks had gone well.", "Harbour Week"),
        (
            "The minister told the newspaper Kyiv Morning that talks would resume.",
            "Kyiv Morning",
        ),
    ],
)
def test_a_paper_named_by_its_kind_and_cited_is_credited(sentence: str, outlet: str) -> None:
    """Read: "reported the daily X", "the weekly X said": X reported the story."""
    text = f"Talks in Lima\n\n{sentence}"
    assert outlet in diplomeet.parse(text).source.agencies


@pytest.mark.parametrize(
    "sentence",
    [
        "An editorial in the daily Example Tribune criticised the talks.",
        "The daily briefing was cancelled.",
        "The newspaper said on Monday that the talks failed.",
        "The minister spoke to the newspaper Monday about the talks.",
    ],
)
def test_a_paper_merely_mentioned_is_not_credited(sentence: str) -> None:
    """Guard: a paper named but not cited, or no name after the kind, credits nothing."""
    assert diplomeet.parse(f"Talks in Lima\n\n{sentence}").source.agencies == ()


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("LONDON, Nov. 7 (BUP)—The Government today rejected the note.", "BUP"),
        ("PEKING, March 3 (NCNA)—The Government today protested to Moscow.", "NCNA"),
        ("WASHINGTON, June 4 (NANA)—The Senate today approved the treaty.", "NANA"),
    ],
)
def test_mid_century_wires_are_credited_as_their_datelines_name_them(
    dateline: str, agency: str
) -> None:
    """Read: "(BUP)", "(NCNA)", "(NANA)" in a later dispatch's dateline credit the wire."""
    text = (
        "MINISTERS MEET ON CANAL\n\nPARIS, Nov. 7.—The foreign ministers met here today and "
        "agreed to meet again next week.\n\nThe talks lasted for three hours, officials said."
        f"\n\nNo statement was issued after the talks.\n\n{dateline}"
    )
    agencies = diplomeet.parse(text).source.agencies
    expected = "New China News Agency" if agency == "NCNA" else agency
    assert expected in agencies


def _tagged_page(tags_block: str) -> str:
    return (
        "<html><head><title>Ministers meet in Baku</title>"
        '<meta property="og:site_name" content="Caspian Courier"></head><body>'
        "<article><h1>Ministers meet in Baku</h1>"
        "<p>The foreign ministers of Azerbaijan and Kazakhstan met in Baku on Monday and agreed "
        "to expand the ferry service across the Caspian Sea, officials said.</p>"
        "<p>The two ministers also discussed the new rail corridor and agreed to meet again in "
        "Astana in the autumn, the ministry said in a statement.</p>"
        "<p>Officials said a joint working group would report by the end of the year on the "
        "state of the ports.</p>"
        f"</article>{tags_block}<footer>Caspian Courier 2026</footer></body></html>"
    )


@pytest.mark.parametrize(
    "tags_block",
    [
        (
            '<div class="tags"><a href="/tag/Azerbaijan">Azerbaijan</a> '
            '<a href="/tag/Kazakhstan">Kazakhstan</a> <a href="/tag/Caspian">Caspian</a></div>'
        ),
        (
            '<div class="topics"><a href="/topic/baku" rel="tag">Baku</a> '
            '<a href="/topic/trade" rel="tag">Trade Routes</a></div>'
        ),
        (
            '<p class="keywords"><a href="/tags/ferries">Ferries</a> '
            '<a href="/tags/rail">Middle Corridor</a></p>'
        ),
    ],
)
def test_a_pages_list_of_tags_is_no_author(tags_block: str) -> None:
    """Read: the tags under the story ("Azerbaijan Kazakhstan Caspian") name no writer."""
    assert diplomeet.parse(_tagged_page(tags_block)).source.authors == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("24-May-1973", "1973-05-24"),
        ("03-Feb-1968", "1968-02-03"),
        ("11-Sep-1979", "1979-09-11"),
    ],
)
def test_an_archives_hyphenated_date_is_a_date(text: str, value: str) -> None:
    """Read: "Issue date: 24-May-1973", as archives' records date an issue."""
    found = diplomeet.resolve(text, published=date(1980, 1, 1))
    assert found is not None
    assert found.value == value


def test_a_hyphenated_day_and_month_without_a_year_is_no_date() -> None:
    """Guard: "24-May" alone is no archive's date (a range "3-4 May" stays a range)."""
    assert diplomeet.resolve("24-May", published=date(1980, 1, 1)) is None


_HOLYROOD = """Scottish Parliament
Official reports, questions and answers

Statement

Malawi: Ministerial Visit and the Flood Relief Partnership

Statement made on 3 March 2026

I wish to update the Parliament on my visit to Lilongwe from 20 to 24 February and on my \
meeting with the Foreign Minister of Malawi on 22 February."""

_CANBERRA = """Parliament of Australia
Debates, questions and written answers

Ministerial Statement

Solomon Islands: Visit of the Foreign Minister

I wish to inform the House that the Foreign Minister of Solomon Islands visited Canberra on \
4 and 5 May and held talks with me on policing and maritime security."""

_RIGA = """Ministry of Foreign Affairs of Latvia
Speeches, statements and press releases

Foreign Minister meets Lithuanian counterpart in Riga

Riga, 14 April 2026

The Foreign Minister of Latvia met the Foreign Minister of Lithuania in Riga on Tuesday to \
discuss energy links and the security of the Baltic Sea."""


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (_HOLYROOD, "Malawi: Ministerial Visit and the Flood Relief Partnership"),
        (_CANBERRA, "Solomon Islands: Visit of the Foreign Minister"),
        (_RIGA, "Foreign Minister meets Lithuanian counterpart in Riga"),
    ],
)
def test_an_offices_list_of_its_documents_under_its_name_is_no_headline(
    text: str, headline: str
) -> None:
    """Read: "Speeches, statements and press releases" under the office's name is its tagline."""
    source = diplomeet.parse(text).source
    assert source.headline == headline
    assert source.authors == ()


def test_a_question_and_answer_headline_stays_a_headline() -> None:
    """Guard: "Questions and answers on the Gaza truce" (no list) under a name is the title."""
    text = (
        "Harbour Post\nQuestions and answers on the Gaza truce\n\nBy Jane Okafor\n\nThe truce "
        "took effect on Sunday morning, officials said."
    )
    assert diplomeet.parse(text).source.headline == "Questions and answers on the Gaza truce"


@pytest.mark.parametrize(
    ("sentence", "paper"),
    [
        (
            "According to Diario Ejemplo, the two ministers agreed to reopen the commission.",
            "Diario Ejemplo",
        ),
        ("According to the Harbour Times, the talks lasted four hours.", "Harbour Times"),
        ("The ministers met twice, according to Jornal do Porto.", "Jornal do Porto"),
    ],
)
def test_a_paper_cited_with_according_to_is_credited(sentence: str, paper: str) -> None:
    """Read: "According to Diario Ejemplo, ..." credits the paper the story draws on."""
    assert paper in diplomeet.parse(f"Talks in Lima\n\n{sentence}").source.agencies


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Foreign Ministry, the talks lasted four hours.",
        "According to the Times, the talks failed.",
        "According to Harbour Times estimates the talks failed.",
    ],
)
def test_an_office_or_a_bare_name_cited_is_no_paper(sentence: str) -> None:
    """Guard: an office, a one-word name, or a name running on into the sentence."""
    assert diplomeet.parse(f"Talks in Lima\n\n{sentence}").source.agencies == ()


@pytest.mark.parametrize(
    ("foot", "published"),
    [
        ("Nairobi\n\n5 March 2026\n\nEnquiries: Mercy Wanjiru, Spokesperson", date(2026, 3, 5)),
        (
            "Manila, 4 June 2026\n\nMedia contact: Office of Strategic Communications",
            date(2026, 6, 4),
        ),
        (
            "Reykjavik, 11 September 2026\n\nFor further information: press@example.is",
            date(2026, 9, 11),
        ),
    ],
)
def test_a_releases_issue_date_over_its_contact_line_dates_it(foot: str, published: date) -> None:
    """Read: the place and date closing a release, over "Enquiries: ...", date the release."""
    text = (
        "Ministry of Foreign Affairs\n\nJoint Statement on the Visit of the Foreign Minister "
        "of Uganda\n\nThe Foreign Minister of Uganda paid an official visit to the country "
        "at the invitation of her counterpart.\n\nThe two Ministers agreed to convene the "
        f"Joint Permanent Commission later this year.\n\n{foot}"
    )
    assert diplomeet.parse(text).source.published == published
