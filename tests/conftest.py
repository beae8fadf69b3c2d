"""Shared fixtures and Hypothesis profiles for the test suite."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import diplomeet

ROOT = Path(__file__).resolve().parent.parent

# "dev" is the default; "ci" searches harder.  Choose with HYPOTHESIS_PROFILE=ci.
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def shared_path() -> Path | None:
    """The reference data folder: $DIPLOMEET_SHARED, else ../shared beside the project."""
    env = os.environ.get("DIPLOMEET_SHARED")
    path = Path(env) if env else ROOT.parent / "shared"
    return path if path.is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    """
    The reference data folder.

    Skips the test with a reason when the folder is absent, except under CI (``CI`` set),
    where its absence is a failure: CI must measure what it claims to measure.
    """
    path = shared_path()
    if path is None:
        reason = (
            "reference data not found: set DIPLOMEET_SHARED or put `shared/` beside the project"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def meetings_read(text: str, published: date) -> list[tuple[str, tuple[str, ...]]]:
    """The meetings ``parse`` reads in ``text``: each one's status and its people's names."""
    article = diplomeet.parse(text, published=published)
    return [(m.status, tuple(p.name for p in m.participants)) for m in article.meetings]


def incidents_read(text: str, published: date) -> list[tuple[str, str | None]]:
    """
    The incidents ``parse`` reads in ``text`` set in a story: each one's kind and date.

    The text goes under a headline and before a closing line, as a paragraph of a story.
    """
    article = diplomeet.parse(
        f"Headline of the story\n\n{text}\n\nMore follows.", published=published
    )
    return [(i.kind, i.when.value if i.when else None) for i in article.incidents]
