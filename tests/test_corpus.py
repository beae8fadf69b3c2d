"""
The project's own annotated corpus (tests/corpus): every gold file is valid and consistent.

The articles are original texts written for diplomeet (see tests/corpus/README.md); the
extraction tests measure the parser on them.  Here we check the annotations themselves:
they load, every field is known, every quoted or dated string is in the article, and a
perfect prediction scores 1.0.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from diplomeet import _scoring
from diplomeet.evaluation import load_gold, prediction_from_gold, score_article, validate_gold
from diplomeet.records import ParsedArticle

CORPUS = Path(__file__).resolve().parent / "corpus"
GOLD = sorted((CORPUS / "gold").glob("*.json"))
ARTICLES = sorted((CORPUS / "articles").glob("*.txt"))

#: Names from the development seeds that the corpus must not reuse (it is held-out-like).
SEED_NAMES = ("Netanyahu", "Putin", "Shoigu", "Ben-Shabbat", "Heiman", "Elkin", "Ya'alon")


def _text(gold: dict[str, Any]) -> str:
    return (CORPUS / "articles" / str(gold["article"])).read_text(encoding="utf-8")


def test_corpus_has_at_least_fourteen_annotated_articles() -> None:
    """At least 14 articles, each with exactly one gold file of the same name."""
    assert len(ARTICLES) >= 14
    assert [p.stem for p in GOLD] == [p.stem for p in ARTICLES]
    for path in ARTICLES:
        assert re.fullmatch(r"\d{3}_[a-z0-9_]+", path.stem), path.name


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_file_is_valid(path: Path) -> None:
    """The file loads, breaks no rule of the format, and names its own article."""
    gold = load_gold(path)
    assert validate_gold(gold) == []
    assert gold["article"] == path.stem + ".txt"
    assert (CORPUS / "articles" / gold["article"]).is_file()


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_article_is_short_original_news(path: Path) -> None:
    """150-450 words, and none of the seeds' people."""
    text = _text(load_gold(path))
    assert 150 <= len(text.split()) <= 450
    for name in SEED_NAMES:
        assert name not in text


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_annotated_strings_are_in_the_article(path: Path) -> None:
    """Quotes (direct, partial), date texts, incident summaries and the headline are verbatim."""
    gold = load_gold(path)
    text = _text(gold)
    for s in gold["statements"]:
        if s["mode"] != "indirect":
            assert s["quote"] in text, s["quote"]
    for d in gold["dates"]:
        assert d["text"] in text, d["text"]
    for i in gold["incidents"]:
        assert i["summary"] in text, i["summary"]
    if gold["source"].get("headline"):
        assert gold["source"]["headline"] in text


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_annotated_names_are_in_the_article(path: Path) -> None:
    """A person's surname key, a meeting place, every author and agency occur in the text."""
    gold = load_gold(path)
    text = _text(gold)
    folded = _scoring.normalize(text).replace(" ", "")
    src = gold["source"]
    for name in [*(src.get("authors") or []), *(src.get("agencies") or [])]:
        assert name.casefold() in text.casefold(), name
    for m in gold["meetings"]:
        for actor in m["participants"]:
            if actor["kind"] == "person":
                assert _scoring.surname(actor["name"]) in folded, actor["name"]
        if m["place"] is not None:
            assert m["place"]["name"] in text, m["place"]["name"]


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_published_in_text_means_the_date_is_written(path: Path) -> None:
    """When published_in_text is true, the year of the publication date is in the text."""
    gold = load_gold(path)
    if gold["published_in_text"]:
        assert gold["published"][:4] in _text(gold)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_perfect_prediction_scores_one_and_empty_scores_zero(path: Path) -> None:
    """A prediction built from the gold scores 1.0 everywhere; an empty one 0 on statements."""
    gold = load_gold(path)
    perfect = score_article(
        gold, prediction_from_gold(gold), prediction_from_gold(gold, with_date=False)
    )
    assert perfect.errors == ()
    assert all(c.f1 == 1.0 for _, c in perfect.scores.items())
    empty = score_article(gold, ParsedArticle()).scores
    assert empty.statements.f1 == 0.0
    assert empty.dates.f1 == 0.0


def test_corpus_covers_the_kinds_of_story_issue_5_asks_for() -> None:
    """Held, planned and cancelled meetings, direct and partial quotes, incidents, full dates."""
    golds = [load_gold(p) for p in GOLD]
    statuses = {m["status"] for g in golds for m in g["meetings"]}
    modes = {s["mode"] for g in golds for s in g["statements"] if not s.get("optional")}
    kinds = {i["kind"] for g in golds for i in g["incidents"] if not i.get("optional")}
    assert statuses == {"held", "planned", "cancelled"}
    assert {"direct", "partial"} <= modes
    assert {"airstrike", "shootdown", "shots_fired"} <= kinds
    assert any(g["published_in_text"] for g in golds)
    assert any(not g["published_in_text"] for g in golds)
    assert sum(len(g["source"].get("agencies") or []) > 0 for g in golds) >= 8
