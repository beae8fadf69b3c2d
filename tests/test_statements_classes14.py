"""
Statements of classes found reading a retired blind set's failures (sentences written here).

Classes: an analysis piece that quotes only in straight single marks, phrases too ("had
'every reason' to stay") and sentences opening mid-paragraph; a body's full name holding its
parent's acronym in brackets ("the Syrian Democratic Forces (SDF) Media Centre"); a command's
name going on with "of the" ("the Joint Command of the Armed Forces"); a judging cue with
"as" before a partial quotation ('rejected as "unfounded" charges that ...'); "responded" of
an act inside another body's report ('that soldiers responded "with proportionate force"');
"According to the statement" taking up the body the sentence before names; a dateline with its
date, which is no subject; and "his Swedish counterpart", the Swede named before.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet._quotes import find_quotations
from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2025, 6, 13)  # a Friday
LEAD = "Officials of the two countries met on Thursday.\n\n"


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(LEAD + text, PUBLISHED, "Neighbours trade charges over border")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    return speaker_in(quoted(text), words)


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        (
            (
                "Nobody expected much. 'We came to listen,' Hanna Lindqvist told reporters. 'Then"
                " we decide.' Her Danish colleague said Oslo had 'every reason' to patrol."
            ),
            ["We came to listen,", "Then we decide.", "every reason"],
        ),
        (
            (
                "'The talks were frank,' the envoy said.\n"
                "Analysts called the meeting 'the most useful in a decade'. The army said the"
                " trawler had 'rammed the patrol boat', which its owners disputed."
            ),
            ["The talks were frank,", "the most useful in a decade", "rammed the patrol boat"],
        ),
    ],
)
def test_an_article_quoting_in_straight_single_marks_quotes_phrases_too(
    text: str, phrases: list[str]
) -> None:
    """Where an article quotes only in straight single marks, its quoted phrases are read."""
    assert [q.words(text) for q in find_quotations(text)] == phrases


def test_straight_single_phrases_are_not_read_beside_double_quotes() -> None:
    """An article quoting in double marks keeps straight single marks as apostrophes."""
    text = (
        '"We came to listen," Lindqvist said. The ministers\' talks ran late.\n'
        "She said Oslo had 'every reason' to patrol."
    )
    assert [q.words(text) for q in find_quotations(text)] == ["We came to listen,"]


def test_a_single_quoted_sentence_may_open_after_a_full_stop() -> None:
    """'... was cool. 'We are not here,' she said': the quotation opens mid-paragraph."""
    found = quoted(
        "The mood in Riga was cool. 'We are not here to argue,' Marta Ilves told reporters in Riga."
    )
    assert [(s.speaker.name if s.speaker else None, s.quote) for s in found] == [
        ("Marta Ilves", "We are not here to argue,")
    ]


def test_single_quoted_phrases_get_their_speakers() -> None:
    """Phrases in single marks are attributed as double-quoted ones are."""
    found = quoted(
        "'We will not be moved,' Jonas Berzins said on Monday. The Latvian Border Guard said"
        " the boat had 'ignored every signal', a claim Moscow denied."
    )
    assert speaker_in(found, "ignored every signal") == "Latvian Border Guard"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "The visit came after the Islamic Revolution Guards Corps (IRGC) Ground Force said"
                ' it had shelled "positions of armed groups" near the border.'
            ),
            "positions of armed",
            "Islamic Revolution Guards Corps Ground Force",
        ),
        (
            (
                "The Syrian Democratic Forces (SDF) Media Centre said its fighters had"
                ' "repelled the attack" before dawn.'
            ),
            "repelled the attack",
            "Syrian Democratic Forces Media Centre",
        ),
        (
            (
                "On Monday the Korean People's Army (KPA) General Staff warned of \u201cmerciless"
                " retaliation\u201d against the drills."
            ),
            "merciless retaliation",
            "Korean People's Army General Staff",
        ),
    ],
)
def test_a_body_named_with_its_parents_acronym_keeps_its_whole_name(
    sentence: str, words: str, speaker: str
) -> None:
    """An acronym in brackets inside a body's name does not cut the name to its tail."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            'The Joint Command of the Armed Forces said the drone "flew on without lights."',
            "without lights",
            "Joint Command of the Armed Forces",
        ),
        (
            'The High Command of the Army said the raid was "a grave provocation."',
            "grave provocation",
            "High Command of the Army",
        ),
        (
            'The General Command of the Navy said the boat had "ignored every warning."',
            "ignored every warning",
            "General Command of the Navy",
        ),
    ],
)
def test_a_bodys_name_goes_on_with_of_the(sentence: str, words: str, speaker: str) -> None:
    """A command's or ministry's name with "of the" and capitalised words is one name."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "OSLO, March 3 (NTB)\u2014The Norwegian Government today rejected as \u201cwholly"
                " unfounded\u201d Russian charges that its trawlers fished illegally."
            ),
            "wholly unfounded",
            "Norwegian government",
        ),
        (
            (
                'The Kenyan Government has rejected the report as "biased and one-sided" and'
                " called for an inquiry."
            ),
            "biased and one-sided",
            "Kenyan government",
        ),
        (
            (
                'Peru rejects as "interference" a statement issued by the OAS saying the vote'
                " was flawed."
            ),
            "interference",
            "Peru",
        ),
    ],
)
def test_a_judging_cue_with_as_gives_the_speaker(sentence: str, words: str, speaker: str) -> None:
    """'X rejected as "unfounded" charges that ...': X judges; no later verb speaks."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "The Ministry of Defence said that the first shots came from a ridge and that"
                ' troops of the Frontier Corps (FC) responded "within their standing orders."'
            ),
            "standing orders",
            "Ministry of Defence",
        ),
        (
            (
                "The Kenyan Army reported that the shots were fired at dawn and that soldiers of"
                ' the Rapid Response Unit responded "with proportionate force."'
            ),
            "proportionate force",
            "Kenyan Army",
        ),
        (
            (
                "Police in Nairobi said officers of the General Service Unit had responded"
                ' "within minutes" to the first call.'
            ),
            "within minutes",
            "Nairobi police",
        ),
    ],
)
def test_responding_with_force_is_an_act_told_by_the_reporter(
    sentence: str, words: str, speaker: str
) -> None:
    """'that troops responded "in line with ..."': the body telling of the act speaks."""
    assert speaker_of(sentence, words) == speaker


def test_responding_with_words_still_speaks() -> None:
    """'Ms Vale replied "we will not comment"': a reply of words keeps its speaker."""
    found = quoted('Asked about the note, Jana Vale replied "we will not comment" and left.')
    assert speaker_in(found, "will not comment") == "Jana Vale"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The High Command of the Navy (HCN) said on Sunday that two trawlers had crossed"
                ' the line. According to the statement, the crews "threw their catch overboard"'
                " when hailed."
            ),
            "threw their catch",
            "High Command of the Navy",
        ),
        (
            (
                "The Kenyan Ministry of Defence issued a statement after the clash. According to"
                ' the statement, the raiders "fled across the border" at dawn.'
            ),
            "fled across the border",
            "Kenyan Ministry of Defence",
        ),
        (
            (
                "The Joint Operations Command reported on Tuesday that a Venezuelan Navy patrol"
                ' boat had entered the bay. According to the statement, the boat "ignored every'
                ' call" from the shore.'
            ),
            "ignored every call",
            "Joint Operations Command",
        ),
    ],
)
def test_according_to_the_statement_takes_up_its_issuer(
    text: str, words: str, speaker: str
) -> None:
    """'According to the statement' after a body's report: the body speaks."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "UNITED NATIONS, N.Y., March 12.\u2014Foreign Secretary Karl Brandt lunched"
                ' with the mediator at noon, and later told the press that "the gap is narrowing'
                ' week by week."'
            ),
            "gap is narrowing",
            "Karl Brandt",
        ),
        (
            (
                "GENEVA, March 4.\u2014Foreign Minister Karl Brandt met the mediator for an hour"
                ' and told reporters afterwards that the talks were "on the right track."'
            ),
            "right track",
            "Karl Brandt",
        ),
        (
            (
                "NEW DELHI, May 2 (PTI) - External Affairs Minister Anil Varma held talks with"
                ' his Nepali counterpart and said the two sides had agreed to "move forward'
                ' together."'
            ),
            "move forward",
            "Anil Varma",
        ),
    ],
)
def test_a_dated_dateline_is_not_the_subject_of_a_later_cue(
    text: str, words: str, speaker: str
) -> None:
    """'PLACE, Month Day.—X met Y and told reporters that "..."': X speaks, not the place."""
    assert speaker_in(quoted_statements(text, PUBLISHED, "Talks go on"), words) == speaker


MET = (
    "Swedish Foreign Minister Lena Holm and Finnish Foreign Minister Aki Virtanen met in Oslo.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "'We will talk at the table,' Virtanen told reporters. His Swedish counterpart was"
            " in no softer mood, telling Swedish radio that the coast guard had 'every reason'"
            " to stay."
        ),
        (
            '"We will talk at the table," Virtanen told reporters. His Swedish counterpart said'
            ' the coast guard had "every reason" to stay.'
        ),
        (
            '"We are ready," Virtanen said. Her Swedish counterpart told reporters the navy had'
            ' "every reason" to patrol.'
        ),
    ],
)
def test_a_counterpart_of_a_nationality_is_that_countrys_person(sentence: str) -> None:
    """'His Swedish counterpart' after a Finn's words: the Swedish minister named before."""
    found = quoted_statements(MET + sentence, PUBLISHED, "Neighbours talk")
    assert speaker_in(found, "every reason") == "Lena Holm"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "Finnish Foreign Minister Aki Virtanen toured the harbour on Monday and later told"
                ' reporters that the talks had "moved forward."'
            ),
            "moved forward",
            "Aki Virtanen",
        ),
        (
            (
                "Chilean Foreign Minister Rosa Pardo met the envoy in Lima, but then said the deal"
                ' was "far from done."'
            ),
            "far from done",
            "Rosa Pardo",
        ),
        (
            (
                "Kenyan President Daniel Mwangi received the delegation at State House and"
                ' afterwards warned that any delay would be "costly for both."'
            ),
            "costly for both",
            "Daniel Mwangi",
        ),
    ],
)
def test_an_adverb_between_and_and_the_cue_keeps_the_subject(
    sentence: str, words: str, speaker: str
) -> None:
    """'X met Y and later told reporters that "..."': X speaks."""
    assert speaker_in(quoted_statements(sentence, PUBLISHED, "Talks"), words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "Estonian Foreign Minister Marta Ilves expressed regret for the delay, while"
                ' maintaining that the fence was "a safety measure, not a wall".'
            ),
            "safety measure",
            "Marta Ilves",
        ),
        (
            (
                "The Kenyan Foreign Ministry apologised for the incident, maintaining that its"
                ' guards had acted "within the law."'
            ),
            "within the law",
            "Kenyan Foreign Ministry",
        ),
        (
            (
                "Chilean President Rosa Pardo welcomed the ruling while maintaining that Chile"
                ' would "never give up the sea."'
            ),
            "give up the sea",
            "Rosa Pardo",
        ),
    ],
)
def test_maintaining_that_reports_words(sentence: str, words: str, speaker: str) -> None:
    """'..., while maintaining that the fence was "..."': the subject's words."""
    assert speaker_in(quoted_statements(sentence, PUBLISHED, "Talks"), words) == speaker


def test_maintaining_a_thing_reports_nothing() -> None:
    """'praised the troops for maintaining "calm"': kept, not said; the praise speaks."""
    text = 'Chilean President Rosa Pardo praised the troops for maintaining "calm" at the border.'
    (found,) = quoted_statements(text, PUBLISHED, "Talks")
    assert found.cue == "praised"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The vessel's Norwegian owner, Fjordline Shipping, said in a statement that the"
                ' crew were safe.\n\n"We are in contact with the authorities," the company said.'
            ),
            "in contact",
            "Fjordline Shipping",
        ),
        (
            (
                "Danish operator Nordso Ferries said its vessel had turned back."
                ' "Passengers are safe," the firm added.'
            ),
            "Passengers are safe",
            "Nordso Ferries",
        ),
        (
            (
                "The tanker's manager, Bright Horizon Marine, said it had lost contact with the"
                ' ship.\n\n"We are working to free the crew," the company said.'
            ),
            "free the crew",
            "Bright Horizon Marine",
        ),
    ],
)
def test_the_company_is_the_firm_named_before(text: str, words: str, speaker: str) -> None:
    """'The ship's owner, Acme Marine, said ... "...," the company said': Acme Marine."""
    assert speaker_in(quoted_statements(text, PUBLISHED, "Ship held"), words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            'Jo Lund, who has in the past described the treaty as "a dead letter", said nothing.',
            "dead letter",
            "Jo Lund",
        ),
        (
            'Marta Ilves has in recent weeks called the fence "a safety measure".',
            "safety measure",
            "Marta Ilves",
        ),
        (
            'Marta Ilves, who in the past few years has called the pact "a museum piece", left.',
            "museum piece",
            "Marta Ilves",
        ),
    ],
)
def test_a_time_phrase_between_subject_and_cue_is_stepped_over(
    sentence: str, words: str, speaker: str
) -> None:
    """'X, who has in the past described Y as "..."': X speaks."""
    found = quoted_statements(sentence, PUBLISHED, "Politics")
    assert speaker_in(found, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            'Governor Jo Lund blamed the shortfall on "reckless spending by the last council."',
            "reckless spending",
            "Jo Lund",
        ),
        (
            (
                'Governor Jo Lund is questioning whether the mayor would have gone "if it were'
                ' held in a church."'
            ),
            "held in a church",
            "Jo Lund",
        ),
        (
            'Senator Ann Berg questioned why the council had "ignored every warning."',
            "ignored every warning",
            "Ann Berg",
        ),
    ],
)
def test_blaming_and_questioning_whether_report_words(
    sentence: str, words: str, speaker: str
) -> None:
    """'X blamed Y on "..."', 'X questioned why "..."': X's words."""
    found = quoted_statements(sentence, PUBLISHED, "Politics")
    assert speaker_in(found, words) == speaker


def test_being_questioned_by_police_reports_nothing() -> None:
    """'Two aides were questioned by police about the "missing files"': nobody speaks."""
    text = 'Two aides were questioned by police about the "missing files" on Monday.'
    assert quoted_statements(text, PUBLISHED, "Politics") == []


BERG = "Latvian Foreign Minister Ann Berg visited Tallinn on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            'Ann Berg, in Tallinn for the talks, was in a sombre mood: "Nothing will move soon."',
            "Nothing",
        ),
        ('Asked about the fence, Ann Berg shrugged: "It is a safety measure."', "safety"),
        ('Ann Berg put it bluntly: "Nothing will move before the election."', "Nothing"),
        ('Ann Berg laid out her terms: "a hotline, now, and observers by May."', "hotline"),
    ],
)
def test_a_persons_clause_before_a_colon_introduces_the_quotation(
    sentence: str, words: str
) -> None:
    """'X was blunt: "..."', 'X put it bluntly: "..."': X speaks, with no verb of saying."""
    found = quoted_statements(BERG + sentence, PUBLISHED, "Analysis")
    assert speaker_in(found, words) == "Ann Berg"


def test_a_things_clause_before_a_colon_has_no_speaker() -> None:
    """'The agenda was short: "trade, borders and water."': nobody is made up."""
    found = quoted_statements(
        BERG + 'The agenda was short: "trade, borders and water."', PUBLISHED, "Analysis"
    )
    assert speaker_in(found, "borders") is None
