"""Meeting classes read from the development sample sample13b, in sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from conftest import meetings_read

_DAY = date(2026, 3, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            (
                "Ghana: Ministerial Visit\n\nStatement made on 4 March 2026\n\n"
                "Statement made by\n\nJane Holloway\n\nParliamentary Under-Secretary of State\n\n"
                "On 2 March I met the Foreign Minister of Ghana, Kwame Asante, in Accra. On 3 "
                "March I spoke by telephone to the Togolese Foreign Minister, Komi Agbeko.\n"
            ),
            [("Jane Holloway", "Kwame Asante"), ("Jane Holloway", "Komi Agbeko")],
        ),
        (
            (
                "Statement by the Minister for Foreign Affairs, Ciarán Ó Dálaigh, on his visit "
                "to Lebanon\n\nToday in Beirut I met Prime Minister Nabil Haddad to discuss "
                "the UNIFIL mission and the situation in the south.\n"
            ),
            [("Ciarán Ó Dálaigh", "Nabil Haddad")],
        ),
        (
            (
                "Remarks by Ambassador Laura Finch at the Independence Day reception\n\n"
                "Thank you all for coming. Last week I met President Ana Barros in Maputo, and "
                "she asked me to pass on her greetings to you all.\n"
            ),
            [("Laura Finch", "Ana Barros")],
        ),
    ],
)
def test_a_documents_first_person_is_its_maker(text: str, pairs: list[tuple[str, str]]) -> None:
    """'Statement made by A', 'Statement by the Minister, A,', 'Remarks by A': A met B."""
    found = meetings_read(text, _DAY)
    for pair in pairs:
        assert ("held", pair) in found


def test_a_maker_line_deep_in_a_story_names_no_first_person() -> None:
    """A 'statement by' far down a story is no maker of the first person before it."""
    text = (
        "Readers' letters\n\nI met President Ana Barros in Maputo last year, a reader wrote. "
        + "The weather was fine and the streets were full. " * 40
        + "\n\nStatement by the Minister for Foreign Affairs, Ciarán Ó Dálaigh, follows.\n"
    )
    assert all(len(names) != 2 for _, names in meetings_read(text, _DAY))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "NICOSIA - UN envoy Maria Lindqvist held talks with Greek Cypriot negotiator "
                "Eleni Markou on Friday."
            ),
            ("Maria Lindqvist", "Eleni Markou"),
        ),
        (
            (
                "NICOSIA (AFP) - British minister Tom Reeve met the Turkish Cypriot leader, Kemal "
                "Aslan, in the north of the city on Tuesday."
            ),
            ("Tom Reeve", "Kemal Aslan"),
        ),
        (
            (
                "Statement made by\n\nJane Holloway\n\nMinister\n\nOn 9 March I crossed to the "
                "north of Nicosia, where I met the Turkish Cypriot leader, Kemal Aslan.\n"
            ),
            ("Jane Holloway", "Kemal Aslan"),
        ),
    ],
)
def test_a_peoples_two_word_name_before_an_office(text: str, names: tuple[str, ...]) -> None:
    """'met the Turkish Cypriot leader, A': both words are A's people, not a body's name."""
    assert ("held", names) in meetings_read(text, _DAY)


@pytest.mark.parametrize(
    ("text", "names", "when"),
    [
        (
            (
                "NICOSIA (Reuters) - A meeting between Cypriot President Andreas Petrou and the "
                "Turkish Cypriot leader, Kemal Aslan, which the UN envoy had arranged for 4 "
                "September at the Ledra Palace, was called off."
            ),
            ("Andreas Petrou", "Kemal Aslan"),
            "2026-09-04",
        ),
        (
            (
                "DOHA - A phone call between Foreign Minister Khalid Al-Thani and his Iranian "
                "counterpart, Reza Karimi, which Tehran had proposed for 10 September, did not "
                "take place."
            ),
            ("Khalid Al-Thani", "Reza Karimi"),
            "2026-09-10",
        ),
        (
            (
                "BAMAKO - A meeting between Malian Foreign Minister Moussa Traoré and his "
                "Nigerien counterpart, Ali Mahamane, which Algiers had convened for 8 September, "
                "was called off."
            ),
            ("Moussa Traoré", "Ali Mahamane"),
            "2026-09-08",
        ),
    ],
)
def test_a_day_set_by_someone_in_a_relative_clause(
    text: str, names: tuple[str, ...], when: str
) -> None:
    """'A meeting between A and B, which the envoy had arranged for 4 September, was called off'."""
    article = diplomeet.parse(text, published=date(2026, 9, 15))
    found = [
        (tuple(p.name for p in m.participants), m.when.value if m.when else None)
        for m in article.meetings
    ]
    assert (names, when) in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            (
                "AMMAN - Minister of Foreign Affairs and Expatriates Walid Haddad met Iraqi "
                "Foreign Minister Hassan Rubaie on Tuesday."
            ),
            ("Walid Haddad", "Hassan Rubaie"),
        ),
        (
            (
                "BEIRUT - Minister of Foreign Affairs and Emigrants Youssef Karam met Cypriot "
                "Foreign Minister Eleni Markou on Tuesday."
            ),
            ("Youssef Karam", "Eleni Markou"),
        ),
        (
            (
                "BISSAU - Minister of Foreign Affairs and International Cooperation Ana Gomes met "
                "Senegalese Foreign Minister Cheikh Ndiaye on Tuesday."
            ),
            ("Ana Gomes", "Cheikh Ndiaye"),
        ),
    ],
)
def test_a_second_portfolio_joined_by_and_is_no_part_of_the_name(
    text: str, names: tuple[str, ...]
) -> None:
    """'Minister of Foreign Affairs and Expatriates A': A's name holds no 'Expatriates'."""
    assert ("held", names) in meetings_read(text, _DAY)
