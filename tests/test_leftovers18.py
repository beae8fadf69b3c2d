"""Classes the seventeenth session's helpers left over, told in our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_PUBLISHED = date(2024, 5, 20)


def _pairs(text: str) -> set[frozenset[str]]:
    art = diplomeet.parse(text, published=_PUBLISHED)
    return {frozenset(p.name for p in m.participants) for m in art.meetings}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "NAIROBI - Ghanaian President Kwame Asante began a two-day state visit to Kenya "
                "on Monday and held talks with Kenyan President Daniel Mwangi at State House.\n\n"
                "Speaking at a business forum in the afternoon, the President told investors "
                'that Ghana was "ready to trade more with East Africa."'
            ),
            "Kwame Asante",
        ),
        (
            (
                "LISBON, May 14 (Lusa) - Brazilian President Paulo Viana arrived in Lisbon on "
                "Tuesday for talks with Portuguese President Rui Almeida.\n\n"
                'At a dinner later, the President told his hosts: "Brazil and Portugal share a '
                'history that no ocean can divide."'
            ),
            "Paulo Viana",
        ),
        (
            (
                "Report\n\nHANOI (VNA) - Prime Minister Tran Van Long of Vietnam held talks in "
                "Hanoi on Friday with Prime Minister Somchai Keo of Laos.\n\n"
                'Addressing a business forum later, the Prime Minister said: "Our two '
                'countries are brothers."'
            ),
            "Tran Van Long",
        ),
    ],
)
def test_a_bare_office_after_two_holders_named_together_is_the_first_named(
    text: str, speaker: str
) -> None:
    """'President A ... held talks with President B. [...] the President told': A, not B."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    assert [s.speaker.name if s.speaker else None for s in art.statements] == [speaker]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "ABUJA, May 20 (Reuters) - Nigeria and Ghana agreed on Monday to link their "
                "payment systems. The central bank governors of the two countries, Musa "
                "Adebayo of Nigeria and Kofi Mensah of Ghana, also met in Abuja."
            ),
            {"Musa Adebayo", "Kofi Mensah"},
        ),
        (
            (
                "BOGOTA, May 14 (EFE) - The mayors of the two capitals, Laura Pinto of Bogota "
                "and Diego Ferraz of Quito, met on Tuesday to sign a twinning agreement."
            ),
            {"Laura Pinto", "Diego Ferraz"},
        ),
        (
            (
                "CANBERRA - The governors of both central banks, Helen Shaw of Australia and "
                "Tama Ruru of New Zealand, held talks in Canberra on Thursday."
            ),
            {"Helen Shaw", "Tama Ruru"},
        ),
    ],
)
def test_holders_of_a_plural_office_in_apposition_meet(text: str, pair: set[str]) -> None:
    """'the governors of the two countries, A of X and B of Y, also met': A meets B."""
    assert frozenset(pair) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "pair", "place"),
    [
        (
            (
                "Report\n\nLYON, May 20 (AFP) - The Kenyan delegation, headed by Governor Amina "
                "Wekesa of Mombasa, arrived in Lyon on Monday. On Thursday, the group travels "
                "to Grenoble, where it will meet the mayor, Claire Dubois."
            ),
            {"Amina Wekesa", "Claire Dubois"},
            "Grenoble",
        ),
        (
            (
                "Report\n\nOSAKA (Kyodo) - A trade mission led by Swedish Trade Minister Lars "
                "Holm landed in Osaka on Sunday. On Wednesday the delegation goes on to Kyoto, "
                "where it will meet the city's mayor, Hiroshi Tanaka."
            ),
            {"Lars Holm", "Hiroshi Tanaka"},
            "Kyoto",
        ),
        (
            (
                "Report\n\nPORTO (Lusa) - A delegation from Cape Verde led by Foreign Minister "
                "Rui Semedo arrived in Porto on Monday.\n\nThe programme\n\nThe delegation "
                "will then travel to Braga, where it is due to meet the mayor, Joana Freitas, "
                "on Friday."
            ),
            {"Rui Semedo", "Joana Freitas"},
            "Braga",
        ),
    ],
)
def test_a_delegation_told_as_it_meets_as_its_head_where_its_trip_goes(
    text: str, pair: set[str], place: str
) -> None:
    """'A delegation led by A [...] goes to X, where it will meet B': A meets B in X."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    found = {frozenset(p.name for p in m.participants): m for m in art.meetings}
    meeting = found[frozenset(pair)]
    assert meeting.place is not None
    assert meeting.place.name == place
    assert meeting.status == "planned"


_STORY = (
    "Officials of the two countries agreed on Monday to share flood warnings, the ministry "
    "said.\n\nA joint committee will meet again in June."
)


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        (
            (
                "Why delta water sharing is back on the agenda\n\nPublished: 2 April 2025\n\n"
                "Authors\n\nAmara Okonkwo-Reyes\nProfessor of Hydrology, University of "
                "Westbrook\n\nDaniel Fairweather\nLecturer in Law, Harbour College\n\n"
            ),
            ("Amara Okonkwo-Reyes", "Daniel Fairweather"),
        ),
        (
            (
                "Can the river commission still deliver?\n\n14 March 2025\n\nWritten by:\n\n"
                "Priya Raman-Holt, Senior Fellow, Institute for Basin Studies\n"
                "Kofi Larbi-Asante, Research Associate, Centre for Water Law\n\n"
            ),
            ("Priya Raman-Holt", "Kofi Larbi-Asante"),
        ),
        (
            (
                "Mekong talks resume after a long pause\n\nMarch 3, 2025\n\nAuthor\n\n"
                "Sophie Tranh-Lebrun\nAssociate Professor, Eastgate University\n\n"
            ),
            ("Sophie Tranh-Lebrun",),
        ),
    ],
)
def test_writers_under_an_authors_heading_are_the_authors(
    head: str, authors: tuple[str, ...]
) -> None:
    """'Authors' / 'Jane Doe' / 'Professor of X, University of Y': Jane Doe, not her post."""
    art = diplomeet.parse(head + _STORY, published=_PUBLISHED)
    assert art.source.authors == authors
    assert "Professor" not in art.text


@pytest.mark.parametrize(
    ("text", "acronym", "countries"),
    [
        (
            (
                "MANILA - The Philippine Coast Guard (PCG) said on Tuesday that the China Coast "
                "Guard (CCG) had harassed a resupply mission near the shoal.\n\nOn Monday "
                "morning, a CCG vessel fired its water cannon at a Philippine supply boat for "
                "ten minutes and later rammed its bow, the PCG said."
            ),
            "CCG",
            {"CN", "PH"},
        ),
        (
            (
                "HANOI - Vietnam's fisheries surveillance force accused the China Coast Guard "
                "(CCG) of harassing its fishermen.\n\nTwo CCG ships rammed a fishing boat near "
                "the Paracel Islands on Saturday, injuring four crew members, officials said."
            ),
            "CCG",
            {"CN"},
        ),
        (
            (
                "KYIV - The State Border Guard Service of Ukraine (DPSU) reported new "
                "provocations at the frontier.\n\nDPSU guards fired warning shots at a "
                "helicopter that crossed the border on Friday, officials said."
            ),
            "DPSU",
            {"UA"},
        ),
    ],
)
def test_an_acronym_defined_earlier_gives_its_country_to_an_incident(
    text: str, acronym: str, countries: set[str]
) -> None:
    """'the China Coast Guard (CCG)' then 'a CCG vessel fired ...': China is an actor."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    told = [i for i in art.incidents if f"{acronym} " in i.summary]  # "a CCG vessel", no "(CCG)"
    assert told
    assert countries <= {a.country for a in told[0].actors}


def _countries_of(text: str) -> dict[str, str | None]:
    art = diplomeet.parse(text, published=_PUBLISHED)
    return {p.name: p.country for m in art.meetings for p in m.participants}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            (
                "Report\n\nASTANA - Kazakh Senate Speaker Aibek Nurlanov received South Korean "
                "National Assembly Speaker Kim Min-soo on Tuesday. Later on Tuesday, the Korean "
                "Speaker met Prime Minister Daulet Seitov."
            ),
            "Kim Min-soo",
            "KR",
        ),
        (
            (
                "Report\n\nBRAZZAVILLE - Gabonese President Marc Ondo held talks on Friday with "
                "Congolese President Firmin Nkouka at the presidential palace in Brazzaville."
            ),
            "Firmin Nkouka",
            "CG",
        ),
        (
            (
                "Report\n\nJUBA - Kenyan envoy Ruth Wanjala met the Sudanese Foreign Minister, "
                "Deng Malual, in Juba, the capital of South Sudan, on Monday."
            ),
            "Deng Malual",
            "SS",
        ),
    ],
)
def test_an_adjective_two_countries_share_takes_the_one_the_story_names(
    text: str, name: str, country: str
) -> None:
    """'the Korean Speaker' in a story of South Korea (not the North) is South Korea's."""
    assert _countries_of(text).get(name) == country


@pytest.mark.parametrize(
    ("text", "three", "place"),
    [
        (
            (
                "Report\n\nWASHINGTON, May 20 (AP) - Secretary of State Maria Lindqvist will "
                "travel to Tokyo this week. She is due to meet Japanese Foreign Minister Kenji "
                "Arakawa there on May 23 with South Korean Foreign Minister Park Joon-ho."
            ),
            {"Maria Lindqvist", "Kenji Arakawa", "Park Joon-ho"},
            "Tokyo",
        ),
        (
            (
                "Report\n\nBERLIN - German Chancellor Hans Vollmer will meet French President Luc "
                "Marchand in Paris on Friday with Polish Prime Minister Adam Wisniak."
            ),
            {"Hans Vollmer", "Luc Marchand", "Adam Wisniak"},
            "Paris",
        ),
        (
            (
                "Report\n\nNAIROBI (Reuters) - Asked about the summit in Geneva, Kenyan Foreign "
                "Minister Amina Odhiambo said she would attend. She will meet Ugandan Foreign "
                "Minister Peter Okello there next week with UN envoy Lars Berg."
            ),
            {"Amina Odhiambo", "Peter Okello", "Lars Berg"},
            "Geneva",
        ),
    ],
)
def test_a_third_party_after_with_joins_a_planned_meeting(
    text: str, three: set[str], place: str
) -> None:
    """'is due to meet B there on May 23 with C': A, B and C, where 'there' was told."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    found = {frozenset(p.name for p in m.participants): m for m in art.meetings}
    meeting = found[frozenset(three)]
    assert meeting.place is not None
    assert meeting.place.name == place


def test_the_two_ministers_after_a_meeting_of_three_are_its_two_ministers() -> None:
    """'meet minister B [...] with Secretary C. The two ministers met in May': A and B."""
    text = (
        "Report\n\nYEREVAN - Armenian Foreign Minister Aram Petrosyan held talks with "
        "Georgian Foreign Minister Levan Gelashvili in Yerevan on Monday.\n\n"
        "Petrosyan will go to Geneva. He is due to meet Azerbaijani Foreign Minister Elchin "
        "Mammadov there on May 23 with US Secretary of State Karen Hollis. The two ministers "
        "held talks in Vienna on May 2."
    )
    pairs = _pairs(text)
    assert frozenset({"Aram Petrosyan", "Elchin Mammadov"}) in pairs
    assert frozenset({"Aram Petrosyan", "Elchin Mammadov", "Karen Hollis"}) in pairs


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            (
                "Report\n\nNAKURA, Ghana: Ghanaian Interior Minister Kwesi Adom and Togolese "
                "Security Minister Kodjo Agbeko met on Monday.\n\nThe talks at the customs post "
                "lasted three hours."
            ),
            "Nakura",
            "GH",
        ),
        (
            (
                "Report\n\nNAMANGA, Kenya: Kenyan Trade Minister Neema Wairimu held talks with "
                "Tanzanian Trade Minister Isaac Mushi on Saturday.\n\nThe meeting at the "
                "border post was closed to the press."
            ),
            "Namanga",
            "KE",
        ),
    ],
)
def test_a_dateline_town_before_a_colon_places_the_days_meeting(
    text: str, place: str, country: str
) -> None:
    """'NAKURA, Ghana: A and B met on Monday. The talks at the customs post ...': Nakura."""
    art = diplomeet.parse(text, published=_PUBLISHED)
    assert len(art.meetings) == 1
    assert art.meetings[0].place is not None
    assert (art.meetings[0].place.name, art.meetings[0].place.country) == (place, country)
