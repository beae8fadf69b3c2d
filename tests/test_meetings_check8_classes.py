"""Meeting classes read from the retired ninth blind set (check8), in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_DAY = date(2026, 2, 19)  # a Thursday


def _meetings(text: str, published: date = _DAY) -> list[tuple[tuple[str, ...], str, str | None]]:
    article = diplomeet.parse(text, published=published)
    return [
        (tuple(p.name for p in m.participants), m.status, m.when.value if m.when else None)
        for m in article.meetings
    ]


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        (
            "President Jane Doe received on Monday German Foreign Minister Hans Muller.",
            ("Jane Doe", "Hans Muller"),
            "2026-02-16",
        ),
        (
            (
                "Emir Tamim Al-Rashed received at Seif Palace on Thursday Iraqi Foreign Minister "
                "Hassan Ali Jaberi, who conveyed a written message."
            ),
            ("Tamim Al-Rashed", "Hassan Ali Jaberi"),
            "2026-02-19",
        ),
        (
            "King Tomas Verhaal welcomed on Friday Chinese Premier Li Wenbo at the palace.",
            ("Tomas Verhaal", "Li Wenbo"),
            "2026-02-13",
        ),
    ],
)
def test_the_object_after_a_day_with_no_article(
    text: str, names: tuple[str, ...], when: str
) -> None:
    """A wire's 'received [at X] on Monday German Foreign Minister A': A is the one received."""
    assert (names, "held", when) in _meetings(text)


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        (
            (
                "Prime Minister Ahmad Al-Fares met Iraqi envoy Ali Hassan. Iraqi Prime Minister "
                "Karim Al-Obeidi invited the Prime Minister to visit Baghdad in April."
            ),
            ("Karim Al-Obeidi", "Ahmad Al-Fares"),
            "2026-04",
        ),
        (
            (
                "Chancellor Eva Lind spoke to reporters in Vienna on Monday. Czech Chancellor "
                "Pavel Novak later telephoned the chancellor to discuss the gas pipeline."
            ),
            ("Pavel Novak", "Eva Lind"),
            "2026-02-16",
        ),
        (
            (
                "President Ana Reyes arrived in Asuncion on Sunday. On Monday, Paraguayan "
                "President Luis Benitez hosted the president at the Palacio de Lopez."
            ),
            ("Luis Benitez", "Ana Reyes"),
            "2026-02-16",
        ),
    ],
)
def test_an_office_in_the_clause_of_another_holder_is_the_other_one(
    text: str, names: tuple[str, ...], when: str
) -> None:
    """'Iraqi Prime Minister A invited the Prime Minister': the other prime minister, not A."""
    found = _meetings(text)
    assert any(set(m[0]) == set(names) and m[2] == when for m in found), found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Prime Minister Arvind Kale and President Ahmed Nasir held restricted and "
                "delegation-level talks at Hyderabad House on Thursday."
            ),
            ("Arvind Kale", "Ahmed Nasir"),
        ),
        (
            (
                "President Ana Reyes and Chancellor Hans Muller held one-on-one and expanded talks "
                "in Lima on Thursday."
            ),
            ("Ana Reyes", "Hans Muller"),
        ),
        (
            (
                "Foreign Minister Eva Lind and her Latvian counterpart Janis Ozols held formal and "
                "informal consultations in Riga on Thursday."
            ),
            ("Eva Lind", "Janis Ozols"),
        ),
    ],
)
def test_talks_with_two_joined_modifiers(text: str, names: tuple[str, ...]) -> None:
    """'held restricted and delegation-level talks': two kinds of talks are talks."""
    assert (names, "held", "2026-02-19") in _meetings(text)


def _people(text: str, published: date = _DAY) -> list[tuple[tuple[str | None, ...], ...]]:
    article = diplomeet.parse(text, published=published)
    return [tuple((p.name, p.title, p.country) for p in m.participants) for m in article.meetings]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            (
                "Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan "
                "Expatriates, Youssef Bennani, held talks on Thursday in Rabat with Minister of "
                "Foreign Affairs, Cooperation and Mauritanians Abroad, Ahmed Ould Sidi, who is on "
                "a working visit."
            ),
            ("Youssef Bennani", "MA"),
            ("Ahmed Ould Sidi", "MR"),
        ),
        (
            (
                "The Minister of Foreign Affairs, Regional Integration and Togolese Abroad, "
                "Robert Amegah, received on Thursday the Minister for Foreign Affairs and Trade, "
                "Julia Kovacs."
            ),
            ("Robert Amegah", "TG"),
            ("Julia Kovacs", None),
        ),
        (
            (
                "Lome - Minister of Economy, Finance and Budget, Paul Sessou, met Minister of "
                "Trade, Industry and Tourism, Akua Mensah, in Accra on Thursday."
            ),
            ("Paul Sessou", None),
            ("Akua Mensah", None),
        ),
    ],
)
def test_a_ministry_of_several_portfolios_set_off_by_commas(
    text: str, first: tuple[str, str | None], second: tuple[str, str | None]
) -> None:
    """'Minister of A, B and C, Name,': the portfolios run on to the name after the last comma."""
    found = _people(text)
    assert len(found) == 1, found
    (a, b) = found[0]
    assert (a[0], a[2]) == first
    assert (b[0], b[2]) == second
    assert a[1] is not None
    assert a[1].count(",") >= 1  # the whole office, not its first portfolio only


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "The President was accompanied by the Minister of Foreign Affairs, Ms. Mariyam "
                "Shareef. External Affairs Minister Rohan Mehta called on the President. On the "
                "same day, the External Affairs Minister and the Foreign Minister of Maldives "
                "co-chaired the Joint Commission in New Delhi."
            ),
            ("Rohan Mehta", "Mariyam Shareef"),
        ),
        (
            (
                "Chancellor Hans Muller arrived with the Minister for Foreign Affairs, Greta "
                "Vogel. On Thursday the foreign minister met Spanish Foreign Minister Pablo Ruiz "
                "in Madrid."
            ),
            ("Greta Vogel", "Pablo Ruiz"),
        ),
        (
            (
                "Minister of Defence Ivan Petrov flew to Sofia on Wednesday. Bulgarian Prime "
                "Minister Dimitar Kolev received the defence minister on Thursday."
            ),
            ("Dimitar Kolev", "Ivan Petrov"),
        ),
    ],
)
def test_an_office_written_the_other_way_is_the_same_office(
    text: str, names: tuple[str, ...]
) -> None:
    """'the Foreign Minister' is the 'Minister of Foreign Affairs' named before."""
    assert any(set(names) == {p[0] for p in m} for m in _people(text))


def test_the_minister_of_a_country_is_no_prime_minister() -> None:
    """'the Mauritanian minister' is the Mauritanian foreign minister, not its prime minister."""
    text = (
        "Foreign Minister Ahmed Ould Sidi of Mauritania met Moroccan Foreign Minister Youssef "
        "Bennani in Rabat on Tuesday. Mauritanian Prime Minister Salem Ould Baba sent a "
        "message. On Thursday, the Mauritanian minister is due to hold talks with the Minister "
        "of Equipment, Nabil Tazi."
    )
    found = [{p[0] for p in m} for m in _people(text)]
    assert {"Ahmed Ould Sidi", "Nabil Tazi"} in found
    assert {"Salem Ould Baba", "Nabil Tazi"} not in found


@pytest.mark.parametrize(
    ("text", "names", "status", "when"),
    [
        (
            (
                "The two ministers agreed that the Commission will meet in Nouakchott next "
                "November, under the co-chairmanship of Head of Government Abdellatif Lahlou and "
                "Mauritanian Prime Minister Salem Ould Baba."
            ),
            ("Abdellatif Lahlou", "Salem Ould Baba"),
            "planned",
            "2026-11",
        ),
        (
            (
                "The joint commission will meet in Nouakchott in November, co-chaired by Prime "
                "Minister Ali Ben Salah and Algerian Prime Minister Karim Haddad."
            ),
            ("Ali Ben Salah", "Karim Haddad"),
            "planned",
            "2026-11",
        ),
        (
            (
                "The intergovernmental council is to convene in Hanoi in March under the "
                "co-chairmanship of Deputy Prime Minister Tran Van Minh and Lao Deputy Prime "
                "Minister Somsak Vongsa."
            ),
            ("Tran Van Minh", "Somsak Vongsa"),
            "planned",
            "2027-03",
        ),
    ],
)
def test_a_body_meeting_chaired_by_two(
    text: str, names: tuple[str, ...], status: str, when: str
) -> None:
    """A body that 'will meet ..., co-chaired by A and B' (or 'under the co-chairmanship of')."""
    assert (names, status, when) in _meetings(text, date(2026, 9, 8))


@pytest.mark.parametrize(
    "second",
    [
        (
            "The two sides discussed the detention of three Indian fishing vessels by the coast "
            "guard in December 2025 and welcomed their release."
        ),
        (
            "The two leaders discussed the arrest of two fishermen by the navy in November and "
            "welcomed their release."
        ),
    ],
)
def test_a_dated_event_in_the_topic_before_a_second_verb(second: str) -> None:
    """'discussed the detention of ... in December and welcomed': December is the detention's."""
    text = (
        "President Ahmed Nasir met Prime Minister Arvind Kale in New Delhi on Thursday. " + second
    )
    assert _meetings(text, date(2026, 1, 30)) == [
        (("Ahmed Nasir", "Arvind Kale"), "held", "2026-01-29")
    ]


def test_they_after_a_group_that_opened_the_sentence() -> None:
    """'The two ministers agreed ... under the co-chairmanship of A and B. They had last met'."""
    text = (
        "Foreign Minister Karim Alaoui met Foreign Minister Ahmed Ould Sidi in Rabat on Tuesday. "
        "The two ministers agreed that the Commission will meet in Nouakchott next November, "
        "under the co-chairmanship of Prime Minister Abdellatif Lahlou and Mauritanian Prime "
        "Minister Salem Ould Baba. They had last met in July in Malabo."
    )
    assert (("Karim Alaoui", "Ahmed Ould Sidi"), "held", "2026-07") in _meetings(
        text, date(2026, 9, 8)
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Foreign Secretary Masud Karim led the Bangladesh delegation at the talks in "
                "Dhaka on Thursday, while Indian Foreign Secretary Anand Rao led the Indian side."
            ),
            ("Masud Karim", "Anand Rao"),
        ),
        (
            (
                "Deputy Foreign Minister Ivan Petrov headed the Russian delegation at the "
                "consultations in Geneva on Thursday, and Under Secretary Mark Hale led the US "
                "team."
            ),
            ("Ivan Petrov", "Mark Hale"),
        ),
        (
            (
                "Vice Minister Chen Hao led the Chinese side at the negotiations, held at a hotel "
                "in Hanoi on Thursday, while Deputy Foreign Minister Nguyen Lan led her country's "
                "delegation."
            ),
            ("Chen Hao", "Nguyen Lan"),
        ),
    ],
)
def test_two_heads_of_delegations_at_talks(text: str, names: tuple[str, ...]) -> None:
    """'A led the X side at the talks, while B led his country's delegation': A meets B."""
    assert (names, "held", "2026-02-19") in _meetings(text)


def test_a_commission_co_chaired_then_to_be_held() -> None:
    """'the commission, co-chaired by A and B, will be held in September' is planned."""
    text = (
        "The foreign secretaries agreed that the next Joint Consultative Commission, co-chaired "
        "by Foreign Minister Shamsul Haque and Indian External Affairs Minister Suresh Rao, will "
        "be held in New Delhi in September."
    )
    assert (("Shamsul Haque", "Suresh Rao"), "planned", "2026-09") in _meetings(text)


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        (
            (
                "President Mwila Banda spoke by telephone on Monday night with President Kgosi "
                "Molefe of Botswana."
            ),
            ("Mwila Banda", "Kgosi Molefe"),
            "2026-02-16",
        ),
        (
            (
                "Prime Minister Ana Lind spoke by phone on Tuesday evening with Chancellor Hans "
                "Muller."
            ),
            ("Ana Lind", "Hans Muller"),
            "2026-02-17",
        ),
        (
            (
                "Foreign Minister Eva Lind held a video call last Friday morning with her Latvian "
                "counterpart Janis Ozols."
            ),
            ("Eva Lind", "Janis Ozols"),
            "2026-02-13",
        ),
    ],
)
def test_a_call_on_a_day_and_its_part_before_with(
    text: str, names: tuple[str, ...], when: str
) -> None:
    """'spoke by telephone on Monday night with A': the part of the day before 'with'."""
    assert (names, "held", when) in _meetings(text)


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            (
                "President Ana Reyes, who received General Olu Adeyemi of Nigeria and Mr Douglas "
                "Harcourt of Australia at State House, said the talks went well."
            ),
            "Douglas Harcourt",
        ),
        ("Mrs Paris Vance met Foreign Minister Lincoln Hale in Ottawa on Thursday.", "Paris Vance"),
        ("Chancellor Hans Muller received Dr Florence Obi in Berlin on Thursday.", "Florence Obi"),
    ],
)
def test_a_given_name_after_a_courtesy_title_that_a_city_bears(text: str, guest: str) -> None:
    """'Mr Douglas Harcourt', 'Mrs Paris Vance': after Mr, Mrs or Dr the word is a given name."""
    assert any(guest in m[0] for m in _meetings(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Foreign Minister Karim Alaoui met Ahmed Ould Sidi in Rabat on Tuesday. Mr. Alaoui "
                "said he had discussed the attack by telephone on Sunday with his Malian "
                "counterpart, Moussa Diarra, who assured him that the authorities would act."
            ),
            ("Karim Alaoui", "Moussa Diarra"),
        ),
        (
            (
                "Foreign Minister Ana Reyes met Chancellor Hans Muller on Tuesday. Reyes said she "
                "had discussed the bombing by phone on Sunday with her Chilean counterpart, Jorge "
                "Vidal, who promised help."
            ),
            ("Ana Reyes", "Jorge Vidal"),
        ),
    ],
)
def test_a_call_day_after_the_topic_told_by_telephone(text: str, names: tuple[str, ...]) -> None:
    """'discussed the attack by telephone on Sunday with A': Sunday is the call's day."""
    assert (names, "held", "2026-02-15") in _meetings(text)


def _sets(text: str, published: date = _DAY) -> list[tuple[frozenset[str], str | None]]:
    return [(frozenset(m[0]), m[2]) for m in _meetings(text, published)]


@pytest.mark.parametrize(
    ("text", "visitor", "hosts"),
    [
        (
            (
                "US special envoy Daniel Hirsch met President Elias Karam and Speaker Ali Hamdan "
                "in Beirut on Thursday."
            ),
            "Daniel Hirsch",
            ("Elias Karam", "Ali Hamdan"),
        ),
        (
            (
                "Chinese Foreign Minister Wang Lei met President Ana Reyes and Prime Minister Luis "
                "Prado in Lima on Thursday."
            ),
            "Wang Lei",
            ("Ana Reyes", "Luis Prado"),
        ),
        (
            (
                "President Ana Reyes received Foreign Minister Eva Lind on Thursday. Lind had last "
                "visited Lima in June, when she met Reyes and Prime Minister Luis Prado."
            ),
            "Eva Lind",
            ("Ana Reyes", "Luis Prado"),
        ),
    ],
)
def test_a_visitor_meets_the_heads_of_a_state_one_by_one(
    text: str, visitor: str, hosts: tuple[str, ...]
) -> None:
    """'The envoy met President A and Speaker B': one meeting with each head, not a trio."""
    found = [s for s, _ in _sets(text)]
    for host in hosts:
        assert frozenset({visitor, host}) in found
    assert frozenset({visitor, *hosts}) not in found


def test_a_plan_to_meet_the_heads_of_a_state_stays_one_meeting() -> None:
    """'expects to meet President A and Prime Minister B in Beirut on 10 March': one stop."""
    text = (
        "UN Secretary-General Maria Ortiz will travel to Lebanon next month, and expects to "
        "meet President Elias Karam and Prime Minister Karim Salem in Beirut on 10 March."
    )
    found = [s for s, _ in _sets(text)]
    assert frozenset({"Maria Ortiz", "Elias Karam", "Karim Salem"}) in found


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        (
            (
                "The US special envoy met President Elias Karam on Wednesday. BEIRUT - US special "
                "envoy Daniel Hirsch wrapped up a two-day visit to Beirut on Thursday."
            ),
            {"Daniel Hirsch", "Elias Karam"},
            "2026-02-18",
        ),
        (
            (
                "The German chancellor held talks with Prime Minister Ana Lind in Oslo on Monday. "
                "German Chancellor Hans Muller then flew to Copenhagen."
            ),
            {"Hans Muller", "Ana Lind"},
            "2026-02-16",
        ),
    ],
)
def test_an_office_told_before_its_name(text: str, names: set[str], when: str) -> None:
    """A standfirst's 'The US special envoy met A', the envoy named in the next sentence."""
    assert (frozenset(names), when) in _sets(text)


def test_a_place_of_the_event_after_after_is_not_the_meetings() -> None:
    """'met A on Wednesday, two days after a drone strike killed two men in Nabatieh'."""
    text = (
        "US special envoy Daniel Hirsch met President Elias Karam on Wednesday, two days after "
        "a drone strike killed two men in Nabatieh."
    )
    article = diplomeet.parse(text, published=_DAY)
    assert [m.place for m in article.meetings] == [None]


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        (
            (
                "US special envoy Daniel Hirsch wrapped up a visit to Beirut on Thursday with a "
                "meeting with Prime Minister Karim Salem, after talks with President Elias Karam "
                "the day before."
            ),
            {"Daniel Hirsch", "Elias Karam"},
            "2026-02-18",
        ),
        (
            (
                "Foreign Minister Eva Lind returned to Tallinn on Friday after talks with Latvian "
                "Foreign Minister Janis Ozols the day before."
            ),
            {"Eva Lind", "Janis Ozols"},
            "2026-02-12",
        ),
    ],
)
def test_the_day_before_closing_the_meetings_clause(text: str, names: set[str], when: str) -> None:
    """'after talks with A the day before.': the day before the sentence's day is theirs."""
    assert (frozenset(names), when) in _sets(text)


@pytest.mark.parametrize(
    "second",
    [
        "On Tuesday the two leaders spoke to El Comercio about the plan.",
        "On Wednesday the two leaders spoke to Radio Programas about the border.",
    ],
)
def test_speaking_to_a_newspaper_is_no_meeting(second: str) -> None:
    """'the two leaders spoke to El Comercio': no one is met, the leaders not again."""
    text = "President Ana Reyes met Chancellor Hans Muller in Lima on Monday. " + second
    assert _sets(text) == [(frozenset({"Ana Reyes", "Hans Muller"}), "2026-02-16")]


@pytest.mark.parametrize(
    ("text", "names", "status"),
    [
        (
            (
                "Salles announced that the foreign ministers of the two countries, Augusto "
                "Velarde of Peru and Marcelo Cordero of Ecuador, would meet in Brasilia next "
                "week."
            ),
            {"Augusto Velarde", "Marcelo Cordero"},
            "planned",
        ),
        (
            (
                "The defence ministers of both nations, Ivan Petrov of Bulgaria and Mihai Popa of "
                "Romania, met in Ruse on Monday."
            ),
            {"Ivan Petrov", "Mihai Popa"},
            "held",
        ),
        (
            (
                "The presidents of the two states, Ana Reyes of Chile and Luis Prado of Bolivia, "
                "will meet in La Paz in March."
            ),
            {"Ana Reyes", "Luis Prado"},
            "planned",
        ),
    ],
)
def test_names_in_apposition_to_the_officials_of_the_two_countries(
    text: str, names: set[str], status: str
) -> None:
    """'the foreign ministers of the two countries, A of Peru and B of Ecuador, would meet'."""
    found = [(set(m[0]), m[1]) for m in _meetings(text)]
    assert (names, status) in found


@pytest.mark.parametrize(
    ("text", "caller", "called"),
    [
        (
            (
                "Secretary of State Howard Lindquist telephoned President Alfonso Carrion and "
                "President Manuel Arriola on Tuesday and urged both to accept a truce."
            ),
            "Howard Lindquist",
            ("Alfonso Carrion", "Manuel Arriola"),
        ),
        (
            (
                "Foreign Minister Eva Lind phoned her Latvian counterpart Janis Ozols and "
                "Lithuanian Foreign Minister Rasa Petraite on Tuesday."
            ),
            "Eva Lind",
            ("Janis Ozols", "Rasa Petraite"),
        ),
    ],
)
def test_phoning_two_people_is_two_calls(text: str, caller: str, called: tuple[str, ...]) -> None:
    """'telephoned A and B on Tuesday': a call to each."""
    found = [s for s, _ in _sets(text)]
    for person in called:
        assert frozenset({caller, person}) in found


def test_a_joint_phone_call_stays_one() -> None:
    """'rang A and B in a joint phone call': one call of three."""
    text = (
        "Prime Minister Ana Lind rang Chancellor Hans Muller and President Juan Soto in a joint "
        "phone call on Monday."
    )
    assert [s for s, _ in _sets(text)] == [frozenset({"Ana Lind", "Hans Muller", "Juan Soto"})]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Deputy Foreign Minister Jorge Tello met his Ecuadorian counterpart, Diego Paredes, "
            "with representatives of the guarantors of the 1942 Rio Protocol."
        ),
        "President Ana Reyes met Chancellor Hans Muller to review the 2012 navigation agreement.",
    ],
)
def test_a_year_as_an_adjective_dates_no_meeting(text: str) -> None:
    """'the 1942 Rio Protocol': the protocol's year, not the meeting's."""
    assert [when for _, when in _sets(text)] == [None]


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        (
            (
                "Foreign Minister Margus Tamm told ERR News that he had briefed NATO Secretary "
                "General Lars Brekke by phone on Monday evening."
            ),
            {"Margus Tamm", "Lars Brekke"},
            "2026-02-16",
        ),
        (
            (
                "President Ana Reyes thanked Chancellor Hans Muller by telephone on Friday for the "
                "aid."
            ),
            {"Ana Reyes", "Hans Muller"},
            "2026-02-13",
        ),
        (
            "Chancellor Hans Muller congratulated President-elect Ana Reyes by phone on Sunday.",
            {"Hans Muller", "Ana Reyes"},
            "2026-02-15",
        ),
    ],
)
def test_a_verb_of_speech_by_phone_is_a_call(text: str, names: set[str], when: str) -> None:
    """'briefed A by phone on Monday evening', 'thanked B by telephone': a call."""
    assert (frozenset(names), when) in _sets(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "Indonesian Foreign Minister Arief Santoso arrived on Sunday. On Monday, the "
                "Indonesian minister and Foreign Minister Kamal Prasad signed a memorandum of "
                "understanding on maritime cooperation at a hotel in Suva."
            ),
            {"Arief Santoso", "Kamal Prasad"},
        ),
        (
            (
                "President Ana Reyes signed a trade agreement with Chancellor Hans Muller in Lima "
                "on Tuesday."
            ),
            {"Ana Reyes", "Hans Muller"},
        ),
        (
            (
                "Prime Minister Eva Lind and Prime Minister Mika Rautio signed two accords on "
                "energy in Helsinki on Tuesday."
            ),
            {"Eva Lind", "Mika Rautio"},
        ),
    ],
)
def test_people_who_sign_an_agreement_together_meet(text: str, names: set[str]) -> None:
    """'A and B signed a memorandum', 'A signed an agreement with B'."""
    assert frozenset(names) in [s for s, _ in _sets(text)]


def test_countries_that_signed_a_treaty_long_ago_do_not_meet() -> None:
    """'Peru and Chile signed a border treaty in 1929': no people, no meeting."""
    assert _sets("Peru and Chile signed a border treaty in 1929.") == []


def test_a_meeting_since_they_signed_is_placed_by_its_own_clause() -> None:
    """'... in Brussels ..., their first meeting since they signed it at X': not Brussels."""
    text = (
        "Dr Colm Reilly and Mrs Ella Hart are expected to meet in Brussels at the end of the "
        "month, their first meeting since they signed the agreement in Belfast last November."
    )
    article = diplomeet.parse(text, published=date(1986, 5, 3))
    held = [m for m in article.meetings if m.status == "held"]
    assert [m.place.name if m.place else None for m in held] == ["Belfast"]
