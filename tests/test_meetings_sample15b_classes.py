"""Meeting and speaker classes read from the development sample sample15b, on our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from conftest import meetings_read

_DAY = date(2026, 11, 24)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "Ethiopia's Prime Minister Dawit Alemu received Somali President Ahmed Sheikh Ali "
                "Farah at his office in Addis Ababa on Sunday."
            ),
            ("Dawit Alemu", "Ahmed Sheikh Ali Farah"),
        ),
        (
            (
                "Djibouti's Foreign Minister Ismail Daher hosted his Somali counterpart, Yusuf "
                "Sheikh Omar Aden, in Djibouti City yesterday."
            ),
            ("Ismail Daher", "Yusuf Sheikh Omar Aden"),
        ),
        (
            (
                "Somalia's Interior Minister Mohamed Sheikh Hassan met Kenyan Interior Cabinet "
                "Secretary Paul Wekesa in Mandera on Monday."
            ),
            ("Mohamed Sheikh Hassan", "Paul Wekesa"),
        ),
    ],
)
def test_a_somali_name_reads_on_past_sheikh_inside_it(text: str, pair: tuple[str, str]) -> None:
    """'Ahmed Sheikh Ali Farah': "Sheikh" inside a Somali name does not end it."""
    assert [("held", pair)] == [(s, p) for s, p in meetings_read(text, _DAY) if set(p) == set(pair)]


def test_a_speaker_named_with_sheikh_inside_keeps_the_whole_name() -> None:
    """'said Abdi Sheikh Nur Hirsi': the speaker is the whole name, not its last two words."""
    text = (
        '"The corridor will open next month," said Abdi Sheikh Nur Hirsi, the mayor of Beledweyne.'
    )
    statements = diplomeet.parse(text, published=_DAY).statements
    speakers = [s.speaker.name for s in statements if s.speaker]
    assert speakers == ["Abdi Sheikh Nur Hirsi"]


def test_a_style_opening_a_name_is_still_read_as_a_style() -> None:
    """'received Sheikh Mohammed bin Rashid': a style before a name stays out of it."""
    text = (
        "Qatar's Foreign Minister Khalid Al Kuwari received Sheikh Mohammed bin Rashid in Doha "
        "on Monday."
    )
    names = [p.name for m in diplomeet.parse(text, published=_DAY).meetings for p in m.participants]
    assert "Mohammed bin Rashid" in names


def test_sheikh_after_a_style_of_address_stays_a_style() -> None:
    """'President His Highness Sheikh A bin B and ... spoke by phone': A bin B, as before."""
    text = (
        "President His Highness Sheikh Hamad bin Khalifa Al Thani and Sudanese President Osman "
        "Idris Babiker spoke by phone last Wednesday."
    )
    pairs = [set(p) for _, p in meetings_read(text, _DAY)]
    assert {"Hamad bin Khalifa Al Thani", "Osman Idris Babiker"} in pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "The visit was prepared in a telephone call between presidents Julio Arrieta "
                "and Andrés Sosa Berrutti last Thursday, the presidency said."
            ),
            ("Julio Arrieta", "Andrés Sosa Berrutti"),
        ),
        (
            (
                "Talks between presidents Luiz Batista and Marcos Peña were held in Brasília "
                "on Monday."
            ),
            ("Luiz Batista", "Marcos Peña"),
        ),
        (
            "In Hanoi on Friday, premiers Li Wenjun and Nguyen Van Thanh held talks on the border.",
            ("Li Wenjun", "Nguyen Van Thanh"),
        ),
    ],
)
def test_a_plural_office_in_lower_case_names_both_holders(text: str, pair: tuple[str, str]) -> None:
    """'between presidents A and B', 'premiers A and B': the office in lower case, as Presidents."""
    assert [("held", pair)] == [(s, p) for s, p in meetings_read(text, _DAY) if set(p) == set(pair)]
