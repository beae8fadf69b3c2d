"""Meeting classes read from the development set check15, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from extraction_helpers import MeetingRow, story_meetings

_DAY = date(2026, 11, 5)  # a Thursday


def _meetings(text: str) -> list[MeetingRow]:
    return story_meetings(text, _DAY)


def _people(text: str) -> list[tuple[str, ...]]:
    return [m[0] for m in _meetings(text)]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "Indonesian Foreign Minister Dewi Wibisana called on Prime Minister Dato' Seri "
                "Hamdan Yusri at Seri Perdana in Putrajaya on Tuesday."
            ),
            (("Dewi Wibisana", "Hamdan Yusri"), "2026-11-03", "Putrajaya"),
        ),
        (
            (
                "Thai Foreign Minister Somchai Rakpong will meet the Chief Minister of Sabah, "
                "Dato\u2019 Haji Jamil bin Yusuf, in Kota Kinabalu tomorrow."
            ),
            (("Somchai Rakpong", "Jamil bin Yusuf"), "2026-11-06", "Kota Kinabalu"),
        ),
        (
            (
                "Vietnamese Foreign Minister Tran Minh Duc called on the Menteri Besar of Johor, "
                "Dato' Haji Kamal bin Ismail, in Johor Bahru yesterday."
            ),
            (("Tran Minh Duc", "Kamal bin Ismail"), "2026-11-04", "Johor Bahru"),
        ),
    ],
)
def test_a_malay_style_written_with_its_apostrophe_opens_the_name(
    text: str, met: MeetingRow
) -> None:
    """
    "Prime Minister Dato' Seri A", "Dato' Haji B": the style is read past, the name after it.

    Malaysian and Singaporean releases spell "Datuk" as "Dato'"; its apostrophe is no
    possessive and no end of the name's run, and "Haji" after such a style is part of it.
    """
    assert met in _meetings(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            (
                "On Friday, Foreign Affairs Secretary Ma. Luisa Ocampo summoned Vietnamese "
                "Ambassador Le Van Hoa to the department to convey a protest."
            ),
            "Ma. Luisa Ocampo",
        ),
        (
            (
                "Trade Minister Mohd. Rafi Hassan met Indonesian Trade Minister Budi Santoso in "
                "Jakarta on Monday."
            ),
            "Mohd. Rafi Hassan",
        ),
        (
            (
                "Bangladesh's Foreign Secretary Md. Jashim Talukder held talks with his Nepali "
                "counterpart Hari Adhikari in Kathmandu on Tuesday."
            ),
            "Md. Jashim Talukder",
        ),
    ],
)
def test_a_given_name_written_short_is_part_of_the_name(text: str, person: str) -> None:
    """
    "Secretary Ma. Luisa Ocampo": the full stop of a short given name ends no sentence.

    The Philippine "Ma." (Maria), the Malaysian "Mohd." and the Bangladeshi "Md." stand
    before a name of two words more; the name keeps them, and the person meets.
    """
    people = _people(text)
    assert len(people) == 1
    assert person in people[0]


@pytest.mark.parametrize(
    "after",
    [
        "He said the talks went well.",
        "Foreign Minister Wang Li joined them later.",
    ],
)
def test_a_short_given_name_at_a_sentence_end_still_ends_it(after: str) -> None:
    """
    A surname "Ma." that ends a sentence before "He said" or an office keeps no full stop.

    Only two name words after it make "Ma." a given name written short.
    """
    text = f"Premier Liu Chen met Deputy Foreign Minister Tong Ma. {after}"
    assert _people(text)[0] == ("Liu Chen", "Tong Ma")


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "Foreign Minister Ana Cruz and Chinese Vice Foreign Minister Ren Jianhua held "
                'what the ministry described as "candid and at times difficult" talks in Manila '
                "on Monday."
            ),
            (("Ana Cruz", "Ren Jianhua"), "2026-11-02", "Manila"),
        ),
        (
            (
                "Foreign Secretary Ama Owusu and her Nigerian counterpart Tunde Bello held "
                "\u201cfrank and useful\u201d consultations in Accra on Monday."
            ),
            (("Ama Owusu", "Tunde Bello"), "2026-11-02", "Accra"),
        ),
        (
            (
                "Polish Foreign Minister Jan Wrona and Lithuanian Foreign Minister Darius Kairys "
                "held what officials called frank talks in Vilnius on Friday."
            ),
            (("Jan Wrona", "Darius Kairys"), "2026-10-30", "Vilnius"),
        ),
    ],
)
def test_an_epithet_between_the_verb_and_the_meeting_noun(text: str, met: MeetingRow) -> None:
    """
    'held "candid" talks', "held what X described as ... talks": still talks held.

    A quoted epithet, or an aside naming who judged the talks, stands between "held" (or
    "had") and the noun.
    """
    assert met in _meetings(text)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "Foreign Affairs Undersecretary for Policy Ramon Villaflor and Chinese Vice "
                "Foreign Minister Ren Jianhua held talks in Pasay City on Monday."
            ),
            (("Ramon Villaflor", "Ren Jianhua"), "2026-11-02", "Pasay City"),
        ),
        (
            (
                "Deputy Minister for Policy and Planning Kofi Mensah held talks with Togolese "
                "Foreign Minister Yawo Agbeko in Accra yesterday."
            ),
            (("Kofi Mensah", "Yawo Agbeko"), "2026-11-04", "Accra"),
        ),
        (
            (
                "Deputy Foreign Minister for Asian Affairs Ana Lima and Japanese Vice Foreign "
                "Minister Kenji Arai met in Brasilia on Tuesday."
            ),
            (("Ana Lima", "Kenji Arai"), "2026-11-03", "Brasilia"),
        ),
    ],
)
def test_an_office_with_a_remit_then_a_long_second_office(text: str, met: MeetingRow) -> None:
    """
    "Undersecretary for Policy A and Chinese Vice Foreign Minister B": both people named.

    A remit ("for Policy", "for Policy and Planning") ends an office before its holder's
    name, and a second office of four words after "and" ("Japanese Vice Foreign
    Minister") ends the first holder's name.
    """
    assert met in _meetings(text)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "Swedish Foreign Minister Ana Lind met Chinese Ambassador to the United Arab "
                "Emirates Wu Gang in Abu Dhabi on Monday."
            ),
            (("Ana Lind", "Wu Gang"), "2026-11-02", "Abu Dhabi"),
        ),
        (
            (
                "Foreign Minister Ivo Brandt received Turkish Ambassador to the Netherlands Selim "
                "Kaya in The Hague on Wednesday."
            ),
            (("Ivo Brandt", "Selim Kaya"), "2026-11-04", "The Hague"),
        ),
        (
            (
                "Secretary of State Lena Sorvino met Mexican Ambassador to the United States Raul "
                "Ibarra in Washington yesterday."
            ),
            (("Lena Sorvino", "Raul Ibarra"), "2026-11-04", "Washington"),
        ),
    ],
)
def test_an_envoy_to_a_country_named_with_its_article(text: str, met: MeetingRow) -> None:
    """An envoy "to the Philippines A B": the country's article is read past to the name."""
    assert met in _meetings(text)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "Montenegro's Foreign Minister, Nikola Petrovic, and his Croatian counterpart, "
                "Ante Horvat, agreed on Tuesday in Podgorica to draft a code of conduct for "
                "fishermen."
            ),
            (("Nikola Petrovic", "Ante Horvat"), "2026-11-03", "Podgorica"),
        ),
        (
            (
                "Togo's Foreign Minister Yawo Agbeko and his Beninese counterpart Felix Hounsou "
                "agreed yesterday in Lome to reopen the border."
            ),
            (("Yawo Agbeko", "Felix Hounsou"), "2026-11-04", "Lome"),
        ),
        (
            (
                "Foreign Minister Ana Lind and her Finnish counterpart Matti Koski agreed Monday "
                "at Helsinki to set up a joint patrol."
            ),
            (("Ana Lind", "Matti Koski"), "2026-11-02", "Helsinki"),
        ),
    ],
)
def test_two_people_agreeing_on_a_day_at_a_place(text: str, met: MeetingRow) -> None:
    """Two people who "agreed on Tuesday in Podgorica to ...": the day before the place."""
    assert met in _meetings(text)


def test_agreeing_in_principle_on_a_day_is_still_no_meeting() -> None:
    """An agreement "on Thursday in principle" tells no place: no meeting is read from it."""
    text = (
        "Foreign Minister Ana Lind and Finnish Foreign Minister Matti Koski agreed on Thursday "
        "in principle to set up a joint patrol."
    )
    assert _meetings(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            (
                "Iran's Foreign Minister Ali Rahimi was received on Sunday by Azzan bin Qais al "
                "Said, Deputy Prime Minister for Cabinet Affairs, at the palace in Muscat."
            ),
            "Azzan bin Qais al Said",
        ),
        (
            (
                "Qatar's Foreign Minister Khalid Thani met Defence Minister Fahad bin Sultan in "
                "Riyadh on Monday."
            ),
            "Fahad bin Sultan",
        ),
        (
            (
                "Egyptian Foreign Minister Omar Fathy held talks with Omani Foreign Minister Badr "
                "bin Said in Cairo yesterday."
            ),
            "Badr bin Said",
        ),
    ],
)
def test_an_arabic_name_that_is_also_an_english_word_after_a_particle(
    text: str, person: str
) -> None:
    """A name after a particle ("al Said", "bin Sultan"): not the verb, not the office."""
    assert any(person in people for people in _people(text))


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "Armenian Foreign Minister Aram Sargsyan and his Azerbaijani counterpart Farid "
                "Hasanov met on Tuesday in Almaty. Those words appeared after the previous "
                "meeting of the two ministers, in Washington in May."
            ),
            (("Aram Sargsyan", "Farid Hasanov"), "2026-05", "Washington"),
        ),
        (
            (
                "Serbian President Milan Jovic and Kosovo's Prime Minister Arben Krasniqi met in "
                "Brussels on Monday. The first meeting of the two leaders in Ohrid in March ended "
                "without a deal."
            ),
            (("Milan Jovic", "Arben Krasniqi"), "2026-03", "Ohrid"),
        ),
        (
            (
                "Foreign Minister Ana Lind and Norwegian Foreign Minister Per Dahl met in Oslo on "
                "Monday. The talks were calmer than at the last meeting of the two ministers, in "
                "Stockholm in June."
            ),
            (("Ana Lind", "Per Dahl"), "2026-06", "Stockholm"),
        ),
    ],
)
def test_the_meeting_of_the_two_ministers_told_before(text: str, met: MeetingRow) -> None:
    """
    "after the previous meeting of the two ministers, in Washington in May": the pair met.

    "The two ministers" are the pair told before; the meeting noun "of" them is theirs,
    with its own place and date.
    """
    assert met in _meetings(text)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "This week it was Almaty. Armenian Foreign Minister Aram Sargsyan and his "
                "Azerbaijani counterpart Farid Hasanov met for five hours on Tuesday at the "
                "foreign ministry's residence in the city."
            ),
            (("Aram Sargsyan", "Farid Hasanov"), "2026-11-03", "Almaty"),
        ),
        (
            (
                "The next stop was Geneva. Foreign Minister Ana Lind and her Swiss counterpart "
                "Beat Keller met at a lakeside hotel in the city yesterday."
            ),
            (("Ana Lind", "Beat Keller"), "2026-11-04", "Geneva"),
        ),
    ],
)
def test_in_the_city_is_the_city_named_just_before(text: str, met: MeetingRow) -> None:
    """A meeting "in the city" is in the known city named in the words before it."""
    assert met in _meetings(text)


def test_in_the_city_of_names_its_own_city() -> None:
    """A meeting "in the city of Bukhara" is in the city named after it, not the one before."""
    text = (
        "The talks moved on from Tashkent. Foreign Minister Rustam Karimov and Tajik Foreign "
        "Minister Davron Nazarov met in the city of Bukhara on Tuesday."
    )
    assert [m[2] for m in _meetings(text)] == ["Bukhara"]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "CAIRO (AP) -- President Hamdi Salem ordered a truce last night following talks "
                "with Sudan's President Ismail Osman.\n\nOsman flew into Alexandria from Khartoum "
                "yesterday and met Salem for three hours at a seaside palace."
            ),
            (("Hamdi Salem", "Ismail Osman"), "2026-11-04", "Alexandria"),
        ),
        (
            (
                "KYIV (Reuters) - Poland's President Jan Wrona held talks with Ukraine's "
                "President Oleh Bondar yesterday, officials said.\n\nWrona drove into Odesa from "
                "the border yesterday and met Bondar at the regional administration building."
            ),
            (("Jan Wrona", "Oleh Bondar"), "2026-11-04", "Odesa"),
        ),
    ],
)
def test_a_lede_meeting_placed_by_its_dateline_takes_the_place_told_later(
    text: str, met: MeetingRow
) -> None:
    """
    "CAIRO -- ... talks with B. B flew into Alexandria yesterday and met A": one meeting.

    The lede's meeting is placed by its dateline only; a retelling of the same day that
    tells the place ("flew into Alexandria") is the same meeting and places it.
    """
    assert _meetings(text) == [met]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "On Saturday, Algeria's President Rachid Hamdani had spent most of the day in "
                "Tripoli with Libya's leader, Col. Salem Warfalli."
            ),
            (("Rachid Hamdani", "Salem Warfalli"), "2026-10-31", "Tripoli"),
        ),
        (
            (
                "Qatar's envoy Khalid Thani spent much of the afternoon in Doha with Afghan "
                "Foreign Minister Nasir Wardak on Monday."
            ),
            (("Khalid Thani", "Nasir Wardak"), "2026-11-02", "Doha"),
        ),
    ],
)
def test_time_spent_at_a_place_with_someone(text: str, met: MeetingRow) -> None:
    """Time "spent most of the day in Tripoli with B": a share of the time, the place between."""
    assert met in _meetings(text)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "Algeria's President Rachid Hamdani will fly back to Tripoli tomorrow to see "
                "Libyan leader Salem Warfalli."
            ),
            (("Rachid Hamdani", "Salem Warfalli"), "2026-11-06", "Tripoli"),
        ),
        (
            (
                "Norway's envoy Per Dahl is to travel back to Bogota on Monday to see Colombian "
                "Foreign Minister Luis Mejia."
            ),
            (("Per Dahl", "Luis Mejia"), "2026-11-09", "Bogota"),
        ),
    ],
)
def test_a_return_trip_to_see_someone(text: str, met: MeetingRow) -> None:
    """A return trip, "will fly back to Tripoli tomorrow to see B", made for the meeting."""
    assert met in _meetings(text)


@pytest.mark.parametrize(
    "tail",
    [
        '"We have taught them a lesson," Hamdi Salem said.',
        "\u201cThe guns are silent,\u201d the Egyptian president said in a broadcast.",
    ],
)
def test_a_name_in_apposition_ends_its_paragraph_before_a_quotation(tail: str) -> None:
    """
    "with Libya's leader, Col. Salem Warfalli." then a paragraph opening with a quotation.

    The stop after the name is a full stop whatever opens the next paragraph, so the
    apposition names the person met.
    """
    text = (
        "CAIRO (AP) -- Algeria's President Rachid Hamdani is mediating.\n\n"
        "On Saturday, Hamdani met in Tripoli with Libya's leader, Col. Salem Warfalli.\n\n"
        f"{tail}"
    )
    assert (("Rachid Hamdani", "Salem Warfalli"), "2026-10-31", "Tripoli") in _meetings(text)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "Senegal's Foreign Minister Awa Diop will be received by President of the Republic "
                "Ousmane Ba at the palace in Dakar on Friday."
            ),
            (("Awa Diop", "Ousmane Ba"), "2026-11-06", "Dakar"),
        ),
        (
            (
                "Gabon's Foreign Minister Marie Ndong called on Vice-President of the Republic "
                "Paul Essono in Libreville on Monday."
            ),
            (("Marie Ndong", "Paul Essono"), "2026-11-02", "Libreville"),
        ),
    ],
)
def test_the_head_of_state_in_the_style_of_the_republic(text: str, met: MeetingRow) -> None:
    """A head of state styled "President of the Republic A B": the name after the state."""
    assert met in _meetings(text)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "The two ministers, Minister of Foreign Affairs, Migration and Tunisians Abroad "
                "Hedi Mansour and Algerian Foreign Minister Karim Haddad, met in Tunis on Monday."
            ),
            (("Hedi Mansour", "Karim Haddad"), "2026-11-02", "Tunis"),
        ),
        (
            (
                "Minister of Foreign Affairs, Regional Integration and Togolese Abroad Kossi Amavi "
                "held talks with Ghanaian Foreign Minister Kofi Mensah in Lome yesterday."
            ),
            (("Kossi Amavi", "Kofi Mensah"), "2026-11-04", "Lome"),
        ),
    ],
)
def test_a_ministry_s_last_portfolio_before_its_minister_with_no_comma(
    text: str, met: MeetingRow
) -> None:
    """
    "Minister of Foreign Affairs, Migration and Tunisians Abroad A B": the minister's office.

    The portfolios run on after commas to a last one joined by "and" that ends on a word
    such as "Abroad"; the name follows with no comma, and the minister holds the office
    (so "the two ministers" are found).
    """
    people = diplomeet.parse(f"Headline\n\n{text}\n\nMore follows.", published=_DAY).meetings[0]
    assert met in _meetings(text)
    assert people.participants[0].title is not None
    assert people.participants[0].title.endswith("Abroad")


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "Kenyan Foreign Minister Amos Wekesa and his Ugandan counterpart Grace Atim agreed "
                "yesterday to reopen the Busia crossing from next Monday, at the end of talks held "
                "in Nairobi."
            ),
            (("Amos Wekesa", "Grace Atim"), "2026-11-04", "Nairobi"),
        ),
        (
            (
                "Peru's Foreign Minister Rosa Quispe and her Bolivian counterpart Luis Mamani "
                "agreed on Monday to waive visas from January 1, at the end of talks held in La "
                "Paz."
            ),
            (("Rosa Quispe", "Luis Mamani"), "2026-11-02", "La Paz"),
        ),
    ],
)
def test_a_day_after_from_opens_what_was_agreed(text: str, met: MeetingRow) -> None:
    """
    "agreed yesterday to reopen the crossing from next Monday": the talks are yesterday's.

    A day after "from" that closes no range starts the state agreed on, not the meeting.
    """
    assert met in _meetings(text)


@pytest.mark.parametrize(
    "dates",
    ["from 2 to 3 November", "from November 2 to 4"],
)
def test_a_visit_from_one_day_to_another_is_still_dated_by_its_range(dates: str) -> None:
    """A range "from 2 to 3 November" ("from November 2 to 4") still dates a visit."""
    text = (
        f"Foreign Minister Gerald Tan is making an official visit to Malaysia {dates} at the "
        "invitation of Foreign Minister Hamdan Yusri of Malaysia."
    )
    assert [m[1] for m in _meetings(text)] == ["2026-11-02"]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "The deal came at the end of talks in Kigali between Rwanda's Foreign Minister "
                "Jean Habimana and his Burundian counterpart Pierre Ndikumana on Tuesday."
            ),
            (("Jean Habimana", "Pierre Ndikumana"), "2026-11-03", "Kigali"),
        ),
        (
            (
                "The breakthrough came at the end of talks in Hanoi between Vietnam's Foreign "
                "Minister Tran Duc and his Lao counterpart Somsak Vong on Monday."
            ),
            (("Tran Duc", "Somsak Vong"), "2026-11-02", "Hanoi"),
        ),
    ],
)
def test_at_the_end_of_talks_at_a_place_between_two_people(text: str, met: MeetingRow) -> None:
    """Talks that "came at the end of talks in Kigali between A and B": read at "between"."""
    assert met in _meetings(text)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "Prime Minister Ruth Kamau spoke by telephone with Ugandan President Moses Okello "
                "on March 3. On the same day, Foreign Minister Amos Wekesa summoned Ugandan "
                "Ambassador Peter Ssali to the ministry's Nairobi headquarters."
            ),
            (("Amos Wekesa", "Peter Ssali"), "2026-03-03", "Nairobi"),
        ),
        (
            (
                "President Ana Lima spoke by phone with Argentine President Jorge Paz on May 2, a "
                "day after the clash. On the same day, Foreign Minister Rui Matos received "
                "Argentine Ambassador Luis Vega at the ministry's Brasilia offices."
            ),
            (("Rui Matos", "Luis Vega"), "2026-05-02", "Brasilia"),
        ),
    ],
)
def test_on_the_same_day_as_the_call_told_just_before(text: str, met: MeetingRow) -> None:
    """
    A call "on March 3. On the same day, A summoned B": March 3, though nobody is shared.

    The sentence opening "On the same day" takes the day of the meeting or call told in the
    sentence right before it; a city between an owner's possessive and a building ("the
    ministry's Nairobi headquarters") places the summons.
    """
    assert met in _meetings(text)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            (
                "Speaking on his return from Lima yesterday, Foreign Minister Rafael Soto said he "
                "had held talks on Tuesday with Peruvian Foreign Minister Rosa Quispe."
            ),
            (("Rafael Soto", "Rosa Quispe"), "2026-11-03", "Lima"),
        ),
        (
            (
                "On his return from Hanoi yesterday, Foreign Minister Somchai Rakpong said he had "
                "met Vietnamese Foreign Minister Tran Duc on Tuesday."
            ),
            (("Somchai Rakpong", "Tran Duc"), "2026-11-03", "Hanoi"),
        ),
    ],
)
def test_talks_held_where_a_participant_came_back_from(text: str, met: MeetingRow) -> None:
    """
    "said on his return from Lima yesterday ... held talks on Tuesday": the talks in Lima.

    A held meeting with no place told in the week before one of its people "returned from"
    a known city was held in that city.
    """
    assert met in _meetings(text)


def test_a_meeting_after_the_return_is_not_placed_where_the_trip_was() -> None:
    """A meeting the day after "returned from Lima on Friday" is not placed in Lima."""
    text = (
        "Foreign Minister Rafael Soto returned from Lima on Friday. On Saturday he met Chilean "
        "Foreign Minister Ana Rojas."
    )
    assert [m[2] for m in _meetings(text)] == [None]
