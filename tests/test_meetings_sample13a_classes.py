"""Classes read from the development sample sample13a, in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from conftest import meetings_read
from extraction_helpers import quoted_statements, speaker_in

_DAY = date(2026, 9, 15)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "MINISTRY OF FOREIGN AFFAIRS AND TRADE\n\n"
                "Apia, Samoa - 15 September 2026\n\n"
                "The Minister, Hon. Lemalu Tavita Ioane, held talks on 14 September with the "
                "Minister of Foreign Affairs of Tonga, Hon. Sione Fifita. Minister Fifita "
                "thanked Samoa for its support.\n\n"
                "The Minister then met with the Minister of Foreign Affairs of Tuvalu, Hon. "
                "Petelo Leota."
            ),
            ("Lemalu Tavita Ioane", "Petelo Leota"),
        ),
        (
            (
                "OFFICE OF THE PRESIDENT\n\n"
                "Accra, 15 September 2026\n\n"
                "The President, Mr. Kwabena Asante-Mills, received the President of Togo, Mr. "
                "Yao Dogbe, at Jubilee House on Monday. President Dogbe was on a one-day visit.\n\n"
                "The President also received the Vice-President of Nigeria, Mr. Ibrahim Sule."
            ),
            ("Kwabena Asante-Mills", "Ibrahim Sule"),
        ),
        (
            (
                "PRESS RELEASE\n\n"
                "PRIME MINISTER MEETS FIJIAN COUNTERPART\n\n"
                "Port Moresby, 15 September 2026\n\n"
                "The Prime Minister, Hon. Peter Kaiwi, met the Prime Minister of Fiji, Hon. "
                "Sami Tuilagi, on Monday. Prime Minister Tuilagi thanked Papua New Guinea for "
                "its help.\n\n"
                "The Prime Minister will pay a courtesy call on the Governor-General, Sir "
                "Robert Manau, today."
            ),
            ("Peter Kaiwi", "Robert Manau"),
        ),
    ],
)
def test_a_releases_bare_office_is_its_own_principal(text: str, pair: tuple[str, str]) -> None:
    """'The Minister, Hon. A,' then 'The Minister then met B': A, not the last minister named."""
    found = [names for _, names in meetings_read(text, _DAY)]
    assert any(set(names) == set(pair) for names in found), found


def test_a_bare_office_with_an_of_phrase_is_not_the_principal() -> None:
    """'the Prime Minister of Vanuatu' is another holder than the release's own."""
    text = (
        "Suva, 15 September 2026\n\n"
        "The Prime Minister, Hon. Jone Vakaloloma, met the Prime Minister of Vanuatu, Hon. "
        "Kalsakau Tari, on Monday.\n\n"
        "The Prime Minister of Vanuatu later met the President of Kiribati, Mr. Teuea Kiri."
    )
    found = [set(names) for _, names in meetings_read(text, _DAY)]
    assert {"Jone Vakaloloma", "Teuea Kiri"} not in found


def test_a_releases_principal_speaks_as_the_bare_office() -> None:
    """'The Prime Minister stated that "..."' after another prime minister: the principal."""
    text = (
        "Nuku'alofa, 15 September 2026\n\n"
        "The Prime Minister, Hon. Viliami Hufanga, met the Prime Minister of Niue, Hon. "
        "Toke Talagi-Hetutu, on Monday. Prime Minister Talagi-Hetutu spoke about fisheries.\n\n"
        'The Prime Minister stated that "the ocean is our common field."'
    )
    found = quoted_statements(text, _DAY, "Readout")
    assert speaker_in(found, "common field") == "Viliami Hufanga"


def _held(text: str) -> dict[frozenset[str], tuple[str | None, str | None]]:
    """The held meetings of ``text``: people's surnames -> (place, day)."""
    article = diplomeet.parse(text, published=_DAY)
    return {
        frozenset(p.name.split()[-1] for p in m.participants): (
            m.place.name if m.place else None,
            m.when.value if m.when else None,
        )
        for m in article.meetings
        if m.status == "held"
    }


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        (
            (
                "Ministers meet\n\n"
                "Zambian Foreign Minister Mutale Banda held talks with his Malawian counterpart "
                "Grace Phiri in Lusaka on Monday on trade and border roads.\n\n"
                "The ministers agreed to reopen the Mchinji crossing to night traffic and to set "
                "up a joint committee on fuel smuggling.\n\n"
                "The two ministers had last met in Geneva in March.\n\n"
                "Banda then met with Tanzanian Foreign Minister Amani Kiwelu."
            ),
            {"Banda", "Kiwelu"},
            ("Lusaka", "2026-09-14"),
        ),
        (
            (
                "Chumpitaz in Quito\n\n"
                "Peruvian Foreign Minister Rosa Chumpitaz met Ecuadorean President Andrés "
                "Villacís in Quito on Monday to discuss the border.\n\n"
                "The two agreed to open a new crossing at Huaquillas and to share data on river "
                "levels.\n\n"
                "Chumpitaz and Villacís first met in Lima in 2024, when both were legislators.\n\n"
                "Chumpitaz later held talks with Ecuadorean Defence Minister Lucía Andrade."
            ),
            {"Chumpitaz", "Andrade"},
            ("Quito", "2026-09-14"),
        ),
    ],
)
def test_a_recalled_meeting_does_not_break_a_visits_series(
    text: str, pair: set[str], expected: tuple[str, str]
) -> None:
    """'A met B in X on Monday. They last met in May. A then met C': C too in X on Monday."""
    assert _held(text)[frozenset(pair)] == expected


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Ministers meet\n\n"
                "Zambian Foreign Minister Mutale Banda held talks with his Malawian counterpart "
                "Grace Phiri in Lusaka on Monday on trade and border roads.\n\n"
                "The ministers agreed to reopen the Mchinji crossing to night traffic and to set "
                "up a joint committee on fuel smuggling.\n\n"
                "Banda then met with Tanzanian Foreign Minister Amani Kiwelu. Kiwelu invited "
                "Banda to visit Dodoma later this year."
            ),
            {"Banda", "Kiwelu"},
        ),
        (
            (
                "Talks in Dili\n\n"
                "Timorese Prime Minister Jose Soares held talks with Indonesian Foreign "
                "Minister Retno Hadi in Dili on Monday on the land border.\n\n"
                "The two sides agreed to finish marking the last two segments of the border "
                "before the rainy season.\n\n"
                "Soares then received Australian Foreign Minister Claire Dunmore, who invited "
                "him to visit Canberra in December."
            ),
            {"Soares", "Dunmore"},
        ),
    ],
)
def test_a_plan_told_after_talks_neither_dates_nor_places_them(text: str, pair: set[str]) -> None:
    """'A then met C. C invited A to visit Dodoma later this year': the talks are in Lusaka."""
    assert _held(text)[frozenset(pair)] == (
        "Lusaka" if "Lusaka" in text else "Dili",
        "2026-09-14",
    )


@pytest.mark.parametrize(
    ("text", "envoy", "country"),
    [
        (
            (
                "Foreign Minister Olga Vasnetsova today received Japanese Ambassador to Russia "
                "Hiroshi Kanda at the ministry."
            ),
            "Hiroshi Kanda",
            "JP",
        ),
        (
            (
                "Prime Minister Ram Bahadur Thapa met Chinese Ambassador to Nepal Chen Weiming "
                "in Kathmandu on Monday."
            ),
            "Chen Weiming",
            "CN",
        ),
        (
            (
                "Prime Minister Sitiveni Kado met Australian High Commissioner to Fiji Anna Reid "
                "in Suva on Monday."
            ),
            "Anna Reid",
            "AU",
        ),
    ],
)
def test_an_envoy_posted_to_a_country_is_named_after_it(
    text: str, envoy: str, country: str
) -> None:
    """'Japanese Ambassador to Russia Hiroshi Kanda': a Japanese envoy, met by the minister."""
    article = diplomeet.parse(f"Talks\n\n{text}", published=_DAY)
    people = [p for m in article.meetings for p in m.participants]
    assert (envoy, country) in [(p.name, p.country) for p in people]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "At their talks in Moscow on September 2, Russian Foreign Minister Olga "
                "Vasnetsova and Japanese Foreign Minister Ryo Tanabe failed to narrow their "
                "differences."
            ),
            ("Olga Vasnetsova", "Ryo Tanabe"),
        ),
        (
            (
                "At their talks in Lima last week, Peruvian Foreign Minister Ana Rojas and "
                "Bolivian Foreign Minister Juan Quispe agreed on a new border post."
            ),
            ("Ana Rojas", "Juan Quispe"),
        ),
    ],
)
def test_their_talks_opening_a_sentence_are_its_subjects_meeting(
    text: str, pair: tuple[str, str]
) -> None:
    """'At their talks in Moscow on September 2, A and B failed to ...': A met B."""
    assert ("held", pair) in meetings_read(f"Talks\n\n{text}", _DAY)


def test_one_speaker_at_the_talks_is_no_meeting() -> None:
    """'Speaking at the talks in Geneva, A said': no one else is named, no record."""
    text = (
        "Talks\n\nSpeaking at the talks in Geneva, Swiss Foreign Minister Hans Meier said "
        "progress was slow."
    )
    assert meetings_read(text, _DAY) == []


@pytest.mark.parametrize(
    "text",
    [
        (
            "Talks in Ulaanbaatar\n\n"
            "Japanese Foreign Minister Sato Hiroki met Mongolian Foreign Minister Batbold "
            "Tsogt in Ulaanbaatar on Monday. They agreed to arrange a visit to Japan by "
            "Mongolian President Ganzorig Dash in the autumn."
        ),
        (
            "Talks in Hanoi\n\n"
            "Thai Foreign Minister Kanya Srisuk met Vietnamese Foreign Minister Pham Duc Long "
            "in Hanoi on Monday. The two ministers will prepare a visit to Bangkok by "
            "Vietnamese Prime Minister Tran Quoc Minh early next year."
        ),
    ],
)
def test_those_who_arrange_a_visit_by_another_are_not_its_visitors(text: str) -> None:
    """'They agreed to arrange a visit to Japan by A in the autumn': no meeting of theirs then."""
    article = diplomeet.parse(text, published=_DAY)
    assert [m.status for m in article.meetings] == ["held"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Talks in Ulaanbaatar\n\n"
                "Japanese Foreign Minister Sato Hiroki has held talks with his Mongolian "
                "counterpart in Ulaanbaatar.\n\n"
                "Sato met Mongolian Foreign Minister Batbold Tsogt on Monday. The two agreed to "
                "meet again in Tokyo in December.\n\n"
                "Sato later paid a courtesy call on Mongolian Prime Minister Oyun Erdene."
            ),
            {"Hiroki", "Erdene"},
        ),
        (
            (
                "Visit to Lusaka\n\n"
                "Zambian Foreign Minister Mutale Banda held talks with his Malawian counterpart "
                "Grace Phiri in Lusaka on Monday on trade and border roads.\n\n"
                "The two ministers will meet again in Lilongwe in March to sign a transit "
                "accord.\n\n"
                "Phiri later called on Zambian Vice-President Ruth Mwale."
            ),
            {"Phiri", "Mwale"},
        ),
    ],
)
def test_a_plan_told_in_between_does_not_break_a_visits_series(text: str, pair: set[str]) -> None:
    """'A met B on Monday. They will meet again in March. A later called on C': C on Monday."""
    place, when = _held(text)[frozenset(pair)]
    assert place is not None
    assert when == "2026-09-14"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Pass to stay open\n\n"
            "Argentine President Julio Ferreyra and his Chilean counterpart Ana Lagos signed a "
            "protocol to keep the Paso de Jama open through the winter on Monday, after two "
            "hours of talks in Santiago."
        ),
        (
            "Fishing ban extended\n\n"
            "Lao Prime Minister Khamla Vongsa and Cambodian Prime Minister Sok Dara signed an "
            "accord extending the Mekong fishing ban through December on Monday after talks "
            "in Vientiane."
        ),
    ],
)
def test_a_period_through_which_an_accord_runs_does_not_date_the_meeting(text: str) -> None:
    """'signed a protocol to keep the pass open through the winter on Monday': Monday's talks."""
    article = diplomeet.parse(text, published=_DAY)
    assert [m.when.value if m.when else None for m in article.meetings] == ["2026-09-14"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            (
                "Lao Foreign Minister Bounmy Keola and Thai Foreign Minister Chai Rattana held "
                "talks at the Thai Ministry of Foreign Affairs on Monday."
            ),
            "Bangkok",
        ),
        (
            (
                "Polish Deputy Foreign Minister Jan Nowak met Lithuanian Vice-Minister Rasa "
                "Kairyte at the Lithuanian Foreign Ministry on Monday."
            ),
            "Vilnius",
        ),
    ],
)
def test_a_countrys_own_ministry_places_a_meeting_in_its_capital(text: str, city: str) -> None:
    """'held talks at the Thai Ministry of Foreign Affairs': in Bangkok."""
    places = [place for place, _ in _held(f"Talks\n\n{text}").values()]
    assert places == [city]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Port Vila, Vanuatu \u2013 4 August 2026", date(2026, 8, 4)),
        ("Apia, Samoa - 15 September 2026", date(2026, 9, 15)),
        ("Nuku'alofa \u2014 2 March 2026", date(2026, 3, 2)),
    ],
)
def test_a_releases_place_and_date_apart_by_a_dash_date_it(line: str, day: date) -> None:
    """'Port Vila, Vanuatu - 4 August 2026' (any dash) under a release's title is its date."""
    text = (
        "MEDIA RELEASE\n\nPRIME MINISTER MEETS PACIFIC LEADERS\n\n"
        f"{line}\n\nThe Prime Minister met the Prime Minister of Tonga on Monday."
    )
    assert diplomeet.parse(text).source.published == day


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ('The ambassador expressed the "deep regret" of his government.', "deep regret"),
        ('Kanda voiced "serious concern" over the delay.', "serious concern"),
        ('Kanda conveyed the "warm greetings" of the emperor to the minister.', "warm"),
    ],
)
def test_a_quoted_feeling_expressed_is_the_speakers_partial(sentence: str, words: str) -> None:
    """'expressed the "deep regret" of his government', 'voiced "serious concern"': partials."""
    text = (
        "Foreign Minister Olga Vasnetsova received Japanese Ambassador Hiroshi Kanda at the "
        f"ministry on Monday.\n\n{sentence}"
    )
    found = quoted_statements(text, _DAY, "Envoy received")
    assert speaker_in(found, words) == "Hiroshi Kanda"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Joint session\n\n"
                "The governments of Romania and Moldova met in Bucharest on Monday.\n\n"
                "Prime Minister Andrei Stanciu received his Moldovan counterpart Veronica "
                "Cebotari at Victoria Palace in the morning.\n\n"
                '"We will build together," Cebotari said.\n\n'
                "In the afternoon, the Moldovan prime minister is to be received at Cotroceni "
                "Palace by President Radu Margineanu."
            ),
            ("Veronica Cebotari", "Radu Margineanu"),
        ),
        (
            (
                "Visit to Tbilisi\n\n"
                "Armenian Foreign Minister Aram Sarkisyan held talks with Georgian Foreign "
                "Minister Nino Beridze in Tbilisi on Monday.\n\n"
                "The two discussed the rail link across the border.\n\n"
                "Sarkisyan will meet Georgian Prime Minister Levan Kapanadze in the evening."
            ),
            ("Aram Sarkisyan", "Levan Kapanadze"),
        ),
    ],
)
def test_a_plan_told_by_a_part_of_the_day_is_on_the_visits_day(
    text: str, pair: tuple[str, str]
) -> None:
    """'In the afternoon, B is to be received by C': the day of B's meeting told before."""
    article = diplomeet.parse(text, published=_DAY)
    found = {
        tuple(p.name for p in m.participants): m.when.value if m.when else None
        for m in article.meetings
        if m.status == "planned"
    }
    assert found.get(pair) == "2026-09-14", found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The governments of Romania and Moldova held a joint meeting in Bucharest on "
                "Thursday.\n\nThe joint meeting comes a day after Foreign Minister Ioana Dragomir "
                "spoke by phone with her Ukrainian counterpart Oleh Tkachenko about the Danube, "
                "where debris from a drone fell near a village on Monday."
            ),
            "2026-09-16",
        ),
        (
            (
                "Chile and Peru held talks in Lima on Thursday.\n\nThe talks came two days after "
                "the two foreign ministers spoke about the fishing fleet, which was seized off "
                "Arica on Sunday."
            ),
            "2026-09-15",
        ),
    ],
)
def test_a_date_in_a_relative_clause_does_not_anchor_an_offset(text: str, expected: str) -> None:
    """'comes a day after A called B about X, where debris fell on Monday': not Monday's."""
    article = diplomeet.parse(f"Talks\n\n{text}", published=date(2026, 9, 17))
    values = {d.text: d.value for d in article.dates}
    offset = next(v for k, v in values.items() if k.endswith(" after"))
    assert offset == expected


@pytest.mark.parametrize(
    "text",
    [
        (
            "Talks in Seoul\n\n"
            "South Korean Foreign Minister Kang Min-jae held talks with Malaysian Foreign "
            "Minister Aziz Rahman in Seoul on Monday. Malaysia's deputy trade minister, Lim "
            "Wei Chen, and South Korea's Vice Foreign Minister Oh Soo-ah also joined the "
            "talks.\n\n"
            "The two sides agreed to hold a meeting of defence and finance officials in Kuala "
            "Lumpur next month."
        ),
        (
            "Talks in Quito\n\n"
            "Ecuadorean Foreign Minister Rosa Cevallos held talks with Colombian Foreign "
            "Minister Andrés Pardo in Quito on Monday. Colombian Vice-Minister Laura Rincón and "
            "Ecuadorean Vice-Minister Diego Mera also took part.\n\n"
            "The two sides will hold a meeting of senior border officers in Ipiales in October."
        ),
    ],
)
def test_a_meeting_of_officials_the_sides_will_send_is_not_the_last_named_pairs(
    text: str,
) -> None:
    """'The two sides agreed to hold a meeting of defence and finance officials': no pair."""
    article = diplomeet.parse(text, published=_DAY)
    assert [m.status for m in article.meetings] == ["held"]


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "Ferreyra had planned to fly on to Brasilia for talks with President Otavio Braga, "
                "but Brazil's presidency cancelled the appointment on Sunday, citing \"unforeseen "
                'commitments" of the head of state.'
            ),
            "unforeseen",
            "Brazilian Presidency",
        ),
        (
            (
                "Lagos wanted a joint statement, but the Chilean Foreign Ministry dropped the "
                'idea, saying it was "premature."'
            ),
            "premature",
            "Chilean Foreign Ministry",
        ),
    ],
)
def test_a_participle_after_but_is_its_clauses_subjects(
    sentence: str, words: str, speaker: str
) -> None:
    """'A had planned it, but B cancelled it, citing "..."': B's words, not A's."""
    text = (
        "President Julio Ferreyra met Chilean President Ana Lagos in Santiago on Monday.\n\n"
        f"{sentence}"
    )
    found = quoted_statements(text, _DAY, "Trip cut short")
    assert speaker_in(found, words) == speaker


def test_a_monitoring_reports_item_gives_its_title_byline_and_agency() -> None:
    """A report head in title case over an item: its title, bracketed byline and agency."""
    text = (
        "FBIS-EAS-93-041\nDaily Report\nEast Asia\n4 March 1993\n\n"
        "VIETNAM\nInternational Affairs\n\n"
        "Foreign Minister Receives Lao Envoy on Border Markers\n\n"
        "BK0403101593 Hanoi VNA in English 0945 GMT 4 Mar 93\n\n"
        "[By VNA correspondent Le Thi Mai]\n\n"
        "[Text] Hanoi March 4 VNA -- Foreign Minister Tran Van Ky today received Lao "
        "Ambassador Khamphet Souvanna at the ministry to discuss the border markers.\n"
    )
    source = diplomeet.parse(text).source
    assert source.headline == "Foreign Minister Receives Lao Envoy on Border Markers"
    assert source.authors == ("Le Thi Mai",)
    assert "VNA" in source.agencies


def test_a_domestic_service_in_the_source_line_credits_no_agency() -> None:
    """'Hanoi Domestic Service in Vietnamese' is a broadcaster: no agency, as before."""
    text = (
        "FBIS-EAS-93-041\nDaily Report\nEast Asia\n4 March 1993\n\n"
        "VIETNAM\n\n"
        "Foreign Minister Receives Lao Envoy\n\n"
        "BK0403101593 Hanoi Domestic Service in Vietnamese 0945 GMT 4 Mar 93\n\n"
        "[Text] Foreign Minister Tran Van Ky today received Lao Ambassador Khamphet "
        "Souvanna at the ministry to discuss the border markers.\n"
    )
    source = diplomeet.parse(text).source
    assert source.headline == "Foreign Minister Receives Lao Envoy"
    assert source.agencies == ()
