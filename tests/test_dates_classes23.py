"""Date classes of the twenty-third session (our own sentences and look-alikes)."""

from __future__ import annotations

from datetime import date

import diplomeet


def _dates(sentence: str, published: date) -> dict[str, str]:
    found = diplomeet.parse(f"Talks\n\n{sentence}", published=published).dates
    return {d.text: d.value for d in found}


_THURSDAY = date(1981, 8, 20)


def test_a_visitors_next_leg_in_the_present_is_ahead() -> None:
    """A present "goes on to X", "heads home" on a weekday: a schedule, the coming day."""
    found = _dates("The envoy goes on to Nairobi on Friday to sign the accord.", _THURSDAY)
    assert found["on Friday"] == "1981-08-21", found
    assert _dates("The minister goes to Wellington on Friday.", _THURSDAY)["on Friday"] == (
        "1981-08-21"
    )
    assert _dates("The minister heads home on Sunday.", _THURSDAY)["on Sunday"] == "1981-08-23"


def test_goes_back_and_the_heads_of_state_are_no_schedule() -> None:
    """Look-alikes: "goes back to" looks back; "the heads of state met" is a past."""
    assert _dates("The heads of state met on Friday.", _THURSDAY)["on Friday"] == "1981-08-14"
    found = _dates("The dispute goes back to Friday's clash at the border.", _THURSDAY)
    assert "1981-08-21" not in found.values(), found


def test_a_season_before_a_capitalised_name_is_no_date() -> None:
    """A season before a capitalised word ("the summer White House") is a name's word."""
    day = date(1958, 8, 25)
    found = _dates("The secretary drove to the summer White House and stayed an hour.", day)
    assert not any(v.endswith("-SU") for v in found.values()), found
    assert _dates("The talks will resume in the summer.", day) == {"in the summer": "1958-SU"}


_SUNDAY = date(2026, 11, 22)


def test_a_plan_told_through_an_apposition_takes_the_nearer_day() -> None:
    """The plan's clause runs past "A, Chairman of B," to its date; "Eng." ends no sentence."""
    for sentence in (
        (
            "A tour of the refinery, where the secretary had been due to meet Eng. Omar Kasrawi, "
            "Director of the Ports Corporation, on Monday, has been called off."
        ),
        (
            "A tour of the refinery, where the secretary had been due to meet Omar Kasrawi, the "
            "director of the ports body, on Monday, was called off."
        ),
    ):
        assert _dates(sentence, _SUNDAY)["on Monday"] == "2026-11-23", sentence


def test_a_relative_clause_of_a_past_closed_before_the_date_still_tells_no_tense() -> None:
    """Look-alikes: a place's relative clause closed by a comma, a past clause."""
    found = _dates("A trip to the port, where the minister met him, on Monday ended.", _SUNDAY)
    assert found["on Monday"] == "2026-11-16"


def test_a_span_of_clock_times_ending_on_a_day_dates_the_day() -> None:
    """A span's end and its day ("to 21:50 on March 8") date the day; its start keeps the clock."""
    day = date(2026, 3, 10)
    found = _dates("Gunners shelled two villages from 21:05 to 21:50 on March 8, police said.", day)
    assert found["to 21:50 on March 8"] == "2026-03-08", found
    assert found["from 21:05"] == "2026-03-08T21:05", found
    found = _dates("Gunners shelled two villages from 9:05 pm to 9:50 pm on March 8.", day)
    assert found["to 9:50 pm on March 8"] == "2026-03-08", found


def test_a_clock_time_alone_on_its_day_keeps_the_clock() -> None:
    """Look-alikes: no span's start before "to"; a single time."""
    day = date(2026, 3, 10)
    assert _dates("The curfew runs to 21:50 on March 8.", day)["to 21:50 on March 8"] == (
        "2026-03-08T21:50"
    )
    assert _dates("The drone flew over at 21:05 on March 8.", day)["at 21:05 on March 8"] == (
        "2026-03-08T21:05"
    )
