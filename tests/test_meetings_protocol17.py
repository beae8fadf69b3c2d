"""
Protocol-news classes learnt from the development sample ``sample17b``, in our own sentences.

Presidencies, royal courts, parliaments and state agencies write the host first, then the
venue, then the guest with a long office before the name ("received in audience at the
palace the Speaker of ... A"), and parliamentary and subnational guests come in delegations
"led by" their head.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_PUBLISHED = date(2026, 3, 11)  # a Wednesday


def _pairs(text: str) -> list[tuple[frozenset[str], str | None]]:
    art = diplomeet.parse(text, published=_PUBLISHED)
    return [
        (frozenset(p.name for p in m.participants), m.when.value if m.when else None)
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "President Tomas Horvath received in audience at the Grassalkovich Palace Serbian "
                "Speaker Dragan Jovic on Tuesday."
            ),
            {"Tomas Horvath", "Dragan Jovic"},
        ),
        (
            (
                "King Hamad received at Sakhir Palace yesterday the Speaker of the Italian Senate "
                "Paolo Bellini."
            ),
            {"Hamad", "Paolo Bellini"},
        ),
        (
            (
                "National Assembly Speaker Yusuf Demir received at his office yesterday Speaker of "
                "the House of Representatives of the Hashemite Kingdom of Jordan Atef Nimri and "
                "his accompanying delegation."
            ),
            {"Yusuf Demir", "Atef Nimri"},
        ),
    ],
)
def test_the_guest_after_the_venue_a_host_received_him_at(text: str, people: set[str]) -> None:
    """In "received [in audience] at the Palace [yesterday] B", B is the one received."""
    assert (frozenset(people), "2026-03-10") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "guest", "title", "country"),
    [
        (
            "President Ana Rojas received the Mayor of Belgrade Dragan Jovic on Tuesday.",
            "Dragan Jovic",
            "Mayor",
            "RS",
        ),
        (
            (
                "President Ana Rojas received the Governor of Hyogo Prefecture Takeshi Moriyasu "
                "on Tuesday."
            ),
            "Takeshi Moriyasu",
            "Governor",
            "JP",
        ),
        (
            "Korean Speaker Park Min-su met the Akim of Almaty Yerlan Sadykov on Tuesday.",
            "Yerlan Sadykov",
            "Akim",
            "KZ",
        ),
    ],
)
def test_the_holder_named_after_the_town_or_province_his_office_governs(
    text: str, guest: str, title: str, country: str
) -> None:
    """In "the Mayor of Belgrade A B" the name follows the town: A B is the mayor, a Serb."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    people = {p.name: p for m in art.meetings for p in m.participants}
    assert guest in people
    assert people[guest].title == title
    assert people[guest].country == country


def test_the_holder_of_a_long_office_before_a_second_office_and_name() -> None:
    """The first office's holder ends before "and [second office] C D": both are read."""
    text = (
        "President Serik Abenov received the Speaker of the Riigikogu Mart Kask on Tuesday. "
        "The meeting was attended by Chairman of the Senate of the Republic of Kazakhstan "
        "Askar Beisenov and Ambassador of the Republic of Estonia to Kazakhstan Liis Tamm."
    )
    art = diplomeet.parse(text, published=_PUBLISHED)
    names = {p.name for m in art.meetings for p in (*m.participants, *m.accompanied_by)}
    assert {"Askar Beisenov", "Liis Tamm"} <= names


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Vice-Chairman Wang Ming met and had a cordial and friendly conversation this "
                "afternoon with the Ghanaian Parliamentary Delegation led by Kofi Mensah, Speaker "
                "of the Parliament of Ghana."
            ),
            {"Wang Ming", "Kofi Mensah"},
        ),
        (
            (
                "Governor Ana Lima received on Tuesday (10) at the Piratini Palace a business "
                "delegation from Shandong Province led by Vice Governor Liu Jian."
            ),
            {"Ana Lima", "Liu Jian"},
        ),
        (
            (
                "Speaker of Parliament Ion Rusu had a meeting on Tuesday with a delegation of the "
                "Sejm of the Republic of Poland headed by Deputy Marshal Anna Nowak."
            ),
            {"Ion Rusu", "Anna Nowak"},
        ),
    ],
)
def test_a_delegation_stands_for_the_head_it_is_led_by(text: str, people: set[str]) -> None:
    """A delegation "led by B" a host received or met, after a day or a venue: B is met."""
    assert frozenset(people) in {p for p, _ in _pairs(text)}


@pytest.mark.parametrize(
    ("text", "host", "deputy", "guest"),
    [
        (
            (
                "Secretary Lane met Greek Foreign Minister Nikos Pappas this morning. Assistant "
                "Secretary Mark Hale also joined the meeting. The Secretary will see Turkish "
                "Foreign Minister Emre Aksu on Friday."
            ),
            "Lane",
            "Mark Hale",
            "Emre Aksu",
        ),
        (
            (
                "Speaker Ana Vidal received Chilean Senator Pedro Soto on Monday. Deputy Speaker "
                "Luis Mora joined the meeting. The Speaker will meet Peruvian Congressman Jorge "
                "Rios on Friday."
            ),
            "Ana Vidal",
            "Luis Mora",
            "Jorge Rios",
        ),
    ],
)
def test_a_bare_office_is_not_its_deputy(text: str, host: str, deputy: str, guest: str) -> None:
    """After an "Assistant Secretary" is named, "the Secretary" is the Secretary told before."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    pairs = {frozenset(p.name for p in m.participants) for m in art.meetings}
    assert frozenset({host, guest}) in pairs
    assert frozenset({deputy, guest}) not in pairs


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            (
                "President Serik Abenov received the Speaker of the Riigikogu Mart Kask on "
                "Tuesday. Present at the reception were Foreign Minister Askar Beisenov and "
                "Estonian Ambassador Liis Tamm."
            ),
            {"Askar Beisenov", "Liis Tamm"},
        ),
        (
            (
                "Vice-Premier Chen Hao met the Zambian Foreign Minister, Joseph Banda, this "
                "afternoon. Present on the occasion were Vice-Minister of Foreign Affairs Li Wen "
                "and Zambian Ambassador Mary Phiri."
            ),
            {"Li Wen", "Mary Phiri"},
        ),
        (
            (
                "Governor Ana Lima met the Consul General of Japan, Kenji Sato, on Tuesday. The "
                "meeting, which lasted an hour, was also attended by Planning Secretary "
                "Marcos Prado."
            ),
            {"Marcos Prado"},
        ),
        (
            (
                "Prime Minister Olga Petrova received Estonian Foreign Minister Mart Kask on "
                "Tuesday. Estonian Ambassador Liis Tamm was also present."
            ),
            {"Liis Tamm"},
        ),
    ],
)
def test_those_present_at_the_meeting_told_before(text: str, present: set[str]) -> None:
    """In "The meeting was attended by A", "Present at the reception were B": the delegation."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    assert len(art.meetings) == 1
    assert present <= {p.name for p in art.meetings[0].accompanied_by}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "President Ana Rojas met Lithuanian Speaker Rimas Zukas on Monday. On the same "
                "day, the Lithuanian delegation was received by Prime Minister Dorin Popescu."
            ),
            {"Rimas Zukas", "Dorin Popescu"},
        ),
        (
            (
                "President Ana Rojas met Lithuanian Speaker Rimas Zukas on Monday. On the same "
                "day, the Lithuanian delegation was received by Prime Minister Dorin Popescu, "
                "and had a meeting with Foreign Minister Victor Moraru at the ministry."
            ),
            {"Rimas Zukas", "Victor Moraru"},
        ),
        (
            (
                "Speaker Ion Rusu had a meeting today with a delegation of the Saeima of the "
                "Republic of Latvia led by Deputy Speaker Janis Berzins. Earlier in the day, "
                "the Latvian delegation was received by President Maia Lungu."
            ),
            {"Janis Berzins", "Maia Lungu"},
        ),
    ],
)
def test_the_delegation_as_subject_after_a_time_or_a_passive_clause(
    text: str, people: set[str]
) -> None:
    """In "On the same day, the Lithuanian delegation was received by B", its head met B."""
    assert frozenset(people) in {p for p, _ in _pairs(text)}


@pytest.mark.parametrize(
    ("text", "place", "when"),
    [
        (
            (
                "Governor Ana Lima received Governor Takeshi Mori of Hyogo on Tuesday. The "
                "governors last met in person in Kobe in October 2019."
            ),
            "Kobe",
            "2019-10",
        ),
        (
            (
                "Mayor Ana Lima received Mayor Jan Novak of Brno on Tuesday. The two mayors "
                "first met in Brno in 2018."
            ),
            "Brno",
            "2018",
        ),
    ],
)
def test_governors_and_mayors_named_by_their_office(text: str, place: str, when: str) -> None:
    """In "The governors last met in Kobe", the governors told before met, no other officials."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    assert any(m.place is not None and m.place.name == place for m in art.meetings)
    assert any(m.when is not None and m.when.value == when for m in art.meetings)
    assert all(len(m.participants) == 2 for m in art.meetings)


def test_governors_are_not_any_two_officials() -> None:
    """No governor besides one: "the governors" name no pair of other officials."""
    text = (
        "Governor Ana Lima received Ambassador Jan Novak of Czechia on Tuesday. The governors "
        "met in Brno in 2018."
    )
    art = diplomeet.parse(text, published=_PUBLISHED)
    assert [m.when.value if m.when else None for m in art.meetings] == ["2026-03-10"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Speaker Ion Rusu had a meeting with Deputy Prime Minister for European "
                "Integration Victor Moraru at the Government House on Monday."
            ),
            {"Ion Rusu", "Victor Moraru"},
        ),
        (
            "President Ana Rojas received Minister for Regional Cooperation Pedro Salas on Monday.",
            {"Ana Rojas", "Pedro Salas"},
        ),
    ],
)
def test_a_portfolio_before_the_name(text: str, people: set[str]) -> None:
    """In "Deputy Prime Minister for European Integration A B", A B holds the office."""
    assert frozenset(people) in {p for p, _ in _pairs(text)}


@pytest.mark.parametrize(
    ("text", "envoys"),
    [
        (
            (
                "President Ana Rojas received the credentials of new ambassadors on Monday: "
                "Ambassador of Japan Ken Sato and Ambassador of Chile Ana Soto."
            ),
            ["Ken Sato", "Ana Soto"],
        ),
        (
            (
                "King Tupou received at the Royal Palace yesterday the credentials of "
                "newly-appointed ambassadors to the Kingdom of Tonga: Ambassador of the Republic "
                "of Korea Lee Jun-ho, Ambassador of Fiji Sela Naivalu and Ambassador of France "
                "Marc Giraud."
            ),
            ["Lee Jun-ho", "Sela Naivalu", "Marc Giraud"],
        ),
        (
            (
                "President Ana Rojas received on Tuesday the credentials of Ambassador of Japan "
                "Ken Sato, Ambassador of Chile Luis Vega and Ambassador of Peru Ana Soto."
            ),
            ["Ken Sato", "Luis Vega", "Ana Soto"],
        ),
    ],
)
def test_each_envoy_presents_his_credentials_in_a_meeting_of_his_own(
    text: str, envoys: list[str]
) -> None:
    """A credentials ceremony of three envoys is three meetings with the head of state."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    met = [{p.name for p in m.participants} for m in art.meetings]
    assert len(met) == len(envoys)
    for envoy in envoys:
        assert any(envoy in people and len(people) == 2 for people in met)


def test_envoys_received_by_an_unnamed_host_meet_no_one() -> None:
    """The envoys of one credentials ceremony do not meet each other."""
    text = (
        "The President received the credentials of new ambassadors on Monday: Ambassador of "
        "Japan Ken Sato and Ambassador of Chile Ana Soto."
    )
    assert diplomeet.parse(text, published=_PUBLISHED).meetings == ()


def test_a_nationality_and_an_office_take_up_the_holder_of_the_office_in_full() -> None:
    """The "Jordanian Speaker" is the "Speaker of the House of Representatives of Jordan"."""
    text = (
        "National Assembly Speaker Yusuf Demir received Speaker of the House of "
        "Representatives of Jordan Atef Nimri on Monday. Demir said the visit was welcome. "
        "The Jordanian Speaker is scheduled to be received by Prime Minister Omar Saleh today."
    )
    pairs = {p for p, _ in _pairs(text)}
    assert frozenset({"Atef Nimri", "Omar Saleh"}) in pairs
    assert frozenset({"Yusuf Demir", "Omar Saleh"}) not in pairs


def test_a_party_office_before_the_office_the_guest_is_named_by() -> None:
    """In "received Member of the Political Bureau ... and Chairwoman of ... A", A is received."""
    text = (
        "General Secretary and President Tran Minh received Member of the Political Bureau of "
        "the Lao People's Revolutionary Party Central Committee and Chairwoman of the Lao "
        "National Assembly Bounmy Sithong in Hanoi on Tuesday. Present at the reception were "
        "Member of the Political Bureau, Secretary of the Party Central Committee Le Van Hoa."
    )
    art = diplomeet.parse(text, published=_PUBLISHED)
    assert [{p.name for p in m.participants} for m in art.meetings] == [
        {"Tran Minh", "Bounmy Sithong"}
    ]
    assert [p.name for p in art.meetings[0].accompanied_by] == ["Le Van Hoa"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "The Lao leader will visit Quang Tri province, where Chairwoman Bounmy Sithong "
                "will have a working session with Secretary of the provincial Party Committee "
                "Nguyen Van Tam on Thursday."
            ),
            {"Bounmy Sithong", "Nguyen Van Tam"},
        ),
        (
            (
                "During the visit, Deputy Foreign Minister Le Hoai will have working sessions "
                "with Cambodian Secretary of State Chea Dara on Monday."
            ),
            {"Le Hoai", "Chea Dara"},
        ),
        (
            (
                "Governor Li Ming met and gave a banquet this evening for the delegation of the "
                "Sofia Municipal Council of Bulgaria led by Mayor Petar Ivanov."
            ),
            {"Li Ming", "Petar Ivanov"},
        ),
    ],
)
def test_working_sessions_and_banquets_for_a_delegation(text: str, people: set[str]) -> None:
    """A "working session with A", a banquet "for the delegation ... led by B": meetings."""
    assert frozenset(people) in {p for p, _ in _pairs(text)}


def test_an_archive_dateline_under_the_older_name_of_a_capital() -> None:
    """A dateline "PEKING, April 18 --" places the day's talks in Peking, in China."""
    text = (
        "PEKING, April 18 -- Vice-Premier Wang Hai met the Zambian Foreign Minister, Joseph "
        "Banda, this afternoon."
    )
    art = diplomeet.parse(text, published=date(1978, 4, 19))
    assert len(art.meetings) == 1
    place = art.meetings[0].place
    assert place is not None
    assert (place.name, place.country) == ("Peking", "CN")


@pytest.mark.parametrize(
    ("text", "people", "when"),
    [
        (
            (
                "Governor Ana Lima received Governor Takeshi Mori on Monday. On Friday, the "
                "guests will fly to Maringa, where Takeshi Mori, who leads the delegation, will "
                "meet Mayor Silvio Vieira."
            ),
            {"Takeshi Mori", "Silvio Vieira"},
            "2026-03-13",
        ),
        (
            (
                "Speaker Ana Vidal met Lithuanian Speaker Rimas Zukas on Monday. Tomorrow, the "
                "delegation will travel to Balti, where Rimas Zukas and the Mayor of Siauliai, "
                "Donatas Kairys, who is part of the delegation, will have a meeting with the "
                "Mayor of Balti, Sergiu Popa."
            ),
            {"Rimas Zukas", "Donatas Kairys", "Sergiu Popa"},
            "2026-03-12",
        ),
    ],
)
def test_a_where_clause_keeps_its_trip_date_past_a_relative_clause(
    text: str, people: set[str], when: str
) -> None:
    """In "will fly to X on Friday, where A, who leads the delegation, will meet B": Friday."""
    assert (frozenset(people), when) in _pairs(text)
