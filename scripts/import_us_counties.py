#!/usr/bin/env python3
"""Write ``toponyms/data/us-counties.tsv``: the US counties, parishes and boroughs of
GeoNames' second-level divisions, with the Census Bureau's name and internal point.

Usage: ``python scripts/import_us_counties.py ADMIN2CODES GAZETTEER [-o OUT]``

* ``ADMIN2CODES``: GeoNames' ``admin2Codes.txt`` (CC BY 4.0): ``US.KY.125 <tab> Laurel
  County <tab> Laurel County <tab> 4297480``. The shipped file was made from the copy in the
  openeventdata/es-geonames repository, commit 341083f (April 2023), the same copy as
  ``geonames-admin1.tsv``.
* ``GAZETTEER``: the Census Bureau's county gazetteer file (public domain): USPS, GEOID,
  ANSICODE, NAME, ALAND, AWATER, ALAND_SQMI, AWATER_SQMI, INTPTLAT, INTPTLONG, tab-separated
  with a header as the Bureau publishes it, or comma-separated without one. The shipped file
  was made from ``2019_Gaz_counties_national.txt`` as copied into the FatemehAsgarinejad/Maps
  repository (commit c7374881, December 2019; comma-separated, header removed).

GeoNames' admin2 code of a US county is its FIPS code (``US.KY.125`` is GEOID 21125, KY),
so the two join on (state, county code). Left out, and counted on stderr:

* independent cities (``City of Richmond``, ``City and County of San Francisco``, ``Carson
  City``), every name that does not end in a division word: the city is already a place of
  cities500, and news names it by the city's name;
* a division whose Census name disagrees with GeoNames' beyond Saint/St. and spacing
  (GeoNames' ``Washington County`` of DC, which the Census calls District of Columbia).

A division the 2019 file does not know (Alaska's 2019 census areas) is kept without a point.
Output columns: GeoNames admin2 code, GeoNames name, Census name, geonameid, lat, lon.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "toponyms" / "data" / "us-counties.tsv"
DIVISION_WORDS = (" County", " Parish", " Borough", " Census Area", " Municipality")
HEADER = "# code\tgeonames_name\tcensus_name\tgeonameid\tlat\tlon"


def _comparable(name: str) -> str:
    name = re.sub(r"\bSainte\b", "Ste.", re.sub(r"\bSaint\b", "St.", name))
    return name.replace(" ", "").casefold()


def read_census(path: Path) -> dict[tuple[str, str], tuple[str, str, str]]:
    """(state, 3-digit county code) → (Census name, lat, lon)."""
    out = {}
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("USPS"):
                continue
            row = [field.strip() for field in line.split("\t" if "\t" in line else ",")]
            if len(row) != 10:
                sys.exit(f"{path}:{lineno}: expected 10 fields, found {len(row)}")
            state, geoid, name, lat, lon = row[0], row[1], row[3], row[8], row[9]
            out[(state, geoid[2:])] = (name, str(float(lat)), str(float(lon)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("admin2codes", type=Path)
    parser.add_argument("gazetteer", type=Path)
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    census = read_census(args.gazetteer)
    rows, cities, disagree, unplaced = [], 0, [], 0
    with args.admin2codes.open(encoding="utf-8") as f:
        for line in f:
            code, name, _ascii, gid = line.rstrip("\n").split("\t")
            if not code.startswith("US."):
                continue
            if not name.endswith(DIVISION_WORDS):
                cities += 1
                continue
            _, state, county = code.split(".")
            census_name, lat, lon = census.get((state, county), ("", "", ""))
            if census_name and _comparable(census_name) != _comparable(name):
                disagree.append(f"{code} {name} / {census_name}")
                continue
            unplaced += not lat
            rows.append((code, name, census_name, gid, lat, lon))
    rows.sort()
    args.out.write_text("\n".join([HEADER] + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    print(
        f"{len(rows)} divisions written to {args.out} ({unplaced} without a point); left out: "
        f"{cities} independent cities, {len(disagree)} with disagreeing names ({'; '.join(disagree)})",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
