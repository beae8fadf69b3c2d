"""Attribution styles of wire, British and readout copy (all sentences written here)."""

from __future__ import annotations

from datetime import date

from diplomeet.records import Statement
from extraction_helpers import quoted_statements, speaker_in

PUBLISHED = date(2023, 3, 8)  # a Wednesday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Envoys trade words over border")


def speaker_of(text: str, words: str) -> str | None:
    """The name of the speaker of the quotation holding ``words``."""
    return speaker_in(quoted(text), words)


# --- "X quoted Y as saying": the object speaks, the agency only relays -----------------


def test_an_agency_quoting_a_minister_before_the_quotation() -> None:
    """'The agency quoted Deputy Minister X as saying: "..."': the minister speaks."""
    text = (
        "The state news agency Prensa Andina quoted Deputy Minister Carlos Ruiz as saying: "
        "\u201cOur doors remain open.\u201d"
    )
    assert speaker_of(text, "doors remain open") == "Carlos Ruiz"


def test_an_agency_quoting_a_minister_after_the_quotation() -> None:
    """'"...," the agency quoted Prince X as saying': the prince speaks."""
    text = (
        "\u201cThe visit strengthens our ties,\u201d the Gulf Press Agency quoted "
        "Foreign Minister Omar Haddad as saying."
    )
    assert speaker_of(text, "strengthens our ties") == "Omar Haddad"


def test_quoting_participle_after_a_report() -> None:
    """'..., Interfax reported, quoting X as saying "..."': X speaks the partial quote."""
    text = (
        "The talks ended without agreement, the agency reported, quoting Deputy Foreign "
        "Minister Pavel Orlov as saying \u201cno progress was made\u201d."
    )
    assert speaker_of(text, "no progress was made") == "Pavel Orlov"


def test_passive_quoted_as_saying_keeps_its_subject() -> None:
    """'X was quoted as saying by the ministry': no object, so X still speaks."""
    text = (
        "\u201cWe are ready to resume talks at any time,\u201d Foreign Minister Ana Lobo "
        "was quoted as saying by the ministry."
    )
    assert speaker_of(text, "resume talks") == "Ana Lobo"


def test_quoting_a_document_is_no_speaker() -> None:
    """'Li quoted the treaty, saying "..."': no 'as', so the subject speaks."""
    text = (
        "Foreign Minister Jo Li quoted the treaty, saying \u201cthe border shall stay "
        "open\u201d for trade."
    )
    assert speaker_of(text, "border shall stay") == "Jo Li"


# --- a document as the subject: its issuer speaks --------------------------------------


def test_a_statement_from_a_ministry_is_the_ministry_s() -> None:
    """'"...," a statement from the foreign ministry said': the ministry speaks."""
    text = "\u201cWe urge restraint,\u201d a statement from the foreign ministry said."
    assert speaker_of(text, "urge restraint") == "Foreign Ministry"


def test_said_a_statement_issued_by_a_body() -> None:
    """'"...," said a statement issued by the Egyptian presidency': the presidency."""
    text = "\u201cWe have been patient,\u201d said a statement issued by the Egyptian presidency."
    assert speaker_of(text, "been patient") == "Egyptian Presidency"


def test_a_body_s_statement_said() -> None:
    """'The ministry's statement said the talks were "..."': the ministry's words."""
    text = "The ministry\u2019s statement said the talks were \u201ca waste of time\u201d."
    assert speaker_of(text, "waste of time") == "Ministry"


def test_the_statement_is_not_handed_to_its_issuer() -> None:
    """
    'The Kremlin issued a statement. "...," the statement said.': no speaker.

    Taking up the issuer was tried and lost on PolNeAR train, which leaves a document's
    words unattributed (and the quotation is still found).
    """
    text = (
        "On Tuesday, the Kremlin issued a statement.\n\n"
        "\u201cTalks are possible,\u201d the statement said."
    )
    (found,) = quoted(text)
    assert (found.speaker, found.cue) == (None, "said")


def test_the_statement_with_no_issuer_has_no_speaker() -> None:
    """'"...," the statement said.' alone: no issuer is named, so no speaker is made up."""
    assert speaker_of("\u201cWe urge restraint,\u201d the statement said.", "restraint") is None


def test_a_statement_about_a_person_is_not_a_document() -> None:
    """'A spokesman for the ministry said': a person's job, not a document, speaks."""
    text = "\u201cNo talks are planned,\u201d a spokesman for the foreign ministry said."
    assert speaker_of(text, "No talks") == "Foreign Ministry"


# --- unnamed sources are nobody the article names ---------------------------------------

_CONTEXT = "Foreign Minister Ines Varga met her Serbian counterpart on Monday.\n\n"


def test_one_western_diplomat_is_an_unnamed_speaker() -> None:
    """'"...," one Western diplomat said' is attributed, not handed to the minister."""
    found = quoted(_CONTEXT + "\u201cIt is a red line,\u201d one Western diplomat said.")
    assert [(s.speaker, s.cue) for s in found] == [(None, "said")]


def test_another_official_and_two_diplomats_are_unnamed() -> None:
    """'another senior official said', 'two European diplomats said': no speaker."""
    for who in ("another senior official", "two European diplomats"):
        text = _CONTEXT + f"\u201cIt is a red line,\u201d {who} said."
        assert speaker_of(text, "red line") is None


def test_the_official_who_asked_not_to_be_named() -> None:
    """The relative clause's 'asked' is not the cue; the official is not the minister."""
    text = (
        _CONTEXT + "\u201cWe are disappointed,\u201d the official, who asked not to be named, said."
    )
    (found,) = quoted(text)
    assert (found.speaker, found.cue) == (None, "said")


def test_an_aged_description_takes_up_the_leader() -> None:
    """'"...," the 72-year-old leader told a banquet' is the president spoken of."""
    text = (
        "President Joao Mendes arrived in Accra for a state visit.\n\n"
        "\u201cThis visit is long overdue,\u201d the 72-year-old leader told a state banquet."
    )
    assert speaker_of(text, "long overdue") == "Joao Mendes"


def test_the_described_senator_still_takes_up_the_person() -> None:
    """A job that is no anonymous source ('the envoy') keeps taking up the person."""
    text = (
        "Ambassador Lena Fischer spoke on Thursday.\n\n"
        "\u201cWe want peace,\u201d the ambassador said."
    )
    assert speaker_of(text, "want peace") == "Lena Fischer"


def test_one_party_insider_is_unnamed_even_before_a_name() -> None:
    """'whom one party insider described as "..."': the insider is no one named."""
    text = "Aides trust Jo Benn, whom one Labour insider described as \u201chis brother\u201d."
    assert speaker_of(text, "his brother") is None


def test_the_year_of_an_aside_is_no_speaker() -> None:
    """'"..." in the 2008 primary, said professor X': the year's phrase is not a speaker."""
    text = (
        "Mendes \u201cdid well in the north\u201d in the 2008 election, said Lagos "
        "University professor Paul Okoro."
    )
    assert speaker_of(text, "did well in the north") == "Paul Okoro"


# --- readout verbs ----------------------------------------------------------------------


def test_a_readout_s_underscored_that() -> None:
    """'The Secretary underscored that "..."' is a statement by the Secretary named before."""
    text = (
        "Secretary of State Alan Brooke met Foreign Minister Tariq Aziz in Amman.\n\n"
        "The Secretary underscored that \u201cthe United States remains committed to "
        "peace.\u201d"
    )
    assert speaker_of(text, "remains committed") == "Alan Brooke"


def test_reaffirmed_and_underlined_are_cues() -> None:
    """British and readout verbs: 'reaffirmed', 'underlined'."""
    text = (
        "\u201cOur partnership is strong,\u201d Prime Minister Ola Hansen reaffirmed. "
        "Foreign Minister Eva Lund underlined that the deal was \u201cfair to both\u201d."
    )
    assert speaker_of(text, "partnership is strong") == "Ola Hansen"
    assert speaker_of(text, "fair to both") == "Eva Lund"


def test_a_highlight_noun_is_no_cue() -> None:
    """'the highlight of the visit was "..."' has no speaker: a noun after 'the'."""
    found = quoted("The highlight of the visit was a \u201csurprise\u201d dinner.")
    assert found == []


def test_a_source_close_to_the_talks_is_unnamed() -> None:
    """'"...," a source close to the negotiations told Reuters': attributed, to nobody named."""
    for who in ("a source close to the negotiations", "an official familiar with the talks"):
        (found,) = quoted(_CONTEXT + f"\u201cThere is no deal,\u201d {who} told Reuters.")
        assert (found.speaker, found.cue) == (None, "told")


def test_thundered_is_a_cue() -> None:
    """Vivid wire verbs: '"...," thundered Mr Kagwe'."""
    assert speaker_of("\u201cEnough is enough,\u201d thundered Mr Kagwe.", "Enough") == "Kagwe"
