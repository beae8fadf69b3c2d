"""Meeting classes learnt from ``check20`` (summonses and audiences of agencies), in our words."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import story_meetings

_PUBLISHED = date(2026, 11, 11)  # a Wednesday
_MONDAY = date(2026, 11, 9)


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            (
                "Undersecretary Marta Quiroga met with Korean Deputy Chief of Mission Seo "
                "Min-gyu at the ministry on Monday."
            ),
            "Seo Min-gyu",
        ),
        (
            (
                "State Secretary Ivo Petrak yesterday summoned Deputy Head of Mission Lars "
                "Holmgren over the expulsion of two diplomats."
            ),
            "Lars Holmgren",
        ),
        (
            (
                "The foreign minister, Anna Lindqvist, received the Danish Chief of Mission "
                "Ole Brandt on Tuesday."
            ),
            "Ole Brandt",
        ),
    ],
)
def test_an_embassy_s_deputy_and_chief_of_mission_are_diplomats(text: str, guest: str) -> None:
    """An embassy's "Deputy Chief of Mission A" or "Deputy Head of Mission B" is the guest."""
    found = story_meetings(text, _PUBLISHED)
    assert len(found) == 1
    assert guest in found[0][0]


def test_a_mission_chief_as_a_common_noun_is_no_title() -> None:
    """The look-alike: "the chief of the mission, A, said" tells no meeting."""
    text = "The chief of the mission, Karl Weber, said on Monday that the talks were useful."
    assert story_meetings(text, _PUBLISHED) == []


@pytest.mark.parametrize(
    "tail",
    [", the agency reports.", ", NOVA reports, citing the ministry's press service.", "."],
)
def test_a_long_office_s_holder_is_read_before_a_source_told_after_a_comma(tail: str) -> None:
    """Of "Ambassador of Chile to Peru A B, the agency reports" the name closes at the comma."""
    text = (
        "Moldovan Minister of Foreign Affairs Ilie Cernat today received "
        "Ambassador of the Republic of Chile to Moldova Rosa Infante" + tail
    )
    found = story_meetings(text, _PUBLISHED)
    assert [set(f[0]) for f in found] == [{"Ilie Cernat", "Rosa Infante"}]
    assert found[0][1] == "2026-11-11"


@pytest.mark.parametrize(
    "told",
    [
        "informed the ambassador about the drone which was shot down over the border on Saturday",
        "briefed the ambassador on the boat which was seized off the coast on Sunday",
    ],
)
def test_a_date_of_what_a_minister_briefed_on_is_not_the_meeting_s(told: str) -> None:
    """What a host "informed" the guest of "during the meeting" does not date the meeting."""
    text = (
        "Foreign Minister Ilie Cernat today received Ambassador Rosa Infante.\n\n"
        f"During the meeting, Cernat {told}."
    )
    expected = [(("Ilie Cernat", "Rosa Infante"), "2026-11-11", None)]
    assert story_meetings(text, _PUBLISHED) == expected


@pytest.mark.parametrize("verb", ["struck", "hit", "raided"])
def test_a_place_of_the_strike_told_after_hours_after_is_not_the_meeting_s(verb: str) -> None:
    """In "received B, hours after warplanes struck a depot near Qatana" Qatana is the strike's."""
    text = (
        "Foreign Minister Samir Haddad received on Wednesday Jordanian Foreign Minister Omar "
        f"Khalil, hours after warplanes {verb} a depot near the town of Qatana."
    )
    found = story_meetings(text, _PUBLISHED)
    assert len(found) == 1
    assert found[0][2] != "Qatana"


def test_a_meeting_held_in_a_town_before_hours_after_keeps_its_place() -> None:
    """The look-alike: the meeting's own town, told before "hours after", is kept."""
    text = (
        "Foreign Minister Samir Haddad met Jordanian Foreign Minister Omar Khalil in Aqaba "
        "on Wednesday, hours after warplanes struck a depot near the town of Qatana."
    )
    found = story_meetings(text, _PUBLISHED)
    assert [f[2] for f in found] == ["Aqaba"]


@pytest.mark.parametrize(
    "topic",
    [
        (
            "the preparations for the three-way gathering of foreign ministers to be held in "
            "Ankara in February"
        ),
        "preparations for the session of the joint commission to be held in Tbilisi in January",
    ],
)
def test_the_preparations_for_a_gathering_discussed_do_not_date_the_talk(topic: str) -> None:
    """The date of a gathering whose preparations were discussed is not the discussion's."""
    text = (
        "On Sunday, Foreign Minister Ilie Cernat had a telephone conversation with Foreign "
        f"Minister Kemal Aydin of Turkey. The ministers discussed regional security and {topic}."
    )
    found = story_meetings(text, _PUBLISHED)
    assert [(set(f[0]), f[1]) for f in found] == [({"Ilie Cernat", "Kemal Aydin"}, "2026-11-08")]


_READOUT = (
    "Foreign Minister Ilie Cernat today received Ambassador Rosa Infante.\n\n"
    "During the meeting, Cernat informed the envoy about the border situation.\n\n"
    'Minister Ilie Cernat emphasized that "the border is inviolable."\n\n'
    'Ambassador Rosa Infante voiced the readiness of her government "to help."\n\n'
    "Deputy Minister Vlad Rusu also attended the meeting.\n\n"
)


def test_the_sides_of_a_readout_are_the_meeting_s_sides_paragraphs_later() -> None:
    """Short paragraphs of what was said between: "the sides" are still the meeting's."""
    text = _READOUT + "The sides also discussed the seizure of three trawlers."
    found = story_meetings(text, _PUBLISHED)
    assert [set(f[0]) for f in found] == [{"Ilie Cernat", "Rosa Infante"}]


def test_the_sides_of_a_pair_named_in_their_own_paragraph_are_that_pair() -> None:
    """The look-alike: "Later, C received B [...] and the two sides exchanged views"."""
    text = _READOUT + (
        "Later, President Dan Moraru received Ambassador Rosa Infante at the presidency, and "
        "the two sides discussed trade and transit."
    )
    found = story_meetings(text, _PUBLISHED)
    assert {"Dan Moraru", "Rosa Infante"} in [set(f[0]) for f in found]


@pytest.mark.parametrize(
    "arrival",
    [
        (
            "The Moldovan Prime Minister is expected to arrive in Skopje late on Tuesday "
            "for a three-day state visit."
        ),
        "Vrabie will arrive in Skopje on Wednesday morning.",
        "Vrabie is due to arrive in Skopje on Wednesday night.",
    ],
)
def test_a_planned_reception_is_where_the_guest_is_to_arrive(arrival: str) -> None:
    """After "A will receive B on Thursday", "B is expected to arrive in Skopje" places it."""
    text = (
        "President Tarik Osmani will receive Prime Minister of Moldova Dorin Vrabie on "
        f"Thursday, the presidency reported. {arrival}"
    )
    found = story_meetings(text, _MONDAY)
    assert [(f[1], f[2]) for f in found] == [("2026-11-12", "Skopje")]


def test_an_arrival_after_the_planned_meeting_does_not_place_it() -> None:
    """The look-alike: an arrival days after the reception is the next leg of the trip."""
    text = (
        "President Tarik Osmani will receive Prime Minister of Moldova Dorin Vrabie on "
        "Thursday, the presidency reported. Vrabie is expected to arrive in Rome on "
        "Saturday for a summit."
    )
    found = story_meetings(text, _MONDAY)
    assert [(f[1], f[2]) for f in found] == [("2026-11-12", None)]


_CALLED_IN = (
    "This morning the Foreign Ministry called in Ruritania's {office}, Ivo Kral, and handed "
    "him a written protest over an army helicopter's flight across the frontier.\n\n"
    "The army said the aircraft went some three kilometres in and left after about four "
    "minutes.\n\n"
    "{body} was received by the State Secretary of the ministry, Anna Berzina. The head of the "
    "Eastern Department, Ugis Liepins, also took part in the conversation."
)


@pytest.mark.parametrize(
    ("office", "body"),
    [
        ("chargé d'affaires", "The chargé"),
        ("chargé d'affaires", "The envoy"),
        ("ambassador", "The envoy"),
    ],
)
def test_the_short_office_of_a_summoned_envoy_is_met_on_the_summons_day(
    office: str, body: str
) -> None:
    """A "chargé" or "envoy" received by an official is the one called in that day."""
    text = _CALLED_IN.format(office=office, body=body)
    found = story_meetings(text, _PUBLISHED)
    assert [(set(f[0]), f[1]) for f in found] == [({"Ivo Kral", "Anna Berzina"}, "2026-11-11")]


def test_the_charge_is_not_an_ambassador_called_in() -> None:
    """The look-alike: "the chargé" does not name the ambassador the ministry called in."""
    text = _CALLED_IN.format(office="ambassador", body="The chargé")
    assert story_meetings(text, _PUBLISHED) == []


def test_an_official_who_told_a_summoned_consul_met_him_on_the_summons_day() -> None:
    """A body "called in the consul, A, on Monday" past the lede; "B told him": B met A Monday."""
    text = (
        "Two navy jets shot down a drone over the strait early yesterday, the defense ministry "
        "said.\n\nThe ministry said the drone had been tracked for an hour. Officials said "
        "debris fell into the sea.\n\n"
        "The Foreign Ministry called in the Spanish consul, Pablo Ortega, on Monday to protest "
        "the seizure of a fishing boat.\n\n"
        'Vice Minister Tomas Arce told him the seizure was "an unacceptable act," a ministry '
        "statement said."
    )
    found = story_meetings(text, _PUBLISHED)
    assert [(set(f[0]), f[1]) for f in found] == [({"Pablo Ortega", "Tomas Arce"}, "2026-11-09")]


_UNNAMED = (
    "NAIROBI - Kenya's Ministry of Foreign Affairs on Monday summoned the Ugandan ambassador "
    "to protest a shooting on Lake Victoria that killed two fishermen.\n\n"
    "The fishermen were shot on Saturday night near a small island, local officials said. "
    '"They were only fishing," a village elder told reporters.\n\n'
    "Police said the boats had been towed away. The families have asked for compensation.\n\n"
    "Principal Secretary Jane Wairimu met {envoy} and gave him a written protest, according "
    "to a ministry statement."
)


def test_an_envoy_summoned_unnamed_in_the_lede_and_met_by_name_later_keeps_the_day() -> None:
    """The lede's summons of "the Ugandan ambassador" dates the body's meeting with him."""
    text = _UNNAMED.format(envoy="Ugandan Ambassador Moses Kaggwa")
    found = story_meetings(text, _PUBLISHED)
    assert [(set(f[0]), f[1]) for f in found] == [({"Jane Wairimu", "Moses Kaggwa"}, "2026-11-09")]


def test_an_envoy_of_another_country_is_not_dated_by_the_summons() -> None:
    """The look-alike: the Tanzanian ambassador met later is not the Ugandan one summoned."""
    text = _UNNAMED.format(envoy="Tanzanian Ambassador Moses Kaggwa")
    found = story_meetings(text, _PUBLISHED)
    assert [(set(f[0]), f[1]) for f in found] == [({"Jane Wairimu", "Moses Kaggwa"}, None)]


_BRIEFS = (
    "WORLD BRIEFS\n\n"
    "Jets down drones over the gulf\n\n"
    "   WASHINGTON (AP) -- Two Navy jets shot down two drones over the gulf early yesterday, "
    "the Pentagon said.\n"
    "   The drones were launched from a ship, a spokesman said.\n\n"
    "Ministers discuss aid\n\n"
    "   {line} -- Indonesian Foreign Minister Budi Santoso and Australian Foreign Minister "
    "Clare Whitlam held two rounds of talks on aid on Wednesday.\n"
)


@pytest.mark.parametrize(
    ("line", "city"),
    [("CANBERRA, Australia (UPI)", "Canberra"), ("CANBERRA (Reuters)", "Canberra")],
)
def test_a_brief_on_a_page_of_briefs_is_placed_at_its_own_dateline(line: str, city: str) -> None:
    """An agency's undated dateline opens each item: its meetings are there, not at the first."""
    found = story_meetings(_BRIEFS.format(line=line), date(1981, 8, 20))
    assert [(f[1], f[2]) for f in found] == [("1981-08-19", city)]


@pytest.mark.parametrize(
    "clause",
    [
        "impounded by the coast guard in the small hours of Wednesday",
        "seized off the coast on Wednesday",
        "boarded by coast guards on Wednesday night",
    ],
)
def test_the_day_of_an_incident_told_in_a_participle_clause_is_not_the_meeting_s(
    clause: str,
) -> None:
    """In "On Thursday, A received B about the trawler, detained on Wednesday" Thursday is kept."""
    text = (
        "On Thursday, Undersecretary Ana Rojas received the Ambassador of Peru, Luis Vidal, to "
        f"address the situation of a fishing vessel, {clause}."
    )
    found = story_meetings(text, date(2026, 11, 13))
    assert [f[1] for f in found] == ["2026-11-12"]


def test_a_day_after_a_companion_s_participle_is_the_meeting_s() -> None:
    """The look-alike: ", accompanied by the consul, on Tuesday" dates the meeting."""
    text = (
        "Undersecretary Ana Rojas received the Ambassador of Peru, Luis Vidal, accompanied by "
        "the consul, on Tuesday."
    )
    found = story_meetings(text, date(2026, 11, 13))
    assert [f[1] for f in found] == ["2026-11-10"]
