"""
An RSS item's fields copied as text: the title, then ``pubDate:`` and ``dc:creator:`` lines.

Survey 16's feed item (``tests/survey16_source``, ``072``) gave the class; the items here are
written for this test, with invented people.
"""

from __future__ import annotations

from datetime import date

import pytest

import diplomeet

_STORY = (
    "The foreign ministers of Kenya and Uganda met for two hours on Monday to discuss fishing"
    " rights on Lake Victoria, officials said.\n\n"
    '"Our fishermen need calm waters," said Minister Akello Opiyo.\n'
)


@pytest.mark.parametrize(
    ("head", "title", "author", "published"),
    [
        (
            (
                "Title: Kenya and Uganda sign a lake fisheries pact\n"
                "pubDate: Tue, 04 Mar 2025 07:30:00 +0300\ndc:creator: Wanjiru Kamau-Odhiambo"
            ),
            "Kenya and Uganda sign a lake fisheries pact",
            "Wanjiru Kamau-Odhiambo",
            date(2025, 3, 4),
        ),
        (
            (
                "Title: Sri Lanka and Maldives agree on fishing zones\n"
                "dc:creator: Tharindu Perera\npubDate: Wed, 05 Feb 2025 11:00:00 +0530"
            ),
            "Sri Lanka and Maldives agree on fishing zones",
            "Tharindu Perera",
            date(2025, 2, 5),
        ),
        (
            (
                "Headline: Andorra and Monaco sign tax accord\ncategory: Politics\n"
                "dc:creator: Lucia Ferrandis\npubDate: Fri, 21 Feb 2025 16:45:00 GMT"
            ),
            "Andorra and Monaco sign tax accord",
            "Lucia Ferrandis",
            date(2025, 2, 21),
        ),
    ],
)
def test_a_feed_items_fields_are_not_glued_into_its_title(
    head: str, title: str, author: str, published: date
) -> None:
    """Read: "dc:creator: Jane Doe" under an item's title is its writer, not the title's end."""
    source = diplomeet.parse(f"{head}\n\n{_STORY}").source
    assert source.headline == title
    assert source.authors == (author,)
    assert source.published == published
