"""
Meetings in the forms the meet18 survey found missed.

The survey asks how news tells that a meeting happened; these are our own sentences, with
other people and places than the survey's.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_PUBLISHED = date(2019, 5, 16)  # a Thursday


def _pairs(text: str, published: date = _PUBLISHED) -> list[tuple[str, ...]]:
    """The people of each meeting read, each meeting's names sorted."""
    art = diplomeet.parse(text, published=published)
    return [tuple(sorted(p.name for p in m.participants)) for m in art.meetings]


def _read(text: str, published: date = _PUBLISHED) -> list[tuple[tuple[str, ...], str | None]]:
    """Each meeting's sorted people and date value."""
    art = diplomeet.parse(text, published=published)
    return [
        (tuple(sorted(p.name for p in m.participants)), m.when.value if m.when else None)
        for m in art.meetings
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "MOSCOW, May 16 (Interfax) -- A delegation led by Deputy Foreign Minister Zhou "
                "Shiqiao held talks with Russian Deputy Foreign Minister Aleksandr Paramonov on "
                "Tuesday."
            ),
            ("Aleksandr Paramonov", "Zhou Shiqiao"),
        ),
        (
            (
                "KAMPALA -- A team headed by Kenyan Trade Minister Peter Otieno met Ugandan "
                "President Daniel Kasirye on Monday."
            ),
            ("Daniel Kasirye", "Peter Otieno"),
        ),
    ],
)
def test_a_delegation_led_by_its_head_after_a_dateline_with_dashes(
    text: str, people: tuple[str, ...]
) -> None:
    """A dateline with "--" or an agency's hyphen before "A delegation led by A met B"."""
    assert _pairs(text) == [people]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "HANOI, May 16 (VNA) - General Secretary Nguyen Dinh Khoa received in Hanoi on "
                "Tuesday a delegation of the Cambodian People's Party led by Foreign Minister "
                "Sok Vannarith."
            ),
            ("Nguyen Dinh Khoa", "Sok Vannarith"),
        ),
        (
            (
                "Premier Pak Choljin received on Tuesday a Cuban delegation led by Politburo "
                "member Raul Ferrer."
            ),
            ("Pak Choljin", "Raul Ferrer"),
        ),
        (
            (
                "VIENTIANE - President Bounmy Sisavath received a Vietnamese delegation led by "
                "Central Committee member Tran Van Hieu on Monday."
            ),
            ("Bounmy Sisavath", "Tran Van Hieu"),
        ),
    ],
)
def test_a_received_delegation_after_city_and_day_and_party_organ_members(
    text: str, people: tuple[str, ...]
) -> None:
    """A delegation received after a city and a day; "Politburo member A" is a person."""
    assert _pairs(text) == [people]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Havana, Mar 10 (EFE).- Following talks with Cuban Foreign Minister Ernesto "
                "Valdes in Havana on Wednesday, Spanish Foreign Minister Jose Garcia said Madrid "
                "wanted to be the bridge."
            ),
            ("Ernesto Valdes", "Jose Garcia"),
        ),
        (
            (
                "Montevideo, May 15 (Xinhua) - Following talks with Brazilian Foreign Minister "
                "Marcos Teixeira on Tuesday, Uruguayan Foreign Minister Pablo Rivero said trade "
                "would grow."
            ),
            ("Marcos Teixeira", "Pablo Rivero"),
        ),
        (
            (
                "Tehran, May 16, IRNA - In a telephone call with Iraqi Prime Minister Haidar "
                "Jubouri on Tuesday, President Reza Ghasemi said the crossing would reopen."
            ),
            ("Haidar Jubouri", "Reza Ghasemi"),
        ),
    ],
)
def test_a_participle_lead_after_a_title_case_dateline(text: str, people: tuple[str, ...]) -> None:
    """After "Havana, Mar 10 (EFE).- ", "Following talks with A, B said" tells B met A."""
    assert _pairs(text, date(2016, 3, 10) if text.startswith("Havana") else _PUBLISHED) == [people]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "ACCRA, May 16 - The Liberian Foreign Minister, Joseph Kollie, was met on Tuesday "
                "by President Kwame Boateng at the Jubilee House."
            ),
            ("Joseph Kollie", "Kwame Boateng"),
        ),
        (
            (
                "SEOUL, May 16 - The visiting Australian minister, Greg Holloway, was met by "
                "Foreign Minister Choi Min-jun on Wednesday for talks on defence exports."
            ),
            ("Choi Min-jun", "Greg Holloway"),
        ),
        (
            (
                "ISLAMABAD, May 16 (APP) - Turkish Foreign Minister Mevlut Aydin was received "
                "here on Wednesday by Prime Minister Imran Qazi."
            ),
            ("Imran Qazi", "Mevlut Aydin"),
        ),
    ],
)
def test_was_met_by_and_received_here_by(text: str, people: tuple[str, ...]) -> None:
    """The passive "A was met (here, on Tuesday) by B" tells that B met A."""
    assert _pairs(text) == [people]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "LIMA, May 16 - The Aguirre-Bustamante talks on Tuesday produced an accord on "
                "river water, officials said. Peruvian Foreign Minister Lucia Aguirre and "
                "Ecuadorean Foreign Minister Pablo Bustamante signed it at the ministry."
            ),
            ("Lucia Aguirre", "Pablo Bustamante"),
        ),
        (
            (
                "The Sandoval-Ould Bakar summit in Nouakchott on Monday was cut short. Spanish "
                "Prime Minister Elena Sandoval and Mauritanian President Sidi Ould Bakar spoke to "
                "reporters."
            ),
            ("Elena Sandoval", "Sidi Ould Bakar"),
        ),
    ],
)
def test_the_surname_pair_talks_with_the_people_named_next(
    text: str, people: tuple[str, ...]
) -> None:
    """The "A-B talks", its two people named in the next sentence."""
    assert _pairs(text) == [people]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "RIYADH, May 16 - The French ambassador, Olivier Ravel, had an audience on "
                "Wednesday with Prime Minister Salim Haddad."
            ),
            ("Olivier Ravel", "Salim Haddad"),
        ),
        (
            (
                "AMMAN, May 16 - Foreign Minister Nasser Jabri was granted an audience by King "
                "Talal bin Ghazi on Tuesday."
            ),
            ("Nasser Jabri", "Talal bin Ghazi"),
        ),
        (
            (
                "MADRID - The Moroccan envoy, Karim Bennis, was given a private audience on "
                "Monday by Prime Minister Luis Ortega."
            ),
            ("Karim Bennis", "Luis Ortega"),
        ),
    ],
)
def test_an_audience_with_a_day_between_and_an_audience_granted_by(
    text: str, people: tuple[str, ...]
) -> None:
    """An audience "on Wednesday with A", or one "granted by A"."""
    assert _pairs(text) == [people]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "DAKAR, May 16 - Talks with Gambian President Lamin Ceesay on Tuesday were "
                '"very productive", Senegalese President Moussa Ndoye said on Wednesday.'
            ),
            ("Lamin Ceesay", "Moussa Ndoye"),
        ),
        (
            (
                "NAIROBI, May 16 - Wednesday's meeting with Tanzanian President Joseph Mrema was "
                "frank and useful, President Peter Njoroge told reporters."
            ),
            ("Joseph Mrema", "Peter Njoroge"),
        ),
    ],
)
def test_talks_judged_by_the_speaker_who_held_them(text: str, people: tuple[str, ...]) -> None:
    """In "Talks with A were productive, B said", B met A."""
    assert _pairs(text) == [people]


def test_talks_with_a_group_judged_by_a_speaker_are_no_meeting_of_two() -> None:
    """In "Talks with the rebels were stalled, A said" no second person is named."""
    assert (
        _pairs(
            "NAIROBI, May 16 - Talks with the rebels were stalled, President Peter Njoroge said."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "KAMPALA, May 16 - Talks between the Ugandan and Rwandan delegations, led by "
                "Defence Minister Samuel Okwir and Defence Minister Eric Mutabazi, resumed on "
                "Tuesday at the Speke Resort."
            ),
            ("Eric Mutabazi", "Samuel Okwir"),
        ),
        (
            (
                "HARARE, May 16 - Negotiations between the two delegations, headed by Foreign "
                "Minister Tinashe Moyo and Foreign Minister Joao Bento, opened on Wednesday."
            ),
            ("Joao Bento", "Tinashe Moyo"),
        ),
        (
            (
                "CAIRO - Consultations between the Egyptian and Sudanese teams, headed "
                "respectively by Foreign Minister Sameh Lotfy and Foreign Minister Ali Karti "
                "Osman, ended on Monday."
            ),
            ("Ali Karti Osman", "Sameh Lotfy"),
        ),
    ],
)
def test_talks_between_delegations_led_by_their_heads(text: str, people: tuple[str, ...]) -> None:
    """In "Talks between the X and Y delegations, led by A and B", A and B met."""
    assert _pairs(text) == [people]


def test_a_third_leader_who_also_joined_a_call() -> None:
    """A video call between A and B "also joined by C" is one call of three."""
    text = (
        "PARIS, May 16 - A video call between President Jean Marbot and Chancellor Ulrich "
        "Haas on Tuesday, also joined by Italian Prime Minister Sergio Colombo, dealt with "
        "energy prices."
    )
    assert _pairs(text) == [("Jean Marbot", "Sergio Colombo", "Ulrich Haas")]


@pytest.mark.parametrize(
    "text",
    [
        (
            "NAIROBI - Church leaders urged President Peter Njoroge and opposition leader "
            "Samuel Omondi to meet to end the standoff."
        ),
        (
            "BRUSSELS - The EU called on Prime Minister Ivo Brankovic to hold talks with "
            "President Arben Krasniqi."
        ),
        (
            "JUBA - The African Union encouraged President Paul Mabior to meet Vice President "
            "James Lueth on Friday."
        ),
        (
            "JUBA - Diplomats pressed President Paul Mabior and Vice President James Lueth to "
            "meet before the vote."
        ),
    ],
)
def test_a_call_on_others_to_meet_is_no_meeting(text: str) -> None:
    """A call on others to meet ("urged A and B to meet") tells no meeting."""
    assert _pairs(text) == []


def test_a_trip_to_meet_after_a_clause_that_urges_stays_a_meeting() -> None:
    """In "A, who urged Japan to cooperate, will travel to Tokyo to meet B", A plans to meet B."""
    text = (
        "SEOUL - Foreign Minister Choi Min-jun, who urged Japan to cooperate, will travel to "
        "Tokyo to meet Prime Minister Kenji Aoki on Friday."
    )
    assert _pairs(text) == [("Choi Min-jun", "Kenji Aoki")]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "LISBON - Portuguese Prime Minister Rui Montenegro met Spanish Prime Minister Ana "
                "Ortega on Tuesday."
            ),
            ("Ana Ortega", "Rui Montenegro"),
        ),
        (
            "WASHINGTON - Senator Clara Jordan met Foreign Minister Karim Nasser on Tuesday.",
            ("Clara Jordan", "Karim Nasser"),
        ),
        (
            "DUBLIN - Prime Minister Gareth Wales met Irish Taoiseach Sean Holland on Monday.",
            ("Gareth Wales", "Sean Holland"),
        ),
    ],
)
def test_a_surname_that_is_a_country_name(text: str, people: tuple[str, ...]) -> None:
    """In "Prime Minister Rui Montenegro" the country's name ends the person's name."""
    assert _pairs(text) == [people]


def test_leaders_of_countries_named_in_the_next_sentence() -> None:
    """The leaders of three countries named in the next sentence are the meeting's people."""
    text = (
        "WARSAW - The leaders of Germany, France and Poland began a three-way meeting on "
        "Monday. Chancellor Karl Bremer, President Louis Dufort and President Jan Wozniak "
        "posed for photographs before the session."
    )
    assert _pairs(text) == [("Jan Wozniak", "Karl Bremer", "Louis Dufort")]


def test_leaders_of_countries_with_fewer_people_named_next_are_not_read() -> None:
    """Three countries' ministers, one minister named next: no meeting of one."""
    text = (
        "LIMA - The foreign ministers of Chile, Peru and Bolivia held talks on Monday. "
        "Foreign Minister Ana Soto said the talks were useful."
    )
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "MOSCOW - Igor Ryabov, Russia's foreign minister, and Hossein Ghasemi, Iran's "
                "foreign minister, met on Monday."
            ),
            ("Hossein Ghasemi", "Igor Ryabov"),
        ),
        (
            (
                "LIMA - Lucia Aguirre, Peru's president, and Pablo Bustamante, Ecuador's "
                "president, held talks at the border on Monday."
            ),
            ("Lucia Aguirre", "Pablo Bustamante"),
        ),
    ],
)
def test_two_people_each_with_an_apposition_met(text: str, people: tuple[str, ...]) -> None:
    """In "A, Russia's foreign minister, and B, Iran's foreign minister, met", both met."""
    assert _pairs(text) == [people]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "ADDIS ABABA - Ethiopian Prime Minister Dawit Alemu on Monday met a delegation "
                "of U.S. senators led by Senator Clara Jordan."
            ),
            ("Clara Jordan", "Dawit Alemu"),
        ),
        (
            (
                "ACCRA - President Kwame Boateng received a delegation of U.K. business leaders "
                "headed by Trade Minister Andrew Hollis on Tuesday."
            ),
            ("Andrew Hollis", "Kwame Boateng"),
        ),
    ],
)
def test_a_delegation_with_an_abbreviation_before_its_head(
    text: str, people: tuple[str, ...]
) -> None:
    """The stops of "U.S." do not end "a delegation of U.S. senators led by A"."""
    assert _pairs(text) == [people]
