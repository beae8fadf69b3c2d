"""
Meeting phrasings found in the development sample ``sample10a`` (its README).

Each class is checked on sentences written for these tests (invented people; other outlets
and regions than the sample's).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet


def _pairs(text: str, published: date) -> set[frozenset[str]]:
    art = diplomeet.parse(text, published=published)
    return {frozenset(p.name for p in m.participants) for m in art.meetings}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # Bangladesh's interim government calls its ministers advisers.
        (
            (
                "DHAKA, March 3 - Nepali Foreign Secretary Kiran Thapa met Foreign Adviser "
                "Rezaul Haque at the foreign ministry on Tuesday."
            ),
            "Rezaul Haque",
        ),
        (
            (
                "The Chinese ambassador, Li Wenhao, called on Home Adviser Rashed Kabir at the "
                "secretariat on Sunday."
            ),
            "Rashed Kabir",
        ),
        (
            (
                "Pakistan's envoy Imran Qadir held talks with Foreign Affairs Adviser Selina Akter "
                "in Dhaka on Monday."
            ),
            "Selina Akter",
        ),
        # The gender-neutral "Chairperson" of a body's head.
        (
            (
                "ADDIS ABABA, June 2 (ENA) - Somali Foreign Minister Abdi Warsame met Chairperson "
                "Mariama Keita at the AU headquarters on Monday."
            ),
            "Mariama Keita",
        ),
    ],
)
def test_portfolio_advisers_and_chairpersons_are_titles(text: str, host: str) -> None:
    """A portfolio adviser and a chairperson are titles before a name."""
    pairs = _pairs(text, date(2026, 3, 3))
    assert any(host in p and len(p) == 2 for p in pairs), pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "A delegation led by Turkish Deputy Foreign Minister Emre Kaya called on "
                "President Abdi Nur at Villa Somalia on Monday."
            ),
            {"Emre Kaya", "Abdi Nur"},
        ),
        (
            (
                "KABUL, May 19 (Pajhwok) - A Pakistani delegation headed by Deputy Foreign "
                "Minister Tariq Mahmood met Foreign Minister Abdul Rahman Zahid on Tuesday."
            ),
            {"Tariq Mahmood", "Abdul Rahman Zahid"},
        ),
        (
            (
                "An Iranian team, led by Deputy Foreign Minister Reza Karimi, held talks with "
                "Iraqi Foreign Minister Hamid Jabir in Baghdad on Sunday."
            ),
            {"Reza Karimi", "Hamid Jabir"},
        ),
        (
            (
                "ISLAMABAD, Aug 15: A Chinese delegation led by Vice Foreign Minister Liu Jian "
                "called on Prime Minister Imran Aziz today."
            ),
            {"Liu Jian", "Imran Aziz"},
        ),
    ],
)
def test_a_delegation_led_by_its_head_meets_as_its_head(text: str, pair: set[str]) -> None:
    """A delegation "led by" A that calls on B: A, after "by", is the subject's head."""
    assert frozenset(pair) in _pairs(text, date(2026, 5, 20))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Ghana's foreign minister, Kofi Mensah, was received in audience by King Idris "
                "Hassan at the royal palace in Rabat on Tuesday."
            ),
            {"Kofi Mensah", "Idris Hassan"},
        ),
        (
            (
                "RIYADH, May 19 (SPA) - Pakistani Army Chief General Kamran Tariq was received "
                "in audience today by Crown Prince Faisal bin Saud at Al-Yamamah Palace."
            ),
            {"Kamran Tariq", "Faisal bin Saud"},
        ),
        (
            (
                "Foreign Minister Lars Holm of Norway was received in a private audience by "
                "King Tupou Lavaka in Nuku'alofa on Monday."
            ),
            {"Lars Holm", "Tupou Lavaka"},
        ),
        (
            (
                "Jordanian Foreign Minister Ayman Hadid was received in audience on Tuesday by "
                "Emir Nasser Khalifa in Doha."
            ),
            {"Ayman Hadid", "Nasser Khalifa"},
        ),
    ],
)
def test_received_in_audience_by_is_a_passive_meeting(text: str, pair: set[str]) -> None:
    """A guest "received in audience by" A meets A: the audience stands before "by"."""
    assert frozenset(pair) in _pairs(text, date(2026, 5, 20))


@pytest.mark.parametrize(
    ("text", "pair", "city"),
    [
        (
            (
                "ISLAMABAD, Aug 15: Talks were held here today between Foreign Secretary Aamir "
                "Qureshi and the Afghan Deputy Foreign Minister, Mr Wahid Noori, on refugees."
            ),
            {"Aamir Qureshi", "Wahid Noori"},
            "Islamabad",
        ),
        (
            (
                "BEIJING, March 2 (Xinhua) -- Consultations were held here on Monday between "
                "Vice Foreign Minister Zhao Ming and Iranian Deputy Foreign Minister Ali Sadeghi."
            ),
            {"Zhao Ming", "Ali Sadeghi"},
            "Beijing",
        ),
        (
            (
                "TASHKENT, April 3 - Talks were held here between Uzbek Foreign Minister Javlon "
                "Saidov and his Turkmen counterpart Batyr Orazov, the ministry said."
            ),
            {"Javlon Saidov", "Batyr Orazov"},
            "Tashkent",
        ),
    ],
)
def test_talks_held_here_between_two_people(text: str, pair: set[str], city: str) -> None:
    """Talks "held here today between A and B" are A and B meeting in the dateline city."""
    art = diplomeet.parse(text, published=date(2026, 4, 3))
    found = {frozenset(p.name for p in m.participants): m for m in art.meetings}
    meeting = found[frozenset(pair)]
    assert meeting.place is not None
    assert meeting.place.name == city


_INTRO = "Diplomacy roundup\n\nOfficials gave no further details on Tuesday.\n\n"
# A closing paragraph: a short last line of a text may be read as a trailer.
_OUTRO = "\n\nThe ministry gave no other details of the plans."


@pytest.mark.parametrize(
    ("text", "pair", "city"),
    [
        (
            (
                "Indian Foreign Secretary Arvind Menon met Bangladeshi Foreign Secretary Masud "
                "Karim in Dhaka on Wednesday. The two foreign secretaries last met in New Delhi "
                "in December."
            ),
            {"Arvind Menon", "Masud Karim"},
            "New Delhi",
        ),
        (
            (
                "Sri Lankan Foreign Secretary Nimal Perera and Maldivian Foreign Secretary "
                "Aishath Naseem held consultations in Colombo on Monday. The two foreign "
                "secretaries had last met in Male in 2024."
            ),
            {"Nimal Perera", "Aishath Naseem"},
            "Male",
        ),
        (
            (
                "Pakistan's Foreign Secretary Amna Siddiqui held talks with her Afghan "
                "counterpart Rahim Sherzad in Kabul on Monday. The two secretaries agreed to "
                "meet again in Islamabad in March."
            ),
            {"Amna Siddiqui", "Rahim Sherzad"},
            "Islamabad",
        ),
    ],
)
def test_the_two_secretaries_are_the_people_just_named(
    text: str, pair: set[str], city: str
) -> None:
    """A second meeting told of "the two foreign secretaries" is one of the two named."""
    art = diplomeet.parse(_INTRO + text, published=date(2026, 5, 20))
    places = {
        m.place.name
        for m in art.meetings
        if m.place is not None and {p.name for p in m.participants} == pair
    }
    assert city in places


def test_the_two_foreign_secretaries_are_no_foreign_adviser() -> None:
    """The group is not the last meeting's people when one of them holds another office."""
    text = (
        "Sri Lankan Foreign Secretary Nimal Perera and his Maldivian counterpart Aishath "
        "Naseem signed a memorandum on fisheries in Colombo on Monday. Perera is due to meet "
        "Foreign Adviser Rezaul Haque on Tuesday. The two foreign secretaries last met in "
        "Male in March."
    )
    art = diplomeet.parse(_INTRO + text, published=date(2026, 5, 20))
    in_male = [m for m in art.meetings if m.place is not None and m.place.name == "Male"]
    assert [{p.name for p in m.participants} for m in in_male] == [
        {"Nimal Perera", "Aishath Naseem"}
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "A meeting between French presidential envoy Philippe Garnier and Speaker Nabil "
                "Saadi, scheduled for Tuesday, was canceled at the last minute, a source said."
            ),
            {"Philippe Garnier", "Nabil Saadi"},
        ),
        (
            (
                "Sudanese army chief Abdel Rahim Osman received US presidential envoy Mark "
                "Holloway in Port Sudan on Sunday."
            ),
            {"Abdel Rahim Osman", "Mark Holloway"},
        ),
        (
            (
                "Moroccan Foreign Minister Karim Alaoui met UN Personal Envoy Staffan Lind in "
                "Rabat on Monday."
            ),
            {"Karim Alaoui", "Staffan Lind"},
        ),
        (
            (
                "Kenyan President Samuel Kirui hosted Russian presidential special envoy Igor "
                "Belov at State House on Friday."
            ),
            {"Samuel Kirui", "Igor Belov"},
        ),
    ],
)
def test_a_presidential_or_personal_envoy_is_a_title(text: str, pair: set[str]) -> None:
    """A "presidential envoy" or a "Personal Envoy" is titled as an envoy is."""
    assert frozenset(pair) in _pairs(_INTRO + text, date(2026, 5, 20))


@pytest.mark.parametrize(
    ("text", "caller", "other"),
    [
        (
            (
                "Prime Minister Edward Ashworth met German Chancellor Friederike Hartmann in "
                "Downing Street today. The leaders discussed support for Ukraine, and the Prime "
                "Minister updated on his call with President Volodymyr Kovalenko yesterday "
                "evening."
            ),
            "Edward Ashworth",
            "Volodymyr Kovalenko",
        ),
        (
            (
                "Egyptian Foreign Minister Samir Fathi received his Jordanian counterpart Omar "
                "Haddad in Cairo on Sunday. The ministers reviewed Gaza, and Fathi briefed his "
                "guest on his phone call with US Secretary of State Laura Pierce on Saturday."
            ),
            "Samir Fathi",
            "Laura Pierce",
        ),
        (
            (
                "Turkish President Kemal Aydin hosted Azerbaijani President Rauf Mammadov in "
                "Ankara on Monday. The two leaders discussed the corridor, and Aydin spoke "
                "about his video call with Armenian Prime Minister Ani Petrosyan last week."
            ),
            "Kemal Aydin",
            "Ani Petrosyan",
        ),
    ],
)
def test_his_call_with_a_is_a_call_of_the_one_his_stands_for(
    text: str, caller: str, other: str
) -> None:
    """A call told as "his call with A" is a call of the one "his" stands for and A only."""
    art = diplomeet.parse(_INTRO + text, published=date(2026, 5, 20))
    pairs = {frozenset(p.name for p in m.participants) for m in art.meetings}
    assert frozenset({caller, other}) in pairs
    assert not any(other in p and len(p) > 2 for p in pairs)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "DHAKA - Indian Foreign Secretary Arvind Menon and his Bangladeshi counterpart "
                "Masud Karim held the foreign office consultations at the state guest house "
                "Padma on Wednesday."
            ),
            {"Arvind Menon", "Masud Karim"},
        ),
        (
            (
                "Kazakh Deputy Foreign Minister Erlan Ospanov and Chinese Assistant Minister Wu "
                "Gang held their annual strategic consultations in Astana on Monday."
            ),
            {"Erlan Ospanov", "Wu Gang"},
        ),
        (
            (
                "Ethiopian Foreign Minister Meseret Alemu and Sudanese Foreign Minister Ali "
                "Bashir held fresh border talks in Addis Ababa on Tuesday."
            ),
            {"Meseret Alemu", "Ali Bashir"},
        ),
    ],
)
def test_held_the_named_consultations(text: str, pair: set[str]) -> None:
    """Talks named by two words after "held the (their, fresh)" are talks of the subject."""
    assert frozenset(pair) in _pairs(_INTRO + text, date(2026, 5, 20))


def test_held_the_exercise_or_suspects_is_no_meeting() -> None:
    """Holding an exercise or two suspects is no meeting."""
    text = (
        "The Sri Lankan and Indian navies held the joint coastal exercise on Monday. Police "
        "held the two suspects for questioning on Monday."
    )
    assert _pairs(_INTRO + text, date(2026, 5, 20)) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Kenyan Foreign Minister Daniel Kiprotich is expected to meet African Union "
                "Commission Chairman Ousmane Diallo on Wednesday."
            ),
            {"Daniel Kiprotich", "Ousmane Diallo"},
        ),
        (
            (
                "Somali President Abdi Nur received AU Commission Chairman Moussa Toure at "
                "Villa Somalia on Monday."
            ),
            {"Abdi Nur", "Moussa Toure"},
        ),
        (
            (
                "Ghanaian Foreign Minister Kofi Mensah held talks with ECOWAS Commission "
                "President Amadou Sy in Abuja on Friday."
            ),
            {"Kofi Mensah", "Amadou Sy"},
        ),
    ],
)
def test_the_head_of_a_regional_commission_is_a_person_met(text: str, pair: set[str]) -> None:
    """A regional commission named before its head's title leaves the head a person."""
    assert frozenset(pair) in _pairs(_INTRO + text + _OUTRO, date(2026, 5, 20))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Foreign Minister Bishnu Adhikari is scheduled to call on the President of "
                "India, Smt. Lakshmi Devi Rao, on 22 January 2026."
            ),
            {"Bishnu Adhikari", "Lakshmi Devi Rao"},
        ),
        (
            (
                "Foreign Minister Bishnu Adhikari called on Prime Minister Shri Anil Kumar "
                "Rathore earlier today."
            ),
            {"Bishnu Adhikari", "Anil Kumar Rathore"},
        ),
        (
            (
                "Sri Lankan Prime Minister Smt. Kamala Perera held talks with Minister of State "
                "Shri Anand Joshi in Colombo on Tuesday."
            ),
            {"Kamala Perera", "Anand Joshi"},
        ),
    ],
)
def test_indian_honorifics_are_no_part_of_a_name(text: str, pair: set[str]) -> None:
    """The Indian styles Shri and Smt. are read past like Mr, and Smt. ends no sentence."""
    assert frozenset(pair) in _pairs(_INTRO + text + _OUTRO, date(2026, 5, 20))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "A meeting of Foreign Minister Anatoliy Tkachuk with Defence Minister Volker "
                "Brandis, planned for this evening, has been cancelled."
            ),
            {"Anatoliy Tkachuk", "Volker Brandis"},
        ),
        (
            (
                "MOSCOW, June 3 (TASS) - A meeting of Russian Foreign Minister Pavel Sokolov "
                "with his Egyptian counterpart Hany Zaki took place in Moscow on Tuesday."
            ),
            {"Pavel Sokolov", "Hany Zaki"},
        ),
        (
            (
                "Talks of President Dilshod Karimov with Chinese Premier Wang Lei were held in "
                "Tashkent today, the press service said."
            ),
            {"Dilshod Karimov", "Wang Lei"},
        ),
    ],
)
def test_a_meeting_of_a_with_b(text: str, pair: set[str]) -> None:
    """In "a meeting of A with B" the one after "of" meets the one after "with"."""
    assert frozenset(pair) in _pairs(_INTRO + text + _OUTRO, date(2026, 5, 20))


def test_a_meeting_of_a_body_with_observers_is_no_meeting_of_people() -> None:
    """No person after "of" and after "with": no meeting read from "meeting of"."""
    text = "The meeting of the council with observers was held on Monday in Geneva."
    assert _pairs(_INTRO + text + _OUTRO, date(2026, 5, 20)) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Jordan's King Rashid bin Talal hosted Egyptian President Adel Mansour and Iraqi "
                "Prime Minister Karim al-Saadi in Amman on Tuesday. The Egyptian and Iraqi "
                "leaders also met separately on Tuesday evening."
            ),
            {"Adel Mansour", "Karim al-Saadi"},
        ),
        (
            (
                "Chinese Foreign Minister Zhou Ping met Indian External Affairs Minister Ravi "
                "Menon and Russian Foreign Minister Oleg Panin in Moscow on Monday. The Chinese "
                "and Indian ministers also held a bilateral meeting on Tuesday."
            ),
            {"Zhou Ping", "Ravi Menon"},
        ),
        (
            (
                "Ethiopian Prime Minister Tesfaye Gebru, Kenyan President Samuel Kirui and "
                "Somali President Abdi Nur attended the IGAD summit in Djibouti on Sunday. The "
                "Kenyan and Somali presidents were due to meet on the sidelines on Monday, but "
                "the meeting was called off."
            ),
            {"Samuel Kirui", "Abdi Nur"},
        ),
    ],
)
def test_the_officials_of_two_nationalities(text: str, pair: set[str]) -> None:
    """The officials named by two nationality adjectives are those countries' people."""
    assert frozenset(pair) in _pairs(_INTRO + text + _OUTRO, date(2026, 5, 20))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Polish President Marek Nowicki hosted the presidents of Lithuania, Latvia and "
                "Estonia on Tuesday. Lithuania's Gintaras Paulauskas, Latvia's Andris Kalnins "
                "and Estonia's Liis Tamm attended a working dinner. Prime Minister Agnieszka "
                "Wolska is due to receive the Estonian president on Thursday."
            ),
            {"Agnieszka Wolska", "Liis Tamm"},
        ),
        (
            (
                "Chad's Mahamat Abakar and Niger's Issa Moussa joined the Sudan talks in Cairo "
                "on Monday. President Adel Mansour received the Chadian envoy on Tuesday."
            ),
            {"Adel Mansour", "Mahamat Abakar"},
        ),
        (
            (
                "The summit in Tashkent drew Kazakhstan's Askar Temirbekov and Kyrgyzstan's "
                "Adylbek Sultanov on Monday. Uzbek Prime Minister Aziz Rakhimov later met the "
                "Kyrgyz president."
            ),
            {"Aziz Rakhimov", "Adylbek Sultanov"},
        ),
    ],
)
def test_a_nationality_description_takes_the_one_untitled_person_of_it(
    text: str, pair: set[str]
) -> None:
    """A nationality and an office after an untitled person of that country name that person."""
    assert frozenset(pair) in _pairs(_INTRO + text + _OUTRO, date(2026, 5, 20))


@pytest.mark.parametrize(
    ("text", "city", "venue"),
    [
        (
            (
                "Indian Foreign Secretary Arvind Menon called on Prime Minister Farhana Rahman at "
                "the Ganabhaban this evening."
            ),
            "Dhaka",
            "Ganabhaban",
        ),
        (
            (
                "Chinese Vice Foreign Minister Li Wen called on President Mahmud Hasan at the "
                "Bangabhaban on Monday."
            ),
            "Dhaka",
            "Bangabhaban",
        ),
        (
            (
                "Prime Minister Salim Karam received French envoy Philippe Garnier at the Grand "
                "Serail on Monday evening."
            ),
            "Beirut",
            "Grand Serail",
        ),
        (
            "Speaker Nabil Saadi received US envoy Mark Holloway at Ain al-Tineh on Tuesday.",
            "Beirut",
            "Ain al-Tineh",
        ),
    ],
)
def test_seats_of_government_in_dhaka_and_beirut(text: str, city: str, venue: str) -> None:
    """A leader's official seat named alone places the meeting in its city."""
    art = diplomeet.parse(_INTRO + text + _OUTRO, published=date(2026, 5, 20))
    places = [m.place for m in art.meetings]
    assert places
    assert places[0] is not None
    assert (places[0].name, places[0].venue) == (city, venue)
