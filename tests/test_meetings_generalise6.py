"""
Meeting wordings of unseen outlets, one class a group (the ninth session's accuracy work).

Every sentence and article here was written for these tests, in the manner of an East
African print daily, a Gulf news site, a Malaysian state wire, a Turkish daily, a British
archive page and a Japanese ministry readout, about invented people.  The classes: a
nationality adjective the tables lacked ("Ecuadorian") no longer hides the person after
it; a dateline closed by a full stop ("Lusaka. Zambia and ...") places the lede's
meeting, and a headline opening "Zambia, Zimbabwe agree ..." is no dateline.
"""

from __future__ import annotations

from datetime import date
from typing import Final

import diplomeet
from diplomeet.records import Meeting
from extraction_helpers import meeting_people as _people
from extraction_helpers import meeting_place as _place
from extraction_helpers import meeting_when as _when

_PUBLISHED: Final = date(2026, 3, 6)  # a Friday


def _parse(text: str, published: date = _PUBLISHED) -> tuple[Meeting, ...]:
    return diplomeet.parse(text, published=published).meetings


def test_an_unlisted_nationality_adjective_keeps_the_person_after_it() -> None:
    """Read "met Ecuadorian Foreign Minister B": B of Ecuador, and the meeting is kept."""
    text = (
        "Ministers meet\n\nPeruvian Foreign Minister Juan Salinas met Ecuadorian Foreign "
        "Minister Maria Vergara in Tumbes on Monday.\n"
    )
    (m,) = _parse(text)
    assert _people(m) == {"Salinas", "Vergara"}
    assert {a.country for a in m.participants} == {"PE", "EC"}


_STOP_DATELINE: Final = (
    "The Lusaka Herald\n\nNews | National\n\n"
    "Zambia, Zimbabwe ministers meet over border killing, agree joint inquiry\n\n"
    "Friday, March 6, 2026\n\nBy Grace Phiri\n\n"
    "Lusaka. Zambia and Zimbabwe yesterday agreed to form a joint commission to look into "
    "last week's killing of a Zimbabwean trader at a border crossing, as the two countries' "
    "foreign ministers met for the first time this year.\n\n"
    "The Minister of Foreign Affairs and International Cooperation, Mr Joseph Mwanza, held "
    "talks with his Zimbabwean counterpart, Ms Tendai Moyo, who arrived in the capital on "
    "Wednesday evening with a five-member delegation.\n\n"
    "Ms Moyo was later received by President Hakainde Chanda at State House, where she "
    "delivered a message from President Emmerson Ncube.\n\n"
    "A meeting between the two ministers that had been scheduled for December in Harare was "
    "called off at short notice.\n"
)


def test_a_dateline_closed_by_a_full_stop_places_and_dates_the_ledes_meeting() -> None:
    """Read "Lusaka. Zambia and Zimbabwe yesterday agreed ...": the talks, Lusaka, yesterday."""
    held = [m for m in _parse(_STOP_DATELINE) if _people(m) == {"Mwanza", "Moyo"}]
    talks = next(m for m in held if m.status == "held")
    assert (_when(talks), _place(talks)) == ("2026-03-05", "Lusaka")


def test_a_meeting_called_off_stays_apart_from_the_talks_held() -> None:
    """The talks of the lede and the meeting "called off" in December are two records."""
    pair = [m for m in _parse(_STOP_DATELINE) if _people(m) == {"Mwanza", "Moyo"}]
    assert sorted(m.status for m in pair) == ["cancelled", "held"]
