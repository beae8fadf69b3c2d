"""
Meetings of one visit, and groups that retell the meeting told last.

Every sentence here was written for these tests, about invented people.  The classes: a
visitor's later meeting told with no place ("was later received by", "also called on") is
held in the city of the visit, on its day when told with no other; a call or a meeting on
another day is not; "the ministers" after a meeting of three is that meeting, where "the
two leaders" keeps the leaders the resolver found.
"""

from __future__ import annotations

from typing import Final

import pytest

from diplomeet._meetings import find_meetings
from diplomeet.records import Meeting
from extraction_helpers import doc_with_dates

_LEDE: Final = (
    "Regional trade ministers opened a two-day conference on fisheries and ports.\n\n"
    "Delegates from eleven countries attended the sessions held behind closed doors.\n\n"
)


def _meetings(text: str, dates: dict[str, str] | None = None) -> list[Meeting]:
    return find_meetings(doc_with_dates(_LEDE + text, dates))


def _people(m: Meeting) -> frozenset[str]:
    return frozenset(a.name.split()[-1] for a in m.participants)


def _by_people(ms: list[Meeting]) -> dict[frozenset[str], Meeting]:
    return {_people(m): m for m in ms}


_FOLLOW_ONS: Final[list[str]] = [
    "Ghanaian Foreign Minister Kofi Asante was later received by President Amara Konde.",
    "Ghanaian Foreign Minister Kofi Asante also called on President Amara Konde.",
    "Ghanaian Foreign Minister Kofi Asante later met President Amara Konde at the palace.",
]


@pytest.mark.parametrize("second", _FOLLOW_ONS)
def test_a_visitors_next_meeting_is_in_the_city_of_the_visit(second: str) -> None:
    """The visitor's meeting told next, with no place or day, takes the visit's."""
    text = (
        "Ghanaian Foreign Minister Kofi Asante held talks in Conakry on Tuesday with his "
        "Guinean counterpart Ibrahima Sow.\n\n" + second
    )
    found = _by_people(_meetings(text, {"on Tuesday": "2024-05-07"}))
    later = found[frozenset({"Asante", "Konde"})]
    assert later.place is not None
    assert later.place.name == "Conakry"
    assert later.when is not None
    assert later.when.value == "2024-05-07"


def test_a_next_meeting_on_another_day_keeps_no_place() -> None:
    """A meeting told with a day of its own is not taken to the visit's city."""
    text = (
        "Ghanaian Foreign Minister Kofi Asante held talks in Conakry on Tuesday with his "
        "Guinean counterpart Ibrahima Sow.\n\n"
        "Asante met President Amara Konde on Friday."
    )
    dates = {"on Tuesday": "2024-05-07", "on Friday": "2024-05-10"}
    later = _by_people(_meetings(text, dates))[frozenset({"Asante", "Konde"})]
    assert later.place is None
    assert later.when is not None
    assert later.when.value == "2024-05-10"


def test_a_call_after_a_visit_has_no_place() -> None:
    """A phone call is placed nowhere, whatever visit was told before it."""
    text = (
        "Ghanaian Foreign Minister Kofi Asante held talks in Conakry on Tuesday with his "
        "Guinean counterpart Ibrahima Sow.\n\n"
        "Asante also spoke by phone with President Amara Konde."
    )
    later = _by_people(_meetings(text, {"on Tuesday": "2024-05-07"}))[
        frozenset({"Asante", "Konde"})
    ]
    assert later.place is None


def test_a_meeting_of_other_people_keeps_no_place() -> None:
    """Only a meeting sharing someone with the visit is placed in its city."""
    text = (
        "Ghanaian Foreign Minister Kofi Asante held talks in Conakry on Tuesday with his "
        "Guinean counterpart Ibrahima Sow.\n\n"
        "Separately, Senegalese President Macky Diouf received Gambian President Lamin Jatta."
    )
    found = _by_people(_meetings(text, {"on Tuesday": "2024-05-07"}))
    other = found[frozenset({"Diouf", "Jatta"})]
    assert other.place is None
    assert other.when is None


_TRILATERAL: Final = (
    "Chilean Foreign Minister Ines Barrera on Monday held a trilateral meeting with "
    "Peruvian Foreign Minister Tomas Quispe and Bolivian Foreign Minister Rosa Mamani in "
    "Arica.\n\n"
)


@pytest.mark.parametrize(
    "retold",
    [
        "The ministers discussed water rights and a new rail link.",
        "The three ministers discussed water rights and a new rail link.",
        "The three foreign ministers also discussed a new rail link.",
    ],
)
def test_the_ministers_after_a_trilateral_are_its_three(retold: str) -> None:
    """Read "the ministers" as the meeting of three, not the last two named."""
    ms = _meetings(_TRILATERAL + retold, {"on Monday": "2024-03-04"})
    assert [_people(m) for m in ms] == [frozenset({"Barrera", "Quispe", "Mamani"})]


def test_the_two_ministers_do_not_take_a_meeting_of_three() -> None:
    """A count that is not the meeting's leaves the resolver's pair."""
    ms = _meetings(
        _TRILATERAL + "The two ministers later discussed a new rail link.",
        {"on Monday": "2024-03-04"},
    )
    assert frozenset({"Barrera", "Quispe", "Mamani"}) in {_people(m) for m in ms}
    assert len(ms) == 2


def test_the_two_leaders_keep_the_leaders() -> None:
    """Keep the leaders named for "the two leaders", not the ministers who met last."""
    text = (
        "Foreign Minister Ana Duarte received Brazilian Foreign Minister Paulo Reis.\n\n"
        "Reis later called on President Luis Ortega, who has invited Brazilian President "
        "Marta Lins to Asuncion.\n\n"
        "The two leaders last met in November in Manaus."
    )
    ms = _meetings(text, {"in November": "2023-11"})
    assert frozenset({"Ortega", "Lins"}) in {_people(m) for m in ms}


@pytest.mark.parametrize(
    "text",
    [
        "Special Envoy Daniel Moreau held talks with acting Malian foreign minister Amadou Traore.",
        "Special Envoy Daniel Moreau met interim Malian Foreign Minister Amadou Traore.",
        "Special Envoy Daniel Moreau called on caretaker Malian Prime Minister Amadou Traore.",
        (
            "Special Envoy Daniel Moreau held talks with the newly appointed Malian foreign "
            "minister, Amadou Traore."
        ),
    ],
)
def test_a_modifier_before_the_nationality_of_the_object(text: str) -> None:
    """Read past "acting", "interim" and the like before "Malian foreign minister A"."""
    (m,) = _meetings(text)
    assert _people(m) == {"Moreau", "Traore"}


_VISIT: Final = (
    "Omani Foreign Minister Salim Harthi hosted his Yemeni counterpart Nabil Qasim in Muscat "
    "on Tuesday for talks on shipping.\n\n"
)


@pytest.mark.parametrize(
    "retold",
    [
        "The two ministers also discussed the case of a tanker detained by the navy last Friday.",
        "Harthi and Qasim discussed a freighter seized off Socotra last Friday.",
        "They also discussed the fishermen arrested last Friday.",
    ],
)
def test_a_date_of_the_topic_is_not_the_meetings(retold: str) -> None:
    """A date after a participle in the topic dates that event, not the talks."""
    ms = _meetings(_VISIT + retold, {"on Tuesday": "2024-05-07", "last Friday": "2024-05-03"})
    assert len(ms) == 1
    assert ms[0].when is not None
    assert ms[0].when.value == "2024-05-07"


def test_a_date_after_the_discussed_words_dates_the_talks() -> None:
    """Date "discussed the crisis on Friday" by its day: no participle stands before it."""
    (m,) = _meetings(
        "Omani Foreign Minister Salim Harthi and Yemeni Foreign Minister Nabil Qasim discussed "
        "the shipping crisis on Friday.",
        {"on Friday": "2024-05-10"},
    )
    assert m.when is not None
    assert m.when.value == "2024-05-10"


_PAIR_MET: Final = (
    "Foreign Minister Lina Haddad met her Tunisian counterpart Karim Mansour in Algiers on "
    "Friday.\n\n"
)


@pytest.mark.parametrize(
    "retold",
    [
        "The two held talks for about an hour at the ministry.",
        "The two sat down for lunch after the talks and discussed trade.",
        "The two agreed to meet again in Tunis.",
    ],
)
def test_the_two_before_a_verb_is_the_pair_just_named(retold: str) -> None:
    """Read "The two held talks" as the pair's meeting: no meeting of other people."""
    ms = _meetings(_PAIR_MET + retold, {"on Friday": "2024-05-10"})
    assert {_people(m) for m in ms} == {frozenset({"Haddad", "Mansour"})}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Prime Minister Aiko Tanabe is set to arrive for what is expected to be her last "
            "summit with President Min Jae-won."
        ),
        (
            "Prime Minister Aiko Tanabe flew in on Saturday for her first talks with President "
            "Min Jae-won."
        ),
        "Prime Minister Aiko Tanabe said their summit with President Min Jae-won went well.",
    ],
)
def test_a_possessive_before_a_meeting_noun_names_its_owner(text: str) -> None:
    """Read "her last summit with A" as a meeting of the owner of "her" with A."""
    ms = _meetings(_PAIR_MET + text, {"on Friday": "2024-05-10"})
    assert frozenset({"Tanabe", "Jae-won"}) in {_people(m) for m in ms}
    assert frozenset({"Haddad", "Mansour", "Jae-won"}) not in {_people(m) for m in ms}


def test_what_is_expected_to_be_a_summit_is_planned() -> None:
    """A summit "expected to be" held is planned."""
    text = (
        "Prime Minister Aiko Tanabe is set to arrive for what is expected to be her last "
        "summit with President Min Jae-won."
    )
    (m,) = _meetings(text)
    assert m.status == "planned"


def test_a_day_before_another_event_does_not_date_the_talks() -> None:
    """Do not date "held talks ..., a day before A arrives" by the anchor's day."""
    text = _PAIR_MET + (
        "The two held talks at the ministry, a day before Prime Minister Aiko Tanabe is due "
        "to arrive."
    )
    ms = _meetings(text, {"on Friday": "2024-05-10", "a day before": "2024-05-11"})
    pair = _by_people(ms)[frozenset({"Haddad", "Mansour"})]
    assert pair.when is not None
    assert pair.when.value == "2024-05-10"


def test_a_date_in_a_relative_clause_of_the_topic_is_not_the_meetings() -> None:
    """Do not date talks by "the drone that crossed into its airspace on Sunday"."""
    text = _VISIT + "They also discussed a drone that crossed into Omani airspace on Sunday."
    ms = _meetings(text, {"on Tuesday": "2024-05-07", "on Sunday": "2024-05-05"})
    assert len(ms) == 1
    assert ms[0].when is not None
    assert ms[0].when.value == "2024-05-07"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russian President Ivan Sorokin met Tajik President Emin Rahimov in St. Petersburg.",
            "St. Petersburg",
        ),
        (
            "Russian President Ivan Sorokin met Tajik President Emin Rahimov in St Petersburg.",
            "St Petersburg",
        ),
        (
            "Russian President Ivan Sorokin met Tajik President Emin Rahimov in Saint Petersburg.",
            "Saint Petersburg",
        ),
    ],
)
def test_a_saints_city_written_short(text: str, name: str) -> None:
    """Read "St. Petersburg" as the city the table writes "Saint Petersburg", named as written."""
    (m,) = _meetings(text)
    assert m.place is not None
    assert (m.place.name, m.place.country) == (name, "RU")


def test_a_saints_venue_is_no_city() -> None:
    """Read no city from "at St. Mary's Hospital"."""
    (m,) = _meetings(
        "Russian President Ivan Sorokin met Tajik President Emin Rahimov at St. Mary's Hospital."
    )
    assert m.place is None


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            (
                "UN Secretary-General Carl Lindqvist will travel to Addis Ababa next month to "
                "attend the summit, where he is expected to meet Ghanaian President Amina Diallo."
            ),
            "next month",
            "2025-02",
        ),
        (
            (
                "Swedish Prime Minister Carl Lindqvist flew to Accra on Monday for a trade fair, "
                "where he met Ghanaian President Amina Diallo."
            ),
            "on Monday",
            "2025-01-27",
        ),
    ],
)
def test_a_where_clause_meeting_takes_the_trips_date(text: str, words: str, value: str) -> None:
    """Date "travel to B next month ..., where he will meet A" by the trip."""
    (m,) = _meetings(text, {words: value})
    assert m.when is not None
    assert m.when.value == value


def test_a_where_clause_after_the_meeting_does_not_move_its_date() -> None:
    """Date "met A in Accra, where he arrived on Monday" by nothing in the where clause."""
    (m,) = _meetings(
        "Swedish Prime Minister Carl Lindqvist met Ghanaian President Amina Diallo on Tuesday "
        "in Accra, where he arrived on Monday.",
        {"on Tuesday": "2025-01-28", "on Monday": "2025-01-27"},
    )
    assert m.when is not None
    assert m.when.value == "2025-01-28"


@pytest.mark.parametrize(
    "when",
    ["this morning", "on Friday", "Friday morning", "late on Friday evening"],
)
def test_received_then_a_time_then_by(when: str) -> None:
    """Read "was received this morning by A": the time between the verb and "by"."""
    (m,) = _meetings(
        f"Chilean Foreign Minister Ana Ortega was received {when} by Argentine President "
        "Eduardo Vidal."
    )
    assert _people(m) == {"Ortega", "Vidal"}


def test_this_morning_dates_a_meeting() -> None:
    """Date "was received this morning by A" by the day "this morning" names."""
    (m,) = _meetings(
        "Chilean Foreign Minister Ana Ortega was received this morning by Argentine President "
        "Eduardo Vidal.",
        {"this morning": "1994-08-12"},
    )
    assert m.when is not None
    assert m.when.value == "1994-08-12"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Argentine Foreign Minister Ana Ferrante and Chilean Foreign Minister Luis Ortega "
                "held talks at the palace to prepare a summit of their presidents in Mendoza."
            ),
            None,
        ),
        (
            (
                "Argentine Foreign Minister Ana Ferrante and Chilean Foreign Minister Luis Ortega "
                "met in Salta in preparation for a summit in Mendoza."
            ),
            "Salta",
        ),
        (
            (
                "Argentine Foreign Minister Ana Ferrante and Chilean Foreign Minister Luis Ortega "
                "met in Mendoza on Friday."
            ),
            "Mendoza",
        ),
    ],
)
def test_the_place_of_an_event_being_prepared_is_not_the_meetings(
    text: str, place: str | None
) -> None:
    """Place "held talks ... to prepare a summit in Mendoza" nowhere: Mendoza is the summit's."""
    (m,) = _meetings(text)
    assert (m.place.name if m.place else None) == place


def test_a_fathers_surname_alone_is_the_person() -> None:
    """Read "Ortega" alone as "Tomas Ortega Salinas", named before."""
    text = (
        "Chilean Foreign Minister Tomas Ortega Salinas flew to Buenos Aires.\n\n"
        "Ortega was received by Argentine President Eduardo Vidal Romero."
    )
    ms = _meetings(text)
    assert [[a.name for a in m.participants] for m in ms] == [
        ["Tomas Ortega Salinas", "Eduardo Vidal Romero"]
    ]


@pytest.mark.parametrize(
    "verb", ["opened their talks", "began talks", "resumed talks", "started their talks"]
)
def test_talks_opened_or_resumed_are_a_meeting(verb: str) -> None:
    """Read "the two men opened their talks in Beirut on June 3" as a meeting of its own."""
    text = (
        "The meeting between Mr. Andreas Kypri, Speaker of the House, and Mr. Mehmet Efe, "
        f"President of the Turkish Communal Chamber, was the third since the two men {verb} "
        "in Beirut on June 3."
    )
    ms = _meetings(text, {"on June 3": "1968-06-03"})
    beirut = [m for m in ms if m.place is not None and m.place.name == "Beirut"]
    assert [_people(m) for m in beirut] == [frozenset({"Kypri", "Efe"})]
    assert beirut[0].when is not None
    assert beirut[0].when.value == "1968-06-03"


def test_a_title_then_name_after_a_comma_at_the_end_of_a_sentence() -> None:
    """Read "talks with the Turkish Foreign Minister, Mr. Kemal Oz." as the minister."""
    text = (
        "Sources said the Greek Foreign Minister, Mr. Pavlos Vlachos, would fly to Ankara for "
        "two days of talks with the Turkish Foreign Minister, Mr. Kemal Oz. It will be the "
        "first visit in years."
    )
    (m,) = _meetings(text)
    assert _people(m) == {"Vlachos", "Oz"}
    assert m.status == "planned"


def test_a_held_or_cancelled_meetings_weekday_is_read_back() -> None:
    """Date "canceled a planned meeting ... on Wednesday" and its held talks in the past week."""
    from datetime import date  # noqa: PLC0415 - only this test parses a whole text

    from diplomeet import parse  # noqa: PLC0415

    text = (
        "VIENNA — Hungarian Prime Minister Laszlo Varga canceled a planned meeting with Austrian "
        "Chancellor Eva Gruber on Wednesday evening and flew to Prague instead, where he held "
        "talks with Czech President Petr Novak.\n\n"
        "Officials said the two sides would try again next month."
    )
    article = parse(text, published=date(2025, 3, 20))  # a Thursday
    found = {frozenset(a.name.split()[-1] for a in m.participants): m for m in article.meetings}
    for pair in ({"Varga", "Gruber"}, {"Varga", "Novak"}):
        when = found[frozenset(pair)].when
        assert when is not None
        assert when.value.startswith("2025-03-19")


def test_a_planned_meetings_weekday_stays_ahead() -> None:
    """Date "will meet A on Wednesday" in the coming week."""
    from datetime import date  # noqa: PLC0415

    from diplomeet import parse  # noqa: PLC0415

    text = (
        "VIENNA — Hungarian Prime Minister Laszlo Varga will meet Austrian Chancellor Eva Gruber "
        "on Wednesday evening, officials said.\n\nThe two last met in May."
    )
    article = parse(text, published=date(2025, 3, 20))
    planned = [m for m in article.meetings if m.status == "planned"]
    assert planned
    assert planned[0].when is not None
    assert planned[0].when.value.startswith("2025-03-26")


def test_initials_of_a_name_end_no_sentence() -> None:
    """Keep "M.K. Sridhar" whole; a full stop after a word still ends a sentence."""
    from diplomeet._document import split_sentences  # noqa: PLC0415

    text = "Minister M.K. Sridhar met A.B. Roy. He flew to Dhaka. He met Envoy J. Das."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Minister M.K. Sridhar met A.B. Roy.",
        "He flew to Dhaka.",
        "He met Envoy J. Das.",
    ]


def test_a_meeting_of_a_minister_with_initials() -> None:
    """Read "Foreign Minister M.K. Sridhar held talks with B" as one sentence and a meeting."""
    (m,) = _meetings(
        "Foreign Minister M.K. Sridhar held talks with his Bangladeshi counterpart Mahbub Karim."
    )
    assert _people(m) == {"Sridhar", "Karim"}


def test_the_two_ministers_after_a_spokeswoman_are_the_pair_who_met() -> None:
    """Read "between the two foreign ministers" as the pair of the call, not the last named."""
    text = (
        "Georgian Foreign Minister Levan Beridze spoke by telephone with his Armenian "
        "counterpart Aram Petrosyan on Monday.\n\n"
        "Foreign Ministry spokeswoman Nana Kvaratskhelia said the call was constructive.\n\n"
        "The last meeting between the two foreign ministers took place in Yerevan in May."
    )
    ms = _meetings(text, {"on Monday": "2024-06-10", "in May": "2024-05"})
    yerevan = [m for m in ms if m.place is not None and m.place.name == "Yerevan"]
    assert [_people(m) for m in yerevan] == [frozenset({"Beridze", "Petrosyan"})]


def test_a_topics_earlier_day_does_not_date_the_call() -> None:
    """Date "held a call on August 14, during which they discussed the incident a day earlier"."""
    text = (
        "Georgian Foreign Minister Levan Beridze and Armenian Foreign Minister Aram Petrosyan "
        "held a telephone conversation on August 14, during which they discussed the incident "
        "at the border a day earlier."
    )
    ms = _meetings(text, {"on August 14": "2024-08-14", "a day earlier": "2024-08-13"})
    assert [m.when.value if m.when else None for m in ms] == ["2024-08-14"]


def test_a_call_told_after_and_is_the_second_verbs() -> None:
    """Read "met in Tehran in June and spoke by phone last month" as a meeting and a call."""
    ms = _meetings(
        "Saudi Foreign Minister Faisal Turki and Iranian Foreign Minister Reza Karimi met in "
        "Tehran in June and spoke by phone last month.",
        {"in June": "2023-06", "last month": "2023-10"},
    )
    found = {(m.setting, m.place.name if m.place else None) for m in ms}
    assert found == {(None, "Tehran"), ("phone call", None)}


@pytest.mark.parametrize(
    "sentence",
    [
        "He said the three men would meet again on Friday in Vienna.",
        "Haskell told reporters the three men would meet again on Friday in Vienna.",
    ],
)
def test_the_subject_after_a_speaker_and_said(sentence: str) -> None:
    """Read "He said the three men would meet again": the three men meet, not the speaker."""
    text = (
        "Envoy Robert Haskell met Croatian Foreign Minister Davor Mikic and Bosnian Prime "
        "Minister Haris Begic in Zagreb.\n\nHaskell is to fly to Bonn to brief officials. "
        + sentence
    )
    ms = _meetings(text)
    vienna = [m for m in ms if m.place is not None and m.place.name == "Vienna"]
    assert [_people(m) for m in vienna] == [frozenset({"Haskell", "Mikic", "Begic"})]
    assert vienna[0].status == "planned"


def test_a_speaker_who_then_meets_is_the_subject() -> None:
    """Read "A said on Monday that she met B": with no other subject, the speaker meets."""
    (m,) = _meetings(
        "Envoy Ana Berg said on Monday that she met Croatian Foreign Minister Davor Mikic."
    )
    assert _people(m) == {"Berg", "Mikic"}


@pytest.mark.parametrize(
    ("text", "city", "venue"),
    [
        (
            (
                "President Ada Obi received ECOWAS President Alieu Sowe at the State House, Abuja, "
                "where the two discussed trade."
            ),
            "Abuja",
            "State House",
        ),
        (
            (
                "President Samuel Kirui is expected to host President Hassan Farah at State House, "
                "Mombasa, this weekend."
            ),
            "Mombasa",
            "State House",
        ),
    ],
)
def test_a_building_then_its_city_after_a_comma(text: str, city: str, venue: str) -> None:
    """Place "at the State House, Abuja" in Abuja, at the State House."""
    (m,) = _meetings(text)
    assert m.place is not None
    assert (m.place.name, m.place.venue) == (city, venue)


def test_a_building_then_a_clause_after_a_comma_is_no_city() -> None:
    """Place "at the palace, President Obi said" nowhere: no city follows the comma."""
    (m,) = _meetings(
        "President Ada Obi received President Alieu Sowe at the palace, President Obi said."
    )
    assert m.place is None


@pytest.mark.parametrize(
    ("event", "city"),
    [
        ("the Antalya Diplomacy Forum", "Antalya"),
        ("the Munich Security Conference", "Munich"),
        ("the Shangri-La Dialogue", None),
        ("the Global Water Forum", None),
    ],
)
def test_an_event_named_after_its_city(event: str, city: str | None) -> None:
    """Place a meeting "at the Munich Security Conference" in Munich."""
    (m,) = _meetings(
        f"Foreign Minister Taras Hrytsak met Turkish Foreign Minister Kerem Altun at {event}."
    )
    assert (m.place.name if m.place else None) == city


@pytest.mark.parametrize(
    "verb",
    ["met today in Salalah with", "met in Salalah with", "met yesterday with"],
)
def test_a_day_or_place_between_met_and_with(verb: str) -> None:
    """Read "met today in Salalah with A" as a meeting with A."""
    (m,) = _meetings(f"Secretary of State Ann Lowe {verb} Omani Foreign Minister Salim Harthi.")
    assert _people(m) == {"Lowe", "Harthi"}


def test_spoke_on_a_date_with() -> None:
    """Read "spoke on March 2 with A" as a meeting with A, dated."""
    (m,) = _meetings(
        "Secretary of State Ann Lowe spoke on March 2 with Saudi Foreign Minister Faisal Saud.",
        {"on March 2": "2026-03-02"},
    )
    assert _people(m) == {"Lowe", "Saud"}
    assert m.when is not None
    assert m.when.value == "2026-03-02"


def test_spoke_about_someone_is_no_meeting() -> None:
    """Read no meeting in "spoke on Tuesday about A"."""
    assert (
        _meetings("Secretary of State Ann Lowe spoke on Tuesday about Minister Faisal Saud.") == []
    )


def test_a_style_after_an_office_and_a_long_arab_name() -> None:
    """Read "Foreign Minister Prince A bin B Al C" with the office, its country, the full name."""
    (m,) = _meetings(
        "Secretary of State Ann Lowe met Saudi Foreign Minister Prince Turki bin Nawaf Al Saud."
    )
    (saudi,) = [a for a in m.participants if a.country == "SA"]
    assert (saudi.name, saudi.title) == ("Turki bin Nawaf Al Saud", "Foreign Minister")


def test_an_events_date_in_the_topic_is_not_the_meetings() -> None:
    """Do not date talks by "the seizure on February 24 of a ship" they discussed."""
    text = (
        "Secretary of State Ann Lowe met Omani Foreign Minister Salim Harthi in Muscat on "
        "Tuesday.\n\nThe Secretary and the Foreign Minister discussed shipping, including the "
        "seizure on February 24 of a bulk carrier."
    )
    ms = _meetings(text, {"on Tuesday": "2026-03-03", "on February 24": "2026-02-24"})
    assert [m.when.value if m.when else None for m in ms] == ["2026-03-03"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Secretary Ann Lowe and Foreign Minister Salim Harthi were joined by UN Special Envoy "
            "for Yemen Lars Holm for a trilateral discussion on the political process."
        ),
        (
            "President Joe Brandt and Chancellor Olaf Schulte were joined by Prime Minister Rishi "
            "Sand for talks in Berlin."
        ),
    ],
)
def test_were_joined_by_for_talks_is_a_meeting_of_all(text: str) -> None:
    """Read "A and B were joined by C for talks" as a meeting of the three."""
    (m,) = _meetings(text)
    assert len(m.participants) == 3


def test_joined_by_at_a_rally_is_no_meeting() -> None:
    """Read no meeting in "A was joined by B at the rally"."""
    assert (
        _meetings("President Joe Brandt was joined by Vice President Kamala Harte at the rally.")
        == []
    )


def test_an_envoy_for_a_country_keeps_no_country() -> None:
    """Read "Special Envoy for Syria Geir Pedersen" as the envoy, not a Syrian."""
    (m,) = _meetings("The Special Envoy for Syria Geir Pedersen met Foreign Minister Salim Harthi.")
    envoy = next(a for a in m.participants if a.name == "Geir Pedersen")
    assert (envoy.title, envoy.country) == ("Special Envoy", None)
