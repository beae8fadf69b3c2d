"""Source classes learnt from the protocol-news sample ``sample17b``, on pages of our own."""

from __future__ import annotations

import pytest

import diplomeet


@pytest.mark.parametrize(
    ("bar", "day"),
    [
        ("Tuesday, March 10, 2026 | Ramadan 21, 1447 AH", "2026-03-10"),
        ("Friday 10 May 2024 / 2 Dhul-Qadah 1445H", "2024-05-10"),
        ("Sunday, 12 April 2026 | 24 Shawwal 1447 AH", "2026-04-12"),
    ],
)
def test_a_date_line_closing_with_the_hijri_date(bar: str, day: str) -> None:
    """A top bar "Tuesday, March 10, 2026 | Ramadan 21, 1447 AH" dates the page."""
    text = (
        f"GULF DAILY NEWS\n{bar}\nLOCAL\n\n"
        "Minister receives Omani envoy\n\n"
        "MANAMA: Foreign Minister Khalid Nasser received Omani Ambassador Said Harthi at the "
        "ministry yesterday. Both sides exchanged views on regional issues."
    )
    art = diplomeet.parse(text)
    assert art.source.published is not None
    assert art.source.published.isoformat() == day
    assert art.source.headline == "Minister receives Omani envoy"


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            (
                "CHISINAU, 22 October /MOLDPRES/. Speaker of Parliament Ion Rusu today had a "
                "meeting with the Speaker of the Riigikogu Mart Kask."
            ),
            "Moldpres",
        ),
        (
            (
                "ULAANBAATAR, 4 May /MONTSAME/. President Bat Erdene received the Speaker of the "
                "Riigikogu Mart Kask."
            ),
            "MONTSAME",
        ),
    ],
)
def test_the_agency_between_slashes_after_a_day_first_date(text: str, agency: str) -> None:
    """A day-first dateline's "/MOLDPRES/" and "/MONTSAME/" credit their agencies."""
    art = diplomeet.parse(text)
    assert [a.casefold() for a in art.source.agencies] == [agency.casefold()]


def test_xinhua_under_its_wade_giles_name_in_an_archive_bulletin() -> None:
    """An archive bulletin "Issued by ... Hsinhua News Agency" credits Hsinhua, as credited."""
    text = (
        "HSINHUA NEWS AGENCY\nNEWS BULLETIN\nIssued by the Hongkong Branch of Hsinhua News "
        "Agency\nNo. 7012                Monday, May 8, 1978\n\n"
        "CHEN HAO MEETS GUINEAN DELEGATION\n\n"
        "     PEKING, May 7 (HSINHUA) -- Vice-Premier Chen Hao met and had a friendly "
        "conversation this afternoon with the Guinean delegation led by Foreign Minister "
        "Sekou Camara."
    )
    art = diplomeet.parse(text)
    assert [a.casefold() for a in art.source.agencies] == ["hsinhua"]
