"""The yes-or-no gates of large word patterns (``diplomeet._word_gate``) answer as a search."""

from __future__ import annotations

import re

import pytest

from diplomeet import _incidents
from diplomeet._word_gate import gate_search, gate_source

#: Sentences of our own, lower-cased as the incidents stage reads them, with and without
#: incident words of every kind, at the start, in the middle and at the end.
SENTENCES = (
    "a coast guard cutter fired water cannon at two fishing boats near the reef on tuesday.",
    "fighter jets shot down a surveillance drone over the northern province, officials said.",
    "the ministry said a patrol boat had entered its territorial waters twice since march.",
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


@pytest.mark.parametrize("kind", [kind for kind, _ in _incidents._TRIGGERS])
def test_incident_trigger_gates_find_what_the_patterns_find(kind: str) -> None:
    pattern = dict(_incidents._TRIGGERS)[kind]
    gate = _incidents._gates()[kind]
    assert gate is not pattern  # every trigger pattern has the gate's form
    # the gate opens with a character set: re skips to the separators in C
    assert gate.pattern.startswith(r"\W(?:")
    for text in SENTENCES:
        _agrees(pattern, gate, " " + text)
        _agrees(pattern, gate, text)


def test_a_gate_files_each_alternative_under_its_first_letters() -> None:
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
    assert gate_source(source) is None
