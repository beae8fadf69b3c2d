# News typography (en dashes, curly quotes) is what these tests feed the parsers:
# ruff: noqa: RUF001
"""Outlet parsers: layouts, furniture, credits, the registry and its plugins."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from importlib.metadata import EntryPoint
from pathlib import Path
from typing import Any

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.errors import DiplomeetWarning, ParserContractError, UnknownOutletError
from diplomeet.outlets import Layout, OutletParser, _registry
from diplomeet.outlets._agencies import AGENCIES, canonical_agency

# --- articles written for these tests (original texts, in the styles of real outlets) -------

WIRE_AP = """\
EU and Canada sign pact on critical minerals

BRUSSELS (AP) — European Commission President Elena Marsh and Canadian Prime Minister \
Paul Girard signed a pact on critical minerals on Wednesday, pledging to share supply data.

"This is a partnership for the next decade," Marsh told reporters after the signing.

The two leaders will meet again at the G7 summit in June.
"""

BYLINE_PIPE = """\
Kenya and Japan Pledge Closer Port Cooperation

By Jane Doe | Reuters

NAIROBI - Kenyan President Daniel Mwangi hosted Japanese Prime Minister Hiro Tanaka at \
State House on Monday, where they agreed to expand the port of Lamu.

Tanaka said Japan would fund a feasibility study. "We see Kenya as a gateway," he said.

Reporting by Jane Doe; Editing by Tom Hale
"""

TRAILERS = """\
Indonesia, Australia Hold Maritime Talks

Share this article

Indonesian Foreign Minister Sari Wibowo met Australian counterpart Mark Lowe in Jakarta \
on Friday to discuss fishing rights in the Timor Sea.

Sari Wibowo and Mark Lowe (R) shake hands in Jakarta on March 8, 2024. \
(AP Photo/Dita Alangkara)

Lowe said the talks were "frank and useful."

Lowe said the talks were "frank and useful."

(With files from Antara and The Jakarta Globe)
"""


@pytest.fixture(autouse=True)
def _fresh_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test sees a registry with no plugin loaded, and a clean plugin environment."""
    monkeypatch.delenv("DIPLOMEET_NO_PLUGINS", raising=False)
    _registry._reset()
    yield
    _registry._reset()


# --- seeds: every scored Source field right -------------------------------------------------


def _seed_cases(shared: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    for gold_file in sorted((shared / "gold" / "seeds").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (shared / "seeds" / gold["article"]).read_text(encoding="utf-8")
        yield text, gold


def _fold(items: tuple[str, ...] | list[str]) -> set[str]:
    return {item.casefold() for item in items}


def test_seed_sources_match_gold(shared: Path) -> None:
    """On every seed, outlet, headline, authors and agencies are what the gold says."""
    cases = list(_seed_cases(shared))
    assert cases
    for text, gold in cases:
        published = date.fromisoformat(gold["published"])
        source = diplomeet.parse(text, published=published).source
        want = gold["source"]
        name = gold["article"]
        if want.get("outlet") is not None:
            assert source.outlet is not None, name
            got, exp = (x.casefold().replace(" ", "") for x in (source.outlet, want["outlet"]))
            assert got in exp or exp in got, name
        if want.get("headline") is not None:
            assert source.headline == want["headline"], name
        assert _fold(source.authors) == _fold(want.get("authors", [])), name
        assert _fold(source.agencies) == _fold(want.get("agencies", [])), name
        assert source.published == published
        assert source.published_from == "caller"


def test_seed_published_read_from_text_exactly_where_gold_says(shared: Path) -> None:
    """Without a caller date, `published` is the gold date when stated in the text, else null."""
    for text, gold in _seed_cases(shared):
        source = diplomeet.parse(text).source
        if gold["published_in_text"]:
            assert source.published == date.fromisoformat(gold["published"]), gold["article"]
            assert source.published_from == "text"
        else:
            assert source.published is None, gold["article"]
            assert source.published_from is None


def test_seed_layouts_are_detected_by_their_own_parser(shared: Path) -> None:
    """Each seed layout is recognised by a built-in parser other than the generic one."""
    ids = {outlets.select_parser(text).id for text, _ in _seed_cases(shared)}

    assert ids == {"united_with_israel", "afp_photo", "rferl", "ynetnews", "breadcrumb"}


def test_generic_parser_reads_seeds_like_their_own_parsers(shared: Path) -> None:
    """Forced to `generic`, every seed gives the same body and the same credits."""
    generic = outlets.get_parser("generic")
    for text, gold in _seed_cases(shared):
        own = outlets.select_parser(text).split(text)
        forced = generic.split(text)
        assert forced.body == own.body, gold["article"]
        assert forced.headline == own.headline
        assert _fold(forced.authors) == _fold(own.authors)
        assert _fold(forced.agencies) == _fold(own.agencies)


def test_seed_bodies_are_free_of_furniture_and_repeats(shared: Path) -> None:
    """No furniture, caption, byline or credit line and no repeated paragraph stays in a body."""
    furniture = (
        "Accessibility links",
        "Breaking News",
        "Breadcrumb",
        "min read",
        "view video",
        "16x9 Image",
        "View original",
        "journalists report the news",
        "By:",
        "With files from",
        "With reporting by",
        "Photo by",
        "Photo:",
        "(AP)",
    )
    for text, gold in _seed_cases(shared):
        layout = outlets.get_parser("generic").split(text)
        for item in furniture:
            assert item not in layout.body, (gold["article"], item)
        paragraphs = layout.body.split("\n\n")
        assert len(paragraphs) == len(set(paragraphs)), gold["article"]
        for caption in layout.captions:
            assert caption not in layout.body


# --- the generic parser on layouts of outlets not in the seeds ------------------------------


def test_wire_dateline_credits_agency_and_keeps_the_city() -> None:
    """'BRUSSELS (AP) —' credits AP; the city stays in the sentence, the credit leaves it."""
    layout = outlets.get_parser("generic").split(WIRE_AP)

    assert layout.headline == "EU and Canada sign pact on critical minerals"
    assert layout.agencies == ("AP",)
    assert layout.authors == ()
    assert layout.dateline == "BRUSSELS (AP) —"
    assert layout.body.startswith("BRUSSELS — European Commission President")
    assert "(AP)" not in layout.body


def test_pipe_byline_splits_author_from_agency() -> None:
    """'By Jane Doe | Reuters' gives author Jane Doe and agency Reuters; trailers are not body."""
    layout = outlets.get_parser("generic").split(BYLINE_PIPE)

    assert layout.headline == "Kenya and Japan Pledge Closer Port Cooperation"
    assert layout.authors == ("Jane Doe",)
    assert layout.agencies == ("Reuters",)
    assert "Editing by" not in layout.body
    assert layout.body.startswith("NAIROBI - Kenyan President")
    assert layout.dateline == "NAIROBI -"


def test_captions_photo_credits_repeats_and_file_credits() -> None:
    """Captions go to `captions` with their photo agency; repeats are dropped; files credited."""
    layout = outlets.get_parser("generic").split(TRAILERS)

    assert layout.headline == "Indonesia, Australia Hold Maritime Talks"
    assert len(layout.captions) == 1
    assert "(AP Photo/Dita Alangkara)" in layout.captions[0]
    assert _fold(layout.agencies) == {"ap", "antara", "the jakarta globe"}
    assert layout.body.count("frank and useful") == 1
    assert "Share this article" not in layout.body
    assert layout.published == date(2024, 3, 8)


@pytest.mark.parametrize(
    ("line", "authors", "agencies", "outlet"),
    [
        ("By Roger Crabb, Reuters", ("Roger Crabb",), ("Reuters",), None),
        ("By: Metro Desk Staff", ("Metro Desk Staff",), (), "Metro Desk"),
        ("By The Courier, AFP", ("The Courier",), ("AFP",), "The Courier"),
        ("By ANNA BERG and OLE VIK, Associated Press", ("Anna Berg", "Ole Vik"), ("AP",), None),
        ("By Priya Nair in New Delhi", ("Priya Nair",), (), None),
        ("By Tom Reyes, Diplomatic Correspondent", ("Tom Reyes",), (), None),
    ],
)
def test_bylines(
    line: str, authors: tuple[str, ...], agencies: tuple[str, ...], outlet: str | None
) -> None:
    """A byline's names become authors, agencies or the outlet's desk."""
    layout = outlets.get_parser("generic").split(f"Ministers Meet in Lima\n\n{line}\n\nThey met.")

    assert layout.authors == authors
    assert layout.agencies == agencies
    assert layout.outlet == outlet
    assert layout.body == "They met."


@pytest.mark.parametrize(
    ("line", "agencies", "authors"),
    [
        ("(AP)", ("AP",), ()),
        ("Reuter", ("Reuters",), ()),
        ("(With files from Xinhua and Kyodo)", ("Xinhua", "Kyodo"), ()),
        (
            "With reporting by dpa, EFE, and The Straits Times",
            ("dpa", "EFE", "The Straits Times"),
            (),
        ),
        ("Reporting by Lena Vogt in Berlin; Editing by Sam Ode", (), ("Lena Vogt",)),
        ("© 2024 The Associated Press. All rights reserved.", ("AP",), ()),
        ("Source: ANSA", ("ANSA",), ()),
    ],
)
def test_credit_lines(line: str, agencies: tuple[str, ...], authors: tuple[str, ...]) -> None:
    """A credit line credits its agencies (canonical names) or reporters and leaves the body."""
    layout = outlets.get_parser("generic").split(f"Envoys met in Accra.\n\n{line}")

    assert layout.agencies == agencies
    assert layout.authors == authors
    assert layout.body == "Envoys met in Accra."


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    """'By Monday, ...' and 'By the time ...' are body prose, not bylines."""
    text = (
        "Talks Resume in Doha\n\nBy Monday, the envoys agreed.\n\nBy the time they met, it rained."
    )

    layout = outlets.get_parser("generic").split(text)

    assert layout.authors == ()
    assert layout.body.count("\n\n") == 1


def test_headline_is_the_first_title_like_line() -> None:
    """A first line that is a sentence of the story is not taken as the headline."""
    layout = outlets.get_parser("generic").split(
        "Skip to content\nThe envoys met in Rome on Monday to talk about grain.\nThey agreed."
    )

    assert layout.headline is None
    assert layout.body.startswith("The envoys met in Rome")


def test_caption_date_without_year_is_not_a_publication_date() -> None:
    """A caption's 'on March 3' has no year: no publication date is read from it."""
    text = "Leaders Meet\n\nThe president (left) greets the king in Amman on March 3.\n\nThey met."

    assert outlets.get_parser("generic").split(text).published is None


def test_published_line_is_furniture_and_the_publication_date() -> None:
    """'Published: 12 March 2024' is not body text but gives the publication date."""
    text = "Envoys Meet in Oslo\nPublished: 12 March 2024 14:05 GMT\n\nThe envoys met."

    layout = outlets.get_parser("generic").split(text)

    assert layout.published == date(2024, 3, 12)
    assert layout.body == "The envoys met."


def test_text_date_anchors_the_pipeline_when_caller_gives_none() -> None:
    """parse() without a date takes a caption's full date, marked published_from='text'."""
    art = diplomeet.parse(TRAILERS)

    assert art.source.published == date(2024, 3, 8)
    assert art.source.published_from == "text"
    assert diplomeet.parse(TRAILERS, published=date(2024, 3, 9)).source.published == date(
        2024, 3, 9
    )


def test_parse_keeps_captions_and_credits_out_of_the_text() -> None:
    """ParsedArticle.text is the clean body: no caption, byline or trailer."""
    art = diplomeet.parse(BYLINE_PIPE, published=date(2024, 5, 6))

    assert "Jane Doe" not in art.text
    assert art.source.headline == "Kenya and Japan Pledge Closer Port Cooperation"
    assert art.source.authors == ("Jane Doe",)
    assert art.source.agencies == ("Reuters",)


def test_odd_inputs_never_crash() -> None:
    """Empty, furniture-only and punctuation-only pages give an empty or tiny layout."""
    generic = outlets.get_parser("generic")
    for text in ("", "\n\n", "Breaking News\nBreadcrumb", "((((", "By", "(AP)\n(AP)", "x" * 5000):
        layout = generic.split(text)
        assert isinstance(layout.body, str)


# --- agencies table -------------------------------------------------------------------------


def test_agency_aliases_resolve_to_canonical_names() -> None:
    """Aliases and odd case resolve to the canonical name; unknown names give None."""
    assert canonical_agency("Associated Press") == "AP"
    assert canonical_agency("agence france-presse") == "AFP"
    assert canonical_agency("DPA") == "dpa"
    assert canonical_agency("TASS News Agency") == "TASS"
    # the agency's name of 1992-2014 is kept as credited, as the gold annotates it
    assert canonical_agency("Itar-Tass") == "ITAR-TASS"
    assert canonical_agency("Reuter") == "Reuters"
    assert canonical_agency("The Daily Planet") is None


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [("LIMA, April 9 (Andina) -", "Andina"), ("ACCRA, May 2 (GNA) -", "GNA")],
)
def test_national_agencies_in_a_wire_dateline(dateline: str, agency: str) -> None:
    """National agencies of Peru and Ghana credit a wire dateline like the big agencies do."""
    text = (
        f"{dateline} Peruvian Foreign Minister Ana Soto met Ghanaian Foreign Minister Kofi Bio"
        " in the capital on Friday, the ministry said."
    )
    assert diplomeet.parse(text).source.agencies == (agency,)


def test_agency_table_maps_every_canonical_name_to_itself() -> None:
    """Every canonical name is its own alias (lookups of canonical names are stable)."""
    for canonical in set(AGENCIES.values()):
        assert canonical_agency(canonical) == canonical


# --- registry --------------------------------------------------------------------------------


def _registered() -> list[OutletParser]:
    return [outlets.get_parser(info.id) for info in outlets.list_parsers() if info.error is None]


@pytest.mark.parametrize("parser_id", [info.id for info in outlets.list_parsers()])
def test_parser_contract(parser_id: str) -> None:
    """Every registered parser follows the contract (pygments' test_lexer_classes)."""
    parser = outlets.get_parser(parser_id)

    assert isinstance(parser, OutletParser)
    assert outlets.contract_problems(parser) == []
    assert parser.id == parser_id
    for text in ("", "Ministers met.", "Breaking News\n\nA Headline\n\nBody text here."):
        score = parser.detect(text)
        assert isinstance(score, float)
        assert 0.0 <= score <= 1.0
        layout = parser.split(text)
        assert isinstance(layout, Layout)
        assert all(caption not in layout.body for caption in layout.captions)


def test_unknown_outlet_raises_lookup_error() -> None:
    """An unknown id raises UnknownOutletError, a LookupError, naming the id."""
    with pytest.raises(UnknownOutletError, match="no_such_outlet") as info:
        diplomeet.parse("Text.", outlet="no_such_outlet")

    assert isinstance(info.value, LookupError)


def test_explicit_outlet_beats_detection() -> None:
    """outlet='generic' is used even when a built-in parser recognises the page."""
    text = "A Headline Here\n\nBody.\n\nRFE/RL journalists report the news in many languages."

    assert outlets.select_parser(text).id == "rferl"
    assert outlets.select_parser(text, outlet="generic").id == "generic"
    assert diplomeet.parse(text, outlet="generic").source.parser == "generic"


def test_an_outlet_named_in_the_story_is_not_detected() -> None:
    """A story that mentions a broadcaster is not taken for that broadcaster's page."""
    text = (
        "Regulators Curb Foreign Broadcasters\n\nThe agency removed Radio Free Europe/Radio "
        "Liberty and RFE/RL's sister services from local stations, officials said."
    )

    assert outlets.select_parser(text).id == "generic"


def test_url_detects_an_outlet() -> None:
    """A URL on an outlet's domain selects its parser."""
    assert outlets.select_parser("Text.", url="https://www.rferl.org/a/story.html").id == "rferl"


class _FakeParser:
    def __init__(self, parser_id: str = "fake_times", *, raise_in_detect: bool = False) -> None:
        self._id = parser_id
        self._raise = raise_in_detect

    @property
    def id(self) -> str:
        return self._id

    @property
    def name(self) -> str:
        return "The Fake Times"

    def detect(self, text: str, url: str | None = None) -> float:  # noqa: ARG002
        if self._raise:
            raise RuntimeError("detect bug")
        return 0.9 if "FAKE TIMES" in text else 0.0

    def split(self, text: str) -> Layout:
        return Layout(body=text.replace("FAKE TIMES", "").strip(), outlet="The Fake Times")


FAKE = _FakeParser()
NOT_A_PARSER = object()
WRONG_ID = _FakeParser("other_id")
RAISES = _FakeParser("raises", raise_in_detect=True)


def _install_entry_points(monkeypatch: pytest.MonkeyPatch, **targets: str) -> None:
    eps = tuple(
        EntryPoint(name=name, value=value, group=outlets.ENTRY_POINT_GROUP)
        for name, value in targets.items()
    )

    def fake_entry_points(*, group: str) -> tuple[EntryPoint, ...]:
        assert group == outlets.ENTRY_POINT_GROUP
        return eps

    monkeypatch.setattr(_registry, "entry_points", fake_entry_points)
    _registry._reset()


def test_plugin_is_found_listed_and_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry point in diplomeet.parsers is listed, selectable and detected."""
    _install_entry_points(monkeypatch, fake_times=f"{__name__}:FAKE")

    assert "fake_times" in [info.id for info in outlets.list_parsers()]
    assert outlets.get_parser("fake_times") is FAKE
    art = diplomeet.parse("FAKE TIMES\nThe envoys met.")
    assert art.source.parser == "fake_times"
    assert art.source.outlet == "The Fake Times"


def test_broken_plugin_fails_only_when_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plugin breaking the contract raises ParserContractError only when asked for by id."""
    _install_entry_points(
        monkeypatch,
        fake_times=f"{__name__}:FAKE",
        broken=f"{__name__}:NOT_A_PARSER",
        wrong=f"{__name__}:WRONG_ID",
        missing="no_such_module_xyz:PARSER",
    )

    assert outlets.get_parser("fake_times") is FAKE
    with pytest.raises(ParserContractError, match="broken"):
        outlets.get_parser("broken")
    with pytest.raises(ParserContractError, match="differs from the entry-point name"):
        outlets.get_parser("wrong")
    with pytest.raises(ParserContractError, match="failed to load"):
        outlets.get_parser("missing")
    broken = {info.id: info.error for info in outlets.list_parsers() if info.error}
    assert set(broken) == {"broken", "wrong", "missing"}
    with pytest.warns(DiplomeetWarning, match="left out of detection"):
        assert outlets.select_parser("The envoys met.").id == "generic"


def test_plugin_whose_detect_raises_is_left_out_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plugin raising in detect() does not stop parsing; a DiplomeetWarning names it."""
    _install_entry_points(monkeypatch, raises=f"{__name__}:RAISES")

    with pytest.warns(DiplomeetWarning, match="raises"):
        art = diplomeet.parse("The envoys met.")

    assert art.source.parser == "generic"


def test_plugin_reusing_a_builtin_id_is_skipped_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An entry point named like a built-in is ignored, with a DiplomeetWarning."""
    _install_entry_points(monkeypatch, generic=f"{__name__}:FAKE")

    with pytest.warns(DiplomeetWarning, match="reuses a built-in id"):
        parser = outlets.select_parser("x")

    assert parser.id == "generic"
    assert outlets.get_parser("generic") is not FAKE


def test_no_plugins_env_disables_discovery(monkeypatch: pytest.MonkeyPatch) -> None:
    """DIPLOMEET_NO_PLUGINS=1 hides every plugin."""
    _install_entry_points(monkeypatch, fake_times=f"{__name__}:FAKE")
    monkeypatch.setenv("DIPLOMEET_NO_PLUGINS", "1")

    assert "fake_times" not in [info.id for info in outlets.list_parsers()]
    with pytest.raises(UnknownOutletError):
        outlets.get_parser("fake_times")


def test_cli_outlets_lists_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    """`diplomeet outlets` prints one line per parser: id, name, origin."""
    from diplomeet.cli import main  # noqa: PLC0415

    assert main(["outlets"]) == 0

    out = capsys.readouterr().out
    ids = [line.split()[0] for line in out.splitlines()]
    assert ids[0] == "generic"
    assert {"rferl", "ynetnews", "united_with_israel", "afp_photo", "breadcrumb"} <= set(ids)
    assert "RFE/RL" in out
    assert "(built-in)" in out


def test_every_builtin_is_registered() -> None:
    """The parsers behind `list_parsers` are all importable and distinct."""
    parsers = _registered()

    assert len({p.id for p in parsers}) == len(parsers) >= 6


# --- trailers: author notes, sign-offs, glued credits, mixed-case datelines -----------------


@pytest.mark.parametrize(
    ("closing", "authors"),
    [
        ("Follow Maria Lindqvist on Twitter @mlindqvist.", ("Maria Lindqvist",)),
        ("Follow Maria Lindqvist On Twitter @mlindqvist.", ("Maria Lindqvist",)),
        (
            "Follow Gazette energy reporter and podcast host Maria Lindqvist on Twitter at @ml.",
            ("Maria Lindqvist",),
        ),
        (
            (
                "Tomas Ruiz is editor in chief of the Gazette. His views are his own. Follow him "
                "on Twitter at @truiz."
            ),
            ("Tomas Ruiz",),
        ),
        ("— Tomas Ruiz.", ("Tomas Ruiz",)),
        (
            "Ines Duarte is a columnist for the paper and a fellow at a Lisbon think tank.",
            ("Ines Duarte",),
        ),
        (
            (
                "Karl Berg, a former envoy to Finland and, later, Estonia, is senior fellow at a "
                "Nordic institute. He tweets @kberg."
            ),
            ("Karl Berg",),
        ),
        (
            "Ana Lima reported from Maputo, and Joel Sousa and Rita Faro from Beira, Mozambique.",
            ("Ana Lima", "Joel Sousa", "Rita Faro"),
        ),
        ("This piece first appeared on Harbor Policy Review.", ("Harbor Policy Review",)),
    ],
)
def test_closing_author_notes(closing: str, authors: tuple[str, ...]) -> None:
    """Closing author notes give the authors and leave the body."""
    text = f"Envoys Meet in Maputo\n\nThe envoys met on Monday.\n\n{closing}"

    layout = outlets.get_parser("generic").split(text)

    assert layout.authors == authors
    assert layout.body == "The envoys met on Monday."


def test_a_closing_sentence_about_someone_else_stays_in_the_body() -> None:
    """A last paragraph that is news prose (quotes, no job word) is not an author note."""
    text = (
        "Envoys Meet in Maputo\n\nThe envoys met on Monday.\n\n"
        'Lima is expected to return next week, officials said. "We will be back," she said.'
    )

    layout = outlets.get_parser("generic").split(text)

    assert layout.authors == ()
    assert layout.body.endswith('"We will be back," she said.')


def test_a_closing_bio_of_someone_the_story_names_stays_in_the_body() -> None:
    """A closing bio of a person the story already named is not an author note."""
    text = (
        "Kenya Hosts Summit\n\nPresident Daniel Mwangi opened the summit on Monday.\n\n"
        "Daniel Mwangi is the president of the regional bloc until June."
    )

    layout = outlets.get_parser("generic").split(text)

    assert layout.authors == ()
    assert layout.body.endswith("Daniel Mwangi is the president of the regional bloc until June.")


@pytest.mark.parametrize(
    "closing",
    [
        "Kwame Asante was carrying a message from President Ibrahim Toure to the summit.",
        "Leila Haddad was among the envoys who met the president on Tuesday.",
        "Tomas Vell is expected to brief the foreign minister on the talks.",
    ],
)
def test_a_story_s_last_sentence_about_someone_is_no_author_note(closing: str) -> None:
    """
    "A was carrying a message from President B": a story's sentence, kept in the body.

    A bio's words between "is" and the job name the job ("is a senior fellow"); a
    preposition or conjunction there ("from President", "among the envoys who met the
    president") tells the story, and the person is no author.
    """
    text = f"Summit Opens\n\nForeign ministers met in Accra on Monday.\n\n{closing}"

    layout = outlets.get_parser("generic").split(text)

    assert layout.authors == ()
    assert layout.body.endswith(closing)


def test_a_one_sentence_story_about_someone_is_read() -> None:
    """A text of one such sentence is the story, not page furniture."""
    article = diplomeet.parse(
        "King Faisal of Jordan was carrying a message from President Adel Mansour of Egypt."
    )

    assert not [d for d in article.diagnostics if d.code == "input.empty"]
    assert article.source.authors == ()


def test_sign_off_is_read_only_at_the_end() -> None:
    """A '- Name.' line in the middle of a page (a quote's attribution) is not a sign-off."""
    text = "Fact Check\n\nThe claim was made twice.\n\n- Ana Lima.\n\nIt is false, records show."

    assert outlets.get_parser("generic").split(text).authors == ()


def test_reporting_credit_glued_to_last_paragraph_is_cut() -> None:
    """'(Reporting by X in Y; Editing by Z.)' at a paragraph's end credits X and leaves the body."""
    text = (
        "Ministers Meet\n\nThe ministers met in Lima. "
        "(Reporting by Carla Mendez in Lima and Hugo Paz in Quito, Ecuador; Editing by Ed Cole.)"
    )

    layout = outlets.get_parser("generic").split(text)

    assert layout.authors == ("Carla Mendez", "Hugo Paz")
    assert layout.body == "The ministers met in Lima."


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("Nairobi (AFP) – Kenya's president met", "AFP"),
        ("Dec 29 (Reuters) - Kenya's president met", "Reuters"),
        ("SANTIAGO, Chile, March 4 (UPI) — Kenya's president met", "UPI"),
        ("(AP) — Kenya's president met", "AP"),
    ],
)
def test_datelines_in_any_case_credit_their_agency(opening: str, agency: str) -> None:
    """Wire datelines in capitals, title case or with a date credit their agency."""
    layout = outlets.get_parser("generic").split(f"Talks in Nairobi\n\n{opening} his guest.")

    assert layout.agencies == (agency,)
    assert f"({agency})" not in layout.body
    assert layout.body.endswith("Kenya's president met his guest.")


def test_chart_source_line_is_not_an_agency_credit() -> None:
    """'Source: NATO' under a chart credits data, not reporting: no agency."""
    layout = outlets.get_parser("generic").split(
        "Spending Rises\n\nAllies spent more.\n\nSource: NATO"
    )

    assert layout.agencies == ()


# --- markers of known layouts -----------------------------------------------------------------


def test_line_start_marker_counts_only_at_the_start_of_a_line() -> None:
    """A marker opening with a line start is found after blanks there, not mid-sentence."""
    parser = outlets.MarkedParser(
        "desk", "Desk", outlet="Desk", markers=((r"^[ \t]*Desk staff report\b", 0.9),)
    )
    assert parser.detect("Headline\n\n  \tDesk staff report from the capital.\n") == 0.9
    assert parser.detect("Desk staff report first\nmore") == 0.9
    assert parser.detect("As the Desk staff report said, Desk staff report again.") == 0.0
    assert parser.detect("The story.\nIt said: Desk staff report.\n") == 0.0


def test_marker_without_line_start_is_searched_anywhere() -> None:
    """Other markers are plain searches with MULTILINE anchors."""
    parser = outlets.MarkedParser(
        "wire", "Wire", outlet=None, markers=((r"\(Wire Desk\)$", 0.7), (r"\bWD-\d+", 0.6))
    )
    assert parser.detect("Text (Wire Desk)\nmore") == 0.7
    assert parser.detect("Ref WD-12 in the middle") == 0.6
    assert parser.detect("Nothing here") == 0.0
