"""
Meetings of the retired set ``check17``, as classes.

Sentences written here, people and places invented: summonses told with the envoy's country
or office before the name, or by a government with its official named after; sittings told by
their length ("sat down for close to three hours", "were closeted for two hours"); a call
"by telephone that afternoon"; a day told in a clause or a sentence around the meeting ("on
Monday, when A called in B", "That night, A and B spoke", "The call took place on Monday
evening"); a bare "the two" of one sentence; an office ending in "Officer"; archive columns
set back into paragraphs.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from diplomeet._actors import mentions
from diplomeet._document import Document
from diplomeet.outlets._columns import reflow_columns
from extraction_helpers import story_meetings, story_meetings_with_status

_THURSDAY = date(2026, 3, 12)


def _pairs(text: str, published: date = _THURSDAY) -> list[tuple[frozenset[str], str | None]]:
    return [(frozenset(p), when) for p, when, _ in story_meetings(text, published)]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            (
                "On Monday afternoon, First Vice Foreign Minister Oda Rinn called in Belgian"
                " Ambassador Luc Marchal to lodge a strong protest."
            ),
            {"Oda Rinn", "Luc Marchal"},
        ),
        (
            (
                "On Monday, Permanent Secretary Mara Lind called in Norway's Deputy High"
                " Commissioner in Lisbon, Olav Berg, and handed him a note verbale."
            ),
            {"Mara Lind", "Olav Berg"},
        ),
        (
            (
                "On Monday, Permanent Secretary Mara Lind called in Chile's charge d'affaires,"
                " Pablo Ruiz."
            ),
            {"Mara Lind", "Pablo Ruiz"},
        ),
    ],
)
def test_an_envoy_called_in_with_his_country_before_the_office_is_summoned(
    sentence: str, people: set[str]
) -> None:
    """Told as "Called in Belgian Ambassador A", "called in Norway's Deputy High Commissioner"."""
    assert _pairs(sentence) == [(frozenset(people), "2026-03-09")]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday, Interior Minister Mara Lind called in Belgian troops to help with the floods.",
        "On Monday, Interior Minister Mara Lind called in Belgian experts, Olav Berg among them.",
    ],
)
def test_troops_or_experts_called_in_are_no_summons(sentence: str) -> None:
    """Only an envoy's office after the country makes "called in" a summons."""
    assert _pairs(sentence) == []


def test_a_when_clause_takes_the_day_told_right_before_it() -> None:
    """Told as "A protest lodged on Monday, when A called in B": the summons was on Monday."""
    text = (
        "Interior Secretary Paul Renner and his Dutch counterpart, Hanna Visser, agreed on"
        " patrols in Lisbon yesterday.\n\n"
        "The talks came on the back of a protest lodged on Monday, when Permanent Secretary"
        " Mara Lind called in Norway's Deputy High Commissioner in Lisbon, Olav Berg, and"
        " handed him a note verbale."
    )
    assert (frozenset({"Mara Lind", "Olav Berg"}), "2026-03-09") in _pairs(text)


def test_that_night_takes_the_day_told_before_it() -> None:
    """Told as "That night, A and B spoke on the telephone" after a Monday: Monday night's call."""
    text = (
        "Interior Secretary Paul Renner and his Dutch counterpart, Hanna Visser, agreed on"
        " patrols in Lisbon yesterday.\n\n"
        "The agreement came after a protest lodged on Monday by the ministry. That night,"
        " President Tomas Vell and his Norwegian counterpart Kaarel Tamm spoke on the"
        " telephone."
    )
    assert (frozenset({"Tomas Vell", "Kaarel Tamm"}), "2026-03-09") in _pairs(text)


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Interior Secretary Paul Renner and his Dutch counterpart, Hanna Visser, sat down for"
            " close to three hours at the Old Customs House in Lisbon on Wednesday."
        ),
        (
            "Ambassador Karl T. Berner and Peiping's envoy, Lu Weiming, were closeted for 2 hours"
            " and 10 minutes in the Lazienki Palace on Wednesday."
        ),
        (
            "Interior Secretary Paul Renner and Hanna Visser, the Dutch minister, sat down for"
            " just over an hour in Lisbon on Wednesday."
        ),
    ],
)
def test_two_people_sitting_down_for_hours_meet(sentence: str) -> None:
    """A sitting told by its length, no "with" and no meeting noun, is a meeting of the two."""
    assert [people for people, _ in _pairs(sentence)] == [
        frozenset(
            {"Paul Renner", "Hanna Visser"}
            if "Renner" in sentence
            else {"Karl T. Berner", "Lu Weiming"}
        )
    ]


def test_one_person_sitting_down_for_an_hour_meets_no_one() -> None:
    """Told as "A sat down for about an hour before the speech": no one else sat with him."""
    assert _pairs("Minister Paul Renner sat down for about an hour before the speech.") == []


def test_two_envoys_to_sit_down_again_on_a_day_plan_a_meeting() -> None:
    """Told as "The two envoys would sit down again Thursday": their next session, planned."""
    text = (
        "Ambassador Karl T. Berner and Peiping's envoy, Lu Weiming, were closeted for two hours"
        " in Warsaw yesterday. A spokesman said that the two envoys would sit down again"
        " Saturday."
    )
    rows = story_meetings_with_status(text, _THURSDAY)
    assert (("Karl T. Berner", "Lu Weiming"), "2026-03-14", "Warsaw", "planned") in rows


def test_one_person_to_sit_down_again_meets_no_one() -> None:
    """Told as "A will sit down again Thursday to write": no one to meet."""
    assert _pairs("Minister Karl Berner will sit down again Thursday to write his memoirs.") == []


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        (
            (
                "On Tuesday the ministry protested. Foreign Minister Peter Lomax spoke by telephone"
                " that afternoon with Interior Minister Ivan Carrasco."
            ),
            "2026-03-10",
        ),
        (
            (
                "The Minister of Foreign Affairs and Trade, the Honourable Dr. Peter Lomax, spoke"
                " by telephone the same evening with the Secretary General of the Arctic Council,"
                " Mr. Ivan Carrasco."
            ),
            "2026-03-12",
        ),
    ],
)
def test_a_call_with_its_part_of_the_day_before_the_partner(sentence: str, when: str) -> None:
    """Told as "Spoke by telephone that afternoon with A": the partner after a time of day."""
    assert _pairs(sentence) == [(frozenset({"Peter Lomax", "Ivan Carrasco"}), when)]


def test_talked_over_a_matter_with_someone_is_a_meeting() -> None:
    """Told as "Talked over the situation for 45 minutes yesterday afternoon with A"."""
    text = (
        "Secretary of State Martin L. Ashworth talked over the situation for 45 minutes"
        " yesterday afternoon with Egyptian Foreign Minister Ahmed Fouad Sabet, who was in"
        " Washington on a visit."
    )
    assert _pairs(text) == [(frozenset({"Martin L. Ashworth", "Ahmed Fouad Sabet"}), "2026-03-11")]


def test_talked_over_the_phone_lines_with_reporters_is_no_meeting() -> None:
    """No person after "with": nothing met."""
    text = (
        "Secretary of State Martin L. Ashworth talked over the situation yesterday with reporters."
    )
    assert _pairs(text) == []


def test_a_call_dated_in_the_next_sentence_takes_that_day() -> None:
    """Told as "A received a phone call from B. The call took place on Monday evening"."""
    text = (
        "RIYADH - Minister of Foreign Affairs Prince Fahd bin Nasser received Chilean Foreign"
        " Minister Ivan Carrasco in Riyadh on Tuesday.\n\n"
        "The foreign minister had earlier received a phone call from US Secretary of State"
        " Laura Penn, during which the two sides discussed bilateral relations. The call took"
        " place on Monday evening, the agency said."
    )
    assert (frozenset({"Fahd bin Nasser", "Laura Penn"}), "2026-03-09") in _pairs(text)


def test_a_next_sentence_on_a_statement_lends_no_day() -> None:
    """Told as "The minister spoke on Monday evening": no meeting noun opens it, no day lent."""
    text = (
        "RIYADH - Minister of Foreign Affairs Prince Fahd bin Nasser received Chilean Foreign"
        " Minister Ivan Carrasco in Riyadh on Tuesday.\n\n"
        "The foreign minister had earlier received a phone call from US Secretary of State"
        " Laura Penn, during which the two sides discussed bilateral relations. The agency"
        " reported it on Monday evening."
    )
    assert (frozenset({"Fahd bin Nasser", "Laura Penn"}), "2026-03-09") not in _pairs(text)


def test_a_body_officer_owning_the_office_of_the_one_received() -> None:
    """Told as "Received on Monday the UN Secretary-General's Special Envoy for Chad, A"."""
    text = (
        "Minister of State for Foreign Affairs Adel Marri received on Monday the UN"
        " Secretary-General's Special Envoy for Chad, Ivan Carrasco, who briefed him on his"
        " visit."
    )
    assert _pairs(text) == [(frozenset({"Adel Marri", "Ivan Carrasco"}), "2026-03-09")]


def test_a_body_officer_report_received_is_no_meeting() -> None:
    """Told as "Received the UN Secretary-General's report": a thing, no one met."""
    text = (
        "Foreign Minister Adel Marri received the UN Secretary-General's report on Chad on Monday."
    )
    assert _pairs(text) == []


def test_a_government_summons_with_the_official_named_in_the_next_sentence() -> None:
    """Told as "The Foreign Office summoned A. The protest was delivered by B": B met A."""
    text = (
        "The Foreign Office summoned the Indian charge d'affaires, Anil Deshpande, yesterday and"
        " lodged a strong protest. The protest was delivered by Director General (South Asia)"
        " Tariq Saleem Qureshi.\n\n"
        '"Such acts are a threat," Qureshi told the Indian diplomat, according to a readout.'
    )
    assert _pairs(text) == [(frozenset({"Tariq Saleem Qureshi", "Anil Deshpande"}), "2026-03-11")]


def test_a_government_summons_told_by_the_official_who_told_the_envoy() -> None:
    """Told as "Libya summoned the ambassador, A. Secretary B told the ambassador that ..."."""
    text = (
        "TRIPOLI, Libya (UPI) -- Libya summoned the Belgian ambassador, Jan Dufort, and handed"
        " him a protest.\n\n"
        "Foreign Liaison Secretary Omar Zlit told the ambassador that Libya reserves the right"
        " to respond, the agency said. The meeting took place late Wednesday."
    )
    assert _pairs(text) == [(frozenset({"Omar Zlit", "Jan Dufort"}), "2026-03-11")]


def test_a_told_without_a_summons_before_is_no_meeting() -> None:
    """Told as "Secretary B told the ambassador that ...", with no summons told: no meeting."""
    text = (
        "TRIPOLI, Libya (UPI) -- The Belgian ambassador, Jan Dufort, arrived in Tripoli last"
        " month.\n\n"
        "Foreign Liaison Secretary Omar Zlit told the ambassador's staff that Libya reserves"
        " the right to respond, the agency said."
    )
    assert _pairs(text) == []


def test_the_leaders_of_named_countries_are_not_two_others_named_before() -> None:
    """Told as "signed a treaty with the leaders of Chad and Mali": not two others told."""
    text = (
        "Libya summoned the Belgian ambassador, Jan Dufort, and handed him a protest. Foreign"
        " Liaison Secretary Omar Zlit told the ambassador that Libya reserves the right to"
        " respond.\n\n"
        "Libya's leader was in Bamako, where he signed a treaty of friendship with the leaders"
        " of Chad and Mali on Wednesday."
    )
    assert all("Bamako" not in (place or "") for _, _, place in story_meetings(text, _THURSDAY))


def test_the_two_of_one_sentence_are_its_two_people() -> None:
    """Told as "The Minister will raise it with B when the two meet": those two, planned."""
    text = (
        "The Minister of Foreign Affairs, the Honourable Dr. Leo Camp, spoke by telephone on"
        " Tuesday with the Secretary General of the Arctic Council, Mr. Tobias Wend. The"
        " Minister will raise the matter directly with his Chilean counterpart, Foreign"
        " Minister Ana Morales, when the two meet in Washington on the margins of the General"
        " Assembly on 21st September."
    )
    rows = story_meetings_with_status(text, _THURSDAY)
    assert (("Leo Camp", "Ana Morales"), "2026-09-21", "Washington", "planned") in rows


def test_a_chief_executive_officer_is_an_office_not_a_person() -> None:
    """Told as "the Chief Executive Officer in the Ministry, Ambassador A, summoned B"."""
    text = (
        "On Wednesday, the Chief Executive Officer in the Ministry, Ambassador Dora"
        " Welk-Hansen, summoned the Ambassador of the Republic of Chile to Norway, His"
        " Excellency Pablo Ruiz Soto, to the Ministry in Oslo and handed him a diplomatic note."
    )
    art = diplomeet.parse(f"Protest\n\n{text}", published=_THURSDAY)
    assert [{p.name for p in m.participants} for m in art.meetings] == [
        {"Dora Welk-Hansen", "Pablo Ruiz Soto"}
    ]
    assert art.meetings[0].participants[0].title == "Chief Executive Officer"


def test_the_indian_diplomat_is_the_indian_envoy_named_before() -> None:
    """Told as "the Indian diplomat" after "the Indian charge d'affaires, A": A, no one later."""
    text = (
        "The Foreign Office summoned the Indian charge d'affaires, Anil Deshpande, yesterday."
        ' "Such acts are a threat," Qureshi told the Indian diplomat.\n\n'
        "Foreign Minister Kamran Hayat will brief reporters."
    )
    doc = Document(text=text, published=_THURSDAY)
    found = [m.actor.name for m in mentions(doc) if text[m.start : m.end] == "the Indian diplomat"]
    assert found == ["Anil Deshpande"]


_COLUMN = [
    "OSLO (AP) -- Britain's Foreign",
    "Secretary Tom Harker and Ice-",
    "land's Foreign Minister Jon",
    "Sveinsson talked for an hour",
    "last night at the Icelandic",
    "ambassador's residence, their",
    "first face-to-face encounter",
    "since Iceland broke off rela-",
    "tions with London.",
    "",
    "The two ministers were to",
    "meet again over breakfast this",
    "morning before the session closes.",
    "",
    "Turk, Greek Ministers",
    "To Talk in Oslo",
]


def test_a_short_paragraph_of_a_column_is_set_back_too() -> None:
    """A four-line paragraph after a column is one paragraph; a two-line head stays."""
    out = reflow_columns(_COLUMN)
    assert (
        "The two ministers were to meet again over breakfast this morning before the session"
        " closes." in out
    )
    assert out[-2:] == ["Turk, Greek Ministers", "To Talk in Oslo"]


def test_a_short_block_alone_is_not_set_back() -> None:
    """Without a column on the page, a short block stays line by line."""
    lines = _COLUMN[10:]
    assert reflow_columns(lines) == lines


def test_wire_width_lines_are_a_column() -> None:
    """Lines of 60 to 70 characters, running on, are a teleprinter's column."""
    lines = [
        "WASHINGTON (AP) -- Two Navy jets shot down two fighters over the",
        "gulf early Wednesday after one of the planes fired a missile at",
        "them, the Pentagon said. The clash, about 60 miles off the coast,",
        "lasted less than a minute. Both pilots were seen to eject; their",
        "fate was not known last night. The American planes, from the",
        "carrier, were not damaged. Secretary of State Martin L. Ashworth",
        "talked over the situation for 45 minutes yesterday afternoon with",
        "Egyptian Foreign Minister Ahmed Fouad Sabet, who was in Washington",
        "on a previously scheduled visit.",
    ]
    assert max(map(len, lines)) > 60
    assert len(reflow_columns(lines)) == 1


def test_an_office_of_a_country_then_a_courtesy_title_before_the_name() -> None:
    """Told as "with HE Minister of Foreign Affairs of the Republic of Chile Dr. A"."""
    text = (
        "Prime Minister Sheikh Hamad bin Ali Al-Marri met at the Diwan this morning with HE"
        " Minister of Foreign Affairs of the Republic of Chile Dr. Ivan Carrasco, who is"
        " visiting the country."
    )
    assert _pairs(text) == [(frozenset({"Hamad bin Ali Al-Marri", "Ivan Carrasco"}), "2026-03-12")]


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "A meeting between President Nikos Andreou and Turkish Cypriot leader Kemal Arslan"
            " that had been pencilled in for this Friday will not go ahead, Foreign Minister"
            " Petros Ioannou said on Monday."
        ),
        (
            "A meeting between President Nikos Andreou and Turkish Cypriot leader Kemal Arslan"
            " that had been set for Friday has been called off."
        ),
    ],
)
def test_a_meeting_between_a_president_and_a_two_word_nationality_leader(sentence: str) -> None:
    """Told as "between A and Turkish Cypriot leader B": both sides, the meeting cancelled."""
    rows = story_meetings_with_status(sentence, _THURSDAY)
    assert rows == [(("Nikos Andreou", "Kemal Arslan"), "2026-03-13", None, "cancelled")]


def test_a_held_meeting_of_the_lede_takes_its_day_gone_by_not_a_day_to_come() -> None:
    """A lede telling Friday's cancelled meeting and Monday's talks: the talks were Monday."""
    text = (
        "A meeting between President Nikos Andreou and Turkish Cypriot leader Kemal Arslan that"
        " had been set for this Friday will not go ahead, Foreign Minister Petros Ioannou told"
        " the UN envoy on Monday.\n\n"
        "Ioannou hosted UN envoy Maria Vidal at the foreign ministry in Nicosia for an hour."
    )
    assert (frozenset({"Petros Ioannou", "Maria Vidal"}), "2026-03-09") in _pairs(text)


def test_a_message_handed_in_person_is_a_meeting() -> None:
    """Told as "flew to Kigali on Monday to hand President A a message from B"."""
    text = (
        "Angola's foreign minister, Manuel Tchilombo, flew to Kigali on Monday to hand President"
        " Emmanuel Habyara a message from Luanda."
    )
    assert _pairs(text) == [(frozenset({"Manuel Tchilombo", "Emmanuel Habyara"}), "2026-03-09")]


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Foreign Minister Manuel Tchilombo handed reporters a copy of the letter from President"
            " Emmanuel Habyara on Monday."
        ),
        (
            "Foreign Minister Manuel Tchilombo was handed a letter from President Emmanuel Habyara"
            " on Monday."
        ),
    ],
)
def test_a_letter_handed_to_others_or_received_is_no_meeting(sentence: str) -> None:
    """Reporters handed a copy, or a letter handed to the subject: no one met in person."""
    assert _pairs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        (
            (
                "Prime Minister Ilse Marten is expected to meet Chinese Premier Bao Renshu in"
                " Manila in October, the first meeting between the two since their talks in"
                " Wellington in June 2025."
            ),
            "2026-10",
        ),
        (
            (
                "Prime Minister Ilse Marten met Chinese Premier Bao Renshu in Manila on Monday,"
                " their first meeting since their talks in Wellington in June 2025."
            ),
            "2026-03-09",
        ),
    ],
)
def test_their_talks_before_are_a_meeting_of_the_same_two(sentence: str, first: str) -> None:
    """Told as "the first meeting between the two since their talks in Wellington in June"."""
    rows = [(people, when, place) for people, when, place in story_meetings(sentence, _THURSDAY)]
    assert rows == [
        (("Ilse Marten", "Bao Renshu"), first, "Manila"),
        (("Ilse Marten", "Bao Renshu"), "2025-06", "Wellington"),
    ]


def test_talks_collapsing_since_is_no_meeting_before() -> None:
    """Told as "the first visit since their talks collapsed in 2019": no place, no meeting."""
    text = (
        "Prime Minister Ilse Marten met Chinese Premier Bao Renshu in Manila on Monday, the first"
        " visit since their talks collapsed in 2019."
    )
    assert _pairs(text) == [(frozenset({"Ilse Marten", "Bao Renshu"}), "2026-03-09")]


def test_a_three_way_meeting_with_an_unnamed_third_side_is_not_the_pairs() -> None:
    """Told as "the two ministers agreed to hold a trilateral meeting with China"."""
    text = (
        "Foreign Minister Park Min-ho and his Japanese counterpart Kenji Hara met in Seoul on"
        " Wednesday. The two ministers also agreed to hold a trilateral foreign ministers'"
        " meeting with China in Tokyo in the first week of July."
    )
    assert _pairs(text) == [(frozenset({"Park Min-ho", "Kenji Hara"}), "2026-03-11")]


def test_a_three_way_meeting_with_the_third_named_is_a_meeting_of_three() -> None:
    """Told as "A and B held a trilateral meeting with Foreign Minister C": three people."""
    text = (
        "Foreign Minister Park Min-ho and his Japanese counterpart Kenji Hara held a trilateral"
        " meeting with Chinese Foreign Minister Wang Lei in Seoul on Wednesday."
    )
    assert _pairs(text) == [(frozenset({"Park Min-ho", "Kenji Hara", "Wang Lei"}), "2026-03-11")]


def test_a_bilateral_meeting_after_a_trilateral_one_is_a_meeting_of_two() -> None:
    """Told as "Before the trilateral meeting, A sat down with B": the two met."""
    text = (
        "Before the trilateral meeting, Foreign Minister Park Min-ho sat down with his Japanese"
        " counterpart Kenji Hara for a bilateral meeting in Seoul on Wednesday."
    )
    assert _pairs(text) == [(frozenset({"Park Min-ho", "Kenji Hara"}), "2026-03-11")]


def test_a_palace_named_after_in_is_a_building_of_the_datelines_city() -> None:
    """Told as "in the Zamoyski Palace" under a WARSAW dateline: met in Warsaw, no town named."""
    text = (
        "WARSAW, Poland (AP) -- Ambassador Karl T. Berner and Peiping's envoy, Lu Weiming, were"
        " closeted for two hours in the Zamoyski Palace, a former royal summer house, yesterday."
    )
    assert story_meetings(text, _THURSDAY) == [
        (("Karl T. Berner", "Lu Weiming"), "2026-03-11", "Warsaw")
    ]


def test_a_body_named_in_full_with_its_initials_before_its_head() -> None:
    """Told as "brief the head of the UN Observer Group in India and Pakistan (UNOG), A"."""
    text = (
        "Foreign Minister Kamran Hayat is scheduled to brief the head of the UN Military"
        " Observer Group in India and Pakistan (UNMOGIP), Major General Rolf Eskeland, at the"
        " Foreign Office this afternoon, the official added."
    )
    rows = story_meetings_with_status(text, _THURSDAY)
    assert [(people, status) for people, _, _, status in rows] == [
        (("Kamran Hayat", "Rolf Eskeland"), "planned")
    ]


def test_talks_held_when_the_two_meet_tomorrow_are_planned() -> None:
    """Told as "The real work comes tomorrow, when the two prime ministers hold talks"."""
    text = (
        "Prime Minister Ravi Tandel welcomed Prime Minister Omar Qadir at the border on Monday."
        " The real work comes tomorrow, when the two prime ministers hold talks in Lahore."
    )
    rows = story_meetings_with_status(text, _THURSDAY)
    assert [(when, status) for _, when, _, status in rows][-1:] == [("2026-03-13", "planned")]
