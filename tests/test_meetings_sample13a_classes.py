"""Classes read from the development sample sample13a, in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import meetings_read
from extraction_helpers import quoted_statements, speaker_in

_DAY = date(2026, 9, 15)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            (
                "MINISTRY OF FOREIGN AFFAIRS AND TRADE\n\n"
                "Apia, Samoa - 15 September 2026\n\n"
                "The Minister, Hon. Lemalu Tavita Ioane, held talks on 14 September with the "
                "Minister of Foreign Affairs of Tonga, Hon. Sione Fifita. Minister Fifita "
                "thanked Samoa for its support.\n\n"
                "The Minister then met with the Minister of Foreign Affairs of Tuvalu, Hon. "
                "Petelo Leota."
            ),
            ("Lemalu Tavita Ioane", "Petelo Leota"),
        ),
        (
            (
                "OFFICE OF THE PRESIDENT\n\n"
                "Accra, 15 September 2026\n\n"
                "The President, Mr. Kwabena Asante-Mills, received the President of Togo, Mr. "
                "Yao Dogbe, at Jubilee House on Monday. President Dogbe was on a one-day visit.\n\n"
                "The President also received the Vice-President of Nigeria, Mr. Ibrahim Sule."
            ),
            ("Kwabena Asante-Mills", "Ibrahim Sule"),
        ),
        (
            (
                "PRESS RELEASE\n\n"
                "PRIME MINISTER MEETS FIJIAN COUNTERPART\n\n"
                "Port Moresby, 15 September 2026\n\n"
                "The Prime Minister, Hon. Peter Kaiwi, met the Prime Minister of Fiji, Hon. "
                "Sami Tuilagi, on Monday. Prime Minister Tuilagi thanked Papua New Guinea for "
                "its help.\n\n"
                "The Prime Minister will pay a courtesy call on the Governor-General, Sir "
                "Robert Manau, today."
            ),
            ("Peter Kaiwi", "Robert Manau"),
        ),
    ],
)
def test_a_releases_bare_office_is_its_own_principal(text: str, pair: tuple[str, str]) -> None:
    """'The Minister, Hon. A,' then 'The Minister then met B': A, not the last minister named."""
    found = [names for _, names in meetings_read(text, _DAY)]
    assert any(set(names) == set(pair) for names in found), found


def test_a_bare_office_with_an_of_phrase_is_not_the_principal() -> None:
    """'the Prime Minister of Vanuatu' is another holder than the release's own."""
    text = (
        "Suva, 15 September 2026\n\n"
        "The Prime Minister, Hon. Jone Vakaloloma, met the Prime Minister of Vanuatu, Hon. "
        "Kalsakau Tari, on Monday.\n\n"
        "The Prime Minister of Vanuatu later met the President of Kiribati, Mr. Teuea Kiri."
    )
    found = [set(names) for _, names in meetings_read(text, _DAY)]
    assert {"Jone Vakaloloma", "Teuea Kiri"} not in found


def test_a_releases_principal_speaks_as_the_bare_office() -> None:
    """'The Prime Minister stated that "..."' after another prime minister: the principal."""
    text = (
        "Nuku'alofa, 15 September 2026\n\n"
        "The Prime Minister, Hon. Viliami Hufanga, met the Prime Minister of Niue, Hon. "
        "Toke Talagi-Hetutu, on Monday. Prime Minister Talagi-Hetutu spoke about fisheries.\n\n"
        'The Prime Minister stated that "the ocean is our common field."'
    )
    found = quoted_statements(text, _DAY, "Readout")
    assert speaker_in(found, "common field") == "Viliami Hufanga"
