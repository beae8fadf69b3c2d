"""
Speakers of classes found on a development sample written before reading the rules.

Each class is tested on sentences written here, about other countries and forces: a force's
unnamed spokesman or official with its country's adjective ("an Icelandic Coastguard
spokesman"), the "he" or "she" that takes that spokesman up, a cue of an act to come inside
an earlier report ("X said ... that the army would respond '...'"), and a name followed by a
capitalised office of a body ("Jo Li, Minister of State at the Foreign Office, said"), and a
spokesman "for" a region followed by a ranked name ("... for the West Sea Commodore Jo Li");
a quoted name before the noun it names (the "land for peace" formula), which is no
statement; a UN mission under a seven-letter acronym ("MINUSCA said"), a body; and "a JCS
official" after the body spoke under its full name.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2019, 3, 13)  # a Wednesday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Patrol boat fires on trawler")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'An Icelandic Coastguard spokesman said the trawler had been "well inside the limit".',
            "well inside",
            "Icelandic coastguard",
        ),
        (
            (
                "A Greek coastguard spokeswoman told state television the dinghy had been"
                ' "towed back" to Turkish waters.'
            ),
            "towed back",
            "Greek coastguard",
        ),
        (
            '"Our sailors followed every rule," a navy official told reporters on Tuesday.',
            "every rule",
            "navy",
        ),
    ],
)
def test_an_unnamed_voice_of_a_force_speaks_for_the_force(
    text: str, words: str, speaker: str
) -> None:
    """A force's spokesman or official, with or without its country's adjective: the force."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The trawler was boarded at dawn.\n\nA Norwegian Coast Guard spokesman said the"
                ' vessel had ignored "repeated radio calls". "We gave them every chance," he said.'
            ),
            "every chance",
            "Norwegian Coast Guard",
        ),
        (
            (
                "A Greek coastguard spokeswoman told ERT the migrants had been"
                ' "pushed back" by other boats.\n\n"We saw it all on radar," she added.'
            ),
            "on radar",
            "Greek coastguard",
        ),
    ],
)
def test_a_pronoun_takes_up_the_unnamed_spokesman_of_a_body(
    text: str, words: str, speaker: str
) -> None:
    """After a body's unnamed spokesman spoke, "..., he said" is the body, not no one."""
    assert speaker_in(quoted(text), words) == speaker


def test_a_pronoun_after_a_person_named_since_is_that_person() -> None:
    """A person named after the spokesman's words is whom a later "she" takes up."""
    found = quoted(
        'A navy spokesman called the report "a fabrication."\n\nEnvoy Marta Kovac told'
        ' reporters on Tuesday that the talks had begun. She called them "long overdue."'
    )
    assert speaker_in(found, "overdue") == "Marta Kovac"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                'The Joint Staff said it "strongly warns" the North and that the military would'
                ' respond "sternly" to any violation.'
            ),
            "sternly",
            "Joint Staff",
        ),
        (
            (
                "Spokeswoman Lena Marsh said Foreign Minister Ivo Brandt would tell his"
                ' counterpart that "the world is watching".'
            ),
            "world is watching",
            "Lena Marsh",
        ),
        (
            (
                'Admiral Tomas Ekberg said the fleet "regrets" the collision and that Stockholm'
                ' will answer "in full" any questions from Helsinki.'
            ),
            "in full",
            "Tomas Ekberg",
        ),
    ],
)
def test_a_cue_of_an_act_to_come_inside_a_report_is_the_reporters(
    text: str, words: str, speaker: str
) -> None:
    """In "X said ... that Y would respond '...'" X reports; Y's act is still to come."""
    assert speaker_in(quoted(text), words) == speaker


def test_a_cue_of_an_act_to_come_alone_keeps_its_subject() -> None:
    """With no report around it, "will tell ... that '...'" is the subject's."""
    found = quoted('Prime Minister Ola Berg will tell parliament that the deal is "dead".')
    assert speaker_in(found, "dead") == "Ola Berg"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Mr Geoffrey Allard, Minister of State at the Foreign Office, told the Commons"
                ' that the talks had been "useful".'
            ),
            "useful",
            "Geoffrey Allard",
        ),
        (
            (
                "Ingrid Solberg, State Secretary at the Ministry of Foreign Affairs, told NRK"
                ' that the ministry had been "blindsided".'
            ),
            "blindsided",
            "Ingrid Solberg",
        ),
        (
            (
                "Ms Amara Diallo, Deputy Minister of Defence, said the patrol had been"
                ' "fired upon first".'
            ),
            "fired upon",
            "Amara Diallo",
        ),
    ],
)
def test_a_name_before_its_capitalised_office_speaks(text: str, words: str, speaker: str) -> None:
    """In "Name, Office at the Body, said" the person speaks, not the body of the office."""
    assert speaker_in(quoted(text), words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "surname"),
    [
        (
            (
                '"The cutters came very close," PCG spokesperson for the Sulu Sea Commodore'
                " Dante Villar said at a briefing."
            ),
            "very close",
            "Villar",
        ),
        (
            (
                "JSDF spokesman for the Southwest Air Defense Force Major Kenji Ota said the"
                ' jets had been "escorted out".'
            ),
            "escorted out",
            "Ota",
        ),
        (
            (
                '"We were shadowed for hours," BSF spokesperson for the Jammu Frontier'
                " Commandant Arun Mehta told reporters."
            ),
            "shadowed",
            "Mehta",
        ),
    ],
)
def test_a_spokesman_for_a_region_then_a_ranked_name_is_the_name(
    text: str, words: str, surname: str
) -> None:
    """In "X spokesman for the Y Sea Commodore Jo Li" the ranked name is the head."""
    speaker = speaker_in(quoted(text), words)
    assert speaker is not None
    assert speaker.split()[-1] == surname


@pytest.mark.parametrize(
    "text",
    [
        'Both sides endorsed the "land for peace" formula at the talks, the ministry said.',
        'The "zero problems" policy was quietly dropped last year, a senior diplomat said.',
        'Envoys revived the "step by step" approach on Monday, the spokesman said.',
    ],
)
def test_a_quoted_name_before_the_noun_it_names_is_no_statement(text: str) -> None:
    """The "land for peace" formula: a name of a plan, not words anyone is quoted saying."""
    assert quoted(text) == []


def test_a_quoted_phrase_after_a_plan_is_still_quoted() -> None:
    """Words quoted after the plan they judge stay a statement."""
    found = quoted('Minister Ivo Rask said the plan was "a disaster".')
    assert speaker_in(found, "disaster") == "Ivo Rask"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'The UN peacekeeping mission, MINUSCA, said it was "deeply concerned".',
            "deeply",
            "MINUSCA",
        ),
        ('MINUSMA said the convoy had been "deliberately targeted".', "targeted", "MINUSMA"),
        ('In a statement, MONUSCO called the attack "a war crime".', "war crime", "MONUSCO"),
    ],
)
def test_a_body_of_a_seven_letter_acronym_speaks_as_a_body(
    text: str, words: str, speaker: str
) -> None:
    """A UN mission under its acronym alone ("MINUSCA") is a body, not a person "Minusca"."""
    found = quoted(text)
    assert speaker_in(found, words) == speaker
    assert all(s.speaker is not None and s.speaker.kind == "organization" for s in found)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The Joint Chiefs of Staff said the boat retreated.\n\n"
                '"Our forces tracked the drones," a JCS official told reporters.'
            ),
            "tracked",
            "Joint Chiefs of Staff",
        ),
        (
            (
                "The Armed Forces of the Philippines said the ship left.\n\n"
                '"We monitored it all night," an AFP official said.'
            ),
            "monitored",
            "Armed Forces of the Philippines",
        ),
        (
            (
                "The Border Security Force said two boats were stopped.\n\n"
                'A BSF officer said the crews had been "very cooperative".'
            ),
            "cooperative",
            "Border Security Force",
        ),
    ],
)
def test_an_official_of_a_body_under_its_acronym_speaks_for_the_body(
    text: str, words: str, speaker: str
) -> None:
    """After "the Joint Chiefs of Staff said", "a JCS official" is the body, spelt out."""
    assert speaker_in(quoted(text), words) == speaker
