#!/usr/bin/env python3
"""Write ``toponyms/data/iso-admin1.tsv``: which GeoNames first-level division each ISO 3166-2
subdivision is, as GeoNames itself pairs them.

Usage: ``python scripts/import_iso_admin1.py DIVISIONS [--subdivisions SUBDIVISIONS] [-o OUT]``

``DIVISIONS`` is ``result/divisions.csv`` of the Tigrov/geoname-divisions repository (MIT; the
shipped file was made from commit 4c466a2, March 2017): geonames.org's "administrative division"
page of every country (CC BY 4.0), one row per division, ``;``-separated with a header:
``ISO-3166-1;ISO-3166-2;Fips;GN;"Geoname ID";"Name of Subdivision";...``. ``SUBDIVISIONS``,
``result/subdivisions.csv`` of the same commit, has a column more after the ISO code, its parent's
(``ISO-3166-1;ISO-3166-2;"ISO Region";Fips;GN;...``); only its rows of the subdivisions ISO puts
under a grouping that administers nothing are read (Indonesia's provinces under its seven
"geographical units": Kalimantan Timur, GeoNames' East Kalimantan). GeoNames lists there
the ISO code of its divisions, which no file of its dump does; ISO and GeoNames names differ
too often to pair the two by name alone (Bayern and Bavaria, Moskovskaya oblast' and Moscow
Oblast).

A row is kept only where it agrees with the rest of the package's data, and each row left out
is counted on stderr:

* its country, admin1 code and geonameid are a division of ``toponyms/data/geonames-admin1.tsv``
  (GeoNames' codes of 2023: a division renumbered or merged since 2017 drops out);
* its ISO code is a first-level subdivision in the installed pycountry; where it is not (ISO
  has recoded some countries since 2017: Poland's PL-DS is now PL-02), the row takes the code of
  the one pycountry subdivision of its country, itself absent from the file, whose name has the
  same matching key as the row's name (Dolnoslaskie, Dolnośląskie), or else drops out;
* no other kept row names the same ISO code or the same division.

Output columns: ISO 3166-2 code, GeoNames admin1 code (``RU.47``), geonameid.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "toponyms" / "data"
DEFAULT_OUT = DATA / "iso-admin1.tsv"
ADMIN1 = DATA / "geonames-admin1.tsv"
HEADER = "# iso\tadmin1\tgeonameid"


def read_admin1(path: Path) -> dict[str, int]:
    """GeoNames admin1 code (``RU.47``) → geonameid."""
    out = {}
    for line in path.read_text("utf-8").splitlines():
        code, _name, _ascii, gid = line.split("\t")
        out[code] = int(gid)
    return out


#: The header's first columns in DIVISIONS and in SUBDIVISIONS, which has its parent's code after the ISO code.
DIVISIONS_HEADER = ["ISO-3166-1", "ISO-3166-2", "Fips", "GN", "Geoname ID"]
SUBDIVISIONS_HEADER = ["ISO-3166-1", "ISO-3166-2", "ISO Region", "Fips", "GN", "Geoname ID"]


def read_rows(path: Path, header: list[str]) -> Iterator[list[str]]:
    """Each row of a ``;``-separated file whose header starts with ``header``, without the parent's
    column; exits naming the file and line where the file is not so."""
    with path.open(encoding="utf-8", newline="") as f:
        for lineno, row in enumerate(csv.reader(f, delimiter=";"), 1):
            if lineno == 1:
                if row[: len(header)] != header:
                    sys.exit(f"{path}:1: unexpected header {row[: len(header)]}")
                continue
            if len(row) < len(header) + 1:
                sys.exit(f"{path}:{lineno}: expected at least {len(header) + 1} fields, found {len(row)}")
            yield row if header is DIVISIONS_HEADER else row[:2] + row[3:]


def pairs(rows: Iterable[list[str]], admin1: dict[str, int], iso_names: dict[str, str]) -> tuple[list[tuple[str, str, int]], Counter]:
    """The kept (ISO code, admin1 code, geonameid) rows, in file order, and why the others were
    left out; ``iso_names`` maps pycountry's first-level codes to their names."""
    from toponyms.translit.key import match_key

    dropped: Counter = Counter()
    kept, recoded = [], []
    for row in rows:
        country, iso_local, _fips, gn, gid, name = row[:6]
        if not iso_local or not gn or not gid.isdigit():
            dropped["no ISO code, admin1 code or geonameid"] += 1
            continue
        code, division = f"{country}-{iso_local}", f"{country}.{gn}"
        if admin1.get(division) != int(gid):
            dropped["division or geonameid not in geonames-admin1.tsv"] += 1
        elif code not in iso_names:
            recoded.append((country, match_key(name), division, int(gid)))
        else:
            kept.append((code, division, int(gid)))
    listed = {code for code, _, _ in kept}
    for country, key, division, gid in recoded:
        same = [c for c, n in iso_names.items() if c.startswith(country + "-") and c not in listed and match_key(n) == key]
        if len(same) == 1:
            kept.append((same[0], division, gid))
            dropped["(kept) ISO code recoded since, same name"] += 1
        else:
            dropped["ISO code not a first-level subdivision in pycountry, no same-named one"] += 1
    iso_count = Counter(code for code, _, _ in kept)
    div_count = Counter(division for _, division, _ in kept)
    unique = [r for r in kept if iso_count[r[0]] == 1 and div_count[r[1]] == 1]
    dropped["ISO code or division paired twice"] += len(kept) - len(unique)
    return unique, dropped


def main(argv: list[str] | None = None) -> int:
    import pycountry

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("divisions", type=Path, help="result/divisions.csv of Tigrov/geoname-divisions")
    ap.add_argument("--subdivisions", type=Path, help="result/subdivisions.csv of the same commit (Indonesia's provinces)")
    ap.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT, help="output file (default: %(default)s)")
    args = ap.parse_args(argv)
    from toponyms.layers.iso import GROUPING_TYPE, first_level

    iso_names = {s.code: s.name for s in pycountry.subdivisions if first_level(s) and s.type != GROUPING_TYPE}
    grouped = {code for code in iso_names if pycountry.subdivisions.get(code=code).parent_code is not None}
    rows: Iterable[list[str]] = read_rows(args.divisions, DIVISIONS_HEADER)
    if args.subdivisions:
        rows = itertools.chain(rows, (row for row in read_rows(args.subdivisions, SUBDIVISIONS_HEADER) if f"{row[0]}-{row[1]}" in grouped))
    rows, dropped = pairs(rows, read_admin1(ADMIN1), iso_names)
    rows.sort()
    args.out.write_text("\n".join([HEADER] + [f"{code}\t{division}\t{gid}" for code, division, gid in rows]) + "\n", "utf-8")
    print(f"{args.out}: {len(rows)} pairs", file=sys.stderr)
    for reason, n in dropped.most_common():
        print(f"  {'' if reason.startswith('(kept)') else 'left out: '}{n} ({reason})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
