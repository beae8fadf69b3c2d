"""Statement classes of the eighteenth blind set's failures, on sentences of our own."""

from __future__ import annotations

from datetime import date

import diplomeet
from extraction_helpers import quoted_statements, speaker_actor, speaker_in

_DAY = date(2026, 3, 5)

_RELEASE = """Gulf News Agency

Rivertown, March 5 (GNA) - HE Prime Minister Sheikh Tamir bin Hadi Al-Marri met this morning \
with HE Foreign Minister of the Republic of Chile Dr. Osric Valdane, who is visiting the country.

The meeting was attended by HE Minister of State Dr. Kamal Fadi and HE Ambassador of Chile \
Hamid Jorse.

His Excellency affirmed the country's position, calling on all parties "to exercise restraint \
and to return to the table without delay."

For his part, HE the Chilean Foreign Minister expressed his appreciation, stating that "the \
ship was held for breaking port rules and will be freed soon." He confirmed that the sailors \
"are safe and well."
"""


def _statements(text: str) -> list[diplomeet.Statement]:
    return quoted_statements(text, _DAY, "Headline of the story")


def test_his_excellency_alone_is_the_official_last_made_a_sentences_subject() -> None:
    """
    "His Excellency affirmed ...": the style stands for the Prime Minister the lead names.

    The ministers only "attended by" in the paragraph between are no subject of theirs.
    """
    found = list(diplomeet.parse(_RELEASE, published=_DAY).statements)
    assert speaker_in(found, "to exercise restraint") == "Tamir bin Hadi Al-Marri"


def test_he_before_a_title_is_the_style_not_the_pronoun() -> None:
    """'HE the Chilean Foreign Minister' is that minister; "He confirmed" then takes him up."""
    found = list(diplomeet.parse(_RELEASE, published=_DAY).statements)
    assert speaker_in(found, "the ship was held") == "Osric Valdane"
    assert speaker_in(found, "are safe and well") == "Osric Valdane"


def test_a_shouted_he_stays_a_pronoun() -> None:
    """A capitalised 'HE' with no title or name after it is the pronoun, as before."""
    text = 'Minister Arlo Penhallow met the visiting envoy on Monday. "We agreed on much," HE said.'
    assert speaker_in(_statements(text), "We agreed on much") == "Arlo Penhallow"


def test_her_excellency_alone_is_the_subject_not_the_attendee() -> None:
    """The person "attended by" names in the sentence between is no subject of the style."""
    text = (
        "Foreign Minister Ilse Varnhagen received the Chilean ambassador on Monday. "
        "The meeting was attended by Deputy Minister Corin Mabry. Her Excellency later "
        'described the session as "long but fruitful."'
    )
    assert speaker_in(_statements(text), "long but fruitful") == "Ilse Varnhagen"


def test_a_persons_office_speaks_as_a_body() -> None:
    """A person's office ("Brennick's office said") speaks as a body, not as the person."""
    text = (
        "President Talia Brennick met the envoy Osmo Varga on Monday. In a written "
        'statement, Brennick\'s office said the visit had been "a useful first step". '
        'Varga\'s office called the talks "frank".'
    )
    found = _statements(text)
    office = speaker_actor(found, "a useful first step")
    assert office is not None
    assert (office.name, office.kind) == ("Brennick's office", "organization")
    assert speaker_in(found, "frank") == "Varga's office"


def test_an_office_by_its_post_and_a_spokesman_stay_as_they_were() -> None:
    """An office by its post stays the post's; "Brennick's spokesman" stays hers, as before."""
    text = (
        "President Talia Brennick met the envoy Osmo Varga on Monday. "
        "\"We will keep talking,\" Brennick's spokesman said. The president's office "
        'described the meeting as "productive".'
    )
    found = _statements(text)
    assert speaker_in(found, "We will keep talking") == "Talia Brennick"
    assert speaker_in(found, "productive") == "President's Office"


def test_a_persons_words_relayed_by_a_news_agency_are_the_persons() -> None:
    """
    'A told B that ... "...," Xinhua said': the agency carries A's words, A speaks.

    An agency the article names as one ("the news agency KPA") relays the same way.
    """
    text = (
        'Foreign Secretary Halvard Brennmoor told the envoy that Norway "will answer every '
        'provocation in kind," Xinhua said. The official news agency KPA called the patrol '
        '"a plain provocation." Marshal Dovan Ekkert told the attache that his country '
        '"keeps every option open," KPA said.'
    )
    found = _statements(text)
    assert speaker_in(found, "will answer every provocation") == "Halvard Brennmoor"
    assert speaker_in(found, "keeps every option open") == "Dovan Ekkert"


def test_an_agencys_own_words_stay_the_agencys() -> None:
    """With no person's verb of saying before the quotation, the agency speaks."""
    text = (
        "Prime Minister Sela Vorn met the Chilean envoy on Monday. The official news agency "
        'KPA reported the talks. The talks were "open and useful," KPA said.'
    )
    assert speaker_in(_statements(text), "open and useful") == "KPA"


def test_an_envoy_called_in_and_told_is_no_speaker_the_body_is() -> None:
    """
    "X was called to the Foreign Ministry and told that ... '...'": the ministry speaks.

    The one told, subject of a passive "told", never is the speaker; with no body named
    ("The attache was told that ..."), the statement has none.
    """
    text = (
        "The Chilean ambassador in Lima, Ivo Marek, was called to the Foreign Ministry "
        'yesterday and told that Peru "rejects the accusation entirely." The attache was '
        'told that his country "must answer for the raid."'
    )
    found = _statements(text)
    ministry = speaker_actor(found, "rejects the accusation")
    assert ministry is not None
    assert (ministry.name, ministry.kind) == ("Foreign Ministry", "organization")
    assert speaker_in(found, "must answer for the raid") is None


def test_an_active_told_keeps_its_subject() -> None:
    """'Minister A told reporters that ... "..."': A speaks, as before."""
    text = 'Minister Arlo Penhallow told reporters that Peru "will not yield an inch."'
    assert speaker_in(_statements(text), "will not yield an inch") == "Arlo Penhallow"
