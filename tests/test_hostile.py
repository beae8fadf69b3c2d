"""
Hostile input: nothing may crash, hang or take super-linear time in diplomeet.

Two kinds of tests live here.

* Safety bounds on time.  Each hostile input (100,000 quote marks, a 1 MB line without
  spaces, a 5 MB article...) is parsed at a small and a large size in a child process, so a
  catastrophic regular expression fails the test instead of hanging the suite.  The large
  input must finish within 20 times the linear extrapolation of the small one, plus a
  constant: generous for a slow machine, far below quadratic or exponential behaviour.
  These are safety bounds, not speed targets (``benchmarks/perf.py`` measures speed).
  The same is done for every module-level compiled regular expression in ``diplomeet``,
  found by introspection, so patterns added later are covered automatically.
* Bad input gets a clear answer: misuse raises the documented exception, odd text yields
  diagnostics and whatever could be parsed, and nothing raises from inside the library.

Run this file as a script to see the figures: ``python tests/test_hostile.py CASE``.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import os
import pkgutil
import re
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, Final

import pytest

import diplomeet
from diplomeet import _incidents, _meetings
from diplomeet.errors import InvalidArgument, UnknownOutletError
from diplomeet.records import Diagnostic, ParsedArticle
from soundness import assert_sound, crashes

HERE: Final = Path(__file__).resolve().parent
# A child that runs longer than this has hung: the test fails and names what it was doing.
HANG_SECONDS: Final = 300.0
# Safety bound: the large input may take this many times its linear extrapolation...
SLACK: Final = 20.0
# ...plus this many seconds (start-up noise, garbage collection, a busy machine).
PARSE_CONSTANT: Final = 3.0
REGEX_CONSTANT: Final = 0.25

# An original report written for these tests (invented meeting, no real article).
ARTICLE: Final = """\
Andean ministers pledge joint river patrols after talks in Cuenca

CUENCA, Ecuador (Reuters) - Foreign Minister Lucia Paredes of Ecuador met her Peruvian \
counterpart, Tomas Quispe, in Cuenca on Tuesday, and the two agreed to begin joint patrols \
on the border rivers next month.

"We have waited too long for this," Paredes told reporters after the talks. Quispe said \
the patrols would start on March 3 and that a second round of talks was planned for \
September 31, 2018 -- a date that does not exist -- or "some time in the spring".

The ministers last met in Lima in November. A day after that meeting, two patrol boats \
exchanged fire near the border, Peru's defence ministry said, and one sailor was wounded.

(Reporting by A. Writer; Editing by B. Editor)
"""


def _repeat(unit: str) -> Callable[[int], str]:
    """Return a builder of ``unit`` repeated up to ``n`` characters."""

    def build(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return build


def _nested(n: int) -> str:
    half = n // 2
    return "(" * half + ")" * half


def _article(n: int) -> str:
    # Copies are numbered: outlet readers drop paragraphs repeated word for word.
    lines = ARTICLE.splitlines()
    copies = (
        "\n".join(f"{line} ({k})" if line else line for line in lines) + "\n\n"
        for k in range(n // len(ARTICLE) + 1)
    )
    return "".join(copies)[:n]


# name -> (builder of an input of n characters, small n, large n)
PARSE_CASES: Final[dict[str, tuple[Callable[[int], str], int, int]]] = {
    "100,000 straight quotes": (_repeat('"'), 1_000, 100_000),
    # Each curly quotation is attributed by reading up to 600 characters before it: linear,
    # but about 0.1 ms a character here, so this case stays small.
    "curly quotes": (_repeat("\u201c\u2018\u201d\u2019"), 500, 25_000),
    "1 MB line without spaces": (_repeat("abc.DEF-1,x"), 10_000, 1_000_000),
    "capitalised words": (_repeat("Deputy Foreign Minister Abel Mora "), 2_000, 200_000),
    "nested brackets": (_nested, 2_000, 200_000),
    "mixed brackets": (_repeat("([{<"), 2_000, 200_000),
    "on Monday on Monday": (_repeat("on Monday "), 2_000, 200_000),
    "digits": (_repeat("1234567890"), 2_000, 200_000),
    "digits and dots": (_repeat("1.2."), 2_000, 200_000),
    "many said": (_repeat('"Yes," he said. Mr. Mora said that '), 2_000, 200_000),
    "abbreviations": (_repeat("Mr. U.S. Gen. A. "), 2_000, 200_000),
    "months and years": (_repeat("September 31, 2018 February 30 "), 2_000, 200_000),
    "blank lines": (_repeat("\n \n"), 2_000, 200_000),
    "html tags": (_repeat("<div><p class='x'>"), 2_000, 200_000),
    "5 MB article": (_article, 50_000, 5_000_000),
    # One run-on sentence of many clauses, each telling a meeting or an incident.
    "meeting clauses": (_repeat("Rojas met Salas; "), 2_000, 200_000),
    "incident clauses": (_repeat("the attack on Chile killed 3 people; "), 2_000, 200_000),
    # A city that may be a surname ("Lima said"), looked up among ever more names read.
    "city surnames": (_repeat("Minister Abel Mora met Ana Ruiz. Lima said so. "), 2_000, 200_000),
}


def _best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    return best


def _measure_parse(case: str) -> dict[str, Any]:
    """Child side: time one parse case at both sizes; report codes of the large result."""
    build, small, large = PARSE_CASES[case]
    small_text, large_text = build(small), build(large)
    diplomeet.parse(small_text, published=date(2020, 1, 1))  # warm up lazy caches
    t_small = _best_of(3, lambda: diplomeet.parse(small_text, published=date(2020, 1, 1)))
    began = time.perf_counter()
    art = diplomeet.parse(large_text, published=date(2020, 1, 1))
    t_large = time.perf_counter() - began
    return {
        "small": t_small,
        "large": t_large,
        "ratio": large / small,
        "crashes": crashes(art),
    }


def _run_child(args: list[str]) -> dict[str, Any]:
    """Run this file as a script with ``args``; fail the test if it hangs or dies."""
    command = [sys.executable, str(Path(__file__).resolve()), *args]
    paths = [str(HERE), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    try:
        done = subprocess.run(  # noqa: S603 - our own interpreter and file
            command, capture_output=True, text=True, timeout=HANG_SECONDS, env=env, check=False
        )
    except subprocess.TimeoutExpired as exc:
        partial = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else ""
        last = partial.strip().splitlines()[-1:] or ["(nothing)"]
        pytest.fail(f"{args} hung for {HANG_SECONDS} s; last step started: {last[0]}")
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("case", sorted(PARSE_CASES))
def test_hostile_input_parses_in_linear_time_without_crashing(case: str) -> None:
    """Each hostile input parses without a crash, within the linear safety bound."""
    got = _run_child(["parse", case])
    assert got["crashes"] == []
    bound = SLACK * got["ratio"] * got["small"] + PARSE_CONSTANT
    assert got["large"] < bound, (
        f"{case}: {got['large']:.2f} s at {got['ratio']:.0f}x the size, "
        f"but {got['small'] * 1000:.2f} ms at 1x: super-linear"
    )


def test_dateline_with_dotted_place_is_read_without_backtracking() -> None:
    """Regression: a dateline place with dots ("D.C.") still reads; runs of dots are linear."""
    art = _parse("WASHINGTON, D.C. (Reuters) - The ministers met on Monday.")
    assert art.source.agencies == ("Reuters",)
    assert art.text.startswith("WASHINGTON, D.C. - The ministers met")
    _parse("Mr. U.S. Gen. A. " * 2_000)  # exponential before the fix: never finished


def test_nationality_at_the_very_end_does_not_crash_a_stage() -> None:
    """Regression: text ending in a nationality ("... Mr. U.S.") crashed the actor reader."""
    _parse("Mr. U.S. Gen. A. " * 8 + "Mr. U.S.")


# --- every compiled regular expression ------------------------------------------------------


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif depth < 3 and isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns_in(key, depth + 1)
            yield from _patterns_in(item, depth + 1)


def module_patterns() -> dict[str, re.Pattern[str]]:
    """
    Return every compiled ``str`` pattern held at module level in ``diplomeet``.

    Patterns inside module-level tuples, lists, sets and dicts (tables of rules) count too.
    Keys are ``module.NAME`` (with ``[i]`` for the i-th pattern in a table).
    """
    found: dict[str, re.Pattern[str]] = {}
    seen: set[tuple[str, int]] = set()
    names = [diplomeet.__name__] + [
        m.name
        for m in pkgutil.walk_packages(diplomeet.__path__, diplomeet.__name__ + ".")
        if not m.name.endswith(".__main__")  # importing it runs the command line
    ]
    for name in sorted(names):
        module = importlib.import_module(name)
        for attr, value in sorted(vars(module).items()):
            for i, pattern in enumerate(_patterns_in(value)):
                key = (pattern.pattern, pattern.flags)
                if key not in seen:
                    seen.add(key)
                    found[f"{name}.{attr}" + (f"[{i}]" if i else "")] = pattern
    # patterns compiled on first use: the yes-or-no gates of the large word patterns
    for kind, gate in _incidents._gates().items():
        found[f"diplomeet._incidents._gates()[{kind!r}]"] = gate
    found["diplomeet._meetings._trigger_gate()"] = _meetings._trigger_gate()
    return found


# Hostile strings for a regular expression: runs of one character class, and sequences
# that look almost like what news patterns look for, ending where a match would fail.
REGEX_UNITS: Final = (
    "a",
    "A",
    " ",
    "\n",
    ".",
    "1",
    "1.",
    "1,",
    "-",
    '"',
    "'",
    "\u201c",
    "(",
    "Aa ",
    "Aa",
    "A. ",
    "Mr. ",
    "the ",
    "said ",
    "on Monday ",
    "in 2019 ",
    "May 5, ",
    "Abc-Def ",
    "a, b and ",
    '"a," ',
    "<p>",
    "\u00e9\u0301",
)


def _pattern_units(pattern: re.Pattern[str]) -> list[str]:
    """Words spelled out in the pattern, repeated: they drive alternations hardest."""
    words = re.findall(r"[A-Za-z]{2,}", pattern.pattern)
    words = [w for w in words if w not in {"ud", "ufeff"}][:40]
    if not words:
        return []
    return [" ".join(words) + " ", "".join(w.capitalize() for w in words), words[0] + " "]


# Patterns that are super-linear on long hostile strings but only ever see short, bounded
# input, with the reason.  Keep this list short: fixing the pattern is better.
BOUNDED_INPUT: Final = {
    "diplomeet.outlets._credits._DESK_RE": "matched on one name of a byline or credit line",
    "diplomeet.outlets._credits._NAME_SPLIT_RE": "splits the names of one byline or credit",
    "diplomeet.outlets._credits._TRAILING_PLACE_RE": "on one name of a byline or credit line",
    "diplomeet.dates._resolve._PREV_WORD_RE": "searched in the 20 characters before a date",
}


def _scan(pattern: re.Pattern[str], text: str) -> int:
    return sum(1 for _ in pattern.finditer(text))


def _anchored(pattern: re.Pattern[str], text: str) -> int:
    return int(pattern.match(text) is not None) + int(pattern.fullmatch(text) is not None)


_ANCHORED_USES: Final = frozenset({"match", "fullmatch"})


def _only_anchored(name: str, sources: str) -> bool:
    r"""
    Whether the pattern bound to ``name`` is only ever used with ``match``/``fullmatch``.

    Such a pattern checks one short token from its start, so searching a long text with it
    is not a use to bound (``[a-z]*(?:\.[a-z]*)+`` is quadratic there, linear anchored).
    A pattern used any other way, or whose uses cannot be seen (a table of rules), is
    searched through the whole hostile text.
    """
    uses = set(re.findall(rf"\b{re.escape(name)}(?:\[[^\]\n]*\])?\.(\w+)\(", sources))
    return bool(uses) and uses <= _ANCHORED_USES


def pattern_module(name: str) -> str:
    """
    Return the module that holds the pattern called ``name`` (a key of `module_patterns`).

    ``diplomeet._meetings._TRIGGER_RE`` and ``diplomeet._incidents._gates()['attack']`` give
    ``diplomeet._meetings`` and ``diplomeet._incidents``: the module path up to the first
    private or upper-case attribute.
    """
    parts = name.partition("(")[0].split(".")
    module = [parts[0]]
    for part in parts[1:-1]:
        candidate = ".".join([*module, part])
        if importlib.util.find_spec(candidate) is None:
            break
        module.append(part)
    return ".".join(module)


def _regex_modules() -> list[str]:
    """The modules that hold at least one pattern to time (one test each)."""
    return sorted({pattern_module(name) for name in module_patterns() if name not in BOUNDED_INPUT})


def _measure_regexes(small: int, large: int, module: str) -> dict[str, Any]:
    """Child side: time every pattern of ``module`` over every hostile string, as used."""
    sources = "\n".join(p.read_text() for p in Path(diplomeet.__file__).parent.rglob("*.py"))
    slow = []
    checked = 0
    for name, pattern in module_patterns().items():
        if name in BOUNDED_INPUT or pattern_module(name) != module:
            continue
        attr = name.rpartition(".")[2].partition("[")[0]
        run = _anchored if _only_anchored(attr, sources) else _scan
        for unit in REGEX_UNITS + tuple(_pattern_units(pattern)):
            build = _repeat(unit)  # ... ending in a character nothing expects there
            small_text, large_text = build(small - 1) + "!", build(large - 1) + "!"
            print(f"{name} {unit!r}", flush=True)  # noqa: T201 - progress, read on a hang
            t_small = _best_of(3, functools.partial(run, pattern, small_text))
            t_large = _best_of(1, functools.partial(run, pattern, large_text))
            checked += 1
            bound = SLACK * (large / small) * t_small + REGEX_CONSTANT
            if t_large > bound:
                slow.append(f"{name} on {unit!r}: {t_small * 1e3:.2f} ms -> {t_large:.2f} s")
    return {"checked": checked, "slow": slow}


@pytest.mark.parametrize("module", _regex_modules())
def test_every_module_regex_runs_in_linear_time(module: str) -> None:
    """No regular expression of ``module`` backtracks catastrophically on hostile text."""
    got = _run_child(["regexes", module])
    assert got["checked"] >= len(REGEX_UNITS)
    assert got["slow"] == []


def test_regex_modules_cover_every_pattern() -> None:
    """Each pattern belongs to one module test, and the modules split the work."""
    modules = _regex_modules()
    names = [name for name in module_patterns() if name not in BOUNDED_INPUT]
    assert {"diplomeet._meetings", "diplomeet._incidents", "diplomeet._document"} <= set(modules)
    assert all(pattern_module(name) in modules for name in names)
    assert pattern_module("diplomeet._incidents._gates()['attack.x']") == "diplomeet._incidents"
    assert pattern_module("diplomeet._meetings._TRIGGER_RE[2]") == "diplomeet._meetings"


def test_regex_scan_finds_the_module_patterns() -> None:
    """The introspection sees module-level patterns (so new ones are covered)."""
    found = module_patterns()
    assert "diplomeet._document._SENTENCE_END_RE" in found
    assert "diplomeet._input._CONTROL_RE" in found


def test_regex_scan_flags_a_catastrophic_pattern() -> None:
    """The bound catches a nested quantifier, so the scan can fail."""
    evil = re.compile(r"(?:a+)+b")
    t_small = _best_of(3, lambda: evil.search("a" * 14 + "!"))
    t_large = _best_of(1, lambda: evil.search("a" * 22 + "!"))
    assert t_large > SLACK * (22 / 14) * t_small


# --- bad input gets a clear answer ---------------------------------------------------------


def _parse(article: str | bytes, **kwargs: Any) -> ParsedArticle:
    art = diplomeet.parse(article, **kwargs)
    assert_sound(art)
    return art


def _codes(art: ParsedArticle) -> set[str]:
    return {d.code for d in art.diagnostics}


@pytest.mark.parametrize("bad", [None, 42, 4.2, ["text"], {"text": "x"}, object(), Path("a.txt")])
def test_parse_refuses_non_text_with_type_error(bad: object) -> None:
    """parse() raises the documented TypeError for anything but str and bytes."""
    with pytest.raises(TypeError, match=r"str or bytes|got None"):
        diplomeet.parse(bad)  # type: ignore[arg-type]


def test_parse_names_none_in_the_type_error() -> None:
    """Passing None says so, rather than a generic type complaint."""
    with pytest.raises(TypeError, match="got None"):
        diplomeet.parse(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"published": "2024-01-01"}, InvalidArgument),
        ({"published": 20240101}, InvalidArgument),
        ({"url": ""}, InvalidArgument),
        ({"url": "   "}, InvalidArgument),
        ({"outlet": "no-such-outlet"}, UnknownOutletError),
    ],
)
def test_parse_misuse_raises_documented_exceptions(
    kwargs: dict[str, Any], error: type[Exception]
) -> None:
    """Wrong argument values raise the documented diplomeet exceptions."""
    with pytest.raises(error):
        diplomeet.parse("The ministers met.", **kwargs)


def test_valid_utf8_bytes_read_like_text() -> None:
    """UTF-8 bytes (with or without a BOM) give the same result as the text."""
    text = "The ministers met in Quito on Monday \u2014 \u201cgood talks\u201d."
    expected = _parse(text, published=date(2020, 1, 1))
    assert _parse(text.encode(), published=date(2020, 1, 1)) == expected
    assert _parse(b"\xef\xbb\xbf" + text.encode(), published=date(2020, 1, 1)) == expected
    assert diplomeet.parse(bytearray(text.encode()), published=date(2020, 1, 1)) == expected  # type: ignore[arg-type]


def test_invalid_utf8_is_replaced_with_a_diagnostic() -> None:
    """Bytes that are not UTF-8 are decoded with U+FFFD and an input.encoding warning."""
    art = _parse("Caf\u00e9 talks in Bogot\u00e1.".encode("latin-1"))
    assert "input.encoding" in _codes(art)
    assert "\ufffd" in art.text
    assert "talks" in art.text


def test_binary_garbage_never_raises() -> None:
    """Every byte value, many times over, parses to a sound result with diagnostics."""
    art = _parse(bytes(range(256)) * 200, published=date(2020, 1, 1))
    assert "input.encoding" in _codes(art)
    assert "\x00" not in art.text


@pytest.mark.parametrize("blank", ["", " ", "\n\n\n", "\t \r\n \u3000 ", b"", b"   "])
def test_empty_or_blank_input_is_an_error_diagnostic(blank: str | bytes) -> None:
    """Empty or whitespace-only text yields an input.empty error, and no records."""
    art = _parse(blank)
    assert "input.empty" in _codes(art)
    assert next(d for d in art.diagnostics if d.code == "input.empty").severity == "error"
    assert (art.meetings, art.statements, art.incidents) == ((), (), ())


def test_text_taken_whole_for_furniture_says_so() -> None:
    """A text dropped whole as page furniture says why there is nothing to read."""
    art = _parse("Advertisement")
    message = next(d for d in art.diagnostics if d.code == "input.empty").message
    assert "furniture" in message


def test_control_characters_become_spaces_with_a_diagnostic() -> None:
    """NUL and other control codes are replaced (word boundaries kept) and reported."""
    art = _parse("The\x00ministers\x07met\x1b[0m on\x7fMonday.\x9b", published=date(2020, 1, 1))
    assert "input.control" in _codes(art)
    assert not re.search("[\x00-\x08\x0e-\x1f\x7f-\x9f]", art.text)
    assert "The ministers met" in art.text


def test_line_breaks_are_normalised() -> None:
    """CR LF, CR and Unicode separators become plain newlines, silently."""
    from diplomeet._input import read_text  # noqa: PLC0415 - the sanitiser itself

    diagnostics: list[Diagnostic] = []
    text = read_text("One.\r\nTwo.\rThree.\u2028Four.\u2029Five.\x0cSix.", diagnostics)
    assert text == "One.\nTwo.\nThree.\nFour.\nFive.\nSix."
    assert diagnostics == []
    assert "\r" not in _parse("One.\r\nTwo.\rThree.").text


def test_lone_surrogates_become_replacement_characters() -> None:
    """A lone surrogate becomes U+FFFD with a diagnostic, so the JSON stays UTF-8."""
    art = _parse("The envoy \ud800 met the minister \udfff on Friday.")
    assert "input.surrogate" in _codes(art)
    assert not re.search("[\ud800-\udfff]", art.text)
    assert art.text.count("\ufffd") == 2


def test_surrogate_pairs_are_joined() -> None:
    """A UTF-16 surrogate pair in a str becomes the character it encodes, silently."""
    art = _parse("Leaders met \ud83e\udd1d in Accra.")
    assert "\U0001f91d" in art.text
    assert "input.surrogate" not in _codes(art)


def test_very_long_input_is_truncated_with_a_diagnostic(monkeypatch: pytest.MonkeyPatch) -> None:
    """Input over the size limit is cut at a line break and reported, not refused."""
    from diplomeet import _input  # noqa: PLC0415 - the module whose limit we lower

    monkeypatch.setattr(_input, "MAX_CHARS", 1_000)
    art = _parse("The ministers met on Monday.\n" * 100)
    assert "input.truncated" in _codes(art)
    assert len(art.text) <= 1_000
    assert art.text.endswith("Monday.")


NON_ENGLISH: Final = (
    (
        "\u041c\u0438\u043d\u0438\u0441\u0442\u0440\u044b \u0432\u0441\u0442\u0440\u0435\u0442"
        "\u0438\u043b\u0438\u0441\u044c \u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c"
        "\u043d\u0438\u043a."
    ),  # Russian
    "\u4e24\u56fd\u5916\u957f\u5468\u4e00\u5728\u5317\u4eac\u4f1a\u6664\u3002",  # Chinese
    (
        "\u0627\u0644\u062a\u0642\u0649 \u0627\u0644\u0648\u0632\u064a\u0631\u0627\u0646 "
        "\u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646."
    ),  # Arabic
    (
        "\u05d4\u05e9\u05e8\u05d9\u05dd \u05e0\u05e4\u05d2\u05e9\u05d5 \u05d1\u05d9\u05d5\u05dd "
        "\u05e9\u05e0\u05d9."
    ),  # Hebrew
    "Die Minister trafen sich am Montag in Wien.",  # German
    "\u202eThe ministers met\u202c on Monday \U0001f91d\U0001f3fd e\u0301 \u200d.",  # bidi
)


@pytest.mark.parametrize("text", NON_ENGLISH)
def test_non_english_text_parses_soundly(text: str) -> None:
    """
    Text in other languages and scripts never raises and keeps the result sound.

    The text read is the input in Unicode normal form C ("e" and a combining accent become
    "é"), stripped, or a part of it.
    """
    art = _parse(text, published=date(2021, 6, 7))
    composed = unicodedata.normalize("NFC", text)
    assert art.text == composed.strip() or art.text in composed


BROKEN_HTML: Final = (
    "<html><body><p>The ministers met on Monday.<div><p>Unclosed",
    "<<<>>><p class='x\">Talks</p></p></p><script>alert('x')",
    "<!-- never closed <p>President Ana Ruiz said: \u201cNo.",
    "&amp;&lt;&#x10FFFF;&#0;&#99999999;&bogus; met on Friday",
    "<![CDATA[ <p> ]]> <?xml version='1.0'?> <a href=javascript:0>on May 5</a>",
)


@pytest.mark.parametrize("html", BROKEN_HTML)
def test_broken_html_parses_soundly(html: str) -> None:
    """Malformed markup never raises."""
    _parse(html, published=date(2021, 6, 7))


IMPOSSIBLE_DATES: Final = (
    "The ministers will meet on February 30.",
    "Talks were set for September 31, 2018.",
    "The treaty was signed on February 29, 2019.",
    "The envoy arrived on 32 January 2020 and left on 0 March.",
    "In the year 0 nothing happened; in year 9999 the talks end; in 10000 they resume.",
    "They met on 31/31/2020, 2020-13-45 and 2020-02-30.",
    "The summit is on Friday, June 31, and the next one on Monday, 0 July.",
)


@pytest.mark.parametrize("text", IMPOSSIBLE_DATES)
def test_impossible_dates_parse_soundly(text: str) -> None:
    """Dates that do not exist give diagnostics or nothing, never an exception."""
    art = _parse(text, published=date(2019, 3, 1))
    for ref in art.dates:
        if ref.start is not None and ref.end is not None:
            assert ref.start <= ref.end


RELATIVE: Final = (
    "The ministers met on Monday and will meet again next month, a day after the vote, "
    "next year, last week, in December, on December 31, tomorrow and in 30 years' time."
)


@pytest.mark.parametrize(
    "published", [date.min, date(1, 1, 7), date(9999, 12, 31), date.max, date(2000, 2, 29)]
)
def test_extreme_publication_dates_never_raise(published: date) -> None:
    """Relative dates anchored at the ends of the calendar yield diagnostics, not errors."""
    art = _parse(RELATIVE, published=published)
    for ref in art.dates:
        if ref.start is not None and ref.end is not None:
            assert ref.start <= ref.end


@pytest.mark.parametrize("published", [date.min, date(9999, 12, 31), None])
@pytest.mark.parametrize(
    "phrase", ["next month", "next year", "last year", "on Monday", "tomorrow", "a day after"]
)
def test_resolve_at_the_ends_of_the_calendar_never_raises(
    published: date | None, phrase: str
) -> None:
    """resolve() returns a TimeRef or None at date.min and date.max, never an exception."""
    ref = diplomeet.resolve(phrase, published=published)
    assert ref is None or ref.span is None


def _child_main(argv: list[str]) -> None:
    """Entry point of the child processes (and of manual runs)."""
    if argv[:1] == ["regexes"] and len(argv) == 2:
        result = _measure_regexes(200, 20_000, argv[1])
    elif argv[:1] == ["parse"] and len(argv) == 2:
        result = _measure_parse(argv[1])
    else:
        sys.exit(
            f"usage: {Path(__file__).name} regexes MODULE | parse CASE"
            f"  (cases: {sorted(PARSE_CASES)})"
        )
    print(json.dumps(result))  # noqa: T201 - the parent reads the last line


if __name__ == "__main__":
    _child_main(sys.argv[1:])
