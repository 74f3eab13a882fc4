"""``toponyms normalize --jsonl --workers N`` and :func:`toponyms.parallel.ordered_map` under bad input (issue 9).

Every input line gives one output line, in order, whatever the line holds; a
worker that dies or a Ctrl-C never leaves a stuck pool; memory stays bounded
however long the input. The CLI runs as a subprocess (the console script's
``main()``, reporting its peak RSS at exit) on files written to ``tmp_path``.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from toponyms.parallel import BATCH, ordered_map

pytestmark = pytest.mark.issue(9)

#: The ``toponyms`` entry point, printing its peak RSS at exit (``VmHWM``: unlike ``ru_maxrss``, not
#: inherited from the process that spawned it).
CLI = (
    "import atexit, re, sys\n"
    "atexit.register(lambda: print(re.search(r'VmHWM:.*', open('/proc/self/status').read()).group(), file=sys.stderr))\n"
    "from toponyms.cli.main import main\n"
    "main()\n"
)
FILLER = "the convoy reached road after heavy shelling near town people were evacuated from and to on".split()


@pytest.fixture(autouse=True)
def compiled(gaz):
    """The subprocesses open the index the session compiled instead of compiling their own."""


def normalize(path: Path, workers: int, timeout: float = 120) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", CLI, "normalize", "--jsonl", "--workers", str(workers), str(path)]
    return subprocess.run(command, capture_output=True, timeout=timeout, check=False)


def peak_rss_mb(result: subprocess.CompletedProcess) -> float:
    line = [l for l in result.stderr.decode().splitlines() if l.startswith("VmHWM:")][-1]
    return int(line.split()[1]) / 1024


def write_lines(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def good(n: int) -> bytes:
    return json.dumps({"n": n, "text": f"convoy {n} left Kharkiv for Odesa."}).encode()


def test_bad_lines_among_good_ones_keep_their_place_with_two_workers(tmp_path):
    lines = [good(n) for n in range(400)]
    bad = {17: b"not json", 80: b'{"n": 80}', 150: b'{"n": 150, "text": "Ky\xffiv"}', 151: b"[1, 2]", 300: b""}
    for n, raw in bad.items():
        lines[n] = raw
    path = write_lines(tmp_path / "in.jsonl", lines)
    one, two = normalize(path, 1), normalize(path, 2)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    records = [json.loads(l) for l in two.stdout.decode().splitlines()]
    assert len(records) == 400
    for n, record in enumerate(records):
        if n in bad:
            assert record["line"] == n + 1 and "error" in record
        else:
            assert record["n"] == n and {"Kharkiv", "Odesa"} <= {m["text"] for m in record["mentions"]}


def test_json_nested_too_deep_is_an_error_record_not_a_crash(tmp_path):
    lines = [good(n) for n in range(200)]
    lines[50] = b'{"n": 50, "text": ' + b"[" * 100_000 + b"}"
    result = normalize(write_lines(tmp_path / "in.jsonl", lines), 2)
    records = [json.loads(l) for l in result.stdout.decode().splitlines()]
    assert result.returncode == 1 and len(records) == 200
    assert records[50]["line"] == 51 and "RecursionError" in records[50]["error"]
    assert [r.get("n") for r in records[51:]] == list(range(51, 200))


def test_a_lone_surrogate_is_written_escaped(tmp_path):
    lines = [good(0), b'{"n": 1, "text": "\\ud800 Kyiv"}', good(2)]
    result = normalize(write_lines(tmp_path / "in.jsonl", lines), 2)
    assert result.returncode == 0
    records = [json.loads(l) for l in result.stdout.decode("utf-8").splitlines()]
    assert [r["n"] for r in records] == [0, 1, 2]
    assert records[1]["text"] == "\ud800 Kyiv" and "Kyiv" in [m["text"] for m in records[1]["mentions"]]


def test_a_50_mb_line_gives_one_record_in_its_place(tmp_path):
    rng = random.Random(9)
    huge = " ".join(rng.choices(FILLER, k=9_000_000))[:50_000_000] + " Kharkiv."
    lines = [good(0), json.dumps({"n": 1, "text": huge}).encode(), good(2)]
    result = normalize(write_lines(tmp_path / "in.jsonl", lines), 2)
    assert result.returncode == 0
    records = [json.loads(l) for l in result.stdout.decode().splitlines()]
    assert [r["n"] for r in records] == [0, 1, 2]
    assert "Kharkiv" in [m["text"] for m in records[1]["mentions"]] and len(records[1]["text"]) > 50_000_000


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak RSS is read from /proc (Linux)")
def test_parent_memory_stays_bounded_on_200_mb_of_input(tmp_path):
    path = tmp_path / "big.jsonl"
    text = " ".join(random.Random(2).choices(FILLER, k=700))
    with open(path, "w", encoding="utf-8") as out:
        for n in range(50_000):  # ~4 KB per line
            out.write(json.dumps({"n": n, "text": text}) + "\n")
    assert path.stat().st_size > 200_000_000
    result = normalize(path, 2, timeout=300)
    assert result.returncode == 0 and result.stdout.count(b"\n") == 50_000
    assert peak_rss_mb(result) < 400


def test_input_is_read_lazily_however_long():
    pulled = itertools.count()

    def endless():
        for n in itertools.count():
            next(pulled)
            yield n

    first = [r for r, _ in itertools.islice(ordered_map(abs, endless(), 2), 1000)]
    assert first == list(range(1000))
    assert next(pulled) <= 1000 + 5 * 64  # what was yielded plus at most the batches in flight


@dataclass(frozen=True)
class Big:
    """An item that says it stands for 10 MB of input."""

    n: int
    size: int = 10_000_000


def double(item: Big) -> int:
    return item.n * 2


def test_large_records_bound_the_batches_in_flight_by_bytes():
    pulled = itertools.count()

    def endless():
        for n in itertools.count():
            next(pulled)
            yield Big(n)

    first = [r for r, _ in itertools.islice(ordered_map(double, endless(), 2), 10)]
    assert first == [2 * n for n in range(10)]
    assert next(pulled) <= 10 + 5  # one record per batch, four batches in flight: ~40 MB held, not 2.5 GB


_LOADED: list[str] = []  # what a first call loads lazily (a word list, a dictionary)


def load() -> None:
    _LOADED.append("word list")


def loaded_here(n: int) -> tuple[bool, int]:
    """(whether something was loaded before this call, this process's id)."""
    return bool(_LOADED), os.getpid()


def test_what_prime_loads_before_the_fork_is_shared_by_every_worker():
    _LOADED.clear()
    out = [r for r, _ in ordered_map(loaded_here, range(300), 2, prime=load)]
    assert all(loaded and pid != os.getpid() for loaded, pid in out) and _LOADED == ["word list"]


def test_an_empty_input_primes_nothing_and_forks_nothing():
    _LOADED.clear()
    assert list(ordered_map(loaded_here, [], 2, prime=load)) == [] and _LOADED == []


@pytest.mark.parametrize("items, forked", [(1, 1), (BATCH, 1), (BATCH + 1, 2), (10 * BATCH, 4)])
def test_workers_are_forked_only_as_batches_wait_for_them(items, forked):
    results = ordered_map(abs, range(items), 4)
    try:
        next(results)  # the pool is alive while results are being taken
        assert len(multiprocessing.active_children()) == forked
        assert [r for r, _ in results] == list(range(1, items))
    finally:
        results.close()  # a failed assertion must not leave its workers to the next case


#: Kills its worker on items 100 and 101 (exit) and 0 and 7 (SIGKILL, as the OOM killer would).
DYING = """
import os, signal
from toponyms.parallel import ordered_map
def work(n):
    if n in (100, 101):
        os._exit(3)
    if n in (0, 7):
        os.kill(os.getpid(), signal.SIGKILL)
    return n * 2
out = [r for r, _ in ordered_map(work, range(300), 2, lost=lambda n, why: (n, why))]
print(out)
"""


def test_a_worker_that_dies_costs_its_item_only_and_never_hangs():
    try:
        result = subprocess.run([sys.executable, "-c", DYING], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("ordered_map hung after a worker died")
    out = eval(result.stdout)  # a list of ints and (item, reason) tuples
    assert [o for o in out if not isinstance(o, tuple)] == [2 * n for n in range(300) if n not in (0, 7, 100, 101)]
    lost = {o[0]: o[1] for o in out if isinstance(o, tuple)}
    assert set(lost) == {0, 7, 100, 101} and "SIGKILL" in lost[0] and "SIGKILL" in lost[7] and "exit code 3" in lost[100]
    assert [o[0] if isinstance(o, tuple) else o // 2 for o in out] == list(range(300))


@pytest.fixture(scope="module")
def long_input(tmp_path_factory) -> Path:
    """Enough work to keep two workers busy for well over ten seconds."""
    lines = [json.dumps({"n": n, "text": "Convoy left Kharkiv for Odesa and Kyiv. " * 20}).encode() for n in range(20_000)]
    return write_lines(tmp_path_factory.mktemp("long") / "in.jsonl", lines)


@pytest.mark.parametrize("whole_group", [True, False], ids=["ctrl-c", "kill-int-parent"])
def test_sigint_stops_a_two_worker_run_promptly(long_input, whole_group):
    command = [sys.executable, "-c", CLI, "normalize", "--jsonl", "--workers", "2", str(long_input)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        assert proc.stdout.readline().startswith(b'{"n": 0')  # the workers are running
        if whole_group:  # what a terminal's Ctrl-C does
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130  # as a shell reports SIGINT; 1 would mean bad records
    with pytest.raises(ProcessLookupError):  # no worker left behind
        os.killpg(proc.pid, 0)
