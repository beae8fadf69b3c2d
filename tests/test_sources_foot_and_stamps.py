"""
Source fields of pages no outlet table knows: mottos, foot bylines, stamps, letterheads.

Pages written here, outlets, people and agencies invented but for the wire services (AFP,
AAP, Reuters, EFE) whose names the agency table holds.
"""

from __future__ import annotations

from datetime import date

import diplomeet
from diplomeet.records import Source

STORY = (
    "Foreign Minister Ana Rolt called in the Veldonian envoy, Jo Marek, on Wednesday to "
    "protest against the seizure of a fishing boat off the northern cape.\n\n"
    '"Our patience has limits," Rolt told reporters after the meeting.'
)


def _source(text: str) -> Source:
    return diplomeet.parse(text).source


def test_a_founding_motto_under_the_masthead_is_no_headline() -> None:
    """With "Norland's English-language news since 1988" is the paper's motto, not its head."""
    text = (
        "THE NORTH CAPE HERALD\nNorland's English-language news since 1988\n"
        "Politics | Fisheries\n\nRolt summons Veldonian envoy over seized trawler\n\n"
        "Thursday, 19 March 2026\n\n" + STORY
    )
    source = _source(text)
    assert source.headline == "Rolt summons Veldonian envoy over seized trawler"
    assert source.published == date(2026, 3, 19)


def test_a_headline_ending_with_since_a_year_stays_the_headline() -> None:
    """A headline about a record "since 1991" is no motto: it names no news or paper."""
    text = "Fish exports fall to lowest level since 1991\n\nThursday, 19 March 2026\n\n" + STORY
    assert _source(text).headline == "Fish exports fall to lowest level since 1991"


def test_a_foot_byline_with_information_from_agencies() -> None:
    """With "— Name, with information from EFE and La Voz": the writer and the sources."""
    text = (
        "Rolt summons Veldonian envoy\n\n" + STORY + "\n\n"
        "\u2014 Marisol Cuevas Ortega, with information from EFE and La Voz"
    )
    source = _source(text)
    assert source.authors == ("Marisol Cuevas Ortega",)
    assert set(source.agencies) == {"EFE", "La Voz"}


def test_a_closing_sentence_with_a_dash_is_no_byline() -> None:
    """A dash before a clause of prose with "with" credits no one."""
    text = (
        "Rolt summons Veldonian envoy\n\n" + STORY + "\n\n"
        "\u2014 And the fleet, with its nets ashore, waits for word from the capital."
    )
    source = _source(text)
    assert source.authors == ()
    assert source.agencies == ()


def test_a_source_told_an_agency_credits_the_agency() -> None:
    """With "told AFP by satellite phone": the agency's interview is the story's source."""
    text = (
        "Tanker hit off the cape\n\n" + STORY + "\n\n"
        "The ship's master told AFP by satellite phone that the crew were safe."
    )
    assert _source(text).agencies == ("AFP",)


def test_telling_reporters_or_parliament_credits_no_agency() -> None:
    """With "told reporters", "told Parliament": no agency named."""
    text = (
        "Tanker hit off the cape\n\n" + STORY + "\n\n"
        "The minister later told Parliament that the crew were safe."
    )
    assert _source(text).agencies == ()


def test_a_capitalised_national_news_agency_is_credited() -> None:
    """With "the Andorran News Agency reported": a people's name with the kind in capitals."""
    text = (
        "Envoys meet\n\n" + STORY + "\n\n"
        "The two ministers spoke again on Thursday, the Andorran News Agency reported."
    )
    assert _source(text).agencies == ("Andorran News Agency",)


def test_a_lower_case_national_news_agency_names_none() -> None:
    """With "the official Norwegian news agency reported" names no agency of the tables."""
    text = (
        "Envoys meet\n\n" + STORY + "\n\n"
        "The two ministers spoke again on Thursday, the official Norwegian news agency reported."
    )
    assert _source(text).agencies == ()


def test_a_later_dispatch_with_a_pooled_credit_credits_each_agency() -> None:
    """A second item "JAKARTA, Aug. 16 (AAP-Reuter). --" credits AAP and Reuters."""
    text = (
        "Envoy called in over trawler\n\n" + STORY + "\n\n"
        "--------------------\n\nNavy defends patrol\n\n"
        "JAKARTA, Aug. 16 (AAP-Reuter). -- A navy spokesman said today the patrol boat had "
        "acted lawfully."
    )
    assert set(_source(text).agencies) == {"AAP", "Reuters"}


PAGE = """<html><head><title>Rolt summons envoy | North Cape Herald</title></head><body>
<div class="bar"><span class="ed">NORLAND</span> <span class="stamp">{stamp}</span>
<a href="/join">Subscribe</a></div>
<main><article><h1>Rolt summons envoy over seized trawler</h1>
<p>Foreign Minister Ana Rolt called in the Veldonian envoy, Jo Marek, on Wednesday to protest
against the seizure of a fishing boat off the northern cape.</p>
<p>"Our patience has limits," Rolt told reporters after the meeting, which lasted an hour.</p>
</article>
<aside><h3>Related stories</h3><ul><li><a href="/old">Trawler seized off the cape</a>
<time>2 Sep 2026</time></li></ul></aside></main></body></html>"""


def test_a_labelled_stamp_over_the_headline_dates_the_page() -> None:
    """With "First published 14 Oct 2026" in a bar over the head, not a related story's date."""
    stamp = "First published 14 Oct 2026 &middot; 05:40 | Last updated 14 Oct 2026 &middot; 13:15"
    assert _source(PAGE.format(stamp=stamp)).published == date(2026, 10, 14)


TRANSCRIPT = """\
Norland Foreign Service
Press and information team

TRANSCRIPT

Midday briefing of the Norland Foreign Service
Ostrava, 24 November 2026

Ilse Marek: The Foreign Minister will travel to Veldonia on Monday for talks on the river.

Question (Radio Kestrel): Will she meet her counterpart?

Ilse Marek: She will, on Tuesday morning.
"""


def test_a_transcripts_letterhead_names_the_issuer_and_its_date_line_dates_it() -> None:
    """The service over "Press and information team" and "TRANSCRIPT" is the outlet."""
    source = _source(TRANSCRIPT)
    assert source.outlet == "Norland Foreign Service"
    assert source.published == date(2026, 11, 24)


def test_a_letterhead_of_a_country_alone_names_no_issuer() -> None:
    """With "Republic of Norland" over the press office names a state, not a publisher."""
    text = TRANSCRIPT.replace("Norland Foreign Service\n", "Republic of Norland\n", 1)
    assert _source(text).outlet is None


def test_an_agency_told_by_name_and_initials_is_credited_once_by_its_initials() -> None:
    """With "told Anadolu Agency (AA)" and a photo credit "(AA)": one credit, AA."""
    text = (
        "Envoys meet\n\n" + STORY + "\n\n"
        "Security sources told Anadolu Agency (AA) that the boat had been released.\n\n"
        "The two ministers at the ministry on Wednesday. (AA)"
    )
    assert _source(text).agencies == ("AA",)
