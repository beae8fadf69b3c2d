"""The example plugin in examples/custom_outlet, installed for real and found by diplomeet."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import diplomeet
from diplomeet import outlets
from diplomeet.cli import main
from diplomeet.outlets import _registry

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "custom_outlet"


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example plugin pip-installed (no network, no build isolation) into a fresh folder."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(  # noqa: S603 - fixed arguments, our own interpreter
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(EXAMPLE),
        ],
        check=True,
        capture_output=True,
    )
    return target


@pytest.fixture
def installed(plugin_site: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The installed plugin on sys.path, with a registry that has not looked for plugins yet."""
    monkeypatch.delenv("DIPLOMEET_NO_PLUGINS", raising=False)
    monkeypatch.syspath_prepend(str(plugin_site))
    _registry._reset()
    yield plugin_site
    sys.modules.pop("harbour_herald", None)
    _registry._reset()


def test_installed_plugin_is_listed(installed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`diplomeet outlets` lists the plugin with its distribution."""
    assert (installed / "harbour_herald").is_dir()

    assert main(["outlets"]) == 0

    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("harbour_herald"))
    assert "The Harbour Herald" in line
    assert "diplomeet-harbour-herald" in line


def test_installed_plugin_is_detected_by_parse(installed: Path) -> None:
    """parse() picks the plugin by its masthead and reads its byline; shared rules do the rest."""
    assert installed.is_dir()
    text = (EXAMPLE / "herald_story.txt").read_text(encoding="utf-8")

    art = diplomeet.parse(text)

    assert art.source.parser == "harbour_herald"
    assert art.source.outlet == "The Harbour Herald"
    assert art.source.headline == "Chile and Norway agree to pool Antarctic research"
    assert art.source.authors == ("Ana Costa", "Lee Park")
    assert art.source.agencies == ("Reuters",)
    assert "THE HARBOUR HERALD" not in art.text
    assert "Story by" not in art.text


def test_installed_plugin_is_selectable_by_id(installed: Path) -> None:
    """outlet='harbour_herald' selects the plugin; it passes the contract check."""
    assert installed.is_dir()

    parser = outlets.get_parser("harbour_herald")

    assert outlets.contract_problems(parser) == []
    assert diplomeet.parse("Talks.", outlet="harbour_herald").source.parser == "harbour_herald"


def test_extending_doc_shows_the_example_plugin_code() -> None:
    """Every code line of the walk-through in docs/extending.md is in the example plugin."""
    doc = (EXAMPLE.parent.parent / "docs" / "extending.md").read_text(encoding="utf-8")
    walk_through = doc.split("## Walk-through", 1)[1]
    block = walk_through.split("```python\n", 1)[1].split("```", 1)[0]
    source = (EXAMPLE / "src" / "harbour_herald" / "__init__.py").read_text(encoding="utf-8")

    lines = [line.strip() for line in block.splitlines() if line.strip()]
    assert len(lines) >= 20
    assert [line for line in lines if line not in source] == []
