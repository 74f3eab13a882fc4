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
(~0.6 s), so callers that always pass a language never pay for it.
"""

from __future__ import annotations

import threading

#: The languages a text is told among: those the normalizer has rules for.
LANGS = ("en", "ru", "uk", "de", "fr", "es", "pl", "it")
#: Lowest probability taken as an answer; the evaluation sentences (~100 characters) all score
#: 0.97 or more, single names 0.1-0.7.
MIN_CONFIDENCE = 0.9
#: Characters read from the start of a text (0.27 ms; 2,000 would take 0.66 ms).
SAMPLE = 300

_LOCK = threading.Lock()
_IDENTIFIER = None


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
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            identifier.set_languages(list(LANGS))
            _IDENTIFIER = identifier
    return _IDENTIFIER
