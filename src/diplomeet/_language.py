"""
Cheap checks that the input is English prose at all: not binary garbage, not another language.

Two signals, both computed on the first :data:`SAMPLE_CHARS` characters, in C-speed scans:

* **binary**: the share of control characters (other than tab, newline, carriage return and
  form feed) and of U+FFFD replacement characters, which stand for undecodable bytes;
* **not English**: the share of letters that are ASCII (English prose is almost all ASCII,
  Cyrillic, Arabic or CJK text is not), then the share of words that are common English
  function words (about 40% of running words in English news; a few percent at most in
  French, German or Spanish, whose function words mostly differ).

Texts shorter than :data:`MIN_WORDS` words are not judged: a short headline says too little.
Markup (an HTML page the outlet parser left whole) is stripped of tags, scripts and styles
before the words are counted, so attribute names do not count against the page.
"""

from __future__ import annotations

import re
from typing import Final

from diplomeet.records import Diagnostic

__all__ = ["check_binary", "check_language"]

#: Characters looked at: enough for a verdict, bounded so huge inputs cost no more.
SAMPLE_CHARS: Final = 2_000
#: Characters of markup stripped to find :data:`SAMPLE_CHARS` characters of text in a page.
MARKUP_CHARS: Final = 200_000
#: Fewer words than this and the language is not judged.
MIN_WORDS: Final = 30
#: More than this share of control or replacement characters makes the input binary.
MAX_BINARY_SHARE: Final = 0.05
#: Less than this share of ASCII letters among all letters makes the input not English.
MIN_ASCII_LETTER_SHARE: Final = 0.6
#: Less than this share of English function words among words makes the input not English.
MIN_FUNCTION_WORD_SHARE: Final = 0.08

#: The most frequent English function words, from the top of word-frequency lists of English
#: news text (e.g. the Corpus of Contemporary American English frequency list).  Words that
#: are also frequent in French, German or Spanish ("a", "in", "on", "was", "die", "de") are
#: left out so that those languages score low.
_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "the", "of", "and", "to", "is", "that", "for", "with", "as", "by", "at", "from",
        "he", "she", "it", "his", "her", "their", "they", "we", "be", "been", "has", "have",
        "had", "said", "this", "which", "who", "will", "would", "not", "but", "or", "are",
        "after", "about", "its", "also", "than", "there", "were", "an", "into", "over",
        "our", "you", "them", "these", "those", "what", "when", "while", "should", "could",
    }
)  # fmt: skip

_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")
_NOT_LETTERS: Final = bytes(b for b in range(128) if not chr(b).isalpha())
_BINARY: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
#: The ASCII bytes that are not :data:`_BINARY` characters, to delete before counting them.
_NOT_BINARY: Final = bytes(b for b in range(128) if not _BINARY.match(chr(b)))
#: The ASCII characters ``str.split()`` splits on.
_ASCII_SPACES: Final = bytes(b for b in range(128) if chr(b).isspace())
#: The most frequent of :data:`_FUNCTION_WORDS` in English news, between spaces: a count
#: of them is a cheap lower bound of the function words.
_FREQUENT_WORDS: Final = (" the ", " of ", " and ", " to ", " that ")
_MARKUP: Final = re.compile(
    r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<[a-zA-Z/!][^<>]*>", re.DOTALL | re.IGNORECASE
)


def _count_binary(sample: str, ascii_bytes: bytes) -> int:
    """
    ``len(_BINARY.findall(sample))``, from ``sample``'s ASCII characters as bytes.

    The only character of :data:`_BINARY` beyond ASCII is U+FFFD: the ASCII control
    characters are counted by deleting every other byte (one pass in C, much cheaper than
    a regex testing a character set at each position), U+FFFD with ``str.count``.
    """
    return len(ascii_bytes.translate(None, _NOT_BINARY)) + sample.count("\ufffd")


def check_binary(text: str) -> list[Diagnostic]:
    """
    Return an ``input.binary`` error diagnostic when ``text`` looks like binary data.

    Call it on the text as decoded, before control characters are cleaned away.
    """
    sample = text[:SAMPLE_CHARS]
    return _binary_verdict(sample, _count_binary(sample, sample.encode("ascii", "ignore")))


def _binary_verdict(sample: str, binary: int) -> list[Diagnostic]:
    if binary <= MAX_BINARY_SHARE * len(sample):
        return []
    return [
        Diagnostic(
            code="input.binary",
            severity="error",
            message=f"The input looks binary, not text: {binary} of its first "
            f"{len(sample)} characters are control characters or undecodable bytes.",
        )
    ]


def check_language(text: str) -> list[Diagnostic]:
    """
    Return an ``input.binary`` or ``input.not_english`` error diagnostic, or nothing.

    Args:
        text: The article body.

    Returns:
        An empty list when the text looks like English prose (or is too short to judge),
        else one error diagnostic saying why it does not.
    """
    sample = text[:SAMPLE_CHARS]
    if not sample:
        return []
    ascii_bytes = sample.encode("ascii", "ignore")
    binary = _binary_verdict(sample, _count_binary(sample, ascii_bytes))
    if binary:
        return binary
    if "<" in sample and _MARKUP.search(sample):
        sample = _MARKUP.sub(" ", text[:MARKUP_CHARS])[:SAMPLE_CHARS]
        ascii_bytes = sample.encode("ascii", "ignore")
    if _surely_english(sample, ascii_bytes):
        return []
    words = sample.lower().split()
    if len(words) < MIN_WORDS:
        return []
    ascii_letters = len(ascii_bytes.translate(None, _NOT_LETTERS))
    letters = ascii_letters
    if not sample.isascii():
        letters += sum(map(str.isalpha, _NON_ASCII.findall(sample)))
    function_words = sum(map(_FUNCTION_WORDS.__contains__, words))
    if ascii_letters < MIN_ASCII_LETTER_SHARE * letters:
        why = f"only {ascii_letters} of its first {letters} letters are Latin"
    elif function_words < MIN_FUNCTION_WORD_SHARE * len(words):
        why = f"only {function_words} of its first {len(words)} words are common English words"
    else:
        return []
    return [
        Diagnostic(
            code="input.not_english",
            severity="error",
            message=f"The input does not look like English ({why}); diplomeet reads English only.",
        )
    ]


def _surely_english(sample: str, ascii_bytes: bytes) -> bool:
    """
    A cheap sufficient test that :func:`check_language` finds nothing to say about ``sample``.

    Without splitting the text into words: every character beyond ASCII might be a letter
    of another script and a white space; the frequent function words standing between
    spaces are some of the text's function words, and there are at most as many words as
    white-space characters plus one.  When even these bounds give enough Latin letters and
    function words, the exact counts would too; otherwise the caller counts.
    """
    beyond_ascii = len(sample) - len(ascii_bytes)
    ascii_letters = len(ascii_bytes.translate(None, _NOT_LETTERS))
    if ascii_letters < MIN_ASCII_LETTER_SHARE * (ascii_letters + beyond_ascii):
        return False
    spaces = len(ascii_bytes) - len(ascii_bytes.translate(None, _ASCII_SPACES))
    at_least = sum(map(sample.count, _FREQUENT_WORDS))
    return at_least >= MIN_FUNCTION_WORD_SHARE * (spaces + beyond_ascii + 1)
