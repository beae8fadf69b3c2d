"""
The extraction figures measured with the evaluator.

On the development seeds (../shared, read at run time) meetings (strict) and incidents
must be perfect; on the project's own corpus (tests/corpus, original texts) every meeting
and incident figure must reach 0.9.  Reproduce with::

    diplomeet evaluate --gold ../shared/gold/seeds --articles ../shared/seeds
    diplomeet evaluate --gold tests/corpus/gold --articles tests/corpus/articles

The two blind sets (tests/corpus_blind and its check/ set) are held to floors at their
measured figures: regressions fail, the figures themselves are in README.md.
"""

from __future__ import annotations

from pathlib import Path

from diplomeet.evaluation import evaluate

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_seed_meetings_and_incidents_are_perfect(shared: Path) -> None:
    """Strict meeting F1 and incident F1 are 1.0 on the five seeds."""
    scores = evaluate(shared / "gold" / "seeds", shared / "seeds").scores
    assert scores.meetings.f1 == 1.0
    assert scores.meetings_strict.f1 == 1.0
    assert scores.incidents.f1 == 1.0


def test_own_corpus_meetings_and_incidents_reach_target() -> None:
    """On the own corpus every meeting and incident F1 is at least 0.9."""
    scores = evaluate(CORPUS / "gold", CORPUS / "articles").scores
    assert scores.meetings.f1 == 1.0
    assert scores.meetings_strict.f1 >= 0.93
    assert scores.meeting_place.f1 == 1.0
    assert scores.incidents.f1 == 1.0


def test_own_corpus_meetings_strict_is_perfect() -> None:
    """Every meeting of the own corpus has the right date."""
    scores = evaluate(CORPUS / "gold", CORPUS / "articles").scores
    assert scores.meetings_strict.f1 == 1.0


BLIND = Path(__file__).resolve().parent / "corpus_blind"


def test_blind_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The blind set (written without reading the rules) keeps the figures measured on it.

    A floor against regressions, not a target: README.md gives the figures and says why the
    set is no longer blind.
    """
    scores = evaluate(BLIND / "gold", BLIND / "articles").scores
    assert scores.meetings.f1 >= 0.88
    # 0.753 before "A of X and B met" found one more meeting (105), left undated; 0.805
    # after the seventh session's visits, calls and group rules
    assert scores.meetings_strict.f1 >= 0.81
    assert scores.statements.f1 >= 0.98
    assert scores.incidents.f1 >= 0.92
    assert scores.dates.f1 >= 0.96
    assert scores.published.f1 == 1.0


def test_check_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The check set (blind to the rules and to the fixes made on the blind set) keeps its figures.

    Never tuned on: these floors only catch a change that makes unseen outlets worse.
    """
    check = BLIND / "check"
    scores = evaluate(check / "gold", check / "articles").scores
    assert scores.meetings.f1 >= 0.76
    assert scores.meetings_strict.f1 >= 0.72
    assert scores.statements.f1 >= 0.92
    assert scores.incidents.f1 >= 0.92
    assert scores.dates.f1 >= 0.98
    assert scores.published.f1 == 1.0


def test_third_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The third set (check2, written blind on 2026-11-23) keeps the figures measured on it.

    Its first figures are in README.md; it has since been used to find failures (meetings,
    Source fields), so it is development data now, held to what it gives.
    """
    check2 = BLIND / "check2"
    scores = evaluate(check2 / "gold", check2 / "articles").scores
    assert scores.meetings.f1 >= 0.88
    assert scores.meetings_strict.f1 >= 0.74
    assert scores.statements.f1 == 1.0
    assert scores.incidents.f1 >= 0.99  # 1.000 (0.917 before session thirteen)
    assert scores.dates.f1 >= 0.97
    assert scores.headline.f1 == 1.0
    assert scores.published.f1 == 1.0


def test_fourth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The fourth set (check3, written blind on 2026-11-23) keeps the figures measured on it.

    Blind for its first two measurements (README.md), development data since the sixth
    session used its failures.  A change that makes it worse must say why.
    """
    check3 = BLIND / "check3"
    scores = evaluate(check3 / "gold", check3 / "articles").scores
    assert scores.meetings.f1 >= 0.94  # 0.943 (fourteenth session)
    assert scores.meetings_strict.f1 >= 0.88  # 0.886
    assert scores.statements.f1 >= 0.97
    assert scores.incidents.f1 == 1.0
    assert scores.dates.f1 >= 0.985
    for field in ("outlet", "headline", "authors", "agencies", "published"):
        assert getattr(scores, field).f1 == 1.0, field


def test_fifth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The fifth set (check4, written blind on 2026-11-23) keeps the figures measured on it.

    Blind for its first two measurements (README.md), development data since the seventh
    session read its failures.  A change that makes it worse must say why.
    """
    check4 = BLIND / "check4"
    scores = evaluate(check4 / "gold", check4 / "articles").scores
    # 0.732 (strict 0.479) when retired; its meeting failures gave the classes fixed since
    assert scores.meetings.f1 >= 0.98
    assert scores.meetings_strict.f1 >= 0.96
    # 0.755 and 0.980 before the seventh session's speaker rules, learnt from its failures
    assert scores.statements.f1 == 1.0
    assert scores.quotes.f1 == 1.0
    assert scores.incidents.f1 == 1.0
    assert scores.dates.f1 >= 0.98
    for field in ("outlet", "headline", "authors", "agencies", "published"):
        assert getattr(scores, field).f1 == 1.0, field


def test_sixth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The sixth set (check5, written blind on 2026-11-23) keeps the figures measured on it.

    Blind until the eighth session's start (its README), development data since: its floors
    follow the figures after that session's rules.  A change that makes it worse must say why.
    """
    check5 = BLIND / "check5"
    scores = evaluate(check5 / "gold", check5 / "articles").scores
    # 0.847 and 0.682 while blind; learnt from since its retirement (tests/test_meetings_
    # generalise4.py holds the classes, on sentences of our own)
    assert scores.meetings.f1 >= 0.99
    assert scores.meetings_strict.f1 >= 0.97
    assert scores.statements.f1 >= 0.99
    assert scores.quotes.f1 >= 0.99
    assert scores.incidents.f1 >= 0.99
    assert scores.dates.f1 >= 0.95
    # 0.667, 0.818, 0.583 and 0.833 before the eighth session's layout rules (agencies with
    # two calls of its gold since aligned on the project's convention: its README)
    assert scores.headline.f1 == 1.0
    assert scores.authors.f1 == 1.0
    assert scores.agencies.f1 == 1.0
    assert scores.published.f1 == 1.0


def test_seventh_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The seventh set (check6, written blind on 2026-11-23) keeps the figures measured on it.

    Blind until the ninth session's start (its README), development data since: its failures
    are read to find classes.  These floors are the figures at the ninth session's end, after
    its general rules for this set's classes; a change that makes it worse must say why.
    """
    check6 = BLIND / "check6"
    scores = evaluate(check6 / "gold", check6 / "articles").scores
    assert scores.meetings.f1 >= 0.85
    assert scores.meetings_strict.f1 >= 0.81
    assert scores.statements.f1 >= 0.95
    assert scores.quotes.f1 >= 0.96
    assert scores.incidents.f1 >= 0.93
    assert scores.dates.f1 >= 0.97
    # the Source fields after layout rules not blind to this set's outlets (its README), and
    # after the ninth session read its page heads
    assert scores.outlet.f1 == 1.0
    assert scores.headline.f1 == 1.0
    assert scores.authors.f1 == 1.0
    assert scores.agencies.f1 == 1.0  # 0.917 while "WITH AA" was credited as "Anadolu Agency"
    assert scores.published.f1 == 1.0


def test_eighth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The eighth set (check7, written blind on 2026-11-24) keeps the figures measured on it.

    Blind until the tenth session's start (its README), development data since: these floors
    are its figures at the ninth session's end, or after the tenth session's classes for
    meetings, statements, quotes and incidents; a change that makes it worse must say why.
    """
    check7 = BLIND / "check7"
    scores = evaluate(check7 / "gold", check7 / "articles").scores
    assert scores.meetings.f1 >= 0.95  # 0.960 (P 1.000, R 0.923); 0.787 at first sight
    assert scores.meetings_strict.f1 >= 0.85  # 0.860 (0.820 in the tenth session); 0.468 first
    assert scores.statements.f1 >= 0.97  # 0.853 at first sight
    assert scores.quotes.f1 >= 0.99
    assert scores.incidents.f1 >= 0.97  # 0.973 with the dispatches' dates; 0.647 at first sight
    assert scores.dates.f1 >= 0.969  # 0.858 before dispatches were dated by their own lines
    # Source fields: 0.375 / 0.750 / 0.700 / 0.750 / 0.833 at the ninth session's end (agencies
    # 0.667 at first sight); the tenth session's rules for heads of outlets no table lists
    assert scores.outlet.f1 >= 1.0
    assert scores.headline.f1 >= 1.0
    assert scores.authors.f1 >= 1.0
    assert scores.agencies.f1 >= 1.0
    assert scores.published.f1 >= 1.0


def test_sample10b_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample10b (Asia, Americas, Oceania; 2026-11-24) keeps its figures.

    Written by the samp-meet-b helper before it read the rules, measured once (meetings 0.750,
    P 0.882, R 0.652), then read for classes of meeting phrasing (its README).  These floors
    are its figures after the tenth session's general rules for those classes.
    """
    sample = BLIND / "sample10b"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.89  # 0.899 (P 0.930, R 0.870); 0.750 at first sight
    assert scores.meetings_strict.f1 >= 0.69  # 0.697; 0.550 at first sight
    assert scores.meeting_when.f1 >= 0.89  # 0.900; 0.867 at first sight
    assert scores.meeting_place.f1 >= 0.79  # 0.800; 0.767 at first sight
    assert scores.statements.f1 == 1.0
    assert scores.quotes.f1 == 1.0
    assert scores.incidents.f1 >= 0.8  # 0.800; 0.400 before session twelve
    assert scores.dates.f1 >= 0.93  # 0.940: not worked on
    assert scores.outlet.f1 == 1.0  # 0.857 before the twelfth session's source rules
    assert scores.headline.f1 == 1.0
    assert scores.authors.f1 == 1.0
    assert scores.agencies.f1 == 1.0
    assert scores.published.f1 == 1.0  # 0.833 before the twelfth session's source rules


def test_sample10a_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample10a keeps the figures measured on it.

    Written by samp-meet-a before reading the rules; its README has the first measurement
    (meetings 0.667, strict 0.513).  These floors are the figures after the tenth session's
    classes learnt from it (each checked on sentences of other outlets in
    tests/test_meetings_sample10a.py); a change that makes it worse must say why.
    """
    sample = BLIND / "sample10a"
    scores = evaluate(sample / "gold", sample / "articles").scores
    # 0.818 (P 0.878, R 0.766); 0.667 at first sight
    assert scores.meetings.f1 >= 0.81
    # 0.636 (with the seats of government in two capitals); 0.513 at first sight
    assert scores.meetings_strict.f1 >= 0.63
    assert scores.statements.f1 >= 0.92  # 0.929
    assert scores.quotes.f1 >= 1.0
    assert scores.incidents.f1 >= 0.76  # 0.769
    assert scores.dates.f1 >= 0.91  # 0.918
    # the twelfth session's source rules (0.750, 0.833, 0.900, 0.833, 0.917 before)
    assert scores.outlet.f1 >= 0.87  # 0.875
    assert scores.headline.f1 >= 0.91  # 0.917
    assert scores.authors.f1 == 1.0
    assert scores.agencies.f1 == 1.0
    assert scores.published.f1 == 1.0


def test_sample10c_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The sample10c set (written by a helper before reading the rules) keeps its figures.

    Development data from the start (its README): its statement and incident failures were
    read to find classes; these floors are its figures after the tenth session's rules for
    them.  A change that makes it worse must say why.
    """
    sample = BLIND / "sample10c"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.81  # 0.815, as at first sight
    assert scores.meetings_strict.f1 >= 0.66  # 0.667
    assert scores.statements.f1 >= 0.91  # 0.915; 0.797 at first sight
    assert scores.quotes.f1 >= 0.99  # 0.993; 0.986 at first sight
    assert scores.attribution.f1 >= 0.94  # 0.942; 0.826 at first sight
    assert scores.incidents.f1 >= 0.89  # 0.897; 0.733 before session twelve, 0.581 at first sight
    assert scores.dates.f1 >= 0.94  # 0.944
    assert scores.outlet.f1 >= 1.0
    assert scores.headline.f1 == 1.0  # 0.917 before the twelfth session's source rules
    assert scores.authors.f1 == 1.0  # 0.909 before
    assert scores.agencies.f1 == 1.0  # 0.833 before
    assert scores.published.f1 == 1.0  # 0.917 before


def test_sample11b_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample11b (Asia, Middle East, Oceania, multilateral) keeps its figures.

    Written by the sample11b helper before it read the rules and measured once (meetings
    0.735, P 0.80, R 0.68; its README), then read for classes of meeting, date and statement
    phrasing, each checked on sentences of other outlets (tests/test_*_sample11b.py).  These
    floors are its figures after those rules; a change that makes it worse must say why.
    """
    sample = BLIND / "sample11b"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.92  # 0.927 (P 0.950, R 0.905); 0.735 at first sight
    assert scores.meetings_strict.f1 >= 0.64  # 0.650; 0.462 at first sight
    assert scores.meeting_when.f1 >= 0.84  # 0.842; 0.721 at first sight
    assert scores.meeting_place.f1 >= 0.78  # 0.789; 0.721 at first sight
    assert scores.statements.f1 >= 0.95  # 0.952; 0.929 at first sight
    assert scores.quotes.f1 >= 0.97  # 0.976
    assert scores.attribution.f1 >= 1.0  # 0.975 at first sight
    assert scores.incidents.f1 >= 0.99  # 1.000; 0.667 before session thirteen
    assert scores.dates.f1 >= 0.99  # 0.991; 0.902 at first sight
    assert scores.outlet.f1 >= 1.0
    assert scores.headline.f1 >= 0.91  # 0.917 (0.833 before the twelfth session's source rules)
    assert scores.authors.f1 == 1.0  # 0.900 before
    assert scores.agencies.f1 == 1.0  # 0.917 before
    assert scores.published.f1 == 1.0  # 0.750 before; 0.583 at first sight


def test_sample11c_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The sample11c set (written by a helper before reading the rules) keeps its figures.

    Development data from the start (its README has the first figures): its statement,
    incident and Source failures were read to find classes (each checked on sentences of
    other outlets in tests/test_statements_sample11c.py, tests/test_incidents_sample11c.py,
    tests/test_sources_sample11c.py and tests/test_meetings_sample11c.py); these floors are
    its figures after the eleventh session's rules for them.  A change that makes it worse
    must say why.
    """
    sample = BLIND / "sample11c"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.79  # 0.800; 0.756 at first sight
    assert scores.meetings_strict.f1 >= 0.71  # 0.711; 0.622 at first sight
    assert scores.statements.f1 >= 0.88  # 0.882; 0.737 at first sight
    assert scores.quotes.f1 >= 0.99  # 0.993
    assert scores.attribution.f1 >= 0.90  # 0.905; 0.757 at first sight
    assert scores.incidents.f1 >= 0.88  # 0.882; 0.500 at first sight
    assert scores.dates.f1 >= 0.95  # 0.957; 0.952 at first sight
    assert scores.outlet.f1 == 1.0  # 0.875 before the twelfth session's source rules
    assert scores.headline.f1 == 1.0  # 0.917 before
    assert scores.authors.f1 == 1.0  # 0.818 before
    assert scores.agencies.f1 >= 0.91  # 0.917; 0.667 at first sight
    assert scores.published.f1 == 1.0  # 0.917 before


def test_sample13a_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample13a (Asia, the Pacific, Latin America, Eastern Europe) holds.

    Written by the sample13a helper before it read the rules and measured once (meetings
    0.739, P 0.75, R 0.73: its README), then read for classes of meeting, statement, date and
    Source phrasing, each checked on sentences of other countries and outlets in
    tests/test_meetings_sample13a_classes.py.  These floors are its figures after the
    thirteenth session's rules for those classes.  Not yet fixed: the FBIS item's published
    date (a convention the gold reads otherwise than check7), the drone debris read as an
    attack, a meeting "did not proceed" told with no subject, possessive and related-list
    date items.
    """
    sample = BLIND / "sample13a"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.96  # 0.970 (0.954 before "did not proceed"); 0.739 first
    assert scores.meetings_strict.f1 >= 0.93  # 0.939; 0.615 at first sight
    assert scores.meeting_when.f1 >= 0.96  # 0.968; 0.833 at first sight
    assert scores.meeting_place.f1 == 1.0  # 0.917 at first sight
    assert scores.statements.f1 >= 0.89  # 0.894; 0.711 at first sight
    assert scores.quotes.f1 == 1.0  # 0.955 at first sight
    assert scores.attribution.f1 >= 0.91  # 0.913; 0.762 at first sight
    assert scores.dates.f1 >= 0.93  # 0.936; 0.927 at first sight
    assert scores.outlet.f1 == 1.0
    assert scores.headline.f1 == 1.0  # 0.833 at first sight (the FBIS item's head)
    assert scores.authors.f1 == 1.0  # 0.800 at first sight (the FBIS item's byline)
    assert scores.agencies.f1 == 1.0  # 0.833 at first sight (its source line's agency)
    assert scores.published.f1 >= 0.83  # 0.833; 0.667 at first sight


def test_sample11a_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample11a (Africa, Latin America, Europe, Central Asia) holds.

    Written by the sample11a helper before it read the rules and measured once (meetings
    0.562, P 0.714, R 0.463: its README), then read for classes of meeting phrasing, each
    checked on sentences of other countries and outlets in tests/test_meetings_sample11a.py.
    These floors are its figures after the eleventh session's rules for those classes.
    """
    sample = BLIND / "sample11a"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.83  # 0.840 (P 0.913, R 0.778); 0.562 at first sight
    # 0.606 and 0.878: the cancelled meeting "expected in Dushanbe on Friday" is found, its
    # Friday read as the one before the report (0.612 and 0.900 without it)
    assert scores.meetings_strict.f1 >= 0.77  # 0.775 since the 23rd session (0.405 at first sight)
    # was 0.87: 0.920 at first sight (of fewer matched)
    assert scores.meeting_when.f1 >= 0.93  # 0.932 since the 23rd session (floor was 0.87)
    # 0.854: more meetings matched, some without their city; 0.800 at first sight
    assert scores.meeting_place.f1 >= 0.85
    assert scores.statements.f1 >= 0.93  # 0.931 (0.862 before session 13); 0.586 first sight
    assert scores.quotes.f1 >= 0.98  # 0.982
    assert scores.attribution.f1 == 1.0  # 0.926 before session thirteen; 0.630 first sight
    assert scores.incidents.f1 >= 0.95  # 0.952; 0.421 before session twelve
    assert scores.dates.f1 >= 0.95  # 0.955 (0.873 at first sight)
    assert scores.outlet.f1 == 1.0  # 0.800 before the twelfth session's source rules
    assert scores.headline.f1 == 1.0  # 0.727 before
    assert scores.authors.f1 == 1.0  # 0.889 at first sight
    assert scores.agencies.f1 == 1.0  # 0.833 at first sight
    assert scores.published.f1 == 1.0  # 0.583 before


def test_sample13b_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample13b (Africa, Middle East, Europe, North America) holds.

    Written by the sample13b helper before it read the rules and measured once (meetings
    0.808, P 0.913, R 0.724: its README), then read for classes (a document's maker as its
    first person, a people's two-word name before an office, days set in a relative clause,
    older papers' hyphenated days and capitals datelines, strafing aircraft, menus set apart
    by bars, wire datelines with no dash, a parliament's "Statement made on"), each checked on
    sentences of other countries and outlets in tests/test_meetings_sample13b_classes.py,
    tests/test_dates_sample13b.py, tests/test_incidents_sample13b.py and
    tests/test_layouts_sample13b.py.  These floors are its figures after the thirteenth
    session's rules for those classes.
    """
    sample = BLIND / "sample13b"
    scores = evaluate(sample / "gold", sample / "articles").scores
    # 0.949 (strict 0.915, place 0.964) with a town no table lists read as the place of "A
    # meeting at X between A and B"; 0.808 (0.769, 0.952) at first sight
    assert scores.meetings.f1 >= 0.94
    assert scores.meetings_strict.f1 >= 0.91
    assert scores.meeting_when.f1 == 1.0  # 0.952 at first sight
    assert scores.meeting_place.f1 >= 0.96
    assert scores.statements.f1 >= 0.92  # 0.921 (0.825 before the short round's speaker classes)
    assert scores.quotes.f1 >= 0.98  # 0.984
    assert scores.attribution.f1 >= 0.96  # 0.967 (0.867 before)
    assert scores.incidents.f1 >= 0.76  # 0.769; 0.667 at first sight
    assert scores.dates.f1 >= 0.95  # 0.952 with main's rules (0.944 before); 0.867 at first
    assert scores.outlet.f1 == 1.0
    assert scores.headline.f1 >= 0.83  # 0.833 with main's rules (0.667 before); 0.500 first
    assert scores.authors.f1 == 1.0  # 0.800 at first sight
    assert scores.agencies.f1 >= 0.83  # 0.833
    assert scores.published.f1 == 1.0  # 0.833 before main's rules; 0.333 at first sight


def test_sample14b_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample14b (Pacific, Europe, Asia, Middle East, Americas) holds.

    Written by the sample14b helper before it read the rules and measured once (meetings
    0.743, P 0.812, R 0.684: its README), then read for classes (given names that capitals
    bear, chairmen of cabinets, relative clauses of prepositional objects, the heads of
    foreign ministries, gatherings discussed, page bylines with a job, bracketed caption
    credits, "Additional reporting from", participles after "quoted A as saying", an exchange
    of fire in a "during which" clause), each checked on sentences of other countries and
    outlets in tests/test_meetings_sample14b_classes.py, tests/test_sources_sample14b.py,
    tests/test_statements_sample14b.py and tests/test_incidents_sample14b.py.  These floors
    are its figures after those rules.
    """
    sample = BLIND / "sample14b"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.95  # 0.950 (0.923 before dedup17); 0.743 at first sight
    assert scores.meetings_strict.f1 >= 0.95  # 0.950 (0.923 before dedup17); 0.743 at first sight
    assert scores.meeting_when.f1 == 1.0
    assert scores.meeting_place.f1 == 1.0
    assert scores.statements.f1 >= 0.98  # 0.982; 0.873 at first sight
    assert scores.quotes.f1 == 1.0
    assert scores.attribution.f1 == 1.0  # 0.889 at first sight
    assert scores.incidents.f1 >= 0.72  # 0.727; 0.545 at first sight
    assert scores.dates.f1 >= 0.96  # 0.962
    assert scores.outlet.f1 == 1.0
    assert scores.headline.f1 == 1.0
    assert scores.authors.f1 == 1.0  # 0.800 at first sight
    assert scores.agencies.f1 == 1.0  # 0.667 at first sight
    assert scores.published.f1 == 1.0


def test_sample15b_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample15b (national outlets of five regions) holds.

    Its outlets are regional and national ones of Africa, Latin America, Central and South
    Asia, the Caucasus and the Pacific.

    Written by the sample15b helper before it read the rules and measured once (meetings
    0.722, P 0.812, R 0.650; published 0.833: its README), then read for classes ("Sheikh"
    inside a Somali name, a plural office in lower case before two names, a date line followed
    by its "Last update on:" after spaces, a clocked stamp under the standfirst), each checked
    on sentences and pages of other countries and outlets in
    tests/test_meetings_sample15b_classes.py and tests/test_sources_sample15b.py.  These floors
    are its figures after those rules.
    """
    sample = BLIND / "sample15b"
    scores = evaluate(sample / "gold", sample / "articles").scores
    # (0.895, strict 0.789 at the sample15b helper's end; a second round of the meetings
    # survey read "spoke by phone separately with" two counterparts as two calls)
    assert scores.meetings.f1 >= 0.92  # 0.923; 0.722 at first sight
    assert scores.meetings_strict.f1 >= 0.87  # 0.872 (0.821 before meet16); 0.611 at first sight
    assert scores.meeting_when.f1 >= 0.94  # 0.944
    assert scores.meeting_place.f1 >= 0.99  # 1.000 (0.944 before meet16)
    assert scores.statements.f1 >= 0.93  # 0.930
    assert scores.quotes.f1 == 1.0
    assert scores.attribution.f1 >= 0.95  # 0.952
    assert scores.incidents.f1 >= 0.92  # 0.923 since the 23rd session (0.833)
    assert scores.dates.f1 >= 0.91  # 0.912
    assert scores.outlet.f1 == 1.0
    assert scores.headline.f1 == 1.0
    assert scores.authors.f1 >= 0.8  # 0.800: a desk alone over the date (see its README)
    assert scores.agencies.f1 == 1.0
    assert scores.published.f1 == 1.0  # 0.833 at first sight


def test_sample16a_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample16a (official documents, 1956-2025) holds.

    Written by the sample16a helper before it read the rules and measured once (meetings
    0.643, P 0.818, R 0.529; statements 0.571; incidents 0.462: its README), then read for
    classes (briefing transcripts' turns without quote marks, agenda pages' timed entries,
    day headings in capitals, a fronted day before a purpose's incident date, "will see" a
    person, a working group's next meeting, release labels and reference numbers read as
    bylines, a question's number line and answer date, a boat named before what it is), each
    checked on documents of other countries in tests/test_statements_transcripts.py,
    tests/test_meetings_agenda.py, tests/test_meetings_sample16a_classes.py,
    tests/test_dates_sample16a.py, tests/test_source_official_documents.py and
    tests/test_incidents_sample16a.py; then its leftovers (an office of a body then an
    honorific, ministers told with their portfolio after, a boarding told as a noun, an
    incident dated by a relative clause after it, an exchange a future clause follows on
    from).  These floors are its figures after those rules.
    """
    sample = BLIND / "sample16a"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.94  # 0.941 (back-off, recall21; 0.909 before); 0.643 first
    assert scores.meetings_strict.f1 >= 0.94  # 0.941 (0.909 before); 0.500 at first sight
    assert scores.meeting_when.f1 == 1.0  # 0.778 at first sight
    assert scores.meeting_place.f1 == 1.0  # 0.889 at first sight
    assert scores.statements.f1 >= 0.95  # 0.952; 0.571 at first sight
    assert scores.quotes.f1 >= 0.95  # 0.952
    assert scores.attribution.f1 == 1.0
    assert scores.incidents.f1 >= 0.85  # 0.857; 0.462 at first sight
    assert scores.dates.f1 >= 0.94  # 0.947; 0.891 at first sight
    # the one outlet is a government periodical's running head, read since head16's round
    assert scores.outlet.f1 == 1.0  # 0.000 before
    assert scores.headline.f1 == 1.0  # 1.000, 0.833 before head16's round; 0.667 at first sight
    assert scores.authors.f1 >= 0.83  # 0.833; 0.667 when re-measured at the start
    assert scores.agencies.f1 == 1.0
    assert scores.published.f1 >= 0.83  # 0.833; 0.667 at first sight


def test_sample15a_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample15a (older news, 1955-1998) holds.

    Written by the sample15a helper before it read the rules and measured once (meetings
    0.593, P 0.889, R 0.444; incidents 0.296; dates 0.807: its README), then read for classes
    (OCR'd newspaper columns, "the 14th inst." / "the 30th ultimo", "called in Ambassador A",
    "sent for the Ambassador", chargé d'affaires and Counsellor as titles, a date before the
    verb, "when the two meet", aircraft raids told with other verbs, two sides' raids of one
    day, "a few hours later", "on June 27, the day after X, when ...", 1990s page titles,
    given names cities bear), each checked on sentences of other countries and outlets in
    tests/test_dates_sample15a.py, tests/test_layouts_sample15a.py,
    tests/test_incidents_sample15a.py and tests/test_meetings_sample15a_classes.py.  These
    floors are its figures after those rules.
    """
    sample = BLIND / "sample15a"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.78  # 0.788 (P 0.867, R 0.722); 0.593 at first sight
    assert scores.meetings_strict.f1 >= 0.66  # 0.667 (0.606 before meet16); 0.370 at first sight
    assert scores.meeting_when.f1 >= 0.92  # 0.923; 0.625 at first sight
    assert scores.meeting_place.f1 >= 0.92  # 0.923 (0.846 before meet16)
    assert scores.statements.f1 >= 0.80  # 0.809; 0.711 at first sight
    assert scores.quotes.f1 >= 0.95  # 0.957; 0.864 at first sight
    assert scores.attribution.f1 >= 0.86  # 0.864; 0.842 at first sight
    assert scores.incidents.f1 >= 0.62  # 0.621; 0.296 at first sight
    assert scores.dates.f1 >= 0.93  # 0.932; 0.807 at first sight
    assert scores.outlet.f1 == 1.0
    assert scores.headline.f1 >= 0.40  # 0.400; 0.200 at first sight
    assert scores.authors.f1 >= 0.80  # 0.800
    assert scores.agencies.f1 >= 0.83  # 0.833; 0.667 at first sight
    assert scores.published.f1 >= 0.83  # 0.833


def test_sample14a_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample14a (incidents framing talks, six outlets) holds.

    Written by the sample14a helper before it read the rules and measured once (meetings
    0.846, P 0.917, R 0.786; incidents 0.483; headline 0.333: its README), then read for
    classes (a site's motto, publisher or state line under its name, crowds throwing things at
    missions, "shortly before midnight on Friday", an organisation's "acting" office holder, a
    body's initials before an apposition's comma, a vessel's name with a month and a number,
    a protest's day before "the sinking of", a release's day after a seizure's week, an army
    named as a force, a library's banner over two lines), each checked on sentences of other
    countries and outlets in tests/test_layouts_sample14a.py, tests/test_incidents_sample14a.py,
    tests/test_dates_sample14a.py, tests/test_meetings_sample14a_classes.py and
    tests/test_statements_sample14a.py.  These floors are its figures after the fourteenth
    session's rules for those classes.
    """
    sample = BLIND / "sample14a"
    scores = evaluate(sample / "gold", sample / "articles").scores
    # ("A handed him a protest note": the summoned envoy's meeting, seventeenth session)
    assert scores.meetings.f1 >= 0.96  # 0.966 (P 0.933, R 1.000); 0.846 at first sight
    assert scores.meetings_strict.f1 >= 0.96  # 0.966
    assert scores.meeting_when.f1 == 1.0
    assert scores.meeting_place.f1 == 1.0
    assert scores.statements.f1 >= 0.96  # 0.970; 0.939 at first sight
    assert scores.quotes.f1 == 1.0
    assert scores.attribution.f1 == 1.0  # 0.969 at first sight
    assert scores.incidents.f1 >= 0.74  # 0.741; 0.483 at first sight
    assert scores.dates.f1 >= 0.96  # 0.963; 0.949 at first sight
    assert scores.outlet.f1 == 1.0  # 0.500 at first sight
    assert scores.headline.f1 == 1.0  # 0.333 at first sight
    assert scores.authors.f1 == 1.0  # 0.800 at first sight
    assert scores.agencies.f1 == 1.0  # 0.833 before "(photo: X Photos / Name)" was read
    assert scores.published.f1 == 1.0  # 0.500 at first sight


def test_ninth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The ninth set (check8, written blind on 2026-11-24) keeps the figures measured on it.

    Blind until the eleventh session's start (its README), development data since: its
    failures gave the classes fixed in that session.  A change that makes it worse must say
    why.
    """
    check8 = BLIND / "check8"
    scores = evaluate(check8 / "gold", check8 / "articles").scores
    # 0.688 (strict 0.559) when retired, 0.696 at first sight
    assert scores.meetings.f1 >= 0.97
    assert scores.meetings_strict.f1 >= 0.87
    assert scores.meeting_when.f1 >= 0.96
    assert scores.meeting_place.f1 >= 0.94
    assert scores.statements.f1 >= 0.99  # 1.000 (fourteenth session); 0.883 when retired
    assert scores.quotes.f1 == 1.0
    assert scores.attribution.f1 >= 0.99  # 1.000 (fourteenth session); 0.898 when retired
    assert scores.incidents.f1 >= 0.99  # 1.000 (session 14); 0.732 retired, 0.714 first sight
    assert scores.dates.f1 >= 0.95  # 0.947 when retired (0.919 at first sight)
    assert scores.outlet.f1 == 1.0
    assert scores.headline.f1 == 1.0  # 0.667 when retired (0.583 at first sight)
    assert scores.authors.f1 == 1.0  # 0.818 when retired
    assert scores.agencies.f1 == 1.0  # 0.667 when retired (0.500 at first sight)
    assert scores.published.f1 == 1.0  # 0.833 when retired (0.750 at first sight)


def test_tenth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The tenth set (check9, written blind on 2026-11-24) keeps the figures measured on it.

    Blind until the twelfth session's start (its README), development data since: its
    failures gave classes fixed in that session.  A change that makes it worse must say why.
    """
    check9 = BLIND / "check9"
    scores = evaluate(check9 / "gold", check9 / "articles").scores
    # 0.792 (strict 0.673) when retired, 0.760 (0.640) at first sight
    assert scores.meetings.f1 >= 0.95
    assert scores.meetings_strict.f1 >= 0.95  # 0.954 (fourteenth session)
    assert scores.meeting_when.f1 >= 0.99  # 0.950 when retired
    assert scores.meeting_place.f1 >= 0.98  # 0.875 when retired
    assert scores.statements.f1 >= 0.96  # 0.968 (0.919 before session thirteen); 0.846 retired
    assert scores.quotes.f1 >= 0.99  # 0.984 when retired
    assert scores.incidents.f1 >= 0.97  # 0.974; 0.737 when retired
    assert scores.dates.f1 >= 0.98  # 0.948 when retired
    assert scores.outlet.f1 == 1.0  # 0.714 when retired
    assert scores.headline.f1 >= 0.91  # 0.917 (0.667 when retired)
    assert scores.authors.f1 == 1.0  # 0.818 when retired
    assert scores.agencies.f1 == 1.0  # 0.583 when retired
    assert scores.published.f1 == 1.0  # 0.667 when retired


def test_eleventh_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The eleventh set (check10, written blind on 2026-11-24) keeps the figures measured on it.

    Blind until the thirteenth session's start (its README), development data since: its
    failures give classes.  These floors are its figures at the twelfth session's end (when it
    was retired); a change that makes it worse must say why.
    """
    check10 = BLIND / "check10"
    scores = evaluate(check10 / "gold", check10 / "articles").scores
    # thirteenth session (archive and wire meetings, names listed after a dash, two offices
    # of one minister, "the Acting Foreign Minister", talks placed before "between", groups
    # that are not the named pair): 0.960 (strict 0.960, when 1.000, place 1.000); 0.702
    # (0.617, 0.970, 0.909) when retired, 0.696 (0.587) at first sight
    assert scores.meetings.f1 >= 0.95
    assert scores.meetings_strict.f1 >= 0.95
    assert scores.meeting_when.f1 >= 0.99
    assert scores.meeting_place.f1 >= 0.99
    # 0.986: session thirteen's speaker classes; 0.732 when retired, 0.718 at first sight
    assert scores.statements.f1 >= 0.98
    assert scores.quotes.f1 == 1.0  # 0.993 when retired
    assert scores.attribution.f1 == 1.0  # 0.754 when retired
    assert scores.incidents.f1 >= 0.99  # 1.000; 0.667 when retired (0.615 at first sight)
    assert scores.dates.f1 >= 0.98  # 0.984; 0.965 when retired (0.957 at first sight)
    # thirteenth session: archive pages and news sites' agency credits (outlet 0.714 -> 1.000,
    # agencies 0.500 -> 0.833), and wire, release and analysis heads, Factiva's fields
    # (headline, authors, agencies and published), together 1.000 each
    assert scores.outlet.f1 >= 0.99  # 1.000
    assert scores.headline.f1 >= 0.99  # 1.000
    assert scores.authors.f1 >= 0.99  # 1.000 (thirteenth session: a researcher's post)
    assert scores.agencies.f1 >= 0.99  # 1.000
    assert scores.published.f1 >= 0.99  # 1.000


def test_twelfth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The twelfth set (check11, written blind on 2026-11-24) keeps the figures measured on it.

    Blind through the thirteenth session (its README), development data since the
    fourteenth: its failures give classes.  These floors are its figures at the fourteenth
    session's end; a change that makes it worse must say why.
    """
    check11 = BLIND / "check11"
    scores = evaluate(check11 / "gold", check11 / "articles").scores
    # fourteenth session (long ministry titles, ranks, datelines of older papers, "the two
    # ministers", telling verbs before "at talks", older wordings): 0.989 (strict 0.966, when
    # 1.000, place 0.977); 0.744 (0.535, 0.875, 0.812) when retired, 0.750 (0.500) at first
    # sight
    assert scores.meetings.f1 >= 0.98
    assert scores.meetings_strict.f1 >= 0.96
    assert scores.meeting_when.f1 >= 0.99
    assert scores.meeting_place.f1 >= 0.97
    assert scores.statements.f1 >= 0.98  # 0.982; 0.843 when retired (0.835 at first sight)
    assert scores.quotes.f1 >= 0.99  # 1.000; 0.940 when retired
    assert scores.attribution.f1 >= 0.99  # 1.000; 0.915 when retired
    assert scores.incidents.f1 >= 0.97  # 0.974; 0.737 when retired
    assert scores.dates.f1 >= 0.97  # 0.972; 0.958 when retired
    # fourteenth session: agency name lines, taglines, archive navigation, analysis sites,
    # in-story credits; 0.857 / 0.583 / 0.727 / 0.667 / 0.750 when retired
    assert scores.outlet.f1 >= 0.99  # 1.000
    assert scores.headline.f1 >= 0.99  # 1.000
    assert scores.authors.f1 >= 0.99  # 1.000
    assert scores.agencies.f1 >= 0.99  # 1.000
    assert scores.published.f1 >= 0.99  # 1.000


def test_thirteenth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The thirteenth set (check12, written blind on 2026-11-24) keeps the figures measured on it.

    Blind through the fourteenth session (its README), development data since the
    fifteenth: its failures give classes.  These floors are its figures at the fifteenth
    session's end; a change that makes it worse must say why.
    """
    check12 = BLIND / "check12"
    scores = evaluate(check12 / "gold", check12 / "articles").scores
    assert scores.meetings.f1 >= 0.99  # 1.000 (0.911 at first sight, 0.925 at the 15th's start)
    assert scores.meetings_strict.f1 >= 0.97  # 0.976 (0.810 at first sight, 0.850)
    assert scores.meeting_when.f1 >= 0.99  # 1.000 (0.944 at first sight, 0.973)
    assert scores.meeting_place.f1 >= 0.97  # 0.975 (0.944 at first sight, 0.946)
    assert scores.statements.f1 >= 0.92  # 0.922 (0.835 at the fifteenth session's start)
    assert scores.quotes.f1 >= 0.99  # 1.000 (0.973)
    assert scores.attribution.f1 >= 0.94  # 0.946 (0.889)
    assert scores.incidents.f1 >= 0.96  # 0.970 (0.581 at the fifteenth session's start)
    assert scores.dates.f1 >= 0.98  # 0.981 (0.958 at the fifteenth session's start)
    # the Source figures after the fifteenth session's survey of page heads (head15)
    assert scores.outlet.f1 == 1.0  # 0.875 when retired
    assert scores.headline.f1 == 1.0  # 0.583 when retired
    assert scores.authors.f1 == 1.0  # 0.909 when retired
    assert scores.agencies.f1 == 1.0  # 0.667 when retired
    assert scores.published.f1 == 1.0  # 0.833 when retired


def test_fourteenth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The fourteenth set (check13, written blind on 2026-11-24) keeps the figures measured on it.

    Blind through the fifteenth session (its README), development data since the
    sixteenth: its failures give classes.  These floors are its figures after the sixteenth
    session's classes (the Source ones after head16's survey of page heads); a change that makes it
    worse must say why.
    """
    check13 = BLIND / "check13"
    scores = evaluate(check13 / "gold", check13 / "articles").scores
    # the sixteenth session's classes (fix16), read from its failures on sentences of our own
    assert scores.meetings.f1 >= 0.99  # 1.000, 0.987 before dedup17 (0.806 at first sight)
    assert scores.meetings_strict.f1 >= 0.99  # 1.000, 0.987 before dedup17 (0.667 first)
    assert scores.meeting_when.f1 >= 0.99  # 1.000 (0.931 at first sight, 0.933)
    assert scores.meeting_place.f1 >= 0.99  # 1.000 (0.862 at first sight, 0.900)
    assert scores.statements.f1 >= 0.97  # 0.977 (0.944)
    assert scores.quotes.f1 >= 0.98  # 0.989 (0.977)
    assert scores.attribution.f1 >= 0.99  # 1.000 (0.977)
    assert scores.incidents.f1 >= 0.86  # 0.870 (0.583 at first sight, 0.667)
    # 0.964 (0.955 at first sight, 0.946 when retired: the weekday read inside "last week"
    # now leaves a reporting verb's weekday alone, "..., the ministry said on Thursday")
    assert scores.dates.f1 >= 0.96
    # the Source figures after the sixteenth session's survey of bylines and dates (head16)
    assert scores.outlet.f1 == 1.0  # 0.875 at the fifteenth session's end
    assert scores.headline.f1 == 1.0  # 0.583 (0.500 at first sight)
    assert scores.authors.f1 == 1.0  # 0.818 (0.727 at first sight)
    assert scores.agencies.f1 == 1.0  # 1.000
    assert scores.published.f1 == 1.0  # 0.667


def test_fifteenth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The fifteenth set (check14, written blind on 2026-11-24) keeps the figures measured on it.

    Blind through the sixteenth session (its README), development data since the
    seventeenth: its failures give classes.  The extraction floors are its figures after the
    seventeenth session's classes (fix17); the Source floors its figures at the sixteenth
    session's end; a change that makes it worse must say why.
    """
    check14 = BLIND / "check14"
    scores = evaluate(check14 / "gold", check14 / "articles").scores
    # the seventeenth session's classes (fix17), read from its failures on sentences of our own
    assert scores.meetings.f1 >= 0.95  # 0.959 (0.849 at first sight, 0.865 when retired)
    assert scores.meetings_strict.f1 >= 0.93  # 0.931 (0.767 at first sight, 0.784)
    assert scores.meeting_when.f1 >= 0.96  # 0.970 (0.935 at first sight, 0.938)
    assert scores.meeting_place.f1 >= 0.96  # 0.970 (0.935 at first sight, 0.938)
    assert scores.statements.f1 >= 0.94  # 0.947 (0.863 at first sight, 0.863)
    assert scores.quotes.f1 >= 1.00  # 1.000 (1.000 at first sight)
    assert scores.attribution.f1 >= 0.97  # 0.978 (0.891 at first sight, 0.891)
    assert scores.incidents.f1 >= 0.89  # 0.897 (0.500 at first sight, 0.500)
    assert scores.dates.f1 >= 0.94  # 0.948 (0.935 at first sight, 0.935)
    # the Source figures after the seventeenth session's survey of copy paths and page lines
    # (head17; 0.667 / 0.750 / 0.909 / 0.833 / 0.750 at the sixteenth session's end), then its
    # second round (fix17: mastheads in capitals, an agency's banner, dashed and courtesy
    # credits; 0.778 / 0.917 / 1.000 / 0.833 / 0.917 before it)
    assert scores.outlet.f1 >= 0.88  # 0.889 (0.556 at first sight)
    assert scores.headline.f1 == 1.0  # 1.000 (0.667 at first sight)
    assert scores.authors.f1 == 1.0  # 1.000 (0.909 at first sight)
    assert scores.agencies.f1 == 1.0  # 1.000 (0.833 at first sight)
    assert scores.published.f1 == 1.0  # 1.000 (0.667 at first sight)


def test_sixteenth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The sixteenth set (check15, written blind on 2026-11-24) keeps the figures measured on it.

    Blind through the seventeenth session, development data since the eighteenth.  These
    floors are its figures at the seventeenth session's end, those of incidents,
    statements and the Source fields raised after its classes were read (eighteenth session,
    cls18b), those of meetings after its meeting classes (eighteenth session, cls18a, read
    from its failures, tests on sentences of our own); a change that makes it worse must say
    why.
    """
    check15 = BLIND / "check15"
    scores = evaluate(check15 / "gold", check15 / "articles").scores
    # the meeting classes (cls18a; 0.732 / 0.592 / 0.923 / 0.846 before them)
    assert scores.meetings.f1 >= 1.000  # 1.000 after its classes (0.722 at first sight)
    assert scores.meetings_strict.f1 >= 1.000  # 1.000 after its classes (0.583 at first sight)
    assert scores.meeting_when.f1 >= 1.000  # 1.000 after its classes (0.923 at first sight)
    assert scores.meeting_place.f1 >= 1.000  # 1.000 after its classes (0.846 at first sight)
    assert scores.statements.f1 >= 0.971  # 0.972 after its classes (0.935 at first sight)
    assert scores.quotes.f1 >= 1.00  # 1.000 (1.000 at first sight)
    assert scores.attribution.f1 >= 1.00  # 1.000 after its classes (0.962 at first sight)
    assert scores.incidents.f1 >= 0.965  # 0.966 after its classes (0.667 at first sight)
    assert scores.dates.f1 >= 0.94  # 0.942 (0.942 at first sight)
    assert scores.outlet.f1 >= 1.00  # 1.000 after its classes (0.556 at first sight)
    assert scores.headline.f1 >= 1.00  # 1.000 after its classes (0.583 at first sight)
    assert scores.authors.f1 >= 1.00  # 1.000 after its classes (0.727 at first sight)
    assert scores.agencies.f1 >= 0.916  # 0.917 after its classes (0.583 at first sight)
    assert scores.published.f1 >= 1.00  # 1.000 after its classes (0.583 at first sight)


def test_seventeenth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The seventeenth set (check16, written blind on 2026-11-25) keeps the figures measured on it.

    Blind through the eighteenth session, development data since the nineteenth.  These
    floors are its figures after its own classes were read in the nineteenth session
    (meetings cls19a, statements cls19b, incidents cls19c, Source fields src19, dates; tests
    on sentences of our own); a change that makes it worse must say why.
    """
    check16 = BLIND / "check16"
    scores = evaluate(check16 / "gold", check16 / "articles").scores
    assert scores.meetings.f1 >= 0.96  # 0.964 (0.805 at first sight)
    assert scores.meetings_strict.f1 >= 0.91  # 0.916 (0.779 at first sight)
    assert scores.meeting_when.f1 >= 0.97  # 0.975 (1.000 at first sight)
    assert scores.meeting_place.f1 >= 0.95  # 0.950 (0.968 at first sight)
    assert scores.statements.f1 >= 0.97  # 0.976 (0.876 at first sight)
    assert scores.quotes.f1 >= 1.00  # 1.000 (0.950 at first sight)
    assert scores.attribution.f1 >= 0.98  # 0.984 (0.930 at first sight)
    assert scores.incidents.f1 >= 1.00  # 1.000 (0.857 at first sight)
    assert scores.dates.f1 >= 0.94  # 0.947 (0.943 at first sight)
    assert scores.outlet.f1 >= 1.00  # 1.000 (0.556 at first sight)
    assert scores.headline.f1 >= 1.00  # 1.000 (0.667 at first sight)
    assert scores.authors.f1 >= 1.00  # 1.000 (1.000 at first sight)
    assert scores.agencies.f1 >= 1.00  # 1.000 (0.833 at first sight)
    assert scores.published.f1 >= 1.00  # 1.000 (0.667 at first sight)


def test_eighteenth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The eighteenth set (check17, written blind on 2026-11-25) keeps the figures measured on it.

    Blind through the nineteenth session, development data since the twentieth.  These floors
    are its figures after the twentieth session's classes of it (tests/test_*check17*.py); a
    change that makes it worse must say why.  Place fell from 1.000 as 16 more meetings were
    found, two of them placed in a part of their city ("Washington" for "Washington, D.C.",
    a park).
    """
    check17 = BLIND / "check17"
    scores = evaluate(check17 / "gold", check17 / "articles").scores
    assert scores.meetings.f1 >= 0.96  # 0.965 (0.657 at first sight)
    assert scores.meetings_strict.f1 >= 0.91  # 0.918 (0.571 at first sight)
    assert scores.meeting_when.f1 >= 1.00  # 1.000 (0.870 at first sight)
    assert scores.meeting_place.f1 >= 0.95  # 0.951 (1.000 at first sight)
    assert scores.statements.f1 >= 0.93  # 0.936 (0.761 at first sight)
    assert scores.quotes.f1 >= 1.00  # 1.000 (0.941 at first sight)
    assert scores.attribution.f1 >= 1.00  # 1.000 (0.875 at first sight)
    assert scores.incidents.f1 >= 0.97  # 0.976 (0.615 at first sight)
    assert scores.dates.f1 >= 0.95  # 0.952 (0.916 at first sight)
    assert scores.outlet.f1 >= 1.00  # 1.000 (0.667 at first sight)
    assert scores.headline.f1 >= 1.00  # 1.000 (0.667 at first sight)
    assert scores.authors.f1 >= 1.00  # 1.000 (0.909 at first sight)
    assert scores.agencies.f1 >= 1.00  # 1.000 (0.750 at first sight)
    assert scores.published.f1 >= 1.00  # 1.000 (0.833 at first sight)


def test_sample19a_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample19a (who met whom, with the name forms of world news) holds.

    Written by the sample19a helper before it read the rules and measured once (meetings
    0.639, statements 0.679); its classes were then fixed with tests on sentences of our own
    (tests/test_meetings_names19.py, tests/test_statements_classes19s.py).  These floors are
    its figures at the nineteenth session's end.
    """
    sample = BLIND / "sample19a"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.82  # 0.829 since the 23rd session (0.815)
    assert scores.meetings_strict.f1 >= 0.53  # 0.537 since the 23rd session (0.494)
    assert scores.meeting_when.f1 >= 0.73  # 0.735 since the 23rd session (0.727)
    assert scores.meeting_place.f1 >= 0.79  # 0.794 since the 23rd session (0.758)
    assert scores.statements.f1 >= 0.82  # 0.821 since the 23rd session (0.786)
    assert scores.quotes.f1 >= 1.00  # 1.000
    assert scores.attribution.f1 >= 0.88  # 0.885 since the 23rd session (0.846)
    assert scores.dates.f1 >= 0.93  # 0.938
    assert scores.outlet.f1 >= 1.00  # 1.000
    assert scores.headline.f1 >= 1.00  # 1.000
    assert scores.authors.f1 >= 1.00  # 1.000
    assert scores.agencies.f1 >= 0.50  # 0.500
    assert scores.published.f1 >= 0.83  # 0.833


def test_sample21b_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample21b (incidents that frame the talks, and their dates) holds.

    Written by the sample21b helper before it read the rules and measured once (incidents
    0.414, dates 0.863); its classes were then fixed with tests on sentences of our own
    (tests/test_incidents_sample21b.py, tests/test_dates_sample21b.py).  These floors are its
    figures at the twenty-first session's end.
    """
    sample = BLIND / "sample21b"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.70  # 0.700 (0.700 at first sight)
    assert scores.meetings_strict.f1 >= 0.70  # 0.700 (0.700 at first sight)
    assert scores.meeting_when.f1 >= 1.00  # 1.000 (1.000 at first sight)
    assert scores.meeting_place.f1 >= 1.00  # 1.000 (1.000 at first sight)
    assert scores.statements.f1 >= 0.90  # 0.905 since the 22nd session (0.850 at first sight)
    assert scores.quotes.f1 >= 1.00  # 1.000 since the 22nd session (0.895 at first sight)
    # (0.950 since the twenty-second session: paragraphs indented by two spaces are read whole,
    # so a quotation of a summoned envoy's paragraph is found, its unnamed teller not; the
    # statements rose to 0.905, the quotes to 1.000)
    assert scores.attribution.f1 >= 0.95  # 1.000 (1.000 at first sight)
    assert scores.incidents.f1 >= 0.82  # 0.824 since the 22nd session (0.414 at first sight)
    assert scores.dates.f1 >= 0.88  # 0.886 since the 23rd session (0.871 (0.863 at first sight))
    assert scores.outlet.f1 >= 1.00  # 1.000 since the 22nd session (0.800 at first sight)
    assert scores.headline.f1 >= 1.00  # 1.000 since the 22nd session (0.833 at first sight)
    assert scores.authors.f1 >= 1.00  # 1.000 since the 22nd session (0.833 at first sight)
    assert scores.agencies.f1 >= 0.83  # 0.833 since the 22nd session (0.667 at first sight)
    assert scores.published.f1 >= 1.00  # 1.000 since the 22nd session (0.833 at first sight)


def test_sample20b_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample20b (who said what; Source fields of unknown pages) holds.

    Written by the sample20b helper before it read the rules and measured once (statements
    0.636, authors, agencies and published 0.500); its classes were then fixed with tests on
    texts of our own (tests/test_statements_cased_transcripts.py,
    tests/test_statements_home_town.py, tests/test_actors_fronted_possessive.py,
    tests/test_actors_slash_titles.py, tests/test_actors_group_noun_again.py,
    tests/test_sources_foot_and_stamps.py, tests/test_meetings_called_in_and_separately.py).
    These floors are its figures at the twentieth session's end.
    """
    sample = BLIND / "sample20b"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.93  # 0.933 (0.786 at first sight)
    assert scores.meetings_strict.f1 >= 0.53  # 0.533 (0.357 at first sight)
    assert scores.meeting_when.f1 >= 0.85  # 0.857 (0.818 at first sight)
    assert scores.meeting_place.f1 >= 0.64  # 0.643 (0.545 at first sight)
    assert scores.statements.f1 >= 0.89  # 0.898 (0.636 at first sight)
    assert scores.quotes.f1 >= 0.95  # 0.958 (0.861 at first sight)
    assert scores.attribution.f1 >= 0.95  # 0.957 (0.757 at first sight)
    assert scores.incidents.f1 >= 0.54  # 0.545 (0.545 at first sight)
    # (src21: a sidebar's and a live summary's dates, "on a Saturday", a midday briefing)
    assert scores.dates.f1 >= 0.93  # 0.939 (0.891 at first sight)
    assert scores.outlet.f1 >= 1.00  # 1.000 (0.833 at first sight)
    assert scores.headline.f1 >= 1.00  # 1.000 (0.800 at first sight)
    # (src21: a desk in capitals before its stamp; an interview's own staff reporter)
    assert scores.authors.f1 >= 1.00  # 1.000 (0.500 at first sight, 0.667 at session 20's end)
    assert scores.agencies.f1 >= 0.83  # 0.833 (0.500 at first sight)
    assert scores.published.f1 >= 1.00  # 1.000 (0.500 at first sight)


def test_sample19b_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample19b (incidents that frame the talks) holds.

    Written by the sample19b helper before it read the rules and measured once (incidents
    0.692, statements 0.794); its classes were then fixed with tests on sentences of our own
    (tests/test_incidents_classes19s.py, tests/test_statements_classes19s.py).  These floors
    are its figures at the nineteenth session's end.
    """
    sample = BLIND / "sample19b"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.94  # 0.947 since the 23rd session (0.919)
    assert scores.meetings_strict.f1 >= 0.78  # 0.789 since the 23rd session (0.703)
    assert scores.meeting_when.f1 >= 0.88  # 0.889 since the 23rd session (0.824)
    assert scores.meeting_place.f1 >= 0.94  # 0.941
    assert scores.statements.f1 >= 0.84  # 0.849
    assert scores.quotes.f1 >= 0.98  # 0.986
    assert scores.attribution.f1 >= 0.88  # 0.886
    assert scores.incidents.f1 >= 0.87  # 0.880 since the 23rd session (0.769)
    assert scores.dates.f1 >= 0.94  # 0.949
    assert scores.outlet.f1 >= 0.80  # 0.800
    assert scores.headline.f1 >= 0.83  # 0.833
    assert scores.authors.f1 >= 1.00  # 1.000
    assert scores.agencies.f1 >= 0.83  # 0.833
    assert scores.published.f1 >= 0.83  # 0.833


def test_sample20a_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample20a (meetings told inside longer news stories) holds.

    Written by the sample20a helper before it read the rules and measured once (meetings
    0.723, P 0.81, R 0.65; statements 0.864); its classes were then fixed with tests on
    sentences of our own (tests/test_meetings_sample20a_classes.py).  These floors are its
    figures at the twentieth session's samp20a branch.
    """
    sample = BLIND / "sample20a"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 1.00  # 1.000 (0.723 at first sight)
    assert scores.meetings_strict.f1 >= 0.92  # 0.923 (0.511 at first sight)
    assert scores.meeting_when.f1 >= 1.00  # 1.000 (0.882 at first sight)
    assert scores.meeting_place.f1 >= 0.92  # 0.923 (0.765 at first sight)
    assert scores.statements.f1 >= 0.86  # 0.864 (0.864 at first sight)
    assert scores.quotes.f1 >= 1.00  # 1.000 (1.000 at first sight)
    assert scores.attribution.f1 >= 0.90  # 0.905 (0.905 at first sight)
    # (src21: "next Thursday" written on a Wednesday)
    assert scores.incidents.f1 >= 0.99  # 1.000 since the 23rd session (0.000 at first sight)
    assert scores.dates.f1 >= 0.98  # 0.981 (0.962 at first sight)
    # (src21: an information service; a footer's paper over a site brand)
    assert scores.outlet.f1 >= 1.00  # 1.000 (0.600 at first sight)
    assert scores.headline.f1 >= 1.00  # 1.000 (1.000 at first sight)
    assert scores.authors.f1 >= 1.00  # 1.000 (1.000 at first sight)
    # (src21: a picture agency named by its web address)
    assert scores.agencies.f1 >= 1.00  # 1.000 (0.833 at first sight)
    assert scores.published.f1 >= 1.00  # 1.000 (1.000 at first sight)


def test_sample16b_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample16b (agency wire copy, 1969-2026) holds.

    Its six items are agency copy as clients and archives receive it: teleprinter copy in
    capitals, a 1990s data feed with slugs and priority lines, a corrected and updated wire
    story with bullets, and the web copy of African, Asian and Gulf agencies.

    Written by the sample16b helper before it read the rules and measured once (meetings
    0.744, P 0.842, R 0.667; headline 0.333; agencies 0.667: its README), then read for
    classes (calls received by each of two people, a day qualified before a caller, two
    people welcoming a thing, a rank after a lower-case office of a named country, a place in
    a "since" clause, teleprinter control lines, data-feed marks and stamps, notes to the
    agency's clients, chained wire tags, bullets over the dateline, agency/photographer
    captions, agency banners, a date and a byline on one line), each checked on sentences and
    pages of other countries and agencies in tests/test_meetings_sample16b_classes.py,
    tests/test_actors_sample16b_classes.py and tests/test_sources_sample16b.py; then for
    three of its README's leftovers (a state agency named in full after its country, a
    shootdown's day and its retelling, the owner of an accepted invitation to a meeting:
    tests/test_residuals_sample16b.py).  These floors are its figures after those rules.
    """
    sample = BLIND / "sample16b"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.97  # 0.980 (back-off, recall21; 0.936 before); 0.744 first
    assert scores.meetings_strict.f1 >= 0.81  # 0.816 (0.723 before recall21); 0.512 at first
    assert scores.meeting_when.f1 >= 0.80  # 0.809
    assert scores.meeting_place.f1 >= 0.95  # 0.950; 0.875 at first sight
    assert scores.statements.f1 >= 0.92  # 0.923; 0.821 at first sight
    assert scores.quotes.f1 == 1.0
    assert scores.attribution.f1 >= 0.94  # 0.947; 0.842 at first sight
    assert scores.incidents.f1 >= 0.89  # 0.900
    assert scores.dates.f1 >= 0.96  # 0.968; 0.961 at first sight
    assert scores.outlet.f1 == 1.0  # no outlet in the gold (agency copy)
    assert scores.headline.f1 == 1.0  # 0.333 at first sight
    assert scores.authors.f1 == 1.0  # 0.667 at first sight
    assert scores.agencies.f1 == 1.0  # 0.667 at first sight
    assert scores.published.f1 == 1.0  # 0.667 at first sight


def test_sample17c_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample17c (statements and incidents, 2000-2025) holds.

    Its six items carry the genres that hold most statements and incidents: a Security
    Council session with seven speakers, summit sidelines, a joint news conference, a coast
    guard's press release, a peacekeeping force's tripartite meeting and violations, and a
    2000 archive page of proximity talks framed by an air raid.

    Written by the sample17c helper before it read the rules and measured once (meetings
    0.824, P 0.933, R 0.737; incidents 0.615; dates 0.869: its README), then read for classes
    (small rotor drones shot down, a loose count of rounds fired at a target, counted airspace
    violations on a day, mock raids over a land, guests received one after another, two
    sides' officers met through their delegations' heads named after, a link's
    label read as a dateline, a byline's filing city as "here", an office's holder in
    apposition speaking after "saying", "-ed" adjectives after a preposition and nouns after
    a possessive read as tense cues, a folio with a section before its page), each checked on
    sentences of other countries in tests/test_incidents_sample17c.py,
    tests/test_meetings_sample17c_classes.py, tests/test_statements_sample17c.py,
    tests/test_dates_sample17c.py and tests/test_sources_sample17c.py.  These floors are its
    figures after those rules.
    """
    sample = BLIND / "sample17c"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.91  # 0.914 (P 1.000, R 0.842); 0.824 at first sight
    assert scores.meetings_strict.f1 >= 0.68  # 0.686; 0.588 at first sight
    # ("Before the session, A, B and C met": the session the lede tells, on its day)
    assert scores.meeting_when.f1 >= 0.93  # 0.938; 0.857 at first sight
    # the tripartite meeting found by its heads loses its city to a venue told after it
    assert scores.meeting_place.f1 >= 0.81  # 0.812; 0.857 at first sight
    assert scores.statements.f1 >= 0.97  # 0.971; 0.952 at first sight
    assert scores.quotes.f1 == 1.0
    assert scores.attribution.f1 >= 0.98  # 0.981; 0.962 at first sight
    # (a count over a month, "211 violations ... in February", is a tally by the rules)
    assert scores.incidents.f1 >= 0.86  # 0.867 since the 23rd session (0.759; 0.615 at first sight)
    assert scores.dates.f1 >= 0.90  # 0.902; 0.869 at first sight
    assert scores.outlet.f1 == 1.0
    assert scores.headline.f1 == 1.0  # 0.833 at first sight
    assert scores.authors.f1 == 1.0
    assert scores.agencies.f1 == 1.0
    assert scores.published.f1 == 1.0  # 0.833 at first sight


def test_sample17b_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample17b (protocol news, 1978-2025) holds.

    Its six items are protocol news as presidencies, parliaments, state agencies and
    government-run media publish it in English: a presidency's page, a party and state
    agency's wire, a Gulf daily's credentials ceremony, a 1978 agency bulletin, a public
    broadcaster's agency on a sister-state visit, a parliament's delegation on a state wire.

    Written by the sample17b helper before it read the rules and measured once (meetings
    0.293, P 0.43, R 0.22: its README), then read for classes (the venue and day before the
    guest, delegations led by their head, "attended by" / "Present at the reception were",
    offices named after a town or legislature, two long offices joined by "and", a bare
    office that is no deputy, a delegation subject after a time or a passive clause, "the
    governors", credentials ceremonies, a party office before the guest's office, working
    sessions, archives' older city names, a "where" clause's date past a relative clause, a
    Hijri date closing a date line, a day-first "/AGENCY/" credit), each checked on sentences
    of other countries in tests/test_meetings_protocol17.py and tests/test_sources_protocol17.py.
    These floors are its figures after those rules.
    """
    sample = BLIND / "sample17b"
    scores = evaluate(sample / "gold", sample / "articles").scores
    # 0.893 at the end of phase 2; 0.926 with the greeters and the envoy's invitation,
    # tested in test_meetings_protocol17b.py
    # was 0.92: 0.926 (P 0.926, R 0.926); 0.293 at first sight
    assert scores.meetings.f1 >= 0.98  # 0.982 since the 23rd session (floor was 0.92)
    # was 0.85: 0.852; 0.195 at first sight
    assert scores.meetings_strict.f1 >= 0.90  # 0.909 since the 23rd session (floor was 0.85)
    assert scores.meeting_when.f1 >= 0.92  # 0.920; 0.667 at first sight
    assert scores.meeting_place.f1 == 1.0
    assert scores.statements.f1 >= 0.94  # 0.941
    assert scores.quotes.f1 == 1.0
    assert scores.attribution.f1 >= 0.94  # 0.941
    assert scores.incidents.f1 == 1.0  # none in the gold, none found
    assert scores.dates.f1 >= 0.98  # 0.987
    assert scores.outlet.f1 >= 0.33  # 0.333
    assert scores.headline.f1 >= 0.83  # 0.833; 0.667 at first sight
    assert scores.authors.f1 >= 0.83  # 0.833
    assert scores.agencies.f1 == 1.0  # 0.667 at first sight
    assert scores.published.f1 >= 0.83  # 0.833; 0.667 at first sight


def test_sample17a_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample17a (formats other than the story, 1999-2025) holds.

    Its six items carry diplomacy as readers copy it from other formats: a live blog newest
    first with key events and a recap, a broadcast programme's transcript with speaker
    turns, a morning newsletter's digest, a radio station's web copy, an explainer in
    questions and answers, and a photo gallery's captions with credit lines.

    Written by the sample17a helper before it read the rules and measured once (meetings
    0.619, P 0.722, R 0.542; statements 0.760; outlet 0.500; agencies 0.667: its README),
    then read for classes (a programme transcript's turns and air date, labelled photo
    credit lines, a section in the <title>, a known outlet's long name in a copyright line,
    named military formations as speakers, "the two prime ministers", dates and meetings of
    "since" clauses, a timetable's simple present, "sees" a person, an office with its
    portfolio after it, "a round of talks between", two people who "agreed in" a place, a
    newsletter's writer sentence), each
    checked on texts of other countries and outlets in tests/test_sample17a_classes.py.
    These floors are its figures after those rules.
    """
    sample = BLIND / "sample17a"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.82  # 0.826 (P 0.864, R 0.792); 0.619 at first sight
    # (0.681 since the twentieth session: one more meeting found, "tomorrow, when the two prime
    # ministers hold talks at the Governor's House here", its people and day right, its place
    # read as the venue told before it, not the dateline's city)
    assert scores.meetings_strict.f1 >= 0.68  # 0.681; 0.476 at first sight
    assert scores.meeting_when.f1 >= 0.94  # 0.947; 0.846 at first sight
    # (0.850 since the twentieth session: the meeting found there, placed at the venue before)
    assert scores.meeting_place.f1 >= 0.85  # 0.850; 0.923 at first sight (fewer matched)
    assert scores.statements.f1 >= 0.86  # 0.868; 0.760 at first sight
    assert scores.quotes.f1 == 1.0  # 0.930 at first sight
    assert scores.attribution.f1 == 1.0  # 0.950 at first sight
    assert scores.incidents.f1 >= 0.76  # 0.769 (shelling re-annotated as in earlier sets)
    assert scores.dates.f1 >= 0.92  # 0.921; 0.914 at first sight
    assert scores.outlet.f1 >= 0.83  # 0.833; 0.500 at first sight
    assert scores.headline.f1 == 1.0
    assert scores.authors.f1 == 1.0  # 0.833 at first sight
    assert scores.agencies.f1 >= 0.83  # 0.833; 0.667 at first sight
    assert scores.published.f1 == 1.0  # 0.833 at first sight


def test_sample17d_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample17d (economic and trade diplomacy, 1986-2025) holds.

    Its six items are the business press: a markets wire's flash and update, a business
    daily's HTML page on a state visit's deals, a 1986 business page, a shipping trade
    paper on a tanker seizure, a regional business weekly on a joint commission and a trade
    ministry's readout.  Written by the sample17d helper before it read the rules and
    measured once (meetings 0.706, P 0.857, R 0.600; strict 0.529: its README), then read for
    classes (economic portfolios and ministries of several portfolios, a weekday's bare day
    in brackets, "the two presidents" when none were told, central bank governors), each
    checked on sentences of other countries in tests/test_sample17d_classes.py.  These
    floors are its figures after those rules.
    """
    sample = BLIND / "sample17d"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.79  # 0.800; 0.706 at first sight
    assert scores.meetings_strict.f1 >= 0.62  # 0.629; 0.529 at first sight
    assert scores.meeting_when.f1 >= 0.78  # 0.786; 0.750 at first sight
    assert scores.meeting_place.f1 >= 0.92  # 0.929; 0.917 at first sight
    assert scores.statements.f1 >= 0.70  # 0.706 (0.706 at first sight)
    assert scores.quotes.f1 >= 0.96  # 0.970
    assert scores.attribution.f1 >= 0.75  # 0.750
    assert scores.dates.f1 >= 0.93  # 0.936
    assert scores.outlet.f1 == 1.0
    assert scores.headline.f1 >= 0.83  # 0.833
    assert scores.authors.f1 == 1.0
    assert scores.agencies.f1 == 1.0
    assert scores.published.f1 == 1.0


def test_meeting_date_place_survey_holds_its_floor() -> None:
    """
    The meet16 survey of how a meeting's date and place are told keeps its figures.

    tests/corpus_survey/meet16 holds 96 passages of our own; the floors are its figures at
    the end of the session that wrote it.
    """
    survey = CORPUS.parent / "corpus_survey" / "meet16"
    scores = evaluate(survey / "gold", survey / "articles").scores
    assert scores.meetings.f1 >= 0.98  # 0.962 when written
    assert scores.meetings_strict.f1 >= 0.96  # 0.967 (0.958 before dedup17); 0.905 written
    assert scores.meeting_when.f1 >= 0.99  # 0.980 when written
    assert scores.meeting_place.f1 >= 0.98  # 0.960 when written


def test_meeting_recall_survey_holds_its_floor() -> None:
    """
    The meet18 survey of how news tells that a meeting happened keeps its figures.

    tests/corpus_survey/meet18 holds 87 passages of our own (17 with no meeting); the floors
    are its figures at the end of the session that wrote it.
    """
    survey = CORPUS.parent / "corpus_survey" / "meet18"
    scores = evaluate(survey / "gold", survey / "articles").scores
    assert scores.meetings.f1 == 1.0  # 0.904 when written (recall 0.857)
    assert scores.meetings_strict.f1 >= 0.935  # 0.935; 0.863 when written
    assert scores.meeting_when.f1 >= 0.961  # 0.961; 0.970 when written
    assert scores.meeting_place.f1 >= 0.961  # 0.961; 0.970 when written


def test_incident_survey_holds_its_floor() -> None:
    """
    The inc18 survey of how incidents are told keeps its figures.

    tests/corpus_survey/inc18 holds 73 passages of our own (55 telling incidents of every
    kind, 18 look-alikes); the floors are its figures after the leftovers' session (0.868 /
    0.831 / 0.849 at the end of the session that wrote it).
    """
    survey = CORPUS.parent / "corpus_survey" / "inc18"
    scores = evaluate(survey / "gold", survey / "articles").scores
    assert scores.incidents.precision >= 0.899  # 0.667 when written
    assert scores.incidents.recall >= 0.886  # 0.620 when written
    assert scores.incidents.f1 >= 0.893  # 0.642 when written


def test_nineteenth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The nineteenth set (check18, written blind on 2026-11-25) keeps the figures measured on it.

    Blind through the twentieth session, development data since the twenty-first.  These
    floors are its figures at first sight (the twentieth session's start); a change that makes
    it worse must say why.
    """
    check18 = BLIND / "check18"
    scores = evaluate(check18 / "gold", check18 / "articles").scores
    # (the twenty-first session read its meetings' classes: wrapped print paragraphs,
    # Hansard turn labels, "then-" offices, attendees, bodies' principals, ...)
    assert scores.meetings.f1 >= 0.97  # 0.976 after its classes (0.627 at first sight)
    assert scores.meetings_strict.f1 >= 0.92  # 0.927 after its classes (0.567 at first sight)
    assert scores.meeting_when.f1 >= 0.95  # 0.950 after its classes (0.905 at first sight)
    # (20 of 21 matched meetings placed right at first sight; 21 of 23 after the twentieth
    # session read archive pages' column paragraphs whole; 39 of 40 after its classes)
    assert scores.meeting_place.f1 >= 0.97  # 0.975 (0.952 at first sight)
    assert scores.statements.f1 >= 0.93  # 0.936 (stmt21); 0.809 at first sight
    assert scores.quotes.f1 >= 0.98  # 0.989 (stmt21); 0.943 at first sight
    assert scores.attribution.f1 >= 0.97  # 0.978 (stmt21); 0.878 at first sight
    # was 0.69: 0.692 (stmt21); 0.588 at first sight
    assert scores.incidents.f1 >= 0.80  # 0.808 since the 23rd session (floor was 0.69)
    # (src21: "last week Thursday", "Saturday last, 4th July" one date each)
    assert scores.dates.f1 >= 0.93  # 0.932 (0.921 at first sight, 0.925 at session 20's end)
    assert scores.outlet.f1 >= 1.00  # 1.000 at first sight
    # (src21: a print title in capitals over its deck)
    assert scores.headline.f1 >= 1.00  # 1.000 (0.727 at first sight)
    # (src21: a stamp with its byline after it, the job after a dash cut)
    assert scores.authors.f1 >= 1.00  # 1.000 (0.909 at first sight)
    # (one photo "courtesy of the Ministry of Foreign Affairs" is an agency in this gold, no
    # agency in the eight other golds crediting a ministry's handout)
    assert scores.agencies.f1 >= 0.91  # 0.917 (0.833 at first sight)
    # (src21: that stamp's date; a Hansard's date line with "8TH JULY")
    assert scores.published.f1 >= 1.00  # 1.000 (0.833 at first sight)


def test_twentieth_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The twentieth set (check19, written blind on 2026-11-25) keeps the figures measured on it.

    Blind through the twenty-first session, development data since the twenty-second.  These
    floors are its figures after the twenty-second session's classes (tests of our own), with
    its figures at first sight (the twenty-first session's start) beside them; a change that
    makes it worse must say why.
    """
    check19 = BLIND / "check19"
    scores = evaluate(check19 / "gold", check19 / "articles").scores
    assert scores.meetings.f1 >= 0.84  # 0.841 after its classes (0.656 at first sight)
    # was 0.72: 0.725 after its classes (0.531 at first sight)
    assert scores.meetings_strict.f1 >= 0.75  # 0.754 since the 23rd session (floor was 0.72)
    # was 0.93: 0.931 after its classes (0.905 at first sight)
    assert scores.meeting_when.f1 >= 0.96  # 0.966 since the 23rd session (floor was 0.93)
    assert scores.meeting_place.f1 >= 0.89  # 0.897 after its classes (0.857 at first sight)
    assert scores.statements.f1 >= 0.83  # 0.833 since the 22nd session (0.792 at first sight)
    assert scores.quotes.f1 >= 0.97  # 0.979 since the 22nd session (0.957 at first sight)
    assert scores.attribution.f1 >= 0.86  # 0.870 since the 22nd session (0.844 at first sight)
    assert scores.incidents.f1 >= 0.97  # 0.980 since the 23rd session (0.652 at first sight)
    assert scores.dates.f1 >= 0.92  # 0.929 since the 22nd session (0.907 at first sight)
    assert scores.outlet.f1 >= 0.88  # 0.889 at first sight
    assert scores.headline.f1 >= 1.00  # 1.000 since the 22nd session (0.545 at first sight)
    assert scores.authors.f1 >= 1.00  # 1.000 since the 22nd session (0.818 at first sight)
    assert scores.agencies.f1 >= 0.91  # 0.917 since the 22nd session (0.750 at first sight)
    assert scores.published.f1 >= 0.91  # 0.917 since the 22nd session (0.833 at first sight)


def test_sample21a_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample21a (diplomatic diaries dense in meetings) keeps its figures.

    Written on 2026-11-25 before its author read the rules; its meetings were held out in the
    twenty-first session (no class read from them), its classes read in the twenty-second.
    These floors are its figures after those classes, with its figures at first sight beside
    them; a change that makes it worse must say why.
    """
    sample = BLIND / "sample21a"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.82  # 0.824 after its classes (0.684 at first sight)
    assert scores.meetings_strict.f1 >= 0.72  # 0.729 after its classes (0.526 at first sight)
    assert scores.meeting_when.f1 >= 0.91  # 0.914 after its classes (0.846 at first sight)
    assert scores.meeting_place.f1 >= 0.97  # 0.971 after its classes (0.923 at first sight)
    assert scores.statements.f1 >= 0.97  # 0.971 since the 22nd session (0.882 at first sight)
    assert scores.quotes.f1 >= 1.00  # 1.000 since the 22nd session (0.970 at first sight)
    assert scores.attribution.f1 >= 1.00  # 1.000 since the 22nd session (0.938 at first sight)
    assert scores.dates.f1 >= 0.96  # 0.969 since the 22nd session (0.906 at first sight)
    assert scores.outlet.f1 >= 1.00  # 1.000 since the 22nd session (0.800 at first sight)
    assert scores.headline.f1 >= 1.00  # 1.000 since the 22nd session (0.833 at first sight)
    assert scores.authors.f1 >= 1.00  # 1.000 since the 22nd session (0.833 at first sight)
    assert scores.agencies.f1 >= 1.00  # 1.000 at first sight
    assert scores.published.f1 >= 0.83  # 0.833 since the 22nd session (0.667 at first sight)


def test_sample22b_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample22b (meetings whose people are told away) keeps its figures.

    Written on 2026-11-25 before its author read the rules; its meetings are held out in the
    twenty-second session (no class read from them); its statements, dates and Source fields
    were read for classes.  These floors are its figures after those classes, with its figures
    at first sight beside them; a change that makes it worse must say why.
    """
    sample = BLIND / "sample22b"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.68  # 0.689 since the 23rd session's cast (0.533 at first)
    assert scores.meetings_strict.f1 >= 0.52  # 0.525 since the cast (0.367 at first sight)
    assert scores.meeting_when.f1 >= 0.76  # 0.762 since the cast (0.688 at first sight)
    # 0.905 since the cast (0.938 at first sight): a return visit's "talks with his host",
    # read as held, was an extra record with the wrong host and is now the right pair, so it
    # matches the pair's talks in the host's capital (a record not read) and counts a place there
    assert scores.meeting_place.f1 >= 0.90
    assert scores.statements.f1 >= 0.94  # 0.947 since the 22nd session (0.800 at first sight)
    assert scores.quotes.f1 >= 1.00  # 1.000 since the 22nd session (0.909 at first sight)
    assert scores.attribution.f1 >= 1.00  # 1.000 since the 22nd session (0.933 at first sight)
    assert scores.dates.f1 >= 0.97  # 0.977 since the 23rd session (0.947 at first sight)
    assert scores.outlet.f1 >= 1.00  # 1.000 since the 22nd session (0.833 at first sight)
    assert scores.headline.f1 >= 1.00  # 1.000 since the 22nd session (0.833 at first sight)
    assert scores.authors.f1 >= 1.00  # 1.000 since the 22nd session (0.833 at first sight)
    assert scores.agencies.f1 >= 1.00  # 1.000 since the 23rd session (0.833 at first sight)
    assert scores.published.f1 >= 1.00  # 1.000 since the 22nd session (0.833 at first sight)


def test_sample22a_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample22a (who said what, and the page around it) keeps its figures.

    Written on 2026-11-25 before its author read the rules; its classes were fixed in the
    twenty-second session with tests of our own.  These floors are its figures after those
    classes, with its figures at first sight beside them; a change that makes it worse must say
    why.
    """
    sample = BLIND / "sample22a"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.71  # 0.714 at first sight
    assert scores.meetings_strict.f1 >= 0.42  # 0.429 at first sight
    assert scores.meeting_when.f1 >= 0.80  # 0.800 at first sight
    assert scores.meeting_place.f1 >= 0.80  # 0.800 at first sight
    assert scores.statements.f1 >= 0.87  # 0.879 since the 23rd session (0.618 at first sight)
    assert scores.quotes.f1 >= 0.92  # 0.921 since the 22nd session (0.862 at first sight)
    assert scores.attribution.f1 >= 1.00  # 1.000 since the 23rd session (0.750 at first sight)
    assert scores.incidents.f1 >= 0.99  # 1.000 since the 23rd session (0.000 at first sight)
    assert scores.dates.f1 >= 1.00  # 1.000 since the 22nd session (0.983 at first sight)
    assert scores.outlet.f1 >= 1.00  # 1.000 at first sight
    assert scores.headline.f1 >= 1.00  # 1.000 since the 22nd session (0.833 at first sight)
    assert scores.authors.f1 >= 1.00  # 1.000 since the 22nd session (0.833 at first sight)
    assert scores.agencies.f1 >= 0.83  # 0.833 since the 22nd session (0.333 at first sight)
    assert scores.published.f1 >= 1.00  # 1.000 at first sight


def test_twenty_first_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The twenty-first set (check20, written blind on 2026-11-25) keeps the figures measured on it.

    Blind through the twenty-second session, development data since the twenty-third.  These
    floors are its figures at first sight (the twenty-second session's start), raised where that
    session's fixes, made on other sets, raised it; a change that makes it worse must say why.
    """
    check20 = BLIND / "check20"
    scores = evaluate(check20 / "gold", check20 / "articles").scores
    assert scores.meetings.f1 >= 0.87  # 0.875 since the 23rd session (0.794 at first sight)
    assert scores.meetings_strict.f1 >= 0.81  # 0.812 since the 23rd session (0.540 at first)
    assert scores.meeting_when.f1 >= 0.96  # 0.964 since the 23rd session (0.840 at first sight)
    assert scores.meeting_place.f1 >= 0.96  # 0.964 since the 23rd session (0.840 at first sight)
    assert scores.statements.f1 >= 0.95  # 0.952 since the 23rd session (0.819 at first sight)
    assert scores.quotes.f1 >= 1.00  # 1.000 since the 23rd session (0.961 at first sight)
    assert scores.attribution.f1 >= 0.96  # 0.962 since the 23rd session (0.878 at first sight)
    assert scores.incidents.f1 >= 0.95  # 0.952 since the 23rd session (0.585 at first sight)
    assert scores.dates.f1 >= 0.97  # 0.978 since the 23rd session (0.965 at first sight)
    assert scores.outlet.f1 >= 1.00  # 1.000 since the 23rd session (0.889 at first sight)
    assert scores.headline.f1 >= 1.00  # 1.000 since the 23rd session (0.833 at first sight)
    assert scores.authors.f1 >= 1.00  # 1.000 since the 23rd session (0.833 at first sight)
    assert scores.agencies.f1 >= 1.00  # 1.000 since the 23rd session (0.917 at first sight)
    assert scores.published.f1 >= 1.00  # 1.000 since the 23rd session (0.917 at first sight)


def test_twenty_second_set_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The twenty-second set (check21, written blind on 2026-11-25) keeps the figures measured on it.

    Still blind: only its totals are read (its README), never its failures.  These floors are
    its figures at first sight (the twenty-third session's start), raised where that session's
    fixes, made on other sets, raised it; a change that makes it worse must say why.
    """
    check21 = BLIND / "check21"
    scores = evaluate(check21 / "gold", check21 / "articles").scores
    assert scores.meetings.f1 >= 0.79  # 0.794 at first sight
    assert scores.meetings_strict.f1 >= 0.66  # 0.667 at first sight
    assert scores.meeting_when.f1 >= 0.91  # 0.920 at first sight
    assert scores.meeting_place.f1 >= 0.91  # 0.920 at first sight
    assert scores.statements.f1 >= 0.80  # 0.808 since the 23rd session (0.787 at first sight)
    assert scores.quotes.f1 >= 0.95  # 0.957 at first sight
    assert scores.attribution.f1 >= 0.84  # 0.844 since the 23rd session (0.822 at first sight)
    # 0.653 since the 23rd session's incident classes (0.667 at first sight): one more incident
    # read that the gold does not have (precision 0.67 -> 0.64, recall unchanged); a blind set,
    # so which one was not read
    assert scores.incidents.f1 >= 0.65
    assert scores.dates.f1 >= 0.93  # 0.936 at first sight
    assert scores.outlet.f1 >= 0.88  # 0.889 at first sight
    assert scores.headline.f1 >= 1.00  # 1.000 at first sight
    assert scores.authors.f1 >= 1.00  # 1.000 at first sight
    assert scores.agencies.f1 >= 0.91  # 0.917 at first sight
    assert scores.published.f1 >= 0.91  # 0.917 at first sight


def test_sample23a_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample23a (incidents and what only looks like one) keeps its figures.

    Written on 2026-11-25 before its author read the rules; held out from the twenty-third
    session's helpers (it landed after they branched).  These floors are its figures at first
    sight; a change that makes it worse must say why.
    """
    sample = BLIND / "sample23a"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.82  # 0.824 at first sight
    assert scores.meetings_strict.f1 >= 0.70  # 0.706 at first sight
    assert scores.meeting_when.f1 >= 0.85  # 0.857 at first sight
    assert scores.meeting_place.f1 >= 1.00  # 1.000 at first sight
    assert scores.statements.f1 >= 0.85  # 0.852 at first sight
    assert scores.quotes.f1 >= 0.97  # 0.980 at first sight
    assert scores.attribution.f1 >= 0.91  # 0.920 at first sight
    assert scores.incidents.f1 >= 0.72  # 0.722 at first sight
    assert scores.dates.f1 >= 0.94  # 0.947 at first sight
    assert scores.outlet.f1 >= 1.00  # 1.000 at first sight
    assert scores.headline.f1 >= 1.00  # 1.000 at first sight
    assert scores.authors.f1 >= 0.66  # 0.667 at first sight
    assert scores.agencies.f1 >= 0.83  # 0.833 at first sight
    assert scores.published.f1 >= 1.00  # 1.000 at first sight


def test_sample23b_scores_do_not_fall_below_their_measured_floor() -> None:
    """
    The development sample sample23b (when and where meetings happen) keeps its figures.

    Written on 2026-11-25 before its author read the rules; held out from the twenty-third
    session's helpers (it landed after they branched).  These floors are its figures at first
    sight; a change that makes it worse must say why.
    """
    sample = BLIND / "sample23b"
    scores = evaluate(sample / "gold", sample / "articles").scores
    assert scores.meetings.f1 >= 0.71  # 0.716 at first sight
    assert scores.meetings_strict.f1 >= 0.38  # 0.388 at first sight
    assert scores.meeting_when.f1 >= 0.70  # 0.708 at first sight
    assert scores.meeting_place.f1 >= 0.74  # 0.750 at first sight
    assert scores.statements.f1 >= 1.00  # 1.000 at first sight
    assert scores.incidents.f1 >= 1.00  # 1.000 at first sight (none in the gold, none read)
    assert scores.dates.f1 >= 0.79  # 0.800 at first sight
    assert scores.outlet.f1 >= 1.00  # 1.000 at first sight
    assert scores.headline.f1 >= 0.83  # 0.833 at first sight
    assert scores.authors.f1 >= 0.83  # 0.833 at first sight
    assert scores.agencies.f1 >= 1.00  # 1.000 at first sight
    assert scores.published.f1 >= 0.83  # 0.833 at first sight
