"""
"The two foreign ministers" are no prime ministers.

Articles and sentences written here, people invented.  A story about a summit of two prime
ministers names one foreign minister (who accompanies his premier) and then tells of "the two
foreign ministers" meeting: the group is of foreign ministers, so it is not the two prime
ministers, the only pair the story names.
"""

from __future__ import annotations

from datetime import date

from diplomeet import parse
from extraction_helpers import meeting_people

SUMMIT = (
    "ATHENS, Greece (AP) -- Prime Minister Andreas Kolettis of Greece and Prime Minister "
    "Suat Ergin of Turkey will meet next month in Montreux, the government announced today. "
    "Foreign Minister Dimitri Rallis will accompany Kolettis.\n\n"
    "The two foreign ministers met briefly in Brussels last month."
)
LEADERS = (
    "ATHENS, Greece (AP) -- Prime Minister Andreas Kolettis of Greece and Prime Minister "
    "Suat Ergin of Turkey will meet next month in Montreux, the government announced today.\n\n"
    "The two prime ministers met briefly in Brussels last month."
)


def test_the_two_foreign_ministers_are_not_the_prime_ministers() -> None:
    """No prime minister met in Brussels: the foreign ministers did, one of them unnamed."""
    meetings = parse(SUMMIT, published=date(1976, 12, 30)).meetings
    brussels = [m for m in meetings if m.place is not None and m.place.name == "Brussels"]
    assert all(not {"Kolettis", "Ergin"} & meeting_people(m) for m in brussels)


def test_the_two_prime_ministers_still_are() -> None:
    """The same story's "two prime ministers" met in Brussels."""
    meetings = parse(LEADERS, published=date(1976, 12, 30)).meetings
    brussels = [m for m in meetings if m.place is not None and m.place.name == "Brussels"]
    assert [meeting_people(m) for m in brussels] == [{"Kolettis", "Ergin"}]
