"""An office written with "Ex-" on it is read whole, and its holder as a former one."""

from __future__ import annotations

import pytest

from diplomeet._actors import former_holders, mentions
from diplomeet._document import Document

_CASES = [
    (
        "Ex-Prime Minister Juan Ortega of Uruguay met Argentine President Marta Vidal.",
        "Juan Ortega",
        "Prime Minister",
    ),
    (
        "Kenya's ex-Foreign Minister Joseph Kariuki flew to Kampala on Monday.",
        "Joseph Kariuki",
        "Foreign Minister",
    ),
    (
        "Ex-President Lars Holm of Iceland told the forum that talks must go on.",
        "Lars Holm",
        "President",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), _CASES)
def test_an_ex_office_is_read_whole(text: str, name: str, title: str) -> None:
    """An office written with "Ex-" is read whole: "Prime Minister", not "Minister"."""
    doc = Document(text=text)
    titles = {m.actor.name: m.actor.title for m in mentions(doc) if m.form == "name"}
    assert titles[name] == title


@pytest.mark.parametrize(("text", "name"), [case[:2] for case in _CASES])
def test_an_ex_holder_holds_the_office_no_longer(text: str, name: str) -> None:
    """The holder of an "Ex-" office is a former holder, as after "former", not a current one."""
    doc = Document(text=text)
    mentions(doc)
    assert name in former_holders(doc)


def test_the_office_later_is_its_current_holder() -> None:
    """After "Ex-Prime Minister B", "the prime minister" is still the one in office."""
    text = (
        "Prime Minister Diego Suarez of Uruguay opened the forum on Monday. Ex-Prime Minister "
        "Juan Ortega of Uruguay criticised the deal. The prime minister defended it."
    )
    found = [m for m in mentions(Document(text=text)) if m.form == "description"]
    assert [m.actor.name for m in found] == ["Diego Suarez"]
