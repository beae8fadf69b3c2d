"""
A bare office, "and", then a second office with its own article and its holder after a comma.

"the Emir and the King of Jordan, A," names A as the King, not as "the Emir and the King":
the first office stands for someone named before.  Sentences and people are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_LEDE = (
    "DOHA - The Emir Sheikh Fahad bin Saud al-Mannai received the fishermen's families on"
    " Wednesday, officials said.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            (
                "On Sunday, the Emir and the King of Jordan, Faisal bin Omar al-Hashem, discussed"
                " the issue in a phone call, QNA reported."
            ),
            "King",
        ),
        (
            (
                "The Emir and the Prime Minister of Portugal, Rui Carvalho Mendes, met in Lisbon"
                " on Sunday."
            ),
            "Prime Minister",
        ),
        (
            (
                "On Sunday the Emir and the President of Ghana, Kofi Mensah-Boateng, held talks"
                " in Accra."
            ),
            "President",
        ),
    ],
)
def test_the_name_after_the_comma_holds_the_second_office(sentence: str, title: str) -> None:
    """The meeting pairs the Emir named before with the second office's holder."""
    record = diplomeet.parse(_LEDE + sentence + "\n", published=date(2026, 4, 16))
    pairs = [
        sorted((p.name, p.title) for p in m.participants)
        for m in record.meetings
        if len(m.participants) == 2
    ]
    holder = [p for p in pairs if any(name == "Fahad bin Saud al-Mannai" for name, _ in p)]
    assert holder
    assert any(t == title for name, t in holder[0] if name != "Fahad bin Saud al-Mannai")
