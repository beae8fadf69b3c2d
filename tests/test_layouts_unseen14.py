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
