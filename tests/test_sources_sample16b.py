"""
Source fields found in the wire-copy sample ``sample16b`` (its README).

Each class is checked on texts written for these tests (invented people; other agencies'
layouts and places than the sample's).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            (
                "Jordan News Agency (Petra)\nJordan, Syria discuss Jaber border crossing\n\n"
                "AMMAN, March 14 (Petra) -- The foreign ministers of Jordan and Syria met in "
                "Amman on Saturday."
            ),
            "Jordan, Syria discuss Jaber border crossing",
        ),
        (
            (
                "NEWS AGENCY OF THE SLOVAK REPUBLIC\nSlovak, Hungarian ministers meet in "
                "Komarno\n\nBratislava, June 12 - The two foreign ministers met in Komarno "
                "on Thursday."
            ),
            "Slovak, Hungarian ministers meet in Komarno",
        ),
        (
            (
                "Emirates News Agency (WAM)\nUAE, Oman ministers discuss border crossings\n\n"
                "ABU DHABI, 3rd May, 2026 (WAM) -- The foreign ministers of the UAE and Oman "
                "met on Sunday."
            ),
            "UAE, Oman ministers discuss border crossings",
        ),
    ],
)
def test_an_agency_banner_with_its_initials_or_country_is_no_headline(
    text: str, headline: str
) -> None:
    """'Ghana News Agency (GNA)' or 'QATAR NEWS AGENCY' over the title: a banner, no headline."""
    assert diplomeet.parse(text).source.headline == headline


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            (
                "Politics | 14/03/2026 10:05\n\n"
                "EDITOR'S NOTE: Updates with the minister's remarks (paras 4-5). Replaces the "
                "version sent at 09:10.\n\n"
                "Oman, Yemen discuss border crossings\n\n"
                "MUSCAT, March 14 - The foreign ministers of Oman and Yemen met on Saturday."
            ),
            "Oman, Yemen discuss border crossings",
        ),
        (
            (
                "Eds: UPDATES with Chilean minister's comments. No pickup.\n\n"
                "Chile, Bolivia Ministers Meet on Water Dispute\n\n"
                "SANTIAGO, Chile (AP) _ The foreign ministers of Chile and Bolivia met for "
                "three hours Tuesday."
            ),
            "Chile, Bolivia Ministers Meet on Water Dispute",
        ),
        (
            (
                "(Corrects minister's title in paragraph 3)\n\n"
                "Armenia, Georgia agree to reopen rail link\n\n"
                "YEREVAN, April 3 (Reuters) - Armenia and Georgia agreed on Friday to reopen "
                "their rail link."
            ),
            "Armenia, Georgia agree to reopen rail link",
        ),
    ],
)
def test_a_note_to_the_agency_clients_over_the_story_is_dropped(text: str, headline: str) -> None:
    """'EDITOR'S NOTE: ...', 'Eds: ...', '(Corrects ...)' over the head: no story, no title."""
    art = diplomeet.parse(text)
    assert art.source.headline == headline
    assert "note" not in art.text.lower().split(".", 1)[0]
    assert not art.text.startswith(("(Corrects", "Eds:", "EDITOR"))


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "CORRECTED-UPDATE 2-Armenia, Georgia agree to reopen rail link",
            "Armenia, Georgia agree to reopen rail link",
        ),
        (
            "REFILE-EXCLUSIVE-Iran envoy to visit Baku next week",
            "Iran envoy to visit Baku next week",
        ),
        (
            "RPT-UPDATE 1-Kenya, Somalia ministers meet in Nairobi",
            "Kenya, Somalia ministers meet in Nairobi",
        ),
    ],
)
def test_a_chain_of_wire_tags_is_cut_from_the_headline(line: str, headline: str) -> None:
    """'CORRECTED-UPDATE 2-' opening a headline: every tag goes, not only the first."""
    text = (
        f"{line}\n\nBy Jane Example\n\n"
        "YEREVAN, April 3 (Reuters) - The two foreign ministers met on Friday in Yerevan."
    )
    assert diplomeet.parse(text).source.headline == headline


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            (
                "Armenia, Georgia agree to reopen rail link\n\n"
                "* Rail link to reopen on Monday\n* Ministers met for three hours\n\n"
                "YEREVAN, April 3 (Reuters) - Armenia and Georgia agreed on Friday to reopen "
                "their rail link, the two foreign ministers said."
            ),
            "Reuters",
        ),
        (
            (
                "Kenya and Somalia to reopen Mandera crossing\n\n"
                "\u2022 Crossing shut since January\n\u2022 Ministers meet in Nairobi\n"
                "\u2022 Trade to resume next week\n\n"
                "NAIROBI, March 2 (AFP) - Kenya and Somalia agreed on Monday to reopen the "
                "Mandera crossing."
            ),
            "AFP",
        ),
    ],
)
def test_a_dateline_under_the_summary_bullets_is_read(text: str, agency: str) -> None:
    """Bullet points over the story do not push its dateline out of reach: its agency is read."""
    art = diplomeet.parse(text)
    assert art.source.agencies == (agency,)
    assert "(" + agency + ")" not in art.text


@pytest.mark.parametrize(
    "caption",
    [
        "Trucks queue at the closed crossing near Mandera, Kenya, March 1, 2026. REUTERS/Jane Doe",
        "A guard at the border post in Aflao, Ghana, May 2, 2026. REUTERS/Kofi Mensah/File Photo",
    ],
)
def test_a_caption_closed_by_an_agency_and_its_photographer(caption: str) -> None:
    """'... May 2, 2026. REUTERS/Jane Doe': a caption, its agency credited, not the story."""
    text = (
        "Kenya and Somalia to reopen Mandera crossing\n\n"
        f"{caption}\n\n"
        "Kenya and Somalia agreed on Monday to reopen the Mandera crossing, officials said."
    )
    art = diplomeet.parse(text)
    assert "Reuters" in art.source.agencies
    assert "REUTERS/" not in art.text


_TELEPRINTER = (
    "ZCZC NIC204 REUTER 12.06.67 1410 GMT\n"
    "URGENT\n\n"
    "CYPRUS TALKS\n\n"
    "NICOSIA, JUNE 12, REUTER - THE GREEK AND TURKISH FOREIGN MINISTERS MET HERE TODAY FOR "
    "TWO HOURS OF TALKS ON THE ISLAND.\n\n"
    "THE MINISTERS AGREED TO MEET AGAIN IN ATHENS NEXT WEEK.\n\n"
    "MORE\n"
    "REUTER 1410\n\n"
    "ZCZC NIC205 REUTER 12.06.67 1432 GMT\n"
    "CYPRUS TALKS -- TAKE 2\n\n"
    "A UNITED NATIONS SPOKESMAN SAID THE TALKS HAD BEEN USEFUL.\n\n"
    "CORRECTION -- IN TAKE 1, PARA 2, PLEASE READ: NEXT MONTH (INSTEAD OF: NEXT WEEK).\n\n"
    "ENDS\n"
    "REUTER 1432\n"
    "NNNN"
)


def test_teleprinter_copy_keeps_only_its_story() -> None:
    """'ZCZC ...', 'URGENT', 'MORE', '... -- TAKE 2', 'REUTER 1410', 'NNNN' are no story."""
    art = diplomeet.parse(_TELEPRINTER)
    assert art.source.headline == "CYPRUS TALKS"
    assert art.source.agencies == ("Reuters",)
    assert art.source.published == date(1967, 6, 12)
    for control in ("ZCZC", "URGENT", "MORE", "TAKE 2", "REUTER 1410", "NNNN", "CORRECTION"):
        assert control not in art.text
    assert "A UNITED NATIONS SPOKESMAN" in art.text


_DATA_FEED = (
    "a0412\n"
    "u i BC-Senegal-Mauritania 1stLd-Writethru 04-28 0455\n"
    "^BC-Senegal-Mauritania, 1st Ld-Writethru,0455<\n"
    "^Senegal, Mauritania Ministers Meet on Border Violence<\n"
    "^Eds: UPDATES with ministers' meeting. No pickup.<\n"
    "^By JANE EXAMPLE<\n"
    "^Associated Press Writer<\n\n"
    "   DAKAR, Senegal (AP) _ The foreign ministers of Senegal and Mauritania met for three "
    "hours Friday in Dakar.\n\n"
    "   They agreed to meet again next week.\n\n"
    "   AP-DS-04-28-89 1532EDT<"
)


def test_a_data_feed_item_reads_its_marked_head_byline_and_closing_stamp() -> None:
    """A feed's '^...<' lines, message number and priority line: head, byline, date, agency."""
    art = diplomeet.parse(_DATA_FEED)
    assert art.source.headline == "Senegal, Mauritania Ministers Meet on Border Violence"
    assert art.source.authors == ("Jane Example",)
    assert art.source.agencies == ("AP",)
    assert art.source.published == date(1989, 4, 28)
    assert "BC-Senegal" not in art.text
    assert "a0412" not in art.text
    assert "<" not in art.text


@pytest.mark.parametrize(
    ("line", "authors", "day"),
    [
        ("November 18, 2026  By Jane Okafor", ("Jane Okafor",), date(2026, 11, 18)),
        (
            "12 March 2026 By Kofi Mensah and Ama Owusu",
            ("Kofi Mensah", "Ama Owusu"),
            date(2026, 3, 12),
        ),
        ("Mon, Mar 9, 2026 By Jane Banda", ("Jane Banda",), date(2026, 3, 9)),
    ],
)
def test_a_date_then_a_byline_on_one_line(line: str, authors: tuple[str, ...], day: date) -> None:
    """'November 18, 2026  By Jane Doe': the page's date, then its authors."""
    text = f"Ministers meet in Lusaka\n\n{line}\n\nThe foreign ministers met on Monday in Lusaka."
    source = diplomeet.parse(text).source
    assert source.authors == authors
    assert source.published == day
