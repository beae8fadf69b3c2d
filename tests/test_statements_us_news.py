"""
Speakers in the layouts of US political news (sentences written here, people invented).

Classes found reading the statement failures of a corpus of real US political stories:
a voter named with age and home town ("Jo Lane, 41, of Tulsa, Okla., said"), an inverted
cue after words that go on the quotation's sentence ('"... a test" for Lund, said Vance'),
and a "he said" that takes up the reporter of the sentence before ("..., says Tomas
Reyes, an analyst. '...,' he says.").
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2024, 3, 12)  # a Tuesday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Voters weigh the primary")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    return speaker_in(quoted(text), words)


LEAD = "Governor Ada Brandt toured flooded towns on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                "\u201cWe need leaders who unite,\u201d Harold Pines, 41, of Tulsa, Okla., who"
                " was among those polled, said in an interview."
            ),
            "Harold Pines",
        ),
        ('"Rents are too high," Jane Orlov, 29, of Dayton, said on Monday.', "Jane Orlov"),
        ('"Rents are far too high," Jim Ostrava, 58, of Akron, Ohio, said.', "Jim Ostrava"),
        ('"Wages are flat," Ben Tarrow of Fresno, Calif., said.', "Ben Tarrow"),
        ('"Wages have stalled," Rosa Imbert from Laredo, Texas, told reporters.', "Rosa Imbert"),
    ],
)
def test_a_speaker_named_with_age_and_home_town_speaks(sentence: str, speaker: str) -> None:
    """The town (and state) after "of" or "from" is where the speaker lives, not who speaks."""
    assert speaker_of(LEAD + sentence, sentence[1:12]) == speaker


def test_an_office_of_a_state_before_a_name_keeps_the_name() -> None:
    """In "the Governor of Ohio, John Kasten, said" the name after the office speaks."""
    text = LEAD + '"Talks will resume," the Governor of Ohio, John Kasten, said.'
    assert speaker_of(text, "Talks will resume") == "John Kasten"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('"This will be a test" for Brandt, said Ruth Pohl.', "a test", "Ruth Pohl"),
        (
            "\u201cThe vote is a warning\u201d to the cabinet, says Omar Haddad, a pollster.",
            "a warning",
            "Omar Haddad",
        ),
        (
            '"It is far too early" to call the race, said Lars Mikkel of the Danish daily.',
            "too early",
            "Lars Mikkel",
        ),
    ],
)
def test_an_inverted_cue_after_the_quotation_sentence_names_the_speaker(
    sentence: str, words: str, speaker: str
) -> None:
    """'"..." for Brandt, said Pohl': Pohl speaks, not the name the sentence goes on with."""
    assert speaker_of(LEAD + sentence, words) == speaker


def test_an_aside_before_said_keeps_its_subject() -> None:
    """'"...," Brandt, the governor, said Tuesday': the aside's name still speaks."""
    text = LEAD + '"We will not yield," Brandt, the governor, said Tuesday.'
    assert speaker_of(text, "not yield") == "Ada Brandt"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        (
            (
                "The ruling party will struggle in the north, says Tomas Reyes, an analyst at"
                ' a bank. "It has lost the farmers," he says.'
            ),
            "lost the farmers",
            "Tomas Reyes",
        ),
        (
            (
                "The plan is made possible by its money, said Lena Okafor, the group's"
                ' outreach director. Others are "having to be leaner," she said.'
            ),
            "leaner",
            "Lena Okafor",
        ),
    ],
)
def test_a_pronoun_takes_up_the_reporter_named_after_the_cue(
    paragraph: str, words: str, speaker: str
) -> None:
    """In "..., says Tomas Reyes, an analyst. '...,' he says." he is Reyes, not an earlier voice."""
    text = LEAD + '"Prices will rise," said Nils Ostrow, a trader.\n\n' + paragraph
    assert speaker_of(text, words) == speaker


def test_a_voter_named_with_an_age_is_a_person_the_pronoun_takes_up() -> None:
    """In "Mira Casey, 29, of Mobile, says ... '...,' she says." the age marks a person."""
    text = (
        LEAD + '"Voters want the economy fixed," says Nils Ostrow, 32, of Dayton, a manager.\n\n'
        "Mira Casey, 29, of Mobile, Ala., says her biggest worry is rent. \u201cWe are not"
        " going to act in time,\u201d she says."
    )
    assert speaker_of(text, "act in time") == "Mira Casey"


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            (
                "Dorian K. Vale, former chief of staff of the Joint Committee on Budgets,"
                " agreed that the Commerce Department has little power."
            ),
            "Dorian K. Vale",
        ),
        (
            "Piet Hollander, a former envoy to Chile, doubted that the treaty would pass.",
            "Piet Hollander",
        ),
    ],
)
def test_a_name_with_a_former_post_in_apposition_is_a_person(paragraph: str, speaker: str) -> None:
    """In "Dorian Vale, former chief of staff, agreed ... '...,' he said." he is Vale."""
    text = "Turnout was low on Monday.\n\n" + paragraph + '\n\n"It has no votes," he said.'
    assert speaker_of(text, "no votes") == speaker


OPENING = (
    "Governor Ada Brandt toured flooded towns on Monday.\n\n\u201cWe will rebuild every"
    " bridge,\u201d Senator Paul Rask said. "
)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            (
                "In his assessment of the race, Mayor Tomas Ibarra voiced disappointment with"
                " the state."
            ),
            "Tomas Ibarra",
        ),
        (
            (
                "Asked if there had been any fraud, Carl Mendes, the senator's spokesman,"
                " suggested there had not."
            ),
            "Carl Mendes",
        ),
        (
            "Brandt campaign chairman Ruben Salgado took a gentler line at the rally.",
            "Ruben Salgado",
        ),
        ("Senator Otto Weil voted against the aid bill on Friday.", "Otto Weil"),
    ],
)
def test_he_said_opening_a_paragraph_takes_up_the_subject_of_the_sentence_before(
    paragraph: str, speaker: str
) -> None:
    """A person opening the last sentence before, after the latest quotation, is "he"."""
    text = OPENING + paragraph + '\n\n"It is a shame that the roads are so bad," he said.'
    assert speaker_of(text, "roads are so bad") == speaker


def test_the_reporter_of_the_sentence_before_beats_its_subject() -> None:
    """In "Senator Weil thrilled the crowd, Jo Pratt said. '...,' she said." she is Pratt."""
    text = (
        OPENING + "Senator Otto Weil thrilled the small crowds, Joan Pratt said.\n\n"
        '"He was smart and well-spoken," she said.'
    )
    assert speaker_of(text, "well-spoken") == "Joan Pratt"


def test_a_sentence_inside_a_quotation_names_no_subject() -> None:
    """A "she" inside the last quotation does not take the next "she said" from its speaker."""
    text = (
        "Mourners gathered in Dayton on Sunday.\n\n"
        '"The governor came the day after the fire," Lucia Serrano said. "She listened to'
        ' us. She asked us to rebuild."\n\n'
        '"Together, we can heal," she added.'
    )
    assert speaker_of(text, "we can heal") == "Lucia Serrano"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            'Lorca however said she would welcome a role in a "shared security network" there.',
            "shared security",
        ),
        ('Lorca, though, said the bill was "dead on arrival."', "dead on arrival"),
        (
            (
                "Lorca, herself up for reelection in 2026, said she voted against the bill because"
                ' "it had too much pork in it."'
            ),
            "too much pork",
        ),
        (
            'Lorca indicated that the agency "should have known better" than to approve the deal.',
            "known better",
        ),
    ],
)
def test_a_partial_quote_after_an_adverb_or_aside_keeps_its_speaker(
    sentence: str, words: str
) -> None:
    """A sentence adverb ("however"), an aside with "herself" and "indicated" keep the cue."""
    text = "Senator Ana Lorca and Governor Ben Oduya met in Denver on Monday.\n\n" + sentence
    assert speaker_of(text, words) == "Ana Lorca"


def test_a_number_with_a_comma_opens_no_adverbial() -> None:
    """In "Lorca greeted 3,000 supporters and told them that ..." Lorca stays the subject."""
    text = (
        "Senator Ana Lorca and Governor Ben Oduya met in Denver on Monday.\n\nLorca greeted"
        " 3,000 supporters at a rally in Austin and told them that together they would"
        ' "build a fairer state for everyone."'
    )
    assert speaker_of(text, "fairer state") == "Ana Lorca"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                'In other words, explained CNN moderator Dana Ruiz: "What does that have to do'
                ' with taxes?"'
            ),
            "to do with taxes",
            "Dana Ruiz",
        ),
        (
            'Put simply, wrote the columnist Paul Webb, "the Senate is unmoved."',
            "Senate is unmoved",
            "Paul Webb",
        ),
        (
            'As The Times\'s Paul Webb puts it, "Senate Democrats are unmoved."',
            "are unmoved",
            "Paul Webb",
        ),
        ('As Lorca put it: "We are not done yet."', "not done yet", "Ana Lorca"),
    ],
)
def test_an_inverted_cue_or_as_x_put_it_before_the_quotation(
    sentence: str, words: str, speaker: str
) -> None:
    """An inverted ", explained Dana Ruiz:" and "As Paul Webb puts it," name the speaker."""
    text = "Senator Ana Lorca met voters in Denver on Monday.\n\n" + sentence
    assert speaker_of(text, words) == speaker


def test_put_it_with_an_object_is_no_cue() -> None:
    """In "Oduya put it on the agenda" no cue is read; the later "calling" reports."""
    text = (
        "Governor Ben Oduya met voters in Denver on Monday.\n\n"
        'Oduya put it on the agenda on Tuesday, calling the plan "urgent and overdue."'
    )
    assert speaker_of(text, "overdue") == "Ben Oduya"


def test_a_conjunction_opening_the_sentence_is_not_its_subject() -> None:
    """In "And he made a point of saying ..." the subject is "he", not "And"."""
    text = (
        "Governor Ben Oduya opened a library in Denver on Monday.\n\n"
        "\u201cBooks are for everyone,\u201d Oduya said.\n\n"
        'And he made a point of saying the new library "was a place of hope" for the town.'
    )
    assert speaker_of(text, "place of hope") == "Ben Oduya"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ('"I really do not get it," said Air Force 1st Lt. Tyler Vance.', "do not get", "Vance"),
        ('"It is a mess," said Army 2nd Lt. Mia Ruud of Fargo.', "a mess", "Ruud"),
    ],
)
def test_an_ordinal_rank_stays_inside_the_speaker_phrase(
    sentence: str, words: str, speaker: str
) -> None:
    """In "said Air Force 1st Lt. Tyler Vance" the ordinal does not end the phrase at the force."""
    name = speaker_of("Soldiers were asked about the race on Monday.\n\n" + sentence, words)
    assert name is not None
    assert name.split()[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ('Student Jared Pitts, 17, echoed: "She speaks her mind."', "speaks her mind"),
        ('"We were close to giving up," Jared Pitts recounted.', "giving up"),
        ('Jared Pitts leaned in and boomed: "Let us win this in November."', "win this"),
    ],
)
def test_more_reporting_verbs_name_the_speaker(sentence: str, words: str) -> None:
    """The verbs "echoed", "recounted" and "boomed" report words like "said"."""
    name = speaker_of("Voters met in Denver on Monday.\n\n" + sentence, words)
    assert name is not None
    assert name.endswith("Jared Pitts")
