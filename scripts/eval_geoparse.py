"""Evaluate geoparsing on the LGL corpus: geotagging and toponym resolution (issue 6, "Quality, measured").

Reads ``../shared/eval/lgl.xml`` (588 English local-news articles, 5,088 gold
toponyms, 4,462 of them linked to GeoNames; see ``../shared/eval/README.md``).
It is a development set: nothing from it is stored in the repository, and
``--errors`` refuses to write inside the repository.

Each article's ``<text>`` is normalized with ``Normalizer(gaz)(text, lang='en')``.
Predicted toponyms are the mentions whose entity kind is place, region,
country or feature; persons and organisations are left out.

Geotagging (all gold toponyms, linked or not):

* exact: a predicted span equal to a gold span;
* overlap: a predicted span overlapping a gold span, matched one to one in text order.

Toponym resolution, on the gold toponyms with a GeoNames id that the system
also found (the overlap pairs, which include the exact pairs; the exact
pairs alone are printed too):

* accuracy: the predicted entity's GeoNames id is the gold id;
* accuracy@161km: the predicted coordinates lie within 161 km (100 miles) of
  the gold ``<lat>``/``<lon>`` (haversine; same id counts as 0 km). A
  predicted entity without coordinates counts as a miss and is left out of
  the mean and median;
* mean and median error distance in km.

Printed beside: the best published figures on LGL from the EUPEG comparison
(Wang & Hu 2019) — geotagging F1 0.713 (DBpedia Spotlight), accuracy@161km
0.819 (Edinburgh Geoparser) — and the issue's targets (F1 ≥ 0.72 on exact
spans, acc@161km ≥ 0.83), then the most frequent false positives, false
negatives (with a rough breakdown: demonyms, abbreviations, all caps,
counties) and wrong resolutions, and the throughput (docs/s, MB/s).

    python scripts/eval_geoparse.py [--xml PATH] [--limit N] [--errors /tmp/lgl_errors.jsonl] [--top 25]

``--errors FILE`` writes one JSON object per error (``type`` fp, fn or
wrong, docid, offsets, phrase, gold and predicted ids, error km, a short
context) for analysis — put it under /tmp. Exit code 0 (this is a report).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_XML = ROOT.parent / "shared" / "eval" / "lgl.xml"
TOPONYM_KINDS = frozenset({"place", "region", "country", "feature"})
BASELINES = {"f1": (0.713, "DBpedia Spotlight"), "acc161": (0.819, "Edinburgh Geoparser")}
TARGETS = {"f1": 0.72, "acc161": 0.83}


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    phrase: str
    geonameid: int | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class Pred:
    start: int
    end: int
    text: str
    id: str
    name: str
    kind: str
    geonames: int | None
    lat: float | None
    lon: float | None
    score: float


def _float(node, tag: str) -> float | None:
    value = node.findtext(tag) if node is not None else None
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def load_lgl(path: Path) -> list[tuple[str, str, list[Gold]]]:
    """``[(docid, text, gold toponyms)]`` in file order; gold offsets checked against the text."""
    articles = []
    root = ET.parse(path).getroot()
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        golds = []
        for tp in art.iter("toponym"):
            start, end = int(tp.findtext("start")), int(tp.findtext("end"))
            phrase = tp.findtext("phrase") or ""
            if text[start:end] != phrase:
                print(f"warning: article {art.get('docid')}: gold [{start}:{end}] {phrase!r} != {text[start:end]!r}", file=sys.stderr)
            gaz = tp.find("gaztag")
            gid = gaz.get("geonameid") if gaz is not None else None
            golds.append(Gold(start, end, phrase, int(gid) if gid else None, _float(gaz, "lat"), _float(gaz, "lon")))
        golds.sort(key=lambda g: (g.start, g.end))
        articles.append((art.get("docid") or str(len(articles)), text, golds))
    return articles


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def predict(norm, text: str) -> list[Pred]:
    doc = norm(text, lang="en")
    out = []
    for m in doc.mentions:
        e = m.entity
        if e.kind not in TOPONYM_KINDS:
            continue
        out.append(Pred(m.start, m.end, m.text, e.id, e.name, e.kind, e.geonames, e.lat, e.lon, float(getattr(m, "score", 0.0) or 0.0)))
    out.sort(key=lambda p: (p.start, p.end))
    return out


def match_exact(golds: list[Gold], preds: list[Pred]) -> list[tuple[int, int]]:
    by_span = {(p.start, p.end): j for j, p in enumerate(preds)}
    pairs, used = [], set()
    for i, g in enumerate(golds):
        j = by_span.get((g.start, g.end))
        if j is not None and j not in used:
            used.add(j)
            pairs.append((i, j))
    return pairs


def match_overlap(golds: list[Gold], preds: list[Pred]) -> list[tuple[int, int]]:
    """One-to-one: exact pairs first, then each remaining gold with the first free overlapping prediction."""
    pairs = match_exact(golds, preds)
    used_g, used_p = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, g in enumerate(golds):
        if i in used_g:
            continue
        for j, p in enumerate(preds):
            if j not in used_p and p.start < g.end and g.start < p.end:
                used_p.add(j)
                pairs.append((i, j))
                break
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def resolution_error(g: Gold, p: Pred) -> float | None:
    """Error in km; 0 for the same GeoNames id; None when the prediction has no coordinates."""
    if p.geonames is not None and p.geonames == g.geonameid:
        return 0.0
    if p.lat is None or p.lon is None or g.lat is None or g.lon is None:
        return None
    return haversine_km(g.lat, g.lon, p.lat, p.lon)


def resolution(pairs: list[tuple[Gold, Pred]]) -> dict:
    linked = [(g, p) for g, p in pairs if g.geonameid is not None]
    n = len(linked)
    same = sum(1 for g, p in linked if p.geonames == g.geonameid)
    errors = [resolution_error(g, p) for g, p in linked]
    known = [e for e in errors if e is not None]
    return {
        "n": n,
        "acc": same / n if n else 0.0,
        "acc161": sum(1 for e in known if e <= 161.0) / n if n else 0.0,
        "mean": statistics.fmean(known) if known else float("nan"),
        "median": statistics.median(known) if known else float("nan"),
        "no_coords": len(errors) - len(known),
    }


_DEMONYM = re.compile(r"^[A-Z][a-z]{2,}(?:an|ans|ese|ish|ian|ians|ic|i|is)$")
_ABBREV = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z][a-z]{0,3}\.(?:[A-Z][a-z]{0,2}\.)?$|^[A-Z]{2,3}$")


def fn_pattern(phrase: str) -> str:
    """A rough class of a missed gold toponym, to see where recall goes (heuristics, not truth)."""
    if _ABBREV.match(phrase):
        return "abbreviation (U.S., W.Va., EU)"
    if phrase.isupper() and len(phrase) > 3:
        return "ALL CAPS (datelines)"
    if phrase.endswith((" County", " Parish", " Counties")):
        return "county / parish"
    if _DEMONYM.match(phrase) and not phrase.endswith("polis"):
        return "demonym-like (American, Sudanese)"
    if " " in phrase:
        return "other, several words"
    return "other, one word"


def context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--xml", type=Path, default=DEFAULT_XML, help="LGL corpus (default: %(default)s)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--errors", type=Path, default=None, help="write FP/FN/wrong-resolution records (JSONL) here, outside the repository")
    ap.add_argument("--top", type=int, default=25, help="how many of the most frequent errors of each type to print")
    args = ap.parse_args(argv)

    if args.errors is not None:
        target = args.errors.resolve()
        if target == ROOT or ROOT in target.parents:
            print(f"--errors {args.errors}: refusing to write LGL text into the repository; use /tmp", file=sys.stderr)
            return 2
    if not args.xml.exists():
        print(f"{args.xml}: not found (see ../shared/eval/README.md)", file=sys.stderr)
        return 2

    articles = load_lgl(args.xml)
    if args.limit is not None:
        articles = articles[: args.limit]

    from toponyms import Gazetteer, Normalizer

    t0 = time.perf_counter()
    gaz = Gazetteer.default()
    t1 = time.perf_counter()
    norm = Normalizer(gaz)
    t2 = time.perf_counter()

    n_gold = n_pred = tp_exact = tp_overlap = 0
    exact_pairs: list[tuple[Gold, Pred]] = []
    overlap_pairs: list[tuple[Gold, Pred]] = []
    fp_phrases, fn_phrases, wrong_phrases, fp_kinds, fn_kinds = Counter(), Counter(), Counter(), Counter(), Counter()
    crashes = []
    records = []
    norm_time = 0.0
    n_chars = n_bytes = 0
    for docid, text, golds in articles:
        n_chars += len(text)
        n_bytes += len(text.encode("utf-8"))
        started = time.perf_counter()
        try:
            preds = predict(norm, text)
        except Exception as exc:  # noqa: BLE001 - a crash is a miss, not the end of the report
            crashes.append((docid, f"{type(exc).__name__}: {exc}"))
            preds = []
        norm_time += time.perf_counter() - started
        n_gold += len(golds)
        n_pred += len(preds)
        ex = match_exact(golds, preds)
        ov = match_overlap(golds, preds)
        tp_exact += len(ex)
        tp_overlap += len(ov)
        exact_pairs += [(golds[i], preds[j]) for i, j in ex]
        overlap_pairs += [(golds[i], preds[j]) for i, j in ov]

        matched_g = {i for i, _ in ov}
        matched_p = {j for _, j in ov}
        exact_g = {i for i, _ in ex}
        for j, p in enumerate(preds):
            if j not in matched_p:
                fp_phrases[p.text] += 1
                fp_kinds[p.kind] += 1
                records.append({"type": "fp", "docid": docid, "start": p.start, "end": p.end, "text": p.text, "pred_id": p.id, "pred_name": p.name, "pred_kind": p.kind, "score": round(p.score, 3), "context": context(text, p.start, p.end)})
        for i, g in enumerate(golds):
            if i not in matched_g:
                fn_phrases[g.phrase] += 1
                fn_kinds[fn_pattern(g.phrase)] += 1
                records.append({"type": "fn", "docid": docid, "start": g.start, "end": g.end, "text": g.phrase, "gold_geonameid": g.geonameid, "context": context(text, g.start, g.end)})
        for i, j in ov:
            g, p = golds[i], preds[j]
            if g.geonameid is None or p.geonames == g.geonameid:
                continue
            err = resolution_error(g, p)
            wrong_phrases[g.phrase] += 1
            records.append({
                "type": "wrong", "docid": docid, "start": g.start, "end": g.end, "text": g.phrase, "pred_text": p.text,
                "span": "exact" if i in exact_g else "overlap", "gold_geonameid": g.geonameid, "pred_id": p.id, "pred_name": p.name,
                "pred_kind": p.kind, "error_km": None if err is None else round(err, 1), "score": round(p.score, 3), "context": context(text, g.start, g.end),
            })

    pe, re_, fe = prf(tp_exact, n_pred, n_gold)
    po, ro, fo = prf(tp_overlap, n_pred, n_gold)
    res_ov = resolution(overlap_pairs)
    res_ex = resolution(exact_pairs)

    print(f"== LGL geoparsing: {len(articles)} articles, {n_gold} gold toponyms ({sum(1 for _, _, gs in articles for g in gs if g.geonameid)} linked), {n_pred} predicted (kinds: {', '.join(sorted(TOPONYM_KINDS))})")
    print(f"   open gazetteer {t1 - t0:.2f} s, build Normalizer {t2 - t1:.2f} s; normalize {norm_time:.2f} s: {len(articles) / norm_time if norm_time else 0:.1f} docs/s, {n_bytes / 1e6 / norm_time if norm_time else 0:.3f} MB/s ({n_bytes / 1e6:.2f} MB UTF-8)")
    print()
    head = f"{'geotagging':<12}{'TP':>7}{'P':>8}{'R':>8}{'F1':>8}"
    print(head)
    print("-" * len(head))
    print(f"{'exact':<12}{tp_exact:>7}{pe:>8.3f}{re_:>8.3f}{fe:>8.3f}")
    print(f"{'overlap':<12}{tp_overlap:>7}{po:>8.3f}{ro:>8.3f}{fo:>8.3f}")
    print()
    head = f"{'resolution':<20}{'n':>6}{'acc':>8}{'acc@161':>9}{'mean km':>10}{'median km':>11}{'no coords':>11}"
    print(head)
    print("-" * len(head))
    for label, r in (("found (overlap)", res_ov), ("found (exact span)", res_ex)):
        print(f"{label:<20}{r['n']:>6}{r['acc']:>8.3f}{r['acc161']:>9.3f}{r['mean']:>10.1f}{r['median']:>11.1f}{r['no_coords']:>11}")
    print()
    head = f"{'measure':<34}{'toponyms':>10}{'best published (EUPEG)':>36}{'target':>9}"
    print(head)
    print("-" * len(head))
    b_f1, b_f1_who = BASELINES["f1"]
    b_acc, b_acc_who = BASELINES["acc161"]
    print(f"{'geotagging F1 (exact span)':<34}{fe:>10.3f}{f'{b_f1:.3f} {b_f1_who}':>36}{'≥ ' + format(TARGETS['f1'], '.2f'):>9}{'  ok' if fe >= TARGETS['f1'] else '  below'}")
    print(f"{'geotagging F1 (overlap)':<34}{fo:>10.3f}{f'{b_f1:.3f} {b_f1_who}':>36}{'':>9}")
    print(f"{'accuracy@161km (found, overlap)':<34}{res_ov['acc161']:>10.3f}{f'{b_acc:.3f} {b_acc_who}':>36}{'≥ ' + format(TARGETS['acc161'], '.2f'):>9}{'  ok' if res_ov['acc161'] >= TARGETS['acc161'] else '  below'}")
    print("   published figures: EUPEG benchmark, Wang & Hu 2019 (Transactions in GIS); targets from issue 6")
    print()

    if fp_kinds:
        print("false positives by predicted kind: " + ", ".join(f"{k} {n}" for k, n in fp_kinds.most_common()))
    if fn_kinds:
        print("false negatives by pattern (heuristic): " + ", ".join(f"{k} {n}" for k, n in fn_kinds.most_common()))
    wrong = [(g, p) for g, p in overlap_pairs if g.geonameid is not None and p.geonames != g.geonameid]
    if wrong:
        errs = [resolution_error(g, p) for g, p in wrong]
        near = sum(1 for e in errs if e is not None and e <= 161)
        print(f"wrong GeoNames id: {len(wrong)}, of which {near} within 161 km, {sum(e is None for e in errs)} without coordinates; "
              "predicted kind " + ", ".join(f"{k} {n}" for k, n in Counter(p.kind for _, p in wrong).most_common()))
    print()
    for title, counter in (("false positives (predicted, no overlapping gold)", fp_phrases), ("false negatives (gold, not found)", fn_phrases), ("wrong resolutions (found, other GeoNames id)", wrong_phrases)):
        if not counter:
            continue
        total = sum(counter.values())
        print(f"-- {title}: {total} ({len(counter)} distinct); most frequent:")
        top = counter.most_common(args.top)
        width = min(30, max(len(t) for t, _ in top)) + 2
        for i in range(0, len(top), 3):
            print("   " + "".join(f"{(t if len(t) <= width - 2 else t[: width - 3] + '…'):<{width}}{n:>4}     " for t, n in top[i : i + 3]).rstrip())
        print()
    if crashes:
        print(f"-- {len(crashes)} articles raised (their gold toponyms count as misses):")
        for docid, err in crashes[:20]:
            print(f"   {docid}: {err}")
        print()
    if args.errors is not None:
        args.errors.parent.mkdir(parents=True, exist_ok=True)
        with open(args.errors, "w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        kinds = Counter(r["type"] for r in records)
        print(f"wrote {len(records)} error records to {args.errors} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
