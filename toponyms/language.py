"""Tell the language of a text given without one, among the eight the normalizer serves.

The normalizer's rules differ by language (Polish and German declension, German's capitalized
nouns, French and Italian elision), and without a language a Polish text loses three names in
four (`tests/data/text_eval.jsonl` read with no language: Polish recall 0.28, German precision
0.81). So a text given without one is first identified with py3langid (langid.py's Naive Bayes
model over byte n-grams: offline, numpy only), restricted to :data:`LANGS`.

A name or two cannot be told apart ("Kiew" reads as Polish, "Paris" as anything): below
:data:`MIN_CONFIDENCE` the answer is None and the language-neutral rules apply, as before. Only
the start of a long text is read (:data:`SAMPLE` characters), which bounds the cost at about a
quarter of a millisecond (the first 200 characters of each of LGL's 588 articles are all told
English with 0.9 or more; of their first 100, 13 fall short); the model loads on first use
(0.1 s from the cache beside the index, 0.6-1 s the first time), so callers that always pass a
language never pay for it.
"""

from __future__ import annotations

import os
import tempfile
import threading
from array import array
from pathlib import Path

import numpy as np

#: The languages a text is told among: those the normalizer has rules for.
LANGS = ("en", "ru", "uk", "de", "fr", "es", "pl", "it")
#: Lowest probability taken as an answer; the evaluation sentences (~100 characters) all score
#: 0.97 or more, single names 0.1-0.7.
MIN_CONFIDENCE = 0.9
#: Characters read from the start of a text (0.27 ms; 2,000 would take 0.66 ms).
SAMPLE = 300

_LOCK = threading.Lock()
_IDENTIFIER = None


def language_code(code: str | None) -> str | None:
    """``code`` as one of :data:`LANGS` (case and a region or script suffix dropped: PL, pl-PL, de_AT,
    uk-Cyrl), or None for None and for a language the normalizer has no rules for (zh, xx), whose
    text is then told as if given without one.

    >>> language_code("pl-PL"), language_code("DE"), language_code("zh"), language_code(None)
    ('pl', 'de', None, None)
    """
    if code is None:
        return None
    base = code.strip().replace("_", "-").partition("-")[0].lower()
    return base if base in LANGS else None


def detect(text: str) -> str | None:
    """The language of ``text``, one of :data:`LANGS`, or None when it is too short to tell.

    Thread-safe: the model is read-only once loaded.
    """
    identifier = _IDENTIFIER or _load()
    lang, confidence = identifier.classify(text[:SAMPLE])
    return lang if confidence >= MIN_CONFIDENCE else None


def _load():
    global _IDENTIFIER
    with _LOCK:
        if _IDENTIFIER is None:
            from py3langid.langid import LanguageIdentifier

            ptc, pc, classes, nextmove, row, output = _model()
            _IDENTIFIER = LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)
    return _IDENTIFIER


def _model() -> tuple:
    """py3langid's model restricted to :data:`LANGS`: from a cache beside the index when there is one
    (0.1 s), else from the model file (LZMA-compressed: 0.6-1 s), then cached for the next process.

    Restricted before use, the model keeps 8 of its 97 languages' feature columns (1.6 MB in place of
    28 MB; the cache is ~40 MB, most of it the tokenizer's automaton). The cache is an uncompressed
    ``.npz`` read without pickle, as py3langid reads its own, keyed on py3langid's version and the
    model file's size and time; a cache that cannot be read falls back to the model file, a directory
    that cannot be written only costs the next process the same, and older keys are removed.
    """
    import py3langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    from .config import cache_root

    source = Path(MODEL_FILE) if Path(MODEL_FILE).is_absolute() else Path(MODEL_DIR) / MODEL_FILE
    stat = source.stat()
    folder = cache_root() / "langid"
    cache = folder / f"{py3langid.__version__}-{stat.st_size}-{stat.st_mtime_ns}-{'-'.join(LANGS)}.npz"
    try:
        return _read(cache)
    except Exception:  # missing, truncated, damaged (numpy raises several kinds): read the model file
        pass
    ptc, pc, classes, nextmove, row, output = load_model(source)
    keep = [i for i, code in enumerate(classes) if code in LANGS]
    model = (np.ascontiguousarray(ptc[:, keep]), pc[keep], [classes[i] for i in keep], nextmove, row, output)
    _write(model, cache)
    return model


def _read(cache: Path) -> tuple:
    with cache.open("rb") as fh, np.load(fh, allow_pickle=False) as data:  # our handle: closed even when numpy fails
        return (
            data["ptc"], data["pc"], data["classes"].tolist(),
            array(data["nextmove"].dtype.char, data["nextmove"].tobytes()),  # as py3langid's loader builds them
            array(data["row"].dtype.char, data["row"].tobytes()),
            data["output"].tolist(),
        )


def _write(model: tuple, cache: Path) -> None:
    ptc, pc, classes, nextmove, row, output = model
    tmp = None
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache.parent, suffix=".tmp", delete=False) as fh:
            tmp = Path(fh.name)
            np.savez(
                fh, ptc=ptc, pc=pc, classes=np.asarray(classes), nextmove=np.frombuffer(nextmove, dtype=nextmove.typecode),
                row=np.frombuffer(row, dtype=row.typecode), output=np.asarray(output),
            )
        tmp.chmod(0o644)  # readable by whoever shares the cache, as the index is
        os.replace(tmp, cache)  # atomic: a concurrent process reads the old file or the new, never half
        tmp = None
        for old in cache.parent.glob("*.npz"):
            if old != cache:
                old.unlink(missing_ok=True)  # another version's or model's
    except OSError:
        pass  # a read-only or full cache directory: the next process reads the model file again
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
