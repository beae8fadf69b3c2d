"""
Bylines of official documents: a release label or a reference number names no writer.

Documents written here, people invented: a briefing transcript whose reference number
stands over its date ("DPB #158"), a ministry's release with its number over the date, and
an embassy's release page whose "FOR IMMEDIATE RELEASE" label follows the byline.
"""

from __future__ import annotations

import diplomeet


def test_a_reference_number_over_the_date_is_no_author() -> None:
    """'BRF #41' over the document's date line is its number, not a writer's name."""
    for text in (
        (
            "MINISTRY OF FOREIGN AFFAIRS\nDAILY PRESS BRIEFING\n\nBRF #41\nMONDAY, MAY 4, 1998\n\n"
            "MR. OKAFOR: Good afternoon. The minister met his Ghanaian counterpart today.\n"
        ),
        (
            "MINISTRY OF DEFENCE\nPRESS STATEMENT\n\nTroops return home\n\nPR 2024/17\n"
            "March 3, 2024\n\nThe minister met troops in Riga on Monday.\n"
        ),
    ):
        assert diplomeet.parse(text).source.authors == ()


def test_a_release_label_is_no_author() -> None:
    """'FOR IMMEDIATE RELEASE' under a page's byline is the label of the release."""
    page = (
        "<html><head><title>Talks</title></head><body><h1>Envoy meets minister</h1>"
        "<p>By Embassy Desk | 3 March, 2024</p><p><strong>FOR IMMEDIATE RELEASE</strong></p>"
        "<p>RIGA - The ambassador met the defence minister in Riga on Monday, the embassy"
        " said in a statement.</p></body></html>"
    )
    authors = diplomeet.parse(page).source.authors
    assert not any("release" in a.lower() for a in authors)


def test_a_name_over_the_date_is_still_the_author() -> None:
    """A writer's name over the date line stays the byline."""
    text = "Talks resume\n\nJane Okoro\nMarch 3, 2024\n\nThe minister met troops on Monday.\n"
    assert diplomeet.parse(text).source.authors == ("Jane Okoro",)


def test_a_parliamentary_questions_number_and_answer_date_frame_its_title() -> None:
    """A question's number line is no headline; its answer date dates the document."""
    text = (
        "GOVERNMENT OF INDIA\nMINISTRY OF EXTERNAL AFFAIRS\n\nRAJYA SABHA\n"
        "STARRED QUESTION NO. 45\nTO BE ANSWERED ON 12.03.2021\n\n"
        "DELAYS IN STUDENT VISAS FOR INDIAN NATIONALS\n\n"
        "45. SHRI R. K. NAIDU:\n\nWill the Minister of EXTERNAL AFFAIRS be pleased to state"
        " whether student visas have been delayed?\n"
    )
    source = diplomeet.parse(text).source
    assert source.headline == "DELAYS IN STUDENT VISAS FOR INDIAN NATIONALS"
    assert source.published is not None
    assert source.published.isoformat() == "2021-03-12"


def test_a_notes_number_line_is_no_headline() -> None:
    """'Note No. 112/2024' over the title is the note's number."""
    text = (
        "MINISTRY OF FOREIGN AFFAIRS\nNote No. 112/2024\n\nProtest over airspace violation\n\n"
        "The Ministry summoned the ambassador of the neighbouring state on Monday.\n"
    )
    assert diplomeet.parse(text).source.headline == "Protest over airspace violation"
