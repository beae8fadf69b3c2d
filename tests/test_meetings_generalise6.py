"""
Meeting wordings of unseen outlets, one class a group (the ninth session's accuracy work).

Every sentence and article here was written for these tests, in the manner of an East
African print daily, a Gulf news site, a Malaysian state wire, a Turkish daily, a British
archive page and a Japanese ministry readout, about invented people.  The classes: a
nationality adjective the tables lacked ("Ecuadorian") no longer hides the person after
it; a dateline closed by a full stop ("Lusaka. Zambia and ...") places the lede's
meeting, and a headline opening "Zambia, Zimbabwe agree ..." is no dateline; Malaysian
styles ("Datuk Seri", "Tan Sri", "Tun Dr") are no part of a name; ministers "also present
at the meeting" attend it, they do not meet each other; "Zaki Osman" cut to "Zaki" is known,
and so is "Mohamad Fadzil" for "Mohamad Fadzil Ismail"; Putrajaya is a seat of government;
"hosted his Spanish and Portuguese counterparts" names them later (three people); "The three
ministers were later received by Prime Minister A" is A's meeting with the two guests, the
host minister with him; "in the capital Rabat" is Rabat; "have since spoken by phone dozens of
times" is no meeting; "are due to meet C ... for a trilateral meeting on X" is one meeting;
"al-Sayed" in lower case after "Maher al-Sayed" is the same person; "a joint committee of
officials from both sides will meet" is no meeting of the two told before; talks at "State
House" are placed by "B, who arrived in Georgetown", told just after; "Their foreign
ministers, A and B, held a video call on 5 February" is A's and B's call; in the British
style of the 1970s, "A and B spent two and a half hours at 10 Downing Street" are talks in
London, and "C visited Oslo last month and had talks with him" is C's meeting with the man
told before (not C himself, nor Norway); "The ministers ... were received by President A.
The delegation was led by B and C." is A's meeting with B and C; in a ministry's readout,
"The two Ministers welcomed the entry into force of X on September 11" is no meeting.
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
    "called off at short notice.\n\n"
    "A joint committee of police officials from both sides will meet in Livingstone on "
    "Monday.\n"
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


_WIRE: Final = (
    "PM receives Indonesian counterpart\n\n"
    "PUTRAJAYA, March 6 (Bernama) -- Prime Minister Datuk Seri Rahman Kassim today received "
    "his Indonesian counterpart Budi Santoso at Seri Perdana here.\n\n"
    "Budi was accompanied by Indonesian Foreign Minister Retno Wulandari, while Foreign "
    "Minister Datuk Seri Mohamad Zaki Osman and Home Minister Tan Sri Ahmad Fuad were also "
    "present at the meeting.\n\n"
    "Earlier this month, Mohamad Zaki spoke by telephone with Retno to prepare the visit.\n\n"
    "Former prime minister Tun Dr Ismail Harun also called on Budi at his hotel.\n"
)


def test_malaysian_styles_are_no_part_of_the_name() -> None:
    """Read "Prime Minister Datuk Seri A", "Tan Sri B", "Tun Dr C": the names without them."""
    found = _parse(_WIRE)
    names = {a.name for m in found for a in (*m.participants, *m.accompanied_by)}
    assert {"Rahman Kassim", "Ahmad Fuad", "Ismail Harun", "Mohamad Zaki Osman"} <= names
    assert not any(n.startswith(("Datuk", "Tan Sri", "Tun")) for n in names)


def test_ministers_also_present_at_the_meeting_do_not_meet_each_other() -> None:
    """Read "while A and B were also present at the meeting": they are with the host."""
    found = _parse(_WIRE)
    assert not [m for m in found if _people(m) == {"Osman", "Fuad"}]
    (main,) = [m for m in found if _people(m) == {"Kassim", "Santoso"}]
    assert {a.name for a in main.accompanied_by} >= {"Mohamad Zaki Osman", "Ahmad Fuad"}


def test_a_name_cut_before_the_fathers_name_is_the_same_person() -> None:
    """Read "Mohamad Zaki spoke by telephone with Retno": Mohamad Zaki Osman's call."""
    (call,) = [m for m in _parse(_WIRE) if m.setting == "phone call"]
    assert {a.name for a in call.participants} == {"Mohamad Zaki Osman", "Retno Wulandari"}


def test_a_seat_of_government_in_the_dateline_places_the_meeting_here() -> None:
    """Read "PUTRAJAYA, March 6 (Bernama) -- A today received B ... here": Putrajaya."""
    (main,) = [m for m in _parse(_WIRE) if _people(m) == {"Kassim", "Santoso"}]
    assert (_when(main), _place(main)) == ("2026-03-06", "Putrajaya")


_TRILATERAL: Final = (
    "Morocco hosts Spain, Portugal for migration talks\n\n"
    "RABAT \u2014 Moroccan Foreign Minister Karim Benjelloun hosted his Spanish and "
    "Portuguese counterparts in the capital Rabat on Wednesday for the fourth trilateral "
    "meeting of the three countries' foreign ministers.\n\n"
    "Spanish Foreign Minister Lucia Herrero and Portuguese Foreign Minister Tiago Mendes "
    "signed a declaration on seasonal workers. Spanish Prime Minister Carlos Ruiz is due in "
    "Rabat in June.\n\n"
    "The three ministers were later received by Prime Minister Aziz Lahlou at his office, "
    "according to a statement from his office.\n"
)


def test_counterparts_hosted_unnamed_are_those_named_later() -> None:
    """Read "hosted his Spanish and Portuguese counterparts": the two foreign ministers named."""
    found = _parse(_TRILATERAL, date(2026, 2, 11))
    trilateral = next(m for m in found if "Benjelloun" in _people(m) and len(m.participants) == 3)
    assert _people(trilateral) == {"Benjelloun", "Herrero", "Mendes"}
    assert (_when(trilateral), _place(trilateral)) == ("2026-02-11", "Rabat")


def test_one_counterpart_hosted_unnamed_is_the_one_of_the_same_office() -> None:
    """Read "hosted his Spanish counterpart": the Spanish foreign minister, not the premier."""
    text = (
        "Ministers meet\n\nMoroccan Foreign Minister Karim Benjelloun hosted his Spanish "
        "counterpart in Rabat on Wednesday. Spanish Prime Minister Carlos Ruiz and Spanish "
        "Foreign Minister Lucia Herrero both praised the talks.\n"
    )
    met = [m for m in _parse(text, date(2026, 2, 11)) if "Benjelloun" in _people(m)]
    assert [_people(m) for m in met] == [{"Benjelloun", "Herrero"}]


def test_guests_received_by_the_head_of_government_bring_their_host_along() -> None:
    """Read "The three ministers were later received by A": A and the guests, host with A."""
    found = _parse(_TRILATERAL, date(2026, 2, 11))
    (call,) = [m for m in found if "Lahlou" in _people(m)]
    assert _people(call) == {"Lahlou", "Herrero", "Mendes"}
    assert [a.name for a in call.accompanied_by] == ["Karim Benjelloun"]


_AMMAN: Final = (
    "Ministers meet\n\n"
    "AMMAN \u2014 Syrian Foreign Minister Maher al-Sayed held talks with Jordanian Foreign "
    "Minister Hani Al-Masri in Amman on Monday.\n\n"
    "Al-Masri and al-Sayed are due to meet Iraqi Foreign Minister Ali al-Jaber in Baghdad next "
    "week for a trilateral meeting on trade routes.\n\n"
    "The two ministers first met in Damascus in January last year and have since spoken by "
    "phone dozens of times, officials say.\n"
)


def test_a_lower_case_al_surname_is_the_person_read_before() -> None:
    """Read "Al-Masri and al-Sayed are due to meet C": the three of them."""
    found = _parse(_AMMAN, date(2026, 2, 11))
    planned = [m for m in found if m.status == "planned"]
    assert [_people(m) for m in planned] == [{"al-Sayed", "Al-Masri", "al-Jaber"}]
    assert (_when(planned[0]), _place(planned[0])) == ("2026-W08", "Baghdad")


def test_a_trilateral_meeting_told_as_the_purpose_is_no_second_meeting() -> None:
    """Read "are due to meet C in B next week for a trilateral meeting on X": one meeting."""
    text = (
        "Ministers meet\n\nLIMA \u2014 Peruvian Foreign Minister Juan Salinas held talks with "
        "Chilean Foreign Minister Ines Vergara in Lima on Monday.\n\nSalinas and Vergara are "
        "due to meet Bolivian Foreign Minister Luis Arce in La Paz next week for a trilateral "
        "meeting on trade routes.\n"
    )
    found = _parse(text, date(2026, 2, 11))
    assert [(_people(m), _when(m)) for m in found if _place(m) == "La Paz"] == [
        ({"Salinas", "Vergara", "Arce"}, "2026-W08")
    ]


def test_calls_dozens_of_times_are_no_meeting() -> None:
    """Read "first met in C in January and have since spoken by phone dozens of times"."""
    found = _parse(_AMMAN, date(2026, 2, 11))
    assert not [m for m in found if m.setting == "phone call"]
    assert [_when(m) for m in found if _place(m) == "Damascus"] == ["2025-01"]


def test_officials_from_both_sides_are_no_pair_told_before() -> None:
    """Read "A joint committee of police officials from both sides will meet": no one named."""
    assert not [m for m in _parse(_STOP_DATELINE) if _place(m) == "Livingstone"]


def test_talks_are_placed_where_a_participant_arrived_just_after() -> None:
    """Read "A held talks with B at State House. A, who arrived in Georgetown ...": Georgetown."""
    text = (
        "Suriname leader in Guyana\n\nBy Anil Persaud\nMarch 6, 2026\n\n"
        "Surinamese President Ramon Doekhie yesterday held talks with Guyanese President "
        "Leonard Ramsaroop at State House on the border dispute.\n\n"
        "Doekhie, who arrived in Georgetown on Wednesday night for a two-day visit, was "
        "accompanied by Foreign Minister Asha Kanhai.\n"
    )
    (m,) = _parse(text)
    assert (_when(m), _place(m)) == ("2026-03-05", "Georgetown")


def test_the_names_after_their_plural_noun_are_the_people() -> None:
    """Read "Their foreign ministers, A and B, held a video call on 5 February": A and B."""
    text = (
        "Ministers talk\n\nKenyan President William Otieno and Ugandan President Yoweri "
        "Namutebi held talks in Nairobi on Monday.\n\nTheir foreign ministers, Peter Mwangi "
        "and Grace Akello, held a video call on 5 February to prepare the visit.\n"
    )
    found = _parse(text, date(2026, 2, 11))
    assert [(_people(m), _when(m), m.setting) for m in found] == [
        ({"Otieno", "Namutebi"}, "2026-02-09", None),
        ({"Mwangi", "Akello"}, "2026-02-05", "video call"),
    ]


_TIMES: Final = (
    "Premiers meet in London\n\n"
    "Mr John Harland, the Prime Minister, and Mr Lars Eriksen, the Prime Minister of Norway, "
    "spent two and a half hours at 10 Downing Street yesterday afternoon in an attempt to "
    "settle the fishing dispute.\n\n"
    "The Norwegian Prime Minister is also to call on the Secretary-General of Nato, Mr Pieter "
    "Janssen, in Brussels on Thursday. Mr Janssen visited Oslo last month and had talks with "
    "him on the future of the base.\n"
)


def test_hours_spent_together_at_a_numbered_venue_are_talks_there() -> None:
    """Read "A and B spent two and a half hours at 10 Downing Street yesterday afternoon"."""
    found = _parse(_TIMES, date(1973, 10, 16))
    (talks,) = [m for m in found if _people(m) == {"Harland", "Eriksen"}]
    assert (_when(talks), _place(talks)) == ("1973-10-15", "London")


def test_him_after_a_subject_is_someone_else() -> None:
    """Read "Mr Janssen visited Oslo last month and had talks with him": Eriksen, in Oslo."""
    found = _parse(_TIMES, date(1973, 10, 16))
    earlier = [m for m in found if m.status == "held" and "Janssen" in _people(m)]
    assert [(_people(m), _when(m), _place(m)) for m in earlier] == [
        ({"Janssen", "Eriksen"}, "1973-09", "Oslo")
    ]


def test_a_group_received_meets_the_heads_of_its_delegation() -> None:
    """Read "The ministers were received by A. The delegation was led by B and C": A, B, C."""
    text = (
        "Ministers urge peace\n\nBy Jane Roe\n\nEight Latin American foreign ministers "
        "arrived here yesterday with a message for the two governments.\n\nThe ministers, "
        "representing the four-nation Lima Group, were received by Bolivian President Jaime "
        "Ortiz at the Palacio Quemado for nearly two hours. The delegation was led by Peruvian "
        "Foreign Minister Luis Salinas and Chilean Foreign Minister Ana Vergara.\n"
    )
    (m,) = _parse(text, date(1987, 3, 12))
    assert _people(m) == {"Ortiz", "Salinas", "Vergara"}
    assert _when(m) == "1987-03-11"


def test_a_thing_welcomed_by_the_two_ministers_is_no_meeting() -> None:
    """Read "The two Ministers welcomed the entry into force of X on September 11": no meeting."""
    text = (
        "Japan-Peru Foreign Ministers' Meeting\n\nOn September 23, Minister for Foreign "
        "Affairs Kenji Mori held a meeting with Peruvian Foreign Minister Luis Salinas in New "
        "York.\n\nThe two Ministers welcomed the entry into force of the trade agreement on "
        "September 11, and concurred to advance cooperation.\n\nThe two Ministers also "
        "received the report of the joint commission on September 5.\n"
    )
    found = _parse(text, date(2025, 9, 24))
    assert [(_when(m), _place(m)) for m in found] == [("2025-09-23", "New York")]
