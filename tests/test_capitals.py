"""
Articles written all in capitals: teletype wire copy, cables, bulletins.

Each wire below is written twice: in ordinary case and as the teletype printed it (the
same text upper-cased).  The capitals must give the same records as the ordinary text,
names in ordinary case, quotes, summaries and dates as written in capitals, and spans into
the text as given.  The wires are invented (people, agencies' styles of several decades).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diplomeet import _capitals, parse
from diplomeet._capitals import in_capitals, recase
from diplomeet.records import ParsedArticle

# UPI, 1962: a transmission slug, a dated dateline with the agency in brackets, a sign-off.
UPI_1962 = """UPI-47

BONN, Germany, May 14 (UPI)--West German Foreign Minister Konrad H. Vossler met French \
Foreign Minister Pierre Delamare for two hours today and the two agreed to meet again in \
Paris next month.

Vossler told reporters after the talks that the meeting had been "frank and useful."

Delamare will return to Paris tomorrow.

JH1140AES
"""

# AP, 1979: a headline line, a quote introduced by a colon at the end of a paragraph.
AP_1979 = """Kenya and Tanzania agree to reopen border

NAIROBI, Kenya (AP) -- Kenyan President Samuel K. Mwangi held talks with visiting \
Tanzanian Prime Minister Joseph T. Mboya at State House on Monday.

Mwangi later told newsmen:

"We have agreed that the border must be reopened before the end of the year."

Asked about the shooting at the Namanga crossing last Friday, Mboya said:

"It was a regrettable incident and it will not happen again."

Kenyan police said Tanzanian border guards opened fire on a Kenyan patrol near Namanga on \
Friday, killing two officers.
"""

# Reuters, 1985: the agency after the date, an organisation speaking.
REUTER_1985 = """LIMA, Oct 9, Reuter - The Foreign Ministry said Ecuadoran troops had crossed \
the border near the Cenepa river on Sunday and fired on a Peruvian army post.

Foreign Minister Alberto Quispe said Peru would "not tolerate any violation of its \
sovereignty."

REUTER
"""

# AP, 1983: a surname that is a common word ("PARK"), a hyphenated title, "O'BRIEN",
# a country's possessive.
AP_1983 = """SEOUL, South Korea (AP) -- South Korea's foreign minister, Park Dong-soo, met U.N. \
Secretary-General Javier Ortega at the Blue House on Friday and asked for help in recovering \
the bodies of the passengers.

Gen. Kim Sung-ho, the army chief of staff, said North Korean troops fired on a South Korean \
guard post near Panmunjom on Thursday, wounding one soldier.

Sen. Thomas O'Brien, D-Mass., said in Washington that the United States "stands with its ally."

Park will visit Tokyo next month for talks with Japanese Foreign Minister Kenji Morita, the \
ministry said.
"""

# Reuters, 1976: a byline, the agency in brackets after the date, British spellings.
REUTER_1976 = """By Ian Forsythe

NICOSIA, Feb 17 (Reuter) - Greek Foreign Minister Nikolaos Vranas and his Turkish \
counterpart, Orhan Baykal, will meet in Brussels next Tuesday to discuss the Aegean dispute, \
diplomatic sources said here tonight.

The Turkish Defence Ministry said a Greek warplane had violated Turkish airspace near the \
island of Lesbos on Sunday.

Baykal told a news conference in Ankara yesterday that Turkey wanted "a just settlement, not \
a dictated one."
"""

# INS, 1951: an em dash after the agency, a general and a premier.
INS_1951 = """TOKYO, Sept. 3 (INS)\u2014Gen. Harold K. Whitcomb conferred for two hours today with \
Premier Hideo Tanabe on the security pact, headquarters announced.

A spokesman for the general said the talks were "cordial and constructive."

Tanabe will leave for San Francisco on Wednesday.
"""

WIRES = {
    "ins_1951": (INS_1951, date(1951, 9, 3)),
    "reuter_1976": (REUTER_1976, date(1976, 2, 18)),
    "ap_1983": (AP_1983, date(1983, 9, 3)),
    "upi_1962": (UPI_1962, date(1962, 5, 14)),
    "ap_1979": (AP_1979, date(1979, 3, 6)),
    "reuter_1985": (REUTER_1985, date(1985, 10, 10)),
}


def _records(article: ParsedArticle) -> dict[str, object]:
    """The records of an article, case aside."""
    return {
        "meetings": sorted(
            (
                tuple(sorted(a.name.casefold() for a in m.participants)),
                m.when.value if m.when else None,
                m.status,
            )
            for m in article.meetings
        ),
        "statements": sorted(
            (s.speaker.name.casefold() if s.speaker else "", s.mode, s.quote.casefold())
            for s in article.statements
        ),
        "incidents": sorted(
            (i.kind, i.when.value if i.when else None, i.summary.casefold())
            for i in article.incidents
        ),
        "dates": sorted((d.text.casefold(), d.value) for d in article.dates),
    }


@pytest.mark.parametrize("name", sorted(WIRES))
def test_a_wire_in_capitals_gives_the_records_of_the_same_wire_in_ordinary_case(
    name: str,
) -> None:
    """Every stage reads the capitals as it reads the same wire in ordinary case."""
    text, published = WIRES[name]
    ordinary = parse(text, published=published)
    capitals = parse(text.upper(), published=published)
    assert ordinary.meetings or ordinary.statements  # the wire says something to find
    assert _records(capitals) == _records(ordinary)


@pytest.mark.parametrize("name", sorted(WIRES))
def test_records_of_a_wire_in_capitals_keep_its_words_as_written(name: str) -> None:
    """Quotes, summaries, dates and spans are the text's own characters, in capitals."""
    text, published = WIRES[name]
    article = parse(text.upper(), published=published)
    assert article.text.isupper()  # the text as given, not the re-cased copy
    for statement in article.statements:
        assert statement.quote.isupper()
        assert statement.quote in article.text
    for incident in article.incidents:
        assert incident.summary in article.text
    for ref in article.dates:
        assert ref.span is None or article.text[ref.span.start : ref.span.end] == ref.text
    for _, span in article.spans():
        assert article.text[span.start : span.end] == span.text


def test_names_in_a_wire_in_capitals_come_out_in_ordinary_case() -> None:
    """People, titles and places are named in ordinary case; quotes and dates stay as written."""
    article = parse(UPI_1962.upper(), published=date(1962, 5, 14))
    (held, planned) = sorted(article.meetings, key=lambda m: m.status)
    assert [a.name for a in held.participants] == ["Konrad H. Vossler", "Pierre Delamare"]
    assert held.participants[0].title == "Foreign Minister"
    assert held.when is not None
    assert held.when.text == "TODAY"
    assert planned.place is not None
    assert planned.place.name == "Paris"
    (statement,) = article.statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Konrad H. Vossler"
    assert statement.quote == "FRANK AND USEFUL."


def test_a_colon_closing_the_paragraph_before_a_quotation_names_its_speaker() -> None:
    """A paragraph closing on "X LATER TOLD NEWSMEN:" or "X SAID:" introduces the next."""
    article = parse(AP_1979.upper(), published=date(1979, 3, 6))
    speakers = {s.quote[:20]: s.speaker.name for s in article.statements if s.speaker}
    assert speakers == {
        "WE HAVE AGREED THAT ": "Samuel K. Mwangi",
        "IT WAS A REGRETTABLE": "Joseph T. Mboya",
    }


def test_a_senator_s_party_tag_and_aside_do_not_take_the_speaker_s_place() -> None:
    """In "Oakes, D-Ore., a member of ..., said" the senator speaks, not the tag."""
    text = (
        "Senator Ruth M. Oakes, D-Ore., a member of the Armed Services Committee, said the "
        'plan was "a step too far" and called for hearings.'
    )
    for article in (parse(text), parse(text.upper())):
        (statement,) = article.statements
        assert statement.speaker is not None
        assert statement.speaker.name.casefold() == "ruth m. oakes"


@pytest.mark.parametrize(
    "text",
    [
        UPI_1962.upper(),
        (
            "ROME, JUNE 2 (ANSA) -- THE TALKS BETWEEN THE TWO FOREIGN MINISTERS ENDED LATE ON "
            "MONDAY WITHOUT AGREEMENT. SEN. JO KIRBY, R-Calif., SAID THE TWO SIDES WOULD MEET "
            "AGAIN IN THE SPRING."
        ),
        "A SHORT BULLETIN IN CAPITALS SAYS THE TWO LEADERS WILL MEET IN ROME NEXT WEEK.",
    ],
)
def test_text_in_capitals_is_recognised_even_with_a_stray_lower_case_word(text: str) -> None:
    """A wire in capitals is one, even with a stray word in lower case."""
    assert in_capitals(text)


@pytest.mark.parametrize(
    "text",
    [
        UPI_1962,
        (
            "TWO LEADERS TO MEET IN ROME\n\nThe two leaders will meet in Rome next week, "
            "their offices said on Monday, after months of talks."
        ),
        "NATO AND THE EU MET. The UN said so.",
        "",
        "12 34 -- 56",
    ],
)
def test_ordinary_text_and_a_headline_in_capitals_are_not_text_in_capitals(text: str) -> None:
    """Mixed-case prose, also under a headline in capitals, is read as it is."""
    assert not in_capitals(text)


def test_the_re_cased_copy_has_the_length_and_letters_of_the_text() -> None:
    """The copy changes case only, word by word, even around letters whose case changes length."""
    text = (
        "SECRETARY OF STATE WALTER B. CRANSTON MET JOSÉ İLKER ÅSTRÖM IN GENEVA "
        'ON THURSDAY AT 10 A.M. AND TOLD NEWSMEN: "WE ARE READY."'
    )
    copy = recase(text)
    assert len(copy) == len(text)
    assert copy.upper() == text.upper()
    assert copy.startswith("Secretary of State Walter B. Cranston met")
    assert "in Geneva on Thursday at 10 a.m. and told newsmen:" in copy
    assert '"We are ready."' in copy


def test_a_surname_that_is_a_common_word_opening_an_aside_is_a_name() -> None:
    """A common surname opening an aside ("MINISTER, PARK DONG-SOO,") is a name."""
    copy = recase(
        "THE FOREIGN MINISTER, PARK DONG-SOO, MET SECRETARY-GENERAL JAVIER ORTEGA AND "
        "SEN. THOMAS O'BRIEN OF NORTH KOREA'S NEIGHBOUR IN THE PARK."
    )
    assert copy == (
        "The Foreign Minister, Park Dong-Soo, met Secretary-General Javier Ortega and "
        "Sen. Thomas O'Brien of North Korea's neighbour in the park."
    )


def test_common_words_that_are_also_names_are_read_by_their_neighbours() -> None:
    """A common word after a first name or a title is a name ("BAKER"), "WILL" is not."""
    copy = recase(
        "PRESIDENT BUSH AND SECRETARY JAMES A. BAKER MET TODAY. THE ENVOY WILL SEE "
        "AMBASSADOR ELLA TILLMAN WHO WILL RETURN IN MAY. TALKS END MAY 3 IN CHINA."
    )
    assert copy.startswith("President Bush and Secretary James A. Baker met today.")
    assert "Ambassador Ella Tillman who will return in May." in copy
    assert copy.endswith("Talks end May 3 in China.")


_WIRE_WORDS = (
    "THE",
    "MINISTER",
    "MET",
    "PRESIDENT",
    "JOHN",
    "A.",
    "SMITH",
    "IN",
    "PARIS",
    "TODAY",
    "AND",
    "SAID:",
    '"WE',
    'AGREE."',
    "TROOPS",
    "FIRED",
    "ON",
    "A",
    "PATROL",
    "NEAR",
    "THE",
    "BORDER",
    "ON",
    "MONDAY,",
    "KILLING",
    "TWO.",
    "JOSÉ",
    "İLKER",
    "ÅSTRÖM",
    "STRASSE",
    "ß",
    "MAY",
    "MARCH",
    "10",
    "A.M.",
    "--",
    ",",
    ".",
    ":",
    "(",
    ")",
    "'",
    '"',
    "\n",
)


@given(st.lists(st.sampled_from(_WIRE_WORDS), min_size=1, max_size=80))
def test_any_text_in_capitals_parses_into_records_whose_spans_point_into_it(
    words: list[str],
) -> None:
    """Whatever a wire in capitals holds, the records point into the text as given."""
    text = " ".join(words).strip() or "THE END."
    copy = recase(text)
    assert len(copy) == len(text)
    article = parse(text, published=date(1970, 1, 1))
    assert not [d for d in article.diagnostics if d.code == "stage.crashed"]
    for _, span in article.spans():
        assert article.text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "text",
    [
        "The United States will not allow its planes to be shot at with impunity, he said.",
        "THE UNITED STATES WILL NOT ALLOW ITS PLANES TO BE SHOT AT WITH IMPUNITY, HE SAID.",
        "Norway cannot accept its trawlers to be fired on in open waters, the minister said.",
    ],
)
def test_what_a_country_will_not_allow_to_happen_is_no_incident(text: str) -> None:
    """'Will not allow its planes to be shot at': a warning, not a shooting."""
    assert not parse(text).incidents


def test_a_crash_while_re_casing_leaves_the_text_read_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bug in the re-casing costs the records of capitals, never the article."""

    def broken(text: str) -> str:
        raise RuntimeError(text[:5])

    monkeypatch.setattr(_capitals, "recase", broken)
    text = UPI_1962.upper()
    article = parse(text, published=date(1962, 5, 14))
    assert "BONN, GERMANY, MAY 14" in article.text
    assert article.text.isupper()
    assert [d.code for d in article.diagnostics].count("stage.crashed") == 1


def test_a_crash_while_restoring_keeps_the_records_on_the_re_cased_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """If the records cannot be read back into the capitals, they stay on the copy."""

    def broken(original: str, _record: object) -> object:
        raise RuntimeError(original[:5])

    monkeypatch.setattr(_capitals, "restore", broken)
    article = parse(UPI_1962.upper(), published=date(1962, 5, 14))
    assert "Foreign Minister Konrad H. Vossler met" in article.text
    assert article.meetings
    assert [d.code for d in article.diagnostics].count("stage.crashed") == 1


def test_the_dates_of_a_headline_in_capitals_over_a_wire_in_capitals_are_read() -> None:
    """A headline's "NEXT WEEK" dates the story, written as the headline writes it."""
    text = (
        "HOLLIS AND ASHCOMBE TO MEET IN OTTAWA NEXT WEEK\n\n"
        "OTTAWA, DEC. 1 (CP) -- PRIME MINISTER ARTHUR D. HOLLIS WILL MEET BRITISH FOREIGN "
        "SECRETARY EDWIN ASHCOMBE IN OTTAWA ON TUESDAY, HIS OFFICE SAID TODAY.\n"
    )
    article = parse(text, published=date(1950, 12, 1))
    assert article.source.headline == "HOLLIS AND ASHCOMBE TO MEET IN OTTAWA NEXT WEEK"
    off_the_body = [(d.text, d.value) for d in article.dates if d.span is None]
    assert off_the_body == [("NEXT WEEK", "1950-W49")]


@pytest.mark.parametrize(
    "text",
    [
        'The Foreign Ministry said the note would demand "full compensation for the damage."',
        'THE FOREIGN MINISTRY SAID THE NOTE WOULD DEMAND "FULL COMPENSATION FOR THE DAMAGE."',
    ],
)
def test_a_note_s_words_reported_by_its_sender_are_the_sender_s(text: str) -> None:
    """'X said the note would demand "..."': X speaks through the note."""
    (statement,) = parse(text).statements
    assert statement.speaker is not None
    assert statement.speaker.name == "Foreign Ministry"
