"""The large English word list is loaded only when a text needs it (docs/performance.md)."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import sys
from datetime import date
import diplomeet
text = (
    "NAIROBI, May 3 - Kenya's foreign minister Amina Kerubo met her Ugandan counterpart "
    "Joseph Okello Mugisha in Nairobi on Thursday. 'We agreed to reopen the border post,' "
    "Kerubo said. Mugisha said the talks were 'frank'."
)
diplomeet.parse(text, published=date(2024, 5, 3))
print("diplomeet._words" in sys.modules)
"""


def test_parsing_ordinary_text_does_not_load_the_word_list() -> None:
    """An article in ordinary case, quotes and surnames included, leaves the 7 MB list unloaded."""
    out = subprocess.run(  # noqa: S603 - a fixed probe, our own interpreter
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"
