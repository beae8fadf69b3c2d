"""The documentation's JSON examples are real: they load as records and fit the schema."""

from __future__ import annotations

import json
import re
from datetime import date

import jsonschema
import pytest

import diplomeet
from conftest import ROOT
from diplomeet.records import Actor, Diagnostic, ParsedArticle, Place, Span, TimeRef

_BLOCKS = re.findall(
    r"```json\n(.*?)```", (ROOT / "docs" / "records.md").read_text(encoding="utf-8"), re.DOTALL
)


def test_full_example_is_a_valid_parsed_article() -> None:
    """The complete article example in records.md loads, round-trips and fits the schema."""
    data = json.loads(_BLOCKS[0])

    jsonschema.validate(data, diplomeet.json_schema())
    article = diplomeet.from_json(_BLOCKS[0])
    assert isinstance(article, ParsedArticle)
    assert json.loads(diplomeet.to_json(article)) == data


def test_full_example_is_what_parse_gives_on_the_text_shown() -> None:
    """The complete example is diplomeet's real output for the wire story printed above it."""
    doc = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    story = re.findall(r"```text\n(.*?)```", doc, re.DOTALL)[0]

    article = diplomeet.parse(story, published=date(2024, 5, 3))

    assert json.loads(diplomeet.to_json(article)) == json.loads(_BLOCKS[0])


@pytest.mark.parametrize(
    ("index", "cls"), [(1, Actor), (2, Place), (3, TimeRef), (4, Span), (5, Diagnostic)]
)
def test_field_examples_load_as_their_records(index: int, cls: type[object]) -> None:
    """Each per-record JSON example in records.md is a valid record of its class."""
    record = diplomeet.from_json(_BLOCKS[index], cls)

    assert json.loads(diplomeet.to_json(record)) == json.loads(_BLOCKS[index])
