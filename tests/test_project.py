"""The project keeps its promises to new users: the README's commands are the ones CI runs."""

from __future__ import annotations

import re

from conftest import ROOT


def _code_blocks(markdown: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", markdown, flags=re.DOTALL)]


def test_ci_runs_the_readme_check_command() -> None:
    """.ci/run runs exactly the README's development command."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    check = next(b for b in _code_blocks(readme) if "pytest" in b)

    assert check in ci.splitlines()


def test_readme_sample_article_exists() -> None:
    """The README's first command parses an article that ships with the project."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    run = next(b for b in _code_blocks(readme) if "diplomeet parse" in b)
    path = re.search(r"parse (\S+)", run)

    assert path is not None
    assert (ROOT / path.group(1)).is_file()
