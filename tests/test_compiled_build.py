"""
The opt-in compiled build (mypyc) stays opt-in, and names modules that exist.

The compiled build itself is not made here: CI runs the pure-Python package, and
docs/performance.md ("Compiled build") says how to build and check the compiled one.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from hatchling.build import get_requires_for_build_wheel

import diplomeet
from conftest import ROOT

_ENABLE = "HATCH_BUILD_HOOK_ENABLE_MYPYC"


def _hook() -> dict[str, Any]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook: dict[str, Any] = project["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    return hook


def _build_requirements(monkeypatch: pytest.MonkeyPatch, *, enabled: bool) -> list[str]:
    monkeypatch.chdir(ROOT)
    for name in (_ENABLE, "HATCH_BUILD_HOOKS_ENABLE", "HATCH_BUILD_NO_HOOKS"):
        monkeypatch.delenv(name, raising=False)
    if enabled:
        monkeypatch.setenv(_ENABLE, "1")
    return get_requires_for_build_wheel()


def test_default_build_needs_no_compiler_tools(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain build asks for nothing beyond hatchling: no mypyc, no setuptools, no compiler."""
    assert _hook()["enable-by-default"] is False
    assert _build_requirements(monkeypatch, enabled=False) == []


def test_environment_variable_switches_the_compiled_build_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With HATCH_BUILD_HOOK_ENABLE_MYPYC=1 the build pulls in hatch-mypyc and mypy."""
    names = {
        req.split(">")[0].split("=")[0] for req in _build_requirements(monkeypatch, enabled=True)
    }

    assert {"hatch-mypyc", "mypy", "attrs"} <= names


def test_compiled_modules_exist_and_are_documented() -> None:
    """Each module the hook compiles is a source file of the package, named in the docs."""
    modules = _hook()["include"]
    docs = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")

    assert modules
    for path in modules:
        source = ROOT / path
        assert source.is_file(), path
        assert source.suffix == ".py"
        assert source.is_relative_to(ROOT / "src" / "diplomeet")
        dotted = ".".join(Path(path).relative_to("src").with_suffix("").parts)
        assert f"`{dotted}`" in docs, f"{dotted} is compiled but not listed in docs/performance.md"


def test_no_stale_compiled_module_shadows_its_source() -> None:
    """
    A compiled module left in src/ by a compiled build is newer than its source.

    Building the compiled wheel from a checkout leaves the extensions beside the sources
    (hatch-mypyc compiles in place), where an editable install imports them instead of the
    .py files: after an edit the old code would run.
    """
    stale = []
    package = ROOT / "src" / "diplomeet"
    for extension in [*package.rglob("*.so"), *package.rglob("*.pyd")]:
        source = extension.with_name(extension.name.split(".")[0] + ".py")
        if source.is_file() and source.stat().st_mtime > extension.stat().st_mtime:
            stale.append(str(extension.relative_to(ROOT)))

    assert not stale, f"stale compiled modules, remove them (git clean -fX src/): {stale}"


def _declares_bare_float(annotation: str) -> bool:
    words = set(re.findall(r"\w+", annotation))
    return "float" in words and "int" not in words


def test_no_table_declared_float_holds_whole_numbers() -> None:
    """
    A constant declared ``float`` holds no ``int``: a compiled build would change its sums.

    Python (and mypy) let an ``int`` stand where ``float`` is declared; mypyc stores a declared
    ``float`` as a C double, so in a compiled module "sixty" + "three" from a table of ``float``
    values came out ``63.0``, which the date reader took for a vague count ("Sixty-three years
    ago" read ``PAST_REF`` compiled, ``XXXX`` pure). Tables holding whole numbers say ``int``.
    """
    wrong = []
    for info in pkgutil.walk_packages(diplomeet.__path__, "diplomeet."):
        if info.name.endswith(".__main__"):  # importing it runs the command line
            continue
        module = importlib.import_module(info.name)
        for name, annotation in vars(module).get("__annotations__", {}).items():
            if not isinstance(annotation, str) or not _declares_bare_float(annotation):
                continue
            value = vars(module).get(name)
            values = value.values() if isinstance(value, Mapping) else [value]
            if any(type(item) is int for item in values):
                wrong.append(f"{info.name}.{name}")

    assert not wrong, f"declared float, holds int (declare int | float): {wrong}"
