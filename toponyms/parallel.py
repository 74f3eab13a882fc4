"""Map a function over a stream in worker processes, keeping input order and bounded memory.

``multiprocessing.Pool.imap`` reads its whole input ahead into a queue, which
a 10 GB JSONL file does not survive. Here the input is cut into batches and at
most ``2 × workers`` batches are in flight; results come back in input order.
Workers are forked after the caller built its (read-only, memory-mapped)
gazetteer, so nothing is rebuilt per worker and the index pages are shared.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from itertools import islice
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Items per batch sent to a worker.
BATCH = 64

_FUNC: Callable | None = None  # the function workers run; set before the fork, inherited


def _run_batch(batch: list) -> list:
    return [_FUNC(item) for item in batch]


def ordered_map(func: Callable[[T], R], items: Iterable[T], workers: int) -> Iterator[tuple[R, int]]:
    """Yield ``(func(item), item.size)`` for every item, in input order.

    With ``workers`` > 1 the calls run in forked processes. Ctrl-C terminates
    the workers and re-raises in the caller.
    """
    if workers <= 1:
        for item in items:
            yield func(item), getattr(item, "size", 0)
        return
    global _FUNC
    _FUNC = func
    iterator = iter(items)
    pool = multiprocessing.get_context("fork").Pool(workers)
    try:
        pending: deque = deque()
        while True:
            while len(pending) < 2 * workers:
                batch = list(islice(iterator, BATCH))
                if not batch:
                    break
                pending.append((pool.apply_async(_run_batch, (batch,)), [getattr(i, "size", 0) for i in batch]))
            if not pending:
                break
            result, sizes = pending.popleft()
            yield from zip(result.get(), sizes)
        pool.close()
    finally:
        pool.terminate()
        pool.join()
        _FUNC = None
