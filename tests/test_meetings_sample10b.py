"""Meeting phrasings missing in the development sample ``sample10b`` (Asia, Americas, Oceania).

Every sentence here is written for these tests; people are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet import parse
from diplomeet.records import Meeting

_PUBLISHED = date(2026, 3, 4)


def _meetings(text: str) -> list[Meeting]:
    """The meetings of ``text`` told as the body of a short report under a headline."""
    article = f"Talks in the region\n\nBy Staff Writer\n\n{text}\n\nNo further details were given."
    return list(parse(article, published=_PUBLISHED).meetings)


def _pairs(text: str) -> list[frozenset[str]]:
    return [frozenset(a.name for a in m.participants) for m in _meetings(text)]


@pytest.mark.parametrize(
    ("text", "names", "code"),
    [
        (
            (
                "Honduran President Jorge Valladares met with Costa Rican Foreign Minister "
                "Rodrigo Solera on Monday."
            ),
            {"Jorge Valladares", "Rodrigo Solera"},
            "CR",
        ),
        (
            (
                "The Papua New Guinean Prime Minister, Joseph Kaupa, met with Fijian Prime "
                "Minister Eroni Vakaloloma in Suva on Tuesday."
            ),
            {"Joseph Kaupa", "Eroni Vakaloloma"},
            "PG",
        ),
        (
            (
                "Saint Lucian Prime Minister Darnell Joseph held talks with Sierra Leonean "
                "President Amadu Kargbo in Castries."
            ),
            {"Darnell Joseph", "Amadu Kargbo"},
            "LC",
        ),
    ],
)
def test_multi_word_nationality_before_a_title(text: str, names: set[str], code: str) -> None:
    """A nationality of two or three words ("Costa Rican", "Papua New Guinean") is read as one."""
    [m] = _meetings(text)
    assert {a.name for a in m.participants} == names
    assert code in {a.country for a in m.participants}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Prime Minister Hiroshi Takeda and his Australian counterpart, Gemma Harlow, agreed on "
            "Monday to expand joint exercises, as the two leaders held their first formal summit "
            "in Tokyo."
        ),
        (
            "Peruvian President Gabriel Ocampo and Bolivian President Marco Quispe held their "
            "third summit this year on the shore of Lake Titicaca on Friday."
        ),
        (
            "The foreign ministers of Fiji and Tonga, Eroni Vakaloloma and Lupe Havili, held their "
            "annual consultations session in Suva on Monday."
        ),
    ],
)
def test_held_their_meeting_noun(text: str) -> None:
    """'held their first formal summit' is a held meeting of the two named before it."""
    ms = _meetings(text)
    assert len(ms) == 1
    assert ms[0].status == "held"
    assert len(ms[0].participants) == 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "New Zealand's Foreign Minister Holly Brannigan arrived in Nuku'alofa on Tuesday. "
                "On Wednesday, the Minister held talks with the Prime Minister, Sione Vailea, at "
                "the St George Government Building."
            ),
            {"Holly Brannigan", "Sione Vailea"},
        ),
        (
            (
                "Canadian Trade Minister Louise Hebert landed in Lima on Monday. The minister met "
                "with the Peruvian trade minister, Carlos Quispe, on Tuesday."
            ),
            {"Louise Hebert", "Carlos Quispe"},
        ),
        (
            (
                "Japanese Defense Minister Kenta Oshiro arrived in Manila on Sunday. Later the "
                "Minister called on the Secretary of National Defense, Arturo Dizon, at Camp "
                "Aguinaldo."
            ),
            {"Kenta Oshiro", "Arturo Dizon"},
        ),
    ],
)
def test_office_then_verb_is_no_title_for_a_later_name(text: str, names: set[str]) -> None:
    """In "the Minister held talks with the Prime Minister, A", A is the Prime Minister only."""
    assert frozenset(names) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Australian Foreign Minister Rhys Oakden arrived in Jakarta on Monday. Later the "
                "Minister was called on by the Malaysian Ambassador, Mr. Raden Suwito."
            ),
            {"Rhys Oakden", "Raden Suwito"},
        ),
        (
            (
                "Chilean President Ana Rojas was called on this morning by Peruvian Ambassador "
                "Jorge Salas at La Moneda."
            ),
            {"Ana Rojas", "Jorge Salas"},
        ),
        (
            (
                "Fijian Prime Minister Eroni Vakaloloma was called on by the visiting Indian "
                "Minister of State, Rakesh Menon, in Suva on Thursday."
            ),
            {"Eroni Vakaloloma", "Rakesh Menon"},
        ),
    ],
)
def test_called_on_by_is_a_meeting(text: str, names: set[str]) -> None:
    """A was called on by B: a courtesy call of B on A, as in "B called on A"."""
    assert frozenset(names) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Secretary of State Howard Kessling met Tuesday with Guatemalan Foreign Minister "
                "Alfonso Quezada."
            ),
            {"Howard Kessling", "Alfonso Quezada"},
        ),
        (
            "Prime Minister Ana Rojas met Friday with President Jorge Salas at the palace.",
            {"Ana Rojas", "Jorge Salas"},
        ),
        (
            (
                "Australian Trade Minister Rhys Oakden met Monday with Indonesian Trade Minister "
                "Budi Santoso in Jakarta."
            ),
            {"Rhys Oakden", "Budi Santoso"},
        ),
    ],
)
def test_bare_weekday_before_with(text: str, names: set[str]) -> None:
    """A wire's "met Tuesday with A" (weekday without "on") is a meeting with A."""
    assert _pairs(text) == [frozenset(names)]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            (
                "OAS Secretary-General Aurelio Benavides met separately Tuesday with the "
                "ambassadors of Nicaragua and Honduras, Ernesto Paz and Rodolfo Midence."
            ),
            [{"Aurelio Benavides", "Ernesto Paz"}, {"Aurelio Benavides", "Rodolfo Midence"}],
        ),
        (
            (
                "Foreign Minister Ana Rojas received the ambassadors of Peru and Bolivia, Carlos "
                "Quispe and Marco Mamani, on Tuesday."
            ),
            [{"Ana Rojas", "Carlos Quispe", "Marco Mamani"}],
        ),
        (
            (
                "Foreign Secretary Ramon Villaluz met with the ambassadors of Japan and Australia, "
                "Kenji Morita and Claire Dawson, on Monday."
            ),
            [{"Ramon Villaluz", "Kenji Morita", "Claire Dawson"}],
        ),
    ],
)
def test_ambassadors_of_two_countries_named_in_apposition(text: str, pairs: list[set[str]]) -> None:
    """In "the ambassadors of A and B, X and Y", X and Y are the people met."""
    assert _pairs(text) == [frozenset(p) for p in pairs]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "New Zealand's Foreign Minister, Hon. Holly Brannigan, was granted an audience "
                "with His Majesty King Siaosi at the Royal Palace on Wednesday morning."
            ),
            {"Holly Brannigan", "Siaosi"},
        ),
        (
            (
                "President Gabriel Ocampo received His Excellency Ambassador Ernesto Paz at the "
                "palace on Monday."
            ),
            {"Gabriel Ocampo", "Ernesto Paz"},
        ),
        (
            (
                "Japanese Prime Minister Hiroshi Takeda held talks with His Royal Highness Crown "
                "Prince Faisal Karim in Tokyo on Monday."
            ),
            {"Hiroshi Takeda", "Faisal Karim"},
        ),
    ],
)
def test_style_of_address_before_the_person_met(text: str, names: set[str]) -> None:
    """In "an audience with His Majesty King A", the one met is A (no pronoun "His")."""
    assert _pairs(text) == [frozenset(names)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Foreign Minister Goh Wei Ming hosted a delegation from the International "
                "Department of the Communist Party of China led by its minister, Liu Jianhong, "
                "at the Istana on Oct 6."
            ),
            {"Goh Wei Ming", "Liu Jianhong"},
        ),
        (
            (
                "President Ana Rojas received a Bolivian parliamentary delegation headed by "
                "Senate President Marco Mamani on Monday."
            ),
            {"Ana Rojas", "Marco Mamani"},
        ),
        (
            (
                "Prime Minister James Raka welcomed a delegation of Australian business leaders "
                "led by trade envoy Claire Dawson to Port Moresby on Friday."
            ),
            {"James Raka", "Claire Dawson"},
        ),
    ],
)
def test_host_meets_the_head_of_a_delegation_led_by(text: str, names: set[str]) -> None:
    """A host who "received a delegation led by B" meets B."""
    assert _pairs(text) == [frozenset(names)]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            (
                "Prime Minister Hiroshi Takeda met Australian Prime Minister Gemma Harlow on "
                "Monday. Takeda will host her at a working dinner on Tuesday."
            ),
            "2026-03-10",
        ),
        (
            (
                "Chilean President Ana Rojas met Brazilian President Lucia Ferreira in Santiago "
                "on Monday. Rojas will host her again in Valparaiso next month."
            ),
            "2026-04",
        ),
        (
            (
                "New Zealand Prime Minister Marama Tane met Samoan Prime Minister Fiame Tuala in "
                "Apia on Monday. Tane will host her in Wellington in June."
            ),
            "2026-06",
        ),
    ],
)
def test_object_pronoun_is_not_the_subject(text: str, when: str) -> None:
    """In "A will host her", "her" is the other person named before, not A."""
    ms = _meetings(text)
    assert len(ms) == 2
    assert ms[0].participants == ms[1].participants
    assert ms[1].status == "planned"
    assert ms[1].when is not None
    assert ms[1].when.value == when


_TRIPS: list[tuple[str, list[tuple[set[str], str, str]]]] = [
    (
        (
            "U.S. envoy Daniel Whitlander met Unification Minister Yoon Ha-jin on Wednesday. "
            "Whitlander, who arrived in Seoul on Tuesday, is set to hold talks with First Vice "
            "Foreign Minister Choi Seung-ho on Thursday before heading to Tokyo on Friday for "
            "consultations with his Japanese counterpart, Akira Fujisawa."
        ),
        [({"Daniel Whitlander", "Akira Fujisawa"}, "planned", "Tokyo")],
    ),
    (
        (
            "Chilean Foreign Minister Ana Rojas, who landed on Sunday, will meet Argentine "
            "Foreign Minister Tomas Ibarra in Buenos Aires on Monday before flying to Montevideo "
            "on Tuesday for talks with Uruguayan Foreign Minister Lucia Ferrer."
        ),
        [
            ({"Ana Rojas", "Tomas Ibarra"}, "planned", "Buenos Aires"),
            ({"Ana Rojas", "Lucia Ferrer"}, "planned", "Montevideo"),
        ],
    ),
    (
        (
            "Indian External Affairs Minister Rakesh Menon, on his first Pacific tour, met Fijian "
            "Prime Minister Eroni Vakaloloma in Suva on Monday before heading to Apia for talks "
            "with Samoan Prime Minister Fiame Tuala."
        ),
        [
            ({"Rakesh Menon", "Eroni Vakaloloma"}, "held", "Suva"),
            ({"Rakesh Menon", "Fiame Tuala"}, "held", "Apia"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _TRIPS)
def test_trip_on_to_a_second_meeting_in_the_sentence(
    text: str, expected: list[tuple[set[str], str, str]]
) -> None:
    """In "A will meet B before flying to X for talks with C", A meets C, in X, as planned."""
    found = {
        frozenset(a.name for a in m.participants): (m.status, m.place.name if m.place else None)
        for m in _meetings(text)
    }
    for names, status, place in expected:
        assert found.get(frozenset(names)) == (status, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Chilean President Ana Rojas met Brazilian President Lucia Ferreira in Santiago on "
                "Monday. The two leaders last spoke on the sidelines of the UN General Assembly in "
                "New York in September."
            ),
            "New York",
        ),
        (
            (
                "Chilean President Ana Rojas met Brazilian President Lucia Ferreira in Santiago on "
                "Monday. The pair first talked on the fringes of the G20 summit in Rio last year."
            ),
            "Rio",
        ),
        (
            (
                "Fijian Prime Minister Eroni Vakaloloma spoke briefly with Tongan Prime Minister "
                "Sione Vailea on the sidelines of the Pacific Islands Forum in Honiara last year."
            ),
            "Honiara",
        ),
    ],
)
def test_spoke_on_the_sidelines_is_a_meeting(text: str, place: str) -> None:
    """Leaders who "last spoke on the sidelines of X" or "spoke briefly with" each other met."""
    places = {m.place.name for m in _meetings(text) if m.place is not None}
    assert place in places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Australian Prime Minister Nathan Corrigan held talks with Solomon Islands Prime "
                "Minister Peter Tuhaika on Friday. Governor-General Sir Edmund Rukale will host a "
                "reception for the Australian delegation at Government House this evening."
            ),
            {"Edmund Rukale", "Nathan Corrigan"},
        ),
        (
            (
                "Japanese Foreign Minister Daisuke Kanno arrived in Lima on Monday. President "
                "Gabriel Ocampo hosted a lunch for the Japanese delegation at the palace on "
                "Tuesday."
            ),
            {"Gabriel Ocampo", "Daisuke Kanno"},
        ),
        (
            (
                "Chilean President Ana Rojas hosted a state dinner in honour of Brazilian "
                "President Lucia Ferreira at La Moneda on Monday."
            ),
            {"Ana Rojas", "Lucia Ferreira"},
        ),
    ],
)
def test_host_of_a_reception_or_meal_meets_the_guest(text: str, names: set[str]) -> None:
    """A host's "reception for the Australian delegation" meets the Australian named before."""
    assert frozenset(names) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "New Zealand Foreign Minister Holly Brannigan met King Siaosi on Monday morning. "
            "Later that day, the Minister held talks with the Prime Minister, Sione Vailea."
        ),
        (
            "Chilean President Ana Rojas met Brazilian President Lucia Ferreira on Monday. Later "
            "that day, Rojas held talks with Argentine President Tomas Ibarra."
        ),
        (
            "Chilean President Ana Rojas met Brazilian President Lucia Ferreira on Monday. Later "
            "in the day, Rojas received Argentine President Tomas Ibarra."
        ),
    ],
)
def test_later_that_day_is_the_day_of_the_meeting_before(text: str) -> None:
    """A meeting told "Later that day" is on the day of the one before, not the paper's."""
    first, second = _meetings(text)
    assert first.when is not None
    assert second.when is not None
    assert second.when.value[:10] == first.when.value[:10] == "2026-03-02"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Prime Minister Lim Chee Wah and Chinese Premier Zhou Kemin held a video call on "
                "Thursday. They were joined by Deputy Prime Minister Ong Shu Ting and Chinese "
                "Vice-Premier Ma Xiaodong. The two leaders had been due to meet in person in "
                "Tianjin in September, but the visit was deferred."
            ),
            {"Lim Chee Wah", "Zhou Kemin"},
        ),
        (
            (
                "Chilean President Ana Rojas and Peruvian President Gabriel Ocampo spoke by phone "
                "on Monday, with Vice President Tomas Ibarra and Vice President Lucia Quispe "
                "listening in. The two presidents will meet in Arica in May."
            ),
            {"Ana Rojas", "Gabriel Ocampo"},
        ),
        (
            (
                "Prime Minister Marama Tane and Australian Prime Minister Nathan Corrigan spoke "
                "by phone on Monday. They were joined by Deputy Prime Minister Rawiri Mason and "
                "Deputy Prime Minister Claire Dawson. The two leaders will meet in Suva in "
                "September."
            ),
            {"Marama Tane", "Nathan Corrigan"},
        ),
    ],
)
def test_the_two_leaders_are_no_deputies(text: str, names: set[str]) -> None:
    """After a call joined by two deputies, "the two leaders" are the two heads."""
    assert [frozenset(names)] * 2 == _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Chilean President Ana Rojas met Brazilian President Lucia Ferreira on Monday. Rojas's "
            "visit to Lima to meet Peruvian President Gabriel Ocampo next week has been deferred."
        ),
        (
            "Prime Minister Lim Chee Wah and Chinese Premier Zhou Kemin held a video call on "
            "Thursday. The two leaders had been due to meet in Tianjin in September, but the "
            "visit was deferred."
        ),
        (
            "Fijian Prime Minister Eroni Vakaloloma met Tongan Prime Minister Sione Vailea on "
            "Monday. Talks between Vakaloloma and Samoan Prime Minister Fiame Tuala, set for "
            "Friday, were deferred."
        ),
    ],
)
def test_deferred_meeting_is_cancelled(text: str) -> None:
    """A meeting "deferred" is put off, like one "postponed": ``cancelled``."""
    assert [m.status for m in _meetings(text)] == ["held", "cancelled"]
