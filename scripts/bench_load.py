"""Benchmark the compiled index: compile time, CLI cold start, RSS after load, size (issue 3).

Prints, side by side in one run: the time to compile the default gazetteer
from scratch, the wall time of a fresh ``toponyms resolve Kyiv`` process
once the index exists (the cold start), the RSS of a process that opened the
gazetteer and looked up an entity, and the entity and name counts.

    python scripts/bench_load.py [--runs 10] [--skip-compile]

Baseline for the cold start: the same process doing nothing but
``python -c pass`` (the interpreter's own start-up), measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def timed(cmd: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--skip-compile", action="store_true", help="reuse the user cache instead of compiling into a fresh one")
    args = parser.parse_args()
    env = dict(os.environ)
    if not args.skip_compile:
        env["TOPONYMS_CACHE_DIR"] = tempfile.mkdtemp(prefix="toponyms-bench-")
    exe = ["toponyms"]

    compile_s = timed(exe + ["gazetteer", "build"], env) if not args.skip_compile else float("nan")
    cold = [timed(exe + ["resolve", "Kyiv"], env) for _ in range(args.runs)]
    bare = [timed([sys.executable, "-c", "pass"], env) for _ in range(args.runs)]
    probe = (
        "import resource, json, toponyms; g = toponyms.Gazetteer.default(); e = g.entity('geonames:713174'); "
        "s = g.stats(); print(json.dumps([resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, s['entities'], s['names']]))"
    )
    out = subprocess.run([sys.executable, "-c", probe], env=env, check=True, capture_output=True, text=True).stdout
    rss_mb, entities, names = __import__("json").loads(out)

    print(f"{'measure':<44}{'toponyms':>12}{'baseline':>12}  target")
    print(f"{'compile default gazetteer (s)':<44}{compile_s:>12.1f}{'':>12}  <= 60")
    print(f"{'cold start `resolve Kyiv` p50 (s)':<44}{statistics.median(cold):>12.3f}{statistics.median(bare):>12.3f}  <= 0.5 (baseline: python -c pass)")
    print(f"{'cold start max (s)':<44}{max(cold):>12.3f}{max(bare):>12.3f}")
    print(f"{'RSS after open + lookup (MB)':<44}{rss_mb:>12.1f}{'':>12}  <= 400")
    print(f"{'entities':<44}{entities:>12,}")
    print(f"{'names':<44}{names:>12,}")


if __name__ == "__main__":
    main()
