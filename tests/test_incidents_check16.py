"""Incident classes of the seventeenth blind set's failures, on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet
from extraction_helpers import headed_incidents

_DAY = date(2024, 6, 26)  # a Wednesday


def _incidents(text: str, published: date = _DAY) -> list[tuple[str, str | None]]:
    return headed_incidents(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The ministers met in Chisinau last Thursday. Three weeks earlier, on 2 June, "
                "Romanian soldiers crossed the border and fired shots close to a Moldovan farm."
            ),
            "2024-06-02",
        ),
        (
            (
                "The envoys met on Monday. A fortnight earlier, on June 10, Romanian gunners "
                "shelled a Moldovan border village."
            ),
            "2024-06-10",
        ),
        (
            (
                "The talks opened on Monday. Ten days before, on June 14, Romanian troops opened "
                "fire on a Moldovan patrol near the river."
            ),
            "2024-06-14",
        ),
    ],
)
def test_a_day_in_apposition_to_a_counted_step_dates_the_incident(text: str, expected: str) -> None:
    """
    "Three weeks earlier, on 2 June, ...": the day told outright, not the count, dates it.

    The step counts from another event and names the same day loosely (a week, for weeks);
    the day set beside it after a comma or a dash is the exact one.
    """
    assert [w for _, w in _incidents(text)] == [expected]


def test_a_day_told_apart_from_the_step_does_not_replace_it() -> None:
    """A step and a day that are not in apposition (the day later in the clause) stay apart."""
    text = (
        "The envoys met on Monday. Two days later Romanian troops shelled a Moldovan border "
        "post, the army said on Friday."
    )
    assert _incidents(text) == [("shots_fired", "2024-06-26")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "CHISINAU, June 25 - Moldova pressed Romania to end deaths at the frontier as "
                "the foreign ministers held talks here, a little over a week after a Moldovan "
                "shepherd was killed in Romanian Border Police firing on the Prut frontier. "
                "Speaking of the shepherd, who was shot dead by Romanian border guards near the "
                "crossing on June 15, the Moldovan minister said live fire must end."
            ),
            "2024-06-15",
        ),
    ],
)
def test_a_loose_count_of_a_week_and_the_day_told_later_are_one_incident(
    text: str, expected: str
) -> None:
    """
    "a little over a week after a shepherd was killed ...", then "shot dead ... on June 15".

    A count told loosely ("over a week", "more than a week") is a few days either way: the
    incident retold with its day is the same one, dated by the day told outright.
    """
    assert _incidents(text) == [("shots_fired", expected)]


def test_an_exact_count_three_days_off_is_another_incident() -> None:
    """An exact count ("a week after") three days off the day told later: two incidents."""
    text = (
        "CHISINAU, June 25 - The two foreign ministers met here, a week after a Moldovan "
        "shepherd was killed in Romanian Border Police firing on the Prut frontier. Romanian "
        "border guards shot dead another shepherd near the bridge on June 15, officials said."
    )
    assert sorted(w or "" for _, w in _incidents(text)) == ["2024-06-15", "2024-06-18"]


_PAGE = (
    "Moldova Herald\nThe Daily Paper\n\nHome / News\n\n"
    "Moldova, Romania to step up border cooperation after attack on army patrol\n\n"
    "June 21, 2024\nBy Ana Florescu\n\n"
)


def test_a_headline_attack_is_the_shooting_the_story_tells() -> None:
    """
    "... after attack on army patrol" over a story telling shots fired: one incident.

    The headline's general word names the incident the story tells in full as shots fired;
    it adds no undated attack of its own.
    """
    text = _PAGE + (
        "MOLDOVA and Romania have agreed to strengthen joint patrols, the minister said.\n\n"
        "A patrol travelling in a boat came under fire from the Ukrainian side of the river "
        "on Wednesday, the army said."
    )
    article = diplomeet.parse(text, published=date(2024, 6, 21))
    assert [(i.kind, i.when.value if i.when else None) for i in article.incidents] == [
        ("shots_fired", "2024-06-19")
    ]


def test_a_headline_attack_stays_when_the_story_tells_no_shots() -> None:
    """The same headline over a story of talks alone is still read as an attack."""
    text = _PAGE + (
        "MOLDOVA and Romania have agreed to strengthen joint patrols and intelligence "
        "sharing, the foreign minister said on Friday."
    )
    article = diplomeet.parse(text, published=date(2024, 6, 21))
    assert [i.kind for i in article.incidents] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "CHISINAU, June 24 (AP) -- Moldova today accused Romania of opening fire on a "
            "Moldovan border post and killing two soldiers."
        ),
    ],
)
def test_the_day_of_a_charge_does_not_date_the_act_charged(text: str) -> None:
    """
    "Moldova today accused Romania of opening fire": today is the charge's day, not the act's.

    With no day of its own, the act is of the month of the report.
    """
    article = diplomeet.parse(text, published=date(2024, 6, 24))
    assert [i.when.value if i.when else None for i in article.incidents] == ["2024-06"]


def test_a_charge_with_the_acts_own_day_keeps_it() -> None:
    """The act charged with a day of its own is dated by it."""
    text = "Moldova on Monday accused Romanian troops of shelling a border village on Saturday."
    assert _incidents(text, date(2024, 6, 25)) == [("shots_fired", "2024-06-22")]


def test_an_act_before_a_charge_keeps_its_day() -> None:
    """The act told first with its day, the charge after it: the act's day stays."""
    text = (
        "Romanian troops shelled a Moldovan border village on Monday, and Chisinau accused "
        "them of aggression."
    )
    assert _incidents(text, date(2024, 6, 25)) == [("shots_fired", "2024-06-24")]


@pytest.mark.parametrize(
    "text",
    [
        "Moldovan troops attacked three of Romania's frontier posts on Tuesday, killing two.",
        "Moldovan troops attacked Romanian border posts at several points on Tuesday.",
        "Moldovan soldiers attacked several Romanian army outposts on Tuesday.",
    ],
)
def test_troops_attacking_several_posts_is_an_attack(text: str) -> None:
    """An assault by one state's troops on a line of posts is an attack, not a clash."""
    assert _incidents(text) == [("attack", "2024-06-25")]


@pytest.mark.parametrize(
    "text",
    [
        "Moldovan troops attacked a Romanian army post on Tuesday, killing two soldiers.",
        "Moldovan troops attacked a Romanian patrol on Tuesday.",
    ],
)
def test_troops_attacking_one_post_or_patrol_is_a_clash(text: str) -> None:
    """One state's troops on another's post or patrol: shots fired, as before."""
    assert _incidents(text) == [("shots_fired", "2024-06-25")]


@pytest.mark.parametrize(
    "dateline",
    ["CHISINAU, Tuesday (AP). \u2014 ", "BUCHAREST, Tuesday (Reuters) - "],
)
def test_a_dateline_weekday_read_with_its_city_is_the_reports_day(dateline: str) -> None:
    """
    "CHISINAU, Tuesday (AP). -": the dateline's day is the report's, not the incident's.

    The dates read it with its city ("CHISINAU, Tuesday"); the incident told "yesterday" is
    of the day before.
    """
    text = (
        f"{dateline}Moldova said today that Romanian troops had attacked three of its "
        "frontier posts at dawn yesterday, killing two soldiers."
    )
    assert _incidents(text, date(2024, 6, 26)) == [("attack", "2024-06-24")]


@pytest.mark.parametrize(
    "text",
    [
        "The Liberian-flagged suezmax Blue Heron was boarded by armed personnel yesterday.",
        "The Liberian-flagged VLCC Blue Heron was boarded by armed men yesterday off the coast.",
        "The Liberian-flagged bulker Blue Heron was boarded by armed men yesterday.",
        (
            "The Liberian-flagged tanker Blue Heron (157,000 dwt, built 2009) was boarded by "
            "armed personnel at about 07:30 local time yesterday some 40 nautical miles off "
            "the coast."
        ),
    ],
)
def test_a_tanker_named_by_its_trade_class_boarded_yesterday(text: str) -> None:
    """
    A suezmax, a VLCC or a bulker "boarded by armed personnel yesterday" is an incident.

    The shipping trade names tankers and carriers by size or cargo; its size and build set
    in brackets after its name ("(157,000 dwt, built 2009)") neither hide the act nor date it.
    """
    assert _incidents(text, date(2024, 1, 12)) == [("other", "2024-01-11")]


@pytest.mark.parametrize(
    "text",
    [
        "Crew members boarded the VLCC Blue Heron yesterday in Rotterdam.",
        "The aframax market was hit by falling freight rates yesterday.",
        "The ferry Blue Heron was boarded by airline personnel yesterday.",
    ],
)
def test_a_tanker_in_trade_news_is_no_incident(text: str) -> None:
    """A crew joining its ship, a market of a ship class: no incident."""
    assert _incidents(text, date(2024, 1, 12)) == []


_LOG = (
    "Coast guard condemns ramming\n\n"
    "MANILA - The coast guard condemns the dangerous actions of a foreign coast guard against "
    "its patrol ship near the shoal yesterday, 2 September 2024.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        (
            "At 7:02 AM, a foreign coast guard vessel fired its water cannon directly at the "
            "patrol ship for five minutes."
        ),
        "At around 6.15, a foreign coast guard vessel rammed the patrol ship.",
    ],
)
def test_an_incident_told_at_a_clock_time_alone_takes_the_ledes_day(line: str) -> None:
    """
    "At 7:02 AM, a vessel fired its water cannon at ...": a log of the day the lede names.

    A press release tells the day once in its lede ("yesterday, 2 September") and the events
    by the clock after it; an incident told earlier with a day of its own keeps it.
    """
    text = (
        _LOG
        + line
        + (
            "\n\nTwo days earlier, on 31 August, a navy helicopter flew within 50 meters of a "
            "fisheries aircraft."
        )
    )
    article = diplomeet.parse(text, published=date(2024, 9, 3))
    assert sorted(i.when.value for i in article.incidents if i.when) == [
        "2024-08-31",
        "2024-09-02",
    ]


def test_a_clock_time_inside_a_sentence_takes_no_ledes_day() -> None:
    """With no clock time opening its sentence, the incident takes no day from the lede."""
    text = _LOG + "A foreign coast guard vessel fired its water cannon at the patrol ship."
    article = diplomeet.parse(text, published=date(2024, 9, 3))
    assert [i.kind for i in article.incidents] == ["other"]
    assert "2024-09-02" not in [i.when.value for i in article.incidents if i.when]
