"""Benchmark normalization at scale: one worker, two workers and Spark local[2] on the same input (issue 9).

1. Input: the article texts of ``../shared/eval/lgl.xml`` (read at run time,
   never stored), one JSONL record ``{"id", "text", "lang": "en"}`` per
   article, cycled until ``--mb`` (default 30) MB of JSONL, written to a
   temporary directory.
2. ``toponyms normalize --jsonl FILE --workers N`` for N = 1 and 2, each a
   subprocess (the console script's ``main()`` run by this interpreter, so
   that it can report its peak RSS), output to a temporary file: wall time
   including start-up, CPU seconds of the run and its workers, docs/s, MB/s
   (of JSONL input), peak RSS of the parent process (``VmHWM``, Linux) and of
   its largest worker (``getrusage``), and whether the output
   of ``--workers 2`` is byte for byte that of ``--workers 1``. The two run
   alternately ``--cli-rounds`` times (default 3; 1 then 2, then 2 then 1...): this machine's speed drifts
   by up to 30 % from one minute to the next, so one pair of runs may catch a
   drift between them; each pair's speed-up is printed, and the target takes
   their median (the rows show the run of median time). Before each pair, the
   machine's own ceiling: a CPU-bound loop run alone and twice at once (on
   this VM, two such loops have taken 1.0–1.4× the time of one: the host's
   cores are shared).
3. In this process: ``Normalizer(gaz)(text, "en")`` per document, one core,
   no I/O (the baseline for Spark); and Spark ``local[2]``:
   ``toponyms.spark.normalize_column`` over a cached DataFrame of the same
   records (``--partitions``, default 4: two per core), timed until the total number of mentions is
   computed, which is checked against the in-process count. Each first runs
   once cold (the normalizer's per-name caches fill; each Spark Python worker
   opens the gazetteer and fills its own), then ``--rounds`` (default 3) warm
   runs; Spark starts only after the in-process runs (its JVM, even idle,
   slows them). The target compares the medians of the warm runs ("after
   warm-up"); the cold runs and every warm run are printed too.

Targets (issue 9): ``--workers 2`` ≥ 1.7× ``--workers 1``; Spark local[2]
≥ 1.5× one in-process core. They assume a 2-core machine with nothing else
running; the CPU count and load average are printed.

    python scripts/bench_scale.py [--mb 30] [--xml PATH] [--no-spark] [--cli-rounds 3]

MB = 10^6 bytes. Exit code 0 (a report); 2 when the corpus is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from bench_normalize import build_kind

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_XML = ROOT.parent / "shared" / "eval" / "lgl.xml"
TARGETS = {"workers2": 1.7, "spark": 1.5}
MB = 1e6
#: Runs the ``toponyms`` console script's entry point and reports the peak RSS (KiB) of itself
#: (``VmHWM``: ``ru_maxrss`` would count this benchmark's memory, which a spawned child inherits)
#: and of its largest worker (``RUSAGE_CHILDREN``).
CLI = (
    "import atexit, re, resource, sys\n"
    "atexit.register(lambda: print('maxrss', re.search(r'VmHWM:\\s*(\\d+)', open('/proc/self/status').read()).group(1),"
    " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr))\n"
    "from toponyms.cli.main import main\n"
    "main()\n"
)


def write_input(xml: Path, mb: float, dest: Path) -> list[str]:
    """LGL article texts as JSONL records cycled to at least ``mb`` MB in ``dest``; returns the texts in file order."""
    articles = [t for t in (a.findtext("text") for a in ET.parse(xml).getroot().iter("article")) if t]
    texts, size = [], 0
    with open(dest, "w", encoding="utf-8") as out:
        while size < mb * MB:
            text = articles[len(texts) % len(articles)]
            line = json.dumps({"id": len(texts), "text": text, "lang": "en"}, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
            texts.append(text)
    return texts


def run_cli(path: Path, workers: int, out: Path) -> dict:
    """One ``toponyms normalize --jsonl`` run: seconds, CPU seconds, peak RSS (MB) of the parent and of its largest worker."""
    cpu = cpu_children()
    started = time.perf_counter()
    with open(out, "wb") as sink:
        proc = subprocess.run(
            [sys.executable, "-c", CLI, "normalize", "--jsonl", "--workers", str(workers), str(path)],
            stdout=sink, stderr=subprocess.PIPE, text=True, check=False,
        )
    seconds = time.perf_counter() - started
    cpu = cpu_children() - cpu
    rss = [line.split() for line in proc.stderr.splitlines() if line.startswith("maxrss ")]
    if proc.returncode != 0 or not rss:
        sys.exit(f"toponyms normalize --workers {workers} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return {"seconds": seconds, "cpu": cpu, "rss": int(rss[-1][1]) / 1024, "worker_rss": int(rss[-1][2]) / 1024}


#: A pure-Python CPU-bound loop of ~1.5 s (no I/O, no memory to speak of): what the machine itself gives two processes.
SPIN = "d = {}\nfor i in range(6_000_000):\n    d[i % 1000] = d.get(i % 1000, 0) + i\n"


def machine_ceiling() -> float:
    """The speed-up two processes get on this machine now: :data:`SPIN` run alone, then twice at once;
    twice the lone run's seconds over the pair's. 2.0 on two idle cores; lower where the host's
    other tenants share them (1.4–2.0 from one minute to the next on this VM)."""
    def spin(n: int) -> float:
        started = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(n)]
        for proc in procs:
            proc.wait()
        return time.perf_counter() - started

    return 2 * spin(1) / spin(2)


def cpu_children() -> float:
    """User + system seconds of the children this process waited for (and of theirs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


class InProcess:
    """One in-process normalizer over every text: the one-core baseline."""

    def __init__(self, texts: list[str]):
        from toponyms import Gazetteer, Normalizer

        self.texts = texts
        self.norm = Normalizer(Gazetteer.default())

    def run(self) -> tuple[float, float, int]:
        """Seconds, CPU seconds and mentions of one pass."""
        started, cpu = time.perf_counter(), time.process_time()
        mentions = sum(len(self.norm(t, "en").mentions) for t in self.texts)
        return time.perf_counter() - started, time.process_time() - cpu, mentions


class SparkRun:
    """``normalize_column`` over a cached DataFrame of the texts in a ``local[2]`` session."""

    def __init__(self, texts: list[str], partitions: int):
        from pyspark.sql import SparkSession

        started = time.perf_counter()
        # Spark's Python workers run PYSPARK_PYTHON, "python3" on the PATH when unset (spark.pyspark.python is
        # read by spark-submit only): this interpreter, so that they run the toponyms build measured in process.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        self.spark = (
            SparkSession.builder.master("local[2]")
            .appName("toponyms-bench-scale")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
        self.spark.sparkContext.setLogLevel("ERROR")
        rows = [(i, t, "en") for i, t in enumerate(texts)]
        self.df = self.spark.createDataFrame(rows, "id long, text string, lang string").repartition(partitions).cache()
        self.df.count()
        self.startup = time.perf_counter() - started

    def run(self) -> tuple[float, int]:
        """Seconds and mentions of one job over every record."""
        from pyspark.sql import functions as F

        from toponyms.spark import normalize_column

        started = time.perf_counter()
        found = normalize_column(self.df, lang_col="lang").agg(F.sum(F.size("mentions"))).first()[0] or 0
        return time.perf_counter() - started, found

    def stop(self) -> None:
        self.spark.stop()


def compare(texts: list[str], *, spark: bool, rounds: int, partitions: int = 4) -> dict:
    """A cold first pass, then ``rounds`` warm passes of the in-process normalizer, and the
    same for Spark afterwards; medians of the warm passes. Spark's JVM is not started until
    the in-process passes are done: alive and idle, it slows them by ~20 % here."""
    inproc = InProcess(texts)
    out: dict = {"inproc_cold": inproc.run()[0]}
    inproc_runs = [inproc.run() for _ in range(rounds)]
    out["inproc_s"] = statistics.median(r[0] for r in inproc_runs)
    out["inproc_cpu"] = statistics.median(r[1] for r in inproc_runs)
    out["inproc_mentions"] = inproc_runs[-1][2]
    out["inproc_all"] = [r[0] for r in inproc_runs]
    if not spark:
        return out
    try:
        runner = SparkRun(texts, partitions)
    except ImportError as exc:
        print(f"Spark skipped: {exc}")
        return out
    try:
        out["startup"] = runner.startup
        out["spark_cold"] = runner.run()[0]
        spark_runs = [runner.run() for _ in range(rounds)]
    finally:
        runner.stop()
    out["spark_s"] = statistics.median(r[0] for r in spark_runs)
    out["spark_all"] = [r[0] for r in spark_runs]
    out["spark_mentions"] = spark_runs[-1][1]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=30.0, help="MB of JSONL input (LGL articles cycled; default %(default)s)")
    ap.add_argument("--xml", type=Path, default=DEFAULT_XML, help="LGL corpus (default: %(default)s)")
    ap.add_argument("--no-spark", action="store_true", help="skip the Spark run")
    ap.add_argument("--rounds", type=int, default=3, help="warm passes of the in-process normalizer and of Spark (default %(default)s)")
    ap.add_argument("--cli-rounds", type=int, default=3, help="alternating pairs of --workers 1 and 2 runs (default %(default)s)")
    ap.add_argument("--partitions", type=int, default=4,
                    help="partitions of the Spark DataFrame (default %(default)s: two per core; each task costs the JVM "
                         "~0.1 s, so 16 are ~20%% slower here than 4)")
    args = ap.parse_args(argv)
    if not args.xml.exists():
        print(f"{args.xml}: not found (see ../shared/eval/README.md)", file=sys.stderr)
        return 2

    from toponyms import Gazetteer

    Gazetteer.default()  # compiled now if it must be, not inside a timed run
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        data = Path(tmp) / "input.jsonl"
        texts = write_input(args.xml, args.mb, data)
        size, docs = data.stat().st_size / MB, len(texts)
        print(f"== bench_scale: Python {platform.python_version()}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start, toponyms {build_kind()}")
        print(f"   input: {docs} records ({len(set(texts))} distinct LGL articles cycled), {size:.1f} MB of JSONL")
        pairs, ceilings, same = [], [], True
        for _ in range(max(1, args.cli_rounds)):
            ceilings.append(machine_ceiling())
            # Each pair in the other order than the one before, so that a drift favours neither side.
            order = (1, 2) if len(pairs) % 2 == 0 else (2, 1)
            pairs.append({n: run_cli(data, n, Path(tmp) / f"out{n}.jsonl") for n in order})
            same = same and digest(Path(tmp) / "out1.jsonl") == digest(Path(tmp) / "out2.jsonl")
    res = compare(texts, spark=not args.no_spark, rounds=args.rounds, partitions=args.partitions)
    print(f"   load average {os.getloadavg()[0]:.1f} at the end")
    print()

    head = f"{'run':<38}{'seconds':>9}{'CPU s':>8}{'docs/s':>9}{'MB/s':>8}{'speed-up':>10}{'target':>9}{'peak RSS':>18}"
    print(head)
    print("-" * len(head))

    def row(label: str, seconds: float, cpu: float | None, base: float | None, target: float | None, rss: str = "", ratio: float | None = None) -> None:
        ratio = ratio or (base / seconds if base else None)
        verdict = "" if target is None or ratio is None else ("  ok" if ratio >= target else "  below")
        print(f"{label:<38}{seconds:>9.1f}{(format(cpu, '.1f') if cpu else '-'):>8}{docs / seconds:>9.1f}{size / seconds:>8.2f}"
              f"{(format(ratio, '.2f') + '×') if ratio else '1.00×':>10}{(f'≥ {target}×' if target else ''):>9}{rss:>18}{verdict}")

    speedups = [pair[1]["seconds"] / pair[2]["seconds"] for pair in pairs]
    for n in (1, 2):
        r = sorted((pair[n] for pair in pairs), key=lambda run: run["seconds"])[len(pairs) // 2]  # the run of median time
        row(f"toponyms normalize --workers {n}", r["seconds"], r["cpu"], None, TARGETS["workers2"] if n > 1 else None,
            f"{r['rss']:.0f} / {r['worker_rss']:.0f} MB", statistics.median(speedups) if n > 1 else None)
    row("in-process Normalizer, 1 core, cold", res["inproc_cold"], None, None, None)
    if "spark_cold" in res:
        row("Spark local[2] normalize_column, cold", res["spark_cold"], None, res["inproc_cold"], None)
    row("in-process Normalizer, 1 core, warm", res["inproc_s"], res["inproc_cpu"], None, None)
    if "spark_s" in res:
        row("Spark local[2] normalize_column, warm", res["spark_s"], None, res["inproc_s"], TARGETS["spark"])
        print(f"\nSpark: {args.partitions} partitions; session start + cached DataFrame {res['startup']:.1f} s (not timed); mentions "
              f"{res['spark_mentions']:,} vs {res['inproc_mentions']:,} in process: {'same' if res['spark_mentions'] == res['inproc_mentions'] else 'DIFFERENT'}")
        print("warm runs (s): in-process " + ", ".join(f"{t:.1f}" for t in res["inproc_all"])
              + "; Spark " + ", ".join(f"{t:.1f}" for t in res["spark_all"]) + " (medians above)")
    print("cold: first pass, per-name caches filling (each Spark worker fills its own); warm: later passes over the same records")
    print("--workers 1 and 2 run alternately; seconds per pair: " + ", ".join(f"{p[1]['seconds']:.1f}/{p[2]['seconds']:.1f} ({s:.2f}×)" for p, s in zip(pairs, speedups))
          + " (the --workers 2 row's speed-up is their median)")
    print("the machine's own ceiling before each pair (a CPU-bound loop, two processes against one): "
          + ", ".join(f"{c:.2f}×" for c in ceilings))
    print(f"--workers 2 output == --workers 1 output, byte for byte, in every pair: {'yes' if same else 'NO'}")
    print("peak RSS: the CLI parent / its largest worker. CLI seconds include start-up (~1 s) and writing the output;")
    print("CPU s: user + system time of the process and its workers (what other jobs on the machine do not inflate).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
