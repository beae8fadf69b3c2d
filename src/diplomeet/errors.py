"""
Exceptions and warnings raised by diplomeet.

diplomeet has three channels for problems, and each problem goes to exactly one:

1. **Exceptions** are for misuse of the API only.  They all derive from
   :class:`DiplomeetError` *and* from a builtin exception, so ``except ValueError``
   keeps working for callers who do not know about diplomeet.
2. **Diagnostics** (:class:`diplomeet.records.Diagnostic`) describe everything odd
   about the *input*: they are returned inside the result and never raised.
3. **Warnings** (:class:`DiplomeetWarning`) are for process-level events such as a
   broken plugin found during discovery.
"""

from __future__ import annotations

__all__ = [
    "BatchError",
    "DiplomeetError",
    "DiplomeetWarning",
    "InvalidArgument",
    "InvalidGoldError",
    "InvalidJSONError",
    "InvalidRecordError",
    "ParserContractError",
    "UnknownOutletError",
]


class DiplomeetError(Exception):
    """Root of every exception diplomeet raises on purpose."""


class InvalidArgument(DiplomeetError, ValueError):  # noqa: N818 - the name mirrors hypothesis'
    """An argument passed to a public function has the right type but a wrong value."""


class InvalidRecordError(DiplomeetError, ValueError):
    """
    A record was constructed with a value that breaks one of its invariants.

    The message always names the record class and the field, for example
    ``Span.end: must be >= start (3), got 1``.

    Attributes:
        record: Name of the record class, e.g. ``"Span"``.
        field: Name of the offending field, e.g. ``"end"``.
        value: The value that was refused.
    """

    def __init__(self, record: str, field: str, value: object, problem: str) -> None:
        self.record = record
        self.field = field
        self.value = value
        super().__init__(f"{record}.{field}: {problem}, got {value!r}")


class InvalidJSONError(DiplomeetError, ValueError):
    """
    A JSON document could not be turned into diplomeet records.

    Attributes:
        errors: One line per problem, with a path into the document, such as
            ``"required field missing @ $.meetings[0].evidence"``.
    """

    def __init__(self, errors: list[str]) -> None:
        self.errors = tuple(errors)
        super().__init__("invalid diplomeet JSON: " + "; ".join(errors))


class InvalidGoldError(DiplomeetError, ValueError):
    """
    A gold annotation file cannot be read or breaks the gold format.

    Attributes:
        file: The gold file's name.
        problems: One line per problem, with a path such as ``$.meetings[0].when``.
    """

    def __init__(self, file: str, problems: list[str]) -> None:
        self.file = file
        self.problems = tuple(problems)
        super().__init__(f"invalid gold file {file}: " + "; ".join(problems))


class BatchError(DiplomeetError, ValueError):
    """
    A batch run cannot start or go on: its input, sidecar or output file is unusable.

    Problems with single records never raise; they go to the batch's errors file.
    """


class UnknownOutletError(DiplomeetError, LookupError):
    """No outlet parser is registered under the requested id."""


class ParserContractError(DiplomeetError, TypeError):
    """A plugin's outlet parser does not follow the :class:`OutletParser` contract."""


class DiplomeetWarning(UserWarning):
    """A process-level event the caller may want to know about (plugin discovery, deprecation)."""
