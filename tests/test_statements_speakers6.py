"""
Organisation speakers and reports of unseen outlets (sentences written here).

Classes found on a retired blind set: "..., adding that" after a quoted phrase is no
inverted cue (the subject before speaks on), bodies named in full as written ("The
National Security Council"), the police of a region ("Police in Mara Region said"), the
author of a statement a news agency carried, and a bare "the army" after an army named
"Defence Force".
"""

from __future__ import annotations

from datetime import date

from diplomeet.records import Statement
from extraction_helpers import quoted_statements

PUBLISHED = date(2025, 4, 11)  # a Friday


def quoted(text: str) -> list[Statement]:
    """The direct and partial statements of ``text``, under a headline of its own."""
    return quoted_statements(text, PUBLISHED, "Ministers hold talks on trade")


def speaker_of(text: str, words: str) -> tuple[str | None, str | None]:
    """The name and kind of the speaker of the quotation holding ``words``."""
    for s in quoted(text):
        if words in s.quote:
            return (s.speaker.name, s.speaker.kind) if s.speaker is not None else (None, None)
    msg = f"no quotation holds {words!r}"
    raise AssertionError(msg)


def test_adding_that_after_a_quoted_phrase_is_no_inverted_cue() -> None:
    """The speaker of 'X said Greece would "...", adding that ...' is X, not Greece."""
    text = (
        "Asked about the incident, Yilmaz said Greece would \u201cnot allow the war to spill"
        " over onto our shores,\u201d adding that Athens was in contact with Rome."
    )
    assert speaker_of(text, "spill over") == ("Yilmaz", "person")


def test_a_body_named_in_full_capitals_is_named_as_written() -> None:
    """A body named "The National Defense Ministry" is not cut to its head words."""
    text = (
        "The National Defense Ministry said in a written statement on Monday that the drone"
        " was \u201cneutralized in a safe area,\u201d after it failed to respond."
    )
    assert speaker_of(text, "safe area") == ("National Defense Ministry", "organization")


def test_a_national_council_is_not_the_un_one() -> None:
    """The links know "Security Council" as the UN's: the words written name another."""
    text = "The National Security Council said on Monday that the talks were \u201cuseful\u201d."
    assert speaker_of(text, "useful") == ("National Security Council", "organization")


def test_the_police_of_a_region_speak_as_that_force() -> None:
    """The words "Police in Mara Region said" give the region's police."""
    text = (
        "Police in Mara Region said the officers had fired after the fishermen \u201crefused"
        " to stop and turned towards the boat\u201d."
    )
    assert speaker_of(text, "refused to stop") == ("Mara Region police", "organization")


def test_the_author_of_a_statement_an_agency_carried_speaks_by_full_name() -> None:
    """The author of a statement a news agency carried, with its "of the ..." name."""
    text = (
        "A statement by the General Command of the Egyptian Armed Forces carried by the"
        " official MENA news agency said the border guards had \u201capplied the rules of"
        " engagement.\u201d"
    )
    assert speaker_of(text, "rules of engagement") == (
        "General Command of the Egyptian Armed Forces",
        "organization",
    )


def test_a_statement_by_a_ministry_of_something_names_it_whole() -> None:
    """A statement "by the Ministry of Defence" names the ministry whole."""
    text = "A statement by the Ministry of Defence said the strike was \u201ca mistake\u201d."
    assert speaker_of(text, "a mistake") == ("Ministry of Defence", "organization")


def test_the_army_after_an_army_named_as_a_defence_force() -> None:
    """A bare "the army" takes up "the Belize Defence Force" named before it."""
    text = (
        "Soldiers of the Belize Defence Force (BDF) came under fire on Tuesday.\n\n"
        "According to the BDF, a patrol near the river came under small-arms fire. The army"
        " said its troops \u201creturned fire and repelled the attackers\u201d."
    )
    assert speaker_of(text, "returned fire") == ("Belize Defence Force", "organization")


def test_a_force_spokesman_speaks_for_the_force_named_with_its_country() -> None:
    """The words "a coastguard spokesman" after "the Icelandic coastguard" name that force."""
    text = (
        "The Icelandic coastguard vessel Tyr fired two shots on Sunday.\n\n"
        "A coastguard spokesman said the trawler had been fishing \u201cwell inside the limit"
        " and in full knowledge of the fact\u201d. The skipper, speaking by radio to his"
        " owners, said he had been outside the limit."
    )
    assert speaker_of(text, "well inside") == ("Icelandic coastguard", "organization")


def test_a_full_stop_after_the_closing_mark_ends_the_quotation_sentence() -> None:
    """The next sentence's subject does not speak a quotation closed before its stop."""
    text = (
        "Minister Ana Ortega said the boat had been fishing \u201cwell inside the limit\u201d."
        " The skipper, speaking by radio, said he had been outside it."
    )
    assert speaker_of(text, "well inside") == ("Ana Ortega", "person")


def test_a_body_reporting_what_its_leader_had_said_speaks() -> None:
    """A readout's words: the administration that "said ... that Li had stressed"."""
    text = (
        "The Georgian presidential administration said in a statement that Kobakhidze had"
        " stressed \u201cthe need to finalise the border without delay.\u201d"
    )
    found = [s for s in quoted(text) if "finalise" in s.quote]
    assert [(s.speaker.name, s.speaker.country) for s in found if s.speaker] == [
        ("Presidential Administration", "GE")
    ]


def test_a_person_reporting_another_keeps_the_nearer_speaker() -> None:
    """Only a body's report gives way: "Smith said Li had stressed" stays Li's."""
    text = "Smith said Kobakhidze had stressed \u201cthe need to finalise the border\u201d."
    assert speaker_of(text, "finalise") == ("Kobakhidze", "person")
