"""The yes-or-no gates of large word patterns (``diplomeet._word_gate``) answer as a search."""

from __future__ import annotations

import re

import pytest

import diplomeet
from diplomeet import _incidents, _meetings, _word_gate
from diplomeet._word_gate import gate_find, gate_search, gate_source
from diplomeet.records import IncidentKind

#: Sentences of our own, lower-cased as the incidents stage reads them, with and without
#: incident words of every kind, at the start, in the middle and at the end.
SENTENCES = (
    "a coast guard cutter fired water cannon at two fishing boats near the reef on tuesday.",
    "fighter jets shot down a surveillance drone over the northern province, officials said.",
    "the ministry said a patrol boat had entered its territorial waters twice since march.",
    "two unidentified aircraft violated the country's airspace near the border on sunday.",
    "warplanes carried out air strikes on depots outside the port city overnight.",
    "gunmen attacked a border post, killing three guards, the army said on friday.",
    "the ambassador was expelled and two trawlers were seized by the navy.",
    "talks on trade resumed in geneva, where the delegations discussed tariffs.",
    "soldiers opened fire on a crowd at the crossing; no one was hurt.",
    "shot",
    "the fire was put out.",
    "«drones» — intercepted; downed—over the sea… (unconfirmed)",
)


def _agrees(pattern: re.Pattern[str], gate: re.Pattern[str], text: str) -> None:
    for start in range(len(text)):
        for end in (len(text), start + 20, start + 1):
            expected = pattern.search(text, start, end) is not None
            assert gate_search(gate, pattern, text, start, end) is expected, (text, start, end)


@pytest.mark.parametrize("trigger", _incidents._TRIGGERS, ids=[k for k, _ in _incidents._TRIGGERS])
def test_incident_trigger_gates_find_what_the_patterns_find(
    trigger: tuple[IncidentKind, re.Pattern[str]],
) -> None:
    """Each trigger pattern's gate finds a match wherever a search of the pattern does."""
    kind, pattern = trigger
    gate = _incidents._gates()[kind]
    assert gate is not pattern  # every trigger pattern has the gate's form
    # the gate opens with a character set: re skips to the separators in C
    assert gate.pattern.startswith(r"\W(?:")
    for text in SENTENCES:
        _agrees(pattern, gate, " " + text)
        _agrees(pattern, gate, text)


@pytest.mark.parametrize("trigger", _incidents._TRIGGERS, ids=[k for k, _ in _incidents._TRIGGERS])
def test_a_search_skipped_to_the_gates_word_gives_the_same_match(
    trigger: tuple[IncidentKind, re.Pattern[str]],
) -> None:
    """``gate_find`` gives the match a search gives: the same span and groups, or none."""
    kind, pattern = trigger
    gate = _incidents._gates()[kind]
    found = 0
    for sentence in SENTENCES:
        for text in (" " + sentence, sentence):
            for start in range(len(text)):
                expected = pattern.search(text, start)
                got = gate_find(gate, pattern, text, start, len(text))
                if expected is None:
                    assert got is None, (text, start)
                    continue
                found += 1
                assert got is not None, (text, start)
                assert (got.span(), got.groupdict(), got.lastgroup) == (
                    expected.span(),
                    expected.groupdict(),
                    expected.lastgroup,
                ), (text, start)
    assert found  # each kind's words stand in some sentence


def test_a_gate_files_each_alternative_under_its_first_letters() -> None:
    """A gate is one branch per first letter, the others tried at every word start."""
    source = r"(?=[dst])\b(?:\b(?:shot|downed)\s+down\b|\bsank\b|\b(?P<w>[\w-]+)\s+seized\b)"
    gate = gate_source(source)
    assert gate is not None
    # "shot" and "sank" are read only at an "s", "downed" at a "d"; the last alternative may
    # open with any word character and is tried at every word start (named groups unnamed)
    assert gate == (
        r"\W(?:d(?<=(?=\b(?:shot|downed)\s+down\b).)"
        r"|s(?<=(?=\b(?:shot|downed)\s+down\b|\bsank\b).)"
        r"|(?=[dst])(?:\b(?:[\w-]+)\s+seized\b))"
    )
    pattern, compiled = re.compile(source), re.compile(gate)
    for text in ("they shot down a drone", "it sank", "the navy seized it", "a downed down", "x"):
        _agrees(pattern, compiled, text)


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:shot|sank)\b",  # no look-ahead on the first letters
        r"(?=[s])\b(?:(?P<w>shot)\s+(?P=w))",  # a back reference
        r"(?=[S])\b(?:Shot)",  # letters in capitals
    ],
)
def test_a_pattern_of_another_form_has_no_gate(source: str) -> None:
    """Patterns without the opening look-ahead on lower-case letters, or with back references."""
    assert gate_source(source) is None


def test_the_meeting_words_gate_finds_what_the_pattern_finds() -> None:
    """The meeting words' pattern (written for re.VERBOSE, closed by a word boundary) has one."""
    gate = _meetings._trigger_gate()
    assert gate is not _meetings._TRIGGER_RE
    assert not gate.flags & re.VERBOSE
    for text in (
        *SENTENCES,
        "the two presidents spoke by telephone on monday, their aides said.",
        "she will host her counterpart for talks in oslo next week.",
        "the foreign ministers met on the sidelines of the summit.",
        "a video call between the leaders was cut short.",
        "he met",
    ):
        _agrees(_meetings._TRIGGER_RE, gate, " " + text)
        _agrees(_meetings._TRIGGER_RE, gate, text)


def test_a_verbose_pattern_is_read_without_its_layout() -> None:
    """White space and comments go; a set keeps its spaces and "#"; an escaped space stays."""
    source = r"""(?=[ab])\b(?:
        alpha\ beta  # a comment | with a bar
      | b[ #]+c
    )\b"""
    gate = gate_source(source, verbose=True)
    assert gate == r"\W(?:a(?<=(?=(?:alpha\ beta)\b).)|b(?<=(?=(?:b[ #]+c)\b).))"
    pattern, compiled = re.compile(source, re.VERBOSE), re.compile(gate)
    for text in ("an alpha beta", "b #c", "b c and alphabeta", "xb c", "b#"):
        _agrees(pattern, compiled, text)


def test_an_alternative_opening_with_many_letters_is_filed_under_each_restricted() -> None:
    """Under each letter, an opening group keeps only its words that may open with it."""
    source = (
        r"(?=[bdfhjs])\b(?:\b(?:bombers?|drones?|fighter\s+jets?|(?:heli|jet)copters?|sukhois?)"
        r"\s+(?:flew|strayed)\s+in\b|\bshot\b)"
    )
    gate = gate_source(source)
    rest = r")\s+(?:flew|strayed)\s+in\b"
    assert gate == (
        rf"\W(?:b(?<=(?=\b(?:bombers?{rest}).)"
        rf"|d(?<=(?=\b(?:drones?{rest}).)"
        rf"|f(?<=(?=\b(?:fighter\s+jets?{rest}).)"
        rf"|h(?<=(?=\b(?:(?:heli)copters?{rest}).)"
        rf"|j(?<=(?=\b(?:(?:jet)copters?{rest}).)"
        rf"|s(?<=(?=\b(?:sukhois?{rest}|\bshot\b).))"
    )
    pattern, compiled = re.compile(source), re.compile(gate)
    for text in (
        "two fighter jets flew in from the sea",
        "jetcopters strayed in; helicopters flew in",
        "sukhoi flew in",
        "the drone flew out",
        "bombers were shot",
        "a jet flew in",
        "x",
    ):
        _agrees(pattern, compiled, text)
        _agrees(pattern, compiled, " " + text)


def test_an_alternative_whose_copies_would_be_too_long_is_tried_at_every_word_start() -> None:
    """A repeated opening group cannot be restricted: ten whole copies are too many."""
    source = r"(?=[abcdefghij])\b(?:(?:(?:a|b|c|d|e|f|g|h|i|j)x\s)+yes\b)"
    gate = gate_source(source)
    assert gate == r"\W(?:(?=[abcdefghij])(?:(?:(?:a|b|c|d|e|f|g|h|i|j)x\s)+yes\b))"
    pattern, compiled = re.compile(source), re.compile(gate)
    for text in ("ax bx yes", "an ax yes", "jx jx no", "yes"):
        _agrees(pattern, compiled, text)


def test_each_kinds_gate_is_built_only_when_a_sentence_first_names_that_kind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A parse that tells only of a seizure builds no gate of airstrikes or airspace words."""
    built: list[IncidentKind] = []
    kind_of = {pattern.pattern: kind for kind, pattern in _incidents._TRIGGERS}

    def recording(pattern: str, *, verbose: bool = False) -> str | None:
        built.append(kind_of[pattern])
        return gate_source(pattern, verbose=verbose)

    monkeypatch.setattr(_incidents, "gate_source", recording)
    monkeypatch.setattr(_word_gate, "GATE_AFTER", 0)  # each gate on its kind's first ask
    _fresh_gates()
    try:
        diplomeet.parse(
            "Coast guard officers from Oman seized an oil tanker on Monday, the navy said."
        )
        assert built == ["other"]
        diplomeet.parse("Warplanes struck a depot near the border on Tuesday, officials said.")
        assert "airstrike" in built
        assert "airspace_violation" not in built
    finally:
        _fresh_gates()  # later tests build the real gates again


def _fresh_gates() -> None:
    _incidents._gate.cache_clear()
    _meetings._trigger_gate.cache_clear()
    for lazy in (*_incidents._LAZY_GATES.values(), _meetings._LAZY_TRIGGER_GATE):
        lazy.reset()


#: An article of our own whose sentences ask for the gates of the "other" incident words
#: and of the meeting words.
_SEIZURE = (
    "ZANZIBAR, Tanzania (Example Wire) - Coast guard officers from Oman seized an oil tanker "
    "off the coast on Monday, the navy said.\n\n"
    "The foreign ministers of Oman and Tanzania met in Muscat on Tuesday to discuss the "
    "seizure, officials said.\n"
)


def test_a_gate_is_built_only_after_its_kind_was_asked_for_several_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """
    A process that parses a few articles builds no gate: it searches the patterns themselves.

    The gate of the "other" incident words takes a seventh of a second to compile; a
    parse finds the same before and after it is built.
    """
    built: list[str] = []

    def recording(pattern: str, *, verbose: bool = False) -> str | None:
        built.append("meeting" if verbose else "incident")
        return gate_source(pattern, verbose=verbose)

    monkeypatch.setattr(_incidents, "gate_source", recording)
    monkeypatch.setattr(_meetings, "gate_source", recording)
    _fresh_gates()
    try:
        first = diplomeet.to_json(diplomeet.parse(_SEIZURE))
        assert built == []  # asked for, not built
        for _ in range(_word_gate.GATE_AFTER + 1):
            assert diplomeet.to_json(diplomeet.parse(_SEIZURE)) == first
        # built once asked for more than GATE_AFTER times, once
        assert built.count("incident") == 1
        diplomeet.parse(_SEIZURE)
        assert built.count("incident") == 1
    finally:
        _fresh_gates()
