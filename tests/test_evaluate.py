"""
The evaluator: every matching rule of gold/README.md, with figures worked out by hand.

The gold annotations here are invented for the tests; each test isolates one record kind
with the gold ``annotated`` field, so the other kinds do not blur the figures.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import diplomeet
from diplomeet import _scoring
from diplomeet.cli import main
from diplomeet.errors import InvalidArgument, InvalidGoldError
from diplomeet.evaluation import (
    Counts,
    evaluate,
    load_gold,
    prediction_from_gold,
    score_article,
    validate_gold,
)
from diplomeet.records import (
    Actor,
    Incident,
    Meeting,
    ParsedArticle,
    Place,
    Source,
    Span,
    Statement,
    TimeRef,
)

NOWHERE = Span(start=0, end=0, text="")


def person(name: str, country: str | None = None) -> dict[str, Any]:
    """A gold person."""
    return {"name": name, "kind": "person", "country": country}


def gold_doc(annotated: list[str], **parts: Any) -> dict[str, Any]:
    """A gold annotation with empty sections, then ``parts``."""
    doc: dict[str, Any] = {
        "article": "x.txt",
        "published": "2023-05-12",
        "published_in_text": False,
        "source": {"outlet": None, "headline": None},
        "meetings": [],
        "statements": [],
        "incidents": [],
        "dates": [],
        "annotated": annotated,
    }
    doc.update(parts)
    assert validate_gold(doc) == []
    return doc


def meeting(*names: str, place: str | None = None, when: str | None = None) -> Meeting:
    """A predicted meeting between people."""
    return Meeting(
        participants=[Actor(name=n) for n in names],
        place=None if place is None else Place(name=place),
        when=None if when is None else TimeRef(text=when, value=when),
        evidence=NOWHERE,
    )


def said(speaker: str | None, quote: str, mode: str = "direct") -> Statement:
    """A predicted statement."""
    return Statement(
        speaker=None if speaker is None else Actor(name=speaker),
        quote=quote,
        mode=mode,  # type: ignore[arg-type]
        evidence=NOWHERE,
    )


def prf(c: Counts) -> tuple[float, float, float]:
    """Precision, recall, F1 rounded to 4 places."""
    return (round(c.precision, 4), round(c.recall, 4), round(c.f1, 4))


# --- normalisation and actor keys ---------------------------------------------------------


def test_normalize_folds_case_diacritics_apostrophes_and_punctuation() -> None:
    """Case-folded, NFKD without marks, apostrophes removed, punctuation to spaces."""
    assert _scoring.normalize("Ya'alon") == "yaalon"
    assert _scoring.normalize("Ségolène  Royal") == "segolene royal"
    assert _scoring.normalize("U.S.-led “talks”") == "u s led talks"
    assert _scoring.normalize("Erdoğan\u2019s") == "erdogans"


def test_person_key_is_the_surname_without_hyphens_regnal_numbers_or_jr() -> None:
    """'Meir Ben-Shabbat' -> 'benshabbat'; 'Abdullah II' -> 'abdullah'; 'Jr.' dropped."""
    assert _scoring.surname("Meir Ben-Shabbat") == "benshabbat"
    assert _scoring.surname("King Abdullah II") == "abdullah"
    assert _scoring.surname("Martin Luther King Jr.") == "king"
    assert _scoring.surname("Hamad bin Isa Al Khalifa, Sr.") == "khalifa"


def test_person_keys_match_by_suffix_of_four_letters_or_more() -> None:
    """'Abdel Fattah al-Sisi' ~ 'Sisi' (4 letters); 'Lee' is too short to match 'Smalee'."""
    sisi, al_sisi = Actor(name="Sisi"), Actor(name="Abdel Fattah al-Sisi")
    assert _scoring.keys_match(al_sisi, sisi)
    assert _scoring.keys_match(sisi, al_sisi)
    assert not _scoring.keys_match(Actor(name="Lee"), Actor(name="Anna Smalee"))
    assert _scoring.keys_match(Actor(name="Lee Hsien Loong"), Actor(name="Loong"))
    assert not _scoring.keys_match(Actor(name="Olaf Scholz"), Actor(name="Scholz", kind="group"))


def test_org_key_drops_country_names_and_adjectives() -> None:
    """'Russian Foreign Ministry' -> {foreign, ministry}; possessives too ('Brazil's')."""
    assert _scoring.org_words("Russian Foreign Ministry") == {"foreign", "ministry"}
    assert _scoring.org_words("Brazil's Ministry of Defence") == {"ministry", "defence"}
    assert _scoring.org_words("the United States Department of State") == {"department", "state"}


def test_org_matches_when_gold_words_are_a_subset_of_the_prediction() -> None:
    """Gold 'Foreign Ministry' ~ predicted 'Chilean Ministry of Foreign Affairs'; not reversed."""
    gold = Actor(name="Foreign Ministry", kind="organization", country="CL")
    assert _scoring.keys_match(
        gold, Actor(name="Chilean Ministry of Foreign Affairs", kind="organization")
    )
    assert not _scoring.keys_match(
        Actor(name="Ministry of Foreign Affairs", kind="organization"),
        Actor(name="Foreign Ministry", kind="organization"),
    )
    assert not _scoring.keys_match(gold, Actor(name="Defence Ministry", kind="organization"))


def test_country_matches_a_non_person_with_the_same_code_or_name() -> None:
    """A gold country matches 'Brazilian government' (BR) or 'Brazil', never a person."""
    brazil = Actor(name="Brazil", kind="country", country="BR")
    assert _scoring.keys_match(
        brazil, Actor(name="Brazilian government", kind="organization", country="BR")
    )
    assert _scoring.keys_match(brazil, Actor(name="Brazil", kind="group"))
    assert not _scoring.keys_match(brazil, Actor(name="Lula", country="BR"))
    assert not _scoring.keys_match(brazil, Actor(name="Argentina", kind="country", country="AR"))


def test_assign_finds_a_maximum_matching_through_long_augmenting_paths() -> None:
    """
    Left 0 can only take right 1, which every left i prefers (i, then i + 1).

    The greedy pass gives each left i > 0 its right i; left 0 then needs one augmenting path
    through all 1200 items: all are matched, and the explicit stack does not hit the
    recursion limit.
    """
    n = 1200  # above the default recursion limit of 1000

    def score(i: int, j: int) -> float | None:
        if i == 0:
            return 1.0 if j == 1 else None
        return {i: 2.0, i + 1: 1.0}.get(j)

    pairs = _scoring.assign(n, n + 1, score, groups=[[*range(1, n), 0]])

    assert len(pairs) == n
    assert pairs[0] == 1
    assert all(pairs[i] == i + 1 for i in range(1, n))


# --- meetings --------------------------------------------------------------------------------


def test_meetings_two_of_three_found_one_extra() -> None:
    """
    Two of three meetings found, one extra: P = R = 2/3; strict P = R = 1/3.

    Gold: Macron+Scholz (Lisbon, 2023-05-11), Sanchez+Costa (Madrid, 2023-05), Lula+Boric
    (no place, no date), and an optional Rutte+Orban.  Predicted: Macron+Scholz all right,
    Sanchez+Costa on the wrong day, Rutte+Orban (set aside with the optional gold) and an
    extra Kishida+Albanese.

    meetings: tp 2, fp 1, fn 1 -> P = 2/3, R = 2/3.  meetings_strict counts only the first
    pair: tp 1, fp 1 + 1, fn 1 + 1 -> P = R = 1/3.  when right 1 of 2, place right 2 of 2.
    """
    gold = gold_doc(
        ["meetings"],
        meetings=[
            {
                "participants": [person("Emmanuel Macron", "FR"), person("Olaf Scholz", "DE")],
                "place": {"name": "Lisbon", "country": "PT"},
                "when": "2023-05-11",
                "status": "held",
            },
            {
                "participants": [person("Pedro Sánchez"), person("António Costa")],
                "place": {"name": "Madrid"},
                "when": "2023-05",
                "status": "planned",
            },
            {
                "participants": [person("Lula"), person("Gabriel Boric")],
                "place": None,
                "when": None,
                "status": "held",
            },
            {
                "participants": [person("Mark Rutte"), person("Viktor Orbán")],
                "place": None,
                "when": None,
                "status": "held",
                "optional": True,
            },
        ],
    )
    predicted = ParsedArticle(
        meetings=[
            meeting("Scholz", "President Macron", place="lisbon", when="2023-05-11"),
            meeting("Pedro Sanchez", "Antonio Costa", place="Madrid", when="2023-05-10"),
            meeting("Rutte", "Orban"),
            meeting("Fumio Kishida", "Anthony Albanese"),
        ]
    )

    score = score_article(gold, predicted)

    assert prf(score.scores.meetings) == (0.6667, 0.6667, 0.6667)
    assert prf(score.scores.meetings_strict) == (0.3333, 0.3333, 0.3333)
    assert score.scores.meeting_when == Counts(1, 1, 1)
    assert score.scores.meeting_place == Counts(2, 0, 0)
    assert [e.kind for e in score.errors] == ["wrong", "missed", "extra"]
    assert "2023-05-10" in score.wrong[0].message


def test_a_contested_prediction_goes_to_the_gold_item_it_fits_best() -> None:
    """
    One predicted Teixeira+Ferraro meeting (Asuncion, 2024-07) could match either gold one.

    Gold has their phone call (no place, 2024-02-09) and their planned meeting in Asuncion
    in 2024-07.  The prediction goes to the second, where it is right in every detail:
    meetings tp 1, fn 1; strict tp 1 (not 0).
    """
    parts = [person("Marcos Teixeira"), person("Lucia Ferraro")]
    gold = gold_doc(
        ["meetings"],
        meetings=[
            {"participants": parts, "place": None, "when": "2024-02-09", "status": "held"},
            {
                "participants": parts,
                "place": {"name": "Asunción"},
                "when": "2024-07",
                "status": "planned",
            },
        ],
    )
    predicted = ParsedArticle(
        meetings=[meeting("Teixeira", "Ferraro", place="Asuncion", when="2024-07")]
    )

    score = score_article(gold, predicted)

    assert score.scores.meetings == Counts(1, 0, 1)
    assert score.scores.meetings_strict == Counts(1, 0, 1)
    assert [str(e) for e in score.errors] == [
        "missed meeting: Marcos Teixeira + Lucia Ferraro (when 2024-02-09)"
    ]


def test_meeting_needs_the_same_set_of_participants() -> None:
    """A meeting with one participant too many or too few does not match: R = 0, P = 0."""
    gold = gold_doc(
        ["meetings"],
        meetings=[
            {
                "participants": [person("Modi"), person("Ramaphosa")],
                "place": None,
                "when": None,
                "status": "held",
            }
        ],
    )
    predicted = ParsedArticle(
        meetings=[meeting("Modi"), meeting("Modi", "Ramaphosa", "Lula")],
    )

    counts = score_article(gold, predicted).scores.meetings

    assert counts == Counts(0, 2, 1)
    assert counts.f1 == 0.0


def test_meeting_participants_are_compared_as_sets() -> None:
    """The same person twice ("Modi", "Narendra Modi") is one participant; order is free."""
    gold = gold_doc(
        ["meetings"],
        meetings=[
            {
                "participants": [person("Narendra Modi"), person("Cyril Ramaphosa")],
                "place": None,
                "when": None,
                "status": "held",
            }
        ],
    )
    predicted = ParsedArticle(meetings=[meeting("Ramaphosa", "Modi", "Narendra Modi")])

    assert score_article(gold, predicted).scores.meetings == Counts(1, 0, 0)


def test_when_optional_and_place_optional_accept_any_value() -> None:
    """With when_optional and place_optional, a matched meeting is strictly right whatever."""
    gold = gold_doc(
        ["meetings"],
        meetings=[
            {
                "participants": [person("Ruto"), person("Museveni")],
                "place": {"name": "Nairobi"},
                "when": "2023-05-02",
                "status": "held",
                "when_optional": True,
                "place_optional": True,
            }
        ],
    )
    predicted = ParsedArticle(meetings=[meeting("Ruto", "Museveni", place="Kampala", when="2023")])

    assert score_article(gold, predicted).scores.meetings_strict == Counts(1, 0, 0)


def test_optional_meeting_neither_required_nor_held_against() -> None:
    """An optional gold meeting missed is no miss; one found is no extra: all figures 1.0."""
    gold = gold_doc(
        ["meetings"],
        meetings=[
            {
                "participants": [person("Ruto"), person("Museveni")],
                "place": None,
                "when": None,
                "status": "planned",
                "optional": True,
            }
        ],
    )
    for predicted in (ParsedArticle(), ParsedArticle(meetings=[meeting("Ruto", "Museveni")])):
        assert score_article(gold, predicted).scores.meetings == Counts(0, 0, 0)


# --- statements ------------------------------------------------------------------------------


STATEMENT_GOLD = [
    {
        "speaker": person("Luiz Inácio Lula da Silva", "BR"),
        "mode": "direct",
        "quote": "We will not accept any deal that leaves the Amazon unprotected,",
    },
    {
        "speaker": person("Luiz Inácio Lula da Silva", "BR"),
        "mode": "partial",
        "quote": "a new chapter",
    },
    {
        "speaker": person("Gabriel Boric", "CL"),
        "mode": "direct",
        "quote": "Chile stands ready to host the next round of talks.",
    },
    {
        "speaker": person("Gabriel Boric", "CL"),
        "mode": "indirect",
        "quote": "the region needed a common voice",
        "optional": True,
    },
]


def test_statements_speaker_quote_and_attribution_figures() -> None:
    """
    Statements P = R = 1/3, quotes P = R = 2/3, attribution 1/2.

    Gold: three required statements (A, B by da Silva; C by Boric) and an optional indirect
    one D.  Predicted: A right; B with Boric as speaker; an extra direct E; D as indirect
    (set aside with the optional gold); an indirect F matching nothing (ignored).

    statements: tp 1 (A), fp 2 (B, E), fn 2 (B, C) -> P = R = 1/3.
    quotes (speaker ignored): tp 2 (A, B), fp 1 (E), fn 1 (C) -> P = R = 2/3.
    attribution among the two quote matches: 1 right -> 0.5.
    """
    gold = gold_doc(["statements"], statements=STATEMENT_GOLD)
    predicted = ParsedArticle(
        statements=[
            said("da Silva", "We will not accept any deal that leaves the Amazon unprotected,"),
            said("Boric", "a new chapter", "partial"),
            said("Lula da Silva", "The forest is not for sale."),
            said("Boric", "the region needed a common voice", "indirect"),
            said("Boric", "trade would double within a decade", "indirect"),
        ]
    )

    scores = score_article(gold, predicted).scores

    assert prf(scores.statements) == (0.3333, 0.3333, 0.3333)
    assert prf(scores.quotes) == (0.6667, 0.6667, 0.6667)
    assert scores.attribution == Counts(1, 1, 1)
    assert scores.attribution.precision == 0.5


def test_quote_jaccard_threshold_is_one_half_inclusive() -> None:
    """
    Jaccard 0.5 matches, 0.43 does not.

    Gold words {a, b, c, d} ("alpha beta gamma delta").  A prediction sharing 4 of 8 words
    (Jaccard 0.5) matches; one sharing 3 of 7 (0.43) does not.
    """
    gold = gold_doc(
        ["statements"],
        statements=[
            {"speaker": person("Boric"), "mode": "direct", "quote": "alpha beta gamma delta"}
        ],
    )
    half = said("Boric", "alpha beta gamma delta one two three four")
    below = said("Boric", "alpha beta gamma one two three four")

    assert _scoring.jaccard("alpha beta gamma delta", half.quote) == 0.5
    assert score_article(gold, ParsedArticle(statements=[half])).scores.statements.f1 == 1.0
    assert score_article(gold, ParsedArticle(statements=[below])).scores.statements.f1 == 0.0


def test_indirect_predictions_are_ignored_unless_they_match_optional_gold() -> None:
    """A predicted indirect statement never counts as found nor as extra."""
    gold = gold_doc(
        ["statements"],
        statements=[{"speaker": person("Boric"), "mode": "direct", "quote": "We are ready."}],
    )
    predicted = ParsedArticle(statements=[said("Boric", "We are ready.", "indirect")])

    assert score_article(gold, predicted).scores.statements == Counts(0, 0, 1)


def test_optional_gold_with_no_speaker_sets_aside_any_speaker() -> None:
    """An optional quote whose speaker the gold leaves null sets aside any prediction of it."""
    gold = gold_doc(
        ["statements"],
        statements=[{"speaker": None, "mode": "direct", "quote": "never again", "optional": True}],
    )
    predicted = ParsedArticle(statements=[said("Boric", "never again")])

    assert score_article(gold, predicted).scores.statements == Counts(0, 0, 0)


# --- incidents -------------------------------------------------------------------------------


def test_incidents_match_on_kind_and_compatible_when() -> None:
    """
    Two of three incidents found, two extra: P = 1/2, R = 2/3.

    Gold: airstrike in 2023-05, shootdown (when null), shots_fired on 2023-05-09.
    Predicted: airstrike on 2023-05-10 (prefix: match), shootdown on 2023-05-01 (gold null:
    match), shots_fired on 2023-05-08 (no), attack (kind differs: extra).

    tp 2, fp 2, fn 1 -> P = 1/2, R = 2/3, F1 = 4/7.
    """
    gold = gold_doc(
        ["incidents"],
        incidents=[
            {"kind": "airstrike", "actors": ["SY"], "when": "2023-05", "summary": "a strike"},
            {"kind": "shootdown", "actors": [], "when": None, "summary": "a drone shot down"},
            {"kind": "shots_fired", "actors": [], "when": "2023-05-09", "summary": "shots"},
        ],
    )

    def incident(kind: str, when: str) -> Incident:
        return Incident(
            kind=kind,  # type: ignore[arg-type]
            summary="s",
            when=TimeRef(text=when, value=when),
            evidence=NOWHERE,
        )

    predicted = ParsedArticle(
        incidents=[
            incident("airstrike", "2023-05-10"),
            incident("shootdown", "2023-05-01"),
            incident("shots_fired", "2023-05-08"),
            incident("attack", "2023-05-09"),
        ]
    )

    counts = score_article(gold, predicted).scores.incidents

    assert counts == Counts(2, 2, 1)
    assert round(counts.f1, 4) == round(4 / 7, 4)


# --- dates -----------------------------------------------------------------------------------


def test_dates_text_containment_part_of_day_and_non_calendar_values() -> None:
    """
    Dates P = 1/2, R = 2/3; date texts P = 3/4, R = 1.

    Gold: 'on Thursday' 2023-05-11, 'Friday night' 2023-05-12, 'last year' 2022, and an
    optional 'in the past week' PAST_REF.  Predicted: 'Thursday' (the leading 'on' dropped)
    2023-05-11; 'on Friday night' 2023-05-12TNI (the part-of-day suffix counts as its day);
    'last year' 2021 (text right, value wrong); 'two days' P2D and 'recently' PAST_REF
    (not calendar values: not held against precision); 'in May' 2023-05 (extra).

    dates: tp 2, fp 2 ('last year' 2021, 'in May'), fn 1 -> P = 1/2, R = 2/3.
    date_texts: tp 3, fp 1 ('in May'), fn 0 -> P = 3/4, R = 1.
    """
    gold = gold_doc(
        ["dates"],
        dates=[
            {"text": "on Thursday", "value": "2023-05-11"},
            {"text": "Friday night", "value": "2023-05-12"},
            {"text": "last year", "value": "2022"},
            {"text": "in the past week", "value": "PAST_REF", "optional": True},
        ],
    )
    predicted = ParsedArticle(
        dates=[
            TimeRef(text="Thursday", value="2023-05-11"),
            TimeRef(text="on Friday night", value="2023-05-12TNI"),
            TimeRef(text="last year", value="2021"),
            TimeRef(text="two days", value="P2D"),
            TimeRef(text="recently", value="PAST_REF"),
            TimeRef(text="in May", value="2023-05"),
        ]
    )

    score = score_article(gold, predicted)

    assert score.scores.dates == Counts(2, 2, 1)
    assert score.scores.date_texts == Counts(3, 1, 0)
    assert [str(e) for e in score.wrong] == ["wrong date: 'last year' -> 2021, expected 2022"]


def test_a_possessive_date_matches_the_gold_without_it() -> None:
    """Gold 'yesterday' and 'last November' are found as "yesterday's", "last November's"."""
    gold = gold_doc(
        ["dates"],
        dates=[
            {"text": "yesterday", "value": "2025-01-28"},
            {"text": "last November", "value": "2024-11"},
        ],
    )
    predicted = ParsedArticle(
        dates=[
            TimeRef(text="yesterday\u2019s", value="2025-01-28"),
            TimeRef(text="since last November's", value="2024-11"),
        ]
    )
    assert score_article(gold, predicted).scores.dates == Counts(2, 0, 0)


def test_part_of_day_suffix_counts_only_when_gold_has_none() -> None:
    """'2023-05-12TNI' matches gold '2023-05-12', but '2023-05-12' does not match gold TNI."""
    assert _scoring.values_equal("2023-05-12", "2023-05-12TNI")
    assert not _scoring.values_equal("2023-05-12TNI", "2023-05-12")
    assert not _scoring.values_equal("2023-05-12", "2023-05-13TNI")


def test_date_texts_drop_leading_preposition_and_the() -> None:
    """'since the summer' ~ 'summer'; 'in November' ~ 'November 2022'; whole words only."""
    assert _scoring.dates_text_match("since the summer", "summer")
    assert _scoring.dates_text_match("in November", "November 2022")
    assert not _scoring.dates_text_match("May", "mayday")


def test_date_texts_contain_each_other_across_a_possessive() -> None:
    """As the README's containment reads: "Wednesday's" holds "Wednesday", and back."""
    assert _scoring.dates_text_match("Wednesday's", "on Wednesday")
    assert _scoring.dates_text_match("yesterday", "yesterday\u2019s")
    assert _scoring.dates_text_match("last November", "November's")
    assert not _scoring.dates_text_match("the 1990's", "1990")  # a decade, not a possessive
    assert not _scoring.dates_text_match("May", "Mays")


# --- source ----------------------------------------------------------------------------------


def test_source_fields_and_published_from_the_second_parse() -> None:
    """
    Four of five source fields right.

    Outlet 'The Daily Meridian' ~ 'Daily Meridian Online' (containment once 'the' and spaces
    go); headline equal after normalisation; authors equal as case-folded sets; agencies
    {Reuters} != {Reuters, AFP}: wrong.  ``published``: the date is in the text, and the run
    without the caller date found it: right.  4 of 5 fields right.
    """
    gold = gold_doc(
        ["source"],
        published_in_text=True,
        source={
            "outlet": "The Daily Meridian",
            "headline": "Leaders meet in Lisbon",
            "authors": ["Ana Duarte"],
            "agencies": ["Reuters"],
        },
    )
    source = Source(
        outlet="Daily Meridian Online",
        headline="Leaders Meet in Lisbon!",
        authors=["ANA DUARTE"],
        agencies=["Reuters", "AFP"],
    )
    found = Source(published=date(2023, 5, 12), published_from="text")

    scores = score_article(gold, ParsedArticle(source=source), ParsedArticle(source=found)).scores

    assert [scores.outlet, scores.headline, scores.authors] == [Counts(1, 0, 0)] * 3
    assert scores.agencies == Counts(0, 1, 1)
    assert scores.published == Counts(1, 0, 0)


def test_published_must_be_null_when_not_in_the_text() -> None:
    """With published_in_text false, a date 'read' without the caller's is wrong."""
    gold = gold_doc(["source"])
    guessed = ParsedArticle(source=Source(published=date(2023, 5, 12), published_from="text"))

    wrong = score_article(gold, ParsedArticle(), guessed)
    assert wrong.scores.published == Counts(0, 1, 1)
    assert [str(e) for e in wrong.errors] == ["wrong source: published '2023-05-12', expected None"]
    assert score_article(gold, ParsedArticle(), ParsedArticle()).scores.published == Counts(1, 0, 0)
    assert score_article(gold, ParsedArticle()).scores.published == Counts(0, 0, 0)


# --- annotated, perfect, empty -----------------------------------------------------------------


def test_kinds_outside_annotated_are_not_scored() -> None:
    """PolNeAR-style gold (statements and source only): predicted meetings and dates count 0."""
    gold = gold_doc(["statements", "source"])
    predicted = ParsedArticle(
        meetings=[meeting("Ruto", "Museveni")], dates=[TimeRef(text="May", value="2023-05")]
    )

    score = score_article(gold, predicted)

    assert score.scores.meetings == Counts()
    assert score.scores.dates == Counts()
    assert score.errors == ()
    assert score.annotated == {"statements", "source"}


def _gold_files(folder: Path) -> list[Path]:
    files = sorted(folder.glob("*.json"))
    assert files, f"no gold in {folder}"
    return files


@pytest.mark.parametrize("name", ["seeds", "polnear-dev"])
def test_perfect_prediction_scores_one_on_shared_gold(shared: Path, name: str) -> None:
    """A prediction built from each shared gold file scores 1.0 on every figure."""
    for file in _gold_files(shared / "gold" / name):
        gold = load_gold(file)
        score = score_article(
            gold, prediction_from_gold(gold), prediction_from_gold(gold, with_date=False)
        )
        assert score.errors == (), file.name
        assert all(c.f1 == 1.0 for _, c in score.scores.items()), file.name


def test_empty_prediction_scores_zero_on_the_seeds(shared: Path) -> None:
    """Nothing predicted: meetings, statements, incidents and dates all score F1 = 0."""
    scores = [
        score_article(load_gold(f), ParsedArticle()).scores
        for f in _gold_files(shared / "gold" / "seeds")
    ]
    for s in scores:
        for c in (s.meetings, s.meetings_strict, s.statements, s.quotes, s.dates):
            assert c.f1 == 0.0


# --- evaluate() and the command line -------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A gold folder and an articles folder side by side, one article."""
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles").mkdir()
    gold = gold_doc(
        ["statements", "source"],
        article="one.txt",
        statements=[
            {"speaker": person("Boric"), "mode": "direct", "quote": "We are ready."},
            # Not in the article: any real parser misses it, so --show-errors has a line.
            {"speaker": person("Boric"), "mode": "direct", "quote": "Zebras quietly juggle."},
        ],
    )
    (tmp_path / "gold" / "one.json").write_text(json.dumps(gold), encoding="utf-8")
    (tmp_path / "articles" / "one.txt").write_text(
        '"We are ready." said Boric.\n', encoding="utf-8"
    )
    return tmp_path


def test_evaluate_parses_each_article_twice_and_scores_it(corpus: Path) -> None:
    """evaluate() calls the parser with and without the gold date and scores the result."""
    calls: list[date | None] = []
    gold = load_gold(corpus / "gold" / "one.json")

    def fake_parse(article: str | bytes, /, *, published: date | None = None) -> ParsedArticle:
        calls.append(published)
        assert article == b'"We are ready." said Boric.\n'
        return prediction_from_gold(gold, with_date=published is not None)

    report = evaluate(corpus / "gold", corpus / "articles", parse=fake_parse)

    assert calls == [date(2023, 5, 12), None]
    assert report.scores.statements == Counts(2, 0, 0)
    assert [a.article for a in report.articles] == ["one.txt"]


def test_evaluate_reports_progress_on_stderr(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """progress=True writes one line per gold file to standard error, nothing to stdout."""
    evaluate(corpus / "gold", corpus / "articles", progress=True)

    out, err = capsys.readouterr()
    assert out == ""
    assert err == "[1/1] one.json\n"


def test_evaluate_runs_the_real_parser_over_the_seeds(shared: Path) -> None:
    """diplomeet.parse over the five seeds: one score per article, every figure in [0, 1]."""
    report = evaluate(shared / "gold" / "seeds", shared / "seeds")

    assert [a.article[:3] for a in report.articles] == ["000", "001", "002", "003", "004"]
    assert all(0 <= c.precision <= 1 and 0 <= c.recall <= 1 for _, c in report.scores.items())
    assert report.scores.published.tp + report.scores.published.fn == 5


def test_evaluate_refuses_missing_folders_and_articles(corpus: Path) -> None:
    """A missing folder or article file raises InvalidArgument; bad gold InvalidGoldError."""
    with pytest.raises(InvalidArgument, match="does not exist"):
        evaluate(corpus / "nope", corpus / "articles")
    (corpus / "articles" / "one.txt").unlink()
    with pytest.raises(InvalidArgument, match=r"cannot read its article"):
        evaluate(corpus / "gold", corpus / "articles")
    (corpus / "gold" / "one.json").write_text('{"article": 1}', encoding="utf-8")
    with pytest.raises(InvalidGoldError, match="required field missing"):
        evaluate(corpus / "gold", corpus / "articles")


def test_validate_gold_names_unknown_fields_and_bad_values() -> None:
    """Unknown fields, bad ISO codes and bad modes are reported with their paths."""
    doc = gold_doc(["statements"])
    doc["statements"] = [
        {"speaker": {"name": "X", "country": "ZZ"}, "mode": "shouted", "quote": "q", "tone": 1}
    ]
    problems = validate_gold(doc)

    assert "$.statements[0].tone: unknown field" in problems
    assert any(p.startswith("$.statements[0].speaker:") for p in problems)
    assert "$.statements[0].mode: must be direct, partial or indirect" in problems


def test_cli_evaluate_finds_the_sibling_articles_folder(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --articles, an `articles` folder beside the gold folder is used; JSON output."""
    code = main(["evaluate", "--gold", str(corpus / "gold"), "--format", "json"])

    assert code == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload["scores"]["statements"]) == {"tp", "fp", "fn", "precision", "recall", "f1"}
    assert payload["articles"][0]["article"] == "one.txt"


def test_cli_evaluate_table_and_errors(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The table lists every figure; --show-errors lists what the parser missed or added."""
    code = main(
        [
            "evaluate",
            "--gold",
            str(corpus / "gold"),
            "--articles",
            str(corpus / "articles"),
            "--show-errors",
        ]
    )

    out = capsys.readouterr().out
    assert code == 0
    for name in ("meetings_strict", "statements", "quotes", "attribution", "dates", "published"):
        assert name in out
    assert "\none.txt\n" in out
    assert "\n  missed statement: Boric: 'Zebras quietly juggle.'\n" in out


def test_cli_evaluate_without_articles_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No --articles and no sibling `articles/`: exit 2 with a message saying what to pass."""
    (tmp_path / "gold").mkdir()

    code = main(["evaluate", "--gold", str(tmp_path / "gold")])

    assert code == 2
    assert "--articles" in capsys.readouterr().err


def test_evaluate_is_exported(corpus: Path) -> None:
    """diplomeet.evaluate is the evaluator (loaded on first call) and listed in __all__."""
    gold = load_gold(corpus / "gold" / "one.json")

    def fake_parse(_article: str | bytes, /, *, published: date | None = None) -> ParsedArticle:
        return prediction_from_gold(gold, with_date=published is not None)

    top = diplomeet.evaluate(corpus / "gold", corpus / "articles", parse=fake_parse)
    assert top == evaluate(corpus / "gold", corpus / "articles", parse=fake_parse)
    assert top.scores.statements == Counts(2, 0, 0)
    default = diplomeet.evaluate(corpus / "gold", corpus / "articles")
    assert default == evaluate(corpus / "gold", corpus / "articles")
    assert "evaluate" in diplomeet.__all__
    assert diplomeet.__all__ == sorted(diplomeet.__all__)
