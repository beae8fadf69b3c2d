"""
Extraction of :class:`~diplomeet.records.Incident` records from a document.

An incident is read from one clause with an incident word: an aircraft "shot down", "downed"
or "took down", a drone "intercepted"; "entered ... airspace", drones that "crossed the
border"; "fired at", "fired warning shots"; "air strikes", "missile strike"; "attacked",
"shelled", "a mortar bomb landed", "shot dead", "assassinated", "a car bomb", embassies
stormed, villages "raided" by armed bands; border "clashes" (``shots_fired``, ``attack`` when
they kill), and one state's troops attacking another's patrol or post; a laser "pointed at"
a ship, ramming, seizures of boats and crews, foreigners detained, diplomats expelled,
missile launches, cyberattacks, landing parties "ashore" (``other``). The countries
involved are the countries named in the clause, by name, possessive or adjective ("a Turkish
jet downed a Russian bomber" -> TR, RU); armed words need none. The date is one in the
clause or the one the clause hangs on ("since May 3, when ...", "an incident in May 2019
when ..."); a clause that only names the incident as a cause ("tariffs on Sunday to punish
its downing of ...") takes no date from the words before it. Casualties come from "the
deaths of 15 soldiers", "killing at least 12 civilians", "12 people were killed" in the
sentence or the next one. Negated ("was not shot down", "failed to shoot down"), unreal
("threatened to open fire", "if ..."), denied, habitual ("regularly carry out air strikes")
and reported-claim clauses ("saying the jet had breached its airspace"), warnings ("warned of
cyberattacks"), drills ("fired missiles during drills") and figures of speech ("attacked the
proposal", "came under fire for his remarks") tell no incident.
Retellings of one incident merge ("last week's shooting" into the shots fired told in
full; fire told from each side on one day), and a definite noun a few sentences on ("The
strikes late Sunday") dates an incident told "hours after" another event.  Title lines
before the story (a headline left in the body) add no incident the story tells, and those
after it (links to other stories) none at all.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from datetime import date, timedelta
from typing import Final

import attrs

from diplomeet import _fast_records
from diplomeet._actors import countries_in
from diplomeet._countries import COUNTRY_NAMES, DEMONYMS, SHORT_NAMES
from diplomeet._document import Document, Segment, segment_of
from diplomeet._stems import INCIDENT_STEMS, find_stems
from diplomeet._word_gate import LazyGate, gate_find, gate_search, gate_source
from diplomeet.records import Incident, IncidentKind, TimeRef

__all__ = ["find_incidents"]

_AIRCRAFT: Final = (
    r"(?:plane|planes|aircraft|jet|jets|warplane|warplanes|fighter|fighters|fighter-bomber|"
    r"fighter-bombers|fighter\s+jet|bomber|bombers|helicopter|helicopters|drone|drones|"
    r"airliner|airliners|airplane|airplanes|military\s+plane|spy\s+plane|"
    r"reconnaissance\s+plane|transport\s+plane|missile|missiles|rocket|rockets|balloon|balloons|"
    r"uav|uavs|unmanned\s+aerial\s+vehicles?|unmanned\s+aircraft|projectile|projectiles|"
    r"quadcopters?|octocopters?|multicopters?|"
    r"jetliner|jetliners|jumbo|flight|migs?|mirages?|phantoms?|"
    r"sukhois?|skyhawks?|tornados?|harriers?|sabres?|sabrejets?|chinooks?|black\s+hawks?|"
    r"tucanos?|super\s+tucanos?|bayraktars?|shaheds?|global\s+hawks?|reapers?|cessnas?|"
    r"(?:f|su|mig|mq|rq|tu|il|b|c|an|mi|ka|j|p|e|kc|ah|uh|ch|yak|tb|u|sr|ec|ea|ep|jf|kj|y)"
    r"-\d{1,3}[a-z]?)"
)
"""
Aircraft, by kind and by designation: the prefixes of the US tri-service designations
(DoD 4120.15-L: F-16, B-52, C-130, MQ-9, RQ-4, E-3, U-2, KC-135, AH-64), the Soviet and Russian
design bureaus (Sukhoi Su-, Mikoyan MiG-, Tupolev Tu-, Ilyushin Il-, Antonov An-, Mil Mi-,
Kamov Ka-, Yakovlev Yak-) and the Chinese (J-, Y-, KJ-, JF-), as wire copy writes them ("a
Russian Su-24", "an Indian MiG-21"); and the type names wires and archives use alone ("two
Egyptian MiGs", "Israeli Mirages", "a Turkish Bayraktar", "a Cessna"), from the same makers'
and services' designation lists; and the small rotor drones armies' bulletins name by their
rotors ("a quadcopter", "an octocopter", "multicopters").
"""


_STRIKE_TYPES: Final = (
    r"(?:planes|corsairs?|mustangs?|skyraiders?|mysteres?|vautours?|hawker\s+hunters?|"
    r"sabres?|sabrejets?|migs?|mirages?|phantoms?|skyhawks?|sukhois?)"
)
"""
Strike aircraft as wires name them alone besides "jets" and "warplanes": plain "planes" and the
types of the air forces of the 1950s-1980s ("Honduran Corsairs", "Salvadoran Mustangs",
"Skyraiders", "Israeli Mysteres", "Pakistani Sabres", "Egyptian MiGs"), from their makers' type
lists.
"""
_STRIKE_PLANES: Final = (
    rf"(?:{_STRIKE_TYPES}|warplanes?|jets?|fighter-bombers?|bombers?|aircraft|helicopters?|"
    r"gunships?|drones?)"
)
"""Aircraft that strike, as the subject of a raid told with another verb."""


_PLANES: Final = (
    r"(?:planes?|aircraft|jets?|warplanes?|fighters?|fighter\s+jets?|bombers?|helicopters?|"
    r"drones?|airliners?|uavs?|quadcopters?|octocopters?|multicopters?|migs?|mirages?|phantoms?|sukhois?|(?:f|su|mig|mq|rq|tu|il|b|c|"
    r"an|mi|ka|u)-\d{1,3}[a-z]?)"
)
"""Aircraft that fly and can be hit in flight (no missiles, rockets or balloons)."""


def _words(table: tuple[str, ...]) -> str:
    """
    A table of lower-case words and phrases as one alternation, longest first.

    The words are grouped by first letter ("c(?:rews|rew)|s(?:hips|hip)"), so a scan tries
    one group at a position, not every word: the same matches, found faster.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(set(table), key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(w[1:].replace(" ", r"\s+"))
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items())


_GUNFIRE: Final[tuple[str, ...]] = (
    "warning shots",
    "warning rounds",
    "warning bursts",
    "shots",
    "rounds",
    "bullets",
    "volleys",
    "bursts",
    "salvos",
    "shells",
    "mortar rounds",
    "mortar shells",
    "artillery rounds",
    "artillery shells",
)
"""
What a gun fires, as the ACLED codebook's "Armed clash" and "Shelling/artillery/missile
attack" sub-events and the CAMEO codes 193 ("Fight with small arms and light weapons") and
194 ("Fight with artillery and tanks") describe it: "fired warning shots", "fired around
100 rounds".  Fired at all, they are shots fired.
"""
_MUNITIONS: Final[tuple[str, ...]] = (
    *_GUNFIRE,
    "rocket",
    "rockets",
    "missile",
    "missiles",
    "mortars",
    "grenades",
    "torpedoes",
    "flares",
)
"""
What a weapon fires *at* something (ACLED "Explosions/Remote violence", CAMEO 194-195):
fired at a target ("fired two rockets at a patrol"), they are shots fired; fired alone
("fired two missiles into the sea"), a test, not an incident.
"""
_PROJECTILES: Final[tuple[str, ...]] = (
    "drone",
    "drones",
    "quadcopter",
    "quadcopters",
    "octocopter",
    "octocopters",
    "multicopter",
    "multicopters",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "uav",
    "uavs",
    "projectile",
    "projectiles",
    "balloon",
    "balloons",
    "unmanned aerial vehicle",
    "unmanned aerial vehicles",
)
"""
What air defences intercept and destroy in flight: ACLED codes an interception ("air
defences intercepted a drone") under "Disrupted weapons use"; here it is a shootdown.  An
aircraft (a jet, a bomber) that is "intercepted" is escorted, not downed, so it is not here.
"""
_EXPLOSIVES: Final[tuple[str, ...]] = (
    "mortar bomb",
    "mortar bombs",
    "mortar round",
    "mortar rounds",
    "mortar shell",
    "mortar shells",
    "artillery shell",
    "artillery shells",
    "mortar",
    "mortars",
    "shell",
    "shells",
    "rocket",
    "rockets",
    "missile",
    "missiles",
    "bomb",
    "bombs",
    "grenade",
    "grenades",
    "projectile",
    "projectiles",
    "drone",
    "drones",
    "landmine",
    "landmines",
    "land mine",
    "roadside bomb",
    "improvised explosive device",
)
"""
Explosive weapons that "landed", "hit", "struck", "exploded" or "damaged" a ship (ACLED
"Explosions/Remote violence": shelling/artillery/missile attack, remote explosive, air/drone
strike): an attack.  Naval mines and torpedoes (the Gulf "tanker war") are read apart, with
the verbs that only a weapon takes ("a mine exploded", not "mines hit a record").
"""
_VESSELS: Final[tuple[str, ...]] = (
    "vessel",
    "vessels",
    "boat",
    "boats",
    "ship",
    "ships",
    "trawler",
    "trawlers",
    "longliner",
    "longliners",
    "seiner",
    "seiners",
    "speedboat",
    "speedboats",
    "ferry",
    "tanker",
    "tankers",
    "frigate",
    "frigates",
    "cutter",
    "cutters",
    "destroyer",
    "destroyers",
    "warship",
    "warships",
    "flotilla",
    "flotillas",
    # craft of every size that patrols stop, board, ram or chase
    "yacht",
    "yachts",
    "dhow",
    "dhows",
    "canoe",
    "canoes",
    "skiff",
    "skiffs",
    "gunboat",
    "gunboats",
    "pirogue",
    "pirogues",
    "barge",
    "barges",
    "bulk carrier",
    "bulk carriers",
    "freighter",
    "freighters",
    "dredger",
    "dredgers",
    "tugboat",
    "tugboats",
    # tankers and carriers as the shipping trade names them by size or cargo
    "suezmax",
    "suezmaxes",
    "aframax",
    "aframaxes",
    "panamax",
    "vlcc",
    "vlccs",
    "bulker",
    "bulkers",
    "containership",
    "containerships",
    "container ship",
    "container ships",
    "lng carrier",
    "lng carriers",
    "gas carrier",
    "gas carriers",
)
"""
Ships, for the unsafe encounters at sea that the Code for Unplanned Encounters at Sea
(CUES, Western Pacific Naval Symposium, 2014, section 2.8) and the 1972 Incidents at Sea
Agreement (article III) name: ramming, and illuminating a ship's bridge with a laser or
searchlight.  With water cannon they are the kind ``other``.
"""
_ARMED_WORDS: Final[tuple[str, ...]] = (
    "troops",
    "soldiers",
    "forces",
    "army",
    "navy",
    "naval",
    "military",
    "militaries",
    "coast guard",
    "border guards",
    "militia",
    "militias",
    "militiamen",
    "rebels",
    "insurgents",
    "militants",
    "gunmen",
    "gunman",
    "soldier",
    "assailants",
    "attackers",
    "artillery",
    "warplanes",
    "warplane",
    "warships",
    "warship",
    "gunboat",
    "gunboats",
    "patrol boat",
    "patrol ship",
    "patrol",
    "patrols",
    "suicide bomber",
    "suicide bombers",
    "bandits",
    "armed men",
    "jihadists",
)
"""
The armed actors of the ACLED codebook (state forces, rebel groups, political militias)
and their arms: a clause naming one with an incident word tells an armed incident even
when it names no country ("Rebels ambushed a convoy").
"""
_SEIZABLE: Final[tuple[str, ...]] = (
    *_VESSELS,
    "crew",
    "crews",
    "crew members",
    "fishermen",
    "sailors",
    "seamen",
)
"""
What a state seizes at sea (ACLED "Arrests" and "Looting/property destruction" sub-events;
CAMEO 1711 "Confiscate property" and 1721 "Impose administrative sanctions": seizures of
boats and the detention of their crews, the commonest incidents of fisheries disputes).
"Seized a tanker", "impounded their boats", "the seizure of two trawlers": kind ``other``.
"""
_FOREIGNERS: Final[tuple[str, ...]] = (
    "nationals",
    "citizen",
    "citizens",
    "diplomat",
    "diplomats",
    "consul",
    "envoy",
    "ambassador",
    "attache",
    "tourist",
    "tourists",
    "businessman",
    "businessmen",
    "spy",
    "spies",
    "fishermen",
    "sailors",
    "seamen",
    "crew",
    "crews",
)
"""
The persons whose arrest or detention abroad frames diplomacy (CAMEO 173 "Arrest, detain,
or charge with legal action" with a foreign target; consular cases under the 1963 Vienna
Convention on Consular Relations, article 36): "detained three American citizens",
"arrested a Japanese national" (a "national" only where a noun cannot follow, not "the
national debate").  Kind ``other``.
"""
_CIVILIANS: Final[tuple[str, ...]] = (
    "herders",
    "herdsmen",
    "farmers",
    "villagers",
    "shepherds",
    "drivers",
    "truck drivers",
    "lorry drivers",
    "truckers",
    "workers",
    "labourers",
    "laborers",
    "traders",
    "merchants",
    "journalists",
    "reporters",
    "journalist",
    "reporter",
    "correspondent",
    "correspondents",
    "students",
    "pilgrims",
    "engineers",
    "miners",
    "gold miners",
    "loggers",
    "hunters",
    "tourists",
    "hikers",
    "aid workers",
    "nurses",
    "doctors",
    "researchers",
    "academics",
    "activists",
    "bloggers",
    "officers",
    "customs officers",
    "officials",
    "policemen",
    "gendarmes",
    "soldiers",
    "guards",
    "border guards",
    "servicemen",
    "herder",
    "farmer",
    "driver",
    "truck driver",
    "trucker",
    "worker",
    "aid worker",
    "trader",
    "journalist",
    "reporter",
    "student",
    "pilgrim",
    "engineer",
    "miner",
    "tourist",
    "hiker",
    "researcher",
    "academic",
    "activist",
    "blogger",
    "officer",
    "official",
    "soldier",
    "border guard",
    "serviceman",
)
"""
Persons whose detention by another state's forces is a cross-border incident when their
nationality is told ("detained 9 Malian herders", "12 Afghan truck drivers detained
in ...", "arrested two Turkish journalists"): the civilian and military targets of the ACLED
"Arrests" sub-event and CAMEO 173 ("Arrest, detain") with a foreign target.  Unlike
:data:`_FOREIGNERS` they are held at home as often as abroad, so they count only where a
country, demonym or possessive stands in the words of the detention itself, and the clause
names two countries (the one holding, the one whose people are held): "police arrested 40
students" and "Russian police detained 30 Russian activists" are no incident.
"""
_HELD: Final = _words((*_SEIZABLE, *_FOREIGNERS, *_CIVILIANS))
_ENVOYS: Final[tuple[str, ...]] = (
    "diplomat",
    "diplomats",
    "envoy",
    "envoys",
    "ambassador",
    "ambassadors",
    "attache",
    "attaches",
    "consul",
    "consuls",
    "counsellor",
    "counsellors",
    "counselor",
    "counselors",
    "first secretary",
    "second secretary",
    "third secretary",
    "charge d'affaires",
    "chargé d'affaires",
    "embassy staff",
    "embassy officials",
)
"""
Who is expelled in an expulsion (CAMEO 1663 "Expel or withdraw diplomats"; the "persona non
grata" of the 1961 Vienna Convention on Diplomatic Relations, article 9).  Kind ``other``.
"""
_MISSIONS: Final[tuple[str, ...]] = (
    "embassy",
    "embassies",
    "consulate",
    "consulates",
    "chancery",
    "diplomatic mission",
    "diplomatic compound",
)
"""
The premises of a mission (Vienna Convention on Diplomatic Relations, 1961, article 22):
stormed, set on fire or ransacked by a crowd, an attack (ACLED "Mob violence").
"""
_ENVOY_HEADS: Final = r"(?:ambassador|consul-general|consul|envoy|high\s+commissioner)"
#: A mission's premises, or an envoy's residence or car (article 30 extends the protection of
#: article 22 to the private residence): "the residence of the US consul-general", "the
#: ambassador's car".
_MISSION_TARGET: Final = (
    rf"(?:{_words(_MISSIONS)}|residence\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_ENVOY_HEADS}|"
    rf"{_ENVOY_HEADS}['\u2019]s\s+(?:residence|car|convoy|motorcade))"
)
_THROWN: Final[tuple[str, ...]] = (
    "stones",
    "rocks",
    "bricks",
    "bottles",
    "eggs",
    "paint",
    "petrol bombs",
    "gasoline bombs",
    "firebombs",
    "fire bombs",
    "molotov cocktails",
    "fireworks",
    "flares",
    "firecrackers",
)
"""
What a crowd throws at a mission or a building (ACLED "Mob violence": "protesters threw
stones and petrol bombs at the embassy"); words thrown ("hurled insults at") are not here.
"""
_STRIKE_WORDS: Final[tuple[str, ...]] = (
    "retaliatory",
    "precision",
    "military",
    "punitive",
    "surgical",
    "targeted",
    "cross-border",
    "pre-emptive",
    "preemptive",
    "aerial",
    "air",
    "drone",
    "missile",
    "rocket",
)
"""
What makes a "strike" a military one in "carried out retaliatory strikes" (ACLED "Air/drone
strike"; CAMEO 195 "Employ aerial weapons"), rather than a labour strike.
"""
_ABSTRACT_TARGETS: Final[tuple[str, ...]] = (
    "proposal",
    "proposals",
    "plan",
    "plans",
    "policy",
    "policies",
    "decision",
    "idea",
    "remarks",
    "comments",
    "statement",
    "report",
    "stance",
    "position",
    "record",
    "critics",
    "criticism",
    "media",
    "press",
    "democracy",
    "rights",
    "freedom",
    "freedoms",
    "dignity",
    "values",
    "reputation",
    "constitution",
    "sovereignty",
    "credibility",
    "bill",
    "deal",
    "agreement",
    "budget",
    "reform",
    "reforms",
    "approach",
    "strategy",
    "move",
    "government",
    "opposition",
    "administration",
    "leadership",
    "rivals",
    "lawmakers",
    "handling",
    "response",
    "wording",
    "support",
    "views",
    "rhetoric",
    "remark",
    "comment",
    "speech",
    "speeches",
    "tweet",
    "tweets",
    "email",
    "emails",
    "silence",
    "failure",
    "judgment",
    "judgement",
    "character",
    "integrity",
    "heritage",
    "candidate",
    "candidates",
    "nominee",
    "front-runner",
    "frontrunner",
    "opponent",
    "opponents",
    "challenger",
    "counterpart",
    "counterparts",
    "predecessor",
    "successor",
    "rival",
    "campaign",
    "judge",
    "speculators",
    "markets",
    "investors",
    # a currency or a market raided or attacked by traders ("a raid on the pound", "an attack
    # on the rouble", "a speculative attack on the peso")
    "pound",
    "sterling",
    "dollar",
    "euro",
    "rouble",
    "ruble",
    "yen",
    "rupee",
    "peso",
    "franc",
    "lira",
    "baht",
    "ringgit",
    "rand",
    "naira",
    "yuan",
    "renminbi",
    "hryvnia",
    "krona",
    "krone",
    "shekel",
    "currency",
    "currencies",
    "relentlessly",
    "verbally",
    "publicly",
)
"""
What is attacked, shot at or fired at in words, not arms: the objects of the figurative
senses of "attack" and "fire" (Merriam-Webster's "attack", sense 2, "to assail with unfriendly
or bitter words"; "under fire", "exposed to criticism").  Read where they follow the word.
"""
_CRITIC_WORDS: Final[tuple[str, ...]] = (
    "scathing",
    "blistering",
    "verbal",
    "stinging",
    "withering",
    "rhetorical",
    "personal",
    "veiled",
    "fierce",
    "sharp",
    "broadside",
    "frontal",
    "ad hominem",
    "partisan",
    "political",
)
"""Adjectives of a verbal attack ("a scathing attack on the plan"), from the same senses."""

_RAIDERS: Final[tuple[str, ...]] = (
    "gunmen",
    "militants",
    "rebels",
    "insurgents",
    "bandits",
    "armed men",
    "jihadists",
    "militiamen",
    "militia",
    "militias",
    "guerrillas",
    "guerillas",
    "raiders",
    "attackers",
    "assailants",
    "rustlers",
    "cattle rustlers",
)
"""
The non-state armed actors of the ACLED codebook (rebel groups, political and communal
militias, armed bands) that "raided" a place: an attack ("bandits raided a village near the
border").  State forces and the police are not here: "police raided the offices of" is a
search, not an incident.
"""
_CAPTORS: Final[tuple[str, ...]] = (
    *_ARMED_WORDS,
    "gendarmes",
    "gendarmerie",
    "coastguard",
    "coast guards",
    "coastguards",
    "border police",
    "marine police",
    "patrol boats",
    "patrol boat",
    "patrol vessel",
    "patrol vessels",
    "armed personnel",
    "naval personnel",
    "military personnel",
    "commandos",
)
"""
Who takes people or boats when they are "picked up" or "rounded up by": armed forces, and
the gendarmes, coast guards and border police of a state (a ship that picks up survivors is
no captor).
"""
_ABDUCTORS: Final[tuple[str, ...]] = (
    *("gunmen", "gunman", "armed men", "pirates", "militants", "rebels", "bandits"),
    *("kidnappers", "abductors", "insurgents", "militiamen", "jihadists", "assailants"),
)
"""
The armed men outside the law who take people off boats and out of villages (ACLED
"Abduction/forced disappearance" by non-state actors): "eight fishermen were taken from a boat
by gunmen".  State forces that do it "seize" or "detain" them.
"""
_LADEN: Final = (
    r"(?:(?:carrying|laden\s+with|loaded\s+with|bearing|packed\s+with)\s+(?:[\w-]+\s+){1,3}?"
    r"|(?:[\w-]+\s+){0,2}?)"
)
"""
The words between an aircraft and its crossing: a load ("balloons carrying contraband
cigarettes crossed the border", "a drone laden with drugs crossed the frontier") or up to two
others ("drones reportedly crossed").
"""
_MILITARY_AIRCRAFT: Final = (
    r"(?:drones?|uavs?|warplanes?|fighter\s+jets?|fighter-bombers?|fighters|bombers?|"
    r"spy\s+planes?|reconnaissance\s+(?:planes?|aircraft)|military\s+(?:planes?|aircraft|"
    r"helicopters?|jets?)|balloons?|jets)"
)
_WARPLANES: Final = (
    rf"(?:{_MILITARY_AIRCRAFT}|(?:air\s+force|military|naval|navy|fighter)\s+"
    r"(?:[\w-]+\s+)?(?:aircraft|planes?|helicopters?))\b"
)
"""Military aircraft whose flight over a land is an intrusion ("two Air Force aircraft")."""
_WARSHIPS: Final = (
    r"(?:warships?|corvettes?|frigates?|destroyers?|gunboats?|submarines?|cruisers?|"
    r"minesweepers?|(?:navy|naval|coast\s+guard)\s+(?:vessels?|ships?|patrol\s+boats?))\b"
)
"""Warships (and armed state ships) whose presence in another's waters is an incident."""
_A_NATIONAL: Final = (
    r"national(?=\s*[,.;:)]|\s+(?:on|in|at|for|who|and|after|over|accused|suspected|near|"
    r"while|from|with|was|is|has|had|during|since|last|this)\b)"
)
# Who is held abroad whatever the words around: a ship, a crew, a diplomat, a national.
_FOREIGN_HELD_RE: Final = re.compile(rf"\b(?:{_words((*_SEIZABLE, *_FOREIGNERS))}|{_A_NATIONAL})\b")
# A number told as an estimate, as the tallies of arrests and seizures are (ACLED notes
# that such figures aggregate many events): "over 500", "more than 1,200", "nearly 300".
# An incident noun that a modal verb supposes: "a drone strike on civilians would be a war
# crime", "an attack on the embassy could trigger a war".
_SUPPOSED_RE: Final = re.compile(
    r"(?:\s+(?!(?:and|but|when|after|that|which)\b)[\w'\u2019-]+){0,5}?\s+"
    r"(?:would|could|might)\s+(?:be|constitute|amount|trigger|mean|lead|spark|provoke|do|cause|"
    r"harm|damage|hurt|undermine|jeopardi[sz]e|destabili[sz]e|backfire|escalate)\b"
)
_TALLY_RE: Final = re.compile(
    r"(?=[omnaus])(?:\b(?:over|more\s+than|nearly|almost|about|upwards\s+of|some)\s+"
    r"\d[\d,]*\s+)"
)
# A count before a plural incident noun: "four Russian airspace violations since January",
# "seven incursions this year" (a tally over a span, not one incident).
_COUNTED_RE: Final = re.compile(
    r"(?:(?<![\d,])\d[\d,]*+|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|numerous|many|multiple))\s++(?:[\w'\u2019-]++\s++){0,2}$"
)
_COUNTED_NOUN_RE: Final = re.compile(
    r"(?:air\s?space\s+)?(?:violation|incursion|intrusion|breach|clash|skirmish|attack|"
    r"seizure|detention|expulsion|shooting)"
)
_LONG_SPANS: Final = frozenset({"year", "decade", "century", "half", "quarter", "season"})
# An ordinal before an incident noun: "the third violation of its airspace since September",
# "the fifth such incursion this year" (a place in a tally, told over a span).
_ORDINAL_TALLY_RE: Final = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))\s+(?:such\s+)?(?:[\w-]+\s+)?$"
)
_HOLDING_RE: Final = re.compile(
    r"(?:seiz|impound|captur|hijack|detain|detention|arrest|abduct|kidnap|jail|expel)"
)
_SEA: Final = r"(?!\s+(?:the\s+)?(?:sea|waters|ocean)\b)"
_NOT_A_LAUNCH: Final = (
    r"(?!-|\s+(?:defen[cs]e|programmes?|programs?|launchers?|systems?|sites?|bases?|"
    r"technology|factory|factories|industry|shield|engines?|forces|units?|brigades?|corps|"
    r"boats?|crisis|ban|moratorium|pads?|facility|facilities|range|centre|center|vehicles?)\b)"
)
_MISSILE: Final = r"(?:missiles?|icbms?|slbms?|(?:spy|military|reconnaissance)\s+satellites?)"
# Incident words by kind, strongest first; one incident per clause.
# Each pattern sits behind "(?=[letters])(?:...)", a lookahead on the letters its matches
# start with: the scan passes over most positions at once (same matches, faster).  The
# words in a group named "armed" tell an armed incident even where no country is named;
# the other named groups are read in ``_Reader.clause`` ("clash", "firenoun", "aerial",
# "sea", "seize").
_TRIGGERS: Final[tuple[tuple[IncidentKind, re.Pattern[str]], ...]] = (
    (
        "shootdown",
        re.compile(
            r"(?=[stbdiknmrupajwfhcl])\b(?:"
            r"\b(?:shot|shoots|shoot|shooting|took|take|takes|taking|brought|bring|brings|"
            r"bringing)\s+down\b|"
            # forced to land by warplanes: "an airliner forced down by Israeli jets",
            # "fighters forced down a transport plane"
            rf"\bforced\s+down\s+by\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{_PLANES}|interceptors|"
            r"air\s+force)\b|"
            rf"\b(?:{_PLANES}|interceptors?)\s+(?:(?!(?:was|were|been|is|are|being)\b)"
            r"[\w'\u2019-]+\s+){0,2}?forced\s+down\b(?!\s+by\b)|"
            # aircraft lost to fire from the ground or to missiles, as a loss is told
            r"\blost\s+to\s+(?:[\w-]+\s+){0,2}?(?:ground\s+fire|anti-aircraft\s+fire|"
            r"surface-to-air\s+missiles?)\b|\b(?:downed|downs|downing|shootdown|shoot-down)\b|"
            r"\b(?:intercepted|intercepts|intercepting|destroyed|destroys|destroying|neutrali[sz]ed|"
            r"neutrali[sz]es|neutrali[sz]ing|took\s+out|takes\s+out|taking\s+out|taken\s+out)\s+"
            # (not "destroyed its long-range missiles": a state's own arms, disarmament; but
            # "destroyed 41 of the 58 drones" a share of a wave)
            r"(?:and\s+(?:destroyed|downed|shot\s+down)\s+)?(?:(?:\d[\d,]*|all|most|some|many|"
            r"several|dozens|hundreds)\s+of\s+(?:the\s+)?)?(?:(?!of\b|its\b|their\b)[\w-]+\s+){0,3}?"
            rf"(?:{_words(_PROJECTILES)})\b(?!-|\s+(?:factory|factories|plant|plants|depot|"
            r"depots|base|bases|site|sites|program|programme|launchers?|launch|workshop|"
            r"storage|warehouse|production)\b)|"
            r"\b(?:shot|blew|blown|knocked|blasted)\s+(?:[\w-]+\s+){0,4}?out\s+of\s+the\s+sky\b|"
            # aircraft lost in air combat: "two Su-22s were destroyed in a dogfight with F-14s"
            r"\b(?:destroyed|downed)\s+in\s+(?:an?\s+|the\s+)?"
            r"(?:(?!(?:mock|simulated|practice|training|staged)\b)[\w-]+\s+)?(?:dogfights?|"
            r"air\s+battles?|aerial\s+(?:combat|battles?|engagements?)|air\s+combat|"
            r"air-to-air\s+(?:combat|engagements?))\b|"
            # told passive: "an Azerbaijani drone was destroyed by Armenian air defences"
            rf"\b(?:{_words(_PROJECTILES)})\s+(?:[\w-]+\s+){{0,3}}?(?:was|were|had\s+been|has\s+been|"
            r"have\s+been|been|being)\s+(?:[\w-]+\s+)?(?:destroyed|intercepted|neutrali[sz]ed)\s+"
            r"(?:[\w-]+\s+){0,3}?by\b|"
            # an aircraft destroyed in flight: "destroyed a Russian Su-34 bomber over Donetsk"
            r"\b(?:destroyed|destroys|neutrali[sz]ed)\s+(?:(?!of\b|its\b|their\b)[\w-]+\s+){0,3}?"
            rf"{_PLANES}\s+(?:over\b(?!\s+(?:the\s+)?(?:weekend|past|last|next|years?|months?|"
            r"weeks?|days?|night|decades?)\b)|in\s+(?:the\s+)?(?:air|sky|skies)\b|"
            r"in\s+mid-?air\b|in\s+flight\b)|"
            # an aircraft hit by a missile: "the jet crashed when it was hit by a missile"
            rf"\b{_PLANES}\s+(?:(?:[^.;]|\.(?=\d)){{0,60}}?\s)?(?:struck|hit|downed)\s+by\s+"
            r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:missiles?|surface-to-air|"
            r"anti-aircraft|air\s+defen[cs]es?)\b|"
            rf"\bdestruction\s+of\s+(?:[\w'\u2019-]+\s+){{0,5}}?{_AIRCRAFT}\b"
            ")",
        ),
    ),
    (
        "shots_fired",
        re.compile(
            r"(?=[fosrmetcbvgwahltiujnp])\b(?:"
            # "fired on a patrol", "fired on Monday at a patrol"; not "was fired on Monday"
            r"\b(?:fired|fires|firing|opened\s+fire|open\s+fire|shot)\s+"
            r"(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
            r"(?:(?!(?:back|him|her|them|me|us|dead|and)\b)\w+\s+)?(?:at|on(?!\s+(?:(?:mon|tues|"
            r"wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            r"[a-z]*\.?\s+\d|\d)\b)|upon)\b|"
            r"\bopen(?:ed|ing|s)\s+(?:[\w-]+\s+){0,3}?fire\b|"
            r"(?P<armed>\b(?:fired|fires|firing|fire)\s+"
            # how many, told loosely: "fired about a dozen machine-gun rounds at a post",
            # "more than a hundred mortar shells at"
            r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|up\s+to|"
            r"as\s+many\s+as)\s+(?:a\s+)?)?"
            # another thing fired first: "fired signal flares and two warning rounds"
            r"(?:(?:[\w-]+\s+){1,2}?and\s+(?=(?:\d[\d,]*|[\w-]+)\s+(?:[\w-]+\s+)?"
            r"(?:warning\s+)?(?:shots|rounds|bursts)\b))?"
            r"(?:(?!(?:the|opening|first|parting|verbal|political|early)\b)(?:\d[\d,]*|[\w-]+)\s+)"
            r"{0,3}?"
            rf"(?:(?:{_words(_GUNFIRE)})\b(?!\s+(?:of|in)\s+(?:the|a|an|his|her|their|its)\b)|"
            # ("fired several rounds in the direction of a patrol": aimed at it, in words)
            rf"(?:{_words(_MUNITIONS)})\s+(?:at|upon|toward|towards|across|"
            rf"in\s+the\s+direction\s+of)\b{_SEA}))|"
            # a barrage told by its weight: guns that "poured" thousands of shells "onto" a
            # place, "rained mortar rounds on the village" (an attack when it kills
            # in the clause, read in ``deadly``)
            r"(?P<barrage>\b(?:poured|pouring|rained|raining)\s+(?:(?:about|some|nearly|over|"
            r"more\s+than|at\s+least)\s+)?(?:[\w,-]+\s+){0,2}?(?:artillery\s+|mortar\s+)?"
            rf"(?:shells|rounds|mortars|bombs)\s+(?:onto|into|on|upon|at)\b{_SEA})|"
            # "fired across the Line of Control": across a line, at the other side
            # warning fire by a state's troops or guards: "border guards fired into the air
            # when the patrol approached" (not revellers firing in the air at a wedding)
            r"(?P<air_fire>\b(?:troops|soldiers|guards|rangers|sentries|sentry|jawans|forces|"
            r"army|navy|patrols?|gunboats?|vessels|warships|ships|boats|coast\s*guards?|"
            r"gendarmes|marines|sailors)\s+(?:[\w-]+\s+){0,3}?(?:fired|firing)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:in|into)\s+the\s+air\b)|"
            # armed men who crossed into another's land and fired in the air there: "gunmen
            # crossed the river near the village on Sunday night, fired into the air and ...",
            # "troops entered the border village firing into the air" (the crossing makes it an
            # incident: not revellers firing in the air at a wedding)
            r"(?P<air_cross>\b(?:crossed|crossing|entered|entering)\s+(?:(?:[\w'\u2019-]+\s+){0,4}?"
            r"(?:border|frontier|boundary|river|line|territory|village|town)\b|"
            r"(?<=crossed\s)(?:over\s+)?into\s+[\w'\u2019-]+)"
            r"(?:,?\s+[\w'\u2019-]+){0,14}?,?\s+(?:fired|firing)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:in|into)\s+the\s+air\b)|"
            # a shot across a ship's bow, the warning of a warship or patrol: "fired a shot
            # across the bow of a trawler", "fired across her bows"
            r"(?P<armed_bow>\b(?:fired|fires|firing)\s+(?:[\w-]+\s+){0,3}?across\s+(?:the|her|"
            r"its|their)\s+bows?\b(?!\s+of\s+(?!(?:an?|the|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
            rf"(?:{_words(_VESSELS)})\b)))|"
            r"(?P<armed_across>\b(?:fired|firing|opened\s+fire)\s+across\s+(?:the\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:border|frontier|boundary|line\s+of\s+control|"
            # the lines of armistice agreements: "shots were fired across the ceasefire line"
            r"(?:ceasefire|cease-fire|armistice|demarcation)\s+line|"
            # a front line between two armies: "fired across the line at an Armenian post",
            # "opened fire across the contact line on Azerbaijani positions"
            r"(?:contact|front|separation)\s+line|line\s+of\s+(?:contact|separation)|"
            r"line(?=\s+(?:at|on|upon|into|toward|towards)\s))\b)|"
            r"\b(?:shots|rounds|shells|rockets|mortars?|bullets|warning\s+shots|volleys|"
            r"gunshots)\s+(?:were\s+|was\s+|had\s+been\s+)?fired\b"
            # "shots were fired across the ceasefire line": at the other side, armed
            r"(?P<armed_line>\s+across\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier|"
            r"boundary|line\s+of\s+control|(?:ceasefire|cease-fire|armistice|demarcation)\s+"
            r"line)\b)?|"
            r"(?P<exchange>\b(?:shots|gunshots|gunfire|fire)\s+(?:was|were|had\s+been)\s+"
            r"exchanged\b|"
            r"\b(?:exchanged|exchanges|exchange|exchanging|traded|trading)\s+(?:of\s+)?"
            r"(?:(?!(?:words|views|notes|letters|ideas|barbs)\b)[\w-]+\s+){0,2}?"
            r"(?:fire|gunfire|shots|gunshots)\b)|"
            r"\b(?:came|come|comes|coming)\s+under\s+(?:heavy\s+|sustained\s+|intense\s+)?fire\b|"
            # "two MiG-15 jets jumped a patrol bomber": fighters set on a plane, firing (the
            # aircraft before "jumped" is read in ``fits``)
            rf"(?P<jumped>\bjumped\s+(?:[\w'\u2019-]+\s+){{0,4}}?{_AIRCRAFT}\b)|"
            # "Sunday's firing by Pakistani troops on Indian posts": the noun, who, at whom
            r"(?P<armed_by>\bfiring\s+by\s+(?:[\w'\u2019-]+\s+){0,3}?(?:troops|soldiers|forces|"
            r"border\s+guards|guards|army|units)\s+(?:on|at|upon|across)\b)|"
            r"(?P<firenoun>"
            # a post hit by gunfire, gunfire that broke out between two sides
            r"\b(?:hit|struck|raked|sprayed|riddled)\s+(?:by|with)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:gunfire|(?:machine-gun|small-arms|rifle|sniper)\s+fire)\b|"
            r"\bgunfire\s+(?:erupted|broke\s+out|rang\s+out)\s+(?:between|along|across|on|at)\b|"
            r"\b(?:artillery|mortar|machine-gun|machine\s+gun|sniper|tank|"
            r"small-arms|small\s+arms|automatic|cross-border|rocket)\s+fire\b|"
            # the guns as the subject of the verb, as in "Iranian artillery hit the outskirts
            # of three villages" (shells fired over a border); guns hit by a drone are none
            r"\bartillery\s+(?:hit|struck|pounded|slammed\s+into)\s+(?!by\b)(?=[a-z\d])|"
            r"\b(?:unprovoked|indiscriminate|cross-border|heavy|intense)\s+firing\b|"
            r"\b(?:ceasefire|cease-fire|truce)\s+violations?\b|"
            r"\b(?:violated|violating|violates|breached|breaching)\s+(?:the\s+|a\s+)?"
            r"(?:ceasefire|cease-fire|truce)\b)|"
            # herders or villagers of two lands in a deadly fight over land or water ("Kyrgyz
            # and Tajik villagers clashed over water rights, leaving four dead"), read in
            # ``fits``: "over" is no figure of speech here
            r"(?P<clash>(?P<folk_clash>\b(?:herders|herdsmen|villagers|farmers|tribesmen|"
            r"nomads|pastoralists|shepherds)\s+(?:[\w'\u2019-]+\s+){0,5}?clashed\b)|"
            r"\b(?:clashed|clashes|clash|clashing|skirmish|skirmishes|skirmished|"
            # "fought a two-hour battle with a party of raiders" (armed men in the clause)
            r"fought\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:battles?|firefights?|gunfights?)\s+with|"
            r"firefights?|gunfights?|gun\s+battles?|gunbattles?|shootouts?|shoot-outs?|"
            # "fighting between Kyrgyz and Tajik forces", "troops fought with artillery and
            # rockets near the temple" (armed men or a border in the clause, read in ``fits``)
            # (not a war going on: "fighting between the army and the rebels has intensified
            # since January")
            r"fighting\s+between(?![^.;]{0,90}?\b(?:since|intensified|intensifying|continued|"
            r"continues|continuing|escalated|escalating|raged|rages|raging|persisted|goes\s+on|"
            r"went\s+on)\b)|fought\s+with\s+(?:heavy\s+)?(?:artillery|mortars|rockets|tanks|"
            r"machine\s+guns|machine-guns|small\s+arms|rifles|grenades)|"
            r"fighting\s+(?:erupted|broke\s+out|flared)|(?:heavy|fierce|renewed|cross-border|"
            r"border)\s+fighting)\b(?!\s+over\b))"
            ")",
        ),
    ),
    (
        "airspace_violation",
        re.compile(
            r"(?=[evbiscpajwfhdmrtulkyo])\b(?:"
            # "a drone that flew in from Belarus crashed in a cornfield": in from a land
            rf"\b{_MILITARY_AIRCRAFT}\s+(?:(?:that|which)\s+)?(?:had\s+)?(?:flew|flown|strayed|"
            r"drifted)\s+in\s+from\b|"
            r"\b(?:entered|enters|entering|violated|violates|violating|breached|breaches|"
            r"breaching|intruded|intrudes|intruding|strayed|strays|straying|crossed|crosses|crossing|"
            # balloons and drones carried in by the wind: "drifted into Latvian airspace"
            r"drifted|drifts|drifting|floated|floats|floating|wandered|wanders|wandering|"
            r"penetrated|penetrating)\b"
            r"(?:[^.;]|\.(?=\d)){0,60}?\bair\s?space\b|\bair\s?space\s+(?:violation|violations|incursion|"
            r"intrusion)|"
            # told passive, the land's airspace first: "Cambodian airspace was violated by"
            # (the word before read too: "no Polish airspace had been violated" is negated)
            r"\b(?:[\w'\u2019-]+\s+)?air\s?space\s+(?:was|were|had\s+been|has\s+been|have\s+been|"
            r"being)\s+(?:[\w-]+\s+)?"
            r"(?:violated|breached|penetrated|intruded\s+upon)\b|"
            # a noun with the aircraft between: "the intrusion of two Chinese military
            # aircraft into Japanese airspace" (its day may come first: "the incursion on
            # March 3 of two bombers into Finnish airspace")
            r"\b(?:violation|breach|incursion|intrusion)s?\s+(?:on\s+[\w.]+\s+(?:\d{1,2}\s+)?)?"
            r"(?:of|by)\s+(?:[\w'\u2019-]+\s+){0,5}?"
            rf"{_AIRCRAFT}\s+(?:into|of|in)\s+(?:[\w'\u2019-]+\s+){{0,3}}?air\s?space\b|"
            # warplanes' mock raids over a land, low and loud: "staged mock raids over Tyre",
            # "mock raids by Israeli jets over Nabatieh" (no strike: an airspace violation)
            r"\bmock\s+(?:air\s+)?(?:raids?|attacks?|dives?|dogfights?|bombing\s+runs?)\s+"
            r"(?:by\s+(?:[\w'\u2019-]+\s+){0,3}?(?:jets|warplanes|aircraft|planes|fighters)\s+)?"
            r"over\b(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:sea|ocean|strait|gulf|waters)\b)|"
            r"\b(?:flew|flown|flying|flies|fly)\s+"
            # "flew about 30 kilometres into Polish airspace": how far in, before "into"
            r"(?:(?:(?:about|some|around|nearly|almost|roughly|up\s+to|more\s+than)\s+)?"
            r"(?:\d[\d.,]*|one|two|three|four|five|ten|twenty|thirty|fifty|a\s+few)\s*"
            r"(?:kilometres?|kilometers?|km|miles?|nautical\s+miles?)\s+(?:deep\s+)?)?"
            # (and "flew one kilometre inside Finnish airspace", "flying inside its airspace")
            r"(?:into|over|through|across|inside|within)\s+"
            r"(?:[\w'\u2019-]+\s+){0,3}?air\s?space\b|"
            r"\b(?:violation|breach|incursion|intrusion)\s+(?:of|into|in|on)\s+"
            r"(?:[\w'\u2019-]+\s+){0,3}?air\s?space\b|"
            # an intrusion "over" a land is one in its sky: "the intrusion over Tak province on
            # Wednesday", "an incursion over the island" (not over a sea or a border, nor a
            # stretch of time: "incursions over the weekend", "a row over the incursion")
            r"\b(?:intrusion|incursion)\s+over\s+(?!(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
            r"(?:sea|ocean|strait|gulf|waters|border|frontier|boundary|line|fence|river|weekend|"
            r"holidays?|night|years|months|weeks|days|past|last|next|period|course)\b)(?=[a-z])|"
            # and counted ("logged 40 violations of its airspace on Tuesday"; uncounted,
            # "Turkish violations of Greek airspace" are a run of them, no incident)
            r"(?:(?<=\d\s)|(?<=\btwo\s)|(?<=\bthree\s)|(?<=\bfour\s)|(?<=\bfive\s)|(?<=\bsix\s)"
            r"|(?<=\bseven\s)|(?<=\beight\s)|(?<=\bnine\s)|(?<=\bten\s)|(?<=\bdozen\s)"
            r"|(?<=\bdozens\sof\s))"
            r"\b(?:violations|breaches|incursions|intrusions)\s+(?:of|into|in|on)\s+"
            r"(?:[\w'\u2019-]+\s+){0,3}?air\s?space\b|"
            r"\b(?:entered|enters|entering|violated|violates|intruded\s+into|flew\s+into|"
            r"incursions?\s+into)\s+(?:[\w'\u2019-]+\s+){0,3}?"
            r"(?:air\s+defen[cs]e\s+identification\s+zone|adiz)\b|"
            rf"(?P<armed>\b{_AIRCRAFT}\s+{_LADEN}(?:crossed|crosses|crossing|"
            r"flew\s+across|flew\s+into|flown\s+into|flown\s+across|flying\s+across|"
            r"intruded\s+into|strayed\s+into|"
            r"strayed\s+across|penetrated)\s+(?:[\w-]+\s+){0,4}?(?:border|frontier|boundary|"
            r"demarcation\s+line|median\s+line|line\s+of\s+control|territory)\b|"
            # "Pakistani drones crossed into Punjab": into a land, its airspace
            rf"\b{_AIRCRAFT}\s+(?:[\w-]+\s+){{0,2}}?(?:crossed|crosses|crossing|strayed|strays|"
            r"straying|intruded|intrudes|penetrated)\s+(?:over\s+)?(?:from\s+[\w-]+\s+)?"
            # how far in, before "into": "strayed some 300 metres into Latvia"
            r"(?:(?:(?:about|some|around|nearly|almost|roughly|up\s+to|more\s+than)\s+)?"
            r"(?:\d[\d.,]*|one|two|three|four|five|ten|twenty|fifty|a\s+few|several)\s*"
            r"(?:metres?|meters?|kilometres?|kilometers?|km|miles?|nautical\s+miles?)\s+)?into\b|"
            rf"\b{_MILITARY_AIRCRAFT}\s+(?:[\w-]+\s+){{0,2}}?(?:(?:flew|flown|flies|fly|flying)\s+"
            # "flew low over the islet", "overflew the region"
            r"(?:(?:low|directly|right|straight)\s+)?over|overflew|overflown|overflies|"
            r"overflying)\b"
            # over a land, not over a sea ("flew over the Sea of Japan": no one's airspace)
            r"(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:sea|ocean|strait|gulf|waters)\b)|"
            r"\b(?:flew|flown|flying|flies|fly|launched|launching)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:drones?|uavs?|balloons?|spy\s+planes?)\s+(?:over|into|across)\b|"
            # "a helicopter made an incursion into Colombian territory", "a spy drone violated
            # Lebanese sovereignty over the town"
            rf"\b{_AIRCRAFT}\s+(?:[\w-]+\s+){{0,2}}?(?:(?:made|carried\s+out|conducted|staged)\s+"
            r"(?:an?\s+)?(?:[\w-]+\s+)?(?:incursion|intrusion)s?\s+(?:into|over)|"
            r"(?:violated|violating|breached)\s+(?:[\w'\u2019-]+\s+){0,2}?sovereignty)\b|"
            # how far in, told of the flight in a clause of its own: "came down near a school
            # after flying about 3 km into Vietnamese territory" (not "into the storm")
            r"\b(?:flying|flew|flown)\s+(?:(?:about|some|around|nearly|almost|roughly|"
            r"more\s+than)\s+)?(?:\d[\d.,]*|one|two|three|four|five|ten|twenty|a\s+few|"
            r"several)\s*(?:metres?|meters?|kilometres?|kilometers?|km|miles?)\s+into\s+"
            r"(?:[\w'\u2019-]+\s+){0,2}?(?:territory|air\s?space)\b|"
            # "sent a drone into its airspace"
            r"\b(?:sent|sends|send|sending)\s+(?:[\w-]+\s+){0,3}?"
            rf"{_MILITARY_AIRCRAFT}\s+(?:into|over)\s+(?:[\w'\u2019-]+\s+){{0,3}}?air\s?space\b)|"
            # any aircraft over a land without leave: "a helicopter flew over the island for
            # some 15 minutes on Thursday without authorization"
            # (or landed on it: "a helicopter landed on the island without clearance")
            rf"\b{_AIRCRAFT}\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:(?:flew|flown|flying|flies|fly)\s+"
            r"over|landed\s+(?:on|in|at))\s+(?:[^.;]|\.(?=\d)){0,90}?\bwithout\s+"
            r"(?:(?:prior|any|official|proper|"
            r"the\s+necessary)\s+)?(?:authori[sz]ation|permission|clearance|consent|approval)\b|"
            # a flight of military aircraft over a land, told as a noun: "the flight of two
            # air force planes over Chilean territory", "an overflight of the islands by jets"
            # and one landing without leave: "a military helicopter landed on the Estonian
            # side of the border without clearance"
            rf"\b{_AIRCRAFT}\s+(?:[\w'\u2019-]+\s+){{0,3}}?landed\s+"
            r"(?:[^.;]|\.(?=\d)){0,90}?\bwithout\s+(?:(?:prior|any|official|proper|"
            r"the\s+necessary)\s+)?(?:authori[sz]ation|permission|clearance|consent|approval)\b|"
            rf"\b(?:over)?flights?\s+of\s+(?:[\w'\u2019-]+\s+){{0,5}}?{_WARPLANES}\s+"
            r"(?:over|into|across|through)\b|"
            r"\b(?:over)?flights?\s+(?:over|into|across|through|of)\s+"
            rf"(?:(?!by\b)[\w'\u2019.-]+\s+){{1,8}}?by\s+(?:[\w'\u2019-]+\s+){{0,5}}?{_WARPLANES}"
            ")",
        ),
    ),
    (
        "airstrike",
        re.compile(
            r"(?=[amdrbwjfhgclspt])\b(?:"
            # ballistic or cruise missiles fired at a place: "fired a dozen ballistic missiles
            # at two bases" (not "into the sea": a launch)
            r"\b(?:fired|launched)\s+(?:[\w-]+\s+){0,4}?(?:ballistic|cruise|anti-ship|hypersonic)\s+"
            r"missiles?\s+(?:at|on|against)\b"
            # (a ship shot at is fire at sea: "fired a ballistic missile at a destroyer")
            rf"(?!\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{_words(_VESSELS)})\b)|"
            r"\b(?:air\s*strikes?|airstrikes?|air\s+raids?|missile\s+strikes?|drone\s+strikes?|"
            # "carried out aerial bombardment of camps"
            r"aerial\s+(?:bombardments?|bombings?|attacks?|raids?)|"
            # "the raid by Egyptian jets on positions in Derna"
            r"raids?\s+by\s+(?:[\w'\u2019-]+\s+){0,3}?(?:warplanes?|jets?|aircraft|bombers?|"
            r"fighter-bombers?|helicopters?|gunships?|drones?|air\s+force)|"
            # ("the bombed-out embassy": the ruin of a bombing told before, no new strike)
            r"rocket\s+strikes?|bombing\s+raids?|bombed(?![-\s]out\b)|"
            # strafing is fire from aircraft: "the strafing of a column", "a strafing run"
            r"strafing\s+(?:of|attacks?|runs?|raids?))\b|"
            # "bombarded Caracas with complaints": words, not bombs
            r"\bbombarded\b(?!(?:\s+[\w'\u2019-]+){0,3}?\s+with\s+(?:[\w-]+\s+){0,2}?"
            r"(?:complaints|questions|letters|messages|criticism|requests|calls|e-?mails|"
            r"propaganda|demands|protests|appeals|accusations|insults|queries|offers|notes|"
            r"texts|tweets|posts|proposals)\b)|"
            # "Turkey bombs Kurdish positions", not "bombs went off", "bombs that ..."
            r"\b(?:dropp(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?bombs?\s+(?:on|over|onto)\b|(?<!petrol\s)(?<!gasoline\s)(?<!fire\s)(?<!paint\s)(?<!smoke\s)bombs\b(?!\s+(?:that|which|were|are|was|is|and|or|in|on|of|from|to|for|fell|"
            r"falling|fall|went|go|goes|had|have|has|may|might|could|would|will|can|you|we|they|"
            r"exploded|used|dropped|away|like|as)\b|[,.;:)?!]|\s*$))|"
            # (not "a suicide car bomber struck a convoy": a bomber on the ground)
            r"\b(?<!suicide\s)(?<!car\s)(?<!truck\s)(?:warplanes?|jets?|fighter-bombers?|bombers?|"
            rf"aircraft|helicopters?|gunships?|{_STRIKE_TYPES}|"
            r"drones?|air\s+force)\s+(?:(?:launched|fired|flown|operated|sent)\s+(?:by|from)\s+"
            r"(?:[\w'\u2019-]+\s+){1,4}?|(?:[\w-]+\s+){0,2}?)(?:struck|strike|strikes|hit|hits|pounded|"
            # "warplanes launched raids on Houthi positions"
            r"launched\s+(?:[\w-]+\s+)?raids?\s+(?:on|against)|"
            # aircraft that machine-gunned a column, or were accused of machine-gunning one
            r"pounds|pounding|targeted|targeting|raided|machine-gunned|machine-gunning|"
            r"strafed|strafing|strafes)\b"
            r"(?!\s+(?:the\s+)?(?:headlines|record|back|out|snag)\b)|"
            # "Azerbaijani drones destroyed three Armenian tanks" (the verb right after: not
            # "aircraft were destroyed on the ground")
            r"\b(?:warplanes?|jets|fighter\s+jets?|drones?|helicopters?|gunships?)\s+destroyed\s+"
            r"(?!(?:in|on|at|by|during|when|after)\b)(?:[\w'\u2019-]+\s+){0,3}?(?:tanks?|"
            r"(?:armou?red\s+)?vehicles?|convoys?|positions?|bases?|targets?|launchers?|depots?|"
            r"artillery|trucks?|boats?|bunkers?|radars?|outposts?|posts?|camps?|hideouts?)\b|"
            # "a ballistic missile struck a residential neighbourhood": a strike from the air
            # on a place (a missile that hits a ship is an attack, read below)
            # planes that "made a second raid on the airport", "flew three raids against"
            rf"\b(?:{_STRIKE_PLANES})\s+(?:[\w-]+\s+){{0,2}}?(?:made|carried\s+out|staged|flew|mounted)"
            # (not "staged mock raids over Tyre": no strike, an airspace violation)
            r"\s+(?!(?:\w+\s+)?mock\b)(?:an?\s+|their\s+|its\s+|\w+\s+)?(?:[\w-]+\s+)?"
            r"(?:bombing\s+)?raids?\s+"
            r"(?:on|against|over)\b|"
            # planes that "struck back at dawn, bombing the airport": the participle tells the
            # strike (not "the bombing of", a noun)
            rf"\b(?:{_STRIKE_PLANES})\s+(?:[^.;,]){{0,60}}?,\s+(?:bombing|strafing|rocketing)\s+"
            r"(?!raids?\b|runs?\b|campaigns?\b)|"
            r"(?P<missile>\b(?:missiles?|cruise\s+missiles?|ballistic\s+missiles?)\s+"
            r"(?:struck|hit|slammed\s+into|smashed\s+into|crashed\s+into|tore\s+through|"
            r"rained\s+(?:down\s+)?on)\b)|"
            r"\b(?:carried\s+out|carrying\s+out|carries\s+out|conducted|conducting|conducts|"
            r"launched|launching|launches)\s+(?:an?\s+|new\s+|fresh\s+|further\s+)?"
            rf"(?:(?:{_words(_STRIKE_WORDS)})\s+strikes?|strikes?\s+(?:against|inside|"
            r"targeting|across|deep))\b|"
            r"(?P<struck>\b(?:struck|hit|pounded|targeted)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:targets|"
            r"positions|bases|air\s+defen[cs]es|military\s+sites|hideouts?|militant\s+camps|"
            # the arms a strike hits: "struck missile launchers", "hit three radar sites"
            r"strongholds?|(?:missile\s+|rocket\s+)?launchers|launch\s+sites|radar\s+sites|"
            r"radars|arms\s+depots|ammunition\s+depots|weapons\s+depots)\b)|"
            # "said it had struck 'headquarters of terrorist groups' in Erbil with drones and
            # artillery on Sunday": whatever was hit, hit from the air
            r"\b(?:struck|hit|pounded|targeted)\s+(?:[^.;]|\.(?=\d)){0,90}?\bwith\s+"
            r"(?:[\w-]+\s+){0,2}?(?:drones|uavs|missiles|warplanes|jets|aircraft|helicopters|"
            r"gunships|bombers)\b|"
            # "The strikes late Sunday targeted two former army depots": strikes on arms
            r"\bstrikes?\s+(?:[\w-]+\s+){0,3}?(?:targeted|hit|destroyed)\s+"
            r"(?:[\w'\u2019-]+\s+){0,4}?(?:depots?|bases|positions|military\s+sites|"
            r"airbases?|air\s+bases?|arms\s+stores|weapons\s+stores|ammunition\s+dumps?)\b|"
            r"\bstrikes?\s+(?:on|against)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:targets|positions|"
            r"infrastructure|cities|towns|villages|bases|military\s+sites|facilities|hideouts|"
            # "an Israeli strike on a building in Damascus", "a strike on a car near the town"
            r"camps|buildings?|houses?|cars?|vehicles?|convoys?|compounds?|apartments?|"
            r"residential)\b|"
            r"(?P<aerial>\bbombing\s+of\b)"
            ")",
        ),
    ),
    (
        "attack",
        re.compile(
            r"(?=[asrmdtkwibgpfvcelhnoiu])\b(?:"
            r"\b(?:attacked|attacks\s+on|attack\s+on|attack\s+against|ambushed|"
            # "the coordinated attacks that killed 130 people in Paris on Friday"
            r"attacks?\s+(?:that|which)\s+(?:killed|left)|"
            # the noun after "an": "killed in an ambush near the border", not "an ambush interview"
            r"(?<=\ban\s)ambush(?!\s+(?:interview|marketing|journalism|tactics?|predators?))|"
            # "the ambush on a UN convoy", "an assault on a checkpoint" (a place of arms: not
            # "an assault on press freedom")
            r"ambush\s+(?:on|of|against)|(?:assault|assaults)\s+on\s+(?:(?:an?|the)\s+)?"
            r"(?:[\w'\u2019-]+\s+){0,3}?(?:posts?|checkpoints?|check\s+posts?|bases?|camps?|convoys?|"
            r"positions?|garrisons?|barracks|outposts?|patrols?|towns?|villages?|embassy|"
            r"consulate)|"
            # "the armed attack carried out on 9 May against a patrol"
            r"attack\s+(?:carried\s+out|perpetrated)|"
            # the -ing form with a place of arms as its object, as B is accused of attacking
            # an outpost or blamed for attacking a convoy
            r"(?:(?<=\bof\s)|(?<=\bfor\s))attacking\s+(?:(?:an?|the|its|their|his|her|our)\s+)?"
            r"(?:[\w'\u2019-]+\s+){0,3}?(?:posts?|checkpoints?|bases?|camps?|convoys?|positions?|"
            r"garrisons?|barracks|outposts?|patrols?|villages?|embassy|consulate)\b|"
            r"stormed(?!\s+(?:to|back|off|out|home|ahead|into\s+(?:the\s+)?(?:lead|final|"
            r"semi-finals?|quarter-finals?|semis|top))\b)|suicide\s+bombing|"
            # "the shooting" (the article outside the match: a noun, as "the downing")
            r"(?:a|an|the)\s+\w+\s+shooting(?!\s+down)|"
            r"shooting(?:(?<=\ba\sshooting)|(?<=\ban\sshooting)|(?<=\bthe\sshooting)|"
            r"(?<=['\u2019]s\sshooting))"
            r"(?!\s+down))\b|"
            # "shot dead two herders", "raided a village, shooting dead two herders"
            r"\b(?:shot|shooting|shoots|shoot)\s+(?:and\s+(?:killed|wounded|injured)|dead)\b|"
            r"\bshot\s+(?:[\w'\u2019-]+\s+){1,4}?dead\b|\bgunned\s+down\b|"
            # goods taken by force by armed men: lorries "looted by armed men" somewhere,
            # "soldiers looted a convoy of lorries" (ACLED's looting by armed actors;
            # not "robbed on the highway since January", told with no armed men)
            r"\b(?:looted|plundered|pillaged|robbed)\s+by\s+(?:[\w'\u2019-]+\s+){0,3}?"
            rf"(?:{_words(_ARMED_WORDS)})\b|"
            rf"\b(?:{_words(_ARMED_WORDS)})\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?:looted|plundered|"
            r"pillaged)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:trucks?|lorries|lorry|convoys?|vehicles?|"
            r"shops?|stores?|markets?|villages?|homes?|houses?|warehouses?)\b|"
            # (and the crowd that "broke into the French embassy compound")
            r"\b(?:set\s+fire\s+to|set\s+ablaze|torched|ransacked|firebombed|pelted|"
            r"vandali[sz]ed|broke\s+into|burst\s+into)\s+(?:[\w'\u2019-]+\s+){0,3}?"
            rf"{_MISSION_TARGET}\b|"
            # "hurled stones and eggs at the US embassy", "threw petrol bombs at the building"
            r"\b(?:hurled|hurling|threw|throwing|flung|lobbed)\s+(?:[\w'\u2019,-]+\s+){0,3}?"
            rf"(?:{_words(_THROWN)})\b[^.;]{{0,60}}?\bat\s+(?:[\w'\u2019-]+\s+){{0,3}}?"
            rf"(?:{_MISSION_TARGET}|building|compound|premises|gates?)\b|"
            r"\bassassinat(?:ed|ion|ions|e|es|ing)\b|"
            # a commando raid abroad: "Israeli commandos raided Beirut airport" (two countries
            # or a border in the clause, read in ``fits``: not a raid on a drug den at home)
            # "foiled an infiltration bid along the LoC", "repulsed an infiltration attempt"
            r"(?P<armed_infiltration>\b(?:foiled|foils|foiling|thwarted|thwarts|thwarting|"
            r"repulsed|repulsing|repelled|repelling|aborted|scuttled)\s+(?:an?\s+|two\s+|"
            r"three\s+|several\s+|another\s+|the\s+)?(?:[\w-]+\s+)?infiltration\s+"
            r"(?:bids?|attempts?|tries)\b)|"
            # "repulsed an attack by militants from Afghanistan on a border post", "beat back
            # an assault by rebels on an army base": the attack told by its defenders
            r"\b(?:foiled|thwarted|repulsed|repelled|beat\s+back|fought\s+off)\s+(?:an?\s+|the\s+)?"
            r"(?:[\w-]+\s+)?(?:attack|assault|raid)\s+(?:by|on)\s+(?=[a-z])|"
            # a ground force sent over a border: "troops crossed the border near the town on
            # Sunday", "an armoured column crossed the frontier near the lake" (not
            # peacekeepers, a crossing by mistake, one told with its shots, which are the
            # incident, nor one after a strike or on an errand: "crossed the border after the
            # raid to collect the bodies")
            r"(?P<invasion>(?<!peacekeeping\s)(?<!\bun\s)\b(?:troops|soldiers|infantry|tanks|"
            r"armou?red\s+(?:forces?|columns?|units?|brigades?|vehicles))\s+"
            r"(?:[\w'\u2019-]+\s+){0,3}?(?:crossed|crosses|poured\s+across|rolled\s+across)\s+"
            r"(?:the\s+)?(?:[\w-]+\s+)?(?:border|frontier)\b"
            r"(?![^.;]{0,80}?\b(?:inadvertently|accidentally|mistakenly|by\s+mistake|fired|"
            r"firing|opened\s+fire|after\s+the|to\s+(?:collect|recover|retrieve|evacuate|rescue|"
            r"return|bring|escort|help|deliver|search|look)\b)))|"
            # a blade on another country's officer: "a deckhand slashed a Tuvaluan customs
            # officer with a machete", "stabbed two Malian border guards with a bayonet" (not
            # "slashed prices", nor a knife told without an officer or guard)
            r"\b(?:stabbed|slashed|knifed)\s+(?:an?\s+|two\s+|three\s+|the\s+)?"
            r"(?:[\w'\u2019-]+\s+){0,3}?(?:officers?|officials?|guards?|soldiers?|policem[ae]n|"
            r"inspectors?|rangers?|gendarmes?|sailors?|coastguards?)\s+(?:[\w-]+\s+){0,2}?with\s+"
            r"(?:an?\s+|his\s+|their\s+)?(?:knife|knives|machete|machetes|blade|bayonet|axe)\b|"
            # (troops and soldiers too: "Israeli troops raided an Egyptian post near Rafah")
            r"(?P<commando>\b(?:commandos|paratroopers|paratroops|troops|soldiers|marines)\s+"
            r"(?:[\w'\u2019-]+\s+){0,3}?"
            r"raided\b)|"
            r"\bkillings?\s+of\s+(?:[\w'\u2019-]+\s+){1,5}?by\s+(?=[a-z])|"
            r"\b(?:suicide\s+(?:car\s+|truck\s+)?bombers?|suicide\s+attackers?|blew\s+(?:himself|herself|themselves)"
            r"\s+up|(?:car|truck|roadside)\s+bombs?|bomb\s+(?:blasts?|attacks?|explosions?)|"
            r"bombings?\s+(?:of|at|in|outside|near|targeting))\b|"
            r"\b(?:bomb|blast|explosion|landmine)\s+(?:ripped|tore)\s+through\b|"
            # "an explosion at the Iranian embassy", "a blast outside the consulate"
            r"\b(?:bomb|blast|explosion)\s+(?:at|outside|near|in\s+front\s+of)\s+(?:the\s+)?"
            rf"(?:[\w'\u2019-]+\s+){{0,3}}?(?:{_words(_MISSIONS)})\b|"
            # "overran a military base", "hacked to death 12 villagers", "hurled a grenade at"
            r"\b(?:overran|overrun|overrunning|overruns)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:bases?|"
            r"posts?|camps?|positions?|garrisons?|barracks|outposts?|checkpoints?|towns?|"
            r"villages?)\b|"
            r"\bhacked\s+(?:[\w'\u2019-]+\s+){0,4}?to\s+death\b|"
            r"\b(?:hurled|hurling|threw|throwing|lobbed|lobbing|tossed|tossing)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:grenades?|bombs?|petrol\s+bombs?|explosives?|explosive\s+devices?)\s+(?:at|into)\b|"
            r"\b(?:blast|explosion|landmine|landmine\s+explosion)\s+(?:killed|wounded|injured)\b|"
            # "a ranger lost a leg to a landmine", "a shepherd stepped on a landmine"
            r"\b(?:lost|loses|losing|lose)\s+(?:a|an|one|his|her|their|both)\s+(?:legs?|foot|"
            r"feet|arms?|hands?|limbs?|eyes?)\s+(?:to|in)\s+(?:an?\s+)?(?:[\w-]+\s+)?landmines?\b|"
            r"\bstepped\s+on\s+(?:an?\s+)?(?:[\w-]+\s+)?landmine\b|"
            # "their vehicle struck a landmine", "hit an improvised explosive device"
            r"\b(?:struck|hit|hits|strikes|ran\s+over|drove\s+over|triggered|detonated)\s+"
            r"(?:an?\s+)?(?:[\w-]+\s+)?(?:landmines?|land\s+mines?|improvised\s+explosive\s+devices?|"
            r"ieds?|roadside\s+bombs?|explosive\s+devices?)\b|"
            r"\b(?:launched|launches|launching)\s+(?:an?\s+)?(?:(?!(?:diplomatic|charm|political|"
            r"media|propaganda|legal|verbal|legislative|peace|rhetorical|lobbying|publicity|"
            r"public-relations)\b)[\w-]+\s+){0,2}?(?:offensive|"
            r"assault|attack|incursion|raid)\b|\b(?:mounted|staged|carried\s+out)\s+(?:an?\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:attack|raid)\b|"
            r"(?P<armed>\b(?:shelled\b(?!\s+out\b)|shelling\s+of\b|"
            # the verb's -ing form with its object, as B is accused of shelling Iraqi
            # positions or blamed for shelling a market (the noun alone, as in the shelling
            # in the area, is none)
            r"(?:(?<=\bof\s)|(?<=\bfor\s)|(?<=\bby\s)|(?<=\bafter\s))shelling(?=\s+(?!(?:in|on|at|"
            r"was|were|is|has|had|and|or|that|which|from|since|for|continued|began|by|of)\b)"
            r"[a-z])|"
            # a raid by armed men ("bandits raided a village"; not a police raid on offices)
            rf"(?:{_words(_RAIDERS)})\s+(?:[\w'\u2019-]+\s+){{0,3}}?raided\b|"
            # rockets fired into a land across a border: "fired two rockets into northern
            # Israel", "the firing of three Katyushas into the Galilee" (not into the sea;
            # shells fired over a border are shots fired, read in ``deadly``)
            r"(?:fired|fires|firing|launched|launching|lobbed|(?:firing|launching|launch)\s+of)\s+"
            r"(?:(?!(?:at|on|into|the)\b)[\w-]+\s+){0,3}?(?:rockets|katyushas)\s+into\s+"
            r"(?!(?:[\w-]+\s+){0,2}?(?:sea|waters|ocean|gulf|bay|air|sky)\b)|"
            # an airborne landing: "aircraft dropped about 30 paratroops in the Labis area"
            r"(?:dropped|dropping|parachuted|air-dropped|airdropped)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:paratroops|paratroopers|commandos|saboteurs|guerrillas|infiltrators)\b|"
            r"(?:pounded|pounding|pounds|hammered|hammering)\s+(?:[\w'\u2019-]+\s+){0,4}?with\s+"
            r"(?:[\w-]+\s+){0,2}?(?:artillery|shells|shelling|mortars?|rockets|missiles|drones)\b|"
            # (not the object of a verb before: the men whose lives a shelling "claimed",
            # the ones it "wounded")
            rf"(?:{_words(_ARMED_WORDS)})\s+(?!and\b)(?:(?!(?:was|were|been|being|are|is|be|had|"
            r"have|has)\b)[\w-]+\s+){0,2}?(?:killed|kill|kills|shot|wounded|injured)\s+"
            r"(?!(?:in|by|when|as|during|after|on|at|while|and|or)\b)(?=[a-z\d])|"
            r"(?:rocket|missile|drone|mortar|artillery|grenade)\s+attacks?\b|"
            r"(?:terror|terrorist|suicide|militant|insurgent|rebel|armed|gun|knife|cross-border)"
            r"\s+attack\s+(?:in|on|at|near|outside|against|that\s+killed|killed|kills|killing)\b|"
            r"killing\s+of\s+(?:[\w-]+\s+){1,5}?in\s+(?:[\w-]+\s+){0,2}?"
            r"(?:firing|fire|gunfire|shelling|crossfire|shootings?|clashes)\b|"
            r"(?:killed|wounded|injured)\s+(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
            r"(?:in|by)\s+(?:[\w-]+\s+){0,2}?(?:firing|fire|gunfire|shelling|crossfire)\b|"
            r"(?:killed|shot|wounded|injured)\s+by\s+(?:[\w'\u2019-]+\s+){0,3}?"
            rf"(?:{_words(_ARMED_WORDS)})\b|"
            rf"(?:{_words(_EXPLOSIVES)})\s+(?:landed|hit|struck|exploded|slammed|fell|"
            r"damaged|holed|went\s+off)\b|"
            # "a missile fired by the militia struck a bulk carrier": who fired it, between
            rf"(?:{_words(_EXPLOSIVES)})\s+(?:fired|launched)\s+(?:by|from)\s+"
            r"(?:[\w'\u2019-]+\s+){1,4}?(?:hit|struck|slammed\s+into|damaged|landed|fell|"
            r"exploded|crashed)\b|"
            # "a Katyusha rocket crashed into a field": a weapon's fall, not an aircraft's
            r"(?:rockets?|missiles?|shells?|mortar\s+(?:shells?|rounds?|bombs?))\s+"
            r"crashed\s+(?:into|in|on|near)\b|"
            r"(?:naval\s+|sea\s+|limpet\s+)?mines?\s+exploded\b|"
            r"torpedo(?:es)?\s+(?:hit|struck|sank|damaged|holed|crippled|exploded)\b|"
            # "a tanker was hit by a missile fired by rebels": the thing hit, told passive
            r"(?:hit|struck|damaged|holed|sunk)\s+by\s+(?:an?\s+|two\s+|three\s+|several\s+)?"
            r"(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|drones?|torpedo(?:es)?|shells?|"
            r"mortar\s+rounds?|projectiles?)\b))"
            ")",
        ),
    ),
    (
        "other",
        re.compile(
            r"(?=[abcdefghijklmnoprstuvwy])\b(?:"
            # told passive: "a coast guard ship was targeted with a military-grade laser by"
            r"\b(?:was|were|been)\s+(?:targeted|hit|illuminated|lased|blinded)\s+(?:with|by)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:laser\s+(?:lights?|beams?)|lasers?)\b|"
            r"\b(?:directed|directing|pointed|pointing|aimed|aiming|shone|shined|shining|"
            r"flashed|used|using|fired|firing|blasted)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:laser\s+(?:lights?|beams?)|lasers?|water\s+cannons?)\s+"
            r"(?:at|on|against|toward|towards)\b|"
            rf"\b(?:rammed|ramming|sideswiped|sideswiping)\s+(?:into\s+)?(?:[\w-]+\s+){{0,4}}?"
            rf"(?:{_words(_VESSELS)})\b|"
            # the same told of the ship that took it: "a Taiwanese research vessel was
            # harassed by two Chinese coast guard ships", "sank after it was struck by a
            # Chinese vessel" (CUES's unsafe encounters, told passive)
            r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:harassed|rammed|"
            r"sideswiped|chased|blocked|tailed|shadowed|struck|hit|swarmed|buzzed)\s+by\s+"
            rf"(?:[\w'\u2019-]+\s+){{0,4}}?(?:{_words(_VESSELS)})\b|"
            # an aircraft's: "a Russian Su-27 dumped fuel on an American MQ-9 drone"
            r"\b(?:dumped|dumping|jettisoned|jettisoning|sprayed|spraying)\s+(?:jet\s+)?fuel\s+"
            r"(?:on|onto|over|across|in\s+front\s+of)\b|"
            # seized boats burned or scuttled by the state that held them, and the noun
            r"\b(?:burned|burnt|burning|torched|torching|scuttled|scuttling)\s+(?:of\s+)?"
            rf"(?:[\w'\u2019-]+\s+){{0,4}}?(?:{_words(_VESSELS)})\b|"
            r"(?P<collide>\b(?:collided|collides|collide|colliding|collision)\s+(?:with|between)\s+"
            rf"(?:[\w'\u2019-]+\s+){{0,4}}?(?:{_words(_VESSELS)})\b)|"
            r"(?P<sea>\bwater[\s-]?cannon(?:s|ed|ing)?\b)|"
            # a state's vessel sending another away: "ordered it by radio to leave the area",
            # "blocked a patrol and ordered it to turn back"
            # (or its crew: "ordered the crew of the Fijian longliner Sea Harvest 7 to leave")
            # (or its master: a patrol boat that "instructed its master", by radio or not,
            # "to leave" the waters it claims)
            r"\b(?:ordered|forced|instructed)\s+(?:it|them|(?:its|their)\s+(?:crew|crews|"
            r"(?P<master>masters?|captains?|skippers?))|(?:the\s+|a\s+)?(?:crews?\s+of\s+"
            r"(?:the\s+|a\s+|an\s+)?)?(?:[\w-]+\s+){0,2}?"
            rf"(?:{_words(_VESSELS)}|patrol|patrols)(?:\s+[\w-]+){{0,3}}?)\s+(?:by\s+radio\s+)?"
            r"to\s+(?:leave|turn\s+back|"
            r"turn\s+around|withdraw|change\s+course|sail\s+away)\b|"
            # a state's men on another's ship: "China's coast guard boarded a Philippine boat"
            # (another state's ship, read in ``fits``: not an inspection at home)
            r"(?P<boarded>\b(?:coast\s*guards?|navy|naval\s+forces|commandos|marines|troops|forces|"
            r"sailors|personnel|guards)\s+(?:[\w'\u2019-]+\s+){0,3}?boarded\s+"
            rf"(?:[\w'\u2019-]+\s+){{0,4}}?(?:{_words(_VESSELS)})\b)|"
            # a state's forces taking land: "Argentine forces seized the Falklands, a British
            # colony", "troops seized the island of Perejil" (another's land, read in ``fits``)
            r"(?P<territory>\b(?:forces|troops|marines|soldiers|commandos|paratroopers)\s+"
            r"(?:(?:have|had|has|then|also)\s+)?(?:seized|captured)\s+"
            r"(?:the\s+)?(?:(?:island|islands|islet|islets|town|village|port)\s+of\s+)?"
            # (a name alone, not "captured Ukrainian soldiers": punctuation or a preposition
            # after it)
            r"[\w'\u2019-]+(?=\s*[,.;]|\s+(?:on|in|at|near|off|and|last|early|late|"
            r"yesterday|today)\b))|"
            r"(?P<seize>\b(?:seized|seizes|seize|seizing|impounded|impounds|impound|impounding|"
            r"captured|captures|capture|capturing|hijacked|hijacks|hijacking|detained|detains|"
            r"detain|detaining|arrested|arrests|arrest|arresting|abducted|abducts|kidnapped|"
            r"kidnaps|jailed|jails|apprehended|apprehends|apprehend|apprehending|confiscated|"
            r"confiscates|confiscating)\s+"
            # (a boat's name, then what it is: "seized the Sea Lark, a 40-foot shrimp boat")
            r"(?:(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,2}[\w'\u2019.-]+,\s+(?:an?|the)\s+)?"
            # (initials between: "seized the U.S. intelligence ship Pueblo")
            r"(?:(?!(?:on|in|at|for|after|over)\b)[\w'\u2019.-]+\s+)"
            rf"{{0,4}}?(?:{_HELD}|{_A_NATIONAL}|embassy|consulate)\b|"
            # boats taken in tow to the captors' own shore: soldiers who "towed" canoes and
            # gear "to the [demonym] shore" (a country's shore, coast or port:
            # not a yacht towed to safety, nor a disabled ship towed to port)
            r"(?P<towed>\btowed\s+(?:(?!(?:disabled|stricken|damaged|drifting|broken-down|"
            r"sinking|crippled)\b)[\w'\u2019,-]+\s+){0,3}?(?:boats|vessels|canoes|pirogues|"
            r"trawlers|dhows|skiffs)\b[^.;]{0,60}?\bto\s+the\s+[A-Za-z]+(?:an|ese|ian|i|ish)\s+"
            r"(?:shore|coast|side|bank|port)\b)|"
            # a ship or its people held for a time, as pirates and armed groups hold them:
            # "pirates held the trawler Sea Star for two days", "an armed group held a supply
            # ship off the port for nine days" (the ship or crew the verb's object: not "held
            # talks with fishermen", "held a drill with two ships"; "held ... hostage" is read
            # with the hostages taken)
            r"\bheld\s+(?:(?!(?:on|in|at|for|after|over|with|of|aboard|onboard|about|from|to|by|"
            r"among|near|up|back|off|down|out|talks|meetings?|ceremony|exercises?|drills?|"
            r"consultations|discussions)\b)[\w'\u2019.-]+\s+){0,4}?"
            rf"(?:{_HELD})\b(?=(?:\s+(?!(?:responsible|accountable|liable|owners?|hostages?|captives?)\b)"
            r"[\w'\u2019.,-]+){0,8}?\s+(?:for\s+(?:(?:about|some|nearly|almost|over|more\s+than|"
            r"at\s+least)\s+)?(?:[\w-]+\s+)?(?:hours|days|weeks|months|years|hour|day|week|month|"
            r"year|night))\b)|"
            # "the navy took 23 Indian fishermen into custody"
            # people taken over the border by force: "gunmen marched three farmers back across
            # the river", "soldiers dragged two herders across the border" (the object a
            # person: not "herded cattle across the river")
            r"(?P<across>\b(?:marched|frog-marched|dragged|herded|hauled)\s+"
            rf"(?:[\w'\u2019-]+\s+){{0,4}}?(?:{_HELD}|men|women|children|boys|girls|people|"
            r"civilians|residents|youths)\s+(?:back\s+)?(?:across|over)\s+(?:the\s+)?"
            r"(?:[\w-]+\s+)?(?:border|frontier|boundary|river|line)\b)|"
            r"\b(?:took|taken|taking|takes)\s+(?:(?!(?:on|in|at|for|after|over)\b)[\w'\u2019-]+\s+)"
            rf"{{0,4}}?(?:{_HELD})\s+into\s+custody\b|"
            # "the trawler Mary Ellen B. was boarded and seized": a name between, two verbs
            # (or set off by commas: "the boat, the Sea Spray, was stopped by a patrol boat")
            # (or "a British national was detained by Iranian security forces")
            rf"\b(?:{_HELD}|{_A_NATIONAL}),?\s+"
            # (where it was, in a participle between the boat and its verb: "a trawler
            # operating off an island was boarded by armed men")
            r"(?:(?:operating|fishing|sailing|anchored|working)\s+(?:near|off|in|inside|around|"
            r"close\s+to)\s+(?:[\w'\u2019-]+\s+){1,4}?(?=was\s|were\s))?"
            r"(?:(?:[\w'\u2019.,-]+\s+){0,3}?"
            # (its size and build set in brackets: "the tanker Sea Lark (40,000 dwt) was")
            r"(?:\([^()\n]{1,60}\)\s+)?"
            r"(?:was|were|had\s+been|have\s+been|has\s+been|being|been)\s+"
            r"(?:[\w-]+\s+(?:and\s+)?)?"
            r"(?:(?:seized|impounded|captured|hijacked|detained|arrested|abducted|kidnapped|"
            r"jailed|apprehended|intercepted)\b|"
            # fishermen who "were taken from" their boat "by gunmen": a kidnapping
            # (by armed men outside the law: not "taken off the ship by navy helicopters")
            r"taken\s+(?:from|off)\s+(?:[\w'\u2019-]+\s+){1,6}?by\s+(?:[\w'\u2019-]+\s+){0,2}?"
            rf"(?:{_words(_ABDUCTORS)})\b|"
            # "the fishermen were picked up last Wednesday by gendarmes": taken by armed men
            r"(?:picked|rounded)\s+up\s+(?:[\w'\u2019-]+\s+){0,3}?by\s+(?:[\w'\u2019-]+\s+){0,3}?"
            rf"(?:{_words(_CAPTORS)})\b|"
            # "was stopped (boarded) by a Honduran patrol vessel": a state's men on the boat
            r"(?:stopped|boarded)\s+(?:(?:and\s+)?[\w'\u2019-]+\s+){0,2}?by\s+"
            rf"(?:[\w'\u2019-]+\s+){{0,4}}?(?:{_words(_CAPTORS)})\b)|(?P<reduced>(?:seized|impounded|captured|hijacked|"
            r"detained|arrested|abducted|kidnapped|jailed|apprehended)\s+(?:by|in|off|near|at|"
            r"since|inside|"
            r"along|last|"
            r"earlier)\b))|"
            # (a boat boarded by a state's men: "the boarding of a foreign-flagged longliner"; not
            # passengers boarding a ferry or a cruise ship)
            r"\b(?:seizure|seizures|boardings?(?!\s+of\s+(?:the\s+|a\s+)?(?:ferry|ferries|cruise)\b)|"
            r"capture|impounding|hijacking|detention|detentions|arrest|"
            r"arrests|abduction|kidnapping)\s+(?:(?:on|in)\s+(?:[\w,]+\s+){1,3}?)?of\s+"
            rf"(?:[\w'\u2019/-]+\s+){{0,5}}?(?:{_HELD})\b)|"
            r"\b(?:expelled|expels|expel|expelling|expulsion\s+of|expulsions\s+of|ordered\s+out)"
            rf"\s+(?:[\w'\u2019-]+\s+){{0,4}}?(?:{_words(_ENVOYS)})\b|"
            rf"\b(?:{_words(_ENVOYS)})\s+(?:[\w'\u2019-]+\s+){{0,2}}?(?:was|were|had\s+been|"
            r"have\s+been|has\s+been|being|been)\s+expelled\b(?!\s+from\s+(?:the\s+)?(?:meeting|"
            r"hall|room|chamber|session|party|conference|club|school|university|talks)\b)|"
            r"\bpersonae?\s+non\s+gratae?\b|"
            # poaching: "a longliner was caught fishing without a licence inside Fiji's
            # exclusive economic zone", "trawlers fishing illegally in Indonesian waters"
            rf"\b(?:{_words(_SEIZABLE)})\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:was|were|had\s+been|"
            r"has\s+been|have\s+been)\s+(?:caught|found|spotted|detected)\s+fishing\b|"
            r"\bfishing\s+(?:illegally|without\s+(?:a\s+)?(?:licen[cs]es?|permits?|permission|"
            r"authori[sz]ation))\s+(?:[\w'\u2019-]+\s+){0,6}?(?:inside|in|within)\s+"
            r"(?:[\w'\u2019-]+\s+){0,4}?(?:waters|exclusive\s+economic\s+zone|eez|"
            r"territorial\s+sea)\b|"
            # a coast guard's word for ships it sent away: "had expelled two Philippine vessels",
            # "drove away a Vietnamese fishing boat" (another country's, read in ``fits``)
            r"(?P<drove>\b(?:expelled|expels|expelling|drove\s+(?:away|off|out)|driven\s+(?:away|off|"
            r"out)|chased\s+(?:away|off))\s+(?:[\w'\u2019,-]+\s+){0,4}?"
            rf"(?:{_words(_VESSELS)})\b)|"
            r"(?P<ousted>\b(?:expelled|expels|expel|expelling)\s+(?:[\w'\u2019,-]+\s+){0,4}?"
            rf"(?:{_words((*_CIVILIANS, 'migrants', 'refugees', 'nationals', 'citizens'))})\b)|"
            rf"\bordered\s+(?:[\w'\u2019-]+\s+){{0,4}}?(?:{_words(_ENVOYS)})\s+(?:to\s+leave|out)\b|"
            r"\b(?:fired|fires|fire|firing|launched|launches|launch|launching|test-fired|"
            r"test-fires|test-fire|test-firing|tested|tests|test|testing)\s+"
            rf"(?:(?!(?:at|on|into)\b)[\w'\u2019-]+\s+){{0,4}}?{_MISSILE}\b{_NOT_A_LAUNCH}|"
            r"\b(?:launch|launches|test|tests|test-firing|firing)\s+of\s+"
            rf"(?:[\w'\u2019-]+\s+){{0,4}}?{_MISSILE}\b{_NOT_A_LAUNCH}|"
            rf"\b(?:missile|icbm)\s+(?:launch|test|test-firing)\b{_NOT_A_LAUNCH}|"
            r"\b(?:protest(?:ed|ing|s|ers|ors)?|demonstrat(?:ed|ing|ion|ions|ors)|"
            r"rall(?:ied|y|ies|ying)|picket(?:ed|ing|s)?)\s+(?:[\w'\u2019-]+\s+){0,3}?"
            r"(?:outside|at|in\s+front\s+of|near|before|around)\s+"
            r"(?:(?!of\b)[\w'\u2019.-]+\s+){0,4}?(?:embass(?:y|ies)|consulates?|chancery|"
            r"high\s+commission|(?:diplomatic\s+|permanent\s+)?mission)\b(?!['\u2019]s\b)|"
            # "demonstrators picketed the Chinese consulate": the mission as the object
            r"\bpicket(?:ed|ing|s)?\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,3}?(?:embass(?:y|ies)|"
            r"consulates?|high\s+commission)\b|"
            # a crowd at an embassy: "gathered outside the Tajik embassy", "marched past the
            # Soviet embassy"
            r"\b(?:gathered|gathering|massed|marched|marching)\s+(?:[\w'\u2019-]+\s+){0,2}?"
            r"(?:outside|in\s+front\s+of|past|on)\s+"
            r"(?:(?!of\b)[\w'\u2019.-]+\s+){0,4}?(?:embass(?:y|ies)|consulates?|"
            r"high\s+commission)\b(?!['\u2019]s\b)|"
            # or laid siege to it: "crowds besieged the Soviet embassy, shouting slogans"
            # (a siege of protesters; storming, ransacking or burning it is an attack)
            r"\b(?:besieged|besieging|besieges|besiege)\s+(?:[\w'\u2019-]+\s+){0,3}?"
            r"(?:embass(?:y|ies)|consulates?|high\s+commission)\b|"
            r"\b(?:released|releasing|dropped|dropping|fired|firing|deployed|deploying|"
            r"launched|shot)\s+(?:[\w-]+\s+){0,2}?(?:flares|chaff)\s+"
            # "released flares roughly 30 metres in front of", "directly ahead of"
            r"(?:(?:(?:roughly|about|around|some|just|only|barely|less\s+than|as\s+close\s+as)\s+)?"
            r"(?:\d[\d.,]*|a\s+few|a\s+hundred|one|two|three|four|five|ten|twenty|thirty|fifty)"
            r"\s*(?:metres|meters|m|feet|ft|yards|kilometres|kilometers|km|miles|nautical\s+miles)"
            r"\s+|(?:directly|just|right|immediately)\s+)?"
            r"(?:in\s+(?:the\s+)?path\s+of|"
            r"in\s+front\s+of|ahead\s+of|across\s+the\s+path\s+of|close\s+to|near)\b|"
            # "dropped flares within about 30 metres of the nose of a patrol plane"
            r"\b(?:released|dropped|dropping|fired|firing|deployed|launched)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:flares|chaff)\s+within\s+(?:(?:roughly|about|around|some|just|only|barely|"
            r"less\s+than)\s+)?(?:\d[\d.,]*|a\s+few|a\s+hundred|ten|twenty|thirty|fifty)\s*"
            r"(?:metres|meters|m|feet|ft|yards|kilometres|kilometers|km|miles|nautical\s+miles)\s+"
            r"of\b|"
            r"\bcyber[\s-]?attacks?\b|"
            # a state's mark on a disputed reef or frontier taken away: "the solar beacon on
            # South Minerva had been dismantled", "uprooted the boundary pillars"
            r"\b(?:(?:navigation(?:al)?\s+|solar\s+)?(?:beacons?|buoys?)|(?:border|boundary|"
            r"sovereignty)\s+(?:beacons?|buoys?))\s+(?:(?!(?:and|or|but)\b)[\w'\u2019-]+\s+)"
            r"{0,6}?(?:was|were|had\s+been|have\s+been|has\s+been|been)\s+(?:[\w-]+\s+)?"
            r"(?:dismantled|removed|destroyed|torn\s+down|pulled\s+down|uprooted|vandali[sz]ed|"
            r"cut\s+loose)\b|"
            r"\b(?:dismantled|dismantling|removed|removing|destroyed|destroying|tore\s+down|"
            r"tearing\s+down|pulled\s+down|uprooted|uprooting)\s+(?:[\w'\u2019-]+\s+){0,4}?"
            r"(?:beacons?|buoys?)\b|"
            # a foreign force's landing: "a party of sailors went ashore", "marines from the
            # frigate came ashore on the atoll" (a port call's shore leave is read in ``fits``)
            r"(?P<ashore>\b(?:sailors|marines|troops|soldiers|commandos|servicemen|seamen|"
            # (and the activists who land on a disputed islet to plant a flag)
            r"paratroopers|landing\s+party|boarding\s+party|activists|nationalists)\s+"
            r"(?:[\w'\u2019-]+\s+){0,4}?"
            r"(?:(?:went|came|were\s+put|were\s+sent|were\s+landed|stepped|waded)\s+ashore\b|"
            # "Chinese marines landed on the disputed reef": an island, a reef, a beach
            # (words between the article and the rock: "the smaller of the two rocks", "one
            # of the disputed Senkaku islands")
            r"landed\s+on\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,5}?(?:islands?|islets?|"
            r"atolls?|reefs?|shoals?|cays?|rocks?|sandbar|beach|beaches|coast)\b))|"
            # "a helicopter flew within three metres of a patrol plane": an unsafe encounter
            # (or "came (passed) within 15 metres of a patrol plane")
            r"\b(?:flew|flown|flying|flies|fly|came|passed|sailed)\s+(?:[\w-]+\s+){0,2}?within\s+"
            r"(?:(?:approximately|"
            r"about|around|some|just|only|barely|less\s+than|as\s+little\s+as)\s+)?"
            r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|"
            r"a\s+hundred|a\s+few)\s*(?:metres|meters|m|feet|ft|yards)\s+of\b|"
            r"\b(?:blocked|blocking|blockaded|harassed|harassing|obstructed|chased|intercepted|"
            r"tailed|shadowed|swarmed)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:"
            rf"{_words(_VESSELS)}|resupply\s+missions?|supply\s+missions?|resupply\s+boats?)"
            # boats caught at it too: intercepted two longliners fishing without licence
            r"(?=\s*[,.;:)]|\s*$|\s+(?:near|off|in|at|on|with|and|as|while|from|carrying|that|"
            r"which|who|during|inside|within|for|to|by|over|fishing)\b)|"
            # a state's boat stopping or boarding another's ("a Russian patrol boat stopped a
            # Japanese fishing vessel", "intercepted and boarded a Vietnamese trawler"): read in
            # ``fits``, another country's ship
            # (or told passive: "a Spanish trawler was boarded by a Moroccan patrol boat")
            r"(?P<stopped>\b(?:stopped|halted|boarded|intercepted)\s+(?:and\s+(?:boarded|"
            r"searched|inspected|seized|detained|impounded)\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
            rf"(?:{_words(_VESSELS)})\b|\b(?:{_words(_VESSELS)})\s+(?:[\w'\u2019.,-]+\s+){{0,4}}?"
            r"(?:was|were|had\s+been)\s+(?:stopped|halted|boarded)\s+by\b)|"
            r"\b(?:dangerous|unsafe|aggressive|provocative|reckless)\s+(?:manoeuvres|maneuvers|"
            r"manoeuvring|maneuvering|intercepts?|interceptions?)\b|"
            # hackers who did harm, a few words between: "hackers working for Chinese
            # intelligence had broken into its email network"
            r"\bhackers?\s+(?:[\w'\u2019-]+\s+){0,8}?(?:breached|hacked|stole|targeted|attacked|"
            r"infiltrated|penetrated|broke\s+into|broken\s+into|compromised|took\s+down|knocked|disabled|"
            r"crippled|paraly[sz]ed|defaced|shut\s+down)\b|"
            # "distributed denial-of-service attacks by pro-Russian hackers took down"
            r"\b(?:denial[\s-]of[\s-]service|ddos)\s+attacks?\b|"
            r"\b(?:entered|enters|entering|intruded|intrudes|intruding|intrusion|intrusions|"
            r"incursion|incursions|violated|violating|strayed|sailed|spotted|detected|sighted|"
            r"(?:operating|operated|operates)(?=\s+(?:inside|within|in)\b)|"
            # a ship that stayed on in another's waters: "a Malaysian enforcement vessel
            # remained in Singapore territorial waters for six hours", "loitered inside"
            rf"(?:{_words(_VESSELS)})\s+(?:had\s+)?(?:remained|stayed|lingered|loitered)"
            r"(?=\s+(?:inside|within|in)\b)|"
            # the noun with the ships between: "the intrusions of Malaysian government
            # vessels into Singapore territorial waters", "incursion of two Chinese ships into"
            r"(?:intrusions?|incursions?)\s+of\s+(?:[\w'\u2019-]+\s+){0,4}?"
            rf"(?:{_words(_VESSELS)})(?=\s+into\b))\s+"
            r"(?:into\s+|in\s+|inside\s+|within\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
            r"(?:territorial\s+waters|"
            # aircraft tracked in an air defence identification zone: no one's airspace
            r"air\s+defen[cs]e\s+identification\s+zone|adiz|"
            r"exclusive\s+economic\s+zone|eez|contiguous\s+zone|waters\s+without\s+"
            r"(?:permission|authori[sz]ation|clearance))\b|"
            # a ministry's note: "condemns the violation of the territorial waters of the
            # Republic by a survey ship", "the breach of Greek territorial waters by ..."
            r"\b(?:violations?|breach(?:es)?|infringements?)\s+of\s+(?:the\s+)?"
            r"(?:[\w'\u2019-]+\s+){0,3}?territorial\s+waters\b|"
            # a ship in another's waters, told as a wrong: "a Philippine vessel illegally
            # intruded into the waters adjacent to the shoal", "a ship that trespassed near
            # the island", "entered Indonesian waters near the islands without permission"
            rf"\b(?:{_words(_VESSELS)})\s+(?:(?:that|which)\s+)?(?:[\w-]+\s+)?(?:intruded|intrudes|"
            r"trespassed|trespasses|encroached|encroaches)\s+(?:into|on|upon|in|near|onto)\b|"
            r"\b(?:illegally|unlawfully)\s+(?:entered|intruded\s+into|trespassed\s+into|"
            r"sailed\s+into)\s+(?:[\w'\u2019-]+\s+){0,4}?(?<!international\s)waters\b|"
            r"\bentered\s+(?:[\w'\u2019-]+\s+){0,3}?(?<!international\s)waters\s+"
            r"(?:[^.;]|\.(?=\d)){0,60}?\bwithout\s+(?:permission|authori[sz]ation|clearance)\b|"
            # a ship driven off or its gear cut: "ordered a survey ship to leave Guyanese
            # waters", "cut the trawl warps of the trawler" (the Cod Wars' harassment)
            r"\b(?:ordered|orders|ordering|forced|forces|forcing)\s+(?:[\w'\u2019-]+\s+){0,4}?"
            rf"(?:{_words(_SEIZABLE)})\s+to\s+(?:leave|turn\s+back|withdraw)\b|"
            r"\b(?:cut|cuts|cutting|severed|severing|slashed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:warps?|nets|trawls?)\s+of\b|"
            # a warship in another's waters: "the appearance of a Spanish corvette inside
            # the waters claimed by Britain", "a Chinese frigate sailed into Vietnamese waters"
            r"\b(?:appearance|presence|incursion|intrusion|entry)\s+(?:[\w'\u2019-]+\s+){0,3}?of\s+"
            rf"(?:[\w'\u2019-]+\s+){{0,4}}?{_WARSHIPS}\s+(?:inside|in|into|within)\s+"
            r"(?:[\w'\u2019-]+\s+){0,4}?(?<!international\s)waters\b|"
            rf"\b{_WARSHIPS}\s+(?:[\w-]+\s+){{0,2}}?(?:entered|sailed\s+into|intruded\s+into|"
            r"strayed\s+into|appeared\s+in|appeared\s+inside)\s+(?:[\w'\u2019-]+\s+){0,4}?"
            r"(?<!international\s)waters\b|"
            # the ship named, then who took it, in a clause of its own: "the bulk carrier MV
            # Aster, which Houthi forces seized in the Red Sea on June 21" (the ship read in
            # ``fits``)
            r"(?P<which>\b(?:which|that)\s+(?:[\w'\u2019-]+\s+){1,6}?(?:seized|impounded|"
            r"captured|hijacked)\b)|"
            # an airliner made to land: "forced down a Ryanair airliner", "forced a passenger
            # jet to land in Minsk"
            r"\bforced\s+down\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
            r"(?:airliners?|passenger\s+(?:jets?|planes?)|flights?)\b|"
            r"\bforced\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
            r"(?:airliners?|passenger\s+(?:jets?|planes?)|flights?)\s+to\s+land\b|"
            r"(?P<ship>\b(?:hijacked|hijacks|hijack|hijacking|hijacking\s+of)\s+"
            rf"(?:[\w'\u2019-]+\s+){{0,4}}?{_AIRCRAFT}\b|"
            # not "held hostage to the politics of": a thing made to depend on another
            r"\b(?:took|taken|held)\s+(?:[\w'\u2019-]+\s+){0,4}?hostages?\b(?!\s+to\b)|"
            r"\bhostage-taking\b|"
            # a military aircraft lost with its crew: "three naval officers, who were killed
            # when their helicopter crashed into the sea near the islets", "an army
            # helicopter crashed near the border, killing all five soldiers aboard"
            # (the dead read in ``fits``, before the "when" clause)
            r"(?P<crash>\bwhen\s+(?:their|its|his|her)\s+(?:[\w-]+\s+){0,3}?"
            # (a type told by name: "when their Mirage crashed into the Aegean")
            r"(?:helicopter|plane|aircraft|jet|fighter|mirage|phantom|sukhoi|tornado|harrier|"
            r"chinook|black\s+hawk|(?:f|su|mig|mi|ka|ah|uh|ch|j)-\d{1,3}[a-z]?)\s+crashed\b)|"
            r"\b(?:military|army|navy|naval|air\s+force|coast\s+guard)\s+(?:[\w-]+\s+)?"
            r"(?:helicopter|plane|aircraft|jet)\s+crashed\b[^.;]{0,80}?,\s+killing\b|"
            r"\b(?:sank|sunk|sinking\s+of)\s+(?:[\w'\u2019-]+\s+){0,4}?"
            rf"(?:{_words(_VESSELS)})\b|"
            # (the ship's name between: "the frigate HMS Andromeda and the gunboat Tyr collided")
            rf"(?P<collided>\b(?:{_words(_VESSELS)})\s+(?:[\w'\u2019-]+\s+){{0,2}}?collided\b)|"
            r"\b(?:collided|collides|collide|colliding|collision)\s+(?:with|between)\s+"
            rf"(?:[\w'\u2019-]+\s+){{0,4}}?{_AIRCRAFT}\b)"
            ")",
        ),
    ),
)
# The stems (at a word's start, lower-case) that every match of each kind's pattern holds;
# together they are ``diplomeet._stems.INCIDENT_STEMS``.  A clause without one of a kind's
# stems is not searched for that kind.
_KIND_STEMS: Final[dict[IncidentKind, tuple[str, ...]]] = {
    "shootdown": (
        "blew",
        "blown",
        "destr",
        "down",
        "fire",
        "hit",
        "missile",
        "intercept",
        "knock",
        "neutral",
        "shoot",
        "shot",
        "struck",
        "took",
    ),
    "shots_fired": (
        "artillery",
        "cease",
        "clash",
        "fight",
        "fire",
        "firing",
        "fought",
        "gun",
        "jump",
        "pour",
        "rain",
        "shoot",
        "shot",
        "skirmish",
        "truce",
    ),
    "airspace_violation": (
        "adiz",
        "airspace",
        "mock",
        "cross",
        "flew",
        "flie",
        "flight",
        "flown",
        "fly",
        "identif",
        "incurs",
        "intrud",
        "intrus",
        "landed",
        "launch",
        "overfl",
        "penetrat",
        "sovereign",
        "space",
        "stray",
    ),
    "airstrike": (
        "airstrike",
        "bomb",
        "destr",
        "gun",
        "hit",
        "missile",
        "pound",
        "raid",
        "straf",
        "strike",
        "struck",
        "target",
    ),
    "attack": (
        "air-drop",
        "infiltrat",
        "airdrop",
        "ambush",
        "artillery",
        "assassin",
        "assault",
        "attack",
        "blast",
        "blew",
        "bomb",
        "cross",
        "drone",
        "drop",
        "explo",
        "fire",
        "firing",
        "grenade",
        "gun",
        "hack",
        "hammer",
        "hit",
        "hurl",
        "ied",
        "injur",
        "kill",
        "landmine",
        "launch",
        "lobb",
        "loot",
        "missile",
        "mortar",
        "overr",
        "parachut",
        "pelt",
        "pillag",
        "plunder",
        "pound",
        "projectile",
        "raid",
        "ransack",
        "robbed",
        "broke",
        "burst",
        "rocket",
        "shell",
        "shoot",
        "shot",
        "slash",
        "stab",
        "storm",
        "struck",
        "threw",
        "throw",
        "torch",
        "torpedo",
        "toss",
        "vandal",
        "wound",
    ),
    "other": (
        "abduct",
        "adiz",
        "apprehend",
        "arrest",
        "ashore",
        "beacon",
        "besieg",
        "block",
        "board",
        "buoy",
        "burn",
        "captur",
        "chancer",
        "chase",
        "colli",
        "commission",
        "confiscat",
        "consulat",
        "contig",
        "corvett",
        "cruiser",
        "custod",
        "crash",
        "cyber",
        "ddos",
        "denial",
        "destr",
        "detain",
        "detention",
        "eez",
        "embass",
        "encroach",
        "exclusiv",
        "expel",
        "expuls",
        "fishing",
        "flare",
        "flew",
        "flie",
        "flown",
        "fly",
        "forced",
        "frigat",
        "gun",
        "hack",
        "halted",
        "harass",
        "hauled",
        "held",
        "herded",
        "dragg",
        "marched",
        "hijack",
        "hostage",
        "icbm",
        "identif",
        "illegal",
        "impound",
        "intercept",
        "intrud",
        "jail",
        "kidnap",
        "landed",
        "laser",
        "launch",
        "maneuv",
        "manoeuv",
        "minesweep",
        "missile",
        "mission",
        "obstruct",
        "order",
        "persona",
        "picked",
        "ramm",
        "rounded",
        "sank",
        "scuttl",
        "sideswip",
        "dump",
        "drove",
        "driven",
        "jettison",
        "spray",
        "chaff",
        "struck",
        "hit",
        "trawl",
        "buzz",
        "seiz",
        "shadow",
        "within",
        "picket",
        "slbm",
        "stopp",
        "submarin",
        "sunk",
        "swarm",
        "tail",
        "taken",
        "torch",
        "towed",
        "trespass",
        "unlawful",
        "warp",
        "warship",
        "water",
    ),
}
# The kinds each stem may start a word of, and the stems as one pattern (no stem starts
# another, so the one standing at a hit is the one this finds there).
_STEM_KINDS: Final[dict[str, frozenset[IncidentKind]]] = {
    stem: frozenset(kind for kind, stems in _KIND_STEMS.items() if stem in stems)
    for stem in INCIDENT_STEMS
}
_STEM_RE: Final = re.compile("|".join(INCIDENT_STEMS))
#: Incident words that are nouns only after "the": "the water cannon attack", "the ramming
#: of", "the sinking of" (not "fired water cannon", "sinking fast").
_THE_NOUN_RE: Final = re.compile(r"(?:water\s+cannon|ramming|sinking|boarding|collision)\b")
#: A verb of its own after a participle's date: "(seized last week) were returned", "was freed".
# A later step of the same story told after ", and": "seized and towed to port, and was
# returned on 13 May" (its date is the return's, not the seizure's).
_AND_LATER_RE: Final = re.compile(
    r",\s+and\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en)\b"
)
_LATER_VERB_RE: Final = re.compile(
    r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|back)\b"
)
_THE_BEFORE_NOUN_RE: Final = re.compile(r"\bthe\s+(?:[a-z-]+\s+and\s+)?$")
# A day counted from another event: "eight days after", "a week before".
_STEP_TEXT_RE: Final = re.compile(r"(?i)\b(?:days?|weeks?)\s+(?:after|before)$")
# A count of days or weeks told loosely: "over a week after", "nearly two weeks before".
_LOOSE_STEP_RE: Final = re.compile(
    r"(?i)(?:just\s+|a\s+little\s+|a\s+bit\s+|well\s+)?(?:over|more\s+than|nearly|almost|about|"
    r"around|some|roughly|less\s+than|under)\s+(?:a|an|one|two|three|\d)\s+(days?|weeks?)\s+"
    r"(?:after|before)$"
)
_LOOSE_WEEK_SLACK: Final = 4
# The kinds an "attack" named in a headline may be told as in full in the story.
_STRIKES: Final = frozenset({"shots_fired", "airstrike"})
# A sentence opening on a clock time alone: "At 7:02 AM,", "At about 10.30,".
_CLOCK_OPEN_RE: Final = re.compile(
    r"at\s+(?:(?:about|around|approximately|roughly)\s+)?\d{1,2}[:.]\d{2}\b"
)
# Before a ship's year: "(built 2009)", "commissioned in 1998".
_BUILT_IN_RE: Final = re.compile(r"\b(?:built|launched|commissioned|delivered)\s+(?:in\s+)?$")
# Between the day of a charge and the act charged: "(today) accused Communist China of
# (opening fire)", "blamed the rebels for (the attack)".
_ACCUSED_OF_RE: Final = re.compile(
    r"\s(?:formally\s+|again\s+|publicly\s+)?(?:accused|blamed)\s+(?:[\w'\u2019.-]+\s+){1,6}?"
    r"(?:of|for)\s+(?:(?:the|an?|its|their)\s+|[a-z]+ing\s+)?"
)
# A summons or a protest between a date and the incident word after it: "summoned the envoy
# on Tuesday to protest a drone strike", "yesterday summoned the ambassador to explain why
# soldiers opened fire": the date is the summons's, the act told by its own day elsewhere.
_SUMMONED_BEFORE_RE: Final = re.compile(
    r"(?=[scdp])\b(?:summon(?:ed|s|ing)|called\s+in|condemn(?:ed|s|ing)|denounc(?:ed|es|ing)|"
    r"deplor(?:ed|es|ing)|protest(?:ed|s|ing)?)\b"
)
_NOMINAL_RE: Final = re.compile(
    r"^(?:shooting|firing|downing|shootdown|shoot-down|air\s*strike|airstrike|air\s+raid|attack|shelling|"
    r"seizure|detention|killing|expulsion|assassination|bombing|launch|capture|arrest|exchanges?\s+of|"
    # (a noun: not the verbs "attacked", "launched", "captured")
    r"burning|torching|scuttling|appearance|presence|(?:over)?flights?\s)(?!e?d\b)",
    re.IGNORECASE,
)
_AIRCRAFT_RE: Final = re.compile(
    r"(?=[pajwfbhdmsrtucikeyqo])(?:"
    rf"\b{_AIRCRAFT}\b"
    ")",
)
_NEGATED_RE: Final = re.compile(
    # ("didn't", "wasn\u2019t": no word boundary stands before the "n't")
    r"(?:n['\u2019]t|\b(?:not|never|no|failed\s+to|fail\s+to|fails\s+to|unable\s+to|tried\s+to|"
    r"try\s+to|trying\s+to|attempted\s+to|threatened\s+to|threaten\s+to|threatens\s+to|"
    r"threatening\s+to|vowed\s+to|vows\s+to|would|could|might|will|may|any|plotted\s+to|"
    r"plotting\s+to|plot\s+to|plan\s+to|plans\s+to|planned\s+to|planning\s+to|expected\s+to|"
    r"prevent|to\s+avoid|practi[cs]e|practi[cs]ing|rehearse|rehearsing|simulate|simulating|"
    r"(?:tolerate|accept|allow|permit)(?:\s+(?:any|another|further|more))?|"
    # "will not allow its planes to be shot at": what a party lets happen to whom
    r"(?:tolerate|accept|allow|permit)(?:\s+[\w'\u2019]+){1,3}\s+to|"
    # an appeal, "Stop the shooting before ...", and a state of things, "are being shot at"
    r"(?:stop|stops|stopping|end|ends|ending|halt|halts|halting)(?:\s+(?:the|all))?|"
    r"(?:is|are|am)\s+being))\s+"
    # (an adverb may stand between, quoted or not: "would \"certainly\" expel", "will
    # probably strike", "never really fired")
    r"(?:[\"\u201c\u2018']?[a-z]+ly[\"\u201d\u2019']?\s+)?"
    r"(?:have\s+|been\s+|be\s+)?$"
)
# "to" before a verb's base form: a purpose or a wish ("more air defences to shoot down
# missiles"), unless managed ("managed to shoot down", "were able to").
# An expulsion announced as decided: "Britain is to expel", "the two countries are to expel".
_DECIDED_RE: Final = re.compile(r"\b(?:is|are)\s+to\s+$")
# An act named as an incident ("condemned the strikes as a violation of its airspace",
# "described the flight as an incursion"): the name of what is told, no incident of its own.
_NAMED_AS_RE: Final = re.compile(r"\bas\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?$")
# Fire exchanged, armed in itself: "the exchange of fire", "exchanged fire".
_FIRE_EXCHANGED_RE: Final = re.compile(r"(?:exchanges?\s+of\s+(?:gun)?fire|exchanged\s+fire)\b")
_TO_RE: Final = re.compile(r"(?<!managed\s)(?<!\bable\s)(?<!succeeded\s)\bto\s+$")
_INFINITIVE_RE: Final = re.compile(
    r"(?:shoot|take|bring|intercept|destroy|fire|open|attack|strike|seize|detain|arrest|expel|"
    r"launch|enter|violate|kill|hit|bomb|shell|capture|hijack|impound|ram|block|harass|"
    r"storm|ambush)\b"
)
# A participle used as an adjective: "release detained fishermen", "the detained herders".
_PARTICIPLE_RE: Final = re.compile(
    r"(?:detained|arrested|jailed|captured|kidnapped|abducted|seized|impounded|hijacked|"
    # "flowers at the bombed embassy": the place of an attack told before, an adjective
    r"bombed|shelled)(?:\s|$)"
)
_ADJECTIVE_HELD_RE: Final = re.compile(
    r"\b(?:the|release|released|releasing|free|freed|freeing|repatriate|repatriated|"
    r"return|returned|of|for|all|other)\s+$"
)
# A clause that denies or supposes its incident: "denied that its jets entered ...",
# "if a drone strayed into ...".
_UNREAL_RE: Final = re.compile(
    r"(?=[diuwtrfpa])(?:\b(?:denied|denies|deny|denying|if|unless|whether|avoid|avoids|"
    r"avoiding|prevent|prevents|preventing|avert|averting|risk|risks|danger)\b|"
    r"\b(?:warned|warns|warning|warnings|threat|threats|risk|fears?)\s+of\b)"
)
# A ship or crew named right before a relative clause: "the tanker Hana Star, (which ...)".
_SHIP_BEFORE_RE: Final = re.compile(
    # (or the ship's noun alone before the comma: "the return of the trawler, which the navy
    # seized")
    rf"\b(?:{_words(_SEIZABLE)})(?:\s+(?:[\w'\u2019.-]+\s+){{0,3}}?(?:[\w'\u2019.-]+,|,)?|,)\s*$"
)
# The wreck of a weapon before it: "debris from a Russian drone (fell)", "fragments of a".
_DEBRIS_OF_RE: Final = re.compile(
    r"\b(?:debris|fragments|wreckage|pieces|parts|remains|remnants)\s+(?:of|from)\s+"
    r"(?:(?:an?|the|one|two)\s+)?(?:[\w'\u2019-]+\s+){0,2}?$"
)
# An explosive weapon that hit something: "a shell struck", "two mortar rounds landed".
_SHELL_HIT_RE: Final = re.compile(
    rf"(?:{_words(_EXPLOSIVES)})\s+(?:landed|hit|struck|exploded|slammed|fell|damaged|holed|"
    r"went\s+off)\b"
)
_PATROLS_RE: Final = re.compile(r"(?=p)\bpatrols?\b")
_ARMED_RE: Final = re.compile(
    r"(?=[tsfanmcbrigwp])(?:"
    rf"\b(?:{_words(_ARMED_WORDS)})\b"
    ")",
)
# A sentence opening on another incident than the one told before: "In another case,",
# "In a separate incident,", "Separately,", "Elsewhere,"
_SEPARATE_CASE_RE: Final = re.compile(
    r"(?:in\s+(?:another|a\s+separate|an\s+unrelated|a\s+different|an\s+earlier)\s+"
    r"(?:case|incident|attack|episode|development)|separately|elsewhere)\b"
)
# A ship named by its definite noun after the verb that boards or stops it: "boarded the
# vessel", "stopped the trawler" (a ship told before).
_DEFINITE_SHIP_RE: Final = re.compile(
    rf"\b(?:boarded|stopped|halted|intercepted)\s+the\s+(?:[\w-]+\s+)?(?:{_words(_VESSELS)})\b"
)
# The label of a link to another story inside a body ("ALSO READ: Trader dies in mortar
# attack on market", "Read more:", "RELATED:"): the headline of another story, no incident.
_STORY_LINK_RE: Final = re.compile(
    r"(?:also\s+read|read\s+(?:also|more)|see\s+also|related(?:\s+(?:stories|news))?|"
    r"more\s+on\s+this|watch|recommended)\s*:"
)
_HABITUAL_RE: Final = re.compile(
    r"(?=[rfohdi])(?:"
    r"\b(?:regularly|repeatedly|routinely|frequently|often|over\s+the\s+years|for\s+years)\b|"
    # "have long accused each other of violating their airspace"
    r"\b(?:have|has|had)\s+long\b|"
    # "in the past," as a habit, not "in the past several days"
    r"\bin\s+the\s+past(?=\s*[,.;]|\s*$)|"
    # "hundreds of incursions", a tally; "hundreds of protesters", a crowd in one incident,
    # "dozens of balloons", "dozens of rockets", one night's wave
    r"\b(?:hundreds|dozens)\s+of\b(?!\s+(?:[\w-]+\s+)?(?:people|protesters|protestors|"
    r"demonstrators|students|activists|supporters|nationalists|youths|civilians|residents|"
    r"villagers|balloons|drones|rockets|shells|missiles|mortars|katyushas|"
    # (a crowd named by its people or trade: "hundreds of Albanians", "of workers")
    r"[a-z]+(?:ans|ese|is|ers|men))\b)"
    ")",
)
# Drills and exercises: what is fired, launched or struck in them is no incident (a
# shootdown "during an exercise" is one all the same).
_DRILL_RE: Final = re.compile(
    r"(?=[dewsl])(?:\b(?:drills?|exercises?|war\s*games|wargames|simulated|live-fire)\b)"
)
# The figurative senses: "attacked the proposal", "fired a broadside at critics", "came
# under fire for his remarks", "a scathing attack on".
_FIGURATIVE_AFTER_RE: Final = re.compile(
    rf"\s*(?:[\w'\u2019-]+\s+){{0,3}}?(?:{_words(_ABSTRACT_TARGETS)})(?![\w-]|\s+(?:convoys?|"
    r"buildings?|offices?|forces|troops|soldiers|positions?|posts?|bases?|compound|vehicles?|"
    r"headquarters|ships?|vessels?|aircraft|planes?|jets?)\b)"
)
# Idioms after "shot at" and "firing on": "a real shot at winning the presidency", "a shot at
# the title", "firing on all cylinders".
_IDIOM_AFTER_RE: Final = re.compile(
    r"\s+(?:all\s+cylinders|(?:winning|becoming|re-?election|victory|power|glory|redemption)\b"
    r"|the\s+(?:title|presidency|nomination|crown|top\s+job|job|post|championship)\b)"
)
_NOUN_SHOT_RE: Final = re.compile(r"\b(?:a|an|another|his|her|their|its)\s+(?:[\w-]+\s+)?$")
_GERUND_AFTER_RE: Final = re.compile(r"\s+[a-z]+ing\b")
# A shot fired: "fired a shot at approaching boats" is still a shot.
_FIRED_BEFORE_RE: Final = re.compile(
    r"\b(?:fired|fire|fires|firing|took|takes)\s+(?:[\w-]+\s+){0,2}$"
)
_PERSON_OBJECT_RE: Final = re.compile(r"\s+(?:him|her|them|me|us|you|himself|herself)\b")
_FIGURATIVE_BEFORE_RE: Final = re.compile(
    rf"\b(?:{_words(_CRITIC_WORDS)})\s+(?:[\w-]+\s+)?(?:attack|attacks|fire)?"
    r"(?:\s+(?:on|against|upon))?\s*$"
)
_UNDER_FIRE_RE: Final = re.compile(
    r"\s+(?:for|over|from\s+(?:[\w-]+\s+){0,2}?(?:critics|"
    r"lawmakers|legislators|opposition|activists|rights|media|press|parliament|members|"
    r"campaigners|unions|voters|economists)"
    # "came under fire in its own Parliament", "in the press", "at home": in a forum of words
    r"|in\s+(?:[\w-]+\s+){0,2}?(?:parliament|congress|senate|assembly|press|media|"
    r"newspapers|debate)(?!\s+(?:buildings?|compound|grounds))|at\s+home)\b"
)
# Crime and sport inside a country: "gunmen shot dead a shopkeeper in a robbery", "convicted
# of a shooting at a nightclub", "the batsman attacked the bowlers". Their attacks and shots
# are no incident between states.
_CIVIL_RE: Final = re.compile(
    r"(?=[rbhcnmsgwitfopad])(?:\b(?:robbery|robberies|robbed|robbers?|burglary|burglaries|"
    r"burglars?|heist|carjack\w*|muggings?|shopkeepers?|convicted|nightclub|batsman|batsmen|"
    r"bowlers?|goalkeepers?|strikers?|midfielders?|referees?|innings|wickets?|footballers?|"
    r"cricketers?|tournament|qualifiers?|olympics?|sentenced|acquitted|trial|fans|hooligans|"
    r"cricket|football|soccer|rugby|cartels?|gangsters?|"
    # the places and words of a crime story: "shot dead in a bar", "a drunken brawl"
    r"bars?|pubs?|restaurants?|supermarkets?|casinos?|apartment|homicides?|drunken)\b)"
)
# An incident remembered, rehearsed or planned, not told: "marked the anniversary of the
# bombing of", "a drill simulating the downing of a drone", "accused of planning a drone
# attack".
_NOT_NOW_RE: Final = re.compile(
    r"(?=[acsrpmfdbne])\b(?:anniversary\s+of|anniversaries\s+of|commemorat(?:ed|es|e|ing)|"
    # a work about one: "a film about the downing of the airliner"
    r"(?:films?|movies?|documentar(?:y|ies)|books?|novels?|plays?|exhibitions?|memoirs?)\s+"
    r"(?:about|on)|"
    r"commemoration\s+of|simulat(?:ed|es|e|ing)|rehears(?:ed|es|e|ing)|planning|plotting|"
    r"preparing|mock)\s+(?:(?:an?|the)\s+)?(?:[\w'\u2019-]+\s+){0,3}?$"
)
# An incident remembered: "the veterans remembered the shelling of the city" (not "remembered
# that troops had fired", a telling; "recalled the 1988 downing" is history only by its year).
_RECALLED_RE: Final = re.compile(
    r"(?=[rd])(?:\bremember(?:ed|s|ing)?\s+(?:the|an?)\s+"
    r"(?:(?!that\b)[\w'\u2019-]+\s+){0,2}?$|"
    # an incident told before, as the ground of what follows: "Despite the shooting, the
    # talks went ahead", "despite last week's downing of the airliner"
    r"\bdespite\s+(?:(?:the|this|that|these|those|last\s+\w+['\u2019]s|[\w-]+['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,2}?)?$)"
)
# An incident in prospect, the object of a call, an expectation, a threat, a response or a
# foiled try: "called for more airstrikes", "can expect punishing air strikes", "would
# respond firmly to a missile attack", "threatened them with missiles", "argued for the
# assassination of", "plotted to set off a car bomb".
# A conjecture, not a telling: "the soldiers might have fired into the air", "the drone may
# have been shot down"; and a condition told by inversion at a clause's head: "Had the
# patrol boat opened fire, the crisis could have escalated", "Were the jets to enter ...".
_CONJECTURE_RE: Final = re.compile(
    r"(?=[mc])\b(?:might|may|could)\s+(?:well\s+)?have\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ot)\b"
)
_INVERTED_IF_RE: Final = re.compile(
    r"\W*(?:had|were|should)\s+(?:the|a|an|its|their|his|her|any|one|our|your)\s"
)
_PROSPECT_RE: Final = re.compile(
    r"(?=[cwmsatpdulfr])\b(?:"
    r"(?:can|could|will|would|may|might|should)\s+(?:[\w-]+\s+)?(?:expect|face|brace\s+for)|"
    r"(?:call(?:ed|s|ing)?|argu(?:ed|es|ing)|press(?:ed|es|ing)|push(?:ed|es|ing)|"
    r"proposals?|propos(?:ed|es|ing)|plead(?:ed|s|ing)?|urg(?:ed|es|ing)|lobb(?:ied|ies|ying)|"
    r"advocat(?:ed|es|ing))(?:\s+[\w'\u2019-]+){0,3}?\s+for|"
    r"(?:will|would|could|might|shall)\s+(?:[\w-]+\s+)?(?:respond|react|retaliate|answer)"
    r"\s+(?:[\w-]+\s+)?(?:to|against)|"
    r"threat(?:en|ens|ened|ening)\s+(?:[\w'\u2019-]+\s+){0,4}?with|"
    # what talks mean to settle: "agreed to resolve border clashes through dialogue"
    r"(?:resolv|defus|avert)(?:e|es|ed|ing)|"
    r"(?:tried|tries|try|trying|attempted|attempting|failed|plotted|plotting|planned|"
    r"planning|conspired|conspiring)\s+(?:[\w-]+\s+)?to\s+(?:detonate|set\s+off|plant|"
    r"carry\s+out|stage|mount)"
    r")\s+(?:(?:an?|the|more|further|new|fresh|any)\s+)?(?:[\w'\u2019-]+\s+){0,2}?$"
)
# The police as the ones who shoot: "riot police fired rubber bullets at demonstrators".
_POLICE_RE: Final = re.compile(r"(?=[p])(?:\bpolice(?:men|\s+officers)?\b)")
# A trend of a tally: "attacks on peacekeepers have risen sharply this year".
# The police as the ones telling: "Police in a province said soldiers ... fired".
_POLICE_TOLD_RE: Final = re.compile(
    r"(?<!\s)(?:\s+(?!(?:fired|shot|opened)\b)[\w'\u2019-]+){0,4}?\s+(?:said|say|says|reported|"
    r"told|stated)\b"
)
_TREND_RE: Final = re.compile(
    r"(?=[rfidsgjtchnm])(?:\b(?:risen|rose|rising|fallen|fell|falling|increased|increasing|"
    r"decreased|declined|declining|doubled|tripled|dropped|surged|soared|grown|jumped|"
    r"climbed|halved|spiked)\b|\bthe\s+number\s+of\b)"
)
# A denial whose object clause the clause splitter cut off: "rejected Thai claims that its
# soldiers fired first", "dismissed reports that ...".
_DENIED_HEAD_RE: Final = re.compile(
    r"(?=[drf])\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|"
    r"dismissing|refuted|refutes|refuting)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:claims?|reports?|"
    r"allegations?|accusations?|suggestions?|charges?)\s+(?:that\s+)?$"
)
# A denial right after the claim it rejects: ", but this was denied", ", which the army
# denied", ", a claim the army rejected".
_DENIED_AFTER_RE: Final = re.compile(
    r",\s+(?:but\s+(?:this|that|it|the\s+(?:claim|report))\s+(?:was|has\s+been|is)\s+"
    r"(?:(?:flatly|strongly|promptly|officially)\s+)?(?:denied|rejected|dismissed)|"
    r"(?:which|a\s+claim|an\s+account|a\s+report)\s+(?:[\w'\u2019.-]+\s+){1,4}?"
    r"(?:denied|denies|rejected|rejects|dismissed|dismisses))\b"
)
# What an aircraft flew over: a ship's noun ("an Icelandic gunboat") or a name ("the Skjold").
_OVER_WHAT_RE: Final = re.compile(
    r"(?<!\s)\s+(?:the\s+|an?\s+)?(?:(?P<noun>(?:[A-Za-z-]+\s+){0,2}?(?:"
    + _words(_VESSELS)
    + r"))\b|(?P<name>[A-Z][\w-]+)\b)"
)
# A ship's noun anywhere in a clause: "the Fijian trawler", "the patrol boat".
_SHIP_WORD_RE: Final = re.compile(rf"\b(?:{_words(_VESSELS)})\b")
# A ship's name after its noun: "the coast guard vessel Skjold", "the trawler Everton".
_SHIP_NAMED_RE: Final = re.compile(rf"\b(?:{_words(_VESSELS)})\s+(?:the\s+)?([A-Z][\w-]+)")
# A run of incidents told as one: "a string (series, spate, wave, run) of attacks".
_STRING_OF_RE: Final = re.compile(
    r"(?=[swrc])\b(?:string|series|spate|wave|run|succession|chain)\s+of\s+(?:[\w-]+\s+)?$"
)
_SERIES: Final = ("attacks", "strikes", "air strikes", "airstrikes", "incursions", "shootings")
# An adjectival year before the incident noun: "the 1988 downing", "the 2006 bombing of".
_TREND_BEFORE_RE: Final = re.compile(
    r"\b(?:escalating|growing|rising|increasing|mounting|frequent|repeated|recurring|"
    r"continued|continuing|ongoing|persistent|sporadic|almost\s+daily|daily|nightly|weekly)\s+"
    r"(?:[\w-]+\s+){0,2}?$"
)
_PRONOUN_HEAD_RE: Final = re.compile(r"(?:it|they|she|he)\s")
# The forces of the side named just before, after the day: "on Friday its warplanes".
_ITS_FORCES_RE: Final = re.compile(
    r"(?:(?:on|late|early|last)\s+[\w-]+,?\s+|[\w-]+,\s+)?(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:warplanes|jets|planes|aircraft|bombers|fighters|drones|helicopters|gunships|"
    r"artillery|guns|batteries|troops|forces|gunboats|warships)\b"
)
_SUCH_RE: Final = re.compile(r"\bsuch\s+(?:[\w-]+\s+)?$")
_MORE_RE: Final = re.compile(r"\b(?:more|further|fewer|less)\s+$")
_INNER_YEAR_RE: Final = re.compile(r"(?:a|an|the)\s+((?:1[5-9]|20)\d\d)\s")
_ADJECTIVE_YEAR_RE: Final = re.compile(r"\b((?:1[5-9]|20)\d\d)\s+(?:[a-z-]+\s+)?$")
_HISTORY: Final = timedelta(days=366)
"""
How long before its report an incident is history: one told as dated more than a year
before the publication date is recalled background ("In 1999 jets shot down ..."), not news.
"""
# A clash among crowds (protesters and police) is no armed incident across a line.
_CROWD_RE: Final = re.compile(
    r"(?=[pdrfsc])(?:\b(?:protesters|protestors|demonstrators|rioters|fans|students|"
    r"supporters|crowds?)\b)"
)
# Aircraft that attack, just before "attacked": a strike from the air (ACLED "Air/drone
# strike"), "Israeli warplanes attacked guerrilla bases", "two Syrian jets on Monday attacked".
_AIR_ATTACKER_RE: Final = re.compile(
    r"\b(?:warplanes?|fighter\s+jets?|jets?|fighter-bombers?|fighters|bombers?|gunships?|"
    r"air\s+force|military\s+aircraft|combat\s+aircraft|aircraft|planes|helicopters?|drones?|"
    r"uavs?)\s+"
    r"(?:(?!(?:and|but|which|that|who|had|were|was)\b)[\w'\u2019-]+\s+){0,3}?$"
)
# Two countries joined by a hyphen: "the Thai-Cambodian border", "Kyrgyz-Tajik clashes".
_PAIR_RE: Final = re.compile(r"\b([A-Z][a-z]+)-([A-Z][a-z]+)\b")
# Military positions shelled by the other side's artillery.
_MILITARY_POSTS_RE: Final = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+|[a-z]+\s+)?(?:[\w-]+\s+)?(?:outposts?|positions|posts|"
    r"garrisons?|trenches|bunkers)\b"
)
# Posts along a front, in the plural: "shelled army positions", "the enemy's trenches".
_FRONT_POSTS_RE: Final = re.compile(
    r"\s+(?:the\s+|its\s+|their\s+|[a-z]+\s+)?(?:[\w'\u2019-]+\s+)?(?:outposts|positions|posts|"
    r"garrisons|trenches|bunkers)\b"
)
# The border as the place of a shooting: "near the border", "along the frontier".
_AT_THE_BORDER_RE: Final = re.compile(
    r"\b(?:near|at|along|across|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:border|frontier|"
    r"line\s+of\s+control)\b(?!\s+(?:guards?|force|police|troops)\b)"
)
# A state's border force as the one who shot: "by BSF members", "by border guards".
_BY_BORDER_FORCE_RE: Final = re.compile(
    r"\bby\s+(?:[\w-]+\s+){0,3}?(?:members|guards|troops|soldiers|personnel|forces|police|"
    r"patrol|jawans)\b"
)
# A commando raid on an airport: "raided Beirut airport", "raided the airfield at Entebbe".
_RAIDED_AIRPORT_RE: Final = re.compile(
    r"raided\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:airport|airfield|air\s+base)\b"
)
_BORDER_RE: Final = re.compile(r"(?=[bflc])(?:\b(?:border|frontier|line\s+of\s+control)\b)")
# A town named by where it lies: "the border town of Sallum", "the frontier city of".
_BORDER_TOWN_OF_RE: Final = re.compile(r"\s+(?:town|city|village|settlement|port)\s+of\b")
# Those a border force kills in a clash when they try to cross: "killed four smugglers".
_CROSSERS: Final = r"(?:smugglers|infiltrators|intruders|traffickers|poachers|drug\s+runners)"
_CROSSERS_KILLED_RE: Final = re.compile(
    rf"(?=[kwa])\bkill(?:ed|ing)\s+(?:[\w-]+\s+){{0,2}}?{_CROSSERS}\b|"
    # "clashed with a group of smugglers ..., killing four of them"
    rf"\b(?:with|against)\s+(?:[\w-]+\s+){{0,4}}?{_CROSSERS}\b[^.;]{{0,80}}?\bkill(?:ed|ing)\s+"
    r"(?:[\w-]+\s+){0,2}?of\s+them\b"
)
_EXCHANGED_RE: Final = re.compile(
    r"(?=[et])\b(?:exchanged|exchanging|traded|trading)\s+(?:[\w-]+\s+){0,3}?fire\b"
)
_DRONE_ATTACK_RE: Final = re.compile(
    r"\bdrones?\s+(?:and\s+(?:[\w-]+\s+)?(?:missile|rocket)\s+)?attacks?\b"
)
_WITH_DRONES_RE: Final = re.compile(r"\bwith\s+(?:[\w-]+\s+){0,2}?drones\b")
_CIVILIANS_KILLED_RE: Final = re.compile(
    r"\b(?:civilians|villagers|residents|people|children|women|refugees)\b[^.;!?]{0,40}?"
    r"\b(?:were|was|have\s+been|had\s+been)\s+killed\b"
)
# One state's forces on another's: an attack by troops, an army unit or border guards (not
# by gunmen, militants or rebels) on a patrol, an army post or positions is a border clash,
# shots fired, whatever it left ("Nigerian troops attacked a Cameroonian army post", "a unit
# of the army crossed the border and attacked a Honduran patrol").
# A state's ship or aircraft, in a collision: "a coast guard cutter", "a navy frigate".
_STATE_CRAFT_RE: Final = re.compile(
    r"\b(?:coast\s*guards?|navy|naval|warships?|frigates?|destroyers?|corvettes?|cutters?|"
    r"patrol|gunboats?|militia|survey\s+ships?|research\s+vessels?|military|air\s+force|"
    r"fighters?|jets?|submarines?|interceptors?|aircraft|helicopters?)\b"
)
_STATE_FORCES_RE: Final = re.compile(
    r"\b(?:troops|soldiers|servicemen|army|armed\s+forces|forces|border\s+guards|"
    r"frontier\s+guards|paratroopers|marines|units?|battalions?|platoons?)\b"
)
# A state's force, before a verb of abduction: "an Israeli force of six vehicles ... abducted".
_FORCE_BEFORE_RE: Final = re.compile(
    r"(?=[tsafpbuc])\b(?:troops|soldiers|army|forces?|patrols?|border\s+guards|units?|"
    r"commandos)\b"
)
_NON_STATE_RE: Final = re.compile(
    r"\b(?:gunm[ae]n|militants?|rebels?|insurgents?|bandits?|terrorists?|guerr?illas?|"
    r"jihadists?|armed\s+(?:men|groups?|bands?)|attackers|assailants|militias?|militiamen|"
    r"raiders|smugglers|pirates|separatists?|police|resistance\s+(?:fighters|forces|groups?))\b"
)
_FORCES_TARGET: Final = (
    r"(?:patrols?|(?:army|military|border|frontier)\s+(?:posts?|outposts?|camps?)|outposts?|"
    r"positions|garrisons?|border\s+guards|frontier\s+guards)\b"
)
_ON_FORCES_RE: Final = re.compile(rf"\s+(?:[\w'\u2019-]+\s+){{0,4}}?{_FORCES_TARGET}")
# Posts attacked several at a time: "three of its frontier posts", "posts at several points".
_SEVERAL_POSTS_RE: Final = re.compile(
    r"\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|multiple|"
    r"a\s+number\s+of|a\s+string\s+of)\s+(?:of\s+(?:its|their|the)\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:posts|outposts|camps|garrisons)\b|(?:[\w'\u2019-]+\s+){0,4}?(?:posts|outposts|"
    r"positions|camps)\s+(?:[\w'\u2019-]+\s+){0,3}?at\s+(?:several|many|multiple|a\s+number\s+of|"
    r"two|three|four|five)\s+(?:points|places|locations)\b)"
)
# The same told passive: the forces hit before the verb, the state's forces after "by".
_BEEN_BEFORE_RE: Final = re.compile(r"\b(?:was|were|been)\s+$")
_BY_FORCES_RE: Final = re.compile(
    r"\s+by\s+(?:[\w'\u2019-]+\s+){0,3}?(?:troops|soldiers|forces|army|units?|border\s+guards|"
    r"frontier\s+guards|paratroopers)\b"
)
_FORCES_HIT_RE: Final = re.compile(rf"\b(?:{_FORCES_TARGET}|troops\b|soldiers\b)")
# "the shooting of May 19 against a Guyana Defence Force patrol": fire on forces, told as a noun
_SHOOTING_ON_FORCES_RE: Final = re.compile(
    r"\s+(?:[\w'\u2019,.-]+\s+){0,5}?(?:against|at|on|upon)\s+(?:[\w'\u2019-]+\s+){0,5}?"
    + _FORCES_TARGET
)
# Rockets or missiles fired at a town, not at forces: "fired four rockets at the town", "fired
# Katyushas at Kiryat Shmona" (a place named) are an attack, as rockets fired into a land are.
_ROCKETS_AT_RE: Final = re.compile(r"\b(?:rockets?|katyushas?|missiles?)\s+(?:at|upon)$")
# Rockets told by where they fell: "rockets fired from Gaza struck Sderot", "rockets fired
# by militants landed in a neighbourhood of Ashkelon".
_ROCKETS_FIRED_RE: Final = re.compile(r"(?:[\w-]+\s+)?(?:rockets|katyushas|missiles)\s+fired$")
_THEN_HIT_RE: Final = re.compile(
    r"(?:\s+(?:from|by)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)?\s+(?:hit|struck|slammed\s+into|"
    r"landed\s+in|landed\s+on|fell\s+on|exploded\s+in)\s+"
)
_AT_A_TOWN_RE: Final = re.compile(
    r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:towns?|city|cities|villages?|settlements?|"
    r"kibbutz(?:im)?|capital|neighbou?rhoods?|residential|homes|houses|civilians)\b"
)
_AT_FORCES_RE: Final = re.compile(
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:positions|troops|patrols?|posts?|outposts?|bases?|soldiers|"
    r"forces|warships?|ships?|vessels?|boats?|aircraft|jets?|planes?|drones?|helicopters?|"
    r"tanks?|convoys?|targets?)\b"
)
# Fire that comes over a border: "from across the border", "from across the Line of Control",
# "from the other side of the frontier".
_FROM_ACROSS_RE: Final = re.compile(
    r"\s+(?:from\s+)?(?:across|over)\s+the\s+(?:[\w-]+\s+)?(?:border|frontier|boundary|"
    r"line\s+of\s+control|line\s+of\s+contact|demarcation\s+line)\b|\s+from\s+the\s+other\s+side\b"
)
_ACROSS_RE: Final = re.compile(r"\b(?:side|across|border|frontier|bank)\b")
_TERROR_ATTACK_RE: Final = re.compile(r"\bterror(?:ist)?\s+attack\b")
_OF_A_PLANE_RE: Final = re.compile(
    r"\s*(?:of\s+)?(?:(?!by\b)[\w'\u2019-]+\s+){0,4}?(?:airliners?|jetliners?|passenger\s+(?:jets?|"
    r"planes?)|flight|plane|aircraft)\b"
)
_ON_A_SHIP_RE: Final = re.compile(
    rf"\s+(?:on|against)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_words(_SEIZABLE)})\b"
)
# "(the drone attack) that targeted the Liberian-flagged container ship": its target a ship.
_SHIP_TARGETED_RE: Final = re.compile(
    r"\s+(?:that|which)\s+(?:targeted|hit|struck)\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    rf"(?:{_words(_SEIZABLE)})\b"
)
_KILLED_RE: Final = re.compile(
    r"(?=[kdl])(?:\b(?:killed|killing|kills|dead|died|deaths?|deadly|lethal)\b)"
)
_VESSEL_RE: Final = re.compile(rf"\b(?:{_words(_SEIZABLE)})\b")
# The dead told just after a clause: ", leaving four dead", ", killing two".
_DEAD_NEXT_RE: Final = re.compile(
    r"[\s,]*(?:leaving|left|killing)\s+(?:[\w-]+\s+){0,3}?(?:dead|killed)?\b"
)
# "claimed responsibility for (the) attack on": an armed act, whoever claims it.
_RESPONSIBILITY_RE: Final = re.compile(
    r"\b(?:claimed|claims|claiming|claim|took|taking|takes)\s+responsibility\s+for\s+"
    r"(?:(?:an?|the|this|that|its|their)\s+)?(?:[\w'\u2019-]+\s+){0,2}?$"
)
# Non-state gunmen before their fire: "gunmen opened fire on a bus ..., killing nine".
# (also men told by their mask, their vehicle or as unknown: "masked men", "men in a pickup
# truck", "unidentified men on motorcycles" are no state's troops)
_RAIDERS_RE: Final = re.compile(
    rf"\b(?:{_words(_RAIDERS)}|(?:unidentified|unknown|masked|hooded)\s+men|men\s+(?:in|on|riding)"
    r"\s+(?:an?\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+)?(?:cars?|pickups?|pick-ups?|trucks?|"
    r"vans?|suvs?|vehicles?|motorcycles?|motorbikes?|boats?|speedboats?|canoes?)\b)"
)
# The words of an attack that a count of dead after it makes one with no country named (not
# "a blast ripped through a chemical plant, killing 12": an accident as often as an attack).
_DEADLY_NOUNS: Final = (
    "attack ",
    "attacks ",
    "attacked",
    "bombing",
    "ambush ",
    "assault ",
    "bomb ",
)
_GROUND_FIRE_RE: Final = re.compile(
    r"(?=[asmtg])(?:\b(?:artillery|shells|shelling|mortars?|tanks?|tank\s+fire|guns)\b)"
)
# The attack words that tell a bomb: "a roadside bomb", "a car bomb", "suicide bombers".
_EXPLOSION_RE: Final = re.compile(r"(?=[bcrts])\b(?:car|truck|roadside|suicide|bomb)\s+b")
# A port call, where sailors go ashore as guests: "on shore leave", "during a port visit"
# (not "without leave").
_SHORE_LEAVE_RE: Final = re.compile(
    r"\b(?:shore\s+leave|on\s+leave|liberty|port\s+(?:call|visit)|goodwill\s+visit|courtesy\s+call|"
    r"tourists?|sightseeing|welcomed|welcoming|ceremony|parade|festival|celebrations?)\b"
)
# (not "hacked to death": a killing with blades)
_CYBER_RE: Final = re.compile(
    r"(?=[cdh])(?:\bcyber|\bdenial[\s-]of[\s-]service|\bddos|\bhack(?!ed\s+(?:[\w'\u2019-]+\s+){0,4}?to\s+death\b))"
)
_SHOT_AND_RE: Final = re.compile(r"shot\s+and\s+(?:wounded|injured)\b")
_SHOT_RE: Final = re.compile(r"\b(?:shot|gunned)\b")
#: What joins a clause's second incident to its first: a verb of its own after "and" ("fired
#: on a patrol boat and seized two trawlers"), or the act it answered ("in retaliation for the
#: killing of a commander in a drone strike").
_AND_WORD_RE: Final = re.compile(r"\band\b")
# A relative pronoun inside an incident's words: "drone that crossed the demarcation line".
_THAT_IN_RE: Final = re.compile(r"\s(?:that|which)\s")
_ANSWERED_RE: Final = re.compile(
    r"\b(?:in\s+retaliation\s+for|in\s+response\s+to|to\s+avenge|in\s+revenge\s+for)\b"
)
#: A sniper's fire: shots at a man, whoever they kill ("killed by sniper fire").
_SNIPER_RE: Final = re.compile(r"\bsnipers?\b")
# A force that guards a border: "border guards", "frontier troops", "the BSF".
_BORDER_FORCE_RE: Final = re.compile(
    r"\b(?:border|frontier)\s+(?:guards?|police|troops|forces?|security\s+force|patrols?)\b"
    r"|\bbsf\b|\bborder\s+guard\s+police\b"
)
# A verb reporting what a side said, before a claim it quotes: "Tass said the Chinese had ...".
_REPORTING_RE: Final = re.compile(r"\b(?:said|says|stated|claimed|alleged|communiqu)")
_CLAIM_RE: Final = re.compile(r"^\W*(?:saying|claiming|alleging|accusing)\b")
_BREAK_RE: Final = re.compile(
    r"(?=[;,\srcsa])(?:"
    # the white space before "after", "when", "where" or "since" (one run of white space,
    # read once for the four words: each reads the same span)
    r";|(?<!\s)\s+(?="
    # not "after midnight", "shortly after dawn": a time of the day, no event
    r"after\s+(?!(?:midnight|noon|dawn|dusk|daybreak|nightfall|sunrise|"
    r"sunset|dark)\b)(?:a|an|the|[a-z]|\w+\s+and\s+[a-z]|[a-z]\w+\s+troops)"
    r"|(?:when|where)\b|since\s+(?:the|a|an|its|their|his|her)\s"
    r"|since\s+(?:[\w'-]+\s+){1,3}?[a-z]+ed\b"
    # "their first meeting since clashes along the border in December"
    r"|since\s+(?:[\w-]+\s+)?(?:clashes|fighting|skirmishes|hostilities|strikes|airstrikes|"
    r"attacks|raids|shelling|incursions)\b)"
    r"|,\s+(?=(?:when|where|which|after|before|while|as|saying|claiming|alleging|but|and)\b)|"
    # an appositive that tells what followed: "..., an incident which officials played down
    # today" (its date is the reaction's)
    r",\s+(?=an?\s+(?:incident|episode|move|act)\s+(?:which|that)\b)|"
    r"\b(?:reports?|claims?|said|says|stated|announced|confirmed)\s+that\s+|"
    r"\b(?:said|says|stated)\s+(?=an?\s|the\s)"
    ")",
)
_LEAD_WORDS_RE: Final = re.compile(
    r"^(?:when|where|which|after|before|while|since|as|and|but|that|reports\s+that)\s+"
)
_NUMBER: Final = (
    r"(?:(?<![\d,])\d[\d,]*|"
    # ("Thirty-one Soviet border guards were killed": the tens and units hyphenated)
    r"(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine)\b|"
    r"(?<!-)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty))"
)
_NUMBER_WORDS: Final = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
_WORD_NUMBERS: Final = {w: n for n, w in enumerate(_NUMBER_WORDS.split())} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
# The dead counted after an attack: "left nine people dead", "killing four", "in which two
# soldiers lost their lives", "one driver was killed".
_ABOUT: Final = r"(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?"
_DEAD_AFTER_RE: Final = re.compile(
    rf"\b(?:left|leaving)\s+{_ABOUT}{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?dead\b|"
    rf"\b(?:killed|killing)\s+{_ABOUT}{_NUMBER}\b|"
    rf"\b{_NUMBER}\s+(?:[\w-]+\s+){{1,3}}?(?:(?:were|was|had\s+been|have\s+been)\s+killed|"
    r"lost\s+their\s+lives|lost\s+his\s+life|died)\b"
)
_VICTIMS: Final = (
    r"(?:people|persons|civilians|soldiers|troops|servicemen|servicemembers|service\s+members|"
    r"crew|crew\s+members|passengers|personnel|officers|fighters|militants|children|airmen|"
    r"sailors|pilots|peacekeepers|police(?:men)?|residents|officers?|officer|guards?|rangers|"
    r"marines|smugglers?|fisherm[ae]n|villagers?|farmers?|herders?|workers|drivers?|"
    r"attackers|insurgents|terrorists|"
    # one of them, or some of those just named: "One person was killed", "Two of the men
    # died", "All seven members of its crew were killed"
    r"person|man|men|woman|women|soldier|civilian|child|members?(?:\s+of\s+(?:the|its|their|"
    r"his|her)\s+(?:crew|unit|patrol|family))?)"
)
_CASUALTY_RES: Final = (
    re.compile(
        r"(?=[dk])(?:"
        rf"\b(?:deaths?|killing|killed|kills|death\s+toll\s+(?:of|rose\s+to))\s+(?:of\s+)?"
        rf"(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?({_NUMBER})"
        rf"(?:\s+(?:[\w-]+\s+){{0,2}}?{_VICTIMS}\b"
        # "killing seven of them", "killing seven." (those just named)
        r"|\s+of\s+them\b|(?=[.,;](?!\d)))"
        ")",
    ),
    re.compile(
        r"(?=[\dasnmotfe])(?:"
        rf"\b(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?({_NUMBER})\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{_VICTIMS}\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?"
        # ("12 militants were 'neutralised'", as defence ministries count enemy dead)
        r"(?:killed|dead|died|martyred|lost\s+their\s+lives|['\u2018\u201c\"]?neutrali[sz]ed)\b"
        ")",
    ),
)
# Told with no one hurt: the dead are none ("No one was hurt", "causing no casualties",
# "there were no injuries", "the crew were unharmed").
_UNHURT_RE: Final = re.compile(
    r"(?=[nwtcu])(?:\b(?:no\s+one|nobody|no-one)\s+(?:was|were|had\s+been)\s+(?:hurt|injured|"
    r"killed|harmed|wounded)\b|\b(?:there\s+were|causing|caused|with|reported|left)\s+no\s+"
    r"(?:casualties|injuries|deaths|fatalities)\b|\bwithout\s+(?:casualties|injuries|"
    r"loss\s+of\s+life)\b|\b(?:were|was|escaped)\s+(?:unharmed|unhurt|uninjured)\b)"
)
# The incident told as news that came in: "news reached London that", "word came that",
# "reports emerged that".
_NEWS_OF_RE: Final = re.compile(
    r"\b(?:news|word|reports?)\s+(?:[\w-]+\s+){0,2}?(?:reached|came|arrived|emerged|spread)\b"
)
# A week told only as "earlier in the week": no calendar week of its own.
_VAGUE_WEEK_RE: Final = re.compile(r"(?i)\bearlier\s+in\s+the\s+week\b")
_PART_OF_DAY_RE: Final = re.compile(r"^(\d{4}-\d{2}-\d{2})T[A-Z]+$")
# What stands between a date and the incident noun it dates: "yesterday's attack".
# A clash named by its noun, which the story may tell in full as an exchange of fire.
_CLASH_NOUN_RE: Final = re.compile(r"(?:[a-z-]+\s+){0,2}?clash(?:es)?\b")
_AMBUSH_RE: Final = re.compile(r"\b(?:ambush|ambushed|ambushes)\b")
# Boats or crews named before, opening a clause: "The dhows, with 23 crew members on board".
_THE_VESSELS_RE: Final = re.compile(
    rf"(?:the|these|those|both)\s+(?:[\w-]+\s+)?(?:{_words(_SEIZABLE)})\b"
)
_POSSESSIVE_RE: Final = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}$")
# A casualty verb before a date: "a soldier was killed on Sunday in an exchange of fire".
_DIED_ON_RE: Final = re.compile(r"\b(?:killed|wounded|injured|died|shot)\s+$")
# A date after a verb of saying is the day the incident was reported: "..., Manila said
# Wednesday", "officials told reporters on Monday", "the ministry announced on Friday".
# The projectiles of a fire told before, in the passive: "the shells were fired from".
_RETOLD_FIRE_RE: Final = re.compile(
    r"(?:shells|shots|rounds|rockets|mortars|mortar\s+rounds|bullets|bombs)\s+(?:were|had\s+been|"
    # ("the shells hit a residential area shortly after midnight": where the fire told fell)
    r"hit|landed|struck|fell|slammed)\b"
)
# The dead of an incident told before, counted in a later clause: "Armenia said two of its
# soldiers were killed in the clash", "a farmer died in the shelling".
_KILLED_IN_THE_RE: Final = re.compile(
    r"\b(?:killed|died|wounded|injured)\s+in\s+the\s+(?:clash(?:es)?|skirmish|shootout|"
    r"shelling|firing|exchange\s+of\s+fire)\b"
)
# The "after" clause right after a main clause: "fired warning shots| after a boat ...".
_AFTER_NEXT_RE: Final = re.compile(r",?\s{0,3}after\s(?=[a-z])")
#: A relative clause after the incident that tells when it began or happened: "the armed
#: attack on the port, which began on October 29", "a raid that took place on Sunday night".
_BEGAN_NEXT_RE: Final = re.compile(
    r",?\s{0,3}(?:which|that)\s+(?:had\s+)?(?:began|begun|started|erupted|broke\s+out|"
    r"took\s+place|happened|occurred|was\s+launched|were\s+launched|was\s+carried\s+out)\s+"
    r"(?:(?:on|in|at|early|late|last)\s+)?(?=[a-z0-9])"
)
_TOLD_ON_RE: Final = re.compile(
    r"\b(?:said|says|saying|told(?:\s+[\w-]+){0,2}?|telling(?:\s+[\w-]+){0,2}?|announced|"
    r"reported|confirmed|stated|added|"
    # ("said here Wednesday", as agency copy writes it from the dateline's city; "The Soviet
    # Union charged today that ..." as archive copy tells a protest note)
    r"disclosed|revealed|charged|alleged|complained)\s+(?:(?:here|there)\s+)?(?:on\s+|late\s+|early\s+|last\s+)?$"
)
# A verb of telling or accusing right after a date: "The Government today accused aircraft of
# machine-gunning a column on Saturday" (the day of the telling, not of the incident).
# The reported clause of a perfect tense, between a telling's date and the act: "said on
# Tuesday (that) it had impounded", "announced on Monday that its navy has seized".
# A verb of telling with the "that" of the clause it reports: "reported that", "protested
# today that" (the clause after it tells the incident and may date it itself).
_TELLING_THAT_RE: Final = re.compile(
    r"\b(?:said|reported|announced|confirmed|stated|disclosed|revealed|charged|alleged|"
    r"complained|claimed|protested|declared|insisted|warned)\s+(?:(?:today|yesterday|tonight)\s+)?"
    r"that\b"
)
# How far before a date such a verb may stand ("protested today that": the date between).
_TELLING_REACH: Final = 24
_PERFECT_AFTER_RE: Final = re.compile(
    r"\s*(?:,\s*)?(?:that\s+)?(?:it|they|he|she|(?:its|their|the)\s+[\w-]+)\s+(?:had|has|have)\s+"
    r"(?:(?:also|earlier|just|since)\s+)?$"
)
_TOLD_NEXT_RE: Final = re.compile(
    r"\s*(?:accused|charged|alleged|said|announced|reported|claimed|complained|protested|"
    r"denounced|condemned|"
    # a protest delivered that day over an incident dated after it: "The Soviet Union today
    # handed China a sharply worded protest over a clash ... yesterday", "lodged a note"
    r"(?:handed|lodged|delivered|sent|filed|registered)\s+(?:[\w'\u2019-]+\s+){0,5}?"
    r"(?:protests?|notes?|complaints?|d[e\u00e9]marches?)\b)"
)
# Between a date and "after", a span with no number: "on Tuesday, days after ...".
_MONTH_RE: Final = re.compile(r"^(\d{4})-(\d{2})(?=-\d{2}|$)")
_DECEMBER: Final = 12
# A dateline: a place in capitals (and its region) before the date, an agency and a dash
# after it: "SEOUL, Jan. 8 (Yonhap) --", "PHNOM PENH, May 29 (AFP) -".
# The place may be in title case too: "Taipei, April 20 (CNA) -".
_DATELINE_HEAD_RE: Final = re.compile(
    r"(?:[A-Z][A-Z'.\- ]+|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
    r"(?:,\s*[A-Z][A-Za-z'.\- ]*)?,\s*"
)
# Old wire copy puts a full stop between the agency and the dash: "TAIPEI, Sept. 9 (AP).\u2014";
# an older paper's too, or ends the line there: "ALGIERS, OCTOBER 27.\u2014", "RABAT, OCTOBER
# 27." alone on its line.
_DATELINE_TAIL_RE: Final = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:\.[ \t]*)?(?:--|[-\u2013\u2014:]|\n|$)"
)
_VAGUE_GAP_RE: Final = re.compile(
    r"[\s,]*(?:(?:just|only|some|several|a\s+few|barely|mere)\s+)?(?:days|weeks|months|"
    r"years)\s*$"
)
_ANCHOR_RE: Final = re.compile(r"(?:when|after)\b")
# A relative clause on a dated event: "foiled an infiltration on Saturday, during which four
# smugglers were killed in an exchange of fire", "a raid on Monday, in which ...".
_DURING_WHICH_RE: Final = re.compile(r",\s*(?:during|in)\s+which\b")
# What "after" counts from when it is no date: "weeks after", "months after".
# A step of a day or more told in hours, loosely: "on Wednesday night, less than 48 hours
# after" (the incident a day or two before that day, which the words do not fix).
_DAY_HOURS_GAP_RE: Final = re.compile(
    r"[\s,]*(?:(?:less|more|fewer)\s+than|some|about|nearly|almost|barely|just|over|under)\s+"
    r"(?:2[4-9]|[3-9]\d|twenty-four|thirty-six|forty-eight|seventy-two)\s+hours\s*$"
)
_LONG_GAP_RE: Final = re.compile(r"\b(?:weeks|months|years|decades)[\s,]*$")
# A reaction to an incident told before: "condemned the attacks on", "deplored last week's".
_REACTION_RE: Final = re.compile(
    r"(?=[cdrpm])\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|"
    r"decr(?:ied|ies|ying)|protest(?:ed|s|ing)|regrett?(?:ed|s|ing)|mourn(?:ed|s|ing)|"
    r"discuss(?:ed|es|ing)|rais(?:ed|es|ing)|"
    # "lodged a strong protest over the ceasefire violation", "a protest against the raid"
    r"protests?\s+(?:over|against|about))\s+"
    # (an adverb between, as in the strongest terms or strongly)
    r"(?:(?:in\s+the\s+strongest(?:\s+possible)?\s+terms|strongly|firmly|again)\s+)?"
    r"(?:the|these|those|this|that|recent|"
    r"last\s+\w+['\u2019]s)\s+"
    r"(?:[\w'\u2019-]+\s+){0,2}?$"
)
_TOPIC_RE: Final = re.compile(
    r"(?=[d])\bdiscuss(?:ed|es|ing)?\s+(?:(?:the|this|that|these|those)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?)?$"
)
_DEFINITE_CRAFT_RE: Final = re.compile(
    rf"\b(?:(?:the|those|these|both)\s+(?:[\w-]+\s+){{0,2}}?{_AIRCRAFT}|it|they)\s+"
    r"(?:(?:had|has|have|were|was|had\s+been|been|allegedly|reportedly)\s+)*$"
)
# The last characters of a paragraph that ends as a sentence does (not a title line, a
# link or a page line).
_END_MARKS: Final = frozenset(".!?:;\"\u201d\u2019')]")
# "had come under fire", "had been fired on": the pluperfect of a retelling.
_PLUPERFECT_RE: Final = re.compile(r"\bhad\s+(?:been\s+|first\s+)?$")
# A relative clause naming a thing by what befell it: "did not mention the one that was
# shot down", "denied that the plane which had been downed was armed".
_RELATIVE_PASSIVE_RE: Final = re.compile(r"\b(?:that|which)\s+(?:was|were|had\s+been)\s+$")
_WEEK: Final = timedelta(days=7)
_DAY: Final = timedelta(days=1)
#: How long before the paper an incident told with its date is past news: one told undated
#: (the news of the day, its date read later or not at all) is not it.
_PAST_NEWS: Final = timedelta(days=31)
# A span of hours before an anchor: "hours after", "only hours after", "minutes before".
_HOURS_RE: Final = re.compile(
    r"(?:(?:only|just|mere|barely|a\s+few|some|several)\s+)?(?:hours|minutes|moments)\b",
    re.IGNORECASE,
)
# The dates coarser than a day, which a retelling's day may make precise.
_COARSE: Final = frozenset({"weekend", "week", "month"})
_ONE_DAY: Final = frozenset({"day", "part_of_day", "time"})
# How many sentences on a killing's victims may be said shot (a paragraph or two of talks
# and reactions may stand between).
_VICTIMS_REACH: Final = 6
# How many sentences on a definite noun may retell an incident ("The strikes late Sunday").
_RETOLD_REACH: Final = 4
# The nouns that retell an incident of each kind at the head of a later sentence.
_RETOLD_NOUNS: Final[dict[IncidentKind, tuple[str, ...]]] = {
    "shootdown": ("incident", "downing"),
    "shots_fired": (
        *("shelling", "clash", "clashes", "shooting", "incident", "shots", "firing", "fighting"),
    ),
    "airspace_violation": ("incursion", "intrusion", "incident", "violation"),
    "airstrike": ("strike", "strikes", "raid", "raids", "bombing", "aggression"),
    "attack": (
        *("attack", "attacks", "bombing", "explosion", "blast", "shooting", "raid", "raids"),
        "aggression",
        *("assault", "ambush"),
    ),
    "other": (
        *("seizure", "seizures", "detention", "detentions", "arrest", "arrests", "incident"),
        *("collision", "ramming", "boarding", "landing", "confrontation", "encounter"),
        "sinking",
    ),
}
_WEEKDAY_RE: Final = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_OVERNIGHT_RE: Final = re.compile(r"\bovernight\b")
_STEP_AFTER_RE: Final = re.compile(
    r"(?:just\s+|only\s+|barely\s+)?(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,2})\s+(?P<u>days?|weeks?)\s+(?P<dir>after|before)"
)
_STEP_RE: Final = re.compile(r"\b(?:after|before|later|earlier|ago)$", re.IGNORECASE)
# A step in apposition to a date, naming another event: "(June 27,) the day after".
_APPOSED_STEP_RE: Final = re.compile(r"the\s+day\s+(after|before)")
# Between a counted step and a date told in apposition to it: "earlier, on", "later - ".
_APPOSED_GAP_RE: Final = re.compile(r"\s?[,(\u2013\u2014-]\s?(?:on\s|in\s)?")
# The harm an incident does, named as a noun with its day after it: "the killing of a
# shepherd on 30 August", "the detention of 12 fishermen last Tuesday".
_HARM_NOUN_RE: Final = re.compile(
    r"\b(?:killing|killings|death|deaths|shooting|detention|seizure|arrest|abduction|"
    r"kidnapping|disappearance)\s+of\b"
)
# What a retelling says of its incident before the date: "The incident took place on".
# ("The collision, which happened early Monday"; "The shots were fired at about 4am")
_HAPPENED_RE: Final = re.compile(
    r",?\s+(?:(?:which|that)\s+)?(?:took\s+place|happened|occurred|unfolded|began|started|"
    r"was\s+reported|(?:(?:was|were)\s+)?(?:fired|launched|carried\s+out)|"
    r"(?:was|were)\s+(?:spotted|seen))\b"
)
# A later sentence taking up the held or downed of an incident by a pronoun or a definite noun
# and a passive verb of its kind: "They were arrested on Wednesday night while fishing".
# (the noun may take a clause between commas: "The vessel, which flies the flag of Togo,
# was stopped on Sunday"; "The boats were stopped on Saturday night")
_RETOLD_PASSIVE_RE: Final = re.compile(
    r"\W*(?:they|it|the\s+(?:[\w-]+\s+){0,2}?[a-z]+)(?:,[^,.;]{1,60},)?\s+(?:was|were|had\s+been)\s+"
    r"(?:(?P<held>arrested|detained|seized|boarded|intercepted|stopped|impounded|captured|"
    r"apprehended)|(?P<fired>shot(?!\s+down)|fired\s+(?:on|upon|at)|killed|wounded)|shot\s+down|"
    r"downed)\b"
)
# The kinds a passive retelling takes up, by its verb: the held of a seizure, the shot of
# shots fired or an attack ("The fishermen were shot on Saturday night"), the downed.
_PASSIVE_KINDS: Final[dict[str, frozenset[IncidentKind]]] = {
    "held": frozenset({"other"}),
    "fired": frozenset({"shots_fired", "attack"}),
    "": frozenset({"shootdown"}),
}
# A verb of the strike after a retelling noun, the day told later in its clause: "The strike
# hit" a vehicle somewhere "on" a named day.
_HEAD_HIT_RE: Final = re.compile(
    r"(?<!\s)\s+(?:hit|struck|targeted|destroyed|killed|wounded|landed)\b[^,;.]{0,80}"
)
# The head of a sentence whose incident its subject, told before, does: "The destroyer fired
# warning shots", "They opened fire" (the incident word right after it).
_SCENE_HEAD_RE: Final = re.compile(
    r"\W*(?:(?:the\s+(?:[\w-]+\s+){0,2}?[a-z]+(?<!\bincident)|they|it)\s+"
    r"(?:then\s+|later\s+|was\s+|were\s+|had\s+(?:been\s+)?)?|the\s+)$"
)
# A telling that opens a later sentence before the retold incident: "The skipper told the paper
# that the shooting began at about 2am on Wednesday".
_TOLD_THAT_RE: Final = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,3}?that)\s+(?:that\s)?")
_TOLD_THAT_REACH: Final = 96
# The head of a sentence taking up the incident told before it: "The strikes on Tuesday".
_RETOLD_HEAD_RE: Final = re.compile(
    r"\W*(?:the|those|these|that|this)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|"
    r"shelling|bombing|seizure|seizures|clash(?:es)?|shooting|explosion|blast|incident|"
    r"incursion|intrusion|detentions?|arrests?|shots|firing|downing|violation|collision|"
    r"ramming|boarding|landing|assault|ambush|fighting|confrontation|encounter|sinking|"
    r"aggression)\b"
)
# A later sentence telling where the weapon of an undated attack was fired from, and when:
# "The rocket was launched on Saturday evening"; "It was fired from Syrian territory on Sunday".
_LAUNCHED_RE: Final = re.compile(
    r"\W*(?:it|they|the\s+(?:[\w-]+\s+)?(?:rockets?|missiles?|shells?|mortars?|rounds?|"
    r"projectiles?))\s+(?:was|were|had\s+been)\s+(?:fired|launched)"
    r"(?:\s+(?:from|by)(?:\s+[\w'\u2019-]+){1,4}?(?=\s+(?:on|early|late|last|at|in|shortly|"
    r"before|after|just|yesterday|today|overnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))?"
)
# A later sentence on the loss of the aircraft an undated shootdown downed, with its day: "The
# jumbo jet disappeared near Sakhalin early Thursday"; "The Antonov vanished from radar".
_LOST_RE: Final = re.compile(
    r"\W*the\s+(?:[\w'\u2019-]+\s+){0,4}?(?:jet|plane|airliner|aircraft|airplane|boeing|"
    r"airbus|antonov|tupolev|ilyushin|drone|helicopter|bomber|fighter)\s+(?:disappeared|"
    r"vanished|crashed|went\s+down|came\s+down|was\s+lost)\b"
    r"(?:(?:\s+[\w'\u2019-]+){0,4}?(?=\s+(?:on|early|late|last|in|yesterday|today|overnight|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))?"
)
# A definite noun of the incident inside a later sentence, with a clause of its happening:
# "Three soldiers were killed in the attack, which happened on Thursday".
_RETOLD_WHICH_RE: Final = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?P<noun>[a-z]+),\s+(?:which|that)\s+"
    r"(?:took\s+place|happened|occurred|unfolded|began|started)\b"
)
# A day told from the day before another: "the previous evening", "the night before".
_PREVIOUS_RE: Final = re.compile(
    r"(?:on\s+)?the\s+(?:(?:previous|preceding)\s+(?:day|evening|night|morning|afternoon)|"
    r"(?:day|evening|night)\s+before)",
    re.IGNORECASE,
)
# A clock time alone, the day left to the story ("At about 4am, gunmen attacked"): the
# publication day only when no later sentence gives the day.
_CLOCK_ALONE_RE: Final = re.compile(
    r"(?:(?:at|around|about|shortly|just|before|after|some|approximately|\s)+)?"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs|hours|h)?(?:\s+local\s+time)?",
    re.IGNORECASE,
)


_TRIGGER_OF: Final[dict[IncidentKind, re.Pattern[str]]] = dict(_TRIGGERS)


@functools.cache
def _gate(kind: IncidentKind) -> re.Pattern[str]:
    """
    The yes-or-no gate (``diplomeet._word_gate``) of one kind's trigger pattern.

    The sentence gate asks only whether a kind's words stand in a sentence, which the gate
    answers at about a fifth of the cost of a search of the pattern. Each gate is compiled on
    its kind's ninth ask (:data:`_LAZY_GATES`), so a process that parses a few articles builds
    none (the gate of "other" alone takes about a seventh of a second).
    """
    pattern = _TRIGGER_OF[kind]
    source = gate_source(pattern.pattern)
    return pattern if source is None else re.compile(source)


#: Each kind's gate as the stage asks for it: built on its kind's ninth ask
#: (``diplomeet._word_gate.LazyGate``), the kind's pattern searched before.
_LAZY_GATES: Final[dict[IncidentKind, LazyGate]] = {
    kind: LazyGate(pattern, functools.partial(_gate, kind)) for kind, pattern in _TRIGGERS
}


def _gates() -> dict[IncidentKind, re.Pattern[str]]:
    """Every kind's gate, built now (for the tests)."""
    return {kind: _gate(kind) for kind, _ in _TRIGGERS}


def _ordinal_tally(low: str, clause: Segment, m: re.Match[str], when: TimeRef | None) -> bool:
    """Whether an ordinal before the incident word over a span makes it a tally's place."""
    return (
        when is None
        or when.granularity in _COARSE
        or when.granularity in _LONG_SPANS
        or when.text.lower().startswith("since ")
    ) and _ORDINAL_TALLY_RE.search(low, max(clause.start, m.start() - 24), m.start()) is not None


@attrs.define
class _Draft:
    kind: IncidentKind
    codes: list[str]
    summary: str
    evidence: Segment
    when: TimeRef | None
    casualties: int | None
    held: bool = False  # persons or ships held: a detention, a seizure
    reported: TimeRef | None = None  # the month it was reported in, if undated
    definite: bool = False  # told as "the seizure of ...", an incident known to the reader
    shooting: bool = False  # told by the noun "shooting": shots fired, or an attack
    noun: bool = False  # told by a noun ("Saturday's attack on"), not by a verb


def _clauses(low: str, sent: Segment) -> list[Segment]:
    out = []
    begin = sent.start
    for m in _BREAK_RE.finditer(low, sent.start, sent.end):
        if m.start() > begin:
            out.append(segment_of((begin, m.start())))
        begin = m.end()
    out.append(segment_of((begin, sent.end)))
    return out


def _number(word: str) -> int | None:
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    tens, _, units = word.partition("-")
    if units:
        ten, unit = _WORD_NUMBERS.get(tens), _WORD_NUMBERS.get(units)
        return ten + unit if ten is not None and unit is not None else None
    return _WORD_NUMBERS.get(word)


class _Reader:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.stems = find_stems(doc)
        self.low = self.stems.low
        self.drafts: list[_Draft] = []
        self.titles: list[_Draft] = []  # told in a title line before or after the story
        self.deaths: dict[int, int | None] = {}  # by sentence start
        self.runs: tuple[int, int] | None = None  # the title runs, read at the first draft

    def read(self) -> list[Incident]:
        sentences = self.doc.sentences
        # Only the sentences holding an incident stem are read, each once, in text order.
        for k, hits in self.stems.by_sentence(INCIDENT_STEMS):
            self.sentence(sentences[k], sentences[k + 1] if k + 1 < len(sentences) else None, hits)
        for d in self.drafts:
            if d.when is None or d.when.granularity in _COARSE or _clock_alone(d.when):
                self.retold_later(d, sentences)
        self.fold_shootings()
        self.dated_by_last_told()
        titled = self.titled()
        return [self.record(d) for d in (*titled, *self.drafts)]

    def dated_by_last_told(self) -> None:
        """
        Date an incident still undated by the last dated incident told before it.

        "Artillery shelled the border villages on Tuesday, the ministry said. ... Drones
        struck two army trucks near the pass": a story tells an incident's day once and its
        details in later paragraphs without one, so the detail takes the day of the incident
        told last before it ("In another case, ...", "Separately, ...": not that one).
        """
        last: TimeRef | None = None
        for d in sorted(self.drafts, key=lambda d: d.evidence.start):
            if d.when is not None:
                last = d.when
            elif _SEPARATE_CASE_RE.match(self.low, d.evidence.start) is None:
                d.when = last

    def fold_shootings(self) -> None:
        """
        Fold "the shooting" into the shots fired the story tells, when their dates agree.

        "agreed to investigate last week's shooting of fishermen ... Last Saturday, a patrol
        boat opened fire on their canoes": the noun names the incident told in full as shots
        fired (read as an attack only when nothing else tells it); so does "the killing of two
        herders by border guards" before "the guards fired on them on Friday".
        """
        fired = [d for d in self.drafts if d.kind == "shots_fired"]
        if not fired:
            return
        kept = []
        for d in self.drafts:
            into = next(
                (
                    f
                    for f in fired
                    if d.kind == "attack"
                    and d.shooting
                    and (d.when is None or f.when is None or _compatible(d.when, f.when))
                ),
                None,
            )
            if into is None:
                kept.append(d)
                continue
            if _deadly_ambush(d):
                # "a clash ... in which border guards were killed in an ambush", then "troops
                # opened fire without warning on a patrol": the ambush that killed is the
                # attack, the fire told later its detail
                into.kind = "attack"
                into.summary = d.summary
                into.evidence = d.evidence
            into.codes = into.codes or d.codes
            into.when = _finer(into.when, d.when)
            into.casualties = into.casualties if into.casualties is not None else d.casualties
        self.drafts = kept

    def titled(self) -> list[_Draft]:
        """
        The incidents told in title lines that the story itself does not tell.

        A headline left in the body ("Premiers meet as gunboat fires on trawler") tells the
        incident the story tells again: it adds none of its own when the story tells one of
        its kind.  Title lines after the story's end (links to other stories: "- Vietnam
        protests ship's attack on fishermen") are page furniture, no incident at all.
        """
        kept: list[_Draft] = []
        for t in self.titles:
            if self.runs is not None and t.evidence.start >= self.runs[1]:
                continue
            same = [d for d in self.drafts if d.kind == t.kind]
            if not same and t.kind == "attack":
                # "... after border attack on patrol" over a story telling the shots: the
                # headline's general word names the incident the story tells in full
                same = [d for d in self.drafts if d.kind in _STRIKES]
            if same:
                same[0].codes = same[0].codes or t.codes
            elif not any(k.kind == t.kind for k in kept):
                kept.append(t)
        return kept

    def retold_later(self, d: _Draft, sentences: list[Segment]) -> None:
        """
        Date an incident left undated (or to its month) by a retelling a few sentences on.

        "Hours after Israeli airstrikes hit military sites ... The strikes late Sunday
        targeted two depots": the definite noun opening a later sentence, of the incident's
        kind, with a day after it, takes up the incident and dates it.
        """
        k = bisect.bisect_right([s.start for s in sentences], d.evidence.start) - 1
        for nxt in sentences[k + 1 : k + 1 + _RETOLD_REACH]:
            t = self.retold_next(nxt, d.kind, strict=True)
            if t is None or t.start is None:
                continue
            if d.when is not None and _clock_alone(d.when):
                # "At about 4am, gunmen attacked ... The attack happened on Thursday": the
                # day of the retelling, at the clock time told first
                if t.granularity == "day":
                    d.when = attrs.evolve(
                        d.when,
                        value=t.start.isoformat() + d.when.value[10:],
                        start=t.start,
                        end=t.end,
                    )
                return
            if d.when is None or _compatible(d.when, t):
                d.when = _finer(d.when, t)
                return

    def sentence(self, sent: Segment, nxt: Segment | None, hits: list[int]) -> None:
        """Read the clauses of one sentence; ``hits`` are the offsets of its stems."""
        low = self.low
        if _STORY_LINK_RE.match(low, sent.start, sent.end) is not None:
            return  # a link to another story: its headline
        if not any(
            gate_search(_LAZY_GATES[kind](), pattern, low, sent.start, sent.end)
            for kind, pattern in self.kinds(hits)
        ):
            return  # an incident word read in a clause is read in the whole sentence too
        k = 0
        for clause in _clauses(low, sent):  # the clauses and the hits are in text order
            while k < len(hits) and hits[k] < clause.start:
                k += 1
            inside = []
            while k < len(hits) and hits[k] < clause.end:
                inside.append(hits[k])
                k += 1
            if inside:
                self.clause(sent, clause, nxt, inside)

    def kinds(self, hits: list[int]) -> list[tuple[IncidentKind, re.Pattern[str]]]:
        """The kinds of incident words some of whose stems stand at ``hits``."""
        low = self.low
        found: set[IncidentKind] = set()
        for h in hits:
            m = _STEM_RE.match(low, h)
            if m is not None:
                found |= _STEM_KINDS[m.group()]
        return [(kind, pattern) for kind, pattern in _TRIGGERS if kind in found]

    def clause(self, sent: Segment, clause: Segment, nxt: Segment | None, hits: list[int]) -> None:
        kinds = self.kinds(hits)
        if not kinds:
            return
        low = self.low
        body = low[clause.start : clause.end]
        if _CLAIM_RE.match(body) or self.denied(sent, clause):
            return
        habitual = _HABITUAL_RE.search(body) is not None
        # the first incident told: a second of another kind may stand beside it ("fired on a
        # patrol boat and seized two fishing vessels")
        first: tuple[IncidentKind, int, int, TimeRef | None] | None = None
        found = self.words(kinds, clause)
        for word_kind, m in found:
            if first is not None and not self.second(first, word_kind, m):
                continue
            verdict = self.judged(word_kind, sent, clause, m, habitual=habitual)
            if verdict == "none":
                return
            if verdict == "next":
                continue
            kind = _cyber(self.deadly(word_kind, clause, m), m)
            draft = self.drafted(kind, sent, clause, m, self.own_stretch(found, clause, m))
            if draft is None or self.set_aside(draft, clause, m):
                return
            draft.casualties = self.casualties(sent, nxt)
            if first is not None and kind == first[0] and not self.dated_apart(first[3], draft):
                continue  # the same act told twice: "fired on the boat and hit its bridge"
            draft.when = draft.when or self.neighbours_date(draft, sent, nxt, m)
            self.keep(draft, sent, clause, m)
            if first is not None:
                return
            first = (kind, m.start(), m.end(), draft.when)
            # (a word of the same kind later in the clause: "... in a drone strike last Friday")
            found.extend(self.words([(word_kind, _TRIGGER_OF[word_kind])], clause, m.end()))

    def words(
        self,
        kinds: list[tuple[IncidentKind, re.Pattern[str]]],
        clause: Segment,
        start: int | None = None,
    ) -> list[tuple[IncidentKind, re.Match[str]]]:
        """The first incident words of each kind in the clause (from ``start`` if given)."""
        at = clause.start if start is None else start
        # (the gate skips to the first word where the pattern matches, if any)
        return [
            (kind, m)
            for kind, pattern in kinds
            if (m := gate_find(_LAZY_GATES[kind](), pattern, self.low, at, clause.end)) is not None
        ]

    def set_aside(self, draft: _Draft, clause: Segment, m: re.Match[str]) -> bool:
        """Whether the clause tells a past age's, a run's, a reaction's or a downing's words."""
        return (
            self.historical(clause, m, draft.when)
            or self.many(clause, m, draft.when)
            or self.reacted_to(draft, clause, m)
            or self.downed(draft, clause, m)
        )

    def drafted(
        self,
        kind: IncidentKind,
        sent: Segment,
        clause: Segment,
        m: re.Match[str],
        stretch: Segment,
    ) -> _Draft | None:
        """The incident ``m`` tells, dated by its ``stretch``; None if no country is told."""
        body = self.low[clause.start : clause.end]
        codes = self.codes(kind, sent, clause, m)
        if codes is None:
            return None
        lead = _LEAD_WORDS_RE.match(body)
        start = clause.start + (lead.end() if lead else 0)
        summary = self.text[start : clause.end].strip().rstrip(".,;:")
        return _Draft(
            kind=kind,
            codes=codes,
            summary=summary,
            evidence=sent,
            when=self.when(sent, stretch, m),
            casualties=None,  # (counted by the caller)
            reported=self.reported(sent, clause),
            held=m.groupdict().get("seize") is not None,
            definite=self.definite(clause, m)
            or self.vessels_retold(kind, body)
            or self.boarded_told(m),
            # (the noun, not the verb of "raided a village, shooting dead two herders")
            # (and "shot and wounded two fishermen last week", the fire told in full
            # elsewhere: "the fishermen were fired on by a patrol on February 3")
            shooting=(
                m.group().startswith(("shooting", "killing")) and not m.group().endswith("dead")
            )
            or _SHOT_AND_RE.match(m.group()) is not None
            # "closed since last month's deadly clash": the fire told in full elsewhere
            or _CLASH_NOUN_RE.match(m.group()) is not None,
            noun=_NOMINAL_RE.match(m.group()) is not None,
        )

    def second(
        self,
        first: tuple[IncidentKind, int, int, TimeRef | None],
        kind: IncidentKind,
        m: re.Match[str],
    ) -> bool:
        """
        Whether ``m`` tells a second incident beside the clause's first one.

        Its words stand after the first's, apart from them, and are of another kind: "fired
        on a patrol boat and seized two fishing vessels", "in retaliation for the killing of a
        commander in a drone strike last Friday"; not the same act told twice.
        """
        if m.start() >= first[2]:
            between = (first[2], m.start())
        elif m.end() <= first[1]:
            between = (m.end(), first[1])
        else:
            return False
        if _ANSWERED_RE.search(self.low, *between) is not None:
            return True
        # (one kind twice only as the act answered: "intercepted two boats on Wednesday and
        # detained nine fishermen, who were handed over on Saturday" is one seizure)
        # (or told in a relative clause on the target of the first: "fired warning shots at a
        # drone that crossed the demarcation line")
        return kind != first[0] and (
            _AND_WORD_RE.search(self.low, *between) is not None
            or (m.start() >= first[2] and _THAT_IN_RE.search(m.group()) is not None)
        )

    def own_stretch(
        self,
        found: list[tuple[IncidentKind, re.Match[str]]],
        clause: Segment,
        m: re.Match[str],
    ) -> Segment:
        """
        The stretch of the clause that dates the incident told by ``m``.

        Where the clause tells incidents of two kinds and two dates, each is dated by its own
        stretch, up to the other's words: "fired rockets at the embassy on Sunday in
        retaliation for the killing of a commander in a drone strike last Friday".
        """
        start, end = clause.start, clause.end
        for _, o in found:
            if o.start() < m.end() and m.start() < o.end():
                continue
            if o.end() <= m.start():
                start = max(start, m.start())  # the later one: dated after its words
            else:
                end = min(end, o.start())
        if (start, end) == (clause.start, clause.end) or (
            self.told_dates(clause.start, clause.end) < 2 or not self.told_dates(start, end)
        ):
            return clause
        return Segment(start, end)

    def dated_apart(self, first: TimeRef | None, draft: _Draft) -> bool:
        """Whether a second incident of the first's kind has a day of its own, told apart."""
        return first is not None and draft.when is not None and not _compatible(first, draft.when)

    def told_dates(self, start: int, end: int) -> int:
        """How many dates stand between ``start`` and ``end``, a dateline's not counted."""
        return sum(
            1
            for t in self.doc.dates_in(start, end)
            if t.span is not None and not self.in_dateline(t.span.start, t.span.end)
        )

    def judged(
        self,
        kind: IncidentKind,
        sent: Segment,
        clause: Segment,
        m: re.Match[str],
        *,
        habitual: bool,
    ) -> str:
        """The :meth:`verdict` on a clause, "none" for a habit told without one day."""
        if habitual and not self.one_day(sent, clause, m):
            return "none"
        if kind in {"shots_fired", "airspace_violation"} and self.struck_after(kind, clause, m):
            return "next"
        if _NAMED_AS_RE.search(self.low, max(clause.start, m.start() - 32), m.start()):
            # "condemned the strikes as a violation of its airspace": a name for an act told
            return "none"
        return self.verdict(kind, clause, m)

    def struck_after(self, kind: IncidentKind, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether the clause tells a strike that the crossing or the fire led to.

        "Jets crossed the Line of Control and dropped bombs near army posts" and "fired a
        dozen ballistic missiles at two bases" are airstrikes: the crossing is the way in, the
        missiles' fire the strike.
        """
        if kind == "shots_fired" and "missile" not in m.group():
            return False
        # (after the crossing, not in its words: "mock raids by jets over Tyre" is no strike)
        start = m.start() if kind == "shots_fired" else m.end()
        return (
            gate_find(
                _LAZY_GATES["airstrike"](), _TRIGGER_OF["airstrike"], self.low, start, clause.end
            )
            is not None
        )

    def one_day(self, sent: Segment, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether a clause with a habitual word tells one day's incident all the same.

        "Jets repeatedly violated the country's airspace on Tuesday" and "shelled villages on
        Saturday, forcing dozens of families to flee" tell one incident on a day; "have
        repeatedly violated its airspace" and "fires on dozens of villages" tell a habit.
        """
        when = self.when(sent, clause, m)
        return when is not None and when.granularity in _ONE_DAY

    def keep(self, draft: _Draft, sent: Segment, clause: Segment, m: re.Match[str]) -> None:
        """Merge the draft into those told, or keep it aside when told in a title line."""
        if self.runs is None:
            self.runs = _title_runs(self.doc)
        if sent.start < self.runs[0] or sent.start >= self.runs[1]:
            self.titles.append(draft)  # weighed against the story's incidents at the end
            return
        # "the downing of their planes", undated: the incident already told, retold; so is
        # "Peru said its patrol had come under fire first" (a past before the story's past)
        retold = draft.when is None and (
            (
                _NOMINAL_RE.match(m.group()) is not None
                and self.low.endswith("the ", clause.start, m.start())
            )
            or _PLUPERFECT_RE.search(self.low, max(clause.start, m.start() - 12), m.start())
            is not None
        )
        if self.named_by_its_fate(draft, clause, m) or (
            draft.when is None and self.drafts and self.quoted_claim(sent, m)
        ):
            return  # a side's quoted words about an incident the story already tells
        if draft.when is None and draft.kind == "attack" and self.detail_of_last(draft, sent, m):
            return
        if _RETOLD_FIRE_RE.match(m.group()) is not None and self.low.endswith(
            "the ", clause.start, m.start()
        ):
            # "It said the rounds were fired by Azerbaijani units": the shells or rounds of
            # an attack or shots told before, whoever fired them (and when: "the shells hit
            # a residential area shortly after midnight", of shelling told overnight)
            # (the bombs of a raid told before: "two of the bombs landed in a Maravian
            # village", of jets that struck a depot across the frontier)
            kinds = {"attack", "shots_fired"} | (
                {"airstrike"} if m.group().startswith("bomb") else set()
            )
            for d in reversed(self.drafts):
                if d.kind in kinds and (
                    draft.when is None or d.when is None or _compatible(d.when, draft.when)
                ):
                    d.codes = d.codes + [c for c in draft.codes if c not in d.codes]
                    d.when = _finer(d.when, draft.when) if d.when is None else d.when
                    return
        if self.dead_of_told(draft, clause):
            return
        draft.when = (
            self.told_before(sent) if draft.when is None else self.clock_of_last(draft.when, sent)
        )
        self.merge(draft, retold=retold)

    def clock_of_last(self, when: TimeRef, sent: Segment) -> TimeRef:
        """
        A clock time alone, on the day of the last incident the story told with its day.

        A seizure told "on Monday night", then, sentences later, shots fired "at about" a
        clock time with no day and a boarding: the clock is of the act the story is telling,
        not of another day a sentence between names ("told the paper last evening"). Not for
        an incident told apart ("In a separate incident, ..."), nor when its sentence holds a
        day of its own.
        """
        if (
            not _clock_alone(when) or _SEPARATE_CASE_RE.match(self.low, sent.start) is not None
        ) or any(not _clock_alone(t) for t in self.doc.dates_in(sent.start, sent.end)):
            return when
        last = next(
            (
                d.when
                for d in reversed(self.drafts)
                if d.when is not None and d.when.granularity in {"day", "part_of_day"}
            ),
            None,
        )
        if last is None or last.start is None or last.start == when.start:
            return when
        return attrs.evolve(
            when, value=last.start.isoformat() + when.value[10:], start=last.start, end=last.end
        )

    def named_by_its_fate(self, draft: _Draft, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether the incident words only name a thing told before by what befell it.

        "KCNA claimed Thursday the drones were on a training flight and did not mention the
        one that was shot down": the shootdown told before, not a new one (nor its day the
        claim's).
        """
        return (
            any(d.kind == draft.kind for d in self.drafts)
            and _RELATIVE_PASSIVE_RE.search(self.low, max(clause.start, m.start() - 20), m.start())
            is not None
        )

    def dead_of_told(self, draft: _Draft, clause: Segment) -> bool:
        """
        Whether an undated clause counts the dead of fire told before: merged there.

        "Armenia said two of its soldiers were killed in the clash": the dead of the clash or
        shelling the story has told, not an attack of their own.
        """
        if (
            draft.when is not None
            or draft.kind not in {"attack", "shots_fired"}
            or _KILLED_IN_THE_RE.search(self.low, clause.start, clause.end) is None
        ):
            return False
        for d in reversed(self.drafts):
            if d.kind in {"attack", "shots_fired"}:
                d.casualties = d.casualties if d.casualties is not None else draft.casualties
                return True
        return False

    def detail_of_last(self, draft: _Draft, sent: Segment, m: re.Match[str]) -> bool:
        """
        Whether an undated shell that hit tells the fire of the sentence before: merged there.

        "The trawler was fired on by a gunboat last Thursday. A shell struck its bow": one
        incident, the second sentence its detail, not an attack of its own.
        """
        if not self.drafts or _SHELL_HIT_RE.match(m.group()) is None:
            return False
        last = self.drafts[-1]
        if last.kind not in {"shots_fired", "attack", "airstrike"} or (
            self.text[last.evidence.end : sent.start].strip()
        ):
            return False
        last.codes = last.codes + [c for c in draft.codes if c not in last.codes]
        last.casualties = last.casualties if last.casualties is not None else draft.casualties
        return True

    def quoted_claim(self, sent: Segment, m: re.Match[str]) -> bool:
        """
        Whether the incident words are quoted speech, or a reported claim quoting its words.

        '"This was a reckless attack on a civilian vessel," the command said' and 'Tass said
        the Chinese had opened fire "at point-blank range"' (undated, after the incident was
        told) are a side's account of it, not an incident of their own.
        """
        text = self.text
        straight = text.count('"', sent.start, m.start())
        if straight % 2 == 1 or text.count("\u201c", sent.start, m.start()) > text.count(
            "\u201d", sent.start, m.start()
        ):
            return True
        told = text[sent.start : sent.end]
        return ('"' in told or "\u201c" in told) and (
            _REPORTING_RE.search(self.low, sent.start, m.start()) is not None
        )

    def denied(self, sent: Segment, clause: Segment) -> bool:
        """
        Whether the clause is what a denial rejects: "rejected claims that ...".

        Also a claim denied right after it: a claim that a ship was sunk followed by ", but
        this was denied", or a claim that a plane was downed followed by ", which the army
        denied".
        """
        return (
            clause.start > sent.start
            and _DENIED_HEAD_RE.search(self.low, max(sent.start, clause.start - 80), clause.start)
            is not None
        ) or _DENIED_AFTER_RE.match(self.low, clause.end, sent.end) is not None

    def codes(
        self, kind: IncidentKind, sent: Segment, clause: Segment, m: re.Match[str]
    ) -> list[str] | None:
        """The countries involved, or None when none is named and nothing armed is told."""
        codes = countries_in(self.doc, clause.start, clause.end)
        for pair in _PAIR_RE.finditer(self.text, clause.start, clause.end):
            # "the Thai-Cambodian border", "India-Pakistan clashes": both sides in one word
            sides = [COUNTRY_NAMES.get(w) or DEMONYMS.get(w) for w in pair.groups()]
            codes += [c for c in sides if c is not None and c not in codes and None not in sides]
        if not codes and (
            kind == "airspace_violation" or self.low.startswith(("when ", "since "), clause.start)
        ):
            # "a drone crashed in Moldova after straying into its airspace": the airspace
            # is told in a clause of its own, its owner in the sentence; "two Pakistani
            # guards were killed when a bomber rammed a convoy": the victims' main clause
            # (and "the ministers of A and B met, the first time since clashes in March")
            codes = countries_in(self.doc, sent.start, sent.end)
        if (
            not codes
            and kind not in {"shootdown", "airstrike"}
            and not self.armed(clause, m)
            and not (kind == "attack" and self.deadly_attack(sent, m))
            and not self.retold_held(clause, m)
            and not (self.definite(clause, m) and any(d.kind == kind for d in self.drafts))
        ):
            return self.victims_retold(kind, sent, clause, m)
        if not codes and self.drafts and self.drafts[-1].kind != kind:
            codes = list(self.drafts[-1].codes)  # the same conflict, told on
        return codes

    def victims_retold(
        self, kind: IncidentKind, sent: Segment, clause: Segment, m: re.Match[str]
    ) -> list[str] | None:
        """
        The countries of a killing told just before, when its victims are said shot, on a day.

        "agreed to investigate the killing of two fishermen by Botswana soldiers earlier this
        month. ... The two men were shot on the night of 2 November": the later sentence (up
        to ``_VICTIMS_REACH`` on, no other incident told between) names no country and tells
        the same killing with its day (folded into it at the end).
        """
        if (
            kind != "shots_fired"
            or not self.drafts
            or not m.group().startswith("shot")
            or not self.low.endswith(("was ", "were "), clause.start, m.start())
        ):
            return None
        last = self.drafts[-1]
        if not last.shooting or last.evidence.end > sent.start or not last.codes:
            return None
        sentences = self.doc.sentences
        k = bisect.bisect_right([s.start for s in sentences], sent.start) - 1
        if sentences[max(0, k - _VICTIMS_REACH)].start > last.evidence.start:
            return None  # only a few sentences after the killing, none told between
        when = self.when(sent, clause, m)
        if when is None or when.granularity != "day":
            return None
        if last.when is not None and not _compatible(last.when, when):
            return None
        return list(last.codes)

    def deadly(self, kind: IncidentKind, clause: Segment, m: re.Match[str]) -> IncidentKind:
        """
        The kind of the incident told by ``m``: an attack where a clash, or fire, kills.

        Two sides that "exchanged fire", or a soldier "killed in an exchange of fire",
        whatever it left, fired shots; a deadly clash, shootout or artillery fire is the
        attack, but not one in which border troops killed smugglers or infiltrators trying
        to cross (a border held by fire); and camps or villages "shelled" across a border
        are shots fired over it, as the exchanges of artillery along a line are.
        """
        low = self.low
        groups = m.groupdict()
        aimed = self.aimed(kind, clause, m)
        if aimed is not None:
            return aimed
        if (
            groups.get("folk_clash")  # a deadly clash of two lands' herders or villagers
            or (
                (groups.get("clash") or groups.get("firenoun") or groups.get("barrage"))
                and _KILLED_RE.search(low, clause.start, clause.end)
                # "killed by sniper fire from across the line": a sniper's shots, whom they hit
                and _SNIPER_RE.search(m.group()) is None
                and not _CROSSERS_KILLED_RE.search(low, clause.start, clause.end)
                # "the clashes, in which the two armies exchanged artillery fire, killed 14":
                # told as an exchange, two sides fired, whatever it left
                and not _EXCHANGED_RE.search(low, clause.start, clause.end)
            )
        ) or self.raiders_killed(kind, clause, m):
            return "attack"
        if (
            kind == "attack"
            and m.group().startswith("shell")
            # (rebels shelling one post of an army attack it: "resistance fighters shelled a
            # junta outpost"; their shelling of "army positions" is fire along a front)
            and (
                _NON_STATE_RE.search(low, clause.start, m.start()) is None
                or _FRONT_POSTS_RE.match(low, m.end(), clause.end) is not None
            )
            and (
                self.fire_over_border(clause)
                # "artillery shelled the outposts": one army's fire on the other's positions
                or _MILITARY_POSTS_RE.match(low, m.end(), clause.end)
            )
        ):
            return "shots_fired"  # artillery fire across a border, whatever it hit
        if (
            kind == "attack"
            and _SHOT_RE.search(m.group()) is not None
            and (
                _BORDER_FORCE_RE.search(low, clause.start, clause.end)
                # "shot dead by a sniper on the frontier": a sniper's shot
                or _SNIPER_RE.search(low, clause.start, clause.end)
            )
        ):
            return "shots_fired"  # "shot dead by Indian border guards": a border shooting
        if (
            kind == "attack"
            and m.group().startswith("shot")
            and _AT_THE_BORDER_RE.search(low, clause.start, clause.end)
            and _BY_BORDER_FORCE_RE.search(low, m.end(), clause.end)
        ):
            # "a youth was shot dead by border guards near the border": a border held by fire
            return "shots_fired"
        return kind

    def fire_over_border(self, clause: Segment) -> bool:
        """
        Whether the clause names a border that shelling came over, not a town's name for it.

        "shelled villages along the border" is fire across it (shots fired); "shelled the
        Eritrean border town of Zalambessa" or "the frontier village of Ban Sangam" names a
        town that was shelled (an attack): the border there only says where the town lies.
        """
        low = self.low
        return any(
            _BORDER_TOWN_OF_RE.match(low, b.end()) is None
            for b in _BORDER_RE.finditer(low, clause.start, clause.end)
        )

    def folk_killed(self, clause: Segment) -> bool:
        """
        Whether herders or villagers of two countries clashed and someone died.

        The clause names two countries, and the dead are in the clause, just after it, or in
        the one its "when" hangs on ("seven people were killed when herders from A and B
        clashed", "villagers of A and B clashed over water rights, leaving four dead").
        """
        low = self.low
        return len(set(countries_in(self.doc, clause.start, clause.end))) > 1 and (
            _KILLED_RE.search(low, clause.start, clause.end) is not None
            # ", leaving four dead" told after the clause
            or _DEAD_NEXT_RE.match(low, clause.end) is not None
            or (
                low.startswith("when ", clause.start)
                and _KILLED_RE.search(low, max(0, clause.start - 80), clause.start) is not None
            )
        )

    def raiders_killed(self, kind: IncidentKind, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether gunmen's fire killed: "gunmen opened fire on a bus, killing nine" (an attack).

        Armed men (not troops: their fire over a border stays shots fired) who "opened fire"
        or "fired", with the dead in the clause or in the one the "when" clause hangs on ("two
        engineers were killed when gunmen opened fire on their convoy").
        """
        low = self.low
        return (
            kind == "shots_fired"
            and m.group().startswith(("opened fire", "open fire", "fired", "firing"))
            and _RAIDERS_RE.search(low, clause.start, m.start()) is not None
            and (
                _KILLED_RE.search(low, m.end(), clause.end) is not None
                or (
                    low.startswith("when ", clause.start)
                    and _KILLED_RE.search(low, max(0, clause.start - 80), clause.start) is not None
                )
            )
        )

    def on_forces(self, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether an attack is one state's forces firing on another's: a border clash.

        "Chinese troops ambushed a Soviet patrol", "a unit of the army crossed the border and
        attacked a Honduran patrol", and "the shooting of May 19 against a patrol" (no
        attacker named) are shots fired; "gunmen attacked an army post", "troops attacked
        rebel positions" stay attacks.
        """
        low = self.low
        word = m.group()
        if word.startswith(("attacked", "ambushed")) and (
            _BEEN_BEFORE_RE.search(low, max(clause.start, m.start() - 12), m.start())
        ):
            # told passive: "a Honduran patrol was ambushed by Nicaraguan troops", "its
            # troops had been attacked by Eritrean forces"
            by = _BY_FORCES_RE.match(low, m.end(), clause.end)
            return (
                by is not None
                and _FORCES_HIT_RE.search(low, max(clause.start, m.start() - 80), m.start())
                is not None
                and _NON_STATE_RE.search(low, clause.start, by.end()) is None
            )
        if word.startswith(("attacked", "ambushed")):
            target = _ON_FORCES_RE.match(low, m.end(), clause.end)
            if target is None or not _STATE_FORCES_RE.search(
                low, max(clause.start, m.start() - 80), m.start()
            ):
                return False
            if _SEVERAL_POSTS_RE.match(low, m.end(), clause.end):
                # "troops had attacked three of its frontier posts", "attacked border posts
                # at several points": an assault on a line of posts, an attack
                return False
        elif word.endswith("shooting"):
            target = _SHOOTING_ON_FORCES_RE.match(low, m.end(), clause.end)
            if target is None:
                return False
        else:
            return False
        return _NON_STATE_RE.search(low, clause.start, target.end()) is None

    def at_a_town(self, m: re.Match[str]) -> bool:
        """
        Whether rockets or missiles were fired at a town or a place named, not at forces.

        Also rockets "fired from Gaza (by militants)" that "struck (hit, landed in)" one.
        """
        if _ROCKETS_AT_RE.search(m.group()) is not None:
            at = m.end()
        elif (
            _ROCKETS_FIRED_RE.match(m.group()) is not None
            and (hit := _THEN_HIT_RE.match(self.low, m.end())) is not None
        ):
            # "Katyusha rockets fired from Lebanon hit Kiryat Shmona": the town they hit
            at = hit.end()
        else:
            return False
        while at < len(self.text) and self.text[at].isspace():
            at += 1
        if _AT_A_TOWN_RE.match(self.low, at) is not None:
            return True
        return self.text[at : at + 1].isupper() and _AT_FORCES_RE.match(self.low, at) is None

    def aimed(self, kind: IncidentKind, clause: Segment, m: re.Match[str]) -> IncidentKind | None:
        """
        The kind an attack or a strike takes from what made it and what it hit, or None.

        Warplanes or drones that "attacked", "a drone and missile attack", "attacked the
        port with drones": strikes from the air, as "drones struck" and "a drone strike"
        are; "the missile strike on the tanker": a ship hit, an attack.
        """
        low = self.low
        if kind == "attack" and _DEBRIS_OF_RE.search(
            low, max(clause.start, m.start() - 60), m.start()
        ):
            # "debris from a Russian drone fell near the village": a wreck, no attack
            return "other"
        if kind == "attack" and self.on_forces(clause, m):
            return "shots_fired"  # one state's forces on another's patrol: a border clash
        if kind == "attack" and (
            (
                m.group().startswith("attacked")
                and (
                    _AIR_ATTACKER_RE.search(low, max(clause.start, m.start() - 60), m.start())
                    or _WITH_DRONES_RE.search(low, m.end(), min(clause.end, m.end() + 100))
                )
            )
            or (
                _DRONE_ATTACK_RE.search(low, max(clause.start, m.start() - 30), m.end())
                # "the drone attack on (that targeted) a container ship": a ship hit, an attack
                and not _ON_A_SHIP_RE.match(low, m.end())
                and not _SHIP_TARGETED_RE.match(low, m.end())
            )
        ):
            return "airstrike"
        noun = _DRONE_ATTACK_RE.match(low, m.start()) if kind == "airstrike" else None
        if (
            (
                kind == "airstrike"
                and m.group().startswith(("missile strike", "drone strike"))
                and _ON_A_SHIP_RE.match(low, m.end())
            )
            or (
                # "the drone attack that targeted a container ship": a ship hit, an attack
                noun is not None and _SHIP_TARGETED_RE.match(low, noun.end())
            )
            or (
                kind == "shots_fired"
                and (_TERROR_ATTACK_RE.search(low, clause.start, clause.end) or self.at_a_town(m))
            )
        ):
            # "the missile strike on the tanker": a ship hit; "opened fire on diners ... in a
            # terrorist attack": the attack the clause names
            return "attack"
        if (
            kind == "airstrike"
            and m.group().startswith("bombing")
            and _OF_A_PLANE_RE.match(low, m.end())
        ) or (
            kind == "shots_fired"
            and m.group().startswith(("shells", "rounds", "rockets", "mortar"))
            and _CIVILIANS_KILLED_RE.search(low, max(0, clause.start - 120), clause.end)
            and not _ACROSS_RE.search(low, clause.start, clause.end)
        ):
            # "the bombing of a Russian airliner": a bomb on board; "five civilians were
            # killed when shells fired from rebel-held hills fell on a camp": shelling of
            # people (shells from across a border are shots fired over it, whatever they hit)
            return "attack"
        return None

    def downed(self, draft: _Draft, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether an undated intrusion is that of aircraft the text told shot down before.

        "Havana insists the planes had violated Cuban airspace", after the shootdown: the
        aircraft named with "the" (or "it", "they") are the ones downed, and their way into
        the airspace is part of that incident, not one of its own.
        """
        if draft.kind != "airspace_violation" or draft.when is not None:
            return False
        return any(d.kind == "shootdown" for d in self.drafts) and (
            _DEFINITE_CRAFT_RE.search(self.low, max(clause.start, m.start() - 40), m.start())
            is not None
        )

    def definite(self, clause: Segment, m: re.Match[str]) -> bool:
        """Whether the incident is told as a definite noun: "the burning of the boats"."""
        return _NOMINAL_RE.match(m.group()) is not None and self.low.endswith(
            "the ", clause.start, m.start()
        )

    def vessels_retold(self, kind: IncidentKind, body: str) -> bool:
        """
        Whether a seizure is told of boats the story named before: "The dhows ... were stopped".

        "the case of four dhows detained by the Coast Guard on October 22. The dhows, with 23
        crew on board, were stopped for fishing without a licence inside Omani waters": the
        definite vessels opening the clause are those of a seizure told before, and the two
        tellings are one incident even when each names only one side.
        """
        if kind != "other" or not self.drafts:
            return False
        lead = _LEAD_WORDS_RE.match(body)
        return _THE_VESSELS_RE.match(body, lead.end() if lead else 0) is not None

    def reacted_to(self, draft: _Draft, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether the incident word is what someone reacted to, told before: merged there.

        "He condemned the attacks on the port": an incident the text has told already, of
        the same kind or, in the plural, as a series; the clause's date is the reaction's.
        """
        low = self.low
        if _TOPIC_RE.search(low, max(clause.start, m.start() - 64), m.start()) and not any(
            t.span is not None and t.start is not None and t.span.start > m.start()
            for t in self.doc.dates_in(m.start(), clause.end)
        ):
            # "met on Monday to discuss the North's latest missile launch": a topic of the
            # talks, with no date of its own (not "discussed the detention of three boats
            # in December")
            for d in reversed(self.drafts):
                if d.kind == draft.kind:
                    d.codes = d.codes or draft.codes
                    break
            return True
        reaction = _REACTION_RE.search(low, max(clause.start, m.start() - 48), m.start())
        if reaction is None:
            return False
        if (
            draft.when is not None
            and draft.when.span is not None
            and draft.when.span.end <= reaction.start()
        ):
            # "Bangladesh on Thursday raised the killing of a man by the BSF": the day is the
            # reaction's; the incident, told before or after, has its own
            draft.when = None
        if not self.drafts:
            return False
        for d in reversed(self.drafts):
            # ("Kenya protested the shooting on Sunday", of soldiers who fired across the
            # border: the fire told before, though "the shooting" reads as an attack)
            if d.kind == draft.kind or (draft.kind == "attack" and d.kind == "shots_fired"):
                d.codes = d.codes or draft.codes
                return True
        return m.group().startswith(("attacks", "strikes"))

    def weapon_or_craft(self, nxt: Segment, kind: IncidentKind) -> int | None:
        """
        Where a later sentence on the weapon fired or the aircraft downed ends, if it does.

        "The rocket was launched on Saturday evening" (of a rocket told landing), "The jumbo
        jet disappeared near Sakhalin early Thursday" (of a shootdown told undated).
        """
        m: re.Match[str] | None = None
        if kind in ("attack", "shots_fired"):
            m = _LAUNCHED_RE.match(self.low, nxt.start, nxt.end)
        elif kind == "shootdown":
            m = _LOST_RE.match(self.low, nxt.start, nxt.end)
        return m.end() if m is not None else None

    def retold_head(self, nxt: Segment, kind: IncidentKind, *, strict: bool) -> int | None:
        """
        Where the words taking up an incident told before end in a later sentence, if they do.

        A definite noun at its head ("The strikes on Tuesday"; with ``strict``, a noun of the
        incident's kind), or after a telling ("The skipper told the paper that the shooting
        began ..."); or a pronoun or definite noun with a passive verb of the incident's kind
        ("They were arrested on Wednesday night", of fishermen detained).
        """
        low = self.low
        weapon = self.weapon_or_craft(nxt, kind)
        if weapon is not None:
            return weapon
        passive = _RETOLD_PASSIVE_RE.match(low, nxt.start, nxt.end)
        if passive is not None and kind in _PASSIVE_KINDS[passive.lastgroup or ""]:
            return passive.end()
        head = _RETOLD_HEAD_RE.match(low, nxt.start, nxt.end)
        if head is None:
            told = _TOLD_THAT_RE.search(low, nxt.start, min(nxt.end, nxt.start + _TOLD_THAT_REACH))
            if told is not None:
                head = _RETOLD_HEAD_RE.match(low, told.end(), nxt.end)
        if head is None and strict:
            which = _RETOLD_WHICH_RE.search(low, nxt.start, nxt.end)
            if which is not None and which.group("noun") in _RETOLD_NOUNS[kind]:
                return which.end("noun")
        if head is None or (strict and not head.group().rstrip().endswith(_RETOLD_NOUNS[kind])):
            return None
        return head.end()

    def retold_next(
        self, nxt: Segment, kind: IncidentKind, *, strict: bool = False
    ) -> TimeRef | None:
        """
        The date of an undated incident retold at the head of the next sentence.

        "Drones struck fuel depots in the city. The strikes on Tuesday were the first in
        two weeks": the definite noun opening the sentence takes up the incident before.
        """
        end = self.retold_head(nxt, kind, strict=strict)
        if end is None:
            return None
        # "The incident took place on Tuesday morning": the verb of its happening between
        happened = _HAPPENED_RE.match(self.low, end, nxt.end)
        at = happened.end() if happened is not None else end
        reach = at + 24
        if happened is None and (hit := _HEAD_HIT_RE.match(self.low, end, nxt.end)) is not None:
            # "The strike hit" a vehicle somewhere "on" a named day and a part of it: the
            # day within the clause of the strike's verb
            at, reach = hit.end(), hit.end() + 24
        for t in self.doc.dates_in(end, min(nxt.end, reach)):
            if (
                t.span is not None
                and t.start is not None
                # (after its verb, a part of the day may stand first: "carried out" at first
                # light "today")
                and t.span.start <= at + (16 if happened is not None else 8)
                # "The strike came a day after ...": a step from another event's date
                and not _STEP_RE.search(t.text)
            ):
                return t
        return None

    def neighbours_date(
        self, draft: _Draft, sent: Segment, nxt: Segment | None, m: re.Match[str]
    ) -> TimeRef | None:
        """The date of an incident its sentence leaves undated, read in the next or the last."""
        when = self.retold_next(nxt, draft.kind) if nxt is not None else None
        return when if when is not None else self.scene_before(sent, m)

    def scene_before(self, sent: Segment, m: re.Match[str]) -> TimeRef | None:
        """
        The day of the scene the sentence before set, for an incident its actors then do.

        "On Tuesday night, two Iranian speedboats approached a destroyer in the Gulf. The
        destroyer fired warning shots": the sentence opens on a definite noun or a pronoun
        taking up one of the last sentence's actors, in the same paragraph, and that
        sentence, telling no incident of its own, holds one day, not a telling's.
        """
        low = self.low
        if _SCENE_HEAD_RE.match(low, sent.start, m.start()) is None:
            return None
        sentences = self.doc.sentences
        k = bisect.bisect_right([s.start for s in sentences], sent.start) - 1
        if k < 1:
            return None
        prev = sentences[k - 1]
        if "\n" in self.text[prev.end : sent.start] or any(
            prev.start <= d.evidence.start < prev.end for d in self.drafts
        ):
            return None
        days = [
            t
            for t in self.doc.dates_in(prev.start, prev.end)
            if t.span is not None
            and t.start is not None
            and t.start == t.end
            and not self.in_dateline(t.span.start, t.span.end)
        ]
        span = days[0].span if len(days) == 1 else None
        if span is None:
            return None
        if _TOLD_ON_RE.search(low, prev.start, span.start) or _TOLD_NEXT_RE.match(low, span.end):
            return None  # "the ministry said on Tuesday": the day of a telling
        return days[0]

    def told_before(self, sent: Segment) -> TimeRef | None:
        """
        The day of an undated incident that goes on from the sentence before it.

        "A trawler was stopped by a patrol boat on Friday. The crew said the sailors fired
        warning shots before boarding": the incident told just before, in the same
        paragraph, dates the one that follows; so does the harm named with its day ("The
        killing of a herder on 4 May angered Kabul. The man was shot by guards while ...").
        """
        sentences = self.doc.sentences
        k = bisect.bisect_right([s.start for s in sentences], sent.start) - 2
        before = sentences[max(k, 0)]
        if (
            k < 0
            or "\n" in self.text[before.end : sent.start]  # another paragraph
            # a sentence with a date of its own (a telling's, a step's; not one of a later
            # step told after ", and was": "was later seized, and was returned on 13 May")
            or any(
                t.start is not None
                and t.span is not None
                and not _AND_LATER_RE.search(self.low, sent.start, t.span.start)
                for t in self.doc.dates_in(sent.start, sent.end)
            )
        ):
            return None
        # (or the incident the sentence before merged into one told earlier, with the day
        # it gave: "..., days after drones crossed the border. On Monday, four drones
        # crossed the line. The military brought down one of them")
        last = next(
            (d for d in (*self.drafts, *self.titles) if d.evidence.start == before.start),
            None,
        ) or next(
            (
                d
                for d in self.drafts
                if d.when is not None
                and d.when.span is not None
                and before.start <= d.when.span.start < before.end
            ),
            None,
        )
        if last is not None:
            when = last.when
            return when if when is not None and when.granularity == "day" else None
        harm = _HARM_NOUN_RE.search(self.low, before.start, before.end) or (
            # a named boat that "was boarded early" on a day, then shots fired "before the
            # boarding" in the next sentence:
            # the act the sentence before told passive, with its day
            _RETOLD_PASSIVE_RE.match(self.low, before.start, before.end)
        )
        if harm is None:
            return None
        for t in self.doc.dates_in(harm.end(), before.end):
            if (
                t.span is not None
                and t.granularity == "day"
                and not _STEP_RE.search(t.text)
                and not _TOLD_ON_RE.search(self.low, harm.end(), t.span.start)
            ):
                return t
        return None

    def historical(self, clause: Segment, m: re.Match[str], when: TimeRef | None) -> bool:
        """
        Whether the incident is history recalled, not news: "the 1988 downing of an airliner".

        An adjectival year before the incident noun earlier than the publication year, or a
        date that ended more than a year before publication ("In 1999 jets shot down ...").
        """
        published = self.doc.published
        if published is None:
            return False
        # "the 1995 shooting of a doctor" (the year inside the words of the incident) is
        # history whatever the clause's date ("a warrant issued Monday ... in the 1995 ...")
        inner = _INNER_YEAR_RE.match(m.group())
        if inner is not None and int(inner.group(1)) < published.year:
            return True
        if when is not None and when.end is not None:
            # ordinals, not dates: no sum before year 1
            return when.end.toordinal() < published.toordinal() - _HISTORY.days and (
                when.end.year < published.year - 1
            )
        year = _ADJECTIVE_YEAR_RE.search(self.low, max(clause.start, m.start() - 24), m.start())
        return year is not None and int(year.group(1)) < published.year

    def many(self, clause: Segment, m: re.Match[str], when: TimeRef | None) -> bool:
        """
        Whether the clause tells many incidents at once, not one.

        Undated plural "attacks on" ("accountable for attacks on shipping") is a series; a
        seizure or detention counted as an estimate ("over", "more than", "nearly") over no
        shorter time than a year, or since a day or month, is a tally: "Over 500 fishermen
        were arrested in 2024", "more than 1,200 herders have been detained since 2020".
        """
        if (when is None and m.group().startswith("attacks")) or (
            m.group().startswith(_SERIES)
            and _STRING_OF_RE.search(self.low, max(clause.start, m.start() - 24), m.start())
        ):
            # ("followed a string of attacks on" some ports "since" a date: a run of
            # them, whatever date the clause holds)
            return True
        if (
            when is None
            and m.group().startswith(_SERIES)
            and _MORE_RE.search(self.low, max(clause.start, m.start() - 12), m.start())
        ):
            return True  # "more airstrikes are needed": strikes wished for, none told
        # ("airspace violations": the pattern's "violation" may stop short of the "s")
        plural = any(w.endswith("s") for w in m.group().split()[:2]) or self.low.startswith(
            "s", m.end()
        )
        if plural and _TREND_BEFORE_RE.search(
            self.low, max(clause.start, m.start() - 32), m.start()
        ):
            return True  # "escalating cyberattacks", "repeated incursions": a run of them
        if (
            m.group().startswith(_SERIES) and _TREND_RE.search(self.low, clause.start, clause.end)
        ) or _ordinal_tally(self.low, clause, m, when):
            # "attacks on peacekeepers have risen": a trend of a tally; "the third violation
            # of its airspace since September": a place in one
            return True
        if (
            plural
            and (when is None or when.granularity in _COARSE or when.granularity in _LONG_SPANS)
            and _COUNTED_NOUN_RE.match(m.group())
            and _COUNTED_RE.search(self.low, max(clause.start, m.start() - 40), m.start())
        ):
            return True  # "four airspace violations since January": counted over a span
        return (
            (
                m.groupdict().get("seize") is not None
                # a running count: "had intercepted more than N boats ... since" a month
                or m.group().startswith(("intercept", "apprehend"))
            )
            # (or a span run on to now: "more than 180 fishermen have been arrested since
            # January", "over 40 trawlers seized since March")
            and (
                when is None
                or when.granularity in _LONG_SPANS
                or when.text.lower().startswith("since ")
            )
            and _TALLY_RE.search(self.low, clause.start, clause.end) is not None
        )

    def verdict(self, kind: IncidentKind, clause: Segment, m: re.Match[str]) -> str:
        """
        Whether the incident word ``m`` of ``kind`` tells an incident in ``clause``.

        Returns "told"; "none" when the clause tells no incident at all (negated, unreal,
        a drill, a figure of speech); "next" when another kind of word may tell one.
        """
        low = self.low
        if (
            _NEGATED_RE.search(low, max(clause.start, m.start() - 30), m.start())
            or _UNREAL_RE.search(low, clause.start, m.start())
            or _NOT_NOW_RE.search(low, max(clause.start, m.start() - 60), m.start())
            or _RECALLED_RE.search(low, max(clause.start, m.start() - 40), m.start())
            or _PROSPECT_RE.search(low, max(clause.start, m.start() - 80), m.start())
            # (the subject inside the incident's words too: "soldiers might have fired")
            or _CONJECTURE_RE.search(low, max(clause.start, m.start() - 24), m.end())
            or _INVERTED_IF_RE.match(low, clause.start, m.start())
            or self.untold(clause, m)
        ):
            return "none"
        if _SUCH_RE.search(low, max(clause.start, m.start() - 24), m.start()):
            # "cut the trawl of a Hull trawler, the first such clash since ...": the act
            # told before named again by a kind's word, which another word may tell
            return "next"
        if kind == "shootdown":
            told = _AIRCRAFT_RE.search(low, clause.start, clause.end) is not None
            return "told" if told else "next"
        if kind != "airspace_violation" and _DRILL_RE.search(low, clause.start, clause.end):
            return "none"  # fired, launched or struck in a drill (an intrusion is one still)
        if kind in {"attack", "shots_fired"} and (
            self.figurative(clause, m)
            or _CIVIL_RE.search(low, clause.start, clause.end)
            or self.policing(clause, m)
        ):
            return "none"
        return "told" if self.fits(kind, clause, m) else "next"

    def policing(self, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether the police shoot at a crowd, or at someone in one country with no border.

        "Riot police fired rubber bullets at demonstrators", "police shot dead a man at a
        checkpoint in the capital": policing inside a country, no incident between states
        (border police firing at a foreign boat is one still).
        """
        low = self.low
        police = _POLICE_RE.search(low, clause.start, m.start())
        if police is None or _POLICE_TOLD_RE.match(low, police.end(), m.start()) is not None:
            # ("Police in a province said soldiers fired at canoes": the police told it, others
            # fired)
            return False
        if _CROWD_RE.search(low, clause.start, clause.end) is not None:
            return True
        return (
            _BORDER_RE.search(low, clause.start, clause.end) is None
            and len(set(countries_in(self.doc, clause.start, clause.end))) <= 1
        )

    def untold(self, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether the incident word is a purpose, a supposition or an adjective.

        "More air defences to shoot down missiles" (a verb's base form after "to", not
        "managed to"); "a drone strike on civilians would be a war crime"; "to release
        detained fishermen", "the detained herders" (a participle used as an adjective).
        """
        low = self.low
        if _SUPPOSED_RE.match(low, m.end(), clause.end):
            return True
        if (
            _INFINITIVE_RE.match(m.group())
            and _TO_RE.search(low, max(clause.start, m.start() - 24), m.start())
            and not self.decided(m)
        ):
            return True
        return (
            _PARTICIPLE_RE.match(m.group()) is not None
            and _ADJECTIVE_HELD_RE.search(low, max(clause.start, m.start() - 12), m.start())
            is not None
        )

    def decided(self, m: re.Match[str]) -> bool:
        """
        Whether "is to expel" tells an expulsion decided, as the news tells it.

        "Britain is to expel 23 diplomats" and "Norway is to expel two envoys" announce an
        expulsion already ordered (not a purpose, as "troops to shoot down drones" is).
        """
        return m.group().startswith("expel") and (
            _DECIDED_RE.search(self.low, max(0, m.start() - 8), m.start()) is not None
        )

    def armed(self, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether the incident is armed, so it needs no country named.

        An armed word, a ship sunk or seized, or an armed actor in the clause ("rebels
        ambushed a convoy"), but not plural "attacks on", as often a habit or a figure as one
        incident.
        """
        groups = m.groupdict()
        if (
            groups.get("armed") is not None
            or groups.get("armed_across") is not None
            or groups.get("armed_bow") is not None
            or groups.get("armed_by") is not None
            or groups.get("armed_infiltration") is not None
            or groups.get("armed_line") is not None
            or groups.get("ship") is not None
        ):
            return True
        if (
            groups.get("seize") is not None
            and groups.get("reduced") is None
            and _VESSEL_RE.search(m.group()) is not None
        ):
            return True
        if _EXPLOSION_RE.search(m.group()) or _RESPONSIBILITY_RE.search(
            self.low, max(clause.start, m.start() - 60), m.start()
        ):
            # "a roadside bomb exploded as their patrol passed": armed in itself; so is what
            # a group "claimed responsibility for"
            return True
        if groups.get("firenoun") is not None and _FROM_ACROSS_RE.match(self.low, m.end()):
            return True  # "unprovoked firing from across the border": one side's on the other
        if m.group().startswith(("missile strike", "drone strike")) or _FIRE_EXCHANGED_RE.match(
            m.group()
        ):
            # "the missile strike on the tanker", "since the exchange of fire near the lake":
            # armed in themselves
            return True
        return (
            not m.group().startswith("attacks")
            and _ARMED_RE.search(self.low, clause.start, clause.end) is not None
        )

    def deadly_attack(self, sent: Segment, m: re.Match[str]) -> bool:
        """
        Whether "an attack" told once (not "attacks") left a count of dead after it.

        "An attack on a camp on Monday left nine people dead", "the attack on a convoy, in
        which one driver was killed": an armed assault whoever made it, with no country or
        armed actor named.
        """
        word = m.group()
        return (
            word.startswith(_DEADLY_NOUNS)
            and _DEAD_AFTER_RE.search(self.low, m.end(), min(sent.end, m.end() + 160)) is not None
        )

    def figurative(self, clause: Segment, m: re.Match[str]) -> bool:
        """Whether "attacked", "fired at" or "under fire" is said of words, not arms."""
        low = self.low
        if m.groupdict().get("folk_clash"):
            return False  # herders "clashed over water rights": over land or water, in arms
        if _FIGURATIVE_BEFORE_RE.search(low, max(clause.start, m.start() - 40), m.end()):
            return True
        if m.group().startswith(("came", "come")) and _UNDER_FIRE_RE.match(low, m.end()):
            return True
        if _FIGURATIVE_AFTER_RE.match(low, m.end(), clause.end) is not None:
            return True
        idiom = _IDIOM_AFTER_RE.match(low, m.end(), clause.end) is not None or (
            # "a real shot at succeeding": the noun "a shot", then a verb in -ing
            _NOUN_SHOT_RE.search(low, max(clause.start, m.start() - 30), m.start()) is not None
            and _GERUND_AFTER_RE.match(low, m.end(), clause.end) is not None
        )
        if idiom and not _FIRED_BEFORE_RE.search(low, max(clause.start, m.start() - 30), m.start()):
            return True  # "a real shot at winning", "firing on all cylinders"
        # "he attacked her over ...": a person attacked with no arms in the clause
        return (
            m.group().startswith("attacked")
            and _PERSON_OBJECT_RE.match(low, m.end(), clause.end) is not None
            and _ARMED_RE.search(low, clause.start, clause.end) is None
        )

    def fits(self, kind: IncidentKind, clause: Segment, m: re.Match[str]) -> bool:
        """Whether a word that tells an incident only in some company has it in the clause."""
        low, start, end = self.low, clause.start, clause.end
        groups = m.groupdict()
        ok = True
        if kind in {"attack", "shots_fired"} and _CYBER_RE.search(low, start, end):
            ok = False  # a cyber attack is read by its own words (an ``attack``: see _cyber)
        elif groups.get("clash"):
            # armed men or a border, and no crowd: "border guards clashed", not "protesters"
            ok = (
                self.folk_killed(clause)
                if groups.get("folk_clash")
                else _ARMED_RE.search(low, start, end) is not None
                or _BORDER_RE.search(low, start, end) is not None
                # "Israeli and Egyptian patrols clashed in the Sinai"
                or _PATROLS_RE.search(low, start, end) is not None
            ) and _CROWD_RE.search(low, start, end) is None
        elif groups.get("struck"):
            # "pounded positions with artillery": a ground attack, read as one
            ok = _GROUND_FIRE_RE.search(low, start, end) is None
        elif groups.get("aerial") or groups.get("jumped"):
            # "the bombing of" by aircraft; "two jets jumped a patrol bomber": aircraft on
            # both sides (the one before the verb read here)
            ok = (
                _AIRCRAFT_RE.search(low, start, m.start() if groups.get("jumped") else end)
                is not None
            )
        elif groups.get("missile"):
            ok = _VESSEL_RE.search(low, m.end(), end) is None  # not a ship hit
        elif (
            groups.get("sea")
            or groups.get("collide")
            or groups.get("collided")
            or groups.get("master")
        ):
            ok = self.at_sea(clause, groups)
        elif groups.get("seize") and not _VESSEL_RE.search(m.group()):
            if (
                # people taken over a border: the border makes it another land's, so one
                # country named is enough, the captors' or the captives'
                groups.get("across")
                or _FOREIGN_HELD_RE.search(m.group())
                or m.group().endswith(("embassy", "consulate"))
            ):
                # a person held: a foreigner, so a country named (and an embassy seized is
                # always another country's: "students seized the American embassy")
                ok = bool(countries_in(self.doc, start, end))
            else:
                ok = self.held_abroad(clause, m)
        elif (
            groups.get("territory")
            or groups.get("ousted")
            or groups.get("drove")
            or groups.get("boarded")
            or groups.get("stopped")
            or groups.get("commando")
        ):
            ok = self.abroad(clause, m)
        return (
            ok
            and not (kind == "airspace_violation" and self.over_a_ship(m))
            and not (groups.get("ashore") and _SHORE_LEAVE_RE.search(low, start, end))
            # "three officers, who were killed when their helicopter crashed": the dead
            and not (groups.get("crash") and not _KILLED_RE.search(low, max(0, start - 80), start))
            # "(the tanker Hana Star,) which Iranian commandos seized": a ship just before
            and not (
                groups.get("which")
                and _SHIP_BEFORE_RE.search(low, max(0, m.start() - 48), m.start()) is None
            )
        )

    def over_a_ship(self, m: re.Match[str]) -> bool:
        """
        Whether an aircraft "flew (low) over" a ship, not a land: no one's airspace.

        A plane that "flew low over" a ship by its name, in a story that named it after "the
        coast guard vessel": the name told after a ship's noun, or the noun itself ("flew
        low over an Icelandic gunboat").
        """
        if not m.group().endswith("over"):
            return False
        after = _OVER_WHAT_RE.match(self.text, m.end())
        if after is None:
            return False
        if after.group("noun") is not None:
            return True
        name = after.group("name")
        return any(n.group(1) == name for n in _SHIP_NAMED_RE.finditer(self.text))

    def at_sea(self, clause: Segment, groups: dict[str, str | None]) -> bool:
        """
        Water cannon with a ship in the clause, a collision with a state's ship.

        Also a master "instructed to leave", of a ship in the clause (not a meeting's).
        """
        if groups.get("master"):
            return _SHIP_WORD_RE.search(self.low, clause.start, clause.end) is not None
        if groups.get("sea"):
            return _VESSEL_RE.search(self.low, clause.start, clause.end) is not None
        return self.state_craft(clause)

    def state_craft(self, clause: Segment) -> bool:
        """
        Whether a collision at sea is an incident: a state's ship or two countries in it.

        "A coast guard cutter collided with a Vietnamese trawler" and "a Chinese trawler
        collided with a Japanese patrol boat" are; "two fishing boats collided in fog off the
        island" is an accident.
        """
        low, start, end = self.low, clause.start, clause.end
        return (
            _STATE_CRAFT_RE.search(low, start, end) is not None
            or len(set(countries_in(self.doc, start, end))) > 1
        )

    def land_taken(self, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether the land a state's forces took is named and another country is in the clause.

        "Argentine forces seized the Falklands, a British colony": a place's name (written
        with a capital, no nationality: not "captured Ukrainian soldiers") or a place noun,
        and two countries named in the clause.
        """
        word = self.text[m.end() - len(m.group().split()[-1]) : m.end()]
        if not word[:1].isupper() or word in DEMONYMS:
            return False
        return len(set(countries_in(self.doc, clause.start, clause.end))) > 1

    def abroad(self, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether people expelled, a ship boarded, land or a raid concern another country.

        A commando raid names two countries or a border ("raided a base across the border",
        not "raided a drug den in the capital"); the others are read as detentions are.
        """
        if m.groupdict().get("territory") is not None:
            return self.land_taken(clause, m)
        if m.groupdict().get("commando") is None:
            return self.held_abroad(clause, m) or self.boarded_told(m)
        low, start, end = self.low, clause.start, clause.end
        codes = set(countries_in(self.doc, start, end))
        return (
            len(codes) > 1
            or _BORDER_RE.search(low, start, end) is not None
            or _ACROSS_RE.search(low, start, end) is not None
            # a state's commandos on an airport ("Israeli commandos raided Beirut airport",
            # "raided the airfield at Entebbe"): a raid abroad, the city seldom in our tables
            or (bool(codes) and _RAIDED_AIRPORT_RE.match(low, m.end() - len("raided")) is not None)
        )

    def held_abroad(self, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether herders, drivers, journalists held or expelled are another country's.

        Their country is told in the words of the detention itself (before the noun, or
        between the verb and it), and the clause names two countries.
        """
        lo = m.start() if _HOLDING_RE.match(m.group()) else max(clause.start, m.start() - 30)
        return (
            (
                bool(countries_in(self.doc, lo, m.end()))
                and len(set(countries_in(self.doc, clause.start, clause.end))) > 1
            )
            or self.abducted_by_force(clause, m)
            or self.retold_held(clause, m)
        )

    def abducted_by_force(self, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether a state's named force abducted (kidnapped) the people held.

        A force of some country that entered a village, searched homes and "abducted"
        villagers: a state's troops arrest at home and abduct abroad, so
        the force's country told before the verb is enough (not gunmen of no country
        who abducted herders, nor police who arrested them at home).
        """
        return (
            m.group().startswith(("abduct", "kidnap"))
            and _FORCE_BEFORE_RE.search(self.low, clause.start, m.start()) is not None
            and bool(countries_in(self.doc, clause.start, m.start()))
        )

    def boarded_told(self, m: re.Match[str]) -> bool:
        """
        Whether "boarded the vessel" takes up a ship told held before, by its definite noun.

        "... after a Chinese trawler was detained near the rise. -- Navy sailors boarded the
        vessel on 24 February": the ship of the detention told, another country's, though the
        clause names only the boarding state.
        """
        groups = m.groupdict()
        if groups.get("boarded") is None and groups.get("stopped") is None:
            return False
        return _DEFINITE_SHIP_RE.search(m.group()) is not None and any(
            d.held and d.evidence.end <= m.start() for d in self.drafts
        )

    def retold_held(self, clause: Segment, m: re.Match[str]) -> bool:
        """
        Whether "the farmers were detained on Sunday" retells a detention already told.

        The held are named with "the", the clause names no country, and a detention or
        seizure was told before: the retelling merges into it (and may date it).
        """
        return (
            m.groupdict().get("seize") is not None
            and _HOLDING_RE.match(m.group()) is None
            and self.low.endswith("the ", clause.start, m.start())
            and any(d.held for d in self.drafts)
            and not countries_in(self.doc, clause.start, clause.end)
        )

    def when(self, sent: Segment, clause: Segment, trig: re.Match[str]) -> TimeRef | None:
        """A date in the clause, or the date the clause hangs on ("May 3, when ...")."""
        found = self.clause_date(sent, clause, trig)
        if found is not None and _PREVIOUS_RE.fullmatch(found.text):
            found = self.before_telling(sent, found)
        published = self.doc.published
        if (
            found is not None
            and published is not None
            and found.granularity == "day"
            and found.start is not None
            and found.end is not None
            and 0 < (found.start - published).days <= _WEEK.days  # no sum past 9999
            and found.start.toordinal() > _WEEK.days  # the week before is in the calendar
            and _WEEKDAY_RE.search(found.text.lower())
        ):
            # "punishing Cuba for Saturday's downing", read in a forward-looking clause as
            # the Saturday to come: what has happened is the Saturday before the report
            start, end = found.start - _WEEK, found.end - _WEEK
            found = attrs.evolve(
                found, value=start.isoformat() + found.value[10:], start=start, end=end
            )
        if (
            found is not None
            and published is not None
            and _clock_alone(found)
            and found.start is not None
            and found.start > published
        ):
            # "fired two warning rounds at about 10 p.m.", after a talk of "next Tuesday": the
            # clock time of a day the story does not name, never one after the paper's
            return None
        return found

    def clause_date(self, sent: Segment, clause: Segment, trig: re.Match[str]) -> TimeRef | None:
        """The date of the clause, as :meth:`when` reads it before any correction."""
        low = self.low
        nominal = bool(_NOMINAL_RE.match(trig.group())) or (
            # "protested on Tuesday the water cannon attack", "condemned the ramming of": a
            # noun after "the", dated by its own words, not by the protest's
            _THE_NOUN_RE.match(trig.group()) is not None
            and _THE_BEFORE_NOUN_RE.search(low, max(clause.start, trig.start() - 30), trig.start())
            is not None
        )
        inside = [
            t
            for t in self.doc.dates_in(clause.start, clause.end)
            if t.span is not None
            and t.start is not None
            and not (
                nominal
                and t.span.start < trig.start()
                and t.span.start > clause.start + 3
                # "yesterday's attack", "Sunday's seizure of": the incident's own date
                and not _POSSESSIVE_RE.match(low, t.span.end - 2, trig.start())
                and not _POSSESSIVE_RE.match(low, t.span.end, trig.start())
                # "killed on Sunday during an exchange of fire": the deaths' day is its own
                and not _DIED_ON_RE.search(low, max(clause.start, t.span.start - 20), t.span.start)
                # "foiled on Saturday, during which four were killed in an exchange of fire":
                # the day of the event the relative clause tells of
                and _DURING_WHICH_RE.search(low, t.span.end, trig.start()) is None
            )
            # "..., Manila said Wednesday": the day it was told, not the day it happened
            and not (
                t.span.start > trig.end() and _TOLD_ON_RE.search(low, trig.end(), t.span.start)
            )
            # "SEOUL, Jan. 8 (Yonhap) --": the day of the report
            and not self.in_dateline(t.span.start, t.span.end)
            # "the tanker Sea Lark (built 2009) was boarded": the ship's year, not the act's
            and not _BUILT_IN_RE.search(low, max(clause.start, t.span.start - 16), t.span.start)
            # "India today accused China of opening fire on a post": the day of the charge
            and not (
                t.span.end <= trig.start()
                and _ACCUSED_OF_RE.fullmatch(low, t.span.end, trig.start()) is not None
            )
            # "summoned the envoy on Tuesday to protest a drone strike": the summons's day
            and not (
                t.span.end <= trig.start()
                and _SUMMONED_BEFORE_RE.search(low, t.span.end, trig.start()) is not None
            )
            # "the navy said on Tuesday it had impounded a tanker": the day of the telling,
            # the act told in a perfect before it
            and not (
                t.span.end <= trig.start()
                and _TOLD_ON_RE.search(low, max(clause.start, t.span.start - 40), t.span.start)
                and _PERFECT_AFTER_RE.match(low, t.span.end, trig.start())
            )
        ]
        # "glide bombs kill nine a day after a strike on Kharkiv": the step runs into the
        # clause of the other event, and its value is that event's day; the clause's own
        # is a day on from it
        # (unless the other event is dated after it: "a day after the leaders met on
        # Tuesday" already counts from the Tuesday to the clause's own day)
        stepped = [
            self.stepped_back(t)
            if t.span is not None
            and t.span.end > clause.end
            and not self.doc.dates_in(t.span.end, sent.end)
            else t
            for t in inside
        ]
        inside = [t for t in stepped if t is not None]
        for t in inside:
            if (
                t.span is not None
                and t.span.end <= trig.start()
                and (
                    _POSSESSIVE_RE.match(low, t.span.end, trig.start())
                    or _POSSESSIVE_RE.match(low, t.span.end - 2, trig.start())
                )
            ):
                # "agreed on Tuesday to reopen a crossing closed since last month's deadly
                # clash": the time that owns the incident word dates it, not the clause's
                return t
        if len(inside) > 1:
            # "told parliament on Tuesday that ... had detained ... on Friday": the day of
            # the telling gives way to another
            inside = [
                t
                for t in inside
                if t.span is not None
                and not _TOLD_ON_RE.search(low, clause.start, t.span.start)
                # "News reached Delhi on Monday that troops had clashed on Sunday"
                and not (
                    t.span.start < trig.start()
                    and _NEWS_OF_RE.search(low, clause.start, t.span.start)
                )
                # "The Government today accused aircraft of strafing a post on Saturday"
                and not (t.span.end <= trig.start() and _TOLD_NEXT_RE.match(low, t.span.end))
                # "A day later, the guard reported that jets had violated ... on Sunday",
                # "protested today that warplanes had violated ... on Wednesday": the day
                # of the report that the incident's clause hangs on
                and not (
                    t.span.end <= trig.start()
                    and self.told_that_after(t.span.end, clause.start, trig.start())
                )
            ] or inside
        # "Three weeks earlier, on 2 June, soldiers fired": the day told outright in
        # apposition to a count from another event is the incident's own
        inside = inside[1:] if self.apposed_date(inside) else inside
        if inside:
            if inside[0].granularity != "day":
                # "earlier in the week, ... intercepted a drone on Thursday": the day told
                # after the incident word dates it
                first = inside[0].span
                for t in inside:
                    if (
                        t.granularity == "day"
                        and t.span is not None
                        and t.span.start > trig.start()
                    ):
                        if (
                            first is not None
                            and first.end <= t.span.start
                            and _LATER_VERB_RE.search(low, first.end, t.span.start)
                        ):
                            # "fishermen arrested last weekend were released on Thursday":
                            # the day is the release's, a verb of its own after the first date
                            break
                        return t
            return inside[0]
        if _NEWS_OF_RE.search(self.low, clause.start, trig.start()):
            # "hours after news reached London that a gunboat had fired": the day the news
            # came is not the day of the shots
            return None
        return (
            self.anchored(sent, clause)
            or self.provoked_on(sent, clause)
            or self.begun_on(sent, clause)
            or self.overnight(sent, clause)
            or self.clocked(sent)
        )

    def told_that_after(self, date_end: int, floor: int, trig: int) -> bool:
        """Whether a verb of telling and its "that" stand after ``date_end``, before ``trig``."""
        told = _TELLING_THAT_RE.search(self.low, max(floor, date_end - _TELLING_REACH), trig)
        return told is not None and told.end() > date_end

    def clocked(self, sent: Segment) -> TimeRef | None:
        """
        The day of the story's lede for an incident told at a clock time alone.

        "The coast guard condemns the actions of ... yesterday, 2 September. ... At 7:02 AM,
        a vessel fired its water cannon at ...": a log of the day the lede names, by the
        clock (the lede's first day, not after the publication day).
        """
        published = self.doc.published
        if published is None or _CLOCK_OPEN_RE.match(self.low, sent.start, sent.end) is None:
            return None
        if self.runs is None:
            self.runs = _title_runs(self.doc)
        lede = next((p for p in self.doc.paragraphs if p.end > self.runs[0]), None)
        if lede is None or lede.start >= sent.start:
            return None
        for t in self.doc.dates_in(max(lede.start, self.runs[0]), lede.end):
            if t.granularity == "day" and t.start is not None and t.start <= published:
                return t
        return None

    def apposed_date(self, inside: list[TimeRef]) -> bool:
        """
        Whether the second date is a day set in apposition right after the first, a step.

        "Three weeks earlier, on 2 June", "Two days later - on Friday -": the step (a count
        from another event, "earlier", "later", "ago") and the day told outright name one
        day, and the one told outright is the exact one.
        """
        if len(inside) < 2:
            return False
        step, told = inside[0], inside[1]
        if step.span is None or told.span is None or not _STEP_RE.search(step.text):
            return False
        if _STEP_RE.search(told.text) or told.granularity != "day":
            return False
        return _APPOSED_GAP_RE.fullmatch(self.low, step.span.end, told.span.start) is not None

    def begun_on(self, sent: Segment, clause: Segment) -> TimeRef | None:
        """
        The day a relative clause right after an undated incident gives it.

        "They condemned the armed attack on the port, which began on October 29": the
        relative clause is the incident's own, so its date is the incident's.
        """
        m = _BEGAN_NEXT_RE.match(self.low, clause.end)
        if m is None:
            return None
        for t in self.doc.dates_in(clause.end, min(sent.end, m.end() + 40)):
            if t.span is None or t.start is None or t.span.start > m.end() + 3:
                continue
            return t
        return None

    def before_telling(self, sent: Segment, found: TimeRef) -> TimeRef:
        """
        "The previous evening" counted from the day the sentence tells it, not the report's.

        "The night before, rangers had fired on a patrol, the ministry said on Thursday":
        the day of the telling in the same sentence is the day the step counts from.
        """
        for t in self.doc.dates_in(sent.start, sent.end):
            if (
                t.span is not None
                and t is not found
                and t.granularity == "day"
                and t.start is not None
                and t.start.toordinal() > 1
                and _TOLD_ON_RE.search(self.low, max(sent.start, t.span.start - 40), t.span.start)
            ):
                day = t.start - timedelta(days=1)
                return attrs.evolve(
                    found, value=day.isoformat() + found.value[10:], start=day, end=day
                )
        return found

    @staticmethod
    def stepped_back(t: TimeRef) -> TimeRef | None:
        """
        The day of the event before "a day (two weeks) after" another, from that other's day.

        ``t`` is the step's date, the other event's ("X a day after Y" gives Y's day): X is
        that many days on (back, for "before"); None when the step is not in days or weeks.
        """
        step = _STEP_AFTER_RE.fullmatch(t.text.lower())
        if step is None:
            return t if not t.text.lower().endswith(("after", "before")) else None
        count = _number(step["n"]) if step["n"] not in {"a", "an"} else 1
        if count is None or t.granularity != "day" or t.start is None:
            return None
        days = count * (7 if step["u"].startswith("week") else 1)
        if step["dir"] == "before":
            days = -days
        try:
            day = t.start + timedelta(days=days)
        except OverflowError:
            return None
        return attrs.evolve(t, value=day.isoformat(), start=day, end=day)

    def provoked_on(self, sent: Segment, clause: Segment) -> TimeRef | None:
        """
        The day of the act an undated incident answered: "fired warning shots after ...".

        "Troops fired warning shots after a patrol boat crossed the line on Monday evening,
        the army said Tuesday": the shots answered the crossing, on its day (the first day
        told in the "after" clause, or its evening, not the day it was told).
        """
        low = self.low
        m = _AFTER_NEXT_RE.match(low, clause.end)
        if m is None:
            return None
        for t in self.doc.dates_in(m.end(), sent.end):
            if t.span is None or t.start is None or self.in_dateline(t.span.start, t.span.end):
                continue
            if t.start != t.end or _TOLD_ON_RE.search(low, m.end(), t.span.start):
                return None
            return t
        return None

    def overnight(self, sent: Segment, clause: Segment) -> TimeRef | None:
        """
        The day of the report for an incident told "overnight" in a sentence with no date.

        "Air defences shot down 40 drones launched overnight": the night before the
        publication day, which news dates by the morning it ends (the day of the report).
        """
        published = self.doc.published
        if (
            published is None
            or _OVERNIGHT_RE.search(self.low, clause.start, clause.end) is None
            or self.doc.dates_in(sent.start, sent.end)
        ):
            return None
        last = self.drafts[-1].when if self.drafts else None
        if (
            last is not None
            and last.start is not None
            and last.start == last.end
            and _RETOLD_HEAD_RE.match(self.low, sent.start, sent.end) is not None
        ):
            # "A drone entered its airspace early on Thursday. The incursion happened during
            # a massive overnight attack on ...": the night of the incident taken up
            return last
        day = published.isoformat()
        return TimeRef(
            text="overnight", value=day, start=published, end=published, granularity="day"
        )

    def in_dateline(self, start: int, end: int) -> bool:
        """Whether the date at ``start:end`` is a dateline's ("LIMA, March 3 (AP) -")."""
        line = self.text.rfind("\n", 0, start) + 1
        if start == line:
            # the date read with its city: "QUITO, Tuesday" (a weekday after the place)
            head = _DATELINE_HEAD_RE.match(self.text, line, end)
            start = head.end() if head is not None and head.end() < end else start
        return (
            start - line < 60
            and _DATELINE_HEAD_RE.fullmatch(self.text, line, start) is not None
            and _DATELINE_TAIL_RE.match(self.text, end) is not None
        )

    def reported(self, sent: Segment, clause: Segment) -> TimeRef | None:
        """
        For an incident left undated, the month it was reported in, when the clause tells it.

        The day of the telling ("..., Manila said Wednesday"), of the dateline, or the day a
        vague span reaches back from ("met on Tuesday, days after ...") is not the
        incident's, but the incident is of about then: its month, a coarse date.
        """
        low = self.low
        told = [
            t
            for t in self.doc.dates_in(clause.start, clause.end)
            if t.span is not None
            and (
                _TOLD_ON_RE.search(low, clause.start, t.span.start)
                or self.in_dateline(t.span.start, t.span.end)
            )
        ]
        if not told and _ANCHOR_RE.match(low, clause.start):
            told = [
                t
                for t in self.doc.dates_ending_in(sent.start, clause.start)
                if t.span is not None and _VAGUE_GAP_RE.match(low, t.span.end, clause.start)
            ]
        for t in told:
            if (month := _month_of(t)) is not None:
                return month
        return None

    def anchored(self, sent: Segment, clause: Segment) -> TimeRef | None:
        """
        The date a "when" or "after" clause hangs on ("May 3, when ...", "a day after").

        Not across a vague span ("met on Tuesday, days after ..."): that is no date.
        """
        anchor = _ANCHOR_RE.match(self.low, clause.start)
        if anchor is None:
            return None
        # up to the end of "after", for "a day after ..." (the date of the event after it)
        before = [
            t for t in self.doc.dates_ending_in(sent.start, anchor.end()) if t.start is not None
        ]
        if not before:
            return None
        last = before[-1]
        if last.span is not None and last.span.end < clause.start:
            last = _apposed_step(last)
        if _HOURS_RE.match(last.text):
            # "hours after ... struck", valued at the day of the main event: the incident
            # may be of the night before, so only its month is sure
            return _month_of(last)
        if last.span is not None and last.span.end <= clause.start:
            if (
                _VAGUE_GAP_RE.match(self.low, last.span.end, clause.start)
                or _DAY_HOURS_GAP_RE.match(self.low, last.span.end, clause.start)
            ) or _LONG_GAP_RE.search(self.low, max(last.span.end, clause.start - 12), clause.start):
                return None
            if anchor.group() == "after" and last.granularity == "day":
                # "agreed on Tuesday to ..., after troops exchanged fire": before that day,
                # in its month as far as the text tells
                return _month_of(last)
        return last

    def casualties(self, sent: Segment, nxt: Segment | None) -> int | None:
        """The deaths told in the sentence or the next one (read once per sentence)."""
        if sent.start not in self.deaths:
            self.deaths[sent.start] = self.count_deaths(sent, nxt)
        return self.deaths[sent.start]

    def count_deaths(self, sent: Segment, nxt: Segment | None) -> int | None:
        for seg in (sent, nxt):
            if seg is None:
                continue
            for pattern in _CASUALTY_RES:
                m = pattern.search(self.low, seg.start, seg.end)
                if m is not None:
                    return _number(m.group(1))
        for seg in (sent, nxt):
            # "No one was hurt", "there were no casualties", "the crew were unharmed": none
            if seg is not None and _UNHURT_RE.search(self.low, seg.start, seg.end):
                return 0
        return None

    def named_attack(self, new: _Draft) -> bool:
        """
        Whether ``new`` and a draft of the same day are an attack named and told in full.

        "Monday's attack on a post" (a noun) and "opened fire on an army post on Monday
        night" (shots, or a strike, told in full) are one incident, of the kind told in full,
        whichever comes first; merged into the earlier one, True.
        """
        if new.kind == "attack" and new.noun:
            told = [d for d in self.drafts if d.kind in {"shots_fired", "airstrike"}]
        elif new.kind in {"shots_fired", "airstrike"} and not new.noun:
            told = [d for d in self.drafts if d.kind == "attack" and d.noun]
        else:
            return False
        for d in told:
            if _same_day(d.when, new.when) and (
                not d.codes or not new.codes or set(d.codes) & set(new.codes)
            ):
                attack, other = (d, new) if d.kind == "attack" else (new, d)
                agent, others = _attacker(attack.summary), _forces_of(other.summary)
                if agent is not None and others is not None and others != agent:
                    # "an Algerian attack on the Moroccan positions on Saturday" and "Moroccan
                    # aircraft machine-gunned an Algerian column on Saturday": each side's own
                    continue
                if d.kind == "attack":
                    d.kind, d.summary, d.evidence = new.kind, new.summary, new.evidence
                    d.codes = new.codes + [c for c in d.codes if c not in new.codes]
                    d.noun = False
                d.casualties = d.casualties if d.casualties is not None else new.casualties
                return True
        return False

    def merge(self, new: _Draft, *, retold: bool = False) -> None:
        if retold:
            for d in reversed(self.drafts):
                # ("Asmara said its forces had been attacked first", of a clash told before)
                if d.kind == new.kind or (new.kind == "attack" and d.kind == "shots_fired"):
                    d.codes = d.codes or new.codes
                    d.casualties = d.casualties if d.casualties is not None else new.casualties
                    return
        if self.named_attack(new):
            return
        for d in self.drafts:
            if d.kind != new.kind:
                continue
            # ("Ethiopian warplanes bombed the airport ..., and Eritrean jets struck the town
            # hours later": each side's own raid, not one told twice)
            # ("eight days after a vessel fired on a boat ... fired warning shots on September
            # 30": a count of days from another event, a day off the day told)
            near = d.when is not None and new.when is not None and _stepped_near(d.when, new.when)
            if (
                (d.when and new.when and not _compatible(d.when, new.when) and not near)
                or _two_sides(d, new)
                or self.news_and_past(d.when, new.when)
            ):
                continue
            if (
                d.codes
                and new.codes
                and not set(d.codes) & set(new.codes)
                # "the seizure of an American trawler ... The trawler was seized by a
                # Canadian patrol": one incident, its sides told one at a time (also when
                # one date holds the other: "the arrest of a foreign longliner last week",
                # then "the Fiji-flagged longliner was boarded ... on July 29")
                and not (d.definite or new.definite)
                # "soldiers came under fire on Tuesday ... fire from the Venezuelan bank on
                # Tuesday": one incident of the day, its sides told one at a time
                and not _same_day(d.when, new.when)
                # "detained a Chinese-flagged longliner, after it was found fishing inside
                # the Cook Islands' zone": the ship of the sentence's seizure, told on
                and not (d.evidence == new.evidence and _PRONOUN_HEAD_RE.match(new.summary))
                and not self.its_raid(d, new)
            ):
                continue
            if d.codes and new.codes and not set(d.codes) & set(new.codes):
                d.codes = d.codes + new.codes  # the two sides, told one at a time
            d.codes = d.codes or new.codes
            stepped = near and d.when is not None and _STEP_TEXT_RE.search(d.when.text)
            d.when = new.when if stepped else _finer(d.when, new.when)
            d.reported = d.reported or new.reported
            d.casualties = d.casualties if d.casualties is not None else new.casualties
            return
        self.drafts.append(new)

    def news_and_past(self, a: TimeRef | None, b: TimeRef | None) -> bool:
        """
        Whether one of two incidents is told undated and the other dated weeks before the paper.

        "raised the incident in which a jet released flares close to a patrol plane" (the news,
        undated) and "Last June, a helicopter released flares close to a frigate" (past news):
        two incidents, not one told twice; an undated incident is the story's news.
        """
        dated = b if a is None else a if b is None else None
        published = self.doc.published
        return (
            dated is not None
            and published is not None
            and dated.end is not None
            and dated.end < published - _PAST_NEWS
        )

    def its_raid(self, told: _Draft, new: _Draft) -> bool:
        """
        Whether ``new`` tells in detail the raids ``told`` named in general just before.

        "Egypt answered with air strikes, and on Friday its warplanes bombed the Libyan air
        base at El Adem": the undated strikes are the ones "its warplanes" flew, whose target
        names the other side; one incident, its two sides told one at a time.  Only the
        draft told last, in the same sentence or the one before, and undated.
        """
        if told.when is None and self.drafts and self.drafts[-1] is told:
            sentences = self.doc.sentences
            k = bisect.bisect_right([x.start for x in sentences], new.evidence.start) - 1
            near = told.evidence.start >= sentences[max(k - 1, 0)].start
            return near and _ITS_FORCES_RE.match(new.summary.lower()) is not None
        return False

    def news_month(self, d: _Draft) -> TimeRef | None:
        """
        The month of the paper, for an incident the story tells with no date at all.

        "recalled its envoy on Wednesday after marine police impounded three canoes near the
        lagoon" and nothing later to date it: a story's undated incident is its news, of about the
        paper's day, and its month is the coarse date that says so. Not for an incident
        named as one known to the reader ("the seizure of the trawler"), which may be old.
        """
        published = self.doc.published
        if published is None or d.definite:
            return None
        day = published.isoformat()
        month = _month_of(
            TimeRef(text=day, value=day, start=published, end=published, granularity="day")
        )
        return None if month is None else attrs.evolve(month, text=month.value)

    def record(self, d: _Draft) -> Incident:
        when = d.when or d.reported or self.news_month(d)
        if (
            when is not None
            and when.granularity == "week"
            and when.start is not None
            and when.end is not None
            and when.start.month == when.end.month
            and _VAGUE_WEEK_RE.search(when.text)
        ):
            # "earlier in the week" in a dispatch may reach into the week before: the month
            # is what the text tells (a week within one month)
            when = _month_of(attrs.evolve(when, value=when.start.isoformat())) or when
        if when is not None and (m := _PART_OF_DAY_RE.match(when.value)):
            when = attrs.evolve(when, value=m.group(1))
        return _fast_records.incident(
            kind=d.kind,
            summary=d.summary,
            actors=[
                _fast_records.actor(SHORT_NAMES.get(c, c), "country", country=c) for c in d.codes
            ],
            place=None,
            when=when,
            casualties=d.casualties,
            evidence=self.doc.span(d.evidence.start, d.evidence.end),
        )


# An attack named by the nationality of those who made it: "an Algerian attack on", "the
# Indian attacks on" (the attacker's people right before the noun).
_ATTACKER_RE: Final = re.compile(r"\b([A-Z][a-z]+)\s+attacks?\s+(?:on|against)\b")


def _attacker(summary: str) -> str | None:
    """The country whose people an attack is named after, if the summary names them."""
    m = _ATTACKER_RE.search(summary)
    return DEMONYMS.get(m.group(1)) if m is not None else None


# The forces that struck, by their people: "Moroccan aircraft", "Indian troops".
_FORCES_RE: Final = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:aircraft|jets?|warplanes?|planes?|bombers?|fighters?|helicopters?|"
    r"troops|soldiers|forces|artillery|gunners|gunboats?|warships?|batteries)\b"
)


def _forces_of(summary: str) -> str | None:
    """The country whose forces an incident's summary says struck, if it names them."""
    m = _FORCES_RE.search(summary)
    return DEMONYMS.get(m.group(1)) if m is not None else None


def _apposed_step(t: TimeRef) -> TimeRef:
    """
    The day "the day after (before)" in apposition to a date names, not the other event's.

    "on June 27, the day after independence was proclaimed, when units shot down a
    helicopter": the step's value is the proclamation's day; the clause's is a day on.
    """
    step = _APPOSED_STEP_RE.fullmatch(t.text.lower())
    if step is None or t.granularity != "day" or t.start is None or t.start.toordinal() <= 1:
        return t
    day = t.start + timedelta(days=1 if step.group(1) == "after" else -1)
    return attrs.evolve(t, value=day.isoformat(), start=day, end=day)


def _deadly_ambush(d: _Draft) -> bool:
    """Whether an attack is told as an ambush in which people were killed."""
    low = d.summary.lower()
    return _AMBUSH_RE.search(low) is not None and _KILLED_RE.search(low) is not None


def _two_sides(first: _Draft, second: _Draft) -> bool:
    """Whether two airstrikes' summaries name the forces of two different countries."""
    if second.kind != "airstrike":
        return False
    one, two = _forces_of(first.summary), _forces_of(second.summary)
    return one is not None and two is not None and one != two


def _clock_alone(t: TimeRef) -> bool:
    """A clock time told without its day ("At about 4am"), set on the publication day."""
    return t.granularity == "time" and _CLOCK_ALONE_RE.fullmatch(t.text) is not None


def _same_day(a: TimeRef | None, b: TimeRef | None) -> bool:
    """Whether two dates are both of one and the same day (or of times in it)."""
    return (
        a is not None
        and b is not None
        and a.start is not None
        and a.start == a.end == b.start == b.end
    )


def _title_runs(doc: Document) -> tuple[int, int]:
    """
    Where the story's first sentence paragraph starts and its last one ends.

    The paragraphs before and after these with no end mark are title lines: a headline left
    in the body, a page line, links to other stories.  With no paragraph ending in a mark,
    the whole text is the story.
    """
    text = doc.text
    told = [p for p in doc.paragraphs if text[p.start : p.end].rstrip()[-1:] in _END_MARKS]
    if not told:
        return 0, len(text) + 1
    return told[0].start, told[-1].end


def _month_of(t: TimeRef) -> TimeRef | None:
    """The month of a date of a day or a month, as a date of its own."""
    m = _MONTH_RE.match(t.value)
    if m is None:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if year < 1 or not 1 <= month <= _DECEMBER:
        return None
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])  # December 9999 too
    return attrs.evolve(t, value=m.group(), start=first, end=last, granularity="month")


def _stepped_near(a: TimeRef, b: TimeRef) -> bool:
    """
    Whether one day is counted from another event ("eight days after") a day off the other.

    A count of days or weeks between two events is often loose ("a week after" for six
    days): the day told outright wins when they differ by one.
    """
    if a.granularity != "day" or b.granularity != "day" or a.start is None or b.start is None:
        return False
    if bool(_STEP_TEXT_RE.search(a.text)) == bool(_STEP_TEXT_RE.search(b.text)):
        return False
    off = abs((a.start - b.start).days)
    step = a.text if _STEP_TEXT_RE.search(a.text) else b.text
    if off > 1 and (loose := _LOOSE_STEP_RE.match(step)) is not None:
        # "a little over a week after" (ten days, told loosely): a few days either way
        return off <= (_LOOSE_WEEK_SLACK if loose.group(1).startswith("week") else 2)
    return off == 1


def _cyber(kind: IncidentKind, m: re.Match[str]) -> IncidentKind:
    """
    The kind of a cyberattack told by ``m``: an ``attack``, as the gold labels one.

    "Hackers linked to Iran took down the website of a ministry", "denial-of-service attacks
    knocked the sites offline": attacks, whatever word of kind ``other`` told them.
    """
    return "attack" if kind == "other" and _CYBER_RE.search(m.group()) else kind


def _compatible(a: TimeRef, b: TimeRef) -> bool:
    """
    Whether two dates may be the same incident's.

    One value is a prefix of the other, or the days one covers lie inside the other's ("at
    the weekend" and "early on Sunday").
    """
    if a.value.startswith(b.value) or b.value.startswith(a.value):
        return True
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    # "last weekend's shooting" and gunmen opening fire "late on Friday": a weekend's
    # incidents begin on its Friday night
    a_start = a.start - _DAY if a.value.endswith("-WE") else a.start
    b_start = b.start - _DAY if b.value.endswith("-WE") else b.start
    return (a_start <= b.start and b.end <= a.end) or (b_start <= a.start and a.end <= b.end)


def _finer(a: TimeRef | None, b: TimeRef | None) -> TimeRef | None:
    """Of two compatible dates, the one covering fewer days (the first when equal)."""
    if a is None or b is None:
        return a or b
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return a
    return b if (b.end - b.start) < (a.end - a.start) else a


def find_incidents(doc: Document) -> list[Incident]:
    """Return the incidents told in ``doc``, one record per incident."""
    return _Reader(doc).read()
