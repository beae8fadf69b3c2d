"""
"Called in" an envoy: the particle "in" is no place, a possessive country's envoy is met.

Also the old print dateline "CANBERRA. -- " (a full stop, then the dash) places the meeting,
and a host's separate meetings told one after the other ("met separately with A, and with B,
and then with both leaders together") are three, all where the first is.  Sentences written
here, people invented.
"""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet.records import Meeting


def _meetings(text: str) -> list[Meeting]:
    return list(diplomeet.parse(text, published=date(2026, 3, 19)).meetings)


def test_the_envoy_called_in_is_no_place() -> None:
    """With "called in the Veldonian Ambassador, Mr Marek": Ambassador is whom, not where."""
    text = (
        "The Minister for Foreign Affairs, Mr Ostby, yesterday called in the Veldonian "
        "Ambassador, Mr Marek, to protest against the firing of shots at a trawler."
    )
    found = _meetings(text)
    assert [sorted(p.name for p in m.participants) for m in found] == [["Marek", "Ostby"]]
    assert found[0].place is None


def test_an_old_print_dateline_with_a_full_stop_and_dash_places_the_meeting() -> None:
    """With "CANBERRA. -- " opens the story: the meeting told "yesterday" is in Canberra."""
    text = (
        "CANBERRA. -- The Minister for Foreign Affairs, Mr Ostby, yesterday called in the "
        "Veldonian Ambassador, Mr Marek, to protest against the firing of shots at a trawler."
    )
    found = _meetings(text)
    assert [m.place.name if m.place else None for m in found] == ["Canberra"]


def test_a_countrys_envoy_called_in_by_its_possessive() -> None:
    """With "called in Peru's consul general in Lima, A": A is met, in Lima."""
    text = (
        "Foreign Minister Ana Rolt called in Peru's consul general in Santiago, Jo Marek "
        "Diaz, on Wednesday to demand action against the gangs."
    )
    found = _meetings(text)
    assert [sorted(p.name for p in m.participants) for m in found] == [
        ["Ana Rolt", "Jo Marek Diaz"]
    ]
    assert found[0].place is not None
    assert found[0].place.name == "Santiago"


def test_calling_in_a_countrys_army_is_no_meeting() -> None:
    """With "called in Peru's army": no envoy, no meeting."""
    text = "Foreign Minister Ana Rolt called in Peru's army to help, Jo Marek Diaz said on Monday."
    assert _meetings(text) == []


def test_a_name_with_a_full_stop_and_dash_is_no_dateline() -> None:
    """A person's name closing a sentence before a dash places nothing."""
    text = (
        "It was Mr. Ostby. -- The Minister for Foreign Affairs yesterday called in the "
        "Veldonian Ambassador, Mr Marek, to protest against the firing of shots at a trawler."
    )
    assert all(m.place is None for m in _meetings(text))


SEPARATE = (
    "Yesterday evening, Foreign Minister Ana Rolt hosted a high-level meeting here in "
    "Brussels, at the Berlaymont. She first met separately with the President of Peru, Jo "
    "Marek, and with the Prime Minister of Chile, Ivo Lane, and then with both leaders "
    "together for two hours."
)


def test_separate_meetings_then_one_with_both_together() -> None:
    """With "met separately with A, and with B, and then with both leaders together": three."""
    found = {tuple(sorted(p.name for p in m.participants)) for m in _meetings(SEPARATE)}
    assert ("Ana Rolt", "Ivo Lane", "Jo Marek") in found
    assert ("Ana Rolt", "Jo Marek") in found
    assert ("Ana Rolt", "Ivo Lane") in found


def test_the_meetings_one_after_the_other_share_the_first_ones_place() -> None:
    """The host's meetings of one sentence are all where the first of them was placed."""
    places = {m.place.name if m.place else None for m in _meetings(SEPARATE)}
    assert places == {"Brussels"}


def test_met_separately_with_two_then_nobody_together_is_two_meetings() -> None:
    """Without "and then with ...", "met separately with A and with B" stays two meetings."""
    text = SEPARATE.replace(", and then with both leaders together for two hours", "")
    found = {tuple(sorted(p.name for p in m.participants)) for m in _meetings(text)}
    assert found == {("Ana Rolt", "Jo Marek"), ("Ana Rolt", "Ivo Lane")}


def test_a_when_clause_takes_the_date_it_hangs_on() -> None:
    """With "a protest lodged on Monday, when A called in B": the meeting is on Monday."""
    text = (
        "The talks came after a protest lodged on Monday, when Foreign Secretary Ana Rolt "
        "called in Peru's deputy ambassador, Jo Marek Diaz, and handed him a note."
    )
    found = _meetings(text)
    assert [m.when.value if m.when else None for m in found] == ["2026-03-16"]


def test_a_when_clause_after_no_date_takes_none_from_before() -> None:
    """With "after a week of tension, when A called in B": no date to hang on."""
    text = (
        "The talks came after a week of tension, when Foreign Secretary Ana Rolt called in "
        "Peru's deputy ambassador, Jo Marek Diaz, and handed him a note."
    )
    found = _meetings(text)
    assert [m.when for m in found] == [None]
