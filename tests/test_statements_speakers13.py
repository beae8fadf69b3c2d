"""
Speakers of quotations (sentences written here; people invented, bodies generic).

Classes found reading the wrong attributions of a development set: bodies whose names open
with a job's word ("the National Police Service"), a diplomatic post with its city ("the
Russian Embassy in Oslo"), a body's name joining two words with "and" ("the Peace and
Security Council"), a bare apostrophe after a country ending in s ("Belarus' State Border
Committee"), and a quotation after "calling the Lithuanian report", where "report" is a
noun, not the cue.
"""

from __future__ import annotations

from datetime import date

import pytest

from diplomeet._actors import mentions
from diplomeet._document import Document
from diplomeet.records import Statement
from extraction_helpers import quoted_statements

PUBLISHED = date(2025, 3, 14)  # a Friday
LEAD = "Officials of the two countries met on Thursday.\n\n"


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Neighbours trade charges over border")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    for s in quoted(LEAD + text):
        if words in s.quote:
            return s.speaker.name if s.speaker is not None else None
    msg = f"no quotation holds {words!r}"
    raise AssertionError(msg)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "The National Police Service said in a statement that it had sent more officers"
                ' to the border "to restore order in the villages."'
            ),
            "restore order",
            "National Police Service",
        ),
        (
            (
                'The Presidential Security Service said late on Monday the convoy was "never in'
                ' danger."'
            ),
            "never in danger",
            "Presidential Security Service",
        ),
        (
            (
                "Officials said the crossing was shut. The National Intelligence Service called"
                ' the move "a grave provocation" on Tuesday.'
            ),
            "grave provocation",
            "National Intelligence Service",
        ),
    ],
)
def test_a_body_named_with_a_jobs_word_keeps_its_whole_name(
    sentence: str, words: str, speaker: str
) -> None:
    """A capitalised body opening with "National" or "Presidential" is not cut to its head."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "The Chinese Embassy in Hanoi, in a statement, said the ship had \u201centered"
                " waters under Chinese jurisdiction.\u201d"
            ),
            "entered waters",
            "Chinese Embassy in Hanoi",
        ),
        (
            'The Russian Embassy in Oslo said the report was "pure speculation."',
            "pure speculation",
            "Russian Embassy in Oslo",
        ),
        (
            ('A statement from the U.S. Embassy in Seoul said the drills were "purely defensive."'),
            "purely defensive",
            "U.S. Embassy in Seoul",
        ),
        (
            'The Indian High Commission in Dhaka said the remarks were "unfortunate."',
            "unfortunate",
            "Indian High Commission in Dhaka",
        ),
        (
            'The U.S. Consulate General in Karachi urged citizens to "exercise caution."',
            "exercise caution",
            "U.S. Consulate General in Karachi",
        ),
    ],
)
def test_a_diplomatic_post_keeps_its_city(sentence: str, words: str, speaker: str) -> None:
    """An embassy is known by the city it sits in: "the Russian Embassy in Oslo" speaks."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "The AU's Peace and Security Council (PSC) welcomed the deal in a communique on"
                ' Monday, calling it "an important step towards peace."'
            ),
            "important step",
            "Peace and Security Council",
        ),
        (
            'The Peace and Security Council said the truce was "a welcome development."',
            "welcome development",
            "Peace and Security Council",
        ),
    ],
)
def test_a_bodys_name_may_join_two_words_with_and(sentence: str, words: str, speaker: str) -> None:
    """The "Peace and Security Council" is its own body, not the UN Security Council."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "Minsk denied the claims, with Belarus' State Border Committee calling the"
                ' Lithuanian report "a provocation aimed at escalating tension."'
            ),
            "provocation aimed",
            "State Border Committee",
        ),
        (
            (
                "Ankara rejected the charge, with the Turkish Foreign Ministry calling the Greek"
                ' claim "baseless and unfounded."'
            ),
            "baseless",
            "Turkish Foreign Ministry",
        ),
        (
            (
                "Caracas hit back on Sunday, with Venezuela's National Assembly calling the"
                ' Guyanese claim "an insult to history."'
            ),
            "insult to history",
            "National Assembly",
        ),
        (
            (
                "Moscow dismissed the report, with the Russian Defence Ministry describing the"
                ' British claims as "pure fantasy."'
            ),
            "pure fantasy",
            "Russian Defence Ministry",
        ),
    ],
)
def test_calling_a_named_report_a_phrase(sentence: str, words: str, speaker: str) -> None:
    """In "calling the Lithuanian report '...'", "report" is a noun: the caller speaks."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            'Moscow radio reported that the raid had caused "heavy losses" among the rebels.',
            "heavy losses",
            "Moscow radio",
        ),
        (
            'Peking radio said the island would be "liberated by force if necessary."',
            "liberated by force",
            "Peking radio",
        ),
        (
            'State television said on Sunday the border would remain "closed to all traffic."',
            "closed to all",
            "State television",
        ),
        (
            (
                "The premier proposed new talks in a statement broadcast by the Hanoi radio on"
                " Sunday. The same broadcast warned that the people were \u201cready to fight for"
                " a hundred years.\u201d"
            ),
            "ready to fight",
            "Hanoi radio",
        ),
        (
            'Syrian state media reported that the strikes had caused "material damage only."',
            "material damage",
            "Syrian state media",
        ),
    ],
)
def test_a_broadcaster_named_by_its_city_speaks(sentence: str, words: str, speaker: str) -> None:
    """A city's radio speaks ("Moscow radio reported"), and "the same broadcast" is it."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "A White House statement issued after the meeting said the talks had been"
                ' "frank and useful."'
            ),
            "frank and useful",
            "White House",
        ),
        (
            (
                "A Kremlin statement issued on Friday said the two leaders had discussed \u201cthe"
                " situation in the region.\u201d"
            ),
            "situation in the region",
            "Kremlin",
        ),
        (
            (
                'An Elysee readout released late on Tuesday said Paris would "stand by its'
                ' commitments."'
            ),
            "stand by its",
            "Elysee",
        ),
    ],
)
def test_a_document_named_after_its_author_and_issued(
    sentence: str, words: str, speaker: str
) -> None:
    """In "A Kremlin statement issued on Friday said", the Kremlin speaks, not Friday's words."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "Honduras asked for urgent talks on the clash, in which, according to a communique"
                " of the Honduran armed forces, a patrol crossed the border \u201cin open violation"
                " of our territory.\u201d"
            ),
            "open violation",
            "Honduran Armed Forces",
        ),
        (
            (
                "According to a statement by the Chilean army, the patrol was \u201cfired upon"
                " without warning.\u201d"
            ),
            "fired upon",
            "Chilean Army",
        ),
        (
            (
                "According to a joint statement of the Bolivian navy, the boat entered the lake"
                ' "without any permit."'
            ),
            "without any permit",
            "Bolivian Navy",
        ),
    ],
)
def test_according_to_a_document_of_its_author(sentence: str, words: str, speaker: str) -> None:
    """The author of the document after "according to" speaks, not the sentence's subject."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "The Malian army said the militants attacked a military camp near the border"
                ' "with heavy weapons."'
            ),
            "heavy weapons",
            "Malian Army",
        ),
        (
            (
                "Peru protested over the clash, in which, according to a communique of the Peruvian"
                " navy, two boats entered its waters and attacked a patrol vessel, \u201cin open"
                " violation of our sovereignty.\u201d"
            ),
            "open violation",
            "Peruvian Navy",
        ),
    ],
)
def test_attacked_a_patrol_is_a_raid_not_a_cue(sentence: str, words: str, speaker: str) -> None:
    """The object of "attacked" is a patrol: force, not words; the earlier cue speaks."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "Tomas Velder told reporters that his country had come to talks \u201cwith an"
                " open mind\u201d, but he said Washington\u2019s continued aid to the rebels was"
                " \u201cthe greatest obstacle to peace.\u201d"
            ),
            "greatest obstacle",
            "Tomas Velder",
        ),
        (
            (
                "Officials met on Friday. Lena Markov said Kyiv's repeated requests had been"
                ' "heard at last."'
            ),
            "heard at last",
            "Lena Markov",
        ),
    ],
)
def test_a_participle_after_a_possessor_is_no_cue(sentence: str, words: str, speaker: str) -> None:
    """In "he said Washington's continued aid was", "continued" modifies "aid": he speaks."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "The ministers of Costa Rica, Chile, Peru and Bolivia - Fernando Sol\u00eds"
                " Arguedas, Ernesto Villalta Prieto and Ernesto Baltodano Ruiz - met at the"
                ' ministry on Monday.\n\n"Either we keep the accord or history will judge us,"'
                " said Sol\u00eds, who chaired the session."
            ),
            "keep the accord",
            "Fernando Sol\u00eds Arguedas",
        ),
        (
            (
                "The delegations were led by Jorge Andr\u00e9s Paredes N\u00fa\u00f1ez and Luis"
                ' Felipe Araya Castro.\n\n"The border must be respected," Paredes told reporters.'
            ),
            "must be respected",
            "Jorge Andr\u00e9s Paredes N\u00fa\u00f1ez",
        ),
        (
            (
                "The talks were chaired by Ana Beatriz Lopes Moreira of Brazil.\n\n"
                '"We made progress," Lopes said.'
            ),
            "made progress",
            "Ana Beatriz Lopes Moreira",
        ),
    ],
)
def test_a_surname_takes_up_the_full_name_with_two_family_names(
    text: str, words: str, speaker: str
) -> None:
    """A surname after a name with two family names ("Solís Arguedas") is that person."""
    assert speaker_of(text, words) == speaker


def test_names_listed_after_a_dash_are_people() -> None:
    """In "The ministers of A, B and C - X, Y and Z - met", every listed name is a person."""
    text = (
        "The ministers of Chile, Peru and Bolivia - Rosa Elena Quispe Mamani, Hugo Ramiro"
        " Villca Choque and Teresa Condori Apaza - met in La Paz on Thursday."
    )
    doc = Document(text=text, dates=[])
    people = {m.actor.name for m in mentions(doc) if m.actor.kind == "person"}
    assert people == {
        "Rosa Elena Quispe Mamani",
        "Hugo Ramiro Villca Choque",
        "Teresa Condori Apaza",
    }


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "Venezuelan Foreign Minister Luis Alberto Ferrer and his Guyanese counterpart, Paul"
                " Ramdin, held talks on Tuesday in Kingstown.\n\nThe meeting took place at the"
                " residence of the Prime Minister of Saint Lucia, Oswin Pierre, who acted as"
                ' host.\n\n"We came here to talk, not to give up anything," said the Venezuelan'
                " diplomat on leaving the meeting."
            ),
            "came here to talk",
            "Luis Alberto Ferrer",
        ),
        (
            (
                "Kenyan Cabinet Secretary for Foreign Affairs Ruth Wambui met Ugandan Foreign"
                " Minister Moses Okello in Kampala.\n\nThe talks were attended by the speaker of"
                ' parliament, Jane Atim.\n\n"The border must stay open," the Ugandan diplomat'
                " told reporters."
            ),
            "must stay open",
            "Moses Okello",
        ),
    ],
)
def test_a_states_diplomat_is_its_foreign_minister(text: str, words: str, speaker: str) -> None:
    """The description "the Venezuelan diplomat" takes up Venezuela's foreign minister."""
    assert speaker_of(text, words) == speaker


def test_a_bare_diplomat_is_not_the_foreign_minister() -> None:
    """A bare "the diplomat said" after a spokeswoman's words stays hers, as "she said"."""
    text = (
        "Chilean Foreign Minister Pablo Reyes will meet his Argentine counterpart in Santiago"
        " on Monday, ministry spokeswoman Carla Vidal said on Friday.\n\n"
        '"The ministers will review the whole agenda," the diplomat said.'
    )
    assert speaker_of(text, "whole agenda") == "Carla Vidal"


@pytest.mark.parametrize(
    "first",
    [
        "Deputy Prime Minister/Foreign Minister Senator Arif Rahman Qureshi",
        "Deputy Prime Minister and Foreign Minister Arif Rahman Qureshi",
    ],
)
def test_the_first_of_two_offices_takes_up_its_holder(first: str) -> None:
    """After "Deputy Prime Minister/Foreign Minister A", "the Deputy Prime Minister" is A."""
    text = (
        f"{first} held talks with the visiting Finance Minister of Nepal, Hari Prasad"
        " Koirala, today.\n\nThe Pakistan side included the Special Representative,"
        " Ambassador Imran Latif Khan.\n\nThe Deputy Prime Minister expressed concern over the"
        ' firing.\n\n"Pakistan wants a peaceful neighbourhood," the Deputy Prime Minister'
        ' stated. "The safety of our soldiers is a red line."'
    )
    assert speaker_of(text, "peaceful neighbourhood") == "Arif Rahman Qureshi"
    assert speaker_of(text, "red line") == "Arif Rahman Qureshi"


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                'National Defence said in a statement that the manoeuvre was "dangerous and'
                ' unprofessional."'
            ),
            "unprofessional",
            "National Defence",
        ),
        (
            'Global Affairs said on Monday the summons sent "a clear message."',
            "clear message",
            "Global Affairs",
        ),
        (
            'Homeland Security said the new rules would take effect "within days."',
            "within days",
            "Homeland Security",
        ),
    ],
)
def test_a_department_named_by_its_field_speaks(sentence: str, words: str, speaker: str) -> None:
    """A department called by its field ("National Defence said") is a body, not a person."""
    found = [s for s in quoted(LEAD + sentence) if words in s.quote]
    assert [(s.speaker.name, s.speaker.kind) for s in found if s.speaker] == [
        (speaker, "organization")
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "A drone struck a bulk carrier on Tuesday, the UK Maritime Trade Operations (UKMTO)"
                ' said. UKMTO said the vessel was "proceeding to its next port."'
            ),
            "next port",
            "UK Maritime Trade Operations",
        ),
        (
            (
                "Checks resumed, the EU Border Assistance Mission (EUBAM) said. EUBAM said the"
                ' crew was "safe and well."'
            ),
            "safe and well",
            "EU Border Assistance Mission",
        ),
    ],
)
def test_an_acronym_spelt_out_with_a_word_in_capitals(text: str, words: str, speaker: str) -> None:
    """In "UK Maritime Trade Operations (UKMTO)", "UK" gives the acronym both its letters."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                "A spokesman at the Argentine Foreign Ministry denied reports that Dr. Ibarra had"
                ' met the Brazilian minister in secret. "The minister has not left Buenos Aires'
                ' this year," the spokesman said.'
            ),
            "not left Buenos Aires",
            "Argentine Foreign Ministry",
        ),
        (
            (
                "A spokeswoman for the Dutch Defence Ministry said the frigate had left port."
                ' Admiral Jan Visser was on board. "The ship was never in danger," the spokeswoman'
                " said."
            ),
            "never in danger",
            "Dutch Defence Ministry",
        ),
    ],
)
def test_the_spokesman_takes_up_the_body_he_spoke_for(text: str, words: str, speaker: str) -> None:
    """After "A spokesman at the X Ministry", "the spokesman said" speaks for the ministry."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "Fighting went on. A Honduran foreign ministry communique accused El Salvador of"
                ' "seeking to gain on the map what it cannot gain at the table."'
            ),
            "gain on the map",
            "Honduran Foreign Ministry",
        ),
        (
            (
                "A Kenyan defence ministry communique described the raid as \u201ca grave"
                " provocation.\u201d"
            ),
            "grave provocation",
            "Kenyan Defence Ministry",
        ),
    ],
)
def test_a_communique_named_after_its_author(sentence: str, words: str, speaker: str) -> None:
    """The author of "a Honduran foreign ministry communique accused ..." speaks."""
    assert speaker_of(sentence, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            (
                '"The test undermines regional security," NATO chief Anders Lund said.\n\nMira'
                " Okafor, director general of the World Food Programme, said in a statement on"
                " Wednesday that the blockade is illegal \u2014 which she added \u201cis deeply"
                " regrettable.\u201d"
            ),
            "deeply regrettable",
            "Mira Okafor",
        ),
        (
            (
                "Foreign Minister Ilse Varga met Prime Minister Jonas Berg in Oslo on Monday.\n\n"
                '"We are ready," said Berg. Varga thanked Oslo for what she called "a support'
                ' without conditions."'
            ),
            "without conditions",
            "Ilse Varga",
        ),
    ],
)
def test_a_pronoun_before_the_quotation_takes_up_the_sentences_subject(
    text: str, words: str, speaker: str
) -> None:
    """In "Okafor said ..., which she added '...'", she is Okafor, not the last speaker."""
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            (
                "Unions backed the bill, with the American Federation of Teachers calling it"
                " \u201ca win for working families.\u201d"
            ),
            "win for working",
            "American Federation of Teachers",
        ),
        (
            'The National Association of Manufacturers said the tariffs were "a tax on jobs."',
            "tax on jobs",
            "National Association of Manufacturers",
        ),
        (
            '"This is a historic day," said the Confederation of British Industry.',
            "historic day",
            "Confederation of British Industry",
        ),
        (
            'Chamber of Commerce President Ivo Marek said the deal was "good for business."',
            "good for business",
            "Ivo Marek",
        ),
        (
            ('The Economic Community of West African States said the coup was "unacceptable."'),
            "unacceptable",
            "Economic Community of West African States",
        ),
    ],
)
def test_a_unions_name_with_of_speaks_whole(sentence: str, words: str, speaker: str) -> None:
    """A name such as "the Union of Concerned Scientists" speaks whole, not its last words."""
    assert speaker_of(sentence, words) == speaker


def test_the_security_council_written_out_is_one_body() -> None:
    """After "The United Nations Security Council ...", "what it called" is the council."""
    text = (
        "The United Nations Security Council on Friday condemned the test and pledged new"
        ' sanctions against what it called "a clear threat to peace."'
    )
    assert speaker_of(text, "clear threat") == "United Nations Security Council"


def test_the_acting_minister_is_not_the_minister_beside_him() -> None:
    """A later "the Acting Foreign Minister" is the acting one, not the minister named last."""
    text = (
        "Foreign Minister Arif Qureshi held talks with the Acting Foreign Minister of Sudan,"
        " Ali Osman Taha, today.\n\nThe Deputy Prime Minister and Qureshi discussed trade.\n\n"
        "The Acting Foreign Minister conveyed his condolences and affirmed that Khartoum"
        ' "will not allow attacks from its soil."'
    )
    assert speaker_of(text, "will not allow") == "Ali Osman Taha"
