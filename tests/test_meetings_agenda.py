"""
Meetings of official pages written as lists, and a meeting's date beside its purpose.

Documents written here, people invented: a presidency's and a prime minister's agenda
(timed entries under day headings, "09:30  Meeting with ...", "Official visit of ...",
"Telephone conversation with ..."), and meetings held "On Tuesday" "to discuss" an incident
dated later in the sentence.
"""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet.records import Meeting

PRESIDENCY = """\
Agenda of the President of the Republic of Estonia Kaarel Saar for 3-4 June 2026

WEDNESDAY, 3 JUNE

09:00   Meeting with Prime Minister Liis Tamm
        Kadriorg Palace, Tallinn

11:30   Official visit of the President of the Republic of Finland Onni Virtanen

15:00   Telephone conversation with the President of Ukraine Taras Melnyk

THURSDAY, 4 JUNE

10:00   Meeting with the Chancellor of Germany Jonas Albrecht, Federal Chancellery, Berlin
"""

PRIME_MINISTER = """\
Schedule of Prime Minister Ana Vidmar for Monday

10:00 Working meeting with Minister of Finance Rok Zupan and Governor Maja Kranjc

12:30 Working lunch with the Prime Minister of Croatia Ivo Babic, Ljubljana

16:00 Press conference
"""


def _meetings(text: str, published: date) -> dict[frozenset[str], Meeting]:
    art = diplomeet.parse(text, published=published)
    return {frozenset(p.name for p in m.participants): m for m in art.meetings}


def test_an_agendas_entries_are_its_owners_meetings_on_their_days() -> None:
    """Each timed entry naming a person is a meeting of the owner on its heading's day."""
    found = _meetings(PRESIDENCY, date(2026, 6, 2))
    pm = found[frozenset({"Kaarel Saar", "Liis Tamm"})]
    assert pm.when is not None
    assert pm.when.value == "2026-06-03"
    assert pm.status == "planned"
    assert pm.place is not None
    assert pm.place.name == "Tallinn"
    visit = found[frozenset({"Kaarel Saar", "Onni Virtanen"})]
    assert visit.when is not None
    assert visit.when.value == "2026-06-03"
    call = found[frozenset({"Kaarel Saar", "Taras Melnyk"})]
    assert call.place is None
    berlin = found[frozenset({"Kaarel Saar", "Jonas Albrecht"})]
    assert berlin.when is not None
    assert berlin.when.value == "2026-06-04"
    assert berlin.place is not None
    assert berlin.place.name == "Berlin"


def test_an_entrys_two_guests_meet_the_owner_not_each_other() -> None:
    """'Meeting with A and B' is one meeting of the owner, A and B."""
    found = _meetings(PRIME_MINISTER, date(2026, 3, 9))
    assert frozenset({"Ana Vidmar", "Rok Zupan", "Maja Kranjc"}) in found
    assert frozenset({"Rok Zupan", "Maja Kranjc"}) not in found
    lunch = found[frozenset({"Ana Vidmar", "Ivo Babic"})]
    assert lunch.place is not None
    assert lunch.place.name == "Ljubljana"


def test_timed_lines_of_a_story_are_no_agenda() -> None:
    """A news story with times in it lists no engagements: its headline names no schedule."""
    text = (
        "Ministers meet over grain deal\n\n"
        "09:30 Meeting with Prime Minister Liis Tamm was cancelled, officials said.\n\n"
        "11:00 Talks with Finance Minister Rok Zupan began late.\n"
    )
    found = _meetings(text, date(2026, 6, 2))
    assert not any("Liis Tamm" in k and len(k) == 1 for k in found)
    assert all(len(k) != 2 or "Rok Zupan" not in k or "Liis Tamm" in k for k in found)


def test_a_fronted_day_beats_the_date_of_the_incident_the_meeting_discussed() -> None:
    """'On Tuesday, A met B ... to discuss the shooting on Saturday': Tuesday's meeting."""
    published = date(2026, 6, 3)  # a Wednesday
    for text in (
        (
            "On Tuesday, President Ana Kovac met Foreign Minister Ivo Brlek in Zagreb to discuss"
            " the shooting on the border on Saturday."
        ),
        (
            "On Monday, Prime Minister Lena Holm received Ambassador Per Dahl to review the seizure"
            " of the trawler on May 14."
        ),
        (
            "Yesterday President Tomas Reyes met Defence Minister Sara Quispe to address the"
            " incursion on Sunday night."
        ),
    ):
        art = diplomeet.parse(f"Talks held\n\n{text}", published=published)
        assert art.meetings, text
        when = art.meetings[0].when
        assert when is not None
        assert when.value in {"2026-06-02", "2026-06-01"}, text
