"""
The registry of outlet parsers: built-ins from a static map, plugins from entry points.

Built-ins are imported only when asked for.  Plugins are found through the entry-point group
``diplomeet.parsers`` and loaded one by one, by name, when first needed; each is checked on
load and a broken one fails only when it is used.  ``DIPLOMEET_NO_PLUGINS=1`` turns plugin
discovery off.
"""

from __future__ import annotations

import functools
import importlib
import os
import re
import threading
import warnings
from collections.abc import Mapping
from importlib.metadata import EntryPoint, entry_points
from typing import Final

import attrs

from diplomeet.errors import DiplomeetWarning, ParserContractError, UnknownOutletError
from diplomeet.outlets._contract import OutletParser

__all__ = [
    "ENTRY_POINT_GROUP",
    "ParserInfo",
    "get_parser",
    "list_parsers",
    "select_parser",
]

ENTRY_POINT_GROUP: Final = "diplomeet.parsers"
"""The entry-point group plugins register under::

    [project.entry-points."diplomeet.parsers"]
    acme_times = "acme_outlets.times:PARSER"
"""

# id -> module holding PARSER.  Order matters only for ties in detection.
_BUILTINS: Final[Mapping[str, str]] = {
    "generic": "diplomeet.outlets._generic",
    "afp_photo": "diplomeet.outlets._afp_photo",
    "breadcrumb": "diplomeet.outlets._breadcrumb",
    "rferl": "diplomeet.outlets._rferl",
    "united_with_israel": "diplomeet.outlets._united_with_israel",
    "ynetnews": "diplomeet.outlets._ynetnews",
}
_ID_RE: Final = re.compile(r"^[a-z][a-z0-9_]*$")
# Below this confidence the generic parser reads the page.
DETECT_THRESHOLD: Final = 0.5

_lock = threading.Lock()
_loaded: dict[str, OutletParser] = {}


@attrs.frozen(kw_only=True)
class ParserInfo:
    """
    One registered parser, as ``diplomeet outlets`` lists it.

    Attributes:
        id: The parser's id.
        name: Its display name, or ``None`` when the plugin failed to load.
        origin: ``"built-in"`` or the name of the distribution providing the plugin.
        error: Why the plugin cannot be used, or ``None``.
    """

    id: str
    name: str | None
    origin: str
    error: str | None = None


def _plugins_enabled() -> bool:
    return os.environ.get("DIPLOMEET_NO_PLUGINS", "").strip() not in {"1", "true", "yes"}


@functools.cache
def _entry_points() -> Mapping[str, EntryPoint]:
    """The plugin entry points by name, built-in ids skipped with a warning."""
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in _BUILTINS:
            warnings.warn(
                f"outlet parser plugin {ep.name!r} from {_dist_name(ep)} reuses a built-in id "
                "and is ignored; give it another id",
                DiplomeetWarning,
                stacklevel=2,
            )
            continue
        found.setdefault(ep.name, ep)
    return found


def _plugin_entry_points() -> Mapping[str, EntryPoint]:
    return _entry_points() if _plugins_enabled() else {}


def _dist_name(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    return f"distribution {dist.name!r}" if dist is not None else "an unknown distribution"


def _load_plugin(ep: EntryPoint) -> OutletParser:
    """Load one plugin and check it follows the contract (pluggy's validate-on-register)."""
    where = f"outlet parser plugin {ep.name!r} ({ep.value}) from {_dist_name(ep)}"
    try:
        obj = ep.load()
    except Exception as exc:
        raise ParserContractError(f"{where} failed to load: {exc!r}") from exc
    if isinstance(obj, type):
        try:
            obj = obj()
        except Exception as exc:
            raise ParserContractError(f"{where} could not be instantiated: {exc!r}") from exc
    problems = contract_problems(obj)
    if not problems and obj.id != ep.name:
        problems.append(f"its id {obj.id!r} differs from the entry-point name {ep.name!r}")
    if problems:
        raise ParserContractError(
            f"{where} breaks the OutletParser contract: " + "; ".join(problems)
        )
    return obj  # type: ignore[no-any-return]


def contract_problems(obj: object) -> list[str]:
    """Return what keeps ``obj`` from being an :class:`OutletParser` (empty when it is one)."""
    if not isinstance(obj, OutletParser):
        missing = [a for a in ("id", "name", "detect", "split") if not hasattr(obj, a)]
        return [f"{type(obj).__name__} lacks {', '.join(missing)}"]
    problems = []
    # plugins are untyped at run time: look at the values, not at the annotations
    parser_id: object = obj.id
    name: object = obj.name
    detect: object = obj.detect
    split: object = obj.split
    if not isinstance(parser_id, str) or not _ID_RE.match(parser_id):
        problems.append(f"id must match {_ID_RE.pattern}, got {parser_id!r}")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"name must be a non-empty string, got {name!r}")
    if not callable(detect) or not callable(split):
        problems.append("detect and split must be methods")
    return problems


def get_parser(parser_id: str) -> OutletParser:
    """
    Return the parser registered under ``parser_id``: a built-in, else a plugin.

    Raises:
        UnknownOutletError: no parser has that id.
        ParserContractError: the plugin registered under that id is broken.
    """
    loaded = _loaded.get(parser_id)  # a dict read is atomic: no lock once a parser is loaded
    if loaded is not None:
        return loaded
    module = _BUILTINS.get(parser_id)
    if module is not None:
        parser: OutletParser = importlib.import_module(module).PARSER
    else:
        ep = _plugin_entry_points().get(parser_id)
        if ep is None:
            known = ", ".join(sorted({*_BUILTINS, *_plugin_entry_points()}))
            raise UnknownOutletError(
                f"no outlet parser {parser_id!r}; registered: {known} "
                "(run `diplomeet outlets` to list them)"
            )
        parser = _load_plugin(ep)
    with _lock:
        return _loaded.setdefault(parser_id, parser)


def list_parsers() -> tuple[ParserInfo, ...]:
    """Every registered parser, built-ins first; a broken plugin is listed with its error."""
    infos = [ParserInfo(id=pid, name=get_parser(pid).name, origin="built-in") for pid in _BUILTINS]
    for pid, ep in sorted(_plugin_entry_points().items()):
        dist = getattr(ep, "dist", None)
        origin = dist.name if dist is not None else "plugin"
        try:
            infos.append(ParserInfo(id=pid, name=get_parser(pid).name, origin=origin))
        except ParserContractError as exc:
            infos.append(ParserInfo(id=pid, name=None, origin=origin, error=str(exc)))
    return tuple(infos)


def select_parser(text: str, *, outlet: str | None = None, url: str | None = None) -> OutletParser:
    """
    Return the parser for ``text``: the one named by ``outlet``, else the most confident one.

    Detection asks every built-in and plugin parser; below a confidence of 0.5 the
    generic parser is used.  A plugin that cannot load or whose ``detect`` raises is left
    out of detection with a :class:`~diplomeet.errors.DiplomeetWarning`.

    Raises:
        UnknownOutletError: ``outlet`` names no registered parser.
        ParserContractError: ``outlet`` names a broken plugin.
    """
    if outlet is not None:
        return get_parser(outlet)
    best: OutletParser = get_parser("generic")
    best_score = DETECT_THRESHOLD
    for pid in (*_BUILTINS, *_plugin_entry_points()):
        if pid == "generic":
            continue
        try:
            parser = get_parser(pid)
            score = float(parser.detect(text, url))
        except Exception as exc:
            if pid in _BUILTINS:
                raise
            _warn_once(pid, exc)
            continue
        if score > best_score:
            best, best_score = parser, score
    return best


@functools.cache
def _warn_once(parser_id: str, exc: BaseException) -> None:
    warnings.warn(
        f"outlet parser {parser_id!r} left out of detection: {exc!r}",
        DiplomeetWarning,
        stacklevel=3,
    )


def _reset() -> None:
    """Forget loaded parsers and discovered plugins (for tests)."""
    with _lock:
        _loaded.clear()
    _entry_points.cache_clear()
    _warn_once.cache_clear()
