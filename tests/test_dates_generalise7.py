"""
Classes of date expressions read by general rules, on articles written for these tests.

Each test names a class of failures found on a retired blind set (dispatches dated by their
own dateline or source line, clauses cut at a title's abbreviation, clock times as Britain
and the wires write them, early years, seasons naming an event).  The texts are original,
in other outlets' styles, regions and decades; the people are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet import parse
from diplomeet.dates import find_dates


def _values(text: str, published: date) -> dict[str, str]:
    refs, _ = find_dates(text, published)
    return {ref.text: ref.value for ref in refs}


def _pairs(text: str, published: date) -> list[tuple[str, str]]:
    refs, _ = find_dates(text, published)
    return [(ref.text, ref.value) for ref in refs]


# --- a dispatch is dated by its own line --------------------------------------------------

_SCOTSMAN = (
    "THE SCOTSMAN, FRIDAY, MARCH 4, 1966\n"
    "\n"
    "CABINET TO HEAR OF JAKARTA TALKS\n"
    "\n"
    "From Our Diplomatic Correspondent\n"
    "London, Thursday\n"
    "\n"
    "The Foreign Secretary, Mr Alastair Fenwick, saw the Indonesian Ambassador this "
    "morning and will report to the Cabinet tomorrow. The Ambassador had flown in from "
    "Jakarta yesterday. Officials said tonight that no date had been set for further "
    "talks.\n"
)

_TWO_DISPATCHES = (
    "BONN TALKS ON BERLIN ACCESS\n"
    "\n"
    "From Our Own Correspondent\n"
    "Paris, Monday\n"
    "\n"
    "The French Foreign Minister, M. Lucien Vautrin, left for Bonn this evening after a "
    "meeting of the Cabinet this morning.\n"
    "\n"
    "From Our Correspondent\n"
    "Bonn, Monday\n"
    "\n"
    "Herr Konrad Albrecht said today that he would receive M. Vautrin tomorrow "
    "afternoon.\n"
)

_NEW_YORK_ARCHIVE = (
    "U.S. AND MEXICO OPEN WATER TALKS\n"
    "\n"
    "By Special to The New York Times\n"
    "\n"
    "WASHINGTON, Jan. 14 \u2014 The Secretary of State met the Mexican Ambassador for an "
    "hour today and agreed to open talks on the Colorado River next week. He had seen "
    "the President this morning.\n"
)

_MONITORING = (
    "DAILY REPORT: SOUTH ASIA\n"
    "\n"
    "PAKISTAN\n"
    "\n"
    "MINISTERS DISCUSS BORDER PASSES\n"
    "\n"
    "BK051430 Islamabad Domestic Service in Urdu 1400 GMT 5 Mar 81 BK\n"
    "\n"
    "[Text] The foreign minister met the Afghan charge d'affaires at the Foreign Office "
    "this afternoon and will leave for Tehran tomorrow morning. He had returned from "
    "Riyadh yesterday evening.\n"
)


def test_an_old_british_dateline_dates_its_dispatch_not_the_page() -> None:
    """A "London, Thursday" dispatch in Friday's paper: "today" is Thursday."""
    values = _values(_SCOTSMAN, date(1966, 3, 4))
    assert values["London, Thursday"] == "1966-03-03"
    assert values["this morning"] == "1966-03-03TMO"
    assert values["tomorrow"] == "1966-03-04"
    assert values["yesterday"] == "1966-03-02"
    assert values["tonight"] == "1966-03-03TNI"


def test_two_dispatches_of_one_day_are_two_items_each_anchoring_its_own_text() -> None:
    """Each dateline's weekday is given with its place: two datelines, two expressions."""
    pairs = _pairs(_TWO_DISPATCHES, date(1959, 11, 17))
    assert ("Paris, Monday", "1959-11-16") in pairs
    assert ("Bonn, Monday", "1959-11-16") in pairs
    values = dict(pairs)
    assert values["this evening"] == "1959-11-16TEV"
    assert values["today"] == "1959-11-16"
    assert values["tomorrow afternoon"] == "1959-11-17TAF"


def test_a_dateline_with_its_month_and_day_anchors_a_paper_of_the_next_morning() -> None:
    """An archive page of Jan. 15 printing a dispatch of Jan. 14: its "today" is the 14th."""
    values = _values(_NEW_YORK_ARCHIVE, date(1962, 1, 15))
    assert values["Jan. 14"] == "1962-01-14"
    assert values["today"] == "1962-01-14"
    assert values["this morning"] == "1962-01-14TMO"
    assert values["next week"] == "1962-W03"


def test_a_monitored_broadcast_is_dated_by_its_source_line() -> None:
    """A report of the 7th quoting a broadcast of the 5th: its afternoon is the 5th's."""
    values = _values(_MONITORING, date(1981, 3, 7))
    assert values["this afternoon"] == "1981-03-05TAF"
    assert values["tomorrow morning"] == "1981-03-06TMO"
    assert values["yesterday evening"] == "1981-03-04TEV"


def test_a_diary_line_or_a_headline_is_no_dateline() -> None:
    """A diary's "Thursday, May 7:" and a headline's day date nothing after them."""
    diary = "Thursday, May 7: Leaders meet in Oslo.\n\nThe minister said today that he would go."
    assert _values(diary, date(2026, 5, 5))["today"] == "2026-05-05"
    headline = "Ministers meet Tuesday\n\nThe minister said today that talks would go on."
    assert _values(headline, date(2026, 5, 8))["today"] == "2026-05-08"


def test_a_dateline_of_the_page_day_changes_nothing() -> None:
    """A wire's "KAMPALA, May 5 (Xinhua) --" on the 5th: "on Monday" stays the 4th."""
    text = (
        "KAMPALA, May 5 (Xinhua) -- Uganda's foreign minister met his Kenyan counterpart on Monday."
    )
    assert _values(text, date(2026, 5, 5))["on Monday"] == "2026-05-04"


def test_a_parsed_page_dates_the_meeting_of_its_dispatch() -> None:
    """The meeting "this afternoon" under "Ottawa, Wednesday" in Thursday's paper."""
    page = (
        "THE MONTREAL GAZETTE, THURSDAY, OCTOBER 9, 1958\n\n"
        "MINISTERS DISCUSS SEAWAY TOLLS\n\n"
        "From Our Ottawa Bureau\nOttawa, Wednesday\n\n"
        "External Affairs Minister Gordon Kilbride met United States Secretary of State "
        "Harlan Pettibone in Ottawa this afternoon to discuss tolls on the new seaway.\n"
    )
    article = parse(page, published=date(1958, 10, 9))
    values = {ref.text: ref.value for ref in article.dates}
    assert values["this afternoon"] == "1958-10-08TAF"


# --- a title's abbreviation ends no clause --------------------------------------------------

# Wednesday 2025-03-12
_WEDNESDAY = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The envoy will meet Dr. Ilse Brandt on Friday.", "on Friday", "2025-03-14"),
        (
            "He is scheduled to meet U.S. Secretary of State Dana Pell on Thursday.",
            "on Thursday",
            "2025-03-13",
        ),
        ("The minister is due to receive Gen. Tomas Aranda on Monday.", "on Monday", "2025-03-17"),
        (
            (
                "Foreign Minister Ana Ruiz met Mr. Okoye for two hours at the St. Regis Hotel "
                "on Monday, the first visit since 2019."
            ),
            "on Monday",
            "2025-03-10",
        ),
        ("The president will host Sen. J. R. Whitlow on Thursday.", "on Thursday", "2025-03-13"),
    ],
)
def test_a_title_or_an_initial_does_not_cut_the_clause_from_its_verb(
    sentence: str, phrase: str, expected: str
) -> None:
    """In "will meet Dr. Ilse Brandt on Friday" the verb before "Dr." gives the tense."""
    assert _values(sentence, _WEDNESDAY)[phrase] == expected


def test_a_full_stop_before_a_capital_still_ends_a_sentence() -> None:
    """A full stop before "On Friday the delegates flew home" ends the sentence."""
    text = "The talks will end in Washington. On Friday the delegates flew home."
    assert _values(text, _WEDNESDAY)["On Friday"] == "2025-03-07"


def test_a_hyphenated_participle_is_an_adjective_not_a_past_tense() -> None:
    """In "a long-delayed summit" and "the US-led coalition" no verb tells the past."""
    friday = date(2023, 10, 20)
    text = "They agreed to hold a full-fledged summit in late December."
    assert _values(text, friday)["in late December"] == "2023-12"
    text = "Leaders will hold a long-delayed summit in Hanoi in February."
    assert _values(text, friday)["in February"] == "2024-02"
    text = "The US-led coalition will resume flights on Monday."
    assert _values(text, friday)["on Monday"] == "2023-10-23"


def test_a_prefixed_verb_keeps_its_past_tense() -> None:
    """The verbs "re-elected" and "co-hosted" keep their days behind."""
    friday = date(2023, 10, 20)
    assert _values("He was re-elected on Sunday.", friday)["on Sunday"] == "2023-10-15"
    assert _values("The two co-hosted a dinner on Tuesday.", friday)["on Tuesday"] == "2023-10-17"


# --- clock times ----------------------------------------------------------------------------

# Tuesday 2026-05-05
_TUESDAY = date(2026, 5, 5)


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a point between hours and minutes, as British and Commonwealth papers write it
        (
            "The first shells landed at 9.15pm on Friday, the army said.",
            "at 9.15pm on Friday",
            "2026-05-01T21:15",
        ),
        (
            "Police stopped the convoy at 6.05 a.m. on Sunday.",
            "at 6.05 a.m. on Sunday",
            "2026-05-03T06:05",
        ),
        # the 24-hour clock with a colon after a preposition, and "local time" before the day
        (
            "Border guards opened fire at around 21:40 local time on Saturday.",
            "around 21:40 local time on Saturday",
            "2026-05-02T21:40",
        ),
        ("The ceasefire took effect at 00:01 on Monday.", "at 00:01 on Monday", "2026-05-04T00:01"),
        ("Polling stations closed at 19:00.", "at 19:00", "2026-05-05T19:00"),
        ("The curfew runs until 05:00 local time.", "until 05:00 local time", "2026-05-05T05:00"),
        ("The jet landed at 1530 GMT on Monday.", "at 1530 GMT on Monday", "2026-05-04T15:30Z"),
    ],
)
def test_clock_times_as_the_wires_and_britain_write_them(
    sentence: str, phrase: str, expected: str
) -> None:
    """Times such as "at 9.15pm", "at 21:40 local time on Saturday", "at 1530 GMT"."""
    assert _values(sentence, _TUESDAY).get(phrase) == expected


def test_a_time_in_the_next_sentence_takes_the_day_told_before() -> None:
    """After "late on Monday.", "at 11.40 pm" in the next sentence is Monday's."""
    text = "The drones crossed late on Monday. Radar first picked them up at 11.40 pm."
    assert _values(text, _TUESDAY)["at 11.40 pm"] == "2026-05-04T23:40"


@pytest.mark.parametrize(
    "sentence",
    [
        "The score was 21:15 at half time.",
        "He read Psalm 23:14 to the crowd.",
        "The index closed at 18.30 points.",
        "The lap took 18:30:15 to complete.",
    ],
)
def test_a_ratio_a_verse_a_price_or_a_lap_is_no_time(sentence: str) -> None:
    """Without a preposition of time, or with seconds or a point, digits stay digits."""
    assert not any("T" in v for v in _values(sentence, _TUESDAY).values())


# --- years before 1500 ----------------------------------------------------------------------


def test_a_year_before_1500_after_its_preposition_is_a_year() -> None:
    """Years such as "in 1410." and "in 1453," are read; counts and clocks are not."""
    values = _values("The two armies fought at Grunwald in 1410.", _TUESDAY)
    assert values["in 1410"] == "1410"
    assert _values("Constantinople fell in 1453, and trade moved west.", _TUESDAY) == {
        "in 1453": "1453"
    }
    assert _values("The abbey was founded in 1098 and rebuilt later.", _TUESDAY) == {
        "in 1098": "1098"
    }
    assert _values("Police arrested 1410 people.", _TUESDAY) == {}
    assert _values("The index rose to 1450.", _TUESDAY) == {}
    assert _values("The session ended at 1410.", _TUESDAY) == {}


# --- seasons ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Classes will continue until the summer vacation begins.",
        "The bill was passed in the winter session of parliament.",
        "Rebels launched attacks during the spring offensive.",
    ],
)
def test_a_season_naming_an_event_dates_nothing(sentence: str) -> None:
    """In "the summer vacation" or "the winter session" the noun is the event."""
    assert _values(sentence, _TUESDAY) == {}


def test_a_season_on_its_own_is_still_a_season() -> None:
    """A season with no noun after it ("in early summer") stays a season."""
    assert _values("Talks will resume in the summer.", _TUESDAY) == {"in the summer": "2026-SU"}
    assert _values("They met in early summer, when the roads opened.", _TUESDAY) == {
        "in early summer": "2025-SU"
    }


# --- memory looks back ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Fans will long remember Sunday for the late penalty.", "Sunday", "2026-05-03"),
        (
            "Diplomats will remember Friday as the day the talks nearly collapsed.",
            "Friday",
            "2026-05-01",
        ),
    ],
)
def test_a_day_that_will_be_remembered_is_gone_by(
    sentence: str, phrase: str, expected: str
) -> None:
    """In "will remember Sunday" the future verb looks back at a past Sunday."""
    assert _values(sentence, _TUESDAY)[phrase] == expected


def test_a_wire_trailers_time_stamp_is_no_date_of_the_story() -> None:
    """The trailer "AP 0312 GMT" stamps when the copy was sent; "0800 UTC" alone is a time."""
    text = "The ministers will meet again in June.\n\nAP 0312 GMT"
    assert _values(text, _TUESDAY) == {"in June": "2026-06"}
    assert _values("0800 UTC", _TUESDAY) == {"0800 UTC": "2026-05-05T08:00Z"}


def test_a_source_lines_clock_time_stamps_the_broadcast() -> None:
    """The source line's "1400 GMT" is when the broadcast went out, like a trailer's stamp."""
    assert "1400 GMT" not in _values(_MONITORING, date(1981, 3, 7))


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            (
                "Troops shelled the border post early on Sunday, the army said.\n\n"
                "Kigali denied it. Its army said the firing began at around 2:15 am."
            ),
            "around 2:15 am",
            "2026-05-03T02:15",
        ),
        (
            (
                "The ferry ran aground on Saturday night off the island. No one was hurt. "
                "Rescuers reached it at 11.20 pm, the coastguard said."
            ),
            "at 11.20 pm",
            "2026-05-02T23:20",
        ),
    ],
)
def test_a_time_after_a_dateless_sentence_keeps_the_day_told_before(
    text: str, phrase: str, expected: str
) -> None:
    """A short dateless sentence between the day and the time does not reset the day."""
    assert _values(text, _TUESDAY)[phrase] == expected


def test_a_wire_trailers_dashed_date_is_read() -> None:
    """The trailer "UPI 06-20-79 07:42 PED" dates the copy: digit pairs joined by dashes."""
    assert _values("UPI 06-20-79 07:42 PED", date(1979, 6, 21)) == {"06-20-79": "1979-06-20"}
    assert _values("The page was updated 14-11-2023.", date(2023, 11, 15)) == {
        "14-11-2023": "2023-11-14"
    }
    refs, notes = find_dates("They won a 21-15-12 victory.", _TUESDAY)
    assert refs == []
    assert notes == []


def test_a_wire_trailers_date_is_an_item_of_the_parsed_article() -> None:
    """The closing slug "UPI 03-11-81 0412 AED" is dropped from the text; its day counts."""
    story = (
        "HONDURAS, NICARAGUA AGREE BORDER PATROLS\n\n"
        "TEGUCIGALPA, Honduras (UPI) -- The foreign ministers of Honduras and Nicaragua met "
        "for four hours Tuesday and agreed to hold joint border patrols, officials said.\n\n"
        "UPI 03-11-81 0412 AED\n"
    )
    article = parse(story, published=date(1981, 3, 11))
    values = {ref.text: ref.value for ref in article.dates}
    assert values["03-11-81"] == "1981-03-11"
    assert "0412 AED" not in values


def test_a_source_line_closing_its_item_dates_nothing_after_it() -> None:
    """A "Source: ... in English 0912 gmt 12 Mar 06" line closes its item; the next is not."""
    text = (
        "Minister meets envoy\n\nThe minister met the envoy this afternoon.\n\n"
        "Source: Radio Kabul, in English 0912 gmt 12 Mar 06\n\n"
        "Talks on water\n\nThe two sides said today that talks would go on.\n"
    )
    values = _values(text, date(2006, 3, 14))
    assert values["today"] == "2006-03-14"


# --- the future seen from the past ------------------------------------------------------------

# Thursday 2025-12-11
_DECEMBER = date(2025, 12, 11)


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        (
            (
                "The minister said Kenya would bring the perpetrators of the attack on the "
                "convoy in October to justice."
            ),
            "in October",
            "2025-10",
        ),
        (
            "Officials said the government would hold the vote in February.",
            "in February",
            "2026-02",
        ),
        ("He said the talks would resume in June.", "in June", "2026-06"),
        ("She said the country would leave the pact by October.", "by October", "2026-10"),
    ],
)
def test_a_month_told_as_the_future_of_the_past_may_be_just_gone(
    sentence: str, phrase: str, expected: str
) -> None:
    """After "would", a month up to three months back is that month gone by, not next year's."""
    assert _values(sentence, _DECEMBER)[phrase] == expected


def test_a_live_blogs_time_stamp_does_not_look_back_for_a_day() -> None:
    """A stamp alone on its line ("11:15 a.m.") is the blog's day, not a day told above."""
    text = (
        "2:40 p.m.\n\nThe envoy met rebel leaders on Saturday, aides said.\n\n"
        "___.\n\n11:15 a.m.\n\nThe minister spoke to reporters in Geneva.\n"
    )
    assert _values(text, _TUESDAY)["11:15 a.m."] == "2026-05-05T11:15"


def test_a_dateline_before_the_calendars_first_day_breaks_nothing() -> None:
    """Seen from 1 January of year 1, "Jan. 2" would fall in year 0: no dispatch, no crash."""
    page = "FROM THE ARCHIVES\n\nNUKU'ALOFA, Tonga, Jan. 2 (UPI)-- The talks ended today."
    article = parse(page, published=date(1, 1, 1))
    assert not [d for d in article.diagnostics if "failed" in d.message]
