"""Meetings of a tour told stop by stop, and meetings told in passing, in our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import meeting_rows

Row = tuple[str, tuple[str, ...], str | None, str]


def _rows(text: str, published: date) -> set[Row]:
    return set(meeting_rows(text, published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "Egypt's Foreign Minister Karim Soliman met Qatari Foreign Minister Jassim "
                "Al-Attiyah in Doha on Monday and Jordanian Foreign Minister Hani Obeidat in "
                "Amman on Wednesday."
            ),
            date(2024, 6, 14),
            {
                ("held", ("Karim Soliman", "Jassim Al-Attiyah"), "Doha", "2024-06-10"),
                ("held", ("Karim Soliman", "Hani Obeidat"), "Amman", "2024-06-12"),
            },
        ),
        (
            (
                "WASHINGTON (AP) — Secretary of State Laura Pendleton saw Indonesian President "
                "Budi Santoso in Jakarta on Sunday, Philippine President Ramon Aquilino in "
                "Manila on Monday and Vietnamese Prime Minister Tran Van Hieu in Hanoi on Tuesday."
            ),
            date(2023, 9, 20),
            {
                ("held", ("Laura Pendleton", "Budi Santoso"), "Jakarta", "2023-09-17"),
                ("held", ("Laura Pendleton", "Ramon Aquilino"), "Manila", "2023-09-18"),
                ("held", ("Laura Pendleton", "Tran Van Hieu"), "Hanoi", "2023-09-19"),
            },
        ),
        (
            (
                "The Turkish envoy, Ambassador Selim Arikan, held talks with Prime Minister Zoran "
                "Petkovic in Belgrade on Thursday and then with President Ilir Krasniqi in "
                "Pristina on Friday."
            ),
            date(2021, 3, 7),
            {
                ("held", ("Selim Arikan", "Zoran Petkovic"), "Belgrade", "2021-03-04"),
                ("held", ("Selim Arikan", "Ilir Krasniqi"), "Pristina", "2021-03-05"),
            },
        ),
    ],
)
def test_each_stop_of_a_tour_is_its_own_meeting_with_its_own_place_and_day(
    text: str, published: date, expected: set[Row]
) -> None:
    """Read "met A in Doha on Monday and B in Amman on Wednesday" as two meetings, two places."""
    assert _rows(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        (
            "Chinese Foreign Minister Zhao Liming spoke by telephone on Tuesday with his "
            "Brazilian counterpart Paulo Andrade, and later with South African Foreign Minister "
            "Thandi Mokoena."
        ),
        (
            "Chinese Foreign Minister Zhao Liming held talks with Brazilian Foreign Minister Paulo "
            "Andrade on Tuesday and later with South African Foreign Minister Thandi Mokoena."
        ),
    ],
)
def test_and_later_with_another_person_is_a_second_meeting(text: str) -> None:
    """In "..., and later with B", B is the next person met, not a clause of its own."""
    people = {r[1] for r in meeting_rows(text, date(2025, 4, 10))}
    assert people == {("Zhao Liming", "Paulo Andrade"), ("Zhao Liming", "Thandi Mokoena")}


def test_a_plain_list_of_people_met_at_one_stop_stays_one_meeting() -> None:
    """With no place or day between them, "met A, B and C in Riga" is one meeting of four."""
    text = (
        "Estonian Foreign Minister Kaarel Tamm met Latvian Foreign Minister Ilze Berzina, "
        "Lithuanian Foreign Minister Rokas Petraitis and Polish Foreign Minister Marek Zielinski "
        "in Riga on Friday."
    )
    rows = meeting_rows(text, date(2024, 2, 10))
    assert len(rows) == 1
    assert len(rows[0][1]) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Speaking to reporters after his talks with President Amadou Traore in Bamako on "
                "Tuesday, Senegalese President Moussa Ndiaye said the corridor would reopen."
            ),
            ("Moussa Ndiaye", "Amadou Traore", "Bamako", "2022-11-15"),
        ),
        (
            (
                "Hours after her meeting with King Hamad Al-Rashid in Manama on Tuesday, German "
                "Foreign Minister Sabine Kroll announced new funding for the port."
            ),
            ("Sabine Kroll", "Hamad Al-Rashid", "Manama", "2022-11-15"),
        ),
        (
            (
                "Speaking at a press conference after a working lunch with Prime Minister Lars "
                "Ekberg in Stockholm on Tuesday, the Norwegian minister, Ingrid Haugen, said the "
                "talks had been useful."
            ),
            ("Ingrid Haugen", "Lars Ekberg", "Stockholm", "2022-11-15"),
        ),
    ],
)
def test_a_lead_phrase_before_after_gives_the_meeting_to_the_main_subject(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    """In "Speaking to reporters after talks with A, B said", B met A, where and when told."""
    rows = meeting_rows(text, date(2022, 11, 17))
    assert len(rows) == 1
    status, people, place, when = rows[0]
    assert status == "held"
    assert set(people) == set(expected[:2])
    assert (place, when) == expected[2:]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Angolan Foreign Minister Teodoro Nzinga held separate meetings on Thursday with "
            "President Felix Mbala and opposition leader Josue Kasongo."
        ),
        (
            "Angolan Foreign Minister Teodoro Nzinga held separate meetings with President Felix "
            "Mbala and Prime Minister Josue Kasongo on Thursday."
        ),
    ],
)
def test_separate_meetings_with_two_people_are_two_meetings(text: str) -> None:
    """Read "held separate meetings with A and B" as one meeting with each, the same day."""
    rows = _rows(text, date(2025, 5, 10))
    assert rows == {
        ("held", ("Teodoro Nzinga", "Felix Mbala"), None, "2025-05-08"),
        ("held", ("Teodoro Nzinga", "Josue Kasongo"), None, "2025-05-08"),
    }


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Secretary of State Walter Ames met Soviet Ambassador Pyotr Lukin twice today, "
                "once at the State Department and again at the White House."
            ),
            "1970-05-12",
        ),
        (
            (
                "The foreign ministers of Chile and Peru, Rosa Quintana and Hugo Salas, met three "
                "times on Monday in Lima."
            ),
            "1970-05-11",
        ),
    ],
)
def test_twice_in_one_day_is_one_meeting_that_day(text: str, when: str) -> None:
    """Read "met A twice today" as no habit: the day's meetings are one record."""
    rows = meeting_rows(text, date(1970, 5, 12))
    assert len(rows) == 1
    assert rows[0][0] == "held"
    assert rows[0][3] == when


def test_twice_with_no_day_is_still_a_habit() -> None:
    """Read "has met A twice this year" as a habit: no one meeting told."""
    text = "Secretary of State Walter Ames has met Soviet Ambassador Pyotr Lukin twice this year."
    assert meeting_rows(text, date(1970, 5, 12)) == []


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "The talks between Sudanese army chief Hamid Osman and envoy Karl Weber have been "
                "moved to Sunday, officials said."
            ),
            "2024-03-17",
        ),
        (
            (
                "A summit between President Lucia Campos and President Andres Villalba, first set "
                "for March 28, was brought forward to Saturday."
            ),
            "2024-03-16",
        ),
        (
            (
                "Foreign Minister Dewi Lestari's talks with her Belgian counterpart Pieter Claes, "
                "planned for Tuesday in Brussels, were pushed back to April."
            ),
            "2024-04",
        ),
    ],
)
def test_a_meeting_moved_to_a_new_day_is_planned_for_that_day(text: str, when: str) -> None:
    """Talks "moved to Sunday", "brought forward to Saturday", "pushed back to April"."""
    rows = meeting_rows(text, date(2024, 3, 14))
    assert len(rows) == 1
    assert rows[0][0] == "planned"
    assert rows[0][3] == when


def test_then_drove_to_a_city_to_see_someone_is_a_second_stop_held() -> None:
    """The first meeting stays at the dateline; "then drove to X to see B" is held in X."""
    text = (
        "AMMAN, June 4 (Reuters) - U.S. envoy Frank Doyle conferred with Foreign Minister Hani "
        "Obeidat for two hours on Tuesday, then drove to Aqaba to see King Faisal Hashem."
    )
    assert _rows(text, date(1996, 6, 5)) == {
        ("held", ("Frank Doyle", "Hani Obeidat"), "Amman", "1996-06-04"),
        ("held", ("Frank Doyle", "Faisal Hashem"), "Aqaba", "1996-06-04"),
    }


def test_flew_to_a_city_to_see_someone_is_held_and_will_fly_is_planned() -> None:
    """A trip made for a meeting tells it held; one to be made, planned."""
    held = meeting_rows(
        "Kenyan Foreign Minister Alice Wambui flew to Kampala on Tuesday to see President "
        "Joseph Okello.",
        date(2022, 5, 20),
    )
    planned = meeting_rows(
        "Kenyan Foreign Minister Alice Wambui will fly to Kampala on Tuesday to see President "
        "Joseph Okello.",
        date(2022, 5, 20),
    )
    assert [r[0] for r in held] == ["held"]
    assert [r[0] for r in planned] == ["planned"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "The State Department did not rule out a meeting between President Alan Mercer and "
            "Chinese Premier Zhou Ping later this year, but said none had been scheduled."
        ),
        (
            "Officials in Athens would not rule out talks between Prime Minister Nikos Vlachos "
            "and Turkish President Kemal Ozturk next month."
        ),
        "Zambian President Moses Banda would refuse to meet opposition leader Grace Chola.",
    ],
)
def test_a_meeting_not_ruled_out_or_refused_in_the_bare_form_is_no_meeting(text: str) -> None:
    """A possibility ("did not rule out a meeting") or a refusal ("would refuse to meet")."""
    assert meeting_rows(text, date(2023, 5, 17)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "KINSHASA — The Angolan mediator, Foreign Minister Teodoro Nzinga, met President "
                "Felix Mbala on Wednesday. He is due in Kigali on Friday to see President Eric "
                "Gasana."
            ),
            ("planned", ("Teodoro Nzinga", "Eric Gasana"), "Kigali", "2025-01-24"),
        ),
        (
            (
                "U.S. envoy Frank Doyle met Israeli Prime Minister Amos Segal on Monday. Doyle is "
                "expected in Amman on Thursday to see King Faisal Hashem."
            ),
            ("planned", ("Frank Doyle", "Faisal Hashem"), "Amman", "2025-01-23"),
        ),
    ],
)
def test_due_in_a_city_to_see_someone_is_a_planned_meeting_there(text: str, expected: Row) -> None:
    """Read "is due in Kigali on Friday to see A" as the stay's purpose, a plan in Kigali."""
    assert expected in _rows(text, date(2025, 1, 22))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Saudi Foreign Minister Fahd al-Mutairi held talks with Pakistani Prime Minister "
                "Imran Qadir in Islamabad on Wednesday, a day after meeting Indian External "
                "Affairs Minister Sunita Rao in New Delhi."
            ),
            ("held", ("Fahd al-Mutairi", "Sunita Rao"), "New Delhi", "2019-02-19"),
        ),
        (
            (
                "Kenyan President Daniel Mwangi received Ugandan President Joseph Okello in "
                "Nairobi on Wednesday, just after meeting Tanzanian President Amina Salim in "
                "Arusha."
            ),
            ("held", ("Daniel Mwangi", "Amina Salim"), "Arusha", "2019-02-20"),
        ),
    ],
)
def test_a_day_after_meeting_someone_is_the_earlier_stop(text: str, expected: Row) -> None:
    """With ", a day after meeting B in New Delhi", the subject met B there the day before."""
    assert expected in _rows(text, date(2019, 2, 21))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "MOSCOW, June 1 (AP) - At the end of a two-hour meeting in the Kremlin today with "
                "Premier Viktor Baranov, Chancellor Hans Keller said the talks had been useful."
            ),
            ("held", ("Hans Keller", "Viktor Baranov"), "Moscow", "1988-06-01"),
        ),
        (
            (
                "At the conclusion of a working lunch with President Amara Diallo in Dakar on "
                "Friday, Prime Minister Jean Moreau told reporters the debt deal was done."
            ),
            ("held", ("Jean Moreau", "Amara Diallo"), "Dakar", "1988-05-27"),
        ),
    ],
)
def test_at_the_end_of_a_meeting_with_someone_the_main_subject_met_them(
    text: str, expected: Row
) -> None:
    """With "At the end of a meeting with A, B said", B is the one who met A."""
    assert _rows(text, date(1988, 6, 2)) == {expected}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Foreign Minister Marek Zielinski on Monday hosted his counterparts from Lithuania "
                "and Latvia, Rokas Petraitis and Ilze Berzina, in Warsaw."
            ),
            ("Marek Zielinski", "Rokas Petraitis", "Ilze Berzina"),
        ),
        (
            (
                "Norwegian envoy Kari Nordby met the rebel movement's chief negotiator, Julio "
                "Castaneda, in Havana on Monday."
            ),
            ("Kari Nordby", "Julio Castaneda"),
        ),
    ],
)
def test_an_office_in_apposition_before_the_people_met(text: str, people: tuple[str, ...]) -> None:
    """Named after "his counterparts from X and Y," or "the rebel movement's chief negotiator,"."""
    rows = meeting_rows(text, date(2021, 10, 6))
    assert [set(r[1]) for r in rows] == [set(people)]
    assert rows[0][2:] == ("Warsaw" if "Warsaw" in text else "Havana", "2021-10-04")


def test_a_day_after_seeing_someone_elsewhere_keeps_the_first_meeting_at_the_dateline() -> None:
    """With "a day after seeing B in Riyadh", B was met there; the talks stay in Damascus."""
    text = (
        "DAMASCUS, March 13 (Reuters) - Secretary of State Paul Whitlock held talks with "
        "President Adnan Haddad today, a day after seeing King Saud al-Rashid in Riyadh."
    )
    assert _rows(text, date(1991, 3, 14)) == {
        ("held", ("Paul Whitlock", "Adnan Haddad"), "Damascus", "1991-03-13"),
        ("held", ("Paul Whitlock", "Saud al-Rashid"), "Riyadh", "1991-03-12"),
    }


@pytest.mark.parametrize(
    "text",
    [
        (
            "Brazilian President Paulo Mendes has offered to host talks between Venezuelan "
            "President Rafael Ortega and opposition leader Elena Cordero, but neither side has "
            "accepted."
        ),
        (
            "Norway offered to mediate a meeting between President Ana Lima and rebel commander "
            "Jorge Paz."
        ),
    ],
)
def test_an_offer_to_host_talks_is_no_meeting(text: str) -> None:
    """An offer to host or mediate talks tells no meeting yet."""
    assert meeting_rows(text, date(2024, 10, 10)) == []


def test_speaking_at_a_joint_news_conference_after_talks() -> None:
    """A three-word complement of the participle before "after" is read too."""
    text = (
        "Speaking at a joint news conference after talks with Polish Prime Minister Jan "
        "Wojcik in Warsaw on Wednesday, German Chancellor Klaus Berger said the two "
        "countries would coordinate on air defence."
    )
    assert _rows(text, date(2024, 10, 10)) == {
        ("held", ("Klaus Berger", "Jan Wojcik"), "Warsaw", "2024-10-09")
    }


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "A summit between President Lucia Campos and President Andres Villalba was brought "
                "forward to Saturday. It will be held in Kingstown."
            ),
            "Kingstown",
        ),
        (
            (
                "Chilean Foreign Minister Rosa Quintana will meet her Bolivian counterpart Hugo "
                "Salas on Monday. The talks will take place in Santiago."
            ),
            "Santiago",
        ),
    ],
)
def test_the_place_of_a_planned_meeting_told_in_the_next_sentence(text: str, place: str) -> None:
    """Read the place from "It will be held in Kingstown" or "The talks will take place in X"."""
    rows = meeting_rows(text, date(2024, 3, 14))
    assert [(r[0], r[2]) for r in rows] == [("planned", place)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "RIYADH — Saudi Foreign Minister Khalid Al-Otaibi received his Iraqi counterpart "
                "Fuad Kareem in the Kingdom on Monday, the state news agency said."
            ),
            "Riyadh",
        ),
        (
            (
                "MUSCAT (ONA) — Omani Foreign Minister Salim Al-Hinai met Iranian envoy Reza "
                "Tabari in the Sultanate on Saturday."
            ),
            "Muscat",
        ),
        (
            (
                "Czech Prime Minister Karel Novotny met Slovak Prime Minister Juraj Kovac in the "
                "Republic on Monday."
            ),
            None,
        ),
    ],
)
def test_a_state_called_by_its_style_is_not_a_place(text: str, place: str | None) -> None:
    """Read "in the Kingdom", "in the Sultanate" as no town: the dateline city, else none."""
    rows = meeting_rows(text, date(2022, 5, 20))
    assert [r[2] for r in rows] == [place]


def test_the_two_leaders_met_separately_are_two_meetings() -> None:
    """With "will meet the two leaders separately", each leader named before has a meeting."""
    text = (
        "President Omar Hadi and Prime Minister Samir Tawil are due in Washington. Secretary "
        "of State Laura Pendleton will meet the two leaders separately on Thursday."
    )
    people = {r[1] for r in meeting_rows(text, date(2022, 5, 20))}
    assert people == {("Laura Pendleton", "Omar Hadi"), ("Laura Pendleton", "Samir Tawil")}


@pytest.mark.parametrize(
    "text",
    [
        "The minister met President Karim Haddad and General Yusuf Mansour on Monday.",
        (
            "Tensions between army chief Karim Haddad and militia commander Yusuf Mansour remain "
            "high. The envoy met both men, separately, on Tuesday."
        ),
        (
            "A senior U.S. official met army chief Karim Haddad and militia commander Yusuf "
            "Mansour in Jeddah on Tuesday, the State Department said."
        ),
    ],
)
def test_people_met_by_someone_unnamed_did_not_meet_each_other(text: str) -> None:
    """With "The minister met A and B", no one named met A and B: no A-B meeting is made."""
    assert meeting_rows(text, date(2023, 5, 17)) == []


def test_people_hosted_by_a_country_still_meet_each_other() -> None:
    """A country as host ("Egypt hosted A and B") brings A and B together."""
    text = (
        "Egypt hosted Israeli Prime Minister Avi Rosen and Palestinian President Samir Haddawi "
        "in Sharm el-Sheikh on Monday."
    )
    assert [r[1] for r in meeting_rows(text, date(2023, 5, 17))] == [("Avi Rosen", "Samir Haddawi")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "President Ronald Carver and Premier Mikhail Orlov talked alone at a lakeside villa on "
            "Tuesday."
        ),
        (
            "Chancellor Anna Weber and President Luc Martin spoke privately on the terrace after "
            "lunch on Tuesday."
        ),
    ],
)
def test_two_leaders_who_talked_alone_somewhere_met(text: str) -> None:
    """Read "A and B talked alone at a villa" as a meeting of the two subjects."""
    rows = meeting_rows(text, date(1985, 11, 20))
    assert [(r[0], len(r[1]), r[3]) for r in rows] == [("held", 2, "1985-11-19")]


def test_one_person_who_spoke_privately_met_no_one() -> None:
    """A single speaker "spoke privately at the dinner": no meeting."""
    assert (
        meeting_rows("The prime minister spoke privately at the dinner.", date(1985, 11, 20)) == []
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Kenyan President Daniel Mwangi and Tanzanian President Amina Salim met for three "
                "hours at the Namanga border post on Monday."
            ),
            "Namanga",
        ),
        (
            (
                "Indian Brigadier Arjun Mehta and Pakistani Brigadier Imran Qazi met at the Wagah "
                "border crossing on Monday."
            ),
            "Wagah",
        ),
        (
            (
                "Indian Brigadier Arjun Mehta and Pakistani Brigadier Imran Qazi met at the Indian "
                "border post on Monday."
            ),
            None,
        ),
    ],
)
def test_a_border_post_named_after_its_town_places_the_meeting(
    text: str, place: str | None
) -> None:
    """Read "at the Namanga border post" as Namanga; "at the Indian border post" names none."""
    rows = meeting_rows(text, date(2021, 10, 6))
    assert [r[2] for r in rows] == [place]


@pytest.mark.parametrize(
    ("text", "people", "when"),
    [
        (
            (
                "Chinese Premier Li Wen met separately with Japanese Prime Minister Taro Ishida "
                "and South Korean President Park Min-jun in Seoul on Sunday. The three leaders "
                "held their first trilateral summit in four years on Monday."
            ),
            3,
            "2022-05-16",
        ),
        (
            (
                "The Foreign Secretary, Jane Hollis, held a trilateral meeting with Australian "
                "Foreign Minister Mary Fenton and U.S. Secretary of State Paul Whitlock in New "
                "York on Tuesday. She met Indian External Affairs Minister Ravi Menon separately "
                "the next day."
            ),
            2,
            "2022-05-18",
        ),
    ],
)
def test_a_meeting_told_next_with_no_place_is_at_the_stop_just_told(
    text: str, people: int, when: str
) -> None:
    """One of the people again in the next sentence, no place told: the same stop."""
    rows = meeting_rows(text, date(2022, 5, 20))
    follow = [r for r in rows if r[3] == when]
    assert [(len(r[1]), r[2]) for r in follow] == [(people, "Seoul" if people == 3 else "New York")]
