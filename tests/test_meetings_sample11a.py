"""
Meeting phrasings found in the development sample ``sample11a`` (its README).

Each class is checked on sentences written for these tests (invented people; other outlets,
countries and verbs than the sample's).
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet.records import Actor


def _meetings(text: str, published: date = date(2026, 5, 12)) -> list[tuple[set[str], str]]:
    art = diplomeet.parse(text, published=published)
    return [({p.name for p in m.participants}, m.status) for m in art.meetings]


def _people(text: str, published: date = date(2026, 5, 12)) -> dict[str, Actor]:
    art = diplomeet.parse(text, published=published)
    return {p.name: p for m in art.meetings for p in m.participants}


@pytest.mark.parametrize(
    ("text", "guest", "country"),
    [
        # No comma: the name straight after "of Country", the office in two portfolios.
        (
            (
                "Minister of Foreign Affairs and Worship of Paraguay Elena Duarte Rojas met "
                "with the Bolivian foreign minister, Raul Mamani Cruz, in Asuncion on Monday."
            ),
            "Elena Duarte Rojas",
            "PY",
        ),
        # A ministry's press release: portfolios listed with commas, "of the Republic of",
        # then "H.E." and the name.
        (
            (
                "GABORONE - Botswana's foreign minister, Kagiso Molefe, on Tuesday received the "
                "Minister of Foreign Affairs, Regional Integration and Tourism of the Republic of "
                "Chad, H.E. Idriss Mahamat Saleh, at the Ministry's headquarters."
            ),
            "Idriss Mahamat Saleh",
            "TD",
        ),
        # A Commonwealth envoy "of Country to Country", with "Dr." before the name.
        (
            (
                "Zambian Foreign Minister Chanda Mulenga yesterday held talks with the High "
                "Commissioner of the Republic of Malawi to Zambia, Dr. Grace Chirwa Banda, in "
                "Lusaka."
            ),
            "Grace Chirwa Banda",
            "MW",
        ),
    ],
)
def test_a_long_office_with_portfolios_and_country_before_the_name(
    text: str, guest: str, country: str
) -> None:
    """An office written in full ("Minister of A, B and C of the Republic of X, H.E. N") names N."""
    people = _people(text)
    assert guest in people, people
    assert people[guest].country == country


def test_kenyan_cabinet_secretaries_are_ministers() -> None:
    """Kenya's "Cabinet Secretary for ..., Hon. N" is an office; "the Cabinet Secretary" is N."""
    text = (
        "The Cabinet Secretary for Trade, Investments and Industry, Hon. Peter Mwangi Kariuki, "
        "today held talks with Tanzania's Minister for Industry, Joseph Massawe, in Nairobi. "
        "The Cabinet Secretary later spoke by telephone with Ugandan Trade Minister Ruth "
        "Nabirye Okello."
    )
    meetings = _meetings(text)
    assert ({"Peter Mwangi Kariuki", "Joseph Massawe"}, "held") in meetings
    assert ({"Peter Mwangi Kariuki", "Ruth Nabirye Okello"}, "held") in meetings


def _speakers(text: str, published: date = date(2026, 5, 12)) -> dict[str, str | None]:
    art = diplomeet.parse(text, published=published)
    return {s.quote: (s.speaker.name if s.speaker else None) for s in art.statements}


def test_the_visiting_minister_is_the_one_from_elsewhere() -> None:
    """The visiting minister is the minister who came to the place told, not the host."""
    text = (
        "Ties with Chad\n\n"
        "Chadian Foreign Minister Abakar Mahamat Nour arrived in Yaounde on Sunday for talks "
        "with his Cameroonian counterpart, Lucienne Ebogo Mballa. The visiting minister was "
        "received on Monday by President Emmanuel Atangana at Unity Palace."
    )
    meetings = _meetings(text)
    assert ({"Abakar Mahamat Nour", "Emmanuel Atangana"}, "held") in meetings, meetings
    assert not any("Lucienne Ebogo Mballa" in p and "Emmanuel Atangana" in p for p, _ in meetings)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # "the guest" in a dateline story: the one not from the dateline's country.
        (
            (
                "Andean talks\n\n"
                "QUITO, March 4 - Peruvian President Hugo Salcedo Rivas and Ecuadorean "
                "President Marta Villacis Ortega met for two hours at the Carondelet Palace. "
                '"We have closed the old wounds," the guest told reporters.'
            ),
            "We have closed the old wounds,",
            "Hugo Salcedo Rivas",
        ),
        # "his host": the one of the other country, of his own kind of office.
        (
            (
                "Steppe partners\n\n"
                "Mongolian Prime Minister Bat-Erdene Gansukh held talks in Astana on Monday "
                "with Kazakh Prime Minister Daniyar Seitkali and was later received by the "
                'president. Gansukh said the visit had been "long overdue." His host called '
                'the talks "very productive."'
            ),
            "very productive.",
            "Daniyar Seitkali",
        ),
        # "the host minister": the one of the place's country.
        (
            (
                "Baltic talks\n\n"
                "Latvian Foreign Minister Edgars Ozols travelled to Vilnius on Tuesday to meet "
                "Lithuanian Foreign Minister Rasa Jankauskiene. The host minister said the two "
                'countries would "speak with one voice" in Brussels.'
            ),
            "speak with one voice",
            "Rasa Jankauskiene",
        ),
    ],
)
def test_guest_and_host_are_told_apart(text: str, quote: str, speaker: str) -> None:
    """The guest, his host and the host minister name the right side of a visit."""
    speakers = _speakers(text)
    assert speakers.get(quote) == speaker, speakers


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Ugandan Foreign Minister Joseph Okello was received at State House on Monday "
                "by President Samia Hassan Mwinyi."
            ),
            {"Joseph Okello", "Samia Hassan Mwinyi"},
        ),
        (
            (
                "The Special Envoy of the African Union, Kwame Asante Boateng, was received in "
                "Khartoum on Tuesday by the chairman of the Sovereignty Council, General Osman "
                "Idris Karrar."
            ),
            {"Kwame Asante Boateng", "Osman Idris Karrar"},
        ),
        (
            (
                "Latvian Foreign Minister Edgars Ozols met Lithuanian Foreign Minister Rasa "
                "Jankauskiene in Vilnius on Tuesday. The Latvian minister was also received on "
                "the same day by Prime Minister Tomas Petrauskas."
            ),
            {"Edgars Ozols", "Tomas Petrauskas"},
        ),
    ],
)
def test_a_place_or_day_between_a_passive_reception_and_its_host(text: str, pair: set[str]) -> None:
    """A place and a day between "was received" and "by A" do not hide A."""
    assert (pair, "held") in _meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "President Hector Quiroga Paz spoke by phone Monday with Panamanian President "
            "Ana Lucia Moreno Diaz."
        ),
        (
            "Mexican Foreign Secretary Lucia Ferrer Ibarra held a video call Thursday with "
            "Guatemalan Foreign Minister Oscar Ramirez Soto."
        ),
        (
            "Honduran President Rosa Elvir Mejia talked by telephone Friday with Salvadoran "
            "President Nelson Ayala Cruz about migration."
        ),
    ],
)
def test_a_bare_weekday_between_a_call_and_its_partner(text: str) -> None:
    """A wire's bare weekday ("spoke by phone Monday with A") does not hide the partner."""
    art = diplomeet.parse(text, published=date(2026, 6, 3))
    assert len(art.meetings) == 1
    meeting = art.meetings[0]
    assert len(meeting.participants) == 2
    assert meeting.place is None
    assert meeting.when is not None
    assert meeting.when.value < "2026-06-03"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "A Ghanaian delegation, headed by the Minister for Trade, Kofi Ampofo Mensah, held "
                "talks with Ivorian Trade Minister Aya Kouassi Bamba in Abidjan on Monday."
            ),
            {"Kofi Ampofo Mensah", "Aya Kouassi Bamba"},
        ),
        (
            (
                "A Chilean mission led by the Undersecretary of Foreign Relations, Tomas Vial "
                "Ortuzar, met Bolivian Foreign Minister Ruth Condori Mamani in La Paz on Friday."
            ),
            {"Tomas Vial Ortuzar", "Ruth Condori Mamani"},
        ),
        (
            (
                "A Moroccan delegation led by the Minister Delegate for African Cooperation, "
                "Nadia Bennani, will hold talks with Senegalese Foreign Minister Cheikh Ba Diallo "
                "in Dakar next week."
            ),
            {"Nadia Bennani", "Cheikh Ba Diallo"},
        ),
    ],
)
def test_a_delegation_led_by_an_office_in_apposition(text: str, pair: set[str]) -> None:
    """A delegation "led by the Minister for Trade, A," meets as A (the delegation is no one)."""
    assert any(p == pair for p, _ in _meetings(text)), _meetings(text)


@pytest.mark.parametrize(
    ("text", "third"),
    [
        (
            (
                "Kyrgyz President Temir Sadykov and Kazakh President Nurlan Abdrakhmanov held "
                "talks in Bishkek on Monday. Sadykov and Abdrakhmanov will meet again with Uzbek "
                "President Rustam Khodjaev in Tashkent."
            ),
            "Rustam Khodjaev",
        ),
        (
            (
                "Estonian Prime Minister Kaja Sepp and Latvian Prime Minister Juris Ozolins met "
                "in Tallinn on Friday. The two prime ministers will meet again with Lithuanian "
                "Prime Minister Rasa Petraitiene in Vilnius in September."
            ),
            "Rasa Petraitiene",
        ),
        (
            (
                "Ghanaian President Kojo Asante Mensah and Togolese President Edem Kodjo Adjovi "
                "met in Lome on Saturday and are due to meet again with Burkinabe leader Issa "
                "Sawadogo Kabore next month."
            ),
            "Issa Sawadogo Kabore",
        ),
    ],
)
def test_meeting_again_with_a_third_is_a_three_party_meeting(text: str, third: str) -> None:
    """A and B who "will meet again with C" plan a meeting of the three."""
    assert any(len(p) == 3 and third in p for p, _ in _meetings(text)), _meetings(text)


@pytest.mark.parametrize(
    ("text", "host", "colleague", "country"),
    [
        (
            (
                "Paraguayan Foreign Minister Ruben Dario Benitez received his Uruguayan colleague, "
                "Ana Laura Ferreira, at the Palacio de Lopez on Tuesday."
            ),
            "Ruben Dario Benitez",
            "Ana Laura Ferreira",
            "UY",
        ),
        (
            (
                "Irish Foreign Minister Niamh Doyle Kearney met her Belgian colleague Pieter "
                "Janssens Wouters in Brussels on Monday."
            ),
            "Niamh Doyle Kearney",
            "Pieter Janssens Wouters",
            "BE",
        ),
    ],
)
def test_a_colleague_abroad_is_a_counterpart(
    text: str, host: str, colleague: str, country: str
) -> None:
    """A minister's "Uruguayan colleague, A" is the minister met, as a counterpart is."""
    assert ({host, colleague}, "held") in _meetings(text)
    assert _people(text)[colleague].country == country


def _places(text: str, published: date = date(2026, 6, 3)) -> list[str | None]:
    art = diplomeet.parse(text, published=published)
    return [m.place.name if m.place else None for m in art.meetings]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Costa Rican Foreign Minister Andres Solano Vargas and his Panamanian counterpart, "
                "Itzel Quintero de Leon, met on Tuesday. The talks took place in Paso Canoas."
            ),
            "Paso Canoas",
        ),
        (
            (
                "Mauritanian Foreign Minister Sidi Ould Ahmed met his Malian counterpart, Awa "
                "Traore Keita, on Sunday. The meeting was held in Nouakchott."
            ),
            "Nouakchott",
        ),
        (
            (
                "Kenyan Foreign Minister Wanjiru Kamau received her Somali counterpart, Abdi "
                "Hassan Warsame, last Wednesday. The meeting, held at the ministry's headquarters "
                "in Nairobi, was the first in a year."
            ),
            "Nairobi",
        ),
    ],
)
def test_the_place_in_the_next_sentence(text: str, place: str) -> None:
    """A meeting told over two sentences ("The talks took place in C") is in C."""
    assert _places(text) == [place]


def test_the_next_paragraph_gives_no_place() -> None:
    """A sentence of the next paragraph tells another event, not this meeting's place."""
    text = (
        "Border talks\n\n"
        "Mauritanian Foreign Minister Sidi Ould Ahmed met his Malian counterpart, Awa Traore "
        "Keita, on Sunday.\n\n"
        "The meeting of the ECOWAS council was held in Abuja last month."
    )
    assert "Abuja" not in _places(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "The foreign ministers of the two countries, Kanybek Sultanbekov and Jamshed "
                "Rahmonzoda, will meet in Dushanbe on Friday."
            ),
            {"Kanybek Sultanbekov", "Jamshed Rahmonzoda"},
        ),
        (
            (
                "The defence ministers of the two neighbours, Tomas Lindqvist and Eeva Maria "
                "Korhonen, held talks in Helsinki on Monday."
            ),
            {"Tomas Lindqvist", "Eeva Maria Korhonen"},
        ),
    ],
)
def test_names_in_apposition_to_the_ministers_of_the_two_countries(
    text: str, pair: set[str]
) -> None:
    """The names after "the foreign ministers of the two countries," are people who meet."""
    assert any(p == pair for p, _ in _meetings(text)), _meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "A meeting between Kyrgyz Foreign Minister Kanybek Sultanbekov and Tajik Foreign "
            "Minister Jamshed Rahmonzoda, which had been expected in Dushanbe on Friday, will "
            "not take place."
        ),
        (
            "Talks between Ghanaian President Kojo Asante Mensah and Ivorian President Aya "
            "Kouassi Bamba, planned for Abidjan next week, won't take place, officials said."
        ),
    ],
)
def test_a_meeting_that_will_not_take_place_is_cancelled(text: str) -> None:
    """A meeting that "will not take place" or "won't take place" is cancelled."""
    meetings = _meetings(text)
    assert meetings, meetings
    assert {status for _, status in meetings} == {"cancelled"}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Kenyan President William Otieno congratulated Ghanaian President Kojo Asante "
            "Mensah by telephone on Tuesday."
        ),
        (
            "Estonian Foreign Minister Margus Tamm said he had briefed NATO Secretary General "
            "Lars Brekke by phone on Monday evening."
        ),
        (
            "Chilean President Ana Rojas Vidal assured Peruvian President Hugo Salcedo Rivas in a "
            "phone call on Friday that the border would stay open."
        ),
    ],
)
def test_a_call_told_by_its_medium_after_the_person(text: str) -> None:
    """A call told by its medium after the person ("briefed A by phone") is a call with A."""
    art = diplomeet.parse(text, published=date(2026, 6, 3))
    assert len(art.meetings) == 1
    assert len(art.meetings[0].participants) == 2
    assert art.meetings[0].place is None


def test_informing_someone_of_another_call_is_no_call_with_them() -> None:
    """Informing A that one had spoken by telephone with B is no call with A."""
    text = (
        "The Secretary-General also informed the Minister that she had spoken by telephone "
        "yesterday with the Prime Minister of Israel, Eitan Barzilai."
    )
    art = diplomeet.parse(text, published=date(2026, 6, 3))
    assert all(len(m.participants) < 3 for m in art.meetings)
    assert not any("Minister" in {p.name for p in m.participants} for m in art.meetings)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Kazakh Prime Minister Bolat Zhumabayev held talks with a Kyrgyz delegation led "
                "by Prime Minister Kubanychbek Osmonov on customs."
            ),
            {"Bolat Zhumabayev", "Kubanychbek Osmonov"},
        ),
        (
            (
                "Ghanaian Foreign Minister Kofi Ampofo Mensah met an Ivorian delegation headed by "
                "Trade Minister Aya Kouassi Bamba in Accra on Monday."
            ),
            {"Kofi Ampofo Mensah", "Aya Kouassi Bamba"},
        ),
        (
            (
                "Uruguayan Foreign Minister Ana Laura Ferreira held talks with the Paraguayan "
                "government headed by Prime Minister Ruben Dario Benitez."
            ),
            {"Ana Laura Ferreira", "Ruben Dario Benitez"},
        ),
    ],
)
def test_talks_with_a_delegation_led_by_someone_are_talks_with_its_head(
    text: str, pair: set[str]
) -> None:
    """Talks with "a Kyrgyz delegation led by B" (or a government headed by B) are with B."""
    assert any(p == pair for p, _ in _meetings(text)), _meetings(text)
