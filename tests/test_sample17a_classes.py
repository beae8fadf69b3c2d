"""
Classes found in the `sample17a` development sample (diplomacy in formats other than the story).

Articles and sentences written here, people invented.  Each test states one class: a
broadcast programme's transcript (speaker turns without quote marks, the programme's own
anchors and correspondents not being news), and "the two prime ministers" as heads of
government, never the foreign ministers named since.
"""

from __future__ import annotations

from datetime import date

from diplomeet import parse
from extraction_helpers import meeting_people

CNN_STYLE = (
    "CNN NEWSROOM\n\n"
    "LAURA PINSKY, CNN ANCHOR: Kenya and Somalia have agreed to reopen their border. Our "
    "correspondent Daniel Mwangi is in Nairobi.\n\n"
    "DANIEL MWANGI, CNN CORRESPONDENT: Laura, the two foreign ministers met here for three "
    "hours this morning.\n\n"
    "AMINA HASSAN OSMAN, SOMALI FOREIGN MINISTER: We have turned a page. Our people will "
    "cross freely again.\n\n"
    "MWANGI (voice-over): Kenya's minister was more cautious.\n\n"
    "PETER KIMANI NJOROGE, KENYAN FOREIGN MINISTER (through translator): The border opens "
    "when the security teams say it is ready.\n\n"
    "PINSKY: Daniel Mwangi in Nairobi, thank you.\n"
)
RADIO_STYLE = (
    "MORNING EDITION\n\n"
    "ANA LUCIA REYES, HOST:\n\n"
    "Chile's foreign minister was in La Paz yesterday, the first such visit in years. Tom "
    "Ferris reports.\n\n"
    "TOM FERRIS, BYLINE: The talks ran long into the evening.\n\n"
    "(SOUNDBITE OF ARCHIVED RECORDING)\n\n"
    "MARCELO QUIROGA: (Through interpreter) The sea is not a favour we ask. It is a right.\n\n"
    "FERRIS: Quiroga is Bolivia's foreign minister.\n"
)
# A release's quotes under "NAME, OFFICE:" labels, no programme: no transcript.
RELEASE = (
    "Joint statement\n\n"
    "MARIA LOPEZ, TRADE MINISTER: We welcome the agreement.\n\n"
    "The ministers met in Quito on Monday.\n"
)


def _direct(text: str) -> dict[str, str]:
    found = parse(text, published=date(2021, 3, 3)).statements
    return {s.quote: (s.speaker.name if s.speaker else "") for s in found if s.mode == "direct"}


def test_a_newsmakers_turn_in_a_programme_transcript_is_a_direct_statement() -> None:
    """A programme's "NAME, FOREIGN MINISTER: words" (an anchor introduced) is the minister's."""
    direct = _direct(CNN_STYLE)
    assert direct["We have turned a page. Our people will cross freely again."] == (
        "Amina Hassan Osman"
    )
    # the stage note "(through translator)" belongs to the label, not to the words
    assert direct["The border opens when the security teams say it is ready."] == (
        "Peter Kimani Njoroge"
    )


def test_the_programmes_anchors_and_correspondents_are_not_statements() -> None:
    """The anchor's and the correspondent's turns are the programme's words: no statement."""
    speakers = set(_direct(CNN_STYLE).values())
    assert not speakers & {"Laura Pinsky", "Daniel Mwangi", "Pinsky", "Mwangi"}


def test_a_guest_labelled_by_name_alone_speaks_after_a_stage_note() -> None:
    """A radio transcript's "NAME: (Through interpreter) words": the guest's, the note dropped."""
    direct = _direct(RADIO_STYLE)
    assert direct == {"The sea is not a favour we ask. It is a right.": "Marcelo Quiroga"}


def test_labelled_quotes_without_a_programme_are_no_transcript() -> None:
    """Without an anchor, host or correspondent, "NAME, OFFICE:" lines are not turns."""
    assert "We welcome the agreement." not in _direct(RELEASE)


PREMIERS = (
    "MADRID - Portugal's new premier, Joao Bastos, travelled to Madrid on Thursday, where his "
    "Spanish counterpart, Luis Ortega Vinas, received him at the Moncloa Palace.\n\n"
    "Their foreign ministers, Rita Cabral and Pedro Salcedo, signed a water agreement in the "
    "afternoon.\n\n"
    "The two prime ministers will meet again in Lisbon in June."
)
LAST_MET = (
    "DHAKA, March 4 (Reuters) - Nepal's prime minister arrived in Dhaka on Monday for his "
    "first foreign trip since taking office. Ram Bahadur Thapa was met at the airport by his "
    "Bangladeshi counterpart, Anwar Hossain Mollah.\n\n"
    "Nepal's foreign minister, Binod Koirala, held separate talks with Bangladesh's Foreign "
    "Minister Tareq Rahman on river sharing.\n\n"
    "The two prime ministers last met in Bangkok in November, at a regional summit."
)


def test_the_two_prime_ministers_are_not_the_foreign_ministers_named_since() -> None:
    """Heads of government with no title told (a premier and his counterpart) are the pair."""
    meetings = parse(PREMIERS, published=date(2025, 2, 14)).meetings
    lisbon = [m for m in meetings if m.place is not None and m.place.name == "Lisbon"]
    assert [meeting_people(m) for m in lisbon] == [{"Bastos", "Vinas"}]


def test_the_two_prime_ministers_last_met_is_the_leaders_history() -> None:
    """After the foreign ministers' talks, "the two prime ministers last met" is the leaders'."""
    meetings = parse(LAST_MET, published=date(2024, 3, 4)).meetings
    bangkok = [m for m in meetings if m.place is not None and m.place.name == "Bangkok"]
    assert [meeting_people(m) for m in bangkok] == [{"Thapa", "Mollah"}]


GALLERY = """<html><head>
<title>In pictures: ministers meet in Accra | World news | The Example Chronicle</title>
</head><body>
<h1>In pictures: ministers meet in Accra</h1>
<p>Ghana's foreign minister welcomed her Togolese counterpart in Accra on Monday.</p>
<p class="caption">The two ministers at the foreign ministry.</p>
<p class="credit">Photograph: Kwame Boateng/AFP/Getty Images</p>
<p class="caption">Talks ran into the evening.</p>
<p class="credit">Photo: Efua Mensah/Reuters</p>
</body></html>"""


def test_labelled_photo_credit_lines_credit_their_agencies() -> None:
    """A credit line "Photograph: Name/AFP/Getty Images" credits AFP and Getty Images."""
    source = parse(GALLERY, published=date(2024, 6, 4)).source
    assert {"AFP", "Getty Images", "Reuters"} <= set(source.agencies)
    assert "Kwame Boateng" not in source.authors


def test_a_section_between_headline_and_site_name_is_not_the_outlet() -> None:
    """A <title> "Headline | World news | Site" names the site, not the section."""
    assert parse(GALLERY, published=date(2024, 6, 4)).source.outlet == "The Example Chronicle"


def test_a_transcripts_air_date_is_the_publication_date() -> None:
    """A transcript's "Aired ...", "Air date: ..." or "Broadcast: ..." line is its date."""
    for line, day in (
        ("Aired March 3, 2021 - 10:00 ET", date(2021, 3, 3)),
        ("Air date: 14 May 2019", date(2019, 5, 14)),
        ("Broadcast: 2 June 2025", date(2025, 6, 2)),
    ):
        text = f"NEWSROOM\n\nMinisters meet at the border\n\n{line}\n\n{CNN_STYLE}"
        assert parse(text).source.published == day, line


def test_a_copyright_line_gives_the_outlets_usual_name() -> None:
    """A copyright line naming "Cable News Network" gives the outlet's usual name, CNN."""
    text = f"{CNN_STYLE}\nCopyright 1999 Cable News Network. All Rights Reserved.\n"
    assert parse(text, published=date(1999, 2, 20)).source.outlet == "CNN"


FLEETS = (
    "MANAMA, May 12 (Reuters) - A tanker was hit by a drone on Saturday. The US Navy's Fifth "
    'Fleet said on Sunday it had tracked "a one-way attack drone launched from Yemen".\n\n'
    'Russia\'s Black Sea Fleet said its ships had "repelled an attack by naval drones".\n\n'
    'The 3rd Marine Division said the exercise was "purely defensive".\n'
)


def test_a_named_fleet_or_division_is_an_organisation_speaker() -> None:
    """A navy's or an army's formation ("Fifth Fleet", "Marine Division") speaks as a body."""
    found = parse(FLEETS, published=date(2025, 5, 12)).statements
    kinds = {s.quote: s.speaker.kind for s in found if s.speaker is not None}
    assert kinds["a one-way attack drone launched from Yemen"] == "organization"
    assert kinds["repelled an attack by naval drones"] == "organization"
    assert kinds["purely defensive"] == "organization"


SINCE_EVENT = (
    "LIMA (Reuters) - Peru's Foreign Minister Ana Maria Quispe and Chile's Foreign Minister "
    "Tomas Errazuriz held talks in Lima, their first meeting since a patrol boat fired on a "
    "fishing vessel on Saturday.\n\n"
    "It was their first face-to-face meeting since they sat down in Santiago last October.\n"
)
SINCE_LIVE = (
    "Recap: what happened in Muscat\n\n"
    "Saudi Foreign Minister Adel Harbi and Iranian Foreign Minister Reza Ghafouri held three "
    "hours of talks in Muscat on the attack on a Saudi tanker.\n\n"
    "Ministers shake hands\n\n"
    "It is their first face-to-face meeting since they sat down on the sidelines of the UN "
    "General Assembly in New York last September.\n"
)


def test_a_date_closing_a_since_clause_is_not_the_meetings() -> None:
    """A meeting "the first since a boat was fired on on Saturday" is not dated Saturday."""
    meetings = parse(SINCE_EVENT, published=date(2025, 5, 14)).meetings
    lima = [m for m in meetings if m.place is not None and m.place.name == "Lima"]
    assert len(lima) == 1
    assert lima[0].when is None or lima[0].when.value != "2025-05-10"


def test_a_meeting_told_after_since_they_is_an_earlier_one() -> None:
    """A meeting told after "since they" ("sat down in New York") is an earlier one."""
    meetings = parse(SINCE_LIVE, published=date(2025, 5, 13)).meetings
    by_place = {m.place.name: m for m in meetings if m.place is not None}
    assert by_place["New York"].when is not None
    assert by_place["New York"].when.value == "2024-09"
    assert by_place["Muscat"].when is None or by_place["Muscat"].when.value != "2024-09"
    assert all(meeting_people(m) == {"Harbi", "Ghafouri"} for m in by_place.values())


def _meeting_days(text: str, published: date) -> dict[frozenset[str], tuple[str | None, str]]:
    found = parse(text, published=published).meetings
    return {
        frozenset(meeting_people(m)): (m.when.value if m.when else None, m.status) for m in found
    }


def test_a_timetables_simple_present_tells_a_day_ahead() -> None:
    """A newsletter's "holds talks with B on Friday", written on a Tuesday: the coming Friday."""
    text = (
        "What we're watching\n\n"
        "Ghana's President, Kwabena Asante-Darko, arrives in Ottawa on Thursday for a two-day "
        "visit and holds talks with Prime Minister Robert Langille on Friday.\n"
    )
    days = _meeting_days(text, date(2013, 4, 23))
    assert days[frozenset({"Asante-Darko", "Langille"})] == ("2013-04-26", "planned")


def test_a_radio_bulletins_present_meeting_is_ahead() -> None:
    """A bulletin's "He meets B there on Friday" after a trip "tomorrow": the coming Friday."""
    text = (
        "Mr. Samuel Ngeno flies to Bujumbura tomorrow. He meets Burundi's President Alain "
        "Ndikumana there on Friday.\n"
    )
    days = _meeting_days(text, date(2022, 11, 23))
    assert days[frozenset({"Ngeno", "Ndikumana"})] == ("2022-11-25", "planned")


def test_sees_in_a_timetable_is_a_meeting() -> None:
    """A named person one "sees" is met ("sees no reason" is not), ahead in a timetable."""
    text = (
        "Turkey's Foreign Minister Kemal Aydin sees his Greek counterpart, Nikos Vlachos, in "
        "Athens on Friday. Aydin sees no reason to delay the talks.\n"
    )
    days = _meeting_days(text, date(2013, 4, 23))
    assert days == {frozenset({"Aydin", "Vlachos"}): ("2013-04-26", "planned")}


def test_a_captions_present_still_tells_the_past() -> None:
    """A photo caption's "A, left, meets B ... on Monday" (no timetable) stays behind."""
    text = (
        "Georgian President Levan Gelashvili, left, meets French President Etienne Marchal in "
        "Tbilisi on Monday.\n"
    )
    days = _meeting_days(text, date(2008, 9, 10))
    assert days[frozenset({"Gelashvili", "Marchal"})] == ("2008-09-08", "held")


def test_a_deputys_office_takes_its_portfolio_after_it() -> None:
    """An office whose portfolio follows ("Vice-Minister for Foreign Affairs A") ends there."""
    tokyo = (
        "Vice-Minister for Foreign Affairs Hiroshi Kaneda summoned China's ambassador, Wang "
        "Jiahua, to the Foreign Ministry in Tokyo."
    )
    stockholm = (
        "State Secretary for Foreign Affairs Anna Berg summoned Russia's ambassador, Ivan "
        "Petrov, to the ministry in Stockholm."
    )
    for text in (tokyo, stockholm):
        found = parse(text, published=date(2013, 4, 23)).meetings
        assert [meeting_people(m) for m in found] in (
            [{"Kaneda", "Jiahua"}],
            [{"Berg", "Petrov"}],
        ), text


def test_a_newsletters_writer_sentence_credits_its_author() -> None:
    """A newsletter's "Evening Briefing is compiled by A." names its writer; a treaty's does not."""
    text = (
        "The Daily Brief\n\n"
        "Talks resume in Doha\n\n"
        "Today's newsletter was written by Amal Haddad and Tom Reyes.\n\n"
        "The two ministers met on Monday.\n\n"
        "The Agreement was written by Lord Ashcombe.\n"
    )
    assert parse(text, published=date(2024, 5, 6)).source.authors == ("Amal Haddad", "Tom Reyes")
    other = "Evening Briefing\n\nEvening Briefing is compiled by Sara Lind.\n\nThe ministers met.\n"
    assert parse(other, published=date(2024, 5, 6)).source.authors == ("Sara Lind",)


def test_a_round_of_talks_between_two_people_is_their_meeting() -> None:
    """A "round of talks between A and B" is a meeting of A and B, as "talks between" is."""
    brussels = (
        "The tenth round of talks between Prime Minister Dragan Milosavljevic and Prime "
        "Minister Agim Rexhepi ran past midnight in Brussels on Friday."
    )
    lima = (
        "A new round of talks between Foreign Minister Ana Rojas of Peru and her Chilean "
        "counterpart, Luis Pena, ended in Lima on Friday."
    )
    for text, people in ((brussels, {"Milosavljevic", "Rexhepi"}), (lima, {"Rojas", "Pena"})):
        found = parse(text, published=date(2013, 4, 23)).meetings
        assert [meeting_people(m) for m in found] == [people], text


def test_two_people_agreeing_at_a_place_met_there() -> None:
    """Two named people who "agreed in Khartoum on Sunday to ..." met there."""
    met = (
        "Sudan's Foreign Minister, Abdelrahim Osman Karrar, and South Sudan's Foreign Minister, "
        "Barnaba Lual Akol, agreed in Khartoum on Sunday to let southern oil flow again."
    )
    found = parse(met, published=date(2013, 4, 23)).meetings
    assert [(meeting_people(m), m.place.name if m.place else None) for m in found] == [
        ({"Karrar", "Akol"}, "Khartoum")
    ]
    assert found[0].when is not None
    assert found[0].when.value == "2013-04-21"
    apart = (
        "President Ana Rojas and President Luis Pena agreed in principle on Sunday to reopen "
        "the border. Peru and Chile agreed in Lima to set up a commission."
    )
    assert parse(apart, published=date(2013, 4, 23)).meetings == ()
