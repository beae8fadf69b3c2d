"""Meeting classes of news prose left over by the sixteenth session, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from extraction_helpers import story_meetings_with_status

_DAY = date(2026, 11, 5)  # a Thursday


def _meetings(text: str) -> list[tuple[tuple[str, ...], str | None, str | None, str]]:
    return story_meetings_with_status(text, _DAY)


_READINGS = [
    pytest.param(
        "NAIROBI, Nov 4 (Reuters) - Kenya and Tanzania agreed on new border rules on "
        "Wednesday after talks held by Kenyan Foreign Minister Peter Otieno with "
        "Tanzanian Foreign Minister Halima Juma.",
        (("Peter Otieno", "Halima Juma"), "2026-11-04", "Nairobi", "held"),
        id="held-by-1",
    ),
    pytest.param(
        "Colombian Foreign Minister Carlos Rendon arrived in Nairobi on Monday. The "
        "talks held by the minister with his Kenyan counterpart, Jane Wambui, lasted "
        "three hours.",
        (("Carlos Rendon", "Jane Wambui"), "2026-11-02", "Nairobi", "held"),
        id="held-by-2",
    ),
    pytest.param(
        "HANOI (VNA) - Consultations conducted by Deputy Foreign Minister Tran Van Long "
        "with his Japanese counterpart, Kenji Ota, on Monday covered maritime security.",
        (("Tran Van Long", "Kenji Ota"), "2026-11-02", "Hanoi", "held"),
        id="held-by-3",
    ),
    pytest.param(
        "The accord follows a meeting held by Chilean Foreign Minister Rosa Pinto and "
        "Bolivian Foreign Minister Luis Quispe in Lima on Tuesday.",
        (("Rosa Pinto", "Luis Quispe"), "2026-11-03", "Lima", "held"),
        id="held-by-4",
    ),
    pytest.param(
        "Indian Foreign Secretary Arun Mehra held talks with his Nepali counterpart, "
        "Sita Adhikari, in Kathmandu on Wednesday. The talks will resume on Friday.",
        (("Arun Mehra", "Sita Adhikari"), "2026-11-06", "Kathmandu", "planned"),
        id="resumed-1",
    ),
    pytest.param(
        "GENEVA (AP) - Armenian Deputy Foreign Minister Levon Sargsyan met Azerbaijani "
        "envoy Elnur Aliyev on Tuesday. Talks are set to continue next week.",
        (("Levon Sargsyan", "Elnur Aliyev"), "2026-W46", "Geneva", "planned"),
        id="resumed-2",
    ),
    pytest.param(
        "Thai Foreign Minister Somchai Rattanakosin met Cambodian Foreign Minister Sok "
        "Vanna at the Government House in Bangkok on Monday. Both sides said the "
        "negotiations would resume on Saturday.",
        (("Somchai Rattanakosin", "Sok Vanna"), "2026-11-07", "Bangkok", "planned"),
        id="resumed-3",
    ),
    pytest.param(
        "Kenyan Foreign Minister Peter Otieno will meet his Somali counterpart, Ahmed "
        "Warsame, in Nairobi. The talks, set for Tuesday, will focus on border security.",
        (("Peter Otieno", "Ahmed Warsame"), "2026-11-10", "Nairobi", "planned"),
        id="set-for-1",
    ),
    pytest.param(
        "Peruvian President Lucia Ramos and Ecuadorean President Diego Carrion will hold "
        "talks in Lima. The meeting, scheduled for next Monday, is their first since the "
        "border dispute.",
        (("Lucia Ramos", "Diego Carrion"), "2026-11-09", "Lima", "planned"),
        id="set-for-2",
    ),
    pytest.param(
        "LONDON (Reuters) - British Foreign Secretary Helen Marsh is due to meet Irish "
        "Foreign Minister Sean Doyle. The talks are pencilled in for 14 November.",
        (("Helen Marsh", "Sean Doyle"), "2026-11-14", "London", "planned"),
        id="set-for-3",
    ),
    pytest.param(
        "Kenyan President William Njoroge is on a three-day visit to Ghana. He met "
        "Ghanaian President Kofi Mensah in the capital on Tuesday.",
        (("William Njoroge", "Kofi Mensah"), "2026-11-03", "Accra", "held"),
        id="capital-1",
    ),
    pytest.param(
        "Vietnam hosted talks between Cambodian Foreign Minister Sok Vanna and Thai "
        "Foreign Minister Somchai Rattanakosin in the capital on Monday.",
        (("Sok Vanna", "Somchai Rattanakosin"), "2026-11-02", "Hanoi", "held"),
        id="capital-2",
    ),
    pytest.param(
        "Portuguese Prime Minister Rui Matos arrived in Brazil on Sunday. On Monday he "
        "held talks with Brazilian President Ana Ribeiro in the capital.",
        (("Rui Matos", "Ana Ribeiro"), "2026-11-02", "Brasilia", "held"),
        id="capital-3",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _READINGS)
def test_each_leftover_class_reads_its_meeting(
    text: str, expected: tuple[tuple[str, ...], str, str, str]
) -> None:
    """
    Each class reads the meeting with its people, day, place and status.

    held-by: "talks held (conducted) by A with B", "a meeting held by A and B" are A's with B;
    resumed: "The talks will resume on Friday" plans the talks held last for that day;
    set-for: "A will meet B. The talks, set for Tuesday, ..." dates the plan;
    capital: with no dateline, "in the capital" is the host country's.
    """
    assert expected in _meetings(text)


@pytest.mark.parametrize(
    "text", [p.values[0] for p in _READINGS if str(p.id).startswith("resumed")]
)
def test_resumed_talks_are_kept_apart_from_the_talks_held(text: str) -> None:
    """The planned resumption is a record of its own: the talks held stay one record."""
    assert sum(m[3] == "held" for m in _meetings(text)) == 1


def test_talks_that_will_continue_with_no_day_plan_no_meeting() -> None:
    """No second record comes of "the talks will continue" with no day told."""
    text = (
        "Kenyan Foreign Minister Peter Otieno met Ugandan Foreign Minister Grace Atwine in "
        "Kampala on Tuesday. The talks will continue."
    )
    assert [m[3] for m in _meetings(text)] == ["held"]


@pytest.mark.parametrize(
    "said",
    [
        "They said the bilateral committee would meet in Santiago in March.",
        "The two ministers said the committee will meet again next month.",
        "Both sides agreed the joint working group on trade would meet in Arica in January.",
    ],
)
def test_a_committee_said_to_meet_is_no_second_meeting_of_those_who_said_it(said: str) -> None:
    """A committee said to meet ("they said the committee would meet") meets, not they."""
    text = (
        "Chilean Foreign Minister Rosa Pinto and Peruvian Foreign Minister Mateo Salcedo met "
        f"in Lima on Monday. {said}"
    )
    assert _meetings(text) == [(("Rosa Pinto", "Mateo Salcedo"), "2026-11-02", "Lima", "held")]


def test_the_speakers_own_plan_to_meet_again_is_still_theirs() -> None:
    """Their own plan ("they said they would meet again in Santiago") stays theirs."""
    text = (
        "Chilean Foreign Minister Rosa Pinto and Peruvian Foreign Minister Mateo Salcedo met "
        "in Lima on Monday. They said they would meet again in Santiago in March."
    )
    assert (("Rosa Pinto", "Mateo Salcedo"), "2027-03", "Santiago", "planned") in _meetings(text)
