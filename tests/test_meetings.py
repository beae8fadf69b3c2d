"""Meeting extraction, on short reports written for these tests."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Final

import pytest

from diplomeet import _meetings, parse
from diplomeet._document import Document
from diplomeet._meetings import find_meetings
from diplomeet._stems import MEETING_STEMS, find_stems
from diplomeet.records import Meeting, Place, Span, TimeRef
from extraction_helpers import doc_with_dates

ROOT = Path(__file__).resolve().parent.parent


def _doc(text: str, dates: dict[str, str] | None = None) -> Document:
    return doc_with_dates(text, dates)


def _names(m: Meeting) -> set[str]:
    return {a.name for a in m.participants}


def test_held_meeting_with_place_and_date() -> None:
    """A lede "X met Y in City on Day" gives one held meeting with place and date."""
    text = (
        "Chilean President Ana Rojas met Peruvian President Jorge Salas in Lima on Monday, "
        "discussing trade and water rights."
    )
    [m] = find_meetings(_doc(text, {"on Monday": "2024-03-04"}))
    assert _names(m) == {"Ana Rojas", "Jorge Salas"}
    assert m.status == "held"
    assert m.place is not None
    assert (m.place.name, m.place.country) == ("Lima", "PE")
    assert m.when is not None
    assert m.when.value == "2024-03-04"
    assert "trade and water rights" in m.topics


def test_retellings_are_one_record() -> None:
    """Lede and body retellings of the same meeting merge; venue fills the place."""
    text = (
        "Kenyan President Mary Wanjiru held talks with French President Jean Dupont on "
        "Tuesday.\n"
        "During the talks at the Elysee, the two leaders also discussed migration.\n"
        "Wanjiru and Dupont would discuss debt relief, aides said before the talks."
    )
    [m] = find_meetings(_doc(text, {"on Tuesday": "2023-05-16"}))
    assert _names(m) == {"Mary Wanjiru", "Jean Dupont"}
    assert m.place is not None
    assert (m.place.name, m.place.venue) == ("Paris", "Elysee")
    assert m.status == "held"


def test_past_meeting_with_other_date_is_its_own_record() -> None:
    """A differently placed and dated earlier encounter is a second record."""
    text = (
        "Ghanaian President Kofi Mensah met Nigerian President Musa Bello in Accra on "
        "Friday.\n"
        "Mensah and Bello have spoken several times since then, and had a short encounter "
        "in Addis Ababa in February."
    )
    meetings = find_meetings(_doc(text, {"on Friday": "2022-06-10"}))
    assert len(meetings) == 2
    assert meetings[1].place is not None
    assert meetings[1].place.name == "Addis Ababa"


def test_planned_and_held_in_one_sentence() -> None:
    """The words "met X ... and was expected to hold talks with Y" give held and planned."""
    text = (
        "Indian Prime Minister Ravi Kumar met Japanese Defence Minister Kenji Sato in Osaka "
        "on Thursday and was expected to hold talks with Prime Minister Aiko Mori afterwards."
    )
    held, planned = find_meetings(_doc(text, {"on Thursday": "2021-09-09"}))
    assert _names(held) == {"Ravi Kumar", "Kenji Sato"}
    assert held.status == "held"
    assert _names(planned) == {"Ravi Kumar", "Aiko Mori"}
    assert planned.status == "planned"
    assert planned.when is not None
    assert planned.when.value == "2021-09-09"


def test_expected_to_host_is_planned() -> None:
    """The words "is expected to host X next month" is a planned meeting."""
    text = "Brazilian President Lucas Souza is expected to host Argentine President Ana Paz."
    [m] = find_meetings(_doc(text))
    assert m.status == "planned"


def test_planned_trip_for_talks_is_planned() -> None:
    """A trip to come whose purpose is the talks ("is due to travel ... for talks") is planned."""
    text = (
        "Dutch Prime Minister Pieter Jansen is due to travel to Accra on Tuesday "
        "for talks with Ghanaian President Kofi Mensah."
    )
    [m] = find_meetings(_doc(text))
    assert m.status == "planned"


def test_past_trip_for_talks_is_held() -> None:
    """A trip told in the past tense ("travelled ... for talks") stays a held meeting."""
    text = (
        "Dutch Prime Minister Pieter Jansen travelled to Accra on Tuesday "
        "for talks with Ghanaian President Kofi Mensah."
    )
    [m] = find_meetings(_doc(text))
    assert m.status == "held"


def test_cancelled_meeting() -> None:
    """The words "called off" makes the meeting cancelled."""
    text = "Turkish President Emre Kaya called off talks with Greek Prime Minister Nikos Pappas."
    [m] = find_meetings(_doc(text))
    assert m.status == "cancelled"


def test_phone_call_setting() -> None:
    """A phone call is a meeting with the setting "phone call"."""
    text = "German Chancellor Karl Weber spoke by phone with Polish President Jan Nowak."
    [m] = find_meetings(_doc(text))
    assert m.setting == "phone call"


def test_sidelines_setting_and_place() -> None:
    """The words "at a meeting with X on the sidelines of the Y summit in City"."""
    text = (
        "Prime Minister Ana Lopes stressed the value of trade at a meeting with Indonesian "
        "President Budi Santoso on the sidelines of the Ocean summit in Lisbon on Monday."
    )
    [m] = find_meetings(_doc(text, {"on Monday": "2019-06-03"}))
    assert m.setting == "sidelines of the Ocean summit"
    assert m.place is not None
    assert m.place.name == "Lisbon"


def test_accompanied_by_is_delegation() -> None:
    """People after "accompanied by" are the delegation, not principals."""
    text = (
        "Chilean President Pablo Rojas met Argentine President Ana Paz in Buenos Aires.\n"
        "He is accompanied by his foreign minister Luis Mena and army chief Diego Soto."
    )
    [m] = find_meetings(_doc(text))
    assert _names(m) == {"Pablo Rojas", "Ana Paz"}
    assert {a.name for a in m.accompanied_by} == {"Luis Mena", "Diego Soto"}


def test_told_at_place_and_time_implies_meeting() -> None:
    """The words "In the resort of City in Month, X told Y ..." is a past meeting."""
    text = (
        "Kenyan President Mary Wanjiru met Ugandan President Paul Okello on Monday.\n"
        "In Uganda's lakeside town of Jinja in March, Wanjiru told Okello that trade must grow."
    )
    meetings = find_meetings(_doc(text, {"on Monday": "2024-05-06", "in March": "2024-03"}))
    assert len(meetings) == 2
    assert meetings[1].when is not None
    assert meetings[1].when.value == "2024-03"
    assert meetings[1].place is not None
    assert (meetings[1].place.name, meetings[1].place.country) == ("Jinja", "UG")


def test_habitual_meetings_are_not_records() -> None:
    """The words "have met regularly" tells no particular meeting."""
    text = "Kaya and Pappas have met regularly in recent years."
    doc = _doc("Turkish President Emre Kaya and Greek Prime Minister Nikos Pappas spoke.\n" + text)
    assert find_meetings(doc) == []


def test_one_person_is_not_a_meeting() -> None:
    """A visit or cabinet meeting with one known person is not a meeting record."""
    text = "Chilean President Pablo Rojas chaired the weekly cabinet meeting in Santiago."
    assert find_meetings(_doc(text)) == []


def test_said_date_is_not_the_meeting_date() -> None:
    """The words "On Sunday, X said talks with Y will be ..." does not date the talks Sunday."""
    text = "On Sunday, Chilean President Pablo Rojas said talks with Ana Paz will be vital."
    [m] = find_meetings(_doc(text, {"On Sunday": "2020-01-05"}))
    assert m.when is None
    assert m.status == "planned"


def test_meeting_between() -> None:
    """The words "a meeting between X and Y in City"."""
    text = (
        "The agreement followed a meeting between President Ana Paz and Chilean President "
        "Pablo Rojas in Santiago."
    )
    [m] = find_meetings(_doc(text))
    assert _names(m) == {"Ana Paz", "Pablo Rojas"}
    assert m.place is not None
    assert m.place.name == "Santiago"


def test_separate_meetings_with_first_and_then() -> None:
    """The words "meeting first X and then Y" are two meetings of the subject."""
    text = (
        "The mediator, Anna Berg, shuttled between two rooms, meeting first Armenian Prime "
        "Minister Aram Petrosyan and then Azerbaijani President Elchin Aliyev."
    )
    meetings = find_meetings(_doc(text))
    assert [_names(m) for m in meetings] == [
        {"Anna Berg", "Aram Petrosyan"},
        {"Anna Berg", "Elchin Aliyev"},
    ]


def test_leaders_of_two_countries_and_cancellation_sentence() -> None:
    """The words "the leaders of X and Y were to sit down together" then "no meeting took place"."""
    text = (
        "The leaders of Armenia and Azerbaijan were supposed to sit down together in Geneva. "
        "In the end, no bilateral meeting took place.\n"
        "Armenian Prime Minister Aram Petrosyan blamed Azerbaijani President Elchin Aliyev."
    )
    [m] = find_meetings(_doc(text))
    assert _names(m) == {"Aram Petrosyan", "Elchin Aliyev"}
    assert m.status == "cancelled"
    assert m.place is not None
    assert m.place.name == "Geneva"


def test_summoned_envoy_is_a_meeting() -> None:
    """The words "summoned the ambassador, Name," tell a held meeting."""
    text = (
        "Foreign Minister Ana Lopes summoned Spain's ambassador in Lisbon, Pedro Ruiz, to the "
        "ministry."
    )
    [m] = find_meetings(_doc(text))
    assert _names(m) == {"Ana Lopes", "Pedro Ruiz"}


def test_dateline_and_lede_date_fill_the_main_meeting() -> None:
    """A meeting told at the top takes the dateline city and the lede's date."""
    text = (
        "LUSAKA, May 3 (Reuters) - Zambia and Malawi agreed on a rail link on Tuesday.\n"
        "Zambian President Hakainde Mwila held talks with Malawian President Joyce Banda at "
        "State House."
    )
    [m] = find_meetings(_doc(text, {"on Tuesday": "2022-05-03"}))
    assert m.place is not None
    assert m.place.name == "Lusaka"
    assert m.when is not None
    assert m.when.value == "2022-05-03"


def test_planned_meeting_date_is_read_forward() -> None:
    """A planned meeting "on Monday" read as last Monday is read again as next Monday."""
    text = "Foreign Minister Ana Lopes will hold talks with Spanish envoy Pedro Ruiz on Monday."
    doc = _doc(text, {"on Monday": "2024-01-15"})
    doc.published = date(2024, 1, 18)
    [m] = find_meetings(doc)
    assert m.when is not None
    assert m.when.value == "2024-01-22"


def test_negated_meeting_in_relative_clause_is_not_a_record() -> None:
    """The words "a council which had not met since 2016" tell no meeting of the subject."""
    text = (
        "Chilean President Ana Rojas and Peruvian President Jorge Salas signed deals at a "
        "meeting of the joint council, which had not met since 2016."
    )
    [m] = find_meetings(_doc(text))
    assert m.when is None
    assert _names(m) == {"Ana Rojas", "Jorge Salas"}


def test_one_known_participant_leaves_a_diagnostic() -> None:
    """The words "talks with unnamed officials" give no record but an info diagnostic."""
    doc = _doc("Chilean President Ana Rojas held talks with senior officials in Lima.")
    assert find_meetings(doc) == []
    assert [d.code for d in doc.diagnostics] == ["meeting.participant_unknown"]


def test_bare_part_of_day_takes_the_lede_date() -> None:
    """The words "met X in the morning" take the day of the lede, not the part of day."""
    text = (
        "GENEVA - Swiss President Lena Frei met envoys on the sidelines of the conference on "
        "Tuesday.\n"
        "Frei met Kenyan Foreign Minister Joseph Mwangi in the morning and later sat down with "
        "Chilean Foreign Minister Ana Soto."
    )
    doc = _doc(text, {"on Tuesday": "2023-09-19"})
    doc.dates.append(
        TimeRef(
            text="in the morning",
            value="2023-09-20TMO",
            start=date(2023, 9, 20),
            end=date(2023, 9, 20),
            granularity="part_of_day",
            span=Span.of(text, text.index("in the morning"), text.index("in the morning") + 14),
        )
    )
    meetings = find_meetings(doc)
    assert [_names(m) for m in meetings] == [
        {"Lena Frei", "Joseph Mwangi"},
        {"Lena Frei", "Ana Soto"},
    ]
    assert [m.when.value if m.when else None for m in meetings] == ["2023-09-19"] * 2
    assert [m.place.name if m.place else None for m in meetings] == ["Geneva"] * 2


def test_talks_between_organisations() -> None:
    """The words "Talks between the IMF and Ghana's Ministry of Finance" are a meeting of bodies."""
    text = (
        "ACCRA: Talks between the International Monetary Fund and Ghana's Ministry of Finance "
        "ended on Friday without a deal."
    )
    [m] = find_meetings(_doc(text, {"on Friday": "2023-02-10"}))
    assert [a.kind for a in m.participants] == ["organization", "organization"]
    assert m.participants[1].country == "GH"
    assert m.place is not None
    assert m.place.name == "Accra"


def test_venue_gives_city_and_country() -> None:
    """The words "received X at the Elysee" place the meeting in Paris, venue Elysee."""
    text = "French President Jean Dupont received Ghanaian President Kofi Mensah at the Elysee."
    [m] = find_meetings(_doc(text))
    assert m.place == Place(name="Paris", country="FR", venue="Elysee")


def test_hosted_and_visited_are_meetings() -> None:
    """The words "hosted X" and "visited X" tell held meetings with the object."""
    hosted = "Emir Tamim Al Thani hosted Iranian President Hassan Vahidi in Doha."
    visited = "Pope Leo visited King Felipe in Madrid."
    [a] = find_meetings(_doc(hosted))
    [b] = find_meetings(_doc(visited))
    assert _names(a) == {"Tamim Al Thani", "Hassan Vahidi"}
    assert _names(b) == {"Leo", "Felipe"}
    assert (a.place.name if a.place else None, b.place.name if b.place else None) == (
        "Doha",
        "Madrid",
    )


def test_talks_on_topic() -> None:
    """The words "talks on X" give the topic."""
    text = (
        "Greek Prime Minister Nikos Pappas held talks on migration with Turkish President "
        "Emre Kaya."
    )
    [m] = find_meetings(_doc(text))
    assert "migration" in m.topics


# Sentences written for these tests, one or more per kind of meeting word, in odd cases
# and spellings too: a dotless i ("\u0131"), a long s ("\u017f") and a Kelvin sign ("\u212a")
# match a Latin letter when case is ignored.
_MEETING_PHRASES: Final = (
    "The two prime ministers spoke by phone with each other on Friday.",
    "Rojas Spoke On The Telephone with Salas; a telephone conversation with Lima followed.",
    "Talks between Chile and Peru began, and a meeting with the envoys was held.",
    "Rojas met with Salas, shook hands with Dupont and conferred with Wanjiru.",
    "Rojas negotiated with Salas after a bilateral with Mensah.",
    "Rojas hosted Salas, received Dupont, visited Accra and summoned the ambassador.",
    "Rojas welcomed Salas before meeting Dupont, and discussed trade with Bello.",
    "Rojas held talks with Salas, who had talks with Dupont and had a brief encounter with Bello.",
    "The leaders have an informal meeting; they held the second round in Lima.",
    "At the annual summit, Rojas and Salas sat down together, and will sit down with Bello.",
    "After three days of talks, Rojas MET Salas in Lima.",
    "In Lima in May, Rojas told Salas the talks would go on.",
    "No meeting took place, and the summit was called off.",
    "Rojas was accompanied by Foreign Minister Luis Vega.",
    "Rojas v\u0131s\u0131ted Salas and di\u017fcussed trade; Dupont tal\u212ad with Bello.",
    "Minister Ay\u015fe K\u0131l\u0131\u00e7 met \u0130brahim Y\u0131ld\u0131z in \u0130zmir.",
)


def _texts() -> list[str]:
    """The project's own corpus articles and the phrases above."""
    paths = sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))
    return [parse(p.read_text(encoding="utf-8")).text for p in paths] + list(_MEETING_PHRASES)


def _check_meeting_words(text: str) -> int:
    """
    Assert the quick reading finds, in every sentence, the meeting words a full scan finds.

    Returns how many meeting words the full scan found.
    """
    doc = Document(text=text)
    reader = _meetings._Reader(doc)
    stems = dict(reader.stems.by_sentence(MEETING_STEMS))
    # the full scan reads the text itself, ignoring case; the quick one, the lower-cased text
    trigger_re = re.compile(_meetings._TRIGGER_RE.pattern, re.VERBOSE | re.IGNORECASE)
    found = 0
    for k, sent in enumerate(doc.sentences):
        full = [
            (clause, m.span(), m.lastgroup)
            for clause in _meetings._clauses(text, reader.low, sent)
            for m in trigger_re.finditer(text, clause.start, clause.end)
        ]
        quick = [
            (clause, m.span(), m.lastgroup)
            for clause, m in reader.meeting_words(sent, reader.live_starts(sent, stems.get(k, [])))
        ]
        assert quick == full, text[sent.start : sent.end]
        found += len(full)
        for pattern in (_meetings._CANCEL_ALONE_RE, _meetings._ACCOMPANIED_RE):
            if pattern.search(reader.low, sent.start, sent.end):
                assert k in stems, text[sent.start : sent.end]
    return found


def test_quick_reading_finds_every_meeting_word() -> None:
    """
    The quick reading finds the meeting words a full scan of every clause finds.

    Only sentences with a meeting stem are read, and meeting words tried only near one: a
    new meeting word whose stem ``diplomeet._stems`` lacks fails here.
    """
    assert sum(_check_meeting_words(text) for text in _texts()) >= 100


def test_quick_reading_finds_every_meeting_word_in_reference_articles(shared: Path) -> None:
    """The same over the seed articles and the PolNeAR development articles."""
    paths = sorted((shared / "seeds").glob("*.txt"))
    paths += sorted((shared / "data" / "polnear" / "dev" / "text").glob("*"))
    assert len(paths) >= 50
    for path in paths:
        _check_meeting_words(parse(path.read_text(encoding="utf-8")).text)


@pytest.mark.parametrize(
    ("pattern", "words", "examples"),
    [
        (
            _meetings._CANCELLED_RE,
            _meetings._CANCELLED_WORDS,
            (
                "was called off|call off|was cancelled|canceled|cancels|scrapped|shelved|"
                "postponed|would not go ahead|no formal meeting took place|no talks were held|"
                "did not meet|did not take place|didn't meet|will not meet|"
                "WON'T MEET|put off|pulled out of|withdrew from|postpones"
            ),
        ),
        (
            _meetings._REFUSED_RE,
            _meetings._REFUSED_WORDS,
            (
                "declined to |refused to take his |rejected an |ruled out a |turned down the |"
                "snubbed |spurned the |shunned |denied |no plans to |no intention of "
            ),
        ),
        (_meetings._HYPOTHETICAL_RE, _meetings._HYPOTHETICAL_WORDS, "if |unless |whether "),
        (
            _meetings._HABITUAL_RE,
            _meetings._HABITUAL_WORDS,
            (
                "regularly|repeatedly|often|several times|many times|numerous times|frequently|"
                "routinely|every year|a number of times|twice|three times"
            ),
        ),
        (_meetings._SIDELINES_RE, _meetings._SIDELINES_WORDS, "on the sidelines of the summit."),
        (
            _meetings._TOPIC_RE,
            _meetings._TOPIC_WORDS,
            "discussed trade.|talks on water.|focused on debt.|centred on oil.|centered on gas.",
        ),
        (
            _meetings._OFFICIALS_OF_RE,
            _meetings._OFFICIALS_OF_WORDS,
            (
                "the leaders of Chile and Peru|the foreign ministers of Chile and Peru|"
                "the heads of state of Chile and Peru|the presidents of Chile and Peru|"
                "the secretaries of Chile and Peru"
            ),
        ),
    ],
)
def test_patterns_searched_only_where_their_words_stand(
    pattern: re.Pattern[str], words: tuple[str, ...], examples: str
) -> None:
    """Every match of a pattern holds one of the words that let it be searched."""
    texts = [*examples.split("|"), *_texts()]
    for example in examples.split("|"):
        assert pattern.search(find_stems(Document(text=example)).low), example
    for text in texts:
        low = find_stems(Document(text=text)).low
        for m in pattern.finditer(low):
            assert any(w in low[m.start() : m.end()] for w in words), m.group()


_LOWER_CASE_PATTERNS: Final = (
    "_TRIGGER_RE",
    "_PLANNED_RE",
    "_PLANNED_TRIP_RE",
    "_CANCELLED_RE",
    "_HABITUAL_RE",
    "_SPEECH_RE",
    "_ACCOMPANIED_RE",
    "_SIDELINES_RE",
    "_TOPIC_RE",
    "_DATE_BAD_BEFORE_RE",
    "_OFFICIALS_OF_RE",
    "_CANCEL_ALONE_RE",
    "_PAST_PLAN_RE",
    "_RELATIVE_RE",
    "_NEGATED_RE",
    "_THEY_RE",
)
_ODD_CASES: Final = (
    "Rojas V\u0130S\u0130TED Salas; they D\u0130SCUSSED trade, and th\u0131s \u017fummit.",
    "The \u212aing MET Salas, and then Peru said. Talks WILL BE held; and then met Rojas.",
    "THE LEADERS OF CHILE AND PERU HELD TALKS SINCE MAY, BUT WERE NOT MEETING OFTEN.",
)


@pytest.mark.parametrize("name", _LOWER_CASE_PATTERNS)
def test_lower_case_patterns_match_as_ignoring_case(name: str) -> None:
    """A pattern read in the lower-cased text finds what it finds ignoring case in the text."""
    pattern: re.Pattern[str] = getattr(_meetings, name)
    assert not pattern.flags & re.IGNORECASE
    ignoring_case = re.compile(pattern.pattern, pattern.flags | re.IGNORECASE)
    for text in [*_texts(), *_ODD_CASES]:
        low = find_stems(Document(text=text)).low
        assert [m.span() for m in pattern.finditer(low)] == [
            m.span() for m in ignoring_case.finditer(text)
        ]


# The clause breaks as they were read before, in the text itself, ignoring case.
_CLAUSE_BREAK_IN_TEXT: Final = re.compile(
    r"(?=[;,\s])(?:;"
    r"|,\s+(?:(?:where|when|which|who|while|whereas|before|as)\b|(?=after\b)"
    r"|(?=[\w\s]{0,40}\b(?:said|says|told|added)\b))"
    r"|(?<!\s)\s+(?:but\s+|since\s+(?!(?:january|february|march|april|may|june|july|august"
    r"|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|last"
    r"|early|late|mid)\b)(?=(?:they|he|she|the|their|[A-Z]))"
    r"|and\s+(?=(?:was|were|is|are|will|would|has|have|had|later|also|he|she|they|we|"
    r"the\s+(?:two|three|four|five)|then\s+(?-i:[a-z]+))\b)))",
    re.IGNORECASE,
)


def test_clauses_read_in_lower_case_are_those_of_the_text() -> None:
    """The clauses cut in the lower-cased text are those the text itself gives."""
    for text in [*_texts(), *_ODD_CASES, "He met Rojas and then Salas, and then met Bello."]:
        doc = Document(text=text)
        low = find_stems(doc).low
        for sent in doc.sentences:
            begin, expected = sent.start, []
            for m in _CLAUSE_BREAK_IN_TEXT.finditer(text, sent.start, sent.end):
                expected.append((begin, m.start()))
                begin = m.end()
            expected.append((begin, sent.end))
            got = [(c.start, c.end) for c in _meetings._clauses(text, low, sent)]
            assert got == expected, text[sent.start : sent.end]


def test_text_with_dotless_i_is_read() -> None:
    """A dotless i (Turkish names) is read as an "i": the meeting is found."""
    name = "Ay\u015fe K\u0131l\u0131\u00e7"
    text = (
        f"Turkish Foreign Minister {name} v\u0131s\u0131ted Greek Foreign "
        "Minister Nikos Pappas on Monday."
    )
    [m] = find_meetings(_doc(text, {"on Monday": "2024-03-04"}))
    assert _names(m) == {name, "Nikos Pappas"}


def test_meeting_words_read_in_upper_case() -> None:
    """A headline-like sentence in capitals is read like any other."""
    text = "Chilean President Ana Rojas MET Peruvian President Jorge Salas in Lima."
    [m] = find_meetings(_doc(text))
    assert _names(m) == {"Ana Rojas", "Jorge Salas"}


def test_called_on_is_a_courtesy_call() -> None:
    """Read: "B, who arrived on Sunday, called on A" is a meeting of B and A, not dated Sunday."""
    text = (
        "Nepali Foreign Minister Sita Rai met her Bhutanese counterpart Karma Dorji in "
        "Kathmandu on Monday.\n"
        "Dorji, who arrived on Sunday for a three-day visit, called on Prime Minister "
        "Hari Thapa later on Monday."
    )
    doc = _doc(text, {"on Monday": "2024-03-04", "on Sunday": "2024-03-03"})
    ms = find_meetings(doc)
    [call] = [m for m in ms if _names(m) == {"Karma Dorji", "Hari Thapa"}]
    assert call.when is None or call.when.value != "2024-03-03"


def test_called_on_to_do_something_is_no_meeting() -> None:
    """Read: "called on the president to resign" is a demand, not a courtesy call."""
    text = "Opposition leader Maria Lopes called on President Tomas Brandao to resign."
    assert find_meetings(_doc(text)) == []


def test_courtesy_call_of() -> None:
    """Read: "received the courtesy call of X" is a meeting."""
    text = (
        "Foreign Secretary Ana Cruz received the courtesy call of the newly arrived "
        "Ambassador Pieter de Vries at her office on Tuesday."
    )
    [m] = find_meetings(_doc(text, {"on Tuesday": "2024-03-05"}))
    assert _names(m) == {"Ana Cruz", "Pieter de Vries"}


def test_held_qualified_talks_with_visiting_guest() -> None:
    """Read: "held ministerial-level talks with", "held talks with visiting X" are meetings."""
    text = (
        "Vietnamese Prime Minister Tran Van Long on Monday held ministerial-level talks with "
        "his Laotian counterpart Somsak Vong in Hanoi.\n"
        "Thai Premier Anan Chai held talks with visiting Cambodian Prime Minister Sok Heng "
        "on Tuesday."
    )
    ms = find_meetings(_doc(text, {"on Monday": "2024-03-04", "on Tuesday": "2024-03-05"}))
    assert {frozenset(_names(m)) for m in ms} == {
        frozenset({"Tran Van Long", "Somsak Vong"}),
        frozenset({"Anan Chai", "Sok Heng"}),
    }


def test_spent_hours_together_is_a_meeting() -> None:
    """Read: "X and Y spent two hours together" tells a meeting."""
    text = (
        "Moldovan President Ion Rusu and Romanian President Dan Popa spent two hours "
        "together at a border crossing near Iasi on Friday."
    )
    [m] = find_meetings(_doc(text, {"on Friday": "2024-03-08"}))
    assert _names(m) == {"Ion Rusu", "Dan Popa"}


def test_during_the_talks_the_main_subject_met() -> None:
    """Read: "During the talks in City, X and Y agreed ..." tells the meeting of X and Y."""
    text = (
        "Peru and Bolivia agreed on Monday to open a new border crossing.\n"
        "During the two-hour talks in La Paz, Peruvian President Jorge Salas and Bolivian "
        "President Evo Mamani also agreed to share river data."
    )
    [m] = find_meetings(_doc(text))
    assert _names(m) == {"Jorge Salas", "Evo Mamani"}
    assert m.place is not None
    assert m.place.name == "La Paz"


def test_separate_talks_are_one_meeting_each() -> None:
    """Read: "held separate talks with A and B" is two meetings, not one of three."""
    text = (
        "Qatari Foreign Minister Khalid Al-Thani also held separate talks with Omani "
        "Foreign Minister Badr Hinai and Kuwaiti Foreign Minister Ahmad Jaber."
    )
    ms = find_meetings(_doc(text))
    assert {frozenset(_names(m)) for m in ms} == {
        frozenset({"Khalid Al-Thani", "Badr Hinai"}),
        frozenset({"Khalid Al-Thani", "Ahmad Jaber"}),
    }


def test_relative_clause_meeting_has_its_antecedents() -> None:
    """Read: "A and her counterpart B, who held a separate meeting" is a meeting of A and B."""
    text = (
        "The two kings were joined by Trade Minister Lina Haddad and her Jordanian "
        "counterpart Omar Khatib, who held a separate meeting at the palace on Monday."
    )
    ms = find_meetings(_doc(text, {"on Monday": "2024-03-04"}))
    assert frozenset({"Lina Haddad", "Omar Khatib"}) in {frozenset(_names(m)) for m in ms}


def test_source_after_according_to_is_no_participant() -> None:
    """Read: "According to spokesman S, A discussed X with B": S took no part."""
    text = (
        "According to government spokesman Paulo Reis, Brazilian President Marta Souza "
        "discussed the dam with Paraguayan President Juan Benitez in a phone call on "
        "Wednesday."
    )
    [m] = find_meetings(_doc(text, {"on Wednesday": "2024-03-06"}))
    assert _names(m) == {"Marta Souza", "Juan Benitez"}


def test_objects_end_where_a_new_clause_starts() -> None:
    """Read: "to meet B, and the three ministers will ..." : B is the only object of "meet"."""
    text = (
        "Chilean Foreign Minister Rosa Vidal met Peruvian Foreign Minister Luis Paredes in "
        "Lima on Monday.\n"
        "Vidal plans to visit Quito in April to meet her Argentine counterpart, Pablo "
        "Andrade, and the three ministers are expected to hold an in-person meeting in May."
    )
    ms = find_meetings(_doc(text, {"on Monday": "2024-03-04"}))
    groups = {frozenset(_names(m)) for m in ms}
    assert frozenset({"Rosa Vidal", "Pablo Andrade"}) in groups
    [trio] = [m for m in ms if len(m.participants) == 3]
    assert trio.status == "planned"


def test_meet_again_is_a_new_planned_meeting() -> None:
    """Read: "agreed to meet again in Laos" is a planned meeting of its own, in that country."""
    text = (
        "Thai Prime Minister Anan Chai met Vietnamese President Tran Van Long in Hanoi on "
        "Friday.\n"
        "The two leaders agreed to meet again in Laos within six months."
    )
    ms = find_meetings(_doc(text, {"on Friday": "2024-03-01"}))
    assert [m.status for m in ms] == ["held", "planned"]
    assert ms[1].place is not None
    assert (ms[1].place.name, ms[1].place.country) == ("Laos", "LA")


def test_place_of_a_meeting_told_in_a_when_clause() -> None:
    """Read: "last met in May, when they held a summit in Bali": the place is Bali."""
    text = (
        "Thai Prime Minister Anan Chai met Vietnamese President Tran Van Long on Friday.\n"
        "Chai and Long had last sat down together in May, when the two leaders held a "
        "summit in Bali, Indonesia."
    )
    ms = find_meetings(_doc(text, {"on Friday": "2024-03-01", "in May": "2023-05"}))
    [may] = [m for m in ms if m.when is not None and m.when.value == "2023-05"]
    assert may.place is not None
    assert may.place.name == "Bali"
