"""Blocking for fuzzy matching: a character-trigram inverted index over matching keys.

A brute-force ``rapidfuzz.process.extractOne`` over the 1.2M+ names of the
default gazetteer costs ~300 ms per query. Instead, every distinct matching
key is split into padded trigrams (``^gr``, ``gra``, … ``on$``); a query
looks up the posting lists of its *rarest* trigrams only (a typo spoils at
most three trigrams, and rare ones carry the most information), counts how
many of them each key shares, and hands the best-sharing few hundred keys to
rapidfuzz. The postings are numpy arrays memory-mapped from disk in CSR form
(offsets per trigram id), so opening costs nothing and the OS shares pages
between processes.

Written here because no library offers an on-disk, memory-mapped n-gram
block index for rapidfuzz: rapidfuzz itself only scores given choices.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import numpy as np

#: Upper bound on the posting entries read per query: keeps a query ~1 ms.
POSTING_BUDGET = 40_000
#: Trigrams always read, even past the budget (the rarest ones).
MIN_GRAMS = 3
#: Keys scored by rapidfuzz after counting shared trigrams.
SHORTLIST = 300


def trigrams(key: str) -> set[str]:
    """The padded trigrams of ``key``: ``"kyiv"`` → ``{'^ky', 'kyi', 'yiv', 'iv$'}`` (plus ``^^k``/``v$$``)."""
    padded = f"^^{key}$$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def build(keys: Iterable[str], directory: Path) -> None:
    """Write the block index for the distinct ``keys`` into ``directory``."""
    import marisa_trie

    key_trie = marisa_trie.Trie(keys)
    gram_of: dict[str, int] = {}
    gram_ids: list[int] = []
    key_ids: list[int] = []
    for key, kid in key_trie.iteritems():
        for gram in trigrams(key):
            gid = gram_of.setdefault(gram, len(gram_of))
            gram_ids.append(gid)
            key_ids.append(kid)
    grams = np.asarray(gram_ids, dtype=np.int32)
    order = np.argsort(grams, kind="stable")
    postings = np.asarray(key_ids, dtype=np.int32)[order]
    counts = np.bincount(grams, minlength=len(gram_of))
    offsets = np.zeros(len(gram_of) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    # The gram trie assigns its own ids; store offsets in that id order.
    gram_trie = marisa_trie.Trie(gram_of)
    remap = np.empty(len(gram_of), dtype=np.int64)
    for gram, tid in gram_trie.iteritems():
        remap[tid] = gram_of[gram]
    starts, ends = offsets[:-1][remap], offsets[1:][remap]
    key_trie.save(str(directory / "fuzzy-keys.marisa"))
    gram_trie.save(str(directory / "fuzzy-grams.marisa"))
    np.save(directory / "fuzzy-postings.npy", postings)
    np.save(directory / "fuzzy-spans.npy", np.stack([starts, ends], axis=1))


class FuzzyIndex:
    """Read side of the block index: ``candidates(key)`` → ``[(key, similarity 0..1), ...]``."""

    def __init__(self, directory: Path):
        import marisa_trie

        self.keys = marisa_trie.Trie()
        self.keys.mmap(str(directory / "fuzzy-keys.marisa"))
        self.grams = marisa_trie.Trie()
        self.grams.mmap(str(directory / "fuzzy-grams.marisa"))
        self.postings = np.load(directory / "fuzzy-postings.npy", mmap_mode="r")
        self.spans = np.load(directory / "fuzzy-spans.npy", mmap_mode="r")

    def candidates(self, key: str, *, limit: int = 10, cutoff: float = 0.75) -> list[tuple[str, float]]:
        """Keys similar to ``key`` (rapidfuzz ``ratio`` ≥ ``cutoff``), best first."""
        from rapidfuzz import fuzz, process

        spans = []
        for gram in trigrams(key):
            if gram in self.grams:
                start, end = self.spans[self.grams.key_id(gram)]
                spans.append((int(end - start), int(start), int(end)))
        if not spans:
            return []
        spans.sort()
        chosen, total = [], 0
        for size, start, end in spans:
            if len(chosen) >= MIN_GRAMS and total + size > POSTING_BUDGET:
                break
            chosen.append(self.postings[start:end])
            total += size
        ids, counts = np.unique(np.concatenate(chosen), return_counts=True)
        if len(ids) > SHORTLIST:
            top = np.argpartition(-counts, SHORTLIST)[:SHORTLIST]
            ids = ids[top]
        choices = [self.keys.restore_key(int(i)) for i in ids]
        found = process.extract(key, choices, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff * 100)
        return [(choice, score / 100) for choice, score, _ in found]
