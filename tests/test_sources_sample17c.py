"""
Source fields of the development sample ``sample17c``, as classes.

Pages written here, papers real, people invented: a print page's folio line with its
section in capitals before the page ("Nairobi, Tuesday, May 30, 2000   WORLD  Page 11"),
and a date of this century in it, is the page's date line, not its headline.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_STORY = (
    "\n\nMinisters meet on border dispute\n\nBy TENDAI MOYO\n\nHARARE, Thursday - Zimbabwe and"
    " Mozambique today opened talks on the border.\n\nThe ministers met in the afternoon."
)


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("DAILY NATION\nNairobi, Tuesday, May 30, 2000          WORLD  Page 11", date(2000, 5, 30)),
        ("THE STANDARD\nHarare, Friday, June 2, 1995          NATIONAL  Page 4", date(1995, 6, 2)),
        ("THE HERALD\nThursday, March 6, 2003          BUSINESS  Page 7", date(2003, 3, 6)),
    ],
)
def test_a_folio_with_a_section_before_its_page_dates_the_page(head: str, published: date) -> None:
    """'Nairobi, Tuesday, May 30, 2000  WORLD  Page 11' is the folio: date, not headline."""
    source = diplomeet.parse(head + _STORY).source
    assert (source.headline, source.published) == ("Ministers meet on border dispute", published)
