"""Map a function over a stream in worker processes, keeping input order and bounded memory.

``multiprocessing.Pool.imap`` reads its whole input ahead into a queue, which
a 10 GB JSONL file does not survive, and a ``Pool`` whose worker dies (killed,
out of memory, crashed) waits forever for that worker's task. Here the input
is cut into batches (:data:`BATCH` items or :data:`BATCH_BYTES` bytes), at
most ``2 × workers`` batches are held at a time, and each worker has a pipe
of its own, so the parent knows which batch a dead worker held: that batch is
run again one item at a time in fresh workers, and the item that kills its
worker again gets ``lost(item, reason)`` as its result. Workers are forked
after the caller built its (read-only, memory-mapped) gazetteer, so nothing
is rebuilt per worker and the index pages are shared; they are forked as
batches wait for them, so a short input does not start more workers than it
has batches. Ctrl-C reaches the
parent only (workers ignore SIGINT); the parent terminates the workers.
"""

from __future__ import annotations

import itertools
import multiprocessing
import signal
from collections import deque
from multiprocessing.connection import Connection, wait
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Items per batch sent to a worker.
BATCH = 64
#: A batch also ends once its items' ``size`` reaches this (bounds memory when records are large).
BATCH_BYTES = 4 << 20

_END = object()  # what ``next`` gives an exhausted iterator (an item may be None)
_FUNC: Callable | None = None  # the function workers run; set before the fork, inherited


class _Batch:
    """Items read together, their results as they come back, and how many are still missing."""

    __slots__ = ("items", "results", "missing")

    def __init__(self, items: list):
        self.items = items
        self.results: list = [None] * len(items)
        self.missing = len(items)


class _Worker:
    """A forked process serving one ``(start, items)`` task at a time over its own pipe."""

    def __init__(self, context, others: list["_Worker"]):
        self.conn, child = context.Pipe()
        inherited = [self.conn] + [w.conn for w in others]  # the child closes its copies: EOF reaches it when the parent dies
        self.process = context.Process(target=_serve, args=(child, inherited), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[_Batch, int, int] | None = None

    def send(self, task: tuple[_Batch, int, int]) -> None:
        batch, start, stop = task
        self.task = task
        try:
            self.conn.send(batch.items[start:stop])
        except OSError:  # it died idle: its sentinel says so, and the task is run again
            pass

    def stop(self) -> None:
        self.conn.close()
        self.process.terminate()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


def _serve(conn: Connection, inherited: list[Connection]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for other in inherited:
        other.close()
    while True:
        try:
            items = conn.recv()
        except EOFError:
            return
        try:
            reply = ("ok", [_FUNC(item) for item in items])
        except Exception as exc:  # handed to the parent, which raises it as a serial run would
            reply = ("error", exc)
        conn.send(reply)


def _batches(items: Iterable[T]) -> Iterator[list[T]]:
    iterator = iter(items)
    while True:
        batch, size = [], 0
        for item in iterator:
            batch.append(item)
            size += getattr(item, "size", 0)
            if len(batch) == BATCH or size >= BATCH_BYTES:
                break
        if not batch:
            return
        yield batch


def _died(process) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        return f"worker process killed by {signal.Signals(-code).name} (out of memory?)"
    return f"worker process died (exit code {code})"


def ordered_map(
    func: Callable[[T], R], items: Iterable[T], workers: int, lost: Callable[[T, str], R] | None = None,
    prime: Callable[[], object] | None = None,
) -> Iterator[tuple[R, int]]:
    """Yield ``(func(item), item.size)`` for every item, in input order.

    With ``workers`` > 1 the calls run in forked processes. An item whose
    worker process dies gets ``lost(item, reason)`` (without ``lost``, a
    :class:`RuntimeError` is raised); an exception ``func`` raises is raised
    here. Ctrl-C terminates the workers and re-raises in the caller.

    ``prime``, if given, is called here before the workers are forked: what it
    loads lazily (a first call's word lists and compiled patterns; ~0.5 s for
    English) is then loaded once and shared by the fork, not loaded again in
    every worker. It runs no item: an item that kills its process would take
    this one with it.
    """
    if workers <= 1:
        for item in items:
            yield func(item), getattr(item, "size", 0)
        return
    iterator = iter(items)
    first = next(iterator, _END)
    if first is _END:
        return
    iterator = itertools.chain([first], iterator)
    if prime is not None:
        prime()
    global _FUNC
    _FUNC = func
    context = multiprocessing.get_context("fork")
    pool: list[_Worker] = []  # forked as tasks need them: a one-batch input forks one worker
    try:
        source = _batches(iterator)
        window: deque[_Batch] = deque()  # batches read and not yet yielded, in input order
        todo: deque[tuple[_Batch, int, int]] = deque()  # (batch, start, stop) not yet sent
        while True:
            while window and not window[0].missing:
                done = window.popleft()
                yield from zip(done.results, (getattr(i, "size", 0) for i in done.items))
            while len(window) < 2 * workers and (batch := next(source, None)) is not None:
                window.append(_Batch(batch))
                todo.append((window[-1], 0, len(batch)))
            if not window:
                break
            for worker in pool:
                if worker.task is None and todo:
                    worker.send(todo.popleft())
            while todo and len(pool) < workers:
                pool.append(_Worker(context, pool))
                pool[-1].send(todo.popleft())
            busy = [w for w in pool if w.task is not None]
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy]))
            for worker in busy:
                if worker.conn not in ready and worker.process.sentinel not in ready:
                    continue
                try:
                    status, value = worker.conn.recv()
                except (EOFError, OSError):
                    todo.extendleft(reversed(_retry(worker, lost)))
                    worker.stop()
                    pool.remove(worker)  # the next round forks its replacement if there is work left
                    continue
                if status == "error":
                    raise value
                batch, start, stop = worker.task
                batch.results[start:stop] = value
                batch.missing -= stop - start
                worker.task = None
    finally:
        for worker in pool:
            worker.stop()
        _FUNC = None


def _retry(worker: _Worker, lost: Callable | None) -> list[tuple[_Batch, int, int]]:
    """The dead worker's task again, one item per task; a single item that killed its worker is given up."""
    worker.process.join()
    batch, start, stop = worker.task
    if stop - start > 1:
        return [(batch, i, i + 1) for i in range(start, stop)]
    reason = _died(worker.process)
    if lost is None:
        raise RuntimeError(reason)
    batch.results[start] = lost(batch.items[start], reason)
    batch.missing -= 1
    return []
