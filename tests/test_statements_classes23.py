"""Statement classes of the twenty-third session (our own sentences and look-alikes)."""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet.records import Statement
from extraction_helpers import speaker_in

_DAY = date(2026, 11, 20)


def _statements(body: str) -> list[Statement]:
    return list(diplomeet.parse(f"Envoys meet\n\n{body}", published=_DAY).statements)


def _quoted(body: str) -> list[Statement]:
    return [s for s in _statements(body) if s.mode != "indirect"]


# --- a readiness's quoted complement: "voiced the readiness of her government 'to ...'" ---


def test_a_readiness_expressed_takes_its_quoted_complement() -> None:
    """The owner of a few words, or a possessive, between the noun and the quotation."""
    for body in (
        (
            'Ambassador Tomas Brel expressed the readiness of his government "to help establish '
            'what happened on the border" and left.'
        ),
        (
            "Ambassador Tomas Brel expressed his government's readiness \"to help establish "
            'what happened on the border."'
        ),
        'Minister Oda Fenn voiced the hope "that the talks will resume before the winter."',
        'Minister Oda Fenn expressed the willingness of the government "to reopen the crossing."',
    ):
        quotes = _quoted(body)
        assert len(quotes) == 1, (body, quotes)
        assert quotes[0].speaker is not None, (body, quotes)
        assert quotes[0].speaker.name in {"Tomas Brel", "Oda Fenn"}, (body, quotes)


def test_an_expressed_thing_with_a_scare_quote_further_on_is_no_statement() -> None:
    """Look-alikes: the quoted words are no complement of the readiness or the concern."""
    for body in (
        'Minister Oda Fenn expressed the concerns of farmers about "dumping" by importers.',
        'Minister Oda Fenn expressed her readiness to visit the "frontline" villages.',
        (
            "Minister Oda Fenn expressed the readiness of the government and the farmers' "
            'unions of the north "to talk."'
        ),
    ):
        assert _quoted(body) == [], (body, _quoted(body))


# --- "offered" carries its quoted object as the readout verbs do ---


def test_offered_carries_a_quoted_object() -> None:
    """The subject of "offered" speaks, an aside between them or not."""
    body = (
        'Prime Minister Oda Fenn spoke to the press. She said the island "cannot patrol the '
        'coast alone". Anders Holm, for his part, offered "whatever help the island asks '
        'for", which is polite language for little.'
    )
    assert speaker_in(_statements(body), "whatever help") == "Anders Holm"
    body = 'Foreign Minister Anders Holm offered his "full support" to the families.'
    assert speaker_in(_statements(body), "full support") == "Anders Holm"


def test_offered_to_do_something_near_a_quoted_word_is_no_statement() -> None:
    """Look-alike: an offer to act, a scare quote further on."""
    body = 'The ministry offered to host the next round of talks at its "new" building.'
    assert _quoted(body) == []


# --- "and, according to X, urged": the subject before "and" speaks ---


def test_the_subject_before_and_speaks_past_an_according_to_aside() -> None:
    """The aside names who told of it, not who urged."""
    for source in ("the presidency", "the Kremlin", "Elysee officials"):
        body = (
            "On Saturday night, President Anders Holm phoned Prime Minister Karl Vesk and, "
            f'according to {source}, urged him to "stop the shooting at once."'
        )
        assert speaker_in(_statements(body), "stop the shooting") == "Anders Holm", source


def test_an_according_to_opening_its_sentence_still_speaks() -> None:
    """Look-alike: no subject before the aside; the source speaks."""
    body = 'President Anders Holm met the envoy. According to the Kremlin, the talks were "frank."'
    assert speaker_in(_statements(body), "frank") == "Kremlin"


# --- "A told him ... '...,' a ministry statement said": A's words, the paper relays them ---


def test_a_person_telling_inside_a_statement_of_the_ministry_speaks() -> None:
    """The paper carries the teller's words."""
    for closing in ("a ministry statement said", "the ministry's readout said"):
        body = (
            'Vice Foreign Minister Tomas Brel told him the decision was "an act the country '
            f'will never accept," {closing}.'
        )
        assert speaker_in(_statements(body), "never accept") == "Tomas Brel", closing


def test_a_statement_relaying_an_agreement_of_two_speaks_itself() -> None:
    """Look-alike: no person told the words; the two agreed to them, the paper says so."""
    body = (
        "Prime Minister Tomas Brel and Oda Fenn had talked on the telephone on April 9 and "
        'agreed to "calm the waters", a government statement said.'
    )
    speaker = speaker_in(_statements(body), "calm the waters")
    assert speaker not in {"Tomas Brel", "Oda Fenn"}, speaker


def test_the_ministry_statement_speaks_when_no_person_tells() -> None:
    """Look-alikes: a body's own verb, or no verb of saying, before the quotation."""
    body = (
        'The ministry rejected the claim as "a fabrication from start to finish," a ministry '
        "statement said."
    )
    assert "Ministry" in (speaker_in(_statements(body), "fabrication") or "")
    body = 'Tomas Brel met the envoy. The talks were "frank and useful," a ministry statement said.'
    assert "Ministry" in (speaker_in(_statements(body), "frank and useful") or "")


# --- a participle aside between the speaker and the cue: "Hanoi radio, heard in X, said" ---


def test_an_aside_telling_where_the_words_were_heard_is_skipped() -> None:
    """The speaker is before the aside, not the place the aside names."""
    cases = (
        ('Kestra radio, heard in Vilna, boasted that the raid was a "sacred duty."', "Kestra"),
        ('Kestra radio, monitored in Vilna, said the raid was "a criminal act."', "Kestra"),
        (
            (
                "Foreign Minister Lea Marr, reached by telephone in Geneva, said the raid was "
                '"a criminal act of war."'
            ),
            "Lea Marr",
        ),
    )
    for body, speaker in cases:
        quotes = _quoted(body)
        assert len(quotes) == 1, (body, quotes)
        assert quotes[0].speaker is not None, (body, quotes)
        assert speaker in quotes[0].speaker.name, (body, quotes)


# --- a paper its sender passed on speaks for the sender: "gave the envoy a note that called" ---


def test_the_sender_of_a_note_speaks_through_it() -> None:
    """The sentence's subject sent the paper whose relative clause holds the cue."""
    body = (
        "Foreign Minister Lea Marr summoned the envoy, Karl Vesk, on Monday and gave him a "
        'written note that called the incursion of the frigates "a grave breach of our waters '
        'and of the treaty."'
    )
    assert speaker_in(_statements(body), "grave breach") == "Lea Marr"
    body = 'The Transport Ministry sent a letter that described the seizure as "plain theft."'
    assert speaker_in(_statements(body), "plain theft") == "Transport Ministry"


def test_a_paper_received_or_a_person_that_called_is_no_sent_paper() -> None:
    """Look-alikes: no verb of sending before the paper; a person, no paper."""
    assert _quoted('The ambassador received a note that called the raid "regrettable."') == []
    assert _quoted('Lea Marr met a fisherman that called the patrol "a menace."') == []


# --- an opening participle's clause before the reporting sentence ---


def test_an_opening_participle_clause_leaves_the_report_after_it() -> None:
    """An opening "Speaking to reporters after a dinner," leaves the report after its comma."""
    for body in (
        (
            "Speaking to reporters after a joint dinner, Eva Brandt said the update would "
            "cover trade."
        ),
        (
            "Speaking to reporters after a joint dinner, Eva Brandt, who heads the foreign "
            "department, said the update would cover services."
        ),
    ):
        found = [s for s in _statements(body) if s.mode == "indirect"]
        assert len(found) == 1, (body, found)
        assert found[0].speaker is not None, (body, found)
        assert found[0].speaker.name == "Eva Brandt", (body, found)


def test_an_opening_participle_reporting_nothing_gives_no_report() -> None:
    """Look-alike: the sentence after the participle's clause has no verb of saying."""
    assert _statements("Speaking of the past, the old treaty was signed in haste.") == []


# --- the person a speaker names in the quotation is not "the minister" after it ---


_OWN_WORDS = (
    "Speaking to reporters after a joint dinner, Brandt, who heads the foreign department, "
    "said the update would cover services. He made no secret of the differences.\n\n"
    '"Minister Li would not accept all of my points, and I never thought he would," the '
    "minister said."
)


def test_the_minister_after_a_quotation_naming_another_minister_is_the_speaker() -> None:
    """The description takes up the one the story was about, not the one quoted."""
    statements = _statements(_OWN_WORDS)
    assert speaker_in(statements, "would not accept") == "Brandt"


def test_a_minister_named_before_the_quotation_is_still_taken_up() -> None:
    """Look-alike: the minister was named before his quotation."""
    body = (
        "Minister Li arrived in the morning.\n\n"
        '"We could not settle every point, and that was never the aim," the minister said.'
    )
    assert speaker_in(_statements(body), "settle every point") == "Li"


# --- a speaker the story names by surname only, named in full by a caption ---


_CAPTIONED = """<html><head><title>Ministers agree trade talks | Example Post</title></head>
<body><article><h1>Ministers agree trade talks</h1>
<p class="lead">Foreign Minister Eva Brandt hosted her counterpart at the lake residence.</p>
<figure><img src="/a.jpg" alt=""><figcaption>Foreign Minister Wang Jiaming, left, and Eva Brandt
at the residence on Thursday. AFP</figcaption></figure>
<p>The two countries will open talks on a new trade agreement next year, the two foreign
ministers announced on Thursday.</p>
<p>Brandt said the update would cover services and trade in goods.</p>
<p>Wang, according to a news agency, told his host that the questions raised were "purely
internal affairs" of his country.</p>
<p>The talks will resume in the spring.</p>
</article></body></html>"""


def test_a_caption_names_in_full_a_speaker_the_story_names_by_surname() -> None:
    """Family name first or last: "Wang" is "Wang Jiaming", "Brandt" is "Eva Brandt"."""
    statements = list(diplomeet.parse(_CAPTIONED, published=_DAY).statements)
    assert speaker_in(statements, "purely internal affairs") == "Wang Jiaming"
    assert speaker_in(statements, "would cover services") == "Eva Brandt"


def test_a_caption_naming_two_people_of_one_surname_names_neither() -> None:
    """Look-alike: two full names end on the surname; the story's "Brandt" stays as it is."""
    page = _CAPTIONED.replace(
        "Foreign Minister Wang Jiaming, left, and Eva Brandt", "Ola Brandt, left, and Eva Brandt"
    ).replace("Foreign Minister Eva Brandt hosted", "The foreign minister hosted")
    statements = list(diplomeet.parse(page, published=_DAY).statements)
    assert speaker_in(statements, "would cover services") == "Brandt"


# --- an office the story describes but never names, its holder named by a caption ---


_SECRETARY = """<html><head><title>Navies to patrol strait | Example Globe</title></head>
<body><article><h1>Navies to patrol strait together</h1>
<figure><img src="/a.jpg" alt=""><figcaption>Arlandian Foreign Secretary Ana Cruz Velez speaks to
reporters in the capital on Monday. (Photo: Jo Marsh)</figcaption></figure>
<p>Kestra and Arland will send their navies on joint patrols in the strait from next year,
after eight fishermen were taken from a boat by gunmen earlier this month.</p>
<p>"We will not let the strait become a hunting ground," said Foreign Minister Tomas Brel after
two hours of talks with his counterpart on Monday.</p>
<p>The Arlandian foreign secretary, on her first visit since taking office, promised to share
intelligence. "Families on both sides have waited long enough for us to act," the secretary
said.</p>
<p>The patrols will start in January, officials said.</p>
</article></body></html>"""


def test_a_described_office_holder_named_only_by_a_caption_speaks() -> None:
    """Every word of "the Arlandian foreign secretary" is in the caption's title."""
    statements = list(diplomeet.parse(_SECRETARY, published=_DAY).statements)
    assert speaker_in(statements, "waited long enough") == "Ana Cruz Velez"
    assert speaker_in(statements, "hunting ground") == "Tomas Brel"


def test_a_caption_of_another_office_names_no_holder() -> None:
    """Look-alike: the caption's title lacks the description's office; no caption holder."""
    page = _SECRETARY.replace("Arlandian Foreign Secretary", "Arlandian Trade Minister")
    statements = list(diplomeet.parse(page, published=_DAY).statements)
    assert speaker_in(statements, "waited long enough") != "Ana Cruz Velez"
