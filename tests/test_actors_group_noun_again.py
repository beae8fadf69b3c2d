"""
"The two ministers" told again names the same two, when no two ministers were named since.

Sentences written here, people invented: an untitled minister and a titled one, then an
untitled uncle, a union chair and the minister again before the second "the two ministers".
"""

from __future__ import annotations

from diplomeet._actors import mentions
from diplomeet._document import Document

TEXT = (
    'Norland\'s foreign minister did not wait for the cameras. "We want answers," Ana Rolt '
    "said as she sat down opposite Minister Ivo Marek in Ostrava on Tuesday.\n\n"
    "The two ministers spent three hours together at the ministry.\n\n"
    '"Ministers meet, and nothing changes," Tomas Brek told the paper by phone.\n\n'
    "Farmers' union chairperson Jan Kopp quipped that the fence was \"more hole than "
    'fence".\n\n'
    "Rolt flies home on Thursday. The two ministers are expected to meet again in Windhoek "
    "early next year."
)


def _groups(text: str) -> list[str]:
    return [
        m.actor.name
        for m in mentions(Document(text))
        if text[m.start : m.end] == "The two ministers"
    ]


def test_the_same_group_noun_names_the_same_two_again() -> None:
    """The second "The two ministers" is Rolt and Marek, not the uncle and Rolt."""
    assert _groups(TEXT) == ["Ana Rolt and Ivo Marek", "Ana Rolt and Ivo Marek"]


def test_two_new_ministers_named_since_take_the_group_noun() -> None:
    """Two ministers named by office after the first group are the second group."""
    text = TEXT.replace(
        "Rolt flies home on Thursday.",
        "Foreign Minister Karl Vesk and Foreign Minister Lena Holm met in Riga on Monday.",
    )
    assert _groups(text)[-1] == "Karl Vesk and Lena Holm"
