"""
What every result of ``diplomeet.parse`` must satisfy, whatever the input.

Shared by ``test_hostile.py`` and ``test_fuzz.py``: no stage crashed, every span points
into the text, the JSON validates against the published schema, encodes as UTF-8 and
round-trips to an equal record.
"""

from __future__ import annotations

import functools
import json

import jsonschema

import diplomeet
from diplomeet.records import ParsedArticle

__all__ = ["assert_sound", "crashes"]


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(diplomeet.json_schema())


def crashes(article: ParsedArticle) -> list[str]:
    """Return the messages of the ``stage.crashed`` diagnostics: bugs, not odd input."""
    return [d.message for d in article.diagnostics if d.code == "stage.crashed"]


def assert_sound(article: ParsedArticle) -> None:
    """Assert the invariants every parse result keeps, naming the first one broken."""
    assert crashes(article) == [], crashes(article)
    for where, span in article.spans():
        assert 0 <= span.start <= span.end <= len(article.text), where
        assert article.text[span.start : span.end] == span.text, where
    text = diplomeet.to_json(article)
    text.encode("utf-8")  # no lone surrogate may reach the JSON: files and sockets are UTF-8
    errors = [e.message for e in _validator().iter_errors(json.loads(text))]
    assert errors == [], errors[:3]
    assert diplomeet.from_json(text) == article
