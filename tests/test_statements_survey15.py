"""
Speakers found by a survey of who speaks across whole articles.

Articles and sentences written here, people invented.  The survey (45 article-length
stretches: wires, dailies, broadcasters' sites, readouts, press briefings, features and
archive dispatches) followed the speaker from paragraph to paragraph and showed these gaps:

* a person introduced by a job description at the start of a sentence ("Human rights lawyer
  Ana Ruiz disagreed.") is whom the "she said" of the quotation after takes up;
* "police said" after a quotation, written bare;
* "it added" after a body's quotation is that body;
* a body written in lower case keeps the word saying which one ("the border service", "the
  transport ministry"); "the union" takes up the union the article named;
* a country's body written with the country's possessive and in lower case ("China's
  coastguard said ...").
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Actor, Statement
from extraction_helpers import quoted_statements, speaker_actor, speaker_in

PUBLISHED = date(2024, 5, 14)


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Talks resume")


def speaker_of(text: str, words: str) -> Actor | None:
    """The speaker of the quotation holding ``words``."""
    return speaker_actor(quoted(text), words)


def name_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    return speaker_in(quoted(text), words)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                'Prime Minister Tavita Solomona defended the new levy on Monday. "Nobody likes'
                ' taxes, but the roads must be paid for," he said.\n\nOpposition economist Lagi'
                ' Fuimaono disagreed. "The levy falls on the poorest families first," she said.'
            ),
            "poorest families",
            "Lagi Fuimaono",
        ),
        (
            (
                'The governor, Ruben Okwuosa, said the curfew would stay. "We are not done yet,"'
                " Okwuosa said.\n\nHis longtime critic, the veteran lawyer Imelda Castellanos-Ruiz,"
                ' sees it otherwise. "Curfews have never stopped a single smuggler," she says.'
            ),
            "single smuggler",
            "Imelda Castellanos-Ruiz",
        ),
        (
            (
                '"The treaty is a good one," Foreign Minister Jarl Vikstrom told parliament.\n\n'
                'Former ambassador Henrik Aaltonen-Berg was less sure. "I have read it twice and I'
                ' still cannot find the fishermen in it," he said.'
            ),
            "find the fishermen",
            "Henrik Aaltonen-Berg",
        ),
        (
            (
                'Mayor Ilona Varga spoke first. "We lost the harbour," Varga said.\n\nThe regional'
                ' governor, Tamas Horvath-Bene, said the army would help. "Engineers arrive'
                ' tomorrow," he said.'
            ),
            "Engineers arrive",
            "Tamas Horvath-Bene",
        ),
    ],
)
def test_a_person_introduced_by_a_job_is_whom_the_pronoun_takes_up(
    text: str, words: str, speaker: str
) -> None:
    """A lawyer named after her job, then a quotation and "she said": the lawyer speaks."""
    assert name_of(text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        '"Two officers were hurt by flying glass," police said.',
        '"The driver has been released without charge," police said in a statement on Sunday.',
        'The march ended at six. "There were no arrests," police said.',
    ],
)
def test_police_written_bare_after_a_quotation_speak(text: str) -> None:
    """'"...," police said': the police, with no article."""
    speaker = quoted(text)[-1].speaker
    assert speaker is not None
    assert speaker.kind == "organization"
    assert speaker.name.lower() == "police"


@pytest.mark.parametrize(
    "text",
    [
        (
            '"We condemn the seizure of the trawler," the ministry said. "The crew must be freed'
            ' at once," it added.'
        ),
        (
            'The Fisheries Authority said on Friday: "Quotas will not change this year."\n\n"We'
            ' have heard the industry and we have decided," it said.'
        ),
        (
            '"The border post will reopen on Monday," the Customs Service said in a statement.'
            ' "Lorries will be checked at the new terminal," it said.'
        ),
        (
            '"Such raids endanger the lives of fishermen," the Ministry of Fisheries said.\n\n'
            "It said the crew of the trawler had been brought ashore at Mannar.\n\n"
            '"We call on both navies to show restraint," it added.'
        ),
    ],
)
def test_it_after_a_bodys_quotation_is_that_body(text: str) -> None:
    """'"...," the ministry said. "...," it added': the ministry both times."""
    first, second = quoted(text)[:2]
    assert first.speaker is not None
    assert second.speaker == first.speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'The border service said the crossing was "open to all traffic" again.',
            "all traffic",
            "Border Service",
        ),
        (
            (
                'A spokesman for the transport ministry said: "The minister has asked both sides'
                ' to meet."'
            ),
            "both sides",
            "Transport Ministry",
        ),
        (
            (
                "The Amalgamated Seafarers Union called the strike on Monday. The union said it"
                ' would "not sail a single ship" until the talks resumed.'
            ),
            "single ship",
            "Amalgamated Seafarers Union",
        ),
    ],
)
def test_a_lower_case_body_keeps_the_word_that_says_which(
    text: str, words: str, speaker: str
) -> None:
    """The border service, the transport ministry, the union the article named."""
    assert name_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            'China\'s coastguard said the boat had "illegally intruded" into the waters.',
            "illegally intruded",
            "CN",
        ),
        (
            ('Kazakhstan\'s border troops said the patrol had crossed "by mistake in the fog".'),
            "in the fog",
            "KZ",
        ),
        ('"We fired warning shots," Malta\'s armed forces said.', "warning shots", "MT"),
    ],
)
def test_a_countrys_body_in_lower_case_speaks(text: str, words: str, country: str) -> None:
    """China's coastguard, in lower case after the possessive: that country's body."""
    speaker = speaker_of(text, words)
    assert speaker is not None
    assert speaker.kind == "organization"
    assert speaker.country == country


@pytest.mark.parametrize(
    "text",
    [
        'Hundreds of farmers marched on parliament chanting "Our land, our bread".',
        'Crowds outside the consulate shouted "Go home" as the envoy left.',
        'Placards read "No deal without the islands" and "Hands off our sea".',
        (
            "Hundreds of students ringed the ministry on Sunday, waving flags and shouting"
            ' that "the coast is not for sale".'
        ),
    ],
)
def test_a_crowds_slogans_and_a_signs_words_are_no_statements(text: str) -> None:
    """Chants, a crowd's cries and the words on placards: nobody states them."""
    assert quoted("The march went ahead on Saturday.\n\n" + text) == []


def test_what_a_crowd_said_stays_a_statement() -> None:
    """'Demonstrators said they want "..."': said, not chanted."""
    text = 'Demonstrators said they wanted "a fair hearing for the fishermen" and left.'
    assert [s.quote for s in quoted(text)] == ["a fair hearing for the fishermen"]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Tomasz Wrona, 72, and his daughter Ewa Wrona-Lis, 45, were the last to leave the"
                ' flooded street. "I built this house with my own hands," the 72-year-old said.'
            ),
            "own hands",
            "Tomasz Wrona",
        ),
        (
            (
                "Tomasz Wrona, 72, and his daughter Ewa Wrona-Lis, 45, were the last to leave the"
                ' flooded street. "We will be back by spring," the 45-year-old nurse said.'
            ),
            "by spring",
            "Ewa Wrona-Lis",
        ),
        (
            (
                '"The water came in at night," said fisherman Rahim Uddin-Khan, 58. "We lost'
                ' everything," the 58-year-old said.'
            ),
            "lost everything",
            "Rahim Uddin-Khan",
        ),
    ],
)
def test_a_person_taken_up_by_their_age(text: str, words: str, speaker: str) -> None:
    """A person described by age ("the 72-year-old said"): the one named with that age."""
    assert name_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Interior Cabinet Secretary Wafula Nyamweya toured the border. The CS said the"
                ' police had been "fully deployed".'
            ),
            "fully deployed",
            "Wafula Nyamweya",
        ),
        (
            (
                'Prime Minister Anil Deshmukh-Rao visited the port. "The berth will be ready by'
                ' March," the PM said.'
            ),
            "ready by",
            "Anil Deshmukh-Rao",
        ),
        (
            (
                "Director-General Hanne Birkeland opened the session. The DG said the agency was"
                ' "behind schedule but on budget".'
            ),
            "on budget",
            "Hanne Birkeland",
        ),
    ],
)
def test_a_person_taken_up_by_the_initials_of_their_title(
    text: str, words: str, speaker: str
) -> None:
    """Title initials ("the CS said", "the PM said"): the person named with that title."""
    assert name_of(text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        (
            'Deputy Foreign Minister Tariq Al-Hashimi-Rahman declined to comment. "We will'
            ' announce it when it is ready," he said.'
        ),
        (
            '"We will announce it when it is ready," Interior Minister Salem Al-Masri-Haddad'
            " told reporters."
        ),
    ],
)
def test_a_name_with_a_particle_and_two_hyphens_is_whole(text: str) -> None:
    """A name such as Tariq Al-Hashimi-Rahman is read whole, not as "Tariq"."""
    speaker = quoted(text)[0].speaker
    assert speaker is not None
    assert speaker.name.count("-") == 2


@pytest.mark.parametrize(
    "text",
    [
        (
            "The regional police commander, Josephat Mwakyusa, spoke on Monday.\n\nHe said:\n\n"
            '"Our officers reached the camp at dawn. The two hostages were unharmed."\n\n'
            '"The suspects fled into the forest and the search continues."'
        ),
        (
            "The envoy, Ilse Marquardt, read a statement to reporters:\n\n"
            '"Both sides have agreed to a pause in the fighting."\n\n'
            '"Monitors will arrive on Thursday to oversee it."'
        ),
    ],
)
def test_a_quotation_paragraph_after_a_colon_introduced_one_goes_on(text: str) -> None:
    """A cue-less quotation paragraph after "He said:" and its quotation: the same speaker."""
    first, second = quoted(text)[:2]
    assert first.speaker is not None
    assert second.speaker == first.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The water came in at night," said fisherman Rahim Uddin-Khan, 58.', "Rahim Uddin-Khan"),
        ('"Nobody warned us," said local shop owner Petra Vukovic.', "Petra Vukovic"),
        ('"We sleep in the car now," said nurse Adaeze Obi-Nwosu.', "Adaeze Obi-Nwosu"),
    ],
)
def test_an_inverted_cue_then_a_lower_case_job_then_the_name(text: str, speaker: str) -> None:
    """'"...," said fisherman Jo Li': the name after the job words speaks."""
    assert name_of(text, text.split('"')[1][:12]) == speaker


@pytest.mark.parametrize(
    "text",
    ['"It was quiet all night," said residents in Gaza City.', '"It was quiet," said a resident.'],
)
def test_an_inverted_cue_before_a_place_names_nobody(text: str) -> None:
    """'"...," said residents in Gaza City': no person named Gaza City."""
    assert quoted(text)[0].speaker is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The Maritime and Dock Workers' Union said in a statement: \"Our members have no"
                ' choice."'
            ),
            "no choice",
            "Maritime and Dock Workers' Union",
        ),
        (
            '"The strike is the last resort," the Ghana Teachers\' Federation said.',
            "last resort",
            "Ghana Teachers' Federation",
        ),
        (
            (
                "The Belize Fishermen's Co-operative said the boats had fished \"where our"
                ' grandfathers fished".'
            ),
            "grandfathers fished",
            "Belize Fishermen's Co-operative",
        ),
    ],
)
def test_a_body_named_for_its_members_is_read_whole(text: str, words: str, speaker: str) -> None:
    """A union named with its members' possessive keeps its whole name, not "Union"."""
    assert name_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            (
                'An army spokesman said the patrol boat had been "lightly damaged" in the'
                " collision.\n\nThe trawler's crew of nine were taken to hospital in Galway.\n\n"
                "Insurers have not yet seen the vessel. The spokesman said the patrol had"
                ' "signalled to the trawler to stop three times".'
            ),
            "army",
        ),
        (
            (
                'A navy spokeswoman said the frigate had been "shadowed for six hours".\n\nThe'
                " incident was the second in a week.\n\nFishermen in the port said they had seen"
                ' nothing. The spokeswoman said the navy would "keep watching the strait".'
            ),
            "navy",
        ),
    ],
)
def test_the_spokesman_paragraphs_later_speaks_for_the_same_body(text: str, body: str) -> None:
    """A force's unnamed spokesman, then two paragraphs on, "the spokesman said": the force."""
    speaker = quoted(text)[-1].speaker
    assert speaker is not None
    assert speaker.name.lower().endswith(body)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                "The Royal Virgin Islands Police Force (RVIPF) told reporters on Tuesday that"
                ' the search for the yacht was "being scaled down".'
            ),
            "Royal Virgin Islands Police Force",
        ),
        (
            'The Royal Marshall Islands Sea Patrol Service said the search was "still on".',
            "Royal Marshall Islands Sea Patrol Service",
        ),
    ],
)
def test_a_bodys_long_capitalised_name_speaks_whole(text: str, speaker: str) -> None:
    """A body's name of five words or more ending in its head ("Police Force") speaks."""
    assert [s.speaker.name if s.speaker else None for s in quoted(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The Grimsby fishermen's association said the boats had \"never entered French"
                ' waters".'
            ),
            "French waters",
            "Grimsby fishermen's association",
        ),
        (
            '"We never crossed the line," the local farmers\' union said.',
            "crossed",
            "local farmers' union",
        ),
        (
            'The boat owners\' cooperative said it would "appeal the fine in Brussels".',
            "appeal the fine",
            "boat owners' cooperative",
        ),
    ],
)
def test_a_body_named_for_its_members_in_lower_case_speaks(
    text: str, words: str, speaker: str
) -> None:
    """A union named for its members in lower case speaks, named as written."""
    assert name_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            (
                'The Indonesian Embassy in Canberra said the sailors were "in good spirits".\n\n'
                'Australian Border Force said the boat had been seized "well inside the zone".\n\n'
                '"Consular officers visited the crew this morning," the embassy said.'
            ),
            "Indonesian Embassy in Canberra",
        ),
        (
            (
                "The British High Commission in Port Moresby rejected the claim on Friday."
                ' "The report is false," the high commission said.'
            ),
            "British High Commission in Port Moresby",
        ),
    ],
)
def test_the_embassy_keeps_the_city_it_was_named_with(text: str, speaker: str) -> None:
    """A bare "the embassy" is the post named before with its city, the city kept."""
    assert name_of(text, text.rsplit('"', 2)[-2][:10]) == speaker
