"""
Political titles and offices as news prose writes them before or after a name.

Source: the usage of English-language wire services and newspapers (AP Stylebook
"titles" entry; Reuters Handbook of Journalism, "titles" and "ministries"), which write
"President X", "Foreign Minister X", "Sen. X", "national security adviser X" and
"the [Nationality] prime minister".  Keys are lower case; the text keeps the case it was
written in.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

__all__ = [
    "COUNTRY_OF_TITLE",
    "GENDER_OF_TITLE",
    "LEADER_NOUNS",
    "MODIFIERS",
    "PORTFOLIOS",
    "PORTFOLIO_HEADS",
    "TITLES",
    "TitleKind",
]

TitleKind = Literal[
    "leader",
    "royal",
    "minister",
    "official",
    "military",
    "legislator",
    "diplomat",
    "spokesperson",
    "honorific",
    "candidate",
    "counterpart",
]

#: Single and multi-word titles (lower case) -> the kind of office.
TITLES: Final[Mapping[str, TitleKind]] = MappingProxyType(
    {
        "president": "leader",
        "vice president": "leader",
        "vice-president": "leader",
        "prime minister": "leader",
        "premier": "leader",
        "chancellor": "leader",
        "supreme leader": "leader",
        "chief executive": "leader",
        # a company's head, and the civil-service head of a ministry in several Caribbean
        # and Pacific governments: "the Chief Executive Officer in the Ministry, A" (no
        # head of government, as Hong Kong's "Chief Executive" is)
        "chief executive officer": "official",
        # Morocco's prime minister ("Head of Government A", the 2011 constitution's term)
        # and the head of government of other states so styled
        "head of government": "leader",
        # A state's head as constitutions and agencies style him: "the Head of State, A",
        # "Nigeria's Head of State, General B" (a military ruler)
        "head of state": "leader",
        # A head of government styled after the chamber he chairs, as Central Asian and
        # Balkan governments and their agencies write it in English: Kyrgyzstan's "Chairman
        # of the Cabinet of Ministers A" (constitution of 2021), Bosnia and Herzegovina's
        # "Chairman of the Council of Ministers B", Russia's formal "Chairman of the
        # Government C".
        "chairman of the cabinet of ministers": "leader",
        "chairwoman of the cabinet of ministers": "leader",
        "chairman of the council of ministers": "leader",
        "chairwoman of the council of ministers": "leader",
        "chairman of the government": "leader",
        # Heads of a state's or territory's government: "Kerala Chief Minister X" (India,
        # Malaysia, Australian territories), "Scotland's First Minister X".  Officials, not
        # leaders: "the two leaders" of a story are the heads of its states.
        "chief minister": "official",
        "first minister": "official",
        # The chief minister of a Malaysian state with a ruler, in English copy too
        # ("the Menteri Besar of Johor, A"; Bernama and the states' own releases)
        "menteri besar": "official",
        "taoiseach": "leader",
        "tánaiste": "official",
        "tanaiste": "official",
        "king": "royal",
        "queen": "royal",
        "monarch": "royal",  # "the Jordanian monarch", a description of a king or queen
        "emir": "royal",
        "amir": "royal",
        "sultan": "royal",
        "crown prince": "royal",
        "prince": "royal",
        "princess": "royal",
        "sheikh": "royal",
        "pope": "royal",
        # Monarchs of other styles: "Emperor A" (Japan), "Grand Duke B" (Luxembourg)
        "emperor": "royal",
        "empress": "royal",
        "grand duke": "royal",
        "grand duchess": "royal",
        # A Commonwealth realm's representative of the Crown, as the realms' own sites
        # style the office: "Governor-General A" (Australia, Canada, New Zealand, Jamaica...)
        "governor-general": "official",
        "governor general": "official",
        # A head of state's or government's spouse received on a visit: "First Lady A"
        "first lady": "official",
        "first gentleman": "official",
        # Religious leaders whom visiting leaders call on, as the wires style them:
        # "Cardinal A", "Patriarch B", "Grand Ayatollah C"
        "cardinal": "official",
        "patriarch": "official",
        "ayatollah": "official",
        "grand ayatollah": "official",
        "minister": "minister",
        "secretary of state": "minister",
        "foreign secretary": "minister",
        "home secretary": "minister",
        "attorney general": "minister",
        "secretary": "minister",
        # Kenya's ministers (Constitution of Kenya 2010, art. 152): "Cabinet Secretary for
        # Foreign and Diaspora Affairs A", "the Cabinet Secretary", "Foreign Affairs Cabinet
        # Secretary B" (the portfolio before, as "Defence Minister")
        "cabinet secretary": "minister",
        # ... and the Kenyan press's short form, "Interior CS A", "Foreign Affairs CS B"; the
        # office over the Cabinet Secretaries (Executive Order No. 1 of 2022), "Prime
        # Cabinet Secretary A"
        "cs": "minister",
        "prime cabinet secretary": "minister",
        # A junior minister in the French tradition (ministre délégué), as MAP and the
        # Maghreb and West African governments write it in English: "Minister Delegate for
        # African Cooperation A", "the Minister Delegate to the Prime Minister, B"
        "minister delegate": "minister",
        "minister-delegate": "minister",
        # A deputy of a minister in many foreign services: "Vice-Minister A", "Foreign
        # Affairs Undersecretary B" (see PORTFOLIO_HEADS), "Vice-Foreign Minister C".
        "vice-minister": "minister",
        "vice-foreign minister": "minister",
        # China's "Assistant Foreign Minister" (also "Assistant Minister"), Australia's
        # "Assistant Minister for Foreign Affairs"
        "assistant minister": "minister",
        "assistant foreign minister": "minister",
        "undersecretary": "official",
        "under-secretary": "official",
        # The US State Department's ranks below the Secretary ("Assistant Secretary of State
        # for African Affairs A", "Assistant Secretary B"), as state.gov styles them
        "assistant secretary": "official",
        "assistant secretary of state": "official",
        "general secretary": "leader",  # of a ruling party
        # a ruling party's leading organs, as its own and other state media title their
        # members: "Politburo member A", "Standing Committee member B" (Xinhua, VNA, KPL, KCNA)
        "politburo member": "official",
        "political bureau member": "official",
        "central committee member": "official",
        "standing committee member": "official",
        "presidium member": "official",
        "secretary-general": "official",
        "secretary general": "official",
        # the United Nations' ranks below the Secretary-General, as un.org styles them:
        # "Under-Secretary-General for Humanitarian Affairs A", "Assistant Secretary-General B"
        "under-secretary-general": "official",
        "undersecretary-general": "official",
        "under secretary-general": "official",
        "under secretary general": "official",
        "assistant secretary-general": "official",
        "assistant secretary general": "official",
        "national security adviser": "official",
        "national security advisor": "official",
        "security adviser": "official",
        "security advisor": "official",
        "adviser": "official",
        "advisor": "official",
        # An interim or technocratic government's adviser holding a portfolio, as Bangladesh's
        # press writes them: "Foreign Adviser A", "Foreign Affairs Adviser B", "Home Adviser C".
        "foreign adviser": "minister",
        "foreign affairs adviser": "minister",
        "home adviser": "minister",
        "chief of staff": "official",
        "head of military intelligence": "military",
        "head of intelligence": "official",
        "intelligence chief": "official",
        "spy chief": "official",
        "chief of the general staff": "military",
        "chief of general staff": "military",
        "army chief": "military",
        "military chief": "military",
        "commander": "military",
        "general": "military",
        "gen.": "military",
        "lt. gen.": "military",
        "maj. gen.": "military",
        "brig. gen.": "military",
        "admiral": "military",
        "adm.": "military",
        "col.": "military",
        "colonel": "military",
        # Army ranks written out, as the Sahel's military governments' ministers and heads of
        # state bear them ("Captain A, Minister of Foreign Affairs", "Lieutenant Colonel B"),
        # in the ranks of the US Army and the British Army; a bare "major" is left out (an
        # adjective: "Major powers met")
        "captain": "military",
        "capt.": "military",
        "lieutenant": "military",
        "lieutenant colonel": "military",
        "lieutenant general": "military",
        "major general": "military",
        "brigadier": "military",
        "brigadier general": "military",
        "field marshal": "military",
        "marshal": "military",
        "ambassador": "diplomat",
        # A Commonwealth country's envoy to another is its High Commissioner ("the High
        # Commissioner of Ghana to Kenya, A", "the Indian High Commissioner to Bangladesh, X",
        # "Deputy High Commissioner Y"), as the Commonwealth Secretariat and member foreign
        # ministries write it
        "high commissioner": "diplomat",
        # A member of the European Commission or the African Union Commission, as their own
        # sites and the wires style them: "EU Commissioner A", "European Commissioner for
        # Trade B", "a delegation led by Commissioner C", "the AU Commissioner for Political
        # Affairs, D"
        "commissioner": "official",
        "deputy high commissioner": "diplomat",
        "acting high commissioner": "diplomat",
        "ambassador-at-large": "diplomat",
        "ambassador at large": "diplomat",
        "amb.": "diplomat",
        "envoy": "diplomat",
        # A description before a name, as news writes it: "veteran diplomat A", "the
        # Algerian diplomat B"
        "diplomat": "diplomat",
        "special envoy": "diplomat",
        # A head of state's own envoy: "French presidential envoy A", "the Secretary-General's
        # Personal Envoy B", "presidential special envoy C".
        "presidential envoy": "diplomat",
        "presidential special envoy": "diplomat",
        "personal envoy": "diplomat",
        "mediator": "diplomat",
        "chief mediator": "diplomat",
        "negotiator": "diplomat",
        "chief negotiator": "diplomat",
        "high representative": "diplomat",
        "special representative": "diplomat",
        "spokesman": "spokesperson",
        "spokeswoman": "spokesperson",
        "spokesperson": "spokesperson",
        "press secretary": "spokesperson",
        "senator": "legislator",
        "sen.": "legislator",
        "representative": "legislator",
        "rep.": "legislator",
        # A US House delegate of a territory ("Del. X"; AP Stylebook "delegate").
        "del.": "legislator",
        "congressman": "legislator",
        "congresswoman": "legislator",
        "lawmaker": "legislator",
        "speaker": "legislator",
        "speaker of parliament": "legislator",
        "speaker of the house": "legislator",
        # "Iran's parliament speaker, A": the chamber before the office, lower case.
        "parliament speaker": "legislator",
        "parliamentary speaker": "legislator",
        "assembly speaker": "legislator",
        # Offices named with a suffix of their stage: "President-elect A".
        "president-elect": "leader",
        "prime minister-designate": "leader",
        "prime minister-elect": "leader",
        # China's State Council ranks a state councillor above a minister.
        "state councillor": "minister",
        "state councilor": "minister",
        # A junior minister in Commonwealth and Gulf foreign services.
        "minister of state": "minister",
        "minister of state for foreign affairs": "minister",
        "chief of army staff": "military",
        "chief of the army staff": "military",
        "chief of defence staff": "military",
        "chief of defense staff": "military",
        "governor": "official",
        # the head of a country's central bank, as the business press titles him: "Ghana's
        # central bank governor A", "the central bank chief B"
        "central bank governor": "official",
        "central bank chief": "official",
        "gov.": "official",
        "mayor": "official",
        # The civic heads of British councils and a police force's head, as the British press
        # titles them (Local Government etc. (Scotland) Act 1994, s. 4: a council's
        # "provost", the "Lord Provost" of four cities; the "Lord Mayor" of English cities;
        # Police Act 1996: a force's "chief constable"); a public complaints officer: "the
        # Lord Provost of Perth, A", "Chief Constable B", "Ombudsman C"
        "lord mayor": "official",
        "lord provost": "official",
        "provost": "official",
        "chief constable": "official",
        "ombudsman": "official",
        # The head of a Kazakh region or city (Constitution of Kazakhstan, art. 87), as the
        # presidency and Kazinform write it in English: "the Akim of Almaty A"
        "akim": "official",
        "chairman": "official",
        "chairwoman": "official",
        # The hyphenated deputies of a chair and of a premier, as Chinese, Vietnamese and
        # post-Soviet state media write them: "Vice-Chairman of the Standing Committee of
        # the National People's Congress A", "Vice-Premier B" ("Vice Chairman" is read as
        # "vice" before "chairman")
        "vice-chairman": "official",
        "vice-chairwoman": "official",
        "vice-chairperson": "official",
        "vice-premier": "minister",
        # The gender-neutral form, as the African Union and many bodies title their heads:
        # "African Union Commission Chairperson A".
        "chairperson": "official",
        "director": "official",
        "director-general": "official",
        "director general": "official",
        "chief": "official",
        # "the head of the transitional council, A": a body's head, as agencies title one
        "head": "official",
        "foreign policy chief": "diplomat",
        "opposition leader": "leader",
        "leader": "leader",
        "presidential nominee": "candidate",
        "presidential candidate": "candidate",
        "nominee": "candidate",
        "candidate": "candidate",
        "counterpart": "counterpart",
        # "his Uruguayan colleague, Ana Ferreira": a counterpart, in British and agency usage
        "colleague": "counterpart",
        # The head of a mission in its ambassador's absence and an embassy's senior
        # officers, as the Vienna Convention on Diplomatic Relations (1961, art. 19) and
        # foreign ministries' lists style them: "chargé d'affaires A" (the wires of the 1960s
        # write it without the accent in capitals), "the Counsellor of the Embassy, B"
        "chargé d'affaires": "diplomat",
        "charge d'affaires": "diplomat",
        "chargé d\u2019affaires": "diplomat",
        "charge d\u2019affaires": "diplomat",
        # the short form of a later mention, with its accent (bare "charge" is a common word):
        # "received the chargé, A"
        "chargé": "diplomat",
        "counsellor": "diplomat",
        "counselor": "diplomat",
        "minister-counsellor": "diplomat",
        "consul general": "diplomat",
        "consul-general": "diplomat",
        "consul": "diplomat",
        # The second officer of an embassy, who stands in for the ambassador and is summoned
        # in his absence, as the U.S. Foreign Service ("deputy chief of mission", its "chief
        # of mission" being the ambassador) and British and Commonwealth missions ("deputy
        # head of mission") style him: "Deputy Chief of Mission A", "the Deputy Head of
        # Mission, B"
        "deputy chief of mission": "diplomat",
        "chief of mission": "diplomat",
        "deputy head of mission": "diplomat",
        "head of mission": "diplomat",
        "mr": "honorific",
        "mrs": "honorific",
        "ms": "honorific",
        "dr": "honorific",
        "hon.": "honorific",
        # Styles of ministries' releases and communiqués: "His Excellency A", "Her Excellency
        # B", "Honourable C" (Commonwealth usage for ministers and members of parliament)
        "excellency": "honorific",
        "honourable": "honorific",
        "honorable": "honorific",
        "h.e.": "honorific",
        # the abbreviated styles of Gulf and royal releases: "H.H. Sheikh A" (His or Her
        # Highness), "H.R.H. Prince B" (His or Her Royal Highness)
        "h.h.": "honorific",
        "h.r.h.": "honorific",
        "mr.": "honorific",
        "mrs.": "honorific",
        "ms.": "honorific",
        "dr.": "honorific",
        "sir": "honorific",
        "lord": "honorific",
        "dame": "honorific",
        # Indian styles, as the Ministry of External Affairs and Press Information Bureau
        # write names: "Shri A" (Mr), "Smt. B" / "Shrimati B" (Mrs)
        "shri": "honorific",
        "smt": "honorific",
        "smt.": "honorific",
        "shrimati": "honorific",
        # Malaysian and Bruneian styles conferred by rulers, written before the name and
        # dropped from it like "Sir" (Bernama and The Star usage: "Datuk Seri A", "Tan Sri
        # B", "Tun Dr C"); a bare "Tun" or "Tan" is left alone: both are also names.
        "datuk": "honorific",
        "datuk seri": "honorific",
        "datuk patinggi": "honorific",
        "dato": "honorific",
        "dato seri": "honorific",
        "dato sri": "honorific",
        # "Haji" (one who has made the pilgrimage) after a conferred style: "Dato' Haji A",
        # "Datuk Haji B" (a bare "Haji" is left alone: it is also a name)
        "dato haji": "honorific",
        "datuk haji": "honorific",
        "dato seri haji": "honorific",
        "datuk seri haji": "honorific",
        "dato sri haji": "honorific",
        "dato' haji": "honorific",
        "dato' seri haji": "honorific",
        "dato' sri haji": "honorific",
        "dato\u2019 haji": "honorific",
        "dato\u2019 seri haji": "honorific",
        "dato\u2019 sri haji": "honorific",
        # written with the apostrophe of the Malay spelling, as Malaysian and Singaporean
        # ministries print it ("Dato' Seri A", "Dato' Sri B", "Dato' C")
        "dato'": "honorific",
        "dato' seri": "honorific",
        "dato' sri": "honorific",
        "dato\u2019": "honorific",
        "dato\u2019 seri": "honorific",
        "dato\u2019 sri": "honorific",
        "datin": "honorific",
        "datin seri": "honorific",
        "datin paduka": "honorific",
        "tan sri": "honorific",
        # Burmese styles, written before the name by Myanmar's state media and the wires:
        # "U A" (Mr, for a man of standing), "Daw B" (Ms)
        "u": "honorific",
        "daw": "honorific",
        "puan sri": "honorific",
        "toh puan": "honorific",
        "tun dr": "honorific",
        "pehin": "honorific",
        # Bruneian styles (Borneo Bulletin and Brunei ministries' usage): a conferred "Dato
        # Seri Setia" or "Dato Paduka" before the everyday "Awang Haji" / "Dayang Hajah" (Mr
        # and Ms with the pilgrim's style) and the nobility's "Pengiran": "Dato Seri Setia
        # Awang Haji A bin Haji B", "Pengiran Hajah C" (a bare "Awang" is left alone: it is
        # also a name)
        # Commonwealth styles of more than one word, written with "the" before them: "Prime
        # Minister the Most Hon. A" (Jamaica's Order of the Nation), "the Right Hon. B"
        "most hon.": "honorific",
        "most honourable": "honorific",
        "most honorable": "honorific",
        "right hon.": "honorific",
        "right honourable": "honorific",
        "rt. hon.": "honorific",
        "rt hon": "honorific",
        "dato seri setia": "honorific",
        "dato paduka": "honorific",
        "dato seri paduka": "honorific",
        "awang haji": "honorific",
        "dayang hajah": "honorific",
        "pengiran haji": "honorific",
        "pengiran hajah": "honorific",
        "pengiran anak": "honorific",
    }
)

#: Portfolios that form "[Portfolio] Minister", "[Portfolio] Secretary", "[portfolio] ministry".
PORTFOLIOS: Final[frozenset[str]] = frozenset(
    {
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "economy",
        "economic",
        "trade",
        "commerce",
        "energy",
        "oil",
        "health",
        "justice",
        "education",
        "agriculture",
        "transport",
        "environment",
        "tourism",
        "labor",
        "labour",
        "culture",
        "intelligence",
        "home",
        "treasury",
        "communications",
        "information",
        "industry",
        "housing",
        "immigration",
        "security",
        "strategic affairs",
        "foreign affairs",
        "external affairs",
        "international relations",
        "international affairs",
        "foreign relations",
        "home affairs",
        "internal affairs",
        "national defense",
        "national defence",
        "public security",
        "homeland security",
        "state",
        "war",
        "navy",
        "army",
        "emergencies",
        "development",
        "digital",
        "science",
        "sports",
        "water",
        # economic portfolios of the business press ("Minister of Investment A", "Mines
        # Minister B", "Petroleum Secretary C"), from the cabinets of Central Asian, African,
        # Gulf and South Asian governments
        "investment",
        "investments",
        "mines",
        "mining",
        "petroleum",
        "planning",
        "fisheries",
        "shipping",
        "maritime affairs",
        "infrastructure",
        "integration",
        "regional integration",
        # second portfolios that foreign ministries join to "Foreign Affairs" in their own
        # names (the ministries' sites: "... and International Cooperation", "... and
        # Emigrants", "... and Expatriates", "... and Worship", "... and International Trade")
        "international cooperation",
        "cooperation",
        "international trade",
        "emigrants",
        "expatriates",
        "diaspora",
        "worship",
        # portfolios of the European Commission's and the African Union Commission's
        # commissioners, as the commissions' own lists name them ("European Commissioner for
        # Enlargement A", "Commissioner for Humanitarian Aid and Crisis Management B")
        "enlargement",
        "neighbourhood",
        "competition",
        "humanitarian aid",
        "crisis management",
        "climate action",
        "international partnerships",
    }
)

#: Head nouns that turn a portfolio into an office ("Foreign Minister").
PORTFOLIO_HEADS: Final[frozenset[str]] = frozenset(
    # ("cs": the Kenyan press's Cabinet Secretary, "Foreign Affairs CS A", see TITLES)
    # ("commissioner": a commission's member by portfolio, "Commissioner for Enlargement A")
    {"minister", "secretary", "undersecretary", "under-secretary", "cs", "commissioner"}
)

#: Words before a title that do not change who holds it ("former President X").
MODIFIERS: Final[frozenset[str]] = frozenset(
    {
        "former",
        "ex",  # "Ex-Prime Minister A" (split off the office: see _actors._split_ex)
        "then",
        "then-",
        "acting",
        "deputy",
        "vice",
        "first",
        "senior",
        "interim",
        "outgoing",
        "incoming",
        "visiting",  # "the visiting minister": the one on a visit, named before
        "late",
        "chief",
        "top",
        "republican",
        "democratic",
        "democrat",
        "new",
        "current",
        "longtime",
        "veteran",
        "caretaker",
    }
)

#: Nouns of a description that stand for any head of state or government ("the leader").
LEADER_NOUNS: Final[frozenset[str]] = frozenset({"leader", "leaders", "head of state"})

#: Titles that tell a person's gender, for "he" and "she".
#: Offices that only one country has, so that the office names the country (Irish: the
#: Constitution of Ireland, Articles 13 and 28, "Taoiseach" and "Tánaiste").
COUNTRY_OF_TITLE: Final[Mapping[str, str]] = MappingProxyType(
    {"taoiseach": "IE", "tánaiste": "IE", "tanaiste": "IE"}
)

GENDER_OF_TITLE: Final[Mapping[str, Literal["m", "f"]]] = MappingProxyType(
    {
        "mr.": "m",
        "king": "m",
        "emir": "m",
        "amir": "m",
        "sultan": "m",
        "prince": "m",
        "crown prince": "m",
        "sheikh": "m",
        "pope": "m",
        "emperor": "m",
        "grand duke": "m",
        "first gentleman": "m",
        "cardinal": "m",
        "patriarch": "m",
        "ayatollah": "m",
        "grand ayatollah": "m",
        "sir": "m",
        "lord": "m",
        "spokesman": "m",
        "congressman": "m",
        "chairman": "m",
        "mrs.": "f",
        "ms.": "f",
        "queen": "f",
        "princess": "f",
        "empress": "f",
        "grand duchess": "f",
        "first lady": "f",
        "dame": "f",
        "spokeswoman": "f",
        "congresswoman": "f",
        "chairwoman": "f",
    }
)
