"""
Score parsed articles against hand-made gold annotations.

The gold format and the matching rules are those of ``gold/README.md`` (summarised in
``docs/evaluation.md``).  :func:`evaluate` parses every article of a gold folder and returns
a :class:`Report`; :func:`score_article` compares one gold annotation with one
:class:`~diplomeet.records.ParsedArticle`.

Matching is one-to-one and maximum in size: pairs are taken greedily, best first, then
completed by augmenting paths (Kuhn), required gold items before optional ones (see
:func:`diplomeet._scoring.assign`).  A prediction matched to an optional gold item is set
aside with it.

Counts are micro-averaged over articles.  For accuracies (meeting ``when`` and ``place``,
attribution, source fields) a right answer counts as a true positive and a wrong one as
both a false positive and a false negative, so precision, recall and F1 all equal the
accuracy.  With nothing to find and nothing found, every figure is 1.0.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Final, Literal, Protocol

import attrs
from attrs import frozen

from diplomeet import _scoring
from diplomeet._pipeline import parse as default_parse
from diplomeet.errors import InvalidArgument, InvalidGoldError
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

__all__ = [
    "KINDS",
    "ArticleScore",
    "Counts",
    "ParseFunction",
    "Report",
    "ScoreError",
    "Scores",
    "evaluate",
    "load_gold",
    "prediction_from_gold",
    "score_article",
    "validate_gold",
]

#: The kinds of annotation a gold file may cover (its ``annotated`` field).
KINDS: Final = ("meetings", "statements", "incidents", "dates", "source")

#: Jaccard similarity of the quotes' word sets needed for two statements to match.
QUOTE_JACCARD: Final = 0.5

ErrorKind = Literal["missed", "extra", "wrong"]


class ParseFunction(Protocol):
    """The shape of :func:`diplomeet.parse` that :func:`evaluate` relies on."""

    def __call__(self, article: str | bytes, /, *, published: date | None = None) -> ParsedArticle:
        """Parse ``article``; ``published`` anchors relative dates when given."""


# --- results --------------------------------------------------------------------------------


@frozen
class Counts:
    """
    True positives, false positives and false negatives of one kind of record.

    Attributes:
        tp: Gold items matched by a prediction.
        fp: Predictions that match nothing (and are held against precision).
        fn: Required gold items that nothing matched.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """``tp / (tp + fp)``; 1.0 when nothing was predicted and nothing was missed."""
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``; 1.0 when there was nothing to find and nothing extra."""
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _counts() -> Counts:
    return Counts()


@frozen
class Scores:
    """
    Counts for every figure the evaluator reports.

    Attributes:
        meetings: Meetings matched on their participants.
        meetings_strict: Meetings whose participants, ``when`` and place are all right.
        meeting_when: Among matched meetings, ``when`` right (an accuracy).
        meeting_place: Among matched meetings, place right (an accuracy).
        statements: Direct and partial statements, speaker and quote right.
        quotes: The same, ignoring the speaker.
        attribution: Among quote matches, speaker right (an accuracy).
        incidents: Incidents matched on kind and a compatible ``when``.
        dates: Date expressions with the right text and value.
        date_texts: Date expressions with the right text, whatever the value.
        outlet: Source outlet right (an accuracy, like the four below).
        headline: Headline right.
        authors: Authors right (as a set).
        agencies: Agencies right (as a set).
        published: Publication date read from the text right (or rightly absent).
    """

    meetings: Counts = attrs.field(factory=_counts)
    meetings_strict: Counts = attrs.field(factory=_counts)
    meeting_when: Counts = attrs.field(factory=_counts)
    meeting_place: Counts = attrs.field(factory=_counts)
    statements: Counts = attrs.field(factory=_counts)
    quotes: Counts = attrs.field(factory=_counts)
    attribution: Counts = attrs.field(factory=_counts)
    incidents: Counts = attrs.field(factory=_counts)
    dates: Counts = attrs.field(factory=_counts)
    date_texts: Counts = attrs.field(factory=_counts)
    outlet: Counts = attrs.field(factory=_counts)
    headline: Counts = attrs.field(factory=_counts)
    authors: Counts = attrs.field(factory=_counts)
    agencies: Counts = attrs.field(factory=_counts)
    published: Counts = attrs.field(factory=_counts)

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            **{
                name: getattr(self, name) + getattr(other, name)
                for name in attrs.fields_dict(Scores)
            }
        )

    def items(self) -> list[tuple[str, Counts]]:
        """``(name, counts)`` for every figure, in the order of the fields."""
        return [(name, getattr(self, name)) for name in attrs.fields_dict(Scores)]

    def to_dict(self) -> dict[str, dict[str, float]]:
        """Plain data: ``{name: {tp, fp, fn, precision, recall, f1}}``."""
        return {
            name: {
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
            }
            for name, c in self.items()
        }


@frozen
class ScoreError:
    """
    One thing the prediction got wrong.

    Attributes:
        record: ``"meeting"``, ``"statement"``, ``"incident"``, ``"date"`` or ``"source"``.
        kind: ``"missed"`` (a required gold item nothing matched), ``"extra"`` (a
            prediction that matched nothing) or ``"wrong"`` (matched, with a wrong detail).
        message: What it was, for people.
    """

    record: str
    kind: ErrorKind
    message: str

    def __str__(self) -> str:
        return f"{self.kind} {self.record}: {self.message}"


@frozen
class ArticleScore:
    """
    How one parsed article compares with its gold annotation.

    Attributes:
        article: The article's file name.
        scores: The counts.
        errors: What was missed, extra or wrong.
        annotated: The kinds of record the gold annotates; the others were not scored.
    """

    article: str
    scores: Scores
    errors: tuple[ScoreError, ...] = ()
    annotated: frozenset[str] = frozenset(KINDS)

    @property
    def missed(self) -> tuple[ScoreError, ...]:
        """Required gold items nothing matched."""
        return tuple(e for e in self.errors if e.kind == "missed")

    @property
    def extra(self) -> tuple[ScoreError, ...]:
        """Predictions that matched nothing."""
        return tuple(e for e in self.errors if e.kind == "extra")

    @property
    def wrong(self) -> tuple[ScoreError, ...]:
        """Matched items with a wrong detail (a meeting's date, a quote's speaker, ...)."""
        return tuple(e for e in self.errors if e.kind == "wrong")


@frozen
class Report:
    """
    The scores of a whole gold folder.

    Attributes:
        articles: One :class:`ArticleScore` per gold file, in file-name order.
    """

    articles: tuple[ArticleScore, ...] = ()

    @property
    def scores(self) -> Scores:
        """The counts summed over every article (micro-average)."""
        total = Scores()
        for article in self.articles:
            total += article.scores
        return total

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON: the summed scores and every article's scores and errors."""
        return {
            "scores": self.scores.to_dict(),
            "articles": [
                {
                    "article": a.article,
                    "annotated": sorted(a.annotated),
                    "scores": a.scores.to_dict(),
                    "errors": [attrs.asdict(e) for e in a.errors],
                }
                for a in self.articles
            ],
        }


# --- gold files ---------------------------------------------------------------------------

_TOP: Final = {
    "article",
    "published",
    "published_in_text",
    "source",
    "meetings",
    "statements",
    "incidents",
    "dates",
    "annotated",
}
_SOURCE: Final = {"outlet", "headline", "authors", "agencies"}
_ACTOR: Final = {"name", "kind", "title", "country"}
_MEETING: Final = {
    "participants",
    "place",
    "when",
    "status",
    "accompanied_by",
    "topics",
    "setting",
    "optional",
    "place_optional",
    "when_optional",
}
_PLACE: Final = {"name", "country", "venue"}
_STATEMENT: Final = {"speaker", "mode", "quote", "addressee", "when", "optional"}
_INCIDENT: Final = {"kind", "actors", "when", "casualties", "summary", "place", "optional"}
_DATE: Final = {"text", "value", "optional"}
_NOWHERE: Final = Span(start=0, end=0, text="")


class _GoldChecker:
    """Collects the problems of one gold annotation, section by section."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def obj(self, obj: Any, allowed: set[str], required: Iterable[str], path: str) -> bool:
        if not isinstance(obj, dict):
            self.problems.append(f"{path}: must be an object")
            return False
        self.problems.extend(f"{path}.{k}: unknown field" for k in sorted(set(obj) - allowed))
        self.problems.extend(
            f"{path}.{k}: required field missing" for k in required if k not in obj
        )
        return True

    def items(self, obj: Any, path: str) -> list[Any]:
        if not isinstance(obj, list):
            self.problems.append(f"{path}: must be a list")
            return []
        return obj

    def text(self, obj: Any, path: str, *, null: bool = False) -> None:
        if (obj is not None or not null) and (not isinstance(obj, str) or not obj.strip()):
            self.problems.append(f"{path}: must be a non-empty string")

    def flags(self, obj: Mapping[str, Any], path: str, names: Iterable[str]) -> None:
        self.problems.extend(
            f"{path}.{name}: must be true or false"
            for name in names
            if name in obj and not isinstance(obj[name], bool)
        )

    def build(self, path: str, make: Callable[[], object]) -> None:
        try:
            make()
        except (ValueError, TypeError, KeyError) as exc:
            self.problems.append(f"{path}: {exc}")

    def actor(self, obj: Any, path: str) -> None:
        if self.obj(obj, _ACTOR, ("name",), path):
            self.build(path, lambda: _scoring.gold_actor(obj))

    def top(self, data: Mapping[str, Any]) -> None:
        self.text(data.get("article"), "$.article")
        self.build("$.published", lambda: date.fromisoformat(data.get("published") or ""))
        self.flags(data, "$", ("published_in_text",))
        if "annotated" in data:
            self.problems.extend(
                f"$.annotated: unknown kind {k!r}"
                for k in self.items(data["annotated"], "$.annotated")
                if k not in KINDS
            )
        src: Any = data.get("source")
        if self.obj(src, _SOURCE, ("outlet", "headline"), "$.source"):
            self.text(src.get("outlet"), "$.source.outlet", null=True)
            self.text(src.get("headline"), "$.source.headline", null=True)
            for name in ("authors", "agencies"):
                if src.get(name) is not None:
                    for i, v in enumerate(self.items(src[name], f"$.source.{name}")):
                        self.text(v, f"$.source.{name}[{i}]")

    def meeting(self, m: Any, path: str) -> None:
        if not self.obj(m, _MEETING, ("participants", "place", "when", "status"), path):
            return
        self.flags(m, path, ("optional", "place_optional", "when_optional"))
        for field in ("participants", "accompanied_by"):
            for j, a in enumerate(self.items(m.get(field, []), f"{path}.{field}")):
                self.actor(a, f"{path}.{field}[{j}]")
        place = m.get("place")
        if place is not None and self.obj(place, _PLACE, ("name",), f"{path}.place"):
            self.build(f"{path}.place", lambda: Place(**place))
        self.text(m.get("when"), f"{path}.when", null=True)
        if m.get("status") not in ("held", "planned", "cancelled"):
            self.problems.append(f"{path}.status: must be held, planned or cancelled")

    def statement(self, s: Any, path: str) -> None:
        if not self.obj(s, _STATEMENT, ("speaker", "mode", "quote"), path):
            return
        self.flags(s, path, ("optional",))
        for field in ("speaker", "addressee"):
            if s.get(field) is not None:
                self.actor(s[field], f"{path}.{field}")
        if s.get("mode") not in ("direct", "partial", "indirect"):
            self.problems.append(f"{path}.mode: must be direct, partial or indirect")
        self.text(s.get("quote"), f"{path}.quote")
        self.text(s.get("when"), f"{path}.when", null=True)

    def incident(self, inc: Any, path: str) -> None:
        if not self.obj(inc, _INCIDENT, ("kind", "actors", "when", "summary"), path):
            return
        self.flags(inc, path, ("optional",))
        actors = self.items(inc.get("actors"), f"{path}.actors")
        self.build(
            path,
            lambda: Incident(
                kind=inc.get("kind"),
                summary=inc.get("summary"),
                actors=[_scoring.gold_actor(a) for a in actors],
                casualties=inc.get("casualties"),
                evidence=_NOWHERE,
            ),
        )
        self.text(inc.get("when"), f"{path}.when", null=True)

    def date(self, d: Any, path: str) -> None:
        if self.obj(d, _DATE, ("text", "value"), path):
            self.flags(d, path, ("optional",))
            self.text(d.get("text"), f"{path}.text")
            self.text(d.get("value"), f"{path}.value")


def validate_gold(data: Any) -> list[str]:
    """
    Check a gold annotation against the format of ``gold/README.md``.

    Every object is checked for unknown and missing fields, every actor is built as an
    :class:`~diplomeet.records.Actor` (so kinds and ISO codes are checked), every date
    parsed.

    Returns:
        One line per problem, with a path such as ``$.meetings[0].place.name``; empty when
        the annotation is valid.
    """
    check = _GoldChecker()
    if not check.obj(data, _TOP, sorted(_TOP - {"annotated"}), "$"):
        return check.problems
    check.top(data)
    sections: tuple[tuple[str, Callable[[Any, str], None]], ...] = (
        ("meetings", check.meeting),
        ("statements", check.statement),
        ("incidents", check.incident),
        ("dates", check.date),
    )
    for name, item in sections:
        for i, obj in enumerate(check.items(data.get(name), f"$.{name}")):
            item(obj, f"$.{name}[{i}]")
    return check.problems


def load_gold(path: str | Path) -> dict[str, Any]:
    """
    Read and check one gold file.

    Raises:
        InvalidGoldError: the file is not JSON or breaks the gold format; the message
            lists every problem.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidGoldError(path.name, [str(exc)]) from exc
    problems = validate_gold(data)
    if problems:
        raise InvalidGoldError(path.name, problems)
    result: dict[str, Any] = data
    return result


# --- perfect predictions --------------------------------------------------------------------


def _timeref(value: str | None) -> TimeRef | None:
    return None if value is None else TimeRef(text=value, value=value)


def prediction_from_gold(gold: Mapping[str, Any], *, with_date: bool = True) -> ParsedArticle:
    """
    The prediction a perfect parser would make for ``gold`` (optional items included).

    Args:
        gold: A gold annotation (see :func:`load_gold`).
        with_date: ``True`` for the run given the publication date; ``False`` for the run
            without it, in which the date is known only when ``published_in_text``.

    Returns:
        A :class:`~diplomeet.records.ParsedArticle` with an empty text (every evidence
        span is empty), which :func:`score_article` scores 1.0 against ``gold``.
    """
    published = date.fromisoformat(gold["published"])
    if not with_date and not gold.get("published_in_text"):
        published_or_none: date | None = None
    else:
        published_or_none = published
    src = gold.get("source") or {}
    source = Source(
        outlet=src.get("outlet"),
        headline=src.get("headline"),
        authors=src.get("authors") or (),
        agencies=src.get("agencies") or (),
        published=published_or_none,
        published_from=None if published_or_none is None else ("caller" if with_date else "text"),
    )
    meetings = [
        Meeting(
            participants=[_scoring.gold_actor(a) for a in m["participants"]],
            accompanied_by=[_scoring.gold_actor(a) for a in m.get("accompanied_by", [])],
            place=None if m.get("place") is None else Place(**m["place"]),
            when=_timeref(m.get("when")),
            status=m.get("status", "held"),
            topics=m.get("topics", []),
            evidence=_NOWHERE,
        )
        for m in gold.get("meetings", [])
    ]
    statements = [
        Statement(
            speaker=None if s.get("speaker") is None else _scoring.gold_actor(s["speaker"]),
            quote=s["quote"],
            mode=s["mode"],
            addressee=None if s.get("addressee") is None else _scoring.gold_actor(s["addressee"]),
            when=_timeref(s.get("when")),
            evidence=_NOWHERE,
        )
        for s in gold.get("statements", [])
    ]
    incidents = [
        Incident(
            kind=i["kind"],
            summary=i["summary"],
            actors=[_scoring.gold_actor(a) for a in i.get("actors", [])],
            when=_timeref(i.get("when")),
            casualties=i.get("casualties"),
            evidence=_NOWHERE,
        )
        for i in gold.get("incidents", [])
    ]
    dates = [TimeRef(text=d["text"], value=d["value"]) for d in gold.get("dates", [])]
    return ParsedArticle(
        source=source,
        meetings=meetings,
        statements=statements,
        incidents=incidents,
        dates=dates,
    )


# --- scoring one article --------------------------------------------------------------------


def _who(actors: Iterable[Actor]) -> str:
    return " + ".join(a.name for a in actors) or "?"


def _groups(gold: Sequence[Mapping[str, Any]]) -> list[list[int]]:
    """Required gold items, then optional ones (see :func:`diplomeet._scoring.assign`)."""
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    optional = [i for i, g in enumerate(gold) if g.get("optional")]
    return [required, optional]


def when_ok(gold: Mapping[str, Any], predicted: Meeting) -> bool:
    """A meeting's ``when``: values equal, or both null, or ``when_optional``."""
    value = None if predicted.when is None else predicted.when.value
    return bool(gold.get("when_optional")) or gold.get("when") == value


def place_ok(gold: Mapping[str, Any], predicted: Meeting) -> bool:
    """A meeting's place: names equal once normalised, or both null, or ``place_optional``."""
    if gold.get("place_optional"):
        return True
    gp = gold.get("place")
    if gp is None or predicted.place is None:
        return gp is None and predicted.place is None
    return _scoring.normalize(gp["name"]) == _scoring.normalize(predicted.place.name)


def _meeting_details(
    who: str, gold: Mapping[str, Any], predicted: Meeting, *, when: bool, place: bool
) -> list[ScoreError]:
    out: list[ScoreError] = []
    if not when:
        got = None if predicted.when is None else predicted.when.value
        out.append(
            ScoreError("meeting", "wrong", f"{who}: when {got}, expected {gold.get('when')}")
        )
    if not place:
        got_place = None if predicted.place is None else predicted.place.name
        want = (gold.get("place") or {}).get("name")
        out.append(ScoreError("meeting", "wrong", f"{who}: place {got_place}, expected {want}"))
    return out


def _score_meetings(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Meeting], errors: list[ScoreError]
) -> dict[str, Counts]:
    participants = [[_scoring.gold_actor(a) for a in g["participants"]] for g in gold]

    def score(i: int, j: int) -> float | None:
        if not _scoring.same_participants(participants[i], predicted[j].participants):
            return None
        return float(when_ok(gold[i], predicted[j]) + place_ok(gold[i], predicted[j]))

    pairs = _scoring.assign(len(gold), len(predicted), score, groups=_groups(gold))
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    tp = strict = when_right = place_right = 0
    for i in required:
        who = _who(participants[i])
        if i not in pairs:
            errors.append(ScoreError("meeting", "missed", f"{who} (when {gold[i].get('when')})"))
            continue
        tp += 1
        p = predicted[pairs[i]]
        w, pl = when_ok(gold[i], p), place_ok(gold[i], p)
        when_right += w
        place_right += pl
        strict += w and pl
        errors.extend(_meeting_details(who, gold[i], p, when=w, place=pl))
    matched = set(pairs.values())
    extra = [p for j, p in enumerate(predicted) if j not in matched]
    errors.extend(
        ScoreError("meeting", "extra", f"{_who(p.participants)} (when {p.when and p.when.value})")
        for p in extra
    )
    fn = len(required) - tp
    return {
        "meetings": Counts(tp, len(extra), fn),
        "meetings_strict": Counts(strict, len(extra) + tp - strict, fn + tp - strict),
        "meeting_when": Counts(when_right, tp - when_right, tp - when_right),
        "meeting_place": Counts(place_right, tp - place_right, tp - place_right),
    }


def _similar_quotes(
    gold: Sequence[frozenset[str]], predicted: Sequence[frozenset[str]]
) -> dict[tuple[int, int], float]:
    """``{(gold, predicted): Jaccard}`` for the pairs at or above :data:`QUOTE_JACCARD`."""
    index: dict[str, list[int]] = {}
    for i, ws in enumerate(gold):
        for w in ws:
            index.setdefault(w, []).append(i)
    out: dict[tuple[int, int], float] = {}
    for j, ws in enumerate(predicted):
        for i in {i for w in ws for i in index.get(w, ())}:  # pairs sharing no word score 0
            sim = len(gold[i] & ws) / len(gold[i] | ws)
            if sim >= QUOTE_JACCARD:
                out[i, j] = sim
    return out


def _score_statements(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Statement], errors: list[ScoreError]
) -> dict[str, Counts]:
    speakers = [
        None if g.get("speaker") is None else _scoring.gold_actor(g["speaker"]) for g in gold
    ]
    gold_words = [_scoring.words(g["quote"]) for g in gold]
    pred_words = [_scoring.words(p.quote) for p in predicted]
    scored = [p.mode != "indirect" for p in predicted]
    sims = _similar_quotes(gold_words, pred_words)

    def similarity(i: int, j: int) -> float | None:
        if not scored[j] and not gold[i].get("optional"):
            return None
        return sims.get((i, j))

    def speaker_ok(i: int, j: int) -> bool:
        g, p = speakers[i], predicted[j].speaker
        return g is None or (p is not None and _scoring.keys_match(g, p))

    def with_speaker(i: int, j: int) -> float | None:
        sim = similarity(i, j)
        return sim if sim is not None and speaker_ok(i, j) else None

    def quote_only(i: int, j: int) -> float | None:
        sim = similarity(i, j)
        return None if sim is None else sim + speaker_ok(i, j)

    groups = _groups(gold)
    required = [i for i, g in enumerate(gold) if not g.get("optional")]

    def counts(pairs: dict[int, int]) -> Counts:
        tp = sum(1 for i in required if i in pairs)
        matched = set(pairs.values())
        extra = sum(1 for j in range(len(predicted)) if scored[j] and j not in matched)
        return Counts(tp, extra, len(required) - tp)

    full = _scoring.assign(len(gold), len(predicted), with_speaker, groups=groups)
    loose = _scoring.assign(len(gold), len(predicted), quote_only, groups=groups)
    right = sum(1 for i in required if i in loose and speaker_ok(i, loose[i]))
    wrong = sum(1 for i in required if i in loose) - right
    for i in required:
        if i in full:
            continue
        who = _speaker_name(gold[i].get("speaker"))
        if i in loose:
            got = _speaker_name(predicted[loose[i]].speaker)
            message = f"speaker {got}, expected {who}: {gold[i]['quote']!r}"
            errors.append(ScoreError("statement", "wrong", message))
        else:
            errors.append(ScoreError("statement", "missed", f"{who}: {gold[i]['quote']!r}"))
    quote_matched = set(loose.values())
    errors.extend(
        ScoreError("statement", "extra", f"{_speaker_name(p.speaker)} [{p.mode}]: {p.quote!r}")
        for j, p in enumerate(predicted)
        if scored[j] and j not in quote_matched
    )
    return {
        "statements": counts(full),
        "quotes": counts(loose),
        "attribution": Counts(right, wrong, wrong),
    }


def _speaker_name(speaker: Actor | Mapping[str, Any] | None) -> str:
    if speaker is None:
        return "?"
    return speaker.name if isinstance(speaker, Actor) else str(speaker.get("name"))


def _score_incidents(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Incident], errors: list[ScoreError]
) -> Counts:
    def score(i: int, j: int) -> float | None:
        g, p = gold[i], predicted[j]
        if g["kind"] != p.kind:
            return None
        gw = g.get("when")
        if gw is None:
            return 1.0
        pw = None if p.when is None else p.when.value
        if pw is None or not (pw.startswith(gw) or gw.startswith(pw)):
            return None
        return 2.0 if pw == gw else 1.0

    pairs = _scoring.assign(len(gold), len(predicted), score, groups=_groups(gold))
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    tp = 0
    for i in required:
        if i in pairs:
            tp += 1
        else:
            errors.append(
                ScoreError(
                    "incident",
                    "missed",
                    f"{gold[i]['kind']} (when {gold[i].get('when')}): {gold[i]['summary']}",
                )
            )
    matched = set(pairs.values())
    extra = [p for j, p in enumerate(predicted) if j not in matched]
    errors.extend(
        ScoreError("incident", "extra", f"{p.kind} (when {p.when and p.when.value}): {p.summary}")
        for p in extra
    )
    return Counts(tp, len(extra), len(required) - tp)


def _score_dates(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[TimeRef], errors: list[ScoreError]
) -> dict[str, Counts]:
    # Distinct (text, value) items; an item required anywhere is required.
    items: dict[tuple[str, str], bool] = {}
    texts: dict[tuple[str, str], str] = {}
    for d in gold:
        key = (_scoring.normalize(d["text"]), d["value"])
        items[key] = items.get(key, True) and bool(d.get("optional"))
        texts.setdefault(key, d["text"])
    g_keys = list(items)
    g_items = [{"optional": items[k]} for k in g_keys]
    p_items: dict[tuple[str, str], TimeRef] = {}
    for t in predicted:
        p_items.setdefault((_scoring.normalize(t.text), t.value), t)
    p_keys = list(p_items)
    text_ok = [
        [_scoring.dates_text_match(texts[g], p_items[p].text) for p in p_keys] for g in g_keys
    ]

    def by_value(i: int, j: int) -> float | None:
        return 1.0 if text_ok[i][j] and _scoring.values_equal(g_keys[i][1], p_keys[j][1]) else None

    def by_text(i: int, j: int) -> float | None:
        if not text_ok[i][j]:
            return None
        return 2.0 if _scoring.values_equal(g_keys[i][1], p_keys[j][1]) else 1.0

    groups = _groups(g_items)
    required = [i for i, g in enumerate(g_items) if not g["optional"]]

    def counts(pairs: dict[int, int]) -> Counts:
        tp = sum(1 for i in required if i in pairs)
        matched = set(pairs.values())
        extra = sum(
            1 for j, k in enumerate(p_keys) if j not in matched and _scoring.is_calendar_value(k[1])
        )
        return Counts(tp, extra, len(required) - tp)

    exact = _scoring.assign(len(g_keys), len(p_keys), by_value, groups=groups)
    loose = _scoring.assign(len(g_keys), len(p_keys), by_text, groups=groups)
    for i in required:
        text, value = texts[g_keys[i]], g_keys[i][1]
        if i in exact:
            continue
        if i in loose:
            got = p_items[p_keys[loose[i]]]
            errors.append(
                ScoreError("date", "wrong", f"{got.text!r} -> {got.value}, expected {value}")
            )
        else:
            errors.append(ScoreError("date", "missed", f"{text!r} -> {value}"))
    matched = set(exact.values()) | set(loose.values())
    errors.extend(
        ScoreError("date", "extra", f"{t.text!r} -> {t.value}")
        for j, (k, t) in enumerate(p_items.items())
        if j not in matched and _scoring.is_calendar_value(k[1])
    )
    return {"dates": counts(exact), "date_texts": counts(loose)}


def _fold_set(values: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(v.casefold().split()) for v in values)


def _score_source(
    gold: Mapping[str, Any],
    predicted: Source,
    without_date: ParsedArticle | None,
    errors: list[ScoreError],
) -> dict[str, Counts]:
    src: Mapping[str, Any] = gold.get("source") or {}
    right: dict[str, bool] = {}
    got: dict[str, object] = {}
    if src.get("outlet") is not None:
        got["outlet"] = predicted.outlet
        right["outlet"] = predicted.outlet is not None and _scoring.outlet_match(
            src["outlet"], predicted.outlet
        )
    if src.get("headline") is not None:
        got["headline"] = predicted.headline
        right["headline"] = predicted.headline is not None and _scoring.normalize(
            src["headline"]
        ) == _scoring.normalize(predicted.headline)
    for name in ("authors", "agencies"):
        if src.get(name) is not None:
            values: tuple[str, ...] = getattr(predicted, name)
            got[name] = list(values)
            right[name] = _fold_set(src[name]) == _fold_set(values)
    expected: dict[str, object] = {k: src.get(k) for k in right}
    if without_date is not None:
        want = date.fromisoformat(gold["published"]) if gold.get("published_in_text") else None
        found = without_date.source.published
        got["published"] = None if found is None else found.isoformat()
        expected["published"] = None if want is None else want.isoformat()
        right["published"] = without_date.source.published == want
    out: dict[str, Counts] = {}
    for name, ok in right.items():
        out[name] = Counts(1, 0, 0) if ok else Counts(0, 1, 1)
        if not ok:
            errors.append(
                ScoreError("source", "wrong", f"{name} {got[name]!r}, expected {expected[name]!r}")
            )
    return out


def score_article(
    gold: Mapping[str, Any],
    predicted: ParsedArticle,
    predicted_without_date: ParsedArticle | None = None,
) -> ArticleScore:
    """
    Compare one parsed article with its gold annotation.

    Args:
        gold: A gold annotation (see :func:`load_gold`).
        predicted: The article parsed with the gold publication date.
        predicted_without_date: The article parsed without it, for the ``published``
            check; ``None`` leaves ``published`` unscored.

    Returns:
        The counts and the errors.  Kinds missing from the gold's ``annotated`` list are
        not scored.
    """
    annotated = frozenset(gold.get("annotated", KINDS))
    errors: list[ScoreError] = []
    parts: dict[str, Counts] = {}
    if "meetings" in annotated:
        parts.update(_score_meetings(gold.get("meetings", []), predicted.meetings, errors))
    if "statements" in annotated:
        parts.update(_score_statements(gold.get("statements", []), predicted.statements, errors))
    if "incidents" in annotated:
        parts["incidents"] = _score_incidents(
            gold.get("incidents", []), predicted.incidents, errors
        )
    if "dates" in annotated:
        parts.update(_score_dates(gold.get("dates", []), predicted.dates, errors))
    if "source" in annotated:
        parts.update(_score_source(gold, predicted.source, predicted_without_date, errors))
    return ArticleScore(
        article=str(gold.get("article", "?")),
        scores=Scores(**parts),
        errors=tuple(errors),
        annotated=annotated,
    )


# --- whole folders ------------------------------------------------------------------------


def evaluate(
    gold_dir: str | Path,
    articles_dir: str | Path,
    *,
    parse: ParseFunction = default_parse,
    progress: bool = False,
) -> Report:
    """
    Parse every article of a gold folder and score it.

    Each gold file ``NAME.json`` names its article (``"article"``), read from
    ``articles_dir``.  The article is parsed twice: with the gold publication date, and
    without it (to check the date the parser reads from the text).

    Args:
        gold_dir: Folder of gold ``*.json`` files.
        articles_dir: Folder of the article texts.
        parse: The parser to score (default :func:`diplomeet.parse`); any callable taking
            the article bytes and a ``published`` keyword.
        progress: Write one line per article to standard error.

    Returns:
        A :class:`Report`.

    Raises:
        InvalidArgument: a folder does not exist, holds no gold file, or an article file
            is missing.
        InvalidGoldError: a gold file breaks the format.

    Example:
        >>> report = evaluate("tests/corpus/gold", "tests/corpus/articles")  # doctest: +SKIP
        >>> round(report.scores.statements.f1, 3)  # doctest: +SKIP
        0.95
    """
    gold_path, articles_path = Path(gold_dir), Path(articles_dir)
    for what, folder in (("gold", gold_path), ("articles", articles_path)):
        if not folder.is_dir():
            raise InvalidArgument(f"{what} folder {str(folder)!r} does not exist")
    files = sorted(gold_path.glob("*.json"))
    if not files:
        raise InvalidArgument(f"no gold *.json file in {str(gold_path)!r}")
    scores: list[ArticleScore] = []
    for n, file in enumerate(files, 1):
        gold = load_gold(file)
        text_file = articles_path / gold["article"]
        try:
            raw = text_file.read_bytes()
        except OSError as exc:
            raise InvalidArgument(
                f"{file.name}: cannot read its article {str(text_file)!r}: {exc.strerror}"
            ) from exc
        annotated = set(gold.get("annotated", KINDS))
        predicted = parse(raw, published=date.fromisoformat(gold["published"]))
        without = parse(raw, published=None) if "source" in annotated else None
        scores.append(score_article(gold, predicted, without))
        if progress:
            sys.stderr.write(f"[{n}/{len(files)}] {file.name}\n")
    return Report(articles=tuple(scores))
