"""
Organisations that news prose names as actors ("the Kremlin said", "NATO warned").

Sources: the seats of government and agencies that wire services use as metonyms
(Reuters Handbook of Journalism, "metonyms"; AP Stylebook), the member lists of the
United Nations system, NATO and the European Union, and the English names and acronyms
national armed forces and agencies use for themselves on their official sites.
Keys are the words as written, without a leading "the".
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["BODY_NOUNS", "ORGANIZATIONS", "SPEAKER_NOUNS"]

#: Name as written -> (canonical name, ISO country or None).  Acronyms are matched with
#: their case; other names ignoring case.
ORGANIZATIONS: Final[Mapping[str, tuple[str, str | None]]] = MappingProxyType(
    {
        "Kremlin": ("Kremlin", "RU"),
        "White House": ("White House", "US"),
        "Pentagon": ("Pentagon", "US"),
        "State Department": ("State Department", "US"),
        "Elysee": ("Elysee", "FR"),
        "Élysée": ("Elysee", "FR"),
        "Elysee Palace": ("Elysee", "FR"),
        "Élysée Palace": ("Elysee", "FR"),
        "Quai d'Orsay": ("Quai d'Orsay", "FR"),
        "Downing Street": ("Downing Street", "GB"),
        "Foreign Office": ("Foreign Office", "GB"),
        "Whitehall": ("Whitehall", "GB"),
        "Blue House": ("Blue House", "KR"),
        "Zhongnanhai": ("Zhongnanhai", "CN"),
        "Bundeswehr": ("Bundeswehr", "DE"),
        "Chancellery": ("Chancellery", None),
        "Prime Minister's Office": ("Prime Minister's Office", None),
        "Prime Minister\u2019s Office": ("Prime Minister's Office", None),
        "President's Office": ("President's Office", None),
        "Presidential Office": ("Presidential Office", None),
        "IDF": ("IDF", "IL"),
        "Israel Defense Forces": ("IDF", "IL"),
        "Israel Defence Forces": ("IDF", "IL"),
        "Mossad": ("Mossad", "IL"),
        "Shin Bet": ("Shin Bet", "IL"),
        "Knesset": ("Knesset", "IL"),
        "FSB": ("FSB", "RU"),
        "KGB": ("KGB", "RU"),
        "Duma": ("Duma", "RU"),
        "CIA": ("CIA", "US"),
        "FBI": ("FBI", "US"),
        "NSA": ("NSA", "US"),
        "Congress": ("Congress", "US"),
        "MI6": ("MI6", "GB"),
        "MI5": ("MI5", "GB"),
        "PLA": ("People's Liberation Army", "CN"),
        "People's Liberation Army": ("People's Liberation Army", "CN"),
        "IRGC": ("Revolutionary Guards", "IR"),
        "Revolutionary Guards": ("Revolutionary Guards", "IR"),
        "Revolutionary Guard": ("Revolutionary Guards", "IR"),
        "Bundestag": ("Bundestag", "DE"),
        "United Nations": ("United Nations", None),
        "UN": ("United Nations", None),
        "U.N.": ("United Nations", None),
        "UN Security Council": ("UN Security Council", None),
        "U.N. Security Council": ("UN Security Council", None),
        "Security Council": ("UN Security Council", None),
        # written out, the name is kept as written (not cut to "United Nations")
        "United Nations Security Council": ("United Nations Security Council", None),
        "United Nations General Assembly": ("United Nations General Assembly", None),
        "UN General Assembly": ("UN General Assembly", None),
        "General Assembly": ("UN General Assembly", None),
        "NATO": ("NATO", None),
        "Nato": ("NATO", None),
        "European Union": ("European Union", None),
        "EU": ("European Union", None),
        "E.U.": ("European Union", None),
        "European Commission": ("European Commission", None),
        "European Council": ("European Council", None),
        "European Parliament": ("European Parliament", None),
        "African Union": ("African Union", None),
        # The AU's secretariat, whose head the press titles "African Union Commission
        # Chairperson"; ECOWAS's likewise ("ECOWAS Commission President")
        "African Union Commission": ("African Union Commission", None),
        "AU Commission": ("African Union Commission", None),
        "ECOWAS Commission": ("ECOWAS Commission", None),
        "Arab League": ("Arab League", None),
        "ASEAN": ("ASEAN", None),
        "OPEC": ("OPEC", None),
        "OSCE": ("OSCE", None),
        "IAEA": ("International Atomic Energy Agency (IAEA)", None),
        "International Atomic Energy Agency": ("International Atomic Energy Agency (IAEA)", None),
        "IMF": ("International Monetary Fund (IMF)", None),
        "International Monetary Fund": ("International Monetary Fund (IMF)", None),
        "World Bank": ("World Bank", None),
        "WHO": ("World Health Organization", None),
        "World Health Organization": ("World Health Organization", None),
        "Red Cross": ("Red Cross", None),
        "ICRC": ("Red Cross", None),
        "G7": ("G7", None),
        "G20": ("G20", None),
        "Palestinian Authority": ("Palestinian Authority", "PS"),
        "Hamas": ("Hamas", "PS"),
        "Taliban": ("Taliban", "AF"),
    }
)

#: Nouns that, after a nationality, name a state body or force ("the Russian military").
BODY_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "government",
        "military",
        "army",
        "navy",
        "air force",
        "airforce",
        "armed forces",
        "forces",
        "troops",
        "embassy",
        "parliament",
        "cabinet",
        "authorities",
        "officials",
        "defence ministry",
        "defense ministry",
        "foreign ministry",
        "interior ministry",
        "ministry",
        "security services",
        "intelligence",
        "police",
        "coast guard",
        "air defences",
        "air defenses",
        "air defence systems",
        "air defense systems",
        "delegation",
        "side",
        "leadership",
        "administration",
        "presidency",
    }
)

#: Nouns for a person who speaks for an organisation ("a spokesman for the Kremlin").
SPEAKER_NOUNS: Final[frozenset[str]] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "representative", "official", "source"}
)
