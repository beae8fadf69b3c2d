"""
News outlets: names a page may call itself by, and how each writes numeric dates.

Sources: Wikipedia, "List of newspapers in the world by circulation", "List of news television
channels" and "List of English-language newspapers" (the outlets' names and usual short forms);
the date order is how each outlet's English-language site prints numeric dates in its article
stamps ("Issued on: 20/02/2025" is day first; a US site's "03/25/2025" month first), read from
the sites' own page templates.  ``None`` means the outlet prints month names, so no order is
known.  The table only helps: outlets not in it are recognised by the layout (copyright lines,
"told X", masthead words, see :data:`MASTHEAD_WORDS`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["MASTHEAD_WORDS", "OUTLETS", "SECTION_WORDS", "day_first_of", "known_outlet"]

_DAY: Final = True
_MONTH: Final = False

# display name, other names, day first (True), month first (False) or unknown (None)
_TABLE: Final[tuple[tuple[str, tuple[str, ...], bool | None], ...]] = (
    ("BBC News", ("BBC", "BBC World Service"), _DAY),
    ("CNN", ("CNN International", "Cable News Network"), _MONTH),
    ("Al Jazeera", ("Al Jazeera English",), _DAY),
    ("DW", ("Deutsche Welle", "DW News"), _MONTH),
    ("France 24", ("FRANCE 24",), _DAY),
    ("RFI", ("Radio France Internationale",), _DAY),
    ("Euronews", (), _DAY),
    ("The Guardian", ("Guardian",), _DAY),
    ("The Independent", (), _DAY),
    ("The Telegraph", ("Daily Telegraph",), _DAY),
    ("The Times", (), _DAY),
    ("Financial Times", ("FT",), _DAY),
    ("The Economist", (), _DAY),
    ("Sky News", (), _DAY),
    ("The New York Times", ("New York Times", "NYT"), _MONTH),
    ("The Washington Post", ("Washington Post",), _MONTH),
    ("The Wall Street Journal", ("Wall Street Journal", "WSJ"), _MONTH),
    ("Los Angeles Times", ("LA Times",), _MONTH),
    ("USA Today", (), _MONTH),
    ("NPR", ("National Public Radio",), _MONTH),
    ("Fox News", (), _MONTH),
    ("CBS News", (), _MONTH),
    ("NBC News", (), _MONTH),
    ("ABC News", (), _MONTH),
    ("Politico", ("POLITICO",), _MONTH),
    ("Axios", (), _MONTH),
    ("Voice of America", ("VOA",), _MONTH),
    ("RFE/RL", ("Radio Free Europe/Radio Liberty", "Radio Free Europe"), _MONTH),
    ("CBC News", ("CBC",), _MONTH),
    ("Global News", (), _MONTH),
    ("ABC", ("Australian Broadcasting Corporation",), _DAY),
    ("The Sydney Morning Herald", ("Sydney Morning Herald",), _DAY),
    ("RNZ", ("Radio New Zealand",), _DAY),
    ("The Irish Times", ("Irish Times",), _DAY),
    ("RTÉ", ("RTE",), _DAY),
    ("Arab News", (), _DAY),
    ("Al Arabiya", ("Al Arabiya English",), _DAY),
    ("The National", (), _DAY),
    ("Gulf News", (), _DAY),
    ("Middle East Eye", (), _DAY),
    ("The Times of Israel", ("Times of Israel",), _DAY),
    ("Haaretz", (), _DAY),
    ("The Jerusalem Post", ("Jerusalem Post",), _DAY),
    ("Ahram Online", ("Al-Ahram",), _DAY),
    ("Daily Sabah", (), _DAY),
    ("Hürriyet Daily News", ("Hurriyet Daily News",), _DAY),
    ("TRT World", ("TRT",), _DAY),
    ("Anadolu Agency", ("AA English",), _DAY),
    ("Tehran Times", (), _DAY),
    ("Press TV", (), _DAY),
    ("RT", ("Russia Today",), _DAY),
    ("The Moscow Times", ("Moscow Times",), _DAY),
    ("Kyiv Independent", ("The Kyiv Independent",), _DAY),
    ("Ukrainska Pravda", (), _DAY),
    ("The Hindu", (), _DAY),
    ("Hindustan Times", (), _DAY),
    ("The Times of India", ("Times of India",), _DAY),
    ("Indian Express", ("The Indian Express",), _DAY),
    ("NDTV", ("NDTV.com",), _DAY),
    ("Dawn", (), _DAY),
    ("The Express Tribune", ("Express Tribune",), _DAY),
    ("The Daily Star", (), _DAY),
    ("The Straits Times", ("Straits Times",), _DAY),
    ("CNA", ("Channel NewsAsia", "CNA English", "CNA.com"), _DAY),
    ("South China Morning Post", ("SCMP",), _DAY),
    ("Global Times", (), _DAY),
    ("China Daily", (), _DAY),
    ("CGTN", (), _DAY),
    ("The Japan Times", ("Japan Times",), _DAY),
    ("NHK World", ("NHK", "NHK World-Japan", "NHK World-Japan News", "NHK World News"), _DAY),
    ("The Korea Herald", ("Korea Herald",), _DAY),
    ("The Korea Times", ("Korea Times",), _DAY),
    ("Jakarta Post", ("The Jakarta Post",), _DAY),
    ("Bangkok Post", (), _DAY),
    ("Rappler", (), _MONTH),
    ("Philippine Daily Inquirer", ("Inquirer",), _MONTH),
    ("News24", (), _DAY),
    ("Daily Maverick", (), _DAY),
    ("Mail & Guardian", (), _DAY),
    ("Daily Nation", ("Nation", "Nation Africa"), _DAY),
    ("The East African", ("The EastAfrican", "EastAfrican"), _DAY),
    ("Premium Times", (), _DAY),
    ("Punch", (), _DAY),
    ("Vanguard", ("Vanguard News", "Vanguard Nigeria"), _DAY),
    ("ThisDay", ("THISDAY", "ThisDay Live"), _DAY),
    ("The Citizen", (), _DAY),
    ("Africanews", (), _DAY),
    ("Buenos Aires Times", (), _DAY),
    ("MercoPress", (), _DAY),
    ("Kathimerini", ("eKathimerini",), _DAY),
    ("Politico Europe", (), _DAY),
    ("Euractiv", (), _DAY),
    ("The Local", (), _DAY),
    ("VnExpress International", ("VnExpress", "VnExpress.net"), _MONTH),
    ("The Philippine Star", ("Philippine Star", "Philstar", "Philstar.com"), _MONTH),
    ("The Standard", ("The Standard Kenya", "Standard Digital"), _DAY),
    ("The Christian Science Monitor", ("Christian Science Monitor", "CSMonitor"), _MONTH),
    ("Dhaka Tribune", (), _DAY),
    ("Jamaica Gleaner", ("The Gleaner", "Gleaner"), _DAY),
    ("Jamaica Observer", (), _DAY),
    # Seychelles's daily (Wikipedia, "List of newspapers in Seychelles"); its masthead
    # prints "NATION" in capitals
    ("Seychelles Nation", (), _DAY),
    ("Stabroek News", (), _DAY),
    ("Meduza", (), _DAY),
    ("Kyiv Post", ("KyivPost",), _DAY),
    ("Nikkei Asia", ("Nikkei", "Nikkei Asian Review"), _DAY),
    ("Asharq Al-Awsat", ("Asharq Al-Awsat English", "Asharq AL-awsat", "Aawsat"), _DAY),
    ("Al-Monitor", ("Al Monitor",), _MONTH),
    ("Le Monde", ("Le Monde in English",), _DAY),
    ("Al-Ahram Weekly", ("Ahram Weekly",), _DAY),
    ("The Daily Star Lebanon", (), _DAY),
    ("The Citizen Tanzania", (), _DAY),
    ("Haaretz English", (), _DAY),
    ("Prensa Latina", ("Prensa Latina English",), _DAY),
    # national agencies' own English sites name themselves as outlets on their pages
    ("Bernama", ("BERNAMA", "Bernama.com"), _DAY),
    ("Antara", ("ANTARA News", "Antara News"), _DAY),
    ("VNA", ("Vietnam News Agency",), _DAY),
    # VNA's online newspaper, a masthead of its own over the agency's "(VNA)" datelines
    ("VietnamPlus", ("Vietnam Plus",), _DAY),
)

OUTLETS: Final[Mapping[str, tuple[str, bool | None]]] = {
    alias.casefold(): (name, day_first)
    for name, aliases, day_first in _TABLE
    for alias in (name, *aliases)
}
"""Case-folded name or alias -> (display name, whether its numeric dates are day first)."""

MASTHEAD_WORDS: Final[frozenset[str]] = frozenset(
    {"news", "times", "post", "herald", "tribune", "telegraph", "gazette", "journal", "courier"}
    | {"chronicle", "observer", "guardian", "express", "mirror", "standard", "independent"}
    | {"monitor", "inquirer", "dispatch", "examiner", "bulletin", "review", "daily", "weekly"}
    | {"online", "tv", "radio", "television", "broadcasting", "wire", "insider", "digest"}
    | {"today", "mail", "globe", "star", "voice", "pravda", "leader", "advertiser", "sentinel"}
    | {"reporter", "record", "register", "press", "mercury", "clarion", "argus", "eye"}
    | {"recorder", "gleaner", "chronicles"}
    # more words of papers' names ("The Example Ledger", "Example Sun", "Example Messenger")
    | {"ledger", "sun", "messenger", "enquirer", "beacon", "citizen", "statesman", "pioneer"}
    | {"bugle", "informer", "intelligencer"}
    # and of small, regional and trade papers and magazines ("The Example Echo", "Example
    # Advocate", "Example Forum", "Example Quarterly", "Example Samachar", "Example Lantern")
    | {"echo", "advocate", "forum", "quarterly", "monthly", "magazine", "lantern", "tidings"}
    | {"samachar", "patrika", "spectator", "vanguard"}
    # the words of newsletters' names on their platforms ("The Example Brief", "Example
    # Letter", "Example Notes"; not "Watch", a section's or a campaign's name as often)
    | {"brief", "briefing", "letter", "newsletter", "notes", "memo"}
    # and of blogs' names on their sites ("The Example Blog", "Examplepolicy Blog")
    | {"blog"}
    # the same words in the names of papers in other languages ("Diario Example", "Example
    # Zeitung", "Jornal de Example", "Gazeta Example", "Corriere di Example")
    | {"diario", "diário", "jornal", "zeitung", "gazeta", "gazzetta", "corriere", "quotidien"}
)
"""
Words of newspaper and broadcaster names ("Caucasus Courier", "Harbour Chronicle", "Kavkaz TV"),
from the same lists of newspapers and channels: a capitalised name holding one is a masthead.
"""


SECTION_WORDS: Final[frozenset[str]] = frozenset(
    {"news", "world", "politics", "business", "economy", "opinion", "opinions", "sport"}
    | {"sports", "national", "international", "nation", "regional", "region", "local"}
    | {"metro", "latest", "features", "feature", "culture", "health", "science", "tech"}
    | {"technology", "environment", "climate", "energy", "government", "diplomacy"}
    | {"defence", "defense", "security", "military", "elections", "election", "home", "trade"}
    | {"markets", "finance", "society", "law", "courts", "crime", "migration", "conflict"}
    | {"africa", "asia", "europe", "americas", "oceania", "pacific", "gulf", "arctic", "mideast"}
    | {"video", "videos", "photos", "podcast", "podcasts", "live", "updates", "breaking"}
    | {"top", "stories", "story", "today", "daily", "weekly", "archive", "archives", "print"}
    | {"edition", "region", "insight", "insights", "analysis", "investigations", "explainers"}
    | {"interview", "interviews", "profile", "obituaries", "lifestyle", "travel", "education"}
    | {"agriculture", "industry", "companies", "money", "property", "media", "aid", "development"}
    | {"humanitarian", "rights", "justice", "policy", "foreign", "affairs", "relations", "war"}
    | {"peace", "borders", "border", "island", "islands", "east", "west", "north", "south"}
    | {"central", "southeast", "northeast", "latin", "america", "middle", "caribbean", "us"}
    | {"uk", "eu", "un", "global", "domestic", "state", "states", "capital", "city", "province"}
)
"""
Words of the section labels and menus of English-language news sites ("World", "Middle East",
"Foreign Affairs", "Top Stories"): a name made of them is a section, not a masthead.
"""


def known_outlet(name: str) -> tuple[str, bool | None] | None:
    """The table's display name and date order for an outlet called ``name``, or ``None``."""
    return OUTLETS.get(" ".join(name.split()).strip(" .").casefold())


def day_first_of(outlet: str | None) -> bool | None:
    """Whether ``outlet`` prints numeric dates day first, when the table knows it."""
    found = known_outlet(outlet) if outlet else None
    return found[1] if found else None
