"""Statement classes of the nineteenth set's failures (twenty-first session), our own words."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from extraction_helpers import quoted_statements, speaker_actor, speaker_in

_DAY = date(2026, 3, 5)


def _statements(text: str) -> list[diplomeet.Statement]:
    return quoted_statements(text, _DAY, "Headline of the story")


# --- a person "in" a city speaks, not the city ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Foreign ministry spokeswoman Mara Velt in Vilnius countered that the claim was "
                '"a fabrication from start to finish."'
            ),
            "a fabrication",
            "Mara Velt",
        ),
        (
            'Spokesman Tomas Rell (雷) in Taipei said the patrol was "fully within its rights".',
            "fully within its rights",
            "Tomas Rell",
        ),
        (
            'Deputy minister Ola Brandt in Oslo told reporters the ferry was "never in danger".',
            "never in danger",
            "Ola Brandt",
        ),
        (
            'Karl Mendt in Berlin insisted the deal was "dead on arrival".',
            "dead on arrival",
            "Karl Mendt",
        ),
    ],
)
def test_a_named_person_in_a_city_speaks_not_the_city(text: str, words: str, speaker: str) -> None:
    """A person "in Beijing" who countered speaks: the city only places the speaker."""
    assert speaker_in(_statements(text), words) == speaker


def test_a_post_in_a_city_speaks_as_its_body_not_the_city() -> None:
    """The UN envoy "in Damascus" speaks as the envoy's body, not as Syria."""
    actor = speaker_actor(
        _statements('The UN envoy in Damascus said the ceasefire was "holding, barely".'), "holding"
    )
    assert actor is not None
    assert actor.kind != "country", actor


def test_officials_in_a_city_are_no_country() -> None:
    """Officials "in Beijing" are unnamed officials, not China speaking."""
    actor = speaker_actor(
        _statements('Officials in Beijing said the vessel had been "operating illegally".'),
        "operating illegally",
    )
    assert actor is None or actor.kind != "country", actor


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ('Beijing said the boat had been "fishing illegally".', "fishing illegally", "CN"),
        ('Moscow, in a statement, said the drills were "routine".', "routine", "RU"),
        (
            'The talks in Geneva ended, and Oslo said the ferry was "never in danger".',
            "never in danger",
            "NO",
        ),
    ],
)
def test_a_city_as_subject_still_speaks_for_its_government(
    text: str, words: str, country: str
) -> None:
    """Look-alikes: a capital that is the subject itself still stands for its government."""
    actor = speaker_actor(_statements(text), words)
    assert actor is not None
    assert actor.country == country, actor


# --- "H.H." and "H.R.H." are styles before a name -------------------------------------------

_GULF_RELEASE = """DOHA, 7th May, 2026 (QNA) -- H.H. Sheikh Faris bin Nasser Al Qasimi, \
Minister of Foreign Affairs, received H.E. Juma Odhiambo, Minister of Foreign Affairs of Kenya, \
at the Ministry's headquarters in Doha today.

H.H. Sheikh Faris bin Nasser affirmed the country's solidarity with Kenya, stressing that "the \
sea lanes are everyone's business."

The meeting was attended by H.E. Omar Nasser Al Hammadi, Minister of State.
"""


@pytest.mark.parametrize("style", ["H.H.", "H.R.H."])
def test_a_highness_style_abbreviated_opens_the_name(style: str) -> None:
    """The style "H.H. Sheikh A bin B" is A bin B C named before, not a man sharing "Nasser"."""
    found = _statements(_GULF_RELEASE.replace("H.H.", style))
    assert speaker_in(found, "sea lanes") == "Faris bin Nasser Al Qasimi"


# --- a ministry's joined portfolios, and the description that gives its country -------------

_JOINED_PORTFOLIOS = """DOHA, 7th May, 2026 (QNA) -- Sheikh Faris bin Nasser Al Qasimi, Minister \
of Foreign Affairs, received Juma Odhiambo, Minister of Foreign Affairs and {portfolio} of \
Kenya, in Doha today.

Sheikh Faris bin Nasser affirmed the country's solidarity, stressing that "the sea lanes are \
everyone's business."

For his part, the Kenyan {office} noted that his country's forces had "arrested five suspects."
"""


@pytest.mark.parametrize(
    ("portfolio", "office"),
    [
        ("International Cooperation", "minister"),
        ("International Cooperation", "Foreign Minister"),
        ("Emigrants", "minister"),
        ("Expatriates", "foreign minister"),
        ("Worship", "Foreign Minister"),
        ("International Trade", "minister"),
    ],
)
def test_a_nationality_finds_the_minister_of_a_ministry_named_in_full(
    portfolio: str, office: str
) -> None:
    """The description "the Kenyan minister" finds the Kenyan ministry's head named in full."""
    found = _statements(_JOINED_PORTFOLIOS.format(portfolio=portfolio, office=office))
    assert speaker_in(found, "arrested five suspects") == "Juma Odhiambo"


def test_a_bare_office_stays_the_storys_own_minister() -> None:
    """Look-alike: a bare "the foreign minister" is not the foreign one named in full."""
    text = (
        "RIYADH — Minister of Foreign Affairs Prince Tamir bin Khalid received Kenyan Minister "
        "of Foreign Affairs and Expatriates Dr. Juma Odhiambo in Riyadh on Tuesday.\n\n"
        'Odhiambo told reporters that his government "stands with the Kingdom."\n\n'
        "The foreign minister later received a phone call from Secretary of State Ann Lowe. "
        'He said the call was "warm and useful."'
    )
    found = _statements(text)
    assert speaker_in(found, "warm and useful") == "Tamir bin Khalid"


# --- an infinitive of purpose: "emerged to tell reporters" ----------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                'Ines Corra emerged to tell reporters the boarding was "an act of piracy, pure and '
                'simple."'
            ),
            "act of piracy",
            "Ines Corra",
        ),
        (
            (
                "Minister Tomas Vell had summoned the ambassador, Ines Corra, to the ministry "
                'yesterday morning to tell her Arland would "do whatever is necessary" to stop it.'
            ),
            "do whatever is necessary",
            "Tomas Vell",
        ),
        (
            'Mara Kask took to social media to insist the vote had been "free and fair".',
            "free and fair",
            "Mara Kask",
        ),
        (
            (
                "Mira Sol went before the cameras to announce that the border would be "
                '"closed until further notice".'
            ),
            "closed until further notice",
            "Mira Sol",
        ),
        (
            (
                "Prime Minister Ada Brenn called a news conference on Friday to warn that the "
                'strike was "only the beginning".'
            ),
            "only the beginning",
            "Ada Brenn",
        ),
        (
            'Oskar Lind rose in parliament to say the treaty was "a betrayal".',
            "a betrayal",
            "Oskar Lind",
        ),
    ],
)
def test_an_infinitive_of_purpose_reports_the_subjects_words(
    text: str, words: str, speaker: str
) -> None:
    """A subject who "emerged to tell reporters" did so to say the quoted words."""
    assert speaker_in(_statements(text), words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Tomas Vell wants to say the talks were "a success".',
        'Tomas Vell declined to say whether the deal was "dead".',
        'It is too early to say whether the truce will "hold".',
        'Tomas Vell is expected to tell parliament the plan is "on track".',
        'Tomas Vell used to say the border was "sacred".',
        'Tomas Vell refused to tell reporters whether the border was "open".',
    ],
)
def test_a_wish_plan_refusal_or_habit_to_say_reports_no_words(text: str) -> None:
    """Look-alikes: "wants to say", "declined to say", "used to say" tell of no words said."""
    found = _statements(text)
    assert all(s.speaker is None or s.speaker.name != "Tomas Vell" for s in found), found


# --- "..., A's spokesperson, B, confirmed. She said": the reporter, not the subject -----------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "On Saturday President Tom Kell and President Ari Nass spoke by phone for half an "
                "hour, Kell's spokesperson, Dana Lobe, confirmed. She said the two had agreed that "
                '"neighbours talk first".'
            ),
            "neighbours talk first",
            "Dana Lobe",
        ),
        (
            (
                "The talks lasted two hours, Foreign Minister Tom Kell's spokeswoman, Ana Pell, "
                'announced on Monday. She said the mood was "warm and frank".'
            ),
            "warm and frank",
            "Ana Pell",
        ),
        (
            (
                "Director Tom Kell met the envoy on Friday, the ministry's spokesman, Ivo Renn, "
                'noted. He said the note was "a serious matter".'
            ),
            "a serious matter",
            "Ivo Renn",
        ),
        (
            (
                "President Tom Kell will fly to Lisbon on Sunday, his aide, Ivo Renn, explained. "
                'He said the trip was "long overdue".'
            ),
            "long overdue",
            "Ivo Renn",
        ),
        (
            (
                "Minister Tom Kell received the ambassador on Monday, deputy minister Ola Brandt "
                'confirmed. She said the meeting was "cordial".'
            ),
            "cordial",
            "Ola Brandt",
        ),
    ],
)
def test_a_pronoun_takes_up_the_reporter_closing_the_sentence_before(
    text: str, words: str, speaker: str
) -> None:
    """A reporter "confirmed" (announced, noted) at the end: the next "she said" is theirs."""
    assert speaker_in(_statements(text), words) == speaker


def test_a_pronoun_after_unnamed_reporters_takes_up_the_subject() -> None:
    """Look-alike: "officials confirmed" names no one; "She said" is the sentence's subject."""
    text = (
        "Minister Mira Vance received the ambassador, Tom Kell, on Monday, officials "
        'confirmed. She said the meeting was "cordial".'
    )
    assert speaker_in(_statements(text), "cordial") == "Mira Vance"
