"""
Meetings of the development sample ``sample17c``, as classes.

Sentences written here, people invented: a host who receives one guest and then another,
each with the time or building of the meeting after the guest ("received A at the
presidential palace this morning and B in the afternoon", "A on Monday and his Eritrean
counterpart B on Tuesday"), holds two meetings, not one of three.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _pairs(sentence: str, published: date) -> list[tuple[frozenset[str], str | None]]:
    art = diplomeet.parse(f"Talks\n\n{sentence}", published=published)
    return [
        (frozenset(p.name.split()[-1] for p in m.participants), m.when.value if m.when else None)
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "President Karim Haddadi received Mr Bekele at the El Mouradia presidential palace"
                " this morning and Mr Tekle in the afternoon."
            ),
            [
                (frozenset({"Haddadi", "Bekele"}), "2000-05-31"),
                (frozenset({"Haddadi", "Tekle"}), "2000-05-31"),
            ],
        ),
        (
            (
                "Kenyan President Daniel Kamau received Ethiopian Foreign Minister Alemu Bekele on"
                " Monday and his Eritrean counterpart Yohannes Tekle on Tuesday."
            ),
            [
                (frozenset({"Kamau", "Bekele"}), "2000-05-29"),
                (frozenset({"Kamau", "Tekle"}), "2000-05-30"),
            ],
        ),
        (
            (
                "King Faisal received Foreign Minister Ahmed Zaki in the morning and Interior"
                " Minister Omar Saleh in the evening."
            ),
            [(frozenset({"Faisal", "Zaki"}), None), (frozenset({"Faisal", "Saleh"}), None)],
        ),
    ],
)
def test_guests_received_one_after_another_are_two_meetings(
    sentence: str, expected: list[tuple[frozenset[str], str | None]]
) -> None:
    """'received A this morning and B in the afternoon': a meeting with each guest."""
    assert _pairs(sentence, date(2000, 5, 31)) == expected


def test_guests_received_together_stay_one_meeting() -> None:
    """'received A and B on Monday', nothing between them: one meeting of three."""
    found = _pairs(
        "President Daniel Kamau received Foreign Minister Alemu Bekele and Defence Minister"
        " Yohannes Tekle on Monday.",
        date(2000, 5, 31),
    )
    assert found == [(frozenset({"Kamau", "Bekele", "Tekle"}), "2000-05-29")]


def _places(text: str) -> list[tuple[frozenset[str], str | None]]:
    art = diplomeet.parse(text, published=date(2024, 6, 14))
    return [
        (frozenset(p.name.split()[-1] for p in m.participants), m.place.name if m.place else None)
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Rojas meets Mamani\n\nForeign Minister Ana Rojas held talks with her Bolivian"
                " counterpart Luis Mamani on the sidelines of the Andean summit here on Thursday."
                "\n\nALSO READ: Troops fire on smugglers in Tacna\n\nOn Wednesday, two soldiers"
                " were injured when smugglers opened fire on a border post in Tacna province, the"
                " army said in Lima."
            ),
            frozenset({"Rojas", "Mamani"}),
        ),
        (
            (
                "Rzayev meets Grigoryan\n\nPresident Elchin Rzayev held talks with Armenian Prime"
                " Minister Vardan Grigoryan on the sidelines of the European Political Community"
                " summit here on Thursday.\n\nREAD MORE: Shots fired on the border in Tavush\n\nOn"
                " Wednesday, a soldier was wounded when troops opened fire on positions in Tavush"
                " province, the defence ministry said in Yerevan."
            ),
            frozenset({"Rzayev", "Grigoryan"}),
        ),
        (
            (
                "<p>Foreign Minister Ana Rojas held talks with her Bolivian counterpart Luis Mamani"
                " on the sidelines of the Andean summit here on Thursday.</p>\n<p>SEE ALSO:"
                " Soldiers hurt in clash on the border in Tacna</p>\n<p>On Wednesday, two soldiers"
                " were injured when smugglers opened fire on a border post in Tacna province, the"
                " army said in Lima.</p>"
            ),
            frozenset({"Rojas", "Mamani"}),
        ),
    ],
)
def test_a_link_label_in_capitals_is_no_dateline(text: str, pair: frozenset[str]) -> None:
    """'ALSO READ: ... in Tacna' links another story: its place is not the story's 'here'."""
    assert _places(text) == [(pair, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Uzbekistan, Kazakhstan sign water deal\n\nBy Dilnoza Karimova | Tashkent\n\nUzbek"
                " Foreign Minister Rustam Nazarov met his Kazakh counterpart Nurlan Seitkali here"
                " on Monday and signed a water-sharing deal.\n\nThe two ministers also discussed"
                " rail links."
            ),
            [(frozenset({"Nazarov", "Seitkali"}), "Tashkent")],
        ),
        (
            (
                "Ghana, Togo agree border patrols\n\nBy Kwame Mensah, Accra\n\nGhanaian Foreign"
                " Minister Ama Owusu held talks with her Togolese counterpart Koffi Agbeko here on"
                " Monday.\n\nThe ministers agreed on joint patrols."
            ),
            [(frozenset({"Owusu", "Agbeko"}), "Accra")],
        ),
        (
            (
                "Jordan, Iraq discuss trade\n\nBy Lina Haddad | Amman\n\nJordanian Foreign"
                " Minister Omar Haddadin received his Iraqi counterpart Karim Jaber here on"
                " Monday.\n\nThey discussed a pipeline."
            ),
            [(frozenset({"Jaber", "Haddadin"}), "Amman")],
        ),
    ],
)
def test_the_city_a_byline_was_filed_from_is_here(
    text: str, expected: list[tuple[frozenset[str], str | None]]
) -> None:
    """'By Jane Doe | Tashkent' then 'met B here on Monday': the talks were in Tashkent."""
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Lebanese and Israeli army officers met under U.N. auspices in Naqoura on"
                " Wednesday. The tripartite meeting was chaired by Maj. Gen. Paolo Conti. The"
                " Lebanese delegation was headed by Brig. Gen. Elie Nassar, while the Israeli side"
                " was led by Brig. Gen. Amir Dror."
            ),
            [(frozenset({"Nassar", "Dror"}), "2024-06-12")],
        ),
        (
            (
                "Indian and Chinese military commanders met at Chushul on Sunday. The Indian"
                " delegation was headed by Lt. Gen. Rajiv Menon, while the Chinese side was led by"
                " Maj. Gen. Liu Wei."
            ),
            [(frozenset({"Menon", "Wei"}), "2024-06-09")],
        ),
        (
            (
                "Greek and Turkish military officials met in Ankara on Monday. The Greek delegation"
                " was headed by Vice Admiral Nikos Kostas, while the Turkish side was led by Rear"
                " Admiral Kemal Demir."
            ),
            [(frozenset({"Kostas", "Demir"}), "2024-06-10")],
        ),
    ],
)
def test_two_sides_officers_meet_through_the_heads_named_after(
    text: str, expected: list[tuple[frozenset[str], str | None]]
) -> None:
    """'Two sides' officers met ... one delegation headed by A, the other side led by B': A, B."""
    assert _pairs(text, date(2024, 6, 14)) == expected


def _dated(text: str, published: date) -> list[tuple[frozenset[str], str | None]]:
    art = diplomeet.parse(text, published=published)
    return [
        (frozenset(p.name.split()[-1] for p in m.participants), m.when.value if m.when else None)
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("text", "people", "when"),
    [
        (
            (
                "GENEVA, March 4 (AFP) - European states pressed the U.N. Human Rights Council on "
                "Tuesday to condemn the crackdown in Belarus, while Moscow called the move "
                "meddling.\n\nThe 47-member council met in a special session requested by "
                "Lithuania and Poland a week after the arrests.\n\nDelegates said a vote was "
                "likely on Friday.\n\nBefore the session, Norwegian Ambassador Ingrid Solberg, "
                "Polish Ambassador Marek Zielony and Finnish Ambassador Aino Halonen met at the "
                "Norwegian mission to agree on a text, a diplomat said."
            ),
            frozenset({"Solberg", "Zielony", "Halonen"}),
            "2031-03-04",
        ),
        (
            (
                "ADDIS ABABA (Reuters) - African Union leaders opened an emergency summit on "
                "Sudan on Sunday, with the bloc's peace council set to weigh sanctions.\n\n"
                "The one-day summit was called by Kenya after the fall of El Fasher.\n\n"
                "Ahead of the summit, Foreign Minister Wanjiru Kamau and her Ugandan counterpart "
                "Okello Mutebi held talks at a hotel in the city, officials said."
            ),
            frozenset({"Kamau", "Mutebi"}),
            "2031-03-02",
        ),
    ],
)
def test_a_meeting_before_the_gathering_of_the_lede_takes_its_day(
    text: str, people: frozenset[str], when: str
) -> None:
    """'Before the session, A, B and C met': the session the lede tells, on its day."""
    assert (people, when) in _dated(text, date(2031, 3, 4))


def test_a_gathering_not_told_in_the_lede_gives_no_day() -> None:
    """'After the conference' of no gathering the lede tells dates nothing by the lede."""
    text = (
        "OSLO (AFP) - Norway's foreign minister criticised fishing quotas on Tuesday in a "
        "speech to parliament, calling them unfair.\n\nHe said talks with Iceland were "
        "stalled.\n\nAfter the conference, Foreign Minister Ingrid Solberg met Icelandic "
        "Foreign Minister Gunnar Thorsson at a hotel."
    )
    assert (frozenset({"Solberg", "Thorsson"}), "2031-03-03") not in _dated(text, date(2031, 3, 4))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "The Foreign Ministry summoned Chinese Ambassador Liu Wenhao on Monday. Deputy "
                "Foreign Minister Ana Petrescu handed him a note verbale protesting the incident."
            ),
            frozenset({"Petrescu", "Wenhao"}),
        ),
        (
            (
                "The ministry summoned Russian Ambassador Oleg Sarkin on Monday. Political "
                "Director Lena Virtanen handed him a protest note over the airspace violation."
            ),
            frozenset({"Virtanen", "Sarkin"}),
        ),
        (
            (
                "Deputy Foreign Minister Ana Petrescu handed Chinese Ambassador Liu Wenhao a "
                "formal note of protest on Monday."
            ),
            frozenset({"Petrescu", "Wenhao"}),
        ),
    ],
)
def test_a_note_verbale_handed_to_a_summoned_envoy_is_a_meeting(
    text: str, people: frozenset[str]
) -> None:
    """'A handed him a note verbale': the summons' meeting, the note given in person."""
    assert (people, "2031-03-03") in _dated(f"Protest\n\n{text}", date(2031, 3, 4))


@pytest.mark.parametrize(
    "text",
    [
        "President Carl Hendry handed Prime Minister Ola Berg the report on Monday.",
        (
            "Foreign Minister Ana Petrescu spoke in parliament on Monday. The ministry summoned "
            "Russian Ambassador Oleg Sarkin and handed him a protest note."
        ),
    ],
)
def test_a_paper_handed_over_or_a_ministry_note_is_no_meeting(text: str) -> None:
    """A report handed over, or a note the ministry handed with its summons: no meeting."""
    assert _dated(f"Protest\n\n{text}", date(2031, 3, 4)) == []
