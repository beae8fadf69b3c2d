"""
Dates of wordings found as classes on the development sets (check9, sample10*, sample11*).

Each class is tested on sentences written here, with invented people and other outlets'
styles: a plan dropped or moved ("had been arranged for Friday", "earlier fixed for
Thursday") is the nearer such day; a plan's participle after its noun ("the conference,
expected in December") looks ahead.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.dates import find_dates


def _values(text: str, published: date) -> dict[str, str]:
    return {ref.text: ref.value for ref in find_dates(text, published)[0]}


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # published Thursday: the Friday to come, not the one six days back
        (
            (
                "A bilateral meeting between the two presidents, which had been arranged for"
                " Friday, was cancelled after the visitor flew home."
            ),
            date(2026, 11, 12),
            "for Friday",
            "2026-11-13",
        ),
        (
            (
                "A session of the council's foreign ministers, which had been set for Thursday,"
                " was postponed until after the holidays, diplomats said."
            ),
            date(1987, 11, 11),
            "for Thursday",
            "1987-11-12",
        ),
        (
            (
                "The premier had been expected to stop in Kuching on Friday to call on the"
                " governor, but the visit has been cancelled."
            ),
            date(2026, 10, 8),
            "on Friday",
            "2026-10-09",
        ),
        # a participle with no auxiliary, the sentence going on in the past tense
        (
            (
                "The planned trip of the president to Lome, earlier fixed for Thursday, has been"
                " postponed, the presidency said."
            ),
            date(2026, 3, 17),
            "for Thursday",
            "2026-03-19",
        ),
        (
            (
                "A memorial service planned at the university chapel for Saturday was cancelled"
                " after threats, police said."
            ),
            date(2026, 5, 3),
            "for Saturday",
            "2026-05-02",
        ),
        (
            (
                "Talks with the Latvian side, scheduled for Saturday, were called off at short"
                " notice."
            ),
            date(2026, 5, 4),
            "for Saturday",
            "2026-05-02",
        ),
    ],
)
def test_a_dropped_plans_weekday_is_the_nearer_one(
    text: str, published: date, phrase: str, value: str
) -> None:
    """A plan told as made and then dropped names the nearer such weekday, either side."""
    assert _values(text, published)[phrase] == value


def test_a_dropped_plans_weekday_still_points_back_when_that_is_nearer() -> None:
    """Guard: published Wednesday, the Monday two days back, not the one five days ahead."""
    text = (
        "A call between the ministers that had been scheduled for Monday was called off,"
        " the department said."
    )
    assert _values(text, date(2025, 8, 13))["for Monday"] == "2025-08-11"


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        (
            (
                "The two ministers discussed the donor conference on reconstruction, expected in"
                " December."
            ),
            date(2026, 9, 15),
            "in December",
            "2026-12",
        ),
        (
            (
                "They reviewed plans for the joint commission, expected in February, and signed"
                " two accords."
            ),
            date(2025, 10, 2),
            "in February",
            "2026-02",
        ),
    ],
)
def test_a_plans_participle_after_its_noun_looks_ahead(
    text: str, published: date, phrase: str, value: str
) -> None:
    """Read: "the conference, expected in December" is the coming December."""
    assert _values(text, published)[phrase] == value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # Thursday: "last Wednesday" is not yesterday but the Wednesday of the week before
        (
            "The trawler's crew were detained last Wednesday by a patrol boat off Calabar.",
            date(2026, 4, 16),
            "last Wednesday",
            "2026-04-08",
        ),
        (
            "Police said the two suspects were arrested last Sunday in Ruse.",
            date(2025, 6, 2),
            "last Sunday",
            "2025-05-25",
        ),
        # November: "last October" is the October of the year before
        (
            "The two prime ministers last met at a regional summit in Tashkent last October.",
            date(2026, 11, 3),
            "last October",
            "2025-10",
        ),
        (
            "Relations have thawed since the border incident last December.",
            date(2027, 1, 20),
            "last December",
            "2025-12",
        ),
    ],
)
def test_last_names_the_one_before_the_unit_just_gone(
    text: str, published: date, phrase: str, value: str
) -> None:
    """Read: "last" with the weekday of yesterday or the month just gone reaches a cycle back."""
    assert _values(text, published)[phrase] == value


def test_last_with_an_earlier_weekday_or_month_is_unchanged() -> None:
    """Guard: "last Tuesday" on a Thursday, "last September" in November are the latest ones."""
    assert _values("They met last Tuesday.", date(2026, 4, 16))["last Tuesday"] == "2026-04-14"
    assert _values("They met last September.", date(2026, 11, 3))["last September"] == "2026-09"


def test_a_dateline_closed_by_a_full_stop_dates_its_dispatch() -> None:
    """A dateline "PERTH, Monday." alone on its line dates "this morning" and "last night"."""
    text = (
        "THE EXAMPLE HERALD\n\nTUESDAY, MARCH 6, 1962\n\nPERTH, Monday.\n\n"
        "The Premier, Mr. A. B. Quill, met the Japanese trade envoy this morning.\n\n"
        "He told Parliament last night that the talks would go on."
    )
    values = _values(text, date(1962, 3, 6))
    assert values["this morning"] == "1962-03-05TMO"
    assert values["last night"] == "1962-03-04TNI"


def test_a_source_line_over_text_of_report_dates_the_item() -> None:
    """A monitoring "Source: ... 1730 gmt 3 Mar 88" over "Text of report" dates its item."""
    text = (
        "Summary of World Broadcasts\n\nMarch 4, 1988\n\nPresident receives envoy\n\n"
        "Source: Radio Algiers, in Arabic 1730 gmt 3 Mar 88\n\nText of report\n\n"
        "The president today received the Tunisian envoy. The envoy will fly home tomorrow."
    )
    values = _values(text, date(1988, 3, 4))
    assert values["today"] == "1988-03-03"
    assert values["tomorrow"] == "1988-03-04"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Border guards clashed at dawn on Monday with a band of smugglers.", "dawn", "2026-02-23"),
        (
            "The rebels crossed the river before dawn on Sunday, the army said.",
            "dawn",
            "2026-02-22",
        ),
        ("The ceasefire is due to start at dusk Friday, mediators said.", "dusk", "2026-02-27"),
    ],
)
def test_a_weekday_after_dawn_or_dusk_is_read_whole(text: str, phrase: str, value: str) -> None:
    """Read: "at dawn on Monday" is one expression, the day; "before dawn" is no "before"."""
    found = [(ref.text, ref.value) for ref in find_dates(text, date(2026, 2, 24))[0]]
    assert [v for t, v in found if phrase in t] == [value]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            (
                "The talks between the two ministers that were to have taken place on Wednesday"
                " in Montevideo were called off."
            ),
            "on Wednesday",
            "2026-07-01",
        ),
        (
            "The trade envoy was to have been received at the palace on Friday.",
            "on Friday",
            "2026-07-03",
        ),
    ],
)
def test_a_plan_that_was_to_have_happened_is_the_nearer_day(
    text: str, phrase: str, value: str
) -> None:
    """Read: "were to have taken place on Wednesday", published Thursday, is the day before."""
    assert _values(text, date(2026, 7, 2))[phrase] == value


def test_an_open_start_from_a_weekday_is_the_nearer_one() -> None:
    """Read: "called a strike from Thursday", published Wednesday, is the next day."""
    values = _values("Dock workers in Mombasa called a strike from Thursday.", date(2026, 8, 26))
    assert values["from Thursday"] == "2026-08-27"
    # a range told in the past keeps its tense
    values = _values("The fair ran from Friday to Sunday.", date(2026, 8, 25))
    assert values["from Friday"] == "2026-08-21"


def test_a_clock_time_with_spaced_letters_is_read() -> None:
    """Read: an old wire's "at 10 p. m. Sunday" is Sunday at 22:00, in the future clause."""
    text = "The truce is to take effect at 10 p. m. Sunday. Troops are to pull back."
    assert _values(text, date(1969, 7, 19))["at 10 p. m. Sunday"] == "1969-07-20T22:00"


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        (
            (
                "Mr Varley has accepted my invitation to come to Canberra in November for the"
                " next round of talks."
            ),
            date(1979, 8, 9),
            "in November",
            "1979-11",
        ),
        (
            "The foreign minister was invited to attend the forum in Suva in October.",
            date(2026, 8, 9),
            "in October",
            "2026-10",
        ),
    ],
)
def test_an_invitation_looks_ahead(text: str, published: date, phrase: str, value: str) -> None:
    """Read: "accepted an invitation to come ... in November", published in August, is ahead."""
    assert _values(text, published)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The envoy landed in Suva on May 4. Later that day, she met the prime minister.",
            "Later that day",
            "2026-05-04",
        ),
        (
            (
                "Protesters gathered outside the embassy on Tuesday. Police said they had been"
                " warned earlier that morning."
            ),
            "earlier that morning",
            "2026-05-05TMO",
        ),
    ],
)
def test_later_that_day_tells_the_day_of_the_sentence_before(
    text: str, phrase: str, value: str
) -> None:
    """Read: "Later that day" opening a sentence is the day the sentence before gave."""
    assert _values(text, date(2026, 5, 8))[phrase] == value


def test_later_in_the_day_stays_the_storys_day() -> None:
    """Guard: "Later in the day" is the day of publication, not the date told before it."""
    text = "The treaty was signed on May 4. Later in the day, the minister spoke to reporters."
    assert _values(text, date(2026, 5, 8))["Later in the day"] == "2026-05-08"


_STORY = (
    "<p>The foreign ministers of Chile and Peru met in Arica on Monday to discuss the"
    " maritime border and the migrants stranded at the Chacalluta crossing, officials said.</p>"
    "<p>They agreed that technical teams would meet again in Lima before the end of the"
    " year, and that the two presidents would speak by telephone next week.</p>"
    "<p>The crossing has been closed to foot traffic since the start of the month, when"
    " several hundred people camped on the Chilean side of the line.</p>"
)


def _page(head: str, over_title: str = "") -> str:
    top = f"<div class='top-bar'>{over_title}</div>" if over_title else ""
    return (
        "<html><head><title>Chile, Peru ministers meet on border crossing | Example Post"
        f"</title></head><body>{top}"
        "<article><h1>Chile, Peru ministers meet on border crossing</h1>"
        f"{head}<div class='article-body'>{_STORY}</div></article></body></html>"
    )


def _page_dates(markup: str) -> list[tuple[str, str]]:
    art = diplomeet.parse(markup, published=date(2026, 3, 10))
    return [(ref.text, ref.value) for ref in art.dates if ref.span is None]


def test_a_top_bars_date_over_the_headline_is_a_date_of_the_page() -> None:
    """Read: "E-Edition Tuesday, March 10, 2026 Subscribe" over the headline is a date."""
    head = "<div class='byline'>Ana Quispe</div>"
    markup = _page(head, over_title="<span>E-Edition</span> <span>Tuesday, March 10, 2026</span>")
    assert ("Tuesday, March 10, 2026", "2026-03-10") in _page_dates(markup)


def test_a_bylines_date_after_the_names_is_a_date_of_the_page() -> None:
    """Read: "EXAMPLE POST WITH AFP LIMA Mar 10, 2026 - 2:05 pm" gives its day, not its time."""
    head = (
        "<div class='info'><span class='author'>EXAMPLE POST WITH AFP</span>"
        " <span class='date'>LIMA Mar 10, 2026 - 2:05 pm GMT-5</span></div>"
    )
    found = _page_dates(_page(head))
    assert ("Mar 10, 2026", "2026-03-10") in found
    assert all("T" not in value for _, value in found)


def test_a_standfirst_under_the_headline_gives_its_dates() -> None:
    """Read: a standfirst "... seized two boats on Sunday; ..." dropped by the extractor."""
    head = (
        "<h2 class='sub-text'>Coast guard seized two fishing boats off Arica on Sunday;"
        " minister calls for calm</h2><div class='byline'>Mariana Echeverri Quispe</div>"
    )
    assert ("on Sunday", "2026-03-08") in _page_dates(_page(head))


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "TBILISI, FEBRUARY 9, GEORGIA TODAY. The two ministers met on Monday.",
            "FEBRUARY 9",
            "2026-02-09",
        ),
        (
            "BAKU, FEBRUARY 8. /TREND/. The delegations held talks in the capital.",
            "FEBRUARY 8",
            "2026-02-08",
        ),
        ("NEW DELHI, FEB 9 (IANS) The envoys spoke by phone on Sunday.", "FEB 9", "2026-02-09"),
    ],
)
def test_a_wire_dateline_in_capitals_gives_its_day(text: str, phrase: str, value: str) -> None:
    """Read: "TBILISI, FEBRUARY 9, GEORGIA TODAY." dates the dispatch, month in capitals."""
    assert _values(text, date(2026, 2, 9))[phrase] == value


def test_a_month_in_capitals_in_a_slogan_stays_no_date() -> None:
    """Guard: "THE MARCH 3 RALLY" in a headline's capitals is no dateline."""
    assert _values("Police braced for THE MARCH 3 RALLY in the capital.", date(2026, 2, 9)) == {}


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The physician was shot dead last Oct. 23 at his home.", "last Oct. 23", "1998-10-23"),
        ("The treaty was signed last March 3rd in Quito.", "last March 3rd", "1999-03-03"),
        ("The next round opens next April 20 in Lima.", "next April 20", "2000-04-20"),
        ("The vote is due this November 5.", "this November 5", "1999-11-05"),
    ],
)
def test_last_or_next_with_a_month_and_day_is_that_day(text: str, phrase: str, value: str) -> None:
    """Read: "last Oct. 23", published in April 1999, is 23 October 1998, not October."""
    assert _values(text, date(1999, 4, 20))[phrase] == value


def test_an_archive_header_date_with_its_weekday_after_is_one_date() -> None:
    """Read: an archive's "March 4, 1988, Friday" header line is one date, not two."""
    text = "Copyright 1988 Example Wire\n\nMarch 4, 1988, Friday\n\nSECTION: WORLD NEWS\n"
    found = [(ref.text, ref.value) for ref in find_dates(text, date(1988, 3, 4))[0]]
    assert ("March 4, 1988, Friday", "1988-03-04") in found
    assert all(t != "Friday" for t, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            (
                "The Malian foreign minister yesterday paid a courtesy call on the Vice-President"
                " in Accra.\n\nThe two discussed border security.\n\nEarlier in the day, the"
                " minister held closed-door talks with his Ghanaian counterpart."
            ),
            "2026-02-11",
        ),
        (
            (
                "Ministers of the three states met in Chisinau on February 10 to agree on joint air"
                " patrols.\n\nLater in the day, they visited a radar post near the border."
            ),
            "2026-02-10",
        ),
    ],
)
def test_in_the_day_is_the_day_the_story_leads_with(text: str, value: str) -> None:
    """Read: "Earlier in the day" after a lead told "yesterday" is yesterday, not publication."""
    values = _values(text, date(2026, 2, 12))
    phrase = next(p for p in values if p.endswith("in the day"))
    assert values[phrase] == value


def test_in_the_day_ignores_a_lead_day_long_gone() -> None:
    """Guard: a lead dated a week back does not move "Later in the day" off publication."""
    text = "The accord was signed on Friday.\n\nLater in the day, the minister spoke."
    assert _values(text, date(2026, 2, 12))["Later in the day"] == "2026-02-12"


@pytest.mark.parametrize(
    "text",
    [
        "The intruders were intercepted by Mirage 2000-5 jets over the Aegean.",
        "The navy sent two Type 1900-2 patrol boats to the strait.",
    ],
)
def test_a_model_number_is_no_year(text: str) -> None:
    """Read: "Mirage 2000-5 jets" names an aircraft, not the year 2000."""
    assert _values(text, date(2026, 5, 14)) == {}


def test_a_range_of_years_still_gives_its_first_year() -> None:
    """Guard: "in 2018-19" and "in 2018-2019" still give 2018."""
    assert _values("Exports fell in 2018-19.", date(2026, 5, 14))["in 2018"] == "2018"


@pytest.mark.parametrize(
    "stamp",
    [
        "Published on 10/03/2026 - 18:22 GMT+1 \u2022 Updated 19:05",
        "Last updated 10/03/2026 at 18:22 GMT",
        "Posted: 10.03.2026, 18:22 GMT",
    ],
)
def test_a_stamp_lines_clock_time_in_the_body_is_no_date(stamp: str) -> None:
    """Read: the clock time of a "Published ..." line left in the body stamps the page."""
    text = f"Border guards trade fire\n\n{stamp}\n\nThe talks began at 10:00 GMT on Tuesday."
    found = [(ref.text, ref.value) for ref in find_dates(text, date(2026, 3, 10))[0]]
    assert all("18:22" not in value and "T18" not in value for _, value in found)
    assert ("at 10:00 GMT on Tuesday", "2026-03-10T10:00Z") in found


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            "The bank named a new board, effective Feb. 1, the ministry said.",
            "Feb. 1",
            "2027-02-01",
        ),
        ("Workers approved a new wage pact effective June 1.", "June 1", "2027-06-01"),
        (
            "The tariff cut, effective from March 15, was agreed in Geneva.",
            "March 15",
            "2027-03-15",
        ),
    ],
)
def test_effective_with_a_date_looks_ahead(text: str, phrase: str, value: str) -> None:
    """Read: "a new pact effective June 1", published in October, is next June."""
    found = _values(text, date(2026, 10, 26))
    assert [v for t, v in found.items() if t.endswith(phrase)] == [value]


def test_effective_since_is_no_cue() -> None:
    """Guard: "the ceasefire, effective since Monday, held" is the Monday gone by."""
    found = _values("The ceasefire, effective since Monday, held.", date(2026, 10, 28))
    assert found["since Monday"] == "2026-10-26"


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        (
            "The bonds carry a 24% premium over Thursday's closing price.",
            date(2026, 3, 2),
            "over Thursday's",
            "2026-02-26",
        ),
        (
            "Saturday's vote count is final, the electoral commission says.",
            date(2026, 3, 5),
            "Saturday's",
            "2026-02-28",
        ),
    ],
)
def test_a_possessive_weekday_with_no_look_ahead_is_past(
    text: str, published: date, phrase: str, value: str
) -> None:
    """Read: "over Thursday's closing price", published Monday, is last Thursday."""
    assert _values(text, published)[phrase] == value


def test_a_possessive_weekday_after_ahead_of_still_looks_ahead() -> None:
    """Guard: "ahead of Saturday's vote" is the coming Saturday."""
    text = "Parties held rallies ahead of Saturday's vote."
    assert _values(text, date(2026, 3, 5))["of Saturday's"] == "2026-03-07"


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        (
            (
                "The Beninese envoy yesterday called on the Speaker of Parliament in Accra.\n\n"
                '"What happens in Kandi today can happen in Bolgatanga tomorrow," she said.'
            ),
            "today",
            "2026-02-11",
        ),
        (
            (
                "The two ministers met in Niamey on Wednesday.\n\n"
                "\u201cWe will sign the accord tomorrow,\u201d the minister told reporters."
            ),
            "tomorrow",
            "2026-02-12",
        ),
    ],
)
def test_a_quotes_today_is_the_speakers_day(text: str, phrase: str, value: str) -> None:
    """Read: a quote's "today" under a lead told "yesterday" is yesterday, when it was said."""
    assert _values(text, date(2026, 2, 12))[phrase] == value


def test_a_today_outside_quotes_stays_publication_day() -> None:
    """Guard: the narrative's own "today" is still the day of publication."""
    text = "The envoy yesterday called on the Speaker.\n\nShe flies home today."
    assert _values(text, date(2026, 2, 12))["today"] == "2026-02-12"
