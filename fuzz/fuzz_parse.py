"""
Coverage-guided fuzzing of ``diplomeet.parse`` with atheris, for runs of hours.

Each input is split into publication date, str-or-bytes choice and article text; the
harness fails (and atheris saves the crashing input) when ``parse`` raises, a stage
crashes, a span leaves the text, or the JSON is not UTF-8 or does not round-trip.
See ``fuzz/README.md``::

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=3600 fuzz/corpus
"""

from __future__ import annotations

import sys
from datetime import date

import atheris

with atheris.instrument_imports():
    import diplomeet

_DAY_ZERO = date.min.toordinal()
_DAYS = date.max.toordinal() - _DAY_ZERO


def _published(fdp: atheris.FuzzedDataProvider) -> date | None:
    choice = fdp.ConsumeIntInRange(0, 3)
    if choice == 0:
        return None
    if choice == 1:
        return fdp.PickValueInList([date.min, date.max, date(2000, 2, 29)])
    return date.fromordinal(_DAY_ZERO + fdp.ConsumeIntInRange(0, _DAYS))


def test_one_input(data: bytes) -> None:
    """Parse one fuzzed article and check every invariant of the result."""
    fdp = atheris.FuzzedDataProvider(data)
    published = _published(fdp)
    as_bytes = fdp.ConsumeBool()
    article: str | bytes
    if as_bytes:
        article = fdp.ConsumeBytes(fdp.remaining_bytes())
    else:
        article = fdp.ConsumeUnicode(fdp.remaining_bytes())  # may hold lone surrogates
    art = diplomeet.parse(article, published=published)
    crashed = [d.message for d in art.diagnostics if d.code == "stage.crashed"]
    if crashed:
        raise AssertionError(crashed)
    for where, span in art.spans():
        if art.text[span.start : span.end] != span.text:
            raise AssertionError(f"{where} does not point into the text")
    text = diplomeet.to_json(art)
    text.encode("utf-8")
    if diplomeet.from_json(text) != art:
        raise AssertionError("the JSON does not round-trip")


def main() -> None:
    """Run atheris with the command-line options of libFuzzer."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
