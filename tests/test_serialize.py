"""JSON round trip and JSON Schema, property-tested over every record type."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplomeet
from diplomeet import InvalidJSONError, serialize
from diplomeet.records import (
    Actor,
    Diagnostic,
    Incident,
    Meeting,
    ParsedArticle,
    Place,
    Source,
    Span,
    Statement,
    TimeRef,
)
from diplomeet.serialize import from_dict, from_json, json_schema, to_dict, to_json
from diplomeet.testing import strategies as dst

#: The issue's bar: at least 1,000 examples per record type in the default profile.
RECORD_EXAMPLES = 1000

RECORDS: list[tuple[type[Any], Callable[[], st.SearchStrategy[Any]]]] = [
    (Span, dst.spans),
    (Actor, dst.actors),
    (Place, dst.places),
    (TimeRef, dst.time_refs),
    (Meeting, dst.meetings),
    (Statement, dst.statements),
    (Incident, dst.incidents),
    (Diagnostic, dst.diagnostics),
    (Source, dst.sources),
    (ParsedArticle, dst.parsed_articles),
]

_SCHEMA = json_schema()
jsonschema.Draft202012Validator.check_schema(_SCHEMA)


def _validator_for(cls: type[Any]) -> jsonschema.Draft202012Validator:
    if cls is ParsedArticle:
        return jsonschema.Draft202012Validator(_SCHEMA)
    sub = {"$ref": f"#/$defs/{cls.__name__}", "$defs": _SCHEMA["$defs"]}
    return jsonschema.Draft202012Validator(sub)


@pytest.mark.parametrize(("cls", "strategy"), RECORDS, ids=[c.__name__ for c, _ in RECORDS])
def test_round_trip_and_schema(cls: type[Any], strategy: Callable[[], Any]) -> None:
    """Every record survives a JSON round trip unchanged, and its JSON fits the schema."""
    validator = _validator_for(cls)

    @settings(max_examples=RECORD_EXAMPLES)
    @given(strategy())
    def check(record: Any) -> None:
        text = to_json(record)
        validator.validate(json.loads(text))
        assert from_json(text, cls) == record

    check()


def test_json_keeps_field_order_and_iso_dates() -> None:
    """JSON keys follow the attribute order; dates are ISO strings."""
    source = Source(parser="generic", published=date(2019, 2, 27), published_from="text")

    data = to_dict(source)

    assert list(data) == [a.name for a in attrs.fields(Source)]
    assert data["published"] == "2019-02-27"


def test_schema_covers_every_field_of_every_record() -> None:
    """The schema lists exactly the fields of each class, so it cannot drift from them."""
    for cls, _ in RECORDS:
        props = (
            _SCHEMA["properties"]
            if cls is ParsedArticle
            else _SCHEMA["$defs"][cls.__name__]["properties"]
        )

        assert list(props) == [a.name for a in attrs.fields(cls)], cls.__name__


@pytest.mark.parametrize(
    ("doc", "fragment"),
    [
        ('{"name": 1}', "expected str @ $.name"),
        ('{"name": "A", "kind": "robot"}', "$.kind"),
        ('{"name": "A", "extra": true}', "extra fields found (extra)"),
        ('{"kind": "person"}', "required field missing @ $.name"),
        ('{"name": ""}', "Actor.name: must not be empty"),
        ("not json", "not JSON"),
    ],
)
def test_from_json_rejects_bad_documents_with_a_path(doc: str, fragment: str) -> None:
    """Wrong types, unknown keys, bad vocabularies and broken invariants are refused."""
    with pytest.raises(InvalidJSONError) as info:
        from_json(doc, Actor)

    assert any(fragment in e for e in info.value.errors), info.value.errors


def test_the_documented_path_message_is_real() -> None:
    """The message records.md and InvalidJSONError's docstring give is what a reader gets."""
    with pytest.raises(InvalidJSONError) as info:
        from_json('{"meetings": [{"participants": []}]}')

    assert "required field missing @ $.meetings[0].evidence" in info.value.errors


def test_from_dict_defaults_to_parsed_article() -> None:
    """from_dict() without a class reads a ParsedArticle."""
    article = from_dict({"schema_version": 1, "text": "x"})

    assert article == ParsedArticle(text="x")


def test_to_json_refuses_non_records() -> None:
    """to_json() of something that is not a record is a TypeError, not bad JSON."""
    with pytest.raises(TypeError, match="diplomeet record"):
        diplomeet.to_json({"a": 1})


def test_import_does_not_load_cattrs_until_records_are_serialised() -> None:
    """
    The converter is made on first use: ``import diplomeet`` leaves cattrs unloaded.

    Parsing needs no cattrs; a corpus job that only parses, or a CLI that prints a table,
    does not pay for it.  The first ``to_json`` (or ``serialize.converter``) loads it.
    """
    code = (
        "import sys, diplomeet\n"
        "before = 'cattrs' in sys.modules\n"
        "diplomeet.to_json(diplomeet.parse('The ministers met in Lima on Monday.'))\n"
        "from diplomeet.serialize import converter\n"
        "print(before, 'cattrs' in sys.modules, type(converter).__name__)\n"
    )
    out = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "True", "JsonConverter"]


def test_unknown_module_attribute_is_an_attribute_error() -> None:
    """The lazy ``converter`` hook answers only for ``converter``."""
    with pytest.raises(AttributeError, match="no attribute 'convertor'"):
        _ = serialize.convertor  # type: ignore[attr-defined]
