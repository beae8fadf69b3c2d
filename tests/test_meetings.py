"""Meeting extraction, on short reports written for these tests."""

from __future__ import annotations

from datetime import date

from diplomeet._document import Document
from diplomeet._meetings import find_meetings
from diplomeet.records import Meeting, Span, TimeRef


def _doc(text: str, dates: dict[str, str] | None = None) -> Document:
    """A document whose date expressions are given as {words: ISO day}."""
    refs = []
    for words, value in (dates or {}).items():
        start = text.index(words)
        day = date.fromisoformat(value if len(value) == 10 else value + "-01")
        refs.append(
            TimeRef(
                text=words,
                value=value,
                start=day,
                end=day,
                granularity="day" if len(value) == 10 else "month",
                span=Span.of(text, start, start + len(words)),
            )
        )
    return Document(text=text, dates=refs)


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
    """The words "met X ... and was due to hold talks with Y later" gives held and planned."""
    text = (
        "Indian Prime Minister Ravi Kumar met Japanese Defence Minister Kenji Sato in Osaka "
        "on Thursday and was due to hold talks with Prime Minister Aiko Mori later in the day."
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
