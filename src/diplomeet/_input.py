r"""
Turn whatever the caller passed as an article into clean text, or refuse it clearly.

:func:`read_text` is the first step of :func:`diplomeet.parse`.  It accepts ``str`` and
UTF-8 ``bytes`` (also ``bytearray`` and ``memoryview``) and raises :class:`TypeError` for
anything else, ``None`` included.  Everything odd about the text itself becomes a
diagnostic and a repair, never an exception:

* ``input.encoding`` (warning): the bytes are not valid UTF-8; bad bytes became U+FFFD.
* ``input.control`` (warning): control characters (NUL, C0 and C1 codes other than tab and
  line breaks) became spaces, so words on both sides stay apart.
* ``input.surrogate`` (warning): lone UTF-16 surrogates (which no UTF-8 file or JSON
  document can carry) became U+FFFD; well-formed surrogate pairs are joined into the
  character they encode.
* ``input.mojibake`` (info or warning): the text looks like UTF-8 that was read as
  Windows-1252 or Latin-1 somewhere upstream ("PeÃ±a" for "Peña", "â€™" for "'").  With
  the ``encoding`` extra installed (``pip install "diplomeet[encoding]"``, the ftfy library)
  the text is repaired (info); without it, it is read as it is and the warning says how to
  repair it.
* ``input.truncated`` (warning): the text was longer than :data:`MAX_CHARS` characters and
  was cut at the last line break before that limit.

A leading byte-order mark is dropped, from text as from bytes.  Text is put in Unicode
normal form C (a letter and a combining accent become one character, as names are read) and
line breaks are normalised, without a diagnostic: ``\r\n``, ``\r`` and the other Unicode
line separators become ``\n``, the paragraph separator of the pipeline.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from typing import Final

from diplomeet.records import Diagnostic

__all__ = ["MAX_CHARS", "read_text"]

#: The longest text diplomeet reads; longer input is cut (``input.truncated``).  Ten million
#: characters is some thousand times a long news article and parses in seconds.
MAX_CHARS: Final = 10_000_000

# Anything that needs a repair.  One scan of a clean article finds nothing and costs
# microseconds; the repairs below run only when it finds something.
_SUSPECT_RE: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# Line breaks other than "\n" (str.splitlines() treats all of these as line ends).
_BREAK_RE: Final = re.compile("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Control characters that carry no meaning in prose; tab stays (it is white space).
_CONTROL_RE: Final = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")
# UTF-8 read as Windows-1252: a lead byte's letter (U+00C2-U+00F4) then what a continuation
# byte (0x80-0xBF) reads as in Windows-1252 ("Ã±" for "ñ", "â€œ" for a left quote mark).
_MOJIBAKE_RE: Final = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def read_text(article: object, diagnostics: list[Diagnostic]) -> str:
    """
    Return the text of ``article``, repaired, adding a diagnostic for every repair.

    Args:
        article: The article as ``str``, or as the bytes of a UTF-8 document.
        diagnostics: The list the repairs are reported to.

    Raises:
        TypeError: ``article`` is ``None``, or neither text nor bytes.
    """
    text = _decode(article, diagnostics)
    if not unicodedata.is_normalized("NFC", text):
        # "José" written as "Jose" and a combining accent (files saved on some systems): one
        # character, as names and words are read
        text = unicodedata.normalize("NFC", text)
    if _MOJIBAKE_RE.search(text) is not None and (sample := _mojibake_sample(text)):
        text = _fix_mojibake(text, sample, diagnostics)
    if _SUSPECT_RE.search(text) is not None:
        text = _repair(text, diagnostics)
    if len(text) > MAX_CHARS:
        text = _truncate(text, diagnostics)
    return text


def _decode(article: object, diagnostics: list[Diagnostic]) -> str:
    if isinstance(article, str):
        # A plain str, even from a subclass with odd methods; a leading byte-order mark is
        # dropped, as decoding the same text from bytes ("utf-8-sig") drops it.
        return str(article).removeprefix("\ufeff")
    if isinstance(article, bytes | bytearray | memoryview):
        raw = bytes(article)
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            diagnostics.append(
                Diagnostic(
                    code="input.encoding",
                    severity="warning",
                    message=(
                        f"The input is not valid UTF-8 ({exc.reason} at byte {exc.start}); "
                        "undecodable bytes were replaced by U+FFFD. "
                        "Decode it yourself if you know the encoding."
                    ),
                )
            )
            return raw.decode("utf-8-sig", errors="replace")
    if article is None:
        raise TypeError("parse() needs the article text, got None")
    raise TypeError(
        f"parse() takes the article as str or bytes, not {type(article).__name__}; "
        "read files with Path.read_text() or pass their bytes"
    )


def _mojibake_sample(text: str) -> str:
    """
    The first stretch of ``text`` that is UTF-8 read as Windows-1252, or "".

    A candidate counts only when its characters, written back as Windows-1252 (or Latin-1)
    bytes, decode as UTF-8: "Ã±" does ("ñ"); a real "é" before an en dash does not.
    """
    for k, m in enumerate(_MOJIBAKE_RE.finditer(text)):
        if k == 50:  # a long text of real accents: enough candidates tried
            break
        for n in (2, 3, 4):
            chunk = text[m.start() : m.start() + n]
            for codec in ("cp1252", "latin-1"):
                try:
                    chunk.encode(codec).decode("utf-8")
                except UnicodeError:
                    continue
                return chunk
    return ""


def _fix_mojibake(text: str, shown: str, diagnostics: list[Diagnostic]) -> str:
    """Repair UTF-8 read as Windows-1252 (``shown`` is a sample) with ftfy; else say so."""
    try:
        ftfy = importlib.import_module("ftfy")
    except ImportError:
        diagnostics.append(
            Diagnostic(
                code="input.mojibake",
                severity="warning",
                message=(
                    f"The text looks like UTF-8 read as Windows-1252 ({shown!r}); it was read "
                    'as it is. Install the ftfy extra (pip install "diplomeet[encoding]") to '
                    "repair it, or decode the source as UTF-8."
                ),
            )
        )
        return text
    fixed: str = ftfy.fix_encoding(text)
    if fixed != text:
        diagnostics.append(
            Diagnostic(
                code="input.mojibake",
                severity="info",
                message=(
                    f"The text looked like UTF-8 read as Windows-1252 ({shown!r}); ftfy "
                    "repaired it, and every span points into the repaired text."
                ),
            )
        )
    return fixed


def _repair(text: str, diagnostics: list[Diagnostic]) -> str:
    text = _BREAK_RE.sub("\n", text)
    first = _CONTROL_RE.search(text)
    if first is not None:
        count = len(_CONTROL_RE.findall(text))
        diagnostics.append(
            Diagnostic(
                code="input.control",
                severity="warning",
                message=(
                    f"The text holds {count} control character(s) (the first, "
                    f"{first.group()!r}, at offset {first.start()}); they were replaced "
                    "by spaces."
                ),
            )
        )
        text = _CONTROL_RE.sub(" ", text)
    if _SURROGATE_RE.search(text) is not None:
        # UTF-16 round trip: pairs become the characters they encode, lone halves U+FFFD.
        joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        lone = joined.count("\ufffd") - text.count("\ufffd")
        if lone:
            diagnostics.append(
                Diagnostic(
                    code="input.surrogate",
                    severity="warning",
                    message=(
                        f"The text holds {lone} lone UTF-16 surrogate(s), which no UTF-8 "
                        "document can carry; they were replaced by U+FFFD."
                    ),
                )
            )
        text = joined
    return text


def _truncate(text: str, diagnostics: list[Diagnostic]) -> str:
    cut = text.rfind("\n", 0, MAX_CHARS)
    if cut < MAX_CHARS // 2:
        cut = MAX_CHARS
    diagnostics.append(
        Diagnostic(
            code="input.truncated",
            severity="warning",
            message=(
                f"The text has {len(text)} characters, more than the {MAX_CHARS} diplomeet "
                f"reads; only the first {cut} were read."
            ),
        )
    )
    return text[:cut]
