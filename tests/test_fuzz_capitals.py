"""
Hostile input on this session's paths: text in capitals, page heads, bracketed dates.

Property tests build texts from the new patterns (wires in capitals with odd Unicode:
dotted and dotless I, sharp s, ligatures, combining marks, lone surrogates, right-to-left
text; heads over a body: archive banners, running heads, bylines with dates, dashed
credits; a weekday with its date in brackets at the calendar's ends, '10.45 hrs' times,
fiscal years, regnal numbers, pairs named by office) and assert that ``parse`` never
raises, that every result is sound (see ``soundness.py``) and that the re-cased copy only
changes letters' case.  The regression tests below each hold an invented text that made
the library raise or a stage crash before its fix.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from hypothesis import example, given
from hypothesis import strategies as st

import diplomeet
from diplomeet import _capitals
from diplomeet.dates import find_dates
from soundness import assert_sound

# Characters whose case mapping is odd: longer ("ß" -> "SS", "ﬁ" -> "FI"), titlecase
# digraphs, dotted and dotless I, symbols with a case (Kelvin, Angstrom, circled letters).
ODD_CHARS: Final = st.sampled_from(
    [
        "\u0130",  # İ
        "\u0131",  # dotless i
        "\u00df",  # ß
        "\u1e9e",  # ẞ
        "\ufb01",  # ﬁ
        "\ufb03",  # ﬃ
        "\u0149",  # ŉ
        "\u01c5",  # ǅ
        "\u0390",  # ΐ
        "\u0587",  # և
        "\u1f88",  # ᾈ
        "\u212a",  # Kelvin sign
        "\u212b",  # Angstrom sign
        "\u24b6",  # Ⓐ
        "\u216b",  # Ⅻ
        "\u0301",  # combining acute
        "\u0307",  # combining dot above
        "\ud800",  # lone high surrogate
        "\udfff",  # lone low surrogate
        "\u202e",  # right-to-left override
        "\u200f",  # right-to-left mark
        "\u05e9\u05dc\u05d5\u05dd",  # Hebrew
        "\u0645\u0631\u062d\u0628\u0627",  # Arabic
        "\U0001d400",  # mathematical bold A
        "\x00",
        "\x85",
        "\u2028",
        "\ufeff",
        "\u2019",
        "\u2014",
    ]
)
WIRE_WORDS: Final = st.sampled_from(
    [
        *[
            "THE",
            "PRESIDENT",
            "PRIME",
            "MINISTER",
            "FOREIGN",
            "SECRETARY",
            "OF",
            "STATE",
            "MET",
            "SAID",
            "TOLD",
            "TALKS",
        ],
        *[
            "WITH",
            "VISIT",
            "MONDAY",
            "TUESDAY",
            "FEB",
            "FEBRUARY",
            "MAY",
            "MARCH",
            "HRS",
            "A.M.",
            "P.M.",
            "GMT",
            "UPI",
            "AP",
        ],
        *[
            "REUTER",
            "KING",
            "QUEEN",
            "II",
            "III",
            "XIV",
            "TWO",
            "MINISTERS",
            "BY",
            "PHOTO",
            "UPDATED",
            "FISCAL",
            "YEAR",
        ],
        *[
            "HOURS",
            "AFTER",
            "THE",
            "ATTACK",
            "O'BRIEN",
            "D'ALEMA",
            "KOREA'S",
            "SHOT",
            "DOWN",
            "NEAR",
            "BORDER",
        ],
        "NORTH KOREA",
        "\u0130STANBUL",
        "STRA\u00dfE",
        "S\u00c3O PAULO",
        "C\u00d4TE D'IVOIRE",
        "N'DJAMENA",
        "\ufb01NANCE",
        "TWO DAY LATER",
        ".",
        ",",
        ":",
        "--",
        "(",
        ")",
        '"',
        "\n",
        "\n\n",
    ]
)
#: Dates of this session's forms, at and past the calendar's ends.
DATES: Final = st.sampled_from(
    [
        "on Tuesday (Feb 30)",
        "ON TUESDAY (FEB 30)",
        "on Monday (Jan 1, 1)",
        "on Friday (Dec 31, 9999)",
        "on Friday (31 December 9999)",
        "on Wednesday (Sept 31)",
        "Tuesday (Dec 32, 9999)",
        "Tuesday (Feb 30",
        "on Saturday (Feb 29)",
        "SEPT 31, 2018",
        "30 FEB 2023",
        "99.99 hrs",
        "10.45 HRS",
        "24.00 hrs",
        "at 25:99",
        "1.5 years",
        "fiscal year 9999",
        "FY9999",
        "fiscal 10000",
        "three hours after the attack",
        "two days later",
        "the previous Monday",
        "year-end 9999",
    ]
)
HEADS: Final = st.sampled_from(
    [
        "FROM THE ARCHIVES",
        "THE HARBOUR POST",
        "Harbour Post",
        "World | Asia",
        "News / National / Diplomacy",
        "By ANA RUIZ and TOMAS VIDAL",
        "By Ana Ruiz, Feb 30, 2024",
        "BY ANA RUIZ  FEB 30, 2024",
        "Updated: 31 Dec 9999, 23.59 hrs",
        "Published 12:00 AM Dec 31, 9999",
        "\u2014 Photo: Staff",
        "- PHOTO: STAFF/FILE",
        "Home > World > Asia",
        "ENVOYS MEET IN LIMA",
    ]
)
DATELINES: Final = st.sampled_from(
    [
        "BOGOT\u00c1, Colombia \u2014",
        "N'DJAMENA, Chad (AP) --",
        "NUKU'ALOFA, Tonga, Jan. 2 (UPI)--",
        "\u0130ZM\u0130R, Turkey -",
        "HU\u1ebe, Vietnam \u2014",
        "D'\u0301 \u2014",
        "\u2019\u2019, X \u2014",
    ]
)
ACTORS: Final = st.sampled_from(
    [
        "KING HAAKON VII",
        "King Louis XIV",
        "King MMMMCMXCIX",
        "the two prime ministers",
        "THE TWO FOREIGN MINISTERS",
        "Foreign Minister Ana Ruiz",
        "PRESIDENT JORGE CASTILLO",
    ]
)
PIECE: Final = st.one_of(WIRE_WORDS, WIRE_WORDS, WIRE_WORDS, ODD_CHARS, DATES, ACTORS)
WIRE: Final = st.lists(PIECE, min_size=8, max_size=80).map(" ".join)
PAGE: Final = st.tuples(
    st.lists(HEADS, min_size=1, max_size=5).map("\n".join),
    DATELINES,
    st.lists(st.one_of(PIECE, HEADS), min_size=5, max_size=40).map(" ".join),
    st.booleans(),
).map(lambda p: f"{p[0]}\n\n{p[1]} {p[2]}".upper() if p[3] else f"{p[0]}\n\n{p[1]} {p[2]}")
PUBLISHED: Final = st.sampled_from(
    [None, date.min, date.max, date(9999, 12, 30), date(1, 1, 2), date(2000, 2, 29)]
)


@given(text=WIRE, published=PUBLISHED)
@example(text="I S MET R O TOLD TUESDAY TWO DAY LATER TALK WITH M T HAS", published=date.max)
def test_any_wire_in_capitals_parses_soundly(text: str, published: date | None) -> None:
    """A wire in capitals with odd Unicode: no raise, no crashed stage, sound records."""
    assert_sound(diplomeet.parse(text.upper(), published=published))


@given(text=WIRE)
def test_the_re_cased_copy_only_changes_the_case_of_letters(text: str) -> None:
    """The copy the stages read has the text's length and, letter by letter, its letters."""
    text = text.upper()
    copy = _capitals.recase(text)
    assert len(copy) == len(text)
    for written, read in zip(text, copy, strict=True):
        assert read == written or read.upper() == written or read.lower() == written.lower()


@given(page=PAGE, published=PUBLISHED)
@example(page="Harbour Post\nWorld | Asia", published=None)
@example(page="BY ANA RUIZ  FEB 30, 2024\n\nTHE ENVOYS MET.", published=None)
def test_any_page_with_heads_parses_soundly(page: str, published: date | None) -> None:
    """Banners, running heads, bylines with dates and credits over any body: sound records."""
    assert_sound(diplomeet.parse(page, published=published))


@given(dates=st.lists(DATES, min_size=1, max_size=6), published=PUBLISHED, upper=st.booleans())
def test_dates_at_the_calendar_s_ends_are_sound(
    dates: list[str], published: date | None, *, upper: bool
) -> None:
    """Bracketed weekdays, 'hrs' times and fiscal years at year 1 and 9999: sound records."""
    text = "LIMA (Reuters) - " + ". ".join(f"The envoys met {d}" for d in dates) + "."
    text = text.upper() if upper else text
    assert_sound(diplomeet.parse(text, published=published))
    refs, notes = find_dates(text, published)
    for span in [ref.span for ref in refs] + [note.span for note in notes]:
        assert span is not None
        assert text[span.start : span.end] == span.text


def test_an_impossible_date_with_its_month_in_capitals_is_a_diagnostic_on_the_text() -> None:
    """'SEPT 31, 2018' (a page head's capitals) warns with the words as written; no raise."""
    text = "The envoys said they first met on SEPT 31, 2018 in a hotel."
    article = diplomeet.parse(text, published=date(2020, 1, 1))
    assert_sound(article)
    (note,) = [d for d in article.diagnostics if d.code == "date.impossible"]
    assert note.span is not None
    assert note.span.text == "on SEPT 31, 2018"


def test_a_day_first_impossible_date_in_capitals_keeps_its_words() -> None:
    """'30 FEB 2023' in find_dates: the diagnostic's span holds the text as written."""
    _, notes = find_dates("Talks opened on 30 FEB 2023 in Quito.")
    assert [n.span.text for n in notes if n.span is not None] == ["on 30 FEB 2023"]


def test_a_section_path_on_the_page_s_last_line_does_not_crash_the_outlet_stage() -> None:
    """A site's name over a section path with nothing under it: no title, no crash."""
    article = diplomeet.parse("Harbour Post\nWorld | Asia")
    assert_sound(article)


def test_two_days_later_than_the_calendar_s_last_days_keeps_the_meetings() -> None:
    """'Two days later' counted past December 9999 keeps the meetings, undated by it."""
    text = "I S MET R O TOLD TUESDAY TWO DAY LATER TALK WITH M T HAS"
    article = diplomeet.parse(text, published=date(9999, 12, 31))
    assert_sound(article)
    assert article.meetings
