"""
JSON form of the records, and its JSON Schema.

One ``cattrs`` converter, owned by this module (never cattrs' global one), turns records
into JSON and back without loss:

* field names are the attribute names, in declaration order, so output is stable;
* dates are ISO 8601 strings (``"2016-04-21"``); tuples are arrays;
* reading is strict: a string where a number belongs, a number where a string belongs,
  an unknown key, a value outside a closed vocabulary or a broken invariant is refused
  with :class:`~diplomeet.errors.InvalidJSONError`, whose ``errors`` give a path into the
  document (``"required field missing @ $.meetings[0].evidence"``).

Example:
    >>> from diplomeet.records import Actor
    >>> to_json(Actor(name="Angela Merkel", title="Chancellor", country="DE"))
    '{"name": "Angela Merkel", "kind": "person", "title": "Chancellor", "country": "DE"}'
"""

from __future__ import annotations

import json
import types
import typing
from datetime import date
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

import attrs

from diplomeet.errors import InvalidJSONError, InvalidRecordError
from diplomeet.records import ParsedArticle

if TYPE_CHECKING:
    import cattrs
    from cattrs.preconf.json import JsonConverter

__all__ = ["converter", "from_dict", "from_json", "json_schema", "to_dict", "to_json"]

_R = TypeVar("_R")


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def _structure_date(value: object, _: type) -> date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
    return date.fromisoformat(value)


def _make_converter() -> JsonConverter:
    from cattrs.preconf.json import make_converter  # noqa: PLC0415 - cattrs loads on first use

    conv = make_converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(date, _structure_date)
    conv.register_unstructure_hook(date, date.isoformat)
    return conv


_converters: list[JsonConverter] = []


def _converter() -> JsonConverter:
    """The module's converter, made on first use: ``import diplomeet`` does not load cattrs."""
    if not _converters:
        _converters.append(_make_converter())
    return _converters[0]


if TYPE_CHECKING:
    #: The converter behind :func:`to_json` and :func:`from_json`.  Use it to embed
    #: diplomeet records in your own cattrs-based models.
    converter: JsonConverter


if not TYPE_CHECKING:  # type checkers see ``converter`` above, and no other name

    def __getattr__(name: str) -> object:
        """Make ``converter`` on first access (PEP 562), so that importing is cheap."""
        if name == "converter":
            return _converter()
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def to_dict(record: object) -> dict[str, Any]:
    """Return the JSON-ready ``dict`` of a record (dates as ISO strings, tuples as lists)."""
    if not attrs.has(type(record)):
        raise TypeError(f"to_dict() takes a diplomeet record, not {type(record).__name__}")
    out: dict[str, Any] = _converter().unstructure(record)
    return out


def to_json(record: object, *, indent: int | None = None) -> str:
    """
    Return the JSON text of a record.

    Args:
        record: Any diplomeet record, usually a :class:`~diplomeet.records.ParsedArticle`.
        indent: Indentation for pretty output; ``None`` gives one line.
    """
    return json.dumps(to_dict(record), ensure_ascii=False, indent=indent)


@overload
def from_dict(data: Any) -> ParsedArticle: ...
@overload
def from_dict(data: Any, cls: type[_R]) -> _R: ...
def from_dict(data: Any, cls: type[Any] = ParsedArticle) -> Any:
    """
    Build a record from its JSON-ready ``dict``.

    Raises:
        InvalidJSONError: the data does not describe a valid record.
    """
    try:
        return _converter().structure(data, cls)
    except _validation_error() as exc:
        raise InvalidJSONError(_flatten(exc)) from exc
    except InvalidRecordError as exc:
        raise InvalidJSONError([str(exc)]) from exc


@overload
def from_json(text: str | bytes) -> ParsedArticle: ...
@overload
def from_json(text: str | bytes, cls: type[_R]) -> _R: ...
def from_json(text: str | bytes, cls: type[Any] = ParsedArticle) -> Any:
    """
    Build a record from JSON text, the inverse of :func:`to_json`.

    Args:
        text: A JSON document.
        cls: The record class to read; :class:`~diplomeet.records.ParsedArticle` by default.

    Raises:
        InvalidJSONError: the text is not JSON, or not a valid record of ``cls``.
    """
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise InvalidJSONError([f"not JSON: {exc}"]) from exc
    return from_dict(data, cls)


def _validation_error() -> type[cattrs.BaseValidationError]:
    import cattrs  # noqa: PLC0415 - loaded with the converter, on first use

    return cattrs.BaseValidationError


def _flatten(exc: cattrs.BaseValidationError) -> list[str]:
    """Path-style messages, with our own invariant errors spelled out."""
    from cattrs import transform_error  # noqa: PLC0415 - loaded with the converter

    messages = transform_error(exc)
    # transform_error renders unknown exception types generically; surface the field-naming
    # message of InvalidRecordError from the record's own validators instead.
    own = [str(e) for e in _leaves(exc) if isinstance(e, InvalidRecordError | ValueError)]
    return messages + [m for m in own if m not in messages] if own else messages


def _leaves(exc: BaseException) -> list[BaseException]:
    if isinstance(exc, BaseExceptionGroup):
        return [leaf for sub in exc.exceptions for leaf in _leaves(sub)]
    return [exc]


# --- JSON Schema ----------------------------------------------------------------------------

_SCHEMA_ID: Final = "https://diplomeet.readthedocs.io/schema/parsed-article-1.json"


def json_schema() -> dict[str, Any]:
    """
    Return the JSON Schema (draft 2020-12) of :class:`~diplomeet.records.ParsedArticle`.

    The schema is derived from the record classes themselves, so it cannot drift from
    them; ``diplomeet schema`` prints it.
    """
    defs: dict[str, Any] = {}
    root = _schema_for(ParsedArticle, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _SCHEMA_ID,
        "title": "diplomeet ParsedArticle",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _schema_for(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: PLR0911 - one branch per kind of type
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"} if tp is not ParsedArticle else defs.pop(name)
    if origin in (types.UnionType, typing.Union):
        options = [_schema_for(a, defs) for a in args]
        return {"anyOf": options}
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin is tuple:
        return {"type": "array", "items": _schema_for(args[0], defs)}
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is int:
        return {"type": "integer"}
    if tp is date:
        return {"type": "string", "format": "date"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - guarded by tests


def _class_schema(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties = {a.name: _schema_for(hints[a.name], defs) for a in attrs.fields(cls)}
    required = [a.name for a in attrs.fields(cls) if a.default is attrs.NOTHING]
    doc = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    schema: dict[str, Any] = {
        "type": "object",
        "description": " ".join(doc.split()),
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    return schema
