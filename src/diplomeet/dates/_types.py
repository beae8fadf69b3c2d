"""Small types of the dates package, importable without loading its grammar."""

from __future__ import annotations

from typing import Literal

#: The tense of a clause, which decides the direction of relative dates.
Tense = Literal["past", "present", "future"]
